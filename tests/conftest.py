"""Shared fixtures: an isolated user home for every test, and the real speech recordings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own settings, history and caches (never the user's real ones)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("VOICECOACH_HOME", str(home))
    monkeypatch.delenv("VOICECOACH_CONFIG", raising=False)
    monkeypatch.delenv("VOICECOACH_SCENARIOS", raising=False)
    return home


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One model/TTS cache for the whole run, so the joined Whisper base is built once."""
    return tmp_path_factory.mktemp("shared-cache")


@pytest.fixture(scope="session")
def realspeech() -> Path:
    """The folder of real human recordings (shared/realspeech next to the repository)."""
    candidates = [os.environ.get("VOICECOACH_REALSPEECH", ""), str(REPO.parent / "shared" / "realspeech")]
    for candidate in candidates:
        if candidate and (Path(candidate) / "en_jfk.wav").is_file():
            return Path(candidate)
    pytest.fail("real speech recordings not found: set VOICECOACH_REALSPEECH to shared/realspeech")
