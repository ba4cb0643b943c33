"""The scenario model: what a customer says, turn by turn, and what a good reply does.

Scenario files are YAML written by hand (see ``scenarios/README.de.md`` and ``README.md``), so the
schema has short keys and sensible defaults, and pydantic (``extra="forbid"``) rejects typos with
the field path. Shorthands accepted:

- ``facts: {name: Keller}`` or ``facts: {name: {value: Keller, ask: [Name, heißen]}}``
- ``key_points: {apology: [tut mir leid, entschuldige]}`` or ``key_points: {apology: entschuldige}``
- ``next: t3`` or ``next: {good: t3, poor: t2b}``
- numbers where text is expected (``value: 4711``, ``say: 42``) are taken as text

Besides each field's own checks, a scenario is checked as a whole: turn ids are unique, every
``next`` target exists, every turn can be reached from the first and can reach the end,
``no_reask`` names facts given so far, the voice matches the language, every spoken text can be
spoken (:func:`voicecoach.core.speakable.speech_problem`), and an id ending in
``-de``/``-en`` matches ``language``. All such problems are raised together as one
:class:`SchemaProblems`, each with its place (``turns[2].next.poor``), so a loader can put a line
number on every one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum
from pathlib import PurePosixPath, PureWindowsPath
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from voicecoach.core.errors import Said
from voicecoach.core.languages import LANGUAGES, Language
from voicecoach.core.speakable import speech_problem
from voicecoach.core.words.command_line import choice_value
from voicecoach.core.words.ui import UI
from voicecoach.core.words.voices import ADDRESSES

Difficulty = Literal["easy", "medium", "hard"]
Mood = Literal["calm", "friendly", "annoyed", "angry", "confused", "sceptical", "hurried", "sad"]
Patience = Literal["low", "high"]
Gender = Literal["female", "male", "diverse"]
Address = Literal["sie", "du"]
SKILLS = ("listening", "timing", "empathy", "clarity")


def _english_choice(kind: str, value: object) -> object:
    """A choice a scenario file may give in German too ("mittel", "wütend", "weiblich"), as the
    English value the model keeps (CHOICES in core/words/command_line.py, as the CLI accepts them);
    anything else is left for the model's own check."""
    return (choice_value(kind, value) or value) if isinstance(value, str) else value


def _english_theme(value: object) -> object:
    """A theme given by its German name ("Reklamation", "Kündigung") as its English key ("complaint",
    which the judge reads), by the names in core/words/ui.py; other themes as they are."""
    if isinstance(value, str):
        wanted = value.strip().casefold()
        for key, words in UI.items():
            if key.startswith("theme.") and wanted == str(words.get("de", "")).casefold():
                return key.removeprefix("theme.")
    return value


_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
#: A Piper voice name: ``de_DE-thorsten-medium``, ``en_US-joe-medium``, ``en_GB-alba-medium``.
_VOICE_RE = re.compile(r"^(?P<lang>[a-z]{2,3})_[A-Za-z]{2,3}-[^-/\\]+-(?:x_low|low|medium|high)$")
#: Recorded audio formats the audio reader handles.
AUDIO_SUFFIXES = (".wav", ".flac", ".ogg", ".mp3", ".m4a", ".opus")
#: ``next`` target that ends the call.
END = "end"

Loc = tuple[str | int, ...]
NonEmpty = Annotated[str, Field(min_length=1)]


class SchemaProblems(ValueError):
    """Problems a validator found, each at a place below the value it checked.

    ``problems`` holds ``(loc, message)`` pairs (the message a :class:`Said`, said in the UI
    language when shown); ``loc`` continues the location pydantic reports
    for the error (``()`` for the whole scenario), so the loader can show a line for each.
    """

    def __init__(self, problems: Sequence[tuple[Loc, str | Said]]):
        self.problems = list(problems)
        super().__init__("; ".join(f"{loc_text(loc)}: {msg}" if loc else str(msg) for loc, msg in problems))


def loc_text(loc: Loc) -> str:
    """``('turns', 2, 'next')`` as ``turns[2].next``."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


class Outcome(str, Enum):
    """How a reply went, for branching. Checked in this order; the first that applies wins."""

    interrupted = "interrupted"
    reasked = "reasked"
    pushed = "pushed"  # pressed an offer again after the customer's no
    contradicted = "contradicted"  # contradicted or doubted the customer
    missed = "missed"
    poor = "poor"
    good = "good"
    default = "default"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, coerce_numbers_to_str=True)


def _as_list(value: object) -> object:
    """Let a single phrasing stand where a list is expected."""
    return [value] if isinstance(value, (str, int, float)) and not isinstance(value, bool) else value


def _audio_path(value: str | None) -> str | None:
    """A recorded-audio path must be relative, stay inside the scenario folder and name a sound file."""
    if value is None:
        return None
    if PurePosixPath(value).is_absolute() or PureWindowsPath(value).is_absolute() or PureWindowsPath(value).drive:
        raise ValueError(
            Said(
                "'{value}' is an absolute path; give it relative to the scenario folder, e.g. audio/t1.wav", value=value
            )
        )
    parts = PureWindowsPath(value).parts  # splits on / and \ alike
    if ".." in parts:
        raise ValueError(
            Said("'{value}' leaves the scenario folder; keep recordings inside it, e.g. audio/t1.wav", value=value)
        )
    if not value.lower().endswith(AUDIO_SUFFIXES):
        raise ValueError(
            Said(
                "'{value}' is not a sound file; use one of {suffixes}", value=value, suffixes=", ".join(AUDIO_SUFFIXES)
            )
        )
    return value


class Brief(_Strict):
    situation: str = Field(min_length=1, description="What the trainee needs to know before the call.")
    goal: str = Field(min_length=1, description="What a good call achieves.")


class Persona(_Strict):
    name: str = Field(min_length=1)
    gender: Gender | None = Field(
        default=None,
        description=(
            "female, male or diverse: picks the German forms (Kundin/Kunde, sie/ihn, von Frau/von Herrn) "
            "(and a stand-in voice variant where one is measured); default: from 'Frau'/'Herr' in the name, else neutral."
        ),
    )
    mood: Mood = "calm"

    @field_validator("gender", "mood", mode="before")
    @classmethod
    def _german_choice(cls, value: object, info: ValidationInfo) -> object:
        return _english_choice(info.field_name or "", value)

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

    @field_validator("voice")
    @classmethod
    def _voice_shape(cls, value: str | None) -> str | None:
        looks_like_path = value is not None and (
            "/" in value or "\\" in value or value.startswith((".", "~")) or value.lower().endswith(".onnx")
        )
        if value is None or looks_like_path or _VOICE_RE.match(value):
            return value
        raise ValueError(
            Said(
                "'{value}' is not a Piper voice name like de_DE-thorsten-medium or en_US-joe-medium "
                "(language_REGION-name-quality), nor a path to a voice (.onnx file or folder)",
                value=value,
            )
        )

    @field_validator("gender", mode="before")
    @classmethod
    def _gender_word(cls, value: object) -> object:
        if value is None or value in ("female", "male", "diverse"):
            return value
        raise ValueError(
            Said(
                "'{value}' is not a gender here; use female, male or diverse (it picks Kundin/Kunde, sie/ihn "
                "and von Frau/von Herrn in German texts)",
                value=value,
            )
        )

    @model_validator(mode="after")
    def _gender_matches_address(self) -> Persona:
        address = self.name.split(" ")[0].rstrip(".")
        implied = ADDRESSES.get(address)
        if implied is not None and self.gender is not None and self.gender != implied:
            raise SchemaProblems(
                [
                    (
                        ("gender",),
                        Said(
                            "'{gender}' does not match '{address}' in the name; use gender: {implied}",
                            gender=self.gender,
                            address=address,
                            implied=implied,
                        ),
                    )
                ]
            )
        return self

    @property
    def form_gender(self) -> Gender | None:
        """The gender German texts use: ``gender``, else the one 'Frau'/'Herr' in the name says, else None."""
        if self.gender is not None:
            return self.gender
        implied = ADDRESSES.get(self.name.split(" ")[0].rstrip("."))
        return implied  # type: ignore[return-value]

    @property
    def voice_language(self) -> str | None:
        """``de`` for ``de_DE-thorsten-medium``; None for a path or no voice."""
        match = _VOICE_RE.match(self.voice or "")
        return match.group("lang") if match else None


class Fact(_Strict):
    """Something the customer has told; asking for it again shows the trainee did not listen."""

    value: str = Field(min_length=1)
    ask: list[NonEmpty] = Field(
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
    audio: str | None = Field(default=None, description="Recorded line, relative to the scenario folder.")

    @field_validator("audio")
    @classmethod
    def _audio_inside(cls, value: str | None) -> str | None:
        return _audio_path(value)


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
    avoid: list[NonEmpty] = Field(default_factory=list, description="Phrases the reply should not contain.")
    empathy: list[NonEmpty] = Field(
        default_factory=list,
        description=(
            "Words that also take up the customer's feeling in this turn, besides the built-in ones "
            "('voicecoach scenarios learn' adds what a trainee's reply said)."
        ),
    )
    ask_need: bool = Field(default=False, description="Reply should ask a question to find out the need.")
    accept_no: bool = Field(default=False, description="The customer said no: the reply must not push the offer again.")
    offer_words: list[NonEmpty] = Field(
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
        problems: list[tuple[Loc, Said]] = []
        for key, phrasings in value.items():
            if not key:
                problems.append(((key,), Said("a key point needs a name, e.g. apology: [tut mir leid]")))
            elif not phrasings:
                problems.append(((key,), Said("key point '{key}' needs at least one phrasing", key=key)))
        if problems:
            raise SchemaProblems(problems)
        return value

    @field_validator("avoid", "offer_words", "empathy", mode="before")
    @classmethod
    def _phrase_lists(cls, value: object) -> object:
        return _as_list(value)


NextTarget = str | dict[Outcome, str]


class Step(_Strict):
    """One customer turn: the line, the facts it gives and what the reply should do."""

    id: str | None = Field(default=None, description="Turn id for branching; default t1, t2, ...")
    say: str = Field(min_length=1, description="The customer's line.")
    example: str | None = Field(
        default=None,
        min_length=1,
        description=(
            "A model reply a good agent might give (used by the demo call and shown to the trainee after the turn)."
        ),
    )
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
            return {key: fact if isinstance(fact, dict) else {"value": fact} for key, fact in value.items()}
        return value

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str | None) -> str | None:
        if value is not None and not _ID_RE.match(value):
            raise ValueError(Said("use lowercase letters, digits, '-' and '_'"))
        return value

    @field_validator("audio")
    @classmethod
    def _audio_inside(cls, value: str | None) -> str | None:
        return _audio_path(value)

    @field_validator("next", mode="before")
    @classmethod
    def _next_shape(cls, value: object) -> object:
        if value is None or isinstance(value, str):
            return value
        outcomes = ", ".join(outcome.value for outcome in Outcome)
        if isinstance(value, dict):
            if not value:
                raise ValueError(Said("give at least one outcome, e.g. {good: t3, poor: t2}"))
            problems: list[tuple[Loc, Said]] = []
            for key, target in value.items():
                if not isinstance(key, str) or key not in Outcome.__members__:
                    problems.append(
                        (
                            (str(key),),
                            Said("unknown outcome '{key}'; use one of {outcomes}", key=key, outcomes=outcomes),
                        )
                    )
                elif not isinstance(target, str) or not target.strip():
                    problems.append(((key,), Said("give a turn id or 'end'")))
            if problems:
                raise SchemaProblems(problems)
            return value
        raise ValueError(
            Said("give a turn id, 'end', or outcomes like {{good: t3, poor: t2}} ({outcomes})", outcomes=outcomes)
        )


class Scenario(_Strict):
    id: str = Field(description="Unique id, lowercase with dashes, e.g. late-delivery-de.")
    title: str = Field(min_length=1)
    language: Language
    difficulty: Difficulty = "medium"
    theme: str = Field(default="service", description="e.g. complaint, cancellation, sales.")

    @field_validator("difficulty", mode="before")
    @classmethod
    def _german_difficulty(cls, value: object) -> object:
        return _english_choice("difficulty", value)

    @field_validator("theme", mode="before")
    @classmethod
    def _german_theme(cls, value: object) -> object:
        return _english_theme(value)

    brief: Brief
    persona: Persona
    weights: dict[Literal["listening", "timing", "empathy", "clarity"], float] = Field(
        default_factory=dict, description="Skill weights for the total score (default 1 each)."
    )
    address: Address | None = Field(
        default=None,
        description=(
            "German only: how the trainee addresses the customer, sie (formal, the default) or du; "
            "a reply in the other form is a finding."
        ),
    )
    turns: list[Step] = Field(min_length=1, max_length=12)

    @field_validator("address", mode="before")
    @classmethod
    def _address_word(cls, value: object) -> object:
        if value is None or value in ("sie", "du"):
            return value
        if isinstance(value, str) and value.strip().lower() in ("sie", "du"):
            return value.strip().lower()  # "Sie", "Du" as a German trainer writes them
        raise ValueError(Said("'{value}' is not a form of address; use sie or du", value=value))

    @property
    def form_of_address(self) -> Address | None:
        """How the trainee must address the customer: ``address``, "sie" for a German scenario
        without it, None for English (which has no such choice)."""
        if self.language != "de":
            return None
        return self.address or "sie"

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not _ID_RE.match(value):
            raise ValueError(Said("use lowercase letters, digits, '-' and '_', e.g. late-delivery-de"))
        return value

    @field_validator("weights")
    @classmethod
    def _weights_positive(cls, value: dict[str, float]) -> dict[str, float]:
        for skill, weight in value.items():
            if weight < 0:
                raise ValueError(Said("weight of {skill} must not be negative", skill=skill))
        return value

    @model_validator(mode="after")
    def _whole_scenario(self) -> Scenario:
        problems: list[tuple[Loc, Said]] = []
        ids = self.turn_ids
        first_index: dict[str, int] = {}
        for index, turn_id in enumerate(ids):
            if turn_id in first_index:
                problems.append(
                    (
                        ("turns", index, "id"),
                        Said(
                            "turn id '{turn_id}' is already used by turns[{first}]",
                            turn_id=turn_id,
                            first=first_index[turn_id],
                        ),
                    )
                )
            first_index.setdefault(turn_id, index)
        for index, step in enumerate(self.turns):
            targets = (
                [((), step.next)]
                if isinstance(step.next, str)
                else [((outcome.value,), target) for outcome, target in (step.next or {}).items()]
            )
            for sub, target in targets:
                if target != END and target not in ids:
                    problems.append(
                        (
                            ("turns", index, "next", *sub),
                            Said(
                                "unknown turn '{target}' (known: {known}, or 'end')",
                                target=target,
                                known=", ".join(dict.fromkeys(ids)),
                            ),
                        )
                    )
            given = self.facts_before_possible(step)
            for position, key in enumerate(step.expect.no_reask or []):
                if key not in given:
                    known = ", ".join(given) or Said("none yet")
                    problems.append(
                        (
                            ("turns", index, "expect", "no_reask", position),
                            Said("'{key}' is not a fact given up to this turn (given: {known})", key=key, known=known),
                        )
                    )
        problems += self._unspeakable()
        suffix = self.id.rsplit("-", 1)[-1]
        if suffix in LANGUAGES and suffix != self.language:
            problems.append(
                (
                    ("id",),
                    Said(
                        "the id ends in '-{suffix}' but language is '{language}'", suffix=suffix, language=self.language
                    ),
                )
            )
        if self.address is not None and self.language != "de":
            problems.append(
                (
                    ("address",),
                    Said(
                        "'address: {address}' is for German scenarios (sie or du); "
                        "'{language}' has no such choice, so remove it",
                        address=self.address,
                        language=self.language,
                    ),
                )
            )
        voice_language = self.persona.voice_language
        if voice_language is not None and voice_language != self.language:
            problems.append(
                (
                    ("persona", "voice"),
                    Said(
                        "'{voice}' speaks '{voice_language}', but the scenario's language is '{language}'; "
                        "pick a {language} voice",
                        voice=self.persona.voice,
                        voice_language=voice_language,
                        language=self.language,
                    ),
                )
            )
        if not problems:  # the flow checks need valid ids and targets
            problems.extend(self._flow_problems())
        if problems:
            raise SchemaProblems(problems)
        return self

    def _flow_problems(self) -> list[tuple[Loc, Said]]:
        """Turns that are never reached, and turns from which the call can never end."""
        ids = self.turn_ids
        successors = {turn_id: self._successors(turn_id) for turn_id in ids}
        reached = {ids[0]}
        todo = [ids[0]]
        while todo:
            for target in successors[todo.pop()]:
                if target != END and target not in reached:
                    reached.add(target)
                    todo.append(target)
        ending = {turn_id for turn_id in ids if END in successors[turn_id]}
        changed = True
        while changed:
            before = len(ending)
            ending |= {turn_id for turn_id in ids if successors[turn_id] & ending}
            changed = len(ending) != before
        problems: list[tuple[Loc, Said]] = []
        for index, turn_id in enumerate(ids):
            if turn_id not in reached:
                problems.append(
                    (
                        ("turns", index),
                        Said("turn '{turn_id}' is never reached; point a 'next' at it or remove it", turn_id=turn_id),
                    )
                )
            elif turn_id not in ending:
                problems.append(
                    (
                        ("turns", index, "next"),
                        Said(
                            "from turn '{turn_id}' the call can never end; let one way lead to 'end' or a later turn",
                            turn_id=turn_id,
                        ),
                    )
                )
        return problems

    def _unspeakable(self) -> list[tuple[Loc, Said]]:
        """Spoken texts (lines, interjections, model replies, the protest) a voice cannot say."""
        spoken: list[tuple[Loc, str | None]] = [(("persona", "protest"), self.persona.protest)]
        for index, step in enumerate(self.turns):
            spoken += [(("turns", index, "say"), step.say), (("turns", index, "example"), step.example)]
            if step.interjection is not None:
                spoken.append((("turns", index, "interjection", "say"), step.interjection.say))
        problems: list[tuple[Loc, Said]] = []
        for loc, text in spoken:
            problem = speech_problem(text, self.language) if text else None
            if problem is not None:
                problems.append((loc, problem))
        return problems

    def _successors(self, turn_id: str) -> set[str]:
        """Every turn (or END) that can follow ``turn_id``."""
        step = self.step(turn_id)
        position = self.turn_ids.index(turn_id)
        following = self.turn_ids[position + 1] if position + 1 < len(self.turns) else END
        if step.next is None:
            return {following}
        if isinstance(step.next, str):
            return {step.next}
        targets = set(step.next.values())
        if Outcome.default not in step.next:
            targets.add(following)
        return targets

    @property
    def turn_ids(self) -> list[str]:
        return [step.id or f"t{index}" for index, step in enumerate(self.turns, start=1)]

    def step(self, turn_id: str) -> Step:
        return self.turns[self.turn_ids.index(turn_id)]

    def turn_number(self, turn_id: str) -> int:
        """1-based position of a turn in the file, as a trainer reads the scenario and every view
        numbers its steps (``scenarios show``, ``scenarios record --turn N``, the recording screen)."""
        return self.turn_ids.index(turn_id) + 1

    def step_number(self, turn_id: str | None, fallback: int) -> int:
        """:meth:`turn_number` of ``turn_id``, or ``fallback`` (the reply's 1-based place in the
        call) where the step is unknown or no longer in the file: the one rule every view (call
        lines, TUI, report, history) numbers a judged reply's step by."""
        return self.turn_number(turn_id) if turn_id is not None and turn_id in self.turn_ids else fallback

    def branches(self, turn_id: str) -> list[tuple[tuple[Outcome, ...], str]]:
        """Where the call goes after ``turn_id``, as a trainer reads it: ``[(outcomes, target)]``
        with ``target`` a turn id or :data:`END`, in :class:`Outcome` order (the order they are
        checked in).

        ``[]`` when the step has no ``next`` (the call goes on with the following step);
        ``[((), target)]`` when it always goes to one place; else the outcomes that lead somewhere
        other than the rest, grouped by target, then ``((Outcome.default,), target)`` for the rest
        (the ``default`` branch, or where :meth:`next_turn` goes when no outcome applies).
        """
        step = self.step(turn_id)
        if step.next is None:
            return []
        if isinstance(step.next, str):
            return [((), step.next)]
        otherwise = self.next_turn(turn_id, set()) or END
        groups: dict[str, list[Outcome]] = {}
        for outcome in Outcome:
            target = step.next.get(outcome)
            if outcome is not Outcome.default and target is not None and target != otherwise:
                groups.setdefault(target, []).append(outcome)
        if not groups:
            return [((), otherwise)]
        return [(tuple(outcomes), target) for target, outcomes in groups.items()] + [((Outcome.default,), otherwise)]

    def numbered_branches(self, turn_id: str) -> list[tuple[tuple[str, ...], int | None]]:
        """:meth:`branches` with each outcome by its name and each target by its step number
        (:meth:`turn_number`; None where the call ends): what a view shows."""
        return [
            (tuple(outcome.value for outcome in outcomes), None if target == END else self.turn_number(target))
            for outcomes, target in self.branches(turn_id)
        ]

    def facts_until(self, step: Step, path: Sequence[str] | None = None) -> dict[str, Fact]:
        """Facts the customer has given by the end of ``step``.

        With ``path`` (the ids of the turns played before ``step``, in order): the facts of those
        turns and of ``step``. Without it: the facts given on *every* way through the call that
        reaches ``step``, so a branch turn the trainee may never have heard does not count. For a
        call without branches that is every turn up to this one, in file order.
        """
        index = self._index_of(step)
        if path is not None:
            played = [self.step(turn_id) for turn_id in path if turn_id in self.turn_ids]
            return _merge_facts([*played, self.turns[index]])
        keys = self._known_fact_keys()[index]
        return {key: fact for key, fact in _merge_facts(self.turns).items() if key in keys}

    def facts_before_possible(self, step: Step) -> dict[str, Fact]:
        """Facts given on *some* way to ``step`` (``step`` included): what ``no_reask`` may name."""
        index = self._index_of(step)
        predecessors = self._predecessors()
        seen = {index}
        todo = [index]
        while todo:
            for before in predecessors[todo.pop()]:
                if before not in seen:
                    seen.add(before)
                    todo.append(before)
        return _merge_facts([turn for position, turn in enumerate(self.turns) if position in seen])

    def _index_of(self, step: Step) -> int:
        for position, candidate in enumerate(self.turns):
            if candidate is step:
                return position
        return self.turns.index(step)

    def _predecessors(self) -> list[set[int]]:
        ids = self.turn_ids
        predecessors: list[set[int]] = [set() for _ in ids]
        for position, turn_id in enumerate(ids):
            for target in self._successors(turn_id):
                if target in ids:
                    predecessors[ids.index(target)].add(position)
        return predecessors

    def refused_before(self, step: Step, path: Sequence[str] | None = None) -> tuple[str, ...]:
        """The offer words of the turns before ``step`` where the customer said no
        (``expect.accept_no``): a no holds for the rest of the call, so naming the offer again in a
        later turn pushes it too (a trainer: "And with the annual plan you'd get priority next
        time", a turn after the no). With ``path`` (the turns played before ``step``): those; without:
        the turns played before it on every way through the call (as :meth:`facts_until`)."""
        words = [word for turn in self._before(step, path) if turn.expect.accept_no for word in turn.expect.offer_words]
        return tuple(dict.fromkeys(words))

    def said_before(self, step: Step, path: Sequence[str] | None = None) -> tuple[str, ...]:
        """The customer's lines (``say``) of the turns before ``step``, in call order: what the
        customer has told us so far ("Herr Braun hat den Karton mitgenommen" in turn 1 still puts
        the fault on us in turn 3). ``path`` as in :meth:`refused_before`."""
        return tuple(turn.say for turn in self._before(step, path) if turn.say)

    def avoided_before(self, step: Step, path: Sequence[str] | None = None) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """For each turn before ``step`` with phrases to avoid: (the customer's line, those phrases),
        in call order. An excuse of ours the customer reported there and the trainer listed to
        avoid ("Dean says they get stressed in the basket": "stressed") is still the colleague's
        excuse when it comes back in a later turn ("The birds really were stressed, though").
        ``path`` as in :meth:`refused_before`."""
        return tuple((turn.say, tuple(turn.expect.avoid)) for turn in self._before(step, path) if turn.expect.avoid)

    def _before(self, step: Step, path: Sequence[str] | None) -> list[Step]:
        """The turns heard before ``step``: those of ``path`` (a live call's), else the turns played
        before it on every way through the call; ``step`` itself never."""
        if path is not None:
            before = [self.step(turn_id) for turn_id in path if turn_id in self.turn_ids]
        else:
            index = self._index_of(step)
            before = [self.turns[i] for i in sorted(self._surely_before()[index] - {index})]
        return [turn for turn in before if turn is not step]

    def _surely_before(self) -> list[set[int]]:
        """Per turn, the turns (by position, itself included) played on every way that reaches it."""
        predecessors = self._predecessors()
        every = set(range(len(self.turns)))
        known = [{0}, *(set(every) for _ in self.turns[1:])]
        changed = True
        while changed:
            changed = False
            for position in range(1, len(self.turns)):
                if not predecessors[position]:  # never reached: file order, as a best guess
                    new = set(range(position + 1))
                else:
                    new = set.intersection(*(known[before] for before in predecessors[position])) | {position}
                if new != known[position]:
                    known[position] = new
                    changed = True
        return known

    def _known_fact_keys(self) -> list[set[str]]:
        """Per turn, the fact keys known at its end on every way from the first turn."""
        own = [set(turn.facts) for turn in self.turns]
        predecessors = self._predecessors()
        everything = set().union(*own)
        known = [own[0], *(set(everything) for _ in own[1:])]
        changed = True
        while changed:
            changed = False
            for position in range(1, len(own)):
                if not predecessors[position]:  # never reached: file order, as a best guess
                    new = set().union(*own[: position + 1])
                else:
                    new = set.intersection(*(known[before] for before in predecessors[position])) | own[position]
                if new != known[position]:
                    known[position] = new
                    changed = True
        return known

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
            if target is None:  # no branch applies: on to the following turn that no other branch reserves
                # (with {good: plan, poor: doubted}, a 92/100 reply with a major finding is neither, and must
                # not land in "doubted", the turn kept for poor replies, just because it comes next)
                reserved = {t for o, t in step.next.items() if o is not Outcome.default and o not in outcomes}
                position = self.turn_ids.index(turn_id)
                later = [t for t in self.turn_ids[position + 1 :] if t not in reserved]
                target = later[0] if later else step.next.get(Outcome.good)
        return None if target == END else target


def _merge_facts(turns: Sequence[Step]) -> dict[str, Fact]:
    facts: dict[str, Fact] = {}
    for turn in turns:
        facts.update(turn.facts)
    return facts
