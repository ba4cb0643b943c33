"""Text cut for the synthesizer (issue 13: one 10,000-character line took 24 GB in Piper)."""

from __future__ import annotations

import pytest

from voicecoach.core.speech_chunks import MAX_CHUNK_CHARS, speech_chunks

WORDS = [
    "the",
    "customer",
    "waited",
    "for",
    "the",
    "parcel",
    "and",
    "called",
    "again",
    "and",
    "again",
    "while",
    "nobody",
    "answered",
]
NO_STOPS = " ".join(WORDS[i % len(WORDS)] for i in range(2000))[:9_999] + "x"

CASES = [
    (
        "a line within the limit stays whole",
        "Hello, order 4711.  Where is it?",
        300,
        ["Hello, order 4711. Where is it?"],
    ),
    ("empty", "  \n ", 300, []),
    (
        "between sentences first",
        "One two three. Four five six! Seven?",
        20,
        ["One two three.", "Four five six!", "Seven?"],
    ),
    (
        "sentences that fit together stay together",
        "Ja. Nein. Vielleicht doch.",
        12,
        ["Ja. Nein.", "Vielleicht", "doch."],
    ),
    (
        "after a comma, semicolon or colon",
        "Ich warte seit Wochen, niemand ruft an; das ärgert mich: wirklich",
        26,
        ["Ich warte seit Wochen,", "niemand ruft an;", "das ärgert mich: wirklich"],
    ),
    ("between words", "eins zwei drei vier fünf sechs", 10, ["eins zwei", "drei vier", "fünf sechs"]),
    ("a word longer than the limit is cut", "x" * 25, 10, ["x" * 10, "x" * 10, "x" * 5]),
]


@pytest.mark.parametrize(("name", "text", "limit", "expected"), CASES, ids=[case[0] for case in CASES])
def test_speech_chunks(name: str, text: str, limit: int, expected: list[str]) -> None:
    assert speech_chunks(text, limit) == expected, name


def test_ten_thousand_characters_without_a_full_stop_are_bounded_pieces() -> None:
    pieces = speech_chunks(NO_STOPS)
    assert len(NO_STOPS) == 10_000 and "." not in NO_STOPS
    assert all(0 < len(piece) <= MAX_CHUNK_CHARS for piece in pieces)
    assert " ".join(pieces) == NO_STOPS
    assert len(pieces) == 34  # 10,000 / 300 rounded up, plus the slack of whole words
    assert all(not piece.startswith(" ") and not piece.endswith(" ") for piece in pieces)


def test_the_limit_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        speech_chunks("text", 0)
