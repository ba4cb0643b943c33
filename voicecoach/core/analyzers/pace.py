"""pace: words per minute far from a calm telephone pace (German ~110-160, English ~120-170).

Speaking time runs from the first to the last word, without pauses longer than
``pace_pause``; replies shorter than ``pace_min_seconds`` are not judged. "Too fast" must hold
on the words Whisper was sure of (probability at least ``unsure_word``): words it invented or
guessed (issue 10: unsure words cannot alone take points off) would otherwise speed the count up.
"""

from __future__ import annotations

from voicecoach.core.analyzers._common import make_finding, reply_words, round3
from voicecoach.core.analyzers.options import Context
from voicecoach.core.repetition import looped
from voicecoach.core.result import Finding
from voicecoach.core.timeline import Turn


def words_per_minute(turn: Turn, context: Context) -> tuple[float | None, float]:
    """Words per minute and the speaking seconds it was measured over (None without words; bare
    marks are no words: :func:`reply_words`)."""
    words = sorted(reply_words(turn, context), key=lambda w: w.start)
    if not words:
        return None, 0.0
    seconds = words[-1].end - words[0].start
    for previous, current in zip(words, words[1:]):
        gap = current.start - previous.end
        if gap > context.options.pace_pause:
            seconds -= gap
    if seconds <= 0:
        return None, 0.0
    return 60.0 * len(words) / seconds, seconds


def analyze(turn: Turn, context: Context) -> list[Finding]:
    options = context.options
    wpm, seconds = words_per_minute(turn, context)
    words = reply_words(turn, context)
    if looped(words):  # Whisper looped there: the words say nothing about the pace (issue 11)
        return []
    if wpm is None or seconds < options.pace_min_seconds or len(words) < options.pace_min_words:
        return []
    low, high = options.pace_de if context.language == "de" else options.pace_en
    sure = sum(1 for word in words if word.probability >= options.unsure_word)
    if wpm > high * (1 + options.pace_margin):
        if wpm * sure / len(words) <= high * (1 + options.pace_margin):
            return []  # fast only with the unsure words counted: not evidence enough for points off
        reason = "too_fast"
    elif wpm < low * (1 - options.pace_margin):
        reason = "too_slow"
    else:
        return []
    return [
        make_finding(
            context,
            "pace",
            severity="minor",
            skill="clarity",
            start=words[0].start,
            end=words[-1].end,
            evidence={
                "reason": reason,
                "wpm": round(wpm),
                "seconds": round3(seconds),
                "low": round(low),
                "high": round(high),
            },
        )
    ]
