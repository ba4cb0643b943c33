"""Recording a line without a microphone (issue 12): the advice fits recording, and Enter, which the
hint names, tries to record just as Space does.

Was: "⚠ Aufnehmen nicht möglich: kein Mikrofon gefunden … oder einen Demo-Anruf versuchen" (a demo
call cannot record a trainer's line)."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from tests.helpers.tui_fakes import app_with, fake_adapters, shown, wait_for
from voicecoach.adapters.duplex import NO_INPUT
from voicecoach.core.errors import UserError
from voicecoach.tui.screens.recording import RecordingScreen


def no_microphone() -> None:
    raise UserError(NO_INPUT)


@pytest.mark.parametrize(
    ("language", "advice"),
    [
        ("de", "kein Mikrofon gefunden – ein Headset anschließen und in der Bibliothek mit g (Geräte) prüfen"),
        ("en", "no microphone found – plug in a headset and check it in the library with g (Devices)"),
    ],
)
@pytest.mark.parametrize("key", ["enter", "space"])
async def test_no_microphone_says_what_fits_a_recording(language: str, advice: str, key: str) -> None:
    app = app_with(fake_adapters(recorder=no_microphone), language=language)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *f"late-delivery-{language}", "enter")
        await pilot.pause()
        await pilot.press("a")
        await wait_for(pilot, lambda: isinstance(app.screen, RecordingScreen))
        screen = app.screen
        await pilot.press(key)
        await wait_for(pilot, lambda: "⚠" in shown(screen.query_one("#line-status", Static)))
        status = " ".join(shown(screen.query_one("#line-status", Static)).split())
        assert advice in status and "demo" not in status.lower(), status
        assert screen.recording_index is None  # nothing is left half-started
