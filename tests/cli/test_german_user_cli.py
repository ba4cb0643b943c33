"""The command line tried as a German user would (``--lang de``), issue 11: no English left in
``judge``, ``models`` (its sources, needs and the fallback voice warning) and ``call``'s line
about the saved headset check; the English command line keeps its words."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from tests.cli.test_call_saved_echo import HEADSET
from tests.helpers.untranslated import english_words_in
from voicecoach import i18n
from voicecoach.adapters.settings import Settings, config_path
from voicecoach.cli import main
from voicecoach.commands.call import _saved_echo

REPLY = "Ähm, wie war die Adresse noch mal? Das ist ja egal, ich mache das irgendwann."


@pytest.mark.parametrize("scenario", ["new-address-de", "late-delivery-en"])
def test_judge_speaks_german_whatever_the_scenarios_language(capsys: pytest.CaptureFixture[str], scenario: str) -> None:
    assert main(["--lang", "de", "judge", scenario, "--turn", "1", "--text", REPLY]) == 0
    out = capsys.readouterr().out
    head, *rest = out.splitlines()
    # the scenario by its title and the step by the customer's words, never by internal ids
    assert re.match(r"[^,]+, Schritt 1 \(„[^“]+ …“\): ", head), head
    assert scenario not in head and "complaint" not in head
    # the score, then why the total is capped (a major fault: the re-ask)
    assert rest[-2].startswith("Punkte: ") and "Zuhören" in rest[-2] and "Empathie" in rest[-2]
    assert re.fullmatch(r"  Gesamt höchstens \d+ mit .+ \(ohne Deckelung: \d+\)", rest[-1]), rest[-1]
    assert "Punkt nicht gehört" in out and "Nicht zugehört" not in out  # what each finding found
    if scenario == "late-delivery-en":  # the customer's anger is known from the scenario, said in German
        assert "Gefühl übergangen" in out
        assert "Erkannt an: der Stimmung, die das Szenario vorgibt" in out
    for code in ("not_listening", "avoid_phrase", "major", "minor", "info", "evidence", "said:", "Score"):
        assert code not in out, code
    said = [line for line in rest if line.strip().startswith(("Gesagt: ", "Am nächsten kam: ", "Erkannt an: "))]
    prose = [line for line in rest if line not in said]  # evidence quotes the reply (German here)
    quoted = re.sub(r"„[^“]*“", " ", " ".join(prose))  # the scenario's own phrasings may be English
    assert not english_words_in(quoted), prose


def test_judge_speaks_english_with_lang_en(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "judge", "new-address-de", "--turn", "3", "--text", REPLY]) == 0
    out = capsys.readouterr().out
    assert 'Die Adressänderung, Turn 3 ("Die neue Adresse ist Lindenstraße 12 …"):' in out
    assert "(address)" not in out and "Phrase to avoid  Empathy −25" in out
    assert "Said: … wie war die Adresse noch …" in out and out.splitlines()[-2].startswith("Score: ")
    # the avoid phrase and asking again for the address just given ("noch mal"): two major faults
    assert out.splitlines()[-1].startswith("  Total at most 55 with 2 major faults (uncapped: ")


def test_models_lists_in_german(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "de", "models"]) == 0
    out = capsys.readouterr().out
    assert "Spracherkennung (de)" in out and "Spracherkennung (en)" in out
    assert re.search(r"\(de\)\s+Stimme\s+de_DE-", out), out
    assert "Paket " in out or "Pakete " in out
    for english in ("speech recognition", "package ", "packages ", "joined on first use", " voice "):
        assert english not in out, english


def test_the_fallback_voice_warning_is_german(capsys: pytest.CaptureFixture[str]) -> None:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("fallback_voice: de_DE-nix-low\n", encoding="utf-8")
    assert main(["--lang", "de", "models"]) == 0
    err = capsys.readouterr().err
    assert err.startswith(
        f"Warnung: fallback_voice „de_DE-nix-low“ in {path} ist nicht installiert; holen mit: "
        "voicecoach models pull de_DE-nix-low (oder die Einstellung korrigieren)"
    ), err


def test_calls_line_about_the_saved_headset_check_is_german() -> None:
    i18n.set_language("de")
    args = argparse.Namespace(no_echo=True, input_device=None, output_device=None)
    _echo, line = _saved_echo(Settings(headset_echo=HEADSET), args)
    assert (
        line == "der Headset-Test vom 24.11.2026 wird nicht verwendet (--no-echo): vom Mikrofon wird nichts abgezogen"
    )
    i18n.set_language("en")
    _echo, line = _saved_echo(Settings(headset_echo=HEADSET), args)
    assert line == "not using the headset check from 2026-11-24 (--no-echo): nothing is subtracted from the microphone"


@pytest.mark.parametrize(
    ("persona", "gender", "customer"), [("Herr Brandt", "male", "Der Kunde"), ("Frau Keller", "female", "Die Kundin")]
)
def test_a_new_scenarios_comments_name_the_customer_by_the_personas_gender(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, persona: str, gender: str, customer: str
) -> None:
    """The comments said "die Kundin" whatever the persona, and "die übende Person" for the trainee."""
    folder = tmp_path / "neu"
    args = ["--lang", "de", "scenarios", "new", "--id", "probe-de", "--language", "de", "--title", "T", "--persona"]
    args += [persona, "--gender", gender, "--mood", "calm", "--difficulty", "easy", "--theme", "complaint"]
    assert main([*args, "--situation", "s", "--goal", "g", "-o", str(folder)]) == 0
    text = (folder / "scenario.yaml").read_text(encoding="utf-8")
    assert f"# {customer}, Satz für Satz." in text and f"was {customer[0].lower() + customer[1:]} nennt" in text
    assert "übende" not in text and "# weights: {empathy: 1.5}" in text


def test_every_note_the_demo_gives_has_german() -> None:
    """Each ``Notice`` key of ``live/demo.py`` has a ``notice.*`` text (else the English message
    shows in a German call: the demo's "sound had gaps" note had none), with the decimal comma."""
    import ast

    import voicecoach.live.demo as demo
    from voicecoach.core.words import say
    from voicecoach.core.words.ui import UI

    tree = ast.parse(Path(demo.__file__).read_text(encoding="utf-8"))
    keys = {
        node.args[1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "_note" and len(node.args) == 3
        if isinstance(node.args[1], ast.Constant)
    }
    assert {"demo_fast", "demo_silent", "demo_sound", "demo_gaps", "demo_lost"} <= keys
    assert [key for key in sorted(keys) if f"notice.{key}" not in UI] == []
    assert "0,5 s kamen zu spät" in say(UI, "notice.demo_gaps", "de", detail="0.5")
    assert "Tempo 2,5 " in say(UI, "notice.demo_fast", "de", detail="2.5")
