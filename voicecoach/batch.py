"""An archive of recorded calls judged on Ray: ``voicecoach batch``.

Every call is judged by :func:`voicecoach.analysis.analyze_whole_call` with the options
``analyze --call`` takes, so a call's findings are the same whichever way it was judged. Calls
run on a :class:`~voicecoach.adapters.ray_pool.RayPool`: each worker (a Ray actor) loads one
Whisper model and judges one call at a time, reading the audio itself (only a path and a hash go
to it, and one JSON result comes back).

The results folder (``-o``)::

    RESULTS/calls.parquet      one row per call (CALL_COLUMNS)
    RESULTS/findings.parquet   one row per finding (FINDING_COLUMNS)
    RESULTS/parts/             results of calls finished since the last compaction

A finished call is written at once as its own pair of files in ``parts/`` (findings first, then
the call row, each written atomically), so a run killed at any moment loses only the calls in
flight. The next run, and the end of this one, fold the parts into the two tables. A call is
known by the SHA-256 of its bytes (moved or renamed it is still done); a call done (``ok``) is
skipped, a failed one is tried again. A file that cannot be read or judged is one ``failed`` row
with a one-line reason; the run goes on.

Judged calls also go into the history (:meth:`Store.add_call`, kind ``call``, with the agent),
once per content hash, where ``history --agent NAME`` and ``history --progress --agent NAME``
show them, apart from practice sessions.
"""

from __future__ import annotations

import glob
import hashlib
import os
import re
import resource
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from voicecoach.adapters import parquet_files
from voicecoach.adapters.audio_length import audio_seconds
from voicecoach.adapters.ray_pool import PoolSettings, RayPool
from voicecoach.adapters.settings import Settings
from voicecoach.adapters.store import Store
from voicecoach.analysis import analyze_whole_call
from voicecoach.core.call import CallResult
from voicecoach.core.errors import Said, UserError, speak

#: Files taken as recordings when a folder is given (lower-case suffixes).
AUDIO_SUFFIXES = frozenset({".wav", ".flac", ".mp3", ".ogg", ".oga", ".opus", ".m4a", ".aac", ".wma", ".webm",
                            ".aif", ".aiff", ".mp4", ".amr"})  # fmt: skip
CHANNELS = ("left", "right")
#: Bytes read at a time when hashing a file.
HASH_BLOCK = 1 << 20

CALL_COLUMNS: dict[str, str] = {
    "path": "str",
    "content_hash": "str",
    "agent": "str",
    "status": "str",  # ok | failed
    "error": "str",  # one line, for failed
    "duration_s": "float",
    "language": "str",
    "scenario": "str",
    "score": "float",
    "exchanges": "int",
    "findings": "int",
    "metrics": "map",
    "model": "str",
    "finished": "str",  # ISO 8601, UTC
    "wall_s": "float",
    "cpu_s": "float",  # CPU seconds the worker used for the call (all its threads)
    "worker": "str",  # host:pid of the worker that judged it
    "worker_peak_mb": "float",
    "attempt": "str",
}
FINDING_COLUMNS: dict[str, str] = {
    "content_hash": "str",
    "path": "str",
    "agent": "str",
    "exchange": "int",
    "kind": "str",
    "severity": "str",
    "skill": "str",
    "start_s": "float",
    "end_s": "float",
    "points": "float",
    "message": "str",
    "attempt": "str",
}


# -- what to judge -------------------------------------------------------------------------------


def find_calls(source: str) -> tuple[Path, list[Path]]:
    """The recordings named by ``source``: a folder (every audio file below it, by suffix) or a
    glob (``calls/2026-*/*.wav``, ``**`` for any depth). Returns the folder paths are relative to
    (the folder, or the glob's fixed part) and the files, sorted. ``UserError`` when none."""
    path = Path(source).expanduser()
    if path.is_dir():
        root = path
        files = [p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in AUDIO_SUFFIXES]
        if not files:
            raise UserError(
                "no recordings in {source} (looked for {suffixes}); give a folder or a glob",
                source=source,
                suffixes=", ".join(sorted(AUDIO_SUFFIXES)),
            )
    elif glob.has_magic(source):
        fixed = _fixed_parts(Path(source).expanduser().parts)
        root = Path(*fixed) if fixed and Path(*fixed).is_dir() else Path(".")
        files = [Path(p) for p in glob.glob(str(path), recursive=True) if Path(p).is_file()]
        if not files:
            raise UserError(
                "no files match {source}; check the pattern (quote it so the shell leaves it alone)", source=source
            )
    elif path.is_file():
        root, files = path.parent, [path]
    else:
        raise UserError(
            "{source} does not exist; give a folder of recordings or a glob such as 'calls/*.wav'", source=source
        )
    return root, sorted(files)


def _fixed_parts(parts: Sequence[str]) -> list[str]:
    """The leading parts of a glob's path without wildcards."""
    fixed: list[str] = []
    for part in parts:
        if glob.has_magic(part):
            break
        fixed.append(part)
    return fixed


@dataclass(frozen=True)
class AgentPattern:
    """Where the agent's name is in a call's path (relative to the folder given). Two forms:

    - a template with ``{agent}``: ``{agent}/*.wav``, ``*/{agent}-*.flac``, ``{agent}/**/*``;
      ``*`` is any run of characters within one folder name, ``**`` any number of folders,
      ``?`` one character; it must match the whole relative path.
    - a regular expression with a group named ``agent``: ``(?P<agent>[a-z]+)_\\d+\\.wav$``,
      searched anywhere in the relative path.
    """

    text: str
    regex: re.Pattern[str]

    @classmethod
    def parse(cls, text: str) -> AgentPattern:
        """``UserError`` (one line) for a pattern without an agent or not valid."""
        if "(?P<agent>" in text:
            try:
                return cls(text, re.compile(text))
            except re.error as error:
                raise UserError(
                    "--agent-pattern is not a valid regular expression ({error}); fix it", error=error
                ) from None
        if "{agent}" not in text:
            raise UserError(
                "--agent-pattern must say where the agent is: a template with {agent} (e.g. '{agent}/*.wav') "
                "or a regular expression with (?P<agent>...)"
            )
        if text.count("{agent}") > 1:
            raise UserError("--agent-pattern has {agent} twice; name the agent once")
        out = ""
        index = 0
        while index < len(text):
            if text.startswith("{agent}", index):
                out += "(?P<agent>[^/]+?)"
                index += len("{agent}")
            elif text.startswith("**/", index):
                out += "(?:.*/)?"
                index += 3
            elif text.startswith("**", index):
                out += ".*"
                index += 2
            elif text[index] == "*":
                out += "[^/]*"
                index += 1
            elif text[index] == "?":
                out += "[^/]"
                index += 1
            else:
                out += re.escape(text[index])
                index += 1
        return cls(text, re.compile(out + r"\Z"))

    def agent_of(self, relative: str) -> str | None:
        """The agent in ``relative`` (a path with ``/``), None when the pattern does not fit it."""
        is_regex = "(?P<agent>" in self.text
        found = self.regex.search(relative) if is_regex else self.regex.match(relative)
        agent = found.group("agent") if found else None
        return agent or None


def content_hash(path: Path) -> str:
    """SHA-256 of the file's bytes, hex. ``OSError`` when it cannot be read."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(HASH_BLOCK):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class CallJob:
    """One call to judge: sent to a worker (small: a path, never audio)."""

    path: str
    relative: str
    content_hash: str
    agent: str | None
    seconds: float | None


# -- the worker -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class JudgeSettings:
    """What every call is judged with: the options of ``analyze --call``, and the settings of the
    user running the command (``settings``: loaded where the command runs and sent to every
    worker, so a worker on another node picks the model this user's ``analyze`` would)."""

    customer_channel: str
    scenario: str | None = None
    language: str | None = None
    model: str | None = None
    device: str | None = None
    compute_type: str | None = None
    settings: Settings | None = None
    ui_language: str = "en"
    """The language the workers say their one-line reasons in (the command line's)."""


class CallJudge:
    """The per-worker object: judges one call at a time with :func:`analyze_whole_call`. The
    Whisper model is loaded by the first call and kept (``whisper_stt.get_transcriber`` holds one
    per process); ``warm`` loads it at start instead. Never raises for a bad call: returns a dict
    with ``status`` ``failed`` and a one-line ``error``."""

    def __init__(self, settings: JudgeSettings, warm_up: Callable[[JudgeSettings], None] | None = None) -> None:
        self.settings = settings
        self.worker = f"{os.uname().nodename}:{os.getpid()}"
        speak(settings.ui_language)  # a failed call's reason in the user's language
        if warm_up is not None:
            warm_up(settings)

    def __call__(self, job: CallJob) -> dict[str, Any]:
        started = time.perf_counter()
        cpu_before = _cpu_seconds()
        settings = self.settings
        outcome: dict[str, Any] = {"worker": self.worker}
        try:
            result = analyze_whole_call(
                job.path,
                settings.customer_channel,  # type: ignore[arg-type]
                scenario=settings.scenario,
                language=settings.language,
                model=settings.model,
                device=settings.device,
                compute_type=settings.compute_type,
                settings=settings.settings,
            )
            outcome.update(status="ok", call=result.to_json())
        except UserError as error:
            outcome.update(status="failed", error=one_line(str(error)))
        except Exception as error:  # noqa: BLE001 - one call's fault is that call's row, never the run's end
            outcome.update(status="failed", error=one_line(f"{type(error).__name__}: {error}"))
        outcome["wall_s"] = round(time.perf_counter() - started, 3)
        outcome["cpu_s"] = round(_cpu_seconds() - cpu_before, 3)
        outcome["worker_peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
        return outcome


def _cpu_seconds() -> float:
    """User and system CPU time of this process so far (all threads), seconds."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def one_line(text: str, limit: int = 300) -> str:
    """``text`` as one line of at most ``limit`` characters."""
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


# -- the results folder ----------------------------------------------------------------------------


CALLS_FILE = "calls.parquet"
FINDINGS_FILE = "findings.parquet"
PARTS_DIR = "parts"


class Results:
    """The results folder: the two tables plus the parts of calls finished since they were last
    folded together. ``open`` checks it can be written (``UserError`` otherwise) and folds
    leftovers of an earlier (killed) run in."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.parts = folder / PARTS_DIR

    @classmethod
    def open(cls, folder: Path) -> Results:
        results = cls(folder)
        if folder.exists() and not folder.is_dir():
            raise UserError("-o {folder} is a file; give a folder for the results", folder=folder)
        try:
            results.parts.mkdir(parents=True, exist_ok=True)
            probe = results.parts / f".probe-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as error:
            raise UserError(
                "cannot write the results to {folder} ({reason}); pick another -o or fix its permissions",
                folder=folder,
                reason=error.strerror or error,
            ) from None
        results.compact()
        return results

    def _part_files(self) -> tuple[list[Path], list[Path]]:
        calls = sorted(self.parts.glob("*.calls.parquet"))
        done = {p.name.removesuffix(".calls.parquet") for p in calls}
        findings = [p for p in sorted(self.parts.glob("*.findings.parquet"))
                    if p.name.removesuffix(".findings.parquet") in done]  # fmt: skip
        return calls, findings

    def load(self) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
        """The latest row per content hash (``{hash: row}``) and the findings of those rows."""
        call_files, finding_files = self._part_files()
        main = [self.folder / CALLS_FILE] if (self.folder / CALLS_FILE).exists() else []
        rows = parquet_files.read_rows([*main, *call_files])
        latest: dict[str, dict[str, Any]] = {}
        for row in rows:
            seen = latest.get(row["content_hash"])
            if seen is None or (row["finished"] or "") >= (seen["finished"] or ""):
                latest[row["content_hash"]] = row
        attempts = {row["attempt"] for row in latest.values()}
        main_findings = [self.folder / FINDINGS_FILE] if (self.folder / FINDINGS_FILE).exists() else []
        findings = [f for f in parquet_files.read_rows([*main_findings, *finding_files]) if f["attempt"] in attempts]
        return latest, findings

    def done(self) -> dict[str, dict[str, Any]]:
        """Rows of the calls judged ``ok``, by content hash."""
        latest, _ = self.load()
        return {key: row for key, row in latest.items() if row["status"] == "ok"}

    def record(self, call_row: dict[str, Any], finding_rows: Sequence[dict[str, Any]]) -> None:
        """Write one finished call (findings first: the call row is what marks it written)."""
        name = f"{call_row['content_hash'][:16]}-{call_row['attempt'][:8]}"
        parquet_files.write_rows(self.parts / f"{name}.findings.parquet", finding_rows, FINDING_COLUMNS)
        parquet_files.write_rows(self.parts / f"{name}.calls.parquet", [call_row], CALL_COLUMNS)

    def compact(self) -> None:
        """Fold the parts into ``calls.parquet`` and ``findings.parquet`` (each replaced
        atomically; the parts are removed only after both are written)."""
        for stale in self.parts.glob(".*.tmp"):  # a write cut short by a kill: never renamed into place
            stale.unlink(missing_ok=True)
        leftovers = sorted(self.parts.glob("*.parquet"))
        if not leftovers:
            return
        latest, findings = self.load()
        calls = sorted(latest.values(), key=lambda row: row["path"] or "")
        findings.sort(key=lambda row: (row["path"] or "", row["start_s"] or 0.0))
        parquet_files.write_rows(self.folder / FINDINGS_FILE, findings, FINDING_COLUMNS)
        parquet_files.write_rows(self.folder / CALLS_FILE, calls, CALL_COLUMNS)
        for part in leftovers:
            part.unlink(missing_ok=True)


# -- rows --------------------------------------------------------------------------------------


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def rows_of(job: CallJob, outcome: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]], CallResult | None]:
    """The call row and finding rows of one finished job (and the judged call, when ok)."""
    attempt = uuid.uuid4().hex
    base = {"path": job.path, "content_hash": job.content_hash, "agent": job.agent, "attempt": attempt}
    row: dict[str, Any] = {
        **base,
        "status": outcome.get("status", "failed"),
        "error": outcome.get("error"),
        "duration_s": job.seconds,
        "finished": _now(),
        "wall_s": outcome.get("wall_s"),
        "cpu_s": outcome.get("cpu_s"),
        "worker": outcome.get("worker"),
        "worker_peak_mb": outcome.get("worker_peak_mb"),
    }
    if row["status"] != "ok":
        return row, [], None
    call = CallResult.from_json(outcome["call"])
    whisper = call.options.get("models", {}).get("whisper", {}) if isinstance(call.options, dict) else {}
    metrics = {
        k: v for k, v in call.metrics.to_json().items() if isinstance(v, (int, float)) and not isinstance(v, bool)
    }
    row.update(
        duration_s=call.duration_s,
        language=call.language,
        scenario=call.scenario_id,
        score=None if call.score is None else float(call.score.total),
        exchanges=len(call.exchanges),
        findings=sum(len(e.findings) for e in call.exchanges),
        metrics=metrics,
        model=whisper.get("model"),
    )
    findings = [
        {
            **base,
            "exchange": exchange.number,
            "kind": finding.kind,
            "severity": finding.severity,
            "skill": finding.skill,
            "start_s": finding.start,
            "end_s": finding.end,
            "points": finding.penalty,
            "message": finding.message,
        }
        for exchange in call.exchanges
        for finding in exchange.findings
    ]
    return row, findings, call


# -- the run -------------------------------------------------------------------------------------


@dataclass
class BatchPlan:
    """What a run will do: every call found, and which of them are to be judged now."""

    root: Path
    files: list[Path]
    jobs: list[CallJob] = field(default_factory=list)
    skipped: int = 0
    unreadable: list[tuple[CallJob, str]] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        return sum(job.seconds or 0.0 for job in self.jobs)


def plan(source: str, results: Results, pattern: AgentPattern | None) -> BatchPlan:
    """Find the calls, hash them, and leave out those judged ``ok`` already. A file that cannot
    be read is kept for one ``failed`` row. ``UserError`` for no files, or a pattern that fits none."""
    root, files = find_calls(source)
    if pattern is not None:
        fits = [f for f in files if pattern.agent_of(_relative(f, root))]
        if not fits:
            example = _relative(files[0], root)
            raise UserError(
                "--agent-pattern '{pattern}' fits {n:no recording|not the only recording|none of the # recordings} "
                "(e.g. '{example}'); it is matched against the path below the folder given",
                pattern=pattern.text,
                n=len(files),
                example=example,
            )
    done = results.done()
    queued: set[str] = set()
    batch = BatchPlan(root, files)
    for path in files:
        relative = _relative(path, root)
        agent = pattern.agent_of(relative) if pattern is not None else None
        try:
            digest = content_hash(path)
        except OSError as error:
            job = CallJob(
                str(path), relative, "unreadable:" + hashlib.sha256(str(path).encode()).hexdigest(), agent, None
            )
            batch.unreadable.append((job, str(Said("cannot read the file ({reason})", reason=error.strerror or error))))
            continue
        if digest in done or digest in queued:  # judged already, or the same recording under another name
            batch.skipped += 1
            continue
        queued.add(digest)
        batch.jobs.append(CallJob(str(path), relative, digest, agent, audio_seconds(path)))
    return batch


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


@dataclass(frozen=True)
class Finished:
    """One call done, as the progress display sees it."""

    job: CallJob
    status: str
    error: str | None
    seconds: float
    history_note: str | None = None


def run_batch(
    batch: BatchPlan,
    results: Results,
    judge: JudgeSettings,
    pool: PoolSettings,
    *,
    history: Store | None = None,
    on_finished: Callable[[Finished], None] | None = None,
) -> list[Finished]:
    """Judge ``batch.jobs`` on Ray and write each as it finishes (results, then the history);
    the unreadable files become failed rows first. Folds the parts together at the end."""
    finished: list[Finished] = []

    def finish(job: CallJob, outcome: dict[str, Any]) -> None:
        row, findings, call = rows_of(job, outcome)
        results.record(row, findings)
        note = None
        if call is not None and history is not None:
            try:
                history.add_call(call, agent=job.agent, source_hash=job.content_hash, title=job.relative,
                                 source=job.path)  # fmt: skip
            except Exception as error:  # noqa: BLE001 - the results are written; the history is told
                note = one_line(str(Said("not saved in the history: {error}", error=error)))
        done = Finished(job, row["status"], row["error"], row["duration_s"] or 0.0, note)
        finished.append(done)
        if on_finished is not None:
            on_finished(done)

    for job, reason in batch.unreadable:
        finish(job, {"status": "failed", "error": reason})
    if batch.jobs:
        with RayPool(pool, _judge_factory(judge)) as running:
            for done in running.map_unordered(batch.jobs):
                outcome = done.value if done.error is None else {"status": "failed", "error": done.error}
                finish(done.item, outcome)
    results.compact()
    return finished


def _judge_factory(judge: JudgeSettings) -> Callable[[], CallJudge]:
    return _MakeJudge(judge)


@dataclass(frozen=True)
class _MakeJudge:
    """Picklable: builds the :class:`CallJudge` inside each worker."""

    settings: JudgeSettings

    def __call__(self) -> CallJudge:
        return CallJudge(self.settings)


__all__ = [
    "AgentPattern",
    "BatchPlan",
    "CALL_COLUMNS",
    "CallJob",
    "CallJudge",
    "FINDING_COLUMNS",
    "Finished",
    "JudgeSettings",
    "Results",
    "content_hash",
    "find_calls",
    "plan",
    "rows_of",
    "run_batch",
]
