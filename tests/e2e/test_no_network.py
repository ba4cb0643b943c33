"""Privacy: a whole demo call (customer voice, synthesized replies, transcription, judging,
saving to the history) opens no socket and looks up no host name.

An audit hook (PEP 578) in the call's process records every socket created, connect, bind,
name lookup and HTTP/URL request made through Python; model downloads by faster-whisper,
huggingface_hub or Piper's downloader all go through these. The log must stay empty.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from voicecoach.adapters.store import Store

HELPER = Path(__file__).with_name("no_network_run.py")


@pytest.mark.real_models
def test_a_whole_demo_call_uses_no_network(tmp_path: Path) -> None:
    log = tmp_path / "network.log"
    log.touch()
    # HF_HUB_OFFLINE=0: were anything to try a download, it would really try (and be logged).
    env = {**os.environ, "VOICECOACH_NET_LOG": str(log), "HF_HUB_OFFLINE": "0"}
    env.pop("PULSE_SERVER", None)
    result = subprocess.run(
        [sys.executable, str(HELPER), "call", "gym-cancel-en", "--demo", "--json", "--quiet"],
        capture_output=True,
        text=True,
        timeout=540,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    turns = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(turns) >= 2, result.stdout  # the whole call ran, turn after turn
    assert log.read_text(encoding="utf-8") == "", "network activity during a practice call"

    with Store.open() as store:  # and it was saved locally like any other session
        [session] = store.sessions()
        assert session.scenario_id == "gym-cancel-en" and session.turns == len(turns)
        assert session.status == "completed"


def test_the_audit_hook_sees_sockets_and_lookups(tmp_path: Path) -> None:
    """The check above is not vacuous: the same hook logs a socket and a name lookup."""
    log = tmp_path / "network.log"
    probe = (
        f"import sys; sys.path.insert(0, {str(HELPER.parent)!r}); import no_network_run as h; "
        f"h.install({str(log)!r}); import socket; socket.socket().close(); "
        "socket.getaddrinfo('localhost', 80)"
    )
    subprocess.run([sys.executable, "-c", probe], check=True, timeout=60)
    events = [line.split()[0] for line in log.read_text(encoding="utf-8").splitlines()]
    assert "socket.__new__" in events and "socket.getaddrinfo" in events
