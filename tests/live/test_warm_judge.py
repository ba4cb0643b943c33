"""The first turn's feedback does not wait for the judge's caches: a call judges the first
step's model answer once, unseen, while the customer's line plays (the first judge took 0.22-0.25
s in benchmarks/live_latency.py, the later ones 0.06-0.10 s)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tests.live.test_engine import run_call, scenario, speech  # noqa: F401 - the speech fixture
from voicecoach.live import engine as engine_module
from voicecoach.live.simulated import SimulatedReply

TURNS = [
    {"id": "first", "say": "My parcel did not arrive and I need it by Friday.", "example": "Sorry, I'll check it."}
]


def test_the_judge_is_warmed_with_the_first_model_answer(
    tmp_path: Path,
    speech: dict[str, np.ndarray],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    warmed: list[tuple[str, str]] = []
    done = threading.Event()
    real = engine_module.judge_text

    def record(sc: Any, step_id: str, reply: str, **kwargs: Any) -> Any:
        warmed.append((step_id, reply))
        try:
            return real(sc, step_id, reply, **kwargs)
        finally:
            done.set()

    monkeypatch.setattr(engine_module, "judge_text", record)
    events, _backend, _engine = run_call(
        scenario(tmp_path, turns=TURNS), speech, [SimulatedReply(speech["reply"], at=4.2, turn=1)], max_turns=1
    )
    assert done.wait(10)
    assert warmed == [("first", "Sorry, I'll check it.")]


def test_a_failing_warm_up_does_not_touch_the_call(
    tmp_path: Path,
    speech: dict[str, np.ndarray],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("no judge today")

    monkeypatch.setattr(engine_module, "judge_text", broken)
    _events, _backend, engine = run_call(
        scenario(tmp_path, turns=TURNS), speech, [SimulatedReply(speech["reply"], at=4.2, turn=1)], max_turns=1
    )
    assert len(engine.records) == 1  # the turn was judged as always
