"""``voicecoach models`` (what is installed, what the scenarios need) and ``models pull NAME``."""

from __future__ import annotations

import argparse
import json
import sys

from voicecoach.adapters import models
from voicecoach.adapters.library import Problem, load_library
from voicecoach.adapters.piper_tts import persona_voice, speaking_voice
from voicecoach.adapters.settings import Settings, config_path, load_settings
from voicecoach.core.errors import Said, UserError
from voicecoach.core.languages import LANGUAGES


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "models",
        help="installed Whisper models and Piper voices, and what the scenarios need",
        description="List the installed speech models and voices, or download one with 'pull'.",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.set_defaults(handler=run_list)
    actions = parser.add_subparsers(dest="models_command", metavar="ACTION")
    pull = actions.add_parser(
        "pull",
        help="download a Piper voice (e.g. de_DE-thorsten-medium) or a Whisper model (e.g. small)",
    )
    pull.add_argument("name", help="Piper voice name or Whisper model name")
    pull.set_defaults(handler=run_pull)


def run_list(args: argparse.Namespace) -> int:
    report = build_report()
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    lines = [str(Said("Whisper models (speech recognition):"))]
    for item in report["whisper"]:
        kind = str(Said("English only") if item["english_only"] else Said("multilingual"))
        lines.append(f"  {item['name']:<22} {kind:<13} {_source(item['source'])}  {item['path'] or ''}".rstrip())
    if not report["whisper"]:
        lines.append(str(Said("  (none; install with: {hint})", hint=models.INSTALL_HINT)))
    lines += ["", str(Said("Piper voices (customer speech):"))]
    for item in report["voices"]:
        lines.append(f"  {item['name']:<22} {_source(item['source'])}  {item['path']}")
    if not report["voices"]:
        lines.append(str(Said("  (none; install with: {hint})", hint=models.INSTALL_HINT)))
    lines += ["", str(Said("Needed:"))]
    for need in report["needs"]:
        status = "ok" if need["installed"] else str(Said("MISSING, get it with: {command}", command=need["command"]))
        if not need["installed"] and need.get("instead"):
            status += str(Said(" (until then: {instead})", instead=need["instead"]))
        needed_for = need["for"]
        if need["kind"] == "whisper":  # the report (and --json) keeps its English key; the line is said
            needed_for = str(Said("speech recognition ({language})", language=str(need["for"]).split("(")[-1][:-1]))
        kind = str(Said("voice")) if need["kind"] == "voice" else "Whisper"
        lines.append(f"  {needed_for:<34} {kind:<8} {need['name']:<24} {status}")
    for problem in report["problems"]:
        print(Said("warning: skipped {problem}", problem=problem), file=sys.stderr)
    if report["fallback_problem"]:
        print(Said("warning: {problem}", problem=report["fallback_problem"]), file=sys.stderr)
    print("\n".join(lines))
    return 0


def _source(source: str) -> str:
    """Where a model or voice comes from, in the UI language: "package X" ("Paket X"), "packages
    A + B (joined on first use)", or a folder (as it is)."""
    joined = source.endswith(" (joined on first use)")
    plain = source.removesuffix(" (joined on first use)")
    if plain.startswith("packages "):
        text = Said("packages {names}", names=plain.removeprefix("packages "))
    elif plain.startswith("package "):
        text = Said("package {name}", name=plain.removeprefix("package "))
    else:
        return source
    return str(Said("{source} (joined on first use)", source=text)) if joined else str(text)


def fallback_problem(settings: Settings) -> str | None:
    """Why the ``fallback_voice`` setting cannot stand in for a missing voice, or None when it can.

    A setting that names no voice at all, a voice that is not installed, or a ``.onnx`` path that
    is not there would otherwise only show when a scenario's own voice is missing.
    """
    voice = settings.fallback_voice
    if models.find_voice(voice) is not None:
        return None
    where = Said("fallback_voice '{voice}' in {path}", voice=voice, path=config_path())
    if models.is_voice_name(voice):
        return str(
            Said(
                "{where} is not installed; get it with: voicecoach models pull {voice} (or fix the setting)",
                where=where,
                voice=voice,
            )
        )
    if voice.endswith(".onnx") or "/" in voice or voice.startswith((".", "~")):
        return str(
            Said("{where}: no Piper voice there (NAME.onnx with NAME.onnx.json beside it); fix the path", where=where)
        )
    return str(
        Said("{where} is not a Piper voice name (like en_US-joe-medium) or a .onnx file; fix the setting", where=where)
    )


def build_report() -> dict[str, object]:
    """Installed models and voices, and each thing the scenarios and languages need; with
    ``fallback_problem`` (text or None) about the ``fallback_voice`` setting."""
    settings = load_settings()
    whisper = models.installed_whisper_models()
    voices = models.installed_voices()
    needs: list[dict[str, object]] = []
    for language in LANGUAGES:
        name = models.default_whisper_model(language, settings)
        try:
            ref = models.resolve_whisper(name, language=language, settings=settings)
            installed = ref.path is not None or ref.needs_join
        except UserError:
            installed = False
        needs.append(
            {
                "for": f"speech recognition ({language})",
                "kind": "whisper",
                "name": name,
                "installed": installed,
                "command": f"voicecoach models pull {name}",
            }
        )
    loaded, problems = load_library()
    for item in loaded:
        scenario = item.scenario
        try:
            wanted = persona_voice(item) or models.default_voice(scenario.language, settings)
        except UserError as error:  # a voice path that leaves the scenario folder
            problems.append(Problem(item.path, None, "persona.voice", str(error)))
            continue
        installed = models.find_voice(wanted) is not None
        instead = None
        if not installed:
            try:
                # who really speaks: for a German line the German stand-in, never the English voice
                instead = speaking_voice(wanted, scenario.language, settings, scenario.persona.gender)
            except UserError:
                instead = None
        needs.append(
            {
                "for": f"{scenario.id} ({scenario.language})",
                "kind": "voice",
                "name": wanted,
                "installed": installed,
                "command": f"voicecoach models pull {wanted}" if models.is_voice_name(wanted) else None,
                "instead": instead,
            }
        )
    return {
        "whisper": [
            {
                "name": ref.label,
                "english_only": ref.english_only,
                "source": ref.source + (" (joined on first use)" if ref.needs_join else ""),
                "path": str(ref.path) if ref.path else None,
            }
            for ref in whisper
        ],
        "voices": [{"name": v.name, "source": v.source, "path": str(v.model)} for v in voices],
        "needs": needs,
        "problems": [str(problem) for problem in problems],
        "fallback_problem": fallback_problem(settings),
    }


def run_pull(args: argparse.Namespace) -> int:
    name = args.name.strip()
    if name in models.WHISPER_NAMES:
        print(Said("downloading Whisper model {name} ...", name=name), file=sys.stderr)
        path = models.pull_whisper(name)
    elif models.is_voice_name(name):
        print(Said("downloading Piper voice {name} ...", name=name), file=sys.stderr)
        path = models.pull_voice(name)
    else:
        raise UserError(
            "'{name}' is neither a Piper voice (like de_DE-thorsten-medium) nor a Whisper model (like {WHISPER_NAMES}); check the name",
            name=name,
            WHISPER_NAMES=", ".join(models.WHISPER_NAMES[:4]),
        )
    print(Said("installed {name}: {path}", name=name, path=path))
    return 0
