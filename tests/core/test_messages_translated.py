"""Every message the program says in English first has German that reads like German (issue 11).

The messages are English templates in the source (``UserError("...", path=p)``, ``Said("...")``);
``core/words/messages.py`` holds their German. This test reads every template from the source,
so a new message without German, a German text with English words left in it, a field the German
text names but the English one does not fill, or a message built with an f-string (whose words
cannot be looked up) fails here, naming the file and line.
"""

from __future__ import annotations

import string
from pathlib import Path

import pytest

from tests.helpers.untranslated import english_words_in, formatted_messages, message_templates
from voicecoach.core.errors import Said, UserError, render, speak
from voicecoach.core.words.messages import MESSAGES

PACKAGE = Path(__file__).resolve().parents[2] / "voicecoach"
TEMPLATES = message_templates(PACKAGE)

#: Templates that are the same in German: nothing but fields and punctuation, or a name.
SAME_IN_BOTH = {
    "Situation: {situation}",
    "{where}: {problem}",
    "{where}: {words}; {fix}",
    "{path}: {field}: {problem}; {fix}",
    "ID",
    "{label}: {where} {field}: {message}; nothing was unpacked",
}
#: Entries said by value (``Said(event.reason)``, ``Said(header)``), not written as a literal.
SAID_BY_VALUE = {
    "ID",
    # reasons of TraineeDone and CallEnded (live/events.py), said by commands/call.py
    "silence",
    "end_of_turn",
    "max_length",
    "hang_up",
    "next",
    "finished",
    "hung_up",
    "turn_limit",
    "device_lost",
    "error",
    # the headers and language names of `scenarios list` (commands/scenarios.py)
    "LANG",
    "LEVEL",
    "THEME",
    "TURNS",
    "CUSTOMER",
    "TITLE",
    "German",
    "English",
}


def fields(template: str) -> set[str]:
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


def test_the_source_has_message_templates() -> None:
    """The reader finds the messages (a broken reader would make every other test pass)."""
    assert len(TEMPLATES) > 150
    assert "{path}: no such file; give a recording of a reply" in TEMPLATES


def test_every_message_template_has_german() -> None:
    missing = [f"{where[0]}: {template!r}" for template, where in TEMPLATES.items() if template not in MESSAGES]
    assert not missing, "messages without German in core/words/messages.py:\n" + "\n".join(sorted(missing))


def test_no_message_is_built_before_it_is_said() -> None:
    """``UserError(f"...{x}...")`` cannot be translated: write ``UserError("...{x}...", x=x)``."""
    built = formatted_messages(PACKAGE)
    assert not built, "messages built with an f-string or '+' (give the template and its values):\n" + "\n".join(built)


def test_german_names_only_fields_the_english_fills() -> None:
    bad = [
        f"{english!r}: German uses {sorted(fields(german) - fields(english))}"
        for english, german in MESSAGES.items()
        if not fields(german) <= fields(english)
    ]
    assert not bad, "\n".join(bad)


def test_no_german_message_is_its_english_one() -> None:
    same = [english for english, german in MESSAGES.items() if english == german and english not in SAME_IN_BOTH]
    assert not same, f"German text still English: {same}"


def test_no_english_words_in_german_messages() -> None:
    bad = [f"{german!r}: {found}" for german in MESSAGES.values() if (found := english_words_in(german))]
    assert not bad, "\n".join(bad)


def test_every_german_message_is_used() -> None:
    stale = sorted(set(MESSAGES) - set(TEMPLATES) - SAID_BY_VALUE)
    assert not stale, f"German for messages the source no longer says (remove them): {stale}"


# -- the mechanism -------------------------------------------------------------------------------


@pytest.fixture
def german() -> None:
    speak("de")
    yield
    speak("en")


@pytest.mark.usefixtures("german")
def test_a_user_error_says_its_text_in_the_language_spoken_now() -> None:
    error = UserError("--demo-speed must be between 0.1 and 20, not {demo_speed:g}", demo_speed=25.5)
    assert str(error) == "--demo-speed muss zwischen 0,1 und 20 liegen, nicht 25,5"
    assert error.text("en") == "--demo-speed must be between 0.1 and 20, not 25.5"
    speak("en")  # a live switch: the same error, now in English
    assert str(error) == "--demo-speed must be between 0.1 and 20, not 25.5"


@pytest.mark.usefixtures("german")
def test_parts_of_a_message_are_said_in_the_same_language() -> None:
    fix = Said("fix or delete the settings file")
    error = UserError(
        "{path}: holds {kind}, but settings are 'key: value' lines; {fix}", path="a.yaml", kind=Said("a list"), fix=fix
    )
    assert str(error) == (
        "a.yaml: enthält eine Liste, Einstellungen sind aber Zeilen der Form 'key: value'; "
        "die Einstellungsdatei korrigieren oder löschen"
    )
    assert (
        error.text("en") == "a.yaml: holds a list, but settings are 'key: value' lines; fix or delete the settings file"
    )


@pytest.mark.usefixtures("german")
def test_a_count_picks_its_form_in_a_message() -> None:
    assert render("deleted {count:# session|# sessions} and all recordings", {"count": 1}) == (
        "1 Sitzung und alle Aufnahmen gelöscht"
    )
    assert render("deleted {count:# session|# sessions} and all recordings", {"count": 3}, "en") == (
        "deleted 3 sessions and all recordings"
    )


def test_a_message_kept_as_a_constant_is_said_when_raised(german: None) -> None:
    from voicecoach.adapters.line_recorder import NO_MIC

    error = UserError(NO_MIC)
    assert str(error).startswith("kein Mikrofon gefunden")
    assert error.text("en").startswith("no microphone found")


def test_a_message_without_values_keeps_its_braces() -> None:
    assert str(UserError("turn 2 is written in flow style {...}")) == "turn 2 is written in flow style {...}"


@pytest.mark.usefixtures("german")
def test_the_systems_reasons_are_german() -> None:
    """``OSError`` reasons come from the C library in English ("Permission denied")."""
    template = "{path}: cannot read the settings file ({value}); check its permissions"
    denied = PermissionError(13, "Permission denied", "/x/settings.yaml")
    assert "(keine Berechtigung: '/x/settings.yaml')" in render(template, {"path": "p", "value": denied})
    assert "(keine Berechtigung)" in render(template, {"path": "p", "value": "Permission denied"})
    assert "(kein Platz mehr auf dem Datenträger: 'a')" in render(
        template, {"path": "p", "value": "[Errno 28] No space left on device: 'a'"}
    )
    assert "(Permission denied)" in render(template, {"path": "p", "value": "Permission denied"}, "en")
