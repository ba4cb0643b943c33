"""The scenario model: what a customer says, turn by turn, and what a good reply does.

Scenario files are YAML written by hand (see ``scenarios/README.md``), so the schema has short
keys and sensible defaults, and pydantic (``extra="forbid"``) rejects typos with the field path.
Shorthands accepted:

- ``facts: {name: Keller}`` or ``facts: {name: {value: Keller, ask: [Name, heißen]}}``
- ``key_points: {apology: [tut mir leid, entschuldige]}`` or ``key_points: {apology: entschuldige}``
- ``next: t3`` or ``next: {good: t3, poor: t2b}``
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Language = Literal["de", "en"]
Difficulty = Literal["easy", "medium", "hard"]
Mood = Literal["calm", "friendly", "annoyed", "angry", "confused", "sceptical", "hurried", "sad"]
Patience = Literal["low", "high"]
SKILLS = ("listening", "timing", "empathy", "clarity")

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
#: ``next`` target that ends the call.
END = "end"


class Outcome(str, Enum):
    """How a reply went, for branching. Checked in this order; the first that applies wins."""

    interrupted = "interrupted"
    reasked = "reasked"
    missed = "missed"
    poor = "poor"
    good = "good"
    default = "default"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


def _as_list(value: object) -> object:
    """Let a single phrasing stand where a list is expected."""
    return [value] if isinstance(value, str) else value


class Brief(_Strict):
    situation: str = Field(min_length=1, description="What the trainee needs to know before the call.")
    goal: str = Field(min_length=1, description="What a good call achieves.")


class Persona(_Strict):
    name: str = Field(min_length=1)
    mood: Mood = "calm"
    voice: str | None = Field(
        default=None,
        description="Piper voice name (e.g. de_DE-thorsten-medium) or .onnx path; default: per language.",
    )
    speaker: int | None = Field(default=None, ge=0, description="Speaker id for multi-speaker voices.")
    rate: float = Field(default=1.0, gt=0.3, le=3.0, description="Speaking rate: 1.0 normal, 0.8 slower.")
    patience: Patience = Field(
        default="high",
        description="low: stops and protests when interrupted; high: talks on.",
    )
    protest: str | None = Field(
        default=None, description="What the persona says when interrupted (default per language)."
    )


class Fact(_Strict):
    """Something the customer has told; asking for it again shows the trainee did not listen."""

    value: str = Field(min_length=1)
    ask: list[str] = Field(
        default_factory=list,
        description="Words that ask for this fact (e.g. Bestellnummer); built-ins exist for common keys.",
    )

    @field_validator("value", mode="before")
    @classmethod
    def _scalar_to_text(cls, value: object) -> object:
        return str(value) if isinstance(value, (int, float)) else value

    @field_validator("ask", mode="before")
    @classmethod
    def _ask_list(cls, value: object) -> object:
        return _as_list(value)


class Interjection(_Strict):
    """A customer line that cuts into the trainee's reply; the trainee should yield."""

    say: str = Field(min_length=1)
    at: float = Field(default=2.0, ge=0.0, description="Seconds after the trainee starts replying.")
    audio: str | None = None


class Expect(_Strict):
    """What the trainee's reply to a turn should do."""

    key_points: dict[str, list[Annotated[str, Field(min_length=1)]]] = Field(
        default_factory=dict,
        description="Points the reply must address, each with alternative phrasings.",
    )
    no_reask: list[str] | None = Field(
        default=None,
        description="Facts (keys) the reply must not ask for again; default: every fact given so far.",
    )
    acknowledge_emotion: bool | None = Field(
        default=None,
        description="Reply must acknowledge the customer's feeling; default: yes for annoyed/angry/sad turns.",
    )
    avoid: list[str] = Field(default_factory=list, description="Phrases the reply should not contain.")
    ask_need: bool = Field(default=False, description="Reply should ask a question to find out the need.")
    accept_no: bool = Field(
        default=False, description="The customer said no: the reply must not push the offer again."
    )
    offer_words: list[str] = Field(
        default_factory=list, description="Words that mean pushing the offer (used with accept_no)."
    )

    @field_validator("key_points", mode="before")
    @classmethod
    def _phrasings_as_lists(cls, value: object) -> object:
        if isinstance(value, dict):
            return {key: _as_list(phrasings) for key, phrasings in value.items()}
        if isinstance(value, list):  # a plain list: each phrasing is its own point
            return {str(item): [item] for item in value}
        return value

    @field_validator("key_points")
    @classmethod
    def _phrasings_not_empty(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for key, phrasings in value.items():
            if not phrasings:
                raise ValueError(f"key point '{key}' needs at least one phrasing")
        return value

    @field_validator("avoid", "offer_words", mode="before")
    @classmethod
    def _phrase_lists(cls, value: object) -> object:
        return _as_list(value)


NextTarget = Union[str, dict[Outcome, str]]


class Step(_Strict):
    """One customer turn: the line, the facts it gives and what the reply should do."""

    id: str | None = Field(default=None, description="Turn id for branching; default t1, t2, ...")
    say: str = Field(min_length=1, description="The customer's line.")
    audio: str | None = Field(
        default=None, description="Recorded line, relative to the scenario folder (replaces TTS)."
    )
    emotion: Mood | None = Field(default=None, description="The feeling the customer shows in this line.")
    facts: dict[str, Fact] = Field(default_factory=dict)
    expect: Expect = Field(default_factory=Expect)
    interjection: Interjection | None = None
    next: NextTarget | None = Field(
        default=None, description="Turn id, 'end', or {good: id, poor: id, ...}; default: the next turn."
    )

    @field_validator("facts", mode="before")
    @classmethod
    def _fact_shorthand(cls, value: object) -> object:
        if isinstance(value, dict):
            return {
                key: fact if isinstance(fact, dict) else {"value": fact} for key, fact in value.items()
            }
        return value

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str | None) -> str | None:
        if value is not None and not _ID_RE.match(value):
            raise ValueError("use lowercase letters, digits, '-' and '_'")
        return value


class Scenario(_Strict):
    id: str = Field(description="Unique id, lowercase with dashes, e.g. late-delivery-de.")
    title: str = Field(min_length=1)
    language: Language
    difficulty: Difficulty = "medium"
    theme: str = Field(default="service", description="e.g. complaint, cancellation, sales.")
    brief: Brief
    persona: Persona
    weights: dict[Literal["listening", "timing", "empathy", "clarity"], float] = Field(
        default_factory=dict, description="Skill weights for the total score (default 1 each)."
    )
    turns: list[Step] = Field(min_length=1, max_length=12)

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not _ID_RE.match(value):
            raise ValueError("use lowercase letters, digits, '-' and '_', e.g. late-delivery-de")
        return value

    @field_validator("weights")
    @classmethod
    def _weights_positive(cls, value: dict[str, float]) -> dict[str, float]:
        for skill, weight in value.items():
            if weight < 0:
                raise ValueError(f"weight of {skill} must not be negative")
        return value

    @model_validator(mode="after")
    def _turn_ids_and_targets(self) -> Scenario:
        ids = self.turn_ids
        if len(set(ids)) != len(ids):
            raise ValueError("two turns have the same id")
        for step in self.turns:
            for target in _targets(step.next):
                if target != END and target not in ids:
                    raise ValueError(
                        f"turn '{step.id or '?'}' goes next to unknown turn '{target}' "
                        f"(known: {', '.join(ids)}, or 'end')"
                    )
            for key in step.expect.no_reask or []:
                if key not in self.facts_until(step):
                    raise ValueError(f"no_reask names '{key}', which no turn up to this one gives")
        return self

    @property
    def turn_ids(self) -> list[str]:
        return [step.id or f"t{index}" for index, step in enumerate(self.turns, start=1)]

    def step(self, turn_id: str) -> Step:
        return self.turns[self.turn_ids.index(turn_id)]

    def turn_number(self, turn_id: str) -> int:
        """1-based position of a turn, as the CLI counts them."""
        return self.turn_ids.index(turn_id) + 1

    def facts_until(self, step: Step) -> dict[str, Fact]:
        """Facts the customer has given up to and including ``step`` (in file order)."""
        facts: dict[str, Fact] = {}
        for candidate in self.turns:
            facts.update(candidate.facts)
            if candidate is step:
                break
        return facts

    def next_turn(self, turn_id: str, outcomes: set[Outcome]) -> str | None:
        """The turn after ``turn_id`` given how the reply went; None ends the call."""
        step = self.step(turn_id)
        target: str | None
        if step.next is None:
            position = self.turn_ids.index(turn_id)
            target = self.turn_ids[position + 1] if position + 1 < len(self.turns) else None
        elif isinstance(step.next, str):
            target = step.next
        else:
            target = None
            for outcome in Outcome:
                if outcome in step.next and (outcome in outcomes or outcome is Outcome.default):
                    target = step.next[outcome]
                    break
            if target is None:  # no branch applies: fall through to the following turn
                position = self.turn_ids.index(turn_id)
                target = self.turn_ids[position + 1] if position + 1 < len(self.turns) else None
        return None if target == END else target


def _targets(next_: NextTarget | None) -> list[str]:
    if next_ is None:
        return []
    if isinstance(next_, str):
        return [next_]
    return list(next_.values())
