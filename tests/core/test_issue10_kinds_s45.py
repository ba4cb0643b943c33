"""Issue 10, kinds found in the errors of the set v54 (sealed through the forty-fourth session,
opened at the start of the forty-fifth and fitted).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, has, penalised
from tests.helpers.timelines import heard_turn, scenario
from voicecoach.core.analyzers import time_fit
from voicecoach.core.judge import judge
from voicecoach.core.text import words_of_text
from voicecoach.core.typed import judge_text

_BROKEN_KILN = {
    "de": ("Der Brennofen, den Sie mir letzte Woche eingebaut haben, heizt nicht. 900 Euro hat der Einbau gekostet!",
           {"key_points": {"apology": ["Entschuldigung", "tut mir leid"], "repair": ["Techniker", "reparieren"]}}),
    "en": ("The kiln you fitted last week won't heat up. The fitting cost me £900!",
           {"key_points": {"apology": ["sorry", "apologise"], "repair": ["engineer", "repair"]}}),
}  # fmt: skip
_EXAMPLE = {
    "de": "Das tut mir leid. Unser Techniker kommt morgen und repariert den Ofen, kostenlos.",
    "en": "I'm so sorry. Our engineer will come tomorrow and repair it, free of charge.",
}


def _judged(language: str, reply: str, resources: Any) -> list[str]:
    say, expect = _BROKEN_KILN[language]
    return penalised(language, reply, resources, mood="annoyed", emotion="annoyed", say=say, expect=expect,
                     example=_EXAMPLE[language])  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # the remedy given, and a charge left on them for it, with a "but" or a reason
        ("de", "Das tut mir leid. Der Techniker repariert ihn, die Anfahrt bleibt aber berechnet.", True),
        ("de", "Das tut mir leid. Wir reparieren ihn, die Hälfte der Kosten müssten Sie allerdings übernehmen.", True),
        ("de", "Entschuldigung. Einen neuen Einbau bekommen Sie, aber nur zum halben Preis, der Ofen lief ja kurz.",
         True),
        ("en", "I'm sorry. The engineer can come back, but the first visit stays paid, as he did attend.", True),
        ("en", "Sorry about that. We can repair it, but we'd need you to pay the engineer's travel.", True),
        ("en", "I apologise. We can refit it at half price, since the kiln itself is fine.", True),
        ("en", "I'm sorry. We can send the engineer back, but a second visit is £60, as the kiln is already in.",
         True),
        # ... not when the price is named to be waived, nothing is charged, or money goes back
        ("de", "Das tut mir leid. Der Techniker repariert ihn, die Anfahrt berechnen wir nicht.", False),
        ("de", "Das tut mir leid. Der Besuch kostet normalerweise 80 Euro, aber für Sie ist er kostenlos.", False),
        ("en", "I'm sorry. A visit is usually £60, but this one is on us, as the fault is ours.", False),
        ("en", "I'm so sorry. The engineer comes back tomorrow, and we'll refund the £900 since it never worked.", False),
        ("en", "I'm sorry. We can send the engineer back tomorrow, free of charge.", False),
        # ... nor the price they were promised, or the difference for something better
        ("en", "Sorry again. You'll pay the 900 as quoted, and the engineer comes tomorrow.", False),
        ("en", "I'm sorry. I can fit the bigger kiln instead, but you'd need to pay the difference.", False),
        # ... nor what they were charged, read back
        ("en", "I'm sorry, you were charged at the full rate, as the discount wasn't applied. The engineer comes "
         "tomorrow, free of charge.", False),
    ],
)  # fmt: skip
def test_a_charge_left_on_the_remedy(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    assert contradicts(_judged(language, reply, resources)) is contradiction


def test_a_price_with_a_but_in_a_sales_turn_is_no_contradiction(resources: Any) -> None:
    found = penalised("en", "The premium kiln is £900, but it's on offer, as the season is ending.", resources,
                      mood="calm", emotion="calm", say="What does the bigger kiln cost?",
                      expect={"key_points": {"price": ["£900", "nine hundred"]}})  # fmt: skip
    assert not contradicts(found), found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # sympathy said, no apology where the trainer asks for one: noted plainly, no points off
        ("de", "Wie ärgerlich. Unser Techniker kommt morgen und repariert den Ofen.", True),
        ("en", "How annoying. Our engineer will come tomorrow and repair it.", True),
        ("en", "That's frustrating, I understand. Our engineer will repair it tomorrow.", True),
        # ... an apology in other words meets it: the fault owned, regret as embarrassment, what we
        # should have done, ours that failed
        ("de", "Das ist mir wirklich unangenehm. Unser Techniker repariert den Ofen morgen.", False),
        ("de", "Da hätten wir besser prüfen müssen. Unser Techniker repariert den Ofen morgen.", False),
        ("de", "Das war unser Fehler. Der Techniker kommt morgen und repariert ihn.", False),
        ("en", "I'm embarrassed, that should never have happened. Our engineer will repair it tomorrow.", False),
        ("en", "What a letdown, and it was our part that failed. The engineer will repair it tomorrow.", False),
        ("en", "How annoying, I'm sorry. Our engineer will repair it tomorrow.", False),
        # ... their side taken, or what happened called wrong (v10's and v14's writers)
        ("en", "You're right, the fitter promised it would heat and it doesn't. Our engineer will repair it "
         "tomorrow.", False),
        ("en", "I'd be furious too, that shouldn't happen. Our engineer will repair it tomorrow.", False),
        ("de", "Sie haben völlig recht, das ist nicht in Ordnung. Unser Techniker repariert den Ofen morgen.", False),
    ],
)  # fmt: skip
def test_sympathy_is_no_apology(language: str, reply: str, missed: bool, resources: Any) -> None:
    say, expect = _BROKEN_KILN[language]
    assert _apology_noted(language, reply, say, expect, resources) is missed


def _apology_noted(language: str, reply: str, say: str, expect: dict[str, Any], resources: Any) -> bool:
    """Whether the judge notes the apology missed beside sympathy: said plainly, no points off
    (the writers disagree whether it is a fault: v42-v56 yes, v29-v35 no)."""
    sc = scenario(language, theme="service", mood="annoyed", emotion="annoyed", say=say, expect=expect)
    notes = [f for f in judge_text(sc, "t1", reply, resources=resources).findings if f.evidence.get("no_apology")]
    assert all(f.penalty == 0 for f in notes), notes
    return bool(notes)


_NO_CALENDAR = {
    "de": ("Nein, einen Wandkalender will ich nicht dazu. Nur die Dosen, und die müssen bis Mittwoch da sein.",
           {"accept_no": True, "offer_words": ["Wandkalender", "Kalender"], "key_points": {"only": ["nur die Dosen"]}}),
    "en": ("No, I don't want the wall calendar as well. Just the tins, and they must be here by Wednesday.",
           {"accept_no": True, "offer_words": ["wall calendar", "calendar"], "key_points": {"only": ["just the tins"]}}),
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # a little extra put in, the verb's parts far apart: a stand-in after the no
        ("de", "Natürlich ohne. Die Dosen sind Mittwoch da, und ich packe Ihnen einen kleinen Gruß zum Beschriften "
         "mit ein.", True),
        ("de", "Gern ohne. Die Dosen kommen morgen, und ich lege Ihnen ein paar Postkarten von unserer Werkstatt dazu.",
         True),
        ("en", "No problem. They'll arrive Tuesday, and I'll add some little gift tags to write on.", True),
        ("en", "Certainly, just the tins, and I'll include a little stand for them, no charge.", True),
        # ... not the papers that go with the order
        ("de", "Natürlich ohne. Die Dosen kommen Mittwoch, die Rechnung lege ich Ihnen bei.", False),
        ("en", "Just the tins, then. They arrive Wednesday, and I'll include the invoice in the box.", False),
        ("en", "Just the tins. I'll add a little note to the order so nobody packs the calendar.", False),
    ],
)  # fmt: skip
def test_a_little_extra_put_in_after_a_no(language: str, reply: str, pushed: bool, resources: Any) -> None:
    say, expect = _NO_CALENDAR[language]
    found = penalised(language, reply, resources, mood="calm", emotion="calm", say=say, expect=expect)
    assert has(found, "pushed_after_no") is pushed, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # weekdays of any week: next week's Thursday is none of them, next week's Tuesday is one
        ("It's Thursday today. Only on a Tuesday or a Wednesday, nine till three, we've got swimming otherwise.",
         "Right, Thursday week, nine till three.", True),
        ("It's Thursday today. Only on a Tuesday or a Wednesday, nine till three, we've got swimming otherwise.",
         "Right, Tuesday week, nine till three.", False),
        # a dayless hour on the deadline said before it, not on the sentence's first day
        ("It's Wednesday today. The party's on Saturday, so the cake has to be here by Friday, and before one "
         "o'clock, nobody's in after that.", "The courier brings it on Friday between two and four.", True),
        ("It's Wednesday today. The party's on Saturday, so the cake has to be here by Friday, and before one "
         "o'clock, nobody's in after that.", "The courier brings it on Friday at ten.", False),
        # "wir kommen erst ab 19 Uhr": they arrive from then, with no "können"
        ("Heute ist Mittwoch. Wir feiern am Samstag, aber wir kommen erst ab 19 Uhr.",
         "Wir fangen am Samstag um 18 Uhr an.", True),
        ("Heute ist Mittwoch. Wir feiern am Samstag, aber wir kommen erst ab 19 Uhr.",
         "Wir fangen am Samstag um 19:30 Uhr an.", False),
        # where the evening ends is no time offered
        ("Heute ist Mittwoch. Wir feiern am Samstag, aber wir kommen erst ab 19 Uhr.",
         "Samstagabend, Beginn sieben Uhr, Schluss um elf.", False),
        ("It's Wednesday today. We can only be there from seven in the evening on Saturday.",
         "Saturday, doors at half seven, and we finish at eleven.", False),
    ],
)  # fmt: skip
def test_times_of_v54(customer: str, reply: str, conflict: bool) -> None:
    broken, read = breaks_a_limit(customer, reply)
    assert broken is conflict, read


@pytest.mark.parametrize(
    ("customer", "reply", "refused"),
    [
        # their hours called full with no day, and another time instead: their time turned down
        ("Heute ist Dienstag. Der Monteur soll am Mittwoch kommen, aber nur nachmittags.",
         "Nachmittags sind unsere Monteure leider ausgebucht, wir könnten Donnerstag um 9 Uhr anbieten.", True),
        # ... hours that are not theirs refuse nothing of theirs
        ("Heute ist Dienstag. Der Monteur soll am Mittwoch kommen, aber nur nachmittags.",
         "Vormittags sind wir leider ausgebucht, am Mittwoch um 15 Uhr geht es.", False),
    ],
)  # fmt: skip
def test_their_hours_refused(customer: str, reply: str, refused: bool) -> None:
    found = time_fit.refused_time(words_of_text(reply), words_of_text(customer))
    assert (found is not None) is refused, found


@pytest.mark.parametrize(
    ("reply", "missed"),
    [
        # an apology point in forms no class lists ("entschuldige", "bedaure"): still the apology
        ("Wie ärgerlich, das verstehe ich. Unser Techniker repariert den Ofen morgen.", True),
        ("Das ist mir wirklich unangenehm. Unser Techniker repariert den Ofen morgen.", False),
        ("Das bedaure ich sehr. Unser Techniker repariert den Ofen morgen.", False),
    ],
)
def test_an_apology_point_in_rare_forms(reply: str, missed: bool, resources: Any) -> None:
    say, _ = _BROKEN_KILN["de"]
    expect = {"key_points": {"apology": ["tut mir sehr leid", "entschuldige", "bedaure"], "repair": ["reparieren"]}}
    assert _apology_noted("de", reply, say, expect, resources) is missed


@pytest.mark.parametrize(
    ("reply", "unsure", "penalised"),
    [
        # "call you back today" heard as "back to May." at 0.08 (found in the TUI): the time may
        # have been said, so no points off for giving none
        ("I'll take care of it personally and call you back to May.", {"May."}, False),
        # ... heard surely, "May" is the verb of no time, and the miss is sure
        ("I'll take care of it personally and call you back to May.", set(), True),
        ("I'll take care of it personally, and you may hear from me.", {"personally,"}, True),
    ],
)
def test_an_unsure_may_where_no_time_was_heard(reply: str, unsure: set[str], penalised: bool) -> None:
    say = "So what happens now? I need that laptop before Monday."
    sc = scenario("en", mood="angry", emotion="angry", say=say, expect={"key_points": {"when": ["tomorrow", "Friday"]}})
    timeline = heard_turn(say, reply, unsure, low=0.08)
    found = [f for f in judge(timeline, language="en", scenario=sc).findings if f.evidence.get("no_time")]
    assert found, "no time was heard"
    assert (found[0].penalty > 0) is penalised, found[0].evidence


@pytest.mark.parametrize(
    ("reply", "contradiction"),
    [
        # a thing that may be wrong is no error of theirs
        ("Thursday between nine and twelve, then you've got Friday spare in case anything's wrong.", False),
        # ... their doing called wrong still is
        ("You must have typed something wrong on the form.", True),
        ("You got the date wrong, I'm afraid.", True),
    ],
)
def test_anything_wrong_is_no_error_of_theirs(reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised("en", reply, resources, mood="annoyed", emotion="annoyed",
                      say="The kiln you fitted won't heat up, and I need it by Saturday.",
                      expect={"key_points": {"repair": ["repair", "engineer"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found
