"""Decoding the trainee's open speech segment while it is still spoken (streaming).

Whisper decodes a whole window at once. Decoding a 10 s reply after it ended took 0.6-1.2 s on
two CPU cores, after the 0.8 s of end-of-turn silence: the feedback came 1.7-2.4 s after the
reply. So the engine decodes the open segment while the trainee speaks, in its one transcription
worker, whenever that worker is free and ``EngineOptions.stream_interval`` seconds of new speech
have come (each decode a *pass* over the audio from the *cut* to "now"), and keeps the words two
consecutive passes agree on (LocalAgreement-2, ``core/local_agreement``). When the segment
closes, only the audio after the last committed word is decoded (the committed text in the
prompt, after the scenario's), so little is left to do at the end; a pass started when the pause
began (``EngineOptions.speculative``) that covers the whole segment is that last pass already.

:class:`OpenSegment` is the state of one open segment (engine thread only); :func:`decode_words`
is one pass (in the worker), with the hallucination filter (``core/hallucination``) applied as
for a whole segment; :func:`stream_offline` runs the same passes one after the other on a
recording (benchmarks and tests: the words a streamed segment gives against one decode).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from voicecoach.core.audio_ops import SAMPLE_RATE
from voicecoach.core.hallucination import heard_words
from voicecoach.core.local_agreement import Agreement
from voicecoach.core.timeline import Span, Word


class LoopedPass(Exception):
    """A provisional pass whose transcript looped (:func:`decode_words`); ``words``: what was
    heard with the loops cut, good enough for the agreement (a later pass must confirm a word
    before it counts) but never a segment's final words."""

    def __init__(self, words: tuple[Word, ...]):
        super().__init__("the pass looped")
        self.words = words


@dataclass(frozen=True)
class PassResult:
    """What one pass gave: its words (turn clock) and the wall seconds it took."""

    words: tuple[Word, ...]
    seconds: float
    looped: bool = False
    """Whisper looped: the words are the loop cut back, not to be a segment's last words."""


@dataclass
class Pass:
    """One decode of the open segment, submitted to the worker: the audio from ``lo`` to
    ``until`` (turn clock, s), made on ``base`` (the agreement at the time; its cut is ``lo``);
    ``at_pause``: started after a pause began (it may end up covering the whole segment)."""

    lo: float
    until: float
    base: Agreement
    future: Future[PassResult]
    at_pause: bool


@dataclass
class OpenSegment:
    """The trainee's speech segment the VAD has opened and not closed yet (turn clock, s)."""

    start: float
    agreement: Agreement = field(default_factory=Agreement)
    """What the passes settled (its ``floor``: the segment's start less the padding)."""
    job: Pass | None = None
    """The pass in the worker, if any (never more than one)."""
    last: Pass | None = None
    """The last pass that finished (its result is in ``agreement`` when streaming)."""
    next_at: float = 0.0
    """Wall clock (``time.monotonic``) before which no streaming pass starts (the duty limit)."""
    pause_since: float | None = None
    """Turn clock (s) at which the current pause began (the VAD's probability fell below its end
    threshold), None while the trainee speaks."""
    pause_pass: bool = False
    """A pass was started in the current pause (one per pause)."""

    @property
    def last_until(self) -> float:
        """End of the audio the latest pass (running or finished) covers; the segment's start before any."""
        latest = self.job or self.last
        return latest.until if latest is not None else self.start

    def harvest(self, streaming: bool, duty: float) -> bool:
        """Take a finished pass: its words go into the agreement (when ``streaming``) and the
        next streaming pass waits so that passes use at most ``duty`` of the wall time. True
        when a pass was taken."""
        job = self.job
        if job is None or not job.future.done():
            return False
        self.job = None
        if job.future.cancelled() or job.future.exception() is not None:
            return True
        result = job.future.result()
        self.last = job
        if streaming and job.base is self.agreement:
            self.agreement = self.agreement.advance(result.words)
        self.next_at = time.monotonic() + result.seconds * max(0.0, 1.0 / max(duty, 1e-3) - 1.0)
        return True

    def covering(self, end: float) -> Pass | None:
        """The pass that can be the segment's last one: the latest pass (running or finished),
        if it was started in the final pause and covers the audio up to ``end`` (s; the segment's
        end and its padding). The
        agreement it was made on is its ``base`` (a finished one is the latest pass, so the
        current agreement grew from that base by its words alone)."""
        candidate = self.job or self.last
        if candidate is None or not candidate.at_pause or candidate.until < end - 1e-6:
            return None
        return candidate


def decode_words(
    transcriber: Any,
    audio: np.ndarray,
    *,
    language: str,
    offset: float,
    prompt: str | None,
    speech: Span,
    keep: tuple[float, float],
    before: Sequence[Word] = (),
    provisional: bool = False,
) -> tuple[Word, ...]:
    """One decode of ``audio`` (16 kHz mono, starting at ``offset`` s on the turn clock): the
    words Whisper heard in it that were said (``core.hallucination.heard_words`` with ``speech``
    as the speech span; ``before``, the words committed earlier in the segment, lead the pass
    there so that an invented tail after them is recognized as one in a whole decode), whose
    middle lies within ``keep``. ``transcriber`` is a ``Transcriber`` (segments kept) or
    anything with ``transcribe`` (one segment). ``provisional``: a pass a later decode replaces;
    when it loops it raises :class:`LoopedPass` with the words cut back (not decoded again: that
    takes several times as long)."""
    full = getattr(transcriber, "transcribe_full", None)
    looped = False
    if full is not None:  # Whisper's segments kept for heard_words
        options = {"retry_loops": False} if provisional else {}
        heard = full(audio, language=language, offset=offset, prompt=prompt, **options)
        looped = provisional and bool(getattr(heard, "looped", False))
        segments = [s.words for s in heard.segments]
    else:  # a transcriber with words only (a fake): one segment
        segments = [transcriber.transcribe(audio, language=language, offset=offset, prompt=prompt)]
    own = {id(word) for segment in segments for word in segment}
    groups = [list(before), *segments] if before else segments
    lo, hi = keep
    words = tuple(
        word for word in heard_words(groups, (speech,)) if id(word) in own and lo <= (word.start + word.end) / 2 <= hi
    )
    if looped:
        raise LoopedPass(words)
    return words


def stream_offline(
    transcriber: Any,
    audio: np.ndarray,
    speech: Span,
    *,
    language: str,
    prompt: str | None,
    interval: float,
    pad: float,
) -> tuple[tuple[Word, ...], int, float]:
    """The words of one speech segment (``speech``, s on ``audio``'s clock) decoded as the live
    engine streams it when every pass finishes before the next is due: passes over the audio
    from the agreement's cut to ``speech.start + k * interval`` (k = 1, 2, ... while inside the
    segment), then the last pass from the cut to ``speech.end + pad``. Returns the words, the
    number of passes and the seconds of audio the last pass decoded."""
    floor = max(0.0, speech.start - pad)
    agreement = Agreement(floor)
    passes = 0
    until = speech.start + interval
    while until < speech.end:
        lo = agreement.cut()
        words = decode_words(
            transcriber, _slice(audio, lo, until), language=language, offset=_first(lo) / SAMPLE_RATE,
            prompt=agreement.prompt(prompt), speech=Span(speech.start, until),
            keep=(speech.start - pad, until + pad), before=agreement.context(),
        )  # fmt: skip
        agreement = agreement.advance(words)
        passes += 1
        until += interval
    lo = agreement.cut()
    end = speech.end + pad
    words = decode_words(
        transcriber, _slice(audio, lo, end), language=language, offset=_first(lo) / SAMPLE_RATE,
        prompt=agreement.prompt(prompt), speech=speech, keep=(speech.start - pad, end),
        before=agreement.context(),
    )  # fmt: skip
    return agreement.finish(words), passes + 1, end - lo


def _first(seconds: float) -> int:
    return max(0, int(seconds * SAMPLE_RATE))


def _slice(audio: np.ndarray, lo: float, hi: float) -> np.ndarray:
    return audio[_first(lo) : max(_first(lo), int(np.ceil(hi * SAMPLE_RATE)))]


__all__ = ["OpenSegment", "Pass", "PassResult", "decode_words", "stream_offline"]
