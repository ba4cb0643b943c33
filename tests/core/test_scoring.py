"""Scoring: every point taken off traces to a finding; weights from the scenario."""

from __future__ import annotations

import pytest

from voicecoach.core.result import Finding
from voicecoach.core.scoring import deductions, mean_score, score, weights_for


def finding(kind: str, skill: str, penalty: float, severity: str = "major") -> Finding:
    return Finding(kind, 0.0, 1.0, severity, "m", "t", skill=skill, penalty=penalty)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("findings", "skills", "total"),
    [
        ([], {"listening": 100, "timing": 100, "empathy": 100, "clarity": 100}, 100),
        ([finding("interruption", "timing", 25)], {"listening": 100, "timing": 75, "empathy": 100, "clarity": 100}, 94),
        (
            [
                finding("interruption", "timing", 25),
                finding("talk_over", "timing", 10, "minor"),
                finding("not_listening", "listening", 25),
                finding("backchannel", "listening", 0, "info"),
            ],
            {"listening": 75, "timing": 65, "empathy": 100, "clarity": 100},
            85,
        ),
        # floored at 0
        (
            [finding("interruption", "timing", 25)] * 5,
            {"listening": 100, "timing": 0, "empathy": 100, "clarity": 100},
            75,
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
    findings = [finding("not_listening", "empathy", 50)]
    assert score(findings).total == 88  # (100 + 100 + 50 + 100) / 4
    weighted = score(findings, {"empathy": 2.0})
    assert weighted.total == 80  # (100 + 100 + 2 * 50 + 100) / 5
    assert weighted.weights == {"listening": 1.0, "timing": 1.0, "empathy": 2.0, "clarity": 1.0}


def test_all_zero_weights_fall_back_to_equal() -> None:
    assert weights_for({"listening": 0, "timing": 0, "empathy": 0, "clarity": 0}) == dict.fromkeys(
        ("listening", "timing", "empathy", "clarity"), 1.0
    )


def test_mean_score_over_turns() -> None:
    mean = mean_score([score([]), score([finding("pace", "clarity", 10, "minor")] * 3)])
    assert mean is not None and mean.skills["clarity"] == 85 and mean.total == 96
    assert mean_score([]) is None
