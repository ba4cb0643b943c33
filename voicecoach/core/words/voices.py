"""Words about the customer's voice and the persona: stand-in voice notes and gendered forms.

``VOICE_NOTES`` are what the app says once when a scenario's voice is not installed.
``PERSONA_FORMS`` are the German (and English) forms that depend on the persona's gender: the
customer as a noun ("der Kunde" / "die Kundin"), the pronouns ("ihn" / "sie") and the name after
"von" ("von Herrn Wagner" / "von Frau Yilmaz"); :func:`persona_forms` fills them in.
"""

from __future__ import annotations

from collections.abc import Mapping

from voicecoach.core.words.lookup import Words, language_of

VOICE_NOTES: Mapping[str, Words] = {
    "stand_in.de": {
        "de": (
            "Keine deutsche Piper-Stimme installiert: Es spricht die Ersatzstimme {used} (verständlich, aber "
            "künstlich). Natürlicher klingt {wanted}; installieren mit: voicecoach models pull {wanted} "
            "(alle fehlenden Stimmen zeigt: voicecoach models)"
        ),
        "en": (
            "No German Piper voice is installed: the stand-in voice {used} speaks (clear, but artificial). "
            "{wanted} sounds natural; install it with: voicecoach models pull {wanted} "
            "(voicecoach models lists every missing voice)"
        ),
    },
    "stand_in.en": {
        "de": (
            "Keine englische Piper-Stimme installiert: Es spricht die Ersatzstimme {used}. Natürlicher klingt "
            "{wanted}; installieren mit: voicecoach models pull {wanted} (alle fehlenden Stimmen zeigt: voicecoach models)"
        ),
        "en": (
            "No English Piper voice is installed: the stand-in voice {used} speaks. {wanted} sounds natural; "
            "install it with: voicecoach models pull {wanted} (voicecoach models lists every missing voice)"
        ),
    },
    "missing_file": {
        "de": "Stimmdatei {wanted} nicht gefunden (die .onnx.json gehört daneben); es spricht {used}",
        "en": "voice file {wanted} not found (it needs its .onnx.json next to it); using {used}",
    },
    "missing": {
        "de": "Die Stimme {wanted} ist nicht installiert; es spricht {used}. Installieren mit: voicecoach models pull {wanted}",
        "en": "Voice {wanted} is not installed; using {used}. Install it with: voicecoach models pull {wanted}",
    },
}

#: The persona's genders; "diverse" (and no gender) takes neutral forms.
GENDERS = ("female", "male", "diverse")
#: Forms of address and the gender they imply.
ADDRESSES: Mapping[str, str] = {
    "Frau": "female",
    "Herr": "male",
    "Ms": "female",
    "Mrs": "female",
    "Miss": "female",
    "Mr": "male",
}

#: key -> {language: {gender: form}}; "diverse" is also used when the gender is not known.
PERSONA_FORMS: Mapping[str, Mapping[str, Mapping[str, str]]] = {
    "customer": {  # the customer as a noun, nominative without article
        "de": {"female": "Kundin", "male": "Kunde", "diverse": "Kundin/Kunde"},
        "en": {"female": "customer", "male": "customer", "diverse": "customer"},
    },
    "the_customer": {  # with article, nominative
        "de": {"female": "die Kundin", "male": "der Kunde", "diverse": "Ihr Gegenüber"},
        "en": {"female": "the customer", "male": "the customer", "diverse": "the customer"},
    },
    "The_customer": {
        "de": {"female": "Die Kundin", "male": "Der Kunde", "diverse": "Ihr Gegenüber"},
        "en": {"female": "The customer", "male": "The customer", "diverse": "The customer"},
    },
    "of_the_customer": {  # genitive: "Einwürfe der Kundin"
        "de": {"female": "der Kundin", "male": "des Kunden", "diverse": "Ihres Gegenübers"},
        "en": {"female": "the customer's", "male": "the customer's", "diverse": "the customer's"},
    },
    "him": {  # accusative pronoun: "lassen Sie sie ausreden"
        "de": {"female": "sie", "male": "ihn", "diverse": "die Person"},
        "en": {"female": "her", "male": "him", "diverse": "them"},
    },
    "he": {
        "de": {"female": "sie", "male": "er", "diverse": "die Person"},
        "en": {"female": "she", "male": "he", "diverse": "they"},
    },
}


def gender_of(gender: str | None, name: str | None = None) -> str:
    """``female``/``male``/``diverse``: the given gender, else the one the name's address implies
    ("Frau Keller" -> female), else ``diverse`` (neutral forms)."""
    if gender in GENDERS:
        return gender
    first = (name or "").split(" ")[0].rstrip(".")
    return ADDRESSES.get(first, "diverse")


def persona_form(key: str, language: str | None, gender: str | None, name: str | None = None) -> str:
    """One gendered form (see :data:`PERSONA_FORMS`) for the persona; neutral when the gender is unknown."""
    return PERSONA_FORMS[key][language_of(language)][gender_of(gender, name)]


def object_name(name: str, language: str | None) -> str:
    """The persona's name in the dative/accusative: "Herr Wagner" -> "Herrn Wagner" (German); others as given."""
    if language_of(language) == "de" and name.startswith("Herr "):
        return "Herrn " + name[len("Herr ") :]
    return name


def name_after_von(name: str, language: str | None) -> str:
    """The persona's name after "von"/as owner: "von Herrn Wagner", "von Frau Yilmaz"; English "Ms Shah's"."""
    if language_of(language) == "de":
        return f"von {object_name(name, language)}"
    return f"{name}'s"


def persona_forms(language: str | None, gender: str | None, name: str | None = None) -> dict[str, str]:
    """Every form of :data:`PERSONA_FORMS` for the persona, ready for ``str.format``."""
    lang, who = language_of(language), gender_of(gender, name)
    return {key: forms[lang][who] for key, forms in PERSONA_FORMS.items()}
