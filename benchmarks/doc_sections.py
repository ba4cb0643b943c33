"""docs/benchmarks.md is one file of sections ("## Live latency", ...), each written by its
benchmark: ``write_section`` replaces one and keeps the others."""

from __future__ import annotations

from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"


def replace_section(document: str, heading: str, text: str) -> str:
    """``document`` with the section under ``heading`` (a "## " line, up to the next one) replaced
    by ``text``, which starts with that heading; appended when there is none."""
    lines = document.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.rstrip() == heading), None)
    if start is None:
        return document.rstrip("\n") + "\n\n" + text
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    tail = "".join(lines[end:])
    return "".join(lines[:start]) + text + ("\n" + tail if tail else "")


def write_section(heading: str, text: str, path: Path = DOC) -> None:
    """Replace (or add) the section under ``heading`` of ``path``."""
    old = path.read_text(encoding="utf-8") if path.is_file() else "# Benchmarks\n"
    path.write_text(replace_section(old, heading, text), encoding="utf-8")
