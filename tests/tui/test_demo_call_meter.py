"""A demo call has no microphone (issue 12): no "Mikrofon ▯▯▯… -60 dB" meter on its call screen;
a live call keeps it."""

from __future__ import annotations

import pytest

from tests.helpers.tui_fakes import app_with, fake_adapters, live_turn_events, scripted_opener, wait_for
from tests.tui.test_call_screens import started
from voicecoach.live import events as ev
from voicecoach.tui.screens.call import CallScreen


@pytest.mark.parametrize(("key", "meter"), [("d", False), ("enter", True)])
async def test_the_microphone_meter_only_in_a_live_call(key: str, meter: bool) -> None:
    opener, _ = scripted_opener([[started(), *live_turn_events(judged=False)]], ending=[ev.CallEnded(None, "hung_up")])
    app = app_with(fake_adapters(open_call=opener), language="de")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash", *"keller", "enter")
        await pilot.pause()
        await pilot.press(key)
        await wait_for(pilot, lambda: isinstance(app.screen, CallScreen))
        screen = app.screen
        await pilot.pause()
        assert screen.request.demo is not meter
        assert screen.query_one("#level-row").display is meter
