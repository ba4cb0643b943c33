"""Issue 10, kinds found in the errors of the fitted set v8: each row one form of a kind, in German
and English, judged as typed text with the real language resources.

- a strong word for a bad experience ("What a shock", "entsetzlich", "appalling") names the
  feeling, as "awful" does; played down ("no need to be shocked") it does not;
- pity addressed to the customer ("Sie Arme", "Sie Ärmster", "you poor soul") takes it up;
- "trotzdem" about the customer's own matter ("Die 540 Euro müssen Sie trotzdem überweisen")
  insists on a position: a contradiction, not a push of the refused offer; in a reassurance
  ("Sie müssen trotzdem nichts zahlen") it is neither; pressing the offer ("Nehmen Sie es
  trotzdem", "Wollen Sie es sich nicht trotzdem überlegen?") still pushes.

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from tests.helpers.content_judge import contradicts, has, ignored, penalised

FLOOD_DE = {
    "say": "Ich komme aus dem Urlaub, und der Keller steht unter Wasser, weil Ihr Monteur geschlampt hat!",
    "emotion": "angry",
}
FLOOD_EN = {
    "say": "I came back from holiday and the cellar is flooded because your fitter botched the job!",
    "emotion": "angry",
}


@pytest.mark.parametrize(
    ("language", "reply", "taken_up"),
    [
        ("en", "What a shock to come back to. I'll send someone out this afternoon.", True),
        ("en", "That's appalling. I'll send someone out this afternoon.", True),
        ("en", "How distressing, coming home to that. Someone will be there this afternoon.", True),
        ("de", "Was für ein Schock nach dem Urlaub. Ich schicke heute Nachmittag jemanden.", True),
        ("de", "Das ist ja entsetzlich. Ich schicke heute Nachmittag jemanden.", True),
        ("de", "Sie Ärmster, und das nach dem Urlaub. Heute Nachmittag kommt jemand.", True),
        ("en", "You poor soul, and straight after a holiday. Someone will come this afternoon.", True),
        # played down, or business only, takes nothing up
        ("en", "No need to be shocked, it's only water. Someone will come this afternoon.", False),
        ("de", "Kein Grund für einen Schock. Heute Nachmittag kommt jemand.", False),
        ("en", "Someone will come this afternoon.", False),
        ("de", "Heute Nachmittag kommt jemand.", False),
    ],
)
def test_strong_words_and_pity_take_up_the_feeling(language: str, reply: str, taken_up: bool, resources) -> None:  # noqa: ANN001
    step = FLOOD_DE if language == "de" else FLOOD_EN
    found = penalised(language, reply, resources, **dict(step))
    assert ignored(found) is not taken_up, found


PLAN_DE = {
    "say": "Nein, einen Wartungsvertrag will ich nicht. Und die 540 Euro zahle ich nicht einfach so.",
    "emotion": "angry",
    "expect": {"accept_no": True, "offer_words": ["Wartungsvertrag"]},
}
PLAN_EN = {
    "say": "No, I don't want a service plan. And I'm not just paying the 540 pounds.",
    "emotion": "angry",
    "expect": {"accept_no": True, "offer_words": ["service plan"]},
}


@pytest.mark.parametrize(
    ("language", "reply", "pushes", "contradiction"),
    [
        ("de", "Verstehe Ihren Ärger. Die 540 Euro müssen Sie trotzdem überweisen.", False, True),
        ("de", "Das ist ärgerlich. Die Rechnung müssen Sie dennoch bezahlen.", False, True),
        ("en", "I hear you. You'll still have to pay the 540 pounds, though.", False, True),
        ("en", "I understand. You must pay the invoice anyway.", False, True),
        # reassurance, or what the customer still has, is neither
        ("de", "Verstehe. Sie müssen trotzdem nichts zahlen, bis das geklärt ist.", False, False),
        ("en", "I understand. You still don't have to pay anything until it's sorted.", False, False),
        ("en", "I hear you. You still have your receipt, so I'll put the 540 on hold.", False, False),
        # pressing the refused offer still pushes
        ("de", "Verstehe. Nehmen Sie den Vertrag trotzdem, er lohnt sich.", True, False),
        ("de", "Verstehe. Wollen Sie es sich nicht trotzdem überlegen?", True, False),
    ],
)
def test_trotzdem_about_their_matter_insists_not_pushes(
    language: str, reply: str, pushes: bool, contradiction: bool, resources
) -> None:  # noqa: ANN001
    step = PLAN_DE if language == "de" else PLAN_EN
    found = penalised(language, reply, resources, **dict(step))
    assert has(found, "pushed_after_no") is pushes, found
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "penalty"),
    [
        # a word near the feeling words that no list names: a doubt, no points off
        ("en", "What a headache. Someone will come this afternoon.", False),
        ("de", "So ein Debakel. Heute Nachmittag kommt jemand.", False),
        # the agent's own statement, a negated or asked one, or nothing of the kind: points off
        ("en", "I will deal with the headache. Someone will come this afternoon.", True),
        ("de", "Das ist kein Debakel. Heute Nachmittag kommt jemand.", True),
        ("en", "Is it a headache? Someone will come this afternoon.", True),
        ("en", "Okay. Someone will come this afternoon.", True),
    ],
)
def test_a_feeling_in_unlisted_words_is_a_doubt(language: str, reply: str, penalty: bool, resources) -> None:  # noqa: ANN001
    step = FLOOD_DE if language == "de" else FLOOD_EN
    found = penalised(language, reply, resources, **dict(step))
    assert ignored(found) is penalty, found
