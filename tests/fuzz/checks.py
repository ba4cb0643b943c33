"""What every fuzzed input must give: a result, or a UserError of one line; never anything else."""

from __future__ import annotations

import contextlib
import io
import time
from collections.abc import Callable
from typing import TypeVar

from voicecoach.cli import main
from voicecoach.core.errors import UserError

T = TypeVar("T")


#: CPU seconds one call may take. Every input here is small (at most a few MB); the hangs of
#: issue 13 took minutes. CPU time, not wall time: the machine running the suite may be busy.
CPU_LIMIT_S = 5.0


def result_or_one_line(call: Callable[[], T]) -> T | UserError:
    """``call()``; a UserError is returned after checking it is one non-empty line. Any other
    exception propagates, so hypothesis reports the input that caused it; a call that takes more
    than ``CPU_LIMIT_S`` of CPU fails too."""
    start = time.process_time()
    try:
        return call()
    except UserError as error:
        text = str(error)
        assert text.strip() and "\n" not in text and "\r" not in text, repr(text)
        assert "Traceback" not in text
        return error
    finally:
        spent = time.process_time() - start
        assert spent < CPU_LIMIT_S, f"took {spent:.1f} s of CPU"


def cli(*argv: str) -> tuple[int, str, str]:
    """``voicecoach ARGV`` in this process: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()
