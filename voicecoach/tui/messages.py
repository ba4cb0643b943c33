"""Small Textual messages that thread workers post to the screens (the UI thread never waits)."""

from __future__ import annotations

from typing import Any

from textual.message import Message


class EngineEvent(Message):
    """One event of the call engine (``voicecoach.live.events``), posted from its thread."""

    def __init__(self, event: Any) -> None:
        super().__init__()
        self.event = event


class CallFailed(Message):
    """The call could not start or stopped with an error; ``text`` is one line with the fix."""

    def __init__(self, text: str, *, recorded: bool = False) -> None:
        super().__init__()
        self.text = text
        self.recorded = recorded


class WorkDone(Message):
    """A background job of a screen finished (``result``) or failed (``error``: one line)."""

    def __init__(self, job: str, result: Any = None, error: str | None = None) -> None:
        super().__init__()
        self.job = job
        self.result = result
        self.error = error


class LevelUpdate(Message):
    """A microphone level for a meter outside a call (headset check, trainer recording)."""

    def __init__(self, db: float) -> None:
        super().__init__()
        self.db = db
