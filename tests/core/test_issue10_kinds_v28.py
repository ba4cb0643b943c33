"""Issue 10, kinds found in the errors of the set v28 (fitted after its sealed measurement, in the
twenty-eighth session).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, has, ignored, penalised

#: An angry customer whose order was botched, a key point about the remedy.
BOTCHED = {
    "de": {"say": "Ihr Monteur hat den Schrank schief aufgebaut, die Tür fällt fast raus!", "emotion": "angry",
           "expect": {"key_points": {"fix": ["neu aufbauen", "richten"]}}},
    "en": {"say": "Your fitter built the wardrobe crooked, the door nearly fell off!", "emotion": "angry",
           "expect": {"key_points": {"fix": ["rebuild", "put right"]}}},
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "feeling_missed"),
    [
        # owning the failure in so many words takes the anger up
        ("en", "That's our failure, nobody else's. We'll rebuild it tomorrow morning.", False),
        ("de", "Da haben wir versagt. Wir richten den Schrank morgen früh.", False),
        # what ought not to have happened, said of the job, not of the customer
        ("en", "That wardrobe should never have been left like that. We'll rebuild it tomorrow.", False),
        ("de", "Das hätte so nie passieren dürfen. Wir richten den Schrank morgen.", False),
        # ... but said of the customer it is no acknowledgement
        ("en", "You shouldn't have opened the door so hard. We'll rebuild it tomorrow.", True),
        # how much they have to bear
        ("en", "A door nearly falling on you, that's a lot to take in. We'll rebuild it tomorrow.", False),
        ("de", "Eine Tür, die fast rausfällt, das ist kaum zu ertragen. Wir richten den Schrank morgen.", False),
        # a bare action still passes the anger over
        ("en", "We'll rebuild it tomorrow morning.", True),
    ],
)  # fmt: skip
def test_owning_and_burden_take_up_the_anger(language: str, reply: str, feeling_missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **BOTCHED[language])
    assert ignored(found) is feeling_missed, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # "next week ... every day" said on a Friday: next week's days, not today
        ("It's Friday. I'm in tomorrow until noon. Next week I'm at work till six every day.",
         "First thing in the morning, at eight, the fitter will be with you.", False),
        ("Heute ist Freitag. Morgen bin ich bis zwölf da, nächste Woche arbeite ich jeden Tag bis 18 Uhr.",
         "Gleich morgens um acht ist der Monteur bei Ihnen.", False),
        # a weekday of next week still counts
        ("It's Friday. Next week I'm at work till six every day.", "The fitter comes on Monday at ten.", True),
        # a day in a sentence that takes up the feeling is what happened, not an offer
        ("Heute ist Montag. Ab Mittwoch bin ich zwei Wochen auf Montage.",
         "Das verstehe ich nach dem Wochenende. Die Bestätigung schicke ich Ihnen heute.", False),
        ("It's Monday. From Wednesday I'm away for two weeks.",
         "I'm so sorry about Saturday. The confirmation goes out to you today.", False),
        # negated: nothing offered on that day
        ("Heute ist Montag. Ab Mittwoch bin ich weg.", "Bis Donnerstag passiert da nichts, die Zusage kommt heute.", False),
    ],
)  # fmt: skip
def test_times_that_are_no_offer(customer: str, reply: str, conflict: bool) -> None:
    broke, read = breaks_a_limit(customer, reply)
    assert broke is conflict, read


#: A colleague's excuse with a denied word and a time in it.
WAIT = {
    "de": {"say": "Meine Tochter hat Schmerzen, und Frau Berg sagt, das sei kein Notfall, Termin in vier Wochen!",
           "emotion": "sad", "expect": {"key_points": {"slot": ["heute", "Notfalltermin"]}, "avoid": ["in vier Wochen"]}},
    "en": {"say": "My daughter is in pain, and Ms Berg says it's no emergency, an appointment in four weeks!",
           "emotion": "sad", "expect": {"key_points": {"slot": ["today", "emergency slot"]}, "avoid": ["in four weeks"]}},
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # the denied word affirmed, the time denied: the excuse turned round
        ("de", "Das tut mir leid. Vier Wochen muss da niemand warten, Ihre Tochter bekommt heute einen Notfalltermin.", False),
        # the excuse said again
        ("de", "Das tut mir leid, aber es ist kein Notfall, der nächste Termin ist in vier Wochen.", True),
        ("en", "I'm sorry, but it's no emergency, the next appointment is in four weeks.", True),
    ],
)  # fmt: skip
def test_an_excuse_turned_round(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **WAIT[language])
    assert contradicts(found) is contradiction, found
    assert has(found, "avoid_phrase") is contradiction, found


#: An annoyed customer who objects to how a tour was run.
TOUR = {
    "de": {"say": "Sie haben unsere Gruppe eine steile Treppe hochgeschickt, zwei Damen mit Rollator mussten unten warten!",
           "emotion": "annoyed", "expect": {"key_points": {"refund": ["erstatten", "zurück"]}}},
    "en": {"say": "You sent our group up a steep staircase, two ladies with walkers had to wait at the bottom!",
           "emotion": "annoyed", "expect": {"key_points": {"refund": ["refund", "back"]}}},
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # others who like it measured against their complaint
        ("de", "Ich erstatte Ihnen den Preis. Ehrlich gesagt sind die meisten Gruppen von der Treppe begeistert.", True),
        ("de", "Es tut mir leid, ich erstatte alles, wobei viele Besucher den Aufstieg toll finden.", True),
        ("en", "I'll refund you in full. To be honest, most groups love the climb.", True),
        # others on their side, or a hypothetical, take it up
        ("en", "I'm sorry, most groups would be upset too. I'll refund you in full.", False),
        ("de", "Das tut mir leid, ich erstatte Ihnen den vollen Preis zurück.", False),
        # told they must trust us
        ("de", "Sie müssen uns schon vertrauen, das Geld kommt zurück.", True),
        ("en", "You'll just have to trust us, the money is coming back.", True),
        ("en", "You don't have to trust us blindly: the refund confirmation is in your inbox today.", False),
        # a lesson for next time, with "should"
        ("de", "Ich erstatte Ihnen das. Beim nächsten Mal sollten Sie uns aber besser vorher Bescheid geben.", True),
        ("en", "I'll refund you. Next time you should tell us about walkers before you book.", True),
        ("en", "I'll refund you. Next time we'll ask about walkers when you book.", False),
    ],
)  # fmt: skip
def test_dismissing_the_complaint(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **TOUR[language])
    assert contradicts(found) is contradiction, found


#: A calm customer asking for money back.
MONEY = {
    "de": {"say": "Der Wasserspender war drei Wochen leer. Ich will die 38 Euro Miete für diesen Monat zurück.",
           "emotion": "calm", "expect": {"key_points": {"credit": ["38 Euro", "voll"]}}},
    "en": {"say": "The water cooler was empty for three weeks. I want this month's £38 rental back.",
           "emotion": "calm", "expect": {"key_points": {"credit": ["£38", "in full"]}}},
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "kept"),
    [
        # the money said to stay with us
        ("de", "Den Spender hatten Sie ja trotzdem, die 38 Euro bleiben deshalb.", True),
        ("en", "You still had the cooler, so the £38 stays.", True),
        # ... not the money that stays with them
        ("de", "Die 38 Euro bleiben bei Ihnen, ich buche sie heute zurück.", False),
        # only a part named
        ("en", "I can only credit the bottle part of it, about £12.", True),
        # a charge there is
        ("en", "There's a £20 handling charge on every credit, I'm afraid.", True),
    ],
)  # fmt: skip
def test_part_of_the_money_kept(language: str, reply: str, kept: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **MONEY[language])
    assert contradicts(found) is kept, found


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # the first part of a refused compound offer, said alone
        ("de", "In Ordnung. Wir legen den Weg neu, gern mit Platten aus Naturstein zum Sonderpreis.", True),
        ("de", "In Ordnung. Wir legen den Weg neu, genau so wie vorher, mit Ihren alten Platten.", False),
    ],
)
def test_a_compound_offer_in_parts(language: str, reply: str, pushed: bool, resources: Any) -> None:
    step = {"say": "Nein, kein Natursteinpflaster, ich will nur meinen alten Weg zurück.", "emotion": "calm",
            "expect": {"accept_no": True, "offer_words": ["Natursteinpflaster"],
                       "key_points": {"restore": ["wie vorher", "neu"]}}}  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert has(found, "pushed_after_no") is pushed, found


@pytest.mark.parametrize(
    ("language", "reply", "reasked"),
    [
        # the fact's own topic inside the question ("für den Abschleppdienst")
        ("de", "Verstehe. Wie viel haben Sie denn für den Abschleppdienst bezahlt?", True),
        ("de", "Verstehe. Die 140 Euro für den Abschleppdienst erstatte ich Ihnen heute.", False),
        ("en", "I see. How much did you actually pay for the towing?", True),
    ],
)
def test_a_reask_with_its_topic_inside(language: str, reply: str, reasked: bool, resources: Any) -> None:
    step = {
        "de": {"say": "Ich habe 140 Euro für den Abschleppdienst selbst bezahlt!", "emotion": "calm",
               "facts": {"towing": {"value": "140 Euro", "ask": ["wie viel haben Sie bezahlt", "was hat der Abschleppdienst gekostet"]}},
               "expect": {"key_points": {"refund": ["erstatte", "zurück"]}}},
        "en": {"say": "I paid £140 for the towing myself!", "emotion": "calm",
               "facts": {"towing": {"value": "£140", "ask": ["how much did you pay", "what did the towing cost"]}},
               "expect": {"key_points": {"refund": ["refund", "back"]}}},
    }[language]  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert has(found, "not_listening/reasked") is reasked, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # the excuse held up as what we were told
        ("en", "I'm sorry. But she told us her dad was outside, and we can't hold children back.", True),
        # the customer told back what the colleague said is no echo
        ("en", "I'm sorry Jess told you that your dad was outside; he wasn't, and we'll check the list.", False),
    ],
)
def test_the_excuse_held_up_as_ours(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    step = {"say": "My son walked home alone! Jess says he told her that his dad was waiting outside. His dad lives abroad.",
            "emotion": "sad", "expect": {"key_points": {"list": ["collection list", "check"]}}}  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # what the handover is for says nothing more about the matter
        ("de", "Das verstehe ich. Ich gebe Ihre Beschwerde an Herrn Kurz weiter, damit er sich dazu äußert.", True),
        ("en", "I understand. I'll pass your complaint on to Mr Kurz so that he can look at it.", True),
        # ... a remedy with it does
        ("de", "Das verstehe ich. Ich erstatte Ihnen heute den vollen Preis zurück.", False),
    ],
)  # fmt: skip
def test_a_handover_and_its_purpose(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **TOUR[language])
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "feeling_missed"),
    [
        # a colleague who ought not to have: blame passed on, no acknowledgement
        ("en", "Ken shouldn't have built it like that. We'll rebuild it tomorrow.", True),
        ("de", "Herr Kurz hätte das so nicht aufbauen dürfen. Wir richten den Schrank morgen.", True),
    ],
)
def test_a_colleague_who_ought_not_to_have(language: str, reply: str, feeling_missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **BOTCHED[language])
    assert ignored(found) is feeling_missed, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # at work until an hour (a negation in another clause says more of it); a shop of their own is where
        # a visit finds them
        ("Heute ist Donnerstag. Ich bin bis 15 Uhr auf der Arbeit, früher komme ich nicht weg.",
         "Kommen Sie heute um 14 Uhr vorbei.", True),
        ("Heute ist Donnerstag. Ich bin bis 15 Uhr auf der Arbeit, früher komme ich nicht weg.",
         "Kommen Sie heute um 16 Uhr vorbei.", False),
        ("Heute ist Mittwoch. Ab zehn Uhr morgens bin ich im Laden.", "Unser Techniker kommt Freitag um zehn.", False),
        # no phones while away: a call then breaks it too
        ("It's Thursday. I'm on the ward till seven tonight, no phones allowed.",
         "The manager will call you this afternoon at three.", True),
        ("It's Thursday. I'm on the ward till seven tonight, no phones allowed.",
         "The manager will call you tonight at half seven.", False),
        ("Heute ist Dienstag. Ich bin bis 16 Uhr im Unterricht, da gehe ich nicht ans Telefon.",
         "Ich rufe Sie morgen um 11 Uhr an.", True),
        # ... but no phone rings for a word in writing
        ("Heute ist Dienstag. Ich bin bis 16 Uhr im Unterricht, da gehe ich nicht ans Telefon.",
         "Sie finden die Bestätigung morgen früh in Ihrem Postfach.", False),
        ("It's Thursday. I'm on the ward till seven tonight, no phones allowed.",
         "The manager will email you her summary at three this afternoon.", False),
        # two windows at home, one of them a part of the day with its end
        ("Heute ist Dienstag. Ich bin nur morgens bis 8 Uhr und ab 17 Uhr zu Hause, und wenn der Bagger kommt, will ich dabei sein.",
         "Der Bagger kommt morgen gegen 10 Uhr.", True),
        ("Heute ist Dienstag. Ich bin nur morgens bis 8 Uhr und ab 17 Uhr zu Hause, und wenn der Bagger kommt, will ich dabei sein.",
         "Der Bagger kommt morgen um 17:30 Uhr.", False),
        # a condition before the time still hangs over it
        ("Heute ist Dienstag. Wenn es bis Freitag nicht da ist, storniere ich.", "Es kommt am Montag.", False),
    ],
)  # fmt: skip
def test_limits_of_work_phones_and_windows(customer: str, reply: str, conflict: bool) -> None:
    broke, read = breaks_a_limit(customer, reply)
    assert broke is conflict, read


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # setting off on a trip: from that hour on, and the days after it
        ("It's Wednesday. We set off at noon on Friday.", "The earliest we can do is Monday.", True),
        ("It's Wednesday. We set off at noon on Friday.", "We can be with you on Friday at nine.", False),
        ("It's Wednesday. We set off at noon on Friday.", "We can be with you on Friday at two.", True),
        ("Heute ist Montag. Ab Mittwoch um 12 Uhr bin ich zwei Wochen verreist.", "Wir kommen am Mittwoch um 9 Uhr.", False),
        ("Heute ist Montag. Ab Mittwoch um 12 Uhr bin ich zwei Wochen verreist.", "Wir kommen am Donnerstag.", True),
        # at work every night till an hour
        ("It's Wednesday, I work till half six every night.", "Our singer can meet you tomorrow at five.", True),
        ("It's Wednesday, I work till half six every night.", "Our singer can meet you tomorrow at seven.", False),
    ],
)  # fmt: skip
def test_trips_and_nightly_work(customer: str, reply: str, conflict: bool) -> None:
    broke, read = breaks_a_limit(customer, reply)
    assert broke is conflict, read


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # when a job is done needs nobody at home; a visit at that hour does
        ("Heute ist Dienstag. Ich bin nur morgens bis 8 Uhr und ab 17 Uhr zu Hause.",
         "Ihr Garten ist fertig, spätestens Freitagmittag.", False),
        ("Heute ist Dienstag. Ich bin nur morgens bis 8 Uhr und ab 17 Uhr zu Hause.",
         "Der Gärtner kommt am Freitagmittag.", True),
        ("It's Monday. I'm only home before eight and after five.", "The job will be finished by Thursday lunchtime.", False),
        # the customer's own plan of that day, said back, is no offer
        ("Heute ist Donnerstag. Ich bin bis 15 Uhr auf der Arbeit. Morgen schreibt mein Sohn eine Klausur.",
         "Passt Ihnen heute 16 Uhr? Dann kann Ihr Sohn morgen früh in Ruhe seine Klausur schreiben.", False),
        ("It's Thursday. I'm at work till three. Tomorrow my son sits his exam.",
         "How about four today? Then your son can sit his exam tomorrow morning without the wire.", False),
    ],
)  # fmt: skip
def test_jobs_done_and_their_own_plans(customer: str, reply: str, conflict: bool) -> None:
    broke, read = breaks_a_limit(customer, reply)
    assert broke is conflict, read


#: An angry customer whose trench was left open, who wants their money back.
TRENCH = {
    "de": {"say": "Der Graben ist seit zwei Wochen offen, meine Mutter wäre fast hineingefallen! Ich will die Anfahrt zurück.",
           "emotion": "angry", "expect": {"key_points": {"secure": ["abdecken", "absichern"]}}},
    "en": {"say": "The trench has been open for two weeks, my mother nearly fell in! I want the call-out fee back.",
           "emotion": "angry", "expect": {"key_points": {"secure": ["cover", "make safe"]}}},
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # our conduct called compliant
        ("de", "Das tut mir leid, aber die Absperrung ist vorschriftsmäßig. Wir decken den Graben heute ab.", True),
        ("en", "I'm sorry, but the barrier was up to code. We'll cover the trench today.", True),
        # ... not our promise to do it so
        ("de", "Das tut mir leid. Wir sichern den Graben heute noch vorschriftsmäßig ab.", False),
        # what they claim, refused as not provided for
        ("de", "Das tut mir leid. Wir decken heute ab, aber die Anfahrt zurück ist nicht vorgesehen.", True),
        ("en", "I'm sorry. We'll cover it today, but a call-out fee back isn't an option.", True),
        ("de", "Das tut mir leid. Wir decken heute ab, eine weitere Gebühr ist nicht vorgesehen.", False),
    ],
)  # fmt: skip
def test_rules_put_above_the_complaint(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **TRENCH[language])
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # the accused colleague praised or excused
        ("en", "Ken will come back tomorrow at nine, he knows the job best.", True),
        ("en", "I'm sorry. Ken couldn't have known the rail was loose. We'll refit it tomorrow.", True),
        ("de", "Herr Kurz kommt morgen wieder, er ist unser erfahrenster Monteur.", True),
        # another fitter, or the customer's own child, is no defence
        ("en", "I'm so sorry. Our senior fitter, not Ken, will refit it tomorrow at nine.", False),
        ("en", "I'm so sorry, and I'm glad Mia is safe. We'll refit it tomorrow at nine.", False),
        # "am besten" is advice, no praise
        ("de", "Das klären Sie am besten direkt mit Herrn Kurz, der war ja vor Ort.", False),
    ],
)  # fmt: skip
def test_the_accused_colleague_defended(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    step = {
        "de": {"say": "Ihr Monteur Herr Kurz hat das Hochbett aufgebaut, und heute hatte meine Mia das Gitter in der Hand!",
               "emotion": "angry", "expect": {"key_points": {"fix": ["neu", "richten"]}}},
        "en": {"say": "Your fitter Ken built the bunk bed, and today my Mia had the rail come off in her hand!",
               "emotion": "angry", "expect": {"key_points": {"fix": ["refit", "fix"]}}},
    }[language]  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # an emphatic must put on the customer
        ("en", "The van comes tomorrow at ten. You do have to make sure someone's at the door, though.", True),
        ("de", "Der Wagen kommt morgen um zehn. Sie müssen schon dafür sorgen, dass jemand an der Tür ist.", True),
        # ... not a plain arrangement, nor a must they are spared
        ("en", "The van comes tomorrow at ten, and the driver will ring you from the gate.", False),
        ("de", "Der Wagen kommt morgen um zehn, Sie müssen nicht zu Hause sein.", False),
        ("de", "Sie hätten schon vor drei Wochen Wasser bekommen müssen. Der Wagen kommt morgen um zehn.", False),
    ],
)  # fmt: skip
def test_an_emphatic_must(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    step = {
        "de": {"say": "Seit drei Wochen kein Wasser, und die Rechnung kam trotzdem!", "emotion": "annoyed",
               "expect": {"key_points": {"delivery": ["kommt", "liefern"]}}},
        "en": {"say": "Three weeks without water, and the invoice still came!", "emotion": "annoyed",
               "expect": {"key_points": {"delivery": ["comes", "deliver"]}}},
    }[language]  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # the customer's evidence made nothing of
        ("en", "I'm sorry, we'll refit it. The two spare bolts alone don't mean anything, though.", True),
        ("de", "Das tut mir leid, wir bauen es neu auf. Zwei übrige Schrauben allein heißen gar nichts.", True),
        # ... not a reassurance that goes on
        ("en", "I'm sorry, we'll refit it today. It doesn't mean anything bad for your other furniture.", False),
    ],
)  # fmt: skip
def test_evidence_made_nothing_of(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **BOTCHED[language])
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # sympathy and a bare note in the file say nothing about the matter
        ("de", "Das verstehe ich. Ich notiere es mir.", True),
        ("en", "I understand. I'll make a note of it on your file.", True),
        # a note with the remedy in it does
        ("en", "I understand. I've noted it, and I'm refunding you in full today.", False),
    ],
)  # fmt: skip
def test_a_bare_note_in_the_file(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **TOUR[language])
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # after a no, others liking the refused offer praise it (a push, not a contradiction)
        ("en", "Understood. Lots of people love having the sketch too. The portrait is ready on the 3rd.", False),
        ("de", "Verstehe. Viele Familien nehmen das Paket aber gern. Die Anzeige erscheint Mittwoch.", False),
    ],
)  # fmt: skip
def test_the_refused_offer_praised_is_no_contradiction(
    language: str, reply: str, contradiction: bool, resources: Any
) -> None:
    step = {
        "de": {"say": "Nein, das Paket will ich nicht, wirklich nicht. Wann erscheint die Anzeige?", "emotion": "sad",
               "expect": {"accept_no": True, "offer_words": ["Paket"], "key_points": {"date": ["Mittwoch"]}}},
        "en": {"say": "No, I don't want the sketch as well, thank you. When is the portrait ready?", "emotion": "sad",
               "expect": {"accept_no": True, "offer_words": ["sketch"], "key_points": {"date": ["3rd"]}}},
    }[language]  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # a condition after the times that lets the visit go on without them hangs over the limit
        ("It's Tuesday. I'm at work till six, so if you need to spray, the side gate's open.",
         "Our sprayer uses the side gate tomorrow morning.", False),
        # their deadline said with the same words is no plan of theirs: the offer still counts
        ("It's Monday. I need the complete file by noon tomorrow.", "You'll have the complete file tomorrow at four.", True),
    ],
)  # fmt: skip
def test_conditions_and_their_words(customer: str, reply: str, conflict: bool) -> None:
    broke, read = breaks_a_limit(customer, reply)
    assert broke is conflict, read


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # "by the book" said of the customer takes their side
        ("en", "You used it by the book, so the blame is ours. We'll cover the trench today.", False),
        # a terrible thing to happen is sympathy, not "these things happen"
        ("en", "I'm so sorry, that's a terrible thing to happen in your own garden. We'll cover it today.", False),
        ("en", "We'll cover it today. These things happen in a big dig, though.", True),
    ],
)  # fmt: skip
def test_said_of_the_customer_or_in_sympathy(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **TRENCH[language])
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "reasked"),
    [
        # asked again, with what it is for after a comma
        ("en", "Of course. Could you tell me again when you're off the ward, so the manager can ring?", True),
        ("de", "Natürlich. Wann sind Sie noch mal von der Station zurück, damit die Leiterin anrufen kann?", True),
        ("en", "Of course. The manager will ring you at half seven tonight, after the ward.", False),
    ],
)  # fmt: skip
def test_asked_again_with_a_purpose(language: str, reply: str, reasked: bool, resources: Any) -> None:
    step = {
        "de": {"say": "Heute ist Donnerstag. Ich bin bis 19 Uhr auf der Station, da geht kein Telefon.", "emotion": "sceptical",
               "expect": {"key_points": {"call": ["anrufen", "ruft"]}}},
        "en": {"say": "It's Thursday. I'm on the ward till seven tonight, no phones allowed.", "emotion": "sceptical",
               "expect": {"key_points": {"call": ["ring", "call"]}}},
    }[language]  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert has(found, "not_listening/reasked") is reasked, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # their doubt shared (also as Whisper may hear it, without "'d")
        ("en", "After three weeks I doubt it too. The van will be with you at three today.", False),
        ("de", "Nach drei Wochen würde ich das auch bezweifeln. Der Wagen ist heute um drei bei Ihnen.", False),
        # their account doubted
        ("en", "I doubt it was three whole weeks. The van will be with you at three today.", True),
    ],
)  # fmt: skip
def test_a_doubt_shared(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    step = {
        "de": {"say": "Drei Wochen kein Wasser. Wie soll ich glauben, dass der Wagen diesmal kommt?", "emotion": "sceptical",
               "expect": {"key_points": {"slot": ["heute", "um drei"]}}},
        "en": {"say": "Three weeks without water. How do I know the van comes this time?", "emotion": "sceptical",
               "expect": {"key_points": {"slot": ["today", "at three"]}}},
    }[language]  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert contradicts(found) is contradiction, found
