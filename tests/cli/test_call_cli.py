"""``voicecoach call``: the demo call end to end (Piper, Whisper, judge, store), and the one-line
problems with exit code 2. The call on real devices is in tests/e2e/test_call_pulseaudio.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers.timelines import TURN_RESULT_KEYS
from voicecoach import cli
from voicecoach.adapters import duplex
from voicecoach.core.backend import DeviceInfo
from voicecoach.core.errors import UserError


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, list[str]]:
    code = cli.main(["call", *args])
    captured = capsys.readouterr()
    return code, captured.out, [line for line in captured.err.splitlines() if line.strip()]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            (),
            "voicecoach: name the scenario to call, e.g. 'voicecoach call late-delivery-en'; see 'voicecoach scenarios list'",
        ),
        (("boiler-booking-en", "--turns", "0"), "voicecoach: --turns must be 1 or more, not 0"),
        (("boiler-booking-en", "--demo-reply", "x.wav"), "voicecoach: --demo-reply and --demo-speed need --demo"),
        (
            ("boiler-booking-en", "--demo", "--demo-reply", "missing.wav"),
            "voicecoach: missing.wav: no such file; give a recording of a reply",
        ),
        (("no-such-scenario",), "voicecoach: unknown scenario 'no-such-scenario'"),
    ],
)
def test_problems_are_one_line_and_exit_2(capsys, args, message):
    code, out, err = run(capsys, *args)
    assert code == 2
    assert out == ""
    assert len(err) == 1 and err[0].startswith(message)


def test_no_portaudio_is_one_line_and_exit_2(capsys, monkeypatch):
    def missing() -> None:
        raise UserError(duplex.PORTAUDIO_MISSING)

    monkeypatch.setattr(duplex, "import_sounddevice", missing)
    code, out, err = run(capsys, "boiler-booking-en", "--json")
    assert (code, out) == (2, "")
    assert err == ["voicecoach: PortAudio is missing; install it with: sudo apt install libportaudio2"]


def test_no_microphone_is_one_line_and_exit_2(capsys, monkeypatch):
    monkeypatch.setattr(duplex, "list_devices", lambda: [DeviceInfo(0, "HDMI 0", 0, 8, 48000.0, "ALSA", False, True)])
    code, out, err = run(capsys, "boiler-booking-en", "--json")
    assert (code, out) == (2, "")
    assert err == [f"voicecoach: {duplex.NO_INPUT}"]


def test_list_devices(capsys, monkeypatch):
    monkeypatch.setattr(
        duplex,
        "list_devices",
        lambda: [
            DeviceInfo(0, "Jabra EVOLVE 20", 1, 2, 16000.0, "ALSA", True, False),
            DeviceInfo(1, "HDA Intel", 2, 2, 48000.0, "ALSA", False, True),
        ],
    )
    code, out, _ = run(capsys, "--list-devices")
    assert code == 0
    assert out.splitlines() == [
        "  0  Jabra EVOLVE 20  (1 in, 2 out, 16000 Hz, ALSA)  default in",
        "  1  HDA Intel  (2 in, 2 out, 48000 Hz, ALSA)  default out",
    ]


@pytest.mark.real_models
def test_demo_call_prints_json_lines_and_saves_the_session(capsys, isolated_home: Path):
    code, out, err = run(capsys, "boiler-booking-en", "--demo", "--demo-speed", "8", "--turns", "2", "--json")
    assert code == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["turn"] for line in lines][:1] == ["booking"] and len(lines) == 2
    first = lines[0]
    assert set(first) == TURN_RESULT_KEYS  # the shape of TurnResult.to_json(), as `analyze --json`
    assert first["scenario"] == "boiler-booking-en"
    # the synthesized reply starts after the customer's line: times from the start of that line
    assert first["trainee_speech"][0][0] > first["customer_speech"][-1][1]
    assert first["transcript"]["trainee"]["words"]
    assert any("customer speaking" in line for line in err)

    from voicecoach.adapters.store import Store

    with Store.open(retention_days=None) as store:
        (session,) = store.sessions()
        record = store.session(session.id)
        assert len(record.turns) == 2
        assert record.summary.status == "completed"
        assert all(rec.available for turn in record.turns for rec in turn.recordings.values())
