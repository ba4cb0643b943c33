"""pydantic's validation errors in our words, in the UI language: one home for the scenario loader
(``adapters/library.py``) and the settings file (``adapters/settings.py``).

pydantic's messages ("Input should be a valid number, unable to parse string as a number") exist
in English only. Each error type we meet gets an English template here, said through
:class:`~voicecoach.core.errors.Said`, whose German lives in ``core/words/messages.py`` (keyed by
the English template): so a German user reads "eine Zahl erwartet, „schnell“ erhalten" for a
scenario key and a settings key alike.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from typing import Any

from voicecoach.core.errors import InEither, Said
from voicecoach.core.words.command_line import CHOICES

#: pydantic's type errors -> our message, one template per expected type.
TYPE_MESSAGES = {
    "string_type": Said("expected text, got {value}"),
    "float_type": Said("expected a number, got {value}"),
    "float_parsing": Said("expected a number, got {value}"),
    "int_type": Said("expected a whole number, got {value}"),
    "int_parsing": Said("expected a whole number, got {value}"),
    "int_from_float": Said("expected a whole number, got {value}"),
    "bool_type": Said("expected true or false, got {value}"),
    "bool_parsing": Said("expected true or false, got {value}"),
    "dict_type": Said("expected a mapping (key: value lines), got {value}"),
    "model_type": Said("expected a mapping (key: value lines), got {value}"),
    "model_attributes_type": Said("expected a mapping (key: value lines), got {value}"),
    "list_type": Said("expected a list (lines starting with '- ', or [a, b]), got {value}"),
    "datetime_type": Said("expected a date and time (2026-05-04T09:30:00), got {value}"),
    "datetime_parsing": Said("expected a date and time (2026-05-04T09:30:00), got {value}"),
    "datetime_from_date_parsing": Said("expected a date and time (2026-05-04T09:30:00), got {value}"),
}

#: pydantic's limits on numbers -> our message (the limit is ``ctx[key]``).
LIMIT_MESSAGES = {
    "greater_than": ("gt", Said("{value} is too small; give a number above {limit:g}")),
    "greater_than_equal": ("ge", Said("{value} is too small; give {limit:g} or more")),
    "less_than": ("lt", Said("{value} is too large; give a number below {limit:g}")),
    "less_than_equal": ("le", Said("{value} is too large; give {limit:g} or less")),
}


def is_union_tag(part: object) -> bool:
    """True for the union member's name pydantic puts into an error's location ("str", "int",
    "dict[str,str]"): not a field."""
    return isinstance(part, str) and (part in ("str", "int", "float", "constrained-str", "[key]") or "[" in part)


def field_path(loc: Sequence[object]) -> tuple[str | int, ...]:
    """An error's location without union tags: ``("input_device", "str")`` -> ``("input_device",)``."""
    return tuple(part for part in loc if not is_union_tag(part))  # type: ignore[misc]


def describe_value(value: object) -> Said | str:
    """The value a user wrote, as a message shows it: ``'schnell'``, ``'true'``, "a list", "nothing"."""
    if isinstance(value, dict):
        return Said("a mapping")
    if isinstance(value, list):
        return Said("a list")
    if value is None:
        return Said("nothing")
    if isinstance(value, bool):
        return f"'{str(value).lower()}'"
    return f"'{value}'"


def key_hint(key: str, known: Sequence[str]) -> Said:
    """What to write instead of an unknown ``key``: "did you mean 'y'?", else the ``known`` keys,
    else "check the spelling"."""
    close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
    if close:
        return Said("did you mean '{close}'?", close=close[0])
    if known:
        return Said("known keys here: {known}", known=", ".join(known))
    return Said("check the spelling")


def unknown_key(key: str, known: Sequence[str]) -> Said:
    """ "unknown key 'x'; did you mean 'y'?" (see :func:`key_hint`)."""
    return Said("unknown key '{key}'; {hint}", key=key, hint=key_hint(key, known))


def field_problem(item: Mapping[str, Any], *, guide: str | None = None) -> Said:
    """One pydantic error (an entry of ``ValidationError.errors()``) as our message, in either
    language: a template per error type (missing key, value not in the choices, wrong type, too
    short/long, number out of range, a validator's own :class:`Said`). Any other type reads "not
    valid here" with pydantic's own (English-only) words in brackets, and ``guide`` (a file to
    read) when given. Unknown keys are the caller's (it knows the keys): :func:`unknown_key`.
    """
    kind = item.get("type", "")
    ctx = item.get("ctx") or {}
    value = describe_value(item.get("input"))
    if kind == "missing":
        return Said("required key is missing; add it")
    if kind in ("literal_error", "enum"):
        allowed = str(ctx.get("expected", "")).replace("'", "").replace(" or ", ", ")
        german = ", ".join(_with_german(value) for value in allowed.split(", "))  # "medium/mittel"
        return Said(
            "{value} is not allowed here; use one of: {allowed}", value=value, allowed=InEither(allowed, german)
        )
    if kind == "string_too_short":
        return Said("must not be empty")
    if kind == "string_too_long":
        return Said("too long: at most {limit:# character|# characters}", limit=ctx.get("max_length", 0))
    if kind == "too_short":
        return Said("too few entries: at least {limit} needed", limit=ctx.get("min_length", 0))
    if kind == "too_long":
        return Said("too many entries: at most {limit} allowed", limit=ctx.get("max_length", 0))
    if kind in TYPE_MESSAGES:
        return Said(TYPE_MESSAGES[kind].template, value=value)
    if kind in LIMIT_MESSAGES:
        key, template = LIMIT_MESSAGES[kind]
        return Said(template.template, value=value, limit=ctx.get(key, 0))
    error = ctx.get("error")
    if isinstance(error, ValueError) and error.args and isinstance(error.args[0], Said):
        return error.args[0]
    detail = str(item.get("msg", "invalid")).removeprefix("Value error, ")
    if guide:
        return Said("{value} is not valid here ({detail}); see {guide}", value=value, detail=detail, guide=guide)
    return Said("{value} is not valid here ({detail})", value=value, detail=detail)


__all__ = [
    "LIMIT_MESSAGES",
    "TYPE_MESSAGES",
    "describe_value",
    "field_path",
    "field_problem",
    "is_union_tag",
    "key_hint",
    "unknown_key",
]


def _with_german(value: str) -> str:
    """A scenario file's choice with its German name, which the file may give too ("medium" ->
    "medium/mittel", "angry" -> "angry/wütend"; CHOICES in core/words/command_line.py); other
    values as they are."""
    for kind in ("difficulty", "mood", "gender"):
        german = CHOICES[kind].get(value)
        if german:
            return f"{value}/{german[0]}"
    return value
