"""Issue 10, kinds found in the misses of the fitted set v11: each row one form of a kind, in
German and English, judged as typed text with the real language resources.

- a reply of sympathy alone ("Das tut mir sehr leid, so etwas darf nicht passieren.", "I'm so
  sorry, that must have been really frustrating.") says nothing about the matter in any words:
  every key point about the matter is surely missed and costs points. Any clause that says more
  (an action, however short: "I'm on it"; intent heard without its comma: "Sorry I'll sort it
  out"; a question) leaves a miss a question, no points off.

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from tests.helpers.content_judge import penalised

CHECK_DE = {
    "say": "Ihr Monteur sollte gestern kommen, ich habe den ganzen Tag umsonst gewartet!",
    "emotion": "angry",
    "expect": {"key_points": {"look_up": ["ich sehe nach", "ich prüfe das", "kläre das"]}},
}
CHECK_EN = {
    "say": "Your fitter was due yesterday and I waited in all day for nothing!",
    "emotion": "angry",
    "expect": {"key_points": {"look_up": ["I'll check", "look into it", "find out what happened"]}},
}


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # sympathy alone, in any form: the matter itself surely missed
        ("de", "Das tut mir sehr leid, so etwas darf nicht passieren.", True),
        ("de", "Oh je, das ist wirklich ärgerlich. Das kann ich gut verstehen.", True),
        ("de", "Ich bedauere das sehr, Frau Keller.", True),
        ("en", "I'm so sorry, that must have been really frustrating.", True),
        ("en", "Oh no, that sounds awful. I'm really sorry you had that experience.", True),
        ("en", "I can imagine how annoying that was, Ms Keller.", True),
        # any clause that says more: the miss stays a question
        ("de", "Das tut mir leid. Ich bin dran.", False),
        ("de", "Das tut mir leid ich kümmere mich darum.", False),
        ("de", "Das ist ärgerlich, entschuldigen Sie. Wann passt es Ihnen morgen?", False),
        ("en", "Apologies. On it now.", False),
        ("en", "Sorry about that I'll sort it out.", False),
        ("en", "I'm so sorry. Are you free tomorrow morning?", False),
    ],
)
def test_sympathy_alone_misses_the_matter(language: str, reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    step = CHECK_DE if language == "de" else CHECK_EN
    found = penalised(language, reply, resources, **dict(step))
    assert ("not_listening/missed_point" in found) is missed, found
