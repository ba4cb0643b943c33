"""A trainee never sees a scenario's internal ids (issue 11): a step is named by the first words of
the customer's line, a scenario by its title, in every report and list the CLI prints.

Was: "Szenario late-delivery-de, Schritt complaint" (``analyze``), "Szenario-Schritt complaint"
(``analyze --call`` text and HTML), "## Gesprächsschritt 1 · complaint" and "Szenario:
late-delivery-de" (``report``), the SZENARIO column "late-delivery-de" (``history``), "Szenario
noch einmal: voicecoach call late-delivery-en" (``history --progress``), "Sitzung 2
(late-delivery-en, …)" (``forget``).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime, timedelta, timezone

import pytest

from tests.helpers.history_data import clean_turn, interrupted_turn
from voicecoach.adapters.library import find_scenario
from voicecoach.adapters.store import Store
from voicecoach.cli import main
from voicecoach.commands.analyze import render_call_report, render_report
from voicecoach.core.call import call_of_turn
from voicecoach.core.result import TurnResult
from voicecoach.report import render_call_html

T0 = datetime(2025, 3, 3, 9, 0, tzinfo=timezone.utc)
SCENARIO = {"de": "late-delivery-de", "en": "late-delivery-en"}
#: What the trainee sees instead: the title and the customer's first line, quoted.
NAMED = {
    "de": ("„Die verspätete Lieferung“", "„Keller hier, meine Bestellnummer ist 4711 …“"),
    "en": ('"The laptop that never arrived"', '"This is Daniel Reed, order number …"'),
}


def internal_ids(language: str) -> list[str]:
    """The scenario's id and its step ids: words a trainee must never read."""
    scenario = find_scenario(SCENARIO[language]).scenario
    return [scenario.id, *scenario.turn_ids]


def shown_ids(text: str, language: str) -> list[str]:
    """The internal ids that appear in ``text`` as words (the command ``voicecoach call ID`` left out)."""
    text = re.sub(r"voicecoach call \S+", "", text)
    return [i for i in internal_ids(language) if re.search(rf"(?<![\w-]){re.escape(i)}(?![\w-])", text)]


def turn_of(language: str, total: int = 62) -> TurnResult:
    return dataclasses.replace(interrupted_turn(language, total=total), scenario_id=SCENARIO[language])


@pytest.mark.parametrize("language", ["de", "en"])
def test_analyze_names_scenario_and_step_by_their_words(language: str) -> None:
    result = turn_of(language)
    title, line = NAMED[language]
    text = render_report(result)
    assert not shown_ids(text, language), text.splitlines()[0]
    assert f"{title}, " in text.splitlines()[0] and f"1 ({line})" in text.splitlines()[0], text.splitlines()[0]
    call = call_of_turn(result)
    for shown in (render_call_report(call, language), render_call_html(call, language)):
        assert not shown_ids(shown, language), [row for row in shown.splitlines() if "complaint" in row]
        assert title.replace('"', "&quot;") in shown or title in shown
        assert line.replace('"', "&quot;") in shown or line in shown


@pytest.fixture()
def practised() -> dict[str, int]:
    """A German and an English session, as the Store keeps them."""
    sessions = {}
    with Store.open() as store:
        for day, language in enumerate(("de", "en")):
            title = NAMED[language][0].strip('„“"')
            session = store.start_session(SCENARIO[language], title, language, started=T0 + timedelta(days=day))
            store.add_turn(session, turn_of(language, total=60 + 10 * day))
            store.add_turn(session, dataclasses.replace(clean_turn(language), scenario_id=SCENARIO[language]))
            store.end_session(session, ended=T0 + timedelta(days=day, minutes=4))
            sessions[language] = session
    return sessions


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_session_report_names_steps_by_their_lines(
    language: str, fmt: str, practised: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", language, "report", str(practised[language]), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert not shown_ids(out, language), [row for row in out.splitlines() if "complaint" in row or "late-" in row]
    title, line = NAMED[language]
    assert (line if fmt == "md" else line.replace('"', "&quot;")) in out


@pytest.mark.parametrize("language", ["de", "en"])
def test_history_lists_scenarios_by_title(
    language: str, practised: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in (["history"], ["history", "--progress"]):
        assert main(["--lang", language, *argv]) == 0
        out = capsys.readouterr().out
        for lang in ("de", "en"):
            assert not shown_ids(out, lang), out
        assert "Die verspätete Lieferung" in out and "The laptop that never arrived" in out, out
    # what to practise next: the scenario by its title, its id only in the command that starts it
    expected = {
        "de": "Szenario „Die verspätete Lieferung“ noch einmal üben (voicecoach call late-delivery-de)",
        "en": 'the scenario "Die verspätete Lieferung" again (voicecoach call late-delivery-de)',
    }
    assert expected[language] in out, out


@pytest.mark.parametrize("language", ["de", "en"])
def test_forget_names_the_session_by_its_title(
    language: str, practised: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", language, "forget", str(practised["en"]), "--yes"]) == 0
    err = capsys.readouterr().err
    assert "The laptop that never arrived" in err and "late-delivery-en" not in err, err
