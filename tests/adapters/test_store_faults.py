"""Fault injection for the history: a judged turn is never lost (issue 13).

One test per storage fault, each the real thing (tests/helpers/faults.py): the database locked
by another process (40 s, as the issue measured it), a read-only recordings folder, a nearly
full disk. The store is driven the way the call engine drives it: ``next_index``, two
``save_recording`` and ``add_turn(index=)``, then ``end_session``.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import numpy as np

from tests.helpers.faults import fill, locked_by_another_process, read_only_folder, small_disk
from tests.helpers.history_data import clean_turn, interrupted_turn
from voicecoach.adapters.store import PENDING_DIR, Store, StoreNote

RATE = 16_000


def tone(seconds: float) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    return (0.3 * np.sin(2 * np.pi * 220 * t)).astype(np.float32)


def save_like_the_engine(store: Store, session: int, seconds: float = 1.0) -> int:
    """What ``CallEngine._save`` does with a judged turn."""
    index = store.next_index(session)
    customer = store.save_recording(session, index, "customer", tone(seconds), RATE)
    trainee = store.save_recording(session, index, "trainee", tone(seconds), RATE)
    return store.add_turn(session, interrupted_turn(), {"customer": customer, "trainee": trainee}, index=index)


def turns_in(path: Path) -> int:
    """Turns in the database as another program sees it (read-only, not through the Store)."""
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as db:
        return int(db.execute("SELECT COUNT(*) FROM turns").fetchone()[0])


def keys(notes: list[StoreNote]) -> list[str]:
    return [note.key for note in notes]


def test_a_history_locked_for_40_s_keeps_the_turn_and_writes_it_when_the_lock_goes(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    store = Store.open(path, retention_days=None)
    session = store.start_session("late-delivery-de", "Die verspätete Lieferung", "de")
    assert save_like_the_engine(store, session) == 1
    with locked_by_another_process(path, 40.0):
        locked_at = time.monotonic()
        assert save_like_the_engine(store, session) == 2  # returns: the call goes on
        waited = time.monotonic() - locked_at
        assert waited < store.write_patience + 2.0
        [kept] = store.pending
        assert (kept.session_id, kept.index) == (session, 2)
        assert (path.parent / PENDING_DIR / kept.file_name).is_file()  # survives a crash meanwhile
        assert turns_in(path) == 1
        [note] = store.take_notes()
        assert note.key == "turn_kept" and "database is locked" in note.message and "\n" not in note.message
        store.end_session(session)  # waits for the lock to go, then writes the kept turn
        assert time.monotonic() - locked_at >= 39.0
    assert keys(store.take_notes()) == ["turns_waiting", "turns_saved"]
    assert store.pending == ()
    assert not any((path.parent / PENDING_DIR).iterdir())
    store.close()
    with Store.open(path, retention_days=None) as again:
        [summary] = again.sessions()
        assert (summary.turns, summary.status) == (2, "completed")
        record = again.session(session)
        assert [t.index for t in record.turns] == [1, 2]
        assert all(t.recordings["trainee"].available for t in record.turns)
        assert [f["kind"] for f in record.turns[1].findings] == [f["kind"] for f in record.turns[0].findings]


def test_turns_kept_past_the_end_of_a_call_go_in_when_the_history_is_next_opened(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    store = Store.open(path, retention_days=None)
    store.finish_patience = 1.0
    session = store.start_session("late-delivery-de", "Die verspätete Lieferung", "de")
    with locked_by_another_process(path, 8.0):
        assert save_like_the_engine(store, session) == 1
        assert save_like_the_engine(store, session) == 2  # numbered after the kept one
        store.end_session(session)
        assert keys(store.take_notes()) == ["turn_kept", "turns_waiting", "turns_left"]
        store.close()  # the call's process ends here; the turns wait on disk
    assert turns_in(path) == 0
    with Store.open(path, retention_days=None) as again:
        assert keys(again.take_notes()) == ["turns_saved_late"]
        [summary] = again.sessions()
        assert summary.turns == 2 and summary.status == "in_progress"  # the end mark was the one thing lost
    assert not any((path.parent / PENDING_DIR).iterdir())


def test_forgetting_a_session_forgets_its_kept_turns(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    store = Store.open(path, retention_days=None)
    store.write_patience = 0.5
    session = store.start_session("late-delivery-de", "Die verspätete Lieferung", "de")
    with locked_by_another_process(path, 3.0):
        save_like_the_engine(store, session)
    store.forget(session)
    assert store.pending == () and not any((path.parent / PENDING_DIR).iterdir())
    assert store.sessions() == []
    store.close()


def test_a_read_only_recordings_folder_saves_the_turn_without_its_recording(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    store = Store.open(path, retention_days=None)
    session = store.start_session("late-delivery-de", "Die verspätete Lieferung", "de")
    with read_only_folder(store.recordings_dir):
        assert save_like_the_engine(store, session) == 1
        assert save_like_the_engine(store, session) == 2
    [first, second] = store.take_notes()  # one line per turn, not one per side
    assert first.key == second.key == "recording_not_saved"
    assert "turn 1" in first.message and "the turn is saved without it" in first.message
    assert "Read-only file system" in first.detail or "Permission denied" in first.detail
    store.end_session(session)
    record = store.session(session)
    assert [t.index for t in record.turns] == [1, 2] and all(t.recordings == {} for t in record.turns)
    assert record.summary.status == "completed" and record.summary.score is not None
    store.close()


def test_a_nearly_full_disk_keeps_the_turn_without_a_traceback(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 1024) as disk:
        path = disk / "history.sqlite3"
        store = Store.open(path, retention_days=None)
        session = store.start_session("late-delivery-de", "Die verspätete Lieferung", "de")
        assert save_like_the_engine(store, session) == 1
        filler = fill(disk, leave_bytes=0)
        assert save_like_the_engine(store, session, seconds=20.0) == 2  # neither audio nor rows fit
        notes = store.take_notes()
        assert keys(notes)[0] == "recording_not_saved" and "No space left on device" in notes[0].message
        if store.pending:  # SQLite could not grow the database either: kept in memory
            assert keys(notes)[1:] == ["turn_kept"] and "in memory" in notes[1].message
        filler.unlink()  # space again
        store.end_session(session)
        record = store.session(session)
        assert [t.index for t in record.turns] == [1, 2]
        assert record.turns[1].recordings == {} and record.turns[0].recordings["trainee"].available
        assert record.summary.status == "completed"
        store.close()
        with sqlite3.connect(path) as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_turn_with_no_recordings_at_all_is_stored(tmp_path: Path) -> None:
    with Store.open(tmp_path / "history.sqlite3", retention_days=None) as store:
        session = store.start_session(None, "", "en")
        assert store.add_turn(session, clean_turn(), {"customer": None, "trainee": None}) == 1
        assert store.session(session).turns[0].recordings == {}


def test_a_session_started_while_the_history_is_locked_is_kept_with_its_turns(tmp_path: Path) -> None:
    """The engine starts its session when the first turn is judged: that may meet the lock too."""
    path = tmp_path / "history.sqlite3"
    store = Store.open(path, retention_days=None)
    store.write_patience = 0.5
    store.finish_patience = 0.5
    with locked_by_another_process(path, 6.0):
        session = store.start_session("late-delivery-de", "Die verspätete Lieferung", "de")
        assert session == 1  # the id it will have
        assert save_like_the_engine(store, session) == 1
        assert save_like_the_engine(store, session) == 2
        store.end_session(session)
        assert keys(store.take_notes()) == ["turn_kept", "turns_waiting", "turns_left"]
        store.close()  # the process ends; session and turns wait on disk
    assert sorted(p.name for p in (path.parent / PENDING_DIR).iterdir()) == [
        "session-1-turn-1.json",
        "session-1-turn-2.json",
        "session-1.json",
    ]
    with Store.open(path, retention_days=None) as again:
        assert keys(again.take_notes()) == ["turns_saved_late"]
        [summary] = again.sessions()
        assert (summary.id, summary.turns, summary.scenario_id) == (1, 2, "late-delivery-de")


def test_a_kept_session_whose_id_was_taken_meanwhile_is_written_under_a_new_one(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    store = Store.open(path, retention_days=None)
    store.write_patience = 0.5
    with locked_by_another_process(path, 3.0):
        session = store.start_session("late-delivery-de", "Die verspätete Lieferung", "de")
        assert save_like_the_engine(store, session) == 1
    with sqlite3.connect(path) as other:  # another voicecoach got there first
        other.execute(
            "INSERT INTO sessions (id, scenario_id, started, app_version) VALUES (?, 'calm-en', '2025-01-01', 'x')",
            (session,),
        )
    assert save_like_the_engine(store, session) == 2  # the engine keeps using the id it was given
    store.end_session(session)
    by_scenario = {s.scenario_id: s for s in store.sessions()}
    assert by_scenario["calm-en"].id == session and by_scenario["calm-en"].turns == 0
    moved = by_scenario["late-delivery-de"]
    assert moved.id != session and moved.turns == 2 and moved.status == "completed"
    store.close()


def test_a_call_on_a_damaged_history_keeps_its_turns_for_the_next_one(tmp_path: Path) -> None:
    """Damaged pages under an intact header: the call goes on, the note names the rescue, and
    once the damaged file is moved away the kept session and turns go into the new history."""
    path = tmp_path / "history.sqlite3"
    with Store.open(path, retention_days=None) as store:
        for _ in range(3):
            store.start_session("calm-en", "Calm", "en")
    page = 4096
    data = bytearray(path.read_bytes())
    data[page:] = b"\xa5" * (len(data) - page)
    path.write_bytes(bytes(data))
    store = Store.open(path, retention_days=None)  # the header and schema still read
    store.finish_patience = 0.5
    session = store.start_session("late-delivery-de", "Die verspätete Lieferung", "de")
    assert save_like_the_engine(store, session) == 1
    store.end_session(session)
    notes = store.take_notes()
    assert keys(notes) == ["turn_kept", "turns_waiting", "turns_left"]
    assert "database disk image is malformed" in notes[0].message and ".recover" in notes[0].message
    store.close()
    path.rename(tmp_path / "damaged.sqlite3")  # what the note advises
    for leftover in tmp_path.glob("history.sqlite3-*"):
        leftover.unlink()
    with Store.open(path, retention_days=None) as fresh:
        assert keys(fresh.take_notes()) == ["turns_saved_late"]
        [summary] = fresh.sessions()
        assert (summary.scenario_id, summary.turns) == ("late-delivery-de", 1)
        assert fresh.session(summary.id).turns[0].recordings["trainee"].available
