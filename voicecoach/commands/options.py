"""Option values as a German or English user types them, for every sub-command's parser.

argparse checks a value with the option's ``type``: these types take the value in either language
("--customer-channel links" is "left", "--demo-speed 1,5" is 1.5) and refuse anything else with one
line in the UI language that says what is wanted ("„drei“ ist keine ganze Zahl"), never Python's
type name. The words are in :mod:`voicecoach.core.words.command_line` (``CHOICES``, ``LINES``).

:class:`Parser` is the parser class of the whole command line: a usage error is one line naming
the help to read, exit 2 (argparse's own prints the usage lines first).
"""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from voicecoach import i18n
from voicecoach.core.words import say
from voicecoach.core.words.command_line import ARGPARSE, LINES, choice_value, shown_choices


class Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose usage errors are one line in the UI language:
    ``voicecoach call: Fehler: Argument --turns: „drei“ ist keine ganze Zahl; …; alle Optionen zeigt
    'voicecoach call --help'``, exit 2. Sub-parsers are made of the same class."""

    def error(self, message: str) -> NoReturn:
        language = i18n.current_language()
        error = ARGPARSE["%(prog)s: error: %(message)s\n"] if language == "de" else "%(prog)s: error: %(message)s\n"
        line = say(LINES, "see_help", language, message=message, prog=self.prog)
        sys.stderr.write(error % {"prog": self.prog, "message": line})
        raise SystemExit(2)


class Choice:
    """The ``type`` of an option with fixed values of ``kind`` (``channel``, ``mood``, ``gender``,
    ``difficulty``, ``language``, ``device``, ``format``): returns the English value the program
    works with; raises ``ArgumentTypeError`` naming the values in the UI language."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.__name__ = kind  # argparse names the type in some messages

    def __call__(self, text: str) -> str:
        value = choice_value(self.kind, text)
        if value is None:
            language = i18n.current_language()
            choices = ", ".join(shown_choices(self.kind, language))
            raise argparse.ArgumentTypeError(say(LINES, "bad_choice", language, value=text, choices=choices))
        return value

    def metavar(self) -> str:
        """The values as help shows them in the UI language: ``links|rechts``."""
        return "|".join(value.replace(" ", "-") for value in shown_choices(self.kind, i18n.current_language()))


def choice(kind: str) -> dict[str, object]:
    """``add_argument`` keywords for an option with the values of ``kind``: ``type`` and the
    ``metavar`` in the UI language (``parser.add_argument("--mood", **choice("mood"), help=...)``)."""
    kind_type = Choice(kind)
    return {"type": kind_type, "metavar": kind_type.metavar()}


def whole_number(text: str) -> int:
    """An option's whole number ("3", " 12 "); ``ArgumentTypeError`` in the UI language otherwise."""
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(say(LINES, "not_whole", i18n.current_language(), value=text)) from None


whole_number.__name__ = "whole_number"


def decimal_number(text: str) -> float:
    """An option's number, with a decimal point or a German decimal comma ("1,5" -> 1.5);
    ``ArgumentTypeError`` in the UI language for anything else (also "nan", "inf")."""
    cleaned = text.strip()
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        value = float("nan")
    if value != value or value in (float("inf"), float("-inf")):
        raise argparse.ArgumentTypeError(say(LINES, "not_number", i18n.current_language(), value=text))
    return value


def channel_number(text: str) -> int:
    """A channel of a recording: a number from 0, or left/right (links/rechts) for 0/1."""
    side = choice_value("channel", text)
    if side is not None:
        return 0 if side == "left" else 1
    try:
        number = int(text.strip())
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(say(LINES, "not_channel", i18n.current_language(), value=text))
    return number
