"""Scenario files on disk: finding, loading and validating them with file, line and field path.

A scenario is either ``NAME.yaml`` or a folder ``NAME/scenario.yaml`` that holds its recorded
audio too. Audio paths are relative to the scenario's folder and may not leave it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from voicecoach.core.scenario import Scenario
from voicecoach.errors import UserError

SCENARIO_FILE = "scenario.yaml"
#: The library that ships with voicecoach (the repository's ``scenarios/`` folder).
SHIPPED_DIR = Path(__file__).resolve().parent.parent / "scenarios"


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a scenario file, located for a human: ``file:line field: message``."""

    path: Path
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return f"{where} {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


@dataclass(frozen=True)
class LoadedScenario:
    scenario: Scenario
    path: Path

    @property
    def folder(self) -> Path:
        return self.path.parent

    def audio_path(self, relative: str) -> Path:
        """Resolve a recorded-audio path, refusing one that escapes the scenario folder."""
        return resolve_inside(self.folder, relative, what=f"{self.path}: audio file")


class ScenarioInvalid(UserError):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        first = problems[0]
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        super().__init__(
            f"{first}{more}; run 'voicecoach scenarios validate {first.path}' to see all"
        )


def resolve_inside(folder: Path, relative: str, what: str) -> Path:
    """``folder / relative``, but only if it stays inside ``folder`` (no ``..``, no absolute path)."""
    candidate = (folder / relative).resolve()
    root = folder.resolve()
    if os.path.isabs(relative) or not candidate.is_relative_to(root):
        raise UserError(f"{what} '{relative}' leaves the scenario folder; keep audio next to the scenario")
    return candidate


def scenario_dirs(extra: list[Path] | None = None) -> list[Path]:
    """Where scenarios are looked up: the shipped library, the user's own, and ``extra``."""
    from voicecoach.settings import user_scenarios_dir

    dirs = [SHIPPED_DIR, user_scenarios_dir()]
    env = os.environ.get("VOICECOACH_SCENARIOS")
    if env:
        dirs = [Path(p) for p in env.split(os.pathsep) if p] + dirs
    return [d for d in [*(extra or []), *dirs] if d.is_dir()]


def scenario_files(paths: list[Path]) -> list[Path]:
    """Every scenario file under the given files and folders, in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_file():
            found.append(path)
        elif (path / SCENARIO_FILE).is_file():
            found.append(path / SCENARIO_FILE)
        elif path.is_dir():
            for child in sorted(path.iterdir()):
                if child.is_file() and child.suffix in (".yaml", ".yml"):
                    found.append(child)
                elif child.is_dir() and (child / SCENARIO_FILE).is_file():
                    found.append(child / SCENARIO_FILE)
        else:
            raise UserError(f"{path}: no such file or folder; give a scenario .yaml or a folder of them")
    return found


def check_file(path: Path) -> tuple[Scenario | None, list[Problem]]:
    """Parse and validate one scenario file; every problem found, each with its line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return None, [Problem(path, None, "", f"cannot read the file ({error}); check the path")]
    try:
        node = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else None
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        return None, [Problem(path, line, "", f"malformed YAML: {problem}; fix the indentation or quoting")]
    if not isinstance(data, dict):
        return None, [Problem(path, 1, "", "a scenario must be a mapping (id:, title:, turns: ...)")]
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as error:
        problems = []
        for item in error.errors():
            loc = [part for part in item["loc"] if not _is_union_tag(part)]
            problems.append(
                Problem(path, _line_of(node, loc), _field_path(loc), _message(item))
            )
        return None, problems
    problems = _check_audio(path, scenario)
    return (scenario if not problems else None), problems


def load_file(path: Path) -> LoadedScenario:
    scenario, problems = check_file(path)
    if problems or scenario is None:
        raise ScenarioInvalid(problems)
    return LoadedScenario(scenario, path)


def load_library(extra: list[Path] | None = None) -> tuple[list[LoadedScenario], list[Problem]]:
    """All scenarios found, plus the problems of files that did not load (never skipped silently)."""
    loaded: list[LoadedScenario] = []
    problems: list[Problem] = []
    seen: dict[str, Path] = {}
    for path in scenario_files(scenario_dirs(extra)):
        scenario, file_problems = check_file(path)
        problems.extend(file_problems)
        if scenario is None:
            continue
        if scenario.id in seen:
            problems.append(
                Problem(path, None, "id", f"'{scenario.id}' is already used by {seen[scenario.id]}; rename one")
            )
            continue
        seen[scenario.id] = path
        loaded.append(LoadedScenario(scenario, path))
    return loaded, problems


def find_scenario(ref: str) -> LoadedScenario:
    """A scenario by id, or by path to its file or folder."""
    path = Path(ref)
    if ref.endswith((".yaml", ".yml")) or os.sep in ref or path.is_dir():
        if not path.exists():
            raise UserError(f"{ref}: no such scenario file; check the path")
        files = scenario_files([path])
        if len(files) != 1:
            raise UserError(f"{ref}: expected one scenario file, found {len(files)}")
        return load_file(files[0])
    loaded, _problems = load_library()
    for item in loaded:
        if item.scenario.id == ref:
            return item
    close = [item.scenario.id for item in loaded if ref.split("-")[0] in item.scenario.id][:3]
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    raise UserError(f"unknown scenario '{ref}'{hint}; run 'voicecoach scenarios list' to see the ids")


def _check_audio(path: Path, scenario: Scenario) -> list[Problem]:
    problems = []
    for index, step in enumerate(scenario.turns):
        for field, relative in (
            (f"turns[{index}].audio", step.audio),
            (f"turns[{index}].interjection.audio", step.interjection.audio if step.interjection else None),
        ):
            if relative is None:
                continue
            try:
                target = resolve_inside(path.parent, relative, what="audio file")
            except UserError as error:
                problems.append(Problem(path, None, field, str(error)))
                continue
            if not target.is_file():
                problems.append(
                    Problem(path, None, field, f"audio file '{relative}' is missing; record it or remove the key")
                )
    return problems


def _is_union_tag(part: object) -> bool:
    # pydantic puts the union member's name into the location ("str", "dict[...]"): not a field.
    return isinstance(part, str) and (part in ("str", "int", "float") or "[" in part)


def _field_path(loc: list[Any]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def _message(item: dict[str, Any]) -> str:
    kind = item.get("type", "")
    if kind == "extra_forbidden":
        return "unknown key; check the spelling (see scenarios/README.md for the keys)"
    if kind == "missing":
        return "required key is missing"
    message = str(item.get("msg", "invalid"))
    return message.removeprefix("Value error, ")


def _line_of(node: yaml.Node | None, loc: list[Any]) -> int | None:
    """The 1-based line of the YAML node at ``loc`` (or of the deepest parent that exists)."""
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if key_node.value == str(part):
                    line = key_node.start_mark.line + 1
                    node = value_node
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            return line
    return line
