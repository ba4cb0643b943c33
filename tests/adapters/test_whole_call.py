"""A whole call through the real pipeline (issue 14): decode block by block, Silero VAD, Whisper
tiny.en, exchanges, the judge, call metrics.

- real stereo speech (``en_stereo_two_channels.wav``: two people talking over each other);
- a call made from speech synthesis with its interruptions placed on purpose: the customer is a
  Piper voice on the left, the agent espeak-ng on the right, and every exchange's findings are
  known from where the lines were put;
- memory: Python's allocations while a whole call is analysed do not grow with its length.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from voicecoach.adapters.audio_files import load_16k, resample, write_audio
from voicecoach.analysis import analyze_whole_call
from voicecoach.core.call import CallResult

SR = 16_000


def _trim(samples: np.ndarray) -> np.ndarray:
    """``samples`` without the silence before and after the voice (-40 dB of its loudest 10 ms)."""
    window = 160
    count = len(samples) // window
    energy = np.sqrt((samples[: count * window].reshape(count, window) ** 2).mean(axis=1) + 1e-12)
    loud = np.nonzero(20 * np.log10(energy / energy.max()) > -40)[0]
    return samples[loud[0] * window : (loud[-1] + 1) * window].astype(np.float32)


@pytest.mark.real_models
def test_real_stereo_speech_talking_over_is_one_exchange(realspeech: Path) -> None:
    """Left 0-4.5 s, right 0.3-2.5 s: the right side talks over the left's one sentence, one exchange."""
    call = analyze_whole_call(realspeech / "en_stereo_two_channels.wav", "left", model="tiny.en", language="en")
    assert len(call.exchanges) == 1
    exchange = call.exchanges[0]
    assert "wizard" in exchange.result.turn.customer.text.lower()
    assert "horizon" in exchange.result.turn.trainee.text.lower()
    assert "talk_over" in [f.kind for f in exchange.findings]
    assert call.metrics.overlap_share > 0.3 and 0.2 < (call.metrics.talk_ratio or 0) < 0.5


@pytest.mark.real_models
@pytest.mark.parametrize("customer", ["speaker90", "speaker91"])
def test_a_real_conversation_splits_as_its_labels_say(tmp_path: Path, realspeech: Path, customer: str) -> None:
    """The 30 s two-person telephone-style conversation, each speaker put on a channel of their
    own by its RTTM labels (who speaks when, overlaps included). The exchanges the pipeline finds
    (VAD, Whisper, the judge's backchannels) start where the same rules put them on the labelled
    timeline itself, within the VAD's padding."""
    from voicecoach.core.exchanges import split_call
    from voicecoach.core.timeline import Span, Track

    mono = load_16k(realspeech / "en_two_speakers_mono.wav")
    rows = [line.split() for line in (realspeech / "en_two_speakers_mono.rttm").read_text().splitlines() if line]
    labels = [(float(row[3]), float(row[3]) + float(row[4]), row[7]) for row in rows]
    stereo = np.zeros((len(mono), 2), np.float32)
    for start, end, who in labels:
        side = 0 if who == customer else 1
        stereo[int(start * SR) : int(end * SR), side] = mono[int(start * SR) : int(end * SR)]
    path = write_audio(tmp_path / "conversation.wav", stereo, SR)
    reference = {
        side: Track(tuple(Span(start, end) for start, end, who in sorted(labels) if (who == customer) == (side == 0)))
        for side in (0, 1)
    }
    expected = split_call(reference[0], reference[1], len(mono) / SR, language="en")
    call = analyze_whole_call(path, "left", model="tiny.en", language="en")
    assert len(expected) >= 3
    assert [e.opening for e in call.exchanges] == [p.opening for p in expected]
    for found, wanted in zip(call.exchanges, expected):
        assert found.start == pytest.approx(wanted.start, abs=0.7), ([e.start for e in call.exchanges], expected)


#: The synthetic call: (side, text, where it starts). Where is a rule on the lines before it:
#: ("after", i, gap) starts ``gap`` s after line i ends; ("into", i, s) starts ``s`` s after line i starts.
LINES = [
    ("customer", "Hello, this is Anna Brown. My parcel with order number 4711 has not arrived, and I am annoyed.", ("at", 0.5)),
    ("agent", "I am sorry your parcel has not arrived, Mrs Brown. Let me check order 4711 for you.", ("after", 0, 0.7)),
    ("customer", "It was due last Monday, and I need it for my daughter's birthday on Friday, so please hurry.", ("after", 1, 0.9)),
    ("agent", "Yes, yes, I can send you a new one today.", ("into", 2, 1.5)),  # cuts into line 2
    ("customer", "Will it really arrive before Friday?", ("after", 3, 1.2)),
    ("agent", "Yes, it will arrive on Thursday. I am booking express delivery for you right now, and you will get a tracking number by email within the hour.", ("after", 4, 0.6)),
    ("customer", "Wait, what about the delivery fee?", ("into", 5, 2.5)),  # a barge-in the agent talks through
    ("customer", "Thank you, goodbye.", ("after", 5, 1.0)),  # unanswered: no exchange of its own
]  # fmt: skip


@pytest.fixture(scope="module")
def synthetic_call(
    tmp_path_factory: pytest.TempPathFactory, model_cache: Path
) -> tuple[Path, list[tuple[float, float]]]:
    from voicecoach.adapters.espeak_tts import espeak_voice, synthesize
    from voicecoach.adapters.piper_tts import Speaker
    from voicecoach.adapters.settings import Settings

    folder = tmp_path_factory.mktemp("whole-call")
    speaker = Speaker(Settings(), cache_dir=folder / "tts")
    clips = []
    for side, text, _where in LINES:
        if side == "customer":
            clip = speaker.render_text(text, language="en")
            samples, rate = clip.samples, clip.sample_rate
        else:
            samples, rate = synthesize(text, espeak_voice("en", "male"))
        clips.append(_trim(resample(np.asarray(samples, np.float32), rate, SR)))
    times: list[tuple[float, float]] = []
    for (_side, _text, where), clip in zip(LINES, clips):
        if where[0] == "at":
            start = where[1]
        elif where[0] == "after":
            start = times[where[1]][1] + where[2]
        else:
            start = times[where[1]][0] + where[2]
        times.append((start, start + len(clip) / SR))
    length = int((max(end for _start, end in times) + 1.5) * SR)
    rng = np.random.default_rng(5)
    stereo = rng.normal(0, 10 ** (-60 / 20), (length, 2)).astype(np.float32)
    for (side, _text, _where), clip, (start, _end) in zip(LINES, clips, times):
        at = int(start * SR)
        stereo[at : at + len(clip), 0 if side == "customer" else 1] += clip
    return write_audio(folder / "call.wav", np.clip(stereo, -1, 1), SR), times


@pytest.mark.real_models
def test_a_synthetic_call_with_placed_interruptions(synthetic_call: tuple[Path, list[tuple[float, float]]]) -> None:
    path, times = synthetic_call
    call = analyze_whole_call(path, "left", model="tiny.en", language="en")
    # exchanges start where the customer takes the floor: lines 0, 2 and 4; the barge-in (6) and
    # the goodbye (7) stay in the last one
    assert len(call.exchanges) == 3, [(e.start, e.end, e.result.turn.customer.text) for e in call.exchanges]
    for exchange, line in zip(call.exchanges, (0, 2, 4)):
        assert exchange.start <= times[line][0] + 0.35, (exchange.start, times[line])
    first = [f.kind for f in call.exchanges[0].findings if f.penalty > 0]
    second, third = ([f.kind for f in e.findings] for e in call.exchanges[1:])
    timing = {"interruption", "talk_over", "response_gap", "silent_reply"}
    assert not set(first) & timing, first  # answered 0.7 s after the line
    turn = call.exchanges[1].result.turn
    seen = (second, turn.customer.speech, turn.trainee.speech, turn.customer.text, turn.trainee.text)
    assert "interruption" in second, seen  # 1.5 s into a line of about 6 s
    cut = next(f for f in call.exchanges[1].findings if f.kind == "interruption")
    assert cut.start == pytest.approx(times[3][0], abs=0.35)  # at the agent's onset, in call time
    assert cut.severity == "major"
    assert "interruption" not in third and "talk_over" in third, third  # talked through "Wait, ..."
    over = next(f for f in call.exchanges[2].findings if f.kind == "talk_over")
    assert times[6][0] - 0.2 <= over.start <= times[6][0] + 0.8  # where both speak (the VAD's onset), in call time
    assert "fee" in call.exchanges[2].result.turn.customer.text.lower()
    assert "goodbye" in call.exchanges[2].result.turn.customer.text.lower()
    assert call.metrics.interruptions == 1
    assert call.metrics.patience is not None and 0.4 < call.metrics.patience < 1.4  # 0.7, 1.2 and 0.6 s waited


class _Fake:
    """Hears one word every 0.4 s of the speech it gets (no model: memory of the pipeline only)."""

    info = {"model": "fake"}

    def transcribe(self, samples: np.ndarray, *, language: str | None, offset: float = 0.0, prompt: str | None = None):  # noqa: ANN201
        from voicecoach.core.timeline import Word

        count = max(1, int(len(samples) / SR / 0.4))
        return tuple(Word("order", offset + 0.1 + 0.4 * i, offset + 0.4 + 0.4 * i) for i in range(count))


def test_memory_of_a_whole_call_does_not_grow_with_its_length(tmp_path: Path, realspeech: Path) -> None:
    """Python's allocations while a whole call is read, scanned, split and judged stay about the
    same for 1 and 5 minutes: the tracks live on disk and only the result grows (a few hundred
    words and findings). Whole-file arrays would grow 5x (5 minutes of two float32 tracks: 77 MB)."""
    import tracemalloc

    import soundfile

    jfk = load_16k(realspeech / "en_jfk.wav")
    reply = resample(jfk, SR, 22_050)[:220_500]
    peaks: dict[int, int] = {}
    results: dict[int, CallResult] = {}
    for minutes in (1, 5):
        path = tmp_path / f"call-{minutes}.wav"
        with soundfile.SoundFile(str(path), "w", 22_050, 2, subtype="PCM_16") as out:
            for index in range(minutes * 6):  # 10 s pieces: JFK on one side, then the other
                piece = np.zeros((220_500, 2), np.float32)
                piece[: len(reply), index % 2] = reply
                out.write(piece)
        tracemalloc.start()
        results[minutes] = analyze_whole_call(path, "left", transcriber=_Fake(), language="en")
        peaks[minutes] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert len(results[5].exchanges) >= 4 * len(results[1].exchanges) >= 8  # one per customer piece
    assert results[5].duration_s == 300.0
    assert peaks[5] < 1.3 * peaks[1], peaks
    assert peaks[5] < 70e6, peaks
