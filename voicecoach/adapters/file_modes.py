"""The mode a new file gets from the user's umask (files written through a temporary file).

``tempfile.mkstemp`` creates its file with mode 0600 whatever the umask, so a scenario or a
recorded line written through it and renamed into place was readable by its owner only, where
``open()`` would have given 0644 (umask 022) or 0664 (umask 002) and a trainer's colleagues in
the same group could read the library. :func:`chmod_like_open` gives the file the mode ``open()``
would have.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

_lock = threading.Lock()


def current_umask() -> int:
    """The process's umask. Linux says it in /proc/self/status (no change needed to read it);
    elsewhere it is set and set back under a lock."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    with _lock:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def chmod_like_open(path: str | os.PathLike[str]) -> None:
    """Give ``path`` the mode ``open()`` gives a new file: 0o666 without the umask's bits."""
    os.chmod(path, 0o666 & ~current_umask())
