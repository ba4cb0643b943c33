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
        # ... and so is a change noted after a colon, or one said in the note
        ("de", "Bestellung MH 6 18: Sack Dinkel zusätzlich, Weizen abgeholt. Geht so an den Vertrieb.", False),
        ("de", "Bestellung MH 6 18, zwei Säcke mehr, Weizen zurück. Geht so an den Vertrieb.", False),
        ("en", "Booking MM 4 63, new evening booked. I'll forward the details to the events team.", False),
    ],
)  # fmt: skip
def test_file_notes_of_v36(language: str, reply: str, missed: bool, resources: Any) -> None:
    step = SPELT if language == "de" else FEAST
    found = penalised(language, reply, resources, mood="annoyed", **step)
    assert has(found, "not_listening/missed_point") is missed, found


SHOW = {
    language: {
        "say": {"de": "Nein, einen Gratisauftritt will ich nicht. Überweisen Sie mir die 250 Euro, mit Bestätigung per "
                      "Post.",
                "en": "No, I don't want a free show. Refund the £250, and confirm it by email."}[language],
        "expect": {"accept_no": True,
                   "offer_words": {"de": ["Gratisauftritt", "Gutschein"], "en": ["free show", "voucher"]}[language],
                   "key_points": {"refund": ["250 Euro", "überweisen", "£250", "refund"],
                                  "confirm": ["Bestätigung", "per Post", "email", "confirm"]}},
    }
    for language in ("de", "en")
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # the refused offer back as a gift, hanging on their liking or offered
        ("de", "Wir überweisen die 250 Euro, Bestätigung per Post. Und wenn Ihr Vater mag, spielt unser Künstler "
               "nächste Woche noch eine halbe Stunde kostenlos bei ihm.", True),
        ("en", "We'll refund the £250 and email you. If your son fancies a magic show at his party, that's on the "
               "house.", True),
        ("en", "We'll refund the £250 and email you. When you're back from holiday we could send a clown round, our "
               "treat.", True),
        # ... the remedy owed, free, is none
        ("de", "Wir überweisen die 250 Euro kostenlos zurück, Bestätigung kommt per Post.", False),
        ("en", "We'll refund the £250 free of charge and confirm it by email.", False),
        ("en", "We'll refund the £250 and email you. If you like, the confirmation can go by post for free too.",
         False),
    ],
)  # fmt: skip
def test_the_refused_offer_back_as_a_gift(language: str, reply: str, pushed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed", **SHOW[language])
    assert has(found, "pushed_after_no") is pushed, found


VARNISH = {
    "say": "Nein, einen Schutzlack für 150 Euro will ich nicht. Der Auftrag war wetterfeste Vergoldung, so steht es "
           "im Angebot AB 12.",
    "facts": {"quote": {"value": "wetterfeste Vergoldung", "ask": ["was im Angebot stand", "Angebot"]}},
    "expect": {"accept_no": True, "offer_words": ["Schutzlack"], "key_points": {"day": ["Montag", "Dienstag"]}},
}  # fmt: skip


@pytest.mark.parametrize(
    ("reply", "pushed", "reasked"),
    [
        # "noch mal" in a question that presses asks them to decide again, not to tell again
        ("Verstanden. Ohne Lack hält die Vergoldung aber nicht lange, überlegen Sie es sich noch mal?", True, False),
        # ... a real re-ask stays one
        ("Verstanden. Was stand im Angebot noch mal genau?", False, True),
    ],
)  # fmt: skip
def test_deciding_again_is_no_reask(reply: str, pushed: bool, reasked: bool, resources: Any) -> None:
    found = penalised("de", reply, resources, mood="annoyed", **VARNISH)
    assert has(found, "pushed_after_no") is pushed, found
    assert has(found, "not_listening/reasked") is reasked, found


FLOUR = {
    language: {
        "say": {"de": "Sie haben Weizen statt Dinkel geliefert! Meine Kunden merken das sofort.",
                "en": "You delivered wheat flour instead of spelt! My customers notice straight away."}[language],
        "emotion": "annoyed",
        "expect": {"key_points": {"replace": ["austauschen", "Dinkel nachliefern", "replace", "swap"]}},
    }
    for language in ("de", "en")
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "contradictions"),
    [
        # the difference or the damage played down
        ("de", "Wir tauschen das Mehl. Normalerweise fällt der Unterschied beim Backen aber gar nicht auf.", 1),
        ("de", "Wir tauschen das Mehl. Ehrlich gesagt, der Unterschied ist gering.", 1),
        ("en", "We'll swap the flour. It's only a bit of wheat in the mix, though, hardly any difference.", 1),
        ("en", "We'll swap the flour, though wheat usually works perfectly well in rolls.", 1),
        # ... once per sentence, however many words play it down
        ("en", "We'll swap it. It's only a bit of wheat, though, purely cosmetic really.", 1),
        # ... what they notice is taken up, not played down
        ("de", "Wir tauschen das Mehl sofort. Dass Ihre Kunden das merken, glaube ich Ihnen.", 0),
        ("en", "We'll swap the flour today. Spelt and wheat bake very differently, you're right.", 0),
    ],
)  # fmt: skip
def test_the_difference_played_down(language: str, reply: str, contradictions: int, resources: Any) -> None:
    found = penalised(language, reply, resources, **FLOUR[language])
    assert found.count("contradiction/phrase") == contradictions, found


RASH = {
    language: {
        "say": {"de": "Mein Sohn hat von Ihrer Seife Ausschlag bekommen! Ich will Ersatz ohne Duft.",
                "en": "The beer has tasted of cleaner since your line clean! I want the lines flushed."}[language],
        "emotion": "angry",
        "expect": {"key_points": {"fix": ["neue Box", "Ersatz", "flush", "clean again"]}},
    }
    for language in ("de", "en")
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # another cause guessed for their trouble, away from us
        ("de", "Sie bekommen Ersatz. Der Ausschlag kann aber auch ganz andere Ursachen haben.", True),
        ("de", "Sie bekommen Ersatz, auch wenn der Fehler eher beim Versand lag als bei uns.", True),
        ("en", "We'll flush the lines. It's probably just the new barrels settling, though.", True),
        ("en", "Sorry, but our clean had nothing to do with it, it'll be the brewery's kegs.", True),
        # ... our own cause owned, or a check of ours, is none; nor a cause named to clear them
        ("de", "Sie bekommen Ersatz. Das liegt wohl an unserer Abfüllung, das prüfen wir.", False),
        ("en", "It isn't anything you did, it's more likely the pumps we fitted, so we'll flush the lines.", False),
        ("de", "Sie bekommen Ersatz, und wir prüfen, ob es andere Ursachen gibt.", False),
        ("en", "We'll flush the lines today. It'll be the same engineer as last time.", False),
    ],
)  # fmt: skip
def test_another_cause_guessed(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **RASH[language])
    assert contradicts(found) is contradiction, found


MORNING = {
    language: {
        "say": {"de": "Der Strandkorb war den ganzen Vormittag besetzt. Ich will die 14 Euro für den Vormittag zurück.",
                "en": "The engineer never came. I want the £40 call-out fee back."}[language],
        "emotion": "annoyed",
        "expect": {"key_points": {"refund": ["14 Euro", "erstatten", "£40", "refund"]}},
    }
    for language in ("de", "en")
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "contradiction", "penalties"),
    [
        # the money asked for, turned down outright: a contradiction, its points counted once
        ("de", "Tut mir leid, die 14 Euro kann ich Ihnen leider nicht erstatten.", True, 1),
        ("en", "Sorry about that, but we don't refund call-out fees.", True, 1),
        # ... an assurance or a time not given is none, nor "nothing I can do" or a referral elsewhere
        ("en", "Sorry about that. I'll refund the £40, but I can't promise it before Friday.", False, 0),
        ("de", "Da kann ich leider nichts machen.", False, 1),
        ("de", "Wegen der 14 Euro wenden Sie sich bitte an die Buchhaltung, die ist dafür zuständig.", False, 1),
        # ... nor is the money given
        ("de", "Tut mir leid, die 14 Euro erstatten wir Ihnen heute.", False, 0),
    ],
)  # fmt: skip
def test_money_turned_down_contradicts(
    language: str, reply: str, contradiction: bool, penalties: int, resources: Any
) -> None:
    found = penalised(language, reply, resources, **MORNING[language])
    assert contradicts(found) is contradiction, found
    assert found.count("not_listening/missed_point") == penalties, found
