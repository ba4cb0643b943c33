"""Ordinals count as their number, so a date said in words matches the date Whisper writes in
digits (a gap the accuracy benchmark found: "einunddreißigsten März" against "31. März")."""

from __future__ import annotations

import pytest

from voicecoach.core.text import normalize, phrase_found, words_of_text


@pytest.mark.parametrize(
    ("said", "tokens"),
    [
        ("am einunddreißigsten März", ("am", "31", "maerz")),
        ("am 31. März", ("am", "31", "maerz")),
        ("im dritten Stock", ("im", "3", "stock")),
        ("der sechzehnte", ("der", "16")),
        ("zum zwanzigsten", ("zum", "20")),
        ("the 21st of May", ("the", "21", "of", "may")),
        ("the fifth", ("the", "5")),
        # look like ordinals, are not
        ("das beste Angebot", ("das", "beste", "angebot")),
        ("hunderte Kunden", ("hunderte", "kunden")),
        ("eine Liste bitte", ("eine", "liste", "bitte")),
        ("just a second", ("just", "a", "second")),
    ],
)
def test_ordinals_become_their_number(said: str, tokens: tuple[str, ...]) -> None:
    assert normalize(said) == tokens


def test_a_date_in_words_matches_the_date_in_digits() -> None:
    assert phrase_found("einunddreißigsten März", words_of_text("Ihr Vertrag endet am 31. März.")) is not None
    assert phrase_found("einunddreißigsten März", words_of_text("Ihr Vertrag endet am 30. März.")) is None
