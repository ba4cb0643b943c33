"""Issue 10, kinds found in the false alarms of the fitted set v9: each row one form of a kind, in
German and English, judged as typed text with the real language resources.

- the customer's upset called justified or the matter unacceptable ("da bin ich ganz bei Ihnen",
  "Sie haben jedes Recht, sauer zu sein", "you've every right to be cross", "I'd hate for you to
  be let down") takes it up;
- the refused offer named only to agree it is no answer ("a voucher doesn't cut it", "online
  lessons, that's no substitute", "Videounterricht, das ist wirklich nichts") pushes nothing;
  "wirklich nichts" is not the push "wirklich nicht";
- a question after a semicolon asks its own clause ("Ich überweise beide Beiträge; auf welches
  Konto?"); a two-word ask whose second word is a verb form ("amount charged") has no head noun
  "charged"; a record asked for ("photos of the scratch and the mileage") is not the fact again.

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from tests.helpers.content_judge import has, ignored, penalised

LEAK_DE = {"say": "Die neue Tür ist keine zwei Wochen alt und es zieht wie Hechtsuppe, unmöglich!", "emotion": "angry"}
LEAK_EN = {
    "say": "The new door is barely two weeks old and there's a draught like a gale, ridiculous!",
    "emotion": "angry",
}


@pytest.mark.parametrize(
    ("language", "reply", "taken_up"),
    [
        ("de", "Da bin ich ganz bei Ihnen. Morgen früh kommt ein Monteur.", True),
        ("de", "Eine neue Tür und dann so was, das geht gar nicht. Morgen früh kommt ein Monteur.", True),
        ("de", "Sie haben jedes Recht, sauer zu sein. Morgen früh kommt ein Monteur.", True),
        ("en", "You have every right to be fed up. A fitter will come tomorrow morning.", True),
        ("en", "I'd hate for you to sit in that draught another night. A fitter comes tomorrow morning.", True),
        # business only takes nothing up
        ("de", "Morgen früh kommt ein Monteur.", False),
        ("en", "A fitter will come tomorrow morning.", False),
    ],
)
def test_calling_the_upset_justified_takes_it_up(language: str, reply: str, taken_up: bool, resources) -> None:  # noqa: ANN001
    step = LEAK_DE if language == "de" else LEAK_EN
    found = penalised(language, reply, resources, **dict(step))
    assert ignored(found) is not taken_up, found


NO_DE = {
    "say": "Nein, Videounterricht will ich nicht, mein Sohn soll richtig üben.",
    "emotion": "annoyed",
    "expect": {"accept_no": True, "offer_words": ["Videounterricht", "online"]},
}
NO_EN = {
    "say": "No, I don't want a gift card, I want my money back.",
    "emotion": "annoyed",
    "expect": {"accept_no": True, "offer_words": ["gift card", "voucher"]},
}


@pytest.mark.parametrize(
    ("language", "reply", "pushes"),
    [
        ("en", "Fair enough, a gift card doesn't cut it. I'm refunding the 60 pounds today.", False),
        ("en", "I hear you, a voucher just doesn't make up for this. The refund goes out today.", False),
        ("en", "Understood. A gift card, that's no substitute for your money. The refund goes out today.", False),
        ("de", "Verstehe, Videounterricht, das ist wirklich nichts für ihn. Die Stunden holen wir nach.", False),
        # pressing the refused offer still pushes, also by what it does not do
        ("en", "Just so you know, the gift card never expires. I'll do the refund.", True),
        ("en", "A gift card, that's no hassle at all to use.", True),
        ("en", "I hear you. But a gift card is really handy, you could use it anywhere.", True),
        ("en", "A voucher doesn't expire, so why not take one?", True),
        ("de", "Verstehe. Wollen Sie den Videounterricht wirklich nicht ausprobieren?", True),
        ("de", "Videounterricht, das ist doch keine schlechte Idee, oder?", True),
    ],
)
def test_naming_the_offer_to_agree_it_is_no_answer_pushes_nothing(
    language: str, reply: str, pushes: bool, resources
) -> None:  # noqa: ANN001
    step = NO_DE if language == "de" else NO_EN
    found = penalised(language, reply, resources, **dict(step))
    assert has(found, "pushed_after_no") is pushes, found


FEE_DE = {
    "say": "Mir wurden 54 Euro Monatsbeitrag abgebucht, obwohl der Kurs ausgefallen ist.",
    "emotion": "annoyed",
    "facts": {"fee": {"value": "54 Euro", "ask": ["welcher Betrag", "Monatsbeitrag", "wie hoch"]}},
}
CHARGE_EN = {
    "say": "Your engineer charged me 310 pounds for a ten-minute job!",
    "emotion": "angry",
    "facts": {"charged": {"value": "310 pounds", "ask": ["how much were you charged", "amount charged"]}},
}
MILES_EN = {
    "say": "The hire car came back with 250 extra miles on the clock, and I never drove that far.",
    "emotion": "angry",
    "facts": {"miles": {"value": "250", "ask": ["how many miles", "the mileage"]}},
}


@pytest.mark.parametrize(
    ("step", "language", "reply", "reasked"),
    [
        (FEE_DE, "de", "Verstehe. Ich erstatte Ihnen den Monatsbeitrag; auf welches Konto soll das Geld?", False),
        (FEE_DE, "de", "Verstehe. Welcher Monatsbeitrag wurde abgebucht?", True),
        (CHARGE_EN, "en", "I'm sorry. Could you tell me which card was charged, so I can trace it?", False),
        (CHARGE_EN, "en", "I'm sorry. Could you tell me the amount charged again?", True),
        (MILES_EN, "en", "I'm sorry. Did you take photos of the dashboard and the mileage at pick-up?", False),
        (MILES_EN, "en", "I'm sorry. Can you send me a photo and tell me the mileage again?", True),
    ],
)
def test_asking_for_something_else_is_no_reask(step: dict, language: str, reply: str, reasked: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **dict(step))
    assert ("not_listening/reasked" in found) is reasked, found
