"""Phrases that cost points match strictly: the benefit of the doubt goes to the trainee.

Regressions found while writing the scenarios' model replies: "unser" counted as the avoid
phrase "unseriös", and "so war das nicht gemeint" as the contradiction "so ist das nicht"."""

from __future__ import annotations

import pytest

from tests.helpers.timelines import scenario, turn
from voicecoach.core.judge import judge
from voicecoach.core.text import phrase_found, token_match, words_of_text


@pytest.mark.parametrize(
    ("expected", "heard", "same"),
    [
        ("unserioes", "unser", False),  # a different word that happens to start alike
        ("entschuldigen", "entschuldige", True),  # an inflection
        ("nachvollziehbar", "nachvollziehen", True),  # a derivation
        ("verstehe", "verstehen", True),
    ],
)
def test_shared_start_is_the_same_word_only_with_a_word_ending(expected: str, heard: str, same: bool) -> None:
    assert token_match(expected, heard) is same


@pytest.mark.parametrize(
    ("phrase", "said", "forgiving", "strict"),
    [
        ("so ist das nicht", "so war das nicht gemeint", True, False),
        ("half past three", "have past three", True, False),
        ("so ist das nicht", "so ist das nicht", True, True),
    ],
)
def test_slips_are_forgiven_only_when_asked(phrase: str, said: str, forgiving: bool, strict: bool) -> None:
    words = words_of_text(said)
    assert (phrase_found(phrase, words) is not None) is forgiving
    assert (phrase_found(phrase, words, slips=False) is not None) is strict


@pytest.mark.parametrize(
    ("reply", "kind"),
    [
        ("Dafür macht unser Service vor Ort alles für Sie, vielen Dank für den Hinweis.", "avoid_phrase"),
        ("Entschuldigung, so war das nicht gemeint. Danke, dass Sie das sagen.", "contradiction"),
    ],
)
def test_a_good_reply_gets_no_penalty_from_a_near_miss(reply: str, kind: str) -> None:
    sc = scenario(
        theme="sales",
        mood="sceptical",
        say="Im Internet ist das viel billiger.",
        expect={"avoid": ["unseriös"]},
    )
    timeline = turn(customer=[(0.0, 2.0, "Im Internet ist das viel billiger.")], trainee=[(2.6, 7.0, reply)])
    result = judge(timeline, language="de", scenario=sc)
    assert kind not in [f.kind for f in result.findings]
