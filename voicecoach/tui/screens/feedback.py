"""Feedback after a turn: what was said (words that matter marked), the findings on the
timeline, score per skill, tips. t retries the turn, l plays your reply with the customer's
audio (so the overlap is audible), Enter or n goes on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from rich.console import Group, RenderableType
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from voicecoach.adapters.audio_files import load_16k
from voicecoach.adapters.library import LoadedScenario
from voicecoach.i18n import label, t
from voicecoach.tui.base import translate_bindings
from voicecoach.tui.messages import PlaybackDone
from voicecoach.tui.threads import background
from voicecoach.tui.widgets.lists import hanging
from voicecoach.tui.widgets.marked import (
    AVOID,
    FILLER,
    KEY,
    OVERLAP_STYLE,
    REASK,
    STYLES,
    phrases_from_findings,
    phrases_from_step,
    render_marked,
)
from voicecoach.tui.widgets.meters import ScoreBars, score_style
from voicecoach.tui.widgets.timeline import Marker, Timeline, TimelineData
from voicecoach.tui.widgets.titlebar import TitleBar

SEVERITY_ICON = {"major": ("▲", "bold #ff5f5f"), "minor": ("▲", "bold #ffaf00"), "info": ("✓", "#87afd7")}


def legend() -> Text:
    """What the marks in the transcript mean, in the marks' own styles."""
    text = Text(t("feedback.legend") + " ", style="#808080")
    for index, (category, key) in enumerate(((KEY, "key"), (REASK, "reask"), (FILLER, "filler"), (AVOID, "avoid"))):
        if index:
            text.append(" · ", "#808080")
        text.append(t(f"feedback.legend.{key}"), STYLES[category])
    text.append(" · ", "#808080")
    text.append(t("feedback.legend.overlap"), OVERLAP_STYLE)
    return text


def numbered_findings(findings: tuple[Any, ...]) -> list[tuple[str, Any]]:
    """Findings in time order with the number shown on the timeline (info findings get none)."""
    ordered = sorted(findings, key=lambda f: (f.start, f.end))
    out = []
    number = 0
    for finding in ordered:
        if finding.severity == "info":
            out.append(("", finding))
        else:
            number += 1
            out.append((str(number), finding))
    return out


def timeline_for(result: Any) -> TimelineData:
    turn = result.turn
    markers = tuple(
        Marker(f.start, f.end, number, f.severity) for number, f in numbered_findings(result.findings) if number
    )
    return TimelineData(
        customer=tuple((s.start, s.end) for s in turn.customer.speech),
        trainee=tuple((s.start, s.end) for s in turn.trainee.speech),
        now=None,
        min_window=max(5.0, turn.duration),
        markers=markers,
        line_end=turn.line_end,
    )


class FeedbackScreen(Screen[str]):
    """Dismissed with "next", "retry" or "hang_up"."""

    BINDINGS = [
        Binding("enter", "go_on", "key.next"),
        Binding("n", "go_on", show=False),
        Binding("t", "retry", "key.retry"),
        Binding("l", "listen", "key.listen"),
        Binding("h", "hang_up", "key.hangup"),
        Binding("escape", "back", show=False),
    ]

    def __init__(
        self, scenario: LoadedScenario | None, judged: Any, *, last: bool = False, file_mode: bool = False
    ) -> None:
        super().__init__()
        translate_bindings(self)
        self.scenario = scenario
        self.judged = judged
        self.result = judged.result
        self.last = last
        self.file_mode = file_mode
        self.playing = False

    def compose(self) -> ComposeResult:
        yield TitleBar("feedback.title")
        with Vertical(id="feedback"):
            yield Static(self._title(), id="feedback-title")
            with Vertical(id="feedback-timeline-box"):
                yield Timeline(timeline_for(self.result), id="feedback-timeline")
            with Horizontal(id="feedback-main"):
                with VerticalScroll(id="feedback-left"):
                    yield Static(self._transcript(), id="feedback-transcript")
                    yield Static(legend(), id="feedback-legend")
                    yield Static(self._findings(), id="feedback-findings")
                with VerticalScroll(id="feedback-right"):
                    yield ScoreBars(dict(self.result.score.skills), id="feedback-skills")
                    yield Static(self._tips(), id="feedback-tips")
            yield Static(Text(self._hint(), style="#808080"), id="feedback-hint")
        yield Footer()

    def _hint(self) -> str:
        if self.file_mode:
            return t("feedback.keys_file") if self.last else t("feedback.keys_review")
        return t("feedback.keys") + (" · " + t("feedback.last") if self.last else "")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not (self.file_mode and action in ("retry", "hang_up"))

    def on_mount(self) -> None:
        self.query_one("#feedback-timeline-box").border_title = f"{t('call.lane.customer')} / {t('call.lane.you')}"
        self.query_one("#feedback-left").border_title = t("call.transcript")
        self.query_one("#feedback-right").border_title = t("feedback.skills")

    # -- content ----------------------------------------------------------------------------

    def _step(self) -> Any:
        if self.scenario is None:
            return None
        scenario = self.scenario.scenario
        turn_id = self.result.turn_id
        if turn_id is None or turn_id not in scenario.turn_ids:
            return None
        return scenario.step(turn_id)

    def _title(self) -> Text:
        total = self.result.score.total
        return Text.assemble(
            (t("feedback.title") + " · ", "bold"),
            (t("call.turn", n=self.judged.number), "bold"),
            "   ",
            (f" {t('feedback.score', score=total)} ", "bold reverse " + score_style(total)),
        )

    def _transcript(self) -> Text:
        turn = self.result.turn
        step = self._step()
        facts_before: dict[str, Any] = {}
        customer_name = t("call.lane.customer")
        if self.scenario is not None:
            scenario = self.scenario.scenario
            customer_name = scenario.persona.name
        if step is not None:
            index = scenario.turns.index(step)
            for earlier in scenario.turns[: index + 1]:
                facts_before.update(earlier.facts)
        phrases = phrases_from_step(step, facts_before)
        for category, words in phrases_from_findings(self.result.findings).items():
            phrases.setdefault(category, set()).update(words)
        overlaps = []
        for c in turn.customer.speech:
            for tr in turn.trainee.speech:
                start, end = max(c.start, tr.start), min(c.end, tr.end)
                if end > start:
                    overlaps.append((start, end))
        text = Text()
        text.append(f"{customer_name}: ", "bold #5fafff")
        text.append((turn.customer.text or (step.say if step is not None else "")) + "\n\n")
        text.append(f"{t('call.lane.you')}: ", "bold #87d75f")
        if turn.trainee.words:
            text.append_text(render_marked(turn.trainee.words, phrases, overlaps))
        else:
            text.append(t("feedback.silent_reply"), "italic #808080")
        return text

    def _findings(self) -> RenderableType:
        rows: list[tuple[Text, Text]] = []
        items = numbered_findings(self.result.findings)
        if not any(f.severity != "info" for _n, f in items):
            rows.append((Text("✓", "bold #87d75f"), Text(t("feedback.no_findings"), "#87d75f")))
        for number, finding in items:
            icon, style = SEVERITY_ICON.get(finding.severity, ("•", ""))
            body = Text()
            body.append(label("kind", finding.kind), "bold")
            body.append(f"  {finding.start:.1f}–{finding.end:.1f} s", "#808080")
            if finding.penalty:
                body.append(f"  −{finding.penalty:g} {label('skill', finding.skill)}", "#808080")
            body.append("\n" + finding.message)
            rows.append((Text(f"{number} {icon}".strip(), style), body))
        return hanging(rows, Text(t("feedback.findings"), "bold #87afd7"))

    def _tips(self) -> RenderableType:
        tips: list[str] = []
        for finding in sorted(self.result.findings, key=lambda f: -f.penalty):
            if finding.tip and finding.tip not in tips and finding.severity != "info":
                tips.append(finding.tip)
        rows = [(Text("→", "bold #87d75f"), Text(tip)) for tip in tips[:4]]
        if not rows:
            rows = [(Text("✓", "bold #87d75f"), Text(t("feedback.no_findings"), "#87d75f"))]
        tips_text = hanging(rows, Text("\n" + t("feedback.tips"), "bold #87afd7"))
        example = self._example()
        if example is None:
            return tips_text
        # the trainer's model reply: one way to say it, for comparing with your own words
        heading = Text("\n" + t("feedback.example"), "bold #87afd7")
        return Group(tips_text, hanging([(Text("»", "bold #87afd7"), Text(example, "italic"))], heading))

    def _example(self) -> str | None:
        if self.scenario is None or self.result.turn_id not in self.scenario.scenario.turn_ids:
            return None
        return self.scenario.scenario.step(self.result.turn_id).example

    # -- keys -------------------------------------------------------------------------------

    def action_go_on(self) -> None:
        self._stop_listening()
        self.dismiss("next")

    def action_retry(self) -> None:
        self._stop_listening()
        self.dismiss("retry")

    def action_back(self) -> None:
        """Escape: in a call it hangs up; reviewing a file or a past session, it goes back."""
        self._stop_listening()
        self.dismiss("back" if self.file_mode else "hang_up")

    def action_hang_up(self) -> None:
        self._stop_listening()
        self.dismiss("hang_up")

    def action_listen(self) -> None:
        paths = [Path(p) for p in (self.judged.customer_audio, self.judged.trainee_audio) if p is not None]
        play = self.app.adapters.play_audio
        if not paths or play is None or not all(p.is_file() for p in paths):
            self.notify(t("feedback.no_audio"), severity="warning")
            return
        if self.playing:
            self._stop_listening()
            return
        self.playing = True
        self.notify(t("feedback.listening"), timeout=3)
        self._play(paths)

    @background("listen")
    def _play(self, paths: list[Path]) -> None:
        """Mix your reply and the customer's track on their common clock and play them."""
        try:
            tracks = [load_16k(path) for path in paths]
            mix = np.zeros(max(len(track) for track in tracks), np.float32)
            for track in tracks:
                mix[: len(track)] += track
            peak = float(np.max(np.abs(mix))) if len(mix) else 0.0
            if peak > 0.99:
                mix *= np.float32(0.99 / peak)
            self.app.adapters.play_audio(mix, 16_000)
        except Exception as error:  # noqa: BLE001 - playback trouble is a notice
            self.post_message(PlaybackDone(error=str(error)))
            return
        self.post_message(PlaybackDone())

    @on(PlaybackDone)
    def _work_done(self, message: PlaybackDone) -> None:
        self.playing = False
        if message.error:
            self.notify(message.error, severity="warning", timeout=6)

    def _stop_listening(self) -> None:
        if self.playing:
            self.playing = False
            self.app.adapters.stop_playback()
