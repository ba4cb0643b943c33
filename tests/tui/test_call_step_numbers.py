"""The call, feedback and summary screens number a step as ``scenarios show`` does (issue 11): by its
place in the scenario file, with the reply's place in the call said apart.

Was: header "Schritt 1/4" while only 3 steps were played, and "Schritt 2" for what ``scenarios show``
calls step 3 (a good first reply skips step 2)."""

from __future__ import annotations

from textual.widgets import Static

from tests.helpers.tui_fakes import (
    app_with,
    fake_adapters,
    judged_turn,
    live_turn_events,
    scripted_opener,
    summary_shown,
    wait_for,
)
from tests.tui.test_call_screens import start_call, started
from voicecoach.live import events as ev
from voicecoach.tui.screens.call import CallScreen
from voicecoach.tui.screens.feedback import FeedbackScreen


def _plain(widget: Static) -> str:
    return str(widget.render())


async def test_a_skipped_step_keeps_the_file_numbers_on_every_screen() -> None:
    second = judged_turn(turn_id="promise", total=90)
    promise = ev.CustomerSpeaking("promise", "Und wann kommt er jetzt?", duration=3.0, number=2)
    turns = [
        [started(), *live_turn_events(1)],
        [promise, ev.TraineeSpeaking(3.2), ev.TurnJudged(second, number=2, next_turn_id=None)],
    ]
    opener, _ = scripted_opener(turns, [ev.CallEnded(None, "finished", (judged_turn(), second), session_id=7)])
    app = app_with(fake_adapters(open_call=opener))
    async with app.run_test(size=(120, 40)) as pilot:
        await start_call(pilot, app)
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        assert "Step 1 · reply 1" in str(app.screen._title())
        call = app.screen_stack[-2]
        assert isinstance(call, CallScreen)
        await pilot.press("enter")  # next: step 3 ("promise"), the 2nd reply
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen) and app.screen.result.turn_id == "promise")
        assert "Step 3 · reply 2" in str(app.screen._title())
        assert "Step 3 · reply 2" in _plain(call.query_one("#timer", Static))
        assert "/3" not in _plain(call.query_one("#timer", Static))  # no count that branches make wrong
        await pilot.press("n")
        await wait_for(pilot, lambda: summary_shown(app))
        worst = app.screen.view.worst
        assert {step for step, _ in worst} <= {1, 3} and worst, worst  # file numbers, never 2


async def test_a_retry_says_its_attempt_on_the_call_and_feedback_screens() -> None:
    """Was: after 't' the header read "Schritt 1 · Antwort 1" again, as if nothing had happened."""
    retried = judged_turn(total=100)
    again = ev.CustomerSpeaking(
        "complaint", "Keller hier, meine Bestellnummer ist 4711.", duration=3.0, number=1, attempt=2
    )
    turns = [
        [started(), *live_turn_events(1)],
        [again, ev.TraineeSpeaking(3.2), ev.TurnJudged(retried, number=1, next_turn_id=None, attempt=2)],
    ]
    opener, _ = scripted_opener(turns, [ev.CallEnded(None, "finished", (retried,), session_id=7)])
    app = app_with(fake_adapters(open_call=opener))
    async with app.run_test(size=(120, 40)) as pilot:
        await start_call(pilot, app)
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        assert "attempt" not in str(app.screen._title())
        call = app.screen_stack[-2]
        assert isinstance(call, CallScreen)
        # the fake replays its script on 't'; its next turn is what the engine posts for a retry
        # (tests/live/test_engine.py checks the engine numbers it so)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen) and app.screen.judged.attempt == 2)
        assert "Step 1 · reply 1 · attempt 2" in str(app.screen._title())
        assert "Step 1 · reply 1 · attempt 2" in _plain(call.query_one("#timer", Static))
