"""The end of the call: total and per-skill score, the worst moments, what to practise next."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rich.console import RenderableType
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from voicecoach.core.judge import summarize
from voicecoach.core.words import practice_tip
from voicecoach.i18n import current_language, finding_label, finding_text, label, t
from voicecoach.tui.base import CallRequest, Guarded, file_step, format_clock, translate_bindings
from voicecoach.tui.messages import CallAgain
from voicecoach.tui.widgets.keyfooter import KeyFooter
from voicecoach.tui.widgets.lists import hanging
from voicecoach.tui.widgets.meters import ScoreBars, score_style
from voicecoach.tui.widgets.titlebar import TitleBar


@dataclass(frozen=True)
class SummaryView:
    """What the summary screen shows: the judge's ``CallSummary`` when there is one, else
    the same computed from the judged turns (a call cut short before the engine summarised)."""

    total: int | None
    skills: dict[str, float]
    #: (step number in the scenario file, finding), worst first
    worst: list[tuple[int, Any]]
    practise: list[str]
    duration: float
    turns: int
    #: A finding of some reply was waived because Whisper was unsure of its words: no praise then.
    unsure: bool = False


def summary_view(
    summary: Any,
    results: tuple[Any, ...],
    disputed: Mapping[int, Collection[int]] | None = None,
    *,
    customer: str | None = None,
    scenario: Any = None,
) -> SummaryView:
    """``disputed``: per position in ``results``, the findings the trainee marked as wrong; the
    summary is made again without them (they count nowhere: score, worst moments, what to practise).
    What to practise is said in the UI language (``customer``: the persona's name, for its forms)."""
    if disputed and any(disputed.values()) and all(r is not None for r in results) and results:
        summary = summarize(results, language=getattr(summary, "language", None), disputed=disputed)
    judged = [r for r in results if r is not None]
    duration = sum(r.turn.duration for r in judged)
    unsure = any("misheard" in f.evidence for r in judged for f in r.findings)
    if summary is not None and getattr(summary, "turns", 0):
        return SummaryView(
            total=int(summary.total),
            skills=dict(summary.skills),
            worst=[(file_step(scenario, moment.turn_id, moment.number), moment.finding) for moment in summary.worst],
            practise=_practise(summary, judged, customer),
            duration=duration,
            turns=len(judged) or summary.turns,
            unsure=unsure,
        )
    moments = [
        (file_step(scenario, result.turn_id, number), finding)
        for number, result in enumerate(judged, start=1)
        for finding in result.findings
        if finding.penalty > 0
    ]
    moments.sort(key=lambda m: (-m[1].penalty, m[0]))
    total = round(sum(r.score.total for r in judged) / len(judged)) if judged else None
    skills: dict[str, float] = {}
    if judged:
        for name in judged[0].score.skills:
            skills[name] = sum(r.score.skills.get(name, 0) for r in judged) / len(judged)
    practise: list[str] = []
    if skills and moments:
        weakest = min(skills, key=lambda s: (skills[s], s))
        practise.append(f"{label('skill', weakest)} ({skills[weakest]:.0f})")
        kind, _count = Counter(f.kind for _n, f in moments).most_common(1)[0]
        found = next((f, r) for r in judged for f in r.findings if f.kind == kind and f.penalty > 0)
        tip = finding_text(found[0], found[1].language, customer)[1]
        practise.append(f"{label('kind', kind)}: {tip}")
    return SummaryView(total, skills, moments[:3], practise, duration, len(judged), unsure)


def disputes_by_position(stored: Sequence[Any], count: int) -> dict[int, frozenset[int]]:
    """The marks ("that was wrong") of a call's stored turns (``StoredTurn``: ``index``,
    ``disputed``, ``replaced_by``), by position among the ``count`` judged results of the call.
    A turn replaced by its retry ('t') is kept in the history but is not among the results, so it
    is left out before the two are matched; if they still differ in number, no marks (a turn
    cannot be matched for sure)."""
    kept = sorted((turn for turn in stored if turn.replaced_by is None), key=lambda turn: turn.index)
    if len(kept) != count:
        return {}
    return {position: frozenset(turn.disputed) for position, turn in enumerate(kept) if turn.disputed}


def _practise(summary: Any, judged: list[Any], customer: str | None) -> list[str]:
    """``CallSummary.practise_next`` in the UI language: the skill with its score, then the tip of
    the kind that cost most (re-translated from its finding), else what practising the skill means."""
    lines: list[str] = []
    if summary.practise_skill is not None:
        score = summary.skills.get(summary.practise_skill)
        name = label("skill", summary.practise_skill)
        lines.append(f"{name} ({score})" if score is not None else name)
    if summary.practise_kind is not None and summary.practise_tip:
        tip = summary.practise_tip
        for result in judged:
            for finding in result.findings:
                if finding.kind == summary.practise_kind and finding.tip == summary.practise_tip:
                    tip = finding_text(finding, result.language, customer)[1]
        lines.append(f"{label('kind', summary.practise_kind)}: {tip}")
    elif summary.practise_skill_tip:
        lines.append(practice_tip(summary.practise_skill, current_language()) or summary.practise_skill_tip)
    return lines


class SummaryScreen(Guarded, Screen[None]):
    BINDINGS = [
        Binding("enter", "library", "key.back"),
        Binding("escape", "library", show=False),
        Binding("a", "again", "summary.again"),
        Binding("p", "progress", "key.progress"),
        Binding("u", "app.toggle_language", show=False),  # Deutsch/English, as in the library
    ]

    def __init__(
        self,
        request: CallRequest,
        summary: Any,
        results: tuple[Any, ...],
        *,
        reason: str = "finished",
        session_id: Any = None,
        problem: object = None,
    ) -> None:
        super().__init__()
        translate_bindings(self)
        self.request = request
        self.summary = summary
        self.results = results
        self.reason = reason
        self.session_id = session_id
        self.problem = problem
        self.view = summary_view(
            summary, results, customer=request.scenario.scenario.persona.name, scenario=request.scenario.scenario
        )

    def _stored_disputes(self) -> dict[int, frozenset[int]]:
        """The marks ("that was wrong") the history holds for this call's turns, by the turn's
        position in ``results`` (the stored turns in the same order); none without the history."""
        opener = self.app.adapters.store
        if self.session_id is None or opener is None:
            return {}
        try:
            store = opener()
            try:
                turns = store.session(self.session_id).turns
            finally:
                store.close()
        except Exception:  # noqa: BLE001 - without the history the summary shows the call as judged
            return {}
        return disputes_by_position(turns, len(self.results))

    def compose(self) -> ComposeResult:
        # made when shown, not when the call ended: marks set on the last feedback screen count
        self.view = summary_view(
            self.summary,
            self.results,
            self._stored_disputes(),
            customer=self.request.scenario.scenario.persona.name,
            scenario=self.request.scenario.scenario,
        )
        yield TitleBar("summary.title")
        with Vertical(id="summary"):
            yield Static(self._head(), id="summary-head")
            if self.problem:
                yield Static(
                    Text.assemble(("⚠ ", "bold #ff5f5f"), (t("audio.failed_mid_call", reason=self.problem), "bold")),
                    id="summary-problem",
                )
            with Horizontal(id="summary-main"):
                with VerticalScroll(id="summary-scores"):
                    if self.view.total is not None:
                        yield ScoreBars(self.view.skills, total=self.view.total, id="summary-bars")
                    else:
                        yield Static(t("summary.none"))
                with VerticalScroll(id="summary-moments"):
                    yield Static(self._moments(), id="summary-worst")
                    yield Static(self._next(), id="summary-next")
            yield Static(Text(t("summary.keys"), style="#808080"), id="summary-hint")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#summary-scores").border_title = t("feedback.skills")
        self.query_one("#summary-moments").border_title = t("summary.worst")

    def _head(self) -> Text:
        scenario = self.request.scenario.scenario
        text = Text.assemble((t("summary.title") + " · ", "bold"), (scenario.title, "bold"), "\n")
        if not self.view.turns:  # hung up before the first reply was judged: nothing to sum up or keep
            text.append(t("summary.no_turns"), "#a8a8a8")
            return text
        key = "summary.turns_one" if self.view.turns == 1 else "summary.turns"
        text.append(t(key, n=self.view.turns, duration=format_clock(self.view.duration)), "#a8a8a8")
        if self.view.total is not None:
            text.append("   ")
            text.append(f" {self.view.total}/100 ", "bold reverse " + score_style(self.view.total))
        if self.session_id is not None:
            text.append("   " + t("summary.saved", id=self.session_id), "#808080")
        return text

    def _moments(self) -> RenderableType:
        rows: list[tuple[Text, Text]] = []
        if not self.view.turns:
            return Text("–", "#808080")  # no reply judged: no check mark of praise
        if not self.view.worst and self.view.unsure:  # faults waived for unsure words: no praise
            rows.append((Text("?", "bold #d7af5f"), Text(t("summary.unsure_only"), "#d7af5f")))
        elif not self.view.worst:
            rows.append((Text("✓", "bold #87d75f"), Text(t("feedback.no_findings"), "#87d75f")))
        for number, (turn, f) in enumerate(self.view.worst, start=1):
            body = Text()
            body.append(finding_label(f.kind, f.evidence), "bold #ff5f5f" if f.severity == "major" else "bold #ffaf00")
            body.append("  " + t("summary.at", turn=turn, time=f.start), "#808080")
            message, tip = finding_text(f, self._judged_in(f), self.request.scenario.scenario.persona.name)
            body.append("\n" + message)
            if tip:
                body.append("\n→ " + tip, "#87d75f")
            rows.append((Text(f"{number}.", "bold"), body))
        return hanging(rows)

    def _judged_in(self, finding: Any) -> str | None:
        """The language the turn holding ``finding`` was judged in."""
        for result in self.results:
            if result is not None and any(f is finding for f in result.findings):
                return result.language
        return getattr(self.summary, "language", None)

    def _next(self) -> RenderableType:
        lines = self.view.practise
        if not self.view.turns:
            return Text("")  # nothing judged, nothing to advise
        if not lines:
            # "Als Nächstes üben • Nichts zu beanstanden" read oddly: said as a coach would say it;
            # after a demo the app spoke the replies, so there is nobody to praise
            if self.view.unsure and not self.request.demo:
                return Text("\n" + t("summary.next_unsure"), "#d7af5f")
            return Text("\n" + t("summary.next_demo" if self.request.demo else "summary.next_nothing"), "#87d75f")
        return hanging(
            [(Text("•", "bold #87afd7"), Text(line)) for line in lines], Text("\n" + t("summary.next"), "bold #87afd7")
        )

    def action_library(self) -> None:
        self.app.pop_screen()

    def action_again(self) -> None:
        self.post_message(CallAgain(CallRequest(self.request.scenario, demo=self.request.demo, echo=self.request.echo)))

    def action_progress(self) -> None:
        self.app.pop_screen()
        self.app.action_progress()
