"""Issue 10, content cases as kinds, in German and English: each row one case of the issue."""

from __future__ import annotations

import pytest

from tests.helpers.timelines import kinds, scenario, turn
from voicecoach.core.analyzers.options import JudgeOptions
from voicecoach.core.judge import judge
from voicecoach.core.timeline import Span, Track, Turn, Word
from voicecoach.core.typed import judge_text

PENALTY_KINDS = (
    "not_listening",
    "contradiction",
    "pushed_after_no",
    "avoid_phrase",
    "no_acknowledgement",
    "silent_reply",
)

#: Key-point misses cost points here (JudgeOptions.missed_point_penalty): these rows test what the
#: judge sees; the default shows a miss without points off (test_a_miss_costs_no_points_by_default).
STRICT = JudgeOptions(missed_point_penalty=True)


def penalised(result) -> list[str]:  # noqa: ANN001
    return sorted(
        k for k, f in zip(kinds(list(result.findings)), result.findings) if f.penalty > 0 and f.kind in PENALTY_KINDS
    )


def typed(language: str, say: str, reply: str, resources, **step) -> list[str]:  # noqa: ANN001
    sc = scenario(language, theme="service", mood="calm", say=say, **step)
    return penalised(judge_text(sc, "t1", reply, resources=resources, options=STRICT))


@pytest.mark.parametrize(
    ("language", "say", "step", "reply", "expected"),
    [
        # key points said in other words: separable verbs, inflection, compounds, synonyms
        (
            "de",
            "Sie haben mir die falsche Packung geschickt!",
            {
                "emotion": "annoyed",
                "expect": {"key_points": {"apology": ["tut mir leid"], "pickup": ["mitnehmen", "abholen"]}},
            },
            "Das tut mir leid. Unser Bote nimmt die falsche Packung morgen mit.",
            [],
        ),
        (
            "de",
            "Ich möchte einen Termin.",
            {"emotion": "calm", "expect": {"key_points": {"book": ["trage Sie ein"]}}},
            "Gern, ich trage Sie für Dienstag um zehn ein.",
            [],
        ),
        (
            "de",
            "Können Sie sich das ansehen?",
            {"emotion": "calm", "expect": {"key_points": {"look": ["ansehen"]}}},
            "Natürlich, ich sehe mir das sofort an.",
            [],
        ),
        (
            "de",
            "Können Sie das prüfen?",
            {"emotion": "calm", "expect": {"key_points": {"look": ["prüfe"]}}},
            "Natürlich, ich kontrolliere das sofort.",
            [],
        ),
        (
            "de",
            "Können Sie das prüfen?",
            {"emotion": "calm", "expect": {"key_points": {"look": ["sehe nach"]}}},
            "Natürlich, ich sehe Sie morgen.",
            ["not_listening/missed_point"],
        ),
        (
            "en",
            "You sent me the wrong box!",
            {"emotion": "annoyed", "expect": {"key_points": {"apology": ["sorry"], "pickup": ["collect the box"]}}},
            "I'm sorry. Our driver collects the wrong boxes tomorrow.",
            [],
        ),
        # "oh no" is empathy in English as "oh nein" is in German
        (
            "en",
            "My flight was cancelled and I'm stuck!",
            {"emotion": "sad", "expect": {"key_points": {"rebook": ["rebook"]}}},
            "Oh no, let me rebook you right now.",
            [],
        ),
        (
            "de",
            "Mein Flug wurde gestrichen und ich sitze fest!",
            {"emotion": "sad", "expect": {"key_points": {"rebook": ["umbuchen"]}}},
            "Oh nein, ich buche Sie sofort um.",
            [],
        ),
        # a calm customer's "I need" is not anger; "money back" in a calm turn is no complaint
        (
            "en",
            "Hi, I need a copy of my invoice.",
            {"expect": {"key_points": {"send": ["email"]}}},
            "Sure, I'll email it to you now.",
            [],
        ),
        (
            "de",
            "Hallo, ich brauche eine Kopie meiner Rechnung.",
            {"expect": {"key_points": {"send": ["E-Mail"]}}},
            "Gern, ich schicke sie Ihnen per E-Mail.",
            [],
        ),
        (
            "en",
            "I'd like my money back for the course, please.",
            {"emotion": "calm", "expect": {"key_points": {"offer": ["move you"]}}},
            "I can't refund a course that has started, but I can move you to the next one.",
            [],
        ),
        (
            "de",
            "Ich hätte gern mein Geld zurück für den Kurs.",
            {"emotion": "calm"},
            "Einen begonnenen Kurs kann ich nicht erstatten, aber ich kann Sie umbuchen.",
            [],
        ),
        # contradictions in other words
        (
            "de",
            "Man hat mir gesagt, die Lieferung ist kostenlos.",
            {"emotion": "calm"},
            "Da hat man Ihnen was Falsches gesagt, die Lieferung kostet fünf Euro.",
            ["contradiction/phrase"],
        ),
        (
            "de",
            "Die Rechnung ist doch bezahlt.",
            {"emotion": "calm"},
            "Nein, da stimmt etwas nicht, die Rechnung ist offen.",
            ["contradiction/phrase"],
        ),
        (
            "en",
            "I was told delivery is free.",
            {"emotion": "calm"},
            "You were given the wrong information, delivery costs five pounds.",
            ["contradiction/phrase"],
        ),
        (
            "en",
            "The invoice is paid.",
            {"emotion": "calm"},
            "No, that isn't true, the invoice is still open.",
            ["contradiction/phrase"],
        ),
        # avoid phrases in another form, never from a phrase with the opposite meaning
        (
            "en",
            "I want to cancel.",
            {"emotion": "calm", "expect": {"avoid": ["you lose your discount"]}},
            "If you cancel now, you'll lose your discount.",
            ["avoid_phrase"],
        ),
        (
            "en",
            "I want to cancel.",
            {"emotion": "calm", "expect": {"avoid": ["you lose your discount"]}},
            "You won't lose your discount, I'll cancel it now.",
            [],
        ),
        (
            "de",
            "Ich will kündigen.",
            {"emotion": "calm", "expect": {"avoid": ["Sie verlieren Ihren Rabatt"]}},
            "Wenn Sie jetzt kündigen, würden Sie Ihren Rabatt verlieren.",
            ["avoid_phrase"],
        ),
        (
            "de",
            "Ich will kündigen.",
            {"emotion": "calm", "expect": {"avoid": ["das ist nicht mein Problem"]}},
            "Kein Problem, ich kündige sofort.",
            [],
        ),
        (
            "en",
            "Is this a scam?",
            {"emotion": "calm", "expect": {"avoid": ["card number"]}},
            "Hang up and call the number on the back of your card.",
            [],
        ),
    ],
)
def test_meaning_and_precision(language, say, step, reply, expected, resources) -> None:  # noqa: ANN001
    assert typed(language, say, reply, resources, **step) == expected


@pytest.mark.parametrize(
    ("language", "say", "facts", "reply"),
    [
        (
            "en",
            "The assessor came on Monday the third.",
            {"visit": {"value": "Monday the third", "ask": ["assessor come"]}},
            "Thanks. When exactly did the assessor come",
        ),
        (
            "de",
            "Der Gutachter war am Montag, dem dritten, da.",
            {"visit": {"value": "Montag", "ask": ["Gutachter da"]}},
            "Danke. Wann genau war der Gutachter da",
        ),
    ],
)
def test_reask_without_question_mark(language, say, facts, reply, resources) -> None:  # noqa: ANN001
    assert typed(language, say, reply, resources, emotion="calm", facts=facts) == ["not_listening/reasked"]


@pytest.mark.parametrize(
    ("language", "line", "reply"),
    [
        ("en", "Can you hear me now?", "Yes."),
        ("de", "Können Sie mich jetzt hören?", "Ja."),
    ],
)
def test_a_short_word_after_the_line_is_a_reply(language, line, reply) -> None:  # noqa: ANN001
    sc = scenario(language, theme="service", mood="calm", say=line, emotion="calm")
    timeline = turn([(0.0, 1.5, line)], [(2.0, 2.3, reply)], line_end=1.5)
    assert "silent_reply" not in kinds(list(judge(timeline, language=language, scenario=sc).findings))
    timeline = turn([(0.0, 1.5, line)], [(2.0, 2.3, reply)])  # files: no known line end
    assert "silent_reply" not in kinds(list(judge(timeline, language=language, scenario=sc).findings))


@pytest.mark.parametrize(
    ("language", "line", "opening", "rest", "points"),
    [
        (
            "en",
            "My boiler is broken again and it's freezing!",
            "I understand.",
            "I'll book an engineer for tomorrow morning.",
            {"understand": ["I understand"], "book": ["engineer"]},
        ),
        (
            "en",
            "My boiler is broken again and it's freezing!",
            "Understood.",
            "I'll book an engineer for tomorrow morning.",
            {"understand": ["understood"], "book": ["engineer"]},
        ),
        (
            "de",
            "Meine Heizung ist schon wieder kaputt!",
            "Verstehe.",
            "Ich schicke Ihnen morgen früh einen Techniker.",
            {"understand": ["verstehe"], "book": ["Techniker"]},
        ),
    ],
)
def test_an_opening_acknowledgement_before_a_pause_counts(language, line, opening, rest, points) -> None:  # noqa: ANN001
    sc = scenario(language, theme="service", mood="calm", say=line, emotion="annoyed", expect={"key_points": points})
    timeline = turn([(0.0, 2.5, line)], [(3.0, 3.6, opening), (4.2, 7.0, rest)], line_end=2.5)
    assert penalised(judge(timeline, language=language, scenario=sc)) == []


@pytest.mark.parametrize(
    ("language", "reply", "unsure", "prefix"),
    [
        ("en", "I'm sorry, you're wrong about that, I'll check.", "wrong", "I may have misheard"),
        ("de", "Das tut mir leid, das ist falsch, ich prüfe das.", "falsch", "Vielleicht habe ich mich verhört"),
    ],
)
def test_unsure_words_alone_take_no_points(language, reply, unsure, prefix) -> None:  # noqa: ANN001
    sc = scenario(language, theme="service", mood="calm", say="Hello.", emotion="calm")
    pieces = reply.split()
    words = tuple(Word(p, 2.0 + i * 0.4, 2.35 + i * 0.4, 0.2 if unsure in p else 0.95) for i, p in enumerate(pieces))
    timeline = Turn(
        customer=Track((Span(0.0, 1.0),), (Word("Hello.", 0.0, 1.0),)),
        trainee=Track((Span(2.0, 2.0 + 0.4 * len(pieces)),), words),
        duration=9.0,
        line_end=1.0,
    )
    found = [f for f in judge(timeline, language=language, scenario=sc).findings if f.kind == "contradiction"]
    assert found and all(f.penalty == 0 for f in found)
    assert found[0].message.startswith(prefix)


@pytest.mark.parametrize(
    ("language", "reply", "unsure", "waived"),
    [
        # an unsure word that may have been the acknowledgement ("sorry" heard as "story"): no points off
        ("en", "Story, I will check order 4711 now.", "Story,", True),
        ("de", "Tut mir Zeit, ich prüfe die Bestellung 4711.", "Zeit,", True),
        # an unsure number or name elsewhere could not have been one: the ignored anger costs points
        ("en", "I will check order 4711 now.", "4711", False),
        ("de", "Ich prüfe die Bestellung 4711, Frau Brandt.", "Brandt.", False),
        # alike in spelling and sound to "Fehler" ("unser Fehler"): it may have been that, no points
        ("de", "Ich prüfe die Bestellung 4711, Frau Keller.", "Keller.", True),
    ],
)
def test_only_a_word_like_an_acknowledgement_waives_a_missing_one(language, reply, unsure, waived) -> None:  # noqa: ANN001
    line = (
        "Wo bleibt meine Bestellung? Das ist ärgerlich!" if language == "de" else "Where is my order? This is annoying!"
    )
    sc = scenario(language, theme="service", mood="angry", say=line, emotion="angry")
    pieces = reply.split()
    words = tuple(Word(p, 3.0 + i * 0.4, 3.35 + i * 0.4, 0.2 if p == unsure else 0.95) for i, p in enumerate(pieces))
    timeline = Turn(
        customer=Track((Span(0.0, 2.5),), (Word(line, 0.0, 2.5),)),
        trainee=Track((Span(3.0, 3.0 + 0.4 * len(pieces)),), words),
        duration=9.0,
        line_end=2.5,
    )
    ignored = [
        f
        for f in judge(timeline, language=language, scenario=sc).findings
        if f.evidence.get("reason") == "ignored_emotion" or f.kind == "no_acknowledgement"
    ]
    assert ignored, "the reply takes nothing up"
    assert all((f.penalty == 0) is waived for f in ignored), ignored
