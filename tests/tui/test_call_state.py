"""The call screen's state line between turns and while muted (issue 12's smaller faults)."""

from __future__ import annotations

from textual.widgets import Static

from tests.helpers.tui_fakes import app_with, fake_adapters, live_turn_events, scripted_opener, shown, wait_for
from voicecoach.live import events as ev
from voicecoach.tui.screens.call import CallScreen
from voicecoach.tui.screens.feedback import FeedbackScreen
from voicecoach.tui.widgets.meters import LevelMeter
from voicecoach.tui.widgets.timeline import Timeline


def started() -> ev.CallStarted:
    return ev.CallStarted(
        "late-delivery-de", "Die verspätete Lieferung", "de", "Frau Keller", "angry", "low", 3, session_id=7
    )


async def start_call(pilot) -> None:
    await pilot.press("slash", *"keller", "enter")
    await pilot.pause()
    await pilot.press("enter")


async def test_nothing_of_the_last_turn_shows_when_the_next_one_starts() -> None:
    """Was: the previous turn's status ("interrupted at 3.2 s", "Listening") for 0.3 s."""
    opener, _calls = scripted_opener([[started(), *live_turn_events(1)], []])
    app = app_with(fake_adapters(open_call=opener))
    async with app.run_test(size=(120, 40)) as pilot:
        await start_call(pilot)
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, CallScreen))
        screen = app.screen
        state = shown(screen.query_one("#state", Static))
        assert screen.state == "next" and "Next turn" in state
        assert "interrupted" not in state and "Listening" not in state
        timeline = screen.query_one(Timeline).data
        assert timeline.customer == () and timeline.trainee == ()
        assert screen.query_one(LevelMeter).db <= -59


async def test_mute_is_on_the_state_line_and_a_retry_unmutes() -> None:
    """Was: mute shown only in the meter row while the status said "Listening … just speak"."""
    opener, calls = scripted_opener([[started(), *live_turn_events(1, judged=False)]])
    app = app_with(fake_adapters(open_call=opener))
    async with app.run_test(size=(120, 40)) as pilot:
        await start_call(pilot)
        await wait_for(pilot, lambda: isinstance(app.screen, CallScreen) and app.screen.handle is not None)
        screen = app.screen
        await pilot.press("m")
        await pilot.pause()
        assert screen.muted
        screen.set_state("listening")  # what the engine's StateChanged("listening") leads to
        state = shown(screen.query_one("#state", Static))
        assert "Muted" in state and "Listening" not in state and "m turns it on" in state
        assert "MUTED" in shown(screen.query_one("#call-hint", Static))
        screen.set_state("customer")  # other states carry a badge
        assert "customer is speaking" in shown(screen.query_one("#state", Static))
        assert "✕ Microphone muted" in shown(screen.query_one("#state", Static))


async def test_a_retry_while_muted_starts_unmuted() -> None:
    judged = live_turn_events(1)
    opener, calls = scripted_opener([[started(), *judged[:-2]], judged[-2:]])
    app = app_with(fake_adapters(open_call=opener))
    async with app.run_test(size=(120, 40)) as pilot:
        await start_call(pilot)
        await wait_for(pilot, lambda: isinstance(app.screen, CallScreen) and app.screen.handle is not None)
        screen = app.screen
        await pilot.press("m")
        await pilot.pause()
        assert screen.muted
        calls[0].next()  # the scripted turn goes on to its verdict
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        await pilot.press("t")
        await wait_for(pilot, lambda: "retry" in calls[0].calls)
        assert calls[0].calls == ["mute", "next", "mute", "retry"] and calls[0].muted is False
        assert not screen.muted and not screen.query_one(LevelMeter).muted


async def test_no_reply_while_muted_says_muted_in_german() -> None:
    opener, _calls = scripted_opener([[started(), ev.Unanswered("complaint", 8.0)]])
    app = app_with(fake_adapters(open_call=opener), language="de")
    async with app.run_test(size=(120, 40)) as pilot:
        await start_call(pilot)
        await wait_for(pilot, lambda: isinstance(app.screen, CallScreen) and app.screen.handle is not None)
        await pilot.press("m")
        await pilot.pause()
        screen = app.screen
        screen._on_Unanswered(ev.Unanswered("complaint", 8.0))
        state = shown(screen.query_one("#state", Static))
        assert "Mikrofon aus" in state and "Keine Antwort" not in state
