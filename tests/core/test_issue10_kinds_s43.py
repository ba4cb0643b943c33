"""Issue 10, kinds found in the errors of the set v52 (sealed through the forty-second session,
opened at the start of the forty-third and fitted).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, has, penalised
from voicecoach.core.analyzers import time_fit
from voicecoach.core.text import words_of_text


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # a window closing at a clock time with a fraction: "half eleven" is 11:30 in English,
        # "halb zwölf" 11:30 in German; starting as it closes is outside it
        ("It's Monday. Thursday, please, and only between nine and half eleven.",
         "Thursday at quarter past ten suits us.", False),
        ("It's Monday. Thursday, please, and only between nine and half eleven.",
         "We'll be there Thursday at half eleven.", True),
        # ... the clock time after a comma, its fraction first (heard so in the TUI)
        ("It's Monday. Thursday, please, and only between nine and half eleven.", "Thursday, half eleven.", True),
        ("It's Monday. Thursday, please, and only between nine and half eleven.", "Thursday, quarter past ten.",
         False),
        ("Heute ist Montag. Am Donnerstag bitte nur zwischen neun und halb zwölf.",
         "Am Donnerstag um elf Uhr sind wir bei Ihnen.", False),
        ("Heute ist Montag. Am Donnerstag bitte nur zwischen neun und halb zwölf.",
         "Am Donnerstag um zwölf Uhr sind wir bei Ihnen.", True),
        # ... but an end said after a start inside it is where our time ends
        ("Heute ist Montag. Am Samstag die Musik bitte nur zwischen 15 und 16 Uhr.",
         "Am Samstag spielen wir von 15 Uhr an, bis um vier der Kuchen kommt.", False),
        # a bare hour against "only after six": the evening's hour when it falls near the start
        ("It's Monday. The party is Friday evening, so only after six, we're out before that.",
         "Friday, eight o'clock, two of our staff.", False),
        ("It's Monday. The party is Friday evening, so only after six, we're out before that.",
         "Friday at 9 am, two of our staff.", True),
        # a reason after the time ("wenn es dunkel ist") is no condition on it
        ("Heute ist Dienstag. Am Samstag die Lichtshow nur nach 21 Uhr, wenn es dunkel ist, und vor 23 Uhr.",
         "Unsere Künstler kommen am Samstag um 20:30 Uhr.", True),
        ("It's Tuesday. On Saturday the light show only after nine pm, when it's dark.",
         "Our crew will be with you on Saturday at 8.30 pm.", True),
        # what the window is for: the show inside it, a rehearsal before it is held to nothing
        ("Heute ist Dienstag. Am Samstag die Lichtshow nur nach 21 Uhr, wenn es dunkel ist.",
         "Am Samstag kommen wir um acht zum Aufbau, und um 21:30 Uhr beginnt die Lichtshow.", False),
        # today's weekday named by name is next week's; said with "heute" it is today
        ("Heute ist Montag. Die Tische müssen bis Freitag da sein.", "Montag um 17 Uhr bringen wir die Tische.",
         True),
        ("Heute ist Montag. Die Tische müssen bis Freitag da sein.", "Heute, Montag, um 17 Uhr bringen wir sie.",
         False),
        ("It's Monday today. The tables have to be here by Friday.", "So Monday at five is our first slot.", True),
        # "the Saturday after" a Saturday named is a week later
        ("It's Thursday today. The dinner is on Saturday week, so the band has to be there by then.",
         "We have a wedding that Saturday, so the Saturday after is the earliest.", True),
        # a deadline hour held to the minute, with no need said; an hour of no day is that day's
        ("It's Friday today. The quiz is on Saturday week, doors at eight, so the host in by seven and not a "
         "minute later.", "She'll be at the hall at quarter past seven.", True),
        ("It's Friday today. The quiz is on Saturday week, doors at eight, so the host in by seven and not a "
         "minute later.", "She'll be at the hall at half six.", False),
        # ... but an hour in digits with no day is today's, not the deadline's day
        ("Heute ist Montag. Am Freitag ist das Fest, die Bühne muss bis 13 Uhr aufgebaut sein.",
         "Um 15 Uhr schaue ich mir die Pläne an.", False),
        # "first thing" is no hour
        ("It's Tuesday. Get us into the hut by ten tomorrow.", "The hut's yours from first thing tomorrow.", False),
        # a weekday window holds on that weekday next week too
        ("Heute ist Freitag. Es muss ein Freitagnachmittag sein, ab 14 Uhr.",
         "Ich hätte am Freitag in einer Woche um 10 Uhr einen Platz.", True),
    ],
)  # fmt: skip
def test_times_of_v52(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


_BY_FRIDAY = {
    "de": "Heute ist Montag. Das Turnier ist am Samstag, die Tische müssen bis Freitag da sein.",
    "en": "It's Monday today. The tournament is on Saturday, so the tables have to be here by Friday.",
}


@pytest.mark.parametrize(
    ("language", "reply", "refused"),
    [
        # the first time we have, after their deadline: their time turned down in so many words
        ("en", "Our lorry doesn't come your way till Monday, so Monday at five is the first slot.", True),
        ("en", "The earliest we can bring them is next Tuesday.", True),
        ("de", "Vor Montag wird das nichts, dann am Dienstag.", True),
        ("de", "So schnell geht das nicht, voraussichtlich in zwei Wochen.", True),
        ("en", "Friday clashes with a fair, so we can do the Monday after.", True),
        # ... not a hedge, nor a first time before their deadline
        ("en", "I can't promise anything before Thursday.", False),
        ("de", "Versprechen kann ich vor Donnerstag nichts.", False),
        ("en", "The earliest we can bring them is Wednesday afternoon.", False),
        # a weekday as a habit ("Freitags") is no day of next week
        ("de", "Freitags sind wir leider voll, am Samstag früh ginge es.", True),
    ],
)  # fmt: skip
def test_their_time_turned_down_v52(language: str, reply: str, refused: bool) -> None:
    found = time_fit.refused_time(words_of_text(reply), words_of_text(_BY_FRIDAY[language]))
    assert (found is not None) is refused, found


def test_the_coming_weekday_is_their_next_one() -> None:
    # "Tuesday" said on a Wednesday is their "next Tuesday": full that morning, the afternoon named
    customer = "It's Wednesday today. Next Tuesday, please, and only between ten and half eleven."
    found = time_fit.refused_time(
        words_of_text("Tuesday morning is full, so it would have to be the afternoon."), words_of_text(customer)
    )
    assert found is not None and found.said() == "Tuesday morning is full"


_FIRE = {
    "de": "Ihr Künstler hat mir einen Schirm angezündet. Herr Lorenz sagt, ich hätte die Schirme wegräumen müssen.",
    "en": "Your juggler set fire to a parasol. Kim says we should have cleared the parasols away.",
}
_FIX = {
    "de": {"key_points": {"remedy": ["ersetzen", "neuen Schirm", "erstatten"]}},
    "en": {"key_points": {"remedy": ["replace", "new parasol", "refund"]}},
}


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # a check made first, after their account was doubted, is no remedy
        ("de", "Das tut mir leid, aber laut Herrn Lorenz standen die Schirme zu nah, das müssen wir erst klären.",
         True),
        ("en", "I'm sorry, but Kim says they were too close, we'll have to check that first.", True),
        # taking it on board promises nothing
        ("de", "Das verstehe ich, das nehme ich so mit.", True),
        ("de", "Das verstehe ich, den Schirm ersetzen wir Ihnen.", False),
        # their worry or doubt taken up, then only passed on
        ("en", "I can see why you'd worry. I'll pass that on to the manager.", True),
        ("en", "I understand the doubt. I'll ask Kim's team to get back to you.", True),
    ],
)  # fmt: skip
def test_nothing_done_about_it(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed", emotion="annoyed", say=_FIRE[language],
                      expect=_FIX[language])  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


def test_the_file_as_the_trainer_told_it(resources: Any) -> None:
    # the words of the brief's account read back as a note: the file, no remedy in other words
    say = "Booking LT 4 20. Your magician cancelled an hour before the party. Ben says we booked Sunday."
    situation = "Ms Okoro booked a magic show for a birthday party of 20 children (booking LT 4 20, £150)."
    expect = {"key_points": {"remedy": ["refund", "new show", "free of charge"]}}
    note = "Booking LT 4 20, magic show for 20 children, £150."
    found = penalised("en", note, resources, say=say, situation=situation, expect=expect)
    assert has(found, "not_listening/missed_point"), found
    # (without the account, "show" is the point's own word, and the miss only a doubt)
    assert not has(penalised("en", note, resources, say=say, expect=expect), "not_listening/missed_point")
    # ... while a step in it still counts
    found = penalised("en", "Booking LT 4 20: we'll put on a new show for free.", resources, say=say,
                      situation=situation, expect=expect)  # fmt: skip
    assert not has(found, "not_listening/missed_point"), found


_NO_EXTRA = {
    "de": ("Nein, eine Laterne will ich nicht. Wie stellen Sie sicher, dass diesmal alles klappt?",
           {"accept_no": True, "offer_words": ["Laterne"], "key_points": {"assurance": ["persönlich", "selbst"]}}),
    "en": ("No, I don't want the CD. How can I be sure it all works this time?",
           {"accept_no": True, "offer_words": ["CD"], "key_points": {"assurance": ["myself", "personally"]}}),
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # another extra after the no, priced or given along
        ("de", "Dann lege ich Ihnen doch eine kleine Überraschung dazu, für nur 12 Euro mehr.", True),
        ("de", "Ich packe Ihnen eine Laternenkette gratis dazu.", True),
        ("en", "How about a framed photo of the day instead, for £30?", True),
        ("en", "We could add a few gift bags at cost, so it feels complete?", True),
        # ... not the no taken, nor what they asked for priced
        ("de", "Verstanden, keine Laterne. Ich bin selbst dabei.", False),
        ("en", "Understood, no CD. I'll be there myself.", False),
    ],
)  # fmt: skip
def test_pushes_of_v52(language: str, reply: str, pushed: bool, resources: Any) -> None:
    say, expect = _NO_EXTRA[language]
    found = penalised(language, reply, resources, mood="calm", emotion="calm", say=say, expect=expect)
    assert has(found, "pushed_after_no") is pushed, found


_CAKE = {
    "de": "Bestellung TK 3 10. Die Torte kam zerdrückt an, 90 Euro hat sie gekostet.",
    "en": "Order TK 3 10. The cake came squashed, and it cost £90.",
}


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # an amount given for what they did get: the part delivered held against the claim
        ("en", "Sorry about that. The cake did arrive, so we'll refund £20.", True),
        ("en", "Apologies. We'll refund £20, since the cake itself did arrive.", True),
        ("de", "Das tut mir leid. Wir erstatten Ihnen 20 Euro, gegessen haben Sie die Torte ja.", True),
        # ... not our own fault owned, nor the whole refunded
        ("en", "Sorry, we did let you down, so we'll refund the £90 in full.", False),
        ("de", "Das tut mir leid, wir erstatten Ihnen die 90 Euro.", False),
    ],
)  # fmt: skip
def test_a_part_given_for_what_they_had(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, say=_CAKE[language])
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # a risk named as the reason for a hedge is the hedge
        ("de", "Garantieren kann ich das nicht, ein Restrisiko bleibt bei Feuer immer.", False),
        ("en", "I can't promise it won't happen again, these things happen with fire.", False),
        ("de", "Ein Restrisiko bleibt bei Feuer immer.", True),
        # ... the thing's nature held against them is no hedge
        ("de", "Garantieren kann ich das nicht, Zinn ist eben ein weiches Metall.", True),
        ("de", "Garantieren kann ich das nicht, das ist bei Feuershows ganz normal.", True),
    ],
)  # fmt: skip
def test_a_risk_named_with_a_hedge(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, say=_FIRE[language], emotion="angry")
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "phrase", "reply"),
    [
        # "mal" is "einmal"; a modal particle for another; "it's" with its subject named
        ("de", "kann schon mal passieren", "So etwas kann schon einmal passieren."),
        ("de", "ist doch auch schön", "Ein Bär ist ja auch schön."),
        ("en", "it's harmless", "The paste is harmless, honestly."),
    ],
)
def test_avoid_phrases_in_another_form(language: str, phrase: str, reply: str, resources: Any) -> None:
    found = penalised(language, reply, resources, say=_FIRE[language], expect={"avoid": [phrase]})
    assert has(found, "avoid_phrase"), found


_TOLD = {
    "de": "Buchung NW 2 10. Wir standen pünktlich am Rathaus. Und Herr Kuhn erzählt mir jetzt, wir hätten am "
    "falschen Eingang gewartet!",
    "en": "Order PN 2 10. The cake came squashed. Bethany tells me I ordered the small box, but my email says large.",
}


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # told what to do next time, over what one of ours blamed them for ("erzählt" reports it)
        ("de", "Gern. Und Sie warten diesmal bitte direkt vor der Tür, nicht am anderen Eingang.", True),
        ("de", "Gern, ich hole Sie diesmal persönlich am Rathaus ab.", False),
        # the fault pushed away after they quoted our excuse
        ("en", "That's a shame. It'll be the courier who squashed it, it's not really our fault.", True),
        ("en", "That's a shame, and it's our fault: we'll send a new cake today.", False),
    ],
)  # fmt: skip
def test_the_excuse_they_quoted(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, say=_TOLD[language])
    assert contradicts(found) is contradiction, found


def test_a_guessed_cause_is_no_step(resources: Any) -> None:
    # "It'll be the courier who ..." guesses, it does nothing: the remedy surely missed
    expect = {"key_points": {"remedy": ["new cake", "replacement", "refund"]}}
    found = penalised("en", "It'll be the courier who squashed it, it's not really our fault.", resources,
                      say=_TOLD["en"], expect=expect)  # fmt: skip
    assert has(found, "not_listening/missed_point"), found


@pytest.mark.parametrize(
    ("language", "reply", "taken_up"),
    [
        # their doubt named in a clause that takes it up
        ("en", "I understand the doubt, and I'll bring the new cake myself tomorrow at ten.", True),
        # ... not the verb ("I doubt", "Sie müssen bedenken")
        ("en", "Well, I doubt it was squashed on our side. Refunds take five days.", False),
        ("de", "Ja, aber Sie müssen bedenken, dass Torten empfindlich sind.", False),
    ],
)  # fmt: skip
def test_a_doubt_taken_up(language: str, reply: str, taken_up: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, say=_TOLD[language], emotion="annoyed", mood="annoyed")
    assert (not has(found, "not_listening/ignored_emotion")) is taken_up, found


def test_it_is_only_says_nothing_of_its_own(resources: Any) -> None:
    # "it's only" is no phrase to find as "the fare is only £12 more"
    found = penalised("en", "Understood. The upgrade is only £12 more, if you change your mind.", resources,
                      say=_TOLD["en"], expect={"avoid": ["it's only"]})  # fmt: skip
    assert not has(found, "avoid_phrase"), found
