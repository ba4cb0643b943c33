"""Reading, converting and writing audio files (real files, real decoders)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from voicecoach.adapters.audio_files import (
    Audio,
    load_16k,
    read_audio,
    resample,
    to_mono,
    write_audio,
)
from voicecoach.core.errors import UserError


def _tone(frequency: float, rate: int, seconds: float = 1.0) -> np.ndarray:
    t = np.arange(int(rate * seconds)) / rate
    return (0.5 * np.sin(2 * np.pi * frequency * t)).astype(np.float32)


def test_reads_real_speech_as_float32_mono(realspeech: Path) -> None:
    audio = read_audio(realspeech / "en_jfk.wav")
    assert audio.sample_rate == 16_000
    assert audio.samples.dtype == np.float32 and audio.samples.ndim == 1
    assert audio.duration == pytest.approx(11.0, abs=0.1)
    assert 0.05 < float(np.abs(audio.samples).max()) <= 1.0


def test_stereo_keeps_channels_and_to_mono_picks_one(realspeech: Path) -> None:
    audio = read_audio(realspeech / "en_stereo_two_channels.wav")
    assert audio.channels == 2 and audio.samples.shape[1] == 2
    left, right = to_mono(audio, 0), to_mono(audio, 1)
    assert left.samples.ndim == right.samples.ndim == 1
    # README: left speaks 0-4.5 s, right only 0-2.3 s, so the right channel is quiet at 3-4 s.
    late = slice(3 * audio.sample_rate, 4 * audio.sample_rate)
    assert np.abs(left.samples[late]).mean() > 5 * np.abs(right.samples[late]).mean()
    mixed = to_mono(audio)
    np.testing.assert_allclose(mixed.samples, audio.samples.mean(axis=1), atol=1e-6)


def test_channel_options_that_do_not_fit_are_user_errors(realspeech: Path) -> None:
    with pytest.raises(UserError, match="mono"):
        to_mono(read_audio(realspeech / "en_jfk.wav"), 1)
    with pytest.raises(UserError, match="has 2 channels"):
        to_mono(read_audio(realspeech / "en_stereo_two_channels.wav"), 2)


@pytest.mark.parametrize(
    ("from_rate", "to_rate"), [(22050, 16000), (48000, 16000), (44100, 16000), (16000, 22050), (8000, 16000)]
)
def test_resample_keeps_a_tone_in_band(from_rate: int, to_rate: int) -> None:
    out = resample(_tone(1000, from_rate), from_rate, to_rate)
    assert out.dtype == np.float32
    assert len(out) == -(-from_rate * to_rate // from_rate)  # ceil(n * to / from) for one second
    expected = _tone(1000, to_rate)[: len(out)]
    inner = slice(100, len(out) - 100)  # the edges see the zero padding
    assert np.abs(out[inner] - expected[inner]).max() < 2e-3


def test_resample_removes_what_the_new_rate_cannot_hold() -> None:
    # 12 kHz is above the 8 kHz Nyquist limit of 16 kHz audio: it must not fold back as a tone.
    out = resample(_tone(12_000, 44_100), 44_100, 16_000)
    assert np.sqrt(np.mean(out[200:-200] ** 2)) < 1e-3


def test_resample_two_channels_and_same_rate() -> None:
    stereo = np.stack([_tone(500, 22050), _tone(700, 22050)], axis=1)
    out = resample(stereo, 22050, 16000)
    assert out.shape == (16000, 2)
    np.testing.assert_allclose(out[100:-100, 0], resample(stereo[:, 0], 22050, 16000)[100:-100])
    same = resample(stereo[:, 0], 16000, 16000)
    assert same is not stereo[:, 0] and np.array_equal(same, stereo[:, 0])
    assert len(resample(np.zeros(0, np.float32), 22050, 16000)) == 0


def test_load_16k_converts_rate_and_channels(tmp_path: Path) -> None:
    stereo = np.stack([_tone(440, 44_100, 0.5), _tone(440, 44_100, 0.5)], axis=1)
    write_audio(tmp_path / "stereo.wav", stereo, 44_100)
    samples = load_16k(tmp_path / "stereo.wav")
    assert samples.dtype == np.float32 and samples.ndim == 1
    assert len(samples) == 8000
    right = load_16k(tmp_path / "stereo.wav", channel=1)
    assert np.abs(right - samples).max() < 1e-3


@pytest.mark.parametrize("suffix", [".wav", ".flac"])
def test_write_round_trips_atomically_into_new_folders(tmp_path: Path, suffix: str) -> None:
    target = tmp_path / "new" / "deeper" / f"clip{suffix}"
    samples = _tone(300, 22050, 0.3)
    assert write_audio(target, samples, 22050) == target
    back = read_audio(target)
    assert back.sample_rate == 22050
    assert np.abs(back.samples - samples).max() <= 1 / 32767
    write_audio(target, samples * 0.5, 22050)  # replaces the file in place
    assert np.abs(read_audio(target).samples - samples * 0.5).max() <= 1 / 32767
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]  # no temp files left


def test_write_refuses_other_formats(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"\.wav or \.flac"):
        write_audio(tmp_path / "clip.mp3", np.zeros(10, np.float32), 16000)


def test_unreadable_and_missing_files_name_the_fix(tmp_path: Path) -> None:
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"RIFF\x00\x00\x00\x00WAVEnot really audio")
    for path in (broken, tmp_path / "missing.wav", tmp_path):
        with pytest.raises(UserError) as caught:
            read_audio(path)
        message = str(caught.value)
        assert message.startswith(f"{path}: cannot read audio (")
        assert message.endswith("use a WAV/FLAC/OGG/MP3 file") and "\n" not in message
    with pytest.raises(UserError, match="no such file"):
        read_audio(tmp_path / "missing.wav")


def test_containers_libsndfile_lacks_are_read_with_pyav(tmp_path: Path) -> None:
    av = pytest.importorskip("av")
    path = tmp_path / "tone.m4a"
    tone = _tone(440, 44_100)
    with av.open(str(path), "w") as container:
        stream = container.add_stream("aac", rate=44_100)
        stream.layout = "stereo"
        frame = av.AudioFrame.from_ndarray(np.stack([tone, tone]), format="fltp", layout="stereo")
        frame.sample_rate = 44_100
        for packet in [*stream.encode(frame), *stream.encode(None)]:
            container.mux(packet)
    audio = read_audio(path)
    assert isinstance(audio, Audio) and audio.sample_rate == 44_100 and audio.channels == 2
    assert audio.duration == pytest.approx(1.0, abs=0.1)
    assert 0.3 < float(np.abs(audio.samples).max()) < 0.7
