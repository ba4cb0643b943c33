"""Fixtures shared by the engine's tests: ``speech`` (real speech cut into lines and replies)."""

from tests.live.test_engine import speech  # noqa: F401 - a fixture, registered by being here
