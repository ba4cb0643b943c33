"""no_acknowledgement: a complaint answered without thanks, understanding or an apology.

A complaint is a step with an annoyed or angry customer, customer words of complaint
("Reklamation", "kaputt", "still not arrived") in a statement (not in a question asking for the
remedy: "Kann der Bote die falschen mitnehmen?"), or the first turn of a scenario whose theme is
``complaint`` (unless the author names doubt, hurry or confusion there: :data:`_STRAIGHT_ANSWER`);
never a turn where the customer says no to an offer and names no upset emotion (taking the no is
what is owed there). When the reply already ignores the customer's emotion (``not_listening`` /
``ignored_emotion``), that finding says it and this one stays quiet.
"""

from __future__ import annotations

from collections.abc import Sequence

from voicecoach.core.analyzers import grammar
from voicecoach.core.analyzers._common import customer_words, make_finding, reply_words
from voicecoach.core.analyzers.not_listening import UPSET_MOODS, emotion_to_acknowledge, listed_found, step_empathy
from voicecoach.core.analyzers.options import Context
from voicecoach.core.result import Finding
from voicecoach.core.text import Spoken, any_phrase_found
from voicecoach.core.timeline import Turn, Word

#: Feelings that ask for an answer, not for an acknowledgement, even on a complaint's first turn:
#: doubt is met by taking it up ("Nein, das müssen Sie nicht hinnehmen"), hurry by getting to the
#: point (scenarios/README.md: only annoyed, angry and sad make acknowledging expected). A calm
#: complaint keeps the thanks the seeds ask for ("Danke, dass Sie sich melden").
_STRAIGHT_ANSWER = ("sceptical", "hurried", "confused")


def is_complaint(turn: Turn, context: Context) -> bool:
    step = context.step
    if step is not None and step.emotion in ("annoyed", "angry"):
        return True
    if step is not None and step.emotion in _STRAIGHT_ANSWER:
        return False  # a sceptic's "Is that really the end of it?" is owed a straight answer, not "I understand"
    if context.theme == "complaint" and context.first_turn:
        return True
    if step is not None and (step.expect.acknowledge_emotion is False or step.emotion not in (None, *UPSET_MOODS)):
        return False  # the author says the customer is calm: "money back" in a calm refusal is a request
    if step is not None and step.expect.accept_no:
        return False  # the customer says no to an offer: accepting it is the acknowledgement (pushed_after_no)
    said = [word for sentence in _sentences(customer_words(turn, context)) if not _asks(sentence) for word in sentence]
    return any_phrase_found(context.words("complaint_words"), said, **context.strict_match_kwargs()) is not None


def _sentences(words: Sequence[Word]) -> list[list[Word]]:
    """The words cut into sentences after ".", "!", "?" (the last one may lack its mark)."""
    out: list[list[Word]] = [[]]
    for word in words:
        out[-1].append(word)
        if word.text.rstrip().endswith((".", "!", "?", "…")):
            out.append([])
    return [sentence for sentence in out if sentence]


def _asks(sentence: Sequence[Word]) -> bool:
    """A question: "Kann der Bote die falschen mitnehmen?", "Can I get my money back?" asks for a
    remedy; a complaint word in it is the topic of the request, not a complaint (a coach answers
    the question; the complaint, if any, was made in a statement)."""
    return sentence[-1].text.rstrip().endswith("?")


def analyze(turn: Turn, context: Context) -> list[Finding]:
    words = reply_words(turn, context)
    if not words or not is_complaint(turn, context):
        return []
    if emotion_to_acknowledge(turn, context) is not None:
        return []  # the emotion check covers acknowledging this customer
    spoken = Spoken(words)
    phrased, meant = listed_found(context.words("acknowledgement"), spoken, context)
    if phrased is not None and not grammar.played_down(words, phrased, context.resources, context.language):
        return []
    if meant is not None and not grammar.played_down(words, meant, context.resources, context.language):
        return []
    if step_empathy(spoken, context) is not None:
        return []  # the step's own understanding point, in the trainer's words
    if grammar.acknowledgement(words, context.resources, context.language, thanks=True) is not None:
        return []  # thanks, apology, understanding, naming the trouble, agreeing, owning it: in any words
    if grammar.vague_feeling(words, context.resources, context.language) is not None:
        return []  # perhaps taken up in words no list names: when in doubt, no points off
    return [
        make_finding(
            context,
            "no_acknowledgement",
            severity="minor",
            skill="empathy",
            start=words[0].start,
            end=words[-1].end,
            evidence={},
        )
    ]
