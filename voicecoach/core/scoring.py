"""Scores from findings: 0-100 per skill and overall, every point traceable to a finding.

Each skill (listening, timing, empathy, clarity) starts at 100 and loses the penalty of every
finding that names it (``skill="all"``: every skill), floored at 0. The total is the weighted
mean of the skills; a scenario can change the weights (``Scenario.weights``, default 1 each).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from voicecoach.core.result import Finding, Score
from voicecoach.core.scenario import SKILLS

#: A finding with this skill takes its penalty off every skill (a silent reply).
ALL_SKILLS = "all"


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


def score(findings: Iterable[Finding], weights: Mapping[str, float] | None = None) -> Score:
    """The turn's score from its findings."""
    trace = deductions(findings)
    skills = {skill: max(0, round(100 - sum(f.penalty for f in trace[skill]))) for skill in SKILLS}
    used = weights_for(weights)
    total = round(sum(skills[s] * used[s] for s in SKILLS) / sum(used.values()))
    return Score(total=int(total), skills=skills, weights=used)


def mean_score(scores: Iterable[Score]) -> Score | None:
    """Per-skill and total average over several turns (None for no turns)."""
    scores = list(scores)
    if not scores:
        return None
    skills = {s: round(sum(sc.skills.get(s, 0) for sc in scores) / len(scores)) for s in SKILLS}
    total = round(sum(sc.total for sc in scores) / len(scores))
    return Score(total=int(total), skills=skills, weights=dict(scores[0].weights))
