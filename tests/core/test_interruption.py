"""interruption: literal timelines in, finding kinds out (a false "you interrupted" costs trust)."""

from __future__ import annotations

import pytest

from tests.helpers.timelines import context, kinds, turn
from voicecoach.core.analyzers import interruption

LINE = (0.0, 4.0, "Ich habe vor zwei Wochen bestellt und warte immer noch auf meine Lieferung.")
REPLY = "Das tut mir leid, ich sehe sofort nach, wo Ihre Lieferung bleibt."


@pytest.mark.parametrize(
    ("customer", "trainee", "line_end", "expected"),
    [
        # interruptions at several depths into a 4 s line
        ([LINE], [(0.6, 4.5, REPLY)], None, ["interruption/line"]),
        ([LINE], [(2.0, 5.5, REPLY)], None, ["interruption/line"]),
        ([LINE], [(3.3, 6.5, REPLY)], None, ["interruption/line"]),
        ([LINE], [(3.7, 6.5, REPLY)], None, ["interruption/line"]),  # the last word: minor
        # clean turn-taking with gaps from 0.2 s to 2 s: nothing
        ([LINE], [(4.2, 7.0, REPLY)], None, []),
        ([LINE], [(4.5, 7.0, REPLY)], None, []),
        ([LINE], [(5.0, 8.0, REPLY)], None, []),
        ([LINE], [(6.0, 9.0, REPLY)], None, []),
        # within the onset tolerance of the end (0.15 s): a quick reply, not an interruption
        ([LINE], [(3.9, 7.0, REPLY)], None, []),
        ([LINE], [(3.9, 7.0, REPLY)], 4.0, []),
        # backchannels during the customer's line are listening, not interrupting
        ([LINE], [(1.5, 1.9, "mhm"), (4.5, 7.0, REPLY)], None, ["backchannel"]),
        ([LINE], [(1.5, 2.2, "Ja, genau."), (4.5, 7.0, REPLY)], None, ["backchannel"]),
        ([LINE], [(1.0, 1.3, "Mhm."), (2.5, 2.8, "ja"), (4.5, 7.0, REPLY)], None, ["backchannel", "backchannel"]),
        ([LINE], [(1.5, 1.8, ""), (4.5, 7.0, REPLY)], None, ["backchannel"]),  # a short sound without words
        # short, but with content: an interruption
        ([LINE], [(1.5, 2.3, "Nein, falsch."), (4.5, 7.0, REPLY)], None, ["interruption/line"]),
        # a backchannel word spoken for too long is not a backchannel
        ([LINE], [(1.5, 2.8, "ja ja ja ja"), (4.5, 7.0, REPLY)], None, ["interruption/line"]),
        # speech without words, too long for a backchannel (no transcript at all: VAD only)
        ([LINE], [(1.5, 3.0, "")], None, ["interruption/line"]),
        # with a transcript, a wordless 0.8 s is a "mhm" the transcriber left out, and 1.2 s a noise
        ([LINE], [(1.5, 2.3, ""), (4.5, 7.0, REPLY)], None, ["backchannel"]),
        ([LINE], [(1.5, 2.7, ""), (4.5, 7.0, REPLY)], None, []),
        # the customer's VAD span padded past the scripted line end: replying after the end is fine
        ([(0.0, 4.4, LINE[2])], [(4.1, 7.0, REPLY)], 4.0, []),
        # starting in a pause of the scripted line (live practice knows where the line ends)
        (
            [(0.0, 2.0, "Ich habe bestellt."), (2.8, 4.0, "Und nichts kam.")],
            [(2.2, 5.0, REPLY)],
            4.0,
            ["interruption/pause"],
        ),
        # a long pause (over pause_max, 1 s) in the scripted line: the floor looked free
        ([(0.0, 2.0, "Ich habe bestellt."), (3.6, 4.5, "Und nichts kam.")], [(3.2, 5.0, REPLY)], 4.5, []),
        # the same pause without a known line end: the floor looked free
        ([(0.0, 2.0, "Ich habe bestellt."), (2.8, 4.0, "Und nichts kam.")], [(2.2, 2.6, "Oh je.")], None, []),
        # a whole call (no scripted line): coming in during a breath pause mid-sentence (the
        # last word ends with a comma, not a full stop) of a customer who then goes on
        (
            [(0.0, 1.2, "Es war letzten Montag fällig,"), (1.5, 4.0, "und ich brauche es bis Freitag.")],
            [(1.45, 4.5, REPLY)],
            None,
            ["interruption/pause"],
        ),
        (
            [(0.0, 1.2, "It was due last Monday,"), (1.5, 4.0, "and I need it by Friday.")],
            [(1.35, 4.5, "I can send you a new one today.")],
            None,
            ["interruption/pause"],
        ),
        (
            [(0.0, 1.2, "Es war letzten Montag fällig,"), (1.8, 4.0, "und ich brauche es bis Freitag.")],
            [(1.45, 4.5, REPLY)],
            None,
            ["interruption/pause"],
        ),
        # ... but not after a finished sentence (not even an abbreviation's full stop fools it the
        # other way), nor after a pause of 1 s (pause_max) or more: the floor looked free
        (
            [(0.0, 1.2, "Es war letzten Montag fällig."), (1.5, 4.0, "Und ich brauche es bis Freitag.")],
            [(1.45, 4.5, REPLY)],
            None,
            [],
        ),
        (
            [(0.0, 1.2, "It was due last Monday?"), (1.5, 4.0, "Or was it Tuesday.")],
            [(1.35, 4.5, "I can send you a new one today.")],
            None,
            [],
        ),
        (
            [(0.0, 1.2, "Das hat mir Ihr Kollege, Herr Dr."), (1.5, 4.0, "Meier, gesagt.")],
            [(1.45, 4.5, REPLY)],
            None,
            ["interruption/pause"],
        ),
        (
            [(0.0, 1.2, "Es war letzten Montag fällig,"), (2.3, 4.0, "und ich brauche es bis Freitag.")],
            [(1.45, 4.5, REPLY)],
            None,
            [],
        ),
        # a customer "mhm" during the reply does not hold the floor
        (
            [(0.0, 3.0, "Wann kommt mein Paket?"), (5.0, 5.5, "mhm")],
            [(3.5, 4.8, "Ich schaue nach"), (5.2, 7.0, "es kommt morgen")],
            None,
            [],
        ),
        # restarting while the customer's interjection is still going
        (
            [(0.0, 3.0, "Wann kommt mein Paket?"), (5.0, 7.0, "Aber bitte nicht wieder eine Ausrede!")],
            [(3.5, 5.2, "Ich schaue nach"), (5.8, 8.0, "es kommt morgen ganz sicher")],
            3.0,
            ["interruption/interjection"],
        ),
        # both start together (within the tolerance): a collision for talk_over, not an interruption
        ([LINE], [(0.1, 2.0, "Guten Tag, Kundenservice.")], None, []),
        # the trainee speaks first, the customer has not started: nothing to interrupt
        ([(2.0, 4.0, "Hallo?")], [(0.0, 1.5, "Guten Tag, Kundenservice.")], None, []),
    ],
)
def test_interruption(customer, trainee, line_end, expected) -> None:  # noqa: ANN001
    assert kinds(interruption.analyze(turn(customer, trainee, line_end=line_end), context("de"))) == expected


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "I see."),
        ("en", "uh-huh"),
        ("en", "Right, okay."),
        ("de", "Ach so."),
        ("en", "MMM."),
        ("en", "Mm-hmm."),
        ("de", "Hmmmm"),
        ("de", "Mhm, mhm."),
    ],
)
def test_backchannels_in_both_languages(language: str, said: str) -> None:
    found = interruption.analyze(turn([LINE], [(1.5, 2.1, said), (4.6, 7.0, REPLY)]), context(language))
    assert kinds(found) == ["backchannel"]
    assert found[0].severity == "info" and found[0].penalty == 0


def test_onset_is_the_trainee_start_with_depth_and_cut_words() -> None:
    found = interruption.analyze(turn([LINE], [(1.2, 5.0, REPLY)], line_end=4.0), context("de"))
    (finding,) = found
    assert finding.start == 1.2
    assert finding.severity == "major" and finding.skill == "timing" and finding.penalty == 25
    assert finding.evidence["into"] == pytest.approx(1.2)
    assert finding.evidence["left"] == pytest.approx(2.8)
    assert finding.evidence["overlap"] == pytest.approx(2.8)
    cut = [w["word"] for w in finding.evidence["cut_words"]]
    assert cut[:3] == ["Wochen", "bestellt", "und"] and len(cut) == 8
    assert "nach 1,2 s" in finding.message and "2,8 s" in finding.message


def test_cutting_the_last_word_is_minor() -> None:
    (finding,) = interruption.analyze(turn([LINE], [(3.7, 6.0, REPLY)]), context("en"))
    assert finding.severity == "minor" and finding.penalty == 10
    assert "0.3 s before" in finding.message


def test_tolerance_is_an_option() -> None:
    t = turn([LINE], [(3.7, 6.0, REPLY)])
    assert interruption.analyze(t, context("de", onset_tolerance=0.4)) == []


def test_measured_echo_of_the_customer_is_no_interruption() -> None:
    """Regression: with speakers instead of a headset the customer's voice reaches the microphone
    80 ms later; that must never read as the trainee talking over the customer."""
    from dataclasses import replace

    from voicecoach.core.analyzers import talk_over

    base = turn([LINE], [(0.08, 4.08, ""), (4.6, 7.0, REPLY)], line_end=4.0)
    echoed = replace(base, echo_delay=0.08)
    assert kinds(interruption.analyze(echoed, context("de"))) == []
    assert kinds(talk_over.analyze(echoed, context("de"))) == []
    assert kinds(interruption.analyze(base, context("de"))) == []  # without a measured delay: starting together
    # echo transcribed as the customer's own words is echo too; the trainee's own words are not
    words_echo = turn([LINE], [(0.08, 4.08, LINE[2]), (4.6, 7.0, REPLY)], line_end=4.0)
    assert kinds(interruption.analyze(replace(words_echo, echo_delay=0.08), context("de"))) == []
    real = turn([LINE], [(1.5, 4.5, REPLY)], line_end=4.0)
    assert kinds(interruption.analyze(replace(real, echo_delay=0.08), context("de"))) == ["interruption/line"]
