"""Reading, converting and writing audio files.

Everything inside voicecoach works on float32 samples in [-1, 1]. Files are read with
soundfile (WAV, FLAC, OGG, MP3 where libsndfile has it) and, failing that, with PyAV (which
faster-whisper already depends on) for MP3/M4A and friends. Resampling is a windowed-sinc
polyphase filter written with numpy alone, so no new heavy dependency comes in.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from voicecoach.core.audio_ops import SAMPLE_RATE, resample
from voicecoach.core.errors import UserError, one_line

_WRITE_FORMATS = {".wav": ("WAV", "PCM_16"), ".flac": ("FLAC", "PCM_16")}


@dataclass(frozen=True)
class Audio:
    """Decoded audio: ``samples`` float32, shape ``(n,)`` for mono or ``(n, channels)``."""

    samples: np.ndarray
    sample_rate: int

    @property
    def channels(self) -> int:
        return 1 if self.samples.ndim == 1 else int(self.samples.shape[1])

    @property
    def duration(self) -> float:
        """Length in seconds."""
        return len(self.samples) / self.sample_rate if self.sample_rate else 0.0


def read_audio(path: str | os.PathLike[str]) -> Audio:
    """Decode an audio file; a missing or undecodable file is a ``UserError`` naming the fix."""
    path = Path(path)
    if not path.is_file():
        reason = "it is a folder" if path.is_dir() else "no such file"
        raise _unreadable(path, reason)
    try:
        import soundfile

        samples, rate = soundfile.read(str(path), dtype="float32", always_2d=False)
        return _normalised(samples, int(rate))
    except Exception as first:  # libsndfile refuses many containers; PyAV gets a second try
        sndfile_reason = one_line(first)
    try:
        samples, rate = _read_with_av(path)
    except ImportError:
        raise _unreadable(path, sndfile_reason) from None
    except Exception as second:
        raise _unreadable(path, f"{sndfile_reason}; {one_line(second)}") from None
    return _normalised(samples, rate)


def to_mono(audio: Audio, channel: int | None = None) -> Audio:
    """One channel of ``audio`` (0 = left, 1 = right), or the mean of all when ``channel`` is None."""
    if audio.samples.ndim == 1:
        if channel is not None:
            raise UserError(f"channel {channel} asked for, but the audio is mono; leave out the channel option")
        return audio
    channels = audio.samples.shape[1]
    if channel is None:
        mono = audio.samples.mean(axis=1)
    elif 0 <= channel < channels:
        mono = audio.samples[:, channel]
    else:
        raise UserError(
            f"channel {channel} asked for, but the audio has {channels} channels; use 0 (left) to {channels - 1}"
        )
    return Audio(np.ascontiguousarray(mono, dtype=np.float32), audio.sample_rate)


def load_16k(path: str | os.PathLike[str], channel: int | None = None) -> np.ndarray:
    """A file as float32 mono samples at 16 kHz, ready for Whisper and the VAD."""
    audio = to_mono(read_audio(path), channel)
    return resample(audio.samples, audio.sample_rate, SAMPLE_RATE)


def write_audio(path: str | os.PathLike[str], samples: np.ndarray, sample_rate: int) -> Path:
    """Write 16-bit WAV or FLAC (chosen by suffix) atomically; creates parent folders."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in _WRITE_FORMATS:
        raise UserError(f"{path}: cannot write '{suffix or 'no suffix'}' audio; name the file .wav or .flac")
    file_format, subtype = _WRITE_FORMATS[suffix]
    data = np.clip(np.asarray(samples, dtype=np.float32), -1.0, 1.0)
    import soundfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=suffix, dir=path.parent)
    except OSError as error:
        raise UserError(f"{path}: cannot write audio ({one_line(error)}); choose a writable folder") from None
    os.close(handle)
    try:
        soundfile.write(temp_name, data, int(sample_rate), format=file_format, subtype=subtype)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return path


# -- internals ---------------------------------------------------------------------------------


def _normalised(samples: np.ndarray, rate: int) -> Audio:
    samples = np.asarray(samples, dtype=np.float32)
    if samples.ndim == 2 and samples.shape[1] == 1:
        samples = samples[:, 0]
    return Audio(np.ascontiguousarray(samples), rate)


def _read_with_av(path: Path) -> tuple[np.ndarray, int]:
    import av

    with av.open(str(path)) as container:
        if not container.streams.audio:
            raise ValueError("the file has no audio stream")
        stream = container.streams.audio[0]
        rate = stream.codec_context.sample_rate or stream.rate
        channels = stream.codec_context.channels or 1
        converter = av.AudioResampler(format="fltp", layout=stream.layout.name, rate=rate)
        pieces: list[np.ndarray] = []
        for frame in container.decode(stream):
            for converted in converter.resample(frame):
                pieces.append(converted.to_ndarray())
        for converted in converter.resample(None):
            pieces.append(converted.to_ndarray())
    if not pieces:
        raise ValueError("the audio stream is empty")
    planar = np.concatenate(pieces, axis=1)  # (channels, n)
    if channels == 1 or planar.shape[0] == 1:
        return planar[0], int(rate)
    return planar.T, int(rate)


def _unreadable(path: Path, reason: str) -> UserError:
    return UserError(f"{path}: cannot read audio ({reason}); use a WAV/FLAC/OGG/MP3 file")
