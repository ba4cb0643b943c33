"""Reports say the findings in the reader's language, not the recording's: a German trainer
looking at an English call reads German (issue 10, the judge's words; was: `voicecoach --lang
de analyze --scenario ...-en` printed the findings in English, and the HTML report kept them)."""

from __future__ import annotations

import pytest

from tests.helpers.timelines import scenario, turn
from voicecoach.commands.analyze import render_report
from voicecoach.core.call import call_of_turn
from voicecoach.core.judge import judge
from voicecoach.report import ScenarioNames, render_call_html

LINES = {
    "en": ("This is Mrs Keller, order 4711. I'm really annoyed!", "Calm down. What is your order number?"),
    "de": (
        "Keller hier, Bestellung 4711. Ich bin wirklich verärgert!",
        "Beruhigen Sie sich. Wie ist Ihre Bestellnummer?",
    ),
}
#: What the re-ask finding says in each language.
REASKED = {"en": "you asked for the order number", "de": "haben Sie nach der Bestellnummer gefragt"}
#: A word of the report's frame in each language (the transcript's and timeline's labels).
FRAME = {"en": "Transcript", "de": "Zeitachse"}


@pytest.mark.parametrize(("judged", "reader"), [("en", "de"), ("de", "en")])
def test_reports_say_findings_in_the_readers_language(judged: str, reader: str) -> None:
    line, reply = LINES[judged]
    sc = scenario(judged, say=line, emotion="annoyed", facts={"order_number": "4711"})
    result = judge(turn([(0.0, 3.0, line)], [(3.6, 6.5, reply)], line_end=3.0), language=judged, scenario=sc)
    assert REASKED[judged] in " ".join(f.message for f in result.findings)
    names = ScenarioNames.of(sc)
    for text in (
        render_report(result, sc.persona, names, reader),
        render_call_html(call_of_turn(result), reader, names),
    ):
        assert REASKED[reader] in text
        assert REASKED[judged] not in text
    report_text = render_report(result, sc.persona, names, reader)
    assert FRAME[reader] in report_text and FRAME[judged] not in report_text, report_text


#: The spoken language named in the report's first line, in the reader's language.
SPOKEN = {("en", "de"): "Sprache Englisch", ("de", "en"): "language German"}


@pytest.mark.parametrize(("judged", "reader"), [("en", "de"), ("de", "en")])
def test_the_report_names_the_language_spoken_not_the_readers(judged: str, reader: str) -> None:
    """`voicecoach --lang de analyze` of an English turn said "Sprache de" (the reader's own)."""
    line, reply = LINES[judged]
    sc = scenario(judged, say=line, emotion="annoyed")
    result = judge(turn([(0.0, 3.0, line)], [(3.6, 6.5, reply)], line_end=3.0), language=judged, scenario=sc)
    first = render_report(result, sc.persona, ScenarioNames.of(sc), reader).splitlines()[0]
    assert SPOKEN[(judged, reader)] in first, first
