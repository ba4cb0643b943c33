"""Switching the language live, and no English in the German app (issue 11).

The app is driven with Pilot and read as the user sees it (the rendered screen, footer included,
and the command palette), then checked against the English texts of the word table.
"""

from __future__ import annotations

import re

import pytest
from textual.app import App

from tests.helpers.tui_fakes import app_with, fake_adapters, summary_shown, wait_for
from tests.helpers.untranslated import english_words_in
from voicecoach.core.words.ui import UI
from voicecoach.tui.screens.devices import DevicesScreen
from voicecoach.tui.screens.help import HelpScreen
from voicecoach.tui.screens.library import LibraryScreen
from voicecoach.tui.screens.progress import ProgressScreen
from voicecoach.tui.widgets.palette import Palette

#: What Textual itself writes in its command palette and footer, in English.
TEXTUAL_ENGLISH = (
    "Quit the application",
    "Change the current theme",
    "Show help for the focused widget",
    "Save an SVG 'screenshot'",
    "Search for commands",
    "Search for themes",
    "No matches found",
    "Exit the command palette",
    "textual-dark",
)


def screen_text(app: App) -> str:
    """Every character on the screen as rendered now (title, body, footer), line by line."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def footer_line(app: App) -> str:
    lines = [line for line in screen_text(app).splitlines() if line.strip()]
    return lines[-1] if lines else ""  # a screen being composed anew is blank for a moment


def english_labels() -> dict[str, str]:
    """key -> English text of every footer key whose German text differs."""
    return {key: e["en"] for key, e in UI.items() if key.startswith(("key.", "palette.")) and e["en"] != e["de"]}


def english_left(text: str, *, footer: bool) -> list[str]:
    """English UI texts in ``text``: footer labels as whole words (footer), sentences of two or
    more words anywhere, and Textual's own English."""
    found = [phrase for phrase in TEXTUAL_ENGLISH if phrase in text]
    found += ["palette"] if re.search(r"\bpalette\b", text) else []  # Textual's footer label
    for entry in UI.values():
        english = entry["en"]
        if english != entry["de"] and len(english.split()) >= 2 and "{" not in english and english in text:
            found.append(english)
    if footer:
        words = f" {text} "
        found += [label for label in english_labels().values() if f" {label} " in words]
    return found


async def test_u_switches_every_footer_and_back() -> None:
    """Was: every footer stayed in the old language until a restart."""
    app = app_with(fake_adapters(save_settings=lambda settings: None), language="en")
    async with app.run_test(size=(160, 40)) as pilot:
        await wait_for(pilot, lambda: "Progress" in footer_line(app))
        english_footer = footer_line(app)
        assert "Quit" in english_footer and "Help" in english_footer and "Progress" in english_footer
        await pilot.press("u")
        await wait_for(pilot, lambda: "Fortschritt" in footer_line(app))
        footer = footer_line(app)
        assert "Beenden" in footer and "Hilfe" in footer and "Fortschritt" in footer
        assert english_left(footer, footer=True) == [], footer
        await pilot.press("u")
        await wait_for(pilot, lambda: "Progress" in footer_line(app))
        footer = footer_line(app)
        assert "Quit" in footer and "Progress" in footer and "Beenden" not in footer and "Fortschritt" not in footer


async def test_a_switch_from_the_palette_relabels_the_screens_below_too() -> None:
    app = app_with(fake_adapters(save_settings=lambda settings: None), language="en")
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, ProgressScreen)
        app.action_toggle_language()  # what the palette's "Language: German" runs, on any screen
        await wait_for(pilot, lambda: "Beenden" in footer_line(app))
        footer = footer_line(app)
        assert "Zurück" in footer or "Beenden" in footer, footer
        assert english_left(footer, footer=True) == [], footer
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await wait_for(pilot, lambda: "Fortschritt" in footer_line(app))
        footer = footer_line(app)
        assert "Fortschritt" in footer and english_left(footer, footer=True) == [], footer


async def test_the_german_library_shows_no_english_ui_text() -> None:
    app = app_with(fake_adapters(), language="de")
    async with app.run_test(size=(160, 40)) as pilot:
        await wait_for(pilot, lambda: "Beenden" in footer_line(app))
        text = screen_text(app)
        assert "Szenarien" in text
        assert english_left(text, footer=False) == []
        lines = text.splitlines()
        for line in (lines[0], lines[-1]):  # title bar and footer: only our own words
            assert english_words_in(line) == [] and english_left(line, footer=True) == [], line


async def test_the_german_command_palette_has_no_english() -> None:
    app = app_with(fake_adapters(), language="de")
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        commands = list(app.get_system_commands(app.screen))
        english = {e["en"] for e in UI.values() if e["en"] != e["de"]}
        for command in commands:
            for text in (command.title, command.help):
                assert text not in english, text
                assert english_words_in(text) == [], text
        await pilot.press("ctrl+p")
        await pilot.pause(0.5)
        assert isinstance(app.screen, Palette)
        text = screen_text(app)
        assert "Befehl suchen" in text and "Farbschema" in text and "Beenden" in text
        assert english_left(text, footer=False) == [], text
        await pilot.press(*"qqxqq")
        await pilot.pause(1.0)
        text = screen_text(app)
        assert "Nichts gefunden" in text and "No matches" not in text


async def test_themes_are_named_in_german() -> None:
    app = app_with(fake_adapters(), language="de")
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        app.action_change_theme()
        await pilot.pause(0.5)
        text = screen_text(app)
        assert "Farbschema suchen" in text and "Dunkel" in text and "Hell" in text
        assert "Solarized (hell)" in text or "Nord" in text
        assert english_left(text, footer=False) == [], text


@pytest.mark.parametrize(
    ("key", "screen", "german"),
    [
        ("p", ProgressScreen, "Verlauf je Fähigkeit"),
        ("g", DevicesScreen, "Eingabe (Mikrofon)"),
        ("f1", HelpScreen, "So funktioniert ein Anruf"),
    ],
)
async def test_a_switch_rewrites_the_screen_shown(key: str, screen: type, german: str) -> None:
    """Was: only the library and the call relabelled; progress, devices and help kept English."""
    app = app_with(fake_adapters(save_settings=lambda settings: None), language="en")
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        await pilot.press(key)
        await wait_for(pilot, lambda: isinstance(app.screen, screen))
        app.action_toggle_language()
        await wait_for(pilot, lambda: german in screen_text(app))
        assert english_left(screen_text(app), footer=True) == [], screen_text(app)


async def test_a_german_call_and_its_feedback_show_no_english() -> None:
    """The screens of a German call, read as rendered: no English UI text, no English
    footer label, and seconds with a decimal comma."""
    from tests.helpers.tui_fakes import live_turn_events, scripted_opener
    from voicecoach.live import events as ev
    from voicecoach.tui.screens.feedback import FeedbackScreen

    begin = ev.CallStarted(
        "late-delivery-de", "Die verspätete Lieferung", "de", "Frau Keller", "angry", "low", 3, session_id=7
    )
    opener, _calls = scripted_opener([[begin, *live_turn_events(judged=True)]], ending=[ev.CallEnded(None, "hung_up")])
    app = app_with(fake_adapters(open_call=opener), language="de")
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.press("slash", *"keller", "enter")
        await pilot.pause()
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        await pilot.pause(0.3)
        text = screen_text(app)
        assert english_left(text, footer=True) == [], text
        assert not re.search(r"\d\.\d s\b", text), text  # "bei 5.6 s" next to "2,9 s" was one


def _judged_reply(reply: str) -> object:
    """A turn of late-delivery-de judged for real (German findings from the word tables)."""
    from voicecoach.adapters.language_resources import shared
    from voicecoach.adapters.library import find_scenario
    from voicecoach.core.typed import judge_text

    scenario = find_scenario("late-delivery-de").scenario
    return judge_text(scenario, "complaint", reply, resources=shared())


async def test_u_retranslates_the_feedback_body_and_the_customer_label() -> None:
    """Was: after ``u`` the findings, tips and labels of the feedback kept the old language."""
    from tests.helpers.tui_fakes import live_turn_events, scripted_opener
    from voicecoach.i18n import set_language
    from voicecoach.live import events as ev
    from voicecoach.tui.screens.feedback import FeedbackScreen

    result = _judged_reply("Wie ist Ihre Bestellnummer?")
    messages = [f.message for f in result.findings if f.kind == "not_listening"]
    assert messages and all(english_words_in(m) == [] for m in messages)  # judged in German
    begin = ev.CallStarted(
        "late-delivery-de", "Die verspätete Lieferung", "de", "Frau Keller", "angry", "low", 3, session_id=None
    )
    opener, _calls = scripted_opener(
        [[begin, *live_turn_events(result=result)]], ending=[ev.CallEnded(None, "hung_up")]
    )
    app = app_with(fake_adapters(open_call=opener), language="de")
    async with app.run_test(size=(160, 60)) as pilot:
        await pilot.press("slash", *"keller", "enter")
        await pilot.pause()
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        await pilot.pause(0.3)
        german = screen_text(app)
        assert "Kundin / Sie" in german and "Schon Gesagtes erfragt" in german
        await pilot.press("u")
        await wait_for(pilot, lambda: "Asked for what was given" in screen_text(app))
        english = screen_text(app)
        assert "Customer / You" in english
        assert "Schon Gesagtes erfragt" not in english and "Hinweise" not in english
        assert "Kundin" not in english and "Sie haben" not in english, english
        await pilot.press("u")
        await wait_for(pilot, lambda: "Schon Gesagtes erfragt" in screen_text(app))
        assert english_left(screen_text(app), footer=True) == [], screen_text(app)
    set_language("en")


async def test_u_retranslates_the_summary() -> None:
    """The end of the call: worst moments and what to practise follow a switch too."""
    from voicecoach.adapters.library import find_scenario
    from voicecoach.core.judge import summarize
    from voicecoach.i18n import set_language
    from voicecoach.tui.base import CallRequest
    from voicecoach.tui.screens.summary import SummaryScreen

    result = _judged_reply("Wie ist Ihre Bestellnummer?")
    summary = summarize((result,), language="de")
    app = app_with(fake_adapters(), language="de")
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        request = CallRequest(find_scenario("late-delivery-de"))
        app.push_screen(SummaryScreen(request, summary, (result,), reason="finished"))
        await wait_for(pilot, lambda: summary_shown(app))
        await pilot.pause(0.3)
        german = screen_text(app)
        assert "Nicht zugehört" in german and "Als Nächstes üben" in german, german
        await pilot.press("u")
        await wait_for(pilot, lambda: "Not listening" in screen_text(app))
        await pilot.pause(0.3)
        english = screen_text(app)
        assert "Nicht zugehört" not in english and "Zuhören" not in english, english
        assert not [line for line in english.splitlines() if "Sie " in line or " der Kundin" in line], english
    set_language("en")
