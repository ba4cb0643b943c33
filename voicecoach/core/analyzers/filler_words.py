"""filler_words: too many fillers ("äh", "ähm", "halt", "sozusagen", "um", "uh", "you know") per 100 words.

English "like" counts only as a parenthesis set off by a comma ("it was, like, broken"), never
as a verb ("I'd like to"). Few transcribers write hesitations down, so this reports only clear cases.
"""

from __future__ import annotations

from collections import Counter

from voicecoach.core.analyzers._common import make_finding, reply_words, round3
from voicecoach.core.analyzers.options import Context
from voicecoach.core.result import Finding
from voicecoach.core.text import Token, normalize, plain, tokens_of
from voicecoach.core.timeline import Turn


def count_fillers(tokens: tuple[Token, ...], phrases: tuple[str, ...]) -> Counter[str]:
    counts: Counter[str] = Counter()
    texts = [tok.text for tok in tokens]
    for phrase in phrases:
        wanted = normalize(phrase)
        if not wanted:
            continue
        for i in range(len(texts) - len(wanted) + 1):
            if tuple(texts[i : i + len(wanted)]) != wanted:
                continue
            if wanted == ("like",) and not (tokens[i].comma or (i > 0 and tokens[i - 1].comma)):
                continue
            if wanted == ("you", "know") and i > 0 and texts[i - 1] in ("do", "did", "dont", "if", "would", "as"):
                continue
            said = plain(w for tok in tokens[i : i + len(wanted)] for w in tok.words).lower()
            counts[said or phrase] += 1
    return counts


def filler_rate(turn: Turn, context: Context) -> tuple[float | None, Counter[str]]:
    words = reply_words(turn, context)
    if not words:
        return None, Counter()
    counts = count_fillers(tokens_of(words), context.words("fillers"))
    return 100.0 * sum(counts.values()) / len(words), counts


def analyze(turn: Turn, context: Context) -> list[Finding]:
    options = context.options
    words = reply_words(turn, context)
    rate, counts = filler_rate(turn, context)
    total = sum(counts.values())
    if rate is None or len(words) < options.filler_min_words:
        return []
    if total < options.filler_min_count or rate <= options.filler_rate_max:
        return []
    top = counts.most_common(1)[0][0]
    return [
        make_finding(
            context,
            "filler_words",
            severity="minor",
            skill="clarity",
            start=words[0].start,
            end=words[-1].end,
            evidence={"count": total, "words": len(words), "rate": round3(rate), "fillers": dict(counts), "top": top},
            values={"rate": round(rate, 1)},
        )
    ]
