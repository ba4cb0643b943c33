"""The live timeline's overlap during a customer's cut-in (issue 12): her span closes when she
stops, so the overlap shown live agrees with the judged turn (it said 9.3 s where the feedback
said 0.4 s, because the cut-in's span stayed open to the end of the reply)."""

from __future__ import annotations

from tests.helpers.tui_fakes import app_with, fake_adapters, scripted_opener, wait_for
from tests.tui.test_small_terminal import open_call
from voicecoach.live import events as ev
from voicecoach.tui.screens.call import CallScreen
from voicecoach.tui.widgets.timeline import Timeline


async def test_the_cut_in_span_closes_when_she_stops() -> None:
    started = ev.CallStarted("late-delivery-de", "Die verspätete Lieferung", "de", "Frau Keller", "angry", "low", 3)
    turn = [
        ev.CustomerSpeaking("complaint", "Keller hier.", duration=2.0),
        ev.CustomerDone("complaint", 2.0),
        ev.TraineeSpeaking(2.8),
        ev.CustomerInterjected("Ja, ja, schon klar. Wann kommt er?", 4.0, 1.6),
        *(ev.Level(-20.0, 0.9, time=4.0 + 0.5 * step) for step in range(1, 13)),  # to 10.0 s
    ]
    opener, _calls = scripted_opener([[started, *turn]], ending=[ev.CallEnded(None, "hung_up")])
    app = app_with(fake_adapters(open_call=opener), language="de")
    async with app.run_test(size=(120, 40)) as pilot:
        await open_call(pilot, app)
        await wait_for(pilot, lambda: isinstance(app.screen, CallScreen))
        timeline = app.screen.query_one(Timeline)
        await wait_for(pilot, lambda: (timeline.data.now or 0.0) >= 10.0)
        assert timeline.data.customer[-1] == (4.0, 5.6)  # closed when she stopped
        assert abs(timeline.data.overlap_seconds() - 1.6) < 1e-6  # not 6 s: she is quiet after 5.6 s
