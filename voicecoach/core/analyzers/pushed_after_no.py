"""pushed_after_no: the customer said no (``expect.accept_no``) and the reply pushes the offer again.

Pushing is an offer word of the step or a push phrase ("trotzdem", "nur noch", "are you sure").
An offer word with a negation right before it in the same clause ("kein Upgrade", "without the
upgrade"), or in a clause that drops it ("die Warteliste lassen wir weg", "I'll leave the
waiver out"), is accepting the no, not pushing.
"""

from __future__ import annotations

from voicecoach.core.analyzers._common import make_finding, reply_words, token_span
from voicecoach.core.analyzers.options import Context
from voicecoach.core.result import Finding
from voicecoach.core.text import Match, Spoken, find_phrase, normalize
from voicecoach.core.timeline import Turn


def _dropped(spoken: Spoken, match: Match, context: Context) -> bool:
    """The offer word's clause drops the offer ("die Warteliste lassen wir weg")."""
    tokens = spoken.tokens
    first, last = token_span(spoken, match)
    while first > 0 and not (tokens[first - 1].comma or tokens[first - 1].sentence_end):
        first -= 1
    while last < len(tokens) - 1 and not (tokens[last].comma or tokens[last].sentence_end):
        last += 1
    dropping = {normalize(w)[0] for w in context.words("dropping")}
    return any(tok.text in dropping for tok in tokens[first : last + 1])


def analyze(turn: Turn, context: Context) -> list[Finding]:
    step = context.step
    words = reply_words(turn, context)
    if step is None or not step.expect.accept_no or not words:
        return []
    spoken = Spoken(words)
    negations = {normalize(w)[0] for w in context.words("negations")}
    hits = []
    for phrase in step.expect.offer_words:
        for match in find_phrase(phrase, spoken, **context.penalty_match_kwargs()):
            first, _ = token_span(spoken, match)
            before = []
            for tok in reversed(spoken.tokens[max(0, first - 2) : first]):
                if tok.comma or tok.sentence_end:
                    break  # "Das stimmt nicht, das Upgrade ..." is no "kein Upgrade"
                before.append(tok.text)
            if negations.intersection(before) or _dropped(spoken, match, context):
                continue
            hits.append(match)
    for phrase in context.words("push"):
        hits.extend(find_phrase(phrase, spoken, **context.penalty_match_kwargs()))
    if not hits:
        return []
    hits.sort(key=lambda m: m.start)
    first = hits[0]
    return [
        make_finding(
            context,
            "pushed_after_no",
            severity="major",
            skill="empathy",
            start=first.start,
            end=hits[-1].end,
            evidence={
                "said": first.text,
                "words": [w for m in hits for w in m.to_json()],
                "phrases": sorted({m.phrasing for m in hits}),
            },
        )
    ]
