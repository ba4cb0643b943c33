"""The real adapters for ``voicecoach app``: sound devices, the call engine, the judge, the store.

Only glue: each adapter lives in ``voicecoach.adapters`` (heavy libraries are loaded there, inside
the function that needs them, so the app opens at once, also without PortAudio); an adapter that
cannot work raises ``UserError`` with the fix, and the screen shows that line.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from voicecoach.adapters import duplex
from voicecoach.adapters.clips import ClipPlayer, LineRecorder
from voicecoach.adapters.headset_check import CheckProgress, GuidedCheck, guided_check
from voicecoach.adapters.library import LoadedScenario, load_library
from voicecoach.adapters.library_files import save_line as save_line_file
from voicecoach.adapters.settings import Settings, save_settings
from voicecoach.adapters.store import Store
from voicecoach.analysis import analyze_files as analyze
from voicecoach.core.errors import UserError
from voicecoach.core.result import TurnResult
from voicecoach.i18n import Line, current_language
from voicecoach.live import factory
from voicecoach.live.events import CallEvent
from voicecoach.tui.base import Adapters, CallHandle, CallRequest


def audio_problem(settings: Settings) -> Line | UserError | None:
    """One line saying why live practice cannot use a microphone here, or None when it can; said
    in the UI language of the moment it is shown (``str``), so it follows a live switch."""
    try:
        devices = duplex.list_devices()
        if not any(device.inputs > 0 for device in devices):
            return Line("audio.no_input")
        if not any(device.outputs > 0 for device in devices):
            return Line("audio.no_output")
        duplex.find_device(settings.input_device, "input")
        duplex.find_device(settings.output_device, "output")
    except UserError as error:
        return error
    return None


def real_adapters(settings: Settings) -> Adapters:
    """The adapters of ``voicecoach app`` for these settings (devices, voices, the history)."""
    player = ClipPlayer(settings, language=current_language)

    def open_call(request: CallRequest, on_event: Callable[[CallEvent], None]) -> CallHandle:
        # request.echo: what the headset check measured; the engine subtracts it before the VAD
        return factory.open_call(request.scenario, settings, on_event=on_event, demo=request.demo, echo=request.echo)

    def list_devices() -> list[Any]:
        return list(duplex.list_devices())

    def headset_check(
        input_device: Any,
        output_device: Any,
        on_progress: Callable[[CheckProgress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> GuidedCheck:
        backend = duplex.open_backend(
            input_device if input_device is not None else settings.input_device,
            output_device if output_device is not None else settings.output_device,
        )
        return guided_check(backend, on_progress=on_progress, cancel=cancel)

    def analyze_files(customer: Path, trainee: Path, item: LoadedScenario | None, turn: int | None) -> TurnResult:
        scenario = str(item.path) if item is not None else None
        return analyze(customer, trainee, scenario=scenario, turn=turn, settings=settings)

    def save_line(item: LoadedScenario, index: int, samples: Any, rate: int) -> Path:
        return save_line_file(item, index + 1, samples, rate)

    return Adapters(
        library=load_library,
        open_call=open_call,
        audio_problem=lambda: audio_problem(settings),
        list_devices=list_devices,
        headset_check=headset_check,
        play_audio=player.play,
        stop_playback=player.stop,
        store=Store.open,
        analyze_files=analyze_files,
        recorder=lambda: LineRecorder(settings),
        save_line=save_line,
        save_settings=save_settings,
    )
