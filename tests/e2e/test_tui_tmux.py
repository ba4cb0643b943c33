"""The real TUI in tmux on a private PulseAudio server: two turns with a 60 s pause on the
feedback screen between them, and the second reply is judged as spoken (issue 12: after reading
the feedback for a while, the screen fell 15-26 s behind the audio and the reply came too late).

The customer is played into the null sink ``spk``; the trainee's reply is a real recording (JFK,
``shared/realspeech``) played into ``mic`` with ``paplay``. Keys go in with ``tmux send-keys``, the
screen comes back with ``tmux capture-pane``. Slow (real Piper, real Whisper, a minute of waiting).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.pulse_server import PulseServer

pytestmark = [pytest.mark.audio, pytest.mark.real_models]

SCENARIO = "warranty-no-en"
PAUSE_ON_FEEDBACK = 60.0
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def pulse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    server = PulseServer.started_or_skip(tmp_path_factory, "pulse-tui", "the TUI in tmux")
    try:
        yield server
    finally:
        server.stop()


class Tmux:
    """One detached tmux session running a command, 120x40."""

    def __init__(self, env: dict[str, str], command: list[str]) -> None:
        if shutil.which("tmux") is None:
            pytest.skip("the TUI test needs tmux (apt install tmux)")
        self.name = f"vc-{uuid.uuid4().hex[:8]}"
        self.env = env
        shell = " ".join(f"'{part}'" for part in command)
        subprocess.run(
            ["tmux", "new-session", "-d", "-s", self.name, "-x", "120", "-y", "40", f"{shell}; sleep 30"],
            env=env,
            check=True,
        )

    def keys(self, *keys: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, *keys], env=self.env, check=True)

    def screen(self) -> str:
        done = subprocess.run(
            ["tmux", "capture-pane", "-p", "-t", self.name], env=self.env, capture_output=True, text=True
        )
        return done.stdout

    def wait_for(self, text: str, timeout: float, gone: str | None = None) -> float:
        """Seconds until ``text`` is on screen (and ``gone`` is not); fails with the screen."""
        start = time.monotonic()
        while time.monotonic() - start < timeout:
            screen = self.screen()
            if text in screen and (gone is None or gone not in screen):
                return time.monotonic() - start
            time.sleep(0.1)
        raise AssertionError(f"'{text}' not on screen after {timeout:.0f} s:\n{self.screen()}")

    def kill(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], env=self.env, capture_output=True)


def speak(pulse: Any, recording: Path) -> float:
    """Play the reply into the microphone; returns when it ended (monotonic)."""
    player = pulse.paplay(recording, device="mic")
    player.wait(timeout=60)
    return time.monotonic()


def test_two_turns_with_a_minute_on_the_feedback_are_both_judged_as_spoken(pulse: Any, realspeech: Path) -> None:
    env = {**pulse.env, "TERM": "xterm-256color", "VOICECOACH_HOME": os.environ["VOICECOACH_HOME"]}
    voicecoach = Path(sys.executable).with_name("voicecoach")
    tmux = Tmux(env, [str(voicecoach), "app", "--lang", "en"])
    figures: dict[str, float] = {}
    try:
        tmux.wait_for("Search (/)", 60)
        tmux.keys("/")
        tmux.wait_for("Search (/)", 5)
        time.sleep(1.0)  # the search field takes the focus first: else "a" of the query opens Record
        tmux.keys("-l", "warranty")
        tmux.keys("Enter")
        time.sleep(0.5)
        tmux.keys("Enter")
        for turn in (1, 2):
            figures[f"turn {turn}: your turn after"] = tmux.wait_for("Your turn", 180)
            spoken = speak(pulse, realspeech / "en_jfk.wav")
            tmux.wait_for("Score", 120)
            figures[f"turn {turn}: end of speech -> feedback s"] = time.monotonic() - spoken
            screen = tmux.screen()
            assert "No reply" not in screen and "(nothing said)" not in screen, screen
            assert "country" in screen.lower() or "ask" in screen.lower(), screen  # JFK's words came through
            if turn == 1:
                time.sleep(PAUSE_ON_FEEDBACK)  # reading the feedback for a minute
                tmux.keys("Enter")
        tmux.keys("h")
    finally:
        print(figures)
        tmux.kill()
