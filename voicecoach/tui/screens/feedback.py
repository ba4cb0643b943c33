"""Feedback after a turn: what was said (words that matter marked), the findings on the
timeline, score per skill, tips. t retries the turn, l plays your reply with the customer's
audio (so the overlap is audible), Enter or n goes on.

"That was wrong": 1-9 select a finding (the numbers on the timeline), w marks the selected one as
wrong (again: unmarks). A marked finding stays listed as "marked wrong by you" and takes no
points: the score on the screen and in the history (when the turn is saved) leaves it out."""

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
from textual.widgets import Static

from voicecoach.adapters.audio_files import load_16k
from voicecoach.adapters.library import LoadedScenario
from voicecoach.core.disputes import disputable, rescore
from voicecoach.core.muted import counted
from voicecoach.core.result import Score, shown_severity
from voicecoach.i18n import cap_text, current_language, customer_label, finding_label, finding_text, label, span, t
from voicecoach.tui.base import Guarded, step_label, translate_bindings
from voicecoach.tui.messages import PlaybackDone
from voicecoach.tui.threads import background
from voicecoach.tui.widgets.keyfooter import KeyFooter
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

#: By :func:`~voicecoach.core.result.shown_severity`: a check mark only for praise; every other
#: info finding (a missed point the judge may have misheard, ...) is a note, never "good".
SEVERITY_ICON = {
    "major": ("▲", "bold #ff5f5f"),
    "minor": ("▲", "bold #ffaf00"),
    "good": ("✓", "bold #87d75f"),
    "note": ("ℹ", "#87afd7"),
}


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
    return [(number, finding) for number, _position, finding in numbered_positions(findings)]


def numbered_positions(findings: tuple[Any, ...]) -> list[tuple[str, int, Any]]:
    """As :func:`numbered_findings`, with each finding's position in ``findings`` (what the
    history stores a mark against)."""
    ordered = sorted(enumerate(findings), key=lambda item: (item[1].start, item[1].end, item[0]))
    out = []
    number = 0
    for position, finding in ordered:
        if finding.severity == "info":
            out.append(("", position, finding))
        else:
            number += 1
            out.append((str(number), position, finding))
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


class FeedbackScreen(Guarded, Screen[str]):
    """Dismissed with "next", "retry" or "hang_up"."""

    BINDINGS = [
        Binding("enter", "go_on", "key.next"),
        Binding("n", "go_on", show=False),
        Binding("t", "retry", "key.retry"),
        Binding("l", "listen", "key.listen"),
        Binding("h", "hang_up", "key.hangup"),
        Binding("w", "dispute", "key.dispute"),
        *(Binding(str(n), f"select({n})", show=False) for n in range(1, 10)),
        Binding("escape", "back", show=False),
        Binding("u", "app.toggle_language", show=False),  # Deutsch/English, as in the library
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
        #: Positions (in ``result.findings``) the trainee marked as wrong.
        self.disputed: set[int] = set()
        numbered = [position for number, position, _f in numbered_positions(self.result.findings) if number]
        #: The finding ``w`` acts on (a position in ``result.findings``), None when there is none.
        self.selected: int | None = numbered[0] if numbered else None

    def compose(self) -> ComposeResult:
        yield TitleBar("feedback.title")
        with Vertical(id="feedback"):
            yield Static(self._title(), id="feedback-title")
            with Vertical(id="feedback-timeline-box"):
                yield Timeline(timeline_for(self.result), persona=self._persona(), id="feedback-timeline")
            with Horizontal(id="feedback-main"):
                with VerticalScroll(id="feedback-left"):
                    yield Static(self._transcript(), id="feedback-transcript")
                    yield Static(legend(), id="feedback-legend")
                    yield Static(self._findings(), id="feedback-findings")
                with VerticalScroll(id="feedback-right"):
                    yield ScoreBars(dict(self.score().skills), id="feedback-skills")
                    yield Static(self._cap() or "", id="feedback-cap")
                    yield Static(self._tips(), id="feedback-tips")
            yield Static(Text(self._hint(), style="#808080"), id="feedback-hint")
        yield KeyFooter()

    def _hint(self) -> str:
        if self.file_mode:
            return t("feedback.keys_file") if self.last else t("feedback.keys_review")
        return t("feedback.keys_last") if self.last else t("feedback.keys")  # one Enter, one meaning

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("dispute", "select") and not self._numbers():
            return False  # nothing that takes points off: no "That's wrong" in the footer
        return not (self.file_mode and action in ("retry", "hang_up"))

    def on_mount(self) -> None:
        self.disputed = self._stored_disputes()
        if self.disputed:
            self._refresh_findings()
        self._border_titles()
        self.query_one("#feedback-skills").display = counted(self.result)  # a muted turn has no score
        self._show_cap()

    def _border_titles(self) -> None:
        self.query_one(
            "#feedback-timeline-box"
        ).border_title = f"{customer_label(*self._persona())} / {t('call.lane.you')}"
        self.query_one("#feedback-left").border_title = t("call.transcript")
        self.query_one("#feedback-right").border_title = t("feedback.skills")

    def relabel(self) -> None:
        """After a language switch: every text of the screen in the new language, the findings'
        messages and tips included (:func:`voicecoach.i18n.finding_text`); marks and the
        selected finding stay."""
        self.query_one("#feedback-title", Static).update(self._title())
        self.query_one("#feedback-transcript", Static).update(self._transcript())
        self.query_one("#feedback-legend", Static).update(legend())
        self.query_one("#feedback-hint", Static).update(Text(self._hint(), style="#808080"))
        self._refresh_findings()
        self._border_titles()
        self.query_one("#feedback-timeline", Timeline).refresh()
        self.query_one("#feedback-skills", ScoreBars).refresh()
        self._show_cap()

    def _persona(self) -> tuple[str | None, str | None]:
        """(gender, name) of the customer, (None, None) without a scenario."""
        if self.scenario is None:
            return None, None
        persona = self.scenario.scenario.persona
        return persona.form_gender, persona.name

    def _said(self, finding: Any) -> tuple[str, str]:
        """The finding's message and tip in the UI language."""
        return finding_text(finding, self.result.language, self._persona()[1])

    # -- content ----------------------------------------------------------------------------

    def _step(self) -> Any:
        if self.scenario is None:
            return None
        scenario = self.scenario.scenario
        turn_id = self.result.turn_id
        if turn_id is None or turn_id not in scenario.turn_ids:
            return None
        return scenario.step(turn_id)

    def score(self) -> Score:
        """The turn's score without the findings marked as wrong."""
        if not self.disputed:
            return self.result.score
        return rescore(self.result.findings, self.disputed, self.result.score.weights or None)

    def _cap(self) -> Text | None:
        """Why the total is below the skills' mean (a major fault caps it), None when it is not."""
        kept = [f for position, f in enumerate(self.result.findings) if position not in self.disputed]
        said = cap_text(kept, self.score(), current_language())
        return Text(f"{t('summary.total')} {said}", "italic #808080") if said and counted(self.result) else None

    def _show_cap(self) -> None:
        """The cap's line under the skills, hidden when there is none (no empty row)."""
        capped = self._cap()
        line = self.query_one("#feedback-cap", Static)
        line.update(capped or "")
        line.display = capped is not None

    def _step_label(self) -> str:
        """ "Schritt 3 · Antwort 2": the step by its number in the scenario file, and the reply of the call."""
        scenario = self.scenario.scenario if self.scenario is not None else None
        return step_label(scenario, self.result.turn_id, self.judged.number, self.judged.attempt)

    def _title(self) -> Text:
        if not counted(self.result):  # the microphone was muted: no score, said as such
            return Text.assemble(
                (t("feedback.title") + " · ", "bold"),
                (self._step_label(), "bold"),
                "   ",
                (f" ✕ {t('call.muted')} · {t('feedback.not_scored')} ", "bold reverse #ff5f5f"),
            )
        total = self.score().total
        return Text.assemble(
            (t("feedback.title") + " · ", "bold"),
            (self._step_label(), "bold"),
            "   ",
            (f" {t('feedback.score', score=total)} ", "bold reverse " + score_style(total)),
        )

    def _transcript(self) -> Text:
        turn = self.result.turn
        step = self._step()
        facts_before: dict[str, Any] = {}
        customer_name = customer_label(*self._persona())
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
        items = numbered_positions(self.result.findings)
        if not any(f.severity != "info" for _n, _p, f in items):
            rows.append(self._all_clear())
        for number, position, finding in items:
            shown_as = shown_severity(finding.kind, finding.severity)
            icon, style = SEVERITY_ICON.get(shown_as, ("•", ""))
            marked = position in self.disputed
            body = Text()
            body.append(finding_label(finding.kind, finding.evidence), "bold strike #808080" if marked else "bold")
            body.append(f"  {span(finding.start, finding.end)}", "#808080")
            if shown_as in ("good", "note"):  # no points off: say what it is
                body.append(f"  {t('feedback.severity.' + shown_as)}", style)
            if finding.penalty:
                body.append(
                    f"  −{finding.penalty:g} {label('skill', finding.skill)}", "strike #808080" if marked else "#808080"
                )
            if marked:
                body.append("  ✗ " + t("feedback.disputed"), "bold #d7af5f")
            body.append("\n" + self._said(finding)[0], "#808080" if marked else "")
            pointer = "› " if position == self.selected and number else ""
            rows.append((Text(f"{pointer}{number} {icon}".strip(), "#808080" if marked else style), body))
        if self.selected is not None:
            rows.append((Text(""), Text(t("feedback.dispute_hint"), "italic #808080")))
        return hanging(rows, Text(t("feedback.findings"), "bold #87afd7"))

    def _all_clear(self) -> tuple[Text, Text]:
        """The line for a reply with no points off: "well done", unless a finding was waived
        because Whisper was unsure of its words; then no praise, but a pointer to the notes
        (a tmux try: "Beruhigen Sie sich bitte. Wie ist Ihre Bestellnummer?" heard with unsure
        words said "Nichts zu beanstanden – gut gemacht" above three such notes)."""
        if any("misheard" in f.evidence for f in self.result.findings):
            return Text("?", "bold #d7af5f"), Text(t("feedback.unsure_only"), "#d7af5f")
        return Text("✓", "bold #87d75f"), Text(t("feedback.no_findings"), "#87d75f")

    def _tips(self) -> RenderableType:
        tips: list[str] = []
        kept = [f for position, f in enumerate(self.result.findings) if position not in self.disputed]
        for finding in sorted(kept, key=lambda f: -f.penalty):
            tip = self._said(finding)[1]
            if tip and tip not in tips and finding.severity != "info":
                tips.append(tip)
        rows = [(Text("→", "bold #87d75f"), Text(tip)) for tip in tips[:4]]
        if not rows:
            rows = [self._all_clear()]
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

    # -- "that was wrong" -------------------------------------------------------------------

    def _stored_disputes(self) -> set[int]:
        """The marks the history already holds for this turn (reviewing a past session)."""
        stored = getattr(self.judged, "stored", None)
        opener = self.app.adapters.store
        if stored is None or opener is None:
            return set()
        try:
            store = opener()
            try:
                turns = store.session(stored[0]).turns
            finally:
                store.close()
        except Exception:  # noqa: BLE001 - without the history the screen still shows the verdict
            return set()
        return set(next((turn.disputed for turn in turns if turn.index == stored[1]), ()))

    def action_select(self, number: int) -> None:
        """Select the finding with this number (as on the timeline)."""
        numbered = self._numbers()
        for shown, position, _finding in numbered:
            if shown == str(number):
                self.selected = position
                self._refresh_findings()
                return
        # no such number: said, and nothing stays selected, so "w" cannot act on an earlier choice
        self.selected = None
        self._refresh_findings()
        if numbered:
            self.notify(t("feedback.no_such_finding", number=number, last=numbered[-1][0]), severity="warning")
        else:
            self.notify(t("feedback.nothing_to_dispute"), severity="warning")

    def _numbers(self) -> list[tuple[str, int, Any]]:
        """The numbered findings (info findings have no number)."""
        return [item for item in numbered_positions(self.result.findings) if item[0]]

    def action_dispute(self) -> None:
        """Mark the selected finding as wrong, or unmark it; the score follows, and the history
        keeps the mark when the turn is saved there."""
        if self.selected is None and self._numbers():
            self.notify(t("feedback.choose_first", last=self._numbers()[-1][0]), severity="warning")
            return
        if self.selected is None or not disputable(self.result.findings[self.selected]):
            self.notify(t("feedback.nothing_to_dispute"), severity="warning")
            return
        position = self.selected
        marked = position not in self.disputed
        stored = getattr(self.judged, "stored", None)
        opener = self.app.adapters.store
        if stored is not None and opener is not None:
            try:
                store = opener()
                try:
                    store.set_disputed(stored[0], stored[1], position, marked)
                finally:
                    store.close()
            except Exception as error:  # noqa: BLE001 - one line, the screen stays as it was
                self.notify(t("feedback.dispute_failed", error=str(error)), severity="error", timeout=8)
                return
        if marked:
            self.disputed.add(position)
        else:
            self.disputed.discard(position)
        self._refresh_findings()
        message = t("feedback.disputed_now" if marked else "feedback.undisputed_now")
        if marked and stored is None:
            message += " " + t("feedback.dispute_not_saved")
        self.notify(message, timeout=4)

    def _refresh_findings(self) -> None:
        self.query_one("#feedback-findings", Static).update(self._findings())
        self.query_one("#feedback-title", Static).update(self._title())
        self.query_one("#feedback-tips", Static).update(self._tips())
        bars = self.query_one("#feedback-skills", ScoreBars)
        bars.scores = dict(self.score().skills)
        bars.refresh()
        self._show_cap()

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
