"""Real storage faults for tests: a history locked by another process, a read-only folder, a
nearly full disk. Each is the real thing (another process's SQLite lock, a read-only or tiny
tmpfs mounted over a folder), not a patched function.

Mounting needs root (CAP_SYS_ADMIN); as root, permission bits do not stop writes, so a
read-only folder is a read-only mount there and a ``chmod 555`` folder otherwise.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

_LOCKER = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
db.execute("BEGIN EXCLUSIVE")
db.execute("UPDATE sessions SET title = title")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
db.execute("COMMIT")
db.close()
"""


@contextmanager
def locked_by_another_process(path: Path, seconds: float) -> Iterator[subprocess.Popen[str]]:
    """Another process holds the SQLite database at ``path`` locked for writing for ``seconds``
    (like a database browser with unsaved changes; in WAL mode readers still read). Yields once
    the lock is held; the process is ended on leaving."""
    process = subprocess.Popen(
        [sys.executable, "-c", _LOCKER, str(path), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "locked", "the locking process did not start"
        yield process
    finally:
        if process.poll() is None:
            process.terminate()
        process.wait(timeout=30)


def _mount(*args: str) -> None:
    result = subprocess.run(["mount", *args], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a test file system here ({result.stderr.strip()}); needs root with CAP_SYS_ADMIN")


@contextmanager
def read_only_folder(folder: Path) -> Iterator[Path]:
    """``folder`` (created) cannot be written: a read-only tmpfs over it as root, else mode 555."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        _mount("-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(folder))
        try:
            yield folder
        finally:
            subprocess.run(["umount", str(folder)], check=True)
    else:
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)


@contextmanager
def small_disk(folder: Path, size_kib: int) -> Iterator[Path]:
    """A tmpfs of ``size_kib`` KiB mounted at ``folder`` (root only; skipped otherwise)."""
    if os.geteuid() != 0:
        pytest.skip("a small disk needs root to mount a tmpfs")
    folder.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(folder))
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def fill(folder: Path, leave_bytes: int = 0) -> Path:
    """Fill the file system of ``folder`` up to ``leave_bytes`` free; returns the filler file."""
    filler = folder / "filler"
    with open(filler, "wb") as out:
        while True:
            free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
            if free <= leave_bytes:
                break
            try:
                out.write(b"\0" * min(4096, free - leave_bytes))
                out.flush()
            except OSError:
                break
    return filler


@contextmanager
def made_read_only(folder: Path) -> Iterator[Path]:
    """``folder`` and what is in it become read-only, contents kept: a read-only bind mount of
    it over itself as root, else mode 555 on the folder and 444 on its files."""
    if os.geteuid() == 0:
        _mount("--bind", str(folder), str(folder))
        try:
            _mount("-o", "remount,bind,ro", str(folder))
            yield folder
        finally:
            subprocess.run(["umount", str(folder)], check=True)
    else:
        files = [p for p in folder.iterdir() if p.is_file()]
        for file in files:
            file.chmod(0o444)
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)
            for file in files:
                file.chmod(0o644)
