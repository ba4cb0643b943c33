"""argparse's own English in the German command line (issue 11): the placeholders of the usage
lines and the help ("FILE", "SECONDS", "scenario"), and its messages, are German with ``--lang de``
and stay English with ``--lang en``."""

from __future__ import annotations

import re

import pytest

from voicecoach import i18n
from voicecoach.cli import all_metavars, build_parser, main
from voicecoach.core.words.command_line import METAVARS

#: Placeholders that are literal values the user types, the same in both languages.
LITERAL = re.compile(r"^[a-z]+(\|[a-z]+)+$")


def test_every_placeholder_has_a_german_one() -> None:
    """A new option with an English placeholder fails here until it has a German one."""
    i18n.set_language("en")
    english = set(all_metavars(build_parser()))
    assert {"FILE", "SECONDS", "scenario", "SCENARIO"} <= english  # the examples the user met
    missing = sorted(m for m in english if m not in METAVARS and not LITERAL.match(m))
    assert missing == []
    i18n.set_language("de")
    try:
        german = set(all_metavars(build_parser()))
    finally:
        i18n.set_language("en")
    assert not german & {"FILE", "SECONDS", "scenario", "SCENARIO", "OUTPUT", "COMMAND", "ACTION", "session"}


@pytest.mark.parametrize(
    ("language", "shown", "gone"),
    [
        (
            "de",
            ["Aufruf:", "[--demo-reply DATEI]", "[--wait SEKUNDEN]", "[SZENARIO]", "Optionen:"],
            ["FILE", "SECONDS", "usage:"],
        ),
        ("en", ["usage:", "[--demo-reply FILE]", "[--wait SECONDS]", "[scenario]", "options:"], ["DATEI", "Aufruf"]),
    ],
)
def test_call_help_placeholders(
    language: str, shown: list[str], gone: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as end:
        main(["--lang", language, "call", "--help"])
    assert end.value.code == 0
    out = capsys.readouterr().out
    for text in shown:
        assert text in out, text
    for text in gone:
        assert text not in out, text


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("de", "voicecoach judge: Fehler: diese Argumente fehlen: SZENARIO, --text (Hilfe: voicecoach judge --help)"),
        (
            "en",
            "voicecoach judge: error: the following arguments are required: SCENARIO, --text "
            "(help: voicecoach judge --help)",
        ),
    ],
)
def test_a_missing_argument_is_named_as_the_help_names_it(
    language: str, line: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as end:
        main(["--lang", language, "judge"])
    assert end.value.code == 2
    err = capsys.readouterr().err
    assert err.strip().splitlines() == [line]  # one line: no usage lines before it
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("language", "line"),
    [
        (
            "de",
            "voicecoach call: Fehler: Argument --turns: „drei“ ist keine ganze Zahl, z. B. 3 "
            "(Hilfe: voicecoach call --help)",
        ),
        (
            "en",
            "voicecoach call: error: argument --turns: 'drei' is not a whole number, e.g. 3 (help: voicecoach call --help)",
        ),
    ],
)
def test_a_bad_number_says_so_without_pythons_type_name(
    language: str, line: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Was: "ungültiger Wert (int): 'drei'" – a Python type name in a German line; then "ungültiger
    Wert: 'drei'" after the usage lines, which did not say that a whole number is wanted."""
    with pytest.raises(SystemExit) as end:
        main(["--lang", language, "call", "--turns", "drei"])
    assert end.value.code == 2
    assert capsys.readouterr().err.strip().splitlines() == [line]


@pytest.mark.parametrize(
    ("command", "german", "english"),
    [
        (
            ["analyze", "--help"],
            ["Audio (zwei Dateien oder eine Stereoaufnahme):", "Beispiele:"],
            ["examples:", "audio ("],
        ),
        (["batch", "--help"], ["Beispiele:"], ["examples:"]),
        (["judge", "--help"], ["Beispiel:", "Das tut mir leid"], ["example:", "I am so sorry"]),
        (["check", "--help"], ["2, wenn kein Mikrofon"], ["Exit 0"]),
    ],
)
def test_group_titles_and_examples_speak_german(
    capsys: pytest.CaptureFixture[str], command: list[str], german: list[str], english: list[str]
) -> None:
    """A German first-time user found "examples:" and "audio (two files, or one stereo call):"
    in the German help: argparse's epilogs and group titles are translated too."""
    with pytest.raises(SystemExit) as done:
        main(["--lang", "de", *command])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for text in german:
        assert text in out, (text, out)
    for text in english:
        assert text not in out, (text, out)
    with pytest.raises(SystemExit):
        main(["--lang", "en", *command])
    assert english[0] in capsys.readouterr().out  # English keeps its words
