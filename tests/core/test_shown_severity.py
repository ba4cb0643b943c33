"""An "info" finding is shown as "good" only when it is praise (issue 11: a missed key point the
judge may have misheard was labelled "gut"/"good" - confidently wrong). Every place that names a
severity - the practice report's badges and legend, the call report's badges, the feedback screen,
``voicecoach judge`` - shows it through ``shown_severity``."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from tests.helpers.history_data import interrupted_turn
from voicecoach import report
from voicecoach.adapters.store import Store
from voicecoach.core.result import FINDING_KINDS, PRAISE_KINDS, Finding, shown_severity

#: A key point the judge was not sure was missed (it may have misheard): no points off, a note.
UNSURE_MISSED_POINT = Finding(
    "not_listening",
    4.0,
    6.0,
    "info",
    "Vielleicht habe ich mich verhört: der Kernpunkt „Bestellnummer“ fehlte.",
    "Nennen Sie die Bestellnummer.",
    evidence={"reason": "missed_point", "point": "order_number", "misheard": ["Bestellnummer"]},
)
PRAISE = Finding("backchannel", 1.0, 1.2, "info", "Aktives Zuhören.", "", skill="listening")


def test_only_praise_is_good() -> None:
    assert {"backchannel", "yielded"} == PRAISE_KINDS and set(FINDING_KINDS) >= PRAISE_KINDS
    assert [shown_severity(kind, "info") for kind in ("backchannel", "yielded")] == ["good", "good"]
    for kind in set(FINDING_KINDS) - PRAISE_KINDS:  # a waived or unsure finding of any other kind
        assert shown_severity(kind, "info") == "note", kind
    assert (shown_severity("interruption", "major"), shown_severity("filler_words", "minor")) == ("major", "minor")


def practice_report(tmp_path: Path, language: str) -> str:
    turn = interrupted_turn(language)
    turn = replace(turn, findings=(*turn.findings, UNSURE_MISSED_POINT, PRAISE))
    with Store.open(tmp_path / "h.sqlite3", retention_days=None) as store:
        session = store.start_session("late-delivery-de", "Die verspätete Lieferung", language, {"mode": "live"})
        store.add_turn(session, turn)
        store.end_session(session)
        return report.render(store.session(session), "html")


@pytest.mark.parametrize(("language", "good", "note"), [("de", "gut", "Anmerkung"), ("en", "good", "note")])
def test_the_practice_report_calls_an_unsure_finding_a_note(
    tmp_path: Path, language: str, good: str, note: str
) -> None:
    html = practice_report(tmp_path, language)
    assert f'<span class="badge note" title="{note}">' in html  # the missed point
    assert f'class="badge good" title="{good}"' not in html.split("Kernpunkt")[0].rsplit("<li", 1)[-1]
    legend = html.split('<div class="legend">', 1)[1].split("</div>", 1)[0]
    assert f"</i>{good}<i" in legend and f"</i>{note}<span" in legend
    assert report.SEVERITY_COLOURS["note"] != report.SEVERITY_COLOURS["good"]


def test_the_call_report_badges_follow_the_same_rule() -> None:
    from tests.cli.test_call_report import long_call

    html = report.render_call_html(long_call(2, "de"), "de")
    badges = re.findall(r'class="badge ([a-z]+)"', html)
    assert badges and set(badges) <= {"major", "minor", "good", "note"}
