"""Issue 10, kinds found in the errors of the set v21 (fitted since the twenty-second session).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, has, ignored, penalised

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


#: Mr Weller is the one the customer blames (the rows name him as the customer did).
WELLER = {
    "de": "Herr Weller sagt, die Fahrer dürften keine Schlüssel benutzen. Meine Mutter saß den ganzen Tag ohne Essen da!",
    "en": "Mr Weller says drivers can't use key safes. My mother sat there all day without a meal!",
}


@pytest.mark.parametrize(
    ("language", "reply", "contradicts_them"),
    [
        # the one blamed said to be right, with a "not" later in the sentence about something else
        ("de", "Das tut mir leid. Aber Herr Weller hat recht, die Fahrer dürfen das nicht.", True),
        ("de", "Das tut mir leid, da hatte Herr Weller nicht recht.", False),
        ("en", "I'm sorry. But Weller is right, drivers can't do that.", True),
        # his experience vouched for
        ("de", "Glauben Sie mir, Herr Weller hat wirklich sehr viel Erfahrung.", True),
        ("en", "Believe me, Mr Weller has years of experience.", True),
        ("de", "Das tut mir leid. Herr Weller hat keine Erfahrung mit Schlüsseltresoren, ich kläre das.", False),
        # his word passed on by his role
        ("de", "Das tut mir leid. Der Kollege meint halt, Ihre Mutter hat nicht aufgemacht.", True),
        ("en", "I'm sorry. My colleague says your mother didn't open the door.", True),
        ("en", "My colleague says you're right, we'll bring a meal today.", False),
        ("de", "Der Kollege meint, sie hat nicht aufgemacht, aber das prüfe ich.", False),
    ],
)
def test_siding_with_the_one_blamed(language: str, reply: str, contradicts_them: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, say=WELLER[language], expect={"key_points": {"x": ["leid", "sorry"]}})
    assert contradicts(found) is contradicts_them, found


@pytest.mark.parametrize(
    ("language", "reply", "contradicts_them"),
    [
        # where the rule is written, said of something the customer loses
        ("de", "Die Stunden verfallen leider, wenn man abbricht, das steht in den AGB.", True),
        ("en", "The sessions expire, I'm afraid, it's in the terms.", True),
        ("de", "Sie bekommen das Geld zurück, das steht so im Vertrag.", False),
        ("en", "You'll get the money back, it's in the terms.", False),
        # their account put down to another one, as a guess
        ("en", "It must've been a different shop you ordered from.", True),
        ("en", "So it might have been another shop, I'm afraid.", True),
        ("de", "Das muss ein anderer Metzger gewesen sein.", True),
        ("de", "Sie haben wohl woanders bestellt.", True),
        ("en", "I'm sorry. We must have sent it to another address.", False),
        ("de", "Wir haben wohl an eine andere Adresse geliefert, das tut mir leid.", False),
        ("en", "I'm sorry, we'll bring another turkey today.", False),
    ],
)
def test_rules_written_and_another_one_guessed(language: str, reply: str, contradicts_them: bool, resources) -> None:  # noqa: ANN001
    say = {
        "de": "Ich habe die Stunden bezahlt und bei Ihnen bestellt, das steht auf meiner Quittung!",
        "en": "I paid for the sessions and I ordered from you, it's on my receipt!",
    }[language]
    found = penalised(language, reply, resources, say=say, expect={"key_points": {"x": ["leid", "sorry"]}})
    assert contradicts(found) is contradicts_them, found


@pytest.mark.parametrize(
    ("reply", "pushed"),
    [
        # a negation binds to its neighbour: "why not" pushes, "why you're not sure" does not
        ("Understood. I can see why you're not sure about us. We'll refund the fee.", False),
        ("Understood. But why not try the app for a month?", True),
    ],
)
def test_why_not_said_as_one(reply: str, pushed: bool, resources) -> None:  # noqa: ANN001
    found = penalised(
        "en",
        reply,
        resources,
        mood="calm",
        say="No, I don't want your app. I want my fee back.",
        expect={"accept_no": True, "offer_words": ["app"], "key_points": {"x": ["refund", "fee"]}},
    )
    assert ("pushed_after_no" in " ".join(found)) is pushed, found


FLOODED = {
    "de": {"say": "Seit Sonntag drückt das Abwasser im Keller wieder hoch!", "points": ["schicken jemanden"]},
    "en": {"say": "Since Sunday the waste water's been coming up in the cellar again!", "points": ["send someone"]},
}


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # "the last thing you need" with its subject and relative clause is sympathy, nothing more
        ("de", "Oh, das tut mir leid, Wasser im Keller ist wirklich das Letzte, was man braucht.", True),
        ("en", "Oh no, water in the cellar is the last thing you need.", True),
        # ... and the fix after it is heard
        ("de", "Oh, das tut mir leid, das ist das Letzte, was man braucht, wir kommen morgen früh.", False),
        ("en", "Oh no, that's the last thing you need, our plumber comes back today.", False),
    ],
)
def test_the_last_thing_you_need_is_sympathy(language: str, reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    step = FLOODED[language]
    found = penalised(language, reply, resources, say=step["say"], expect={"key_points": {"fix": step["points"]}})
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "taken_up"),
    [
        # heartbreak said is sympathy for a sad customer
        ("de", "Das bricht einem ja das Herz. Wir kümmern uns sofort.", True),
        ("de", "Da zerreißt es einem das Herz. Wir kümmern uns sofort.", True),
        ("en", "That breaks my heart. We'll see to it straight away.", True),
        ("en", "We'll see to it straight away.", False),
    ],
)
def test_heartbreak_said(language: str, reply: str, taken_up: bool, resources) -> None:  # noqa: ANN001
    say = {"de": "Unser Welpe zittert seit der Stunde vor Angst.", "en": "Our puppy has been shaking since the lesson."}
    found = penalised(language, reply, resources, mood="calm", emotion="sad", say=say[language])
    assert (not ignored(found)) is taken_up, found
