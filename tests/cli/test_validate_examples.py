"""`scenarios validate` warns when a turn's own example is judged a fault (a trainer-helper: two
of its model replies scored 70 and nothing said so before the rollout). A warning only: the file
stays valid, exit 0."""

from __future__ import annotations

from pathlib import Path

import pytest

from voicecoach.cli import main

SCENARIO = """\
id: example-check-{language}
title: Test
language: {language}
theme: complaint
{address}brief:
  situation: A test.
  goal: Pass.
persona:
  name: {name}
  gender: female
  mood: angry
turns:
  - id: when
    say: {say}
    emotion: angry
    example: {example}
"""
CASES = {
    "de": {
        "name": "Frau Keller",
        "address": "address: sie\n",
        "say": "Seit einer Woche warte ich, das ist unverschämt! Wann kommt der Techniker?",
        "good": "Das tut mir wirklich leid, Frau Keller. Der Techniker kommt morgen um 9 Uhr.",
        "bare": "Der Techniker kommt morgen um 9 Uhr.",
        "warned": "Schritt 1: das eigene Beispiel bekommt „Gefühl übergangen“ (70/100)",
    },
    "en": {
        "name": "Mrs Keller",
        "address": "",
        "say": "I've waited a week, this is outrageous! When is the engineer coming?",
        "good": "I'm really sorry, Mrs Keller. The engineer will be with you tomorrow at 9.",
        "bare": "The engineer will be with you tomorrow at 9.",
        "warned": 'turn 1: its own example is judged "Feeling passed over" (70/100)',
    },
}


def _file(tmp_path: Path, language: str, example: str) -> Path:
    case = CASES[language]
    path = tmp_path / f"example-check-{language}.yaml"
    text = SCENARIO.format(language=language, example=example, **{k: case[k] for k in ("name", "address", "say")})
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("language", ["de", "en"])
def test_an_example_judged_a_fault_is_warned_about(
    tmp_path: Path, language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(tmp_path, language, CASES[language]["bare"])
    assert main(["--lang", language, "scenarios", "validate", str(path)]) == 0  # still valid
    out = capsys.readouterr().out
    assert f"{path}: {CASES[language]['warned']}" in out, out
    assert f"voicecoach judge {path} --turn 1 --text" in out


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_good_example_and_the_shipped_scenarios_give_no_warning(
    tmp_path: Path, language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(tmp_path, language, CASES[language]["good"])
    assert main(["--lang", language, "scenarios", "validate", str(path), "scenarios"]) == 0
    assert capsys.readouterr().out == ""
