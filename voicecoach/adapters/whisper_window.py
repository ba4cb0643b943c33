"""A shorter encoder window for short audio: Whisper's encoder on the speech plus a margin.

faster-whisper pads every piece of audio to Whisper's 30 s window (``pad_or_trim``: 3000
feature frames, zeros after the audio) before the encoder runs, so a 2 s reply costs as much as
30 s. CTranslate2's encoder takes any even number of frames up to 3000; whisper.cpp exposes the
same idea as ``audio_ctx``. ``windowed_model_class`` is faster-whisper's model with an encoder
that cuts the padding to a margin while a decode runs inside ``encoder_window(frames)``; the
margin keeps some of the padding Whisper was trained with, so it still hears where speech ends
(measured in docs/benchmarks.md "Encoder window").
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Iterator
from typing import Any

import numpy as np

#: The margin (feature frames) of the decode running in this thread; None: the whole window.
_margin = threading.local()


def trimmed_features(features: np.ndarray, margin_frames: int) -> np.ndarray:
    """Whisper features ``(n_mels, frames)`` or ``(batch, n_mels, frames)`` cut ``margin_frames``
    after the last frame that holds sound (faster-whisper's padding is exact zeros), rounded up
    to an even count (the encoder's convolution halves it). The same array when nothing would be
    cut."""
    batch = features if features.ndim == 3 else features[None]
    sounding = np.flatnonzero(np.any(batch != 0, axis=(0, 1)))
    content = int(sounding[-1]) + 1 if len(sounding) else 0
    frames = min(batch.shape[-1], content + max(0, margin_frames))
    frames += frames % 2
    if frames >= features.shape[-1]:
        return features
    return np.ascontiguousarray(features[..., :frames])


@contextlib.contextmanager
def encoder_window(margin_frames: int | None) -> Iterator[None]:
    """Within the block, a ``windowed_model_class`` model in this thread encodes only the sound
    plus ``margin_frames`` of padding (None: faster-whisper's whole window). faster-whisper runs
    the encoder while its segment generator is consumed, so consume it inside the block."""
    before = getattr(_margin, "frames", None)
    _margin.frames = margin_frames
    try:
        yield
    finally:
        _margin.frames = before


@functools.cache
def windowed_model_class(faster_whisper: Any) -> type:
    """faster-whisper's ``WhisperModel`` (from the module ``faster_whisper``) whose ``encode`` cuts
    the padding to the margin of the running ``encoder_window``; outside one it is unchanged."""

    class WindowedWhisperModel(faster_whisper.WhisperModel):  # type: ignore[misc,name-defined]
        def encode(self, features: np.ndarray) -> Any:
            margin = getattr(_margin, "frames", None)
            return super().encode(features if margin is None else trimmed_features(features, margin))

    return WindowedWhisperModel
