"""The demo call's sound output (BlockPlayer) on real streams: a private PulseAudio server's null
sink ``spk`` is the speaker, ``parec`` records its monitor. Blocks written in real time come out
in order and on time; a server that dies makes ``problem`` one line (no exception, no hang)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tests.helpers.pulse_server import PulseServer
from voicecoach.core.errors import UserError

pytestmark = pytest.mark.audio

SR = 16_000
BLOCK = 512  # 32 ms, as the demo's clock


def use_server(env: dict[str, str]) -> dict[str, str | None]:
    """Point this process at ``env``'s server. Returns what to restore."""
    saved = {key: os.environ.get(key) for key in ("XDG_RUNTIME_DIR", "PULSE_RUNTIME_PATH", "PULSE_SERVER")}
    os.environ.update({key: env[key] for key in ("XDG_RUNTIME_DIR", "PULSE_RUNTIME_PATH")})
    os.environ.pop("PULSE_SERVER", None)
    return saved


def restore(saved: dict[str, str | None]) -> None:
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def portaudio_sees_the_server() -> None:
    """PortAudio keeps the device list it saw when it was loaded: when that was before any server
    ran here, list again. (Only then: terminating PortAudio hangs on a stream a dead server left.)"""
    from voicecoach.adapters import duplex

    if any(device.name in ("pulse", "default") for device in duplex.list_devices()):
        return
    import sounddevice as sd

    sd._terminate()  # noqa: SLF001 - sounddevice's way to rescan the devices
    sd._initialize()  # noqa: SLF001


@pytest.fixture(scope="module")
def pulse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    server = PulseServer.started_or_skip(tmp_path_factory, "pulse-player", "the sound output")
    saved = use_server(server.env)
    portaudio_sees_the_server()
    try:
        yield server
    finally:
        server.stop()
        restore(saved)


def tone(seconds: float, freq: float = 440.0, level: float = 0.5) -> np.ndarray:
    t = np.arange(int(seconds * SR)) / SR
    return (level * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def write_in_real_time(player: Any, signal: np.ndarray) -> None:
    """Hand ``signal`` over block by block on an absolute 32 ms tick, as the demo's clock does."""
    next_tick = time.monotonic()
    for first in range(0, len(signal), BLOCK):
        player.write(signal[first : first + BLOCK])
        next_tick += BLOCK / SR
        time.sleep(max(0.0, next_tick - time.monotonic()))


def envelope_onsets(recorded: np.ndarray, threshold: float = 0.05) -> tuple[list[float], list[float]]:
    """Starts and ends (seconds) of the loud parts, from 10 ms RMS windows."""
    window = SR // 100
    frames = recorded[: len(recorded) // window * window].reshape(-1, window)
    loud = np.sqrt(np.mean(frames**2, axis=1)) > threshold
    edges = np.diff(loud.astype(int))
    starts = [(i + 1) / 100 for i in np.flatnonzero(edges == 1)]
    ends = [(i + 1) / 100 for i in np.flatnonzero(edges == -1)]
    return starts, ends


def test_blocks_written_in_real_time_come_out_whole_in_order_and_on_time(pulse: Any, tmp_path: Path) -> None:
    from voicecoach.adapters.block_player import BlockPlayer

    wav = tmp_path / "spk.wav"
    recorder = pulse.record(wav)
    try:
        player = BlockPlayer(None, SR)
        assert player.name in ("default", "pulse")
        player.open()
        assert player.warmup_seconds is not None and player.warmup_seconds < 10
        assert 0.2 <= player.lead < 1.0  # the buffer plus the device's own latency
        gap = np.zeros(int(0.6 * SR), np.float32)
        # two bursts whose starts are exactly 1.0 s apart on the writer's clock
        signal = np.concatenate([gap, tone(0.4), np.zeros(int(0.6 * SR), np.float32), tone(0.4, 660.0), gap, gap])
        write_in_real_time(player, signal)
        assert player.problem is None
        player.close()
        time.sleep(0.3)
    finally:
        recorder.terminate()
        recorder.wait(timeout=10)
    import soundfile

    recorded, rate = soundfile.read(wav, dtype="float32")
    assert rate == SR
    starts, ends = envelope_onsets(recorded)
    assert len(starts) == 2 and len(ends) == 2, (starts, ends)
    assert starts[1] - starts[0] == pytest.approx(1.0, abs=0.03)  # no skips or gaps between them
    assert [end - start for start, end in zip(starts, ends)] == [pytest.approx(0.4, abs=0.03)] * 2
    first = recorded[int((starts[0] + 0.05) * SR) : int((ends[0] - 0.05) * SR)]
    spectrum = np.abs(np.fft.rfft(first))
    assert np.fft.rfftfreq(len(first), 1 / SR)[np.argmax(spectrum)] == pytest.approx(440, abs=5)
    assert np.sqrt(np.mean(first**2)) == pytest.approx(0.5 / np.sqrt(2), rel=0.1)  # at the level written


def test_an_unknown_output_device_is_one_line(pulse: Any) -> None:
    from voicecoach.adapters.block_player import BlockPlayer

    with pytest.raises(UserError) as error:
        BlockPlayer("no-such-headphones")
    assert (
        str(error.value)
        == "no output device matches 'no-such-headphones'; run 'voicecoach call --list-devices' to see them"
    )


def test_a_sound_server_that_dies_sets_problem_and_close_returns(pulse: Any, tmp_path: Path) -> None:
    from voicecoach.adapters import block_player
    from voicecoach.adapters.block_player import BlockPlayer

    server = PulseServer(tmp_path / "xdg-dying").start()
    saved = use_server(server.env)
    try:
        player = BlockPlayer(None, SR)
        player.open()
        write_in_real_time(player, tone(0.5))
        assert player.problem is None
        server.stop()
        deadline = time.monotonic() + block_player.STALL_SECONDS + 5
        while player.problem is None and time.monotonic() < deadline:
            write_in_real_time(player, np.zeros(BLOCK * 4, np.float32))  # never raises
        assert player.problem is not None, "the lost output was not noticed"
        assert "\n" not in player.problem and "sound output" in player.problem
        started = time.monotonic()
        player.close()
        assert time.monotonic() - started < block_player.CLOSE_TIMEOUT + 1
    finally:
        server.stop()
        restore(saved)
