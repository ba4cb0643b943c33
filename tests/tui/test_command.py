"""``voicecoach``, ``voicecoach app`` and ``voicecoach --demo --lang de`` open the app."""

from __future__ import annotations

import pytest

from voicecoach import i18n
from voicecoach.cli import main
from voicecoach.tui.app import VoiceCoachApp


@pytest.mark.parametrize(
    ("argv", "demo", "language"),
    [
        ([], False, "en"),
        (["app"], False, "en"),
        (["--demo", "--lang", "de"], True, "de"),
        (["app", "--lang=de"], False, "de"),
    ],
)
def test_the_command_opens_the_app(monkeypatch, argv, demo, language) -> None:
    for variable in ("VOICECOACH_LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    opened: list[VoiceCoachApp] = []
    monkeypatch.setattr(VoiceCoachApp, "run", lambda self, *a, **k: opened.append(self))
    assert main(argv) == 0
    (app,) = opened
    assert app.start_demo is demo
    assert i18n.current_language() == language
