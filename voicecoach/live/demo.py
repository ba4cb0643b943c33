"""The demo call: a good trainee's replies played into a simulated microphone, heard through the
output device when there is one.

:func:`demo_script` places a reply per turn (a file, or :func:`demo_reply_text` synthesized at the
rate that puts it in the middle of the judge's calm pace band, :func:`reply_pace`, whatever voice
reads it); :class:`DemoBackend` runs the call in real time on a
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
from voicecoach.core.analyzers.options import JudgeOptions
from voicecoach.core.audio_ops import frame_levels
from voicecoach.core.backend import ErrorCallback, InputCallback, SimulatedReply, SoundSink
from voicecoach.core.errors import Said, UserError, said
from voicecoach.core.scenario import Step
from voicecoach.live import events as ev
from voicecoach.live.simulated import SimulatedBackend, mix_into
from voicecoach.live.turn import Prepared, SpeakerLike, TraineeScript

if TYPE_CHECKING:
    from voicecoach.adapters.library import LoadedScenario
    from voicecoach.adapters.settings import Settings

log = logging.getLogger(__name__)


#: How far (fraction) a rendered demo reply's pace may be from the middle of the judge's band
#: before it is rendered again at a corrected rate. The band is +-16 % (German 110-160 words/min)
#: and the judge adds a 10 % margin, so a reply within 5 % keeps a wide berth from both edges even
#: when Whisper's word times and words differ from the sound's (in new-address-de Whisper added
#: words the reply does not have and counted 165 words/min where the sound has 125).
DEMO_PACE_TOLERANCE = 0.05
#: Renders per reply at most: the voice's own pace, then up to two corrections (a rate does not
#: scale every voice's pace exactly, and SVOX Pico stops at its own slowest and fastest speed).
DEMO_RENDERS = 3
#: Slowest and fastest rate (of the voice's own) a demo reply is rendered at.
DEMO_RATE_RANGE = (0.5, 2.0)
#: Longest pause (s) inside a demo reply. Piper draws its pauses at random: one of about 0.65 s
#: after "I understand." reached the engine's 0.8 s end-of-turn silence once the VAD's ~0.15 s
#: (segment end placed back, onset confirmed later) was added, and the model answer was cut after
#: its first sentence (a CI run, issue 12). 0.55 s is about a sentence pause of SVOX Pico
#: (0.54-0.58 s), so its pace barely moves, and stays 0.25 s off that edge.
DEMO_MAX_PAUSE = 0.55
#: Sound the demo buffers ahead of its speaker (seconds): absorbs a clock thread late on a busy
#: machine (the interactive 0.2 s ran dry, issue 12).
DEMO_BUFFER_SECONDS = 0.5
#: Sound the output device itself buffers (seconds; PortAudio's ``latency``). "high" is 64 ms on
#: ALSA's PulseAudio device: under load it ran dry, and that bridge recovers from an underrun with
#: a ~2 s stall, 11-14 times a call (silent stretches of the customer's line, issue 12). Half a
#: second keeps it fed through the stalls of a busy machine. Both together are the sound's lead
#: (about 1 s): a cut-in can be placed no sooner than that after the engine asks for it, so
#: more would delay a cut-in meant 1.5 s after the reply starts.
DEMO_DEVICE_LATENCY = 0.5


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
        samples, rate_hz = _calm_reply(speaker, demo_reply_text(step, language), language)
        synthesized[turn_id] = resample(samples, rate_hz, sample_rate)

    def reply_for(turn_id: str, number: int) -> np.ndarray:
        return recorded[number - 1] if number <= len(recorded) else synthesized[turn_id]

    def script(turn_id: str, number: int, line_start: float, line: Prepared) -> Sequence[SimulatedReply]:
        # yields: when the customer cuts in, the demo trainee stops, listens and goes on (a model answer)
        return [SimulatedReply(reply_for(turn_id, number), at=line_start + line.speech_end + pause, yields=True)]

    return script


def target_pace(language: str, options: JudgeOptions | None = None) -> float:
    """Words per minute a demo reply aims at: the middle of the judge's calm band for ``language``
    (``JudgeOptions.pace_de``/``pace_en``: 135 German, 145 English)."""
    options = options or JudgeOptions()
    low, high = options.pace_de if language == "de" else options.pace_en
    return (low + high) / 2


def reply_pace(samples: np.ndarray, sample_rate: int, text: str, pause: float | None = None) -> float | None:
    """Words per minute of ``text`` spoken in ``samples`` (mono, ``sample_rate`` Hz), counted as the
    judge's pace finding counts them (``core/analyzers/pace.py``): the written words ("50667" is
    one, as Whisper writes it) over the time from the first to the last sound, without silences
    longer than ``pause`` seconds (``JudgeOptions.pace_pause``). A 20 ms frame is sound when it is
    within 35 dB of the loudest and above -60 dBFS. None when there is no sound or no word.
    """
    pause = JudgeOptions().pace_pause if pause is None else pause
    words = len(text.split())
    frame = 0.02
    levels = frame_levels(np.asarray(samples, np.float32), int(sample_rate), frame)
    if not words or not levels.size:
        return None
    loud = np.flatnonzero(levels > max(-60.0, float(levels.max()) - 35.0))
    if not loud.size:
        return None
    gaps = np.diff(loud) - 1  # silent frames between two sounding ones
    seconds = (int(loud[-1]) - int(loud[0]) + 1) * frame - float(gaps[gaps * frame > pause].sum()) * frame
    return 60.0 * words / seconds if seconds > 0 else None


def capped_pauses(samples: np.ndarray, sample_rate: int, max_pause: float = DEMO_MAX_PAUSE) -> np.ndarray:
    """``samples`` (mono, ``sample_rate`` Hz) with every silence between two sounds shortened to
    ``max_pause`` seconds (its middle taken out, so the fall and rise of the sound stay).
    Leading and trailing silence are kept. Sound as in :func:`reply_pace`: a 20 ms frame within
    35 dB of the loudest and above -60 dBFS. Returns float32 samples."""
    samples = np.asarray(samples, np.float32)
    frame = max(1, int(round(0.02 * sample_rate)))
    levels = frame_levels(samples, int(sample_rate), frame / sample_rate)
    if not levels.size:
        return samples
    loud = np.flatnonzero(levels > max(-60.0, float(levels.max()) - 35.0))
    keep = int(round(max_pause * sample_rate))
    pieces: list[np.ndarray] = []
    position = 0
    for before, after in zip(loud[:-1], loud[1:], strict=True):
        gap_first, gap_last = (int(before) + 1) * frame, int(after) * frame  # silent samples [first, last)
        if gap_last - gap_first <= keep:
            continue
        middle = gap_first + keep // 2
        pieces.append(samples[position:middle])
        position = gap_last - (keep - keep // 2)
    pieces.append(samples[position:])
    return np.concatenate(pieces) if len(pieces) > 1 else samples


def _calm_reply(speaker: SpeakerLike, text: str, language: str) -> tuple[np.ndarray, int]:
    """``text`` rendered at the rate that puts its pace (:func:`reply_pace`) within
    :data:`DEMO_PACE_TOLERANCE` of :func:`target_pace`: first at the voice's own rate (Piper's
    voices speak about 190 words/min, SVOX Pico's German about 124), then corrected by the ratio
    of the pace measured to the pace wanted, at most :data:`DEMO_RENDERS` renders. A fixed rate
    suited one voice only: 0.8 made Piper calm and Pico's German "too slow" (98 words/min, issue
    11). A speaker that ignores the rate (a recording, a test's fake) gets no second try.
    Every render's pauses are capped at :data:`DEMO_MAX_PAUSE` (:func:`capped_pauses`) before
    its pace is measured, so a model answer is never ended by the silence rule mid-reply.
    Returns ``(float32 samples, Hz)`` of the render nearest to the target.
    """
    target = target_pace(language)
    rate = 1.0
    best: tuple[float, np.ndarray, int] | None = None  # (distance from the target, samples, Hz)
    previous_length = -1
    for _ in range(DEMO_RENDERS):
        clip = speaker.render_text(text, language=language, rate=rate)
        samples = capped_pauses(clip.samples, int(clip.sample_rate))
        pace = reply_pace(samples, int(clip.sample_rate), text)
        distance = abs(pace / target - 1.0) if pace else 0.0
        if best is None or distance < best[0]:
            best = (distance, samples, int(clip.sample_rate))
        if pace is None or distance <= DEMO_PACE_TOLERANCE or len(samples) == previous_length:
            break
        previous_length = len(samples)
        wanted = min(DEMO_RATE_RANGE[1], max(DEMO_RATE_RANGE[0], rate * target / pace))
        if abs(wanted - rate) < 0.01:  # at the end of the range: no nearer render to be had
            break
        rate = wanted
        log.debug("demo reply at %.0f words/min, rendered again at rate %.2f: %s", pace, rate, text[:40])
    assert best is not None
    return best[1], best[2]


def demo_sound(
    settings: Settings, output_device: str | int | None = None, speed: float = 1.0
) -> tuple[SoundSink | None, UserError | None]:
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
        return block_player.BlockPlayer(device, buffer_seconds=DEMO_BUFFER_SECONDS, latency=DEMO_DEVICE_LATENCY), None
    except UserError as error:
        if output_device is not None:
            raise
        return None, error  # said in the UI language when shown (DemoBackend's note)


class DemoBackend(SimulatedBackend):
    """The demo call's audio: a real-time :class:`~voicecoach.live.simulated.SimulatedBackend` (no microphone), heard through
    ``sound`` when one is given.

    The "microphone" hears the replies the demo script places. With a ``sound`` sink (the
    speaker or headphones, ``adapters.block_player.BlockPlayer``) the clock thread mixes, at
    every tick, what is played (the customer's lines, protests, interjections) and what the
    "microphone" hears (the demo trainee) ``sound.lead`` seconds ahead and hands the block to
    the sink, so both are heard at about the stream time the engine gives them; the customer's
    lines are placed that much later on the clock (``output_latency``), as on a real device.

    Without a sink (no output device, or ``speed`` other than 1) it is silent, and its clock is
    :attr:`~voicecoach.live.simulated.SimulatedBackend.paced` (the engine pumps it, at most
    ``speed`` times real time); a sink that cannot open or fails mid-call is dropped and the demo
    goes on silently, in real time (a late reply or cut-in is then ``clock_problem``). Each of these
    is one :class:`~voicecoach.live.events.Notice` through ``on_note`` (the engine sets it).
    ``silent_reason``: the note to give when there is no sink (None: none).
    """

    def __init__(
        self,
        sample_rate: int = 16_000,
        speed: float = 1.0,
        *,
        sound: SoundSink | None = None,
        silent_reason: UserError | Said | str | None = None,
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
                self._note(f"the demo is silent: {error.text('en')}", "demo_silent", said(error))
            else:
                with self._lock:
                    self.output_latency = float(sound.lead)
                    self._sound_at = self._position + int(round(self.output_latency * self.sample_rate))
                    self.sound = sound
                self._note(f"demo sound through '{sound.name}'", "demo_sound", str(sound.name))
        elif self.silent_reason:
            self._note(f"the demo is silent: {_english(self.silent_reason)}", "demo_silent", said(self.silent_reason))
        if self.sound is None and self.realtime:
            # nothing is heard, so the clock need not run by itself: the engine pumps it, at most
            # ``speed`` times real time, and cannot fall behind it (4 demos at --demo-speed 10 did, issue 12)
            self.realtime, self.paced = False, True
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
                f"the demo's sound stopped ({_english(sound.problem)}); the call goes on silently",
                "demo_lost",
                said(sound.problem),
            )

    def _note(self, message: str, key: str, detail: Said | str) -> None:
        """One ``Notice`` through ``on_note`` (from the engine's thread at start, the clock thread later).
        ``message``: the English line (the log's); ``detail``: a ``Said`` is kept as it is, so the
        screens say it in the UI language (``notice.<key>``)."""
        log.info("%s", message)
        if self.on_note is not None:
            self.on_note(ev.Notice(message, key, detail))


def _english(text: object) -> str:
    """A ``Said``/``UserError`` in English (for the log), anything else as it is."""
    return text.text("en") if isinstance(text, Said | UserError) else str(text)


__all__ = [
    "DEMO_BUFFER_SECONDS",
    "DEMO_DEVICE_LATENCY",
    "DEMO_PACE_TOLERANCE",
    "DemoBackend",
    "demo_reply_text",
    "demo_script",
    "demo_sound",
    "reply_pace",
    "target_pace",
]
