"""The app's current language, and ``t()`` over the texts in :mod:`voicecoach.core.words.ui`.

The language comes from ``settings.ui_language``, else from the system locale
(:func:`voicecoach.adapters.settings.system_language`). ``t("key", name=...)`` returns the text in the
current language; a key that is missing in one language falls back to English, and an unknown
key is returned as is (so a typo shows on screen instead of crashing the call).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from voicecoach.adapters.settings import system_language
from voicecoach.core import errors, words
from voicecoach.core.analyzers.lexicon import ASK_ALIASES
from voicecoach.core.languages import LANGUAGES, Language
from voicecoach.core.scoring import cap_applied
from voicecoach.core.words import (
    alternatives,
    emotion_word,
    fact_forms,
    feeling_tip,
    finding_name,
    kind_name,
    language_of,
    say,
    score_cap,
    skill_name,
)
from voicecoach.core.words.findings import CATALOGUE, cut_quotes, qualifier, untimed
from voicecoach.core.words.findings import render as render_finding
from voicecoach.core.words.ui import TEXTUAL, UI
from voicecoach.core.words.voices import gender_of, persona_form

UiLanguage = Language

_current: UiLanguage = "en"


def set_language(language: str | None) -> UiLanguage:
    """Choose the UI language ('de' or 'en'); anything else means English. Messages
    (``UserError``, :class:`~voicecoach.core.errors.Said`) are said in it from now on too."""
    global _current
    _current = "de" if language == "de" else "en"
    errors.speak(_current)
    return _current


def current_language() -> UiLanguage:
    return _current


def choose_language(setting: str | None) -> UiLanguage:
    """The setting when given, else the system locale."""
    if setting in LANGUAGES:
        return setting  # type: ignore[return-value]
    return "de" if system_language() == "de" else "en"


def t(key: str, /, **values: object) -> str:
    """The text for ``key`` in the current language, with ``values`` filled in."""
    return say(UI, key, _current, **values)


@dataclass(frozen=True)
class Line:
    """A UI text by ``key``, said in the language current when it is turned into text (``str``),
    so a line kept on a screen follows a live language switch; the values are filled in then."""

    key: str
    values: tuple[tuple[str, object], ...] = ()

    def __str__(self) -> str:
        return t(self.key, **dict(self.values))


def number(value: float, digits: int = 1) -> str:
    """``value`` with ``digits`` decimals in the current language: "2,9" in German, "2.9" in English."""
    return words.number(value, _current, digits)


def duration(value: float) -> str:
    """Seconds with the unit in the current language: "2,9 s" / "2.9 s"."""
    return words.duration(value, _current)


def span(start: float, end: float) -> str:
    """A stretch of time in the current language: "1,2–3,5 s" / "1.2–3.5 s"."""
    return words.span(start, end, _current)


#: Keys as a German keyboard labels them (Textual shows ctrl as "^", escape as "esc").
_GERMAN_KEYS = {
    "ctrl": "Strg",
    "shift": "Umschalt",
    "alt": "Alt",
    "escape": "Esc",
    "space": "Leertaste",
    "delete": "Entf",
    "backspace": "Rücktaste",
    "tab": "Tab",
    "home": "Pos1",
    "end": "Ende",
}


def key_display(key: str, shown: str) -> str:
    """A key as the current language names it: ``key_display("ctrl+p", "^p")`` -> "Strg+P",
    ``("escape", "esc")`` -> "Esc", ``("f1", "f1")`` -> "F1" in German (the labels on German
    keyboards, as the help writes them); ``shown`` (Textual's "^p") in English, and for a letter,
    a sign or Enter alone (Textual's "⏎", the sign on the key). ``key``: a binding's key, the first of a comma list ("ctrl+p, f2")."""
    first = key.split(",")[0].strip()
    *modifiers, name = first.split("+")
    if _current != "de" or not name:
        return shown
    if name in _GERMAN_KEYS:
        name = _GERMAN_KEYS[name]
    elif (modifiers and len(name) == 1) or (name[0] == "f" and name[1:].isdigit()):
        name = name.upper()  # Strg+P, F1
    elif not modifiers:
        return shown
    return "+".join([*(_GERMAN_KEYS.get(modifier, modifier.capitalize()) for modifier in modifiers), name])


def key_of(text: str) -> str | None:
    """The key of a text shown in either language (``"Hilfe"`` -> ``"key.help"``), a key itself,
    or None; keys of the footer's keys (``key.*``) win where texts repeat. Lets a label shown in
    one language be shown again in the other (the footer after ``u``)."""
    if text in UI:
        return text
    found = None
    for key, entry in UI.items():
        if text in (entry.get("de"), entry.get("en")):
            if key.startswith("key."):
                return key
            found = found or key
    return found


def textual_text(text: str) -> str:
    """A text Textual itself wrote (a binding's label or tooltip of one of its widgets: "Dismiss
    menu") in the current language; any other text unchanged."""
    key = TEXTUAL.get(text)
    return t(key) if key is not None else text


def known(key: str) -> bool:
    """True when ``key`` is one of the app's texts (else ``t`` returns it unchanged)."""
    return key in UI


def finding_label(kind: str, evidence: Mapping[str, Any] | None) -> str:
    """One finding's name in the UI language (:func:`~voicecoach.core.words.finding_name`: a
    missed key point reads "Punkt nicht gehört", not the kind's "Nicht zugehört")."""
    return finding_name(kind, evidence, _current)


def label(prefix: str, value: str) -> str:
    """``label("mood", "angry")`` -> "wütend"; the raw value when there is no translation.

    Finding kinds and skills have one name everywhere (``voicecoach.core.words.names``), so the
    screen, the CLI and the reports say the same.
    """
    if prefix == "skill" and value == "all":
        return t("skill.all")
    if prefix == "kind":
        return kind_name(value, _current)
    if prefix == "skill":
        return skill_name(value, _current)
    key = f"{prefix}.{value}"
    return t(key) if key in UI else value


def customer_label(gender: str | None = None, name: str | None = None) -> str:
    """The label naming the customer in the current language: "Kundin" / "Kunde" when the
    persona's gender is known (given, or implied by "Frau"/"Herr"), else the neutral label of
    ``call.lane.customer``; "Customer" in English."""
    if gender_of(gender, name) == "diverse":
        return t("call.lane.customer")
    return persona_form("customer", _current, gender, name).capitalize()


def cap_text(findings: Sequence[Any], score: Any, language: str | None) -> str | None:
    """Why ``score.total`` is below its skills' mean (a major fault caps it:
    :func:`voicecoach.core.scoring.cap_applied`), in ``language``; None when it is not.
    ``findings`` are those the score counts (the ones marked as wrong left out)."""
    cap = cap_applied(findings, score)
    return None if cap is None else score_cap(cap.cap, cap.majors, cap.mean, language)


def finding_text(finding: Any, judged_in: str | None, customer: str | None = None) -> tuple[str, str]:
    """A finding's message and tip in the current language (a live switch re-translates them):
    :func:`finding_text_in` with the interface's language."""
    return finding_text_in(finding, judged_in, _current, customer)


def finding_text_in(
    finding: Any, judged_in: str | None, language: str, customer: str | None = None, *, timed: bool = True
) -> tuple[str, str]:
    """A finding's message and tip in ``language``.

    A finding keeps its text in the language it was judged in (``judged_in``). It is made again
    from its recipe (``evidence["render"]``: variant, values and qualifiers, the words of the
    language made anew); a finding stored before recipes is rendered again from its kind, a
    variant and its evidence only where that reproduces the kept text exactly in ``judged_in``;
    else the kept text stays, so a re-translation never says something other than the judge
    said. ``customer``: the persona's name (for the gendered forms). ``timed`` False: without the
    time the message names (a typed reply has none; :data:`findings.UNTIMED`)."""
    same = judged_in is None or language_of(judged_in) == language
    if same and timed:
        return finding.message, finding.tip
    again = _from_recipe(finding, language, customer, timed)
    if again is not None:
        return again
    if same:
        return untimed(finding.kind, finding.message, language), finding.tip
    kept = (finding.message, finding.tip)
    evidence = dict(finding.evidence)
    reason = evidence.get("reason")
    variants = [reason, None, *(v for (k, v) in CATALOGUE if k == finding.kind and v not in (reason, None))]
    for variant in variants:
        try:
            if render_finding(finding.kind, variant, judged_in, _values(finding, judged_in), customer=customer) != kept:
                continue
            return render_finding(finding.kind, variant, language, _values(finding, language), customer=customer)
        except (KeyError, ValueError, IndexError, TypeError):
            continue
    return kept


def _from_recipe(finding: Any, language: str, customer: str | None, timed: bool = True) -> tuple[str, str] | None:
    """The message and tip made again in ``language`` from the finding's recipe
    (``evidence["render"]``: variant, values, qualifiers), the language-bound values made anew
    (:func:`_language_bound`); None for a finding without one."""
    recipe = finding.evidence.get("render")
    if not isinstance(recipe, Mapping):
        return None
    fill = {**finding.evidence, "at": float(finding.start), **(recipe.get("values") or {})}
    fill.update(_language_bound(finding.evidence, language))
    try:
        message, tip = render_finding(
            finding.kind, recipe.get("variant"), language, fill, customer=customer, timed=timed
        )
        for name, values in recipe.get("before") or ():
            message = qualifier(name, language, customer=customer, **values) + message
        for name, values in recipe.get("after") or ():
            message += qualifier(name, language, customer=customer, **values)
    except (KeyError, ValueError, IndexError, TypeError):
        return None
    return message, tip


def _language_bound(evidence: Mapping[str, Any], language: str) -> dict[str, Any]:
    """The values of a message that are words of its language, made from the evidence: the
    feeling's word, the example phrasings joined with "oder"/"or", the fact's name, the quote of
    an interruption's cut-off words."""
    values: dict[str, Any] = {}
    if isinstance(evidence.get("emotion"), str):
        values["emotion"] = emotion_word(evidence["emotion"], language)
        values.update(feeling_tip(evidence["emotion"], language))
    phrasings = evidence.get("phrasings")
    if isinstance(phrasings, list) and phrasings:
        values["example"] = phrasings[0]
        values["examples"] = alternatives(phrasings[:2], language)
    fact = evidence.get("fact")
    if isinstance(fact, str):  # "fact_named": false when the scenario calls it otherwise ("Auftragsnummer")
        named = fact if evidence.get("fact_named", True) else ""
        values.update(fact_forms(named, language, ASK_ALIASES.get(named)))
    if isinstance(evidence.get("cut_text"), str):
        values["cut"], values["cut_short"] = cut_quotes(evidence["cut_text"], language)
    return values


def _values(finding: Any, language: str) -> dict[str, Any]:
    """The values a finding's message was filled with, from its evidence, in ``language``."""
    evidence = finding.evidence
    values = dict(evidence)
    values.setdefault("at", float(finding.start))
    values.update(_language_bound(evidence, language))
    if isinstance(evidence.get("point"), str):
        values["point"] = evidence["point"].replace("_", " ")
    said = evidence.get("words")
    if isinstance(said, list) and said and isinstance(said[0], dict):
        values["said"] = " ".join(str(w.get("word", "")) for w in said).strip(" .,;:!?…\"'„“”«»-–—")
    values.setdefault("closest", "")
    return values
