"""Headset audio through PortAudio: an input and an output ``sounddevice`` stream on one clock.

Output and input share PortAudio's stream clock, so "the customer's line reached the DAC at
t" and "the trainee's voice hit the ADC at t" are comparable to the millisecond (why two
streams and not one duplex stream: :class:`SoundDeviceBackend`). The input callback only copies
the microphone block and its time into a queue; the output callback only fills its block from
a pre-filled buffer and notes where that block will play. Neither the engine nor any other
thread ever asks a stream for anything but to close (in a helper thread it can abandon): the
PulseAudio client library deadlocks when its server dies, and a blocked call would hang the call.
A delivery thread turns the queue into ``on_input(block, adc_time)`` calls (times smoothed
against the sample count, so the callback's jitter does not reach the timeline), and watches
for a stream that stops delivering (a device unplugged, the sound server gone).

Device rates: the stream runs at the requested rate when the device takes it (PulseAudio and
most USB headsets take 16 kHz); otherwise at the device's own rate, and this module resamples
both directions, so callers always see ``sample_rate``.

Also here: :func:`list_devices` and :func:`find_device` (by index, exact name or a unique part
of it). The headset check is in ``voicecoach.adapters.headset_check``.
"""

from __future__ import annotations

import atexit
import queue
import threading
import time as _time
from dataclasses import dataclass
from typing import Any

import numpy as np

from voicecoach.core.audio_ops import StreamResampler, resample
from voicecoach.core.backend import (
    DeviceInfo,
    ErrorCallback,
    InputCallback,
    NoteCallback,
    SimulatedReply,
    as_mono_float32,
)
from voicecoach.core.errors import Said, UserError, one_line

PORTAUDIO_MISSING = Said("PortAudio is missing; install it with: sudo apt install libportaudio2")
NO_INPUT = Said(
    "no microphone found (PortAudio sees no input device); plug in a headset, "
    "or try a demo call with 'voicecoach call SCENARIO --demo'"
)
NO_OUTPUT = Said("no speaker or headphones found (PortAudio sees no output device); plug in a headset")
LIST_HINT = Said("run 'voicecoach call --list-devices' to see them")
#: How long ``start`` waits for the stream to deliver steadily (the ALSA-PulseAudio bridge
#: stalls for a few seconds after opening a duplex stream).
WARMUP_TIMEOUT = 10.0
#: Seconds given to PortAudio to close a stream before it is left behind (a dead device hangs).
CLOSE_TIMEOUT = 2.0
#: Times a stream that dies while starting is opened again.
OPEN_ATTEMPTS = 3
#: Times a stream that never delivers steadily is opened before the device is called silent: the
#: ALSA-PulseAudio bridge sometimes stalls a whole warm-up after opening, and a fresh open then
#: runs (2 of 4 fresh-clone CI runs saw a loopback test's stream stall once).
SILENT_ATTEMPTS = 2
#: Silence from an open stream longer than this means the device is gone.
STALL_SECONDS = 3.0


def import_sounddevice() -> Any:
    """``sounddevice``, or a UserError naming the fix (no PortAudio, no package)."""
    try:
        import sounddevice
    except OSError:
        raise UserError(PORTAUDIO_MISSING) from None
    except ImportError:
        raise UserError(
            "the sounddevice package is missing; install it with '.venv/bin/pip install sounddevice'"
        ) from None
    return sounddevice


# -- devices ----------------------------------------------------------------------------------


def list_devices() -> list[DeviceInfo]:
    """Every audio device PortAudio sees, with the defaults marked."""
    sd = import_sounddevice()
    try:
        devices = sd.query_devices()
        hostapis = sd.query_hostapis()
    except sd.PortAudioError as error:
        raise UserError(
            "PortAudio cannot list the audio devices ({error}); check the sound system", error=error
        ) from None
    default_in, default_out = _defaults(sd)
    result = []
    for device in devices:
        result.append(
            DeviceInfo(
                index=int(device["index"]),
                name=str(device["name"]),
                inputs=int(device["max_input_channels"]),
                outputs=int(device["max_output_channels"]),
                default_rate=float(device["default_samplerate"]),
                hostapi=str(hostapis[device["hostapi"]]["name"]) if hostapis else "",
                is_default_input=int(device["index"]) == default_in,
                is_default_output=int(device["index"]) == default_out,
            )
        )
    return result


def _defaults(sd: Any) -> tuple[int, int]:
    pair = sd.default.device
    try:
        return int(pair[0]), int(pair[1])
    except (TypeError, ValueError, IndexError):
        return -1, -1


def find_device(spec: str | int | None, kind: str) -> DeviceInfo:
    """The input or output device named by ``spec``: an index, an exact name, or a unique part.

    ``None`` (or ``"default"`` when no device has that name) is the system default.
    """
    if kind not in ("input", "output"):
        raise ValueError("kind must be 'input' or 'output'")
    devices = list_devices()
    channels = (lambda d: d.inputs) if kind == "input" else (lambda d: d.outputs)
    usable = [d for d in devices if channels(d) > 0]
    word = Said("input") if kind == "input" else Said("output")
    if not usable:
        raise UserError(NO_INPUT if kind == "input" else NO_OUTPUT)
    if isinstance(spec, str) and spec.strip().lstrip("-").isdigit():
        spec = int(spec.strip())
    if spec is None or (
        isinstance(spec, str)
        and spec.strip().lower() == "default"
        and not any(d.name.lower() == "default" for d in usable)
    ):
        flag = (lambda d: d.is_default_input) if kind == "input" else (lambda d: d.is_default_output)
        for device in usable:
            if flag(device):
                return device
        return usable[0]
    if isinstance(spec, int):
        for device in devices:
            if device.index == spec:
                if channels(device) <= 0:
                    raise UserError(
                        "device {spec} ({name}) has no {word} channels; {LIST_HINT}",
                        spec=spec,
                        name=device.name,
                        word=word,
                        LIST_HINT=LIST_HINT,
                    )
                return device
        raise UserError("there is no audio device {spec}; {LIST_HINT}", spec=spec, LIST_HINT=LIST_HINT)
    wanted = spec.strip().lower()
    exact = [d for d in usable if d.name.lower() == wanted]
    if exact:
        return exact[0]
    partial = [d for d in usable if wanted in d.name.lower()]
    if len(partial) == 1:
        return partial[0]
    if not partial:
        raise UserError("no {word} device matches '{spec}'; {LIST_HINT}", word=word, spec=spec, LIST_HINT=LIST_HINT)
    names = ", ".join(f"{d.index}: {d.name}" for d in partial[:5])
    raise UserError(
        "'{spec}' matches several {word} devices ({names}); give the number instead", spec=spec, word=word, names=names
    )


# -- the backend ----------------------------------------------------------------------------------


@dataclass
class _QueuedOutput:
    """Output audio queued at a device-rate sample index."""

    start: int  # device-rate sample index on the output counter
    samples: np.ndarray

    @property
    def end(self) -> int:
        return self.start + len(self.samples)


class _Clock:
    """Stream time of sample ``n``: ``offset + n / rate``, the offset smoothed over callbacks."""

    def __init__(self, rate: int):
        self.rate = rate
        self.offset: float | None = None

    def update(self, index: int, reported: float) -> None:
        if not reported:  # some host APIs report 0 when they do not know
            return
        estimate = reported - index / self.rate
        if self.offset is None or abs(estimate - self.offset) > 0.1:
            self.offset = estimate  # first value, or the stream skipped (re-anchor)
        else:
            self.offset += 0.02 * (estimate - self.offset)

    def time_of(self, index: int) -> float:
        return (self.offset or 0.0) + index / self.rate


class _WallClock:
    """The stream clock *now*, read without calling into PortAudio.

    Every callback notes PortAudio's ``currentTime`` and the monotonic wall time it ran at;
    "now" is the last such pair advanced by the wall time since. Asking a stream for its
    time (``Pa_GetStreamTime``) can block forever when the sound server died (the PulseAudio
    client library deadlocks), so the engine's thread never does.
    """

    def __init__(self) -> None:
        self._pair: tuple[float, float] | None = None  # (stream time, monotonic time) of a callback

    def note(self, stream_time: float) -> None:
        if stream_time:
            self._pair = (stream_time, _time.monotonic())

    def now(self) -> float | None:
        pair = self._pair
        if pair is None:
            return None
        return pair[0] + (_time.monotonic() - pair[1])


class SoundDeviceBackend:
    """Real headset audio: a PortAudio input stream and an output stream on one clock.

    ``input_device``/``output_device``: index, name or unique part of a name, None for the
    system default. ``latency``: PortAudio's suggested latency ("high" is steadiest; "low" for
    a snappier protest when the trainee interrupts).

    Why two streams and not one duplex ``sounddevice.Stream``: through the ALSA-PulseAudio
    bridge a duplex stream runs *slower than real time* (0.57-0.76 of it at 16 kHz, measured
    with PulseAudio 16.1 / PortAudio 19.6) while its callback thread spins at 33-70 % of a core,
    so the microphone fell further behind the longer a call ran (issue 12: "Listening" 25 s late
    after a minute on the feedback screen). Separate input and output streams run at 1.00 of
    real time with under 1 % of a core each. PortAudio gives every stream of a host API the same
    time base (``Pa_GetStreamTime``: the host's monotonic clock), so the DAC time of the output
    and the ADC time of the input still compare to the millisecond (the loopback test checks it).
    """

    def __init__(
        self,
        input_device: str | int | None = None,
        output_device: str | int | None = None,
        sample_rate: int = 16_000,
        *,
        latency: str | float = "high",
        block_seconds: float = 0.032,
        warmup_timeout: float = WARMUP_TIMEOUT,
    ) -> None:
        self._sd = import_sounddevice()
        self.input_info = find_device(input_device, "input")
        self.output_info = find_device(output_device, "output")
        self._rate = int(sample_rate)
        self.latency = latency
        self.block_seconds = block_seconds
        self.warmup_timeout = warmup_timeout
        self.device_rate = self._pick_rate()
        self._streams: list[Any] = []
        self._inbox: queue.SimpleQueue[tuple[np.ndarray, float, int, int] | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._segments: list[_QueuedOutput] = []
        self._out_pos = 0  # next output sample index the callback will write
        self._out_clock = _Clock(self.device_rate)
        self._in_clock = _Clock(self.device_rate)
        self._wall = _WallClock()
        self._in_count = 0
        self._in_resampler: StreamResampler | None = None
        self._thread: threading.Thread | None = None
        self._on_input: InputCallback | None = None
        self._on_error: ErrorCallback | None = None
        self._stopping = False
        self._failed: Said | None = None
        self.xruns = 0
        self.close_error: str | None = None
        self._last_block_wall = 0.0
        self._last_out_wall = 0.0
        #: A real device has nothing to note beyond its errors; kept for the protocol.
        self.on_note: NoteCallback | None = None

    # -- AudioBackend -----------------------------------------------------------------------

    @property
    def sample_rate(self) -> int:
        return self._rate

    @property
    def virtual(self) -> bool:
        """False: the device's clock runs by itself."""
        return False

    @property
    def failed(self) -> Said | None:
        """The one line reported through ``on_error`` once the device failed (said in the UI
        language when shown), else None."""
        return self._failed

    def pump(self, blocks: int = 1) -> bool:
        """Wait about ``blocks`` blocks (the stream delivers them by itself); False once failed."""
        _time.sleep(max(0, blocks) * self.block_seconds)
        return self._failed is None and bool(self._streams)

    def run_for(self, seconds: float) -> None:
        """Wait ``seconds`` (the stream delivers meanwhile)."""
        _time.sleep(max(0.0, seconds))

    def add_reply(self, reply: SimulatedReply) -> None:
        """Ignored: a real microphone hears the person."""

    def start(self, on_input: InputCallback, on_error: ErrorCallback | None = None) -> None:
        self._on_input, self._on_error = on_input, on_error
        self._failed = None
        self._reset_counters()
        self._in_resampler = StreamResampler(self.device_rate, self._rate) if self.device_rate != self._rate else None
        for attempt in range(1, OPEN_ATTEMPTS + 1):
            self._open_streams()
            status = self._warm_up()
            if status == "ok":
                break
            self._stopping = True  # this close is ours: no "ended by itself" from its callback
            self._close_streams()
            if (status == "silent" and attempt >= SILENT_ATTEMPTS) or attempt == OPEN_ATTEMPTS:
                raise UserError(
                    "the audio device '{name}' delivers no sound; check that it is plugged in and not used by another program, or choose another with --input-device ({LIST_HINT})",
                    name=self.input_info.name,
                    LIST_HINT=LIST_HINT,
                )
            # the stream died or stalled while starting (the ALSA-PulseAudio bridge sometimes does): again
            self._reset_counters()
        self._thread = threading.Thread(target=self._deliver, name="duplex-delivery", daemon=True)
        self._thread.start()

    def _open_streams(self) -> None:
        sd = self._sd
        # A fixed block size: with blocksize=0 the ALSA-PulseAudio bridge stalls for seconds after start.
        blocksize = max(64, int(round(self.block_seconds * self.device_rate)))
        common = {"samplerate": self.device_rate, "blocksize": blocksize, "channels": 1, "dtype": "float32"}
        try:
            self._streams.append(
                sd.InputStream(
                    device=self.input_info.index,
                    latency=self.latency,
                    callback=self._in_callback,
                    finished_callback=self._finished,
                    **common,
                )  # fmt: skip
            )
            self._streams.append(
                sd.OutputStream(
                    device=self.output_info.index,
                    latency=self.latency,
                    callback=self._out_callback,
                    finished_callback=self._finished,
                    **common,
                )  # fmt: skip
            )
            for stream in self._streams:
                stream.start()
        except sd.PortAudioError as error:
            self._close_streams()
            raise UserError(
                "cannot open the audio devices '{name}' / '{name2}' ({error}); choose others with --input-device/--output-device ({LIST_HINT})",
                name=self.input_info.name,
                name2=self.output_info.name,
                error=one_line(error),
                LIST_HINT=LIST_HINT,
            ) from None

    def _reset_counters(self) -> None:
        while True:
            try:
                self._inbox.get_nowait()
            except queue.Empty:
                break
        with self._lock:
            self._segments.clear()
            self._out_pos = 0
            self._out_clock = _Clock(self.device_rate)
        self._in_clock = _Clock(self.device_rate)
        self._wall = _WallClock()
        self._in_count = 0
        self._stopping = False

    def play(self, samples: np.ndarray, *, at: float | None = None, label: str = "") -> float:
        samples = as_mono_float32(samples)
        if self.device_rate != self._rate:
            samples = resample(samples, self._rate, self.device_rate)
        with self._lock:
            start = self._out_pos
            if self._segments:
                start = max(start, max(segment.end for segment in self._segments))
            if at is not None and self._out_clock.offset is not None:
                start = max(start, int(round((at - self._out_clock.offset) * self.device_rate)))
            self._segments.append(_QueuedOutput(start, samples))
            return self._out_clock.time_of(start)

    def stop_playback(self) -> float:
        with self._lock:
            self._segments.clear()
            return self._out_clock.time_of(self._out_pos)

    @property
    def is_playing(self) -> bool:
        """True while queued output has not reached the DAC yet (never calls into the stream)."""
        with self._lock:
            if not self._segments:
                return False
            end = max(segment.end for segment in self._segments)
            return self._out_clock.time_of(end) > self.time()

    def time(self) -> float:
        """The stream clock now, from the callbacks' own times (never blocks on a dead stream)."""
        now = self._wall.now()
        if now is not None:
            return now
        return self._out_clock.time_of(self._out_pos)

    def stop(self) -> None:
        self._stopping = True
        self._close_streams()
        self._inbox.put(None)
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=2.0)

    # -- the audio callbacks (PortAudio's threads: copy and hand on, nothing else) -------------

    def _in_callback(self, indata: np.ndarray, frames: int, info: Any, status: Any) -> None:
        self._inbox.put(
            (indata[:, 0].copy(), float(info.inputBufferAdcTime), frames, int(getattr(status, "_flags", 0)))
        )
        self._wall.note(float(info.currentTime))

    def _out_callback(self, outdata: np.ndarray, frames: int, info: Any, status: Any) -> None:
        with self._lock:
            position = self._out_pos
            outdata.fill(0)
            if self._segments:
                target = outdata[:, 0]
                for segment in self._segments:
                    lo, hi = max(position, segment.start), min(position + frames, segment.end)
                    if hi > lo:
                        target[lo - position : hi - position] += segment.samples[
                            lo - segment.start : hi - segment.start
                        ]
                self._segments = [s for s in self._segments if s.end > position + frames]
            self._out_clock.update(position, float(info.outputBufferDacTime))
            self._out_pos = position + frames
        self._last_out_wall = _time.monotonic()

    def _finished(self) -> None:
        if not self._stopping:
            self._inbox.put((np.zeros(0, np.float32), 0.0, 0, -1))  # a stream ended by itself

    # -- delivery ------------------------------------------------------------------------------

    def _warm_up(self) -> str:
        """Wait until input blocks arrive at the stream's rate without gaps (dropping what comes
        before) and the output has called back once (its DAC clock is known).

        Returns "ok", "ended" (a stream stopped by itself) or "silent" (nothing steady in time).
        """
        deadline = _time.monotonic() + self.warmup_timeout
        steady_since: float | None = None
        received = 0
        anchor: float | None = None
        off_anchor = 0  # blocks in a row whose ADC offset left the anchor
        last_arrival = _time.monotonic()
        while _time.monotonic() < deadline:
            try:
                item = self._inbox.get(timeout=0.25)
            except queue.Empty:
                steady_since = None
                continue
            if item is None or item[3] == -1:
                return "ended"
            _block, adc, frames, _status = item
            first = self._in_count
            self._in_count += frames
            self._in_clock.update(first, adc)
            now = _time.monotonic()
            estimate = adc - first / self.device_rate  # the ADC clock's offset by this block
            # a fresh stream first delivers a burst whose ADC times jump ahead block by block:
            # steady means paced arrivals *and* an offset that holds still. One block stamped off
            # by ~10 ms that the next puts right again is jitter, not a jump: under CPU load such
            # blocks came every few tenths of a second and kept the warm-up from ever settling
            # (benchmarks/warmup_under_load.py: starts "silent" beside two busy processes)
            jumped = anchor is None or abs(estimate - anchor) > 0.005
            off_anchor = off_anchor + 1 if jumped else 0
            if steady_since is None or now - last_arrival > 0.15 or off_anchor >= 2 or anchor is None:
                steady_since, received, anchor, off_anchor = now, 0, estimate, 0
            elif jumped:
                last_arrival = now
                received += frames
                continue  # a lone outlier: counted as delivered, not as the clock
            last_arrival = now
            received += frames
            steady = now - steady_since >= 0.4 and received >= 0.75 * (now - steady_since) * self.device_rate
            if steady and self._out_clock.offset is not None:
                self._in_clock.offset = adc - first / self.device_rate
                self._last_block_wall = now
                return "ok"
        return "silent"

    def _deliver(self) -> None:
        while True:
            try:
                item = self._inbox.get(timeout=0.5)
            except queue.Empty:
                if self._stopping or self._stalled():
                    return
                continue
            if item is None or self._stopping:
                return
            block, adc, frames, status = item
            if status == -1:
                self._fail(
                    Said(
                        "the audio stream on '{name}' ended unexpectedly (device unplugged or sound server "
                        "stopped); check the device and start the call again",
                        name=self.input_info.name,
                    )
                )
                return
            self._last_block_wall = _time.monotonic()
            if self._stalled():
                return
            if status & 0x3:  # input underflow/overflow: samples lost; the clock re-anchors
                self.xruns += 1
            first = self._in_count
            self._in_count += frames
            self._in_clock.update(first, adc)
            if self._in_resampler is not None:
                t = self._in_clock.time_of(first) - self._in_resampler.delay
                block = self._in_resampler.process(block)
                if not len(block):
                    continue
            else:
                t = self._in_clock.time_of(first)
            on_input = self._on_input
            if on_input is not None:
                on_input(block, t)

    def _stalled(self) -> bool:
        """True (and reported once) when the input or the output stopped calling back for
        ``STALL_SECONDS``: the device was unplugged or the sound server is gone."""
        now = _time.monotonic()
        if now - self._last_block_wall > STALL_SECONDS:
            name = self.input_info.name
        elif self._last_out_wall and now - self._last_out_wall > STALL_SECONDS:
            name = self.output_info.name
        else:
            return False
        self._fail(
            Said(
                "the audio device '{name}' stopped delivering sound (unplugged?); plug it back in and start the "
                "call again",
                name=name,
            )
        )
        return True

    def _fail(self, message: Said) -> None:
        if self._failed is not None:
            return
        self._failed = message
        on_error = self._on_error
        if on_error is not None:
            on_error(message)

    def _close_streams(self) -> None:
        """Abort and close both streams without waiting on a dead device (see :func:`close_stream`)."""
        streams, self._streams = self._streams, []
        problem = close_stream(self._sd, streams, "the audio stream") if streams else None
        if problem is not None:
            self.close_error = problem

    def _pick_rate(self) -> int:
        sd = self._sd
        try:
            sd.check_input_settings(device=self.input_info.index, samplerate=self._rate, channels=1, dtype="float32")
            sd.check_output_settings(device=self.output_info.index, samplerate=self._rate, channels=1, dtype="float32")
            return self._rate
        except sd.PortAudioError:
            return int(self.input_info.default_rate or 48_000)


def close_stream(sd: Any, stream: Any, what: str) -> str | None:
    """Abort and close ``stream`` (or a list of streams, in order) in a helper thread given
    ``CLOSE_TIMEOUT`` seconds in all (PortAudio's ALSA ``abort`` can block forever on a dead
    device); returns why it did not close cleanly."""
    streams = list(stream) if isinstance(stream, list | tuple) else [stream]
    problem: list[str] = []

    def close() -> None:
        for each in streams:
            try:
                each.abort()  # drop queued output at once (stop() would play it out first)
                each.close()
            except Exception as error:  # a stream whose device is gone may refuse to close: keep why
                problem.append(one_line(error))

    closer = threading.Thread(target=close, name="stream-close", daemon=True)
    closer.start()
    closer.join(CLOSE_TIMEOUT)
    if closer.is_alive():
        # sounddevice's exit handler would stop/close that stream and Pa_Terminate, and hang
        # on it just the same: skip it, the process may end (the OS releases the device)
        handler = getattr(sd, "_exit_handler", None)
        if handler is not None:
            atexit.unregister(handler)
        return f"{what} did not close within {CLOSE_TIMEOUT:g} s (device gone)"
    return problem[0] if problem else None


def open_backend(
    input_device: str | int | None = None, output_device: str | int | None = None, sample_rate: int = 16_000
) -> SoundDeviceBackend:
    """The real backend for the user's devices (UserError with the fix when there is none)."""
    return SoundDeviceBackend(input_device, output_device, sample_rate)
