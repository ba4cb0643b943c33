"""Trainer commands under ``voicecoach scenarios``: new, record, pack, unpack.

- ``new`` writes a scenario folder (``NAME/scenario.yaml``) from a commented template and
  validates it as it is written (asks on a terminal, takes flags otherwise).
- ``record`` records the customer's line of one turn in the trainer's voice (or takes a file),
  trims and normalises it, saves ``lines/turn-N.flac`` next to the scenario and sets the turn's
  ``audio:`` by editing that one line of the YAML, so the file's comments stay.
- ``pack`` and ``unpack`` share libraries as zip files; unpacking refuses anything that could
  write outside the target, links, oversized files and zip bombs, validates every scenario,
  never overwrites without ``--force``, and moves the result into place only when all is well.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import stat
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import yaml

from voicecoach.core.errors import UserError
from voicecoach.adapters.library import (
    FORMAT_GUIDE,
    SCENARIO_FILE,
    LoadedScenario,
    check_file,
    find_scenario,
    load_library,
    parse_yaml,
    scenario_files,
)

LINES_DIR = "lines"
#: Unpack limits: per file, in all, number of entries, and the largest compression ratio.
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_TOTAL_BYTES = 500 * 1024 * 1024
MAX_ENTRIES = 5000
MAX_RATIO = 200
REFUSE = "refusing to unpack it (nothing was written); ask for a zip made with 'voicecoach scenarios pack'"
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
MOODS = ("calm", "friendly", "annoyed", "angry", "confused", "sceptical", "hurried", "sad")


def register(commands: argparse._SubParsersAction) -> None:
    new = commands.add_parser("new", help="create a scenario from a commented template")
    new.add_argument("--id", help="lowercase with dashes, ending in -de or -en, e.g. late-delivery-de")
    new.add_argument("--language", choices=["de", "en"], help="language of the call")
    new.add_argument("--title", help="short name shown in lists")
    new.add_argument("--persona", help="the customer's name, e.g. 'Frau Keller'")
    new.add_argument("--mood", choices=MOODS, help="the customer's mood")
    new.add_argument("--difficulty", choices=["easy", "medium", "hard"], default=None)
    new.add_argument("--theme", help="e.g. complaint, cancellation, sales")
    new.add_argument("--situation", help="what the trainee knows before the call")
    new.add_argument("--goal", help="what a good call achieves")
    new.add_argument(
        "-o", "--output", type=Path, help="scenario folder to create (default: your scenarios folder / ID)"
    )
    new.add_argument("--force", action="store_true", help="replace an existing scenario.yaml there")
    new.set_defaults(handler=run_new)

    record = commands.add_parser("record", help="record a turn's customer line in your own voice")
    record.add_argument("id", help="scenario id or path (a folder NAME/scenario.yaml)")
    record.add_argument("--turn", type=int, required=True, help="turn number, 1 for the first")
    record.add_argument("--input-device", help="microphone (number or name; see: python -m sounddevice)")
    record.add_argument("--from-file", type=Path, help="take the line from an audio file instead of recording")
    record.add_argument("--max-seconds", type=float, default=30.0, help="longest take (default 30)")
    record.add_argument(
        "--silence", type=float, default=1.5, help="stop after this many seconds of quiet (default 1.5)"
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


TEMPLATE_TEXT = {
    "de": {
        "title": "Neues Szenario",
        "persona": "Frau Berger",
        "situation": "Frau Berger hat eine Waschmaschine bestellt; die Lieferung ist drei Tage zu spät.",
        "goal": "Den Ärger anerkennen, nicht nach Bekanntem fragen und einen festen Liefertermin zusagen.",
        "turns": (
            TurnSpec(
                id="complaint",
                say="Berger hier, Bestellnummer 58 31. Meine Waschmaschine sollte am Montag kommen, und es ist nichts passiert!",
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

COMMENTS = {
    "de": {
        "head": "Übungsziel: {goal}",
        "made": "Erstellt mit 'voicecoach scenarios new'. Prüfen: voicecoach scenarios validate {path}",
        "keys": "Alle Schlüssel und Kurzformen: {guide}. Texte in der Sprache des Szenarios.",
        "difficulty": "easy | medium | hard",
        "theme": "z. B. complaint, cancellation, sales, billing",
        "brief": "Was die übende Person vor dem Anruf liest, und was ein gutes Gespräch erreicht.",
        "mood": "calm friendly annoyed angry confused sceptical hurried sad",
        "voice": "voice: de_DE-thorsten-medium   # Piper-Stimme; ohne Angabe die Standardstimme",
        "rate": "Sprechtempo: 1.0 normal, 0.9 langsamer",
        "patience": "low: hört auf und beschwert sich, wenn man ihr ins Wort fällt; high: redet weiter",
        "weights": "weights: {empathy: 1.5}   # Gewicht der Fähigkeiten im Gesamtwert (Standard 1)",
        "turns": "Die Kundin, Satz für Satz. Eigene Aufnahme: voicecoach scenarios record {id} --turn N",
        "facts": "was die Kundin nennt; erneutes Nachfragen zählt als 'nicht zugehört'",
        "key_points": "was die Antwort ansprechen muss, je 3-6 echte Formulierungen",
        "avoid": "Formulierungen, die die Antwort vermeiden soll",
        "interjection": "die Kundin fällt ins Wort; die übende Person soll innehalten",
        "next": "Verzweigung nach dem Ergebnis der Antwort (Standard: der nächste Schritt)",
        "no_reask": "nicht erneut erfragen",
    },
    "en": {
        "head": "Training goal: {goal}",
        "made": "Made with 'voicecoach scenarios new'. Check it: voicecoach scenarios validate {path}",
        "keys": "Every key and shorthand: {guide}. Write the texts in the scenario's language.",
        "difficulty": "easy | medium | hard",
        "theme": "e.g. complaint, cancellation, sales, billing",
        "brief": "What the trainee reads before the call, and what a good call achieves.",
        "mood": "calm friendly annoyed angry confused sceptical hurried sad",
        "voice": "voice: en_US-amy-medium   # Piper voice; left out: the default voice",
        "rate": "speaking rate: 1.0 normal, 0.9 slower",
        "patience": "low: stops and protests when interrupted; high: talks on",
        "weights": "weights: {empathy: 1.5}   # weight of each skill in the total (default 1)",
        "turns": "The customer, line by line. Record your own voice: voicecoach scenarios record {id} --turn N",
        "facts": "what the customer tells; asking for it again counts as not listening",
        "key_points": "what the reply must address, each with 3-6 real phrasings",
        "avoid": "phrases the reply should not contain",
        "interjection": "the customer cuts in; the trainee should stop and listen",
        "next": "where the call goes by how the reply went (default: the next turn)",
        "no_reask": "must not be asked for again",
    },
}

_PLAIN = re.compile(r"^[A-Za-zÄÖÜäöüßÀ-ÿ][\w .,!?'()/äöüÄÖÜß-]*$")
_RESERVED = {"true", "false", "null", "yes", "no", "on", "off", "~", "y", "n"}


def yaml_scalar(value: str) -> str:
    """A text as a YAML scalar: plain when that is unambiguous, else double-quoted."""
    text = str(value)
    if _PLAIN.match(text) and text.lower() not in _RESERVED and ": " not in text and not text.endswith(":"):
        return text
    return json.dumps(text, ensure_ascii=False)


def _flow_list(items: list[str]) -> str:
    return "[" + ", ".join(yaml_scalar(item) for item in items) + "]"


def template(language: str) -> dict[str, object]:
    return TEMPLATE_TEXT["de" if language == "de" else "en"]


def render_yaml(spec: NewScenario, shown_path: str = "scenario.yaml") -> str:
    """The scenario as readable YAML with comments in its language."""
    c = COMMENTS["de" if spec.language == "de" else "en"]
    out = [
        f"# {c['head'].format(goal=spec.goal)}",
        f"# {c['made'].format(path=shown_path)}",
        f"# {c['keys'].format(guide=FORMAT_GUIDE)}",
        f"id: {spec.id}",
        f"title: {yaml_scalar(spec.title)}",
        f"language: {spec.language}",
        f"difficulty: {spec.difficulty}    # {c['difficulty']}",
        f"theme: {yaml_scalar(spec.theme)}    # {c['theme']}",
        f"# {c['brief']}",
        "brief:",
        f"  situation: {yaml_scalar(spec.situation)}",
        f"  goal: {yaml_scalar(spec.goal)}",
        "persona:",
        f"  name: {yaml_scalar(spec.persona)}",
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


def _ask(question: str, default: str, choices: tuple[str, ...] | None = None) -> str:
    hint = f" ({'/'.join(choices)})" if choices else ""
    while True:
        print(f"{question}{hint} [{default}]: ", end="", file=sys.stderr, flush=True)
        line = sys.stdin.readline()
        if not line:  # end of input
            return default
        answer = line.strip() or default
        if not choices or answer in choices:
            return answer
        print(f"  please answer one of: {', '.join(choices)}", file=sys.stderr)


def run_new(args: argparse.Namespace) -> int:
    from voicecoach.adapters.settings import system_language, user_scenarios_dir

    interactive = sys.stdin.isatty()
    language = args.language or (
        _ask("Language / Sprache", system_language(), ("de", "en")) if interactive else system_language()
    )
    text = template(language)
    title = args.title or (_ask("Title / Titel", str(text["title"])) if interactive else str(text["title"]))
    default_id = f"{_slug(title)}-{language}"
    scenario_id = args.id or (_ask("Id", default_id) if interactive else None)
    if scenario_id is None:
        raise UserError("give the new scenario an id with --id, e.g. --id late-delivery-de (or run it in a terminal)")
    if not _ID_RE.match(scenario_id):
        raise UserError(f"id '{scenario_id}': use lowercase letters, digits, '-' and '_', e.g. {default_id}")
    persona = args.persona or (_ask("Customer / Kunde", str(text["persona"])) if interactive else str(text["persona"]))
    mood = args.mood or (_ask("Mood / Stimmung", "annoyed", MOODS) if interactive else "annoyed")
    situation = args.situation or (_ask("Situation", str(text["situation"])) if interactive else str(text["situation"]))
    goal = args.goal or (_ask("Goal / Ziel", str(text["goal"])) if interactive else str(text["goal"]))
    spec = NewScenario(
        id=scenario_id,
        title=title,
        language=language,
        persona=persona,
        mood=mood,
        difficulty=args.difficulty or "medium",
        theme=args.theme or "complaint",
        situation=situation,
        goal=goal,
        turns=tuple(text["turns"]),  # type: ignore[arg-type]
    )
    folder, target = _new_target(args.output, scenario_id, user_scenarios_dir())
    if target.exists() and not args.force:
        raise UserError(f"{target} already exists; pick another -o or add --force to replace it")
    loaded, _problems = load_library([folder.parent] if folder.parent.is_dir() else None)
    for item in loaded:
        if item.scenario.id == scenario_id and item.path.resolve() != target.resolve():
            raise UserError(f"id '{scenario_id}' is already used by {item.path}; choose another --id")
    write_validated(target, render_yaml(spec, str(target)))
    print(target)
    print(
        f"created {target}; edit it, then: voicecoach scenarios validate {target}; "
        f"record lines: voicecoach scenarios record {target.parent} --turn 1",
        file=sys.stderr,
    )
    return 0


def _new_target(output: Path | None, scenario_id: str, default_root: Path) -> tuple[Path, Path]:
    if output is None:
        folder = default_root / scenario_id
        return folder, folder / SCENARIO_FILE
    if output.suffix in (".yaml", ".yml"):
        if output.name != SCENARIO_FILE:
            raise UserError(f"{output}: name the file {SCENARIO_FILE} inside the scenario's folder, or give the folder")
        return output.parent, output
    return output, output / SCENARIO_FILE


def write_validated(target: Path, text: str) -> None:
    """Write ``text`` to ``target`` only if it is a valid scenario there (checked in place in a
    temporary copy, so audio paths resolve as they will)."""
    created = [folder for folder in (target.parent, *target.parent.parents) if not folder.exists()]
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".scenario-", suffix=".yaml", dir=target.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        _scenario, problems = check_file(temp)
        if problems:
            first = problems[0]
            where = f"line {first.line} " if first.line else ""
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            raise UserError(f"{target}: not written, {where}{first.field}: {first.message}{more}")
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        for folder in created:  # innermost first: leave no empty folders behind
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
        raise


# =========================================================================== record


def set_turn_audio(text: str, index: int, relative: str) -> str:
    """Set ``audio:`` of ``turns[index]`` by editing only that line (comments stay).

    Replaces an existing ``audio:`` value, or inserts ``audio:`` right after the turn's ``say``.
    """
    node, _data = parse_yaml(text)
    turns = _mapping_value(node, "turns")
    if not isinstance(turns, yaml.SequenceNode) or not 0 <= index < len(turns.value):
        raise UserError(f"the scenario has no turn {index + 1}")
    item = turns.value[index]
    if not isinstance(item, yaml.MappingNode) or item.flow_style:
        raise UserError(f"turn {index + 1} is written in flow style {{...}}; add 'audio: {relative}' by hand")
    value = yaml_scalar(relative)
    audio = _mapping_value(item, "audio")
    if audio is not None:
        return text[: audio.start_mark.index] + value + text[audio.end_mark.index :]
    for key, say in item.value:
        if key.value == "say":
            column = key.start_mark.column
            end = say.end_mark
            # Block scalars end at the start of the next line; others end on their own line.
            line_end = end.index if end.column == 0 else _end_of_line(text, end.index)
            insert = " " * column + f"audio: {value}\n"
            if end.column != 0:
                insert = "\n" + insert.rstrip("\n")
            return text[:line_end] + insert + text[line_end:]
    raise UserError(f"turn {index + 1} has no 'say'; fix the scenario first")


def _end_of_line(text: str, position: int) -> int:
    newline = text.find("\n", position)
    return len(text) if newline < 0 else newline


def _mapping_value(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == key:
                return value_node
    return None


def _scenario_folder(item: LoadedScenario) -> Path:
    if item.path.name != SCENARIO_FILE:
        folder = item.path.with_suffix("")
        raise UserError(
            f"{item.path} is a single file; recordings need a scenario folder: "
            f"mkdir {folder} && mv {item.path} {folder / SCENARIO_FILE}"
        )
    return item.folder


def save_line(item: LoadedScenario, number: int, samples: object, rate: int) -> Path:
    """Save a prepared take as ``lines/turn-N.flac`` and point the turn's ``audio:`` at it.
    The YAML is validated before it replaces the old file; on a problem nothing changes."""
    from voicecoach.adapters.audio_files import write_audio

    folder = _scenario_folder(item)
    relative = f"{LINES_DIR}/turn-{number}.flac"
    target = folder / relative
    backup = target.read_bytes() if target.is_file() else None
    write_audio(target, samples, rate)  # type: ignore[arg-type]
    try:
        text = item.path.read_text(encoding="utf-8")
        write_validated(item.path, set_turn_audio(text, number - 1, relative))
    except BaseException:
        if backup is None:
            target.unlink(missing_ok=True)
        else:
            target.write_bytes(backup)
        raise
    return target


def run_record(args: argparse.Namespace) -> int:
    import numpy as np

    from voicecoach.core.audio_ops import prepare_line, rms_db

    item = find_scenario(args.id)
    _scenario_folder(item)
    turns = item.scenario.turns
    if not 1 <= args.turn <= len(turns):
        raise UserError(f"{item.scenario.id} has turns 1 to {len(turns)}; pick one with --turn")
    step = turns[args.turn - 1]
    interactive = sys.stdin.isatty() and not args.yes
    print(f'turn {args.turn}: "{step.say}"', file=sys.stderr)
    while True:
        if args.from_file is not None:
            from voicecoach.adapters.audio_files import read_audio, to_mono

            audio = to_mono(read_audio(args.from_file))
            raw, rate = audio.samples, audio.sample_rate
        else:
            from voicecoach.adapters.line_recorder import input_device, record_line

            device = args.input_device if args.input_device is not None else _setting_input_device()
            input_device(device)  # no microphone: a clear error before anything else
            print(
                f"recording: say the line; stops after {args.silence:g} s of quiet or when you press Enter",
                file=sys.stderr,
            )
            raw, rate = record_line(device, max_seconds=args.max_seconds, silence_seconds=args.silence, on_level=_meter)
            print("", file=sys.stderr)
        take = prepare_line(np.asarray(raw, dtype=np.float32), rate)
        if not take.size:
            raise UserError("nothing above the silence threshold was recorded; speak closer to the microphone")
        print(f"take: {len(take) / rate:.1f} s, {rms_db(take):.0f} dBFS RMS", file=sys.stderr)
        if not interactive:
            break
        choice = _ask("[k]eep, [l]isten, [r]edo, [q]uit", "k", ("k", "l", "r", "q"))
        while choice == "l":
            from voicecoach.adapters.line_recorder import play

            play(take, rate)
            choice = _ask("[k]eep, [l]isten, [r]edo, [q]uit", "k", ("k", "l", "r", "q"))
        if choice == "k":
            break
        if choice == "q":
            print("nothing saved", file=sys.stderr)
            return 1
        if args.from_file is not None:
            raise UserError("a file cannot be recorded again; record with the microphone or edit the file")
    target = save_line(item, args.turn, take, rate)
    print(target)
    print(f"saved {target} and set turn {args.turn}'s audio in {item.path}", file=sys.stderr)
    return 0


def _meter(seconds: float, level: float) -> None:
    bar = "#" * max(0, min(40, int((level + 60) * 40 / 60)))
    print(f"\r{seconds:5.1f} s  {bar:<40}", end="", file=sys.stderr, flush=True)


def _setting_input_device() -> str | int | None:
    from voicecoach.adapters.settings import load_settings

    return load_settings().input_device


# =========================================================================== pack


def run_pack(args: argparse.Namespace) -> int:
    source: Path = args.dir
    if not source.is_dir():
        raise UserError(f"{source}: not a folder; give the folder that holds your scenarios")
    output: Path = args.output
    if output.exists() and not args.force:
        raise UserError(f"{output} already exists; pick another -o or add --force to replace it")
    # One scenario folder packs as that folder; a library folder packs its contents.
    root = source.parent if (source / SCENARIO_FILE).is_file() else source
    files = scenario_files([source])
    if not files:
        raise UserError(f"{source}: no scenarios found (NAME.yaml or NAME/{SCENARIO_FILE}); nothing to pack")
    members: dict[str, Path] = {}
    for path in files:
        _scenario, problems = check_file(path)
        if problems:
            raise UserError(f"not packed: {problems[0]}; fix it first (voicecoach scenarios validate {path})")
        if path.name == SCENARIO_FILE:
            for file in sorted(path.parent.rglob("*")):
                if file.is_symlink():
                    raise UserError(f"{file} is a symbolic link; replace it with the real file before packing")
                if file.is_file() and not any(part.startswith(".") for part in file.relative_to(root).parts):
                    members[file.relative_to(root).as_posix()] = file
        else:
            members[path.relative_to(root).as_posix()] = path
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".pack-", suffix=".zip", dir=output.parent)
    os.close(handle)
    try:
        with zipfile.ZipFile(temp_name, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, file in members.items():
                archive.write(file, name)
        os.replace(temp_name, output)
    finally:
        Path(temp_name).unlink(missing_ok=True)
    print(output)
    print(f"packed {len(files)} scenarios ({len(members)} files) into {output}", file=sys.stderr)
    return 0


# =========================================================================== unpack


def safe_members(archive: zipfile.ZipFile, label: str) -> list[tuple[zipfile.ZipInfo, PurePosixPath]]:
    """Every entry, checked before anything is written; the first unsafe one is a UserError."""
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise UserError(f"{label}: {len(infos)} entries, more than {MAX_ENTRIES}; {REFUSE}")
    total = 0
    seen: set[str] = set()
    checked = []
    for info in infos:
        name = info.filename
        mode = info.external_attr >> 16
        if "\\" in name or name.startswith("/") or re.match(r"^[A-Za-z]:", name) or "\x00" in name:
            raise UserError(f"{label}: entry '{name}' has an absolute path; {REFUSE}")
        path = PurePosixPath(name)
        if any(part == ".." for part in path.parts):
            raise UserError(f"{label}: entry '{name}' points outside the target folder; {REFUSE}")
        if stat.S_ISLNK(mode):
            raise UserError(f"{label}: entry '{name}' is a symbolic link; {REFUSE}")
        if stat.S_IFMT(mode) and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):  # type bits are optional
            raise UserError(f"{label}: entry '{name}' is not a plain file; {REFUSE}")
        if info.flag_bits & 0x1:
            raise UserError(f"{label}: entry '{name}' is encrypted; pack it again without a password")
        if info.file_size > MAX_FILE_BYTES:
            raise UserError(
                f"{label}: entry '{name}' is {info.file_size // 2**20} MB, over the {MAX_FILE_BYTES // 2**20} MB "
                f"limit per file; {REFUSE}"
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise UserError(f"{label}: more than {MAX_TOTAL_BYTES // 2**20} MB unpacked in all; {REFUSE}")
        if info.compress_size and info.file_size / info.compress_size > MAX_RATIO and info.file_size > 1 << 20:
            raise UserError(
                f"{label}: entry '{name}' is compressed {info.file_size // info.compress_size}:1, "
                f"like a zip bomb; {REFUSE}"
            )
        key = path.as_posix().rstrip("/").lower()
        if key in seen:
            raise UserError(f"{label}: entry '{name}' appears twice; {REFUSE}")
        seen.add(key)
        if not info.is_dir() and path.parts and path.parts[0] not in (".", ""):
            checked.append((info, path))
    return checked


def _extract(archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, label: str) -> None:
    """Copy one entry, counting the bytes really written (declared sizes can lie)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with archive.open(info) as source, open(target, "xb") as sink:
        while chunk := source.read(1 << 16):
            written += len(chunk)
            if written > min(info.file_size, MAX_FILE_BYTES):
                raise UserError(f"{label}: entry '{info.filename}' is larger than it says; {REFUSE}")
            sink.write(chunk)


def unpack(zip_path: Path, into: Path, force: bool = False, log: Callable[[str], None] | None = None) -> list[Path]:
    """Install the scenarios of ``zip_path`` into ``into``; returns the top-level paths written.

    All or nothing: entries are checked, extracted into a temporary folder inside ``into`` and
    validated; only then are they moved into place (replacing existing ones only with ``force``).
    """
    label = str(zip_path)
    if not zip_path.is_file():
        raise UserError(f"{zip_path}: no such file; give the zip made with 'voicecoach scenarios pack'")
    try:
        archive = zipfile.ZipFile(zip_path)
    except (zipfile.BadZipFile, OSError) as error:
        raise UserError(
            f"{label}: not a zip file ({error}); give the zip made with 'voicecoach scenarios pack'"
        ) from None
    with archive:
        members = safe_members(archive, label)
        tops = sorted({path.parts[0] for _info, path in members})
        if not tops:
            raise UserError(f"{label}: the zip is empty; nothing to unpack")
        existing = [into / top for top in tops if (into / top).exists() or (into / top).is_symlink()]
        if existing and not force:
            raise UserError(f"{existing[0]} already exists; add --force to replace it (nothing was unpacked)")
        created_into = not into.exists()
        into.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".unpack-", dir=into))
        try:
            for info, path in members:
                try:
                    _extract(archive, info, staging.joinpath(*path.parts), label)
                except OSError as error:
                    raise UserError(
                        f"{label}: cannot unpack entry '{info.filename}' ({error.strerror or error}); nothing was unpacked"
                    ) from None
            for top in tops:
                entry = staging / top
                if not ((entry.is_file() and entry.suffix in (".yaml", ".yml")) or (entry / SCENARIO_FILE).is_file()):
                    raise UserError(
                        f"{label}: '{top}' is not a scenario (NAME.yaml or NAME/{SCENARIO_FILE}); nothing was unpacked"
                    )
            files = scenario_files([staging])
            ids: dict[str, str] = {}
            for file in files:
                scenario, problems = check_file(file)
                if problems or scenario is None:
                    first = problems[0]
                    where = file.relative_to(staging).as_posix() + (f":{first.line}" if first.line else "")
                    raise UserError(f"{label}: {where} {first.field}: {first.message}; nothing was unpacked")
                if scenario.id in ids:
                    raise UserError(f"{label}: id '{scenario.id}' is used twice; nothing was unpacked")
                ids[scenario.id] = file.relative_to(staging).as_posix()
            replaced = set(tops)
            library, _problems = load_library()
            for item in library:
                inside = item.path.resolve().is_relative_to(into.resolve())
                if item.scenario.id in ids and not inside:
                    raise UserError(
                        f"{label}: id '{item.scenario.id}' is already used by {item.path}; "
                        "rename it in the pack (nothing was unpacked)"
                    )
            for item in _scenarios_in(into, staging):
                if item.scenario.id in ids and item.path.relative_to(into).parts[0] not in replaced:
                    raise UserError(
                        f"{label}: id '{item.scenario.id}' is already used by {item.path}; "
                        "rename or remove one (nothing was unpacked)"
                    )
            written = []
            for top in tops:
                source, target = staging / top, into / top
                if target.exists() or target.is_symlink():
                    old = staging / f".old-{top}"
                    os.replace(target, old)
                os.replace(source, target)
                written.append(target)
                if log:
                    log(f"unpacked {target}")
            return written
        except BaseException:
            if created_into:
                shutil.rmtree(into, ignore_errors=True)
            raise
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def _scenarios_in(folder: Path, skip: Path) -> list[LoadedScenario]:
    found = []
    for path in scenario_files([folder]):
        if path.is_relative_to(skip):
            continue
        scenario, problems = check_file(path)
        if scenario is not None and not problems:
            found.append(LoadedScenario(scenario, path))
    return found


def run_unpack(args: argparse.Namespace) -> int:
    from voicecoach.adapters.settings import user_scenarios_dir

    into = args.into if args.into is not None else user_scenarios_dir()
    written = unpack(args.zip, into, force=args.force, log=lambda line: print(line, file=sys.stderr))
    for path in written:
        print(path)
    print(f"unpacked {len(written)} into {into}; see them with: voicecoach scenarios list", file=sys.stderr)
    return 0
