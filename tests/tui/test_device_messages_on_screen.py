"""A device fault the engine reports is shown in the UI language on the call screen and on the
summary (issue 11): the engine's messages are ``Said`` templates, never English lines."""

from __future__ import annotations

from textual.widgets import Static

from tests.helpers.tui_fakes import app_with, fake_adapters, scripted_opener, shown, summary_shown, wait_for
from tests.helpers.untranslated import english_words_in
from voicecoach.core.errors import Said
from voicecoach.live import events as ev
from voicecoach.tui.screens.call import CallScreen

SILENT_MIC = Said(
    "the microphone delivered no sound for {seconds:g} s (device unplugged or sound server stopped); "
    "check the device and start the call again",
    seconds=2.5,
)


def started() -> ev.CallStarted:
    return ev.CallStarted("late-delivery-de", "Die verspätete Lieferung", "de", "Frau Keller", "angry", "low", 3)


async def test_a_lost_microphone_is_said_in_german_on_the_call_and_the_summary() -> None:
    opener, calls = scripted_opener(
        [[started(), ev.AudioProblem(SILENT_MIC)]], ending=[ev.CallEnded(None, "device_lost")]
    )
    app = app_with(fake_adapters(open_call=opener), language="de")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("d")
        await wait_for(pilot, lambda: isinstance(app.screen, CallScreen) and app.screen.state == "problem")
        problem = " ".join(shown(app.screen.query_one("#call-problem", Static)).split())
        assert (
            "das Mikrofon hat 2,5 s lang keinen Ton geliefert (Gerät ausgesteckt oder Soundserver beendet)" in problem
        )
        assert not english_words_in(problem), problem
        calls[0].hang_up()
        await wait_for(pilot, lambda: summary_shown(app))
        summary = " ".join(shown(app.screen.query_one("#summary-problem", Static)).split())
        assert "das Mikrofon hat 2,5 s lang keinen Ton geliefert" in summary
        assert not english_words_in(summary), summary


async def test_the_same_fault_in_english() -> None:
    opener, calls = scripted_opener(
        [[started(), ev.AudioProblem(SILENT_MIC)]], ending=[ev.CallEnded(None, "device_lost")]
    )
    app = app_with(fake_adapters(open_call=opener), language="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("d")
        await wait_for(pilot, lambda: isinstance(app.screen, CallScreen) and app.screen.state == "problem")
        problem = " ".join(shown(app.screen.query_one("#call-problem", Static)).split())
        assert "the microphone delivered no sound for 2.5 s (device unplugged or sound server stopped)" in problem
        calls[0].hang_up()


async def test_the_demos_lost_sound_is_said_in_german() -> None:
    """The demo's notes carry the device's fault as a ``Said``: the note line says it in German."""
    lost = Said("the sound output '{name}' stopped playing (device unplugged?)", name="pulse")
    notice = ev.Notice(f"the demo's sound stopped ({lost.text('en')}); the call goes on silently", "demo_lost", lost)
    opener, calls = scripted_opener([[started(), notice]], ending=[ev.CallEnded(None, "hung_up")])
    app = app_with(fake_adapters(open_call=opener), language="de")
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("d")
        await wait_for(pilot, lambda: isinstance(app.screen, CallScreen) and app.screen.query_one("#call-note").display)
        note = " ".join(shown(app.screen.query_one("#call-note", Static)).split())
        assert "die Tonausgabe „pulse“ spielt nicht mehr (Gerät ausgesteckt?)" in note
        assert not english_words_in(note), note
        calls[0].hang_up()
