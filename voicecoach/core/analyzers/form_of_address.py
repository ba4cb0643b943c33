"""form_of_address: in a German call, the trainee addresses the customer with the other form,
"du" where the scenario asks for "Sie" (the default) or "Sie" where it asks for "du".

Many companies require the formal "Sie" on the phone; some address every customer with "du".
The scenario says which (``address: sie | du``, :attr:`voicecoach.core.scenario.Scenario.address`);
without a scenario (``analyze`` of two files) nothing is judged, and English has no such choice.

Precision first, since a confident wrong verdict is the worst bug:

- the informal forms (du, dich, dir, dein..., euch, euer...) count as whole words only ("dual",
  "Dubai", "direkt" never do), in any case;
- the formal forms (Sie, Ihnen, Ihr...) count only capitalised and not at the start of a
  sentence, where "Sie" may be "she" or "they" and "Ihr" "her" or "their";
- nothing inside quotation marks counts (the trainee repeating the customer's words: „du“);
- "du mir leid" is Whisper's mishearing of "tut mir leid", not an address, nor is "du" before a
  verb that cannot go with it ("Hast du tut mir leid" for "Das tut mir leid": :data:`NOT_WITH_DU`);
  "Ach du meine Güte", "Du liebe Zeit" are exclamations (:data:`EXCLAMATIONS`).

One finding per reply, minor, on clarity, quoting every word of the other form; its ``reason``
is the form said ("du" or "sie"), its message in the context's language (an English UI may judge
a German call).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from voicecoach.core.analyzers._common import make_finding, reply_words
from voicecoach.core.analyzers.options import Context
from voicecoach.core.result import Finding
from voicecoach.core.timeline import Turn, Word

#: The informal singular and plural forms: what a "Sie" call must not say (any case).
INFORMAL = frozenset(
    ["du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "deines"]
    + ["euch", "euer", "eure", "euren", "eurem", "eurer", "eures"]
)
#: The formal forms: what a "du" call must not say (capitalised, not at a sentence's start).
FORMAL = frozenset(["Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres"])

#: Exclamations with "du" that address nobody: "Ach du meine Güte", "Du liebe Zeit", "Ach du Schreck".
EXCLAMATIONS = (
    ("meine", "güte"),
    ("meine", "zeit"),
    ("liebe", "zeit"),
    ("lieber", "himmel"),
    ("lieber", "gott"),
    ("liebes", "bisschen"),
    ("grüne", "neune"),
    ("heiliger", "strohsack"),
    ("schreck",),
    ("schande",),
)

#: Verb forms that never follow "du" (it takes "tust", "bist", "hast", "kannst" ...): "du" right
#: before one is a misheard word ("Hast du tut mir leid"), not an address.
NOT_WITH_DU = frozenset(["tut", "tun", "ist", "sind", "hat", "haben", "kann", "wird", "muss", "soll", "darf"])

_OPENING = "„‚«»“‘\"'"  # a quote opens with one of these ...
_CLOSING = "“”‘’»«\"'"  # ... and closes with one of these
_PIECE = re.compile(r"[„‚«»“”‘’\"]|(?<!\w)'|'(?!\w)|[\w-]+|[.!?:;]")
_SENTENCE_END = frozenset(".!?:;")


def _pieces(words: Sequence[Word]) -> list[tuple[str, Word]]:
    """Every word, quotation mark and sentence mark of the reply, with the word it is part of."""
    return [(match.group(0), word) for word in words for match in _PIECE.finditer(word.text)]


def other_forms(words: Sequence[Word], expected: str) -> list[Word]:
    """The words of ``words`` that address the customer with the form other than ``expected``
    (``"sie"`` or ``"du"``), by the rules in the module's docstring."""
    found: list[Word] = []
    quoted = False
    sentence_start = True
    pieces = _pieces(words)
    for index, (piece, word) in enumerate(pieces):
        if piece in _OPENING and not quoted:
            quoted = True
            sentence_start = True
            continue
        if piece in _CLOSING and quoted:
            quoted = False
            continue
        if piece in _SENTENCE_END:
            sentence_start = True
            continue
        if piece in _OPENING or piece in _CLOSING:
            continue
        starts = sentence_start
        sentence_start = False
        if quoted:
            continue
        if expected == "sie" and piece.lower() in INFORMAL:
            following = tuple(p.lower() for p, _ in pieces[index + 1 : index + 3])
            # "hast du mir (wirklich/so/sehr) leid": Whisper's "tut mir leid", with a word between
            apology = tuple(p.lower() for p, _ in pieces[index + 1 : index + 4])
            if piece.lower() == "du" and (
                (apology[:1] == ("mir",) and "leid" in apology[1:])
                or following[:1]
                and following[0] in NOT_WITH_DU
                or any(following[: len(e)] == e for e in EXCLAMATIONS)
            ):
                continue  # "tut mir leid" misheard as "hast du (tut) mir leid"; "Du liebe Zeit" addresses nobody
            found.append(word)
        elif expected == "du" and piece in FORMAL and not starts:
            found.append(word)
    return list(dict.fromkeys(found))


def analyze(turn: Turn, context: Context) -> list[Finding]:
    expected = context.address  # None unless the scenario is German
    if expected not in ("sie", "du"):
        return []
    words = reply_words(turn, context)
    found = other_forms(words, expected)
    if not found:
        return []
    said = ", ".join(dict.fromkeys(re.sub(r"[^\w-]", "", word.text) for word in found))
    return [
        make_finding(
            context,
            "form_of_address",
            severity="minor",
            skill="clarity",
            start=found[0].start,
            end=found[-1].end,
            evidence={
                "reason": "du" if expected == "sie" else "sie",  # the form said
                "expected": expected,
                "said": said,
                "phrases": said.split(", "),  # marked in the transcript as words to avoid
                "words": [{"text": w.text, "start": w.start, "end": w.end} for w in found],
            },
        )
    ]
