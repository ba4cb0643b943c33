"""``voicecoach call`` (live) uses the app's saved headset check when it was measured with the
devices this call uses, says so in one stderr line, and keeps stdout for the turns.

The real ``open_call`` builds the real engine; only the edges are fakes: the device list (no
sound card here), the duplex stream (never opened), Whisper (not loaded) and the engine's run
(which keeps the options it was built with). The real stream is tested in
tests/adapters/test_duplex.py and tests/e2e/test_call_pulseaudio.py.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pytest
import yaml

from voicecoach import cli
from voicecoach.adapters import duplex, whisper_stt
from voicecoach.adapters.settings import SavedEcho, Settings, config_path
from voicecoach.core.backend import DeviceInfo
from voicecoach.live import engine as engine_module
from voicecoach.live import factory

BUILT_IN = DeviceInfo(0, "Built-in Audio", 2, 2, 48000.0, "ALSA", is_default_input=True, is_default_output=True)
USB = DeviceInfo(1, "USB Headset", 1, 2, 48000.0, "ALSA")
DEVICES = [BUILT_IN, USB]
#: noon UTC: the same calendar day in every time zone the test may run in
MEASURED = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)
HEADSET = SavedEcho(
    delay=0.12, gain=10 ** (-31 / 20), input_device="USB Headset", output_device="USB Headset", measured_at=MEASURED
)
USED = "voicecoach: using the headset check from 2026-11-24 (echo -31 dB, 120 ms)"
OTHER = (
    "voicecoach: the headset check from 2026-11-24 belongs to other devices and is not used; to check these, "
    "open the app ('voicecoach'), press g (devices) and c (headset check)"
)


class Call:
    """What the faked edges saw: the device list asked for, the stream's devices, the engine."""

    def __init__(self) -> None:
        self.listed = 0
        self.opened: list[tuple[Any, Any]] = []
        self.options: list[Any] = []


@pytest.fixture
def call(monkeypatch: pytest.MonkeyPatch) -> Call:
    seen = Call()

    def list_devices() -> list[DeviceInfo]:
        seen.listed += 1
        return list(DEVICES)

    class Stream:  # stands in for SoundDeviceBackend: records the devices, opens nothing
        sample_rate = 48_000

        def __init__(self, input_device: Any, output_device: Any) -> None:
            seen.opened.append((input_device, output_device))

    def run(self: Any) -> None:
        seen.options.append(self.options)

    monkeypatch.setattr(duplex, "list_devices", list_devices)
    monkeypatch.setattr(duplex, "SoundDeviceBackend", Stream)
    monkeypatch.setattr(whisper_stt, "get_transcriber", lambda **_kw: object())
    monkeypatch.setattr(engine_module.CallEngine, "run", run)
    return seen


def write_settings(settings: Settings) -> None:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(settings.model_dump(mode="json", exclude_defaults=True)), encoding="utf-8")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, list[str]]:
    code = cli.main(["call", "boiler-booking-en", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err.splitlines()


def echo_of(call: Call) -> tuple[float | None, float | None]:
    (options,) = call.options
    return options.echo_delay, (options.echo.gain if options.echo is not None else None)


def test_the_check_of_the_chosen_headset_is_subtracted(call: Call, capsys: pytest.CaptureFixture[str]) -> None:
    write_settings(Settings(input_device="USB Headset", output_device="USB Headset", headset_echo=HEADSET))
    code, out, err = run(capsys, "--json")
    assert (code, out) == (0, "")  # the (faked) call judged no turn: stdout stays empty, no progress in it
    assert err == [USED]
    assert call.opened == [("USB Headset", "USB Headset")]
    delay, gain = echo_of(call)
    assert delay == pytest.approx(0.12) and gain == pytest.approx(HEADSET.gain)


def test_the_devices_named_on_the_command_line_decide(call: Call, capsys: pytest.CaptureFixture[str]) -> None:
    # the settings name the built-in audio (the default); the call is made on the headset
    write_settings(Settings(headset_echo=HEADSET))
    code, _out, err = run(capsys, "--input-device", "1", "--output-device", "headset")
    assert code == 0 and err == [USED]
    assert call.opened == [("1", "headset")]
    assert echo_of(call) == (pytest.approx(0.12), pytest.approx(HEADSET.gain))


@pytest.mark.parametrize(
    ("settings", "args"),
    [
        (Settings(headset_echo=HEADSET), ()),  # the default devices are the built-in audio
        (
            Settings(input_device="USB Headset", output_device="USB Headset", headset_echo=HEADSET),
            ("--input-device", "Built-in"),
        ),
    ],
)
def test_a_check_of_other_devices_is_not_used_and_says_how_to_redo_it(
    call: Call, capsys: pytest.CaptureFixture[str], settings: Settings, args: tuple[str, ...]
) -> None:
    write_settings(settings)
    code, out, err = run(capsys, "--json", *args)
    assert (code, out, err) == (0, "", [OTHER])
    assert echo_of(call) == (None, None)


def test_a_check_that_found_no_echo_subtracts_nothing(call: Call, capsys: pytest.CaptureFixture[str]) -> None:
    write_settings(
        Settings(
            headset_echo=HEADSET.model_copy(
                update={"gain": 0.0, "delay": 0.0, "input_device": "Built-in Audio", "output_device": "Built-in Audio"}
            )
        )
    )
    code, _out, err = run(capsys)
    assert code == 0
    assert err == ["voicecoach: using the headset check from 2026-11-24 (no echo found: nothing to subtract)"]
    assert echo_of(call) == (None, None)


def test_no_echo_subtracts_nothing_and_does_not_ask_for_the_devices(
    call: Call, capsys: pytest.CaptureFixture[str]
) -> None:
    write_settings(Settings(input_device="USB Headset", output_device="USB Headset", headset_echo=HEADSET))
    code, _out, err = run(capsys, "--no-echo")
    assert code == 0
    assert err == [
        "voicecoach: not using the headset check from 2026-11-24 (--no-echo): nothing is subtracted from the microphone"
    ]
    assert echo_of(call) == (None, None)
    assert call.listed == 0


def test_without_a_saved_check_nothing_is_said_and_the_devices_are_not_listed(
    call: Call, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--json")
    assert (code, out, err) == (0, "", [])
    assert echo_of(call) == (None, None)
    assert call.listed == 0


def test_quiet_says_nothing_but_still_uses_the_check(call: Call, capsys: pytest.CaptureFixture[str]) -> None:
    write_settings(Settings(input_device="USB Headset", output_device="USB Headset", headset_echo=HEADSET))
    code, out, err = run(capsys, "--quiet", "--json")
    assert (code, out, err) == (0, "", [])
    assert echo_of(call) == (pytest.approx(0.12), pytest.approx(HEADSET.gain))


def test_a_device_that_does_not_exist_stays_the_one_line_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # the real SoundDeviceBackend resolves the devices (over the faked list) before opening anything
    monkeypatch.setattr(duplex, "list_devices", lambda: list(DEVICES))
    monkeypatch.setattr(duplex, "import_sounddevice", lambda: object())  # PortAudio need not be installed
    monkeypatch.setattr(whisper_stt, "get_transcriber", lambda **_kw: pytest.fail("no call without devices"))
    write_settings(Settings(headset_echo=HEADSET))
    code, out, err = run(capsys, "--input-device", "Jabra")
    assert (code, out) == (2, "")
    assert err == [f"voicecoach: no input device matches 'Jabra'; {duplex.LIST_HINT}"]


def test_the_demo_ignores_the_saved_check(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    seen: list[Any] = []

    class Engine:  # the demo call itself is tested in test_call_cli.py
        def run(self) -> None:
            pass

    def open_call(*_args: Any, **kwargs: Any) -> Engine:
        seen.append((kwargs["demo"], kwargs["echo"]))
        return Engine()

    monkeypatch.setattr(factory, "open_call", open_call)
    monkeypatch.setattr(duplex, "list_devices", lambda: pytest.fail("the demo asks for no device list"))
    write_settings(Settings(input_device="USB Headset", output_device="USB Headset", headset_echo=HEADSET))
    code, out, err = run(capsys, "--demo")
    assert (code, out, err) == (0, "", [])
    assert seen == [(True, None)]
