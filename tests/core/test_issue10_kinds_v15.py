"""Issue 10, kinds found in the errors of the set v15 (fitted since the fifteenth session).

A key point missed while the reply argues, plays the matter down or says a phrase to avoid
("Das ist ganz normal. Geben Sie dem noch zwei Wochen.") costs points when nothing else the
agent said could be the point in other words; a step of the agent's own ("ich sehe mir das
selbst an") keeps the miss a question with no points off.

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from tests.helpers.content_judge import contradicts, penalised
from tests.helpers.timelines import scenario
from voicecoach.core.disputes import suggested_phrase
from voicecoach.core.judge import judge
from voicecoach.core.timeline import Span, Track, Turn, Word
from voicecoach.core.typed import judge_text
from voicecoach.i18n import finding_text_in

ORGAN = {
    "de": {
        "say": "Seit zwei Wochen heult ein Ton in der Orgel, und Ihr Kollege sagt, das gibt sich von selbst!",
        "emotion": "annoyed",
        "expect": {
            "key_points": {"visit": ["Orgelbauer schicken", "kommt vorbei", "Termin vor Ort"]},
            "avoid": ["ganz normal", "Luftfeuchtigkeit"],
        },
    },
    "en": {
        "say": "For two weeks one pipe of the organ has been howling, and your colleague says it will settle!",
        "emotion": "annoyed",
        "expect": {
            "key_points": {"visit": ["send the organ builder", "come out", "visit on site"]},
            "avoid": ["perfectly normal", "humidity"],
        },
    },
}


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # a defence instead of the visit, and no step of the agent's in any words
        ("de", "Das tut mir leid. Nach einer Überholung ist das ganz normal, geben Sie dem noch zwei Wochen.", True),
        ("en", "I'm sorry. After an overhaul that's perfectly normal, give it another two weeks.", True),
        ("de", "Das verstehe ich. Das liegt an der Luftfeuchtigkeit in der Kirche, das legt sich.", True),
        # the agent's own step may be the visit in words nobody listed: a question, no points off
        ("de", "Das tut mir leid. Das ist eigentlich ganz normal, aber ich höre mir das gern selbst an.", False),
        ("en", "I'm sorry. That's usually perfectly normal, but I'll have a listen myself on Friday.", False),
        # no defence, no avoid phrase: a miss stays a question
        ("de", "Das tut mir leid. Die Pfeifen brauchen nach der Überholung etwas Zeit zum Einschwingen.", False),
    ],
)
def test_a_point_missed_while_arguing(language: str, reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **ORGAN[language])
    assert ("not_listening/missed_point" in found) is missed, found


def test_the_message_quotes_what_was_said_instead(resources) -> None:  # noqa: ANN001
    """The finding names the point and quotes the defence, in the scenario's language."""
    step = dict(ORGAN["de"])
    sc = scenario("de", theme="service", mood="angry", **step)
    result = judge_text(
        sc,
        "t1",
        "Das tut mir leid. Das ist ganz normal, die Pfeifen müssen sich erst einschwingen.",
        resources=resources,
    )
    missed = [f for f in result.findings if f.evidence.get("reason") == "missed_point"]
    assert len(missed) == 1 and missed[0].penalty > 0, result.findings
    assert "Statt auf etwa" in missed[0].message and "„Das ist ganz normal“" in missed[0].message, missed[0].message
    english = finding_text_in(missed[0], "de", "en")
    assert english is not None and english[0].startswith("Instead of taking up"), english


@pytest.mark.parametrize(
    ("unsure", "costs"),
    [
        # "Dermin" heard unsure may have been the point ("Termin vor Ort"): a note
        ("Dermin", False),
        # an unsure "Woche" could not have been it: the miss while arguing costs points
        ("Wochen.", True),
    ],
)
def test_a_miss_while_arguing_heard_unsure_stays_a_note(unsure: str, costs: bool, resources) -> None:  # noqa: ANN001
    """Through audio: a word Whisper was unsure of that sounds like the point's words may have said it."""
    sc = scenario("de", theme="service", mood="angry", **ORGAN["de"])
    reply = "Tut mir leid. Das ist ganz normal, Dermin gibt sich in zwei Wochen."
    words = tuple(
        Word(p, 3.0 + i * 0.4, 3.35 + i * 0.4, 0.2 if p == unsure else 0.95) for i, p in enumerate(reply.split())
    )
    line = ORGAN["de"]["say"]
    timeline = Turn(
        customer=Track((Span(0.0, 2.5),), (Word(line, 0.0, 2.5),)),
        trainee=Track((Span(3.0, 3.0 + 0.4 * len(words)),), words),
        duration=9.0,
        line_end=2.5,
    )
    result = judge(timeline, language="de", scenario=sc, resources=resources)
    missed = [f for f in result.findings if f.evidence.get("reason") == "missed_point"]
    assert missed and missed[0].evidence.get("instead") == "Das ist ganz normal", missed
    assert (missed[0].penalty > 0) is costs, missed[0]


SWEEP = {
    "de": {
        "say": "Der Schornsteinfeger musste wegen dem Ruß extra kommen, 85 Euro! Wer zahlt das?",
        "emotion": "annoyed",
        "facts": {"cost": {"value": "85 Euro", "ask": ["Rechnung", "was hat das gekostet", "wie viel"]}},
    },
    "en": {
        "say": "The sweep had to come out because of the soot, 85 pounds! Who pays for that?",
        "emotion": "annoyed",
        "facts": {"cost": {"value": "85 pounds", "ask": ["invoice", "what did it cost", "how much"]}},
    },
}


@pytest.mark.parametrize(
    ("language", "reply", "reasked"),
    [
        # asking for the invoice after they gave the amount is the next step
        ("de", "Das ärgert mich für Sie. Das zahlen wir, schicken Sie mir einfach die Rechnung.", False),
        ("en", "I'm sorry about that. We'll pay it, just email me the invoice.", False),
        # asking for the amount they gave is asked twice
        ("de", "Das ärgert mich für Sie. Wie viel hat das denn gekostet?", True),
        ("en", "I'm sorry about that. How much did it cost?", True),
    ],
)
def test_a_record_asked_for_is_no_reask(language: str, reply: str, reasked: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **SWEEP[language])
    assert ("not_listening/reasked" in found) is reasked, found


NAMED = {
    "de": {
        "say": "Lange hier. Kann ich mich diesmal auf die Dolmetscherin verlassen?",
        "emotion": "sad",
        "facts": {"name": {"value": "Lange", "ask": ["Namen", "wie heißen Sie"]}},
    },
    "en": {
        "say": "It's Lange here. Can I rely on the interpreter this time?",
        "emotion": "sad",
        "facts": {"name": {"value": "Lange", "ask": ["name", "who am I speaking to"]}},
    },
}


@pytest.mark.parametrize(
    ("language", "reply", "reasked"),
    [
        # the agent sends something again: no question to the customer
        ("de", "Das verstehe ich. Das schick ich Ihnen gleich noch mal als Mail mit ihrem Namen.", False),
        ("en", "I understand. I'll send it again by email with her name on it.", False),
        # asked again for their name
        ("de", "Das verstehe ich. Sagen Sie mir bitte noch mal Ihren Namen.", True),
        ("en", "I understand. Tell me your name again, please.", True),
    ],
)
def test_sending_again_asks_nothing(language: str, reply: str, reasked: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **NAMED[language])
    assert ("not_listening/reasked" in found) is reasked, found


BLAMED = {
    "de": {"say": "Die Seiten sind beschnitten, und Herr Lüders sagt, das macht man immer so!"},
    "en": {"say": "The pages have been trimmed, and Lewis says that's what you always do!"},
}


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # someone else's failure, said to the customer, is no reproach
        ("en", "I'm really sorry. Lewis shouldn't have told you that. We'll look at it today.", False),
        ("en", "I'm sorry. Nobody should have trimmed those pages without checking with you first.", False),
        # their own omission still is
        ("en", "I'm sorry, but you didn't tell us the pages mattered.", True),
        ("de", "Das tut mir leid. Aber das hätten Sie uns beim Abgeben sagen müssen.", True),
        ("de", "Das tut mir leid. Herr Lüders hätte Ihnen das so nicht sagen dürfen, wir prüfen es heute.", False),
    ],
)
def test_someone_elses_failure_is_no_reproach(language: str, reply: str, contradiction: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, mood="angry", emotion="angry", **BLAMED[language])
    assert contradicts(found) is contradiction, found


SCOOTER = {
    "de": {"say": "Die Schilder sind falsch geprägt, und Ihr Kollege sagt, das war das Amt!"},
    "en": {"say": "The scooter stops after ten minutes, and Darren says I'm charging it wrong!"},
}


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # their own act, undone, would have spared it: after an aside, with "had it done", colloquial "wär"
        ("en", "I'm sorry. To be honest, if you'd had it serviced earlier, this wouldn't have happened.", True),
        (
            "de",
            "Tut mir leid. Hätten Sie die Schilder bei der Übergabe kontrolliert, wär das früher aufgefallen.",
            True,
        ),
        # what they could not have known, or our own act
        ("en", "I'm sorry. To be honest, if we'd checked it properly, this wouldn't have happened.", False),
        ("de", "Tut mir leid. Hätten wir die Schilder kontrolliert, wär das früher aufgefallen.", False),
    ],
)
def test_counterfactual_blame_in_other_forms(language: str, reply: str, contradiction: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, mood="angry", emotion="angry", **SCOOTER[language])
    assert contradicts(found) is contradiction, found


PLATES = {
    "de": {
        "say": "Auf den Papieren steht eine andere Nummer als auf den Schildern, und ich muss morgen los!",
        "emotion": "angry",
        "expect": {"key_points": {"new_plates": ["neue Schilder", "prägen neu", "bis morgen früh"]}},
    },
    "en": {
        "say": "The scooter keeps stopping, and I need it on Thursday for the hospital!",
        "emotion": "angry",
        "expect": {"key_points": {"visit": ["send an engineer", "come out", "tomorrow morning"]}},
    },
}


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # sympathy and a note to a colleague who will see to it: nothing of the matter itself
        ("de", "Tut mir leid. Ich schreibe Herrn Brückner eine Notiz, der klärt das mit dem Amt.", True),
        ("de", "Okay. Das leite ich an die Zulassung weiter, die prüft das.", True),
        ("en", "I'm sorry about that. I'll pass a message to the workshop and they'll give you a ring.", True),
        ("en", "I'm really sorry. I'll log it with our service team and they'll be in touch.", True),
        # the matter itself, after the note
        (
            "de",
            "Tut mir leid. Ich schreibe Herrn Brückner eine Notiz, und wir prägen neue Schilder bis morgen früh.",
            False,
        ),
        (
            "en",
            "I'm sorry. I'll pass a message to the workshop, and an engineer will come out tomorrow morning.",
            False,
        ),
    ],
)
def test_a_note_to_a_colleague_is_a_handover(language: str, reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **PLATES[language])
    assert ("not_listening/missed_point" in found) is missed, found


APPOINTMENT = {
    "de": {
        "say": "Wann bekomme ich die Fassung? Die Frist beim Landesamt endet am Freitag.",
        "emotion": "annoyed",
    },
    "en": {
        "say": "When can someone come? I need it on Thursday for my hospital appointment at half past ten.",
        "emotion": "annoyed",
    },
}


@pytest.mark.parametrize(
    ("language", "reply", "reasked"),
    [
        # when or where of a thing their own sentence dated: asked twice
        ("de", "Das verstehe ich. Bis wann brauchen Sie die Fassung denn beim Landesamt?", True),
        ("en", "I understand. What day and time is your hospital appointment?", True),
        # their choice, or saying it back, asks nothing they gave
        ("en", "I understand. What time suits you best for the engineer, before the hospital appointment?", False),
        (
            "de",
            "Das verstehe ich. Die Frist beim Landesamt ist am Freitag, wann passt Ihnen die Abholung am besten?",
            False,
        ),
        # naming the day in the question confirms it
        ("en", "I understand. When on Thursday is the hospital appointment, in the morning?", False),
        # "when" inside a statement is no question word
        ("en", "I understand. When the appointment is that early, did anyone offer you a taxi?", False),
    ],
)
def test_asked_when_they_had_said(language: str, reply: str, reasked: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **APPOINTMENT[language])
    assert ("not_listening/reasked" in found) is reasked, found


REFUND = {
    "de": {
        "say": "Die 129 Euro will ich zurück, die Schilder waren ja falsch!",
        "emotion": "angry",
        "expect": {"key_points": {"money": ["erstatten", "zurück", "berechnen wir nicht"]}},
    },
    "en": {
        "say": "I want the 90 pounds back, the tub never got warm!",
        "emotion": "angry",
        "expect": {"key_points": {"money": ["refund", "money back", "won't charge"]}},
    },
}


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # whether it happens is left to someone else: the point's words meet nothing
        (
            "de",
            "Natürlich. Ob die 129 Euro erstattet werden, muss die Buchhaltung entscheiden. Ich verstehe Ihren Ärger.",
            True,
        ),
        ("en", "Of course. Whether you get a refund, the office has to decide. I understand your frustration.", True),
        # the agent's own yes, then the feeling
        ("de", "Natürlich. Die 129 Euro erstatten wir Ihnen heute. Ich verstehe Ihren Ärger.", False),
        ("en", "Of course. We'll refund the 90 pounds today. I understand your frustration.", False),
    ],
)
def test_a_decision_left_to_others_answers_nothing(language: str, reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **REFUND[language])
    assert ("not_listening/missed_point" in found) is missed, found


ACCUSED = {
    "de": {"say": "Seit zwei Wochen heult die Orgel, und Herr Lüders sagt, das liegt am Wetter!"},
    "en": {"say": "The scooter stops after ten minutes, and Darren says I'm charging it wrong!"},
}


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # the one they blame, vouched for by skill or good intent: his word over theirs
        ("de", "Tut mir leid. Herr Lüders ist allerdings unser erfahrenster Orgelbauer, da wird was dran sein.", True),
        ("de", "Tut mir leid. Herr Lüders hat das sicher nicht böse gemeint.", True),
        ("en", "I'm sorry. Darren knows these scooters very well, though, so try charging it longer.", True),
        # another expert sent to fix it, or the colleague said to be wrong
        (
            "de",
            "Tut mir leid. Herr Albers ist unser erfahrenster Orgelbauer, ich schicke ihn morgen selbst vorbei.",
            False,
        ),
        ("en", "I'm sorry. Darren knows scooters, but he was wrong here: we'll send an engineer today.", False),
    ],
)
def test_the_accused_vouched_for(language: str, reply: str, contradiction: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, mood="angry", emotion="angry", **ACCUSED[language])
    assert contradicts(found) is contradiction, found


OWL = {
    "de": {"say": "Der Waldkauz kam mit abgebrochenem Flügel zurück, das ist doch nicht zu fassen!"},
    "en": {"say": "The owl came back with a broken wing, I can't believe it!"},
}


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # a kind of thing that can go wrong now and then, whatever the verb: played down
        ("de", "Tut mir leid. Da kann so ein Flügel beim Versand schon mal abbrechen.", True),
        ("en", "I'm sorry. Such an old piece can easily crack in the post.", True),
        # the agent's own can
        ("de", "Tut mir leid. So einen Flügel können wir leicht wieder ansetzen, kostenlos.", False),
        ("en", "I'm sorry. We can easily repair such a wing, free of charge.", False),
    ],
)
def test_a_kind_of_thing_that_can_go_wrong(language: str, reply: str, contradiction: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, mood="angry", emotion="angry", **OWL[language])
    assert contradicts(found) is contradiction, found


LAPTOP = {
    "en": {
        "say": "Order 4711, the laptop never arrived and nobody called me. This is ridiculous!",
        "emotion": "angry",
        "expect": {
            "key_points": {
                "apology": ["I'm sorry", "I apologise", "sorry about that", "that's frustrating"],
                "look_up": ["look into", "check", "trace"],
            },
            "avoid": ["perfectly normal"],
        },
    },
    "de": {
        "say": "Bestellung 4711, der Laptop kam nie an, und keiner hat angerufen. Das ist doch lächerlich!",
        "emotion": "angry",
        "expect": {
            "key_points": {
                "apology": ["Es tut mir leid", "Entschuldigung dafür", "das ist ärgerlich"],
                "look_up": ["nachsehen", "prüfen", "nachverfolgen"],
            },
            "avoid": ["ganz normal"],
        },
    },
}


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_point_of_sympathy_in_whole_phrases_is_the_feelings_finding(language: str, resources) -> None:  # noqa: ANN001
    """ "I'm sorry" and "that's frustrating" make a point of sympathy like "sorry" alone: its miss is
    the ignored feeling, not a second not_listening finding while arguing."""
    reply = {
        "en": "Well, that's perfectly normal this time of year.",
        "de": "Na ja, das ist um diese Jahreszeit ganz normal.",
    }[language]
    sc = scenario(language, theme="service", mood="angry", **LAPTOP[language])
    result = judge_text(sc, "t1", reply, resources=resources)
    costly = {(f.evidence.get("point"), f.evidence.get("reason")) for f in result.findings if f.penalty > 0}
    assert ("apology", "missed_point") not in costly, result.findings
    assert ("look_up", "missed_point") in costly, result.findings
    assert (None, "ignored_emotion") in costly, result.findings


@pytest.mark.parametrize(
    ("language", "reply", "evidence", "phrase"),
    [
        # a missed point with no closest words: the sentence with the agent's own step
        (
            "en",
            "I am so sorry about this. I will ring the courier depot right now.",
            {"reason": "missed_point", "point": "look_up"},
            "I will ring the courier depot right now",
        ),
        (
            "de",
            "Das tut mir sehr leid. Ich rufe sofort beim Depot an.",
            {"reason": "missed_point", "point": "look_up"},
            "Ich rufe sofort beim Depot an",
        ),
        # the closest words the judge found come first
        (
            "en",
            "I am so sorry. I will ring the depot.",
            {"reason": "missed_point", "point": "look_up", "closest": "ring the depot"},
            "ring the depot",
        ),
        # an ignored feeling: the first sentence, where a coach looks for it
        ("de", "Oh Mann. Ich rufe beim Depot an.", {"reason": "ignored_emotion"}, "Oh Mann"),
    ],
)
def test_the_suggested_phrase_for_a_mark(language: str, reply: str, evidence: dict, phrase: str) -> None:
    """``scenarios learn`` proposes the words that most likely made the point."""
    finding = {"kind": "not_listening", "evidence": evidence}
    assert suggested_phrase(finding, reply, language=language) == phrase
