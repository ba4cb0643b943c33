"""Run a command as an ordinary user would, so file permissions really refuse.

root reads and writes every file whatever its mode (the capabilities CAP_DAC_OVERRIDE and
CAP_DAC_READ_SEARCH). Under root the command runs with those two taken away by ``setpriv``
(util-linux), still as root, so it finds its Python under /root but a ``chmod 000`` folder or a
read-only folder refuses it as it refuses a user. Not root: the command runs as it is.
"""

from __future__ import annotations

import os
import shutil

import pytest


def as_ordinary_user(argv: list[str]) -> list[str]:
    """``argv`` prefixed so that file permissions apply; skips the test when that is impossible."""
    if os.geteuid() != 0:
        return argv
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv (util-linux): file permissions cannot refuse")
    return [setpriv, "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search", *argv]
