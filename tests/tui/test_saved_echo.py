"""The headset check is remembered: saved in config.yaml with its devices, used again on the next
start while the same devices are chosen, ignored for other devices, and a broken saved value is
the settings' one-line error."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from textual.widgets import Static

from tests.helpers.headset_fakes import check_from_devices, simulated_check
from tests.helpers.tui_fakes import fake_adapters, scripted_opener, shown, wait_for, wait_for_notice
from voicecoach.adapters.settings import SavedEcho, Settings, config_path, load_settings, save_settings
from voicecoach.cli import main
from voicecoach.core.backend import DeviceInfo, Echo
from voicecoach.core.errors import UserError
from voicecoach.live import events as ev
from voicecoach.tui.app import make_app
from voicecoach.tui.screens.devices import DevicesScreen

BUILT_IN = DeviceInfo(0, "Built-in Audio", 2, 2, 48000.0, "ALSA", is_default_input=True, is_default_output=True)
USB = DeviceInfo(1, "USB Headset", 1, 2, 48000.0, "ALSA")
DEVICES = [BUILT_IN, USB]
#: The same devices after the USB headset became the system default (plugged in).
USB_DEFAULT = [
    DeviceInfo(0, "Built-in Audio", 2, 2, 48000.0, "ALSA"),
    DeviceInfo(1, "USB Headset", 1, 2, 48000.0, "ALSA", is_default_input=True, is_default_output=True),
]
MEASURED = datetime(2025, 3, 12, 9, 30, tzinfo=timezone.utc)


def checker(echo_gain: float) -> Any:
    """The real guided headset check on a fake backend whose "speaker" leaks into the microphone
    (a real sentence spoken when the check asks for it)."""
    return simulated_check(echo_gain=echo_gain)


def saved(input_device: str | None, output_device: str | None, gain: float = 0.25) -> SavedEcho:
    return SavedEcho(
        delay=0.06, gain=gain, input_device=input_device, output_device=output_device, measured_at=MEASURED
    )


def echo_line(app: Any) -> str:
    widget = app.screen.query_one("#echo-saved", Static)
    return shown(widget) if widget.display else ""


@pytest.mark.parametrize(("gain", "expected_line"), [(0.3, "in use: echo -10 dB (40 ms)"), (0.0, "in use: echo none")])
async def test_a_check_is_saved_to_config_and_used_on_the_next_start(gain: float, expected_line: str) -> None:
    adapters = fake_adapters(list_devices=lambda: DEVICES, headset_check=checker(gain), save_settings=save_settings)
    app = make_app(load_settings(), adapters, language="en")
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.measured_echo is None  # nothing saved yet
        await pilot.press("g")
        await wait_for(pilot, lambda: isinstance(app.screen, DevicesScreen))
        assert echo_line(app) == ""  # no saved check: the screen looks as before
        await check_from_devices(pilot, app)
        assert expected_line in echo_line(app)
        in_session = app.measured_echo

    # written through the real settings file: the system default devices, by name
    echo = load_settings().headset_echo
    assert echo is not None
    assert (echo.input_device, echo.output_device) == ("Built-in Audio", "Built-in Audio")
    assert timedelta(0) <= datetime.now(timezone.utc) - echo.measured_at < timedelta(minutes=1)
    if gain:
        assert echo.delay == pytest.approx(0.04, abs=0.002) and echo.gain == pytest.approx(gain, rel=0.1)
        assert in_session == Echo(echo.delay, echo.gain)
    else:
        assert echo.gain == 0.0 and in_session is None  # no echo found: nothing to subtract

    # the next start with the same devices takes it without a new check
    again = make_app(load_settings(), fake_adapters(list_devices=lambda: DEVICES), language="en")
    async with again.run_test(size=(120, 40)) as pilot:
        assert again.measured_echo == in_session
        await pilot.press("g")
        await wait_for(pilot, lambda: isinstance(again.screen, DevicesScreen))
        assert expected_line in echo_line(again)


async def test_the_saved_check_goes_into_the_call_request() -> None:
    opener, _calls = scripted_opener([], ending=[ev.CallEnded(None, "hung_up")])
    requests: list[Any] = []

    def open_call(request: Any, on_event: Any) -> Any:
        requests.append(request)
        return opener(request, on_event)

    settings = Settings(
        input_device="USB Headset", output_device="USB Headset", headset_echo=saved("USB Headset", "USB Headset")
    )
    app = make_app(settings, fake_adapters(list_devices=lambda: DEVICES, open_call=open_call), language="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"keller", "enter")
        await pilot.pause()
        await pilot.press("enter")
        await wait_for(pilot, lambda: bool(requests))
        assert requests[0].echo == Echo(0.06, 0.25)


@pytest.mark.parametrize(
    ("settings", "devices", "used"),
    [
        # chosen by name: the same names -> used; another microphone -> not
        (dict(input_device="USB Headset", output_device="USB Headset"), DEVICES, True),
        (dict(input_device="Built-in Audio", output_device="USB Headset"), DEVICES, False),
        # system default: used while the default is the device it was measured with ...
        (dict(), [USB, BUILT_IN], False),
        (dict(), USB_DEFAULT, True),
        # ... chosen by index in a hand-written config: the name it stands for counts
        (dict(input_device=1, output_device="1"), DEVICES, True),
    ],
)
async def test_a_saved_check_counts_only_for_its_devices(
    settings: dict[str, Any], devices: list[Any], used: bool
) -> None:
    app = make_app(
        Settings(**settings, headset_echo=saved("USB Headset", "USB Headset")),
        fake_adapters(list_devices=lambda: devices),
        language="en",
    )
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.measured_echo == (Echo(0.06, 0.25) if used else None)
        await pilot.press("g")
        await wait_for(pilot, lambda: isinstance(app.screen, DevicesScreen))
        wanted = (
            "Saved headset check from 2025-03-12 in use: echo -12 dB (60 ms)." if used else "belongs to other devices"
        )
        assert wanted in echo_line(app)


async def test_choosing_other_devices_drops_the_saved_check_and_choosing_its_devices_brings_it_back() -> None:
    written: list[Settings] = []
    settings = Settings(
        input_device="USB Headset", output_device="USB Headset", headset_echo=saved("USB Headset", "USB Headset")
    )
    app = make_app(settings, fake_adapters(list_devices=lambda: DEVICES, save_settings=written.append), language="de")
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.measured_echo == Echo(0.06, 0.25)
        await pilot.press("g")
        await wait_for(pilot, lambda: isinstance(app.screen, DevicesScreen))
        assert "Gespeicherter Headset-Test vom 12.03.2025 ist aktiv" in echo_line(app)
        await pilot.press("up", "enter")  # the built-in microphone
        await pilot.pause()
        assert app.settings.input_device == "Built-in Audio" and app.measured_echo is None
        assert "gehört zu anderen Geräten" in echo_line(app)
        assert written[-1].headset_echo == settings.headset_echo  # kept for when the headset is back
        await pilot.press("down", "enter")  # the USB headset again
        await pilot.pause()
        assert app.measured_echo == Echo(0.06, 0.25)
        assert "ist aktiv" in echo_line(app)


async def test_a_new_check_on_other_devices_replaces_the_saved_one() -> None:
    written: list[Settings] = []
    settings = Settings(headset_echo=saved("USB Headset", "USB Headset"))
    app = make_app(
        settings,
        fake_adapters(list_devices=lambda: DEVICES, headset_check=checker(0.3), save_settings=written.append),
        language="en",
    )
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.measured_echo is None  # the default is the built-in audio, not the headset
        await pilot.press("g")
        await wait_for(pilot, lambda: isinstance(app.screen, DevicesScreen))
        assert "belongs to other devices" in echo_line(app)
        await check_from_devices(pilot, app)
        await wait_for(pilot, lambda: bool(written))
        echo = written[-1].headset_echo
        assert echo is not None and echo.input_device == "Built-in Audio" and echo.measured_at > MEASURED
        assert app.measured_echo == Echo(echo.delay, echo.gain)
        assert "in use: echo -10 dB (40 ms)" in echo_line(app)


async def test_a_check_that_cannot_be_saved_still_counts_for_this_session() -> None:
    def read_only(settings: Settings) -> None:
        raise PermissionError("config.yaml is read-only")

    app = make_app(
        Settings(),
        fake_adapters(list_devices=lambda: DEVICES, headset_check=checker(0.3), save_settings=read_only),
        language="en",
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g")
        await wait_for(pilot, lambda: isinstance(app.screen, DevicesScreen))
        await check_from_devices(pilot, app)
        await wait_for(pilot, lambda: app.measured_echo is not None)
        await pilot.pause()
        await wait_for_notice(pilot, "read-only")
        assert "in use" in echo_line(app)


@pytest.mark.parametrize(
    ("value", "field"),
    [
        (
            "{delay: 0.06, gain: -1, input_device: a, output_device: b, measured_at: 2025-03-12T09:30:00Z}",
            "headset_echo.gain",
        ),
        (
            "{delay: .nan, gain: 0.2, input_device: a, output_device: b, measured_at: 2025-03-12T09:30:00Z}",
            "headset_echo.delay",
        ),
        ("{delay: 0.06, gain: 0.2, input_device: a, output_device: b}", "headset_echo.measured_at"),
        (
            "{delay: 0.06, gain: 0.2, input_device: a, output_device: b, measured_at: yesterday}",
            "headset_echo.measured_at",
        ),
        (
            "{delay: 0.06, gain: 0.2, input: a, input_device: a, output_device: b, measured_at: 2025-03-12T09:30:00Z}",
            "headset_echo.input",
        ),
        ("0.06", "headset_echo"),
    ],
)
def test_a_broken_saved_check_is_the_settings_one_line_error(
    capsys: pytest.CaptureFixture[str], value: str, field: str
) -> None:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"input_device: USB Headset\nheadset_echo: {value}\n", encoding="utf-8")
    with pytest.raises(UserError) as raised:
        make_app(adapters=fake_adapters())
    message = str(raised.value)
    assert message.startswith(f"{path}: {field}: ") and message.endswith("; fix or delete the settings file")
    assert "\n" not in message
    # the app command says that line and exits 2, no traceback
    assert main(["app"]) == 2
    err = capsys.readouterr().err
    assert err == f"voicecoach: {message}\n"
