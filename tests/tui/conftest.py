"""Fixtures for the TUI tests (the fakes themselves are in ``tests/helpers/tui_fakes.py``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from voicecoach.adapters.library import load_library


@pytest.fixture
def library() -> tuple[list[Any], list[Any]]:
    return load_library()


@pytest.fixture
def scenario(library: tuple[list[Any], list[Any]]) -> Any:
    return next(item for item in library[0] if item.scenario.id == "late-delivery-de")


@pytest.fixture
def wav_pair(tmp_path: Path) -> tuple[Path, Path]:
    """Two short tracks (tones) as WAV files, for listen-back and file mode."""
    from voicecoach.adapters.audio_files import write_audio

    rate = 16_000
    t = np.arange(rate) / rate
    customer = write_audio(tmp_path / "customer.wav", (0.2 * np.sin(2 * np.pi * 220 * t)).astype(np.float32), rate)
    trainee = write_audio(tmp_path / "trainee.wav", (0.2 * np.sin(2 * np.pi * 330 * t)).astype(np.float32), rate)
    return customer, trainee


@pytest.fixture(autouse=True)
def english_ui() -> None:
    """The UI language is process-wide; every test starts from English (apps set their own)."""
    from voicecoach import i18n

    i18n.set_language("en")


@pytest.fixture(autouse=True)
def strict_app(monkeypatch: pytest.MonkeyPatch) -> None:
    """An unexpected error the app reports on screen still fails the test that caused it."""
    from voicecoach.tui.app import VoiceCoachApp

    monkeypatch.setattr(VoiceCoachApp, "strict", True)
