"""Looking words up and writing numbers: the functions every screen, command and report uses.

Every table of :mod:`voicecoach.core.words` has one shape, ``key -> {"de": ..., "en": ...}``
(:data:`Words`). A language other than German gets English; a key a table lacks gets a readable
stand-in (never a crash), so a typo shows on screen instead of ending a call.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from voicecoach.core.languages import Language
from voicecoach.core.words.names import (
    EMOTIONS,
    EVERY_SKILL,
    FACTS,
    FEELING_TIPS,
    FINDING_NAMES,
    KINDS,
    METRICS,
    PRACTICE,
    SCORE_CAP,
    SKILLS,
)

#: One entry: the same words in German and English.
Words = Mapping[str, Any]

T = TypeVar("T")


def language_of(language: str | None) -> Language:
    """``"de"`` for German, ``"en"`` for everything else (the coach speaks these two)."""
    return "de" if language == "de" else "en"


def pick(entry: Mapping[str, T], language: str | None) -> T:
    """The entry's words in ``language``; English where German is missing or empty."""
    words = entry.get(language_of(language))
    return words if words else entry["en"]


def say(table: Mapping[str, Words], key: str, language: str | None, /, **values: object) -> str:
    """``table[key]`` in ``language`` with ``values`` filled in (``str.format``); ``key`` itself
    when the table lacks it."""
    entry = table.get(key)
    if entry is None:
        return key
    text = pick(entry, language)
    return fill(text, language, **values) if values else text


class _Filler(string.Formatter):
    """``str.format`` that writes numbers the language's way and picks plural forms.

    - ``{n:.1f}`` (any float spec: ``f``, ``e``, ``g``, ``%``) writes a decimal comma in German
      and a thousands point where the spec asks for grouping (``{n:,.0f}`` -> "1.234");
    - ``{n:# Sitzung|# Sitzungen}`` is "1 Sitzung" / "3 Sitzungen": the part before ``|`` for
      one (or minus one: "−1 Punkt"), the part after for every other count, ``#`` replaced by the
      number (written with :func:`number` when it is not whole). A value given as text ("3")
      counts too. With three parts the first is for zero: ``{n:keine Aufnahme|die eine Aufnahme|
      alle # Aufnahmen}`` (never "alle 1 Aufnahmen" or "alle 0 Aufnahmen").
    """

    def __init__(self, language: str | None):
        super().__init__()
        self.language = language_of(language)

    def format_field(self, value: Any, format_spec: str) -> str:
        if "|" in format_spec:
            forms = format_spec.split("|")
            zero, one, other = forms if len(forms) == 3 else (forms[1], forms[0], forms[1])
            amount = _as_number(value)
            form = zero if amount == 0 else one if amount is not None and abs(amount) == 1 else other
            return form.replace("#", _plain_number(amount, self.language) if amount is not None else str(value))
        if format_spec and format_spec[-1:] in "feEgG%n" and isinstance(value, str) and _as_number(value) is not None:
            value = _as_number(value)  # a number given as text (a notice's detail "0.5") is written as a number
        text = super().format_field(value, format_spec)
        if self.language == "de" and format_spec and format_spec[-1:] in "feEgG%n" and isinstance(value, int | float):
            # swap the separators: 1,234.5 -> 1.234,5
            text = text.translate(str.maketrans({".": ",", ",": "."}))
        return text


def _as_number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return value
    try:
        return float(str(value).strip())
    except ValueError:
        return None


def _plain_number(value: float, language: str) -> str:
    return str(int(value)) if float(value).is_integer() else number(value, language)


def fill(text: str, language: str | None, /, **values: object) -> str:
    """``text.format(**values)`` in ``language``: decimal comma and plural forms (see :class:`_Filler`).
    Every text with a number goes through here (``say``, ``i18n.t``, the findings' ``render``)."""
    return _Filler(language).vformat(text, (), values)


def fill_map(text: str, language: str | None, values: Mapping[str, object], /) -> str:
    """:func:`fill` with a mapping (a dict with ``__missing__`` fills gaps, as ``str.format_map``)."""
    return _Filler(language).vformat(text, (), values)


def count(amount: float, one: str, other: str, language: str | None) -> str:
    """A number with its noun: ``count(1, "Sitzung", "Sitzungen", "de")`` -> "1 Sitzung",
    ``count(3, ...)`` -> "3 Sitzungen"; a fraction is written with the language's decimal mark."""
    return f"{_plain_number(amount, language_of(language))} {one if abs(amount) == 1 else other}"


# -- numbers and time ---------------------------------------------------------------------------


def number(value: float, language: str | None, digits: int = 1) -> str:
    """``2.94`` -> ``"2,9"`` in German (decimal comma), ``"2.9"`` in English; ``digits`` decimals."""
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if language_of(language) == "de" else text


def span(start: float, end: float, language: str | None) -> str:
    """A stretch of time: ``(1.2, 3.45)`` -> ``"1,2–3,5 s"`` / ``"1.2–3.5 s"``."""
    return f"{number(start, language)}–{number(end, language)} s"


def seconds(value: float, language: str | None) -> str:
    """Seconds with one decimal, without the unit: ``1.234`` -> ``"1,2"`` / ``"1.2"``."""
    return number(value, language)


def duration(value: float, language: str | None) -> str:
    """Seconds with one decimal and the unit: ``2.94`` -> ``"2,9 s"`` / ``"2.9 s"``."""
    return f"{number(value, language)} s"


def quote(text: str, language: str | None) -> str:
    """Typographic quotes: „mhm“ in German, "mhm" in English."""
    return f"„{text}“" if language_of(language) == "de" else f'"{text}"'


def line_quote(text: str, language: str | None, words: int = 6) -> str:
    """A step named by its own words, as the trainer wrote them: the line's first ``words``
    words, quoted ("„Keller hier, meine Bestellnummer ist 4711 …“"), never its internal id."""
    pieces = text.split()
    short = " ".join(pieces[:words])
    short = short.rstrip(".,;:–-!?") if len(pieces) > words else short
    return quote(short + (" …" if len(pieces) > words else ""), language)


def alternatives(phrases: Iterable[str], language: str | None) -> str:
    """„a“ oder „b“ / "a" or "b"."""
    return (" oder " if language_of(language) == "de" else " or ").join(quote(p, language) for p in phrases)


# -- names --------------------------------------------------------------------------------------


def kind_name(kind: str, language: str | None) -> str:
    """The name of a finding kind ("talk_over" -> "Gleichzeitig gesprochen" / "Talking over"),
    the same on screen, in the CLI and in reports; an unknown kind reads "Some kind"."""
    entry = KINDS.get(kind)
    return pick(entry, language) if entry else kind.replace("_", " ").capitalize()


def finding_name(kind: str, evidence: Mapping[str, Any] | None, language: str | None) -> str:
    """The name of one finding: by what it found where that says more than its kind (a missed
    key point reads "Punkt nicht gehört" / "Key point not heard", not "Nicht zugehört":
    :data:`~voicecoach.core.words.names.FINDING_NAMES`; a contradiction by its form, "Ausrede" /
    "Excuse"), else :func:`kind_name`. ``evidence`` is the finding's ``evidence`` mapping (its
    ``reason``, ``late`` and ``grammar``)."""
    evidence = evidence or {}
    entry = FINDING_NAMES.get((kind, str(evidence.get("reason", "")), bool(evidence.get("late"))))
    entry = FINDING_NAMES.get((kind, str(evidence.get("grammar", "")), False)) or entry  # "Ausrede"
    return pick(entry, language) if entry else kind_name(kind, language)


def skill_name(skill: str, language: str | None) -> str:
    """The name of a skill ("listening" -> "Zuhören" / "Listening"); "all" (a finding that takes
    points off every skill) -> "Alle Bereiche" / "Every skill"."""
    entry = SKILLS.get(skill) or (EVERY_SKILL if skill == "all" else None)
    return pick(entry, language) if entry else skill.replace("_", " ").capitalize()


def score_cap(cap: int, majors: int, mean: int, language: str | None) -> str:
    """Why the total is ``cap`` and not the skills' ``mean``: "höchstens 70 mit einem schweren
    Fehler (ohne Deckelung: 94)" / "at most 70 with a major fault (uncapped: 94)"."""
    return fill(pick(SCORE_CAP, language), language, cap=cap, majors=majors, mean=mean)


def metric_name(metric: str, language: str | None) -> str:
    """The name of a metric with its unit ("response_gap" -> "Antwortpause (s)")."""
    entry = METRICS.get(metric)
    return pick(entry, language) if entry else metric.replace("_", " ")


def ordered_skills(skills: Mapping[str, T]) -> list[tuple[str, T]]:
    """Skills in the product's order (listening, timing, empathy, clarity), others after by name."""
    known = list(SKILLS)
    return sorted(skills.items(), key=lambda item: (known.index(item[0]) if item[0] in known else len(known), item[0]))


def practice_tip(skill: str, language: str | None) -> str:
    """What practising ``skill`` means, in general ("" for an unknown skill)."""
    entry = PRACTICE.get(skill)
    return pick(entry, language) if entry else ""


def emotion_word(emotion: str, language: str | None) -> str:
    """An emotion as an adjective ("annoyed" -> "verärgert"); unknown ones read as "upset"."""
    return pick(EMOTIONS.get(emotion, EMOTIONS["upset"]), language)


def feeling_tip(emotion: str, language: str | None) -> dict[str, str]:
    """The example sentence and the rule for taking up ``emotion`` (``feeling_example``,
    ``feeling_rule``: a sad customer gets sympathy, not words about anger); unknown moods read as
    "upset"."""
    example, rule = pick(FEELING_TIPS.get(emotion, FEELING_TIPS["upset"]), language)
    return {"feeling_example": example, "feeling_rule": rule}


def fact_forms(key: str, language: str | None, alias: str | None = None) -> dict[str, str]:
    """``fact`` (as asked for: "der Bestellnummer" / "the order number") and ``fact_nom``
    (sentence start: "Ihre Bestellnummer" / "Your order number") for a known fact key, else for
    ``alias`` (the key whose ask words it shares: ``account_number`` is named as itself, not as
    the customer number); any other key reads "einer Angabe" / "a detail" and "Das" / "That" (a
    YAML key is never shown to a trainee)."""
    forms = FACTS.get(key) or (FACTS.get(alias) if alias else None)
    if forms is None:  # a scenario's own fact: its YAML key is never shown; the message quotes the value
        if language_of(language) == "de":
            return {"fact": "einer Angabe", "fact_nom": "Das"}
        return {"fact": "a detail", "fact_nom": "That"}
    asked, nominative = pick(forms, language)
    return {"fact": asked, "fact_nom": nominative}
