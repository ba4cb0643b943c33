"""Streaming: the open segment decoded while the trainee speaks (live/streaming.py, the engine).

The engine tests use a transcriber that hears the same words at the same times whatever piece of
the reply it is given (``ClockTranscriber``), so a reply decoded in passes must give exactly the
words of one decode; they check the plumbing: passes run while the trainee speaks, one at a
time, the last pass decodes only the audio after the committed words, and the words keep their
times on the turn clock. The ``real_models`` tests decode real speech with Whisper tiny.en in
passes and whole, and compare the words.
"""

from __future__ import annotations

import threading
from pathlib import Path
from types import SimpleNamespace

import jiwer
import numpy as np
import pytest

from tests.helpers.speech_fakes import FakeSpeaker
from tests.live.test_engine import of, scenario
from voicecoach.adapters.audio_files import load_16k
from voicecoach.core.text import normalize
from voicecoach.core.timeline import Span, Word
from voicecoach.live import events as ev
from voicecoach.live.engine import CallEngine, EngineOptions
from voicecoach.live.simulated import SimulatedBackend, SimulatedReply
from voicecoach.live.streaming import decode_words, stream_offline

SR = 16_000
REPLY_AT = 4.0  # seconds after the line's start the reply starts (after the 3.7 s line)


class ClockTranscriber:
    """Hears a word every 0.4 s of the turn clock (``w<k>`` from ``0.4 k`` to ``0.4 k + 0.3``)
    wherever the audio is loud, whatever piece it is given: a word cut off by the end of the
    piece comes out half heard (``w<k>-``). Records each call's (offset, seconds) and checks that
    no two decodes overlap."""

    info = None

    def __init__(self) -> None:
        self.calls: list[tuple[float, float]] = []
        self.overlapped = False
        self._busy = threading.Lock()

    def transcribe(
        self, samples: np.ndarray, *, language: str | None, offset: float = 0.0, prompt: str | None = None
    ) -> tuple[Word, ...]:
        if not self._busy.acquire(blocking=False):
            self.overlapped = True
            self._busy.acquire()
        try:
            end = offset + len(samples) / SR
            self.calls.append((round(offset, 3), round(len(samples) / SR, 3)))
            out = []
            k = int(np.ceil(offset / 0.4 - 1e-9))
            while 0.4 * k < end:
                start, stop = 0.4 * k, 0.4 * k + 0.3
                lo, hi = int((start - offset) * SR), int((min(stop, end) - offset) * SR)
                piece = samples[max(0, lo) : hi]
                if len(piece) and float(np.sqrt(np.mean(piece**2))) > 0.01:
                    whole = stop <= end + 0.01  # a sample of rounding is no cut
                    out.append(Word(f"w{k}" if whole else f"w{k}-", round(start, 3), round(stop if whole else end, 3)))
                k += 1
            return tuple(out)
        finally:
            self._busy.release()


@pytest.fixture(scope="module")
def reading(realspeech: Path) -> np.ndarray:
    """A person reading for 10 s without a pause the VAD closes (en_license_read 1.6-11.85 s)."""
    return load_16k(realspeech / "en_license_read.wav")[int(1.6 * SR) : int(11.85 * SR)].copy()


def call(tmp_path: Path, speech: dict[str, np.ndarray], reply: np.ndarray, **options: object):
    transcriber = ClockTranscriber()
    events: list[ev.CallEvent] = []
    engine = CallEngine(
        scenario(tmp_path), SimulatedBackend(replies=[SimulatedReply(reply, at=REPLY_AT, turn=1)]),
        FakeSpeaker(speech), transcriber, on_event=events.append,
        options=EngineOptions(max_turns=1, recordings_dir=tmp_path, **options),  # type: ignore[arg-type]
    )  # fmt: skip
    engine.run()
    return of(events, ev.TurnJudged)[0].result.turn.trainee, transcriber, events


def test_a_streamed_reply_gives_the_words_of_one_decode(tmp_path, speech, reading) -> None:
    streamed, passes, events = call(tmp_path, speech, reading)
    whole, once, _ = call(tmp_path, speech, reading, speculative=False)
    assert [w.text for w in whole.words] and not any(w.text.endswith("-") for w in whole.words)
    assert streamed.speech == whole.speech
    assert streamed.words == whole.words  # same words, same times on the turn clock
    assert len(once.calls) == len(whole.speech)  # one decode per segment
    assert not passes.overlapped  # never two decodes at once
    # passes ran while the trainee spoke (one per second of speech at most) ...
    assert len(passes.calls) >= 4
    # ... so the last pass decoded only the end of the reply, not the whole 10 s segment
    (segment,) = whole.speech
    assert segment.duration > 9.0
    assert passes.calls[-1][1] < 4.0
    # the words committed on the way were shown while the trainee spoke
    partials = [e.text for e in of(events, ev.PartialTranscript)]
    assert len(partials) >= 2 and partials[0] and len(partials[0]) < len(partials[-1])


def test_without_streaming_only_the_pause_is_decoded_early(tmp_path, speech, reading) -> None:
    words, transcriber, _ = call(tmp_path, speech, reading, streaming=False)
    whole, _, _ = call(tmp_path, speech, reading, speculative=False)
    assert words.words == whole.words
    # passes only at pauses (the reader's short ones too), nothing kept from them: the last
    # decode is the whole 10 s segment
    assert transcriber.calls[-1][1] > 9.0


def test_a_reply_with_pauses_keeps_every_segment(tmp_path, speech) -> None:
    """A reply with a 1.1 s pause (two segments; the turn ends after 1.5 s of silence), each
    segment streamed on its own."""
    streamed, passes, _ = call(tmp_path, speech, speech["long_reply"], end_of_turn_silence=1.5)
    whole, _, _ = call(tmp_path, speech, speech["long_reply"], speculative=False, end_of_turn_silence=1.5)
    assert len(whole.speech) == 2
    assert streamed.words == whole.words
    assert not passes.overlapped


class LoopingPauseTranscriber(ClockTranscriber):
    """``ClockTranscriber`` with Whisper's ``transcribe_full``: every provisional pass (called with
    ``retry_loops=False``) comes back marked as looped, every other decode as heard."""

    def __init__(self) -> None:
        super().__init__()
        self.provisional: list[bool] = []

    def transcribe_full(self, samples: np.ndarray, *, language: str | None, offset: float = 0.0, prompt=None, **kw):  # noqa: ANN001, ANN201
        words = self.transcribe(samples, language=language, offset=offset, prompt=prompt)
        looped = kw.get("retry_loops", True) is False
        self.provisional.append(looped)
        return SimpleNamespace(segments=[SimpleNamespace(words=words)], looped=looped)


def test_a_pass_that_loops_is_never_a_segments_last_words(tmp_path, speech, reading) -> None:
    """A provisional pass whose transcript loops is not decoded again (that takes several times
    as long); its cut-back words may feed the agreement, but the segment's end always comes from
    a decode of its own, never from a looped pass."""
    transcriber = LoopingPauseTranscriber()
    events: list[ev.CallEvent] = []
    engine = CallEngine(
        scenario(tmp_path), SimulatedBackend(replies=[SimulatedReply(reading, at=REPLY_AT, turn=1)]),
        FakeSpeaker(speech), transcriber, on_event=events.append,
        options=EngineOptions(max_turns=1, recordings_dir=tmp_path),
    )  # fmt: skip
    engine.run()
    heard = of(events, ev.TurnJudged)[0].result.turn.trainee
    whole, _, _ = call(tmp_path, speech, reading, speculative=False)
    assert sum(transcriber.provisional) >= 2  # passes ran, and every one looped
    assert transcriber.provisional[-1] is False  # the last decode was the segment's own
    assert heard.words == whole.words  # nothing lost


# -- the real Whisper tiny.en -------------------------------------------------------------------


def wer(reference: list[tuple[Word, ...]], hypothesis: list[tuple[Word, ...]]) -> float:
    def text(words: tuple[Word, ...]) -> str:
        return " ".join(normalize(" ".join(w.text for w in words)))

    return float(jiwer.wer([text(w) for w in reference], [text(w) for w in hypothesis]))


@pytest.mark.real_models
def test_real_speech_decoded_in_passes_gives_the_words_of_one_decode(realspeech: Path) -> None:
    """Each speech segment of two real recordings (JFK, a person reading the MIT licence;
    ``adapters.vad.detect_speech``) decoded by Whisper tiny.en in passes every second, as the
    engine streams it, and once whole: the same words (measured: 0 of 112 differ; another cut
    of the same audio, 0.3 s of padding instead of 0.2, changes about 1 %), in order, on the
    recording's clock, and the last pass decodes a few seconds, not the whole segment."""
    from voicecoach.adapters.vad import detect_speech
    from voicecoach.adapters.whisper_stt import get_transcriber
    from voicecoach.analysis import ANALYSIS_DECODE

    transcriber = get_transcriber("tiny.en", "cpu", language="en", decode=ANALYSIS_DECODE)
    whole, streamed, tails = [], [], []
    for name in ("en_jfk.wav", "en_license_read.wav"):
        audio = load_16k(realspeech / name)
        for span in detect_speech(audio):
            lo, hi = max(0.0, span.start - 0.2), span.end + 0.2
            whole.append(
                decode_words(
                    transcriber,
                    audio[int(lo * SR) : int(np.ceil(hi * SR))],
                    language="en",
                    offset=int(lo * SR) / SR,
                    prompt="Warranty.",
                    speech=span,
                    keep=(span.start - 0.2, hi),
                )  # fmt: skip
            )
            words, passes, tail = stream_offline(
                transcriber, audio, span, language="en", prompt="Warranty.", interval=1.0, pad=0.2
            )
            streamed.append(words)
            assert all(a.start <= b.start for a, b in zip(words, words[1:]))
            assert all(span.start - 0.3 <= (w.start + w.end) / 2 <= span.end + 0.3 for w in words)
            tails.append((span.duration, tail, passes))
    assert sum(len(w) for w in whole) > 100
    assert wer(whole, streamed) <= 0.03
    longest = max(tails)
    assert longest[0] > 10.0 and longest[2] >= 10 and longest[1] < 4.0


@pytest.mark.real_models
def test_the_engine_streams_a_real_reply_with_whisper(tmp_path, speech, reading) -> None:
    """The engine with Whisper tiny.en on the virtual clock, streaming and not: the reply's words
    agree within noise (the passes fall wherever the worker was free)."""
    from voicecoach.adapters.whisper_stt import get_transcriber
    from voicecoach.analysis import ANALYSIS_DECODE

    transcriber = get_transcriber("tiny.en", "cpu", language="en", decode=ANALYSIS_DECODE)
    results = []
    for options in ({}, {"speculative": False}):
        events: list[ev.CallEvent] = []
        CallEngine(
            scenario(tmp_path), SimulatedBackend(replies=[SimulatedReply(reading, at=REPLY_AT, turn=1)]),
            FakeSpeaker(speech), transcriber, on_event=events.append,
            options=EngineOptions(max_turns=1, recordings_dir=tmp_path, **options),  # type: ignore[arg-type]
        ).run()  # fmt: skip
        results.append(of(events, ev.TurnJudged)[0].result.turn.trainee)
    streamed, whole = results
    assert len(whole.words) > 20
    assert wer([whole.words], [streamed.words]) <= 0.05
    speech_span = Span(whole.speech[0].start, whole.speech[-1].end)
    assert all(speech_span.start - 0.3 <= w.start <= speech_span.end + 0.3 for w in streamed.words)
