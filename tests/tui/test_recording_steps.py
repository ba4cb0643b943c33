"""The recording screen as a German trainer meets it (issue 11): each line by its number in the
file and its words, where the call goes after it by step number, the customer's line in German
quotes, and a shipped scenario's takes going into a copy with a German name, "ID-eigen", said
with its file when it is made."""

from __future__ import annotations

import numpy as np
from textual.widgets import Static

from tests.helpers.tui_fakes import app_with, fake_adapters, shown, wait_for, wait_for_notice
from voicecoach.adapters.settings import user_scenarios_dir
from voicecoach.tui.screens.recording import RecordingScreen


class Recorder:
    def start(self, on_level) -> None:  # noqa: ANN001
        on_level(0.1)

    def stop(self) -> tuple[np.ndarray, int]:
        rate = 16_000
        tone = 0.3 * np.sin(2 * np.pi * 200 * np.arange(rate) / rate)
        return np.concatenate([np.zeros(rate // 2), tone, np.zeros(rate // 2)]).astype(np.float32), rate


async def test_german_recording_screen_numbers_steps_and_branches_and_names_the_copy() -> None:
    from voicecoach.adapters.library_files import save_line

    app = app_with(
        fake_adapters(
            recorder=Recorder,
            save_line=lambda item, index, samples, rate: save_line(item, index + 1, samples, rate),
        ),
        language="de",
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"late-delivery-de", "enter")
        await pilot.pause()
        await pilot.press("a")
        await wait_for(pilot, lambda: isinstance(app.screen, RecordingScreen))
        screen = app.screen
        line = shown(screen.query_one("#line-text", Static))
        assert line.startswith("„Keller hier, meine Bestellnummer ist 4711.") and "ärgerlich!“" in line, line
        assert "→ bei einer schwachen Antwort: weiter bei Schritt 2; sonst: weiter bei Schritt 3" in line, line
        await pilot.press("down")
        await pilot.pause()
        assert "→ weiter bei Schritt 3" in shown(screen.query_one("#line-text", Static))
        await pilot.press("down")
        await pilot.pause()
        assert "→" not in shown(screen.query_one("#line-text", Static))  # the last step: no branch
        place = shown(screen.query_one("#record-place", Static))
        assert "„late-delivery-de-eigen“" in place and "mine" not in place, place
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.recorder is not None)
        await pilot.press("enter")
        await wait_for(pilot, lambda: 2 in screen.takes)
        await pilot.press("k")
        await wait_for(pilot, lambda: 2 in screen.saved)
        copy = user_scenarios_dir() / "late-delivery-de-eigen" / "scenario.yaml"
        await wait_for_notice(pilot, "Kopie „late-delivery-de-eigen“ angelegt", str(copy))
        assert screen.item.path == copy and (copy.parent / "lines" / "turn-3.flac").is_file()
