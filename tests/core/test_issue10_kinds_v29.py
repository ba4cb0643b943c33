"""Issue 10, kinds found in the errors of the set v29 (measured sealed at the end of the
twenty-eighth session, fitted in the twenty-ninth).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, penalised
from voicecoach.core.scenario import Scenario
from voicecoach.core.typed import judge_text


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # "Samstag nächste Woche" is next week's Saturday, not tomorrow: next Tuesday is before it
        ("Heute ist Freitag. Ich arbeite jeden Tag bis 15 Uhr, und Samstag nächste Woche ist die Taufe, "
         "also muss die Anprobe vorher und nach 15 Uhr sein.",
         "Die Anprobe ist am Dienstag um 16 Uhr.", False),
        ("Heute ist Freitag. Ich arbeite jeden Tag bis 15 Uhr, und Samstag nächste Woche ist die Taufe, "
         "also muss die Anprobe vorher und nach 15 Uhr sein.",
         "Die Anprobe ist am Dienstag um 11 Uhr.", True),
        ("It's Friday. The christening is on Saturday of next week, so the fitting has to be before it.",
         "The fitting is on Wednesday at four.", False),
        # night work rules out the night; the hour they name holds every day, for calls too
        ("It's Tuesday. I see my dad on Saturdays, and I'm on nights all week, so don't call me before one.",
         "I'll call you tomorrow at four with the results.", False),
        ("It's Tuesday. I see my dad on Saturdays, and I'm on nights all week, so don't call me before one.",
         "I'll call you tomorrow at nine with the results.", True),
        ("Heute ist Dienstag. Ich habe diese Woche Nachtschicht, bitte rufen Sie mich nicht vor 13 Uhr an.",
         "Ich rufe Sie morgen um 15 Uhr an.", False),
        ("Heute ist Dienstag. Ich habe diese Woche Nachtschicht, bitte rufen Sie mich nicht vor 13 Uhr an.",
         "Ich rufe Sie morgen um 10 Uhr an.", True),
        # a phone off till an hour, or "ring me after that": calls wait too
        ("It's Monday. I'm at the craft fair all day today, phone off till six.",
         "I'll ring you at two this afternoon.", True),
        ("It's Monday. I'm at the craft fair all day today, phone off till six.",
         "I'll ring you at half six this evening.", False),
        ("It's Thursday. I'm at work till four every day next week, so call me after that.",
         "I'll call you on Tuesday at lunchtime.", True),
        ("It's Thursday. I'm at work till four every day next week, so call me after that.",
         "I'll call you on Tuesday at five.", False),
        # away at court or at the wholesale market till an hour (not "in der Praxis": a delivery
        # finds them there)
        ("Heute ist Montag. Morgen bin ich bis 14 Uhr bei Gericht, danach im Büro.",
         "Der Techniker kommt morgen um 10 Uhr.", True),
        ("Heute ist Montag. Morgen bin ich bis 14 Uhr im Großmarkt.", "Unser Fahrer kommt morgen um 16 Uhr.", False),
        ("Heute ist Donnerstag. Ich bin morgen nur von 8 bis 12 Uhr in der Praxis.",
         "Die Lieferung kommt morgen um 9 Uhr in die Praxis.", False),
        # a shift worked as a habit holds each working day
        ("Heute ist Montag. Ich arbeite Frühschicht und bin nur nachmittags ab 15 Uhr zu Hause.",
         "Die Spedition kommt am Mittwoch um 10 Uhr.", True),
        ("Heute ist Montag. Ich arbeite Spätschicht und bin nur bis 11 Uhr zu Hause.",
         "Die Spedition kommt am Mittwoch um 14 Uhr.", True),
        ("Heute ist Montag. Ich arbeite Spätschicht und bin nur bis 11 Uhr zu Hause.",
         "Die Spedition kommt am Mittwoch um 9 Uhr.", False),
    ],
)  # fmt: skip
def test_next_weeks_day_and_night_work(customer: str, reply: str, conflict: bool) -> None:
    broke, read = breaks_a_limit(customer, reply)
    assert broke is conflict, read


#: A customer who paid for something we did not give.
PAID = {
    "say": "I paid £40 for the exam, and on the day my daughter wasn't on the list. Mr Hale says I should have "
           "checked the portal.",
    "emotion": "sad",
    "expect": {"key_points": {"exam": ["exam", "sit"]}},
}  # fmt: skip


@pytest.mark.parametrize(
    ("reply", "contradiction"),
    [
        # what they paid counts: no charge held against them
        ("I'm so sorry. She can sit the exam on Monday, and there's no charge beyond what you've paid.", False),
        ("I'm so sorry. She can sit the exam on Monday. The fee you paid stands, so there's nothing more to pay.",
         False),
        # ... but a fee that stands against them, or a payment they did not make, still is
        ("I'm sorry, but the re-sit fee stands. She can sit the exam on Monday.", True),
        ("You didn't pay the late entry fee, so she wasn't on the list. She can sit the exam on Monday.", True),
    ],
)  # fmt: skip
def test_what_they_paid_counts(reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised("en", reply, resources, **PAID)
    assert contradicts(found) is contradiction, found


#: A customer whose complaint one of ours answered with an excuse.
PAPER = {
    "say": "Unser Drucker staut seit Montag. Ihr Herr Brenner war da, hat über unser Papier geschimpft und ist "
           "wieder gegangen.",
    "emotion": "angry",
    "expect": {"key_points": {"visit": ["Techniker", "kommt"]}},
}  # fmt: skip


@pytest.mark.parametrize(
    ("reply", "contradiction"),
    [
        # the one blamed, named by role, said to have been right
        ("Es tut mir leid. Ein Techniker kommt heute, aber da hatte der Kollege schon recht mit dem Papier.", True),
        ("Es tut mir leid, der Kollege hat recht, das Papier ist schuld. Ein Techniker kommt heute.", True),
        # praise of "der Kollege" may be of the one sent: no excuse
        ("Es tut mir leid. Ein Techniker kommt heute, der Kollege ist sehr erfahren.", False),
        ("Es tut mir leid. Der Kollege hatte nicht recht, ein Techniker kommt heute.", False),
    ],
)  # fmt: skip
def test_the_colleague_said_to_be_right(reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised("de", reply, resources, **PAPER)
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("reply", "contradiction"),
    [
        # the excuse reported in turn 1, said again as ours in turn 2
        ("I'll ring you on Friday at two. Clothes do go missing in a home this size.", True),
        # the same words, denied: a promise, no excuse
        ("I'll ring you on Friday at two, and nothing will go missing again.", False),
    ],
)  # fmt: skip
def test_an_excuse_from_an_earlier_turn_said_again(reply: str, contradiction: bool, resources: Any) -> None:
    sc = Scenario.model_validate(
        {
            "id": "test-en", "title": "Test", "language": "en", "theme": "complaint",
            "brief": {"situation": "A test.", "goal": "Pass."},
            "persona": {"name": "Mrs Keller", "mood": "angry"},
            "turns": [
                {"id": "t1", "say": "Her blue scarf went to your laundry and never came back. Rosie says things "
                                    "go missing in every home.", "emotion": "sad"},
                {"id": "t2", "say": "It's Wednesday. How will I know you've looked?", "emotion": "annoyed",
                 "expect": {"key_points": {"report": ["ring you", "call you"]}}},
            ],
        }
    )  # fmt: skip
    result = judge_text(sc, "t2", reply, resources=resources)
    found = [f for f in result.findings if f.kind == "contradiction" and f.penalty > 0]
    assert bool(found) is contradiction, [(f.kind, f.evidence) for f in result.findings]


#: A step where the customer refused an offer; the trainer lists how it is pressed.
REFUSED_CLASS = {
    "say": "No, I don't want the extra Saturday class. When can she make up the lesson?",
    "emotion": "annoyed",
    "expect": {"accept_no": True, "offer_words": ["Saturday class", "extra class"],
               "avoid": ["great value", "she'd love it"], "key_points": {"slot": ["Tuesday", "Thursday"]}},
}  # fmt: skip


@pytest.mark.parametrize(
    ("reply", "pushed"),
    [
        # the trainer's words of persuasion, recommending something else of ours after the no
        ("Understood. She can make it up on Tuesday at five. A few weeks of our holiday club would be great value "
         "for her.", True),
        # said in the first sentence, or in a question, or with no recommending mood: no push found
        ("Understood, no extra class. She can make it up on Tuesday at five.", False),
        ("Understood. She can make it up on Tuesday at five, and that lesson is great value for her.", False),
        # advice or a refusal in the avoid list's words sells nothing
        ("Understood. She can make it up on Tuesday at five. The fee would go through our great value scheme.", False),
    ],
)  # fmt: skip
def test_persuasion_in_other_words_after_a_no(reply: str, pushed: bool, resources: Any) -> None:
    found = penalised("en", reply, resources, **REFUSED_CLASS)
    assert any(k.startswith("pushed_after_no") for k in found) is pushed, found


@pytest.mark.parametrize(
    ("reply", "contradiction"),
    [
        # a passive after "that can't be" describes a thing, no disbelief of the customer
        ("Sorry about that. It's now a fixed booking that can't be swapped, and I'll put that in writing.", False),
        ("That can't be. The booking says seventeen seats.", True),
        # "should have had" what we owed them, not what they failed to do
        ("I'm sorry. You should have had a phone call and an honest explanation, and I'll give you one.", False),
        ("I'm sorry, but you should have had a backup of the files.", True),
    ],
)  # fmt: skip
def test_a_thing_described_or_owed_is_no_contradiction(reply: str, contradiction: bool, resources: Any) -> None:
    step = {"say": "I booked a seventeen-seater and you sent a nine-seater. Nobody even called me!", "emotion": "angry",
            "expect": {"key_points": {"fix": ["in writing", "give you"]}}}  # fmt: skip
    found = penalised("en", reply, resources, **step)
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # sympathy alone, with the plight's week in it: the point about the matter is surely missed
        ("de", "Oh, das klingt nach einer schlimmen Woche für Sie, das tut mir wirklich leid.", True),
        ("de", "Das tut mir leid, das klingt nach einer schlimmen Woche. Der Techniker kommt morgen früh.", False),
        # a point of getting it "back online" is no point of passing on: a bare handover misses it
        ("en", "That's really annoying, and I'm sorry. I'll pass this on to our technical team.", True),
        ("en", "I'm sorry. Our engineer will get the site back online tonight.", False),
    ],
)  # fmt: skip
def test_sympathy_or_a_handover_alone_misses_the_point(language: str, reply: str, missed: bool, resources: Any) -> None:
    points = {"de": {"visit": ["Techniker", "kommt vorbei"]}, "en": {"fix": ["back online", "get it running"]}}
    step = {"say": {"de": "Unser Kopierer staut seit Montag, wir können nichts drucken!",
                    "en": "My shop has been down since Friday, my busiest days!"}[language],
            "emotion": "angry", "expect": {"key_points": points[language]}}  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert any(k == "not_listening/missed_point" for k in found) is missed, found


@pytest.mark.parametrize(
    ("reply", "contradiction"),
    [
        # the fee goes on being charged, held against them (a compound fee noun)
        ("In Ordnung, wir reparieren das Gerät. Die Wartungsgebühr läuft aber weiter.", True),
        # suspended until it works again: no charge held
        ("In Ordnung, wir reparieren das Gerät, und die Wartungsgebühr läuft erst weiter, wenn es wieder druckt.",
         False),
        ("In Ordnung, die Reparatur läuft weiter, und wir schreiben Ihnen den Monat gut.", False),
    ],
)  # fmt: skip
def test_a_fee_that_goes_on(reply: str, contradiction: bool, resources: Any) -> None:
    step = {"say": "Der Kopierer steht seit Montag, und wir zahlen 89 Euro Wartung im Monat!", "emotion": "angry",
            "expect": {"key_points": {"repair": ["reparieren", "Techniker"]}}}  # fmt: skip
    found = penalised("de", reply, resources, **step)
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # the money asked for, refused: the point's word inside the refusal does not meet it
        ("en", "No problem. I can't refund the month, I'm afraid, but I can add three free days.", True),
        ("en", "No problem, I'll refund the month today.", False),
        ("de", "In Ordnung. Den Monat kann ich Ihnen leider nicht erstatten.", True),
        ("de", "In Ordnung, den Monat erstatte ich Ihnen heute.", False),
    ],
)  # fmt: skip
def test_the_money_refused(language: str, reply: str, missed: bool, resources: Any) -> None:
    points = {"de": {"refund": ["erstatten", "Geld zurück"]}, "en": {"refund": ["refund", "money back"]}}
    step = {"say": {"de": "Nein, kein Upgrade. Ich will die 24 Euro für diesen Monat zurück.",
                    "en": "No, no upgrade. I want this month's twenty-four pounds back."}[language],
            "emotion": "annoyed", "expect": {"key_points": points[language]}}  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert any(k == "not_listening/missed_point" for k in found) is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # a kind of trouble "can happen": the complaint called an everyday thing
        ("de", "Ausfälle können passieren. Für Freitag plane ich eine Babysitterin fest ein.", True),
        ("en", "Cancellations can happen. We'll have a sitter with you on Friday.", True),
        # conceded at once, or said of the future as a promise
        ("de", "Es tut mir leid. Fehler können passieren, aber das hätte nicht sein dürfen.", False),
        ("de", "Es tut mir leid. Für Freitag plane ich fest ein, Ausfälle können dann nicht mehr passieren.", False),
    ],
)  # fmt: skip
def test_a_kind_of_trouble_that_can_happen(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    step = {"say": {"de": "Niemand kam am Samstag, niemand rief an! Ihre Kollegin meint nur, Ausfälle stehen in den AGB.",
                    "en": "Nobody came on Saturday, nobody called! Your colleague just said cancellations are in "
                          "the terms."}[language],
            "emotion": "angry", "expect": {"key_points": {"sitter": ["Babysitterin", "sitter"]}}}  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert contradicts(found) is contradiction, found
