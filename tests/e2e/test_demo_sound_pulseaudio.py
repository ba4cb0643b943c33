"""End to end: the demo call is heard. ``voicecoach call --demo`` on a private PulseAudio server
(tests/helpers/pulse_server.py) plays the customer (Piper) and the demo trainee's synthesized reply into
the null sink ``spk``; ``parec`` records its monitor, and Whisper (``voicecoach transcribe``)
hears both in the recording, where the call's JSON puts them. Without any output device the demo
runs as before, silent, with one note.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tests.helpers.pulse_server import PulseServer

pytestmark = [pytest.mark.audio, pytest.mark.real_models]

REPO = Path(__file__).resolve().parents[2]
VOICECOACH = str(REPO / ".venv" / "bin" / "voicecoach")
SCENARIO = "warranty-no-en"  # English, one ~8 s line; the demo answers with the turn's example


@pytest.fixture(scope="module")
def pulse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    server = PulseServer.started_or_skip(tmp_path_factory, "pulse-demo", "the demo's sound")
    try:
        yield server
    finally:
        server.stop()


def demo_call(env: dict[str, str]) -> tuple[int, str, str]:
    done = subprocess.run(
        [VOICECOACH, "call", SCENARIO, "--demo", "--turns", "1", "--json"],
        env={**env, "VOICECOACH_HOME": os.environ["VOICECOACH_HOME"]}, cwd=REPO,
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    notes = "\n".join(line for line in done.stderr.splitlines() if line.startswith("voicecoach:"))
    return done.returncode, done.stdout, notes


def loud(recorded: np.ndarray, at: float, rate: int, half: float = 0.1) -> float:
    """RMS in dBFS of ``half`` seconds either side of ``at``."""
    part = recorded[max(0, int((at - half) * rate)) : int((at + half) * rate)]
    return 20 * np.log10(np.sqrt(np.mean(part**2)) + 1e-9)


def missing(levels: np.ndarray, start: float, end: float) -> bool:
    """Whether the recording lost sound inside the speech stretch ``start``-``end`` (s), from
    ``levels`` (RMS per 10 ms): a quiet run (<= -35 dBFS) longer than any pause the demo leaves
    inside speech, or a stretch mostly quiet. Not the stretch's midpoint alone: the VAD may join
    two sentences, and their pause (0.38 s on one CI run) then sits in the middle."""
    quiet = 20 * np.log10(levels[int(start * 100) : int(end * 100)] + 1e-9) <= -35
    longest = run = 0
    for is_quiet in quiet:
        run = run + 1 if is_quiet else 0
        longest = max(longest, run)
    # the demo caps pauses at 0.55 s (demo.py); a stalled device went silent for ~2 s (issue 12)
    return longest / 100 > 0.8 or float(quiet.mean()) > 0.6


def test_the_demo_call_is_heard_through_the_speaker(pulse: Any, tmp_path: Path) -> None:
    wav = tmp_path / "spk.wav"
    recorder = pulse.record(wav)
    try:
        code, out, notes = demo_call(pulse.env)
    finally:
        recorder.terminate()
        recorder.wait(timeout=10)
    assert code == 0, notes
    assert "voicecoach: note: demo sound through 'default'" in notes.splitlines() or "through 'pulse'" in notes, notes
    (line,) = [line for line in out.splitlines() if line.strip()]
    result = json.loads(line)

    import soundfile

    recorded, rate = soundfile.read(wav, dtype="float32")
    # the customer's first word is where the recording first gets loud; the rest follows on the call's clock
    window = rate // 100
    levels = np.sqrt(np.mean(recorded[: len(recorded) // window * window].reshape(-1, window) ** 2, axis=1))
    onset = int(np.argmax(levels > 0.01)) / 100
    assert levels.max() > 0.05, "nothing reached the speaker"
    zero = onset - result["customer_speech"][0][0]  # turn clock 0 in the recording
    customer_end = result["customer_speech"][-1][1]
    reply_start, reply_end = result["trainee_speech"][0][0], result["trainee_speech"][-1][1]
    assert reply_start - customer_end > 0.4
    assert loud(recorded, zero + (customer_end + reply_start) / 2, rate, half=0.1) < -50  # the pause between them
    silent = [
        (start, end)
        for start, end in result["customer_speech"] + result["trainee_speech"]
        if missing(levels, zero + start, zero + end)
    ]
    if silent:
        # The output device buffers half a second (DEMO_DEVICE_LATENCY): with PortAudio's 64 ms
        # "high" it ran dry at a load of 9-18 on 2 cores, and the ALSA-PulseAudio bridge then stalls
        # ~2 s (3 of 3 runs had silent stretches, issue 12). Should the speaker still miss sound,
        # the call must say so.
        assert "the demo's sound had gaps" in notes, (silent, notes)
        return
    assert loud(recorded, zero + reply_end + 0.5, rate) < -50  # nothing after the reply

    heard = subprocess.run(
        [VOICECOACH, "transcribe", str(wav), "--language", "en"],
        env={**os.environ}, capture_output=True, text=True, timeout=300, cwd=REPO,
    )  # fmt: skip
    assert heard.returncode == 0, heard.stderr
    # what was heard, without spaces and punctuation: the test is that the demo is heard, not how
    # Whisper splits words in a recording ("elmeroad" for "Elm Road" failed a whole-suite run)
    text = "".join(char for char in heard.stdout.lower() if char.isalnum())
    assert "washingmachine" in text, text  # the customer
    # the demo trainee's reply: "I'll put in the order" was heard as "I'll put it in the order" on
    # one CI run (Piper renders with its noise in the demo's own process)
    assert "intheorder" in text, text


def test_without_an_output_device_the_demo_is_silent_and_works(tmp_path: Path) -> None:
    nowhere = tmp_path / "no-sound-server"  # no sound server to reach
    nowhere.mkdir(mode=0o700)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(nowhere), "PULSE_RUNTIME_PATH": str(nowhere / "pulse")}
    env.pop("PULSE_SERVER", None)
    outputs = subprocess.run(
        [sys.executable, "-c", "import sounddevice as sd; print(sum(d['max_output_channels'] > 0 for d in sd.query_devices()))"],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    if outputs.stdout.strip() != "0":
        pytest.skip(
            f"this machine has output devices without a sound server ({outputs.stdout.strip() or outputs.stderr.strip()})"
        )
    code, out, notes = demo_call(env)

    assert code == 0, notes
    silent = [line for line in notes.splitlines() if "note: the demo is silent" in line]
    assert len(silent) == 1 and "no speaker or headphones found" in silent[0], notes
    (line,) = [line for line in out.splitlines() if line.strip()]
    assert json.loads(line)["transcript"]["trainee"]["text"]
