"""Regression: a short sound the recogniser only guessed words for is a backchannel.

Whisper tiny.en read a rendered "mm-hmm" (0.48 s, during the customer's line) as "in a month"
with word probabilities 0.06, 0.30 and 0.76; the judge took it for an interruption. Whisper base
read a spoken "Genau" of 0.55 s as "Gau!" at 0.15 (benchmark case backchannel-genau-de-35): the
doubt then held only for stretches up to 0.5 s.
"""

from __future__ import annotations

import pytest

from voicecoach.core.analyzers.options import JudgeOptions
from voicecoach.core.judge import judge
from voicecoach.core.timeline import Span, Track, Turn, Word

CUSTOMER = Track(speech=(Span(0.5, 8.4),), words=(Word("I", 0.5, 0.6), Word("got", 0.6, 8.4)))


def _turn(words: tuple[Word, ...]) -> Turn:
    trainee = Track(speech=(Span(6.05, 6.53), Span(9.0, 12.0)), words=(*words, Word("Hello", 9.0, 9.5, 0.9)))
    return Turn(customer=CUSTOMER, trainee=trainee, duration=12.5)


@pytest.mark.parametrize(
    ("words", "interrupted"),
    [
        ((Word("in", 6.05, 6.2, 0.06), Word("a", 6.2, 6.3, 0.30), Word("month.", 6.3, 6.5, 0.76)), False),
        ((Word("...in", 6.05, 6.3, 0.26), Word("L.", 6.3, 6.5, 0.31)), False),
        ((Word("Wait,", 6.05, 6.3, 0.92), Word("no!", 6.3, 6.5, 0.88)), True),  # sure words: an interruption
    ],
)
def test_guessed_words_of_a_short_sound_do_not_make_an_interruption(words: tuple[Word, ...], interrupted: bool) -> None:
    kinds = [f.kind for f in judge(_turn(words), language="en").findings]
    assert ("interruption" in kinds) is interrupted
    assert ("backchannel" in kinds) is not interrupted


def test_the_doubt_threshold_is_an_option() -> None:
    guessed = (Word("in", 6.05, 6.2, 0.06), Word("a", 6.2, 6.3, 0.30), Word("month.", 6.3, 6.5, 0.76))
    kinds = [f.kind for f in judge(_turn(guessed), language="en", options=JudgeOptions(backchannel_doubt=0.0)).findings]
    assert "interruption" in kinds


@pytest.mark.parametrize(
    ("words", "interrupted"),
    [
        ((Word("Gau!", 6.05, 6.6, 0.15),), False),  # a guess for a 0.55 s "Genau"
        ((Word("Nein!", 6.05, 6.6, 0.91),), True),  # a sure "Nein!" of the same length cuts in
        # two words of 0.9 s, even unsure ones, are talk (JFK's "Ask not" at p 0.03 and 0.25, benchmark
        # case interrupt-1s-00): a guess of several words is forgiven only up to 0.5 s
        ((Word("Ask", 6.05, 6.3, 0.03), Word("not", 6.4, 6.95, 0.25)), True),
    ],
)
def test_guessed_word_of_a_stretch_longer_than_half_a_second(words: tuple[Word, ...], interrupted: bool) -> None:
    end = words[-1].end
    trainee = Track(speech=(Span(6.05, end), Span(9.0, 12.0)), words=(*words, Word("Hello", 9.0, 9.5, 0.9)))
    kinds = [f.kind for f in judge(Turn(customer=CUSTOMER, trainee=trainee, duration=12.5), language="de").findings]
    assert ("interruption" in kinds) is interrupted
