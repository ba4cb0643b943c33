"""The command line speaks the UI language: ``--lang``, the settings, or the system locale (issue 11)."""

from __future__ import annotations

import pytest

from tests.helpers.untranslated import english_words_in
from voicecoach import i18n
from voicecoach.cli import all_help_texts, build_parser, main
from voicecoach.core.words.command_line import ARGPARSE, HELP


@pytest.fixture(autouse=True)
def english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("VOICECOACH_LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    yield
    i18n.set_language("en")


def test_every_help_text_has_german() -> None:
    """The untranslated-string finder for the command line: a new option without German fails here."""
    i18n.set_language("en")
    missing = sorted({text for text in all_help_texts(build_parser()) if text not in HELP and text not in ARGPARSE})
    assert not missing, "help texts without German in core/words/command_line.py HELP:\n" + "\n".join(missing)


def test_german_help_texts_read_german() -> None:
    bad = [german for german in HELP.values() if english_words_in(german)]
    assert not bad


def test_lang_de_makes_help_and_argparse_german(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as leave:
        main(["--lang", "de", "--help"])
    assert leave.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("Aufruf: voicecoach")
    assert "Optionen:" in out and "diese Hilfe zeigen und beenden" in out
    assert "die auf diesem Rechner geübten Sitzungen" in out
    assert "usage:" not in out and "show this help" not in out and "the sessions practised" not in out


def test_a_german_argparse_error_is_german_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as leave:
        main(["--lang=de", "report"])
    assert leave.value.code == 2
    err = capsys.readouterr().err
    assert "voicecoach report: Fehler: diese Argumente fehlen: session" in err
    assert "error" not in err and "required" not in err


def test_the_system_locale_chooses_german(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    with pytest.raises(SystemExit):
        main(["history", "--help"])
    assert "ein JSON-Array ausgeben (neueste zuerst)" in capsys.readouterr().out


def test_lang_en_wins_over_a_german_locale(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    with pytest.raises(SystemExit):
        main(["--lang", "en", "history", "--help"])
    out = capsys.readouterr().out
    assert "usage: voicecoach history" in out and "print a JSON array" in out


def test_history_speaks_german(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "de", "history"]) == 0
    assert capsys.readouterr().out.strip() == "(noch keine Sitzungen; mit 'voicecoach' üben, dann erscheinen sie hier)"


def test_an_unknown_lang_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "fr", "history"]) == 2
    assert capsys.readouterr().err.strip() == "voicecoach: --lang fr: unknown language; give de or en"


def test_the_history_table_has_german_headers_and_status(capsys: pytest.CaptureFixture[str]) -> None:
    """Was: ``history`` printed ID STARTED SCENARIO ... in English to a German user."""
    from tests.helpers.history_data import clean_turn
    from voicecoach.adapters.store import Store

    with Store.open() as store:
        session = store.start_session("late-delivery-de", "x", "de")
        store.add_turn(session, clean_turn())
    assert main(["--lang", "de", "history"]) == 0
    header, row = capsys.readouterr().out.splitlines()
    assert header.split() == ["ID", "BEGINN", "SZENARIO", "SPRACHE", "SCHRITTE", "PUNKTE", "STATUS"]
    assert row.split()[-2:] == ["nicht", "beendet"]


def test_the_call_progress_lines_speak_german_with_decimal_comma(capsys: pytest.CaptureFixture[str]) -> None:
    from voicecoach.commands.call import _Printer
    from voicecoach.live import events as ev

    i18n.set_language("de")
    printer = _Printer(json_lines=False, quiet=False, language="de")
    printer(ev.CustomerDone(turn_id="t1", time=3.456, cut_off=True))
    printer(ev.Unanswered(turn_id="t1", waited=8.5))
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "voicecoach: Kundenseite fertig bei 3,46 s (unterbrochen); Sie sind dran",
        "voicecoach: keine Antwort innerhalb von 8,5 s",
    ]
    i18n.set_language("en")
    printer(ev.CustomerDone(turn_id="t1", time=3.456))
    assert capsys.readouterr().err.strip() == "voicecoach: customer done at 3.46 s; your turn"


def test_a_store_note_reads_german_in_a_german_command_line() -> None:
    from voicecoach.adapters.store import StoreNote
    from voicecoach.commands.history import note_text

    note = StoreNote("saved the 1 kept turn(s) into the history", "turns_saved", "1")
    i18n.set_language("de")
    assert note_text(note) == "1 aufbewahrter Gesprächsschritt im Verlauf gespeichert"
    i18n.set_language("en")
    assert note_text(note) == "saved the 1 kept turn(s) into the history"


def test_a_call_notice_reads_german_in_a_german_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    from voicecoach.commands.call import _Printer
    from voicecoach.live import events as ev

    i18n.set_language("de")
    _Printer(json_lines=False, quiet=False, language="de")(
        ev.Notice("the demo is silent: no speaker or headphones found", "demo_silent", "kein Lautsprecher gefunden")
    )
    assert capsys.readouterr().err == "voicecoach: Hinweis: Demo ohne Ton: kein Lautsprecher gefunden\n"


#: Command lines that end in a user error, each one a different path through the code.
ERROR_PATHS = [
    ["call"],
    ["call", "late-delivery-de", "--turns", "0"],
    ["call", "late-delivery-de", "--demo-speed", "2"],
    ["call", "late-delivery-de", "--demo", "--demo-speed", "50"],
    ["call", "late-delivery-de", "--demo", "--demo-reply", "/nowhere/reply.wav"],
    ["call", "no-such-scenario"],
    ["forget"],
    ["forget", "abc"],
    ["forget", "99", "--yes"],
    ["report", "99"],
    ["report", "x"],
    ["say", "late-delivery-de", "-o", "/tmp/out.mp3"],
    ["say", "late-delivery-de", "--turn", "9", "-o", "/tmp/out.wav"],
    ["models", "pull", "no-such-thing"],
    ["scenarios", "show", "no-such-scenario"],
    ["scenarios", "new", "--id", "Bad Id", "--language", "de"],
    ["scenarios", "unpack", "/nowhere/team.zip"],
    ["scenarios", "pack", "/nowhere", "-o", "/tmp/team.zip"],
    ["report", "1", "-o", "/nowhere/r.html"],
    ["judge", "late-delivery-de", "--text", ""],
    ["transcribe", "/nowhere/a.wav"],
]


@pytest.mark.parametrize("argv", ERROR_PATHS, ids=lambda argv: " ".join(argv))
def test_errors_speak_german_under_lang_de(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """The finder of English in the command line's errors: every path above ends in one German line."""
    assert main(["--lang", "de", *argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("voicecoach: "), err
    assert not english_words_in(err), err


@pytest.mark.parametrize("argv", ERROR_PATHS[:4], ids=lambda argv: " ".join(argv))
def test_the_same_errors_stay_english_under_lang_en(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", *argv]) == 2
    err = capsys.readouterr().err
    assert english_words_in(err) or "--" in err, err


def test_a_german_setting_makes_errors_german(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from voicecoach.adapters.settings import Settings, save_settings

    save_settings(Settings(ui_language="de"))
    assert main(["call", "late-delivery-de", "--turns", "0"]) == 2
    assert capsys.readouterr().err == "voicecoach: --turns muss 1 oder mehr sein, nicht 0\n"


def test_the_locale_makes_errors_and_lines_german(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert main(["forget"]) == 2
    assert "eine Sitzungs-ID oder --all angeben" in capsys.readouterr().err
    assert main(["scenarios", "list"]) == 0
    out = capsys.readouterr().out
    assert "Reklamation" in out and "(wütend)" in out and "THEMA" in out
    assert "complaint" not in out and "(angry)" not in out


def test_scenarios_show_names_the_customer_by_gender_in_german(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "de", "scenarios", "show", "late-delivery-de"]) == 0
    out = capsys.readouterr().out
    assert "Kundin:    Frau Keller (wütend, wenig Geduld" in out
    assert "muss auf das Gefühl der Kundin eingehen" in out
    assert main(["--lang", "de", "scenarios", "show", "cutting-in-de"]) == 0
    out = capsys.readouterr().out
    assert "Kunde:     Herr Kowalski" in out and "Thema: Reklamation" in out
