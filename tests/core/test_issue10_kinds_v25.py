"""Issue 10, kinds found in the errors of the set v25 (fitted since the twenty-sixth session).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, has, ignored, penalised
from voicecoach.core.scenario import Scenario
from voicecoach.core.typed import judge_text


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # a span of weekdays with a window of hours: each day of the span, the hours as written
        ("Heute ist Dienstag. Der Hausmeister ist nur Montag bis Freitag von 7 bis 12 Uhr im Haus.",
         "Der Techniker kommt morgen um 8 Uhr.", False),
        ("Heute ist Dienstag. Der Hausmeister ist nur Montag bis Freitag von 7 bis 12 Uhr im Haus.",
         "Der Techniker kommt am Donnerstag um halb neun.", False),
        ("Heute ist Dienstag. Der Hausmeister ist nur Montag bis Freitag von 7 bis 12 Uhr im Haus.",
         "Der Techniker kommt morgen um 15 Uhr.", True),
        ("Heute ist Dienstag. Der Hausmeister ist nur Montag bis Freitag von 7 bis 12 Uhr im Haus.",
         "Der Techniker kommt am Samstag um 9 Uhr.", True),
        ("It's Tuesday. The caretaker is only in Monday to Friday from 7 to 12.",
         "The engineer will be there tomorrow at eight.", False),
        ("It's Tuesday. The caretaker is only in Monday to Friday from 7 to 12.",
         "The engineer will be there tomorrow at three.", True),
        ("It's Tuesday. The caretaker is only in Monday to Friday from 7 to 12.",
         "The engineer will be there on Saturday at nine.", True),
        # a span of days sharing the part of the day said after its last day
        ("Heute ist Montag. Meine Frau ist nur Montag bis Mittwoch vormittags da.",
         "Wir kommen am Dienstag um 10 Uhr.", False),
        ("Heute ist Montag. Meine Frau ist nur Montag bis Mittwoch vormittags da.",
         "Wir kommen am Donnerstag um 10 Uhr.", True),
        # a window said whole is no "until": "von 6 bis 10 Uhr abends"
        ("Ich bin nur von 6 bis 10 Uhr abends da.", "Wir kommen heute um 19 Uhr.", False),
        ("Ich bin nur von 6 bis 10 Uhr abends da.", "Wir kommen heute um 11 Uhr.", True),
        # "night" is a part of the day: "Saturday night" is an event, not the day of the window
        ("It's Wednesday. Our gig is Saturday night, and she's only free after six in the evening.",
         "Tonight at half six works.", False),
        ("It's Wednesday. Our gig is Saturday night, and she's only free after six in the evening.",
         "Thursday at two works.", True),
        ("Heute ist Mittwoch. Das Konzert ist Samstagnacht, und sie hat nur abends ab 18 Uhr Zeit.",
         "Heute um halb sieben abends passt.", False),
        # their own day said back, then the hour: that day's hour
        ("It's Monday. I'm on nights Monday to Thursday and sleep until two. Friday I'm off all day.",
         "Our mason can do Friday from nine, your day off.", False),
        ("It's Monday. I'm on nights Monday to Thursday and sleep until two. Friday I'm off all day.",
         "Our mason can do Wednesday from nine.", True),
    ],
)  # fmt: skip
def test_spans_of_days_and_windows(customer: str, reply: str, conflict: bool) -> None:
    broke, read = breaks_a_limit(customer, reply)
    assert broke is conflict, read


#: An annoyed no to an extra, in a turn whose acceptance point lists "In Ordnung" / "No problem".
ANNOYED_NO = {
    "de": ("Und dann will Ihr Kollege mir noch ein Wartungspaket für 300 Euro verkaufen. Nein, danke. Das ärgert "
           "mich wirklich.", ["Wartungspaket", "300 Euro"], ["in Ordnung", "verstehe", "selbstverständlich"]),
    "en": ("And then your colleague wants to sell me a care plan for three hundred pounds. No, thank you. That "
           "really annoys me.", ["care plan", "three hundred pounds"], ["no problem", "understood", "of course"]),
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "feeling_missed"),
    [
        # a bare "In Ordnung" / "No problem" takes note of an annoyed no, even where the trainer lists it
        # for the acceptance point: so the labels of most held-out writers (v6-v18); v25's writer read
        # it as taken, a disagreement left on the side of the majority
        ("de", "In Ordnung. Wir reparieren das Gerät.", True),
        ("en", "No problem. We'll repair the unit.", True),
        # granting it without reserve takes it up
        ("de", "Selbstverständlich, kein Wartungspaket. Wir reparieren das Gerät.", False),
        ("en", "Of course, no care plan. We'll repair the unit.", False),
    ],
)
def test_a_bare_okay_only_takes_note(language: str, reply: str, feeling_missed: bool, resources) -> None:  # noqa: ANN001
    say, offer, accept = ANNOYED_NO[language]
    points = {"fix": ["Reparatur", "reparieren", "repair"], "accept": accept}
    expect = {"accept_no": True, "offer_words": offer, "key_points": points}
    found = penalised(language, reply, resources, mood="annoyed", say=say, expect=expect)
    assert ignored(found) is feeling_missed, found


@pytest.mark.parametrize(
    ("reply", "blames"),
    [
        # "mixed" before "you": the tracks, not their error
        ("The mixed tracks go to you by Friday at four.", False),
        ("The mixed-up booking was sorted for you this morning.", False),
        ("You mixed up the dates, I'm afraid.", True),
        ("Sorry, but you must have mixed up the studios.", True),
    ],
)
def test_who_erred_stands_before_the_verb(reply: str, blames: bool, resources) -> None:  # noqa: ANN001
    say = "Our recordings from Saturday are gone. Callum says our USB stick corrupted them."
    found = penalised("en", reply, resources, say=say, expect={"key_points": {"x": ["recordings", "tracks"]}})
    assert contradicts(found) is blames, found


@pytest.mark.parametrize(
    ("reply", "avoided"),
    [
        # "setzen ... ein" is "einsetzen": another word than the excuse "Setzungen"
        ("Wir setzen Ihnen eine neue Scheibe ein, ohne Kosten.", False),
        ("Wir setzen die Tür neu ein.", False),
        # the excuse itself
        ("Das kommt leider von Setzungen im Boden.", True),
        ("Solche Setzungen passieren bei jedem Fundament.", True),
    ],
)
def test_a_separated_prefix_makes_another_verb(reply: str, avoided: bool, resources) -> None:  # noqa: ANN001
    say = "Die Tür klemmt und eine Scheibe ist gesprungen. Ihr Monteur sagt, das seien Setzungen im Boden."
    found = penalised(
        "de", reply, resources, say=say, expect={"key_points": {"x": ["Scheibe", "Tür"]}, "avoid": ["Setzungen"]}
    )
    assert has(found, "avoid_phrase") is avoided, found


#: A customer whose oven cracked, blamed by our colleague.
OVEN = {
    "de": "Die Kuppel meines Pizzaofens ist nach zwei Wochen gerissen. Herr Gabler sagt, ich habe zu stark geheizt.",
    "en": "My pizza oven dome cracked after two weeks. Gavin says I must have lit too big a fire.",
}


@pytest.mark.parametrize(
    ("language", "reply", "blames"),
    [
        # a lesson for next time, or to do it right this time, told to the customer
        ("de", "Wir reparieren das. Beim nächsten Mal lesen Sie bitte vorher die Anleitung.", True),
        ("de", "Wir reparieren das. Lassen Sie ihn diesmal bitte richtig trocknen, bevor Sie heizen.", True),
        ("en", "We'll repair it. For next time, do check the manual before the first fire.", True),
        ("en", "We'll repair it. Next time it's worth checking the small print before you book.", True),
        ("en", "We'll repair it. And please let it dry properly this time before you light it.", True),
        # our own care next time, someone else's, a kindness, or "this time" of ours: no lesson
        ("de", "Wir reparieren das. Beim nächsten Mal achten wir darauf.", False),
        ("de", "Wir reparieren das. Beim nächsten Mal prüft der Monteur das genauer.", False),
        ("de", "Wir reparieren das. Beim nächsten Mal rufen Sie mich einfach direkt an.", False),
        ("en", "We'll repair it. Next time we'll check the dome before delivery.", False),
        ("en", "We'll repair it. Next time the fitter will check it twice.", False),
        ("en", "We'll repair it. Next time you call, ask for me directly.", False),
        ("en", "We'll repair it, and this time it's on us.", False),
    ],
)
def test_a_lesson_for_next_time_blames(language: str, reply: str, blames: bool, resources) -> None:  # noqa: ANN001
    found = penalised(
        language, reply, resources, say=OVEN[language], expect={"key_points": {"x": ["reparieren", "repair"]}}
    )
    assert contradicts(found) is blames, found


#: A lift standing still; the colleague said the part takes three weeks.
LIFT = {
    "de": "Unser Aufzug steht seit acht Tagen, und Frau Stiller sagt, das Ersatzteil kommt frühestens in drei Wochen.",
    "en": "Our lift has been out for eight days, and Ms Stiller says the part won't come for three weeks.",
}


@pytest.mark.parametrize(
    ("language", "reply", "defends"),
    [
        # the colleague vouched for as right, or as keeping the rules
        ("de", "Wir schicken einen Techniker. Frau Stiller hat Ihnen da nichts Falsches gesagt.", True),
        ("de", "Wir schicken einen Techniker. Frau Stiller hat sich nur an die Vorgaben gehalten.", True),
        (
            "en",
            "We'll send an engineer. Ms Stiller was only following the rules, so please don't hold it against her.",
            True,
        ),
        ("en", "We'll send an engineer. Ms Stiller was just doing her job.", True),
        # meaning only well, or knowing best
        ("de", "Wir schicken einen Techniker. Frau Stiller meint es aber nur gut mit Ihnen.", True),
        ("de", "Wir schicken einen Techniker. Meine Kollegin wollte Ihnen damit helfen.", True),
        ("de", "Wir schicken einen Techniker. Frau Stiller wird gewusst haben, warum sie das sagt.", True),
        ("en", "We'll send an engineer. Ms Stiller will have had her reasons.", True),
        # our own rules followed for them, or ours owned: no defence
        ("en", "We'll send an engineer today, following the rules for urgent repairs.", False),
        ("de", "Wir schicken heute einen Techniker, das hätte Frau Stiller Ihnen gleich sagen müssen.", False),
    ],
)
def test_the_colleague_vouched_for(language: str, reply: str, defends: bool, resources) -> None:  # noqa: ANN001
    expect = {"key_points": {"x": ["Techniker", "engineer"]}}
    found = penalised(language, reply, resources, say=LIFT[language], expect=expect)
    assert contradicts(found) is defends, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # sympathy, then only passing it on: the point about the matter is missed for certain
        ("de", "Mein herzliches Beileid. Ich reiche das an Herrn Sander weiter.", True),
        ("de", "Schlafmangel ist schlimm, das weiß ich. Ich leite Ihre Beschwerde an Herrn Kühn weiter.", True),
        ("de", "Ihre Skepsis verstehe ich. Ich schreibe Herrn Baumann eine Notiz, er ruft Sie zurück.", True),
        ("de", "Das ist ärgerlich. Ich sage Herrn Lindner, dass er sich bei Ihnen melden soll.", True),
        ("en", "That must be such a blow, I'm sorry. I'll let the studio manager know.", True),
        ("en", "I get that you're frustrated. Let me check with Gavin what the options are.", True),
        # sympathy and a wish alone
        ("de", "Ach, das ist ja traurig, arme Kleine. Ich hoffe, es geht ihr bald besser.", True),
        ("en", "Oh, poor little thing. I hope she feels better soon.", True),
        ("de", "Ach, das ist traurig. Ich hoffe, wir finden das alte Gehäuse in der Werkstatt.", False),
        # the matter itself taken on after the sympathy
        ("de", "Mein herzliches Beileid. Wir suchen das alte Gehäuse heute noch in der Werkstatt.", False),
        ("en", "That must be such a blow, I'm sorry. We'll redo the session for free.", False),
    ],
)
def test_sympathy_then_a_handover(language: str, reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    points = ["suchen", "Werkstatt"] if language == "de" else ["redo", "for free"]
    say = "Es ist alles weg." if language == "de" else "It's all gone."
    found = penalised(language, reply, resources, mood="sad", say=say, expect={"key_points": {"fix": points}})
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "feeling_missed"),
    [
        # "In Ordnung," then agreeing that there is nothing to argue: the no granted
        ("de", "In Ordnung, da gibt es nichts zu diskutieren. Wir reparieren das Gerät.", False),
        ("de", "In Ordnung, keine Frage. Wir reparieren das Gerät.", False),
        ("en", "Okay, fair point. We'll repair the unit.", False),
        ("en", "No problem, no question about it. We'll repair the unit.", False),
        # "In Ordnung," then moving on
        ("de", "In Ordnung, wir reparieren das Gerät.", True),
        ("en", "Okay, we'll repair the unit.", True),
    ],
)
def test_an_opening_okay_then_a_grant(language: str, reply: str, feeling_missed: bool, resources) -> None:  # noqa: ANN001
    say, offer, accept = ANNOYED_NO[language]
    expect = {"accept_no": True, "offer_words": offer, "key_points": {"fix": ["Reparatur", "reparieren", "repair"]}}
    found = penalised(language, reply, resources, mood="annoyed", say=say, expect=expect)
    assert ignored(found) is feeling_missed, found


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # another extra sold on top of the fix after the no: pushed all the same
        ("de", "Verstehe, wir reparieren das Gerät. Als Ergänzung könnten wir einen Notrufknopf einbauen, drei Monate "
               "kostenlos.", True),
        ("de", "Gern. In den Ferien hätten wir zusätzlich drei Schnuppertage, vielleicht wäre das was für Sie.", True),
        ("de", "Natürlich, wir reparieren das Gerät. Wenn Sie möchten, legt der Monteur noch Klammern dazu, die gibt es "
               "zum halben Preis.", True),
        ("de", "Verstehe. Und für einen Euro im Monat könnten wir die Anlage jährlich durchsehen.", True),
        ("en", "Of course. Shall I have our presser finish the collars by hand for a small charge while they're here?",
         True),
        # the fix itself, a time offered, or help offered: nothing sold
        ("de", "Verstehe. Wenn Sie möchten, kommt der Techniker schon morgen um 8 Uhr.", False),
        ("de", "Natürlich, kein Wartungspaket. Zusätzlich rufe ich Sie morgen an, ob alles läuft.", False),
        ("en", "Of course, no care plan. Shall I book the repair for Thursday morning?", False),
        ("en", "Understood. If you like, I can send you the repair report by email.", False),
    ],
)  # fmt: skip
def test_another_extra_after_the_no(language: str, reply: str, pushed: bool, resources) -> None:  # noqa: ANN001
    say, offer, accept = ANNOYED_NO[language]
    expect = {"accept_no": True, "offer_words": offer, "key_points": {"fix": ["Reparatur", "reparieren", "repair"]}}
    found = penalised(language, reply, resources, mood="annoyed", say=say, expect=expect)
    assert has(found, "pushed_after_no") is pushed, found


@pytest.mark.parametrize(
    ("language", "reply", "contradicts_them"),
    [
        # their anger or upset argued away
        ("en", "We'll repair it, so there's no need to get upset about it.", True),
        ("en", "We'll repair it, so the kids shouldn't really be gutted about it.", True),
        ("en", "We'll repair it. You don't need to be so upset.", True),
        ("de", "Wir reparieren das. Regen Sie sich doch nicht so auf.", True),
        ("de", "Wir reparieren das, Sie müssen sich also nicht ärgern.", True),
        # reassurance about worry, sympathy, or their feeling granted
        ("en", "We'll repair it, no need to worry.", False),
        ("en", "I'm so sorry, you shouldn't have had to be upset about this.", False),
        ("en", "You have every reason to be upset, and we'll repair it.", False),
        ("de", "Sie brauchen sich keine Sorgen zu machen, wir reparieren das.", False),
        ("de", "Sie haben allen Grund, sich aufzuregen, wir reparieren das.", False),
        # their account doubted: someone else suspected (not a check of what is still to be done)
        ("en", "We'll repair it. Are you completely sure nobody else lit a fire in it?", True),
        ("en", "We'll repair it. Are you sure someone else can be home on Friday?", False),
    ],
)
def test_a_feeling_argued_away(language: str, reply: str, contradicts_them: bool, resources) -> None:  # noqa: ANN001
    say = "Die Kuppel ist gerissen. Ich bin wütend." if language == "de" else "My pizza oven dome cracked. I'm furious."
    found = penalised(language, reply, resources, say=say, expect={"key_points": {"x": ["reparieren", "repair"]}})
    assert contradicts(found) is contradicts_them, found


def test_a_noun_before_a_closing_prefix_is_still_the_noun(resources) -> None:  # noqa: ANN001
    # "fällt eine Pauschale an": the clause closes with a prefix, but the noun said is the phrase itself
    say = "Die Schraube am Flügel ist gebrochen. Ihr Kollege will dafür eine Pauschale."
    reply = "Für den Flügel fällt leider eine kleine Pauschale an."
    found = penalised(
        "de", reply, resources, say=say, expect={"key_points": {"x": ["kostenlos"]}, "avoid": ["Pauschale"]}
    )
    assert has(found, "avoid_phrase"), found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # at work on weekdays, the weekend said beside it: the weekday hours still rule out the day
        ("It's Friday. I'm at work until seven on weekdays, but I'm in all weekend.",
         "The driver can bring them on Monday at ten.", True),
        ("It's Friday. I'm at work until seven on weekdays, but I'm in all weekend.",
         "The driver can bring them on Saturday at ten.", False),
        # a journey that lasts: from that day on; with no signal there, a call does not reach them either
        ("Heute ist Freitag. Ich fahre morgen früh für zwei Wochen nach Kiel, dort habe ich kaum Netz.",
         "Ich rufe Sie am Montag an.", True),
        ("Heute ist Freitag. Ich fahre morgen früh für zwei Wochen nach Kiel, dort habe ich kaum Netz.",
         "Ich rufe Sie heute um 17 Uhr an.", False),
        ("It's Wednesday. I'm flying to Spain on Friday for a week.", "Our fitter comes next Monday.", True),
        ("It's Wednesday. I'm flying to Spain on Friday for a week.", "Our fitter comes tomorrow at nine.", False),
    ],
)  # fmt: skip
def test_weekdays_and_journeys(customer: str, reply: str, conflict: bool) -> None:
    broke, read = breaks_a_limit(customer, reply)
    assert broke is conflict, read


@pytest.mark.parametrize(
    ("language", "reply", "defends"),
    [
        # the colleague named in the first turn, vouched for in the second
        ("de", "Der Monteur kommt morgen um 9 Uhr. Frau Stiller hat Ihnen da nichts Falsches gesagt.", True),
        ("en", "The engineer comes tomorrow at nine. Ms Stiller was only following the rules.", True),
        ("de", "Der Monteur kommt morgen um 9 Uhr. Frau Stiller ruft Sie vorher an.", False),
        ("en", "The engineer comes tomorrow at nine. Ms Stiller will call you beforehand.", False),
    ],
)
def test_a_colleague_named_in_an_earlier_turn(language: str, reply: str, defends: bool, resources) -> None:  # noqa: ANN001
    first = LIFT[language]
    second = "Wann kommt der Techniker?" if language == "de" else "When is the engineer coming?"
    sc = Scenario.model_validate(
        {
            "id": f"test-{language}",
            "title": "Test",
            "language": language,
            "theme": "complaint",
            "brief": {"situation": "A test.", "goal": "Pass."},
            "persona": {"name": "Herr Brandt" if language == "de" else "Mr Brandt", "mood": "angry"},
            "turns": [
                {"id": "t1", "say": first, "expect": {"key_points": {"x": ["Techniker", "engineer"]}}},
                {"id": "t2", "say": second, "expect": {"key_points": {"when": ["morgen", "tomorrow"]}}},
            ],
        }
    )
    result = judge_text(sc, "t2", reply, resources=resources)
    found = [f for f in result.findings if f.kind == "contradiction" and f.penalty > 0]
    assert bool(found) is defends, [(f.kind, f.evidence) for f in result.findings]


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # an event named with its day: what is asked for is needed before it
        ("Heute ist Montag. Die Hochzeit ist am Samstag um 14 Uhr. Wann kann ich anprobieren?",
         "Einen Termin bekomme ich frühestens nächste Woche.", True),
        ("Heute ist Montag. Die Hochzeit ist am Samstag um 14 Uhr. Wann kann ich anprobieren?",
         "Kommen Sie am Donnerstag um 18 Uhr zur Anprobe.", False),
        ("It's Wednesday. Our gig is on Saturday night. When can we come in?", "We can do next Tuesday.", True),
        ("It's Wednesday. Our gig is on Saturday night. When can we come in?", "Come in tomorrow at six.", False),
    ],
)  # fmt: skip
def test_an_event_is_a_deadline(customer: str, reply: str, conflict: bool) -> None:
    broke, read = breaks_a_limit(customer, reply)
    assert broke is conflict, read


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # a slot only waited for gives no time
        ("de", "Wir melden uns, sobald wir einen freien Termin haben.", True),
        ("en", "We'll call you as soon as we have a slot.", True),
        # a slot given
        ("de", "Ich gebe Ihnen einen Termin am Dienstag.", False),
        ("en", "I can give you a slot on Tuesday.", False),
    ],
)
def test_a_slot_waited_for_is_no_time(language: str, reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    say = "Wann kommt jemand?" if language == "de" else "When is someone coming?"
    expect = {"key_points": {"slot": ["Montag", "Dienstag", "Monday", "Tuesday"]}}
    found = penalised(language, reply, resources, mood="hurried", say=say, expect=expect)
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # a point about owning the mistake is not met by sympathy, nor by passing it on
        ("en", "That's heartbreaking. I'll ask Megan to look into it and call you back.", True),
        ("de", "Das ist furchtbar. Ich gebe das an Frau Berger weiter.", True),
        ("en", "That's heartbreaking, and it was our fault. I'll ask Megan to call you back.", False),
        ("de", "Das ist furchtbar, und das war unser Fehler.", False),
    ],
)
def test_owning_is_more_than_sympathy(language: str, reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    say = "Niemand hat nach meiner Katze gesehen." if language == "de" else "Nobody came to feed my cat."
    points = ["unser Fehler", "unsere Schuld", "haben Sie im Stich gelassen"]
    points = points if language == "de" else ["our failure", "our fault", "we let you down", "our mistake"]
    found = penalised(language, reply, resources, mood="sad", say=say, expect={"key_points": {"own_it": points}})
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "defends"),
    [
        # the rules our colleague was given: he was told, not the customer; vouching for him
        ("en", "To be honest, Liam was only following the rules he'd been given.", True),
        # the customer was told wrong: on their side
        ("en", "I'm sorry, you were given the wrong information by Liam.", False),
    ],
)
def test_who_was_given_the_word(language: str, reply: str, defends: bool, resources) -> None:  # noqa: ANN001
    say = "You cancelled our lesson, and now Liam says there are no refunds."
    found = penalised(language, reply, resources, say=say, expect={"key_points": {"x": ["refund"]}})
    assert contradicts(found) is defends, found


@pytest.mark.parametrize(
    ("language", "reply", "reasked"),
    [
        # "what time" asks "when" again
        ("en", "Happy to sort that. What time are you in over the weekend, then?", True),
        ("de", "Gern. Um wie viel Uhr sind Sie am Wochenende zu Hause?", True),
        # a time offered within what they said
        ("en", "Happy to sort that. The driver comes on Saturday at ten.", False),
    ],
)
def test_what_time_asks_when_again(language: str, reply: str, reasked: bool, resources) -> None:  # noqa: ANN001
    say = (
        "I'm in all weekend. When do I get them back?" if language == "en" else "Ich bin das ganze Wochenende zu Hause."
    )
    ask = ["when are you in", "when are you home"] if language == "en" else ["wann sind Sie zu Hause"]
    facts = {"home": {"value": "all weekend" if language == "en" else "das ganze Wochenende", "ask": ask}}
    found = penalised(
        language,
        reply,
        resources,
        mood="calm",
        say=say,
        facts=facts,
        expect={"key_points": {"x": ["Saturday", "Samstag"]}},
    )
    assert has(found, "not_listening/reasked") is reasked, found


@pytest.mark.parametrize(
    ("language", "reply", "contradicts_them"),
    [
        # the colleague's excuse, quoted by the customer and listed to avoid, said again
        ("de", "Ich verstehe Ihren Kummer, aber das Gehäuse war wirklich nicht mehr zu retten.", True),
        ("en", "I'm sorry, but the sitter told us the code didn't work.", True),
        # the excuse disowned, or a listed phrase the customer never quoted
        ("de", "Das tut mir leid. Wir suchen das alte Gehäuse heute noch.", False),
        ("en", "I'm so sorry. We'll refund the visits today.", False),
    ],
)
def test_a_quoted_excuse_said_again(language: str, reply: str, contradicts_them: bool, resources) -> None:  # noqa: ANN001
    if language == "de":
        say = "Jetzt ist ein Plastikgehäuse drauf. Herr Sander sagt, es war nicht mehr zu retten."
        avoid = ["nicht mehr zu retten", "sieht genauso aus"]
    else:
        say = "Your sitter never came. Megan tells me the code didn't work."
        avoid = ["code didn't work", "these things happen"]
    expect = {"key_points": {"x": ["suchen", "refund"]}, "avoid": avoid}
    found = penalised(language, reply, resources, say=say, expect=expect)
    assert contradicts(found) is contradicts_them, found


@pytest.mark.parametrize(
    ("reply", "doubts"),
    [
        # "certain" and "positive" doubt as "sure" does
        ("Are you certain you sent the form?", True),
        ("Are you positive it was posted on Monday?", True),
        ("I'm certain we'll find it, and we'll call you today.", False),
    ],
)
def test_certain_doubts_as_sure_does(reply: str, doubts: bool, resources) -> None:  # noqa: ANN001
    say = "I sent the form on Monday and nobody has processed it."
    found = penalised("en", reply, resources, say=say, expect={"key_points": {"x": ["process", "today"]}})
    assert contradicts(found) is doubts, found


def test_a_promise_heard_before_is_no_excuse(resources) -> None:  # noqa: ANN001
    # "wir melden uns" quoted and listed to avoid: said again it is an avoid phrase, not a contradiction
    say = "Und bitte nicht wieder nur, wir melden uns. Das hat Herr Braun auch gesagt."
    reply = "Wir melden uns, sobald die Halle durchsucht ist."
    expect = {"key_points": {"time": ["Freitag", "morgen"]}, "avoid": ["wir melden uns"]}
    found = penalised("de", reply, resources, say=say, expect=expect)
    assert has(found, "avoid_phrase") and not contradicts(found), found


@pytest.mark.parametrize(
    ("language", "reply", "contradicts_them"),
    [
        # a claim held against them on the strength of our papers
        ("de", "Na ja, laut Vertrag schulden wir Ihnen erst ab dem dritten Tag was.", True),
        ("de", "Laut App war der Techniker um 6:10 da.", True),
        ("en", "Per our terms I can only refund the unplayed part.", True),
        ("en", "According to our records the engineer was there at ten.", True),
        # the papers cited for them
        ("de", "Laut Vertrag steht Ihnen eine Gutschrift zu, die buche ich heute.", False),
        ("en", "According to your contract you get a full credit, I'll apply it today.", False),
        ("en", "The terms say you're entitled to a refund, so I'll process it now.", False),
    ],
)
def test_our_papers_held_against_them(language: str, reply: str, contradicts_them: bool, resources) -> None:  # noqa: ANN001
    if language == "de":
        say = "Mein Internet ist seit zwei Tagen weg, und der Techniker kam nicht. Ich will eine Gutschrift."
    else:
        say = "My internet has been down for two days and the engineer never came. I want a credit."
    found = penalised(language, reply, resources, say=say, expect={"key_points": {"x": ["Gutschrift", "credit"]}})
    assert contradicts(found) is contradicts_them, found
