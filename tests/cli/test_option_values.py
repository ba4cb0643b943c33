"""Option values a German user types (issue 11): ``--customer-channel links``, ``--gender männlich``,
``--difficulty schwer``, ``report letzte``; German help shows the German values, English ones are
still taken in either language; a value an option does not take, or a word where a number goes
(``--turns drei``), is one line in the UI language that says what is wanted, exit 2."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

from voicecoach import i18n
from voicecoach.adapters.store import Store
from voicecoach.cli import build_parser, main, subparser
from voicecoach.commands import report, scenarios_trainer
from voicecoach.commands.options import Choice, channel_number, decimal_number, whole_number
from voicecoach.core.words.command_line import CHOICES, shown_choices
from voicecoach.core.words.voices import GENDERS


def parse(language: str, argv: list[str]) -> argparse.Namespace:
    """``argv`` parsed as ``voicecoach --lang LANGUAGE`` would."""
    i18n.set_language(language)
    return build_parser().parse_args(argv)


def error_lines(capsys: pytest.CaptureFixture[str], argv: list[str]) -> list[str]:
    with pytest.raises(SystemExit) as end:
        main(argv)
    assert end.value.code == 2
    out, err = capsys.readouterr()
    assert out == "" and "Traceback" not in err
    return err.strip().splitlines()


CALL = ["analyze", "--call", "call.wav"]
NEW = ["scenarios", "new"]


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize(
    ("argv", "dest", "value"),
    [
        ([*CALL, "--customer-channel", "links"], "customer_channel", "left"),
        ([*CALL, "--customer-channel", "Rechts"], "customer_channel", "right"),
        ([*CALL, "--customer-channel", "right"], "customer_channel", "right"),
        (["batch", "calls/", "-o", "r/", "--customer-channel", "rechts"], "customer_channel", "right"),
        ([*NEW, "--gender", "männlich"], "gender", "male"),
        ([*NEW, "--gender", "weiblich"], "gender", "female"),
        ([*NEW, "--gender", "divers"], "gender", "diverse"),
        ([*NEW, "--gender", "female"], "gender", "female"),
        ([*NEW, "--difficulty", "leicht"], "difficulty", "easy"),
        ([*NEW, "--difficulty", "mittel"], "difficulty", "medium"),
        ([*NEW, "--difficulty", "schwer"], "difficulty", "hard"),
        ([*NEW, "--difficulty", "hard"], "difficulty", "hard"),
        ([*NEW, "--mood", "wütend"], "mood", "angry"),
        ([*NEW, "--mood", "eilig"], "mood", "hurried"),
        ([*NEW, "--mood", "annoyed"], "mood", "annoyed"),
        ([*NEW, "--language", "deutsch"], "language", "de"),
        (["transcribe", "a.wav", "--channel", "rechts"], "channel", 1),
        (["transcribe", "a.wav", "--channel", "0"], "channel", 0),
        (["report", "1", "--format", "markdown"], "format", "md"),
        (["call", "--demo-speed", "1,5"], "demo_speed", 1.5),
        (["call", "--wait", "9.5"], "wait", 9.5),
        (["call", "--turns", "3"], "turns", 3),
    ],
)
def test_german_and_english_values_are_taken_in_either_language(
    language: str, argv: list[str], dest: str, value: object
) -> None:
    assert getattr(parse(language, argv), dest) == value


@pytest.mark.parametrize(
    ("language", "argv", "shown", "gone"),
    [
        (
            "de",
            [*NEW, "--help"],
            [
                "--gender weiblich|männlich|divers",
                "--difficulty leicht|mittel|schwer",
                "--mood ruhig|freundlich|genervt|wütend|verwirrt|skeptisch|eilig|traurig",
                "--language de|en",
            ],
            ["female", "{easy", "medium", "annoyed"],
        ),
        (
            "en",
            [*NEW, "--help"],
            ["--gender female|male|diverse", "--difficulty easy|medium|hard", "--mood calm|friendly|annoyed"],
            ["weiblich", "schwer", "wütend"],
        ),
        (
            "de",
            ["analyze", "--help"],
            ["--customer-channel links|rechts", "--customer-channel links --json", "--customer-channel rechts --html"],
            ["left|right", "--customer-channel left", "--customer-channel right"],
        ),
        ("en", ["analyze", "--help"], ["--customer-channel left|right"], ["links"]),
        ("de", ["batch", "--help"], ["--customer-channel links|rechts"], ["left|right", "--customer-channel left"]),
        ("de", ["report", "--help"], ["oder 'letzte'"], ["'last'"]),
        ("de", ["transcribe", "--help"], ["--language de|en", "--device auto|cpu|cuda"], ["{de,en}"]),
    ],
)
def test_help_shows_the_values_in_the_ui_language(
    capsys: pytest.CaptureFixture[str], language: str, argv: list[str], shown: list[str], gone: list[str]
) -> None:
    with pytest.raises(SystemExit) as end:
        main(["--lang", language, *argv])
    assert end.value.code == 0
    out = " ".join(capsys.readouterr().out.split())  # argparse wraps where the terminal ends
    for text in shown:
        assert text in out, (text, out)
    for text in gone:
        assert text not in out, (text, out)


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (
            ["--lang", "de", *CALL, "--customer-channel", "mitte"],
            "voicecoach analyze: Fehler: Argument --customer-channel: „mitte“ gibt es hier nicht; möglich: links, "
            "rechts (Hilfe: voicecoach analyze --help)",
        ),
        (
            ["--lang", "en", *CALL, "--customer-channel", "middle"],
            "voicecoach analyze: error: argument --customer-channel: 'middle' is not one of: left, right "
            "(help: voicecoach analyze --help)",
        ),
        (
            ["--lang", "de", "batch", "calls/", "-o", "r/", "--customer-channel", "mitte"],
            "voicecoach batch: Fehler: Argument --customer-channel: „mitte“ gibt es hier nicht; möglich: links, "
            "rechts (Hilfe: voicecoach batch --help)",
        ),
        (
            ["--lang", "de", "analyze", "--customer", "a.wav", "--trainee", "b.wav", "--language", "fr"],
            "voicecoach analyze: Fehler: Argument --language: „fr“ gibt es hier nicht; möglich: de, en "
            "(Hilfe: voicecoach analyze --help)",
        ),
        (
            ["--lang", "de", *NEW, "--gender", "mann"],
            "voicecoach scenarios new: Fehler: Argument --gender: „mann“ gibt es hier nicht; möglich: weiblich, "
            "männlich, divers (Hilfe: voicecoach scenarios new --help)",
        ),
        (
            ["--lang", "de", *NEW, "--difficulty", "einfach"],
            "voicecoach scenarios new: Fehler: Argument --difficulty: „einfach“ gibt es hier nicht; möglich: leicht, "
            "mittel, schwer (Hilfe: voicecoach scenarios new --help)",
        ),
        (
            ["--lang", "en", *NEW, "--difficulty", "simple"],
            "voicecoach scenarios new: error: argument --difficulty: 'simple' is not one of: easy, medium, hard "
            "(help: voicecoach scenarios new --help)",
        ),
        (
            ["--lang", "de", "call", "--turns", "drei"],
            "voicecoach call: Fehler: Argument --turns: „drei“ ist keine ganze Zahl, z. B. 3 "
            "(Hilfe: voicecoach call --help)",
        ),
        (
            ["--lang", "en", "call", "--turns", "three"],
            "voicecoach call: error: argument --turns: 'three' is not a whole number, e.g. 3 "
            "(help: voicecoach call --help)",
        ),
        (
            ["--lang", "de", "say", "late-delivery-de", "--turn", "zwei", "-o", "x.wav"],
            "voicecoach say: Fehler: Argument --turn: „zwei“ ist keine ganze Zahl, z. B. 3 (Hilfe: voicecoach say --help)",
        ),
        (
            ["--lang", "de", "call", "--demo-speed", "schnell"],
            "voicecoach call: Fehler: Argument --demo-speed: „schnell“ ist keine Zahl, z. B. 1,5 "
            "(Hilfe: voicecoach call --help)",
        ),
        (
            ["--lang", "de", "check", "--seconds", "nan"],
            "voicecoach check: Fehler: Argument --seconds: „nan“ ist keine Zahl, z. B. 1,5 "
            "(Hilfe: voicecoach check --help)",
        ),
        (
            ["--lang", "de", "scenarios", "record", "x", "--turn", "eins"],
            "voicecoach scenarios record: Fehler: Argument --turn: „eins“ ist keine ganze Zahl, z. B. 3 "
            "(Hilfe: voicecoach scenarios record --help)",
        ),
    ],
)
def test_a_value_the_option_does_not_take_is_one_line_in_the_ui_language(
    capsys: pytest.CaptureFixture[str], argv: list[str], line: str
) -> None:
    assert error_lines(capsys, argv) == [line]


def test_the_system_locale_makes_the_value_error_german(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    for name in ("VOICECOACH_LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    [line] = error_lines(capsys, ["call", "--turns", "drei"])
    assert "„drei“ ist keine ganze Zahl" in line


def _options(parser: argparse.ArgumentParser, where: str = "voicecoach") -> list[tuple[str, argparse.Action]]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _options(sub, f"{where} {name}")
        else:
            found.append((where, action))
    return found


@pytest.mark.parametrize("language", ["de", "en"])
def test_no_option_takes_english_only_values_or_a_bare_number_type(language: str) -> None:
    """A new option with ``choices=[...]`` (English-only values, argparse's English list in the
    error) or ``type=int``/``float`` ("ungültiger Wert") fails here: use ``choice(kind)``,
    ``whole_number`` or ``decimal_number`` from ``voicecoach.commands.options``."""
    i18n.set_language(language)
    bad = [
        f"{where} {'/'.join(action.option_strings) or action.dest}"
        for where, action in _options(build_parser())
        if action.choices is not None or action.type in (int, float)
    ]
    assert bad == []
    kinds = {action.type.kind for _where, action in _options(build_parser()) if isinstance(action.type, Choice)}
    assert {"channel", "gender", "difficulty", "mood", "language"} <= kinds


def test_every_value_has_its_german_word() -> None:
    """Each value the program knows has a German word the help shows (codes such as de|en stay)."""
    assert tuple(CHOICES["gender"]) == GENDERS
    assert tuple(CHOICES["mood"]) == scenarios_trainer.MOODS
    for kind in ("channel", "gender", "difficulty", "mood"):
        german = shown_choices(kind, "de")
        assert not set(german) & set(CHOICES[kind]), (kind, german)  # a German word, not the English value


@pytest.mark.parametrize("word", ["last", "latest", "letzte", "Letzter", "neueste"])
def test_report_takes_the_newest_session_by_a_german_or_english_word(word: str) -> None:
    with Store.open() as store:
        older = store.start_session("late-delivery-de", "Die verspätete Lieferung", "de")
        store.end_session(older)
        newest = store.start_session("late-delivery-de", "Die verspätete Lieferung", "de")
        store.end_session(newest)
        assert report.session_id(word, store) == newest
        assert report.session_id(str(older), store) == older


def test_lang_takes_the_language_by_its_name(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "deutsch", "history", "--help"])
    assert "ein JSON-Array ausgeben" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("language", "typed", "value", "prompt"),
    [
        ("de", "männlich\n", "male", "(weiblich/männlich/divers) [divers]"),
        ("de", "male\n", "male", "(weiblich/männlich/divers) [divers]"),
        ("en", "female\n", "female", "(female/male/diverse) [diverse]"),
        ("de", "\n", "diverse", "[divers]"),
        ("de", "mann\nweiblich\n", "female", "weiblich, männlich, divers"),
    ],
)
def test_scenarios_new_asks_for_values_in_the_ui_language(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    language: str,
    typed: str,
    value: str,
    prompt: str,
) -> None:
    i18n.set_language(language)
    monkeypatch.setattr("sys.stdin", io.StringIO(typed))
    assert scenarios_trainer._ask("Geschlecht", "diverse", "gender") == value
    assert prompt in capsys.readouterr().err


def test_the_types_alone() -> None:
    i18n.set_language("de")
    assert whole_number(" 12 ") == 12 and decimal_number("2,25") == 2.25 and decimal_number("3") == 3.0
    assert channel_number("links") == 0 and channel_number("right") == 1 and channel_number("3") == 3
    for bad_type, text in (
        (whole_number, "1,5"),
        (decimal_number, "1,5,0"),
        (decimal_number, "inf"),
        (channel_number, "-1"),
    ):
        with pytest.raises(argparse.ArgumentTypeError):
            bad_type(text)
    assert subparser(build_parser(), "call") is not None


class _Terminal(io.StringIO):
    """Typed answers, as from a terminal (``scenarios new`` asks only on one)."""

    def isatty(self) -> bool:
        return True


def test_scenarios_new_asks_in_german_and_takes_german_answers(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Was: "Gender / Geschlecht (female, male, diverse) [female]:" – English first, English values."""
    monkeypatch.setattr("sys.stdin", _Terminal("de\nMein Test\nmein-test-de\nHerr Brandt\nmännlich\nwütend\n\n\n"))
    assert main(["--lang", "de", "scenarios", "new", "-o", str(tmp_path / "mein-test-de")]) == 0
    err = capsys.readouterr().err
    for prompt in (
        "Sprache (de/en) [de]:",
        "Titel [Neues Szenario]:",
        "Geschlecht (weiblich/männlich/divers) [männlich]:",
        "Stimmung (ruhig/freundlich/genervt/wütend/verwirrt/skeptisch/eilig/traurig) [genervt]:",
        "Ziel [",
    ):
        assert prompt in err, (prompt, err)
    assert not any(word in err for word in ("Gender", "Mood", "Title", "Language", "female", "annoyed"))
    written = (tmp_path / "mein-test-de" / "scenario.yaml").read_text(encoding="utf-8")
    assert "gender: male" in written and "mood: angry" in written
