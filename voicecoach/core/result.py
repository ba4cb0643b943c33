"""What the judge says about a turn: findings, metrics, score, and the options it used."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from voicecoach.core.timeline import Turn
from voicecoach.core.words import kind_name, skill_name

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
    "form_of_address",  # "du" in a call that asks for "Sie" (German), or the other way round
    "silent_reply",
    "backchannel",  # positive signal, severity "info", costs nothing
    "yielded",  # positive signal: stopped within a second when the customer cut in; info, costs nothing
    "muted",  # the microphone was muted and nothing was heard: costs nothing, the turn is not scored
)

#: ``evidence["reason"]`` values per kind, where a kind has several cases.
FINDING_REASONS: dict[str, tuple[str, ...]] = {
    "interruption": ("line", "pause", "interjection"),
    "talk_over": ("overlap", "no_yield"),
    "not_listening": ("missed_point", "reasked", "ignored_emotion", "generic"),
    "contradiction": ("phrase", "but_opening"),
    "pace": ("too_fast", "too_slow"),
    "response_gap": ("too_fast", "dead_air"),
    "form_of_address": ("du", "sie"),  # the form the trainee used where the scenario asks for the other
}

SEVERITY_RANK = {"major": 2, "minor": 1, "info": 0}

#: The kinds that are praise (severity "info", no points off): the only findings shown as "good".
PRAISE_KINDS: frozenset[str] = frozenset({"backchannel", "yielded"})


def shown_severity(kind: str, severity: str) -> str:
    """How a finding's severity is shown (labels, badges, colours): "major" and "minor" as they
    are; an "info" finding is "good" only when its kind is praise (:data:`PRAISE_KINDS`), else a
    "note" - a point the judge was unsure of (a missed key point it may have misheard, a finding
    waived for unsure words, a muted turn): no points off, but never "good"."""
    if severity != "info":
        return severity
    return "good" if kind in PRAISE_KINDS else "note"


@dataclass(frozen=True)
class Finding:
    """One thing the coach noticed, with when, why it matters and what to do instead."""

    kind: str
    start: float
    end: float
    severity: Severity
    message: str
    tip: str
    #: Skill this finding takes points from (listening, timing, empathy, clarity; "all" for every skill).
    skill: str = "listening"
    #: Points taken off that skill (0 for info findings).
    penalty: float = 0.0
    #: Machine-readable detail: missed point, re-asking words, overlap seconds, ...
    evidence: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """All fields as a JSON-ready dict."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Finding:
        """The finding back from :meth:`to_json` (skill, penalty and evidence may be missing)."""
        return cls(
            kind=data["kind"],
            start=data["start"],
            end=data["end"],
            severity=data["severity"],
            message=data["message"],
            tip=data["tip"],
            skill=data.get("skill", "listening"),
            penalty=data.get("penalty", 0.0),
            evidence=dict(data.get("evidence") or {}),
        )


@dataclass(frozen=True)
class Score:
    """A turn's score: ``total`` and ``skills`` 0-100, the ``weights`` of the skills' mean, and
    ``cap``, the highest total a major fault allowed when that lowered it
    (:func:`voicecoach.core.scoring.cap_for`; None when the total is the skills' mean)."""

    total: int
    skills: dict[str, int]
    weights: dict[str, float]
    cap: int | None = None


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
            return [{"word": w.text, "start": round(w.start, 3), "end": round(w.end, 3)} for w in track.words]

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
            "score": {"total": self.score.total, "skills": dict(self.score.skills), "cap": self.score.cap},
            "outcomes": list(self.outcomes),
            "duration": round(self.turn.duration, 3),
            "options": dict(self.options),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any], *, turn: Turn, score: Score, turn_id: str | None) -> TurnResult:
        """The result back from :meth:`to_json` output.

        :meth:`to_json` rounds the timeline and leaves out the weights, so the caller gives the
        whole ``turn`` (:meth:`Turn.from_json`), the ``score`` with its weights and the ``turn_id``.
        """
        return cls(
            turn=turn,
            findings=tuple(Finding.from_json(f) for f in data.get("findings", [])),
            metrics=dict(data.get("metrics", {})),
            score=score,
            options=dict(data.get("options", {})),
            language=data.get("language", "en"),
            scenario_id=data.get("scenario"),
            turn_id=turn_id,
            outcomes=tuple(data.get("outcomes", [])),
        )


@dataclass(frozen=True)
class Moment:
    """A finding and the turn it happened in (for the worst moments of a call)."""

    turn_id: str | None
    number: int
    finding: Finding

    def to_json(self) -> dict[str, Any]:
        return {"turn": self.turn_id, "number": self.number, "finding": self.finding.to_json()}


@dataclass(frozen=True)
class CallSummary:
    """The end of a call: how it went overall and per skill, the worst moments, what to practise."""

    #: Mean of the turns' totals (0-100); 0 when no turn was judged.
    total: int
    #: Mean per skill over the turns.
    skills: dict[str, int]
    turns: int
    #: The most severe findings of the call, worst first.
    worst: tuple[Moment, ...]
    #: The skill to practise next (lowest score), and the kind of finding that cost it most often.
    practise_skill: str | None
    practise_kind: str | None
    #: A concrete tip for that kind (from its latest finding), else for the skill.
    practise_tip: str
    #: What practising the skill means, in general.
    practise_skill_tip: str
    language: str = "en"
    #: How often each kind came up (penalised findings only).
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def practise_next(self) -> list[str]:
        """What to practise next as lines for a screen: the skill with its score, then the tip."""
        lines: list[str] = []
        if self.practise_skill is not None:
            score = self.skills.get(self.practise_skill)
            name = skill_name(self.practise_skill, self.language)
            lines.append(f"{name} ({score})" if score is not None else name)
        if self.practise_kind is not None and self.practise_tip:
            lines.append(f"{kind_name(self.practise_kind, self.language)}: {self.practise_tip}")
        elif self.practise_skill_tip:
            lines.append(self.practise_skill_tip)
        return lines

    def to_json(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "skills": dict(self.skills),
            "turns": self.turns,
            "worst": [moment.to_json() for moment in self.worst],
            "practise": {
                "skill": self.practise_skill,
                "kind": self.practise_kind,
                "tip": self.practise_tip,
                "skill_tip": self.practise_skill_tip,
            },
            "counts": dict(self.counts),
            "language": self.language,
        }
