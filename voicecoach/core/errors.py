"""Errors a user can fix, and lines said in the UI language. The CLI prints an error as one line
and exits with code 2.

A message is written in English as a template with its values apart, as gettext does:
``UserError("{path}: no such file; give a recording of a reply", path=path)``. The German text is
looked up by the English template in :data:`voicecoach.core.words.messages.MESSAGES` each time the
message is turned into text, so ``str(error)`` speaks the language the app or the command line
speaks now (:func:`speak`; ``voicecoach.i18n.set_language`` sets it), also after a live switch.
A value that is itself a :class:`Said` (a phrase such as the fix) or a ``UserError`` is said in
the same language. A message without values is taken as it is (no braces are read).
``tests/core/test_messages_translated.py`` finds every template in the source that has no German.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass

from voicecoach.core.languages import Language
from voicecoach.core.words.lookup import fill_map, language_of
from voicecoach.core.words.messages import MESSAGES, OS_REASONS, library_cause

_language: Language = "en"


def speak(language: str | None) -> Language:
    """Say every message from now on in ``language`` ("de", else English); returns it."""
    global _language
    _language = language_of(language)
    return _language


def spoken_language() -> Language:
    """The language messages are said in now."""
    return _language


def render(template: str, values: Mapping[str, object], language: str | None = None) -> str:
    """``template`` (English) in ``language`` (default: :func:`spoken_language`), with ``values``
    filled in; values that are :class:`Said` or ``UserError`` are said in the same language."""
    lang = language_of(language or _language)
    text = MESSAGES.get(template, template) if lang == "de" else template
    if not values:
        return text
    said = {key: _cause(value, lang) if key in ERROR_KEYS else _said(value, lang) for key, value in values.items()}
    return fill_map(text, lang, said)


#: The system's English reasons ("Permission denied") -> their error numbers.
_STRERROR = {os.strerror(code): code for code in OS_REASONS}
_ERRNO_LINE = re.compile(r"^\[Errno (\d+)\] ([^:]*)(: .*)?$")


#: Values of a message that hold a library's own words (``error=one_line(error)``).
ERROR_KEYS = frozenset({"error", "detail", "reason"})


def _cause(value: object, language: Language) -> object:
    """A library's error (an exception or its text) as the common cause in ``language`` when one
    fits (:func:`~voicecoach.core.words.messages.library_cause`: no network, refused, timed out, not
    a zip, no permission, disk full), else as :func:`_said` says it. An ``OSError`` with a known
    error number keeps its German reason and file name."""
    if isinstance(value, Said | UserError) or (isinstance(value, OSError) and value.errno in OS_REASONS):
        return _said(value, language)
    if isinstance(value, str | BaseException):
        cause = library_cause(
            f"{type(value).__name__}: {value}" if isinstance(value, BaseException) else value, language
        )
        if cause is not None:
            return cause
    return _said(value, language)


def _said(value: object, language: Language) -> object:
    """A value of a message in ``language``: a :class:`Said` or ``UserError`` said in it; in German
    an operating-system reason (an ``OSError``, its ``strerror``, or its "[Errno 13] ..." line)
    in German words (:data:`~voicecoach.core.words.messages.OS_REASONS`)."""
    if isinstance(value, Said | UserError):
        return value.text(language)
    if isinstance(value, InEither):
        return value.german if language == "de" else value.english
    if language != "de":
        return value
    if isinstance(value, OSError) and value.errno in OS_REASONS:
        where = f": '{value.filename}'" if value.filename else ""
        return OS_REASONS[value.errno] + where
    if isinstance(value, str):
        if value in _STRERROR:
            return OS_REASONS[_STRERROR[value]]
        line = _ERRNO_LINE.match(value)
        if line and int(line[1]) in OS_REASONS:
            return OS_REASONS[int(line[1])] + (line[3] or "")
    return value


@dataclass(frozen=True)
class InEither:
    """A value of a message that reads differently in each language and is not a template of
    its own: a list of choices a scenario file may give in English or German ("medium, hard" /
    "medium/mittel, hard/schwer")."""

    english: str
    german: str

    def __str__(self) -> str:
        return self.english


class Said:
    """A phrase in the UI language, said when it is turned into text: ``Said("check its
    permissions")``, ``Said("{n:# file|# files}", n=3)``. Used for parts of a message (the fix, a
    reason) that are built apart from it, for messages kept as constants (``UserError(NO_MIC)``
    takes its template and values) and for lines a command prints. Compares by template and
    values, and with a ``str`` by its text now."""

    __slots__ = ("template", "values")

    def __init__(self, template: str, /, **values: object) -> None:
        self.template = template
        self.values = values

    def text(self, language: str | None = None) -> str:
        """The phrase in ``language`` (default: the language messages are said in now)."""
        return render(self.template, self.values, language)

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        return f"Said({self.template!r}, **{self.values!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, str):
            return str(self) == other
        return isinstance(other, Said) and (self.template, self.values) == (other.template, other.values)

    def __contains__(self, part: str) -> bool:
        return part in str(self)

    def __hash__(self) -> int:
        return hash(self.template)

    def __add__(self, other: object) -> str:
        return str(self) + str(other)

    def __radd__(self, other: object) -> str:
        return str(other) + str(self)


class UserError(Exception):
    """A mistake in the user's input or set-up, with the fix in the message.

    The message must fit on one line and say what to do, e.g.
    ``UserError("{path}: unknown voice '{voice}'; run 'voicecoach models' to see installed voices",
    path=path, voice=voice)``. ``str(error)`` is the message in the language messages are said in
    now (:func:`speak`), ``error.text("de")`` in a given one; ``template`` and ``values`` are what
    it was made of.
    """

    exit_code = 2

    def __init__(self, template: object = "", /, **values: object) -> None:
        if isinstance(template, Said):  # a message kept as a constant: NO_MIC = Said("...")
            values = {**template.values, **values}
            template = template.template
        self.template = template if isinstance(template, str) else str(template)
        self.values = values
        super().__init__(self.template)

    def text(self, language: str | None = None) -> str:
        """The message in ``language`` (default: the language messages are said in now), on one
        line whatever it quotes: a value with a line break or a control character ("\r" in a
        settings file) is written as its escape (:func:`printable`)."""
        return printable(render(self.template, self.values, language))

    def __str__(self) -> str:
        return self.text()


def said(message: object) -> Said:
    """``message`` as a :class:`Said`, so it is said in the language current when it is shown (a
    screen keeps it; a live switch says it again): a ``Said`` as it is, a ``UserError`` by its
    template and values, anything else by its text (a known English template still finds its German)."""
    if isinstance(message, Said):
        return message
    if isinstance(message, UserError):
        return Said(message.template, **message.values)
    return Said(str(message))


def printable(text: str) -> str:
    """``text`` with every character a terminal would not show as itself (line and paragraph
    breaks, tabs, other control characters, unassigned code points) written as its Python escape
    (``"\\r"``, ``"\\x17"``), so a message that quotes a user's key or value stays one line and the
    user can find the odd character."""
    return "".join(char if char.isprintable() else char.encode("unicode_escape").decode("ascii") for char in text)


def one_line(error: BaseException, limit: int = 200) -> str:
    """An exception as one short line (for messages that must fit on one line)."""
    return (" ".join(str(error).split()) or type(error).__name__)[:limit]
