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

from voicecoach.adapters import duplex
from voicecoach.core.audio_ops import SilenceStop, rms_db
from voicecoach.core.errors import Said, UserError

NO_MIC = Said(
    "no microphone found; connect a headset, pick one with --input-device "
    "(list them with: voicecoach call --list-devices), or use --from-file FILE"
)


def sounddevice() -> Any:
    return duplex.import_sounddevice()


def input_device(device: str | int | None) -> tuple[int, int]:
    """(index, default rate) of the microphone named by ``device`` (index, name or part of one;
    None: the system default). A ``UserError`` naming the fix when there is none."""
    if not any(info.inputs > 0 for info in duplex.list_devices()):
        raise UserError(NO_MIC)
    info = duplex.find_device(device, "input")
    return info.index, int(info.default_rate or 48000)


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
    index, rate = input_device(device)
    blocks: queue.Queue[np.ndarray] = queue.Queue()

    def callback(indata: np.ndarray, _frames: int, _time: Any, _status: Any) -> None:
        blocks.put(indata[:, 0].copy())

    stop = SilenceStop(rate, silence_seconds=silence_seconds, max_seconds=max_seconds)
    taken: list[np.ndarray] = []
    try:
        with sd.InputStream(device=index, channels=1, samplerate=rate, dtype="float32", callback=callback):
            while True:
                try:
                    # The ALSA-PulseAudio bridge can take seconds to deliver after opening.
                    block = blocks.get(timeout=10.0)
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
        raise UserError(
            "the microphone failed ({error}); check the device or pick another with --input-device", error=error
        ) from None
    return (np.concatenate(taken) if taken else np.zeros(0, np.float32)), rate


def play(samples: np.ndarray, rate: int, device: str | int | None = None) -> None:
    sd = sounddevice()
    try:
        sd.play(samples, rate, device=duplex.find_device(device, "output").index)
        sd.wait()
    except (ValueError, sd.PortAudioError) as error:
        raise UserError("cannot play the take ({error}); check the output device", error=error) from None
