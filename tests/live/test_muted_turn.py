"""A turn answered with the microphone muted (issue 12: it was judged "No reply" 0/100). It says
"the microphone was muted", costs nothing, and stays out of the summary, the session's score and
the trends; muting only while the customer speaks is not answering muted."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tests.helpers.speech_fakes import FakeSpeaker, FakeTranscriber
from tests.helpers.tui_fakes import (
    app_with,
    fake_adapters,
    judged_turn,
    live_turn_events,
    scripted_opener,
    shown,
    wait_for,
)
from tests.live.test_engine import of, scenario
from voicecoach.adapters.store import Store
from voicecoach.core.backend import SimulatedReply
from voicecoach.core.muted import counted, muted_result
from voicecoach.core.words.findings import render
from voicecoach.live import events as ev
from voicecoach.live.engine import CallEngine, EngineOptions
from voicecoach.live.simulated import SimulatedBackend
from voicecoach.tui.screens.feedback import FeedbackScreen


def call(
    tmp_path: Path, speech: dict[str, np.ndarray], *, muted_from_start: bool, unmute_when_line_ends: bool, reply: bool
) -> tuple[list[ev.CallEvent], Store]:
    replies = [SimulatedReply(speech["reply"], at=4.2, turn=1)] if reply else []
    store = Store.open(tmp_path / "history.db", retention_days=None)
    events: list[ev.CallEvent] = []
    engine = CallEngine(
        scenario(tmp_path), SimulatedBackend(replies=replies), FakeSpeaker(speech), FakeTranscriber(),
        store=store, options=EngineOptions(answer_wait=8.0, recordings_dir=None, max_turns=1),
    )  # fmt: skip

    def on_event(event: ev.CallEvent) -> None:
        events.append(event)
        if unmute_when_line_ends and isinstance(event, ev.CustomerDone):
            engine.mute(False)

    engine.on_event = on_event
    if muted_from_start:
        engine.mute(True)
    engine.run()
    return events, store


def test_a_reply_spoken_into_a_muted_microphone_says_muted_and_costs_nothing(tmp_path: Path, speech) -> None:
    events, store = call(tmp_path, speech, muted_from_start=True, unmute_when_line_ends=False, reply=True)
    result = of(events, ev.TurnJudged)[0].result
    assert [f.kind for f in result.findings] == ["muted"]
    finding = result.findings[0]
    assert finding.penalty == 0.0 and "muted" in finding.message
    assert not counted(result)
    assert not any(f.kind == "silent_reply" for f in result.findings)
    ended = of(events, ev.CallEnded)[0]
    assert ended.summary is None and ended.results == ()  # nothing scored: no summary of 100 or 0
    with store:
        [session] = store.sessions()
        assert session.turns == 0 and session.score is None  # the session's score and count leave it out
        assert all(kind != "muted" for kind, _times, _sessions in store.progress().recurring)


def test_a_german_muted_turn_says_mikrofon_war_stummgeschaltet() -> None:
    message, tip = render("muted", None, "de", {})
    assert message.startswith("Mikrofon war stummgeschaltet") and "m" in tip


def test_muted_only_while_the_customer_speaks_is_an_ordinary_reply(tmp_path: Path, speech) -> None:
    events, _store = call(tmp_path, speech, muted_from_start=True, unmute_when_line_ends=True, reply=True)
    result = of(events, ev.TurnJudged)[0].result
    assert counted(result) and result.turn.trainee.speech
    assert not any(f.kind in ("muted", "silent_reply") for f in result.findings)


def test_unmuted_after_the_line_and_silent_is_no_reply(tmp_path: Path, speech) -> None:
    events, _store = call(tmp_path, speech, muted_from_start=True, unmute_when_line_ends=True, reply=False)
    result = of(events, ev.TurnJudged)[0].result
    assert counted(result)
    assert [f.kind for f in result.findings if f.penalty > 0] == ["silent_reply"]


# -- the feedback screen --------------------------------------------------------------------


async def test_the_feedback_of_a_muted_turn_says_so_without_a_score() -> None:
    started = ev.CallStarted("late-delivery-de", "Die verspätete Lieferung", "de", "Frau Keller", "angry", "low", 3)
    result = muted_result(judged_turn())
    opener, _calls = scripted_opener([[started, *live_turn_events(result=result)]])
    app = app_with(fake_adapters(open_call=opener), language="de")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash", *"keller", "enter")
        await pilot.pause()
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        await pilot.pause()
        title = shown(app.screen.query_one("#feedback-title"))
        assert "Mikrofon stumm" in title and "nicht gewertet" in title and "Punkte" not in title, title
        assert not app.screen.query_one("#feedback-skills").display
        findings = shown(app.screen.query_one("#feedback-findings"))
        assert "Mikrofon war stummgeschaltet" in findings and "Keine Antwort" not in findings, findings
