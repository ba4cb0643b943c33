"""The trainee's reply with the words that matter marked: key points met (green), asking again
for what the customer already said (red), filler (amber), phrases to avoid (magenta), and words
spoken over the customer (underlined).

What to mark comes first from the judge's findings (their ``evidence``), then from the
scenario step's expectations, matched loosely (case, inflection: "entschuldigen" marks
"Entschuldigung"), since the judge's own matching is richer than a screen needs to repeat.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from rich.text import Text

KEY = "key"
REASK = "reask"
FILLER = "filler"
AVOID = "avoid"
STYLES = {
    KEY: "bold #87d75f",
    REASK: "bold #ff5f5f",
    FILLER: "bold #ffd75f",
    AVOID: "bold #d787d7",
}
OVERLAP_STYLE = "underline #ff8787"
#: Filler words the screen marks when the judge gives none (German and English).
FILLERS = (
    "äh",
    "ähm",
    "öh",
    "hm",
    "halt",
    "sozusagen",
    "quasi",
    "eigentlich",
    "uh",
    "um",
    "erm",
    "like",
    "basically",
    "actually",
)

_WORD = re.compile(r"[\wÄÖÜäöüß'-]+", re.UNICODE)

#: evidence keys whose strings are words to mark, by category
_EVIDENCE_KEYS = {
    REASK: ("reask", "reask_words", "asked", "asked_again", "words"),
    FILLER: ("fillers", "filler_words", "words"),
    AVOID: ("phrase", "phrases", "avoid", "matched"),
    KEY: ("matched", "matched_points", "hits"),
}
_KIND_CATEGORY = {
    "filler_words": FILLER,
    "avoid_phrase": AVOID,
    "form_of_address": AVOID,  # "du" in a "Sie" call: its words in evidence["phrases"]
    "not_listening": REASK,
}


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    category: str


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0).lower()) for m in _WORD.finditer(text)]


def _same_word(token: str, word: str) -> bool:
    """Loose match: equal, or sharing a stem (inflections, compounds' first part)."""
    if token == word:
        return True
    if len(word) < 4 or len(token) < 4:
        return False
    stem = word[: max(4, len(word) - 3)]
    return token.startswith(stem)


def find_phrase(text: str, phrase: str) -> list[tuple[int, int]]:
    """Character ranges of ``phrase`` in ``text`` (word by word, loosely)."""
    words = [w for _s, _e, w in _tokens(phrase)]
    if not words:
        return []
    tokens = _tokens(text)
    found = []
    for i in range(len(tokens) - len(words) + 1):
        if all(_same_word(tokens[i + j][2], words[j]) for j in range(len(words))):
            found.append((tokens[i][0], tokens[i + len(words) - 1][1]))
    return found


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def phrases_from_findings(findings: Iterable[Any]) -> dict[str, set[str]]:
    """Words to mark, taken from the findings' evidence."""
    out: dict[str, set[str]] = {KEY: set(), REASK: set(), FILLER: set(), AVOID: set()}
    for finding in findings:
        evidence = getattr(finding, "evidence", None) or {}
        kind = getattr(finding, "kind", "")
        category = _KIND_CATEGORY.get(kind)
        for key, value in evidence.items():
            if category is not None and key in _EVIDENCE_KEYS[category]:
                out[category].update(_strings(value))
            elif key in ("matched", "matched_points", "hits") and kind == "not_listening":
                out[KEY].update(_strings(value))
    return out


def phrases_from_step(step: Any, facts_before: dict[str, Any] | None = None) -> dict[str, set[str]]:
    """Words to mark from the scenario step: key-point phrasings, phrases to avoid, fact asks."""
    out: dict[str, set[str]] = {KEY: set(), REASK: set(), FILLER: set(FILLERS), AVOID: set()}
    if step is None:
        return out
    expect = step.expect
    for phrasings in expect.key_points.values():
        out[KEY].update(phrasings)
    out[AVOID].update(expect.avoid)
    facts = facts_before or {}
    keys = expect.no_reask if expect.no_reask is not None else list(facts)
    for key in keys:
        fact = facts.get(key)
        if fact is not None:
            out[REASK].update(fact.ask)
    return out


def mark_text(text: str, phrases: dict[str, set[str]]) -> list[Mark]:
    """Non-overlapping marks, the more important category winning (reask > avoid > key > filler)."""
    order = (REASK, AVOID, KEY, FILLER)
    taken = [False] * len(text)
    marks: list[Mark] = []
    for category in order:
        for phrase in sorted(phrases.get(category, ()), key=len, reverse=True):
            for start, end in find_phrase(text, phrase):
                if any(taken[start:end]):
                    continue
                for i in range(start, end):
                    taken[i] = True
                marks.append(Mark(start, end, category))
    return sorted(marks, key=lambda m: m.start)


def render_marked(
    words: Iterable[Any],
    phrases: dict[str, set[str]],
    overlaps: Iterable[tuple[float, float]] = (),
    base_style: str = "",
) -> Text:
    """The words as rich text with marks, words spoken over the customer underlined."""
    words = list(words)
    pieces: list[tuple[int, int]] = []
    text = ""
    for word in words:
        piece = word.text.strip()
        if not piece:
            continue
        if text:
            text += " "
        pieces.append((len(text), len(text) + len(piece)))
        text += piece
    rich = Text(text, style=base_style)
    for mark in mark_text(text, phrases):
        rich.stylize(STYLES[mark.category], mark.start, mark.end)
    spans = list(overlaps)
    if spans:
        shown = [w for w in words if w.text.strip()]
        for (start, end), word in zip(pieces, shown):
            middle = (word.start + word.end) / 2
            if any(a <= middle <= b for a, b in spans):
                rich.stylize(OVERLAP_STYLE, start, end)
    return rich
