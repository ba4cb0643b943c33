"""What the live call needs from an audio backend, and the types that cross that line.

A backend plays the customer and records the microphone on the same clock (PortAudio's
stream time for the real one, ``voicecoach.live.simulated.SimulatedBackend``'s clock for the
demo and tests), so a turn's two tracks line up to the sample. Every time it reports is
*stream time* in seconds:

- ``on_input(block, t)``: ``t`` is when the block's first sample hit the ADC (input latency
  already taken off);
- ``play(samples)`` returns when its first sample reaches the DAC (output latency added).

The engine works in those times and converts them to "seconds from the start of the
customer's line" for the turn. Blocks are float32 mono at ``sample_rate``.

Threads: ``on_input`` and ``on_error`` are called from the backend's delivery thread (never from
the audio callback itself), except for a virtual backend, which calls them from :meth:`pump`
in the consumer's own thread, so a whole call runs deterministically in milliseconds.

Pure: the adapters (``adapters.duplex``, ``adapters.block_player``) implement these protocols,
``voicecoach.live`` uses them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

InputCallback = Callable[[np.ndarray, float], None]
"""``on_input(block, adc_time)``: a mono float32 microphone block and its stream time (s)."""
ErrorCallback = Callable[[Any], None]
"""``on_error(message)``: the device failed mid-call; one line with what happened and the fix, a
:class:`~voicecoach.core.errors.Said` (said in the UI language when shown) or a ``str``."""
NoteCallback = Callable[[Any], None]
"""``on_note(notice)``: a backend's note for the user (a ``voicecoach.live.events.Notice``)."""

#: Labels the engine gives its ``play`` calls (backends may ignore them; the simulated one records them).
LINE, REPEAT, PROTEST, INTERJECTION, TONE = "line", "repeat", "protest", "interjection", "tone"


@dataclass(frozen=True)
class Echo:
    """The customer's voice leaking from the speaker into the microphone, as a headset check
    measured it: it arrives ``delay_s`` seconds late, scaled by the linear ``gain`` (0: none).
    The call subtracts it from the microphone before the speech detector."""

    delay_s: float
    gain: float

    @classmethod
    def from_db(cls, delay_s: float, level_db: float) -> Echo:
        """The echo ``level_db`` dB relative to what was played (a headset check's ``echo_db``)."""
        return cls(float(delay_s), float(10 ** (level_db / 20)))

    @property
    def level_db(self) -> float:
        """The gain in dB relative to what was played (-inf for no echo)."""
        return 20 * math.log10(self.gain) if self.gain > 0 else float("-inf")


@dataclass(frozen=True)
class SimulatedReply:
    """Audio a simulated "microphone" hears, starting at ``at`` seconds (the demo's replies, tests).

    With ``turn`` set (1-based), ``at`` counts from the start of that turn's customer line (the
    ``turn``-th ``play`` labelled ``"line"``), so tests need not know how long earlier turns took;
    ``at`` may be negative (the trainee starts before the line, rare) or past the line's end.
    Without ``turn``, ``at`` is absolute stream time. ``audio`` is samples at the backend's rate
    or a path to an audio file (resampled on load); ``gain`` scales it. ``yields``: the reply
    behaves as a good trainee when the customer cuts in (an interjection is played over it): it
    stops, lets the customer finish and goes on (the demo's replies; ``live.simulated``).
    """

    audio: np.ndarray | str | Path
    at: float
    turn: int | None = None
    gain: float = 1.0
    yields: bool = False


@dataclass(frozen=True)
class DeviceInfo:
    """An audio device as the device picker shows it (``default_rate`` in Hz)."""

    index: int
    name: str
    inputs: int
    outputs: int
    default_rate: float
    hostapi: str = ""
    is_default_input: bool = False
    is_default_output: bool = False
    extra: dict[str, object] = field(default_factory=dict)


@runtime_checkable
class AudioBackend(Protocol):
    """One duplex audio stream: customer audio out, microphone in, one clock."""

    #: Called with a ``Notice`` for the user (the demo's sound); set by the engine before ``start``.
    on_note: NoteCallback | None

    @property
    def sample_rate(self) -> int:
        """Samples per second of both directions (mono float32)."""
        ...

    @property
    def virtual(self) -> bool:
        """True when time advances only through :meth:`pump` (the consumer pumps while it waits)."""
        ...

    def start(self, on_input: InputCallback, on_error: ErrorCallback | None = None) -> None:
        """Open the stream; from now on mic blocks arrive at ``on_input(block, adc_time)``.

        ``on_error(message)`` is called once when the device fails mid-call (unplugged,
        server gone); the message is one line that says what happened and the fix. Opening
        problems raise :class:`voicecoach.core.errors.UserError` right here instead.
        """
        ...

    def play(self, samples: np.ndarray, *, at: float | None = None, label: str = "") -> float:
        """Queue mono float32 audio after whatever is queued (or not before stream time ``at``).

        Returns the stream time at which its first sample reaches the DAC.
        """
        ...

    def stop_playback(self) -> float:
        """Drop the queued output now; returns the stream time the output falls silent."""
        ...

    @property
    def is_playing(self) -> bool:
        """True while queued output has not yet been played out."""
        ...

    def time(self) -> float:
        """The stream clock now, in seconds."""
        ...

    def pump(self, blocks: int = 1) -> bool:
        """Let ``blocks`` input blocks arrive (a virtual clock delivers them now, a real stream
        waits for them). Returns False when the backend is stopped or failed."""
        ...

    def run_for(self, seconds: float) -> None:
        """Let ``seconds`` of stream time pass (pumped or waited for)."""
        ...

    def add_reply(self, reply: SimulatedReply) -> None:
        """Place ``reply`` on a simulated microphone (a real one hears the person: ignored)."""
        ...

    def stop(self) -> None:
        """Close the stream (idempotent). No callbacks after it returns."""
        ...


class SoundSink(Protocol):
    """Where the demo call's sound goes (``voicecoach.adapters.block_player.BlockPlayer``).

    The demo's clock thread hands over contiguous mono float32 blocks at ``sample_rate``, mixed
    ``lead`` seconds ahead of its clock; the sink plays each about ``lead`` seconds after it got it.
    """

    @property
    def sample_rate(self) -> int: ...

    @property
    def name(self) -> str:
        """The output device, for the note that says where the sound goes."""
        ...

    @property
    def lead(self) -> float:
        """Seconds between :meth:`write` and the sound being heard (known after :meth:`open`)."""
        ...

    #: One line once the output has failed (then it plays nothing more), a ``Said`` or a ``str``; None while it works.
    problem: Any

    def open(self) -> None:
        """Start playing (raises ``UserError`` with the fix when the device refuses)."""
        ...

    def write(self, block: np.ndarray) -> None:
        """The next block; never raises for a failing device (sets :attr:`problem` instead)."""
        ...

    def close(self) -> None:
        """Stop (idempotent)."""
        ...


def as_mono_float32(samples: np.ndarray) -> np.ndarray:
    """``samples`` as a contiguous float32 mono array (mean of channels)."""
    array = np.asarray(samples, dtype=np.float32)
    if array.ndim == 2:
        array = array.mean(axis=1)
    return np.ascontiguousarray(array, dtype=np.float32)


__all__ = [
    "INTERJECTION",
    "LINE",
    "PROTEST",
    "REPEAT",
    "TONE",
    "AudioBackend",
    "DeviceInfo",
    "Echo",
    "ErrorCallback",
    "InputCallback",
    "NoteCallback",
    "SimulatedReply",
    "SoundSink",
    "as_mono_float32",
]
