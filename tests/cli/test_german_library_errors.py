"""A bad audio file is explained in the UI language, not in the decoders' English (issue 11).

Was: "kaputt.wav: Audio nicht lesbar (Error opening 'kaputt.wav': Format not recognised.; [Errno
1094995529] Invalid data found when processing input: 'kaputt.wav')": libsndfile's and PyAV's
English as the only reason. Tried as a user would: a text file named .wav, an empty file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from voicecoach.cli import main

#: What the decoders say; none of it may be the explanation a user reads.
LIBRARY_ENGLISH = ("Format not recognised", "Error opening", "Invalid data found", "Errno", "System error")

EXPECTED = {
    ("text", "de"): "Audio nicht lesbar (die Datei ist keine Audiodatei oder in einem unbekannten Format); eine WAV-",
    ("text", "en"): "cannot read audio (it is not audio, or in a format neither decoder knows); use a WAV",
    ("empty", "de"): "Audio nicht lesbar (die Datei ist leer, 0 Byte); eine WAV-",
    ("empty", "en"): "cannot read audio (the file is empty, 0 bytes); use a WAV",
}


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("content", ["text", "empty"])
@pytest.mark.parametrize("mode", ["turn", "call"])
def test_an_unreadable_audio_file_is_explained_in_the_ui_language(
    content: str, language: str, mode: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "kaputt.wav"
    broken.write_text("Das ist keine Aufnahme.\n" if content == "text" else "", encoding="utf-8")
    if mode == "turn":
        argv = ["--lang", language, "analyze", "--customer", str(broken), "--trainee", str(broken)]
    else:
        argv = ["--lang", language, "analyze", "--call", str(broken), "--customer-channel", "left"]
    code = main(argv)
    out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 1 and not out, err  # one line, exit 2, no traceback
    assert EXPECTED[content, language] in lines[0], lines[0]
    assert not [word for word in LIBRARY_ENGLISH if word in lines[0]], lines[0]
