"""Words Whisper invented: text written for silence, dropped before anything is judged.

Whisper, asked to decode a stretch of speech, often goes on writing after the speech ends: a
whole sentence nobody said ("Das ist ein sehr schönes Kind.", "Bye!", "Und dann ist es nicht so,
dass wir das nicht so machen."), squeezed into the last tenths of a second of the clip, most of
its words of zero length and of low probability. Such words went into transcripts and reports,
pushed the words per minute up (234 wpm) and could satisfy or break any phrase check.

The rule reuses faster-whisper's own test for a possible hallucination (``word_anomaly_score`` and
``is_segment_anomaly`` in ``faster_whisper/transcribe.py``, behind ``hallucination_silence_threshold``;
from openai-whisper's ``transcribe.py``): a word scores 1 when its probability is below 0.15, plus
``(0.133 - duration) * 15`` when it is shorter than 0.133 s, plus ``duration - 2`` when longer than
2 s; a segment is anomalous when the first 8 of its spoken words together score 3 or more, or
about as much as their count. faster-whisper then drops such a segment only when silence of more
than the threshold surrounds it, measured from Whisper's own word times; an invented tail glued to
the end of a real sentence has no such gap, so it stays. Here the silence comes from our speech
detector (VAD) instead: the side's speech spans, widened by ``MARGIN``.

:func:`heard_words` takes what Whisper decoded in one pass (its segments, each a group of words,
on the turn's clock), cuts each segment into sentences (faster-whisper's batched decoding returns
a clip as one segment) and keeps the words except ("segment" below: such a sentence):

1. a word lying wholly outside the speech spans widened by ``MARGIN`` (the VAD found no speech
   there);
2. a segment that is anomalous and not backed by speech: its spoken words overlap the widened
   speech spans for less than ``SHORT_WORD`` seconds each on average (zero-length words overlap
   nothing);
3. an anomalous segment that ends the pass, after words that are kept, and whose spoken words have
   a mean probability below ``LOW_PROBABILITY`` or each score 1 or more by themselves (Whisper's
   tail after the reply's last sentence: "Thank" at probability 0.11, then a zero-length "you.");
4. at the end of the pass, zero-length spoken words of probability below ``LOW_PROBABILITY``: each
   scores 3 or more by itself, an anomaly by faster-whisper's own bar.

A segment made only of punctuation ("...", Whisper's mark of trailing speech that the end-of-turn
gate reads) holds no spoken word and is left alone by rules 2 and 3. A real reply's last word,
which often ends a little after the VAD's end, lies within the margin and is kept; a lone short
reply ("Ja.", "Yes.") is the only segment of its pass, backed by speech, and is kept even when
Whisper is unsure of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from voicecoach.core.text import ends_sentence
from voicecoach.core.timeline import Span, Word

#: faster-whisper's ``word_anomaly_score``: a word less probable than this scores 1.
LOW_PROBABILITY = 0.15
#: faster-whisper's ``word_anomaly_score``: a word shorter than this (s) scores ``(SHORT_WORD - d) * 15``.
SHORT_WORD = 0.133
#: faster-whisper's ``word_anomaly_score``: a word longer than this (s) scores ``d - LONG_WORD``.
LONG_WORD = 2.0
#: faster-whisper's ``is_segment_anomaly``: only the first this many spoken words are scored ...
ANOMALY_WORDS = 8
#: ... and a segment scoring this much (or about its word count) is anomalous.
ANOMALY_SCORE = 3.0
#: A word shorter than this (s) has zero length: Whisper's alignment works in 20 ms frames.
ZERO_LENGTH = 0.02
#: Seconds the speech spans are widened by on both sides. Our decodes cover the speech padded by
#: 0.2 s (``analysis.REGION_PAD``, ``EngineOptions.segment_pad``) and Whisper's times of a real word
#: in that padding (a reply's last word ending after the VAD's end; the first word pulled to the
#: clip's start) stay within it; 0.1 s more for the VAD's 32 ms frames and rounding.
MARGIN = 0.3

_SPOKEN = re.compile(r"\w")


def spoken(word: Word) -> bool:
    """Whether ``word`` has a letter or digit (not only punctuation such as Whisper's "...")."""
    return bool(_SPOKEN.search(word.text))


def word_anomaly(word: Word) -> float:
    """faster-whisper's ``word_anomaly_score`` of ``word`` (0 for an ordinary word; see the module)."""
    duration = word.end - word.start
    score = 0.0
    if word.probability < LOW_PROBABILITY:
        score += 1.0
    if duration < SHORT_WORD:
        score += (SHORT_WORD - duration) * 15
    if duration > LONG_WORD:
        score += duration - LONG_WORD
    return score


def anomalous(words: Sequence[Word]) -> bool:
    """faster-whisper's ``is_segment_anomaly``: the first ``ANOMALY_WORDS`` spoken words of a
    segment score ``ANOMALY_SCORE`` or more together, or about as much as their count. False for
    a segment with no spoken word."""
    scored = [word for word in words if spoken(word)][:ANOMALY_WORDS]
    if not scored:
        return False
    score = sum(word_anomaly(word) for word in scored)
    return score >= ANOMALY_SCORE or score + 0.01 >= len(scored)


def sentences(segment: Sequence[Word]) -> list[list[Word]]:
    """``segment`` cut after each word that ends a sentence (. ! ? …): faster-whisper's batched
    decoding gives a clip as one segment, the invented sentence glued to the real ones."""
    out: list[list[Word]] = [[]]
    for word in segment:
        out[-1].append(word)
        if ends_sentence(word.text):
            out.append([])
    return [group for group in out if group]


def _widened(speech: Sequence[Span], margin: float) -> list[Span]:
    return [Span(span.start - margin, span.end + margin) for span in speech]


def _heard(word: Word, widened: Sequence[Span]) -> float:
    """Seconds of ``word`` inside the widened speech spans."""
    return sum(Span(word.start, word.end).overlap(span) for span in widened)


def _outside(word: Word, widened: Sequence[Span]) -> bool:
    """Whether ``word`` lies wholly outside every widened span (a zero-length word on a span's edge is inside)."""
    return not any(span.start <= word.end and word.start <= span.end for span in widened)


def heard_words(
    segments: Sequence[Sequence[Word]], speech: Sequence[Span], *, margin: float = MARGIN
) -> tuple[Word, ...]:
    """The words of one Whisper pass that were said, in order (see the module for the rules).

    ``segments``: the pass's segments in order, each the words Whisper decoded together, times in
    seconds on the same clock as ``speech`` (the speech spans of that side, from the VAD). With no
    ``speech`` at all, rules 1 and 2 have no silence to measure and only rules 3 and 4 apply.
    Pure; never raises."""
    widened = _widened(speech, margin)
    groups = [
        [word for word in sentence if not (widened and _outside(word, widened))]
        for segment in segments
        for sentence in sentences(segment)
    ]
    kept: list[list[Word]] = []
    for group in groups:
        said = [word for word in group if spoken(word)]
        if widened and said and anomalous(group):
            heard = sum(_heard(word, widened) for word in said)
            if heard < SHORT_WORD * len(said):
                continue  # rule 2: Whisper's text for silence
        kept.append(group)
    # rule 3: an unsure, anomalous last segment after words that are kept
    while len(kept) > 1 and any(spoken(word) for group in kept[:-1] for word in group):
        said = [word for word in kept[-1] if spoken(word)]
        if not said or not anomalous(kept[-1]):
            break
        unsure = sum(word.probability for word in said) / len(said) < LOW_PROBABILITY
        # ... or each of its words suspect by itself ("Thank" at p 0.11, then a zero-length "you.":
        # Whisper's stock sign-off glued to a reply in a live call)
        if not unsure and not all(word_anomaly(word) >= 1.0 for word in said):
            break
        kept.pop()
    words = [word for group in kept for word in group]
    # rule 4: zero-length, unsure words at the end of the pass
    while (
        words
        and spoken(words[-1])
        and words[-1].end - words[-1].start < ZERO_LENGTH
        and words[-1].probability < LOW_PROBABILITY
    ):
        words.pop()
    return tuple(words)


__all__ = [
    "ANOMALY_SCORE",
    "ANOMALY_WORDS",
    "LONG_WORD",
    "LOW_PROBABILITY",
    "MARGIN",
    "SHORT_WORD",
    "ZERO_LENGTH",
    "anomalous",
    "heard_words",
    "sentences",
    "spoken",
    "word_anomaly",
]
