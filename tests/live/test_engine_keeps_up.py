"""Issue 12, the engine's side: it never falls behind, every phase ends on a lost device, and the
record stays true (a retry replaces its attempt, demos and empty calls stay out of progress).

The engine runs on a SimulatedBackend (virtual clock, or real time where time is the point) with
real speech, the real Silero VAD and judge, and a fake transcriber (see ``test_engine.py``).
"""

from __future__ import annotations

import threading
import time
from typing import Any

import numpy as np

from tests.helpers.speech_fakes import FakeSpeaker, FakeTranscriber
from tests.live.test_engine import BRANCHING, of, scenario
from voicecoach.adapters.store import Store
from voicecoach.live import events as ev
from voicecoach.live.engine import CallEngine, EngineOptions
from voicecoach.live.simulated import SimulatedBackend, SimulatedReply

SR = 16_000


def engine_on(loaded: Any, backend: Any, speech: dict[str, np.ndarray], **kwargs: Any) -> tuple[CallEngine, list]:
    events: list[ev.CallEvent] = []
    options = kwargs.pop("options", EngineOptions())
    transcriber = kwargs.pop("transcriber", FakeTranscriber())
    engine = CallEngine(
        loaded, backend, FakeSpeaker(speech), transcriber, on_event=events.append, options=options, **kwargs
    )
    return engine, events


# -- a retry replaces its attempt; demos and empty calls stay out ------------------------------


def test_a_retry_replaces_the_attempt_it_retries_in_the_score(tmp_path, speech):
    # line play 1: no reply (unanswered, a low score); play 2 is the retry, answered; play 3 is turn 2
    replies = [SimulatedReply(speech["reply"], at=4.2, turn=n) for n in (2, 3)]
    store = Store.open(tmp_path / "history.sqlite3", retention_days=None)
    engine, events = engine_on(
        scenario(tmp_path, turns=BRANCHING), SimulatedBackend(replies=replies), speech,
        store=store, options=EngineOptions(pause_after_turn=True, answer_wait=2.0),
    )  # fmt: skip
    choices = iter(["retry", "next", "hang_up"])

    def on_event(event: ev.CallEvent) -> None:
        events.append(event)
        if isinstance(event, ev.TurnJudged):
            getattr(engine, {"retry": "retry_turn", "next": "next", "hang_up": "hang_up"}[next(choices)])()

    engine.on_event = on_event
    engine.run()

    judged = of(events, ev.TurnJudged)
    assert [j.result.turn_id for j in judged] == ["first", "first", "second"]
    assert [j.number for j in judged] == [1, 1, 2]  # the retry is the same step, not a new one
    first, retry, second = (j.result for j in judged)
    assert first.score.total < retry.score.total  # unanswered, then answered
    ended = of(events, ev.CallEnded)[0]
    assert ended.results == (retry, second)  # the summary counts the retry in place of the attempt
    assert [r.result for r in engine.replaced] == [first]

    record = store.session(engine.session_id)
    assert record.summary.turns == 2  # "2 steps", not 3
    assert [(t.index, t.turn_id, t.replaced_by) for t in record.turns] == [(1, "first", 2), (2, "first", None),
                                                                         (3, "second", None)]  # fmt: skip
    assert record.summary.score == (retry.score.total + second.score.total) / 2
    totals = store.progress().totals
    assert [value for *_, value in totals] == [record.summary.score]


def test_a_demo_call_is_marked_and_stays_out_of_progress(tmp_path, speech):
    store = Store.open(tmp_path / "history.sqlite3", retention_days=None)
    reply = [SimulatedReply(speech["reply"], at=4.2, turn=1)]
    demo, _ = engine_on(scenario(tmp_path), SimulatedBackend(replies=reply), speech, store=store, demo=True)
    demo.run()
    live, _ = engine_on(scenario(tmp_path), SimulatedBackend(replies=reply), speech, store=store)
    live.run()

    sessions = {s.id: s for s in store.sessions()}
    assert sessions[demo.session_id].options["mode"] == "demo"
    assert sessions[live.session_id].options["mode"] == "live"
    progress = store.progress()
    assert [session_id for session_id, *_ in progress.totals] == [live.session_id]
    assert [standing.sessions for standing in progress.scenarios] == [1]
    # the demo's findings are not the trainee's recurring mistakes
    assert all(sessions == 1 for _kind, _times, sessions in progress.recurring)


def test_a_call_without_a_judged_turn_is_not_saved(tmp_path, speech):
    store = Store.open(tmp_path / "history.sqlite3", retention_days=None)
    engine, events = engine_on(scenario(tmp_path), SimulatedBackend(), speech, store=store)

    def hang_up_when_line_starts(event: ev.CallEvent) -> None:
        events.append(event)
        if isinstance(event, ev.CustomerSpeaking):
            engine.hang_up()

    engine.on_event = hang_up_when_line_starts
    engine.run()
    assert of(events, ev.CallEnded)[0].reason == "hung_up"
    assert engine.session_id is None
    assert store.sessions() == []


# -- a lost device ends every phase -----------------------------------------------------------


class LosesDeviceWhileJudging(FakeTranscriber):
    """Reports the device lost (as the backend's delivery thread would) while a reply is transcribed."""

    engine: CallEngine | None = None

    def transcribe(self, audio: Any, **kwargs: Any) -> Any:
        if self.engine is not None:
            self.engine._on_error("the headset was unplugged; plug it in and start again")
            self.engine = None
        return super().transcribe(audio, **kwargs)


def test_a_device_lost_while_judging_ends_the_call_after_that_turn(tmp_path, speech):
    replies = [SimulatedReply(speech["reply"], at=4.2, turn=n) for n in (1, 2)]
    store = Store.open(tmp_path / "history.sqlite3", retention_days=None)
    transcriber = LosesDeviceWhileJudging()
    engine, events = engine_on(
        scenario(tmp_path, turns=BRANCHING), SimulatedBackend(replies=replies), speech,
        store=store, transcriber=transcriber,
    )  # fmt: skip
    transcriber.engine = engine
    engine.run()

    assert [j.result.turn_id for j in of(events, ev.TurnJudged)] == ["first"]  # judged and kept
    assert [p.message for p in of(events, ev.AudioProblem)] == ["the headset was unplugged; plug it in and start again"]
    assert of(events, ev.CallEnded)[0].reason == "device_lost"
    record = store.session(engine.session_id)
    assert record.summary.status == "device_lost" and [t.turn_id for t in record.turns] == ["first"]


class SilentlyDead(SimulatedBackend):
    """A real-time device that stops delivering at ``dies_at`` (stream s) and never says so."""

    def __init__(self, dies_at: float, **kwargs: Any) -> None:
        super().__init__(realtime=True, block_seconds=0.032, **kwargs)
        self.dies_at = dies_at

    def _deliver_one(self) -> bool:
        if self.time() >= self.dies_at:
            time.sleep(0.01)
            return True  # the clock thread goes on, nothing arrives (a PulseAudio client that hangs)
        return super()._deliver_one()


def test_a_device_that_stops_without_a_word_ends_the_call_within_the_bound(tmp_path, speech):
    engine, events = engine_on(
        scenario(tmp_path), SilentlyDead(dies_at=1.0, speed=4.0), speech,
        options=EngineOptions(input_timeout=0.5),
    )  # fmt: skip
    started = time.monotonic()
    engine.run()
    assert time.monotonic() - started < 5.0  # the line alone would take 0.9 s at speed 4; no hang
    assert of(events, ev.CallEnded)[0].reason == "device_lost"
    assert "no sound for 0.5 s" in of(events, ev.AudioProblem)[0].message


def test_a_device_lost_on_the_feedback_ends_the_call(tmp_path, speech):
    replies = [SimulatedReply(speech["reply"], at=4.2, turn=1)]
    backend = SilentlyDead(dies_at=9.0, replies=replies, speed=4.0)  # dies after turn 1 was judged
    engine, events = engine_on(
        scenario(tmp_path, turns=BRANCHING), backend, speech,
        options=EngineOptions(pause_after_turn=True, input_timeout=0.5),
    )  # fmt: skip
    engine.run()  # nobody presses anything: the lost device ends the wait on the feedback
    assert [j.result.turn_id for j in of(events, ev.TurnJudged)] == ["first"]
    assert of(events, ev.CallEnded)[0].reason == "device_lost"


# -- nothing queues while nobody listens ------------------------------------------------------


class SlowTranscriber(FakeTranscriber):
    def transcribe(self, audio: Any, **kwargs: Any) -> Any:
        time.sleep(0.6)
        return super().transcribe(audio, **kwargs)


def test_audio_that_arrives_while_judging_or_on_the_feedback_is_dropped_not_queued(tmp_path, speech):
    replies = [SimulatedReply(speech["reply"], at=4.2, turn=n) for n in (1, 2)]
    backend = SimulatedBackend(replies=replies, realtime=True, speed=2.0, block_seconds=0.032)
    engine, events = engine_on(
        scenario(tmp_path, turns=BRANCHING), backend, speech, transcriber=SlowTranscriber(),
        options=EngineOptions(pause_after_turn=True, max_turns=2, speculative=False),
    )  # fmt: skip
    queued: list[int] = []
    speaking: list[float] = []
    done: list[float] = []

    def on_event(event: ev.CallEvent) -> None:
        events.append(event)
        if isinstance(event, ev.TurnJudged):
            queued.append(engine._inbox.qsize())  # after ~0.6 s of judging
            threading.Timer(1.5, lambda: (queued.append(engine._inbox.qsize()), engine.next())).start()
        elif isinstance(event, ev.CustomerSpeaking):
            speaking.append(backend.time())
        elif isinstance(event, ev.CustomerDone) and not event.cut_off:
            done.append(backend.time())

    engine.on_event = on_event
    engine.run()
    assert len(of(events, ev.TurnJudged)) == 2
    # at 2x real time 0.6 s of judging is ~38 blocks and 1.5 s on the feedback ~94: none kept
    assert queued[:2] == [0, 0], queued
    # the second line's end is seen when it ends on the clock, not after a backlog
    line2 = of(events, ev.CustomerSpeaking)[1].duration
    assert done[1] - speaking[1] < line2 + 0.5


# -- a silent microphone is said at once --------------------------------------------------------


def test_a_microphone_that_hears_nothing_is_reported_once_after_three_seconds(tmp_path, speech):
    engine, events = engine_on(scenario(tmp_path), SimulatedBackend(), speech, options=EngineOptions(answer_wait=8.0))
    engine.run()
    silent = of(events, ev.MicrophoneSilent)
    assert len(silent) == 1
    assert silent[0].turn_id == "first" and 3.0 <= silent[0].time < 3.1 and silent[0].peak_db <= -120
    # said before the turn counts as unanswered (at line end + 8 s)
    assert events.index(silent[0]) < events.index(of(events, ev.Unanswered)[0])


def test_a_microphone_with_room_noise_or_a_muted_one_is_not_reported(tmp_path, speech):
    noisy, events = engine_on(scenario(tmp_path), SimulatedBackend(noise_db=-70), speech)
    noisy.run()
    assert of(events, ev.MicrophoneSilent) == []
    muted, events = engine_on(scenario(tmp_path), SimulatedBackend(), speech)
    muted.mute(True)
    muted.run()
    assert of(events, ev.MicrophoneSilent) == []


# -- the demo renders before its clock (what it says when it cannot keep it: test_demo_clock.py) --------


def test_the_demo_script_renders_every_reply_before_the_clock_starts(tmp_path, speech):
    from voicecoach.live.demo import demo_script

    class CountingSpeaker(FakeSpeaker):
        rendered = 0

        def render_text(self, text: str, **kwargs: Any) -> Any:
            CountingSpeaker.rendered += 1
            return super().render_text(text, **kwargs)

    loaded = scenario(tmp_path, turns=BRANCHING)
    script = demo_script(loaded, CountingSpeaker(speech), SR)
    assert CountingSpeaker.rendered >= len(loaded.scenario.turn_ids)  # each reply, again where its pace is off
    before = CountingSpeaker.rendered
    script(loaded.scenario.turn_ids[0], 1, 0.0, _Line())
    assert CountingSpeaker.rendered == before  # nothing rendered once the call runs


class _Line:
    """What the script reads of the customer's line."""

    speech_end = 3.4
