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
workers' per call, from the results' ``cpu_s``; the sequential commands' from ``RUSAGE_CHILDREN``)
and what they would give with the cores free (audio / (CPU seconds / cores): on a shared machine
the load stretches the wall time, not the CPU a call needs), the peak resident memory of each
worker (``worker_peak_mb``) and of the sequential commands, and the load average before and after. Usage: ``.venv/bin/python benchmarks/batch_throughput.py [--calls 30]``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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


def run_sequential(paths: list[Path], home: Path) -> dict[str, float]:
    env = {**os.environ, "VOICECOACH_HOME": str(home)}
    started = time.perf_counter()
    for path in paths:
        done = subprocess.run(
            [sys.executable, "-m", "voicecoach", "analyze", "--call", str(path), "--customer-channel", "left", "--json",
             "--language", "en"],
            capture_output=True, text=True, env=env,
        )  # fmt: skip
        if done.returncode != 0:
            raise SystemExit(f"analyze failed on {path}: {done.stderr[-500:]}")
        json.loads(done.stdout)
    wall = time.perf_counter() - started
    audio = seconds_of(paths)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = children.ru_utime + children.ru_stime
    cores = os.cpu_count() or 1
    return {
        "calls": len(paths), "audio_s": audio, "wall_s": wall, "h_per_h": audio / wall, "cpu_s": cpu,
        "h_per_h_if_cores_free": audio / (cpu / cores), "peak_mb": children.ru_maxrss / 1024,
    }  # fmt: skip


def run_batch(folder: Path, workers: int, work: Path) -> dict[str, float]:
    results = work / f"results-{workers}"
    env = {**os.environ, "VOICECOACH_HOME": str(work / f"home-{workers}")}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "voicecoach", "batch", str(folder), "-o", str(results), "--customer-channel", "left",
         "--agent-pattern", "{agent}/*.wav", "--workers", str(workers), "--language", "en"],
        capture_output=True, text=True, env=env,
    )  # fmt: skip
    wall = time.perf_counter() - started
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
    cores = os.cpu_count() or 1
    return {
        "cpu_s": cpu,
        # what the workers' CPU time would give with the machine's cores to themselves (a shared,
        # loaded machine stretches the wall time, not the CPU time a call needs)
        "h_per_h_if_cores_free": audio / (cpu / cores) if cpu else 0.0,
        "calls": len(rows), "failed": len(failed), "audio_s": audio, "wall_s": wall, "h_per_h": audio / wall,
        "judging_h_per_h": audio / (judging / workers) if judging else 0.0,
        "worker_peak_mb": sorted(per_worker.values()),
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=30)
    parser.add_argument("--sequential", type=int, default=8, help="calls judged one command each")
    parser.add_argument("--realspeech", type=Path, default=REPO.parent / "shared" / "realspeech")
    parser.add_argument("--keep", type=Path, help="keep the calls and results here")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="vc-batch-bench-"))
    folder = work / "calls"
    shutil.rmtree(folder, ignore_errors=True)
    paths = make_calls(args.realspeech, folder, args.calls)
    report: dict[str, object] = {
        "calls": len(paths), "audio_h": round(seconds_of(paths) / 3600, 3), "cores": os.cpu_count(), "load_before": load(),
    }  # fmt: skip
    report["sequential_analyze"] = run_sequential(paths[: args.sequential], work / "home-seq")
    report["load_after_sequential"] = load()
    for workers in (1, 2):
        report[f"batch_{workers}_worker"] = run_batch(folder, workers, work)
        report[f"load_after_batch_{workers}"] = load()
    print(json.dumps(report, indent=2, default=lambda v: round(v, 3) if isinstance(v, float) else v))
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
