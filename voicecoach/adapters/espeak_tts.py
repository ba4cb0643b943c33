"""espeak-ng as the customer's voice for a language no installed Piper voice speaks.

A German scenario without a German Piper voice used to be read by the English Piper voice; a
German listener (and Whisper base) understood little of it. espeak-ng's own German voice is
robotic but German, and of the voices that can be had here it is the one Whisper base
understands best (``benchmarks/german_voice.py``, figures in ``docs/benchmarks.md``). It is
Debian's ``espeak-ng`` program (installed by ``scripts/setup.sh``), run once per line; its
output is 22 050 Hz mono 16-bit WAV on stdout.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import wave
from dataclasses import dataclass

import numpy as np

from voicecoach.core.errors import UserError, one_line

#: espeak-ng voice per language.
ESPEAK_VOICES = {"de": "de", "en": "en-us"}
#: espeak-ng variant per persona gender. Empty: every persona gets the plain voice, because Whisper
#: base understood the female variant de+f3 far worse (word error rate 0.65 against 0.37 for the
#: plain voice on the shipped German lines, benchmarks/german_voice.py); being understood comes
#: before sounding like a woman. A variant that measures as well can be named here.
ESPEAK_VARIANTS: dict[str, str] = {}
#: Words per minute at rate 1.0: the rate Whisper base understood best (benchmarks/german_voice.py).
ESPEAK_WPM = 150
#: Slowest rate used: at 120 wpm Whisper base understood clearly less (word error rate 0.49 against
#: 0.37 at 150, benchmarks/german_voice.py), so a slow persona (rate 0.8) is not slowed below this.
ESPEAK_MIN_WPM = 140
#: Seconds one line may take to render before it counts as a hang.
ESPEAK_TIMEOUT_S = 30.0
INSTALL_HINT = "sudo apt-get install espeak-ng (or run scripts/setup.sh)"


@dataclass(frozen=True)
class EspeakVoice:
    """An espeak-ng voice: ``de`` or ``de+f3`` (language plus variant)."""

    language: str
    variant: str | None = None

    @property
    def name(self) -> str:
        """What espeak-ng's ``-v`` takes, and what the clip names as its voice (``espeak-ng de+f3``)."""
        code = ESPEAK_VOICES.get(self.language, self.language)
        return f"{code}+{self.variant}" if self.variant else code

    @property
    def label(self) -> str:
        """How the user sees it: ``espeak-ng de+f3``."""
        return f"espeak-ng {self.name}"


def espeak_voice(language: str, gender: str | None = None) -> EspeakVoice:
    """The espeak-ng voice for ``language`` and a persona ``gender`` (female/male/diverse/None)."""
    return EspeakVoice(language, ESPEAK_VARIANTS.get(gender or ""))


def espeak_path() -> str | None:
    """The espeak-ng program, or None when it is not installed."""
    return shutil.which("espeak-ng")


def synthesize(text: str, voice: EspeakVoice, *, rate: float = 1.0) -> tuple[np.ndarray, int]:
    """``(float32 mono samples, sample rate in Hz)`` of ``text`` spoken by ``voice``.

    ``rate`` scales :data:`ESPEAK_WPM` (1.0 normal), not below :data:`ESPEAK_MIN_WPM`. Raises
    UserError when espeak-ng is missing, fails or gives no audio.
    """
    program = espeak_path()
    if program is None:
        raise UserError(
            "the German stand-in voice needs espeak-ng; install it with: {INSTALL_HINT}", INSTALL_HINT=INSTALL_HINT
        )
    wpm = max(ESPEAK_MIN_WPM, min(450, round(ESPEAK_WPM * rate)))
    try:
        done = subprocess.run(
            [program, "-v", voice.name, "-s", str(wpm), "--stdout", text],
            capture_output=True,
            timeout=ESPEAK_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise UserError(
            "espeak-ng could not speak the line ({error}); reinstall espeak-ng", error=one_line(error)
        ) from None
    if done.returncode != 0 or not done.stdout:
        message = done.stderr.decode("utf-8", "replace").strip() or f"exit {done.returncode}"
        raise UserError("espeak-ng could not speak the line ({message}); check the text", message=one_line(message))
    return _wav_samples(done.stdout)


def _wav_samples(data: bytes) -> tuple[np.ndarray, int]:
    """espeak-ng's stdout WAV (16-bit mono; its length fields are unset when piped) as float32."""
    try:
        with wave.open(io.BytesIO(data)) as wav:
            rate, width, channels = wav.getframerate(), wav.getsampwidth(), wav.getnchannels()
    except (wave.Error, EOFError) as error:
        raise UserError(
            "espeak-ng gave no readable audio ({error}); reinstall espeak-ng", error=one_line(error)
        ) from None
    if width != 2:
        raise UserError("espeak-ng gave {value}-bit audio, expected 16-bit; reinstall espeak-ng", value=8 * width)
    start = data.find(b"data", 12) + 8  # the samples follow the "data" chunk header, to the end
    body = data[start:]
    pcm = np.frombuffer(body[: len(body) // (2 * channels) * 2 * channels], dtype="<i2")
    if channels > 1:
        pcm = pcm.reshape(-1, channels)[:, 0]
    return pcm.astype(np.float32) / 32768.0, int(rate)
