"""Persona gender: German texts name the customer with the right forms (Herrn/Frau, Kunde/Kundin, ihn/sie)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from pydantic import ValidationError

from voicecoach.adapters.library import SHIPPED_DIR, check_file, load_file, scenario_files
from voicecoach.core.scenario import Persona
from voicecoach.core.words import say
from voicecoach.core.words.findings import render
from voicecoach.core.words.names import METRICS
from voicecoach.core.words.ui import UI
from voicecoach.core.words.voices import persona_forms


def _state(key: str, name: str, gender: str | None = None) -> str:
    persona = Persona(name=name, gender=gender)
    return say(UI, key, "de", **persona_forms("de", persona.form_gender, persona.name))


def test_interjection_state_for_a_woman_and_a_man() -> None:
    assert (
        _state("call.state.interjection", "Frau Yilmaz") == "Die Kundin fällt Ihnen ins Wort – lassen Sie sie ausreden"
    )
    assert (
        _state("call.state.interjection", "Herr Becker") == "Der Kunde fällt Ihnen ins Wort – lassen Sie ihn ausreden"
    )
    assert _state("call.state.interjection", "Alex Morgan", "diverse") == (
        "Ihr Gegenüber fällt Ihnen ins Wort – lassen Sie die Person ausreden"
    )
    assert _state("call.state.customer", "Frau Keller") == "Die Kundin spricht …"
    assert _state("call.state.muted", "Priya Shah", "female") == "Stummgeschaltet – die Kundin hört Sie nicht"


def test_english_state_takes_the_same_values() -> None:
    persona = Persona(name="Frau Yilmaz")
    text = say(UI, "call.state.interjection", "en", **persona_forms("en", persona.form_gender, persona.name))
    assert text == "The customer cuts in – let her finish"


def test_von_herrn_in_findings() -> None:
    message, _tip = render("silent_reply", None, "de", {}, customer="Herr Wagner")
    assert "von Herrn Wagner" in message and "von Herr Wagner" not in message
    message, _tip = render("silent_reply", None, "de", {}, customer="Frau Yilmaz")
    assert "von Frau Yilmaz" in message


def test_metric_name_fits_any_customer() -> None:
    assert "Kundin" not in METRICS["interjections"]["de"] and "Kunde " not in METRICS["interjections"]["de"]


def test_gender_comes_from_the_address_in_the_name() -> None:
    assert Persona(name="Frau Keller").form_gender == "female"
    assert Persona(name="Herr Becker").form_gender == "male"
    assert Persona(name="Priya Shah").form_gender is None
    assert Persona(name="Priya Shah", gender="female").form_gender == "female"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": "Frau Keller", "gender": "weiblich"}, "use female, male or diverse"),
        ({"name": "Frau Keller", "gender": "male"}, "does not match 'Frau' in the name; use gender: female"),
        ({"name": "Herr Becker", "gender": "female"}, "use gender: male"),
    ],
)
def test_a_bad_gender_is_explained(fields: dict[str, str], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Persona(**fields)


def test_validate_names_the_line_of_a_bad_gender(tmp_path: Path) -> None:
    path = tmp_path / "g-de.yaml"
    path.write_text(
        textwrap.dedent(
            """\
            id: g-de
            title: T
            language: de
            brief: {situation: s, goal: g}
            persona:
              name: Frau Keller
              gender: weiblich
            turns:
              - say: Hallo.
            """
        ),
        encoding="utf-8",
    )
    _scenario, problems = check_file(path)
    assert [(problem.line, problem.field) for problem in problems] == [(7, "persona.gender")]


def test_every_shipped_persona_has_a_gender() -> None:
    for path in scenario_files([SHIPPED_DIR]):
        persona = load_file(path).scenario.persona
        assert persona.gender in ("female", "male", "diverse"), path.name
        assert persona.form_gender == persona.gender
