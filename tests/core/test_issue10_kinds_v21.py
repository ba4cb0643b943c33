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
        # at the doctor's, at a relative's: away
        ("Ich bin morgen bis 14 Uhr beim Arzt.", "Morgen um neun kommt jemand.", True),
        ("Ich bin morgen bis 14 Uhr beim Arzt.", "Morgen um 15 Uhr kommt jemand.", False),
        ("I'm at the dentist tomorrow until eleven.", "Tomorrow at nine, then.", True),
        ("I'm at the dentist tomorrow until eleven.", "Tomorrow at twelve, then.", False),
        # home till five with no day: the day of the call
        ("I'm home till five, then we're out for the evening.", "We'll bring it at six tonight.", True),
        ("I'm home till five, then we're out for the evening.", "We'll bring it at three this afternoon.", False),
        ("Ich bin nur bis 17 Uhr zu Hause.", "Wir kommen heute um 18 Uhr.", True),
        ("Ich bin nur bis 17 Uhr zu Hause.", "Wir kommen heute um 15 Uhr.", False),
        # a day said after the clock time is that time's day
        ("It's Wednesday. I'm at work all day on Thursday.", "We'll come at eight tomorrow.", True),
        ("It's Wednesday. I'm at work all day on Thursday.", "We'll come at eight on Friday.", False),
        ("Heute ist Mittwoch. Am Donnerstag bin ich den ganzen Tag weg.", "Wir kommen um acht Uhr morgen.", True),
        # a share is no clock time
        ("The boat leaves at eight tomorrow morning.", "It's done within the hour, and it's at 20% off.", False),
        ("Ich brauche es morgen bis acht Uhr.", "Heute noch, und um 10 Prozent günstiger.", False),
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


#: The customer said no to the keepsake dome; the reply must not sell another extra.
NO_DOME = {
    "de": "Nein, die Glashaube will ich nicht. Ich will nur meinen Teddy zurück, wie er war.",
    "en": "No, I don't want the glass dome. I just want my bear back the way he was.",
}


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # another extra sold after the no by its low price
        ("en", "Of course. I'll also pop him in a gift box, they're only twelve pounds.", True),
        ("en", "Of course. While he's here, we can brush his fur, just for the cost of the materials.", True),
        ("de", "Natürlich. Ich lege noch eine Geschenkbox dazu, die kostet nur 12 Euro.", True),
        ("de", "Natürlich. Eine Geschenkbox hätten wir auch, die kostet nur die Hälfte.", True),
        # a price we carry, or one paid in the past, sells nothing
        ("en", "Of course. The postage is only five pounds, and we'll also cover that.", False),
        ("en", "Of course, no dome. We'll also refund the repair, it was only forty pounds.", False),
        ("de", "Natürlich. Der Versand kostet nur 5 Euro, den übernehmen wir auch.", False),
        ("de", "Natürlich, keine Haube. Wir schicken ihn Ihnen auch kostenlos zurück.", False),
    ],
)
def test_an_extra_sold_by_its_low_price(language: str, reply: str, pushed: bool, resources) -> None:  # noqa: ANN001
    found = penalised(
        language,
        reply,
        resources,
        mood="calm",
        say=NO_DOME[language],
        expect={"accept_no": True, "offer_words": ["dome", "Haube"], "key_points": {"x": ["course", "Natürlich"]}},
    )
    assert has(found, "pushed_after_no") is pushed, found


ROOF = {
    "de": {"say": "Seit dem neuen Dach tropft es ins Schlafzimmer!", "points": ["reparieren", "ausbessern"]},
    "en": {"say": "Since you re-thatched the roof it drips into the bedroom!", "points": ["repair", "put it right"]},
}
CHECK = {
    "de": {"say": "Auf meiner Rechnung steht der Betrag doppelt!", "points": ["prüfe", "kläre"]},
    "en": {"say": "My invoice has the amount on it twice!", "points": ["check", "look into"]},
}


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # a look promised, or a word with a colleague, says nothing of the repair
        ("de", "Das tut mir leid. Wir schauen uns das mal an.", True),
        ("de", "Das tut mir leid. Ich spreche mit Herrn Brandt, der soll sich das ansehen.", True),
        ("en", "I'm sorry about that. We can take a look.", True),
        ("en", "I'm sorry about that. We'll send someone to look.", True),
        ("en", "I'm sorry about that. We'll see what we can do.", True),
        # the repair promised in unlisted words still counts
        ("en", "I'm sorry about that. We'll come back and fix the thatch this week.", False),
        ("de", "Das tut mir leid. Wir kommen diese Woche und machen das Dach dicht.", False),
    ],
)
def test_a_look_promised_is_no_repair(language: str, reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    step = ROOF[language]
    found = penalised(language, reply, resources, say=step["say"], expect={"key_points": {"fix": step["points"]}})
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        # ... but for a point of looking into it, the look may be the point in other words
        ("de", "Das tut mir leid. Ich gehe der Sache nach und rede mit der Buchhaltung."),
        ("en", "I'm sorry about that. Let me take a look at your account."),
    ],
)
def test_a_look_promised_for_a_point_of_checking(language: str, reply: str, resources) -> None:  # noqa: ANN001
    step = CHECK[language]
    found = penalised(language, reply, resources, say=step["say"], expect={"key_points": {"check": step["points"]}})
    assert not has(found, "not_listening/missed_point"), found
