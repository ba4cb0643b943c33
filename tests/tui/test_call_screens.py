"""Call, feedback and summary screens driven by engine events posted from a thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from tests.helpers.tui_fakes import (
    app_with,
    fake_adapters,
    judged_turn,
    live_turn_events,
    scripted_opener,
    shown,
    summary_shown,
    wait_for,
)
from voicecoach.core.errors import UserError
from voicecoach.live import events as ev
from voicecoach.tui.messages import EngineEvent
from voicecoach.tui.screens.call import CallScreen, CallTranscript
from voicecoach.tui.screens.feedback import FeedbackScreen
from voicecoach.tui.screens.library import LibraryScreen
from voicecoach.tui.widgets.meters import LevelMeter
from voicecoach.tui.widgets.timeline import Timeline


def started() -> ev.CallStarted:
    return ev.CallStarted(
        "late-delivery-de", "Die verspätete Lieferung", "de", "Frau Keller", "angry", "low", 3, session_id=7
    )


async def start_call(pilot, app) -> None:
    """Highlight the Keller scenario in the library and press Enter."""
    await pilot.press("slash", *"keller", "enter")
    await pilot.pause()
    await pilot.press("enter")


async def test_live_turn_shows_interruption_overlap_level_and_transcript() -> None:
    opener, calls = scripted_opener(
        [[started(), *live_turn_events(judged=False)]], ending=[ev.CallEnded(None, "hung_up")]
    )
    app = app_with(fake_adapters(open_call=opener))
    async with app.run_test(size=(120, 40)) as pilot:
        await start_call(pilot, app)
        await wait_for(
            pilot,
            lambda: (
                isinstance(app.screen, CallScreen)
                and "Oh das tut mir leid" in app.screen.query_one(CallTranscript).partial
            ),
        )
        screen = app.screen
        # the customer stopped (impatient persona), you talk on; the interruption stays visible
        assert screen.state == "speaking"
        assert "interrupted at 3.2 s" in shown(screen.query_one("#state", Static))
        timeline = screen.query_one(Timeline).data
        assert timeline.customer == ((0.0, 4.0),)
        assert timeline.trainee[0][0] == 3.2 and timeline.trainee[0][1] is None
        assert abs(timeline.overlap_seconds() - 0.8) < 1e-6
        transcript = shown(screen.query_one(CallTranscript))
        assert "Darf ich bitte ausreden?" in transcript
        assert "Keller hier" in transcript
        assert screen.query_one(LevelMeter).db == -18.0
        persona = shown(screen.query_one("#persona", Static))
        assert "Frau Keller" in persona and "angry" in persona
        await pilot.press("r")
        await pilot.press("m")
        await pilot.pause()
        # muting while you speak: the meter and the state line both say so (the state stays "speaking")
        assert screen.query_one(LevelMeter).muted and screen.muted
        assert "Muted" in shown(screen.query_one("#state", Static))
        await pilot.press("m")
        await pilot.pause()
        assert screen.state == "speaking"  # back to what is happening, not a fixed "your turn"
        await pilot.press("m")
        await pilot.press("h")
        await wait_for(pilot, lambda: summary_shown(app))
        assert calls[0].calls == ["repeat", "mute", "mute", "mute", "hang_up"]


async def test_feedback_after_each_turn_then_summary() -> None:
    second = judged_turn(turn_id="promise", total=90)
    turns = [
        [started(), *live_turn_events(1)],
        [*live_turn_events(2, result=second)[:-1], ev.TurnJudged(second, number=2, next_turn_id=None)],
    ]
    ending = [ev.CallEnded(None, "finished", (judged_turn(), second), session_id=7)]
    opener, calls = scripted_opener(turns, ending)
    app = app_with(fake_adapters(open_call=opener))
    async with app.run_test(size=(120, 40)) as pilot:
        await start_call(pilot, app)
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        feedback = app.screen
        text = feedback._transcript()
        # re-asking for the order number is marked red, the apology green
        spans = {str(text)[s.start : s.end]: str(s.style) for s in text.spans}
        assert any("Bestellnummer" in key and "#ff5f5f" in style for key, style in spans.items())
        assert any("leid" in key and "#87d75f" in style for key, style in spans.items())
        findings = shown(feedback.query_one("#feedback-findings", Static))
        assert "Interruption" in findings and "Not listening" in findings
        assert "Aktives Zuhören" in findings  # info finding listed, not numbered
        await pilot.press("t")  # retry the same turn
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen) and app.screen is not feedback)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen) and app.screen.result.turn_id == "promise")
        assert "summary" in shown(app.screen.query_one("#feedback-hint", Static))
        await pilot.press("n")
        await wait_for(pilot, lambda: summary_shown(app))
        summary = app.screen
        head = shown(summary.query_one("#summary-head", Static))
        assert "76/100" in head  # (62 + 90) / 2
        assert "session 7" in head
        worst = shown(summary.query_one("#summary-worst", Static))
        assert worst.index("Not listening") < worst.index("Interruption")  # costliest first
        assert calls[0].calls == ["retry", "next", "next"]
        await pilot.press("enter")
        assert isinstance(app.screen, LibraryScreen)


async def test_engine_that_cannot_start_says_why_and_offers_the_demo() -> None:
    def fail(request, on_event):
        raise UserError("no microphone found; plug in a headset")

    app = app_with(fake_adapters(open_call=fail))
    async with app.run_test(size=(120, 40)) as pilot:
        await start_call(pilot, app)
        await wait_for(pilot, lambda: isinstance(app.screen, CallScreen) and app.screen.state == "problem")
        problem = shown(app.screen.query_one("#call-problem", Static))
        assert "plug in a headset" in problem and "demo call" in problem
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_device_lost_mid_call_keeps_the_judged_turn() -> None:
    first = judged_turn()
    turns = [
        [started(), *live_turn_events(1, result=first)],
        [ev.CustomerSpeaking("promise", "Und wann kommt er jetzt?", number=2)],
    ]
    ending = [
        ev.AudioProblem("the audio device was disconnected; plug it back in and start the call again"),
        ev.CallEnded(None, "device_lost", (first,), session_id=3),
    ]
    opener, calls = scripted_opener(turns, ending)
    app = app_with(fake_adapters(open_call=opener))
    async with app.run_test(size=(120, 40)) as pilot:
        await start_call(pilot, app)
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, CallScreen) and app.screen.turn_number == 2)
        calls[0].hang_up()  # the device fails: the engine stops waiting and reports
        await wait_for(pilot, lambda: summary_shown(app))
        summary = app.screen
        assert "disconnected" in shown(summary.query_one("#summary-problem", Static))
        assert len(summary.results) == 1
        assert "62/100" in shown(summary.query_one("#summary-head", Static))


async def test_listen_back_mixes_both_tracks(wav_pair: tuple[Path, Path]) -> None:
    played = []
    customer, trainee = wav_pair
    turns = [[started(), *live_turn_events(1)[:-1], ev.TurnJudged(judged_turn(), customer, trainee, 1, "promise")]]
    opener, _calls = scripted_opener(turns, [ev.CallEnded(None, "finished")])
    app = app_with(fake_adapters(open_call=opener, play_audio=lambda samples, rate: played.append((samples, rate))))
    async with app.run_test(size=(120, 40)) as pilot:
        await start_call(pilot, app)
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        await pilot.press("l")
        await wait_for(pilot, lambda: bool(played))
        samples, rate = played[0]
        assert rate == 16_000 and len(samples) == 16_000
        # both tones are in the mix (220 Hz customer and 330 Hz trainee)
        import numpy as np

        spectrum = np.abs(np.fft.rfft(samples))
        assert spectrum[220] > 1000 and spectrum[330] > 1000


async def test_call_screen_in_german() -> None:
    opener, _calls = scripted_opener(
        [[started(), *live_turn_events(judged=False)]], ending=[ev.CallEnded(None, "hung_up")]
    )
    app = app_with(fake_adapters(open_call=opener), language="de")
    async with app.run_test(size=(120, 40)) as pilot:
        await start_call(pilot, app)
        await wait_for(pilot, lambda: isinstance(app.screen, CallScreen) and app.screen.interrupted_at is not None)
        assert "unterbrochen bei 3,2 s" in shown(app.screen.query_one("#state", Static))
        assert "keine Taste nötig" in shown(app.screen.query_one("#call-hint", Static))
        await pilot.press("escape")
        await wait_for(pilot, lambda: summary_shown(app))


async def test_an_engine_stuck_on_a_dead_device_does_not_hold_the_screen(monkeypatch) -> None:
    """Regression: Pa_GetStreamTime blocked forever after the sound server died; the screen
    waited for CallEnded and the user could not leave the call."""
    first = judged_turn()
    turns = [
        [started(), *live_turn_events(1, result=first)],
        [ev.CustomerSpeaking("promise", "Und wann kommt er jetzt?", number=2)],
    ]
    opener, calls = scripted_opener(turns, ending=[])  # never posts CallEnded
    monkeypatch.setattr(CallScreen, "END_TIMEOUT", 0.3)
    app = app_with(fake_adapters(open_call=opener))
    async with app.run_test(size=(120, 40)) as pilot:
        await start_call(pilot, app)
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, CallScreen) and app.screen.turn_number == 2)
        await pilot.press("h")
        await wait_for(pilot, lambda: summary_shown(app))
        assert len(app.screen.results) == 1
        assert "stopped responding" in shown(app.screen.query_one("#summary-problem", Static))


async def test_levels_that_stop_arriving_are_reported_as_a_silent_device() -> None:
    now = [1000.0]
    opener, _calls = scripted_opener(
        [[started(), *live_turn_events(judged=False)]], ending=[ev.CallEnded(None, "hung_up")]
    )
    app = app_with(fake_adapters(open_call=opener, clock=lambda: now[0]))
    async with app.run_test(size=(120, 40)) as pilot:
        await start_call(pilot, app)
        await wait_for(pilot, lambda: isinstance(app.screen, CallScreen) and app.screen.last_level_at is not None)
        await pilot.pause(0.6)
        assert app.screen.state != "problem"  # levels are recent
        now[0] += 5.0
        await wait_for(pilot, lambda: app.screen.state == "problem")
        assert "no sound arrives from the microphone" in shown(app.screen.query_one("#call-problem", Static))
        await pilot.press("h")
        await wait_for(pilot, lambda: summary_shown(app))


async def test_no_false_device_alarm_while_the_feedback_is_open() -> None:
    """Regression: hanging up from a long-open feedback screen reported a dead microphone,
    because the engine (rightly) sends no levels while it waits for the trainee's choice."""
    now = [1000.0]
    opener, _calls = scripted_opener([[started(), *live_turn_events(1)]], ending=[ev.CallEnded(None, "hung_up")])
    app = app_with(fake_adapters(open_call=opener, clock=lambda: now[0]))
    async with app.run_test(size=(120, 40)) as pilot:
        await start_call(pilot, app)
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        call = app.screen_stack[-2]
        assert isinstance(call, CallScreen)
        now[0] += 60.0  # the trainee reads the feedback for a minute
        await pilot.pause(0.6)
        assert call.state != "problem"
        await pilot.press("h")
        await wait_for(pilot, lambda: summary_shown(app))
        assert call.problem is None or "no sound" not in call.problem


async def test_feedback_shows_the_scenarios_model_reply() -> None:
    opener, _calls = scripted_opener([[started(), *live_turn_events(1)]], ending=[ev.CallEnded(None, "hung_up")])
    app = app_with(fake_adapters(open_call=opener))
    async with app.run_test(size=(120, 40)) as pilot:
        await start_call(pilot, app)
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        feedback = app.screen
        example = feedback.scenario.scenario.step(feedback.result.turn_id).example
        assert example
        tips = " ".join(shown(feedback.query_one("#feedback-tips", Static)).split())
        assert "It could sound like this" in tips
        assert " ".join(example.split()[:4]) in tips


@pytest.mark.parametrize("language", ["en", "de"])
async def test_a_microphone_that_hears_nothing_is_said_at_once_and_cleared_when_it_hears(language: str) -> None:
    # issue 12: a silent microphone gave "No reply" 0/100 with the meter at -60 dB and no word about it
    started = ev.CallStarted("late-delivery-de", "Die verspätete Lieferung", "de", "Frau Keller", "angry", "low", 3)
    events = [
        started,
        ev.CustomerSpeaking("complaint", "Keller hier.", duration=2.0, number=1),
        ev.CustomerDone("complaint", 2.0),
        ev.MicrophoneSilent("complaint", 3.0, peak_db=-96.0),
    ]
    opener, calls = scripted_opener([events], ending=[ev.CallEnded(None, "hung_up")])
    app = app_with(fake_adapters(open_call=opener), language=language)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"keller", "enter")
        await pilot.pause()
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, CallScreen) and app.screen.mic_silent_shown)
        note = shown(app.screen.query_one("#call-note", Static))
        words = {"en": "The microphone hears nothing (-96 dBFS for 3 s)", "de": "Das Mikrofon hört nichts (-96 dBFS"}
        assert words[language] in note
        app.screen._engine_event(EngineEvent(ev.TraineeSpeaking(3.5)))
        await pilot.pause()
        assert not app.screen.query_one("#call-note", Static).display
