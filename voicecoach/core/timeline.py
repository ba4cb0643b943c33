"""One turn of a conversation as data: who spoke when, and which words, on one clock.

Times are seconds from the start of the turn (the start of the customer's line in live
practice, the start of the files in ``analyze``). The same ``Turn`` comes from live audio,
from two files and from a stereo call recording; tests build it from literal numbers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Span:
    """A stretch of speech on one side."""

    start: float
    end: float

    @property
    def duration(self) -> float:
        return max(0.0, self.end - self.start)

    def overlap(self, other: Span) -> float:
        """Seconds both spans cover."""
        return max(0.0, min(self.end, other.end) - max(self.start, other.start))


@dataclass(frozen=True)
class Word:
    """A transcribed word with its time on the turn's clock."""

    text: str
    start: float
    end: float
    probability: float = 1.0


@dataclass(frozen=True)
class Track:
    """One side of the conversation: speech spans (from VAD) and words (from transcription)."""

    speech: tuple[Span, ...] = ()
    words: tuple[Word, ...] = ()

    @property
    def text(self) -> str:
        return " ".join(word.text.strip() for word in self.words).strip()

    @property
    def speech_seconds(self) -> float:
        return sum(span.duration for span in self.speech)

    @property
    def first_start(self) -> float | None:
        return self.speech[0].start if self.speech else None

    @property
    def last_end(self) -> float | None:
        return self.speech[-1].end if self.speech else None

    def words_between(self, start: float, end: float) -> tuple[Word, ...]:
        """Words whose middle lies inside [start, end]."""
        return tuple(word for word in self.words if start <= (word.start + word.end) / 2 <= end)


@dataclass(frozen=True)
class Turn:
    """Customer and trainee tracks of one turn.

    ``line_end`` is when the customer's scripted line ended (or would have ended, had the
    persona not stopped); customer speech after the trainee started replying is an
    interjection. ``line_cut`` is when the persona stopped its line because it was cut off
    (a live call, ``patience: low``), or None: what the customer says after it (the protest) is
    no part of the line. ``duration`` is the length of the recording.
    """

    customer: Track
    trainee: Track
    duration: float
    line_end: float | None = None
    #: Seconds of the customer's line that reached the microphone as echo, when measured.
    echo_delay: float | None = None
    notes: tuple[str, ...] = field(default=())
    line_cut: float | None = None

    def to_json(self) -> dict[str, Any]:
        """The whole turn as JSON-ready dicts, unrounded (what the history stores as the timeline)."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Turn:
        """The turn back from :meth:`to_json`; missing keys take the defaults (empty tracks, 0 s)."""

        def track(side: Mapping[str, Any]) -> Track:
            return Track(
                speech=tuple(Span(s["start"], s["end"]) for s in side.get("speech", [])),
                words=tuple(
                    Word(w["text"], w["start"], w["end"], w.get("probability", 1.0)) for w in side.get("words", [])
                ),
            )

        return cls(
            customer=track(data.get("customer", {})),
            trainee=track(data.get("trainee", {})),
            duration=data.get("duration", 0.0),
            line_end=data.get("line_end"),
            echo_delay=data.get("echo_delay"),
            notes=tuple(data.get("notes", ())),
            line_cut=data.get("line_cut"),
        )

    @property
    def customer_line_end(self) -> float:
        if self.line_end is not None:
            return self.line_end
        return self.customer.last_end or 0.0


def align_text(text: str, spans: Sequence[Span]) -> tuple[Word, ...]:
    """The words of ``text`` spread over ``spans`` (seconds) in proportion to their length in
    characters: a scripted line placed on the speech that said it (the live call's customer line,
    and ``voicecoach analyze`` of a scenario's turn). Empty when either is empty."""
    tokens = text.split()
    if not tokens or not spans:
        return ()
    total_time = sum(span.duration for span in spans)
    weights = [len(token) + 1 for token in tokens]
    total_weight = float(sum(weights))
    words: list[Word] = []
    position = 0.0  # seconds of speech used so far
    for token, weight in zip(tokens, weights):
        length = total_time * weight / total_weight
        start = _speech_time(spans, position)
        end = _speech_time(spans, position + length * 0.9)
        words.append(Word(token, round(start, 3), round(max(end, start), 3)))
        position += length
    return tuple(words)


def _speech_time(spans: Sequence[Span], offset: float) -> float:
    """The clock time ``offset`` seconds into the speech of ``spans``."""
    for span in spans:
        if offset <= span.duration:
            return span.start + offset
        offset -= span.duration
    return spans[-1].end
