"""Judging a typed reply: a scenario turn's line and the reply's text on a calm timeline.

The customer says the step's line, the trainee starts ``GAP`` seconds after it ends and speaks
at a calm pace, so no timing finding arises: what comes back are the content findings (what
was said) and the score. Used by ``voicecoach judge`` and the text-mode benchmark, so a
trainer can try a scenario's lists in seconds and benchmarks can tell the judge's errors from
the recogniser's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from voicecoach.core.analyzers.options import JudgeOptions
from voicecoach.core.judge import judge
from voicecoach.core.language import PLAIN, LanguageResources
from voicecoach.core.result import TurnResult
from voicecoach.core.scenario import Scenario
from voicecoach.core.timeline import Span, Track, Turn, Word

#: Seconds per typed word (a calm pace: 150 words a minute), and from the line to the reply.
WORD_SECONDS = 0.4
GAP = 0.6


def _spoken(text: str, start: float) -> tuple[Span, tuple[Word, ...]]:
    pieces = text.split()
    words = tuple(
        Word(piece, round(start + i * WORD_SECONDS, 3), round(start + (i + 1) * WORD_SECONDS - 0.05, 3))
        for i, piece in enumerate(pieces)
    )
    return Span(start, start + len(pieces) * WORD_SECONDS), words


def text_turn(line: str, reply: str) -> Turn:
    """A turn where the customer says ``line`` and the trainee answers ``reply`` after a pause."""
    customer_span, customer_words = _spoken(line, 0.0)
    trainee_span, trainee_words = _spoken(reply, customer_span.end + GAP)
    return Turn(
        customer=Track(speech=(customer_span,), words=customer_words),
        trainee=Track(speech=(trainee_span,) if trainee_words else (), words=trainee_words),
        duration=trainee_span.end + 0.5,
        line_end=customer_span.end,
    )


def judge_text(
    scenario: Scenario,
    step_id: str,
    reply: str,
    *,
    options: JudgeOptions = JudgeOptions(),
    resources: LanguageResources = PLAIN,
    played: Sequence[str] | None = None,
) -> TurnResult:
    """Judge the typed ``reply`` to the scenario turn ``step_id``."""
    step = scenario.step(step_id)
    return judge(
        text_turn(step.say, reply),
        language=scenario.language,
        scenario=scenario,
        step_id=step_id,
        options=replace(options, typed=True),  # typed: no recogniser slips to forgive
        models={"source": {"typed": True}},
        resources=resources,
        played=played,
    )
