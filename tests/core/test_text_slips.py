"""One recogniser slip forgiven in a phrase, and only where the rest of the phrase pins it down."""

from __future__ import annotations

import pytest

from voicecoach.core.text import (
    normalize,
    phrase_found,
    slip_phrase_at,
    sound_key,
    sounds_alike,
    token_match,
    tokens_of,
    words_of_text,
)


@pytest.mark.parametrize(
    ("phrasing", "said", "found"),
    [
        # a short word heard as a similar-sounding one, the rest anchors it
        ("half past three", "Okay, have past three.", True),
        ("half an hour", "Okay, have an hour.", True),
        ("end your membership", "okay, and your membership.", True),
        ("number on the back", "Okay, number on the bat.", True),
        ("in writing", "Okay, and writing.", True),
        ("Mr Diaz", "Okay, Mr. Dias.", True),
        ("tut mir leid", "Tut mir die Leite.", True),
        # one short inner word missing
        ("see you Thursday", "see Thursday then", True),
        # a compound heard in two, or a split compound joined
        ("postcode", "Could you tell me again, post good?", True),
        ("account number", "Could you tell me again a count number?", True),
        ("Kundennummer", "Ihre Kunden nummer bitte", True),
        ("post code", "your postcode please", True),
        # must NOT match: the slip has nothing to anchor it, or changes the meaning
        ("call you", "I will tell you", False),
        ("sehe nach", "ich sehe gleich für Sie nach", False),
        ("you're right", "where your pram is right now", False),
        ("I can promise", "I can't promise", False),
        ("no problem", "problem", False),
        ("half past three", "half past four", False),
        ("14 Elm Road", "40 Elm Road", False),
        ("in writing", "and ready", False),
        ("half an hour", "in an hour", False),
        ("sorry", "sorta", False),
        ("Mr Diaz", "Mr. Jones", False),
    ],
)
def test_one_slip_is_forgiven_only_when_the_rest_matches(phrasing: str, said: str, found: bool) -> None:
    assert (phrase_found(phrasing, words_of_text(said)) is not None) is found


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("diaz", "dias", True), ("code", "good", True), ("leid", "leite", True), ("account", "acount", True),
     ("half", "have", False), ("call", "tell", False), ("nach", "noch", True)],
)  # fmt: skip
def test_sound_key(a: str, b: str, same: bool) -> None:
    assert (sound_key(a) == sound_key(b)) is same


@pytest.mark.parametrize(
    ("expected", "heard", "distance"),
    [("half", "have", 1), ("back", "bat", 1), ("in", "and", 1), ("end", "and", 0), ("diaz", "dias", 0),
     ("not", "nut", None), ("can", "cant", None), ("sehe", "sie", None), ("14", "40", None),
     ("membership", "mentorship", None)],
)  # fmt: skip
def test_sounds_alike_only_for_short_words_numbers_never(expected: str, heard: str, distance: int | None) -> None:
    assert sounds_alike(expected, heard) == distance


@pytest.mark.parametrize(
    ("expected", "heard", "match"),
    [("kuendigen", "kindigen", True), ("kuendigung", "kindergunn", False), ("bestellung", "vorstellung", False)],
)
def test_long_words_match_on_the_same_sound_skeleton(expected: str, heard: str, match: bool) -> None:
    assert token_match(expected, heard) is match


@pytest.mark.parametrize(
    ("said", "tokens"),
    [("58 20 31", ("582031",)), ("58, 20, 31", ("582031",)), ("Mr. Diaz", ("mr", "diaz"))],
)
def test_numbers_ignore_spaces_and_titles_end_no_sentence(said: str, tokens: tuple[str, ...]) -> None:
    assert tuple(t.text for t in tokens_of(words_of_text(said))) == tokens
    assert not tokens_of(words_of_text(said))[0].sentence_end


@pytest.mark.parametrize(
    ("phrase", "said", "at"),
    [("tell me again", "so tall me again please", 1), ("tell me", "could you tell me", 2),
     ("tell me", "could you sell it", None)],
)  # fmt: skip
def test_slip_phrase_at(phrase: str, said: str, at: int | None) -> None:
    assert slip_phrase_at(tokens_of(words_of_text(said)), normalize(phrase)) == at
