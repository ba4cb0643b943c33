"""Issue 10, kinds found in the false alarms of the fitted set v10: each row one form of a kind, in
German and English, judged as typed text with the real language resources.

- the refused offer named to drop it ("das Abo ist vom Tisch", "den Kurs streiche ich", "die
  Versicherung nehme ich raus", "the warranty is off the table", "nobody will offer you the
  warranty again") pushes nothing; a dropping word counts in any form (its lemma);
- "Sie haben recht" / "you're right" grants a no at once; "kein Problem" / "no problem" grants it
  only when the same sentence says the no back ("No problem, no warranty"), while "No problem."
  alone or "Okay, no warranty then." only takes note (so the earlier sets' labels);
- a key point about when (most phrasings name a day, a clock time or a span: "morgen", "by
  Friday") is met by any day, clock time or span nobody listed ("Donnerstag um 9 Uhr"), and
  surely missed when the reply holds no time at all: a vague promise ("so bald wie möglich", "as
  soon as possible", "Ich weiß nicht, wann") gives none; a looser time word ("sofort",
  "rechtzeitig", "the first slot") or a number leaves it a question, no points off;
- a question to the customer about what they did, with "wirklich" / "really" or a wrong choice
  ("Standen Sie vielleicht am falschen Steig?", "Are you sure the money actually left?"),
  doubts their account: a contradiction; what they want or a plain check is not;
- granting the no and then asking again for what the customer gave ("Of course. What was the
  reference again?") takes nothing up;
- pressing without the offer word ("Soll ich Ihnen die Unterlagen trotzdem zuschicken?", "Are you
  certain?", "Wollen Sie wirklich darauf verzichten?") pushes; an avoid phrase said in the push's
  own words costs once ("Are you sure?" listed in both places: a trainer saw -50 for it);
- defending oneself after a no ("ich habe nur gefragt", "I wasn't trying to sell you anything")
  contradicts the customer's view;
- an English avoid phrase keeps its order when found in other forms: "the driver should have
  called you" is no "you should have" (the subject decides who is blamed); German keeps its free
  order ("da hätten Sie früher anrufen sollen"), where "Sie" may be subject or object, so "der
  Fahrer hätte Sie anrufen sollen" is still taken for the avoid phrase (left as it is).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from tests.helpers.content_judge import has, ignored, penalised
from tests.helpers.timelines import scenario
from voicecoach.adapters import language_resources
from voicecoach.core.typed import judge_text

NO_DE = {
    "say": "Nein, ein Zeitschriften-Abo will ich nicht. Ich will meine Brille zurück, und zwar bald!",
    "emotion": "annoyed",
    "expect": {"accept_no": True, "offer_words": ["Abo", "Zeitschrift", "Kurs", "Versicherung"]},
}
NO_EN = {
    "say": "No, I don't want the extended warranty. I want my laptop fixed, that's all.",
    "emotion": "annoyed",
    "expect": {"accept_no": True, "offer_words": ["warranty", "protection plan", "upgrade"]},
}


@pytest.mark.parametrize(
    ("language", "reply", "pushes"),
    [
        ("de", "Verstehe, das Abo ist damit vom Tisch. Die Brille ist am Freitag fertig.", False),
        ("de", "Verstanden, den Kurs streiche ich. Die Brille ist am Freitag fertig.", False),
        ("de", "Natürlich, die Versicherung nehme ich ganz raus. Die Brille ist am Freitag fertig.", False),
        ("de", "Verstanden, die Versicherung biete ich Ihnen nicht mehr an. Die Brille ist am Freitag fertig.", False),
        ("de", "In Ordnung, das Abo werden wir Ihnen nicht mehr anbieten.", False),
        ("de", "Verstanden, niemand wird Ihnen die Versicherung noch einmal anbieten.", False),
        ("en", "Understood, the warranty is off the table. Your laptop will be ready on Friday.", False),
        ("en", "Of course, and nobody will offer you the warranty again. Your laptop is ready on Friday.", False),
        ("en", "Understood, I've scrapped the protection plan. Your laptop is ready on Friday.", False),
        # offering it again still pushes, dropping words nowhere near it
        ("de", "Verstehe. Aber das Abo lohnt sich wirklich, überlegen Sie es sich.", True),
        ("de", "Die Versicherung ist vom Preis her unschlagbar, die Brille ist am Freitag fertig.", True),
        ("de", "Verstehe. Die Versicherung bietet Ihnen aber viel an.", True),
        ("de", "Das Abo kostet Sie nicht viel, überlegen Sie es sich.", True),
        ("en", "Understood. The warranty really is worth it though, you'd be covered for three years.", True),
        ("en", "I'll leave it with you, but the protection plan covers accidental damage too.", True),
    ],
)
def test_dropping_the_refused_offer_pushes_nothing(language: str, reply: str, pushes: bool, resources) -> None:  # noqa: ANN001
    step = NO_DE if language == "de" else NO_EN
    found = penalised(language, reply, resources, **dict(step))
    assert has(found, "pushed_after_no") is pushes, found


@pytest.mark.parametrize(
    ("language", "reply", "granted"),
    [
        ("de", "Sie haben recht, dafür haben Sie nicht angerufen. Die Brille ist am Freitag fertig.", True),
        ("de", "Kein Problem, kein Abo und auch sonst nichts. Die Brille ist am Freitag fertig.", True),
        ("de", "In Ordnung, keine Versicherung. Die Brille ist am Freitag fertig.", True),
        ("en", "You're right, that's not what you called about. Your laptop is ready on Friday.", True),
        ("en", "No problem, no warranty. Your laptop is ready on Friday.", True),
        # taking note is not taking it up
        ("de", "Kein Problem. Die Brille ist am Freitag fertig.", False),
        ("de", "Okay, dann eben nicht. Die Brille ist am Freitag fertig.", False),
        ("en", "No problem. Your laptop is ready on Friday.", False),
        ("en", "Okay, no warranty then.", False),
    ],
)
def test_granting_the_no_takes_the_annoyance_up(language: str, reply: str, granted: bool, resources) -> None:  # noqa: ANN001
    step = NO_DE if language == "de" else NO_EN
    found = penalised(language, reply, resources, **dict(step))
    assert ignored(found) is not granted, found


BLAME_DE = {
    "say": "Der Fahrer hat nicht angerufen, und ich stand eine Stunde umsonst vor der Tür!",
    "emotion": "angry",
    "expect": {"avoid": ["Sie hätten anrufen sollen"]},
}
BLAME_EN = {
    "say": "Your driver never called, and I waited outside for an hour for nothing!",
    "emotion": "angry",
    "expect": {"avoid": ["you should have"]},
}


@pytest.mark.parametrize(
    ("step", "language", "reply", "avoided"),
    [
        (BLAME_EN, "en", "I'm so sorry, the driver should have called you first. I'll book a new slot now.", True),
        (BLAME_EN, "en", "I'm sorry, someone should have rung you. I'll book a new slot now.", True),
        (BLAME_EN, "en", "Honestly, you should've called us earlier.", False),
        (BLAME_EN, "en", "You really should have rung us first.", False),
        (BLAME_DE, "de", "Das tut mir leid, da hätten Sie eigentlich früher anrufen sollen.", False),
    ],
)
def test_english_avoid_phrases_keep_their_order(
    step: dict, language: str, reply: str, avoided: bool, resources
) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **dict(step))
    assert has(found, "avoid_phrase") is not avoided, found


WHEN_DE = {
    "say": "Die Heizung ist seit drei Tagen kalt. Wann kommt denn nun endlich jemand?",
    "emotion": "annoyed",
    "expect": {"key_points": {"date": ["morgen", "Donnerstag", "bis Freitag", "um 8 Uhr"]}},
}
WHEN_EN = {
    "say": "The heating has been cold for three days. When is somebody finally coming?",
    "emotion": "annoyed",
    "expect": {"key_points": {"date": ["tomorrow", "Thursday", "by Friday", "at 8 o'clock"]}},
}


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # no time of any kind: a miss a coach is sure of
        ("de", "Das ist ärgerlich, tut mir leid. Der Kollege meldet sich bei Ihnen.", True),
        ("de", "Das ist ärgerlich, tut mir leid. Ein Techniker ruft Sie an und macht alles aus.", True),
        ("en", "That's frustrating, I'm sorry. An engineer will be in touch to arrange a visit.", True),
        ("en", "I'm sorry about that. Someone from the team will give you a call.", True),
        # a vague promise gives no time either: the customer who asked when still does not know
        ("de", "Das ist ärgerlich, tut mir leid. Er kommt so bald wie möglich.", True),
        ("de", "Das ist ärgerlich, tut mir leid. Ich weiß leider nicht, wann er kommt.", True),
        ("de", "Das ist ärgerlich, tut mir leid. Das haben Sie schon gemeldet, ich schaue mal nach.", True),
        ("en", "That's frustrating, I'm sorry. We'll send someone as soon as possible.", True),
        ("en", "I'm sorry. I don't know when they'll come, I'm afraid.", True),
        # a time in words nobody listed, or a vaguer one: no points off
        ("de", "Das ist ärgerlich, tut mir leid. Der Kollege kommt Freitagnachmittag.", False),
        ("de", "Das ist ärgerlich, tut mir leid. Der Kollege kommt gleich übermorgen früh.", False),
        ("de", "Das ist ärgerlich, tut mir leid. Ich ziehe den Termin vor, so schnell es geht.", False),
        ("de", "Das ist ärgerlich, tut mir leid. Der Kollege ist rechtzeitig vor dem Wochenende da.", False),
        ("en", "That's frustrating, I'm sorry. The engineer comes on the 14th.", False),
        ("en", "That's frustrating, I'm sorry. I've booked the first slot we have.", False),
        ("en", "I'm sorry. The engineer is on his way as we speak.", False),
    ],
)
def test_a_reply_with_no_time_misses_a_point_about_when(language: str, reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    step = WHEN_DE if language == "de" else WHEN_EN
    found = penalised(language, reply, resources, **dict(step))
    assert ("not_listening/missed_point" in found) is missed, found


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("de", "Das tut mir leid. Unser Techniker ist am Donnerstag um 9 Uhr bei Ihnen."),
        ("de", "Das tut mir leid. Er ist innerhalb von zwei Stunden da."),
        ("en", "I'm sorry. The engineer will be with you on Thursday at 9."),
        ("en", "I'm sorry. Someone will be there within the hour."),
    ],
)
def test_a_day_or_time_nobody_listed_meets_a_point_about_when(language: str, reply: str) -> None:
    step = WHEN_DE if language == "de" else WHEN_EN
    sc = scenario(language, theme="service", mood="annoyed", **dict(step))
    result = judge_text(sc, "t1", reply, resources=language_resources.shared())
    assert not [f for f in result.findings if f.evidence.get("reason") == "missed_point"], result.findings


def test_a_point_about_something_else_stays_a_question(resources) -> None:  # noqa: ANN001
    step = {
        "say": "The heating has been cold for three days!",
        "emotion": "annoyed",
        "expect": {"key_points": {"engineer": ["send an engineer", "a technician", "someone out"]}},
    }
    found = penalised("en", "I'm sorry. I'll check your contract first.", resources, **step)
    assert "not_listening/missed_point" not in found, found


CLAIM_DE = {
    "say": "Ich habe die Vorlage unterschrieben, und trotzdem ist der Name falsch eingraviert!",
    "emotion": "angry",
}
CLAIM_EN = {"say": "You took the money and then cancelled my booking!", "emotion": "angry"}


@pytest.mark.parametrize(
    ("language", "reply", "doubts"),
    [
        # their own deed doubted in a question: "wirklich" / "really" in the past, or a wrong choice
        ("de", "Haben Sie die Vorlage wirklich ganz durchgelesen?", True),
        ("de", "Gingen Sie vielleicht zum falschen Schalter?", True),
        ("de", "Hatten Sie tatsächlich die neueste Fassung vor sich?", True),
        ("en", "Did you really check the proof before signing?", True),
        ("en", "Have you actually looked at your bank statement?", True),
        ("en", "Did you maybe pick the wrong date when booking?", True),
        ("en", "Are you sure the payment actually went through?", True),
        ("en", "Are you sure nobody came? Our system says the visit happened.", True),
        ("en", "Are you sure the money left your account?", True),
        ("en", "Are you sure the card reader is plugged in?", False),  # a check of the present
        # what they want, a plain check, a request, or the agent's own deed: no doubt of them
        ("de", "Wollen Sie wirklich alles neu machen lassen?", False),
        ("de", "Bringen Sie die falsche Tafel einfach mit, wir tauschen sie.", False),
        ("de", "Haben Sie die Bestätigung per Mail bekommen?", False),
        ("en", "Do you really want to cancel the whole trip?", False),
        ("en", "Did you get a confirmation email from us?", False),
        ("en", "Did I really send you the wrong link? I'm so sorry.", False),
    ],
)
def test_a_question_that_doubts_their_deed_contradicts(language: str, reply: str, doubts: bool, resources) -> None:  # noqa: ANN001
    step = CLAIM_DE if language == "de" else CLAIM_EN
    found = penalised(language, reply, resources, **dict(step))
    assert has(found, "contradiction") is doubts, found


REF_EN = {
    "say": "No, I don't want the voucher. I gave you my booking reference, KX 4411, just refund me.",
    "emotion": "annoyed",
    "expect": {"accept_no": True, "offer_words": ["voucher"]},
    "facts": {"reference": {"value": "KX 4411", "ask": ["booking reference", "reference"]}},
}
REF_DE = {
    "say": "Nein, einen Gutschein will ich nicht. Meine Buchungsnummer KX 4411 haben Sie doch, erstatten Sie einfach.",
    "emotion": "annoyed",
    "expect": {"accept_no": True, "offer_words": ["Gutschein"]},
    "facts": {"reference": {"value": "KX 4411", "ask": ["Buchungsnummer"]}},
}


@pytest.mark.parametrize(
    ("step", "language", "reply", "taken_up"),
    [
        (REF_EN, "en", "Of course. What was the booking reference again?", False),
        (REF_DE, "de", "Natürlich. Wie war noch mal Ihre Buchungsnummer?", False),
        (REF_EN, "en", "Of course, no voucher. I'm refunding booking KX 4411 today.", True),
        (REF_DE, "de", "Natürlich, kein Gutschein. Ich erstatte die Buchung KX 4411 heute.", True),
    ],
)
def test_granting_the_no_then_asking_again_takes_nothing_up(
    step: dict, language: str, reply: str, taken_up: bool, resources
) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **dict(step))
    assert ignored(found) is not taken_up, found
    assert ("not_listening/reasked" in found) is not taken_up, found


@pytest.mark.parametrize(
    ("language", "reply", "contradicts_them"),
    [
        ("de", "Schon gut, ich habe ja nur gefragt. Die Brille ist am Freitag fertig.", True),
        ("de", "Ich wollte Ihnen nichts verkaufen. Die Brille ist am Freitag fertig.", True),
        ("en", "Okay, I was only asking. Your laptop is ready on Friday.", True),
        ("en", "I wasn't trying to sell you anything. Your laptop is ready on Friday.", True),
        # asking as the agent's next step is no defence
        ("de", "Natürlich, kein Abo. Ich wollte nur fragen, ob Freitag passt.", False),
        ("en", "Of course, no warranty. I just wanted to ask if Friday suits you.", False),
    ],
)
def test_defending_oneself_after_a_no_contradicts(language: str, reply: str, contradicts_them: bool, resources) -> None:  # noqa: ANN001
    step = NO_DE if language == "de" else NO_EN
    found = penalised(language, reply, resources, **dict(step))
    assert has(found, "contradiction") is contradicts_them, found


@pytest.mark.parametrize(
    ("language", "reply", "pushes"),
    [
        # a trainer's tries: pressing without naming the offer
        ("de", "Verstanden. Soll ich Ihnen die Unterlagen trotzdem zuschicken?", True),
        ("de", "Haben Sie sich das wirklich gut überlegt?", True),
        ("de", "Wollen Sie wirklich darauf verzichten? Es ist diesen Monat zum halben Preis.", True),
        ("de", "Sind Sie sich da ganz sicher?", True),
        ("en", "Understood. Would you like me to email you the details anyway?", True),
        ("en", "Are you certain?", True),
        ("en", "Do you really want to say no? It's half price this month.", True),
        # the agent going ahead, or "anyway" as a turn of phrase: no push
        ("de", "Natürlich, kein Abo. Die Bestätigung schicke ich Ihnen trotzdem per Mail.", False),
        ("en", "Of course, no warranty. Anyway, your laptop is ready on Friday.", False),
        ("en", "Of course, no warranty. I'll send the repair receipt anyway.", False),
    ],
)
def test_pressing_without_the_offer_word_pushes(language: str, reply: str, pushes: bool, resources) -> None:  # noqa: ANN001
    step = NO_DE if language == "de" else NO_EN
    found = penalised(language, reply, resources, **dict(step))
    assert has(found, "pushed_after_no") is pushes, found


@pytest.mark.parametrize(
    ("language", "reply", "avoid"),
    [
        ("de", "Sind Sie sicher? Die Versicherung lohnt sich.", "Sind Sie sicher"),
        ("en", "Are you sure? The warranty covers three years.", "are you sure"),
    ],
)
def test_an_avoid_phrase_that_is_the_push_costs_once(language: str, reply: str, avoid: str, resources) -> None:  # noqa: ANN001
    step = dict(NO_DE if language == "de" else NO_EN)
    step["expect"] = {**step["expect"], "avoid": [avoid]}
    found = penalised(language, reply, resources, **dict(step))
    assert has(found, "pushed_after_no"), found
    # still shown as a fault the trainer listed, its points counted with the push
    result = judge_text(scenario(language, theme="service", mood="angry", **step), "t1", reply, resources=resources)
    (avoided,) = [f for f in result.findings if f.kind == "avoid_phrase"]
    assert avoided.penalty == 0 and avoided.evidence["counted_in"] == "pushed_after_no"
    assert ("einmal" if language == "de" else "count once") in avoided.message
