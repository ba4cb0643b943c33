"""An unforeseen library error is said in the UI language: what went wrong and what to do, the
library's English only after it in parentheses (issue 11).

Was: "RuntimeError: CUDA failed with error out of memory" or "OperationalError: disk I/O error"
as the whole line on the call, files, headset, recording and devices screens.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, Static

from tests.helpers.tui_fakes import app_with, fake_adapters, shown, wait_for
from voicecoach import i18n
from voicecoach.tui.base import failure_line
from voicecoach.tui.screens.files import FilesScreen

CASES = [
    (
        RuntimeError("CUDA failed with error out of memory"),
        "Nicht genug Arbeitsspeicher – ein kleineres Whisper-Modell wählen",
        "Not enough memory – choose a smaller Whisper model",
    ),
    (
        MemoryError(),
        "Nicht genug Arbeitsspeicher",
        "Not enough memory",
    ),
    (
        ValueError("Requested float16 compute type, but the target device does not support it"),
        "Diese Rechengenauigkeit kann das Gerät nicht – in den Einstellungen int8 wählen",
        "The device cannot compute at this precision – choose int8",
    ),
    (
        sqlite3.OperationalError("disk I/O error"),
        "Der Verlauf ließ sich nicht lesen oder schreiben",
        "The history could not be read or written",
    ),
    (
        OSError(28, "No space left on device"),
        "Fehlgeschlagen: kein Platz mehr auf dem Datenträger",
        "Failed: the disk is full",
    ),
    (
        ConnectionRefusedError(111, "Connection refused"),
        "Fehlgeschlagen: der Server hat die Verbindung abgelehnt",
        "Failed: the server refused the connection",
    ),
    (
        KeyError("speaker_id"),
        "Unerwarteter Fehler – bitte noch einmal versuchen",
        "Unexpected error – please try again",
    ),
]


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize(("error", "de", "en"), CASES)
def test_a_library_error_is_explained_first_its_words_after(
    language: str, error: BaseException, de: str, en: str
) -> None:
    i18n.set_language(language)
    line = failure_line(error)
    assert line.startswith(de if language == "de" else en), line
    assert line.endswith(")") and f"({type(error).__name__}" in line, line  # the raw text only in parentheses
    assert "\n" not in line


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("de", "Nicht genug Arbeitsspeicher – ein kleineres Whisper-Modell wählen (z. B. base)"),
        ("en", "Not enough memory – choose a smaller Whisper model (e.g. base)"),
    ],
)
async def test_file_mode_says_out_of_memory_in_the_ui_language(
    wav_pair: tuple[Path, Path], language: str, said: str
) -> None:
    def analyze(customer: Path, trainee: Path, item: Any, turn: int | None) -> Any:
        raise RuntimeError("CUDA failed with error out of memory")  # what CTranslate2 raises

    app = app_with(fake_adapters(analyze_files=analyze), language=language)
    customer, trainee = wav_pair
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, FilesScreen)
        app.screen.query_one("#customer", Input).value = str(customer)
        app.screen.query_one("#trainee", Input).value = str(trainee)
        app.screen.query_one("#trainee", Input).focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: "RuntimeError" in shown(app.screen.query_one("#files-status", Static)))
        status = " ".join(shown(app.screen.query_one("#files-status", Static)).split())
        assert said in status and status.index(said) < status.index("RuntimeError"), status
