"""``voicecoach call`` names a step by the customer's words, never by its internal id (issue 11).

Was: "Schritt 1 (complaint): die Kundin spricht" / "turn 1 (complaint): score 100".
"""

from __future__ import annotations

import pytest

from voicecoach.adapters.library import find_scenario
from voicecoach.commands.call import _Printer


@pytest.mark.parametrize(
    ("scenario_id", "named"),
    [
        ("late-delivery-de", "„Keller hier, meine Bestellnummer ist 4711 …“"),
        ("late-delivery-en", '"This is Daniel Reed'),
    ],
)
def test_a_step_is_named_by_its_line(scenario_id: str, named: str) -> None:
    scenario = find_scenario(scenario_id).scenario
    lines = {tid: step.say for tid, step in zip(scenario.turn_ids, scenario.turns, strict=True)}
    printer = _Printer(json_lines=False, quiet=False, language=scenario.language, lines=lines)
    shown = printer._step("complaint")
    assert shown.startswith(named) and "complaint" not in shown, shown
    assert printer._step("no-such-step") == "…"  # an unknown id is not shown either
