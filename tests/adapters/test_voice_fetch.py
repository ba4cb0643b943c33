"""Set-up fetches the German voices the shipped scenarios name: a real HTTP server on 127.0.0.1
serves them, and offline it is one line and exit 0."""

from __future__ import annotations

import functools
import http.server
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from voicecoach.adapters import voice_fetch
from voicecoach.adapters.models import find_voice, voice_url, voices_dir
from voicecoach.adapters.piper_tts import Speaker
from voicecoach.adapters.settings import Settings

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def voice_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """An HTTP server on 127.0.0.1 laid out like Piper's voice store, serving the bundled voice
    (phonemizing German) under each German name the shipped scenarios use."""
    joe = find_voice("en_US-joe-medium")
    assert joe is not None
    root = tmp_path / "store"
    monkeypatch.setenv("VOICECOACH_VOICE_URL", "http://placeholder")
    for name in voice_fetch.wanted_voices():
        relative = voice_url(name, ".onnx").removeprefix("http://placeholder/")
        folder = (root / relative).parent
        folder.mkdir(parents=True)
        (folder / f"{name}.onnx").symlink_to(joe.model)
        config = json.loads(joe.config.read_text(encoding="utf-8"))
        config["espeak"]["voice"] = "de"
        (folder / f"{name}.onnx.json").write_text(json.dumps(config), encoding="utf-8")
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    monkeypatch.setenv("VOICECOACH_VOICE_URL", url)
    try:
        yield url
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    requests: list[str] = []

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        _QuietHandler.requests.append(self.path)


def test_the_shipped_german_scenarios_name_german_voices() -> None:
    names = voice_fetch.wanted_voices()
    assert "de_DE-thorsten-medium" in names and all(name.startswith("de_DE-") for name in names)


def test_setup_fetches_the_german_voices_once(voice_server: str) -> None:
    lines: list[str] = []
    fetched, missing = voice_fetch.fetch_missing(say=lines.append)
    assert fetched == voice_fetch.wanted_voices() and missing == []
    assert lines == [f"voicecoach setup: installed the German voice {name}" for name in fetched]
    for name in fetched:
        voice = find_voice(name)
        assert voice is not None and voice.source == "pulled" and voice.model.stat().st_size > 1_000_000
    assert not list(voices_dir().glob(".*-*"))  # no half download left behind
    _QuietHandler.requests.clear()
    assert voice_fetch.fetch_missing(say=lines.append) == ([], [])  # once: nothing fetched again
    assert _QuietHandler.requests == []
    # with the German voice installed, Frau Keller is read by Piper, not the stand-in
    clip = Speaker(Settings()).render_text("Guten Tag.", language="de", voice="de_DE-kerstin-low", gender="female")
    assert clip.voice == "de_DE-kerstin-low" and clip.note is None


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_offline_setup_is_one_line_and_exit_0(isolated_home: Path) -> None:
    env = {**os.environ, "VOICECOACH_VOICE_URL": f"http://127.0.0.1:{_closed_port()}", "PYTHONPATH": str(REPO)}
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "voicecoach.adapters.voice_fetch"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and "voicecoach models pull de_DE-thorsten-medium" in lines[0], done.stderr
    assert time.monotonic() - started < 20
    again = subprocess.run(
        [sys.executable, "-m", "voicecoach.adapters.voice_fetch"], env=env, capture_output=True, text=True, timeout=60
    )
    assert again.returncode == 0 and again.stderr == ""  # not tried again the same day
    assert not list(voices_dir().glob("*.onnx"))


def test_offline_setup_speaks_german_to_a_german_user(isolated_home: Path) -> None:
    # the README's app command runs set-up first: its one line is in the user's language
    env = {
        **os.environ,
        "VOICECOACH_VOICE_URL": f"http://127.0.0.1:{_closed_port()}",
        "PYTHONPATH": str(REPO),
        "LANG": "de_DE.UTF-8",
        "LC_ALL": "de_DE.UTF-8",
        "LANGUAGE": "de",
    }
    done = subprocess.run(
        [sys.executable, "-m", "voicecoach.adapters.voice_fetch"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0
    line = done.stderr.strip()
    assert line.startswith("voicecoach-Einrichtung: keine deutsche Stimme geladen"), line
    assert "voicecoach models pull de_DE-thorsten-medium" in line and "stand-in" not in line, line
