"""Throughput of ``voicecoach batch``: hours of audio judged per wall-clock hour, sequential
``analyze --call`` against ``batch`` with 1 and 2 workers (issue 14; results in docs/benchmarks.md
"Batch").

The calls: ``--calls`` (default 30) stereo recordings, the customer on the left, the agent on the
right, each 3-4 exchanges made from the real-speech recordings (``../shared/realspeech``: JFK, the
licence reading, the two-channel sample, halves of the two-speaker conversation) and synthetic
speech (espeak-ng, English), with gaps, an agent cutting in now and then and some overlap.

Measured, each in a fresh process as a user runs it (so model loading and Ray's start count):

Both with ``--language en``, so Whisper is tiny.en (the issue's target; without a language the
multilingual model that tells the language is used, about 3 times the CPU: measured 11-18 CPU-s
per 60 s call with it).

- sequential: ``voicecoach analyze --call F --customer-channel left --json`` per call, over the
  first ``--sequential`` calls (each command loads its model again: what a script over an archive
  does today);
- ``voicecoach batch`` over all the calls with ``--workers 1`` and ``--workers 2`` (each into its
  own results folder and history, so nothing is skipped).

Reported: audio hours per wall hour (audio seconds / wall seconds), the CPU seconds used (the
workers' per call, from the results' ``cpu_s``; the sequential commands' from ``RUSAGE_CHILDREN``;
``command_cpu_s``: the batch command itself and the child processes it waited for, from
``RUSAGE_CHILDREN``: hashing, writing the results, part of Ray's own work; not the workers, which
Ray's processes start) and what they would give with the cores free (audio / (CPU seconds / cores): on a shared machine
the load stretches the wall time, not the CPU a call needs), the peak resident memory of each
worker (``worker_peak_mb``) and of the sequential commands, and the load average before and after.

``--before TREE`` (a checkout of an earlier commit, e.g. ``git worktree add /tmp/before HEAD~3``)
runs every measurement twice, that tree's code first and then this one's, one after the other on
the same calls, so a change is compared under the same load (``PYTHONPATH`` points the commands
and their Ray workers at the tree). The findings of the two are compared call by call, and the
words of both sides by their word error rate (lower case, without punctuation).

Usage: ``.venv/bin/python benchmarks/batch_throughput.py [--calls 30] [--before TREE]``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.helpers.call_archive import RATE, clip, make_call  # noqa: E402
from voicecoach.adapters import parquet_files  # noqa: E402

LINES = [
    "Hello, I am calling because my parcel has not arrived and it was due last Tuesday.",
    "I already called twice and nobody could tell me where it is.",
    "Can you please check the tracking number for me?",
    "That is not what I asked. I want to know when it arrives.",
    "Thank you, that helps. Please send me an email with the details.",
    "I would like to cancel my contract at the end of the month.",
]


def espeak(text: str, voice: str = "en-us", speed: int = 165) -> np.ndarray:
    """``text`` spoken by espeak-ng, 16 kHz mono float32."""
    import soundfile

    with tempfile.NamedTemporaryFile(suffix=".wav") as out:
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-w", out.name, text], check=True)
        samples, rate = soundfile.read(out.name, dtype="float32")
    if samples.ndim > 1:
        samples = samples[:, 0]
    positions = np.arange(0, len(samples), rate / RATE)
    return (np.interp(positions, np.arange(len(samples)), samples) * 0.6).astype(np.float32)


def make_calls(realspeech: Path, folder: Path, count: int) -> list[Path]:
    """``count`` calls under ``folder/agent-N/``."""
    real = [
        clip(realspeech, "en_jfk.wav"),
        clip(realspeech, "en_license_read.wav", 0.0, 14.0),
        clip(realspeech, "en_license_read.wav", 14.0, 29.5),
        clip(realspeech, "en_stereo_two_channels.wav", 0.0, 4.6),
        clip(realspeech, "en_two_speakers_mono.wav", 0.0, 14.0),
        clip(realspeech, "en_two_speakers_mono.wav", 15.0, 29.5),
    ]
    synthetic = [espeak(line) for line in LINES]
    rng = np.random.default_rng(14)
    paths = []
    for number in range(count):
        turns: list[tuple[str, float, np.ndarray]] = []
        at = 0.5
        for exchange in range(3 + number % 2):
            customer = synthetic[(number + exchange) % len(synthetic)]
            agent = real[(number * 3 + exchange) % len(real)]
            turns.append(("customer", at, customer))
            customer_end = at + len(customer) / RATE
            cut_in = number % 4 == 1 and exchange == 1
            start = customer_end - 1.5 if cut_in else customer_end + float(rng.uniform(0.3, 1.6))
            turns.append(("agent", start, agent))
            at = start + len(agent) / RATE + float(rng.uniform(0.4, 1.2))
        paths.append(make_call(folder / f"agent-{number % 3}" / f"call-{number:03d}.wav", turns))
    return paths


def seconds_of(paths: list[Path]) -> float:
    import soundfile

    return sum(soundfile.info(str(p)).duration for p in paths)


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _children_cpu() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return children.ru_utime + children.ru_stime


def _env(home: Path, tree: Path | None) -> dict[str, str]:
    env = {**os.environ, "VOICECOACH_HOME": str(home)}
    if tree is not None:
        env["PYTHONPATH"] = str(tree)
    return env


def run_sequential(paths: list[Path], home: Path, tree: Path | None = None) -> dict[str, Any]:
    env = _env(home, tree)
    started = time.perf_counter()
    cpu_before = _children_cpu()
    calls: dict[str, Any] = {}
    for path in paths:
        done = subprocess.run(
            [sys.executable, "-m", "voicecoach", "analyze", "--call", str(path), "--customer-channel", "left", "--json",
             "--language", "en"],
            capture_output=True, text=True, env=env, cwd=tree or REPO,
        )  # fmt: skip
        if done.returncode != 0:
            raise SystemExit(f"analyze failed on {path}: {done.stderr[-500:]}")
        calls[str(path)] = json.loads(done.stdout)
    wall = time.perf_counter() - started
    audio = seconds_of(paths)
    cpu = _children_cpu() - cpu_before
    cores = os.cpu_count() or 1
    return {
        "calls": len(paths), "audio_s": audio, "wall_s": wall, "h_per_h": audio / wall, "cpu_s": cpu,
        "h_per_h_if_cores_free": audio / (cpu / cores),
        "peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,  # the largest child so far
        "_calls": calls,
    }  # fmt: skip


def run_batch(folder: Path, workers: int, work: Path, tree: Path | None = None, label: str = "") -> dict[str, Any]:
    results = work / f"results-{label}{workers}"
    env = _env(work / f"home-{label}{workers}", tree)
    started = time.perf_counter()
    started_at = time.time()
    cpu_before = _children_cpu()
    done = subprocess.run(
        [sys.executable, "-m", "voicecoach", "batch", str(folder), "-o", str(results), "--customer-channel", "left",
         "--agent-pattern", "{agent}/*.wav", "--workers", str(workers), "--language", "en"],
        capture_output=True, text=True, env=env, cwd=tree or REPO,
    )  # fmt: skip
    wall = time.perf_counter() - started
    command_cpu = _children_cpu() - cpu_before  # the command and what it reaped; the workers are not among them
    if done.returncode != 0:
        raise SystemExit(f"batch failed: {done.stderr[-1500:]}")
    rows = parquet_files.read_rows([results / "calls.parquet"])
    failed = [r for r in rows if r["status"] != "ok"]
    audio = sum(r["duration_s"] or 0.0 for r in rows)
    per_worker: dict[str, float] = {}
    for row in rows:
        per_worker[row["worker"]] = max(per_worker.get(row["worker"], 0.0), row["worker_peak_mb"] or 0.0)
    judging = sum(r["wall_s"] or 0.0 for r in rows)
    cpu = sum(r.get("cpu_s") or 0.0 for r in rows)
    # where the wall time goes: Ray's start and the workers' start before the first call, and
    # what follows the last one (Ray's shutdown, folding the results together)
    finished = [datetime.fromisoformat(r["finished"]).timestamp() for r in rows if r["wall_s"]]
    first_start = min(end - r["wall_s"] for end, r in zip(finished, [r for r in rows if r["wall_s"]]))
    cores = os.cpu_count() or 1
    return {
        "cpu_s": cpu,
        # what the workers' CPU time would give with the machine's cores to themselves (a shared,
        # loaded machine stretches the wall time, not the CPU time a call needs)
        "h_per_h_if_cores_free": audio / (cpu / cores) if cpu else 0.0,
        "command_cpu_s": command_cpu,
        "h_per_h_if_cores_free_with_command": audio / ((cpu + command_cpu) / cores) if cpu else 0.0,
        "calls": len(rows), "failed": len(failed), "audio_s": audio, "wall_s": wall, "h_per_h": audio / wall,
        "judging_h_per_h": audio / (judging / workers) if judging else 0.0,
        "first_call_started_s": first_start - started_at,
        "after_last_call_s": started_at + wall - max(finished),
        "worker_peak_mb": sorted(per_worker.values()),
        "_findings": _findings_of(results),
    }  # fmt: skip


def _findings_of(results: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every call's findings as (exchange, kind, start, end), by the call's file name."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    for row in parquet_files.read_rows([results / "findings.parquet"]):
        found.setdefault(Path(row["path"]).name, []).append(
            (row["exchange"], row["kind"], round(row["start_s"], 2), round(row["end_s"], 2))
        )
    return {name: sorted(rows) for name, rows in found.items()}


def _words(text: str) -> list[str]:
    return [w for w in re.sub(r"[^\w' ]+", " ", text.lower()).split() if w]


def word_errors(reference: list[str], hypothesis: list[str]) -> int:
    """Levenshtein distance in words (substitutions, insertions, deletions)."""
    row = list(range(len(hypothesis) + 1))
    for i in range(1, len(reference) + 1):
        previous, row[0] = row[0], i
        for j in range(1, len(hypothesis) + 1):
            current = min(row[j] + 1, row[j - 1] + 1, previous + (reference[i - 1] != hypothesis[j - 1]))
            previous, row[j] = row[j], current
    return row[len(hypothesis)]


def compare_sequential(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """Word error rate of ``after``'s words against ``before``'s (both sides of every call), and
    the calls whose findings differ, from two ``run_sequential`` results."""
    errors = words = differ = 0
    for path, old in before["_calls"].items():
        new = after["_calls"][path]
        for side in ("customer", "trainee"):
            errors += word_errors(_side_words(old, side), _side_words(new, side))
            words += len(_side_words(old, side))
        if _call_findings(old) != _call_findings(new):
            differ += 1
    return {"wer_after_vs_before": errors / words if words else 0.0, "words": words,
            "calls_with_other_findings": differ, "calls": len(before["_calls"])}  # fmt: skip


def _side_words(call: dict[str, Any], side: str) -> list[str]:
    """The words of one side of an ``analyze --call --json`` result, normalised."""
    text = " ".join(w["text"] for e in call["exchanges"] for w in e["timeline"][side]["words"])
    return _words(text)


#: Seconds a finding's start or end may move between two ways of judging a call and still be the
#: same finding: two of Whisper's 20 ms frames (word times depend a little on the thread count).
SAME_TIME = 0.04


def _shift(one: list[tuple[Any, ...]], other: list[tuple[Any, ...]]) -> float | None:
    """The largest move of a start or end between two calls' findings (exchange, kind, start,
    end) that are otherwise the same, in order; None when the exchanges or kinds differ."""
    if [f[:2] for f in one] != [f[:2] for f in other]:
        return None
    return max((max(abs(a[2] - b[2]), abs(a[3] - b[3])) for a, b in zip(one, other)), default=0.0)


def _call_findings(call: dict[str, Any]) -> list[tuple[Any, ...]]:
    return sorted(
        (e["number"], f["kind"], round(f["start"], 2), round(f["end"], 2))
        for e in call["exchanges"] for f in e["findings"]
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=30)
    parser.add_argument("--sequential", type=int, default=8, help="calls judged one command each")
    parser.add_argument("--realspeech", type=Path, default=REPO.parent / "shared" / "realspeech")
    parser.add_argument("--keep", type=Path, help="keep the calls and results here")
    parser.add_argument("--before", type=Path, help="a checkout of an earlier commit, measured first each time")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="vc-batch-bench-"))
    folder = work / "calls"
    shutil.rmtree(folder, ignore_errors=True)
    paths = make_calls(args.realspeech, folder, args.calls)
    report: dict[str, object] = {
        "calls": len(paths), "audio_h": round(seconds_of(paths) / 3600, 3), "cores": os.cpu_count(), "load_before": load(),
    }  # fmt: skip
    trees: list[tuple[str, Path | None]] = [("before_", args.before.resolve())] if args.before else []
    trees.append(("", None))
    sequential: dict[str, dict[str, Any]] = {}
    for label, tree in trees:
        sequential[label] = run_sequential(paths[: args.sequential], work / f"home-seq{label}", tree)
        report[f"{label}sequential_analyze"] = sequential[label]
        report[f"load_after_{label}sequential"] = load()
    batches: dict[str, dict[str, Any]] = {}
    for workers in (1, 2):
        for label, tree in trees:
            batches[f"{label}{workers}"] = run_batch(folder, workers, work, tree, label)
            report[f"{label}batch_{workers}_worker"] = batches[f"{label}{workers}"]
            report[f"load_after_{label}batch_{workers}"] = load()
    for label, _tree in trees:  # the same findings per call whichever way a call was judged
        by_analyze = {Path(p).name: _call_findings(c) for p, c in sequential[label]["_calls"].items()}
        shifts = [
            _shift([tuple(f) for f in batches[f"{label}{w}"]["_findings"].get(name, [])], found)
            for w in (1, 2) for name, found in by_analyze.items()
        ]  # fmt: skip
        # a worker decodes with its share of the cores, analyze with CTranslate2's default threads:
        # word times may move by a Whisper frame or two (ray_pool.DRIVER_ENV), the findings may not
        report[f"{label}batch_agrees_with_analyze"] = all(shift is not None and shift <= SAME_TIME for shift in shifts)
        report[f"{label}batch_vs_analyze_largest_shift_s"] = max((s for s in shifts if s is not None), default=None)
    if args.before:
        report["after_vs_before"] = compare_sequential(sequential["before_"], sequential[""])
    for value in report.values():
        if isinstance(value, dict):
            value.pop("_calls", None)
            value.pop("_findings", None)
    print(json.dumps(report, indent=2, default=lambda v: round(v, 3) if isinstance(v, float) else v))
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
