"""A hand-written fake of the Piper speaker for engine tests: lines cut from real recordings.

Shared by tests/live and tests/tui, so both drive the call engine with the same stand-in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

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
