"""One term for each person, in German and in English (issue 11).

The German texts named the customer "Kundschaft", "Kunde" and "Kundenseite", and the person
answering "Agent", "Mitarbeiter", "Trainee" and "Übende". The terms now:

- **the customer**: German "Kundin"/"Kunde" by the persona's gender where it is known (the
  persona forms of ``core/words/voices.py``: "die Kundin", "des Kunden", "sie"/"ihn"); where it
  is not, "Kundin/Kunde" ("der Kundin/des Kunden", "die Kundin oder der Kunde") in labels and
  help, and "Ihr Gegenüber" in a sentence to the trainee. English: "the customer".
- **the trainee**: "Sie" in German, "you" in English, in direct address; English help for
  trainers says "the trainee" (German help avoids a noun: "was vor dem Anruf schon bekannt ist").
- **the person in a real, recorded call** (``voicecoach batch``): German "Mitarbeitende"
  (gender-fair; "der oder des Mitarbeitenden" in a sentence), English "agent".

German says "noch einmal", not the spoken "nochmal" (the judge's lexicon of what people say on
the phone, ``core/analyzers``, keeps it: it is not read here).

Every template of ``voicecoach.core.words`` is read (``tests/helpers/word_tables.py``), fields,
options (``--agent``) and quoted code left out: a banned variant fails here with where it is.
"""

from __future__ import annotations

import re

import pytest

from tests.helpers.untranslated import plain
from tests.helpers.word_tables import word_texts
from voicecoach.core.words.voices import PERSONA_FORMS, persona_form

#: Variants that must not come back, and the term to use instead.
BANNED = {
    "de": {
        r"Kundschaft": "Kundin/Kunde (a persona's gender where known)",
        r"Kundenseite": "Kundin/Kunde, or Seite der Kundin/des Kunden",
        r"\bÜbende\w*": "Sie",
        r"\bTrainee\w*": "Sie",
        r"\bAgent\w*": "Mitarbeitende (a real call's person)",
        r"\bMitarbeiter(s|n)?\b": "Mitarbeitende (gender-fair)",
        r"\bnochmal\b": "noch einmal",
        r"\bAnrufer\w*": "Kundin/Kunde",
        r"\bKlient\w*": "Kundin/Kunde",
        r"\bGesprächspartner\w*": "Kundin/Kunde, or Ihr Gegenüber",
        r"\b(du|dein\w*|dich|dir|euch)\b": "Sie (the trainee is addressed formally)",
    },
    "en": {
        r"\bcallers?\b": "customer",
        r"\bclients?\b": "customer",
        r"\bemployees?\b": "agent",
        r"\bstaff\b": "agent",
        r"\boperators?\b": "agent",
        r"\bcustomer side\b": "the customer's side",
    },
}


#: Patterns that hold in capitals too ("KUNDSCHAFT" as a column header); the others are names or
#: pronouns whose case matters ("Sie" is the trainee, "sie" the customer).
CASE_FREE = {r"Kundschaft", r"Kundenseite", r"\bÜbende\w*", r"\bTrainee\w*", r"\bAnrufer\w*", r"\bnochmal\b"}


def test_no_banned_variant_of_a_persons_term_in_any_text() -> None:
    bad = [
        f"{text.where} ({text.language}): {found.group(0)!r} -> {instead}: {text.text[:100]!r}"
        for text in word_texts()
        for pattern, instead in BANNED[text.language].items()
        for found in [re.search(pattern, plain(text.text), re.IGNORECASE if pattern in CASE_FREE else 0)]
        if found
    ]
    assert not bad, "\n".join(bad)


def test_the_persona_forms_use_the_terms() -> None:
    bad = [
        f"PERSONA_FORMS[{key}][{language}][{gender}]: {form!r}"
        for key, languages in PERSONA_FORMS.items()
        for language, genders in languages.items()
        for gender, form in genders.items()
        for pattern in BANNED[language]
        if re.search(pattern, form)
    ]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize(
    ("gender", "name", "noun", "of_the"),
    [
        ("female", None, "Kundin", "der Kundin"),
        ("male", None, "Kunde", "des Kunden"),
        (None, "Frau Yilmaz", "Kundin", "der Kundin"),
        (None, "Herr Becker", "Kunde", "des Kunden"),
        ("diverse", "Alex Kim", "Kundin/Kunde", "Ihres Gegenübers"),
    ],
)
def test_the_german_customer_follows_the_personas_gender(
    gender: str | None, name: str | None, noun: str, of_the: str
) -> None:
    assert persona_form("customer", "de", gender, name) == noun
    assert persona_form("of_the_customer", "de", gender, name) == of_the
    assert persona_form("customer", "en", gender, name) == "customer"


def test_the_detector_finds_each_banned_variant() -> None:
    """Each pattern catches its variant (none may rot into matching nothing); options and fields are not words."""
    samples = {
        "de": "Die Kundschaft, die Kundenseite, Übende, der Trainee, der Agent, ein Anrufer, ein Klient, "
        "Gesprächspartner, wie geht es dir, der Mitarbeiter, nochmal",
        "en": "a caller, a client, an employee, staff, an operator, the customer side",
    }
    for language, sample in samples.items():
        missed = [pattern for pattern in BANNED[language] if not re.search(pattern, plain(sample))]
        assert not missed, (language, missed)
    assert not re.search(r"\bAgent\w*", plain("--agent-pattern '{agent}/*.wav', {agent}"))
    assert not re.search(r"\bMitarbeiter(s|n)?\b", "Mitarbeitende, der oder des Mitarbeitenden")


def test_a_label_for_a_customer_of_unknown_gender_is_the_neutral_form() -> None:
    """Labels that stand for any customer (a real call's, a side of two files, the library's
    fallback) say "Kundin/Kunde", never the masculine "Kunde" alone; a diverse persona's lane in the
    call's timeline, 8 columns wide, says "Kunde/in"."""
    from voicecoach.core.words.call_report import CALL
    from voicecoach.core.words.cli import ANALYZE, REPORT
    from voicecoach.core.words.ui import UI

    labels = [
        UI["library.persona"],
        REPORT["customer"],
        ANALYZE["customer"],
        CALL["customer"],
    ]
    assert [label["de"] for label in labels] == ["Kundin/Kunde"] * len(labels)
    assert UI["call.lane.customer"]["de"] == "Kunde/in"  # the short form: the call's timeline has 8 columns for it
