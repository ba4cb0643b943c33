"""The Textual app: ``make_app(settings, adapters)`` builds it with everything outside injected.

Nothing in ``voicecoach.tui`` opens a device, loads a model or touches the disk on its own: it
asks the :class:`Adapters` it was given. :func:`voicecoach.tui.wiring.real_adapters` builds the
real ones for ``voicecoach app``; tests pass fakes (a :class:`~voicecoach.live.backend.FakeBackend`
with a virtual clock, replies from files, fixed clocks) and drive the app with Pilot.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen

from voicecoach import i18n
from voicecoach.i18n import t
from voicecoach.adapters.library import load_library
from voicecoach.adapters.settings import Settings

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
    #: Echo of the customer into the microphone from the headset check: (delay s, linear gain);
    #: the engine subtracts it so the judge does not hear the customer as the trainee.
    echo: tuple[float, float] | None = None


@dataclass
class Adapters:
    """Everything the app needs from outside, each replaceable in tests.

    A ``None`` adapter means "not available here"; the screen that needs it says so in one line
    instead of failing.
    """

    #: All scenarios and the problems of files that did not load.
    library: Callable[[], tuple[list[LoadedScenario], list[Problem]]] = load_library
    #: Builds the call (CallEngine) for a request; ``on_event`` is called from the engine thread.
    #: Raises ``UserError`` when it cannot (no microphone, ...).
    open_call: Callable[[CallRequest, Callable[[CallEvent], None]], CallHandle] | None = None
    #: None when a microphone is usable, else one line: what is missing and the fix.
    audio_problem: Callable[[], str | None] = lambda: None
    #: Input and output devices (``DeviceInfo`` list); raises UserError without PortAudio.
    list_devices: Callable[[], list[Any]] | None = None
    #: Plays a tone on (input, output), records, measures echo -> ``duplex.HeadsetCheck``.
    headset_check: Callable[[Any, Any], Any] | None = None
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
    #: Writes the settings file (device choice, UI language).
    save_settings: Callable[[Settings], None] | None = None
    #: Seconds, for the call timer (tests pass a fixed clock).
    clock: Callable[[], float] = time.monotonic
    #: Extra state for fakes in tests.
    extra: dict[str, Any] = field(default_factory=dict)


def translate_bindings(node: DOMNode) -> None:
    """Replace binding descriptions that are i18n keys by their text in the current language."""
    bindings_map = node._bindings  # Textual has no public setter for per-instance bindings
    for key, bindings in list(bindings_map.key_to_bindings.items()):
        bindings_map.key_to_bindings[key] = [
            replace(binding, description=t(binding.description)) if i18n.known(binding.description) else binding
            for binding in bindings
        ]


class VoiceCoachApp(App[None]):
    """voicecoach's TUI."""

    CSS_PATH = "app.tcss"
    TITLE = "voicecoach"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding("f1", "help", "key.help"),
        Binding("question_mark", "help", "key.help", show=False),
        Binding("ctrl+q", "quit", "key.quit", priority=True, show=False),
    ]

    def __init__(self, settings: Settings, adapters: Adapters, *, demo: bool = False, language: str | None = None):
        self.settings = settings
        self.adapters = adapters
        self.start_demo = demo
        i18n.set_language(i18n.choose_language(language or settings.ui_language))
        super().__init__()
        translate_bindings(self)
        self.title = t("app.title")
        self.sub_title = t("app.subtitle")
        #: The last audio problem (None: a microphone is usable), checked at start.
        self.audio_problem: str | None = None
        #: (delay, gain) of the echo the headset check measured with the chosen devices, for the
        #: calls that follow; from the saved check (``settings.headset_echo``), see use_saved_echo.
        self.measured_echo: tuple[float, float] | None = None

    def on_mount(self) -> None:
        from voicecoach.tui.screens.library import LibraryScreen

        try:
            self.audio_problem = self.adapters.audio_problem()
        except Exception as error:  # noqa: BLE001 - the probe must never stop the app opening
            self.audio_problem = f"{type(error).__name__}: {error}"
        self.use_saved_echo()
        self.push_screen(LibraryScreen())
        if self.start_demo:
            self.call_after_refresh(self.action_demo)

    def use_saved_echo(self, devices: list[Any] | None = None) -> None:
        """Take the saved headset check for the calls if it was measured with the devices chosen
        now, else none (another headset has another echo). ``devices``: the device list when the
        caller has it; else it is asked for, and only when a check is saved."""
        from voicecoach.live.saved_echo import echo_for_calls

        if self.settings.headset_echo is None:
            self.measured_echo = None
            return
        if devices is None:
            devices = []
            if self.adapters.list_devices is not None:
                try:
                    devices = list(self.adapters.list_devices())
                except Exception:  # noqa: BLE001 - no list: only names chosen by name can match
                    devices = []
        self.measured_echo = echo_for_calls(self.settings, devices)

    # -- actions reachable from everywhere (keys and the command palette) --------------------

    def action_help(self) -> None:
        from voicecoach.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_library(self) -> None:
        from voicecoach.tui.screens.library import LibraryScreen

        while len(self.screen_stack) > 2 and not isinstance(self.screen, LibraryScreen):
            self.pop_screen()

    def action_devices(self) -> None:
        from voicecoach.tui.screens.devices import DevicesScreen

        self.push_screen(DevicesScreen())

    def action_progress(self) -> None:
        from voicecoach.tui.screens.progress import ProgressScreen

        self.push_screen(ProgressScreen())

    def action_files(self) -> None:
        from voicecoach.tui.screens.files import FilesScreen

        self.push_screen(FilesScreen())

    def action_record(self) -> None:
        from voicecoach.tui.screens.library import LibraryScreen
        from voicecoach.tui.screens.recording import RecordingScreen

        library = next((s for s in self.screen_stack if isinstance(s, LibraryScreen)), None)
        item = library.highlighted() if library is not None else None
        if item is None:
            self.notify(t("record.pick"), severity="warning")
            return
        self.push_screen(RecordingScreen(item))

    def action_demo(self) -> None:
        from voicecoach.tui.screens.library import LibraryScreen

        library = next((s for s in self.screen_stack if isinstance(s, LibraryScreen)), None)
        if library is not None:
            library.start_call(demo=True)

    def action_toggle_language(self) -> None:
        self.set_language("en" if i18n.current_language() == "de" else "de")

    def set_language(self, language: str) -> None:
        """Switch the UI language and rebuild the screens (the call keeps running)."""
        i18n.set_language(language)
        self.settings = self.settings.model_copy(update={"ui_language": i18n.current_language()})
        if self.adapters.save_settings is not None:
            try:
                self.adapters.save_settings(self.settings)
            except Exception as error:  # noqa: BLE001 - a read-only config must not stop the switch
                self.notify(t("error.generic", error=error), severity="warning")
        translate_bindings(self)
        self.sub_title = t("app.subtitle")
        from voicecoach.tui.widgets.titlebar import TitleBar

        for screen in self.screen_stack:
            translate_bindings(screen)
            for bar in screen.query(TitleBar):
                bar.relabel()
            relabel = getattr(screen, "relabel", None)
            if relabel is not None:
                relabel()
        self.refresh_bindings()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield SystemCommand(t("cmd.library"), t("cmd.library.help"), self.action_library)
        yield SystemCommand(t("cmd.demo"), t("cmd.demo.help"), self.action_demo)
        yield SystemCommand(t("cmd.devices"), t("cmd.devices.help"), self.action_devices)
        yield SystemCommand(t("cmd.progress"), t("cmd.progress.help"), self.action_progress)
        yield SystemCommand(t("cmd.files"), t("cmd.files.help"), self.action_files)
        yield SystemCommand(t("cmd.record"), t("cmd.record.help"), self.action_record)
        yield SystemCommand(t("cmd.language"), t("cmd.language.help"), self.action_toggle_language)
        yield SystemCommand(t("cmd.help"), t("cmd.help.help"), self.action_help)
        yield from super().get_system_commands(screen)


def make_app(
    settings: Settings | None = None,
    adapters: Adapters | None = None,
    *,
    demo: bool = False,
    language: str | None = None,
) -> VoiceCoachApp:
    """The app, with the real adapters unless others are given (tests give fakes)."""
    if settings is None:
        from voicecoach.adapters.settings import load_settings

        settings = load_settings()
    if adapters is None:
        from voicecoach.tui.wiring import real_adapters

        adapters = real_adapters(settings)
    return VoiceCoachApp(settings, adapters, demo=demo, language=language)
