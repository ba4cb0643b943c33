"""Hand-written fakes of the speech adapters for engine tests: the Piper speaker (lines cut from
real recordings) and the Whisper transcriber (words spread over the audio it gets).

Shared by tests/live and tests/tui, so both drive the call engine with the same stand-ins.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from voicecoach.core.timeline import Word

SR = 16_000


@dataclass
class Clip:
    samples: np.ndarray
    sample_rate: int = SR
    voice: str = "test-voice"
    note: str | None = None


class FakeSpeaker:
    """``speech`` holds "line" and "protest", optionally "line2" (for the turn with id
    "second") and "interjection" (else the protest clip stands in)."""

    def __init__(self, speech: dict[str, np.ndarray]):
        self.speech = speech
        self.texts: list[str] = []

    def render_step(self, loaded: Any, step: Any) -> Clip:
        second = step.id == "second" and "line2" in self.speech
        return Clip(self.speech["line2" if second else "line"])

    def render_interjection(self, loaded: Any, step: Any) -> Clip | None:
        if not step.interjection:
            return None
        return Clip(self.speech.get("interjection", self.speech["protest"]))

    def render_text(self, text: str, **_: Any) -> Clip:
        self.texts.append(text)
        return Clip(self.speech["protest"])


class FakeTranscriber:
    """Hears ``words`` in the audio it gets: one word every ``every`` seconds of samples (at least
    one), the i-th from ``offset + start + i * every``, ``length`` seconds long. With ``cycle`` the
    words repeat for as long as the audio lasts; without, it stops after the last one. ``calls``
    counts the transcriptions."""

    info = None

    def __init__(
        self,
        words: tuple[str, ...] = ("thanks", "for", "waiting"),
        *,
        every: float = 0.4,
        start: float = 0.2,
        length: float = 0.3,
        cycle: bool = True,
    ):
        self.words = words
        self.every, self.start, self.length, self.cycle = every, start, length, cycle
        self.calls = 0

    def transcribe(
        self, samples: np.ndarray, *, language: str | None, offset: float = 0.0, prompt: str | None = None
    ) -> tuple[Word, ...]:
        self.calls += 1
        count = max(1, int(len(samples) / SR / self.every))
        if not self.cycle:
            count = min(len(self.words), count)
        return tuple(
            Word(
                self.words[i % len(self.words)],
                offset + self.start + i * self.every,
                offset + self.start + i * self.every + self.length,
            )
            for i in range(count)
        )
