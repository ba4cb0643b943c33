"""Reading, converting and writing audio files.

Everything inside voicecoach works on float32 samples in [-1, 1]. Files are read with
soundfile (WAV, FLAC, OGG, MP3 where libsndfile has it) and, failing that, with PyAV (which
faster-whisper already depends on) for MP3/M4A and friends. Resampling is a windowed-sinc
polyphase filter written with numpy alone, so no new heavy dependency comes in.

Long recordings are never held whole: :func:`blocks_16k` decodes a file block by block
(``soundfile.blocks``, or PyAV's frames) and resamples each channel with the streaming
resampler, and :class:`SampleStore` keeps a 16 kHz track in an unlinked temporary file, so a
two-hour call costs disk, not memory, and any stretch of it can be read back.
"""

from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import numpy as np

from voicecoach.adapters.file_modes import chmod_like_open
from voicecoach.core.audio_ops import SAMPLE_RATE, StreamResampler, resample
from voicecoach.core.errors import Said, UserError, one_line

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
        reason = Said("it is a folder") if path.is_dir() else Said("no such file")
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
        raise _unreadable(path, _why(path, sndfile_reason)) from None
    except Exception as second:
        raise _unreadable(path, _why(path, sndfile_reason, one_line(second))) from None
    return _normalised(samples, rate)


def to_mono(audio: Audio, channel: int | None = None) -> Audio:
    """One channel of ``audio`` (0 = left, 1 = right), or the mean of all when ``channel`` is None."""
    if audio.samples.ndim == 1:
        if channel is not None:
            raise UserError(
                "channel {channel} asked for, but the audio is mono; leave out the channel option", channel=channel
            )
        return audio
    channels = audio.samples.shape[1]
    if channel is None:
        mono = audio.samples.mean(axis=1)
    elif 0 <= channel < channels:
        mono = audio.samples[:, channel]
    else:
        raise UserError(
            "channel {channel} asked for, but the audio has {channels} channels; use 0 (left) to {value}",
            channel=channel,
            channels=channels,
            value=channels - 1,
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
        raise UserError(
            "{path}: cannot write '{value}' audio; name the file .wav or .flac", path=path, value=suffix or "no suffix"
        )
    file_format, subtype = _WRITE_FORMATS[suffix]
    data = np.clip(np.asarray(samples, dtype=np.float32), -1.0, 1.0)
    import soundfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=suffix, dir=path.parent)
    except OSError as error:
        raise UserError(
            "{path}: cannot write audio ({error}); choose a writable folder", path=path, error=one_line(error)
        ) from None
    os.close(handle)
    try:
        soundfile.write(temp_name, data, int(sample_rate), format=file_format, subtype=subtype)
        chmod_like_open(temp_name)  # mkstemp made it 0600
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return path


# -- long files, block by block --------------------------------------------------------------------

#: Seconds of audio decoded at a time by :func:`blocks_16k` (at 48 kHz stereo: 3.8 MB of float32).
BLOCK_SECONDS = 10.0


@dataclass
class BlockStats:
    """What :func:`blocks_16k` saw while decoding: filled in as the blocks are read.

    ``nonfinite`` counts NaN/Inf samples of the file (``nonfinite_per_channel`` per channel) (each set to 0 before
    resampling, so one bad sample cannot spread over the filter's length); ``frames`` counts
    the file's frames at its own rate; ``channels`` and ``sample_rate`` are the file's."""

    channels: int = 0
    sample_rate: int = 0
    frames: int = 0
    nonfinite: int = 0
    nonfinite_per_channel: list[int] = field(default_factory=list)


def blocks_16k(
    path: str | os.PathLike[str], stats: BlockStats | None = None, block_seconds: float = BLOCK_SECONDS
) -> Iterator[np.ndarray]:
    """Decode ``path`` block by block: float32 blocks of shape ``(n, channels)`` at 16 kHz.

    Memory stays at a few blocks whatever the file's length. NaN/Inf samples become 0 and are
    counted in ``stats``; samples are clipped to [-1, 1]. A file that cannot be opened or fails
    part-way is a ``UserError`` naming the fix (one line)."""
    path = Path(path)
    stats = stats if stats is not None else BlockStats()
    resamplers: list[StreamResampler] = []
    produced = 0
    for raw, rate in _raw_blocks(path, block_seconds):
        if not resamplers:
            stats.channels, stats.sample_rate = raw.shape[1], rate
            stats.nonfinite_per_channel = [0] * raw.shape[1]
            resamplers = [StreamResampler(rate, SAMPLE_RATE) for _ in range(raw.shape[1])]
        stats.frames += len(raw)
        bad = ~np.isfinite(raw)
        if bad.any():
            stats.nonfinite += int(bad.sum())
            for index, bad_here in enumerate(bad.sum(axis=0)):
                stats.nonfinite_per_channel[index] += int(bad_here)
            raw = np.where(bad, np.float32(0.0), raw)
        np.clip(raw, -1.0, 1.0, out=raw)
        block = _stack([resampler.process(raw[:, index]) for index, resampler in enumerate(resamplers)])
        if len(block):
            produced += len(block)
            yield block
    if not resamplers:
        return
    # the resampler holds back its last few samples until it sees what follows: flush with silence
    total = -(-stats.frames * SAMPLE_RATE // stats.sample_rate)
    tail = _stack(
        [resampler.process(np.zeros(resampler.context + resampler.step, np.float32)) for resampler in resamplers]
    )
    tail = tail[: max(0, total - produced)]
    if len(tail):
        yield tail


class SampleStore:
    """A 16 kHz float32 track kept in an unlinked temporary file (disk, not memory).

    Build it with :meth:`append`; then ``len(store)`` is its length in samples and
    ``store[a:b]`` reads that stretch back as a float32 array (zeros past the end), so it can
    stand wherever an array of samples is sliced. :meth:`blocks` reads it in order. Close it
    (or use ``with``) to give back the disk space."""

    def __init__(self, folder: str | os.PathLike[str] | None = None):
        try:
            self._file: IO[bytes] = tempfile.TemporaryFile(prefix="voicecoach-track-", dir=folder)  # noqa: SIM115
        except OSError as error:
            raise UserError(
                "cannot make a temporary file for the audio ({error}); free space in {gettempdir}",
                error=one_line(error),
                gettempdir=tempfile.gettempdir(),
            ) from None
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def __enter__(self) -> SampleStore:
        return self

    def __exit__(self, *_exc: Any) -> None:
        self.close()

    def close(self) -> None:
        self._file.close()

    def append(self, samples: np.ndarray) -> None:
        """Add samples (mono, any float dtype) at the end."""
        data = np.ascontiguousarray(samples, dtype=np.float32).reshape(-1)
        self._file.seek(self._length * 4)
        try:
            self._file.write(data.tobytes())
        except OSError as error:
            raise UserError(
                "cannot keep the audio in a temporary file ({error}); free space in {gettempdir} or set TMPDIR to a roomier folder",
                error=one_line(error),
                gettempdir=tempfile.gettempdir(),
            ) from None
        self._length += len(data)

    def pad_to(self, length: int, block: int = SAMPLE_RATE * 60) -> None:
        """Append silence until the store holds ``length`` samples."""
        while self._length < length:
            self.append(np.zeros(min(block, length - self._length), np.float32))

    def read(self, start: int, end: int) -> np.ndarray:
        """Samples ``start`` to ``end`` (zeros where that reaches outside the track)."""
        start, end = int(start), int(end)
        out = np.zeros(max(0, end - start), np.float32)
        lo, hi = max(0, start), min(self._length, end)
        if hi > lo:
            self._file.seek(lo * 4)
            out[lo - start : hi - start] = np.frombuffer(self._file.read((hi - lo) * 4), np.float32)
        return out

    def __getitem__(self, item: slice) -> np.ndarray:
        if not isinstance(item, slice) or item.step not in (None, 1):
            raise TypeError("a SampleStore is read in plain slices: store[start:end]")
        start, end, _ = item.indices(self._length)
        return self.read(start, max(start, end))

    def blocks(self, size: int = int(SAMPLE_RATE * BLOCK_SECONDS)) -> Iterator[tuple[int, np.ndarray]]:
        """``(first sample, samples)`` of consecutive blocks of ``size`` samples, in order."""
        for start in range(0, self._length, size):
            yield start, self.read(start, min(self._length, start + size))


# -- internals ---------------------------------------------------------------------------------


def _stack(columns: list[np.ndarray]) -> np.ndarray:
    length = min((len(column) for column in columns), default=0)
    return np.stack([column[:length] for column in columns], axis=1) if columns else np.zeros((0, 0), np.float32)


def _raw_blocks(path: Path, block_seconds: float) -> Iterator[tuple[np.ndarray, int]]:
    """``(samples (n, channels) float32, rate)`` blocks at the file's own rate."""
    if not path.is_file():
        raise _unreadable(path, Said("it is a folder") if path.is_dir() else Said("no such file"))
    import soundfile

    try:
        handle = soundfile.SoundFile(str(path))
    except Exception as first:  # libsndfile refuses many containers; PyAV gets a second try
        yield from _raw_blocks_av(path, block_seconds, one_line(first))
        return
    with handle:
        rate = int(handle.samplerate)
        if rate <= 0 or handle.channels <= 0:
            raise _unreadable(
                path, Said("{channels:# channel|# channels} at {rate} Hz", channels=handle.channels, rate=rate)
            )
        size = max(1, int(rate * block_seconds))
        while True:
            try:
                block = handle.read(size, dtype="float32", always_2d=True)
            except Exception as error:
                raise _unreadable(path, _part_way(error)) from None
            if not len(block):
                return
            yield block, rate


def _raw_blocks_av(path: Path, block_seconds: float, sndfile_reason: str) -> Iterator[tuple[np.ndarray, int]]:
    try:
        import av
    except ImportError:
        raise _unreadable(path, _why(path, sndfile_reason)) from None
    try:
        container = av.open(str(path))
    except Exception as error:
        raise _unreadable(path, _why(path, sndfile_reason, one_line(error))) from None
    with container:
        if not container.streams.audio:
            raise _unreadable(path, _why(path, sndfile_reason, NO_STREAM))
        try:
            stream = container.streams.audio[0]
            rate = int(stream.codec_context.sample_rate or stream.rate)
            converter = av.AudioResampler(format="fltp", layout=stream.layout.name, rate=rate)
        except Exception as error:  # a stream PyAV lists but cannot decode (a damaged header)
            raise _unreadable(path, _why(path, sndfile_reason, one_line(error))) from None
        pending: list[np.ndarray] = []
        held = 0
        size = max(1, int(rate * block_seconds))
        try:
            for frame in itertools.chain(container.decode(stream), [None]):
                for converted in converter.resample(frame):
                    planar = converted.to_ndarray()
                    pending.append(np.ascontiguousarray(planar.T, dtype=np.float32))
                    held += planar.shape[1]
                if held >= size or (frame is None and held):
                    yield np.concatenate(pending), rate
                    pending, held = [], 0
        except UserError:
            raise
        except Exception as error:
            raise _unreadable(path, _part_way(error)) from None


def _normalised(samples: np.ndarray, rate: int) -> Audio:
    samples = np.asarray(samples, dtype=np.float32)
    if samples.ndim == 2 and samples.shape[1] == 1:
        samples = samples[:, 0]
    return Audio(np.ascontiguousarray(samples), rate)


def _read_with_av(path: Path) -> tuple[np.ndarray, int]:
    import av

    with av.open(str(path)) as container:
        if not container.streams.audio:
            raise ValueError(NO_STREAM)
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
        raise ValueError(EMPTY_STREAM)
    planar = np.concatenate(pieces, axis=1)  # (channels, n)
    if channels == 1 or planar.shape[0] == 1:
        return planar[0], int(rate)
    return planar.T, int(rate)


NO_STREAM = "the file has no audio stream"
EMPTY_STREAM = "the audio stream is empty"


def _why(path: Path, *errors: str) -> Said:
    """Why an audio file cannot be read, said in the UI language (the decoders speak English):
    an empty file, no permission, no audio in it, a format no decoder knows, or else the decoders'
    own words after a plain statement. ``errors``: the one-line messages of libsndfile and PyAV."""
    raw = "; ".join(errors)
    low = raw.lower()
    try:
        size = path.stat().st_size
    except OSError:
        size = -1
    if size == 0:
        return Said("the file is empty, 0 bytes")
    if "permission denied" in low or "errno 13" in low:
        return Said("no permission to read it")
    if NO_STREAM in low:
        return Said("the file has no audio in it")
    if EMPTY_STREAM in low:
        return Said("its audio track is empty")
    if "format not recognised" in low and ("invalid data" in low or len(errors) == 1):
        return Said("it is not audio, or in a format neither decoder knows")
    return Said("the decoders refused it: {detail}", detail=raw)


def _part_way(error: BaseException) -> Said:
    """A file that breaks off part-way (damaged or cut short), with the decoder's words for experts."""
    return Said("it is damaged part-way ({detail})", detail=one_line(error))


def _unreadable(path: Path, reason: object) -> UserError:
    return UserError("{path}: cannot read audio ({reason}); use a WAV/FLAC/OGG/MP3 file", path=path, reason=reason)
