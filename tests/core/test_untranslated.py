"""German that reads like German, and no English left in it (issue 11).

Every table of ``voicecoach.core.words`` is read as a careful German reader would: plural forms
that agree with the number ("1 Sitzung", never "1 Sitzungen" or "Sitzung(en)"), the decimal comma
("bei 5,6 s"), no calques ("Kundenzeile", "Zug" for a turn), every key in both languages, and no
German entry that is still English.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator, Mapping

import pytest

from tests.helpers.untranslated import english_words_in
from voicecoach.core.words import count, fill, say
from voicecoach.core.words.cli import ANALYZE, LEARN, PROGRESS, REPORT
from voicecoach.core.words.findings import CATALOGUE, QUALIFIERS, render
from voicecoach.core.words.names import EMOTIONS, KINDS, METRICS, PRACTICE, SKILLS
from voicecoach.core.words.ui import HEADSET_CHECK, PROTEST, UI
from voicecoach.core.words.voices import VOICE_NOTES

#: Every ``key -> {"de", "en"}`` table, by name.
TABLES: dict[str, Mapping[str, Mapping[str, object]]] = {
    "UI": UI,
    "ANALYZE": ANALYZE,
    "PROGRESS": PROGRESS,
    "REPORT": REPORT,
    "LEARN": LEARN,
    "KINDS": KINDS,
    "SKILLS": SKILLS,
    "METRICS": METRICS,
    "PRACTICE": PRACTICE,
    "EMOTIONS": EMOTIONS,
    "HEADSET_CHECK": HEADSET_CHECK,
    "VOICE_NOTES": VOICE_NOTES,
    "QUALIFIERS": QUALIFIERS,
    "CATALOGUE": {f"{kind}/{variant}": texts for (kind, variant), texts in CATALOGUE.items()},
    "PROTEST": {"protest": PROTEST},
}

#: German entries that are rightly the same as the English ones: names, units, symbols, and
#: words German uses as they are (a German trainer says "Feedback"? no: these are the ones we keep).
SAME_IN_BOTH = {
    "UI:app.title",  # the product's name
    "UI:audio.ok",  # "Audio: {input} → {output}": device names
    "UI:progress.times",  # "{n}×"
    "UI:library.situation",  # "Situation" is German too
    "UI:key.filter",  # "Filter" is German too
    "UI:seconds",  # "{n:.1f} s": the unit; the number is written with a decimal comma
    "SKILLS:timing",  # "Timing" is the word German trainers use
    "REPORT:status",  # "Status"
    "REPORT:seconds",  # "s"
    "REPORT:app_version",  # "Version"
}


def texts(entry: object) -> Iterator[str]:
    """Every string in one language's entry (a string, or a tuple of message and tip)."""
    if isinstance(entry, str):
        yield entry
    elif isinstance(entry, tuple | list):
        for item in entry:
            yield from texts(item)


def german_entries() -> Iterator[tuple[str, str]]:
    """(table:key, German text) for every entry of every table."""
    for name, table in TABLES.items():
        for key, entry in table.items():
            for text in texts(entry.get("de")):
                yield f"{name}:{key}", text


# -- the number meets its noun -----------------------------------------------------------------


def test_fill_writes_the_decimal_comma_in_german_and_the_point_in_english() -> None:
    assert fill("bei {t:.1f} s", "de", t=5.64) == "bei 5,6 s"
    assert fill("at {t:.1f} s", "en", t=5.64) == "at 5.6 s"
    assert fill("{n:,.0f}", "de", n=12345.6) == "12.346"
    assert fill("{n:,.0f}", "en", n=12345.6) == "12,346"


@pytest.mark.parametrize(
    ("amount", "german", "english"), [(1, "1 Sitzung", "1 session"), (3, "3 Sitzungen", "3 sessions")]
)
def test_fill_picks_the_plural_form_by_the_number(amount: int, german: str, english: str) -> None:
    assert fill("{n:# Sitzung|# Sitzungen}", "de", n=amount) == german
    assert fill("{n:# session|# sessions}", "en", n=amount) == english
    assert fill("{n:# Sitzung|# Sitzungen}", "de", n=str(amount)) == german  # a count given as text
    assert count(amount, "Sitzung", "Sitzungen", "de") == german
    assert count(0, "Zeile", "Zeilen", "de") == "0 Zeilen"


@pytest.mark.parametrize(
    ("table", "key", "values", "german", "english"),
    [
        (PROGRESS, "times", {"n": 2, "m": 1}, "2× in 1 Sitzung", "2× in 1 session"),
        (PROGRESS, "average", {"avg": "80", "last": "82", "n": 1}, "Schnitt 80, zuletzt 82, 1 Sitzung", "1 session"),
        (UI, "library.turns", {"n": 1}, "1 Gesprächsschritt", "1 turn"),
        (UI, "library.turns", {"n": 4}, "4 Gesprächsschritte", "4 turns"),
        (UI, "library.recorded", {"n": 1}, "1 Satz ", "1 line "),
        (UI, "library.count", {"shown": 1, "total": 1}, "1 von 1 Szenario", "1 of 1 scenario"),
        (UI, "library.problems", {"n": 1, "first": "a.yaml"}, "1 Szenario-Datei ist fehlerhaft", "1 scenario file is"),
        (UI, "notice.turns_saved", {"detail": "1"}, "1 aufbewahrter Gesprächsschritt", "1 kept turn "),
        (UI, "notice.turns_left", {"detail": "2"}, "2 Gesprächsschritte sind", "2 turns are"),
        (UI, "record.unkept", {"n": 1}, "1 Aufnahme ", "1 take not kept"),
        (UI, "summary.at", {"turn": 2, "time": 5.6}, "Schritt 2, bei 5,6 s", "step 2, at 5.6 s"),
        (UI, "call.interrupted_at", {"time": 3.24}, "unterbrochen bei 3,2 s", "interrupted at 3.2 s"),
        (UI, "seconds", {"n": 2.94}, "2,9 s", "2.9 s"),
        (LEARN, "done", {"n": 1, "path": "x.yaml"}, "1 Markierung ", "1 mark "),
        (ANALYZE, "input_nonfinite", {"count": 1, "side": "Kunde"}, "1 Abtastwert (Kunde) war keine Zahl", "1 sample"),
    ],
)
def test_numbers_agree_with_their_nouns_and_use_the_decimal_comma(
    table: Mapping, key: str, values: dict, german: str, english: str
) -> None:
    assert german in say(table, key, "de", **values)
    assert english in say(table, key, "en", **values)


def test_a_finding_with_one_filler_word_says_one_filler_word() -> None:
    message, _tip = render("filler_words", None, "de", {"count": 1, "words": 1, "rate": "100", "top": "äh"})
    assert message.startswith("1 Füllwort bei 1 Wort ")
    message, _tip = render("not_listening", "ignored_emotion_late", "de", {"words_before": 1, "at": 2.5})
    assert "nach 1 Wort (bei 2,5 s)" in message


def test_no_number_field_stands_bare_before_a_noun() -> None:
    """A count right before a word must pick its form: ``{n:# Sitzung|# Sitzungen}``, never
    ``{n} Sitzungen`` (reads "1 Sitzungen") nor "Sitzung(en)"."""
    counted = re.compile(r"\{(n|m|count|total|detail|words|words_before|shown|added)\} (?!(von|of|neu|new)\b)\w")
    bad = []
    for name, table in TABLES.items():
        for key, entry in table.items():
            for language in ("de", "en"):
                for text in texts(entry.get(language)):
                    if counted.search(text) or re.search(r"\w\((en|n|r|s|e)\)", text) or "/Züge" in text:
                        bad.append(f"{name}:{key} ({language}): {text}")
    assert not bad, "\n".join(bad)


def test_templates_are_valid_in_both_languages() -> None:
    """Every field of a template parses (a stray brace would crash a screen)."""
    for name, table in TABLES.items():
        for key, entry in table.items():
            for language in ("de", "en"):
                for text in texts(entry.get(language)):
                    list(string.Formatter().parse(text)), f"{name}:{key}"


# -- no calques ----------------------------------------------------------------------------------

#: Word-for-word translations a German trainer would not use, and what we say instead.
CALQUES = {
    r"\bZeilen?\b": "Satz/Sätze (of the customer's role)",
    r"Kundenzeile": "Satz der Kundin/des Kunden",
    r"\bZug\b|\bZüge\b|\bZugs\b|Gesprächszug": "Gesprächsschritt",
    r"\bBefunde?\b": "Hinweis(e), as in the report",
    r"Rückmeldungs-Bildschirm": "Rückmeldungsseite",
}


def test_no_calques_in_german() -> None:
    bad = [
        f"{where}: {text!r} ({pattern} -> {instead})"
        for where, text in german_entries()
        for pattern, instead in CALQUES.items()
        if re.search(pattern, text)
    ]
    assert not bad, "\n".join(bad)


# -- every key in both languages, no English left in German --------------------------------------


def test_every_key_has_german_and_english() -> None:
    missing = [
        f"{name}:{key}"
        for name, table in TABLES.items()
        for key, entry in table.items()
        if not entry.get("de") or not entry.get("en")
    ]
    assert not missing


def test_no_german_entry_is_its_english_one() -> None:
    same = [
        f"{name}:{key}"
        for name, table in TABLES.items()
        for key, entry in table.items()
        if entry.get("de") == entry.get("en") and f"{name}:{key}" not in SAME_IN_BOTH
    ]
    assert not same, f"German text still English (translate, or whitelist with a reason): {same}"
    unused = [where for where in SAME_IN_BOTH if TABLES[where.split(":")[0]].get(where.split(":")[1]) is None]
    assert not unused, f"whitelisted keys that no longer exist: {unused}"


def test_the_english_detector_finds_english() -> None:
    assert english_words_in("Quit the application as soon as possible") == ["the"]
    assert english_words_in("No matches found") == ["found"]
    assert english_words_in("Headset-Test gespeichert.") == []


def test_no_english_words_in_german_entries() -> None:
    bad = [f"{where}: {found} in {text!r}" for where, text in german_entries() if (found := english_words_in(text))]
    assert not bad, "\n".join(bad)
