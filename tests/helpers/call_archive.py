"""Stereo call recordings built from the real-speech recordings (``../shared/realspeech``), for
``voicecoach batch``'s tests and benchmark: the customer on the left channel, the agent on the
right, each speaking in turn (and, where asked, the agent cutting in), in folders per agent."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

RATE = 16000


def clip(realspeech: Path, name: str, start: float = 0.0, end: float | None = None) -> np.ndarray:
    """Mono 16 kHz float32 samples of ``name`` (the left channel of a stereo file) from ``start`` to ``end`` s."""
    import soundfile

    samples, rate = soundfile.read(str(realspeech / name), dtype="float32", always_2d=True)
    assert rate == RATE, f"{name}: {rate} Hz"
    mono = samples[:, 0]
    return mono[int(start * RATE) : None if end is None else int(end * RATE)]


def make_call(path: Path, turns: Sequence[tuple[str, float, np.ndarray]], tail: float = 1.0) -> Path:
    """Write a stereo WAV: each turn is (``"customer"`` | ``"agent"``, start s, samples); the
    customer on the left channel, the agent on the right. Returns ``path``."""
    import soundfile

    length = max(int(start * RATE) + len(samples) for _who, start, samples in turns) + int(tail * RATE)
    stereo = np.zeros((length, 2), dtype=np.float32)
    for who, start, samples in turns:
        first = int(start * RATE)
        stereo[first : first + len(samples), 0 if who == "customer" else 1] += samples
    path.parent.mkdir(parents=True, exist_ok=True)
    soundfile.write(str(path), stereo, RATE, subtype="PCM_16")
    return path


def small_archive(realspeech: Path, folder: Path) -> dict[str, Path]:
    """Three short calls under ``folder/<agent>/`` and one broken file: ``{name: path}``.
    ``anna/polite.wav``: the agent waits for the customer's end; ``ben/cuts-in.wav``: the agent
    starts 3 s into the customer's 11 s line; ``ben/second.wav``: two exchanges; ``anna/broken.wav``:
    not audio."""
    jfk = clip(realspeech, "en_jfk.wav")
    license_en = clip(realspeech, "en_license_read.wav", 0.0, 9.0)
    horizon = clip(realspeech, "en_stereo_two_channels.wav", 0.0, 4.6)
    calls = {
        "polite": make_call(folder / "anna" / "polite.wav", [("customer", 0.5, jfk), ("agent", 12.3, license_en)]),
        "cuts_in": make_call(folder / "ben" / "cuts-in.wav", [("customer", 0.5, jfk), ("agent", 3.5, license_en)]),
        "second": make_call(
            folder / "ben" / "second.wav",
            [("customer", 0.3, horizon), ("agent", 5.6, license_en), ("customer", 15.5, jfk), ("agent", 27.2, horizon)],
        ),
    }
    broken = folder / "anna" / "broken.wav"
    broken.write_bytes(b"RIFF\x00\x00\x00\x00WAVEnot really audio" * 10)
    calls["broken"] = broken
    return calls
