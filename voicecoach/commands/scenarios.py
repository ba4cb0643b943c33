"""``voicecoach scenarios list|show|validate``; the trainer actions (new, record, pack, unpack)
register from ``scenarios_trainer``."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

from voicecoach.adapters.library import (
    FORMAT_GUIDE,
    LoadedScenario,
    Problem,
    check_files,
    find_scenario,
    load_library,
    scenario_dirs,
    scenario_files,
)
from voicecoach.adapters.settings import user_scenarios_dir
from voicecoach.commands import scenarios_learn, scenarios_trainer
from voicecoach.core.languages import LANGUAGES


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("scenarios", help="list, show and validate scenarios")
    commands = parser.add_subparsers(dest="scenarios_command", metavar="ACTION", required=True)

    listing = commands.add_parser("list", help="table of all scenarios")
    listing.add_argument("--json", action="store_true", help="print a JSON array instead")
    listing.add_argument("--language", choices=LANGUAGES, help="only this language")
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
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        print(
            f"voicecoach: a scenario file did not load: {problems[0]}{more}; "
            "run 'voicecoach scenarios validate' to see every problem",
            file=sys.stderr,
        )
        return 2
    return 0


def _table(loaded: list[LoadedScenario]) -> str:
    if not loaded:
        return f"No scenarios found. Put NAME.yaml files into {user_scenarios_dir()} (see {FORMAT_GUIDE})."
    headers = ("ID", "LANG", "LEVEL", "THEME", "TURNS", "CUSTOMER", "TITLE")
    rows = [
        (
            s.id,
            s.language,
            s.difficulty,
            s.theme,
            str(len(s.turns)),
            f"{s.persona.name} ({s.persona.mood})",
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
        f"{sum(1 for item in loaded if item.scenario.language == code)} {name}"
        for code, name in _LANGUAGES.items()
        if any(item.scenario.language == code for item in loaded)
    )
    noun = "scenario" if len(loaded) == 1 else "scenarios"
    lines += [
        "",
        f"{len(loaded)} {noun} ({counts}). Details: voicecoach scenarios show ID",
        f"Your own scenarios go into {user_scenarios_dir()} (format: {FORMAT_GUIDE}).",
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
    lines = [
        f"{s.title}  [{s.id}]",
        f"Language: {s.language}   Difficulty: {s.difficulty}   Theme: {s.theme}   File: {item.path}",
        "",
        f"Situation: {s.brief.situation}",
        f"Goal:      {s.brief.goal}",
        "",
        f"Customer:  {persona.name} ({persona.mood}, patience {persona.patience}, "
        f"voice {persona.voice or 'default for ' + s.language}, rate {persona.rate:g})",
    ]
    if s.weights:
        lines.append("Weights:   " + ", ".join(f"{skill} {weight:g}" for skill, weight in s.weights.items()))
    for number, (turn_id, step) in enumerate(zip(s.turn_ids, s.turns), start=1):
        feeling = f", {step.emotion}" if step.emotion else ""
        lines += ["", f'Turn {number} ({turn_id}{feeling}): "{step.say}"']
        if step.audio:
            lines.append(f"  recorded audio: {step.audio}")
        if step.facts:
            lines.append("  gives: " + ", ".join(f"{k}={f.value}" for k, f in step.facts.items()))
        expect = step.expect
        for point, phrasings in expect.key_points.items():
            lines.append(f"  must address {point}: " + " | ".join(phrasings))
        no_reask = expect.no_reask if expect.no_reask is not None else list(s.facts_until(step))
        if no_reask:
            lines.append("  must not ask again for: " + ", ".join(no_reask))
        acknowledge = expect.acknowledge_emotion
        if acknowledge is None:
            acknowledge = step.emotion in ("annoyed", "angry", "sad")
        if acknowledge:
            lines.append("  must acknowledge the customer's feeling")
        if expect.avoid:
            lines.append("  avoid: " + " | ".join(expect.avoid))
        if expect.accept_no:
            words = f" ({' | '.join(expect.offer_words)})" if expect.offer_words else ""
            lines.append(f"  accept the no: do not push the offer again{words}")
        if expect.ask_need:
            lines.append("  ask what the customer needs")
        if step.interjection:
            lines.append(
                f'  cuts in {step.interjection.at:g}s into the reply: "{step.interjection.say}" (stop and listen)'
            )
        if step.next is not None:
            target = (
                step.next
                if isinstance(step.next, str)
                else ", ".join(f"{k.value} -> {v}" for k, v in step.next.items())
            )
            lines.append(f"  next: {target}")
        if step.example:
            lines.append(f'  a good reply could be: "{step.example}"')
    print("\n".join(lines))
    return 0


def run_validate(args: argparse.Namespace) -> int:
    paths = args.paths or scenario_dirs()
    skipped: list[Problem] = []
    files = scenario_files(paths, skipped=skipped)
    for problem in skipped:
        print(problem)
    if not files:
        print("voicecoach: no scenario files (.yaml) found in " + ", ".join(map(str, paths)), file=sys.stderr)
        return 1
    invalid = len(skipped)
    for _path, _scenario, problems in check_files(files):
        if problems:
            invalid += 1
            for problem in problems:
                print(problem)
    noun = "file" if len(files) == 1 else "files"
    unread = f", {len(skipped)} unreadable" if skipped else ""
    print(
        f"{len(files)} scenario {noun}: {len(files) - invalid + len(skipped)} valid, "
        f"{invalid - len(skipped)} invalid{unread}",
        file=sys.stderr,
    )
    return 1 if invalid else 0
