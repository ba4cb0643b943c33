"""Trimming, fading, loudness and the stop-on-silence rule for recorded lines (numpy only)."""

from __future__ import annotations

import numpy as np
import pytest

from voicecoach.core.audio_ops import (
    FLOOR_DB,
    SilenceStop,
    fade,
    frame_levels,
    normalize_loudness,
    peak_db,
    prepare_line,
    rms_db,
    trim_silence,
)

RATE = 16000


def sine(seconds: float, amplitude: float = 0.5, frequency: float = 220.0) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    return (amplitude * np.sin(2 * np.pi * frequency * t)).astype(np.float32)


def silence(seconds: float, noise: float = 0.0, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return (noise * rng.standard_normal(int(seconds * RATE))).astype(np.float32)


def test_levels_of_known_signals() -> None:
    assert rms_db(sine(1.0, amplitude=1.0)) == pytest.approx(-3.01, abs=0.01)
    assert peak_db(sine(1.0, amplitude=0.5)) == pytest.approx(-6.02, abs=0.01)
    assert rms_db(np.zeros(100, np.float32)) == FLOOR_DB == peak_db(np.zeros(0))
    levels = frame_levels(np.concatenate([silence(0.1), sine(0.1, 1.0)]), RATE)
    assert len(levels) == 10 and levels[0] == FLOOR_DB and levels[-1] == pytest.approx(-3.01, abs=0.1)


@pytest.mark.parametrize(
    ("lead", "speech", "tail", "noise"),
    [
        (1.0, 0.8, 2.0, 0.0),  # digital silence
        (0.5, 1.5, 0.5, 0.001),  # headset hiss at -60 dBFS
        (0.0, 1.0, 0.0, 0.0),  # nothing to trim but the pad
        (2.0, 0.3, 0.1, 0.01),  # loud hiss (-40 dBFS): above the -45 dB threshold, below floor + 12 dB
    ],
)
def test_trim_keeps_the_speech_and_a_short_pad(lead: float, speech: float, tail: float, noise: float) -> None:
    take = np.concatenate([silence(lead, noise, 1), sine(speech), silence(tail, noise, 2)])
    trimmed = trim_silence(take, RATE, pad_seconds=0.1)
    expected = min(lead, 0.1) + speech + min(tail, 0.1)
    assert len(trimmed) / RATE == pytest.approx(expected, abs=0.021)
    assert rms_db(trimmed) >= rms_db(take)


def test_trim_of_silence_is_empty() -> None:
    assert trim_silence(silence(1.0, 0.0), RATE).size == 0
    assert trim_silence(silence(1.0, 0.002), RATE).size == 0  # -54 dBFS hiss only
    assert trim_silence(np.zeros(0, np.float32), RATE).size == 0
    assert prepare_line(silence(1.0), RATE).size == 0


def test_fade_starts_and_ends_at_zero() -> None:
    faded = fade(np.ones(1000, np.float32), RATE, seconds=0.01)
    assert faded[0] == 0.0 and faded[-1] == 0.0 and faded[500] == 1.0
    assert np.all(np.diff(faded[:160]) > 0)


@pytest.mark.parametrize("amplitude", [0.01, 0.1, 0.9])
def test_normalize_reaches_the_rms_target(amplitude: float) -> None:
    out = normalize_loudness(sine(1.0, amplitude), target_rms_db=-20.0)
    assert rms_db(out) == pytest.approx(-20.0, abs=0.05)
    assert peak_db(out) <= -1.0 + 1e-6


def test_normalize_never_clips_a_peaky_take() -> None:
    take = sine(1.0, 0.05)
    take[8000] = 0.9  # one click far above the speech
    out = normalize_loudness(take, target_rms_db=-20.0, peak_limit_db=-1.0)
    assert peak_db(out) == pytest.approx(-1.0, abs=0.01)
    assert rms_db(out) < -20.0


def test_normalize_limits_gain_and_leaves_silence() -> None:
    assert rms_db(normalize_loudness(sine(1.0, 0.0001), max_gain_db=30.0)) == pytest.approx(
        rms_db(sine(1.0, 0.0001)) + 30.0, abs=0.05
    )
    assert not normalize_loudness(np.zeros(100, np.float32)).any()


def test_prepare_line_trims_and_normalises_stereo() -> None:
    mono = np.concatenate([silence(1.0), sine(1.0, 0.05), silence(1.0)])
    out = prepare_line(np.stack([mono, mono], axis=1), RATE)
    assert out.ndim == 1 and len(out) / RATE == pytest.approx(1.24, abs=0.03)
    assert rms_db(out) == pytest.approx(-20.0, abs=0.3)
    assert out.dtype == np.float32


def feed_in_blocks(stop: SilenceStop, audio: np.ndarray, block: int = 1024) -> float | None:
    """Seconds into ``audio`` at which ``stop`` says done, or None."""
    for start in range(0, len(audio), block):
        if stop.feed(audio[start : start + block]):
            return (start + len(audio[start : start + block])) / RATE
    return None


def test_silence_stop_waits_for_speech_then_for_silence() -> None:
    audio = np.concatenate([silence(3.0), sine(1.0), silence(3.0)])
    stopped = feed_in_blocks(SilenceStop(RATE, silence_seconds=1.5), audio)
    assert stopped == pytest.approx(4.0 + 1.5, abs=0.07)


def test_silence_stop_ignores_a_click_and_honours_max_seconds() -> None:
    click = sine(0.05)  # shorter than min_speech_seconds
    audio = np.concatenate([silence(1.0), click, silence(5.0)])
    stop = SilenceStop(RATE, silence_seconds=1.0, max_seconds=4.0)
    assert feed_in_blocks(stop, audio) == pytest.approx(4.0, abs=0.07)
    assert not stop.speech_heard


def test_silence_stop_pauses_inside_a_line_do_not_end_it() -> None:
    audio = np.concatenate([sine(1.0), silence(0.8), sine(1.0), silence(2.0)])
    assert feed_in_blocks(SilenceStop(RATE, silence_seconds=1.2), audio) == pytest.approx(2.8 + 1.2, abs=0.07)
