"""The demo call's sound: DemoBackend hands a sound sink what the speaker plays plus what the
demo's "microphone" hears, ahead of its clock by the sink's lead; without a usable sink it stays
silent with one Notice. A hand-written sink keeps every block (no device here); the clock is
pumped by the test or the engine (the same mixing as in real time, in milliseconds). The real
output stream is tested in tests/adapters/test_block_player.py and tests/e2e/test_demo_sound_pulseaudio.py.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tests.helpers.speech_fakes import FakeSpeaker, FakeTranscriber
from voicecoach.adapters import whisper_stt
from voicecoach.adapters.audio_files import load_16k
from voicecoach.adapters.block_player import PlayoutBuffer
from voicecoach.adapters.library import LoadedScenario
from voicecoach.adapters.settings import Settings
from voicecoach.core.backend import LINE, PROTEST, SimulatedReply
from voicecoach.core.errors import UserError
from voicecoach.core.scenario import Scenario
from voicecoach.live import events as ev
from voicecoach.live import factory
from voicecoach.live.demo import DemoBackend, demo_sound
from voicecoach.live.engine import CallEngine, EngineOptions

SR = 16_000
LEAD = 0.1
OFFSET = int(LEAD * SR)  # the sink's first sample is stream time LEAD


class RecordingSink:
    """A SoundSink that keeps every block; it can refuse to open or fail after some blocks."""

    sample_rate = SR
    name = "Test Headphones"

    def __init__(self, *, refuse: str | None = None, fail_after: int | None = None) -> None:
        self.lead = LEAD
        self.problem: str | None = None
        self.refuse = refuse
        self.fail_after = fail_after
        self.blocks: list[np.ndarray] = []
        self.opened = False
        self.closed = threading.Event()

    def open(self) -> None:
        if self.refuse:
            raise UserError(self.refuse)
        self.opened = True

    def write(self, block: np.ndarray) -> None:
        assert self.problem is None, "written after it failed"
        self.blocks.append(np.array(block, np.float32))
        if self.fail_after is not None and len(self.blocks) >= self.fail_after:
            self.problem = "the test headphones were unplugged"

    def close(self) -> None:
        self.closed.set()

    def heard(self) -> np.ndarray:
        return np.concatenate(self.blocks) if self.blocks else np.zeros(0, np.float32)


def pumped_demo(sink: RecordingSink | None = None, **kwargs: Any) -> tuple[DemoBackend, list[ev.Notice]]:
    """A DemoBackend whose clock the test (or the engine) pumps instead of a real-time thread."""
    demo = DemoBackend(sound=sink, **kwargs)
    demo.realtime = False
    notes: list[ev.Notice] = []
    demo.on_note = notes.append
    return demo, notes


def noise(seconds: float, seed: int, level: float = 0.3) -> np.ndarray:
    return np.random.default_rng(seed).uniform(-level, level, int(seconds * SR)).astype(np.float32)


def test_the_sink_hears_the_customer_and_the_demo_reply_where_the_clock_puts_them() -> None:
    sink = RecordingSink()
    demo, notes = pumped_demo(sink)
    demo.start(lambda _block, _t: None)
    line, reply = noise(0.5, 1), noise(0.4, 2)

    start = demo.play(line, label=LINE)
    demo.add_reply(SimulatedReply(reply, at=0.3, turn=1))  # 0.3 s into the line: both at once
    demo.run_for(1.5)

    assert start == pytest.approx(LEAD)  # the line starts at the DAC, the sink's lead after "now"
    heard = sink.heard()
    assert len(heard) >= int(1.4 * SR)
    expected = np.zeros(len(heard), np.float32)
    first = int(round(start * SR)) - OFFSET
    expected[first : first + len(line)] += line
    expected[first + int(0.3 * SR) : first + int(0.3 * SR) + len(reply)] += reply
    np.testing.assert_allclose(heard, expected, atol=1e-6)
    assert [(n.key, n.detail) for n in notes] == [("demo_sound", "Test Headphones")]


def test_a_cut_line_is_heard_cut_and_the_sum_is_clipped() -> None:
    sink = RecordingSink()
    demo, _ = pumped_demo(sink)
    demo.start(lambda _block, _t: None)
    line = np.full(SR, 0.8, np.float32)
    start = demo.play(line, label=LINE)
    demo.add_reply(SimulatedReply(np.full(SR // 2, 0.8, np.float32), at=0.2, turn=1))
    demo.run_for(0.4)
    cut = demo.stop_playback()  # an impatient persona stops: what is already mixed stays
    demo.run_for(1.0)

    heard = sink.heard()
    begin, end = int(round(start * SR)) - OFFSET, int(round(cut * SR)) - OFFSET
    assert np.all(heard[begin : begin + int(0.2 * SR)] == np.float32(0.8))
    assert np.all(heard[begin + int(0.2 * SR) : end] == 1.0)  # line plus reply, clipped
    reply_end = begin + int(0.2 * SR) + SR // 2
    assert np.all(heard[end:reply_end] == np.float32(0.8))  # the line is gone, the reply goes on
    assert not np.any(heard[reply_end:])


def test_a_sink_that_fails_mid_call_is_dropped_with_one_note_and_the_clock_goes_on() -> None:
    sink = RecordingSink(fail_after=5)
    demo, notes = pumped_demo(sink)
    demo.start(lambda _block, _t: None)
    demo.play(noise(1.0, 3), label=LINE)

    assert demo.pump(30)  # the demo goes on

    assert len(sink.blocks) == 5
    assert sink.closed.wait(2)
    assert [n.key for n in notes] == ["demo_sound", "demo_lost"]
    assert "the test headphones were unplugged" in notes[1].message
    assert demo.time() == pytest.approx(30 * 0.032)


def test_a_sink_that_cannot_open_leaves_the_demo_silent_with_one_note() -> None:
    sink = RecordingSink(refuse="cannot open the output device 'Test Headphones' (busy)")
    demo, notes = pumped_demo(sink)
    demo.start(lambda _block, _t: None)

    assert demo.play(noise(0.2, 4), label=LINE) == 0.0  # no output latency without sound
    assert demo.pump(10)
    assert sink.blocks == []
    assert [(n.key, n.detail) for n in notes] == [
        ("demo_silent", "cannot open the output device 'Test Headphones' (busy)")
    ]


@pytest.mark.parametrize(("reason", "keys"), [("no speaker or headphones found", ["demo_silent"]), (None, [])])
def test_without_a_sink_the_demo_is_silent_as_before(reason: str | None, keys: list[str]) -> None:
    demo, notes = pumped_demo(None, silent_reason=reason)
    demo.start(lambda _block, _t: None)

    assert demo.play(noise(0.2, 5), label=LINE) == 0.0
    assert demo.pump(10)
    assert [n.key for n in notes] == keys


def test_a_faster_demo_leaves_the_sink_closed() -> None:
    sink = RecordingSink()
    demo, notes = pumped_demo(sink, speed=4.0)
    demo.start(lambda _block, _t: None)
    demo.play(noise(0.2, 6), label=LINE)
    demo.pump(10)

    assert not sink.opened and sink.blocks == []
    assert [(n.key, n.detail) for n in notes] == [("demo_fast", "4")]


# -- a whole call through the engine ------------------------------------------------------------


def says_sorry() -> FakeTranscriber:
    """Hears one "sorry" (0.1 to 0.4 s) in whatever it gets."""
    return FakeTranscriber(("sorry",), start=0.1, length=0.3, cycle=False)


def test_a_demo_call_through_the_engine_is_heard_as_played_and_said(tmp_path: Path, realspeech: Path) -> None:
    lic, jfk = load_16k(realspeech / "en_license_read.wav"), load_16k(realspeech / "en_jfk.wav")
    speech = {
        "line": np.concatenate([lic[int(1.6 * SR) : int(5.0 * SR)], np.zeros(int(0.3 * SR), np.float32)]),
        "protest": lic[int(23.0 * SR) : int(24.5 * SR)].copy(),
    }
    data = {
        "id": "demo-sound-en", "title": "Demo sound", "language": "en",
        "brief": {"situation": "A test call.", "goal": "Answer."},
        "persona": {"name": "Pat", "mood": "calm", "patience": "low"},
        "turns": [{"id": "first", "say": "My parcel did not arrive and I need it by Friday."}],
    }  # fmt: skip
    loaded = LoadedScenario(Scenario.model_validate(data), tmp_path / "demo-sound-en.yaml")
    sink = RecordingSink()
    demo = DemoBackend(sound=sink)
    demo.realtime = False  # the engine pumps the clock
    demo.add_reply(SimulatedReply(jfk[int(0.2 * SR) : int(2.4 * SR)], at=1.0, turn=1))  # cuts in: the persona protests
    events: list[ev.CallEvent] = []
    CallEngine(
        loaded, demo, FakeSpeaker(speech), says_sorry(), on_event=events.append, demo=True,
        options=EngineOptions(recordings_dir=tmp_path),
    ).run()  # fmt: skip

    notices = [event for event in events if isinstance(event, ev.Notice)]
    assert [(n.key, n.detail) for n in notices] == [("demo_sound", "Test Headphones")]
    kinds = [type(event) for event in events]
    assert kinds.index(ev.Notice) < kinds.index(ev.CustomerSpeaking)
    assert [p.label for p in demo.played] == [LINE, PROTEST]
    # what was heard is exactly what the speaker played plus what the "microphone" heard
    end = min(len(demo.recorded()), len(sink.heard()) + OFFSET)
    assert end > int(4.0 * SR)
    heard = sink.heard()[: end - OFFSET]
    said = demo.output(end / SR)[OFFSET:end] + demo.recorded()[OFFSET:end]
    np.testing.assert_allclose(heard, np.clip(said, -1, 1), atol=1e-6)
    assert np.sqrt(np.mean(np.square(heard))) > 0.01  # not silence


# -- demo_sound: which output the demo uses ---------------------------------------------------------


class FakePlayer:
    """Stands in for BlockPlayer's device lookup."""

    made: list[Any] = []
    devices = {"Test Headphones"}

    def __init__(self, device: Any = None, **_options: Any) -> None:
        if device is not None and device not in self.devices:
            raise UserError(f"no output device matches '{device}'; run 'voicecoach call --list-devices' to see them")
        FakePlayer.made.append(device)


@pytest.fixture
def fake_player(monkeypatch: pytest.MonkeyPatch) -> type[FakePlayer]:
    from voicecoach.adapters import block_player

    FakePlayer.made = []
    monkeypatch.setattr(block_player, "BlockPlayer", FakePlayer)
    return FakePlayer


def test_demo_sound_uses_the_option_before_the_settings(fake_player: type[FakePlayer]) -> None:
    sound, silent = demo_sound(Settings(output_device="elsewhere"), "Test Headphones")
    assert isinstance(sound, FakePlayer) and silent is None
    assert fake_player.made == ["Test Headphones"]
    sound, silent = demo_sound(Settings(output_device="Test Headphones"))
    assert isinstance(sound, FakePlayer) and fake_player.made[-1] == "Test Headphones"


def test_a_missing_settings_device_only_silences_the_demo(fake_player: type[FakePlayer]) -> None:
    sound, silent = demo_sound(Settings(output_device="Old Speaker"))
    assert sound is None
    assert str(silent) == "no output device matches 'Old Speaker'; run 'voicecoach call --list-devices' to see them"


def test_a_missing_device_named_on_the_command_line_is_the_usual_error(fake_player: type[FakePlayer]) -> None:
    with pytest.raises(UserError, match="no output device matches 'Typo'"):
        demo_sound(Settings(), "Typo")


def test_a_faster_demo_looks_for_no_device(fake_player: type[FakePlayer]) -> None:
    assert demo_sound(Settings(), "Test Headphones", speed=8.0) == (None, None)
    assert fake_player.made == []


def test_open_call_hands_the_demo_its_sound(fake_player: type[FakePlayer], monkeypatch: pytest.MonkeyPatch) -> None:
    from voicecoach.adapters.library import find_scenario

    monkeypatch.setattr(whisper_stt, "get_transcriber", lambda **_: says_sorry())
    call = factory.open_call(
        find_scenario("warranty-no-en"),
        Settings(),
        on_event=lambda _e: None,
        demo=True,
        output_device="Test Headphones",
    )
    assert isinstance(call.backend, DemoBackend) and isinstance(call.backend.sound, FakePlayer)


# -- the playout buffer between the demo's clock and the audio callback ------------------------------


def read(buffer: PlayoutBuffer, frames: int) -> np.ndarray:
    out = np.full(frames, 9.0, np.float32)  # garbage, as a device buffer may hold
    buffer.read_into(out)
    return out


def test_playout_waits_for_its_buffer_then_plays_in_order_across_the_ring() -> None:
    buffer = PlayoutBuffer(size=100, buffer=20, max_lag=60)
    ramp = np.arange(1, 301, dtype=np.float32)
    buffer.write(ramp[:10])
    assert not np.any(read(buffer, 16))  # not enough buffered yet: silence
    buffer.write(ramp[10:20])
    played = [read(buffer, 16)]
    for start in range(20, 276, 16):  # the writer keeps 20 samples ahead; 276 wraps the ring twice
        buffer.write(ramp[start : start + 16])
        played.append(read(buffer, 16))
    np.testing.assert_array_equal(np.concatenate(played), ramp[:272])
    assert buffer.underruns == 0 and buffer.skips == 0


def test_a_late_writer_gets_silence_and_its_late_samples_are_skipped() -> None:
    buffer = PlayoutBuffer(size=100, buffer=20, max_lag=60)
    ramp = np.arange(1, 101, dtype=np.float32)
    buffer.write(ramp[:20])
    np.testing.assert_array_equal(read(buffer, 16), ramp[:16])
    out = read(buffer, 16)  # only 4 samples left: the rest is silence
    np.testing.assert_array_equal(out, np.concatenate([ramp[16:20], np.zeros(12, np.float32)]))
    buffer.write(ramp[20:60])  # arrives late: 20..31 were due meanwhile
    np.testing.assert_array_equal(read(buffer, 16), ramp[32:48])  # the clock kept its place
    assert buffer.underruns == 1


def test_a_writer_far_ahead_is_caught_up_to_the_buffer() -> None:
    buffer = PlayoutBuffer(size=100, buffer=20, max_lag=60)
    ramp = np.arange(1, 101, dtype=np.float32)
    buffer.write(ramp[:20])
    read(buffer, 16)
    buffer.write(ramp[20:90])  # the device stalled while the writer went on
    np.testing.assert_array_equal(read(buffer, 16), ramp[70:86])
    assert buffer.skips == 1


def test_playout_buffer_sizes_are_checked() -> None:
    with pytest.raises(ValueError):
        PlayoutBuffer(size=50, buffer=20, max_lag=60)


def test_sound_written_after_its_time_counts_as_cut() -> None:
    """A writer starved by a busy machine: what it writes after the speaker passed it is never
    heard, and counted, so the demo can say its sound had gaps."""
    from voicecoach.adapters.block_player import PlayoutBuffer

    buffer = PlayoutBuffer(1000, 100, 200)
    buffer.write(np.ones(100, np.float32))
    buffer.read_into(np.zeros(50, np.float32))  # starts playing from the buffered 100
    buffer.read_into(np.zeros(100, np.float32))  # the writer is late: 50 samples of silence
    assert buffer.cut == 0
    buffer.write(np.ones(80, np.float32))  # 50 of these were due already
    assert buffer.cut == 50
