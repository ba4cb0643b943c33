"""The reply is judged in the pause, while the silence rule still waits (``EngineOptions.judge_ahead``):
the feedback comes as soon as the turn ends, and the verdict is exactly the one judging after the
end gives. A judgement made before the trainee spoke on is thrown away; a failed one is redone."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tests.live.test_engine import of, run_call, scenario, speech  # noqa: F401 - the speech fixture
from voicecoach.core.timeline import Turn
from voicecoach.live import events as ev
from voicecoach.live.engine import CallEngine
from voicecoach.live.simulated import SimulatedBackend, SimulatedReply

SR = 16_000


def _judged(monkeypatch: pytest.MonkeyPatch, fail_ahead: bool = False) -> list[tuple[str, Turn]]:
    """Record every judgement the engine makes: (thread name, the turn judged)."""
    calls: list[tuple[str, Turn]] = []
    real = CallEngine._judge

    def judge(self: CallEngine, built: Turn, turn_id: str) -> Any:
        name = threading.current_thread().name
        calls.append((name, built))
        if fail_ahead and name.startswith("judge-ahead"):
            raise RuntimeError("the judge failed in the pause")
        return real(self, built, turn_id)

    monkeypatch.setattr(CallEngine, "_judge", judge)
    return calls


def _paced(replies: list[SimulatedReply]) -> SimulatedBackend:
    """A backend that keeps a clock (4 times real time): the pause lasts long enough on the wall
    for the segment's transcription to finish, as in a call. Unpaced, the virtual clock can run
    through the whole silence before a slow (cold, loaded) worker has the words, and the reply is
    then rightly judged after the turn: a test of timing, not of the judgement."""
    return SimulatedBackend(replies=replies, realtime=True, speed=4.0)


def _result(events: list[ev.CallEvent]) -> Any:
    judged = of(events, ev.TurnJudged)
    assert len(judged) == 1
    return judged[0].result


def _same_verdict(one: Any, other: Any) -> None:
    assert one.turn == other.turn
    assert one.score == other.score
    assert [f.to_json() for f in one.findings] == [f.to_json() for f in other.findings]


def test_a_reply_is_judged_in_the_pause_and_the_verdict_is_the_same(
    tmp_path: Path,
    speech: dict[str, np.ndarray],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    replies = [SimulatedReply(speech["reply"], at=4.2, turn=1)]
    calls = _judged(monkeypatch)
    events, _, _ = run_call(scenario(tmp_path), speech, replies, backend=_paced(replies), max_turns=1)
    ahead = _result(events)
    threads = [name for name, _ in calls]
    assert len(calls) == 1 and threads[0].startswith("judge-ahead"), threads  # not judged again
    assert calls[0][1] == ahead.turn  # the turn judged in the pause is the one kept, duration and all

    calls.clear()
    events, _, _ = run_call(
        scenario(tmp_path), speech, replies, backend=_paced(replies), max_turns=1, judge_ahead=False
    )
    after = _result(events)
    assert [name.startswith("judge-ahead") for name, _ in calls] == [False]
    _same_verdict(ahead, after)
    done = of(events, ev.TraineeDone)[0]
    assert after.turn.duration == pytest.approx(done.time, abs=1e-3)


def test_speech_after_the_first_judgement_throws_it_away(
    tmp_path: Path,
    speech: dict[str, np.ndarray],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A 1.1 s pause inside the reply with 1.5 s of silence to end it: judged once after the first
    sentence (in the pause), once after the second; the second is kept, equal to judging after."""
    replies = [SimulatedReply(speech["long_reply"], at=4.2, turn=1)]
    calls = _judged(monkeypatch)
    events, _, _ = run_call(
        scenario(tmp_path), speech, replies, backend=_paced(replies), max_turns=1, end_of_turn_silence=1.5
    )
    ahead = _result(events)
    assert len(ahead.turn.trainee.speech) == 2
    assert [name.startswith("judge-ahead") for name, _ in calls] == [True, True]
    first, second = (built for _, built in calls)
    assert len(first.trainee.speech) == 1 and first.duration < ahead.turn.duration  # the thrown-away one
    assert second == ahead.turn

    calls.clear()
    events, _, _ = run_call(
        scenario(tmp_path), speech, replies, max_turns=1, end_of_turn_silence=1.5, judge_ahead=False
    )
    _same_verdict(ahead, _result(events))


def test_a_judgement_that_failed_in_the_pause_is_made_again(
    tmp_path: Path,
    speech: dict[str, np.ndarray],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = _judged(monkeypatch, fail_ahead=True)
    replies = [SimulatedReply(speech["reply"], at=4.2, turn=1)]
    events, _, engine = run_call(scenario(tmp_path), speech, replies, backend=_paced(replies), max_turns=1)
    result = _result(events)
    assert [name.startswith("judge-ahead") for name, _ in calls] == [True, False]
    assert calls[1][1] == result.turn and len(engine.records) == 1


def test_a_turn_ended_early_is_judged_as_it_ended(
    tmp_path: Path,
    speech: dict[str, np.ndarray],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The trainee presses Enter ('next') in the pause, 0.4 s after the reply's speech (which
    ends about 6.2 s into the turn): the turn ends before the silence rule would, so the
    judgement made for that later end is not used. Pressed by the turn's clock (the meter's
    Level events), not on the transcript's arrival, which a loaded machine delays past the
    silence."""
    calls = _judged(monkeypatch)
    engine_box: list[CallEngine] = []

    def on_event(event: ev.CallEvent) -> None:
        if isinstance(event, ev.Level) and 6.6 <= event.time < 6.7 and engine_box:
            engine_box[0].next()

    original = CallEngine.__init__

    def init(self: CallEngine, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        engine_box.append(self)
        forward = self.on_event
        self.on_event = lambda event: (forward(event), on_event(event))  # type: ignore[assignment,func-returns-value]

    monkeypatch.setattr(CallEngine, "__init__", init)
    replies = [SimulatedReply(speech["reply"], at=4.2, turn=1)]
    events, _, _ = run_call(scenario(tmp_path), speech, replies, backend=_paced(replies), max_turns=1)
    result = _result(events)
    assert of(events, ev.TraineeDone)[0].reason == "next"
    assert result.turn.trainee.speech[-1].end < 6.6 <= result.turn.duration < 7.0  # in the pause
    assert calls[-1][1] == result.turn and not calls[-1][0].startswith("judge-ahead")
    assert all(built.duration != result.turn.duration for name, built in calls if name.startswith("judge-ahead"))
