"""Issue 10, kinds found in the errors of the set v51 (sealed through the forty-first session,
opened at the start of the forty-second and fitted).

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
        # a time someone else has is no time we come
        ("Heute ist Mittwoch. Bringen Sie die Hüpfburg bis Freitag, aber nur nachmittags ab 14 Uhr.",
         "Am Freitag um 15 Uhr bauen wir auf, dann hat Mila noch das ganze Wochenende.", False),
        ("It's Wednesday. Bring the bouncy castle by Friday, and only after two in the afternoon.",
         "We'll set it up on Friday at three, so the kids still have the whole weekend.", False),
        ("Heute ist Mittwoch. Bringen Sie die Hüpfburg bis Freitag, aber nur nachmittags ab 14 Uhr.",
         "Wir bauen das ganze Wochenende über auf.", True),
        # a bare German "zwei Uhr" is two in the afternoon; "früh um 5 Uhr" still the morning
        ("Heute ist Montag. Am Freitag, aber nur zwischen 14 und 16 Uhr, danach werden die Kinder abgeholt.",
         "Am Freitag fangen zwei Leute um zwei Uhr an.", False),
        ("Heute ist Montag. Am Freitag, aber nur zwischen 14 und 16 Uhr, danach werden die Kinder abgeholt.",
         "Am Freitag sind wir um 3 Uhr da.", False),
        ("Heute ist Montag. Am Freitag, aber nur zwischen 14 und 16 Uhr, danach werden die Kinder abgeholt.",
         "Am Freitag sind wir früh um 5 Uhr da.", True),
        # the day of our note is not the day of what the note says
        ("Heute ist Montag. Wir können nur von Freitag auf Samstag, und ankommen können wir erst ab 17 Uhr.",
         "Dann reservieren wir Freitag auf Samstag. Ich schreibe Ihnen noch heute, dass das Zimmer ab fünf Uhr "
         "nachmittags frei ist.", False),
        # ... while a day said with our own offer still binds its hour
        ("Heute ist Dienstag. Die Bahnen brauchen wir am Freitag, aber nur ab 18 Uhr.",
         "Am Freitag hätten wir die Bahnen um 16 Uhr bereit.", True),
        # they can only arrive from an hour: every day they come
        ("Heute ist Montag. Wir können nur von Freitag auf Samstag, und ankommen können wir erst ab 17 Uhr.",
         "Die Schlüsselübergabe ist am Freitag um 15 Uhr.", True),
        ("Heute ist Montag. Wir können nur von Freitag auf Samstag, und ankommen können wir erst ab 17 Uhr.",
         "Die Schlüsselübergabe ist am Freitag um 18 Uhr.", False),
        # ready by an hour: "muss bis 13 Uhr aufgebaut sein", on the day said before it
        ("Heute ist Donnerstag. Das Fest ist am Samstag. Die Bühne muss bis 13 Uhr aufgebaut sein.",
         "Aufgebaut ist die Bühne am Samstag um halb zwei.", True),
        ("Heute ist Donnerstag. Das Fest ist am Samstag. Die Bühne muss bis 13 Uhr aufgebaut sein.",
         "Aufgebaut ist die Bühne am Samstag um 11 Uhr.", False),
        # ... not where they are till then
        ("Heute ist Donnerstag. Ich muss bis 17 Uhr arbeiten.", "Wir kommen am Freitag um 18 Uhr.", False),
        # "Es muss ein Freitagnachmittag sein": only that part of that day
        ("Heute ist Montag. Es muss ein Freitagnachmittag sein.", "Ich hätte am Freitag um 10 Uhr ein Boot frei.",
         True),
        ("Heute ist Montag. Es muss ein Freitagnachmittag sein.", "Ich hätte am Freitag um 15 Uhr ein Boot frei.",
         False),
    ],
)  # fmt: skip
def test_times_of_v51(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


_WHEN = {
    "de": "Heute ist Dienstag. Wir brauchen das Zelt bis Freitag, nur nachmittags, vormittags ist keiner da.",
    "en": "It's Tuesday. We need the marquee by Friday, afternoons only, nobody's there in the mornings.",
}


@pytest.mark.parametrize(
    ("language", "reply", "refused"),
    [
        # their time said full or impossible, and another one named: a refusal
        ("de", "Freitags sind wir leider voll, am Samstag könnte ich Ihnen das Zelt bringen.", True),
        ("de", "Diese Woche ist leider alles verplant, nächste Woche Dienstag ginge es.", True),
        ("de", "Freitag bekomme ich nicht hin, Montag gegen Mittag ginge.", True),
        ("en", "Friday's fully booked, so the earliest is Monday morning.", True),
        ("en", "We're booked all week, but next Tuesday I could bring it.", True),
        # ... not a booking made for them, nor their day given after all, nor a hedge
        ("en", "I've booked the crew for Friday at two, and they'll ring you before.", False),
        ("de", "Freitag ist eigentlich voll, aber ich habe Sie um 15 Uhr dazwischengeschoben.", False),
        ("en", "I can't promise Friday, but we'll aim for Thursday.", False),
        ("en", "We'll refund the full hire, and the crew comes on Thursday at two.", False),
    ],
)  # fmt: skip
def test_their_time_turned_down(language: str, reply: str, refused: bool) -> None:
    found = time_fit.refused_time(words_of_text(reply), words_of_text(_WHEN[language]))
    assert (found is not None) is refused, found


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("de", "Freitags sind wir leider voll, am Samstag könnte ich Ihnen das Zelt bringen."),
        ("en", "Friday's fully booked, so the earliest is Monday morning."),
    ],
)
def test_a_refused_time_is_one_fault(language: str, reply: str, resources: Any) -> None:
    # the time refused and the flat no are shown both, their points counted once
    found = penalised(language, reply, resources, mood="calm", emotion="calm", say=_WHEN[language])
    assert contradicts(found), found
    assert has(found, "not_listening"), found


_BOAT = {
    "de": "Wir waren zu zwanzig am Steg, und Ihr Steuermann hat gesagt, unter 24 Leuten fahre das Boot nicht. "
    "Im Vertrag steht ab 16 Personen!",
    "en": "Helen Carver here. We waited at the Mill Lane car park and nobody came. Rhys says we were at the wrong "
    "car park, but your own email says Mill Lane.",
}


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # after our regret, the very thing they were refused said as owed to them
        ("de", "Es tut mir leid für Ihre Gruppe, Sie hätten fahren müssen. Wir holen die Fahrt kostenlos nach.",
         False),
        ("de", "Es tut mir leid, aber Sie hätten vorher anrufen müssen.", True),
        # a place named like a person is no colleague said to be right
        ("en", "I apologise, Mrs Carver: Mill Lane was right, and we'll refund you in full.", False),
        ("en", "I'm sorry, but Rhys was right, though.", True),
    ],
)  # fmt: skip
def test_on_their_side_v51(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, emotion="angry", say=_BOAT[language],
                      expect={"key_points": {"sorry": ["tut mir leid", "sorry", "apologise"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


_EXCUSE = {
    "de": "Auftrag SK 4 11. Nach zehn Minuten hatten die Kinder rote Augen. Herr Brandl sagt, die Kinder hätten "
    "sich das selbst in die Augen gerieben.",
    "en": "Booking CP 2 40. We waited at the Mill Lane car park and nobody came. Rhys says we were at the wrong "
    "car park, but your own email says Mill Lane.",
}


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # an order to take care over the very thing one of ours blamed them for
        ("de", "Wir kommen am Samstag mit Datenblatt. Achten Sie nur bitte darauf, dass die Kinder sich nicht die "
               "Augen reiben.", True),
        ("en", "I'll lead it myself; just double-check the car park name on the email before you set off.", True),
        # ... not an order of something else, nor our own step after a comma, nor a look-up
        ("de", "Wir kommen am Samstag mit Datenblatt. Achten Sie bitte darauf, dass jemand am Tor ist.", False),
        ("en", "I'll be at the car park myself from ten, check the group in and walk you down.", False),
        ("en", "I'm so sorry. I'll be at Mill Lane myself on Saturday at ten, and I'll text you when I'm there.",
         False),
    ],
)  # fmt: skip
def test_the_excuse_handed_back_as_their_task(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, emotion="angry", say=_EXCUSE[language],
                      expect={"key_points": {"sorry": ["tut mir leid", "sorry"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # where the rule is written, held against them
        ("de", "Das ist ärgerlich, aber nach 18 Uhr vergeben wir die Plätze nun mal weiter, das steht so in "
               "unseren Bedingungen.", True),
        ("de", "Das tut mir leid. Laut unseren Bedingungen bekommen Sie das Geld zurück, das steht so im Vertrag.",
         False),
        # one of ours said to be right, with what someone else should have done
        ("en", "I understand you're upset, but Rhys is right that the venue should have put up signs.", True),
        ("en", "I understand you're upset. We should have put up signs, and that's on us.", False),
    ],
)  # fmt: skip
def test_rules_and_the_colleague_v51(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, emotion="angry", say=_EXCUSE[language],
                      expect={"key_points": {"sorry": ["tut mir leid", "ärgerlich", "sorry", "upset"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


_SHARES = {
    "de": "Buchung PZ 3 18. Zwei Nächte im Zelt für 160 Euro, und wir durften nicht rein!",
    "en": "Booking PZ 3 18. We paid £300 for five boxes of glasses, and half the glasses that came were cracked!",
}
_OWED = {
    "de": "Das tut mir leid. Die 160 Euro erstatten wir Ihnen komplett.",
    "en": "I'm sorry. We'll refund the £300.",
}


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # a fraction of the fee, a count below theirs, "half" after they told of half
        ("en", "I'm sorry. We'll refund two fifths of the hire, as three boxes were fine.", True),
        ("en", "I'm sorry. Most glasses were used, so we can refund a third of the fee.", True),
        ("en", "I'm sorry. The party did go ahead, so we can refund half.", True),
        ("de", "Das tut mir leid. Eine Nacht erstatten wir Ihnen, die zweite war ja gebucht.", True),
        # ... not the whole, nor their own account said back beside the whole
        ("de", "Das tut mir leid. Beide Nächte erstatten wir Ihnen, die 160 Euro komplett.", False),
        ("en", "I'm so sorry; five boxes, half the glasses cracked, that's our failure, and you'll have the hire "
               "money back this week.", False),
    ],
)  # fmt: skip
def test_shares_of_v51(language: str, reply: str, missed: bool, resources: Any) -> None:
    expect = {"key_points": {"sorry": ["tut mir leid", "sorry"], "remedy": ["erstatten", "zurück", "refund",
                                                                          "money back"]}}  # fmt: skip
    found = penalised(language, reply, resources, mood="angry", say=_SHARES[language], expect=expect,
                      example=_OWED[language])  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


_COUNTED = "Bestellt waren 48 Platten, gekommen sind 42 Platten, und ein Gast ist umgeknickt."


def test_the_difference_of_their_counts_is_the_whole(resources: Any) -> None:
    # six of 48 missing: six refunded is all that is owed
    expect = {"key_points": {"remedy": ["erstatten", "zurück"]}}
    found = penalised("de", "Das tut mir leid, die Miete für sechs Platten erstatten wir.", resources,
                      say=_COUNTED, expect=expect)  # fmt: skip
    assert not has(found, "not_listening/missed_point"), found
    found = penalised("de", "Das tut mir leid, die Miete für vier Platten erstatten wir.", resources,
                      say=_COUNTED, expect=expect)  # fmt: skip
    assert has(found, "not_listening/missed_point"), found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # where we come, then, is our visit ("at the hotel on Saturday at eleven")
        ("It's Thursday. She'd have to draw them at their hotel on Saturday, and only after two.",
         "Our artist can be at the hotel on Saturday at eleven.", True),
        ("It's Thursday. She'd have to draw them at their hotel on Saturday, and only after two.",
         "Our artist can be at the hotel on Saturday at three.", False),
        # "for quarter past seven on Saturday week" against "by seven", both read on the evening
        ("It's Friday. The quiz is on Saturday week, so the host must be there by seven.",
         "The host can get to you for quarter past seven on Saturday week.", True),
        ("It's Friday. The quiz is on Saturday week, so the host must be there by seven.",
         "The host can get to you for quarter to seven on Saturday week.", False),
        # "am" after a German lead is the preposition, no a.m.
        ("Heute ist Montag. Ankommen können wir erst ab 17 Uhr.",
         "Samstag auf Sonntag, ich warte ab halb sechs am Hoftor auf Sie.", False),
    ],
)  # fmt: skip
def test_more_times_of_v51(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # the lesson joined on after our own step
        ("en", "Understood, I'll bring every crate myself, and please do count them yourselves at the gate this time.",
         True),
        ("en", "Understood, I'll bring every crate myself, and please do ring me when they arrive.", False),
    ],
)  # fmt: skip
def test_a_lesson_after_our_step(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, emotion="annoyed", say=_EXCUSE[language])
    assert contradicts(found) is contradiction, found


_WEEKEND = {"key_points": {"slot": ["Saturday", "Sunday", "eleven"]}}


@pytest.mark.parametrize(
    ("reply", "missed"),
    [
        # a vague span with a condition of the weather promises no day
        ("We'll fit you in some time over the weekend, weather permitting.", True),
        ("We'll fit you in on Saturday at eleven.", False),
    ],
)
def test_some_time_promises_nothing(reply: str, missed: bool, resources: Any) -> None:
    found = penalised("en", reply, resources, mood="calm", emotion="calm", expect=_WEEKEND,
                      say="It's Wednesday. It has to be this Saturday or Sunday, not before eleven.")  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


_ORDER = "Bestellung SH 5 40. Gekommen sind 25 Kilo statt 40, und die Hälfte davon Bruch!"
_REMEDY = {"key_points": {"remedy": ["erstatten", "gutschreiben", "zurück"]}}


@pytest.mark.parametrize(
    ("reply", "missed"),
    [
        # a handover with a tag that only affirms ("keine Frage"), the file with its hours, the matter
        # noted in the file: nothing about the remedy
        ("Ihre Reklamation gebe ich an unseren Versandleiter weiter, der meldet sich. Ärgerlich, keine Frage.", True),
        ("Bestellung SH 5 40, Spargel Klasse I, geliefert von 6 bis 7 Uhr.", True),
        ("Bestellung SH 5 40, 40 Kilo Klasse I. Ich nehme den Bruch in die Akte auf.", True),
        ("Bestellung SH 5 40. Den Bruch und die fehlenden 15 Kilo erstatten wir Ihnen.", False),
    ],
)
def test_nothing_about_the_remedy(reply: str, missed: bool, resources: Any) -> None:
    found = penalised("de", reply, resources, mood="annoyed", emotion="annoyed", say=_ORDER, expect=_REMEDY)
    assert has(found, "not_listening/missed_point") is missed, found


_SMS = {
    "de": "Ich habe um 16 Uhr angerufen, und Frau Obermaier hat mir per SMS „kein Problem“ geschrieben. Jetzt "
    "sagt sie, nach 18 Uhr vergeben Sie die Plätze weiter!",
    "en": "I rang at four, and Dawn texted me 'no problem'. Now she says after six the places go to someone else!",
}


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # whether they still hold what they told of, for us to see: a doubt
        ("de", "Das Geld erstatten wir Ihnen. Haben Sie die SMS denn noch, damit ich sie mir ansehen kann?", True),
        ("en", "We'll refund you. Have you still got the text, so I can see it?", True),
        # ... not a question for what we need to act
        ("de", "Das Geld erstatten wir Ihnen. Haben Sie noch eine Kontonummer für die Überweisung?", False),
    ],
)  # fmt: skip
def test_their_proof_asked_v51(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, emotion="angry", say=_SMS[language],
                      expect={"key_points": {"refund": ["erstatten", "refund"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("reply", "contradiction"),
    [
        # the duty put as anyone's, on the thing our colleague blamed them for
        ("Das tut mir leid, die Kanone prüfen wir. Aber die Augen darf man sich halt auch nicht reiben.", True),
        ("Das tut mir leid, die Kanone prüfen wir. Das Reiben in den Augen muss man den Kindern halt verbieten.", True),
        ("Das tut mir leid, die Kanone prüfen wir. Man muss den Kanister eben genau prüfen, das machen wir jetzt.",
         False),
    ],
)  # fmt: skip
def test_a_duty_put_on_anyone(reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised("de", reply, resources, emotion="angry", say=_EXCUSE["de"],
                      expect={"key_points": {"sorry": ["tut mir leid"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # "this Saturday or Sunday" said as what it has to be: next weekend's Saturday is neither
        ("It's Wednesday today. It has to be this Saturday or Sunday, and not before eleven.",
         "Next weekend I could do Saturday at eleven.", True),
        ("It's Wednesday today. It has to be this Saturday or Sunday, and not before eleven.",
         "I could do Saturday at eleven.", False),
        # ... a weekday said as what it must be, with no "nur"
        ("Heute ist Montag. Es muss Freitag sein.", "Ich komme am Donnerstag um 10 Uhr.", True),
        ("Heute ist Montag. Es muss Freitag sein.", "Ich komme am Freitag um 10 Uhr.", False),
    ],
)  # fmt: skip
def test_days_it_has_to_be(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


def test_a_diary_blocked_is_full() -> None:
    # the recogniser's "fully blocked" for "fully booked" says the same
    found = time_fit.refused_time(
        words_of_text("This weekend is fully blocked, I'm afraid, but next weekend I could do Saturday."),
        words_of_text("It's Wednesday today. It has to be this Saturday or Sunday, and not before eleven."),
    )
    assert found is not None and "blocked" in found.said()


def test_a_thing_due_by_a_day_is_no_day_of_the_visit() -> None:
    # "am Freitag muss ein Schriftsatz beim Landgericht sein": the papers' deadline, not "only Friday"
    broken, limits = breaks_a_limit(
        "Heute ist Mittwoch, und am Freitag um 12 Uhr muss ein Schriftsatz beim Landgericht sein.",
        "Der Techniker ist heute um 16 Uhr bei Ihnen.",
    )
    assert not broken, limits


_LEAK = "Auftrag BS 2 73. Seit Sonntag tropft es durch die Decke ins Kinderzimmer!"


@pytest.mark.parametrize(
    ("reply", "missed"),
    [
        # the point's own verb in another form is no word of the file ("behebt" for "beheben")
        ("Ärgerlich, ganz klar. Für BS 2 73 kommt jemand und behebt die Stelle.", False),
        ("Auftrag BS 2 73, Decke im Kinderzimmer, seit Sonntag.", True),
        # ... while a noun of the file sharing the point's stem is still the file ("Behebung")
        ("Auftrag BS 2 73, Behebung beauftragt am Sonntag. Ich leite das an die Werkstatt weiter.", True),
    ],
)
def test_the_point_in_another_form_is_no_record(reply: str, missed: bool, resources: Any) -> None:
    found = penalised("de", reply, resources, mood="annoyed", emotion="annoyed", say=_LEAK,
                      expect={"key_points": {"repair": ["abdichten", "reparieren", "beheben"]}})  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


def test_how_often_is_no_count(resources: Any) -> None:
    # "im Zwei-Wochen-Rhythmus" says how often we come, no share of the six weeks they paid for
    found = penalised(
        "de",
        "Das war unser Versäumnis. Die Pflanzen ersetzen wir vollständig, und wir kommen wieder im "
        "Zwei-Wochen-Rhythmus.",
        resources,
        say="Sechs Wochen hat keiner gegossen, die Pflanzen sind eingegangen, und ich habe für 6 Wochen bezahlt!",
        expect={"key_points": {"replace": ["ersetzen", "neue Pflanzen"]}},
    )
    assert not has(found, "not_listening/missed_point"), found
