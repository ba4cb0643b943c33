"""The call screen shows the demo's sound notes (where the sound plays, or why it is silent) as
one line in the screen's language, without stopping the call."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from tests.helpers.tui_fakes import app_with, fake_adapters, live_turn_events, scripted_opener, shown, wait_for
from voicecoach.live import events as ev
from voicecoach.tui.screens.call import CallScreen, CallTranscript


def started() -> ev.CallStarted:
    return ev.CallStarted(
        "late-delivery-de", "Die verspätete Lieferung", "de", "Frau Keller", "angry", "low", 3, demo=True
    )


@pytest.mark.parametrize(
    ("language", "notice", "line"),
    [
        ("en", ev.Notice("demo sound through 'pulse'", "demo_sound", "pulse"), "Demo sound through 'pulse'"),
        ("de", ev.Notice("demo sound through 'pulse'", "demo_sound", "pulse"), "Demo mit Ton über „pulse“"),
        ("de", ev.Notice("the demo is silent: no speaker", "demo_silent", "no speaker"), "Demo ohne Ton: no speaker"),
        (
            "en",
            ev.Notice("the demo's sound stopped (gone); the call goes on silently", "demo_lost", "gone"),
            "The demo's sound failed (gone); the call goes on without sound",
        ),
        ("en", ev.Notice("something new", "a_key_this_version_lacks"), "something new"),
    ],
)
async def test_a_notice_is_one_line_and_the_call_goes_on(language: str, notice: ev.Notice, line: str) -> None:
    opener, _ = scripted_opener(
        [[started(), notice, *live_turn_events(judged=False)]], ending=[ev.CallEnded(None, "hung_up")]
    )
    app = app_with(fake_adapters(open_call=opener), language=language)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("d")
        await wait_for(
            pilot, lambda: isinstance(app.screen, CallScreen) and app.screen.query_one(CallTranscript).partial
        )
        screen = app.screen
        note = screen.query_one("#call-note", Static)
        assert note.display
        assert shown(note).strip()[2:] == line
        assert not screen.query_one("#call-problem", Static).display
        assert screen.state == "speaking"  # the turn went on after the note


async def test_no_notice_no_line() -> None:
    opener, _ = scripted_opener([[started(), *live_turn_events(judged=False)]], ending=[ev.CallEnded(None, "hung_up")])
    app = app_with(fake_adapters(open_call=opener))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("d")
        await wait_for(
            pilot, lambda: isinstance(app.screen, CallScreen) and app.screen.query_one(CallTranscript).partial
        )
        assert not app.screen.query_one("#call-note", Static).display
