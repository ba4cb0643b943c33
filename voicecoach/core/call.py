"""A whole recorded call judged: its exchanges, each a judged turn on the call's clock, and the
call-level numbers conversation-analytics tools report.

``judge_call(customer, agent, duration, language=...)`` splits the two sides into exchanges
(:mod:`voicecoach.core.exchanges`), judges each with the one turn judge
(:func:`voicecoach.core.judge.judge`; with a scenario, the exchanges whose customer line fits a
scenario turn are judged with that turn's step) and computes :class:`CallMetrics`.
:class:`CallResult` is what ``voicecoach analyze --call`` prints and ``voicecoach batch`` stores;
its :meth:`~CallResult.to_json` and :meth:`~CallResult.from_json` round-trip exactly.

Every time (exchange windows, findings, spans, words) is seconds from the start of the recording.
Pure: no audio, no models.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from voicecoach.core import scoring
from voicecoach.core.analyzers import pace
from voicecoach.core.analyzers._common import merge_spans, speech_of
from voicecoach.core.analyzers.options import JudgeOptions
from voicecoach.core.exchanges import FLOOR_MIN, Exchange, split_call
from voicecoach.core.judge import judge, make_context
from voicecoach.core.language import PLAIN, LanguageResources
from voicecoach.core.result import Finding, Score, TurnResult
from voicecoach.core.scenario import Scenario
from voicecoach.core.text import normalize
from voicecoach.core.timeline import Span, Track, Turn

#: Share of a scenario line's words that must be in an exchange's customer line for the exchange
#: to be judged as that scenario turn (words as :func:`voicecoach.core.text.normalize` reads
#: them). Half: Whisper mishears some words and a real customer says the line in their own way;
#: below half, unrelated lines of a call share too many common words ("ich", "the", "order").
SCENARIO_MATCH = 0.5


def _r(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(float(value), digits)


@dataclass(frozen=True)
class CallMetrics:
    """The call's numbers, named as conversation-analytics tools name them (Gong's "talk ratio",
    "longest monologue", "patience", "interactivity"; CallMiner/Observe.AI "overlap"/"cross-talk";
    "words per minute"). Seconds unless said otherwise; None where there is nothing to measure.

    - ``talk_ratio``: the agent's share of all speech time, 0-1 (agent seconds / (agent +
      customer seconds), overlap counted for both; Gong reports it as a percentage).
    - ``longest_monologue``: the agent's longest stretch of talk in seconds, pauses under the
      judge's ``monologue_gap`` (1 s) and customer backchannels not breaking it, customer speech
      that takes the floor ending it (the same stretches the monologue finding measures).
    - ``patience``: mean pause in seconds between the end of the customer's line and the start of
      the agent's answer, over the exchanges where the agent waited for the end (answers that cut
      in are counted in ``interruptions``, not here); Gong's "patience".
    - ``interruptions_per_minute``: interruption findings per minute of the call.
    - ``overlap_share``: seconds both spoke at once / seconds anyone spoke, 0-1.
    - ``words_per_minute``: the agent's words per minute of speaking time (pauses over the judge's
      ``pace_pause``, 1 s, left out; backchannels and echo left out), as the pace finding measures.
    """

    talk_ratio: float | None
    longest_monologue: float
    patience: float | None
    interruptions_per_minute: float
    overlap_share: float
    words_per_minute: float | None
    agent_seconds: float
    customer_seconds: float
    overlap_seconds: float
    interruptions: int
    exchanges: int
    minutes: float

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CallMetrics:
        return cls(**{name: data[name] for name in cls.__dataclass_fields__})


@dataclass(frozen=True)
class CallExchange:
    """One judged exchange: ``start``/``end`` in seconds of the call, its ``result`` (the turn
    judge's, on the call's clock: findings, spans and words are call times), ``opening`` for agent
    talk before the customer's first line, and the ``step_id`` of the scenario turn it was matched
    to (None: judged without a scenario)."""

    number: int
    start: float
    end: float
    result: TurnResult
    opening: bool = False

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.result.findings

    @property
    def step_id(self) -> str | None:
        return self.result.turn_id if self.result.scenario_id else None


@dataclass(frozen=True)
class CallResult:
    """A whole call judged. ``exchanges`` in time order; ``metrics`` for the call; ``score`` the
    mean of the exchanges' scores (None without exchanges with an agent answer); ``duration_s``
    the recording's length; ``notes`` what the input checks found (echo removed, language
    detected); ``options`` the thresholds and models it was judged with (shared by every exchange)."""

    exchanges: tuple[CallExchange, ...]
    metrics: CallMetrics
    language: str
    duration_s: float
    notes: tuple[str, ...] = ()
    scenario_id: str | None = None
    score: Score | None = None
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Every exchange's findings in time order (call times)."""
        return tuple(sorted((f for e in self.exchanges for f in e.findings), key=lambda f: (f.start, f.end, f.kind)))

    def to_json(self) -> dict[str, Any]:
        """The shape of ``voicecoach analyze --call --json``. Per exchange: its window, the scenario
        turn, findings, metrics, score (with weights), outcomes and the whole timeline unrounded
        (``Turn.to_json``), so :meth:`from_json` gives back an equal object."""
        return {
            "kind": "call",
            "language": self.language,
            "duration_s": self.duration_s,
            "scenario": self.scenario_id,
            "score": None if self.score is None else asdict(self.score),
            "metrics": self.metrics.to_json(),
            "exchanges": [
                {
                    "number": e.number,
                    "start": e.start,
                    "end": e.end,
                    "opening": e.opening,
                    "scenario": e.result.scenario_id,
                    "turn": e.result.turn_id,
                    "language": e.result.language,
                    "findings": [f.to_json() for f in e.result.findings],
                    "metrics": dict(e.result.metrics),
                    "score": asdict(e.result.score),
                    "outcomes": list(e.result.outcomes),
                    "timeline": e.result.turn.to_json(),
                }
                for e in self.exchanges
            ],
            "notes": list(self.notes),
            "options": dict(self.options),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CallResult:
        """The result back from :meth:`to_json` (after a trip through ``json``)."""
        options = dict(data.get("options", {}))

        def score(raw: Mapping[str, Any]) -> Score:
            return Score(int(raw["total"]), dict(raw["skills"]), dict(raw.get("weights", {})), raw.get("cap"))

        exchanges = tuple(
            CallExchange(
                number=int(e["number"]),
                start=e["start"],
                end=e["end"],
                opening=bool(e.get("opening", False)),
                result=TurnResult(
                    turn=Turn.from_json(e["timeline"]),
                    findings=tuple(Finding.from_json(f) for f in e.get("findings", [])),
                    metrics=dict(e.get("metrics", {})),
                    score=score(e["score"]),
                    options=options,
                    language=e.get("language", data.get("language", "en")),
                    scenario_id=e.get("scenario"),
                    turn_id=e.get("turn"),
                    outcomes=tuple(e.get("outcomes", [])),
                ),
            )
            for e in data.get("exchanges", [])
        )
        return cls(
            exchanges=exchanges,
            metrics=CallMetrics.from_json(data["metrics"]),
            language=data.get("language", "en"),
            duration_s=data["duration_s"],
            notes=tuple(data.get("notes", ())),
            scenario_id=data.get("scenario"),
            score=None if data.get("score") is None else score(data["score"]),
            options=options,
        )


# -- matching a scenario -------------------------------------------------------------------------


def _fit(line: Sequence[str], heard: set[str]) -> float:
    return sum(1 for token in line if token in heard) / len(line) if line else 0.0


def match_scenario(exchanges: Sequence[Exchange], scenario: Scenario) -> list[str | None]:
    """The scenario turn each exchange answers, or None: in order (a later exchange never gets an
    earlier turn), each turn at most once, to the exchange whose customer words hold the largest
    share of the turn's line (at least ``SCENARIO_MATCH``). Opening exchanges get none."""
    lines = [(turn_id, set(normalize(step.say))) for turn_id, step in zip(scenario.turn_ids, scenario.turns)]
    lines = [(turn_id, tokens) for turn_id, tokens in lines if tokens]
    result: list[str | None] = [None] * len(exchanges)
    # best pairs first, kept only where they keep the order
    pairs = sorted(
        (
            (-_fit(sorted(tokens), set(normalize(exchange.customer_line))), index, position)
            for index, exchange in enumerate(exchanges)
            if not exchange.opening
            for position, (_id, tokens) in enumerate(lines)
        )
    )
    taken: dict[int, int] = {}
    for negative, index, position in pairs:
        if -negative < SCENARIO_MATCH or index in taken or position in taken.values():
            continue
        before = [p for i, p in taken.items() if i < index]
        after = [p for i, p in taken.items() if i > index]
        if all(p < position for p in before) and all(p > position for p in after):
            taken[index] = position
    for index, position in taken.items():
        result[index] = lines[position][0]
    return result


# -- metrics ---------------------------------------------------------------------------------------


def _overlap(first: Sequence[Span], second: Sequence[Span]) -> float:
    """Seconds both sorted, disjoint span lists cover (one sweep: a two-hour call has thousands)."""
    total = 0.0
    i = j = 0
    while i < len(first) and j < len(second):
        total += first[i].overlap(second[j])
        if first[i].end < second[j].end:
            i += 1
        else:
            j += 1
    return total


def call_metrics(
    customer: Track,
    agent: Track,
    duration: float,
    exchanges: Sequence[CallExchange],
    *,
    language: str,
    options: JudgeOptions = JudgeOptions(),
) -> CallMetrics:
    """The :class:`CallMetrics` of a call from its two sides (call clock) and its judged exchanges."""
    context, _ = make_context(language, options=options)
    customer_spans = merge_spans(speech_of(customer), 0.0)
    agent_spans = merge_spans(speech_of(agent), 0.0)
    customer_s = sum(s.duration for s in customer_spans)
    agent_s = sum(s.duration for s in agent_spans)
    overlap = _overlap(customer_spans, agent_spans)
    anyone = customer_s + agent_s - overlap
    interruptions = sum(1 for e in exchanges for f in e.findings if f.kind == "interruption")
    longest = max((float(e.result.metrics.get("longest_monologue") or 0.0) for e in exchanges), default=0.0)
    gaps = [
        float(gap)
        for e in exchanges
        if not e.opening and (gap := e.result.metrics.get("response_gap")) is not None and gap >= 0
    ]
    words = seconds = 0.0
    for e in exchanges:
        wpm, spoken = pace.words_per_minute(e.result.turn, context)
        if wpm is not None:
            words += wpm * spoken / 60.0
            seconds += spoken
    minutes = duration / 60.0
    return CallMetrics(
        talk_ratio=_r(agent_s / (agent_s + customer_s)) if agent_s + customer_s > 0 else None,
        longest_monologue=round(longest, 3),
        patience=_r(sum(gaps) / len(gaps)) if gaps else None,
        interruptions_per_minute=round(interruptions / minutes, 3) if minutes > 0 else 0.0,
        overlap_share=round(overlap / anyone, 3) if anyone > 0 else 0.0,
        words_per_minute=_r(60.0 * words / seconds, 1) if seconds > 0 else None,
        agent_seconds=round(agent_s, 3),
        customer_seconds=round(customer_s, 3),
        overlap_seconds=round(overlap, 3),
        interruptions=interruptions,
        exchanges=len(exchanges),
        minutes=round(minutes, 3),
    )


# -- judging ---------------------------------------------------------------------------------------


def judge_call(
    customer: Track,
    agent: Track,
    duration: float,
    *,
    language: str,
    scenario: Scenario | None = None,
    options: JudgeOptions = JudgeOptions(),
    models: Mapping[str, Any] | None = None,
    resources: LanguageResources = PLAIN,
    notes: Sequence[str] = (),
    floor_min: float = FLOOR_MIN,
) -> CallResult:
    """Judge a whole call: ``customer`` and ``agent`` tracks (seconds of the recording),
    ``duration`` its length in seconds. Each exchange is judged as one turn (no scenario unless
    ``scenario`` is given and the exchange's customer line fits one of its turns, see
    :func:`match_scenario`); the opening (agent talk before the customer's first line) only for
    what needs no customer line (pace, fillers, monologue). ``models`` and ``notes`` are kept in
    the result. Raises ``UserError`` for an unsupported ``language``."""
    parts = split_call(customer, agent, duration, language=language, options=options, floor_min=floor_min)
    steps = match_scenario(parts, scenario) if scenario is not None else [None] * len(parts)
    judged: list[CallExchange] = []
    for number, (part, step_id) in enumerate(zip(parts, steps), start=1):
        result = judge(
            part.turn,
            language=language,
            scenario=scenario if step_id is not None else None,
            step_id=step_id,
            options=options,
            models=models,
            resources=resources,
        )
        if part.opening:
            result = _opening(result, scenario is not None)
        judged.append(CallExchange(number, part.start, part.end, result, part.opening))
    answered = [e.result.score for e in judged if not e.opening]
    metrics = call_metrics(customer, agent, duration, judged, language=language, options=options)
    shared = judged[0].result.options if judged else {}
    return CallResult(
        exchanges=tuple(judged),
        metrics=metrics,
        language=language,
        duration_s=duration,
        notes=tuple(notes),
        scenario_id=scenario.id if scenario is not None else None,
        score=scoring.mean_score(answered),
        options=dict(shared),
    )


def call_of_turn(result: TurnResult, notes: Sequence[str] | None = None) -> CallResult:
    """One judged turn (two files, ``analyze --customer/--trainee``) as a call of one exchange,
    so the call's report (HTML) can show it; the turn's notes are the call's unless ``notes``."""
    turn = result.turn
    exchange = CallExchange(1, 0.0, turn.duration, result)
    return CallResult(
        exchanges=(exchange,),
        metrics=call_metrics(turn.customer, turn.trainee, turn.duration, (exchange,), language=result.language),
        language=result.language,
        duration_s=turn.duration,
        notes=tuple(turn.notes if notes is None else notes),
        scenario_id=result.scenario_id,
        score=result.score,
        options=dict(result.options),
    )


#: What an opening (agent talk, no customer line) is judged for: the rest needs a line to answer.
OPENING_KINDS = ("pace", "filler_words", "monologue", "avoid_phrase")


def _opening(result: TurnResult, _with_scenario: bool) -> TurnResult:
    kept = tuple(f for f in result.findings if f.kind in OPENING_KINDS)
    score = scoring.score(kept, result.score.weights)
    return replace(result, findings=kept, score=score, outcomes=())


__all__ = [
    "OPENING_KINDS",
    "SCENARIO_MATCH",
    "CallExchange",
    "CallMetrics",
    "CallResult",
    "call_metrics",
    "call_of_turn",
    "judge_call",
    "match_scenario",
]
