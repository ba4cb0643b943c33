"""One turn of a live call as data, and the pure helpers the engine uses on it.

:class:`Prepared` is a customer clip ready to play; :class:`TurnState` is a turn in progress
(what was played when, the microphone so far, the speech segments and their transcriptions, the
open segment's passes);
:class:`JudgedTurn` is what is kept of it. The helpers (:func:`align_text`,
:func:`without_echo`) are pure, so all of this is testable without threads or devices.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from voicecoach.core.audio_ops import SAMPLE_RATE, StreamResampler
from voicecoach.core.backend import SimulatedReply
from voicecoach.core.scenario import Step
from voicecoach.core.timeline import Span, Turn, Word, align_text
from voicecoach.live.streaming import OpenSegment

if TYPE_CHECKING:
    from voicecoach.adapters.library import LoadedScenario
    from voicecoach.core.result import TurnResult


# -- what the call needs from the speech synthesis --------------------------------------------


class ClipLike(Protocol):
    """A rendered customer clip (``voicecoach.adapters.piper_tts.Clip``)."""

    samples: np.ndarray
    sample_rate: int
    voice: str
    note: str | None


class SpeakerLike(Protocol):
    """``voicecoach.adapters.piper_tts.Speaker``."""

    def render_step(self, loaded: LoadedScenario, step: Step) -> ClipLike: ...

    def render_interjection(self, loaded: LoadedScenario, step: Step) -> ClipLike | None: ...

    def render_text(
        self, text: str, *, language: str, voice: str | None = None, speaker: int | None = None, rate: float = 1.0
    ) -> ClipLike: ...


TraineeScript = Callable[[str, int, float, "Prepared"], Sequence[SimulatedReply]]
"""Demo/test hook: (turn_id, number, line_start stream time, prepared line) -> replies to place."""


@dataclass(frozen=True)
class Prepared:
    """A customer clip ready for the call: audio at 16 kHz and at the backend's rate, its speech."""

    text: str
    samples16k: np.ndarray
    playback: np.ndarray
    spans: tuple[Span, ...]
    voice: str = ""
    note: str = ""

    @property
    def duration(self) -> float:
        return len(self.samples16k) / SAMPLE_RATE

    @property
    def speech_end(self) -> float:
        return self.spans[-1].end if self.spans else self.duration


# -- one turn in progress ------------------------------------------------------------------------


@dataclass
class SpeechSegment:
    """One stretch of the trainee's speech the VAD closed (turn clock, s) and its transcription."""

    start: float
    end: float
    future: Future[tuple[Word, ...]] | None = None


class SampleBuffer:
    """The microphone of one turn: float32 mono samples appended block by block, read back as
    slices. It grows by doubling, so appending a block is amortized O(block) and reading
    ``[first:last]`` costs only that span: the engine reads the open segment several times a
    second, and concatenating a list of every block so far each time made a long turn quadratic
    in its length (issue 12).
    """

    def __init__(self, capacity: int = SAMPLE_RATE * 30) -> None:
        self._data = np.zeros(max(1, int(capacity)), np.float32)
        self._size = 0

    def append(self, block: np.ndarray) -> None:
        """Add ``block`` (1-D samples) at the end."""
        block = np.asarray(block, np.float32).reshape(-1)
        need = self._size + len(block)
        if need > len(self._data):
            grown = np.zeros(max(need, 2 * len(self._data)), np.float32)
            grown[: self._size] = self._data[: self._size]
            self._data = grown
        self._data[self._size : need] = block
        self._size = need

    def __len__(self) -> int:
        return self._size

    def __bool__(self) -> bool:
        return self._size > 0

    def slice(self, first: int = 0, last: int | None = None) -> np.ndarray:
        """A copy of samples ``[first:last]`` (Python slice rules on the samples so far; a copy,
        because a worker thread decodes it while blocks keep arriving)."""
        return self._data[: self._size][first:last].copy()


@dataclass(frozen=True)
class Speculation:
    """The reply judged during the pause, before the silence rule ends the turn: the turn as it
    will be built if no more speech comes (``built``, its duration where the turn will end) and
    its judgement (``result``). Used only when the finished turn is built equal to ``built``, so
    the verdict is the one judging afterwards would give."""

    segments: int  # closed segments it was built from
    built: Turn
    result: Future[TurnResult]


@dataclass
class TurnState:
    """One turn in progress: the customer audio placed, the microphone so far, the speech found."""

    turn_id: str
    number: int
    step: Step
    line: Prepared
    line_start: float  # stream time of turn clock 0
    interjection: Prepared | None
    attempt: int = 1  # 2 and up: a retry of the same reply, asked for from the feedback
    mic: SampleBuffer = field(default_factory=SampleBuffer)
    fed: int = 0  # 16 kHz samples on the turn clock so far
    customer: list[tuple[float, Prepared, float | None]] = field(default_factory=list)  # (start, clip, cut)
    line_cut: float | None = None
    customer_done_posted: bool = False
    first_start: float | None = None
    open_start: float | None = None
    segments: list[SpeechSegment] = field(default_factory=list)
    stream: OpenSegment | None = None  # the open segment's passes (live/streaming.py)
    interrupted: bool = False
    interjection_at: float | None = None
    interjection_posted: bool = False
    last_level: float = -1.0
    partial_posted: int = 0  # closed segments whose words were posted (PartialTranscript)
    partial_committed: int = 0  # committed words of the open segment posted with them
    done: str | None = None
    unanswered: bool = False
    notes: list[str] = field(default_factory=list)
    resampler: StreamResampler | None = None
    mic_peak: float = 0.0  # largest microphone sample so far (before mute), until mic_checked
    mic_checked: bool = False  # the silent-microphone check ran for this turn
    muted_seen: bool = False  # the microphone was muted for some of the turn
    muted_after_line: int = 0  # samples muted after the customer's line ended
    last_block: int = 0  # samples of the last block appended (the grid the turn's end falls on)
    speculation: Speculation | None = None  # the reply judged ahead, in the pause (engine)

    def was_muted(self, muted_now: bool) -> bool:
        """True when the microphone is muted at the end of the turn, or was for at least half of
        the time after the customer's line (muting while the customer speaks is not answering
        muted)."""
        if not self.muted_seen:
            return False
        after_line = self.fed - int(round(self.line.speech_end * SAMPLE_RATE))
        return muted_now or self.muted_after_line * 2 >= max(1, after_line)

    @property
    def now(self) -> float:
        return self.fed / SAMPLE_RATE

    def customer_busy_until(self, started_by: float | None = None) -> float:
        """End of the customer audio placed so far (turn clock); with ``started_by``, of the audio
        that started by then only (a scheduled interjection not yet reached does not count)."""
        ends = [
            start + (clip.duration if cut is None else max(0.0, cut - start))
            for start, clip, cut in self.customer
            if started_by is None or start <= started_by
        ]
        return max(ends, default=0.0)

    def worker_idle(self) -> bool:
        """True when no transcription is waiting or running: no segment's, no pass over the open segment."""
        if self.stream is not None and self.stream.job is not None and not self.stream.job.future.done():
            return False
        return all(segment.future is None or segment.future.done() for segment in self.segments)

    def customer_signal(self, first: int, count: int) -> np.ndarray:
        """The customer's audio on the turn clock, samples [first, first + count) at 16 kHz."""
        out = np.zeros(count, np.float32)
        for start, clip, cut in self.customer:
            begin = int(round(start * SAMPLE_RATE))
            samples = clip.samples16k
            if cut is not None:
                samples = samples[: max(0, int(round((cut - start) * SAMPLE_RATE)))]
            lo, hi = max(first, begin), min(first + count, begin + len(samples))
            if hi > lo:
                out[lo - first : hi - first] += samples[lo - begin : hi - begin]
        return out


@dataclass(frozen=True)
class JudgedTurn:
    """What the engine keeps of a judged turn: the result and where its two recordings went
    (``index``: the turn's number in the store, None when the call is not saved)."""

    result: TurnResult
    customer_audio: Path | None
    trainee_audio: Path | None
    index: int | None


# -- pure helpers ----------------------------------------------------------------------------------


def without_echo(block: np.ndarray, echo: np.ndarray) -> np.ndarray:
    """``block`` with the expected ``echo`` of the customer taken out, but only where that makes
    it quieter: an echo that is not there (a saved headset check from another headset, or one
    that no longer fits) would otherwise add the customer's voice to the microphone, and the
    trainee would "interrupt" with it."""
    if not len(block) or not np.any(echo):
        return block
    cleaned = block - echo
    if float(np.dot(cleaned, cleaned)) >= float(np.dot(block, block)):
        return block
    return cleaned


__all__ = [
    "ClipLike",
    "JudgedTurn",
    "Prepared",
    "SpeakerLike",
    "SpeechSegment",
    "TraineeScript",
    "TurnState",
    "align_text",
    "without_echo",
]
