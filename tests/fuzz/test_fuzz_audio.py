"""Audio headers: random bytes, truncated and bit-flipped WAV/FLAC/OGG/AIFF go to the audio
reader; it returns audio or says one line, never a traceback."""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz.checks import result_or_one_line
from tests.fuzz.strategies import damaged, good_audio
from voicecoach.adapters.audio_files import Audio, blocks_16k, read_audio

SUFFIXES = [".wav", ".flac", ".ogg", ".aiff", ".mp3", ""]


def check_reader(raw: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"take{suffix}"
        path.write_bytes(raw)
        result = result_or_one_line(lambda: read_audio(path))
        if isinstance(result, Audio):
            assert result.sample_rate > 0 and result.samples.dtype == np.float32
        blocks = result_or_one_line(lambda: [block.shape for block in blocks_16k(path)])
        if isinstance(blocks, list):
            assert all(len(shape) == 2 for shape in blocks)


@given(raw=st.binary(max_size=600), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_are_audio_or_one_line(raw: bytes, suffix: str) -> None:
    check_reader(raw, suffix)


@given(data=st.data(), raw=good_audio, suffix=st.sampled_from(SUFFIXES))
def test_damaged_audio_headers_are_audio_or_one_line(data: st.DataObject, raw: bytes, suffix: str) -> None:
    head = data.draw(damaged(raw[:64]))  # the header is where a reader trusts what it is told
    check_reader(head + raw[64:], suffix)
