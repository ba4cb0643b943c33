"""``config.yaml``: every broken settings file is one line naming the file (and line) and the fix,
exit 2, never a traceback (issue 13); good files in UTF-8 and UTF-16 are read."""

from __future__ import annotations

import codecs
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.bad_yaml import alias_bomb, deep_flow
from tests.helpers.ordinary_user import as_ordinary_user
from voicecoach.adapters.settings import config_path, load_settings
from voicecoach.cli import main
from voicecoach.core.errors import UserError

REPO = Path(__file__).resolve().parents[2]
FIX = "fix or delete the settings file"

BROKEN = [
    (
        "malformed YAML",
        b"whisper_device: cpu\n  bad: [\n",
        ":2: malformed YAML: a ':' where no key can start; check this line's indentation, or put quotes around a text that holds ': '; "
        + FIX,
    ),
    (
        "unclosed quote",
        b'ui_language: "de\n',
        ":2: malformed YAML: a quote or bracket is not closed; " + FIX,
    ),
    ("binary", bytes(range(256)) * 2, ": not a text file in UTF-8; save it as UTF-8 text in an editor, or delete it"),
    ("a control character (found by the fuzz suite)", b"\x01", ": not a text file (control character #x0001)"),
    ("UTF-16 without a byte order mark", "ui_language: de\n".encode("utf-16-le"), ": not a text file in UTF-8"),
    ("Latin-1", "voices: {de: stimme-\xe4}\n".encode("latin-1"), ": not a text file in UTF-8"),
    ("nested 500 deep", deep_flow(500).encode(), ":2: nested more than 40 levels deep"),
    ("alias bomb", alias_bomb().encode(), ":7: more than 20,000 values once its aliases (*name) are expanded"),
    ("a list", b"- ui_language: de\n", ": holds a list, but settings are 'key: value' lines; " + FIX),
    ("a single value", b"hello\n", ": holds a single value, but settings are 'key: value' lines"),
    ("out of range", b"end_of_turn_silence: 99\n", ": end_of_turn_silence: '99' is too large; give 5 or less; " + FIX),
    (
        "unknown key",
        b"wisper_model: small\n",
        ": wisper_model: unknown key 'wisper_model'; did you mean 'whisper_model'?",
    ),
    ("over 64 KB", b"# " + b"x" * 70_000 + b"\n", ": 68 KB, over the limit of 64 KB for the settings file; " + FIX),
]


@pytest.mark.parametrize(("name", "content", "message"), BROKEN, ids=[row[0] for row in BROKEN])
def test_a_broken_settings_file_is_one_line(
    capsys: pytest.CaptureFixture[str], name: str, content: bytes, message: str
) -> None:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    with pytest.raises(UserError) as caught:
        load_settings()
    assert str(caught.value).startswith(f"{path}{message}"), name
    assert "\n" not in str(caught.value)
    assert main(["models"]) == 2
    _out, err = capsys.readouterr()
    assert err == f"voicecoach: {caught.value}\n"


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16"], ids=["UTF-8", "UTF-8 with BOM", "UTF-16 with BOM"]
)
def test_settings_in_utf8_and_utf16_with_a_byte_order_mark_are_read(encoding: str) -> None:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes("ui_language: de\nvoices: {de: de_DE-kerstin-low}\n".encode(encoding))
    if encoding == "utf-16":
        assert path.read_bytes()[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    settings = load_settings()
    assert (settings.ui_language, settings.voices) == ("de", {"de": "de_DE-kerstin-low"})


def test_no_file_and_an_empty_file_are_the_defaults() -> None:
    assert load_settings() == load_settings().__class__()
    config_path().parent.mkdir(parents=True, exist_ok=True)
    config_path().write_text("# nothing set yet\n", encoding="utf-8")
    assert load_settings().fallback_voice == "en_US-joe-medium"


def test_a_settings_folder_is_one_line() -> None:
    config_path().mkdir(parents=True)
    with pytest.raises(UserError, match="is a folder, not the settings file"):
        load_settings()


def test_an_unreadable_settings_file_is_one_line(tmp_path: Path, isolated_home: Path) -> None:
    """A real refusal: mode 000, and the command runs without root's override."""
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("ui_language: de\n", encoding="utf-8")
    path.chmod(0)
    try:
        done = subprocess.run(
            as_ordinary_user([str(REPO / ".venv" / "bin" / "voicecoach"), "models"]),
            capture_output=True,
            text=True,
            timeout=120,
            env={"VOICECOACH_HOME": str(isolated_home), "PATH": "/usr/bin:/bin"},
        )
    finally:
        path.chmod(0o644)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        f"voicecoach: {path}: cannot read the settings file (Permission denied); check its permissions\n"
    )


FALLBACK = [
    (
        "not a voice name",
        "banana",
        "is not a Piper voice name (like en_US-joe-medium) or a .onnx file; fix the setting",
    ),
    ("not installed", "de_DE-nobody-low", "is not installed; get it with: voicecoach models pull de_DE-nobody-low"),
    ("no such file", "/nowhere/voice.onnx", ": no Piper voice there (NAME.onnx with NAME.onnx.json beside it)"),
]


@pytest.mark.parametrize(("name", "value", "message"), FALLBACK, ids=[row[0] for row in FALLBACK])
def test_a_bad_fallback_voice_is_said_by_models(
    capsys: pytest.CaptureFixture[str], name: str, value: str, message: str
) -> None:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"fallback_voice: {value}\n", encoding="utf-8")
    assert main(["models"]) == 0
    _out, err = capsys.readouterr()
    assert f"warning: fallback_voice '{value}' in {path}{' ' if message[0] != ':' else ''}{message}" in err, name
    assert main(["models", "--json"]) == 0
    out, _err = capsys.readouterr()
    assert message in out


def test_the_default_fallback_voice_is_not_warned_about(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models"]) == 0
    assert "fallback_voice" not in capsys.readouterr().err


if sys.platform == "win32":  # pragma: no cover - the suite runs on Linux
    pytest.skip("POSIX permissions", allow_module_level=True)


def test_say_warns_about_a_bad_fallback_voice(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("fallback_voice: banana\n", encoding="utf-8")
    # --interjection on a turn without one stops before any voice is loaded: the warning comes first
    code = main(["say", "late-delivery-en", "--turn", "1", "--interjection", "-o", str(tmp_path / "x.wav")])
    _out, err = capsys.readouterr()
    assert code == 2
    assert err.splitlines()[0] == (
        f"warning: fallback_voice 'banana' in {path} is not a Piper voice name (like en_US-joe-medium) or a .onnx "
        "file; fix the setting"
    )
    assert "has no interjection" in err.splitlines()[1]
