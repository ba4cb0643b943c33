"""A scenario created while the app runs shows up without a restart (the library screen looks at
the files' fingerprint every few seconds and when it comes back on top)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.tui_fakes import app_with, fake_adapters, wait_for, wait_for_notice
from voicecoach.adapters.library import load_library
from voicecoach.adapters.library_watch import library_stamp
from voicecoach.adapters.settings import user_scenarios_dir
from voicecoach.tui.screens.library import LibraryScreen


def copy_as(new_id: str, title: str) -> Path:
    """A shipped scenario written into the user's library under a new id and title."""
    shipped = next(item for item in load_library()[0] if item.scenario.id == "late-delivery-de")
    text = shipped.path.read_text(encoding="utf-8")
    text = text.replace("id: late-delivery-de", f"id: {new_id}", 1)
    text = text.replace(f"title: {shipped.scenario.title}", f"title: {title}", 1)
    target = user_scenarios_dir() / f"{new_id}.yaml"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target


def test_the_stamp_changes_with_a_new_or_edited_file() -> None:
    before = library_stamp()
    assert library_stamp() == before
    path = copy_as("my-new-one-de", "Meine neue Übung")
    after = library_stamp()
    assert after != before
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert library_stamp() != after


async def test_a_scenario_created_while_the_app_runs_is_found() -> None:
    app = app_with(fake_adapters(library=load_library, library_stamp=library_stamp))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        count = len(screen.items)
        copy_as("my-new-one-de", "Meine neue Übung")
        await wait_for(pilot, lambda: len(screen.items) == count + 1, tries=300)  # within ~2 s
        assert any(item.scenario.title == "Meine neue Übung" for item in screen.items)
        await wait_for_notice(pilot, "Library reloaded", "1 new")


async def test_coming_back_to_the_library_reloads_at_once() -> None:
    app = app_with(fake_adapters(library=load_library, library_stamp=library_stamp))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        count = len(screen.items)
        await pilot.press("f1")
        await pilot.pause()
        copy_as("another-one-de", "Noch eine Übung")
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and len(screen.items) == count + 1
