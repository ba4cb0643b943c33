"""Issue 10, kinds left over from the fitted set v34, and kinds found in the errors of the set
v35 (measured sealed at the start of the thirty-third session, then fitted).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, penalised

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
