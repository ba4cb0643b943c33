"""The live call: the customer speaks, the trainee answers, the judge scores, turn by turn.

:class:`CallEngine` runs a whole call in one thread (``run()`` blocks; the TUI calls it from a
thread worker, ``voicecoach call`` from the main thread). Per turn it

1. plays the customer's line through the :class:`~voicecoach.core.backend.AudioBackend` and
   takes the DAC time of its first sample as 0 on the turn's clock;
2. feeds the microphone, from that moment on, to a streaming VAD (the trainee may start at any
   time): an onset inside the line is an interruption, posted at once; a persona with
   ``patience: low`` stops (``stop_playback``) and protests, a patient one talks on. A scripted
   interjection is scheduled on the stream clock at ``at`` seconds after the trainee started;
3. transcribes the trainee's speech in one worker while it is spoken: the open segment every
   ``stream_interval`` s of new speech when the worker is free, keeping the words two passes
   agree on (LocalAgreement-2, ``voicecoach.live.streaming``), and again as soon as a pause
   begins; when the VAD closes the segment only the audio after the committed words is decoded,
   so at the end little or nothing is left to do;
4. ends the reply when the end-of-turn gate (``EndOfTurnRule.verdict``: the model ``end_of_turn``,
   asked once per pause of ``EndOfTurnRule.min_pause``, and the transcript so far) says it is
   finished, else after ``end_of_turn_silence`` of silence
   (``EndOfTurnRule.unfinished_silence`` when the model heard it unfinished; ``max_turn_seconds``
   at most), or
   counts the turn unanswered when the trainee has not started ``answer_wait`` seconds after the
   line ended; builds the :class:`~voicecoach.core.timeline.Turn`, judges it, saves both
   recordings and the result in the store, and posts :class:`~voicecoach.live.events.TurnJudged`;
5. goes on with ``scenario.next_turn(turn_id, outcomes)``.

Everything the screen needs arrives as events (``voicecoach.live.events``) through ``on_event``,
always from the engine's thread. Controls (``repeat_line``, ``mute``, ``hang_up``,
``retry_turn``, ``next``) may be called from any thread.

The customer's track is known exactly (the engine placed it on the clock): its speech spans come
from the VAD run over each clip once, its words from the scenario's text spread over those spans
in proportion to their length (no Whisper pass over our own synthesized voice).

The turn's state and the pure helpers are in ``voicecoach.live.turn``, the demo in
``voicecoach.live.demo``, and :func:`voicecoach.live.factory.open_call` builds an engine from
the real adapters.
"""

from __future__ import annotations

import logging
import math
import queue
import threading
import time as _time
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from voicecoach.adapters import language_resources
from voicecoach.adapters.audio_files import write_audio
from voicecoach.adapters.settings import Settings, user_cache_dir
from voicecoach.adapters.vad import SpeechEnd, SpeechStart, StreamingVad, VadOptions, detect_speech
from voicecoach.adapters.whisper_stt import TranscriberLike
from voicecoach.core.analyzers.options import JudgeOptions
from voicecoach.core.audio_ops import SAMPLE_RATE, StreamResampler, resample
from voicecoach.core.backend import INTERJECTION, LINE, PROTEST, REPEAT, AudioBackend, Echo
from voicecoach.core.end_of_turn import EndOfTurn, EndOfTurnRule, Verdict
from voicecoach.core.errors import Said, UserError, said
from voicecoach.core.judge import judge, summarize
from voicecoach.core.local_agreement import Agreement
from voicecoach.core.muted import counted, muted_result
from voicecoach.core.scenario import Outcome
from voicecoach.core.timeline import Span, Track, Turn, Word
from voicecoach.core.typed import judge_text
from voicecoach.core.vocabulary import reply_prompt
from voicecoach.core.words.lookup import pick
from voicecoach.core.words.ui import PROTEST as DEFAULT_PROTEST_WORDS
from voicecoach.live import events as ev
from voicecoach.live.streaming import LoopedPass, OpenSegment, Pass, PassResult, decode_words
from voicecoach.live.turn import (
    ClipLike,
    JudgedTurn,
    Prepared,
    SpeakerLike,
    Speculation,
    SpeechSegment,
    TraineeScript,
    TurnState,
    align_text,
    without_echo,
)

if TYPE_CHECKING:
    from voicecoach.adapters.library import LoadedScenario
    from voicecoach.core.result import TurnResult

log = logging.getLogger(__name__)

#: Seconds of one Silero VAD frame (512 samples at 16 kHz): its probability falls about a frame
#: after the speech stops (``VadOptions.end_backoff``).
_VAD_FRAME = 0.032
#: Seconds after the customer's line the trainee has to start before the turn counts unanswered. A
#: trainee who thinks before answering starts late, and with 8 s such replies were lost in tmux
#: trials; the pause itself is already the dead-air finding (``JudgeOptions.dead_air``, 3 s), so a
#: late reply is judged with it. Fifteen seconds of silence is a call a real customer hangs up on.
ANSWER_WAIT = 15.0
#: The shortest answer wait a call may be given (``call --wait``): less cuts off a trainee who
#: takes a breath before answering.
MIN_ANSWER_WAIT = 8.0

EventHandler = Callable[[ev.CallEvent], None]
"""Where the engine posts its events (always from the engine's thread)."""
StoreArg = Any
"""A ``Store``, a zero-argument factory for one (opened in the engine's thread), or None."""


@dataclass(frozen=True)
class EngineOptions:
    """How the live call behaves. Times in seconds."""

    end_of_turn_silence: float = 0.8
    """Silence after the trainee's speech that ends the reply."""
    max_turn_seconds: float = 60.0
    """Longest reply; the turn ends there even if the trainee goes on."""
    answer_wait: float = ANSWER_WAIT
    """How long after the customer's line the trainee has to *start* before the turn is unanswered."""
    pause_after_turn: bool = False
    """Wait for ``next()``/``retry_turn()``/``hang_up()`` after each judged turn (the TUI's feedback)."""
    max_turns: int | None = None
    """Stop after this many judged turns (``call --turns N``)."""
    level_interval: float = 0.1
    """How often a :class:`~voicecoach.live.events.Level` is posted."""
    protest_gap: float = 0.25
    """Pause between an impatient persona stopping and its protest."""
    segment_pad: float = 0.2
    """Audio kept around each speech segment for Whisper."""
    speculative: bool = True
    """Transcribe the open segment before the VAD closes it: as soon as a pause begins (saves
    the VAD's closing delay) and, with ``streaming``, while the trainee speaks. Off: each
    segment is decoded whole once it is closed."""
    streaming: bool = True
    """Decode the open segment while the trainee speaks (with ``speculative``): a pass over the
    audio after the committed words every ``stream_interval`` s of new speech when the worker is
    free, the words two consecutive passes agree on committed (LocalAgreement-2, Macháček et al.
    2023; ``voicecoach.live.streaming``); when the segment closes only the audio after them is
    decoded. Off: only the pause's pass (decoding the whole segment after a reply without pauses)."""
    stream_interval: float = 1.0
    """Seconds of new speech before the next streaming pass (``whisper_streaming``'s
    ``min-chunk-size``, 1 s)."""
    stream_duty: float = 0.5
    """Largest share of the wall time streaming passes keep the worker busy: after a pass of d
    seconds the next waits d * (1/duty - 1) s (at 0.5 as long as the pass took), so that on two
    cores the engine's thread (VAD, events) always gets its share and a slow machine streams
    less often instead of falling behind."""
    echo: Echo | None = None
    """Measured echo of the customer into the mic (headset check), subtracted before the VAD."""
    recordings_dir: Path | None = None
    """Where turn recordings go when no store is given (default: the user cache)."""
    input_timeout: float = 5.0
    """Wall-clock seconds without a microphone block after which a real device counts as lost.
    The duplex backend's own watch (``STALL_SECONDS``, 3 s) normally reports first; this bound
    holds for any backend, so no phase of a call can wait forever on a dead device."""
    silent_mic_seconds: float = 3.0
    """A turn whose microphone heard nothing for this long after the line started is reported
    at once (:class:`~voicecoach.live.events.MicrophoneSilent`)."""
    silent_mic_peak: float = 1e-4
    """"Nothing": every sample below this (-80 dBFS, about 3 steps of 16-bit audio). A working
    microphone's own noise is far above it; a muted, dead or wrong input delivers zeros."""
    end_of_turn_rule: EndOfTurnRule = EndOfTurnRule()
    """When the end-of-turn model (``CallEngine(end_of_turn=...)``) is asked and what its answer does."""
    judge_ahead: bool = True
    """Judge the reply in the pause, while the silence rule still waits: once every closed
    segment is transcribed and nobody speaks, the turn is built as it will be when the silence
    ends it and judged in a thread of its own. The finished turn uses that judgement only when
    it is built equal (same words, spans, customer audio, duration, notes); anything new (speech,
    a cut line, an early end) judges again. Saves the judge's time after the end of the turn:
    0.03-0.04 s on a quiet machine, 0.06-0.25 s at load 1-2 (``benchmarks/live_latency.py``)."""

    @classmethod
    def from_settings(cls, settings: Settings | None, **overrides: Any) -> EngineOptions:
        """The options from the user's settings, with ``overrides`` (field names) on top."""
        values: dict[str, Any] = {}
        if settings is not None:
            values = {
                "end_of_turn_silence": settings.end_of_turn_silence,
                "max_turn_seconds": settings.max_turn_seconds,
            }
        values.update(overrides)
        return cls(**values)

    @property
    def echo_delay(self) -> float | None:
        """The echo's delay in seconds (None: no echo is subtracted)."""
        return self.echo.delay_s if self.echo is not None else None

    def to_json(self) -> dict[str, Any]:
        """What a result and a session record of these options (the keys are stored)."""
        return {
            "end_of_turn_silence": self.end_of_turn_silence,
            "max_turn_seconds": self.max_turn_seconds,
            "answer_wait": self.answer_wait,
            "echo_delay": self.echo_delay,
            "echo_gain": self.echo.gain if self.echo is not None else None,
            "end_of_turn_threshold": self.end_of_turn_rule.threshold,
            "end_of_turn_unfinished_silence": self.end_of_turn_rule.unfinished_silence,
        }


class CallEngine:
    """One live call over ``backend`` (see the module docstring).

    ``store`` may be a Store or a zero-argument factory (opened in the engine's thread, as
    SQLite connections belong to the thread that made them). ``trainee_script`` places replies
    on a fake/demo backend per turn (the demo call). ``judge_fn``/``summarize_fn`` default to
    ``voicecoach.core.judge``. ``end_of_turn``: a model that hears whether a reply is finished
    (``adapters.end_of_turn.SmartTurn``); None keeps the plain silence rule.
    """

    def __init__(
        self,
        loaded: LoadedScenario,
        backend: AudioBackend,
        speaker: SpeakerLike,
        transcriber: TranscriberLike,
        settings: Settings | None = None,
        on_event: EventHandler | None = None,
        store: StoreArg = None,
        *,
        vad_options: VadOptions | None = None,
        judge_options: JudgeOptions | None = None,
        options: EngineOptions | None = None,
        trainee_script: TraineeScript | None = None,
        demo: bool = False,
        vad_factory: Callable[[Any], Any] | None = None,
        end_of_turn: EndOfTurn | None = None,
    ) -> None:
        self.loaded = loaded
        self.scenario = loaded.scenario
        self.language = self.scenario.language
        self.backend = backend
        self.speaker = speaker
        self.transcriber = transcriber
        self.settings = settings
        self.on_event = on_event or (lambda _event: None)
        self._store_arg = store
        self.store: Any = None
        self.options = options or EngineOptions.from_settings(settings)
        self.vad_options = vad_options or VadOptions()
        self.judge_options = judge_options
        self.trainee_script = trainee_script
        self.demo = demo
        self._vad_factory = vad_factory
        self.end_of_turn = end_of_turn
        #: The end-of-turn model on the current pause: (turn, segments then, probability; None: failed).
        self._turn_verdict: tuple[TurnState, int, float | None] | None = None
        self.session_id: int | None = None
        self.records: list[JudgedTurn] = []
        self._inbox: queue.SimpleQueue[tuple[str, Any, float]] = queue.SimpleQueue()
        self._controls: queue.SimpleQueue[str] = queue.SimpleQueue()
        self._muted = False
        self._hang_up = threading.Event()
        self._device_error: Said | None = None  # said in the UI language when shown
        self._prepared: dict[tuple[str, str], Prepared | None] = {}
        self._executor: ThreadPoolExecutor | None = None
        #: Judges a reply in the pause (``EngineOptions.judge_ahead``): its own thread, so the
        #: transcriber's worker and the engine's thread never wait for it.
        self._judge_pool: ThreadPoolExecutor | None = None
        self._recordings_dir: Path | None = None
        self._started = False
        self._running = False
        #: True while a turn listens: microphone blocks that arrive otherwise are dropped at once,
        #: so nothing queues while the trainee reads the feedback or the judge works.
        self._listening = False
        self._last_input = _time.monotonic()
        #: The judged turn a retry ('t' after the feedback) replaces, until the retry is judged.
        self._retrying: JudgedTurn | None = None
        #: Judged turns a retry replaced (kept in the history, marked, left out of the score).
        self.replaced: list[JudgedTurn] = []

    # -- controls (any thread) -----------------------------------------------------------------

    def repeat_line(self) -> None:
        """Play the current customer line again (the turn starts over)."""
        self._controls.put("repeat")

    def mute(self, muted: bool | None = None) -> bool:
        """Mute the microphone (None toggles); returns the new state. Muted audio counts as silence."""
        self._muted = (not self._muted) if muted is None else bool(muted)
        return self._muted

    @property
    def muted(self) -> bool:
        return self._muted

    def hang_up(self) -> None:
        """End the call; a reply in progress is judged and kept."""
        self._hang_up.set()
        self._controls.put("hang_up")

    def retry_turn(self) -> None:
        """Do the current (or just judged) turn again."""
        self._controls.put("retry")

    def next(self) -> None:
        """End the reply now (during a turn) or go on to the next turn (after feedback)."""
        self._controls.put("next")

    # -- preparing -----------------------------------------------------------------------------

    def prepare(self) -> None:
        """Render every line, interjection and the protest now (else each is rendered when needed)."""
        for turn_id in self.scenario.turn_ids:
            self._line(turn_id)
            self._interjection(turn_id)
        if self.scenario.persona.patience == "low":
            self._protest()

    def _line(self, turn_id: str) -> Prepared:
        key = ("line", turn_id)
        if key not in self._prepared:
            step = self.scenario.step(turn_id)
            self._prepared[key] = self._prepare_clip(self.speaker.render_step(self.loaded, step), step.say)
        prepared = self._prepared[key]
        assert prepared is not None
        return prepared

    def _interjection(self, turn_id: str) -> Prepared | None:
        key = ("interjection", turn_id)
        if key not in self._prepared:
            step = self.scenario.step(turn_id)
            clip = self.speaker.render_interjection(self.loaded, step) if step.interjection else None
            self._prepared[key] = (
                self._prepare_clip(clip, step.interjection.say) if clip is not None and step.interjection else None
            )
        return self._prepared[key]

    def protest_text(self) -> str:
        """What the persona says when cut off: its own protest, else the default one."""
        return self.scenario.persona.protest or pick(DEFAULT_PROTEST_WORDS, self.language)

    def _protest(self) -> Prepared:
        key = ("protest", "")
        if key not in self._prepared:
            persona = self.scenario.persona
            voice = persona.voice
            if voice and voice.endswith(".onnx") and not Path(voice).is_absolute():
                voice = str(self.loaded.audio_path(voice))
            text = self.protest_text()
            clip = self.speaker.render_text(
                text, language=self.language, voice=voice, speaker=persona.speaker, rate=persona.rate
            )
            self._prepared[key] = self._prepare_clip(clip, text)
        prepared = self._prepared[key]
        assert prepared is not None
        return prepared

    def _prepare_clip(self, clip: ClipLike, text: str) -> Prepared:
        samples = np.asarray(clip.samples, np.float32).reshape(-1)
        samples16k = resample(samples, int(clip.sample_rate), SAMPLE_RATE)
        playback = resample(samples, int(clip.sample_rate), self.backend.sample_rate)
        spans = detect_speech(samples16k, self.vad_options)
        if not spans and len(samples16k):
            spans = (Span(0.0, len(samples16k) / SAMPLE_RATE),)
        return Prepared(text, samples16k, playback, spans, clip.voice, clip.note or "")

    # -- the call -------------------------------------------------------------------------------

    def run(self) -> tuple[JudgedTurn, ...]:
        """Run the whole call (blocking). Returns the judged turns; the events tell the rest."""
        if self._running:
            raise RuntimeError("the call is already running")
        self._running = True
        warming = language_resources.warm_in_background(self.language)  # ready before the first turn is judged
        threading.Thread(target=self._warm_judge, args=(warming,), name="warm-judge", daemon=True).start()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="transcribe")
        self._judge_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="judge-ahead")
        reason = "finished"
        try:
            self._post(ev.StateChanged("preparing"))
            self._open_store()
            self._post(
                ev.CallStarted(
                    scenario_id=self.scenario.id,
                    title=self.scenario.title,
                    language=self.language,
                    persona=self.scenario.persona.name,
                    mood=self.scenario.persona.mood,
                    patience=self.scenario.persona.patience,
                    turns=len(self.scenario.turns),
                    session_id=self.session_id,
                    demo=self.demo,
                )
            )
            if self.demo:
                self.prepare()  # the demo's clock runs by itself: nothing may be rendered once it runs
            else:
                self._line(self.scenario.turn_ids[0])  # render before the stream opens
            self.backend.on_note = self._on_note  # the demo backend's notes (its sound) come as Notice events
            try:
                self.backend.start(self._on_input, self._on_error)
            except UserError as error:
                self._device_error = said(error)
                self._post(ev.AudioProblem(self._device_error))
                reason = "device_lost"
                raise
            self._started = True
            self._last_input = _time.monotonic()
            reason = self._turns()
        except BaseException:
            if reason == "finished":
                reason = "error"
            raise
        finally:
            self._finish(reason)
        return tuple(self.records)

    def _warm_judge(self, warming: threading.Thread | None) -> None:
        """Judge the first step's model answer once, unseen, while the line plays: the judge's
        caches (word forms, phrase tables) fill now, so the first feedback does not wait for them
        (its judge took 0.22-0.25 s in benchmarks/live_latency.py, the later ones 0.06-0.10 s).
        Nothing is kept or shown; a failure here only means the first turn is judged cold."""
        try:
            if warming is not None:
                warming.join()
            step_id = self.scenario.turn_ids[0]
            step = self.scenario.step(step_id)
            judge_text(
                self.scenario, step_id, step.example or step.say,
                options=self.judge_options if self.judge_options is not None else JudgeOptions(),
                resources=language_resources.shared(),
            )  # fmt: skip
        except Exception:  # noqa: BLE001 - a warm-up must never touch the call
            log.debug("warming the judge failed", exc_info=True)

    def _turns(self) -> str:
        turn_id: str | None = self.scenario.turn_ids[0]
        number = 0
        attempt = 1  # of the current reply: each retry from the feedback is the next attempt
        judged = 0
        replay: str | None = None  # "repeat" (line again) or "retry" (turn again) of the same turn
        while turn_id is not None:
            if self._hang_up.is_set():
                return "hung_up"
            if replay is None:
                number += 1
                attempt = 1
            outcome = self._play_turn(turn_id, number, repeat=replay == "repeat", attempt=attempt)
            replay = None
            if outcome in ("repeat", "retry"):
                replay = str(outcome)
                continue
            self._drain_inbox()  # a device lost while the turn was judged
            self._watch_input()
            if self._device_error is not None:
                self._post(ev.AudioProblem(self._device_error))
                return "device_lost"
            if not isinstance(outcome, JudgedTurn) or self._hang_up.is_set():
                return "hung_up"
            judged = len(self.records)  # a retry replaces the turn it retries: it counts once
            if self.options.max_turns is not None and judged >= self.options.max_turns:
                return "turn_limit"
            if self.options.pause_after_turn:
                choice = self._wait_for_choice()
                if choice == "hang_up":
                    return "hung_up"
                if choice == "device_lost":
                    self._post(ev.AudioProblem(self._device_error or Said("the audio device failed")))
                    return "device_lost"
                if choice == "retry":
                    replay = "retry"
                    attempt += 1
                    self._retrying = outcome
                    continue
            turn_id = self._next_id(turn_id, outcome)
        return "finished"

    def _next_id(self, turn_id: str, record: JudgedTurn) -> str | None:
        valid = {item.value for item in Outcome}
        outcomes = {Outcome(name) for name in record.result.outcomes if name in valid}
        return self.scenario.next_turn(turn_id, outcomes)

    def _wait_for_choice(self) -> str:
        """After feedback: wait for next / retry / hang up (draining the microphone meanwhile)."""
        while True:
            try:
                command = self._controls.get(timeout=0.1)
            except queue.Empty:
                command = None
            self._drain_inbox()
            self._watch_input()
            if self._device_error is not None:
                return "device_lost"
            if command in ("next", "retry", "hang_up"):
                return command
            if self._hang_up.is_set():
                return "hang_up"

    # -- one turn -----------------------------------------------------------------------------

    def _play_turn(self, turn_id: str, number: int, repeat: bool = False, attempt: int = 1) -> JudgedTurn | str | None:
        """Play, listen, judge one turn. Returns the record, "repeat"/"retry", or None (no result)."""
        step = self.scenario.step(turn_id)
        line = self._line(turn_id)
        interjection = self._interjection(turn_id)
        if self.scenario.persona.patience == "low":
            self._protest()
        while True:  # drop stale controls from before this turn (a 'next' meant for the feedback)
            try:
                stale = self._controls.get_nowait()
            except queue.Empty:
                break
            if stale == "hang_up":
                return None
        self._drain_inbox()
        vad = self._vad_factory(self.vad_options) if self._vad_factory else StreamingVad(self.vad_options)
        self._listening = True  # from here on every block counts (the line's first sample is in them)
        line_start = self.backend.play(line.playback, label=REPEAT if repeat else LINE)
        turn = TurnState(turn_id, number, step, line, line_start, interjection, attempt)
        if self.backend.sample_rate != SAMPLE_RATE:
            turn.resampler = StreamResampler(self.backend.sample_rate, SAMPLE_RATE)
        turn.customer.append((0.0, line, None))
        self._post(ev.CustomerSpeaking(turn_id, line.text, line.note, round(line.duration, 3), number, repeat, attempt))
        self._post(ev.StateChanged("customer", turn_id))
        if self.trainee_script is not None:
            for reply in self.trainee_script(turn_id, number, line_start, line):
                self.backend.add_reply(reply)
        while turn.done is None:
            command = self._poll_control()
            if command == "repeat" or command == "retry":
                self._listening = False
                self.backend.stop_playback()
                self._cancel_jobs(turn)
                return "repeat" if command == "repeat" else "retry"
            if command == "hang_up":
                turn.done = "hang_up"
                break
            if command == "next":
                turn.done = "next"
                break
            self._watch_input()
            if self._device_error is not None:
                turn.done = "device_lost"
                break
            item = self._next_item()
            if item is None:
                continue
            kind, payload, t = item
            if kind == "error":
                self._device_error = said(payload)
                turn.done = "device_lost"
                break
            if kind == "note":
                self._post(payload)
                continue
            self._consume(turn, vad, payload, t)
        self._listening = False  # what comes while judging (and on the feedback) is not kept
        return self._finish_turn(turn, vad)

    def _consume(self, turn: TurnState, vad: Any, block: np.ndarray, t: float) -> None:
        """One microphone block: align it to the turn clock, VAD, events, end-of-turn checks."""
        block = np.asarray(block, np.float32).reshape(-1)
        if turn.resampler is not None:
            t -= turn.resampler.delay
            block = turn.resampler.process(block)
        if not len(block):
            return
        position = int(round((t - turn.line_start) * SAMPLE_RATE))
        if position + len(block) <= 0:
            return  # before the line started
        if position < 0:
            block, position = block[-position:], 0
        gap = position - turn.fed
        if gap > int(0.05 * SAMPLE_RATE):  # samples went missing (an overrun): keep the clock, fill silence
            self._append(turn, vad, np.zeros(gap, np.float32))
        elif gap < -int(0.05 * SAMPLE_RATE):  # overlap with what we have: drop the repeated part
            block = block[-gap:]
            if not len(block):
                return
        if not turn.mic_checked:
            turn.mic_peak = max(turn.mic_peak, float(np.max(np.abs(block))))
        if self._muted:
            block = np.zeros_like(block)
            turn.muted_seen = True
            if position >= turn.line.speech_end * SAMPLE_RATE:
                turn.muted_after_line += len(block)
        self._append(turn, vad, block)
        self._check_microphone(turn)

    def _check_microphone(self, turn: TurnState) -> None:
        """Once ``silent_mic_seconds`` of the turn have passed: a microphone that delivered nothing
        but (near) zeros is said at once, not discovered as "no reply" when the answer wait runs
        out. Not while muted (the trainee knows)."""
        if turn.mic_checked or turn.now < self.options.silent_mic_seconds:
            return
        if self.demo:  # the demo's "microphone" is its own replies: nothing to check
            turn.mic_checked = True
            return
        turn.mic_checked = True
        if turn.mic_peak < self.options.silent_mic_peak and not turn.muted_seen and not self._muted:
            peak_db = round(20 * math.log10(max(turn.mic_peak, 1e-9)), 1)
            turn.notes.append(f"microphone silent: peak {peak_db} dBFS in the first {turn.now:.1f} s")
            self._post(ev.MicrophoneSilent(turn.turn_id, round(turn.now, 3), peak_db))

    def _append(self, turn: TurnState, vad: Any, block: np.ndarray) -> None:
        options = self.options
        echo = options.echo
        if echo is not None and echo.gain:
            block = without_echo(block, np.float32(echo.gain) * turn.customer_signal(
                turn.fed - int(round(echo.delay_s * SAMPLE_RATE)), len(block)
            ))  # fmt: skip
        turn.mic.append(block)
        turn.fed += len(block)
        turn.last_block = len(block)
        now = turn.now
        events = vad.feed(block)
        if now - turn.last_level >= options.level_interval:
            turn.last_level = now
            rms = float(np.sqrt(np.mean(np.square(block, dtype=np.float64)))) if len(block) else 0.0
            self._post(
                ev.Level(
                    round(20 * math.log10(max(rms, 1e-6)), 1),
                    round(float(vad.probability), 3),
                    round(now, 3),
                    self._muted,
                )
            )
        for event in events:
            self._vad_event(turn, vad, event)
        self._customer_progress(turn)
        self._stream(turn, vad)
        self._post_partials(turn)
        self._check_end(turn, vad)
        if turn.done is None:
            self._judge_ahead(turn, vad)

    def _vad_event(self, turn: TurnState, vad: Any, event: Any) -> None:
        if isinstance(event, SpeechStart):
            onset = float(event.time)
            turn.open_start = onset
            if turn.stream is not None and turn.stream.job is not None:
                turn.stream.job.future.cancel()  # a pass of a segment the VAD never closed: not needed
            turn.stream = (
                OpenSegment(onset, Agreement(max(0.0, onset - self.options.segment_pad)))
                if self.options.speculative
                else None
            )
            self._post(ev.TraineeSpeaking(round(onset, 3)))
            self._post(ev.StateChanged("trainee", turn.turn_id))
            if turn.first_start is None:
                turn.first_start = onset
                self._schedule_interjection(turn)
            self._maybe_interrupted(turn, onset)
        elif isinstance(event, SpeechEnd):
            segment = SpeechSegment(float(event.start), float(event.end))
            turn.open_start = None
            stream, turn.stream = turn.stream, None
            segment.future = self._close_segment(turn, segment, stream)
            turn.segments.append(segment)

    def _maybe_interrupted(self, turn: TurnState, onset: float) -> None:
        if turn.interrupted:
            return
        line_cut = turn.line_cut
        line_speech_end = turn.line.speech_end if line_cut is None else min(turn.line.speech_end, line_cut)
        if onset >= line_speech_end - (self.judge_options or JudgeOptions()).onset_tolerance:
            return
        turn.interrupted = True
        now = turn.now
        stops = self.scenario.persona.patience == "low" and now < turn.line.duration and line_cut is None
        protest_text = ""
        if stops:
            cut_stream = self.backend.stop_playback()
            cut = max(now, cut_stream - turn.line_start)
            turn.line_cut = cut
            turn.customer = [(s, c, cut if c is turn.line and x is None else x) for s, c, x in turn.customer]
            protest = self._protest()
            start_stream = self.backend.play(
                protest.playback, at=turn.line_start + cut + self.options.protest_gap, label=PROTEST
            )
            turn.customer.append((start_stream - turn.line_start, protest, None))
            protest_text = protest.text
            turn.notes.append("persona stopped and protested")
            self._post(ev.CustomerDone(turn.turn_id, round(cut, 3), cut_off=True))
            turn.customer_done_posted = True
        self._post(ev.Interrupted(round(onset, 3), stops, protest_text))

    def _schedule_interjection(self, turn: TurnState) -> None:
        step = turn.step
        if step.interjection is None or turn.interjection is None:
            return
        wanted = turn.first_start + step.interjection.at if turn.first_start is not None else None
        if wanted is None:
            return
        start = max(wanted, turn.customer_busy_until())
        start_stream = self.backend.play(turn.interjection.playback, at=turn.line_start + start, label=INTERJECTION)
        turn.interjection_at = start_stream - turn.line_start
        turn.customer.append((turn.interjection_at, turn.interjection, None))

    def _customer_progress(self, turn: TurnState) -> None:
        now = turn.now
        if not turn.customer_done_posted and now >= turn.line.duration:
            turn.customer_done_posted = True
            self._post(ev.CustomerDone(turn.turn_id, round(turn.line.speech_end, 3)))
            if turn.first_start is None:
                self._post(ev.StateChanged("listening", turn.turn_id))
        if turn.interjection_at is not None and not turn.interjection_posted and now >= turn.interjection_at:
            turn.interjection_posted = True
            assert turn.interjection is not None
            self._post(
                ev.CustomerInterjected(
                    turn.interjection.text, round(turn.interjection_at, 3), round(turn.interjection.speech_end, 3)
                )
            )

    def _stream(self, turn: TurnState, vad: Any) -> None:
        """The open segment's passes (``voicecoach.live.streaming``): take a finished one, then,
        if the worker is free, start one when a pause begins (once per pause) or, with
        ``streaming``, when ``stream_interval`` s of speech came since the last pass and the duty
        limit allows. Nothing runs while nobody speaks."""
        stream = turn.stream
        if stream is None:
            return
        options = self.options
        stream.harvest(options.streaming, options.stream_duty)
        probability = float(vad.probability)
        now = turn.now
        if probability >= self.vad_options.threshold:
            stream.pause_since, stream.pause_pass = None, False  # speech goes on: the next pause gets its own pass
        elif probability < self.vad_options.neg_threshold and stream.pause_since is None:
            stream.pause_since = now
        if not turn.worker_idle():
            return
        if stream.pause_since is not None:
            # once the pause holds the padding a closed segment is decoded with (the VAD's probability
            # falls one frame after the speech), so that this pass can be the segment's last
            wait = max(0.0, options.segment_pad - _VAD_FRAME)
            if not stream.pause_pass and stream.last_until < now and now - stream.pause_since >= wait:
                stream.pause_pass = True
                self._start_pass(turn, stream, now, at_pause=True)
        elif (
            options.streaming
            and now - stream.last_until >= options.stream_interval
            and _time.monotonic() >= stream.next_at
        ):
            self._start_pass(turn, stream, now, at_pause=False)

    def _start_pass(self, turn: TurnState, stream: OpenSegment, now: float, *, at_pause: bool) -> None:
        """Submit one pass over the open segment: the audio from the agreement's cut to ``now``,
        the committed words' text after the scenario's prompt."""
        pad = self.options.segment_pad
        base = stream.agreement
        first = int(base.cut() * SAMPLE_RATE)
        audio = turn.mic.slice(first, turn.fed)
        prompt = base.prompt(reply_prompt(self.scenario, turn.turn_id))
        before = base.context()
        speech, keep = Span(stream.start, now), (stream.start - pad, now + pad)
        assert self._executor is not None

        def work() -> PassResult:
            began = _time.monotonic()
            try:
                words = decode_words(
                    self.transcriber, audio, language=self.language, offset=first / SAMPLE_RATE, prompt=prompt,
                    speech=speech, keep=keep, before=before, provisional=True,
                )  # fmt: skip
            except LoopedPass as loop:  # cut back: the agreement may take it, a segment's end may not
                return PassResult(loop.words, _time.monotonic() - began, looped=True)
            return PassResult(words, _time.monotonic() - began)

        stream.job = Pass(first / SAMPLE_RATE, now, base, self._executor.submit(work), at_pause)

    def _close_segment(
        self, turn: TurnState, segment: SpeechSegment, stream: OpenSegment | None
    ) -> Future[tuple[Word, ...]]:
        """The transcription of a segment the VAD just closed: the pass of the final pause if it
        covers the segment, else a last pass over the audio after the committed words (taking
        the pass still running first), else (no passes: ``speculative`` off) one whole decode."""
        if stream is None or abs(stream.start - segment.start) > 1e-6:
            if stream is not None and stream.job is not None:
                stream.job.future.cancel()
            return self._transcribe_later(turn, segment.start, segment.end)
        options = self.options
        stream.harvest(options.streaming, options.stream_duty)
        assert self._executor is not None
        last = stream.covering(segment.end + options.segment_pad - _VAD_FRAME)
        if last is not None:
            base, future = last.base, last.future
            whole = self._last_pass_work(turn, segment, stream.agreement, None)

            def finish() -> tuple[Word, ...]:  # after the pass (one worker)
                result = future.result()
                if result.looped:  # the pause's pass looped: decode the segment's rest after all
                    return whole()
                return base.finish(result.words)

            return self._executor.submit(finish)
        return self._last_pass(turn, segment, stream.agreement, stream.job)

    def _last_pass(
        self, turn: TurnState, segment: SpeechSegment, agreement: Agreement, pending: Pass | None
    ) -> Future[tuple[Word, ...]]:
        """Decode the closed ``segment`` from the cut of ``agreement`` (after ``pending``, the pass
        still running, has added its words when streaming) to its end: committed + new words."""
        assert self._executor is not None
        return self._executor.submit(self._last_pass_work(turn, segment, agreement, pending))

    def _last_pass_work(
        self, turn: TurnState, segment: SpeechSegment, agreement: Agreement, pending: Pass | None
    ) -> Callable[[], tuple[Word, ...]]:
        """The work of :meth:`_last_pass`, to run in the worker."""
        pad = self.options.segment_pad
        floor = max(0.0, segment.start - pad)
        first = int(floor * SAMPLE_RATE)
        last = min(turn.fed, int(math.ceil((segment.end + pad) * SAMPLE_RATE)))
        audio = turn.mic.slice(first, last)
        prompt = reply_prompt(self.scenario, turn.turn_id)
        speech, keep = Span(segment.start, segment.end), (segment.start - pad, segment.end + pad)
        streaming = self.options.streaming

        def work() -> tuple[Word, ...]:
            current = agreement
            finished = pending is not None and pending.future.done() and not pending.future.cancelled()
            if finished and streaming and pending.base is current and pending.future.exception() is None:
                current = current.advance(pending.future.result().words)
            skip = max(0, int(current.cut() * SAMPLE_RATE) - first)
            words = decode_words(
                self.transcriber, audio[skip:], language=self.language, offset=(first + skip) / SAMPLE_RATE,
                prompt=current.prompt(prompt), speech=speech, keep=keep, before=current.context(),
            )  # fmt: skip
            return current.finish(words)

        return work

    def _transcribe_later(self, turn: TurnState, start: float, end: float) -> Future[tuple[Word, ...]]:
        pad = self.options.segment_pad
        first = max(0, int((start - pad) * SAMPLE_RATE))
        last = min(turn.fed, int(math.ceil((end + pad) * SAMPLE_RATE)))
        audio = turn.mic.slice(first, last)
        offset = first / SAMPLE_RATE
        lo, hi = start - pad, end + pad
        assert self._executor is not None
        prompt = reply_prompt(self.scenario, turn.turn_id)  # the turn's names, numbers, key points

        def work() -> tuple[Word, ...]:
            # text Whisper wrote for the silence after the speech is not the trainee's (core/hallucination)
            return decode_words(
                self.transcriber, audio, language=self.language, offset=offset, prompt=prompt,
                speech=Span(start, end), keep=(lo, hi),
            )  # fmt: skip

        return self._executor.submit(work)

    def _post_partials(self, turn: TurnState) -> None:
        """Post the trainee's words so far when they grew: the closed segments' transcriptions
        (in order, as far as they are done) and, once all are done, the open segment's committed
        words (streaming)."""
        done = 0
        for segment in turn.segments:
            if segment.future is None or not segment.future.done():
                break
            done += 1
        committed = turn.stream.agreement.committed if turn.stream is not None and done == len(turn.segments) else ()
        if done > turn.partial_posted or (done == turn.partial_posted and len(committed) > turn.partial_committed):
            turn.partial_posted, turn.partial_committed = done, len(committed)
            words: list[str] = []
            for segment in turn.segments[:done]:
                assert segment.future is not None
                if segment.future.cancelled() or segment.future.exception() is not None:
                    continue
                words += [w.text for w in segment.future.result()]
            words += [w.text for w in committed]
            self._post(ev.PartialTranscript(" ".join(words).strip()))

    def _check_end(self, turn: TurnState, vad: Any) -> None:
        options = self.options
        now = turn.now
        if turn.first_start is None:
            line_end = turn.line_cut if turn.line_cut is not None else turn.line.speech_end
            if now >= line_end + options.answer_wait:
                turn.done = "unanswered"
                turn.unanswered = True
            return
        if now - turn.first_start >= options.max_turn_seconds:
            turn.done = "max_length"
            return
        if vad.in_speech or turn.open_start is not None or not turn.segments:
            return
        quiet_since = self._quiet_since(turn, now)
        silence = options.end_of_turn_silence
        if self.end_of_turn is not None and quiet_since <= turn.segments[-1].end:
            verdict = self._ask_end_of_turn(turn, now)
            if verdict == "finished":
                turn.done = "end_of_turn"
                return
            if verdict == "unfinished":
                silence = options.end_of_turn_rule.upper_bound(silence)
        pending = vad.pending_onset
        if pending is not None and pending - quiet_since < silence:
            return  # speech came back within the silence; the VAD says so only a frame or more later
        if now - quiet_since >= silence:
            turn.done = "silence"

    @staticmethod
    def _quiet_since(turn: TurnState, now: float) -> float:
        """Turn-clock time since which neither side speaks: the end of the trainee's last closed
        segment, or of customer audio that started by ``now`` (it holds the floor until it ends;
        a scheduled interjection the trainee never reached does not: it is cancelled when the
        turn ends)."""
        return max(turn.segments[-1].end, min(turn.customer_busy_until(started_by=now), now))

    def _judge_ahead(self, turn: TurnState, vad: Any) -> None:
        """Judge the reply now, in the pause, as the turn will be when the silence rule ends it
        (``EngineOptions.judge_ahead``): only when nobody speaks, every closed segment is
        transcribed, no customer audio is still to come and no end-of-turn model may end the
        turn earlier; once per set of segments. The turn's end is put where the silence rule
        will see it: on the grid of the blocks arriving (``turn.last_block`` samples each)."""
        if (
            not self.options.judge_ahead
            or self._judge_pool is None
            or self.end_of_turn is not None
            or turn.unanswered
            or not turn.segments
            or vad.in_speech
            or turn.open_start is not None
            or vad.pending_onset is not None
            or turn.last_block <= 0
            or (turn.speculation is not None and turn.speculation.segments == len(turn.segments))
        ):
            return
        now = turn.now
        if turn.customer_busy_until() > now:
            return  # customer audio is still to come (its line, an interjection): not the whole turn
        words = self._segment_words(turn, keep_notes=False)
        if words is None:
            return  # a transcription still runs (or failed: judged after the turn, with its note)
        quiet_since = self._quiet_since(turn, now)
        silence = self.options.end_of_turn_silence
        fed = turn.fed
        while fed / SAMPLE_RATE - quiet_since < silence:  # the test _check_end makes, block by block
            fed += turn.last_block
        built = self._build_turn(turn, words, duration=fed / SAMPLE_RATE)
        if turn.speculation is not None:
            turn.speculation.result.cancel()  # judged before the last segment: never used
        judged = self._judge_pool.submit(self._judge, built, turn.turn_id)
        turn.speculation = Speculation(len(turn.segments), built, judged)

    def _segment_words(self, turn: TurnState, *, keep_notes: bool) -> tuple[Word, ...] | None:
        """The trainee's words of all closed segments, in time order. With ``keep_notes`` (the
        turn's end) it waits for each transcription and a failed one is logged and noted on the
        turn (its words are missing, the turn is still judged); without, None while any
        transcription runs or if one failed."""
        words: list[Word] = []
        for segment in turn.segments:
            future = segment.future
            if future is None:
                continue
            if not keep_notes and (not future.done() or future.cancelled() or future.exception() is not None):
                return None
            try:
                words += future.result()
            except Exception as error:  # noqa: BLE001 - one failed segment must not lose the turn
                log.exception("transcribing a segment failed")
                turn.notes.append(f"transcription failed for {segment.start:.1f}-{segment.end:.1f}s: {error}")
        words.sort(key=lambda word: word.start)
        return tuple(words)

    def _ask_end_of_turn(self, turn: TurnState, now: float) -> Verdict | None:
        """The end-of-turn gate on the pause after the last segment (``EndOfTurnRule.verdict``):
        the model asked once, when the pause is ``min_pause`` long, on the reply's last ``window``
        seconds (pause included); the transcript looked at on every block until it is ready.
        None: not asked yet, or the model failed (the silence rule decides)."""
        rule = self.options.end_of_turn_rule
        asked = self._turn_verdict
        if asked is not None and asked[0] is turn and asked[1] == len(turn.segments):
            probability = asked[2]
        else:
            if now - turn.segments[-1].end < rule.min_pause or self.end_of_turn is None:
                return None
            first = turn.first_start if turn.first_start is not None else 0.0
            lo = max(0, int((max(first - rule.pre_speech, now - rule.window)) * SAMPLE_RATE))
            audio = turn.mic.slice(lo, turn.fed)
            try:
                probability = float(self.end_of_turn.probability(audio))
            except Exception as error:  # noqa: BLE001 - the model must never stop a call
                log.exception("the end-of-turn model failed")
                turn.notes.append(f"end-of-turn model failed: {error}")
                probability = None
            self._turn_verdict = (turn, len(turn.segments), probability)
            if probability is not None:
                turn.notes.append(
                    f"end of turn: p={probability:.2f} after a {now - turn.segments[-1].end:.2f}s pause at {now:.2f}s"
                    f" ({rule.verdict(probability, self._reply_text(turn), self.language)})"
                )
        if probability is None:
            return None
        return rule.verdict(probability, self._reply_text(turn), self.language)

    @staticmethod
    def _reply_text(turn: TurnState) -> str | None:
        """The transcript of the reply so far, or None while a segment's transcription runs."""
        words: list[str] = []
        for segment in turn.segments:
            future = segment.future
            if future is None or not future.done():
                return None
            if not future.cancelled() and future.exception() is None:
                words += [w.text for w in future.result()]
        return " ".join(words).strip()

    def _finish_turn(self, turn: TurnState, vad: Any) -> JudgedTurn | None:
        reason = turn.done or "silence"
        now = turn.now
        if self.backend.is_playing:
            cut = self.backend.stop_playback() - turn.line_start
            turn.customer = [
                (s, c, x if x is not None else (cut if s + c.duration > cut else None)) for s, c, x in turn.customer
            ]
            turn.customer = [(s, c, x) for s, c, x in turn.customer if s < cut]
        for event in vad.flush():
            self._vad_event(turn, vad, event)
        if turn.stream is not None:  # the VAD closed every segment above; nothing is left open
            if turn.stream.job is not None:
                turn.stream.job.future.cancel()
            turn.stream = None
        if reason in ("hang_up", "device_lost") and turn.first_start is None:
            self._cancel_jobs(turn)
            return None  # nothing of the trainee to judge or keep
        behind = getattr(self.backend, "clock_problem", None)
        if behind:  # the demo could not keep its clock: this turn's reply is not what was meant
            self._cancel_jobs(turn)
            self._device_error = said(behind)
            return None
        if turn.unanswered:
            self._post(ev.Unanswered(turn.turn_id, round(self.options.answer_wait, 3)))
        else:
            self._post(ev.TraineeDone(round(now, 3), reason))
        self._post(ev.StateChanged("judging", turn.turn_id))
        words = self._segment_words(turn, keep_notes=True) or ()
        muted = not turn.segments and turn.was_muted(self._muted)  # nothing heard: the microphone was off
        if muted:
            turn.notes.append("muted: the microphone was muted and nothing was heard; the turn is not scored")
        built = self._build_turn(turn, words)
        result = self._judged_ahead(turn, built) or self._judge(built, turn.turn_id)
        if muted:
            result = muted_result(result, customer=self.scenario.persona.name)
        record = self._save(turn, built, result)
        if muted and self.store is not None and self.session_id is not None and record.index is not None:
            # left out of the session's score, turn count and trends, as a retried attempt is
            self.store.mark_replaced(self.session_id, record.index, None)
        replaced, self._retrying = self._retrying, None
        if replaced is not None and replaced in self.records:
            # the retry takes the place of the attempt it retries (both stay in the history)
            self.records[self.records.index(replaced)] = record
            self.replaced.append(replaced)
            if self.store is not None and self.session_id is not None and replaced.index is not None:
                self.store.mark_replaced(self.session_id, replaced.index, record.index)
        else:
            self.records.append(record)
        last = self.options.max_turns is not None and len(self.records) >= self.options.max_turns
        next_id = None if last else self._next_id(turn.turn_id, record)
        stored = (self.session_id, record.index) if self.session_id is not None and record.index is not None else None
        self._post(
            ev.TurnJudged(
                result, record.customer_audio, record.trainee_audio, turn.number, next_id, stored, turn.attempt
            )
        )
        self._post(ev.StateChanged("feedback", turn.turn_id))
        return record

    @staticmethod
    def _judged_ahead(turn: TurnState, built: Turn) -> TurnResult | None:
        """The judgement made in the pause (:meth:`_judge_ahead`) when the finished turn is
        exactly the one it judged; None otherwise (or if it failed): the caller judges."""
        ahead, turn.speculation = turn.speculation, None
        if ahead is None or ahead.built != built:
            if ahead is not None:
                ahead.result.cancel()
            return None
        try:
            return ahead.result.result()
        except Exception:  # noqa: BLE001 - judged again in the caller, where an error is reported
            log.debug("judging ahead failed", exc_info=True)
            return None

    def _cancel_jobs(self, turn: TurnState) -> None:
        if turn.speculation is not None:
            turn.speculation.result.cancel()
        for segment in turn.segments:
            if segment.future is not None:
                segment.future.cancel()
        if turn.stream is not None and turn.stream.job is not None:
            turn.stream.job.future.cancel()

    # -- building, judging, saving -------------------------------------------------------------

    def _build_turn(self, turn: TurnState, words: tuple[Word, ...], duration: float | None = None) -> Turn:
        """The turn to judge: customer audio placed (cut where it was cut), the trainee's speech
        segments and ``words``, ``duration`` seconds long (default: the turn so far)."""
        customer_spans: list[Span] = []
        customer_words: list[Word] = []
        for start, clip, cut in sorted(turn.customer, key=lambda item: item[0]):
            limit = start + clip.duration if cut is None else cut
            spans = [Span(start + s.start, min(start + s.end, limit)) for s in clip.spans if start + s.start < limit]
            customer_spans += spans
            aligned = align_text(clip.text, tuple(Span(s.start + start, s.end + start) for s in clip.spans))
            customer_words += [w for w in aligned if (w.start + w.end) / 2 < limit]
        trainee_spans = tuple(Span(round(s.start, 3), round(s.end, 3)) for s in turn.segments)
        duration = turn.now if duration is None else duration
        notes = list(turn.notes)
        if turn.unanswered:
            notes.append(f"unanswered: no reply within {self.options.answer_wait:g}s after the line")
        if self.demo:
            notes.append("demo: the reply was synthesized")
        return Turn(
            customer=Track(
                tuple(sorted(customer_spans, key=lambda s: s.start)),
                tuple(sorted(customer_words, key=lambda w: w.start)),
            ),
            trainee=Track(trainee_spans, words),
            duration=round(duration, 3),
            line_end=round(turn.line.speech_end, 3),
            echo_delay=self.options.echo_delay,
            notes=tuple(notes),
            line_cut=None if turn.line_cut is None else round(turn.line_cut, 3),
        )

    def _judge(self, built: Turn, turn_id: str) -> TurnResult:
        info = getattr(self.transcriber, "info", None)
        models: dict[str, Any] = {
            "whisper": info.as_options() if hasattr(info, "as_options") else {"model": str(info)},
            "vad": {"model": "silero_vad_v6", **self.vad_options.to_json()},
            "live": self.options.to_json(),
        }
        if self.demo:
            models["source"] = {"demo": True}
        return judge(
            built,
            language=self.language,
            scenario=self.scenario,
            step_id=turn_id,
            options=self.judge_options if self.judge_options is not None else JudgeOptions(),
            models=models,
            resources=language_resources.shared(),
        )

    def _save(self, turn: TurnState, built: Turn, result: TurnResult) -> JudgedTurn:
        mic = turn.mic.slice()
        customer = turn.customer_signal(0, len(mic))
        if self.store is not None and self.session_id is None:
            self._start_session()
        if self.store is not None and self.session_id is not None:
            index = self.store.next_index(self.session_id)
            customer_path = self.store.save_recording(self.session_id, index, "customer", customer, SAMPLE_RATE)
            trainee_path = self.store.save_recording(self.session_id, index, "trainee", mic, SAMPLE_RATE)
            self.store.add_turn(
                self.session_id, result, {"customer": customer_path, "trainee": trainee_path}, index=index
            )
            return JudgedTurn(result, customer_path, trainee_path, index)
        folder = self._recordings_folder()
        index = len(self.records) + 1
        customer_path = write_audio(folder / f"turn-{index}-customer.flac", customer, SAMPLE_RATE)
        trainee_path = write_audio(folder / f"turn-{index}-trainee.flac", mic, SAMPLE_RATE)
        return JudgedTurn(result, customer_path, trainee_path, None)

    def _recordings_folder(self) -> Path:
        if self._recordings_dir is None:
            base = self.options.recordings_dir
            if base is None:
                base = user_cache_dir() / "calls"
            self._recordings_dir = base / uuid.uuid4().hex[:12]
            self._recordings_dir.mkdir(parents=True, exist_ok=True)
        return self._recordings_dir

    def _open_store(self) -> None:
        store = self._store_arg
        if store is None:
            return
        if callable(store) and not hasattr(store, "start_session"):
            store = store()
        self.store = store
        if hasattr(store, "on_note"):  # what the store worked around (a turn kept for later, ...): one line each
            store.on_note = lambda note: self._post(ev.Notice(note.message, note.key, note.detail))

    def _start_session(self) -> None:
        """The session in the history, made when the first turn is judged: a call that ends
        before (hung up, device lost, killed) leaves nothing behind. A demo's session says
        ``mode: demo``; progress and trends leave it out. The persona's name and gender are kept
        (``persona``), so the report says "Kundin" or "Kunde" as the persona was in this call."""
        assert self.store is not None
        persona = self.scenario.persona
        self.session_id = self.store.start_session(
            self.scenario.id,
            self.scenario.title,
            self.language,
            {
                "mode": "demo" if self.demo else "live",
                "persona": {"name": persona.name, "gender": persona.form_gender},
                **self.options.to_json(),
            },
        )

    def _finish(self, reason: str) -> None:
        if self._started:
            try:
                self.backend.stop()
            except Exception:  # noqa: BLE001 - a dead device may refuse to stop; the call still ends
                log.exception("stopping the audio backend failed")
            self._listening = False
            self._drain_inbox()  # notes the backend gave while stopping (the demo's sound)
        for pool in (self._executor, self._judge_pool):
            if pool is not None:
                pool.shutdown(wait=False, cancel_futures=True)
        summary = None
        results = tuple(record.result for record in self.records if counted(record.result))
        if results:
            summary = summarize(results, language=self.language)
        if self.store is not None and self.session_id is not None:
            status = {"finished": "completed", "turn_limit": "completed", "device_lost": "device_lost"}.get(
                reason, "aborted"
            )
            self.store.end_session(self.session_id, status)
        self._post(ev.StateChanged("ended"))
        self._post(ev.CallEnded(summary, reason, results, self.session_id))  # type: ignore[arg-type]
        self._running = False

    # -- plumbing -----------------------------------------------------------------------------

    def _on_input(self, block: np.ndarray, t: float) -> None:
        """A microphone block (the backend's thread): kept only while a turn listens."""
        self._last_input = _time.monotonic()
        if self._listening:
            self._inbox.put(("block", block, t))

    def _watch_input(self) -> None:
        """A real device that has delivered nothing for ``input_timeout`` s is lost (a bound on
        every wait of the call, whatever the backend reports)."""
        if self._device_error is not None or self.backend.virtual or not self._started:
            return
        failed = getattr(self.backend, "failed", None)
        behind = getattr(self.backend, "clock_problem", None)  # a real-time demo fell behind its clock
        if isinstance(failed, str | Said) and str(failed):
            self._device_error = said(failed)
        elif behind:  # said at once; the turn it spoils is not kept (_finish_turn)
            self._device_error = said(behind)
        elif _time.monotonic() - self._last_input > self.options.input_timeout:
            self._device_error = Said(
                "the microphone delivered no sound for {seconds:g} s (device unplugged or sound server stopped); "
                "check the device and start the call again",
                seconds=self.options.input_timeout,
            )

    def _on_error(self, message: Said | str) -> None:
        self._inbox.put(("error", message, 0.0))

    def _on_note(self, notice: ev.Notice) -> None:
        """A backend's note (any thread): posted from the engine's thread like every event."""
        self._inbox.put(("note", notice, 0.0))

    def _next_item(self) -> tuple[str, Any, float] | None:
        if self.backend.virtual:
            try:
                return self._inbox.get_nowait()
            except queue.Empty:
                pass
            if not self.backend.pump():
                try:
                    return self._inbox.get_nowait()
                except queue.Empty:
                    return ("error", Said("the audio backend stopped"), 0.0)
            try:
                return self._inbox.get_nowait()
            except queue.Empty:
                return None
        try:
            return self._inbox.get(timeout=0.1)
        except queue.Empty:
            return None

    def _drain_inbox(self) -> None:
        while True:
            try:
                kind, payload, _t = self._inbox.get_nowait()
            except queue.Empty:
                return
            if kind == "error":
                self._device_error = said(payload)
            elif kind == "note":
                self._post(payload)

    def _poll_control(self) -> str | None:
        try:
            return self._controls.get_nowait()
        except queue.Empty:
            return None

    def _post(self, event: ev.CallEvent) -> None:
        try:
            self.on_event(event)
        except Exception:  # noqa: BLE001 - a broken screen must not stop the call
            log.exception("an event handler failed on %s", type(event).__name__)


__all__ = ["CallEngine", "EngineOptions", "EventHandler", "StoreArg"]
