"""Issue 10, kinds left over from the fitted set v33, and kinds found in the errors of the set
v34 (measured sealed at the start of the thirty-second session, then fitted).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, has, ignored, penalised

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
        ("Heute ist Montag. Die Schilder müssen bis Mittwoch fertig sein.",
         "Geht es vor Donnerstag wirklich nicht?", False),
    ],
)  # fmt: skip
def test_nothing_before_a_day(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # "it has to be a weekday after four": Monday to Friday from four, never the weekend
        ("It's Monday. I work Saturdays, so it has to be a weekday after four.", "Tuesday at 4:30 pm.", False),
        ("It's Monday. I work Saturdays, so it has to be a weekday after four.", "Tuesday at three.", True),
        ("It's Monday. I work Saturdays, so it has to be a weekday after four.", "Saturday at five.", True),
        # "every other day I'm out from eight to six": the days besides the one named, those hours
        ("It's Monday. I'm home all day Friday; every other day I'm out from eight to six.",
         "The engineer comes Friday at ten.", False),
        ("It's Monday. I'm home all day Friday; every other day I'm out from eight to six.",
         "The engineer comes Thursday at ten.", True),
        ("It's Monday. I'm home all day Friday; every other day I'm out from eight to six.",
         "The engineer comes Thursday at seven in the evening.", False),
        ("Heute ist Montag. Am Freitag bin ich den ganzen Tag zu Hause, an allen anderen Tagen bin ich von acht "
         "bis sechs weg.", "Der Techniker kommt am Donnerstag um 10 Uhr.", True),
        # "so come Friday after five, not before": the customer's bidding names the window
        ("It's Thursday. The hall opens late, so come Friday after five, not before.",
         "The fitter can be there tomorrow at 10 am.", True),
        ("It's Thursday. The hall opens late, so come Friday after five, not before.",
         "The fitter can be there tomorrow at 6 pm.", False),
        ("Heute ist Donnerstag. Kommen Sie bitte erst am Freitag nach 17 Uhr.", "Der Monteur kommt morgen um 10 Uhr.",
         True),
        # ... but "Kommen Sie morgen früh überhaupt?" asks, it bids nothing
        ("Heute ist Montag. Und es soll schneien, kommen Sie morgen früh überhaupt?",
         "Der Fahrer startet morgen um vier, gegen fünf sind Sie dran.", False),
        # "ring me in the mornings", "kann tagsüber nicht ans Telefon, nur nach 17 Uhr": calls only
        ("It's Tuesday. I'm out every afternoon, so ring me in the mornings.", "I'll call you tomorrow at three.",
         True),
        ("It's Tuesday. I'm out every afternoon, so ring me in the mornings.", "I'll call you tomorrow at ten.", False),
        ("Heute ist Montag. Ich kann tagsüber nicht ans Telefon, nur nach 17 Uhr.", "Ich rufe Sie morgen um 11 Uhr an.",
         True),
        ("Heute ist Montag. Ich kann tagsüber nicht ans Telefon, nur nach 17 Uhr.",
         "Die Unterlagen kommen morgen um 11 Uhr per Post.", False),
        # a message or a phone call is no visit on the only day someone can open up
        ("It's Wednesday. I can only collect it from your shop on Friday before ten.",
         "I'll message you tomorrow once it's tested.", False),
        ("Heute ist Dienstag. Der Hausmeister kann den Keller nur Freitag aufschließen.",
         "Am Donnerstag um 16 Uhr telefonieren wir kurz.", False),
        ("Heute ist Dienstag. Der Hausmeister kann den Keller nur Freitag aufschließen.",
         "Am Donnerstag um 16 Uhr kommt der Monteur.", True),
    ],
)  # fmt: skip
def test_times_of_v34(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("language", "reply", "acknowledged"),
    [
        # the delay admitted: it was due long ago
        ("de", "Das hätte längst bei Ihnen sein müssen. Ich schicke die Bescheinigung heute.", True),
        ("de", "Die Bescheinigung hätte längst da sein müssen. Ich schicke sie heute.", True),
        ("en", "That should have been with you weeks ago. I'll send the certificate today.", True),
        # ... but the customer told what they should have done takes nothing up
        ("de", "Sie hätten längst anrufen müssen. Ich schicke die Bescheinigung heute.", False),
        ("en", "You should have called us weeks ago. I'll send the certificate today.", False),
        ("en", "Your husband should have called us weeks ago. I'll send the certificate today.", False),
        ("de", "Ihr Mann hätte längst anrufen müssen. Ich schicke die Bescheinigung heute.", False),
    ],
)  # fmt: skip
def test_overdue_admitted(language: str, reply: str, acknowledged: bool, resources: Any) -> None:
    step = {
        "say": {"de": "Ich warte seit sechs Wochen auf die Bescheinigung! Das ist doch unglaublich.",
                "en": "I've been waiting six weeks for the certificate! This is unbelievable."}[language],
        "emotion": "annoyed",
        "expect": {"key_points": {"send": ["schicke", "send"]}},
    }  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert (not ignored(found)) is acknowledged, found


@pytest.mark.parametrize(
    ("reply", "lecture"),
    [
        ("Your seats are booked. And please do double-check your card details this time, just in case.", True),
        ("Your seats are booked. This time we'll double-check every detail ourselves.", False),
    ],
)
def test_double_check_this_time(reply: str, lecture: bool, resources: Any) -> None:
    step = {
        "say": "My payment failed and my booking vanished, and your colleague says I typed my card in wrong!",
        "expect": {"key_points": {"booked": ["booked", "seats"]}},
    }
    found = penalised("en", reply, resources, **step)
    assert contradicts(found) is lecture, found


#: An annoyed customer whose repair came back wrong; the point is the fix.
REPAIR = {
    "de": {"say": "Die Uhr geht nach der Reparatur schon wieder nach, und Ihr Kollege meint, das liege an mir!",
           "emotion": "annoyed", "expect": {"key_points": {"fix": ["kostenlos", "richten"]}}},
    "en": {"say": "The clock runs slow again after your repair, and your colleague says it's my fault!",
           "emotion": "annoyed", "expect": {"key_points": {"fix": ["free", "fix"]}}},
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # someone on the customer's side should have done it: blame all the same
        ("de", "Wir richten die Uhr kostenlos. Den Fehler hätte Ihr Mann beim Abholen aber melden müssen.", True),
        ("en", "We'll fix it for free. Your husband should have mentioned it when he collected it, though.", True),
        ("en", "We'll fix it for free. Mind you, your family might have been winding it too hard.", True),
        # ... a thing of theirs that should have come is our failure, not blame
        ("en", "We'll fix it for free. Your clock should have come back working the first time.", False),
        ("de", "Wir richten die Uhr kostenlos. Da hätten wir Ihren Mann gleich anrufen müssen.", False),
        # their past choice held against them
        ("en", "We'll fix it for free. Winding it daily was your decision, though.", True),
        # a sum for part of the remedy, or its cost put on their side alone
        ("de", "Es tut mir leid. Wir richten die Uhr kostenlos, für die Feder müssten wir allerdings 30 Euro "
               "berechnen.", True),
        ("de", "Es tut mir leid. Wir richten die Uhr, die Versandkosten müsste Ihr Verein allerdings selbst "
               "tragen.", True),
        ("de", "Es tut mir leid. Wir richten die Uhr kostenlos, auch die Feder übernehmen wir.", False),
        # a kind of thing that always goes wrong sooner or later
        ("de", "Wir richten die Uhr kostenlos. Aber ehrlich, bei alten Uhren geht jede Feder irgendwann nach.",
         True),
        ("de", "Wir richten die Uhr kostenlos und prüfen bei Ihrer Uhr jede Feder.", False),
        ("de", "Wir richten die Uhr kostenlos. Uhren bei Sommer und Haas werden ab heute immer doppelt geprüft.",
         False),
    ],
)  # fmt: skip
def test_blame_and_charges_of_v34(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **REPAIR[language])
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "wrong"),
    [
        # an order to mention it next time; a record of ours said to lack their payment
        ("en", "We'll fix it for free. Next time, do mention the fault when you hand it in.", True),
        ("de", "Tut mir leid. Bei uns ist aber keine Zahlung über 80 Euro verbucht.", True),
        ("de", "Tut mir leid. Ihre Zahlung über 80 Euro ist bei uns verbucht, wir richten die Uhr kostenlos.", False),
    ],
)  # fmt: skip
def test_lessons_and_records_of_v34(language: str, reply: str, wrong: bool, resources: Any) -> None:
    step = dict(REPAIR[language])
    step["say"] = {"de": "Ich habe die 80 Euro längst überwiesen, und die Uhr geht immer noch nach!",
                   "en": REPAIR["en"]["say"]}[language]  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert contradicts(found) is wrong, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # sympathy, then only a handover: "sorry you're dealing with it" is sympathy too
        ("en", "I'm sorry you're dealing with this. I'll pass it on to the workshop manager.", True),
        ("en", "I'm sorry you're dealing with this. We'll fix it for free this week.", False),
    ],
)
def test_sorry_you_are_dealing_with_it(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **REPAIR[language])
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "reasked"),
    [
        # "run me through ... again": a request, and it says it asks again
        ("en", "Just run me through your order number again, so I can book the repair.", True),
        ("en", "Run me through the options and I'll book it: 4471, the clock with the slow spring.", False),
        ("de", "Gehen Sie mit mir die Auftragsnummer noch mal durch, dann buche ich die Reparatur.", True),
    ],
)  # fmt: skip
def test_run_me_through_again(language: str, reply: str, reasked: bool, resources: Any) -> None:
    step = {
        "say": {"de": "Meine Auftragsnummer ist 4471, und die Uhr geht nach.",
                "en": "My order number is 4471, and the clock runs slow."}[language],
        "facts": {"order": {"value": "4471", "ask": ["Auftragsnummer", "order number"]}},
        "expect": {"key_points": {"fix": ["kostenlos", "free"]}},
    }  # fmt: skip
    found = penalised(language, reply, resources, mood="calm", **step)
    assert has(found, "not_listening/reasked") is reasked, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # minutes before the hour: "ten to five" is 4:50, "ten past four" 4:10
        ("It's Thursday. It has to be a weekday after four.", "I've booked Tuesday at ten to five for you.", False),
        ("It's Thursday. It has to be a weekday after four.", "Let's do Monday, at ten past four.", False),
        ("It's Thursday. It has to be a weekday after four.", "Let's do Monday at twenty to four.", True),
        # "You're booked for": our booking, told
        ("It's Thursday. It has to be a weekday after four.", "You're booked for Monday at half three.", True),
        # their day said back, then "that morning"; a line dropped at lunchtime is no visit
        ("It's Wednesday. I'm home all day Friday; every other day I'm out from eight to six.",
         "Since you're home all day Friday, our engineer will be with you at nine that morning.", False),
        ("It's Thursday. Come Friday after five, not before.",
         "The fitter comes tomorrow at six, and I'll drop you a line at lunchtime.", False),
    ],
)  # fmt: skip
def test_clock_words_of_v34(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # another thing offered for sale after the no: a purchase or a special price in an offer question
        ("en", "Understood, the service only. Shall I add a tin of our wax as well, at half the usual price?", True),
        ("en", "Understood. While the fitter's there, shall he fit new handles for you at trade price?", True),
        ("de", "Verstanden, nur die Wartung. Soll ich Ihnen gleich einen neuen Kessel zum Kauf zurücklegen?", True),
        ("de", "Verstanden. Ich könnte Ihnen noch eine Fernüberwachung einrichten, nur 3 Euro im Monat.", True),
        # ... not money going back, nor a question about the booked service
        ("en", "Understood, the service only. Shall I refund the £20 deposit to your card?", False),
        ("de", "Verstanden, nur die Wartung. Soll ich Ihnen den Termin am Mittwoch um 10 Uhr eintragen?", False),
    ],
)  # fmt: skip
def test_a_new_sale_after_a_no(language: str, reply: str, pushed: bool, resources: Any) -> None:
    step = {
        "say": {"de": "Nein, einen Wartungsvertrag will ich nicht, nur die Wartung. Wann kommen Sie?",
                "en": "No, I don't want the care plan, just the service. When can you come?"}[language],
        "expect": {"accept_no": True, "offer_words": ["Wartungsvertrag", "care plan"],
                   "key_points": {"day": ["Mittwoch", "Wednesday"]}},
    }  # fmt: skip
    found = penalised(language, reply, resources, mood="calm", **step)
    assert has(found, "pushed_after_no") is pushed, found


@pytest.mark.parametrize(
    ("reply", "missed"),
    [
        # a kind of thing that always goes wrong, said instead of the point: the argument stands in
        # its place
        ("Wir suchen den Deckel. Aber bei altem Porzellan sieht man immer eine Linie.", True),
        ("Wir suchen den Deckel und verkleben die Klebestelle neu.", False),
    ],
)
def test_a_point_near_an_argument(reply: str, missed: bool, resources: Any) -> None:
    step = {
        "say": "Die Klebenaht an meiner Terrine ist dick und gelb, und der Deckel fehlt!",
        "emotion": "sad",
        "expect": {"key_points": {"search": ["Deckel suchen", "suchen den Deckel"],
                                  "redo": ["Klebestelle neu", "nacharbeiten"]}},
    }  # fmt: skip
    found = penalised("de", reply, resources, **step)
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("reply", "pushed"),
    [
        # "trotzdem" of a key point the customer asked for gives it, it presses nothing
        ("In Ordnung, dann nicht. Das Protokoll bekommen Sie natürlich trotzdem.", False),
        # ... of the refused offer, it presses
        ("In Ordnung. Die Funkuhr empfehle ich Ihnen trotzdem.", True),
    ],
)
def test_anyway_of_a_key_point(reply: str, pushed: bool, resources: Any) -> None:
    step = {
        "say": "Nein, eine Funkuhr brauchen wir nicht. Ich will nur wissen, ob die Glocke richtig klingt.",
        "expect": {"accept_no": True, "offer_words": ["Funkuhr"],
                   "key_points": {"proof": ["Messprotokoll", "nachmessen"]}},
    }  # fmt: skip
    found = penalised("de", reply, resources, mood="sceptical", **step)
    assert has(found, "pushed_after_no") is pushed, found


@pytest.mark.parametrize(
    ("language", "reply", "follow_up_missed"),
    [
        # a call back promised meets a point of getting word to the customer, even as a bare handover
        ("en", "I'm so sorry, that's awful. I'll find out where it is and call you back.", False),
        ("de", "Das tut mir leid. Ich finde heraus, wo es steckt, und rufe Sie zurück.", False),
        # a handover to someone else does not
        ("en", "I'm so sorry, that's awful. I'll pass it on to the depot.", True),
    ],
)  # fmt: skip
def test_a_call_back_meets_a_follow_up_point(language: str, reply: str, follow_up_missed: bool, resources: Any) -> None:
    step = {
        "say": {"de": "Gibt es noch eine Chance, dass es rechtzeitig ankommt?",
                "en": "Is there any chance it still gets there in time?"}[language],
        "emotion": "sad",
        "expect": {"key_points": {"follow_up": ["rufe Sie an", "schreibe Ihnen"] if language == "de"
                                  else ["call you", "email you"]}},
    }  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert has(found, "not_listening/missed_point") is follow_up_missed, found
