"""The practice history against a real SQLite file: migrations, round trip, forget, retention."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pytest

from tests.helpers.history_data import clean_turn, interrupted_turn
from voicecoach.adapters.audio_files import read_audio
from voicecoach.adapters.settings import user_data_dir
from voicecoach.adapters.store import MIGRATIONS, SCHEMA_VERSION, Store, migrate
from voicecoach.core.errors import UserError

T0 = datetime(2025, 3, 3, 9, 0, tzinfo=timezone.utc)


def tables(path: Path) -> dict[str, list[str]]:
    with sqlite3.connect(path) as db:
        names = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {name: [col[1] for col in db.execute(f"PRAGMA table_info({name})")] for name in names}


def tone(seconds: float = 0.5, rate: int = 16000) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)


def test_new_database_gets_the_latest_schema_in_the_user_data_dir() -> None:
    with Store.open(retention_days=None) as store:
        assert store.path == user_data_dir() / "history.sqlite3"
        assert store.schema_version == SCHEMA_VERSION == len(MIGRATIONS) == 4
        assert store.recordings_dir == user_data_dir() / "recordings"
    with sqlite3.connect(store.path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    columns = tables(store.path)
    assert {"sessions", "turns", "findings", "recordings"} <= set(columns)
    assert {"kind", "start", "end", "severity", "message", "tip", "skill", "penalty"} <= set(columns["findings"])
    assert "customer_audio" not in columns["turns"]  # moved to the recordings table in v2
    assert {"kind", "agent", "source_hash"} <= set(columns["sessions"])  # real calls (batch), v4


def test_migration_from_v1_keeps_sessions_turns_and_recording_paths(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    audio = tmp_path / "recordings" / "1" / "turn-1-trainee.flac"
    audio.parent.mkdir(parents=True)
    audio.write_bytes(b"fLaC")
    with sqlite3.connect(path, isolation_level=None) as db:
        assert migrate(db, target=1) == 1
        assert db.execute("PRAGMA user_version").fetchone()[0] == 1
        db.execute(
            "INSERT INTO sessions (scenario_id, title, language, started, app_version, total_score, skills_json)"
            " VALUES ('late-delivery-de', 'Die verspätete Lieferung', 'de', '2025-01-02T10:00:00+00:00', '0.0.9',"
            " 71, '{\"timing\": 60}')"
        )
        result = json.dumps(interrupted_turn().to_json())
        db.execute(
            "INSERT INTO turns (session_id, idx, turn_id, started, score, skills_json, result_json, trainee_audio)"
            " VALUES (1, 1, 'complaint', '2025-01-02T10:00:30+00:00', 71,"
            ' \'{"skills": {"timing": 60}, "weights": {}}\', ?, ?)',
            (result, str(audio)),
        )
        db.execute(
            'INSERT INTO findings (turn_row, kind, start, "end", severity, message, tip, skill, penalty)'
            " VALUES (1, 'interruption', 2.1, 3.4, 'major', 'm', 't', 'timing', 20)"
        )
    assert "trainee_audio" in tables(path)["turns"]

    with Store.open(path, retention_days=None) as store:
        assert store.schema_version == SCHEMA_VERSION
        [summary] = store.sessions()
        assert (summary.id, summary.scenario_id, summary.score, summary.app_version) == (
            1,
            "late-delivery-de",
            71,
            "0.0.9",
        )
        record = store.session(1)
        [turn] = record.turns
        assert turn.recordings["trainee"].path == audio
        assert turn.recordings["trainee"].created == "2025-01-02T10:00:30+00:00"
        assert "customer" not in turn.recordings
        assert [f["kind"] for f in turn.findings] == ["interruption"]
        # A v2 store writes into the migrated database as into a new one.
        session = store.start_session("late-delivery-de", "Die verspätete Lieferung", "de")
        store.add_turn(session, clean_turn())
        assert [s.id for s in store.sessions()] == [session, 1]
    assert "trainee_audio" not in tables(path)["turns"]


def test_a_newer_schema_is_refused_with_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 99")
    with pytest.raises(UserError, match="newer than this voicecoach knows.*update voicecoach"):
        Store.open(path, retention_days=None)


def test_a_damaged_file_is_a_user_error(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(
        UserError, match=r"is damaged \(file is not a database\); rescue .*.recover.*move the damaged file away"
    ):
        Store.open(path, retention_days=None)


def test_turn_result_round_trip(tmp_path: Path) -> None:
    original = interrupted_turn()
    with Store.open(tmp_path / "h.sqlite3", retention_days=None) as store:
        session = store.start_session(
            "late-delivery-de", "Die verspätete Lieferung", "de", {"voice": "de_DE-thorsten-medium"}, started=T0
        )
        assert store.add_turn(session, original, started=T0 + timedelta(seconds=20)) == 1
        assert store.add_turn(session, clean_turn()) == 2
        store.end_session(session, ended=T0 + timedelta(minutes=3))

        record = store.session(session)
        assert record.summary.started == "2025-03-03T09:00:00+00:00"
        assert record.summary.ended == "2025-03-03T09:03:00+00:00"
        assert record.summary.status == "completed"
        assert record.summary.options == {"voice": "de_DE-thorsten-medium"}
        assert record.summary.score == pytest.approx((62 + 88) / 2)
        assert record.summary.skills == pytest.approx(
            {"listening": 72.5, "timing": 77.5, "empathy": 75, "clarity": 82.5}
        )
        first, second = record.turns
        assert (first.index, first.turn_id, first.score) == (1, "complaint", 62)
        assert first.result() == original
        assert second.result() == clean_turn()
        assert first.data == original.to_json()  # the report's input: exactly the judge's JSON


def test_recordings_are_written_as_flac_under_the_session(tmp_path: Path) -> None:
    with Store.open(tmp_path / "h.sqlite3", retention_days=None) as store:
        session = store.start_session("s", "S", "en")
        customer = store.save_recording(session, 1, "customer", tone(), 16000)
        outside = tmp_path / "my-reply.flac"
        from voicecoach.adapters.audio_files import write_audio

        write_audio(outside, tone(0.3), 16000)
        store.add_turn(session, clean_turn("en"), {"customer": customer, "trainee": outside})
        [turn] = store.session(session).turns
    assert customer == tmp_path / "recordings" / str(session) / "turn-1-customer.flac"
    assert turn.recordings["customer"].path == customer
    # A file from elsewhere is copied in, so forget can delete all of it; the user's file stays.
    assert turn.recordings["trainee"].path == tmp_path / "recordings" / str(session) / "turn-1-trainee.flac"
    assert outside.is_file()
    audio = read_audio(turn.recordings["trainee"].path)
    assert audio.sample_rate == 16000 and audio.duration == pytest.approx(0.3, abs=0.01)
    assert turn.recordings["trainee"].bytes == turn.recordings["trainee"].path.stat().st_size


def test_history_is_newest_first_and_unknown_ids_are_user_errors(tmp_path: Path) -> None:
    with Store.open(tmp_path / "h.sqlite3", retention_days=None) as store:
        old = store.start_session("a", "A", "en", started=T0)
        new = store.start_session("b", "B", "en", started=T0 + timedelta(days=1))
        store.add_turn(old, clean_turn("en"))
        assert [s.id for s in store.sessions()] == [new, old]
        assert store.sessions()[0].status == "in_progress" and store.sessions()[0].score is None
        assert store.sessions()[1].turns == 1
        with pytest.raises(UserError, match="no session 999 .*voicecoach history"):
            store.session(999)
        with pytest.raises(UserError, match="no session 999"):
            store.add_turn(999, clean_turn())


def test_forget_deletes_rows_and_recordings_but_not_other_sessions(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    with Store.open(path, retention_days=None) as store:
        keep = store.start_session("a", "A", "en")
        store.add_turn(keep, clean_turn("en"), {"trainee": store.save_recording(keep, 1, "trainee", tone(), 16000)})
        gone = store.start_session("b", "B", "en")
        store.add_turn(
            gone, interrupted_turn("en"), {"trainee": store.save_recording(gone, 1, "trainee", tone(), 16000)}
        )
        store.forget(gone)
        assert [s.id for s in store.sessions()] == [keep]
        assert not (store.recordings_dir / str(gone)).exists()
        assert (store.recordings_dir / str(keep) / "turn-1-trainee.flac").is_file()
        with pytest.raises(UserError):
            store.forget(gone)
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT COUNT(*) FROM turns").fetchone()[0] == 1
        assert db.execute("SELECT COUNT(*) FROM findings").fetchone()[0] == len(clean_turn().findings)
        assert db.execute("SELECT COUNT(*) FROM recordings").fetchone()[0] == 1
    # secure_delete + checkpoint: the forgotten transcript is not left in the file.
    assert b"Bestellnummer" not in path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or b"Bestellnummer" not in wal.read_bytes()


def test_forget_all(tmp_path: Path) -> None:
    with Store.open(tmp_path / "h.sqlite3", retention_days=None) as store:
        for name in ("a", "b"):
            session = store.start_session(name, name, "en")
            store.add_turn(
                session, clean_turn("en"), {"customer": store.save_recording(session, 1, "customer", tone(), 16000)}
            )
        assert store.forget_all() == 2
        assert store.sessions() == []
        assert not store.recordings_dir.exists()
        assert store.progress().suggestion is None


def test_forget_never_deletes_files_outside_the_recordings_folder(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    mine = tmp_path / "mine.flac"
    mine.write_bytes(b"precious")
    with Store.open(path, retention_days=None) as store:
        session = store.start_session("a", "A", "en")
        store.add_turn(session, clean_turn("en"))
    with sqlite3.connect(path) as db:  # a row pointing outside (e.g. from a hand-edited database)
        db.execute(
            "INSERT INTO recordings (turn_row, side, path, created) VALUES (1, 'trainee', ?, '2020-01-01')",
            (str(mine),),
        )
    with Store.open(path, retention_days=None) as store:
        assert store.apply_retention(1) == 0
        store.forget(session)
    assert mine.read_bytes() == b"precious"


def test_retention_deletes_old_recordings_and_keeps_scores(tmp_path: Path) -> None:
    with Store.open(tmp_path / "h.sqlite3", retention_days=None) as store:
        old = store.start_session("a", "A", "en", started=T0)
        old_file = store.save_recording(old, 1, "trainee", tone(), 16000)
        store.add_turn(old, interrupted_turn("en"), {"trainee": old_file}, started=T0)
        recent = store.start_session("b", "B", "en", started=T0 + timedelta(days=20))
        recent_file = store.save_recording(recent, 1, "trainee", tone(), 16000)
        store.add_turn(recent, clean_turn("en"), {"trainee": recent_file}, started=T0 + timedelta(days=20))

        assert store.apply_retention(30, now=T0 + timedelta(days=31)) == 1
        assert not old_file.exists() and not old_file.parent.exists()
        assert recent_file.is_file()
        [turn] = store.session(old).turns
        assert turn.recordings["trainee"].deleted == "2025-04-03T09:00:00+00:00"
        assert not turn.recordings["trainee"].available
        assert turn.score == 62 and turn.result() == interrupted_turn("en")  # scores and findings stay
        assert store.apply_retention(30, now=T0 + timedelta(days=31)) == 0  # idempotent
        with pytest.raises(UserError, match="at least 1"):
            store.apply_retention(0)


def test_retention_setting_applies_when_a_session_starts(tmp_path: Path) -> None:
    config = user_data_dir().parent / "config" / "config.yaml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("retention_days: 7\n", encoding="utf-8")
    long_ago = datetime.now(timezone.utc) - timedelta(days=8)
    with Store.open() as store:
        assert store.retention_days == 7
        old = store.start_session("a", "A", "en", started=long_ago)
        old_file = store.save_recording(old, 1, "trainee", tone(), 16000)
        store.add_turn(old, clean_turn("en"), {"trainee": old_file}, started=long_ago)
        assert old_file.is_file()
        store.start_session("b", "B", "en")
        assert not old_file.exists()
        assert store.session(old).turns[0].score == 88


def test_progress_trends_recurring_findings_best_worst_and_suggestion(tmp_path: Path) -> None:
    with Store.open(tmp_path / "h.sqlite3", retention_days=None) as store:
        assert store.progress().suggestion is None
        plan = [
            ("late-delivery-de", 0, [interrupted_turn(total=50)]),
            ("cancel-en", 1, [clean_turn("en", total=90)]),
            ("late-delivery-de", 2, [interrupted_turn(total=60), clean_turn(total=80)]),
        ]
        ids = []
        for scenario, day, results in plan:
            session = store.start_session(scenario, scenario.upper(), "de", started=T0 + timedelta(days=day))
            for result in results:
                store.add_turn(session, result)
            ids.append(session)
        store.start_session("empty", "no turns", "en", started=T0 + timedelta(days=3))

        progress = store.progress()
    assert [s for s, _t, _v in progress.totals] == ids  # oldest first; the empty session is left out
    assert [v for *_, v in progress.totals] == [50, 90, 70]
    assert [v for *_, v in progress.trends["timing"]] == [60, 95, 77.5]
    # Three kinds twice in two sessions each; not_listening cost the most points.
    assert progress.recurring[:3] == [("not_listening", 2, 2), ("interruption", 2, 2), ("filler_words", 2, 2)]
    assert all(kind != "backchannel" for kind, *_ in progress.recurring)
    assert progress.best is not None and progress.best.scenario_id == "cancel-en"
    assert progress.worst is not None and progress.worst.scenario_id == "late-delivery-de"
    assert progress.worst.average == 60 and progress.worst.sessions == 2 and progress.worst.last == 70
    suggestion = progress.suggestion
    assert suggestion is not None
    # Over the last three sessions listening is weakest: (55 + 90 + 72.5) / 3.
    assert (suggestion.skill, suggestion.finding_kind, suggestion.scenario_id) == (
        "listening",
        "not_listening",
        "late-delivery-de",
    )
    assert json.loads(json.dumps(progress.to_json()))["suggestion"]["skill"] == "listening"


def test_a_store_can_be_used_from_the_call_engines_thread(tmp_path: Path) -> None:
    """The UI opens the store, the call engine's worker writes turns, the UI reads them."""
    import threading

    errors: list[BaseException] = []
    with Store.open(tmp_path / "h.sqlite3", retention_days=None) as store:
        session = store.start_session("a", "A", "en")

        def worker() -> None:
            try:
                for _ in range(5):
                    store.add_turn(session, clean_turn("en"))
            except BaseException as error:  # reported below, in the test's thread
                errors.append(error)

        threads = [threading.Thread(target=worker) for _ in range(3)]
        for thread in threads:
            thread.start()
        for _ in range(20):
            store.sessions()
        for thread in threads:
            thread.join(timeout=30)
        assert errors == []
        assert [turn.index for turn in store.session(session).turns] == list(range(1, 16))
