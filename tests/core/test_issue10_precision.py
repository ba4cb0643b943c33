"""Issue 10, second round: content rules found on the tuning set, as kinds, German and English rows.

- "yes, but" takes an acknowledgement back (a minor contradiction), "but I'll ..." does not;
- blaming the customer ("You should have checked", "Sie hätten vorher anrufen können") is a
  contradiction, "you should have received" is not;
- a confused customer needs clarity, not empathy: no points off for a missing acknowledgement;
- on a turn where the customer says no to an offer, taking the no is the acknowledgement;
- taking the customer's side, owning the mistake, relief and worry count as acknowledgement.
"""

from __future__ import annotations

import pytest

from tests.helpers.timelines import kinds, scenario
from voicecoach.core.analyzers.options import JudgeOptions
from voicecoach.core.typed import judge_text

CONTENT = ("not_listening", "contradiction", "pushed_after_no", "avoid_phrase", "no_acknowledgement")

#: Key-point misses cost points here (JudgeOptions.missed_point_penalty): these rows test what the
#: judge sees; the default shows a miss without points off (test_a_miss_costs_no_points_by_default).
STRICT = JudgeOptions(missed_point_penalty=True)


def penalised(language: str, say: str, reply: str, resources, mood: str = "calm", **step) -> list[str]:  # noqa: ANN001
    sc = scenario(language, theme="service", mood=mood, say=say, **step)
    result = judge_text(sc, "t1", reply, resources=resources, options=STRICT)
    return sorted(
        k
        for k, f in zip(kinds(list(result.findings)), result.findings)
        if (f.penalty > 0 or f.evidence.get("counted_in")) and f.kind in CONTENT  # counted once: still a fault
    )


CHARGE_DE = "Sie haben mir einen Kratzer am Auto berechnet, sehen Sie sich die Fotos an."
CHARGE_EN = "You charged me for a scratch on the car I didn't make, look at the photos."


@pytest.mark.parametrize(
    ("language", "say", "reply", "expected"),
    [
        ("en", CHARGE_EN, "I hear you, but our staff checked the car at pickup.", ["contradiction/but_opening"]),
        ("en", CHARGE_EN, "I'm sorry, but the letter explained the charge for the car.", ["contradiction/but_opening"]),
        (
            "en",
            CHARGE_EN,
            "Yes, sir, but you should tell us about a scratch in advance.",
            ["contradiction/but_opening"],
        ),
        ("en", CHARGE_EN, "I'm sorry, but I'll look into the photos right away.", []),
        ("en", CHARGE_EN, "I understand, but let me check the photos first.", []),
        (
            "de",
            CHARGE_DE,
            "Das verstehe ich, aber unsere Mitarbeiter haben das Auto geprüft.",
            ["contradiction/but_opening"],
        ),
        ("de", CHARGE_DE, "Tut mir leid, aber Sie hätten den Kratzer melden müssen.", ["contradiction/phrase"]),
        ("de", CHARGE_DE, "Das tut mir leid, aber ich sehe mir die Fotos gleich an.", []),
        # blame
        ("en", CHARGE_EN, "You should have checked the car before you drove off.", ["contradiction/phrase"]),
        ("en", CHARGE_EN, "You should have read the contract for the car.", ["contradiction/phrase"]),
        ("en", CHARGE_EN, "You should have received an email with the photos.", []),
        ("en", CHARGE_EN, "You should have been told about the photos, I'm sorry.", []),
        ("de", CHARGE_DE, "Wegen dem Kratzer hätten Sie aber auch vorher anrufen können.", ["contradiction/phrase"]),
        ("de", CHARGE_DE, "Sie hätten eigentlich eine SMS zum Kratzer bekommen müssen, das prüfe ich.", []),
    ],
)
def test_yes_but_and_blame(language, say, reply, expected, resources) -> None:  # noqa: ANN001
    assert penalised(language, say, reply, resources, emotion="calm") == expected


@pytest.mark.parametrize(
    ("language", "say", "mood", "step", "reply", "expected"),
    [
        # a confused customer: clarity, not empathy, is owed
        (
            "de",
            "Ich habe keinen Abholcode bekommen, wie geht das jetzt?",
            "calm",
            {"emotion": "confused"},
            "Ich schicke Ihnen den Code gleich neu, per SMS.",
            [],
        ),
        (
            "en",
            "I never got a pickup code, how does this work?",
            "calm",
            {"emotion": "confused"},
            "I'll send you the code again by text right now.",
            [],
        ),
        # ... unless the author asks for it
        (
            "en",
            "I never got a pickup code, how does this work?",
            "calm",
            {"emotion": "confused", "expect": {"acknowledge_emotion": True}},
            "I'll send you the code again by text right now.",
            ["not_listening/ignored_emotion"],
        ),
        # a no to an offer, with complaint words in it: taking the no is what is owed
        (
            "en",
            "No, I don't want the waiver, I still want my money back for that scratch.",
            "angry",
            {"expect": {"accept_no": True, "offer_words": ["waiver"]}},
            "Of course, no waiver. Your case is with the claims team now.",
            [],
        ),
        (
            "de",
            "Nein, die Vollkasko will ich nicht, ich will mein Geld zurück.",
            "angry",
            {"expect": {"accept_no": True, "offer_words": ["Vollkasko"]}},
            "In Ordnung, keine Vollkasko. Ihr Fall liegt jetzt bei der Schadenabteilung.",
            [],
        ),
        # taking the customer's side, owning the mistake, relief, worry
        (
            "en",
            CHARGE_EN,
            "angry",
            {"emotion": "angry"},
            "That's completely fair. I'll freeze the charge for the scratch.",
            [],
        ),
        (
            "en",
            CHARGE_EN,
            "angry",
            {"emotion": "angry"},
            "That was our mistake, and I'll take the scratch off the bill.",
            [],
        ),
        (
            "en",
            "He had to walk along the main road!",
            "sad",
            {"emotion": "sad"},
            "I'm glad he's okay after that walk. The stop is back.",
            [],
        ),
        (
            "de",
            CHARGE_DE,
            "angry",
            {"emotion": "angry"},
            "Das war unser Versehen, ich nehme den Kratzer von der Rechnung.",
            [],
        ),
        (
            "de",
            "Meine Bestellung ist weg!",
            "sad",
            {"emotion": "sad"},
            "Oh, das ist natürlich beunruhigend. Ich schaue nach.",
            [],
        ),
        # ... and a reply without any of it still takes points off (and cites the rules against
        # the customer's objection: a contradiction named "Rules cited", thirteenth session)
        (
            "en",
            CHARGE_EN,
            "angry",
            {"emotion": "angry"},
            "The charge for the scratch stays on your card until the review is finished, that's our policy.",
            ["contradiction/phrase", "not_listening/ignored_emotion"],
        ),
        (
            "de",
            CHARGE_DE,
            "angry",
            {"emotion": "angry"},
            "Der Betrag für den Kratzer bleibt bis zur Prüfung auf Ihrer Karte, so sind die Regeln.",
            ["contradiction/phrase", "not_listening/ignored_emotion"],
        ),
    ],
)
def test_acknowledgement_rules(language, say, mood, step, reply, expected, resources) -> None:  # noqa: ANN001
    assert penalised(language, say, reply, resources, mood=mood, **step) == expected


@pytest.mark.parametrize(
    ("language", "say", "points", "reply", "expected"),
    [
        # a point whose phrasings are acknowledgements: any usual acknowledgement says it
        (
            "de",
            "Nein, umleiten brauchen Sie nicht.",
            {"accept": ["in Ordnung", "verstehe"]},
            "Klar, machen wir so.",
            [],
        ),
        (
            "en",
            "No, I don't need the add-on.",
            {"accept": ["of course", "no problem"]},
            "Fair enough, I won't set anything up.",
            [],
        ),
        # an apology point is not met by "okay"
        (
            "en",
            "My parcel is late.",
            {"apology": ["sorry", "apologise"]},
            "Okay. Your parcel comes tomorrow.",
            ["not_listening/missed_point"],
        ),
        (
            "de",
            "Mein Paket ist zu spät.",
            {"apology": ["tut mir leid", "entschuldigen"]},
            "Okay. Ihr Paket kommt morgen.",
            ["not_listening/missed_point"],
        ),
        # a light verb inside a separable verb still links by its full form ("sehe mir ... an" = ansehen ~ schauen)
        (
            "de",
            "Wo bleibt meine Bestellung?",
            {"look_up": ["schaue", "prüfe"]},
            "Ich sehe mir Ihre Bestellung sofort an.",
            [],
        ),
        # a confirmation point: any usual confirmation
        (
            "en",
            "Thursday at six works.",
            {"confirm": ["booked", "confirmed", "all set"]},
            "Perfect, I've put you in for Thursday at six.",
            [],
        ),
        (
            "de",
            "Donnerstag halb acht passt.",
            {"confirm": ["eingetragen", "notiert"]},
            "Prima, Donnerstag halb acht steht fest für Sie.",
            [],
        ),
        # a point's own word in a statement: perhaps said otherwise, no points off (shown as info)
        (
            "de",
            "Meine Heizung ist aus!",
            {"technician": ["Techniker schicken", "Techniker kommt"]},
            "Ein Techniker hat heute leider frei.",
            [],
        ),
        (
            "en",
            "My heating is off!",
            {"technician": ["send a technician", "technician comes"]},
            "A technician is off today, I'm afraid.",
            [],
        ),
        # ... the same word in a question does not say the point
        (
            "de",
            "Meine Heizung ist aus!",
            {"technician": ["Techniker schicken", "Techniker kommt"]},
            "Brauchen Sie einen Techniker?",
            ["not_listening/missed_point"],
        ),
        (
            "en",
            "My heating is off!",
            {"technician": ["send a technician", "technician comes"]},
            "Do you need a technician?",
            ["not_listening/missed_point"],
        ),
        # nothing of the point at all: a miss, with points off
        (
            "de",
            "Meine Heizung ist aus!",
            {"technician": ["Techniker schicken", "Techniker kommt"]},
            "Wir haben gerade sehr viele Anrufe.",
            ["not_listening/missed_point"],
        ),
        (
            "en",
            "My heating is off!",
            {"technician": ["send a technician", "technician comes"]},
            "We are getting a lot of calls today.",
            ["not_listening/missed_point"],
        ),
    ],
)
def test_key_point_classes_and_unsure_misses(language, say, points, reply, expected, resources) -> None:  # noqa: ANN001
    assert penalised(language, say, reply, resources, emotion="calm", expect={"key_points": points}) == expected


@pytest.mark.parametrize(
    ("language", "reply", "closest"),
    [
        ("de", "Ein Techniker hat heute leider frei.", "Ein Techniker hat heute leider frei"),
        ("en", "A technician is off today, I'm afraid.", "A technician is off today"),
    ],
)
def test_an_unsure_miss_is_shown_with_the_closest_words_and_no_points(language, reply, closest, resources) -> None:  # noqa: ANN001
    sc = scenario(
        language,
        theme="service",
        mood="calm",
        say="Heizung aus.",
        emotion="calm",
        expect={"key_points": {"technician": ["Techniker schicken"] if language == "de" else ["send a technician"]}},
    )
    (finding,) = [f for f in judge_text(sc, "t1", reply, resources=resources).findings if f.kind == "not_listening"]
    assert (finding.severity, finding.penalty, finding.evidence["unsure"]) == ("info", 0.0, True)
    assert finding.evidence["closest"] == closest and closest in finding.message
    assert ("nicht sicher gehört" if language == "de" else "did not clearly hear") in finding.message


@pytest.mark.parametrize(
    ("language", "say", "reply"),
    [
        (
            "de",
            "Nein, einen Heizlüfter brauche ich nicht.",
            "Der Heizlüfter wäre aber kostenlos, überlegen Sie es sich doch noch mal.",
        ),
        ("en", "No, I don't want the waiver.", "With the waiver you'd be safe, are you sure?"),
    ],
)
def test_pushing_after_a_no_is_one_finding(language, say, reply, resources) -> None:  # noqa: ANN001
    offer = "Heizlüfter" if language == "de" else "waiver"
    accept = ["in Ordnung", "verstehe"] if language == "de" else ["of course", "understood"]
    found = penalised(
        language,
        say,
        reply,
        resources,
        emotion="calm",
        expect={"accept_no": True, "offer_words": [offer], "key_points": {"accept": accept}},
    )
    assert found == ["pushed_after_no"]


@pytest.mark.parametrize(
    ("language", "avoid", "reply", "expected"),
    [
        # modal particles inside an avoid phrase do not hide it
        (
            "de",
            "Sie hätten anrufen können",
            "Sie hätten aber auch vorher anrufen können.",
            ["avoid_phrase", "contradiction/phrase"],
        ),
        ("en", "we cannot refund that", "Well, we simply really cannot actually refund that.", ["avoid_phrase"]),
        # other words between them still do: a different sentence
        ("en", "we cannot refund that", "We cannot say yet if the shop will refund the parcel and that.", []),
    ],
)
def test_particles_inside_an_avoid_phrase(language, avoid, reply, expected, resources) -> None:  # noqa: ANN001
    say = (
        "Mein Paket ist kaputt angekommen, das Paket!" if language == "de" else "My parcel arrived broken, the parcel!"
    )
    found = penalised(
        language,
        say,
        reply + (" Das Paket." if language == "de" else " The parcel."),
        resources,
        emotion="calm",
        expect={"avoid": [avoid]},
    )
    assert found == expected


@pytest.mark.parametrize(
    ("language", "reply", "expected"),
    [
        ("de", "Prima, Donnerstag halb acht, und die Warteliste lassen wir weg.", []),
        ("de", "Prima, und die Warteliste trage ich trotzdem ein.", ["pushed_after_no"]),
        ("en", "Fair enough, I'll leave the waiver off your booking.", []),
        ("en", "Fair enough, but the waiver would really help you.", ["pushed_after_no"]),
    ],
)
def test_an_offer_word_that_drops_the_offer_is_no_push(language, reply, expected, resources) -> None:  # noqa: ANN001
    offer = "Warteliste" if language == "de" else "waiver"
    say = "Nein, auf die Warteliste will ich nicht." if language == "de" else "No, I don't want the waiver."
    assert (
        penalised(language, say, reply, resources, emotion="calm", expect={"accept_no": True, "offer_words": [offer]})
        == expected
    )
