"""``voicecoach batch DIR_OR_GLOB -o RESULTS --customer-channel left|right``: an archive of real
calls judged on Ray (:mod:`voicecoach.batch`), with a progress bar (tqdm) on a terminal and one
plain line per call otherwise, both on stderr."""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path
from typing import Any

from voicecoach import i18n
from voicecoach.adapters.ray_pool import PoolSettings, default_local_workers, reachable
from voicecoach.adapters.settings import load_settings
from voicecoach.adapters.store import Store
from voicecoach.analysis import choose_turn
from voicecoach.batch import CHANNELS, AgentPattern, BatchPlan, Finished, JudgeSettings, Results, plan, run_batch
from voicecoach.commands.options import choice
from voicecoach.core.errors import UserError
from voicecoach.core.languages import LANGUAGES
from voicecoach.core.words import say
from voicecoach.core.words.batch import BATCH


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "batch",
        help="judge a folder of recorded calls on Ray; results to Parquet and the history",
        description=(
            "Judge every recorded call in a folder tree (or a glob) as 'analyze --call' does, on Ray: a local "
            "Ray by itself, or an existing cluster with --ray-address. Results go to Parquet (one row per call, "
            "one per finding) and into the history, per agent. A second run skips the calls done (by content) "
            "and tries the failed ones again."
        ),
        epilog=(
            "examples:\n"
            "  voicecoach batch calls/ -o results/ --customer-channel left --agent-pattern '{agent}/*.wav'\n"
            "  voicecoach batch 'calls/2026-11-*/*.flac' -o results/ --customer-channel right --workers 8 "
            "--ray-address 10.0.0.5:6379"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "source", metavar="DIR_OR_GLOB", help="a folder of recordings, or a glob such as 'calls/**/*.wav'"
    )
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="RESULTS",
                        help="folder for the results (calls.parquet, findings.parquet)")  # fmt: skip
    parser.add_argument("--customer-channel", required=True, **choice("channel"),
                        help="the customer's channel in every recording")  # fmt: skip
    parser.add_argument("--agent-pattern", metavar="PATTERN",
                        help="where the agent's name is in each path below the folder: '{agent}/*.wav', "
                        "or a regex with (?P<agent>...)")  # fmt: skip
    parser.add_argument("--scenario", metavar="ID|PATH",
                        help="the scenario the calls follow (its exchanges are matched to its turns)")  # fmt: skip
    parser.add_argument(
        "--language", **choice("language"), help="spoken language (default: the scenario's, else detected)"
    )
    parser.add_argument("--model", help="Whisper model name or folder (default: tiny.en for en, base for de)")
    parser.add_argument("--device", **choice("device"), help="where Whisper runs (default auto)")
    parser.add_argument("--compute-type", help="Whisper precision, e.g. int8, float16 (default: by device)")
    parser.add_argument("--ray-address", metavar="ADDRESS",
                        help="join this Ray cluster (e.g. 10.0.0.5:6379, or auto) instead of starting a local Ray")  # fmt: skip
    parser.add_argument("--workers", metavar="N",
                        help="Ray workers, each with one Whisper model (default: 1 per core here, at most 1 per GB of memory; 2 on a cluster)")  # fmt: skip
    parser.add_argument("--dashboard", action="store_true",
                        help="start Ray's dashboard (off by default: it listens on a port)")  # fmt: skip
    parser.add_argument("--no-history", action="store_true", help="do not store the judged calls in the history")
    parser.set_defaults(handler=run)


def check_args(args: argparse.Namespace) -> int:
    """Usage mistakes as one ``UserError`` line, before Ray or a model starts; returns the workers."""
    if args.customer_channel not in CHANNELS:
        raise UserError("--customer-channel must be left or right, not '{value}'", value=args.customer_channel)
    if args.language is not None and args.language not in LANGUAGES:
        raise UserError("--language must be de or en, not '{value}'", value=args.language)
    if args.device is not None and args.device not in ("auto", "cpu", "cuda"):
        raise UserError("--device must be auto, cpu or cuda, not '{value}'", value=args.device)
    if args.workers is None:
        return 2 if args.ray_address else default_local_workers()
    try:
        workers = int(args.workers)
    except ValueError:
        workers = 0
    if workers < 1:
        raise UserError("--workers must be a whole number of 1 or more, not '{value}'", value=args.workers)
    return workers


def run(args: argparse.Namespace) -> int:
    workers = check_args(args)
    pattern = AgentPattern.parse(args.agent_pattern) if args.agent_pattern else None
    if args.scenario is not None:
        choose_turn(args.scenario, 1)  # an unknown scenario fails now, not once per call
    if args.ray_address:
        reachable(args.ray_address)  # a cluster that is not there: one line now, not minutes of Ray's retries
    results = Results.open(args.output)
    batch = plan(args.source, results, pattern)
    language = i18n.current_language()
    total = len(batch.jobs) + len(batch.unreadable)
    line = say(BATCH, "plan", language, n=len(batch.files), hours=_hours(batch.seconds, language),
               skipped=batch.skipped, todo=total, workers=workers)  # fmt: skip
    print(f"voicecoach batch: {line}", file=sys.stderr)
    if total == 0:
        print(f"voicecoach batch: {say(BATCH, 'nothing_to_do', language, n=len(batch.files), out=args.output)}",
              file=sys.stderr)  # fmt: skip
        return 0
    judge = JudgeSettings(args.customer_channel, args.scenario, args.language, args.model, args.device,
                          args.compute_type, settings=load_settings(), ui_language=language)  # fmt: skip
    pool = PoolSettings(workers=workers, address=args.ray_address, dashboard=args.dashboard)
    display = ProgressDisplay(batch, language)
    history = None if args.no_history else Store.open()
    try:
        finished = run_batch(batch, results, judge, pool, history=history, on_finished=display.update)
    finally:
        display.close()
        if history is not None:
            history.close()
    ok = sum(1 for f in finished if f.status == "ok")
    line = say(BATCH, "summary", language, ok=ok, failed=len(finished) - ok, skipped=batch.skipped, out=args.output)
    print(f"voicecoach batch: {line}", file=sys.stderr)
    return 0


def _hours(seconds: float, language: str) -> str:
    text = f"{seconds / 3600:.2f}"
    return text.replace(".", ",") if language == "de" else text


def _left(seconds: float | None, language: str) -> str:
    if seconds is None or not math.isfinite(seconds):
        return say(BATCH, "unknown_left", language)
    minutes = max(0, round(seconds / 60))
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"


class ProgressDisplay:
    """Calls done/total, hours of audio done/total, throughput (hours of audio per wall-clock
    hour) and time left (audio left / throughput). A tqdm bar on a terminal; one plain line per
    finished call otherwise (a log file, CI)."""

    def __init__(self, batch: BatchPlan, language: str, stream: Any = None) -> None:
        self.stream = stream or sys.stderr
        self.language = language
        self.total = len(batch.jobs) + len(batch.unreadable)
        self.audio_total = batch.seconds
        self.audio_done = 0.0
        self.done = 0
        self.started = time.monotonic()
        self.bar: Any = None
        if getattr(self.stream, "isatty", lambda: False)():
            from tqdm import tqdm  # a dependency of faster-whisper; only the bar needs it

            self.bar = tqdm(total=self.total, unit=say(BATCH, "bar", language), file=self.stream, dynamic_ncols=True)

    def figures(self) -> dict[str, str]:
        wall = max(1e-6, time.monotonic() - self.started)
        rate = self.audio_done / wall  # audio seconds per wall second = audio hours per wall hour
        left = (self.audio_total - self.audio_done) / rate if rate > 0 else None
        number = f"{rate:.1f}"
        return {
            "audio": _hours(self.audio_done, self.language),
            "audio_total": _hours(self.audio_total, self.language),
            "rate": number.replace(".", ",") if self.language == "de" else number,
            "left": _left(left, self.language),
        }

    def update(self, finished: Finished) -> None:
        self.done += 1
        self.audio_done += finished.seconds
        figures = self.figures()
        status = (
            say(BATCH, "ok", self.language)
            if finished.status == "ok"
            else say(BATCH, "failed", self.language, error=finished.error or "")
        )
        if self.bar is not None:
            self.bar.set_postfix_str(say(BATCH, "bar_audio", self.language, **figures), refresh=False)
            self.bar.update(1)
            if finished.status != "ok" or finished.history_note:
                self.bar.write(f"{finished.job.relative}: {status}", file=self.stream)
        else:
            line = say(BATCH, "progress", self.language, done=self.done, total=self.total, **figures)
            print(f"{line} — {finished.job.relative}: {status}", file=self.stream, flush=True)
        if finished.history_note:
            print(f"voicecoach batch: {finished.job.relative}: {finished.history_note}", file=self.stream)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
