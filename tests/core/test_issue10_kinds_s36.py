"""Issue 10, kinds found in the errors of the sets v38 (opened last session) and v39 (measured
sealed at the start of the thirty-sixth session, then fitted).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, has, penalised


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # a window from a day on ("ab Montag ..., aber nur vormittags") holds that day and the days after it
        ("Heute ist Freitag, ich bin übers Wochenende weg. Ab Montag können Sie den Schrank holen, aber nur "
         "vormittags bis 11 Uhr.", "Wir kommen am Mittwoch zwischen neun und zehn.", False),
        ("Heute ist Freitag, ich bin übers Wochenende weg. Ab Montag können Sie den Schrank holen, aber nur "
         "vormittags bis 11 Uhr.", "Wir kommen am Mittwoch um 15 Uhr.", True),
        ("It's Thursday. From Monday you can collect the boat, but only in the mornings before eleven.",
         "Our driver comes on Tuesday at ten.", False),
        # days the money is for are no time offered
        ("It's Wednesday. Get us into the flat by noon tomorrow, and refund the two nights we lost.",
         "You'll have the keys by eleven tomorrow, and I'm crediting you for Monday and Tuesday.", False),
        ("Heute ist Mittwoch. Die Wohnung muss morgen bis 12 Uhr frei sein, und erstatten Sie die zwei Nächte.",
         "Die Schlüssel haben Sie morgen um 11 Uhr, und wir erstatten Ihnen den Montag und den Dienstag.", False),
        ("It's Wednesday. Get us into the flat by noon tomorrow.", "You'll have the keys on Friday.", True),
        # sent off on one day, there on the day they are in
        ("It's Monday. I'm only at home on Thursday, and it has to be signed for.",
         "It goes out tomorrow evening by courier, so it arrives Thursday and needs your signature.", False),
        ("It's Monday. I'm only at home on Thursday, and it has to be signed for.",
         "A courier collects it on Wednesday and brings it to you Thursday morning.", False),
        ("It's Monday. I'm only at home on Thursday, and it has to be signed for.",
         "Our courier brings it to you on Wednesday.", True),
        # one more window after "or"
        ("It's Tuesday. I can only come after five, or on Saturday morning before nine.",
         "Would Saturday at half eight suit you?", False),
        ("It's Tuesday. I can only come after five, or on Saturday morning before nine.",
         "Would Saturday at eleven suit you?", True),
        # a clock time with "Uhr" is the 24-hour clock
        ("Heute ist Donnerstag. Die Fliesen müssen morgen vor 7 Uhr auf der Baustelle sein.",
         "Morgen um 6:30 Uhr ist der Wagen bei Ihnen.", False),
        ("Heute ist Donnerstag. Die Fliesen müssen morgen vor 7 Uhr auf der Baustelle sein.",
         "Morgen um 7:30 Uhr ist der Wagen bei Ihnen.", True),
        # their own event's day, said back with its noun, and their day named with "your"
        ("Heute ist Mittwoch. Die Taufe ist am Sonntag, ich brauche das Kleid bis Samstag 10 Uhr.",
         "Für die Taufe am Sonntag ist es rechtzeitig fertig, ich bringe es Ihnen am Freitag um 17 Uhr.", False),
        ("It's Tuesday. I need the menu by Thursday evening, I cook on Saturday.",
         "I'll send you the menu on Wednesday, well before your Saturday cooking.", False),
        # the time they asked for, said back in another order
        ("It's Monday. I need a driver this Friday from six, and his name by Wednesday noon.",
         "He'll be at your door at six on Friday, and you'll have his name tomorrow.", False),
        # calls only before or after hours hold every day, not the day of a deadline said before
        ("It's Thursday. I need it in writing by Monday noon, and I can only take calls before nine or after six.",
         "I'll ring you tonight at seven.", False),
        ("It's Thursday. I need it in writing by Monday noon, and I can only take calls before nine or after six.",
         "I'll ring you tomorrow at eleven.", True),
    ],
)  # fmt: skip
def test_times_of_v38_and_v39(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


PAINT = {
    language: {
        "say": {"de": "Einen neuen Anstrich für 300 Euro will ich nicht, nein. Nur die Abdichtung, bitte.",
                "en": "No, I don't want a new paint job for £300. Just the seal, please."}[language],
        "expect": {"accept_no": True,
                   "offer_words": {"de": ["Anstrich", "Freikarte"], "en": ["paint job", "free lesson"]}[language],
                   "key_points": {"seal": ["Abdichtung", "seal"]}},
    }
    for language in ("de", "en")
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # a price for something added or presented after the no
        ("de", "Gern, nur die Abdichtung. Eine Schicht Wachs machen wir dann gleich mit, kostet nur 90 Euro.", True),
        ("de", "Die Abdichtung machen wir. Ein Schutzgitter setze ich Ihnen für 150 Euro gleich mit ins Angebot.",
         True),
        ("en", "Just the seal, of course. I could add a new tiller for £40 while we're at it.", True),
        ("en", "We'll do the seal. Until then, there's a loan boat we can put in for you for £20 a day.", True),
        # the refused free thing in two words, with a gift phrase
        ("de", "Die Abdichtung machen wir. Für Ihre Tochter lege ich zwei Karten zurück, ganz ohne Kosten.", True),
        ("en", "We'll do the seal, and I'll book your son a lesson at no cost.", True),
        # ... a price of what they asked for, or of the past, sells nothing
        ("de", "Natürlich, nur die Abdichtung, für 120 Euro wie besprochen.", False),
        ("en", "Just the seal, of course, and the £60 for it we'll cover ourselves.", False),
        ("en", "Just the seal. We're at the yard on Monday, and it was £60 last time.", False),
    ],
)  # fmt: skip
def test_priced_and_free_pitches_after_a_no(language: str, reply: str, pushed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="calm", **PAINT[language])
    assert has(found, "pushed_after_no") is pushed, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # a why-question after "but" that blames them for not acting
        ("de", "Das tut mir leid, das war unser Fehler. Aber warum haben Sie nicht bei uns angerufen?", True),
        ("en", "Sorry, that's on us. But why didn't you ring the office?", True),
        ("de", "Das tut mir leid. Aber warum ist das passiert? Ich schaue sofort nach.", False),
        # a next-time obligation on one of theirs, named
        ("de", "Wir zahlen die Rechnung. Paul sollte beim nächsten Mal aber besser aufpassen.", True),
        ("en", "We'll pay the bill. Next time, Paul should hold on tighter.", True),
        ("de", "Wir zahlen die Rechnung. Ich sollte beim nächsten Mal früher anrufen.", False),
    ],
)  # fmt: skip
def test_blame_of_v38(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="angry",
                      say={"de": "Mein Sohn Paul ist gestürzt, und Sie sagen, er sei selbst schuld!",
                           "en": "My son Paul fell, and you say it was his own fault!"}[language],
                      expect={"key_points": {"pay": ["zahlen", "pay"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("reply", "said"),
    [
        # a phrase to avoid said frankly, in German order
        ("Zusagen kann ich Ihnen das ehrlich gesagt nicht, Holz ist eben ein Naturstoff.", True),
        ("Zusagen kann ich Ihnen das nicht.", True),
        ("Das kann ich Ihnen ehrlich gesagt fest zusagen.", False),
    ],
)
def test_an_avoid_phrase_said_frankly(reply: str, said: bool, resources: Any) -> None:
    step = {
        "say": "Woher weiß ich, dass das neue Brett nicht wieder reißt?",
        "expect": {"avoid": ["kann ich nicht zusagen"], "key_points": {"check": ["prüfen"]}},
    }
    found = penalised("de", reply, resources, mood="sceptical", **step)
    assert has(found, "avoid_phrase") is said, found
