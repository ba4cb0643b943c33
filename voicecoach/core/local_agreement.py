"""LocalAgreement-2: the words of a reply that are settled while the trainee still speaks.

Whisper decodes a whole window at once; to have little left to decode when a reply ends, the
live engine decodes the growing, still open speech segment again and again while it is spoken
(each decode a *pass*, of the audio from the *cut* to "now") and keeps the words that two
consecutive passes agree on. This is the policy of Macháček, Dabre and Bojar (2023), "Turning
Whisper into Real-Time Transcription System" (IJCNLP-AACL demo), as their ``whisper_streaming``
implements it (``HypothesisBuffer``, ``OnlineASRProcessor``; MIT licence):

- of a pass's words, those already committed are dropped (see below), and so are its first
  1-``NGRAM`` words when they repeat the last committed ones;
- of the rest, the longest prefix equal to the previous pass's uncommitted words is committed
  (LocalAgreement-n with n = 2); the pass's remaining words wait for the next pass;
- the text committed before the pass's audio goes to Whisper as the prompt (its last
  ``PROMPT_CHARS`` characters, as ``whisper_streaming`` does).

``whisper_streaming`` keeps the audio from the last completed sentence on (trimmed only when it
grows past 15 s), so every pass, and the last one, decodes the whole sentence again. To leave
only a short pass for the end of the reply, the cut here follows the committed words, but
``LOOKBACK`` seconds behind the last of them, at a gap between two committed words: Whisper's
word times are off by a tenth of a second or more (a word's end is often placed inside the
next word, measured on ``shared/realspeech/en_license_read.wav``: "the" 17.22-17.52 s where
"soft..." began at 17.37 s), so a cut right after the last committed word clipped the next one
("software" decoded as "square"). What a pass decodes again of the committed words is found by
aligning the words (``difflib``, by :func:`word_key`) with the committed words after the cut;
the pass's words after the last committed word are new. Only when the last committed word is
not found again (at most ``TIME_SLACK`` from where it was) does time decide: a word is new when
its middle lies after the committed end (``whisper_streaming`` drops the words that start more
than 0.1 s before it; times alone lost words here, as the end of the committed word was placed
inside the next one).

Words are compared by :func:`word_key` (case and punctuation around the word ignored, as a word
error rate counts them); a committed word keeps the text and times of the later pass, which
heard more of what follows.

Pure: no models, no clocks. Times are seconds on the caller's clock (the turn's clock in the
live call).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from voicecoach.core.timeline import Word

#: Longest run of committed words a pass may repeat at its start (``whisper_streaming``: 5).
NGRAM = 5
#: Only a pass's words starting within this (s) of the last committed end are checked for a
#: repeated run (``whisper_streaming``: 1 s).
NGRAM_REACH = 1.0
#: Characters of the committed text given to Whisper as the prompt (``whisper_streaming``: 200).
PROMPT_CHARS = 200
#: Largest difference (s) between the start of a committed word and the same word decoded again
#: in a later pass for the two to count as one (Whisper's word times move by tenths of a second).
TIME_SLACK = 0.5
#: Seconds of committed speech each pass decodes again before the last committed word (see the
#: module): more than Whisper's timing error of a word or two, little next to a reply.
LOOKBACK = 1.0

_EDGE = re.compile(r"^[^\w]+|[^\w]+$")


def word_key(text: str) -> str:
    """``text`` as two passes are compared: lower case, punctuation around it removed ("Licence," -> "licence")."""
    return _EDGE.sub("", text.strip()).casefold()


@dataclass(frozen=True)
class Agreement:
    """What the passes over one open speech segment have settled so far.

    ``floor``: where the segment's audio starts (s; its start less the padding), the first cut.
    ``committed``: words two consecutive passes agreed on, in order (final). ``waiting``: the
    last pass's words after them (one pass only; the next pass confirms or replaces them)."""

    floor: float = 0.0
    committed: tuple[Word, ...] = ()
    waiting: tuple[Word, ...] = ()

    @property
    def committed_end(self) -> float | None:
        """End (s) of the last committed word, None while nothing is committed."""
        return self.committed[-1].end if self.committed else None

    def cut(self) -> float:
        """Where the next pass's audio starts (s): at least ``LOOKBACK`` before the end of the
        last committed word, in the middle of the gap after the latest committed word that ends
        that early; ``floor`` when there is none. Never before ``floor``."""
        end = self.committed_end
        point = self.floor
        if end is None:
            return point
        for before, after in zip(self.committed, self.committed[1:]):
            if before.end > end - LOOKBACK:
                break
            point = (before.end + max(before.end, after.start)) / 2
        return max(self.floor, point)

    def context(self) -> tuple[Word, ...]:
        """The committed words before :meth:`cut` (by their middle): those the next pass's audio no longer holds."""
        cut = self.cut()
        return tuple(word for word in self.committed if (word.start + word.end) / 2 < cut)

    def prompt(self, base: str | None = None) -> str | None:
        """The prompt of the next pass: ``base`` (the scenario's vocabulary), then the last
        ``PROMPT_CHARS`` characters of the committed text before :meth:`cut` (Whisper keeps the
        end of a long prompt, so the text nearest the audio is never lost; the words after the
        cut are in the audio and must not be in the prompt, or Whisper may skip them)."""
        text = " ".join(word.text for word in self.context()).strip()
        if len(text) > PROMPT_CHARS:
            text = text[-PROMPT_CHARS:].split(" ", 1)[-1]
        joined = " ".join(part for part in ((base or "").strip(), text) if part)
        return joined or None

    def fresh(self, words: Sequence[Word]) -> tuple[Word, ...]:
        """The words of a pass over the audio from :meth:`cut` that are new after the committed
        ones (see the module): the words after the last committed word found again by aligning
        the texts; if it is not found, those whose middle lies after the committed end, less a
        run of up to ``NGRAM`` words at their start that repeats the last committed ones."""
        end = self.committed_end
        if end is None:
            return tuple(words)
        redone = self.committed[len(self.context()) :]
        matcher = SequenceMatcher(
            None, [word_key(w.text) for w in redone], [word_key(w.text) for w in words], autojunk=False
        )
        # matched words must be the same words: Whisper's times differ by tenths of a second, not
        # seconds ("the" of "copies of the" is not the "the" of "to whom the" 2 s later)
        blocks = [
            block
            for block in matcher.get_matching_blocks()
            if block.size
            and abs(redone[block.a + block.size - 1].start - words[block.b + block.size - 1].start) <= TIME_SLACK
        ]
        if blocks and blocks[-1].a + blocks[-1].size == len(redone):
            return tuple(words[blocks[-1].b + blocks[-1].size :])
        after = blocks[-1].b + blocks[-1].size if blocks else 0
        new = [word for word in words[after:] if (word.start + word.end) / 2 > end]
        if new and abs(new[0].start - end) < NGRAM_REACH:
            tail = [word_key(word.text) for word in self.committed]
            for size in range(min(NGRAM, len(tail), len(new)), 0, -1):
                if tail[-size:] == [word_key(word.text) for word in new[:size]]:
                    new = new[size:]
                    break
        return tuple(new)

    def advance(self, words: Sequence[Word]) -> Agreement:
        """The agreement after one more pass (over the audio from :meth:`cut`; ``words`` in
        order, on the same clock): the prefix of its fresh words that equals the words waiting so
        far is committed, the rest waits."""
        new = self.fresh(words)
        agreed = 0
        for old, now in zip(self.waiting, new):
            if word_key(old.text) != word_key(now.text) or not word_key(now.text):
                break
            agreed += 1
        return Agreement(self.floor, self.committed + new[:agreed], new[agreed:])

    def finish(self, words: Sequence[Word]) -> tuple[Word, ...]:
        """All the segment's words, given its last pass (``words``: a decode of the audio from
        :meth:`cut` to the segment's end): the committed words, then that pass's fresh words."""
        return self.committed + self.fresh(words)

    @property
    def text(self) -> str:
        """The committed words as text."""
        return " ".join(word.text for word in self.committed).strip()


__all__ = ["LOOKBACK", "NGRAM", "NGRAM_REACH", "PROMPT_CHARS", "TIME_SLACK", "Agreement", "word_key"]
