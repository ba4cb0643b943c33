"""Issue 10, kinds found in the errors of the set v16 (fitted since the sixteenth session).

The time and excuse kinds have their own files (``test_time_fit.py``, ``test_echoed_excuse.py``);
here: a decision left to someone else in another word order ("der entscheidet dann, ob ...", "he
decides whether ...") leaves the customer's request open.

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from tests.helpers.content_judge import contradicts, ignored, penalised

LEAK = {
    "de": {
        "say": "Seit Montag tropft Wasser aus dem Gerät die Wand runter, und es geht ständig aus!",
        "emotion": "angry",
        "expect": {"key_points": {"fix": ["Techniker", "schicke", "vorbeikommen"]}},
    },
    "en": {
        "say": "Since Monday water has been dripping down the wall from the unit, and it keeps cutting out!",
        "emotion": "angry",
        "expect": {"key_points": {"fix": ["engineer", "send", "come out"]}},
    },
}


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        (
            "de",
            "Verstehe, dass Sie sich ärgern. Ich gebe das an Herrn Pohl weiter, der entscheidet dann, ob er noch mal rausfährt.",
            True,
        ),
        ("en", "I understand you're fed up. I'll pass it to Tom, and he decides whether to go out again.", True),
        # the visit promised, the decision on the day is part of it
        (
            "de",
            "Das tut mir leid. Ich schicke Ihnen morgen früh einen Techniker, der entscheidet dann vor Ort, ob getauscht wird.",
            False,
        ),
        (
            "en",
            "I'm sorry. I'll send an engineer tomorrow at nine, and he decides on the day whether to swap it.",
            False,
        ),
    ],
)
def test_a_decision_left_to_a_colleague(language: str, reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **LEAK[language])
    assert any(k.startswith("not_listening/missed_point") for k in found) is missed, found


FENCE = {
    "de": "Drei Zaunfelder sind im Wind umgefallen, und mein Hund wäre fast überfahren worden!",
    "en": "Three fence panels came down in the wind, and my dog nearly got hit by a van!",
}


@pytest.mark.parametrize(
    ("language", "reply", "taken_up"),
    [
        # the feeling named in words each list now has in both languages (German had "außer sich",
        # "die Nase voll", "verzeihen"; English had "furious", "upset")
        ("en", "I can hear how fed up you are. We'll re-hang every panel today.", True),
        ("en", "You must have been beside yourself. We'll re-hang every panel today.", True),
        ("en", "Please forgive us. We'll re-hang every panel today.", True),
        ("en", "That must have been hard, with the dog. We'll re-hang every panel today.", True),
        ("de", "Sie müssen ja stinksauer sein. Wir setzen heute alle Felder neu.", True),
        ("de", "Sie sind bestimmt genervt, verständlich. Wir setzen heute alle Felder neu.", True),
        # "hard to say" is no sympathy
        ("en", "That's hard to say. We'll re-hang every panel today.", False),
        ("de", "Wir setzen heute alle Felder neu.", False),
    ],
)
def test_the_feeling_in_other_words(language: str, reply: str, taken_up: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, say=FENCE[language], emotion="angry")
    assert (not ignored(found)) is taken_up, found


HEATER = {
    "de": "Die Anlage geht ständig mit Fehler E5 aus, und oben hat es 34 Grad!",
    "en": "The unit keeps cutting out with error E5, and it's 34 degrees up there!",
}


@pytest.mark.parametrize(
    ("language", "reply", "doubted"),
    [
        # a deed of theirs guessed at as the cause
        ("de", "Das tut mir leid. Haben Sie das Gerät vielleicht auf die niedrigste Stufe gestellt?", True),
        ("de", "Das tut mir leid. Haben Sie den Filter eventuell selbst herausgenommen?", True),
        ("en", "I'm sorry. Did you switch it to dry mode by any chance?", True),
        ("en", "I'm sorry. Was the window left open by any chance?", True),
        ("en", "I'm sorry. Just to check, is it possible the remote got set to heating?", True),
        # asking for what they have, a step of theirs, or a slot
        ("de", "Das tut mir leid. Haben Sie vielleicht ein Foto vom Display?", False),
        ("de", "Das tut mir leid. Haben Sie vielleicht schon bei uns angerufen?", False),
        ("en", "I'm sorry. Do you by any chance have a photo of the display?", False),
        ("en", "I'm sorry. Did you maybe call us about it already?", False),
        ("en", "I'm sorry. Is it possible to come round tomorrow at nine?", False),
    ],
)
def test_a_guess_at_their_mistake(language: str, reply: str, doubted: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, say=HEATER[language], emotion="angry")
    assert contradicts(found) is doubted, found


JUICE = {
    "de": "Ich habe 420 Kilo Äpfel gebracht und nur 150 Liter Saft bekommen, das ist doch ein Witz!",
    "en": "I brought in 420 kilos of apples and got 150 litres of juice back, that's a joke!",
}


@pytest.mark.parametrize(
    ("language", "reply", "normalised"),
    [
        ("de", "Das tut mir leid, aber bei 420 Kilo sind 150 Liter nicht ungewöhnlich.", True),
        ("de", "Tut mir leid. Das ist bei der Sorte nichts Ungewöhnliches, ich prüfe es trotzdem.", True),
        ("en", "I'm sorry, but 150 litres from 420 kilos isn't unusual.", True),
        ("en", "Sorry about that. Honestly, it's no big deal, the next pressing will be better.", True),
        # about the agent's effort, or the unusual called so
        ("en", "I'm sorry. It's no big deal for us to press a second batch for you today.", False),
        ("de", "Das tut mir leid, das ist wirklich ungewöhnlich wenig. Ich prüfe heute die Presse.", False),
    ],
)
def test_the_trouble_called_not_unusual(language: str, reply: str, normalised: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, say=JUICE[language], emotion="annoyed")
    assert contradicts(found) is normalised, found


MISSING = {
    "de": "Es fehlen fünf Kostüme, und Frau Engel sagt, das Lager hat nach unserer Liste gepackt!",
    "en": "Nobody came on Monday, and Dean said he'd be here first thing!",
}


@pytest.mark.parametrize(
    ("language", "reply", "excused"),
    [
        ("de", "Frau Engel packt sehr genau, die hat da sicher nichts übersehen. Ich schicke die Teile morgen.", True),
        ("de", "Frau Engel kann nichts dafür, die Liste war so. Ich schicke die Teile morgen.", True),
        ("en", "Dean had two emergencies on Monday, he couldn't help it. Nadia will be there tomorrow at eight.", True),
        # no excuse: the failure owned, the colleague named to help
        ("de", "Das hätte nicht passieren dürfen. Ich schicke die Teile morgen per Express.", False),
        (
            "en",
            "That shouldn't have happened. Nadia will be there tomorrow at eight, and I'll call you at nine.",
            False,
        ),
    ],
)
def test_the_colleague_excused(language: str, reply: str, excused: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, say=MISSING[language], emotion="angry")
    assert contradicts(found) is excused, found
