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
        # at a doctor's at an hour; their own hour made our visit is still our offer
        ("Heute ist Montag. Morgen früh um 9 Uhr sind wir beim Kinderarzt.", "Frau Lenz kommt morgen früh um 9 Uhr zu Ihnen.", True),
        ("Heute ist Montag. Morgen früh um 9 Uhr sind wir beim Kinderarzt.", "Frau Lenz kommt morgen um 13 Uhr zu Ihnen.", False),
        # a debit said with its verb is a deadline too
        ("Heute ist Dienstag. Am Freitag wollen Sie die 80 Euro abbuchen.", "Wir erstatten das am Montag.", True),
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


#: A customer owed money, annoyed; points about the matter.
OWED = {
    "de": {"say": "Ich habe den Schaden vor der Fahrt gemeldet, mit Fotos, und jetzt soll ich 90 Euro zahlen?",
           "emotion": "annoyed", "expect": {"key_points": {"refund": ["storniere", "erstatte", "zahlen nichts"]}},
           "facts": {"report": {"value": "vor der Fahrt gemeldet", "ask": ["haben Sie gemeldet", "haben Sie Fotos"]}}},
    "en": {"say": "I reported the damage before the trip, with photos, and now I'm to pay ninety pounds?",
           "emotion": "annoyed", "expect": {"key_points": {"refund": ["cancel", "refund", "won't pay"]}},
           "facts": {"report": {"value": "before the trip", "ask": ["did you report", "have you got photos"]}}},
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # sympathy, then only a handover, a waiting list, a mention to someone: the matter missed
        ("de", "Das ist sehr unangenehm, das sehe ich. Ich gebe das an Herrn Kern weiter, er meldet sich.", True),
        ("de", "Das verstehe ich. Ich setze Sie auf die Warteliste und melde mich, sobald jemand frei wird.", True),
        ("en", "I'm so sorry. I'll pass your question about the charge to our accounts team.", True),
        ("en", "That's really annoying. I'll mention it to the duty manager.", True),
        ("en", "Oh no, that's awful. Please give him my best wishes.", True),
        # the matter itself
        ("de", "Das ist sehr unangenehm, das sehe ich. Ich storniere die 90 Euro.", False),
    ],
)
def test_handovers_of_v27(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **OWED[language])
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "reasked"),
    [
        # their word doubted in a question ("denn", "really") asks it again, value or not
        ("de", "Haben Sie denn Fotos, und wurde es wirklich vor der Fahrt gemeldet?", True),
        ("en", "Did you really report it before the trip?", True),
        # said back to confirm, it does not
        ("de", "Sie haben den Schaden also vor der Fahrt gemeldet, richtig? Dann storniere ich die 90 Euro.", False),
    ],
)
def test_a_doubting_question(language: str, reply: str, reasked: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **OWED[language])
    assert has(found, "not_listening/reasked") is reasked, found


#: An annoyed customer whose appointment went wrong last time.
MISSED = {
    "de": {"say": "Ihr Techniker stand gestern vor verschlossener Tür, sagt er. Ich war aber zu Hause! Und jetzt "
                  "soll ich 60 Euro zahlen?", "emotion": "annoyed",
           "expect": {"key_points": {"fee": ["storniere", "zahlen nichts"]}}},
    "en": {"say": "Your engineer says nobody was in yesterday. I was home all day! And now I'm to pay sixty pounds?",
           "emotion": "annoyed", "expect": {"key_points": {"fee": ["cancel", "won't pay"]}}},
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # the fault of last time put on them for "this time"
        ("en", "I'll cancel the fee. Do make sure you answer the door this time, though.", True),
        ("de", "Ich storniere die Gebühr. Achten Sie bitte diesmal darauf, dass Sie die Klingel hören.", True),
        # our own promise for this time is none
        ("en", "I'll cancel the fee, and I'll make sure he calls ahead this time.", False),
        ("de", "Ich storniere die Gebühr, und wir sorgen dafür, dass er diesmal vorher anruft.", False),
        # other customers held up to them; the trouble called constant
        ("de", "Die meisten Kunden haben damit keine Probleme. Ich storniere die Gebühr.", True),
        ("en", "Most customers never have this problem. I'll cancel the fee.", True),
        ("en", "Missed visits happen all the time, but I'll cancel the fee.", True),
        ("de", "So etwas kann leider mal passieren. Ich storniere die Gebühr.", True),
        # other customers praising something dismiss nothing (after a no it is a push, not this)
        ("en", "Most customers find the app handy. I'll cancel the fee.", False),
    ],
)  # fmt: skip
def test_warned_and_measured_against_others(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **MISSED[language])
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # a guess that they missed it; the fee kept
        ("de", "Vielleicht haben Sie die Klingel überhört. Ich storniere die Gebühr.", True),
        ("en", "Maybe you missed the doorbell. I'll cancel the fee.", True),
        ("de", "Vielleicht haben wir die Adresse übersehen. Ich storniere die Gebühr.", False),
        ("de", "Das tut mir leid. Die Gebühr bleibt aber bestehen.", True),
        ("en", "I'm sorry, but the fee still stands.", True),
    ],
)
def test_missed_by_them_and_fees_kept(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **MISSED[language])
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # the refused offer as the first part of a compound, offered again
        ("de", "Freitag bauen wir ein. Das Pollenschutzgitter wäre übrigens ideal, soll ich es mitbestellen?", True),
        # named in a statement, it offers nothing
        ("de", "Freitag bauen wir ein, ohne das Pollenschutzgitter.", False),
        # a deal still offered after the no
        ("en", "Understood. I can still book you a yearly check at a members' rate.", True),
    ],
)
def test_offers_again_of_v27(language: str, reply: str, pushed: bool, resources: Any) -> None:
    step = {"say": "Den Pollenschutz für 60 Euro will ich nicht." if language == "de"
            else "No, I don't want the care plan for seventy-nine pounds.", "emotion": "annoyed",
            "expect": {"accept_no": True, "offer_words": ["Pollenschutz", "60 Euro"] if language == "de"
                       else ["care plan", "seventy-nine pounds"],
                       "key_points": {"accept": ["in Ordnung", "verstanden"] if language == "de"
                                      else ["understood", "of course"]}}}  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert has(found, "pushed_after_no") is pushed, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # the only day they can do, called full: that point refused
        ("en", "Understood. Friday is fully booked, I'm afraid, so it'll be the next available course.", True),
        ("de", "Verstehe. Der Freitag ist leider ausgebucht, ich melde mich mit einem anderen Termin.", True),
        ("en", "Understood. I've booked you on Friday's eight o'clock course.", False),
        # "in full" is no "full"
        ("en", "Understood. Friday's course is refunded in full, and I've booked you on Friday at eight.", False),
    ],
)
def test_the_day_called_full(language: str, reply: str, missed: bool, resources: Any) -> None:
    step = {"say": "It's Tuesday. Friday is the only day I can do." if language == "en"
            else "Heute ist Dienstag. Freitag ist der einzige Tag, an dem ich kann.", "emotion": "hurried",
            "expect": {"key_points": {"slot": ["Friday", "on Friday"] if language == "en" else ["Freitag", "am Freitag"]}}}  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert has(found, "not_listening/missed_point") is missed, found


def test_words_of_a_handover_make_no_handover_point() -> None:
    """A point or avoid phrase with "list" or "question" in it is no promise to pass something on."""
    from voicecoach.core.analyzers import grammar

    assert not grammar.handover_point(["wasn't on the list"], "en")
    assert not grammar.handover_point(["your question"], "en")
    assert grammar.handover_point(["pass it on"], "en")
