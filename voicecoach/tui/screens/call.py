"""The call: the customer speaks, you answer, hands-free. Driven only by the engine's events.

The engine runs in a thread worker and calls ``on_event`` from there; each event is posted to
this screen as an :class:`~voicecoach.tui.messages.EngineEvent` and handled here on the UI
thread. Keys only steer the engine (repeat, mute, hang up); nothing waits on it.
"""

from __future__ import annotations

import logging
from typing import Any

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from voicecoach.core.errors import Said, UserError
from voicecoach.core.words.voices import persona_forms
from voicecoach.i18n import current_language, customer_label, label, t
from voicecoach.live import events as ev
from voicecoach.tui.base import (
    CallHandle,
    CallRequest,
    Guarded,
    failure_line,
    format_clock,
    step_label,
    translate_bindings,
)
from voicecoach.tui.messages import CallFailed, EngineEvent
from voicecoach.tui.screens.feedback import FeedbackScreen
from voicecoach.tui.screens.summary import SummaryScreen
from voicecoach.tui.threads import background
from voicecoach.tui.widgets.keyfooter import KeyFooter
from voicecoach.tui.widgets.meters import LevelMeter
from voicecoach.tui.widgets.timeline import Timeline, TimelineData
from voicecoach.tui.widgets.titlebar import TitleBar

log = logging.getLogger(__name__)

#: In a demo call the app speaks the replies: the states that ask the trainee to speak or say
#: that the trainee speaks say that the demo answers instead (``call.state.demo_*``).
DEMO_STATE_KEYS = {"your_turn": "call.state.demo_your_turn", "speaking": "call.state.demo_speaking"}

STATE_STYLE = {
    "connecting": ("◌", "#a8a8a8"),
    "next": ("◌", "#a8a8a8"),
    "customer": ("◀", "bold #5fafff"),
    "your_turn": ("▶", "bold #87d75f"),
    "speaking": ("●", "bold #87d75f"),
    "interrupted": ("‼", "bold reverse #ff5f5f"),
    "interjection": ("◀", "bold #ffaf00"),
    "listening": ("…", "#87afd7"),
    "judging": ("⧗", "#87afd7"),
    "unanswered": ("?", "bold #ffaf00"),
    "muted": ("✕", "bold #ff5f5f"),
    "ended": ("■", "#a8a8a8"),
    "problem": ("⚠", "bold #ff5f5f"),
}


class CallTranscript(Static):
    """What was said so far in the call, customer and you, with your words growing live."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lines: list[Text] = []
        self.partial: str = ""

    def add(self, who: str, text: str, style: str, note: str = "") -> None:
        line = Text.assemble((f"{who}: ", style), text)
        if note:
            line.append(f"  ({note})", "italic #808080")
        self.lines.append(line)
        self.partial = ""
        self._show()

    def set_partial(self, text: str) -> None:
        self.partial = text
        self._show()

    def commit_partial(self) -> None:
        if self.partial:
            self.lines.append(Text.assemble((f"{t('call.lane.you')}: ", "bold #87d75f"), self.partial))
        self.partial = ""
        self._show()

    def _show(self) -> None:
        lines = list(self.lines)
        if self.partial:
            lines.append(Text.assemble((f"{t('call.lane.you')}: ", "bold #87d75f"), (self.partial + " …", "italic")))
        self.update(Text("\n").join(lines) if lines else Text(""))
        parent = self.parent
        if isinstance(parent, VerticalScroll):
            parent.scroll_end(animate=False)


class CallScreen(Guarded, Screen[None]):
    """A phone call with the simulated customer."""

    BINDINGS = [
        Binding("r", "repeat", "key.repeat"),
        Binding("m", "mute", "key.mute"),
        Binding("h", "hang_up", "key.hangup"),
        Binding("escape", "hang_up", "key.hangup", show=False),
    ]

    def __init__(self, request: CallRequest) -> None:
        super().__init__()
        translate_bindings(self)
        self.request = request
        self.handle: CallHandle | None = None
        self.started_at: float | None = None
        self.frozen_at: float | None = None
        self.state = "connecting"
        self.turn_number = 1
        self.turn_attempt = 1
        self.turn_id: str | None = None  # the step being played (its file number is shown)
        self.total_turns = len(request.scenario.scenario.turns)
        self.customer_speaking = False
        self.muted = False
        self.hangup_requested = False
        self.ended = False
        self.problem: Said | str | None = None  # said in the UI language when shown
        self.results: list[Any] = []
        self.session_id: Any = None
        self.feedback_open = False
        #: The summary to show once the feedback on top is closed (the call ended meanwhile).
        self.pending_summary: SummaryScreen | None = None
        self.watching = False
        #: The note "the microphone hears nothing" is on screen (MicrophoneSilent).
        self.mic_silent_shown = False
        #: When the last microphone level arrived (the engine posts them ~10 times a second).
        self.last_level_at: float | None = None
        #: When the trainee cut into the customer's line in this turn (stays on the state line).
        self.interrupted_at: float | None = None
        self.interjection_end: float | None = None  # turn clock when the customer's cut-in stops

    # -- layout -----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        scenario = self.request.scenario.scenario
        yield TitleBar("call.title")
        with Vertical(id="call"):
            with Horizontal(id="call-head"):
                yield Static(self._persona_text(), id="persona")
                yield Static(id="timer")
            yield Static(id="call-problem")
            yield Static(id="call-note")
            yield Static(id="state")
            with Vertical(id="timeline-box"):
                yield Timeline(TimelineData(), persona=self._persona_forms(), id="timeline")
            # a demo call has no microphone (the app speaks the replies): no microphone meter then
            with Horizontal(id="level-row") as level_row:
                level_row.display = not self.request.demo
                yield Static(t("call.level"), id="level-label")
                yield LevelMeter(id="level")
            with VerticalScroll(id="transcript-box"):
                yield CallTranscript(id="transcript")
            yield Static(self._hint(), id="call-hint")
        yield KeyFooter()
        del scenario

    def _persona_forms(self) -> tuple[str | None, str | None]:
        persona = self.request.scenario.scenario.persona
        return persona.form_gender, persona.name

    def _persona_text(self) -> Text:
        scenario = self.request.scenario.scenario
        persona = scenario.persona
        text = Text.assemble(
            ("☎ ", "bold #5fafff"),
            (persona.name, "bold"),
            (f"  · {label('mood', persona.mood)} · {label('patience', persona.patience)}", "#d7d7af"),
            "\n",
            (scenario.title, "#a8a8a8"),
        )
        if self.request.demo:
            text.append("   ")
            text.append(f" {t('audio.demo_mode')} ", "bold reverse #ffaf00")
        return text

    #: Below this many rows the call packs its rows tight (app.tcss ``CallScreen.-short``), so the
    #: transcript keeps several lines at 80x24 instead of one.
    SHORT_ROWS = 30

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.height < self.SHORT_ROWS, "-short")

    def on_mount(self) -> None:
        self.set_class(self.app.size.height < self.SHORT_ROWS, "-short")
        self._border_titles()
        self.query_one("#call-problem", Static).display = False
        note = self.query_one("#call-note", Static)
        note.display = False
        note.styles.padding = (0, 1)
        self.set_state("connecting")
        self._tick()
        self.set_interval(0.5, self._tick)
        self.start_engine()

    # -- the engine thread ------------------------------------------------------------------

    @background("call")
    def start_engine(self) -> None:
        """Build the call (slow: voices are rendered) and run it; events arrive as messages."""
        open_call = self.app.adapters.open_call
        if open_call is None:
            self.post_message(CallFailed(t("error.no_engine", reason="no engine")))
            return
        try:
            handle = open_call(self.request, self._deliver_event)
        except UserError as error:
            self.post_message(CallFailed(str(error)))
            return
        except Exception as error:  # noqa: BLE001 - shown as one line, logged in full
            log.exception("opening the call failed")
            self.post_message(CallFailed(failure_line(error)))
            return
        self.handle = handle
        if self.hangup_requested:
            handle.hang_up()
        try:
            handle.run()
        except UserError as error:
            self.post_message(CallFailed(str(error), recorded=bool(self.results)))
        except Exception as error:  # noqa: BLE001 - the app must survive a broken call
            log.exception("the call stopped with an error")
            self.post_message(CallFailed(failure_line(error), recorded=bool(self.results)))

    def _deliver_event(self, event: ev.CallEvent) -> None:
        """Called from the engine thread: hand the event to the UI thread, never block."""
        self.post_message(EngineEvent(event))

    # -- state line and timer ---------------------------------------------------------------

    #: States in which the trainee is expected to speak: while muted, the line says "muted" instead
    #: (never "your turn" or "listening … just speak" to a microphone that is off).
    SPEAK_STATES = ("your_turn", "listening", "speaking", "unanswered")

    def set_state(self, state: str, detail: str = "") -> None:
        self.state = state
        if self.muted and state in self.SPEAK_STATES:
            state, detail = "muted", t("call.muted_hint")
        icon, style = STATE_STYLE.get(state, ("", ""))
        key = {
            "connecting": "call.state.connecting",
            "next": "call.state.next",
            "customer": "call.state.customer",
            "your_turn": "call.state.your_turn",
            "speaking": "call.state.speaking",
            "interrupted": "call.state.interrupted",
            "interjection": "call.state.interjection",
            "listening": "call.state.listening",
            "judging": "call.state.judging",
            "unanswered": "call.state.unanswered",
            "muted": "call.state.muted",
            "ended": "call.state.ended",
            "problem": "call.state.problem",
        }[state]
        if self.request.demo:  # the app speaks the replies: the status says so, not "your turn"
            key = DEMO_STATE_KEYS.get(state, key)
        persona = self.request.scenario.scenario.persona
        forms = persona_forms(current_language(), persona.form_gender, persona.name)
        text = Text.assemble((f" {icon} {t(key, **forms)} ", style))
        if detail:
            text.append("  " + detail, "italic")
        if self.interrupted_at is not None and state in ("speaking", "your_turn", "judging", "listening"):
            text.append("   ")
            text.append(f" ‼ {t('call.interrupted_at', time=self.interrupted_at)} ", "bold #ff5f5f")
        if self.muted and state != "muted":
            text.append("   ")
            text.append(f" ✕ {t('call.muted')} ", "bold reverse #ff5f5f")
        widget = self.query_one("#state", Static)
        widget.update(text)
        for name in STATE_STYLE:
            widget.set_class(name == state, f"state-{name}")
        self.query_one("#call-hint", Static).update(self._hint())

    def _hint(self) -> Text:
        if self.muted:
            return Text(t("call.hint_muted"), style="bold #ff5f5f")
        return Text(t("call.hint_demo" if self.request.demo else "call.hint"), style="#808080")

    #: Seconds without a microphone level, while listening, that mean the sound has stopped.
    SILENT_DEVICE_SECONDS = 4.0

    def _tick(self) -> None:
        self._check_levels()
        clock = self.app.adapters.clock
        if self.started_at is None:
            elapsed = 0.0
        else:
            elapsed = (self.frozen_at if self.frozen_at is not None else clock()) - self.started_at
        self.query_one("#timer", Static).update(
            Text.assemble(
                (
                    step_label(self.request.scenario.scenario, self.turn_id, self.turn_number, self.turn_attempt),
                    "#a8a8a8",
                ),
                "\n",
                (format_clock(elapsed), "bold"),
            )
        )

    def _check_levels(self) -> None:
        """Levels stop when the audio device or sound server dies in a way no driver reports."""
        live = ("customer", "your_turn", "speaking", "interrupted", "interjection", "listening")
        if self.last_level_at is None or self.ended or self.feedback_open or self.state not in live:
            return
        if self.app.adapters.clock() - self.last_level_at > self.SILENT_DEVICE_SECONDS:
            self.problem = t("audio.no_sound")
            widget = self.query_one("#call-problem", Static)
            widget.update(
                Text.assemble(
                    ("⚠ ", "bold #ff5f5f"), (self.problem, "bold"), "\n", (t("audio.hang_up_hint"), "#87afd7")
                )
            )
            widget.display = True
            self.set_state("problem")

    # -- events -----------------------------------------------------------------------------

    @on(EngineEvent)
    def _engine_event(self, message: EngineEvent) -> None:
        event = message.event
        handler = getattr(self, f"_on_{type(event).__name__}", None)
        if handler is not None:
            handler(event)

    def _on_CallStarted(self, event: ev.CallStarted) -> None:
        self.started_at = self.app.adapters.clock()
        self.total_turns = event.turns
        self.session_id = event.session_id
        self._tick()

    def _on_StateChanged(self, event: ev.StateChanged) -> None:
        mapping = {"preparing": "connecting", "listening": "listening", "judging": "judging"}
        if event.state == "muted":  # the engine muted or unmuted the microphone
            self.muted = True
            self.query_one(LevelMeter).muted = True
            self.set_state(self.state)
        elif event.state in mapping and self.state not in ("interrupted", "problem"):
            self.set_state(mapping[event.state])

    def _on_CustomerSpeaking(self, event: ev.CustomerSpeaking) -> None:
        timeline = self.query_one(Timeline)
        timeline.data = TimelineData(customer=((0.0, None),), now=0.0)
        self.turn_number = event.number
        self.turn_attempt = event.attempt
        self.turn_id = event.turn_id
        self.customer_speaking = True
        self.interrupted_at = None
        self.interjection_end = None
        self._tick()
        transcript = self.query_one(CallTranscript)
        transcript.add(
            self.request.scenario.scenario.persona.name,
            event.text,
            "bold #5fafff",
            note=t("key.repeat") if event.repeat else "",
        )
        if event.voice_note and event.number == 1 and not event.repeat:
            self.notify(event.voice_note, timeout=8)
        self.set_state("customer")

    def _on_CustomerDone(self, event: ev.CustomerDone) -> None:
        timeline = self.query_one(Timeline)
        timeline.close_span("customer", event.time)
        self.customer_speaking = False
        if self.state in ("customer", "interjection", "connecting", "interrupted"):
            self.set_state("speaking" if self._trainee_open() else "your_turn")

    def _on_TraineeSpeaking(self, event: ev.TraineeSpeaking) -> None:
        self._hide_mic_silent()  # it hears the trainee now
        self.query_one(Timeline).open_span("trainee", event.time)
        if self.state not in ("interrupted", "interjection"):
            self.set_state("speaking")

    def _on_Interrupted(self, event: ev.Interrupted) -> None:
        self.interrupted_at = event.time
        self.set_state("interrupted")
        if event.persona_stops and event.protest:
            self.query_one(CallTranscript).add(
                self.request.scenario.scenario.persona.name, event.protest, "bold #ff5f5f"
            )

    def _on_CustomerInterjected(self, event: ev.CustomerInterjected) -> None:
        self.query_one(Timeline).open_span("customer", event.time)
        # closed when she stops (the level's clock passes it), not at the end of the reply: the
        # live overlap said 9.3 s where the judged turn had 0.4 s
        self.interjection_end = event.time + event.duration if event.duration > 0 else None
        transcript = self.query_one(CallTranscript)
        transcript.add(self.request.scenario.scenario.persona.name, event.text, "bold #ffaf00")
        self.set_state("interjection")

    def _on_Level(self, event: ev.Level) -> None:
        self.last_level_at = self.app.adapters.clock()
        meter = self.query_one(LevelMeter)
        meter.set_level(event.rms_db, speaking=event.vad_probability >= 0.5)
        if meter.muted != event.muted or self.muted != event.muted:
            meter.muted = event.muted
            self.muted = event.muted
            self.set_state(self.state)
        timeline = self.query_one(Timeline)
        if event.time >= (timeline.data.now or 0.0):
            timeline.set_now(event.time)
        if self.interjection_end is not None and event.time >= self.interjection_end:
            timeline.close_span("customer", self.interjection_end)
            self.interjection_end = None

    def _on_PartialTranscript(self, event: ev.PartialTranscript) -> None:
        self.query_one(CallTranscript).set_partial(event.text)

    def _on_TraineeDone(self, event: ev.TraineeDone) -> None:
        timeline = self.query_one(Timeline)
        timeline.close_span("trainee", event.time)
        timeline.close_span("customer", event.time)
        self.query_one(CallTranscript).commit_partial()
        self.set_state("judging")

    def _on_Unanswered(self, event: ev.Unanswered) -> None:
        if self.muted:  # nothing was heard because the microphone was off: say so, not "no reply"
            self.set_state("unanswered")
            return
        self.set_state("unanswered", t("seconds", n=event.waited) if event.waited else "")

    def _on_TurnJudged(self, event: ev.TurnJudged) -> None:
        self.results.append(event.result)
        transcript = self.query_one(CallTranscript)
        transcript.partial = ""
        self.set_state("listening")
        self.feedback_open = True
        self.app.push_screen(
            FeedbackScreen(self.request.scenario, event, last=event.next_turn_id is None), self._feedback_closed
        )

    def _feedback_closed(self, choice: str | None) -> None:
        self.feedback_open = False
        # The engine sent no levels while the feedback was open: start the silence watch anew.
        self.last_level_at = None
        if self.pending_summary is not None:  # the call ended while the feedback was open
            self.call_after_refresh(self._show_summary)
            return
        if self.handle is None:
            return
        if choice == "hang_up":
            self.action_hang_up()
            return
        self._begin_turn(retry=choice == "retry")
        if choice == "retry":
            self.handle.retry_turn()
        else:
            self.handle.next()

    def _begin_turn(self, *, retry: bool) -> None:
        """A new turn (or the same one again) starts: nothing of the last one stays on screen
        (its state, timeline, level or half-heard words), and a retry starts unmuted (the
        trainee asked to answer again; a microphone left off would make it "no reply")."""
        self.interrupted_at = None
        self.interjection_end = None
        self.customer_speaking = False
        self.query_one(Timeline).data = TimelineData()
        self._hide_mic_silent()
        self.query_one(CallTranscript).set_partial("")
        meter = self.query_one(LevelMeter)
        meter.set_level(-60.0, speaking=False)
        if retry and self.muted and self.handle is not None:
            self.handle.mute(False)
            self.muted = False
            meter.muted = False
            self.notify(t("call.unmuted_retry"), timeout=4)
        self.set_state("next")

    def _on_Notice(self, event: ev.Notice) -> None:
        """One line that does not stop the call (the demo's sound: where it plays, or why not)."""
        key = f"notice.{event.key}"
        text = t(key, detail=event.detail) if event.key else event.message
        if text == key:  # a key this version has no text for
            text = event.message
        widget = self.query_one("#call-note", Static)
        widget.update(Text.assemble(("♪ " if event.key == "demo_sound" else "ℹ ", "bold #87afd7"), (text, "#a8a8a8")))
        widget.display = True

    def _on_MicrophoneSilent(self, event: ev.MicrophoneSilent) -> None:
        """The engine heard nothing at all in the first seconds of the turn: say so at once, in
        the note line (the call goes on; the turn would otherwise end as "no reply")."""
        if self.muted:  # our own mute: the state line says it already
            return
        widget = self.query_one("#call-note", Static)
        text = t("call.mic_silent", peak=f"{event.peak_db:.0f}", seconds=f"{event.time:.0f}")
        widget.update(Text.assemble(("⚠ ", "bold #ff5f5f"), (text, "bold #ffaf00")))
        widget.display = True
        self.mic_silent_shown = True

    def _hide_mic_silent(self) -> None:
        if self.mic_silent_shown:
            self.mic_silent_shown = False
            self.query_one("#call-note", Static).display = False

    def _on_AudioProblem(self, event: ev.AudioProblem) -> None:
        self.problem = event.message
        self._watch_for_the_end()
        widget = self.query_one("#call-problem", Static)
        widget.update(
            Text.assemble(
                ("⚠ ", "bold #ff5f5f"),
                (t("audio.failed_mid_call", reason=event.message), "bold"),
                "\n",
                (t("audio.offer"), "#87afd7"),
            )
        )
        widget.display = True
        self.set_state("problem")

    def _on_CallEnded(self, event: ev.CallEnded) -> None:
        self.ended = True
        self.frozen_at = self.app.adapters.clock()
        self.set_state("ended")
        results = tuple(event.results) or tuple(self.results)
        if self not in self.app.screen_stack:
            return  # the screen was left meanwhile
        self.pending_summary = SummaryScreen(
            self.request,
            event.summary,
            results,
            reason=event.reason,
            session_id=event.session_id,
            problem=self.problem,
        )
        if self.feedback_open:
            # The last turn's feedback may still be opening (the call ended while it was judged):
            # never pull a screen away while it mounts. It stays; closing it shows the summary.
            self.notify(t("call.ended_meanwhile"), severity="warning", timeout=10)
            return
        self._show_summary()

    def _show_summary(self) -> None:
        """Replace the call (and whatever is still open on top of it) by the pending summary."""
        summary, self.pending_summary = self.pending_summary, None
        if summary is None or self not in self.app.screen_stack:
            return
        while self.app.screen is not self:  # help still open on top
            self.app.pop_screen()
        self.app.switch_screen(summary)

    @on(CallFailed)
    def _call_failed(self, message: CallFailed) -> None:
        self.problem = message.text
        widget = self.query_one("#call-problem", Static)
        lines = [("⚠ ", "bold #ff5f5f"), (message.text, "bold")]
        widget.update(Text.assemble(*lines, "\n", (t("audio.offer"), "#87afd7")))
        widget.display = True
        self.set_state("problem")
        self.frozen_at = self.app.adapters.clock() if self.started_at is not None else None

    # -- keys -------------------------------------------------------------------------------

    def action_repeat(self) -> None:
        if self.handle is not None and not self.ended:
            self.handle.repeat_line()

    def action_mute(self) -> None:
        if self.handle is None or self.ended:
            return
        result = self.handle.mute()
        self.muted = bool(result) if isinstance(result, bool) else not self.muted
        self.query_one(LevelMeter).muted = self.muted
        self.notify(t("call.muted") if self.muted else t("call.unmuted"), timeout=2)
        if self.state == "muted":
            self.state = self._current_state()
        self.set_state(self.state)

    def action_hang_up(self) -> None:
        if self.ended or self.problem is not None and self.handle is None:
            self.app.pop_screen()
            return
        self.hangup_requested = True
        if self.handle is not None:
            self.handle.hang_up()
        self.set_state("ended")
        self._watch_for_the_end()

    #: Seconds the engine gets to end the call after a hang-up or a device failure.
    END_TIMEOUT = 6.0

    def _watch_for_the_end(self) -> None:
        """A dead audio device can block the engine in a driver call; the screen must not wait
        for it forever. Every judged turn is already saved, so the summary can be shown."""
        if not self.watching:
            self.watching = True
            self.set_timer(self.END_TIMEOUT, self._engine_did_not_end)

    def _engine_did_not_end(self) -> None:
        if self.ended or not self.is_attached:
            return
        log.warning("the call engine did not end within %.0f s; showing the summary without it", self.END_TIMEOUT)
        lost = self.problem is not None
        self.problem = self.problem or t("audio.not_responding")
        self._on_CallEnded(
            ev.CallEnded(None, "device_lost" if lost else "hung_up", tuple(self.results), self.session_id)
        )

    def on_unmount(self) -> None:
        """Leaving the screen (quitting the app included) ends the call: never leave it running."""
        if self.handle is not None and not self.ended:
            self.handle.hang_up()
        self.hangup_requested = True

    def _current_state(self) -> str:
        """What is happening now, from the timeline (after mute ends)."""
        if self.customer_speaking:
            return "customer"
        return "speaking" if self._trainee_open() else "your_turn"

    def _trainee_open(self) -> bool:
        spans = self.query_one(Timeline).data.trainee
        return bool(spans) and spans[-1][1] is None

    def _border_titles(self) -> None:
        persona = self.request.scenario.scenario.persona
        customer = customer_label(persona.form_gender, persona.name)
        self.query_one("#timeline-box").border_title = f"{customer} / {t('call.lane.you')}"
        self.query_one("#transcript-box").border_title = t("call.transcript")

    def relabel(self) -> None:
        self._border_titles()
        self.query_one(Timeline).refresh()
        self.query_one("#persona", Static).update(self._persona_text())
        self.set_state(self.state)
        self._tick()
