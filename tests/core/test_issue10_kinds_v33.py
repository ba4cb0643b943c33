"""Issue 10, kinds found in the errors of the set v33 (measured sealed at the start of the
thirty-first session and again after v32's leftover kinds, then fitted).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, has, ignored, penalised


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # the excuse restricts ("nur", "only"); its words said with no restriction set it aside
        ("de", "Ihr Paket war um 9:10 Uhr bei uns, damit gilt die Garantie. Das tut mir leid, Sie bekommen heute "
               "Ersatz.", False),
        ("de", "Die Garantie gilt leider nur bei Eingang bis 8 Uhr. Sie bekommen heute Ersatz.", True),
        ("en", "Your parcel reached us at 9:10, so the guarantee applies. I'm sorry, you'll get a replacement "
               "today.", False),
        ("en", "The guarantee only applies to parcels in by 8, I'm afraid. You'll get a replacement today.", True),
        # "whenever", "egal wann": the excuse's condition set aside
        ("en", "A fix you asked for is a fix we make, whenever the parcel arrived. I'm sorry, you'll get a "
               "replacement today.", False),
        ("de", "Egal, wann das Paket ankam: das tut mir leid, Sie bekommen heute Ersatz.", False),
    ],
)  # fmt: skip
def test_an_excuse_that_restricts_said_without_the_restriction(
    language: str, reply: str, contradiction: bool, resources: Any
) -> None:
    step = {
        "say": {"de": "Mein Paket war um 9:10 Uhr bei Ihnen! Herr Lenz sagt, die Garantie gelte nur bei Eingang "
                      "bis 8 Uhr, mein Paket sei zu spät gekommen.",
                "en": "My parcel reached you at 9:10! Owen said the guarantee only applies to parcels in by 8, "
                      "mine arrived too late."}[language],
        "expect": {"key_points": {"fix": ["Ersatz", "replacement"]},
                   "avoid": {"de": ["Garantie gilt nur"], "en": ["guarantee only applies"]}[language]},
    }  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction", "acknowledged"),
    [
        # owning a slip in plain words, the customer addressed by name: owned, no colleague run down
        ("de", "Das haben wir verbockt, Frau Brandt, die Einstellung war unsere Sache. Wir richten alles kostenlos "
               "neu ein.", False, True),
        ("de", "Da haben wir es vermasselt. Wir richten alles kostenlos neu ein.", False, True),
        ("en", "We dropped the ball there, Mrs Brandt. We'll set it all up again at no cost.", False, True),
        # our mistake, not theirs, said beside "you"
        ("en", "The van left without you; that's our mistake, not yours. We'll set it all up again at no cost.",
         False, True),
        # ... while their mistake still is one
        ("en", "You made a mistake with the settings. We'll set it all up again at no cost.", True, None),
    ],
)  # fmt: skip
def test_our_slip_owned(
    language: str, reply: str, contradiction: bool, acknowledged: bool | None, resources: Any
) -> None:
    step = {
        "say": {"de": "Ihr Monteur, Herr Vogt, hat die Anlage falsch eingestellt, und jetzt ist alles vertrocknet!",
                "en": "Your fitter, Dean, set the system up wrong, and now everything has dried out!"}[language],
        "expect": {"key_points": {"fix": ["neu ein", "kostenlos", "set it all up again", "no cost"]}},
    }  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert contradicts(found) is contradiction, found
    if acknowledged is not None:
        assert (not ignored(found)) is acknowledged, found


@pytest.mark.parametrize(
    ("reply", "pushed"),
    [
        # "zum Testen" of our own work is no trial offered to them
        ("Ich trage Ihnen Mittwoch 18 Uhr ein, dann ist es kühl genug zum Testen der Leitungen.", False),
        ("Ich lege Ihnen ein Heizmodul zum Testen bei.", True),
        # the refused offer as the means to spare them trouble sells it again
        ("Verstehe. Mit dem Wartungsvertrag hätten Sie solche Ausfälle aber nicht mehr.", True),
        ("Verstehe, mit dem Wartungsvertrag belästige ich Sie nicht mehr.", False),
    ],
)  # fmt: skip
def test_a_trial_and_a_means(reply: str, pushed: bool, resources: Any) -> None:
    step = {
        "say": "Nein, einen Wartungsvertrag will ich nicht. Wann kommt Ihr Techniker?",
        "expect": {"accept_no": True, "offer_words": ["Wartungsvertrag", "Heizmodul"],
                   "key_points": {"day": ["Mittwoch", "morgen"]}},
    }  # fmt: skip
    found = penalised("de", reply, resources, mood="calm", **step)
    assert has(found, "pushed_after_no") is pushed, found


@pytest.mark.parametrize(
    ("language", "reply", "reasked"),
    [
        # a request for time, ended by its colon, asks for no fact
        ("en", "Give me two minutes: the order goes on hold while we fix it.", False),
        ("en", "One thing: give me the order number again, please.", True),
        ("de", "Geben Sie mir zwei Minuten: die Bestellung wird angehalten, solange wir das klären.", False),
    ],
)  # fmt: skip
def test_a_colon_ends_a_request(language: str, reply: str, reasked: bool, resources: Any) -> None:
    step = {
        "say": {"en": "It's order 4711, and it went out with the wrong print on it!",
                "de": "Es geht um Bestellung 4711, und sie kam mit dem falschen Druck!"}[language],
        "facts": {"order": {"value": {"en": "order 4711", "de": "Bestellung 4711"}[language],
                            "ask": {"en": ["order number", "which order"],
                                    "de": ["Bestellnummer", "welche Bestellung"]}[language]}},
        "expect": {"key_points": {"fix": ["on hold", "angehalten", "fix", "klären"]}},
    }  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert ("not_listening/reasked" in found) is reasked, found


@pytest.mark.parametrize(
    ("language", "reply", "acknowledged"),
    [
        # more than one can bear, said of "that"
        ("en", "Oh, losing him and then hearing this, that's far too much at once. I'll find the file today.", True),
        ("de", "Erst der Umzug und jetzt das, das ist wirklich zu viel auf einmal. Ich finde die Akte heute.", True),
        ("en", "That costs too much for us. I'll find the file today.", False),
    ],
)  # fmt: skip
def test_too_much_at_once(language: str, reply: str, acknowledged: bool, resources: Any) -> None:
    step = {
        "say": {"en": "My husband died last month, and now you've lost his file. I can't take any more.",
                "de": "Mein Mann ist letzten Monat gestorben, und jetzt haben Sie seine Akte verloren."}[language],
        "emotion": "sad",
        "expect": {"key_points": {"find": ["find the file", "Akte"]}},
    }  # fmt: skip
    found = penalised(language, reply, resources, mood="sad", **step)
    assert (not ignored(found)) is acknowledged, found


@pytest.mark.parametrize(
    ("language", "reply", "lecture"),
    [
        # what to do on their next order, or more carefully this time: a lesson
        ("de", "Morgen ist der Ersatz da. Beim nächsten Auftrag bestellen Sie am besten gleich alles auf einmal.", True),
        ("de", "Morgen ist der Ersatz da. Prüfen Sie bei der nächsten Bestellung aber bitte gleich die "
               "Bestätigung.", True),
        ("en", "The replacement arrives tomorrow. Please treat it more carefully this time, so we don't have the "
               "same trouble.", True),
        # ... our own care is none
        ("en", "The replacement arrives tomorrow. This time we'll pack it more carefully, I promise.", False),
        ("de", "Morgen ist der Ersatz da. Bei der nächsten Bestellung prüfen wir alles doppelt.", False),
    ],
)  # fmt: skip
def test_a_lesson_for_next_time(language: str, reply: str, lecture: bool, resources: Any) -> None:
    step = {
        "say": {"de": "Die Lieferung war unvollständig, und Ihre Kollegin sagt, ich hätte anders bestellen müssen!",
                "en": "The delivery was broken, and your colleague says I should have ordered differently!"}[language],
        "expect": {"key_points": {"fix": ["Ersatz", "replacement"]}},
    }  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert contradicts(found) is lecture, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # "der Freitag wegfällt": their own day said back as gone, no offer
        ("Heute ist Montag. Am Freitag bin ich ganz weg.", "Da der Freitag wegfällt, komme ich am Donnerstag.",
         False),
        # "before 8:45 or after half four": two windows, either will do
        ("It's Monday. The boots have to be at the shop before 8:45 or after half four.",
         "Would tomorrow at five work?", False),
        ("It's Monday. The boots have to be at the shop before 8:45 or after half four.",
         "Would tomorrow at ten work?", True),
        # "a working lens" is no one at work
        ("It's Thursday. I need a working lens by tomorrow.", "It'll be with you tomorrow at ten.", False),
        # "ab morgen ... erst ab 16:30 Uhr zu Hause": each working day from tomorrow, not today
        ("Heute ist Montag, ab morgen arbeite ich wieder und bin erst ab 16:30 Uhr zu Hause.",
         "Der Techniker kommt am Mittwoch um 10 Uhr.", True),
        ("Heute ist Montag, ab morgen arbeite ich wieder und bin erst ab 16:30 Uhr zu Hause.",
         "Der Techniker kommt am Mittwoch um 17 Uhr.", False),
        # a window said of calls binds calls
        ("Heute ist Dienstag. Ich arbeite bis 18 Uhr, anrufen also nur abends.", "Ich rufe Sie morgen um 12 Uhr an.",
         True),
        ("Heute ist Dienstag. Bitte nur abends anrufen.", "Der Bote kommt morgen um 12 Uhr.", False),
        ("It's Wednesday. My phone is off all day tomorrow, so either before nine or after six.",
         "I'll give you a call tomorrow at two.", True),
        ("It's Wednesday. My phone is off all day tomorrow, so either before nine or after six.",
         "I'll give you a call tomorrow at half six.", False),
        # two days said with one window
        ("Heute ist Mittwoch. Ich bin Donnerstag und Freitag nur bis 12 Uhr zu Hause.",
         "Das Set kommt am Freitag zwischen 13 und 17 Uhr.", True),
        ("Heute ist Mittwoch. Ich bin Donnerstag und Freitag nur bis 12 Uhr zu Hause.",
         "Das Set kommt am Freitag um 10 Uhr.", False),
        # "entweder ... oder": the only windows; "zwischen sieben und neun" may be the morning
        ("Heute ist Montag. Also entweder heute Abend oder morgen früh.", "Ich trage Sie für morgen zwischen sieben "
         "und neun ein.", False),
        ("Heute ist Montag. Also entweder heute Abend oder morgen früh.", "Ich trage Sie für morgen zwischen 13 und "
         "15 Uhr ein.", True),
        # "come by" is a visit, not a deadline
        ("It's Monday. I can only come in before nine.", "Come by tomorrow at eleven.", True),
    ],
)  # fmt: skip
def test_times_of_v33(customer: str, reply: str, conflict: bool) -> None:
    broke, read = breaks_a_limit(customer, reply)
    assert broke is conflict, read
