"""The progress screen shows the real calls ``voicecoach batch`` stored, per agent (issue 14):
``a`` goes from the trainee's practice to each agent's calls and back; practice trends never mix
with real calls."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Static

from tests.helpers.timelines import two_exchange_call
from tests.helpers.tui_fakes import app_with, fake_adapters, judged_turn, shown, wait_for, wait_for_notice
from voicecoach.adapters.store import Store
from voicecoach.tui.screens.feedback import FeedbackScreen
from voicecoach.tui.screens.progress import ProgressScreen


def _history(path: Path) -> None:
    with Store.open(path, retention_days=None) as store:
        practice = store.start_session("boiler-service-en", "Booking the boiler service", "en")
        store.add_turn(practice, judged_turn(total=95, turn_id="book"))
        store.end_session(practice)
        store.add_call(two_exchange_call(cut_in=True), agent="ben", source_hash="a" * 64, title="ben/1.wav")
        store.add_call(two_exchange_call(cut_in=False), agent="ben", source_hash="b" * 64, title="ben/2.wav")
        store.add_call(two_exchange_call(cut_in=True), agent="anna", source_hash="c" * 64, title="anna/1.wav")


def _rows(screen: ProgressScreen) -> list[str]:
    table = screen.query_one("#history", DataTable)
    return [str(table.get_row_at(index)[1]) for index in range(table.row_count)]


async def test_a_walks_from_practice_to_each_agents_calls_and_back(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    _history(db)
    app = app_with(fake_adapters(store=lambda: Store.open(db, retention_days=None)))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("p")
        await wait_for(pilot, lambda: isinstance(app.screen, ProgressScreen) and _rows(app.screen))
        screen = app.screen
        assert _rows(screen) == ["Booking the boiler service"]  # practice only
        await pilot.press("a")  # agents by name: anna first
        await wait_for(pilot, lambda: _rows(screen) == ["anna/1.wav"])
        assert shown(screen.query_one("#progress-title", Static)).strip() == "Real calls of anna (1 call)"
        assert "Interruption" in shown(screen.query_one("#recurring", Static))
        assert "Call again" not in shown(screen.query_one("#recurring", Static))  # no scenario to call
        await pilot.press("a")
        await wait_for(pilot, lambda: sorted(_rows(screen)) == ["ben/1.wav", "ben/2.wav"])
        assert shown(screen.query_one("#progress-title", Static)).strip() == "Real calls of ben (2 calls)"
        # a call is reviewed exchange by exchange like a practice session
        screen.query_one("#history", DataTable).focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen)
        await pilot.press("a")  # after the last agent: practice again
        await wait_for(pilot, lambda: _rows(screen) == ["Booking the boiler service"])
        assert shown(screen.query_one("#progress-title", Static)).strip() == "Progress"


async def test_without_real_calls_a_says_how_to_get_them(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    with Store.open(db, retention_days=None) as store:
        session = store.start_session("boiler-service-en", "Booking the boiler service", "en")
        store.add_turn(session, judged_turn(total=95, turn_id="book"))
        store.end_session(session)
    app = app_with(fake_adapters(store=lambda: Store.open(db, retention_days=None)), language="de")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("p")
        await wait_for(pilot, lambda: isinstance(app.screen, ProgressScreen) and _rows(app.screen))
        await pilot.press("a")
        await wait_for_notice(pilot, "Noch keine echten Gespräche", "voicecoach batch")
        assert shown(app.screen.query_one("#progress-title", Static)).strip() == "Fortschritt"
