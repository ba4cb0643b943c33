"""Issue 10, kinds left over from the fitted set v35: a record read back from the file before a
handover, a recurring service offered after a no to a standing arrangement, and blame as a rule
about whoever does what the customer did.

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.content_judge import contradicts, has, penalised

SPINDLES = {
    language: {
        "say": {"de": "Auftrag DR 7 19. Die 14 Stäbe haben das falsche Profil!",
                "en": "Order DR 7 19. The 14 spindles have the wrong profile!"}[language],
        "facts": {"order": {"value": "DR 7 19", "ask": ["Auftragsnummer", "order number"]}},
        "expect": {"key_points": {"redo": ["neu drechseln", "remake", "turn new ones"]}},
    }
    for language in ("de", "en")
}  # fmt: skip
SALOON = {
    "say": "Buchung MB 2 80, 680 Euro für den Salonwagen, und wir saßen im normalen Abteil!",
    "expect": {"key_points": {"refund": ["680 Euro", "erstatten", "Geld zurück"]}},
}


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # the file read back, in words of the file the customer never said, then passed on
        ("de", "Auftrag DR 7 19, 14 Stäbe Eiche. Ich gebe das an die Werkstatt weiter.", True),
        ("de", "DR 7 19, vierzehn Stäbe, Buche. Ich gebe das an den Außendienst.", True),
        ("en", "Job DR 7 19, oak spindles, fitted in May. I've logged it.", True),
        ("en", "Order DR 7 19, fourteen spindles, beech, visit completed. I'll let the workshop know.", True),
        # ... also when the recogniser ends a sentence inside it
        ("de", "Auftrag DR 7 19. 14 Stäbe Eiche. Ich gebe das an die Werkstatt weiter.", True),
        ("en", "Job DR 7 19. Oak spindles, fitted in May. I've logged it.", True),
        ("en", "job DR 7 19, oak spindles, fitted in May, I'll let the workshop know.", True),
        # ... an answer in note form is no file ("new", "free"), nor is a step of ours
        ("en", "Job DR 7 19, new spindles free of charge. I'll pass that to the workshop.", False),
        ("de", "Auftrag DR 7 19, 14 Stäbe. Die machen wir kostenlos noch einmal, ich gebe das weiter.", False),
        ("de", "Auftrag DR 7 19, 14 Stäbe Eiche. Wir drechseln alle Stäbe neu.", False),
    ],
)  # fmt: skip
def test_a_record_read_back_before_a_handover(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed", **SPINDLES[language])
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("reply", "missed"),
    [
        # the customer's own sum read back from the booking is no refund
        ("Buchung MB 2 80, Salonwagen, 680 Euro. Ich prüfe den Vorgang.", True),
        ("Buchung MB 2 80, 680 Euro. Ich trage eine Beschwerde ein.", True),
        # ... the sum given back is
        ("Buchung MB 2 80: Die 680 Euro überweisen wir Ihnen heute zurück.", False),
    ],
)  # fmt: skip
def test_the_customers_sum_read_back_is_no_refund(reply: str, missed: bool, resources: Any) -> None:
    found = penalised("de", reply, resources, mood="annoyed", **SALOON)
    assert has(found, "not_listening/missed_point") is missed, found


CARE_PLAN = {
    language: {
        "say": {"de": "Nein, einen Wartungsvertrag will ich nicht, nur die Wartung. Wann kommen Sie?",
                "en": "No, I'm not signing a yearly maintenance contract, just the service. When can you come?"}[language],
        "expect": {"accept_no": True,
                   "offer_words": {"de": ["Wartungsvertrag"], "en": ["maintenance contract", "yearly"]}[language],
                   "key_points": {"day": ["Mittwoch", "Wednesday"]}},
    }
    for language in ("de", "en")
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # the standing arrangement offered again as a service that recurs
        ("en", "Of course, Wednesday it is. Shall I pencil you in for a quick check every spring and autumn?", True),
        ("en", "Of course, Wednesday it is. Would you like us to come back once a year?", True),
        ("de", "Gern, Mittwoch. Soll ich Sie gleich für jedes Frühjahr vormerken?", True),
        ("de", "Gern, Mittwoch. Sollen wir dann alle zwei Jahre wiederkommen?", True),
        # ... not a question about this visit
        ("en", "Of course, Wednesday it is. Shall I text you every time the engineer is on his way?", False),
        ("de", "Gern, Mittwoch. Soll ich Sie am Tag vorher anrufen?", False),
        ("en", "Of course, Wednesday at nine. Every part we fit has a year's guarantee.", False),
    ],
)  # fmt: skip
def test_a_recurring_service_after_no_to_a_contract(language: str, reply: str, pushed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="calm", **CARE_PLAN[language])
    assert has(found, "pushed_after_no") is pushed, found


BEACH_CHAIR = {
    language: {
        "say": {"de": "Mein gebuchter Strandkorb in der ersten Reihe war heute besetzt!",
                "en": "The front-row beach chair I booked was taken this morning!"}[language],
        "expect": {"key_points": {"seat": ["erste Reihe", "front row"]}},
    }
    for language in ("de", "en")
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # the trouble put on them as what whoever does as they did has coming
        ("de", "Tut mir leid, Sie bekommen heute einen Korb in der ersten Reihe. Wer erst nach neun an den Strand "
               "kommt, muss allerdings mit so etwas rechnen.", True),
        ("de", "Sie bekommen einen Korb in der ersten Reihe. Wer in der Hauptsaison spät kommt, darf sich nicht "
               "wundern.", True),
        ("en", "Sorry, you'll get a front-row chair today. Anyone who turns up after nine has to expect that in "
               "August, though.", True),
        ("en", "You'll get a front-row chair. Whoever comes late in high season can't complain, mind.", True),
        # ... not a rule that informs, nor a question
        ("de", "Tut mir leid, Sie bekommen heute einen Korb in der ersten Reihe. Wer bei uns bucht, muss mit "
               "keinem Aufpreis rechnen.", False),
        ("de", "Tut mir leid, Sie bekommen einen Korb in der ersten Reihe. Wer morgen bucht, muss mit etwa drei "
               "Tagen rechnen.", False),
        ("en", "Sorry, you'll get a front-row chair today. Anyone who books with us gets a key by nine.", False),
    ],
)  # fmt: skip
def test_blame_as_a_rule_about_whoever(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **BEACH_CHAIR[language])
    assert contradicts(found) is contradiction, found
