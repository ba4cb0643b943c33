"""Literal timelines for the judge's tests: spans and words from plain numbers.

``said(1.0, 2.5, "Guten Tag Frau Keller")`` is one speech span from 1.0 to 2.5 s whose words
share that time evenly; ``track(...)`` joins such pieces into a :class:`Track`.
"""

from __future__ import annotations

from typing import Any

from voicecoach.core.call import CallResult, judge_call
from voicecoach.core.scenario import Scenario
from voicecoach.core.text import words_of_text
from voicecoach.core.timeline import Span, Track, Turn, Word

#: The keys of ``TurnResult.to_json()``: the shape of ``analyze --json`` and ``call --json`` lines.
TURN_RESULT_KEYS = frozenset(
    {
        "scenario",
        "turn",
        "language",
        "findings",
        "customer_speech",
        "trainee_speech",
        "transcript",
        "metrics",
        "score",
        "outcomes",
        "duration",
        "options",
    }
)


def said(start: float, end: float, text: str = "") -> tuple[Span, tuple[Word, ...]]:
    """One span of speech with ``text`` spread evenly over it (no words for empty text)."""
    pieces = text.split()
    step = (end - start) / len(pieces) if pieces else 0.0
    words = tuple(
        Word(piece, round(start + i * step, 3), round(start + (i + 1) * step - min(0.02, step / 4), 3))
        for i, piece in enumerate(pieces)
    )
    return Span(start, end), words


def track(*pieces: tuple[Span, tuple[Word, ...]]) -> Track:
    return Track(speech=tuple(p[0] for p in pieces), words=tuple(w for p in pieces for w in p[1]))


def turn(
    customer: list[tuple[float, float, str]],
    trainee: list[tuple[float, float, str]],
    duration: float | None = None,
    line_end: float | None = None,
) -> Turn:
    """A turn from ``(start, end, text)`` rows per side."""
    c = track(*(said(*row) for row in customer))
    t = track(*(said(*row) for row in trainee))
    ends = [row[1] for row in customer + trainee] or [0.0]
    return Turn(customer=c, trainee=t, duration=duration or max(ends) + 0.5, line_end=line_end)


def heard_turn(say: str, reply: str, unsure: set[str] | frozenset[str] = frozenset(), low: float = 0.2) -> Turn:
    """A turn whose customer said ``say`` (0-2.5 s) and whose trainee's words, 0.4 s apart from
    3.0 s, came from Whisper at probability 0.95, those in ``unsure`` (as split on spaces) at
    ``low``: a reply heard with some words in doubt."""
    pieces = reply.split()
    words = tuple(
        Word(p, 3.0 + i * 0.4, 3.35 + i * 0.4, low if p in unsure else 0.95) for i, p in enumerate(pieces)
    )  # fmt: skip
    return Turn(
        customer=Track((Span(0.0, 2.5),), tuple(words_of_text(say))),
        trainee=Track((Span(3.0, 3.0 + 0.4 * len(pieces)),), words),
        duration=3.0 + 0.4 * len(pieces) + 1.0,
        line_end=2.5,
    )


def scenario(language: str = "de", theme: str = "complaint", mood: str = "angry", **step: Any) -> Scenario:
    """A one-turn scenario with the given step fields (``say`` defaults to a complaint; ``situation``,
    if given, is the brief's account of the case)."""
    step.setdefault("say", "Keller hier, meine Bestellnummer ist 4711. Das ist wirklich ärgerlich!")
    situation = step.pop("situation", "A test.")  # the trainer's account of the case
    return Scenario.model_validate(
        {
            "id": f"test-{language}",
            "title": "Test",
            "language": language,
            "theme": theme,
            "brief": {"situation": situation, "goal": "Pass."},
            "persona": {"name": "Frau Keller" if language == "de" else "Mrs Keller", "mood": mood},
            "turns": [{"id": "t1", **step}],
        }
    )


def context(language: str = "de", sc: Scenario | None = None, step_id: str | None = None, **options: Any):  # noqa: ANN201
    """The analyzers' context, as the judge builds it (options override JudgeOptions fields)."""
    from voicecoach.core.analyzers.options import JudgeOptions
    from voicecoach.core.judge import make_context

    return make_context(language, sc, step_id, JudgeOptions(**options))[0]


def kinds(findings: list[Any]) -> list[str]:
    """Finding kinds in order; ``not_listening`` and friends with their reason: ``kind/reason``."""
    return [f"{f.kind}/{f.evidence['reason']}" if "reason" in f.evidence else f.kind for f in findings]


def two_exchange_call(cut_in: bool = True, language: str = "en") -> CallResult:
    """A judged two-exchange call (18 s); with ``cut_in`` the agent starts 1 s before the
    customer's first line ends (an interruption)."""
    customer = track(said(0.5, 4.0, "my parcel did not arrive and I am upset"), said(12.0, 14.0, "can you check it"))
    first = (3.0, 8.0) if cut_in else (4.8, 8.0)
    agent = track(
        said(*first, "I see let me check the tracking for you now"), said(14.6, 17.0, "yes it comes tomorrow")
    )
    return judge_call(customer, agent, 18.0, language=language)
