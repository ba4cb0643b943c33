"""Issue 10, kinds found in the errors of the sealed set v36 (measured at the start of the
thirty-fourth session, then fitted).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, has, ignored, penalised


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # "bis dahin" after a stretch from today points at the stretch, not at today
        ("Heute ist Montag. In drei Wochen ist unser Fest, bis dahin muss die Fahne fertig sein.",
         "Wir bringen die Fahne nächsten Donnerstag.", False),
        ("It's Monday. The fete is in three weeks, and the banner has to be ready by then.",
         "We'll bring the banner next Thursday.", False),
        # ... a day named last still is the deadline
        ("Heute ist Montag. Samstag kommt die Familie, bis dahin muss die Heizung laufen.",
         "Der Monteur kommt am Sonntag.", True),
        # money said to go back needs nobody at home or on the phone
        ("It's Friday. I'm not answering the phone this weekend.", "Your money will be back with you tomorrow.",
         False),
        ("Heute ist Freitag. Am Wochenende gehe ich nicht ans Telefon.",
         "Der Betrag geht morgen zurück auf Ihr Konto.", False),
        # ... money collected in person does
        ("It's Friday. I'm away all weekend.", "You can collect the money from our shop tomorrow.", True),
    ],
)  # fmt: skip
def test_limits_of_v36(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


SIGN = {
    language: {
        "say": {"de": "Nach zwei Wochen blättert die Vergoldung von unserem Schild ab! Ich bin sauer.",
                "en": "The gilding on our sign is flaking after two weeks! I'm furious."}[language],
        "expect": {"key_points": {"redo": ["neu vergolden", "regild", "redo the gilding"]}},
    }
    for language in ("de", "en")
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "ignored_it"),
    [
        # our own work called bad in plain words takes their anger up
        ("de", "Nach zwei Wochen schon blank, das ist ein Ding! Wir vergolden das Schild neu.", False),
        ("de", "Das ist Pfusch, ganz klar. Wir vergolden das Schild neu.", False),
        ("en", "Flaking after two weeks? That's a poor show. We'll regild the sign.", False),
        ("en", "That's shoddy work, plain and simple. We'll regild the sign.", False),
        # ... a plain statement of the fix does not
        ("de", "Wir vergolden das Schild neu.", True),
        ("en", "We'll regild the sign.", True),
    ],
)  # fmt: skip
def test_our_work_called_bad(language: str, reply: str, ignored_it: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **SIGN[language])
    assert ignored(found) is ignored_it, found


SOAP = {
    "say": "In der Box war Lavendelseife, und mein Sohn hat Ausschlag. In meinem Abo steht ohne Duftstoffe!",
    "emotion": "angry",
    "expect": {"key_points": {"replacement": ["neue Box", "Ersatz"]}},
}


@pytest.mark.parametrize(
    ("reply", "contradiction"),
    [
        # what counts with a kind of case sides with the customer
        ("Entschuldigung. Bei empfindlicher Haut zählt jeder Duftstoff, Sie bekommen sofort eine neue Box.", False),
        ("Entschuldigung. Bei Allergien ist jeder Duftstoff wichtig, Sie bekommen sofort eine neue Box.", False),
        # ... a kind of case that always goes wrong dismisses them
        ("Sie bekommen eine neue Box. Bei Naturseife reagiert jede Haut irgendwann mal.", True),
    ],
)  # fmt: skip
def test_what_counts_with_a_kind(reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised("de", reply, resources, **SOAP)
    assert contradicts(found) is contradiction, found


STICKING = {
    language: {
        "say": {"de": "Die Fenster sind seit dem Streichen zugeklebt, keins geht auf!",
                "en": "The sash windows have been stuck since you painted them, none of them opens!"}[language],
        "expect": {"key_points": {"fix": ["freimachen", "free them", "ease them"]}},
    }
    for language in ("de", "en")
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # their act undone, with the condition last or after two asides
        ("en", "Sorry, we'll free them. They'd have loosened by now if you'd kept opening them, mind.", True),
        ("en", "We'll free them. Honestly, though, if you'd worked them every day they'd be moving by now.", True),
        ("de", "Wir machen die Fenster frei. Das wäre nicht passiert, wenn Sie sie täglich bewegt hätten.", True),
        # ... our own act, or a request, is none
        ("en", "Sorry, we'll free them. We would have come sooner if we had known.", False),
        ("en", "We'll free them. It would help if you could send a photo first.", False),
        ("de", "Wir machen die Fenster frei. Wir wären früher gekommen, wenn wir das gewusst hätten.", False),
        # a lesson set against what they did, with the trouble gone their way
        ("de", "Wir machen die Fenster frei. Lüften Sie aber besser jeden Tag, dann klappt das auch.", True),
        ("de", "Wir machen die Fenster frei. Beim nächsten Mal bewegen Sie sie aber bitte jeden Tag.", True),
        ("en", "We'll free them. Next time it's worth checking them every few days, though.", True),
        # ... a step for them that is part of the fix, or a sale, is none
        ("de", "Wir machen die Fenster frei. Lassen Sie sie danach offen, dann holen wir die Folie ab.", False),
        ("en", "We'll free them. Next time it's worth booking the spring service, it's good value.", False),
    ],
)  # fmt: skip
def test_their_act_undone_and_lessons(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **STICKING[language])
    assert contradicts(found) is contradiction, found


SPELT = {
    "say": "Bestellung MH 6 18. Sie haben mir Weizenmehl statt Dinkel geliefert! Meine Kunden kaufen Dinkel.",
    "facts": {"order": {"value": "MH 6 18", "ask": ["Bestellnummer"]}},
    "expect": {"key_points": {"replace": ["Dinkel nachliefern", "austauschen", "tauschen"]}},
}
FEAST = {
    "say": "Booking MM 4 63. Only three actors turned up for our murder mystery evening. I'm very upset.",
    "facts": {"booking": {"value": "MM 4 63", "ask": ["booking number"]}},
    "expect": {"key_points": {"put_right": ["refund", "rebook", "new evening"]}},
}


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # a file note read back with the file's small words and states, then passed on
        ("de", "Bestellung MH 6 18, Lieferung vom Freitag, Weizenmehl 550. Ich leite das an den Vertrieb weiter.",
         True),
        ("de", "Ich notiere: Bestellung MH 6 18, Weizen geliefert, Dinkel bestellt. Ich gebe das weiter.", True),
        ("de", "Ich habe die Reklamation zu Bestellung MH 6 18 aufgenommen und an den Vertrieb weitergegeben.", True),
        ("de", "Bestellung MH 6 18, Weizenmehl. Ich lege eine Reklamation an.", True),
        ("en", "Booking MM 4 63, three actors attended. I'll forward this to our events team.", True),
        ("en", "Booking MM 4 63, three actors attended. Logged for the events manager.", True),
        # ... a key point's own word in the note is an answer in note form
        ("de", "Bestellung MH 6 18: Dinkel wird nachgeliefert. Ich gebe das weiter.", False),
        ("en", "Booking MM 4 63, new evening booked. I'll forward the details to the events team.", False),
    ],
)  # fmt: skip
def test_file_notes_of_v36(language: str, reply: str, missed: bool, resources: Any) -> None:
    step = SPELT if language == "de" else FEAST
    found = penalised(language, reply, resources, mood="annoyed", **step)
    assert has(found, "not_listening/missed_point") is missed, found
