"""Issue 10, kinds found in the false alarms of the fitted set v7: each row one form of a kind, in
German and English, judged as typed text with the real language resources.

- asking for a record of a fact ("ein Foto vom Riss", "a copy of the invoice") is not asking for
  the fact again; asking for the fact itself still is;
- a request asks for the noun in its own clause: "Geben Sie mir einen Moment, ich kläre das mit
  dem Hotel" asks for time;
- what ought to be ("this should never have happened", "das hätte nie passieren dürfen") admits
  it happened; "that never happens" denies it;
- the refused offer after "rather than" / "instead of" / "statt" sets it aside, no push;
- "Oh Mann" is dismay at the customer's news, as "oh man" is;
- granting a no as fine ("That's fine, no voucher", "Völlig in Ordnung") takes up the annoyance
  about the offer; a bare "Okay", even with the no said back, does not;
- care for a sad customer ("no rush", "Lassen Sie sich Zeit") said word for word takes up the
  feeling; the same words loosely ("Take care of the form yourself") do not.

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from tests.helpers.content_judge import contradicts, has, ignored, penalised

CRACK_DE = {
    "say": "Die Waschmaschine kam gestern, und die Tür hat einen Sprung im Glas. So geht das nicht!",
    "facts": {"damage": {"value": "Sprung im Glas der Tür", "ask": ["wo ist der Sprung", "wie groß ist der Sprung"]}},
}
CRACK_EN = {
    "say": "The washing machine came yesterday and the door has a crack in the glass. This is not on!",
    "facts": {"damage": {"value": "crack in the door glass", "ask": ["where is the crack", "how big is the crack"]}},
}
BOOKING_DE = {
    "say": "Wir haben das Hotel Seeblick für unsere Hochzeitsreise gebucht, und jetzt ist es überbucht!",
    "facts": {"hotel": {"value": "Seeblick", "ask": ["welches Hotel", "wie heißt das Hotel"]}},
}
BOOKING_EN = {
    "say": "We booked the Lakeview hotel for our honeymoon and now it's overbooked!",
    "facts": {"hotel": {"value": "Lakeview", "ask": ["which hotel", "what hotel"]}},
}


@pytest.mark.parametrize(
    ("step", "language", "reply", "reasked"),
    [
        (CRACK_DE, "de", "Das tut mir leid. Schicken Sie mir bitte ein Foto vom Sprung per Mail?", False),
        (CRACK_DE, "de", "Das tut mir leid. Können Sie mir eine Aufnahme von dem Sprung schicken?", False),
        (CRACK_EN, "en", "I'm sorry about that. Could you email me a photo of the crack?", False),
        (CRACK_EN, "en", "I'm sorry about that. Can you send a picture of the crack, please?", False),
        # the fact itself asked again still is a re-ask
        (CRACK_DE, "de", "Das tut mir leid. Wie groß ist der Sprung denn?", True),
        (CRACK_EN, "en", "I'm sorry about that. How big is the crack?", True),
        # a request for time, then what the agent does with the noun, asks for nothing
        (BOOKING_DE, "de", "Oh nein. Geben Sie mir einen Moment, ich kläre das mit dem Hotel.", False),
        (BOOKING_EN, "en", "Oh no. Give me a moment, I'll sort it out with the hotel.", False),
        (BOOKING_DE, "de", "Oh nein. Welches Hotel war das noch mal?", True),
    ],
)
def test_a_record_of_a_fact_or_a_moment_is_no_reask(
    step: dict, language: str, reply: str, reasked: bool, resources
) -> None:  # noqa: ANN001, E501
    found = penalised(language, reply, resources, **dict(step))
    assert has(found, "not_listening/reasked") is reasked, found


TEST_DE = {"say": "Mein Sohn hatte heute Prüfung, und es war gar kein Termin gebucht. Ihr Lehrer hat das versprochen!"}
TEST_EN = {"say": "My son had his test today and nothing was booked. Your instructor promised it was!"}


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        ("en", "Apologies, this should never have happened. I'll find the next free date.", False),
        ("en", "I'm sorry, that must never happen. I'll find the next free date.", False),
        ("de", "Entschuldigung, das hätte nie passieren dürfen. Ich suche den nächsten Termin.", False),
        ("de", "Entschuldigung, so etwas darf nie passieren. Ich suche den nächsten Termin.", False),
        # saying it cannot have happened still contradicts
        ("en", "That never happens with our instructors. I'll check the system.", True),
        ("de", "So etwas passiert bei unseren Lehrern nie. Ich prüfe das.", True),
    ],
)
def test_what_ought_to_be_admits_it(language: str, reply: str, contradiction: bool, resources) -> None:  # noqa: ANN001
    step = TEST_DE if language == "de" else TEST_EN
    found = penalised(language, reply, resources, **dict(step))
    assert contradicts(found) is contradiction, found


REFUND_DE = {
    "say": "Nein, einen Gutschein will ich nicht. Ich will mein Geld zurück!",
    "emotion": "annoyed",
    "expect": {"accept_no": True, "offer_words": ["Gutschein"]},
}
REFUND_EN = {
    "say": "No, I don't want a voucher. I want my money back!",
    "emotion": "annoyed",
    "expect": {"accept_no": True, "offer_words": ["voucher"]},
}


@pytest.mark.parametrize(
    ("language", "reply", "pushes"),
    [
        ("en", "Of course, you want your money rather than a voucher. The refund goes out today.", False),
        ("en", "Understood, a refund instead of the voucher. It goes out today.", False),
        ("de", "Natürlich, Geld statt Gutschein. Die Erstattung geht heute raus.", False),
        ("de", "Verstehe, dann überweisen wir anstelle eines Gutscheins. Das Geld kommt diese Woche.", False),
        # the voucher offered again still pushes
        ("en", "Of course. A voucher would be worth more, though.", True),
        ("de", "Verstehe. Ein Gutschein wäre aber mehr wert.", True),
    ],
)
def test_the_offer_set_aside_is_no_push(language: str, reply: str, pushes: bool, resources) -> None:  # noqa: ANN001
    step = REFUND_DE if language == "de" else REFUND_EN
    found = penalised(language, reply, resources, **dict(step))
    assert has(found, "pushed_after_no") is pushes, found


GRIEF_DE = {
    "say": "Unser Hund ist letzte Woche gestorben. Die Rechnung muss warten, ich kann das gerade nicht.",
    "emotion": "sad",
}
GRIEF_EN = {
    "say": "Our dog died last week. The bill will have to wait, I can't deal with it right now.",
    "emotion": "sad",
}


@pytest.mark.parametrize(
    ("language", "reply", "taken_up"),
    [
        ("en", "Of course, there's no rush at all. I've put the bill on hold.", True),
        ("en", "Take all the time you need. I've put the bill on hold.", True),
        ("en", "Of course. Please look after yourself; the bill is on hold.", True),
        ("de", "Natürlich, lassen Sie sich Zeit. Ich stelle die Rechnung zurück.", True),
        ("de", "Oh Mann. Die Rechnung stelle ich zurück.", True),
        # business only, or the words loosely, take nothing up
        ("en", "Take care of the form yourself. The bill is on hold.", False),
        ("de", "Lassen Sie uns die Zeit nutzen. Die Rechnung stelle ich zurück.", False),
        ("en", "The bill is on hold until next month.", False),
        ("de", "Die Rechnung stelle ich bis nächsten Monat zurück.", False),
    ],
)
def test_warmth_to_a_grieving_customer_takes_it_up(language: str, reply: str, taken_up: bool, resources) -> None:  # noqa: ANN001
    step = GRIEF_DE if language == "de" else GRIEF_EN
    found = penalised(language, reply, resources, **dict(step))
    assert ignored(found) is not taken_up, found


@pytest.mark.parametrize(
    ("language", "reply", "taken_up"),
    [
        ("en", "That's fine, no voucher. The refund goes out today.", True),
        ("de", "Völlig in Ordnung, kein Gutschein. Das Geld kommt diese Woche.", True),
        # a bare okay only takes note, even with the no said back (how the sets' coaches label it)
        ("en", "Okay, no voucher. The refund goes out today.", False),
        ("de", "Okay. Das Geld kommt diese Woche.", False),
        # "That's fine." then the push: one fault, the push (see test_issue10_kinds_v24)
        ("en", "That's fine. A voucher would be worth more, though.", True),
    ],
)
def test_granting_the_no_as_fine_takes_up_the_annoyance(language: str, reply: str, taken_up: bool, resources) -> None:  # noqa: ANN001
    step = REFUND_DE if language == "de" else REFUND_EN
    found = penalised(language, reply, resources, **dict(step))
    assert ignored(found) is not taken_up, found
