"""The progress screen's sessions table (issue 12): visible at 80x24 and focused on open, so the
hint's "Enter: Sitzung Schritt für Schritt ansehen" works at once.

Was: at 80x24 the "Verlauf" table showed only its header; at 100x30 Enter did nothing until Tab."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable

from tests.helpers.history_data import clean_turn
from tests.helpers.tui_fakes import app_with, fake_adapters, wait_for
from voicecoach.adapters.store import Store
from voicecoach.tui.screens.feedback import FeedbackScreen
from voicecoach.tui.screens.progress import ProgressScreen


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_sessions_are_visible_and_enter_opens_one(tmp_path: Path, size: tuple[int, int]) -> None:
    path = tmp_path / "history.sqlite3"
    with Store.open(path, retention_days=None) as store:
        for _ in range(3):
            session = store.start_session("late-delivery-de", "Die verspätete Lieferung", "de", {"mode": "live"})
            store.add_turn(session, clean_turn())
            store.end_session(session)
    app = app_with(fake_adapters(store=lambda: Store.open(path, retention_days=None)), language="de")
    async with app.run_test(size=size) as pilot:
        await pilot.press("p")
        await wait_for(pilot, lambda: isinstance(app.screen, ProgressScreen))
        table = app.screen.query_one("#history", DataTable)
        await wait_for(pilot, lambda: table.row_count == 3)
        await pilot.pause()
        # border (2) + header (1) + at least two sessions on screen, inside the terminal
        assert table.region.height >= 5 and table.region.bottom <= size[1], table.region
        assert app.focused is table
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
