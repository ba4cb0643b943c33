"""The real adapters' glue: microphone probe, echo handed to the engine, settings written."""

from __future__ import annotations

from types import SimpleNamespace

import yaml

from voicecoach import i18n
from voicecoach.adapters.library import find_scenario
from voicecoach.adapters.settings import Settings, config_path, save_settings
from voicecoach.core.backend import DeviceInfo, Echo
from voicecoach.core.errors import UserError
from voicecoach.live import factory
from voicecoach.live.engine import EngineOptions
from voicecoach.tui import wiring
from voicecoach.tui.base import CallRequest


def test_no_input_device_is_one_line_with_the_fix(monkeypatch) -> None:
    from voicecoach.adapters import duplex

    monkeypatch.setattr(duplex, "list_devices", lambda: [DeviceInfo(0, "HDMI", 0, 2, 48000.0)])
    problem = wiring.audio_problem(Settings())
    assert "plug in a headset" in str(problem)
    i18n.set_language("de")  # the app switched language after the probe: the kept line follows
    assert (
        str(problem)
        == "kein Mikrofon gefunden – Headset anschließen (oder PulseAudio starten) und voicecoach neu öffnen"
    )


def test_missing_portaudio_is_reported_not_raised(monkeypatch) -> None:
    from voicecoach.adapters import duplex

    def no_portaudio():
        raise UserError(duplex.PORTAUDIO_MISSING)

    monkeypatch.setattr(duplex, "list_devices", no_portaudio)
    problem = wiring.audio_problem(Settings())
    assert "PortAudio is missing" in str(problem) and "libportaudio2" in str(problem)
    i18n.set_language("de")
    assert "PortAudio fehlt" in str(problem) and "libportaudio2" in str(problem)


def test_measured_echo_goes_into_the_engine_options(monkeypatch) -> None:
    made = []

    def fake_open_call(loaded, settings, *, on_event, demo, echo):
        call = SimpleNamespace(options=EngineOptions(echo=echo))
        made.append(call)
        return call

    monkeypatch.setattr(factory, "open_call", fake_open_call)
    adapters = wiring.real_adapters(Settings())
    item = find_scenario("late-delivery-de")
    call = adapters.open_call(CallRequest(item, echo=Echo(0.05, 0.2)), lambda event: None)
    assert call.options.echo == Echo(0.05, 0.2)
    call = adapters.open_call(CallRequest(item), lambda event: None)
    assert call.options.echo_delay is None


def test_settings_are_written_with_only_what_differs() -> None:
    save_settings(Settings(ui_language="de", input_device="USB Headset"))
    assert yaml.safe_load(config_path().read_text(encoding="utf-8")) == {
        "input_device": "USB Headset",
        "ui_language": "de",
    }


def test_the_saved_headset_check_round_trips_through_the_settings_file() -> None:
    from datetime import datetime, timezone

    from voicecoach.adapters.settings import SavedEcho, load_settings

    echo = SavedEcho(
        delay=0.0625,
        gain=0.31,
        input_device="USB Headset",
        output_device=None,
        measured_at=datetime(2025, 3, 12, 9, 30, 5, tzinfo=timezone.utc),
    )
    settings = Settings(input_device="USB Headset", headset_echo=echo)
    save_settings(settings)
    assert yaml.safe_load(config_path().read_text(encoding="utf-8"))["headset_echo"]["output_device"] is None
    assert load_settings() == settings
