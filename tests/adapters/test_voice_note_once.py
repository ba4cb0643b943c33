"""The hint to install a natural voice is said once, in the UI language, and the settings
remember it: not again in the next call, nor in the next session (issue 11)."""

from __future__ import annotations

import pytest

from voicecoach.adapters.piper_tts import Speaker
from voicecoach.adapters.settings import Settings, load_settings
from voicecoach.core.errors import speak


@pytest.fixture
def german_ui() -> None:
    speak("de")
    yield
    speak("en")


@pytest.mark.usefixtures("german_ui")
def test_the_voice_note_is_said_once_per_language_across_calls() -> None:
    first = Speaker(Settings()).render_text("Guten Tag, Herr Becker hier.", language="de", gender="male")
    assert first.voice != "en_US-joe-medium"  # a German stand-in, never the English voice
    assert first.note is not None and first.note.startswith("Keine deutsche Piper-Stimme installiert")
    assert (
        "voicecoach models pull de_DE-" in first.note
        and "alle fehlenden Stimmen zeigt: voicecoach models" in first.note
    )
    assert load_settings().voice_notes_said == ["stand-in:de"]
    # the next call (a new Speaker, as every call has) and a new session: no note again
    again = Speaker(load_settings()).render_text("Und wann kommt er?", language="de", gender="male")
    assert again.note is None
    assert Speaker(Settings()).render_text("Danke.", language="de").note is None
    # a persona with another German voice: the stand-in speaks it too, and the note is not said again
    other = Speaker(load_settings()).render_text("Guten Tag.", language="de", gender="female")
    assert other.note is None


def test_a_settings_file_that_cannot_be_written_only_repeats_the_note(monkeypatch: pytest.MonkeyPatch) -> None:
    from voicecoach.adapters import piper_tts
    from voicecoach.core.errors import UserError

    def refuse(_settings: Settings) -> None:
        raise UserError("read-only")

    monkeypatch.setattr(piper_tts, "save_settings", refuse)
    speaker = Speaker(Settings(ui_language="en"))
    first = speaker.render_text("Guten Tag.", language="de")
    assert first.note is not None and first.note.startswith("No German Piper voice is installed")
    assert speaker.render_text("Danke.", language="de").note is None  # still once per call
