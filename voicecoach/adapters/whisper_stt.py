"""Speech to words with faster-whisper: word timestamps on the turn's clock.

``get_transcriber(model, device, compute_type, decode=...)`` returns one ``Transcriber`` per
model, settings and decoding for the whole process (the one getter: the live call and
``analyze`` ask it for the same greedy set-up, so a model is loaded once); ``Transcriber.info`` says which model ran where, so results
can carry it in their options.

Two ways to decode: ``transcribe``/``transcribe_full`` (faster-whisper's ``WhisperModel.transcribe``,
30 s windows one after the other; the live call) and ``transcribe_clips`` (faster-whisper's
``BatchedInferencePipeline``: clips of at most 30 s given by the caller, decoded side by side in
batches; ``analyze`` and ``batch``, which know where the speech is).
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Protocol

import numpy as np

from voicecoach.adapters.models import (
    WhisperModelRef,
    get_whisper_model,
    import_faster_whisper,
    resolve_device,
    resolve_whisper,
)
from voicecoach.adapters.settings import Settings
from voicecoach.adapters.whisper_window import encoder_window
from voicecoach.core.audio_ops import SAMPLE_RATE
from voicecoach.core.errors import UserError
from voicecoach.core.repetition import LOOPED_PROBABILITY, find_loops, without_loops
from voicecoach.core.timeline import Word

log = logging.getLogger(__name__)

#: Shorter audio than this is not worth decoding (Whisper invents words for clicks).
_MIN_SECONDS = 0.1
#: Longest clip ``transcribe_clips`` takes (seconds): one Whisper window.
CLIP_SECONDS = 30.0
#: Clips ``transcribe_clips`` hands to the model at once. On 2 CPU cores (tiny.en, int8) the
#: encoder costs about 0.75 CPU s per 30 s window however many are batched; the greedy decoder's
#: steps are shared by the batch (benchmarks/batch_throughput.py, docs/benchmarks.md "Batch").
#: Memory bounds it: the encoder's self-attention holds batch x heads x 1500 x 1500 floats at
#: once (about 430 MB for 8 windows of tiny.en), and 8 took a 2-hour ``analyze --call`` to
#: 1124 MB, over issue 14's 1 GB. 4 windows peaked about 230 MB lower for about 4 % more CPU
#: (docs/benchmarks.md "Analysis memory").
CLIP_BATCH = 4
#: Whisper's feature frames per second (10 ms hop).
_FRAMES_PER_SECOND = 100


@dataclass(frozen=True)
class DecodeOptions:
    """Per-call decoding settings (load-time settings are in ``TranscriberInfo``)."""

    beam_size: int = 5
    """Beams searched; 1 is greedy and faster, 5 is faster-whisper's default."""
    condition_on_previous_text: bool = False
    """Off: a short turn should not inherit (or loop on) text from its own earlier windows."""
    vad_filter: bool = False
    """Off: voicecoach runs its own speech detector and keeps the timeline whole."""
    temperature: float = 0.0
    """0: deterministic, the same audio always gives the same words. faster-whisper's default
    falls back to sampling (0.2, 0.4, ...) on hard audio, so one rendered "mm-hmm" came out as
    "MMM." or "In a month." from run to run, and the judge's verdict with it."""
    hallucination_silence_threshold: float | None = None
    """faster-whisper's: with word timestamps, silence longer than this (seconds) around a
    suspect stretch is skipped (None: off). Measured in benchmarks/german_wer.py."""
    encoder_margin: float | None = None
    """Seconds of Whisper's padding the encoder sees after the audio (None: the whole 30 s
    window Whisper was trained on). faster-whisper pads every piece to 30 s, so a 2 s reply
    costs a full window; cut to its length plus 10 s, tiny.en's last pass of a live reply took
    0.26-0.35 s instead of 0.77-0.85 s and the word error rate stayed the same (shipped
    replies: 7.2 % vs 7.6 % English, 5.7 % vs 5.2 % German; docs/benchmarks.md "Encoder
    window"). The idea is whisper.cpp's ``audio_ctx``; CTranslate2's encoder takes any even
    number of frames up to 3000."""


#: Tokens Whisper may write per window: a fast talker says about 4 words a second, a German word
#: takes up to 2 tokens; more is a degenerate decode (". . . ." to the end of the window, seen on
#: 3 s of audio taking 2.8 s), cut short instead of running to Whisper's own limit.
TOKENS_BASE = 24
TOKENS_PER_SECOND = 12
#: faster-whisper refuses a prompt plus new tokens beyond the model's 448: its prompt is at most
#: 228 tokens (the previous text's last 223, start-of-previous, three of the task, no-timestamps).
TOKENS_MAX = 220


def max_tokens(seconds: float) -> int:
    """The most tokens a decode of ``seconds`` of audio may write per window (``TOKENS_*``), never
    more than faster-whisper allows next to the longest prompt (``TOKENS_MAX``)."""
    return min(TOKENS_MAX, int(TOKENS_BASE + TOKENS_PER_SECOND * seconds))


#: How a transcript that looped (``core/repetition.find_loops``) is decoded once more: without the
#: prompt (a loop often copies it), at least 5 beams, and no phrase of 4 tokens twice
#: (CTranslate2's ``no_repeat_ngram_size``), a light ``repetition_penalty``; still deterministic.
LOOP_RETRY = {"no_repeat_ngram_size": 4, "repetition_penalty": 1.1, "min_beam_size": 5}


@dataclass(frozen=True)
class TranscriberInfo:
    """Which Whisper model ran, and how: goes into a result's options."""

    model: str
    source: str
    device: str
    compute_type: str
    decode: DecodeOptions = field(default_factory=DecodeOptions)

    def as_options(self) -> dict[str, object]:
        data = asdict(self)
        data.update(data.pop("decode"))
        return data


@dataclass(frozen=True)
class Segment:
    """A stretch of text Whisper decoded together, with its words."""

    start: float
    end: float
    text: str
    words: tuple[Word, ...]


@dataclass(frozen=True)
class Transcript:
    segments: tuple[Segment, ...]
    language: str
    language_probability: float
    duration: float
    looped: bool = False
    """The first decode repeated itself and was decoded again (and cut back, if that looped too)."""

    @property
    def words(self) -> tuple[Word, ...]:
        return tuple(word for segment in self.segments for word in segment.words)

    @property
    def text(self) -> str:
        return " ".join(segment.text for segment in self.segments).strip()


class TranscriberLike(Protocol):
    """What the live call and analysis need of a transcriber (:class:`Transcriber`; tests fake it)."""

    info: Any

    def transcribe(
        self, samples16k: np.ndarray, *, language: str | None, offset: float = 0.0, prompt: str | None = None
    ) -> tuple[Word, ...]: ...


class Transcriber:
    """A loaded Whisper model that turns 16 kHz mono samples into timed words."""

    def __init__(self, ref: WhisperModelRef, device: str, compute_type: str, decode: DecodeOptions | None = None):
        self.ref = ref
        self._model = get_whisper_model(ref.load_id, device, compute_type, windowed=True)
        self.english_only = ref.english_only or not bool(getattr(self._model.model, "is_multilingual", True))
        self.info = TranscriberInfo(
            model=ref.label, source=ref.source, device=device, compute_type=compute_type,
            decode=decode or DecodeOptions(),
        )  # fmt: skip
        self._lock = threading.Lock()  # one decode at a time per model: CTranslate2 uses all cores anyway

    def transcribe(
        self, samples16k: np.ndarray, *, language: str | None, offset: float = 0.0, prompt: str | None = None
    ) -> tuple[Word, ...]:
        """Words with times in seconds, shifted by ``offset`` (where the samples start on the turn's clock).
        ``prompt``: text Whisper reads as what came before (``core/vocabulary.reply_prompt``)."""
        return self.transcribe_full(samples16k, language=language, offset=offset, prompt=prompt).words

    def transcribe_full(
        self,
        samples16k: np.ndarray,
        *,
        language: str | None,
        offset: float = 0.0,
        prompt: str | None = None,
        retry_loops: bool = True,
    ) -> Transcript:
        """Segments, words and the (detected) language. A transcript that repeats a phrase
        (``core/repetition``) is decoded once more with ``LOOP_RETRY``; if that loops too, each
        loop is cut to its first copy, whose words get ``LOOPED_PROBABILITY`` (unsure; the pace is
        not judged on them). Either way ``Transcript.looped`` is True. ``retry_loops=False``: no
        second decode (beam 5 takes several times as long), the loops only cut: for a provisional
        pass of the live call, which a later decode replaces."""
        language = self._check_language(language)
        samples = np.ascontiguousarray(samples16k, dtype=np.float32)
        if samples.ndim != 1:
            raise ValueError(f"transcribe wants mono 16 kHz samples, got shape {samples.shape}")
        duration = len(samples) / SAMPLE_RATE
        if duration < _MIN_SECONDS or not np.any(samples):
            return Transcript((), language or "en", 0.0, duration)
        transcript = self._decode(samples, language, offset, duration, prompt=prompt)
        if not find_loops([word.text for word in transcript.words]):
            return transcript
        if not retry_loops:
            return replace(_cut(transcript, find_loops([word.text for word in transcript.words])), looped=True)
        log.info("transcript repeats itself, decoding again: %s", transcript.text[:200])
        again = self._decode(samples, language, offset, duration, prompt=None, retry=True)
        loops = find_loops([word.text for word in again.words])
        if loops:
            again = _cut(again, loops)
        return replace(again, looped=True)

    def _decode(
        self, samples: np.ndarray, language: str | None, offset: float, duration: float, *, prompt: str | None,
        retry: bool = False,
    ) -> Transcript:  # fmt: skip
        decode = self.info.decode
        extra: dict[str, Any] = {}
        beam_size = decode.beam_size
        if retry:
            extra = {k: v for k, v in LOOP_RETRY.items() if k != "min_beam_size"}
            beam_size = max(beam_size, int(LOOP_RETRY["min_beam_size"]))
        margin = None if decode.encoder_margin is None else int(decode.encoder_margin * _FRAMES_PER_SECOND)
        with self._lock, encoder_window(margin):  # the generator below runs the encoder in this thread
            pieces, info = self._model.transcribe(
                samples,
                language=language,
                word_timestamps=True,
                beam_size=beam_size,
                condition_on_previous_text=decode.condition_on_previous_text,
                vad_filter=decode.vad_filter,
                temperature=decode.temperature,
                initial_prompt=prompt or None,
                hallucination_silence_threshold=decode.hallucination_silence_threshold,
                max_new_tokens=max_tokens(duration),
                **extra,
            )
            segments = tuple(_segment(piece, offset) for piece in pieces)  # decoding happens here
        return Transcript(segments, info.language, float(info.language_probability), duration)

    def transcribe_clips(
        self,
        samples16k: np.ndarray,
        clips: Sequence[tuple[float, float]],
        *,
        language: str | None,
        prompt: str | None = None,
    ) -> list[Transcript]:
        """Each clip of ``samples16k`` (``(start, end)`` seconds, at most ``CLIP_SECONDS`` long)
        decoded on its own, ``CLIP_BATCH`` at a time, by faster-whisper's ``BatchedInferencePipeline``
        (``clip_timestamps``, no VAD of its own, word timestamps, this transcriber's beam size and
        temperature; faster-whisper's batched decoding has no ``hallucination_silence_threshold``
        and no ``condition_on_previous_text``). Returns one :class:`Transcript` per clip, in order,
        times in seconds on ``samples16k``'s clock. A clip whose words loop (``core/repetition``)
        is decoded again alone by :meth:`transcribe_full` (``LOOP_RETRY``). The result of a clip
        does not depend on the other clips in the call (each is its own window)."""
        language = self._check_language(language)
        samples = np.ascontiguousarray(samples16k, dtype=np.float32)
        if samples.ndim != 1:
            raise ValueError(f"transcribe_clips wants mono 16 kHz samples, got shape {samples.shape}")
        total = len(samples) / SAMPLE_RATE
        for start, end in clips:
            if not 0.0 <= start <= end <= total + 1e-6 or end - start > CLIP_SECONDS + 1e-6:
                raise ValueError(f"clip ({start}, {end}) s is outside 0-{total:.3f} s or longer than {CLIP_SECONDS} s")
        out: list[Transcript | None] = [None] * len(clips)
        wanted: list[int] = []
        for index, (start, end) in enumerate(clips):
            piece = samples[int(start * SAMPLE_RATE) : int(end * SAMPLE_RATE)]
            if end - start < _MIN_SECONDS or not np.any(piece):
                out[index] = Transcript((), language or "en", 0.0, end - start)
            else:
                wanted.append(index)
        if wanted:
            decode = self.info.decode
            pipeline = import_faster_whisper().BatchedInferencePipeline(self._model)  # per call: it keeps state
            with self._lock:
                pieces, info = pipeline.transcribe(
                    samples,
                    language=language,
                    clip_timestamps=[{"start": clips[i][0], "end": clips[i][1]} for i in wanted],
                    batch_size=CLIP_BATCH,
                    vad_filter=False,
                    word_timestamps=True,
                    beam_size=decode.beam_size,
                    temperature=decode.temperature,
                    initial_prompt=prompt or None,
                    without_timestamps=True,  # a clip is one segment; its words are timed by alignment
                )
                decoded = [(int(piece.seek), _segment(piece, 0.0)) for piece in pieces]  # decoding happens here
            # faster-whisper marks each segment with its clip's start in frames (``seek``)
            seeks = np.array([int(clips[i][0] * _FRAMES_PER_SECOND) for i in wanted])
            per_clip: dict[int, list[Segment]] = {i: [] for i in wanted}
            for seek, segment in decoded:
                per_clip[wanted[int(np.argmin(np.abs(seeks - seek)))]].append(segment)
            for index in wanted:
                start, end = clips[index]
                transcript = Transcript(
                    tuple(per_clip[index]), info.language, float(info.language_probability), end - start
                )
                if find_loops([word.text for word in transcript.words]):
                    lo, hi = int(start * SAMPLE_RATE), int(end * SAMPLE_RATE)
                    transcript = self.transcribe_full(samples[lo:hi], language=language, offset=start, prompt=prompt)
                out[index] = transcript
        return [transcript for transcript in out if transcript is not None]

    def detect_language(self, samples16k: np.ndarray, among: Sequence[str] | None = None) -> tuple[str, float]:
        """The language spoken in (the first 30 s of) ``samples16k`` and its probability, from
        Whisper's language token (no decoding: one encoder run). ``among`` limits the choice to
        those languages (the most probable of them wins, e.g. German over Dutch for a robotic
        German voice)."""
        if self.english_only:
            return "en", 1.0
        samples = np.ascontiguousarray(samples16k, dtype=np.float32)
        with self._lock:
            language, probability, ranked = self._model.detect_language(audio=samples)
        if among:
            allowed = [(code, p) for code, p in ranked if code in among]
            if allowed:
                language, probability = max(allowed, key=lambda item: item[1])
        return language, float(probability)

    def _check_language(self, language: str | None) -> str | None:
        if self.english_only:
            if language not in (None, "en"):
                raise UserError(
                    "Whisper model {model} understands only English; use a multilingual one for this language, e.g. --model base",
                    model=self.info.model,
                )
            return "en"
        return language


def _cut(transcript: Transcript, loops: list[Any]) -> Transcript:
    """``transcript`` with each loop cut to its first copy (segments keep their remaining words)."""
    numbered = [(index, word) for index, word in enumerate(transcript.words)]
    kept = {index for index, _word in without_loops(numbered, loops)}  # type: ignore[misc]
    in_loop = {index for loop in loops for index in range(loop.start, loop.end)}
    segments: list[Segment] = []
    index = 0
    for segment in transcript.segments:
        words = []
        for word in segment.words:
            if index in kept:
                words.append(replace(word, probability=LOOPED_PROBABILITY) if index in in_loop else word)
            index += 1
        if words:
            segments.append(replace(segment, text=" ".join(w.text for w in words), words=tuple(words)))
    return replace(transcript, segments=tuple(segments))


def _segment(piece: object, offset: float) -> Segment:
    words = tuple(
        Word(
            text=word.word.strip(),
            start=round(float(word.start) + offset, 3),
            end=round(float(word.end) + offset, 3),
            probability=max(0.0001, round(float(word.probability), 4)),  # 0.0: LOOPED_PROBABILITY
        )
        for word in (piece.words or [])  # type: ignore[attr-defined]
        # a bare "." or "…" is no word: tiny.en closed a live reply with 33 of them at one instant
        if word.word.strip(" .…")
    )
    text = piece.text.strip()  # type: ignore[attr-defined]
    if len(words) < len(piece.words or []):  # type: ignore[attr-defined]
        text = " ".join(w.text for w in words)  # the dropped marks are gone from the text too
    return Segment(
        start=round(float(piece.start) + offset, 3),  # type: ignore[attr-defined]
        end=round(float(piece.end) + offset, 3),  # type: ignore[attr-defined]
        text=text,
        words=words,
    )


def get_transcriber(
    model: str | None = None,
    device: str | None = None,
    compute_type: str | None = None,
    *,
    language: str | None = None,
    settings: Settings | None = None,
    decode: DecodeOptions | None = None,
) -> Transcriber:
    """The transcriber for ``model`` (default: per ``language`` from the settings), decoding
    with ``decode`` (default :class:`DecodeOptions`); loaded once per process for each."""
    ref = resolve_whisper(model, language=language, settings=settings)
    chosen_device, chosen_type = resolve_device(device, compute_type, settings)
    return _cached_transcriber(ref, chosen_device, chosen_type, decode or DecodeOptions())


@functools.lru_cache(maxsize=4)
def _cached_transcriber(ref: WhisperModelRef, device: str, compute_type: str, decode: DecodeOptions) -> Transcriber:
    return Transcriber(ref, device, compute_type, decode)
