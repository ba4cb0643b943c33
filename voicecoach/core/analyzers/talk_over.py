"""talk_over: both sides speaking at once for too long, or not yielding to an interjection.

Two cases, each reported once:

- ``no_yield``: the customer cuts in while the trainee is speaking (an interjection: customer
  speech that starts after the trainee started and before the trainee stops) and the trainee
  goes on for more than ``yield_within`` seconds. Yielding in time is reported as ``yielded``
  (info, no penalty), unless the trainee starts again before the customer has finished: then
  the same moment is not praised, the return is an interruption of the interjection.
  Customer backchannels ("mhm") are not interjections.
- ``overlap``: any other stretch of simultaneous speech longer than ``talk_over_min``. When the
  stretch is the continuation of the trainee's own interruption it is minor (the interruption
  already costs the major penalty).
"""

from __future__ import annotations

from voicecoach.core.analyzers._common import make_finding, merge_spans, overlap_seconds, round3, timing
from voicecoach.core.analyzers.interruption import cut_at
from voicecoach.core.analyzers.options import Context
from voicecoach.core.result import Finding
from voicecoach.core.timeline import Span, Turn


def analyze(turn: Turn, context: Context) -> list[Finding]:
    options = context.options
    t = timing(turn, context)
    speaking = [u for u in t.trainee if not u.backchannel]
    findings: list[Finding] = []
    handled: list[Span] = []
    for c in t.customer_floor:
        if t.line_end_known and t.line_end is not None and c.start < t.line_end - options.onset_tolerance:
            continue  # the customer's own line going on: not an interjection
        u = next((u for u in speaking if u.start + options.onset_tolerance <= c.start < u.end), None)
        if u is None:
            continue
        kept = u.end - c.start
        handled.append(Span(c.start, max(u.end, c.end)))
        overlap = c.span.overlap(u.span)
        came_back = any(u.end <= v.start < c.end - options.onset_tolerance for v in speaking)
        if kept <= options.yield_within and came_back:
            continue  # stopped, but cut back in before the customer finished: that return is the interruption
        if kept <= options.yield_within:
            findings.append(
                make_finding(
                    context,
                    "yielded",
                    severity="info",
                    skill="timing",
                    start=c.start,
                    end=u.end,
                    evidence={"yield_s": round3(max(kept, 0.0)), "overlap": round3(overlap)},
                    penalty=0.0,
                )
            )
        else:
            findings.append(
                make_finding(
                    context,
                    "talk_over",
                    severity="major",
                    skill="timing",
                    start=c.start,
                    end=u.end,
                    evidence={
                        "reason": "no_yield",
                        "kept": round3(kept),
                        "overlap": round3(overlap),
                        "seconds": round3(overlap_seconds(turn, context, c.start, max(u.end, c.end))),
                    },
                )
            )
    pieces = [
        Span(max(c.start, u.start), min(c.end, u.end))
        for c in t.customer_floor
        for u in speaking
        if c.span.overlap(u.span) > 0
    ]
    for stretch in merge_spans(pieces, options.merge_gap):
        seconds = overlap_seconds(turn, context, stretch.start, stretch.end)  # what the timeline shows
        if seconds <= options.talk_over_min:
            continue
        if any(h.start - 0.01 <= stretch.start and stretch.end <= h.end + 0.01 for h in handled):
            continue
        owner = next((u for u in speaking if u.span.overlap(stretch) > 0), None)
        after_interruption = (
            owner is not None and cut_at(owner.start, t, options.onset_tolerance, options.pause_max) is not None
        )
        findings.append(
            make_finding(
                context,
                "talk_over",
                severity="minor" if after_interruption else "major",
                skill="timing",
                start=stretch.start,
                end=stretch.end,
                evidence={"reason": "overlap", "seconds": round3(seconds), "after_interruption": after_interruption},
            )
        )
    return findings
