"""Messages and tips: every finding kind in German and English, filled from the evidence."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.helpers.timelines import scenario, turn
from voicecoach import i18n
from voicecoach.core.analyzers.options import JudgeOptions
from voicecoach.core.judge import judge
from voicecoach.core.muted import muted_result
from voicecoach.core.result import FINDING_KINDS, Finding
from voicecoach.core.scenario import SKILLS, Scenario
from voicecoach.core.words import seconds
from voicecoach.core.words.findings import CATALOGUE, MISSING, placeholders, render
from voicecoach.core.words.names import KINDS, PRACTICE
from voicecoach.i18n import finding_text_in

ANGRY_DE = (
    0.0,
    4.0,
    "Keller hier, meine Bestellnummer ist 4711. Ich warte seit einer Woche, das ist wirklich ärgerlich!",
)
ANGRY_EN = (0.0, 4.0, "Keller here, my order number is 4711. I've been waiting a week, it's really annoying!")
LONG_DE = " ".join(["Ich", "erkläre", "Ihnen", "jetzt", "ganz", "genau", "wie", "das", "funktioniert"] * 9)
LONG_EN = " ".join(["I", "will", "explain", "exactly", "how", "all", "of", "this", "works"] * 9)

STRICT = JudgeOptions(missed_point_penalty=True)


class _Kin:
    """Language resources whose thesaurus gives every word the same two synonyms."""

    notes: tuple[str, ...] = ()

    def lemma(self, word: str, language: str) -> str:
        return word.lower()

    def synonyms(self, lemma: str, language: str) -> frozenset[str]:
        return frozenset({"debakel", "headache"})


KIN = _Kin()


def gallery(language: str) -> list[Finding]:
    """Turns that between them produce every kind and message variant."""
    de = language == "de"
    angry = ANGRY_DE if de else ANGRY_EN
    facts = {"name": "Keller", "order_number": "4711"}
    points = {"apology": ["tut mir leid"] if de else ["sorry"], "look_up": ["nachsehen"] if de else ["check"]}
    sc = scenario(
        language,
        say=angry[2],
        emotion="angry",
        facts=facts,
        expect={"key_points": points, "avoid": ["beruhigen Sie sich" if de else "calm down"]},
    )
    no = scenario(
        language,
        theme="sales",
        emotion="calm",
        say="Nein, danke." if de else "No, thanks.",
        expect={"accept_no": True, "offer_words": ["Upgrade"], "ask_need": True},
    )
    claim = (
        0.0,
        4.0,
        "Ich will meine 180 Euro zurück, das ist ärgerlich!" if de else "I want my £180 back, it's annoying!",
    )
    money = scenario(language, say=claim[2], emotion="angry")
    ruled_out = (
        0.0,
        4.0,
        "Wann kommt jemand? Und bitte nicht wieder Herr Stoll!"
        if de
        else "When is someone coming? And not Kyle again!",
    )
    not_him = scenario(language, say=ruled_out[2], emotion="annoyed")
    no_cheque = (
        0.0,
        4.0,
        "Wann kommt mein Geld? Und bitte keinen Scheck!" if de else "When do I get my money? And don't send a cheque!",
    )
    not_that_way = scenario(language, say=no_cheque[2], emotion="annoyed")
    cases = [
        # interruption (line), talk_over (overlap), missed point, re-ask, ignored emotion, avoid phrase
        (
            sc,
            [angry],
            [
                (
                    1.2,
                    7.0,
                    "Wie ist Ihre Bestellnummer? Beruhigen Sie sich."
                    if de
                    else "What is your order number? Calm down.",
                )
            ],
            4.0,
        ),
        # backchannel, interruption at the end, late empathy
        (
            sc,
            [angry],
            [
                (1.0, 1.3, "mhm"),
                (
                    3.7,
                    12.0,
                    (
                        "Ich sehe jetzt im System nach, wo Ihr Kinderwagen gerade steckt und wann genau er bei Ihnen "
                        "ankommen kann. Das tut mir leid."
                        if de
                        else "Let me check in the system where your pram is right now and when exactly it can get to you "
                        "at home. I'm sorry about that."
                    ),
                ),
            ],
            4.0,
        ),
        # interruption in a pause of the line; yielded; dead air is elsewhere
        (
            None,
            [
                (0.0, 2.0, "Ich habe bestellt." if de else "I ordered."),
                (2.8, 4.0, "Nichts kam." if de else "Nothing came."),
                (7.0, 8.5, "Aber bitte keine Ausrede!" if de else "But no excuses please!"),
            ],
            [
                (2.2, 2.8, "Und wann?" if de else "And when?"),
                (5.0, 7.5, "Ihr Paket kommt morgen" if de else "Your parcel comes tomorrow"),
            ],
            4.0,
        ),
        # talk_over no_yield
        (
            None,
            [
                (0.0, 3.0, "Wann kommt mein Paket?" if de else "When is my parcel coming?"),
                (5.0, 6.5, "Aber bitte keine Ausrede!" if de else "But no excuses please!"),
            ],
            [(3.5, 7.5, "Ihr Paket kommt morgen ganz bestimmt" if de else "Your parcel comes tomorrow for sure")],
            3.0,
        ),
        # generic, too-fast reply
        (
            None,
            [(0.0, 3.0, "Ich möchte meine Adresse ändern lassen." if de else "I want to change my delivery address.")],
            [(3.05, 4.5, "Wie kann ich helfen?" if de else "How can I help?")],
            None,
        ),
        # contradiction (phrase), pushed after no, no need question
        (
            no,
            [(0.0, 2.0, no.turns[0].say)],
            [
                (
                    2.5,
                    6.0,
                    "Das stimmt nicht, das Upgrade lohnt sich." if de else "That's not true, the Upgrade is worth it.",
                )
            ],
            None,
        ),
        # but opening, no acknowledgement, dead air
        (
            None,
            [
                (
                    0.0,
                    3.0,
                    "Ich möchte mich beschweren, das Gerät ist kaputt."
                    if de
                    else "I want to complain, the device is broken.",
                )
            ],
            [(6.5, 9.0, "Aber welches Gerät ist es?" if de else "But which device is it?")],
            None,
        ),
        # fillers, too fast
        (
            None,
            [(0.0, 2.0, "Wo ist mein Paket?" if de else "Where is my parcel?")],
            [
                (
                    2.5,
                    7.0,
                    "Also äh ich schaue halt mal ähm nach ob das sozusagen schon äh verschickt wurde ähm ja"
                    if de
                    else "So um I think it was, like, basically shipped, you know, uh, yesterday or so, um, yes",
                )
            ],
            None,
        ),
        # too slow
        (
            None,
            [(0.0, 2.0, "Wo ist mein Paket?" if de else "Where is my parcel?")],
            [
                (
                    2.5,
                    16.0,
                    "Ich schaue jetzt einmal ganz in Ruhe nach wo Ihr Paket gerade ist"
                    if de
                    else "I will now have a look at where your parcel is at the moment",
                )
            ],
            None,
        ),
        # monologue
        (
            None,
            [(0.0, 2.0, "Wie funktioniert das?" if de else "How does it work?")],
            [(2.5, 40.0, LONG_DE if de else LONG_EN)],
            None,
        ),
        # silent
        (None, [(0.0, 2.0, "Hallo?" if de else "Hello?")], [], None),
        # form of address: "du" in a German call that asks for "Sie" (the default), "Sie" where it asks for "du"
        (
            scenario("de"),
            [(0.0, 2.0, "Keller hier, wo bleibt mein Paket?")],
            [(2.5, 6.0, "Das tut mir leid, ich schaue nach und melde mich bei dir.")],
            None,
        ),
        (
            Scenario.model_validate({**scenario("de").model_dump(mode="json", exclude_none=True), "address": "du"}),
            [(0.0, 2.0, "Keller hier, wo bleibt mein Paket?")],
            [(2.5, 6.0, "Das tut mir leid, ich schaue nach und melde mich bei Ihnen.")],
            None,
        ),
        # a key point perhaps said in other words: shown, no points off
        (
            scenario(
                language,
                theme="service",
                emotion="calm",
                say="Meine Heizung ist aus." if de else "My heating is off.",
                expect={"key_points": {"technician": ["Techniker schicken"] if de else ["send a technician"]}},
            ),
            [(0.0, 2.0, "Meine Heizung ist aus." if de else "My heating is off.")],
            [(2.5, 6.0, "Ein Techniker hat heute leider frei." if de else "A technician is off today, I'm afraid.")],
            None,
        ),
        # the customer's account doubted in a question
        (
            scenario(
                language,
                theme="service",
                emotion="annoyed",
                say="Ich habe das Formular letzte Woche abgeschickt." if de else "I sent the form last week.",
            ),
            [(0.0, 2.0, "Ich habe das Formular letzte Woche abgeschickt." if de else "I sent the form last week.")],
            [(2.5, 5.0, "Haben Sie es wirklich abgeschickt?" if de else "Did you really send it?")],
            None,
        ),
        # a point about when, and a reply that gives no time at all: costs points
        (
            scenario(
                language,
                theme="service",
                emotion="calm",
                say="Wann kommt der Techniker?" if de else "When is the technician coming?",
                expect={"key_points": {"date": ["morgen", "am Freitag"] if de else ["tomorrow", "on Friday"]}},
            ),
            [(0.0, 2.0, "Wann kommt der Techniker?" if de else "When is the technician coming?")],
            [(2.5, 6.0, "Der Techniker ruft Sie an." if de else "The technician will give you a call.")],
            None,
        ),
        # the day named only as a look at it: said, and not promised
        (
            scenario(
                language,
                theme="service",
                emotion="calm",
                say="Wann kommt der Techniker?" if de else "When is the technician coming?",
                expect={"key_points": {"date": ["Freitag", "morgen"] if de else ["Friday", "tomorrow"]}},
            ),
            [(0.0, 2.0, "Wann kommt der Techniker?" if de else "When is the technician coming?")],
            [(2.5, 6.0, "Ich schaue mir den Freitag an." if de else "I'll look at Friday.")],
            None,
        ),
        # sympathy said, the apology the trainer asks for not
        (
            scenario(
                language,
                theme="complaint",
                emotion="annoyed",
                say="Die Lieferung war nass!" if de else "The delivery was soaked!",
                expect={
                    "key_points": {
                        "apology": ["Entschuldigung", "tut mir leid"] if de else ["sorry", "apologise"],
                        "exchange": ["austauschen", "ersetzen"] if de else ["replace", "new load"],
                    }
                },
            ),
            [(0.0, 2.0, "Die Lieferung war nass!" if de else "The delivery was soaked!")],
            [
                (
                    2.5,
                    8.0,
                    "Wie ärgerlich. Wir tauschen die Ladung morgen aus."
                    if de
                    else "How annoying. We'll replace the load tomorrow.",
                )
            ],
            None,
        ),
        # the remedy owed free given at a price: part of it kept back
        (
            scenario(
                language,
                theme="complaint",
                emotion="annoyed",
                say="Die Lieferung war nass!" if de else "The delivery was soaked!",
                expect={
                    "key_points": {"exchange": ["austauschen", "kostenlos"] if de else ["replace", "free of charge"]}
                },
            ),
            [(0.0, 2.0, "Die Lieferung war nass!" if de else "The delivery was soaked!")],
            [
                (
                    2.5,
                    8.0,
                    # (a part of the remedy, not a charge left on them: "nur zum halben Preis"
                    # is a contradiction since s45, grammar.remedy_billed, and counts there)
                    "Wir können nur die Hälfte der Ladung austauschen."
                    if de
                    else "We can only replace half of the load.",
                )
            ],
            None,
        ),
        # the file read back alone: the matter itself missed
        (
            sc,
            [angry],
            [
                (
                    7.5,
                    10.0,
                    "Bestellung 4711, Kinderwagen, Lieferung am Montag."
                    if de
                    else "Order 4711, pram, delivery on Monday.",
                )
            ],
            None,
        ),
        # a point the trainer named a call, and a reply that arranges none: costs points
        (
            scenario(
                language,
                theme="service",
                emotion="calm",
                say="Ich will den Plan bis Freitag und einen Anruf nach 18 Uhr."
                if de
                else "I want the plan by Friday and a call after six.",
                expect={"key_points": {"call": ["Rückruf", "Telefonat"] if de else ["after six", "seven"]}},
            ),
            [(0.0, 2.0, "Ich will den Plan bis Freitag." if de else "I want the plan by Friday.")],
            [(2.5, 6.0, "Bis Freitag haben Sie den Plan." if de else "By Friday the plan is with you.")],
            None,
        ),
        # the time they asked for turned down, another named: a refused time and a flat no, counted once
        (
            scenario(
                language,
                theme="service",
                emotion="calm",
                say="Es muss ein Freitagnachmittag sein." if de else "It has to be this Friday afternoon.",
            ),
            [(0.0, 2.0, "Es muss ein Freitagnachmittag sein." if de else "It has to be this Friday afternoon.")],
            [
                (
                    2.5,
                    6.0,
                    "Freitags sind wir leider voll, nächste Woche Dienstag ginge es."
                    if de
                    else "Friday's fully booked, I'm afraid, but next Tuesday would work.",
                )
            ],
            None,
        ),
        # turning the customer down, and pushing the blame away (the customer blamed us)
        (
            sc,
            [angry],
            [(7.5, 10.0, "Da kann ich leider nichts machen." if de else "There's nothing I can do, I'm afraid.")],
            None,
        ),
        # what is owed turned down: a refused point and a contradiction, counted once
        (
            scenario(
                language,
                theme="service",
                emotion="annoyed",
                say="Ich will die 40 Euro zurück." if de else "I want the £40 back.",
                expect={"key_points": {"refund": ["40 Euro", "erstatten"] if de else ["£40", "refund"]}},
            ),
            [(0.0, 2.0, "Ich will die 40 Euro zurück." if de else "I want the £40 back.")],
            [
                (
                    2.5,
                    6.0,
                    "Die 40 Euro kann ich Ihnen nicht erstatten." if de else "We don't refund the £40, I'm afraid.",
                )
            ],
            None,
        ),
        # a key point missed while playing the matter down, with no step of the agent's in any words
        (
            sc,
            [angry],
            [
                (
                    7.5,
                    10.0,
                    "Das tut mir leid. Das ist ganz normal, das legt sich von selbst."
                    if de
                    else "I'm sorry. That's perfectly normal, it settles down by itself.",
                )
            ],
            None,
        ),
        # leaving the customer's question open
        (
            sc,
            [angry],
            [(7.5, 10.0, "Das hängt davon ab, was der Gutachter sagt." if de else "That depends on the surveyor.")],
            None,
        ),
        (
            scenario(
                language,
                emotion="angry",
                say="Sie haben mir das falsche Teil geschickt!" if de else "You sent me the wrong part!",
            ),
            [(0.0, 2.0, "Sie haben mir das falsche Teil geschickt!" if de else "You sent me the wrong part!")],
            [(2.5, 5.0, "Das ist nicht unser Fehler." if de else "That's not our fault.")],
            None,
        ),
        # an excuse for the failure: what happened to the one who failed
        (
            scenario(
                language,
                emotion="angry",
                say="Der Monteur kam nicht!" if de else "The fitter never came!",
            ),
            [(0.0, 2.0, "Der Monteur kam nicht!" if de else "The fitter never came!")],
            [(2.5, 5.0, "Der Monteur war leider krank." if de else "The fitter was ill, I'm afraid.")],
            None,
        ),
        # a rule set against the request
        (
            sc,
            [angry],
            [
                (
                    7.5,
                    10.0,
                    "Das erstatten wir nicht, das ist Vorschrift." if de else "We don't refund that, it's policy.",
                )
            ],
            None,
        ),
        # holding the customer to the charge they dispute
        (
            sc,
            [angry],
            [
                (
                    7.5,
                    10.0,
                    "Die Anfahrt müsste ich Ihnen aber berechnen." if de else "I'm afraid the call-out fee stands.",
                )
            ],
            None,
        ),
        # the person the customer ruled out, sent anyway
        (
            not_him,
            [ruled_out],
            [
                (
                    4.6,
                    8.0,
                    "Tut mir leid. Herr Stoll kommt morgen um acht."
                    if de
                    else "Sorry. Kyle will come at eight tomorrow.",
                )
            ],
            None,
        ),
        # the way of paying the customer ruled out, offered anyway
        (
            not_that_way,
            [no_cheque],
            [
                (
                    4.6,
                    8.0,
                    "Tut mir leid. Wir schicken Ihnen morgen einen Scheck."
                    if de
                    else "Sorry. We'll send you a cheque tomorrow.",
                )
            ],
            None,
        ),
        # only part of the money after our failure, to a customer who claims all of it
        (
            money,
            [claim],
            [
                (
                    7.5,
                    10.0,
                    "Die Hälfte kann ich Ihnen gutschreiben." if de else "I can only do a partial refund.",
                )
            ],
            None,
        ),
        # blaming the customer in words no list holds
        (
            sc,
            [angry],
            [(7.5, 10.0, "Sie haben die Bedingungen nicht gelesen." if de else "You didn't read the terms.")],
            None,
        ),
        # passing it on with no time or outcome: the matter itself missed
        (
            sc,
            [angry],
            [(7.5, 10.0, "Das verstehe ich. Ich gebe das weiter." if de else "I understand. I'll pass that on.")],
            None,
        ),
        # sympathy alone to an angry customer: the matter itself missed, in any words
        (
            sc,
            [angry],
            [
                (
                    7.5,
                    10.0,
                    "Das tut mir wirklich leid, das ist ärgerlich." if de else "I'm so sorry, that's really annoying.",
                )
            ],
            None,
        ),
    ]
    # a time offered against the customer's own deadline
    deadline = "Ich brauche die Pokale bis Donnerstag." if de else "I need the trophies by Thursday."
    cases.append(
        (
            scenario(language, say=deadline, emotion="hurried"),
            [(0.0, 2.0, deadline)],
            [(2.5, 5.0, "Sie kommen am Freitagnachmittag." if de else "They will come on Friday afternoon.")],
            None,
        )
    )
    # the colleague's excuse the customer complains of, said again
    excuse = (
        "Und Ihr Monteur meint, das Gerät muss sich erst einpendeln!"
        if de
        else "And Gavin tells me the compressor needs time to settle!"
    )
    cases.append(
        (
            scenario(language, say=excuse, emotion="annoyed"),
            [(0.0, 2.0, excuse)],
            [
                (
                    2.5,
                    5.0,
                    "Das Gerät muss sich leider erst einpendeln." if de else "The compressor needs time to settle.",
                )
            ],
            None,
        )
    )
    found: list[Finding] = []
    # a feeling perhaps taken up in a word no list names (a thesaurus that puts it next to the
    # feeling words): a doubt, no points off
    vague = turn([(0.0, 2.0, angry[2])], [(2.5, 5.0, "So ein Debakel. Ich sehe nach." if de else "What a headache.")])
    found.extend(
        judge(
            vague, language=language, scenario=scenario(language, emotion="angry", say=angry[2]), resources=KIN
        ).findings
    )
    # only a sound after the line, which the recogniser was unsure of: quoted, still no reply
    unsure = turn([(0.0, 2.0, "Hallo?" if de else "Hello?")], [(3.0, 3.3, "Ja." if de else "Yes.")], line_end=2.0)
    unsure = replace(
        unsure, trainee=replace(unsure.trainee, words=tuple(replace(w, probability=0.2) for w in unsure.trainee.words))
    )
    found.extend(judge(unsure, language=language).findings)
    # a reply into a muted microphone: the live call gives it this finding instead of "no reply"
    silent = judge(turn([(0.0, 2.0, "Hallo?" if de else "Hello?")], []), language=language)
    found.extend(muted_result(silent).findings)
    for sc_, customer, trainee, line_end in cases:
        result = judge(turn(customer, trainee, line_end=line_end), language=language, scenario=sc_)
        found.extend(result.findings)
        # a missed key point costs points only with JudgeOptions.missed_point_penalty: its message too
        strict = judge(turn(customer, trainee, line_end=line_end), language=language, scenario=sc_, options=STRICT)
        found.extend(f for f in strict.findings if f.evidence.get("reason") == "missed_point" and f.penalty > 0)
    return found


def variant(f: Finding) -> tuple[str, str | None]:
    if f.kind == "interruption":
        return (f.kind, "end" if f.severity == "minor" else ("pause" if f.evidence["reason"] == "pause" else None))
    if f.evidence.get("late"):
        return (f.kind, "ignored_emotion_late")
    if f.evidence.get("reason") == "ignored_emotion" and f.evidence.get("unsure"):
        return (f.kind, "ignored_emotion_unsure")
    if f.kind == "silent_reply" and f.evidence.get("heard"):
        return (f.kind, "only_sounds")
    if f.evidence.get("unsure"):
        return (f.kind, "missed_point_unsure")
    if f.evidence.get("reason") == "missed_point" and f.penalty == 0:
        return (f.kind, "missed_point_doubt")
    if f.evidence.get("instead"):
        return (f.kind, "missed_point_instead")
    if f.evidence.get("refused"):
        return (f.kind, "missed_point_deferred" if f.evidence.get("deferred") else "missed_point_refused")
    if f.kind == "contradiction" and f.evidence.get("grammar") in (
        "doubt",
        "deflection",
        "blame",
        "excuse",
        "rules",
        "charge",
        "part_kept",
        "echo",
        "refused",
        "refused_time",
    ):
        return (f.kind, f.evidence["grammar"])
    if f.evidence.get("no_time"):
        return (f.kind, "missed_point_no_time")
    if f.evidence.get("no_call") and f.penalty > 0:
        return (f.kind, "missed_point_no_call")
    if f.evidence.get("uncommitted"):
        return (f.kind, "missed_point_uncommitted")
    if f.evidence.get("partial") and f.evidence.get("closest") and f.penalty > 0:
        return (f.kind, "missed_point_partial")
    if f.evidence.get("record") and f.penalty > 0:
        return (f.kind, "missed_point_record")
    if f.evidence.get("handover") and f.penalty > 0:
        return (f.kind, "missed_point_handover")
    if f.evidence.get("feeling_only") and f.penalty > 0:
        return (f.kind, "missed_point_feeling_only")
    if f.evidence.get("no_apology"):
        return (f.kind, "missed_point_no_apology")
    return (f.kind, f.evidence.get("reason"))


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_message_variant_is_produced_and_filled(language: str) -> None:
    findings = gallery(language)
    produced = {variant(f) for f in findings}
    assert produced == set(CATALOGUE), f"missing: {set(CATALOGUE) - produced}, unknown: {produced - set(CATALOGUE)}"
    for f in findings:
        assert MISSING not in f.message + f.tip, (f.kind, f.message, f.tip)
        assert "{" not in f.message + f.tip
        assert f.message and f.tip


def test_catalogue_has_both_languages_and_every_kind() -> None:
    for key, texts in CATALOGUE.items():
        assert set(texts) == {"de", "en"}, key
        for message, tip in texts.values():
            assert message.strip() and tip.strip()
    assert {kind for kind, _ in CATALOGUE} == set(FINDING_KINDS)
    assert set(KINDS) == set(FINDING_KINDS)
    assert set(PRACTICE) == set(SKILLS)


def test_the_same_placeholders_in_both_languages() -> None:
    for key, texts in CATALOGUE.items():
        de, en = texts["de"], texts["en"]
        assert placeholders(de[0]) == placeholders(en[0]), key


def test_german_seconds_have_a_decimal_comma() -> None:
    assert seconds(1.234, "de") == "1,2" and seconds(1.25, "en") == "1.2"
    message, _ = render("interruption", None, "de", {"into": 1.2, "left": 2.8, "cut": ""}, customer="Frau Keller")
    assert message == "Sie sind nach 1,2 s in den Satz von Frau Keller gefallen, 2,8 s bevor er zu Ende war."
    message, _ = render("interruption", None, "en", {"into": 1.2, "left": 2.8, "cut": ""})
    assert message == "You came in 1.2 s into the customer's line, 2.8 s before it was finished."


def test_unknown_kind_is_a_programming_error() -> None:
    with pytest.raises(KeyError):
        render("no_such_kind", None, "de")


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_finding_is_said_again_in_the_other_language_from_its_recipe(language: str) -> None:
    """A German user never reads an English finding: each finding keeps how its message was made
    (``evidence["render"]``), so the interface says it in its own language, exactly as the judge
    would have; made again in the judged language it is the same text."""
    other = "en" if language == "de" else "de"
    names = (None, "Frau Keller", "Mrs Keller")  # the gallery's customers (tests.helpers.timelines)
    for f in gallery(language):
        again = [i18n._from_recipe(f, language, name) for name in names]
        assert (f.message, f.tip) in again, (f.kind, f.message, f.evidence.get("render"))
        message, tip = finding_text_in(f, language, other)
        assert (message, tip) != (f.message, f.tip), f.kind
        assert "{" not in message + tip and MISSING not in message + tip, (f.kind, message)
