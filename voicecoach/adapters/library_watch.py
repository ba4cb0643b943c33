"""A cheap fingerprint of the scenario library, so the app notices a scenario created, changed
or removed while it runs (by ``voicecoach scenarios new``, an editor, an unpacked library).

No watcher thread and no extra dependency: :func:`library_stamp` lists the scenario files and
their sizes and modification times (one ``stat`` each; a library of a hundred files takes about a
millisecond), and the library screen compares it every few seconds and when it comes back on top.
"""

from __future__ import annotations

from pathlib import Path

from voicecoach.adapters.library import scenario_dirs, scenario_files

#: What :func:`library_stamp` returns: (path, size, mtime in ns) per file, folders' own mtimes.
Stamp = tuple[tuple[str, int, int], ...]


def library_stamp(extra: list[Path] | None = None) -> Stamp:
    """The library's files with size and mtime, and each library folder's mtime (a file added to
    a folder changes the folder's). Unreadable entries are left out (load_library reports them)."""
    entries: list[tuple[str, int, int]] = []
    dirs = scenario_dirs(extra)
    for folder in dirs:
        try:
            entries.append((str(folder), -1, folder.stat().st_mtime_ns))
        except OSError:
            continue
    for path in scenario_files(dirs, skipped=[]):
        try:
            info = path.stat()
        except OSError:
            continue
        entries.append((str(path), info.st_size, info.st_mtime_ns))
    return tuple(sorted(entries))
