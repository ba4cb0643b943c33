"""The call engine with a real Store under real storage faults (issue 13): the judged turn reaches
the screen and the history, and the fault is one Notice, not a traceback that ends the call.

The engine runs on the SimulatedBackend with real speech (the ``speech`` fixture of
tests/live/conftest.py); faults come from tests/helpers/faults.py.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tests.helpers.faults import locked_by_another_process, read_only_folder
from tests.live.test_engine import of, run_call, scenario
from voicecoach.adapters.store import Store
from voicecoach.core.backend import SimulatedReply
from voicecoach.live import events as ev


def test_a_read_only_recordings_folder_keeps_the_turn_and_says_so(tmp_path: Path, speech: dict[str, np.ndarray]):
    store = Store.open(tmp_path / "history.sqlite3", retention_days=None)
    with read_only_folder(store.recordings_dir):
        events, _, engine = run_call(
            scenario(tmp_path), speech, [SimulatedReply(speech["reply"], at=4.2, turn=1)], store=store
        )
    [judged] = of(events, ev.TurnJudged)
    assert judged.customer_audio is None and judged.trainee_audio is None
    notes = [n for n in of(events, ev.Notice) if n.key == "recording_not_saved"]
    assert len(notes) == 1 and "the turn is saved without it" in notes[0].message
    ended = of(events, ev.CallEnded)[0]
    assert ended.reason != "error"
    record = store.session(engine.session_id)
    assert [t.turn_id for t in record.turns] == ["first"] and record.turns[0].recordings == {}
    assert record.turns[0].score == judged.result.score.total
    store.close()


def test_a_locked_history_keeps_the_turn_until_the_lock_goes(tmp_path: Path, speech: dict[str, np.ndarray]):
    path = tmp_path / "history.sqlite3"
    Store.open(path, retention_days=None).close()
    store = Store.open(path, retention_days=None)
    store.write_patience = 0.5
    # The engine starts its session when the first turn is judged: both wait for the lock.
    with locked_by_another_process(path, 6.0):
        events, _, engine = run_call(
            scenario(tmp_path), speech, [SimulatedReply(speech["reply"], at=4.2, turn=1)], store=store
        )
    keys = [n.key for n in of(events, ev.Notice)]
    assert "turn_kept" in keys and keys[-1] == "turns_saved", keys
    [judged] = of(events, ev.TurnJudged)
    record = store.session(engine.session_id)
    assert [t.turn_id for t in record.turns] == ["first"]
    assert record.turns[0].score == judged.result.score.total
    store.close()
