"""A reply too short to have said a key point in other words misses it for certain (issue 10:
"hallo" to an angry complaint scored 92/100, every missed point shown as a question only).
Longer replies keep precision first: a miss found only by its words costs no points."""

from __future__ import annotations

import pytest

from voicecoach.adapters.language_resources import shared
from voicecoach.adapters.library import find_scenario
from voicecoach.core.typed import judge_text


def misses(scenario_id: str, reply: str) -> list[tuple[float, str]]:
    """(penalty, severity) of each missed key point of the scenario's first turn."""
    scenario = find_scenario(scenario_id).scenario
    result = judge_text(scenario, scenario.turn_ids[0], reply, resources=shared())
    return [
        (f.penalty, f.severity)
        for f in result.findings
        if f.kind == "not_listening" and f.evidence.get("reason") == "missed_point"
    ]


@pytest.mark.parametrize(
    ("scenario_id", "reply"),
    [
        ("late-delivery-de", "hallo"),
        ("late-delivery-de", "Ja, okay."),
        ("late-delivery-en", "Hello."),
        ("late-delivery-en", "Okay then."),
    ],
)
def test_a_reply_of_a_few_words_meeting_no_point_misses_them(scenario_id: str, reply: str) -> None:
    found = misses(scenario_id, reply)
    assert found and all(penalty > 0 and severity == "major" for penalty, severity in found), found


@pytest.mark.parametrize(
    ("scenario_id", "reply"),
    [
        ("late-delivery-de", "Ich schaue nach."),  # three words that meet a point: the rest is only a question
        ("late-delivery-en", "Let me check."),
        ("late-delivery-de", "Ja, das ist wirklich so, Frau Keller."),  # longer: precision first
        ("late-delivery-en", "Yes, that is how it is, Mr Reed."),
    ],
)
def test_a_short_reply_meeting_a_point_or_a_longer_one_keeps_misses_free(scenario_id: str, reply: str) -> None:
    assert all(penalty == 0 for penalty, _severity in misses(scenario_id, reply)), misses(scenario_id, reply)
