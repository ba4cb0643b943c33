"""Fakes for the TUI tests: literal judged turns, a scripted call, and adapters built from fakes.

The call screen is driven only by engine events; ``ScriptedCall`` plays a list of them from
its thread exactly as the engine does (``on_event`` from a worker thread), and waits for
``next()``/``retry_turn()``/``hang_up()`` between turns like the engine. Tests of the real
``CallEngine`` with a ``SimulatedBackend`` live in ``test_call_engine.py``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from voicecoach.adapters.library import load_library
from voicecoach.adapters.settings import Settings
from voicecoach.core.result import Finding, Score, TurnResult
from voicecoach.core.timeline import Span, Track, Turn, Word
from voicecoach.live import events as ev
from voicecoach.tui.app import VoiceCoachApp, make_app
from voicecoach.tui.base import Adapters, CallRequest
from voicecoach.tui.screens.summary import SummaryScreen

FIXED_CLOCK = 1000.0


def words(text: str, start: float, step: float = 0.35) -> tuple[Word, ...]:
    out = []
    for index, word in enumerate(text.split()):
        out.append(Word(word, start + index * step, start + index * step + step * 0.8))
    return tuple(out)


def judged_turn(
    *,
    turn_id: str = "complaint",
    customer_text: str = "Keller hier, meine Bestellnummer ist 4711.",
    reply: str = "Oh das tut mir leid, wie ist Ihre Bestellnummer? Ich schaue sofort nach.",
    reply_start: float = 3.2,
    line_end: float = 4.0,
    total: int = 62,
) -> TurnResult:
    """A judged turn as literal numbers: the trainee starts 0.8 s before the line ends."""
    trainee_words = words(reply, reply_start)
    turn = Turn(
        customer=Track(speech=(Span(0.0, line_end),), words=words(customer_text, 0.1, 0.5)),
        trainee=Track(speech=(Span(reply_start, trainee_words[-1].end),), words=trainee_words),
        duration=trainee_words[-1].end + 0.8,
        line_end=line_end,
    )
    findings = (
        Finding(
            "interruption",
            reply_start,
            line_end,
            "major",
            "Sie haben die Kundin unterbrochen.",
            "Warten Sie, bis die Kundin ausgeredet hat.",
            skill="timing",
            penalty=25,
            evidence={"overlap": line_end - reply_start},
        ),
        Finding(
            "not_listening",
            4.6,
            5.6,
            "major",
            "Sie fragen nach der Bestellnummer, die die Kundin schon genannt hat.",
            "Nutzen Sie, was die Kundin gesagt hat: „Ihre Bestellung 4711 …“",
            skill="listening",
            penalty=30,
            evidence={"reask": ["Bestellnummer"], "fact": "order_number"},
        ),
        Finding("backchannel", 1.0, 1.2, "info", "Aktives Zuhören.", "", skill="listening"),
    )
    score = Score(total=total, skills={"listening": 55, "timing": 60, "empathy": 85, "clarity": 80}, weights={})
    return TurnResult(
        turn,
        findings,
        {"overlap_seconds": line_end - reply_start},
        score,
        {"end_of_turn_silence": 0.8},
        "de",
        "late-delivery-de",
        turn_id,
    )


@dataclass
class ScriptedCall:
    """A CallHandle that posts scripted events from its own thread, turn by turn."""

    turns: list[list[Any]]
    on_event: Callable[[Any], None]
    ending: list[Any] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)
    _go: threading.Event = field(default_factory=threading.Event)
    _choice: str = "next"
    hung_up: bool = False
    muted: bool = False

    def run(self) -> None:
        index = 0
        while index < len(self.turns) and not self.hung_up:
            for event in self.turns[index]:
                self.on_event(event)
            # like the engine: after a turn, wait for next()/retry_turn()/hang_up()
            self._go.wait(10)
            self._go.clear()
            if self._choice == "next":
                index += 1
        for event in self.ending:
            if self.hung_up and isinstance(event, ev.CallEnded):
                event = ev.CallEnded(event.summary, "hung_up", event.results, event.session_id)
            self.on_event(event)

    def repeat_line(self) -> None:
        self.calls.append("repeat")

    def mute(self, muted: bool | None = None) -> bool:
        self.calls.append("mute")
        self.muted = (not self.muted) if muted is None else muted
        return self.muted

    def hang_up(self) -> None:
        self.calls.append("hang_up")
        self.hung_up = True
        self._go.set()

    def retry_turn(self) -> None:
        self.calls.append("retry")
        self._choice = "retry"
        self._go.set()

    def next(self) -> None:
        self.calls.append("next")
        self._choice = "next"
        self._go.set()


def live_turn_events(number: int = 1, *, judged: bool = True, result: TurnResult | None = None) -> list[Any]:
    """What the engine posts during one turn in which the trainee interrupts."""
    result = result or judged_turn()
    events: list[Any] = [
        ev.CustomerSpeaking(
            "complaint",
            "Keller hier, meine Bestellnummer ist 4711. Ich warte jetzt seit einer Woche auf den Kinderwagen!",
            duration=4.0,
            number=number,
        ),
        ev.Level(-52.0, 0.02, time=1.0),
        ev.TraineeSpeaking(3.2),
        ev.Interrupted(3.2, persona_stops=True, protest="Darf ich bitte ausreden?"),
        ev.CustomerDone("complaint", 4.0, cut_off=True),
        ev.Level(-18.0, 0.97, time=4.5),
        ev.PartialTranscript("Oh das tut mir leid, wie ist Ihre Bestellnummer?"),
    ]
    if judged:
        events += [
            ev.TraineeDone(7.4),
            ev.TurnJudged(result, number=number, next_turn_id="promise"),
        ]
    return events


def fake_adapters(**overrides: Any) -> Adapters:
    base: dict[str, Any] = dict(
        library=load_library,
        open_call=None,
        audio_problem=lambda: None,
        clock=lambda: FIXED_CLOCK,
        save_settings=lambda settings: None,
    )
    base.update(overrides)
    return Adapters(**base)


def app_with(adapters: Adapters, language: str = "en", **kwargs: Any) -> VoiceCoachApp:
    return make_app(Settings(), adapters, language=language, **kwargs)


def scripted_opener(
    turns: list[list[Any]], ending: list[Any] | None = None
) -> tuple[Callable[..., Any], list[ScriptedCall]]:
    made: list[ScriptedCall] = []

    def open_call(request: CallRequest, on_event: Callable[[Any], None]) -> ScriptedCall:
        call = ScriptedCall(turns, on_event, ending or [])
        made.append(call)
        return call

    return open_call, made


def shown(widget: Any) -> str:
    """The text a Static shows (whatever rich renderable it holds), as plain text."""
    from voicecoach.tui.widgets.lists import plain

    content = widget.content
    return content if isinstance(content, str) else plain(content, width=200)


async def wait_for(pilot: Any, condition: Callable[[], Any], tries: int = 500) -> None:
    """Let the app run (0.02 s pauses, at most ``tries``) until ``condition()`` is true; fails
    naming the screen it was left on."""
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.02)
    raise AssertionError(f"not reached; screen is {pilot.app.screen}")


def summary_shown(app: Any) -> bool:
    """The summary screen is up with its widgets mounted: a screen is the app's screen a moment
    before its children are, and a loaded machine shows the gap (a query right after the switch
    found no "#summary-problem")."""
    return isinstance(app.screen, SummaryScreen) and bool(app.screen.query("#summary-hint"))


async def wait_for_notice(pilot: Any, *parts: str, tries: int = 150) -> None:
    """Wait until a notification whose message holds every one of ``parts`` is shown. Textual
    posts a notification as a message, so it lands a moment after ``notify`` is called; fails
    listing the notifications there are."""
    app = pilot.app
    for _ in range(tries):
        if any(all(part in str(n.message) for part in parts) for n in app._notifications):
            return
        await pilot.pause(0.02)
    shown_now = [str(n.message) for n in app._notifications]
    raise AssertionError(f"no notification with {parts!r}; there are {shown_now!r}")
