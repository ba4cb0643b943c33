"""The end-of-turn gate: the transcript's end and the model's probability (``core.end_of_turn``)."""

from __future__ import annotations

import pytest

from voicecoach.core.end_of_turn import EndOfTurnRule, rule_for, unfinished_text
from voicecoach.core.words.turn_ends import CONTINUATIONS


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I have checked your account,", "en"),  # Whisper's comma at a comma pause
        ("When the technician arrives...", "en"),  # Whisper's ellipsis when speech trails off
        ("When the technician arrives…", "en"),
        ("As soon as the refund is approved. . . .", "en"),  # Whisper's spaced ellipsis
        ("You can return it because. .", "en"),
        ("I will send you a copy of.", "en"),  # Whisper writes a full stop after a cut-off "of"
        ("We can offer you a refund or", "en"),
        ("The parcel is now with the", "en"),
        ("I have checked your account and", "en"),
        ("So, um", "en"),
        ("Ich habe Ihr Konto geprüft und", "de"),
        ("Sie können es zurückschicken, weil.", "de"),
        ("Das Paket ist jetzt beim", "de"),
        ("Ich schicke Ihnen eine Kopie der", "de"),
        ("Also, ähm", "de"),
        ("Die Lieferung kommt „am", "de"),  # quotes around the last word do not hide it
        ("Das bedeutet:", "de"),
    ],
)
def test_a_transcript_ending_in_mid_sentence_is_unfinished(text: str, language: str):
    assert unfinished_text(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Your order number is four five seven two.", "en"),
        ("Thank you.", "en"),
        ("Where are you calling from?", "en"),  # prepositions that end English sentences are not listed
        ("Please hold on.", "en"),
        ("Could you tell me your customer number, please?", "en"),
        ("Let me check that for you right now", "en"),  # no full stop: the model decides
        ("Die Zahlung kam am Montag an.", "de"),  # a separable verb particle ends German sentences
        ("Hören Sie mir bitte zu.", "de"),
        ("Kommen Sie mit.", "de"),
        ("Ich zahle es ein.", "de"),
        ("Ich mache das.", "de"),
        ("Kann ich sonst noch etwas für Sie tun?", "de"),
        ("", "de"),
        ("   ", "en"),
    ],
)
def test_a_finished_or_empty_transcript_is_not_unfinished(text: str, language: str):
    assert not unfinished_text(text, language)


def test_the_word_lists_are_per_language_and_an_unknown_language_has_only_punctuation():
    assert unfinished_text("und", "de") and not unfinished_text("und", "en")
    assert unfinished_text("and", "en") and not unfinished_text("and", "de")
    assert not unfinished_text("and", "fr")
    assert unfinished_text("et,", "fr")
    for words in CONTINUATIONS.values():
        assert all(word == word.lower() and word.isalpha() for word in words)


def test_the_gate_finishes_only_on_a_sure_model_and_a_finished_transcript():
    rule = EndOfTurnRule(min_pause=0.5, finish_above=0.9, wait_below=0.4)
    assert rule.verdict(0.95, "I can offer you a refund.", "en") == "finished"
    assert rule.verdict(0.95, "I can offer you a refund and", "en") == "unfinished"  # the transcript vetoes
    assert rule.verdict(0.95, "I can offer you a refund,", "en") == "unfinished"
    assert rule.verdict(0.95, None, "en") == "unsure"  # transcript not ready: the silence rule decides
    assert rule.verdict(0.9, "I can offer you a refund.", "en") == "unsure"  # not above finish_above
    assert rule.verdict(0.6, "I can offer you a refund.", "en") == "unsure"
    assert rule.verdict(0.39, "I can offer you a refund.", "en") == "unfinished"
    assert rule.verdict(0.39, None, "en") == "unfinished"


def test_without_the_transcript_the_model_alone_decides():
    rule = EndOfTurnRule(finish_above=0.5, wait_below=0.5, transcript_gate=False)
    assert rule.verdict(0.51, None, "en") == "finished"
    assert rule.verdict(0.51, "and", "en") == "finished"
    assert rule.verdict(0.5, None, "en") == "unsure"
    assert rule.verdict(0.49, None, "en") == "unfinished"


def test_the_upper_bound_is_never_shorter_than_the_silence_rule():
    rule = EndOfTurnRule(unfinished_silence=2.0)
    assert rule.upper_bound(0.8) == 2.0
    assert rule.upper_bound(3.0) == 3.0


@pytest.mark.parametrize(
    "options",
    [
        {"finish_above": 1.0},
        {"finish_above": 0.0, "wait_below": 0.0},
        {"finish_above": 0.5, "wait_below": 0.6},
        {"min_pause": -0.1},
        {"window": 0.0},
    ],
)
def test_impossible_rules_are_refused(options: dict):
    with pytest.raises(ValueError, match="EndOfTurnRule"):
        EndOfTurnRule(**options)


def test_each_language_has_its_tuned_rule_and_others_the_default():
    for language in ("de", "en"):
        rule = rule_for(language)
        assert rule.transcript_gate
        assert rule.min_pause >= 0.3  # never sooner than pipecat's stop plus the VAD's closing
        assert rule.finish_above > 0.5  # stricter than pipecat's plain 0.5
    assert rule_for("fr") == EndOfTurnRule()
