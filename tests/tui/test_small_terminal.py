"""Every screen at 80x24, in both languages: quit and help visible in the key bar, the library's
filter labels whole (issue 12: at 80x24 "Languag|e" broke mid-word and the footer was cut, so
there was no visible way to quit). Snapshots of the main screens at that size are in
``test_snapshots.py``."""

from __future__ import annotations

from typing import Any

import pytest
from rich.console import Console

from tests.helpers.tui_fakes import app_with, fake_adapters, live_turn_events, scripted_opener, summary_shown, wait_for
from voicecoach.adapters.store import Store
from voicecoach.live import events as ev
from voicecoach.tui.screens.call import CallScreen
from voicecoach.tui.screens.feedback import FeedbackScreen

SIZE = (80, 24)
QUIT = {"en": "Quit", "de": "Beenden"}
HELP = {"en": "Help", "de": "Hilfe"}
NEXT, RETRY = {"en": "Go on", "de": "Weiter"}, {"en": "Retry", "de": "Erneut"}
LISTEN, HANG_UP = {"en": "Listen back", "de": "Hören"}, {"en": "Hang up", "de": "Auflegen"}
DISPUTE = {"en": "w That's wrong", "de": "w Einspruch"}
FILTERS = {"en": ("Language", "Level", "Theme"), "de": ("Sprache", "Niveau", "Thema")}


def screen_lines(app: Any) -> list[str]:
    """What the terminal shows now, line by line, as plain text."""
    console = Console(width=SIZE[0], record=True, file=open("/dev/null", "w"), color_system=None)  # noqa: SIM115
    console.print(app.screen._compositor.render_update(full=True))
    return console.export_text().splitlines()


def footer(app: Any) -> str:
    return screen_lines(app)[SIZE[1] - 1]


def call_app(language: str, judged: bool = True) -> Any:
    """The app with a scripted call: one turn, judged (or left while the trainee speaks)."""
    started = ev.CallStarted("late-delivery-de", "Die verspätete Lieferung", "de", "Frau Keller", "angry", "low", 3)
    opener, _calls = scripted_opener(
        [[started, *live_turn_events(judged=judged)]], ending=[ev.CallEnded(None, "hung_up")]
    )
    return app_with(fake_adapters(open_call=opener, store=lambda: Store.open(retention_days=None)), language=language)


async def settled(pilot: Any, app: Any) -> None:
    """Until the key bar is drawn (it fills in after the screen's bindings are known)."""
    await pilot.pause()
    for _ in range(100):
        if footer(app).strip():
            return
        await pilot.pause(0.02)


@pytest.mark.parametrize("language", ["en", "de"])
async def test_the_library_at_80x24_shows_whole_filter_labels_quit_and_help(language: str) -> None:
    app = call_app(language)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot, app)
        lines = screen_lines(app)
        filter_row = next(line for line in lines if FILTERS[language][0] in line)
        assert all(label in filter_row for label in FILTERS[language]), filter_row
        below = lines[lines.index(filter_row) + 1]
        assert not any(char.isalpha() for char in below), below  # nothing wrapped onto the next line
        assert QUIT[language] in footer(app) and HELP[language] in footer(app)
        # Was: the German bar ended after "d Demo", the way to one's progress cut off
        assert {"en": "Progress", "de": "Fortschritt"}[language] in footer(app), footer(app)


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("key", ["p", "f", "g", "a"])
async def test_every_screen_from_the_library_at_80x24_shows_quit_and_help(language: str, key: str) -> None:
    app = call_app(language)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot, app)
        library = app.screen
        await pilot.press(key)
        await wait_for(pilot, lambda: app.screen is not library)
        await settled(pilot, app)
        bar = footer(app)
        assert QUIT[language] in bar and HELP[language] in bar, (type(app.screen).__name__, bar)
        await pilot.press("f1")
        await wait_for(pilot, lambda: type(app.screen).__name__ == "HelpScreen")
        await settled(pilot, app)
        assert QUIT[language] in footer(app), footer(app)  # the help itself: quit and close


async def open_call(pilot: Any, app: Any) -> None:
    await settled(pilot, app)
    await pilot.press("slash", *"keller", "enter")
    await pilot.pause()
    await pilot.press("enter")


@pytest.mark.parametrize("language", ["en", "de"])
async def test_the_call_at_80x24_shows_quit_and_help(language: str) -> None:
    app = call_app(language, judged=False)
    async with app.run_test(size=SIZE) as pilot:
        await open_call(pilot, app)
        await wait_for(
            pilot, lambda: isinstance(app.screen, CallScreen) and app.screen.query_one("#transcript").partial
        )
        await settled(pilot, app)
        assert QUIT[language] in footer(app) and HELP[language] in footer(app), footer(app)
        # the transcript keeps its lines: the customer's line, her cut-in and the reply so far (it
        # had one line at 80x24, the rows above it taking their full-size margins)
        lines = screen_lines(app)
        assert sum(line.strip().startswith("│ Frau Keller:") for line in lines) == 2, "\n".join(lines)
        you = "Sie:" if language == "de" else "You:"
        assert any(line.strip().startswith(f"│ {you}") for line in lines), "\n".join(lines)


@pytest.mark.parametrize("language", ["en", "de"])
async def test_feedback_and_summary_at_80x24_show_quit_and_help_and_ctrl_q_quits(language: str) -> None:
    app = call_app(language)
    async with app.run_test(size=SIZE) as pilot:
        await open_call(pilot, app)
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        await settled(pilot, app)
        lines = screen_lines(app)
        assert QUIT[language] in lines[-1] and HELP[language] in lines[-1], lines[-1]
        # every key of the feedback screen whole, "mark a finding wrong" (issue 10) included: the
        # palette key gives way, ctrl+p still opens it
        for key in (NEXT, RETRY, LISTEN, HANG_UP, DISPUTE):
            assert key[language] in lines[-1], lines[-1]
        overlap = "0,8 s" if language == "de" else "0.8 s"  # decimal comma in German
        assert any(overlap in line for line in lines), "\n".join(lines)  # the overlap label, whole
        await pilot.press("h")
        await wait_for(pilot, lambda: summary_shown(app))
        await settled(pilot, app)
        assert QUIT[language] in footer(app) and HELP[language] in footer(app), footer(app)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running
