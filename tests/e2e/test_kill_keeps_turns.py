"""A real process writing a session is SIGKILLed mid-turn: the completed turns survive."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.history_data import clean_turn
from voicecoach.adapters.store import Store

HELPER = Path(__file__).with_name("kill_writer.py")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_killed_process_keeps_completed_turns(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    process = subprocess.Popen(
        [sys.executable, str(HELPER), str(path), "3"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    lines = []
    try:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line.strip())
            if line.strip() == "mid-turn":
                break
        assert lines[-1] == "mid-turn", f"helper ended early: {lines} {process.stderr.read() if process.stderr else ''}"
        os.kill(process.pid, signal.SIGKILL)
        assert process.wait(timeout=30) == -signal.SIGKILL
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert lines == ["session 1", "turn 1", "turn 2", "turn 3", "mid-turn"]
    # The -wal file is left behind by the kill: SQLite recovers from it on the next open.
    assert path.with_name(path.name + "-wal").exists()

    with Store.open(path, retention_days=None) as store:
        [summary] = store.sessions()
        assert summary.status == "in_progress" and summary.ended is None
        assert summary.turns == 3
        assert summary.score == pytest.approx((62 + 88 + 62) / 3)
        record = store.session(summary.id)
        assert [turn.index for turn in record.turns] == [1, 2, 3]
        assert [len(turn.findings) for turn in record.turns] == [3, 1, 3]
        assert all(turn.recordings["trainee"].available for turn in record.turns)
        # The killed turn left nothing half-written, and the next turn gets the next number.
        assert store.add_turn(summary.id, clean_turn()) == 4
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert db.execute("SELECT COUNT(*) FROM findings").fetchone()[0] == 3 + 1 + 3 + 1
