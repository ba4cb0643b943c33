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
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile

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
    """One detached tmux session running a command, 120x40, on a tmux server of its own: a session
    made on a server someone already runs takes that server's environment, not ours (the app then
    found no microphone while a person had tmux open on the same machine)."""

    def __init__(self, env: dict[str, str], command: list[str]) -> None:
        if shutil.which("tmux") is None:
            pytest.skip("the TUI test needs tmux (apt install tmux)")
        self.name = f"vc-{uuid.uuid4().hex[:8]}"
        self.env = env
        self.tmux = ["tmux", "-L", self.name]  # a private server (socket) named like the session
        shell = " ".join(f"'{part}'" for part in command)
        subprocess.run(
            [*self.tmux, "new-session", "-d", "-s", self.name, "-x", "120", "-y", "40", f"{shell}; sleep 30"],
            env=env,
            check=True,
        )

    def keys(self, *keys: str) -> None:
        subprocess.run([*self.tmux, "send-keys", "-t", self.name, *keys], env=self.env, check=True)

    def screen(self) -> str:
        done = subprocess.run(
            [*self.tmux, "capture-pane", "-p", "-t", self.name], env=self.env, capture_output=True, text=True
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
        subprocess.run([*self.tmux, "kill-server"], env=self.env, capture_output=True)


class SoundWatch:
    """Listens to a sink's monitor in 20 ms blocks: when it last carried sound, on the monotonic
    clock. On ``spk.monitor`` that is the end of the customer's line, so the lag to "Listening" is
    measured from the audio itself rather than from a key press. (Not on ``mic.monitor``: a second
    low-latency reader there upsets the pacing of the virtual microphone the app opens.)"""

    BLOCK = 320  # samples at 16 kHz: 20 ms
    LOUD_DB = -45.0

    def __init__(self, pulse: Any, source: str) -> None:
        command = ["parec", "-d", source, "--rate=16000", "--channels=1", "--format=float32le",
                   "--raw", "--latency-msec=20"]  # fmt: skip
        self.process = subprocess.Popen(command, env=pulse.env, stdout=subprocess.PIPE)
        self.last_loud: float | None = None
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        while True:
            data = self.process.stdout.read(self.BLOCK * 4)
            if not data:
                return
            block = np.frombuffer(data[: len(data) // 4 * 4], dtype=np.float32)
            level = 20 * np.log10(float(np.sqrt(np.mean(block**2))) + 1e-9) if len(block) else -200.0
            if level > self.LOUD_DB:
                self.last_loud = time.monotonic()

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def speak(pulse: Any, recording: Path) -> float:
    """Start playing the reply into the microphone; returns when its last sample will have been
    played (monotonic: the start plus the recording's length; JFK speaks up to its last block)."""
    info = soundfile.info(str(recording))
    pulse.paplay(recording, device="mic")
    return time.monotonic() + info.frames / info.samplerate


def open_scenario(tmux: Tmux, query: str) -> None:
    """Search the library for ``query`` and start the call. On a busy machine the first keys can
    arrive before the search field has the focus (then "a" of the query opens Record): each step
    is checked on screen and done again if it did not take."""
    for _attempt in range(5):
        tmux.keys("/")
        time.sleep(1.0)
        tmux.keys("-l", query)
        try:
            tmux.wait_for(f"▊  {query}", 10)
            break
        except AssertionError:
            tmux.keys("Escape")  # out of Record (or a cleared search), back to the library
            time.sleep(1.0)
            tmux.keys("Escape")
            tmux.wait_for("Search (/)", 30)
    else:
        raise AssertionError(f"the query never reached the search field:\n{tmux.screen()}")
    tmux.keys("Enter")  # from the search field to the list
    time.sleep(1.0)
    for _attempt in range(3):
        tmux.keys("Enter")  # start the call
        try:
            tmux.wait_for("Step 1 · reply 1", 30)
            return
        except AssertionError:
            continue
    raise AssertionError(f"the call did not open:\n{tmux.screen()}")


#: What the state line says while the customer speaks, and when the trainee should answer.
CUSTOMER = "is speaking"
LISTENING = "Listening …"


def test_two_turns_with_a_minute_on_the_feedback_are_both_judged_as_spoken(pulse: Any, realspeech: Path) -> None:
    env = {**pulse.env, "TERM": "xterm-256color", "VOICECOACH_HOME": os.environ["VOICECOACH_HOME"]}
    voicecoach = Path(sys.executable).with_name("voicecoach")
    speaker = SoundWatch(pulse, "spk.monitor")
    tmux = Tmux(env, [str(voicecoach), "app", "--lang", "en"])
    figures: dict[str, float] = {}
    try:
        tmux.wait_for("Search (/)", 60)
        open_scenario(tmux, "warranty")
        for turn in (1, 2):
            tmux.wait_for(CUSTOMER, 180)
            tmux.wait_for(LISTENING, 60, gone=CUSTOMER)
            seen = time.monotonic()
            assert speaker.last_loud is not None, "the customer's line never reached the speaker"
            figures[f"turn {turn}: end of line -> Listening s"] = round(seen - speaker.last_loud, 2)
            spoken = speak(pulse, realspeech / "en_jfk.wav")
            tmux.wait_for("Score", 120)
            figures[f"turn {turn}: end of speech -> feedback s"] = round(time.monotonic() - spoken, 2)
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
        speaker.stop()
