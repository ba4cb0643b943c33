"""Issue 10, kinds found in the errors of the set v53 (sealed through the forty-third session,
opened at the start of the forty-fourth and fitted).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, has, penalised
from tests.helpers.timelines import heard_turn, scenario
from voicecoach.core.judge import judge
from voicecoach.core.scenario import Scenario
from voicecoach.core.typed import judge_text

_LATE_CAKE = {
    "de": "Bestellung TK 3 10. Die Hochzeitstorte für 120 Gäste kam zwei Stunden zu spät, 420 Euro hat sie gekostet.",
    "en": "Order TK 3 10. The wedding cake for 120 guests came two hours late, and it cost £420.",
}
_REMEDY = {
    "de": {"key_points": {"remedy": ["erstatte", "Geld zurück", "Gutschrift"]}},
    "en": {"key_points": {"remedy": ["refund", "money back", "credit"]}},
}
_FILE = {
    "de": "Frau Adler hat die Hochzeitstorte TK 3 10 für 120 Gäste bestellt, 420 Euro, Lieferung um 14 Uhr.",
    "en": "Ms Adler ordered the wedding cake TK 3 10 for 120 guests, £420, delivery at two.",
}


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # the file read on after its label's colon, with a label or a deed of its own: still the file
        ("de", "Bestellung TK 3 10: Hochzeitstorte, 420 Euro, Anlieferung 14 Uhr.", True),
        ("de", "Bestellung TK 3 10: eine Hochzeitstorte, 420 Euro, ausgeliefert letzte Woche.", True),
        ("en", "Order TK 3 10: 120 guests, dispatched at two, £420.", True),
        ("en", "Order TK 3 10: three-tier cake, 120 guests, delivered last week.", True),
        # ... but a change asked for after the colon is no file, and a step still counts
        ("de", "Bestellung TK 3 10: Torte plus zwei Etagen.", False),
        ("en", "Order TK 3 10: we'll refund the £420 today.", False),
    ],
)  # fmt: skip
def test_the_file_read_on_after_its_label(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed", emotion="annoyed", say=_LATE_CAKE[language],
                      situation=_FILE[language], expect=_REMEDY[language])  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


_NO_EXTRA = {
    "de": ("Nein, eine Gratis-Fotobox will ich nicht. Nur die Band, sonst nichts.",
           {"accept_no": True, "offer_words": ["Fotobox", "gratis"], "key_points": {"only": ["nur die Band"]}}),
    "en": ("No, I don't want a free photo booth. Just the band, nothing else.",
           {"accept_no": True, "offer_words": ["photo booth", "free"], "key_points": {"only": ["just the band"]}}),
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # "are you sure" that doubts a fact is no push of the offer
        ("de", "Sind Sie sicher, dass die Band zu spät kam?", False),
        ("de", "Sind Sie sicher, es lag nicht doch an der Technik?", False),
        ("en", "Are you sure the hall was booked for eight?", False),
        ("en", "Are you sure you told us the right date?", False),
        # ... but about their no it presses
        ("de", "Sind Sie sicher? Die Fotobox kommt bei Gästen gut an.", True),
        ("en", "Are you sure you don't want it? Guests love it.", True),
        ("en", "I can leave it out. Are you sure, though? It's free.", True),
        # something extra added in, unasked
        ("de", "Nur die Band, und ich packe Ihnen noch ein paar Leuchtstäbe mit ein.", True),
        ("de", "Die Band spielt um acht und bringt als kleines Extra noch eine Nebelmaschine mit.", True),
        ("en", "Just the band, and I'll tuck in a little something for the guests.", True),
        ("en", "The band plays at eight, and we'll throw in some glow sticks.", True),
        # ... a gift hung on their liking, a few words on
        ("de", "Und wenn Sie nach der Feier noch Lust auf Fotos haben, mache ich Ihnen die gern kostenlos.", True),
        # the refused thing left with them is given, not dropped
        ("en", "We'll leave a photo booth for the guests by the bar.", True),
        ("en", "We'll leave the photo booth out, just the band.", False),
        ("de", "Verstanden, nur die Band, sonst nichts.", False),
        # a gift asked as a gesture
        ("de", "Vielleicht darf unser DJ später noch ein Lied für Ihre Eltern spielen, als Geste?", True),
        ("en", "Maybe our DJ plays a song for your parents, as a goodwill gesture?", True),
        ("de", "Als Geste erstatte ich Ihnen die 50 Euro zurück.", False),
        # a price pitched as small sells the extra (a push, no charge insisted on)
        ("de", "Dann spielt die Band noch eine Zugabe, das kostet nur 15 Euro extra.", True),
        # ... a sum offered as a gesture is money for the matter, no extra
        ("en", "I could offer £50 as a goodwill gesture.", False),
    ],
)  # fmt: skip
def test_pushes_of_v53(language: str, reply: str, pushed: bool, resources: Any) -> None:
    say, expect = _NO_EXTRA[language]
    found = penalised(language, reply, resources, mood="calm", emotion="calm", say=say, expect=expect)
    assert has(found, "pushed_after_no") is pushed, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # a span ending at a clock time with minutes ends there, not an hour after it
        ("Heute ist Freitag. Es geht nur am Dienstag zwischen 8 und 11:30 Uhr.", "Am Dienstag um 9 Uhr.", False),
        ("Heute ist Freitag. Es geht nur am Dienstag zwischen 8 und 11:30 Uhr.", "Am Dienstag um 12 Uhr.", True),
        # the days and the window said after a comma narrow the "only" before them
        ("Heute ist Freitag. Es geht nur in der Ferienzeit, am Dienstag oder Donnerstag nächste Woche, zwischen 8 "
         "und 11:30 Uhr.", "Wir kommen am Mittwoch um 9 Uhr.", True),
        ("Heute ist Freitag. Es geht nur in der Ferienzeit, am Dienstag oder Donnerstag nächste Woche, zwischen 8 "
         "und 11:30 Uhr.", "Wir kommen am Dienstag um 9 Uhr.", False),
        ("Heute ist Freitag. Es geht nur in der Ferienzeit, am Dienstag oder Donnerstag nächste Woche, zwischen 8 "
         "und 11:30 Uhr.", "Donnerstag um 10 Uhr, ich bringe alles selbst.", False),
        ("It's Tuesday today. Thursday next week, and only in the lunch hour, between twelve and one.",
         "Next Thursday from half twelve to half one, and she'll be early.", True),
        ("It's Tuesday today. Thursday next week, and only in the lunch hour, between twelve and one.",
         "Next Thursday from twelve to one, and she'll be early.", False),
        # ... but not by a clause with a verb of its own after the comma ("am Montag ist wieder Schule")
        ("Heute ist Mittwoch. Ben hat nur noch diese Woche frei, am Montag ist wieder Schule. Bringen Sie das "
         "Zelt bis Freitag, aber nur nachmittags.", "Donnerstag um 16 Uhr bringe ich das Zelt.", False),
        # a state wanted by an hour, said before it: a deadline
        ("Heute ist Montag. Am Samstag ist unser Fest, da will ich die Bühne, aufgebaut bis 10 Uhr, vor dem Einlass.",
         "Wir bauen am Samstag um 10:30 Uhr auf.", True),
        ("Heute ist Montag. Am Samstag ist unser Fest, da will ich die Bühne, aufgebaut bis 10 Uhr, vor dem Einlass.",
         "Wir bauen am Samstag um 8 Uhr auf.", False),
        # ours, at their family's: no plan of theirs said back
        ("Heute ist Donnerstag. Der Fotograf soll am Sonntag bei meinen Eltern sein, aber nur zwischen 15 und 17 Uhr.",
         "Der Fotograf kann am Sonntag um 14 Uhr bei Ihren Eltern sein.", True),
        # what they want of us on a day is no plan of theirs either
        ("It's Thursday. I want the manager to ring my son Leo tomorrow, only after six, he's at school until then.",
         "The manager can phone Leo tomorrow at five.", True),
        ("It's Thursday. I want the manager to ring my son Leo tomorrow, only after six, he's at school until then.",
         "The manager can phone Leo tomorrow at seven.", False),
    ],
)  # fmt: skip
def test_times_of_v53(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


_LOST = {
    "de": ("Bestellung UH 2 40. Die Uhr kam ohne Zeiger zurück. Herr Kern sagt, der Zeiger habe schon gefehlt, als ich "
           "sie gebracht habe. Ich habe Ihnen Fotos geschickt.",
           {"key_points": {"remedy": ["erstatte", "Geld zurück", "neuer Zeiger"]}, "avoid": ["schon gefehlt"]}),
    "en": ("Order UH 2 40. The clock came back without its hand. Mr Kern says the hand was missing when I brought it "
           "in. I sent you photos.",
           {"key_points": {"remedy": ["refund", "money back", "new hand"]}, "avoid": ["was missing when"]}),
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # the excuse's word as the attribute of the thing: the thing named, nothing claimed of it
        ("en", "I'm sorry, that's on us. I'm searching the workshop for the missing hand now, and you'll get a "
         "refund either way.", False),
        # the loss placed with us
        ("en", "My apologies. Your photos show it, so the hand went missing with us, and we'll refund you.", False),
        ("de", "Entschuldigung. Ihre Fotos zeigen es, der Zeiger ist bei uns verloren gegangen, Sie bekommen Ihr "
         "Geld zurück.", False),
        # ... but the excuse said as ours is one
        ("en", "Sorry, but the hand was already missing when you brought it in.", True),
        # a colleague of ours who should have done it owns the fault ("hätte", not the customer's "hätten")
        ("de", "Das tut mir leid. Wir hatten Ihre Fotos, der Uhrmacher hätte sie prüfen müssen. Ihr Geld "
         "bekommen Sie zurück.", False),
        ("de", "Das tut mir leid, aber Sie hätten die Uhr vorher prüfen müssen.", True),
        # ... and one of theirs who should have called us is blamed ("sie" beside "hätte")
        ("de", "Das tut mir leid. Eigentlich hätte sie aber auch bei uns anrufen können.", True),
        # what follows a colon says a thing of its own: the watchmaker signs, not the customer
        ("de", "Verstehe. Damit Sie sich darauf verlassen können: Der Uhrmacher unterschreibt mir den Auftrag, und "
         "das Geld erstatte ich.", False),
    ],
)  # fmt: skip
def test_owning_the_loss_v53(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    say, expect = _LOST[language]
    found = penalised(language, reply, resources, mood="annoyed", emotion="annoyed", say=say, expect=expect)
    assert contradicts(found) is contradiction, found


def _two_turns(language: str, first: str, first_avoid: list[str], second: str, avoid: list[str]) -> Scenario:
    return Scenario.model_validate(
        {
            "id": f"test-{language}", "title": "Test", "language": language, "theme": "service",
            "brief": {"situation": "A test.", "goal": "Pass."},
            "persona": {"name": "Frau Keller" if language == "de" else "Mrs Keller", "mood": "annoyed"},
            "turns": [
                {"id": "t1", "say": first, "emotion": "annoyed", "expect": {"avoid": first_avoid}},
                {"id": "t2", "say": second, "expect": {"key_points": {"when": ["Sonntag", "Sunday"]},
                                                      "avoid": avoid}},
            ],
        }
    )  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # this turn's listed hedge around an earlier turn's listed excuse word: the hedge, no excuse
        ("en", "I can't promise, traffic permitting they'll be there by two.", False),
        ("de", "Versprechen kann ich nichts, je nach Verkehr sind sie um zwei da.", False),
        # ... the excuse itself said again still is one
        ("en", "Sunday at two. It was the traffic that day, I'm afraid.", True),
    ],
)  # fmt: skip
def test_a_hedge_around_an_earlier_excuse(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    if language == "en":
        sc = _two_turns("en", "The crew came an hour late. Marcus says it was the traffic.", ["traffic"],
                        "It's Friday. The rematch is on Sunday, from two.", ["traffic permitting", "can't promise"])  # fmt: skip
    else:
        sc = _two_turns("de", "Die Truppe kam eine Stunde zu spät. Herr Marx sagt, es lag am Verkehr.", ["Verkehr"],
                        "Heute ist Freitag. Das Spiel ist am Sonntag ab zwei.", ["je nach Verkehr", "versprechen"])  # fmt: skip
    result = judge_text(sc, "t2", reply, resources=resources)
    said = [f.kind for f in result.findings if f.kind == "contradiction" and f.penalty > 0]
    assert bool(said) is contradiction, result.findings


_MISSED_SHOW = {
    "de": ("Buchung ZB 4 12. Der Zauberer kam nicht, zwanzig Kinder haben umsonst gewartet. Die Feier ist am Sonntag, "
           "nur zwischen 15 und 17 Uhr. Heute ist Donnerstag.",
           {"key_points": {"remedy": ["erstatte", "Geld zurück", "neuer Termin"]}}),
    "en": ("Booking ZB 4 12. The magician never came, twenty children waited for nothing. It has to be before "
           "Christmas, a weekday afternoon. It's Monday today.",
           {"key_points": {"remedy": ["refund", "money back", "new date"]}}),
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # their day called hard, and a later time given instead: their time turned down
        ("de", "Sonntag ist schwierig, da arbeiten unsere Künstler ungern. Frühestens nächste Woche am Mittwoch.",
         True),
        # ... said hard and given after all, it is kept
        ("de", "Sonntag ist knapp, aber wir schaffen es: Sonntag um 15 Uhr.", False),
        # their time in their own words, full, and a later one instead
        ("en", "Before Christmas is fully booked, I'm afraid; the first free afternoon is the 7th of January.", True),
        # a sum on top charged for the remedy, or the remedy only against a bill
        ("de", "Für Sonntag berechnen wir einen Aufpreis von 40 Euro, dann wäre 15 Uhr möglich.", True),
        ("de", "Den Zauberer kann ich Ihnen aber nur gegen Rechnung schicken.", True),
        ("de", "Am Sonntag um 15 Uhr kommt der Zauberer, das kostet Sie nichts.", False),
        # part of what is owed, given in a separable verb or off their bill
        ("de", "Die Fahrt können wir leider nicht übernehmen, aber die Hälfte schreibe ich Ihnen gut.", True),
        ("en", "We can take a third off the invoice, as he did send a card.", True),
        ("en", "We'll refund the £180 in full today.", False),
    ],
)  # fmt: skip
def test_what_is_owed_turned_down_v53(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    say, expect = _MISSED_SHOW[language]
    example = ("Das tut mir leid. Ich erstatte Ihnen die 180 Euro." if language == "de"
               else "I'm so sorry. We'll refund the £180.")  # fmt: skip
    found = penalised(language, reply, resources, mood="annoyed", emotion="annoyed", say=say, expect=expect,
                      example=example)  # fmt: skip
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "phrase", "reply", "said"),
    [
        # a German verb bracket: the middle field between the verb and its particle
        ("de", "kommt schon mal vor", "So etwas kommt bei Hochzeiten im Sommer aber schon mal vor.", True),
        ("de", "kommt schon mal vor", "So etwas kommt bei uns nicht vor.", False),
        # "ebenfalls" for "auch"
        ("de", "auch schön", "Der Walzer ist aber ebenfalls schön.", True),
        # "be" in another tense
        ("en", "are you sure", "Were you sure it was the right hall?", True),
        ("en", "are you sure", "You are sure to like the hall.", False),
    ],
)  # fmt: skip
def test_avoid_phrases_of_v53(language: str, phrase: str, reply: str, said: bool, resources: Any) -> None:
    say = ("Der Walzer war falsch, und die Band kam zu spät." if language == "de"
           else "The band played the wrong waltz and came late.")  # fmt: skip
    found = penalised(language, reply, resources, mood="annoyed", emotion="annoyed", say=say,
                      expect={"avoid": [phrase]})  # fmt: skip
    assert has(found, "avoid_phrase") is said, found


def test_an_earlier_excuse_in_this_turns_own_phrase(resources: Any) -> None:
    # this turn's phrase that says the earlier excuse again (no condition in it) is still the excuse
    sc = _two_turns("de", "Die Pumpe brummt jede Nacht. Herr Kühn sagt, das ist normal.", ["ist normal"],
                    "Den Wartungsvertrag will ich nicht.", ["ist trotzdem normal"])  # fmt: skip
    reply = "Natürlich. Wir stellen den Nachtmodus ein, aber ein leises Brummen ist trotzdem normal."
    result = judge_text(sc, "t2", reply, resources=resources)
    assert any(f.kind == "contradiction" and f.penalty > 0 for f in result.findings), result.findings


_SCHOOL_DAYS = {
    "de": "Heute ist Freitag. Es geht nur am Dienstag oder Donnerstag nächste Woche, zwischen 8 und 11:30 Uhr.",
    "en": "It's Friday today. Only in term time, on Tuesday or Thursday next week, between eight and half eleven.",
}


@pytest.mark.parametrize(
    ("language", "reply", "unsure", "penalised"),
    [
        # a day outside theirs breaks it at any hour: an unsure hour does not waive it (found in the TUI)
        ("de", "Wir kommen am Mittwoch um 9 Uhr.", {"9"}, True),
        ("en", "We'll come on Wednesday at nine.", {"nine."}, True),
        # ... an unsure day does
        ("de", "Wir kommen am Mittwoch um 9 Uhr.", {"Mittwoch"}, False),
        # ... and where the hour decides, an unsure hour still does
        ("en", "We'll come on Tuesday at noon.", {"noon."}, False),
        ("en", "We'll come on Tuesday at noon.", set(), True),
    ],
)  # fmt: skip
def test_an_unsure_hour_of_a_day_outside_theirs(language: str, reply: str, unsure: set[str], penalised: bool) -> None:
    say = _SCHOOL_DAYS[language]
    sc = scenario(language, mood="calm", say=say, emotion="calm", expect={"key_points": {"slot": ["Dienstag"]}})
    timeline = heard_turn(say, reply, unsure)
    found = [
        f for f in judge(timeline, language=language, scenario=sc).findings
        if f.evidence.get("reason") == "time_conflict"
    ]  # fmt: skip
    assert found, "the time breaks their limit"
    assert (found[0].penalty > 0) is penalised, found[0].evidence


def test_calling_it_tight_without_their_day_refuses_nothing(resources: Any) -> None:
    # "so kurz vor der Feier ist es immer knapp" names no day of theirs: a remark, and the day
    # they asked for given after it is no other time instead
    say = "Nein, keinen Kurs im Herbst, wir brauchen das vor der Feier. Klappt es noch diese Woche?"
    reply = "So kurz vor der Feier ist es immer knapp. Donnerstag um 19 Uhr ginge."
    found = penalised("de", reply, resources, mood="calm", emotion="calm", say=say,
                      expect={"key_points": {"slot": ["Donnerstag", "diese Woche"]}})  # fmt: skip
    assert not has(found, "not_listening/time_refused"), found
    assert not contradicts(found), found


def test_a_small_price_pitched_is_no_charge_insisted(resources: Any) -> None:
    say, expect = _NO_EXTRA["de"]
    found = penalised("de", "Dann spielt die Band noch eine Zugabe, das kostet nur 15 Euro extra.", resources,
                      mood="calm", emotion="calm", say=say, expect=expect)  # fmt: skip
    assert not contradicts(found), found


def test_a_tight_month_is_no_day_turned_down(resources: Any) -> None:
    # "a tight month" says what the month is like, it calls no day of theirs hard (hv6-155's kind)
    say = "You charged my card twice this month! Money is tight, and I need it back."
    reply = "That's really frustrating, especially in a tight month. I'll get the payment back on your card today."
    found = penalised("en", reply, resources, mood="annoyed", emotion="annoyed", say=say,
                      expect={"key_points": {"refund": ["back on your card", "refund"]}})  # fmt: skip
    assert not has(found, "not_listening/time_refused"), found
    assert not contradicts(found), found
