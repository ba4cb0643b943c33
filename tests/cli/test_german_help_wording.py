"""German help and report wording (issue 11 item 3), with the English beside it.

Was: "show  ein Szenario vollständig", "(Standard: ausgeben)", "ein HTML-Bericht, in DATEI, wenn
angegeben", "scenarios new -o DATEI", "X-mal schneller", "ungültige Wahl: 'foo' (möglich: …)",
"Vorgabe:", "| Fähigkeiten | Punkte |", "Redeanteil (Mitarbeitende)", "siehe: python -m sounddevice".
"""

from __future__ import annotations

import pytest

from voicecoach.cli import main
from voicecoach.core.words.batch import BATCH_HELP
from voicecoach.core.words.call_report import CALL_METRICS
from voicecoach.core.words.cli import REPORT


def help_of(capsys: pytest.CaptureFixture[str], language: str, *argv: str) -> str:
    with pytest.raises(SystemExit):
        main(["--lang", language, *argv, "--help"])
    return " ".join(capsys.readouterr().out.split())  # argparse wraps lines: compare words


@pytest.mark.parametrize(
    ("argv", "de", "en"),
    [
        (["scenarios"], "show ein Szenario vollständig anzeigen", "show one scenario in full"),
        (["report"], "(Standard: auf dem Bildschirm ausgeben)", "(default: print it)"),
        (
            ["report"],
            "--html [DATEI] auch einen HTML-Bericht schreiben (in DATEI, falls angegeben)",
            "--html [FILE] an HTML report, into FILE when given",
        ),
        (["scenarios", "new"], "-o ORDNER, --output ORDNER", "-o FOLDER, --output FOLDER"),
        (["call"], "den Anruf FAKTOR-mal so schnell wie in Echtzeit", "run the call X times faster"),
        (
            ["scenarios", "record"],
            "Liste: voicecoach call --list-devices",
            "list them with: voicecoach call --list-devices",
        ),
    ],
)
def test_help_wording(capsys: pytest.CaptureFixture[str], argv: list[str], de: str, en: str) -> None:
    german = help_of(capsys, "de", *argv)
    assert de in german
    assert "python -m sounddevice" not in german and "X-mal" not in german
    assert en in help_of(capsys, "en", *argv)


@pytest.mark.parametrize(
    ("language", "says"),
    [("de", "„foo“ gibt es hier nicht; möglich: html, md, json"), ("en", "'foo' is not one of: html, md, json")],
)
def test_a_bad_choice_reads_like_the_rest(capsys: pytest.CaptureFixture[str], language: str, says: str) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", language, "report", "--format", "foo"])
    assert says in capsys.readouterr().err


def test_report_words() -> None:
    assert REPORT["skill"] == {"de": "Fähigkeit", "en": "Skill"}
    assert CALL_METRICS["talk_ratio"]["de"] == "Redeanteil der/des Mitarbeitenden"
    assert not any("Vorgabe" in entry for entry in BATCH_HELP.values())
