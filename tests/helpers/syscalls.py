"""Run a command under ``strace`` and list the internet traffic it attempted, at the system-call
level: what native libraries (onnxruntime, tokenizers, CTranslate2, libc's resolver) do is seen
as well as what Python does.

``strace -f -e trace=network`` records every socket call of the process and its threads and
children. A line is internet traffic when it names ``AF_INET``/``AF_INET6`` (a socket created,
connected, sent to or received from) or connects to the name service cache daemon (a host-name
lookup that never opens an inet socket itself).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

_INET = re.compile(r"\bAF_INET6?\b")
_NSCD = re.compile(r"connect\(.*AF_UNIX.*nscd")


@dataclass(frozen=True)
class Traced:
    """A finished command: its exit code, output, and the internet lines of its trace."""

    returncode: int
    stdout: str
    stderr: str
    inet: tuple[str, ...]
    """Trace lines with internet traffic (``socket(AF_INET...``, ``connect(... AF_INET6 ...``, nscd)."""
    calls: int
    """All network system calls traced (any family, e.g. PulseAudio's AF_UNIX), for the report."""


def strace_path() -> str:
    """The strace binary; a clear failure when it is missing (``scripts/setup.sh --test`` installs it)."""
    found = shutil.which("strace")
    if found is None:
        raise RuntimeError("strace is not installed; run scripts/setup.sh --test (or apt-get install strace)")
    return found


def inet_lines(trace: str) -> tuple[str, ...]:
    """The lines of an ``strace -e trace=network`` log that show internet traffic."""
    return tuple(line for line in trace.splitlines() if _INET.search(line) or _NSCD.search(line))


def run_traced(
    argv: Sequence[str], log: Path, *, env: Mapping[str, str], timeout: float, cwd: Path | None = None
) -> Traced:
    """Run ``argv`` under ``strace -f -e trace=network``, writing the trace to ``log``."""
    command = [strace_path(), "-f", "-qq", "-e", "trace=network", "-o", str(log), *argv]
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=dict(env), cwd=cwd)
    trace = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    return Traced(
        returncode=result.returncode,
        stdout=result.stdout,
        stderr=result.stderr,
        inet=inet_lines(trace),
        calls=len(trace.splitlines()),
    )
