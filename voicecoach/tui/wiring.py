"""The real adapters for ``voicecoach app``: sound devices, Piper, Whisper, the judge, the store.

Every import of a heavy or optional module happens inside the adapter that needs it, so the
app opens at once and without PortAudio; an adapter that cannot work raises ``UserError`` with
the fix, and the screen shows that line.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from voicecoach.errors import UserError
from voicecoach.settings import Settings
from voicecoach.tui.app import Adapters, CallRequest, HeadsetReport


def _optional(module: str) -> Any | None:
    """A module of ours that may not be written yet (None), re-raising other import errors."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as error:
        if error.name == module:
            return None
        raise


def audio_problem(settings: Settings) -> str | None:
    """One line saying why live practice cannot use a microphone here, or None."""
    duplex = _optional("voicecoach.adapters.duplex")
    try:
        if duplex is not None and hasattr(duplex, "input_problem"):
            return duplex.input_problem(settings.input_device)
        if duplex is None:
            return "live audio is not installed yet (voicecoach.adapters.duplex missing)"
        devices = duplex.list_devices()
    except UserError as error:
        return str(error)
    if not any(getattr(device, "inputs", 0) > 0 for device in devices):
        return "no input device found; plug in a headset (or start PulseAudio) and restart voicecoach"
    return None


def save_settings(settings: Settings) -> None:
    """Write the settings file, keeping only what differs from the defaults."""
    import yaml

    from voicecoach.settings import config_path

    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = settings.model_dump(mode="json", exclude_defaults=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=True), encoding="utf-8")


def real_adapters(settings: Settings) -> Adapters:
    from voicecoach.library import load_library

    def open_call(request: CallRequest, on_event: Callable[[Any], None]) -> Any:
        engine_module = _optional("voicecoach.live.engine")
        if engine_module is None or not hasattr(engine_module, "open_call"):
            raise UserError("the live call engine is not installed yet; update voicecoach")
        return engine_module.open_call(request.scenario, settings, on_event=on_event, demo=request.demo)

    def list_devices() -> list[Any]:
        duplex = _optional("voicecoach.adapters.duplex")
        if duplex is None:
            raise UserError("live audio is not installed yet (voicecoach.adapters.duplex missing)")
        return list(duplex.list_devices())

    def headset_check(input_device: Any, output_device: Any, on_level: Callable[[float], None]) -> HeadsetReport:
        duplex = _optional("voicecoach.adapters.duplex")
        if duplex is None:
            raise UserError("live audio is not installed yet (voicecoach.adapters.duplex missing)")
        result = duplex.headset_check(input_device=input_device, output_device=output_device)
        return headset_report(result)

    def play_files(paths: list[Path]) -> None:
        duplex = _optional("voicecoach.adapters.duplex")
        if duplex is None or not hasattr(duplex, "play_mixed"):
            raise UserError("playback is not available here (no audio output)")
        duplex.play_mixed(paths, output_device=settings.output_device)

    def stop_playback() -> None:
        duplex = _optional("voicecoach.adapters.duplex")
        if duplex is not None and hasattr(duplex, "stop_playback"):
            duplex.stop_playback()

    def store() -> Any:
        from voicecoach.adapters.store import Store

        return Store.open()

    def analyze_files(customer: Path, trainee: Path, scenario: Any, turn: int | None) -> Any:
        analysis = _optional("voicecoach.analysis")
        if analysis is None:
            raise UserError("file analysis is not installed yet (voicecoach.analysis missing)")
        return analysis.analyze_files(customer, trainee, scenario=scenario, turn=turn, settings=settings)

    def save_line(item: Any, index: int, samples: Any, rate: int) -> Path:
        ops = _optional("voicecoach.core.audio_ops")
        trainer = _optional("voicecoach.commands.scenarios_trainer")
        saver = getattr(trainer, "save_recorded_line", None) or getattr(ops, "save_recorded_line", None)
        if saver is None:
            raise UserError("saving recorded lines is not installed yet; use 'voicecoach scenarios record'")
        return saver(item, index, samples, rate)

    return Adapters(
        library=load_library,
        open_call=open_call,
        audio_problem=lambda: audio_problem(settings),
        list_devices=list_devices,
        headset_check=headset_check,
        play_files=play_files,
        stop_playback=stop_playback,
        store=store,
        analyze_files=analyze_files,
        save_line=save_line,
        save_settings=save_settings,
    )


def headset_report(result: Any) -> HeadsetReport:
    """The duplex module's headset check result, as the devices screen shows it."""
    if isinstance(result, HeadsetReport):
        return result
    get = (lambda name, default=None: result.get(name, default)) if isinstance(result, dict) else (
        lambda name, default=None: getattr(result, name, default)
    )
    return HeadsetReport(
        mic_db=float(get("mic_db", get("level_db", -90.0))),
        echo_db=get("echo_db"),
        echo_delay=get("echo_delay"),
        echo_high=bool(get("echo_high", False)),
        mic_silent=bool(get("mic_silent", False)),
        message=str(get("message", "")),
    )
