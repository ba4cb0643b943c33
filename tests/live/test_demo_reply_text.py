"""demo_reply_text: the demo call speaks a turn's ``example``; without one it builds a reply from
the key points, joined in the scenario's language."""

from __future__ import annotations

from pathlib import Path

import yaml

from voicecoach.core.scenario import Scenario, Step
from voicecoach.live.demo import demo_reply_text

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"


def first_turn(name: str) -> Step:
    sc = Scenario.model_validate(yaml.safe_load((SCENARIOS / f"{name}.yaml").read_text(encoding="utf-8")))
    return sc.turns[0]


def test_demo_reply_speaks_the_example() -> None:
    step = first_turn("late-delivery-de")
    assert step.example and demo_reply_text(step, "de") == step.example


def test_demo_reply_without_example_joins_points_in_the_scenario_language() -> None:
    de = demo_reply_text(first_turn("late-delivery-de").model_copy(update={"example": None}), "de")
    en = demo_reply_text(first_turn("late-delivery-en").model_copy(update={"example": None}), "en")
    assert " und " in de and " and " not in de, de
    assert " and " in en, en
