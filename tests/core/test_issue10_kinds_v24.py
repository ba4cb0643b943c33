"""Issue 10, kinds found in the errors of the set v24 (fitted since the twenty-fifth session).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, has, penalised
from tests.helpers.timelines import scenario
from voicecoach.core.typed import judge_text

#: The colleague's excuse the customer reports: a thing named, then what was said of it.
MUG = {
    "de": "Auf der Tasse fehlt das dritte Motiv. Herr Kramer sagt, drei Motive passen nicht auf eine Tasse.",
    "en": "The third design is missing from my mug. Mr Kramer told me three designs don't fit on one mug.",
}


@pytest.mark.parametrize(
    ("language", "reply", "contradicts_them"),
    [
        # the thing the excuse is about, named in the fix, is no echo of what was said of it
        ("de", "Wir drucken die Tasse neu, mit allen drei Motiven.", False),
        ("de", "Drei Motive gehen da sehr wohl drauf, wir drucken kostenlos neu.", False),
        ("en", "We'll reprint the mug with all three designs, free of charge.", False),
        # the excuse said again, or "only two" for "three don't", still contradicts
        ("de", "Drei Motive passen leider nicht auf eine Tasse.", True),
        ("de", "Auf eine Tasse passen nun mal nur zwei Motive.", True),
        ("en", "Three designs just don't fit on one mug, I'm afraid.", True),
        ("en", "Only two designs fit on a mug.", True),
        # not our doing: the excuse in other words about the same things
        ("en", "To be fair to him, most customers do struggle to get three designs on one mug.", True),
    ],
)
def test_the_thing_named_is_no_echo(language: str, reply: str, contradicts_them: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, say=MUG[language], expect={"key_points": {"x": ["neu", "reprint"]}})
    assert contradicts(found) is contradicts_them, found


#: The excuse after a fronted time ("im Herbst schneiden Sie ..."): its subject is not "Herbst".
HEDGE = {
    "de": "Die Hecke ist völlig verwildert. Herr Vogt sagt, im Herbst schneiden Sie die Hecke nur einmal, "
    "das stehe so im Pflegevertrag.",
    "en": "The hedge is completely overgrown. Mr Vogt says in autumn you only trim the hedge once, that's "
    "in the care contract.",
}


@pytest.mark.parametrize(
    ("language", "reply", "contradicts_them"),
    [
        # their complaint said with them, in their place
        ("de", "Die Hecke den ganzen Herbst nur einmal geschnitten, da wäre ich auch verärgert.", False),
        ("en", "The hedge trimmed once all autumn, I'd be annoyed too.", False),
        # the place taken, then the excuse after a "but"
        ("de", "Da wäre ich auch verärgert, aber im Herbst schneiden wir die Hecke nur einmal.", True),
        ("en", "I'd be annoyed too, but in autumn we only trim the hedge once.", True),
        ("de", "Im Herbst schneiden wir die Hecke nur einmal, so steht es im Vertrag.", True),
    ],
)
def test_in_their_place_and_a_fronted_time(language: str, reply: str, contradicts_them: bool, resources) -> None:  # noqa: ANN001
    found = penalised(
        language, reply, resources, say=HEDGE[language], expect={"key_points": {"x": ["schneiden", "trim"]}}
    )
    assert contradicts(found) is contradicts_them, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # a shift and the hours at home in one clause: the hour is when they are home, each day of
        # the week said
        ("Heute ist Dienstag. Ich habe diese Woche Spätdienst und bin nur bis 11 Uhr zu Hause.",
         "Wir kommen morgen um 9 Uhr.", False),
        ("Heute ist Dienstag. Ich habe diese Woche Spätdienst und bin nur bis 11 Uhr zu Hause.",
         "Wir kommen am Donnerstag um 15 Uhr.", True),
        ("It's Tuesday. I'm on lates this week and only home till eleven.", "We'll be there tomorrow at nine.", False),
        ("It's Tuesday. I'm on lates this week and only home till eleven.", "We'll be there Thursday at three.", True),
        # away till an hour, then home: the hour ends the absence
        ("Ich bin morgen bis 17 Uhr auf der Arbeit und erst danach zu Hause.", "Wir kommen morgen um 18 Uhr.", False),
        ("Ich bin morgen bis 17 Uhr auf der Arbeit und erst danach zu Hause.", "Wir kommen morgen um 10 Uhr.", True),
    ],
)  # fmt: skip
def test_a_shift_and_the_hours_at_home(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("language", "reply", "no_time"),
    [
        # a clock time before its verb ("Um halb vier steht der Monteur da")
        ("de", "Um halb vier steht der Monteur bei Ihnen vor der Tür.", False),
        ("de", "Gegen drei ruft Sie der Kollege an.", False),
        ("en", "At half three the fitter will be at your door.", False),
        # a number of something is no time
        ("de", "Wir schicken Ihnen 3 Kartons für den Umzug.", True),
        ("de", "Das Paket kostet um 3 Euro mehr.", True),
    ],
)
def test_a_clock_time_before_its_verb(language: str, reply: str, no_time: bool, resources) -> None:  # noqa: ANN001
    say = {"de": "Wann kommt denn endlich jemand?", "en": "When is someone finally coming?"}[language]
    points = {"when": ["morgen", "Montag"] if language == "de" else ["tomorrow", "Monday"]}
    found = penalised(language, reply, resources, mood="annoyed", say=say, expect={"key_points": points})
    assert has(found, "not_listening/missed_point") is no_time, found


@pytest.mark.parametrize(
    ("language", "reply", "sent"),
    [
        # "X, not Y" corrects what was filmed: Y is what they wanted, not someone ruled out
        ("en", "We'll come back and film Gorse Cottage again, at no charge.", False),
        ("de", "Wir kommen wieder und fotografieren Haus Lindenhof noch einmal, kostenlos.", False),
    ],
)
def test_a_correction_is_no_one_ruled_out(language: str, reply: str, sent: bool, resources) -> None:  # noqa: ANN001
    say = {
        "en": "The film you sent me is of the farmhouse next door, not Gorse Cottage. So what now?",
        "de": "Auf den Fotos ist der Hof nebenan, nicht Haus Lindenhof. Und jetzt?",
    }[language]
    found = penalised(language, reply, resources, say=say, expect={"key_points": {"x": ["again", "noch einmal"]}})
    assert has(found, "not_listening/refused_person") is sent, found


def test_someone_asked_not_to_come_again_is_still_ruled_out(resources) -> None:  # noqa: ANN001
    say = "Wer kommt morgen? Bitte nicht wieder Herr Stoll, der war unfreundlich."
    found = penalised("de", "Herr Stoll kommt morgen um 9 Uhr.", resources, say=say)
    assert has(found, "not_listening/refused_person"), found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # a weekday they said, made a date of our own, is our offer ("am Samstag, dem 13.")
        ("Ich arbeite von Montag bis Samstag, ich kann nur sonntags.", "Der Kurs ist am Samstag, dem 13., um 10 Uhr.",
         True),
        ("Ich arbeite von Montag bis Samstag, ich kann nur sonntags.", "Der Kurs ist am Sonntag, dem 14., um 10 Uhr.",
         False),
        ("I work Monday to Saturday, I can only do Sundays.", "The next class is on Saturday the 13th at ten.", True),
        ("I work Monday to Saturday, I can only do Sundays.", "The next class is on Sunday the 14th at ten.", False),
    ],
)  # fmt: skip
def test_a_day_they_said_made_our_date(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


#: A no to an extra, and a need of its own beside it.
NO_AND_NEED = {
    "de": ("Nein danke, das Pflegeset für 15 Euro brauche ich nicht. Gibt es einen Termin am Samstag?",
           {"accept_no": True, "offer_words": ["Pflegeset", "15 Euro"],
            "key_points": {"accept": ["in Ordnung", "gern", "natürlich"], "day": ["Samstag", "samstags"]}}),
    "en": ("No thanks, I don't need the care kit for fifteen pounds. Is there a slot on Saturday?",
           {"accept_no": True, "offer_words": ["care kit", "fifteen pounds"],
            "key_points": {"accept": ["of course", "fine", "no problem"], "day": ["Saturday"]}}),
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "unanswered"),
    [
        # the push is its own fault; the need beside the no, left unanswered, is not listening too
        ("de", "In Ordnung. Aber das Pflegeset lohnt sich wirklich, überlegen Sie es sich.", True),
        ("en", "Of course. The care kit really is worth it though, shall I add it?", True),
        # the push with the need answered: only the push
        ("de", "In Ordnung. Samstag um 10 Uhr geht, und das Pflegeset lohnt sich trotzdem.", False),
        ("en", "Of course. Saturday at ten works, and the care kit is still worth a look.", False),
    ],
)
def test_a_push_that_leaves_a_need_unanswered(language: str, reply: str, unanswered: bool, resources) -> None:  # noqa: ANN001
    say, expect = NO_AND_NEED[language]
    found = penalised(language, reply, resources, mood="calm", say=say, expect=expect)
    assert has(found, "pushed_after_no"), found
    assert has(found, "not_listening/missed_point") is unanswered, found


@pytest.mark.parametrize(
    ("language", "reply", "hollow"),
    [
        # sorry for a feeling named (shame, unease) takes it up; sorry for "feeling so" does not
        ("de", "Es tut mir wirklich leid, dass Sie sich vor allen so unwohl gefühlt haben.", False),
        ("de", "Es tut mir leid, dass Sie sich vor allen so geschämt haben.", False),
        ("en", "I'm so sorry you felt that uncomfortable in front of everyone.", False),
        ("de", "Es tut mir leid, dass Sie das so empfinden.", True),
        ("en", "I'm sorry you feel that way.", True),
    ],
)
def test_sorry_for_a_feeling_named(language: str, reply: str, hollow: bool, resources) -> None:  # noqa: ANN001
    say = {
        "de": "Der Kursleiter hat mich vor allen bloßgestellt. Ich habe mich so geschämt.",
        "en": "The instructor showed me up in front of everyone. I was so embarrassed.",
    }[language]
    found = penalised(language, reply, resources, mood="sad", say=say)
    assert has(found, "not_listening") is hollow, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # the visit's time, with a call in the other part of the clause, is still a visit
        ("Unser Lager ist nur bis 15 Uhr besetzt.", "Der Fahrer kommt um 16 Uhr vorbei und ruft Sie vorher an.", True),
        ("Unser Lager ist nur bis 15 Uhr besetzt.", "Der Fahrer ruft Sie um 16 Uhr an.", False),
        ("Our office is only open till three.", "The van comes by at four and we'll ring you before.", True),
        # British clock times with a fraction
        ("It's Monday. I'm only in till twelve tomorrow.", "We'll drop it off tomorrow at half twelve.", True),
        ("It's Monday. I'm only in till twelve tomorrow.", "We'll drop it off tomorrow at half ten.", False),
        ("It's Monday. I'm only in till twelve tomorrow.", "We'll drop it off tomorrow at quarter past twelve.", True),
        ("It's Monday. I'm only in till twelve tomorrow.", "We'll drop it off tomorrow at quarter to twelve.", False),
        # out for an hour in the middle of the day
        ("I'm at the workshop from eight till six, but I'm out between twelve and one.", "The courier comes at 12:15.",
         True),
        ("I'm at the workshop from eight till six, but I'm out between twelve and one.", "The courier comes at two.",
         False),
        ("Ich bin von acht bis sechs in der Werkstatt, aber zwischen zwölf und eins bin ich weg.",
         "Der Kurier kommt um halb eins.", True),
        ("Ich bin von acht bis sechs in der Werkstatt, aber zwischen zwölf und eins bin ich weg.",
         "Der Kurier kommt um 14 Uhr.", False),
        # a shift said as "the early shift"
        ("It's Thursday. I'm on the early shift all week, six in the morning till two.", "Tomorrow at ten.", True),
        ("It's Thursday. I'm on the early shift all week, six in the morning till two.", "Tomorrow at four.", False),
        ("Heute ist Montag. Ich habe diese Woche Nachtschicht und schlafe bis 14 Uhr.", "Morgen um 10 Uhr.", True),
        ("Heute ist Montag. Ich habe diese Woche Nachtschicht und schlafe bis 14 Uhr.", "Morgen um 16 Uhr.", False),
    ],
)  # fmt: skip
def test_calls_fractions_breaks_and_shifts(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


#: The customer's event, and the trainer's fact that asks for it as a deadline ("bis wann brauchen
#: Sie"): our visit must come before it.
EVENT = {
    "de": ("Heute ist Montag. Am Donnerstag um 10 Uhr kommt unser wichtigster Gast.",
           {"event": {"value": "Donnerstag um 10 Uhr", "ask": ["wann kommt der Gast", "bis wann brauchen Sie"]}}),
    "en": ("It's Monday. Our most important guest arrives on Thursday at ten.",
           {"event": {"value": "Thursday at ten", "ask": ["when does the guest arrive", "when do you need it"]}}),
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "late", "how_long"),
    [
        ("de", "Unser Gärtner kommt am Donnerstag um 11 Uhr.", True, False),
        ("de", "Unser Gärtner kommt am Mittwoch um 9 Uhr.", False, False),
        ("en", "Our gardener will come on Friday morning.", True, False),
        ("en", "Our gardener will come on Tuesday at nine.", False, False),
        # a count of days before the event is no count from today; one from today still is
        ("de", "Die Lieferung ist für Dienstag, 14 Uhr, eingeplant, zwei Tage vor Ihrem Gast.", False, False),
        ("de", "Das dauert leider drei bis vier Wochen.", True, False),
        ("en", "It's booked for Tuesday at two, two days before your guest arrives.", False, False),
        # "bis wann sind Sie da" asks how long they are there: no deadline
        ("de", "Unser Gärtner kommt am Donnerstag um 11 Uhr.", False, True),
    ],
)
def test_a_deadline_the_trainer_declared(language: str, reply: str, late: bool, how_long: bool, resources) -> None:  # noqa: ANN001
    say, facts = EVENT[language]
    if how_long:
        facts = {"event": {"value": facts["event"]["value"], "ask": ["bis wann sind Sie da"]}}
    found = penalised(language, reply, resources, mood="calm", say=say, facts=facts)
    assert has(found, "not_listening/time_conflict") is late, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # a part of the day at home, set against another part spent otherwise: the only window
        ("Vormittags bin ich zu Hause, nachmittags bin ich bei meiner Mutter.", "Wir kommen Freitag um 15 Uhr.", True),
        ("Vormittags bin ich zu Hause, nachmittags bin ich bei meiner Mutter.", "Wir kommen Freitag um 9 Uhr.", False),
        ("Vormittags bin ich zu Hause, nachmittags auch.", "Wir kommen Freitag um 15 Uhr.", False),
        ("In the mornings I'm home, in the afternoons I'm at the allotment.", "We'll come Friday at three.", True),
        ("In the mornings I'm home, in the afternoons I'm at the allotment.", "We'll come Friday at ten.", False),
        # a deadline named as one ("Frist", "deadline"), not the day today is
        ("Heute ist Dienstag, und die Frist beim Amt endet am Freitag um 12 Uhr.", "Sie bekommen es Freitag um 14 Uhr.",
         True),
        ("Heute ist Dienstag, und die Frist beim Amt endet am Freitag um 12 Uhr.", "Sie bekommen es am Donnerstag.",
         False),
        ("It's Tuesday and the council's deadline is Friday at noon.", "You'll have it on Thursday.", False),
        ("It's Tuesday and the council's deadline is Friday at noon.", "You'll have it on Monday.", True),
    ],
)  # fmt: skip
def test_a_part_of_the_day_at_home_and_named_deadlines(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


#: The customer wants their hedge replaced; the point is the replacement.
HEDGE_DEAD = {
    "de": "Die neue Hecke ist nach drei Wochen vertrocknet, keiner hat gegossen. Ich will, dass Sie sie ersetzen.",
    "en": "The new hedge dried out after three weeks, nobody watered it. I want you to replace it.",
}


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # passed on to a colleague, with who they are, is still only passing it on
        ("de", "Ich verstehe Ihren Ärger. Ich gebe das an Frau Adler weiter, sie plant die Touren.", True),
        ("en", "I'm sorry. I'll pass this on to Dave, he does the rota.", True),
        # the colleague's clause that promises the fix itself is more than that
        ("de", "Ich verstehe Ihren Ärger. Ich gebe das an Frau Adler weiter, sie ersetzt die Hecke nächste Woche.",
         False),
        # an own step after the handover ("die Fotos hänge ich gleich mit an") is more than passing on
        ("de", "Das tut mir leid. Ich leite das an unsere Versicherung weiter, die Fotos hänge ich gleich mit an.",
         False),
        # first asking someone else whether the point is possible leaves it open
        ("en", "You're right. I'll have to check with my manager whether we can replace it.", True),
        ("de", "Sie haben recht. Ich muss erst mit meinem Chef klären, ob wir die Hecke ersetzen.", True),
        ("en", "You're right, we'll replace it. I just need to check with the gardener which day suits.", False),
    ],
)  # fmt: skip
def test_a_handover_with_who_and_a_check_whether(language: str, reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    points = {"replace": ["ersetzen", "neue Hecke"] if language == "de" else ["replace", "new hedge"]}
    found = penalised(language, reply, resources, say=HEDGE_DEAD[language], expect={"key_points": points})
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # the closest thing to the point is the phrase to avoid itself: no sign of the point
        ("de", "Risse kommen vom Runterfallen, dafür müssen Sie leider zahlen.", True),
        ("en", "Cracks come from dropping it, so you'll have to pay for that, I'm afraid.", True),
        # an argument, then only a look promised ("schauen es uns aber gern an")
        ("de", "Risse kommen vom Runterfallen. Wir schauen es uns aber gern an.", True),
        # the point in other words after all
        ("de", "Das tut mir leid. Wir reparieren den Riss, und zwar ohne Kosten für Sie.", False),
        ("en", "I'm sorry. We'll repair the crack and you won't pay a penny.", False),
    ],
)
def test_the_closest_thing_is_the_argument(language: str, reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    say = {
        "de": "Das Leihcello hat einen Riss, und das ist nicht meine Schuld. Ich zahle dafür nichts!",
        "en": "The rental cello has a crack, and it's not my fault. I'm not paying for it!",
    }[language]
    expect = {
        "key_points": {"no_cost": ["kostenlos", "ohne Kosten"] if language == "de" else ["free", "no cost"]},
        "avoid": ["müssen Sie zahlen", "Runterfallen"] if language == "de" else ["you'll have to pay", "dropping it"],
    }
    found = penalised(language, reply, resources, say=say, expect=expect)
    assert has(found, "not_listening/missed_point") is missed, found


#: An annoyed no to an extra a colleague already pushed.
PUSHED_NO = {
    "de": ("Und nein, den Filter für 90 Euro will ich nicht, den hat mir Ihr Kollege auch schon angeboten. Das "
           "ärgert mich wirklich.", {"accept_no": True, "offer_words": ["Filter", "90 Euro"]}),
    "en": ("And no, I don't want the filter for ninety pounds, your colleague already offered it. It really annoys "
           "me.", {"accept_no": True, "offer_words": ["filter", "ninety pounds"]}),
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "feeling_too"),
    [
        # the no granted in words, then pushed: the push is the one fault
        ("de", "Natürlich. Der Filter lohnt sich aber trotzdem, denken Sie noch mal drüber nach.", False),
        ("en", "Of course. The filter really is worth considering, though.", False),
        # no grant at all before the push: the annoyance went unanswered as well
        ("de", "Der Filter lohnt sich aber wirklich, denken Sie noch mal drüber nach.", True),
        ("en", "The filter really is worth considering, though.", True),
    ],
)
def test_a_no_granted_then_pushed_is_one_fault(language: str, reply: str, feeling_too: bool, resources) -> None:  # noqa: ANN001
    say, expect = PUSHED_NO[language]
    found = penalised(language, reply, resources, mood="annoyed", say=say, expect=expect)
    assert has(found, "pushed_after_no"), found
    assert has(found, "not_listening/ignored_emotion") is feeling_too, found


@pytest.mark.parametrize(
    ("language", "reply", "owned"),
    [
        # a point about owning the fault, beside one about sorry, is not met by sorry alone
        ("de", "Das tut mir leid, Frau Dreyer.", False),
        ("en", "I'm so sorry, Ms Dreyer.", False),
        ("de", "Das tut mir leid, das war unser Fehler.", True),
        ("de", "Es tut mir leid, da ist bei uns etwas schiefgelaufen.", True),
        ("en", "I'm sorry, that one's on us.", True),
        ("en", "I'm sorry, that was our mistake.", True),
    ],
)
def test_owning_the_fault_is_more_than_sorry(language: str, reply: str, owned: bool, resources) -> None:  # noqa: ANN001
    say = {
        "de": "Ihr Fahrer kam drei Stunden zu spät, meine Prüfung war vorbei!",
        "en": "Your driver came three hours late, my exam was over!",
    }[language]
    points = {
        "apology": ["tut mir leid", "Entschuldigung"] if language == "de" else ["sorry", "apologise"],
        "fault": ["unser Fehler", "unsere Schuld"] if language == "de" else ["our mistake", "our fault"],
    }
    sc = scenario(language, theme="complaint", mood="angry", say=say, expect={"key_points": points})
    result = judge_text(sc, "t1", reply, resources=resources)
    missed = {f.evidence.get("point") for f in result.findings if f.evidence.get("reason") == "missed_point"}
    assert ("fault" not in missed) is owned, missed


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # "I work till six every day": away up to six on each working day
        ("It's Tuesday. I work till six every day.", "You can collect them on Friday at 4 pm.", True),
        ("It's Tuesday. I work till six every day.", "You can collect them on Friday at 7 pm.", False),
        # on weekdays only: the weekend stays open
        ("I work until five on weekdays.", "We'll come Saturday at ten.", False),
        ("I work until five on weekdays.", "We'll come Tuesday at ten.", True),
    ],
)
def test_working_till_an_hour(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # a price cut for a point of no cost is part of the remedy, not it
        ("en", "I'm sorry. We can redo the prints at half price.", True),
        ("de", "Das tut mir leid. Die Drucke machen wir Ihnen zum halben Preis neu.", True),
        ("de", "Das tut mir leid. Neue Drucke bekommen Sie mit 20 % Rabatt.", True),
        # free after all, in other words
        ("en", "I'm sorry. We'll redo the prints and you won't pay a thing.", False),
        ("de", "Das tut mir leid. Die Drucke machen wir neu, Sie zahlen dafür nichts.", False),
    ],
)
def test_a_price_cut_is_not_free(language: str, reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    say = {
        "de": "Auf allen Drucken ist der Name falsch geschrieben, und das war Ihr Fehler!",
        "en": "Every print has the name spelt wrong, and that was your mistake!",
    }[language]
    points = {"free": ["kostenlos", "ohne Kosten"] if language == "de" else ["free of charge", "no charge"]}
    found = penalised(language, reply, resources, say=say, expect={"key_points": points})
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # a clock time after a part of the day in the same sentence is in that part
        ("Ich bin erst ab 18 Uhr zu Hause.", "Der Fahrer kommt heute Abend auf seiner Tour vorbei, so gegen halb acht.",
         False),
        ("Ich bin nur vormittags zu Hause.", "Der Fahrer kommt heute Abend auf seiner Tour vorbei, so gegen halb acht.",
         True),
        ("I'm only home after six.", "The driver comes by tomorrow evening on his round, at about half seven.", False),
    ],
)  # fmt: skip
def test_a_clock_time_in_the_part_of_the_day_said(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # days of the month said with their months compare by month
        ("Bitte erst nach der Reha, also nicht vor dem 15. Juni.", "Am Sonntag, dem 6. Juli, geht es.", False),
        ("Bitte erst nach der Reha, also nicht vor dem 15. Juni.", "Am Sonntag, dem 8. Juni, geht es.", True),
        ("Not before the 15th of June, please.", "We could do the 6th of July.", False),
        ("I need it by the 3rd of May.", "You'll have it on the 28th of April.", False),
        ("I need it by the 3rd of May.", "You'll have it on the 5th of May.", True),
    ],
)
def test_days_of_the_month_with_their_months(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("language", "say", "reply", "against"),
    [
        # a parcel goes by post: a place that takes no parcels rules the post out
        ("de", "Der Hafen nimmt keine Pakete an.", "Wir schicken Ihnen das Segel per Post an den Hafen.", True),
        ("de", "Der Hafen nimmt keine Pakete an.", "Wir bringen Ihnen das Segel am Donnerstag selbst vorbei.", False),
        ("en", "The marina doesn't take parcels.", "We'll send the sail by post on Thursday.", True),
        ("en", "The marina doesn't take parcels.", "Our driver will bring the sail round on Thursday.", False),
        # a parcel that never came rules nothing out
        ("de", "Das Paket ist nie angekommen.", "Wir schicken es noch einmal per Post, diesmal versichert.", False),
    ],
)
def test_no_parcels_rules_out_the_post(language: str, say: str, reply: str, against: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, mood="calm", say=say)
    assert has(found, "not_listening/refused_means") is against, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # what we deliver, had by the customer, is our time; "spätestens" is our latest day
        ("Heute ist Dienstag. Bis Donnerstag brauche ich das Original.", "Dann haben Sie es spätestens am Freitag.",
         True),
        ("Heute ist Dienstag. Bis Donnerstag brauche ich das Original.", "Dann haben Sie es spätestens am Mittwoch.",
         False),
        ("Heute ist Dienstag. Bis Donnerstag brauche ich das Original.", "Sie haben es am Freitag.", True),
        # their own day off said back is no offer
        ("Ich bin nur Freitag zu Hause.", "Sie haben am Montag frei, oder?", False),
        # a word in writing needs nobody at home; the thing itself does
        ("Heute ist Montag. Meine Tochter kann nur am Mittwoch ab 16 Uhr.",
         "Mittwoch ab vier ist jemand da, und Sie haben es morgen schwarz auf weiß.", False),
        ("Heute ist Montag. Ich bin nur am Mittwoch zu Hause.", "Sie haben das Paket morgen.", True),
    ],
)  # fmt: skip
def test_what_they_will_have_and_our_latest_day(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # German "am" after a clock time is the day's, not a.m.
        ("Ich kann die Fahne nur am Freitag nach 15 Uhr holen.", "Ab halb vier am Freitag liegt sie bereit.", False),
        ("Ich kann die Fahne nur am Freitag nach 15 Uhr holen.", "Um zwei am Freitag liegt sie bereit.", True),
        ("I'm only home after 3 pm.", "We'll come at 9 am on Friday.", True),
        # "sieben Uhr" said in words may be the evening; "7 Uhr" in digits is the morning
        ("Ich bin werktags erst ab 18 Uhr zu Hause.", "Wir holen die Anlage am Mittwoch gegen sieben Uhr ab.", False),
        ("Ich bin werktags erst ab 18 Uhr zu Hause.", "Wir holen die Anlage am Mittwoch um 7 Uhr ab.", True),
    ],
)  # fmt: skip
def test_am_and_a_clock_said_in_words(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("language", "say", "reply", "conflict"),
    [
        # brought to the place they are away at
        ("de", "Ich bin bis 17 Uhr auf der Baustelle.", "Unser Fahrer bringt Ihnen den Plan um 15 Uhr auf die Baustelle.",
         False),
        ("de", "Ich bin bis 17 Uhr auf der Baustelle.", "Unser Fahrer bringt Ihnen den Plan um 15 Uhr nach Hause.", True),
        ("en", "I'm at the office till five every day.", "Our courier will bring it to your office on Wednesday at three.",
         False),
        ("en", "I'm at the office till five every day.", "Our courier will bring it to your house on Wednesday at three.",
         True),
    ],
)  # fmt: skip
def test_brought_to_where_they_are(language: str, say: str, reply: str, conflict: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, mood="calm", say=say)
    assert has(found, "not_listening/time_conflict") is conflict, found


@pytest.mark.parametrize(
    ("say", "reply", "conflict"),
    [
        # "work" is no place: "Would Thursday morning at 10 work?" for "I work till half four"
        ("I can come on Thursday after 5. I work till half four.", "Would Thursday morning at 10 work?", True),
        # a place they are at besides, not the one of their absence
        ("I'm at my studio from eight till six, but I'm out between twelve and one.",
         "The courier will drop them at your studio tomorrow at half twelve.", True),
        # an hour with no day named is today's, not Thursday's
        ("It's Tuesday. I work from home on Wednesday; Thursday I'm in the office till six.",
         "Let's do it while you're working from home tomorrow: the fitter will be with you at half nine.", False),
    ],
)  # fmt: skip
def test_places_and_hours_without_a_day(say: str, reply: str, conflict: bool, resources) -> None:  # noqa: ANN001
    found = penalised("en", reply, resources, mood="calm", say=say)
    assert has(found, "not_listening/time_conflict") is conflict, found


@pytest.mark.parametrize(
    ("language", "reply", "blamed"),
    [
        # one slip said of ours as a body: the company owning it
        ("de", "Das haben unsere Monteure verbockt, Entschuldigung. Wir richten die Markise kostenlos.", False),
        ("en", "Our fitters messed up there, sorry. We'll straighten it free of charge.", False),
        # a habit, or one person named: running a colleague down
        ("de", "Unser Monteur hat mal wieder geschlampt. Wir richten die Markise kostenlos.", True),
        ("de", "Herr Kessler hat das verbockt. Wir richten die Markise kostenlos.", True),
    ],
)
def test_our_crew_owning_a_slip(language: str, reply: str, blamed: bool, resources) -> None:  # noqa: ANN001
    say = {
        "de": "Die Markise hängt schief, und Herr Kessler sagt, ich hätte sie falsch bedient!",
        "en": "The awning hangs crooked, and Mr Kessler says I used it wrong!",
    }[language]
    found = penalised(language, reply, resources, say=say, expect={"key_points": {"x": ["kostenlos", "free"]}})
    assert contradicts(found) is blamed, found
