"""Issue 10, a kind found in the errors of the sets v14-v16: the excuse the customer complains of, said again.

"Wayne tells me it's just overfill burning off" answered "It's most likely just overfill burning
off", "Frau Brenner sagt, bei dem Format müsse man eben was wegnehmen" answered "Bei dem Format
muss man leider etwas wegnehmen": the agent takes the colleague's side (a contradiction, its own
message). Naming the excuse to disown it, a question, a report, a time promise, an offer passed
on, or the customer's own words after a "but" is no echo.

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from tests.helpers.content_judge import contradicts, penalised
from tests.helpers.timelines import scenario
from voicecoach.core.typed import judge_text

SAY = {
    "de": "Der Kühlschrank ist nach zwei Tagen wieder warm. Und Ihr Monteur meint, das Gerät muss sich erst einpendeln!",
    "en": "The fridge is warm again after two days. And Gavin tells me the compressor needs time to settle!",
}


@pytest.mark.parametrize(
    ("language", "reply", "echo"),
    [
        ("de", "Das tut mir leid. So ein Gerät muss sich nach dem Aufstellen leider erst einpendeln.", True),
        ("en", "I'm sorry, but a new compressor does need time to settle, give it a few more days.", True),
        ("en", "Sorry about that. The compressor settling takes about a week, that's how they are.", True),
        # disowned: a negation, a word that calls it wrong, a question, a quote, a report
        ("de", "Das tut mir leid. Einpendeln muss sich da gar nichts, ich schicke morgen früh einen Techniker.", False),
        ("en", "I'm sorry. Settling time is nonsense for a compressor, I'll send an engineer tomorrow morning.", False),
        ("en", "I'm sorry. Did the compressor get time to settle before you filled it?", False),
        (
            "de",
            "Dass man Ihnen sagt, das Gerät müsse sich einpendeln, tut mir leid. Ich schicke morgen jemanden.",
            False,
        ),
        ("en", "I'm sorry. \"Needs time to settle\" isn't an answer – I'll send an engineer tomorrow.", False),
        # one shared word is no echo
        ("en", "I'm so sorry. I'll have the compressor replaced on Thursday.", False),
    ],
)
def test_the_excuse_said_again(language: str, reply: str, echo: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, say=SAY[language], emotion="annoyed")
    assert contradicts(found) is echo, found


@pytest.mark.parametrize(
    ("language", "say", "reply"),
    [
        # an app, not one of ours, said it
        (
            "en",
            "Your app said walk completed at noon, but he was shut in all day.",
            "I'm so sorry – a walk marked completed that never happened is on us.",
        ),
        # a time promised is no excuse
        (
            "en",
            "Megan in your office said first thing Tuesday. It's Thursday.",
            "I'm sorry, that's our mistake. The lorry comes first thing tomorrow.",
        ),
        # the customer's own words after "but"
        (
            "en",
            "Darren said I'm not charging it right, but I plug it in every night.",
            "Charging it every night is exactly right, so that's not the cause.",
        ),
        (
            "de",
            "Der Tierarzt sagt, das Eisen muss runter. Und jetzt?",
            "Das tut mir leid. Wir nehmen das Eisen heute noch runter.",
        ),
    ],
)
def test_no_excuse_of_ours(language: str, say: str, reply: str, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, say=say, emotion="annoyed")
    assert not contradicts(found), found


def test_an_offer_passed_on_is_no_echo(resources) -> None:  # noqa: ANN001
    """ "Your colleague says I should go for full wraps": repeating the offer is pushing, not an excuse."""
    sc = scenario(
        "en",
        theme="sales",
        mood="annoyed",
        emotion="annoyed",
        say="Your colleague says I should go for full wraps at a discount. No, I don't want wraps.",
        expect={"accept_no": True, "offer_words": ["wrap", "wraps"]},
    )
    result = judge_text(sc, "t1", "Full wraps at a discount are still a great deal, though.", resources=resources)
    assert not [f for f in result.findings if f.kind == "contradiction" and f.evidence.get("grammar") == "echo"]


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_message_names_the_echo(language: str, resources) -> None:  # noqa: ANN001
    reply = (
        "Das Gerät muss sich leider erst einpendeln."
        if language == "de"
        else "The compressor just needs time to settle."
    )
    sc = scenario(language, theme="service", mood="annoyed", say=SAY[language], emotion="annoyed")
    result = judge_text(sc, "t1", reply, resources=resources)
    echo = [f for f in result.findings if f.evidence.get("grammar") == "echo"]
    assert len(echo) == 1 and echo[0].penalty > 0, result.findings
    wanted = "Erklärung wiederholt" if language == "de" else "repeated the explanation"
    assert wanted in echo[0].message, echo[0].message
