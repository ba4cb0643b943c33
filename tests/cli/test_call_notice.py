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


def test_you_speak_is_said_once_per_turn_not_per_pause(capsys: pytest.CaptureFixture[str]) -> None:
    """A reply with pauses opened a speech segment per pause and printed "Sie sprechen ab" four
    times in one turn (a German first-time user's demo call)."""
    printer = _Printer(json_lines=False, quiet=False, language="en")
    for turn in ("one", "two"):
        printer(ev.CustomerSpeaking(turn, "Hello?", duration=1.0))
        for time in (1.5, 3.2, 5.0):
            printer(ev.TraineeSpeaking(time))
    err = capsys.readouterr().err
    assert err.count("you speak at") == 2 and "you speak at 1.50 s" in err
