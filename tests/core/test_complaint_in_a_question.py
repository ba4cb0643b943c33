"""A complaint word inside the customer's question about the remedy is not a complaint (issue 10).

"Kann der Bote die kaputte Lampe gleich mitnehmen?" asks how the remedy works; a reply that
answers it owes no apology. The same word in a statement is still a complaint. Rows written for
this test, none from the tuning or held-out sets; the scenario's turn names no emotion.
"""

from __future__ import annotations

import pytest

from tests.core.test_issue10_kinds import has, penalised


@pytest.mark.parametrize(
    ("language", "customer", "reply", "owes_acknowledgement"),
    [
        (
            "de",
            "Kann der Bote die kaputte Lampe gleich mitnehmen, wenn er die neue bringt?",
            "Ja, das macht er, legen Sie die Lampe einfach bereit.",
            False,
        ),
        (
            "de",
            "Bekomme ich die Erstattung aufs Konto oder als Gutschein?",
            "Aufs Konto, in drei bis fünf Tagen.",
            False,
        ),
        (
            "en",
            "Can the driver take the broken lamp when he brings the new one?",
            "Yes, he will, just leave it by the door.",
            False,
        ),
        ("en", "Do I get the refund on my card or as a voucher?", "On your card, within five days.", False),
        # the same words in a statement: a complaint, acknowledging it is owed
        ("de", "Die Lampe kam kaputt an.", "Legen Sie die Lampe bereit, der Bote nimmt sie mit.", True),
        ("en", "The lamp arrived broken.", "Leave the lamp by the door, the driver will take it.", True),
    ],
)
def test_a_complaint_word_in_a_question_about_the_remedy(
    language: str,
    customer: str,
    reply: str,
    owes_acknowledgement: bool,
    resources,  # noqa: ANN001, F811
) -> None:
    found = penalised(language, reply, resources, say=customer, mood="calm")
    assert has(found, "no_acknowledgement") is owes_acknowledgement, found
