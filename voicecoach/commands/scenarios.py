"""``voicecoach scenarios list|show|validate`` (and the trainer commands, when present)."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

from voicecoach.library import (
    SHIPPED_DIR,
    check_file,
    find_scenario,
    load_library,
    scenario_files,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("scenarios", help="list, show and validate scenarios")
    commands = parser.add_subparsers(dest="scenarios_command", metavar="ACTION", required=True)

    listing = commands.add_parser("list", help="table of all scenarios")
    listing.add_argument("--json", action="store_true", help="print a JSON array instead")
    listing.add_argument("--language", choices=["de", "en"], help="only this language")
    listing.set_defaults(handler=run_list)

    show = commands.add_parser("show", help="one scenario in full")
    show.add_argument("id", help="scenario id or path")
    show.add_argument("--json", action="store_true", help="print the scenario as JSON")
    show.set_defaults(handler=run_show)

    validate = commands.add_parser("validate", help="check scenario files; exit 1 when any is invalid")
    validate.add_argument("paths", nargs="*", type=Path, help="files or folders (default: the library)")
    validate.set_defaults(handler=run_validate)

    try:  # trainer commands (new, record, pack, unpack) live in their own module
        trainer = importlib.import_module("voicecoach.commands.scenarios_trainer")
    except ModuleNotFoundError as error:
        if error.name != "voicecoach.commands.scenarios_trainer":
            raise
    else:
        trainer.register(commands)


def run_list(args: argparse.Namespace) -> int:
    loaded, problems = load_library()
    if args.language:
        loaded = [item for item in loaded if item.scenario.language == args.language]
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
                "path": str(item.path),
            }
            for item in loaded
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        headers = ("ID", "LANG", "LEVEL", "THEME", "TURNS", "TITLE")
        rows_text = [
            (s.id, s.language, s.difficulty, s.theme, str(len(s.turns)), s.title)
            for s in (item.scenario for item in loaded)
        ]
        widths = [max(len(h), *(len(r[i]) for r in rows_text)) if rows_text else len(h) for i, h in enumerate(headers)]
        print("  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip())
        for row in rows_text:
            print("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())
        if not rows_text:
            print("(no scenarios found)")
    for problem in problems:
        print(f"warning: skipped {problem}", file=sys.stderr)
    return 0


def run_show(args: argparse.Namespace) -> int:
    item = find_scenario(args.id)
    s = item.scenario
    if args.json:
        data = s.model_dump(mode="json", exclude_none=True)
        data["path"] = str(item.path)
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    lines = [
        f"{s.title}  [{s.id}]",
        f"Language: {s.language}   Difficulty: {s.difficulty}   Theme: {s.theme}   File: {item.path}",
        "",
        f"Situation: {s.brief.situation}",
        f"Goal:      {s.brief.goal}",
        "",
        f"Customer:  {s.persona.name} ({s.persona.mood}, patience {s.persona.patience}, "
        f"voice {s.persona.voice or 'default'}, rate {s.persona.rate})",
    ]
    for number, (turn_id, step) in enumerate(zip(s.turn_ids, s.turns), start=1):
        lines += ["", f"Turn {number} ({turn_id}): \"{step.say}\""]
        if step.audio:
            lines.append(f"  recorded audio: {step.audio}")
        if step.facts:
            lines.append("  gives: " + ", ".join(f"{k}={f.value}" for k, f in step.facts.items()))
        expect = step.expect
        for point, phrasings in expect.key_points.items():
            lines.append(f"  must address {point}: " + " | ".join(phrasings))
        if expect.no_reask:
            lines.append("  must not ask again for: " + ", ".join(expect.no_reask))
        if expect.acknowledge_emotion or (expect.acknowledge_emotion is None and step.emotion in ("annoyed", "angry", "sad")):
            lines.append("  must acknowledge the customer's feeling")
        if expect.avoid:
            lines.append("  avoid: " + " | ".join(expect.avoid))
        if expect.accept_no:
            lines.append("  accept the no: do not push the offer again")
        if expect.ask_need:
            lines.append("  ask what the customer needs")
        if step.interjection:
            lines.append(f"  cuts in after {step.interjection.at:g}s: \"{step.interjection.say}\"")
        if step.next is not None:
            target = step.next if isinstance(step.next, str) else ", ".join(f"{k.value}->{v}" for k, v in step.next.items())
            lines.append(f"  next: {target}")
    print("\n".join(lines))
    return 0


def run_validate(args: argparse.Namespace) -> int:
    paths = args.paths or [SHIPPED_DIR]
    files = scenario_files(paths)
    if not files:
        print("no scenario files found in " + ", ".join(map(str, paths)), file=sys.stderr)
        return 1
    invalid = 0
    for path in files:
        _scenario, problems = check_file(path)
        if problems:
            invalid += 1
            for problem in problems:
                print(problem)
    print(f"{len(files) - invalid} valid, {invalid} invalid", file=sys.stderr)
    return 1 if invalid else 0
