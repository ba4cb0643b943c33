"""The customer's voice: scenario lines rendered with Piper, or played from a trainer's recording.

Rendered lines are kept in the user cache (``tts/``) as FLAC, keyed by the voice files, the
speaker, the rate and the text, so a scenario starts without waiting and a second render of
the same line is read from disk.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from voicecoach.adapters.audio_files import read_audio, to_mono, write_audio
from voicecoach.adapters.library import LoadedScenario
from voicecoach.adapters.models import VoiceChoice, choose_voice, get_piper_voice, import_piper
from voicecoach.adapters.settings import Settings, load_settings, user_cache_dir
from voicecoach.core.errors import UserError
from voicecoach.core.scenario import Step

#: Bump when the rendering changes, so old cached clips are not reused.
_CACHE_VERSION = "1"
#: espeak-ng pronunciation per scenario language, used when a stand-in voice of another
#: language reads the line (so "4711" is read out in German, not in English).
_ESPEAK_VOICES = {"de": "de", "en": "en-us"}


@dataclass(frozen=True)
class Clip:
    """Customer audio ready to play: float32 mono samples at ``sample_rate``."""

    samples: np.ndarray
    sample_rate: int
    voice: str
    """The voice actually used (a Piper voice name, or ``recording <file>``)."""
    note: str | None = None
    """Why the voice is not the one the scenario wants, and how to get that one."""
    text: str = ""
    from_cache: bool = False

    @property
    def duration(self) -> float:
        return len(self.samples) / self.sample_rate if self.sample_rate else 0.0


class Speaker:
    """Renders customer lines: the scenario's voice where installed, else the fallback voice."""

    def __init__(self, settings: Settings | None = None, cache_dir: Path | None = None):
        self.settings = settings if settings is not None else load_settings()
        self.cache_dir = cache_dir if cache_dir is not None else user_cache_dir() / "tts"
        self._lock = threading.Lock()

    def render_text(
        self,
        text: str,
        *,
        language: str,
        voice: str | None = None,
        speaker: int | None = None,
        rate: float = 1.0,
    ) -> Clip:
        """Speak ``text`` with ``voice`` (name or ``.onnx`` path; default per language)."""
        text = " ".join(text.split())
        if not text:
            raise ValueError("render_text needs some text")
        if rate <= 0:
            raise ValueError(f"rate must be positive, got {rate}")
        choice = choose_voice(voice, language=language, settings=self.settings)
        pronounce = _pronunciation(choice, language)
        key = _cache_key(choice, speaker, rate, text, pronounce)
        cached = self.cache_dir / f"{key}.flac"
        if cached.is_file():
            try:
                audio = to_mono(read_audio(cached))
            except UserError:
                cached.unlink(missing_ok=True)  # a damaged cache file: render again below
            else:
                return Clip(audio.samples, audio.sample_rate, choice.voice.name, choice.note, text, from_cache=True)
        samples, rate_hz = self._synthesize(choice, text, speaker, rate, pronounce)
        write_audio(cached, samples, rate_hz)
        return Clip(samples, rate_hz, choice.voice.name, choice.note, text)

    def render_step(self, loaded: LoadedScenario, step: Step) -> Clip:
        """A scenario turn's line: its recording when the step has ``audio``, else Piper."""
        if step.audio:
            return _recording(loaded, step.audio, step.say)
        return self._persona_line(loaded, step.say)

    def render_interjection(self, loaded: LoadedScenario, step: Step) -> Clip | None:
        """The line that cuts into the trainee's reply, if the step has one."""
        if step.interjection is None:
            return None
        if step.interjection.audio:
            return _recording(loaded, step.interjection.audio, step.interjection.say)
        return self._persona_line(loaded, step.interjection.say)

    def prerender(self, loaded: LoadedScenario) -> list[Clip]:
        """Render every line and interjection (and the persona's own protest), filling the cache."""
        clips: list[Clip] = []
        for step in loaded.scenario.turns:
            clips.append(self.render_step(loaded, step))
            interjection = self.render_interjection(loaded, step)
            if interjection is not None:
                clips.append(interjection)
        if loaded.scenario.persona.protest:
            clips.append(self._persona_line(loaded, loaded.scenario.persona.protest))
        return clips

    def voice_for(self, loaded: LoadedScenario) -> VoiceChoice:
        """Which voice a scenario will be spoken with (and the note when it is a stand-in)."""
        scenario = loaded.scenario
        return choose_voice(persona_voice(loaded), language=scenario.language, settings=self.settings)

    def _persona_line(self, loaded: LoadedScenario, text: str) -> Clip:
        persona = loaded.scenario.persona
        return self.render_text(
            text,
            language=loaded.scenario.language,
            voice=persona_voice(loaded),
            speaker=persona.speaker,
            rate=persona.rate,
        )

    def _synthesize(
        self, choice: VoiceChoice, text: str, speaker: int | None, rate: float, pronounce: str | None
    ) -> tuple[np.ndarray, int]:
        import_piper()
        from piper import SynthesisConfig

        voice = _loaded_voice(str(choice.voice.model), str(choice.voice.config), pronounce)
        speakers = int(voice.config.num_speakers)
        if speaker is not None and speakers <= 1:
            speaker = None  # a single-speaker voice (e.g. the fallback) has no speaker ids
        elif speaker is not None and speaker >= speakers:
            raise UserError(
                f"voice {choice.voice.name} has speakers 0 to {speakers - 1}, not {speaker}; fix persona.speaker"
            )
        config = SynthesisConfig(speaker_id=speaker, length_scale=float(voice.config.length_scale) / rate)
        with self._lock, _quiet_piper():
            pieces = [chunk.audio_float_array for chunk in voice.synthesize(text, syn_config=config)]
        if not pieces:
            raise UserError(f"voice {choice.voice.name} produced no audio for '{text[:40]}'; check the text")
        samples = np.concatenate(pieces).astype(np.float32, copy=False)
        return samples, int(voice.config.sample_rate)


_default: Speaker | None = None


def default_speaker() -> Speaker:
    """One shared speaker with the user's settings (for callers that do not build their own)."""
    global _default
    if _default is None:
        _default = Speaker()
    return _default


def render_step(loaded: LoadedScenario, step: Step) -> Clip:
    return default_speaker().render_step(loaded, step)


def render_text(
    text: str, *, language: str, voice: str | None = None, speaker: int | None = None, rate: float = 1.0
) -> Clip:
    return default_speaker().render_text(text, language=language, voice=voice, speaker=speaker, rate=rate)


def prerender(loaded: LoadedScenario) -> list[Clip]:
    return default_speaker().prerender(loaded)


def persona_voice(loaded: LoadedScenario) -> str | None:
    """The persona's voice; a relative ``.onnx`` path is taken from the scenario's folder."""
    voice = loaded.scenario.persona.voice
    if voice and voice.endswith(".onnx") and not Path(voice).is_absolute():
        return str(loaded.audio_path(voice))
    return voice


def _recording(loaded: LoadedScenario, relative: str, text: str) -> Clip:
    path = loaded.audio_path(relative)
    audio = to_mono(read_audio(path))
    return Clip(audio.samples, audio.sample_rate, f"recording {relative}", None, text)


def _pronunciation(choice: VoiceChoice, language: str) -> str | None:
    """The espeak voice to read ``language`` with, when the voice itself speaks another language."""
    wanted = _ESPEAK_VOICES.get(language)
    if wanted is None or choice.voice.name.split("_")[0] == language:
        return None
    if not choice.voice.name[:2].isalpha() or "_" not in choice.voice.name:
        return None  # an oddly named voice file: trust its own configuration
    return wanted


@functools.lru_cache(maxsize=8)
def _loaded_voice(model: str, config: str, espeak_voice: str | None):  # noqa: ANN202 - PiperVoice
    """The loaded voice; with ``espeak_voice``, a copy sharing its ONNX session that phonemizes another language."""
    voice = get_piper_voice(model, config)
    if espeak_voice is None:
        return voice
    return dataclasses.replace(voice, config=dataclasses.replace(voice.config, espeak_voice=espeak_voice))


class _NoMissingPhonemes(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("Missing phoneme")


_MISSING_PHONEMES = _NoMissingPhonemes()


@contextlib.contextmanager
def _quiet_piper() -> Iterator[None]:
    """Piper warns once per phoneme a voice lacks; with a stand-in voice that is expected."""
    logger = logging.getLogger("piper.phoneme_ids")
    logger.addFilter(_MISSING_PHONEMES)
    try:
        yield
    finally:
        logger.removeFilter(_MISSING_PHONEMES)


def _cache_key(choice: VoiceChoice, speaker: int | None, rate: float, text: str, pronounce: str | None) -> str:
    material = "\n".join((_CACHE_VERSION, choice.voice.identity, str(speaker), f"{rate:.4f}", str(pronounce), text))
    return hashlib.sha256(material.encode("utf-8")).hexdigest()[:32]
