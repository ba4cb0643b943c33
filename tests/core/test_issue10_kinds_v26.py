"""Issue 10, kinds found in the errors of the set v26 (fitted since the twenty-seventh session).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, has, ignored, penalised
from voicecoach.core.scenario import Scenario
from voicecoach.core.typed import judge_text


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # "vor halb fünf": the clock's fraction word stands between "vor" and the hour
        ("Heute ist Montag. Vor halb fünf schaffen wir es nicht zu Ihnen.", "Kommen Sie morgen um 11 Uhr.", True),
        ("Heute ist Montag. Vor halb fünf schaffen wir es nicht zu Ihnen.", "Kommen Sie morgen um 17 Uhr.", False),
        ("It's Monday. We can't make it before half past four.", "Come in tomorrow at eleven.", True),
        ("It's Monday. We can't make it before half past four.", "Come in tomorrow at five.", False),
        # a venue of their own, open only at set times: when we can come to fetch things
        ("Heute ist Montag. Das Gemeindehaus ist nur Mittwoch ab 17 Uhr offen.", "Wir holen alles morgen um 9 Uhr ab.", True),
        ("Heute ist Montag. Das Gemeindehaus ist nur Mittwoch ab 17 Uhr offen.", "Wir holen alles am Mittwoch um 10 Uhr ab.", True),
        ("Heute ist Montag. Das Gemeindehaus ist nur Mittwoch ab 17 Uhr offen.", "Wir holen alles am Mittwoch um 18 Uhr ab.", False),
        ("It's Monday. The scout hut is only open on Wednesdays from five.", "We'll collect it all on Wednesday at ten.", True),
        # an office the customer must go to still limits nothing
        ("It's Monday. The post office is only open till noon.", "We'll deliver it tomorrow at three.", False),
        # a debit going out is a deadline for stopping it
        ("Heute ist Montag. Die Abbuchung kommt am Donnerstag.", "Ich stoppe das am Freitag.", True),
        ("Heute ist Montag. Die Abbuchung kommt am Donnerstag.", "Ich stoppe das am Mittwoch.", False),
        ("It's Monday. The direct debit goes out on Thursday.", "I'll cancel it on Friday.", True),
        # an hour needed on a day: there by then
        ("It's Monday. I need the hall at eight on Wednesday to set up.", "The hall is free from ten on Wednesday.", True),
        ("It's Monday. I need the hall at eight on Wednesday to set up.", "The hall is yours from half seven on Wednesday.", False),
        # "it has to be a morning", "es muss vormittags sein": the only part of the day
        ("It's Monday. It has to be a morning, I work from one.", "Wednesday at two suits us.", True),
        ("It's Monday. It has to be a morning, I work from one.", "Wednesday at nine suits us.", False),
        ("Heute ist Montag. Es muss vormittags sein.", "Mittwoch um 15 Uhr passt.", True),
        # "has to be" a state by a deadline is no window of the day
        ("It's Monday. I'm out from seven till four, and the van has to be loaded by seven tomorrow morning.",
         "He'll come at half four today.", False),
        ("It's Tuesday. Not before 9:15, and I have to be back for pickup at 2:45.",
         "Thursday at half twelve suits.", False),
        # "at my studio" is where they are to be found, not away
        ("It's Tuesday. I'm at my studio from eight till six.", "Expect them Wednesday at ten.", False),
        # at an appointment of their own until an hour
        ("It's Monday. Tomorrow I'm at my physio until twelve.", "We can come tomorrow at ten.", True),
        ("It's Monday. Tomorrow I'm at my physio until twelve.", "We can come tomorrow at two.", False),
        ("It's Monday. I'm at my place all day tomorrow.", "We can come tomorrow at ten.", False),
        # not there before an hour
        ("Heute ist Montag. Vor 18 Uhr sind wir nicht da.", "Wir kommen morgen um 10 Uhr.", True),
        ("It's Monday. We're not in before six.", "We'll come tomorrow at seven.", False),
        # ... of next week's shifts: those days only, the day off stays open
        ("Heute ist Donnerstag. Nächste Woche habe ich Frühschicht, vor vier bin ich nicht zu Hause. Samstag habe "
         "ich frei.", "Passt Ihnen Samstag um elf?", False),
        ("Heute ist Donnerstag. Nächste Woche habe ich Frühschicht, vor vier bin ich nicht zu Hause. Samstag habe "
         "ich frei.", "Nächsten Dienstag um neun?", True),
        # a guessed hour ("um sieben": 19:00?) gives nothing to read on from
        ("Heute ist Montag. Ich bin morgen nur bis zehn zu Hause.", "Morgen um sieben kommt er, gegen halb zehn ist er fertig.",
         False),
        # "two o'clock" is the afternoon; a bare hour after an evening one reads on from it
        ("It's Monday. It has to be a morning.", "Would two o'clock tomorrow work?", True),
        ("Heute ist Montag. Vor 18 Uhr schaffen wir es nicht.", "Morgen um 19 Uhr fangen wir an, um acht sind wir fertig.", False),
        ("Heute ist Montag. Vor 18 Uhr schaffen wir es nicht.", "Morgen um 19 Uhr fangen wir an. Um acht Uhr früh kommt der Rest.", True),
        # a stay that starts at a part of a day runs on for its weeks
        ("Heute ist Donnerstag. Ab Samstag früh bin ich drei Wochen bei meiner Tochter in Wien.",
         "Holen Sie das Geld nächsten Mittwoch bei uns ab.", True),
        ("Heute ist Donnerstag. Ab Samstag früh bin ich drei Wochen bei meiner Tochter in Wien.",
         "Holen Sie das Geld morgen bei uns ab.", False),
    ],
)  # fmt: skip
def test_limits_of_v26(customer: str, reply: str, conflict: bool) -> None:
    broke, read = breaks_a_limit(customer, reply)
    assert broke is conflict, read


#: A sad customer afraid of a payment, and the step's key point (stop it).
WORRY = {
    "de": {"say": "Heute ist Montag. Am Donnerstag wird die Miete abgebucht, dann ist mein Konto leer, und ich "
                  "kann das Schulessen meines Sohnes nicht zahlen.",
           "emotion": "sad", "expect": {"key_points": {"stop": ["stoppe", "nicht abgebucht", "halte an"]}}},
    "en": {"say": "It's Monday. The rent comes out on Thursday, then my account is empty and I can't pay for my "
                  "son's school lunches.",
           "emotion": "sad", "expect": {"key_points": {"stop": ["stop", "won't be taken", "on hold"]}}},
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "feeling_missed"),
    [
        # "Keine Sorge" / "Don't worry", then what they fear, in their words, will not happen
        ("de", "Keine Sorge, am Donnerstag wird keine Miete abgebucht. Ich halte das heute an.", False),
        ("en", "Don't worry, no rent comes out on Thursday. I'm putting it on hold today.", False),
        # ... or that they will not be left alone with it
        ("en", "Don't worry, we won't leave you stranded. I'm putting it on hold today.", False),
        # ... or what they fear for, named and made safe
        ("de", "Das Schulessen Ihres Sohnes ist sicher. Ich halte die Abbuchung heute an.", False),
        ("en", "Your son's school lunches are safe. I'm putting it on hold today.", False),
        # the weight of it perceived
        ("de", "Ich höre, wie viel für Sie davon abhängt. Ich halte die Abbuchung heute an.", False),
        ("en", "I can hear how much is riding on this. I'm putting it on hold today.", False),
        # "don't worry" that plays it down takes nothing up
        ("de", "Keine Sorge, das wird schon. Ich halte die Abbuchung heute an.", True),
        ("en", "Don't worry, it's only money. I'm putting it on hold today.", True),
        # an amount seen is no weight perceived
        ("de", "Ich sehe, wie viel Sie zahlen. Ich halte die Abbuchung heute an.", True),
    ],
)
def test_a_fear_taken_away(language: str, reply: str, feeling_missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **WORRY[language])
    assert ignored(found) is feeling_missed, found


#: An annoyed no to an extra, with a point of acceptance and one of a new technician.
ANOTHER = {
    "en": {"say": "No, I don't want the hand treatment for twenty pounds. And I want someone other than Gail to do it.",
           "emotion": "annoyed",
           "expect": {"accept_no": True, "offer_words": ["hand treatment", "twenty pounds"],
                      "key_points": {"accept": ["of course", "understood", "absolutely"],
                                     "other": ["another stylist", "someone else"]}}},
}  # fmt: skip


@pytest.mark.parametrize(
    ("reply", "feeling_missed", "point_missed"),
    [
        # "your call" grants the no; "a different stylist" says "another stylist"
        ("That's your call. A different stylist will look after you.", False, False),
        ("Your decision, of course. A new stylist will look after you.", False, False),
        # a bare note grants nothing
        ("Noted. Gail will do it.", True, True),
    ],
)
def test_granted_in_other_words(reply: str, feeling_missed: bool, point_missed: bool, resources: Any) -> None:
    sc = Scenario.model_validate(
        {
            "id": "test-en",
            "title": "Test",
            "language": "en",
            "theme": "complaint",
            "brief": {"situation": "A test.", "goal": "Pass."},
            "persona": {"name": "Mrs Keller", "mood": "annoyed"},
            "turns": [{"id": "t1", **ANOTHER["en"]}],
        }
    )
    result = judge_text(sc, "t1", reply, resources=resources)
    shown = [(f.kind, f.evidence.get("reason"), f.evidence.get("point")) for f in result.findings]
    feeling = any(f.evidence.get("reason") == "ignored_emotion" and f.penalty > 0 for f in result.findings)
    other = any(f.evidence.get("point") == "other" for f in result.findings)
    assert feeling is feeling_missed, shown
    assert other is point_missed, shown


#: A colleague's excuse reported, with a key point listed to agree with the customer.
EXCUSE = {
    "de": {"say": "Die Fliesen sind nach einer Woche gesprungen. Herr Lang sagt, das liegt am Estrich. Ist das "
                  "wirklich die Antwort?",
           "emotion": "sceptical",
           "expect": {"key_points": {"agree": ["nicht die Antwort", "nicht richtig", "haben recht"],
                                     "visit": ["vorbeikommen", "schaut sich an"]}}},
    "en": {"say": "The tiles cracked after a week. Mr Lang says that's the screed's fault. Is that really the answer?",
           "emotion": "sceptical",
           "expect": {"key_points": {"agree": ["not the answer", "not right", "you're right"],
                                     "visit": ["come round", "take a look"]}}},
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # the trainer's own listed point is no contradiction
        ("en", "That isn't right, tiles shouldn't crack in a week. Our fitter will come round tomorrow.", False),
        (
            "de",
            "Das ist nicht richtig, Fliesen dürfen nach einer Woche nicht springen. Unser Fliesenleger kommt morgen vorbei.",
            False,
        ),
        # owning the trouble as ours is no excuse said again
        (
            "en",
            "Tiles that crack in a week are our problem to solve, not yours. Our fitter will come round tomorrow.",
            False,
        ),
        # the excuse said again is one, and so is a denial of our part
        ("en", "It's the screed's fault, I'm afraid. Our fitter can come round and take a look.", True),
        ("en", "That's not our problem, the screed cracked them. Our fitter can come round and take a look.", True),
    ],
)
def test_listed_points_and_owned_trouble(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **EXCUSE[language])
    assert contradicts(found) is contradiction, found


#: A sad customer whose complaint shares its words with the colleague's excuse.
LIFTED = {
    "en": {"say": "The veneers you fitted on Monday have chipped, two of them. Dana says veneers always chip if you "
                  "bite on hard food. I have my daughter's wedding on Saturday.",
           "emotion": "sad",
           "expect": {"key_points": {"apology": ["sorry", "apologise"], "fix": ["replace", "free of charge"]}}},
}  # fmt: skip


@pytest.mark.parametrize(
    ("reply", "contradiction"),
    [
        # their complaint told back is no excuse said again
        ("I'm so sorry. Two veneers chipped since Monday: we'll replace them free of charge.", False),
        # the excuse's own words are
        ("I'm sorry. Veneers always chip if you bite on hard food, but we'll replace them.", True),
        # so is playing it down to a sad customer
        ("I'm sorry. Chipping does happen now and then, but we'll replace them free of charge.", True),
    ],
)
def test_the_complaint_told_back(reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised("en", reply, resources, **LIFTED["en"])
    assert contradicts(found) is contradiction, found


#: An annoyed customer who wants money back; the points are about the matter.
REFUND = {
    "de": {"say": "Ihre Kollegin hat mir 60 Euro zu viel berechnet, und jetzt soll ich warten?",
           "emotion": "annoyed", "expect": {"key_points": {"refund": ["erstatten", "zurück", "Gutschrift"]}}},
    "en": {"say": "Your colleague overcharged me by sixty pounds, and now I'm supposed to wait?",
           "emotion": "annoyed", "expect": {"key_points": {"refund": ["refund", "money back", "credit"]}}},
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # sympathy and a handover only: the point about money is surely missed
        ("de", "Das ist ärgerlich, das verstehe ich. Ich bespreche das mit Frau Lenz, und wir melden uns.", True),
        ("de", "Das ist ärgerlich. Ich gebe Frau Lenz Bescheid, dass Sie angerufen haben.", True),
        ("en", "That's really annoying. I'll raise it with Amy, and someone will get back to you.", True),
        ("en", "I do understand. I'll ask Amy to look into it when she's back on Monday.", True),
        ("de", "Das ist nicht leicht, das tut mir leid. Ich hoffe, das regelt sich bald.", True),
        # a step with the matter in it is more than a handover
        ("de", "Das ist ärgerlich. Ich erstatte Ihnen die 60 Euro heute.", False),
        ("en", "I do understand. I'll refund the sixty pounds today.", False),
    ],
)
def test_handovers_and_wishes(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **REFUND[language])
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # sent to someone else, even with the point's word in it
        ("de", "Die Salbe reichen Sie bitte bei Ihrer Krankenkasse ein, dafür sind die zuständig.", True),
        ("de", "Die Salbe erstatten wir Ihnen, 18 Euro.", False),
    ],
)
def test_sent_elsewhere(language: str, reply: str, missed: bool, resources: Any) -> None:
    step = {"say": "Wegen Ihrer Behandlung brauchte ich eine Salbe für 18 Euro.", "emotion": "annoyed",
            "expect": {"key_points": {"ointment": ["Salbe", "18 Euro", "erstatten"]}}}  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("reply", "missed"),
    [
        # the trainer's name of the point, refused in words
        ("Of course. I can't guarantee it, but I'll add a note.", True),
        ("Of course. It's locked under my name now.", False),
    ],
)
def test_the_point_refused_by_its_name(reply: str, missed: bool, resources: Any) -> None:
    step = {"say": "No, I don't want the upgrade. How do I know this won't happen again?", "emotion": "sceptical",
            "expect": {"accept_no": True, "offer_words": ["upgrade"],
                       "key_points": {"accept": ["of course", "understood"],
                                      "guarantee": ["locked", "in writing", "my name"]}}}  # fmt: skip
    found = penalised("en", reply, resources, **step)
    assert has(found, "not_listening/missed_point") is missed, found


#: A no to a subscription, with the customer's own blades named.
BLADES = {
    "de": {"say": "Nein, ein Klingen-Abo will ich nicht. Meine Klingen sind zwei Wochen alt.", "emotion": "annoyed",
           "expect": {"accept_no": True, "offer_words": ["Klingen", "Abo"],
                      "key_points": {"accept": ["verstanden", "in Ordnung"]}},
           "facts": {"age": {"value": "zwei Wochen", "ask": ["wie alt sind die"]}}},
    "en": {"say": "No, I don't want a blade subscription. My blades are two weeks old.", "emotion": "annoyed",
           "expect": {"accept_no": True, "offer_words": ["blades", "subscription"],
                      "key_points": {"accept": ["understood", "of course"]}},
           "facts": {"age": {"value": "two weeks", "ask": ["how old are"]}}},
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # the offer word inside a re-ask is the re-ask's fault, not a push
        ("de", "Verstanden. Wie alt sind die Klingen denn genau?", False),
        ("en", "Understood. How old are the blades exactly?", False),
        # named to confirm it is gone
        ("de", "Klingen-Abo storniert. Sonst noch etwas?", False),
        ("en", "Blade subscription cancelled. Anything else?", False),
        # pressed again it is one
        ("en", "Understood. The blades would save you money though.", True),
        # an extra put by, or sold on the visit
        ("de", "Verstanden. Für Weihnachten lege ich Ihnen aber ein Set zum Sonderpreis zurück.", True),
        ("en", "Understood. And while you're here, she could sharpen your scissors as a little treat.", True),
        ("en", "Understood. If you ever want the premium handle at a members' rate, just ask.", True),
    ],
)
def test_pushes_and_re_asks(language: str, reply: str, pushed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **BLADES[language])
    assert has(found, "pushed_after_no") is pushed, found


@pytest.mark.parametrize(
    ("reply", "missed"),
    [
        # asked "again" for what they said in an earlier turn
        ("Understood. And which hall was it again that you'd booked?", True),
        ("Understood. The booking is locked under your name.", False),
    ],
)
def test_asked_again_from_an_earlier_turn(reply: str, missed: bool, resources: Any) -> None:
    sc = Scenario.model_validate(
        {
            "id": "test-en",
            "title": "Test",
            "language": "en",
            "theme": "complaint",
            "brief": {"situation": "A test.", "goal": "Pass."},
            "persona": {"name": "Mr Hale", "mood": "annoyed"},
            "turns": [
                {"id": "t1", "say": "I booked the Garden Hall for Friday and it's been given away.",
                 "expect": {"key_points": {"hall": ["the hall is yours", "booking stands"]}}},
                {"id": "t2", "say": "How do I know it won't happen again?",
                 "expect": {"key_points": {"guarantee": ["locked", "in writing"]}}},
            ],
        }
    )  # fmt: skip
    result = judge_text(sc, "t2", reply, resources=resources)
    shown = [(f.kind, f.penalty, f.evidence.get("reason")) for f in result.findings]
    assert any(f.kind == "not_listening" and f.penalty > 0 for f in result.findings) is missed, shown


@pytest.mark.parametrize(
    ("reply", "reasked"),
    [
        # "Should it need ..., we'll ...": an inverted condition, no question
        ("Someone comes today. Should it need parts, we'll bring a loan mower for the weekend.", False),
        ("Someone comes today. Which mower do you have?", True),
    ],
)
def test_an_inverted_condition_asks_nothing(reply: str, reasked: bool, resources: Any) -> None:
    step = {"say": "My Brisk 40 mower broke down again, and I need it for the weekend.", "emotion": "annoyed",
            "expect": {"key_points": {"visit": ["today", "come out"]}},
            "facts": {"model": {"value": "Brisk 40", "ask": ["which mower", "mower"]}}}  # fmt: skip
    found = penalised("en", reply, resources, **step)
    assert has(found, "not_listening/reasked") is reasked, found


@pytest.mark.parametrize(
    ("reply", "contradiction"),
    [
        # what the customer booked, held against them from our list, is a claim against them
        ("Das tut mir leid, aber die Plane haben Sie laut meiner Liste nicht gebucht.", True),
        # our own entry read out is none
        (
            "Das tut mir leid. Laut System war die Plane für Ihre Lieferung vermerkt, da ist bei uns etwas "
            "schiefgelaufen. Wir bringen sie sofort.",
            False,
        ),
    ],
)
def test_our_list_against_their_booking(reply: str, contradiction: bool, resources: Any) -> None:
    step = {"say": "Das Zelt kam ohne Plane, und heute Abend soll es regnen!", "emotion": "angry",
            "expect": {"key_points": {"fix": ["bringen", "nachliefern"]}}}  # fmt: skip
    found = penalised("de", reply, resources, **step)
    assert contradicts(found) is contradiction, found
