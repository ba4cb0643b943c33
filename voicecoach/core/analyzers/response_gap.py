"""response_gap: the pause between the end of the customer's line and the start of the reply.

Shorter than ``min_gap`` (jumping in with no pause; an onset that already counts as an
interruption is left to that finding) or longer than ``dead_air`` (silence on the line).
"""

from __future__ import annotations

from voicecoach.core.analyzers._common import make_finding, round3, timing
from voicecoach.core.analyzers.interruption import cut_at
from voicecoach.core.analyzers.options import Context
from voicecoach.core.result import Finding
from voicecoach.core.timeline import Turn


def gap(turn: Turn, context: Context) -> float | None:
    """Seconds from the end of the customer's line to the reply (negative: overlapping); None if silent."""
    t = timing(turn, context)
    if t.reply is None or t.line_end is None:
        return None
    return t.reply.start - t.line_end


def analyze(turn: Turn, context: Context) -> list[Finding]:
    options = context.options
    t = timing(turn, context)
    if t.reply is None or t.line_end is None or not t.customer_floor:
        return []
    if (
        t.reply.start < t.customer_floor[0].start
        or cut_at(t.reply.start, t, options.onset_tolerance, options.pause_max) is not None
    ):
        return []
    seconds = t.reply.start - t.line_end
    if seconds < -options.onset_tolerance:
        return []  # started in a long pause of the line: neither jumping in at its end nor dead air
    if seconds < options.min_gap:
        reason = "too_fast"
    elif seconds > options.dead_air:
        reason = "dead_air"
    else:
        return []
    return [
        make_finding(
            context,
            "response_gap",
            severity="minor",
            skill="timing",
            start=min(t.line_end, t.reply.start),
            end=max(t.line_end, t.reply.start),
            evidence={"reason": reason, "gap": round3(max(seconds, 0.0)), "measured": round3(seconds)},
        )
    ]
