"""A small detector of English left in German text (issue 11), for the word tables and the screens."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

#: English function words that never occur in a German sentence (each with spaces around it).
ENGLISH_WORDS = (
    "the",
    "and",
    "you",
    "your",
    "with",
    "not",
    "is",
    "are",
    "of",
    "to",
    "for",
    "this",
    "that",
    "from",
    "into",
    "please",
    "press",
    "found",
    "file",
    "saved",
)

#: Proper names and terms that may stand in a German text although they look English.
ENGLISH_ALLOWED = ("Headset", "Piper", "PulseAudio", "PortAudio", "English", "voicecoach")


def plain(text: str) -> str:
    """The words of a template without its fields and markup."""
    text = re.sub(r"\{[^{}]*\}", " ", text)
    text = re.sub(r"'[^']*'|`[^`]*`", " ", text)  # command lines and file names quoted as code
    text = re.sub(r"(?<!\w)--?[A-Za-z][\w-]*", " ", text)  # options: --into, --from-file, -o
    return re.sub(r"[`*|#]", " ", text)


def english_words_in(text: str) -> list[str]:
    """The English function words in ``text`` (a small detector: a German sentence has none)."""
    words = plain(text)
    for allowed in ENGLISH_ALLOWED:
        words = words.replace(allowed, " ")
    padded = f" {re.sub(r'[^A-Za-zÄÖÜäöüß]+', ' ', words)} "
    return [word for word in ENGLISH_WORDS if f" {word} " in padded]


# -- messages written in the source -------------------------------------------------------------

#: Calls whose first argument is an English message template (looked up in ``core/words/messages.py``).
MESSAGE_CALLS = ("UserError", "Said", "ScenarioInvalid", "PlaybackError")


def message_calls(path: Path) -> Iterator[tuple[int, ast.expr]]:
    """(line, first argument) of every message call (:data:`MESSAGE_CALLS`) in the module at ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args:
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name in MESSAGE_CALLS:
                yield node.lineno, node.args[0]


def message_templates(root: Path) -> dict[str, list[str]]:
    """Every English message template written as a literal under ``root`` -> where ("file:line")."""
    found: dict[str, list[str]] = {}
    for path in sorted(root.rglob("*.py")):
        for line, argument in message_calls(path):
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                found.setdefault(argument.value, []).append(f"{path.relative_to(root.parent)}:{line}")
    return found


def formatted_messages(root: Path) -> list[str]:
    """Message calls whose text is built before the call (an f-string, ``+``, ``%``): their words
    cannot be looked up, so each one is a slip ("file:line")."""
    return [
        f"{path.relative_to(root.parent)}:{line}"
        for path in sorted(root.rglob("*.py"))
        for line, argument in message_calls(path)
        if isinstance(argument, ast.JoinedStr | ast.BinOp)
    ]
