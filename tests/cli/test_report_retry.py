"""A retried turn in the report (issue 12): both attempts are listed, the retry says which turn it
retries, the replaced attempt says it does not count, and the session's score is the retry's."""

from __future__ import annotations

import pytest

from tests.helpers.history_data import clean_turn, interrupted_turn
from voicecoach.adapters.store import Store
from voicecoach.cli import main


@pytest.mark.parametrize(
    ("language", "replaced", "retry"),
    [
        ("de", "(ersetzt durch Antwort 2, zählt nicht)", "(neuer Versuch von Antwort 1)"),
        ("en", "(replaced by reply 2, not counted)", "(retry of reply 1)"),
    ],
)
def test_a_retry_and_the_attempt_it_replaced(
    capsys: pytest.CaptureFixture[str], language: str, replaced: str, retry: str
) -> None:
    with Store.open() as store:
        session = store.start_session("late-delivery-de", "Die verspätete Lieferung", language)
        store.add_turn(session, interrupted_turn(language, total=62))
        store.add_turn(session, clean_turn(language, total=88))
        store.mark_replaced(session, 1, 2)
        store.end_session(session)
        assert store.session(session).summary.score == 88  # only the retry counts
    assert main(["report", str(session), "--format", "md"]) == 0
    out = capsys.readouterr().out
    headings = [line for line in out.splitlines() if line.startswith("## ")]
    assert len(headings) == 2, headings
    assert replaced in headings[0] and retry in headings[1], headings
    assert main(["report", str(session), "--format", "html"]) == 0
    html = capsys.readouterr().out
    assert replaced in html and retry in html
