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
        # a barge-in through the customer's breath (both pause 0.4 s): one finding, not two
        (
            [(0.0, 2.6, "Wann kommt mein Kinderwagen"), (3.0, 5.0, "denn nun endlich?")],
            [(0.6, 2.6, "Ja, der kommt"), (3.0, 4.4, "morgen bis zwölf.")],
            5.0,
            ["talk_over/overlap"],
        ),
        # two short collisions with a pause between ("sorry, go ahead"): no talking over
        (
            [(0.0, 3.0, "Wann kommt mein Kinderwagen?"), (3.5, 6.0, "Ich brauche ihn am Freitag.")],
            [(2.4, 3.0, "Er kommt"), (3.5, 4.1, "Entschuldigung"), (6.5, 8.0, "Er kommt Donnerstag.")],
            6.0,
            [],
        ),
        # a backchannel during the line never talks over
        ([LINE], [(1.0, 1.6, "mhm"), (3.5, 6.0, "Er kommt morgen.")], None, []),
    ],
)
def test_talk_over(customer, trainee, line_end, expected) -> None:  # noqa: ANN001
    assert kinds(talk_over.analyze(turn(customer, trainee, line_end=line_end), context("de"))) == expected


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize(
    ("pause", "expected_seconds", "severities"),
    [
        # a breath: one episode of 2.0 s + 1.4 s, minor (the interruption costs the major penalty)
        (0.4, [3.4], ["minor"]),
        (0.9, [3.4], ["minor"]),  # still under pause_max (1 s)
        # a real pause, then both start at once: two, the second no continuation of the interruption
        (1.2, [2.0, 1.4], ["minor", "major"]),
    ],
)
def test_talking_through_a_breath_is_one_finding(language, pause, expected_seconds, severities) -> None:  # noqa: ANN001
    back = 2.6 + pause
    t = turn(
        [(0.0, 2.6, "Wann kommt mein Kinderwagen"), (back, back + 2.0, "denn nun endlich?")],
        [(0.6, 2.6, "Ja, der kommt"), (back, back + 1.4, "morgen bis zwölf.")],
        line_end=back + 2.0,
    )
    found = [f for f in talk_over.analyze(t, context(language)) if f.kind == "talk_over"]
    assert [f.evidence["seconds"] for f in found] == pytest.approx(expected_seconds)
    assert [f.severity for f in found] == severities
    if len(found) == 1:
        assert (found[0].start, found[0].end) == (0.6, pytest.approx(back + 1.4))
        assert found[0].evidence["pieces"] == 2


@pytest.mark.parametrize(
    ("language", "interjection"),
    [
        ("de", [(5.0, 5.8, "Aber bitte"), (6.2, 7.0, "nicht wieder eine Ausrede!")]),
        ("en", [(5.0, 5.8, "But please"), (6.2, 7.0, "not another excuse!")]),
    ],
)
def test_an_interjection_with_a_breath_is_one_moment(language, interjection) -> None:  # noqa: ANN001
    # talking on through both halves: one no_yield with all 1.6 s of it
    on = turn([LINE, *interjection], [(3.5, 8.0, "Er kommt morgen bis zwölf Uhr, versprochen.")], line_end=3.0)
    (finding,) = talk_over.analyze(on, context(language))
    assert finding.evidence["reason"] == "no_yield"
    assert (finding.evidence["overlap"], finding.evidence["seconds"]) == (pytest.approx(1.6), pytest.approx(1.6))
    # stopping within 0.5 s: praised once, the second half is no new interjection
    stopped = turn([LINE, *interjection], [(3.5, 5.5, "Er kommt morgen"), (7.3, 9.0, "bis zwölf.")], line_end=3.0)
    assert kinds(talk_over.analyze(stopped, context(language))) == ["yielded"]


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
