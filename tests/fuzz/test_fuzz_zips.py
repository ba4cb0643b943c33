"""Zips of random members, names, sizes and methods, whole or damaged: ``unpack`` installs or
refuses in one line; nothing is written outside the target, no staging folder stays behind,
and a refused zip leaves a new target folder uncreated."""

from __future__ import annotations

import tempfile
import warnings
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz.checks import result_or_one_line
from tests.fuzz.strategies import damaged, members, zip_bytes
from voicecoach.adapters.library_files import STAGING_PREFIX, unpack


def check_unpack(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        archive = root / "team.zip"
        archive.write_bytes(raw)
        into = root / "target"
        result = result_or_one_line(lambda: unpack(archive, into))
        assert sorted(p.name for p in root.iterdir()) == (["target", "team.zip"] if into.exists() else ["team.zip"])
        if isinstance(result, list):
            assert result and all(path.parent == into for path in result)
        else:
            assert not into.exists(), "a refused zip must leave nothing"
        if into.exists():
            assert not any(child.name.startswith(STAGING_PREFIX) for child in into.iterdir())


@given(entries=members)
def test_any_zip_is_installed_or_refused_in_one_line(entries: list[tuple[str, bytes, int]]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name" is one of the inputs
        raw = zip_bytes(entries)
    check_unpack(raw)


@given(data=st.data(), entries=members)
def test_a_damaged_zip_is_refused_in_one_line(data: st.DataObject, entries: list[tuple[str, bytes, int]]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        raw = zip_bytes(entries)
    check_unpack(data.draw(damaged(raw)))
