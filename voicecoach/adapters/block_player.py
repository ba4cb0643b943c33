"""Sound out only: plays pre-mixed blocks that another thread hands over (the demo call's sound).

The demo call has no microphone, so it needs no duplex stream: its clock is a thread that ticks
in real time (:class:`voicecoach.live.engine.DemoBackend`). At every tick that thread mixes
what the speaker would play a little ahead (``lead`` seconds) and hands the block to
:meth:`BlockPlayer.write`, which copies it into a ring buffer. The ``sounddevice.OutputStream``
callback only copies from that ring buffer into ``outdata``.

Keeping time: the callback starts once ``buffer_seconds`` of sound are buffered, and from then
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

from voicecoach.adapters.duplex import LIST_HINT, StreamResampler, find_device, import_sounddevice
from voicecoach.errors import UserError, one_line

#: Sound buffered before the stream starts playing (absorbs the writer's and the callback's jitter).
BUFFER_SECONDS = 0.2
#: A writer more than this far ahead of the stream (the device stalled) is caught up by skipping.
MAX_LAG_SECONDS = 1.0
#: Ring buffer length (more than MAX_LAG_SECONDS).
RING_SECONDS = 4.0
#: No callback for this long while sound is written means the device is gone.
STALL_SECONDS = 3.0
#: How long a freshly opened stream may take to call back for the first time.
START_SECONDS = 10.0
#: Seconds given to PortAudio to close a stream before it is left behind (a dead device hangs).
CLOSE_TIMEOUT = 2.0


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
        self._ring = np.zeros(int(RING_SECONDS * self.device_rate), np.float32)
        self._lock = threading.Lock()
        self._written = 0  # device-rate samples written so far
        self._pos = 0  # device-rate sample the callback plays next
        self._playing = False
        self._buffer = int(round(buffer_seconds * self.device_rate))
        self._max_lag = int(round(MAX_LAG_SECONDS * self.device_rate))
        self._stream: Any = None
        self._closing = False
        self._opened_at = 0.0
        self._last_callback: float | None = None
        self._ended = False
        self.device_latency = 0.0
        #: One line when the output failed mid-call (then :meth:`write` does nothing).
        self.problem: str | None = None
        #: Blocks played with too little sound buffered (the writer was late), and catch-up skips.
        self.underruns = 0
        self.skips = 0
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
                f"cannot open the output device '{self.info.name}' ({one_line(error)}); "
                f"choose another with --output-device ({LIST_HINT})"
            ) from None

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
        size = len(self._ring)
        if len(samples) > size:
            samples = samples[-size:]
        with self._lock:
            first = self._written % size
            head = min(len(samples), size - first)
            self._ring[first : first + head] = samples[:head]
            self._ring[: len(samples) - head] = samples[head:]
            self._written += len(samples)

    def close(self) -> None:
        """Stop the stream (idempotent; a dead device is left behind after ``CLOSE_TIMEOUT``)."""
        self._closing = True
        self._close_stream()

    # -- the audio callback (PortAudio's thread: copy, nothing else) ------------------------------

    def _callback(self, outdata: np.ndarray, frames: int, info: Any, status: Any) -> None:
        out = outdata[:, 0]
        with self._lock:
            self._last_callback = _time.monotonic()
            written, pos = self._written, self._pos
            if not self._playing:
                if written - pos < self._buffer:
                    out.fill(0)
                    return
                self._playing = True
                pos = written - self._buffer
            elif written - pos > self._max_lag:
                pos = written - self._buffer
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
            self._pos = pos + frames

    def _finished(self) -> None:
        self._ended = True

    # -- failures -------------------------------------------------------------------------------

    def _watch(self) -> None:
        now = _time.monotonic()
        if self._closing:
            return
        if self._ended:
            self.problem = f"the sound output '{self.info.name}' stopped (device unplugged or sound server gone)"
        elif self._last_callback is None and now - self._opened_at > START_SECONDS:
            self.problem = f"the sound output '{self.info.name}' plays nothing (the device does not start)"
        elif self._last_callback is not None and now - self._last_callback > STALL_SECONDS:
            self.problem = f"the sound output '{self.info.name}' stopped playing (device unplugged?)"

    def _close_stream(self) -> None:
        stream, self._stream = self._stream, None
        if stream is None:
            return

        def close() -> None:
            try:
                stream.abort()
                stream.close()
            except Exception as error:  # noqa: BLE001 - a stream whose device is gone may refuse to close: keep why
                self.close_error = one_line(error)

        closer = threading.Thread(target=close, name="block-player-close", daemon=True)
        closer.start()
        closer.join(CLOSE_TIMEOUT)
        if closer.is_alive():
            self.close_error = f"the sound output did not close within {CLOSE_TIMEOUT:g} s (device gone)"
            # sounddevice's exit handler would hang on the same stream: skip it (see duplex.py)
            import atexit

            handler = getattr(self._sd, "_exit_handler", None)
            if handler is not None:
                atexit.unregister(handler)

    def _pick_rate(self) -> int:
        sd = self._sd
        try:
            sd.check_output_settings(device=self.info.index, samplerate=self._rate, channels=1, dtype="float32")
            return self._rate
        except sd.PortAudioError:
            return int(self.info.default_rate or 48_000)
