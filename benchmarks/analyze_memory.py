"""Peak memory and time of ``voicecoach analyze --call`` on long recordings (issue 13/14: at most 1 GB for 2 hours).

Since issue 14 ``analyze --call`` judges the whole call exchange by exchange
(``voicecoach.analysis.analyze_whole_call``): the table also gives the exchanges and findings the
JSON result holds, and the wall and CPU time per hour of audio.

Builds stereo call recordings of 20, 60 and 120 minutes from the real speech in
``../shared/realspeech`` (the customer on the left, the agent on the right: turns of 4-14 s of
real speech with pauses, some stretches of silence and room noise, a -60 dBFS noise floor), written
block by block to a temporary folder (not committed), then runs each analysis in a fresh process
and reads its peak resident memory from ``resource.getrusage(RUSAGE_CHILDREN)`` (the maximum RSS
of the child, as ``/usr/bin/time -v`` reports it). Writes the "Analysis memory" section of
``docs/benchmarks.md``.

    .venv/bin/python benchmarks/analyze_memory.py                  # 20, 60, 120 minutes
    .venv/bin/python benchmarks/analyze_memory.py --minutes 5 --no-write
    .venv/bin/python benchmarks/analyze_memory.py --judge-phase 120   # splitting + judging only
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from voicecoach.adapters.audio_files import load_16k, read_audio  # noqa: E402

SR = 16_000
SECTION = "## Analysis memory"
LIMIT_MB = 1024


def clips(folder: Path) -> list[np.ndarray]:
    """Pieces of 4-14 s of real speech, cut from every recording in ``folder``."""
    sources = [load_16k(folder / name) for name in ("en_license_read.wav", "de_license_read.wav", "en_jfk.wav")]
    stereo = read_audio(folder / "en_stereo_two_channels.wav")
    sources += [stereo.samples[:, 0].copy(), stereo.samples[:, 1].copy(), load_16k(folder / "en_two_speakers_mono.wav")]
    rng = np.random.default_rng(11)
    pieces = []
    for source in sources:
        start = 0
        while start + 4 * SR < len(source):
            length = int(rng.uniform(4, 14) * SR)
            pieces.append(source[start : start + length].astype(np.float32))
            start += length
    return pieces


def write_call(path: Path, minutes: float, pieces: list[np.ndarray]) -> dict[str, float]:
    """A stereo call of ``minutes``, written in blocks; returns seconds of speech per side."""
    import soundfile

    rng = np.random.default_rng(int(minutes))
    total = int(minutes * 60 * SR)
    speech = {"customer": 0.0, "agent": 0.0}
    with soundfile.SoundFile(str(path), "w", SR, 2, subtype="PCM_16") as out:
        written, side = 0, 0
        while written < total:
            if rng.random() < 0.08:  # a hold: 10-40 s of room noise on both sides
                length = int(rng.uniform(10, 40) * SR)
                block = np.zeros((length, 2), np.float32)
                block += rng.normal(0, 10 ** (-45 / 20), (length, 1)).astype(np.float32)
            else:
                clip = pieces[int(rng.integers(len(pieces)))]
                gap = int(rng.uniform(0.3, 1.5) * SR)
                block = np.zeros((len(clip) + gap, 2), np.float32)
                block[: len(clip), side] = clip
                speech["customer" if side == 0 else "agent"] += len(clip) / SR
                side = 1 - side
            block += rng.normal(0, 10 ** (-60 / 20), block.shape).astype(np.float32)
            block = block[: total - written]
            out.write(np.clip(block, -1, 1))
            written += len(block)
    return speech


def measure(path: Path) -> tuple[float, float, float, int, str, dict]:
    """(peak RSS in MB, wall seconds, CPU seconds, exit code, last stderr line, the JSON result or
    {}) of one analysis in a fresh process."""
    result = path.with_suffix(".json")
    command = [
        sys.executable, "-m", "voicecoach", "analyze", "--call", str(path), "--customer-channel", "left",
        "--language", "en", "--model", "tiny.en", "--json",
    ]  # fmt: skip
    probe = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        f"out = open({str(result)!r}, 'w')\n"
        "done = subprocess.run(sys.argv[1:], stdout=out, stderr=subprocess.PIPE, text=True)\n"
        "wall = time.perf_counter() - t\n"
        "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "peak = usage.ru_maxrss\n"
        "cpu = usage.ru_utime + usage.ru_stime\n"
        "tail = (done.stderr.strip().splitlines() or [''])[-1][:200]\n"
        "print(peak, wall, cpu, done.returncode, tail, sep='\\t')\n"
    )
    done = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True, text=True, check=True)
    peak_kb, wall, cpu, code, tail = done.stdout.rstrip("\n").split("\t", 4)
    try:
        data = json.loads(result.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    result.unlink(missing_ok=True)
    return int(peak_kb) / 1024, float(wall), float(cpu), int(code), tail, data


JUDGE_PROBE = """
import resource, sys, time
from voicecoach.adapters import language_resources
from voicecoach.core.call import judge_call
from voicecoach.core.timeline import Span, Track, Word

def side(rows):
    spans, words = [], []
    for start, end, text in rows:
        pieces = text.split()
        step = (end - start) / len(pieces)
        spans.append(Span(start, end))
        words += [Word(p, start + i * step, start + (i + 1) * step - 0.02) for i, p in enumerate(pieces)]
    return Track(tuple(spans), tuple(words))

minutes = float(sys.argv[1])
customer, agent = [], []
for i in range(int(minutes * 6)):  # an exchange every 10 s; every fourth answer cuts in
    s = i * 10.0 + 0.5
    customer.append((s, s + 4.0, "my delivery has still not arrived and I need it urgently please"))
    b = s + (3.0 if i % 4 == 0 else 4.6)
    agent.append((b, b + 5.0, "I am sorry let me check that for you right now and call you back"))
resources = language_resources.shared()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.perf_counter()
call = judge_call(side(customer), side(agent), minutes * 60, language="en", resources=resources)
wall = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(len(call.exchanges), len(call.findings), wall, before / 1024, peak / 1024, sep="\t")
"""


def judge_phase(minutes: float) -> str:
    """Splitting and judging alone on a literal timeline of ``minutes`` (no audio, no Whisper), in a
    fresh process: what the exchanges add to ``analyze --call`` in memory and time."""
    done = subprocess.run(
        [sys.executable, "-c", JUDGE_PROBE, str(minutes)], capture_output=True, text=True, check=True, cwd=REPO
    )
    exchanges, findings, wall, before, peak = done.stdout.split()
    return (
        f"splitting and judging a {minutes:g}-minute call ({exchanges} exchanges, {findings} findings): "
        f"{float(wall):.0f} s, peak RSS {float(peak):.0f} MB ({float(peak) - float(before):.0f} MB more than "
        f"before judging), load average {os.getloadavg()[0]:.1f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, nargs="*", default=[20, 60, 120])
    parser.add_argument("--realspeech", type=Path, default=REPO.parent / "shared" / "realspeech")
    parser.add_argument("--no-write", action="store_true", help="print the table, leave docs/benchmarks.md alone")
    parser.add_argument("--judge-phase", type=float, metavar="MINUTES", help="measure splitting and judging only")
    args = parser.parse_args()
    if args.judge_phase:
        print(judge_phase(args.judge_phase))
        return 0
    pieces = clips(args.realspeech)
    rows = []
    loads = []
    with tempfile.TemporaryDirectory(prefix="analyze-memory-") as folder:
        for minutes in args.minutes:
            path = Path(folder) / f"call-{minutes:g}min.wav"
            speech = write_call(path, minutes, pieces)
            load_before = os.getloadavg()[0]
            peak, wall, cpu, code, tail, data = measure(path)
            loads.append((load_before, os.getloadavg()[0]))
            hours = minutes / 60
            exchanges = len(data.get("exchanges", []))
            findings = sum(len(e.get("findings", [])) for e in data.get("exchanges", []))
            rows.append((minutes, speech, peak, wall, cpu / hours, code, tail, exchanges, findings))
            print(
                f"{minutes:g} min: peak {peak:.0f} MB, {wall:.0f} s wall, {wall / hours / 60:.1f} wall min and "
                f"{cpu / hours / 60:.1f} CPU min per hour, {exchanges} exchanges, {findings} findings, exit {code}"
            )
            path.unlink()
    lines = [
        SECTION,
        "",
        f"Measured {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC on {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} CPU cores, Python {platform.python_version()}, CPU only, at commit {_commit()}, by:",
        "",
        "```sh",
        "python benchmarks/analyze_memory.py"
        + ("" if args.minutes == [20, 60, 120] else " --minutes " + " ".join(f"{m:g}" for m in args.minutes)),
        "```",
        "",
        "`analyze --call` of a stereo recording built from the real speech recordings (turns of 4-14 s taking "
        "turns between the channels, pauses, holds with room noise, a -60 dBFS floor), Whisper tiny.en, each in a "
        "fresh process; peak memory is the child's maximum resident set size (`getrusage(RUSAGE_CHILDREN)`). Before "
        "the block-wise reading (issue 13) a 2-hour recording peaked at 5.4 GB, 60 minutes at 2.8 GB, 20 minutes at 1.1 GB.",
        "",
        "| recording | speech customer / agent | exchanges / findings | peak memory | target | met | wall time | "
        "wall time per hour of audio | CPU time per hour of audio | load average before → after |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for (minutes, speech, peak, wall, cpu_per_hour, code, tail, exchanges, findings), (before, after) in zip(
        rows, loads
    ):
        met = "yes" if peak <= LIMIT_MB and code == 0 else "no"
        state = "" if code == 0 else f" (exit {code}: {tail})"
        lines.append(
            f"| {minutes:g} min | {speech['customer'] / 60:.0f} / {speech['agent'] / 60:.0f} min | "
            f"{exchanges} / {findings} | {peak:.0f} MB{state} | ≤ {LIMIT_MB} MB | {met} | {wall / 60:.1f} min | "
            f"{wall / (minutes / 60) / 60:.1f} min | {cpu_per_hour / 60:.1f} min | {before:.1f} → {after:.1f} |"
        )
    lines += [
        "",
        "The machine is shared (other work ran at the same time; see the load averages), so wall times are a rough "
        "guide; CPU time (user + system of the analysis, both cores) depends less on the load, memory not at all.",
        "",
    ]
    print("\n".join(lines))
    if not args.no_write:
        _write_section("\n".join(lines))
    return 0 if all(row[5] == 0 and row[2] <= LIMIT_MB for row in rows) else 1


def _commit() -> str:
    done = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    return done.stdout.strip() or "unknown"


def _write_section(section: str) -> None:
    path = REPO / "docs" / "benchmarks.md"
    text = path.read_text(encoding="utf-8")
    pattern = re.compile(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", re.S | re.M)
    text = pattern.sub(section + "\n", text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
