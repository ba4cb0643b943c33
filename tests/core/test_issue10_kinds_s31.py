"""Issue 10, kinds left over from the fitted set v32 (thirty-first session).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, has, penalised


@pytest.mark.parametrize(
    ("reply", "avoided"),
    [
        # a subject clause parted from its main clause by the comma says the phrase all the same
        ("Wir lackieren neu. Dass die Farben etwas abweichen, ist völlig normal.", True),
        ("Wir lackieren neu. Es ist ganz normal, dass Farben ein wenig abweichen.", True),
        ("Wir lackieren neu. Normal ist es, dass Farben abweichen.", True),
        # ... but not a "dass" clause under another main clause, nor the phrase denied
        ("Dass die Farbe abweicht, tut mir leid. Wir lackieren kostenlos neu.", False),
        ("Es ist nicht normal, dass die Farbe so abweicht. Wir lackieren kostenlos neu.", False),
    ],
)  # fmt: skip
def test_a_subject_clause_says_the_avoid_phrase(reply: str, avoided: bool, resources: Any) -> None:
    step = {
        "say": "Die neue Tür hat einen anderen Farbton als das Auto! Das sieht man sofort.",
        "expect": {"key_points": {"fix": ["lackieren neu", "neu lackieren"]}, "avoid": ["Abweichung ist normal"]},
    }
    found = penalised("de", reply, resources, **step)
    assert (has(found, "avoid_phrase") or contradicts(found)) is avoided, found


@pytest.mark.parametrize(
    ("language", "reply", "late"),
    [
        # the hour the trainer asks for as a need ("wann brauchen Sie die Zeitung": "um 7 Uhr") holds
        # every day: a later hour of any day breaks it, "spätestens bis" as much as "um"
        ("de", "Gern, ab morgen kommt die Zeitung wieder, spätestens bis 9 Uhr.", True),
        ("de", "Gern, ab morgen liegt die Zeitung um halb neun im Briefkasten.", True),
        ("de", "Gern, ab morgen liegt die Zeitung wieder vor 7 Uhr im Briefkasten.", False),
        ("de", "Gern, ab morgen liegt die Zeitung spätestens um 6 Uhr im Briefkasten.", False),
        ("en", "Of course, from tomorrow the paper arrives by nine at the latest.", True),
        ("en", "Of course, from tomorrow the paper is on your mat before seven.", False),
    ],
)  # fmt: skip
def test_a_daily_hour_asked_as_a_need(language: str, reply: str, late: bool, resources: Any) -> None:
    say = {
        "de": "Heute ist Freitag. Ab wann kommt die Zeitung wieder? Ich frühstücke um 7 Uhr.",
        "en": "It's Friday. When does the paper come again? I have breakfast at 7 o'clock.",
    }[language]
    need = {"de": ["wann brauchen Sie die Zeitung"], "en": ["when do you need the paper"]}[language]
    value = {"de": "um 7 Uhr", "en": "at 7 o'clock"}[language]
    step = {
        "say": say,
        "facts": {"breakfast": {"value": value, "ask": need}},
        "expect": {"key_points": {"date": ["morgen", "tomorrow"]}},
    }
    found = penalised(language, reply, resources, mood="calm", **step)
    assert ("not_listening/time_conflict" in found) is late, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # a child at school is as often the window for a visit ("while Joel is at school") as a
        # limit of the child's own appointment: no limit read, in doubt no points off
        ("It's Thursday. Joel is at school till three, so come while he's out.", "Thursday at ten, while Joel is "
         "at school.", False),
        ("Heute ist Montag. Lina ist bis 13 Uhr in der Kita.", "Kommen Sie mit Lina morgen um 11 Uhr vorbei.", False),
        # "don't call before ten on Friday": the morning of Friday, not the days before Friday
        ("It's Wednesday. Please don't call before ten on Friday.", "I'll ring you on Friday at nine.", True),
        ("It's Wednesday. Please don't call before ten on Friday.", "I'll ring you tomorrow at nine.", False),
        ("Heute ist Mittwoch. Bitte rufen Sie nicht vor zehn am Freitag an.", "Ich rufe Sie morgen um 9 Uhr an.",
         False),
        ("It's Wednesday. I can't do it before Friday.", "We'll come tomorrow at nine.", True),
    ],
)  # fmt: skip
def test_school_hours_and_an_hour_before_its_day(customer: str, reply: str, conflict: bool) -> None:
    broke, read = breaks_a_limit(customer, reply)
    assert broke is conflict, read


@pytest.mark.parametrize(
    ("language", "reply", "kept"),
    [
        # the model answer refunds in full: half of it is part kept, "nur" or not
        ("de", "Das tut mir leid, wir erstatten Ihnen die Hälfte.", True),
        ("de", "Das tut mir leid, wir erstatten Ihnen die 120 Euro vollständig.", False),
        ("de", "Das tut mir leid, die Hälfte erstatten wir heute, den Rest morgen.", False),
        ("en", "I'm so sorry, we'll refund half of it.", True),
        ("en", "I'm so sorry, we'll refund the full £120.", False),
    ],
)  # fmt: skip
def test_half_where_the_whole_is_owed(language: str, reply: str, kept: bool, resources: Any) -> None:
    step = {
        "say": {"de": "Ich habe 120 Euro für den Kurs bezahlt, und er fiel aus! Ich will mein Geld zurück.",
                "en": "I paid £120 for the course and it was cancelled! I want my money back."}[language],
        "example": {"de": "Das tut mir leid. Wir erstatten Ihnen die 120 Euro vollständig.",
                    "en": "I'm so sorry. We'll refund the full £120 today."}[language],
        "expect": {"key_points": {"refund": ["erstatten", "refund", "Geld zurück", "money back"]}},
    }  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert contradicts(found) is kept, found


def test_half_without_a_whole_in_the_model_answer_stays_a_gesture(resources: Any) -> None:
    """With no whole sum in the model answer, half credited is no part kept (a fair gesture)."""
    step = {
        "say": "I paid £120 for the course and two sessions were cancelled. What happens now?",
        "example": "I'm sorry. We'll credit back part of the fee for the missed sessions.",
        "expect": {"key_points": {"credit": ["credit", "refund"]}},
    }
    found = penalised("en", "I'm sorry, we'll credit back half of the fee for the missed sessions.", resources, **step)
    assert not contradicts(found), found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # a result promised "at the latest" needs nobody there: a window of being in does not bind it
        ("It's Wednesday. She's only free after six in the evening.", "The final tracks are ready by Friday "
         "afternoon at the latest.", False),
        # ... a deadline does
        ("It's Wednesday. We need the tracks by Thursday at noon.", "You'll have them by Friday afternoon at the "
         "latest.", True),
    ],
)  # fmt: skip
def test_a_time_at_the_latest_meets_deadlines_only(customer: str, reply: str, conflict: bool) -> None:
    broke, read = breaks_a_limit(customer, reply)
    assert broke is conflict, read
