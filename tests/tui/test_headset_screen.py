"""The guided headset check in the TUI (issue 12: a guided first start): offered on the library
until it passed once, a tone, a sentence with a live level, one line on what to fix, usable at
80x24 in both languages. The check itself runs for real on a SimulatedBackend."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pytest
from textual.widgets._footer import FooterKey

from tests.helpers.headset_fakes import simulated_check
from tests.helpers.tui_fakes import app_with, fake_adapters, shown, wait_for
from tests.tui.test_small_terminal import HELP, QUIT, SIZE, footer, screen_lines, settled
from voicecoach.adapters.headset_check import CheckProgress
from voicecoach.adapters.settings import Settings
from voicecoach.tui.app import make_app
from voicecoach.tui.messages import HeadsetProgress
from voicecoach.tui.screens.headset import HeadsetCheckScreen
from voicecoach.tui.screens.library import LibraryScreen

OFFER = {"en": "First start", "de": "Erster Start"}


def adapters(check: Any, saved: list[Settings]) -> Any:
    return fake_adapters(headset_check=check, save_settings=saved.append)


async def run_check(pilot: Any, app: Any) -> Any:
    """c on the library, Enter on the check screen; the report once it is shown."""
    await pilot.press("c")
    await wait_for(pilot, lambda: isinstance(app.screen, HeadsetCheckScreen))
    await pilot.press("enter")
    await wait_for(pilot, lambda: app.screen.report is not None)
    return app.screen.report


@pytest.mark.parametrize("language", ["en", "de"])
async def test_first_start_offers_the_check_until_it_passed(language: str) -> None:
    saved: list[Settings] = []
    app = app_with(adapters(simulated_check(), saved), language=language)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot, app)
        assert any(OFFER[language] in line for line in screen_lines(app)), "\n".join(screen_lines(app))
        report = await run_check(pilot, app)
        assert report.verdict == "good"
        verdict = shown(app.screen.query_one("#check-verdict"))
        assert verdict.startswith("✓") and ("All good" if language == "en" else "Alles gut") in verdict, verdict
        assert QUIT[language] in footer(app) and HELP[language] in footer(app), footer(app)
        assert saved and saved[-1].headset_check_passed is not None
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen))
        await settled(pilot, app)
        assert not any(OFFER[language] in line for line in screen_lines(app))  # passed: no more offer


async def test_a_failed_check_keeps_the_offer_and_says_what_to_fix() -> None:
    saved: list[Settings] = []
    app = app_with(adapters(simulated_check(speech_gain=None), saved), language="de")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot, app)
        report = await run_check(pilot, app)
        assert report.verdict == "no_signal"
        verdict = shown(app.screen.query_one("#check-verdict"))
        assert "Kein Mikrofonsignal" in verdict and "✓" not in verdict
        assert all(s.headset_check_passed is None for s in saved)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen))
        await settled(pilot, app)
        assert any(OFFER["de"] in line for line in screen_lines(app))


async def test_a_passed_check_in_the_settings_means_no_offer_and_c_still_works() -> None:
    settings = Settings(headset_check_passed=datetime(2025, 3, 1, tzinfo=timezone.utc))
    app = make_app(settings, adapters(simulated_check(echo_gain=0.3), []), language="en")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot, app)
        assert not any(OFFER["en"] in line for line in screen_lines(app))
        report = await run_check(pilot, app)
        assert report.verdict == "echo"
        assert "please use a headset" in shown(app.screen.query_one("#check-verdict"))
        assert app.measured_echo is not None  # the measured echo goes to the next calls


async def test_the_level_moves_while_the_sentence_is_spoken() -> None:
    levels: list[float] = []
    check = simulated_check()

    def watched(*args: Any, on_progress: Any = None, cancel: Any = None) -> Any:
        def progress(step: Any) -> None:
            if step.phase == "speak":
                levels.append(step.level_db)
            on_progress(step)

        return check(*args, on_progress=progress, cancel=cancel)

    app = app_with(adapters(watched, []), language="en")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot, app)
        await run_check(pilot, app)
        assert max(levels) > -25.0 and min(levels) < max(levels) - 10.0


@pytest.mark.parametrize("language", ["en", "de"])
async def test_the_check_screen_at_80x24_while_asking_for_the_sentence(language: str) -> None:
    """The sentence to say, the step and the meter fit, with quit and help in the key bar."""
    app = app_with(adapters(simulated_check(), []), language=language)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot, app)
        await pilot.press("c")
        await wait_for(pilot, lambda: isinstance(app.screen, HeadsetCheckScreen))
        await settled(pilot, app)
        assert QUIT[language] in footer(app) and HELP[language] in footer(app), footer(app)
        app.screen.post_message(HeadsetProgress(CheckProgress("speak", -18.0, 6.0)))
        await pilot.pause()
        lines = screen_lines(app)
        text = "\n".join(lines)
        assert ("2/3" in text) and ("Kundenservice" in text if language == "de" else "customer service" in text), text
        assert QUIT[language] in footer(app) and HELP[language] in footer(app), footer(app)


@pytest.mark.parametrize("language", ["en", "de"])
async def test_every_screen_at_80x24_shows_whole_keys_with_quit_and_help(language: str) -> None:
    """Library (with the first-start offer), the check, devices, progress, files, recording and
    help: quit and help in the key bar, and every key shown is whole (none cut mid-word)."""
    app = app_with(adapters(simulated_check(), []), language=language)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot, app)
        library = app.screen
        for key in ("", "c", "g", "p", "f", "a", "f1"):
            if key:
                await pilot.press(key)
                await wait_for(pilot, lambda: app.screen is not library)
            await settled(pilot, app)
            bar = footer(app)
            name = type(app.screen).__name__
            assert QUIT[language] in bar, (name, bar)
            assert HELP[language] in bar or name == "HelpScreen", (name, bar)  # the help itself: quit, close
            keys = list(app.screen.query(FooterKey))
            assert len(keys) >= 2, (name, bar)
            for shown_key in keys:
                assert f"{shown_key.key_display} {shown_key.description}" in bar, (name, shown_key.description, bar)
            if key:
                await pilot.press("escape")
                await wait_for(pilot, lambda: app.screen is library)
