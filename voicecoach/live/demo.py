"""The demo call: a good trainee's replies played into a simulated microphone, heard through the
output device when there is one.

:func:`demo_script` places a reply per turn (a file, or :func:`demo_reply_text` synthesized at
:data:`DEMO_REPLY_RATE`); :class:`DemoBackend` runs the call in real time on a
:class:`~voicecoach.live.simulated.SimulatedBackend` and mixes what is played and what its
"microphone" hears into a :class:`~voicecoach.core.backend.SoundSink` (:func:`demo_sound` finds
one).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from voicecoach.adapters import block_player
from voicecoach.adapters.audio_files import read_audio, resample, to_mono
from voicecoach.core.backend import ErrorCallback, InputCallback, SimulatedReply, SoundSink
from voicecoach.core.errors import UserError
from voicecoach.core.scenario import Step
from voicecoach.live import events as ev
from voicecoach.live.simulated import SimulatedBackend, mix_into
from voicecoach.live.turn import Prepared, SpeakerLike, TraineeScript

if TYPE_CHECKING:
    from voicecoach.adapters.library import LoadedScenario
    from voicecoach.adapters.settings import Settings

log = logging.getLogger(__name__)


#: Speaking rate of the synthesized demo replies (1.0 is the voice's own, about 190 words/min).
DEMO_REPLY_RATE = 0.8
#: Sound the demo buffers ahead of its speaker (seconds). Nobody answers a demo, so its sound
#: may lag: a whole second absorbs the stalls of a busy machine, where the interactive 0.2 s
#: ran dry and the late sound was skipped (the reply went missing from the recording, issue 12).
DEMO_BUFFER_SECONDS = 1.0


def demo_reply_text(step: Step, language: str) -> str:
    """A good reply to ``step``: its ``example``, else one made of its key points (for the demo
    call); German for "de"."""
    if step.example:
        return step.example
    parts: list[str] = []
    emotional = step.expect.acknowledge_emotion or (
        step.expect.acknowledge_emotion is None and step.emotion in ("annoyed", "angry", "sad")
    )
    if emotional:
        parts.append(
            "Das verstehe ich, das tut mir leid." if language == "de" else "I understand, and I'm sorry about that."
        )
    points = [max(phrasings, key=len).rstrip(".") for phrasings in step.expect.key_points.values() if phrasings]
    if points:  # the longest phrasing of each point: the easiest for Whisper to hear
        sentence = (
            ", ".join(points[:-1])
            + ((" und " if language == "de" else " and ") if len(points) > 1 else "")
            + points[-1]
        )
        parts.append(sentence[0].upper() + sentence[1:] + ".")
    if step.expect.ask_need:
        parts.append("Was ist Ihnen dabei am wichtigsten?" if language == "de" else "What matters most to you here?")
    if not parts:
        parts.append("Ja, gerne, das machen wir so." if language == "de" else "Yes, of course, we can do that.")
    return " ".join(parts)


def demo_script(
    engine_loaded: LoadedScenario,
    speaker: SpeakerLike,
    sample_rate: int,
    *,
    files: Sequence[str | Path] = (),
    pause: float = 0.7,
) -> TraineeScript:
    """Replies for a demo call: file N for turn N where given, else a synthesized good reply.

    Each reply starts ``pause`` seconds after the customer's line ends and yields to a cut-in
    (``SimulatedReply.yields``: it stops within 0.7 s of the customer's interjection, lets them
    finish and goes on, saying the cut phrase again, as the judge expects of a good trainee). Every reply is read or
    rendered *now*, before the demo's clock starts: rendered at the start of a turn (as before),
    Piper took longer than the clock gave it under load or at ``--demo-speed 10``, the reply was
    placed in the past and the turn was judged "silent_reply" (issue 12).
    """
    language = engine_loaded.scenario.language
    recorded: list[np.ndarray] = []
    for path in files:
        audio = to_mono(read_audio(path))
        recorded.append(resample(audio.samples, audio.sample_rate, sample_rate))
    synthesized: dict[str, np.ndarray] = {}
    for turn_id in engine_loaded.scenario.turn_ids:
        step = engine_loaded.scenario.step(turn_id)
        # a calm telephone pace: the voice's own rate is faster than the judge's pace range
        clip = speaker.render_text(demo_reply_text(step, language), language=language, rate=DEMO_REPLY_RATE)
        synthesized[turn_id] = resample(np.asarray(clip.samples, np.float32), int(clip.sample_rate), sample_rate)

    def reply_for(turn_id: str, number: int) -> np.ndarray:
        return recorded[number - 1] if number <= len(recorded) else synthesized[turn_id]

    def script(turn_id: str, number: int, line_start: float, line: Prepared) -> Sequence[SimulatedReply]:
        # yields: when the customer cuts in, the demo trainee stops, listens and goes on (a model answer)
        return [SimulatedReply(reply_for(turn_id, number), at=line_start + line.speech_end + pause, yields=True)]

    return script


def demo_sound(
    settings: Settings, output_device: str | int | None = None, speed: float = 1.0
) -> tuple[SoundSink | None, str | None]:
    """The demo call's sound output, or None and why the demo is silent.

    ``output_device`` (``call --output-device``) wins over ``settings.output_device``; a device
    named there that does not exist is the usual one-line ``UserError``. Without one, a missing
    output device (or PortAudio) only makes the demo silent. Finds the device; opening it is left
    to :meth:`DemoBackend.start`.
    """
    if speed != 1.0:
        return None, None  # DemoBackend says so when it has a sink; none is looked for
    try:
        device = output_device if output_device is not None else settings.output_device
        return block_player.BlockPlayer(device, buffer_seconds=DEMO_BUFFER_SECONDS), None
    except UserError as error:
        if output_device is not None:
            raise
        return None, str(error)


class DemoBackend(SimulatedBackend):
    """The demo call's audio: a real-time :class:`~voicecoach.live.simulated.SimulatedBackend` (no microphone), heard through
    ``sound`` when one is given.

    The "microphone" hears the replies the demo script places. With a ``sound`` sink (the
    speaker or headphones, ``adapters.block_player.BlockPlayer``) the clock thread mixes, at
    every tick, what is played (the customer's lines, protests, interjections) and what the
    "microphone" hears (the demo trainee) ``sound.lead`` seconds ahead and hands the block to
    the sink, so both are heard at about the stream time the engine gives them; the customer's
    lines are placed that much later on the clock (``output_latency``), as on a real device.

    Without a sink (no output device, or ``speed`` other than 1) it is silent, as before; a sink
    that cannot open or fails mid-call is dropped and the demo goes on silently. Each of these
    is one :class:`~voicecoach.live.events.Notice` through ``on_note`` (the engine sets it).
    ``silent_reason``: the note to give when there is no sink (None: none).
    """

    def __init__(
        self,
        sample_rate: int = 16_000,
        speed: float = 1.0,
        *,
        sound: SoundSink | None = None,
        silent_reason: str | None = None,
    ) -> None:
        super().__init__(sample_rate, realtime=True, speed=speed, block_seconds=0.032)
        self.sound: SoundSink | None = sound
        self.silent_reason = silent_reason
        self._sound_at = 0  # next stream sample the sink gets

    def start(self, on_input: InputCallback, on_error: ErrorCallback | None = None) -> None:
        sound, self.sound = self.sound, None
        if sound is not None and self.speed != 1.0:
            self._note(
                f"the demo is silent at --demo-speed {self.speed:g} (sound plays at speed 1 only)",
                "demo_fast",
                f"{self.speed:g}",
            )
        elif sound is not None:
            if int(sound.sample_rate) != self.sample_rate:
                raise ValueError("the demo's sound sink must run at the backend's sample rate")
            try:
                sound.open()
            except UserError as error:
                self._note(f"the demo is silent: {error}", "demo_silent", str(error))
            else:
                with self._lock:
                    self.output_latency = float(sound.lead)
                    self._sound_at = self._position + int(round(self.output_latency * self.sample_rate))
                    self.sound = sound
                self._note(f"demo sound through '{sound.name}'", "demo_sound", str(sound.name))
        elif self.silent_reason:
            self._note(f"the demo is silent: {self.silent_reason}", "demo_silent", self.silent_reason)
        super().start(on_input, on_error)

    def stop(self) -> None:
        super().stop()
        with self._lock:
            sound, self.sound = self.sound, None
        if sound is not None:
            sound.close()
            cut = float(getattr(sound, "cut_seconds", 0.0))
            if cut >= 0.1:  # the call's clock and record are right; what was heard had gaps
                self._note(
                    f"the demo's sound had gaps ({cut:.1f} s came too late to be played: the computer was busy); "
                    "the turns were judged on the full sound",
                    "demo_gaps",
                    f"{cut:.1f}",
                )

    def _deliver_one(self) -> bool:
        delivered = super()._deliver_one()
        if delivered and self.sound is not None:
            self._feed()
        return delivered

    def _feed(self) -> None:
        """Hand the sink everything up to ``lead`` seconds ahead of the clock: output plus "microphone"."""
        with self._lock:
            sound = self.sound
            if sound is None:
                return
            first = self._sound_at
            last = self._position + int(round(self.output_latency * self.sample_rate))
            if last <= first:
                return
            block = self._render_output(first, last)
            for placed in self._placed:
                mix_into(block, first, int(round(placed.start * self.sample_rate)), placed.samples)
            self._sound_at = last
        sound.write(np.clip(block, -1.0, 1.0))
        if sound.problem is not None:
            with self._lock:
                self.sound = None
            threading.Thread(target=sound.close, name="demo-sound-close", daemon=True).start()
            self._note(
                f"the demo's sound stopped ({sound.problem}); the call goes on silently",
                "demo_lost",
                str(sound.problem),
            )

    def _note(self, message: str, key: str, detail: str) -> None:
        """One ``Notice`` through ``on_note`` (from the engine's thread at start, the clock thread later)."""
        log.info("%s", message)
        if self.on_note is not None:
            self.on_note(ev.Notice(message, key, detail))


__all__ = ["DEMO_BUFFER_SECONDS", "DEMO_REPLY_RATE", "DemoBackend", "demo_reply_text", "demo_script", "demo_sound"]
