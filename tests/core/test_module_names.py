"""No module of voicecoach binds the same top-level name twice.

A second ``_ONCE = ...`` further down a long module silently replaces the first at import, so
the functions written against the first run with other words (it happened three times in
grammar.py, time_fit.py and pushed_after_no.py; ruff does not report it).
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import voicecoach

_MODULES = sorted(Path(voicecoach.__file__).parent.rglob("*.py"))


def _bound_twice(path: Path) -> list[str]:
    """Top-level names assigned or defined more than once in ``path`` (an ``if``/``try`` branch
    that defines a fallback is a different statement and not counted)."""
    counts: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            counts.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            counts[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            counts[node.name] += 1
    return sorted(name for name, n in counts.items() if n > 1 and name != "__all__")


def test_modules_were_found() -> None:
    assert len(_MODULES) > 50


@pytest.mark.parametrize("path", _MODULES, ids=lambda p: str(p.relative_to(Path(voicecoach.__file__).parent)))
def test_no_top_level_name_bound_twice(path: Path) -> None:
    assert _bound_twice(path) == []
