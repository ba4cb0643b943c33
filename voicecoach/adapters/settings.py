"""User settings and the folders voicecoach keeps its data in (via platformdirs).

Settings live in ``config.yaml`` in the user config dir; every key is optional. Environment
variables ``VOICECOACH_HOME`` (one folder for everything; tests use it) and
``VOICECOACH_CONFIG`` (path of the settings file) override the locations.
"""

from __future__ import annotations

import codecs
import os
from datetime import datetime
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from voicecoach.adapters.pydantic_problems import field_path, field_problem, unknown_key
from voicecoach.adapters.yaml_limits import (
    FileTooLarge,
    LimitedComposer,
    YamlTooComplex,
    read_limited,
    size_words,
    yaml_words,
)
from voicecoach.core.errors import Said, UserError, one_line
from voicecoach.core.languages import Language

APP = "voicecoach"


def _base(kind: str) -> Path:
    home = os.environ.get("VOICECOACH_HOME")
    if home:
        return Path(home) / kind
    import platformdirs

    return Path(getattr(platformdirs, f"user_{kind}_dir")(APP))


def user_config_dir() -> Path:
    return _base("config")


def user_data_dir() -> Path:
    return _base("data")


def user_cache_dir() -> Path:
    return _base("cache")


def user_scenarios_dir() -> Path:
    """Scenarios a trainer wrote or unpacked on this machine."""
    return user_data_dir() / "scenarios"


class SavedEcho(BaseModel):
    """The echo the last headset check measured, kept for the next starts of the app.

    It belongs to the devices it was measured with: another headset has another echo, so the
    app uses it only while the same input and output devices are chosen.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    delay: float = Field(ge=0.0, le=2.0, description="Seconds from the speaker into the microphone.")
    gain: float = Field(
        ge=0.0, le=10.0, description="Linear level of the echo relative to what was played; 0: no echo found."
    )
    input_device: str | None = Field(
        description="Name of the microphone it was measured with; null: the system default, name unknown."
    )
    output_device: str | None = Field(
        description="Name of the headphones or speaker it was measured with; null as for input_device."
    )
    measured_at: datetime


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    ui_language: Language | None = Field(
        default=None, description="Language of the app; default: from the system locale."
    )
    whisper_model: str | None = Field(
        default=None,
        description="Whisper model name or folder; default: tiny.en for English, base for German.",
    )
    whisper_device: Literal["auto", "cpu", "cuda"] = "auto"
    whisper_compute_type: str | None = Field(
        default=None, description="e.g. int8, float16; default: float16 on CUDA, int8 on CPU."
    )
    fallback_voice: str = Field(
        default="en_US-joe-medium", description="Piper voice used when a scenario's voice is missing."
    )
    voices: dict[str, str] = Field(
        default_factory=dict, description="Default voice per language, e.g. {de: de_DE-thorsten-medium}."
    )
    input_device: str | int | None = None
    output_device: str | int | None = None
    end_of_turn_silence: float = Field(default=0.8, ge=0.2, le=5.0)
    end_of_turn: Literal["silence", "smart-turn"] = Field(
        default="silence",
        description="How the end of a reply is heard: silence (end_of_turn_silence) or smart-turn (the "
        "end-of-turn model and the transcript, the silence the bound; it still cuts some replies at comma "
        "pauses, docs/benchmarks.md); the environment variable VOICECOACH_END_OF_TURN overrides it.",
    )
    max_turn_seconds: float = Field(default=60.0, ge=5.0, le=600.0)
    retention_days: int | None = Field(default=None, ge=1, description="Delete recordings older than this.")
    headset_echo: SavedEcho | None = Field(
        default=None, description="Written by the headset check in the app (devices screen); not meant to be edited."
    )
    voice_notes_said: list[str] = Field(
        default_factory=list,
        description="Voices the app has said how to install (it says so once); not meant to be edited.",
    )
    headset_check_passed: datetime | None = Field(
        default=None,
        description="When the guided headset check last passed; until it has, the app offers it at start.",
    )


def config_path() -> Path:
    override = os.environ.get("VOICECOACH_CONFIG")
    return Path(override) if override else user_config_dir() / "config.yaml"


#: Largest settings file read (bytes); one written by voicecoach is under 1 KB.
MAX_SETTINGS_BYTES = 64 * 1024


class _SettingsLoader(LimitedComposer, yaml.SafeLoader):
    """PyYAML's safe loader with the nesting and alias limits of ``yaml_limits``."""


def load_settings() -> Settings:
    """The settings of :func:`config_path`, or the defaults when there is no such file.

    Every problem is a one-line ``UserError`` naming the file (and its line where YAML has one)
    and the fix: unreadable, too large, not text, malformed or too deeply nested YAML, not a
    mapping, or a value out of range. UTF-8 (with or without a byte order mark) and UTF-16 with
    a byte order mark (what Windows editors call "Unicode") are read.
    """
    path = config_path()
    fix = Said("fix or delete the settings file")
    try:
        if not path.exists():
            return Settings()
        raw = read_limited(path, MAX_SETTINGS_BYTES)
    except FileTooLarge as error:
        raise UserError(
            "{path}: {size_words}, over the limit of {size_words2} for the settings file; {fix}",
            path=path,
            size_words=size_words(error.size),
            size_words2=size_words(error.limit),
            fix=fix,
        ) from None
    except IsADirectoryError:
        raise UserError(
            "{path}: is a folder, not the settings file; remove it or set VOICECOACH_CONFIG", path=path
        ) from None
    except OSError as error:
        raise UserError(
            "{path}: cannot read the settings file ({value}); check its permissions",
            path=path,
            value=error.strerror or one_line(error),
        ) from None
    text = _settings_text(path, raw)
    loader = None
    try:
        loader = _SettingsLoader(text)  # checks the characters already
        data = loader.get_single_data()
    except yaml.reader.ReaderError as error:
        raise UserError(
            "{path}: not a text file (control character #x{character:04x}); save it as UTF-8 text in an editor, or delete it",
            path=path,
            character=error.character,
        ) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        problem = getattr(error, "problem", None) or one_line(error)
        if isinstance(error, YamlTooComplex):
            raise UserError("{where}: {problem}", where=where, problem=problem) from None
        # PyYAML's problem in our words, in the UI language (the same words as for a scenario file)
        words = yaml_words(one_line(Exception(problem)), getattr(error, "context", None))
        raise UserError("{where}: {words}; {fix}", where=where, words=words, fix=fix) from None
    finally:
        if loader is not None:
            loader.dispose()
    if data is None:
        return Settings()
    if not isinstance(data, dict):
        kind = Said("a list") if isinstance(data, list) else Said("a single value")
        raise UserError(
            "{path}: holds {kind}, but settings are 'key: value' lines; {fix}", path=path, kind=kind, fix=fix
        )
    try:
        return Settings.model_validate(data)
    except ValidationError as error:
        raise UserError("{path}: {field}: {problem}; {fix}", path=path, fix=fix, **_first_problem(error)) from None


def _first_problem(error: ValidationError) -> dict[str, str | Said]:
    """``field`` (``headset_echo.gain``) and ``problem`` of a settings file's first wrong value, in
    the UI language: the words the scenario loader uses for the same pydantic error types
    (``adapters/pydantic_problems.py``), pydantic's own English never shown alone."""
    first = error.errors()[0]
    loc = field_path(first["loc"])
    field = ".".join(str(part) for part in loc) or "settings"
    if first.get("type") == "extra_forbidden":
        model: type[BaseModel] = Settings
        for part in loc[:-1]:
            annotation = model.model_fields[str(part)].annotation if str(part) in model.model_fields else None
            inner = [arg for arg in getattr(annotation, "__args__", (annotation,)) if isinstance(arg, type)]
            model = next((arg for arg in inner if issubclass(arg, BaseModel)), Settings)
        problem: Said = unknown_key(str(loc[-1]) if loc else "?", list(model.model_fields))
    else:
        problem = field_problem(first)
    return {"field": field, "problem": problem}


def _settings_text(path: Path, raw: bytes) -> str:
    """The text of a settings file: UTF-8, or UTF-16 with its byte order mark; else a UserError."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" not in raw:
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
    raise UserError("{path}: not a text file in UTF-8; save it as UTF-8 text in an editor, or delete it", path=path)


def save_settings(settings: Settings) -> None:
    """Write the settings file (:func:`config_path`), keeping only what differs from the defaults.

    Creates the folder; an ``OSError`` (read-only config, full disk) reaches the caller.
    """
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = settings.model_dump(mode="json", exclude_defaults=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=True), encoding="utf-8")


def system_language() -> str:
    """'de' when the system locale is German, else 'en'."""
    for variable in ("VOICECOACH_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return "de" if value.lower().startswith("de") else "en"
    return "en"
