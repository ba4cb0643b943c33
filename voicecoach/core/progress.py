"""Progress over sessions, pure: trends per skill, recurring findings, scenario standings, and
what to practise next.

The history (:class:`voicecoach.adapters.store.Store`) reads the sessions and counts the
findings; :func:`progress_of` turns them into a :class:`Progress`. Scores are 0-100, times are
the sessions' ISO start strings as stored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class SessionSummary:
    """One practice session as the history lists it: when, which scenario, how it went."""

    id: int
    scenario_id: str | None
    title: str
    language: str
    started: str
    ended: str | None
    app_version: str
    options: dict[str, Any]
    #: Mean total of the judged turns; None while no turn was judged.
    score: float | None
    skills: dict[str, float]
    status: str
    turns: int

    def to_json(self) -> dict[str, Any]:
        """The shape of ``voicecoach history --json`` (scores rounded to one decimal)."""
        return {
            "id": self.id,
            "scenario": self.scenario_id,
            "title": self.title,
            "language": self.language,
            "started": self.started,
            "ended": self.ended,
            "score": None if self.score is None else round(self.score, 1),
            "skills": {k: round(v, 1) for k, v in self.skills.items()},
            "turns": self.turns,
            "status": self.status,
            "app_version": self.app_version,
        }


@dataclass(frozen=True)
class ScenarioStanding:
    """How one scenario went over its sessions: average and latest total score."""

    scenario_id: str | None
    title: str
    sessions: int
    average: float
    last: float


@dataclass(frozen=True)
class Suggestion:
    """What to practise next, and why (skill and finding kind are keys, not prose)."""

    skill: str | None
    finding_kind: str | None
    scenario_id: str | None
    scenario_title: str | None


#: A recurring finding: (kind, times, sessions it appeared in).
Recurring = tuple[str, int, int]


@dataclass(frozen=True)
class Progress:
    """Trends, recurring findings, scenario standings and a suggestion over all judged sessions."""

    #: skill -> [(session id, started, value)] oldest first.
    trends: dict[str, list[tuple[int, str, float]]]
    #: session totals, oldest first: (session id, started, total).
    totals: list[tuple[int, str, float]]
    #: (kind, times, sessions it appeared in), most frequent first (ties: the costlier first);
    #: info findings (backchannels) left out.
    recurring: list[Recurring]
    #: scenarios by average total score, best first.
    scenarios: list[ScenarioStanding]
    suggestion: Suggestion | None
    #: Judged demo calls left out (the app spoke the replies: not the trainee's practice), so an
    #: empty progress can say why it is empty.
    demo_sessions: int = 0

    @property
    def best(self) -> ScenarioStanding | None:
        """The scenario with the best average, if any."""
        return self.scenarios[0] if self.scenarios else None

    @property
    def worst(self) -> ScenarioStanding | None:
        """The scenario with the worst average, when there are at least two."""
        return self.scenarios[-1] if len(self.scenarios) > 1 else None

    def to_json(self) -> dict[str, Any]:
        """The shape of ``voicecoach history --progress --json`` (values rounded to one decimal)."""
        return {
            "trends": {
                skill: [{"session": s, "started": t, "value": round(v, 1)} for s, t, v in points]
                for skill, points in self.trends.items()
            },
            "totals": [{"session": s, "started": t, "value": round(v, 1)} for s, t, v in self.totals],
            "recurring": [{"kind": k, "count": n, "sessions": m} for k, n, m in self.recurring],
            "scenarios": [
                {
                    "scenario": item.scenario_id,
                    "title": item.title,
                    "sessions": item.sessions,
                    "average": round(item.average, 1),
                    "last": round(item.last, 1),
                }
                for item in self.scenarios
            ],
            "suggestion": asdict(self.suggestion) if self.suggestion else None,
        }


def progress_of(sessions: Sequence[SessionSummary], recurring: Sequence[Recurring], demo_sessions: int = 0) -> Progress:
    """Progress over ``sessions`` (oldest first) and the ``recurring`` findings counted over them;
    ``demo_sessions``: how many judged demo calls were left out (said when nothing else is there).

    Sessions without a judged turn (score None) are left out.
    """
    summaries = [s for s in sessions if s.score is not None]
    trends: dict[str, list[tuple[int, str, float]]] = defaultdict(list)
    totals = []
    by_scenario: dict[str | None, list[SessionSummary]] = defaultdict(list)
    for summary in summaries:
        totals.append((summary.id, summary.started, float(summary.score or 0)))
        for skill, value in summary.skills.items():
            trends[skill].append((summary.id, summary.started, float(value)))
        by_scenario[summary.scenario_id].append(summary)

    standings = [
        ScenarioStanding(
            scenario_id=scenario_id,
            title=items[-1].title,
            sessions=len(items),
            average=sum(float(i.score or 0) for i in items) / len(items),
            last=float(items[-1].score or 0),
        )
        for scenario_id, items in by_scenario.items()
    ]
    standings.sort(key=lambda s: (-s.average, s.scenario_id or ""))
    recurring = list(recurring)
    return Progress(dict(trends), totals, recurring, standings, suggest(trends, recurring, standings), demo_sessions)


def suggest(
    trends: Mapping[str, list[tuple[int, str, float]]],
    recurring: Sequence[Recurring],
    standings: Sequence[ScenarioStanding],
) -> Suggestion | None:
    """The weakest skill over the last three sessions, the most frequent problem, and the
    scenario with the lowest average (practising that one again). None without any data."""
    if not trends and not recurring:
        return None
    recent = {skill: sum(v for *_, v in points[-3:]) / len(points[-3:]) for skill, points in trends.items() if points}
    skill = min(recent, key=lambda s: (recent[s], s)) if recent else None
    kind = recurring[0][0] if recurring else None
    worst = standings[-1] if standings else None
    return Suggestion(
        skill=skill,
        finding_kind=kind,
        scenario_id=worst.scenario_id if worst else None,
        scenario_title=worst.title if worst else None,
    )
