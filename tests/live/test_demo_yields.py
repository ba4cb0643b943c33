"""The demo trainee yields to a cut-in: when the customer's interjection is played over its reply,
it stops within half a second, lets the customer finish and goes on, as the judge expects of a
good trainee (``SimulatedReply(yields=True)``, placed by ``demo_script``).

Before, the demo's model answer talked through the cut-in and was judged "talking over" (25
points) and "interruption" (cutting-in-de: 89 and 92 of 100). The fast tests use real speech, the
real VAD and judge with a fake transcriber; the ``real_models`` test runs whole demo calls of the
shipped scenarios with a cut-in (Piper and Whisper, on the virtual clock).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
import yaml

from tests.live.test_engine import SR, of, run_call, scenario
from voicecoach.adapters.library import LoadedScenario, find_scenario
from voicecoach.core.backend import INTERJECTION, SimulatedReply
from voicecoach.core.scenario import Scenario
from voicecoach.live import events as ev
from voicecoach.live.simulated import YIELD_REACTION, YIELD_RESUME_GAP, SimulatedBackend

CUT_IN = [
    {
        "id": "first",
        "say": "My parcel did not arrive.",
        "interjection": {"say": "Wait, one more thing.", "at": 0.5},
    }
]


def sound_frames(signal: np.ndarray, level: float = 0.01) -> np.ndarray:
    """Start times (s) of the 10 ms frames of ``signal`` whose RMS is above ``level``."""
    frame = SR // 100
    count = len(signal) // frame
    rms = np.sqrt(np.mean(np.square(signal[: count * frame].reshape(count, frame)), axis=1))
    return np.flatnonzero(rms > level) / 100


def test_a_yielding_reply_stops_for_the_cut_in_and_goes_on_after_it(speech):
    reply = speech["long_reply"]
    fake = SimulatedBackend(replies=[SimulatedReply(reply, at=1.0, yields=True)])
    fake.start(lambda block, t: None)
    cut_in = speech["interjection"]
    start = fake.play(cut_in, at=1.5, label=INTERJECTION)
    heard = start + sound_frames(cut_in)[0]
    done = start + sound_frames(cut_in)[-1] + 0.01
    fake.run_for(12.0)

    mic = sound_frames(fake.recorded())
    assert mic[mic < heard].size  # it was speaking when the customer cut in
    assert not np.any((mic > heard + YIELD_REACTION[1] + 0.01) & (mic < done + YIELD_RESUME_GAP - 0.01))
    assert np.any(mic >= done + YIELD_RESUME_GAP - 0.01)  # and went on after the customer
    # nothing of the reply is lost: as much sound as the reply holds, give or take a word said again
    assert len(mic) == pytest.approx(len(sound_frames(reply)), rel=0.15)


def test_a_reply_that_does_not_yield_talks_on(speech):
    reply = speech["long_reply"]
    fake = SimulatedBackend(replies=[SimulatedReply(reply, at=1.0)])
    fake.start(lambda block, t: None)
    fake.play(speech["interjection"], at=1.5, label=INTERJECTION)
    fake.run_for(8.0)
    np.testing.assert_array_equal(fake.recorded()[SR : SR + len(reply)], reply)


def test_a_cut_in_called_off_leaves_no_rest_of_the_reply_for_later(speech):
    """The turn ends (the engine stops the playback) before the cut-in plays: the part of the
    reply that waited for it is dropped, not heard in the next turn."""
    fake = SimulatedBackend(replies=[SimulatedReply(speech["long_reply"], at=1.0, yields=True)])
    fake.start(lambda block, t: None)
    fake.play(speech["interjection"], at=2.5, label=INTERJECTION)
    fake.run_for(1.0)
    fake.stop_playback()
    fake.run_for(10.0)
    assert sound_frames(fake.recorded()).max() < 3.5


@pytest.mark.parametrize("yields", [True, False], ids=["yields", "talks-on"])
def test_the_judge_sees_the_demo_trainee_yield(tmp_path, speech, yields):
    events, fake, _ = run_call(
        scenario(tmp_path, turns=CUT_IN), speech, [SimulatedReply(speech["long_reply"], at=4.0, turn=1, yields=yields)]
    )
    assert [p.label for p in fake.played].count(INTERJECTION) == 1
    assert len(of(events, ev.CustomerInterjected)) == 1  # the cut-in was played, not called off
    result = of(events, ev.TurnJudged)[0].result
    kinds = [f.kind for f in result.findings if f.skill == "timing"]
    if yields:
        assert "yielded" in kinds and "talk_over" not in kinds and "interruption" not in kinds, kinds
        assert result.turn.trainee.speech[-1].start > result.turn.customer.speech[-1].end  # went on after
    else:
        assert "talk_over" in kinds, kinds


# -- the shipped demo calls with a cut-in (Piper, Whisper) -------------------------------------------


def english_cut_in(tmp_path: Path) -> LoadedScenario:
    """late-delivery-en with the cut-in its German twin has (no shipped English scenario has one)."""
    shipped = find_scenario("late-delivery-en")
    data: dict[str, Any] = yaml.safe_load(shipped.path.read_text(encoding="utf-8"))
    data["id"] = "late-delivery-cut-in-en"
    plan = next(turn for turn in data["turns"] if turn["id"] == "plan")
    plan["interjection"] = {"say": "And please, no more excuses this time!", "at": 3.0}
    path = tmp_path / "late-delivery-cut-in-en.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return LoadedScenario(Scenario.model_validate(data), path)


@pytest.mark.real_models
@pytest.mark.parametrize("name", ["cutting-in-de", "late-delivery-de", "english"])
def test_the_demo_passes_its_own_model_answers_when_the_customer_cuts_in(tmp_path, name):
    from voicecoach.adapters import whisper_stt
    from voicecoach.adapters.piper_tts import Speaker
    from voicecoach.adapters.settings import Settings
    from voicecoach.analysis import ANALYSIS_DECODE
    from voicecoach.live.demo import demo_script
    from voicecoach.live.engine import CallEngine, EngineOptions

    loaded = english_cut_in(tmp_path) if name == "english" else find_scenario(name)
    settings = Settings()
    speaker = Speaker(settings)
    backend = SimulatedBackend()
    language = loaded.scenario.language
    events: list[ev.CallEvent] = []
    engine = CallEngine(
        loaded, backend, speaker,
        whisper_stt.get_transcriber(language=language, settings=settings, decode=ANALYSIS_DECODE),
        settings, events.append, options=EngineOptions(recordings_dir=tmp_path),
        trainee_script=demo_script(loaded, speaker, backend.sample_rate), demo=True,
    )  # fmt: skip
    engine.run()

    judged = [event.result for event in of(events, ev.TurnJudged)]
    assert judged and not any("interrupted" in r.outcomes for r in judged)  # never the "talked-over" branch
    with_cut_in = [r for r in judged if loaded.scenario.step(r.turn_id).interjection is not None]
    assert with_cut_in and len(of(events, ev.CustomerInterjected)) == len(with_cut_in)
    for result in judged:  # timing and content; pace (clarity) counts Whisper's extra words ("Thank you.")
        lost = [(f.kind, f.penalty) for f in result.findings if f.penalty > 0 and f.skill != "clarity"]
        assert not lost, (result.turn_id, lost, result.turn.trainee.text)
    for result in with_cut_in:  # it stopped for the cut-in (no talk_over above) and went on after it
        assert result.turn.trainee.speech[-1].start > result.turn.customer.speech[-1].end, result.turn_id
