"""The coach's words, in German and English: one home for every name and sentence we show.

- :mod:`~voicecoach.core.words.names`: finding kinds, skills, metrics, emotions, facts, and what
  to practise per skill: one name per thing, the same on screen, in the CLI and in reports;
- :mod:`~voicecoach.core.words.ui`: the TUI's texts (``voicecoach.i18n.t`` looks them up), the
  customer's protest, the headset check's verdict;
- :mod:`~voicecoach.core.words.cli`: ``voicecoach analyze``, ``history --progress`` and reports;
- :mod:`~voicecoach.core.words.command_line`: the CLI's help texts (German keyed by the English
  text), argparse's own messages, and the lines ``voicecoach`` and ``voicecoach call`` print;
- :mod:`~voicecoach.core.words.lookup`: picking a language, numbers and time ("2,9 s" in German),
  quotes, and the name functions (:func:`kind_name`, :func:`skill_name`, :func:`metric_name`).

Templates are filled by :func:`fill` (``say`` and ``i18n.t`` use it): a float field
(``{t:.1f}``) gets the decimal comma in German, and a count picks its noun's form with
``{n:# Sitzung|# Sitzungen}`` ("1 Sitzung", "3 Sitzungen"; ``#`` is the number). Never write a
bare ``{n} Sitzungen`` or "Sitzung(en)": ``tests/core/test_untranslated.py`` fails on it.

Every table has one shape, ``key -> {"de": ..., "en": ...}``. Pure: no I/O, nothing of ours
outside ``voicecoach.core``.
"""

from __future__ import annotations

from voicecoach.core.words.lookup import (
    Language,
    Words,
    alternatives,
    count,
    duration,
    emotion_word,
    fact_forms,
    feeling_tip,
    fill,
    finding_name,
    kind_name,
    language_of,
    line_quote,
    metric_name,
    number,
    ordered_skills,
    pick,
    practice_tip,
    quote,
    say,
    score_cap,
    seconds,
    skill_name,
    span,
)

__all__ = [
    "Language",
    "Words",
    "alternatives",
    "count",
    "duration",
    "emotion_word",
    "feeling_tip",
    "fact_forms",
    "fill",
    "finding_name",
    "kind_name",
    "language_of",
    "line_quote",
    "metric_name",
    "number",
    "ordered_skills",
    "pick",
    "practice_tip",
    "quote",
    "say",
    "score_cap",
    "seconds",
    "skill_name",
    "span",
]
