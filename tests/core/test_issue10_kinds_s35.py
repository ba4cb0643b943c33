"""Issue 10, kinds found in the errors of the sealed set v37 (measured at the start of the
thirty-fifth session, then fitted).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, has, ignored, penalised
from tests.helpers.timelines import scenario
from voicecoach.core.scenario import Scenario
from voicecoach.core.typed import judge_text

BELL = {
    "de": {
        "say": "Auftrag KG 3 88. Die neue Glocke hängt schief und schlägt falsch. Ich bin wirklich verärgert.",
        "expect": {"key_points": {"apology": ["Entschuldigung", "tut mir leid"],
                                  "fix": ["neu aufhängen", "richten", "Monteur kommt"]}},
    },
    "en": {
        "say": "Job KG 3 88. The new bell hangs crooked and strikes the wrong hour. I'm really annoyed.",
        "expect": {"key_points": {"apology": ["sorry", "apologise"],
                                  "fix": ["rehang", "put it right", "fitter comes"]}},
    },
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # a bare file note in any words: a filing verb, or giving with someone to receive it
        ("de", "Der Auftrag KG 3 88 ist vermerkt, ich gebe die Beschwerde an die Werkstatt weiter.", True),
        ("de", "Ich habe die Meldung zu KG 3 88 an die Montageabteilung weitergereicht.", True),
        ("de", "Ich habe Ihre Rückmeldung zum Auftrag KG 3 88 an die Bauleitung gegeben.", True),
        ("de", "Der Auftrag ist aufgerufen, ich vermerke den Vorfall für die Bauleitung.", True),
        ("de", "Ich notiere, dass die Glocke schief hängt, und leite das an die Werkstatt weiter.", True),
        ("en", "I've logged your feedback on job KG 3 88 for the site manager.", True),
        ("en", "The incident on job KG 3 88 is recorded and passed to the bell foundry.", True),
        ("en", "I've put a note on job KG 3 88 and passed it to the workshop.", True),
        ("en", "I've added a complaint note to job KG 3 88 for the owner.", True),
        ("en", "I've recorded your complaint against KG 3 88 for the site manager.", True),
        # ... the record named before its code, kept in the system, gone to a team, of a day past
        ("en", "I've put job KG 3 88 on the system and passed it to the site manager.", True),
        ("en", "Your complaint about KG 3 88 has gone to our quality team for review.", True),
        ("de", "Den Vorfall vom Sonntag habe ich mit Ticket KG 3 88 ins System eingetragen.", True),
        # ... a remedy passed on, or noted as ours to do, is more than a note
        ("de", "Ich gebe den Auftrag an die Werkstatt, der Monteur kommt morgen um neun und hängt sie neu auf.",
         False),
        ("de", "Ich notiere, dass wir die Glocke neu aufhängen, und leite das an die Werkstatt weiter.", False),
        ("en", "I've sent the fitter to rehang the bell tomorrow at nine.", False),
    ],
)  # fmt: skip
def test_file_notes_of_v37(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed", **BELL[language])
    assert has(found, "not_listening/missed_point") is missed, found


def test_passing_it_to_our_team_owns_no_fault(resources: Any) -> None:
    """ "... and sent it to our operations team": the team is ours, the fault is not owned."""
    step = {
        "say": "Booking PR 2 20. Your parrot show never turned up at my father's birthday. I'm so sad about it.",
        "emotion": "sad",
        "expect": {"key_points": {"own": ["our mistake", "our fault", "we let you down"]}},
    }
    found = penalised("en", "I've noted the complaint on booking PR 2 20 and sent it to our operations team.",
                      resources, **step)  # fmt: skip
    assert has(found, "not_listening/missed_point"), found


@pytest.mark.parametrize(
    ("reply", "ignored_it"),
    [
        # the trouble called a let-down or regrettable takes it up
        ("A whole week with the lounge locked, that's a real let-down. I'll refund part of it.", False),
        ("That's a real letdown, I know. I'll refund part of it.", False),
        ("Regrettable, that lock. I'll refund part of it.", False),
        # ... a plain statement of the fix does not
        ("I'll refund part of it.", True),
    ],
)  # fmt: skip
def test_a_let_down_taken_up(reply: str, ignored_it: bool, resources: Any) -> None:
    step = {"say": "The lounge was locked all week of our holiday! I'm really annoyed.",
            "expect": {"key_points": {"refund": ["refund", "money back"]}}}  # fmt: skip
    found = penalised("en", reply, resources, mood="annoyed", **step)
    assert ignored(found) is ignored_it, found


SLED = {
    "de": {
        "say": "Buchung HS 1 22. Ihr Herr Brandt lässt meinen Sohn nicht in den Kletterwald, er sei zu klein. Er "
               "ist zehn, in der Bestätigung steht ab 8 Jahren!",
        "expect": {"key_points": {"redo": ["neuer Termin", "nachholen"]},
                   "avoid": ["zu klein", "aus Sicherheitsgründen", "Vorschrift"]},
    },
    "en": {
        "say": "Booking HS 1 22. Brandon says they get nervous in the harness, so he sent my son down. The "
               "confirmation says from age eight!",
        "expect": {"key_points": {"redo": ["rebook", "another climb"]},
                   "avoid": ["nervous in the harness", "nothing we could do", "safety rules"]},
    },
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # a phrase to avoid where the customer reports one of ours' excuse defends that excuse
        ("de", "Das verstehe ich. Aber aus Sicherheitsgründen lassen wir da grundsätzlich niemanden hoch.", True),
        ("de", "Tut mir leid. Mit zehn ist er eigentlich noch ein bisschen zu klein, das müssen Sie verstehen.",
         True),
        ("en", "How sad. There was really nothing we could do once he got restless, it's about safety.", True),
        ("en", "I'm sorry, but they do get nervous in the harness, so the instructor had to bring him down.", True),
        # ... the fix with no such phrase is none
        ("de", "Das tut mir leid, wir holen den Kletterwald nach, neuer Termin nach Ihrem Wunsch.", False),
        ("en", "I'm so sorry, that was wrong of us. Let's rebook him for another climb.", False),
    ],
)  # fmt: skip
def test_an_excuse_defended_in_its_listed_words(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, **SLED[language])
    assert contradicts(found) is contradiction, found


def _two_turns(language: str, first: str, avoid: list[str], second: str) -> Scenario:
    return Scenario.model_validate(
        {
            "id": f"test-{language}", "title": "Test", "language": language, "theme": "service",
            "brief": {"situation": "A test.", "goal": "Pass."},
            "persona": {"name": "Frau Keller" if language == "de" else "Mrs Keller", "mood": "annoyed"},
            "turns": [
                {"id": "t1", "say": first, "emotion": "annoyed", "expect": {"avoid": avoid}},
                {"id": "t2", "say": second, "expect": {"key_points": {"when": ["Freitag", "Friday"]}}},
            ],
        }
    )  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # an earlier turn's listed excuse, said again in a later turn
        ("en", "Friday at four it is. For the record, though, guests aren't allowed up there, it's the insurance.",
         True),
        ("de", "Freitag um 14 Uhr geht. Mit zehn ist er aber wirklich noch zu klein.", True),
        # ... the later turn's answer alone is none
        ("en", "Friday at four it is, and the tower is yours.", False),
        ("de", "Freitag um 14 Uhr geht, er darf dann in den Kletterwald.", False),
    ],
)  # fmt: skip
def test_an_earlier_excuse_said_again(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    if language == "en":
        sc = _two_turns("en", "Callum says guests never go up the tower, it's the insurance. We paid for it!",
                        ["insurance", "never go up"], "We can come back on Friday.")  # fmt: skip
    else:
        sc = _two_turns("de", "Ihr Herr Brandt lässt meinen Sohn nicht in den Kletterwald, er sei zu klein.",
                        ["zu klein"], "Wir können am Freitag kommen.")  # fmt: skip
    result = judge_text(sc, "t2", reply, resources=resources)
    said = [f.kind for f in result.findings if f.kind == "contradiction" and f.penalty > 0]
    assert bool(said) is contradiction, result.findings


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # a bare morning hour against a window named as the night may be the evening
        ("It's Tuesday. We can only come back on Friday night.", "Friday from nine, the dome is yours.", False),
        ("It's Tuesday. We can only come back on Friday night.", "Friday, nine o'clock, private.", False),
        ("Heute ist Dienstag. Wir können nur am Freitagabend.", "Freitag um neun, die Kuppel gehört Ihnen.", False),
        # ... said as the morning, it breaks the window
        ("It's Tuesday. We can only come back on Friday night.", "Friday at 9 am, the dome is yours.", True),
        ("Heute ist Dienstag. Wir können nur am Freitagabend.", "Freitag um 9 Uhr, die Kuppel gehört Ihnen.", True),
        # ... and a window given as a clock time keeps the morning reading
        ("It's Monday. I'm at work all day, only reachable after five.", "I'll ring you Thursday at ten.", True),
    ],
)  # fmt: skip
def test_a_bare_hour_for_a_night_window(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


COVER = {
    language: {
        "say": {"de": "Nein, keinen Bezug für den Korb, danke. Ich will nur, dass der Meister ihn prüft.",
                "en": "No thanks, no cover for the basket. I just want the master to check it."}[language],
        "expect": {"accept_no": True,
                   "offer_words": {"de": ["Bezug"], "en": ["cover"]}[language],
                   "key_points": {"check": ["prüft", "check"]}},
    }
    for language in ("de", "en")
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # a low price pitched after the no: given, presented as ours, or recommended
        ("de", "Gern. Ich lege Ihnen dann weiche Einlagen bei, die kosten nur 29 Euro, und der Meister prüft ihn.",
         True),
        ("en", "Sure, the master will check it. And we do a little padded liner, just fifteen pounds.", True),
        ("en", "The master will check it. Maybe a quick spray of our sealant would help, it's only twenty pounds.",
         True),
        # the decision spoken of as still to come
        ("en", "The master will check it. Before you decide, have a look at our liners.", True),
        ("de", "Der Meister prüft ihn. Bevor Sie sich entscheiden, schauen Sie sich unsere Einlagen an.", True),
        # a gift in its own clause, beside what is owed
        ("de", "Natürlich. Wenn Sie mögen, bekommen Sie später noch eine Einlage ohne Aufpreis, und der Meister "
               "prüft ihn.", True),
        # ... no price pitched, only what is owed
        ("de", "Gut, ohne Bezug. Der Meister prüft ihn morgen, das kostet Sie nichts.", False),
        ("en", "No cover, of course. The master will check it tomorrow, at no extra cost to you.", False),
        ("en", "Understood. The master checks it today; the postage of only five pounds is on us.", False),
    ],
)  # fmt: skip
def test_a_pitch_after_a_no(language: str, reply: str, pushed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="calm", **COVER[language])
    assert has(found, "pushed_after_no") is pushed, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # a condition that only frames reaching them, or a habit before "also", leaves the limit
        ("It's Monday. I'd like the money back. If you need me, only between twelve and one.",
         "I'll ring you this afternoon at four.", True),
        ("It's Monday. If you need me, only between twelve and one.", "I'll ring you tomorrow at half twelve.", False),
        ("Heute ist Dienstag. Vormittags schlafe ich, wenn das Baby schläft, also nur nachmittags ab 14 Uhr.",
         "Der Fahrer kommt morgen um 10 Uhr.", True),
        ("Heute ist Dienstag. Vormittags schlafe ich, wenn das Baby schläft, also nur nachmittags ab 14 Uhr.",
         "Der Fahrer kommt morgen um 15 Uhr.", False),
        # ... a condition on the visit itself still hangs over it
        ("Heute ist Montag. Wenn es regnet, komme ich nur nachmittags.", "Wir sehen uns morgen um 10 Uhr.", False),
    ],
)  # fmt: skip
def test_a_limit_behind_a_condition(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("language", "customer", "reply", "contradiction"),
    [
        # what one of ours said, cited against the customer in other words
        ("en", "You sent my son off the boat! Gemma says the form was never sent.",
         "That's fine, the form is attached now. Although Gemma did say it hadn't come through at first.", True),
        ("de", "Der Stubenwagen ist kaputt! Herr Pohl sagt, Weide arbeitet eben.",
         "Herr Pohl meinte aber, das sei bei Weide normal.", True),
        # ... set aside as wrong, it is on their side
        ("en", "You sent my son off the boat! Gemma says the form was never sent.",
         "Gemma said it hadn't come through, which was wrong, sorry.", False),
        # not telling us held against them
        ("en", "The coach party ruined our proposal!",
         "Apologies for that. Nobody told us you were planning a proposal, though.", True),
        ("de", "Das Stück war viel zu gruselig für die Kinder!",
         "Uns hat niemand gesagt, dass es ein Kindergarten ist.", True),
        # ... owned in the same breath, it is not
        ("en", "The coach party ruined our proposal!", "Nobody told us, and that's our failure, sorry.", False),
        # an obligation put on their side next time
        ("en", "You sent my son off the boat!", "Apologies, we'll rebook. Next time, though, he really should bring "
                                               "a paper copy of the form.", True),
        ("de", "Das Stück war viel zu gruselig für die Kinder!", "Beim nächsten Mal sollten Sie das vorher angeben.",
         True),
        # ... our own next time is a promise, and a hope or reassurance puts nothing on them
        ("en", "You sent my son off the boat!", "Next time we should send a reminder, I'm sorry.", False),
        ("en", "You sent my son off the boat!", "Don't worry, it should be fine this time.", False),
        ("en", "You sent my son off the boat!", "No need to take my word for it this time, I'll email proof.",
         False),
    ],
)  # fmt: skip
def test_cited_and_told(language: str, customer: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, say=customer)
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "customer", "avoid", "reply", "contradiction"),
    [
        # phrases to avoid that hedge, soothe or send them to help themselves defend no excuse
        ("en", "Where is my parcel? Your driver said it would come today!", ["hopefully", "should be"],
         "He should be there sometime today, hopefully.", False),
        ("de", "Wo bleibt mein Termin? Ihr Herr Kurz sagt, das stehe in der App!", ["kein Grund zur Aufregung",
                                                                                   "schauen Sie in die App"],
         "Zur Aufregung gibt es keinen Grund, schauen Sie einfach in die App.", False),
        ("en", "My refund is late! Your colleague Tom says it can take up to ten days.", ["calm down",
                                                                                         "can take up to"],
         "Please calm down, I'll check your refund right now.", False),
        # ... nor does an assurance withheld, even quoted from the colleague
        ("de", "Ihr Fahrer sagte, er könne nicht garantieren, dass er pünktlich ist!", ["kann ich nicht garantieren"],
         "Wir versuchen es, aber ich kann nicht garantieren, dass der Fahrer pünktlich ist.", False),
        # ... the excuse itself is one
        ("en", "My refund is late! Your colleague Tom says the bank is slow.", ["bank is slow"],
         "I'm sorry, but the bank is slow, that's how it is.", True),
    ],
)  # fmt: skip
def test_phrases_to_avoid_that_defend_nothing(
    language: str, customer: str, avoid: list[str], reply: str, contradiction: bool, resources: Any
) -> None:
    found = penalised(language, reply, resources, say=customer, expect={"avoid": avoid})
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("reply", "pushed"),
    [
        # a gift offered as the other choice to the money back is the remedy's choice
        ("Sie bekommen die 80 Euro zurück, oder, wenn Sie mögen, Sie wechseln zu einem anderen Kurs, ohne Aufpreis.",
         False),
        # ... beside the money back, it presses the refused offer again
        ("Natürlich. Wenn Sie mögen, machen Sie später noch einen Kurs ohne Aufpreis, und das Geld erstatten wir "
         "auch.", True),
    ],
)  # fmt: skip
def test_a_gift_as_the_remedys_other_choice(reply: str, pushed: bool, resources: Any) -> None:
    step = {"say": "Nein, keinen Gratiskurs. Ich will die 80 Euro zurück.",
            "expect": {"accept_no": True, "offer_words": ["Gratiskurs"],
                       "key_points": {"refund": ["80 Euro", "zurück", "erstatten"]}}}  # fmt: skip
    found = penalised("de", reply, resources, mood="annoyed", **step)
    assert has(found, "pushed_after_no") is pushed, found


@pytest.mark.parametrize(
    ("reply", "said"),
    [
        # a compound to avoid said with its parts apart
        ("Das war wohl ein Schaden beim Transport, tut mir leid.", True),
        ("Da liegt ein Fehler beim Material vor.", True),
        # ... denied, or its parts in other roles, it is not said
        ("Das war sicher kein Schaden beim Transport, sondern unser Fehler.", False),
        ("Wir ersetzen den Schaden, der Transport geht auf uns.", False),
    ],
)  # fmt: skip
def test_a_compound_to_avoid_said_apart(reply: str, said: bool, resources: Any) -> None:
    step = {"say": "Die Gläser kamen zerbrochen an!", "expect": {"avoid": ["Transportschaden", "Materialfehler"]}}
    found = penalised("de", reply, resources, **step)
    assert has(found, "avoid_phrase") is said, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # most others found it lovely: their trouble measured against others
        ("en", "Deeply sorry. Our mistake, yes, but most families find the doves lovely wherever they go up.", True),
        ("de", "Das tut mir leid. Die meisten Familien finden die Tauben aber wunderschön, egal wo.", True),
        # ... our own praise of the fix is none
        ("en", "Deeply sorry, our mistake. We'll release new doves at the grave, and they'll look lovely.", False),
    ],
)  # fmt: skip
def test_most_others_found_it_lovely(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    say = {"de": "Die Tauben flogen auf dem Parkplatz auf, mitten in der Trauerrede!",
           "en": "Your doves went up in the car park in the middle of the eulogy!"}[language]  # fmt: skip
    found = penalised(language, reply, resources, say=say, emotion="sad", mood="sad")
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("reply", "contradiction"),
    [
        # after a no, a phrase to avoid that praises the offer presses it; no excuse defended
        ("That's fine. Are you sure, though? The voucher is valid for two years.", False),
        # ... the excuse the customer quoted still is one
        ("That's fine. But as Tom said, the bank is slow.", True),
    ],
)  # fmt: skip
def test_phrases_to_avoid_after_a_no(reply: str, contradiction: bool, resources: Any) -> None:
    step = {"say": "No, I don't want a voucher. Tom says the bank is slow, but I want my £80 back.",
            "expect": {"accept_no": True, "offer_words": ["voucher"],
                       "avoid": ["are you sure", "valid for two years", "bank is slow"],
                       "key_points": {"refund": ["£80", "refund"]}}}  # fmt: skip
    found = penalised("en", reply, resources, mood="annoyed", **step)
    assert contradicts(found) is contradiction, found


def test_a_handover_is_no_closest_thing_to_an_apology(resources: Any) -> None:
    """A bare handover quoted as the "closest thing" to "tut mir leid" confuses the trainee: the
    note for the apology point names no closest words then."""
    sc = scenario("de", theme="service", mood="angry", **BELL["de"])
    result = judge_text(sc, "t1", "Ich habe Ihre Beschwerde zum Auftrag KG 3 88 an die Werkstatt weitergegeben.",
                        resources=resources)  # fmt: skip
    apology = [f for f in result.findings if f.evidence.get("point") == "apology"]
    assert apology and all("closest" not in f.evidence for f in apology), result.findings
