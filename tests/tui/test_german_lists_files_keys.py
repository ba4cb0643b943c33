"""What a German user sees on the progress and files screens and in the footer (issue 11): the
history's dates as 01.12.2026 14:05 and demo calls marked "Demo-Anruf"; the files screen with
nothing typed says so and gives an example path, never "keine Datei unter „—“"; keys with Ctrl
read "Strg+P" in German (Textual writes "^p")."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

import pytest
from textual.binding import Binding
from textual.widgets import DataTable, Static
from textual.widgets._footer import FooterKey  # Textual exports no public name for it

from tests.helpers.history_data import clean_turn
from tests.helpers.tui_fakes import app_with, fake_adapters, shown, wait_for
from tests.helpers.untranslated import english_words_in
from voicecoach import i18n
from voicecoach.adapters.store import Store
from voicecoach.tui.screens.files import FilesScreen, file_problem

STARTED = datetime(2026, 12, 1, 13, 5, tzinfo=timezone.utc)


def history(path: Path) -> Path:
    with Store.open(path, retention_days=None) as store:
        for mode in ("demo", "live"):
            session = store.start_session(
                "late-delivery-de", "Die verspätete Lieferung", "de", {"mode": mode}, started=STARTED
            )
            store.add_turn(session, clean_turn())
            store.end_session(session)
    return path


@pytest.mark.parametrize(
    ("language", "date", "demo"),
    [
        ("de", r"\d\d\.\d\d\.\d{4} \d\d:\d\d", "Die verspätete Lieferung (Demo-Anruf)"),
        ("en", r"\d{4}-\d\d-\d\d \d\d:\d\d", "Die verspätete Lieferung (demo)"),
    ],
)
async def test_the_session_list_writes_dates_for_the_language_and_marks_demo_calls(
    tmp_path: Path, language: str, date: str, demo: str
) -> None:
    path = history(tmp_path / "history.sqlite3")
    app = app_with(fake_adapters(store=lambda: Store.open(path, retention_days=None)), language=language)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("p")
        await wait_for(pilot, lambda: app.screen.query_one("#history", DataTable).row_count == 2)
        table = app.screen.query_one("#history", DataTable)
        rows = [[str(cell) for cell in table.get_row_at(index)] for index in range(table.row_count)]
        assert all(re.fullmatch(date, row[0]) for row in rows), rows
        assert [row[1] for row in rows] == ["Die verspätete Lieferung", demo]  # newest first: the practised one


@pytest.mark.parametrize(
    ("language", "line"),
    [
        (
            "de",
            "Aufnahme der Kundin/des Kunden (WAV, FLAC, MP3 …): noch keine Datei angegeben – den Pfad einer "
            "Aufnahme eingeben, z. B. ~/Aufnahmen/kunde.wav",
        ),
        (
            "en",
            "Customer track (WAV, FLAC, MP3 …): no file given yet – type the path of a recording, e.g. "
            "~/recordings/customer.wav",
        ),
    ],
)
async def test_the_files_screen_with_nothing_typed_says_so(language: str, line: str) -> None:
    """Was: "…: keine Datei unter „—“ – den Pfad einer Aufnahme eingeben"."""
    app = app_with(fake_adapters(analyze_files=lambda *args: None), language=language)
    async with app.run_test(size=(160, 40)) as pilot:
        app.push_screen(FilesScreen())
        await wait_for(pilot, lambda: isinstance(app.screen, FilesScreen))
        await pilot.press("ctrl+r")
        status = app.screen.query_one("#files-status", Static)
        await wait_for(pilot, lambda: shown(status).strip())
        assert shown(status).strip() == f"⚠ {line}"
        assert "—" not in shown(status)


@pytest.mark.parametrize(
    ("typed", "line"),
    [
        ("{folder}", "Ihre Aufnahme: „{folder}“ ist ein Ordner – den Pfad einer Aufnahme darin eingeben"),
        ("{folder}/nirgends/a.wav", "Ihre Aufnahme: den Ordner „{folder}/nirgends“ gibt es nicht – den Pfad prüfen"),
        ("{folder}/a.wav", "Ihre Aufnahme: keine Datei unter „{folder}/a.wav“ – den Pfad einer Aufnahme eingeben"),
    ],
)
def test_each_wrong_path_says_what_is_wrong(tmp_path: Path, typed: str, line: str) -> None:
    i18n.set_language("de")
    said = file_problem(i18n.t("files.trainee"), typed.format(folder=tmp_path), "~/Aufnahmen/antwort.wav")
    assert said == line.format(folder=tmp_path)
    (tmp_path / "a.wav").write_bytes(b"RIFF")
    assert file_problem("x", str(tmp_path / "a.wav"), "") is None


@pytest.mark.parametrize(
    ("language", "keys"), [("de", {"Strg+R", "F1", "Esc", "Strg+P"}), ("en", {"^r", "f1", "esc", "^p"})]
)
async def test_ctrl_keys_read_strg_in_german(language: str, keys: set[str]) -> None:
    app = app_with(fake_adapters(analyze_files=lambda *args: None), language=language)
    async with app.run_test(size=(160, 40)) as pilot:
        app.push_screen(FilesScreen())
        await wait_for(pilot, lambda: isinstance(app.screen, FilesScreen) and app.screen.query(FooterKey))
        await pilot.pause(0.1)
        shown_keys = {key.key_display for key in app.screen.query(FooterKey)}
        assert keys <= shown_keys, shown_keys
        assert app.get_key_display(Binding("ctrl+q", "quit", "x")) == ("Strg+Q" if language == "de" else "^q")
        if language == "de":
            assert not [k for k in shown_keys if k.startswith("^") or "ctrl" in k.lower()]
            assert not english_words_in(" ".join(shown_keys))
