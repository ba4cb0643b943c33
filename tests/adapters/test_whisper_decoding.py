"""Decoding that hears German (issue 11): loops re-decoded, the scenario's words offered, the
language told from the longer speech."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from voicecoach.adapters import whisper_stt
from voicecoach.adapters.audio_files import load_16k
from voicecoach.adapters.library import SHIPPED_DIR, load_file
from voicecoach.adapters.whisper_stt import LOOP_RETRY, DecodeOptions, Transcriber
from voicecoach.core.analyzers import pace
from voicecoach.core.analyzers.options import Context, JudgeOptions
from voicecoach.core.analyzers.pace import words_per_minute
from voicecoach.core.repetition import LOOPED_PROBABILITY, Loop, find_loops, without_loops
from voicecoach.core.timeline import Span, Track, Turn
from voicecoach.core.vocabulary import PROMPT_CHARS, reply_prompt

SR = 16_000
LOOPED = "Ich habe in den letzten Mal in den letzten Mal in den letzten Mal in den letzten Mal nachgesehen"


# -- finding a loop (pure) -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "loops"),
    [
        (LOOPED, [Loop(start=2, size=4, copies=4)]),  # the line
        ("ja ja ja das passt", []),  # people say "ja" three times
        ("nein, nein, nein, nein, nein, nein", [Loop(0, 1, 6)]),
        ("ganz genau, ganz genau. Danke.", []),  # a phrase twice is speech
        ("Danke. Danke. Danke. Auf Wiederhören.", []),
        ("the order the order the order is late", [Loop(0, 2, 3)]),
        ("", []),
    ],
)
def test_find_loops(text: str, loops: list[Loop]) -> None:
    assert find_loops(text.split()) == loops


def test_a_loop_is_cut_to_its_first_copy() -> None:
    words = LOOPED.split()
    assert " ".join(without_loops(words, find_loops(words))) == "Ich habe in den letzten Mal nachgesehen"


# -- the prompt (pure) ---------------------------------------------------------------------------------


def test_the_prompt_holds_the_turns_names_numbers_and_key_points_and_ends_in_the_line() -> None:
    scenario = load_file(SHIPPED_DIR / "cancellation-de.yaml").scenario
    prompt = reply_prompt(scenario, "insist")
    assert "Herr Becker" in prompt and "20 48 73" in prompt  # the name, a fact given in an earlier turn
    assert "tut mir leid" in prompt  # a key-point phrasing of this turn
    assert "halben Preis" not in prompt  # offer words are never offered: they would be "heard"
    assert prompt.endswith(" ".join(scenario.step("insist").say.split()))
    assert len(prompt) <= PROMPT_CHARS


def test_a_long_prompt_keeps_the_customers_line() -> None:
    scenario = load_file(SHIPPED_DIR / "cancellation-de.yaml").scenario
    step = scenario.turns[0].model_copy(update={"say": "Guten Tag. " * 80 + "Ende."})
    long = scenario.model_copy(update={"turns": [step]})
    prompt = reply_prompt(long)
    assert len(prompt) <= PROMPT_CHARS and prompt.endswith("Ende.") and not prompt.startswith(" ")


# -- re-decoding a loop (a model that loops on the first decode) ---------------------------------------


class LoopingModel:
    """faster-whisper's ``WhisperModel`` as far as ``Transcriber`` uses it; each decode returns the
    next text of ``texts`` (one word every 0.2 s) and the call's options are kept."""

    model = SimpleNamespace(is_multilingual=True)

    def __init__(self, *texts: str) -> None:
        self.texts = list(texts)
        self.calls: list[dict[str, Any]] = []

    def transcribe(self, samples: np.ndarray, **options: Any) -> tuple[list[Any], Any]:
        self.calls.append(options)
        text = self.texts[min(len(self.calls), len(self.texts)) - 1]
        words = [
            SimpleNamespace(word=" " + w, start=i * 0.2, end=i * 0.2 + 0.15, probability=0.9)
            for i, w in enumerate(text.split())
        ]
        piece = SimpleNamespace(start=0.0, end=len(words) * 0.2, text=text, words=words)
        return [piece], SimpleNamespace(language=options["language"], language_probability=1.0)


def _transcriber(monkeypatch: pytest.MonkeyPatch, model: LoopingModel) -> Transcriber:
    monkeypatch.setattr(whisper_stt, "get_whisper_model", lambda *args, **kwargs: model)
    ref = SimpleNamespace(load_id="fake", english_only=False, label="fake", source="test")
    return Transcriber(ref, "cpu", "int8", DecodeOptions(beam_size=1))  # type: ignore[arg-type]


def test_a_looping_transcript_is_decoded_again_without_the_prompt(monkeypatch: pytest.MonkeyPatch) -> None:
    model = LoopingModel(LOOPED, "Ich habe in den letzten Tagen nachgesehen")
    transcript = _transcriber(monkeypatch, model).transcribe_full(
        np.full(SR * 3, 0.1, np.float32), language="de", prompt="Frau Keller, 4711"
    )
    assert transcript.text == "Ich habe in den letzten Tagen nachgesehen" and transcript.looped
    first, again = model.calls
    assert first["initial_prompt"] == "Frau Keller, 4711" and first["beam_size"] == 1
    assert again["initial_prompt"] is None and again["beam_size"] >= LOOP_RETRY["min_beam_size"]
    assert again["no_repeat_ngram_size"] == LOOP_RETRY["no_repeat_ngram_size"]
    assert again["temperature"] == 0.0  # still deterministic


def test_a_loop_that_survives_the_second_decode_is_cut_and_never_reaches_the_judge(
    monkeypatch: pytest.MonkeyPatch,
) -> None:

    model = LoopingModel(LOOPED, LOOPED)
    transcript = _transcriber(monkeypatch, model).transcribe_full(np.full(SR * 3, 0.1, np.float32), language="de")
    assert transcript.looped and len(model.calls) == 2
    assert [w.text for w in transcript.words] == ["Ich", "habe", "in", "den", "letzten", "Mal", "nachgesehen"]
    assert not find_loops([w.text for w in transcript.words])
    assert [w.probability for w in transcript.words] == [0.9, 0.9] + [LOOPED_PROBABILITY] * 4 + [0.9]
    # the words left say nothing about the pace (the loop gave "206 words per minute"): not judged
    turn = Turn(Track(), Track((Span(0.0, 4.0),), transcript.words), duration=4.0)
    options = JudgeOptions(pace_min_seconds=0.1, pace_min_words=1)
    context = Context(language="de", step=None, facts={}, options=options)
    assert words_per_minute(turn, context)[0] > options.pace_de[1] * 1.5  # it would be "too fast"
    assert pace.analyze(turn, context) == []
    unlooped = replace(
        turn, trainee=Track(turn.trainee.speech, tuple(replace(w, probability=0.9) for w in turn.trainee.words))
    )
    assert [f.evidence["reason"] for f in pace.analyze(unlooped, context)] == ["too_fast"]


def test_a_clean_transcript_is_decoded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    model = LoopingModel("ja ja ja, das passt")
    transcript = _transcriber(monkeypatch, model).transcribe_full(np.full(SR, 0.1, np.float32), language="de")
    assert len(model.calls) == 1 and not transcript.looped and transcript.text == "ja ja ja, das passt"


# -- the real Whisper base ---------------------------------------------------------------------------


@pytest.mark.real_models
def test_language_is_told_among_the_supported_ones(base_multilingual: Transcriber, realspeech: Path) -> None:
    german = load_16k(realspeech / "de_license_read.wav")
    english = load_16k(realspeech / "en_jfk.wav")
    assert base_multilingual.detect_language(german, among=("de", "en"))[0] == "de"
    assert base_multilingual.detect_language(english, among=("de", "en"))[0] == "en"


@pytest.mark.real_models
def test_the_prompt_reaches_whisper_and_keeps_real_german_german(
    base_multilingual: Transcriber, realspeech: Path
) -> None:
    german = load_16k(realspeech / "de_license_read.wav")[: 12 * SR]
    prompt = "Software, Dokumentationsdateien, Genehmigung, unentgeltlich."
    plain = base_multilingual.transcribe_full(german, language="de").text.lower()
    prompted = base_multilingual.transcribe_full(german, language="de", prompt=prompt).text.lower()
    assert "software" in prompted and "genehmigung" in prompted
    assert not find_loops(prompted.split()) and not find_loops(plain.split())


@pytest.mark.real_models
def test_a_german_customer_and_a_short_ja_are_judged_as_german(
    base_multilingual: Transcriber, realspeech: Path
) -> None:
    """Issue 11: without a scenario the trainee's first 0.4 s decided, and "Ja." made it English."""
    from voicecoach.adapters import espeak_tts
    from voicecoach.analysis import analyze_tracks
    from voicecoach.core.audio_ops import resample

    customer = np.zeros(12 * SR, np.float32)
    customer[SR : 9 * SR] = load_16k(realspeech / "de_license_read.wav")[: 8 * SR]
    ja, rate = espeak_tts.synthesize("Ja.", espeak_tts.espeak_voice("de"))
    ja = resample(ja, rate, SR)
    trainee = np.zeros(12 * SR, np.float32)
    trainee[int(9.5 * SR) : int(9.5 * SR) + len(ja)] = ja
    result = analyze_tracks(customer, trainee, transcriber=base_multilingual)
    assert result.language == "de"
    assert "software" in result.turn.customer.text.lower()  # the German customer heard as German
    assert [w.text.strip(".,!").lower() for w in result.turn.trainee.words] == ["ja"]


def test_a_provisional_decode_that_loops_is_not_decoded_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """The live call's passes are replaced by a later decode: a loop there is cut, not decoded
    again with beam 5 (2.7-2.9 s for 1.1 s of audio on this machine, where the pass took 0.5 s)."""
    model = LoopingModel(LOOPED, "Ich habe in den letzten Tagen nachgesehen")
    transcript = _transcriber(monkeypatch, model).transcribe_full(
        np.full(SR * 3, 0.1, np.float32), language="de", retry_loops=False
    )
    assert len(model.calls) == 1 and transcript.looped
    assert not find_loops([w.text for w in transcript.words])


@pytest.mark.parametrize(("seconds", "tokens"), [(1.0, 36), (3.4, 64), (16.0, 216), (30.0, 220), (90.0, 220)])
def test_a_decode_may_write_tokens_for_its_length_only(
    monkeypatch: pytest.MonkeyPatch, seconds: float, tokens: int
) -> None:
    """A degenerate decode (". . . ." to the end of the window) is cut short: the most tokens a
    window may get grow with the audio's length (12 a second: 4 words of up to 2 tokens, and more)."""
    model = LoopingModel("Guten Tag")
    _transcriber(monkeypatch, model).transcribe_full(np.full(int(SR * seconds), 0.1, np.float32), language="de")
    assert model.calls[0]["max_new_tokens"] == tokens


@pytest.mark.real_models
def test_a_long_prompt_and_a_full_window_decode_with_the_real_model() -> None:
    """faster-whisper refuses a prompt plus ``max_new_tokens`` beyond 448 tokens: the longest
    prompt it builds (223 tokens of text) with 30 s of audio still decodes."""
    transcriber = whisper_stt.get_transcriber("tiny.en", language="en")
    prompt = " ".join(["Frau Keller, order 4711, the pram, delivered on Friday."] * 60)  # far over 223 tokens
    noise = np.random.default_rng(1).normal(0, 0.01, SR * 30).astype(np.float32)
    transcript = transcriber.transcribe_full(noise, language="en", prompt=prompt)
    assert transcript.duration == pytest.approx(30.0)
