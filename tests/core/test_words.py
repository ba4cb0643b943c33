"""core/words: one shape for every table, both languages, numbers with a German decimal comma."""

from __future__ import annotations

import string

import pytest

from voicecoach.core import words
from voicecoach.core.result import FINDING_KINDS
from voicecoach.core.scenario import SKILLS
from voicecoach.core.words import cli, names, ui

TABLES = {
    "names.KINDS": names.KINDS,
    "names.SKILLS": names.SKILLS,
    "names.METRICS": names.METRICS,
    "names.PRACTICE": names.PRACTICE,
    "names.EMOTIONS": names.EMOTIONS,
    "names.FACTS": names.FACTS,
    "ui.UI": ui.UI,
    "ui.HEADSET_CHECK": ui.HEADSET_CHECK,
    "cli.ANALYZE": cli.ANALYZE,
    "cli.PROGRESS": cli.PROGRESS,
    "cli.REPORT": cli.REPORT,
}


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("name", TABLES)
def test_every_entry_has_german_and_english_with_the_same_fields(name: str) -> None:
    for key, entry in TABLES[name].items():
        assert set(entry) == {"de", "en"}, (name, key)
        de, en = entry["de"], entry["en"]
        assert de and en, (name, key)
        for de_text, en_text in zip((de,) if isinstance(de, str) else de, (en,) if isinstance(en, str) else en):
            assert fields(de_text) == fields(en_text), (name, key)
    assert set(ui.PROTEST) == {"de", "en"}


def test_every_kind_and_skill_has_a_name() -> None:
    assert set(names.KINDS) == set(FINDING_KINDS)
    assert list(names.SKILLS) == list(SKILLS)
    assert words.kind_name("talk_over", "de") == "Gleichzeitig gesprochen"
    assert words.kind_name("talk_over", "en") == "Talking over"
    assert words.skill_name("listening", "de") == "Zuhören"


def test_unknown_names_read_plainly() -> None:
    assert words.kind_name("new_kind", "de") == "New kind"
    assert words.skill_name("new_skill", "en") == "New skill"
    assert words.metric_name("new_metric", "de") == "new metric"
    assert words.practice_tip("new_skill", "de") == ""
    assert words.emotion_word("bored", "de") == "aufgebracht"


def test_numbers_and_time_have_a_decimal_comma_in_german() -> None:
    assert words.duration(2.94, "de") == "2,9 s" and words.duration(2.94, "en") == "2.9 s"
    assert words.seconds(1.234, "de") == "1,2" and words.seconds(1.25, "en") == "1.2"
    assert words.number(0.125, "de", 2) == "0,12" and words.number(3.0, "fr", 0) == "3"


def test_other_languages_get_english_and_unknown_keys_come_back() -> None:
    assert words.pick({"de": "ja", "en": "yes"}, "fr") == "yes"
    assert words.pick({"de": "", "en": "yes"}, "de") == "yes"
    assert words.say(ui.UI, "library.count", "de", shown=1, total=2) == "1 von 2 Szenarien"
    assert words.say(ui.UI, "no.such.key", "de") == "no.such.key"


def test_the_headset_check_verdict_takes_the_echo_level() -> None:
    assert "(-12 dB)" in words.say(ui.HEADSET_CHECK, "echo", "en", echo_db=-12.3)
    assert words.pick(ui.PROTEST, "de") == "Darf ich bitte ausreden?"


def test_quotes_facts_and_skill_order() -> None:
    assert words.quote("mhm", "de") == "„mhm“" and words.quote("mhm", "en") == '"mhm"'
    assert words.alternatives(["a", "b"], "de") == "„a“ oder „b“"
    assert words.fact_forms("order_number", "de") == {"fact": "der Bestellnummer", "fact_nom": "Ihre Bestellnummer"}
    # issue 11: a scenario's own fact key (YAML id) is never shown; the message quotes the value instead
    assert words.fact_forms("pet_name", "en") == {"fact": "a detail", "fact_nom": "That"}
    assert words.fact_forms("move_date", "de") == {"fact": "einer Angabe", "fact_nom": "Das"}
    assert words.fact_forms("postcode", "de") == {"fact": "der Postleitzahl", "fact_nom": "Ihre Postleitzahl"}
    skills = {"clarity": 1, "zeal": 2, "listening": 3}
    assert [k for k, _ in words.ordered_skills(skills)] == ["listening", "clarity", "zeal"]
