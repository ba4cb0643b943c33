"""Text cut into pieces that a speech synthesizer renders in bounded memory.

Piper renders one sentence at a time, and its memory grows faster than the sentence: one
1,000-character sentence without a full stop took 1.1 GB, 10,000 characters 24 GB (issue 13;
``benchmarks/tts_long_text.py``, results in ``docs/benchmarks.md``). ``speech_chunks`` cuts a
text into pieces of at most ``MAX_CHUNK_CHARS`` characters: between sentences where it can, then
after a comma, semicolon, colon or dash, then between words, and only a single "word" longer than
the limit is cut inside. A text within the limit stays one piece, unchanged, so everyday lines
render exactly as before.
"""

from __future__ import annotations

import re

#: Longest piece handed to the synthesizer (characters). Piper's peak memory for one piece of
#: this length stays near 300 MB; a customer's sentence is rarely longer.
MAX_CHUNK_CHARS = 300

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_CLAUSE_END = re.compile(r"(?<=[,;:–—])\s+|\s+(?=[–—-]\s)")


def speech_chunks(text: str, limit: int = MAX_CHUNK_CHARS) -> list[str]:
    """``text`` (white space collapsed) as pieces of at most ``limit`` characters, in order.

    Joined with single spaces the pieces give the collapsed text back. An empty text gives
    ``[]``; ``limit`` must be at least 1 (a ``ValueError`` otherwise).
    """
    if limit < 1:
        raise ValueError(f"limit must be at least 1 character, got {limit}")
    text = " ".join(text.split())
    if len(text) <= limit:
        return [text] if text else []
    atoms: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        if len(sentence) <= limit:
            atoms.append(sentence)
            continue
        for clause in _CLAUSE_END.split(sentence):
            if len(clause) <= limit:
                atoms.append(clause)
                continue
            for word in clause.split(" "):
                atoms += [word[start : start + limit] for start in range(0, len(word), limit)]
    return _merge(atoms, limit)


def _merge(atoms: list[str], limit: int) -> list[str]:
    """Neighbouring atoms joined with a space while the piece stays within ``limit``."""
    pieces: list[str] = []
    for atom in atoms:
        if not atom:
            continue
        if pieces and len(pieces[-1]) + 1 + len(atom) <= limit:
            pieces[-1] = f"{pieces[-1]} {atom}"
        else:
            pieces.append(atom)
    return pieces
