"""Issue 10, kinds found in the false alarms of the fitted set v6: each row one form of a kind, in
German and English, judged as typed text with the real language resources.

- granting a customer's no at once ("Natürlich, ...", "Absolutely, ...") takes up the annoyance
  about the offer; a bare "Okay" only takes note, and a reply that pushes again takes nothing up;
- naming the situation ("Das ist hart", "ein Albtraum"), agreeing ("Das sehe ich genauso", "Ihr
  gutes Recht", "that's reasonable"), the fault put on us ("that's on us") and the customer's
  enough of it ("you've had enough") take up the feeling; the same words in other senses do not
  ("die sieht genauso aus", "mit dem linken Ohr");
- a word only alike in spelling is not the offer word or avoid phrase ("Schieben" for the offer
  "Scheiben"); the offer word's plural with an umlaut still is ("Tagesmütter");
- "trotzdem" said of what the agent does anyway is no push; pressing the customer with it is.

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from tests.helpers.content_judge import has, ignored, penalised

NO_DE = {
    "say": "Nein, ein Wartungspaket für 60 Euro will ich nicht. Reparieren Sie einfach, was kaputt ist!",
    "emotion": "annoyed",
    "expect": {"accept_no": True, "offer_words": ["Wartungspaket", "Scheiben"]},
}
NO_EN = {
    "say": "No, I don't want the care package for 60 pounds. Just repair what's broken!",
    "emotion": "annoyed",
    "expect": {"accept_no": True, "offer_words": ["care package"]},
}


@pytest.mark.parametrize(
    ("language", "reply", "taken_up"),
    [
        ("de", "Natürlich, kein Wartungspaket. Ich repariere nur das Schloss, morgen ist es fertig.", True),
        ("de", "Selbstverständlich, dann reparieren wir nur, was kaputt ist. Morgen ist es fertig.", True),
        ("de", "Klar. Wir reparieren das Schloss bis morgen.", True),
        ("en", "Absolutely, no care package. We'll fix the lock by tomorrow.", True),
        ("en", "Of course, just the repair then. It'll be ready tomorrow.", True),
        # a bare "okay" only takes note of the no
        ("de", "Okay, morgen ist es fertig.", False),
        ("en", "Sure. It'll be ready tomorrow.", False),
        # granting, then pushing the offer again: the push is the one fault, not a second finding of
        # an ignored feeling (judge._one_fault_one_finding; fresh writers since v9 label it so)
        ("de", "Natürlich. Ein Wartungspaket würde Ihnen so etwas aber künftig ersparen.", True),
        ("en", "Of course. A care package would save you this next time, though.", True),
    ],
)
def test_granting_a_no_takes_up_the_annoyance(language: str, reply: str, taken_up: bool, resources) -> None:  # noqa: ANN001
    step = NO_DE if language == "de" else NO_EN
    found = penalised(language, reply, resources, **dict(step))
    assert ignored(found) is not taken_up, found


WET_DE = {"say": "Seit Montag tropft es durch die Decke, und niemand kommt!", "emotion": "angry"}
WET_EN = {"say": "Water has been dripping through the ceiling since Monday, and nobody comes!", "emotion": "angry"}


@pytest.mark.parametrize(
    ("language", "reply", "taken_up"),
    [
        ("de", "Das ist hart, Herr Roth. Ich schicke heute noch jemanden vorbei.", True),
        ("de", "Das ist ja ein Albtraum. Ich schicke heute noch einen Installateur.", True),
        ("de", "Das sehe ich genauso, das geht so nicht. Heute kommt jemand.", True),
        ("de", "Das ist Ihr gutes Recht. Heute Nachmittag kommt ein Installateur.", True),
        ("de", "Das geht auf uns. Heute Nachmittag kommt ein Installateur.", True),
        ("en", "That's reasonable. Someone will be with you this afternoon.", True),
        ("en", "That delay is on us. Someone will be with you this afternoon.", True),
        ("en", "Got it, you've had enough of waiting. Someone comes this afternoon.", True),
        # the same words in other senses take nothing up
        ("de", "Die Decke sieht dann wieder genauso aus wie vorher. Heute kommt jemand.", False),
        ("de", "Mit dem Eimer darunter geht es noch ganz gut. Heute kommt jemand.", False),
        ("en", "You can rely on us. Someone comes this afternoon.", False),
        ("en", "We have enough staff today. Someone comes this afternoon.", False),
        # seeing to it is not seeing it the same way
        ("de", "Ich sehe mir das auch gleich an. Heute kommt jemand.", False),
        ("de", "Ich sehe genauso nach, ob heute jemand frei ist.", False),
        ("en", "I see it the same way. Someone comes this afternoon.", True),
    ],
)
def test_naming_agreeing_and_owning_take_up_the_feeling(language: str, reply: str, taken_up: bool, resources) -> None:  # noqa: ANN001
    step = WET_DE if language == "de" else WET_EN
    found = penalised(language, reply, resources, **dict(step))
    assert ignored(found) is not taken_up, found


CARE_DE = {
    "say": "Nein, eine Tagesmutter kommt nicht infrage. Ich brauche einen Platz in einer Kita.",
    "emotion": "calm",
    "expect": {"accept_no": True, "offer_words": ["Tagesmutter"]},
}


@pytest.mark.parametrize(
    ("step", "reply", "pushes"),
    [
        # "Schieben" is another word than the offer "Scheiben" (brake discs)
        (NO_DE, "In Ordnung. Schieben Sie das Rad morgen um zehn rein, wir reparieren das Schloss.", False),
        (NO_DE, "In Ordnung. Neue Scheiben würden aber nicht schaden.", True),
        # the offer word's plural with an umlaut is still the offer
        (CARE_DE, "Tagesmütter kommen mit so etwas eigentlich genauso gut klar.", True),
        # "trotzdem" of what the agent does anyway pushes nothing; pressing the customer does
        (NO_DE, "Ich repariere das Schloss trotzdem heute noch, versprochen.", False),
        (NO_DE, "Die Anfahrt müssen wir trotzdem berechnen.", False),
        (NO_DE, "Überlegen Sie es sich trotzdem, das Paket lohnt sich.", True),
        (NO_DE, "Ich würde Ihnen trotzdem das Wartungspaket empfehlen.", True),
    ],
)
def test_a_push_needs_the_offer_itself(step: dict, reply: str, pushes: bool, resources) -> None:  # noqa: ANN001
    found = penalised("de", reply, resources, **dict(step))
    assert has(found, "pushed_after_no") is pushes, found
