"""Practice history in SQLite: sessions, judged turns, findings and the recordings' paths.

The database is ``user_data_dir()/history.sqlite3``; recordings go next to it under
``recordings/<session>/turn-N-{customer,trainee}.flac``. Everything stays on this machine.

A turn is written when it completes, in one transaction (WAL journal, ``synchronous=FULL``),
so killing the app mid-call loses at most the turn in progress. The schema is versioned with
``PRAGMA user_version`` and migrated forward by the ordered ``MIGRATIONS`` on open; a database
from a newer voicecoach is refused rather than guessed at.

Deleting (``forget``, retention) removes the files first and then the rows, with
``secure_delete`` on, so a forgotten session does not linger in free pages of the file.

Faults never lose a judged turn (issue 13). When the database cannot be written (locked by
another program, disk full, damaged) ``add_turn`` retries with backoff for ``write_patience``
seconds, then keeps the turn in memory and in a file under ``history.pending/`` beside the
database, and writes it on the next write, at ``end_session`` (which waits up to
``finish_patience`` seconds for a lock to go) or when the history is next opened. A recording
that cannot be written (read-only folder, full disk) is left out and the turn is saved without
it. Each of these is said once, as a :class:`StoreNote` (``on_note``, else ``notes``).

Reading tells the faults apart, each one line that names the fix: a read-only but intact
history is read (``history``, ``report``) and refused only for writing; a damaged one (a good
header over bad pages included) is called damaged, with how to recover it; one row with bad
JSON or a non-number score is skipped and said once, never the whole history unreadable; a
session id SQLite cannot hold is simply not in the history.
"""

from __future__ import annotations

import json
import logging
import math
import os
import shutil
import sqlite3
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field
from dataclasses import replace as _dc_replace
from dataclasses import replace as replace_fields
from datetime import datetime, timedelta, timezone
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

from voicecoach import __version__
from voicecoach.adapters.audio_files import write_audio
from voicecoach.adapters.settings import load_settings, user_data_dir
from voicecoach.core.disputes import rescore
from voicecoach.core.errors import Said, UserError
from voicecoach.core.progress import Progress, SessionSummary, progress_of
from voicecoach.core.result import Finding, Score, TurnResult
from voicecoach.core.timeline import Turn

DB_NAME = "history.sqlite3"
RECORDINGS_DIR = "recordings"
SIDES = ("customer", "trainee")
#: ``retention_days`` default of ``Store.open``: take it from the user's settings.
FROM_SETTINGS = "settings"
#: Turns kept for later (the database could not be written) wait here, beside the database.
PENDING_DIR = "history.pending"
#: SQLite's INTEGER range: a larger session id cannot be in the history.
_INT64 = (-(2**63), 2**63 - 1)

log = logging.getLogger(__name__)


def default_path() -> Path:
    return user_data_dir() / DB_NAME


def now_utc() -> datetime:
    return datetime.now(timezone.utc)


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.astimezone()  # naive: local time, as a user would mean it
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text)


# --------------------------------------------------------------------------- schema


def _v1() -> str:
    return """
        CREATE TABLE sessions (
            id            INTEGER PRIMARY KEY AUTOINCREMENT,
            scenario_id   TEXT,
            title         TEXT NOT NULL DEFAULT '',
            language      TEXT NOT NULL DEFAULT 'en',
            started       TEXT NOT NULL,
            ended         TEXT,
            app_version   TEXT NOT NULL,
            options_json  TEXT NOT NULL DEFAULT '{}',
            total_score   REAL,
            skills_json   TEXT NOT NULL DEFAULT '{}',
            status        TEXT NOT NULL DEFAULT 'in_progress'
        );
        CREATE TABLE turns (
            id               INTEGER PRIMARY KEY AUTOINCREMENT,
            session_id       INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            idx              INTEGER NOT NULL,
            turn_id          TEXT,
            started          TEXT NOT NULL,
            score            INTEGER,
            skills_json      TEXT NOT NULL DEFAULT '{}',
            metrics_json     TEXT NOT NULL DEFAULT '{}',
            transcript_json  TEXT NOT NULL DEFAULT '{}',
            timeline_json    TEXT NOT NULL DEFAULT '{}',
            result_json      TEXT NOT NULL DEFAULT '{}',
            customer_audio   TEXT,
            trainee_audio    TEXT,
            UNIQUE (session_id, idx)
        );
        CREATE TABLE findings (
            id         INTEGER PRIMARY KEY AUTOINCREMENT,
            turn_row   INTEGER NOT NULL REFERENCES turns(id) ON DELETE CASCADE,
            kind       TEXT NOT NULL,
            start      REAL NOT NULL,
            "end"      REAL NOT NULL,
            severity   TEXT NOT NULL,
            message    TEXT NOT NULL,
            tip        TEXT NOT NULL,
            skill      TEXT NOT NULL,
            penalty    REAL NOT NULL DEFAULT 0,
            evidence_json TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX findings_turn ON findings(turn_row);
        """


def _v2() -> str:
    """Recordings get their own table (size, length, when they were deleted by retention),
    so a report can say 'recording deleted after 30 days' instead of showing a dead path.
    The v1 path columns are copied over and dropped. Indexes for history and progress."""
    script = """
        CREATE TABLE recordings (
            id        INTEGER PRIMARY KEY AUTOINCREMENT,
            turn_row  INTEGER NOT NULL REFERENCES turns(id) ON DELETE CASCADE,
            side      TEXT NOT NULL CHECK (side IN ('customer', 'trainee')),
            path      TEXT NOT NULL,
            bytes     INTEGER,
            created   TEXT NOT NULL,
            deleted   TEXT,
            UNIQUE (turn_row, side)
        );
        INSERT INTO recordings (turn_row, side, path, created)
            SELECT id, 'customer', customer_audio, started FROM turns WHERE customer_audio IS NOT NULL;
        INSERT INTO recordings (turn_row, side, path, created)
            SELECT id, 'trainee', trainee_audio, started FROM turns WHERE trainee_audio IS NOT NULL;
        CREATE INDEX recordings_created ON recordings(created) WHERE deleted IS NULL;
        CREATE INDEX sessions_started ON sessions(started);
        CREATE INDEX findings_kind ON findings(kind);
        """
    if sqlite3.sqlite_version_info >= (3, 35):  # older SQLite cannot drop columns: they stay unused
        script += """
        ALTER TABLE turns DROP COLUMN customer_audio;
        ALTER TABLE turns DROP COLUMN trainee_audio;
        """
    return script


def _v3() -> str:
    """Findings the trainee marked as wrong ("that was wrong", issue 10): kept with the reply's
    words, left out of scores and trends; ``learned`` is set when a trainer turned the mark into a
    phrasing (``voicecoach scenarios learn``), with what was written where in ``learned_json``."""
    return """
        CREATE TABLE disputes (
            finding_row   INTEGER PRIMARY KEY REFERENCES findings(id) ON DELETE CASCADE,
            created       TEXT NOT NULL,
            reply         TEXT NOT NULL DEFAULT '',
            learned       TEXT,
            learned_json  TEXT NOT NULL DEFAULT '{}'
        )
        """


def _v4() -> str:
    """Sessions from real calls (``voicecoach batch``, issue 14): ``kind`` is ``practice`` (every
    session before) or ``call``; ``agent`` the agent the call was taken from (a folder or file-name
    pattern); ``source_hash`` the SHA-256 of the recording, so a call is stored once however often
    an archive is judged. Practice lists and trends leave calls out unless asked for them."""
    return """
        ALTER TABLE sessions ADD COLUMN kind TEXT NOT NULL DEFAULT 'practice';
        ALTER TABLE sessions ADD COLUMN agent TEXT;
        ALTER TABLE sessions ADD COLUMN source_hash TEXT;
        CREATE INDEX sessions_kind_agent ON sessions(kind, agent, started);
        CREATE UNIQUE INDEX sessions_source_hash ON sessions(source_hash) WHERE source_hash IS NOT NULL
        """


#: Session kinds: a practice call (the app, ``voicecoach call``, ``analyze`` stored) or a real call.
SESSION_KINDS = ("practice", "call")

#: Ordered: ``MIGRATIONS[n]()`` is the SQL that brings a database from ``user_version`` n to n + 1.
MIGRATIONS: tuple[Callable[[], str], ...] = (_v1, _v2, _v3, _v4)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(db: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Apply the missing migrations up to ``target``, each in its own transaction."""
    current = int(db.execute("PRAGMA user_version").fetchone()[0])
    if current > SCHEMA_VERSION:
        raise UserError(
            "the history database has schema {current}, newer than this voicecoach knows ({SCHEMA_VERSION}); update voicecoach (pip install -U voicecoach)",
            current=current,
            SCHEMA_VERSION=SCHEMA_VERSION,
        )
    for version in range(current, target):
        db.execute("BEGIN IMMEDIATE")
        try:
            # Read again under the write lock: another process may have migrated meanwhile.
            now_at = db.execute("PRAGMA user_version").fetchone()[0]
            if now_at > version:
                db.execute("ROLLBACK")
                continue
            # Statement by statement (executescript would commit the open transaction first),
            # so a failed migration leaves the previous version intact.
            for statement in MIGRATIONS[version]().split(";"):
                if statement.strip():
                    db.execute(statement)
            db.execute(f"PRAGMA user_version = {version + 1}")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
    return max(current, target)


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Recording:
    side: str
    path: Path
    bytes: int | None
    created: str
    #: When retention deleted the file (the row stays so reports can say so).
    deleted: str | None = None

    @property
    def available(self) -> bool:
        return self.deleted is None and self.path.is_file()


@dataclass(frozen=True)
class StoredTurn:
    """One stored turn: the judged result as ``TurnResult.to_json()`` plus where it sits."""

    row: int
    index: int
    turn_id: str | None
    started: str
    score: int | None
    skills: dict[str, int]
    #: ``TurnResult.to_json()`` as it was when the turn was written.
    data: dict[str, Any]
    #: The full timeline (unrounded, with line_end, echo and notes) to rebuild the TurnResult.
    timeline: dict[str, Any]
    weights: dict[str, float]
    recordings: dict[str, Recording] = field(default_factory=dict)
    #: Positions (0-based, in ``findings`` order) of the findings the trainee marked as wrong;
    #: ``score``/``skills`` leave them out, ``data["score"]`` is the score as judged.
    disputed: frozenset[int] = frozenset()
    #: The index of the retry that replaced this attempt in the score (kept here, left out of
    #: the session's score, turn count and progress); None for a turn that counts.
    replaced_by: int | None = None

    @property
    def findings(self) -> list[dict[str, Any]]:
        return list(self.data.get("findings", []))

    def result(self) -> TurnResult:
        """The TurnResult this row was written from."""
        return TurnResult.from_json(
            self.data,
            turn=Turn.from_json(self.timeline),
            score=Score(
                total=self.score if self.score is not None else 0, skills=dict(self.skills), weights=dict(self.weights)
            ),
            turn_id=self.turn_id,
        )


@dataclass(frozen=True)
class DisputeRecord:
    """A finding the trainee marked as wrong, with where it was and what was said."""

    finding_row: int
    session_id: int
    scenario_id: str | None
    turn_index: int
    turn_id: str | None
    language: str
    #: The finding as ``Finding.to_json()``.
    finding: dict[str, Any]
    #: The trainee's words when it was marked.
    reply: str
    created: str
    learned: str | None
    learned_what: dict[str, Any]


@dataclass(frozen=True)
class SessionRecord:
    summary: SessionSummary
    turns: tuple[StoredTurn, ...]

    @property
    def id(self) -> int:
        return self.summary.id

    @property
    def language(self) -> str:
        return self.summary.language


# --------------------------------------------------------------------------- faults


@dataclass(frozen=True)
class StoreNote:
    """One line about a fault the store worked around (nothing was lost, or what was).

    ``message`` is the English line; ``key`` names the text the screens translate
    (``notice.<key>`` in ``core/words/ui.py``, filled with ``detail``)."""

    message: str
    key: str
    detail: str = ""


def fault_of(error: BaseException) -> str:
    """What kind of SQLite fault ``error`` is: ``busy`` (locked by another connection), ``full``
    (disk or database full), ``readonly``, ``damaged`` (corrupt pages, not a database) or ``io``
    (the disk failed, or could not open)."""
    name = str(getattr(error, "sqlite_errorname", "") or "")
    text = str(error).lower()
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text or "busy" in text:
        return "busy"
    if name.startswith("SQLITE_FULL") or "disk is full" in text or "database or disk is full" in text:
        return "full"
    if name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        return "readonly"
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text or "not a database" in text:
        return "damaged"
    return "io"


def fault_message(path: Path, error: BaseException) -> Said:
    """One line for a SQLite fault of the history at ``path``, naming the fix (in the UI language)."""
    kind, why = fault_of(error), str(error)
    if kind == "busy":
        return Said(
            "the history at {path} is in use by another program ({why}); close that program and try again",
            path=path,
            why=why,
        )
    if kind == "full":
        return Said(
            "the disk holding the history at {path} is full ({why}); free some space and try again", path=path, why=why
        )
    if kind == "readonly":
        return Said(
            "the history at {path} is read-only ({why}); make the file and its folder writable "
            "(chmod u+w '{path}' '{parent}')",
            path=path,
            why=why,
            parent=path.parent,
        )
    if kind == "damaged":
        return Said(
            "the history at {path} is damaged ({why}); rescue what is readable with "
            "sqlite3 '{path}' .recover | sqlite3 rescued.sqlite3, then move the damaged file away",
            path=path,
            why=why,
        )
    return Said(
        "cannot read or write the history at {path} ({why}); check the disk and the folder's permissions",
        path=path,
        why=why,
    )


class BadRow(ValueError):
    """A row of the history that cannot be read (bad JSON, a score that is not a number)."""


@dataclass(frozen=True)
class PendingTurn:
    """A judged turn as the rows it becomes, kept (in memory and as JSON) until it is written."""

    session_id: int
    index: int
    turn_id: str | None
    started: str
    score: int
    skills_json: str
    metrics_json: str
    transcript_json: str
    timeline_json: str
    result_json: str
    #: ``(kind, start, end, severity, message, tip, skill, penalty, evidence_json)`` each.
    findings: tuple[tuple[Any, ...], ...]
    #: ``(side, path, bytes)`` each.
    recordings: tuple[tuple[str, str, int], ...]

    @property
    def file_name(self) -> str:
        return f"session-{self.session_id}-turn-{self.index}.json"

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PendingTurn:
        return cls(
            **{
                **data,
                "findings": tuple(tuple(item) for item in data["findings"]),
                "recordings": tuple((str(a), str(b), int(c)) for a, b, c in data["recordings"]),
            }
        )


@dataclass(frozen=True)
class PendingSession:
    """A session started while the database could not be written, with the id it was given
    (the next free one when it was started; another if that was taken by the time it is written)."""

    id: int
    scenario_id: str | None
    title: str
    language: str
    started: str
    app_version: str
    options_json: str

    @property
    def file_name(self) -> str:
        return f"session-{self.id}.json"


def _retrying(work: Callable[[], Any], patience: float, db: sqlite3.Connection, *, timeout: float) -> Any:
    """Run ``work`` until it succeeds or ``patience`` seconds are spent on a busy database:
    SQLite's own busy wait per attempt, doubling from 0.25 s, then the last error is raised.
    Other faults are raised at once (waiting does not help a full disk)."""
    deadline = time.monotonic() + patience
    step = 0.25
    try:
        while True:
            left = deadline - time.monotonic()
            db.execute(f"PRAGMA busy_timeout = {int(max(0.0, min(step, left)) * 1000)}")
            try:
                return work()
            except sqlite3.OperationalError as error:
                if fault_of(error) != "busy" or time.monotonic() >= deadline:
                    raise
            time.sleep(min(step / 2, max(0.0, deadline - time.monotonic())))
            step *= 2
    finally:
        db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")


# --------------------------------------------------------------------------- the store

_F = TypeVar("_F", bound=Callable[..., Any])


def _locked(method: _F) -> _F:
    """One thread at a time per Store (the connection is shared, e.g. by the call engine's
    worker and the UI), so transactions never interleave."""

    @wraps(method)
    def wrapper(self: Store, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            try:
                return method(self, *args, **kwargs)
            except sqlite3.DatabaseError as error:  # locked, full, read-only, damaged: one line each
                raise UserError(fault_message(self.path, error)) from None

    return wrapper  # type: ignore[return-value]


class Store:
    """The practice history. Open with ``Store.open()``; use as a context manager or ``close()``.

    ``on_note``: called (in the writing thread) with a :class:`StoreNote` for each fault worked
    around; without it the notes collect in ``notes``. ``write_patience``: seconds ``add_turn``
    waits for a locked database before keeping the turn for later (short: the call goes on);
    ``finish_patience``: seconds ``end_session`` waits to write the kept turns (a lock held by
    a backup or a database browser is over within a minute; issue 13 measured 40 s)."""

    #: SQLite's busy wait for an ordinary statement, seconds.
    TIMEOUT = 10.0

    def __init__(
        self, db: sqlite3.Connection, path: Path, retention_days: int | None, *, read_only: bool = False
    ) -> None:
        self._db = db
        self._lock = threading.RLock()
        self.path = path
        self.retention_days = retention_days
        self.read_only = read_only
        self.on_note: Callable[[StoreNote], None] | None = None
        self.notes: list[StoreNote] = []
        self.write_patience = 3.0
        self.finish_patience = 60.0
        self._pending: dict[tuple[int, int], PendingTurn] = {}
        self._pending_sessions: dict[int, PendingSession] = {}
        #: A kept session written under another id than the one it was started with.
        self._alias: dict[int, int] = {}
        self._last_index: dict[int, int] = {}
        self._noted: set[str] = set()

    # ---- opening

    @classmethod
    def open(
        cls,
        path: Path | None = None,
        *,
        retention_days: int | None | str = FROM_SETTINGS,
        write: bool = True,
    ) -> Store:
        """Open (and create or migrate) the history at ``path`` (default: the user data dir).

        ``retention_days``: delete recordings older than this when a session starts; by default
        the ``retention_days`` setting. ``write=False``: only reading is wanted, so a read-only
        history opens read-only (``read_only`` is True) instead of being refused. Turns kept
        for later by an earlier run are written on opening. Raises ``UserError`` (one line:
        locked, read-only, damaged, newer schema).
        """
        path = Path(path) if path is not None else default_path()
        if retention_days == FROM_SETTINGS:
            retention_days = load_settings().retention_days
        days = retention_days if isinstance(retention_days, int) else None
        if path.is_file() and not _writable(path):
            return cls._open_read_only(path, days, write)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, isolation_level=None, timeout=cls.TIMEOUT, check_same_thread=False)
        except (OSError, sqlite3.Error) as error:
            raise UserError(
                "cannot open the history at {path} ({error}); check the folder's permissions", path=path, error=error
            ) from None
        try:
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA secure_delete = ON")
            migrate(db)
        except sqlite3.DatabaseError as error:
            db.close()
            if fault_of(error) == "readonly":
                return cls._open_read_only(path, days, write)
            raise UserError(fault_message(path, error)) from None
        except BaseException:
            db.close()
            raise
        store = cls(db, path, days)
        store._write_pending_files()
        return store

    @classmethod
    def _open_read_only(cls, path: Path, retention_days: int | None, write: bool) -> Store:
        """A history this user may read but not write: readable for ``history`` and ``report``;
        ``write`` (a call, ``forget``) gets one line naming the fix. Damage is told apart."""
        fix = Said(
            "make the file and its folder writable (chmod u+w '{path}' '{parent}')", path=path, parent=path.parent
        )
        try:
            db = _connect_read_only(path)
        except sqlite3.DatabaseError as error:
            if fault_of(error) == "damaged":
                raise UserError(fault_message(path, error)) from None
            raise UserError(
                "the history at {path} cannot be opened ({error}); {fix}", path=path, error=error, fix=fix
            ) from None
        if write:
            db.close()
            raise UserError("the history at {path} is read-only (its contents are intact); {fix}", path=path, fix=fix)
        return cls(db, path, retention_days, read_only=True)

    @_locked
    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    @property
    def recordings_dir(self) -> Path:
        return self.path.parent / RECORDINGS_DIR

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # ---- writing

    @_locked
    def start_session(
        self,
        scenario_id: str | None,
        title: str = "",
        language: str = "en",
        options: Mapping[str, Any] | None = None,
        *,
        started: datetime | None = None,
    ) -> int:
        """A new session (status ``in_progress``); applies the retention setting first.

        When the database cannot be written (locked, full) the session is kept for later like a
        turn (its id: the next free one), so the call goes on and its turns are kept too."""
        if self.retention_days:
            try:
                self.apply_retention(self.retention_days)
            except sqlite3.OperationalError as error:  # busy or full: the old recordings go next time
                log.warning("retention skipped: %s", error)
        session = PendingSession(
            id=0,
            scenario_id=scenario_id,
            title=title,
            language=language,
            started=_iso(started or now_utc()) or "",
            app_version=__version__,
            options_json=_dump(options or {}),
        )

        def insert() -> int:
            with self._transaction() as db:
                cursor = db.execute(
                    "INSERT INTO sessions (scenario_id, title, language, started, app_version, options_json)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (scenario_id, title, language, session.started, session.app_version, session.options_json),
                )
            return int(cursor.lastrowid or 0)

        try:
            session_id = int(_retrying(insert, self.write_patience, self._db, timeout=self.TIMEOUT))
        except sqlite3.DatabaseError as error:  # locked, full, damaged: the call goes on, its turns are kept
            session_id = self._next_session_id()
            session = replace_fields(session, id=session_id)
            self._pending_sessions[session_id] = session
            where = self._spool(session.file_name, asdict(session))
            self._note_once(f"kept:{fault_of(error)}", self._kept_note(error, "this call", where))
        self._last_index[session_id] = 0  # this store's own session: its turns are never refused
        return session_id

    def _next_session_id(self) -> int:
        """The id the next session would get (readers are not blocked by a writer's lock; a
        damaged database counts from the kept sessions, and a taken id is changed when written)."""
        try:
            used = self._db.execute("SELECT MAX(id) FROM sessions").fetchone()[0] or 0
            sequence = self._db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'sessions'").fetchone()
        except sqlite3.DatabaseError:
            used, sequence = 0, None
        return max(int(used), int(sequence[0]) if sequence else 0, *self._pending_sessions, 0) + 1

    def _kept_note(self, error: BaseException, what: str, where: str) -> StoreNote:
        """The one line saying that ``what`` was kept (``where``) because of ``error``."""
        why = _reason(error)
        message = f"the history cannot be written now ({why}); {what} is kept {where} and saved as soon as it can be"
        if fault_of(error) == "damaged":
            message += (
                f"; rescue the history with sqlite3 '{self.path}' .recover | sqlite3 rescued.sqlite3 "
                "or move it away: the kept turns go into the next one"
            )
        return StoreNote(message, "turn_kept", why)

    def _spool(self, name: str, data: Mapping[str, Any]) -> str:
        """Write ``data`` as ``history.pending/<name>`` (private, synced); says where it went:
        ``in <folder>``, or ``in memory`` when that cannot be written either."""
        try:
            self.pending_dir.mkdir(mode=0o700, exist_ok=True)
            target = self.pending_dir / name
            temporary = target.with_suffix(".tmp")
            with open(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w", encoding="utf-8") as out:
                json.dump(dict(data), out, ensure_ascii=False)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, target)
        except OSError as error:
            log.warning("cannot keep %s in %s: %s", name, self.pending_dir, error)
            return "in memory"
        return f"in {self.pending_dir}"

    def _insert_session(self, session: PendingSession) -> int:
        """Write a kept session under its id, or a new one when that was taken meanwhile."""
        with self._transaction() as db:
            there = db.execute("SELECT started, title FROM sessions WHERE id = ?", (session.id,)).fetchone()
            if there is not None and (there["started"], there["title"]) == (session.started, session.title):
                return session.id  # written already (by another process that found the kept file)
            taken = there is not None
            cursor = db.execute(
                "INSERT INTO sessions (id, scenario_id, title, language, started, app_version, options_json)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    None if taken else session.id,
                    session.scenario_id,
                    session.title,
                    session.language,
                    session.started,
                    session.app_version,
                    session.options_json,
                ),
            )
        return int(cursor.lastrowid or 0)

    def recording_path(self, session_id: int, index: int, side: str) -> Path:
        """Where a turn's recording belongs: ``recordings/<session>/turn-N-<side>.flac``."""
        if side not in SIDES:
            raise ValueError(f"side must be one of {SIDES}, not {side!r}")
        return self.recordings_dir / str(session_id) / f"turn-{index}-{side}.flac"

    @_locked
    def save_recording(self, session_id: int, index: int, side: str, samples: Any, rate: int) -> Path | None:
        """Write one side of a turn as FLAC where it belongs; returns the path for ``add_turn``,
        or None when it cannot be written (read-only folder, full disk: the turn is then saved
        without it, and a note says so once per turn)."""
        target = self.recording_path(session_id, index, side)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            _write_audio(target, samples, rate)
        except (OSError, RuntimeError, UserError) as error:  # libsndfile's errors are RuntimeErrors
            self._recording_lost(session_id, index, error, target.parent)
            return None
        return target

    def _recording_lost(self, session_id: int, index: int, error: BaseException, folder: Path) -> None:
        why = _reason(error)
        if not isinstance(error, OSError) and _nearly_full(folder):
            why = "No space left on device"  # libsndfile says "problem with initialization of the flac decoder"
        self._note_once(
            f"recording:{session_id}:{index}",
            StoreNote(
                f"the recording of turn {index} could not be saved ({why}); the turn is saved without it",
                "recording_not_saved",
                why,
            ),
        )

    @_locked
    def next_index(self, session_id: int) -> int:
        """The next turn number of a session (turns kept for later count too)."""
        session_id = self._session_id(session_id)
        known = max([self._last_index.get(session_id, 0)] + [i for s, i in self._pending if s == session_id])
        query = "SELECT MAX(idx) FROM turns WHERE session_id = ?"
        if session_id not in self._last_index:
            row = self._db.execute(query, (session_id,)).fetchone()
            return max(int(row[0] or 0), known) + 1
        try:  # this store's session: no other program adds its turns, so never wait long here
            row = _retrying(
                lambda: self._db.execute(query, (session_id,)).fetchone(), 0.0, self._db, timeout=self.TIMEOUT
            )
        except sqlite3.DatabaseError:
            return known + 1  # locked even for reading, or damaged: count on
        return max(int(row[0] or 0), known) + 1

    @_locked
    def add_turn(
        self,
        session_id: int,
        result: TurnResult,
        recordings: Mapping[str, Path] | None = None,
        *,
        index: int | None = None,
        started: datetime | None = None,
    ) -> int:
        """Store a judged turn, its findings and its recordings in one transaction.

        ``recordings`` maps ``customer``/``trainee`` to audio files. Files outside this store's
        recordings folder are copied in (so ``forget`` can delete everything it refers to).
        ``index`` defaults to the next number in the session (a retried turn gets a new one).
        Returns the turn's index.
        """
        self._write_pending(patience=0.0)  # turns kept earlier go first, if the database lets them
        session_id = self._session_id(session_id)
        self._check_session(session_id)
        index = index if index is not None else self.next_index(session_id)
        files = self._adopt_recordings(session_id, index, recordings or {})
        turn = _pending_turn(session_id, index, result, started, files)
        self._last_index[session_id] = max(index, self._last_index.get(session_id, 0))
        try:
            _retrying(lambda: self._insert_turn(turn), self.write_patience, self._db, timeout=self.TIMEOUT)
        except sqlite3.DatabaseError as error:
            self._keep(turn, error)
        return index

    def _check_session(self, session_id: int) -> None:
        """``UserError`` for a session that is not there; a session this store started is
        taken on trust (``_insert_turn`` checks again, in its transaction)."""
        if session_id not in self._last_index:
            self._session_row(session_id)

    def _insert_turn(self, turn: PendingTurn) -> None:
        """Write one turn's rows in one transaction (skipped when the turn is there already)."""
        with self._transaction() as db:
            self._insert_turn_rows(db, turn)

    def _insert_turn_rows(self, db: sqlite3.Connection, turn: PendingTurn) -> None:
        """One turn's rows, in the caller's transaction."""
        exists = db.execute(
            "SELECT 1 FROM turns WHERE session_id = ? AND idx = ?", (turn.session_id, turn.index)
        ).fetchone()
        if exists is not None:
            return
        if db.execute("SELECT 1 FROM sessions WHERE id = ?", (turn.session_id,)).fetchone() is None:
            return  # forgotten meanwhile: forgetting wins
        cursor = db.execute(
            "INSERT INTO turns (session_id, idx, turn_id, started, score, skills_json, metrics_json,"
            " transcript_json, timeline_json, result_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                turn.session_id,
                turn.index,
                turn.turn_id,
                turn.started,
                turn.score,
                turn.skills_json,
                turn.metrics_json,
                turn.transcript_json,
                turn.timeline_json,
                turn.result_json,
            ),
        )
        turn_row = int(cursor.lastrowid or 0)
        self._write_findings(db, turn_row, turn.findings)
        for side, path, size in turn.recordings:
            db.execute(
                "INSERT INTO recordings (turn_row, side, path, bytes, created) VALUES (?, ?, ?, ?, ?)",
                (turn_row, side, path, size, turn.started),
            )
        self._update_session_score(db, turn.session_id)

    @_locked
    def add_call(
        self,
        call: Any,
        *,
        agent: str | None,
        source_hash: str,
        title: str = "",
        source: str | None = None,
        started: datetime | None = None,
    ) -> int:
        """Store a judged real call (``core.call.CallResult``) as one completed session of kind
        ``call``: one turn per exchange, in one transaction. ``source_hash`` (the recording's
        SHA-256) keeps it once: a call stored already returns its session id and changes nothing.
        ``agent``: whose call it is (None: unknown). Returns the session id. ``sqlite3`` errors
        (locked past ``TIMEOUT``, full) are raised: the caller's results are its record."""
        there = self._db.execute("SELECT id FROM sessions WHERE source_hash = ?", (source_hash,)).fetchone()
        if there is not None:
            return int(there["id"])
        moment = _iso(started or now_utc()) or ""
        options = {"mode": "call", "agent": agent, "source": source, "content_hash": source_hash,
                   "duration_s": call.duration_s, "metrics": call.metrics.to_json(), "notes": list(call.notes)}  # fmt: skip
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO sessions (scenario_id, title, language, started, ended, app_version, options_json, status,"
                " kind, agent, source_hash) VALUES (?, ?, ?, ?, ?, ?, ?, 'completed', 'call', ?, ?)",
                (call.scenario_id, title, call.language, moment, moment, __version__, _dump(options), agent,
                 source_hash),
            )  # fmt: skip
            session_id = int(cursor.lastrowid or 0)
            for index, exchange in enumerate(call.exchanges, start=1):
                self._insert_turn_rows(db, _pending_turn(session_id, index, exchange.result, started, {}))
            # the call's own score (the answered exchanges; the opening is not an answer), as in its results
            score = call.score
            db.execute(
                "UPDATE sessions SET total_score = ?, skills_json = ? WHERE id = ?",
                (None if score is None else float(score.total), _dump({} if score is None else score.skills),
                 session_id),
            )  # fmt: skip
        return session_id

    @_locked
    def agents(self) -> list[tuple[str, int]]:
        """The agents with real calls in the history and how many calls each, by name."""
        rows = self._db.execute(
            "SELECT agent, COUNT(*) AS calls FROM sessions WHERE kind = 'call' AND agent IS NOT NULL"
            " GROUP BY agent ORDER BY agent"
        ).fetchall()
        return [(row["agent"], int(row["calls"])) for row in rows]

    # ---- turns kept for later

    @property
    def pending_dir(self) -> Path:
        return self.path.parent / PENDING_DIR

    @property
    def pending(self) -> tuple[PendingTurn, ...]:
        """Turns judged but not yet in the database (in memory, and on disk where possible)."""
        return tuple(self._pending[key] for key in sorted(self._pending))

    def _keep(self, turn: PendingTurn, error: BaseException) -> None:
        """The database refused the turn: keep it in memory and as a file, and say so once."""
        self._pending[(turn.session_id, turn.index)] = turn
        where = self._spool(turn.file_name, asdict(turn))
        self._note_once(f"kept:{fault_of(error)}", self._kept_note(error, f"turn {turn.index}", where))

    def _write_pending(self, patience: float) -> int:
        """Write the sessions and turns kept in memory; returns how many turns are still waiting."""
        for old_id in sorted(self._pending_sessions):
            session = self._pending_sessions[old_id]
            try:
                new_id = int(
                    _retrying(lambda s=session: self._insert_session(s), patience, self._db, timeout=self.TIMEOUT)
                )
            except sqlite3.DatabaseError:
                return len(self._pending) or 1
            del self._pending_sessions[old_id]
            (self.pending_dir / session.file_name).unlink(missing_ok=True)
            if new_id != old_id:
                self._renumber(old_id, new_id)
        for key in sorted(self._pending):
            turn = self._pending[key]
            try:
                _retrying(lambda turn=turn: self._insert_turn(turn), patience, self._db, timeout=self.TIMEOUT)
            except sqlite3.DatabaseError:
                break
            del self._pending[key]
            (self.pending_dir / turn.file_name).unlink(missing_ok=True)
        return len(self._pending)

    def _renumber(self, old_id: int, new_id: int) -> None:
        """A kept session was written as ``new_id``: its kept turns follow it."""
        self._alias[old_id] = new_id
        self._last_index[new_id] = self._last_index.pop(old_id, 0)
        for key in [key for key in self._pending if key[0] == old_id]:
            turn = replace_fields(self._pending.pop(key), session_id=new_id)
            (self.pending_dir / f"session-{old_id}-turn-{turn.index}.json").unlink(missing_ok=True)
            self._pending[(new_id, turn.index)] = turn
            self._spool(turn.file_name, asdict(turn))

    def _session_id(self, session_id: int) -> int:
        """The id a session has in the database (a kept one may have been written under another)."""
        return self._alias.get(session_id, session_id)

    def _write_pending_files(self) -> None:
        """Turns an earlier run kept in ``history.pending/``: written now, then their files go."""
        if not self.pending_dir.is_dir():
            return
        for file in sorted(self.pending_dir.glob("session-*.json")):
            if "-turn-" in file.name:
                continue
            try:
                session = PendingSession(**json.loads(file.read_text(encoding="utf-8")))
            except (OSError, ValueError, TypeError) as error:
                log.warning("skipping unreadable kept session %s: %s", file, error)
                continue
            self._pending_sessions[session.id] = session
        for file in sorted(self.pending_dir.glob("session-*-turn-*.json")):
            try:
                turn = PendingTurn.from_json(json.loads(file.read_text(encoding="utf-8")))
            except (OSError, ValueError, TypeError, KeyError):
                continue
            self._pending[(turn.session_id, turn.index)] = turn
        waiting = len(self._pending)
        if not waiting and not self._pending_sessions:
            return
        left = self._write_pending(1.0)
        written = waiting - left
        if left:
            log.warning("%d kept turn(s) stay in %s: the history cannot be written", left, self.pending_dir)
        if written:
            self._note(
                StoreNote(
                    f"saved {written} turn(s) kept from an earlier call into the history",
                    "turns_saved_late",
                    str(written),
                )
            )

    # ---- notes

    def _note(self, note: StoreNote) -> None:
        log.warning("%s", note.message)
        if self.on_note is not None:
            self.on_note(note)
        else:
            self.notes.append(note)

    def _note_once(self, key: str, note: StoreNote) -> None:
        if key not in self._noted:
            self._noted.add(key)
            self._note(note)

    def take_notes(self) -> list[StoreNote]:
        """The notes collected so far (without ``on_note``), emptied."""
        notes, self.notes = self.notes, []
        return notes

    def _write_findings(self, db: sqlite3.Connection, turn_row: int, findings: tuple[tuple[Any, ...], ...]) -> None:
        """``findings``: ``PendingTurn.findings`` rows."""
        db.executemany(
            'INSERT INTO findings (turn_row, kind, start, "end", severity, message, tip, skill, penalty,'
            " evidence_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(turn_row, *finding) for finding in findings],
        )

    def _adopt_recordings(self, session_id: int, index: int, recordings: Mapping[str, Path | None]) -> dict[str, Path]:
        """The recordings as files of this store; a side that is None (``save_recording`` could
        not write it) or cannot be copied in is left out, with a note."""
        files: dict[str, Path] = {}
        for side, given in recordings.items():
            if side not in SIDES:
                raise ValueError(f"recording side must be one of {SIDES}, not {side!r}")
            if given is None:
                continue
            source = Path(given)
            if not source.is_file():
                raise UserError("recording {source} does not exist; nothing was saved for this turn", source=source)
            if source.resolve().is_relative_to(self.recordings_dir.resolve()):
                files[side] = source.resolve()
                continue
            target = self.recordings_dir / str(session_id) / f"turn-{index}-{side}{source.suffix.lower()}"
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)
            except OSError as error:
                with suppress(OSError):
                    target.unlink(missing_ok=True)
                self._recording_lost(session_id, index, error, target.parent)
                continue
            files[side] = target.resolve()
        return files

    def _update_session_score(self, db: sqlite3.Connection, session_id: int) -> None:
        """The session's score so far: the mean of its turns (so a killed session has one too)."""
        rows = db.execute("SELECT idx, score, skills_json FROM turns WHERE session_id = ?", (session_id,)).fetchall()
        options = db.execute("SELECT options_json FROM sessions WHERE id = ?", (session_id,)).fetchone()
        try:
            replaced = _replaced(json.loads(options["options_json"])) if options is not None else {}
        except (ValueError, TypeError):
            replaced = {}
        rows = [row for row in rows if row["idx"] not in replaced]  # a retried attempt does not count
        totals = [float(row["score"]) for row in rows if _is_number(row["score"])]
        skills: dict[str, list[float]] = defaultdict(list)
        for row in rows:
            try:
                stored = _skills(json.loads(row["skills_json"]).get("skills", {}))
            except (ValueError, TypeError, AttributeError, BadRow):
                continue  # a damaged row: left out of the session's score
            for skill, value in stored.items():
                skills[skill].append(value)
        db.execute(
            "UPDATE sessions SET total_score = ?, skills_json = ? WHERE id = ?",
            (
                sum(totals) / len(totals) if totals else None,
                _dump({skill: sum(values) / len(values) for skill, values in skills.items()}),
                session_id,
            ),
        )

    @_locked
    def mark_replaced(self, session_id: int, index: int, by: int | None) -> None:
        """Turn ``index`` was retried ('t'): turn ``by`` replaces it in the session's score, turn
        count and progress; both stay in the history (``StoredTurn.replaced_by``). Kept in the
        session's options as ``replaced: {index: by}`` (no schema change)."""
        row = self._session_row(session_id)
        options = _json_object(row["options_json"], "options")
        replaced = {str(k): v for k, v in (options.get("replaced") or {}).items()}
        replaced[str(int(index))] = by
        options["replaced"] = replaced
        with self._transaction() as db:
            db.execute("UPDATE sessions SET options_json = ? WHERE id = ?", (_dump(options), session_id))
            self._update_session_score(db, session_id)

    @_locked
    def end_session(self, session_id: int, status: str = "completed", *, ended: datetime | None = None) -> None:
        """Mark a session finished (``completed``, ``aborted`` when the trainee hung up early).

        Turns kept for later are written first, waiting up to ``finish_patience`` seconds for a
        lock to go; what still cannot be written stays in ``history.pending/`` for the next
        open, and a note says so (the session then stays ``in_progress``)."""
        if self._pending or self._pending_sessions:
            waiting = len(self._pending)
            self._note(
                StoreNote(
                    f"waiting up to {self.finish_patience:.0f} s to save {waiting} kept turn(s) into the history",
                    "turns_waiting",
                    str(waiting),
                )
            )
            if self._write_pending(self.finish_patience):
                left = len(self._pending)
                self._note(
                    StoreNote(
                        f"{left} turn(s) could not be saved yet; they wait in {self.pending_dir} "
                        "and go into the history the next time voicecoach opens it",
                        "turns_left",
                        str(left),
                    )
                )
                return
            self._note(StoreNote(f"saved the {waiting} kept turn(s) into the history", "turns_saved", str(waiting)))
        session_id = self._session_id(session_id)
        self._check_session(session_id)

        def finish() -> None:
            with self._transaction() as db:
                db.execute(
                    "UPDATE sessions SET ended = ?, status = ? WHERE id = ?",
                    (_iso(ended or now_utc()), status, session_id),
                )

        try:
            _retrying(finish, self.finish_patience, self._db, timeout=self.TIMEOUT)
        except sqlite3.DatabaseError as error:
            if session_id not in self._last_index:
                raise
            why = _reason(error)  # every turn is in; only the end mark is missing
            self._note(StoreNote(f"the session could not be marked as ended ({why})", "session_not_ended", why))

    # ---- reading

    def _session_row(self, session_id: int) -> sqlite3.Row:
        if not _INT64[0] <= session_id <= _INT64[1]:
            raise UserError(
                "no session {session_id} in the history; run 'voicecoach history' to see the ids", session_id=session_id
            )
        row = self._db.execute(
            "SELECT s.*, (SELECT COUNT(*) FROM turns t WHERE t.session_id = s.id) AS turn_count"
            " FROM sessions s WHERE s.id = ?",
            (session_id,),
        ).fetchone()
        if row is None:
            raise UserError(
                "no session {session_id} in the history; run 'voicecoach history' to see the ids", session_id=session_id
            )
        return row

    @_locked
    def sessions(self, kind: str | None = "practice", agent: str | None = None) -> list[SessionSummary]:
        """The sessions of ``kind`` (``practice``, default; ``call``: real calls; None: all),
        of ``agent`` when given (real calls), newest first."""
        where, params = _session_filter(kind, agent)
        rows = self._db.execute(
            "SELECT s.*, (SELECT COUNT(*) FROM turns t WHERE t.session_id = s.id) AS turn_count"
            f" FROM sessions s WHERE {where} ORDER BY s.started DESC, s.id DESC",
            params,
        ).fetchall()
        summaries = []
        for row in rows:
            try:
                summaries.append(_summary(row))
            except BadRow as error:
                self._skipped(f"session {row['id']}", error)
        return summaries

    def _skipped(self, what: str, error: BadRow) -> None:
        """Say once per store that damaged rows were left out (the first one named)."""
        self._note_once(
            "skipped",
            StoreNote(
                f"left out a damaged row of the history ({what}: {error}); the rest is shown. "
                f"Rescue it with: sqlite3 '{self.path}' .recover",
                "rows_skipped",
                what,
            ),
        )

    @_locked
    def session(self, session_id: int) -> SessionRecord:
        """One session with its turns (in order), findings and recordings."""
        try:
            summary = _summary(self._session_row(session_id))
        except BadRow as error:
            raise UserError(
                "session {session_id} of the history is damaged ({error}); rescue it with: sqlite3 '{path}' .recover, or forget it: voicecoach forget {session_id}",
                session_id=session_id,
                error=error,
                path=self.path,
            ) from None
        turns = []
        for row in self._db.execute("SELECT * FROM turns WHERE session_id = ? ORDER BY idx", (session_id,)).fetchall():
            try:
                turns.append(self._stored_turn(row))
            except (BadRow, ValueError, TypeError, KeyError, AttributeError) as error:
                self._skipped(f"session {session_id}, turn {row['idx']}", BadRow(str(error)))
        replaced = _replaced(summary.options)
        turns = [_dc_replace(t, replaced_by=replaced[t.index]) if t.index in replaced else t for t in turns]
        return SessionRecord(summary, tuple(turns))

    def _stored_turn(self, row: sqlite3.Row) -> StoredTurn:
        """One turn row as a StoredTurn; ``BadRow`` (or a ValueError, TypeError) when damaged."""
        recordings = {
            rec["side"]: Recording(rec["side"], Path(rec["path"]), rec["bytes"], rec["created"], rec["deleted"])
            for rec in self._db.execute("SELECT * FROM recordings WHERE turn_row = ?", (row["id"],))
        }
        data = _json_object(row["result_json"], "result")
        # The findings table is the record of what was judged; keep its order and columns.
        data["findings"] = [
            {
                "kind": f["kind"],
                "start": f["start"],
                "end": f["end"],
                "severity": f["severity"],
                "message": f["message"],
                "tip": f["tip"],
                "skill": f["skill"],
                "penalty": f["penalty"],
                "evidence": json.loads(f["evidence_json"]),
            }
            for f in self._db.execute("SELECT * FROM findings WHERE turn_row = ? ORDER BY id", (row["id"],))
        ]
        score_data = _json_object(row["skills_json"], "skills")
        if row["score"] is not None and not _is_number(row["score"]):
            raise BadRow(f"score {row['score']!r} is not a number")
        finding_rows = [
            f["id"] for f in self._db.execute("SELECT id FROM findings WHERE turn_row = ? ORDER BY id", (row["id"],))
        ]
        marked = {
            d["finding_row"]
            for d in self._db.execute(
                "SELECT d.finding_row FROM disputes d JOIN findings f ON f.id = d.finding_row WHERE f.turn_row = ?",
                (row["id"],),
            )
        }
        return StoredTurn(
            row=row["id"],
            index=row["idx"],
            turn_id=row["turn_id"],
            started=row["started"],
            score=row["score"],
            skills=_skills(score_data.get("skills", {})),
            data=data,
            timeline=_json_object(row["timeline_json"], "timeline"),
            weights=_skills(score_data.get("weights", {})),
            recordings=recordings,
            disputed=frozenset(i for i, finding_row in enumerate(finding_rows) if finding_row in marked),
        )

    # ---- findings marked as wrong

    @_locked
    def set_disputed(self, session_id: int, index: int, position: int, disputed: bool = True) -> Score:
        """Mark (or unmark) finding ``position`` (0-based, in the turn's findings order) of turn
        ``index`` of a session as wrong, and store the turn's score without the marked findings
        (the session's score follows). Returns the turn's new score. Raises ``UserError`` for a
        session, turn or finding that is not there."""
        self._session_row(session_id)
        turn = self._db.execute(
            "SELECT id, skills_json, transcript_json, result_json FROM turns WHERE session_id = ? AND idx = ?",
            (session_id, index),
        ).fetchone()
        if turn is None:
            raise UserError(
                "session {session_id} has no turn {index}; run 'voicecoach history {session_id}'",
                session_id=session_id,
                index=index,
            )
        rows = self._db.execute("SELECT * FROM findings WHERE turn_row = ? ORDER BY id", (turn["id"],)).fetchall()
        if not 0 <= position < len(rows):
            raise UserError(
                "turn {index} of session {session_id} has no finding {value}",
                index=index,
                session_id=session_id,
                value=position + 1,
            )
        reply = json.loads(turn["transcript_json"]).get("trainee", {}).get("text", "")
        with self._transaction() as db:
            if disputed:
                db.execute(
                    "INSERT OR IGNORE INTO disputes (finding_row, created, reply) VALUES (?, ?, ?)",
                    (rows[position]["id"], _iso(now_utc()), reply),
                )
            else:
                db.execute("DELETE FROM disputes WHERE finding_row = ?", (rows[position]["id"],))
            marked = {
                d["finding_row"]
                for d in db.execute(
                    "SELECT finding_row FROM disputes WHERE finding_row IN (SELECT id FROM findings WHERE turn_row = ?)",
                    (turn["id"],),
                )
            }
            weights = json.loads(turn["skills_json"]).get("weights") or None
            judged = json.loads(turn["result_json"]).get("score") or {}
            if not marked and "total" in judged:  # no mark left: the score as judged, exactly
                new = Score(int(judged["total"]), dict(judged.get("skills", {})), dict(weights or {}))
            else:
                new = rescore(
                    [_finding(row) for row in rows], (i for i, row in enumerate(rows) if row["id"] in marked), weights
                )
            db.execute(
                "UPDATE turns SET score = ?, skills_json = ? WHERE id = ?",
                (int(new.total), _dump({"skills": new.skills, "weights": new.weights}), turn["id"]),
            )
            self._update_session_score(db, session_id)
        return new

    @_locked
    def disputes(self, scenario_id: str | None = None, *, learned: bool | None = False) -> list[DisputeRecord]:
        """Findings marked as wrong, oldest first; of one scenario when ``scenario_id`` is given;
        ``learned``: False only those not yet learned, True only learned ones, None all."""
        where, params = [], []
        if scenario_id is not None:
            where.append("s.scenario_id = ?")
            params.append(scenario_id)
        if learned is not None:
            where.append("d.learned IS NOT NULL" if learned else "d.learned IS NULL")
        rows = self._db.execute(
            "SELECT d.*, f.*, t.idx, t.turn_id, t.session_id, s.scenario_id, s.language FROM disputes d"
            " JOIN findings f ON f.id = d.finding_row JOIN turns t ON t.id = f.turn_row"
            " JOIN sessions s ON s.id = t.session_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY d.created, d.finding_row",
            params,
        ).fetchall()
        return [
            DisputeRecord(
                finding_row=row["finding_row"],
                session_id=row["session_id"],
                scenario_id=row["scenario_id"],
                turn_index=row["idx"],
                turn_id=row["turn_id"],
                language=row["language"],
                finding=_finding(row).to_json(),
                reply=row["reply"],
                created=row["created"],
                learned=row["learned"],
                learned_what=json.loads(row["learned_json"]),
            )
            for row in rows
        ]

    @_locked
    def mark_learned(self, finding_row: int, what: Mapping[str, Any]) -> None:
        """Record that a trainer turned this dispute into a phrasing (``what``: phrase, where, file)."""
        with self._transaction() as db:
            cursor = db.execute(
                "UPDATE disputes SET learned = ?, learned_json = ? WHERE finding_row = ?",
                (_iso(now_utc()), _dump(dict(what)), finding_row),
            )
        if cursor.rowcount == 0:
            raise UserError("no finding {finding_row} is marked as wrong in the history", finding_row=finding_row)

    # ---- deleting

    @_locked
    def forget(self, session_id: int) -> None:
        """Delete a session: its recordings (files) first, then its rows. A recording that
        cannot be deleted (read-only folder) stops it with one line, the rows still there, so
        forgetting can be run again once the folder is writable."""
        self._session_row(session_id)
        folder = self.recordings_dir / str(session_id)
        try:
            for path in self._recording_paths("WHERE t.session_id = ?", (session_id,)):
                self._delete_file(path)
            if folder.is_dir() and not folder.is_symlink():
                shutil.rmtree(folder)
        except OSError as error:
            raise UserError(
                "cannot delete the recordings of session {session_id} in {folder} ({error}); make the folder writable and run 'voicecoach forget {session_id}' again",
                session_id=session_id,
                folder=folder,
                error=_reason(error),
            ) from None
        self._forget_pending(session_id)
        with self._transaction() as db:
            db.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        self._checkpoint()

    def _forget_pending(self, session_id: int | None) -> None:
        """Kept turns of a session (all when None) go with it, in memory and on disk."""
        for key in [key for key in self._pending if session_id is None or key[0] == session_id]:
            del self._pending[key]
        if self.pending_dir.is_dir():
            for file in self.pending_dir.glob(f"session-{'*' if session_id is None else session_id}-turn-*.json"):
                file.unlink(missing_ok=True)

    @_locked
    def forget_all(self) -> int:
        """Delete every session and every recording; returns how many sessions there were."""
        count = int(self._db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0])
        try:
            for path in self._recording_paths("", ()):
                self._delete_file(path)
            if self.recordings_dir.is_dir() and not self.recordings_dir.is_symlink():
                shutil.rmtree(self.recordings_dir)
        except OSError as error:
            raise UserError(
                "cannot delete the recordings in {recordings_dir} ({error}); make the folder writable and run 'voicecoach forget --all' again",
                recordings_dir=self.recordings_dir,
                error=_reason(error),
            ) from None
        self._forget_pending(None)
        with self._transaction() as db:
            db.execute("DELETE FROM sessions")
        self._checkpoint()
        self._db.execute("VACUUM")
        return count

    @_locked
    def apply_retention(self, days: int, *, now: datetime | None = None) -> int:
        """Delete recording files older than ``days`` days; scores, transcripts and findings stay.
        Returns the number of files deleted."""
        if days < 1:
            raise UserError("retention_days must be at least 1; fix retention_days in the settings")
        cutoff = _iso((now or now_utc()) - timedelta(days=days))
        rows = self._db.execute(
            "SELECT r.id, r.path, t.session_id FROM recordings r JOIN turns t ON t.id = r.turn_row"
            " WHERE r.deleted IS NULL AND r.created < ?",
            (cutoff,),
        ).fetchall()
        deleted = 0
        sessions = set()
        done = []
        for row in rows:
            try:
                deleted += self._delete_file(Path(row["path"]))
            except OSError as error:  # a read-only folder: this file stays, and is tried again next time
                log.warning("retention could not delete %s: %s", row["path"], error)
                continue
            done.append(row)
            sessions.add(row["session_id"])
        if done:
            with self._transaction() as db:
                db.executemany(
                    "UPDATE recordings SET deleted = ? WHERE id = ?",
                    [(_iso(now or now_utc()), row["id"]) for row in done],
                )
            for session_id in sessions:
                folder = self.recordings_dir / str(session_id)
                with suppress(OSError):
                    if folder.is_dir() and not any(folder.iterdir()):
                        folder.rmdir()
            self._checkpoint()
        return deleted

    def _recording_paths(self, where: str, params: tuple[Any, ...]) -> list[Path]:
        rows = self._db.execute(
            f"SELECT r.path FROM recordings r JOIN turns t ON t.id = r.turn_row {where}", params
        ).fetchall()
        return [Path(row["path"]) for row in rows]

    def _delete_file(self, path: Path) -> int:
        """Delete a recording, but only inside this store's recordings folder (never a user's file)."""
        try:
            inside = path.resolve().is_relative_to(self.recordings_dir.resolve())
        except OSError:
            return 0
        if not inside or not path.is_file():
            return 0
        path.unlink()
        return 1

    def _checkpoint(self) -> None:
        # Deleted rows must not survive in the write-ahead log either.
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # ---- progress

    @_locked
    def progress(self, kind: str | None = "practice", agent: str | None = None) -> Progress:
        """Trends per skill over sessions, recurring findings, best and worst scenarios, and a
        suggestion of what to practise next. Sessions without a judged turn are left out.
        ``kind``/``agent`` as for :meth:`sessions`: practice only by default, so real calls
        never mix into the practice trends; ``agent="A"`` (with kind ``call``): A's real calls."""
        where, params = _session_filter(kind, agent)
        rows = self._db.execute(
            "SELECT f.kind, COUNT(*) AS times, COUNT(DISTINCT t.session_id) AS sessions"
            " FROM findings f JOIN turns t ON t.id = f.turn_row JOIN sessions s ON s.id = t.session_id"
            " WHERE f.severity != 'info' AND f.id NOT IN (SELECT finding_row FROM disputes)"
            # demo calls and retried attempts are not the trainee's practice record
            " AND NOT (json_valid(s.options_json) AND (COALESCE(json_extract(s.options_json, '$.mode'), '') = 'demo'"
            " OR json_type(s.options_json, '$.replaced.\"' || t.idx || '\"') IS NOT NULL))"
            f" AND {where}"
            " GROUP BY f.kind"
            " ORDER BY times DESC, sessions DESC, SUM(f.penalty) DESC, f.kind",
            params,
        ).fetchall()
        recurring = [(row["kind"], int(row["times"]), int(row["sessions"])) for row in rows]
        every = list(reversed(self.sessions(kind, agent)))
        practice = [s for s in every if s.options.get("mode") != "demo"]
        demos = sum(1 for s in every if s.options.get("mode") == "demo" and s.score is not None)
        return progress_of(practice, recurring, demos)


# --------------------------------------------------------------------------- helpers


def _session_filter(kind: str | None, agent: str | None) -> tuple[str, tuple[Any, ...]]:
    """SQL condition on sessions ``s`` for :meth:`Store.sessions` and :meth:`Store.progress`."""
    if kind is not None and kind not in SESSION_KINDS:
        raise ValueError(f"kind must be one of {SESSION_KINDS} or None, not {kind!r}")
    parts, params = ["1"], []
    if kind is not None:
        parts.append("s.kind = ?")
        params.append(kind)
    if agent is not None:
        parts.append("s.agent = ?")
        params.append(agent)
    return " AND ".join(parts), tuple(params)


def _pending_turn(
    session_id: int, index: int, result: TurnResult, started: datetime | None, files: Mapping[str, Path]
) -> PendingTurn:
    """The rows of one judged turn (``add_turn``, and each exchange of ``add_call``)."""
    data = result.to_json()
    return PendingTurn(
        session_id=session_id,
        index=index,
        turn_id=result.turn_id,
        started=_iso(started or now_utc()) or "",
        score=int(result.score.total),
        skills_json=_dump({"skills": result.score.skills, "weights": result.score.weights}),
        metrics_json=_dump(data["metrics"]),
        transcript_json=_dump(data["transcript"]),
        timeline_json=_dump(result.turn.to_json()),
        result_json=_dump(data),
        findings=tuple(
            (f.kind, f.start, f.end, f.severity, f.message, f.tip, f.skill, f.penalty, _dump(f.evidence))
            for f in result.findings
        ),
        recordings=tuple((side, str(path), _size(path)) for side, path in files.items()),
    )


def _summary(row: sqlite3.Row) -> SessionSummary:
    """A session row as a summary; ``BadRow`` when its JSON or score is damaged."""
    score = row["total_score"]
    if score is not None and not _is_number(score):
        raise BadRow(f"score {score!r} is not a number")
    return SessionSummary(
        id=row["id"],
        scenario_id=row["scenario_id"],
        title=row["title"],
        language=row["language"],
        started=row["started"],
        ended=row["ended"],
        app_version=row["app_version"],
        options=_json_object(row["options_json"], "options"),
        score=score,
        skills=_skills(_json_object(row["skills_json"], "skills")),
        status=row["status"],
        turns=int(row["turn_count"]) - len(_replaced(_json_object(row["options_json"], "options"))),
    )


def _replaced(options: dict[str, Any]) -> dict[int, int | None]:
    """The session's retried turns, ``{index: index of the retry}`` (``Store.mark_replaced``)."""
    marks = options.get("replaced")
    if not isinstance(marks, dict):
        return {}
    return {int(k): (int(v) if isinstance(v, int) else None) for k, v in marks.items() if str(k).isdigit()}


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _json_object(text: Any, what: str) -> dict[str, Any]:
    """A JSON object column; ``BadRow`` when it is not one."""
    try:
        value = json.loads(text)
    except (TypeError, ValueError) as error:
        raise BadRow(f"{what} is not valid JSON ({error})") from None
    if not isinstance(value, dict):
        raise BadRow(f"{what} is not a JSON object")
    return value


def _skills(value: Any) -> dict[str, float]:
    """A ``{skill: number}`` mapping; ``BadRow`` when a value is not a number."""
    if not isinstance(value, dict):
        raise BadRow("skills are not a JSON object")
    for skill, number in value.items():
        if not _is_number(number):
            raise BadRow(f"skill {skill} has {number!r}, not a number")
    return dict(value)


def _writable(path: Path) -> bool:
    """Can this process write the database and create its journal files beside it?"""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that checks the file: ``mode=ro``, or ``immutable=1`` where the
    WAL's shared-memory file cannot be created (a read-only folder). Raises sqlite3 errors."""
    for flags in ("mode=ro", "mode=ro&immutable=1"):
        db = sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True, check_same_thread=False)
        db.row_factory = sqlite3.Row
        try:
            db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            if version != SCHEMA_VERSION:
                db.close()
                raise UserError(
                    "the history at {path} is read-only and has schema {version}, not {SCHEMA_VERSION}; make the file and its folder writable (chmod u+w '{path}' '{parent}') to update it",
                    path=path,
                    version=version,
                    SCHEMA_VERSION=SCHEMA_VERSION,
                    parent=path.parent,
                )
            return db
        except sqlite3.OperationalError as error:
            db.close()
            if fault_of(error) == "damaged" or flags.endswith("immutable=1"):
                raise
        except sqlite3.DatabaseError:
            db.close()
            raise
    raise AssertionError("unreachable")


def _nearly_full(folder: Path) -> bool:
    """Less than 1 MiB free where ``folder`` is (or its nearest existing parent)."""
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < 1 << 20
    except OSError:
        return False


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _reason(error: BaseException) -> str:
    """An error in a few words for a note: ``No space left on device``, ``database is locked``."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error).splitlines()[0] if str(error) else type(error).__name__


def _finding(row: sqlite3.Row) -> Finding:
    """A finding row back as a core :class:`Finding` (its JSON form, evidence decoded)."""
    return Finding.from_json({**dict(row), "evidence": json.loads(row["evidence_json"])})


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=_json_default)


def _json_default(value: Any) -> Any:
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    if hasattr(value, "tolist"):
        return value.tolist()
    raise TypeError(f"cannot store {type(value).__name__} in the history")


def _write_audio(path: Path, samples: Any, rate: int) -> None:
    write_audio(path, samples, rate)
