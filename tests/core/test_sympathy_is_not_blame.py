"""Sympathy that is worded with a negation is not a contradiction (issue 10: precision first).

Three kinds of agreeing sentence were taken for blame or denial by the disagreement grammar:
the customer as the one who did NOT receive something ("dass Sie keine Nachricht erhalten
haben, ist nicht in Ordnung"), a negated obligation ("you shouldn't have had to chase us"),
and the customer's own point said back in a new sentence that starts with an article
("Klar, ohne Auto keine Arbeit. Die Werkstatt ..."). Each row is written for this test
(none comes from the tuning or held-out sets); the blame rows next to them must still be found.
"""

from __future__ import annotations

import pytest

from tests.core.test_issue10_kinds import has, penalised

DELAY_DE = {"say": "Dreimal hab ich angerufen und keiner hat sich gemeldet! Ohne Auto kann ich nicht arbeiten!"}
DELAY_EN = {"say": "I rang three times and nobody got back to me! Without the car I can't work!"}


@pytest.mark.parametrize(
    ("language", "reply", "contradicts"),
    [
        # the customer as the one who did not receive: our failure, said with sympathy
        ("de", "Dass Sie nach drei Anrufen noch keine Rückmeldung bekommen haben, ist nicht in Ordnung.", False),
        ("de", "Es tut mir leid, dass Sie von uns nie Bescheid erhalten haben.", False),
        ("en", "I'm sorry you never received a call back from us.", False),
        ("en", "It's not right that you didn't get any update after three calls.", False),
        # a negated obligation: they should not have had to
        ("en", "You shouldn't have had to ring us three times, I'm sorry.", False),
        ("en", "You should never have had to chase us like that.", False),
        ("en", "You shouldn't have had to call us again and again, I apologise.", False),
        ("en", "You didn't need to call twice, I've got it here.", False),
        ("de", "Sie hätten nicht dreimal anrufen müssen, das tut mir leid.", False),
        ("de", "Sie sollten uns nicht hinterhertelefonieren müssen.", False),
        # the customer's point said back, then a new sentence starting with an article
        ("de", "Klar, ohne Auto keine Arbeit. Die Werkstatt ruft Sie heute noch an, die Teile sind da.", False),
        ("en", "Right, no car means no work. The garage will call you today, the parts are in.", False),
        ("de", "Oh je, ohne Kleid keine Hochzeit. Die Lieferung geht heute raus, die ist morgen früh da.", False),
        # blame next to them is still blame
        ("de", "Sie haben uns nie Bescheid gegeben, dass es eilt.", True),
        ("en", "You never told us it was urgent.", True),
        ("en", "You didn't call the right number.", True),
    ],
)
def test_sympathy_worded_with_a_negation_is_not_blame(
    language: str,
    reply: str,
    contradicts: bool,
    resources,  # noqa: ANN001, F811
) -> None:
    step = DELAY_DE if language == "de" else DELAY_EN
    if "Kleid" in reply:
        step = {"say": "Das Kleid ist für die Hochzeit meiner Tochter, und die ist morgen!"}
    found = penalised(language, reply, resources, **step)
    assert has(found, "contradiction") is contradicts, found
