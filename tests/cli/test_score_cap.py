"""A major fault caps the total, and every place that shows the total beside the skills says why
(issue 10: "interrupting an angry customer still scoring 92/100"; three trainers saw clearly poor
replies at 81-94, because one major fault costs one of four skills 25 points).

The CLI's ``judge`` (text and ``--json``) and the stored session's reports (Markdown, HTML, JSON)
are checked here; the feedback screen in ``tests/tui/test_feedback_disputes.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers.tui_fakes import judged_turn
from voicecoach.adapters.store import Store
from voicecoach.cli import main
from voicecoach.core import scoring
from voicecoach.core.result import TurnResult
from voicecoach.report import render

#: An angry customer asked for the order number she just gave: a re-ask and her anger passed
#: over, two major faults; the skills' mean is 86, the cap 55.
REASK = {
    "de": ("late-delivery-de", "Wie ist Ihre Bestellnummer?"),
    "en": ("late-delivery-en", "What is your order number?"),
}
SAID = {
    "de": "Gesamt höchstens 55 mit 2 schweren Fehlern (ohne Deckelung: 86)",
    "en": "Total at most 55 with 2 major faults (uncapped: 86)",
}
GOOD = {
    "de": "Oh nein, das tut mir wirklich leid, Frau Keller. Ich schaue sofort nach, wo Ihre Bestellung 4711 steckt.",
    "en": "Oh no, I'm really sorry, Mrs Keller. I'll check right away where your order 4711 is.",
}


@pytest.mark.parametrize("language", ["de", "en"])
def test_judge_says_why_the_total_is_below_the_skills(language: str, capsys: pytest.CaptureFixture[str]) -> None:
    scenario, reply = REASK[language]
    assert main(["--lang", language, "judge", scenario, "--text", reply]) == 0
    out = capsys.readouterr().out
    assert "55/100" in out and SAID[language] in out, out


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_good_reply_has_no_cap(language: str, capsys: pytest.CaptureFixture[str]) -> None:
    scenario = REASK[language][0]
    assert main(["--lang", language, "judge", scenario, "--text", GOOD[language], "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["score"]["cap"] is None and data["score"]["total"] == 100, data["score"]


@pytest.mark.parametrize("reader", ["de", "en"])
def test_the_json_names_the_cap_in_any_reader_language(reader: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", reader, "judge", REASK["de"][0], "--text", REASK["de"][1], "--json"]) == 0
    score = json.loads(capsys.readouterr().out)["score"]
    assert (score["total"], score["cap"]) == (55, 55)
    assert score["skills"] == {"listening": 75, "timing": 100, "empathy": 75, "clarity": 100}


def _stored(tmp_path: Path) -> tuple[Store, int, int]:
    base = judged_turn()  # an interruption (timing -25) and a missed point (listening -30)
    result = TurnResult(
        base.turn, base.findings, base.metrics, scoring.score(base.findings), base.options, "de", None, "complaint"
    )
    store = Store.open(tmp_path / "history.sqlite3", retention_days=None)
    session = store.start_session("late-delivery-de", "Lieferung", "de")
    return store, session, store.add_turn(session, result)


def test_reports_of_a_stored_session_say_why_and_a_mark_lifts_the_cap(tmp_path: Path) -> None:
    store, session, index = _stored(tmp_path)
    with store:
        record = store.session(session)
        data = json.loads(render(record, "json"))
        assert data["turns"][0]["score"]["total"] == 55
        assert data["turns"][0]["cap"] == {"cap": 55, "majors": 2, "mean": 86}
        assert "Gesamt höchstens 55 mit 2 schweren Fehlern (ohne Deckelung: 86)" in render(record, "md")
        assert "Gesamt höchstens 55 mit 2 schweren Fehlern (ohne Deckelung: 86)" in render(record, "html")
        store.set_disputed(session, index, 1)  # the missed point marked as wrong: one major fault left
        record = store.session(session)
        assert record.turns[0].score == 70
        assert json.loads(render(record, "json"))["turns"][0]["cap"] == {"cap": 70, "majors": 1, "mean": 94}
        store.set_disputed(session, index, 0)  # and the interruption: no cap, the skills' mean
        record = store.session(session)
        assert record.turns[0].score == 100
        assert json.loads(render(record, "json"))["turns"][0]["cap"] is None
        assert "höchstens" not in render(record, "md")
