"""A re-asked fact is named as the scenario's key says: ``account_number`` shares the customer
number's ask words but is the account number in the message (a trainer saw "You asked for the
customer number" for their ``account_number``)."""

from __future__ import annotations

import pytest

from tests.helpers.timelines import scenario
from voicecoach.core.analyzers.lexicon import ASK_ALIASES
from voicecoach.core.typed import judge_text
from voicecoach.core.words.lookup import fact_forms


@pytest.mark.parametrize(
    ("key", "language", "named"),
    [
        ("account_number", "en", "the account number"),
        ("account_number", "de", "der Kundenkontonummer"),
        ("customer_id", "en", "the customer number"),  # an alias with no name of its own: the fact it stands for
        ("kundennummer", "de", "der Kundennummer"),
        ("policy_number", "en", "the policy number"),
        ("pet_name", "en", "a detail"),  # the scenario's own key is never shown
    ],
)
def test_a_fact_is_named_by_its_own_key_first(key: str, language: str, named: str) -> None:
    assert fact_forms(key, language, ASK_ALIASES.get(key))["fact"] == named


def test_the_reask_message_names_the_account_number(resources) -> None:  # noqa: ANN001
    sc = scenario(
        "en",
        theme="service",
        mood="calm",
        say="It's Tom Collins, account number 552180. My router still isn't working.",
        facts={"account_number": {"value": "552180", "ask": ["account number", "your account"]}},
    )
    result = judge_text(sc, "t1", "I'm sorry. What's your account number?", resources=resources)
    (reask,) = [f for f in result.findings if f.evidence.get("reason") == "reasked"]
    assert "the account number" in reask.message and "customer number" not in reask.message, reask.message
