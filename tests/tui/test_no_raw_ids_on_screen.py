"""The screens name a scenario by its title and a step by its line, never by internal ids (issue 11).

Was: the progress screen's session list fell back to "late-delivery-de" for a session kept without
a title; the trainer's recording screen listed "1. complaint" under the border title
"late-delivery-de", the ids alone (a trainer types ids, so they stay, beside the human name).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console
from textual.widgets import DataTable, OptionList

from tests.helpers.history_data import clean_turn
from tests.helpers.tui_fakes import app_with, fake_adapters, wait_for
from voicecoach.adapters.store import Store
from voicecoach.tui.screens.progress import ProgressScreen
from voicecoach.tui.screens.recording import RecordingScreen

TITLE = {"de": "Die verspätete Lieferung", "en": "The laptop that never arrived"}


@pytest.mark.parametrize("language", ["de", "en"])
async def test_progress_lists_a_session_without_a_kept_title_by_the_library_title(
    tmp_path: Path, language: str
) -> None:
    db = tmp_path / "history.sqlite3"
    scenario = f"late-delivery-{language}"
    with Store.open(db, retention_days=None) as store:
        session = store.start_session(scenario, "", language)  # an old session: no title kept
        store.add_turn(session, clean_turn(language))
        store.end_session(session)
    app = app_with(fake_adapters(store=lambda: Store.open(db, retention_days=None)), language=language)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("p")
        await wait_for(
            pilot,
            lambda: (
                isinstance(app.screen, ProgressScreen) and app.screen.query_one("#history", DataTable).row_count > 0
            ),
        )
        row = [str(cell) for cell in app.screen.query_one("#history", DataTable).get_row_at(0)]
        assert TITLE[language] in row and scenario not in row, row


@pytest.mark.parametrize("language", ["de", "en"])
async def test_recording_screen_names_lines_by_their_words_with_the_id_beside(language: str) -> None:
    app = app_with(fake_adapters(), language=language)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *f"late-delivery-{language}", "enter")
        await pilot.pause()
        await pilot.press("a")
        await wait_for(pilot, lambda: isinstance(app.screen, RecordingScreen))
        lines = app.screen.query_one("#lines", OptionList)
        console = Console(width=200, record=True, file=io.StringIO())
        console.print(lines.get_option_at_index(0).prompt)
        first = " ".join(console.export_text().split())
        words = "„Keller hier, meine Bestellnummer" if language == "de" else '"This is Daniel Reed'
        assert first.startswith(f"○ 1. {words}") and "(complaint)" in first, first
        assert lines.border_title == f"{TITLE[language]} (late-delivery-{language})"
