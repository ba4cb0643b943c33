"""Textual messages that thread workers and the call engine post to the screens.

One small dataclass per message (the UI thread never waits; a worker reports back only by
posting one of these). They are Textual ``Message`` subclasses, which Textual itself marks as
handled or stopped, so they cannot be frozen dataclasses: treat their fields as read-only.
A failed job carries ``error``: one line with the fix, and its other fields stay ``None``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from textual.message import Message

from voicecoach.tui.base import CallRequest

if TYPE_CHECKING:
    from voicecoach.adapters.library import LoadedScenario
    from voicecoach.adapters.store import SessionRecord
    from voicecoach.core.progress import Progress, SessionSummary
    from voicecoach.core.result import TurnResult
    from voicecoach.live.events import CallEvent


@dataclass
class EngineEvent(Message):
    """One event of the call engine (``voicecoach.live.events``), posted from its thread."""

    event: CallEvent


@dataclass
class CallFailed(Message):
    """The call could not start or stopped with an error; ``text`` is one line with the fix."""

    text: str
    #: True when turns were judged (and recorded) before it stopped.
    recorded: bool = False


@dataclass
class CallAgain(Message):
    """The summary asks for the same call once more (the app replaces the summary by it)."""

    request: CallRequest


@dataclass
class LevelUpdate(Message):
    """A microphone level for a meter outside a call (headset check, trainer recording)."""

    #: The level as the recorder reports it (RMS of the last block).
    db: float


@dataclass
class HeadsetChecked(Message):
    """The headset check finished: its report (``GuidedCheck``) or ``error``."""

    report: Any = None
    error: str | None = None


@dataclass
class HeadsetProgress(Message):
    """Where the guided headset check is (``headset_check.CheckProgress``: phase, level, seconds left)."""

    progress: Any


@dataclass
class PlaybackDone(Message):
    """A recording played to its end or was stopped; ``error`` when it could not play."""

    error: str | None = None


@dataclass
class FilesJudged(Message):
    """File mode judged two recordings: the turn's result and what it was asked with."""

    result: TurnResult | None = None
    customer: Path | None = None
    trainee: Path | None = None
    scenario: LoadedScenario | None = None
    #: The turn number asked for (1-based), None for "the whole file".
    turn: int | None = None
    error: str | None = None


@dataclass
class ProgressLoaded(Message):
    """The progress screen's data: the analysis and the latest sessions, or ``error``."""

    progress: Progress | None = None
    sessions: list[SessionSummary] | None = None
    error: str | None = None
    #: The agents with real calls in the history, (name, calls), by name.
    agents: list[tuple[str, int]] | None = None


@dataclass
class SessionLoaded(Message):
    """One saved session, read for review, or ``error``."""

    record: SessionRecord | None = None
    error: str | None = None


@dataclass
class RecordingStarted(Message):
    """The trainer's line recorder is running (``recorder``: has ``stop()``), or ``error``."""

    recorder: Any = None
    error: str | None = None


@dataclass
class RecordingStopped(Message):
    """The trainer's take: mono float32 ``samples`` at ``rate`` Hz, or ``error``."""

    samples: np.ndarray | None = None
    rate: int = 0
    error: str | None = None


@dataclass
class LineSaved(Message):
    """A kept take was written for turn ``index`` (0-based) to ``path``, or ``error``."""

    index: int = 0
    path: Path | None = None
    error: str | None = None
    #: The scenario the take went into when it is not the one recorded from (a copy in the
    #: user's library, or a single file made a folder); None: the same.
    moved_to: LoadedScenario | None = None
