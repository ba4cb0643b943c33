"""The analyzers the judge runs, in order.

:data:`ANALYZERS` lists them in the order the judge runs them. ``TIMING`` analyzers look only at
the timeline; ``TEXT`` analyzers need the reply's words and are skipped when the trainee did not
reply. No analyzer imports this module (it imports them all).
"""

from __future__ import annotations

from collections.abc import Callable

from voicecoach.core.analyzers import (
    avoid_phrase,
    contradiction,
    filler_words,
    form_of_address,
    interruption,
    monologue,
    no_acknowledgement,
    no_need_question,
    not_listening,
    pace,
    pushed_after_no,
    response_gap,
    silent_reply,
    talk_over,
)
from voicecoach.core.analyzers.options import Context
from voicecoach.core.result import Finding
from voicecoach.core.timeline import Turn

Analyzer = Callable[[Turn, Context], list[Finding]]

TIMING: tuple[Analyzer, ...] = (
    silent_reply.analyze,
    interruption.analyze,
    talk_over.analyze,
    response_gap.analyze,
    monologue.analyze,
)
TEXT: tuple[Analyzer, ...] = (
    not_listening.analyze,
    contradiction.analyze,
    pushed_after_no.analyze,
    no_acknowledgement.analyze,
    no_need_question.analyze,
    avoid_phrase.analyze,
    form_of_address.analyze,
    filler_words.analyze,
    pace.analyze,
)
ANALYZERS: tuple[Analyzer, ...] = TIMING + TEXT

__all__ = ["ANALYZERS", "TEXT", "TIMING", "Analyzer"]
