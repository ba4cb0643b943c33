"""Devices: choose the microphone and the headphones, and run the headset check (a tone is
played and recorded; the echo of it in the microphone tells whether a headset is used).

The check's echo is saved in the settings with the devices it was measured with, so the next
start of the app uses it again for the same headset (``voicecoach.live.saved_echo``)."""

from __future__ import annotations

import math
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from voicecoach.core.errors import UserError
from voicecoach.i18n import current_language, t
from voicecoach.live.saved_echo import belongs_to_chosen
from voicecoach.tui.base import Guarded, failure_line, translate_bindings
from voicecoach.tui.screens.headset import HeadsetCheckScreen, measured_line, verdict_line
from voicecoach.tui.widgets.keyfooter import KeyFooter
from voicecoach.tui.widgets.meters import render_level
from voicecoach.tui.widgets.titlebar import TitleBar

DEFAULT = "__default__"


def _matches(setting: Any, device: Any) -> bool:
    if setting is None:
        return False
    if isinstance(setting, int) or (isinstance(setting, str) and setting.isdigit()):
        return int(setting) == device.index
    return str(setting) == device.name


class DevicesScreen(Guarded, Screen[None]):
    BINDINGS = [
        Binding("c", "check", "key.check"),
        Binding("escape", "back", "key.back"),
        Binding("q", "back", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self)
        self.devices: list[Any] = []
        self.error: str | None = None
        self.checking = False

    def compose(self) -> ComposeResult:
        yield TitleBar("devices.title")
        with Vertical(id="devices"):
            yield Static(id="devices-problem")
            with Horizontal(id="device-lists"):
                yield OptionList(id="inputs")
                yield OptionList(id="outputs")
            yield Static(Text(t("devices.check"), style="bold #87afd7"), id="check-hint")
            yield Static(id="echo-saved")
            yield Static(id="check-result")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#inputs").border_title = t("devices.input")
        self.query_one("#outputs").border_title = t("devices.output")
        self.query_one("#devices-problem", Static).display = False
        self.load()

    def load(self) -> None:
        list_devices = self.app.adapters.list_devices
        try:
            if list_devices is None:
                raise UserError(t("devices.none", reason="-"))
            self.devices = list(list_devices())
            self.error = None if any(d.inputs > 0 or d.outputs > 0 for d in self.devices) else t("audio.no_input")
        except UserError as error:
            self.devices, self.error = [], str(error)
        except Exception as error:  # noqa: BLE001 - a broken sound system is shown, not raised
            self.devices, self.error = [], failure_line(error)
        problem = self.query_one("#devices-problem", Static)
        if self.error:
            problem.update(
                Text.assemble(
                    ("⚠ ", "bold #ff5f5f"),
                    (t("devices.none", reason=self.error), "bold"),
                    "\n",
                    (t("audio.offer"), "#87afd7"),
                )
            )
            problem.display = True
        settings = self.app.settings
        for list_id, setting, channels in (
            ("inputs", settings.input_device, "inputs"),
            ("outputs", settings.output_device, "outputs"),
        ):
            option_list = self.query_one(f"#{list_id}", OptionList)
            option_list.clear_options()
            option_list.add_option(Option(t("devices.default"), id=DEFAULT))
            chosen = 0
            for device in self.devices:
                if getattr(device, channels, 0) <= 0:
                    continue
                is_default = device.is_default_input if channels == "inputs" else device.is_default_output
                prompt = Text.assemble(
                    (f"{device.index:>2} ", "#808080"),
                    device.name,
                    (f"  {device.hostapi}" if device.hostapi else "", "#808080"),
                    ("  ★" if is_default else "", "#ffd75f"),
                )
                option_list.add_option(Option(prompt, id=str(device.index)))
                if _matches(setting, device):
                    chosen = option_list.option_count - 1
            option_list.highlighted = chosen
        self.query_one("#inputs", OptionList).focus()
        self.show_saved_echo()

    def show_saved_echo(self) -> None:
        """Say whether a saved headset check is used for the chosen devices (hidden when none)."""
        widget = self.query_one("#echo-saved", Static)
        echo = self.app.settings.headset_echo
        widget.display = echo is not None
        if echo is None:
            return
        day = echo.measured_at.astimezone().strftime("%d.%m.%Y" if current_language() == "de" else "%Y-%m-%d")
        if belongs_to_chosen(echo, self.app.settings, self.devices):
            level = (
                t("devices.echo_none")
                if echo.gain <= 0.0
                else f"{round(20 * math.log10(echo.gain)) or 0} dB ({echo.delay * 1000:.0f} ms)"
            )
            widget.update(Text.assemble(("✓ ", "bold #87d75f"), t("devices.echo_saved", date=day, echo=level)))
        else:
            widget.update(Text(t("devices.echo_saved_other", date=day), style="#808080"))

    def _device(self, option_id: str | None) -> Any:
        if option_id in (None, DEFAULT):
            return None
        return next((d for d in self.devices if str(d.index) == option_id), None)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        device = self._device(event.option.id)
        key = "input_device" if event.option_list.id == "inputs" else "output_device"
        value = None if device is None else device.name
        self._change_settings({key: value}, "devices.saved", always_tell=True)

    def _change_settings(self, update: dict[str, Any], saved_key: str, *, always_tell: bool = False) -> None:
        """Apply ``update`` to the settings, use the saved check only if it fits the devices now,
        and save; a failed save is a warning and the change holds for this session."""
        self.app.settings = self.app.settings.model_copy(update=update)
        # the saved check counts only for the devices it was measured with
        self.app.use_saved_echo(self.devices)
        self.show_saved_echo()
        save = self.app.adapters.save_settings
        if save is None:
            if always_tell:
                self.notify(t(saved_key), timeout=2)
            return
        try:
            save(self.app.settings)
        except Exception as error:  # noqa: BLE001 - say it, keep the change for this session
            self.notify(t("error.generic", error=error), severity="warning")
            return
        self.notify(t(saved_key), timeout=2)

    def _selected(self, list_id: str) -> Any:
        option_list = self.query_one(f"#{list_id}", OptionList)
        if option_list.highlighted is None:
            return None
        device = self._device(option_list.get_option_at_index(option_list.highlighted).id)
        return None if device is None else device.index

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_check(self) -> None:
        """The guided headset check on the highlighted devices (or the chosen ones on the
        system-default row); its result line comes back here, the echo is saved by it."""
        if self.checking:
            return
        check = self.app.adapters.headset_check
        if check is None or self.error:
            self.notify(t("devices.unavailable", reason=self.error or "-"), severity="warning")
            return
        self.checking = True
        input_device, output_device = self._selected("inputs"), self._selected("outputs")
        self.app.push_screen(HeadsetCheckScreen(input_device, output_device, autostart=True), self._check_done)

    def _check_done(self, report: Any) -> None:
        self.checking = False
        self.app.use_saved_echo(self.devices)
        self.show_saved_echo()
        if report is not None:
            self.query_one("#check-result", Static).update(render_check(report, 60))


def render_check(report: Any, width: int) -> Text:
    """The guided headset check's result: the voice's level as a bar, the echo, and the one line
    on what to fix (never "good" without the voice heard: ``core.headset.headset_verdict``)."""
    text = Text()
    text.append(f"{t('call.level'):<12}", "bold")
    text.append_text(render_level(max(-60.0, float(report.level_db)), width))
    text.append("\n")
    text.append_text(measured_line(report))
    text.append("\n")
    text.append_text(verdict_line(report))
    return text
