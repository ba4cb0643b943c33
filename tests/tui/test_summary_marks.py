"""Issue 10: the end-of-call summary screen leaves out the findings the trainee marked as wrong
(marks made on the feedback screens of the call), in German and English."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.core.test_summary_disputed import results
from voicecoach.core.judge import summarize
from voicecoach.tui.screens.summary import disputes_by_position, summary_view


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


@dataclass(frozen=True)
class _Stored:
    index: int
    disputed: tuple[int, ...] = ()
    replaced_by: int | None = None


def test_a_retried_turn_keeps_the_marks_of_the_others() -> None:
    """Found in the TUI: a mark on step 1, then step 3 left unanswered and retried ('t'): the
    history holds three turns (the unanswered one replaced by its retry), the call two results,
    and the summary dropped every mark. The replaced turn is left out before matching."""
    stored = [_Stored(1, (3,)), _Stored(2, replaced_by=3), _Stored(3)]
    assert disputes_by_position(stored, 2) == {0: frozenset({3})}
    assert disputes_by_position(list(reversed(stored)), 2) == {0: frozenset({3})}  # any stored order
    # a retry whose own mark counts, and turns that cannot be matched for sure: no marks
    assert disputes_by_position([_Stored(1), _Stored(2, (0,), replaced_by=3), _Stored(3, (1,))], 2) == {
        1: frozenset({1})
    }
    assert disputes_by_position([_Stored(1, (3,)), _Stored(2)], 3) == {}
