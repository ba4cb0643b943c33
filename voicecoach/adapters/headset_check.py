"""The headset check: play a chirp, record it, measure the levels and the echo; and the guided
check a user goes through (tone, then a spoken sentence, then one line on what to fix).

:func:`headset_check` (the tone only) runs on any :class:`~voicecoach.core.backend.AudioBackend` (the real
duplex stream from ``adapters.duplex``, or a simulated one in tests); :class:`HeadsetCheck`
holds what it measured, and :meth:`HeadsetCheck.echo` gives the :class:`~voicecoach.core.backend.Echo`
a call subtracts from the microphone. :func:`guided_check` adds the spoken sentence and gives a
:class:`GuidedCheck` whose verdict (``voicecoach.core.headset.headset_verdict``) never says "good"
without having heard the trainee's voice.
"""

from __future__ import annotations

import math
import threading
import time as _time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Literal

import numpy as np

from voicecoach.core.backend import TONE, AudioBackend, Echo
from voicecoach.core.errors import UserError
from voicecoach.core.headset import SpeechLevel, Verdict, echo_measurable, headset_verdict, speech_level
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
    return _measured(problems, blocks, lock, reference, starts, rate, max_delay)[2]


def _measured(
    problems: list[str],
    blocks: list[tuple[np.ndarray, float]],
    lock: threading.Lock,
    reference: np.ndarray,
    starts: list[float],
    rate: int,
    max_delay: float,
) -> tuple[np.ndarray, float, HeadsetCheck, list[HeadsetCheck]]:
    """After the stream stopped: ``(recording, its start time, the best chirp's check with the noise
    floor measured before the first chirp, every chirp's check)``. Raises UserError for a stream
    problem or a microphone that delivered nothing."""
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
    return recording, t0, replace(best, noise_db=checks[0].noise_db), checks


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


Phase = Literal["settle", "tone", "speak", "done"]


@dataclass(frozen=True)
class CheckProgress:
    """Where the guided check is: ``phase``, the microphone's level over the last 0.1 s (dBFS,
    floor -120) and the seconds left of the phase (``speak``; 0 for the others)."""

    phase: Phase
    level_db: float
    seconds_left: float = 0.0


@dataclass(frozen=True)
class GuidedCheck:
    """What the guided check measured and the one thing to fix.

    ``tone``: the echo measurement of the test tone (:class:`HeadsetCheck`); ``speech``: the level of
    the spoken sentence; ``echo_known``: False when the tone's echo could not be measured (the
    microphone was loud while it played); ``verdict``: see :func:`voicecoach.core.headset.headset_verdict`.
    """

    tone: HeadsetCheck
    speech: SpeechLevel
    echo_known: bool
    verdict: Verdict

    @property
    def passed(self) -> bool:
        """True only for "good": the voice was heard loud enough and no echo was found."""
        return self.verdict == "good"

    @property
    def silent_mic(self) -> bool:
        """True when the microphone gave nothing usable (then the echo says nothing either)."""
        return self.verdict == "no_signal"

    @property
    def echo_warning(self) -> bool:
        return self.tone.echo_warning

    @property
    def echo_db(self) -> float | None:
        return self.tone.echo_db

    @property
    def echo_delay(self) -> float | None:
        return self.tone.echo_delay

    @property
    def level_db(self) -> float:
        """The voice's active level (dBFS; -120 when none was heard)."""
        return self.speech.level_db

    @property
    def noise_db(self) -> float:
        return self.tone.noise_db

    def echo(self) -> Echo | None:
        """The echo a call subtracts, or None when none was found (or it could not be measured)."""
        return self.tone.echo() if self.echo_known and not self.silent_mic else None

    @property
    def tells_echo(self) -> bool:
        """True when the echo result (found or not) can be saved for the calls."""
        return self.echo_known and not self.silent_mic

    def message(self, language: str = "en") -> str:
        """The one line on what to fix, in ``language`` ("de" or "en")."""
        return say(HEADSET_CHECK, self.verdict, language, level_db=self.speech.level_db, echo_db=self.tone.echo_db)

    def to_json(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "passed": self.passed,
            "speech_db": round(self.speech.level_db, 1),
            "speech_peak_db": round(self.speech.peak_db, 1),
            "speech_seconds": round(self.speech.seconds, 2),
            "echo_known": self.echo_known,
            **self.tone.to_json(),
        }


class CheckCancelled(Exception):
    """The guided check was stopped by its ``cancel`` event (the user left the screen)."""


def guided_check(
    backend: AudioBackend,
    *,
    on_progress: Callable[[CheckProgress], None] | None = None,
    speak_seconds: float = 8.0,
    settle: float = 1.0,
    chirps: int = 2,
    seconds: float = 0.6,
    max_delay: float = 0.5,
    done_after: tuple[float, float] = (1.5, 1.0),
    cancel: threading.Event | None = None,
    sleep: Callable[[float], None] = _time.sleep,
) -> GuidedCheck:
    """The guided headset check on ``backend`` (started and stopped here):

    1. ``settle`` s of quiet (the room noise, from the last 0.3 s), then the test tone ``chirps``
       times (the echo, as :func:`headset_check`);
    2. the trainee says a sentence: up to ``speak_seconds``, ended early once
       ``done_after[0]`` s of speech were heard and ``done_after[1]`` s of quiet followed;
    3. the verdict from the noise, the sentence's level and the echo.

    ``on_progress`` gets a :class:`CheckProgress` about every 0.1 s (from this thread); a set
    ``cancel`` event stops the check with :class:`CheckCancelled`. A device that fails raises
    ``UserError`` with its line.
    """
    rate = backend.sample_rate
    blocks: list[tuple[np.ndarray, float]] = []
    lock = threading.Lock()
    problems: list[str] = []
    tick = 0.1

    def on_input(block: np.ndarray, t: float) -> None:
        with lock:
            blocks.append((np.asarray(block, np.float32).copy(), t))

    def recent_db() -> float:
        with lock:
            tail = blocks[-max(1, int(tick * rate / max(1, len(blocks[-1][0])))) :] if blocks else []
        return _db(np.concatenate([b for b, _ in tail])) if tail else -120.0

    def wait(duration: float, phase: Phase, until: float = 0.0) -> None:
        left = duration
        while left > 1e-9:
            if cancel is not None and cancel.is_set():
                raise CheckCancelled
            if problems:
                return
            step = min(tick, left)
            if backend.virtual:
                backend.run_for(step)
            else:
                sleep(step)
            left -= step
            if on_progress is not None:
                on_progress(CheckProgress(phase, recent_db(), max(0.0, until - (duration - left))))

    reference = chirp(rate, seconds)
    starts: list[float] = []
    backend.start(on_input, problems.append)
    try:
        wait(settle, "settle")
        for _ in range(max(1, chirps)):
            starts.append(backend.play(reference, label=TONE))
            wait(max(0.0, starts[-1] - backend.time()) + seconds + max_delay + 0.2, "tone")
        speak_from = backend.time()
        noise = _noise_before(blocks, lock, starts[0] if starts else speak_from, rate)
        heard = quiet = 0.0
        elapsed = 0.0
        while elapsed < speak_seconds and not problems:
            wait(tick, "speak", speak_seconds - elapsed)
            elapsed += tick
            level = recent_db()
            if level > max(noise + 10.0, -55.0):  # the frame rule of core.headset.speech_level
                heard, quiet = heard + tick, 0.0
            else:
                quiet += tick
            if heard >= done_after[0] and quiet >= done_after[1]:
                break
    finally:
        backend.stop()
    recording, t0, tone, checks = _measured(problems, blocks, lock, reference, starts, rate, max_delay)
    speech = speech_level(recording[max(0, int(round((speak_from - t0) * rate))) :], rate, tone.noise_db)
    known = echo_measurable(tone.echo_db, max(c.level_db for c in checks), tone.noise_db)
    verdict = headset_verdict(
        silent_mic=tone.silent_mic, speech=speech, echo_warning=tone.echo_warning, echo_known=known
    )
    if on_progress is not None:
        on_progress(CheckProgress("done", speech.level_db))
    return GuidedCheck(tone, speech, known, verdict)


def _noise_before(blocks: list[tuple[np.ndarray, float]], lock: threading.Lock, before: float, rate: int) -> float:
    """The room noise: the level of the 0.3 s before stream time ``before`` (dBFS)."""
    with lock:
        pieces = [b for b, t in blocks if before - 0.3 <= t < before]
    return _db(np.concatenate(pieces)) if pieces else -120.0


__all__ = [
    "ECHO_WARN_DB",
    "CheckCancelled",
    "CheckProgress",
    "GuidedCheck",
    "HeadsetCheck",
    "analyse_echo",
    "chirp",
    "guided_check",
    "headset_check",
    "place_blocks",
]
