"""Issue 10, kinds found in the errors of the set v19 (fitted since the twentieth session).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from tests.helpers.content_judge import penalised
from voicecoach.core.analyzers import time_fit
from voicecoach.core.text import words_of_text

REFUSED = {
    "de": {"say": "Nein, eine Schulung für meine Leute will ich nicht. Wann kommt jemand?", "offers": ["Schulung", "Kurs"]},
    "en": {"say": "No, I don't want the safety course or a booking for it. When is someone coming?", "offers": ["course", "booking"]},
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # another noun the stemmer cuts to the same stem is another word: "Schule" is no "Schulung"
        ("de", "Verstanden. Der Techniker kommt morgen um acht zu Ihnen in die Schule.", False),
        ("de", "Verstanden. Morgen um acht steht der Techniker vor der Schule.", False),
        ("de", "Verstanden. Eine kurze Schulung würde ich Ihnen trotzdem empfehlen.", True),
        ("de", "Verstanden. Die Schulungen gibt es übrigens diesen Monat günstiger.", True),
        # ... a verb of the offer's stem still offers it
        ("en", "Understood. I could still book you in for it next week, it only takes an hour.", True),
        # a fixed expression is no offer word: "of course", "auf Kurs"
        ("en", "Of course. The engineer will be with you tomorrow at eight.", False),
        ("en", "Of course, no course then. The engineer will be with you tomorrow at eight.", False),
        ("de", "Verstanden, wir sind auf Kurs: Der Techniker kommt morgen um acht.", False),
        ("en", "Of course. The course is free this month though, you should give it a go.", True),
    ],
)
def test_a_word_alike_in_stem_or_in_an_idiom_is_no_offer(language: str, reply: str, pushed: bool, resources) -> None:  # noqa: ANN001
    step = REFUSED[language]
    found = penalised(
        language,
        reply,
        resources,
        mood="calm",
        emotion="annoyed",
        say=step["say"],
        expect={"accept_no": True, "offer_words": step["offers"]},
    )
    assert ("pushed_after_no" in found) is pushed, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # at work is an absence: its end is no deadline, and a day after it is the one to offer
        (
            "Heute ist Montag; ich arbeite bis Mittwoch jeden Tag bis 17 Uhr, zu Hause bin ich nur am Donnerstag.",
            "Donnerstag früh kommt der Monteur.",
            False,
        ),
        (
            "It's Monday today; I'm working till Wednesday, every day till five, and I'm only home on Thursday.",
            "The fitter comes Thursday morning.",
            False,
        ),
        ("Heute ist Montag; ich arbeite bis Mittwoch, zu Hause bin ich nur am Donnerstag.", "Mittwoch um neun.", True),
        ("I'm working till Wednesday, only home on Thursday.", "Wednesday at nine then.", True),
        # a span or a list of days at work: every one of them
        ("Dienstag bis Donnerstag arbeite ich in Kassel.", "Wir kommen am Mittwoch um zehn.", True),
        ("Dienstag bis Donnerstag arbeite ich in Kassel.", "Wir kommen am Freitag um zehn.", False),
        ("I'm working Tuesday and Wednesday till two, free all Thursday.", "We can come Wednesday at ten.", True),
        ("I'm working Tuesday and Wednesday till two, free all Thursday.", "We can come Wednesday at three.", False),
        # leaving on one day and back on another is no absence on the second
        ("Ich bin Mittwoch weg und komme Donnerstag wieder.", "Wir kommen Donnerstag um zehn.", False),
        # "Freitag, neun Uhr": the day's clock time, across the comma
        ("Ich arbeite am Donnerstag bis 18 Uhr, zu Hause bin ich nur am Freitag.", "Gut. Freitag, neun Uhr.", False),
        ("I'm at work till six on Thursday, and I'm only home on Friday.", "Fine. Friday, 9 am.", False),
        ("Ich arbeite am Donnerstag bis 18 Uhr, zu Hause bin ich nur am Freitag.", "Gut. Donnerstag, 9 Uhr.", True),
        ("I'm at work till six on Thursday, and I'm only home on Friday.", "Fine. Thursday, 10 am.", True),
    ],
)
def test_at_work_is_an_absence(customer: str, reply: str, conflict: bool) -> None:
    said = words_of_text(customer)
    offered = time_fit.offers(words_of_text(reply), said)
    assert any(time_fit.conflicts(limit, offered) is not None for limit in time_fit.limits(said)) is conflict
