"""The saved headset check: which devices it belongs to, and whether the calls may use it.

A device setting is a name, an index or None (the system default); the saved echo names the
devices it was measured with. Both are compared by the device names they stand for in the
current device list, so "system default" only matches while the default is the same device.
Pure logic over a device list (``DeviceInfo``) and the settings: the app (devices screen, call
requests) and ``voicecoach call`` share it; nothing here opens a device.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any, Literal

from voicecoach.adapters.headset_check import HeadsetCheck
from voicecoach.adapters.settings import SavedEcho, Settings
from voicecoach.core.backend import Echo

Kind = Literal["input", "output"]


def device_name(setting: str | int | None, devices: Sequence[Any], kind: Kind) -> str | None:
    """The name of the device ``setting`` stands for in ``devices`` (``DeviceInfo`` list).

    Resolves like ``duplex.find_device``: None is the default device, a number its index, a
    string the exact name or a unique part of it. A setting that matches nothing stays as it
    is (a name from the settings file), and None stays None when no device is the default.
    """
    usable = [d for d in devices if getattr(d, "inputs" if kind == "input" else "outputs", 0) > 0]
    if setting is None:
        flag = "is_default_input" if kind == "input" else "is_default_output"
        return next((d.name for d in usable if getattr(d, flag, False)), None)
    if isinstance(setting, int) or setting.strip().isdigit():
        index = int(setting)
        return next((d.name for d in usable if d.index == index), str(setting))
    wanted = setting.strip().lower()
    exact = [d.name for d in usable if d.name.lower() == wanted]
    if exact:
        return exact[0]
    partial = [d.name for d in usable if wanted in d.name.lower()]
    return partial[0] if len(partial) == 1 else setting


def chosen_devices(
    settings: Settings,
    devices: Sequence[Any],
    input_device: str | int | None = None,
    output_device: str | int | None = None,
) -> tuple[str | None, str | None]:
    """The names of the input and output devices a call would use now: ``input_device`` /
    ``output_device`` (``call --input-device/--output-device``) where given, else the settings'."""
    return (
        device_name(settings.input_device if input_device is None else input_device, devices, "input"),
        device_name(settings.output_device if output_device is None else output_device, devices, "output"),
    )


def belongs_to_chosen(
    echo: SavedEcho,
    settings: Settings,
    devices: Sequence[Any],
    input_device: str | int | None = None,
    output_device: str | int | None = None,
) -> bool:
    """True when ``echo`` was measured with the devices chosen now (another headset: False);
    ``input_device``/``output_device`` as for :func:`chosen_devices`."""
    return (echo.input_device, echo.output_device) == chosen_devices(settings, devices, input_device, output_device)


def echo_for_calls(settings: Settings, devices: Sequence[Any]) -> Echo | None:
    """The echo the calls subtract, from the saved check, or None (none saved, other devices,
    or no echo found: nothing to subtract)."""
    echo = settings.headset_echo
    if echo is None or not belongs_to_chosen(echo, settings, devices):
        return None
    return call_echo(echo)


def call_echo(echo: SavedEcho) -> Echo | None:
    """What ``open_call`` subtracts for ``echo``; None when the check found no echo (gain 0)."""
    if echo.gain <= 0.0:
        return None
    return Echo(delay_s=echo.delay, gain=echo.gain)


def from_check(
    report: HeadsetCheck, input_device: str | None, output_device: str | None, now: datetime | None = None
) -> SavedEcho | None:
    """The measurement to save from a headset check; None when the microphone heard nothing
    (a muted microphone tells nothing about the echo, the last good check stays)."""
    if report.silent_mic:
        return None
    echo = report.echo()
    return SavedEcho(
        # no echo found is a result too: this headset needs nothing subtracted
        delay=echo.delay_s if echo is not None else 0.0,
        # capped at the settings' limit (+20 dB): louder than that is a broken measurement anyway
        gain=min(echo.gain, 10.0) if echo is not None else 0.0,
        input_device=input_device,
        output_device=output_device,
        measured_at=now or datetime.now(timezone.utc),
    )
