"""``voicecoach judge``: a typed reply judged with no audio; bad input is one line and exit 2."""

from __future__ import annotations

import json

import pytest

from voicecoach.cli import main


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_good_reply_has_no_content_finding(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(
        capsys,
        "judge",
        "late-delivery-en",
        "--turn",
        "1",
        "--json",
        "--text",
        "I'm so sorry about that. Let me check your order right away, I'll look into it now.",
    )
    assert code == 0
    result = json.loads(out)
    assert result["scenario"] == "late-delivery-en"
    assert [f for f in result["findings"] if f["penalty"] > 0] == []
    assert result["score"]["total"] == 100


def test_a_missed_point_is_reported_with_the_score(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "judge", "late-delivery-en", "--turn", "1", "--text", "Okay. Anything else?")
    assert code == 0
    assert "Key point not heard" in out  # the finding's name, in the command line's language
    assert "Not listening" not in out  # a point not heard is not "did not listen": it may be in other words
    assert "Score:" in out


def test_german_separable_verb_counts(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(
        capsys,
        "judge",
        "late-delivery-de",
        "--turn",
        "1",
        "--json",
        "--text",
        "Das tut mir wirklich leid, Frau Keller. Ich sehe mir Ihre Bestellung sofort an und kümmere mich darum.",
    )
    assert code == 0
    missed = [f for f in json.loads(out)["findings"] if f["evidence"].get("reason") == "missed_point"]
    assert missed == [], missed


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (("judge", "no-such-scenario", "--turn", "1", "--text", "Hallo"), "unknown scenario"),
        (("judge", "late-delivery-en", "--turn", "99", "--text", "Hello"), "out of range"),
        (("judge", "late-delivery-en", "--turn", "nope", "--text", "Hello"), "not a turn"),
        (("judge", "late-delivery-en", "--turn", "1", "--text", "  "), "empty"),
    ],
)
def test_bad_scenario_or_turn_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str], argv, says) -> None:  # noqa: ANN001
    code, out, err = run_cli(capsys, *argv)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and says in err


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_reply_full_of_fillers_is_judged_not_a_traceback(capsys: pytest.CaptureFixture[str], language: str) -> None:
    """The fillers finding's evidence holds a count under "words", not the words said: it crashed
    the text output (a German user's first try with 'Ähm, also, ähm')."""
    text = (
        "Ähm, also, ähm, ja, das ist halt so, da können wir nichts machen."
        if language == "de"
        else "Um, so, um, like, uh, that's just how it is, there's nothing we can do."
    )
    scenario = "late-delivery-de" if language == "de" else "late-delivery-en"
    code = main(["--lang", language, "judge", scenario, "--turn", "1", "--text", text])
    out, err = capsys.readouterr()
    assert code == 0 and "Traceback" not in err, err
    assert ("Füllwörter" if language == "de" else "Filler") in out
