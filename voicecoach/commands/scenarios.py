"""``voicecoach scenarios list|show|validate``; the trainer actions (new, record, pack, unpack)
register from ``scenarios_trainer``."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from voicecoach import i18n
from voicecoach.adapters import language_resources
from voicecoach.adapters.library import (
    SCENARIO_FILE,
    LoadedScenario,
    Problem,
    check_files,
    find_scenario,
    format_guide,
    load_library,
    scenario_dirs,
    scenario_files,
)
from voicecoach.adapters.settings import user_scenarios_dir
from voicecoach.commands import scenarios_learn, scenarios_trainer
from voicecoach.commands.options import choice
from voicecoach.core.errors import Said
from voicecoach.core.scenario import Fact
from voicecoach.core.typed import judge_text
from voicecoach.core.words import finding_name, quote, say
from voicecoach.core.words.scenario_view import SCENARIO_VIEW, flow_text
from voicecoach.core.words.voices import persona_forms


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("scenarios", help="list, show and validate scenarios")
    commands = parser.add_subparsers(dest="scenarios_command", metavar="ACTION", required=True)

    listing = commands.add_parser("list", help="table of all scenarios")
    listing.add_argument("--json", action="store_true", help="print a JSON array instead")
    listing.add_argument("--language", **choice("language"), help="only this language")
    listing.set_defaults(handler=run_list)

    show = commands.add_parser("show", help="one scenario in full")
    show.add_argument("id", help="scenario id or path")
    show.add_argument("--json", action="store_true", help="print the scenario as JSON")
    show.set_defaults(handler=run_show)

    validate = commands.add_parser("validate", help="check scenario files; exit 1 when any is invalid")
    validate.add_argument("paths", nargs="*", type=Path, help="files or folders (default: every folder 'list' reads)")
    validate.set_defaults(handler=run_validate)

    scenarios_trainer.register(commands)  # new, record, pack, unpack
    scenarios_learn.register(commands)  # learn: findings marked wrong -> phrasings


_LEVELS = {"easy": 0, "medium": 1, "hard": 2}
_LANGUAGES = {"de": "German", "en": "English"}


def _sort_key(item: LoadedScenario) -> tuple[int, int, str]:
    s = item.scenario
    return (0 if s.language == "de" else 1, _LEVELS.get(s.difficulty, 9), s.id)


def run_list(args: argparse.Namespace) -> int:
    loaded, problems = load_library()
    if args.language:
        loaded = [item for item in loaded if item.scenario.language == args.language]
    loaded.sort(key=_sort_key)
    if args.json:
        rows = [
            {
                "id": item.scenario.id,
                "title": item.scenario.title,
                "language": item.scenario.language,
                "difficulty": item.scenario.difficulty,
                "theme": item.scenario.theme,
                "turns": len(item.scenario.turns),
                "persona": item.scenario.persona.name,
                "mood": item.scenario.persona.mood,
                "voice": item.scenario.persona.voice,
                "path": str(item.path),
            }
            for item in loaded
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        print(_table(loaded))
    if problems:
        more = (
            Said(" (and {extra:# more problem|# more problems})", extra=len(problems) - 1) if len(problems) > 1 else ""
        )
        print(
            Said(
                "voicecoach: a scenario file did not load: {problem}{more}; "
                "run 'voicecoach scenarios validate' to see every problem",
                problem=problems[0],
                more=more,
            ),
            file=sys.stderr,
        )
        return 2
    return 0


def _table(loaded: list[LoadedScenario]) -> str:
    if not loaded:
        return str(
            Said(
                "No scenarios found. Put NAME.yaml files into {folder} (see {guide}).",
                folder=user_scenarios_dir(),
                guide=format_guide(),
            )
        )
    headers = tuple(str(Said(header)) for header in ("ID", "LANG", "LEVEL", "THEME", "TURNS", "CUSTOMER", "TITLE"))
    rows = [
        (
            s.id,
            s.language,
            i18n.label("difficulty", s.difficulty),
            i18n.label("theme", s.theme),
            str(len(s.turns)),
            f"{s.persona.name} ({i18n.label('mood', s.persona.mood)})",
            s.title,
        )
        for s in (item.scenario for item in loaded)
    ]
    widths = [max(len(header), *(len(row[i]) for row in rows)) for i, header in enumerate(headers)]
    if sys.stdout.isatty():  # fit the terminal: drop CUSTOMER first, then shorten titles
        columns = shutil.get_terminal_size().columns
        if sum(widths) + 2 * (len(widths) - 1) > columns:
            headers, widths = headers[:5] + headers[6:], widths[:5] + widths[6:]
            rows = [row[:5] + row[6:] for row in rows]
        room = columns - sum(widths[:-1]) - 2 * (len(widths) - 1)
        widths[-1] = max(12, min(widths[-1], room))

    def line(cells: tuple[str, ...]) -> str:
        fitted = [cell if len(cell) <= width else cell[: width - 1] + "…" for cell, width in zip(cells, widths)]
        return "  ".join(cell.ljust(width) for cell, width in zip(fitted, widths)).rstrip()

    lines = [line(headers)]
    previous = None
    for item, row in zip(loaded, rows):
        if previous is not None and item.scenario.language != previous:
            lines.append("")
        previous = item.scenario.language
        lines.append(line(row))
    counts = ", ".join(
        f"{sum(1 for item in loaded if item.scenario.language == code)} {Said(name)}"
        for code, name in _LANGUAGES.items()
        if any(item.scenario.language == code for item in loaded)
    )
    lines += [
        "",
        str(
            Said(
                "{n:# scenario|# scenarios} ({counts}). Details: voicecoach scenarios show ID",
                n=len(loaded),
                counts=counts,
            )
        ),
        str(
            Said(
                "Your own scenarios go into {folder} (format: {guide}).",
                folder=user_scenarios_dir(),
                guide=format_guide(),
            )
        ),
    ]
    return "\n".join(lines)


def run_show(args: argparse.Namespace) -> int:
    item = find_scenario(args.id)
    s = item.scenario
    if args.json:
        data = s.model_dump(mode="json", exclude_none=True)
        data["path"] = str(item.path)
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    persona = s.persona
    ui = i18n.current_language()
    forms = persona_forms(ui, persona.gender, persona.name)
    lines = [
        f"{s.title}  [{s.id}]",
        str(
            Said(
                "Language: {language}   Difficulty: {difficulty}   Theme: {theme}   File: {path}",
                language=s.language,
                difficulty=i18n.label("difficulty", s.difficulty),
                theme=i18n.label("theme", s.theme),
                path=item.path,
            )
        ),
        "",
        str(Said("Situation: {situation}", situation=s.brief.situation)),
        str(Said("Goal:      {goal}", goal=s.brief.goal)),
        "",
        str(
            Said(
                "{customer}{name} ({mood}, patience {patience}, voice {voice}, rate {rate:g})",
                customer=f"{forms['customer']}:".ljust(11) if ui == "de" else "Customer:  ",
                name=persona.name,
                mood=i18n.label("mood", persona.mood),
                patience=i18n.label("patience", persona.patience) if ui == "de" else persona.patience,
                voice=persona.voice or Said("default for {language}", language=s.language),
                rate=persona.rate,
            )
        ),
    ]
    if s.weights:
        weights = ", ".join(
            f"{i18n.label('skill', skill)} {i18n.number(weight)}" for skill, weight in s.weights.items()
        )
        lines.append(str(Said("Weights:   {weights}", weights=weights)))
    if s.form_of_address is not None:  # German: how the trainee addresses the customer (address: sie|du)
        form = say(SCENARIO_VIEW, f"address.{s.form_of_address}", ui)
        lines.append(f"{say(SCENARIO_VIEW, 'address', ui, form=form)}  {_dim(f'[address: {s.form_of_address}]')}")
    for number, (turn_id, step) in enumerate(zip(s.turn_ids, s.turns), start=1):
        # a step by its number in the file and the customer's words; its id (for the YAML) after it
        feeling = f" ({i18n.label('mood', step.emotion)})" if step.emotion else ""
        heading = say(SCENARIO_VIEW, "step", ui, number=number, feeling=feeling, say=quote(step.say, ui))
        lines += ["", f"{heading}  {_dim(f'[{turn_id}]')}"]
        if step.audio:
            lines.append(str(Said("  recorded audio: {audio}", audio=step.audio)))
        if step.facts:
            lines.append(say(SCENARIO_VIEW, "gives", ui, facts=_facts(step.facts, ui)))
        expect = step.expect
        for point, phrasings in expect.key_points.items():  # by its phrasings; its name for the YAML after them
            shown = " | ".join(phrasings)
            lines.append(f"{say(SCENARIO_VIEW, 'must_address', ui, phrasings=shown)}  {_dim(f'[{point}]')}")
        no_reask = expect.no_reask if expect.no_reask is not None else list(s.facts_until(step))
        if no_reask:
            known = s.facts_before_possible(step)
            asked = {key: known[key] for key in no_reask if key in known}
            lines.append(say(SCENARIO_VIEW, "no_reask", ui, facts=_facts(asked, ui)))
        acknowledge = expect.acknowledge_emotion
        if acknowledge is None:
            acknowledge = step.emotion in ("annoyed", "angry", "sad")
        if acknowledge:
            lines.append(
                str(Said("  must acknowledge {of_the_customer} feeling", of_the_customer=forms["of_the_customer"]))
            )
        if expect.avoid:
            lines.append(str(Said("  avoid: {phrases}", phrases=" | ".join(expect.avoid))))
        if expect.accept_no:
            words = f" ({' | '.join(expect.offer_words)})" if expect.offer_words else ""
            lines.append(str(Said("  accept the no: do not push the offer again{words}", words=words)))
        if expect.ask_need:
            lines.append(str(Said("  ask what {the_customer} needs", the_customer=forms["the_customer"])))
        if step.interjection:
            lines.append(
                str(
                    Said(
                        "  cuts in {at:g} s into the reply: {say} (stop and listen)",
                        at=step.interjection.at,
                        say=quote(step.interjection.say, ui),
                    )
                )
            )
        if step.next is not None:  # by the number of the step it leads to, never by an id
            branches = flow_text(s.numbered_branches(turn_id), ui)
            lines.append(say(SCENARIO_VIEW, "flow", ui, branches=branches))
        if step.example:
            lines.append(str(Said("  a good reply could be: {example}", example=quote(step.example, ui))))
    print("\n".join(lines))
    return 0


def _dim(text: str) -> str:
    """``text`` dimmed on a terminal (ids a trainer needs only to edit the YAML); as it is in a pipe."""
    if sys.stdout.isatty() and not os.environ.get("NO_COLOR"):
        return f"\x1b[2m{text}\x1b[22m"
    return text


def _facts(facts: Mapping[str, Fact], language: str) -> str:
    """Facts by their values, each with its key (for ``no_reask`` in the YAML) after it:
    „Keller“ [name], „4711“ [order_number]."""
    return ", ".join(f"{quote(fact.value, language)} {_dim(f'[{key}]')}" for key, fact in facts.items())


def _has_yaml(folder: Path) -> bool:
    return any(f.suffix in (".yaml", ".yml") for f in folder.iterdir())


def _unchecked_folders(paths: list[Path]) -> list[Path]:
    """Subfolders of the given folders that hold YAML files but are no scenario folder (no
    scenario.yaml): a library is read one level deep, so their files are not checked."""
    found = []
    for path in paths:
        try:
            if not path.is_dir() or (path / SCENARIO_FILE).is_file():
                continue
            for child in sorted(path.iterdir()):
                plain_folder = child.is_dir() and not child.name.startswith(".")
                if plain_folder and not (child / SCENARIO_FILE).is_file() and _has_yaml(child):
                    found.append(child)
        except OSError:
            continue  # an unreadable folder is reported by scenario_files
    return found


def _example_warnings(path: Path, scenario: Any) -> list[Said]:
    """A warning for each turn whose own ``example`` the judge takes points off (its text judged
    as a typed reply): the trainer's model reply is the spec, so either the turn's lists miss its
    words or the example is not what the trainer meant (a trainer-helper: two of its examples
    scored 70 and nothing said so). A warning only: the file stays valid."""
    warnings = []
    language = i18n.current_language()
    for number, (turn_id, step) in enumerate(zip(scenario.turn_ids, scenario.turns), start=1):
        if not step.example:
            continue
        result = judge_text(scenario, turn_id, step.example, resources=language_resources.shared())
        faults = [f for f in result.findings if f.penalty > 0]
        if faults:
            names = ", ".join(dict.fromkeys(finding_name(f.kind, f.evidence, language) for f in faults))
            warnings.append(
                Said(
                    '{path}: turn {n}: its own example is judged "{names}" ({total}/100); if the example is '
                    "right, widen the turn's lists ('voicecoach judge {path} --turn {n} --text ...' shows why)",
                    path=path,
                    n=number,
                    names=names,
                    total=result.score.total,
                )
            )
    return warnings


def run_validate(args: argparse.Namespace) -> int:
    paths = args.paths or scenario_dirs()
    skipped: list[Problem] = []
    files = scenario_files(paths, skipped=skipped)
    for problem in skipped:
        print(problem)
    if not files:
        print(
            Said("voicecoach: no scenario files (.yaml) found in {paths}", paths=", ".join(map(str, paths))),
            file=sys.stderr,
        )
        return 1
    invalid = len(skipped)
    for path, scenario, problems in check_files(files):
        if problems:
            invalid += 1
            for problem in problems:
                print(problem)
        elif scenario is not None:
            for warning in _example_warnings(path, scenario):
                print(warning)
    for folder in _unchecked_folders(paths):  # said, so "2 valid" does not hide a folder of broken files
        print(
            Said(
                "{folder}: {n:# YAML file|# YAML files} in this subfolder were not checked; "
                "to check them: voicecoach scenarios validate {folder}",
                folder=folder,
                n=sum(1 for f in folder.iterdir() if f.suffix in (".yaml", ".yml")),
            ),
            file=sys.stderr,
        )
    unread = Said(", {n} unreadable", n=len(skipped)) if skipped else ""
    print(
        Said(
            "{n:# scenario file|# scenario files}: {valid} valid, {invalid} invalid{unread}",
            n=len(files),
            valid=len(files) - invalid + len(skipped),
            invalid=invalid - len(skipped),
            unread=unread,
        ),
        file=sys.stderr,
    )
    return 1 if invalid else 0
