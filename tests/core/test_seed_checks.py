"""The checks from the seed articles, each on literal timelines: contradiction, pushing after a
no, unacknowledged complaints, no need question, fillers, pace, monologue, response gap,
phrases to avoid, and the silent reply."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.helpers.timelines import context, kinds, scenario, turn
from voicecoach.core.analyzers import (
    avoid_phrase,
    contradiction,
    filler_words,
    monologue,
    no_acknowledgement,
    no_need_question,
    pace,
    pushed_after_no,
    response_gap,
    silent_reply,
)
from voicecoach.core.timeline import Word

OBJECTION_DE = (0.0, 3.0, "Im Internet ist der Automat aber viel billiger, das ist mir zu teuer.")
OBJECTION_EN = (0.0, 3.0, "No, that's too expensive, I saw it cheaper online.")


@pytest.mark.parametrize(
    ("language", "customer", "reply", "expected"),
    [
        ("de", OBJECTION_DE, "Das stimmt nicht, unsere Preise sind fair.", ["contradiction/phrase"]),
        ("de", OBJECTION_DE, "Da irren Sie sich, Frau Schneider.", ["contradiction/phrase"]),
        ("de", OBJECTION_DE, "Nein, das ist falsch, der Preis im Netz ist ein Lockangebot.", ["contradiction/phrase"]),
        ("de", OBJECTION_DE, "Das stimmt, nicht wahr? Danke für den Hinweis.", []),
        ("de", OBJECTION_DE, "Danke für den Hinweis, darf ich Ihnen zeigen, was bei uns dabei ist?", []),
        ("de", OBJECTION_DE, "Ja, aber bei uns bekommen Sie den Service vor Ort.", ["contradiction/but_opening"]),
        ("de", OBJECTION_DE, "Aber gern erkläre ich Ihnen, was bei uns dabei ist.", []),
        ("de", (0.0, 3.0, "Ich hätte gern den Automaten in Schwarz."), "Aber ja, den haben wir da.", []),
        ("en", OBJECTION_EN, "That's not true, our prices are fair.", ["contradiction/phrase"]),
        ("en", OBJECTION_EN, "You're wrong about that, actually.", ["contradiction/phrase"]),
        ("en", OBJECTION_EN, "But you get the on-site service with us.", ["contradiction/but_opening"]),
        ("en", OBJECTION_EN, "Thanks for pointing that out. May I show you what's included?", []),
    ],
)
def test_contradiction(language: str, customer: tuple, reply: str, expected: list[str]) -> None:
    found = contradiction.analyze(turn([customer], [(3.5, 6.5, reply)]), context(language))
    assert kinds(found) == expected


def test_contradiction_is_major_empathy_and_quotes_the_words() -> None:
    (finding,) = contradiction.analyze(turn([OBJECTION_DE], [(3.5, 6.5, "Das stimmt so nicht.")]), context("de"))
    assert (finding.severity, finding.skill, finding.penalty) == ("major", "empathy", 25)
    assert finding.evidence["said"] == "Das stimmt so nicht"
    assert "„Das stimmt so nicht“" in finding.message


NO_DE = scenario(
    "de",
    theme="sales",
    mood="calm",
    emotion="calm",
    say="Nein danke, das Upgrade brauche ich nicht.",
    expect={"accept_no": True, "offer_words": ["Upgrade", "Premium"]},
)
NO_EN = scenario(
    "en",
    theme="sales",
    mood="calm",
    emotion="calm",
    say="No thanks, I don't need the warranty.",
    expect={"accept_no": True, "offer_words": ["warranty", "peace of mind"]},
)


@pytest.mark.parametrize(
    ("sc", "reply", "expected"),
    [
        (NO_DE, "Alles klar, dann bleibt es bei Ihrem Tarif.", []),
        (NO_DE, "In Ordnung, dann ohne Upgrade.", []),  # the offer word with a negation: accepting
        (NO_DE, "Verstehe, aber das Upgrade lohnt sich wirklich.", ["pushed_after_no"]),
        (NO_DE, "Schade. Wollen Sie es sich nicht trotzdem überlegen?", ["pushed_after_no"]),
        (NO_DE, "Das Premium-Paket wäre nur noch heute günstiger.", ["pushed_after_no"]),
        (NO_EN, "No problem, I'll leave that off.", []),
        (NO_EN, "Sure, no warranty then.", []),
        (NO_EN, "Are you sure? It gives you peace of mind.", ["pushed_after_no"]),
        (NO_EN, "The warranty is only nine pounds a month.", ["pushed_after_no"]),
    ],
)
def test_pushed_after_no(sc, reply: str, expected: list[str]) -> None:  # noqa: ANN001
    found = pushed_after_no.analyze(turn([(0.0, 3.0, sc.turns[0].say)], [(3.5, 6.5, reply)]), context(sc.language, sc))
    assert kinds(found) == expected


def test_pushing_needs_accept_no() -> None:
    sc = scenario(
        "de", theme="sales", emotion="calm", say="Was kostet das Upgrade?", expect={"offer_words": ["Upgrade"]}
    )
    t = turn([(0.0, 2.0, sc.turns[0].say)], [(2.5, 5.0, "Das Upgrade kostet trotzdem nur fünf Euro.")])
    assert pushed_after_no.analyze(t, context("de", sc)) == []


@pytest.mark.parametrize(
    ("customer", "reply", "expected"),
    [
        (
            "Ich möchte mich beschweren, der Toaster ist kaputt.",
            "Welches Modell haben Sie denn?",
            ["no_acknowledgement"],
        ),
        (
            "Ich möchte mich beschweren, der Toaster ist kaputt.",
            "Danke, dass Sie sich melden. Welches Modell ist es?",
            [],
        ),
        ("Ich möchte mich beschweren, der Toaster ist kaputt.", "Oh, das ist ärgerlich. Welches Modell ist es?", []),
        ("Ich möchte einen Toaster bestellen.", "Welches Modell soll es sein?", []),
        # an angry customer: the emotion check says it (not_listening), this one stays quiet
        ("Das ist eine Frechheit, der Toaster ist kaputt!", "Welches Modell haben Sie denn?", []),
    ],
)
def test_no_acknowledgement(customer: str, reply: str, expected: list[str]) -> None:
    found = no_acknowledgement.analyze(turn([(0.0, 3.0, customer)], [(3.5, 6.0, reply)]), context("de"))
    assert kinds(found) == expected


def test_complaint_theme_counts_on_the_first_turn() -> None:
    sc = scenario("en", theme="complaint", emotion="calm", say="I'm calling about my order.")
    t = turn([(0.0, 2.0, sc.turns[0].say)], [(2.5, 4.5, "What is the order about?")])
    assert kinds(no_acknowledgement.analyze(t, context("en", sc))) == ["no_acknowledgement"]


NEED = scenario("de", theme="sales", emotion="calm", say="Ich brauche einen neuen Laptop.", expect={"ask_need": True})


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("Gern! Wofür möchten Sie den Laptop vor allem nutzen?", []),
        ("Was genau soll er können?", []),
        ("Wie oft sind Sie damit unterwegs?", []),
        ("Da empfehle ich Ihnen unser Modell X für 999 Euro.", ["no_need_question"]),
    ],
)
def test_no_need_question(reply: str, expected: list[str]) -> None:
    found = no_need_question.analyze(turn([(0.0, 2.0, NEED.turns[0].say)], [(2.5, 5.0, reply)]), context("de", NEED))
    assert kinds(found) == expected


def test_need_question_in_english() -> None:
    sc = scenario("en", theme="sales", emotion="calm", say="I need a new laptop.", expect={"ask_need": True})
    asked = turn([(0.0, 2.0, "I need a new laptop.")], [(2.5, 5.0, "Sure, what will you use it for?")])
    told = turn([(0.0, 2.0, "I need a new laptop.")], [(2.5, 5.0, "Our model X is the best one.")])
    assert no_need_question.analyze(asked, context("en", sc)) == []
    assert kinds(no_need_question.analyze(told, context("en", sc))) == ["no_need_question"]


@pytest.mark.parametrize(
    ("language", "reply", "expected"),
    [
        ("de", "Also äh ich schaue halt mal ähm nach, ob das sozusagen schon äh verschickt wurde.", ["filler_words"]),
        ("de", "Ich schaue gleich nach, ob das Paket schon verschickt wurde, und melde mich.", []),
        ("de", "Ich schaue eigentlich gleich nach, ob das Paket schon verschickt wurde.", []),  # one is fine
        ("en", "Um, so, uh, I think it was, like, basically shipped, you know, yesterday.", ["filler_words"]),
        ("en", "I'd like to check whether your parcel was shipped yesterday, do you know the date?", []),
        ("de", "Äh, ähm, äh.", []),  # too short to count a rate
    ],
)
def test_filler_words(language: str, reply: str, expected: list[str]) -> None:
    found = filler_words.analyze(turn([(0.0, 2.0, "Wo ist mein Paket?")], [(2.5, 8.0, reply)]), context(language))
    assert kinds(found) == expected


def test_filler_evidence() -> None:
    reply = "Also äh ich schaue halt mal ähm nach, ob das sozusagen schon äh verschickt wurde."
    (finding,) = filler_words.analyze(turn([(0.0, 2.0, "Wo ist mein Paket?")], [(2.5, 8.0, reply)]), context("de"))
    assert finding.evidence["count"] == 5 and finding.evidence["words"] == 15
    assert finding.evidence["top"] == "äh" and finding.skill == "clarity"


WORDS20 = " ".join(f"Wort{i}" for i in range(20))


@pytest.mark.parametrize(
    ("language", "seconds", "expected"),
    [
        ("de", 8.0, []),  # 150 wpm: calm
        ("de", 5.0, ["pace/too_fast"]),  # 240 wpm
        ("de", 14.0, ["pace/too_slow"]),  # 86 wpm
        ("en", 7.5, []),  # 160 wpm
        ("en", 5.5, ["pace/too_fast"]),  # 218 wpm
        ("de", 3.5, []),  # too short to judge
    ],
)
def test_pace(language: str, seconds: float, expected: list[str]) -> None:
    t = turn([(0.0, 2.0, "Wo ist mein Paket?")], [(2.5, 2.5 + seconds, WORDS20)])
    assert kinds(pace.analyze(t, context(language))) == expected


def test_pace_leaves_long_pauses_out() -> None:
    # 20 words in two halves of 4 s each with a 5 s pause: 150 wpm, not 92
    half = WORDS20.split()
    t = turn([(0.0, 2.0, "Wo ist mein Paket?")], [(2.5, 6.5, " ".join(half[:10])), (11.5, 15.5, " ".join(half[10:]))])
    wpm, seconds = pace.words_per_minute(t, context("de"))
    assert seconds == pytest.approx(8.0, abs=0.1) and wpm == pytest.approx(150, abs=3)


@pytest.mark.parametrize(
    ("trainee", "customer", "expected"),
    [
        ([(3.0, 30.0, "lang")], [], []),
        ([(3.0, 40.0, "sehr lang")], [], ["monologue"]),
        ([(3.0, 20.0, "eins"), (20.5, 40.0, "zwei")], [], ["monologue"]),  # a short breath does not end it
        ([(3.0, 20.0, "eins"), (22.0, 40.0, "zwei")], [], []),  # a 2 s pause gives room
        ([(3.0, 20.0, "eins"), (20.8, 40.0, "zwei")], [(20.1, 20.7, "Moment mal")], []),  # the customer spoke
    ],
)
def test_monologue(trainee: list, customer: list, expected: list[str]) -> None:
    t = turn([(0.0, 2.5, "Erzählen Sie mal."), *customer], trainee)
    assert kinds(monologue.analyze(t, context("de"))) == expected


@pytest.mark.parametrize(
    ("reply_start", "line_end", "expected"),
    [
        (3.05, None, ["response_gap/too_fast"]),  # no pause
        (2.9, None, ["response_gap/too_fast"]),  # on the last syllable, inside the tolerance
        (3.2, None, []),
        (3.5, None, []),
        (5.0, None, []),
        (6.5, None, ["response_gap/dead_air"]),
        (1.5, None, []),  # an interruption: that finding says it
        (3.5, 3.0, []),
        (6.5, 3.0, ["response_gap/dead_air"]),
    ],
)
def test_response_gap(reply_start: float, line_end: float | None, expected: list[str]) -> None:
    t = turn(
        [(0.0, 3.0, "Wo bleibt mein Paket?")],
        [(reply_start, reply_start + 2.5, "Ich sehe gleich nach.")],
        line_end=line_end,
    )
    assert kinds(response_gap.analyze(t, context("de"))) == expected


def test_response_gap_ignores_backchannels_before_the_reply() -> None:
    t = turn([(0.0, 3.0, "Wo bleibt mein Paket?")], [(1.0, 1.3, "mhm"), (3.6, 6.0, "Ich sehe gleich nach.")])
    assert response_gap.gap(t, context("de")) == pytest.approx(0.6)
    assert response_gap.analyze(t, context("de")) == []


AVOID = scenario(
    "de",
    emotion="angry",
    say="Das ist unverschämt!",
    expect={"avoid": ["beruhigen Sie sich", "da können wir nichts machen"]},
)


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("Jetzt beruhigen Sie sich bitte erst einmal.", ["avoid_phrase"]),
        ("Da können wir leider nichts machen.", ["avoid_phrase"]),
        ("Das verstehe ich, ich kümmere mich sofort darum.", []),
    ],
)
def test_avoid_phrase(reply: str, expected: list[str]) -> None:
    found = avoid_phrase.analyze(turn([(0.0, 2.0, "Das ist unverschämt!")], [(2.5, 5.0, reply)]), context("de", AVOID))
    assert kinds(found) == expected


@pytest.mark.parametrize(
    ("trainee", "expected"),
    [
        ([], ["silent_reply"]),
        ([(1.0, 1.3, "mhm")], ["silent_reply"]),  # a backchannel is no reply
        ([(3.5, 5.0, "Ich sehe nach.")], []),
        ([(3.5, 5.0, "")], []),  # speech without a transcript is still a reply
    ],
)
def test_silent_reply(trainee: list, expected: list[str]) -> None:
    found = silent_reply.analyze(turn([(0.0, 3.0, "Wo bleibt mein Paket?")], trainee, duration=10.0), context("de"))
    assert kinds(found) == expected
    if found:
        assert (
            found[0].severity == "major" and found[0].skill == "all" and (found[0].start, found[0].end) == (3.0, 10.0)
        )


@pytest.mark.parametrize(
    ("unsure", "expected"),
    [
        (0, ["pace/too_fast"]),  # 240 wpm, every word sure
        (3, ["pace/too_fast"]),  # 204 wpm on the sure words alone: still too fast
        (6, []),  # 168 wpm without the six words Whisper guessed: not evidence for points off
    ],
)
def test_pace_too_fast_must_hold_on_the_words_whisper_was_sure_of(unsure: int, expected: list[str]) -> None:
    t = turn([(0.0, 2.0, "Wo ist mein Paket?")], [(2.5, 7.5, WORDS20)])  # 20 words in 5 s: 240 wpm
    guessed = [replace(w, probability=0.2) if i < unsure else w for i, w in enumerate(t.trainee.words)]
    t = replace(t, trainee=replace(t.trainee, words=tuple(guessed)))
    assert kinds(pace.analyze(t, context("de"))) == expected


@pytest.mark.parametrize("language", ["de", "en"])
def test_pace_counts_no_bare_full_stops(language: str) -> None:
    """A live call: tiny.en closed a calm reply (8 words in 4.6 s) with 33 bare "." words at one
    instant, and the reply was told it ran at 573 words per minute. Marks are no words."""
    text = (
        "Gut. Unser Kurier bringt sie Ihnen am Freitag."
        if language == "de"
        else "Right. Our courier will bring them on Friday."
    )
    t = turn([(0.0, 2.0, "Wo ist mein Paket?")], [(8.0, 12.0, text)])
    dots = tuple(Word(".", 12.096, 12.096) for _ in range(33))
    t = replace(t, trainee=replace(t.trainee, words=t.trainee.words + dots))
    wpm, _seconds = pace.words_per_minute(t, context(language))
    assert wpm is not None and wpm < 170, wpm
    assert kinds(pace.analyze(t, context(language))) == []
