"""Fixtures of the core tests."""

from __future__ import annotations

from typing import Any

import pytest

from voicecoach.adapters.language_resources import shared


@pytest.fixture(scope="module")
def resources() -> Any:
    """The real thesauri and lemmatizer (``language_resources.shared``), for the kind tables."""
    return shared()
