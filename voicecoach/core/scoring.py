"""Scores from findings: 0-100 per skill and overall, every point traceable to a finding.

Each skill (listening, timing, empathy, clarity) starts at 100 and loses the penalty of every
finding that names it (``skill="all"``: every skill), floored at 0. The total is the weighted
mean of the skills; a scenario can change the weights (``Scenario.weights``, default 1 each).
A reply with a major fault cannot score above :data:`MAJOR_CAP` (:func:`cap_for`): a major
fault costs one skill 25 points, a quarter of that in the total, and a coach does not call a
reply that did not listen "94/100".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from voicecoach.core.result import Finding, Score
from voicecoach.core.scenario import SKILLS

#: A finding with this skill takes its penalty off every skill (a silent reply).
ALL_SKILLS = "all"

#: The highest total a reply with one major fault (interrupting, not listening, contradicting,
#: pushing after a no, a phrase to avoid) can get. Without it such a reply scored 81-94 (three
#: trainers trying the judge on their own scenarios, and the issue's "interrupting an angry
#: customer still scoring 92/100"). 70 lies below ``JudgeOptions.good_from`` (75), so the number
#: agrees with the outcome, which is never "good" with a major fault.
MAJOR_CAP = 70
#: Each further major fault lowers the cap by this much: two give 55, below
#: ``JudgeOptions.poor_below`` (60): a coach calls a reply with two such faults poor.
MAJOR_CAP_STEP = 15
#: ... down to this: with three major faults the reply is poor; below that the skills decide, so
#: the number still tells five interruptions from three.
MAJOR_CAP_FLOOR = 40


def weights_for(overrides: Mapping[str, float] | None = None) -> dict[str, float]:
    """Weight per skill: 1.0 unless overridden; all zero falls back to equal weights."""
    weights = {skill: 1.0 for skill in SKILLS}
    weights.update({skill: float(w) for skill, w in (overrides or {}).items() if skill in weights})
    if sum(weights.values()) <= 0:
        weights = {skill: 1.0 for skill in SKILLS}
    return weights


def deductions(findings: Iterable[Finding]) -> dict[str, list[Finding]]:
    """For each skill, the findings that take points off it (the trace of the score)."""
    trace: dict[str, list[Finding]] = {skill: [] for skill in SKILLS}
    for finding in findings:
        if finding.penalty <= 0:
            continue
        for skill in SKILLS if finding.skill == ALL_SKILLS else (finding.skill,):
            trace.setdefault(skill, []).append(finding)
    return trace


def major_faults(findings: Iterable[Finding]) -> int:
    """How many findings are major faults that take points off (a waived or disputed one is not)."""
    return sum(1 for f in findings if f.severity == "major" and f.penalty > 0)


def cap_for(findings: Iterable[Finding]) -> int | None:
    """The highest total the findings allow: None without a major fault, else :data:`MAJOR_CAP`
    less :data:`MAJOR_CAP_STEP` for each major fault after the first, never below
    :data:`MAJOR_CAP_FLOOR` (70, 55, 40, 40, ...)."""
    majors = major_faults(findings)
    return None if majors == 0 else max(MAJOR_CAP_FLOOR, MAJOR_CAP - MAJOR_CAP_STEP * (majors - 1))


def skill_mean(skills: Mapping[str, int], weights: Mapping[str, float] | None = None) -> int:
    """The weighted mean of the skills (0-100), the total before any cap."""
    used = weights_for(weights)
    return int(round(sum(skills.get(s, 0) * used[s] for s in SKILLS) / sum(used.values())))


@dataclass(frozen=True)
class Cap:
    """Why a total is lower than its skills' mean: ``majors`` major faults allow at most ``cap``;
    the skills alone give ``mean``."""

    cap: int
    majors: int
    mean: int


def cap_applied(findings: Iterable[Finding], score: Score) -> Cap | None:
    """The cap that set ``score.total`` (the findings being those it was scored from, marked ones
    left out), None when the total is its skills' mean (also for scores from before the cap)."""
    findings = list(findings)
    cap = cap_for(findings)
    mean = skill_mean(score.skills, score.weights or None)
    if cap is None or score.total != cap or mean <= cap:
        return None
    return Cap(cap=cap, majors=major_faults(findings), mean=mean)


def score(findings: Iterable[Finding], weights: Mapping[str, float] | None = None) -> Score:
    """The turn's score from its findings: each skill 100 less its penalties (floored at 0), the
    total their weighted mean, at most :func:`cap_for` of the findings."""
    findings = list(findings)
    trace = deductions(findings)
    skills = {skill: max(0, round(100 - sum(f.penalty for f in trace[skill]))) for skill in SKILLS}
    used = weights_for(weights)
    mean = skill_mean(skills, used)
    cap = cap_for(findings)
    if cap is None or mean <= cap:
        return Score(total=mean, skills=skills, weights=used)
    return Score(total=cap, skills=skills, weights=used, cap=cap)


def mean_score(scores: Iterable[Score]) -> Score | None:
    """Per-skill and total average over several turns (None for no turns)."""
    scores = list(scores)
    if not scores:
        return None
    skills = {s: round(sum(sc.skills.get(s, 0) for sc in scores) / len(scores)) for s in SKILLS}
    total = round(sum(sc.total for sc in scores) / len(scores))
    return Score(total=int(total), skills=skills, weights=dict(scores[0].weights))
