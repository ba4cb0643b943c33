"""Demo replies keep their pauses short of the end-of-turn silence (``live.demo.capped_pauses``)."""

import numpy as np
import pytest

from voicecoach.core.audio_ops import frame_levels
from voicecoach.live.demo import DEMO_MAX_PAUSE, capped_pauses

SR = 16_000


def tone(seconds: float) -> np.ndarray:
    t = np.arange(int(seconds * SR)) / SR
    return (0.3 * np.sin(2 * np.pi * 220 * t)).astype(np.float32)


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * SR), np.float32)


def longest_pause(samples: np.ndarray) -> float:
    levels = frame_levels(samples, SR, 0.02)
    loud = np.flatnonzero(levels > max(-60.0, float(levels.max()) - 35.0))
    return float(((np.diff(loud) - 1) * 0.02).max())


def test_a_long_pause_between_sentences_is_shortened_to_the_cap():
    samples = np.concatenate([silence(0.3), tone(1.0), silence(0.9), tone(0.5), silence(0.2)])
    capped = capped_pauses(samples, SR)
    assert longest_pause(samples) == pytest.approx(0.9, abs=0.021)
    assert longest_pause(capped) == pytest.approx(DEMO_MAX_PAUSE, abs=0.021)
    assert len(samples) - len(capped) == pytest.approx((0.9 - DEMO_MAX_PAUSE) * SR, abs=0.021 * SR)
    assert np.array_equal(capped[: int(1.3 * SR)], samples[: int(1.3 * SR)])  # lead and first sentence kept
    assert np.array_equal(capped[-int(0.7 * SR) :], samples[-int(0.7 * SR) :])  # the end kept


def test_short_pauses_and_silent_edges_are_left_as_they_are():
    samples = np.concatenate([silence(1.0), tone(0.5), silence(0.3), tone(0.5), silence(1.0)])
    assert np.array_equal(capped_pauses(samples, SR), samples)
    assert np.array_equal(capped_pauses(silence(0.5), SR), silence(0.5))
