"""Issue 10, a kind found in the misses of the fitted set v12: an excuse for the failure.

Telling the customer what happened to the one who failed them ("Herr Brandt war leider krank",
"our installer is swamped this month", "he got stuck in traffic") excuses the failure instead of
owning it; the customer hears that the complaint is not taken seriously. It is a contradiction
with its own message ("Sie haben das Versäumnis entschuldigt"). Not an excuse: the reason owned
in the same or the next sentence ("das entschuldigt aber nichts", "we should have called you"),
a word like "new" naming a thing ("a new engineer comes on Monday"), the agent's or the
customer's own state ("I'm new to this account", "you were busy").

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from tests.helpers.content_judge import penalised
from tests.helpers.timelines import scenario
from voicecoach.core.scenario import Scenario
from voicecoach.core.typed import judge_text

STEP = {
    "de": {
        "say": "Herr Brandt sollte gestern die Heizung warten, es kam niemand und ich habe umsonst frei genommen!",
        "emotion": "angry",
    },
    "en": {
        "say": "Darren was meant to service the boiler yesterday, nobody came and I took the day off for nothing!",
        "emotion": "angry",
    },
}


@pytest.mark.parametrize(
    ("language", "reply", "excuse"),
    [
        ("de", "Das tut mir leid. Herr Brandt war gestern leider krank. Ich schicke Ihnen morgen jemanden.", True),
        ("de", "Entschuldigung. Unsere Techniker sind im Moment völlig überlastet. Morgen um 8 kommt jemand.", True),
        ("de", "Das ist ärgerlich. Herr Brandt stand im Stau, das war nicht seine Schuld. Morgen kommt er.", True),
        ("en", "I'm sorry. Darren is quite new, so he mixed up the dates. Someone will come tomorrow at 8.", True),
        ("en", "Apologies. Our engineers are swamped this month. Someone will come tomorrow at 8.", True),
        ("en", "I'm sorry, he got stuck in traffic on the ring road. He'll come tomorrow at 8.", True),
        # the one blamed, praised: defending them excuses the failure
        ("de", "Das tut mir leid. Aber Herr Brandt ist eigentlich sehr zuverlässig. Morgen um 8 kommt er.", True),
        ("en", "I'm sorry. Darren is really experienced, honestly. He'll be there tomorrow at 8.", True),
        # another of ours, praised to reassure: no excuse
        ("de", "Das tut mir leid. Unser Meister ist sehr erfahren, er kommt morgen um 8 zu Ihnen.", False),
        # the reason owned: an explanation, not an excuse
        ("de", "Herr Brandt war krank, das entschuldigt aber nichts. Morgen um 8 kommt ein Kollege.", False),
        ("en", "Darren was off sick, but we should have called you. A colleague comes tomorrow at 8.", False),
        # "new" naming a thing; the agent's own state
        ("de", "Das tut mir leid. Ein neuer Techniker kommt morgen um 8.", False),
        ("en", "I'm sorry. A new engineer is booked for tomorrow at 8.", False),
        ("en", "I'm sorry, I'm new to this account, but I'll have someone there tomorrow at 8.", False),
    ],
)
def test_an_excuse_for_the_failure_is_a_contradiction(language: str, reply: str, excuse: bool, resources) -> None:  # noqa: ANN001
    sc = scenario(language, theme="service", mood="angry", **STEP[language])
    result = judge_text(sc, "t1", reply, resources=resources)
    excuses = [f for f in result.findings if f.kind == "contradiction" and f.evidence.get("grammar") == "excuse"]
    assert bool(excuses) is excuse, [(f.kind, f.evidence.get("said")) for f in result.findings]
    assert all(f.penalty > 0 for f in excuses)
    if not excuse:
        assert not [k for k in penalised(language, reply, resources, **STEP[language]) if k.startswith("contradiction")]


@pytest.mark.parametrize(
    ("language", "said"),
    [("de", "haben Sie das Versäumnis entschuldigt"), ("en", "you made an excuse for the failure")],
)
def test_the_excuse_is_told_as_such(language: str, said: str, resources) -> None:  # noqa: ANN001
    reply = (
        "Herr Brandt war gestern leider krank. Morgen um 8 kommt jemand."
        if language == "de"
        else "Darren was ill yesterday, I'm afraid. Someone comes tomorrow at 8."
    )
    sc = scenario(language, theme="service", mood="angry", **STEP[language])
    result = judge_text(sc, "t1", reply, resources=resources)
    contradiction = next(f for f in result.findings if f.kind == "contradiction")
    assert contradiction.evidence["grammar"] == "excuse"
    assert said.lower() in contradiction.message.lower(), contradiction.message


POINT = {
    "de": {**STEP["de"], "expect": {"key_points": {"new_date": ["neuer Termin", "kommt morgen", "ich schicke"]}}},
    "en": {**STEP["en"], "expect": {"key_points": {"new_date": ["new appointment", "comes tomorrow", "I'll send"]}}},
}


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # sympathy and a bare handover, in more forms: the matter itself surely missed
        ("de", "Natürlich, Herr Brandt, das verstehe ich. Ich leite das jetzt weiter, dann meldet sich jemand.", True),
        ("de", "Das tut mir leid, ich kann mir vorstellen, wie sauer Sie beide sind. Ich gebe das weiter.", True),
        ("en", "Sure, no problem at all, and sorry for the trouble. I'll pass this on and they'll be in touch.", True),
        ("en", "I'm so sorry for the wait, and for the mix-up. That must be really frustrating.", True),
        ("de", "Oh, das ist ärgerlich, das tut mir leid. Ich sage Herrn Falk Bescheid, dass er sich meldet.", True),
        ("en", "I'm so sorry, that's maddening. I'll pass your comments to Rory.", True),
        # a time for the matter itself: more than a handover
        ("de", "Das tut mir leid. Ich leite das jetzt weiter, morgen um 10 ruft Sie der Meister an.", False),
        ("en", "I'm so sorry for the wait, and for the mix-up. I'll book you in for 9 tomorrow.", False),
    ],
)
def test_sympathy_and_handover_in_more_forms(language: str, reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **POINT[language])
    assert ("not_listening/missed_point" in found) is missed, found


REFUND = {
    "de": {
        "say": "Brandt hier. Der Monteur kam nie, und jetzt soll ich 90 Euro für die Anfahrt zahlen? Ich will wissen, "
        "was da los war!",
        "emotion": "angry",
        "facts": {"name": {"value": "Brandt"}},
    },
    "en": {
        "say": "This is Mark Ellis. The engineer never came and now you want 90 pounds for the call-out? I want to "
        "know what happened!",
        "emotion": "angry",
        "facts": {"name": {"value": "Mark Ellis"}},
    },
}
DECLINED = {
    "de": {
        "say": "Nein, den Wartungsvertrag will ich nicht, lassen Sie das. Ich brauche nur den neuen Termin.",
        "emotion": "annoyed",
        "expect": {"accept_no": True, "offer_words": ["Wartungsvertrag", "Vertrag"]},
    },
    "en": {
        "say": "No, I don't want the service plan, leave it. I only need the new appointment.",
        "emotion": "annoyed",
        "expect": {"accept_no": True, "offer_words": ["service plan", "plan"]},
    },
}


@pytest.mark.parametrize(
    ("language", "step", "reply"),
    [
        # promising what they will not pay is no reproach of what they did not do
        ("en", REFUND, "I'm so sorry, Mr Ellis. You won't be paying a penny for a visit that never happened."),
        (
            "de",
            REFUND,
            "Das tut mir leid, Herr Brandt. Sie werden keinen Cent für einen Besuch zahlen, der nie stattfand.",
        ),
        # what went wrong is the matter, not the customer's error
        (
            "en",
            REFUND,
            "I'm sorry. The fee is cancelled, and our manager will call you today to explain what went wrong.",
        ),
        (
            "de",
            REFUND,
            "Entschuldigung, Herr Brandt. Die 90 Euro für die Anfahrt streiche ich, und heute ruft Sie jemand an, "
            "um zu erklären, was da falsch gelaufen ist.",
        ),
        # someone else's name, or several, is not a re-ask of theirs
        ("en", REFUND, "I'm sorry. Is there an engineer's name on the booking email? I'm cancelling the fee now."),
        (
            "de",
            REFUND,
            "Das tut mir leid, die 90 Euro für die Anfahrt storniere ich. Nennen Sie mir ein paar Namen, wer "
            "sonst noch auf den Monteur gewartet hat?",
        ),
        # what the agent still needs, and the refused offer left as it is, press nothing
        ("de", DECLINED, "In Ordnung, ohne Vertrag. Dann brauche ich nur noch Ihre Kundennummer für den Termin."),
        ("de", DECLINED, "Verstanden, der Vertrag bleibt, wie er ist. Der Termin ist Donnerstag um 9."),
        ("en", DECLINED, "Understood, the plan stays as it is. Your appointment is Thursday at 9."),
    ],
)
def test_good_replies_that_were_called_faults(language: str, step: dict, reply: str, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **step[language])
    assert not [k for k in found if not k.startswith("not_listening/missed_point")], found


@pytest.mark.parametrize(
    ("language", "reply", "flagged"),
    [
        # the trouble made small, or called normal with a "when" after it
        ("de", "Das tut mir leid. Aber das ist wirklich nicht so kompliziert, Herr Brandt.", True),
        ("en", "I'm sorry, but honestly, it's not that hard to reset the timer.", True),
        ("de", "Das tut mir leid. Ein Ausfall ist nach so einem Kälteeinbruch ganz normal.", True),
        ("en", "Sorry about that. A missed visit is normal after a storm week.", True),
        # what is not that simple for the agent, or a normal thing we do, plays nothing down
        ("en", "I'm sorry, I know this isn't that simple for you. An engineer comes tomorrow at 8.", False),
        ("de", "Das tut mir leid. Ein Ersatztermin ist bei uns selbstverständlich, morgen um 8 kommt jemand.", False),
    ],
)
def test_the_trouble_played_down(language: str, reply: str, flagged: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **STEP[language])
    assert ("contradiction/phrase" in found) is flagged, found


AGAIN = {
    "de": {
        "say": "Steinke hier. Meine Stute Pepper lahmt seit dem Beschlag am Dienstag, und der Tierarzt hat 160 Euro "
        "gekostet!",
        "emotion": "angry",
        "facts": {
            "name": {"value": "Steinke"},
            "horse": {"value": "Pepper", "ask": ["wie heißt das Pferd", "Name des Pferdes"]},
            "vet_bill": {"value": "160 Euro", "ask": ["wie hoch ist die Rechnung", "was hat der Tierarzt gekostet"]},
        },
    },
    "en": {
        "say": "Grant Hollis here. The grandkids arrive on Friday and the pool is green because nobody came!",
        "emotion": "angry",
        "facts": {
            "name": {"value": "Grant Hollis"},
            "arrival": {"value": "Friday", "ask": ["when do the grandkids arrive", "which day"]},
        },
    },
}


@pytest.mark.parametrize(
    ("language", "reply", "reasked"),
    [
        # asked "again" for what one fact's phrasings ask: a re-ask in other words
        ("de", "Das tut mir leid. Wie heißt Ihre Stute noch mal? Ich trage den Meister für morgen ein.", True),
        ("de", "Das tut mir leid. Was hat der Tierarzt denn noch mal gekostet? Wir übernehmen das.", True),
        ("en", "I'm sorry. Just tell me again when your grandchildren are arriving, and I'll book someone.", True),
        # the value said back confirms; no "again" is no sign
        ("de", "Das tut mir leid. Die Rechnung war noch mal 160 Euro, richtig? Wir übernehmen das.", False),
        ("en", "I'm sorry. The grandkids arrive again on Friday, right? Someone comes tomorrow at 8.", False),
        ("en", "I'm sorry. Someone will be there tomorrow at 8, before the grandkids arrive.", False),
    ],
)
def test_asking_again_in_other_words(language: str, reply: str, reasked: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **AGAIN[language])
    assert ("not_listening/reasked" in found) is reasked, found


@pytest.mark.parametrize(
    ("language", "reply", "ignored"),
    [
        # "nimmt das Eisen ab" shares only the verb with "Das nehme ich Ihnen ab" (I believe you)
        ("de", "Der Meister kommt morgen um 8 Uhr und nimmt die Verkleidung ab.", True),
        ("de", "Das nehme ich Ihnen sofort ab. Der Meister kommt morgen um 8 Uhr.", False),
    ],
)
def test_a_phrase_of_feeling_that_addresses_them_needs_them(
    language: str, reply: str, ignored: bool, resources
) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **{**STEP[language], "emotion": "sad"})
    assert ("not_listening/ignored_emotion" in found) is ignored, found


COST = {
    "de": {
        "say": "Und die Verspätung bezahle ich nicht auch noch, das sage ich Ihnen gleich.",
        "emotion": "annoyed",
        "expect": {"key_points": {"cost": ["übernehmen wir", "kostenlos", "kein Aufpreis", "geht auf uns"]}},
    },
    "en": {
        "say": "And I'm not paying for the delay on top of it, I'm telling you now.",
        "emotion": "annoyed",
        "expect": {"key_points": {"cost": ["we'll cover it", "free of charge", "no extra cost", "that's on us"]}},
    },
}


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # a trainer's point about money with one phrasing that owns the mistake ("geht auf uns") is
        # still about money: sympathy alone surely misses it (was: 100/100)
        ("de", "Ich kann Ihren Ärger total verstehen, Frau Keller.", True),
        ("en", "I'm so sorry, I can hear how stressed you are.", True),
        ("de", "Das verstehe ich, die Verspätung geht auf uns, Sie zahlen nichts extra.", False),
    ],
)
def test_one_phrasing_of_feeling_does_not_make_a_point_about_feeling(
    language: str, reply: str, missed: bool, resources
) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **COST[language])
    assert ("not_listening/missed_point" in found) is missed, found


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("en", "Poor kids! Let's get this fixed: a technician can be with you by 4 today."),
        ("de", "Die armen Kinder! Ein Techniker ist heute bis 16 Uhr bei Ihnen."),
    ],
)
def test_pity_for_those_they_care_for_takes_the_feeling_up(language: str, reply: str, resources) -> None:  # noqa: ANN001
    assert "not_listening/ignored_emotion" not in penalised(language, reply, resources, **STEP[language])


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("en", "Well, if you'd called earlier we could have sent someone today."),
        ("de", "Also, hätten Sie früher angerufen, hätten wir heute noch jemanden schicken können."),
    ],
)
def test_if_only_they_had_called_earlier_blames_them(language: str, reply: str, resources) -> None:  # noqa: ANN001
    # a trainer: "Well, if you'd called earlier we could have fit you in today" was only "feeling passed over"
    assert "contradiction/phrase" in penalised(language, reply, resources, **STEP[language])


def _two_turns(language: str) -> Scenario:
    """A call where the customer says no to the annual plan in turn 1, and asks when in turn 2."""
    de = language == "de"
    return Scenario.model_validate(
        {
            "id": f"later-no-{language}",
            "title": "Test",
            "language": language,
            "theme": "sales",
            "brief": {"situation": "A test.", "goal": "Pass."},
            "persona": {"name": "Frau Keller" if de else "Mrs Keller", "mood": "annoyed"},
            "turns": [
                {
                    "id": "no",
                    "say": "Nein, den Jahresvertrag will ich nicht." if de else "No, I don't want the annual plan.",
                    "emotion": "annoyed",
                    "expect": {"accept_no": True, "offer_words": ["Jahresvertrag"] if de else ["annual plan"]},
                },
                {"id": "when", "say": "Und wann kommt jemand?" if de else "So when is someone coming?"},
            ],
        }
    )


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        ("de", "Morgen um 9 Uhr. Und mit dem Jahresvertrag wären Sie nächstes Mal zuerst dran.", True),
        ("en", "Tomorrow at 9. And with the annual plan you'd get priority next time.", True),
        ("de", "Morgen um 9 Uhr, ganz ohne Jahresvertrag.", False),
        ("en", "Tomorrow at 9, and no annual plan, as you said.", False),
    ],
)
def test_a_no_holds_for_the_rest_of_the_call(language: str, reply: str, pushed: bool, resources) -> None:  # noqa: ANN001
    result = judge_text(_two_turns(language), "when", reply, resources=resources)
    assert any(f.kind == "pushed_after_no" and f.penalty > 0 for f in result.findings) is pushed, [
        (f.kind, f.penalty) for f in result.findings
    ]


def test_the_refused_offer_is_known_only_where_the_no_was_heard() -> None:
    sc = _two_turns("en")
    assert sc.refused_before(sc.step("when")) == ("annual plan",)
    assert sc.refused_before(sc.step("when"), path=["no"]) == ("annual plan",)
    assert sc.refused_before(sc.step("when"), path=[]) == ()  # the no was never played
    assert sc.refused_before(sc.step("no")) == ()  # the turn of the no itself is judged as before
