"""Issue 13's storage faults on a whole ``voicecoach call --demo`` (real Piper, Silero, Whisper):
the judged turn is saved, the call ends normally, and the fault is one ``note:`` line.

- the history locked by another process for 40 s, from before the first turn is judged;
- a read-only recordings folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.faults import locked_by_another_process, read_only_folder
from voicecoach.adapters.store import Store, default_path

CALL = ("call", "gym-cancel-en", "--demo", "--turns", "1", "--json", "--demo-speed", "4")


def _env() -> dict[str, str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("PULSE_SERVER", None)
    return env


def run_call() -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "voicecoach", *CALL], capture_output=True, text=True, timeout=540, env=_env()
    )


def run_call_locked(path: Path, seconds: float) -> tuple[int, str, str]:
    """The call, with the history locked by another process from the moment the trainee starts
    replying (before the turn is judged, saved, and the session started) for ``seconds``."""
    process = subprocess.Popen(
        [sys.executable, "-m", "voicecoach", *CALL],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    assert process.stderr is not None and process.stdout is not None
    before = []
    try:
        for line in process.stderr:
            before.append(line)
            if "you speak at" in line:
                break
        with locked_by_another_process(path, seconds):
            out, err = process.communicate(timeout=540)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return process.returncode, out, "".join(before) + err


def notes(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("voicecoach: note:")]


@pytest.mark.real_models
def test_a_call_with_the_history_locked_for_40_s_saves_its_turn() -> None:
    Store.open(retention_days=None).close()  # the history exists, as after an earlier call
    code, out, err = run_call_locked(default_path(), 40.0)
    assert code == 0, err[-3000:]
    assert "Traceback" not in err
    [turn] = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    said = notes(err)
    assert any("cannot be written now (database is locked)" in line for line in said), err
    assert any("saved the 1 kept turn(s) into the history" in line for line in said), err
    with Store.open() as store:
        [session] = store.sessions()
        assert (session.turns, session.status) == (1, "completed")
        [stored] = store.session(session.id).turns
        assert stored.score == turn["score"]["total"]


@pytest.mark.real_models
def test_a_call_with_a_read_only_recordings_folder_saves_its_turn_without_recordings() -> None:
    with Store.open(retention_days=None) as store:
        recordings = store.recordings_dir
    with read_only_folder(recordings):
        result = run_call()
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    said = notes(result.stderr)
    assert len([line for line in said if "recording of turn 1 could not be saved" in line]) == 1, result.stderr
    with Store.open() as store:
        [session] = store.sessions()
        assert (session.turns, session.status) == (1, "completed")
        assert store.session(session.id).turns[0].recordings == {}
