"""``voicecoach analyze``: JSON shape, the readable report, and bad input as one line with exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from voicecoach.adapters.audio_files import load_16k, resample, write_audio
from voicecoach.cli import main

SR = 16_000
LINE = "My laptop was supposed to arrive on Tuesday, and it still has not come. I need it before Monday."


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def audio(tmp_path_factory: pytest.TempPathFactory, realspeech: Path) -> dict[str, Path]:
    """A customer line (Piper, 22.05 kHz) and replies: JFK during the line, after it, and silence."""
    from voicecoach.adapters.piper_tts import Speaker
    from voicecoach.adapters.settings import Settings

    folder = tmp_path_factory.mktemp("analyze-audio")
    clip = Speaker(Settings(), cache_dir=folder / "tts").render_text(LINE, language="en")
    line = resample(clip.samples, clip.sample_rate, SR)
    reply = load_16k(realspeech / "en_jfk.wav")[int(0.3 * SR) : int(4.4 * SR)]
    length = len(line) + len(reply) + 2 * SR
    customer = np.zeros(length, np.float32)
    customer[int(0.3 * SR) : int(0.3 * SR) + len(line)] = line
    during = np.zeros(length, np.float32)
    during[int(1.5 * SR) : int(1.5 * SR) + len(reply)] = reply
    after = np.zeros(length, np.float32)
    start = int(0.3 * SR) + len(line) + int(0.7 * SR)
    after[start : start + len(reply)] = reply[: length - start]
    paths = {
        "customer": write_audio(folder / "customer.wav", resample(customer, SR, 22_050), 22_050),
        "during": write_audio(folder / "during.wav", during, SR),
        "after": write_audio(folder / "after.flac", after, SR),
        "silent": write_audio(folder / "silent.wav", np.zeros(length, np.float32), SR),
        "call": write_audio(folder / "call.wav", np.stack([customer, during], axis=1), SR),
    }
    return paths


@pytest.mark.real_models
def test_json_has_the_documented_shape(capsys: pytest.CaptureFixture[str], audio: dict[str, Path]) -> None:
    code, out, err = run_cli(
        capsys, "analyze", "--customer", str(audio["customer"]), "--trainee", str(audio["during"]),
        "--language", "en", "--json",
    )  # fmt: skip
    assert code == 0, err
    data = json.loads(out)  # stdout holds the JSON object and nothing else
    assert {"findings", "customer_speech", "trainee_speech", "transcript", "metrics", "score", "options"} <= set(data)
    assert data["findings"], "a reply during the line must give findings"
    for finding in data["findings"]:
        assert {"kind", "start", "end", "severity", "message", "tip"} <= set(finding)
        assert isinstance(finding["kind"], str) and isinstance(finding["message"], str)
        assert isinstance(finding["start"], float) and finding["start"] <= finding["end"]
    kinds = [finding["kind"] for finding in data["findings"]]
    assert "interruption" in kinds
    interruption = next(f for f in data["findings"] if f["kind"] == "interruption")
    assert abs(interruption["start"] - 1.5) <= 0.1
    for side in ("customer_speech", "trainee_speech"):
        assert data[side] and all(len(span) == 2 and span[0] < span[1] for span in data[side])
    for side in ("customer", "trainee"):
        transcript = data["transcript"][side]
        assert isinstance(transcript["text"], str) and transcript["text"]
        assert all({"word", "start", "end"} <= set(word) for word in transcript["words"])
    assert "fellow" in data["transcript"]["trainee"]["text"].lower()
    assert isinstance(data["metrics"], dict) and data["metrics"]
    assert isinstance(data["score"]["total"], int)
    assert {"listening", "timing", "empathy", "clarity"} <= set(data["score"]["skills"])
    assert data["options"]["models"]["whisper"]["model"] == "tiny.en"
    assert data["language"] == "en"


@pytest.mark.real_models
def test_readable_report(capsys: pytest.CaptureFixture[str], audio: dict[str, Path]) -> None:
    code, out, _err = run_cli(
        capsys, "analyze", "--customer", str(audio["customer"]), "--trainee", str(audio["during"]),
        "--scenario", "late-delivery-en", "--turn", "1",
    )  # fmt: skip
    assert code == 0
    lines = out.splitlines()
    customer_lane = next(line for line in lines if line.startswith("customer "))
    you_lane = next(line for line in lines if line.startswith("you "))
    assert "█" in customer_lane and "█" in you_lane
    assert any(line.startswith("both ") and "▲" in line for line in lines)  # the overlap is marked
    assert any(line.startswith("findings ") for line in lines)
    assert "Transcript" in out and "Findings" in out and "interruption" in out
    assert "Tip:" in out
    assert "Score: total " in out and "listening" in out
    assert "late-delivery-en" in out


@pytest.mark.real_models
def test_stereo_call_matches_two_files(capsys: pytest.CaptureFixture[str], audio: dict[str, Path]) -> None:
    code, out, _err = run_cli(
        capsys, "analyze", "--call", str(audio["call"]), "--customer-channel", "left", "--language", "en", "--json"
    )
    assert code == 0
    call = json.loads(out)
    code, out, _err = run_cli(
        capsys, "analyze", "--customer", str(audio["customer"]), "--trainee", str(audio["during"]),
        "--language", "en", "--json",
    )  # fmt: skip
    files = json.loads(out)
    assert [f["kind"] for f in call["findings"]] == [f["kind"] for f in files["findings"]]


@pytest.mark.real_models
def test_silent_trainee_is_a_finding_not_a_crash(capsys: pytest.CaptureFixture[str], audio: dict[str, Path]) -> None:
    code, out, err = run_cli(
        capsys, "analyze", "--customer", str(audio["customer"]), "--trainee", str(audio["silent"]),
        "--language", "en", "--json",
    )  # fmt: skip
    assert code == 0, err
    data = json.loads(out)
    assert [f["kind"] for f in data["findings"]] == ["silent_reply"]
    assert data["trainee_speech"] == [] and data["transcript"]["trainee"]["text"] == ""


@pytest.mark.real_models
def test_reply_after_the_line_is_not_an_interruption(
    capsys: pytest.CaptureFixture[str], audio: dict[str, Path]
) -> None:
    code, out, _err = run_cli(
        capsys, "analyze", "--customer", str(audio["customer"]), "--trainee", str(audio["after"]),
        "--language", "en", "--json",
    )  # fmt: skip
    assert code == 0
    kinds = {f["kind"] for f in json.loads(out)["findings"]}
    assert not kinds & {"interruption", "talk_over", "silent_reply"}


@pytest.fixture(scope="module")
def plain_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Files for the usage errors, made without any model: a tone, its stereo pair, a text file."""
    folder = tmp_path_factory.mktemp("plain")
    tone = (0.1 * np.sin(2 * np.pi * 220 * np.arange(SR) / SR)).astype(np.float32)
    paths = {
        "customer": write_audio(folder / "customer.wav", tone, SR),
        "during": write_audio(folder / "trainee.wav", tone, SR),
        "mono": write_audio(folder / "mono.wav", tone, SR),
        "call": write_audio(folder / "call.wav", np.stack([tone, tone], axis=1), SR),
        "text": folder / "notes.wav",
        "missing": folder / "nope.wav",
    }
    paths["text"].write_text("this is not audio", encoding="utf-8")
    return paths


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--customer", "{customer}"], "--trainee is missing"),
        ([], "nothing to analyze"),
        (["--call", "{call}"], "--call needs --customer-channel"),
        (["--call", "{call}", "--customer-channel", "middle"], "must be left or right"),
        (["--call", "{call}", "--customer-channel", "left", "--customer", "{customer}"], "not both"),
        (["--customer", "{customer}", "--trainee", "{during}", "--customer-channel", "left"], "goes with --call"),
        (["--call", "{mono}", "--customer-channel", "left"], "is mono; --call needs a stereo recording"),
        (["--customer", "{customer}", "--trainee", "{missing}"], "cannot read audio (no such file)"),
        (["--customer", "{text}", "--trainee", "{during}"], "cannot read audio"),
        (["--customer", "{customer}", "--trainee", "{during}", "--turn", "2"], "--turn needs --scenario"),
        (
            ["--customer", "{customer}", "--trainee", "{during}", "--scenario", "late-delivery-en", "--turn", "9"],
            "out of range",
        ),
        (
            ["--customer", "{customer}", "--trainee", "{during}", "--scenario", "late-delivery-en", "--turn", "nope"],
            "is not a turn of late-delivery-en",
        ),
        (["--customer", "{customer}", "--trainee", "{during}", "--scenario", "no-such-scenario"], "unknown scenario"),
        (["--customer", "{customer}", "--trainee", "{during}", "--language", "fr"], "--language must be de or en"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], plain_files: dict[str, Path], argv: list[str], expected: str
) -> None:
    filled = [part.format(**{name: str(path) for name, path in plain_files.items()}) for part in argv]
    code, out, err = run_cli(capsys, "analyze", *filled)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert expected in err
    assert "Traceback" not in err
