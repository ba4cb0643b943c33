"""Lemmas (the ``simplemma`` package) and synonyms (Debian's ``mythes-de`` / ``mythes-en-us``:
OpenThesaurus and a WordNet-derived English thesaurus) for the judge, behind
:class:`voicecoach.core.language.LanguageResources`.

Everything is offline and read lazily: simplemma loads a language's table on first use (a few
seconds for German), a thesaurus index is read on the first synonym look-up and its entries are
read from the ``.dat`` file by offset. Missing pieces leave a note and the judge goes on with
what there is.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

MYTHES_DIR = Path("/usr/share/mythes")
THESAURI: Mapping[str, str] = {"de": "th_de_DE_v2", "en": "th_en_US_v2"}
#: Senses a thesaurus entry may have before its later (rarer) senses are left out.
MAX_SENSES = 40
#: Items the thesaurus marks as not the same meaning (WordNet's antonyms, broader and related terms).
NOT_SYNONYMS = ("antonym", "generic term", "related term", "veraltet")
#: Synonyms of one sense beyond this are left out (long lists drift far from the word).
MAX_PER_SENSE = 12


class _Thesaurus:
    """One mythes thesaurus: ``word -> offsets`` from the ``.idx``, entries read from the ``.dat``."""

    def __init__(self, base: Path):
        self.dat = base.with_suffix(".dat")
        self.idx = base.with_suffix(".idx")
        self._offsets: dict[str, list[int]] | None = None
        self._lock = threading.Lock()

    def available(self) -> bool:
        return self.dat.is_file() and self.idx.is_file()

    def _index(self) -> dict[str, list[int]]:
        with self._lock:
            if self._offsets is None:
                offsets: dict[str, list[int]] = {}
                with self.idx.open(encoding="utf-8", errors="replace") as lines:
                    next(lines, None)  # encoding
                    next(lines, None)  # count
                    for line in lines:
                        word, _, offset = line.rstrip("\n").rpartition("|")
                        if word and offset.isdigit():
                            offsets.setdefault(word.lower(), []).append(int(offset))
                self._offsets = offsets
            return self._offsets

    def synonyms(self, word: str) -> frozenset[str]:
        offsets = self._index().get(word.lower())
        if not offsets:
            return frozenset()
        found: set[str] = set()
        with self.dat.open("rb") as data:
            for offset in offsets:
                data.seek(offset)
                head = data.readline().decode("utf-8", "replace").rstrip("\n")
                _, _, count = head.rpartition("|")
                senses = int(count) if count.isdigit() else 0
                for number in range(senses):
                    line = data.readline().decode("utf-8", "replace").rstrip("\n")
                    if number >= MAX_SENSES:
                        continue
                    for item in line.split("|")[1 : 1 + MAX_PER_SENSE]:
                        if any(tag in item for tag in NOT_SYNONYMS):
                            continue
                        item = item.split("(")[0].strip().lower()  # "liken (engl.)" -> "liken"
                        if item and " " not in item and item != word.lower():
                            found.add(item)
        return frozenset(found)


class LanguageResources:
    """simplemma lemmas and mythes synonyms; implements the core protocol."""

    def __init__(self, mythes_dir: Path = MYTHES_DIR, *, use_simplemma: bool = True):
        self._thesauri = {lang: _Thesaurus(mythes_dir / name) for lang, name in THESAURI.items()}
        self._simplemma = None
        notes = []
        if use_simplemma:
            try:
                import simplemma  # noqa: PLC0415 - optional at import time, loaded tables are big

                self._simplemma = simplemma
            except ImportError:
                notes.append("simplemma is not installed: word forms by the judge's own rules only")
        for lang, thesaurus in self._thesauri.items():
            if not thesaurus.available():
                notes.append(
                    f"no thesaurus for {lang} ({thesaurus.dat} missing; apt-get install "
                    f"mythes-{'de' if lang == 'de' else 'en-us'}): lemmas only"
                )
        self.notes: tuple[str, ...] = tuple(notes)
        self.lemma = lru_cache(maxsize=65536)(self._lemma)  # type: ignore[method-assign]
        self.synonyms = lru_cache(maxsize=16384)(self._synonyms)  # type: ignore[method-assign]

    def _lemma(self, word: str, language: str) -> str:
        if self._simplemma is None or not word.isalpha():
            return word.lower()
        try:
            found = self._simplemma.lemmatize(word, lang=language)
            if found.lower() == word.lower() and language == "de" and word.islower():
                found = self._simplemma.lemmatize(word.capitalize(), lang=language)  # nouns
        except (ValueError, KeyError):
            return word.lower()
        return str(found).lower()

    def known(self, word: str, language: str) -> bool:
        """Whether ``word`` is in simplemma's word list for ``language`` (any form: "Verstehe", "hut");
        a garbled hearing ("Foscht", "Apagot") is not. Without simplemma every word counts as known."""
        if self._simplemma is None or not word.isalpha():
            return True
        try:
            return bool(self._simplemma.is_known(word, lang=language)) or bool(
                self._simplemma.is_known(word.capitalize(), lang=language)
            )
        except (ValueError, KeyError):
            return True

    def _synonyms(self, lemma: str, language: str) -> frozenset[str]:
        thesaurus = self._thesauri.get(language)
        if thesaurus is None or not thesaurus.available():
            return frozenset()
        return thesaurus.synonyms(lemma)

    def warm(self, language: str) -> None:
        """Load the tables for ``language`` now (a few seconds), not in the middle of a call."""
        self.lemma("haus" if language == "de" else "house", language)
        self.synonyms("haus" if language == "de" else "house", language)


def warm_in_background(language: str | None) -> threading.Thread | None:
    """Load the shared tables for ``language`` (both when None) in a daemon thread, now.

    The German lemma table takes about 6 s on first use; a call or an analysis starts this when
    it begins, so the first judged turn does not wait for it. Returns the thread (already
    started), or None when the tables are loaded. Errors in the thread are left to the first
    real use, which reports them.
    """
    resources = shared()
    languages = [language] if language in THESAURI else list(THESAURI)
    with _WARM_LOCK:
        todo = [lang for lang in languages if lang not in _WARMED]
        _WARMED.update(todo)
    if not todo:
        return None

    def load() -> None:
        for lang in todo:
            try:
                resources.warm(lang)
            except Exception:  # noqa: BLE001 - a background warm-up must never kill the call
                with _WARM_LOCK:
                    _WARMED.discard(lang)

    thread = threading.Thread(target=load, name=f"warm-language-{'-'.join(todo)}", daemon=True)
    thread.start()
    return thread


_WARMED: set[str] = set()
_WARM_LOCK = threading.Lock()
_SHARED: LanguageResources | None = None
_SHARED_LOCK = threading.Lock()


def shared() -> LanguageResources:
    """One instance per process (the tables are large; every judging path uses this one)."""
    global _SHARED
    with _SHARED_LOCK:
        if _SHARED is None:
            _SHARED = LanguageResources()
        return _SHARED
