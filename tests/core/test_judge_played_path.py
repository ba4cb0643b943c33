"""Re-asking depends on the turns the trainee really heard: a branch may skip a fact."""

from __future__ import annotations

import pytest

from tests.helpers.timelines import turn
from voicecoach.adapters.library import SHIPPED_DIR, load_file
from voicecoach.core.judge import judge

# late-delivery-de: complaint -> (good) promise, or (poor) still-angry -> promise.
# Only still-angry gives the due date ("nächste Woche").
ASKS_DUE_DATE = "Das verstehe ich. Bis wann brauchen Sie den Kinderwagen denn? Ich melde mich morgen."


@pytest.mark.parametrize(
    ("played", "reasked"),
    [
        (["complaint"], False),  # good path: the due date was never given, asking is fair
        (["complaint", "still-angry"], True),  # poor path: she already said "nächste Woche"
    ],
)
def test_due_date_counts_only_when_heard(played: list[str], reasked: bool) -> None:
    scenario = load_file(SHIPPED_DIR / "late-delivery-de.yaml").scenario
    timeline = turn(
        customer=[(0.0, 3.0, "Und wann kommt er jetzt? Ich will ein festes Datum, keine Ausreden.")],
        trainee=[(3.6, 9.0, ASKS_DUE_DATE)],
    )
    result = judge(timeline, language="de", scenario=scenario, step_id="promise", played=played)
    reasons = [f.evidence.get("reason") for f in result.findings if f.kind == "not_listening"]
    assert ("reasked" in reasons) is reasked, reasons
