"""Snapshots of the call and the feedback screens (fixed clock, scripted events, literal results).

Update after an intended change of the look with ``pytest tests/tui/test_snapshots.py --snapshot-update``
and look at the SVGs in ``tests/tui/__snapshots__/`` before committing them.
"""

from __future__ import annotations

from tests.helpers.tui_fakes import app_with, fake_adapters, judged_turn, live_turn_events, scripted_opener
from voicecoach.live import events as ev
from voicecoach.tui.screens.call import CallScreen
from voicecoach.tui.screens.feedback import FeedbackScreen

SIZE = (120, 40)
#: The smallest terminal every screen must work in (issue 12: quit and help visible, no label cut).
SMALL = (80, 24)


def started() -> ev.CallStarted:
    return ev.CallStarted("late-delivery-de", "Die verspätete Lieferung", "de", "Frau Keller", "angry", "low", 3)


async def _wait(pilot, condition) -> None:
    for _ in range(500):
        if condition():
            break
        await pilot.pause(0.02)
    await pilot.pause()


def _call_app(language: str, judged: bool):
    events = [started(), *live_turn_events(judged=judged)]
    opener, _calls = scripted_opener([events], ending=[ev.CallEnded(None, "hung_up")])
    return app_with(fake_adapters(open_call=opener), language=language)


async def _open_call(pilot) -> None:
    await pilot.press("slash", *"keller", "enter")
    await pilot.pause()
    await pilot.press("enter")


def test_call_screen_during_an_interruption(snap_compare) -> None:
    app = _call_app("en", judged=False)

    async def run_before(pilot) -> None:
        await _open_call(pilot)
        await _wait(
            pilot, lambda: isinstance(app.screen, CallScreen) and bool(app.screen.query_one("#transcript").partial)
        )

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_call_screen_in_german(snap_compare) -> None:
    app = _call_app("de", judged=False)

    async def run_before(pilot) -> None:
        await _open_call(pilot)
        await _wait(
            pilot, lambda: isinstance(app.screen, CallScreen) and bool(app.screen.query_one("#transcript").partial)
        )

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_feedback_screen(snap_compare) -> None:
    app = _call_app("en", judged=True)

    async def run_before(pilot) -> None:
        await _open_call(pilot)
        await _wait(pilot, lambda: isinstance(app.screen, FeedbackScreen))

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_feedback_screen_in_german_without_findings(snap_compare) -> None:
    clean = judged_turn(
        reply="Das tut mir leid, Frau Keller. Ich schaue sofort nach Ihrer Bestellung 4711.", reply_start=4.6, total=96
    )
    clean = type(clean)(
        clean.turn,
        (),
        clean.metrics,
        type(clean.score)(96, {"listening": 100, "timing": 95, "empathy": 95, "clarity": 92}, {}),
        clean.options,
        "de",
        clean.scenario_id,
        clean.turn_id,
    )
    events = [started(), *live_turn_events(result=clean)[:-1], ev.TurnJudged(clean, number=1, next_turn_id="promise")]
    opener, _calls = scripted_opener([events], ending=[ev.CallEnded(None, "hung_up")])
    app = app_with(fake_adapters(open_call=opener), language="de")

    async def run_before(pilot) -> None:
        await _open_call(pilot)
        await _wait(pilot, lambda: isinstance(app.screen, FeedbackScreen))

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_library_at_80x24(snap_compare) -> None:
    app = _call_app("en", judged=False)
    assert snap_compare(app, terminal_size=SMALL, run_before=lambda pilot: pilot.pause(0.3))


def test_library_at_80x24_in_german(snap_compare) -> None:
    app = _call_app("de", judged=False)
    assert snap_compare(app, terminal_size=SMALL, run_before=lambda pilot: pilot.pause(0.3))


def test_call_screen_at_80x24(snap_compare) -> None:
    app = _call_app("en", judged=False)

    async def run_before(pilot) -> None:
        await _open_call(pilot)
        await _wait(
            pilot, lambda: isinstance(app.screen, CallScreen) and bool(app.screen.query_one("#transcript").partial)
        )

    assert snap_compare(app, terminal_size=SMALL, run_before=run_before)


def test_feedback_screen_at_80x24(snap_compare) -> None:
    app = _call_app("en", judged=True)

    async def run_before(pilot) -> None:
        await _open_call(pilot)
        await _wait(pilot, lambda: isinstance(app.screen, FeedbackScreen))

    assert snap_compare(app, terminal_size=SMALL, run_before=run_before)
