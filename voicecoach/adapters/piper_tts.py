"""The customer's voice: scenario lines rendered with Piper, or played from a trainer's recording.

Every line is made speakable first (:mod:`voicecoach.core.speakable`: "Nr. 4711" -> "Nummer
siebenundvierzig elf", emoji dropped). A customer always speaks the scenario's language: when
no installed Piper voice speaks it (German without de_DE-thorsten-medium, the offline case),
SVOX Pico's voice for that language reads the line (``adapters/pico_tts.py``; of the voices that
can be had here the one Whisper base understands best, ``docs/benchmarks.md``), else espeak-ng's
(``adapters/espeak_tts.py``), never the English voice; the clip's note says once, in the UI
language, which natural voice to install. Without either the Piper stand-in phonemizes the line
in the scenario's language.

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

from voicecoach.adapters import espeak_tts, pico_tts
from voicecoach.adapters.audio_files import read_audio, to_mono, write_audio
from voicecoach.adapters.library import LoadedScenario
from voicecoach.adapters.models import (
    VoiceChoice,
    choose_voice,
    default_voice,
    get_piper_voice,
    import_piper,
    is_voice_name,
)
from voicecoach.adapters.number_words import speakable_text
from voicecoach.adapters.settings import Settings, load_settings, save_settings, user_cache_dir
from voicecoach.core.errors import UserError, spoken_language
from voicecoach.core.scenario import Step
from voicecoach.core.speakable import speech_problem
from voicecoach.core.speech_chunks import speech_chunks
from voicecoach.core.words import say
from voicecoach.core.words.voices import VOICE_NOTES

#: Bump when the rendering changes, so old cached clips are not reused.
_CACHE_VERSION = "2"


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
        self._said: set[str] = set()

    def render_text(
        self,
        text: str,
        *,
        language: str,
        voice: str | None = None,
        speaker: int | None = None,
        rate: float = 1.0,
        gender: str | None = None,
    ) -> Clip:
        """Speak ``text`` in ``language`` with ``voice`` (name or ``.onnx`` path; default per language).

        The text is made speakable first. When the voice found does not speak ``language``,
        espeak-ng's voice for it speaks (``gender`` picks a variant where one is measured), and
        the clip's ``note`` (the first time only) says which voice to install. Raises UserError
        for text with nothing to speak.
        """
        if not " ".join(text.split()):
            raise ValueError("render_text needs some text")
        if rate <= 0:
            raise ValueError(f"rate must be positive, got {rate}")
        spoken = speakable_text(text, language)
        if not any(char.isalpha() for char in spoken):
            problem = speech_problem(text, language)
            raise UserError(problem) if problem else UserError("'{text}' has no words to speak", text=text[:40])
        choice = choose_voice(voice, language=language, settings=self.settings)
        engine = _engine(choice, language, gender)
        note = self._note(choice, engine, language)
        key = _cache_key(choice, speaker, rate, spoken, engine)
        cached = self.cache_dir / f"{key}.flac"
        if cached.is_file():
            try:
                audio = to_mono(read_audio(cached))
            except UserError:
                cached.unlink(missing_ok=True)  # a damaged cache file: render again below
            else:
                return Clip(audio.samples, audio.sample_rate, engine.label, note, spoken, from_cache=True)
        if isinstance(engine, espeak_tts.EspeakVoice):
            samples, rate_hz = espeak_tts.synthesize(spoken, engine, rate=rate)
        elif isinstance(engine, pico_tts.PicoVoice):
            samples, rate_hz = pico_tts.synthesize(spoken, engine, rate=rate)
        else:
            with self._lock:
                samples, rate_hz = piper_samples(choice, spoken, speaker, rate, engine.pronounce)
        write_audio(cached, samples, rate_hz)
        return Clip(samples, rate_hz, engine.label, note, spoken)

    def _note(self, choice: VoiceChoice, engine: _Engine, language: str) -> str | None:
        """What to tell the user about a stand-in voice, in the UI language: once for a language
        spoken by a stand-in (the first voice to install named, ``voicecoach models`` lists the
        rest), once for each other missing voice; remembered in the settings (not again in the
        next call or the next session)."""
        ui = self.settings.ui_language or spoken_language()
        if not isinstance(engine, _PiperEngine) or engine.pronounce is not None:
            wanted = choice.wanted if is_voice_name(choice.wanted) else default_voice(language, self.settings)
            note = say(VOICE_NOTES, f"stand_in.{language}", ui, wanted=wanted, used=engine.label)
            wanted = f"stand-in:{language}"  # said once for the language, not once per persona's voice
        elif choice.note is not None:
            kind = "missing" if is_voice_name(choice.wanted) else "missing_file"
            wanted = choice.wanted
            note = say(VOICE_NOTES, kind, ui, wanted=choice.wanted, used=choice.voice.name)
        else:
            return None
        with self._lock:
            if wanted in self._said:
                return None
            self._said.add(wanted)
            return None if _told_before(wanted) else note

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

    def _persona_line(self, loaded: LoadedScenario, text: str) -> Clip:
        persona = loaded.scenario.persona
        return self.render_text(
            text,
            language=loaded.scenario.language,
            voice=persona_voice(loaded),
            speaker=persona.speaker,
            rate=persona.rate,
            gender=persona.form_gender,
        )


def piper_samples(
    choice: VoiceChoice, text: str, speaker: int | None, rate: float, pronounce: str | None
) -> tuple[np.ndarray, int]:
    """``(float32 samples, Hz)`` of ``text`` by the Piper voice of ``choice``; ``pronounce``: espeak-ng
    phonemes of another language (e.g. "de") instead of the voice's own. Not thread-safe per voice."""
    import_piper()
    from piper import SynthesisConfig

    voice = _loaded_voice(str(choice.voice.model), str(choice.voice.config), pronounce)
    speakers = int(voice.config.num_speakers)
    if speaker is not None and speakers <= 1:
        speaker = None  # a single-speaker voice (e.g. the fallback) has no speaker ids
    elif speaker is not None and speaker >= speakers:
        raise UserError(
            "voice {name} has speakers 0 to {value}, not {speaker}; fix persona.speaker",
            name=choice.voice.name,
            value=speakers - 1,
            speaker=speaker,
        )
    config = SynthesisConfig(speaker_id=speaker, length_scale=float(voice.config.length_scale) / rate)
    with _quiet_piper():
        pieces = [  # in bounded pieces: one long sentence would take GBs (core/speech_chunks.py)
            chunk.audio_float_array
            for part in speech_chunks(text)
            for chunk in voice.synthesize(part, syn_config=config)
        ]
    if not pieces:
        raise UserError(
            "voice {name} produced no audio for '{text}'; check the text", name=choice.voice.name, text=text[:40]
        )
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
    text: str,
    *,
    language: str,
    voice: str | None = None,
    speaker: int | None = None,
    rate: float = 1.0,
    gender: str | None = None,
) -> Clip:
    return default_speaker().render_text(
        text, language=language, voice=voice, speaker=speaker, rate=rate, gender=gender
    )


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


@dataclass(frozen=True)
class _PiperEngine:
    """Piper speaks the line; ``pronounce``: espeak-ng phonemes of the line's language when the voice speaks another."""

    name: str
    pronounce: str | None = None

    @property
    def label(self) -> str:
        return self.name


def _told_before(voice: str) -> bool:
    """True when the app has already said how to install ``voice`` (``settings.voice_notes_said``);
    else it is remembered there now. A settings file that cannot be read or written only means
    the note may come again."""
    try:
        settings = load_settings()
        if voice in settings.voice_notes_said:
            return True
        save_settings(settings.model_copy(update={"voice_notes_said": [*settings.voice_notes_said, voice]}))
    except (UserError, OSError) as error:
        logging.getLogger(__name__).info("cannot remember the voice note for %s: %s", voice, error)
    return False


#: Who speaks a line: Piper, or a stand-in for a language no installed Piper voice speaks.
_Engine = _PiperEngine | pico_tts.PicoVoice | espeak_tts.EspeakVoice


def _voice_language(choice: VoiceChoice) -> str | None:
    """``de`` for de_DE-thorsten-medium; None for an oddly named voice file (trust its own configuration)."""
    name = choice.voice.name
    return name.split("_")[0] if is_voice_name(name) else None


def speaking_voice(voice: str | None, language: str, settings: Settings, gender: str | None = None) -> str:
    """The label of who reads a ``language`` line when ``voice`` is wanted: that Piper voice when
    installed, else the stand-in that really speaks (``SVOX Pico de-DE``, ``espeak-ng de``, a Piper
    voice of the language). Raises UserError as :func:`choose_voice` does."""
    return _engine(choose_voice(voice, language=language, settings=settings), language, gender).label


def _engine(choice: VoiceChoice, language: str, gender: str | None) -> _Engine:
    """Who speaks a ``language`` line: the Piper voice when it speaks the language, else SVOX Pico's
    voice for the language, else espeak-ng's, else the Piper voice with the language's phonemes
    (the order of how well Whisper base understood them, ``benchmarks/german_voice.py``)."""
    spoken = _voice_language(choice)
    if spoken is None or spoken == language or language not in espeak_tts.ESPEAK_VOICES:
        return _PiperEngine(choice.voice.name)
    pico = pico_tts.pico_voice(language, gender)
    if pico is not None:
        return pico
    if espeak_tts.espeak_path() is not None:
        return espeak_tts.espeak_voice(language, gender)
    return _PiperEngine(f"{choice.voice.name} ({language} phonemes)", espeak_tts.ESPEAK_VOICES[language])


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


def _cache_key(choice: VoiceChoice, speaker: int | None, rate: float, text: str, engine: _Engine) -> str:
    if isinstance(engine, espeak_tts.EspeakVoice):
        who = f"espeak-ng:{engine.name}:{espeak_tts.ESPEAK_WPM}"
    elif isinstance(engine, pico_tts.PicoVoice):
        who = f"pico:{engine.name}"
    else:
        who = f"{choice.voice.identity}:{engine.pronounce}"
    material = "\n".join((_CACHE_VERSION, who, str(speaker), f"{rate:.4f}", text))
    return hashlib.sha256(material.encode("utf-8")).hexdigest()[:32]
