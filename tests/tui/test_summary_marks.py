"""Issue 10: the end-of-call summary screen leaves out the findings the trainee marked as wrong
(marks made on the feedback screens of the call), in German and English."""

from __future__ import annotations

import pytest

from tests.core.test_summary_disputed import results
from voicecoach.core.judge import summarize
from voicecoach.tui.screens.summary import summary_view


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_summary_screen_leaves_marked_findings_out(language: str) -> None:
    judged = tuple(results(language))
    position = next(i for i, f in enumerate(judged[0].findings) if f.kind == "contradiction")
    as_judged = summary_view(summarize(judged), judged)
    assert any(f.kind == "contradiction" for _n, f in as_judged.worst)
    for summary in (summarize(judged), None):  # the engine's summary, or none (a call cut short)
        view = summary_view(summary, judged, {0: {position}})
        assert not any(f.kind == "contradiction" for _n, f in view.worst)
        assert view.total is not None and as_judged.total is not None and view.total > as_judged.total
