"""Issue 10, kinds found in the errors of the fitted set v4: each row one form of a kind, in German
and English, judged as typed text with the real language resources.

- taking up a feeling in words the lists missed (interjections of dismay, "kein Wunder", "die
  Sorge" as a noun, "das Letzte, was man brauchen kann", perceiving how much it weighs, "you've
  waited long enough");
- contradicting the customer: doubting their account ("Are you sure it was ...?"), our records
  say otherwise, minimising, blaming in a counterfactual, a technicality after "but", insisting
  they agreed, pushing the fault away when they blamed us;
- re-asking a given fact by its bare noun ("Nennen Sie mir noch mal den Betrag").

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from tests.helpers.content_judge import contradicts, ignored, penalised
from voicecoach.core.analyzers import grammar
from voicecoach.core.timeline import Word

UPSET_DE = {"say": "Mein Fahrrad ist seit drei Wochen in der Werkstatt, und keiner meldet sich!", "emotion": "angry"}
UPSET_EN = {"say": "My bike has been in your workshop for three weeks and nobody calls me back!", "emotion": "angry"}


@pytest.mark.parametrize(
    ("language", "reply", "is_ignored"),
    [
        # an interjection of dismay, "no wonder"
        ("de", "Ojemine, drei Wochen ohne Rad. Ich rufe gleich in der Werkstatt an.", False),
        ("de", "Herrje, und keiner ruft zurück. Ich kläre das jetzt.", False),
        ("de", "Kein Wunder, dass Sie die Nase voll haben. Ich kläre das jetzt.", False),
        ("en", "Yikes, three weeks without your bike. I'm calling the workshop now.", False),
        ("en", "Small wonder you're fed up. I'm calling the workshop now.", False),
        # worry as a noun, not the verb "sorgen" (a promise)
        ("de", "Da ist Ihre Sorge um das Rad natürlich berechtigt groß. Ich kläre das jetzt.", False),
        ("de", "Ich sorge dafür, dass die Werkstatt Sie heute anruft.", True),
        ("de", "Machen Sie sich keine Sorgen, die Werkstatt ruft Sie heute an.", True),
        # "the last thing one needs" in other words
        ("de", "Das ist wirklich das Letzte, was man im Sommer gebrauchen kann. Ich kläre das jetzt.", False),
        ("en", "That's the last thing anybody wants in summer. I'm calling the workshop now.", False),
        ("de", "Das ist die letzte Werkstatt, die wir im Angebot haben.", True),
        # perceiving how much it weighs on the customer
        ("de", "Ich merke, wie sehr Sie das ärgert. Ich kläre das jetzt.", False),
        ("de", "Ich spüre, wie sehr Ihnen das auf die Nerven geht. Ich kläre das jetzt.", False),
        ("en", "I can hear how much this bothers you. I'm calling the workshop now.", False),
        # the customer has borne too much
        ("de", "Sie haben wirklich lange genug gewartet. Ich kläre das jetzt.", False),
        ("de", "Drei Wochen, das hat viel zu lange gedauert. Ich kläre das jetzt.", False),
        ("en", "You've been patient far too long already. I'm calling the workshop now.", False),
        ("en", "So that you don't wait too long, I'm calling the workshop now.", True),
    ],
)
def test_a_feeling_taken_up_in_unlisted_words(language: str, reply: str, is_ignored: bool, resources) -> None:  # noqa: ANN001
    step = UPSET_DE if language == "de" else UPSET_EN
    assert ignored(penalised(language, reply, resources, **step)) is is_ignored


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        # the agent's own need, a last item, how much was paid: no feeling taken up by the grammar
        ("en", "The last thing I need from you is the repair number."),
        ("de", "Das Letzte, was ich noch brauche, ist Ihre Auftragsnummer."),
        ("en", "I can see how much the repair cost you."),
        ("en", "I'll walk you through a lot of options in a minute."),
    ],
)
def test_what_only_looks_like_taking_it_up(language: str, reply: str, resources) -> None:  # noqa: ANN001
    words = [Word(text, 0.3 * i, 0.3 * i + 0.25) for i, text in enumerate(reply.split())]
    assert grammar.acknowledgement(words, resources, language) is None


SENT_DE = {
    "say": "Ich habe die Unterlagen schon letzten Montag per Post geschickt, und die Erstattung ist zu niedrig!",
    "emotion": "annoyed",
}
SENT_EN = {
    "say": "I posted the documents last Monday already, and the refund is far too small!",
    "emotion": "annoyed",
}


@pytest.mark.parametrize(
    ("language", "reply", "contra"),
    [
        # doubting the customer's account: what happened, or their own judgement
        ("de", "Sind Sie sicher, dass der Brief wirklich abgeschickt wurde? Ich sehe nach.", True),
        ("de", "Sind Sie sicher, dass der Umschlag schon unterwegs war? Ich sehe nach.", True),
        ("en", "Are you sure the envelope was posted on Monday? I'll have a look.", True),
        ("en", "Are you sure it's too small? I'll have a look.", True),
        ("en", "Are you sure you don't have a second copy of the documents? I'll have a look.", True),
        ("en", "Are you sure the scanner is switched on? I'll have a look anyway.", False),
        ("en", "Just to be sure, was it the yellow envelope? I'll have a look.", False),
        ("de", "Sind Sie sicher, dass ich Ihnen die Bestätigung per Post schicken soll?", False),
        # our records say otherwise
        ("de", "Das tut mir leid. Bei mir im System steht aber etwas anderes.", True),
        ("de", "Laut unseren Unterlagen sieht das anders aus. Ich prüfe es trotzdem.", True),
        ("en", "I'm sorry, but our system says something different.", True),
        ("en", "Our records indicate otherwise, but I'll check again.", True),
        ("de", "Im System steht eine andere Adresse, die korrigiere ich gleich.", False),
        # what they sent has not come in, in their own words
        ("de", "Bei uns sind aber keine Unterlagen eingegangen.", True),
        ("en", "We never received any documents from you.", True),
        ("de", "Die Unterlagen sind bei uns noch nicht eingegangen, ich frage bei der Poststelle nach.", False),
        # minimising
        ("de", "Ach, das ist doch halb so schlimm, die Differenz holen wir nach.", True),
        ("de", "Es ist doch nur ein kleiner Unterschied bei der Erstattung.", True),
        ("en", "Honestly, nobody will even notice the difference in the refund.", True),
        ("en", "It's only a tiny gap in the refund, really.", True),
        ("en", "It's just a small form, I'll email it to you now.", False),
        ("en", "From now on it's just one refund a month, all in one go.", False),
        # blaming in a counterfactual
        ("de", "Hätten Sie die Unterlagen per Einschreiben verschickt, wäre das nicht passiert.", True),
        ("de", "Wenn Sie die Unterlagen online hochgeladen hätten, wäre es schneller gegangen.", True),
        ("en", "If you had uploaded the documents online, it would have been quicker.", True),
        ("en", "Had you scanned them in, we could have paid last week.", True),
        ("de", "Wenn Sie nicht angerufen hätten, wäre uns das gar nicht aufgefallen, danke!", False),
        ("en", "If you had received our letter, you would have known, and I'm sorry it never came.", False),
        ("en", "If you'd like, I could send you a prepaid envelope.", False),
        # a technicality after "but"
        ("de", "Ich verstehe Sie, aber der Poststempel zählt nicht, streng genommen gilt der Eingang bei uns.", True),
        ("en", "I hear you, but technically the refund follows the tariff table.", True),
        ("en", "I hear you, but technically I can still raise the refund today.", False),
        # insisting they agreed; "should've" with an adverb; "ideally you'd have"
        ("en", "You did agree to the lower rate when you signed up.", True),
        ("en", "You honestly should've kept a copy of the documents.", True),
        ("en", "Ideally you'd have sent them by recorded delivery.", True),
    ],
)
def test_contradicting_the_customer(language: str, reply: str, contra: bool, resources) -> None:  # noqa: ANN001
    step = SENT_DE if language == "de" else SENT_EN
    assert contradicts(penalised(language, reply, resources, **step)) is contra


BLAMED_DE = {"say": "Ihr Kurier hat mein Paket beim falschen Nachbarn abgegeben!", "emotion": "angry"}
BLAMED_EN = {"say": "Your courier left my parcel with the wrong neighbour!", "emotion": "angry"}
NOT_BLAMED_DE = {"say": "Mein Flug wurde gestrichen, und morgen ist die Hochzeit!", "emotion": "angry"}
NOT_BLAMED_EN = {"say": "My flight was cancelled, and the wedding is tomorrow!", "emotion": "angry"}


@pytest.mark.parametrize(
    ("language", "reply", "blamed", "contra"),
    [
        # pushing the fault away contradicts a customer who blamed us
        ("de", "Das ist nicht unser Fehler, das war der Subunternehmer.", True, True),
        ("de", "Das liegt nicht an uns, der Nachbar hätte es zurückgeben müssen.", True, True),
        ("en", "That's not really our fault, the neighbour signed for it.", True, True),
        ("en", "Honestly, that has nothing to do with us.", True, True),
        # ... not one who blamed nobody, and owning it never does
        ("de", "Das ist nicht unser Fehler, aber ich suche Ihnen sofort einen neuen Flug.", False, False),
        ("en", "It's not our fault, but I'll find you a new flight straight away.", False, False),
        ("en", "Of course not, that is entirely our mistake, and I'm sorry.", True, False),
        ("de", "Das ist ganz klar unser Fehler, das tut mir leid.", True, False),
    ],
)
def test_deflecting_contradicts_only_a_customer_who_blamed_us(
    language: str,
    reply: str,
    blamed: bool,
    contra: bool,
    resources,  # noqa: ANN001
) -> None:
    steps = {
        ("de", True): BLAMED_DE,
        ("de", False): NOT_BLAMED_DE,
        ("en", True): BLAMED_EN,
        ("en", False): NOT_BLAMED_EN,
    }
    step = steps[(language, blamed)]
    assert contradicts(penalised(language, reply, resources, **step)) is contra


GAVE_DE = {
    "say": "Ich soll 860 Euro nachzahlen, das ist doch viel zu viel!",
    "emotion": "annoyed",
    "facts": {"amount": {"value": "860 Euro", "ask": ["welcher Betrag", "wie hoch ist die Nachforderung"]}},
}
GAVE_EN = {
    "say": "You've charged me 860 pounds extra, that's far too much!",
    "emotion": "annoyed",
    "facts": {"amount": {"value": "860 pounds", "ask": ["what amount", "how much were you charged"]}},
}


@pytest.mark.parametrize(
    ("language", "reply", "reasked"),
    [
        # a request for the bare noun of a question-shaped ask phrasing
        ("de", "Ich verstehe Ihren Ärger. Geben Sie mir bitte die Nachforderung noch einmal durch.", True),
        ("de", "Das ist ärgerlich. Ich bräuchte dann noch den Betrag von der Rechnung", True),
        ("en", "That's annoying, sorry. Could you give me the amount once more, please.", True),
        ("en", "Sorry about that. I'll need the amount from the letter again.", True),
        # ... not the agent's own check, a negated need, or the value said back
        ("de", "Das ist ärgerlich. Ich prüfe jetzt noch mal den Betrag auf der Rechnung.", False),
        ("de", "Das ist ärgerlich. Den Betrag brauche ich nicht, den sehe ich hier.", False),
        ("de", "Das ist ärgerlich. Ich brauche nur kurz die Bestätigung: der Betrag ist 860 Euro?", False),
        ("en", "That's annoying, sorry. I don't need the amount, I can see it here.", False),
    ],
)
def test_reasking_a_given_fact_by_its_noun(language: str, reply: str, reasked: bool, resources) -> None:  # noqa: ANN001
    step = GAVE_DE if language == "de" else GAVE_EN
    found = penalised(language, reply, resources, **step)
    assert ("not_listening/reasked" in found) is reasked, found


@pytest.mark.parametrize(
    ("language", "reply", "is_ignored"),
    [
        # a lone "Ach" is not "ach je": dismissing opens with it just as often
        ("de", "Ach, so lange dauert das bei Fahrrädern immer. Die Werkstatt ruft Sie an.", True),
        ("de", "Ach je, drei Wochen ohne Rad. Die Werkstatt ruft Sie heute an.", False),
        # a promise about the future is not taking the trouble up ("that shouldn't happen" is)
        ("de", "Das wird nicht wieder vorkommen. Die Werkstatt ruft Sie heute an.", True),
        ("en", "It won't happen again. The workshop will call you today.", True),
        ("en", "That shouldn't happen. The workshop will call you today.", False),
    ],
)
def test_no_sympathy_in_a_bare_interjection_or_a_promise(
    language: str, reply: str, is_ignored: bool, resources
) -> None:  # noqa: ANN001
    step = UPSET_DE if language == "de" else UPSET_EN
    assert ignored(penalised(language, reply, resources, **step)) is is_ignored


MAILED_DE = {
    "say": "Mir wurde zweimal abgebucht, meine E-Mail ist jana.berg@example.de!",
    "emotion": "annoyed",
    "facts": {"email": {"value": "jana.berg@example.de"}},
}
MAILED_EN = {
    "say": "You charged me twice, my email is jana.berg@example.com!",
    "emotion": "annoyed",
    "facts": {"email": {"value": "jana.berg@example.com"}},
}


@pytest.mark.parametrize(
    ("language", "reply", "reasked"),
    [
        ("de", "Das tut mir leid. Haben Sie vielleicht noch ein Konto mit einer anderen E-Mail?", False),
        ("en", "Sorry about that. Is there a second account under a different email?", False),
        ("de", "Das tut mir leid. Wie war noch mal Ihre E-Mail?", True),
        ("en", "Sorry about that. What's your email again?", True),
    ],
)
def test_asking_for_another_one_is_no_reask(language: str, reply: str, reasked: bool, resources) -> None:  # noqa: ANN001
    step = MAILED_DE if language == "de" else MAILED_EN
    found = penalised(language, reply, resources, **step)
    assert ("not_listening/reasked" in found) is reasked, found


ACCUSED_DE = {"say": "Der Fahrer hat mich absichtlich warten lassen, das war pure Absicht!", "emotion": "angry"}
ACCUSED_EN = {"say": "The driver made me wait on purpose, he did it deliberately!", "emotion": "angry"}


@pytest.mark.parametrize(
    ("language", "reply", "contra"),
    [
        # defending the one the customer accuses
        ("de", "Das verstehe ich, aber der Fahrer hat das bestimmt nicht absichtlich gemacht.", True),
        ("de", "Ärgerlich, klar. Der Fahrer hat das sicher nicht mit Absicht gemacht.", True),
        ("en", "I understand. I'm sure she didn't do it on purpose, though.", True),
        ("en", "That's annoying. They surely didn't intend it deliberately.", True),
        # the agent's own apology, or sympathy with the customer
        ("en", "I'm so sorry, I didn't mean to keep you waiting as well.", False),
        ("de", "Das tut mir leid, Sie haben das ja nicht absichtlich verpasst.", False),
        ("en", "I'm sorry, I'll report the driver right away.", False),
    ],
)
def test_defending_the_accused_contradicts(language: str, reply: str, contra: bool, resources) -> None:  # noqa: ANN001
    step = ACCUSED_DE if language == "de" else ACCUSED_EN
    assert contradicts(penalised(language, reply, resources, **step)) is contra


@pytest.mark.parametrize(
    ("reply", "is_ignored"),
    [
        # "Schaden" (damage) is not "schade" (a pity); "Ärgers" is still "Ärger"
        ("Ich nehme den Schaden gleich auf.", True),
        ("Den Schaden am Rad nehme ich gleich auf.", True),
        ("Wie schade, ich nehme den Schaden gleich auf.", False),
    ],
)
def test_a_noun_is_not_the_interjection_it_starts_with(reply: str, is_ignored: bool, resources) -> None:  # noqa: ANN001
    assert ignored(penalised("de", reply, resources, **UPSET_DE)) is is_ignored
