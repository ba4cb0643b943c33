"""Keep C libraries from writing over the screen.

ALSA and PortAudio print warnings ("underrun occurred", "Unknown PCM ...") straight to file
descriptor 2, which is also the terminal Textual draws on; each such line tears the layout.
While the app runs, descriptor 2 goes to a log file and Textual gets a private duplicate of the
terminal instead.
"""

from __future__ import annotations

import io
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def native_stderr_to(log_path: Path) -> Iterator[None]:
    original = sys.__stderr__
    if original is None or not original.isatty():
        yield
        return
    try:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        log_fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    except OSError:
        yield  # no place for the log: leave the terminal as it is
        return
    original.flush()
    terminal_fd = os.dup(2)
    terminal = io.TextIOWrapper(
        io.FileIO(terminal_fd, "w", closefd=True),
        encoding=original.encoding or "utf-8",
        errors="backslashreplace",
        line_buffering=True,
    )
    os.dup2(log_fd, 2)
    os.close(log_fd)
    sys.__stderr__ = terminal  # Textual's Linux driver writes to sys.__stderr__
    try:
        yield
    finally:
        terminal.flush()
        os.dup2(terminal.fileno(), 2)
        sys.__stderr__ = original
        terminal.close()


@contextmanager
def python_log_to(log_path: Path, level: int = logging.INFO) -> Iterator[Path | None]:
    """Our loggers (``voicecoach.*``) write to ``log_path`` while the app runs (the tracebacks
    of errors the app reports in one line on screen); yields the path, or None when it cannot
    be written (then nothing changes)."""
    try:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(log_path, encoding="utf-8")
    except OSError:
        yield None
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("voicecoach")
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(min(level, old_level) if old_level else level)
    try:
        yield log_path
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
        handler.close()
