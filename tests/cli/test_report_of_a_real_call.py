"""``voicecoach report`` on a real call stored by ``voicecoach batch`` (issue 14): it is a call
report of an agent's recording, not a practice report about "you"; ``report last`` finds it."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from tests.helpers.timelines import two_exchange_call
from voicecoach.adapters.store import Store
from voicecoach.cli import main


def _store_call(language: str) -> int:
    with Store.open() as store:
        practice = store.start_session(
            "late-delivery-en", "The late delivery", "en", started=datetime(2026, 11, 29, 17, 0, tzinfo=timezone.utc)
        )
        store.end_session(practice)
        return store.add_call(
            two_exchange_call(language=language),
            agent="ben",
            source_hash=language * 32,
            title="ben/2026-11-30-0915.wav",
            source="/calls/ben/2026-11-30-0915.wav",
            started=datetime(2026, 11, 30, 9, 15, tzinfo=timezone.utc),
        )


def _report(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(["report", *argv])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_the_report_of_a_real_call_names_the_agent_not_you(capsys: pytest.CaptureFixture[str]) -> None:
    session = _store_call("en")
    out = _report(capsys, "last")  # the newest session of either kind: the call, recorded after the practice
    assert out.startswith("# Call report: ben/2026-11-30-0915.wav\n")
    assert "- **Agent:** ben" in out and "- **Recording:** /calls/ben/2026-11-30-0915.wav" in out
    assert "- **Length:** 18.0 s" in out
    assert "## Exchange 1" in out and "Gesprächsschritt" not in out and "## Turn" not in out
    assert "- **Agent:** I see let me check" in out and "- **You:**" not in out
    assert "Contains personal data from a recorded call." in out
    html = _report(capsys, str(session), "--format", "html")
    assert "<h1>Call report: ben/2026-11-30-0915.wav</h1>" in html and ">Agent</text>" in html
    assert "Practice report" not in html and ">You<" not in html
    data = json.loads(_report(capsys, str(session), "--format", "json"))
    assert data["kind"] == "call"
    assert data["call"] == {"agent": "ben", "source": "/calls/ben/2026-11-30-0915.wav", "duration_s": 18.0}


def test_a_german_call_report_is_german(capsys: pytest.CaptureFixture[str]) -> None:
    session = _store_call("de")
    out = _report(capsys, str(session))
    assert out.startswith("# Gesprächsbericht: ben/2026-11-30-0915.wav\n")
    assert "- **Mitarbeitende:** ben" in out and "- **Dauer:** 18,0 s" in out and "## Abschnitt 1" in out
    assert "Enthält personenbezogene Gesprächsdaten." in out and "Sie:" not in out


def test_a_practice_report_stays_a_practice_report(capsys: pytest.CaptureFixture[str]) -> None:
    _store_call("en")
    with Store.open() as store:
        practice = store.sessions()[0].id
    out = _report(capsys, str(practice))
    assert out.startswith("# Practice report: The late delivery") and "**Agent:**" not in out
    assert json.loads(_report(capsys, str(practice), "--format", "json"))["kind"] == "practice"
