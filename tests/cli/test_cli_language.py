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
    assert "voicecoach report: Fehler: diese Argumente fehlen: SITZUNG" in err
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
    printer(ev.CallStarted("x-de", "Titel", "de", "Frau Keller", "angry", "low", 3))
    printer(ev.CustomerInterjected(text="Moment!", time=2.0))
    err = capsys.readouterr().err.splitlines()
    assert err == [  # before the call names its customer, "Ihr Gegenüber" (issue 11: one term per person)
        "voicecoach: Ihr Gegenüber spricht bis 3,46 s (unterbrochen); Sie sind dran",
        "voicecoach: keine Antwort innerhalb von 8,5 s",
        "voicecoach: Anruf gestartet: Titel (Frau Keller, wütend)",
        "voicecoach: Einwurf der Kundin bei 2,00 s: Moment!",
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


def test_a_german_setting_makes_errors_german(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
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


# -- scenario problems: `scenarios validate` and loading a broken scenario ------------------------

from pathlib import Path  # noqa: E402

from voicecoach.adapters.library import MAX_SCENARIO_BYTES, SHIPPED_DIR  # noqa: E402

BASE_SCENARIO = (SHIPPED_DIR / "late-delivery-de.yaml").read_text(encoding="utf-8")


def _line_of(text: str, start: str) -> int:
    """The 1-based number of the first line of ``text`` that starts with ``start``."""
    return next(number for number, line in enumerate(text.splitlines(), start=1) if line.startswith(start))


def _first_say(text: str) -> str:
    """The shipped scenario with its first customer line replaced by '...'."""
    head, _, rest = text.partition("    say: >-\n")
    lines = rest.splitlines(keepends=True)
    while lines and lines[0].startswith("      "):
        lines.pop(0)
    return head + "    say: '...'\n" + "".join(lines)


#: A broken scenario file each: (text, line of the problem or None, German line, English line); the lines
#: follow ``{path}:{line} `` (or ``{path}: `` without a line).
BROKEN = {
    "missing-field": (
        BASE_SCENARIO.replace("title: Die verspätete Lieferung\n", ""),
        "id:",
        "title: dieser Pflichtschlüssel fehlt; ihn ergänzen",
        "title: required key is missing; add it",
    ),
    "wrong-type": (
        BASE_SCENARIO.replace("rate: 1.05", "rate: schnell"),
        "  rate:",
        "persona.rate: eine Zahl erwartet, nicht 'schnell'",
        "persona.rate: expected a number, got 'schnell'",
    ),
    "not-a-choice": (
        BASE_SCENARIO.replace("mood: angry", "mood: furious"),
        "  mood:",
        "persona.mood: 'furious' ist hier nicht erlaubt; einen dieser Werte angeben: calm/ruhig, "
        "friendly/freundlich, annoyed/genervt, angry/wütend, confused/verwirrt, sceptical/skeptisch, "
        "hurried/eilig, sad/traurig",  # a file may give the German names too; English lists its own only
        "persona.mood: 'furious' is not allowed here; use one of: "
        "calm, friendly, annoyed, angry, confused, sceptical, hurried, sad",
    ),
    "out-of-range": (
        BASE_SCENARIO.replace("rate: 1.05", "rate: 0.1"),
        "  rate:",
        "persona.rate: '0.1' ist zu klein; eine Zahl über 0,3 angeben",
        "persona.rate: '0.1' is too small; give a number above 0.3",
    ),
    "unspeakable": (
        _first_say(BASE_SCENARIO),
        "    say: '...'",
        "Schritt 1 (turns[0].say): „...“ enthält keine Wörter zum Sprechen; aufschreiben, was die Person am "
        "Telefon sagt",
        "step 1 (turns[0].say): '...' has no words to speak; write what the customer says",
    ),
    "yaml-syntax": (
        BASE_SCENARIO.replace("title: Die verspätete Lieferung", "title: Die Lieferung: zu spät"),
        "title:",
        ": fehlerhaftes YAML: ein ':' an einer Stelle, an der kein Schlüssel beginnen kann; "
        "die Einrückung der Zeile prüfen oder einen Text mit ': ' in Anführungszeichen setzen",
        ": malformed YAML: a ':' where no key can start; check this line's indentation, or put quotes around a text that holds ': '",
    ),
    "too-large": (
        BASE_SCENARIO + "#" * (MAX_SCENARIO_BYTES + 44 * 1024 + 512 - len(BASE_SCENARIO.encode())) + "\n",  # 300 KB
        None,
        ": die Datei hat 300 KB, mehr als die für ein Szenario erlaubten 256 KB; auf mehrere Szenarien aufteilen",
        ": the file is 300 KB, over the limit of 256 KB for a scenario; split it into several scenarios",
    ),
}


def _broken_file(tmp_path: Path, case: str) -> tuple[Path, str]:
    """The broken scenario of ``case`` on disk, and where its problem is ("path:line" or "path")."""
    text, at, _german, _english = BROKEN[case]
    path = tmp_path / f"{case}-de.yaml"
    path.write_text(text.replace("id: late-delivery-de", f"id: {case}-de"), encoding="utf-8")
    where = f"{path}:{_line_of(text, at)}" if at else str(path)
    return path, where


def _words_of(line: str, path: Path) -> str:
    """``line`` without the file's own path and the format guide's (their folder names are no words)."""
    return line.replace(str(path), "").replace(str(SHIPPED_DIR / "README.md"), "")


@pytest.mark.parametrize("case", BROKEN)
def test_validate_says_a_scenario_problem_in_german(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Was: every problem of `scenarios validate` was English under --lang de (pydantic's words,
    the loader's, YAML's, the limits', the unspeakable line's). One German line each, file:line kept;
    validate exits 1 for an invalid file (a lint's answer), as it does in English."""
    path, where = _broken_file(tmp_path, case)
    german = BROKEN[case][2]
    assert main(["--lang", "de", "scenarios", "validate", str(path)]) == 1
    captured = capsys.readouterr()
    separator = "" if german.startswith(":") else " "
    assert captured.out.splitlines() == [f"{where}{separator}{german}"]
    assert not english_words_in(_words_of(captured.out, path)), captured.out
    assert captured.err == "1 Szenario-Datei: 0 gültig, 1 ungültig\n"


@pytest.mark.parametrize("case", BROKEN)
def test_loading_a_broken_scenario_is_one_german_line_and_exit_2(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Loading the file anywhere else (here `scenarios show FILE`) ends in one German line, exit 2."""
    path, where = _broken_file(tmp_path, case)
    german = BROKEN[case][2]
    assert main(["--lang", "de", "scenarios", "show", str(path)]) == 2
    captured = capsys.readouterr()
    separator = "" if german.startswith(":") else " "
    assert captured.out == ""
    assert (
        captured.err
        == f"voicecoach: {where}{separator}{german}; alle Probleme zeigt 'voicecoach scenarios validate {path}'\n"
    )
    assert not english_words_in(_words_of(captured.err, path)), captured.err


@pytest.mark.parametrize("case", BROKEN)
def test_the_same_scenario_problems_stay_english_under_lang_en(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, where = _broken_file(tmp_path, case)
    english = BROKEN[case][3]
    separator = "" if english.startswith(":") else " "
    assert main(["--lang", "en", "scenarios", "validate", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [f"{where}{separator}{english}"]
    assert captured.err == "1 scenario file: 0 valid, 1 invalid\n"
    assert main(["--lang", "en", "scenarios", "show", str(path)]) == 2
    assert capsys.readouterr().err == (
        f"voicecoach: {where}{separator}{english}; run 'voicecoach scenarios validate {path}' to see all\n"
    )


def test_analyze_names_the_side_of_a_call_in_german(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Was: "the left channel of call.wav (the customer's) is silent" in a German command line."""
    import numpy as np
    import soundfile

    rate = 16000
    tone = 0.3 * np.sin(2 * np.pi * 220 * np.arange(3 * rate) / rate).astype(np.float32)
    call = tmp_path / "call.wav"
    soundfile.write(call, np.stack([np.zeros_like(tone), tone], axis=1), rate)
    assert main(["--lang", "de", "analyze", "--call", str(call), "--customer-channel", "left"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"voicecoach: der linke Kanal von {call} (Seite der Kundin/des Kunden) ist still, "), err
    assert err.count("\n") == 1 and not english_words_in(err.replace(str(call), "")), err
    assert main(["--lang", "en", "analyze", "--call", str(call), "--customer-channel", "left"]) == 2
    assert capsys.readouterr().err.startswith(f"voicecoach: the left channel of {call} (the customer's) is silent, ")
