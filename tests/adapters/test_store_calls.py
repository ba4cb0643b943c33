"""Real calls in the history (issue 14): schema v4 (``kind``, ``agent``, ``source_hash``),
``Store.add_call``, and the practice views that leave calls out unless asked for them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.helpers.timelines import two_exchange_call
from voicecoach.adapters.store import SCHEMA_VERSION, Store, migrate


def test_a_call_is_stored_once_as_a_completed_session_of_its_agent(tmp_path: Path) -> None:
    with Store.open(tmp_path / "h.sqlite3") as store:
        practice = store.start_session("gym-cancel-en", "practice", "en")
        store.end_session(practice)
        call = two_exchange_call(cut_in=True)
        first = store.add_call(call, agent="ben", source_hash="a" * 64, title="ben/1.wav", source="/x/ben/1.wav")
        again = store.add_call(call, agent="ben", source_hash="a" * 64, title="ben/1.wav")
        other = store.add_call(two_exchange_call(cut_in=False), agent="anna", source_hash="b" * 64, title="anna/1.wav")
        assert again == first and other != first
        assert [s.id for s in store.sessions()] == [practice]  # practice only, by default
        assert [s.id for s in store.sessions("call", "ben")] == [first]
        assert {s.id for s in store.sessions(None)} == {practice, first, other}
        assert store.agents() == [("anna", 1), ("ben", 1)]
        record = store.session(first)
        assert record.summary.status == "completed" and record.summary.options["agent"] == "ben"
        assert len(record.turns) == len(call.exchanges)
        stored = [(f["kind"], f["start"], f["end"]) for t in record.turns for f in t.findings]
        assert stored == [(f.kind, f.start, f.end) for e in call.exchanges for f in e.findings]
        assert call.score is not None and record.summary.score == call.score.total  # the call's, as in its results


def test_practice_trends_leave_real_calls_out_unless_asked(tmp_path: Path) -> None:
    with Store.open(tmp_path / "h.sqlite3") as store:
        store.add_call(two_exchange_call(cut_in=True), agent="ben", source_hash="c" * 64)
        assert store.progress().totals == []  # no practice: nothing to show
        assert store.progress().recurring == []
        bens = store.progress("call", "ben")
        assert len(bens.totals) == 1
        assert "interruption" in [kind for kind, _times, _sessions in bens.recurring]
        assert store.progress("call", "nobody").totals == []


def test_a_v3_history_migrates_with_its_sessions_as_practice(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    migrate(db, target=3)
    db.execute(
        "INSERT INTO sessions (scenario_id, title, language, started, app_version) "
        "VALUES ('gym-cancel-en', 't', 'en', '2026-01-01T00:00:00+00:00', '0.1.0')"
    )
    db.close()
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION >= 4
        [old] = store.sessions()
        assert old.scenario_id == "gym-cancel-en"
        assert store.sessions("call") == []
