"""Trainer file operations on a scenario library: write a scenario only when it validates, set a
turn's recorded line, and share libraries as zip files.

- ``write_validated`` writes a scenario file only if it is valid where it lands.
- ``set_turn_audio`` and ``save_line`` save a take as ``lines/turn-N.flac`` next to the scenario
  and set the turn's ``audio:`` by editing that one line of the YAML, so the file's comments stay.
- ``pack`` and ``unpack`` share libraries as zip files; unpacking refuses anything that could
  write outside the target, links, oversized files and zip bombs, validates every scenario,
  never overwrites without ``force``, and moves the result into place only when all is well.

Every problem is a ``UserError`` that says what to do; on a problem nothing is changed.
"""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import stat
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import numpy as np
import yaml

from voicecoach.adapters.audio_files import write_audio
from voicecoach.adapters.file_modes import chmod_like_open
from voicecoach.adapters.library import (
    SCENARIO_FILE,
    LoadedScenario,
    check_file,
    load_library,
    parse_yaml,
    scenario_files,
)
from voicecoach.core.errors import Said, UserError, one_line

#: Recorded customer lines live in this folder of a scenario folder.
LINES_DIR = "lines"
#: Unpack limits: per file, in all, number of entries, and the largest compression ratio (of one
#: entry over 1 MiB, and of the whole zip once it unpacks to more than 1 MiB: many small bombs are one).
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_TOTAL_BYTES = 500 * 1024 * 1024
MAX_ENTRIES = 5000
MAX_RATIO = 200
REFUSE = Said("refusing to unpack it (nothing was written); ask for a zip made with 'voicecoach scenarios pack'")


_PLAIN = re.compile(r"^[A-Za-zÄÖÜäöüßÀ-ÿ][\w .,!?'()/äöüÄÖÜß-]*$")
_RESERVED = {"true", "false", "null", "yes", "no", "on", "off", "~", "y", "n"}


def yaml_scalar(value: str) -> str:
    """A text as a YAML scalar: plain when that is unambiguous, else double-quoted."""
    text = str(value)
    if _PLAIN.match(text) and text.lower() not in _RESERVED and ": " not in text and not text.endswith(":"):
        return text
    return json.dumps(text, ensure_ascii=False)


def write_validated(target: Path, text: str) -> None:
    """Write ``text`` to ``target`` only if it is a valid scenario there (checked in place in a
    temporary copy, so audio paths resolve as they will). A problem is a ``UserError`` naming the
    first one; then nothing is written and no folder made for it is left behind."""
    created = [folder for folder in (target.parent, *target.parent.parents) if not folder.exists()]
    target.parent.mkdir(parents=True, exist_ok=True)
    sweep_leftovers(target.parent, ".scenario-")  # of a write that was killed mid-way
    handle, temp_name = tempfile.mkstemp(prefix=f".scenario-{os.getpid()}-", suffix=".yaml", dir=target.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        _scenario, problems = check_file(temp)
        if problems:
            first = problems[0]
            where = Said("line {line} ", line=first.line) if first.line else ""
            more = (
                Said(" (and {extra:# more problem|# more problems})", extra=len(problems) - 1)
                if len(problems) > 1
                else ""
            )
            raise UserError(
                "{target}: not written, {where}{field}: {message}{more}",
                target=target,
                where=where,
                field=first.field,
                message=first.message,
                more=more,
            )
        chmod_like_open(temp)  # mkstemp made it 0600
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        for folder in created:  # innermost first: leave no empty folders behind
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
        raise


def set_turn_audio(text: str, index: int, relative: str) -> str:
    """Set ``audio:`` of ``turns[index]`` by editing only that line (comments stay).

    Replaces an existing ``audio:`` value, or inserts ``audio:`` right after the turn's ``say``.
    """
    node, _data = parse_yaml(text)
    turns = _mapping_value(node, "turns")
    if not isinstance(turns, yaml.SequenceNode) or not 0 <= index < len(turns.value):
        raise UserError("the scenario has no turn {value}", value=index + 1)
    item = turns.value[index]
    if not isinstance(item, yaml.MappingNode) or item.flow_style:
        raise UserError(
            "turn {value} is written in flow style {{...}}; add 'audio: {relative}' by hand",
            value=index + 1,
            relative=relative,
        )
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
    raise UserError("turn {value} has no 'say'; fix the scenario first", value=index + 1)


def _end_of_line(text: str, position: int) -> int:
    newline = text.find("\n", position)
    return len(text) if newline < 0 else newline


def _mapping_value(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == key:
                return value_node
    return None


def scenario_folder(item: LoadedScenario) -> Path:
    """The folder of a folder scenario (``NAME/scenario.yaml``); a single-file scenario is a
    ``UserError`` that says how to turn it into a folder (recordings need one)."""
    if item.path.name != SCENARIO_FILE:
        folder = item.path.with_suffix("")
        raise UserError(
            "{path} is a single file; recordings need a scenario folder: mkdir {folder} && mv {path} {value}",
            path=item.path,
            folder=folder,
            value=folder / SCENARIO_FILE,
        )
    return item.folder


def save_line(item: LoadedScenario, number: int, samples: np.ndarray, rate: int) -> Path:
    """Save a prepared take as ``lines/turn-N.flac`` and point the turn's ``audio:`` at it.
    The YAML is validated before it replaces the old file; on a problem nothing changes.

    ``number`` counts turns from 1; ``samples`` is mono audio at ``rate`` Hz. Returns the file written.
    """
    folder = scenario_folder(item)
    relative = f"{LINES_DIR}/turn-{number}.flac"
    target = folder / relative
    backup = target.read_bytes() if target.is_file() else None
    write_audio(target, samples, rate)
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


def _every_file(folder: Path) -> list[Path]:
    """Everything below ``folder``, sorted; a subfolder that cannot be read is a UserError (pack
    would otherwise leave its files out without a word)."""
    found = []
    for parent, folders, names in os.walk(folder, onerror=_refuse_unreadable):
        found += [Path(parent) / name for name in [*folders, *names]]
    return sorted(found)


def _refuse_unreadable(error: OSError) -> None:
    raise UserError(
        "cannot read {filename} ({value}); check its permissions (nothing was packed)",
        filename=error.filename,
        value=error.strerror or one_line(error),
    )


@dataclass(frozen=True)
class Packed:
    """What ``pack`` wrote: the zip, how many scenarios and how many files it holds."""

    path: Path
    scenarios: int
    files: int


def pack(source: Path, output: Path, force: bool = False) -> Packed:
    """Zip the scenarios under ``source`` (a library folder, or one scenario folder) into ``output``.

    Every scenario must be valid; links and hidden files are refused or left out. The zip is
    written to a temporary file and moved into place only when complete; an existing ``output``
    is replaced only with ``force``.
    """
    if not source.is_dir():
        raise UserError("{source}: not a folder; give the folder that holds your scenarios", source=source)
    if output.exists() and not force:
        raise UserError("{output} already exists; pick another -o or add --force to replace it", output=output)
    # One scenario folder packs as that folder; a library folder packs its contents.
    root = source.parent if (source / SCENARIO_FILE).is_file() else source
    files = scenario_files([source])
    if not files:
        raise UserError(
            "{source}: no scenarios found (NAME.yaml or NAME/{SCENARIO_FILE}); nothing to pack",
            source=source,
            SCENARIO_FILE=SCENARIO_FILE,
        )
    members: dict[str, Path] = {}
    for path in files:
        _scenario, problems = check_file(path)
        if problems:
            raise UserError(
                "not packed: {problems}; fix it first (voicecoach scenarios validate {path})",
                problems=problems[0],
                path=path,
            )
        if path.name == SCENARIO_FILE:
            for file in _every_file(path.parent):
                if file.is_symlink():
                    raise UserError(
                        "{file} is a symbolic link; replace it with the real file before packing", file=file
                    )
                if file.is_file() and not any(part.startswith(".") for part in file.relative_to(root).parts):
                    members[file.relative_to(root).as_posix()] = file
        else:
            members[path.relative_to(root).as_posix()] = path
    if output.is_dir():
        raise UserError("{output} is a folder; give the zip file to write with -o, e.g. -o team.zip", output=output)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        sweep_leftovers(output.parent, PACK_PREFIX)
        handle, temp_name = tempfile.mkstemp(prefix=f"{PACK_PREFIX}{os.getpid()}-", suffix=".zip", dir=output.parent)
    except OSError as error:
        raise UserError(
            "cannot write {output} ({value}); give a folder you can write to with -o",
            output=output,
            value=error.strerror or one_line(error),
        ) from None
    os.close(handle)
    try:
        with zipfile.ZipFile(temp_name, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, file in members.items():
                try:
                    archive.write(file, name)
                except OSError as error:
                    if error.filename not in (str(file), file):
                        raise
                    raise UserError(
                        "cannot read {file} ({value}); check its permissions (nothing was packed)",
                        file=file,
                        value=error.strerror or one_line(error),
                    ) from None
        chmod_like_open(temp_name)  # mkstemp made it 0600
        os.replace(temp_name, output)
    except OSError as error:
        raise UserError(
            "cannot write {output} ({value}); free some space or pick another -o (nothing was packed)",
            output=output,
            value=error.strerror or one_line(error),
        ) from None
    finally:
        Path(temp_name).unlink(missing_ok=True)
    return Packed(output, len(files), len(members))


#: Temporary zips of ``pack`` start with this, then the process id (swept like ``STAGING_PREFIX``).
PACK_PREFIX = ".pack-"


def safe_members(archive: zipfile.ZipFile, label: str) -> list[tuple[zipfile.ZipInfo, PurePosixPath]]:
    """Every entry, checked before anything is written; the first unsafe one is a UserError."""
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise UserError(
            "{label}: {n_infos} entries, more than {MAX_ENTRIES}; {REFUSE}",
            label=label,
            n_infos=len(infos),
            MAX_ENTRIES=MAX_ENTRIES,
            REFUSE=REFUSE,
        )
    total = 0
    compressed = 0
    seen: set[str] = set()
    checked = []
    for info in infos:
        name = info.filename
        mode = info.external_attr >> 16
        if "\\" in name or name.startswith("/") or re.match(r"^[A-Za-z]:", name) or "\x00" in name:
            raise UserError(
                "{label}: entry '{name}' has an absolute path; {REFUSE}", label=label, name=name, REFUSE=REFUSE
            )
        path = PurePosixPath(name)
        if any(part == ".." for part in path.parts):
            raise UserError(
                "{label}: entry '{name}' points outside the target folder; {REFUSE}",
                label=label,
                name=name,
                REFUSE=REFUSE,
            )
        if stat.S_ISLNK(mode):
            raise UserError(
                "{label}: entry '{name}' is a symbolic link; {REFUSE}", label=label, name=name, REFUSE=REFUSE
            )
        if stat.S_IFMT(mode) and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):  # type bits are optional
            raise UserError(
                "{label}: entry '{name}' is not a plain file; {REFUSE}", label=label, name=name, REFUSE=REFUSE
            )
        if info.flag_bits & 0x1:
            raise UserError(
                "{label}: entry '{name}' is encrypted; pack it again without a password", label=label, name=name
            )
        if info.file_size > MAX_FILE_BYTES:
            raise UserError(
                "{label}: entry '{name}' is {value} MB, over the {value2} MB limit per file; {REFUSE}",
                label=label,
                name=name,
                value=info.file_size // 2**20,
                value2=MAX_FILE_BYTES // 2**20,
                REFUSE=REFUSE,
            )
        total += info.file_size
        compressed += info.compress_size
        if total > MAX_TOTAL_BYTES:
            raise UserError(
                "{label}: more than {value} MB unpacked in all; {REFUSE}",
                label=label,
                value=MAX_TOTAL_BYTES // 2**20,
                REFUSE=REFUSE,
            )
        if info.compress_size and info.file_size / info.compress_size > MAX_RATIO and info.file_size > 1 << 20:
            raise UserError(
                "{label}: entry '{name}' is compressed {value}:1, like a zip bomb; {REFUSE}",
                label=label,
                name=name,
                value=info.file_size // info.compress_size,
                REFUSE=REFUSE,
            )
        key = path.as_posix().rstrip("/").lower()
        if key in seen:
            raise UserError("{label}: entry '{name}' appears twice; {REFUSE}", label=label, name=name, REFUSE=REFUSE)
        seen.add(key)
        if not info.is_dir() and path.parts and path.parts[0] not in (".", ""):
            checked.append((info, path))
    if total > 1 << 20 and total > MAX_RATIO * max(compressed, 1):
        raise UserError(
            "{label}: {n_infos:# entry unpacks|# entries unpack} to {value} MB from {max} KB ({value2}:1), like a zip bomb; {REFUSE}",
            label=label,
            n_infos=len(infos),
            value=total // 2**20,
            max=max(compressed // 1024, 1),
            value2=total // max(compressed, 1),
            REFUSE=REFUSE,
        )
    return checked


def _extract(archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, label: str) -> None:
    """Copy one entry, counting the bytes really written (declared sizes can lie)."""
    if target.parent.exists() and not target.parent.is_dir():
        raise UserError(
            "{label}: entry '{filename}' lies inside a file of the zip; {REFUSE}",
            label=label,
            filename=info.filename,
            REFUSE=REFUSE,
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with archive.open(info) as source, open(target, "xb") as sink:
        while chunk := source.read(1 << 16):
            written += len(chunk)
            if written > min(info.file_size, MAX_FILE_BYTES):
                raise UserError(
                    "{label}: entry '{filename}' is larger than it says; {REFUSE}",
                    label=label,
                    filename=info.filename,
                    REFUSE=REFUSE,
                )
            sink.write(chunk)


def unpack(zip_path: Path, into: Path, force: bool = False, log: Callable[[str], None] | None = None) -> list[Path]:
    """Install the scenarios of ``zip_path`` into ``into``; returns the top-level paths written.

    All or nothing: entries are checked, extracted into a temporary folder inside ``into`` and
    validated; only then are they moved into place (replacing existing ones only with ``force``).
    A zip whose ``scenario.yaml`` sits at the top (the contents of one scenario folder) is
    installed as one folder named after the scenario's id. The temporary folder of a run that was
    killed is removed by the next run (its name carries the process id).
    """
    label = str(zip_path)
    if not zip_path.is_file():
        raise UserError(
            "{zip_path}: no such file; give the zip made with 'voicecoach scenarios pack'", zip_path=zip_path
        )
    if zip_path.stat().st_size > MAX_TOTAL_BYTES:
        raise UserError(
            "{label}: the zip is larger than {value} MB; {REFUSE}",
            label=label,
            value=MAX_TOTAL_BYTES // 2**20,
            REFUSE=REFUSE,
        )
    try:
        archive = zipfile.ZipFile(zip_path)
    except (zipfile.BadZipFile, ValueError, NotImplementedError, EOFError):  # the library's words: none needed
        raise UserError(
            "{label}: not a zip file; give the zip made with 'voicecoach scenarios pack'", label=label
        ) from None
    except OSError as error:  # no permission, ...: said in the UI language
        raise UserError(
            "{label}: not a zip file ({error}); give the zip made with 'voicecoach scenarios pack'",
            label=label,
            error=one_line(error),
        ) from None
    with archive:
        members = safe_members(archive, label)
        if not members:
            raise UserError("{label}: the zip is empty; nothing to unpack", label=label)
        single = any(path.parts == (SCENARIO_FILE,) for _info, path in members)
        tops = sorted({path.parts[0] for _info, path in members})
        if not single:
            _refuse_existing(into, tops, force)
        created_into = _prepare_target(into)
        staging = _staging_folder(into)
        try:
            inside = staging / ".single" if single else staging
            for info, path in members:
                _extract_entry(archive, info, inside.joinpath(*path.parts), label)
            if single:
                tops = [_name_single(inside, staging, label)]
                _refuse_existing(into, tops, force)
            return _install(label, staging, into, tops, log)
        except BaseException as error:
            if created_into:
                shutil.rmtree(into, ignore_errors=True)
            if isinstance(error, OSError):  # the target folder: read-only, full, gone
                raise UserError(
                    "cannot unpack into {into} ({value}); give a folder you can write to with --into (nothing was unpacked)",
                    into=into,
                    value=error.strerror or one_line(error),
                ) from None
            raise
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def _refuse_existing(into: Path, tops: list[str], force: bool) -> None:
    existing = [into / top for top in tops if (into / top).exists() or (into / top).is_symlink()]
    if existing and not force:
        raise UserError(
            "{existing} already exists; add --force to replace it (nothing was unpacked)", existing=existing[0]
        )


def _prepare_target(into: Path) -> bool:
    """Make ``into`` (returns whether it was made here); a path that cannot be a folder is a UserError."""
    if into.exists() and not into.is_dir():
        raise UserError("{into} is a file, not a folder; give a folder with --into (nothing was unpacked)", into=into)
    created = not into.exists()
    try:
        into.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(
            "cannot make the folder {into} ({value}); give a folder you can write to with --into (nothing was unpacked)",
            into=into,
            value=error.strerror or one_line(error),
        ) from None
    return created


#: Temporary folders of ``unpack`` start with this, then the process id: ``.unpack-1234-abcd``.
STAGING_PREFIX = ".unpack-"


def _staging_folder(into: Path) -> Path:
    """A fresh temporary folder inside ``into``, after removing those left by killed runs."""
    sweep_leftovers(into, STAGING_PREFIX)
    try:
        return Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=into))
    except OSError as error:
        raise UserError(
            "cannot write into {into} ({value}); give a folder you can write to with --into (nothing was unpacked)",
            into=into,
            value=error.strerror or one_line(error),
        ) from None


def sweep_leftovers(folder: Path, prefix: str) -> list[Path]:
    """Remove ``folder/PREFIX<pid>-*`` left behind by a process that no longer runs (killed mid-way);
    those of running processes stay. Returns what was removed; errors are ignored (best effort)."""
    removed = []
    try:
        candidates = [child for child in folder.iterdir() if child.name.startswith(prefix)]
    except OSError:
        return removed
    for child in candidates:
        pid_text = child.name[len(prefix) :].split("-", 1)[0]
        if not pid_text.isdigit() or _running(int(pid_text)):
            continue
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)
        removed.append(child)
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # another user's process (or a number no process has): leave it
    return True


def _extract_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, label: str) -> None:
    """``_extract``, with a damaged entry (bad checksum, broken deflate stream) as one line."""
    try:
        _extract(archive, info, target, label)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError) as error:
        raise UserError(
            "{label}: entry '{filename}' is damaged ({error}); get a new copy of the zip (nothing was unpacked)",
            label=label,
            filename=info.filename,
            error=one_line(error),
        ) from None
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM):
            raise
        raise UserError(
            "{label}: cannot unpack entry '{filename}' ({value}); nothing was unpacked",
            label=label,
            filename=info.filename,
            value=error.strerror or one_line(error),
        ) from None


def _name_single(inside: Path, staging: Path, label: str) -> str:
    """Rename the extracted contents of one scenario folder after its id; returns that name."""
    scenario, problems = check_file(inside / SCENARIO_FILE)
    if problems or scenario is None:
        first = problems[0]
        where = SCENARIO_FILE + (f":{first.line}" if first.line else "")
        raise UserError(
            "{label}: {where} {field}: {message}; nothing was unpacked",
            label=label,
            where=where,
            field=first.field,
            message=first.message,
        )
    os.replace(inside, staging / scenario.id)
    return scenario.id


def _install(label: str, staging: Path, into: Path, tops: list[str], log: Callable[[str], None] | None) -> list[Path]:
    """Validate what ``staging`` holds and move ``tops`` into ``into``."""
    for top in tops:
        entry = staging / top
        if not ((entry.is_file() and entry.suffix in (".yaml", ".yml")) or (entry / SCENARIO_FILE).is_file()):
            raise UserError(
                "{label}: '{top}' is not a scenario (NAME.yaml or NAME/{SCENARIO_FILE}); nothing was unpacked",
                label=label,
                top=top,
                SCENARIO_FILE=SCENARIO_FILE,
            )
    files = scenario_files([staging / top for top in tops])
    ids: dict[str, str] = {}
    for file in files:
        scenario, problems = check_file(file)
        if problems or scenario is None:
            first = problems[0]
            where = file.relative_to(staging).as_posix() + (f":{first.line}" if first.line else "")
            raise UserError(
                "{label}: {where} {field}: {message}; nothing was unpacked",
                label=label,
                where=where,
                field=first.field,
                message=first.message,
            )
        if scenario.id in ids:
            raise UserError("{label}: id '{id}' is used twice; nothing was unpacked", label=label, id=scenario.id)
        ids[scenario.id] = file.relative_to(staging).as_posix()
    replaced = set(tops)
    library, _problems = load_library()
    for item in library:
        inside = item.path.resolve().is_relative_to(into.resolve())
        if item.scenario.id in ids and not inside:
            raise UserError(
                "{label}: id '{id}' is already used by {path}; rename it in the pack (nothing was unpacked)",
                label=label,
                id=item.scenario.id,
                path=item.path,
            )
    for item in _scenarios_in(into, staging):
        if item.scenario.id in ids and item.path.relative_to(into).parts[0] not in replaced:
            raise UserError(
                "{label}: id '{id}' is already used by {path}; rename or remove one (nothing was unpacked)",
                label=label,
                id=item.scenario.id,
                path=item.path,
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


def _scenarios_in(folder: Path, skip: Path) -> list[LoadedScenario]:
    found = []
    for path in scenario_files([folder]):
        if path.is_relative_to(skip):
            continue
        scenario, problems = check_file(path)
        if scenario is not None and not problems:
            found.append(LoadedScenario(scenario, path))
    return found


# --------------------------------------------------------------------------- learning a phrasing

#: Characters that end a plain scalar inside a flow list ``[a, b]``.
_FLOW_SPECIAL = re.compile(r"[,\[\]{}#&*!|>'\"%@`]|: ")


def _flow_scalar(value: str) -> str:
    text = yaml_scalar(value)
    return json.dumps(value, ensure_ascii=False) if _FLOW_SPECIAL.search(text) and text[0] != '"' else text


def add_phrasing(text: str, index: int, field: str, point: str | None, phrase: str) -> str:
    """Add ``phrase`` to ``turns[index].expect.<field>`` (``key_points`` under ``point``, or a
    phrase list such as ``empathy``) by inserting only that text, so comments and layout stay.

    A block list gets a new ``- phrase`` line under its last item; a flow list ``[a, b]`` gets
    ``, phrase`` before its ``]``; a single phrasing ``a`` becomes ``[a, phrase]``; a missing
    ``empathy`` list is added as ``empathy: [phrase]`` (with ``expect:`` when the turn has none).
    A phrase already there returns ``text`` unchanged. ``UserError`` when the place is not there
    (a key point renamed since) or written in a shape that cannot be edited safely.
    """
    node, _data = parse_yaml(text)
    turns = _mapping_value(node, "turns")
    if not isinstance(turns, yaml.SequenceNode) or not 0 <= index < len(turns.value):
        raise UserError("the scenario has no turn {value}", value=index + 1)
    turn = turns.value[index]
    where = f"turn {index + 1}"
    if not isinstance(turn, yaml.MappingNode) or turn.flow_style:
        raise UserError("{where} is written in flow style {{...}}; add '{phrase}' by hand", where=where, phrase=phrase)
    expect = _mapping_value(turn, "expect")
    if field == "key_points":
        points = _mapping_value(expect, "key_points")
        if not isinstance(points, yaml.MappingNode):
            raise UserError(
                "{where} has no key points written as 'name: [phrasings]'; add '{phrase}' by hand",
                where=where,
                phrase=phrase,
            )
        target = _mapping_value(points, point or "")
        if target is None:
            raise UserError(
                "{where} has no key point '{point}' any more; add '{phrase}' by hand",
                where=where,
                point=point,
                phrase=phrase,
            )
        return _append_to_list(text, target, phrase, f"{where}, key point '{point}'")
    if expect is None:
        return _insert_key(text, turn, f"expect:\n{{indent}}  {field}: [{_flow_scalar(phrase)}]", where)
    if not isinstance(expect, yaml.MappingNode) or expect.flow_style:
        raise UserError(
            "{where}: 'expect' is written in flow style {{...}}; add '{field}: [{phrase}]' by hand",
            where=where,
            field=field,
            phrase=phrase,
        )
    target = _mapping_value(expect, field)
    if target is None:
        return _insert_key(text, expect, f"{field}: [{_flow_scalar(phrase)}]", where)
    return _append_to_list(text, target, phrase, f"{where}, {field}")


def _append_to_list(text: str, target: yaml.Node, phrase: str, where: str) -> str:
    if isinstance(target, yaml.ScalarNode):
        if target.style in ("|", ">"):
            raise UserError("{where} is a block text; add '{phrase}' by hand", where=where, phrase=phrase)
        if target.value.strip().lower() == phrase.lower():
            return text
        original = text[target.start_mark.index : target.end_mark.index]
        return text[: target.start_mark.index] + f"[{original}, {_flow_scalar(phrase)}]" + text[target.end_mark.index :]
    if not isinstance(target, yaml.SequenceNode):
        raise UserError("{where} is not a list of phrasings; add '{phrase}' by hand", where=where, phrase=phrase)
    if any(isinstance(item, yaml.ScalarNode) and item.value.strip().lower() == phrase.lower() for item in target.value):
        return text
    if target.flow_style:
        close = text.rfind("]", target.start_mark.index, target.end_mark.index)
        inside = text[target.start_mark.index + 1 : close].rstrip()
        separator = "" if not inside.strip() else (" " if inside.endswith(",") else ", ")
        cut = target.start_mark.index + 1 + len(inside)
        return text[:cut] + separator + _flow_scalar(phrase) + text[cut:]
    line_end = _after_node(text, target.value[-1])
    dash = " " * target.start_mark.column
    insert = f"{dash}- {yaml_scalar(phrase)}\n"
    if line_end > len(text):  # the file ends without a newline
        return text + "\n" + insert.rstrip("\n")
    return text[:line_end] + insert + text[line_end:]


def _after_node(text: str, node: yaml.Node) -> int:
    """Where the line after ``node`` starts. A block collection's end mark lies at the next
    token (maybe on the next turn's line), so go down to its last scalar or flow collection."""
    while isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and not node.flow_style and node.value:
        last = node.value[-1]
        node = last[1] if isinstance(node, yaml.MappingNode) else last
    end = node.end_mark
    return end.index if end.column == 0 else _end_of_line(text, end.index) + 1


def _insert_key(text: str, mapping: yaml.MappingNode, line: str, where: str) -> str:
    """A new ``key: value`` line at the end of ``mapping`` (``line`` may hold ``{indent}``)."""
    if not mapping.value:
        raise UserError("{where} is empty; fix the scenario first", where=where)
    column = mapping.value[0][0].start_mark.column
    line_end = _after_node(text, mapping.value[-1][1])
    insert = " " * column + line.replace("{indent}", " " * column) + "\n"
    if line_end > len(text):
        return text + "\n" + insert.rstrip("\n")
    return text[:line_end] + insert + text[line_end:]


def learn_phrasing(path: Path, index: int, field: str, point: str | None, phrase: str) -> bool:
    """Write ``phrase`` into the scenario file at ``path`` (see :func:`add_phrasing`), only when the
    result is still a valid scenario and holds the phrase where it was meant to go; returns False
    when the phrase was already there (nothing written). ``UserError`` otherwise, nothing written."""
    text = path.read_text(encoding="utf-8")
    new = add_phrasing(text, index, field, point, phrase)
    if new == text:
        return False
    _node, data = parse_yaml(new)
    expect = (data["turns"][index] or {}).get("expect") or {}
    placed = expect.get("key_points", {}).get(point) if field == "key_points" else expect.get(field)
    placed = [placed] if isinstance(placed, str) else placed or []
    if phrase not in [str(item) for item in placed]:
        raise UserError(
            "{path}: not written, '{phrase}' would not land in {field}; add it by hand",
            path=path,
            phrase=phrase,
            field=field,
        )
    write_validated(path, new)
    return True
