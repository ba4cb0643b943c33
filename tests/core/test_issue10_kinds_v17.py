"""Issue 10, kinds found in the errors of the set v17 (fitted since the seventeenth session).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from tests.helpers.content_judge import contradicts, ignored, penalised
from tests.helpers.timelines import scenario
from voicecoach.core.scenario import Scenario
from voicecoach.core.typed import judge_text

VISIT = {
    "de": {
        "say": "Seit Freitag läuft die Spülmaschine aus, die Küche steht unter Wasser. Wann kommt endlich jemand?",
        "emotion": "annoyed",
        "expect": {
            "key_points": {"visit": ["Techniker", "schicke", "komme vorbei"], "day": ["morgen", "heute", "Mittwoch"]},
            "avoid": ["wir kümmern uns darum", "so bald wie möglich", "kann ich nicht versprechen"],
        },
    },
    "en": {
        "say": "Since Friday the dishwasher has been leaking, the kitchen is flooded. When is someone coming?",
        "emotion": "annoyed",
        "expect": {
            "key_points": {"visit": ["engineer", "send", "come out"], "day": ["tomorrow", "today", "Wednesday"]},
            "avoid": ["we'll look into it", "as soon as possible", "can't promise"],
        },
    },
}


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # the only steps the agent names are the phrases to avoid: no visit in any words
        ("de", "Das tut mir leid. Wir kümmern uns darum, so bald wie möglich.", True),
        ("de", "Ärgerlich, verstehe. Wir kümmern uns so bald wie möglich darum, sobald jemand frei ist.", True),
        ("en", "I'm sorry about that. We'll look into it as soon as possible.", True),
        ("en", "That's annoying, I know. We'll look into it as soon as possible, once someone's free.", True),
        # a step of its own beside the avoid phrase may be the point in other words: a note only
        ("de", "Das tut mir leid. Wir kümmern uns darum. Unser Monteur steht morgen um acht bei Ihnen.", False),
        ("en", "I'm sorry. We'll look into it: our fitter will be with you tomorrow at eight.", False),
        # a time said inside the avoided promise may still answer "when"
        ("de", "Tut mir leid. Der Termin ist der 14., versprechen kann ich das aber nicht.", False),
        ("en", "I'm sorry. We'll look into it as soon as possible, the 14th at the latest.", False),
    ],
)
def test_a_step_that_is_the_avoid_phrase_says_no_point(language: str, reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **VISIT[language])
    assert any(k.startswith("not_listening/missed_point") for k in found) is missed, found


LOAN = {
    "de": {
        "say": "Die Maschine ist kaputt und ich habe morgen Gäste. Bekomme ich ein Ersatzgerät, und wann ist sie fertig?",
        "emotion": "annoyed",
        "expect": {
            "key_points": {"loan": ["Ersatzgerät", "Leihgerät"], "when": ["morgen", "heute", "Donnerstag"]},
            "avoid": ["kann ich nicht zusagen", "nächste Woche", "aus Kulanz"],
        },
    },
    "en": {
        "say": "The machine is broken and I have guests tomorrow. Do I get a loan unit, and when is it ready?",
        "emotion": "annoyed",
        "expect": {
            "key_points": {"loan": ["loan unit", "spare machine"], "when": ["tomorrow", "today", "Thursday"]},
            "avoid": ["can't promise", "next week", "as a goodwill gesture"],
        },
    },
}


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # the point's words said only inside an avoid phrase that takes it back: not given
        ("de", "Tut mir leid. Ein Ersatzgerät kann ich Ihnen nicht zusagen. Fertig ist sie morgen.", {"loan"}),
        ("de", "Tut mir leid. Sie bekommen ein Leihgerät, fertig ist die Maschine nächste Woche.", {"when"}),
        ("en", "I'm sorry. I can't promise a loan unit, but it will be ready tomorrow.", {"loan"}),
        ("en", "I'm sorry. You'll get a loan unit, and the machine will be ready next week.", {"when"}),
        # an avoid phrase that only frames the point leaves it given (the avoid phrase still costs)
        ("de", "Tut mir leid. Aus Kulanz bekommen Sie ein Leihgerät, fertig ist sie morgen.", set()),
        ("en", "I'm sorry. As a goodwill gesture you'll get a loan unit, and it's ready tomorrow.", set()),
        # the point said again outside the avoid phrase: given
        ("en", "I'm sorry. Not next week: it will be ready tomorrow, with a loan unit until then.", set()),
    ],
)
def test_a_point_taken_back_by_the_avoid_phrase_is_missed(
    language: str, reply: str, missed: set[str], resources
) -> None:  # noqa: ANN001
    sc = scenario(language, theme="service", mood="annoyed", **LOAN[language])
    result = judge_text(sc, "t1", reply, resources=resources)
    costing = {
        f.evidence["point"]
        for f in result.findings
        if f.kind == "not_listening" and f.evidence.get("reason") == "missed_point" and f.penalty > 0
    }
    assert costing == missed, [(f.kind, f.penalty, f.evidence.get("point"), f.message) for f in result.findings]
    for f in result.findings:
        if f.evidence.get("met_in_argument"):  # the message quotes the clause said instead
            assert f.evidence["instead"] in reply and f.evidence["instead"] in f.message


BLAMED = {
    "de": "Der Monteur kam drei Stunden zu spät, und Herr Brandt sagt, das war der Verkehr!",
    "en": "The fitter came three hours late, and Kai says it was the traffic!",
}


@pytest.mark.parametrize(
    ("language", "reply", "excused"),
    [
        # the one the customer blames defended: helpless, or meaning only well
        ("de", "Tut mir leid. Aber dafür kann Herr Brandt nichts. Morgen um acht ist jemand da.", True),
        ("de", "Tut mir leid, aber dafür kann er wirklich nichts. Morgen um acht ist jemand da.", True),
        ("de", "Tut mir leid. Herr Brandt wollte Ihnen nur helfen. Morgen um acht ist jemand da.", True),
        ("en", "I'm sorry. Kai was only trying to help. Someone will be there at eight tomorrow.", True),
        ("en", "I'm sorry, it's not his fault, he was stuck. Someone will be there at eight tomorrow.", True),
        # the agent's own wish to help, or the customer's own blamelessness, defends nobody
        ("de", "Ich wollte Ihnen nur helfen, Entschuldigung. Morgen um acht ist jemand da.", False),
        ("en", "I'm only trying to help, and I'm sorry. Someone will be there at eight tomorrow.", False),
        ("en", "That's not your fault at all, I'm sorry. Someone will be there at eight tomorrow.", False),
    ],
)
def test_the_blamed_colleague_defended(language: str, reply: str, excused: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, say=BLAMED[language], emotion="angry")
    assert contradicts(found) is excused, found


REFUND = {
    "de": "Der Kurs fiel viermal aus, ohne Bescheid. Ich will die 180 Euro zurück!",
    "en": "The course was cancelled four times without notice. I want my £180 back!",
}
NO_CLAIM = {
    "de": "Meine Bestellnummer ist 4711, und ich warte seit einer Woche!",
    "en": "My order number is 4711, and I've been waiting a week!",
}
HALF_ASKED = {
    "de": "Der Kurs fiel zweimal von vier aus. Erstatten Sie mir wenigstens die Hälfte?",
    "en": "Two of the four sessions were cancelled. Could you refund half?",
}


@pytest.mark.parametrize(
    ("language", "say", "reply", "kept"),
    [
        # only part of the money after our own failure, or money kept back
        ("de", REFUND["de"], "Verstehe. Die Hälfte kann ich Ihnen gutschreiben.", True),
        ("de", REFUND["de"], "Verstehe, aber eine Bearbeitungsgebühr von 20 Euro muss ich einbehalten.", True),
        ("de", REFUND["de"], "Gern. Nur für die Anmeldung fällt eine Pauschale von 20 Euro an.", True),
        ("en", REFUND["en"], "I'm sorry. I can only do a partial refund, £90.", True),
        ("en", REFUND["en"], "I'm sorry. The admin fee of £20 is non-refundable.", True),
        ("en", REFUND["en"], "Of course. The standard charge still applies, but I'll take 10% off.", True),
        # the whole given, nothing charged, the part they asked for, an offer at half price
        ("de", REFUND["de"], "Tut mir leid. Für Sie fallen keine Kosten an, die 180 Euro gehen heute zurück.", False),
        ("de", HALF_ASKED["de"], "Selbstverständlich, die Hälfte kann ich Ihnen heute gutschreiben.", False),
        ("en", REFUND["en"], "I'm sorry. Half goes back today and the rest on Friday.", False),
        ("en", HALF_ASKED["en"], "Of course, we can refund half today.", False),
        # no money claimed: a credit of half is a gesture, not part of a claim
        ("de", NO_CLAIM["de"], "Das tut mir leid. Die Hälfte kann ich Ihnen gutschreiben.", False),
        ("en", NO_CLAIM["en"], "I'm sorry. I can only do a partial refund on the delivery charge.", False),
        ("en", REFUND["en"], "I'm sorry. The £180 goes back today, and I'll keep you posted.", False),
        (
            "en",
            REFUND["en"],
            "I'm sorry, all £180 goes back today. There's a half price offer if you come back.",
            False,
        ),
    ],
)
def test_only_part_of_the_money(language: str, say: str, reply: str, kept: bool, resources) -> None:  # noqa: ANN001
    sc = scenario(language, theme="service", mood="annoyed", say=say, emotion="annoyed")
    result = judge_text(sc, "t1", reply, resources=resources)
    found = [f for f in result.findings if f.kind == "contradiction" and f.evidence.get("grammar") == "part_kept"]
    assert bool(found) is kept, [(f.kind, f.evidence.get("said")) for f in result.findings]
    if found:  # told in its own words
        assert found[0].evidence["said"] in found[0].message and found[0].penalty > 0


@pytest.mark.parametrize(
    ("language", "claim", "later", "reply"),
    [
        ("de", REFUND["de"], "Und was passiert jetzt?", "Verstehe. Die Hälfte kann ich Ihnen gutschreiben."),
        ("en", REFUND["en"], "So what happens now?", "I'm sorry. I can only do a partial refund."),
    ],
)
def test_money_claimed_in_an_earlier_turn(language: str, claim: str, later: str, reply: str, resources) -> None:  # noqa: ANN001
    """The claim made in turn 1 still stands when turn 2 asks only what happens now."""
    sc = Scenario.model_validate(
        {
            "id": f"test-{language}",
            "title": "Test",
            "language": language,
            "theme": "service",
            "brief": {"situation": "A test.", "goal": "Pass."},
            "persona": {"name": "Frau Keller" if language == "de" else "Mrs Keller", "mood": "annoyed"},
            "turns": [{"id": "t1", "say": claim, "emotion": "annoyed"}, {"id": "t2", "say": later}],
        }
    )
    result = judge_text(sc, "t2", reply, resources=resources)
    found = [f for f in result.findings if f.kind == "contradiction" and f.evidence.get("grammar") == "part_kept"]
    assert found, [(f.kind, f.evidence.get("said")) for f in result.findings]


REFUSED = {
    "de": {
        "say": "Nein, den Wartungsvertrag will ich nicht. Reparieren Sie einfach die Maschine.",
        "expect": {"accept_no": True, "offer_words": ["Wartungsvertrag"]},
    },
    "en": {
        "say": "No, I don't want the maintenance plan. Just fix the machine.",
        "expect": {"accept_no": True, "offer_words": ["maintenance plan"]},
    },
}


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # the refused offer left behind as material, to try, or for a change of mind
        ("de", "In Ordnung. Ich lege Ihnen trotzdem einen Prospekt hin, ganz unverbindlich.", True),
        ("de", "Verstehe. Ich lasse Ihnen trotzdem mal ein Infoblatt da. Die Maschine ist morgen fertig.", True),
        ("de", "Gut. Ich schicke Ihnen etwas zum Ausprobieren mit, falls Sie es sich anders überlegen.", True),
        ("en", "Of course. I'll pop a brochure in the post anyway, in case you change your mind.", True),
        ("en", "Fair enough. I'll lend you our latest model while you wait, in case you fall in love with it.", True),
        # going ahead anyway with the customer's own wish presses nothing
        ("de", "In Ordnung, kein Wartungsvertrag. Ich repariere die Maschine trotzdem heute noch.", False),
        ("en", "Of course, no plan. We'll fix it today anyway, and the invoice comes by email.", False),
    ],
)
def test_the_refused_offer_left_behind(language: str, reply: str, pushed: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, mood="calm", emotion="annoyed", **REFUSED[language])
    assert any(k.startswith("pushed_after_no") for k in found) is pushed, found


OCCASION = {
    "de": "Am Samstag feiern wir Omas Achtzigsten, und jetzt ist die Torte nicht gekommen. Ich bin so enttäuscht.",
    "en": "It's my mum's eightieth on Saturday and the cake never came. I'm so disappointed.",
}


@pytest.mark.parametrize(
    ("language", "reply", "taken_up"),
    [
        # the matter weighed with them: hard on them, or precious to them
        ("de", "Oh, das ist bitter für Sie. Die Torte bringen wir morgen um zehn.", True),
        ("de", "Das ist so ein besonderer Tag, der soll nicht wegen uns leiden. Die Torte kommt morgen um zehn.", True),
        ("en", "Oh, that's hard. We'll bring the cake tomorrow at ten.", True),
        ("en", "That's such a special day, and we'll make sure the cake is there. Tomorrow at ten.", True),
        ("en", "That must be so hard. We'll bring the cake tomorrow at ten.", True),
        # a special offer, or hard to say, weighs nothing of theirs
        ("de", "Das ist schwer zu sagen. Die Torte kommt morgen um zehn.", False),
        ("en", "It's a special offer this week. The cake comes tomorrow at ten.", False),
    ],
)
def test_the_occasion_weighed_with_them(language: str, reply: str, taken_up: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, say=OCCASION[language], emotion="sad", mood="calm")
    assert (not ignored(found)) is taken_up, found


SILK = {
    "de": {
        "say": "Zwei Meter Seide zu 45 Euro den Meter sind ruiniert, weil die Maschine Stiche auslässt!",
        "emotion": "annoyed",
        "expect": {"key_points": {"cover": ["ersetzen", "übernehmen", "erstatten"]}},
    },
    "en": {
        "say": "Two metres of silk at 45 pounds a metre are ruined because the machine skips stitches!",
        "emotion": "annoyed",
        "expect": {"key_points": {"cover": ["replace", "cover", "refund"]}},
    },
}


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # only asking about what they just told, no step and no point about the matter
        ("de", "Das tut mir leid. Wie viel Seide war es denn, und was hat der Meter gekostet?", True),
        ("en", "I'm sorry to hear that. How much silk was it, and what did it cost per metre?", True),
        # a request for something new, an offer put as a question, or a step beside the question
        ("de", "Das tut mir leid. Können Sie mir ein Foto vom Stoff schicken?", False),
        ("en", "I'm sorry. Could you send me a photo of the fabric?", False),
        ("en", "I'm sorry. How about we pay for the silk and fix the machine today?", False),
        ("de", "Das tut mir leid. Wie viel Seide war es? Ich kümmere mich sofort darum.", False),
    ],
)
def test_only_asking_about_their_own_words(language: str, reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, mood="calm", **SILK[language])
    assert ("not_listening/missed_point" in found) is missed, found


DISCOUNTED = {
    "de": {
        "say": "Nein, die Treppe lasse ich nicht machen, auch nicht mit 20 Prozent Rabatt. Wann kommt jemand?",
        "expect": {"accept_no": True, "offer_words": ["Treppe", "20 Prozent"]},
    },
    "en": {
        "say": "No, I don't want the stairs done, not even at 20% off. When is someone coming?",
        "expect": {"accept_no": True, "offer_words": ["stairs", "20%"]},
    },
}


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # "lassen wir" leaves the refused offer be; going on to offer it again does not
        ("de", "Die Treppe lassen wir, klar. Morgen um acht kommt Herr Brand.", False),
        ("de", "Gut, dann lassen wir die Treppe. Morgen um acht kommt Herr Brand.", False),
        ("de", "Die Treppe lassen wir Ihnen trotzdem günstiger machen. Morgen um acht kommt Herr Brand.", True),
        # a number of something else is no discount ("twenty minutes")
        ("en", "Fair enough. Give it twenty minutes and someone will call you with a time.", False),
        ("de", "Verstanden. In zwanzig Minuten ruft Sie jemand mit einer Uhrzeit an.", False),
        ("en", "Understood. Someone comes at eight. Twenty per cent off is still a good deal, though.", True),
        ("en", "Understood. Someone comes at eight, and there is 20 % off this week.", True),
    ],
)
def test_the_refused_offer_let_be(language: str, reply: str, pushed: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, mood="calm", emotion="annoyed", **DISCOUNTED[language])
    assert ("pushed_after_no" in found) is pushed, found


EXCUSED = {
    "de": "Ihr Monteur, Herr Falk, kam zwei Stunden zu spät und sagt, das Navi war schuld!",
    "en": "Your fitter, Rory, came two hours late and says the satnav was to blame!",
}


@pytest.mark.parametrize(
    ("language", "reply", "blamed"),
    [
        # running down one of ours in front of the customer pushes the failure away
        ("de", "Tut mir leid. Herr Falk ist leider ziemlich unzuverlässig. Morgen um acht ist jemand da.", True),
        ("de", "Tut mir leid. Unser Disponent hat mal wieder falsch geplant. Morgen um acht ist jemand da.", True),
        ("en", "I'm sorry. Honestly, Rory is hopeless with directions. Someone will be there at eight.", True),
        (
            "en",
            "I'm sorry. That fitter never checks his route, I'll have a word. Someone will be there at eight.",
            True,
        ),
        # a colleague named to help, or the failure owned, runs down nobody
        ("de", "Das war unser Fehler, nicht Ihrer. Herr Falk kommt morgen pünktlich um acht.", False),
        ("de", "Tut mir leid. Unser Meister kommt morgen um acht, er ist sehr erfahren mit Ihrem Gerät.", False),
        ("en", "That's on us, I'm sorry. Rory will be there at eight tomorrow, and he'll ring you first.", False),
        ("en", "I'm sorry. Rory isn't careless normally, but this was our fault. Someone comes at eight.", False),
    ],
)
def test_a_colleague_run_down(language: str, reply: str, blamed: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, say=EXCUSED[language], emotion="angry")
    assert contradicts(found) is blamed, found


@pytest.mark.parametrize(
    ("language", "avoid", "reply", "flagged"),
    [
        # another modal says the same brush-off
        ("en", "can take up to", "Sorry about that. It could take up to ten working days.", True),
        ("en", "can't promise", "Sorry about that. I cannot promise anything before Friday.", True),
        ("en", "can't promise", "Sorry about that. I can promise you it comes on Friday.", False),
        ("de", "kann ich nicht versprechen", "Tut mir leid. Das könnte ich nicht versprechen.", True),
        # a separable verb said whole, not when negated
        ("de", "kommt vor", "Tut mir leid, so etwas kann schon mal vorkommen. Ich prüfe das.", True),
        ("de", "kommt vor", "Tut mir leid, so ein Fehler darf nicht vorkommen. Ich prüfe das.", False),
    ],
)
def test_an_avoid_phrase_in_another_form(language: str, avoid: str, reply: str, flagged: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, emotion="annoyed", expect={"avoid": [avoid]})
    assert ("avoid_phrase" in found) is flagged, found


SHORT = {
    "de": "Sie haben fünf statt sechs Toiletten gebracht, keine barrierefreie dabei. Der Fahrer sagt, die "
    "barrierefreie ist noch bei einem anderen Kunden!",
    "en": "You brought five toilets instead of six, no accessible unit at all. The driver says the accessible "
    "one is still out on another job!",
}


@pytest.mark.parametrize(
    ("language", "reply", "contradicted"),
    [
        # the customer's own complaint said back, with their own negation: agreement
        ("en", "Five instead of six and no accessible unit, that's a serious failure. Both come today.", False),
        ("de", "Fünf statt sechs und keine barrierefreie, das ist ein schwerer Fehler. Beide kommen heute.", False),
    ],
)
def test_their_own_negation_said_back(language: str, reply: str, contradicted: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, say=SHORT[language], emotion="angry")
    assert contradicts(found) is contradicted, found


NOT_HIM = {
    "de": "Wer kommt morgen, und wann? Ich bin nur bis zehn da. Und bitte nicht wieder Herr Stoll!",
    "en": "Who's coming tomorrow, and when? I'm only in till ten. And not Kyle again, please!",
}


@pytest.mark.parametrize(
    ("language", "reply", "sent"),
    [
        # the one the customer ruled out, sent anyway
        ("de", "Selbstverständlich. Herr Stoll kommt morgen um acht, er kennt den Boden.", True),
        ("de", "Gut, dann schicke ich Ihnen morgen um acht Herrn Stoll vorbei.", True),
        ("en", "Of course. Kyle will come round at eight tomorrow, he knows the job.", True),
        # someone else, or the ruled-out one kept away
        ("de", "Selbstverständlich. Herr Brand kommt morgen um acht, Herr Stoll ist nicht dabei.", False),
        ("de", "Verstanden: nicht Herr Stoll. Morgen um acht kommt Herr Brand.", False),
        ("en", "Of course, not Kyle. Sam will come at eight tomorrow.", False),
        ("en", "Understood. Sam comes at eight tomorrow; Kyle won't be there.", False),
    ],
)
def test_the_person_they_ruled_out_sent(language: str, reply: str, sent: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, say=NOT_HIM[language], emotion="annoyed", mood="annoyed")
    assert ("not_listening/refused_person" in found) is sent, found


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        # a habit of ours that is no flaw runs down nobody
        ("de", "Tut mir leid. Unser Team prüft die Termine ständig, morgen um acht ist jemand da."),
        ("de", "Tut mir leid. Unser Monteur kommt morgen um acht, er macht das immer wieder gern."),
        ("en", "I'm sorry. Our team deals with this all the time; someone will be there at eight."),
    ],
)
def test_a_habit_that_is_no_flaw(language: str, reply: str, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, say=EXCUSED[language], emotion="angry")
    assert not contradicts(found), found
