"""``voicecoach analyze``: JSON shape, the readable report, and bad input as one line with exit 2."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import numpy as np
import pytest

from voicecoach.adapters.audio_files import load_16k, resample, write_audio
from voicecoach.cli import main

SR = 16_000
LINE = "My laptop was supposed to arrive on Tuesday, and it still has not come. I need it before Monday."


def flat(data: dict) -> dict:
    """``analyze --call --json`` (a whole call, ``CallResult.to_json``) seen as one turn: every
    exchange's findings and the trainee's words; two-file output as it is."""
    if data.get("kind") != "call":
        return data
    findings = [f for exchange in data["exchanges"] for f in exchange["findings"]]
    said = " ".join(w["text"] for e in data["exchanges"] for w in e["timeline"]["trainee"]["words"])
    return {**data, "findings": findings, "transcript": {"trainee": {"text": said}}}


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
    assert "Transcript" in out and "Findings" in out and "Interruption" in out
    assert "Tip:" in out
    assert "Score: total " in out and "listening" in out
    assert 'scenario "The laptop that never arrived", turn 1 ("This is Daniel Reed' in out  # title and line, never ids


@pytest.mark.real_models
def test_stereo_call_matches_two_files(capsys: pytest.CaptureFixture[str], audio: dict[str, Path]) -> None:
    code, out, _err = run_cli(
        capsys, "analyze", "--call", str(audio["call"]), "--customer-channel", "left", "--language", "en", "--json"
    )
    assert code == 0
    call = flat(json.loads(out))
    assert len(call["exchanges"]) == 1  # one customer line, one reply: one exchange
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
        # a value an option does not take (--customer-channel middle, --language fr) is argparse's to say,
        # in the UI language: tests/cli/test_option_values.py
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


# -- faults of the input (issue 13): each kind a row; said in one line or judged with a note ----------


def _write_stereo(path: Path, left: np.ndarray, right: np.ndarray) -> Path:
    import soundfile

    soundfile.write(str(path), np.stack([left, right], axis=1).astype(np.float32), SR, subtype="FLOAT")
    return path


def _write_float(path: Path, samples: np.ndarray) -> Path:
    import soundfile

    soundfile.write(str(path), samples.astype(np.float32), SR, subtype="FLOAT")
    return path


@pytest.fixture(scope="module")
def faulty(tmp_path_factory: pytest.TempPathFactory, audio: dict[str, Path]) -> dict[str, Path]:
    """Damaged variants of the good files: NaN/Inf, silent and duplicated channels, empty, echo."""
    folder = tmp_path_factory.mktemp("faulty")
    customer = load_16k(audio["customer"])
    after = load_16k(audio["after"])
    length = min(len(customer), len(after))
    customer, after = customer[:length], after[:length]
    speech = np.nonzero(np.abs(after) > 0.05)[0]
    sprinkled = after.copy()
    sprinkled[speech[::400][:40]] = np.nan  # 40 NaN and 40 Inf inside the reply
    sprinkled[speech[200::400][:40]] = np.inf
    damaged = after.copy()
    damaged[: length // 5] = np.nan  # a fifth of the file
    rng = np.random.default_rng(3)
    dither = rng.normal(0, 10 ** (-90 / 20), length).astype(np.float32)
    hum = (0.1 * np.sin(2 * np.pi * 50 * np.arange(length) / SR)).astype(np.float32)
    delay = int(0.08 * SR)
    echoed = after.copy()
    echoed[delay:] += np.float32(10 ** (-36 / 20)) * customer[:-delay]
    mixed = customer + after
    garbage = folder / "garbage.wav"
    garbage.write_bytes(b"RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00" + bytes(range(16)) + b"data" + bytes(64))
    import soundfile

    empty_stereo = folder / "empty-stereo.wav"
    soundfile.write(str(empty_stereo), np.zeros((0, 2), np.float32), SR)
    return {
        "customer": audio["customer"],
        "after": audio["after"],
        "sprinkled": _write_float(folder / "sprinkled.wav", sprinkled),
        "damaged": _write_float(folder / "damaged.wav", damaged),
        "sprinkled_call": _write_stereo(folder / "sprinkled-call.wav", customer, sprinkled),
        "silent_customer_call": _write_stereo(folder / "silent-left.wav", np.zeros(length, np.float32), after),
        "dither_customer": _write_float(folder / "dither.wav", dither),
        "hum_customer_call": _write_stereo(folder / "hum-left.wav", hum, after),
        "duplicated_call": _write_stereo(folder / "duplicated.wav", mixed, mixed),
        "empty_stereo": empty_stereo,
        "empty": _write_float(folder / "empty.wav", np.zeros(0, np.float32)),
        "garbage": garbage,
        "echoed": _write_float(folder / "echoed.wav", echoed),
        "echoed_call": _write_stereo(folder / "echoed-call.wav", customer, echoed),
    }


@pytest.mark.real_models
@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--customer", "{customer}", "--trainee", "{damaged}"], "is damaged: 20% of its samples are not numbers"),
        (["--call", "{silent_customer_call}", "--customer-channel", "left"], "(the customer's) is silent"),
        (["--customer", "{dither_customer}", "--trainee", "{after}"], "is silent, so there is no line to answer"),
        (["--call", "{hum_customer_call}", "--customer-channel", "left"], "no speech found on the left channel"),
        (["--call", "{duplicated_call}", "--customer-channel", "left"], "hold the same audio"),
        (["--customer", "{after}", "--trainee", "{after}"], "hold the same audio"),
        (["--call", "{empty_stereo}", "--customer-channel", "right"], "holds no audio (0 samples)"),
        (["--customer", "{customer}", "--trainee", "{empty}"], "holds no audio (0 samples)"),
        (["--call", "{garbage}", "--customer-channel", "left"], "cannot read audio"),
    ],
)
def test_input_that_cannot_be_judged_is_one_line(
    capsys: pytest.CaptureFixture[str], faulty: dict[str, Path], argv: list[str], expected: str
) -> None:
    filled = [part.format(**{name: str(path) for name, path in faulty.items()}) for part in argv]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        code, out, err = run_cli(capsys, "analyze", *filled, "--language", "en", "--json")
    assert (code, out) == (2, "")
    assert len(err.strip().splitlines()) == 1, err
    assert expected in err and "Traceback" not in err
    assert not [w for w in caught if issubclass(w.category, RuntimeWarning)]


@pytest.mark.real_models
@pytest.mark.parametrize(
    ("argv", "note"),
    [
        (["--customer", "{customer}", "--trainee", "{sprinkled}"], "80 samples (you) were not numbers (NaN/Inf)"),
        (["--call", "{sprinkled_call}", "--customer-channel", "left"], "80 samples (you) were not numbers (NaN/Inf)"),
        (["--customer", "{customer}", "--trainee", "{echoed}"], "echo of the customer's voice removed from your track (80 ms late, -36 dB)"),
        (["--call", "{echoed_call}", "--customer-channel", "left"], "echo of the customer's voice removed from your track (80 ms late, -36 dB)"),
    ],
)  # fmt: skip
def test_faults_that_can_be_mended_are_judged_and_said(
    capsys: pytest.CaptureFixture[str], faulty: dict[str, Path], argv: list[str], note: str
) -> None:
    """NaN/Inf samples are silence, a leaked echo is taken out: judged as the clean reply after the line."""
    filled = [part.format(**{name: str(path) for name, path in faulty.items()}) for part in argv]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        code, out, err = run_cli(capsys, "analyze", *filled, "--language", "en", "--json")
    assert code == 0, err
    assert not [w for w in caught if issubclass(w.category, RuntimeWarning)]
    data = flat(json.loads(out))
    assert any(note in line for line in data["notes"]), data["notes"]
    kinds = {f["kind"] for f in data["findings"]}
    assert not kinds & {"interruption", "talk_over", "silent_reply"}
    assert "fellow" in data["transcript"]["trainee"]["text"].lower()
    if "echo" in note:
        assert data["options"]["models"]["input"]["echo_removed"] == {"delay_s": 0.08, "level_db": -36.0}


@pytest.mark.parametrize(
    ("language", "says"),
    [
        ("de", "welche Seite ist es? --trainee DATEI mit --customer DATEI"),
        ("en", "say which side it is: --trainee FILE"),
    ],
)
def test_a_file_without_its_option_says_which_options(
    capsys: pytest.CaptureFixture[str], language: str, says: str
) -> None:
    """'voicecoach analyze reply.wav' (a German first-time user's try) said only 'unknown arguments'."""
    code = main(["--lang", language, "analyze", "reply.wav"])
    err = capsys.readouterr().err
    assert code == 2 and says in err and "reply.wav" in err and len(err.strip().splitlines()) == 1, err
