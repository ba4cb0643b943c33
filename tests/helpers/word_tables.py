"""Every text of ``voicecoach.core.words``, found by walking its modules (issue 11): a table added
tomorrow is read by the term and count tests without being listed anywhere.

Two shapes hold texts: ``key -> {"de": ..., "en": ...}`` (a string, or a tuple of strings such
as a finding's message and tip) and the English-keyed maps (``MESSAGES``, ``HELP`` ...: the
English template -> its German).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import voicecoach.core.words as words_package


@dataclass(frozen=True)
class Text:
    """One template: where it is (``module.TABLE:key``), its language, and the text."""

    where: str
    language: str
    text: str


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _strings(item)


def word_texts() -> Iterator[Text]:
    """Every German and English template of every table in ``voicecoach.core.words``."""
    seen: set[tuple[str, str]] = set()
    for module_info in pkgutil.iter_modules(words_package.__path__):
        module = importlib.import_module(f"{words_package.__name__}.{module_info.name}")
        for name, table in vars(module).items():
            if not name.isupper() or not isinstance(table, Mapping):
                continue
            for key, entry in table.items():
                if isinstance(entry, Mapping) and ("de" in entry or "en" in entry):
                    pairs = [(language, text) for language in ("de", "en") for text in _strings(entry.get(language))]
                elif isinstance(key, str) and isinstance(entry, str):
                    pairs = [("en", key), ("de", entry)]  # English template -> German
                else:
                    continue
                for language, text in pairs:
                    if (language, text) not in seen:  # merged maps (MESSAGES holds SCENARIO_MESSAGES) once
                        seen.add((language, text))
                        yield Text(f"{module_info.name}.{name}:{str(key)[:50]}", language, text)
