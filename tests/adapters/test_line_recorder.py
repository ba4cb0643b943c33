"""Recording a trainer's line from a real (virtual) microphone: PulseAudio null sinks, real speech
played into the virtual microphone, ``voicecoach scenarios record`` in a fresh process."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.pulse_server import PulseServer
from voicecoach.adapters.audio_files import read_audio
from voicecoach.adapters.library import check_file
from voicecoach.core.audio_ops import rms_db


@pytest.fixture(scope="module")
def pulse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    server = PulseServer.started_or_skip(tmp_path_factory, "pulse", "recording a line")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    from voicecoach.cli import main

    target = tmp_path / "kettle-en"
    assert main(["scenarios", "new", "--id", "kettle-en", "--language", "en", "-o", str(target)]) == 0
    return target


def record(pulse: object, folder: Path, *extra: str, play: Path | None = None) -> tuple[int, str]:
    env = {**pulse.env, "VOICECOACH_HOME": os.environ["VOICECOACH_HOME"]}  # type: ignore[attr-defined]
    process = subprocess.Popen(
        [sys.executable, "-m", "voicecoach", "scenarios", "record", str(folder), "--turn", "1", "--yes", *extra],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    player = None
    if play is not None:
        time.sleep(1.0)  # the stream is open and hears silence first
        player = pulse.paplay(play)  # type: ignore[attr-defined]
    try:
        _out, err = process.communicate(timeout=90)
    finally:
        if player is not None:
            player.terminate()
            player.wait(timeout=10)
    return process.returncode, err


@pytest.mark.audio
def test_record_speech_from_the_virtual_microphone(pulse: object, folder: Path, realspeech: Path) -> None:
    code, err = record(pulse, folder, "--silence", "1.5", "--max-seconds", "6", play=realspeech / "en_jfk.wav")
    assert code == 0, err
    assert "recording: say the line" in err
    saved = folder / "lines" / "turn-1.flac"
    audio = read_audio(saved)
    assert 1.0 < audio.duration < 6.5  # leading silence trimmed; stopped by a pause or at 6 s
    assert rms_db(audio.samples) == pytest.approx(-20.0, abs=1.0)
    scenario, problems = check_file(folder / "scenario.yaml")
    assert problems == [] and scenario is not None and scenario.turns[0].audio == "lines/turn-1.flac"


@pytest.mark.audio
def test_a_silent_microphone_saves_nothing(pulse: object, folder: Path) -> None:
    code, err = record(pulse, folder, "--max-seconds", "2")
    assert code == 2
    assert err.strip().splitlines()[-1] == (
        "voicecoach: nothing above the silence threshold was recorded; speak closer to the microphone"
    )
    assert not (folder / "lines").exists()
