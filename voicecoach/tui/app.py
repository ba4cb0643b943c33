"""The Textual app: ``make_app(settings, adapters)`` builds it with everything outside injected.

Nothing in ``voicecoach.tui`` opens a device, loads a model or touches the disk on its own: it
asks the :class:`~voicecoach.tui.base.Adapters` it was given. :func:`voicecoach.tui.wiring.real_adapters` builds the
real ones for ``voicecoach app``; tests pass fakes (a :class:`~voicecoach.live.simulated.SimulatedBackend`
with a virtual clock, replies from files, fixed clocks) and drive the app with Pilot.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from platformdirs import user_downloads_path
from textual import events, on
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.worker import WorkerFailed

from voicecoach import i18n
from voicecoach.adapters.settings import Settings, load_settings
from voicecoach.core.backend import Echo
from voicecoach.core.errors import one_line
from voicecoach.i18n import key_display, t
from voicecoach.live.saved_echo import echo_for_calls
from voicecoach.tui.base import Adapters, failure_line, translate_bindings
from voicecoach.tui.messages import CallAgain
from voicecoach.tui.screens.call import CallScreen
from voicecoach.tui.screens.devices import DevicesScreen
from voicecoach.tui.screens.files import FilesScreen
from voicecoach.tui.screens.headset import HeadsetCheckScreen
from voicecoach.tui.screens.help import HelpScreen
from voicecoach.tui.screens.library import LibraryScreen
from voicecoach.tui.screens.progress import ProgressScreen
from voicecoach.tui.screens.recording import RecordingScreen
from voicecoach.tui.screens.summary import SummaryScreen
from voicecoach.tui.widgets.palette import Palette, ThemeNames
from voicecoach.tui.widgets.titlebar import TitleBar
from voicecoach.tui.wiring import real_adapters

log = logging.getLogger(__name__)

#: Screens that a language switch composes anew (they hold nothing typed or recorded); the library
#: and the call relabel themselves, the file and trainer screens keep what the user entered.
REBUILT_ON_SWITCH: tuple[type[Screen], ...] = (HelpScreen, ProgressScreen, DevicesScreen, SummaryScreen)


class VoiceCoachApp(App[None]):
    """voicecoach's TUI."""

    CSS_PATH = "app.tcss"
    #: Tests set this True: the first unexpected error also goes to Textual, which raises it when
    #: the test's ``run_test`` ends, so no test passes over one unnoticed (a test of the handler
    #: itself sets it False on its app).
    strict: bool = False
    TITLE = "voicecoach"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding("f1", "help", "key.help"),
        Binding("question_mark", "help", "key.help", show=False),
        # shown on every screen (the footer puts quit and help first, so 80 columns never cut them)
        Binding("ctrl+q", "quit", "key.quit", priority=True),
        # Textual adds this one itself, described "palette" in English; ours is translated
        Binding("ctrl+p", "command_palette", "key.palette", show=False, priority=True, key_display="^p"),
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
        self.audio_problem: object | None = None  # str() says it in the UI language of the moment
        #: The echo the headset check measured with the chosen devices, for the
        #: calls that follow; from the saved check (``settings.headset_echo``), see use_saved_echo.
        self.measured_echo: Echo | None = None
        #: Errors nobody expected, reported by :meth:`report_unexpected` (newest last).
        self.unexpected_errors: list[BaseException] = []
        #: Where the full tracebacks go (``voicecoach app`` sets it), named in the line on screen.
        self.error_log: Path | None = None
        self._last_error_line: tuple[str, float] = ("", 0.0)

    def on_mount(self) -> None:
        try:
            self.audio_problem = self.adapters.audio_problem()
        except Exception as error:  # noqa: BLE001 - the probe must never stop the app opening
            self.audio_problem = failure_line(error)
        self.use_saved_echo()
        self.push_screen(LibraryScreen())
        if self.start_demo:
            self.call_after_refresh(self.action_demo)

    def use_saved_echo(self, devices: list[Any] | None = None) -> None:
        """Take the saved headset check for the calls if it was measured with the devices chosen
        now, else none (another headset has another echo). ``devices``: the device list when the
        caller has it; else it is asked for, and only when a check is saved."""
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

    # -- errors nobody expected -------------------------------------------------------------

    #: Seconds during which the same error line is not shown again (a widget failing on every
    #: refresh must not flood the screen).
    SAME_ERROR_SECONDS = 10.0

    def report_unexpected(self, error: BaseException, where: str = "") -> None:
        """Log ``error`` with its traceback and show one line; the app and the session go on.

        Called by :class:`~voicecoach.tui.base.Guarded` screens for errors in their handlers and
        by :meth:`_handle_exception` for everything else Textual would end the app for.
        """
        if isinstance(error, WorkerFailed) and isinstance(error.error, BaseException):
            error = error.error
        log.error("unexpected error in %s", where or "the app", exc_info=(type(error), error, error.__traceback__))
        self.unexpected_errors.append(error)
        if self.strict and self._exception is None and isinstance(error, Exception):
            self._exception = error
        line = f"{type(error).__name__}: {one_line(error, 120)}"
        now = time.monotonic()
        if self._last_error_line[0] == line and now - self._last_error_line[1] < self.SAME_ERROR_SECONDS:
            return
        self._last_error_line = (line, now)
        text = t("error.unexpected", error=line)
        if self.error_log is not None:
            text += " " + t("error.see_log", path=str(self.error_log))
        try:
            self.notify(text, severity="error", timeout=15)
        except Exception:  # noqa: BLE001 - the app is closing; the log has it
            log.debug("could not show the error line", exc_info=True)

    def _handle_exception(self, error: Exception) -> None:
        """Textual's last resort ends the app; ours shows one line and keeps the session, once
        the app runs (before that, an error means the app cannot open at all: Textual's way)."""
        if not self.is_running or self._exit or not self.screen_stack:
            super()._handle_exception(error)
            return
        self.report_unexpected(error, where="Textual")

    async def _dispatch_message(self, message: Message) -> None:
        """The app's own handlers (keys, actions, the command palette) as the screens' in
        :class:`~voicecoach.tui.base.Guarded`: one line on screen, the app goes on."""
        try:
            await super()._dispatch_message(message)
        except asyncio.CancelledError:
            raise
        except Exception as error:  # noqa: BLE001 - reported on screen and logged in full
            self.report_unexpected(error, where=type(self).__name__)

    # -- actions reachable from everywhere (keys and the command palette) --------------------

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_library(self) -> None:
        while len(self.screen_stack) > 2 and not isinstance(self.screen, LibraryScreen):
            self.pop_screen()

    def action_devices(self) -> None:
        self.push_screen(DevicesScreen())

    def action_headset_check(self) -> None:
        """The guided headset check on the chosen devices."""
        if not isinstance(self.screen, HeadsetCheckScreen):
            self.push_screen(HeadsetCheckScreen())

    def action_progress(self) -> None:
        self.push_screen(ProgressScreen())

    def action_files(self) -> None:
        self.push_screen(FilesScreen())

    def action_record(self) -> None:
        library = next((s for s in self.screen_stack if isinstance(s, LibraryScreen)), None)
        item = library.highlighted() if library is not None else None
        if item is None:
            self.notify(t("record.pick"), severity="warning")
            return
        self.push_screen(RecordingScreen(item))

    def action_demo(self) -> None:
        library = next((s for s in self.screen_stack if isinstance(s, LibraryScreen)), None)
        if library is not None:
            library.start_call(demo=True)

    @on(CallAgain)
    def _call_again(self, message: CallAgain) -> None:
        """The summary's "again": the same call replaces the summary."""
        self.switch_screen(CallScreen(message.request))

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
        for screen in self.screen_stack:
            # the footers show each screen's bindings: re-translated here, redrawn by refresh_bindings
            translate_bindings(screen)
            for bar in screen.query(TitleBar):
                bar.relabel()
            relabel = getattr(screen, "relabel", None)
            if relabel is not None:
                relabel()
            elif isinstance(screen, REBUILT_ON_SWITCH):
                self.run_worker(self._rebuild(screen), exclusive=False)
        self.refresh_bindings()

    async def _rebuild(self, screen: Screen) -> None:
        """A screen without ``relabel`` written again in the new language: composed anew and
        filled as when it opened (its data are read again; nothing of the user's is on it)."""
        await screen.recompose()
        mounted = getattr(screen, "on_mount", None)
        if mounted is not None:
            mounted()
        self.refresh_bindings()  # the new footer shows its keys once told the bindings are ready

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield SystemCommand(t("cmd.library"), t("cmd.library.help"), self.action_library)
        yield SystemCommand(t("cmd.demo"), t("cmd.demo.help"), self.action_demo)
        yield SystemCommand(t("cmd.devices"), t("cmd.devices.help"), self.action_devices)
        yield SystemCommand(t("cmd.check"), t("cmd.check.help"), self.action_headset_check)
        yield SystemCommand(t("cmd.progress"), t("cmd.progress.help"), self.action_progress)
        yield SystemCommand(t("cmd.files"), t("cmd.files.help"), self.action_files)
        yield SystemCommand(t("cmd.record"), t("cmd.record.help"), self.action_record)
        yield SystemCommand(t("cmd.language"), t("cmd.language.help"), self.action_toggle_language)
        yield SystemCommand(t("cmd.help"), t("cmd.help.help"), self.action_help)
        # Textual's own system commands, in the UI language (Textual writes them in English only;
        # its "Keys" panel lists widget keys in English, so our help, F1, stands in for it)
        yield SystemCommand(t("cmd.theme"), t("cmd.theme.help"), self.action_change_theme)
        if screen.maximized is not None:
            yield SystemCommand(t("cmd.minimize"), t("cmd.minimize.help"), screen.action_minimize)
        elif screen.focused is not None and screen.focused.allow_maximize:
            yield SystemCommand(t("cmd.maximize"), t("cmd.maximize.help"), screen.action_maximize)
        yield SystemCommand(t("cmd.screenshot"), t("cmd.screenshot.help"), lambda: self.set_timer(0.1, self.screenshot))
        yield SystemCommand(t("cmd.quit"), t("cmd.quit.help"), self.action_quit)

    # -- Textual's own notices, in the UI language ----------------------------------------------

    def screenshot_folder(self) -> Path:
        """Where a screenshot goes: the downloads folder, else the home folder (Textual would fail
        with "Failed to save screenshot" where no downloads folder exists)."""
        downloads = user_downloads_path()
        return downloads if downloads.is_dir() else Path.home()

    def screenshot(self) -> None:
        """Save the screen as an SVG file in :meth:`screenshot_folder`; the notice is ours."""
        self.deliver_screenshot(path=str(self.screenshot_folder()))

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        self.deliver_screenshot(filename, path or str(self.screenshot_folder()))

    @on(events.DeliveryComplete)
    def _screenshot_saved(self, event: events.DeliveryComplete) -> None:
        """Textual's "Saved screenshot to ..." in the UI language."""
        if event.name == "screenshot":
            event.prevent_default()  # Textual's English notice comes after ours otherwise
            self.notify(t("screenshot.saved", path=str(event.path or "")), title=t("cmd.screenshot"), markup=False)

    @on(events.DeliveryFailed)
    def _screenshot_failed(self, event: events.DeliveryFailed) -> None:
        """Textual's "Failed to save screenshot" in the UI language, with the reason."""
        if event.name == "screenshot":
            event.prevent_default()
            error = one_line(event.exception, 80) if event.exception is not None else "?"
            folder = str(self.screenshot_folder())
            self.notify(
                t("screenshot.failed", error=error, folder=folder),
                title=t("cmd.screenshot"),
                severity="error",
                markup=False,
            )

    def get_key_display(self, binding: Binding) -> str:
        """A key as the UI language names it: "Strg+P" in German, Textual's "^p" in English."""
        return key_display(binding.key, super().get_key_display(binding))

    def action_help_quit(self) -> None:
        """ctrl+c: Textual's "Do you want to quit? Press ctrl+q to quit the app", in the UI language."""
        for active in self.active_bindings.values():
            if active.binding.action in ("quit", "app.quit"):
                shown = active.binding.key_display or self.get_key_display(active.binding)
                self.notify(t("quit.how", key=shown), title=t("quit.how.title"), markup=False)
                return

    def action_command_palette(self) -> None:
        """Textual's palette with its own texts in the UI language."""
        if self.use_command_palette and not Palette.is_open(self):
            self.push_screen(Palette(id="--command-palette"))

    def search_themes(self) -> None:
        """The themes, named in the UI language (Textual's "Change theme" lists raw names)."""
        self.push_screen(Palette(providers=[ThemeNames], placeholder=t("palette.themes")))


def make_app(
    settings: Settings | None = None,
    adapters: Adapters | None = None,
    *,
    demo: bool = False,
    language: str | None = None,
) -> VoiceCoachApp:
    """The app, with the real adapters unless others are given (tests give fakes)."""
    if settings is None:
        settings = load_settings()
    if language in ("de", "en"):
        # "--lang de" reaches the adapters too: the voice notes (stand-in voice) speak it
        settings = settings.model_copy(update={"ui_language": language})
    if adapters is None:
        adapters = real_adapters(settings)
    return VoiceCoachApp(settings, adapters, demo=demo, language=language)
