"""Recording one line from the microphone (for trainers recording a scenario's customer lines).

sounddevice is imported lazily: without PortAudio or without an input device the caller gets a
``UserError`` naming the fix. The audio callback only copies the block and hands it on.
"""

from __future__ import annotations

import queue
import select
import sys
from collections.abc import Callable
from typing import Any

import numpy as np

from voicecoach.core.audio_ops import SilenceStop, rms_db
from voicecoach.errors import UserError

NO_MIC = (
    "no microphone found; connect a headset, pick one with --input-device "
    "(list them with: python -m sounddevice), or use --from-file FILE"
)


def sounddevice() -> Any:
    try:
        import sounddevice as sd
    except OSError:
        raise UserError(
            "no microphone found: the PortAudio library is missing; install it with "
            "'sudo apt-get install libportaudio2' (or use --from-file FILE)"
        ) from None
    return sd


def parse_device(value: str | int | None) -> str | int | None:
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return value


def input_device(device: str | int | None) -> dict[str, Any]:
    """The input device's description; a ``UserError`` when there is none."""
    sd = sounddevice()
    try:
        info = sd.query_devices(parse_device(device), kind="input")
    except (ValueError, sd.PortAudioError) as error:
        detail = f" ('{device}': {error})" if device is not None else ""
        raise UserError(NO_MIC.replace("no microphone found", f"no microphone found{detail}")) from None
    if int(info.get("max_input_channels", 0)) < 1:
        raise UserError(NO_MIC)
    return dict(info)


def _enter_pressed() -> bool:
    """Non-blocking: was Enter pressed on the terminal? (POSIX terminals; False elsewhere)."""
    if not sys.stdin.isatty():
        return False
    try:
        ready, _w, _x = select.select([sys.stdin], [], [], 0)
    except (OSError, ValueError):
        return False
    if ready:
        sys.stdin.readline()
        return True
    return False


def record_line(
    device: str | int | None = None,
    *,
    max_seconds: float = 30.0,
    silence_seconds: float = 1.5,
    on_level: Callable[[float, float], None] | None = None,
) -> tuple[np.ndarray, int]:
    """Record until Enter, until ``silence_seconds`` of quiet after speech, or ``max_seconds``.
    ``on_level(seconds, dBFS)`` is called per block (for a level meter). Returns (samples, rate)."""
    sd = sounddevice()
    info = input_device(device)
    rate = int(info.get("default_samplerate") or 48000)
    blocks: queue.Queue[np.ndarray] = queue.Queue()

    def callback(indata: np.ndarray, _frames: int, _time: Any, _status: Any) -> None:
        blocks.put(indata[:, 0].copy())

    stop = SilenceStop(rate, silence_seconds=silence_seconds, max_seconds=max_seconds)
    taken: list[np.ndarray] = []
    try:
        with sd.InputStream(
            device=parse_device(device), channels=1, samplerate=rate, dtype="float32", callback=callback
        ):
            while True:
                try:
                    block = blocks.get(timeout=2.0)
                except queue.Empty:
                    raise UserError(
                        "the microphone delivers no audio; check that it is connected and not muted"
                    ) from None
                taken.append(block)
                if on_level is not None:
                    on_level(stop.total, rms_db(block))
                if stop.feed(block) or _enter_pressed():
                    break
    except sd.PortAudioError as error:
        raise UserError(f"the microphone failed ({error}); check the device or pick another with --input-device") from None
    return (np.concatenate(taken) if taken else np.zeros(0, np.float32)), rate


def play(samples: np.ndarray, rate: int, device: str | int | None = None) -> None:
    sd = sounddevice()
    try:
        sd.play(samples, rate, device=parse_device(device))
        sd.wait()
    except (ValueError, sd.PortAudioError) as error:
        raise UserError(f"cannot play the take ({error}); check the output device") from None
