"""Issue 10, precision by kind: each row one form of a kind (taking up a feeling, disagreeing,
accepting a no), in German and English, judged as typed text with the real language resources.

The rows are forms of a kind a coach accepts (or rejects), written for these tests; none is
copied from the tuning or the held-out set.
"""

from __future__ import annotations

import pytest

from tests.helpers.content_judge import has, penalised
from tests.helpers.timelines import scenario
from voicecoach.core.text import token_match
from voicecoach.core.typed import judge_text

ANGRY_DE = {"say": "Seit einer Woche warte ich auf meine Waschmaschine! Das ist unmöglich!", "emotion": "angry"}
ANGRY_EN = {"say": "I've been waiting a week for my washing machine! This is ridiculous!", "emotion": "angry"}


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        # naming the feeling or the trouble, in any inflection
        ("de", "Das ist natürlich ärgerlich für Sie. Ich prüfe sofort, wo die Maschine ist."),
        ("de", "Eine Woche ohne Waschmaschine, das ist wirklich lästig. Ich kümmere mich."),
        ("en", "A week without a washing machine is a real hassle. Let me find out where it is."),
        ("en", "That sounds so frustrating. I'm looking into it now."),
        # understanding with the agent as subject
        ("de", "Das kann ich mir gut vorstellen. Ich schaue gleich nach der Lieferung."),
        ("de", "Ich stelle mir vor, wie das nervt. Ich schaue gleich nach."),
        ("en", "I can appreciate that. Let me check the delivery straight away."),
        # an apology in another form
        ("de", "Ich bitte vielmals um Entschuldigung. Ich prüfe das sofort."),
        ("en", "My apologies for that. I'll check it right now."),
        # agreeing: the customer is right, the situation is not as it should be
        ("de", "Da haben Sie völlig recht. Ich kläre das sofort."),
        ("de", "Das ist so nicht in Ordnung. Ich kläre das sofort."),
        ("de", "Das hätte so nicht passieren dürfen. Ich kläre das sofort."),
        ("de", "Da haben Sie natürlich völlig recht, ich kläre das sofort."),
        ("de", "Das ist natürlich alles andere als schön. Ich kläre das sofort."),
        ("en", "That's far from ideal. I'll sort it out now."),
        ("en", "You're absolutely right. I'll sort it out now."),
        ("en", "That's not okay at all. I'll sort it out now."),
        ("en", "You shouldn't have to chase us for this. I'll sort it out now."),
        # asking after the customer's well-being
        ("de", "Wie geht es Ihnen denn jetzt damit? Ich kläre das sofort."),
        ("en", "Are you okay? I'll sort it out now."),
        # owning the mistake, or taking the customer's side
        ("de", "Da ist bei uns etwas schiefgelaufen. Ich kläre das sofort."),
        ("de", "Das ist nicht Ihre Schuld. Ich kläre das sofort."),
        ("en", "That was our mistake. I'll sort it out now."),
        ("en", "Something went wrong on our side. I'll sort it out now."),
    ],
)
def test_a_feeling_taken_up_in_other_words_costs_nothing(language: str, reply: str, resources) -> None:  # noqa: ANN001
    step = ANGRY_DE if language == "de" else ANGRY_EN
    found = penalised(language, reply, resources, **step)
    assert not [k for k in found if k.endswith("ignored_emotion") or k == "no_acknowledgement"], found


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        # playing the feeling down is not taking it up
        ("de", "Machen Sie sich keine Sorgen. Die Maschine kommt schon noch."),
        ("de", "Das ist doch nicht schlimm. Die Maschine kommt schon noch."),
        ("de", "Ich sorge dafür, dass die Maschine kommt."),
        ("en", "Don't worry about it. The machine will come."),
        ("en", "I'll send you a new delivery date right away."),
        ("en", "I don't understand why you didn't get the email."),
        ("de", "Ist das für Sie in Ordnung, wenn die Maschine morgen kommt?"),
        ("en", "Is that okay for you if the machine comes tomorrow?"),
    ],
)
def test_a_feeling_played_down_or_not_named_is_still_ignored(language: str, reply: str, resources) -> None:  # noqa: ANN001
    step = ANGRY_DE if language == "de" else ANGRY_EN
    assert "not_listening/ignored_emotion" in penalised(language, reply, resources, **step)


@pytest.mark.parametrize(
    ("language", "reply", "late"),
    [
        # a greeting and thanks first: still the opening
        (
            "de",
            "Guten Tag, hier ist Anna Weber vom Kundenservice, vielen Dank für Ihren Anruf. "
            "Das ist wirklich ärgerlich, ich schaue sofort nach.",
            False,
        ),
        (
            "en",
            "Good morning, you're speaking with Anna Weber from customer service, thank you for calling. "
            "That's really frustrating, I'm checking it now.",
            False,
        ),
        # a long sentence of the agent's own first: late
        (
            "de",
            "Ich sehe jetzt im System nach, wo Ihre Waschmaschine gerade steht und wann genau sie bei Ihnen "
            "ankommen kann. Das ist wirklich ärgerlich.",
            True,
        ),
        (
            "en",
            "Let me look in the system where your washing machine is right now and when exactly it can get to "
            "you at home. That's really frustrating.",
            True,
        ),
    ],
)
def test_late_only_after_content(language: str, reply: str, late: bool, resources) -> None:  # noqa: ANN001
    """Taken up after the agent's own content: a tip to say it first, with no points off (the
    feeling was taken up; when in doubt, no points)."""
    step = dict(ANGRY_DE if language == "de" else ANGRY_EN)
    assert "not_listening/ignored_emotion" not in penalised(language, reply, resources, **dict(step))
    sc = scenario(language, theme="service", mood="angry", **step)
    tips = [f for f in judge_text(sc, "t1", reply, resources=resources).findings if f.evidence.get("late")]
    assert bool(tips) is late
    assert all(f.penalty == 0 and f.severity == "minor" for f in tips)


CLAIM_DE = {"say": "Die Rechnung ist falsch, das ist doch Abzocke!", "emotion": "calm"}
CLAIM_EN = {"say": "The bill is wrong, this is a scam!", "emotion": "calm"}


@pytest.mark.parametrize(
    ("language", "reply", "contradicts"),
    [
        # negated agreement with what was said
        ("de", "Das stimmt so nicht ganz. Die Rechnung ist korrekt.", True),
        ("de", "Das ist so nicht korrekt, die Rechnung ist richtig.", True),
        ("en", "That's not quite accurate. The bill is correct.", True),
        ("en", "That isn't entirely true, the bill is correct.", True),
        # the customer erred
        ("de", "Da haben Sie sich wohl verlesen, die Rechnung ist korrekt.", True),
        ("de", "Sie müssen da etwas übersehen haben.", True),
        ("de", "Sie haben den Tarif falsch verstanden.", True),
        ("en", "You must have misread the bill.", True),
        ("en", "I think you're mixing up two invoices.", False),  # the agent's own "I think": softened, no points
        ("en", "You're mixing up two invoices.", True),
        # blame
        ("de", "Das ist Ihre eigene Schuld.", True),
        ("de", "Sie haben die Vertragsbedingungen nicht gelesen.", True),
        ("de", "Das steht im Vertrag, den Sie unterschrieben haben.", True),
        ("en", "That's your own fault.", True),
        ("en", "You never told us you had moved.", True),
        ("en", "It's in the contract you signed.", True),
        # the agent's own dissent, the customer's failure
        ("de", "Das sehe ich anders, die Rechnung ist korrekt.", True),
        ("de", "Das glaube ich nicht, die Rechnung ist korrekt.", True),
        ("de", "Sie haben die Frist verpasst.", True),
        ("en", "I don't see it that way, the bill is correct.", True),
        ("en", "I disagree, the bill is correct.", True),
        ("en", "You forgot to send the meter reading.", True),
        ("de", "Ich glaube nicht, dass die Korrektur lange dauert.", False),
        ("en", "I don't think the correction will take long.", False),
        ("en", "Have you forgotten your password?", False),
        # denying the customer's own word
        ("de", "Abzocke ist das nicht, die Preise stehen im Tarif.", True),
        ("de", "Das ist keine Abzocke, die Preise stehen im Tarif.", True),
        ("en", "That's not a scam, the prices are in the tariff.", True),
        # not disagreeing
        ("de", "Wenn das nicht stimmt, korrigiere ich die Rechnung sofort.", False),
        ("de", "Die Adresse im System stimmt nicht, die korrigiere ich gleich.", False),
        ("de", "Das darf doch nicht wahr sein! Ich korrigiere das sofort.", False),
        ("de", "Das ist nicht Ihre Schuld, ich korrigiere das sofort.", False),
        ("de", "Wir haben Ihnen die falsche Rechnung geschickt, ich korrigiere das.", False),
        ("en", "If that's not right, I'll correct the bill straight away.", False),
        ("en", "It's not your fault, I'll correct it now.", False),
        ("en", "You were sent the wrong bill, I'll correct it now.", False),
        ("en", "You must have been so worried, I'll correct it now.", False),
        ("en", "You don't have to call us again, I'll correct it now.", False),
    ],
)
def test_disagreeing_by_grammar(language: str, reply: str, contradicts: bool, resources) -> None:  # noqa: ANN001
    step = CLAIM_DE if language == "de" else CLAIM_EN
    found = penalised(language, reply, resources, **step)
    assert has(found, "contradiction") is contradicts, found


NO_DE = {
    "say": "Nein, einen Leihheizlüfter brauche ich nicht.",
    "emotion": "calm",
    "expect": {"accept_no": True, "offer_words": ["Heizlüfter"]},
}
NO_EN = {
    "say": "No, I don't want the travel add-on.",
    "emotion": "calm",
    "expect": {"accept_no": True, "offer_words": ["add-on"]},
}


@pytest.mark.parametrize(
    ("language", "reply", "pushes"),
    [
        ("de", "Gut, den Heizlüfter brauchen Sie also nicht.", False),
        ("de", "Haben Sie denn selbst einen Heizlüfter zu Hause?", False),
        ("de", "Möchten Sie den Heizlüfter nicht doch nehmen?", True),
        ("de", "Mit dem Heizlüfter hätten Sie keine kalten Abende mehr.", True),
        ("en", "Understood, so you don't need the add-on.", False),
        ("en", "Do you have an add-on from another provider?", False),
        ("en", "Would you like the add-on after all?", True),
        ("en", "With the add-on you'd have no worries abroad.", True),
    ],
)
def test_an_offer_word_pushes_only_when_offered(language: str, reply: str, pushes: bool, resources) -> None:  # noqa: ANN001
    step = NO_DE if language == "de" else NO_EN
    found = penalised(language, reply, resources, **step)
    assert has(found, "pushed_after_no") is pushes, found


PLAN_DE = {
    "say": "Nein danke, einen neuen Tarif will ich nicht, ich will nur, dass es wieder läuft.",
    "emotion": "calm",
    "expect": {"accept_no": True, "offer_words": ["Tarif"]},
}
PLAN_EN = {
    "say": "No thanks, I don't want a new plan, I just want it working again.",
    "emotion": "calm",
    "expect": {"accept_no": True, "offer_words": ["plan"]},
}


@pytest.mark.parametrize(
    ("language", "reply", "pushes"),
    [
        # keeping what the customer has accepts the no (the seeds: respect the customer's decision)
        ("de", "Alles klar, Sie bleiben in Ihrem jetzigen Tarif. Ich kümmere mich um die Störung.", False),
        ("de", "Gut, Sie behalten Ihren bisherigen Tarif, und ich schicke den Techniker.", False),
        ("de", "Bleiben Sie doch lieber bei unserem neuen Tarif, der ist schneller.", True),
        ("de", "Der neue Tarif wäre aber wirklich günstiger für Sie.", True),
        ("en", "Sure, you'll stay on your current plan, and I'll get the line fixed.", False),
        ("en", "Fine, you keep your existing plan as it is.", False),
        ("en", "You should stay with our new plan, it's faster.", True),
        ("en", "The new plan would really save you money though.", True),
    ],
)
def test_keeping_what_the_customer_has_is_no_push(language: str, reply: str, pushes: bool, resources) -> None:  # noqa: ANN001
    step = PLAN_DE if language == "de" else PLAN_EN
    found = penalised(language, reply, resources, **step)
    assert has(found, "pushed_after_no") is pushes, found


@pytest.mark.parametrize(
    ("language", "reply", "ignored"),
    [
        # taking the customer's place with "auch"/"too" takes the feeling up ...
        ("de", "Das würde ich an Ihrer Stelle auch nicht hinnehmen. Ich kläre das sofort.", False),
        ("de", "In Ihrer Lage wäre ich genauso bedient. Ich schaue gleich nach.", False),
        ("en", "I wouldn't put up with that in your position either. I'm sorting it now.", False),
        ("en", "In your shoes I'd want answers too. Let me check right away.", False),
        # ... advice from the customer's place does not
        ("de", "An Ihrer Stelle würde ich die Lieferung einfach abwarten.", True),
        ("en", "In your position I would just wait for the delivery.", True),
        # naming the feeling as an idiom, and owning it without excuses
        ("de", "Das ist ja zum Verzweifeln. Ich kümmere mich sofort darum.", False),
        ("de", "Da gibt es keine Ausrede, das übernehmen selbstverständlich wir.", False),
        ("en", "No excuses, that one's on us. I'm fixing it now.", False),
        ("en", "That's the least we can do. The refund is on its way.", False),
    ],
)
def test_taking_the_customers_place_and_owning_it(language: str, reply: str, ignored: bool, resources) -> None:  # noqa: ANN001
    step = ANGRY_DE if language == "de" else ANGRY_EN
    found = penalised(language, reply, resources, **step)
    assert ("not_listening/ignored_emotion" in found) is ignored, found


SENT_DE = {"say": "Ich habe Ihnen das Foto vom Zählerstand doch längst geschickt!", "emotion": "annoyed"}
SENT_EN = {"say": "I already sent you the photo of the meter reading!", "emotion": "annoyed"}


@pytest.mark.parametrize(
    ("language", "reply", "contradicts"),
    [
        # doubting the customer's account (the seeds: no "Besserwisserei", never make them lose face)
        ("de", "Ich bezweifle, dass Sie das Foto wirklich geschickt haben.", True),
        ("de", "Kann es sein, dass Sie sich beim Zählerstand verlesen haben?", True),
        ("de", "Sind Sie sicher, dass Sie es an die richtige Adresse geschickt haben?", True),
        ("de", "Sie haben sich bestimmt vertippt.", True),
        ("de", "Da übertreiben Sie jetzt aber ein bisschen.", True),
        ("de", "Das ist wahrscheinlich ein Bedienfehler im Portal.", True),
        ("en", "I doubt you sent it to us, to be honest.", True),
        ("en", "Could it be that you misread the meter?", True),
        ("en", "Are you sure you uploaded it to the right account?", True),
        ("en", "You're exaggerating a bit there.", True),
        ("en", "It's probably user error on the portal.", True),
        ("en", "You should really have checked the upload page first.", True),
        # ... and what only looks like it
        ("de", "Ich bezweifle, dass Sie noch lange warten müssen, das geht heute raus.", False),
        ("de", "Das war ganz sicher kein Bedienfehler, das Problem lag bei uns.", False),
        ("de", "Ich habe mich da vertan, entschuldigen Sie bitte.", False),
        ("de", "Sind Sie sicher, dass ich Ihnen die Gutschrift per E-Mail schicken soll?", False),
        ("en", "I doubt you'll have to wait long, it's already on its way.", False),
        ("en", "I don't doubt that for a second. Let me find it.", False),
        ("en", "Are you sure the cable is plugged in properly? If it is, I'll send a new one.", False),
        ("en", "Just to be sure, did you get our confirmation email?", False),
    ],
)
def test_doubting_the_customers_account(language: str, reply: str, contradicts: bool, resources) -> None:  # noqa: ANN001
    step = SENT_DE if language == "de" else SENT_EN
    found = penalised(language, reply, resources, **step)
    assert has(found, "contradiction") is contradicts, found


@pytest.mark.parametrize(
    ("language", "reply", "ignored"),
    [
        # colloquial names of the feeling, believing the customer, "I'd be the same"
        ("de", "Das ist ja wirklich mies gelaufen. Ich schaue sofort nach.", False),
        ("de", "Klar, dass Sie das nervt. Ich kümmere mich darum.", False),
        ("de", "Das nehme ich Ihnen sofort ab. Ich prüfe das jetzt.", False),
        ("de", "Da wäre ich auch außer mir. Ich rufe gleich die Spedition an.", False),
        ("de", "Da wäre ich an Ihrer Stelle genauso sauer. Ich kläre das.", False),
        ("en", "That's a lousy way to start the week. Let me check it now.", False),
        ("en", "Poor you, and on a Monday too. I'm on it.", False),
        ("en", "I believe you. Let me sort it out right away.", False),
        ("en", "I'd have lost my patience too. I'm fixing it now.", False),
        # advice in the first person is no sympathy
        ("de", "Ich würde Ihnen raten, morgen noch einmal anzurufen.", True),
        ("en", "I would suggest you call back tomorrow.", True),
    ],
)
def test_colloquial_sympathy(language: str, reply: str, ignored: bool, resources) -> None:  # noqa: ANN001
    step = ANGRY_DE if language == "de" else ANGRY_EN
    found = penalised(language, reply, resources, **step)
    assert ("not_listening/ignored_emotion" in found) is ignored, found


@pytest.mark.parametrize(
    ("language", "reply", "avoided"),
    [
        # a one-word avoid phrase inside the agent's own sympathy is not the phrase to avoid ...
        ("de", "Fünf Wochen, da hätte ich auch die Geduld verloren. Ich prüfe das jetzt.", False),
        ("en", "Five weeks, I'd have run out of patience too. I'm checking it now.", False),
        # ... said to the customer, it is
        ("de", "Da müssen Sie noch etwas Geduld haben.", True),
        ("en", "You'll need a bit more patience, I'm afraid.", True),
    ],
)
def test_an_avoid_word_in_sympathy(language: str, reply: str, avoided: bool, resources) -> None:  # noqa: ANN001
    step = dict(ANGRY_DE if language == "de" else ANGRY_EN)
    step["expect"] = {"avoid": ["Geduld" if language == "de" else "patience"]}
    found = penalised(language, reply, resources, **step)
    assert has(found, "avoid_phrase") is avoided, found


def test_echoing_the_customers_complaint_is_no_contradiction(resources) -> None:  # noqa: ANN001
    step = {"say": "Three weeks ago you promised me an email about my refund. Nothing came.", "emotion": "angry"}
    assert not has(
        penalised("en", "Three weeks and no email, that's not on. I'm refunding it now.", resources, **step),
        "contradiction",
    )
    assert has(penalised("en", "That is not true, nobody promised you an email.", resources, **step), "contradiction")


@pytest.mark.parametrize(
    ("language", "reply", "pushes"),
    [
        ("en", "Since the new plan doesn't suit you, I've left everything as it is.", False),
        ("en", "As you don't want a new plan, I've just fixed the line.", False),
        ("en", "Since you're here, the new plan is really worth a look.", True),
    ],
)
def test_restating_the_no_as_a_reason(language: str, reply: str, pushes: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **PLAN_EN)
    assert has(found, "pushed_after_no") is pushes, found


@pytest.mark.parametrize(
    ("language", "reply", "ignored"),
    [
        ("de", "Nein, das mute ich Ihnen nicht zu. Sie bekommen morgen ein Ersatzgerät.", False),
        ("de", "Das kann ich Ihnen leider nicht ersparen, Sie müssen noch einmal vorbeikommen.", True),
    ],
)
def test_not_imposing_it_takes_their_side(language: str, reply: str, ignored: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, **ANGRY_DE)
    assert ("not_listening/ignored_emotion" in found) is ignored, found


@pytest.mark.parametrize(
    ("expected", "heard", "same"),
    [
        # a slip is forgiven, a prefix that makes another word is not (issue 10: fuzzy matching
        # never turns a common word into a penalty)
        ("reconsider", "consider", False),
        ("verkaufen", "kaufen", False),
        ("unhappy", "happy", False),
        ("entschuldigung", "entschuldigunk", True),
        ("frustrating", "frustratin", True),
    ],
)
def test_fuzzy_matching_never_adds_a_prefix(expected: str, heard: str, same: bool) -> None:
    assert token_match(expected, heard) is same


def test_consider_it_done_is_no_push(resources) -> None:  # noqa: ANN001
    reply = "Oh, sorry, you did say that. Consider it done, your plan stays as it is."
    assert not has(penalised("en", reply, resources, **PLAN_EN), "pushed_after_no")
    assert has(penalised("en", "Would you reconsider the new plan?", resources, **PLAN_EN), "pushed_after_no")


@pytest.mark.parametrize(
    ("language", "reply", "ignored"),
    [
        # "Rechte" (rights) is not "Sie haben recht": a licence read to an angry customer was
        # said to take her anger up "after 26 words"
        ("de", "Dies umfasst das Recht, die Software zu kopieren und diese Rechte anderen zu übertragen.", True),
        ("de", "Das kommt rechtzeitig bei Ihnen an.", True),
        ("de", "Da haben Sie völlig recht, ich kümmere mich sofort.", False),
        ("en", "These rights are granted to anyone who gets the software.", True),
        ("en", "You're absolutely right, I'm on it.", False),
    ],
)
def test_rights_are_not_being_right(language: str, reply: str, ignored: bool, resources) -> None:  # noqa: ANN001
    step = ANGRY_DE if language == "de" else ANGRY_EN
    found = penalised(language, reply, resources, **step)
    assert ("not_listening/ignored_emotion" in found) is ignored, found
