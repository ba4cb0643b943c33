"""Number words in German and English from the num2words library, for :mod:`voicecoach.core.speakable`.

``spell_number(4711, "de", "cardinal")`` -> "viertausendsiebenhundertelf"; ``"ordinal"`` gives the
base form ("dritte", "third"), ``"year"`` the way a year is said ("neunzehnhundertachtundneunzig",
"nineteen ninety-eight"). :func:`speakable_text` is :func:`voicecoach.core.speakable.speakable`
with this speller.
"""

from __future__ import annotations

import functools
import importlib

from voicecoach.core.errors import UserError
from voicecoach.core.speakable import NumberForm, speakable

_TO = {"cardinal": "cardinal", "ordinal": "ordinal", "year": "year"}


def _num2words():  # noqa: ANN202 - the function
    try:
        return importlib.import_module("num2words").num2words
    except ImportError as error:
        raise UserError(
            "number words need num2words ({error}); install it with: pip install num2words", error=error
        ) from None


@functools.lru_cache(maxsize=4096)
def spell_number(number: int, language: str, form: NumberForm = "cardinal") -> str:
    """``number`` in words in ``language`` ("de", else English); raises UserError without num2words."""
    lang = "de" if language == "de" else "en"
    words = str(_num2words()(number, lang=lang, to=_TO[form]))
    if lang == "en":
        words = words.replace(" and ", " ").replace(",", "")  # "one hundred and one" -> "one hundred one"
    return words


def speakable_text(text: str, language: str) -> str:
    """``text`` as a speaker would say it (numbers, dates, amounts, abbreviations; emoji dropped)."""
    return speakable(text, language, spell_number)
