"""'That was wrong' on the feedback screen: 1-9 select a finding, w marks it (again: unmarks);
the mark goes into a real SQLite history, the score on screen and in the history leaves it out."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.tui_fakes import app_with, fake_adapters, judged_turn, shown, wait_for, wait_for_notice
from voicecoach.adapters.store import Store
from voicecoach.core import scoring
from voicecoach.core.result import TurnResult
from voicecoach.live.events import TurnJudged
from voicecoach.tui.screens.feedback import FeedbackScreen
from voicecoach.tui.widgets.meters import ScoreBars


def _consistent(result: TurnResult) -> TurnResult:
    """The fake turn with the score the judge would give its findings (weights 1 each)."""
    return TurnResult(
        result.turn,
        result.findings,
        result.metrics,
        scoring.score(result.findings),
        result.options,
        result.language,
        result.scenario_id,
        result.turn_id,
    )


def _saved(path: Path) -> tuple[TurnResult, int, int]:
    result = _consistent(judged_turn())
    with Store.open(path, retention_days=None) as store:
        session = store.start_session("late-delivery-de", "Lieferung", "de")
        index = store.add_turn(session, result)
    return result, session, index


async def test_w_marks_and_unmarks_the_selected_finding_in_the_history(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    result, session, index = _saved(path)
    # findings in time order: 1 interruption (timing -25), 2 not_listening (listening -30); the
    # backchannel is info and gets no number
    # two major faults cap the total at 55, below the skills' mean (86): said under the bars
    assert result.score.total == 55 < round((75 + 70 + 100 + 100) / 4) == 86
    app = app_with(fake_adapters(store=lambda: Store.open(path, retention_days=None)), language="en")
    async with app.run_test(size=(140, 45)) as pilot:
        screen = FeedbackScreen(None, TurnJudged(result, None, None, 1, stored=(session, index)))
        app.push_screen(screen)
        await wait_for(pilot, lambda: app.screen is screen)
        footer = {b.binding.key: b.binding.description for b in screen.active_bindings.values() if b.binding.show}
        assert footer["w"] == "That's wrong"
        await wait_for(pilot, lambda: bool(screen.query("#feedback-cap")))
        assert "55/100" in shown(screen.query_one("#feedback-title"))
        assert shown(screen.query_one("#feedback-cap")).strip() == "Total at most 55 with 2 major faults (uncapped: 86)"

        await pilot.press("2", "w")
        await wait_for(pilot, lambda: screen.disputed == {1})
        text = shown(screen.query_one("#feedback-findings"))
        assert "marked wrong by you" in text
        assert text.index("marked wrong by you") > text.index("Not listening")  # on the second finding
        # one major fault left (the interruption): at most 70, the skills' mean 94
        assert screen.score().total == 70 < round((75 + 100 + 100 + 100) / 4) == 94
        assert "70/100" in shown(screen.query_one("#feedback-title"))
        assert shown(screen.query_one("#feedback-cap")).strip() == "Total at most 70 with a major fault (uncapped: 94)"
        assert screen.query_one("#feedback-skills", ScoreBars).scores["listening"] == 100
        with Store.open(path, retention_days=None) as store:
            turn = store.session(session).turns[0]
            assert turn.disputed == frozenset({1})
            assert (turn.score, turn.skills["listening"]) == (70, 100)
            assert store.session(session).summary.score == 70
            assert store.disputes("late-delivery-de")[0].finding["kind"] == "not_listening"
            assert store.disputes("late-delivery-de")[0].reply == result.turn.trainee.text

        await pilot.press("w")
        await wait_for(pilot, lambda: screen.disputed == set())
        assert "marked wrong by you" not in shown(screen.query_one("#feedback-findings"))
        assert screen.score() == result.score
        with Store.open(path, retention_days=None) as store:
            turn = store.session(session).turns[0]
            assert turn.disputed == frozenset()
            assert turn.score == result.score.total == 55
            assert store.disputes() == []


async def test_a_reviewed_turn_shows_the_marks_the_history_holds(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    result, session, index = _saved(path)
    with Store.open(path, retention_days=None) as store:
        store.set_disputed(session, index, 0)  # the interruption
    app = app_with(fake_adapters(store=lambda: Store.open(path, retention_days=None)), language="de")
    async with app.run_test(size=(140, 45)) as pilot:
        screen = FeedbackScreen(None, TurnJudged(result, None, None, 1, stored=(session, index)), file_mode=True)
        app.push_screen(screen)
        await wait_for(pilot, lambda: app.screen is screen and screen.disputed == {0})
        text = shown(screen.query_one("#feedback-findings"))
        assert "von Ihnen als falsch markiert" in text
        assert "marked wrong" not in text
        assert screen.score().skills["timing"] == 100


async def test_an_unsaved_turn_is_marked_on_screen_only_and_says_so() -> None:
    result = _consistent(judged_turn())
    app = app_with(fake_adapters(), language="en")
    async with app.run_test(size=(140, 45)) as pilot:
        screen = FeedbackScreen(None, TurnJudged(result, None, None, 1), file_mode=True)
        app.push_screen(screen)
        await wait_for(pilot, lambda: app.screen is screen)
        await pilot.press("w")  # the first numbered finding is selected to begin with
        await wait_for(pilot, lambda: screen.disputed == {0})
        assert screen.score().skills["timing"] == 100
        await wait_for_notice(pilot, "not saved in the history")


async def test_a_number_with_no_finding_is_said_and_w_then_marks_nothing(tmp_path: Path) -> None:
    """Two numbered findings: '9' is said to have no finding, and the 'w' after it does not act on
    the finding selected before (a first-time user's '9' then 'w' marked finding 2)."""
    path = tmp_path / "history.sqlite3"
    result, session, index = _saved(path)
    app = app_with(fake_adapters(store=lambda: Store.open(path, retention_days=None)), language="de")
    async with app.run_test(size=(140, 45)) as pilot:
        screen = FeedbackScreen(None, TurnJudged(result, None, None, 1, stored=(session, index)))
        app.push_screen(screen)
        await wait_for(pilot, lambda: app.screen is screen)
        await pilot.press("2", "9")
        await wait_for_notice(pilot, "keinen Hinweis 9", "von 1 bis 2")
        await pilot.press("w")
        await wait_for_notice(pilot, "Zuerst mit 1 bis 2 einen Hinweis wählen")
        assert screen.disputed == set()
        await pilot.press("1", "w")  # the numbers still work after a wrong one
        await wait_for(pilot, lambda: screen.disputed == {0})
