"""``voicecoach call`` prints the engine's notes (the demo's sound) as one progress line on
stderr; a note is no problem (the exit code stays 0)."""

from __future__ import annotations

import pytest

from voicecoach.commands.call import _Printer
from voicecoach.live import events as ev


@pytest.mark.parametrize("quiet", [False, True])
def test_a_notice_is_a_note_line_on_stderr_and_no_problem(capsys: pytest.CaptureFixture[str], quiet: bool) -> None:
    printer = _Printer(json_lines=True, quiet=quiet, language="en")
    printer(
        ev.Notice("the demo is silent: no speaker or headphones found", "demo_silent", "no speaker or headphones found")
    )

    out, err = capsys.readouterr()
    assert out == ""
    assert err == ("" if quiet else "voicecoach: note: the demo is silent: no speaker or headphones found\n")
    assert printer.problem is None
