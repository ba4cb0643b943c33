"""``voicecoach call --lang de``: a device lost mid-call is one German line and exit 2 (issue 11);
the engine's message is a ``Said`` template, said in the command line's language."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.speech_fakes import FakeSpeaker, FakeTranscriber
from tests.helpers.untranslated import english_words_in
from tests.live.test_engine import speech  # noqa: F401 - a fixture, registered by being here
from tests.live.test_engine_keeps_up import SilentlyDead
from voicecoach import cli, i18n
from voicecoach.live import factory
from voicecoach.live.engine import CallEngine, EngineOptions


@pytest.fixture
def dead_microphone(monkeypatch: pytest.MonkeyPatch, speech: dict[str, Any]) -> None:  # noqa: F811
    """``call`` over a real-time backend whose microphone goes quiet 1 s into the call."""

    def open_call(loaded: Any, settings: Any, *, on_event: Any, **_: Any) -> CallEngine:
        return CallEngine(
            loaded,
            SilentlyDead(dies_at=1.0, speed=4.0),
            FakeSpeaker(speech),
            FakeTranscriber(),
            on_event=on_event,
            store=None,
            options=EngineOptions(input_timeout=0.5, pause_after_turn=False),
        )

    monkeypatch.setattr(factory, "open_call", open_call)


@pytest.mark.usefixtures("dead_microphone")
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "de",
            "voicecoach: das Mikrofon hat 0,5 s lang keinen Ton geliefert (Gerät ausgesteckt oder Soundserver "
            "beendet); das Gerät prüfen und den Anruf neu starten",
        ),
        (
            "en",
            "voicecoach: the microphone delivered no sound for 0.5 s (device unplugged or sound server stopped); "
            "check the device and start the call again",
        ),
    ],
)
def test_a_lost_microphone_is_one_line_in_the_language_of_the_command_line(
    capsys: pytest.CaptureFixture[str], lang: str, line: str
) -> None:
    try:
        code = cli.main(["--lang", lang, "call", "late-delivery-de", "--quiet"])
    finally:
        i18n.set_language("en")
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err.splitlines() == [line]
    if lang == "de":
        assert not english_words_in(err)
