"""A settings file with a wrong value is told in the UI language, in the words the scenario loader
uses for the same mistake (issue 11: pydantic's English detail was shown to German users)."""

from __future__ import annotations

import pytest

from tests.helpers.untranslated import english_words_in
from voicecoach import i18n
from voicecoach.adapters.settings import config_path
from voicecoach.cli import main

#: (what is wrong, the settings file, the German problem, the English problem)
WRONG = [
    (
        "text for a number",
        "end_of_turn_silence: schnell\n",
        "end_of_turn_silence: eine Zahl erwartet, nicht 'schnell'",
        "end_of_turn_silence: expected a number, got 'schnell'",
    ),
    (
        "a fraction for a whole number",
        "retention_days: 2.5\n",
        "retention_days: eine ganze Zahl erwartet, nicht '2.5'",
        "retention_days: expected a whole number, got '2.5'",
    ),
    (
        "a value not among the choices",
        "whisper_device: gpu\n",
        "whisper_device: 'gpu' ist hier nicht erlaubt; einen dieser Werte angeben: auto, cpu, cuda",
        "whisper_device: 'gpu' is not allowed here; use one of: auto, cpu, cuda",
    ),
    (
        "a list for a mapping",
        "voices: [a, b]\n",
        "voices: Schlüssel mit Werten erwartet (Zeilen der Form 'key: value'), nicht eine Liste",
        "voices: expected a mapping (key: value lines), got a list",
    ),
    (
        "a number below its limit",
        "max_turn_seconds: 1\n",
        "max_turn_seconds: '1' ist zu klein; 5 oder mehr angeben",
        "max_turn_seconds: '1' is too small; give 5 or more",
    ),
    (
        "a list for a device (a union of text and number)",
        "input_device: [1, 2]\n",
        "input_device: Text erwartet, nicht eine Liste",
        "input_device: expected text, got a list",
    ),
    (
        "a missing key in a nested value",
        "headset_echo: {delay: 0.1}\n",
        "headset_echo.gain: dieser Pflichtschlüssel fehlt; ihn ergänzen",
        "headset_echo.gain: required key is missing; add it",
    ),
    (
        "text for a date",
        "headset_check_passed: gestern\n",
        "headset_check_passed: Datum und Uhrzeit erwartet (2026-05-04T09:30:00), nicht 'gestern'",
        "headset_check_passed: expected a date and time (2026-05-04T09:30:00), got 'gestern'",
    ),
    (
        "a misspelt key",
        "wisper_model: small\n",
        "wisper_model: unbekannter Schlüssel „wisper_model“; meinten Sie „whisper_model“?",
        "wisper_model: unknown key 'wisper_model'; did you mean 'whisper_model'?",
    ),
]

#: pydantic's own words, which must never reach the user.
PYDANTIC_WORDS = ("Input should", "Field required", "Extra inputs", "valid number", "valid integer", "dictionary")


@pytest.fixture(autouse=True)
def english_after() -> None:
    yield
    i18n.set_language("en")


@pytest.mark.parametrize(("name", "content", "german", "english"), WRONG, ids=[row[0] for row in WRONG])
def test_a_wrong_value_in_the_settings_is_said_in_german_with_lang_de(
    capsys: pytest.CaptureFixture[str], name: str, content: str, german: str, english: str
) -> None:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")

    assert main(["--lang", "de", "models"]) == 2
    _out, err = capsys.readouterr()
    assert err == f"voicecoach: {path}: {german}; die Einstellungsdatei korrigieren oder löschen\n", name
    assert not any(word in err for word in PYDANTIC_WORDS)
    field = german.split(": ")[0]
    assert not english_words_in(err.partition(f"{field}: ")[2]), err  # the key itself is the file's own

    assert main(["--lang", "en", "models"]) == 2
    _out, err = capsys.readouterr()
    assert err == f"voicecoach: {path}: {english}; fix or delete the settings file\n", name
    assert not any(word in err for word in PYDANTIC_WORDS)
