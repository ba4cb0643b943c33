"""Which end of turn a live call uses: ``Settings.end_of_turn``, the environment variable that
overrides it, the fall-back to the silence rule when pipecat's model is missing, and the gate of
the scenario's language (``voicecoach.live.factory``)."""

from __future__ import annotations

import logging

import pytest

from tests.helpers.speech_fakes import FakeTranscriber
from voicecoach.adapters import end_of_turn as eot
from voicecoach.adapters import whisper_stt
from voicecoach.adapters.end_of_turn import SmartTurn
from voicecoach.adapters.settings import Settings
from voicecoach.core.end_of_turn import rule_for
from voicecoach.live import factory
from voicecoach.live.factory import END_OF_TURN_ENV, end_of_turn_choice, end_of_turn_model


@pytest.fixture(autouse=True)
def no_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(END_OF_TURN_ENV, raising=False)


def test_the_silence_rule_is_the_default_and_the_model_a_setting():
    """The model cut replies the silence rule keeps in docs/benchmarks.md ("End of turn"): opt-in."""
    assert Settings().end_of_turn == "silence"
    assert end_of_turn_model(Settings()) is None
    assert end_of_turn_choice(Settings(end_of_turn="smart-turn")) == "smart-turn"
    assert isinstance(end_of_turn_model(Settings(end_of_turn="smart-turn")), SmartTurn)


def test_the_environment_overrides_the_setting_both_ways(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(END_OF_TURN_ENV, "silence")
    assert end_of_turn_model(Settings(end_of_turn="smart-turn")) is None
    monkeypatch.setenv(END_OF_TURN_ENV, "smart-turn")
    assert isinstance(end_of_turn_model(Settings()), SmartTurn)


def test_an_unknown_environment_value_is_logged_and_the_setting_kept(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
):
    monkeypatch.setenv(END_OF_TURN_ENV, "smart")
    with caplog.at_level(logging.WARNING, logger="voicecoach.live.factory"):
        assert end_of_turn_choice(Settings(end_of_turn="silence")) == "silence"
    assert [r.getMessage() for r in caplog.records] == [
        "VOICECOACH_END_OF_TURN='smart' is neither silence nor smart-turn; using silence"
    ]


def test_a_missing_model_falls_back_to_the_silence_rule_with_one_line(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
):
    monkeypatch.setattr(eot, "model_path", lambda: None)
    with caplog.at_level(logging.WARNING, logger="voicecoach.live.factory"):
        assert end_of_turn_model(Settings(end_of_turn="smart-turn")) is None
    (record,) = caplog.records
    line = record.getMessage()
    assert "\n" not in line
    assert eot.INSTALL_HINT in line and "fixed silence" in line


def test_settings_refuse_an_unknown_end_of_turn():
    with pytest.raises(ValueError, match="end_of_turn"):
        Settings(end_of_turn="vad")  # type: ignore[arg-type]


@pytest.mark.parametrize(("scenario_id", "language"), [("warranty-no-en", "en"), ("late-delivery-de", "de")])
def test_a_call_asked_for_the_model_gets_it_with_the_gate_of_its_language(
    monkeypatch: pytest.MonkeyPatch, scenario_id: str, language: str
):
    from voicecoach.adapters.library import find_scenario

    monkeypatch.setattr(whisper_stt, "get_transcriber", lambda **_: FakeTranscriber())
    loaded = find_scenario(scenario_id)
    assert loaded.scenario.language == language
    settings = Settings(end_of_turn="smart-turn")
    call = factory.open_call(loaded, settings, on_event=lambda _e: None, demo=True, demo_speed=8.0)
    assert isinstance(call.end_of_turn, SmartTurn)
    assert call.options.end_of_turn_rule == rule_for(language)
    assert (
        factory.open_call(loaded, Settings(), on_event=lambda _e: None, demo=True, demo_speed=8.0).end_of_turn is None
    )
