"""Findings the trainee marked as wrong ("that was wrong"): scoring without them, and what a
trainer can learn from them.

A disputed finding stays in the history with the reply's words, but takes no points: the turn's
score is :func:`rescore` of the other findings. ``voicecoach scenarios learn`` turns a dispute
into a new phrasing in the scenario: :func:`learn_target` says where in the YAML (a key point's
phrasings, the turn's empathy words) and :func:`suggested_phrase` proposes the words of the
reply that made the point. Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from voicecoach.core.analyzers import grammar
from voicecoach.core.language import PLAIN
from voicecoach.core.result import Finding, Score
from voicecoach.core.scoring import score
from voicecoach.core.text import words_of_text

#: Where a learned phrase goes in a turn's ``expect``: ``key_points`` (under ``point``) or ``empathy``.
TargetField = str


@dataclass(frozen=True)
class LearnTarget:
    """Where a phrase for a disputed finding belongs in the scenario file.

    ``field`` is ``"key_points"`` (then ``point`` names the key point) or ``"empathy"`` (the
    turn's own words that count as taking up the customer's feeling, added to the built-in list).
    """

    field: TargetField
    point: str | None = None

    def label(self) -> str:
        """``key_points.apology`` or ``empathy``: the path below ``turns[N].expect``."""
        return f"{self.field}.{self.point}" if self.point else self.field


def rescore(findings: Sequence[Finding], disputed: Iterable[int], weights: Mapping[str, float] | None) -> Score:
    """The score of a turn whose findings at the positions ``disputed`` (0-based, in the order of
    ``findings``) the trainee marked as wrong: those take no points. ``weights`` as the turn was
    judged with (:func:`voicecoach.core.scoring.score`)."""
    left_out = set(disputed)
    return score([f for position, f in enumerate(findings) if position not in left_out], weights)


def disputable(finding: Finding) -> bool:
    """Only a finding that takes points off, or would, can be marked wrong (not a praise)."""
    return finding.severity != "info"


def learn_target(finding: Finding | Mapping[str, Any]) -> LearnTarget | None:
    """Where a phrase would stop this finding coming back, or None when no phrasing can (timing,
    a re-ask, an avoid phrase: those need the judge's author, not a new phrasing)."""
    data = finding.to_json() if isinstance(finding, Finding) else finding
    evidence = data.get("evidence") or {}
    reason = evidence.get("reason")
    if data.get("kind") == "not_listening" and reason == "missed_point" and evidence.get("point"):
        return LearnTarget("key_points", str(evidence["point"]))
    if data.get("kind") == "not_listening" and reason == "ignored_emotion":
        return LearnTarget("empathy")
    if data.get("kind") == "no_acknowledgement":
        return LearnTarget("empathy")
    return None


_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
_SENTENCE = re.compile(r"(?<=[.!?;])\s+")


def clean_phrase(text: str) -> str:
    """A phrase as a trainer writes one: the words as said (matching ignores case), no quotes or
    punctuation around them, single spaces."""
    words = [_EDGE.sub("", word) for word in text.split()]
    return " ".join(word for word in words if word)


def suggested_phrase(
    finding: Finding | Mapping[str, Any], reply: str, *, max_words: int = 16, language: str | None = None
) -> str:
    """The words of ``reply`` that most likely made the point the judge missed.

    For a missed key point: the clause the judge found closest (``evidence.closest``), else the
    first sentence in which the agent says what they will do (:func:`grammar.own_steps`: "I will
    ring the courier depot right now", not the apology before it). For an ignored feeling: the
    reply's first sentence (where a coach looks for it). Otherwise the reply's first words. At
    most ``max_words`` words; "" for an empty reply. ``language`` ("de", "en"; None tries both)
    is the reply's.
    """
    data = finding.to_json() if isinstance(finding, Finding) else finding
    evidence = data.get("evidence") or {}
    source = str(evidence.get("closest") or "")
    if not source:
        sentences = [s for s in _SENTENCE.split(reply.strip()) if s.strip()]
        source = sentences[0] if sentences else ""
        if evidence.get("reason") == "missed_point":
            languages = [language] if language else ["de", "en"]
            steps = [
                s for s in sentences if any(grammar.own_steps(words_of_text(s), PLAIN, lang) for lang in languages)
            ]
            source = steps[0] if steps else source
    # the whole sentence, not its first clause: "Oh no" alone would be a weak phrasing; a long one
    # only matches replies close to this one (precision first), and the trainer can shorten it
    return " ".join(clean_phrase(source).split()[:max_words])
