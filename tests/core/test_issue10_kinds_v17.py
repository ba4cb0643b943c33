"""Issue 10, kinds found in the errors of the set v17 (fitted since the seventeenth session).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from tests.helpers.content_judge import penalised

VISIT = {
    "de": {
        "say": "Seit Freitag läuft die Spülmaschine aus, die Küche steht unter Wasser. Wann kommt endlich jemand?",
        "emotion": "annoyed",
        "expect": {
            "key_points": {"visit": ["Techniker", "schicke", "komme vorbei"], "day": ["morgen", "heute", "Mittwoch"]},
            "avoid": ["wir kümmern uns darum", "so bald wie möglich", "kann ich nicht versprechen"],
        },
    },
    "en": {
        "say": "Since Friday the dishwasher has been leaking, the kitchen is flooded. When is someone coming?",
        "emotion": "annoyed",
        "expect": {
            "key_points": {"visit": ["engineer", "send", "come out"], "day": ["tomorrow", "today", "Wednesday"]},
            "avoid": ["we'll look into it", "as soon as possible", "can't promise"],
        },
    },
}


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # the only steps the agent names are the phrases to avoid: no visit in any words
        ("de", "Das tut mir leid. Wir kümmern uns darum, so bald wie möglich.", True),
        ("de", "Ärgerlich, verstehe. Wir kümmern uns so bald wie möglich darum, sobald jemand frei ist.", True),
        ("en", "I'm sorry about that. We'll look into it as soon as possible.", True),
        ("en", "That's annoying, I know. We'll look into it as soon as possible, once someone's free.", True),
        # a step of its own beside the avoid phrase may be the point in other words: a note only
        ("de", "Das tut mir leid. Wir kümmern uns darum. Unser Monteur steht morgen um acht bei Ihnen.", False),
        ("en", "I'm sorry. We'll look into it: our fitter will be with you tomorrow at eight.", False),
        # a time said inside the avoided promise may still answer "when"
        ("de", "Tut mir leid. Der Termin ist der 14., versprechen kann ich das aber nicht.", False),
        ("en", "I'm sorry. We'll look into it as soon as possible, the 14th at the latest.", False),
    ],
)
def test_a_step_that_is_the_avoid_phrase_says_no_point(language: str, reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **VISIT[language])
    assert any(k.startswith("not_listening/missed_point") for k in found) is missed, found
