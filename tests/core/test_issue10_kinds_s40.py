"""Issue 10, kinds found in the errors of the set v48 (sealed through the thirty-ninth session,
opened at the start of the fortieth and fitted).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, has, penalised

_SAY = {
    "de": "Kurs AB 1 23. Mein Kind war gestern ganz allein in der Halle, keiner hat aufgepasst!",
    "en": "Booking AB 1 23. My son was left on his own at the rink yesterday, nobody watched him!",
}
_FIX = {"key_points": {"remedy": ["zweite Aufsicht", "kostenlos nachholen", "second supervisor", "free session"]}}


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # the file read back alone, with no handover, takes up nothing of the matter
        ("en", "Booking AB 1 23, two children, Saturday at nine, rink two.", True),
        ("en", "AB 1 23, skating course, ten weeks, coach on the list. I can see the booking.", True),
        ("de", "Kurs AB 1 23, samstags um 9 Uhr, die Trainerin ist eingetragen, ich sehe den Vorgang.", True),
        ("de", "Buchung AB 1 23, zwei Kinder, der Termin war für gestern um 10 Uhr eingetragen.", True),
        # ... while a note that says the remedy is an answer in note form
        ("en", "Booking AB 1 23, free session on Saturday, second supervisor on the ice.", False),
        ("de", "Kurs AB 1 23, ab Samstag mit zweiter Aufsicht, die Stunde holen wir kostenlos nach.", False),
        # ... and a look at the file before the answer is part of it
        ("de", "Ich sehe den Vorgang. Das tut mir leid, ab Samstag gibt es eine zweite Aufsicht.", False),
        ("en", "I can see the booking. I'm sorry, from Saturday there's a second supervisor on the ice.", False),
    ],
)  # fmt: skip
def test_the_file_read_back_alone(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="angry", say=_SAY[language], expect=_FIX)
    assert has(found, "not_listening/missed_point") is missed, found


_EXCUSE = {
    "de": "Frau Lechner sagt, das Material war nicht gebucht. In der Bestätigung steht 18 Uhr und Material für alle!",
    "en": "Ryan says our hall floor isn't level. His own crew laid that floor and signed the check sheet!",
}
_AVOID = {"de": ["nicht gebucht", "Missverständnis"], "en": ["your hall", "not level"]}


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # "nothing more" keeps the customer's no; it does not say the excuse's "not booked"
        ("de", "Donnerstag um 10 Uhr, und diesmal mit vollem Material. Sonst buchen wir nichts dazu.", False),
        ("de", "Das tut mir leid, aber das Material war nun mal nicht gebucht.", True),
        # the thing alone is no "your hall": no owner of theirs named
        ("en", "That's fine. I'll stand in the hall while the crew lays it and switch every tile on.", False),
        ("en", "I'm sorry, but the problem is your hall, the floor there isn't level.", True),
        # "for nothing" is in vain, no denial of the fault
        ("en", "Please forgive us. An hour at the hall for nothing is our failure, and the new floor costs you nothing.",
         False),
        ("en", "I'm sorry, but the dark tiles are not our failure.", True),
    ],
)  # fmt: skip
def test_words_of_an_excuse_said_otherwise(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed", say=_EXCUSE[language],
                      expect={"avoid": _AVOID[language], "key_points": {"sorry": ["tut mir leid", "sorry", "forgive"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # a deadline for the confirmation in writing binds the letter, not the lesson it confirms
        ("It's Friday today. Her birthday is on Wednesday, so I want the new lesson confirmed in writing by Monday.",
         "Tuesday at four, and the letter confirming it will be in your post tomorrow.", False),
        ("It's Friday today. Her birthday is on Wednesday, so I want the new lesson confirmed in writing by Monday.",
         "The lesson is on Tuesday at four; the letter confirming it goes out on Tuesday too.", True),
        # ... while a thing wanted in writing by a day is bound by it (hv41-228)
        ("It's Tuesday. I want the plan in writing by Friday.", "Realistically you'll have it on Monday.", True),
        ("Heute ist Freitag. Die neue Stunde will ich bis Montag schriftlich bestätigt haben.",
         "Die Stunde ist am Dienstag um 16 Uhr, die Bestätigung schicke ich Ihnen morgen per Post.", False),
        # "at zero" is no clock time
        ("It's Tuesday. The crew can only come after two, the hall has exams until then.",
         "Friday at four suits, and the invoice stays at zero.", False),
        # opening up within the hour before their window is getting ready, not a slot
        ("It's Tuesday. I need the courts only from nine till one, the players work in the afternoon.",
         "Saturday 9 till 1 is yours, and I'll be at reception at half eight to let your players in.", False),
        ("It's Tuesday. I need the courts only from nine till one, the players work in the afternoon.",
         "Saturday at half eight is yours.", True),
        # "from nine till one" with a clause after it is a window of hours
        ("It's Tuesday. I need the courts only from nine till one, the players work in the afternoon.",
         "We can give you the courts on Saturday from two until six.", True),
        ("Heute ist Dienstag. Wir brauchen die Halle nur von neun bis eins, danach ist Training.",
         "Sie bekommen die Halle am Samstag von 14 bis 18 Uhr.", True),
        # what is needed only from an hour, with no "nur": "brauchen wir ab 18 Uhr", "und erst ab 10 Uhr"
        ("Heute ist Dienstag. Wir feiern am Freitag, und die Bahnen brauchen wir ab 18 Uhr, vorher kommt keiner.",
         "Am Freitag hätten wir die Bahnen um 16 Uhr bereit.", True),
        ("Heute ist Dienstag. Wir feiern am Freitag, und die Bahnen brauchen wir ab 18 Uhr, vorher kommt keiner.",
         "Am Freitag um 18:30 Uhr sind die Bahnen bereit.", False),
        ("Heute ist Dienstag. Der Kurs muss bis Donnerstag sein, und erst ab 10 Uhr, vorher frühstücken die Kinder.",
         "Die Trainerin könnte am Mittwoch um 9 Uhr bei Ihnen sein.", True),
        ("Heute ist Dienstag. Der Kurs muss bis Donnerstag sein, und erst ab 10 Uhr, vorher frühstücken die Kinder.",
         "Die Trainerin ist am Mittwoch um 10:30 Uhr bei Ihnen.", False),
        ("Today's Tuesday. We need the hall from 6 pm, the school is in it before that.", "Friday at four.", True),
        # ... not an hour that may be either half ("I need a chef this Saturday from seven", hv39-218)
        ("It's Tuesday. I need a chef this Saturday from seven, and his name by Thursday noon.",
         "He'll be at your kitchen door at seven on Saturday.", False),
        # brought to them ("bei Ihnen") is our delivery, no plan of their own on that day
        ("Heute ist Donnerstag. Einen Wagen, der funktioniert, brauche ich bis Samstag, und bringen nur vor 9 Uhr.",
         "Der neue Wagen kann am Samstag um 10 Uhr bei Ihnen sein.", True),
        # "Half eleven" opening the sentence is a clock time
        ("It's Thursday. We're coming back on Sunday, and it has to be before eleven.",
         "Half eleven on Sunday works for us.", True),
        ("It's Thursday. We're coming back on Sunday, and it has to be before eleven.",
         "Half ten on Sunday works for us.", False),
    ],
)  # fmt: skip
def test_times_of_v48(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("reply", "conflict", "pushed"),
    [
        # the time of the refused extra pressed again is the push, not a slot against their limit
        ("Gern, morgen um 8 Uhr. Die Reinigung am Sonntagabend würde ich Ihnen trotzdem für 45 Euro mit reinnehmen.",
         False, True),
        ("Gern. Die Reinigung lassen wir weg. Der Wagen kommt am Sonntagabend.", True, False),
    ],
)  # fmt: skip
def test_the_time_of_a_pushed_extra(reply: str, conflict: bool, pushed: bool, resources: Any) -> None:
    found = penalised("de", reply, resources, mood="calm",
                      say="Eine Reinigung für 90 Euro will ich nicht, nein. Heute ist Donnerstag. Den Wagen brauche "
                          "ich bis Samstag.",
                      expect={"accept_no": True, "offer_words": ["Reinigung", "90 Euro"],
                              "key_points": {"slot": ["Samstag", "morgen"]}})  # fmt: skip
    assert has(found, "not_listening/time_conflict") is conflict, found
    assert has(found, "pushed_after_no") is pushed, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction", "reasked"),
    [
        # the paper they quoted, asked for all the same: a doubt, and the time in it no re-ask
        ("de", "Das tut mir leid. Können Sie mir die Bestätigung mit der Uhrzeit trotzdem mal weiterleiten?", True,
         False),
        ("en", "Apologies, we'll rebook free of charge. Could you forward me the confirmation email, just so I can "
         "see it?", True, False),
        # asked for as the next step, with no doubt set against their word
        ("en", "Apologies, we'll rebook free of charge. Could you forward me the confirmation email? I'll do it today.",
         False, False),
        # the time itself asked again is still a re-ask
        ("de", "Das tut mir leid. Um welche Uhrzeit waren Sie denn bestellt?", False, True),
    ],
)  # fmt: skip
def test_the_quoted_paper_asked_for(
    language: str, reply: str, contradiction: bool, reasked: bool, resources: Any
) -> None:
    say = {"de": "Wir hatten die Bahnen für 18 Uhr. Frau Gruber sagt, wir seien zu früh gekommen. In der "
                 "Bestätigung steht schwarz auf weiß 18 Uhr!",
           "en": "Jade says I booked the wrong date. Your own email says Saturday at 18 hours, the 14th!"}[language]  # fmt: skip
    found = penalised(language, reply, resources, mood="angry", say=say,
                      facts={"time": {"value": "18 Uhr" if language == "de" else "Saturday the 14th",
                                      "ask": ["Uhrzeit", "welche Uhrzeit"] if language == "de" else ["what time"]}},
                      expect={"key_points": {"sorry": ["tut mir leid", "apologies"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found
    assert has(found, "not_listening/reasked") is reasked, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # a share of the refund owed is not the refund
        ("de", "Ärgerlich, keine Frage. Erstatten kann ich Ihnen aber höchstens die Hälfte der Tagesmiete.", True),
        ("de", "Das tut mir leid, wir erstatten Ihnen die volle Tagesmiete.", False),
        ("en", "Sorry about the cold. We can refund one heater as a goodwill gesture, but not all three.", True),
        ("en", "Sorry about the cold, we'll refund all three heaters.", False),
        # ... the share that was owed is the refund
        ("de", "Verzeihen Sie. Der Anteil für drei Heizpilze geht an Sie zurück.", False),
    ],
)  # fmt: skip
def test_a_share_of_the_refund(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed",
                      say={"de": "Drei Ihrer Heizpilze waren leer, wir haben den ganzen Tag gefroren!",
                           "en": "Three of your heaters had empty bottles, we froze all afternoon!"}[language],
                      expect={"key_points": {"refund": ["erstatten", "zurück", "refund", "money back"]}})  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


def test_a_share_the_trainer_asks_for(resources: Any) -> None:
    """A point that itself names a share ("partial refund", v41) is met by it."""
    found = penalised("en", "Sorry, that was our failure. You'll get a partial refund.", resources, mood="annoyed",
                      say="The ice was a disgrace, the venue was half to blame but so were you!",
                      expect={"key_points": {"refund": ["partial refund", "part of the fee back"]}})  # fmt: skip
    assert not has(found, "not_listening/missed_point"), found


_SLOT = {"key_points": {"slot": ["Samstag", "Saturday", "neun", "nine"]}}


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # the day said as gone to others, a look, a hedge or a vague span commits to nothing
        ("en", "Saturday mornings are taken by the league; the earliest would be next week.", True),
        ("de", "Samstags ist alles ausgebucht, frühestens geht es nächste Woche.", True),
        ("en", "I'll look at Saturday and get back to you.", True),
        ("en", "We'll fit you in sometime on Saturday, just turn up.", True),
        ("en", "The courts will be ready probably Friday or Saturday.", True),
        ("de", "Ich schaue mir den Samstag an und melde mich.", True),
        ("de", "Vielleicht klappt es am Samstag, ich melde mich.", True),
        # ... the "an" of a call is no look (hv44-154)
        ("de", "Ich sehe selbst nach und rufe Sie am Samstag um neun an.", False),
        # ... as the recogniser wrote it in the TUI walk
        ("de", "Fast ärgerlich. Ich schau mich den Samstag an, und melde mich.", True),
        # ... a firm day does
        ("en", "Saturday at nine is booked for you.", False),
        ("en", "Saturday at nine, and I'll look at the bookings again now.", False),
        ("de", "Samstag um neun ist für Sie reserviert.", False),
        ("en", "Saturday at nine is booked, and the old booking is gone by tonight.", False),
        ("en", "Saturday's fee is refunded in full, and Saturday at nine is yours.", False),
        ("de", "Der Samstag ist voll bezahlt, und Samstag um neun gehört Ihnen.", False),
        ("en", "I'll check the rota and have the courts ready for you on Saturday at nine.", False),
    ],
)  # fmt: skip
def test_a_day_not_committed_to(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="calm",
                      say={"de": "Heute ist Dienstag. Wir spielen am Samstag, ab neun.",
                           "en": "It's Tuesday. We play on Saturday, from nine."}[language], expect=_SLOT)  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # "this time" set against them in an order
        ("de", "Mittwoch um halb fünf. Sagen Sie Jonas aber bitte, dass er diesmal nicht vom Becken wegläuft.", True),
        ("en", "Tomorrow at seven. Do build it further up the beach this time, though.", True),
        ("en", "Tomorrow at seven, and this time it's on us.", False),
        ("de", "Mittwoch um halb fünf, und diesmal passt der Trainer auf, versprochen.", False),
        # their witness doubted in a question in the perfect
        ("de", "Das tut mir leid. Hat der Bademeister das wirklich selbst gesehen?", True),
        ("en", "I'm sorry. Has the lifeguard really seen it himself?", True),
        ("de", "Das tut mir leid. Hat sich der Trainer schon bei Ihnen gemeldet?", False),
        # the trouble called a one-off
        ("de", "Das tut mir leid. Das war aber wirklich ein Einzelfall.", True),
        ("en", "I'm sorry. It was a one-off, our coach is usually careful.", True),
        ("en", "I'm sorry. It was a one-off payment of ten pounds, and we'll refund it.", False),
        ("de", "Das tut mir leid. Ab Montag gibt es eine zweite Aufsicht, damit es ein Einzelfall bleibt.", False),
    ],
)  # fmt: skip
def test_set_against_them(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="angry", emotion="angry",
                      say={"de": "Mein Sohn stand allein am Becken! Herr Dietz sagt, Jonas sei weggelaufen. Der "
                                 "Bademeister hat mir gesagt, Herr Dietz hat telefoniert!",
                           "en": "My son was alone by the pool! Shane says he ran off. The lifeguard told me Shane "
                                 "was on the phone!"}[language],
                      expect={"key_points": {"sorry": ["tut mir leid", "sorry"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


def test_an_argument_does_not_cost_the_no_kept(resources: Any) -> None:
    """On a turn after a no, the point of keeping it is met by not pushing; an argument beside it
    is its own finding, not the point missed."""
    found = penalised("de", "Mittwoch, halb fünf, passt. Sagen Sie Jonas aber bitte, dass er diesmal nicht vom "
                      "Becken wegläuft.", resources, mood="calm",
                      say="Eine Privatstunde für 35 Euro brauchen wir nicht. Die Ersatzstunde brauchen wir bis "
                          "Donnerstag. Und wie gesagt, nichts extra.",
                      expect={"accept_no": True, "offer_words": ["Privatstunde", "35 Euro"],
                              "key_points": {"slot": ["Mittwoch", "Donnerstag"],
                                             "accept": ["wie besprochen", "ohne Aufpreis", "gern"]}})  # fmt: skip
    assert contradicts(found), found
    assert not has(found, "not_listening/missed_point"), found


@pytest.mark.parametrize(
    ("language", "reply", "missed", "contradiction"),
    [
        # what is owed turned down, said with the noun
        ("de", "Ärgerlich, das gebe ich zu. Eine Erstattung ist nicht drin.", True, True),
        # ... or something for next time instead of the money: held back as well
        ("de", "Ärgerlich, das gebe ich zu. Beim nächsten Mal gibt es zehn Prozent.", True, True),
        ("en", "I'm sorry. I can offer you a free half hour next time.", True, True),
        # a share of it: part kept, which sets us against the claim as a refusal does
        ("de", "Ärgerlich, keine Frage. Erstatten kann ich Ihnen aber höchstens die Hälfte der Miete.", True, True),
        ("en", "Sorry about that. We can refund one heater as a goodwill gesture, but not all three.", True, True),
        # ... the whole, with something for next time as well, is the refund
        ("en", "I'm sorry. We'll refund the full hire, and there's a free half hour next time.", False, False),
        ("en", "I'm sorry. Your £60 goes straight back to your card. And there's a free half hour next time.",
         False, False),
    ],
)  # fmt: skip
def test_what_is_owed_held_back(language: str, reply: str, missed: bool, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed", emotion="annoyed",
                      say={"de": "Drei Ihrer Heizpilze waren leer, wir haben den ganzen Tag gefroren!",
                           "en": "Three of your heaters had empty bottles, we froze all afternoon!"}[language],
                      expect={"key_points": {"refund": ["erstatten", "zurück", "refund", "money back"]}})  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # "im Einzelfall" is case by case, no one-off
        ("de", "Das tut mir leid. Das entscheidet die Zentrale im Einzelfall, ich gebe es weiter.", False),
        # sent again is asked twice, not doubted
        ("de", "Das tut mir leid. Können Sie mir die Bestätigung trotzdem noch mal zuschicken?", False),
        # "Have you considered ..., though?" offers; the perfect doubts only with "really"
        ("en", "I'm sorry. Have you considered our online option, though?", False),
    ],
)  # fmt: skip
def test_not_set_against_them(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="angry", emotion="angry",
                      say={"de": "Mein Sohn stand allein am Becken! In der Bestätigung steht 16 Uhr!",
                           "en": "My son was alone by the pool! Your own email says four o'clock!"}[language],
                      expect={"key_points": {"sorry": ["tut mir leid", "sorry"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # an outcome in note form is an answer, not the file read back
        ("en", "Booking AB 1 23, Saturday at nine. Booking reinstated, second supervisor on the rota.", False),
        ("de", "Kurs AB 1 23. Stunde storniert und gutgeschrieben.", False),
    ],
)  # fmt: skip
def test_an_outcome_in_note_form(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="angry", say=_SAY[language],
                      expect={"key_points": {"remedy": ["zweite Aufsicht", "gutgeschrieben", "second supervisor",
                                                        "reinstated"]}})  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


def test_half_two_is_a_time_not_a_share(resources: Any) -> None:
    found = penalised("en", "Of course. I'll refund the £140 and give you a ring at half two today.", resources,
                      mood="annoyed", say="Your engineer never came, I want my £140 back!",
                      expect={"key_points": {"refund": ["refund", "money back"]}})  # fmt: skip
    assert not has(found, "not_listening/missed_point"), found
    assert not contradicts(found), found


# v49's kinds (the set written at the start of this session, measured sealed, then opened)


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # the file read back with a clause that only says it is at hand
        ("de", "AB 1 23, Eislaufkurs für zwei Kinder, das habe ich hier.", True),
        ("de", "AB 1 23, Eislaufkurs für zwei Kinder, ist bei mir im System.", True),
        ("en", "Booking AB 1 23, skating for two, Saturday at nine, I've got that in front of me.", True),
        # ... or opened by a chunk of the file, or by "I've got"
        ("en", "Skating course, Saturday, booking AB 1 23, two children, I've found it.", True),
        ("en", "I've got booking AB 1 23 here, skating for two, Saturday morning.", True),
        # ... while the remedy said after it is the answer
        ("en", "I've got booking AB 1 23 here. From Saturday there's a second supervisor on the ice.", False),
    ],
)  # fmt: skip
def test_the_file_at_hand(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="angry", say=_SAY[language], expect=_FIX)
    assert has(found, "not_listening/missed_point") is missed, found


def test_again_is_part_of_the_point(resources: Any) -> None:
    """ "print it again" is not met by "printed and dispatched": doing it again is the point."""
    point = {"key_points": {"reprint": ["print it again", "new banner"]}}
    say = "Order BN 1 23. The banner came out blurred!"
    found = penalised("en", "Order BN 1 23, one banner, printed and dispatched.", resources, mood="angry", say=say,
                      expect=point)  # fmt: skip
    assert has(found, "not_listening/missed_point"), found
    found = penalised("en", "I'm sorry, we'll print it again today, free.", resources, mood="angry", say=say,
                      expect=point)  # fmt: skip
    assert not has(found, "not_listening/missed_point"), found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # the colleague's account held up: by role, "had the impression", "did say", after a sorry
        ("de", "Das tut mir leid. Unser Wattführer sagt allerdings, die Gruppe war zu langsam.", True),
        ("de", "Das ist mir unangenehm. Herr Okken hatte aber den Eindruck, dass die Gruppe zu langsam war.", True),
        ("en", "Sorry it went that way. Okken did say the group was quite slow.", True),
        # ... a "nicht" inside what he said is his claim, not setting it aside
        ("de", "Das tut mir leid. Die Flut kam aber früher, hat Herr Okken gesagt, da konnte er nicht warten.", True),
        # orders for next time, German in the infinitive or with "Sie müssten"
        ("de", "Gern, Samstag um 15 Uhr. Und diesmal den Kindern bitte nicht so viel Zeit lassen, dann klappt es.", True),
        ("de", "Gern, Samstag um 15 Uhr. Sie müssten nur diesmal ein bisschen Tempo halten.", True),
        ("de", "Gern, Samstag um 15 Uhr, und diesmal kommt der Führer pünktlich.", False),
        # ... a statement, its verb right after "diesmal" (hv12-102)
        ("de", "Berechtigte Frage. Diesmal liest eine zweite Kollegin jede Zeile gegen.", False),
        ("en", "Saturday at ten it is. Do come early, mind, because the tide turns quickly.", True),
        # ... a nudge to consider an offer is no lesson (hv33-245)
        ("en", "Of course. Do keep our family ticket in mind, though.", False),
        # the trouble called the way of things
        ("de", "Das tut mir leid, aber eine Kette ist eben ein Verschleißteil.", True),
        ("en", "Kids get scared down there anyway, it's natural.", True),
        ("en", "I'm so sorry, it's only natural they were scared. I'll go with you myself.", False),
        ("en", "I can hear how worried you are, and that's completely natural. I'll go with you myself.", False),
    ],
)  # fmt: skip
def test_set_against_them_v49(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="angry", emotion="angry",
                      say={"de": "Unser Führer Herr Okken kam 40 Minuten zu spät, und die Kinder mussten durch den "
                                 "Priel. Herr Okken sagt, wir seien zu langsam gewesen!",
                           "en": "Your guide Okken was forty minutes late and the kids waded the channel. Okken says "
                                 "we were too slow!"}[language],
                      expect={"key_points": {"sorry": ["tut mir leid", "sorry"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


def test_mum_is_no_colleague(resources: Any) -> None:
    """ "Mum said she felt like a nuisance" reports the family, no excuse of ours."""
    found = penalised("en", "I'm so sorry your mum felt like a nuisance on her birthday. I'll refund it today.",
                      resources, mood="sad", emotion="sad",
                      say="Chloe says sittings are seventy-five minutes. On the way home Mum said she'd felt like a "
                          "nuisance.",
                      expect={"key_points": {"refund": ["refund", "money back"]}})  # fmt: skip
    assert not contradicts(found), found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # nobody at home on a day rules the day out
        ("Heute ist Donnerstag. Der Bagger muss am Samstag um 7 Uhr da sein. Freitag ist keiner zu Hause.",
         "Der Ersatzbagger kommt am Freitag um 15 Uhr.", True),
        ("It's Thursday. Nobody's home on Friday.", "The engineer comes on Friday at ten.", True),
        # what they need of us that day is no plan of theirs said back
        ("Heute ist Mittwoch. Am Sonntag muss der Bogen komplett stehen, aber nur zwischen 15 und 17 Uhr.",
         "Der Bogen steht am Sonntag schon um 13 Uhr komplett.", True),
    ],
)  # fmt: skip
def test_times_of_v49(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("reply", "reasked"),
    [
        # a pronoun of the thing named instead, "ab wann" as "ab wie viel Uhr"
        ("Mist, das ist blöd. Wann genau ist der Bagger denn ausgefallen?", True),
        ("Selbstverständlich. Ab wie viel Uhr hätten Sie denn am Samstag Zeit?", True),
        ("Das tut mir leid. Nach zwei Stunden ausgefallen, am Samstag ab 14 Uhr kommt der neue.", False),
    ],
)  # fmt: skip
def test_asked_again_v49(reply: str, reasked: bool, resources: Any) -> None:
    found = penalised("de", reply, resources, mood="annoyed",
                      say="Ihr Bagger ist nach zwei Stunden ausgefallen. Am Samstag geht es erst ab 14 Uhr.",
                      facts={"hours": {"value": "nach zwei Stunden", "ask": ["wann ist er ausgefallen"]},
                             "from": {"value": "ab 14 Uhr", "ask": ["ab wann"]}},
                      expect={"key_points": {"sorry": ["tut mir leid", "blöd"]}})  # fmt: skip
    assert has(found, "not_listening/reasked") is reasked, found
