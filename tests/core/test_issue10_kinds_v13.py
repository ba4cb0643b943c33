"""Issue 10, kinds found in the false alarms of the fitted set v13: good replies called faults.

Each was a confidently wrong verdict on a reply a coach would praise: asking for the phone number
"to reach" someone was a re-ask of the customer number; withdrawing our own offer ("Vergessen Sie
das Angebot") was "you forgot"; "Nein, sehe ich nicht anders" (agreeing) was dissent; "a walk that
never happened" (their account, described) was a denial; "That sounds exhausting" did not take
the feeling up; "in three to five days" pushed the refused offer of "£3".

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from tests.helpers.content_judge import contradicts, has, ignored, penalised
from tests.helpers.timelines import scenario
from voicecoach.core.scenario import Scenario
from voicecoach.core.typed import judge_text
from voicecoach.i18n import finding_text_in

NUMBER = {
    "de": {
        "say": "Kundennummer 52 07 19. Der Heizungsmonteur sollte gestern zu meinem Vater, niemand kam!",
        "emotion": "angry",
        "facts": {"customer_number": {"value": "52 07 19", "ask": ["Kundennummer", "welche Nummer"]}},
    },
    "en": {
        "say": "Account 52 07 19. The fitter was due at my dad's yesterday and nobody came!",
        "emotion": "angry",
        "facts": {"account": {"value": "52 07 19", "ask": ["account number", "which number"]}},
    },
}
PHONE = {
    "de": {
        "say": "Meine Handynummer ist 0171 223344. Der Monteur kam gestern nicht!",
        "emotion": "angry",
        "facts": {"phone": {"value": "0171 223344", "ask": ["Handynummer", "welche Nummer"]}},
    },
    "en": {
        "say": "My mobile is 07700 900123. The fitter didn't come yesterday!",
        "emotion": "angry",
        "facts": {"phone": {"value": "07700 900123", "ask": ["mobile number", "which number"]}},
    },
}


@pytest.mark.parametrize(
    ("language", "step", "reply", "reasked"),
    [
        # the number "to reach" someone is a phone number, not the customer number they gave
        (
            "de",
            NUMBER,
            "Das tut mir leid. Heute fährt ein Monteur zu Ihrem Vater. Unter welcher Nummer erreicht er ihn?",
            False,
        ),
        ("en", NUMBER, "I'm sorry. A fitter goes to your dad today. Which number is best to call him on?", False),
        # the customer number itself asked again stays a re-ask
        ("de", NUMBER, "Das tut mir leid. Welche Nummer haben Sie bei uns?", True),
        ("en", NUMBER, "I'm sorry. Which number is your account?", True),
        # when the fact is the phone, asking how to reach them asks for it again
        ("de", PHONE, "Das tut mir leid. Unter welcher Nummer erreiche ich Sie?", True),
        ("en", PHONE, "I'm sorry. Which number can I reach you on?", True),
    ],
)
def test_a_number_to_reach_someone_is_the_phone(
    language: str,
    step: dict,
    reply: str,
    reasked: bool,
    resources,  # noqa: ANN001
) -> None:
    found = penalised(language, reply, resources, **step[language])
    assert has(found, "not_listening/reasked") is reasked, found


COMPLAINT = {
    "de": {"say": "Seit drei Wochen warte ich auf die Reparatur, und jetzt wollen Sie mir noch was verkaufen!"},
    "en": {"say": "I've waited three weeks for the repair, and now you want to sell me something!"},
}


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # withdrawing our own offer is a request, not "you forgot"
        (
            "de",
            "Sie haben recht, entschuldigen Sie. Vergessen Sie das Angebot. Der Techniker kommt morgen um 8.",
            False,
        ),
        ("de", "Verzeihung, das war unpassend. Vergessen Sie bitte den Rabatt, morgen um 8 repariert er das.", False),
        # their own forgetting, said to them, stays a reproach
        ("de", "Sie haben den Termin wohl vergessen, Herr Keller.", True),
        # agreeing with a negated "otherwise" is no dissent
        ("de", "Nein, sehe ich nicht anders. Morgen um 8 ist der Techniker bei Ihnen.", False),
        ("en", "No, I don't see it any differently. The technician is with you tomorrow at 8.", False),
        ("de", "Das sehe ich anders, drei Wochen sind bei Ersatzteilen normal.", True),
        # the customer's account described ("that never happened") is no denial
        ("en", "You're right, I'm sorry. A repair that never happened is a failure on our side. Tomorrow at 8.", False),
        ("en", "Sorry, but that never happens with our engineers.", True),
    ],
)
def test_good_replies_read_as_reproach(language: str, reply: str, contradiction: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, mood="angry", emotion="angry", **COMPLAINT[language])
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("en", "That sounds exhausting, Mrs Keller. The technician is with you tomorrow at 8."),
        ("en", "Three weeks of that must have been draining. The technician is with you tomorrow at 8."),
        ("de", "Das klingt zermürbend, Frau Keller. Morgen um 8 ist der Techniker bei Ihnen."),
        ("de", "Drei Wochen, das ist erschöpfend. Morgen um 8 ist der Techniker bei Ihnen."),
    ],
)
def test_worn_down_takes_the_feeling_up(language: str, reply: str, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, mood="angry", emotion="angry", **COMPLAINT[language])
    assert not ignored(found), found


DECLINED = {
    "de": {
        "say": "Nein, die Garantieverlängerung für 3 Euro im Monat will ich nicht. Ich will mein Geld zurück.",
        "emotion": "annoyed",
        "expect": {"accept_no": True, "offer_words": ["Garantieverlängerung", "3 Euro"]},
    },
    "en": {
        "say": "No, I don't want the extended warranty for £3 a month. I want my money back.",
        "emotion": "annoyed",
        "expect": {"accept_no": True, "offer_words": ["extended warranty", "£3"]},
    },
}


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # a number said of something else is not the offer's price
        ("de", "Verstanden. Sie haben die 40 Euro in drei bis fünf Tagen auf dem Konto.", False),
        ("en", "Understood. You'll have the forty pounds back in three to five days.", False),
        # the price said as money is the offer pushed again
        ("de", "Verstanden. Aber für 3 Euro im Monat wären Sie abgesichert.", True),
        ("en", "Understood. But for three pounds a month you'd be covered.", True),
    ],
)
def test_the_offers_price_needs_its_currency(language: str, reply: str, pushed: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **DECLINED[language])
    assert has(found, "pushed_after_no") is pushed, found


# --------------------------------------------------------------------------- misses of v13 (contradiction)

FITTER = {
    "de": {"say": "Herr Kowalski hat die Fliesen verlegt, und jetzt wackeln drei davon. Er sagt, das setzt sich noch!"},
    "en": {"say": "Your fitter, Mr Doyle, laid the tiles and three of them wobble. He says they'll settle!"},
}


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # the one the customer blames said to be right, or the best we have: defending him
        ("de", "Das verstehe ich. Herr Kowalski hat aber recht, neue Fliesen setzen sich noch.", True),
        ("en", "I understand. Mr Doyle was right, though, new tiles do settle.", True),
        ("en", "I'm sorry. Doyle is one of our most careful fitters, honestly.", True),
        ("de", "Das tut mir leid. Herr Kowalski ist allerdings unser gründlichster Fliesenleger.", True),
        # the customer said to be right, the fitter said to be wrong, or his name in passing: no defence
        ("de", "Da haben Sie recht, Herr Kowalski hatte nicht recht. Morgen um 8 verlegen wir die drei neu.", False),
        ("en", "I'm sorry. I'll look into Mr Doyle's job right now and call you back by 5.", False),
        # what the customer had better have done, said as a statement, blames them
        ("de", "Das tut mir leid. Allerdings hätten Sie die Fliesen besser zwei Tage geschont.", True),
        ("en", "I'm sorry, but you'd have been better off waiting a week before walking on them.", True),
        # a wish asked for is no blame
        ("de", "Das tut mir leid. Hätten Sie den neuen Termin lieber am Montag?", False),
        # "these things happen with ..." calls the trouble an everyday thing
        ("en", "Sorry about that, these things happen with new tiles.", True),
        ("de", "Tut mir leid, so was passiert halt bei neuen Fliesen.", True),
        ("de", "Das kommt leider vor bei neuen Fliesen.", True),
        ("de", "Das tut mir leid. Das Material kommt vor Freitag mit der Spedition.", False),
        ("en", "I'm so sorry this happened. I'll send Mr Doyle back tomorrow at 8.", False),
    ],
)
def test_the_one_blamed_defended(language: str, reply: str, contradiction: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, mood="angry", emotion="angry", **FITTER[language])
    assert contradicts(found) is contradiction, found


def _three_turns(language: str) -> Scenario:
    """Turn 1 puts the fault on us; turn 3 only asks when the customer will know."""

    de = language == "de"
    say = (
        ["Ihre Leute haben beim Räumen die Kiste mit den Fotos mitgenommen!", "Und wo ist sie?", "Wann weiß ich was?"]
        if de
        else ["Your crew took the box of photos when they cleared the flat!", "So where is it?", "When will I know?"]
    )
    return Scenario.model_validate(
        {
            "id": f"earlier-blame-{language}",
            "title": "Test",
            "language": language,
            "theme": "complaint",
            "brief": {"situation": "A test.", "goal": "Pass."},
            "persona": {"name": "Frau Keller" if de else "Mrs Keller", "mood": "annoyed"},
            "turns": [{"id": f"t{i + 1}", "say": line, "emotion": "annoyed"} for i, line in enumerate(say)],
        }
    )


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        ("de", "Morgen um 10 rufe ich Sie an. Wenn die Kiste weg ist, ist das aber kein Versäumnis von uns.", True),
        ("en", "I'll call you tomorrow at 10. If the box is gone, that isn't really our fault, though.", True),
        ("de", "Morgen um 10 rufe ich Sie an, und das war ganz klar unser Versäumnis.", False),
    ],
)
def test_the_fault_put_on_us_earlier_still_stands(language: str, reply: str, contradiction: bool, resources) -> None:  # noqa: ANN001

    result = judge_text(_three_turns(language), "t3", reply, resources=resources)
    found = [f for f in result.findings if f.kind == "contradiction" and f.penalty > 0]
    assert bool(found) is contradiction, [(f.kind, f.evidence.get("said")) for f in result.findings]


POINT = {
    "de": {
        "say": "Die Heizung ist seit Freitag kalt, und der Monteur kam nicht!",
        "emotion": "angry",
        "expect": {"key_points": {"visit": ["Techniker schicken", "kommt heute", "vorbeikommen"]}},
    },
    "en": {
        "say": "The heating has been cold since Friday, and the engineer never came!",
        "emotion": "angry",
        "expect": {"key_points": {"visit": ["send an engineer", "comes today", "come round"]}},
    },
}


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # taking note ("Gut", "Right") and passing it on says nothing about the matter
        ("de", "Gut, ich gebe das an Herrn Jankowski weiter, er meldet sich dann bei Ihnen.", True),
        ("en", "Right. I'll pass this to the service manager and he'll be in touch.", True),
        ("en", "Okay. I'll forward this to our complaints inbox and someone will be in touch.", True),
        # a time for the matter itself is more than a handover
        ("de", "Gut, ich gebe das weiter, morgen um 10 kommt der Monteur vorbei.", False),
    ],
)
def test_taking_note_then_a_handover(language: str, reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **POINT[language])
    assert ("not_listening/missed_point" in found) is missed, found


COSTS = {
    "de": {
        "say": "Und wer zahlt jetzt die Reparatur? Ich zahle für Ihren Pfusch keinen Cent!",
        "emotion": "angry",
        "expect": {"key_points": {"costs": ["zahlen nichts", "übernehmen wir", "kostenlos"]}},
    },
    "en": {
        "say": "So who pays for the repair? I'm not paying a penny for your botch!",
        "emotion": "angry",
        "expect": {"key_points": {"costs": ["you won't pay", "we'll cover", "free of charge"]}},
    },
}


@pytest.mark.parametrize(
    ("language", "reply", "deferred"),
    [
        # the customer's question left open: the point is surely missed, whatever its words
        ("de", "Das verstehe ich. Ob wir die Kosten übernehmen, entscheidet der Gutachter.", True),
        ("de", "Das verstehe ich. Wer das zahlt, hängt davon ab, was der Gutachter feststellt.", True),
        ("de", "Das verstehe ich. Ob wir das übernehmen, hängt vom Gutachten ab.", True),
        ("en", "I hear you. Whether we cover it depends on what the surveyor finds.", True),
        ("en", "I'm sorry. I can't say yet who pays, let's see what the report says.", True),
        # the open part with our own step and a time, or the answer itself: no deferral
        ("de", "Das verstehe ich. Ob der Gutachter kommt, hängt vom Wetter ab, aber Sie zahlen nichts.", False),
        ("en", "I'm sorry. It depends on the part, but either way we'll cover it.", False),
    ],
)
def test_a_question_left_open(language: str, reply: str, deferred: bool, resources) -> None:  # noqa: ANN001

    result = judge_text(
        scenario(language, theme="service", mood="angry", **COSTS[language]), "t1", reply, resources=resources
    )
    found = [f for f in result.findings if f.evidence.get("reason") == "missed_point" and f.penalty > 0]
    assert bool(found) is deferred, [(f.kind, f.evidence) for f in result.findings]
    if deferred:
        assert found[0].evidence.get("refused"), found[0].evidence
        assert ("offen gelassen" if language == "de" else "left the question open") in found[0].message


@pytest.mark.parametrize(
    ("language", "reply", "excuse"),
    [
        ("en", "I'm sorry. Mr Doyle has been really busy since the storm, we've had calls all week.", True),
        (
            "de",
            "Das tut mir leid. Am Montag war bei uns unglaublich viel los, Herr Kowalski kam nicht hinterher.",
            True,
        ),
        ("de", "Das tut mir leid, bei Ihnen war am Montag sicher viel los. Morgen um 8 kommt Herr Kowalski.", False),
    ],
)
def test_busy_as_an_excuse(language: str, reply: str, excuse: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, mood="angry", emotion="angry", **FITTER[language])
    assert contradicts(found) is excuse, found


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("de", "Das tut mir leid, Frau Keller. Ich sehe, was ich tun kann."),
        ("en", "I'm so sorry, Mrs Keller. I'll see what I can do."),
    ],
)
def test_promising_nothing_misses_the_matter(language: str, reply: str, resources) -> None:  # noqa: ANN001
    assert "not_listening/missed_point" in penalised(language, reply, resources, **POINT[language])


FISH = {
    "de": {
        "say": "Nach Ihrem Service am Dienstag sind vier von sechs Diskusfischen gestorben, der Heizstab war aus!",
        "emotion": "sad",
        "facts": {"losses": {"value": "vier von sechs", "ask": ["wie viele Fische", "wie viele gestorben"]}},
    },
    "en": {
        "say": "After your service on Tuesday four of my six discus died, the heater was unplugged!",
        "emotion": "sad",
        "facts": {"losses": {"value": "four of six", "ask": ["how many fish", "how many died"]}},
    },
}


@pytest.mark.parametrize(
    ("language", "reply", "reasked"),
    [
        ("en", "I'm so sorry. We'll pay for the fish, of course. How many did you say died?", True),
        ("de", "Das tut mir sehr leid. Wir ersetzen die Fische. Wie viele sind gestorben, sagten Sie?", True),
        # the value said back confirms
        ("en", "I'm so sorry. Four of six, did you say? We'll pay for all of them.", False),
    ],
)
def test_asking_what_they_said(language: str, reply: str, reasked: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **FISH[language])
    assert has(found, "not_listening/reasked") is reasked, found


@pytest.mark.parametrize(
    ("language", "reply", "doubt"),
    [
        ("en", "Sorry about that. Did you not get our text on Friday?", True),
        ("de", "Das tut mir leid. Haben Sie unsere SMS vom Freitag denn nicht bekommen?", True),
        # still due ("noch", "yet"), or about something of theirs: no reproach
        ("de", "Das tut mir leid. Haben Sie noch keine Nachricht von uns bekommen? Dann rufe ich gleich an.", False),
        ("en", "I'm so sorry. Did you not get any sleep? We'll be there at 8 tomorrow.", False),
    ],
)
def test_asking_whether_they_missed_our_message(language: str, reply: str, doubt: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, mood="angry", emotion="angry", **COMPLAINT[language])
    assert contradicts(found) is doubt, found


@pytest.mark.parametrize(
    ("scenario_word", "named_de", "named_en"),
    [
        # the scenario's own word for the number: the message must not rename it
        ("Auftragsnummer", "nach einer Angabe gefragt", "asked for a detail"),
        ("Bestellnummer", "nach der Bestellnummer gefragt", "asked for the order number"),
    ],
)
def test_the_reask_message_names_the_fact_as_the_scenario_does(
    scenario_word: str,
    named_de: str,
    named_en: str,
    resources,  # noqa: ANN001
) -> None:

    step = {
        "say": f"Meine {scenario_word} ist 4711, und die Lieferung fehlt!",
        "emotion": "annoyed",
        "facts": {"order_number": {"value": "4711", "ask": [scenario_word, "welche Nummer"]}},
    }
    result = judge_text(
        scenario("de", mood="annoyed", **step),
        "t1",
        f"Das tut mir leid. Wie ist Ihre {scenario_word}?",
        resources=resources,
    )
    reask = next(f for f in result.findings if f.evidence.get("reason") == "reasked")
    assert named_de in reask.message, reask.message
    assert named_en in finding_text_in(reask, "de", "en")[0]


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # someone's fear that "you forgot", said in sympathy, is no reproach of ours
        ("en", "I'm so sorry. Your mum thinking you'd forgotten her birthday, that's awful. Tomorrow at 8.", False),
        (
            "de",
            "Das tut mir leid. Ihre Mutter dachte, Sie hätten sie vergessen, das ist furchtbar. Morgen um 8.",
            False,
        ),
        ("en", "You must have forgotten to confirm the booking.", True),
    ],
)
def test_someones_fear_is_no_reproach(language: str, reply: str, contradiction: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, mood="angry", emotion="angry", **COMPLAINT[language])
    assert contradicts(found) is contradiction, found


CREDIT = {
    "en": {
        "say": "No, I don't want store credit. I want my sixty-five pounds back.",
        "emotion": "annoyed",
        "expect": {"accept_no": True, "offer_words": ["credit", "voucher"]},
    },
    "de": {
        "say": "Nein, keinen Gutschein. Ich will meine 65 Euro zurück.",
        "emotion": "annoyed",
        "expect": {"accept_no": True, "offer_words": ["Gutschein", "Guthaben"]},
    },
}


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # an offer word that is part of another thing ("credit card") is not the offer
        ("en", "Absolutely. I've refunded the sixty-five pounds to your credit card.", False),
        ("en", "Absolutely. But the credit would be worth seventy pounds.", True),
        ("de", "Selbstverständlich. Die 65 Euro gehen auf Ihr Guthaben Konto, nein, auf Ihre Karte zurück.", False),
    ],
)
def test_an_offer_word_inside_another_thing(language: str, reply: str, pushed: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **CREDIT[language])
    assert has(found, "pushed_after_no") is pushed, found


DEPOSIT = {
    "de": {
        "say": "Der Zauberer kam nicht, und jetzt wollen Sie die Anzahlung von 80 Euro behalten? Ich will sie zurück!"
    },
    "en": {"say": "The magician never came, and now you're keeping my £80 deposit? I want it back!"},
}


@pytest.mark.parametrize(
    ("language", "reply", "rules"),
    [
        # a rule set against the request: a contradiction named so
        ("en", "I'm sorry. We don't refund deposits, I'm afraid, it's in the terms.", True),
        ("en", "I understand. Deposits are strictly non-refundable, it's company policy.", True),
        ("de", "Das verstehe ich. Die Anzahlung ist laut AGB nicht erstattungsfähig.", True),
        ("de", "Das tut mir leid. Anzahlungen werden nicht zurückgezahlt, das ist Vorschrift.", True),
        # a rule in the customer's favour, an exception made, or their policy number asked for
        (
            "de",
            "Das tut mir leid. Laut AGB müssen Sie in diesem Fall gar nichts zahlen, die 80 Euro kommen zurück.",
            False,
        ),
        (
            "en",
            "I'm sorry. Our terms say we don't refund deposits, but I'm making an exception: the £80 comes back today.",
            False,
        ),
        ("en", "I'm sorry. You can have the £80 back, that's our policy when we don't turn up.", False),
        ("en", "I'm sorry. What's your policy number", False),
    ],
)
def test_a_rule_set_against_the_request(language: str, reply: str, rules: bool, resources) -> None:  # noqa: ANN001

    sc = scenario(language, theme="service", mood="angry", emotion="angry", **DEPOSIT[language])
    result = judge_text(sc, "t1", reply, resources=resources)
    cited = [f for f in result.findings if f.kind == "contradiction" and f.evidence.get("grammar") == "rules"]
    assert bool(cited) is rules, [(f.kind, f.evidence.get("grammar"), f.evidence.get("said")) for f in result.findings]
    if rules:
        assert ("auf Regeln berufen" if language == "de" else "cited the rules") in cited[0].message


REFUND_POINT = {
    "de": {
        "say": "Der Bus ist ausgefallen, und seit fünf Wochen warte ich auf meine 112 Euro!",
        "emotion": "angry",
        "expect": {"key_points": {"refund": ["erstatten", "zurück", "überweisen"]}},
    },
    "en": {
        "say": "The bus was cancelled and I've waited five weeks for my 112 euros!",
        "emotion": "angry",
        "expect": {"key_points": {"refund": ["refund", "money back", "transfer"]}},
    },
}


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # a bare handover meets no point through the thesaurus ("weiterleiten" ~ "überweisen")
        ("de", "Tut mir leid. Ich leite Ihren Fall an die Kollegen weiter.", True),
        ("en", "I'm sorry. I'll forward your case to my colleagues.", True),
        # the point said besides the handover
        ("de", "Tut mir leid. Ich leite das weiter, und die 112 Euro überweisen wir bis Freitag.", False),
        # a question left open in more words
        ("en", "I'm sorry about the wait. I'll log it and the refunds team will decide.", True),
        ("en", "I'm sorry about the wait. I will decide that right now: the refund goes out today.", False),
        ("de", "Das tut mir leid. Wann das Geld kommt, kann ich Ihnen leider nicht sagen.", True),
    ],
)
def test_a_handover_says_nothing_of_the_matter(language: str, reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **REFUND_POINT[language])
    assert ("not_listening/missed_point" in found) is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "doubt"),
    [
        # a guess at the customer's own mistake
        ("de", "Das ist ärgerlich. Standen Sie vielleicht am falschen Eingang?", True),
        ("de", "Das tut mir leid. Waren Sie seit Montag vielleicht gar nicht zu Hause?", True),
        ("en", "I'm sorry. Could you maybe have booked the wrong date?", True),
        ("en", "Sorry about that. Maybe you didn't notice him, he's quite quick.", True),
        # a question about a step of theirs, or what they have, guesses nothing
        ("de", "Das tut mir leid. Haben Sie vielleicht die Rechnung noch zur Hand?", False),
        ("de", "Das tut mir leid. Haben Sie vielleicht schon mit dem Vermieter gesprochen?", False),
    ],
)
def test_a_guess_at_their_mistake(language: str, reply: str, doubt: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, mood="angry", emotion="angry", **COMPLAINT[language])
    assert contradicts(found) is doubt, found


@pytest.mark.parametrize(
    ("language", "reply", "penalised_feeling"),
    [
        # an exclamation about their news may take the feeling up in words no list names: a doubt
        ("en", "Oh, Mrs Keller, what a clash, after three weeks. The technician comes tomorrow at 8.", False),
        ("de", "Das berührt mich, nach drei Wochen. Morgen um 8 kommt der Techniker.", False),
        ("de", "Wie ärgerlich, dass Sie so lange warten mussten. Morgen um 8 kommt der Techniker.", False),
        # "Wie gesagt" is no exclamation
        ("de", "Wie gesagt, der Techniker kommt morgen um 8.", True),
    ],
)
def test_an_exclamation_is_at_most_a_doubt(language: str, reply: str, penalised_feeling: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, mood="angry", emotion="angry", **COMPLAINT[language])
    assert ignored(found) is penalised_feeling, found


@pytest.mark.parametrize(
    ("language", "reply", "charge"),
    [
        # holding the customer to the charge they dispute
        ("de", "In Ordnung. Die Anfahrtspauschale von 65 Euro müsste ich Ihnen aber berechnen.", True),
        ("de", "Morgen um 8. Die Anfahrt müssen Sie aber leider zahlen.", True),
        ("en", "I hear you. The call-out fee stands, I'm afraid.", True),
        # paying only once it is right, part given, money back, their past payment, a booking that stands
        ("de", "Sie zahlen aber erst, wenn alles passt.", False),
        ("en", "I'm afraid you'll pay for the parts, but the labour is on us.", False),
        ("en", "I'd be furious too. You paid £80 and still got nothing, that's not on.", False),
        ("en", "I can hear how angry you are. Your booking stands, and the magician comes at 3.", False),
    ],
)
def test_the_charge_insisted_on(language: str, reply: str, charge: bool, resources) -> None:  # noqa: ANN001

    sc = scenario(language, theme="service", mood="angry", emotion="angry", **DEPOSIT[language])
    result = judge_text(sc, "t1", reply, resources=resources)
    held = [f for f in result.findings if f.kind == "contradiction" and f.evidence.get("grammar") == "charge"]
    assert bool(held) is charge, [(f.kind, f.evidence.get("grammar"), f.evidence.get("said")) for f in result.findings]


def test_a_title_ends_no_sentence(resources) -> None:  # noqa: ANN001
    # found in tmux: Whisper wrote "Mr. Reed", and the quote began "Reed, we don't refund ..."
    reply = "I'm sorry about that. Mr. Reed, we don't refund deposits, I'm afraid, it's company policy."
    sc = scenario("en", theme="service", mood="angry", emotion="angry", **DEPOSIT["en"])
    result = judge_text(sc, "t1", reply, resources=resources)
    cited = next(f for f in result.findings if f.evidence.get("grammar") == "rules")
    assert cited.evidence["said"].startswith("Mr. Reed, we don't refund"), cited.evidence["said"]
