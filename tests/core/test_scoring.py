"""Scoring: every point taken off traces to a finding; weights from the scenario; a major fault
caps the total."""

from __future__ import annotations

import pytest

from voicecoach.core.disputes import rescore
from voicecoach.core.result import Finding
from voicecoach.core.scoring import Cap, cap_applied, cap_for, deductions, mean_score, score, skill_mean, weights_for


def finding(kind: str, skill: str, penalty: float, severity: str = "major") -> Finding:
    return Finding(kind, 0.0, 1.0, severity, "m", "t", skill=skill, penalty=penalty)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("findings", "skills", "total"),
    [
        ([], {"listening": 100, "timing": 100, "empathy": 100, "clarity": 100}, 100),
        # minor faults: the skills' mean
        (
            [finding("pace", "clarity", 10, "minor")],
            {"listening": 100, "timing": 100, "empathy": 100, "clarity": 90},
            98,
        ),
        # one major fault: at most 70, though the skills' mean is 94
        ([finding("interruption", "timing", 25)], {"listening": 100, "timing": 75, "empathy": 100, "clarity": 100}, 70),
        # two: at most 55 (mean 85)
        (
            [
                finding("interruption", "timing", 25),
                finding("talk_over", "timing", 10, "minor"),
                finding("not_listening", "listening", 25),
                finding("backchannel", "listening", 0, "info"),
            ],
            {"listening": 75, "timing": 65, "empathy": 100, "clarity": 100},
            55,
        ),
        # skills floored at 0, the cap at 40 (mean 75)
        (
            [finding("interruption", "timing", 25)] * 5,
            {"listening": 100, "timing": 0, "empathy": 100, "clarity": 100},
            40,
        ),
        # a cap never lifts a total: a mean below it stays
        (
            [finding("not_listening", "listening", 100), finding("no_acknowledgement", "empathy", 100, "minor")],
            {"listening": 0, "timing": 100, "empathy": 0, "clarity": 100},
            50,
        ),
        # a silent reply takes points off every skill
        ([finding("silent_reply", "all", 100)], {"listening": 0, "timing": 0, "empathy": 0, "clarity": 0}, 0),
    ],
)
def test_skills_lose_the_penalties_of_their_findings(findings: list[Finding], skills: dict, total: int) -> None:
    result = score(findings)
    assert result.skills == skills
    assert result.total == total


def test_every_point_taken_off_traces_to_a_finding() -> None:
    findings = [
        finding("interruption", "timing", 25),
        finding("not_listening", "empathy", 25),
        finding("pace", "clarity", 10, "minor"),
        finding("yielded", "timing", 0, "info"),
    ]
    result = score(findings)
    trace = deductions(findings)
    for skill, value in result.skills.items():
        assert 100 - value == sum(f.penalty for f in trace[skill])
    assert all(f.penalty > 0 for found in trace.values() for f in found)


def test_scenario_weights_change_the_total() -> None:
    findings = [finding("no_acknowledgement", "empathy", 50, "minor")]
    assert score(findings).total == 88  # (100 + 100 + 50 + 100) / 4
    weighted = score(findings, {"empathy": 2.0})
    assert weighted.total == 80  # (100 + 100 + 2 * 50 + 100) / 5
    assert weighted.weights == {"listening": 1.0, "timing": 1.0, "empathy": 2.0, "clarity": 1.0}


@pytest.mark.parametrize(("majors", "cap"), [(0, None), (1, 70), (2, 55), (3, 40), (6, 40)])
def test_each_major_fault_lowers_the_cap(majors: int, cap: int | None) -> None:
    findings = [finding("contradiction", "empathy", 25)] * majors + [finding("pace", "clarity", 10, "minor")]
    assert cap_for(findings) == cap


def test_a_waived_or_disputed_major_fault_lifts_the_cap() -> None:
    waived = finding("not_listening", "listening", 0, "info")  # "I may have misheard": no points off
    cut = finding("interruption", "timing", 25)
    assert score([waived]).total == 100
    assert score([cut]).total == 70
    assert rescore([cut], [0], None).total == 100  # marked as wrong by the trainee
    assert rescore([cut, cut], [1], None).total == 70


def test_the_cap_is_told_with_the_mean_of_the_skills() -> None:
    cut = [finding("interruption", "timing", 25)]
    assert cap_applied(cut, score(cut)) == Cap(cap=70, majors=1, mean=94)
    deep = [finding("not_listening", "listening", 100), finding("no_acknowledgement", "empathy", 100, "minor")]
    assert cap_applied(deep, score(deep)) is None  # the mean (50) is below the cap (70)
    assert cap_applied([], score([])) is None
    # a score stored before the cap existed: its total is the mean, nothing to tell
    old = score([finding("pace", "timing", 25, "minor")])
    assert cap_applied(cut, old) is None
    assert skill_mean(old.skills, old.weights) == old.total == 94


def test_all_zero_weights_fall_back_to_equal() -> None:
    assert weights_for({"listening": 0, "timing": 0, "empathy": 0, "clarity": 0}) == dict.fromkeys(
        ("listening", "timing", "empathy", "clarity"), 1.0
    )


def test_mean_score_over_turns() -> None:
    mean = mean_score([score([]), score([finding("pace", "clarity", 10, "minor")] * 3)])
    assert mean is not None and mean.skills["clarity"] == 85 and mean.total == 96
    assert mean_score([]) is None
