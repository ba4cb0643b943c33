"""A turn answered with the microphone muted: what it is instead of "no reply" (pure).

The live call (``voicecoach.live.engine``) turns the judged result of a turn in which the
microphone was muted and nothing was heard into :func:`muted_result`; summaries, the session's
score and trends leave such a turn out (:func:`counted`).
"""

from __future__ import annotations

from dataclasses import replace

from voicecoach.core.result import Finding, TurnResult
from voicecoach.core.scoring import score as score_of
from voicecoach.core.words.findings import recipe, render

#: The finding kind of a turn the trainee left muted (``core.result.FINDING_KINDS``).
MUTED = "muted"


def muted_result(result: TurnResult, *, customer: str | None = None) -> TurnResult:
    """``result`` of a turn in which the microphone was muted and nothing was heard, as what it
    is: one "muted" finding that costs nothing, instead of "no reply" with every point off. The
    turn is not scored (:func:`counted`): summaries, the session's score and trends leave it out."""
    start = result.turn.line_end if result.turn.line_end is not None else 0.0
    message, tip = render(MUTED, None, result.language, {}, customer=customer)
    finding = Finding(
        kind=MUTED,
        start=start,
        end=max(start, result.turn.duration),
        severity="minor",
        message=message,
        tip=tip,
        skill="all",
        penalty=0.0,
        evidence={"muted": True, "render": recipe(None, {})},
    )
    return replace(result, findings=(finding,), score=score_of((), result.score.weights or None), outcomes=())


def counted(result: TurnResult) -> bool:
    """False for a turn that is not scored (the microphone was muted: :func:`muted_result`)."""
    return not any(finding.kind == MUTED for finding in result.findings)


__all__ = ["MUTED", "counted", "muted_result"]
