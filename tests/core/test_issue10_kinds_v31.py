"""Issue 10, kinds found in the errors of the set v31 (measured sealed at the start of the
twenty-ninth session and again after the v29 kinds, then fitted).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, penalised


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # on a ward till an hour, no calls there: calls after that hour are fine
        ("It's Tuesday. I'm on the ward till four every day and can't take calls there.",
         "I'll ring you tomorrow at half four.", False),
        ("It's Tuesday. I'm on the ward till four every day and can't take calls there.",
         "I'll ring you tomorrow at two.", True),
        # at one's practice till an hour, at home another day: away; "nur ... in der Praxis": present
        ("Heute ist Dienstag. Ich bin bis Freitag jeden Tag bis 18 Uhr in der Praxis und nur am Samstag zu Hause.",
         "Der Kurier kommt am Samstag um 11 Uhr.", False),
        ("Heute ist Dienstag. Ich bin bis Freitag jeden Tag bis 18 Uhr in der Praxis und nur am Samstag zu Hause.",
         "Der Kurier kommt am Donnerstag um 11 Uhr.", True),
        ("Heute ist Dienstag. Ich bin morgen nur von 8 bis 12 Uhr in der Praxis.",
         "Der Kurier bringt es morgen um 9 Uhr in die Praxis.", False),
        # away till an hour of a named day: that day up to the hour
        ("Heute ist Donnerstag, ich bin bis Samstag 13 Uhr auf Dienstreise.", "Wir liefern am Samstag um 16 Uhr.", False),
        ("Heute ist Donnerstag, ich bin bis Samstag 13 Uhr auf Dienstreise.", "Wir liefern am Samstag um 10 Uhr.", True),
        # the one window met: the other days offered are what follows (ready, picked up)
        ("Heute ist Dienstag. Abgeben kann ich das Rad nur am Freitag ab 17 Uhr.",
         "Bringen Sie es am Freitag um 17 Uhr, am Sonntag um 12 Uhr ist es fertig.", False),
        ("Heute ist Dienstag. Abgeben kann ich das Rad nur am Freitag ab 17 Uhr.",
         "Bringen Sie es am Donnerstag um 17 Uhr.", True),
    ],
)  # fmt: skip
def test_hours_of_an_absence_and_a_window_met(customer: str, reply: str, conflict: bool) -> None:
    broke, read = breaks_a_limit(customer, reply)
    assert broke is conflict, read


@pytest.mark.parametrize(
    ("reply", "contradiction"),
    [
        # what we did wrong, in the verdict's words: no verdict on the customer
        ("Das tut mir leid, das ist falsch beschrieben. Wir nehmen das Buch zurück.", False),
        ("Das ist falsch, das Buch war gut erhalten.", True),
        # the price stays as paid: nothing more to pay
        ("Natürlich, Sie zahlen nichts dazu, es bleibt bei den bezahlten 240 Euro.", False),
        ("Die 240 Euro bleiben aber bei uns.", True),
    ],
)  # fmt: skip
def test_described_wrong_or_the_price_kept(reply: str, contradiction: bool, resources: Any) -> None:
    step = {"say": "Im Angebot stand 'sehr gut erhalten', das Buch hat einen Stempel und einen Riss! Ich will mein "
                   "Geld zurück oder ein ordentliches Exemplar.",
            "emotion": "angry", "expect": {"key_points": {"fix": ["zurück", "Exemplar"]}}}  # fmt: skip
    found = penalised("de", reply, resources, **step)
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # part given, the rest held against them in a clause of its own
        ("de", "In Ordnung. Den Lack übernehmen wir, die Arbeitszeit müssten Sie aber selbst tragen.", True),
        ("de", "In Ordnung. Den Lack übernehmen wir, und die Arbeitszeit müssen Sie nicht zahlen.", False),
        ("en", "Of course, we'll book it, but the registrar's fee of £150 would still be yours to pay.", True),
        ("en", "Of course, we'll book it, and the registrar's fee is on us.", False),
        # the loss put beyond our control
        ("en", "I'm sorry, I'll send new ones. Honestly though, once it leaves us the post is out of our control.", True),
    ],
)  # fmt: skip
def test_part_held_against_them_or_put_beyond_us(
    language: str, reply: str, contradiction: bool, resources: Any
) -> None:
    step = {"say": {"de": "Sie haben die falsche Farbe lackiert, und jetzt soll ich noch 120 Euro Arbeitszeit zahlen?",
                    "en": "You never booked the registrar, and my tickets got lost in your post! I won't pay a "
                          "penny more."}[language],
            "emotion": "angry", "expect": {"key_points": {"fix": ["Lack", "book", "send"]}}}  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert contradicts(found) is contradiction, found
