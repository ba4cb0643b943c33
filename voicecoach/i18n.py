"""The app's current language, and ``t()`` over the texts in :mod:`voicecoach.core.words.ui`.

The language comes from ``settings.ui_language``, else from the system locale
(:func:`voicecoach.adapters.settings.system_language`). ``t("key", name=...)`` returns the text in the
current language; a key that is missing in one language falls back to English, and an unknown
key is returned as is (so a typo shows on screen instead of crashing the call).
"""

from __future__ import annotations

from voicecoach.adapters.settings import system_language
from voicecoach.core import errors, words
from voicecoach.core.languages import LANGUAGES, Language
from voicecoach.core.words import kind_name, say, skill_name
from voicecoach.core.words.ui import UI

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


def number(value: float, digits: int = 1) -> str:
    """``value`` with ``digits`` decimals in the current language: "2,9" in German, "2.9" in English."""
    return words.number(value, _current, digits)


def duration(value: float) -> str:
    """Seconds with the unit in the current language: "2,9 s" / "2.9 s"."""
    return words.duration(value, _current)


def span(start: float, end: float) -> str:
    """A stretch of time in the current language: "1,2–3,5 s" / "1.2–3.5 s"."""
    return words.span(start, end, _current)


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


def known(key: str) -> bool:
    """True when ``key`` is one of the app's texts (else ``t`` returns it unchanged)."""
    return key in UI


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
