"""Races between the call ending and a screen opening, and errors nobody expected: the app stays."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from textual.widgets import Static

from tests.helpers.tui_fakes import (
    app_with,
    fake_adapters,
    judged_turn,
    live_turn_events,
    shown,
    summary_shown,
    wait_for,
    wait_for_notice,
)
from voicecoach.live import events as ev
from voicecoach.tui.screens.call import CallScreen, CallTranscript
from voicecoach.tui.screens.feedback import FeedbackScreen
from voicecoach.tui.screens.library import LibraryScreen


def started() -> ev.CallStarted:
    return ev.CallStarted(
        "late-delivery-de", "Die verspätete Lieferung", "de", "Frau Keller", "angry", "low", 3, session_id=7
    )


class BurstCall:
    """A call whose events all arrive at once: the turn is judged and, in the same instant, the
    audio stream fails and the call ends (as when the device dies while a turn is judged)."""

    def __init__(self, on_event: Callable[[Any], None]) -> None:
        self.on_event = on_event
        self.done = threading.Event()

    def run(self) -> None:
        first = judged_turn()
        for event in [
            started(),
            *live_turn_events(1, result=first),
            ev.AudioProblem("the audio stream failed"),
            ev.CallEnded(None, "device_lost", (first,), session_id=7),
        ]:
            self.on_event(event)

    def repeat_line(self) -> None: ...
    def mute(self, muted: bool | None = None) -> bool:
        return False

    def hang_up(self) -> None: ...
    def retry_turn(self) -> None: ...
    def next(self) -> None: ...


async def start_call(pilot: Any) -> None:
    await pilot.press("slash", *"keller", "enter")
    await pilot.pause()
    await pilot.press("enter")


async def test_call_ending_while_the_feedback_opens_keeps_it_then_shows_the_summary() -> None:
    """Was: NoMatches '#feedback-left' on FeedbackScreen.on_mount, and the app closed."""
    for _ in range(3):  # a race: several runs
        app = app_with(fake_adapters(open_call=lambda request, on_event: BurstCall(on_event)))
        async with app.run_test(size=(120, 40)) as pilot:
            await start_call(pilot)
            await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
            await wait_for(pilot, lambda: app.screen_stack[-2].ended)
            await pilot.pause(0.1)
            feedback = app.screen
            assert isinstance(feedback, FeedbackScreen)
            assert feedback.query_one("#feedback-left").border_title == "Transcript"  # fully mounted
            await wait_for_notice(pilot, "The call has ended")
            await pilot.press("enter")
            await wait_for(pilot, lambda: summary_shown(app))
            assert "62/100" in shown(app.screen.query_one("#summary-head", Static))
            assert "stream failed" in shown(app.screen.query_one("#summary-problem", Static))
            assert app.unexpected_errors == []


class TooEarlyCall(BurstCall):
    """A malformed event from the engine (a level without a number) in the middle of a turn."""

    def run(self) -> None:
        self.on_event(started())
        self.on_event(ev.Level(None, 0.1, time=0.5))  # type: ignore[arg-type]
        for event in live_turn_events(1, judged=False):
            self.on_event(event)
        self.done.wait(10)


async def test_an_error_in_a_screen_is_one_line_and_the_call_goes_on() -> None:
    app = app_with(fake_adapters(open_call=lambda request, on_event: TooEarlyCall(on_event)))
    app.strict = False
    async with app.run_test(size=(120, 40)) as pilot:
        await start_call(pilot)
        await wait_for(pilot, lambda: isinstance(app.screen, CallScreen) and app.screen.state == "speaking")
        assert len(app.unexpected_errors) == 1 and isinstance(app.unexpected_errors[0], TypeError)
        await wait_for_notice(pilot, "Unexpected error (TypeError")
        lines = [str(n.message) for n in app._notifications]
        assert sum("Unexpected error (TypeError" in line and "session goes on" in line for line in lines) == 1
        # the screen still handles what comes next: the level after the broken one arrived
        assert app.screen.query_one("#state", Static) is not None
        assert "Oh das tut mir leid" in app.screen.query_one(CallTranscript).partial
        await pilot.press("h")
        await pilot.pause()
    assert app.return_code in (0, None)


async def test_an_error_outside_the_screens_keeps_the_app_in_german() -> None:
    app = app_with(fake_adapters(), language="de")
    app.strict = False
    async with app.run_test(size=(120, 40)) as pilot:
        app.set_timer(0.01, lambda: 1 / 0)  # a timer callback: Textual's own last resort
        await wait_for(pilot, lambda: app.unexpected_errors)
        await wait_for_notice(pilot, "Unerwarteter Fehler (ZeroDivisionError")
        assert isinstance(app.screen, LibraryScreen) and app.is_running
        lines = [str(n.message) for n in app._notifications]
        assert any(line.startswith("Unerwarteter Fehler (ZeroDivisionError") for line in lines)
        await pilot.press("question_mark")  # keys still work
        await pilot.pause()
        assert not isinstance(app.screen, LibraryScreen)
    assert app.return_code in (0, None)
