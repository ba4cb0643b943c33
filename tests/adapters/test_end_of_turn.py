"""Smart Turn v3.2 (adapters/end_of_turn.py) on real speech: a finished reply against the same
reply cut mid-phrase, in English and German; the features against pipecat's own code.

Times below were found with the streaming Silero VAD (``detect_speech``) on shared/realspeech.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from voicecoach.adapters import end_of_turn
from voicecoach.adapters.audio_files import load_16k
from voicecoach.adapters.end_of_turn import SmartTurn, load_end_of_turn, log_mel, model_path, window
from voicecoach.core.end_of_turn import EndOfTurnRule
from voicecoach.core.errors import UserError

SR = 16_000
#: pipecat's own threshold ("complete" above 0.5): these tests are about the model, not the gate.
RULE = EndOfTurnRule(finish_above=0.5, wait_below=0.5, transcript_gate=False)
PAUSE = np.zeros(int(0.3 * SR), np.float32)  # what the engine hands over: the reply and its 0.3 s pause


def ending_at(audio: np.ndarray, seconds: float) -> np.ndarray:
    return np.concatenate([audio[: int(seconds * SR)], PAUSE])


@pytest.fixture(scope="module")
def model() -> SmartTurn:
    return SmartTurn()


def test_the_model_ships_in_the_pipecat_wheel_and_loads_without_pipecat():
    path = model_path()
    assert path is not None and path.name == "smart-turn-v3.2-cpu.onnx"
    assert 8_000_000 < path.stat().st_size < 10_000_000  # the 8.7 MB model, not a pointer file
    found, note = load_end_of_turn()
    assert isinstance(found, SmartTurn) and note == ""


def test_features_are_pipecats_bit_for_bit(realspeech: Path):
    """pipecat's numpy port of the Whisper feature extractor, run from the installed wheel's file
    (not imported through pipecat, whose dependencies are not installed)."""
    path = model_path()
    assert path is not None
    spec = importlib.util.spec_from_file_location(
        "pipecat_whisper_features", path.parent.parent / "_whisper_features.py"
    )
    assert spec is not None and spec.loader is not None
    reference = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(reference)
    audio = load_16k(realspeech / "de_license_read.wav")
    for seconds in (2.0, 8.0, 20.0):  # shorter than the window (padded), exactly it, longer (the end kept)
        ours = log_mel(audio[: int(seconds * SR)])
        theirs = reference.compute_whisper_log_mel_features(window(audio[: int(seconds * SR)]), do_normalize=True)
        assert ours.shape == (80, 800) and ours.dtype == np.float32
        np.testing.assert_array_equal(ours, theirs)


def test_window_keeps_the_last_8_seconds_and_pads_at_the_start():
    short = np.ones(SR, np.float32)
    padded = window(short)
    assert len(padded) == 8 * SR and not padded[: 7 * SR].any() and padded[7 * SR :].all()
    long = np.arange(10 * SR, dtype=np.float32)
    assert window(long)[0] == 2 * SR and window(long)[-1] == 10 * SR - 1


def test_english_finished_sentence_against_the_same_sentence_cut_mid_phrase(model: SmartTurn, realspeech: Path):
    """JFK: "... ask not what your country can do for you, ask what you can do for your country."
    Finished at 10.46 s; cut after "ask not" (4.32 s) and after "... can do for you" (7.58 s)."""
    jfk = load_16k(realspeech / "en_jfk.wav")
    finished = model.probability(ending_at(jfk, 10.46))
    after_ask_not = model.probability(ending_at(jfk, 4.32))
    after_for_you = model.probability(ending_at(jfk, 7.58))
    assert RULE.finished(finished), finished
    assert not RULE.finished(after_ask_not), after_ask_not
    assert not RULE.finished(after_for_you), after_for_you
    assert min(finished, after_ask_not, after_for_you) >= 0.0 and max(finished, after_ask_not, after_for_you) <= 1.0


def test_german_finished_sentence_against_the_same_sentence_cut_mid_phrase(model: SmartTurn, realspeech: Path):
    """The German licence text: its second sentence runs from 12.35 s to 29.7 s; cut at 18 s and
    22 s the model hears a speaker in mid-phrase."""
    german = load_16k(realspeech / "de_license_read.wav")
    finished = model.probability(ending_at(german, 29.7))
    assert RULE.finished(finished), finished
    for cut in (18.0, 22.0):
        cut_short = model.probability(ending_at(german, cut))
        assert not RULE.finished(cut_short), (cut, cut_short)


def test_only_the_last_8_seconds_count(model: SmartTurn, realspeech: Path):
    jfk = load_16k(realspeech / "en_jfk.wav")
    reply = ending_at(jfk, 10.46)
    assert model.probability(reply) == model.probability(np.concatenate([np.ones(3 * SR, np.float32), reply]))


def test_a_missing_model_is_one_note_and_no_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    found, note = load_end_of_turn(tmp_path / "nothing.onnx")
    assert found is None
    assert "\n" not in note and end_of_turn.INSTALL_HINT in note and "silence" in note
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None)
    assert model_path() is None
    with pytest.raises(UserError, match="pip install --no-deps"):
        SmartTurn()


def test_a_damaged_model_file_is_a_note_not_a_crash(tmp_path: Path):
    broken = tmp_path / "smart-turn-v3.2-cpu.onnx"
    broken.write_bytes(b"not an onnx model")
    found, note = load_end_of_turn(broken)
    assert found is None and "could not be loaded" in note and "\n" not in note
