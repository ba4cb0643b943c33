"""Deciding that the trainee's reply is finished: the protocol of an end-of-turn model and its rule.

A fixed silence (``EngineOptions.end_of_turn_silence``, 0.8 s) cuts off a trainee who pauses to
think and keeps a finished one waiting. An end-of-turn model listens to how the speech ends
(intonation, pace) and says how likely the reply is finished. The live engine asks it once per
pause, as soon as the pause is ``min_pause`` long, on the last ``window`` seconds of the reply:

- probability ``> threshold``: the reply is finished, the turn ends now;
- otherwise: unfinished, the turn ends only after ``unfinished_silence`` of silence (or when the
  trainee speaks again and pauses again, which asks the model again).

Without a model the silence rule alone decides, as before. The numbers are those of pipecat's
Smart Turn v3 analyzer (``pipecat/audio/turn/smart_turn``, BSD-2-Clause): 8 s of 16 kHz audio,
"complete" above 0.5; its own silence fallback (``stop_secs``) is 3 s.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np


class EndOfTurn(Protocol):
    """An end-of-turn model (the adapter: ``voicecoach.adapters.end_of_turn.SmartTurn``)."""

    def probability(self, audio16k: np.ndarray) -> float:
        """How likely the speech in ``audio16k`` (float32 mono, 16 kHz, the end of a reply
        including the pause after it; any length, only the last ``EndOfTurnRule.window`` seconds
        count) is a finished turn, in [0, 1]."""
        ...


@dataclass(frozen=True)
class EndOfTurnRule:
    """When and how the live engine asks an :class:`EndOfTurn` model. Times in seconds."""

    min_pause: float = 0.3
    """Pause after speech before the model is asked. The VAD closes a segment after 0.3 s of
    silence (``VadOptions.min_silence``); pipecat asks after its VAD's 0.2 s stop."""
    threshold: float = 0.5
    """Probability above which the reply counts as finished (pipecat: ``probability > 0.5``)."""
    window: float = 8.0
    """Seconds of the reply's end the model hears (Smart Turn v3 is trained on 8 s windows)."""
    pre_speech: float = 0.5
    """Audio kept before the reply's first speech (pipecat's ``pre_speech_ms``)."""
    unfinished_silence: float = 2.0
    """Silence that ends a reply the model judged unfinished: the upper bound, so a wrong
    "unfinished" costs at most this wait; never shorter than the plain silence rule. Shorter than
    pipecat's 3 s because a trainee who stopped waits for feedback."""

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold < 1.0:
            raise ValueError("EndOfTurnRule.threshold must lie between 0 and 1")
        if min(self.min_pause, self.window, self.pre_speech, self.unfinished_silence) < 0 or self.window <= 0:
            raise ValueError("EndOfTurnRule times must not be negative (window > 0)")

    def finished(self, probability: float) -> bool:
        """True when ``probability`` says the reply is finished."""
        return probability > self.threshold

    def upper_bound(self, silence: float) -> float:
        """Silence that ends a reply judged unfinished, given the plain silence rule ``silence``."""
        return max(silence, self.unfinished_silence)


__all__ = ["EndOfTurn", "EndOfTurnRule"]
