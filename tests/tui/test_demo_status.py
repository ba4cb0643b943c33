"""A demo call (the app speaks the trainee's replies) never tells the trainee to speak: the hint
line and the status say that the demo answers, in German and English (issue 12)."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from tests.helpers.tui_fakes import app_with, fake_adapters, scripted_opener, shown, wait_for
from tests.helpers.untranslated import english_words_in
from voicecoach.live import events as ev
from voicecoach.tui.screens.call import CallScreen


def started(demo: bool) -> ev.CallStarted:
    return ev.CallStarted(
        "late-delivery-de", "Die verspätete Lieferung", "de", "Frau Keller", "angry", "low", 3, demo=demo
    )


def line_then_reply() -> list[ev.CallEvent]:
    return [
        ev.CustomerSpeaking("complaint", "Keller hier, meine Bestellnummer ist 4711.", duration=3.0),
        ev.CustomerDone("complaint", 3.0),
    ]


async def _states(language: str, key: str) -> tuple[str, str, str]:
    """(hint, status after the customer's line, status while the reply is spoken) of a call
    started with ``key`` (d: demo; Enter on the highlighted scenario: live)."""
    reply = [ev.TraineeSpeaking(3.6), ev.PartialTranscript("Das tut mir leid")]
    opener, calls = scripted_opener(
        [[started(key == "d"), *line_then_reply()], reply], ending=[ev.CallEnded(None, "hung_up")]
    )
    app = app_with(fake_adapters(open_call=opener), language=language)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(key)
        await wait_for(pilot, lambda: isinstance(app.screen, CallScreen) and app.screen.state == "your_turn")
        screen = app.screen
        hint = shown(screen.query_one("#call-hint", Static))
        waiting = shown(screen.query_one("#state", Static))
        calls[0].next()  # the scripted call goes on with the reply
        await wait_for(pilot, lambda: screen.state == "speaking")
        speaking = shown(screen.query_one("#state", Static))
        calls[0].hang_up()
    return hint, waiting, speaking


@pytest.mark.parametrize(
    ("language", "hint", "waiting", "speaking", "never"),
    [
        (
            "de",
            "Demo: die App antwortet für Sie – einfach zuhören.",
            "Die Demo antwortet gleich …",
            "Die Demo antwortet …",
            ("Einfach sprechen", "keine Taste nötig", "Sie sind dran", "Sie sprechen"),
        ),
        (
            "en",
            "Demo: the app answers for you – just listen.",
            "The demo answers in a moment …",
            "The demo is answering …",
            ("Just speak", "no key needed", "Your turn", "You are speaking"),
        ),
    ],
)
async def test_a_demo_says_that_the_demo_answers(
    language: str, hint: str, waiting: str, speaking: str, never: tuple[str, ...]
) -> None:
    shown_hint, shown_waiting, shown_speaking = await _states(language, "d")
    assert shown_hint.startswith(hint)
    assert waiting in shown_waiting
    assert speaking in shown_speaking
    for text in (shown_hint, shown_waiting, shown_speaking):
        assert not any(word in text for word in never), text
        if language == "de":
            assert not english_words_in(text), text


async def test_a_live_call_still_asks_the_trainee_to_speak() -> None:
    hint, waiting, speaking = await _states("de", "enter")
    assert hint.startswith("Einfach sprechen – keine Taste nötig.")
    assert "Sie sind dran" in waiting
    assert "Sie sprechen" in speaking
