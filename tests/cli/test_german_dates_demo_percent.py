"""What a German user reads in ``history``, ``report`` and ``forget`` (issue 11): dates as
01.12.2026 and times as 14:05 (English keeps ISO), demo calls marked as "Demo-Anruf" wherever
sessions are listed (and still kept out of progress), and the talk ratio as "45 %", not "0,45"."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from tests.helpers.history_data import clean_turn
from voicecoach import i18n
from voicecoach.adapters.store import Store
from voicecoach.cli import main
from voicecoach.core.words.cli import date_time, percent
from voicecoach.report import call_metric_value, local_time

STARTED = datetime(2026, 12, 1, 13, 5, tzinfo=timezone.utc)
NBSP = "\u00a0"


def _local(language: str) -> str:
    """STARTED as the computer's clock shows it, written by hand for ``language``."""
    moment = STARTED.astimezone()
    if language == "de":
        return f"{moment.day:02d}.{moment.month:02d}.{moment.year} {moment.hour:02d}:{moment.minute:02d}"
    return f"{moment.year}-{moment.month:02d}-{moment.day:02d} {moment.hour:02d}:{moment.minute:02d}"


@pytest.fixture(params=["de"])
def sessions(request: pytest.FixtureRequest) -> dict[str, int]:
    """One demo call and one practised call, both judged, in the isolated home, in the language
    of the scenario (a report speaks the language of its session): German unless a test asks."""
    language = request.param
    scenario, title = (
        ("late-delivery-de", "Die verspätete Lieferung")
        if language == "de"
        else ("late-delivery-en", "The late delivery")
    )
    ids = {}
    with Store.open(retention_days=None) as store:
        for mode in ("demo", "live"):
            session = store.start_session(scenario, title, language, {"mode": mode}, started=STARTED)
            store.add_turn(session, clean_turn(language))  # its talk ratio is 0.43
            store.end_session(session)
            ids[mode] = session
    return ids


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    try:
        code = main(list(argv))
    finally:
        i18n.set_language("en")
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


@pytest.mark.parametrize(
    ("language", "moment", "shown"),
    [
        ("de", datetime(2026, 12, 1, 14, 5), "01.12.2026 14:05"),
        ("en", datetime(2026, 12, 1, 14, 5), "2026-12-01 14:05"),
        ("de", date(2026, 3, 9), "09.03.2026"),
        ("en", date(2026, 3, 9), "2026-03-09"),
    ],
)
def test_one_helper_writes_dates_in_the_ui_language(language: str, moment: date, shown: str) -> None:
    assert date_time(moment, language) == shown


@pytest.mark.parametrize(
    ("share", "language", "shown"), [(0.45, "de", f"45{NBSP}%"), (0.45, "en", "45%"), (0.125, "de", f"12{NBSP}%")]
)
def test_a_share_is_written_in_per_cent(share: float, language: str, shown: str) -> None:
    assert percent(share, language) == shown
    assert call_metric_value("talk_ratio", share, language) == shown


def test_local_time_of_a_stored_time() -> None:
    assert local_time(STARTED.isoformat(), "de") == _local("de")
    assert local_time(STARTED.isoformat(), "en") == _local("en")
    assert local_time(None, "de") == "–"


@pytest.mark.parametrize(("language", "demo"), [("de", "(Demo-Anruf)"), ("en", "(demo)")])
def test_history_writes_the_date_for_the_language_and_marks_the_demo(
    capsys: pytest.CaptureFixture[str], sessions: dict[str, int], language: str, demo: str
) -> None:
    """Was: "1  2026-12-01 15:10  Die verspätete Lieferung" for both, in German too."""
    lines = run(capsys, "--lang", language, "history").splitlines()
    rows = {int(line.split()[0]): line for line in lines[1:]}
    assert _local(language) in rows[sessions["demo"]] and _local(language) in rows[sessions["live"]]
    assert f"Die verspätete Lieferung {demo}" in rows[sessions["demo"]]
    assert demo not in rows[sessions["live"]]
    assert not re.search(r"\d{4}-\d\d-\d\d", "\n".join(lines)) if language == "de" else True


def test_history_json_says_which_session_is_a_demo(
    capsys: pytest.CaptureFixture[str], sessions: dict[str, int]
) -> None:
    listed = {entry["id"]: entry for entry in json.loads(run(capsys, "history", "--json"))}
    assert listed[sessions["demo"]]["demo"] is True and listed[sessions["live"]]["demo"] is False


def test_the_demo_stays_out_of_progress(capsys: pytest.CaptureFixture[str], sessions: dict[str, int]) -> None:
    """Marked in the list, but its score is no practice: the trend has the one practised session."""
    progress = json.loads(run(capsys, "history", "--progress", "--json"))
    assert [point["session"] for point in progress["totals"]] == [sessions["live"]]


@pytest.mark.parametrize(
    ("sessions", "language", "shown", "gone"),
    [
        (
            "de",
            "de",
            [f"Redeanteil</td><td class='num-cell'>43{NBSP}%", f"Beginn:</b> {_local('de')}"],
            ["0,43", "2026-12-"],
        ),
        ("en", "en", ["Talk ratio</td><td class='num-cell'>43%", f"Started:</b> {_local('en')}"], ["0.43"]),
    ],
    indirect=["sessions"],
)
def test_the_html_report_shows_the_talk_ratio_in_per_cent_and_the_date_for_the_language(
    capsys: pytest.CaptureFixture[str], sessions: dict[str, int], tmp_path: Path, language: str, shown: list, gone: list
) -> None:
    target = tmp_path / "report.html"
    run(capsys, "--lang", language, "report", str(sessions["live"]), "-o", str(target))
    page = target.read_text(encoding="utf-8")
    for text in shown:
        assert text in page, text
    for text in gone:
        assert text not in page, text
    assert "Demo-Anruf" not in page and ">demo" not in page


@pytest.mark.parametrize(
    ("sessions", "language", "line"),
    [
        ("de", "de", "- **Art:** Demo-Anruf: die App hat die Antworten gesprochen; zählt nicht zum Fortschritt"),
        ("en", "en", "- **Kind:** demo: the app spoke the replies; not counted in progress"),
    ],
    indirect=["sessions"],
)
def test_a_demo_sessions_report_says_it_is_one(
    capsys: pytest.CaptureFixture[str], sessions: dict[str, int], language: str, line: str
) -> None:
    out = run(capsys, "--lang", language, "report", str(sessions["demo"]), "--format", "md")
    assert line in out.splitlines()
    assert f"- **{'Beginn' if language == 'de' else 'Started'}:** {_local(language)}" in out.splitlines()


def test_forget_takes_the_newest_by_a_german_word(capsys: pytest.CaptureFixture[str], sessions: dict[str, int]) -> None:
    """``forget letzte`` deletes the newest session, as ``report letzte`` shows it."""
    run(capsys, "--lang", "de", "forget", "letzte", "--yes")
    with Store.open() as store:
        assert [s.id for s in store.sessions()] == [sessions["demo"]]


def test_forget_says_the_date_the_german_way(capsys: pytest.CaptureFixture[str], sessions: dict[str, int]) -> None:
    try:
        code = main(["--lang", "de", "forget", str(sessions["demo"]), "--yes"])
    finally:
        i18n.set_language("en")
    assert code == 0
    err = capsys.readouterr().err
    assert _local("de") in err and "2026-12-" not in err, err


def test_report_last_html_prints_or_writes_the_html_report(
    capsys: pytest.CaptureFixture[str], sessions: dict[str, int], tmp_path: Path
) -> None:
    """A German tester typed ``report last --html`` (as ``analyze`` takes it): it was an unknown argument."""
    assert run(capsys, "--lang", "de", "report", "letzte", "--html").startswith("<!DOCTYPE html>")
    target = tmp_path / "bericht.html"
    run(capsys, "--lang", "de", "report", "letzte", "--html", str(target))
    assert f"Redeanteil</td><td class='num-cell'>43{NBSP}%" in target.read_text(encoding="utf-8")
    try:
        code = main(["--lang", "de", "report", "letzte", "--html", "--format", "md"])
    finally:
        i18n.set_language("en")
    assert code == 2
    assert capsys.readouterr().err.strip() == "voicecoach: --html und --format md verlangen zwei Formate; eines angeben"
