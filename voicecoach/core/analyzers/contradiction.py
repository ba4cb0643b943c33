"""contradiction: the trainee contradicts the customer head-on.

``phrase``: "das stimmt nicht", "da irren Sie sich", "that's not true", "you're wrong", ...
(never across a comma, so "Das stimmt, nicht wahr?" is agreement). ``but_opening`` (minor): the
reply opens with "aber"/"ja, aber"/"but" after an objection or a complaint ("Aber gern" is not one).
"""

from __future__ import annotations

from voicecoach.core.analyzers._common import customer_words, make_finding, reply_words, timing
from voicecoach.core.analyzers.options import Context
from voicecoach.core.meaning import meaning_found
from voicecoach.core.result import Finding
from voicecoach.core.text import Spoken, any_phrase_found, find_phrase, normalize, plain, tokens_of
from voicecoach.core.timeline import Turn


def _objection(turn: Turn, context: Context) -> bool:
    step = context.step
    if step is not None and (step.expect.accept_no or step.emotion in ("annoyed", "angry", "sceptical")):
        return True
    said = customer_words(turn, context)
    if any_phrase_found(context.words("objection_words"), said, max_gap=0) is not None:
        return True
    return any_phrase_found(context.words("complaint_words"), said, **context.match_kwargs()) is not None


def _but_opening(turn: Turn, context: Context) -> Finding | None:
    reply = timing(turn, context).reply
    if reply is None or not reply.words or not _objection(turn, context):
        return None
    tokens = [tok for tok in tokens_of(reply.words)]
    texts = [tok.text for tok in tokens]
    agreeing = {normalize(w)[0] for w in context.words("but_agreeing")}
    for opening in sorted((normalize(p) for p in context.words("but_openings")), key=len, reverse=True):
        if tuple(texts[: len(opening)]) == opening:
            following = texts[len(opening)] if len(texts) > len(opening) else ""
            if following in agreeing:
                return None
            said_words = tuple(dict.fromkeys(w for tok in tokens[: len(opening)] for w in tok.words))
            said = plain(said_words)
            return make_finding(
                context,
                "contradiction",
                severity="minor",
                skill="empathy",
                start=said_words[0].start,
                end=said_words[-1].end,
                evidence={"reason": "but_opening", "said": said},
            )
    return None


def analyze(turn: Turn, context: Context) -> list[Finding]:
    words = reply_words(turn, context)
    if not words:
        return []
    spoken = Spoken(words)
    matches = []
    for phrase in context.words("contradiction"):
        matches.extend(
            find_phrase(
                phrase, spoken, max_gap=1, fuzzy_ratio=context.options.fuzzy_ratio, stop_at_comma=True, slips=False
            )
        )
    if not matches:  # in other forms or order within a clause ("Sie irren sich da", "you are wrong there")
        meant = meaning_found(context.words("contradiction"), words, strict=True, **context.meaning_kwargs())
        if meant is not None:
            matches.append(meant.match)
    findings: list[Finding] = []
    taken: list[tuple[float, float]] = []
    for match in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
        if any(start <= match.start <= end for start, end in taken):
            continue  # "nein, das ist falsch" and "das ist falsch": one finding
        taken.append((match.start, match.end))
        findings.append(
            make_finding(
                context,
                "contradiction",
                severity="major",
                skill="empathy",
                start=match.start,
                end=match.end,
                evidence={"reason": "phrase", "said": match.text, "words": match.to_json()},
            )
        )
    if not findings:
        opening = _but_opening(turn, context)
        if opening is not None:
            findings.append(opening)
    return findings
