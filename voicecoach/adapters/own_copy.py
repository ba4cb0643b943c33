"""Where a trainer's recordings of a scenario can go: the scenario's own folder, or a copy of it.

Recordings live next to the scenario (``NAME/scenario.yaml`` and ``NAME/lines/``). A scenario that
ships with voicecoach (or sits in a folder this user cannot write) is never edited: the first kept
take copies it into the user's library as ``ID-eigen`` (German UI) or ``ID-mine`` (English UI; a
new id, since the library refuses an id twice) and the takes go into the copy. A writable
single-file scenario of the trainer's own is made a folder in place (``NAME.yaml`` ->
``NAME/scenario.yaml``), the step the trainer had to do by hand.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

from voicecoach.adapters.library import SCENARIO_FILE, SHIPPED_DIR, LoadedScenario, load_file, parse_yaml
from voicecoach.adapters.library_files import write_validated, yaml_scalar
from voicecoach.adapters.settings import user_scenarios_dir
from voicecoach.core.errors import UserError, spoken_language
from voicecoach.core.words.scenario_view import COPY_SUFFIX as COPY_SUFFIXES
from voicecoach.core.words.scenario_view import copy_suffix

#: The suffix of an earlier copy (``warranty-no-en-mine``), found again in every language.
COPY_SUFFIX = "-mine"


@dataclass(frozen=True)
class RecordingPlace:
    """Where takes of a scenario go. ``how``: ``"here"`` (its own folder), ``"copy"`` (a copy in the
    user's library is needed or was made) or ``"folder"`` (a single file becomes a folder)."""

    how: str
    #: The scenario file the takes are written next to (the planned one before ``prepare``).
    path: Path
    #: The id the scenario has there (``ID-eigen`` or ``ID-mine`` for a copy).
    scenario_id: str


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _copy_id(item: LoadedScenario, library: Path) -> tuple[str, Path]:
    """The copy's id and its file: ``ID-eigen`` (German UI) or ``ID-mine`` (English UI,
    :func:`~voicecoach.core.words.scenario_view.copy_suffix`). An existing copy under either
    suffix is reused (the second recording session of a shipped scenario goes into the same
    copy, whatever the UI language is now); a folder of that name holding another id is skipped."""
    suffixes = dict.fromkeys([copy_suffix(spoken_language()), *COPY_SUFFIXES.values(), COPY_SUFFIX])
    for suffix in suffixes:
        for number in range(1, 100):
            candidate = item.scenario.id + suffix + ("" if number == 1 else f"-{number}")
            target = library / candidate / SCENARIO_FILE
            if not target.exists():
                break
            try:
                if load_file(target).scenario.id == candidate:
                    return candidate, target
            except UserError:
                continue
    base = item.scenario.id + copy_suffix(spoken_language())
    for number in range(1, 100):
        candidate = base if number == 1 else f"{base}-{number}"
        target = library / candidate / SCENARIO_FILE
        if not target.exists():
            return candidate, target
        try:
            if load_file(target).scenario.id == candidate:
                return candidate, target
        except UserError:
            continue  # a broken file of that name: leave it alone, take the next name
    raise UserError("{library}: 99 copies of '{id}' already; remove some of them", library=library, id=item.scenario.id)


def recording_place(item: LoadedScenario) -> RecordingPlace:
    """Where takes of ``item`` would be saved; touches nothing."""
    if _inside(item.path, SHIPPED_DIR) or not _writable(item.path):
        scenario_id, target = _copy_id(item, user_scenarios_dir())
        return RecordingPlace("copy", target, scenario_id)
    if item.path.name != SCENARIO_FILE:
        return RecordingPlace("folder", item.path.with_suffix("") / SCENARIO_FILE, item.scenario.id)
    return RecordingPlace("here", item.path, item.scenario.id)


def _with_id(text: str, scenario_id: str, where: Path) -> str:
    """``text`` with the top-level ``id:`` value replaced (only that value: comments stay)."""
    node, _data = parse_yaml(text)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == "id":
                return text[: value.start_mark.index] + yaml_scalar(scenario_id) + text[value.end_mark.index :]
    raise UserError("{where}: no top-level 'id:' to change; fix the scenario first", where=where)


def prepare(item: LoadedScenario) -> tuple[LoadedScenario, RecordingPlace]:
    """Make the place of :func:`recording_place` exist and return the scenario loaded from there.

    ``"copy"``: the scenario (a folder scenario with everything in its folder, a single file with
    the recordings it names) is copied into the user's library under the new id, validated before
    it is written; an existing copy is reused. ``"folder"``: the file is moved into a new folder of
    its name. ``"here"``: nothing changes. Raises ``UserError`` (nothing half-made is left).
    """
    place = recording_place(item)
    if place.how == "here":
        return item, place
    if place.how == "folder":
        folder = place.path.parent
        if folder.exists():
            raise UserError(
                "{folder} exists already; move {path} into a folder of its own by hand", folder=folder, path=item.path
            )
        folder.mkdir()
        os.replace(item.path, place.path)
        return load_file(place.path), place
    if place.path.exists():  # a copy from an earlier session
        return load_file(place.path), place
    folder = place.path.parent
    try:
        text = item.path.read_text(encoding="utf-8")
        if item.path.name == SCENARIO_FILE:
            shutil.copytree(item.folder, folder, ignore=shutil.ignore_patterns(SCENARIO_FILE, ".*"))
        else:
            folder.mkdir(parents=True)
            for step in item.scenario.turns:
                if step.audio:
                    source = item.audio_path(step.audio)
                    target = folder / step.audio
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(source, target)
        write_validated(place.path, _with_id(text, place.scenario_id, item.path))
    except BaseException as error:
        shutil.rmtree(folder, ignore_errors=True)
        if isinstance(error, OSError):
            raise UserError(
                "{folder}: could not copy the scenario there ({value})", folder=folder, value=error.strerror or error
            ) from None
        raise
    return load_file(place.path), place
