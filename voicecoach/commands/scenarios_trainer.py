"""Trainer commands under ``voicecoach scenarios``: new, record, pack, unpack.

- ``new`` writes a scenario folder (``NAME/scenario.yaml``) from a commented template and
  validates it as it is written (asks on a terminal, takes flags otherwise).
- ``record`` records the customer's line of one turn in the trainer's voice (or takes a file),
  trims and normalises it, and saves it with ``library_files.save_line``.
- ``pack`` and ``unpack`` share libraries as zip files (``library_files.pack`` and ``unpack``).

The file operations live in ``voicecoach/adapters/library_files.py``; this module takes the
arguments, asks on a terminal and prints.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from voicecoach.adapters.audio_files import read_audio, to_mono
from voicecoach.adapters.library import SCENARIO_FILE, find_scenario, format_guide, load_library
from voicecoach.adapters.library_files import pack, save_line, unpack, write_validated, yaml_scalar
from voicecoach.adapters.line_recorder import input_device, play, record_line
from voicecoach.adapters.own_copy import prepare, recording_place
from voicecoach.adapters.settings import load_settings, user_scenarios_dir
from voicecoach.commands.options import choice, decimal_number, whole_number
from voicecoach.core.audio_ops import prepare_line, rms_db
from voicecoach.core.errors import Said, UserError, spoken_language
from voicecoach.core.languages import LANGUAGES
from voicecoach.core.words import quote
from voicecoach.core.words.command_line import choice_value, shown_choice, shown_choices
from voicecoach.core.words.scenario_template import SCENARIO_COMMENTS
from voicecoach.core.words.voices import gender_of, persona_forms

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
MOODS = ("calm", "friendly", "annoyed", "angry", "confused", "sceptical", "hurried", "sad")


def register(commands: argparse._SubParsersAction) -> None:
    new = commands.add_parser("new", help="create a scenario from a commented template")
    new.add_argument("--id", help="lowercase with dashes, ending in -de or -en, e.g. late-delivery-de")
    new.add_argument("--language", **choice("language"), help="language of the call")
    new.add_argument("--title", help="short name shown in lists")
    new.add_argument("--persona", help="the customer's name, e.g. 'Frau Keller'")
    new.add_argument("--mood", **choice("mood"), help="the customer's mood")
    new.add_argument("--gender", **choice("gender"), help="the customer's gender (German forms: Kundin/Kunde, sie/ihn)")
    new.add_argument("--difficulty", **choice("difficulty"), default=None, help="how hard the call is")
    new.add_argument("--theme", help="e.g. complaint, cancellation, sales")
    new.add_argument("--situation", help="what the trainee knows before the call")
    new.add_argument("--goal", help="what a good call achieves")
    new.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FOLDER",
        help="scenario folder to create (default: your scenarios folder / ID)",
    )
    new.add_argument("--force", action="store_true", help="replace an existing scenario.yaml there")
    new.set_defaults(handler=run_new)

    record = commands.add_parser("record", help="record a turn's customer line in your own voice")
    record.add_argument("id", help="scenario id or path (a folder NAME/scenario.yaml)")
    record.add_argument("--turn", type=whole_number, required=True, help="turn number, 1 for the first")
    record.add_argument(
        "--input-device",
        help="microphone: number or (part of the) name; list them with: voicecoach call --list-devices",
    )
    record.add_argument("--from-file", type=Path, help="take the line from an audio file instead of recording")
    record.add_argument("--max-seconds", type=decimal_number, default=30.0, help="longest take (default 30)")
    record.add_argument(
        "--silence", type=decimal_number, default=1.5, help="stop after this many seconds of quiet (default 1.5)"
    )
    record.add_argument("--yes", action="store_true", help="keep the take without asking")
    record.set_defaults(handler=run_record)

    pack = commands.add_parser("pack", help="zip a folder of scenarios to share with a team")
    pack.add_argument("dir", type=Path, help="folder with scenarios (or one scenario folder)")
    pack.add_argument("-o", "--output", type=Path, required=True, help="zip file to write, e.g. team.zip")
    pack.add_argument("--force", action="store_true", help="replace an existing zip file")
    pack.set_defaults(handler=run_pack)

    unpack = commands.add_parser("unpack", help="install scenarios from a zip made with 'pack'")
    unpack.add_argument("zip", type=Path, help="the zip file")
    unpack.add_argument("--into", type=Path, help="target folder (default: your scenarios folder)")
    unpack.add_argument("--force", action="store_true", help="replace scenarios that already exist there")
    unpack.set_defaults(handler=run_unpack)


# =========================================================================== new


@dataclass(frozen=True)
class TurnSpec:
    say: str
    id: str | None = None
    emotion: str | None = None
    #: fact key -> (value, ask words)
    facts: dict[str, tuple[str, list[str]]] = field(default_factory=dict)
    key_points: dict[str, list[str]] = field(default_factory=dict)
    avoid: list[str] = field(default_factory=list)
    no_reask: list[str] | None = None
    interjection: tuple[str, float] | None = None
    next: str | dict[str, str] | None = None


@dataclass(frozen=True)
class NewScenario:
    """What ``scenarios new`` (and the TUI form) fills in; ``render_yaml`` writes it out."""

    id: str
    title: str
    language: str
    persona: str
    mood: str = "annoyed"
    difficulty: str = "medium"
    theme: str = "complaint"
    situation: str = ""
    goal: str = ""
    patience: str = "high"
    turns: tuple[TurnSpec, ...] = ()
    gender: str = ""
    """female, male or diverse; empty: what "Frau"/"Herr" in the name says, else diverse."""


TEMPLATE_TEXT = {
    "de": {
        "title": "Neues Szenario",
        "persona": "Frau Berger",
        "situation": "Frau Berger hat eine Waschmaschine bestellt; die Lieferung ist drei Tage zu spät.",
        "goal": "Den Ärger anerkennen, nicht nach Bekanntem fragen und einen festen Liefertermin zusagen.",
        "turns": (
            TurnSpec(
                id="complaint",
                say=(
                    "Berger hier, Bestellnummer 58 31. "
                    "Meine Waschmaschine sollte am Montag kommen, und es ist nichts passiert!"
                ),
                emotion="annoyed",
                facts={"order_number": ("58 31", ["Bestellnummer", "Auftragsnummer"])},
                key_points={
                    "apology": ["tut mir leid", "entschuldigen", "bedauere"],
                    "look_up": ["nachsehen", "schaue", "prüfe", "kümmere mich"],
                },
                avoid=["beruhigen Sie sich", "da kann ich nichts machen"],
                interjection=("Ich habe schon zweimal angerufen!", 2.5),
                next={"good": "date", "poor": "still-annoyed"},
            ),
            TurnSpec(
                id="still-annoyed",
                say="Das hilft mir nicht. Ich habe drei Kinder und keine saubere Wäsche mehr.",
                emotion="angry",
                key_points={"understand": ["verstehe", "nachvollziehen", "ärgerlich"]},
                next="date",
            ),
            TurnSpec(
                id="date",
                say="Und wann kommt sie jetzt?",
                key_points={
                    "date": ["morgen", "Montag", "Dienstag", "spätestens", "Datum"],
                    "follow_up": ["melde mich", "rufe an", "Bescheid", "Sendungsnummer"],
                },
                no_reask=["order_number"],
            ),
        ),
    },
    "en": {
        "title": "New scenario",
        "persona": "Ms Baker",
        "situation": "Ms Baker ordered a washing machine; the delivery is three days late.",
        "goal": "Acknowledge the annoyance, don't ask for what she already said, and promise a firm date.",
        "turns": (
            TurnSpec(
                id="complaint",
                say="It's Ms Baker, order number 58 31. My washing machine was due on Monday and nothing happened!",
                emotion="annoyed",
                facts={"order_number": ("58 31", ["order number", "reference"])},
                key_points={
                    "apology": ["sorry", "apologise", "apologies"],
                    "look_up": ["look into", "check", "find out", "take care"],
                },
                avoid=["calm down", "nothing I can do"],
                interjection=("I've called twice already!", 2.5),
                next={"good": "date", "poor": "still-annoyed"},
            ),
            TurnSpec(
                id="still-annoyed",
                say="That doesn't help me. I have three kids and no clean laundry left.",
                emotion="angry",
                key_points={"understand": ["understand", "frustrating", "must be hard"]},
                next="date",
            ),
            TurnSpec(
                id="date",
                say="So when will it come?",
                key_points={
                    "date": ["tomorrow", "Monday", "Tuesday", "at the latest", "date"],
                    "follow_up": ["call you", "let you know", "tracking number", "update you"],
                },
                no_reask=["order_number"],
            ),
        ),
    },
}


def _flow_list(items: list[str]) -> str:
    return "[" + ", ".join(yaml_scalar(item) for item in items) + "]"


def with_persona(text: str, example: str, persona: str) -> str:
    """``text`` of the template with its example customer (``example``, e.g. "Frau Berger") as
    ``persona``: the whole name, then the surname alone ("Berger hier" -> "Keller hier")."""
    if not persona.strip() or persona == example:
        return text
    text = text.replace(example, persona)
    return text.replace(example.split()[-1], persona.split()[-1])


def template(language: str) -> dict[str, object]:
    return TEMPLATE_TEXT["de" if language == "de" else "en"]


class _Kept(dict[str, str]):
    """Fills the persona forms now and keeps ``{goal}``, ``{path}``, ``{id}`` for their own ``format``."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render_yaml(spec: NewScenario, shown_path: str = "scenario.yaml") -> str:
    """The scenario as readable YAML with comments in its language."""
    language = "de" if spec.language == "de" else "en"
    forms = persona_forms(language, spec.gender or None, spec.persona)
    c = {
        key: text.format_map(_Kept({**forms, "guide": format_guide(language)}))
        for key, text in SCENARIO_COMMENTS[language].items()
    }
    out = [
        f"# {c['head'].format(goal=spec.goal)}",
        f"# {c['made'].format(path=shown_path)}",
        f"# {c['keys'].format(guide=format_guide(language))}",
        f"id: {spec.id}",
        f"title: {yaml_scalar(spec.title)}",
        f"language: {spec.language}",
        f"difficulty: {spec.difficulty}    # {c['difficulty']}",
        f"theme: {yaml_scalar(spec.theme)}    # {c['theme']}",
        *([f"address: sie    # {c['address']}"] if language == "de" else []),
        f"# {c['brief']}",
        "brief:",
        f"  situation: {yaml_scalar(spec.situation)}",
        f"  goal: {yaml_scalar(spec.goal)}",
        "persona:",
        f"  name: {yaml_scalar(spec.persona)}",
        f"  gender: {spec.gender or gender_of(None, spec.persona)}    # {c['gender']}",
        f"  mood: {spec.mood}    # {c['mood']}",
        f"  # {c['voice']}",
        f"  rate: 1.0    # {c['rate']}",
        f"  patience: {spec.patience}    # {c['patience']}",
        f"# {c['weights']}",
        f"# {c['turns'].format(id=spec.id)}",
        "turns:",
    ]
    for turn in spec.turns:
        first = f"  - id: {turn.id}" if turn.id else None
        if first:
            out.append(first)
            out.append(f"    say: {yaml_scalar(turn.say)}")
        else:
            out.append(f"  - say: {yaml_scalar(turn.say)}")
        if turn.emotion:
            out.append(f"    emotion: {turn.emotion}")
        if turn.facts:
            out.append(f"    facts:    # {c['facts']}")
            for key, (value, ask) in turn.facts.items():
                out.append(f"      {key}:")
                out.append(f"        value: {json.dumps(str(value), ensure_ascii=False)}")
                if ask:
                    out.append(f"        ask: {_flow_list(ask)}")
        if turn.key_points or turn.avoid or turn.no_reask is not None:
            out.append("    expect:")
            if turn.key_points:
                out.append(f"      key_points:    # {c['key_points']}")
                for key, phrasings in turn.key_points.items():
                    out.append(f"        {key}: {_flow_list(phrasings)}")
            if turn.avoid:
                out.append(f"      avoid: {_flow_list(turn.avoid)}    # {c['avoid']}")
            if turn.no_reask is not None:
                out.append(f"      no_reask: {_flow_list(turn.no_reask)}    # {c['no_reask']}")
        if turn.interjection:
            say, at = turn.interjection
            out.append(f"    interjection:    # {c['interjection']}")
            out.append(f"      say: {yaml_scalar(say)}")
            out.append(f"      at: {at:g}")
        if isinstance(turn.next, dict):
            out.append(f"    next:    # {c['next']}")
            out.extend(f"      {outcome}: {target}" for outcome, target in turn.next.items())
        elif turn.next:
            out.append(f"    next: {turn.next}")
    return "\n".join(out) + "\n"


def _slug(text: str) -> str:
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower().translate(table)).strip("-")
    return slug[:40].strip("-") or "scenario"


def _ask(question: str, default: str, choices: str | tuple[str, ...] | None = None) -> str:
    """Ask on stderr. ``choices``: the answers taken as typed (``("k", "q")``), or the kind of an
    option's values (``"gender"``), typed in either language (``männlich`` or ``male``) and
    returned as the value (``male``), the default shown as the UI language says it."""
    language = spoken_language()
    kind = choices if isinstance(choices, str) else None
    if kind is not None:
        choices = shown_choices(kind, language)
    hint = f" ({'/'.join(choices)})" if choices else ""
    shown_default = shown_choice(kind, default, language) if kind else " ".join(default.split())  # one line
    while True:
        print(f"{question}{hint} [{shown_default}]: ", end="", file=sys.stderr, flush=True)
        line = sys.stdin.readline()
        if not line:  # end of input
            return default
        answer = line.strip()
        if not answer:
            return default
        value = choice_value(kind, answer) if kind else answer if not choices or answer in choices else None
        if value is not None:
            return value
        print(Said("  please answer one of: {choices}", choices=", ".join(choices or ())), file=sys.stderr)


def run_new(args: argparse.Namespace) -> int:
    interactive = sys.stdin.isatty()
    # the id's suffix says it ("mein-test-de"), else the language the user speaks to the app in
    # (--lang, settings, locale): a German user's new scenario is German without asking
    suffix = next((lang for lang in LANGUAGES if args.id and args.id.endswith(f"-{lang}")), None)
    default_language = suffix or spoken_language()
    language = args.language or (
        _ask(str(Said("Language")), default_language, "language") if interactive else default_language
    )
    text = template(language)
    title = args.title or (_ask(str(Said("Title")), str(text["title"])) if interactive else str(text["title"]))
    slug = _slug(title)  # a title "Rückruf-DE" already ends in its language: no "rueckruf-de-de"
    default_id = slug if slug.endswith(f"-{language}") else f"{slug}-{language}"
    scenario_id = args.id or (_ask(str(Said("Id (for the file)")), default_id) if interactive else None)
    if scenario_id is None:
        raise UserError("give an id with --id, e.g. --id {default_id} (or run it in a terminal)", default_id=default_id)
    if not _ID_RE.match(scenario_id):
        raise UserError(
            "id '{scenario_id}': use lowercase letters, digits, '-' and '_', e.g. {default_id}",
            scenario_id=scenario_id,
            default_id=default_id,
        )
    persona = args.persona or (
        _ask(str(Said("Customer (name)")), str(text["persona"])) if interactive else str(text["persona"])
    )
    implied = gender_of(None, persona)
    gender = args.gender or (_ask(str(Said("Gender")), implied, "gender") if interactive else implied)
    mood = args.mood or (_ask(str(Said("Mood")), "annoyed", "mood") if interactive else "annoyed")
    example = str(text["persona"])  # the template's example texts speak of its own customer: of this one now
    example_situation = with_persona(str(text["situation"]), example, persona)
    situation = args.situation or (
        _ask(str(Said("Situation")), example_situation) if interactive else example_situation
    )
    goal = args.goal or (_ask(str(Said("Goal")), str(text["goal"])) if interactive else str(text["goal"]))
    spec = NewScenario(
        id=scenario_id,
        title=title,
        language=language,
        persona=persona,
        gender=gender,
        mood=mood,
        difficulty=args.difficulty or "medium",
        theme=args.theme or "complaint",
        situation=situation,
        goal=goal,
        turns=tuple(
            replace(turn, say=with_persona(turn.say, example, persona))
            for turn in text["turns"]  # type: ignore[attr-defined]
        ),
    )
    folder, target = _new_target(args.output, scenario_id, user_scenarios_dir())
    if target.exists() and not args.force:
        raise UserError("{target} already exists; pick another -o or add --force to replace it", target=target)
    loaded, _problems = load_library([folder.parent] if folder.parent.is_dir() else None)
    for item in loaded:
        if item.scenario.id == scenario_id and item.path.resolve() != target.resolve():
            raise UserError(
                "id '{scenario_id}' is already used by {path}; choose another --id",
                scenario_id=scenario_id,
                path=item.path,
            )
    write_validated(target, render_yaml(spec, str(target)))
    print(target)
    print(
        Said(
            "created {target}; edit it, then: voicecoach scenarios validate {target}; "
            "record lines: voicecoach scenarios record {folder} --turn 1",
            target=target,
            folder=target.parent,
        ),
        file=sys.stderr,
    )
    return 0


def _new_target(output: Path | None, scenario_id: str, default_root: Path) -> tuple[Path, Path]:
    if output is None:
        folder = default_root / scenario_id
        return folder, folder / SCENARIO_FILE
    if output.suffix in (".yaml", ".yml"):
        if output.name != SCENARIO_FILE:
            raise UserError(
                "{output}: name the file {SCENARIO_FILE} inside the scenario's folder, or give the folder",
                output=output,
                SCENARIO_FILE=SCENARIO_FILE,
            )
        return output.parent, output
    return output, output / SCENARIO_FILE


# =========================================================================== record


def run_record(args: argparse.Namespace) -> int:
    item = find_scenario(args.id)
    # as the TUI's recording screen does: a shipped (or read-only) scenario is never edited in
    # place, its takes go into the user's own copy; a single file becomes a folder on the first take
    place = recording_place(item)
    if place.how == "copy":
        print(
            Said(
                "a shipped scenario: the take goes into your own copy '{id}' ({path})",
                id=place.scenario_id,
                path=place.path,
            ),
            file=sys.stderr,
        )
    elif place.how == "folder":
        print(Said("the take makes the file a folder, {path} (recordings need one)", path=place.path), file=sys.stderr)
    turns = item.scenario.turns
    if not 1 <= args.turn <= len(turns):
        raise UserError("{id} has turns 1 to {n_turns}; pick one with --turn", id=item.scenario.id, n_turns=len(turns))
    step = turns[args.turn - 1]
    interactive = sys.stdin.isatty() and not args.yes
    print(Said("turn {turn}: {say}", turn=args.turn, say=quote(step.say, spoken_language())), file=sys.stderr)
    while True:
        if args.from_file is not None:
            audio = to_mono(read_audio(args.from_file))
            raw, rate = audio.samples, audio.sample_rate
        else:
            device = args.input_device if args.input_device is not None else _setting_input_device()
            input_device(device)  # no microphone: a clear error before anything else
            print(
                Said(
                    "recording: say the line; stops after {silence:g} s of quiet or when you press Enter",
                    silence=args.silence,
                ),
                file=sys.stderr,
            )
            raw, rate = record_line(device, max_seconds=args.max_seconds, silence_seconds=args.silence, on_level=_meter)
            print("", file=sys.stderr)
        take = prepare_line(np.asarray(raw, dtype=np.float32), rate)
        if not take.size:
            raise UserError("nothing above the silence threshold was recorded; speak closer to the microphone")
        print(
            Said("take: {seconds:.1f} s, {level:.0f} dBFS RMS", seconds=len(take) / rate, level=rms_db(take)),
            file=sys.stderr,
        )
        if not interactive:
            break
        choice = _ask(str(Said("[k]eep, [l]isten, [r]edo, [q]uit")), "k", ("k", "l", "r", "q"))
        while choice == "l":
            play(take, rate)
            choice = _ask(str(Said("[k]eep, [l]isten, [r]edo, [q]uit")), "k", ("k", "l", "r", "q"))
        if choice == "k":
            break
        if choice == "q":
            print(Said("nothing saved"), file=sys.stderr)
            return 1
        if args.from_file is not None:
            raise UserError("a file cannot be recorded again; record with the microphone or edit the file")
    item, _place = prepare(item)
    target = save_line(item, args.turn, take, rate)
    print(target)
    print(
        Said("saved {target} and set turn {turn}'s audio in {path}", target=target, turn=args.turn, path=item.path),
        file=sys.stderr,
    )
    return 0


def _meter(seconds: float, level: float) -> None:
    bar = "#" * max(0, min(40, int((level + 60) * 40 / 60)))
    print(f"\r{seconds:5.1f} s  {bar:<40}", end="", file=sys.stderr, flush=True)


def _setting_input_device() -> str | int | None:
    return load_settings().input_device


# =========================================================================== pack


def run_pack(args: argparse.Namespace) -> int:
    packed = pack(args.dir, args.output, force=args.force)
    print(packed.path)
    print(
        Said(
            "packed {n:# scenario|# scenarios} ({files:# file|# files}) into {path}",
            n=packed.scenarios,
            files=packed.files,
            path=packed.path,
        ),
        file=sys.stderr,
    )
    return 0


# =========================================================================== unpack


def run_unpack(args: argparse.Namespace) -> int:
    into = args.into if args.into is not None else user_scenarios_dir()
    written = unpack(args.zip, into, force=args.force)  # each folder goes to stdout below, the summary to stderr
    for path in written:
        print(path)
    print(
        Said(
            "unpacked {n:# scenario|# scenarios} into {into}; see them with: voicecoach scenarios list",
            n=len(written),
            into=into,
        ),
        file=sys.stderr,
    )
    return 0
