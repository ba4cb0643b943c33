"""``voicecoach call`` names a step by the customer's words, never by its internal id (issue 11).

Was: "Schritt 1 (complaint): die Kundin spricht" / "turn 1 (complaint): score 100".
"""

from __future__ import annotations

import pytest

from voicecoach import i18n
from voicecoach.adapters.library import find_scenario
from voicecoach.commands.call import _Printer
from voicecoach.live import events as ev


@pytest.mark.parametrize(
    ("scenario_id", "named"),
    [
        ("late-delivery-de", "„Keller hier, meine Bestellnummer ist 4711 …“"),
        ("late-delivery-en", '"This is Daniel Reed'),
    ],
)
def test_a_step_is_named_by_its_line(scenario_id: str, named: str) -> None:
    scenario = find_scenario(scenario_id).scenario
    printer = _Printer(json_lines=False, quiet=False, language=scenario.language, scenario=scenario)
    shown = printer._step("complaint")
    assert shown.startswith(named) and "complaint" not in shown, shown
    assert printer._step("no-such-step") == "…"  # an unknown id is not shown either


@pytest.mark.parametrize(
    ("language", "step", "reply"),
    [("de", "Schritt 3 („Und wann kommt er jetzt?", "· Antwort 2: "), ("en", "step 3 (", "· reply 2: ")],
)
def test_a_step_keeps_its_file_number_when_a_branch_skips_one(
    capsys: pytest.CaptureFixture[str], language: str, step: str, reply: str
) -> None:
    """Was: "Schritt 2 („Und wann kommt er jetzt? …“)" for what ``scenarios show`` calls step 3 (a
    good first reply skips step 2): the step keeps its number in the file, the reply's place apart."""
    scenario = find_scenario("late-delivery-de").scenario
    i18n.set_language(language)
    try:
        printer = _Printer(json_lines=False, quiet=False, language=language, scenario=scenario)
        printer(ev.CustomerSpeaking("promise", scenario.step("promise").say, duration=5.5, number=2))
    finally:
        i18n.set_language(None)
    err = capsys.readouterr().err.strip()
    assert scenario.turn_number("promise") == 3
    assert err.startswith("voicecoach: " + step) and reply in err, err
