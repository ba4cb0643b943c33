"""Issue 10, kinds left over from the fitted set v34, and kinds found in the errors of the set
v35 (measured sealed at the start of the thirty-third session, then fitted).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, has, ignored, penalised

CELLAR_DE = (
    "Heute ist Montag. Der Hausmeister kann den Heizungskeller nur Donnerstag aufschließen, und ich arbeite "
    "tagsüber, erreichbar erst ab 17 Uhr."
)
CELLAR_EN = (
    "It's Monday. The caretaker can only unlock the boiler room on Thursday, and I'm at work all day, only "
    "reachable after five."
)


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # someone else lets us in on the one day: the work that day needs not the customer
        (CELLAR_DE, "Unser Monteur kommt am Donnerstag um 8 Uhr in den Keller.", False),
        (CELLAR_EN, "Our fitter will be there Thursday at eight.", False),
        # ... another day is still out, and a call still waits for the hour they are reachable
        (CELLAR_DE, "Unser Monteur kommt am Mittwoch um 8 Uhr.", True),
        (CELLAR_EN, "Our fitter will come Wednesday at eight.", True),
        (CELLAR_DE, "Ich rufe Sie am Donnerstag um 10 Uhr an.", True),
        (CELLAR_EN, "I'll ring you Thursday at ten.", True),
        (CELLAR_DE, "Ich rufe Sie morgen um 18 Uhr an.", False),
        # "erreichbar erst ab" binds a call too
        ("Heute ist Dienstag. Ich bin tagsüber in der Schule, erreichbar erst ab 15 Uhr.",
         "Ich rufe Sie am Freitag um 9 Uhr an.", True),
        ("Heute ist Dienstag. Ich bin tagsüber in der Schule, erreichbar erst ab 15 Uhr.",
         "Ich rufe Sie morgen um 16 Uhr an.", False),
        # the customer who opens up themselves must be there
        ("Heute ist Montag. Ich kann den Keller nur Donnerstag aufschließen und bin erst ab 17 Uhr zu Hause.",
         "Unser Monteur kommt am Donnerstag um 8 Uhr.", True),
    ],
)  # fmt: skip
def test_someone_else_lets_us_in(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


PEN_EN = (
    "It's Wednesday. I fly out on Saturday. I can't wait in for a courier; I can pick it up from your shop, but "
    "only Friday before ten in the morning."
)
PEN_DE = "Heute ist Mittwoch. Ich fliege am Samstag. Abholen kann ich den Füller nur Freitag vor 10 Uhr."


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # ready only after the one window to collect it: it cannot be collected
        (PEN_EN, "It'll be ready Friday afternoon, and I'll text you.", True),
        (PEN_DE, "Er ist Freitag ab 14 Uhr fertig.", True),
        (PEN_DE, "Freitagnachmittag ist er fertig.", True),
        # ... ready before it, or a call that afternoon, is fine
        (PEN_EN, "It'll be ready Thursday evening, so come by Friday at nine.", False),
        (PEN_EN, "It'll be ready Friday at eight.", False),
        (PEN_DE, "Er ist Freitag um 8 Uhr fertig.", False),
        (PEN_EN, "We'll ring you Friday afternoon.", False),
    ],
)  # fmt: skip
def test_ready_after_the_window_to_collect(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


LATE_DE = "Heute ist Donnerstag. Ich habe diese Woche Spätschicht bis 23 Uhr und gehe nur vormittags ans Telefon."
LATE_EN = "It's Thursday. I'm on late shift till eleven this week and I only pick up the phone in the mornings."


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # a late shift leaves the morning free, and "till eleven" of a late shift is at night
        (LATE_DE, "Wir kommen morgen um 10 Uhr.", False),
        (LATE_EN, "We'll come tomorrow at ten.", False),
        (LATE_EN, "I'll ring you tomorrow at ten.", False),
        (LATE_DE, "Wir kommen morgen um 15 Uhr.", True),
        (LATE_EN, "We'll come tomorrow at three.", True),
        # the phone window after "und" with the "ich" left out is still theirs
        (LATE_DE, "Ich rufe Sie morgen um 16 Uhr an.", True),
        (LATE_DE, "Ich rufe Sie morgen um 10 Uhr an.", False),
        ("Heute ist Donnerstag. Ich habe diese Woche Spätschicht.", "Wir kommen morgen um 9 Uhr.", False),
    ],
)  # fmt: skip
def test_late_shifts_and_a_phone_window(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


AT_WORK_DE = "Heute ist Freitag. Ich bin jeden Tag bis halb vier in der Arbeit."


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # German minutes before the hour: "zwanzig vor vier" is 15:40, not 20:00 nor "before four"
        (AT_WORK_DE, "Wir kommen Montag um zwanzig vor vier.", False),
        (AT_WORK_DE, "Wir kommen Montag, um 20 vor 4.", False),
        (AT_WORK_DE, "Wir kommen Montag um Viertel vor vier.", False),
        (AT_WORK_DE, "Wir kommen Montag um zehn nach drei.", True),
        (AT_WORK_DE, "Wir kommen Montag um Viertel nach drei.", True),
        ("Heute ist Freitag. Ich bin jeden Tag bis zehn nach drei in der Arbeit.", "Wir kommen Montag um drei.",
         True),
        ("Heute ist Freitag. Ich bin jeden Tag bis zehn nach drei in der Arbeit.",
         "Wir kommen Montag um halb vier.", False),
        # ... and an evening limit is not read from the minutes
        ("Heute ist Freitag. Ich bin ab 19 Uhr beim Chor.", "Wir kommen heute um fünf vor sechs.", False),
        ("Heute ist Freitag. Ich bin ab 19 Uhr beim Chor.", "Wir kommen heute Abend um zehn nach sieben.", True),
        ("Heute ist Freitag. Ich bin ab 19 Uhr beim Chor.", "Wir kommen heute Abend um zehn vor sieben.", False),
    ],
)  # fmt: skip
def test_german_minutes_before_the_hour(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


PROJECTOR = {
    "de": {"say": "Der Beamer, den Sie installiert haben, verliert ständig den Ton. Ich bin genervt.",
           "emotion": "annoyed", "expect": {"key_points": {"visit": ["Techniker schicken"]}}},
    "en": {"say": "The projector you installed keeps losing sound. I'm fed up.", "emotion": "annoyed",
           "expect": {"key_points": {"visit": ["send an engineer"]}}},
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # the trouble put on their side by how often it is so
        ("en", "Sorry about that, we'll send an engineer. Nine times out of ten it's the home network.", True),
        ("en", "Sorry about that, we'll send an engineer. Dropouts like that are usually down to the customer's "
               "router.", True),
        ("de", "Das ärgert mich für Sie, wir schicken einen Techniker. Meistens liegt das aber am WLAN zu Hause.",
         True),
        ("de", "Tut mir leid, wir schicken einen Techniker. In der Regel kommt das vom Router der Kunden.", True),
        # ... not our own side, a check promised, or a likelihood of something else
        ("en", "Sorry about that, we'll send an engineer. Usually it's our cabling, so we'll replace it.", False),
        ("en", "Sorry about that, we'll send an engineer, and he'll check the Wi-Fi as well.", False),
        ("en", "Sorry about that, we'll send an engineer. Usually your visit is within two days.", False),
        ("de", "Tut mir leid, wir schicken einen Techniker. Meistens liegt es an einem lockeren Kabel, das richten "
               "wir.", False),
        ("de", "Tut mir leid, wir schicken einen Techniker, der prüft auch Ihr WLAN.", False),
    ],
)  # fmt: skip
def test_the_usual_cause_on_their_side(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **PROJECTOR[language])
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # a charge held over them should the cause be on their side
        ("en", "Sorry about that, we'll send an engineer. If the router turns out to be the problem, though, the "
               "second visit will be chargeable.", True),
        ("en", "Sorry about that, we'll send an engineer. If it's down to your router, though, the visit costs £80.",
         True),
        ("de", "Tut mir leid, wir schicken einen Techniker. Wenn es am WLAN liegt, ist der Einsatz allerdings "
               "kostenpflichtig.", True),
        ("de", "Tut mir leid, wir schicken einen Techniker. Falls es an Ihrem Router liegt, kostet der Einsatz aber "
               "80 Euro.", True),
        # ... not a cost taken on, none at all, or paying once it works
        ("en", "Sorry about that, we'll send an engineer, and if it's down to our cable, we'll replace it free.",
         False),
        ("en", "Sorry about that, we'll send an engineer; the visit costs nothing, of course.", False),
        ("de", "Tut mir leid, wir schicken einen Techniker, und wenn es am Kabel liegt, tauschen wir es kostenlos.",
         False),
        ("de", "Tut mir leid, wir schicken einen Techniker, der Einsatz ist nicht kostenpflichtig.", False),
        ("de", "Tut mir leid, wir schicken einen Techniker. Sie zahlen aber erst, wenn alles läuft.", False),
    ],
)  # fmt: skip
def test_a_charge_if_the_cause_is_theirs(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **PROJECTOR[language])
    assert contradicts(found) is contradiction, found


GRANDCHILDREN_DE = (
    "Heute ist Dienstag. Am Donnerstag kommen meine Enkel, und ich bin nur vormittags bis 13 Uhr am Strand."
)
GRANDCHILDREN_EN = "It's Tuesday. My grandchildren arrive on Thursday, and I'm only at the beach in the mornings."
HOME_ON_THURSDAYS_EN = "It's Wednesday. I only work from home on Thursdays; other days I'm out seven till seven."
HOME_ON_THURSDAYS_DE = (
    "Heute ist Mittwoch. Ich bin nur donnerstags im Homeoffice, an den anderen Tagen bin ich von sieben bis sieben weg."
)
ALLOTMENT = "It's Tuesday. I'm at the allotment all week, so I can only come in on Saturday before noon."
COLLECT_SATURDAY = "It's Thursday. I'm away from Sunday, so I can only collect on Saturday between nine and twelve."


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # the day of other people's doings is not the day of the customer's own window
        (GRANDCHILDREN_DE, "Wir kommen morgen um 9 Uhr.", False),
        (GRANDCHILDREN_DE, "Wir kommen morgen um 15 Uhr.", True),
        (GRANDCHILDREN_EN, "We'll come tomorrow at nine.", False),
        (GRANDCHILDREN_EN, "We'll come tomorrow at three.", True),
        # "other days" are not the only day they named
        (HOME_ON_THURSDAYS_EN, "Thursday at half nine suits us.", False),
        (HOME_ON_THURSDAYS_EN, "We'll come Friday at nine.", True),
        (HOME_ON_THURSDAYS_DE, "Wir kommen am Donnerstag um 9 Uhr.", False),
        (HOME_ON_THURSDAYS_DE, "Wir kommen am Freitag um 9 Uhr.", True),
        # "first thing in the morning" is tomorrow's, unless a day is said with it
        (HOME_ON_THURSDAYS_EN, "We'll be round first thing in the morning.", False),
        (HOME_ON_THURSDAYS_EN, "We'll come first thing in the morning on Friday.", True),
        (HOME_ON_THURSDAYS_EN, "We'll come Friday, first thing in the morning.", True),
        # money moving, pictures and notes need nobody at home
        (ALLOTMENT, "You can see it on Saturday at half ten. Your refund goes through today.", False),
        (ALLOTMENT, "I'll send you a picture and a short note on its condition every Friday.", False),
        (ALLOTMENT, "Come in on Friday at ten.", True),
        ("Heute ist Dienstag. Ich kann nur am Samstag vor 12 Uhr vorbeikommen.", "Die Erstattung geht heute raus.",
         False),
        # "the day after tomorrow" is two days on
        (COLLECT_SATURDAY, "Come in between nine and twelve the day after tomorrow.", False),
        (COLLECT_SATURDAY, "Come in tomorrow between nine and twelve.", True),
    ],
)  # fmt: skip
def test_times_of_v35(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


QUILT = {
    "en": {"say": "My late mum's blouse is missing from the quilt you're making. I'm heartbroken.", "emotion": "sad",
           "expect": {"key_points": {"search": ["look for it", "find it"]}}},
}  # fmt: skip


@pytest.mark.parametrize(
    ("reply", "ignored_it"),
    [
        # a semicolon closes the clause before: its "not" does not negate the sympathy after it
        ("Oh, the blouse your mum wore, and it's not where it should be; I can hear how much that hurts. I'll look "
         "for it today.", False),
        ("The blouse is not where it should be; I'll look for it today.", True),
    ],
)  # fmt: skip
def test_sympathy_after_a_semicolon(reply: str, ignored_it: bool, resources: Any) -> None:
    found = penalised("en", reply, resources, **QUILT["en"])
    assert ignored(found) is ignored_it, found


#: A calm customer who turned down the care plan and wants to know the day of the service.
CARE_PLAN = {
    language: {
        "say": {"de": "Nein, einen Wartungsvertrag will ich nicht, nur die Wartung. Wann kommen Sie?",
                "en": "No, I don't want the care plan, just the service. When can you come?"}[language],
        "expect": {"accept_no": True, "offer_words": ["Wartungsvertrag", "care plan"],
                   "key_points": {"day": ["Mittwoch", "Wednesday"]}},
    }
    for language in ("de", "en")
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # a new thing offered in a question, sold by its low price or by praise
        ("en", "Of course. Since there's wood left over, shall we make you a small stool from it, it's only £20?",
         True),
        ("en", "Of course. While the fitter's there, shall I add a water softener? It's very popular.", True),
        ("en", "Of course, Wednesday it is. How about a new thermostat as well, it's only £30?", True),
        ("de", "Gern, Mittwoch. Soll ich Ihnen noch einen zweiten Filter dazulegen, der kostet nur vier Euro?", True),
        ("de", "Gern, Mittwoch. Wie wäre es mit einem neuen Thermostat? Das ist sehr beliebt.", True),
        # ... not a question about the work, nor money going back
        ("en", "Of course, Wednesday it is. Shall I text you when the fitter sets off?", False),
        ("en", "Of course, Wednesday it is. Shall I refund the £20 call-out fee right away?", False),
        ("de", "Gern, Mittwoch. Soll ich Ihnen vorher eine Nachricht schicken?", False),
    ],
)  # fmt: skip
def test_a_new_thing_sold_in_a_question(language: str, reply: str, pushed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="calm", **CARE_PLAN[language])
    assert has(found, "pushed_after_no") is pushed, found


HEDGE = {
    "de": {"say": "Meine Hecke ist nach Ihrem Schnitt ganz braun geworden. Ich bin verärgert!", "emotion": "annoyed",
           "expect": {"accept_no": True, "offer_words": ["Bewässerung"],
                      "key_points": {"fix": ["nachpflanzen", "ersetzen"]}}},
    "en": {"say": "My hedge went brown after your cut. I'm annoyed!", "emotion": "annoyed",
           "expect": {"accept_no": True, "offer_words": ["irrigation"], "key_points": {"fix": ["replant", "replace"]}}},
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "contradiction", "pushed"),
    [
        # an order to them that warns the trouble comes back otherwise: a lesson, no push
        ("de", "Das tut mir leid, wir pflanzen nach. Gießen Sie aber bitte trotzdem, sonst passiert das wieder.",
         True, False),
        ("en", "Sorry about that, we'll replant. Water it every day, though, otherwise it'll happen again.", True,
         False),
        # an order after "next time"/"künftig", also after "though"
        ("en", "Sorry, we'll replant. Next time, though, ring us before you cut it yourself.", True, False),
        ("de", "Tut mir leid, wir pflanzen nach. Schneiden Sie die Hecke künftig aber bitte nicht selbst.", True,
         False),
        # the fault put on their care as a noun
        ("de", "Tut mir leid, aber das sieht nach einem Pflegefehler aus.", True, False),
        ("en", "Sorry about that, but it's probably misuse.", True, False),
        # ... not our own steps, a warning about the weather, or a question
        ("de", "Das tut mir leid, wir pflanzen nach und gießen trotzdem jede Woche, sonst passiert das wieder.",
         False, False),
        ("en", "Sorry about that, we'll replant it on Friday, otherwise the frost will get it.", False, False),
        ("de", "Tut mir leid, wir pflanzen nach. Können Sie künftig vorher kurz anrufen?", False, False),
        # their wish said back is no order, and "mind you" before a sale is the push alone
        ("de", "Verstehe, Sie möchten einfach, dass es beim nächsten Mal klappt. Wir pflanzen die Hecke neu.", False,
         False),
        ("en", "Of course, we'll replant. Mind you, an irrigation system would stop it, and I can fit it at cost.",
         False, True),
    ],
)  # fmt: skip
def test_a_lesson_with_a_warning(language: str, reply: str, contradiction: bool, pushed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **HEDGE[language])
    assert (contradicts(found), has(found, "pushed_after_no")) == (contradiction, pushed), found


CHAIRS = {
    "de": {"say": "Ein Stuhl kam mit einem Riss im Rahmen zurück. Ich bin sehr verärgert!", "emotion": "annoyed",
           "expect": {"key_points": {"fix": ["leimen", "reparieren"]}}},
    "en": {"say": "One chair came back with a crack in the frame. I'm really annoyed!", "emotion": "annoyed",
           "expect": {"key_points": {"fix": ["glue", "repair"]}}},
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # a guess, set against them, that the trouble was there before or came from elsewhere
        ("de", "Das tut mir leid, wir leimen den Rahmen. Der Riss kann allerdings auch vom Versand stammen.", True),
        ("de", "Das tut mir leid, wir reparieren ihn. Man kann aber nicht ausschließen, dass der Riss schon vorher "
               "da war.", True),
        ("en", "Sorry about that, we'll glue the frame. Mind you, the crack was probably there already.", True),
        ("en", "Sorry, we'll repair it. Old frames can be brittle, though, so it may have been cracked before.", True),
        # ... not our own guess at our own fault, a delay, or a question
        ("en", "Sorry, we'll repair it. We may have knocked it in the van, though, so that's on us.", False),
        ("en", "Sorry, we'll repair it. It might take a day longer, though, as the glue was out of stock.", False),
        ("de", "Das tut mir leid, wir leimen den Rahmen. Das kann allerdings bis Freitag dauern.", False),
        ("de", "Das tut mir leid. Kann der Riss auch schon vorher da gewesen sein?", False),
    ],
)  # fmt: skip
def test_a_guess_that_it_was_there_before(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **CHAIRS[language])
    assert contradicts(found) is contradiction, found


DAY_LOST = {
    "de": {"say": "Und was ist mit dem verlorenen Vormittag? Das sind 14 Euro.", "emotion": "sceptical",
           "expect": {"key_points": {"refund": ["14 Euro", "erstatten", "gutschreiben", "zurück"]}}},
    "en": {"say": "And what about the rug the water ruined? Who pays for that?", "emotion": "sceptical",
           "expect": {"key_points": {"rug": ["rug", "cleaning", "cover the cost"]}}},
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # the money or the cost refused: a rule, "not worth it", their insurance, not covered
        ("de", "Verstanden. Den Vormittag kann ich Ihnen leider nicht zurückgeben, bezahlt ist bezahlt.", True),
        ("de", "Verstanden. Bezahlt ist bezahlt.", True),
        ("de", "Natürlich. Wegen eines halben Tages lohnt sich eine Erstattung aber wirklich nicht.", True),
        ("en", "Of course. The rug isn't covered, I'm afraid, that's one for your home insurance.", True),
        ("en", "Of course. That's one for your insurer, I'm afraid.", True),
        # ... not when given
        ("de", "Verstanden. Die 14 Euro für den Vormittag schreibe ich Ihnen gleich gut.", False),
        ("en", "Of course. We'll cover the cost of the rug in full.", False),
        ("en", "Of course, and the rug's cleaning is on us, so your insurance stays out of it.", False),
    ],
)  # fmt: skip
def test_money_refused_by_a_rule(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **DAY_LOST[language])
    assert has(found, "not_listening/missed_point") is missed, found
    # one finding per point, however many ways it was turned down
    assert found.count("not_listening/missed_point") <= 1, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # the step's facts read back before a bare handover say nothing about the matter
        ("de", "Auftrag DR 7 19, 14 Stäbe. Ich gebe das an die Werkstatt weiter.", True),
        ("en", "Order DR 7 19, 14 spindles. I'll pass that on to the workshop.", True),
        # ... the fix said with them does
        ("de", "Auftrag DR 7 19, 14 Stäbe. Wir drechseln alle Stäbe neu.", False),
    ],
)  # fmt: skip
def test_facts_read_back_before_a_handover(language: str, reply: str, missed: bool, resources: Any) -> None:
    step = {
        "say": {"de": "Die Stäbe haben das falsche Profil!", "en": "The spindles have the wrong profile!"}[language],
        "facts": {"order": {"value": "DR 7 19", "ask": ["Auftragsnummer", "order number"]},
                  "count": {"value": {"de": "14 Stäbe", "en": "14 spindles"}[language], "ask": ["wie viele"]}},
        "expect": {"key_points": {"redo": ["neu drechseln", "remake", "turn new ones"]}},
    }  # fmt: skip
    found = penalised(language, reply, resources, mood="annoyed", **step)
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # a sale pushed instead of the point: nothing else said could be the point
        ("en", "Of course. Since there's wood left over, shall we make you a small stool from it, it's only £20?",
         True),
        ("de", "Gern. Wie wäre es mit einem neuen Thermostat? Das ist sehr beliebt.", True),
        # ... the point said beside the push is met
        ("en", "Of course, Wednesday at nine. Shall I add a water softener? It's very popular.", False),
    ],
)  # fmt: skip
def test_a_push_instead_of_the_point(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="calm", **CARE_PLAN[language])
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # a window said as what suits them is the window
        ("It's Monday. I'd like to book the boiler service. Any weekday after 3 pm works for me.",
         "The engineer will come on Thursday morning.", True),
        ("It's Monday. I'd like to book the boiler service. Any weekday after 3 pm works for me.",
         "The engineer will come on Thursday at 4 pm.", False),
        ("Heute ist Montag. Werktags nach 15 Uhr passt es mir am besten.", "Der Techniker kommt am Donnerstag um 9 Uhr.",
         True),
        ("Heute ist Montag. Werktags nach 15 Uhr passt es mir am besten.",
         "Der Techniker kommt am Donnerstag um 16 Uhr.", False),
        # ... not one more time that also works, nor one that does not
        ("It's Monday. Mornings are fine, and Thursday after 3 pm works for me too.",
         "The engineer will come on Thursday at ten.", False),
    ],
)  # fmt: skip
def test_a_window_that_suits_them(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


def test_the_fix_in_the_words_of_an_earlier_line_is_no_file_note(resources: Any) -> None:
    """The customer's earlier words said back as the fix ("Ab sofort geht Ihre Karte wieder" after
    "meine Karte geht nicht") are the point in other words, not a bare note."""
    from voicecoach.core.scenario import Scenario
    from voicecoach.core.typed import judge_text

    sc = Scenario.model_validate(
        {
            "id": "test-card", "title": "Test", "language": "de", "theme": "service",
            "brief": {"situation": "A test.", "goal": "Pass."},
            "persona": {"name": "Frau Keller", "mood": "annoyed"},
            "turns": [
                {"id": "t1", "say": "Meine Karte geht seit gestern nicht, ich stehe an der Kasse!"},
                {"id": "t2", "say": "Die Bank sagt, Sie haben sie gesperrt. Bitte sofort wieder freischalten!",
                 "emotion": "annoyed", "expect": {"key_points": {"fix": ["freigeschaltet", "entsperrt"]}}},
            ],
        }
    )  # fmt: skip
    result = judge_text(sc, "t2", "Das ist mehr als ärgerlich, Entschuldigung. Ab sofort geht Ihre Karte wieder.",
                        resources=resources)  # fmt: skip
    assert not [f for f in result.findings if f.kind == "not_listening" and f.penalty > 0], result.findings


@pytest.mark.parametrize(
    ("reply", "missed"),
    [
        # a push beside a point about the matter that was met: the reply answered, the push is its
        # fault, and the other point may be in other words
        ("Of course, Wednesday at nine. Shall I add a water softener? It's only £30.", False),
        # ... a push and nothing about the matter: the points are surely missed
        ("Of course. Shall I add a water softener? It's only £30.", True),
    ],
)
def test_a_push_beside_a_point_met(reply: str, missed: bool, resources: Any) -> None:
    step = {
        "say": "No, I don't want the care plan, just the service. When can you come, and is it free?",
        "expect": {"accept_no": True, "offer_words": ["care plan"],
                   "key_points": {"day": ["Wednesday"], "cost": ["free of charge", "no charge"]}},
    }  # fmt: skip
    found = penalised("en", reply, resources, mood="calm", **step)
    assert has(found, "not_listening/missed_point") is missed, found
