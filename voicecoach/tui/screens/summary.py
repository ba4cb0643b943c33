"""The end of the call: total and per-skill score, the worst moments, what to practise next."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from voicecoach.i18n import label, t
from voicecoach.tui.widgets.titlebar import TitleBar
from voicecoach.tui.app import CallRequest, translate_bindings
from voicecoach.tui.screens.call import format_clock
from voicecoach.tui.widgets.meters import ScoreBars, score_style


@dataclass(frozen=True)
class Moment:
    turn: int
    finding: Any


@dataclass(frozen=True)
class SummaryView:
    """What the summary screen shows, from the judge's CallSummary or, lacking it, the results."""

    total: int | None
    skills: dict[str, float]
    worst: list[Moment]
    practise: list[str]
    duration: float
    turns: int


def summary_view(summary: Any, results: tuple[Any, ...]) -> SummaryView:
    judged = [r for r in results if r is not None]
    duration = sum(r.turn.duration for r in judged)
    moments = [
        Moment(number, finding)
        for number, result in enumerate(judged, start=1)
        for finding in result.findings
        if finding.severity != "info"
    ]
    moments.sort(key=lambda m: (-m.finding.penalty, {"major": 0, "minor": 1}.get(m.finding.severity, 2), m.turn))
    total = getattr(summary, "total", None) if summary is not None else None
    skills = getattr(summary, "skills", None) if summary is not None else None
    if total is None and judged:
        total = round(sum(r.score.total for r in judged) / len(judged))
    if not skills and judged:
        names = list(judged[0].score.skills)
        skills = {name: sum(r.score.skills.get(name, 0) for r in judged) / len(judged) for name in names}
    practise = _practise(summary, moments, skills or {})
    return SummaryView(
        total=None if total is None else int(round(total)),
        skills=dict(skills or {}),
        worst=moments[:3],
        practise=practise,
        duration=duration,
        turns=len(judged),
    )


def _practise(summary: Any, moments: list[Moment], skills: dict[str, float]) -> list[str]:
    """What to practise next: the judge's advice when it has some, else the weakest skill and
    the tip of the most frequent problem."""
    for name in ("practise_next", "practice_next", "next_steps", "advice"):
        value = getattr(summary, name, None) if summary is not None else None
        if value:
            return [value] if isinstance(value, str) else [str(v) for v in value]
    out: list[str] = []
    if skills:
        weakest = min(skills, key=lambda s: (skills[s], s))
        if skills[weakest] < 90:
            out.append(f"{label('skill', weakest)} ({skills[weakest]:.0f})")
    if moments:
        kind, _count = Counter(m.finding.kind for m in moments).most_common(1)[0]
        tip = next(m.finding.tip for m in moments if m.finding.kind == kind)
        out.append(f"{label('kind', kind)}: {tip}")
    return out


class SummaryScreen(Screen[None]):
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
                yield Static(Text.assemble(("⚠ ", "bold #ff5f5f"), (t("audio.failed_mid_call", reason=self.problem), "bold")), id="summary-problem")
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
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#summary-scores").border_title = t("feedback.skills")
        self.query_one("#summary-moments").border_title = t("summary.worst")

    def _head(self) -> Text:
        scenario = self.request.scenario.scenario
        text = Text.assemble((t("summary.title") + " · ", "bold"), (scenario.title, "bold"), "\n")
        text.append(t("summary.turns", n=self.view.turns, duration=format_clock(self.view.duration)), "#a8a8a8")
        if self.view.total is not None:
            text.append("   ")
            text.append(f" {self.view.total}/100 ", "bold reverse " + score_style(self.view.total))
        if self.session_id is not None:
            text.append("   " + t("summary.saved", id=self.session_id), "#808080")
        return text

    def _moments(self) -> Text:
        text = Text()
        if not self.view.worst:
            text.append(t("feedback.no_findings") + "\n", "#87d75f")
        for number, moment in enumerate(self.view.worst, start=1):
            f = moment.finding
            text.append(f"{number}. ", "bold")
            text.append(label("kind", f.kind), "bold #ff5f5f" if f.severity == "major" else "bold #ffaf00")
            text.append("  " + t("summary.at", turn=moment.turn, time=f"{f.start:.1f} s") + "\n", "#808080")
            text.append("   " + f.message + "\n")
            if f.tip:
                text.append("   → " + f.tip + "\n", "#87d75f")
        return text

    def _next(self) -> Text:
        text = Text()
        text.append("\n" + t("summary.next") + "\n", "bold #87afd7")
        for line in self.view.practise or [t("feedback.no_findings")]:
            text.append("• " + line + "\n")
        return text

    def action_library(self) -> None:
        self.app.pop_screen()

    def action_again(self) -> None:
        from voicecoach.tui.screens.call import CallScreen

        self.app.switch_screen(CallScreen(CallRequest(self.request.scenario, demo=self.request.demo)))

    def action_progress(self) -> None:
        self.app.pop_screen()
        self.app.action_progress()
