"""The guided headset check's pure parts: the level of the trainee's test sentence, and the one
thing to fix, from what the check measured.

The check (``voicecoach.adapters.headset_check.guided_check``) plays a tone, measures its echo,
asks for a sentence and measures its level; :func:`headset_verdict` turns that into one of
:data:`VERDICTS`. A check that heard no speech never says "good": the microphone's level is
what the call needs first, and a check that did not measure it knows nothing about it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

import numpy as np

Verdict = Literal["no_signal", "too_quiet", "echo", "echo_unclear", "good"]
#: Every verdict, most urgent first (the order :func:`headset_verdict` tests them in).
VERDICTS: tuple[Verdict, ...] = ("no_signal", "too_quiet", "echo", "echo_unclear", "good")

#: Frame length (s) of the level measurement: 30 ms, the frame of ITU-T P.56-style meters.
FRAME_SECONDS = 0.03
#: A frame counts as speech when it is this many dB above the room noise measured before the tone
#: (ITU-T P.56 puts its activity threshold 15.9 dB below the active level; 10 dB above the noise
#: keeps breaths and hiss out on a headset microphone).
SPEECH_ABOVE_NOISE_DB = 10.0
#: ... and at least this loud (dBFS): on a digitally silent input the noise floor is -120 dBFS,
#: and a frame at -70 dBFS is the converter's own hiss, not a voice.
SPEECH_FLOOR_DB = -55.0
#: Seconds of speech the sentence must have: a short sentence ("Guten Tag, hier spricht ...")
#: has 1.5-2 s; half a second heard is a word, enough to know the microphone works.
MIN_SPEECH_SECONDS = 0.5
#: Active speech level (dBFS) below which the microphone is "too quiet". ITU-T P.56's nominal
#: active level is -26 dBov; 14 dB below it the voice sinks into the hiss of a cheap headset and
#: the speech detector misses the quiet ends of words.
QUIET_SPEECH_DB = -40.0
#: Echo that cannot be measured: the microphone was this many dB above the room noise while the
#: tone played (someone talked over it) and no echo of the tone was found in it.
LOUD_DURING_TONE_DB = 20.0


@dataclass(frozen=True)
class SpeechLevel:
    """The level of the test sentence, from the microphone while the check asked for it.

    ``level_db``: active speech level (dBFS, mean power of the speech frames; -120 when none);
    ``peak_db``: loudest 30 ms frame (dBFS); ``seconds``: how much of it was speech;
    ``noise_db``: the room noise it was compared with (dBFS).
    """

    level_db: float
    peak_db: float
    seconds: float
    noise_db: float

    @property
    def heard(self) -> bool:
        """True when some speech rose above the noise (the microphone delivers a signal)."""
        return self.seconds > 0.0


def frame_levels(samples: np.ndarray, rate: int, frame_seconds: float = FRAME_SECONDS) -> np.ndarray:
    """RMS level (dBFS, floor -120) of each whole ``frame_seconds`` frame of mono ``samples``."""
    size = max(1, int(round(frame_seconds * rate)))
    count = len(samples) // size
    if count == 0:
        return np.zeros(0, np.float64)
    frames = np.asarray(samples[: count * size], np.float64).reshape(count, size)
    rms = np.sqrt(np.mean(np.square(frames), axis=1))
    return 20 * np.log10(np.maximum(rms, 1e-6))


def speech_level(samples: np.ndarray, rate: int, noise_db: float) -> SpeechLevel:
    """The active level of the speech in ``samples`` (mono float32 at ``rate`` Hz), measured
    against the room noise ``noise_db`` (dBFS): frames above :data:`SPEECH_ABOVE_NOISE_DB` over
    the noise and above :data:`SPEECH_FLOOR_DB` are speech."""
    levels = frame_levels(samples, rate)
    if not len(levels):
        return SpeechLevel(-120.0, -120.0, 0.0, noise_db)
    threshold = max(noise_db + SPEECH_ABOVE_NOISE_DB, SPEECH_FLOOR_DB)
    voiced = levels[levels > threshold]
    peak = float(levels.max())
    if not len(voiced):
        return SpeechLevel(-120.0, peak, 0.0, noise_db)
    active = 10 * math.log10(float(np.mean(10 ** (voiced / 10))))
    return SpeechLevel(active, peak, len(voiced) * FRAME_SECONDS, noise_db)


def echo_measurable(echo_db: float | None, level_during_tone_db: float, noise_db: float) -> bool:
    """False when no echo of the tone was found although the microphone was loud while it played
    (someone talked over the tone): then "no echo" is not known, only not seen."""
    if echo_db is not None:
        return True
    return level_during_tone_db - max(noise_db, -90.0) < LOUD_DURING_TONE_DB


def headset_verdict(*, silent_mic: bool, speech: SpeechLevel, echo_warning: bool, echo_known: bool) -> Verdict:
    """The one thing to fix, most urgent first:

    - ``no_signal``: the microphone delivers digital silence, or no speech rose above the noise;
    - ``too_quiet``: speech was heard, but shorter than :data:`MIN_SPEECH_SECONDS` or below
      :data:`QUIET_SPEECH_DB`;
    - ``echo``: the tone came back into the microphone (``echo_warning``): use a headset;
    - ``echo_unclear``: the echo could not be measured (``echo_known`` False): quiet during the tone;
    - ``good``: speech heard loud enough, no echo found.
    """
    if silent_mic or not speech.heard:
        return "no_signal"
    if speech.seconds < MIN_SPEECH_SECONDS or speech.level_db < QUIET_SPEECH_DB:
        return "too_quiet"
    if echo_warning:
        return "echo"
    if not echo_known:
        return "echo_unclear"
    return "good"


__all__ = [
    "FRAME_SECONDS",
    "LOUD_DURING_TONE_DB",
    "MIN_SPEECH_SECONDS",
    "QUIET_SPEECH_DB",
    "SPEECH_ABOVE_NOISE_DB",
    "SPEECH_FLOOR_DB",
    "VERDICTS",
    "SpeechLevel",
    "Verdict",
    "echo_measurable",
    "frame_levels",
    "headset_verdict",
    "speech_level",
]
