"""espeak-ng, the German stand-in voice: real espeak-ng speech, variants, clear errors."""

from __future__ import annotations

import numpy as np
import pytest

from voicecoach.adapters import espeak_tts
from voicecoach.adapters.espeak_tts import EspeakVoice, espeak_voice, synthesize
from voicecoach.core.errors import UserError


def test_real_espeak_speaks_german() -> None:
    samples, rate = synthesize("Guten Tag, hier ist Frau Keller.", espeak_voice("de", "female"))
    assert rate == 22_050 and samples.dtype == np.float32 and samples.ndim == 1
    assert 1.0 < len(samples) / rate < 5.0
    assert float(np.sqrt(np.mean(np.square(samples)))) > 0.02
    faster, _ = synthesize("Guten Tag, hier ist Frau Keller.", espeak_voice("de", "female"), rate=1.4)
    assert len(faster) < 0.85 * len(samples)
    slowest, _ = synthesize("Guten Tag, hier ist Frau Keller.", espeak_voice("de", "female"), rate=0.5)
    floor, _ = synthesize("Guten Tag, hier ist Frau Keller.", espeak_voice("de", "female"), rate=0.93)
    assert len(slowest) == len(floor)  # never below ESPEAK_MIN_WPM (140 = 150 x 0.93)


def test_voice_per_gender(monkeypatch: pytest.MonkeyPatch) -> None:
    # measured: the plain German voice for everyone (the female variant was understood far worse)
    assert espeak_voice("de", "female") == espeak_voice("de", "male") == EspeakVoice("de")
    assert espeak_voice("de", None).label == "espeak-ng de"
    monkeypatch.setitem(espeak_tts.ESPEAK_VARIANTS, "female", "f3")
    assert espeak_voice("de", "female").label == "espeak-ng de+f3" and espeak_voice("de", "diverse").name == "de"
    female, _ = synthesize("Hallo.", espeak_voice("de", "female"))
    plain, _ = synthesize("Hallo.", espeak_voice("de", "male"))
    assert len(female) != len(plain) or not np.allclose(female, plain)


def test_missing_espeak_names_the_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(espeak_tts.shutil, "which", lambda _name: None)
    with pytest.raises(UserError, match="apt-get install espeak-ng"):
        synthesize("Hallo.", EspeakVoice("de"))


def test_an_unknown_voice_is_a_clear_error() -> None:
    with pytest.raises(UserError, match="espeak-ng could not speak"):
        synthesize("Hallo.", EspeakVoice("xx-nope"))
