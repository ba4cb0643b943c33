"""Scenario files on disk: finding, loading and validating them with file, line and field path.

A scenario is either ``NAME.yaml`` or a folder ``NAME/scenario.yaml`` that holds its recorded
audio too. Audio paths are relative to the scenario's folder and may not leave it.

Files are read as UTF-8 YAML with a loader that suits hand-written text: only ``true``/``false``
are booleans (``yes``, ``no``, ``on``, ``off`` stay words, so a customer may say "No"), dates and
``12:30`` stay text, and a number with a leading zero (``0815``) stays text. Every problem is
reported with its line: malformed YAML, tabs, keys given twice (PyYAML would keep the last one
silently), unknown keys, bad values, and recordings that are missing or outside the folder.
"""

from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from voicecoach.adapters.pydantic_problems import field_path, field_problem, key_hint
from voicecoach.adapters.settings import user_scenarios_dir
from voicecoach.adapters.yaml_limits import (
    FileTooLarge,
    LimitedComposer,
    YamlTooComplex,
    read_limited,
    size_words,
    yaml_words,
)
from voicecoach.core.errors import Said, UserError, printable, spoken_language
from voicecoach.core.scenario import (
    Brief,
    Expect,
    Fact,
    Interjection,
    Persona,
    Scenario,
    SchemaProblems,
    Step,
    loc_text,
)

SCENARIO_FILE = "scenario.yaml"
#: Largest scenario file read (bytes); the shipped ones are under 4 KB, twelve long turns under 64 KB.
MAX_SCENARIO_BYTES = 256 * 1024


def _shipped_dir() -> Path:
    """The library that ships with voicecoach: package data ``voicecoach/_shipped`` in an install
    from a wheel or sdist (pyproject.toml maps the repository's ``scenarios/`` folder there), else
    that ``scenarios/`` folder itself (a checkout, also when installed editable)."""
    packaged = resources.files("voicecoach") / "_shipped"
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "scenarios"


#: The library that ships with voicecoach (see ``_shipped_dir``).
SHIPPED_DIR = _shipped_dir()
#: The guide to the scenario format, where this install has it (for messages that point to it).
FORMAT_GUIDE = SHIPPED_DIR / "README.md"
#: The same guide in German, for German users (trainers).
FORMAT_GUIDE_DE = SHIPPED_DIR / "README.de.md"


def format_guide(language: str | None = None) -> Path:
    """The format guide in ``language`` (default: the language messages are said in now):
    ``README.de.md`` for German, ``README.md`` otherwise."""
    return FORMAT_GUIDE_DE if (language or spoken_language()) == "de" else FORMAT_GUIDE


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a scenario file, located for a human: ``file:line field: message``.

    ``message`` is a :class:`Said` (or plain text), so ``str(problem)`` speaks the UI language."""

    path: Path
    line: int | None
    field: str
    message: Said | str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        line = f"{where} {field_place(self.field)}: {self.message}" if self.field else f"{where}: {self.message}"
        return printable(line)  # a key may hold a line break or a control character


_TURN_FIELD = re.compile(r"^turns\[(\d+)\]")


def field_place(field: str) -> str:
    """A field of a scenario file as a trainer finds it: a turn's field also by the step number the
    app shows, counted from 1 ("turns[0].next.good" -> "Schritt 1 (turns[0].next.good)" / "step 1
    (turns[0].next.good)"); any other field as it is."""
    turn = _TURN_FIELD.match(field)
    return str(Said("step {n} ({field})", n=int(turn[1]) + 1, field=field)) if turn else field


@dataclass(frozen=True)
class LoadedScenario:
    scenario: Scenario
    path: Path

    @property
    def folder(self) -> Path:
        return self.path.parent

    def audio_path(self, relative: str) -> Path:
        """Resolve a recorded-audio path, refusing one that escapes the scenario folder."""
        return resolve_inside(self.folder, relative, what=Said("{path}: audio file", path=self.path))


class ScenarioInvalid(UserError):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        first = problems[0]
        extra = len(problems) - 1
        more = Said(" (and {extra:# more problem|# more problems})", extra=extra) if extra else ""
        super().__init__(
            Said(
                "{first}{more}; run 'voicecoach scenarios validate {path}' to see all",
                first=first,
                more=more,
                path=first.path,
            )
        )


def resolve_inside(folder: Path, relative: str, what: str) -> Path:
    """``folder / relative``, but only if it stays inside ``folder`` (no ``..``, no absolute path).

    Symbolic links are followed, so a link that points out of the folder is refused too.
    """
    candidate = (folder / relative).resolve()
    root = folder.resolve()
    if os.path.isabs(relative) or not candidate.is_relative_to(root):
        raise UserError(
            "{what} '{relative}' leaves the scenario folder; keep audio next to the scenario",
            what=what,
            relative=relative,
        )
    return candidate


def _env_dirs() -> list[Path]:
    env = os.environ.get("VOICECOACH_SCENARIOS", "")
    return [Path(p) for p in env.split(os.pathsep) if p]


def scenario_dirs(extra: list[Path] | None = None) -> list[Path]:
    """Where scenarios are looked up: ``extra``, ``$VOICECOACH_SCENARIOS``, the shipped library and
    the user's own folder (those that exist)."""
    dirs = [*(extra or []), *_env_dirs(), SHIPPED_DIR, user_scenarios_dir()]
    return [d for d in dirs if _is_dir(d)]


def _is_dir(path: Path) -> bool:
    """``path.is_dir()``, but True for a folder that cannot even be looked at (so it is reported)."""
    try:
        return path.is_dir()
    except OSError:
        return True


def scenario_files(paths: list[Path], skipped: list[Problem] | None = None) -> list[Path]:
    """Every scenario file under the given files and folders, in a stable order, each once.

    A folder that cannot be read (permissions, an I/O error) is a ``UserError``; with a
    ``skipped`` list it is noted there as a ``Problem`` instead and left out, so one unreadable
    folder does not hide every other scenario. A path that does not exist is a ``UserError``.
    """
    found: list[Path] = []
    for path in paths:
        try:
            if not _exists(path):
                raise UserError("{path}: no such file or folder; give a scenario .yaml or a folder of them", path=path)
            found += _files_in(path, skipped)
        except OSError as error:
            problem = _unreadable(path, error)
            if skipped is None:
                raise UserError(str(problem)) from None
            skipped.append(problem)
    unique: dict[Path, Path] = {}
    for path in found:
        unique.setdefault(path.resolve(), path)
    return list(unique.values())


def _exists(path: Path) -> bool:
    return path.exists() or path.is_symlink()


def _exists_quietly(path: Path) -> bool:
    try:
        return _exists(path)
    except OSError:
        return True  # it is there; reading it will say what is wrong


def _files_in(path: Path, skipped: list[Problem] | None) -> list[Path]:
    """The scenario files of one given path (a file, a scenario folder or a library folder)."""
    if path.is_file():
        return [path]
    if (path / SCENARIO_FILE).is_file():
        return [path / SCENARIO_FILE]
    if not path.is_dir():
        return []
    found = []
    for child in sorted(path.iterdir()):
        if child.name.startswith("."):
            continue  # hidden: an editor's or an interrupted write's temporary file, never a scenario
        try:
            if child.is_file() and child.suffix in (".yaml", ".yml"):
                found.append(child)
            elif child.is_dir() and (child / SCENARIO_FILE).is_file():
                found.append(child / SCENARIO_FILE)
        except OSError as error:
            problem = _unreadable(child, error)
            if skipped is None:
                raise UserError(str(problem)) from None
            skipped.append(problem)
    return found


def _unreadable(path: Path, error: OSError) -> Problem:
    if isinstance(error, PermissionError):
        return Problem(path, None, "", Said("cannot be read (permission denied); skipped, check its permissions"))
    return Problem(
        path,
        None,
        "",
        Said("cannot be read ({reason}); skipped, check the disk and the path", reason=error.strerror or str(error)),
    )


def check_files(files: list[Path]) -> list[tuple[Path, Scenario | None, list[Problem]]]:
    """``check_file`` for each file, and an id used by an earlier file is a problem of the later one."""
    results: list[tuple[Path, Scenario | None, list[Problem]]] = []
    seen: dict[str, Path] = {}
    for path in files:
        scenario, problems = check_file(path)
        if scenario is not None and scenario.id in seen:
            problems = [
                Problem(
                    path,
                    _id_line(path),
                    "id",
                    Said("'{id}' is already used by {other}; rename one", id=scenario.id, other=seen[scenario.id]),
                )
            ]
            scenario = None
        elif scenario is not None:
            seen[scenario.id] = path
        results.append((path, scenario, problems))
    return results


def _id_line(path: Path) -> int | None:
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1):
        if re.match(r"^id\s*:", line):
            return number
    return None


# --- reading YAML ------------------------------------------------------------------------------


class _Loader(LimitedComposer, yaml.SafeLoader):
    """SafeLoader with YAML 1.2-like scalars (no yes/no booleans, no dates, no base-60 numbers)
    and the limits of ``yaml_limits`` on nesting and aliases (a ``YamlTooComplex`` past them)."""


_Loader.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in (
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("int", r"^[-+]?(?:0|[1-9][0-9]*)$", "-+0123456789"),
    ("float", r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$", "-+.0123456789"),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("merge", r"^(?:<<)$", "<"),
):
    _Loader.add_implicit_resolver(f"tag:yaml.org,2002:{_tag}", re.compile(_pattern), list(_first))


def parse_yaml(text: str) -> tuple[yaml.Node | None, Any]:
    """The composed node tree (for line numbers) and the plain data of one YAML document.

    Any ``yaml.YAMLError``: malformed, or a ``YamlTooComplex`` past the nesting or alias limits."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return node, data


def _read_text(path: Path) -> tuple[str | None, list[Problem]]:
    try:
        raw = read_limited(path, MAX_SCENARIO_BYTES)
    except FileTooLarge as error:
        return None, [
            Problem(
                path,
                None,
                "",
                Said(
                    "the file is {size}, over the limit of {limit} for a scenario; split it into several scenarios",
                    size=size_words(error.size),
                    limit=size_words(error.limit),
                ),
            )
        ]
    except IsADirectoryError:
        return None, [
            Problem(path, None, "", Said("is a folder; give its {file} or the folder itself", file=SCENARIO_FILE))
        ]
    except PermissionError:
        return None, [Problem(path, None, "", Said("cannot read the file (permission denied); check its permissions"))]
    except OSError as error:
        reason = error.strerror or str(error)
        return None, [Problem(path, None, "", Said("cannot read the file ({reason}); check the path", reason=reason))]
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        byte = raw[error.start : error.start + 1].hex()
        return None, [
            Problem(
                path, line, "", Said("not UTF-8 text (byte 0x{byte}); save the file as UTF-8 in your editor", byte=byte)
            )
        ]


def _yaml_problems(path: Path, text: str, error: yaml.YAMLError) -> list[Problem]:
    if isinstance(error, YamlTooComplex):
        mark = error.problem_mark
        return [Problem(path, mark.line + 1 if mark else None, "", error.problem)]
    tab_lines = [
        number
        for number, line in enumerate(text.splitlines(), start=1)
        if "\t" in line[: len(line) - len(line.lstrip(" \t"))]
    ]
    if tab_lines:
        return [
            Problem(path, number, "", Said("tab in the indentation; YAML needs spaces, replace the tab with spaces"))
            for number in tab_lines
        ]
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    line = mark.line + 1 if mark else None
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    context = getattr(error, "context", None)
    if "another document" in problem or "single document" in f"{problem} {context}":
        return [Problem(path, line, "", Said("a second YAML document ('---'); keep one scenario per file"))]
    opened = unclosed_quote_line(text, line)
    if opened is not None:  # the parser read on to the next quote and stumbled far below
        words = Said("a quote opened on this line is not closed; add the closing quote at the end of the text")
        return [Problem(path, opened, "", Said("malformed YAML: {words}", words=words))]
    return [Problem(path, line, "", yaml_words(problem, context))]


#: A value that opens with a quote: ``key: "...``, ``- key: '...`` or ``- "...``.
_QUOTED_VALUE = re.compile(r"""^\s*(?:(?:-\s+)?[\w-]+:\s+|-\s+)(["'])(.*)$""")


def unclosed_quote_line(text: str, before: int | None) -> int | None:
    """The first line (1-based) up to line ``before`` whose value opens with a quote that the line
    does not close (``title: "Wann kommt der Techniker?``), or None. YAML lets a quoted text run
    on over lines, so PyYAML reports such a quote where it finally stumbles, often many lines
    later and as an indentation fault. Asked only when the file does not parse, so a quoted text
    that runs on over lines on purpose (rare in scenarios) is never named in a valid file."""
    for number, line in enumerate(text.splitlines()[: before or None], start=1):
        found = _QUOTED_VALUE.match(line)
        if found is None:
            continue
        quote, rest = found.groups()
        rest = rest.replace("\\\\", "").replace('\\"', "") if quote == '"' else rest.replace("''", "")
        if quote not in rest:
            return number
    return None


def _duplicate_keys(path: Path, node: yaml.Node | None, loc: tuple[str | int, ...] = ()) -> list[Problem]:
    """Keys given twice in one mapping (PyYAML keeps the last without a word)."""
    problems: list[Problem] = []
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                continue
            key = key_node.value
            line = key_node.start_mark.line + 1
            if key in seen and key != "<<":
                problems.append(
                    Problem(
                        path,
                        line,
                        loc_text((*loc, key)),
                        Said(
                            "key '{key}' is given twice (first on line {first}); YAML would keep only "
                            "this one, so delete or rename one of them",
                            key=key,
                            first=seen[key],
                        ),
                    )
                )
            seen.setdefault(key, line)
            problems += _duplicate_keys(path, value_node, (*loc, key))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            problems += _duplicate_keys(path, item, (*loc, index))
    return problems


def check_file(path: Path) -> tuple[Scenario | None, list[Problem]]:
    """Parse and validate one scenario file; every problem found, each with its line."""
    text, problems = _read_text(path)
    if text is None:
        return None, problems
    try:
        node, data = parse_yaml(text)
    except yaml.YAMLError as error:
        return None, _yaml_problems(path, text, error)
    if node is None:
        return None, [
            Problem(path, None, "", Said("the file is empty; start from a copy of scenarios/late-delivery-de.yaml"))
        ]
    if not isinstance(data, dict):
        kind = Said("a list") if isinstance(data, list) else Said("a single value")
        return None, [
            Problem(
                path,
                node.start_mark.line + 1,
                "",
                Said(
                    "the file holds {kind}, but a scenario is a mapping (id:, title:, language:, turns: ...); "
                    "one scenario per file",
                    kind=kind,
                ),
            )
        ]
    problems = _duplicate_keys(path, node)
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as error:
        for item in error.errors():
            for loc, message in _expand(item):
                problems.append(Problem(path, _line_of(node, loc), loc_text(loc), message))
        return None, _by_line(problems)
    problems += _check_audio(path, node, scenario)
    return (scenario if not problems else None), _by_line(problems)


def _by_line(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda problem: problem.line or 0)


def load_file(path: Path) -> LoadedScenario:
    scenario, problems = check_file(path)
    if problems or scenario is None:
        raise ScenarioInvalid(problems)
    return LoadedScenario(scenario, path)


def load_library(extra: list[Path] | None = None) -> tuple[list[LoadedScenario], list[Problem]]:
    """All scenarios found, plus the problems of files that did not load (never skipped silently)."""
    loaded: list[LoadedScenario] = []
    problems: list[Problem] = [
        Problem(folder, None, "", Said("is not a folder (named by VOICECOACH_SCENARIOS or given); check the path"))
        for folder in [*(extra or []), *_env_dirs()]
        if not _is_dir(folder)
    ]
    for path, scenario, file_problems in check_files(scenario_files(scenario_dirs(extra), skipped=problems)):
        problems.extend(file_problems)
        if scenario is not None:
            loaded.append(LoadedScenario(scenario, path))
    return loaded, problems


def find_scenario(ref: str) -> LoadedScenario:
    """A scenario by id, or by path to its file or folder."""
    path = Path(ref)
    if ref.endswith((".yaml", ".yml")) or "/" in ref or os.sep in ref or _is_dir(path):
        if not _exists_quietly(path):
            raise UserError("{ref}: no such scenario file; check the path", ref=ref)
        files = scenario_files([path])
        if len(files) != 1:
            raise UserError(
                "{ref}: expected one scenario file, found {n_files}; give the file itself", ref=ref, n_files=len(files)
            )
        return load_file(files[0])
    loaded, problems = load_library()
    for item in loaded:
        if item.scenario.id == ref:
            return item
    # a scenario of that name that does not load: say what is wrong with it, not "unknown"
    broken = [p for p in problems if ref and ref in (Path(p.path).stem, Path(p.path).parent.name)]
    if broken:
        raise ScenarioInvalid(broken)
    ids = [item.scenario.id for item in loaded]
    close = difflib.get_close_matches(ref, ids, n=3, cutoff=0.5) or [i for i in ids if ref and ref in i][:3]
    hint = Said(" (did you mean {close}?)", close=", ".join(close)) if close else ""
    raise UserError(
        "unknown scenario '{ref}'{hint}; run 'voicecoach scenarios list' to see the ids", ref=ref, hint=hint
    )


def _check_audio(path: Path, node: yaml.Node, scenario: Scenario) -> list[Problem]:
    """Recordings must exist inside the scenario's folder (symbolic links included)."""
    problems = []
    for index, step in enumerate(scenario.turns):
        for loc, relative in (
            (("turns", index, "audio"), step.audio),
            (("turns", index, "interjection", "audio"), step.interjection.audio if step.interjection else None),
        ):
            if relative is None:
                continue
            line = _line_of(node, loc)
            try:
                target = resolve_inside(path.parent, relative, what=Said("audio file"))
            except UserError as error:
                problems.append(Problem(path, line, loc_text(loc), Said(error.template, **error.values)))
                continue
            try:
                present = target.is_file()
            except OSError as error:
                problems.append(
                    Problem(
                        path,
                        line,
                        loc_text(loc),
                        Said(
                            "audio file '{relative}': {reason}",
                            relative=relative,
                            reason=_unreadable(target, error).message,
                        ),
                    )
                )
                continue
            if not present:
                problems.append(
                    Problem(
                        path,
                        line,
                        loc_text(loc),
                        Said(
                            "audio file '{relative}' is missing in {folder}; record it or remove the key",
                            relative=relative,
                            folder=path.parent,
                        ),
                    )
                )
    return problems


# --- turning pydantic errors into located, readable problems -----------------------------------


def _expand(item: Any) -> list[tuple[tuple[str | int, ...], str]]:
    """One pydantic error as ``(location, message)`` pairs; a SchemaProblems gives several."""
    loc = field_path(item["loc"])
    error = (item.get("ctx") or {}).get("error")
    if isinstance(error, SchemaProblems):
        return [((*loc, *sub), message) for sub, message in error.problems]
    return [(loc, _message(item, loc))]


#: Which schema model a key under each field belongs to (for "did you mean" on unknown keys).
_CHILD_MODELS: dict[str, type[BaseModel]] = {
    "brief": Brief,
    "persona": Persona,
    "turns": Step,
    "facts": Fact,
    "expect": Expect,
    "interjection": Interjection,
}
_CONTAINERS = {"turns", "facts"}  # a list index or a fact key comes before the child model


def _model_at(parts: tuple[str | int, ...]) -> type[BaseModel] | None:
    model: type[BaseModel] = Scenario
    skip = False
    for part in parts:
        if skip:
            skip = False
            continue
        if isinstance(part, str) and part in model.model_fields and part in _CHILD_MODELS:
            model = _CHILD_MODELS[part]
            skip = part in _CONTAINERS
        else:
            return None
    return model


def _message(item: Any, loc: tuple[str | int, ...]) -> Said:
    """One pydantic error as our message, in either language: an unknown key with the keys of its
    place, a scenario's turn count, and every other type as ``adapters/pydantic_problems.py`` says
    it (shared with the settings file)."""
    kind = item.get("type", "")
    if kind == "extra_forbidden":
        key = str(loc[-1]) if loc else "?"
        model = _model_at(loc[:-1])
        hint = key_hint(key, list(model.model_fields) if model else [])
        return Said("unknown key '{key}'; {hint} (see {guide})", key=key, hint=hint, guide=format_guide())
    if kind == "too_short" and loc == ("turns",):
        return Said("a scenario needs at least one turn")
    if kind == "too_long" and loc == ("turns",):
        return Said("too many turns (at most 12); split it into two scenarios")
    return field_problem(item, guide=format_guide())


def _line_of(node: yaml.Node | None, loc: tuple[str | int, ...] | list[Any]) -> int | None:
    """The 1-based line of the YAML node at ``loc`` (or of the deepest parent that exists)."""
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in reversed(node.value):  # the last of duplicate keys wins
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
