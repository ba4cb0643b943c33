"""monologue: the trainee talks on for longer than ``monologue_max`` seconds without a break.

A stretch ends at a pause of ``monologue_gap`` or more, or where the customer speaks.
"""

from __future__ import annotations

from voicecoach.core.analyzers._common import make_finding, round3, timing
from voicecoach.core.analyzers.options import Context
from voicecoach.core.result import Finding
from voicecoach.core.timeline import Span, Turn


def stretches(turn: Turn, context: Context) -> list[Span]:
    t = timing(turn, context)
    result: list[Span] = []
    for u in (u for u in t.trainee if not u.backchannel):
        if result:
            last = result[-1]
            customer_between = any(last.end <= c.start < u.start for c in t.customer_floor)
            if u.start - last.end < context.options.monologue_gap and not customer_between:
                result[-1] = Span(last.start, max(last.end, u.end))
                continue
        result.append(u.span)
    return result


def longest(turn: Turn, context: Context) -> Span | None:
    found = stretches(turn, context)
    return max(found, key=lambda s: s.duration) if found else None


def analyze(turn: Turn, context: Context) -> list[Finding]:
    span = longest(turn, context)
    if span is None or span.duration <= context.options.monologue_max:
        return []
    return [
        make_finding(
            context,
            "monologue",
            severity="minor",
            skill="timing",
            start=span.start,
            end=span.end,
            evidence={"seconds": round3(span.duration)},
        )
    ]
