"""What the app and its screens share: the call request and handle, the adapters, bindings.

Screens import from here, never from :mod:`voicecoach.tui.app`; the app imports its screens.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from textual.dom import DOMNode
from textual.message import Message

from voicecoach import i18n
from voicecoach.adapters.library import load_library
from voicecoach.adapters.library_watch import library_stamp
from voicecoach.adapters.own_copy import prepare, recording_place
from voicecoach.adapters.settings import Settings
from voicecoach.core.backend import Echo
from voicecoach.core.errors import one_line
from voicecoach.core.words.messages import library_cause
from voicecoach.i18n import t

if TYPE_CHECKING:
    from voicecoach.adapters.library import LoadedScenario, Problem
    from voicecoach.live.events import CallEvent


class CallHandle(Protocol):
    """The running call, as the call and feedback screens steer it (the CallEngine)."""

    def run(self) -> Any:
        """Run the whole call, blocking (called in a thread worker)."""

    def repeat_line(self) -> None: ...

    def mute(self, muted: bool | None = None) -> Any: ...

    def hang_up(self) -> None: ...

    def retry_turn(self) -> None: ...

    def next(self) -> None: ...


@dataclass(frozen=True)
class CallRequest:
    """What the library asks for: a scenario, live or demo."""

    scenario: LoadedScenario
    demo: bool = False
    #: Echo of the customer into the microphone from the headset check;
    #: the engine subtracts it so the judge does not hear the customer as the trainee.
    echo: Echo | None = None


@dataclass
class Adapters:
    """Everything the app needs from outside, each replaceable in tests.

    A ``None`` adapter means "not available here"; the screen that needs it says so in one line
    instead of failing.
    """

    #: All scenarios and the problems of files that did not load.
    library: Callable[[], tuple[list[LoadedScenario], list[Problem]]] = load_library
    #: A cheap fingerprint of the library's files; when it changes, the library is loaded again.
    library_stamp: Callable[[], Any] = library_stamp
    #: Builds the call (CallEngine) for a request; ``on_event`` is called from the engine thread.
    #: Raises ``UserError`` when it cannot (no microphone, ...).
    open_call: Callable[[CallRequest, Callable[[CallEvent], None]], CallHandle] | None = None
    #: None when a microphone is usable, else one line (``str()`` of it, in the UI language of
    #: the moment): what is missing and the fix.
    audio_problem: Callable[[], object | None] = lambda: None
    #: Input and output devices (``DeviceInfo`` list); raises UserError without PortAudio.
    list_devices: Callable[[], list[Any]] | None = None
    #: The guided headset check on (input, output) devices (None: the chosen ones), keywords
    #: ``on_progress`` (gets ``CheckProgress``) and ``cancel`` (a ``threading.Event``)
    #: -> ``headset_check.GuidedCheck``; raises ``UserError`` when the devices do not open.
    headset_check: Callable[..., Any] | None = None
    #: Plays mono float32 samples at a rate, blocking until done or stopped.
    play_audio: Callable[[Any, int], None] | None = None
    #: Stops what play_audio plays.
    stop_playback: Callable[[], None] = lambda: None
    #: The store (sessions(), progress()); None when history is unavailable.
    store: Callable[[], Any] | None = None
    #: Judges two files: (customer, trainee, scenario or None, turn number or None) -> TurnResult.
    analyze_files: Callable[[Path, Path, LoadedScenario | None, int | None], Any] | None = None
    #: A line recorder for the trainer screen: ``start(on_level_db)``, ``stop() -> (samples, rate)``.
    recorder: Callable[[], Any] | None = None
    #: Saves a kept (prepared) take next to the scenario and points the turn at it:
    #: (scenario, 0-based turn index, samples, rate) -> path.
    save_line: Callable[[LoadedScenario, int, Any, int], Path] | None = None
    #: Where takes of a scenario would be saved (``own_copy.RecordingPlace``: its folder, a copy in
    #: the user's library for a shipped one); touches nothing.
    recording_place: Callable[[LoadedScenario], Any] = recording_place
    #: Makes that place exist before the first take is saved: -> (the scenario there, the place).
    prepare_recording: Callable[[LoadedScenario], tuple[LoadedScenario, Any]] = prepare
    #: Writes the settings file (device choice, UI language).
    save_settings: Callable[[Settings], None] | None = None
    #: Seconds, for the call timer (tests pass a fixed clock).
    clock: Callable[[], float] = time.monotonic
    #: Extra state for fakes in tests.
    extra: dict[str, Any] = field(default_factory=dict)


def format_clock(seconds: float) -> str:
    """``75.4`` -> ``"01:15"``: whole minutes and seconds of a call (negative counts as 0)."""
    seconds = max(0, int(seconds))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


def file_step(scenario: Any, turn_id: str | None, fallback: int) -> int:
    """The 1-based number of ``turn_id`` in the scenario file, as ``scenarios show``, ``judge --turn``
    and the branches ("weiter bei Schritt 3") number it; ``fallback`` (the reply's place in the call)
    when the scenario is unknown or no longer has that step."""
    return fallback if scenario is None else int(scenario.step_number(turn_id, fallback))


def step_label(scenario: Any, turn_id: str | None, number: int, attempt: int = 1) -> str:
    """ "Schritt 3 · Antwort 2": the step by its file number and which reply of the call it is
    (``number``, 1-based; branches skip and repeat steps, so the two differ); a retry adds its
    attempt ("· Versuch 2"), so the trainee sees the screen is about the new answer."""
    step = file_step(scenario, turn_id, number)
    if attempt > 1:
        return t("call.step_attempt", step=step, n=number, attempt=attempt)
    return t("call.step", step=step, n=number)


def translate_bindings(node: DOMNode) -> None:
    """Show binding descriptions in the current language: an i18n key, or a text already shown in
    the other language (a switch with ``u`` calls this again), becomes its text now."""
    bindings_map = node._bindings  # Textual has no public setter for per-instance bindings
    for key, bindings in list(bindings_map.key_to_bindings.items()):
        translated = []
        for binding in bindings:
            text_key = i18n.key_of(binding.description) if binding.description else None
            if text_key is not None:
                binding = replace(binding, description=t(text_key), tooltip=t(text_key) if binding.tooltip else "")
            translated.append(binding)
        bindings_map.key_to_bindings[key] = translated


class Guarded:
    """Mixin for our screens (put it before ``Screen``): an error in any of the screen's handlers
    (``on_mount``, a message, an event, a deferred callback) is reported by the app as one line
    on screen and the screen keeps running.

    Textual hands such an error to ``App._handle_exception`` and then stops the screen's message
    loop, so an app that only overrides that handler keeps a dead screen (textual issue #2818).
    Catching it here, around ``_dispatch_message``, keeps the loop alive.
    """

    async def _dispatch_message(self, message: Message) -> None:
        try:
            await super()._dispatch_message(message)  # type: ignore[misc]
        except asyncio.CancelledError:
            raise
        except Exception as error:  # noqa: BLE001 - reported on screen and logged in full
            report = getattr(self.app, "report_unexpected", None)  # type: ignore[attr-defined]
            if report is None:
                raise
            report(error, where=type(self).__name__)


def failure_line(error: BaseException) -> str:
    """An error nobody foresaw (not a ``UserError``), as one line in the UI language: what went
    wrong and what to do (out of memory, a precision the device lacks, the history database),
    the common causes of :func:`~voicecoach.core.words.messages.library_cause` (no network, a
    refused connection, a full disk), the library's own words (``Type: message``, English) only
    after it in parentheses."""
    detail = f"{type(error).__name__}: {one_line(error, 160)}"
    low = detail.lower()
    if isinstance(error, MemoryError) or "out of memory" in low:
        return t("failure.memory", detail=detail)
    if "compute type" in low or "compute_type" in low:
        return t("failure.compute_type", detail=detail)
    if isinstance(error, sqlite3.Error):
        return t("failure.history", detail=detail)
    cause = library_cause(detail, i18n.current_language())  # no network, refused, disk full, ...
    if cause is not None:
        return t("failure.cause", cause=cause, detail=detail)
    return t("failure.other", detail=detail)
