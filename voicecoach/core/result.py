"""What the judge says about a turn: findings, metrics, score, and the options it used."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from voicecoach.core.timeline import Turn

Severity = Literal["info", "minor", "major"]

#: Finding kinds, snake_case, as they appear in JSON output.
FINDING_KINDS = (
    "interruption",
    "talk_over",
    "not_listening",
    "contradiction",
    "pushed_after_no",
    "no_acknowledgement",
    "no_need_question",
    "filler_words",
    "pace",
    "monologue",
    "response_gap",
    "avoid_phrase",
    "silent_reply",
    "backchannel",  # positive signal, severity "info", costs nothing
)


@dataclass(frozen=True)
class Finding:
    """One thing the coach noticed, with when, why it matters and what to do instead."""

    kind: str
    start: float
    end: float
    severity: Severity
    message: str
    tip: str
    #: Skill this finding takes points from (listening, timing, empathy, clarity).
    skill: str = "listening"
    #: Points taken off that skill (0 for info findings).
    penalty: float = 0.0
    #: Machine-readable detail: missed point, re-asking words, overlap seconds, ...
    evidence: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Score:
    total: int
    skills: dict[str, int]
    weights: dict[str, float]


@dataclass(frozen=True)
class TurnResult:
    """A judged turn. Carries the thresholds and models it was judged with."""

    turn: Turn
    findings: tuple[Finding, ...]
    metrics: dict[str, float | int | None]
    score: Score
    options: dict[str, Any]
    language: str = "en"
    scenario_id: str | None = None
    turn_id: str | None = None
    outcomes: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The shape of ``voicecoach analyze --json`` (and one line of ``call --json``)."""

        def words(track: Any) -> list[dict[str, Any]]:
            return [
                {"word": w.text, "start": round(w.start, 3), "end": round(w.end, 3)} for w in track.words
            ]

        return {
            "scenario": self.scenario_id,
            "turn": self.turn_id,
            "language": self.language,
            "findings": [finding.to_json() for finding in self.findings],
            "customer_speech": [[round(s.start, 3), round(s.end, 3)] for s in self.turn.customer.speech],
            "trainee_speech": [[round(s.start, 3), round(s.end, 3)] for s in self.turn.trainee.speech],
            "transcript": {
                "customer": {"text": self.turn.customer.text, "words": words(self.turn.customer)},
                "trainee": {"text": self.turn.trainee.text, "words": words(self.turn.trainee)},
            },
            "metrics": dict(self.metrics),
            "score": {"total": self.score.total, "skills": dict(self.score.skills)},
            "outcomes": list(self.outcomes),
            "duration": round(self.turn.duration, 3),
            "options": dict(self.options),
        }
