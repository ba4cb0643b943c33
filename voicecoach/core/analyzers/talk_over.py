"""talk_over: both sides speaking at once for too long, or not yielding to an interjection.

Two cases, each reported once:

- ``no_yield``: the customer cuts in while the trainee is speaking (an interjection: customer
  speech that starts after the trainee started and before the trainee stops) and the trainee
  goes on for more than ``yield_within`` seconds. Yielding in time is reported as ``yielded``
  (info, no penalty), unless the trainee starts again before the customer has finished: then
  the same moment is not praised, the return is an interruption of the interjection.
  Customer backchannels ("mhm") are not interjections; an interjection with a breath in it
  (under ``pause_max``) is one.
- ``overlap``: any other stretch of simultaneous speech longer than ``talk_over_min``. When the
  stretch is the continuation of the trainee's own interruption it is minor (the interruption
  already costs the major penalty). Stretches apart by a pause under ``pause_max`` (both sides
  catching breath) are one finding, as pieces of one interruption are; its ``seconds`` add up.
"""

from __future__ import annotations

from dataclasses import replace

from voicecoach.core.analyzers._common import Utterance, make_finding, merge_spans, overlap_seconds, round3, timing
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
    #: The last interjection: (the trainee's utterance it cut into, its finding's index or None,
    #: where the interjection started, where it has ended so far).
    last: tuple[Utterance, int | None, float, float] | None = None
    for c in t.customer_floor:
        if t.line_end_known and t.line_end is not None and c.start < t.line_end - options.onset_tolerance:
            continue  # the customer's own line going on: not an interjection
        u = next((u for u in speaking if u.start + options.onset_tolerance <= c.start < u.end), None)
        if u is None:
            continue
        if last is not None and last[0] is u and c.start - last[3] < options.pause_max:
            # the customer caught breath inside one interjection: the same moment, not a second one
            _, index, began, _ = last
            handled[-1] = Span(began, max(u.end, c.end))
            if index is not None and findings[index].kind == "talk_over":
                previous = findings[index]
                evidence = {
                    **previous.evidence,
                    "overlap": round3(previous.evidence["overlap"] + c.span.overlap(u.span)),
                    "seconds": round3(overlap_seconds(turn, context, began, max(u.end, c.end))),
                }
                findings[index] = replace(previous, evidence=evidence)
            last = (u, index, began, c.end)
            continue
        kept = u.end - c.start
        handled.append(Span(c.start, max(u.end, c.end)))
        overlap = c.span.overlap(u.span)
        came_back = any(u.end <= v.start < c.end - options.onset_tolerance for v in speaking)
        last = (u, len(findings), c.start, c.end)
        if kept <= options.yield_within and came_back:
            last = (u, None, c.start, c.end)
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
    stretches = [
        s
        for s in merge_spans(pieces, options.merge_gap)
        if not any(h.start - 0.01 <= s.start and s.end <= h.end + 0.01 for h in handled)
    ]
    # Both sides catching breath (under pause_max, as for one interruption) and going on is one
    # episode: one finding with the seconds of all its stretches. It is reported only when one of
    # its stretches alone is over talk_over_min, so two short collisions ("sorry, go ahead") stay
    # no fault.
    for episode in _episodes(stretches, options.pause_max):
        parts = [overlap_seconds(turn, context, s.start, s.end) for s in episode]  # what the timeline shows
        if max(parts) <= options.talk_over_min:
            continue
        owners = [u for u in speaking if any(u.span.overlap(s) > 0 for s in episode)]
        after_interruption = any(
            cut_at(u.start, t, options.onset_tolerance, options.pause_max) is not None for u in owners
        )
        findings.append(
            make_finding(
                context,
                "talk_over",
                severity="minor" if after_interruption else "major",
                skill="timing",
                start=episode[0].start,
                end=episode[-1].end,
                evidence={
                    "reason": "overlap",
                    "seconds": round3(sum(parts)),
                    "after_interruption": after_interruption,
                    **({"pieces": len(episode)} if len(episode) > 1 else {}),
                },
            )
        )
    return findings


def _episodes(stretches: list[Span], pause_max: float) -> list[list[Span]]:
    """Stretches (sorted, disjoint) grouped where the pause between two is under ``pause_max``."""
    groups: list[list[Span]] = []
    for stretch in stretches:
        if groups and stretch.start - groups[-1][-1].end < pause_max:
            groups[-1].append(stretch)
        else:
            groups.append([stretch])
    return groups
