"""The issue-10 kind tables' shared check: a typed reply to a one-turn scenario, judged with the
real language resources, and the content findings that took points off."""

from __future__ import annotations

from typing import Any

from tests.helpers.timelines import kinds, scenario
from voicecoach.core.analyzers import time_fit
from voicecoach.core.text import words_of_text
from voicecoach.core.typed import judge_text

#: The content kinds the held-out sets label.
CONTENT = ("not_listening", "no_acknowledgement", "contradiction", "pushed_after_no", "avoid_phrase")


def penalised(language: str, reply: str, resources: Any, **step: Any) -> list[str]:
    """The content findings shown as faults (``kind/reason``) for ``reply`` to a one-turn
    scenario whose step is ``step`` (mood ``angry`` unless given): they take points off, or their
    points count once under another finding of the same words (``counted_in``)."""
    sc = scenario(language, theme="service", mood=step.pop("mood", "angry"), **step)
    result = judge_text(sc, "t1", reply, resources=resources)
    return sorted(
        k
        for k, f in zip(kinds(list(result.findings)), result.findings)
        if (f.penalty > 0 or f.evidence.get("counted_in")) and f.kind in CONTENT
    )


def has(found: list[str], kind: str) -> bool:
    """``kind`` (or ``kind/reason``) is among ``found``."""
    return any(k == kind or k.startswith(kind + "/") for k in found)


def contradicts(found: list[str]) -> bool:
    return any(k.startswith("contradiction") for k in found)


def ignored(found: list[str]) -> bool:
    """The customer's feeling was not taken up (ignored, or no acknowledgement at all)."""
    return any(k.endswith("ignored_emotion") or k == "no_acknowledgement" for k in found)


def breaks_a_limit(customer: str, reply: str) -> tuple[bool, list[tuple]]:
    """Whether a time the reply offers breaks a limit of the customer's line, as the judge reads it
    (:func:`time_fit.breaking`), and the limits read (kind, day, hours), for the assertion's message."""
    said = words_of_text(customer)
    offered = time_fit.offers(words_of_text(reply), said)
    limits = time_fit.limits(said)
    found = [(lim.kind, lim.when.day, lim.when.hours) for lim in limits]
    return time_fit.breaking(limits, offered) is not None, found
