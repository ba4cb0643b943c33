"""One clip played, one line recorded, through the duplex sound backend (outside a call).

The app's trainer screen records a customer line with :class:`LineRecorder` (through
:func:`voicecoach.adapters.duplex.open_backend`); the feedback and trainer screens play
recordings with :class:`ClipPlayer`, through an output-only stream (no microphone involved).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from voicecoach.adapters.block_player import BlockPlayer
from voicecoach.adapters.duplex import open_backend
from voicecoach.adapters.settings import Settings
from voicecoach.core.errors import UserError
from voicecoach.core.words.lookup import say
from voicecoach.core.words.ui import UI

log = logging.getLogger(__name__)


class PlaybackError(UserError):
    """Playing a clip failed; the message is one line in the UI language, about playback (never
    about the microphone: listening back needs no microphone)."""


class ClipPlayer:
    """Plays one clip at a time through an output-only stream (:class:`BlockPlayer`).

    Listening back needs no microphone, so it opens none: it was a duplex stream, whose start
    waits for steady microphone blocks, and the first press after opening the app failed with
    microphone advice while the ALSA-PulseAudio bridge warmed up. ``language`` gives the UI
    language for the error lines (the app passes its current one).
    """

    #: Seconds of sound written ahead of the stream (the BlockPlayer's ring holds 4 s).
    AHEAD_SECONDS = 0.5
    #: Samples per write, at the clip's rate (20 ms at 16 kHz).
    BLOCK = 320

    def __init__(self, settings: Settings, language: Callable[[], str] = lambda: "en") -> None:
        self.settings = settings
        self.language = language
        self._stop = threading.Event()
        self._lock = threading.Lock()

    def _say(self, key: str, **values: object) -> str:
        return say(UI, key, self.language(), **values)

    def play(self, samples: Any, rate: int) -> None:
        """Play mono float32 ``samples`` at ``rate`` Hz, blocking until done or :meth:`stop`.

        Raises :class:`PlaybackError` (one line, about the sound output) when it cannot play."""
        with self._lock:  # one clip at a time: a second play waits for the first
            self._stop.clear()
            try:
                player = BlockPlayer(self.settings.output_device, int(rate))
                player.open()
            except UserError as error:
                log.warning("playback: %s", error)
                raise PlaybackError(self._say("playback.cannot_open")) from None
            try:
                self._feed(player, np.asarray(samples, np.float32).reshape(-1), int(rate))
            finally:
                player.close()

    def _feed(self, player: BlockPlayer, audio: np.ndarray, rate: int) -> None:
        """Write the clip in real time, ``AHEAD_SECONDS`` ahead, then wait until it is heard."""
        started = time.monotonic()
        written = 0
        while written < len(audio) and not self._stop.is_set():
            ahead = written / rate - (time.monotonic() - started)
            if ahead > self.AHEAD_SECONDS:
                time.sleep(min(0.05, ahead - self.AHEAD_SECONDS))
                continue
            player.write(audio[written : written + self.BLOCK])
            written += self.BLOCK
            if player.problem is not None:
                log.warning("playback: %s", player.problem)
                raise PlaybackError(self._say("playback.stopped"))
        end = started + len(audio) / rate + player.lead
        while time.monotonic() < end and not self._stop.is_set():
            time.sleep(0.05)

    def stop(self) -> None:
        """Stop what :meth:`play` plays (from another thread); nothing when nothing plays."""
        self._stop.set()


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
