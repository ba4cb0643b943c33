"""Shared fixtures: an isolated user home and English for every test, and the real speech recordings."""

from __future__ import annotations

import functools
import importlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from voicecoach import i18n

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own settings, history and caches (never the user's real ones)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("VOICECOACH_HOME", str(home))
    monkeypatch.delenv("VOICECOACH_CONFIG", raising=False)
    monkeypatch.delenv("VOICECOACH_SCENARIOS", raising=False)
    return home


@pytest.fixture(autouse=True)
def english_by_default() -> Iterator[None]:
    """Each test starts in English, whatever language the test before it chose: the UI language
    and the language messages are said in are process-wide (``i18n.set_language``), and a test
    that switched to German must not turn the next test's English messages German."""
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture(scope="session", autouse=True)
def piper_renders_the_same_every_run() -> Iterator[None]:
    """Piper renders without its random noise (``noise_scale`` and ``noise_w_scale`` 0) in the tests'
    own process, so a test decodes the same audio on every run. With the noise, a pause near a
    threshold or a word Whisper hears differently came and went between CI runs: one run in four
    of the invented-tail test, and a stereo-call test whose pause moved the reply's onset out of
    the customer's speech. Tests that start ``voicecoach`` as a subprocess keep the product's noise."""
    try:
        piper = importlib.import_module("piper")
    except ImportError:  # no Piper installed: the tests that need it fail with their own message
        yield
        return
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            piper, "SynthesisConfig", functools.partial(piper.SynthesisConfig, noise_scale=0.0, noise_w_scale=0.0)
        )
        yield


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
