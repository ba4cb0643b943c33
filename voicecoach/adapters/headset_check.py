"""The headset check: play a chirp, record it, measure the levels and the echo.

:func:`headset_check` runs on any :class:`~voicecoach.core.backend.AudioBackend` (the real
duplex stream from ``adapters.duplex``, or a simulated one in tests); :class:`HeadsetCheck`
holds what it measured, and :meth:`HeadsetCheck.echo` gives the :class:`~voicecoach.core.backend.Echo`
a call subtracts from the microphone.
"""

from __future__ import annotations

import math
import threading
import time as _time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from voicecoach.core.backend import TONE, AudioBackend, Echo
from voicecoach.core.errors import UserError
from voicecoach.core.words.lookup import say
from voicecoach.core.words.ui import HEADSET_CHECK


@dataclass(frozen=True)
class HeadsetCheck:
    """What the headset check measured. Levels in dBFS; echo relative to the played chirp."""

    noise_db: float
    """Microphone level before the chirp (room noise, hiss)."""
    level_db: float
    """Microphone level while the chirp played."""
    echo_db: float | None
    """How loud the chirp came back into the microphone (None: not found)."""
    echo_delay: float | None
    """Seconds between the chirp at the speaker and in the microphone."""
    correlation: float
    """Peak normalised cross-correlation of played and recorded chirp (0..1)."""
    echo_warning: bool
    """True when the customer's voice reaches the microphone: use a headset."""
    silent_mic: bool
    """True when the microphone delivers (digital) silence: muted or wrong device."""

    def message(self, language: str = "en") -> str:
        """What the check found and what to do, in ``language`` ("de" or "en")."""
        if self.silent_mic:
            return say(HEADSET_CHECK, "silent", language)
        if self.echo_warning:
            return say(HEADSET_CHECK, "echo", language, echo_db=self.echo_db)
        return say(HEADSET_CHECK, "fine", language)

    def echo(self) -> Echo | None:
        """The echo a call subtracts, or None when none was found."""
        if self.echo_db is None or self.echo_delay is None:
            return None
        return Echo.from_db(self.echo_delay, self.echo_db)

    def to_json(self) -> dict[str, Any]:
        return {
            "noise_db": round(self.noise_db, 1),
            "level_db": round(self.level_db, 1),
            "echo_db": None if self.echo_db is None else round(self.echo_db, 1),
            "echo_delay": None if self.echo_delay is None else round(self.echo_delay, 4),
            "correlation": round(self.correlation, 3),
            "echo_warning": self.echo_warning,
            "silent_mic": self.silent_mic,
        }


def chirp(
    sample_rate: int, seconds: float = 0.6, low: float = 300.0, high: float = 3400.0, level_db: float = -12.0
) -> np.ndarray:
    """A logarithmic sweep over the telephone band with short fades (the check's test signal)."""
    t = np.arange(int(seconds * sample_rate)) / sample_rate
    k = math.log(high / low)
    phase = 2 * math.pi * low * seconds / k * (np.exp(t / seconds * k) - 1)
    signal = np.sin(phase) * 10 ** (level_db / 20)
    fade = min(len(t) // 10, int(0.01 * sample_rate))
    if fade:
        ramp = np.linspace(0.0, 1.0, fade)
        signal[:fade] *= ramp
        signal[-fade:] *= ramp[::-1]
    return signal.astype(np.float32)


#: Echo at or above this level (relative to what was played) makes the check warn.
ECHO_WARN_DB = -40.0


def headset_check(
    backend: AudioBackend,
    *,
    seconds: float = 0.6,
    max_delay: float = 0.5,
    settle: float = 1.0,
    chirps: int = 2,
    sleep: Callable[[float], None] = _time.sleep,
) -> HeadsetCheck:
    """Play a chirp through ``backend`` (``chirps`` times), record, and measure levels and echo.

    Starts and stops the backend itself. A virtual backend (``live.simulated``) is pumped instead of
    waited for. The echo is the peak of the cross-correlation between the played chirp and the
    recording: its lag is the echo delay, its height the echo level. Of several chirps the
    clearest measurement counts (a glitch in the stream spoils one, not the check).
    """
    rate = backend.sample_rate
    blocks: list[tuple[np.ndarray, float]] = []
    lock = threading.Lock()
    problems: list[str] = []

    def on_input(block: np.ndarray, t: float) -> None:
        with lock:
            blocks.append((np.asarray(block, np.float32).copy(), t))

    def wait(duration: float) -> None:
        if backend.virtual:
            backend.run_for(duration)
        else:
            sleep(duration)

    reference = chirp(rate, seconds)
    starts: list[float] = []
    backend.start(on_input, problems.append)
    try:
        wait(settle)  # the stream settles; the last 0.3 s of it give the noise floor
        for _ in range(max(1, chirps)):
            starts.append(backend.play(reference, label=TONE))
            wait(max(0.0, starts[-1] - backend.time()) + seconds + max_delay + 0.2)
    finally:
        backend.stop()
    if problems:
        raise UserError(problems[0])
    with lock:
        pieces = list(blocks)
    if not pieces:
        raise UserError("the microphone delivered nothing during the headset check; choose another input device")
    t0 = pieces[0][1]
    recording = place_blocks(pieces, rate)
    checks = [analyse_echo(recording, t0, reference, start, rate, max_delay=max_delay) for start in starts]
    best = max(checks, key=lambda check: check.correlation)
    # the noise floor is the one measured before the first chirp
    return replace(best, noise_db=checks[0].noise_db)


def place_blocks(blocks: list[tuple[np.ndarray, float]], rate: int) -> np.ndarray:
    """Blocks laid out by their stream times from the first one (gaps from lost samples stay silent)."""
    t0 = blocks[0][1]
    positions: list[int] = []
    cursor = 0
    for block, t in blocks:
        at = max(0, int(round((t - t0) * rate)))
        if abs(at - cursor) <= int(0.01 * rate):  # sample counting beats timestamp jitter
            at = cursor
        positions.append(at)
        cursor = at + len(block)
    out = np.zeros(max(p + len(b) for p, (b, _) in zip(positions, blocks)), np.float32)
    for at, (block, _t) in zip(positions, blocks):
        out[at : at + len(block)] = block
    return out


def analyse_echo(
    recording: np.ndarray,
    recording_start: float,
    reference: np.ndarray,
    played_at: float,
    rate: int,
    *,
    max_delay: float = 0.5,
) -> HeadsetCheck:
    """Levels and echo of ``reference`` (played at stream time ``played_at``) in ``recording``."""
    first = int(round((played_at - recording_start) * rate))
    before = recording[: max(0, first)]
    noise_db = _db(before[-int(0.3 * rate) :]) if len(before) else -120.0
    window = recording[max(0, first) : max(0, first) + len(reference) + int(max_delay * rate)]
    level_db = _db(window)
    silent = bool(np.max(np.abs(recording)) < 1e-6) if len(recording) else True
    echo_db: float | None = None
    delay: float | None = None
    peak = 0.0
    if len(window) >= len(reference):
        corr = np.correlate(window, reference, mode="valid")
        ref_energy = float(np.dot(reference, reference))
        windows_energy = np.convolve(window**2, np.ones(len(reference), np.float32), mode="valid")
        normalised = np.abs(corr) / np.sqrt(np.maximum(windows_energy * ref_energy, 1e-20))
        lag = int(np.argmax(normalised))
        peak = float(normalised[lag])
        if peak >= 0.3:
            gain = abs(float(corr[lag])) / ref_energy
            echo_db = 20 * math.log10(max(gain, 1e-6))
            delay = lag / rate
    warning = echo_db is not None and echo_db >= ECHO_WARN_DB
    return HeadsetCheck(noise_db, level_db, echo_db, delay, peak, warning, silent)


def _db(samples: np.ndarray) -> float:
    if not len(samples):
        return -120.0
    rms = float(np.sqrt(np.mean(np.square(samples, dtype=np.float64))))
    return 20 * math.log10(max(rms, 1e-6))


__all__ = ["ECHO_WARN_DB", "HeadsetCheck", "analyse_echo", "chirp", "headset_check", "place_blocks"]
