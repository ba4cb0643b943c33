"""A small detector of English left in German text (issue 11), for the word tables and the screens."""

from __future__ import annotations

import re

#: English function words that never occur in a German sentence (each with spaces around it).
ENGLISH_WORDS = (
    "the",
    "and",
    "you",
    "your",
    "with",
    "not",
    "is",
    "are",
    "of",
    "to",
    "for",
    "this",
    "that",
    "from",
    "into",
    "please",
    "press",
    "found",
    "file",
    "saved",
)

#: Proper names and terms that may stand in a German text although they look English.
ENGLISH_ALLOWED = ("Headset", "Piper", "PulseAudio", "PortAudio", "English", "voicecoach")


def plain(text: str) -> str:
    """The words of a template without its fields and markup."""
    text = re.sub(r"\{[^{}]*\}", " ", text)
    text = re.sub(r"'[^']*'|`[^`]*`", " ", text)  # command lines and file names quoted as code
    return re.sub(r"[`*|#]", " ", text)


def english_words_in(text: str) -> list[str]:
    """The English function words in ``text`` (a small detector: a German sentence has none)."""
    words = plain(text)
    for allowed in ENGLISH_ALLOWED:
        words = words.replace(allowed, " ")
    padded = f" {re.sub(r'[^A-Za-zÄÖÜäöüß]+', ' ', words)} "
    return [word for word in ENGLISH_WORDS if f" {word} " in padded]
