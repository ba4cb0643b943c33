"""``--lang`` works after the command too: a trainer wrote ``voicecoach judge ... --lang de`` and
got argparse's English "unrecognized arguments" (issue 10's new-user trial)."""

from __future__ import annotations

import pytest

from voicecoach.cli import main, take_language


@pytest.mark.parametrize(
    ("argv", "language", "rest"),
    [
        (["--lang", "de", "judge", "x"], "de", ["judge", "x"]),
        (["judge", "x", "--lang", "de"], "de", ["judge", "x"]),
        (["judge", "x", "--lang=en", "--turn", "2"], "en", ["judge", "x", "--turn", "2"]),
        (["judge", "x", "--lang", "deutsch"], "de", ["judge", "x"]),
        (["judge", "x", "--", "--lang", "de"], None, ["judge", "x", "--", "--lang", "de"]),
        (["judge", "x"], None, ["judge", "x"]),
    ],
)
def test_lang_is_taken_before_or_after_the_command(argv: list[str], language: str | None, rest: list[str]) -> None:
    assert take_language(argv) == (language, rest)


def test_judge_speaks_german_with_lang_after_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["judge", "late-delivery-de", "--turn", "1", "--text", "Das tut mir leid.", "--lang", "de"])
    out = capsys.readouterr().out
    assert code == 0 and "Punkte:" in out and "Score:" not in out, out
