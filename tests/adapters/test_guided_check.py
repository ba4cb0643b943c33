"""The guided headset check on the SimulatedBackend (virtual clock, real speech): each case gets
its own verdict, and a check that heard no voice never says "good" (issue 12: with speech
playing into the microphone during the tone, the old check said "hardly any echo - good" and
measured no level)."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from tests.helpers.headset_fakes import SPEAK_AT, SR, sentence, simulated_check
from voicecoach.adapters.headset_check import CheckCancelled, CheckProgress, guided_check
from voicecoach.core.backend import SimulatedReply
from voicecoach.core.headset import QUIET_SPEECH_DB, SpeechLevel, headset_verdict, speech_level
from voicecoach.live.simulated import SimulatedBackend


def run(**kwargs: object):
    return simulated_check(**kwargs)(None, None)  # type: ignore[arg-type]


def test_silence_is_no_microphone_signal() -> None:
    check = run(speech_gain=None)
    assert check.verdict == "no_signal" and not check.passed
    assert not check.speech.heard and check.speech.seconds == 0.0
    assert check.message("en").startswith("No microphone signal")
    assert check.message("de").startswith("Kein Mikrofonsignal")


def test_digital_silence_is_no_microphone_signal_and_tells_no_echo() -> None:
    check = run(speech_gain=None, noise_db=None)
    assert check.verdict == "no_signal" and check.tone.silent_mic
    assert check.echo() is None and not check.tells_echo


def test_speech_when_asked_passes_with_its_level() -> None:
    check = run()
    assert check.verdict == "good" and check.passed
    # en_jfk's first 4 s: active level about -15 dBFS, most of it speech
    assert -20.0 < check.speech.level_db < -10.0, check.to_json()
    assert check.speech.seconds > 2.0
    assert check.echo_known and check.tone.echo_db is None
    assert "(-15 dBFS)" in check.message("en") and "(-15 dBFS)" in check.message("de")


def test_a_quiet_voice_is_too_quiet() -> None:
    check = run(speech_gain=0.02)  # -34 dB: about -49 dBFS
    assert check.verdict == "too_quiet", check.to_json()
    assert check.speech.heard and check.speech.level_db < QUIET_SPEECH_DB
    assert check.message("en").startswith("Too quiet")


def test_loud_echo_says_use_a_headset() -> None:
    check = run(echo_gain=0.3)
    assert check.verdict == "echo", check.to_json()
    assert check.tone.echo_db == pytest.approx(-10.5, abs=0.5)
    assert check.tone.echo_delay == pytest.approx(0.04, abs=0.002)
    assert "headset" in check.message("en") and "Headset" in check.message("de")


def test_speech_over_the_tone_and_none_when_asked_is_never_good() -> None:
    """Issue 12's case: speech plays into the microphone while the tone plays, nothing after."""
    check = run(speech_at=0.9, speech_gain=1.0)  # 4 s of speech from 0.9 s: over both tones, gone by 4.9 s
    assert check.verdict != "good" and not check.passed, check.to_json()
    assert not check.echo_known  # loud during the tone, no echo found: unknown, not "none"
    assert check.echo() is None and not check.tells_echo


def test_speech_only_over_the_tone_is_no_signal() -> None:
    speech = sentence(2.0)
    backend = SimulatedBackend(noise_db=-70.0, replies=[SimulatedReply(speech, at=1.2)])  # gone by 3.2 s
    check = guided_check(backend)
    assert check.verdict == "no_signal", check.to_json()


def test_progress_goes_through_the_phases_with_a_live_level() -> None:
    seen: list[CheckProgress] = []
    check = simulated_check()(None, None, on_progress=seen.append)
    phases = [p.phase for p in seen]
    assert phases[0] == "settle" and phases[-1] == "done"
    assert {"tone", "speak"} <= set(phases)
    speaking = [p.level_db for p in seen if p.phase == "speak"]
    assert max(speaking) > -25.0  # the sentence shows on the meter while it is spoken
    assert min(p.level_db for p in seen if p.phase == "settle") < -60.0
    # the sentence ended the phase early: well before the 8 s limit
    assert sum(0.1 for p in seen if p.phase == "speak") < 7.0
    assert check.passed


def test_a_cancelled_check_stops() -> None:
    cancel = threading.Event()

    def stop_at_speak(progress: CheckProgress) -> None:
        if progress.phase == "speak":
            cancel.set()

    backend = SimulatedBackend(noise_db=-70.0)
    with pytest.raises(CheckCancelled):
        guided_check(backend, on_progress=stop_at_speak, cancel=cancel)
    assert backend.time() < SPEAK_AT + 0.5


# -- the pure parts ------------------------------------------------------------------------


def test_speech_level_of_a_tone_burst_over_noise() -> None:
    rng = np.random.default_rng(1)
    noise = rng.normal(0, 10 ** (-70 / 20), SR * 2).astype(np.float32)
    t = np.arange(SR) / SR
    tone = (0.1 * np.sqrt(2) * np.sin(2 * np.pi * 440 * t)).astype(np.float32)  # RMS 0.1: -20 dBFS
    signal = noise.copy()
    signal[SR // 2 : SR // 2 + SR] += tone
    level = speech_level(signal, SR, noise_db=-70.0)
    assert level.level_db == pytest.approx(-20.0, abs=0.3)
    assert level.seconds == pytest.approx(1.0, abs=0.06)


@pytest.mark.parametrize(
    ("silent", "speech", "echo_warning", "echo_known", "expected"),
    [
        (True, SpeechLevel(-15, -8, 3.0, -120), False, True, "no_signal"),
        (False, SpeechLevel(-120, -65, 0.0, -70), False, True, "no_signal"),
        (False, SpeechLevel(-45, -40, 2.0, -70), False, True, "too_quiet"),
        (False, SpeechLevel(-20, -15, 0.3, -70), False, True, "too_quiet"),
        (False, SpeechLevel(-20, -15, 2.0, -70), True, True, "echo"),
        (False, SpeechLevel(-20, -15, 2.0, -70), False, False, "echo_unclear"),
        (False, SpeechLevel(-20, -15, 2.0, -70), False, True, "good"),
    ],
)
def test_the_verdict_most_urgent_first(
    silent: bool, speech: SpeechLevel, echo_warning: bool, echo_known: bool, expected: str
) -> None:
    assert headset_verdict(silent_mic=silent, speech=speech, echo_warning=echo_warning, echo_known=echo_known) == (
        expected
    )
