"""A library's English error text never reaches a user line (issue 11): the common causes are said
as one phrase in the UI language, the raw text stays in the error's values (and the log).

Was: "die Piper-Stimme de_DE-kerstin-low lässt sich nicht herunterladen (<urlopen error [Errno -2]
Name or service not known>)", "das Whisper-Modell small lässt sich nicht herunterladen (Got:
ConnectError: [Errno -2] … on the Hub …)", "/tmp/kunde.wav: keine Zip-Datei (File is not a zip file)".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from voicecoach.cli import main
from voicecoach.core.errors import UserError
from voicecoach.core.words.messages import library_cause

PIPER = "cannot download Piper voice {name} ({error}); check the network connection"
WHISPER = "cannot download Whisper model {name} ({error}); check the network connection"
HUB = (
    "Got: ConnectError: [Errno -2] Name or service not known An error happened while trying to locate the files "
    "on the Hub, and we cannot find the appropriate snapshot folder for the specified revision on"
)


@pytest.mark.parametrize(
    ("template", "name", "raw", "language", "line"),
    [
        (
            PIPER,
            "de_DE-kerstin-low",
            "<urlopen error [Errno -2] Name or service not known>",
            "de",
            "die Piper-Stimme de_DE-kerstin-low lässt sich nicht herunterladen (der Servername lässt sich nicht "
            "auflösen – keine Netzverbindung?); die Netzverbindung prüfen",
        ),
        (
            PIPER,
            "de_DE-kerstin-low",
            "<urlopen error [Errno -2] Name or service not known>",
            "en",
            "cannot download Piper voice de_DE-kerstin-low (the server name cannot be resolved – no network "
            "connection?); check the network connection",
        ),
        (
            WHISPER,
            "small",
            HUB,
            "de",
            "das Whisper-Modell small lässt sich nicht herunterladen (der Servername lässt sich nicht auflösen – "
            "keine Netzverbindung?); die Netzverbindung prüfen",
        ),
        (
            WHISPER,
            "small",
            ConnectionRefusedError(111, "Connection refused"),
            "de",
            "das Whisper-Modell small lässt sich nicht herunterladen (Verbindung abgelehnt); die Netzverbindung prüfen",
        ),
        (
            WHISPER,
            "small",
            "HTTPSConnectionPool(host='huggingface.co'): Read timed out.",
            "en",
            "cannot download Whisper model small (the connection timed out); check the network connection",
        ),
    ],
)
def test_download_errors_say_the_cause(template: str, name: str, raw: object, language: str, line: str) -> None:
    error = UserError(template, name=name, error=raw)
    assert error.text(language) == line
    assert error.values["error"] is raw  # the library's own words are kept for the log


@pytest.mark.parametrize(
    ("raw", "de", "en"),
    [
        ("[Errno 101] Network is unreachable", "keine Netzverbindung", "no network connection"),
        (
            "[Errno 111] Connection refused",
            "der Server hat die Verbindung abgelehnt",
            "the server refused the connection",
        ),
        ("File is not a zip file", "keine Zip-Datei", "not a zip file"),
        ("[Errno 13] Permission denied: '/x'", "keine Berechtigung", "no permission"),
        ("[Errno 28] No space left on device", "kein Platz mehr auf dem Datenträger", "the disk is full"),
        ("something nobody foresaw", None, None),
    ],
)
def test_library_cause(raw: str, de: str | None, en: str | None) -> None:
    assert library_cause(raw, "de") == de
    assert library_cause(raw, "en") == en


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("de", "keine Zip-Datei; die mit 'voicecoach scenarios pack' erstellte Zip-Datei angeben\n"),
        ("en", "not a zip file; give the zip made with 'voicecoach scenarios pack'\n"),
    ],
)
def test_unpacking_a_wav_says_not_a_zip_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, language: str, line: str
) -> None:
    monkeypatch.setenv("VOICECOACH_HOME", str(tmp_path / "home"))
    wav = tmp_path / "kunde.wav"
    wav.write_text("hi\n")
    assert main(["--lang", language, "scenarios", "unpack", str(wav)]) == 2
    err = capsys.readouterr().err
    assert err.endswith(f"{wav}: {line}")
    assert "File is not a zip file" not in err
