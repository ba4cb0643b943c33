"""The customer's voice: real Piper speech, the render cache, fallbacks and recorded lines."""

from __future__ import annotations

import textwrap
from pathlib import Path

import numpy as np
import pytest

from voicecoach.adapters import espeak_tts, pico_tts
from voicecoach.adapters.audio_files import read_audio, resample, write_audio
from voicecoach.adapters.library import SHIPPED_DIR, load_file
from voicecoach.adapters.piper_tts import Speaker
from voicecoach.adapters.settings import Settings, user_cache_dir
from voicecoach.adapters.whisper_stt import Transcriber
from voicecoach.core.errors import UserError

pytestmark = pytest.mark.real_models

LINE = "My order number is four seven one one, and the parcel is late."


def _rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(samples, dtype=np.float64))))


def _heard(clip, transcriber: Transcriber) -> str:  # noqa: ANN001
    words = transcriber.transcribe(resample(clip.samples, clip.sample_rate, 16_000), language="en")
    return " ".join(word.text for word in words).lower()


def _scenario(folder: Path, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "scenario.yaml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def test_real_voice_speaks_the_line(tiny_en: Transcriber) -> None:
    clip = Speaker(Settings()).render_text(LINE, language="en")
    assert clip.voice == "en_US-joe-medium" and clip.note is None and not clip.from_cache
    assert clip.samples.dtype == np.float32 and clip.samples.ndim == 1
    assert clip.sample_rate == 22_050
    assert 2.0 < clip.duration < 8.0  # about 13 words at a normal pace
    assert _rms(clip.samples) > 0.03  # speech, not silence
    heard = _heard(clip, tiny_en)
    assert "order" in heard and "parcel" in heard and "late" in heard


def test_second_render_is_a_cache_hit() -> None:
    speaker = Speaker(Settings())
    first = speaker.render_text("Thanks, that is all.", language="en")
    cached = list((user_cache_dir() / "tts").glob("*.flac"))
    assert len(cached) == 1
    again = Speaker(Settings()).render_text("Thanks,  that is all.", language="en")  # a fresh speaker, same line
    assert again.from_cache and not first.from_cache
    assert again.sample_rate == first.sample_rate and len(again.samples) == len(first.samples)
    assert np.abs(again.samples - first.samples).max() <= 1 / 32767  # 16-bit FLAC
    other_rate = speaker.render_text("Thanks, that is all.", language="en", rate=1.5)
    assert not other_rate.from_cache and other_rate.duration < first.duration


def test_german_scenario_without_a_german_voice_speaks_german(base_multilingual: Transcriber) -> None:
    loaded = load_file(SHIPPED_DIR / "late-delivery-de.yaml")
    wanted = loaded.scenario.persona.voice
    assert wanted is not None and wanted.startswith("de_DE-")  # a German voice, not installed here
    speaker = Speaker(Settings(ui_language="de"))
    first = speaker.render_step(loaded, loaded.scenario.turns[0])
    assert first.voice == "SVOX Pico de-DE"  # German; never en_US-joe reading German
    assert first.note is not None and first.note.startswith("Keine deutsche Piper-Stimme installiert")
    assert f"voicecoach models pull {wanted}" in first.note
    assert "siebenundvierzig elf" in first.text  # speakable: "4711" as a German speaker groups it
    heard = " ".join(
        word.text
        for word in base_multilingual.transcribe(resample(first.samples, first.sample_rate, 16_000), language="de")
    ).lower()
    assert "kinderwagen" in heard and "woche" in heard, heard
    step = next(step for step in loaded.scenario.turns if step.interjection is not None)
    clip = speaker.render_step(loaded, step)
    assert clip.voice == "SVOX Pico de-DE" and clip.note is None  # the note is said once
    assert 1.5 < clip.duration < 12.0 and _rms(clip.samples) > 0.03
    interjection = speaker.render_interjection(loaded, step)
    assert interjection is not None and interjection.voice == "SVOX Pico de-DE"
    assert speaker.render_interjection(loaded, loaded.scenario.turns[0]) is None


def test_the_stand_in_note_speaks_the_ui_language() -> None:
    clip = Speaker(Settings(ui_language="en")).render_text("Guten Tag, Herr Becker hier.", language="de", gender="male")
    assert clip.voice == "SVOX Pico de-DE"
    assert clip.note == (
        "No German Piper voice is installed: the stand-in voice SVOX Pico de-DE speaks (clear, but artificial). "
        "de_DE-thorsten-medium sounds natural; install it with: voicecoach models pull de_DE-thorsten-medium "
        "(voicecoach models lists every missing voice)"
    )


def test_without_pico_espeak_speaks_german(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pico_tts, "pico_voice", lambda language, gender=None: None)
    clip = Speaker(Settings(ui_language="de")).render_text("Guten Tag, Herr Becker hier.", language="de")
    assert clip.voice == "espeak-ng de" and clip.note is not None and "espeak-ng de" in clip.note
    assert clip.sample_rate == 22_050 and _rms(clip.samples) > 0.03


def test_without_pico_and_espeak_german_is_still_german_phonemes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pico_tts, "pico_voice", lambda language, gender=None: None)
    monkeypatch.setattr(espeak_tts, "espeak_path", lambda: None)
    clip = Speaker(Settings(ui_language="de")).render_text("Guten Tag.", language="de")
    assert clip.voice == "en_US-joe-medium (de phonemes)" and clip.note is not None
    assert clip.duration > 0.3 and _rms(clip.samples) > 0.03


def test_text_with_nothing_to_speak_is_a_clear_error() -> None:
    with pytest.raises(UserError, match="no words to speak"):
        Speaker(Settings()).render_text("...", language="de")
    clip = Speaker(Settings()).render_text("Thanks 😀", language="en")
    assert clip.text == "Thanks"


def test_recorded_line_replaces_tts(tmp_path: Path, realspeech: Path) -> None:
    recording = read_audio(realspeech / "en_jfk.wav")
    write_audio(tmp_path / "sc" / "line1.wav", recording.samples[: 2 * 16_000], 16_000)
    path = _scenario(
        tmp_path / "sc",
        """\
        id: recorded-en
        title: Recorded line
        language: en
        brief: {situation: A test., goal: Listen.}
        persona: {name: Pat, voice: en_US-nobody-medium}
        turns:
          - say: And so my fellow Americans.
            audio: line1.wav
        """,
    )
    loaded = load_file(path)
    clip = Speaker(Settings()).render_step(loaded, loaded.scenario.turns[0])
    assert clip.voice == "recording line1.wav" and clip.note is None
    assert clip.sample_rate == 16_000 and clip.duration == pytest.approx(2.0, abs=0.01)
    np.testing.assert_allclose(clip.samples, recording.samples[: 2 * 16_000], atol=1 / 32767)


def test_prerender_fills_the_cache(tmp_path: Path) -> None:
    path = _scenario(
        tmp_path / "pre",
        """\
        id: prerender-en
        title: Prerender
        language: en
        brief: {situation: A test., goal: Listen.}
        persona: {name: Pat, rate: 1.2, speaker: 3, protest: "Let me finish."}
        turns:
          - say: Hello there.
          - say: I want a refund.
            interjection: {say: Wait a moment., at: 1.0}
        """,
    )
    loaded = load_file(path)
    clips = Speaker(Settings()).prerender(loaded)
    assert [clip.text for clip in clips] == ["Hello there.", "I want a refund.", "Wait a moment.", "Let me finish."]
    assert all(not clip.from_cache and clip.duration > 0.3 for clip in clips)
    again = Speaker(Settings()).render_step(loaded, loaded.scenario.turns[1])
    assert again.from_cache


def test_missing_voice_file_falls_back_or_fails_clearly(tmp_path: Path) -> None:
    clip = Speaker(Settings()).render_text("Hello.", language="en", voice=str(tmp_path / "gone.onnx"))
    assert clip.voice == "en_US-joe-medium" and "not found" in clip.note
    stranded = Speaker(Settings(fallback_voice="xx_XX-nobody-low", voices={"en": "en_US-nobody-low"}))
    with pytest.raises(UserError, match="voicecoach models pull"):
        stranded.render_text("Hello.", language="en", voice="en_GB-nobody-medium")
