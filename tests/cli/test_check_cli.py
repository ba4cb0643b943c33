"""``voicecoach check``: the guided headset check on the command line. In-process on the
SimulatedBackend (each verdict, its exit status, what is saved), and once as a subprocess on a
real PulseAudio server: a sentence played into the virtual mic while it asks passes, nothing
played is "no microphone signal"."""

from __future__ import annotations

import json
import os
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.headset_fakes import SPEAK_AT, sentence
from tests.helpers.pulse_server import PulseServer
from voicecoach.adapters import duplex
from voicecoach.adapters.settings import load_settings
from voicecoach.cli import main
from voicecoach.core.backend import SimulatedReply
from voicecoach.live.simulated import SimulatedBackend

REPO = Path(__file__).resolve().parents[2]


def simulated(monkeypatch: pytest.MonkeyPatch, *, speech_gain: float | None, echo_gain: float = 0.0) -> None:
    replies = [] if speech_gain is None else [SimulatedReply(sentence(), at=SPEAK_AT, gain=speech_gain)]
    backend = SimulatedBackend(noise_db=-70.0, echo_gain=echo_gain, echo_delay=0.04, replies=replies)
    monkeypatch.setattr(duplex, "open_backend", lambda *args, **kwargs: backend)
    monkeypatch.setattr(duplex, "list_devices", lambda: [])


def test_a_spoken_sentence_passes_exit_0_and_is_remembered(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    simulated(monkeypatch, speech_gain=1.0)
    assert main(["--lang", "en", "check"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("✓ All good") and len(out.strip().splitlines()) == 1, out
    assert "Now please say" in err and "customer service" in err
    settings = load_settings()
    assert settings.headset_check_passed is not None
    assert settings.headset_echo is not None and settings.headset_echo.gain == 0.0  # no echo: nothing to subtract


@pytest.mark.parametrize(
    ("speech_gain", "echo_gain", "verdict", "german"),
    [
        (None, 0.0, "no_signal", "Kein Mikrofonsignal"),
        (0.02, 0.0, "too_quiet", "Zu leise"),
        (1.0, 0.3, "echo", "Headset benutzen"),
    ],
)
def test_each_problem_is_one_line_and_exit_1(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    speech_gain: float | None,
    echo_gain: float,
    verdict: str,
    german: str,
) -> None:
    simulated(monkeypatch, speech_gain=speech_gain, echo_gain=echo_gain)
    assert main(["--lang", "de", "check", "--json"]) == 1
    out, _err = capsys.readouterr()
    data = json.loads(out)
    assert data["verdict"] == verdict and data["passed"] is False
    assert german in data["message"]
    assert load_settings().headset_check_passed is None


# -- the real thing ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pulse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    server = PulseServer.started_or_skip(tmp_path_factory, "pulse-check", "voicecoach check")
    try:
        yield server
    finally:
        server.stop()


def run_check(pulse: Any, speak: Path | None) -> tuple[int, dict[str, Any], str]:
    """``voicecoach check --json`` in a subprocess; ``speak`` is played into the mic once it asks."""
    env = {**pulse.env, "VOICECOACH_HOME": os.environ["VOICECOACH_HOME"], "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [str(REPO / ".venv" / "bin" / "voicecoach"), "--lang", "en", "check", "--json", "--seconds", "6"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO,
    )  # fmt: skip
    lines: list[str] = []
    asked = threading.Event()

    def read() -> None:
        assert process.stderr is not None
        for line in process.stderr:
            lines.append(line)
            if "Now please say" in line:
                asked.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    player = None
    if speak is not None:
        assert asked.wait(40), "".join(lines)
        player = pulse.paplay(speak)
    try:
        out, _ = process.communicate(timeout=60)
    finally:
        if player is not None:
            player.terminate()
            player.wait(timeout=5)
    reader.join(timeout=5)
    return process.returncode, json.loads(out.strip().splitlines()[-1]), "".join(lines)


@pytest.mark.audio
def test_voicecoach_check_on_pulseaudio(pulse: Any, realspeech: Path) -> None:
    started = time.monotonic()
    code, data, err = run_check(pulse, realspeech / "en_jfk.wav")
    assert code == 0 and data["verdict"] == "good", (data, err)
    assert data["speech_seconds"] > 1.0 and -30 < data["speech_db"] < -5, data
    code, data, err = run_check(pulse, None)
    assert code == 1 and data["verdict"] == "no_signal", (data, err)
    assert data["message"].startswith("No microphone signal")
    assert time.monotonic() - started < 90
