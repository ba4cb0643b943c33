"""A reply whose faults were all waived because Whisper was unsure of words is not praised, on
the feedback screen nor in the call's summary.

Was (a tmux try on PulseAudio, late-delivery-de): "Beruhigen Sie sich bitte. Wie ist Ihre
Bestellnummer?" spoken by SVOX Pico, heard with "Sie" and "Bestellnummer" unsure: 100/100 and
"Nichts zu beanstanden – gut gemacht." above three notes "Vielleicht habe ich mich verhört".
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.helpers.tui_fakes import app_with, fake_adapters, judged_turn, shown, wait_for
from voicecoach.core import scoring
from voicecoach.core.judge import summarize
from voicecoach.core.result import Finding, TurnResult
from voicecoach.live.events import TurnJudged
from voicecoach.tui.screens.feedback import FeedbackScreen
from voicecoach.tui.screens.summary import summary_view

WAIVED = Finding(
    "avoid_phrase",
    3.2,
    4.0,
    "info",
    "Vielleicht habe ich mich verhört: „Sie“. „beruhigen Sie sich“ sollte nicht vorkommen.",
    "",
    skill="empathy",
    penalty=0.0,
    evidence={"said": "beruhigen Sie sich", "misheard": ["Sie"], "penalty_waived": 25.0},
)
QUESTION = Finding(
    "not_listening",
    3.2,
    4.0,
    "info",
    "Ich habe nicht gehört, dass Sie einen wichtigen Punkt angesprochen haben.",
    "",
    evidence={"reason": "missed_point", "point": "apology"},
)


def _only(*findings: Finding) -> TurnResult:
    base = judged_turn()
    return replace(base, findings=findings, score=scoring.score(findings))


@pytest.mark.parametrize(
    ("language", "findings", "line", "not_shown"),
    [
        ("de", (WAIVED, QUESTION), "Keine Punkte abgezogen – bei einigen Wörtern war ich mir unsicher", "gut gemacht"),
        ("en", (WAIVED,), "No points off – I was unsure of some words", "well done"),
        # a question alone (no word in doubt) keeps the praise
        ("de", (QUESTION,), "Nichts zu beanstanden – gut gemacht.", "unsicher"),
    ],
)
async def test_no_praise_when_faults_were_waived_for_unsure_words(
    language: str, findings: tuple[Finding, ...], line: str, not_shown: str
) -> None:
    result = _only(*findings)
    assert result.score.total == 100
    app = app_with(fake_adapters(), language=language)
    async with app.run_test(size=(140, 45)) as pilot:
        screen = FeedbackScreen(None, TurnJudged(result, None, None, 1))
        app.push_screen(screen)
        await wait_for(pilot, lambda: bool(screen.query("#feedback-findings")))
        said = shown(screen.query_one("#feedback-findings")) + shown(screen.query_one("#feedback-tips"))
        assert line in " ".join(said.split()), said
        assert not_shown not in said, said


@pytest.mark.parametrize(("findings", "unsure"), [((WAIVED, QUESTION), True), ((QUESTION,), False)])
def test_the_summary_knows_when_faults_were_waived(findings: tuple[Finding, ...], unsure: bool) -> None:
    # the call's summary said "Nothing to fault – well done" and "keep it up!" after such a call
    result = _only(*findings)
    view = summary_view(summarize([result]), (result,))
    assert view.unsure is unsure and view.worst == []
