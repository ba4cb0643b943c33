"""The streaming Silero VAD against the real model and real speech."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from voicecoach.adapters.audio_files import load_16k
from voicecoach.adapters.vad import (
    FRAME,
    SpeechEnd,
    SpeechStart,
    StreamingVad,
    VadOptions,
    detect_speech,
    spans_from_events,
)

pytestmark = pytest.mark.real_models
SR = 16_000


def _trim(samples: np.ndarray, rel_db: float = -25.0) -> np.ndarray:
    """Cut leading and trailing quiet by energy (10 ms windows), independent of the VAD."""
    window = 160
    count = len(samples) // window
    energy = np.sqrt((samples[: count * window].reshape(count, window) ** 2).mean(axis=1) + 1e-12)
    loud = np.nonzero(20 * np.log10(energy / energy.max()) > rel_db)[0]
    return samples[loud[0] * window : (loud[-1] + 1) * window]


def _noise(seconds: float, seed: int = 0, dbfs: float = -60.0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return rng.normal(0, 10 ** (dbfs / 20), int(seconds * SR)).astype(np.float32)


@pytest.fixture(scope="module")
def jfk(realspeech: Path) -> np.ndarray:
    return load_16k(realspeech / "en_jfk.wav")


def _feed_in_blocks(vad: StreamingVad, samples: np.ndarray, seed: int) -> list:
    rng = np.random.default_rng(seed)
    events, index = [], 0
    while index < len(samples):
        size = int(rng.integers(1, 4000))
        events += vad.feed(samples[index : index + size])
        index += size
    return events + vad.flush()


def test_silence_and_faint_noise_hold_no_speech() -> None:
    assert detect_speech(np.zeros(3 * SR, np.float32)) == ()
    assert detect_speech(_noise(3.0, dbfs=-50.0)) == ()


def test_spans_cover_the_speech_of_a_real_recording(jfk: np.ndarray) -> None:
    spans = detect_speech(jfk)
    assert spans, "no speech found in en_jfk.wav"
    # JFK speaks from about 0.3 s to 10.5 s with three long pauses in between.
    assert 0.1 <= spans[0].start <= 0.6
    assert 10.0 <= spans[-1].end <= 11.0
    speech = sum(span.duration for span in spans)
    assert 6.0 <= speech <= 10.0
    # The loudest stretches (by energy) lie inside the spans.
    window = 320
    count = len(jfk) // window
    energy = np.sqrt((jfk[: count * window].reshape(count, window) ** 2).mean(axis=1))
    loud_times = (np.nonzero(energy > 0.25 * energy.max())[0] + 0.5) * window / SR
    covered = [any(span.start <= t <= span.end for span in spans) for t in loud_times]
    assert np.mean(covered) >= 0.98
    for earlier, later in zip(spans, spans[1:]):
        assert earlier.end <= later.start


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_streaming_in_random_blocks_equals_batch(jfk: np.ndarray, seed: int) -> None:
    batch = detect_speech(jfk)
    streamed = _feed_in_blocks(StreamingVad(), jfk, seed)
    assert spans_from_events(streamed) == batch
    starts = [event.time for event in streamed if isinstance(event, SpeechStart)]
    assert starts == [span.start for span in batch]


def test_events_alternate_and_start_before_end(jfk: np.ndarray) -> None:
    vad = StreamingVad()
    events = vad.feed(jfk) + vad.flush()
    kinds = [type(event) for event in events]
    assert kinds == [SpeechStart, SpeechEnd] * (len(events) // 2)
    for start, end in zip(events[::2], events[1::2]):
        assert start.time == end.start < end.end


def test_state_is_kept_across_feeds(jfk: np.ndarray) -> None:
    """Model state, context and the unfinished frame carry over: one sample at a time works."""
    piece = jfk[: 2 * SR]
    whole = StreamingVad()
    whole.feed(piece)
    odd = StreamingVad()
    for index in range(0, len(piece), 700):  # 700 is no multiple of the 512-sample frame
        odd.feed(piece[index : index + 700])
    assert odd.time == whole.time == len(piece) / SR
    assert odd.probability == pytest.approx(whole.probability, abs=1e-6)
    assert odd.in_speech and whole.in_speech  # JFK is speaking at 2 s

    # A fresh detector given only the second second (no state) reads it differently at first.
    fresh = StreamingVad()
    fresh.feed(piece[SR : SR + FRAME])
    carried = StreamingVad()
    carried.feed(piece[:SR])
    carried.feed(piece[SR : SR + FRAME])
    assert fresh.probability != pytest.approx(carried.probability, abs=1e-4)


def test_speech_start_is_emitted_while_the_speaker_still_talks(jfk: np.ndarray) -> None:
    """The live call needs the onset as it happens, not when the segment closes."""
    vad = StreamingVad()
    seen: list[tuple[float, object]] = []
    for index in range(0, 3 * SR, 480):  # 30 ms microphone blocks
        for event in vad.feed(jfk[index : index + 480]):
            seen.append((vad.time, event))
    first_time, first = seen[0]
    assert isinstance(first, SpeechStart)
    assert first_time - first.time <= 0.3  # confirmed within min_speech plus two frames


def test_reset_forgets_everything(jfk: np.ndarray) -> None:
    vad = StreamingVad()
    vad.feed(jfk[: 2 * SR])
    vad.reset()
    assert vad.time == 0.0 and not vad.in_speech
    assert spans_from_events(vad.feed(jfk) + vad.flush()) == detect_speech(jfk)


def test_onset_accuracy_at_known_offsets(realspeech: Path) -> None:
    """Speech mixed into noise at known offsets: the reported onset is within 50 ms."""
    pieces = [
        _trim(load_16k(realspeech / "en_jfk.wav")[: 3 * SR]),
        _trim(load_16k(realspeech / "de_license_read.wav")[: 3 * SR]),
        _trim(load_16k(realspeech / "en_license_read.wav")[: 3 * SR]),
    ]
    errors = []
    for number, piece in enumerate(pieces):
        for offset in (0.5, 1.013, 1.531, 2.207):
            mix = _noise(offset + 4.0, seed=number)
            at = int(offset * SR)
            mix[at : at + len(piece)] += piece[: len(mix) - at]
            spans = detect_speech(mix)
            assert spans, f"no speech found in piece {number} at {offset} s"
            errors.append(spans[0].start - offset)
    errors_ms = np.abs(np.array(errors)) * 1000
    assert np.median(errors_ms) <= 50, errors_ms
    assert errors_ms.max() <= 100, errors_ms


def test_segment_end_accuracy(realspeech: Path) -> None:
    """The end of a segment is reported within 60 ms of where the speech stops (end_backoff)."""
    piece = _trim(load_16k(realspeech / "en_jfk.wav")[: int(2.3 * SR)])  # "And so my fellow Americans"
    errors = []
    for offset in (0.5, 0.77, 1.01):
        mix = _noise(offset + len(piece) / SR + 2.0, seed=3)
        at = int(offset * SR)
        mix[at : at + len(piece)] += piece
        spans = detect_speech(mix)
        errors.append(spans[-1].end - (offset + len(piece) / SR))
    assert np.max(np.abs(errors)) <= 0.06, errors


def test_min_silence_bridges_short_pauses(jfk: np.ndarray) -> None:
    short = detect_speech(jfk, VadOptions(min_silence=0.1))
    long = detect_speech(jfk, VadOptions(min_silence=1.5))
    assert len(long) < len(short)
    assert long[0].start == pytest.approx(short[0].start)


def test_options_are_checked() -> None:
    with pytest.raises(ValueError):
        VadOptions(threshold=0.3, neg_threshold=0.5)
    with pytest.raises(ValueError):
        VadOptions(min_silence=-1)


def test_pending_onset_is_where_the_next_speech_start_will_be_placed(jfk: np.ndarray) -> None:
    """Fed frame by frame into a pause and out of it: while the restart is not yet confirmed,
    ``pending_onset`` already names a time at or before the onset ``SpeechStart`` reports, so a
    silence rule can stop counting there (engine's end of turn); in plain silence it is None."""
    speech = _trim(jfk[: int(2.2 * SR)])
    audio = np.concatenate([_noise(0.5), speech, _noise(0.6, seed=1), speech, _noise(0.5, seed=2)])
    vad = StreamingVad()
    pending: list[tuple[float, float]] = []  # (time fed, pending onset) before the second start
    starts: list[float] = []
    for first in range(0, len(audio), FRAME):
        for event in vad.feed(audio[first : first + FRAME]):
            if isinstance(event, SpeechStart):
                starts.append(event.time)
        onset = vad.pending_onset
        if onset is not None and len(starts) == 1 and not vad.in_speech:
            pending.append((vad.time, onset))
    assert len(starts) == 2
    second = starts[1]
    assert pending, "the restart was never pending before it was confirmed"
    assert all(onset <= second + 1e-9 for _, onset in pending)
    assert pending[-1][0] < second + vad.options.min_speech + 0.07  # pending until just before confirmed
    silent = StreamingVad()
    silent.feed(_noise(1.0))
    assert silent.pending_onset is None
