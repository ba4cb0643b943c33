"""How long a recording is, from its header, without decoding it (``voicecoach batch`` sums the
hours of an archive before it starts, for its progress bar).

libsndfile (``soundfile``) reads WAV, FLAC, OGG and friends; PyAV (FFmpeg, installed with
faster-whisper) reads the rest (MP3, M4A, ...). Both are imported lazily."""

from __future__ import annotations

import os


def audio_seconds(path: str | os.PathLike[str]) -> float | None:
    """Seconds of audio in ``path`` from its header; None when neither library can tell
    (a broken or non-audio file: the analysis says why, in one line)."""
    try:
        import soundfile

        info = soundfile.info(str(path))
        if info.samplerate > 0 and info.frames >= 0:
            return info.frames / info.samplerate
    except Exception:  # noqa: BLE001 - not a libsndfile format, or damaged: try FFmpeg
        pass
    try:
        import av

        with av.open(str(path)) as container:
            if container.duration is not None:
                return container.duration / 1_000_000  # av.time_base: microseconds
            stream = next(iter(container.streams.audio), None)
            if stream is not None and stream.duration is not None and stream.time_base is not None:
                return float(stream.duration * stream.time_base)
    except Exception:  # noqa: BLE001
        return None
    return None


__all__ = ["audio_seconds"]
