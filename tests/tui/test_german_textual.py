"""Textual's own English, in the UI language (issue 11).

A German first-time user met Textual's texts in English: "esc Dismiss menu" in the footer of an
open list, "Failed to save screenshot" / "Saved screenshot to ..." after the palette's
screenshot, "Do you want to quit? Press q to quit the app" after ctrl+c. The kind: every label
of a binding that a Textual widget shows in the footer, and every notice Textual writes itself.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest
import textual
import textual.widgets
from textual.binding import Binding
from textual.dom import DOMNode
from textual.widgets import Select

from tests.helpers.tui_fakes import app_with, fake_adapters, wait_for
from tests.tui.test_language_switch import footer_line, screen_text
from voicecoach.core.words.ui import TEXTUAL, UI
from voicecoach.i18n import set_language, textual_text


def textual_footer_texts() -> set[str]:
    """Every label and tooltip that a binding of a Textual class shows in the footer (``show``)."""
    modules = [textual.app, textual.screen, textual.command]
    for info in pkgutil.iter_modules(textual.widgets.__path__):
        try:
            modules.append(importlib.import_module(f"textual.widgets.{info.name}"))
        except Exception:  # noqa: BLE001 - a widget needing an optional extra is not one we use
            continue
    found: set[str] = set()
    for module in modules:
        for cls in vars(module).values():
            if not (inspect.isclass(cls) and issubclass(cls, DOMNode)):
                continue
            for binding in cls.__dict__.get("BINDINGS", []):
                if isinstance(binding, tuple):
                    binding = Binding(*binding)
                if binding.show and binding.description:
                    found.add(binding.description)
                    if binding.tooltip:
                        found.add(binding.tooltip)
    return found


def test_every_footer_label_of_textuals_widgets_has_our_words() -> None:
    """Was: "Dismiss menu" (Select's open list) reached the German footer. A Textual update that
    adds a shown key fails here until it has our words."""
    shown = textual_footer_texts()
    assert "Dismiss menu" in shown  # the example the user met: the test reads Textual's classes
    missing = sorted(text for text in shown if text not in TEXTUAL)
    assert missing == []
    for text, key in TEXTUAL.items():
        assert key in UI and UI[key]["de"] != text, (text, key)


@pytest.mark.parametrize(("language", "english_gone"), [("de", True), ("en", False)])
def test_textual_text_is_said_in_the_ui_language(language: str, english_gone: bool) -> None:
    set_language(language)
    try:
        assert textual_text("Dismiss menu") == ("Liste schließen" if language == "de" else "Close list")
        assert textual_text("Quit the app and return to the command prompt.") != (
            "Quit the app and return to the command prompt."
        )
        assert textual_text("Frau Keller") == "Frau Keller"  # our own texts pass unchanged
    finally:
        set_language("en")


@pytest.mark.parametrize(
    ("language", "close", "other"), [("de", "Liste schließen", "Close list"), ("en", "Close list", "Schließen")]
)
async def test_an_open_list_says_close_in_the_ui_language(language: str, close: str, other: str) -> None:
    """The library's language filter opened: its footer key in the UI language, and after ``u``
    in the other one."""
    app = app_with(fake_adapters(save_settings=lambda settings: None), language=language)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        select = app.screen.query_one("#language", Select)
        select.focus()
        await pilot.pause()
        select.expanded = True
        await wait_for(pilot, lambda: close in footer_line(app))
        footer = footer_line(app)
        assert "Dismiss menu" not in footer and other not in footer, footer
    set_language("en")


async def test_u_switches_the_open_lists_key_too() -> None:
    app = app_with(fake_adapters(save_settings=lambda settings: None), language="en")
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        app.set_language("de")
        await pilot.pause()
        select = app.screen.query_one("#language", Select)
        select.focus()
        await pilot.pause()
        select.expanded = True
        await wait_for(pilot, lambda: "Liste schließen" in footer_line(app))
        assert "Dismiss menu" not in footer_line(app) and "Close list" not in footer_line(app)
    set_language("en")


def notices(app: object) -> str:
    """The titles and messages of the notices shown now."""
    return "\n".join(f"{n.title}: {n.message}" for n in app._notifications)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("language", "saved", "english"),
    [("de", "Bildschirmfoto gespeichert", "Saved screenshot"), ("en", "Screenshot saved", "Bildschirmfoto")],
)
async def test_the_screenshot_notice_is_in_the_ui_language(
    language: str, saved: str, english: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Was: "Screenshot / Saved screenshot to ..." in English (and "Failed to save screenshot"
    where there is no downloads folder: the home folder is taken then)."""
    monkeypatch.setattr("voicecoach.tui.app.user_downloads_path", lambda: tmp_path / "no-downloads-here")
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path))
    app = app_with(fake_adapters(), language=language)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        command = next(c for c in app.get_system_commands(app.screen) if c.title in ("Bildschirmfoto", "Screenshot"))
        command.callback()
        await wait_for(pilot, lambda: saved in notices(app))
        text = notices(app)
        assert english not in text and "Failed" not in text, text
        files = list(tmp_path.glob("*.svg"))
        assert len(files) == 1 and str(files[0]) in text
        assert not [n for n in app._notifications if "Saved screenshot" in str(n.message)]
    set_language("en")


@pytest.mark.parametrize(
    ("language", "failed"), [("de", "Bildschirmfoto nicht gespeichert"), ("en", "Screenshot not saved")]
)
async def test_a_screenshot_that_cannot_be_written_says_why_in_the_ui_language(
    language: str, failed: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    monkeypatch.setattr("voicecoach.tui.app.user_downloads_path", lambda: folder)
    app = app_with(fake_adapters(), language=language)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.deliver_screenshot(filename="missing-folder/shot.svg", path=str(folder))
        await wait_for(pilot, lambda: failed in notices(app))
        assert "Failed to save screenshot" not in notices(app), notices(app)
    set_language("en")


@pytest.mark.parametrize(("language", "said"), [("de", "Zum Beenden"), ("en", "Press")])
async def test_ctrl_c_says_how_to_quit_in_the_ui_language(language: str, said: str) -> None:
    """Was: "Do you want to quit? Press q to quit the app" in English."""
    app = app_with(fake_adapters(), language=language)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+c")
        await wait_for(pilot, lambda: said in notices(app))
        text = notices(app)
        assert "Do you want to quit" not in text and "to quit the app" not in text, text
        if language == "de":
            assert "voicecoach beenden?" in text and "q" in text
    set_language("en")


async def test_the_german_palette_footer_and_notices_hold_no_textual_english() -> None:
    app = app_with(fake_adapters(), language="de")
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause(0.5)
        text = screen_text(app)
        for english in TEXTUAL:
            assert english not in text.replace("Befehle", ""), english
    set_language("en")
