"""The TUI with the real CallEngine on a SimulatedBackend (virtual clock, replies cut from real speech),
the real Silero VAD and judge; only the speaker and the transcriber are small fakes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from textual.widgets import Static

from tests.helpers.speech_fakes import FakeSpeaker, FakeTranscriber
from tests.helpers.tui_fakes import app_with, fake_adapters, shown, summary_shown, wait_for
from voicecoach.adapters.audio_files import load_16k
from voicecoach.live.engine import CallEngine, EngineOptions
from voicecoach.live.simulated import SimulatedBackend, SimulatedReply
from voicecoach.tui.screens.call import CallScreen
from voicecoach.tui.screens.feedback import FeedbackScreen
from voicecoach.tui.screens.library import LibraryScreen
from voicecoach.tui.screens.summary import SummaryScreen

SR = 16_000


@pytest.fixture(scope="module")
def speech(realspeech: Path) -> dict[str, np.ndarray]:
    lic = load_16k(realspeech / "en_license_read.wav")
    jfk = load_16k(realspeech / "en_jfk.wav")
    silence = np.zeros(int(0.3 * SR), np.float32)
    return {
        "line": np.concatenate([lic[int(1.6 * SR) : int(5.0 * SR)], silence]),  # speech ~0.16-3.4 s
        "protest": np.concatenate([lic[int(23.0 * SR) : int(24.5 * SR)], silence]),
        "reply": jfk[int(0.2 * SR) : int(2.4 * SR)].copy(),  # speech ~0.12-2.0 s
    }


def german_reply() -> FakeTranscriber:
    """A German reply that apologises and promises to look it up (one word per 0.25 s)."""
    return FakeTranscriber(
        ("Das", "tut", "mir", "leid,", "ich", "schaue", "sofort", "nach."),
        every=0.25,
        start=0.1,
        length=0.2,
        cycle=False,
    )


def engine_opener(speech: dict[str, np.ndarray], replies: list[SimulatedReply], **backend: Any):
    backends: list[SimulatedBackend] = []

    def open_call(request, on_event):
        fake = SimulatedBackend(replies=replies, **backend)
        backends.append(fake)
        return CallEngine(
            request.scenario, fake, FakeSpeaker(speech), german_reply(), on_event=on_event,
            options=EngineOptions(pause_after_turn=True),
        )  # fmt: skip

    return open_call, backends


async def open_keller(pilot) -> None:
    await pilot.press("slash", *"keller", "enter")
    await pilot.pause()
    await pilot.press("enter")


async def test_a_whole_call_through_the_engine(speech) -> None:
    replies = [SimulatedReply(speech["reply"], at=4.0, turn=n) for n in (1, 2, 3)]
    opener, backends = engine_opener(speech, replies)
    app = app_with(fake_adapters(open_call=opener), language="de")
    async with app.run_test(size=(120, 40)) as pilot:
        await open_keller(pilot)
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        feedback = app.screen
        assert feedback.result.turn_id == "complaint"
        assert "interruption" not in [f.kind for f in feedback.result.findings]
        text = str(feedback._transcript())
        assert "Das tut mir leid" in text
        numbers = []
        while isinstance(app.screen, FeedbackScreen):
            last = app.screen.judged.number
            numbers.append(last)
            await pilot.press("enter")
            await wait_for(
                pilot,
                lambda: (
                    isinstance(app.screen, SummaryScreen)
                    or (isinstance(app.screen, FeedbackScreen) and app.screen.judged.number > last)
                ),
            )
        assert isinstance(app.screen, SummaryScreen)
        assert numbers[0] == 1 and len(numbers) >= 2
        summary = app.screen
        assert summary.reason == "finished"
        assert summary.view.turns == len(numbers)
        assert summary.view.total is not None
        await pilot.press("enter")
        assert isinstance(app.screen, LibraryScreen)


async def test_interrupting_the_impatient_customer_is_shown_live_and_judged(speech) -> None:
    replies = [SimulatedReply(speech["reply"], at=1.0, turn=1)]
    opener, backends = engine_opener(speech, replies)
    app = app_with(fake_adapters(open_call=opener))
    async with app.run_test(size=(120, 40)) as pilot:
        await open_keller(pilot)
        # the virtual clock runs the turn in milliseconds: look at the call screen under the feedback
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        call = next(screen for screen in app.screen_stack if isinstance(screen, CallScreen))
        assert call.interrupted_at is not None and 1.0 <= call.interrupted_at <= 1.4
        assert "Darf ich bitte ausreden?" in shown(call.query_one("#transcript", Static))
        assert call.query_one("#timeline").data.overlap_seconds() > 0
        kinds = [f.kind for f in app.screen.result.findings]
        assert "interruption" in kinds
        # the persona stopped: the line was cut and the protest played
        assert [p.label for p in backends[0].played][:2] == ["line", "protest"]
        await pilot.press("h")
        await wait_for(pilot, lambda: summary_shown(app))
        assert app.screen.reason == "hung_up"


async def test_device_failing_mid_call_keeps_the_judged_turn(speech) -> None:
    replies = [SimulatedReply(speech["reply"], at=4.0, turn=1)]
    # turn 1 ends ~7 s in (reply 4.1-6.0 s + 0.8 s silence); the device dies in turn 2
    opener, backends = engine_opener(speech, replies, fail_at=9.0)
    app = app_with(fake_adapters(open_call=opener))
    async with app.run_test(size=(120, 40)) as pilot:
        await open_keller(pilot)
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        await pilot.press("enter")
        await wait_for(pilot, lambda: summary_shown(app))
        summary = app.screen
        assert summary.reason == "device_lost"
        assert len(summary.results) == 1
        problem = shown(summary.query_one("#summary-problem", Static))
        assert "disconnected" in problem
