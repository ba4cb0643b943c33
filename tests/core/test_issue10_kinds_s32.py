"""Issue 10, kinds left over from the fitted set v33 (thirty-second session).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, has, penalised

#: An annoyed customer whose new kettle broke; the point is a new one.
KETTLE = {
    "de": {"say": "Mein neuer Wasserkocher ist nach zwei Tagen kaputt. Ich will einen neuen!", "emotion": "annoyed",
           "expect": {"key_points": {"replace": ["neuen Wasserkocher", "tauschen"]}}},
    "en": {"say": "My new kettle broke after two days. I want a new one!", "emotion": "annoyed",
           "expect": {"key_points": {"replace": ["new kettle", "replace"]}}},
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # passed on, and someone answers within a vague horizon: still nothing about the kettle
        ("de", "Das ist ärgerlich. Ich gebe das an unseren Kundendienst weiter, von dort hören Sie in den "
               "nächsten Tagen.", True),
        ("en", "That's annoying. I'll pass it on to our service desk and someone will get back to you this "
               "week.", True),
        ("en", "I'm sorry about this. I'll send your complaint over to our returns team, and they'll review it.",
         True),
        # the colleague decides whether the point happens: it is left open
        ("de", "Das ist ärgerlich. Ich leite das an unseren Werkstattleiter weiter, er entscheidet, ob wir das "
               "Gerät tauschen.", True),
        ("en", "I'm sorry. I'll pass this to our workshop manager; he decides whether we replace it.", True),
        # the handover with the fix in it, or with an hour, is more than passing it on
        ("de", "Das ist ärgerlich. Ich gebe das an unseren Kundendienst weiter, der schickt Ihnen morgen ein "
               "neues Gerät.", False),
        ("en", "I'm sorry about this. I'll send a new one today, and our returns team will review the old one.",
         False),
        ("de", "Das ist ärgerlich. Ich gebe das an Frau Lohse weiter, sie meldet sich bis Freitag um 12 Uhr.",
         False),
    ],
)  # fmt: skip
def test_a_handover_with_a_vague_horizon(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **KETTLE[language])
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "lecture"),
    [
        # an English order right after "next time": the lesson is in the order itself
        ("en", "You'll have your tickets tonight. Next season, order straight from the box office, the resellers "
               "are a gamble.", True),
        ("en", "You'll have your tickets tonight. Next time, just call the box office and skip the app.", True),
        # ... not when we take it on, or when it is a question
        ("en", "You'll have your tickets tonight. Next time, call me directly and I'll sort it at once.", False),
        ("en", "You'll have your tickets tonight. Would you like to book next season's straight from us?", False),
    ],
)  # fmt: skip
def test_an_order_for_next_time(language: str, reply: str, lecture: bool, resources: Any) -> None:
    step = {
        "say": "I booked through your partner app and the tickets never came, and your colleague says that's my "
               "own fault!",
        "expect": {"key_points": {"tickets": ["tickets tonight", "send the tickets"]}},
    }  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert contradicts(found) is lecture, found


@pytest.mark.parametrize(
    ("language", "reply", "minimised"),
    [
        # the trouble said to pass by itself
        ("de", "Das tut mir leid. Aber Hunde gewöhnen sich schnell, die neue Leine ist doch genauso gut.", True),
        ("de", "Das tut mir leid. Die richtige Leine schicke ich heute, und der Ärger ist morgen vergessen.", True),
        ("en", "I'm sorry. Dogs get used to it quickly, and the blue lead is just as good.", True),
        # the fix, with no such word
        ("de", "Das tut mir leid. Die richtige Leine schicke ich Ihnen heute noch.", False),
        ("en", "I'm sorry. The right lead goes out to you today.", False),
    ],
)  # fmt: skip
def test_soon_over_by_itself(language: str, reply: str, minimised: bool, resources: Any) -> None:
    step = {
        "say": {"de": "Sie haben die falsche Leine geschickt, und mein Hund mag die neue gar nicht!",
                "en": "You sent the wrong lead, and my dog hates the new one!"}[language],
        "expect": {"key_points": {"fix": ["richtige Leine", "right lead"]}},
    }  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert contradicts(found) is minimised, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # nothing before a day past their deadline: that day is the earliest on offer
        ("Heute ist Montag. Die Schilder müssen bis Mittwoch fertig sein.",
         "Die Druckerei ist voll, vor Donnerstag wird das schwierig.", True),
        ("Heute ist Montag. Die Schilder müssen bis Mittwoch fertig sein.",
         "Vor Donnerstag geht es leider nicht.", True),
        ("It's Monday. The signs have to be ready by Wednesday.", "The print shop is full, so not before Thursday.",
         True),
        # ... a day within it is fine, and their own "not before" is no offer of ours
        ("Heute ist Montag. Die Schilder müssen bis Mittwoch fertig sein.",
         "Vor Mittwoch wird das knapp, aber am Mittwoch um 9 Uhr sind sie fertig.", False),
        ("Heute ist Montag. Die Schilder müssen bis Mittwoch fertig sein.",
         "Sie können also nicht vor Donnerstag abholen?", False),
    ],
)  # fmt: skip
def test_nothing_before_a_day(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits
