"""What the judge may know about words beyond the scenario's lists: lemmas and synonyms.

Core never reads a dictionary itself: a :class:`LanguageResources` is handed in through the
judge's context (the adapter ``voicecoach.adapters.language_resources`` reads simplemma and the
Debian ``mythes`` thesauri). :data:`PLAIN` knows nothing and is the default, so the judge
works, with its own inflection rules only, where the resources are missing.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class LanguageResources(Protocol):
    """Lemmas and synonyms, for German and English. Words in, words out, lower case."""

    def lemma(self, word: str, language: str) -> str:
        """The dictionary form of ``word`` (``nimmt`` -> ``nehmen``), or the word itself."""
        ...

    def synonyms(self, lemma: str, language: str) -> frozenset[str]:
        """Single-word synonyms of ``lemma`` (lower case), empty when none are known."""
        ...

    @property
    def notes(self) -> tuple[str, ...]:
        """What is missing ("no thesaurus for de: lemmas only"), for the verdict's notes."""
        ...


class _Plain:
    """No resources: every word is its own lemma and has no synonyms."""

    notes: tuple[str, ...] = ()

    def lemma(self, word: str, language: str) -> str:
        return word.lower()

    def synonyms(self, lemma: str, language: str) -> frozenset[str]:
        return frozenset()


PLAIN: LanguageResources = _Plain()
