"""Issue 10, kinds found in the errors of the set v27 (fitted after its sealed measurement, in the
twenty-seventh session).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, has, ignored, penalised


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # a weekday said with its date may be weeks after a deadline of this week
        ("Heute ist Mittwoch. Die Kasse will bis Freitag eine Bestätigung, frei habe ich nur samstags.",
         "Der nächste Termin ist Samstag, 21. Juni; die Bestätigung schicke ich heute.", False),
        ("It's Wednesday. The council wants proof by Friday, and I'm only free on Saturdays.",
         "The next session is on Saturday the 21st; the proof goes out today.", False),
        # ... but still breaks a limit of weekdays
        ("Heute ist Mittwoch. Ich kann nur sonntags.", "Der Termin ist am Samstag, dem 21. Juni.", True),
    ],
)  # fmt: skip
def test_dated_weekdays(customer: str, reply: str, conflict: bool) -> None:
    broke, read = breaks_a_limit(customer, reply)
    assert broke is conflict, read


#: An annoyed customer, a key point about the matter.
LATE = {
    "de": {"say": "Die Verordnung läuft bald ab, und Sie haben immer noch keinen Termin für mich!", "emotion": "annoyed",
           "expect": {"key_points": {"slot": ["Termin", "Donnerstag"]}}},
    "en": {"say": "The referral runs out soon and you still haven't got a slot for me!", "emotion": "annoyed",
           "expect": {"key_points": {"slot": ["slot", "Thursday"]}}},
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "feeling_missed"),
    [
        # the trouble called bad for them takes it up
        ("de", "Das ist natürlich ungünstig. Ich gebe Ihnen Donnerstag um neun einen Termin.", False),
        ("en", "That's really unfortunate. I can give you a slot on Thursday at nine.", False),
        # "unfortunately" only softens what follows
        ("en", "Unfortunately the first slot is on Thursday at nine.", True),
    ],
)
def test_the_trouble_called_bad(language: str, reply: str, feeling_missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **LATE[language])
    assert ignored(found) is feeling_missed, found


@pytest.mark.parametrize(
    ("language", "reply", "avoided"),
    [
        # "Ihr Fehler" to avoid: the fault put on us is the opposite
        ("de", "Sie haben recht, der Fehler liegt bei uns. Wir bauen die Gitter neu.", False),
        ("en", "You're right, the mistake was on our side. We'll rebuild the screens.", False),
        ("de", "Das war leider Ihr Fehler beim Bestellen.", True),
    ],
)
def test_the_fault_owned_is_no_avoid_phrase(language: str, reply: str, avoided: bool, resources: Any) -> None:
    step = {"say": "Die Gitter passen nicht, Ihr Mann hat falsch gemessen!" if language == "de"
            else "The screens don't fit, your man measured wrong!", "emotion": "angry",
            "expect": {"key_points": {"fix": ["neu", "rebuild"]}, "avoid": ["Ihr Fehler" if language == "de" else "your mistake"]}}  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert has(found, "avoid_phrase") is avoided, found


#: A colleague's rule reported by a customer who did follow it.
RULE = {
    "say": "Ich habe den Schaden vor der Fahrt gemeldet, mit Fotos. Herr Kaya sagt, Schäden muss man vor "
    "Fahrtbeginn melden. Hab ich doch!",
    "emotion": "sceptical",
    "expect": {"key_points": {"refund": ["storniere", "erstatte"]}},
}


@pytest.mark.parametrize(
    ("reply", "contradiction"),
    [
        # owned as our slip, the rule's words confirm the customer
        ("Da ist bei uns etwas schiefgelaufen, Ihre Schadensmeldung kam vor Fahrtbeginn. Ich storniere die Gebühr.",
         False),
        # "meldet sich" is no "melden" of the rule
        ("Das gebe ich an die Schadensabteilung, die meldet sich bei Ihnen. Ich storniere die Gebühr.", False),
        # the rule said again is an echo
        ("Schäden muss man eben vor Fahrtbeginn melden, so sind die Regeln.", True),
    ],
)  # fmt: skip
def test_the_rule_confirmed_or_said_again(reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised("de", reply, resources, **RULE)
    assert contradicts(found) is contradiction, found
