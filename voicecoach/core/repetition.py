"""A transcript that repeats itself: Whisper's decoding loop, found and cut back.

Whisper sometimes falls into a loop and writes one phrase again and again ("in den letzten Mal in
den letzten Mal in den letzten Mal ..."); a German reply judged on such a transcript was "206
words per minute". A phrase of ``n`` words repeated back to back ``min_copies(n)`` times or more
counts as a loop: a single word 5 times (people do say "ja, ja, ja" and "nein, nein, nein, nein"),
a phrase of 2 or more words 3 times (people repeat a phrase twice, "ganz genau, ganz genau",
hardly ever three times in one reply). Words are compared lower-cased without punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

#: The longest phrase (words) searched for repeats.
MAX_NGRAM = 8
#: ``Word.probability`` of the words left of a loop that decoding again did not cure: nobody knows
#: what was said there, so the words are unsure (content findings resting on them are waived,
#: ``core/judge._doubted``) and the reply's pace is not judged (``analyzers/pace``). Whisper's own
#: probabilities are kept at 0.0001 or more (``adapters/whisper_stt``), so 0.0 means only this.
LOOPED_PROBABILITY = 0.0


def looped(words: Sequence[object]) -> bool:
    """Whether any of ``words`` (``Word``) stands for a loop that could not be decoded."""
    return any(getattr(word, "probability", 1.0) == LOOPED_PROBABILITY for word in words)


def min_copies(n: int) -> int:
    """Back-to-back copies of an ``n``-word phrase that make a loop (see the module's docstring)."""
    return 5 if n == 1 else 3


@dataclass(frozen=True)
class Loop:
    """``copies`` back-to-back copies of the ``size``-word phrase starting at word ``start``."""

    start: int
    size: int
    copies: int

    @property
    def end(self) -> int:
        """Index after the last repeated word."""
        return self.start + self.size * self.copies


def _key(word: str) -> str:
    return re.sub(r"[^\w]", "", word.lower())


def find_loops(words: Sequence[str]) -> list[Loop]:
    """The loops in ``words`` (one string per word), left to right, not overlapping; the longest
    stretch wins where two phrase sizes would both match."""
    keys = [_key(word) for word in words]
    loops: list[Loop] = []
    i = 0
    while i < len(keys):
        best: Loop | None = None
        for size in range(1, MAX_NGRAM + 1):
            phrase = keys[i : i + size]
            if len(phrase) < size or not any(phrase):
                break
            copies = 1
            while keys[i + copies * size : i + (copies + 1) * size] == phrase:
                copies += 1
            if copies >= min_copies(size) and (best is None or size * copies > best.size * best.copies):
                best = Loop(i, size, copies)
        if best is not None:
            loops.append(best)
            i = best.end
        else:
            i += 1
    return loops


def without_loops(items: Sequence[object], loops: Sequence[Loop]) -> list[object]:
    """``items`` (words, in the order ``find_loops`` saw them) with each loop cut to its first copy."""
    drop: set[int] = set()
    for loop in loops:
        drop.update(range(loop.start + loop.size, loop.end))
    return [item for index, item in enumerate(items) if index not in drop]
