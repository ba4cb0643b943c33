"""Issue 10, kinds found in the errors of the set v14 (fitted since the fourteenth session).

False alarms on good replies a coach would praise: "you shouldn't have been told that" (our
failure, said to them) was blame; "man hätte Sie fragen müssen" too; "klar, dass da was nicht
stimmt" (agreeing something is wrong) was "you are wrong"; the customer's own account reported
("Wenn Sie sagen, da war nichts geräumt") was a denial; "You're not paying anything more" denied
what the customer had only asked; "das war wirklich nicht der Moment für Verkaufsgespräche"
pushed; "I hear you" after a dash was negated by the clause before it; "Schicken Sie mir Ihre
Fotos" re-asked the photos the customer said they have.

Misses: sympathy and a handover to a named colleague ("der ruft Sie zurück", "I'll let Phil
know"), "you should have had a backup".

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from tests.helpers.content_judge import contradicts, has, ignored, penalised

COMPLAINT = {
    "de": {"say": "Seit sechs Wochen kommt Sand aus dem Brunnen, und Herr Ahrens sagt, das klärt sich von selbst!"},
    "en": {"say": "The recovery came back empty, and Dean says that's everything there was. Unbelievable!"},
}


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # something done to them, said as our failure, is no reproach
        ("en", "I'm sorry, you shouldn't have been told that. I'm pulling up the photos now.", False),
        ("en", "I'm so sorry. You should never have been given that answer. We'll look again today.", False),
        ("de", "Das tut mir leid. Man hätte Sie vorher fragen müssen, das ist bei uns schiefgelaufen.", False),
        # their own omission, said to them, stays a reproach
        ("en", "I'm sorry, that's hard. Honestly, you really should have had a backup.", True),
        ("de", "Tut mir leid. Aber das hätten Sie beim Abgeben sagen müssen.", True),
        ("en", "Sorry. There may have been a crack you hadn't noticed.", True),
        # agreeing that something is wrong is no "you are wrong"
        ("de", "Das tut mir leid. Nach sechs Wochen ist klar, dass da was nicht stimmt. Morgen kommt jemand.", False),
        ("de", "Das tut mir leid, aber da stimmt etwas nicht mit Ihrer Darstellung.", True),
        # the customer's own account, reported, is not denied by the agent
        ("de", "Wenn Sie sagen, da war nichts geräumt, dann nehme ich das ernst. Ich kläre das heute.", False),
        ("en", "If you say the folder was empty, I take that seriously. We'll run it again today.", False),
    ],
)
def test_our_failure_said_to_them_is_no_reproach(language: str, reply: str, contradiction: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, mood="angry", emotion="angry", **COMPLAINT[language])
    assert contradicts(found) is contradiction, found


ASKED = {
    "de": {"say": "Muss ich jetzt noch irgendwas extra zahlen?", "emotion": "annoyed"},
    "en": {"say": "Am I paying anything more for this?", "emotion": "annoyed"},
}


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("en", "I understand. You're not paying anything more, it stays on the original job."),
        ("de", "Das verstehe ich. Nein, Sie zahlen nichts extra, das bleibt beim alten Auftrag."),
    ],
)
def test_answering_their_question_with_no_denies_nothing(language: str, reply: str, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **ASKED[language])
    assert not contradicts(found), found


DECLINED = {
    "de": {
        "say": "Nein, den Liegeplatz mit Entfeuchter will ich nicht. Wer zahlt jetzt die Polster?",
        "emotion": "annoyed",
        "expect": {"accept_no": True, "offer_words": ["Liegeplatz mit Entfeuchter"]},
    },
    "en": {
        "say": "No, I don't want the cleanroom service. Am I paying anything more?",
        "emotion": "annoyed",
        "expect": {"accept_no": True, "offer_words": ["cleanroom"]},
    },
}


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # owning the push is no push
        (
            "de",
            "Sie haben recht, das war wirklich nicht der Moment für Verkaufsgespräche. Die Polster zahlen wir.",
            False,
        ),
        # "really not?" asked presses
        ("de", "Wirklich nicht? Die Polster zahlen wir natürlich.", True),
    ],
)
def test_really_not_presses_only_as_a_question(language: str, reply: str, pushed: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **DECLINED[language])
    assert has(found, "pushed_after_no") is pushed, found


@pytest.mark.parametrize(
    ("reply", "feeling_ignored"),
    [
        # a dash of its own ends the clause: "I hear you" is not negated by "no extra fee"
        ("Okay, no cleanroom, no extra fee – I hear you. It's all at no cost to you.", False),
        ("Okay, no cleanroom, no extra fee. It's all at no cost to you.", True),
    ],
)
def test_a_dash_ends_the_clause(reply: str, feeling_ignored: bool, resources) -> None:  # noqa: ANN001
    found = penalised("en", reply, resources, **DECLINED["en"])
    assert ignored(found) is feeling_ignored, found


PHOTOS = {
    "de": {
        "say": "Die Persenning ist zerrissen. Ich habe Fotos von der Übergabe im Oktober!",
        "emotion": "angry",
        "facts": {"photos": {"value": "Fotos von der Übergabe", "ask": ["haben Sie Fotos", "Fotos"]}},
    },
    "en": {
        "say": "The cover is torn. I have photos from the handover in October!",
        "emotion": "angry",
        "facts": {"photos": {"value": "photos from the handover", "ask": ["do you have photos", "photos"]}},
    },
}


@pytest.mark.parametrize(
    ("language", "reply", "reasked"),
    [
        # asking them to send the thing they said they have is the next step
        ("de", "Das tut mir leid. Schicken Sie mir gern Ihre Fotos per Mail, die lege ich dazu.", False),
        ("en", "I'm sorry. Please email me your photos and I'll add them to the claim.", False),
        # asking whether they have it, after they said so, is asked twice
        ("de", "Das tut mir leid. Haben Sie denn Fotos?", True),
        ("en", "I'm sorry. Do you have photos?", True),
    ],
)
def test_sending_what_they_have_is_no_reask(language: str, reply: str, reasked: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **PHOTOS[language])
    assert ("not_listening/reasked" in found) is reasked, found


POINT = {
    "de": {
        "say": "Seit sechs Wochen Sand im Wasser, und die Pumpe ist zweimal ausgefallen!",
        "emotion": "angry",
        "expect": {"key_points": {"visit": ["Techniker schicken", "kommt morgen", "vorbeikommen"]}},
    },
    "en": {
        "say": "Six weeks of sand in the water, and the pump cut out twice!",
        "emotion": "angry",
        "expect": {"key_points": {"visit": ["send an engineer", "comes tomorrow", "come round"]}},
    },
}


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # sympathy, then the matter passed to a named colleague, says nothing of the matter
        ("de", "Oh, das tut mir leid. Ich notiere mir das und gebe es an Herrn Wendt, der ruft Sie zurück.", True),
        ("de", "Das tut mir sehr leid. Ich gebe das an Herrn Brandt weiter, er soll sich bei Ihnen melden.", True),
        (
            "de",
            "Das tut mir wirklich leid, Frau Keller, das ist echt ärgerlich mit der Pumpe. "
            "Ich gebe das an Herrn Albers weiter, der meldet sich dann bei Ihnen.",
            True,
        ),
        ("en", "That's really upsetting, I'm sorry. I'll let Phil know and he'll call you.", True),
        # a visit with its time is the matter itself
        ("de", "Das tut mir leid. Ich gebe Herrn Wendt Bescheid, er kommt morgen um 8 vorbei.", False),
        ("en", "I'm sorry. I'll let Phil know, and an engineer comes round tomorrow at 8.", False),
    ],
)
def test_sympathy_and_a_named_handover(language: str, reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **POINT[language])
    assert ("not_listening/missed_point" in found) is missed, found


# --------------------------------------------------------------------------- misses of v14 (contradiction)

WENDT = {
    "de": {"say": "Herr Wendt hat die Gravur weggeschliffen und sagt, das ließ sich nicht vermeiden!"},
    "en": {"say": "Jess printed 416 instead of 461 on all three vans, and says I signed it off!"},
}


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # the one blamed said to be right, the verb before the name
        ("de", "Ich verstehe, dass Sie traurig sind. Da hat Herr Wendt schon recht.", True),
        ("de", "Das tut mir leid. Da hat Herr Wendt nicht recht, wir stellen die Gravur wieder her.", False),
        # the trouble played down, fronted, or with "the main thing is"
        ("de", "Also, so schlimm ist das ja nicht, das ist ein kleiner Handgriff.", True),
        ("de", "Aber wissen Sie, das Wichtigste ist doch, dass der Ring jetzt passt.", True),
        ("de", "Das tut mir leid. So schlimm ist das doch nicht?", False),
        ("en", "Sorry about that. It's only two digits swapped, most people will figure it out.", True),
        # "hard to find" is the lane's difficulty, no siding with the customer after "to be fair"
        ("en", "I'm sorry about that. To be fair, the yard is really hard to find.", True),
        ("en", "To be fair, that must be really hard for you.", False),
        # a guess at their own doing
        ("de", "Das tut mir leid. Aber haben Sie die Pumpe vielleicht selbst tiefer gehängt?", True),
        ("de", "Das tut mir leid. Hat Ihr Vater die Schnürung vielleicht zu fest gemacht?", True),
        ("de", "Das tut mir leid. Haben Sie vielleicht Lust, morgen zu uns zu kommen?", False),
        ("de", "Das tut mir leid. Hat Ihr Mann vielleicht noch die Rechnung?", False),
    ],
)
def test_reproach_in_other_forms(language: str, reply: str, contradiction: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, mood="angry", emotion="angry", **WENDT[language])
    assert contradicts(found) is contradiction, found


def test_a_deed_already_done_asked_again_is_a_reask(resources) -> None:  # noqa: ANN001
    """A value that says it was sent ("vet already wrote") is asked twice when asked for again."""
    step = {
        "say": "My vet already wrote to you last week saying it's a new injury!",
        "emotion": "angry",
        "facts": {"vet_letter": {"value": "vet already wrote", "ask": ["ask your vet", "letter from your vet"]}},
    }
    found = penalised("en", "I'm sorry. Could you ask your vet to send us a letter?", resources, **step)
    assert "not_listening/reasked" in found, found


# --------------------------------------------------------------------------- misses of v14 (not_listening)

TWO_QUESTIONS = {
    "de": {
        "say": "Die Leinwand will ich nicht. Wann steht alles, und wer ist heute Nacht mein Ansprechpartner?",
        "emotion": "annoyed",
        "expect": {
            "key_points": {
                "time": ["bis 22 Uhr", "heute Nacht fertig"],
                "contact": ["Ansprechpartner", "meine Nummer", "erreichen Sie mich"],
            }
        },
    },
    "en": {
        "say": "No loaner, thanks. Will it be fixed by Thursday? And who pays for it?",
        "emotion": "annoyed",
        "expect": {"key_points": {"fix_by": ["by Wednesday", "by Thursday"], "pay": ["on us", "no charge", "free"]}},
    },
}


def test_a_yes_no_question_and_a_wh_question_are_two(resources) -> None:  # noqa: ANN001
    """ "Can you fix it by then, and who's paying?" asks two things in one sentence."""
    step = {**TWO_QUESTIONS["en"], "say": "No loaner, thanks. Can you fix the crack by Thursday, and who's paying?"}
    found = penalised("en", "Yes, it'll be ready by Wednesday evening.", resources, **step)
    assert "not_listening/missed_point" in found, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # a short answer to one of two questions, with no word near the other
        ("de", "Verstanden, die Logowand. Bis 22 Uhr ist alles fertig.", True),
        ("en", "Yes, it'll be ready by Wednesday evening.", True),
        # the thing asked about named in a sentence of its own may answer it in other words
        ("de", "Bis 22 Uhr ist alles fertig. Ansonsten Herr Krüger, Tel. 0171 22 33 44.", False),
        ("en", "It'll be ready by Wednesday. And you won't pay for it.", False),
        # both answered
        ("de", "Bis 22 Uhr steht alles, und ich bin heute Nacht Ihr Ansprechpartner.", False),
    ],
)
def test_one_of_two_questions_answered(language: str, reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **TWO_QUESTIONS[language])
    assert ("not_listening/missed_point" in found) is missed, found


WHEN = {
    "de": {
        "say": "Wann kommt denn jetzt endlich jemand?",
        "emotion": "annoyed",
        "expect": {"key_points": {"date": ["am Donnerstag", "Termin"], "confirm": ["schriftlich", "bestätige"]}},
    },
}


@pytest.mark.parametrize(
    ("reply", "missed"),
    [
        # "kann ich nicht versprechen" leaves the question open
        ("Wann genau, kann ich nicht versprechen, die Touren werden erst am Freitag geplant.", True),
        ("Das kann ich nicht versprechen, und bis zum 21. ist es auch knapp.", True),
        ("Am Donnerstag um 8 kommt der Monteur, ich bestätige es Ihnen schriftlich.", False),
    ],
)
def test_cannot_promise_leaves_it_open(reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    found = penalised("de", reply, resources, **WHEN["de"])
    assert ("not_listening/missed_point" in found) is missed, found


@pytest.mark.parametrize(
    ("reply", "feeling_ignored"),
    [
        # "ansieht" only shares a coarse sound key with "unschön": no sympathy said
        ("Gut. Ich schicke Ihnen einen Techniker raus, der sich den Brunnen ansieht.", True),
        ("Das ist wirklich unschön. Ich schicke Ihnen einen Techniker raus.", False),
    ],
)
def test_a_sound_alike_word_is_no_feeling(reply: str, feeling_ignored: bool, resources) -> None:  # noqa: ANN001
    found = penalised("de", reply, resources, **POINT["de"])
    assert ignored(found) is feeling_ignored, found


WATER = {
    "de": {
        "say": "Wer bezahlt das Nachspülen und das Leitungswasser, das ich seit sechs Wochen verbrauche?",
        "emotion": "annoyed",
        "expect": {
            "key_points": {
                "flush_cost": ["übernehmen wir", "kostenlos", "auf unsere Kosten"],
                "water_bill": ["Leitungswasser", "Wasserrechnung", "Mehrkosten", "erstatten"],
            }
        },
    },
    "en": {
        "say": "Who pays for the flushing, and for the mains water I've used for six weeks?",
        "emotion": "annoyed",
        "expect": {
            "key_points": {
                "flush_cost": ["on us", "free", "at our cost"],
                "water_bill": ["mains water", "water bill", "extra costs", "refund"],
            }
        },
    },
}


@pytest.mark.parametrize(
    ("language", "reply", "contradiction", "missed"),
    [
        # the fault put on them, as a main clause after a comma, and turned down before taking on another
        (
            "de",
            "Tut mir leid, aber das Leitungswasser zahlen wir nicht, das ist Ihr Risiko als Betrieb. "
            "Das Nachspülen machen wir natürlich kostenlos.",
            True,
            True,
        ),
        # (whether naming the water in the blame met its point is not what these rows check)
        ("de", "Das Nachspülen ist kostenlos, und das mit dem Leitungswasser ist Eigenverschulden.", True, None),
        ("en", "The flushing is free, but the mains water is your own risk, I'm afraid.", True, None),
        # the risk is ours: no blame, and both points met
        (
            "de",
            "Das Nachspülen ist kostenlos, und das Leitungswasser erstatten wir, das ist unser Risiko.",
            False,
            False,
        ),
    ],
)
def test_their_own_risk_and_a_point_turned_down(
    language: str, reply: str, contradiction: bool, missed: bool | None, resources
) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **WATER[language])
    assert contradicts(found) is contradiction, found
    if missed is not None:
        assert ("not_listening/missed_point" in found) is missed, found


QUOTED = {
    "de": {"say": "Herr Focken sagt, der Riss war schon da! Ich habe Fotos von der Übergabe."},
    "en": {"say": "Jess printed 416 instead of 461, and Jess says I signed off the proof! My proof says 461."},
}


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # the blamed colleague's word passed on as the answer
        ("en", "I'm sorry, but Jess says you signed off the proof, and that's the file we printed from.", True),
        ("de", "Das tut mir leid. Herr Focken sagt, der Riss war schon vor dem Winter da.", True),
        # set apart from it, or followed by the agent's own step, or owning the failure
        ("en", "Jess says you signed it off, but your proof says 461, so that's on us.", False),
        ("en", "I'm sorry. Jess says the printer swapped them; we'll redo all three on Sunday.", False),
        ("en", "Apologies – if Jess said 461, it should have been 461. I'll have it redone.", False),
        # their own evidence "shows otherwise" is on their side
        ("de", "Herr Focken sagt das, aber Ihre Fotos zeigen es anders, das tut mir leid.", False),
        ("de", "Das tut mir leid, aber im System sieht das anders aus.", True),
    ],
)
def test_the_blamed_colleague_quoted(language: str, reply: str, contradiction: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, mood="angry", emotion="angry", **QUOTED[language])
    assert contradicts(found) is contradiction, found


REGATTA = {
    "de": {"say": "Am 18. Mai ist die Regatta, und das Segel ist immer noch nicht geflickt!", "emotion": "angry"},
    "en": {"say": "The regatta is on the 18th of May, and the sail still isn't mended!", "emotion": "angry"},
}


@pytest.mark.parametrize(
    ("language", "reply", "reasked"),
    [
        # asked "again" about a word of their own line, with no fact listed for it
        ("de", "Das tut mir leid. Wann genau ist die Regatta noch mal?", True),
        ("en", "I'm sorry about that. When exactly is the regatta again?", True),
        # saying the date back confirms it
        ("de", "Das tut mir leid. Die Regatta ist am 18. Mai, richtig? Bis dahin ist das Segel fertig.", False),
        # sending again, then asking something else
        (
            "de",
            "Das tut mir leid. Wir flicken das Segel bis Freitag, oder die Werft schickt ein neues "
            "Segel noch mal raus – was wäre Ihnen lieber?",
            False,
        ),
        ("en", "I'm sorry. We can mend the sail by Friday, or send a new one again – which would you prefer?", False),
    ],
)
def test_asked_again_about_their_own_line(language: str, reply: str, reasked: bool, resources) -> None:  # noqa: ANN001
    """A question that says "again" about a word the customer just said asks it twice."""
    found = penalised(language, reply, resources, **REGATTA[language])
    assert ("not_listening/reasked" in found) is reasked, found
