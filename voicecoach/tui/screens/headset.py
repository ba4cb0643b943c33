"""The guided headset check: a test tone, then the trainee says one sentence while the level
shows live, then one line on what to fix (``adapters.headset_check.guided_check``).

Offered on the library until it has passed once (``settings.headset_check_passed``), and
reachable any time with ``c`` on the library and the devices screen or from the command
palette. What it measured is saved: the echo for the calls that follow (with the devices it was
measured with, ``voicecoach.live.saved_echo``) and the day it passed.
"""

from __future__ import annotations

import threading
from datetime import datetime, timezone
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from voicecoach.core.errors import UserError
from voicecoach.i18n import current_language, t
from voicecoach.live.saved_echo import device_name, from_check
from voicecoach.tui.base import Guarded, failure_line, translate_bindings
from voicecoach.tui.messages import HeadsetChecked, HeadsetProgress
from voicecoach.tui.threads import background
from voicecoach.tui.widgets.keyfooter import KeyFooter
from voicecoach.tui.widgets.meters import LevelMeter
from voicecoach.tui.widgets.titlebar import TitleBar

#: How each verdict is marked on screen.
VERDICT_MARK = {
    "good": ("✓ ", "bold #87d75f"),
    "echo": ("⚠ ", "bold #ffaf00"),
    "echo_unclear": ("⚠ ", "bold #ffaf00"),
    "too_quiet": ("⚠ ", "bold #ffaf00"),
    "no_signal": ("⚠ ", "bold #ff5f5f"),
}


def verdict_line(report: Any) -> Text:
    """The check's one line on what to fix, marked by how bad it is."""
    mark, style = VERDICT_MARK.get(report.verdict, ("⚠ ", "bold #ffaf00"))
    return Text.assemble((mark, style), (report.message(current_language()), style))


def measured_line(report: Any) -> Text:
    """What was measured, for the curious: voice level, room noise, echo."""
    speech = f"{report.speech.level_db:.0f} dBFS" if report.speech.heard else t("check.not_heard")
    if not report.echo_known:
        echo = t("check.unclear")
    elif report.tone.echo_db is None:
        echo = t("check.none")
    else:
        delay = report.tone.echo_delay
        echo = f"{round(report.tone.echo_db) or 0} dB" + (f" ({delay * 1000:.0f} ms)" if delay is not None else "")
    return Text(t("check.measured", speech=speech, noise=max(report.tone.noise_db, -120.0), echo=echo), "#a8a8a8")


class HeadsetCheckScreen(Guarded, Screen[Any]):
    """Runs the guided check on (``input_device``, ``output_device``) (None: the chosen ones) and
    dismisses with the :class:`~voicecoach.adapters.headset_check.GuidedCheck` (None: left before
    one finished). ``autostart``: begin at once (the devices screen), else after Enter."""

    DEFAULT_CSS = """
    #headset-check { height: 1fr; padding: 0 1; }
    #check-intro { height: auto; margin-top: 1; }
    #check-step { height: auto; margin-top: 1; text-style: bold; }
    #check-sentence { height: auto; padding: 0 2; }
    #check-level { height: 1; margin-top: 1; }
    #check-verdict { height: auto; margin-top: 1; }
    #check-measured { height: auto; }
    """

    BINDINGS = [
        Binding("enter", "start", "key.check"),
        Binding("c", "start", show=False),
        Binding("escape", "back", "key.back"),
        Binding("q", "back", show=False),
    ]

    def __init__(self, input_device: Any = None, output_device: Any = None, *, autostart: bool = False) -> None:
        super().__init__()
        translate_bindings(self)
        self.input_device = input_device
        self.output_device = output_device
        self.autostart = autostart
        self.checking = False
        self.report: Any = None
        self.cancel = threading.Event()

    def compose(self) -> ComposeResult:
        yield TitleBar("check.title")
        with VerticalScroll(id="headset-check"):
            yield Static(Text(t("check.intro")), id="check-intro")
            yield Static(id="check-step")
            yield Static(id="check-sentence")
            yield LevelMeter(id="check-level")
            yield Static(id="check-verdict")
            yield Static(id="check-measured")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#check-sentence", Static).display = False
        if self.autostart:
            self.action_start()

    def relabel(self) -> None:
        """The texts again after a language switch."""
        self.query_one("#check-intro", Static).update(Text(t("check.intro")))
        if self.report is not None:
            self._show_report(self.report)

    # -- actions ----------------------------------------------------------------------------

    def action_start(self) -> None:
        if self.checking:
            return
        check = self.app.adapters.headset_check
        verdict = self.query_one("#check-verdict", Static)
        if check is None:
            verdict.update(Text("⚠ " + t("check.failed", reason=getattr(self.app, "audio_problem", None) or "-")))
            return
        self.checking = True
        self.report = None
        self.cancel = threading.Event()
        verdict.update("")
        self.query_one("#check-measured", Static).update("")
        self._run(check, self.cancel)

    def action_back(self) -> None:
        self.cancel.set()  # the check stops within 0.1 s and closes the devices
        self.dismiss(self.report)

    # -- the check in a thread --------------------------------------------------------------

    @background("headset-check")
    def _run(self, check: Any, cancel: threading.Event) -> None:
        def progress(step: Any) -> None:
            if not cancel.is_set():
                self.post_message(HeadsetProgress(step))

        try:
            report = check(self.input_device, self.output_device, on_progress=progress, cancel=cancel)
        except UserError as error:
            self.post_message(HeadsetChecked(error=str(error)))
            return
        except Exception as error:  # noqa: BLE001 - shown as one line (a cancelled check too)
            if cancel.is_set():
                return
            self.post_message(HeadsetChecked(error=failure_line(error)))
            return
        self.post_message(HeadsetChecked(report=report))

    @on(HeadsetProgress)
    def _progress(self, message: HeadsetProgress) -> None:
        step = message.progress
        text = Text(t(f"check.{step.phase}") if step.phase != "done" else t("check.done"))
        if step.phase == "speak" and step.seconds_left > 0:
            text.append("   " + t("check.seconds_left", seconds=step.seconds_left), "#808080")
        self.query_one("#check-step", Static).update(text)
        sentence = self.query_one("#check-sentence", Static)
        if step.phase == "speak" and not sentence.display:
            sentence.update(Text(t("check.sentence"), "bold #87afd7"))
            sentence.display = True
        meter = self.query_one(LevelMeter)
        meter.set_level(step.level_db, speaking=step.phase == "speak")

    @on(HeadsetChecked)
    def _done(self, message: HeadsetChecked) -> None:
        self.checking = False
        self.query_one("#check-sentence", Static).display = False
        verdict = self.query_one("#check-verdict", Static)
        if message.error:
            verdict.update(Text.assemble(("⚠ ", "bold #ff5f5f"), t("check.failed", reason=message.error)))
            return
        self.report = message.report
        self._show_report(message.report)
        self._save(message.report)

    def _show_report(self, report: Any) -> None:
        self.query_one("#check-step", Static).update(Text(t("check.done")))
        self.query_one("#check-verdict", Static).update(verdict_line(report))
        measured = measured_line(report)
        measured.append("\n" + t("check.again"), "#808080")
        self.query_one("#check-measured", Static).update(measured)

    def _save(self, report: Any) -> None:
        """Keep the echo (when the check could tell it) and the day it passed in the settings."""
        app = self.app
        update: dict[str, Any] = {}
        if report.passed:
            update["headset_check_passed"] = datetime.now(timezone.utc)
        if report.tells_echo:
            devices: list[Any] = []
            if app.adapters.list_devices is not None:
                try:
                    devices = list(app.adapters.list_devices())
                except Exception:  # noqa: BLE001 - no list: the devices are named as set
                    devices = []
            settings = app.settings
            saved = from_check(
                report.tone,
                device_name(
                    settings.input_device if self.input_device is None else self.input_device, devices, "input"
                ),
                device_name(
                    settings.output_device if self.output_device is None else self.output_device, devices, "output"
                ),
            )
            if saved is not None:
                update["headset_echo"] = saved
        if not update:
            return
        app.settings = app.settings.model_copy(update=update)
        app.use_saved_echo()
        save = app.adapters.save_settings
        if save is not None:
            try:
                save(app.settings)
            except Exception as error:  # noqa: BLE001 - a read-only config: kept for this session
                self.notify(t("error.generic", error=error), severity="warning")
                return
        if report.passed:
            self.notify(t("check.passed_saved"), timeout=3)
