"""The words of a scenario shown to a trainer: ``voicecoach scenarios show`` and the TUI's
recording screen, and the suffix of a trainer's own copy of a shipped scenario.

A step is named by its number in the file (as a trainer reads the YAML) and the customer's
words; its id, which only the YAML needs, comes after it in brackets. A key point is shown by its
phrasings, a fact by its value, a branch by the number of the step it leads to ("→ bei schwacher
Antwort: weiter bei Schritt 2").

Shape: ``key -> {"de": ..., "en": ...}`` (filled with :func:`voicecoach.core.words.lookup.say`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from voicecoach.core.words.lookup import Words, pick, say

#: The lines of ``scenarios show``: the form of address, and a step's lines (two leading spaces:
#: under the step's heading).
SCENARIO_VIEW: Mapping[str, Words] = {
    "address": {"de": "Anrede:    {form}", "en": "Form of address: {form}"},
    "address.sie": {"de": "Siezen", "en": "Sie (formal)"},
    "address.du": {"de": "Duzen", "en": "du (informal)"},
    "step": {"de": "Schritt {number}{feeling}: {say}", "en": "Step {number}{feeling}: {say}"},
    "gives": {"de": "  nennt: {facts}", "en": "  gives: {facts}"},
    "must_address": {"de": "  muss ansprechen: {phrasings}", "en": "  must address: {phrasings}"},
    "no_reask": {"de": "  darf nicht noch einmal fragen nach {facts}", "en": "  must not ask again for {facts}"},
    "and": {"de": " und ", "en": " and "},
    "flow": {"de": "  → {branches}", "en": "  → {branches}"},
    "goes_to": {"de": "weiter bei Schritt {number}", "en": "goes to step {number}"},
    "ends": {"de": "Ende des Gesprächs", "en": "the call ends"},
    "branch": {"de": "{when}: {target}", "en": "{when}: {target}"},
    "branch_sep": {"de": "; ", "en": "; "},
    "or": {"de": " oder ", "en": " or "},
    # when a branch applies (core/scenario.py's Outcome, checked in this order)
    "when.interrupted": {"de": "bei einer Unterbrechung", "en": "after an interruption"},
    "when.reasked": {"de": "bei einer Frage nach schon Genanntem", "en": "if something already given is asked again"},
    "when.pushed": {"de": "bei Nachhaken nach dem Nein", "en": "after a push past the no"},
    "when.contradicted": {"de": "bei Widerspruch", "en": "after a contradiction"},
    "when.missed": {"de": "bei einem fehlenden Kernpunkt", "en": "if a key point is missing"},
    "when.poor": {"de": "bei einer schwachen Antwort", "en": "after a poor reply"},
    "when.good": {"de": "bei einer guten Antwort", "en": "after a good reply"},
    "when.default": {"de": "sonst", "en": "otherwise"},
}

#: Added to the id (and folder name) of a trainer's own copy of a shipped scenario, in the UI
#: language: ``late-delivery-de`` -> ``late-delivery-de-eigen`` / ``late-delivery-de-mine``.
COPY_SUFFIX: Words = {"de": "-eigen", "en": "-mine"}


def copy_suffix(language: str | None) -> str:
    """``"-eigen"`` (German) or ``"-mine"`` (English): the suffix of an own copy's id."""
    return pick(COPY_SUFFIX, language)


def flow_text(branches: Sequence[tuple[Sequence[str], int | None]], language: str | None) -> str:
    """Where the call goes after a step, by step number: ``branches`` as
    :meth:`voicecoach.core.scenario.Scenario.branches` gives them, each outcome by its name
    (``"poor"``) and each target by its 1-based number in the file (None: the call ends).

    ``[((), 3)]`` -> "weiter bei Schritt 3"; ``[(("poor",), 2), (("default",), 3)]`` ->
    "bei einer schwachen Antwort: weiter bei Schritt 2; sonst: weiter bei Schritt 3".
    """
    parts = []
    for outcomes, number in branches:
        target = (
            say(SCENARIO_VIEW, "ends", language)
            if number is None
            else say(SCENARIO_VIEW, "goes_to", language, number=number)
        )
        if not outcomes:
            parts.append(target)
            continue
        when = say(SCENARIO_VIEW, "or", language).join(
            say(SCENARIO_VIEW, f"when.{outcome}", language) for outcome in outcomes
        )
        parts.append(say(SCENARIO_VIEW, "branch", language, when=when, target=target))
    return say(SCENARIO_VIEW, "branch_sep", language).join(parts)
