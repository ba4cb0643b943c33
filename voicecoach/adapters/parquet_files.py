"""Parquet tables written atomically and read back, for ``voicecoach batch``'s results.

The only module that imports ``pyarrow`` (lazily, with the install hint). A table is written to
a temporary file beside its target, flushed to disk and renamed over it, so a reader (or a run
killed mid-write) sees either the old file or the new one whole, never half of one.

Column types are given by name (:data:`TYPES`): ``str``, ``int``, ``float``, ``bool``, and
``map`` (string keys to float values: a call's metrics, queryable as a Parquet MAP).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from voicecoach.core.errors import UserError

INSTALL_HINT = "pip install 'voicecoach[batch]' (or: pip install pyarrow), or run scripts/setup.sh"
#: Column type names this module knows.
TYPES = ("str", "int", "float", "bool", "map")


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise UserError("Parquet results need pyarrow; install it with: {hint}", hint=INSTALL_HINT) from None
    return pa, pq


def schema(columns: Mapping[str, str]) -> Any:
    """A ``pyarrow.Schema`` for ``{name: type name}`` (:data:`TYPES`)."""
    pa, _ = _pyarrow()
    kinds = {
        "str": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "map": pa.map_(pa.string(), pa.float64()),
    }
    return pa.schema([(name, kinds[kind]) for name, kind in columns.items()])


def write_rows(path: Path, rows: Sequence[Mapping[str, Any]], columns: Mapping[str, str]) -> None:
    """Write ``rows`` (dicts; a missing key is null) as the Parquet file ``path``, atomically
    (temporary file, fsync, rename). A ``map`` value is a dict; its None values are left out."""
    pa, pq = _pyarrow()
    data: dict[str, list[Any]] = {name: [] for name in columns}
    for row in rows:
        for name, kind in columns.items():
            value = row.get(name)
            if kind == "map" and value is not None:
                value = [(str(k), float(v)) for k, v in value.items() if v is not None]
            data[name].append(value)
    table = pa.table(data, schema=schema(columns))
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        pq.write_table(table, temporary, compression="zstd")
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    finally:
        if temporary.exists():
            temporary.unlink()
    _sync_folder(path.parent)


def read_rows(paths: Iterable[Path]) -> list[dict[str, Any]]:
    """Every row of the Parquet files ``paths`` as dicts (a ``map`` column as a dict). A file that
    cannot be read (cut short by a crash of another program) raises ``OSError``/``ValueError``."""
    _, pq = _pyarrow()
    rows: list[dict[str, Any]] = []
    for path in paths:
        table = pq.read_table(path)
        for row in table.to_pylist():
            rows.append({key: dict(value) if isinstance(value, list) and _is_pairs(value) else value
                         for key, value in row.items()})  # fmt: skip
    return rows


def _is_pairs(value: list[Any]) -> bool:
    return all(isinstance(item, tuple) and len(item) == 2 for item in value)


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; a no-op where folders cannot be opened)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


__all__ = ["INSTALL_HINT", "TYPES", "read_rows", "schema", "write_rows"]
