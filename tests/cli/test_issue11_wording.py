"""German that reads like German (issue 11), from a fresh German tester's list: a finding that
takes points off every skill is named in the UI language, a timeline's scale is said exactly, the
report's line-end mark names the persona's form, the call's result line says "100 Punkte", and a
penalty is said once ("25 Punkte Abzug", not "−25 Punkte Abzug")."""

from __future__ import annotations

import pytest

from voicecoach import report
from voicecoach.commands.analyze import _step_said
from voicecoach.core.words import say, skill_name
from voicecoach.core.words.command_line import CALL


@pytest.mark.parametrize(("language", "name"), [("de", "Alle Bereiche"), ("en", "Every skill")])
def test_the_skill_of_no_reply_is_named(language: str, name: str) -> None:
    assert skill_name("all", language) == name


@pytest.mark.parametrize(("step", "language", "said"), [(0.25, "de", "0,25"), (0.25, "en", "0.25"), (2.0, "de", "2")])
def test_a_timeline_scale_is_said_as_it_is(step: float, language: str, said: str) -> None:
    assert _step_said(step, language) == said


@pytest.mark.parametrize(
    ("persona", "said"),
    [
        ({"name": "Frau Keller", "gender": "female"}, "Satzende der Kundin"),
        ({"name": "Herr Becker", "gender": "male"}, "Satzende des Kunden"),
        ({"name": "Alex Kim", "gender": None}, "Satzende Ihres Gegenübers"),
        (None, "Satzende Ihres Gegenübers"),
    ],
)
def test_the_line_end_mark_names_the_persona(persona: dict | None, said: str) -> None:
    assert report.text("line_end", "de", persona=persona) == said
    assert report.text("line_end", "en", persona=persona) == "end of the customer's line"


def test_the_call_line_says_points_after_the_number() -> None:
    line = say(CALL, "turn", "de", step=1, turn="„Hallo“", n=1, score=100, found="keine Probleme gefunden", said="Ja")
    assert "100 Punkte" in line and "Punkte 100" not in line


@pytest.mark.parametrize(("language", "said"), [("de", "25 Punkte Abzug"), ("en", "25 points off")])
def test_a_penalty_is_said_once(language: str, said: str) -> None:
    assert report._points_off(25, language) == said
