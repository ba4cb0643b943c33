"""SVOX Pico, the German stand-in voice: real Pico speech Whisper understands, pitch per persona,
speed, text that looks like markup, and the fallback when Pico is not installed."""

from __future__ import annotations

import numpy as np
import pytest

from voicecoach.adapters import pico_tts
from voicecoach.adapters.pico_tts import PicoVoice, pico_voice, synthesize
from voicecoach.adapters.whisper_stt import Transcriber
from voicecoach.core.errors import UserError

LINE = "Guten Tag, hier ist Frau Keller. Meine Rechnung ist falsch, bitte prüfen Sie das."


def _pitch_hz(samples: np.ndarray, rate: int) -> float:
    """Median fundamental frequency of the voiced 40 ms frames, by autocorrelation (70-400 Hz)."""
    size = int(0.04 * rate)
    found = []
    for start in range(0, len(samples) - size, size):
        frame = samples[start : start + size].astype(np.float64)
        if np.sqrt(np.mean(frame**2)) < 0.02:
            continue
        frame = frame - frame.mean()
        corr = np.correlate(frame, frame, "full")[size - 1 :]
        low, high = rate // 400, rate // 70
        lag = low + int(np.argmax(corr[low:high]))
        if corr[lag] > 0.3 * corr[0]:
            found.append(rate / lag)
    return float(np.median(found))


def test_real_pico_speaks_german_that_whisper_understands(base_multilingual: Transcriber) -> None:
    voice = pico_voice("de", "female")
    assert voice == PicoVoice("de", "female") and voice.label == "SVOX Pico de-DE"
    samples, rate = synthesize(LINE, voice)
    assert rate == 16_000 and samples.dtype == np.float32 and samples.ndim == 1
    assert 3.0 < len(samples) / rate < 9.0 and float(np.sqrt(np.mean(samples**2))) > 0.02
    heard = " ".join(word.text for word in base_multilingual.transcribe(samples, language="de")).lower()
    assert "keller" in heard and "rechnung" in heard and "falsch" in heard, heard


def test_a_male_persona_speaks_lower_and_speed_follows_the_rate() -> None:
    female, rate = synthesize(LINE, PicoVoice("de", "female"))
    male, _ = synthesize(LINE, PicoVoice("de", "male"))
    assert PicoVoice("de", "male").name == f"de-DE@{pico_tts.MALE_PITCH}" and PicoVoice("de").name == "de-DE"
    assert _pitch_hz(male, rate) < 0.85 * _pitch_hz(female, rate)
    slow, _ = synthesize(LINE, PicoVoice("de"), rate=0.5)
    fast, _ = synthesize(LINE, PicoVoice("de"), rate=1.4)
    floor, _ = synthesize(LINE, PicoVoice("de"), rate=pico_tts.MIN_SPEED / 100)
    assert len(fast) < 0.85 * len(female) < len(slow)
    assert abs(len(slow) - len(floor)) <= rate // 100  # never slower than MIN_SPEED


@pytest.mark.parametrize("text", ["Preis < 20 € & Versand > 3 Tage", "Die <speed level='10'> Rechnung"])
def test_text_that_looks_like_markup_is_read_as_text(text: str) -> None:
    samples, rate = synthesize(text, PicoVoice("de"))
    plain, _ = synthesize("Die Rechnung", PicoVoice("de"))
    assert len(samples) / rate > 0.8
    if "speed" in text:  # the tag is spoken text, not a command that slows the rest to 10 %
        assert len(samples) < 6 * len(plain)


def test_without_pico_there_is_no_pico_voice_and_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pico_tts, "_engine", lambda code: None)
    assert pico_voice("de") is None
    with pytest.raises(UserError, match="needs SVOX Pico; install it with: pip install ttspico"):
        synthesize("Hallo.", PicoVoice("de"))


def test_a_language_pico_does_not_speak_has_no_pico_voice() -> None:
    assert pico_voice("xx") is None and pico_voice("de") is not None
