"""The history's faults on the command line (issue 13): every case is one line that names the
problem and its fix, the right exit code, no traceback, and never a misleading answer (a
read-only history is not "damaged"; one bad row does not make the whole history unreadable).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.helpers.faults import made_read_only
from tests.helpers.history_data import clean_turn, interrupted_turn
from voicecoach.adapters import models
from voicecoach.adapters.store import Store
from voicecoach.cli import main
from voicecoach.core.errors import UserError

T0 = datetime(2025, 3, 3, 9, 0, tzinfo=timezone.utc)


@pytest.fixture()
def history() -> Path:
    """Two sessions of two turns each in the isolated home's history; returns its path."""
    with Store.open() as store:
        for day in (0, 1):
            session = store.start_session(
                "late-delivery-de", "Die verspätete Lieferung", "de", started=T0 + timedelta(days=day)
            )
            store.add_turn(session, interrupted_turn("de"))
            store.add_turn(session, clean_turn("de"))
            store.end_session(session)
        return store.path  # closed: the WAL is checkpointed into the file


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(code: int, err: str, *needles: str) -> None:
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("voicecoach: "), err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])


# -- a read-only history is readable, and not called damaged ------------------------------------------


def test_a_read_only_history_is_read_and_refused_only_for_writing(
    capsys: pytest.CaptureFixture[str], history: Path
) -> None:
    with made_read_only(history.parent):
        code, out, err = run_cli(capsys, "history")
        assert code == 0 and err == "" and out.count("Die verspätete Lieferung") == 2  # the title, not the id
        code, out, err = run_cli(capsys, "report", "1", "--format", "json")
        assert code == 0 and '"late-delivery-de"' in out
        code, _out, err = run_cli(capsys, "forget", "1", "--yes")
        one_line_error(code, err, "is read-only (its contents are intact)", "chmod u+w")
        assert "damaged" not in err and "move it away" not in err
        with pytest.raises(UserError, match=r"is read-only \(its contents are intact\)"):  # what a call opens
            Store.open()
    with Store.open() as store:  # and nothing was changed by trying
        assert [s.turns for s in store.sessions()] == [2, 2]


# -- damaged pages under an intact header ---------------------------------------------------------


def damage_pages(path: Path) -> None:
    """Overwrite every page after the first (the header and schema stay intact)."""
    with sqlite3.connect(path) as db:
        page = int(db.execute("PRAGMA page_size").fetchone()[0])
    data = bytearray(path.read_bytes())
    for offset in range(page, len(data)):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "argv",
    [("history",), ("history", "--progress"), ("report", "1"), ("report", "last"), ("forget", "1", "--yes")],
)
def test_damaged_pages_under_an_intact_header_are_one_line(
    capsys: pytest.CaptureFixture[str], history: Path, argv: tuple[str, ...]
) -> None:
    damage_pages(history)
    code, _out, err = run_cli(capsys, *argv)
    one_line_error(code, err, "is damaged (database disk image is malformed)", ".recover", "move the damaged file away")


# A call on a damaged history keeps its turns for the next one: tests/adapters/test_store_faults.py.


# -- one bad row --------------------------------------------------------------------------------------

BAD_ROWS: list[tuple[str, str]] = [
    ("UPDATE sessions SET skills_json = '{not json' WHERE id = 1", "session 1: skills is not valid JSON"),
    ("UPDATE sessions SET options_json = '[1, 2]' WHERE id = 1", "session 1: options is not a JSON object"),
    ("UPDATE sessions SET total_score = 'abc' WHERE id = 1", "session 1: score 'abc' is not a number"),
    ('UPDATE sessions SET skills_json = \'{"listening": "high"}\' WHERE id = 1', "skill listening has 'high'"),
]


@pytest.mark.parametrize(("sql", "said"), BAD_ROWS)
def test_one_bad_session_row_is_left_out_and_said_once(
    capsys: pytest.CaptureFixture[str], history: Path, sql: str, said: str
) -> None:
    with sqlite3.connect(history) as db:
        db.execute(sql)
    for argv in (("history",), ("history", "--json"), ("history", "--progress")):
        code, out, err = run_cli(capsys, *argv)
        assert code == 0, err
        assert err.count("\n") == 1 and "left out a damaged row of the history" in err and said in err, err
        assert "Traceback" not in err
    code, out, _err = run_cli(capsys, "history")
    assert out.count("Die verspätete Lieferung") == 1  # the other session is shown (by its title)
    code, _out, err = run_cli(capsys, "report", "1")
    one_line_error(code, err, "session 1 of the history is damaged", "voicecoach forget 1")
    code, out, err = run_cli(capsys, "report", "2", "--format", "json")
    assert code == 0 and err == ""


TURN_ROWS: list[tuple[str, str]] = [
    ("UPDATE turns SET result_json = 'nope' WHERE session_id = 2 AND idx = 1", "result is not valid JSON"),
    ("UPDATE turns SET score = 'high' WHERE session_id = 2 AND idx = 1", "score 'high' is not a number"),
    ("UPDATE turns SET timeline_json = '\"x\"' WHERE session_id = 2 AND idx = 1", "timeline is not a JSON object"),
    ('UPDATE turns SET skills_json = \'{"skills": {"a": null}}\' WHERE session_id = 2 AND idx = 1', "skill a has None"),
]


@pytest.mark.parametrize(("sql", "said"), TURN_ROWS)
def test_one_bad_turn_row_is_left_out_of_the_report_and_said_once(
    capsys: pytest.CaptureFixture[str], history: Path, sql: str, said: str
) -> None:
    with sqlite3.connect(history) as db:
        db.execute(sql)
    code, out, err = run_cli(capsys, "report", "2", "--format", "json")
    assert code == 0, err
    assert err.count("\n") == 1 and "session 2, turn 1" in err and said in err, err
    assert len(json.loads(out)["turns"]) == 1  # the good turn is there
    code, _out, err = run_cli(capsys, "history")
    assert code == 0 and err == ""  # the session row itself is fine
    with Store.open() as store:  # and writing goes on: a new turn of that session gets its score
        assert store.add_turn(2, clean_turn("de")) == 3


# -- ids SQLite cannot hold, model folders ----------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ("report", "99999999999999999999999"),
        ("report", "-99999999999999999999999"),
        ("forget", "99999999999999999999999", "--yes"),
        ("report", "9223372036854775808"),
    ],
)
def test_session_ids_too_large_for_sqlite_are_one_line(
    capsys: pytest.CaptureFixture[str], history: Path, argv: tuple[str, ...]
) -> None:
    code, _out, err = run_cli(capsys, *argv)
    one_line_error(code, err, f"no session {int(argv[1])} in the history", "voicecoach history")


def _model_copy(folder: Path, leave_out: str) -> Path:
    tiny = models.resolve_whisper("tiny.en").path
    assert tiny is not None
    folder.mkdir()
    for item in tiny.iterdir():
        if item.name != leave_out:
            (folder / item.name).symlink_to(item)
    return folder


@pytest.mark.parametrize("leave_out", ["config.json", "tokenizer.json", "vocabulary.txt", "model.bin"])
def test_a_model_folder_missing_a_file_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, realspeech: Path, leave_out: str
) -> None:
    folder = _model_copy(tmp_path / "model", leave_out)
    code, _out, err = run_cli(capsys, "transcribe", str(realspeech / "en_jfk.wav"), "--model", str(folder))
    one_line_error(code, err, "incomplete Whisper model folder", leave_out, "copy the missing files")


def test_forget_with_read_only_recordings_is_one_line_and_can_be_run_again(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with Store.open() as store:
        session = store.start_session("late-delivery-de", "Die verspätete Lieferung", "de")
        recording = store.save_recording(session, 1, "trainee", [0.1, -0.1] * 800, 16000)
        store.add_turn(session, clean_turn("de"), {"trainee": recording})
        folder = store.recordings_dir
    with made_read_only(folder):
        code, _out, err = run_cli(capsys, "forget", str(session), "--yes")
        one_line_error(code, err, f"cannot delete the recordings of session {session}", "run 'voicecoach forget")
        with Store.open() as store:  # nothing is half-forgotten: the session is still listed
            assert [s.id for s in store.sessions()] == [session]
            assert store.apply_retention(1, now=T0 + timedelta(days=3650)) == 0  # retention skips, no traceback
    code, _out, err = run_cli(capsys, "forget", str(session), "--yes")
    assert code == 0 and f"deleted session {session}" in err
    assert not (folder / str(session)).exists()
