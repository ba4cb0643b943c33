"""Issue 12: a demo that cannot keep its clock says so and stores nothing wrong.

4 demo calls at once at ``--demo-speed 10`` (load 11-18 on 2 cores) placed the customer's cut-in
seconds after the demo trainee had finished, or after the turn had ended (``cutting-in-de``: meant
for 16.2 s, played at 21.2-36.9 s), and turns were judged on that. The demo's clock ran by itself
while the engine fell behind it. Now a silent demo's clock is paced by the engine (it waits for a
slow engine and the turn is judged as on a virtual clock); a demo with sound must run in real
time, and what the engine places on it late (a reply, a cut-in) ends the call with one line and
keeps nothing of that turn.

The engine runs with real speech, the real Silero VAD and judge and a fake transcriber (as in
``test_engine.py``); "behind" is forced by sleeping in the demo script or an event handler (the
engine's thread), as Piper or a busy machine did.
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np
import pytest

from tests.helpers.speech_fakes import FakeSpeaker, FakeTranscriber
from tests.live.test_demo_sound import RecordingSink
from tests.live.test_engine import of, scenario
from voicecoach.adapters.store import Store
from voicecoach.core.backend import INTERJECTION
from voicecoach.core.errors import Said
from voicecoach.live import events as ev
from voicecoach.live.demo import DemoBackend
from voicecoach.live.engine import CallEngine, EngineOptions
from voicecoach.live.simulated import LATE_CUE_SECONDS, SimulatedBackend, SimulatedReply

SR = 16_000
CUT_IN = [
    {"id": "first", "say": "My parcel did not arrive.", "interjection": {"say": "Wait, one more thing.", "at": 1.0}}
]


def call(loaded: Any, backend: Any, speech: dict[str, np.ndarray], script: Any, **kwargs: Any) -> tuple[Any, list]:
    events: list[ev.CallEvent] = []
    engine = CallEngine(
        loaded, backend, FakeSpeaker(speech), FakeTranscriber(), on_event=events.append, demo=True,
        trainee_script=script, options=EngineOptions(), **kwargs,
    )  # fmt: skip
    return engine, events


def replies(speech: dict[str, np.ndarray], *, sleep: float = 0.0, audio: str = "reply", at: float | None = None) -> Any:
    """The demo script: the reply 0.7 s after the line's speech (or ``at`` s into the line);
    ``sleep`` s spent first (as Piper rendering at the start of the turn did under load)."""

    def script(turn_id: str, number: int, line_start: float, line: Any) -> list[SimulatedReply]:
        time.sleep(sleep)
        offset = line.speech_end + 0.7 if at is None else at
        return [SimulatedReply(speech[audio], at=line_start + offset, yields=True)]

    return script


def judged(events: list[ev.CallEvent]) -> list[tuple[Any, ...]]:
    """What a judged turn says: its speech on both sides, findings and score."""
    return [
        (
            j.result.turn.trainee.speech,
            j.result.turn.customer.speech,
            [(f.kind, round(f.start, 2)) for f in j.result.findings],
            j.result.score.total,
        )
        for j in of(events, ev.TurnJudged)
    ]


def test_a_silent_demo_waits_for_a_slow_engine_and_judges_the_turn_as_meant(tmp_path, speech):
    loaded = scenario(tmp_path, turns=CUT_IN)
    reference = SimulatedBackend(block_seconds=0.032)  # the same call on a virtual clock
    virtual, expected_events = call(loaded, reference, speech, replies(speech, audio="long_reply"))
    virtual.run()
    expected = judged(expected_events)
    assert expected and expected[0][0] and of(expected_events, ev.CustomerInterjected)

    demo = DemoBackend(speed=10.0)  # no sound at speed 10: silent
    engine, events = call(loaded, demo, speech, replies(speech, sleep=1.2, audio="long_reply"))

    def slow(event: ev.CallEvent) -> None:  # the engine's thread stalls as on a busy machine
        events.append(event)
        if isinstance(event, ev.TraineeSpeaking | ev.CustomerInterjected):
            time.sleep(0.5)

    engine.on_event = slow
    began = time.monotonic()
    engine.run()
    took = time.monotonic() - began

    assert demo.paced and not demo.realtime
    assert of(events, ev.AudioProblem) == [] and demo.clock_problem is None
    assert judged(events) == expected  # the cut-in where it was meant, the reply as heard there
    (cut_in,) = [p for p in demo.played if p.label == INTERJECTION]
    assert cut_in.start - demo.line_starts()[0] == pytest.approx(of(events, ev.TraineeSpeaking)[0].time + 1.0, abs=1e-3)
    # at most 10 times real time: the paced clock waits for the wall clock, never runs ahead of it
    assert took >= 0.8 * demo.time() / 10


def test_a_demo_with_sound_whose_reply_comes_late_says_so_and_saves_nothing(tmp_path, speech):
    store = Store.open(tmp_path / "history.sqlite3", retention_days=None)
    demo = DemoBackend(sound=RecordingSink())  # sound: the clock runs in real time
    # a reply meant 0.3 s into the line, placed 1.2 s into it: its first 0.9 s are never heard
    engine, events = call(scenario(tmp_path), demo, speech, replies(speech, sleep=1.2, at=0.3), store=store)
    engine.run()

    assert demo.realtime and not demo.paced
    assert of(events, ev.TurnJudged) == []
    (problem,) = of(events, ev.AudioProblem)
    assert str(problem.message).startswith("the demo fell behind its own clock by ")
    assert "this turn was not saved; close other programs and try again" in problem.message
    assert of(events, ev.CallEnded)[0].reason == "device_lost"
    assert store.sessions() == []  # no turn judged on a reply that lost its start


def test_a_demo_with_sound_whose_engine_falls_behind_a_cut_in_says_so_and_saves_nothing(tmp_path, speech):
    store = Store.open(tmp_path / "history.sqlite3", retention_days=None)
    demo = DemoBackend(sound=RecordingSink())
    engine, events = call(
        scenario(tmp_path, turns=CUT_IN), demo, speech, replies(speech, audio="long_reply"), store=store
    )

    def stalls_once(event: ev.CallEvent) -> None:  # 2 s stuck before the cut-in is placed
        events.append(event)
        if isinstance(event, ev.TraineeSpeaking) and len(of(events, ev.TraineeSpeaking)) == 1:
            time.sleep(2.0)

    engine.on_event = stalls_once
    engine.run()

    (cut_in,) = [p for p in demo.played if p.label == INTERJECTION]
    meant = demo.line_starts()[0] + of(events, ev.TraineeSpeaking)[0].time + 1.0
    assert cut_in.start - meant > LATE_CUE_SECONDS  # it did come late
    assert of(events, ev.TurnJudged) == [] and of(events, ev.CustomerInterjected) == []
    assert [str(p.message).split(" by ")[0] for p in of(events, ev.AudioProblem)] == [
        "the demo fell behind its own clock"
    ]
    assert store.sessions() == []


def test_only_a_real_time_clock_that_passed_the_time_meant_is_a_clock_problem():
    backend = SimulatedBackend(block_seconds=0.032)
    backend.start(lambda _block, _t: None)
    backend.run_for(3.0)
    backend.realtime = True  # as if its thread had delivered those blocks
    cue = np.full(SR // 10, 0.5, np.float32)

    backend.play(cue, at=3.0 - LATE_CUE_SECONDS + 0.1, label=INTERJECTION)  # the speech detector's own delay
    assert backend.clock_problem is None
    backend.add_reply(SimulatedReply(cue, at=3.0 - 0.02))  # within a block
    assert backend.clock_problem is None
    backend.play(cue, at=2.0, label=INTERJECTION)  # a second late
    problem = backend.clock_problem
    assert isinstance(problem, Said)
    assert problem.text("en").startswith("the demo fell behind its own clock by 1.")
    assert "hinter ihren eigenen Takt" in problem.text("de") and "nicht gespeichert" in problem.text("de")

    faster = SimulatedBackend(block_seconds=0.032, speed=10.0)
    faster.start(lambda _block, _t: None)
    faster.run_for(3.0)
    faster.realtime = True
    faster.add_reply(SimulatedReply(cue, at=1.0))  # a reply 2 s in the past: its start is lost
    assert "--demo-speed 10" in faster.clock_problem.text("en")
    assert "--demo-speed 10" in faster.clock_problem.text("de")

    virtual = SimulatedBackend(block_seconds=0.032)  # a clock the consumer pumps cannot run ahead of it
    virtual.start(lambda _block, _t: None)
    virtual.run_for(3.0)
    virtual.play(cue, at=1.0, label=INTERJECTION)
    virtual.add_reply(SimulatedReply(cue, at=1.0))
    assert virtual.clock_problem is None


def test_a_paced_clock_runs_at_its_speed_and_does_not_rush_after_a_wait():
    backend = SimulatedBackend(block_seconds=0.032, speed=4.0)
    backend.paced = True
    backend.start(lambda _block, _t: None)
    began = time.monotonic()
    backend.run_for(1.0)  # 1 s of stream at 4x: 0.25 s
    first = time.monotonic() - began
    time.sleep(0.5)  # the consumer is busy (judging): the clock waits, and does not catch up after
    began = time.monotonic()
    backend.run_for(1.0)
    second = time.monotonic() - began
    assert first >= 0.8 * 0.25 and second >= 0.8 * 0.25
