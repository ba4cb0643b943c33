"""One clip played, one line recorded, through the duplex sound backend (outside a call).

The app's trainer screen records a customer line with :class:`LineRecorder`; the feedback and
trainer screens play recordings with :class:`ClipPlayer`. Both open the devices of the settings
through :func:`voicecoach.adapters.duplex.open_backend`, which raises ``UserError`` with the fix
when there is no PortAudio or no such device.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from voicecoach.adapters.duplex import open_backend
from voicecoach.adapters.settings import Settings
from voicecoach.core.audio_ops import resample
from voicecoach.core.errors import UserError


class ClipPlayer:
    """Plays one clip at a time through the duplex backend (its microphone input is ignored)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._backend: Any = None

    def play(self, samples: Any, rate: int) -> None:
        """Play mono float32 ``samples`` at ``rate`` Hz, blocking until done or :meth:`stop`."""
        backend = open_backend(self.settings.input_device, self.settings.output_device)
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
        """Stop what :meth:`play` plays (from another thread); nothing when nothing plays."""
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
        """Open the devices and record; ``on_level(rms)`` about every 50 ms from the audio thread."""
        backend = open_backend(self.settings.input_device, self.settings.output_device)
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
        """The recording: (mono float32 samples, rate in Hz); ``UserError`` if it failed or never began."""
        backend, self._backend = self._backend, None
        if backend is None:
            raise UserError("the recording did not start")
        rate = backend.sample_rate
        backend.stop()
        if self._error:
            raise UserError(self._error)
        samples = np.concatenate(self._blocks) if self._blocks else np.zeros(0, np.float32)
        return samples, rate
