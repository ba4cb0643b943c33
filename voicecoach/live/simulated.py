"""The simulated audio backend: a clock of its own and a scripted microphone.

:class:`SimulatedBackend` implements :class:`voicecoach.core.backend.AudioBackend` without a
device. The demo call runs on it in real time (:class:`voicecoach.live.demo.DemoBackend`); tests
and the latency benchmark run whole calls on it, virtually (in milliseconds, deterministically)
or in real time. Its microphone hears the :class:`SimulatedReply` s placed on it, plus an echo
of what it played and noise, as configured.
"""

from __future__ import annotations

import threading
import time as _time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from voicecoach.adapters.audio_files import read_audio, resample, to_mono
from voicecoach.core.backend import (
    INTERJECTION,
    LINE,
    ErrorCallback,
    InputCallback,
    NoteCallback,
    SimulatedReply,
    as_mono_float32,
)
from voicecoach.core.errors import Said


@dataclass
class _Scheduled:
    start: float
    samples: np.ndarray
    label: str
    record: Played


#: A yielding reply (``SimulatedReply(yields=True)``) stops in this window (seconds after the
#: customer's cut-in becomes audible; a quick listener's reaction, inside the judge's
#: ``yield_within`` of 1 s): at a pause between phrases, else at a short gap, and then says the
#: cut phrase again when it goes on (see :func:`_stop_point`). Stopping at the first short gap
#: and going on from there split words at a stop consonant, and Whisper heard "courier. Thank you."
YIELD_REACTION = (0.1, 0.7)
#: A gap between words: this long below :data:`_GAP_FRACTION` of the reply's typical loudness
#: (Piper's voices leave 30-100 ms between most words at the demo's rate).
WORD_GAP = 0.04
#: A pause between phrases (a comma, a full stop): where a reply that stops goes on from.
PHRASE_PAUSE = 0.1
#: How far back a reply cut inside a phrase looks for the phrase's start, to say it again.
PHRASE_BACK = 2.0
_GAP_FRACTION = 0.03
#: ... and goes on this long after the cut-in's last sound: a breath, longer than the judge's
#: ``onset_tolerance`` (0.15 s, else it cuts back into the customer's last word) and shorter than
#: the engine's ``end_of_turn_silence`` (0.8 s by default; the cut-in holds the floor until its
#: clip ends, so the pause counts from there and the reply is not taken as over).
YIELD_RESUME_GAP = 0.4
#: A 10 ms frame whose RMS is above this fraction of the loudest frame is sound (synthesized and
#: recorded speech alike; only the edges of a clip are looked for with it).
_SOUND_FRACTION = 0.05
_FRAME_SECONDS = 0.01
#: A paced clock (``SimulatedBackend.paced``) that its consumer kept waiting catches up at most
#: this much (seconds of wall time) in a burst; beyond it, the clock runs on from "now" (slower).
PACE_CATCH_UP = 0.1
#: A cut-in (``play(at=...)``) placed on a real-time clock more than this past the time it was
#: meant for means the consumer fell behind the clock. Below it the delay is the speech
#: detector's own (it confirms an onset 0.1-0.3 s after it, so an ``at`` near the onset is in
#: the past on any clock). A reply placed late loses its start, so for replies one block counts.
LATE_CUE_SECONDS = 0.5


@dataclass
class _Placed:
    start: float
    samples: np.ndarray
    yields: bool = False
    #: This piece is the rest of a reply that paused for a cut-in (dropped if the cut-in is).
    resumed: bool = False


@dataclass
class Played:
    """One ``play`` call as the backend heard it (for assertions)."""

    start: float
    label: str
    samples: np.ndarray
    sample_rate: int
    #: Stream time the output was cut off by ``stop_playback``, if it was.
    cut_at: float | None = None

    @property
    def end(self) -> float:
        natural = self.start + len(self.samples) / self.sample_rate
        return natural if self.cut_at is None else min(natural, self.cut_at)


class SimulatedBackend:
    """A backend with a simulated clock and a scripted microphone: the demo call runs on it
    (:class:`voicecoach.live.demo.DemoBackend`), and so do the tests and the latency benchmark.

    - ``realtime=False`` (default): time advances only when the consumer calls :meth:`pump`,
      one block per call. The engine pumps whenever it waits for input, so a whole call is
      deterministic and takes milliseconds.
    - ``realtime=True``: a thread delivers a block every ``block_seconds / speed`` seconds of
      wall time, like a sound card (the demo call with sound and the latency benchmark use this).
      Its clock runs whether the consumer keeps up or not: what the consumer places on it late
      (a reply, a cut-in meant for a time the clock has passed) sets :attr:`clock_problem`.
    - ``paced=True`` with ``realtime=False``: the consumer pumps, but :meth:`pump` waits so the
      clock runs at most ``speed`` times real time (the silent demo call): a consumer that is
      slower only slows the clock, so it can never fall behind it.

    The microphone hears the :class:`SimulatedReply` s, plus ``echo_gain`` times the played output
    delayed by ``echo_delay`` (a speaker leaking into the mic), plus white noise at
    ``noise_db`` dBFS. A reply placed with ``yields=True`` (the demo's) stops when an interjection
    is played over it and goes on after it (:data:`YIELD_REACTION`, :data:`YIELD_RESUME_GAP`), as
    a good trainee does; the others talk on. ``fail_at`` (stream time) simulates a device that dies mid-call:
    ``on_error`` is called with ``fail_message`` and no more blocks arrive.
    """

    def __init__(
        self,
        sample_rate: int = 16_000,
        *,
        block_seconds: float = 0.02,
        replies: Sequence[SimulatedReply] = (),
        realtime: bool = False,
        speed: float = 1.0,
        echo_gain: float = 0.0,
        echo_delay: float = 0.0,
        noise_db: float | None = None,
        input_latency: float = 0.0,
        output_latency: float = 0.0,
        fail_at: float | None = None,
        fail_message: Said | str | None = None,
        seed: int = 0,
    ) -> None:
        self._rate = int(sample_rate)
        self.block = max(1, int(round(block_seconds * self._rate)))
        self.realtime = realtime
        self.speed = speed
        self.echo_gain = echo_gain
        self.echo_delay = echo_delay
        self.noise_db = noise_db
        self.input_latency = input_latency
        self.output_latency = output_latency
        self.fail_at = fail_at
        self.fail_message = (
            Said("the audio device was disconnected; plug it back in and start the call again")
            if fail_message is None
            else fail_message
        )
        self._rng = np.random.default_rng(seed)
        self._lock = threading.RLock()
        self._position = 0  # samples delivered so far (the clock)
        self._queue: list[_Scheduled] = []  # output still to be played
        self.played: list[Played] = []
        self._pending_replies: list[SimulatedReply] = list(replies)
        self._placed: list[_Placed] = []
        self._lines_started: list[float] = []
        self._on_input: InputCallback | None = None
        self._on_error: ErrorCallback | None = None
        self._failed = False
        self._running = False
        self._thread: threading.Thread | None = None
        #: A virtual clock held to at most ``speed`` times real time (see the class docstring).
        self.paced = False
        self._pace_due: float | None = None  # monotonic time the next paced block is due
        #: Everything the microphone delivered, concatenated on demand by :meth:`recorded`.
        self._recorded: list[np.ndarray] = []
        self.keep_recording = True
        #: Notes for the user (the engine sets it; the demo's sound uses it).
        self.on_note: NoteCallback | None = None
        #: One line (said in the UI language) once a real-time clock ran past a reply or a cut-in
        #: before it was placed (the demo could not keep its clock: the turn was not heard as
        #: meant); the engine then keeps nothing of the turn and ends the call with it. None while
        #: all is well.
        self.clock_problem: Said | None = None
        self._schedule_replies()

    # -- AudioBackend -----------------------------------------------------------------------

    @property
    def sample_rate(self) -> int:
        return self._rate

    def start(self, on_input: InputCallback, on_error: ErrorCallback | None = None) -> None:
        with self._lock:
            self._on_input = on_input
            self._on_error = on_error
            self._running = True
        if self.realtime and self._thread is None:
            self._thread = threading.Thread(target=self._clock_thread, name="simulated-audio", daemon=True)
            self._thread.start()

    def play(self, samples: np.ndarray, *, at: float | None = None, label: str = "") -> float:
        samples = as_mono_float32(samples)
        with self._lock:
            start = self.time() + self.output_latency
            if at is not None:
                self._check_clock(at, LATE_CUE_SECONDS)
                start = max(start, at)
            if self._queue:
                start = max(start, self._queue[-1].start + len(self._queue[-1].samples) / self._rate)
            record = Played(start, label, samples, self._rate)
            self._queue.append(_Scheduled(start, samples, label, record))
            self.played.append(record)
            if label == LINE:
                self._lines_started.append(start)
                self._schedule_replies()
            elif label == INTERJECTION:
                self._yield_to(start, samples)
            return start

    def stop_playback(self) -> float:
        with self._lock:
            cut = self.time() + self.output_latency
            kept: list[_Scheduled] = []
            for item in self._queue:
                end = item.start + len(item.samples) / self._rate
                if item.start >= cut:
                    item.record.cut_at = item.start
                    continue
                if end > cut:
                    keep = int(round((cut - item.start) * self._rate))
                    item.record.cut_at = cut
                    item = _Scheduled(item.start, item.samples[:keep], item.label, item.record)
                kept.append(item)
            self._queue = kept
            # a cut-in that is called off (the turn ended): nobody waits for it to go on
            self._placed = [p for p in self._placed if not (p.resumed and p.start >= cut)]
            return cut

    @property
    def is_playing(self) -> bool:
        with self._lock:
            now = self.time()
            return any(item.start + len(item.samples) / self._rate > now for item in self._queue)

    def time(self) -> float:
        return self._position / self._rate

    def stop(self) -> None:
        with self._lock:
            self._running = False
            thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=2.0)

    # -- simulation controls ----------------------------------------------------------------------

    @property
    def virtual(self) -> bool:
        """True when time advances only through :meth:`pump` (the engine then pumps)."""
        return not self.realtime

    def add_reply(self, reply: SimulatedReply) -> None:
        """Place more microphone audio (e.g. from an event handler, mid-call)."""
        with self._lock:
            self._pending_replies.append(reply)
            self._schedule_replies()

    def pump(self, blocks: int = 1) -> bool:
        """Advance the virtual clock by ``blocks`` blocks, delivering each to ``on_input``.

        Returns False when the backend is stopped or failed (nothing was delivered). A
        :attr:`paced` clock first waits until the blocks are due on the wall clock.
        """
        for _ in range(blocks):
            if self.paced:
                self._wait_for_pace()
            if not self._deliver_one():
                return False
        return True

    def run_for(self, seconds: float) -> None:
        """Pump for ``seconds`` of virtual time."""
        self.pump(max(1, int(round(seconds * self._rate / self.block))))

    def recorded(self) -> np.ndarray:
        """All microphone samples delivered so far (from stream time 0)."""
        with self._lock:
            return np.concatenate(self._recorded) if self._recorded else np.zeros(0, np.float32)

    def output(self, until: float | None = None) -> np.ndarray:
        """The output signal as played at the DAC, from stream time 0 to ``until`` (default: now)."""
        with self._lock:
            end = self.time() if until is None else until
            return self._render_output(0, int(round(end * self._rate)))

    def line_starts(self) -> list[float]:
        """Stream times at which each customer line (label ``"line"``) started."""
        with self._lock:
            return list(self._lines_started)

    # -- internals --------------------------------------------------------------------------

    def _load(self, audio: np.ndarray | str | Path) -> np.ndarray:
        if isinstance(audio, (str, Path)):
            decoded = to_mono(read_audio(audio))
            return resample(decoded.samples, decoded.sample_rate, self._rate)
        return as_mono_float32(audio)

    def _schedule_replies(self) -> None:
        still: list[SimulatedReply] = []
        for reply in self._pending_replies:
            if reply.turn is None:
                start = reply.at
            elif len(self._lines_started) >= reply.turn:
                start = self._lines_started[reply.turn - 1] + reply.at
            else:
                still.append(reply)
                continue
            self._placed.append(_Placed(start, self._load(reply.audio) * np.float32(reply.gain), reply.yields))
            self._check_clock(start, self.block / self._rate)
        self._pending_replies = still

    def _check_clock(self, wanted: float, tolerance: float) -> None:
        """Set :attr:`clock_problem` when a real-time clock has already passed ``wanted`` (stream
        seconds) by more than ``tolerance`` seconds: what was meant for then (a reply, a cut-in)
        comes late, and the turn is not what the demo meant."""
        late = self.time() - wanted
        if not self.realtime or not self._running or late <= tolerance or self.clock_problem:
            return
        if self.speed != 1.0:
            self.clock_problem = Said(
                "the demo fell behind its own clock by {late:.1f} s (the computer is too busy for --demo-speed "
                "{speed}); this turn was not saved; try again with a lower --demo-speed or fewer programs running",
                late=late,
                speed=f"{self.speed:g}",
            )
        else:
            self.clock_problem = Said(
                "the demo fell behind its own clock by {late:.1f} s (the computer is too busy to play it in real "
                "time); this turn was not saved; close other programs and try again",
                late=late,
            )

    def _wait_for_pace(self) -> None:
        """Sleep until the next block is due at ``speed`` times real time (a paced clock)."""
        now = _time.monotonic()
        due = self._pace_due
        if due is None or due < now - PACE_CATCH_UP:
            due = now  # the first block, or the consumer kept the clock waiting: run on from now
        if due > now:
            _time.sleep(due - now)
        self._pace_due = due + self.block / self._rate / self.speed

    def _yield_to(self, start: float, samples: np.ndarray) -> None:
        """A cut-in (an interjection played from stream time ``start``): every yielding reply that
        is speaking when it becomes audible stops ``YIELD_REACTION`` later, at its quietest moment,
        and goes on ``YIELD_RESUME_GAP`` after the cut-in's last sound (from where it stopped).
        Called under the lock, when the engine schedules the cut-in, before it is heard."""
        sound = _sound_extent(samples, self._rate)
        if sound is None:
            return
        heard, done = start + sound[0] / self._rate, start + sound[1] / self._rate
        resume_at = done + YIELD_RESUME_GAP
        placed: list[_Placed] = []
        for piece in self._placed:
            if not piece.yields:
                placed.append(piece)
                continue
            reference = _loudest(piece.samples, self._rate)
            lo = int(round((heard + YIELD_REACTION[0] - piece.start) * self._rate))
            hi = int(round((heard + YIELD_REACTION[1] - piece.start) * self._rate))
            if lo < 0:  # starts (nearly) with the cut-in or after it: it waits for the customer
                rest = _trimmed(piece.samples, self._rate, reference)
                first_sound = piece.start + (len(piece.samples) - len(rest)) / self._rate if rest is not None else 0.0
                if rest is None or first_sound >= resume_at:
                    placed.append(piece)
                else:
                    placed.append(_Placed(resume_at, rest, True, True))
                continue
            if lo >= len(piece.samples) or _trimmed(piece.samples[lo:], self._rate, reference) is None:
                placed.append(piece)  # already done by then: nothing to stop
                continue
            cut, again = _stop_point(piece.samples, lo, hi, self._rate)
            rest = _trimmed(piece.samples[again:], self._rate, reference)
            placed.append(_Placed(piece.start, _faded(piece.samples[:cut], self._rate, out=True), True, piece.resumed))
            if rest is not None:
                placed.append(_Placed(resume_at, _faded(rest, self._rate, out=False), True, True))
        self._placed = placed

    def _render_output(self, first: int, last: int) -> np.ndarray:
        """Output samples [first, last) on the stream clock (what the DAC plays)."""
        out = np.zeros(max(0, last - first), np.float32)
        for record in self.played:
            begin = int(round(record.start * self._rate))
            samples = record.samples
            if record.cut_at is not None:
                samples = samples[: max(0, int(round((record.cut_at - record.start) * self._rate)))]
            mix_into(out, first, begin, samples)
        return out

    def _deliver_one(self) -> bool:
        with self._lock:
            if not self._running or self._failed:
                return False
            first = self._position
            last = first + self.block
            t = first / self._rate
            if self.fail_at is not None and t >= self.fail_at:
                self._failed = True
                on_error = self._on_error
                fail = True
            else:
                fail = False
                block = np.zeros(self.block, np.float32)
                for placed in self._placed:
                    mix_into(block, first, int(round(placed.start * self._rate)), placed.samples)
                if self.echo_gain:
                    delay = int(round(self.echo_delay * self._rate))
                    block += np.float32(self.echo_gain) * self._render_output(first - delay, last - delay)
                if self.noise_db is not None:
                    amplitude = 10 ** (self.noise_db / 20)
                    block += self._rng.normal(0.0, amplitude, self.block).astype(np.float32)
                self._position = last
                # output that has fully played out leaves the queue
                now = self.time()
                self._queue = [i for i in self._queue if i.start + len(i.samples) / self._rate > now]
                if self.keep_recording:
                    self._recorded.append(block)
                on_input = self._on_input
        if fail:
            if on_error is not None:
                on_error(self.fail_message)
            return False
        if on_input is not None:
            on_input(block, t)
        return True

    def _clock_thread(self) -> None:
        period = self.block / self._rate / self.speed
        next_tick = _time.monotonic()
        while True:
            with self._lock:
                if not self._running:
                    return
            if not self._deliver_one():
                return
            next_tick += period
            delay = next_tick - _time.monotonic()
            if delay > 0:
                _time.sleep(delay)


def _frame_rms(samples: np.ndarray, rate: int) -> np.ndarray:
    frame = max(1, int(round(_FRAME_SECONDS * rate)))
    count = len(samples) // frame
    if count == 0:
        return np.zeros(0, np.float64)
    frames = samples[: count * frame].astype(np.float64).reshape(count, frame)
    return np.sqrt(np.mean(np.square(frames), axis=1))


def _loudest(samples: np.ndarray, rate: int) -> float:
    """The RMS of the loudest 10 ms frame of ``samples`` (0.0 when shorter than a frame)."""
    rms = _frame_rms(samples, rate)
    return float(rms.max()) if len(rms) else 0.0


def _sound_extent(samples: np.ndarray, rate: int, reference: float | None = None) -> tuple[int, int] | None:
    """First and last sample (end exclusive) of the 10 ms frames that hold sound, or None: sound
    is :data:`_SOUND_FRACTION` of ``reference`` (an RMS; default: the loudest frame here)."""
    rms = _frame_rms(samples, rate)
    level = float(rms.max()) if reference is None and len(rms) else (reference or 0.0)
    if not len(rms) or level <= 1e-6:
        return None
    loud = np.flatnonzero(rms >= _SOUND_FRACTION * level)
    if not len(loud):
        return None
    frame = max(1, int(round(_FRAME_SECONDS * rate)))
    return int(loud[0]) * frame, min(len(samples), (int(loud[-1]) + 1) * frame)


def _trimmed(samples: np.ndarray, rate: int, reference: float) -> np.ndarray | None:
    """``samples`` from their first sound on (as loud as the whole reply's ``reference`` makes
    sound, see :func:`_sound_extent`); None when only silence or noise is left."""
    sound = _sound_extent(samples, rate, reference)
    return None if sound is None else samples[sound[0] :]


def _stop_point(samples: np.ndarray, lo: int, hi: int, rate: int) -> tuple[int, int]:
    """Where a reply stops in samples [lo, hi) and where it goes on from: the middle of the first
    pause between phrases there (:data:`PHRASE_PAUSE`, both the same); else the first short gap
    (:data:`WORD_GAP`: between words, or the closure of a stop consonant), or the quietest 10 ms,
    going on from the last pause before it (the cut phrase said again) or from the cut itself."""
    frame = max(1, int(round(_FRAME_SECONDS * rate)))
    rms = _frame_rms(samples, rate)
    if not len(rms) or float(rms.max()) <= 1e-6:
        return lo, lo
    typical = float(np.median(rms[rms >= _SOUND_FRACTION * float(rms.max())]))
    quiet = rms < _GAP_FRACTION * typical
    first, last = lo // frame, min(len(rms), max(lo // frame + 1, hi // frame))

    def first_gap(seconds: float) -> int | None:
        need, run = max(1, int(round(seconds / _FRAME_SECONDS))), 0
        for index in range(max(0, first - need + 1), last):
            run = run + 1 if quiet[index] else 0
            if run >= need and index - run // 2 >= first:
                return index - run // 2
        return None

    pause = first_gap(PHRASE_PAUSE)
    if pause is not None:
        return pause * frame, pause * frame
    cut_frame = first_gap(WORD_GAP)
    if cut_frame is None:
        cut_frame = first + int(np.argmin(rms[first:last])) if last > first else first
    need, run = max(1, int(round(PHRASE_PAUSE / _FRAME_SECONDS))), 0
    for index in range(cut_frame - 1, max(-1, cut_frame - int(PHRASE_BACK / _FRAME_SECONDS)), -1):
        run = run + 1 if quiet[index] else 0
        if run >= need:
            return cut_frame * frame, (index + run // 2) * frame
    return cut_frame * frame, cut_frame * frame


def _faded(samples: np.ndarray, rate: int, *, out: bool, seconds: float = 0.005) -> np.ndarray:
    """``samples`` with a short linear fade at the end (``out``) or the start: no click at a cut."""
    n = min(len(samples), max(1, int(round(seconds * rate))))
    faded = np.array(samples, np.float32)
    ramp = np.linspace(1.0, 0.0, n, dtype=np.float32)
    if out:
        faded[len(faded) - n :] *= ramp
    else:
        faded[:n] *= ramp[::-1]
    return faded


def mix_into(out: np.ndarray, out_first: int, src_first: int, src: np.ndarray) -> None:
    """Add ``src`` (starting at sample ``src_first``) into ``out`` (starting at ``out_first``)."""
    lo = max(out_first, src_first)
    hi = min(out_first + len(out), src_first + len(src))
    if hi > lo:
        out[lo - out_first : hi - out_first] += src[lo - src_first : hi - src_first]


__all__ = ["YIELD_REACTION", "YIELD_RESUME_GAP", "Played", "SimulatedBackend", "SimulatedReply", "mix_into"]
