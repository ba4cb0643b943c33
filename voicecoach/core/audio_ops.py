"""Small, pure operations on recorded lines: levels, trimming silence, loudness, stopping.

Used when a trainer records a customer line (``voicecoach scenarios record``): the take is
trimmed of leading and trailing silence, faded in and out so it starts without a click, and
brought to a common loudness (RMS target with a peak limit), so recorded lines and Piper's
voice sit at the same level in a call. Samples are float32 in [-1, 1], mono.

Also the resampler every part uses (:func:`resample` for whole signals, :class:`StreamResampler`
for a stream block by block).
"""

from __future__ import annotations

import math
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


# -- resampling --------------------------------------------------------------------------------


def resample(samples: np.ndarray, from_rate: int, to_rate: int) -> np.ndarray:
    """Change the sample rate with a Kaiser-windowed sinc polyphase filter.

    Works on ``(n,)`` or ``(n, channels)``; returns float32 of length ``ceil(n * to / from)``.
    The pass band reaches 95 % of the lower Nyquist frequency; aliasing is damped by ~80 dB.
    """
    if from_rate <= 0 or to_rate <= 0:
        raise ValueError(f"sample rates must be positive, got {from_rate} -> {to_rate}")
    samples = np.asarray(samples, dtype=np.float32)
    if from_rate == to_rate:
        return samples.copy()
    if samples.ndim == 2:
        columns = [resample(samples[:, index], from_rate, to_rate) for index in range(samples.shape[1])]
        return np.stack(columns, axis=1) if columns else np.zeros((0, 0), np.float32)
    divisor = math.gcd(from_rate, to_rate)
    up, down = to_rate // divisor, from_rate // divisor
    n_in = len(samples)
    n_out = -(-n_in * up // down)
    if n_in == 0:
        return np.zeros(0, np.float32)
    bank, half = _filter_bank(up, down)
    padded = np.concatenate([np.zeros(half, np.float32), samples, np.zeros(half + 1, np.float32)])
    offsets = np.arange(-half + 1, half + 1)  # tap positions relative to floor(t)
    out = np.empty(n_out, np.float32)
    chunk = max(1, 2_000_000 // len(offsets))
    for start in range(0, n_out, chunk):
        index = np.arange(start, min(n_out, start + chunk), dtype=np.int64)
        base = index * down // up
        phase = index * down % up
        taps = padded[base[:, None] + offsets[None, :] + half]
        out[start : start + len(index)] = np.einsum("ij,ij->i", taps, bank[phase])
    return out


class StreamResampler:
    """Resample a stream block by block with the same filter as :func:`resample`.

    Each call returns the output for the input received so far, less a short tail held back
    until the filter has seen what follows it (``delay`` seconds of output latency).
    """

    def __init__(self, from_rate: int, to_rate: int, context: int = 256):
        self.from_rate, self.to_rate = int(from_rate), int(to_rate)
        divisor = math.gcd(self.from_rate, self.to_rate)
        self.step = self.from_rate // divisor  # input samples per ``up`` output samples
        self.up = self.to_rate // divisor
        self.context = int(math.ceil(context / self.step)) * self.step
        self._buffer = np.zeros(self.context, np.float32)  # left context (silence) then pending input
        self._done = self.context  # buffer index of the next input sample without output yet

    @property
    def delay(self) -> float:
        """Seconds of input held back (the output's latency)."""
        return self.context / self.from_rate

    def process(self, block: np.ndarray) -> np.ndarray:
        """The resampled output for ``block`` and what came before it (may be empty)."""
        if self.from_rate == self.to_rate:
            return np.asarray(block, np.float32)
        self._buffer = np.concatenate([self._buffer, np.asarray(block, np.float32)])
        ready_end = len(self._buffer) - self.context  # inputs with a full right context
        count = (ready_end - self._done) // self.step * self.step
        if count <= 0:
            return np.zeros(0, np.float32)
        window_start = self._done - self.context
        window = self._buffer[window_start : self._done + count + self.context]
        out = resample(window, self.from_rate, self.to_rate)
        first = self.context // self.step * self.up
        produced = out[first : first + count // self.step * self.up]
        self._done += count
        keep_from = self._done - self.context
        self._buffer = self._buffer[keep_from:]
        self._done -= keep_from
        return produced


_ZERO_CROSSINGS = 16  # filter half-length, in zero crossings of the sinc
_KAISER_BETA = 8.6  # about 80 dB stop-band attenuation
_ROLLOFF = 0.95

_banks: dict[tuple[int, int], tuple[np.ndarray, int]] = {}


def _filter_bank(up: int, down: int) -> tuple[np.ndarray, int]:
    """Filter taps for every output phase: ``bank[p, j]`` weighs input ``floor(t) + j - half + 1``."""
    key = (up, down)
    if key not in _banks:
        cutoff = 0.5 * min(1.0, up / down) * _ROLLOFF  # in cycles per input sample
        half = int(math.ceil(_ZERO_CROSSINGS / (2 * cutoff)))
        offsets = np.arange(-half + 1, half + 1, dtype=np.float64)
        fractions = np.arange(up, dtype=np.float64) / up
        x = offsets[None, :] - fractions[:, None]  # distance from the exact input position
        inside = np.clip(1.0 - (x / half) ** 2, 0.0, None)  # Kaiser window, evaluated at x
        weights = np.i0(_KAISER_BETA * np.sqrt(inside)) / np.i0(_KAISER_BETA)
        bank = 2 * cutoff * np.sinc(2 * cutoff * x) * weights
        bank /= bank.sum(axis=1, keepdims=True)  # unit gain at DC for every phase
        if len(_banks) > 32:
            _banks.clear()
        _banks[key] = (bank.astype(np.float32), half)
    return _banks[key]
