"""The real adapters for ``voicecoach app``: sound devices, the call engine, the judge, the store.

Every import of a heavy or optional module happens inside the adapter that needs it, so the
app opens at once, also without PortAudio; an adapter that cannot work raises ``UserError``
with the fix, and the screen shows that line.
"""

from __future__ import annotations

import importlib
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from voicecoach.core.errors import UserError
from voicecoach.adapters.settings import Settings
from voicecoach.tui.app import Adapters, CallRequest


def _optional(module: str) -> Any | None:
    """A module of ours that may not be installed in this version (None); other errors raise."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as error:
        if error.name == module:
            return None
        raise


def _duplex() -> Any:
    duplex = _optional("voicecoach.adapters.duplex")
    if duplex is None:
        raise UserError("live audio is not part of this installation; reinstall voicecoach")
    return duplex


def audio_problem(settings: Settings) -> str | None:
    """One line saying why live practice cannot use a microphone here, or None when it can."""
    from voicecoach.i18n import t

    try:
        duplex = _duplex()
        devices = duplex.list_devices()
        if not any(device.inputs > 0 for device in devices):
            return t("audio.no_input")
        if not any(device.outputs > 0 for device in devices):
            return t("audio.no_output")
        duplex.find_device(settings.input_device, "input")
        duplex.find_device(settings.output_device, "output")
    except UserError as error:
        return str(error)
    return None


def save_settings(settings: Settings) -> None:
    """Write the settings file, keeping only what differs from the defaults."""
    import yaml

    from voicecoach.adapters.settings import config_path

    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = settings.model_dump(mode="json", exclude_defaults=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=True), encoding="utf-8")


class _Player:
    """Plays one clip at a time through the duplex backend (its microphone input is ignored)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._backend: Any = None

    def play(self, samples: Any, rate: int) -> None:
        from voicecoach.adapters.audio_files import resample

        backend = _duplex().open_backend(self.settings.input_device, self.settings.output_device)
        with self._lock:
            self._backend = backend
        try:
            backend.start(lambda _block, _t: None)
            audio = np.asarray(samples, np.float32)
            if rate != backend.sample_rate:
                audio = resample(audio, rate, backend.sample_rate)
            start = backend.play(audio)
            end = start + len(audio) / backend.sample_rate + 0.2
            while backend.time() < end and backend.is_playing:
                time.sleep(0.05)
        finally:
            with self._lock:
                self._backend = None
            backend.stop()

    def stop(self) -> None:
        with self._lock:
            backend = self._backend
        if backend is not None:
            backend.stop_playback()


class LineRecorder:
    """Records the microphone for the trainer screen until ``stop()``."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._blocks: list[np.ndarray] = []
        self._backend: Any = None
        self._error: str | None = None

    def start(self, on_level: Callable[[float], None]) -> None:
        backend = _duplex().open_backend(self.settings.input_device, self.settings.output_device)
        last = [0.0]

        def on_input(block: np.ndarray, t: float) -> None:
            self._blocks.append(np.asarray(block, np.float32).copy())
            if t - last[0] >= 0.05:
                last[0] = t
                rms = float(np.sqrt(np.mean(np.square(block)))) if len(block) else 0.0
                on_level(rms)

        def on_error(message: str) -> None:
            self._error = message

        backend.start(on_input, on_error)
        self._backend = backend

    def stop(self) -> tuple[np.ndarray, int]:
        backend, self._backend = self._backend, None
        if backend is None:
            raise UserError("the recording did not start")
        rate = backend.sample_rate
        backend.stop()
        if self._error:
            raise UserError(self._error)
        samples = np.concatenate(self._blocks) if self._blocks else np.zeros(0, np.float32)
        return samples, rate


def real_adapters(settings: Settings) -> Adapters:
    from voicecoach.adapters.library import load_library

    player = _Player(settings)

    def open_call(request: CallRequest, on_event: Callable[[Any], None]) -> Any:
        engine = _optional("voicecoach.live.engine")
        if engine is None or not hasattr(engine, "open_call"):
            raise UserError("the live call engine is not part of this installation; reinstall voicecoach")
        call = engine.open_call(request.scenario, settings, on_event=on_event, demo=request.demo)
        if request.echo is not None and hasattr(call, "options"):
            # what the headset check measured: the engine subtracts it before the VAD
            from dataclasses import replace

            call.options = replace(call.options, echo_delay=request.echo[0], echo_gain=request.echo[1])
        return call

    def list_devices() -> list[Any]:
        return list(_duplex().list_devices())

    def headset_check(input_device: Any, output_device: Any) -> Any:
        duplex = _duplex()
        backend = duplex.open_backend(
            input_device if input_device is not None else settings.input_device,
            output_device if output_device is not None else settings.output_device,
        )
        return duplex.headset_check(backend)

    def store() -> Any:
        from voicecoach.adapters.store import Store

        return Store.open()

    def analyze_files(customer: Path, trainee: Path, item: Any, turn: int | None) -> Any:
        from voicecoach.analysis import analyze_files as analyze

        scenario = str(item.path) if item is not None else None
        return analyze(customer, trainee, scenario=scenario, turn=turn, settings=settings)

    def save_line(item: Any, index: int, samples: Any, rate: int) -> Path:
        from voicecoach.adapters.library_files import save_line as save

        return save(item, index + 1, samples, rate)

    return Adapters(
        library=load_library,
        open_call=open_call,
        audio_problem=lambda: audio_problem(settings),
        list_devices=list_devices,
        headset_check=headset_check,
        play_audio=player.play,
        stop_playback=player.stop,
        store=store,
        analyze_files=analyze_files,
        recorder=lambda: LineRecorder(settings),
        save_line=save_line,
        save_settings=save_settings,
    )
