"""The one place that builds a live call from the real adapters.

:func:`open_call` picks the audio (the user's devices, or the demo), the speech synthesis, the
Whisper transcriber (set up as ``analyze`` uses it, so live and file results agree) and the
store, and hands them to a :class:`~voicecoach.live.engine.CallEngine`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from voicecoach.adapters import duplex, whisper_stt
from voicecoach.adapters.end_of_turn import load_end_of_turn
from voicecoach.adapters.library import LoadedScenario
from voicecoach.adapters.piper_tts import Speaker
from voicecoach.adapters.settings import Settings
from voicecoach.adapters.store import Store
from voicecoach.analysis import ANALYSIS_DECODE
from voicecoach.core.backend import AudioBackend, Echo
from voicecoach.core.end_of_turn import EndOfTurn, rule_for
from voicecoach.live.demo import DemoBackend, demo_script, demo_sound
from voicecoach.live.engine import ANSWER_WAIT, MIN_ANSWER_WAIT, CallEngine, EngineOptions, EventHandler, StoreArg
from voicecoach.live.turn import TraineeScript

log = logging.getLogger(__name__)

#: How the live call decodes the trainee: as ``analyze`` does (greedy, the same silence rule), so
#: live and file results agree, but with the encoder on the reply plus 10 s instead of a 30 s
#: window: the decode left after the reply ends is the call's wait for feedback (issue 12), and
#: the margin kept the word error rate (``DecodeOptions.encoder_margin``).
LIVE_DECODE = replace(ANALYSIS_DECODE, encoder_margin=10.0)


def open_call(
    loaded: LoadedScenario,
    settings: Settings,
    *,
    on_event: EventHandler,
    demo: bool = False,
    demo_files: Sequence[str | Path] = (),
    pause_after_turn: bool = True,
    max_turns: int | None = None,
    store: StoreArg = "default",
    input_device: str | int | None = None,
    output_device: str | int | None = None,
    answer_wait: float = ANSWER_WAIT,
    demo_speed: float = 1.0,
    echo: Echo | None = None,
) -> CallEngine:
    """The engine with the real adapters, as the TUI and ``voicecoach call`` use it.

    Live: the user's devices (``SoundDeviceBackend``). Demo: a :class:`DemoBackend` whose
    "microphone" plays synthesized good replies (or ``demo_files``), in real time, heard with the
    customer through the output device when there is one (:func:`demo_sound`).
    ``echo``: the echo a headset check measured (``HeadsetCheck.echo()``, or a saved one from
    ``live.saved_echo``), subtracted from the microphone before the VAD, so the customer's voice
    leaking into it does not count as the trainee. ``store``: a Store, a factory for one, None
    (not saved) or "default" (the user's history). Raises ``UserError`` with the fix when the
    audio or the models are not usable.
    """
    speaker = Speaker(settings)
    backend: AudioBackend
    script: TraineeScript | None = None
    if demo:
        sound, silent = demo_sound(settings, output_device, demo_speed)
        backend = DemoBackend(speed=demo_speed, sound=sound, silent_reason=silent)
        script = demo_script(loaded, speaker, backend.sample_rate, files=demo_files)
    else:
        backend = duplex.SoundDeviceBackend(
            input_device if input_device is not None else settings.input_device,
            output_device if output_device is not None else settings.output_device,
        )
    transcriber = whisper_stt.get_transcriber(language=loaded.scenario.language, settings=settings, decode=LIVE_DECODE)
    if store == "default":
        store = Store.open
    options = EngineOptions.from_settings(
        settings, pause_after_turn=pause_after_turn, max_turns=max_turns, answer_wait=max(answer_wait, MIN_ANSWER_WAIT), echo=echo,
    )  # fmt: skip
    rule = rule_for(loaded.scenario.language)
    end_of_turn = end_of_turn_model(settings) if rule is not None else None
    if rule is not None:
        options = replace(options, end_of_turn_rule=rule)
    return CallEngine(
        loaded, backend, speaker, transcriber, settings, on_event, store,
        options=options, trainee_script=script, demo=demo, end_of_turn=end_of_turn,
    )  # fmt: skip


#: Overrides ``Settings.end_of_turn`` for one run: ``silence`` or ``smart-turn``.
END_OF_TURN_ENV = "VOICECOACH_END_OF_TURN"


def end_of_turn_choice(settings: Settings) -> str:
    """``silence`` or ``smart-turn``: :data:`END_OF_TURN_ENV` when it holds one of them, else
    ``settings.end_of_turn`` (another value of the variable is logged and ignored)."""
    chosen = os.environ.get(END_OF_TURN_ENV, "").strip()
    if chosen in ("silence", "smart-turn"):
        return chosen
    if chosen:
        log.warning("%s=%r is neither silence nor smart-turn; using %s", END_OF_TURN_ENV, chosen, settings.end_of_turn)
    return settings.end_of_turn


def end_of_turn_model(settings: Settings) -> EndOfTurn | None:
    """The end-of-turn model the live call uses, or None for the plain silence rule.

    ``silence`` (the default): None. ``smart-turn``: Smart Turn v3.2, used by
    :func:`open_call` with the gate of the scenario's language (``core.end_of_turn.rule_for``;
    a language without a gate keeps the silence rule); when pipecat's model is not installed,
    one log line says so and the call keeps the silence rule. Not the default because no gate
    kept every reply the silence rule keeps (docs/benchmarks.md, "End of turn")."""
    if end_of_turn_choice(settings) == "silence":
        return None
    model, note = load_end_of_turn()
    if note:
        log.warning(note)
    return model


__all__ = ["END_OF_TURN_ENV", "end_of_turn_choice", "end_of_turn_model", "open_call"]
