"""Issue 10, kinds found in the errors of the set v50 (sealed through the fortieth session, opened
at the start of the forty-first and fitted).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, has, penalised
from tests.helpers.timelines import scenario
from voicecoach.core.typed import judge_text

_SAY = {
    "de": "Buchung KT 4 17. Drei Stunden Kletterhalle für zwölf Kinder, 240 Euro, und die Halle war zu!",
    "en": "Booking KT 4 17. Three hours' climbing wall for twelve kids, £240, and the wall was shut!",
}
_REFUND = {"key_points": {"remedy": ["erstatten", "zurück", "refund", "money back"]}}


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # the file at hand, then a colon and what it holds: all of it the file read back
        ("de", "Ich habe die Buchung KT 4 17 vor mir: drei Stunden Kletterhalle für zwölf Kinder, bezahlt.", True),
        ("en", "I've got booking KT 4 17 here: three hours, twelve kids, paid.", True),
        # ... the record named by its own name before its code
        ("de", "Ich sehe die Kletterkarte KT 4 17 im System, da sind noch drei Stunden offen.", True),
        ("en", "I can see the party pass KT 4 17 on the system, three hours, twelve kids.", True),
        # ... a bare label's colon followed by the customer's own words and the file's state
        ("en", "Booking KT 4 17: climbing wall, twelve kids, three hours, paid in full.", True),
        ("de", "Buchung KT 4 17: Kletterhalle, zwölf Kinder, drei Stunden, bezahlt.", True),
        # ... a label of two words or any number's name before the code
        ("en", "Tracking number KT 4 17, twelve kids, three hours, I can see it on the system.", True),
        ("de", "Buchungsnummer KT 4 17, zwölf Kinder, drei Stunden, ich sehe den Vorgang.", True),
        ("en", "Tracking number KT 4 17. I'm so sorry, we'll refund the £240 today.", False),
        # the file's state is no remedy, whatever the thesaurus relates
        ("de", "Buchung KT 4 17, Kindergeburtstag mit zwölf Kindern, bezahlt sind 240 Euro.", True),
        # ... while a change noted after the label, or the remedy after the file, answers
        ("de", "Buchung KT 4 17: Erstattung der 240 Euro ist veranlasst.", False),
        ("en", "I've got booking KT 4 17 here: we'll refund the £240 today.", False),
        ("de", "Ich habe die Buchung KT 4 17 vor mir. Sie bekommen die 240 Euro zurück.", False),
    ],
)  # fmt: skip
def test_the_file_read_back_v50(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="angry", say=_SAY[language], expect=_REFUND)
    assert has(found, "not_listening/missed_point") is missed, found


_PAID = {
    "de": "Buchung KT 4 17, 240 Euro. Die Kletterhalle war zu, und die Kinder standen zwei Stunden vor der Tür!",
    "en": "Booking KT 4 17, £240 for two instructors. Only one came, and the wall was shut after an hour!",
}


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # a count of the whole, or a sum less than they paid, is a share of what is owed
        ("en", "I'm sorry. He did climb with them for an hour, so I can refund one of the two instructors.", True),
        ("en", "I'm sorry. As the wall was open for an hour, we'll refund two of the three hours.", True),
        ("de", "Das tut mir leid. Die Halle war ja eine Stunde offen, deshalb erstatte ich Ihnen 100 Euro.", True),
        ("de", "Das tut mir leid. Die Stunde hat ja stattgefunden, deshalb kann ich Ihnen nur 80 Euro gutschreiben.",
         True),
        ("en", "I'm sorry. We can only credit £60 back, since the first hour went ahead.", True),
        # ... not the whole sum, nor a count that is no share, nor "only" beside the whole sum
        ("de", "Das tut mir leid. Sie bekommen die 240 Euro zurück.", False),
        ("en", "I'm sorry. We'll refund the £240, both instructors, in full.", False),
        ("en", "I'm so sorry. The full £240 comes back to you today.", False),
        ("de", "Das tut mir leid. Die 240 Euro erstatten wir, und für nur 20 Euro mehr gibt es beim nächsten Mal "
               "Getränke dazu.", False),
        ("en", "Sorry about that. We'll refund the £240 and one of our two instructors will call you.", False),
        # ... nor money on top, nor the whole sum put back beside "your call"
        ("en", "I'm sorry. We'll refund the £240, and return £40 of the parking fee as well.", False),
        ("en", "Of course, that's entirely your call. I'm putting the whole £240 back to you, every penny.", False),
    ],
)  # fmt: skip
def test_a_share_by_count_or_sum(language: str, reply: str, missed: bool, resources: Any) -> None:
    expect = {"key_points": {"sorry": ["tut mir leid", "sorry"], "remedy": ["erstatten", "zurück", "refund",
                                                                          "money back"]}}  # fmt: skip
    found = penalised(language, reply, resources, mood="angry", say=_PAID[language], expect=expect)
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # "bei jeder Änderung" is each time, going on with a promise, no kind of thing played down
        ("de", "Verstehe. Ab jetzt rufe ich Sie vor jedem Termin an, und bei jeder Änderung sowieso.", False),
        ("de", "So was kann bei Kletterhallen schon mal passieren.", True),
        # a state they were owed, after our regret, is sympathy; their own act is a reproach
        ("de", "Das bedauere ich sehr, Ihre Kinder hätten im Warmen sitzen sollen. Wir holen die Stunde nach.",
         False),
        ("de", "Das bedauere ich, aber Ihre Kinder hätten lieber drinnen sitzen sollen.", True),
        # a question about what they need is no duty put on them
        ("en", "Understood. How many harnesses will you need this time?", False),
        ("en", "Understood. You need to bring the signed forms this time, though.", True),
    ],
)  # fmt: skip
def test_not_set_against_them_v50(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="angry", emotion="angry", say=_PAID[language],
                      expect={"key_points": {"sorry": ["tut mir leid", "bedauere", "sorry"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # the person behind it in other words: "mit mir vor Ort" for "selbst vor Ort"
        ("de", "Sonntag von 9 bis 18 Uhr, mit mir vor Ort.", False),
        ("en", "Sunday from nine till six, and I'll be there on site.", False),
        ("de", "Sonntag von 9 bis 18 Uhr, mit zwei Kollegen.", True),
    ],
)  # fmt: skip
def test_the_agent_in_person(language: str, reply: str, missed: bool, resources: Any) -> None:
    say = {"de": "Und wer garantiert mir, dass diesmal jemand da ist, bis zum Schluss?",
           "en": "And who guarantees me that someone is there this time, right to the end?"}[language]  # fmt: skip
    points = {"assurance": ["selbst vor Ort", "ich persönlich", "there myself", "on site myself"]}
    sc = scenario(language, theme="service", mood="sceptical", say=say, expect={"key_points": points})
    result = judge_text(sc, "t1", reply, resources=resources)
    # (a miss with a step left that may say it is a question to the trainee: noted, with no points)
    noted = [f for f in result.findings if f.evidence.get("reason") == "missed_point"]
    assert bool(noted) is missed, noted


_WEEK = {
    "de": "Nein, das Paket brauchen wir nicht. Heute ist Freitag. Nächste Woche geht es, aber nur vormittags bis "
    "12 Uhr.",
    "en": "No, we don't need the package. It's Friday today. Next week works, but only mornings till twelve.",
}


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # seeing what can be done, or a condition on our side being free, commits to no day
        ("en", "We'll see what we can do for Tuesday and let you know.", True),
        ("en", "We'll see who's around on Tuesday and get back to you.", True),
        ("de", "Dienstag geht, wenn Platz ist.", True),
        ("en", "Tuesday, if the instructors are free.", True),
        # tried, or made to hang on something else (hv49-153, -129)
        ("de", "Dienstag versuchen wir, vormittags ist dann jemand bei Ihnen.", True),
        ("de", "Dienstag wird knapp, je nach Auftragslage schicke ich Ihnen jemanden vorbei.", True),
        ("de", "Dienstag um 10 Uhr, und wir versuchen, schon um 9 Uhr da zu sein.", False),
        # a call where none was asked for is no slot
        ("de", "Das geht nur, wenn Platz ist, ich rufe Sie Anfang der Woche an.", True),
        ("en", "I'll get back to you early next week.", True),
        # ... while a firm day, with a call to confirm or their own condition, is one (as is a day
        # proposed with "let's try", or a test tried together)
        ("en", "Let's try Tuesday at ten, then.", False),
        ("en", "Tuesday at ten, and at nine I'll call you so we can try the gate together.", False),
        ("en", "Tuesday at ten; how long the setup takes depends on your gate.", False),
        ("en", "Tuesday at ten, and I'll call you on Monday to confirm it.", False),
        ("de", "Dienstag um 10 Uhr, wenn Ihnen das passt.", False),
        ("en", "Tuesday at ten, if you're free then.", False),
    ],
)  # fmt: skip
def test_no_day_promised(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="calm", say=_WEEK[language],
                      expect={"key_points": {"slot": ["Montag", "Dienstag", "Monday", "Tuesday", "10 Uhr", "ten"]}})  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # a stretch said from hour to hour that runs past their window
        ("It's Wednesday. The fair is on Saturday, but only from eleven till one, because it closes at one.",
         "They can be there on Saturday from twelve till two.", True),
        ("It's Wednesday. The fair is on Saturday, but only from eleven till one, because it closes at one.",
         "They can be there on Saturday from eleven till one.", False),
        ("It's Wednesday. The fair is on Saturday, but only from eleven till one, because it closes at one.",
         "They can be there on Saturday from half eleven till one.", False),
        ("Heute ist Mittwoch. Das Fest ist am Samstag, aber nur von 11 bis 13 Uhr.",
         "Die beiden sind am Samstag von 12 bis 14 Uhr da.", True),
        ("Heute ist Mittwoch. Das Fest ist am Samstag, aber nur von 11 bis 13 Uhr.",
         "Die beiden sind am Samstag ab 11 Uhr da.", False),
        # "set up after seven" bids us come then, as "come after seven" does
        ("It's Friday today. The party is next Saturday, set up after seven, the juniors have the hall till seven.",
         "We'll come next Saturday at half past six to set up.", True),
        ("It's Friday today. The party is next Saturday, set up after seven, the juniors have the hall till seven.",
         "We'll come next Saturday at quarter past seven to set up.", False),
    ],
)  # fmt: skip
def test_a_stretch_past_the_window(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # their account doubted: a question about their deed with a participle of no "ge-", or an
        # indirect question said out as unknown
        ("de", "Das tut mir leid. Haben Sie die Halle bei der Buchung aber auch wirklich bestellt?", True),
        ("de", "Das tut mir leid. Haben Sie schon eine neue Bestätigung bekommen?", False),
        ("de", "Das tut mir leid. Ob die Kletterhalle wirklich zu war, weiß der Trainer ja auch nicht genau.", True),
        ("de", "Ob die Kletterhalle wirklich zu war, spielt keine Rolle, Sie bekommen das Geld zurück.", False),
        # their people told to do better, set against our promise
        ("de", "Gern, Mittwoch um 10 Uhr. Sagen Sie den Kindern aber bitte vorher, dass sie leiser sein sollen.",
         True),
        ("de", "Gern, Mittwoch um 10 Uhr. Sagen Sie mir aber bitte vorher Bescheid, wie viele Kinder kommen.",
         False),
        ("en", "Wednesday at ten. Could you ask the school to check their forms beforehand, though?", True),
        ("en", "Wednesday at ten. Could you ask the school to send us the list, please?", False),
        ("en", "Sorry, and we'll refund you. It might be worth double-checking dates with us next time, though.",
         True),
        # the trouble played down, or theirs to put up with
        ("de", "Ich verstehe Ihre Sorge, aber so eine Kletterwand ist eben Technik.", True),
        ("de", "Und sollte es wieder regnen, müssen die Kinder eben Verständnis haben.", True),
        ("de", "Wir haben Verständnis dafür, dass Sie sich ärgern, und holen die Stunde nach.", False),
    ],
)  # fmt: skip
def test_set_against_them_v50(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="angry", emotion="angry", say=_PAID[language],
                      expect={"key_points": {"sorry": ["tut mir leid", "bedauere", "sorry"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "avoided"),
    [
        # the frame of an avoid phrase said with another word class
        ("de", "Das hängt an der Personallage, aber ab 9 Uhr sollte jemand da sein.", True),
        ("de", "Das hängt von der Personallage ab.", True),
        ("en", "It depends on the weather, I'm afraid.", True),
        ("de", "Ab 9 Uhr ist jemand da, unabhängig von der Personallage.", False),
    ],
)  # fmt: skip
def test_an_avoid_frame_in_other_words(language: str, reply: str, avoided: bool, resources: Any) -> None:
    avoid = {"de": ["je nach Personallage"], "en": ["depending on the weather"]}[language]
    found = penalised(language, reply, resources, mood="sceptical", say=_PAID[language], expect={"avoid": avoid})
    assert has(found, "avoid_phrase") is avoided, found


def test_a_played_down_word_meets_no_point(resources: Any) -> None:
    # "Technik" in the trouble played down is no "Techniker" promised
    found = penalised("de", "Ich verstehe Ihre Sorge, aber garantieren kann ich das nicht, so ein Lift ist eben "
                      "Technik.", resources, mood="sceptical",
                      say="Wer sagt mir, dass der Lift nicht wieder stehen bleibt?",
                      expect={"key_points": {"assurance": ["Techniker", "Probelauf", "geprüft"]}})  # fmt: skip
    assert has(found, "not_listening/missed_point"), found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # our own lack of people as the reason nothing can be promised: an excuse
        ("en", "We've been very staff short this summer, so I can't really promise a thing.", True),
        ("de", "Wir sind gerade unterbesetzt, deshalb kann ich Ihnen nichts zusagen.", True),
        ("en", "We were short-staffed that day, and that is no excuse. Wednesday at ten is yours.", False),
        ("en", "We're short of staff this week, so I'll come out myself on Wednesday at ten.", False),
        # another cause guessed for their trouble, away from us
        ("en", "Sorry, we'll pay it back. Old halls are a bit dodgy, to be fair; that's probably what tripped it.",
         True),
        ("en", "Sorry, our generator failed; that's probably what tripped it, and we'll pay it back.", False),
    ],
)  # fmt: skip
def test_excuses_v50(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="angry", emotion="angry", say=_PAID[language],
                      expect={"key_points": {"sorry": ["tut mir leid", "bedauere", "sorry"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # a deadline hour with no day is on the one day to come the line names
        ("It's Tuesday today. We're re-running the disco on Friday at six. The headsets have to be at the school "
         "by four o'clock.", "Friday's fully booked, I'm afraid; the earliest we can do is Saturday morning.", True),
        ("It's Tuesday today. We're re-running the disco on Friday at six. The headsets have to be at the school "
         "by four o'clock.", "Our van will be at the school on Friday at two.", False),
        # a number the customer used as a count is no time of theirs: "from two" is our offer
        ("It's Wednesday. The fair is on Saturday, and we'd love two stilt walkers, but only from eleven till one.",
         "Saturday morning's tricky, but I could do the afternoon, from two.", True),
        ("It's Wednesday. The fair is on Saturday, and we'd love two stilt walkers, but only from eleven till one.",
         "Saturday at eleven, both of them, till one.", False),
        # a bare hour against a bare "only after": the same half of the day (hv49-237)
        ("It's Wednesday today, so it has to be Thursday or Friday, and only after eight, we're at a wedding "
         "till then.", "No problem, Thursday at seven, private, just your group.", True),
        ("It's Wednesday today, so it has to be Thursday or Friday, and only after eight, we're at a wedding "
         "till then.", "No problem, Thursday at nine, private, just your group.", False),
        ("Heute ist Mittwoch. Es muss Donnerstag sein, aber erst nach 20 Uhr.", "Donnerstag um 21 Uhr.", False),
        # ... while their own hour said back is no offer of ours
        ("It's Wednesday. The fair is on Saturday, but only from eleven till one, because the fair closes at one.",
         "Two walkers, Saturday from eleven until the fair closes at one.", False),
    ],
)  # fmt: skip
def test_times_of_v50(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("reply", "missed"),
    [
        # sympathy stressed, then passed on: nothing about the matter
        ("That sounds heartbreaking, it really does. I'll make sure the manager hears about it.", True),
        ("That sounds heartbreaking, it really does. We'll refund you today.", False),
    ],
)  # fmt: skip
def test_sympathy_stressed_then_passed_on(reply: str, missed: bool, resources: Any) -> None:
    found = penalised("en", reply, resources, mood="sad", say=_PAID["en"],
                      expect={"key_points": {"remedy": ["refund", "money back"]}})  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


_SOAKED = {
    "de": "Auftrag HS 7 12. Die Hackschnitzel waren klatschnass, die Heizung ist aus, und meine Gäste frieren!",
    "en": "Order HS 7 12. The wood chips came soaking wet, the boiler's out, and my guests are freezing!",
}
_EXCHANGE = {"key_points": {"exchange": ["austauschen", "trockene Ladung", "kostenlos", "replace", "dry load",
                                         "free of charge"]}}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # the remedy owed free given at a price, or with a charge insisted on (v45-v49)
        ("de", "Das tut mir leid. Die Ladung tauschen wir, die Anfahrt müssten Sie aber selbst zahlen.", True),
        ("en", "I'm sorry. We'll replace the load, but we'd have to charge the delivery.", True),
        ("de", "Das tut mir leid. Eine trockene Ladung können wir Ihnen zum halben Preis bringen.", True),
        ("en", "I'm sorry. We can sell you a dry load at cost.", True),
        # ... not the remedy free, nor a price denied
        ("de", "Das tut mir leid. Wir tauschen die Ladung heute noch aus, kostenlos, auch die Anfahrt.", False),
        ("en", "I'm sorry. A dry load comes today, not at half price but free of charge.", False),
    ],
)  # fmt: skip
def test_the_remedy_at_a_price(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="angry", say=_SOAKED[language], expect=_EXCHANGE)
    assert has(found, "not_listening/missed_point") is missed, found


def test_the_charge_and_the_point_kept_back_count_once(resources: Any) -> None:
    # shown twice, counted once: under the charge insisted on
    sc = scenario("de", theme="complaint", mood="angry", say=_SOAKED["de"], expect=_EXCHANGE)
    result = judge_text(sc, "t1", "Das tut mir leid. Die Ladung tauschen wir, die Anfahrt müssten Sie aber selbst "
                        "zahlen.", resources=resources)  # fmt: skip
    charged = [f for f in result.findings if f.kind == "contradiction" and f.penalty > 0]
    kept = [f for f in result.findings if f.evidence.get("reason") == "missed_point" and f.evidence.get("partial")]
    assert len(charged) == 1 and len(kept) == 1, result.findings
    assert kept[0].penalty == 0 and kept[0].evidence.get("counted_in") == "contradiction", kept[0]


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # a share of a remedy listed as free (v45-v47)
        ("de", "Das tut mir leid. Die Hälfte der Ladung tauschen wir Ihnen aus.", True),
        ("de", "Das tut mir leid. Wir können allerdings nur einen Teil der Kosten übernehmen.", True),
        ("de", "Das tut mir leid. Die Hälfte tauschen wir heute aus, den Rest morgen früh, alles kostenlos.", False),
        # ... nor a share given on top of the remedy said free (hv12-174)
        ("en", "I'm sorry. The new load is free of charge, and we'll credit back half of this month's fee.", False),
    ],
)  # fmt: skip
def test_a_share_of_a_free_remedy(language: str, reply: str, missed: bool, resources: Any) -> None:
    expect = {"key_points": {"exchange": ["austauschen", "kostenlos", "auf unsere Kosten"]}}
    found = penalised(language, reply, resources, mood="angry", say=_SOAKED[language], expect=expect)
    assert has(found, "not_listening/missed_point") is missed, found


_MONEY_BACK = {
    "say": "Und wie bekomme ich mein Geld zurück? Abgebucht sind 55 Euro nämlich schon.",
    "expect": {"key_points": {"refund": ["Gutschrift", "erstatten", "zurücküberweisen"]}},
}


@pytest.mark.parametrize(
    "reply",
    [
        "Das verstehe ich. Ich kann Ihnen aber nur 20 Euro gutschreiben, innerhalb von fünf Tagen.",
        # the credit word lost by the recogniser, the "only" and the sum kept
        "Fastestiri. Ich kann Ihnen aber nur 20 Euro Gutsch schaden, innerhalb von 5 Tagen.",
    ],
)
def test_part_kept_back_is_one_fault(reply: str, resources: Any) -> None:
    # the point kept back and the contradiction that keeps it: shown twice, counted once
    sc = scenario("de", theme="billing", mood="annoyed", **_MONEY_BACK)
    result = judge_text(sc, "t1", reply, resources=resources)
    missed = [f for f in result.findings if f.evidence.get("reason") == "missed_point" and f.evidence.get("partial")]
    costing = [f for f in result.findings if f.kind in ("not_listening", "contradiction") and f.penalty > 0]
    assert len(missed) == 1 and len(costing) == 1, result.findings
