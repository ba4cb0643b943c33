"""The sound server dies in every phase of a headless call: it ends, never hangs (issue 12).

Each test starts its own PulseAudio server (tests/helpers/pulse_server.py), runs
``voicecoach call --turns 2 --json`` on it as a user would, and SIGKILLs the server at one
moment: before the call opens the devices, while the customer's line plays, while the call
listens after the line, and while the first turn is judged. Every time the call must end
within a bound, exit 2 with the reason as its last line, keep the turns already judged and mark
the session as ended by a device fault. (The hang this guards against: the PulseAudio client
library deadlocks when its server dies, and the engine once asked the stream for its time.)
"""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.test_call_pulseaudio import Call
from tests.helpers.pulse_server import PulseServer

pytestmark = [pytest.mark.audio, pytest.mark.real_models]

SCENARIO = "warranty-no-en"
#: From the server's death to the call's exit: the device watch (3 s), closing the streams in a
#: helper thread (2 s each at most), judging what was recorded; generous for a busy machine.
ENDS_WITHIN = 40.0


@pytest.fixture
def pulse(tmp_path: Path) -> Any:
    reason = PulseServer.missing()
    if reason:
        pytest.skip(f"the device-loss tests need PulseAudio: {reason}")
    server = PulseServer(tmp_path / "xdg").start()
    try:
        yield server
    finally:
        server.stop()


def kill_server(server: PulseServer) -> None:
    """SIGKILL the server (a crash, not a polite shutdown)."""
    pid_file = server.runtime_dir / "pulse" / "pid"
    os.kill(int(pid_file.read_text().split()[0]), signal.SIGKILL)


def ended(call: Call) -> tuple[int, list[dict[str, Any]], float]:
    """Exit status, the JSON lines and how long after now the process ended (killed at the bound)."""
    started = time.monotonic()
    code, out = call.finish(timeout=ENDS_WITHIN)
    return code, [json.loads(line) for line in out.splitlines() if line.strip()], time.monotonic() - started


def sessions() -> list[Any]:
    from voicecoach.adapters.store import Store

    with Store.open(retention_days=None) as store:
        return [(summary, store.session(summary.id)) for summary in store.sessions()]


def assert_ended_by_the_device(call: Call, code: int, took: float) -> str:
    assert took < ENDS_WITHIN, f"the call hung after the sound server died:\n{call.stderr}"
    assert code == 2, call.stderr
    last = call.stderr.strip().splitlines()[-1]
    assert last.startswith("voicecoach: ") and "\n" not in last
    assert "start the call again" in last or "no sound" in last or "delivers no sound" in last, last
    return last


def test_server_gone_before_the_call_opens_the_devices(pulse):
    kill_server(pulse)
    call = Call(pulse, SCENARIO, "--turns", "2", "--json")
    code, turns, took = ended(call)
    assert took < ENDS_WITHIN and code == 2, call.stderr
    assert turns == []
    assert call.stderr.strip().splitlines()[-1].startswith("voicecoach: ")
    assert sessions() == []  # nothing judged, nothing saved


def test_server_dies_while_the_customer_speaks(pulse):
    call = Call(pulse, SCENARIO, "--turns", "2", "--json")
    call.wait_for("customer speaking")
    time.sleep(1.5)
    kill_server(pulse)
    code, turns, took = ended(call)
    assert_ended_by_the_device(call, code, took)
    assert turns == [] and sessions() == []  # the trainee had not spoken: nothing to keep


def test_server_dies_while_the_call_listens(pulse):
    call = Call(pulse, SCENARIO, "--turns", "2", "--json")
    call.wait_for("your turn")
    time.sleep(0.5)
    kill_server(pulse)
    code, turns, took = ended(call)
    assert_ended_by_the_device(call, code, took)
    assert turns == [] and sessions() == []


def test_server_dies_while_the_first_turn_is_judged(pulse, realspeech):
    call = Call(pulse, SCENARIO, "--turns", "2", "--json")
    call.wait_for("your turn")
    player = pulse.paplay(realspeech / "en_jfk.wav", device="mic")
    try:
        call.wait_for("judging")
        kill_server(pulse)
    finally:
        player.kill()
        player.wait(timeout=10)
    code, turns, took = ended(call)
    assert_ended_by_the_device(call, code, took)
    assert [turn["turn"] for turn in turns] == ["order"]  # the judged turn is printed and kept
    [(summary, record)] = sessions()
    assert summary.status == "device_lost"
    assert [turn.turn_id for turn in record.turns] == ["order"]
