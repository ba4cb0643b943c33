"""Issue 10, kinds found in the errors of the fitted set v5: each row one form of a kind, in German
and English, judged as typed text with the real language resources.

- owning a failure in a counterfactual ("da hätten wir Sie anrufen müssen") is no blame; the mood
  of a short avoid phrase ("Sie hätten") is not met by its indicative ("da haben Sie recht");
- taking up how much the thing matters to the customer ("das ist wichtig für Sie"), and the
  step's own understanding point in the trainer's words ("klar");
- an avoid phrase said with another demonstrative, determiner, focus particle or pronoun, with
  regret or time adverbs inside, without its modal particle, or as an understatement ("halb so");
- contradicting: calling the trouble an everyday thing to an upset customer, "that never
  happens", "did you even ...?", "your doctor must have known", defending a colleague who "meant
  well", a why-question that blames them for being late, "nothing about that in our system", a
  compound of their word in "nothing arrived", a doubting question in the perfect of an
  inseparable verb, and "should have" with an irregular participle;
- re-asking: the unit of a value is not the value said back ("Wie viel Grad ..."), a question
  asked in other forms ("Wann hätten Sie Zeit?"), and a fact just given asked for by its head
  noun ("die Nummer" for "Telefonnummer").

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from tests.helpers.content_judge import contradicts, ignored, penalised

LATE_DE = {"say": "Meine Waschmaschine ist seit zehn Tagen bei Ihnen, und niemand ruft mich an!", "emotion": "angry"}
LATE_EN = {"say": "My washing machine has been with you for ten days and nobody rings me!", "emotion": "angry"}


@pytest.mark.parametrize(
    ("language", "reply", "contra"),
    [
        # the agent owns the failure: "we" is the subject, the customer the object
        ("de", "Das tut mir leid, da hätten wir Sie längst informieren müssen. Ich kläre das.", False),
        ("de", "Entschuldigung, da hätte ich Sie gestern schon zurückrufen müssen.", False),
        ("en", "I'm sorry, we should have rung you days ago. I'll sort it out.", False),
        # ... the customer as the subject still blames them
        ("de", "Da hätten Sie uns halt früher anrufen müssen.", True),
        ("en", "You should have caught us before the weekend, then.", True),
        ("en", "You should have brought the receipt along.", True),
    ],
)
def test_owning_a_failure_is_no_blame(language: str, reply: str, contra: bool, resources) -> None:  # noqa: ANN001
    step = LATE_DE if language == "de" else LATE_EN
    assert contradicts(penalised(language, reply, resources, **step)) is contra


@pytest.mark.parametrize(
    ("language", "avoid", "reply", "flagged"),
    [
        # a subjunctive in a short avoid phrase keeps its mood
        ("de", "Sie hätten", "Ärgerlich, da haben Sie ganz recht. Ich kümmere mich sofort darum.", False),
        ("de", "Sie hätten", "Sie hätten das Gerät vorher ausschalten können.", True),
        ("en", "that never happens", "I'm sorry, that shouldn't happen. I'll sort it out today.", False),
        ("en", "that never happens", "Honestly, it never happens with these machines.", True),
        # another demonstrative, determiner, focus particle, pronoun, quantity
        ("de", "das kann mal passieren", "So was kann schon mal passieren bei alten Geräten.", True),
        ("de", "das ist nur eine Maschine", "Es ist doch bloß eine Maschine, Herr Kaya.", True),
        ("en", "it's just a machine", "It's only a machine, Mr Kaya.", True),
        ("en", "the engineer must have", "Your engineer must have forgotten the part.", True),
        ("en", "you'll get used to it", "You'll get used to them after a while.", True),
        ("en", "wait a few days", "Just wait a couple of days, it settles.", True),
        # regret and time adverbs inside, a modal particle left out, an understatement
        ("de", "da kann ich nichts tun", "Da kann ich von hier aus leider nichts tun.", True),
        ("de", "so laut ist das doch nicht", "Das ist ja noch nicht so laut, finde ich.", True),
        ("de", "das ist nicht so schlimm", "Ach, das ist halb so schlimm.", True),
        ("en", "I can't tell you", "I really can't tell you that yet.", True),
        # ... and still not a phrase its words only resemble
        ("de", "haben Sie schon mal", "Ich hab Ihnen gleich einen Termin eingetragen.", False),
        ("en", "these things happen", "I'm so sorry, what a thing to happen on your birthday.", False),
        ("de", "das ist nicht so schlimm", "Das ist schlimm, und das tut mir leid.", False),
    ],
)
def test_an_avoid_phrase_in_other_words(language: str, avoid: str, reply: str, flagged: bool, resources) -> None:  # noqa: ANN001
    step = dict(LATE_DE if language == "de" else LATE_EN, expect={"avoid": [avoid]})
    assert ("avoid_phrase" in penalised(language, reply, resources, **step)) is flagged


@pytest.mark.parametrize(
    ("language", "reply", "is_ignored"),
    [
        # how much it matters to the customer
        ("de", "Natürlich, das ist wichtig für Sie. Ich hole das Gerät heute noch ab.", False),
        ("de", "Das ist Ihnen wichtig, klar. Ich hole das Gerät heute noch ab.", False),
        ("en", "Of course, I know how important this is to you. I'll collect it today.", False),
        ("en", "It matters to you, I get it. I'll collect it today.", False),
        # ... not a fact that is important to know
        ("de", "Wichtig für Sie zu wissen: die Abholung ist kostenlos.", True),
        ("en", "It's important to know that the collection is free.", True),
    ],
)
def test_how_much_it_matters_takes_it_up(language: str, reply: str, is_ignored: bool, resources) -> None:  # noqa: ANN001
    step = LATE_DE if language == "de" else LATE_EN
    assert ignored(penalised(language, reply, resources, **step)) is is_ignored


@pytest.mark.parametrize(
    ("language", "point", "reply", "is_ignored"),
    [
        # the trainer lists "klar" / "sure" as understanding in this step: said as listed, it counts
        (
            "de",
            ["verstehe", "nachvollziehen", "klar"],
            "Klar, zehn Tage ohne Maschine sind zu viel. Ich kläre das.",
            False,
        ),
        ("en", ["understand", "i see why", "sure"], "Sure, ten days without a machine is a lot. I'll chase it.", False),
        # ... not when the step lists no such point
        ("de", ["Techniker", "Termin"], "Klar, zehn Tage ohne Maschine sind zu viel. Ich kläre das.", True),
    ],
)
def test_the_steps_own_understanding_point(
    language: str,
    point: list[str],
    reply: str,
    is_ignored: bool,
    resources,  # noqa: ANN001
) -> None:
    step = dict(LATE_DE if language == "de" else LATE_EN, expect={"key_points": {"understand": point}})
    assert ignored(penalised(language, reply, resources, **step)) is is_ignored


BROKEN_DE = {
    "say": "Mein neuer Rasenmäher ist kaputt, ich habe Ihrer Hotline vor dem Urlaub extra Bescheid gesagt!",
    "emotion": "annoyed",
}
BROKEN_EN = {
    "say": "My new lawnmower is broken, and I told your hotline before my holiday already!",
    "emotion": "annoyed",
}


@pytest.mark.parametrize(
    ("language", "reply", "contra"),
    [
        # the trouble called an everyday thing
        ("de", "So was kann bei neuen Geräten halt mal passieren. Ich sehe nach.", True),
        ("de", "Das ist eigentlich völlig normal in der ersten Woche. Ich sehe nach.", True),
        ("de", "Motoren fallen halt manchmal aus, ich sehe nach.", True),
        ("en", "These things do happen with new mowers. I'll have a look.", True),
        ("en", "That's perfectly normal in the first week, I'm afraid.", True),
        ("en", "Motors do fail sometimes, I'll have a look.", True),
        # ... not the agent's own side, a past event, a promise, a normal fee, a bare "these things happen"
        ("de", "Das passiert uns leider öfter, das tut mir leid.", False),
        ("de", "Ich prüfe, was mit dem Gerät passiert ist.", False),
        ("en", "I'll make sure it won't happen again.", False),
        ("en", "You pay the normal price for the repair, nothing extra.", False),
        ("en", "Sorry, these things happen, and I'll put it right today.", False),
        # "that never happens"
        ("de", "Das kommt bei unseren Mähern eigentlich nie vor.", True),
        ("en", "That honestly never happens with our mowers.", True),
        ("en", "I'll make sure that never happens again.", False),
        # "did you even ...?"
        ("de", "Haben Sie die Hotline denn überhaupt angerufen?", True),
        ("en", "Did you even call the hotline?", True),
        ("de", "Haben Sie überhaupt einen Garten hinter dem Haus?", False),
        # someone on the customer's side must have done it
        ("en", "Your neighbour must have used it on stones.", True),
        ("de", "Ihr Gärtner muss das Messer verbogen haben.", True),
        ("en", "Your mower must have been a shock to unpack like that.", False),
        # nothing on record about what they said, or their thing in a compound
        ("de", "Davon steht bei uns in den Unterlagen nichts.", True),
        ("en", "There's nothing about that in our system.", True),
        ("de", "Bei uns ist aber keine Urlaubsnachricht angekommen.", True),
        ("de", "Im System steht Ihre Adresse, die prüfe ich noch.", False),
        # a doubting question in the perfect of an inseparable verb
        ("de", "Sind Sie sicher, dass der Schaden nicht erst im Urlaub entstanden ist?", True),
        ("de", "Sind Sie sicher, dass der Mäher bereit ist?", False),
    ],
)
def test_contradicting_in_other_words(language: str, reply: str, contra: bool, resources) -> None:  # noqa: ANN001
    step = BROKEN_DE if language == "de" else BROKEN_EN
    assert contradicts(penalised(language, reply, resources, **step)) is contra


COLLEAGUE_DE = {"say": "Ihre Kollegin hat mir einfach eine Garantieverlängerung aufgeschwatzt!", "emotion": "annoyed"}
COLLEAGUE_EN = {"say": "Your colleague just talked me into an extended warranty!", "emotion": "annoyed"}


@pytest.mark.parametrize(
    ("language", "reply", "contra"),
    [
        ("de", "Der Kollege hat das bestimmt nur gut gemeint.", True),
        ("en", "I'm sure she meant well, though.", True),
        ("en", "We meant well, but that was wrong of us, and I'm sorry.", False),
        # a why-question that blames them for being late
        ("de", "Wieso melden Sie sich denn erst jetzt?", True),
        ("de", "Warum haben Sie nicht früher angerufen?", True),
        ("en", "Why didn't you call us sooner?", True),
        ("en", "Why don't you send me the contract, and I'll cancel it?", False),
        ("de", "Warum ist das passiert? Ich finde es heraus.", False),
    ],
)
def test_defending_and_reproaching(language: str, reply: str, contra: bool, resources) -> None:  # noqa: ANN001
    step = COLLEAGUE_DE if language == "de" else COLLEAGUE_EN
    assert contradicts(penalised(language, reply, resources, **step)) is contra


GIVEN_DE = {
    "say": "Gut. Meine Handynummer ist 0171 22 33 44, und es sind nur noch 14 Grad im Büro.",
    "emotion": "calm",
    "facts": {
        "phone": {"value": "0171 22 33 44", "ask": ["Handynummer", "Rückrufnummer", "wie erreichen wir Sie"]},
        "temperature": {"value": "14 Grad", "ask": ["wie viel Grad", "wie warm", "Temperatur"]},
        "time": {"value": "ab 15 Uhr", "ask": ["wann haben Sie Zeit", "wann passt es"]},
    },
}
GIVEN_EN = {
    "say": "Fine. My mobile number is 07700 900 123, and it's only 14 degrees in the office.",
    "emotion": "calm",
    "facts": {
        "phone": {"value": "07700 900 123", "ask": ["mobile number", "callback number", "how can we reach you"]},
        "temperature": {"value": "14 degrees", "ask": ["how many degrees", "how warm"]},
        "time": {"value": "after 3", "ask": ["what time suits", "when are you free"]},
    },
}


@pytest.mark.parametrize(
    ("language", "reply", "reasked"),
    [
        # the unit of the value is not the value said back
        ("de", "Ich schicke jemanden vorbei. Wie viel Grad sind es denn genau im Büro", True),
        ("en", "I'll send someone round. How many degrees is it in there exactly", True),
        ("de", "Ich schicke jemanden vorbei, bei 14 Grad im Büro geht das nicht.", False),
        # asked in other forms
        ("de", "Wann hätten Sie denn heute Zeit?", True),
        ("en", "What time would suit you today?", True),
        # the head noun of a fact just given
        ("de", "Können Sie mir die Nummer bitte noch mal sagen?", True),
        ("en", "Could you give me the number once more, please?", True),
        ("de", "Ich habe die Nummer notiert, wir rufen Sie an.", False),
    ],
)
def test_reasking_in_other_words(language: str, reply: str, reasked: bool, resources) -> None:  # noqa: ANN001
    step = GIVEN_DE if language == "de" else GIVEN_EN
    found = penalised(language, reply, resources, mood="calm", **step)
    assert ("not_listening/reasked" in found) is reasked, found


@pytest.mark.parametrize(
    ("language", "reply", "contra"),
    [
        # played down with "nicht so" / "not that" about what the customer suffers
        ("de", "Na ja, das ist doch nicht so laut, finde ich.", True),
        ("en", "Well, it's not that loud, to be honest.", True),
        ("de", "Das ist nicht so schön, das tut mir leid.", False),
        # our records correct the customer's own word
        ("de", "Laut System war der Urlaub für nächste Woche eingetragen, nicht für diese.", False),
        ("de", "Laut unseren Unterlagen kam die Meldung erst nach dem Urlaub, nicht vor dem Urlaub.", True),
        ("en", "According to our system you called after your holiday, not before your holiday.", True),
    ],
)
def test_played_down_or_corrected_by_records(language: str, reply: str, contra: bool, resources) -> None:  # noqa: ANN001
    step = BROKEN_DE if language == "de" else BROKEN_EN
    assert contradicts(penalised(language, reply, resources, **step)) is contra


@pytest.mark.parametrize(
    ("language", "reply", "is_ignored"),
    [
        # a feeling word played down is not taken up: "halb so schlimm", "Angst ... keine"
        ("de", "Ach, das ist halb so schlimm. Ich hole das Gerät morgen ab.", True),
        ("de", "Ärger brauchen Sie deswegen keinen zu haben. Ich hole das Gerät morgen ab.", True),
        ("de", "Das ist wirklich schlimm, ich hole das Gerät morgen ab.", False),
        # two ordinary words never sound like an apology ("bitte Ihre" is not "bedauere")
        ("de", "Rufen Sie bitte Ihre Filiale an, die hilft weiter.", True),
        ("en", "Please call your branch, they will help.", True),
    ],
)
def test_no_sympathy_played_down_or_misheard(language: str, reply: str, is_ignored: bool, resources) -> None:  # noqa: ANN001
    step = LATE_DE if language == "de" else LATE_EN
    assert ignored(penalised(language, reply, resources, **step)) is is_ignored


MEETING_DE = {
    "say": "Ich habe morgen um 9 ein wichtiges Treffen, und mein Koffer ist weg!",
    "emotion": "annoyed",
    "facts": {"meeting": {"value": "morgen um 9", "ask": ["wann ist Ihr Termin", "um wie viel Uhr ist Ihr Termin"]}},
}
MEETING_EN = {
    "say": "I have an important meeting tomorrow at 9, and my suitcase is gone!",
    "emotion": "annoyed",
    "facts": {"meeting": {"value": "tomorrow at 9", "ask": ["when is your meeting", "what time is your meeting"]}},
}


@pytest.mark.parametrize(
    ("language", "reply", "reasked"),
    [
        # a question word asks for the rest of a value it names in part
        ("en", "Oh no, sorry. What time is the meeting tomorrow?", True),
        ("de", "Oh je, tut mir leid. Um wie viel Uhr ist der Termin morgen?", True),
        # ... saying it all back confirms
        ("en", "Oh no, sorry. Your meeting is tomorrow at 9, right?", False),
        ("de", "Oh je, tut mir leid. Der Termin ist morgen um 9, richtig?", False),
    ],
)
def test_a_question_word_asks_for_the_rest_of_the_value(language: str, reply: str, reasked: bool, resources) -> None:  # noqa: ANN001
    step = MEETING_DE if language == "de" else MEETING_EN
    found = penalised(language, reply, resources, **step)
    assert ("not_listening/reasked" in found) is reasked, found
