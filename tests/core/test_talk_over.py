"""talk_over: simultaneous speech over 1 s, and not yielding to a customer who cuts in."""

from __future__ import annotations

import pytest

from tests.helpers.timelines import context, kinds, turn
from voicecoach.core.analyzers import talk_over

LINE = (0.0, 3.0, "Wann kommt mein Kinderwagen denn nun?")
INTERJECTION = (5.0, 6.5, "Aber bitte nicht wieder eine Ausrede!")


@pytest.mark.parametrize(
    ("customer", "trainee", "line_end", "expected"),
    [
        # clean turn-taking: nothing
        ([LINE], [(3.5, 7.0, "Er kommt morgen bis zwölf Uhr.")], None, []),
        # the customer cuts in at 5.0; the trainee stops 0.5 s later: yielded (good, no penalty)
        ([LINE, INTERJECTION], [(3.5, 5.5, "Er kommt morgen"), (7.0, 9.0, "Ganz bestimmt.")], 3.0, ["yielded"]),
        ([LINE, INTERJECTION], [(3.5, 5.5, "Er kommt morgen"), (7.0, 9.0, "Ganz bestimmt.")], None, ["yielded"]),
        # ... or talks on for 2 s: talk_over (no_yield)
        (
            [LINE, INTERJECTION],
            [(3.5, 7.0, "Er kommt morgen bis zwölf Uhr, das verspreche ich Ihnen.")],
            3.0,
            ["talk_over/no_yield"],
        ),
        (
            [LINE, INTERJECTION],
            [(3.5, 7.0, "Er kommt morgen bis zwölf Uhr, das verspreche ich Ihnen.")],
            None,
            ["talk_over/no_yield"],
        ),
        # exactly at the limit (1.0 s) is still yielding
        ([LINE, INTERJECTION], [(3.5, 6.0, "Er kommt morgen bis zwölf Uhr")], 3.0, ["yielded"]),
        # a customer "mhm" while the trainee talks is not an interjection
        ([LINE, (5.0, 5.4, "mhm")], [(3.5, 8.0, "Er kommt morgen bis zwölf Uhr, das verspreche ich Ihnen.")], 3.0, []),
        # an interruption that keeps talking over the customer for 2.5 s: minor talk_over on top
        ([LINE], [(0.5, 4.0, "Ja, das weiß ich, der kommt morgen.")], None, ["talk_over/overlap"]),
        # overlap of 0.6 s at the end of the line: too short for talking over
        ([LINE], [(2.4, 5.0, "Er kommt morgen bis zwölf Uhr.")], None, []),
        # overlap of exactly 1.0 s: not longer than the limit
        ([LINE], [(2.0, 5.0, "Er kommt morgen bis zwölf Uhr.")], None, []),
        # overlap of 1.2 s
        ([LINE], [(1.8, 5.0, "Er kommt morgen bis zwölf Uhr.")], None, ["talk_over/overlap"]),
        # a backchannel during the line never talks over
        ([LINE], [(1.0, 1.6, "mhm"), (3.5, 6.0, "Er kommt morgen.")], None, []),
    ],
)
def test_talk_over(customer, trainee, line_end, expected) -> None:  # noqa: ANN001
    assert kinds(talk_over.analyze(turn(customer, trainee, line_end=line_end), context("de"))) == expected


def test_no_yield_evidence_and_penalty() -> None:
    t = turn(
        [LINE, INTERJECTION], [(3.5, 7.0, "Er kommt morgen bis zwölf Uhr, das verspreche ich Ihnen.")], line_end=3.0
    )
    (finding,) = talk_over.analyze(t, context("en"))
    assert (finding.start, finding.severity, finding.skill, finding.penalty) == (5.0, "major", "timing", 25)
    assert finding.evidence["kept"] == pytest.approx(2.0)
    assert finding.evidence["overlap"] == pytest.approx(1.5)
    assert "at 5.0 s" in finding.message and "2.0 s" in finding.message


def test_yielded_costs_nothing() -> None:
    t = turn([LINE, INTERJECTION], [(3.5, 5.5, "Er kommt morgen"), (7.0, 9.0, "Ganz bestimmt.")], line_end=3.0)
    (finding,) = talk_over.analyze(t, context("de"))
    assert finding.severity == "info" and finding.penalty == 0
    assert finding.evidence["yield_s"] == pytest.approx(0.5)


def test_overlap_after_interruption_is_minor_and_other_overlap_major() -> None:
    after_interruption = talk_over.analyze(turn([LINE], [(0.5, 4.0, "Ja, das weiß ich.")]), context("de"))
    assert [f.severity for f in after_interruption] == ["minor"]
    # customer resumes her scripted line while the trainee, who started in a pause, talks on
    resumed = turn(
        [(0.0, 2.0, "Ich habe bestellt."), (2.8, 4.5, "Und nichts kam.")], [(2.2, 5.0, "Ich schaue nach")], line_end=4.5
    )
    found = talk_over.analyze(resumed, context("de"))
    assert kinds(found) == ["talk_over/overlap"] and found[0].severity == "minor"
    # both start together (nobody cut in): major
    together = turn([(0.0, 3.0, "Hallo, ich rufe an wegen")], [(0.05, 2.0, "Guten Tag, Kundenservice")])
    assert [f.severity for f in talk_over.analyze(together, context("de"))] == ["major"]
