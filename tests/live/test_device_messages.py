"""The live call's device faults are said in the UI language (issue 11): the engine, the simulated
and the real backends give :class:`~voicecoach.core.errors.Said` messages, so a German user reads
"das Mikrofon hat 0,5 s lang keinen Ton geliefert …", and a live language switch says the same fault
again in the other language. The screens' side: tests/tui/test_device_messages_on_screen.py and
tests/cli/test_call_device_messages.py."""

from __future__ import annotations

import time
from collections.abc import Iterator
from types import SimpleNamespace

import pytest

from tests.helpers.untranslated import english_words_in
from tests.live.test_engine import of, run_call, scenario
from tests.live.test_engine_keeps_up import SilentlyDead, engine_on
from voicecoach.adapters import block_player, duplex
from voicecoach.core.errors import Said, speak
from voicecoach.live import events as ev
from voicecoach.live.engine import EngineOptions
from voicecoach.live.simulated import SimulatedBackend


@pytest.fixture
def german() -> Iterator[None]:
    speak("de")
    yield
    speak("en")


@pytest.mark.usefixtures("german")
def test_a_microphone_that_goes_quiet_is_said_in_german_and_again_in_english(tmp_path, speech):
    engine, events = engine_on(
        scenario(tmp_path), SilentlyDead(dies_at=1.0, speed=4.0), speech, options=EngineOptions(input_timeout=0.5)
    )
    engine.run()
    problem = of(events, ev.AudioProblem)[0].message
    assert isinstance(problem, Said)
    assert str(problem) == (
        "das Mikrofon hat 0,5 s lang keinen Ton geliefert (Gerät ausgesteckt oder Soundserver beendet); "
        "das Gerät prüfen und den Anruf neu starten"
    )
    assert not english_words_in(str(problem))
    speak("en")  # a live switch: the fault kept on screen follows it
    assert str(problem) == (
        "the microphone delivered no sound for 0.5 s (device unplugged or sound server stopped); "
        "check the device and start the call again"
    )


@pytest.mark.usefixtures("german")
def test_a_disconnected_device_is_said_in_german(tmp_path, speech):
    events, _, _ = run_call(scenario(tmp_path), speech, [], backend=SimulatedBackend(fail_at=2.0))
    assert of(events, ev.CallEnded)[0].reason == "device_lost"
    assert str(of(events, ev.AudioProblem)[0].message) == (
        "das Audiogerät wurde getrennt; wieder einstecken und den Anruf neu starten"
    )


def test_a_backend_that_stops_by_itself_is_a_said_message(tmp_path, speech):
    class Stops(SimulatedBackend):
        def pump(self, blocks: int = 1) -> bool:
            return False  # a virtual backend with nothing more to deliver, and no reason given

    events, _, _ = run_call(scenario(tmp_path), speech, [], backend=Stops())
    problem = of(events, ev.AudioProblem)[0].message
    assert problem.text("de") == "die Audioausgabe und -aufnahme wurde beendet"
    assert problem.text("en") == "the audio backend stopped"


def test_the_real_devices_say_their_faults_in_the_ui_language() -> None:
    """The sounddevice backend's stall and the demo's sound output: the messages they give the engine."""
    said: list[Said] = []
    backend = duplex.SoundDeviceBackend.__new__(duplex.SoundDeviceBackend)
    backend.input_info = SimpleNamespace(name="Jabra EVOLVE 20")
    backend.output_info = SimpleNamespace(name="Jabra EVOLVE 20")
    backend._failed, backend._on_error = None, said.append
    backend._last_block_wall, backend._last_out_wall = time.monotonic() - 60, 0.0
    assert backend._stalled()
    assert backend.failed is said[0]
    assert said[0].text("de") == (
        "das Audiogerät „Jabra EVOLVE 20“ liefert keinen Ton mehr (ausgesteckt?); wieder einstecken und den Anruf "
        "neu starten"
    )
    assert said[0].text("en").startswith("the audio device 'Jabra EVOLVE 20' stopped delivering sound")

    player = block_player.BlockPlayer.__new__(block_player.BlockPlayer)
    player.info = SimpleNamespace(name="pulse")
    player._closing, player._ended, player.problem = False, True, None
    player._watch()
    assert (
        player.problem.text("de") == "die Tonausgabe „pulse“ ist verstummt (Gerät ausgesteckt oder Soundserver beendet)"
    )


def test_the_demos_silent_reason_is_said_in_the_language_of_the_screen() -> None:
    """``demo_sound`` keeps the reason as an error, not as text frozen in one language."""
    from voicecoach.core.errors import UserError
    from voicecoach.live.demo import DemoBackend

    notes: list[ev.Notice] = []
    reason = UserError(
        "no {word} device matches '{spec}'; {LIST_HINT}", word=Said("output"), spec="Old", LIST_HINT=duplex.LIST_HINT
    )
    backend = DemoBackend(silent_reason=reason)
    backend.on_note = notes.append
    backend.start(lambda block, t: None)
    backend.stop()
    assert notes[0].key == "demo_silent"
    assert notes[0].detail.text("de") == (
        "kein Gerät für die Ausgabe passt zu „Old“; die Geräte zeigt 'voicecoach call --list-devices'"
    )
    assert notes[0].message.startswith("the demo is silent: no output device matches 'Old'")
