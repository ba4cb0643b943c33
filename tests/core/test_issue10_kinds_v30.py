"""Issue 10, kinds found in the errors of the set v30 (fitted after its sealed measurement, in the
twenty-eighth session).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, has, ignored, penalised

#: A customer who reports what one of ours said, and what they had to pay after it.
GATE = {
    "de": {"say": "Am Samstag hat Ihr Drehkreuz unsere Karten nicht angenommen. Frau Lenz meinte, wir hätten die Karten "
                  "neben dem Schlüsselbund entmagnetisiert, und wir mussten 120 Euro für Tageskarten zahlen.",
           "emotion": "angry", "expect": {"key_points": {"refund": ["zurück", "erstatten"]}}},
    "en": {"say": "On Saturday your gate turned our cards away. Ms Lenz said we had wiped the cards next to our keys, "
                  "and we had to pay £120 for day tickets.",
           "emotion": "angry", "expect": {"key_points": {"refund": ["back", "refund"]}}},
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # the customer's own account after the report is no part of the excuse
        ("de", "Das war unser Fehler, es tut mir leid. Die 120 Euro für die Tageskarten zahlen wir Ihnen zurück.", False),
        ("en", "That was our fault, I'm sorry. We'll pay the £120 for the day tickets back to you.", False),
        # the excuse itself said again
        ("de", "Das tut mir leid, aber die Karten werden neben dem Schlüsselbund eben entmagnetisiert.", True),
    ],
)  # fmt: skip
def test_their_own_account_after_the_report(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **GATE[language])
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "say", "reply", "contradiction"),
    [
        # the excuse's condition told back is no echo of its rule
        ("en", "Tasha says swaps are standard unless you untick the box. I did untick it!",
         "You unticked the box, so nothing should have been swapped. I'll refund both items now.", False),
        # without: the opposite of doing it yourself in the app
        ("de", "Herr Albers sagt, die Zeitschaltuhr müsse ich selbst in der App einstellen. Ich habe gar keine App!",
         "Das tut mir leid. Unser Kundendienst stellt die Zeitschaltuhr heute um, ganz ohne App.", False),
        # their own word told back is no opinion of ours
        ("en", "I said no swaps, and you swapped the cake anyway!",
         "I'm sorry, you said no swaps and we ignored that. You'll get the money back today.", False),
    ],
)  # fmt: skip
def test_the_excuse_turned_round_or_their_word(
    language: str, say: str, reply: str, contradiction: bool, resources: Any
) -> None:
    step = {"say": say, "emotion": "annoyed", "expect": {"key_points": {"fix": ["refund", "umstellen", "heute"]}}}
    found = penalised(language, reply, resources, **step)
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "flagged"),
    [
        # "should have to" is an obligation, not "should have checked"
        ("en", "No one should have to check a bag against a dog's allergy profile. I'm sorry, we'll pay the vet.", False),
        ("en", "I'm sorry, but you should have checked the bag. We'll pay the vet.", True),
    ],
)  # fmt: skip
def test_should_have_to_is_no_should_have_done(language: str, reply: str, flagged: bool, resources: Any) -> None:
    step = {"say": "Declan says the recipe is printed on every bag and I should have checked. She was sick all night!",
            "emotion": "sad", "expect": {"key_points": {"vet": ["vet", "pay"]}, "avoid": ["should have checked"]}}  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert has(found, "avoid_phrase") is flagged, found


@pytest.mark.parametrize(
    ("language", "reply", "feeling_missed"),
    [
        # failing the customer, owned
        ("de", "Da haben wir Sie im Stich gelassen. Ich schicke Ihnen heute ein Austauschgerät.", False),
        ("en", "We really let you down there. I'm sending a replacement machine today.", False),
        # a promise not to is no acknowledgement
        ("en", "We won't let you down again. I'm sending a replacement machine today.", True),
    ],
)  # fmt: skip
def test_letting_them_down_owned(language: str, reply: str, feeling_missed: bool, resources: Any) -> None:
    step = {"say": "Der Kopierer steht seit acht Tagen still!" if language == "de" else "The copier has been dead for eight days!",
            "emotion": "angry", "expect": {"key_points": {"fix": ["Austauschgerät", "replacement"]}}}  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert ignored(found) is feeling_missed, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # "for the eight days" points back at the outage, no time from today
        ("Heute ist Donnerstag, am Montag um 9 Uhr muss der Antrag raus.",
         "Morgen um 8:30 Uhr kommt ein Techniker, und für die acht Tage schreiben wir Ihnen eine Rate gut.", False),
        # a business says when it is open: in the office is where the visit finds them
        ("Heute ist Donnerstag. Wir sind heute bis 17 Uhr im Büro, morgen nur bis 13 Uhr.",
         "Der Techniker kommt heute um 15 Uhr.", False),
        ("Heute ist Donnerstag. Wir sind heute bis 17 Uhr im Büro, morgen nur bis 13 Uhr.",
         "Der Techniker kommt morgen um 15 Uhr.", True),
        # one person at the office till five is away from home
        ("Heute ist Montag. Ich bin bis 17 Uhr im Büro.", "Der Techniker kommt heute um 15 Uhr.", True),
    ],
)  # fmt: skip
def test_stretches_and_business_hours(customer: str, reply: str, conflict: bool) -> None:
    broke, read = breaks_a_limit(customer, reply)
    assert broke is conflict, read


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # a fallback if something still goes wrong presses no offer
        ("de", "Die neuen Karten sind Donnerstag da, und falls trotzdem etwas hakt, lässt Sie die Schichtleitung hinein.", False),
        ("de", "Die neuen Karten sind Donnerstag da. Nehmen Sie den Gutschein trotzdem, der lohnt sich.", True),
    ],
)  # fmt: skip
def test_a_fallback_is_no_push(language: str, reply: str, pushed: bool, resources: Any) -> None:
    step = {"say": "Nein, keinen Gutschein. Ich will neue Karten, die funktionieren.", "emotion": "sceptical",
            "expect": {"accept_no": True, "offer_words": ["Gutschein"], "key_points": {"cards": ["neue Karten"]}}}  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert has(found, "pushed_after_no") is pushed, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # an entitlement denied, a part kept, a lesson for next month, their own responsibility
        ("de", "Tut mir leid. Ein Anrecht auf diese Plätze gibt es im Abo nicht, aber ich setze Sie zurück.", True),
        ("de", "Ich verstehe Ihren Ärger. Erstatten können wir aber nur die Hälfte, also 60 Euro.", True),
        ("en", "I'll ring you at eleven. Just make sure the hours reach us earlier next month.", True),
        ("de", "Das liegt in der Eigenverantwortung der Bewohner. Ich rufe Sie morgen an.", True),
        # ... not an entitlement granted, nor the whole refund
        ("de", "Tut mir leid. Auf diese Plätze haben Sie natürlich Anrecht, ich setze Sie zurück.", False),
        ("de", "Ich verstehe Ihren Ärger. Wir erstatten Ihnen die vollen 120 Euro.", False),
    ],
)  # fmt: skip
def test_refusals_in_other_words(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    step = {"say": "Ich will mein Geld zurück, und meine alten Plätze!" if language == "de"
            else "I want my money back and my old seats!", "emotion": "annoyed",
            "expect": {"key_points": {"back": ["zurück", "back"]}}}  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "flagged"),
    [
        # a negation before a dash belongs to another clause; one in the phrase's own clause denies it
        ("de", "Wer zahlt, kann ich noch nicht sagen – erst mal muss ein Gutachter kommen.", True),
        ("de", "Wer zahlt, ist klar: da muss kein Gutachter erst mal kommen, wir zahlen.", False),
    ],
)  # fmt: skip
def test_a_negation_across_a_dash(language: str, reply: str, flagged: bool, resources: Any) -> None:
    step = {"say": "Ihre Träger haben mein Klavier beschädigt. Wer zahlt das?", "emotion": "annoyed",
            "expect": {"key_points": {"costs": ["wir zahlen"]}, "avoid": ["erst mal muss der Gutachter"]}}  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert has(found, "avoid_phrase") is flagged, found


def test_an_attributive_adjective_is_still_no_avoid_phrase(resources: Any) -> None:
    """ "auf der sicheren Seite" is no "sind Sie sicher", whatever other checks an avoid phrase gets."""
    step = {"say": "Nein, das will ich nicht. Schaffen Sie das Segel bis Samstag?", "emotion": "hurried",
            "expect": {"key_points": {"date": ["Mittwoch"]}, "avoid": ["sind Sie sicher"]}}  # fmt: skip
    found = penalised(
        "de",
        "Das Segel schaffen wir bis Mittwoch, für Samstag sind Sie also auf der sicheren Seite.",
        resources,
        **step,
    )
    assert not has(found, "avoid_phrase"), found
    found = penalised("de", "Sind Sie sicher? Das Segel schaffen wir bis Mittwoch.", resources, **step)
    assert has(found, "avoid_phrase"), found
