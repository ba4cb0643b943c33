"""Issue 10, kinds left over from the fitted set v31 (thirtieth session): part of the money
given, the rest held back or put on the customer, the ask put on them as their task, a price cut
for a promise of no cost, work done at our place in the passive, collecting against a window for
handing in, a day named by an event, sympathy alone in other words, rebuttals after "unter uns" /
"between us", and "we'll" / "I'll" told apart from "well" / "ill" in an excuse said again.

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, has, penalised
from voicecoach.core.analyzers import contradiction
from voicecoach.core.text import words_of_text

_OWED = {
    "de": "Sie haben meinen Zaun beschädigt und jetzt soll ich 300 Euro für die Reparatur zahlen? Wer ersetzt mir das?",
    "en": "Your van knocked my fence down and now you want £300 for the repair? Who's paying for that?",
}
_FREE = {"de": ["kostenlos", "ohne Kosten", "übernehmen wir"], "en": ["free of charge", "no cost", "on us"]}


@pytest.mark.parametrize(
    ("language", "reply", "contradiction", "missed"),
    [
        # only an amount, or not the whole: part of what is owed held back
        ("de", "Das tut mir leid. Ich kann Ihnen aber nur 50 Euro erstatten.", True, True),
        ("de", "Den Zaun kann die Firma nicht ganz zahlen, höchstens die Hälfte.", True, True),
        ("en", "I'm sorry. We can only refund £80 of it.", True, True),
        ("en", "I'm sorry, we can't cover it in full, maybe half.", True, True),
        # the whole given: no part kept ("nur" of the way, not the amount)
        ("de", "Das tut mir leid. Die Reparatur ist für Sie kostenlos, wir erstatten die vollen 300 Euro.", False, False),
        ("en", "I'm sorry. The repair is free of charge; I'll only refund it to your card, that's all.", False, False),
        # the rest put on them: "müssten Sie aber selbst", "you'd have to ... yourself, though"
        ("de", "Das tut mir leid. Den Zaun reparieren wir kostenlos, das Beet müssten Sie aber selbst neu anlegen "
               "lassen.", True, True),
        ("en", "I'm sorry. The fence is on us, but you'd need to sort out the hedge yourself.", True, True),
        # something they do themselves as a step, no contrast: no burden
        ("de", "Das tut mir leid. Die Reparatur ist kostenlos, Sie müssen nur selbst kurz unterschreiben.", False, False),
    ],
)  # fmt: skip
def test_part_given_or_the_rest_put_on_them(
    language: str, reply: str, contradiction: bool, missed: bool, resources: Any
) -> None:
    step = {"say": _OWED[language], "expect": {"key_points": {"kostenlos": _FREE[language]}}}
    found = penalised(language, reply, resources, **step)
    assert contradicts(found) is contradiction, found
    assert has(found, "not_listening") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # an amount off for a promise of no cost: surely missed
        ("en", "Sorry for the trouble. I can take £200 off, so the replacement would be £250.", True),
        ("en", "Sorry for the trouble. The replacement is free, and I'll send it on Monday.", False),
        # "drop it off" is no price cut
        ("en", "Sorry for the trouble. The replacement is free, our driver will drop it off on Monday.", False),
    ],
)  # fmt: skip
def test_an_amount_off_for_no_cost(language: str, reply: str, missed: bool, resources: Any) -> None:
    step = {"say": "You promised a free replacement, and now you want £450 for it!",
            "expect": {"key_points": {"free": ["free replacement", "no charge", "at no cost"]}}}  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert has(found, "not_listening") is missed, found


_WINDOW = "Heute ist Dienstag. Abgeben kann ich das Auto nur am Freitag ab 16 Uhr, am Montag um 7 Uhr brauche ich es."


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # work done at our place in the passive needs nobody there
        (_WINDOW, "Freitag um 16 Uhr bringen Sie ihn, übers Wochenende wird lackiert.", False),
        ("It's Tuesday. I'm away until Monday.", "It'll be reprinted on Saturday and posted to you on Monday.", False),
        # ... a delivery in the passive does
        ("Heute ist Dienstag. Am Samstag bin ich nicht zu Hause.", "Das Paket wird am Samstag geliefert.", True),
        ("Heute ist Dienstag. Am Samstag bin ich nicht zu Hause.", "Am Samstag wird das Buch neu gedruckt.", False),
        # collecting is not bound by a window for handing in; our collecting from them is
        (_WINDOW, "Am Freitag um 16 Uhr bringen Sie ihn, und Sonntagabend holen Sie ihn ab.", False),
        (_WINDOW, "Wir holen ihn am Samstag um 10 Uhr bei Ihnen ab.", True),
        (_WINDOW, "Bringen Sie ihn am Samstag um 10 Uhr vorbei.", True),
        # a day named by an event is no "today"
        ("Heute ist Dienstag. Ich bin bis Freitag jeden Tag bis 18 Uhr in der Praxis.",
         "Unser Fahrer bringt es am Tag vor dem Geburtstag um 10 Uhr vorbei.", False),
        ("It's Tuesday. I'm at work till six every day this week.",
         "Our driver brings it round the day before the wedding at ten.", False),
        ("It's Tuesday. I'm at work till six every day this week.", "Our driver brings it round at ten.", True),
    ],
)  # fmt: skip
def test_our_work_collecting_and_a_day_of_an_event(customer: str, reply: str, conflict: bool) -> None:
    broke, read = breaks_a_limit(customer, reply)
    assert broke is conflict, read


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        ("de", "Wir pflanzen morgen einen neuen Baum. Aber unter uns, der alte war schon ziemlich morsch.", True),
        ("de", "Wir pflanzen morgen einen neuen Baum. Unter uns, das tut mir furchtbar leid.", False),
        # German candour is no rebuttal by itself ("Ehrlich gesagt: Nein, das darf nicht passieren")
        ("de", "Ganz ehrlich, das war unser Fehler, wir pflanzen morgen einen neuen Baum.", False),
        ("de", "Ehrlich gesagt: Im Herbst ist das schiefgelaufen. Wir pflanzen morgen einen neuen Baum.", False),
        ("en", "I'll text you tomorrow. Between us, though, the checklist did say that was down to you.", True),
        ("en", "I'll text you tomorrow. Between us, I'm really sorry this happened.", False),
    ],
)  # fmt: skip
def test_rebuttal_after_an_honest_aside(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    step = {"say": {"de": "Ihr Trupp hat meinen Baum gefällt, einfach so!",
                    "en": "You never booked the registrar and now the date is gone!"}[language],
            "expect": {"key_points": {"fix": ["neuen Baum", "text", "book"]}}}  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # sympathy alone, in words of weight or of being lost for words: the matter is not taken up
        ("de", "Das tut mir wirklich leid, mit einem Baby ist so etwas doppelt schlimm.", True),
        ("de", "Ach, das ist wirklich traurig. Da fehlen einem die Worte.", True),
        ("en", "Oh no. I honestly don't know what to say.", True),
        ("en", "I'm so sorry, with a newborn that's twice as hard.", True),
        # ... with a step of ours, it is
        ("de", "Da fehlen einem die Worte. Ich schicke Ihnen morgen früh eine Reinigungsfirma.", False),
        ("en", "I'm lost for words, I'll send a cleaning team first thing tomorrow.", False),
    ],
)  # fmt: skip
def test_sympathy_alone_in_other_words(language: str, reply: str, missed: bool, resources: Any) -> None:
    step = {"say": {"de": "Ihre Handwerker haben überall Staub hinterlassen, auch im Kinderzimmer!",
                    "en": "Your builders left dust everywhere, even in the nursery!"}[language],
            "expect": {"key_points": {"reinigung": ["Reinigung", "sauber machen", "cleaning", "clean"]}}}  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert has(found, "not_listening") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # part given, the rest held back in the same sentence
        ("de", "Entschuldigung. Eine Rechnung storniere ich, bei den anderen beiden muss ich erst klären, ob das "
               "stimmt.", True),
        ("en", "I'm sorry. I can put back the two sessions Sam missed, but the other three expired.", True),
        # all of it given, the others named as given too
        ("de", "Entschuldigung. Eine Rechnung storniere ich sofort, die anderen beiden auch.", False),
        ("en", "I'm sorry. I'll restore the two sessions Sam missed and the other three as well.", False),
    ],
)  # fmt: skip
def test_the_rest_held_back(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    step = {"say": {"de": "Sie haben mir drei Ausfallgebühren berechnet, dabei haben Sie selbst abgesagt! Ich will das "
                          "Geld zurück.",
                    "en": "You charged me for five sessions your trainer cancelled! I want them back."}[language],
            "expect": {"key_points": {"fix": ["storniere", "restore", "put back"]}}}  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # the ask put on them as their task: the point is turned down
        ("en", "Booking the registrar is the couple's job, it was on the checklist.", True),
        ("en", "Booking the registrar is your responsibility, I'm afraid.", True),
        ("de", "Das Standesamt zu buchen ist Ihre Aufgabe, das stand auf der Liste.", True),
        # not their task: taken on
        ("en", "That's not your job at all. I'll book the registrar today.", False),
        ("de", "Das ist nicht Ihre Aufgabe, ich buche das Standesamt heute noch.", False),
    ],
)  # fmt: skip
def test_the_ask_put_on_them_as_their_task(language: str, reply: str, missed: bool, resources: Any) -> None:
    step = {"say": {"de": "Niemand hat das Standesamt gebucht, und in drei Wochen ist die Hochzeit!",
                    "en": "Nobody booked the registrar, and the wedding is in three weeks!"}[language],
            "expect": {"key_points": {"book": ["buche das Standesamt", "Standesamt buchen", "book the registrar"]}}}  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("said", "promise"),
    [
        # "we'll", "I'll" fold to "well", "ill": only the spoken short form promises
        ("We'll take the wrong one away tomorrow", True),
        ("I’ll ring you", True),
        ("Der Fahrer wird morgen kommen", True),
        # an excuse said again with "ill" or "well" in it promises nothing
        ("The driver was ill that day", False),
        ("Well, the driver was off sick", False),
    ],
)  # fmt: skip
def test_an_excuse_said_again_is_no_promise(said: str, promise: bool) -> None:
    assert contradiction._promises(words_of_text(said)) is promise
