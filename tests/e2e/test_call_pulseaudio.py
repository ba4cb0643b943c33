"""End to end through real audio devices: ``voicecoach call --json`` on PulseAudio null sinks.

A private PulseAudio server (tests/helpers/pulse_server.py) gives the call a speaker (``spk``) and a
microphone (``headset_mic``, fed from the null sink ``mic``). The customer's line (Piper) is
played into ``spk``; a real recording of a human (JFK, shared/realspeech) is played into ``mic``
with ``paplay`` while the customer speaks (an interruption) or after the line (none). The call
runs exactly as a user runs it: the real duplex stream, Silero VAD, Whisper tiny.en, the judge
and the store.
"""

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

from tests.helpers.pulse_server import PulseServer

pytestmark = [pytest.mark.audio, pytest.mark.real_models]

REPO = Path(__file__).resolve().parents[2]
SCENARIO = "warranty-no-en"  # English, one short first line (~8 s), a patient customer


@pytest.fixture(scope="module")
def pulse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    server = PulseServer.started_or_skip(tmp_path_factory, "pulse-e2e", "the end-to-end call")
    try:
        yield server
    finally:
        server.stop()


class Call:
    """``voicecoach call`` in a subprocess, its stderr progress lines followed as they come."""

    def __init__(self, pulse: Any, *args: str):
        env = {**pulse.env, "VOICECOACH_HOME": os.environ["VOICECOACH_HOME"], "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            [str(REPO / ".venv" / "bin" / "voicecoach"), "call", *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO,
        )  # fmt: skip
        self.lines: list[tuple[float, str]] = []
        self._new = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            with self._new:
                self.lines.append((time.monotonic(), line.rstrip("\n")))
                self._new.notify_all()

    def wait_for(self, text: str, timeout: float = 120.0) -> float:
        """Wall time at which a progress line containing ``text`` appeared."""
        deadline = time.monotonic() + timeout
        with self._new:
            while True:
                for when, line in self.lines:
                    if text in line:
                        return when
                left = deadline - time.monotonic()
                if left <= 0 or self.process.poll() is not None:
                    raise AssertionError(f"no '{text}' from voicecoach call; stderr so far:\n{self.stderr}")
                self._new.wait(min(left, 0.5))

    def finish(self, timeout: float = 120.0) -> tuple[int, str]:
        assert self.process.stdout is not None
        timer = threading.Timer(timeout, self.process.kill)
        timer.start()
        try:
            out = self.process.stdout.read()  # until the process ends (a few lines at most)
            self.process.wait()
        finally:
            timer.cancel()
        self._reader.join(timeout=5)
        return self.process.returncode, out

    @property
    def stderr(self) -> str:
        return "\n".join(line for _, line in self.lines if not line.startswith(("ALSA lib", "Expression ")))


def run_call(pulse: Any, realspeech: Path, *, when: str, delay: float) -> dict[str, Any]:
    call = Call(pulse, SCENARIO, "--turns", "1", "--json")
    try:
        call.wait_for(when)
        time.sleep(delay)
        player = pulse.paplay(realspeech / "en_jfk.wav", device="mic")
        code, out = call.finish()
        player.wait(timeout=30)
    finally:
        if call.process.poll() is None:
            call.process.kill()
    assert code == 0, call.stderr
    lines = [line for line in out.splitlines() if line.strip()]
    assert len(lines) == 1, out  # JSON Lines: one judged turn
    return json.loads(lines[0])


def test_trainee_cutting_into_the_customer_is_an_interruption(pulse, realspeech):
    result = run_call(pulse, realspeech, when="customer speaking", delay=1.5)

    kinds = [finding["kind"] for finding in result["findings"]]
    assert "interruption" in kinds, kinds
    first_start = result["trainee_speech"][0][0]
    customer_end = result["customer_speech"][-1][1]
    assert 1.0 < first_start < customer_end - 1.0  # times are from the start of the customer's line
    assert "country" in result["transcript"]["trainee"]["text"].lower()
    assert result["scenario"] == SCENARIO and result["turn"] == "order"
    assert result["transcript"]["customer"]["text"].startswith("Hi")


def test_trainee_answering_after_the_line_is_no_interruption(pulse, realspeech):
    result = run_call(pulse, realspeech, when="your turn", delay=0.3)

    kinds = [finding["kind"] for finding in result["findings"]]
    assert "interruption" not in kinds and "talk_over" not in kinds, kinds
    first_start = result["trainee_speech"][0][0]
    assert first_start > result["customer_speech"][-1][1]
    assert result["transcript"]["trainee"]["words"], result["transcript"]

    # saved like any other session: one turn, both recordings on disk
    from voicecoach.adapters.store import Store

    with Store.open(retention_days=None) as store:
        (session,) = store.sessions()
        record = store.session(session.id)
        assert [turn.turn_id for turn in record.turns] == ["order"]
        recordings = record.turns[0].recordings
        assert sorted(recordings) == ["customer", "trainee"]
        assert all(recording.available for recording in recordings.values())


def test_unknown_microphone_is_one_line_and_exit_2(pulse):
    call = Call(pulse, SCENARIO, "--turns", "1", "--json", "--input-device", "no-such-headset")
    code, out = call.finish(timeout=60)
    assert code == 2
    assert out == ""
    problem = [line for line in call.stderr.splitlines() if line.strip()]
    assert problem == [
        "voicecoach: no input device matches 'no-such-headset'; run 'voicecoach call --list-devices' to see them"
    ]
