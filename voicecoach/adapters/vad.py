"""Speech activity with Silero VAD v6, as a streaming detector.

The model is the ``silero_vad_v6.onnx`` that ships inside faster-whisper's ``assets/`` folder,
run with onnxruntime. It takes rows of 576 samples at 16 kHz: the last 64 samples of the
previous 512-sample frame (its *context*) followed by the new frame, plus the recurrent state
``h``/``c`` (each ``(1, 1, 128)``), and returns one speech probability per row and the new
state. Several rows in one call run through the recurrent part in order, so feeding a file in
one call or frame by frame gives the same probabilities.

:class:`StreamingVad` keeps that state, the context samples, the samples of an unfinished frame
and the hysteresis between calls to :meth:`StreamingVad.feed`, so the live call feeds it
microphone blocks of any size. :func:`detect_speech` is the same detector over a whole file.

Hysteresis (per 32 ms frame, probability ``p``):

- silence -> speech when ``p >= threshold``. The onset is reported at the start of the earliest
  frame of the run of frames just before with ``p >= onset_threshold`` (at most
  ``max_onset_backoff`` seconds back): Silero needs a frame or two of speech before it is sure,
  and those frames are where speech began.
- a candidate becomes speech (``SpeechStart``) once ``min_speech`` seconds of frames with
  ``p >= neg_threshold`` followed the onset; a dip below ``neg_threshold`` before that drops it
  (a click, a breath).
- speech -> silence when ``p < neg_threshold`` for ``min_silence`` seconds in a row (frames
  with ``p`` between the two thresholds do not end the silence); ``SpeechEnd`` then reports the
  start of that silence less ``end_backoff`` (the frame Silero needs to notice), plus ``end_pad``.
"""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from voicecoach.core.audio_ops import SAMPLE_RATE
from voicecoach.core.errors import UserError
from voicecoach.core.timeline import Span

#: Samples per model frame (32 ms at 16 kHz), as Silero v6 expects.
FRAME = 512
#: Samples of the previous frame the model sees in front of each frame.
CONTEXT = 64
FRAME_SECONDS = FRAME / SAMPLE_RATE
MODEL_FILE = "silero_vad_v6.onnx"
_INSTALL_HINT = "install it with '.venv/bin/pip install faster-whisper onnxruntime'"


@dataclass(frozen=True)
class VadOptions:
    """Thresholds of the speech detector. Times in seconds."""

    threshold: float = 0.5
    """Probability at or above which a frame starts speech."""

    neg_threshold: float = 0.35
    """Probability below which a frame counts as silence inside speech (the end threshold)."""

    onset_threshold: float = 0.15
    """Frames just before the trigger frame with at least this probability are part of the onset."""

    max_onset_backoff: float = 0.1
    """How far before the trigger frame the onset may be moved back."""

    min_speech: float = 0.1
    """Speech must hold this long (above ``neg_threshold``) to count; shorter blips are dropped."""

    min_silence: float = 0.3
    """Silence needed to close a segment; shorter pauses stay inside the segment."""

    end_backoff: float = 0.032
    """Seconds taken off the start of the closing silence: Silero's probability falls about one
    frame after the speech stops, so a segment is reported to end that much earlier."""

    end_pad: float = 0.0
    """Seconds added to each segment's end (never past the audio fed so far)."""

    def __post_init__(self) -> None:
        if not 0.0 < self.neg_threshold <= self.threshold < 1.0:
            raise ValueError("VadOptions needs 0 < neg_threshold <= threshold < 1")
        times = (self.min_speech, self.min_silence, self.max_onset_backoff, self.end_backoff, self.end_pad)
        if min(times) < 0:
            raise ValueError("VadOptions times must not be negative")

    def to_json(self) -> dict[str, float]:
        return {
            "threshold": self.threshold,
            "neg_threshold": self.neg_threshold,
            "onset_threshold": self.onset_threshold,
            "max_onset_backoff": self.max_onset_backoff,
            "min_speech": self.min_speech,
            "min_silence": self.min_silence,
            "end_backoff": self.end_backoff,
            "end_pad": self.end_pad,
        }


@dataclass(frozen=True)
class SpeechStart:
    """Speech began at ``time`` (seconds since the stream started). Emitted once confirmed."""

    time: float


@dataclass(frozen=True)
class SpeechEnd:
    """A speech segment closed: it ran from ``start`` to ``end``."""

    start: float
    end: float

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


VadEvent = SpeechStart | SpeechEnd


def model_path() -> Path:
    """Where faster-whisper keeps ``silero_vad_v6.onnx`` (found without importing faster-whisper)."""
    spec = importlib.util.find_spec("faster_whisper")
    if spec is None or not spec.submodule_search_locations:
        raise UserError(
            "Silero VAD needs faster-whisper, which is not installed; {_INSTALL_HINT}", _INSTALL_HINT=_INSTALL_HINT
        )
    for location in spec.submodule_search_locations:
        candidate = Path(location) / "assets" / MODEL_FILE
        if candidate.is_file():
            return candidate
    raise UserError(
        "faster-whisper has no assets/{MODEL_FILE} (too old?); upgrade it with '.venv/bin/pip install -U faster-whisper'",
        MODEL_FILE=MODEL_FILE,
    )


@functools.lru_cache(maxsize=2)
def get_vad_session(path: str | None = None) -> Any:
    """One onnxruntime session per model file, shared by every detector (``run`` is thread-safe)."""
    try:
        import onnxruntime
    except ImportError:
        raise UserError(
            "Silero VAD needs onnxruntime, which is not installed; {_INSTALL_HINT}", _INSTALL_HINT=_INSTALL_HINT
        ) from None
    options = onnxruntime.SessionOptions()
    options.inter_op_num_threads = 1
    options.intra_op_num_threads = 1
    options.enable_cpu_mem_arena = False
    options.log_severity_level = 4
    return onnxruntime.InferenceSession(
        str(path or model_path()), providers=["CPUExecutionProvider"], sess_options=options
    )


@dataclass
class _State:
    """Everything the detector carries from one ``feed`` to the next."""

    h: np.ndarray = field(default_factory=lambda: np.zeros((1, 1, 128), np.float32))
    c: np.ndarray = field(default_factory=lambda: np.zeros((1, 1, 128), np.float32))
    context: np.ndarray = field(default_factory=lambda: np.zeros(CONTEXT, np.float32))
    pending: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))
    frames: int = 0  # frames run through the model
    samples: int = 0  # samples fed (including the unfinished frame)
    probability: float = 0.0
    recent: list[float] = field(default_factory=list)  # probabilities of the last few frames
    phase: str = "silence"  # silence | candidate | speech | hangover
    start: float = 0.0  # onset of the candidate or segment
    silence_start: float = 0.0  # first silent frame inside speech (hangover)
    last_end: float = 0.0  # end of the last closed segment (an onset never reaches back past it)


class StreamingVad:
    """Silero VAD v6 over a stream of 16 kHz float32 samples, fed in blocks of any size.

    ``feed`` returns the events that the new samples completed; ``flush`` ends the stream
    (closing an open segment at the end of the audio); ``reset`` starts a new stream.
    ``probability`` is the speech probability of the latest frame, for a level meter.
    """

    def __init__(self, options: VadOptions | None = None, *, session: Any = None):
        self.options = options or VadOptions()
        self._session = session if session is not None else get_vad_session()
        self._state = _State()
        self._backoff_frames = int(round(self.options.max_onset_backoff / FRAME_SECONDS))

    # -- public ----------------------------------------------------------------------------

    @property
    def probability(self) -> float:
        """Speech probability of the most recent frame (0..1)."""
        return self._state.probability

    @property
    def in_speech(self) -> bool:
        """True while a confirmed segment is open (its end not yet decided)."""
        return self._state.phase in ("speech", "hangover")

    @property
    def pending_onset(self) -> float | None:
        """Where speech would start (s) if what the latest frames hold becomes speech, or None:
        the onset of a candidate not yet confirmed (``min_speech`` has not passed since it), or,
        while silent, the start of the run of frames with ``p >= onset_threshold`` that ends at the
        latest frame (the onset :meth:`_step` would report, moved back at most
        ``max_onset_backoff``). A silence rule that ends a turn waits while this lies within its
        silence: the pause ended there, whether or not the detector has said so yet."""
        state = self._state
        if state.phase == "candidate":
            return state.start
        if state.phase != "silence" or not state.recent or state.recent[-1] < self.options.onset_threshold:
            return None
        first = state.frames - 1
        for p in reversed(state.recent[:-1][-self._backoff_frames :] if self._backoff_frames else []):
            if p < self.options.onset_threshold:
                break
            first -= 1
        return max(first * FRAME_SECONDS, state.last_end)

    @property
    def time(self) -> float:
        """Seconds of audio fed since the stream started."""
        return self._state.samples / SAMPLE_RATE

    def reset(self) -> None:
        """Forget everything: model state, context, buffered samples and hysteresis."""
        self._state = _State()

    def feed(self, samples: np.ndarray) -> list[VadEvent]:
        """Add samples (mono float32 at 16 kHz, any length); return the events they complete."""
        block = np.asarray(samples, dtype=np.float32).reshape(-1)
        state = self._state
        state.samples += len(block)
        if len(state.pending):
            block = np.concatenate([state.pending, block])
        whole = len(block) // FRAME * FRAME
        state.pending = block[whole:].copy()
        if not whole:
            return []
        return self._run(block[:whole])

    def flush(self) -> list[VadEvent]:
        """End of the stream: run the unfinished frame (zero-padded) and close an open segment."""
        state = self._state
        events: list[VadEvent] = []
        if len(state.pending):
            frame = np.zeros(FRAME, np.float32)
            frame[: len(state.pending)] = state.pending
            state.pending = np.zeros(0, np.float32)
            events += self._run(frame)
        end_of_audio = state.samples / SAMPLE_RATE
        if state.phase == "hangover":
            events.append(self._close(self._end(state.silence_start)))
        elif state.phase == "speech":
            events.append(self._close(end_of_audio))
        elif state.phase == "candidate":
            confirmed = end_of_audio - state.start >= self.options.min_speech
            if confirmed:
                events.append(SpeechStart(state.start))
                events.append(self._close(end_of_audio))
        state.phase = "silence"
        return events

    # -- internals -------------------------------------------------------------------------

    def _run(self, audio: np.ndarray) -> list[VadEvent]:
        state = self._state
        rows = audio.reshape(-1, FRAME)
        contexts = np.concatenate([state.context[None, :], rows[:-1, -CONTEXT:]], axis=0)
        batch = np.ascontiguousarray(np.concatenate([contexts, rows], axis=1))
        probs, state.h, state.c = self._session.run(None, {"input": batch, "h": state.h, "c": state.c})
        state.context = rows[-1, -CONTEXT:].copy()
        events: list[VadEvent] = []
        for probability in np.asarray(probs, dtype=np.float32).reshape(-1):
            events += self._step(float(probability))
        return events

    def _step(self, p: float) -> list[VadEvent]:
        """Advance the hysteresis by one frame of probability ``p``."""
        options, state = self.options, self._state
        index = state.frames
        state.frames += 1
        state.probability = p
        frame_start = index * FRAME_SECONDS
        frame_end = frame_start + FRAME_SECONDS
        events: list[VadEvent] = []

        if state.phase == "silence":
            if p >= options.threshold:
                state.start = self._onset(index)
                state.phase = "candidate"
        elif state.phase == "candidate":
            if p < options.neg_threshold:
                state.phase = "silence"  # too short to be speech
        elif state.phase == "speech":
            if p < options.neg_threshold:
                state.phase = "hangover"
                state.silence_start = frame_start
        elif state.phase == "hangover":
            if p >= options.threshold:
                state.phase = "speech"
            elif frame_end - state.silence_start >= options.min_silence - 1e-9:
                events.append(self._close(self._end(state.silence_start)))

        if state.phase == "candidate" and frame_end - state.start >= options.min_speech - 1e-9:
            state.phase = "speech"
            events.append(SpeechStart(state.start))

        state.recent.append(p)
        if len(state.recent) > self._backoff_frames + 1:
            del state.recent[0]
        return events

    def _onset(self, index: int) -> float:
        """Start of the earliest frame of the run leading to frame ``index`` (not yet in ``recent``)."""
        first = index
        for p in reversed(self._state.recent[-self._backoff_frames :] if self._backoff_frames else []):
            if p < self.options.onset_threshold:
                break
            first -= 1
        return max(first * FRAME_SECONDS, self._state.last_end)

    def _end(self, silence_start: float) -> float:
        """Where a segment ends whose closing silence began at ``silence_start``."""
        end = silence_start - self.options.end_backoff + self.options.end_pad
        return min(self._state.samples / SAMPLE_RATE, end)

    def _close(self, end: float) -> SpeechEnd:
        state = self._state
        state.phase = "silence"
        end = max(state.start, end)
        state.last_end = end
        return SpeechEnd(state.start, end)


def spans_from_events(events: list[VadEvent]) -> tuple[Span, ...]:
    """The closed segments among ``events``, as spans."""
    return tuple(event.span for event in events if isinstance(event, SpeechEnd))


#: Samples fed to the model per call when a whole recording is scanned (30 s): one call for a
#: two-hour file made onnxruntime allocate gigabytes (a ``bad_alloc`` under a 3 GB limit).
SCAN_BLOCK = 30 * SAMPLE_RATE


def detect_speech(samples16k: np.ndarray, options: VadOptions | None = None) -> tuple[Span, ...]:
    """Speech spans of a whole recording: the streaming detector fed the file ``SCAN_BLOCK``
    samples at a time (the model carries its state across, so the spans are those of one call)."""
    samples = np.asarray(samples16k, dtype=np.float32).reshape(-1)
    return detect_speech_blocks(
        (samples[start : start + SCAN_BLOCK] for start in range(0, len(samples), SCAN_BLOCK)), options
    )


def detect_speech_blocks(blocks: Iterable[np.ndarray], options: VadOptions | None = None) -> tuple[Span, ...]:
    """Speech spans of a recording given as consecutive 16 kHz blocks (any sizes), in bounded memory."""
    vad = StreamingVad(options)
    spans: list[Span] = []
    for block in blocks:
        for start in range(0, len(block), SCAN_BLOCK):
            spans += spans_from_events(vad.feed(block[start : start + SCAN_BLOCK]))
    spans += spans_from_events(vad.flush())
    return tuple(spans)
