"""``voicecoach history``, ``report`` and ``forget`` on a history written through the Store."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pytest

from tests.helpers.history_data import clean_turn, interrupted_turn
from voicecoach.adapters.store import Store
from voicecoach.cli import main

T0 = datetime(2025, 3, 3, 9, 0, tzinfo=timezone.utc)


@pytest.fixture()
def history() -> dict[str, int]:
    """Three sessions in the isolated home: German (two turns), English, and one still running."""
    with Store.open() as store:
        de = store.start_session("late-delivery-de", "Die verspätete Lieferung", "de", started=T0)
        recording = store.save_recording(de, 1, "trainee", np.zeros(1600, np.float32), 16000)
        store.add_turn(de, interrupted_turn("de"), {"trainee": recording})
        store.add_turn(de, clean_turn("de"))
        store.end_session(de, ended=T0 + timedelta(minutes=4))
        en = store.start_session("late-delivery-en", "The late delivery", "en", started=T0 + timedelta(days=2))
        store.add_turn(en, interrupted_turn("en", total=70))
        store.end_session(en, "aborted")
        running = store.start_session("calm-en", "Calm", "en", started=T0 + timedelta(days=1))
    return {"de": de, "en": en, "running": running}


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def cli_process(*argv: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "voicecoach", *argv],
        capture_output=True,
        text=True,
        timeout=60,
        env=os.environ.copy(),
        **kwargs,
    )


def test_history_json_is_newest_first(capsys: pytest.CaptureFixture[str], history: dict[str, int]) -> None:
    code, out, _err = run_cli(capsys, "history", "--json")
    assert code == 0
    rows = json.loads(out)
    assert [row["id"] for row in rows] == [history["en"], history["running"], history["de"]]
    first = rows[0]
    assert first["scenario"] == "late-delivery-en"
    assert first["started"] == "2025-03-05T09:00:00+00:00"
    assert first["score"] == 70 and first["status"] == "aborted" and first["turns"] == 1
    assert rows[1]["score"] is None and rows[1]["status"] == "in_progress"
    assert rows[2]["score"] == 75 and rows[2]["skills"]["timing"] == 77.5


def test_history_table_and_empty_history(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run_cli(capsys, "history")
    assert code == 0 and "no sessions yet" in out
    with Store.open() as store:
        session = store.start_session("late-delivery-de", "x", "de", started=T0)
        store.add_turn(session, clean_turn())
    code, out, _err = run_cli(capsys, "history")
    header, row = out.splitlines()
    assert header.split() == ["ID", "STARTED", "SCENARIO", "LANG", "TURNS", "SCORE", "STATUS"]
    assert row.split()[0] == str(session)
    assert row.split()[3:] == ["x", "de", "1", "88", "in", "progress"]  # the title, never the id


def test_history_progress(
    capsys: pytest.CaptureFixture[str], history: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VOICECOACH_LANG", "en_GB.UTF-8")
    code, out, _err = run_cli(capsys, "history", "--progress")
    assert code == 0
    assert "Listening" in out and "Not listening: 2× in 2 sessions" in out
    assert "Best scenario: Die verspätete Lieferung (average 75, last 75, 1 session)" in out
    assert "Weakest scenario: The late delivery (average 70" in out
    assert "Practise next: the skill Listening (weakest lately); watch out for: Not listening" in out
    assert "voicecoach call late-delivery-en" in out
    code, out, _err = run_cli(capsys, "history", "--progress", "--json")
    assert json.loads(out)["suggestion"]["scenario_id"] == "late-delivery-en"


def test_history_applies_the_retention_setting(capsys: pytest.CaptureFixture[str], isolated_home: Path) -> None:
    long_ago = datetime.now(timezone.utc) - timedelta(days=40)
    with Store.open() as store:
        session = store.start_session("a", "A", "en", started=long_ago)
        recording = store.save_recording(session, 1, "trainee", np.zeros(1600, np.float32), 16000)
        store.add_turn(session, clean_turn("en"), {"trainee": recording}, started=long_ago)
    (isolated_home / "config").mkdir(exist_ok=True)
    (isolated_home / "config" / "config.yaml").write_text("retention_days: 30\n", encoding="utf-8")
    code, out, _err = run_cli(capsys, "history", "--json")
    assert code == 0 and json.loads(out)[0]["score"] == 88
    assert not recording.exists()
    code, out, _err = run_cli(capsys, "report", "last")
    assert "You: recording deleted after the retention period" in out


@pytest.mark.parametrize("fmt", ["html", "md", "json"])
def test_report_formats(capsys: pytest.CaptureFixture[str], history: dict[str, int], tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"report.{fmt}"
    code, _out, err = run_cli(capsys, "report", str(history["de"]), "--format", fmt, "-o", str(target))
    assert code == 0 and f"wrote {target}" in err
    content = target.read_text(encoding="utf-8")
    if fmt == "json":
        data = json.loads(content)
        assert data["session"]["id"] == history["de"] and data["session"]["language"] == "de"
        assert [turn["index"] for turn in data["turns"]] == [1, 2]
        first = data["turns"][0]
        assert first["findings"][0]["kind"] == "interruption"
        assert first["customer_speech"] == [[0.2, 3.4]]
        assert first["transcript"]["trainee"]["text"].startswith("Wie ist Ihre Bestellnummer?")
        assert first["score"]["total"] == 62 and first["recordings"]["trainee"]["available"] is True
    elif fmt == "md":
        assert content.startswith("# Trainingsbericht: Die verspätete Lieferung")
        assert "## Schritt 1 („Keller hier, meine Bestellnummer ist 4711 …“) · Antwort 1: 62 / 100" in content
        assert "1. **Unterbrechung** 2,1 s – 3,4 s (20 Punkte Abzug, Timing)" in content
        assert "*Tipp:* Lassen Sie sie ausreden." in content
        assert "| Zuhören | 72 |" in content
    else:
        assert content.startswith("<!DOCTYPE html>") and '<html lang="de">' in content
        # Self-contained: nothing fetched from anywhere (the SVG namespace is an identifier only).
        assert not re.search(r"""(src|href)\s*=|@import|url\((?!#)|<script|<link""", content)
        assert content.count("<svg") == 2 and 'class="overlap"' in content
        assert "Wiederholen Sie die Nummer zur Bestätigung." in content
        assert "@media print" in content


def test_report_english_to_stdout_and_by_suffix(
    capsys: pytest.CaptureFixture[str], history: dict[str, int], tmp_path: Path
) -> None:
    code, out, _err = run_cli(capsys, "report", "last")
    assert code == 0 and out.startswith("# Practice report: The late delivery")
    assert "1. **Interruption** 2.1 s – 3.4 s (20 points off, Timing): You cut in." in out
    target = tmp_path / "r.html"
    assert run_cli(capsys, "report", str(history["en"]), "-o", str(target))[0] == 0
    assert '<html lang="en">' in target.read_text(encoding="utf-8")


def test_report_errors_are_one_line_exit_2(
    capsys: pytest.CaptureFixture[str], history: dict[str, int], tmp_path: Path
) -> None:
    code, _out, err = run_cli(capsys, "report", "999", "--format", "md")
    assert (
        code == 2
        and err.strip() == "voicecoach: no session 999 in the history; run 'voicecoach history' to see the ids"
    )
    code, _out, err = run_cli(capsys, "report", "abc")
    assert code == 2 and "'abc' is not a session id" in err
    code, _out, err = run_cli(capsys, "report", str(history["de"]), "-o", str(tmp_path / "missing" / "r.md"))
    assert code == 2 and "does not exist" in err and len(err.strip().splitlines()) == 1


def test_forget_one_session_with_yes(
    capsys: pytest.CaptureFixture[str], history: dict[str, int], isolated_home: Path
) -> None:
    recordings = isolated_home / "data" / "recordings" / str(history["de"])
    assert recordings.is_dir()
    code, _out, err = run_cli(capsys, "forget", str(history["de"]), "--yes")
    assert code == 0 and f"deleted session {history['de']}" in err
    assert not recordings.exists()
    code, out, _err = run_cli(capsys, "history", "--json")
    assert [row["id"] for row in json.loads(out)] == [history["en"], history["running"]]
    code, _out, err = run_cli(capsys, "forget", str(history["de"]), "--yes")
    assert code == 2 and "no session" in err


def test_forget_all_with_yes(capsys: pytest.CaptureFixture[str], history: dict[str, int], isolated_home: Path) -> None:
    code, _out, err = run_cli(capsys, "forget", "--all", "--yes")
    assert code == 0 and "deleted 3 sessions" in err
    assert json.loads(run_cli(capsys, "history", "--json")[1]) == []
    assert not (isolated_home / "data" / "recordings").exists()


def test_forget_usage_errors(capsys: pytest.CaptureFixture[str], history: dict[str, int]) -> None:
    for argv in (["forget"], ["forget", "1", "--all"]):
        code, _out, err = run_cli(capsys, *argv)
        assert code == 2 and "name one session id or --all" in err


def test_forget_without_a_terminal_refuses(history: dict[str, int]) -> None:
    result = cli_process("forget", str(history["de"]), stdin=subprocess.DEVNULL)
    assert result.returncode == 2
    assert result.stderr.strip() == "voicecoach: not deleting without confirmation; add --yes to delete without asking"
    result = cli_process("forget", "--all", stdin=subprocess.DEVNULL)
    assert result.returncode == 2
    with Store.open() as store:
        assert len(store.sessions()) == 3


def _answer_on_a_terminal(argv: list[str], answer: str) -> tuple[int, str]:
    """Run the CLI on a real pseudo-terminal (stdin, stdout, stderr) and type ``answer``."""
    primary, secondary = pty.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "voicecoach", *argv],
            stdin=secondary,
            stdout=secondary,
            stderr=secondary,
            env=os.environ.copy(),
        )
        os.close(secondary)
        seen = b""
        deadline = time.monotonic() + 60
        while b"[y/N]" not in seen:
            assert time.monotonic() < deadline and process.poll() is None, f"no prompt: {seen!r}"
            if select.select([primary], [], [], 0.5)[0]:
                seen += os.read(primary, 1024)
        os.write(primary, answer.encode() + b"\n")
        code = process.wait(timeout=60)
        while select.select([primary], [], [], 0.2)[0]:
            try:
                chunk = os.read(primary, 1024)
            except OSError:  # the terminal is gone once the process has exited
                break
            if not chunk:
                break
            seen += chunk
        return code, seen.decode(errors="replace")
    finally:
        os.close(primary)


def test_forget_asks_on_a_terminal(history: dict[str, int]) -> None:
    code, text = _answer_on_a_terminal(["forget", str(history["en"])], "n")
    assert code == 1 and "Delete session" in text and "The late delivery" in text and "nothing deleted" in text
    with Store.open() as store:
        assert len(store.sessions()) == 3
    code, text = _answer_on_a_terminal(["forget", str(history["en"])], "ja")
    assert code == 0
    with Store.open() as store:
        assert [s.id for s in store.sessions()] == [history["running"], history["de"]]


def test_report_names_every_finding_kind_skill_and_metric_in_both_languages() -> None:
    """A new finding kind or metric must get a German and an English name in the report."""
    from voicecoach.core.analyzers import metrics
    from voicecoach.core.analyzers.options import Context, JudgeOptions
    from voicecoach.core.result import FINDING_KINDS
    from voicecoach.core.scenario import SKILLS
    from voicecoach.core.words.names import KINDS, METRICS
    from voicecoach.core.words.names import SKILLS as SKILL_NAMES

    turn = interrupted_turn("en").turn
    produced = metrics.compute(turn, Context("en", None, {}, JudgeOptions()), [])
    assert "talk_ratio" in produced
    for table, names in ((KINDS, FINDING_KINDS), (SKILL_NAMES, SKILLS), (METRICS, produced)):
        assert set(names) <= set(table)
        for name in names:
            assert table[name]["de"] and table[name]["en"], name
