"""Progress over weeks (``Store.progress()``): a sparkline per skill, the findings that recur,
best and weakest scenarios, what to practise next, and the history of sessions. ``a`` switches to
the real calls of each agent that ``voicecoach batch`` stored (issue 14), and back to practice."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Static

from voicecoach.core.errors import one_line
from voicecoach.core.scenario import SKILLS
from voicecoach.core.words.cli import date_time
from voicecoach.i18n import current_language, label, t
from voicecoach.live.events import TurnJudged
from voicecoach.report import is_demo
from voicecoach.tui.base import Guarded, translate_bindings
from voicecoach.tui.messages import ProgressLoaded, SessionLoaded
from voicecoach.tui.screens.feedback import FeedbackScreen
from voicecoach.tui.widgets.keyfooter import KeyFooter
from voicecoach.tui.widgets.meters import score_style
from voicecoach.tui.widgets.titlebar import TitleBar

BLOCKS = "▁▂▃▄▅▆▇█"


def local_time(iso: str) -> str:
    """A stored UTC time as the user's local time in the UI language: "01.12.2026 14:05" in
    German, "2026-12-01 14:05" in English."""
    try:
        return date_time(datetime.fromisoformat(iso).astimezone(), current_language())
    except ValueError:
        return iso[:16].replace("T", " ")


def sparkline(values: list[float], width: int = 24) -> Text:
    """Scores 0..100 as block characters, on a fixed scale (so 'up' means better, not 'more')."""
    values = values[-width:]
    text = Text()
    for value in values:
        value = max(0.0, min(100.0, value))
        text.append(BLOCKS[min(len(BLOCKS) - 1, int(value / 100 * len(BLOCKS)))], score_style(value))
    return text


def trend_row(name: str, values: list[float], width: int = 24) -> Text:
    text = Text(f"{name:<12}", style="bold")
    text.append_text(sparkline(values, width))
    text.append(" " * max(1, width - min(width, len(values)) + 1))
    if values:
        last = values[-1]
        text.append(f"{last:3.0f}", "bold " + score_style(last))
        if len(values) > 1:
            delta = last - values[-2]
            arrow = "▲" if delta > 0.5 else ("▼" if delta < -0.5 else "▶")
            style = "#87d75f" if delta > 0.5 else ("#ff5f5f" if delta < -0.5 else "#808080")
            text.append(f" {arrow}{abs(delta):.0f}", style)
    return text


class ProgressScreen(Guarded, Screen[None]):
    BINDINGS = [
        Binding("escape", "back", "key.back"),
        Binding("q", "back", show=False),
        Binding("a", "next_view", "key.real_calls"),
    ]

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self)
        self.scenarios: list[Any] = []
        #: None: the trainee's own practice; a name: that agent's real calls.
        self.agent: str | None = None
        self.agents: list[tuple[str, int]] = []

    def compose(self) -> ComposeResult:
        yield TitleBar("progress.title")
        with Vertical(id="progress"):
            yield Static(self._title(), id="progress-title")
            with Horizontal(id="progress-top"):
                yield Static(id="trends")
                with VerticalScroll(id="progress-side"):
                    yield Static(id="recurring")
            yield DataTable(id="history", cursor_type="row", zebra_stripes=True)
            yield Static(Text(t("progress.hint"), style="#808080"), id="progress-hint")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#trends").border_title = t("progress.trends")
        self.query_one("#progress-side").border_title = t("progress.recurring")
        self.query_one("#history").border_title = t("progress.history")
        table = self.query_one("#history", DataTable)
        table.add_columns(
            t("progress.col.date"), t("progress.col.scenario"), t("progress.col.score"), t("progress.col.turns")
        )
        try:
            self.scenarios = list(self.app.adapters.library()[0])
        except Exception as error:  # noqa: BLE001 - only used to mark words when reviewing; reviews work without
            self.scenarios = []
            self.notify(t("progress.no_library", reason=one_line(error)), severity="warning")
        table.focus()  # the hint's "Enter: Sitzung … ansehen" works at once, without Tab first
        self.load()

    @work(thread=True, exclusive=True, group="progress", exit_on_error=False)
    def load(self) -> None:
        """Read the history in a thread (SQLite connections stay in the thread that opened them)."""
        opener = self.app.adapters.store
        if opener is None:
            self.post_message(ProgressLoaded(error="-"))
            return
        try:
            store = opener()
            try:
                kind = "practice" if self.agent is None else "call"
                progress, sessions = store.progress(kind, self.agent), store.sessions(kind, self.agent)
                agents = store.agents()
            finally:
                close = getattr(store, "close", None)
                if close is not None:
                    close()
        except Exception as error:  # noqa: BLE001 - a damaged history is one line, not a crash
            self.post_message(ProgressLoaded(error=str(error)))
            return
        self.post_message(ProgressLoaded(progress, sessions, agents=agents))

    @on(SessionLoaded)
    def _session_loaded(self, message: SessionLoaded) -> None:
        if message.error is not None:
            self.notify(message.error, severity="warning")
        elif not message.record.turns:
            self.notify(t("summary.none"))
        else:
            self.review(message.record)

    @on(ProgressLoaded)
    def _loaded(self, message: ProgressLoaded) -> None:
        if message.error is not None:
            self.query_one("#trends", Static).update(
                Text.assemble(("⚠ ", "bold #ffaf00"), t("progress.unavailable", reason=message.error))
            )
            return
        self.agents = list(message.agents or [])
        self.query_one("#progress-title", Static).update(self._title())
        self.show(message.progress, message.sessions)

    def _title(self) -> Text:
        if self.agent is None:
            return Text(t("progress.title"), style="bold")
        calls = dict(self.agents).get(self.agent, 0)
        return Text(t("progress.agent_title", agent=self.agent, n=calls), style="bold")

    def action_next_view(self) -> None:
        """Practice -> each agent's real calls (by name) -> practice again."""
        if not self.agents:
            self.notify(t("progress.no_real_calls"))
            return
        names = [None, *(name for name, _calls in self.agents)]
        position = names.index(self.agent) if self.agent in names else 0
        self.agent = names[(position + 1) % len(names)]
        self.query_one("#progress-title", Static).update(self._title())
        self.load()

    def show(self, progress: Any, sessions: list[Any]) -> None:
        trends = self.query_one("#trends", Static)
        if not progress.totals:
            if self.agent is None and progress.demo_sessions:  # demo calls are kept out of progress: say so
                empty = t("progress.demo_only", n=progress.demo_sessions)
            else:
                empty = t("progress.empty" if self.agent is None else "progress.agent_empty")
            trends.update(Text(empty, style="italic"))
        else:
            rows = [trend_row(t("summary.total"), [v for *_x, v in progress.totals])]
            order = {skill: index for index, skill in enumerate(SKILLS)}
            for skill, points in sorted(progress.trends.items(), key=lambda item: (order.get(item[0], 99), item[0])):
                rows.append(trend_row(label("skill", skill), [v for *_x, v in points]))
            trends.update(Text("\n").join(rows))
        self.query_one("#recurring", Static).update(self._side(progress))
        table = self.query_one("#history", DataTable)
        table.clear()
        for session in sessions:
            score = session.score
            title = Text(self._scenario_title(session.scenario_id, session.title))
            if is_demo(session):  # the app spoke the replies: listed, marked, kept out of the trends
                title.append(f" ({t('progress.demo')})", style="italic #808080")
            table.add_row(
                local_time(session.started),
                title,
                Text("—" if score is None else f"{score:.0f}", style=score_style(score) if score is not None else ""),
                str(session.turns),
                key=str(session.id),
            )

    def _side(self, progress: Any) -> Text:
        text = Text()
        if not progress.recurring:
            # "well done" only for practice that was judged: not for none, nor for demo calls
            text.append(t("feedback.no_findings" if progress.totals else "progress.no_practice_yet") + "\n", "#808080")
        for kind, times, sessions in progress.recurring[:5]:
            text.append(f"{t('progress.times', n=times):>4} ", "bold #ffaf00")
            text.append(label("kind", kind))
            text.append(f"  ({sessions})\n", "#808080")
        if self.agent is not None:  # real calls: no scenarios to rank, nothing to call again
            return text
        if progress.best is not None:
            text.append("\n" + t("progress.best") + "\n", "bold #87afd7")
            text.append(f"{progress.best.title}  ", "")
            text.append(f"{progress.best.average:.0f}\n", score_style(progress.best.average))
        if progress.worst is not None:
            text.append(t("progress.worst") + "\n", "bold #87afd7")
            text.append(f"{progress.worst.title}  ", "")
            text.append(f"{progress.worst.average:.0f}\n", score_style(progress.worst.average))
        suggestion = progress.suggestion
        if suggestion is not None:
            text.append("\n" + t("progress.next") + "\n", "bold #87afd7")
            if suggestion.skill:
                text.append(f"• {t('progress.next_skill', skill=label('skill', suggestion.skill))}\n")
            if suggestion.finding_kind:
                text.append(f"• {t('progress.next_kind', kind=label('kind', suggestion.finding_kind))}\n")
            if suggestion.scenario_title:
                text.append(f"• {t('progress.next_scenario', title=suggestion.scenario_title)}\n")
        return text

    def action_back(self) -> None:
        self.app.pop_screen()

    def _scenario_title(self, scenario_id: str | None, stored: str | None) -> str:
        """A session's scenario as the trainee knows it: its stored title, else the library's
        title for it; "–" when neither is known (never the scenario's internal id)."""
        found = next((i.scenario.title for i in self.scenarios if i.scenario.id == scenario_id), None)
        return stored or found or "–"

    # -- reviewing a past session: its turns one after another in the feedback screen ---------

    @on(DataTable.RowSelected, "#history")
    def _session_chosen(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.load_session(int(event.row_key.value))

    @work(thread=True, exclusive=True, group="session", exit_on_error=False)
    def load_session(self, session_id: int) -> None:
        opener = self.app.adapters.store
        if opener is None:
            return
        try:
            store = opener()
            try:
                record = store.session(session_id)
            finally:
                store.close()
        except Exception as error:  # noqa: BLE001 - one line, not a crash
            self.post_message(SessionLoaded(error=str(error)))
            return
        self.post_message(SessionLoaded(record))

    def review(self, record: Any, position: int = 0) -> None:
        turns = record.turns
        if position >= len(turns):
            return
        turn = turns[position]
        audio = {side: rec.path for side, rec in turn.recordings.items() if rec.available}
        judged = TurnJudged(
            turn.result(), audio.get("customer"), audio.get("trainee"), position + 1, stored=(record.id, turn.index)
        )
        item = next((i for i in self.scenarios if i.scenario.id == record.summary.scenario_id), None)
        self.app.push_screen(
            FeedbackScreen(item, judged, last=position == len(turns) - 1, file_mode=True),
            lambda choice: None if choice == "back" else self.review(record, position + 1),
        )
