"""Where the call goes after a step, by step number in the file (issue 11).

Was: ``scenarios show`` said "next: good -> promise, poor -> still-angry" (ids, English outcome
names), and a step reached through a branch seemed to come out of nowhere. Now each step is
numbered in file order and a branch names the number of the step it leads to, including where
the engine goes when no outcome applies ("sonst").
"""

from __future__ import annotations

import pytest

from voicecoach.adapters.library import find_scenario
from voicecoach.core.scenario import END, Outcome, Scenario
from voicecoach.core.words.scenario_view import flow_text


def shipped(scenario_id: str) -> Scenario:
    return find_scenario(scenario_id).scenario


def test_a_branch_without_default_names_where_the_rest_goes() -> None:
    """late-delivery-de: {good: promise, poor: still-angry}; a reply that is neither goes on to
    'promise' (next_turn's rule), so 'good' needs no line of its own."""
    s = shipped("late-delivery-de")
    assert s.branches("complaint") == [((Outcome.poor,), "still-angry"), ((Outcome.default,), "promise")]
    assert s.numbered_branches("complaint") == [(("poor",), 2), (("default",), 3)]
    assert s.numbered_branches("still-angry") == [((), 3)]
    assert s.numbered_branches("promise") == []  # no next: the following step (here: the end)
    assert flow_text(s.numbered_branches("complaint"), "de") == (
        "bei einer schwachen Antwort: weiter bei Schritt 2; sonst: weiter bei Schritt 3"
    )
    assert (
        flow_text(s.numbered_branches("complaint"), "en")
        == "after a poor reply: goes to step 2; otherwise: goes to step 3"
    )


@pytest.mark.parametrize(
    ("scenario_id", "turn_id", "de", "en"),
    [
        (
            "lost-gift-en",
            "lost",
            "bei einem fehlenden Kernpunkt oder bei einer schwachen Antwort: weiter bei Schritt 2; "
            "bei einer guten Antwort: weiter bei Schritt 3; sonst: weiter bei Schritt 4",
            "if a key point is missing or after a poor reply: goes to step 2; "
            "after a good reply: goes to step 3; otherwise: goes to step 4",
        ),
        (
            "boiler-booking-en",
            "booking",
            "bei einer Frage nach schon Genanntem: weiter bei Schritt 2; sonst: weiter bei Schritt 3",
            "if something already given is asked again: goes to step 2; otherwise: goes to step 3",
        ),
        (
            "cutting-in-de",
            "missing",
            "bei einer Unterbrechung: weiter bei Schritt 2; sonst: weiter bei Schritt 3",
            "after an interruption: goes to step 2; otherwise: goes to step 3",
        ),
    ],
)
def test_every_outcome_by_the_step_number_it_leads_to(scenario_id: str, turn_id: str, de: str, en: str) -> None:
    s = shipped(scenario_id)
    assert flow_text(s.numbered_branches(turn_id), "de") == de
    assert flow_text(s.numbered_branches(turn_id), "en") == en


def test_the_numbers_agree_with_where_the_engine_goes() -> None:
    """Each branch's target is where next_turn goes for that outcome alone, in every shipped scenario."""
    from voicecoach.adapters.library import load_library

    for item in load_library()[0]:
        s = item.scenario
        for turn_id in s.turn_ids:
            for outcomes, target in s.branches(turn_id):
                applied = {o for o in outcomes if o is not Outcome.default}
                went = s.next_turn(turn_id, applied)
                assert (went or END) == target, (s.id, turn_id, outcomes)


def test_the_end_is_said_as_the_end() -> None:
    data = shipped("late-delivery-de").model_dump(mode="json", exclude_none=True)
    data["turns"][1]["next"] = "end"
    data["turns"][0]["next"] = {"good": "promise", "poor": "still-angry", "default": "end"}
    s = Scenario.model_validate(data)
    assert flow_text(s.numbered_branches("still-angry"), "de") == "Ende des Gesprächs"
    assert flow_text(s.numbered_branches("complaint"), "en") == (
        "after a poor reply: goes to step 2; after a good reply: goes to step 3; otherwise: the call ends"
    )
