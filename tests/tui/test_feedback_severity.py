"""The feedback screen shows an unsure "info" finding (a missed key point the judge may have
misheard) as a note with no points off, never with the check mark of praise (issue 11)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from textual.widgets import Static

from tests.core.test_shown_severity import UNSURE_MISSED_POINT
from tests.helpers.tui_fakes import (
    app_with,
    fake_adapters,
    judged_turn,
    live_turn_events,
    scripted_opener,
    shown,
    wait_for,
)
from voicecoach.live import events as ev
from voicecoach.tui.screens.feedback import FeedbackScreen


@pytest.mark.parametrize(
    ("language", "kind", "note", "praise", "good"),
    [
        ("de", "Punkt nicht gehört  4,0–6,0 s", "Anmerkung, kein Abzug", "Zuhörsignal  1,0–1,2 s", "gut"),
        ("en", "Key point not heard  4.0–6.0 s", "note, no points off", "1.0–1.2 s", "good"),
    ],
)
async def test_the_feedback_screen_marks_a_note_not_a_check(
    language: str, kind: str, note: str, praise: str, good: str
) -> None:
    result = replace(judged_turn(), findings=(*judged_turn().findings, UNSURE_MISSED_POINT))
    started = ev.CallStarted("late-delivery-de", "Die verspätete Lieferung", "de", "Frau Keller", "angry", "low", 3)
    opener, _ = scripted_opener([[started, *live_turn_events(result=result)]], ending=[ev.CallEnded(None, "hung_up")])
    app = app_with(fake_adapters(open_call=opener), language=language)
    async with app.run_test(size=(140, 50)) as pilot:
        await pilot.press("d")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        rows = shown(app.screen.query_one("#feedback-findings", Static)).splitlines()
        line = next(row for row in rows if kind in row)
        assert "ℹ" in line and note in line and "✓" not in line
        line = next(row for row in rows if praise in row)
        assert "✓" in line and good in line
