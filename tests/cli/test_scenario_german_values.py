"""Scenario files take the German values the app shows (issue 11 item 4), and name places and ids as
a trainer finds them.

Was: "difficulty: 'mittel' ist hier nicht erlaubt; einen dieser Werte angeben: easy, medium, hard",
"persona.mood: 'wütend' …", "turns[0].next.good: unbekannter Schritt „termin“" while the app says
"Schritt 1", a title ending in "-de" proposing "rueckruf-de-de", and "dem neuen Szenario mit --id
eine ID geben, z. B. …".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from voicecoach.adapters.library import field_place, load_file
from voicecoach.cli import main

SOURCE = Path(__file__).parents[2] / "scenarios" / "cancellation-de.yaml"


def changed(tmp_path: Path, *pairs: tuple[str, str]) -> Path:
    text = SOURCE.read_text(encoding="utf-8")
    for old, new in pairs:
        assert old in text
        text = text.replace(old, new, 1)
    path = tmp_path / "scenario.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def line_of(prefix: str) -> str:
    return next(line for line in SOURCE.read_text(encoding="utf-8").splitlines() if line.startswith(prefix))


def test_german_values_load_as_the_english_ones(tmp_path: Path) -> None:
    path = changed(
        tmp_path,
        (line_of("difficulty:"), "difficulty: mittel"),
        (line_of("  mood:"), "  mood: wütend"),
        (line_of("theme:"), "theme: Kündigung"),
    )
    scenario = load_file(path).scenario
    assert (scenario.difficulty, scenario.persona.mood, scenario.theme) == ("medium", "angry", "cancellation")


@pytest.mark.parametrize(
    ("language", "difficulty", "mood"),
    [
        (
            "de",
            "difficulty: 'mittelschwer' ist hier nicht erlaubt; einen dieser Werte angeben: easy/leicht, "
            "medium/mittel, hard/schwer",
            "persona.mood: 'zornig' ist hier nicht erlaubt; einen dieser Werte angeben: calm/ruhig, ",
        ),
        (
            "en",
            # the English UI stays English; German names in a file are accepted all the same
            "difficulty: 'mittelschwer' is not allowed here; use one of: easy, medium, hard",
            "persona.mood: 'zornig' is not allowed here; use one of: calm, friendly, ",
        ),
    ],
)
def test_a_wrong_value_names_the_values_in_the_ui_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str, difficulty: str, mood: str
) -> None:
    path = changed(
        tmp_path, (line_of("difficulty:"), "difficulty: mittelschwer"), (line_of("  mood:"), "  mood: zornig")
    )
    assert main(["--lang", language, "scenarios", "validate", str(path)]) != 0
    out = capsys.readouterr()
    text = out.out + out.err
    assert difficulty in text and mood in text


@pytest.mark.parametrize(
    ("language", "says"),
    [
        ("de", "Schritt 1 (turns[0].next.poor): unbekannter Schritt „termin“"),
        ("en", "step 1 (turns[0].next.poor): unknown turn 'termin'"),
    ],
)
def test_a_turns_place_says_the_step_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str, says: str
) -> None:
    path = changed(tmp_path, ("      poor: insist", "      poor: termin"))
    assert main(["--lang", language, "scenarios", "validate", str(path)]) != 0
    out = capsys.readouterr()
    assert says in out.out + out.err


def test_field_place() -> None:
    assert field_place("persona.mood") == "persona.mood"


@pytest.mark.parametrize(
    ("language", "title", "says"),
    [
        ("de", "Rückruf-de", "Bitte mit --id eine ID angeben, z. B. --id rueckruf-de (oder im Terminal ausführen)"),
        ("en", "Callback en", "give an id with --id, e.g. --id callback-en (or run it in a terminal)"),
    ],
)
def test_new_proposes_an_id_without_a_doubled_suffix(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, language: str, title: str, says: str
) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["--lang", language, "scenarios", "new", "--title", title, "--language", language]) == 2
    assert says in capsys.readouterr().err


@pytest.mark.parametrize(
    ("language", "says"), [("de", "z. B. Reklamation, Kündigung, Verkauf"), ("en", "e.g. complaint")]
)
def test_theme_help_in_the_ui_language(capsys: pytest.CaptureFixture[str], language: str, says: str) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", language, "scenarios", "new", "--help"])
    assert says in " ".join(capsys.readouterr().out.split())
