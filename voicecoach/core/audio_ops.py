"""Small, pure operations on recorded lines: levels, trimming silence, loudness, stopping.

Used when a trainer records a customer line (``voicecoach scenarios record``): the take is
trimmed of leading and trailing silence, faded in and out so it starts without a click, and
brought to a common loudness (RMS target with a peak limit), so recorded lines and Piper's
voice sit at the same level in a call. Samples are float32 in [-1, 1], mono.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

#: dBFS reported for digital silence (instead of -inf).
FLOOR_DB = -120.0

#: The one sample rate of the pipeline, in Hz: Whisper and Silero VAD expect it; the live call,
#: the analysis and the recordings of the history use it.
SAMPLE_RATE = 16_000


def to_mono(samples: np.ndarray) -> np.ndarray:
    samples = np.asarray(samples, dtype=np.float32)
    return samples.mean(axis=1).astype(np.float32) if samples.ndim == 2 else samples


def level_db(value: float) -> float:
    return float(20 * np.log10(value)) if value > 0 else FLOOR_DB


def rms_db(samples: np.ndarray) -> float:
    """Root-mean-square level in dBFS (a full-scale sine is -3 dBFS)."""
    samples = np.asarray(samples, dtype=np.float64)
    return level_db(float(np.sqrt(np.mean(samples**2)))) if samples.size else FLOOR_DB


def peak_db(samples: np.ndarray) -> float:
    samples = np.asarray(samples)
    return level_db(float(np.max(np.abs(samples)))) if samples.size else FLOOR_DB


def frame_levels(samples: np.ndarray, rate: int, frame_seconds: float = 0.02) -> np.ndarray:
    """RMS level in dBFS of consecutive frames (the last, partial frame included)."""
    samples = to_mono(samples).astype(np.float64)
    size = max(1, int(round(rate * frame_seconds)))
    count = -(-len(samples) // size)
    if count == 0:
        return np.zeros(0)
    padded = np.zeros(count * size)
    padded[: len(samples)] = samples
    frames = padded.reshape(count, size)
    lengths = np.full(count, size, dtype=np.float64)
    lengths[-1] = len(samples) - (count - 1) * size
    rms = np.sqrt((frames**2).sum(axis=1) / lengths)
    with np.errstate(divide="ignore"):
        return np.where(rms > 0, 20 * np.log10(np.maximum(rms, 1e-12)), FLOOR_DB)


def trim_silence(
    samples: np.ndarray,
    rate: int,
    threshold_db: float = -45.0,
    relative_db: float = 40.0,
    pad_seconds: float = 0.12,
    frame_seconds: float = 0.02,
) -> np.ndarray:
    """Cut leading and trailing silence, keeping ``pad_seconds`` around the speech.

    A frame counts as sound when it is above ``threshold_db``, within ``relative_db`` of the
    loudest frame, and 12 dB above the noise floor (the 10th percentile of the frame levels), so
    a noisy headset's hiss does not count as speech; a take that is all speech keeps its frames
    within 12 dB of the loudest. Returns an empty array when nothing is above the threshold.
    """
    samples = to_mono(samples)
    levels = frame_levels(samples, rate, frame_seconds)
    if not levels.size:
        return samples[:0]
    loudest = float(levels.max())
    floor = float(np.percentile(levels, 10))
    threshold = max(threshold_db, loudest - relative_db, min(floor + 12.0, loudest - 12.0))
    loud = np.flatnonzero(levels > threshold)
    if not loud.size:
        return samples[:0]
    size = max(1, int(round(rate * frame_seconds)))
    pad = int(round(rate * pad_seconds))
    start = max(0, int(loud[0]) * size - pad)
    end = min(len(samples), (int(loud[-1]) + 1) * size + pad)
    return samples[start:end].copy()


def fade(samples: np.ndarray, rate: int, seconds: float = 0.01) -> np.ndarray:
    """Linear fade in and out (no click at the cut)."""
    out = to_mono(samples).copy()
    length = min(len(out) // 2, int(round(rate * seconds)))
    if length > 0:
        ramp = np.linspace(0.0, 1.0, length, endpoint=False, dtype=np.float32)
        out[:length] *= ramp
        out[len(out) - length :] *= ramp[::-1]
    return out


def normalize_loudness(
    samples: np.ndarray,
    target_rms_db: float = -20.0,
    peak_limit_db: float = -1.0,
    max_gain_db: float = 30.0,
) -> np.ndarray:
    """Scale to ``target_rms_db`` RMS, but never past ``peak_limit_db`` peak (no clipping) and by
    at most ``max_gain_db`` (a near-silent take is not blown up into noise). Silence stays silence."""
    samples = to_mono(samples)
    if not samples.size or float(np.max(np.abs(samples))) == 0.0:
        return samples.copy()
    gain_db = min(target_rms_db - rms_db(samples), peak_limit_db - peak_db(samples), max_gain_db)
    return (samples * np.float32(10 ** (gain_db / 20))).astype(np.float32)


def prepare_line(samples: np.ndarray, rate: int, target_rms_db: float = -20.0) -> np.ndarray:
    """A recorded take made ready to use: trimmed, faded, loudness-normalised."""
    trimmed = trim_silence(samples, rate)
    if not trimmed.size:
        return trimmed
    return normalize_loudness(fade(trimmed, rate), target_rms_db=target_rms_db)


@dataclass
class SilenceStop:
    """Decides, block by block, when a recording of one line is done.

    Done after ``silence_seconds`` of quiet that follow at least ``min_speech_seconds`` of sound,
    or after ``max_seconds`` in all. Feed it the blocks as they arrive.
    """

    rate: int
    threshold_db: float = -40.0
    silence_seconds: float = 1.5
    min_speech_seconds: float = 0.2
    max_seconds: float = 30.0
    heard: float = field(default=0.0, init=False)
    quiet: float = field(default=0.0, init=False)
    total: float = field(default=0.0, init=False)

    def feed(self, block: np.ndarray) -> bool:
        """True when the recording should stop after this block."""
        block = to_mono(block)
        size = max(1, int(round(self.rate * 0.02)))
        for index, level in enumerate(frame_levels(block, self.rate, 0.02)):
            step = min(size, len(block) - index * size) / self.rate
            self.total += step
            if level > self.threshold_db:
                self.heard += step
                self.quiet = 0.0
            elif self.speech_heard:
                self.quiet += step
        return self.total >= self.max_seconds or (self.speech_heard and self.quiet >= self.silence_seconds)

    @property
    def speech_heard(self) -> bool:
        return self.heard >= self.min_speech_seconds
