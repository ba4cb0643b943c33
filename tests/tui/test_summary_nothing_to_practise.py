"""The end of a call with nothing to practise reads as a coach would say it (issue 11).

Was: "Als Nächstes üben • Nichts zu beanstanden – gut gemacht." (and "Practise next • Nothing to
fault"): a heading announcing practice over a line saying there is none.
"""

from __future__ import annotations

import pytest

from tests.helpers.tui_fakes import app_with, fake_adapters, summary_shown, wait_for
from tests.tui.test_language_switch import screen_text
from voicecoach.adapters.language_resources import shared
from voicecoach.adapters.library import find_scenario
from voicecoach.core.judge import summarize
from voicecoach.core.typed import judge_text
from voicecoach.i18n import set_language
from voicecoach.tui.base import CallRequest
from voicecoach.tui.screens.summary import SummaryScreen

CLEAN = {
    "de": ("late-delivery-de", "Das tut mir leid, Frau Keller, ich schaue sofort nach, wo Ihr Kinderwagen steckt."),
    "en": ("late-delivery-en", "I'm so sorry about that, let me check where your order is right away."),
}


@pytest.mark.parametrize(
    ("language", "said", "odd"),
    [
        ("de", "Nichts Bestimmtes zu üben – weiter so!", ("Als Nächstes üben", "Nichts zu beanstanden")),
        ("en", "Nothing in particular to practise – keep it up!", ("Practise next", "Nothing to fault")),
    ],
)
async def test_nothing_to_practise_is_said_plainly(language: str, said: str, odd: tuple[str, str]) -> None:
    scenario_id, reply = CLEAN[language]
    scenario = find_scenario(scenario_id)
    result = judge_text(scenario.scenario, scenario.scenario.turn_ids[0], reply, resources=shared())
    summary = summarize((result,), language=language)
    app = app_with(fake_adapters(save_settings=lambda settings: None), language=language)
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        app.push_screen(SummaryScreen(CallRequest(scenario), summary, (result,), reason="finished"))
        await wait_for(pilot, lambda: summary_shown(app))
        await pilot.pause(0.3)
        text = " ".join(screen_text(app).split())
        assert not result.findings, [f.kind for f in result.findings]  # a clean turn: nothing to practise
        assert said in text, text
        assert not all(part in text for part in odd), text
        app.set_language("en" if language == "de" else "de")
        other = "Nothing in particular" if language == "de" else "Nichts Bestimmtes"
        await wait_for(pilot, lambda: other in " ".join(screen_text(app).split()))
    set_language("en")


@pytest.mark.parametrize(
    ("language", "said", "praise"),
    [
        ("de", "So klingt ein sauber geführtes Gespräch. Jetzt selbst anrufen", "weiter so"),
        ("en", "This is how a well-run call sounds. Now make it yourself", "keep it up"),
    ],
)
async def test_after_a_demo_the_summary_does_not_praise_the_user(language: str, said: str, praise: str) -> None:
    """A German first-time user's demo call ended with "Nichts Bestimmtes zu üben – weiter so!",
    praise for replies the app itself spoke."""
    scenario_id, reply = CLEAN[language]
    scenario = find_scenario(scenario_id)
    result = judge_text(scenario.scenario, scenario.scenario.turn_ids[0], reply, resources=shared())
    summary = summarize((result,), language=language)
    app = app_with(fake_adapters(save_settings=lambda settings: None), language=language)
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        app.push_screen(SummaryScreen(CallRequest(scenario, demo=True), summary, (result,), reason="finished"))
        await wait_for(pilot, lambda: summary_shown(app))
        await wait_for(pilot, lambda: said in " ".join(screen_text(app).split()))
        assert praise not in " ".join(screen_text(app).split())
    set_language("en")
