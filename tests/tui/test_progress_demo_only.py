"""Demo calls are kept out of progress (the app speaks the replies); when they are all there is,
the progress screen and ``history --progress`` say so and how to practise for real, instead of
"no sessions yet" (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from tests.helpers.history_data import clean_turn
from tests.helpers.tui_fakes import app_with, fake_adapters, shown, wait_for
from tests.helpers.untranslated import english_words_in
from voicecoach import cli, i18n
from voicecoach.adapters.store import Store


def history(path: Path | None, modes: tuple[str, ...]) -> Path | None:
    """A history (``path``, None: the user's) with one judged session per mode ("demo" or "live")."""
    with Store.open(path, retention_days=None) as store:
        for mode in modes:
            session = store.start_session("late-delivery-de", "Die verspätete Lieferung", "de", {"mode": mode})
            store.add_turn(session, clean_turn())
            store.end_session(session)
    return path


@pytest.mark.parametrize(
    ("language", "line"),
    [
        (
            "de",
            "Noch keine Übungssitzungen: 2 Demo-Anrufe zählen nicht, denn dort spricht die App die Antworten. Zum "
            "Üben ein Szenario in der Bibliothek wählen und mit Enter selbst anrufen (mit Headset).",
        ),
        (
            "en",
            "No practice sessions yet: 2 demo calls do not count, since the app speaks the replies there. To "
            "practise, pick a scenario in the library and press Enter to make the call yourself (with a headset).",
        ),
    ],
)
async def test_only_demo_calls_say_that_demos_do_not_count(tmp_path: Path, language: str, line: str) -> None:
    path = history(tmp_path / "history.sqlite3", ("demo", "demo"))
    app = app_with(fake_adapters(store=lambda: Store.open(path, retention_days=None)), language=language)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("p")
        await wait_for(pilot, lambda: "demo" in shown(app.screen.query_one("#trends", Static)).lower())
        trends = " ".join(shown(app.screen.query_one("#trends", Static)).split())
        assert trends == line
        if language == "de":
            assert not english_words_in(trends)
        # no praise for practice that did not happen (a German first-time user saw "gut gemacht")
        side = " ".join(shown(app.screen.query_one("#recurring", Static)).split())
        assert "gut gemacht" not in side and "well done" not in side, side
        assert ("Noch keine eigene Übung" if language == "de" else "No practice of your own") in side, side


async def test_a_real_session_shows_its_trend_and_no_demo_line(tmp_path: Path) -> None:
    path = history(tmp_path / "history.sqlite3", ("demo", "live"))
    app = app_with(fake_adapters(store=lambda: Store.open(path, retention_days=None)), language="de")
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("p")
        await wait_for(pilot, lambda: "Gesamt" in shown(app.screen.query_one("#trends", Static)))
        assert "Demo" not in shown(app.screen.query_one("#trends", Static))


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "de",
            "Noch keine bewerteten Übungssitzungen: 1 Demo-Anruf zählt nicht, weil die App dort die Antworten "
            "spricht. Zum Üben 'voicecoach' starten und selbst anrufen (mit Headset) oder 'voicecoach call SZENARIO'.",
        ),
        (
            "en",
            "No judged practice sessions yet: 1 demo call does not count, since the app speaks the replies there. "
            "To practise, start 'voicecoach' and make the call yourself (with a headset) or run "
            "'voicecoach call SCENARIO'.",
        ),
    ],
)
def test_history_progress_says_demos_do_not_count(capsys: pytest.CaptureFixture[str], lang: str, line: str) -> None:
    history(None, ("demo",))  # the user's history (VOICECOACH_HOME is the test's folder)
    try:
        code = cli.main(["--lang", lang, "history", "--progress"])
    finally:
        i18n.set_language("en")
    assert code == 0
    assert capsys.readouterr().out.strip() == line
