"""Speakable text: what a German or English speaker says for numbers, dates, amounts and abbreviations."""

from __future__ import annotations

from pathlib import Path

import pytest

from voicecoach.adapters.library import check_file
from voicecoach.adapters.number_words import speakable_text, spell_number
from voicecoach.core.speakable import speakable, speech_problem


def test_the_issue_example_in_german() -> None:
    assert (
        speakable_text("Nr. 4711 vom 3.5.2024 über 27,50 €", "de")
        == "Nummer siebenundvierzig elf vom dritten Mai zweitausendvierundzwanzig über siebenundzwanzig Euro fünfzig"
    )


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("z. B. heute", "zum Beispiel heute"),
        ("z.B. heute", "zum Beispiel heute"),
        ("ca. 20 Minuten", "circa zwanzig Minuten"),
        ("inkl. 19 % MwSt.", "inklusive neunzehn Prozent Mehrwertsteuer"),
        ("Äpfel, Birnen usw.", "Äpfel, Birnen und so weiter"),
        ("Dr. Weber", "Doktor Weber"),
        ("Kundennummer 20 48 73", "Kundennummer zwanzig achtundvierzig dreiundsiebzig"),
        ("Telefon 0176 123", "Telefon null eins sechsundsiebzig eins dreiundzwanzig"),
        ("um 14:30 Uhr", "um vierzehn Uhr dreißig"),
        ("um 9 Uhr", "um neun Uhr"),
        ("um 1 Uhr", "um ein Uhr"),
        ("am 3. Mai", "am dritten Mai"),
        ("der 3. Mai", "der dritte Mai"),
        ("seit 1998", "seit neunzehnhundertachtundneunzig"),
        ("1 Woche und 1 Euro", "eine Woche und ein Euro"),
        ("2,5 Liter", "zwei Komma fünf Liter"),
        ("1.500 Kunden", "eintausendfünfhundert Kunden"),
        ("0,50 €", "fünfzig Cent"),
        ("€ 12", "zwölf Euro"),
        ("Ich bin sauer 😡👍🏽!", "Ich bin sauer!"),
    ],
)
def test_german(text: str, said: str) -> None:
    assert speakable_text(text, "de") == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Order No. 4711", "Order number four seven one one"),
        ("e.g. approx. 15%", "for example approximately fifteen percent"),
        ("on May 3rd, 2024", "on May third, twenty twenty-four"),
        ("$27.50", "twenty-seven dollars fifty"),
        ("€1,250.00", "one thousand two hundred fifty euros"),
        ("at 2:30 pm", "at two thirty p m"),
        ("at 9:05", "at nine oh five"),
        ("14 Elm Road", "fourteen Elm Road"),
        ("Dr. Shah 😀", "Doctor Shah"),
        ("2024-05-03", "May third, twenty twenty-four"),
    ],
)
def test_english(text: str, said: str) -> None:
    assert speakable_text(text, "en") == said


def test_words_come_from_the_speller_passed_in() -> None:
    calls: list[tuple[int, str, str]] = []

    def spell(number: int, language: str, form: str) -> str:
        calls.append((number, language, form))
        return spell_number(number, language, form)  # type: ignore[arg-type]

    assert speakable("am 3.5.", "de", spell) == "am dritten Mai"
    assert calls == [(3, "de", "ordinal")]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("...", "no words to speak"),
        ("😀 😀", "no words to speak"),
        ("– – –", "no words to speak"),
        ("Bitte # drücken", "'#' cannot be spoken"),
        ("Preis ^ 2 ~ 3", "'^ ~' cannot be spoken"),
    ],
)
def test_unspeakable_text_is_named(text: str, problem: str) -> None:
    found = speech_problem(text, "de")
    assert found is not None and problem in found


@pytest.mark.parametrize("text", ["Nr. 4711 vom 3.5.2024 über 27,50 €", "Hallo 😀", "12", "Ja … gut (so)."])
def test_speakable_text_has_no_problem(text: str) -> None:
    assert speech_problem(text, "de") is None


def test_validate_reports_unspeakable_lines_with_their_line(tmp_path: Path) -> None:
    path = tmp_path / "mute-de.yaml"
    path.write_text(
        "id: mute-de\ntitle: T\nlanguage: de\nbrief: {situation: s, goal: g}\npersona: {name: Frau Keller}\n"
        "turns:\n  - say: Hallo, Nr. 4711 😀\n  - say: '...'\n    example: 'Preis ^ 2'\n",
        encoding="utf-8",
    )
    _scenario, problems = check_file(path)
    found = [(problem.line, problem.field, str(problem.message).split(";")[0]) for problem in problems]
    assert found == [
        (8, "turns[1].say", "'...' has no words to speak"),
        (9, "turns[1].example", "'^' cannot be spoken"),
    ]
