"""Library screen: grouping, filters, search, the brief, broken files as a notice, help, palette."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList, Select, Static

from tests.helpers.tui_fakes import app_with, fake_adapters, shown
from voicecoach.adapters.library import load_library
from voicecoach.tui.screens.help import HelpScreen
from voicecoach.tui.screens.library import LibraryScreen


def _text(app, selector: str) -> str:
    return shown(app.screen.query_one(selector, Static))


async def test_library_groups_by_language_and_shows_the_brief() -> None:
    app = app_with(fake_adapters(), language="de")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        options = screen.query_one("#scenarios", OptionList)
        headers = [
            str(options.get_option_at_index(i).prompt)
            for i in range(options.option_count)
            if options.get_option_at_index(i).disabled
        ]
        # German UI: the German group comes first
        assert headers[0].startswith("Deutsch")
        assert any(h.startswith("Englisch") for h in headers)
        first = screen.highlighted()
        assert first is not None and first.scenario.language == "de"
        brief = _text(app, "#brief")
        assert first.scenario.title in brief
        assert first.scenario.persona.name in brief
        assert "Situation" in brief and "Ziel" in brief


async def test_search_and_filters_narrow_the_list() -> None:
    loaded, _ = load_library()
    app = app_with(fake_adapters())
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await pilot.press(*"keller")
        await pilot.pause()
        assert [i.scenario.id for i in screen.shown] == ["late-delivery-de"]
        await pilot.press("escape")  # clears the search, back to the list
        await pilot.pause()
        assert len(screen.shown) == len(loaded)
        screen.query_one("#language", Select).value = "en"
        await pilot.pause()
        assert screen.shown and all(i.scenario.language == "en" for i in screen.shown)
        screen.query_one("#difficulty", Select).value = "hard"
        await pilot.pause()
        expected = [i for i in loaded if i.scenario.language == "en" and i.scenario.difficulty == "hard"]
        assert len(screen.shown) == len(expected)


async def test_broken_scenario_files_are_a_notice_not_a_crash(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "broken.yaml").write_text("id: broken\ntitle: Broken\nlanguage: fr\n", encoding="utf-8")
    monkeypatch.setenv("VOICECOACH_SCENARIOS", str(tmp_path))
    app = app_with(fake_adapters())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        notice = _text(app, "#problems")
        assert "broken.yaml" in notice
        assert "voicecoach scenarios validate" in notice
        assert app.screen.shown  # the good scenarios are still there


async def test_no_microphone_is_one_line_with_the_offer_and_enter_does_not_start() -> None:
    opened = []
    app = app_with(
        fake_adapters(
            audio_problem=lambda: "PortAudio is missing; install it with: sudo apt install libportaudio2",
            open_call=lambda request, on_event: opened.append(request),
        )
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        status = _text(app, "#audio-status")
        assert "sudo apt install libportaudio2" in status
        assert "d = demo call" in status
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert opened == []


async def test_help_opens_with_f1_and_question_mark_and_closes_with_escape() -> None:
    app = app_with(fake_adapters(), language="de")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        body = app.screen.query_one("#help-body")
        assert "Satz der Kundin/des Kunden wiederholen" in body._markdown
        # every key the feedback's key bar shows is explained, "w" (mark a finding wrong) too
        assert "**1**–**9**, dann **w**" in body._markdown and "Einspruch" in body._markdown


async def test_language_switch_relabels_the_library() -> None:
    saved = []
    app = app_with(fake_adapters(save_settings=saved.append), language="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "Situation" in _text(app, "#brief") and "Goal" in _text(app, "#brief")
        await pilot.press("u")
        await pilot.pause()
        assert "Ziel" in _text(app, "#brief")
        assert saved and saved[-1].ui_language == "de"


async def test_command_palette_offers_the_screens() -> None:
    app = app_with(fake_adapters(), language="en")
    async with app.run_test(size=(120, 40)) as pilot:
        titles = [command.title for command in app.get_system_commands(app.screen)]
        for wanted in (
            "Open the library",
            "Start a demo call",
            "Audio devices and headset check",
            "Progress and history",
            "Analyze two files",
            "Help and keys",
        ):
            assert wanted in titles
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"progress")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.3)
        from voicecoach.tui.screens.progress import ProgressScreen

        assert isinstance(app.screen, ProgressScreen)
