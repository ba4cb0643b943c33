"""The end of the call: total and per-skill score, the worst moments, what to practise next."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from rich.console import RenderableType
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from voicecoach.i18n import label, t
from voicecoach.tui.base import CallRequest, Guarded, format_clock, translate_bindings
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
    #: (turn number, finding), worst first
    worst: list[tuple[int, Any]]
    practise: list[str]
    duration: float
    turns: int


def summary_view(summary: Any, results: tuple[Any, ...]) -> SummaryView:
    judged = [r for r in results if r is not None]
    duration = sum(r.turn.duration for r in judged)
    if summary is not None and getattr(summary, "turns", 0):
        return SummaryView(
            total=int(summary.total),
            skills=dict(summary.skills),
            worst=[(moment.number, moment.finding) for moment in summary.worst],
            practise=list(summary.practise_next),
            duration=duration,
            turns=len(judged) or summary.turns,
        )
    moments = [
        (number, finding)
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
        tip = next(f.tip for _n, f in moments if f.kind == kind)
        practise.append(f"{label('kind', kind)}: {tip}")
    return SummaryView(total, skills, moments[:3], practise, duration, len(judged))


class SummaryScreen(Guarded, Screen[None]):
    BINDINGS = [
        Binding("enter", "library", "key.back"),
        Binding("escape", "library", show=False),
        Binding("a", "again", "summary.again"),
        Binding("p", "progress", "key.progress"),
    ]

    def __init__(
        self,
        request: CallRequest,
        summary: Any,
        results: tuple[Any, ...],
        *,
        reason: str = "finished",
        session_id: Any = None,
        problem: str | None = None,
    ) -> None:
        super().__init__()
        translate_bindings(self)
        self.request = request
        self.summary = summary
        self.results = results
        self.reason = reason
        self.session_id = session_id
        self.problem = problem
        self.view = summary_view(summary, results)

    def compose(self) -> ComposeResult:
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
        if not self.view.worst:
            rows.append((Text("✓", "bold #87d75f"), Text(t("feedback.no_findings"), "#87d75f")))
        for number, (turn, f) in enumerate(self.view.worst, start=1):
            body = Text()
            body.append(label("kind", f.kind), "bold #ff5f5f" if f.severity == "major" else "bold #ffaf00")
            body.append("  " + t("summary.at", turn=turn, time=f.start), "#808080")
            body.append("\n" + f.message)
            if f.tip:
                body.append("\n→ " + f.tip, "#87d75f")
            rows.append((Text(f"{number}.", "bold"), body))
        return hanging(rows)

    def _next(self) -> RenderableType:
        lines = self.view.practise or [t("feedback.no_findings")]
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
