"""``adapters/parquet_files``: rows written atomically to Parquet (real pyarrow) and read back."""

from __future__ import annotations

from pathlib import Path

import pytest

from voicecoach.adapters import parquet_files

COLUMNS = {"name": "str", "n": "int", "x": "float", "ok": "bool", "metrics": "map"}


def test_rows_round_trip_with_nulls_and_a_map(tmp_path: Path) -> None:
    rows = [
        {"name": "a", "n": 1, "x": 0.5, "ok": True, "metrics": {"talk_ratio": 0.4, "patience": None}},
        {"name": "b"},
    ]
    parquet_files.write_rows(tmp_path / "t.parquet", rows, COLUMNS)
    back = parquet_files.read_rows([tmp_path / "t.parquet"])
    assert back == [
        {"name": "a", "n": 1, "x": 0.5, "ok": True, "metrics": {"talk_ratio": 0.4}},
        {"name": "b", "n": None, "x": None, "ok": None, "metrics": None},
    ]
    assert list(tmp_path.iterdir()) == [tmp_path / "t.parquet"]  # no temporary file left


def test_a_failed_write_leaves_the_old_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "t.parquet"
    parquet_files.write_rows(target, [{"name": "old", "n": 1}], COLUMNS)
    with pytest.raises(Exception):  # noqa: B017 - pyarrow's type error: a string where an int belongs
        parquet_files.write_rows(target, [{"name": "new", "n": "not a number"}], COLUMNS)
    assert parquet_files.read_rows([target])[0]["name"] == "old"
    assert list(tmp_path.iterdir()) == [target]
