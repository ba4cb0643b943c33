"""The guided headset check on a :class:`SimulatedBackend` (a virtual clock): the TUI's
``Adapters.headset_check`` stand-in, with a real recording "spoken" into the microphone when the
check asks for the sentence. Shared by tests/adapters and tests/tui.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from voicecoach.adapters.audio_files import read_audio, resample, to_mono
from voicecoach.adapters.headset_check import GuidedCheck, guided_check
from voicecoach.core.backend import SimulatedReply
from voicecoach.live.simulated import SimulatedBackend

SR = 16_000
#: When the guided check (settle 1 s, two tones of 1.3 s each) asks for the sentence, in stream time.
SPEAK_AT = 3.6


def realspeech_folder() -> Path:
    """shared/realspeech (or ``VOICECOACH_REALSPEECH``), as ``tests/conftest.py`` finds it."""
    for candidate in (
        os.environ.get("VOICECOACH_REALSPEECH", ""),
        str(Path(__file__).parents[2].parent / "shared" / "realspeech"),
    ):
        if candidate and (Path(candidate) / "en_jfk.wav").is_file():
            return Path(candidate)
    raise FileNotFoundError("real speech recordings not found: set VOICECOACH_REALSPEECH to shared/realspeech")


def sentence(seconds: float = 4.0, name: str = "en_jfk.wav") -> np.ndarray:
    """``seconds`` of a real recording at 16 kHz, mono float32."""
    decoded = to_mono(read_audio(realspeech_folder() / name))
    return resample(decoded.samples, decoded.sample_rate, SR)[: int(seconds * SR)]


def simulated_check(
    *,
    echo_gain: float = 0.0,
    speech_gain: float | None = 1.0,
    speech_at: float = SPEAK_AT,
    noise_db: float | None = -70.0,
) -> Callable[..., GuidedCheck]:
    """``Adapters.headset_check`` on a fresh virtual backend per call: the speaker leaks into the
    microphone with ``echo_gain`` (40 ms late); the sentence arrives at ``speech_at`` scaled by
    ``speech_gain`` (None: nobody speaks)."""

    def check(
        input_device: Any, output_device: Any, on_progress: Callable[..., None] | None = None, cancel: Any = None
    ) -> GuidedCheck:
        replies = [] if speech_gain is None else [SimulatedReply(sentence(), at=speech_at, gain=speech_gain)]
        backend = SimulatedBackend(echo_gain=echo_gain, echo_delay=0.04, noise_db=noise_db, replies=replies)
        return guided_check(backend, on_progress=on_progress, cancel=cancel)

    return check


async def check_from_devices(pilot: Any, app: Any) -> Any:
    """On the devices screen: ``c`` runs the guided check; wait for its verdict, go back (Esc) and
    return the report the check screen showed."""
    from tests.helpers.tui_fakes import wait_for

    devices = app.screen
    await pilot.press("c")
    await wait_for(pilot, lambda: app.screen is not devices and getattr(app.screen, "report", None) is not None)
    report = app.screen.report
    await pilot.press("escape")
    await wait_for(pilot, lambda: app.screen is devices)
    return report
