"""The saved headset check's device matching (``voicecoach.live.saved_echo``): pure logic over a
device list, shared by the app and ``voicecoach call``; no device is opened, no Textual needed.
The app's use of it is in tests/tui/test_saved_echo.py, the call command's in
tests/cli/test_call_saved_echo.py."""

from __future__ import annotations

import math
import sys
from datetime import datetime, timezone
from typing import Any

import pytest

from voicecoach.adapters.headset_check import HeadsetCheck
from voicecoach.adapters.settings import SavedEcho, Settings
from voicecoach.core.backend import DeviceInfo, Echo
from voicecoach.live.saved_echo import (
    belongs_to_chosen,
    call_echo,
    chosen_devices,
    device_name,
    echo_for_calls,
    from_check,
)

BUILT_IN = DeviceInfo(0, "Built-in Audio", 2, 2, 48000.0, "ALSA", is_default_input=True, is_default_output=True)
USB = DeviceInfo(1, "USB Headset", 1, 2, 48000.0, "ALSA")
HDMI = DeviceInfo(2, "HDMI 0", 0, 8, 48000.0, "ALSA")
USB_MIC = DeviceInfo(3, "USB Microphone", 1, 0, 48000.0, "ALSA")
DEVICES = [BUILT_IN, USB, HDMI, USB_MIC]
MEASURED = datetime(2025, 3, 12, 12, 0, tzinfo=timezone.utc)


def saved(
    input_device: str | None = "USB Headset",
    output_device: str | None = "USB Headset",
    *,
    gain: float = 0.25,
    delay: float = 0.06,
) -> SavedEcho:
    return SavedEcho(
        delay=delay, gain=gain, input_device=input_device, output_device=output_device, measured_at=MEASURED
    )


@pytest.mark.parametrize(
    ("setting", "kind", "expected"),
    [
        (None, "input", "Built-in Audio"),  # the system default
        (None, "output", "Built-in Audio"),
        (1, "input", "USB Headset"),  # an index, as a number ...
        (" 1 ", "output", "USB Headset"),  # ... or as text from the settings file
        (2, "output", "HDMI 0"),
        (2, "input", "2"),  # HDMI has no input: the index stands for no usable device
        (9, "input", "9"),  # no such device: stays as written
        ("usb headset", "input", "USB Headset"),  # the exact name, any case
        ("Headset", "output", "USB Headset"),  # a unique part
        ("USB", "input", "USB"),  # two microphones match: stays as written (find_device refuses it)
        ("USB", "output", "USB Headset"),  # the USB microphone has no output: unique
        ("Jabra", "input", "Jabra"),  # a name from the settings file that is not plugged in
    ],
)
def test_a_setting_is_resolved_like_find_device(setting: str | int | None, kind: Any, expected: str) -> None:
    assert device_name(setting, DEVICES, kind) == expected


def test_no_default_device_is_none() -> None:
    no_default = [DeviceInfo(1, "USB Headset", 1, 2, 48000.0, "ALSA")]
    assert device_name(None, no_default, "input") is None
    assert device_name(None, [], "output") is None


def test_the_devices_a_call_uses_are_the_overrides_where_given_else_the_settings() -> None:
    settings = Settings(input_device="USB Headset", output_device=None)
    assert chosen_devices(settings, DEVICES) == ("USB Headset", "Built-in Audio")
    assert chosen_devices(settings, DEVICES, output_device="headset") == ("USB Headset", "USB Headset")
    assert chosen_devices(settings, DEVICES, input_device="0") == ("Built-in Audio", "Built-in Audio")
    assert chosen_devices(settings, DEVICES, input_device=0, output_device=1) == ("Built-in Audio", "USB Headset")


@pytest.mark.parametrize(
    ("settings", "overrides", "devices", "belongs"),
    [
        (Settings(input_device="USB Headset", output_device="USB Headset"), {}, DEVICES, True),
        (Settings(input_device="USB Headset"), {}, DEVICES, False),  # the default output is built-in
        (Settings(input_device="USB Headset"), {"output_device": "Headset"}, DEVICES, True),
        (
            Settings(input_device="USB Headset", output_device="USB Headset"),
            {"input_device": "Built-in"},
            DEVICES,
            False,
        ),
        # the system default counts while the default is the headset (plugged in and made default)
        (Settings(), {}, DEVICES, False),
        (
            Settings(),
            {},
            [
                DeviceInfo(0, "Built-in Audio", 2, 2, 48000.0, "ALSA"),
                DeviceInfo(1, "USB Headset", 1, 2, 48000.0, "ALSA", is_default_input=True, is_default_output=True),
            ],
            True,
        ),
        # no device list (PortAudio said nothing): names chosen by name still match
        (Settings(input_device="USB Headset", output_device="USB Headset"), {}, [], True),
        (Settings(), {}, [], False),
    ],
)
def test_a_saved_check_belongs_only_to_the_devices_it_was_measured_with(
    settings: Settings, overrides: dict[str, Any], devices: list[DeviceInfo], belongs: bool
) -> None:
    assert belongs_to_chosen(saved(), settings, devices, **overrides) is belongs


def test_a_check_on_unnamed_default_devices_belongs_to_unnamed_defaults_only() -> None:
    echo = saved(None, None)
    assert belongs_to_chosen(echo, Settings(), [USB]) is True  # no default marked either
    assert belongs_to_chosen(echo, Settings(), DEVICES) is False  # now the default has a name


def test_the_app_gets_delay_and_gain_only_for_its_devices_and_only_an_echo_found() -> None:
    headset = Settings(input_device="USB Headset", output_device="USB Headset")
    assert echo_for_calls(headset.model_copy(update={"headset_echo": saved()}), DEVICES) == Echo(0.06, 0.25)
    assert echo_for_calls(headset, DEVICES) is None  # nothing saved
    assert echo_for_calls(headset.model_copy(update={"headset_echo": saved(gain=0.0)}), DEVICES) is None
    assert echo_for_calls(Settings(headset_echo=saved()), DEVICES) is None  # other devices


def test_the_call_gets_the_level_in_db_and_the_delay_as_open_call_reads_them() -> None:
    echo = call_echo(saved(gain=0.1, delay=0.12))
    assert isinstance(echo, Echo)
    assert echo.level_db == pytest.approx(-20.0) and echo.delay_s == 0.12
    # open_call turns the level back into the gain the check saved
    assert echo.gain == pytest.approx(0.1)
    assert call_echo(saved(gain=0.0)) is None  # no echo found: nothing to subtract


def check(echo_db: float | None, echo_delay: float | None, *, silent: bool = False) -> HeadsetCheck:
    return HeadsetCheck(
        noise_db=-70.0, level_db=-30.0, echo_db=echo_db, echo_delay=echo_delay, correlation=0.9,
        echo_warning=echo_db is not None and echo_db > -40, silent_mic=silent,
    )  # fmt: skip


def test_from_check_saves_the_echo_with_its_devices() -> None:
    now = datetime(2026, 11, 24, 10, 0, tzinfo=timezone.utc)
    echo = from_check(check(-12.0, 0.04), "USB Headset", None, now=now)
    assert echo is not None
    assert echo.gain == pytest.approx(10 ** (-12 / 20)) and echo.delay == 0.04
    assert (echo.input_device, echo.output_device, echo.measured_at) == ("USB Headset", None, now)
    assert math.isclose(20 * math.log10(echo.gain), -12.0)


def test_from_check_no_echo_is_saved_as_none_found_a_silent_mic_not_at_all_and_a_loud_echo_capped() -> None:
    none_found = from_check(check(None, None), "a", "b")
    assert none_found is not None and (none_found.gain, none_found.delay) == (0.0, 0.0)
    assert from_check(check(None, None, silent=True), "a", "b") is None
    loud = from_check(check(30.0, 0.01), "a", "b")
    assert loud is not None and loud.gain == 10.0


def test_the_module_needs_no_textual() -> None:
    import subprocess

    code = "import sys, voicecoach.live.saved_echo, voicecoach.commands.call; sys.exit('textual' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
