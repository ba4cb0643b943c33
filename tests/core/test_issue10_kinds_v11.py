"""Issue 10, kinds found in the misses of the fitted set v11: each row one form of a kind, in
German and English, judged as typed text with the real language resources.

- a reply of sympathy alone ("Das tut mir sehr leid, so etwas darf nicht passieren.", "I'm so
  sorry, that must have been really frustrating.") says nothing about the matter in any words:
  every key point about the matter is surely missed and costs points. Any clause that says more
  (an action, however short: "I'm on it"; intent heard without its comma: "Sorry I'll sort it
  out"; a question) leaves a miss a question, no points off;
- turning the customer down or sending them elsewhere ("Da kann ich leider nichts machen, das
  macht die Abrechnungsstelle", "dafür sind wir nicht zuständig", "there's nothing I can do, I'm
  afraid") surely misses what they asked, whatever its words; not when the agent's own step
  follows ("..., aber ich verbinde Sie gleich mit der Abrechnung");
- a hollow apology ("Es tut mir leid, dass Sie das so sehen", "I'm sorry you feel that way")
  takes no feeling up;
- "Sie haben uns die falschen Daten gegeben" / "You gave us the wrong details" blames the
  customer: no owning of the mistake;
- German "aber" listed to avoid is the conjunction, not the particle of "Das ist aber wirklich
  ärgerlich"; "vergessen wir das mit den Raten" drops the refused offer; "Got it, forget the
  voucher" grants the no as "Understood, ..." does (from a trainer's tries).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from tests.helpers.content_judge import penalised
from tests.helpers.timelines import scenario
from voicecoach.core.typed import judge_text

CHECK_DE = {
    "say": "Ihr Monteur sollte gestern kommen, ich habe den ganzen Tag umsonst gewartet!",
    "emotion": "angry",
    "expect": {"key_points": {"look_up": ["ich sehe nach", "ich prüfe das", "kläre das"]}},
}
CHECK_EN = {
    "say": "Your fitter was due yesterday and I waited in all day for nothing!",
    "emotion": "angry",
    "expect": {"key_points": {"look_up": ["I'll check", "look into it", "find out what happened"]}},
}


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # sympathy alone, in any form: the matter itself surely missed
        ("de", "Das tut mir sehr leid, so etwas darf nicht passieren.", True),
        ("de", "Oh je, das ist wirklich ärgerlich. Das kann ich gut verstehen.", True),
        ("de", "Ich bedauere das sehr, Frau Keller.", True),
        ("en", "I'm so sorry, that must have been really frustrating.", True),
        ("en", "Oh no, that sounds awful. I'm really sorry you had that experience.", True),
        ("en", "I can imagine how annoying that was, Ms Keller.", True),
        # any clause that says more: the miss stays a question
        ("de", "Das tut mir leid. Ich bin dran.", False),
        ("de", "Das tut mir leid ich kümmere mich darum.", False),
        ("de", "Das ist ärgerlich, entschuldigen Sie. Wann passt es Ihnen morgen?", False),
        ("en", "Apologies. On it now.", False),
        ("en", "Sorry about that I'll sort it out.", False),
        ("en", "I'm so sorry. Are you free tomorrow morning?", False),
        # turning the customer down or sending them elsewhere: what they asked surely missed
        ("de", "Tut mir leid, aber ich kann da leider nichts machen, das macht die Abrechnungsstelle.", True),
        ("de", "Das ist ärgerlich. Dafür sind wir leider nicht zuständig, das ist Sache des Herstellers.", True),
        ("de", "Das tut mir leid. Das müssen Sie selbst mit dem Vermieter regeln.", True),
        ("en", "I'm sorry, there's nothing I can do, I'm afraid.", True),
        ("en", "That's annoying, sorry. You'll have to take that up with the manufacturer.", True),
        # the agent's own step after it: taken on
        (
            "de",
            "Das ist ärgerlich. Da kann ich leider nichts machen, aber ich verbinde Sie gleich mit der Abrechnung.",
            False,
        ),
        ("en", "Sorry about that. There's nothing I can do myself, but I'll put it to my manager today.", False),
        # about the customer, not a refusal: "Da können Sie nichts machen" (not their fault)
        ("de", "Da können Sie gar nichts machen, das ist unser Fehler. Ich kümmere mich darum.", False),
        # only passed on, with no time or outcome: the matter surely missed
        ("de", "Das verstehe ich. Ich gebe das an die Kollegen weiter.", True),
        ("de", "Natürlich, das ist ärgerlich. Wir melden uns.", True),
        ("en", "I'm sorry, I can see why you're upset. I'll pass that on.", True),
        ("en", "Of course, I understand. I'll pass it to our accounts team.", True),
        # with a time or an outcome it says what happens
        ("de", "Das verstehe ich. Ich melde mich morgen um 10 bei Ihnen.", False),
        ("en", "I'm sorry. I'll pass it to accounts and you'll have the refund by Friday.", False),
        ("en", "I'm sorry. I'll pass that on to the fitter, who will ring you within the hour.", False),
    ],
)
def test_nothing_about_the_matter_surely_misses_it(language: str, reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    step = CHECK_DE if language == "de" else CHECK_EN
    found = penalised(language, reply, resources, **dict(step))
    assert ("not_listening/missed_point" in found) is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "ignored"),
    [
        ("de", "Es tut mir leid, dass Sie das so sehen. Ich prüfe das.", True),
        ("de", "Es tut mir leid, wenn Sie sich so fühlen. Ich prüfe das.", True),
        ("en", "I'm sorry you feel that way. I'll check it.", True),
        ("en", "I'm sorry if you took it like that. I'll check it.", True),
        # a real apology, or sympathy that names the feeling
        ("de", "Es tut mir leid, dass Sie sich so ärgern mussten. Ich prüfe das.", False),
        ("en", "I'm so sorry you feel let down. I'll check it.", False),
        ("en", "I'm sorry, I see it that way too. I'll check it.", False),
        # regret for what they went through (set v17's kind)
        ("de", "Verzeihen Sie bitte, dass Sie das so erleben mussten. Ich prüfe das.", False),
        ("de", "Oh, das tut mir leid, dass Sie das so erlebt haben. Ich prüfe das.", False),
    ],
)
def test_a_hollow_apology_takes_nothing_up(language: str, reply: str, ignored: bool, resources) -> None:  # noqa: ANN001
    step = CHECK_DE if language == "de" else CHECK_EN
    found = penalised(language, reply, resources, **dict(step))
    assert ("not_listening/ignored_emotion" in found) is ignored, found


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("de", "Sie haben uns die falschen Daten gegeben."),
        ("en", "You gave us the wrong card details."),
    ],
)
def test_the_customers_mistake_is_no_owning_of_ours(language: str, reply: str, resources) -> None:  # noqa: ANN001
    step = CHECK_DE if language == "de" else CHECK_EN
    found = penalised(language, reply, resources, **dict(step))
    assert "not_listening/ignored_emotion" in found, found
    assert "not_listening/missed_point" not in found, found  # no "you took up the feeling"


NO_DE = {
    "say": "Nein, eine Ratenzahlung will ich nicht. Ich will eine richtige Rechnung.",
    "emotion": "annoyed",
    "expect": {"accept_no": True, "offer_words": ["Raten", "Ratenzahlung"], "avoid": ["aber"]},
}
NO_EN = {
    "say": "No, I don't want a voucher. I want my deposit back.",
    "emotion": "annoyed",
    "expect": {"accept_no": True, "offer_words": ["voucher", "coupon"]},
}


@pytest.mark.parametrize(
    ("language", "reply", "expected"),
    [
        ("de", "In Ordnung, dann vergessen wir das mit den Raten. Die Rechnung wird berichtigt.", []),
        ("de", "Das ist aber wirklich ärgerlich, Frau Keller! Die Rechnung wird heute berichtigt.", []),
        ("de", "Ich verstehe Sie, aber die Raten wären günstiger.", ["avoid_phrase", "pushed_after_no"]),
        ("en", "Got it, forget the voucher. I'm putting the refund through right now.", []),
    ],
)
def test_a_trainers_tries_on_a_no(language: str, reply: str, expected: list[str], resources) -> None:  # noqa: ANN001
    step = NO_DE if language == "de" else NO_EN
    found = penalised(language, reply, resources, mood="annoyed", **dict(step))
    kinds = {k.split("/")[0] for k in found}
    assert set(expected) <= kinds if expected else not kinds, found


BILL_DE = {
    "say": "Auf meiner Rechnung steht eine Zahnreinigung, die nie gemacht wurde!",
    "emotion": "angry",
    "expect": {"key_points": {"check": ["ich prüfe das", "kläre das"]}, "avoid": ["das kann nicht sein"]},
}
BILL_EN = {
    "say": "My bill has a cleaning on it that was never done!",
    "emotion": "angry",
    "expect": {"key_points": {"check": ["I'll check", "look into it"]}, "avoid": ["it can't be right"]},
}


@pytest.mark.parametrize(
    ("language", "reply", "expected"),
    [
        # indignation on the customer's behalf: with them, not against them
        (
            "de",
            "Da haben Sie recht, das kann nicht sein, dass Sie für etwas zahlen, was nie gemacht wurde. Ich kläre das.",
            [],
        ),
        ("en", "You're right, it can't be right that you pay for a cleaning you never had. I'll check it.", []),
        # disbelief of the customer: the avoid phrase and the contradiction, its points counted once
        (
            "de",
            "Das kann nicht sein, unser System rechnet das automatisch ab. Ich kläre das.",
            ["avoid_phrase", "contradiction"],
        ),
    ],
)
def test_disbelief_said_with_them_or_against_them(language: str, reply: str, expected: list[str], resources) -> None:  # noqa: ANN001
    step = BILL_DE if language == "de" else BILL_EN
    sc = scenario(language, theme="service", mood="angry", **dict(step))
    result = judge_text(sc, "t1", reply, resources=resources)
    shown = sorted({f.kind for f in result.findings if f.kind in ("avoid_phrase", "contradiction")})
    assert shown == expected, result.findings
    if expected:  # one fault, one penalty: the avoid phrase is shown, its points count under the contradiction
        avoided = next(f for f in result.findings if f.kind == "avoid_phrase")
        assert avoided.penalty == 0 and avoided.evidence["counted_in"] == "contradiction"
        assert "einmal, beim Widerspruch" in avoided.message


WHEN_DE = {
    "say": "Und wann bekomme ich die korrigierte Rechnung?",
    "emotion": "annoyed",
    "expect": {"key_points": {"date": ["bis Freitag", "morgen"]}},
}
WHEN_EN = {
    "say": "And when do I get my deposit back?",
    "emotion": "annoyed",
    "expect": {"key_points": {"date": ["by Friday", "tomorrow"]}},
}


@pytest.mark.parametrize(
    ("language", "reply", "met", "penalty"),
    [
        # a vague span names no day: not met, but not surely missed either (a question)
        ("de", "Tut mir leid. In den nächsten Tagen.", False, False),
        ("en", "Sorry about that. Within the next few days.", False, False),
        # a span that says when
        ("de", "Tut mir leid. In drei Tagen.", True, False),
        ("en", "Sorry about that. Within three days.", True, False),
    ],
)
def test_a_vague_span_says_no_day(language: str, reply: str, met: bool, penalty: bool, resources) -> None:  # noqa: ANN001
    step = WHEN_DE if language == "de" else WHEN_EN
    sc = scenario(language, theme="service", mood="annoyed", **dict(step))
    result = judge_text(sc, "t1", reply, resources=resources)
    missed = [f for f in result.findings if f.evidence.get("reason") == "missed_point"]
    assert (not missed) is met, missed
    assert any(f.penalty > 0 for f in missed) is penalty, missed
    assert all(not f.evidence.get("closest", "").endswith(".") for f in missed)  # quoted without its full stop


DEPOSIT_EN = {
    "say": "This is Mark Ellis, booking reference KX 4471. I returned the car with a full tank and my deposit is gone!",
    "emotion": "angry",
    "facts": {
        "name": {"value": "Mark Ellis"},
        "booking": {"value": "KX 4471", "ask": ["booking reference", "booking number"]},
    },
}
BILL_ASK_DE = {
    "say": "Brandt hier, Rechnung 2024-118. Die Reinigung wurde nie gemacht, und trotzdem soll ich zahlen!",
    "emotion": "angry",
    "facts": {"name": {"value": "Brandt"}},
}


@pytest.mark.parametrize(
    ("language", "reply", "kind"),
    [
        # a given fact asked again in other words: a re-ask
        ("en", "I'm sorry about that. And your surname?", "not_listening/reasked"),
        ("en", "I'm sorry about that. What's the reference on your booking?", "not_listening/reasked"),
        ("de", "Das tut mir leid. Wie war noch mal Ihr Nachname?", "not_listening/reasked"),
        # a question that doubts what the customer did, opened by a filler
        ("en", "I'm sorry. Well, did you actually return it with a full tank?", "contradiction/phrase"),
        ("de", "Das tut mir leid. Und haben Sie wirklich vollgetankt?", "contradiction/phrase"),
        # the complaint declared unfounded after "aber"/"but"
        ("de", "Es tut mir leid, dass Sie sich ärgern, aber die Rechnung ist korrekt.", "contradiction/phrase"),
        ("en", "I'm sorry you're upset, but the charge is valid.", "contradiction/phrase"),
    ],
)
def test_more_of_a_trainers_misses(language: str, reply: str, kind: str, resources) -> None:  # noqa: ANN001
    step = DEPOSIT_EN if language == "en" else BILL_ASK_DE
    found = penalised(language, reply, resources, **dict(step))
    assert kind in found, found


@pytest.mark.parametrize(
    ("language", "mood", "wanted", "unwanted"),
    [
        ("de", "sad", "Erst Anteil nehmen", "Ärger"),
        ("en", "sad", "Show you care first", "anger"),
        ("de", "angry", "Den Ärger auffangen", "Anteil"),
        ("en", "angry", "Absorb the anger", "care first"),
    ],
)
def test_the_tip_for_a_feeling_passed_over_fits_the_mood(
    language: str, mood: str, wanted: str, unwanted: str, resources
) -> None:  # noqa: ANN001
    say = (
        "Meine Mutter ist gestorben, und die Karte kam zu spät."
        if language == "de"
        else "My mother died and the card came late."
    )
    sc = scenario(language, theme="service", mood=mood, say=say, emotion=mood)
    result = judge_text(
        sc, "t1", "Die Karte kommt morgen." if language == "de" else "The card comes tomorrow.", resources=resources
    )
    (ignored,) = [f for f in result.findings if f.evidence.get("reason") == "ignored_emotion"]
    assert wanted in ignored.tip and unwanted not in ignored.tip, ignored.tip


@pytest.mark.parametrize(
    ("language", "reply", "rebuts"),
    [
        # a marker, then the trouble played down or a colleague defended
        ("en", "Of course. To be fair, the couriers nearly always ring first. Friday, then.", True),
        ("en", "Sure. Though to be fair, the five days were only ever a guess. It'll be there Friday.", True),
        ("en", "Fine. Honestly, though, it wasn't the driver – the depot sorts them. Friday, then.", True),
        ("en", "Well, at least it got there. I can refund the postage.", True),
        ("de", "Na ja, Pakete gehen schon mal verloren. Ich frage nach.", True),
        ("de", "Na ja, das kommt vor, bei der Post geht viel durcheinander. Ich frage nach.", True),
        ("de", "Wenigstens ist es angekommen. Ich frage nach.", True),
        # the same markers siding with the customer, the agent's own step, or a quantity
        ("en", "To be fair, you're completely right. I'll refund the postage.", False),
        ("en", "To be fair, we should have called you. I'll refund the postage.", False),
        ("en", "I'm sorry. It will take at least three days, I'm afraid, and I'll call you on Friday.", False),
        ("en", "I'm sorry. At least I can refund the postage today.", False),
        ("de", "Na ja, das ist natürlich ärgerlich. Ich frage nach.", False),
        ("de", "Na ja, ich schaue gleich nach.", False),
        ("de", "Das tut mir leid. Wenigstens kann ich Ihnen das Porto erstatten.", False),
        # a bare "though" also leads into a push: no rebuttal without a denial
        ("en", "Tomorrow's fine. Though with a phone that age, a new one might save you money.", False),
    ],
)
def test_a_marker_then_the_trouble_played_down(language: str, reply: str, rebuts: bool, resources) -> None:  # noqa: ANN001
    say = (
        "Mein Paket ist eine Woche zu spät, und niemand hat sich gemeldet!"
        if language == "de"
        else "My parcel is a week late and nobody told me anything!"
    )
    found = penalised(language, reply, resources, say=say, emotion="annoyed", mood="annoyed")
    assert ("contradiction/phrase" in found) is rebuts, found


@pytest.mark.parametrize(
    ("language", "reply", "pushes"),
    [
        # another deal in the refused offer's place, in words the trainer did not list
        ("en", "We could take something off your next booking instead, though.", True),
        ("en", "If you ever rent with us again, there's a 20 percent discount waiting for you.", True),
        ("de", "Verstanden. Ich könnte Ihnen stattdessen 10 Prozent Rabatt auf die nächste Buchung geben.", True),
        # the no confirmed, or the customer's own ask met
        ("en", "Understood, no voucher, no discount. The refund goes out today.", False),
        ("de", "Verstanden, kein Gutschein. Die Kaution geht heute zurück.", False),
        ("en", "Of course. Instead, I'll refund the whole deposit today.", False),
    ],
)
def test_a_substitute_deal_after_a_no_pushes(language: str, reply: str, pushes: bool, resources) -> None:  # noqa: ANN001
    step = {
        "say": "Nein, einen Gutschein will ich nicht. Ich will meine Kaution zurück."
        if language == "de"
        else "No, I don't want a voucher. I want my deposit back.",
        "emotion": "annoyed",
        "expect": {"accept_no": True, "offer_words": ["Gutschein"] if language == "de" else ["voucher"]},
    }
    found = penalised(language, reply, resources, mood="annoyed", **step)
    assert ("pushed_after_no" in found) is pushes, found


CREDIT_EN = {
    "say": "My internet has been down for three days. I want a credit on my bill!",
    "emotion": "angry",
    "expect": {"key_points": {"credit": ["credit", "money off your bill", "refund the days"]}},
}
BILL_SAD_DE = {
    "say": "Die Nachzahlung von 840 Euro kann ich als Rentner nicht auf einmal bezahlen.",
    "emotion": "sad",
    "expect": {"key_points": {"plan": ["Raten", "in Teilbeträgen", "monatlich"]}},
}


@pytest.mark.parametrize(
    ("language", "step", "reply", "wanted", "unwanted"),
    [
        # belittling is no sympathy, even with a feeling word in it
        (
            "de",
            CHECK_DE,
            "So schlimm ist das doch nicht, das ist ein ganz normaler Vorgang.",
            "not_listening/ignored_emotion",
            None,
        ),
        # their burden granted: the feeling taken up
        (
            "de",
            BILL_SAD_DE,
            "Das ist viel Geld auf einmal, keine Frage. Ich biete Ihnen Raten an.",
            None,
            "not_listening/ignored_emotion",
        ),
        # sympathy alone, with intensifiers and "a hard situation"
        (
            "en",
            CHECK_EN,
            "I'm really sorry, Mrs Keller, that sounds incredibly frustrating.",
            "not_listening/missed_point",
            None,
        ),
        (
            "de",
            CHECK_DE,
            "Das tut mir wirklich leid, Frau Keller, das muss schwer für Sie sein.",
            "not_listening/missed_point",
            None,
        ),
        # the point's word inside a refusal does not meet it
        (
            "en",
            CREDIT_EN,
            "I'm sorry. I can't give you any credit though, outages are covered by our terms.",
            "not_listening/missed_point",
            None,
        ),
    ],
)
def test_a_third_trainers_tries(
    language: str, step: dict, reply: str, wanted: str | None, unwanted: str | None, resources
) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, mood=step["emotion"], **dict(step))
    assert wanted is None or wanted in found, found
    assert unwanted is None or unwanted not in found, found


def test_a_refusal_costs_the_feeling_once(resources) -> None:  # noqa: ANN001
    """Refusing misses the matter; the missing apology is the feeling's finding, not a second one,
    and the refusal is no "closest thing said" to it."""
    sc = scenario("de", theme="service", mood="angry", **CHECK_DE | {"expect": {"key_points": {
        "apology": ["tut mir leid", "entschuldigen"], "look_up": ["ich sehe nach", "kläre das"]}}})  # fmt: skip
    result = judge_text(sc, "t1", "Da kann ich leider nichts machen, die Abrechnung ist korrekt.", resources=resources)
    missed = {f.evidence["point"]: f for f in result.findings if f.evidence.get("reason") == "missed_point"}
    assert missed["look_up"].penalty > 0 and missed["look_up"].evidence["refused"]
    assert missed["apology"].penalty == 0 and "closest" not in missed["apology"].evidence
    assert any(f.evidence.get("reason") == "ignored_emotion" and f.penalty > 0 for f in result.findings)


@pytest.mark.parametrize(
    ("language", "reply"), [("de", "Sie haben die Bedingungen nicht gelesen."), ("en", "You didn't read the terms.")]
)
def test_blaming_the_customer_is_told_as_blame(language: str, reply: str, resources) -> None:  # noqa: ANN001
    sc = scenario(language, theme="service", mood="angry", **(CHECK_DE if language == "de" else CHECK_EN))
    (blame,) = [f for f in judge_text(sc, "t1", reply, resources=resources).findings if f.kind == "contradiction"]
    assert ("die Schuld gegeben" if language == "de" else "put the blame on") in blame.message, blame.message


@pytest.mark.parametrize(
    ("language", "reply", "ignored"),
    [
        # typed, nothing was misheard: "details are" is no "totally fair"
        ("en", "The card details are wrong.", True),
        # sympathy in words the lists lacked
        ("en", "That must have been mortifying. Your card is being unlocked as we speak.", False),
        ("de", "Das war sicher peinlich für Sie. Die Karte ist schon entsperrt.", False),
        # the customer's claim granted: "of course you don't pay for it"
        ("de", "Natürlich zahlen Sie nicht für etwas, das nicht funktioniert hat. Ich schreibe es gut.", False),
        ("en", "Of course you won't pay for days it didn't work. I'll credit them.", False),
    ],
)
def test_typed_replies_and_words_of_sympathy(language: str, reply: str, ignored: bool, resources) -> None:  # noqa: ANN001
    step = CHECK_DE if language == "de" else CHECK_EN
    found = penalised(language, reply, resources, **dict(step))
    assert ("not_listening/ignored_emotion" in found) is ignored, found


ROUTER_EN = {
    "say": "I've already restarted the router five times!",
    "emotion": "annoyed",
    "facts": {"restarted": {"value": "restarted the router", "ask": ["restart the router", "reboot"]}},
}
ROUTER_DE = {
    "say": "Ich habe den Router schon fünfmal neu gestartet!",
    "emotion": "annoyed",
    "facts": {"restarted": {"value": "den Router neu gestartet", "ask": ["Router neu starten", "neu starten"]}},
}


@pytest.mark.parametrize(
    ("language", "reply", "reasked"),
    [
        # asked to do again what they said they did: a re-ask, though it repeats their words
        ("en", "I'm sorry. Could you try restarting the router once more for me?", True),
        ("de", "Das ist ärgerlich. Könnten Sie den Router bitte noch einmal neu starten?", True),
        # their words said back to confirm
        ("en", "I'm sorry. You've restarted the router five times, so I'm sending an engineer.", False),
    ],
)
def test_asking_to_do_it_once_more_is_a_reask(language: str, reply: str, reasked: bool, resources) -> None:  # noqa: ANN001
    step = ROUTER_DE if language == "de" else ROUTER_EN
    found = penalised(language, reply, resources, mood="annoyed", **dict(step))
    assert ("not_listening/reasked" in found) is reasked, found
