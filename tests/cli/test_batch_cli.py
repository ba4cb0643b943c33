"""``voicecoach batch``: an archive judged on Ray (issue 14).

One Ray run per situation, each in its own process as a user runs it: the small archive
(``tests/helpers/call_archive.small_archive``: three real-speech calls in folders per agent and a
broken file) under strace, a second run over it (resume), a run killed with SIGKILL and resumed,
and a run against a Ray head this test starts. Usage mistakes exit 2 with one line, before Ray.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.call_archive import small_archive
from tests.helpers.syscalls import strace_path
from voicecoach.adapters import parquet_files
from voicecoach.adapters.ray_pool import PoolSettings, RayPool
from voicecoach.cli import main

ARGS = ["--customer-channel", "left", "--agent-pattern", "{agent}/*.wav"]
#: An address that is not this machine's loopback: what "an internet socket" means here.
LOOPBACK = re.compile(r'inet_addr\("127\.|inet_pton\(AF_INET6, "(::1|::ffff:127\.)')
ADDRESS = re.compile(r'inet_addr\("[^"]*"\)|inet_pton\(AF_INET6, "[^"]*"')


def _env(home: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {**os.environ, "VOICECOACH_HOME": str(home), "PYTHONUNBUFFERED": "1", **(extra or {})}
    env.pop("RAY_ADDRESS", None)
    return env


def _batch(
    argv: list[str],
    home: Path,
    *,
    timeout: float = 400,
    strace_log: Path | None = None,
    extra_env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "voicecoach", "batch", *argv]
    if strace_log is not None:
        command = [
            strace_path(),
            "-f",
            "-qq",
            "-e",
            "trace=connect,sendto,sendmsg,bind",
            "-o",
            str(strace_log),
            *command,
        ]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=_env(home, extra_env))


def _analyze_alone(path: Path, home: Path) -> dict[str, Any]:
    """What ``analyze --call FILE --customer-channel left --json`` gives with the decoding threads
    a worker of the 2-worker run had (``RayPool.worker_threads``: word times depend a little on
    the thread count, so only the same count promises the same findings to the millisecond)."""
    threads = RayPool(PoolSettings(workers=2), make=lambda: lambda item: item).worker_threads()  # type: ignore[arg-type]
    command = [sys.executable, "-m", "voicecoach", "analyze", "--call", str(path), *ARGS[:2], "--json"]
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=300, env=_env(home, {"OMP_NUM_THREADS": str(threads)})
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def _calls(results: Path) -> dict[str, dict[str, Any]]:
    return {Path(row["path"]).name: row for row in parquet_files.read_rows([results / "calls.parquet"])}


def _findings(results: Path) -> list[dict[str, Any]]:
    return parquet_files.read_rows([results / "findings.parquet"])


@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory, realspeech: Path) -> dict[str, Any]:
    """The small archive judged once, with 2 workers, under strace."""
    base = tmp_path_factory.mktemp("batch")
    archive = base / "calls"
    calls = small_archive(realspeech, archive)
    done = _batch([str(archive), "-o", str(base / "results"), *ARGS, "--workers", "2"], base / "home",
                  strace_log=base / "batch.strace")  # fmt: skip
    return {"base": base, "archive": archive, "calls": calls, "done": done, "results": base / "results"}


@pytest.mark.real_models
def test_a_batch_gives_each_call_the_findings_analyze_gives(first_run: dict[str, Any]) -> None:
    done = first_run["done"]
    assert done.returncode == 0, done.stderr[-3000:]
    rows = _calls(first_run["results"])
    assert {name: row["status"] for name, row in rows.items()} == {
        "polite.wav": "ok", "cuts-in.wav": "ok", "second.wav": "ok", "broken.wav": "failed",
    }  # fmt: skip
    assert {name: row["agent"] for name, row in rows.items()} == {
        "polite.wav": "anna", "cuts-in.wav": "ben", "second.wav": "ben", "broken.wav": "anna",
    }  # fmt: skip
    findings = _findings(first_run["results"])
    for name in ("polite", "cuts_in", "second"):
        path = first_run["calls"][name]
        alone = _analyze_alone(path, first_run["base"] / "home-analyze")
        expected = sorted(
            (e["number"], f["kind"], round(f["start"], 3), round(f["end"], 3), f["penalty"])
            for e in alone["exchanges"]
            for f in e["findings"]
        )
        got = sorted(
            (f["exchange"], f["kind"], round(f["start_s"], 3), round(f["end_s"], 3), f["points"])
            for f in findings
            if f["path"] == str(path)
        )
        assert got == expected, name
        row = rows[path.name]
        assert row["exchanges"] == len(alone["exchanges"])
        assert row["score"] == (None if alone["score"] is None else alone["score"]["total"])
        assert row["duration_s"] == pytest.approx(alone["duration_s"])
        assert row["metrics"]["talk_ratio"] == pytest.approx(alone["metrics"]["talk_ratio"])
    # the agent who started 3 s into the customer's line talked over her; the one who waited did not
    kinds = {name: {f["kind"] for f in findings if Path(f["path"]).name == name} for name in rows}
    cut_in = {"interruption", "talk_over"}
    assert kinds["cuts-in.wav"] & cut_in and not kinds["polite.wav"] & cut_in, kinds


@pytest.mark.real_models
def test_a_broken_file_is_one_failed_row_with_a_one_line_reason(first_run: dict[str, Any]) -> None:
    row = _calls(first_run["results"])["broken.wav"]
    assert row["status"] == "failed"
    assert "\n" not in row["error"] and "cannot read" in row["error"] and len(row["error"]) <= 300
    assert "Traceback" not in first_run["done"].stderr


@pytest.mark.real_models
def test_judged_calls_are_in_the_history_per_agent_apart_from_practice(
    first_run: dict[str, Any], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("VOICECOACH_HOME", str(first_run["base"] / "home"))
    assert main(["history", "--agent", "ben"]) == 0
    ben = capsys.readouterr().out
    assert "ben/cuts-in.wav" in ben and "ben/second.wav" in ben and "anna/" not in ben
    assert main(["history"]) == 0  # practice only: no real call in it
    assert "wav" not in capsys.readouterr().out
    assert main(["history", "--progress", "--agent", "ben"]) == 0
    assert capsys.readouterr().out.strip()
    assert main(["history", "--progress"]) == 0  # practice trends: none yet, the calls not mixed in
    out = capsys.readouterr().out
    assert "Timing" not in out and "Listening" not in out


@pytest.mark.real_models
def test_a_local_batch_opens_no_internet_socket(first_run: dict[str, Any]) -> None:
    trace = (first_run["base"] / "batch.strace").read_text(errors="replace")
    addresses = [m.group(0) for m in ADDRESS.finditer(trace)]
    assert addresses, "strace saw no socket addresses: Ray did not run?"
    outside = sorted({a for a in addresses if not LOOPBACK.match(a) and "0.0.0.0" not in a and '"::"' not in a})
    assert outside == [], f"non-loopback addresses in the trace: {outside}"


@pytest.mark.real_models
def test_a_second_run_skips_calls_done_by_content_and_retries_the_failed(first_run: dict[str, Any]) -> None:
    before = _calls(first_run["results"])
    moved = first_run["archive"] / "ben" / "renamed-copy.wav"
    shutil.copy(first_run["calls"]["polite"], moved)  # same bytes, new path: done already
    try:
        again = _batch([str(first_run["archive"]), "-o", str(first_run["results"]), *ARGS, "--workers", "1"],
                       first_run["base"] / "home")  # fmt: skip
    finally:
        moved.unlink()
    assert again.returncode == 0, again.stderr[-3000:]
    assert "4 done already" in again.stderr and "1 to judge now" in again.stderr, again.stderr
    after = _calls(first_run["results"])
    for name in ("polite.wav", "cuts-in.wav", "second.wav"):
        assert after[name]["attempt"] == before[name]["attempt"]  # not judged again
    assert after["broken.wav"]["attempt"] != before["broken.wav"]["attempt"]  # tried again
    assert after["broken.wav"]["status"] == "failed" and "renamed-copy.wav" not in after


@pytest.mark.real_models
def test_a_killed_run_resumes_losing_at_most_the_calls_in_flight(tmp_path: Path, realspeech: Path) -> None:
    archive = tmp_path / "calls"
    calls = small_archive(realspeech, archive)
    calls.pop("broken").unlink()
    results = tmp_path / "results"
    argv = [sys.executable, "-m", "voicecoach", "batch", str(archive), "-o", str(results), *ARGS, "--workers", "1"]
    process = subprocess.Popen(argv, env=_env(tmp_path / "home"), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               start_new_session=True)  # fmt: skip
    deadline = time.monotonic() + 300
    while not list((results / "parts").glob("*.calls.parquet")) and time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read().decode()[-3000:] if process.stderr else ""
        time.sleep(0.2)
    os.killpg(process.pid, signal.SIGKILL)  # the command, its Ray and its workers, mid-run
    process.wait(timeout=30)
    first = {
        Path(r["path"]).name: r for r in parquet_files.read_rows(sorted((results / "parts").glob("*.calls.parquet")))
    }
    assert 1 <= len(first) < 3
    resumed = _batch([str(archive), "-o", str(results), *ARGS, "--workers", "1"], tmp_path / "home")
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    rows = _calls(results)
    assert sorted(rows) == ["cuts-in.wav", "polite.wav", "second.wav"]
    assert all(row["status"] == "ok" for row in rows.values())
    for name, row in first.items():
        assert rows[name]["attempt"] == row["attempt"]  # done before the kill: kept, not judged again
    assert not list((results / "parts").glob("*.parquet"))  # folded into the two tables


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def ray_head(tmp_path: Path) -> Any:
    """A Ray head on this machine (loopback, no dashboard, usage stats off), stopped afterwards."""
    ray = shutil.which("ray", path=str(Path(sys.executable).parent))
    assert ray is not None, "the ray command is missing: run scripts/setup.sh --test"
    port = _free_port()
    temp = Path("/tmp") / f"vc-ray-head-{os.getpid()}"
    # the cluster's token (Ray's token authentication) as an administrator hands it to its users;
    # given in the environment, nothing is written to ~/.ray
    auth = {"RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": secrets.token_hex(32)}
    env = {**os.environ, "RAY_USAGE_STATS_ENABLED": "0", "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0", **auth}
    head = subprocess.Popen(
        [ray, "start", "--head", "--block", f"--port={port}", "--node-ip-address=127.0.0.1",
         "--include-dashboard=false", "--num-cpus=2", f"--temp-dir={temp}", "--disable-usage-stats"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            assert head.poll() is None, head.stdout.read().decode()[-2000:] if head.stdout else ""
            time.sleep(0.5)
        yield f"127.0.0.1:{port}", auth, temp
    finally:
        head.send_signal(signal.SIGTERM)  # --block: ray start stops the head's processes on SIGTERM
        try:
            head.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(head.pid, signal.SIGKILL)
            head.wait(timeout=10)
        shutil.rmtree(temp, ignore_errors=True)


@pytest.mark.real_models
def test_a_batch_runs_on_an_existing_ray_cluster(
    tmp_path: Path, realspeech: Path, ray_head: tuple[str, dict[str, str], Path]
) -> None:
    address, auth, temp = ray_head
    archive = tmp_path / "calls"
    calls = small_archive(realspeech, archive)
    calls.pop("broken").unlink()
    calls.pop("second").unlink()
    done = _batch([str(archive), "-o", str(tmp_path / "results"), *ARGS, "--ray-address", address, "--workers", "2"],
                  tmp_path / "home", extra_env=auth)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    rows = _calls(tmp_path / "results")
    assert {name: row["status"] for name, row in rows.items()} == {"polite.wav": "ok", "cuts-in.wav": "ok"}
    # the calls were judged by workers of the head started above, whose logs are in its folder
    pids = {row["worker"].rsplit(":", 1)[1] for row in rows.values()}
    logs = {p.name for p in temp.glob("session_*/logs/*")}
    assert all(any(name.endswith(f"_{pid}.log") or f"-{pid}." in name for name in logs) for pid in pids), (pids, logs)
    assert "Traceback" not in done.stderr


# -- usage mistakes: one line, exit 2, before Ray starts --------------------------------------------


def _mistake(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["batch", *argv]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    return err


def test_no_recordings_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.txt").write_text("no audio here")
    assert "no recordings in" in _mistake([str(tmp_path / "empty"), "-o", str(tmp_path / "r"), *ARGS], capsys)
    assert "no files match" in _mistake([str(tmp_path / "*.wav"), "-o", str(tmp_path / "r"), *ARGS], capsys)
    assert "does not exist" in _mistake([str(tmp_path / "nowhere"), "-o", str(tmp_path / "r"), *ARGS], capsys)


def test_a_bad_agent_pattern_is_one_line(tmp_path: Path, realspeech: Path, capsys: pytest.CaptureFixture[str]) -> None:
    small_archive(realspeech, tmp_path / "calls")
    base = [str(tmp_path / "calls"), "-o", str(tmp_path / "r"), "--customer-channel", "left"]
    assert "must say where the agent is" in _mistake([*base, "--agent-pattern", "*/*.wav"], capsys)
    assert "not a valid regular expression" in _mistake([*base, "--agent-pattern", "(?P<agent>[a-z"], capsys)
    assert "fits none of the 4 recordings" in _mistake([*base, "--agent-pattern", "{agent}/*.flac"], capsys)


def test_an_unwritable_results_folder_is_one_line(
    tmp_path: Path, realspeech: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    small_archive(realspeech, tmp_path / "calls")
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    err = _mistake([str(tmp_path / "calls"), "-o", str(blocker / "results"), *ARGS], capsys)
    assert "cannot write the results" in err
    err = _mistake([str(tmp_path / "calls"), "-o", str(blocker), *ARGS], capsys)
    assert "is a file" in err


def test_bad_options_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = [str(tmp_path), "-o", str(tmp_path / "r")]
    # "--customer-channel middle" is argparse's to refuse, in the UI language: tests/cli/test_option_values.py
    assert "--workers" in _mistake([*base, "--customer-channel", "left", "--workers", "0"], capsys)
    nobody = f"127.0.0.1:{_free_port()}"
    assert "could not join the Ray cluster" in _mistake(
        [*base, "--customer-channel", "left", "--ray-address", nobody], capsys
    )
    assert "HOST:PORT" in _mistake([*base, "--customer-channel", "left", "--ray-address", "head:port"], capsys)


def test_the_agent_pattern_forms() -> None:
    from voicecoach.batch import AgentPattern

    assert AgentPattern.parse("{agent}/*.wav").agent_of("anna/x.wav") == "anna"
    assert AgentPattern.parse("{agent}/*.wav").agent_of("anna/sub/x.wav") is None
    assert AgentPattern.parse("{agent}/**/*.wav").agent_of("anna/2026/11/x.wav") == "anna"
    assert AgentPattern.parse("*/{agent}-*.flac").agent_of("day1/ben-0001.flac") == "ben"
    assert AgentPattern.parse(r"(?P<agent>[a-z]+)_\d+\.wav$").agent_of("q/cara_12.wav") == "cara"
