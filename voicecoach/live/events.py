"""What the call engine tells the screen, as small frozen dataclasses.

The engine calls ``on_event(event)`` from its worker thread; the TUI wraps each event in a
Textual message (``app.call_from_thread`` / ``post_message``), the headless ``call`` command
prints the judged turns. Times named ``time`` are seconds from the start of the current
turn's customer line (the turn's clock, as in :class:`voicecoach.core.timeline.Turn`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from voicecoach.core.errors import Said
    from voicecoach.core.result import TurnResult


@dataclass(frozen=True)
class CallEvent:
    """Base class of everything the engine posts."""


@dataclass(frozen=True)
class CallStarted(CallEvent):
    scenario_id: str
    title: str
    language: str
    persona: str
    mood: str
    patience: str
    #: Turns in the scenario (the call may use fewer through branching).
    turns: int
    #: Session id in the store, when the call is saved.
    session_id: str | int | None = None
    #: True when the trainee's replies are synthesized (demo call).
    demo: bool = False


@dataclass(frozen=True)
class CustomerSpeaking(CallEvent):
    """The customer's line starts now (turn clock 0)."""

    turn_id: str
    text: str
    #: Which voice speaks, and a hint when a better one exists (from the Speaker's Clip).
    voice_note: str = ""
    #: Length of the line in seconds.
    duration: float = 0.0
    #: 1-based number of this turn in the call.
    number: int = 1
    #: True when the line is played again (repeat_line) rather than for the first time.
    repeat: bool = False
    #: 1-based attempt at this reply: 2 after the trainee retried it once from the feedback.
    attempt: int = 1


@dataclass(frozen=True)
class CustomerDone(CallEvent):
    """The customer's line has ended (or was cut off by an impatient persona)."""

    turn_id: str
    time: float
    cut_off: bool = False


@dataclass(frozen=True)
class TraineeSpeaking(CallEvent):
    """The trainee started speaking (a new speech segment opened)."""

    time: float


@dataclass(frozen=True)
class Interrupted(CallEvent):
    """The trainee started speaking while the customer's line was still playing."""

    time: float
    #: True when the persona stops and protests, False when it talks on.
    persona_stops: bool
    #: What the persona says in protest (empty when it talks on).
    protest: str = ""


@dataclass(frozen=True)
class CustomerInterjected(CallEvent):
    """The customer cuts into the trainee's reply (scripted in the scenario)."""

    text: str
    time: float = 0.0
    #: Seconds the cut-in speaks (to its last speech): the live timeline closes her span then.
    duration: float = 0.0


@dataclass(frozen=True)
class Level(CallEvent):
    """Microphone level, several times a second, for the meter."""

    rms_db: float
    vad_probability: float
    time: float = 0.0
    muted: bool = False


@dataclass(frozen=True)
class PartialTranscript(CallEvent):
    """The trainee's words so far in this turn (grows as speech segments close)."""

    text: str


@dataclass(frozen=True)
class TraineeDone(CallEvent):
    """The trainee's reply is over (silence after speech, or the maximum length reached)."""

    time: float
    #: "silence", "end_of_turn" (the end-of-turn model heard it finished) or "max_length"
    #: (or "hang_up", "next" when the user ended it).
    reason: str = "silence"


@dataclass(frozen=True)
class TurnJudged(CallEvent):
    """The judge's verdict on one turn, with the turn's recordings (for listening back)."""

    result: TurnResult
    #: Customer track as played (line, protest, interjection) on the turn clock, mono WAV.
    customer_audio: Path | None = None
    #: The microphone from the start of the customer's line, mono WAV, same clock.
    trainee_audio: Path | None = None
    number: int = 1
    #: Turn the call goes on with, None when the call ends after this one.
    next_turn_id: str | None = None
    #: Where the turn is in the history (session id, turn index), None when it is not saved;
    #: the feedback screen marks findings as wrong there.
    stored: tuple[int, int] | None = None
    #: 1-based attempt at this reply (a retry replaces the attempt before it; the number stays).
    attempt: int = 1


@dataclass(frozen=True)
class Unanswered(CallEvent):
    """The trainee did not start speaking within the wait time."""

    turn_id: str
    waited: float = 0.0


@dataclass(frozen=True)
class CallEnded(CallEvent):
    """The call is over. ``summary`` is the judge's CallSummary (None when no turn was judged)."""

    summary: Any
    reason: Literal["finished", "hung_up", "turn_limit", "device_lost", "error"] = "finished"
    results: tuple[TurnResult, ...] = field(default=())
    session_id: str | int | None = None


@dataclass(frozen=True)
class AudioProblem(CallEvent):
    """The audio device failed; ``message`` is one line: what happened and the fix.

    The call ends after it (``CallEnded(reason="device_lost")`` follows); every turn judged
    before is kept and saved. A :class:`~voicecoach.core.errors.Said`: ``str(message)`` says it in
    the UI language current then.
    """

    message: Said | str
    fatal: bool = True


@dataclass(frozen=True)
class Notice(CallEvent):
    """Something worth one line that does not stop the call (the demo call's sound, for one).

    ``message`` is the English line; ``key`` names the text the screens translate
    (``notice.<key>`` in ``voicecoach.i18n``, filled with ``detail``: a ``str``, or a
    ``Said``/``UserError`` said in the UI language when the line is shown).
    """

    message: str
    key: str = ""
    detail: Any = ""


@dataclass(frozen=True)
class MicrophoneSilent(CallEvent):
    """The microphone delivered nothing (every sample below -80 dBFS) for the first ``time``
    seconds of turn ``turn_id``: muted at the headset, a dead or wrong input. Posted once per
    turn, at once, so the trainee can fix it before the turn counts as unanswered."""

    turn_id: str
    time: float
    #: The loudest sample heard, in dBFS.
    peak_db: float = -180.0


@dataclass(frozen=True)
class StateChanged(CallEvent):
    """What is happening now, for the status line of the call screen."""

    state: Literal["preparing", "customer", "listening", "trainee", "judging", "feedback", "ended", "muted"]
    turn_id: str | None = None
