"""Smart Turn v3.2: the end-of-turn model that hears whether a reply is finished.

pipecat's Smart Turn v3.2 (``smart-turn-v3.2-cpu.onnx``, 8.7 MB, 23 languages including German
and English) classifies the last 8 s of a speaker's audio as a finished or an unfinished turn
from how the speech ends (intonation, pace, filler words), in about 10-30 ms on one CPU core.

Where the model comes from: the ``pipecat-ai`` wheel on PyPI carries it as package data
(``pipecat/audio/turn/smart_turn/data/``). ``scripts/setup.sh`` installs that wheel with
``--no-deps``: pipecat's own 29 dependencies (numba, openai, aiohttp, ...) are not needed,
because pipecat is never imported here; the file is found with ``importlib.util.find_spec``
(which does not run the package) and run with onnxruntime. Offline by construction. When the
file is missing, :func:`load_end_of_turn` returns None with a one-line note and the live call
keeps the plain silence rule.

Licences: the model and pipecat are BSD-2-Clause (Daily); the feature extraction below follows
pipecat's numpy port of Hugging Face's ``WhisperFeatureExtractor`` (Apache-2.0). Both are
compatible with voicecoach's GPL-3.0-or-later.

Preprocessing (as pipecat's ``LocalSmartTurnAnalyzerV3._predict_endpoint``): the last 8 s of
16 kHz audio, zero-padded at the start to exactly 128000 samples; zero-mean unit-variance
normalisation of the waveform; centred (reflect-padded) STFT, 400-sample periodic Hann window,
hop 160; power spectrum through an 80-band Slaney mel filterbank (0-8 kHz); log10 with a floor
of 1e-10; the last frame dropped; clipped to 8 below the maximum; ``(x + 4) / 4``. Input
``input_features`` float32 ``(1, 80, 800)``; output a sigmoid probability ``(1, 1)``.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
import threading
from pathlib import Path
from typing import Any

import numpy as np

from voicecoach.core.audio_ops import SAMPLE_RATE
from voicecoach.core.end_of_turn import EndOfTurn
from voicecoach.core.errors import UserError, one_line

log = logging.getLogger(__name__)

MODEL_FILE = "smart-turn-v3.2-cpu.onnx"
#: The wheel that carries the model, and the command that installs only it.
PIPECAT_WHEEL = "pipecat-ai==1.14.0"
INSTALL_HINT = f".venv/bin/pip install --no-deps '{PIPECAT_WHEEL}'"
#: Inside the ``pipecat`` package.
_MODEL_FOLDER = ("audio", "turn", "smart_turn", "data")

WINDOW_SAMPLES = 8 * SAMPLE_RATE
"""The model's input: 8 s at 16 kHz."""
_N_FFT = 400
_HOP = 160
_N_MELS = 80


def model_path() -> Path | None:
    """The installed Smart Turn v3.2 ONNX file, or None when ``pipecat-ai`` is not installed.

    Found through ``importlib.util.find_spec("pipecat")``, which locates the package without
    running its ``__init__`` (pipecat's dependencies are not installed)."""
    try:
        spec = importlib.util.find_spec("pipecat")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        candidate = Path(location).joinpath(*_MODEL_FOLDER, MODEL_FILE)
        if candidate.is_file():
            return candidate
    return None


def _hz_to_mel(freq: np.ndarray) -> np.ndarray:
    """Slaney mel scale: linear below 1 kHz, logarithmic above."""
    freq = np.atleast_1d(np.asarray(freq, np.float64))
    mels = 3.0 * freq / 200.0
    high = freq >= 1000.0
    mels[high] = 15.0 + np.log(freq[high] / 1000.0) * (27.0 / np.log(6.4))
    return mels


def _mel_to_hz(mels: np.ndarray) -> np.ndarray:
    mels = np.atleast_1d(np.asarray(mels, np.float64))
    freq = 200.0 * mels / 3.0
    high = mels >= 15.0
    freq[high] = 1000.0 * np.exp((np.log(6.4) / 27.0) * (mels[high] - 15.0))
    return freq


@functools.lru_cache(maxsize=1)
def _mel_filters() -> np.ndarray:
    """The Slaney-normalised triangular filterbank, ``(201, 80)`` float64 (Whisper's)."""
    bins = _N_FFT // 2 + 1
    edges = _mel_to_hz(
        np.linspace(_hz_to_mel(np.array([0.0]))[0], _hz_to_mel(np.array([SAMPLE_RATE / 2]))[0], _N_MELS + 2)
    )
    fft_freqs = np.linspace(0, SAMPLE_RATE // 2, bins)
    slopes = edges[None, :] - fft_freqs[:, None]
    widths = np.diff(edges)
    down = -slopes[:, :-2] / widths[:-1]
    up = slopes[:, 2:] / widths[1:]
    filters = np.maximum(0.0, np.minimum(down, up))
    return filters * (2.0 / (edges[2 : _N_MELS + 2] - edges[:_N_MELS]))[None, :]


@functools.lru_cache(maxsize=1)
def _hann() -> np.ndarray:
    return np.hanning(_N_FFT + 1)[:-1]  # periodic, as torch.hann_window


def window(audio16k: np.ndarray) -> np.ndarray:
    """The model's 8 s input: the last 128000 samples, zero-padded at the start. float32 ``(128000,)``."""
    audio = np.asarray(audio16k, np.float32).reshape(-1)[-WINDOW_SAMPLES:]
    if len(audio) < WINDOW_SAMPLES:
        audio = np.concatenate([np.zeros(WINDOW_SAMPLES - len(audio), np.float32), audio])
    return audio


def log_mel(audio16k: np.ndarray) -> np.ndarray:
    """Whisper log-mel features of the 8 s :func:`window` of ``audio16k``: float32 ``(80, 800)``.

    Bit for bit the steps of ``transformers.WhisperFeatureExtractor(chunk_length=8)`` with
    ``do_normalize=True``, as pipecat computes them (see the module docstring)."""
    x = window(audio16k)
    x = (x - x.mean()) / np.sqrt(x.var() + np.float32(1e-7))  # in float32, as the reference
    padded = np.pad(x.astype(np.float64), (_N_FFT // 2, _N_FFT // 2), mode="reflect")
    frames = np.lib.stride_tricks.sliding_window_view(padded, _N_FFT)[::_HOP]
    power = np.abs(np.fft.rfft(frames * _hann(), axis=-1)) ** 2  # (801, 201)
    mel = np.log10(np.maximum(1e-10, _mel_filters().T @ power.T))[:, :-1]  # (80, 800)
    mel = np.maximum(mel, mel.max() - 8.0)
    return ((mel + 4.0) / 4.0).astype(np.float32)


class SmartTurn:
    """Smart Turn v3.2 on onnxruntime (one CPU thread); implements
    :class:`voicecoach.core.end_of_turn.EndOfTurn`. ``probability`` is thread-safe.

    Raises ``UserError`` naming the install command when the model or onnxruntime is missing."""

    def __init__(self, path: str | Path | None = None) -> None:
        found = Path(path) if path is not None else model_path()
        if found is None or not found.is_file():
            raise UserError(
                "the end-of-turn model {MODEL_FILE} is not installed; install it with: {INSTALL_HINT}",
                MODEL_FILE=MODEL_FILE,
                INSTALL_HINT=INSTALL_HINT,
            )
        self.path = found
        self._session = _session(str(found))
        self._lock = threading.Lock()

    def probability(self, audio16k: np.ndarray) -> float:
        """How likely the reply ending ``audio16k`` (float32 mono 16 kHz, pause included) is
        finished, in [0, 1]; only the last 8 s count."""
        features = log_mel(audio16k)[None, :, :]
        outputs = self._session.run(None, {"input_features": features})
        return float(np.asarray(outputs[0]).reshape(-1)[0])


@functools.lru_cache(maxsize=2)
def _session(path: str) -> Any:
    """One onnxruntime session per model file for the whole process (``run`` is thread-safe)."""
    try:
        import onnxruntime
    except ImportError:
        raise UserError(
            "the end-of-turn model needs onnxruntime; install it with: .venv/bin/pip install onnxruntime"
        ) from None
    options = onnxruntime.SessionOptions()
    options.inter_op_num_threads = 1
    options.intra_op_num_threads = 1  # pipecat's default cpu_count=1; Whisper needs the other cores
    options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.log_severity_level = 4
    return onnxruntime.InferenceSession(path, providers=["CPUExecutionProvider"], sess_options=options)


def load_end_of_turn(path: str | Path | None = None) -> tuple[EndOfTurn | None, str]:
    """The end-of-turn model for a live call, or ``(None, note)`` when it is not installed.

    The note is one English line for the log and the turn notes (the call goes on with the
    silence rule; nothing the user must act on during a call)."""
    try:
        return SmartTurn(path), ""
    except UserError as error:
        return None, f"{error} (the reply ends after a fixed silence meanwhile)"
    except Exception as error:  # noqa: BLE001 - a broken model file must not stop a call
        log.warning("end-of-turn model failed to load", exc_info=True)
        return (
            None,
            f"the end-of-turn model could not be loaded ({one_line(error)}); the reply ends after a fixed silence",
        )


__all__ = ["INSTALL_HINT", "MODEL_FILE", "SmartTurn", "load_end_of_turn", "log_mel", "model_path", "window"]
