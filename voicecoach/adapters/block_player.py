"""Sound out only: plays pre-mixed blocks that another thread hands over (the demo call's sound).

The demo call has no microphone, so it needs no duplex stream: its clock is a thread that ticks
in real time (:class:`voicecoach.live.demo.DemoBackend`). At every tick that thread mixes
what the speaker would play a little ahead (``lead`` seconds) and hands the block to
:meth:`BlockPlayer.write`, which copies it into a ring buffer. The ``sounddevice.OutputStream``
callback only copies from that ring buffer into ``outdata``.

Keeping time (:class:`PlayoutBuffer`): the callback starts once ``buffer_seconds`` of sound are buffered, and from then
on advances its read position by every block it plays, also when the writer is late (it plays
silence, and the late samples are skipped when they arrive). So the sound keeps its place on the
writer's clock instead of drifting behind; a writer far ahead (the device stalled) is caught up
by skipping. ``lead`` (buffer plus the device's own latency) is how far ahead the writer mixes,
so a sample written for stream time t is heard at about t.

Failures never raise out of :meth:`write`: a stream that ends by itself, or stops calling back,
sets :attr:`problem` (one line), and the caller goes on without sound.
"""

from __future__ import annotations

import threading
import time as _time
from typing import Any

import numpy as np

from voicecoach.adapters.duplex import (
    CLOSE_TIMEOUT,  # noqa: F401 - how long close() may take, for callers and tests
    LIST_HINT,
    StreamResampler,
    close_stream,
    find_device,
    import_sounddevice,
)
from voicecoach.core.errors import Said, UserError, one_line

#: Sound buffered before the stream starts playing (absorbs the writer's and the callback's jitter).
BUFFER_SECONDS = 0.2
#: A writer more than this far ahead of the stream (the device stalled) is caught up by skipping.
MAX_LAG_SECONDS = 1.0
#: Ring buffer length (more than MAX_LAG_SECONDS).
RING_SECONDS = 4.0
#: No callback for this long while sound is written means the device is gone.
STALL_SECONDS = 3.0
#: A DAC time further ahead than this (s) is not believed (some host APIs report 0 or garbage).
MAX_QUEUED = 5.0
#: How long a freshly opened stream may take to call back steadily.
START_SECONDS = 10.0


class PlayoutBuffer:
    """The ring buffer between the writer and the audio callback (no device; thread-safe).

    :meth:`write` appends contiguous samples; :meth:`read_into` fills one output block (the
    callback's only work): silence until ``buffer`` samples are queued, then the queued samples
    in order, silence where the writer is late (the read position advances anyway, so late
    samples are skipped and the sound keeps its place on the writer's clock), and a jump ahead
    when the writer is more than ``max_lag`` samples ahead (the device stalled).
    """

    def __init__(self, size: int, buffer: int, max_lag: int) -> None:
        if not 0 < buffer < max_lag < size:
            raise ValueError("need 0 < buffer < max_lag < size")
        self._ring = np.zeros(int(size), np.float32)
        self.buffer, self.max_lag = int(buffer), int(max_lag)
        self._lock = threading.Lock()
        self.written = 0  # samples written so far
        self.position = 0  # the next sample read_into plays
        self.playing = False
        #: Samples asked for by read_into so far (playing or not), blocks short of samples, jumps ahead.
        self.frames = 0
        self.underruns = 0
        self.skips = 0
        #: Samples written after their time had passed (the writer was late): never heard.
        self.cut = 0
        #: Samples jumped over to catch up with a writer far ahead (the device stalled): never heard.
        self.skipped = 0

    def write(self, samples: np.ndarray) -> None:
        size = len(self._ring)
        if len(samples) > size:
            samples = samples[-size:]
        with self._lock:
            if self.playing and self.written < self.position:
                self.cut += min(len(samples), self.position - self.written)
            first = self.written % size
            head = min(len(samples), size - first)
            self._ring[first : first + head] = samples[:head]
            self._ring[: len(samples) - head] = samples[head:]
            self.written += len(samples)

    def read_into(self, out: np.ndarray) -> None:
        frames = len(out)
        with self._lock:
            self.frames += frames
            written, pos = self.written, self.position
            if not self.playing:
                if written - pos < self.buffer:
                    out.fill(0)
                    return
                self.playing = True
                pos = written - self.buffer
            elif written - pos > self.max_lag:
                self.skipped += written - self.buffer - pos
                pos = written - self.buffer
                self.skips += 1
            count = max(0, min(frames, written - pos))
            if count:
                size = len(self._ring)
                first = pos % size
                head = min(count, size - first)
                out[:head] = self._ring[first : first + head]
                out[head:count] = self._ring[: count - head]
            if count < frames:
                out[count:] = 0
                self.underruns += 1
            self.position = pos + frames


class BlockPlayer:
    """One output-only PortAudio stream fed with contiguous mono float32 blocks.

    ``device``: index, name or unique part of a name, None for the system default (a UserError
    with the fix when there is no such output device). Blocks are at ``sample_rate``; a device
    that does not take that rate runs at its own and the blocks are resampled in :meth:`write`.
    """

    def __init__(
        self,
        device: str | int | None = None,
        sample_rate: int = 16_000,
        *,
        buffer_seconds: float = BUFFER_SECONDS,
        block_seconds: float = 0.032,
        latency: str | float = "high",
    ) -> None:
        self._sd = import_sounddevice()
        self.info = find_device(device, "output")
        self._rate = int(sample_rate)
        self.buffer_seconds = buffer_seconds
        self.block_seconds = block_seconds
        self.latency = latency
        self.device_rate = self._pick_rate()
        self._resampler = StreamResampler(self._rate, self.device_rate) if self.device_rate != self._rate else None
        self.buffer = PlayoutBuffer(
            int(RING_SECONDS * self.device_rate),
            int(round(buffer_seconds * self.device_rate)),
            # a writer may run ahead by more than the buffer before it counts as a stalled device
            int(round(max(MAX_LAG_SECONDS, 2 * buffer_seconds) * self.device_rate)),
        )
        self._stream: Any = None
        self._closing = False
        self._opened_at = 0.0
        self._last_callback: float | None = None
        self.warmup_timeout = START_SECONDS
        #: Seconds the stream took to call back steadily after opening.
        self.warmup_seconds: float | None = None
        self._ended = False
        self.device_latency = 0.0
        #: Seconds the device played silence because its callback was not called in time (after
        #: warm-up): the ALSA-PulseAudio bridge recovers from an underrun with a ~2 s stall.
        self.stalled_seconds = 0.0
        #: Seconds queued ahead of the DAC at the last callback (PortAudio's time info), if it said.
        self._queued: float | None = None
        #: Seconds of sound handed to the device at the last callback.
        self._handed = 0.0
        #: One line when the output failed mid-call (then :meth:`write` does nothing), said in the UI language.
        self.problem: Said | None = None
        self.close_error: str | None = None

    @property
    def sample_rate(self) -> int:
        return self._rate

    @property
    def name(self) -> str:
        return self.info.name

    @property
    def lead(self) -> float:
        """Seconds between :meth:`write` and the sound reaching the listener (after :meth:`open`)."""
        delay = self._resampler.delay if self._resampler is not None else 0.0
        return self.buffer_seconds + self.device_latency + delay

    def open(self) -> None:
        """Open and start the stream (UserError with the fix when the device refuses)."""
        sd = self._sd
        try:
            self._stream = sd.OutputStream(
                samplerate=self.device_rate,
                # a fixed block size, as for the duplex stream (blocksize=0 stalls the ALSA-PulseAudio bridge)
                blocksize=max(64, int(round(self.block_seconds * self.device_rate))),
                device=self.info.index,
                channels=1,
                dtype="float32",
                latency=self.latency,
                callback=self._callback,
                finished_callback=self._finished,
            )
            self.device_latency = float(self._stream.latency)
            self._opened_at = _time.monotonic()
            self._stream.start()
        except sd.PortAudioError as error:
            self._closing = True
            self._close_stream()
            raise UserError(
                "cannot open the output device '{name}' ({error}); choose another with --output-device ({LIST_HINT})",
                name=self.info.name,
                error=one_line(error),
                LIST_HINT=LIST_HINT,
            ) from None
        if not self._warm_up():
            self._closing = True
            self._close_stream()
            raise UserError(
                "the output device '{name}' plays nothing (its stream does not start); check it, or choose another with --output-device ({LIST_HINT})",
                name=self.info.name,
                LIST_HINT=LIST_HINT,
            )

    def _warm_up(self) -> bool:
        """Wait until the stream calls back steadily (the ALSA-PulseAudio bridge stalls for a few
        seconds after opening); sound written before would be skipped to keep time."""
        deadline = self._opened_at + self.warmup_timeout
        steady_since: float | None = None
        frames_then = 0
        last_frames, last_change = 0, _time.monotonic()
        while _time.monotonic() < deadline:
            _time.sleep(0.02)
            now = _time.monotonic()
            frames = self.buffer.frames
            if self._ended:
                return False
            if frames != last_frames:
                last_frames, last_change = frames, now
            if steady_since is None or now - last_change > 0.15:
                steady_since, frames_then = now, frames  # a gap: start over
                continue
            elapsed = now - steady_since
            if elapsed >= 0.4 and frames - frames_then >= 0.75 * elapsed * self.device_rate:
                self.warmup_seconds = now - self._opened_at
                return True
        return False

    def write(self, block: np.ndarray) -> None:
        """Queue the next ``block`` (contiguous with the previous one). Never raises for the device."""
        if self.problem is not None or self._stream is None:
            return
        self._watch()
        if self.problem is not None:
            return
        samples = np.asarray(block, np.float32).reshape(-1)
        if self._resampler is not None:
            samples = self._resampler.process(samples)
        self.buffer.write(samples)

    @property
    def cut_seconds(self) -> float:
        """Seconds of sound not heard where it belonged: written too late to be played (a busy
        machine starved the writer), plus what a stalled device missed (the silence it played, or
        the sound skipped to catch up after it, whichever is longer: both are the same loss)."""
        rate = self.device_rate
        return self.buffer.cut / rate + max(self.stalled_seconds, self.buffer.skipped / rate)

    def close(self) -> None:
        """Stop the stream (idempotent; a dead device is left behind after ``CLOSE_TIMEOUT``)."""
        self._closing = True
        self._close_stream()

    # -- the audio callback (PortAudio's thread: copy, nothing else) ------------------------------

    def _callback(self, outdata: np.ndarray, frames: int, info: Any, status: Any) -> None:
        now, last = _time.monotonic(), self._last_callback
        if last is not None and self.warmup_seconds is not None:
            # the device ran dry: silence from when what it had been given ran out until now. The
            # ALSA-PulseAudio bridge does not always flag it (output_underflow stayed False through
            # callback gaps of 0.5 s, and a busy e2e run recorded 3 s of silence nobody reported),
            # so the gap itself is the evidence: longer than what was queued at the last callback
            # (its DAC time ahead of now, else the stream's latency) plus the block it was handed.
            queued = self._queued if self._queued is not None else self.device_latency
            silent = now - last - queued - self._handed
            if silent > 0.0 or getattr(status, "output_underflow", False):
                self.stalled_seconds += max(0.0, silent)
        self._last_callback = now
        ahead = float(getattr(info, "outputBufferDacTime", 0.0) or 0.0) - float(
            getattr(info, "currentTime", 0.0) or 0.0
        )
        self._queued = ahead if 0.0 < ahead < MAX_QUEUED else None
        self._handed = len(outdata) / self.device_rate
        self.buffer.read_into(outdata[:, 0])

    def _finished(self) -> None:
        self._ended = True

    # -- failures -------------------------------------------------------------------------------

    def _watch(self) -> None:
        now = _time.monotonic()
        if self._closing:
            return
        if self._ended:
            self.problem = Said(
                "the sound output '{name}' stopped (device unplugged or sound server gone)", name=self.info.name
            )
        elif self._last_callback is not None and now - self._last_callback > STALL_SECONDS:
            self.problem = Said("the sound output '{name}' stopped playing (device unplugged?)", name=self.info.name)

    def _close_stream(self) -> None:
        stream, self._stream = self._stream, None
        problem = close_stream(self._sd, stream, "the sound output") if stream is not None else None
        if problem is not None:
            self.close_error = problem

    def _pick_rate(self) -> int:
        sd = self._sd
        try:
            sd.check_output_settings(device=self.info.index, samplerate=self._rate, channels=1, dtype="float32")
            return self._rate
        except sd.PortAudioError:
            return int(self.info.default_rate or 48_000)
