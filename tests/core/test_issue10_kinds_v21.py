"""Issue 10, kinds found in the errors of the set v21 (fitted since the twenty-second session).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, penalised

AWAY_DE = "Heute ist Donnerstag. Ab Montag bin ich zwei Wochen auf Montage, und mein Mann ist nur vormittags zu Hause."
AWAY_EN = "It's Thursday. From Monday I'm away for a week, and my husband is only home in the mornings."
WORK_EN = "It's Wednesday. I'm at work tomorrow until six; my son's home in the morning."
WORK_DE = "Heute ist Mittwoch. Morgen bin ich bis 18 Uhr bei der Arbeit, meine Tochter ist vormittags zu Hause."
GUESTS_DE = "Heute ist Mittwoch, morgen bin ich beim Arzt. Am Samstag kommen die Gäste, bis dahin muss das laufen."
GUESTS_EN = "It's Wednesday and I'm at the dentist tomorrow. The guests arrive on Saturday, it has to work by then."


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # someone else of the household in on the days the customer is away opens those days
        (AWAY_DE, "Dienstag um neun kommt der Monteur.", False),
        (AWAY_DE, "Dienstag um 15 Uhr kommt der Monteur.", True),
        (AWAY_DE, "Freitag um 16 Uhr kommt der Monteur.", False),  # before Monday he is home himself
        (AWAY_DE, "Samstag früh um acht fangen wir an.", False),
        (AWAY_EN, "Tuesday at nine, then.", False),
        (AWAY_EN, "Tuesday at three in the afternoon.", True),
        (AWAY_EN, "Friday at four in the afternoon.", False),
        (WORK_EN, "Tomorrow morning at eight.", False),
        (WORK_EN, "Our fitter can be there at nine tomorrow.", False),
        (WORK_EN, "Tomorrow at two in the afternoon.", True),
        (WORK_DE, "Morgen um neun kommt der Monteur.", False),
        (WORK_DE, "Morgen um 14 Uhr kommt der Monteur.", True),
        # with no absence of the customer's own, their "only" still rules the afternoon out
        ("Mein Mann ist nur vormittags zu Hause.", "Dienstag um 15 Uhr kommt der Monteur.", True),
        ("Mein Mann ist nur vormittags zu Hause.", "Dienstag um zehn kommt der Monteur.", False),
        # "bis dahin", "by then": the day named last before it, in the same sentence too
        (GUESTS_DE, "Freitag um zehn kommt der Monteur.", False),
        (GUESTS_DE, "Nächsten Montag kommt der Monteur.", True),
        (GUESTS_EN, "Friday at ten, then.", False),
        (GUESTS_EN, "Next Monday at ten.", True),
    ],
)
def test_someone_home_and_the_day_meant(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("language", "reply", "contradicts_them"),
    [
        # that someone else blamed them is sympathy with them, not our verdict
        ("de", "Es tut mir leid, dass man Ihnen am Telefon auch noch die Schuld gegeben hat.", False),
        ("de", "Dass man Ihnen die Schuld zuschiebt, geht gar nicht. Das tut mir leid.", False),
        ("de", "Das ist leider Ihre Schuld.", True),
        ("en", "And being told it was your fault on top of it, I'm so sorry.", False),
        ("en", "I'm sorry you were told it was your fault.", False),
        ("en", "It was your fault, I'm afraid.", True),
    ],
)
def test_told_it_was_their_fault(language: str, reply: str, contradicts_them: bool, resources) -> None:  # noqa: ANN001
    say = {
        "de": "Ihr Kollege am Telefon sagt, ich hätte das Gerät falsch bedient.",
        "en": "Your colleague on the phone says I used it wrong.",
    }[language]
    found = penalised(language, reply, resources, say=say, expect={"key_points": {"x": ["leid", "sorry"]}})
    assert contradicts(found) is contradicts_them, found


@pytest.mark.parametrize(
    ("language", "reply", "contradicts_them"),
    [
        # a rule of the contract in their favour, our fault owned: no rule held against them
        (
            "de",
            "Das tut mir leid. Das Limit im Vertrag gilt, und dass es bei uns nicht übernommen wurde, ist unser "
            "Fehler, nicht Ihrer.",
            False,
        ),
        (
            "en",
            "I'm sorry. The limit in your contract stands, and that it wasn't entered in our system is our "
            "mistake, not yours.",
            False,
        ),
        # the rule held against them still is
        ("de", "Das tut mir leid, aber laut Vertrag können wir das nicht erstatten.", True),
        ("en", "I'm sorry, but under the terms of the contract we can't refund it.", True),
    ],
)
def test_a_rule_with_our_fault_owned(language: str, reply: str, contradicts_them: bool, resources) -> None:  # noqa: ANN001
    say = {
        "de": "Im Vertrag steht ein Mindestpreis, und trotzdem wurde darunter verkauft!",
        "en": "My contract has a minimum price and you sold below it!",
    }[language]
    found = penalised(language, reply, resources, say=say, expect={"key_points": {"x": ["leid", "sorry"]}})
    assert contradicts(found) is contradicts_them, found


@pytest.mark.parametrize(
    ("language", "reply", "echoed"),
    [
        # the thing the excuse is about named in the fix is no echo of what was said of it
        ("en", "I'm sorry. We kept the old straps, so they can go back on today.", False),
        ("en", "I'm sorry, but the old straps were a safety risk.", True),
        ("de", "Es tut mir leid. Die alten Riemen haben wir aufbewahrt, die nähen wir wieder an.", False),
        ("de", "Es tut mir leid, aber die alten Riemen waren ein Sicherheitsrisiko.", True),
    ],
)
def test_the_thing_named_is_no_echo_of_the_excuse(language: str, reply: str, echoed: bool, resources) -> None:  # noqa: ANN001
    say = {
        "de": "Ihre Kollegin Frau Brandt sagt, die alten Riemen seien ein Sicherheitsrisiko gewesen.",
        "en": "Nina says the old straps were a safety risk, so she put new ones on my grandad's satchel.",
    }[language]
    found = penalised(language, reply, resources, say=say, expect={"key_points": {"x": ["leid", "sorry"]}})
    assert contradicts(found) is echoed, found
