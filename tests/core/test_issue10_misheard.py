"""Which words Whisper was unsure of may cast doubt on a finding (issue 10: "Words Whisper itself
marks as unsure cannot alone create a penalty").

Was: any unsure word anywhere in the reply waived a key point missed for certain, so espeak-ng's
"Das tut mir wirklich leid, Frau Keller." heard with "Das", "Frau", "Keller" unsure passed as
"I may have misheard" although no word of it could have been the missing step; and an unsure
article ("Das tut mir leid, aber ...") waived a contradiction. Through audio on the held-out sets
German not_listening F1 was 0.00-0.11 (docs/benchmarks.md, twelfth session).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.timelines import scenario
from voicecoach.core.judge import judge
from voicecoach.core.result import Finding
from voicecoach.core.timeline import Span, Track, Turn, Word
from voicecoach.core.typed import judge_text

LINES = {
    "de": "Ich warte seit drei Wochen auf den Techniker, das ist eine Frechheit! Wann kommt er endlich?",
    "en": "I've waited three weeks for the engineer, this is outrageous! When is he finally coming?",
}
POINTS = {
    "de": {"when": ["am Donnerstag", "morgen früh"]},
    "en": {"when": ["on Thursday", "tomorrow morning"]},
}


def _heard(
    language: str,
    reply: str,
    unsure: set[str],
    avoid: list[str] | None = None,
    points: dict[str, list[str]] | None = None,
    resources: Any = None,
) -> list[Finding]:
    """The reply as Whisper heard it, the words in ``unsure`` with probability 0.2."""
    expect: dict[str, object] = {"key_points": points or POINTS[language]}
    if avoid:
        expect["avoid"] = avoid
    sc = scenario(language, mood="angry", say=LINES[language], emotion="angry", expect=expect)
    pieces = reply.split()
    words = tuple(
        Word(p, 3.0 + i * 0.4, 3.35 + i * 0.4, 0.2 if p in unsure or p.strip(".,!?") in unsure else 0.95)
        for i, p in enumerate(pieces)
    )
    timeline = Turn(
        customer=Track((Span(0.0, 2.5),), (Word(LINES[language], 0.0, 2.5),)),
        trainee=Track((Span(3.0, 3.0 + 0.4 * len(pieces)),), words),
        duration=3.0 + 0.4 * len(pieces) + 1.0,
        line_end=2.5,
    )
    extra = {"resources": resources} if resources is not None else {}
    return list(judge(timeline, language=language, scenario=sc, **extra).findings)


def _missed(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.evidence.get("reason") == "missed_point"]


@pytest.mark.parametrize(
    ("language", "reply", "unsure", "waived"),
    [
        # sympathy alone: a name, a form of address, an article cannot have been the missing step
        ("de", "Das tut mir wirklich leid, Frau Keller.", {"Das", "Frau", "Keller"}, False),
        ("en", "I'm really sorry about that, Mrs Keller.", {"about", "Mrs", "Keller"}, False),
        # no time named: an unsure word alike to a calendar word may have been one ("Donner" for
        # "Donnerstag", "Thursdy" for "Thursday"), so no points off
        ("de", "Das tut mir leid, der Techniker kommt Donner Stark.", {"Donner", "Stark"}, True),
        ("en", "I'm sorry, the engineer will come Thurs Dave.", {"Thurs", "Dave"}, True),
        # ... one that is not (a name, a stopword) leaves the miss certain
        ("de", "Das tut mir leid, der Techniker kommt bald, Frau Keller.", {"der", "Keller"}, False),
        ("en", "I'm sorry, the engineer will come soon, Mrs Keller.", {"the", "Keller"}, False),
    ],
)
def test_only_a_word_that_may_have_been_the_point_waives_a_certain_miss(
    language: str, reply: str, unsure: set[str], waived: bool
) -> None:
    missed = _missed(_heard(language, reply, unsure))
    assert missed, "the reply names no time"
    assert all((f.penalty == 0) is waived for f in missed), [(f.penalty, f.evidence.get("misheard")) for f in missed]
    if waived:
        assert all(f.message.startswith(("Vielleicht habe ich mich verhört", "I may have misheard")) for f in missed)


@pytest.mark.parametrize(
    ("language", "reply", "unsure", "waived"),
    [
        # an unsure article does not turn "sorry, but" into agreement
        ("de", "Das tut mir leid, aber das stimmt so nicht. Der Techniker kommt morgen.", {"Das"}, False),
        ("en", "I'm sorry, but the engineer did come. He comes again tomorrow.", {"the"}, False),
        # an unsure word of the contradiction itself still waives it
        ("de", "Das tut mir leid, aber das stimmt so nicht. Der Techniker kommt morgen.", {"stimmt"}, True),
        ("en", "I'm sorry, but that's not true. He comes again tomorrow.", {"true."}, True),
    ],
)
def test_an_unsure_article_casts_no_doubt_on_a_contradiction(
    language: str, reply: str, unsure: set[str], waived: bool
) -> None:
    found = [f for f in _heard(language, reply, unsure) if f.kind == "contradiction"]
    assert found, "the reply contradicts the customer"
    assert (found[0].penalty == 0) is waived, found[0].evidence


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("de", "Das tut mir leid, der Techniker kommt am 14."),
        ("en", "I'm so sorry, the engineer comes on the 14th."),
    ],
)
def test_a_number_is_news_about_the_matter_not_sympathy(language: str, reply: str) -> None:
    # Was: "der Techniker kommt am 14." held only the customer's own words and a number, so the
    # reply counted as sympathy alone and the point about when was missed "for certain" (typed too).
    assert [f for f in _missed(_heard(language, reply, set())) if f.penalty > 0] == []


@pytest.mark.parametrize(
    ("language", "reply", "avoid"),
    [
        ("de", "Albo, das ist nicht meine Schuld. Der Techniker kommt morgen.", ["das ist nicht meine Schuld"]),
        ("en", "Wel, that's not my fault. The engineer comes tomorrow.", ["that's not my fault"]),
    ],
)
def test_a_waived_contradiction_does_not_take_the_avoid_phrases_points_with_it(
    language: str, reply: str, avoid: list[str]
) -> None:
    # Was: the avoid phrase was counted once under the contradiction, then the contradiction was
    # waived for the unsure filler: a "major" finding that cost nothing, and no points at all.
    findings = _heard(language, reply, {reply.split()[0].strip(",")}, avoid)
    contradiction = [f for f in findings if f.kind == "contradiction"]
    avoided = [f for f in findings if f.kind == "avoid_phrase"]
    assert avoided and avoided[0].penalty > 0 and "counted_in" not in avoided[0].evidence
    assert all(f.penalty == 0 for f in contradiction)


COSTS = {"de": {"costs": ["wir übernehmen die Kosten", "zahlen wir"]}, "en": {"costs": ["we cover the cost", "we pay"]}}


@pytest.mark.parametrize(
    ("language", "reply", "unsure", "waived"),
    [
        # only passed on: a time misheard ("Mondtag" for "Montag") would have made it more than that
        ("de", "Das tut mir leid. Ich gebe das an die Kollegen weiter, die melden sich Mondtag.", {"Mondtag."}, True),
        ("en", "I'm sorry. I'll pass this on and they'll be in touch Thurs Dave.", {"Thurs", "Dave."}, True),
        # a colleague's name misheard changes nothing: still only passed on
        ("de", "Das tut mir leid. Ich gebe das an die Kollegen weiter.", {"Kollegen"}, False),
        ("en", "I'm sorry. I'll pass this on to the office.", {"office."}, False),
    ],
)
def test_a_handover_is_doubted_only_by_a_word_that_may_have_been_a_time(
    language: str, reply: str, unsure: set[str], waived: bool, resources
) -> None:  # noqa: ANN001
    missed = _missed(_heard(language, reply, unsure, points=COSTS[language], resources=resources))
    assert missed and all(f.evidence.get("handover") for f in missed), [f.evidence for f in missed]
    assert all((f.penalty == 0) is waived for f in missed), [(f.penalty, f.evidence.get("misheard")) for f in missed]


@pytest.mark.parametrize(
    ("language", "reply", "no_time"),
    [
        # a count names no time (a trainer-helper: "two little ones" counted as naming one)
        ("en", "Oh, that's so hard with two little ones, I'm really sorry.", True),
        ("de", "Oh je, das ist mit zwei kleinen Kindern wirklich schwer, das tut mir leid.", True),
        # a date, a clock time, a span or a number closing the sentence may be one
        ("en", "I'm sorry. I've booked your fitting for the 14th, first thing.", False),
        ("de", "Das tut mir leid. Der Techniker kommt am 14. März.", False),
        ("de", "Das tut mir leid. Der Techniker ist in 2 Stunden bei Ihnen.", False),
        ("en", "I'm sorry. Someone will be there by 4.", False),
    ],
)
def test_only_a_number_that_may_be_a_time_names_one(language: str, reply: str, no_time: bool, resources) -> None:  # noqa: ANN001
    sc = scenario(language, mood="angry", say=LINES[language], emotion="angry", expect={"key_points": POINTS[language]})
    result = judge_text(sc, "t1", reply, resources=resources)
    missed = _missed(list(result.findings))
    assert any(f.evidence.get("no_time") for f in missed) is no_time, [f.evidence for f in missed]


@pytest.mark.parametrize(
    ("language", "reply", "unsure", "waived"),
    [
        # a number or a code in capitals was heard as one: it cannot have been "sorry" (found on v18
        # through audio: "Account MC 40 27. I'll call the shelter now." kept no points off)
        ("en", "Order MC 40 27. The engineer comes tomorrow morning.", {"27.", "MC"}, False),
        ("en", "Right. The engineer comes on Thursday, the sixth.", {"sixth."}, False),
        ("de", "Auftrag TK 6 21. Der Techniker kommt morgen früh.", {"6", "21.", "TK"}, False),
        # a short word, or one alike to a word of sympathy, may have been one
        ("en", "Oh. The engineer comes tomorrow morning.", {"Oh."}, True),
        ("de", "Lied. Der Techniker kommt morgen früh.", {"Lied."}, True),
    ],
)
def test_a_number_or_code_heard_unsure_leaves_the_ignored_feeling(
    language: str, reply: str, unsure: set[str], waived: bool
) -> None:
    ignored = [f for f in _heard(language, reply, unsure) if f.evidence.get("reason") == "ignored_emotion"]
    assert ignored, "the reply takes up no feeling"
    assert all((f.penalty == 0) is waived for f in ignored), [(f.penalty, f.evidence.get("misheard")) for f in ignored]


@pytest.mark.parametrize(
    ("language", "reply", "unsure", "waived"),
    [
        # no word of the language: it may have been any word, "Verstehe" too (found in CI: the demo's
        # "Verstehe." heard as "Foscht hier. Die Apagot ist ...")
        ("de", "Foscht hier. Der Techniker kommt morgen früh.", {"Foscht", "hier."}, True),
        ("en", "Sorgle. The engineer comes tomorrow morning.", {"Sorgle."}, True),
        # real words unlike any of sympathy, or the customer's own name, cast no doubt
        ("de", "Kalender. Der Techniker kommt morgen früh.", {"Kalender."}, False),
        ("en", "Calendar. The engineer comes tomorrow morning, Mrs Keller.", {"Calendar.", "Keller."}, False),
    ],
)
def test_a_garbled_word_may_have_been_sympathy(
    language: str, reply: str, unsure: set[str], waived: bool, resources
) -> None:  # noqa: ANN001
    found = _heard(language, reply, unsure, resources=resources)
    ignored = [f for f in found if f.evidence.get("reason") == "ignored_emotion"]
    assert ignored, "the reply takes up no feeling"
    assert all((f.penalty == 0) is waived for f in ignored), [(f.penalty, f.evidence.get("misheard")) for f in ignored]


@pytest.mark.parametrize(
    ("language", "reply", "unsure", "waived"),
    [
        # a common word heard unsure stood for itself, not for a whole acknowledgement (sealed set
        # v30 through audio: "payroll not processed, same-day payment as being set up" with "not"
        # and "as" unsure waived the ignored feeling; so did "domain" near "pain" by spelling)
        ("en", "Payroll not processed. The engineer comes tomorrow morning.", {"not", "as"}, False),
        ("de", "Der Techniker ist morgen früh im Haus.", {"ist", "im"}, False),
        ("en", "The domain expired. The engineer comes tomorrow morning.", {"domain"}, False),
        # ... but beside a word that is no word of the language it is part of a misheard stretch
        # ("im Stichgrassen" for "im Stich gelassen")
        ("de", "Da haben wir Sie im Stichgrassen. Der Techniker kommt morgen früh.", {"im"}, True),
        # the customer's own word read back was heard as said: "warte" is in their line ("Ich
        # warte seit drei Wochen"), though alike in spelling to "arme" (v30: "cake", "Ashby")
        ("de", "Sie warte seit drei Wochen. Der Techniker kommt morgen früh.", {"warte"}, False),
        ("de", "Sie warte seit drei Wochen. Der Techniker kommt morgen früh.", {"warte", "Wochen."}, False),
    ],
)
def test_only_a_word_that_may_have_been_sympathy_waives_an_ignored_feeling(
    language: str, reply: str, unsure: set[str], waived: bool, resources
) -> None:  # noqa: ANN001
    found = _heard(language, reply, unsure, resources=resources)
    ignored = [f for f in found if f.evidence.get("reason") == "ignored_emotion"]
    assert ignored, "the reply takes up no feeling"
    assert all((f.penalty == 0) is waived for f in ignored), [(f.penalty, f.evidence.get("misheard")) for f in ignored]


@pytest.mark.parametrize(
    ("language", "reply", "waived"),
    [
        # a non-word heard with confidence, alike to a word of feeling, may have been one (v28 with
        # SVOX Pico: "Das ärgert mich auch" heard as "Das ergernt mich auch" at 0.61)
        ("de", "Das ergernt mich auch. Der Techniker kommt morgen früh.", True),
        # a real word heard with confidence was that word
        ("de", "Das Kalenderblatt liegt vor mir. Der Techniker kommt morgen früh.", False),
    ],
)
def test_a_confident_non_word_like_a_feeling_word_may_have_been_one(
    language: str, reply: str, waived: bool, resources
) -> None:  # noqa: ANN001
    found = _heard(language, reply, set(), resources=resources)
    ignored = [f for f in found if f.evidence.get("reason") == "ignored_emotion"]
    assert ignored, "the reply takes up no feeling"
    assert all((f.penalty == 0) is waived for f in ignored), [(f.penalty, f.evidence.get("misheard")) for f in ignored]


@pytest.mark.parametrize(
    ("language", "reply", "unsure", "waived"),
    [
        # the customer's own number read back, heard unsure (Whisper splits a number's probability
        # between its spellings): heard as said, no misheard time (the German walk-through of the
        # thirty-fourth session: "Bestellung 4711, ... Ich gebe das an den Versand weiter")
        ("de", "Bestellung 4711, Kinderwagen. Ich gebe das an den Versand weiter.", {"4711,"}, False),
        ("en", "Order 4711, the pram. I'll pass this on to dispatch.", {"4711,"}, False),
        # ... a number the customer never said may have been a time
        ("de", "Bestellung 4712. Ich gebe das an den Versand weiter.", {"4712."}, True),
    ],
)
def test_the_customers_own_number_read_back_casts_no_doubt(
    language: str, reply: str, unsure: set[str], waived: bool, resources
) -> None:  # noqa: ANN001
    line = {
        "de": "Meine Bestellnummer ist 4711, und der Kinderwagen ist immer noch nicht da! Das ist ärgerlich.",
        "en": "My order number is 4711 and the pram still hasn't come! This is infuriating.",
    }[language]
    sc = scenario(language, mood="angry", say=line, emotion="angry", expect={"key_points": COSTS[language]})
    pieces = reply.split()
    words = tuple(Word(p, 6.0 + i * 0.4, 6.35 + i * 0.4, 0.2 if p in unsure else 0.95) for i, p in enumerate(pieces))
    timeline = Turn(
        customer=Track((Span(0.0, 5.5),), (Word(line, 0.0, 5.5),)),
        trainee=Track((Span(6.0, 6.0 + 0.4 * len(pieces)),), words),
        duration=7.0 + 0.4 * len(pieces),
        line_end=5.5,
    )
    missed = _missed(list(judge(timeline, language=language, scenario=sc, resources=resources).findings))
    assert missed and all(f.evidence.get("handover") for f in missed), [f.evidence for f in missed]
    assert all((f.penalty == 0) is waived for f in missed), [(f.penalty, f.evidence.get("misheard")) for f in missed]
