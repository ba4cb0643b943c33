"""The numbers of a turn: talk ratio, overlap, interruptions, gap, monologue, pace, fillers."""

from __future__ import annotations

from voicecoach.core.analyzers import filler_words, monologue, pace, response_gap
from voicecoach.core.analyzers._common import overlap_seconds, round3, speech_of, timing
from voicecoach.core.analyzers.options import Context
from voicecoach.core.result import Finding
from voicecoach.core.timeline import Turn


def _r(value: float | None) -> float | None:
    return None if value is None else round3(value)


def compute(
    turn: Turn, context: Context, findings: list[Finding] | tuple[Finding, ...]
) -> dict[str, float | int | None]:
    """Metrics of the turn. ``overlap_share`` is overlap over the time anyone spoke."""
    customer = speech_of(turn.customer)
    echoes = timing(turn, context).echoes
    trainee = [s for s in speech_of(turn.trainee) if not any(e.span.overlap(s) >= s.duration - 1e-6 for e in echoes)]
    customer_s = sum(s.duration for s in customer)
    trainee_s = sum(s.duration for s in trainee)
    overlap = overlap_seconds(turn, context)
    anyone = customer_s + trainee_s - overlap
    longest = monologue.longest(turn, context)
    wpm, _ = pace.words_per_minute(turn, context)
    rate, _ = filler_words.filler_rate(turn, context)
    kinds = [f.kind for f in findings]
    return {
        "talk_ratio": _r(trainee_s / (customer_s + trainee_s)) if customer_s + trainee_s > 0 else None,
        "customer_seconds": _r(customer_s),
        "trainee_seconds": _r(trainee_s),
        "overlap_seconds": _r(overlap),
        "overlap_share": _r(overlap / anyone) if anyone > 0 else 0.0,
        "interruptions": kinds.count("interruption"),
        "backchannels": kinds.count("backchannel"),
        "interjections": kinds.count("yielded")
        + sum(1 for f in findings if f.kind == "talk_over" and f.evidence.get("reason") == "no_yield"),
        "response_gap": _r(response_gap.gap(turn, context)),
        "longest_monologue": _r(longest.duration) if longest is not None else 0.0,
        "words_per_minute": None if wpm is None else round(wpm, 1),
        "filler_rate": None if rate is None else round(rate, 2),
        "trainee_words": len(turn.trainee.words),
        "customer_words": len(turn.customer.words),
    }
