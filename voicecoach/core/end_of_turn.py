"""Deciding that the trainee's reply is finished: the protocol of an end-of-turn model and its gate.

A fixed silence (``EngineOptions.end_of_turn_silence``, 0.8 s) cuts off a trainee who pauses to
think and keeps a finished one waiting. An end-of-turn model listens to how the speech ends
(intonation, pace) and says how likely the reply is finished. The live engine asks it once per
pause, as soon as the pause is ``min_pause`` long, on the last ``window`` seconds of the reply,
and :meth:`EndOfTurnRule.verdict` decides with the model's probability and the speculative
transcript of the reply so far:

- probability ``> finish_above`` and a transcript that does not end in mid-sentence (a comma, a
  conjunction, an article, ...: :func:`unfinished_text`): finished, the turn ends now;
- probability ``< wait_below``, or a transcript that ends in mid-sentence: unfinished, the turn
  ends only after ``unfinished_silence`` of silence (or when the trainee speaks again and pauses
  again, which asks again);
- otherwise (unsure, or the transcript not ready yet): the plain silence rule decides.

Without a model the silence rule alone decides, as before. Smart Turn's own numbers (pipecat's
``pipecat/audio/turn/smart_turn``, BSD-2-Clause): 8 s of 16 kHz audio, "complete" above 0.5,
asked after a 0.2 s VAD stop, 3 s silence fallback. The gate's stricter values (a longer pause
before asking, a higher probability, the transcript veto) are tuned on half of
``benchmarks/end_of_turn.py``'s replies and checked on the other half (docs/benchmarks.md,
"End of turn"); the transcript veto is the idea of LiveKit's turn detector (a reply whose text
is not a finished sentence waits longer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Protocol

import numpy as np

from voicecoach.core.words.turn_ends import CONTINUATION_MARKS, CONTINUATIONS

Verdict = Literal["finished", "unfinished", "unsure"]

#: Two or more full stops at the end, spaced or not: Whisper's "...", ". . ." or ". ." when speech trails off.
_ELLIPSIS = re.compile(r"\.(\s*\.)+$")


class EndOfTurn(Protocol):
    """An end-of-turn model (the adapter: ``voicecoach.adapters.end_of_turn.SmartTurn``)."""

    def probability(self, audio16k: np.ndarray) -> float:
        """How likely the speech in ``audio16k`` (float32 mono, 16 kHz, the end of a reply
        including the pause after it; any length, only the last ``EndOfTurnRule.window`` seconds
        count) is a finished turn, in [0, 1]."""
        ...


def unfinished_text(text: str, language: str) -> bool:
    """True when the transcript ``text`` ends in mid-sentence: with a comma, colon, dash or
    ellipsis, or with a word no sentence ends with (a conjunction, an article, a preposition
    that is not a verb particle, a filler; ``core.words.turn_ends``) in ``language`` ("de"/"en";
    another language: the punctuation alone). An empty text is not unfinished (nothing to say)."""
    stripped = text.strip()
    if not stripped:
        return False
    if _ELLIPSIS.search(stripped) or stripped[-1] in CONTINUATION_MARKS:
        return True
    last = stripped.split()[-1].strip("\"'„“”‚‘’»«.!?").lower()
    return last in CONTINUATIONS.get(language, frozenset())


@dataclass(frozen=True)
class EndOfTurnRule:
    """When the live engine asks an :class:`EndOfTurn` model and what its answer and the
    transcript decide (:meth:`verdict`). Times in seconds, probabilities in [0, 1].

    The defaults are the gate chosen on the tuning half of ``benchmarks/end_of_turn.py`` (Piper
    English, SVOX Pico and espeak-ng German, real English and German speech; docs/benchmarks.md,
    "End of turn"). No gate of the grid kept every reply the silence rule keeps (4 English and
    3 German cut on the tuning half, 2 and 4 on the held-out half), so the live call uses the
    model only on request (``Settings.end_of_turn``)."""

    min_pause: float = 0.5
    """Pause after speech before the model is asked. pipecat asks after its VAD's 0.2 s stop;
    at 0.3 s synthesized replies were ended at comma and sentence pauses the silence rule keeps
    (SVOX Pico pauses 0.54-0.58 s between sentences)."""
    finish_above: float = 0.98
    """Probability above which the reply counts as finished (pipecat: ``> 0.5``). Tuned: at comma
    pauses of 0.6 s the model said 0.95-0.99 for synthesized and real speech alike."""
    wait_below: float = 0.3
    """Probability below which the reply counts as unfinished and waits ``unfinished_silence``."""
    transcript_gate: bool = True
    """Ask the speculative transcript too: finished only when it is ready and does not end in
    mid-sentence (:func:`unfinished_text`); until it is ready the silence rule decides."""
    window: float = 8.0
    """Seconds of the reply's end the model hears (Smart Turn v3 is trained on 8 s windows)."""
    pre_speech: float = 0.5
    """Audio kept before the reply's first speech (pipecat's ``pre_speech_ms``)."""
    unfinished_silence: float = 2.0
    """Silence that ends a reply judged unfinished: the upper bound, so a wrong
    "unfinished" costs at most this wait; never shorter than the plain silence rule. Shorter than
    pipecat's 3 s because a trainee who stopped waits for feedback."""

    def __post_init__(self) -> None:
        if not 0.0 <= self.wait_below <= self.finish_above < 1.0 or self.finish_above <= 0.0:
            raise ValueError("EndOfTurnRule needs 0 <= wait_below <= finish_above < 1 (finish_above > 0)")
        if min(self.min_pause, self.window, self.pre_speech, self.unfinished_silence) < 0 or self.window <= 0:
            raise ValueError("EndOfTurnRule times must not be negative (window > 0)")

    @property
    def threshold(self) -> float:
        """The probability above which the model alone counts as "finished" (``finish_above``)."""
        return self.finish_above

    def verdict(self, probability: float, text: str | None = None, language: str = "en") -> Verdict:
        """The gate on one pause: the model's ``probability`` and the transcript of the reply so
        far (``text``; None while it is not ready) in ``language``. "finished": end the turn
        now; "unfinished": wait up to :meth:`upper_bound`; "unsure": the silence rule decides."""
        if self.transcript_gate and text is not None and unfinished_text(text, language):
            return "unfinished"
        if probability < self.wait_below:
            return "unfinished"
        if probability <= self.finish_above:
            return "unsure"
        if self.transcript_gate and text is None:
            return "unsure"
        return "finished"

    def finished(self, probability: float) -> bool:
        """True when ``probability`` alone says the reply is finished (``> finish_above``)."""
        return probability > self.finish_above

    def upper_bound(self, silence: float) -> float:
        """Silence that ends a reply judged unfinished, given the plain silence rule ``silence``."""
        return max(silence, self.unfinished_silence)


RULES: dict[str, EndOfTurnRule | None] = {
    "en": EndOfTurnRule(),
    "de": EndOfTurnRule(),
}
"""The gate per scenario language when the model is asked for (``Settings.end_of_turn:
smart-turn``), as tuned (docs/benchmarks.md, "End of turn"; the grid chose the same gate for
both); None would keep the plain silence rule for that language."""


def rule_for(language: str) -> EndOfTurnRule | None:
    """The end-of-turn gate for a scenario in ``language``, or None when the live call keeps the
    plain silence rule for it; :class:`EndOfTurnRule` defaults for a language not benchmarked."""
    return RULES.get(language, EndOfTurnRule())


__all__ = ["RULES", "EndOfTurn", "EndOfTurnRule", "Verdict", "rule_for", "unfinished_text"]
