"""Every count in the word tables reads naturally for 0, 1 and 2 (issue 11).

"alle 1 Aufnahmen", "1 Sitzungen", "Delete all 1 session", "1 entries unpack": a count must pick
its noun's form (``{n:# Sitzung|# Sitzungen}``), and a phrase that cannot say 0 or 1 with "all"
picks a whole phrase per count (``{n:keine Aufnahme|die einzige Aufnahme|alle # Aufnahmen}``).

Each template of ``voicecoach.core.words`` (``tests/helpers/word_tables.py``) that holds a count
field is rendered with every field set to 0, 1 and 2, in its language, through the same ``fill``
the app uses; the bad forms are then looked for in the text: a noun that stays plural after "1"
(German nouns are capitalised; English plurals end in "s"), or "all"/"alle" before 0 or 1.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator

import pytest

from tests.helpers.word_tables import Text, word_texts
from voicecoach.core.words import fill

#: Fields that hold a count of something (a field with a plural form ``{x:a|b}`` counts too).
COUNT_FIELDS = {
    "n", "m", "count", "total", "shown", "added", "detail", "channels", "shape", "n_infos", "n_files", "ok",
    "failed", "skipped", "todo", "workers", "extra", "files", "words", "words_before", "depth", "nodes", "size",
    "limit", "valid", "invalid", "done",
}  # fmt: skip

#: Counts that cannot be 0 or 1 where the text is said, and why (no reader meets "1 ..." there).
NEVER_ONE = {
    "nested more than {depth} levels deep": "depth is the YAML limit, 40 (adapters/yaml_limits.py)",
    "more than {nodes:,} values once": "nodes is the alias limit, 20,000 (adapters/yaml_limits.py)",
    "{label}: {n_infos} entries, more than": "only said above MAX_ENTRIES entries (adapters/library_files.py)",
    "joining the Whisper base model gave {size} bytes": "size is a model file's size in bytes, millions",
    "scenario {id} has {count} turns; add --turn": "only said when the scenario has more than one turn",
    "{path} has {channels} channels; --call needs": "only said for 3 or more channels (mono has its own)",
    "channel {channel} asked for, but the audio has": "only said for 2 or more channels (mono has its own)",
    "{ref}: expected one scenario file, found": "only said when the count is not one; 'found 0' reads well",
}

#: Words after a German count that are the same in singular and plural.
GERMAN_SAME = {"Zeichen", "Fehler", "Mitarbeiter", "Byte", "MB", "KB", "GB", "Hz", "dB", "dBFS"}
#: Words after an English count ending in "s" that are no plural noun.
ENGLISH_NOT_PLURAL = {"s", "ms", "is", "was", "has", "does", "goes", "its", "this", "plus", "as", "us", "dBFS"}


def _fields(text: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}
    except ValueError:
        return set()


def count_templates() -> Iterator[Text]:
    """Templates with a count field, except those in :data:`NEVER_ONE`."""
    for text in word_texts():
        fields = _fields(text.text)
        plural = "|" in text.text and re.search(r"\{\w+:[^{}]*\|[^{}]*\}", text.text)
        never_one = any(start in text.text or start[:40] in text.where for start in NEVER_ONE)
        if (fields & COUNT_FIELDS or plural) and not never_one:
            yield text


def render(text: Text, amount: int) -> str:
    """The template with every field set to ``amount`` (a count) and rendered in its language."""
    return fill(text.text, text.language, **{name: amount for name in _fields(text.text)})


def _after(rendered: str, amount: int) -> list[str]:
    return re.findall(rf"(?<![\d.,]){amount} ([^\W\d_][\w-]*)", rendered)


def bad_forms(text: Text) -> list[str]:
    """What reads badly in ``text`` for 0, 1 and 2 (empty when it reads well)."""
    one, two, zero = render(text, 1), render(text, 2), render(text, 0)
    bad = []
    after_one, after_two = _after(one, 1), _after(two, 2)
    for word in after_one:
        if text.language == "de" and word[0].isupper() and word in after_two and word not in GERMAN_SAME:
            bad.append(f"1 {word}")
        if text.language == "en" and word.endswith("s") and word in after_two and word not in ENGLISH_NOT_PLURAL:
            bad.append(f"1 {word}")
    every = (
        r"\b(alle|sämtliche|keiner der|beide)\s+{0}\b" if text.language == "de" else r"\b(all|none of the|both)\s+{0}\b"
    )
    for amount, rendered in ((0, zero), (1, one)):
        found = re.search(every.format(amount), rendered, re.IGNORECASE)
        if found:
            bad.append(found.group(0))
    return bad


TEMPLATES = list(count_templates())


def test_the_count_templates_are_found() -> None:
    """The walk finds the counts (a test of the test: an empty list would pass everything)."""
    texts = {text.text for text in TEMPLATES}
    assert len(TEMPLATES) > 40
    assert "{n:# Sitzung|# Sitzungen}" in " ".join(texts)
    assert any("{n:no recording to judge|" in text for text in texts)


@pytest.mark.parametrize("text", TEMPLATES, ids=[f"{t.where}/{t.language}" for t in TEMPLATES])
def test_every_count_reads_naturally_for_zero_one_and_two(text: Text) -> None:
    bad = bad_forms(text)
    assert not bad, f"{text.where} ({text.language}) reads {bad}: {render(text, 1)!r}"


@pytest.mark.parametrize(
    ("template", "language", "bad"),
    [
        ("alle {n} Aufnahmen sind schon ausgewertet", "de", ["1 Aufnahmen", "alle 0", "alle 1"]),
        ("{n} Sitzungen", "de", ["1 Sitzungen"]),
        ("Delete all {count:# session|# sessions} and every recording?", "en", ["all 0", "all 1"]),
        ("{n_infos} entries unpack", "en", ["1 entries"]),
        ("fits none of the {n} recordings", "en", ["1 recordings", "none of the 0", "none of the 1"]),
    ],
)
def test_the_detector_finds_the_forms_issue_11_found(template: str, language: str, bad: list[str]) -> None:
    assert sorted(bad_forms(Text("example", language, template))) == sorted(bad)


@pytest.mark.parametrize(
    ("template", "language", "amount", "expected"),
    [
        ("{n:keine Aufnahme|die einzige Aufnahme|alle # Aufnahmen} ist/sind fertig", "de", 0, "keine Aufnahme"),
        ("{n:keine Aufnahme|die einzige Aufnahme|alle # Aufnahmen} ist/sind fertig", "de", 1, "die einzige Aufnahme"),
        ("{n:keine Aufnahme|die einzige Aufnahme|alle # Aufnahmen} ist/sind fertig", "de", 3, "alle 3 Aufnahmen"),
        ("−{n:# Punkt|# Punkte} Abzug", "de", 1, "−1 Punkt Abzug"),
        ("{n:# point|# points} off", "en", -1, "-1 point off"),
    ],
)
def test_fill_picks_a_form_for_zero_one_and_more(template: str, language: str, amount: int, expected: str) -> None:
    assert expected in fill(template, language, n=amount)
