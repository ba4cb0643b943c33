"""no_need_question: the step wants the need found out (``expect.ask_need``) and the reply asks nothing about it."""

from __future__ import annotations

from voicecoach.core.analyzers._common import make_finding, reply_words
from voicecoach.core.analyzers.options import Context
from voicecoach.core.result import Finding
from voicecoach.core.text import any_phrase_found
from voicecoach.core.timeline import Turn


def analyze(turn: Turn, context: Context) -> list[Finding]:
    step = context.step
    words = reply_words(turn, context)
    if step is None or not step.expect.ask_need or not words:
        return []
    if any_phrase_found(context.words("need_questions"), words, **context.match_kwargs()) is not None:
        return []
    return [
        make_finding(
            context,
            "no_need_question",
            severity="minor",
            skill="listening",
            start=words[0].start,
            end=words[-1].end,
            evidence={},
        )
    ]
