"""Issue 10: a finding the trainee marked as wrong counts nowhere in the end-of-call summary
(score, skills, worst moments, counts, what to practise), in German and English."""

from __future__ import annotations

import pytest

from tests.helpers.timelines import scenario
from voicecoach.core.judge import summarize, without_disputed
from voicecoach.core.typed import judge_text

REPLIES = {
    # (customer's line, a reply with a contradiction, a good reply)
    "de": ("Die Rechnung ist falsch!", "Das stimmt so nicht, die Rechnung ist korrekt.", "Ich prüfe die Rechnung."),
    "en": ("The bill is wrong!", "That's not right, the bill is correct.", "I'll check the bill."),
}


def results(language: str):  # noqa: ANN201
    say, contradicting, good = REPLIES[language]
    sc = scenario(language, theme="service", mood="calm", say=say, emotion="calm")
    return [judge_text(sc, "t1", contradicting), judge_text(sc, "t1", good)]


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_marked_finding_counts_nowhere_in_the_summary(language: str) -> None:
    judged = results(language)
    position = next(i for i, f in enumerate(judged[0].findings) if f.kind == "contradiction" and f.penalty > 0)
    plain = summarize(judged)
    assert plain.counts.get("contradiction") == 1
    assert any(m.finding.kind == "contradiction" for m in plain.worst)
    assert plain.practise_kind == "contradiction"

    marked = summarize(judged, disputed={0: {position}})
    assert "contradiction" not in marked.counts
    assert not any(m.finding.kind == "contradiction" for m in marked.worst)
    assert marked.practise_kind != "contradiction"
    expected = (without_disputed(judged[0], {position}).score.total + judged[1].score.total) / 2
    assert marked.total == pytest.approx(expected, abs=1)
    assert marked.total > plain.total


@pytest.mark.parametrize("language", ["de", "en"])
def test_without_disputed_leaves_the_others(language: str) -> None:
    judged = results(language)[0]
    assert without_disputed(judged, ()) is judged
    position = next(i for i, f in enumerate(judged.findings) if f.kind == "contradiction")
    kept = without_disputed(judged, {position})
    assert [f.kind for f in kept.findings] == [f.kind for i, f in enumerate(judged.findings) if i != position]
    assert kept.score.total > judged.score.total
