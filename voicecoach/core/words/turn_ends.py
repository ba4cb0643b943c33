"""Words a finished reply does not end with, in German and English (the end-of-turn gate).

A trainee who stops after "and", "the", "of" or "weil" is thinking, not finished: the live
engine's end-of-turn gate (:func:`voicecoach.core.end_of_turn.unfinished_text`) does not end the
turn on such a transcript, whatever the end-of-turn model hears. Only words that cannot end a
sentence in everyday speech are listed: conjunctions that join a clause, articles, prepositions
that are not also a verb particle, possessives, and hesitation sounds. German particles and
English prepositions that end sentences ("Die Zahlung kam am Montag **an**.", "Ich zahle es
**ein**.", "Kommen Sie **mit**.", "Where are you calling **from**?", "Please hold **on**.") are
left out on purpose, and so are words such as "das", "this", "that", "you", "it" or "her"
("Ich mache das.", "Thank you."): a word wrongly listed costs a finished trainee the longer
wait, a word missing only leaves the decision to the model.

Shape: ``language -> frozenset`` of lower-case words without punctuation. Pure data.
"""

from __future__ import annotations

# fmt: off
CONTINUATIONS: dict[str, frozenset[str]] = {
    "en": frozenset({
        # conjunctions that join a clause
        "and", "or", "but", "nor", "because", "cos", "if", "unless", "whether", "although", "though",
        "whereas", "than", "plus",
        # articles, possessives
        "a", "an", "the", "my", "your", "our", "their", "its",
        # prepositions that do not end English sentences
        "of", "into", "onto", "between", "during", "within", "towards", "toward", "per", "via",
        # hesitation
        "um", "uh", "uhm", "erm", "er",
    }),
    "de": frozenset({
        # Konjunktionen
        "und", "oder", "aber", "sondern", "denn", "weil", "dass", "daß", "wenn", "falls", "ob", "obwohl",
        "obgleich", "während", "bevor", "nachdem", "sodass", "damit", "sobald", "solange", "sowie", "bzw",
        "beziehungsweise", "als",
        # Artikel, Possessiva
        "der", "die", "den", "dem", "des", "eine", "einen", "einem", "einer", "eines",
        "mein", "meine", "meinen", "meinem", "meiner", "ihre", "ihren", "ihrem", "ihrer",
        "unsere", "unseren", "unserem", "unserer",
        # Präpositionen, die kein Verbzusatz sind
        "für", "von", "vom", "zum", "zur", "im", "ins", "beim", "am", "in", "ohne", "gegen", "seit", "trotz",
        "mittels",
        # Zögern
        "äh", "ähm", "öh", "hm", "hmm",
    }),
}
# fmt: on
"""Words after which a reply is not finished, per language (lower case)."""

CONTINUATION_MARKS: str = ",;:-–—(…"
"""Punctuation a transcript ends with when the speaker is in mid-sentence (Whisper writes a
comma at a comma pause and an ellipsis when speech trails off). An ending ``...`` counts too."""


__all__ = ["CONTINUATIONS", "CONTINUATION_MARKS"]
