"""Issue 10, kinds found in the errors of the set v22 (fitted since the twenty-third session).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from tests.helpers.content_judge import CONTENT, breaks_a_limit, contradicts, has, penalised
from tests.helpers.timelines import kinds, scenario
from voicecoach.core.typed import judge_text

VIEWING_DE = (
    "Heute ist Dienstag. Am Freitag um 14 Uhr kommt der Gutachter, und ich bin nur vormittags zu Hause, "
    "nachmittags arbeite ich."
)
VIEWING_EN = "It's Tuesday. On Friday at two the surveyor comes, and I'm only home in the mornings."
STABLE_EN = "It's Monday. I can only be at the stable before 7 in the morning or after 6, and Wednesday's out."
SHOP_EN = (
    "It's Monday. We're open eight till five, so your fitters can only come before eight or after five, "
    "and not at the weekend, the market's on."
)
SHOP_DE = "Heute ist Montag. Ihre Leute können nur vor acht oder nach 17 Uhr kommen, und bitte nicht am Wochenende."


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # a window in its own clause holds every day, not for the day of an event said before it
        (VIEWING_DE, "Wir kommen morgen um neun.", False),
        (VIEWING_DE, "Wir kommen Donnerstag um 15 Uhr.", True),
        (VIEWING_EN, "We'll be there tomorrow at nine.", False),
        (VIEWING_EN, "We'll be there on Thursday at four in the afternoon.", True),
        # "only before 7 ... or after 6": both windows; a day ruled out after them is no window's day
        (STABLE_EN, "Tomorrow at half six in the morning.", False),
        (STABLE_EN, "Thursday at seven in the evening.", False),
        (STABLE_EN, "Thursday at noon.", True),
        (STABLE_EN, "Wednesday at seven in the evening.", True),
        # opening hours beside the customer's own window: the window says when to come
        (SHOP_EN, "Tuesday at six in the evening.", False),
        (SHOP_EN, "Tuesday at seven in the morning.", False),
        (SHOP_EN, "Tuesday at eleven in the morning.", True),
        (SHOP_EN, "Saturday at six in the evening.", True),
        (SHOP_EN, "Sunday at six in the morning.", True),
        (SHOP_DE, "Dienstag um 18 Uhr.", False),
        (SHOP_DE, "Dienstag um 11 Uhr.", True),
        (SHOP_DE, "Sonntag um sieben Uhr früh.", True),
        ("Heute ist Montag. Donnerstag fällt aus, da habe ich Besuch.", "Donnerstag um zehn.", True),
        ("Heute ist Montag. Donnerstag fällt aus, da habe ich Besuch.", "Mittwoch um zehn.", False),
        # a count of hours is no clock time
        (
            "Ich bin nur vormittags zu Hause.",
            "Wir kommen morgen um acht, nach zwei, drei Stunden sind wir fertig.",
            False,
        ),
        ("I'm only home in the mornings.", "We'll come at eight tomorrow, it takes two or three hours.", False),
        ("I'm only home before noon.", "We'll come at nine tomorrow.", False),
        ("I'm only home before noon.", "We'll come at two tomorrow.", True),
        # a span of hours with the morning said after it
        ("The only slot is Saturday the 14th, 6 till 10 in the morning.", "On the 14th at eight.", False),
        ("The only slot is Saturday the 14th, 6 till 10 in the morning.", "On the 14th at seven in the evening.", True),
        # "whether it is ready by Saturday" asks for a deadline; a comma ends the day before "bis"
        (
            "Heute ist Dienstag. Ich will nur wissen, ob die Jacke bis Samstag fertig ist.",
            "Sie ist am Montag fertig.",
            True,
        ),
        (
            "Heute ist Dienstag. Ich will nur wissen, ob die Jacke bis Samstag fertig ist.",
            "Sie ist am Freitag fertig.",
            False,
        ),
        ("It's Tuesday. Can you tell me whether it'll be ready by Saturday?", "It'll be ready on Monday.", True),
        (
            "Heute ist Dienstag. Die Taufe ist am Sonntag, bis Samstag muss das Kleid da sein.",
            "Es kommt am Montag.",
            True,
        ),
        (
            "Heute ist Dienstag. Die Taufe ist am Sonntag, bis Samstag muss das Kleid da sein.",
            "Es kommt am Freitag.",
            False,
        ),
        # no date before the earliest one said
        ("Bitte erst nach der Kur, also nicht vor dem 20. Mai.", "Am 12. Mai hätten wir noch etwas frei.", True),
        ("Bitte erst nach der Kur, also nicht vor dem 20. Mai.", "Am 22. Mai hätten wir noch etwas frei.", False),
        ("Not before the 20th, please, I'm in hospital till then.", "We could do the 12th.", True),
    ],
)
def test_windows_days_ruled_out_and_deadlines_asked(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


#: A sceptical customer on the first turn of a complaint: the straight answer is what is owed.
SCEPTIC = {
    "de": "Sie haben die Treppe vor zwei Wochen gestrichen, und jetzt blättert der Lack. Muss ich das wirklich so hinnehmen?",
    "en": "You painted the stairs two weeks ago and the varnish is peeling. Do I really have to live with that?",
}


@pytest.mark.parametrize(
    ("language", "mood", "reply", "faulted"),
    [
        ("de", "sceptical", "Nein, keineswegs. Wir streichen die Treppe kostenlos neu.", False),
        ("en", "sceptical", "No, you don't. We'll redo the stairs free of charge.", False),
        ("en", "hurried", "We'll redo the stairs free of charge this week.", False),
        # a calm complaint keeps the thanks the seeds ask for
        ("en", "calm", "What colour was the varnish?", True),
    ],
)
def test_a_sceptic_is_owed_a_straight_answer(language: str, mood: str, reply: str, faulted: bool, resources) -> None:  # noqa: ANN001
    sc = scenario(language, theme="complaint", mood=mood, say=SCEPTIC[language], emotion=mood)
    result = judge_text(sc, "t1", reply, resources=resources)
    found = [k for k, f in zip(kinds(list(result.findings)), result.findings) if f.kind in CONTENT]
    assert ("no_acknowledgement" in found) is faulted, found


#: The colleague's two claims, each about its own thing.
TWO_CLAIMS = {
    "de": "Herr Brandt sagt, Schatten sind auf Sandstein normal und die Fensterläden waren sowieso morsch.",
    "en": "Gary says shadows are normal on sandstone and the shutters were rotten anyway.",
}


@pytest.mark.parametrize(
    ("language", "reply", "echoed"),
    [
        # naming each thing in the fix is no echo of what was claimed of it
        ("en", "No. We'll come back for the shadows and repaint the shutters, free of charge.", False),
        ("de", "Nein. Wir kommen wegen der Schatten wieder und streichen die Fensterläden kostenlos neu.", False),
        # saying a claim again still is
        ("en", "I'm sorry, but shadows are normal on sandstone.", True),
        ("en", "I'm sorry, but the shutters were rotten anyway.", True),
    ],
)
def test_two_claims_each_with_its_subject(language: str, reply: str, echoed: bool, resources) -> None:  # noqa: ANN001
    found = penalised(
        language, reply, resources, say=TWO_CLAIMS[language], expect={"key_points": {"x": ["come back", "wieder"]}}
    )
    assert contradicts(found) is echoed, found


@pytest.mark.parametrize(
    ("reply", "contradicts_them"),
    [
        # putting it right, not calling it untrue
        ("Nothing I say can make that right, and I'm so sorry. You'll have every penny back.", False),
        ("Nothing we do will put that right, I know. I'm refunding the full £300.", False),
        # a word with a colleague is a follow-up, not running them down
        ("I'm so sorry. I'll have a word with Gary, and you'll have every penny back.", False),
        # calling what they said untrue still is
        ("I'm sorry, but that's not right, the booking was for the 14th.", True),
    ],
)
def test_putting_it_right_is_no_denial(reply: str, contradicts_them: bool, resources) -> None:  # noqa: ANN001
    say = "Gary promised the piper for the funeral on the 12th and nobody came. My mother was in tears."
    found = penalised("en", reply, resources, say=say, expect={"key_points": {"x": ["sorry"]}})
    assert contradicts(found) is contradicts_them, found


@pytest.mark.parametrize(
    ("reply", "avoided"),
    [
        # "sicher" said of them is the listed doubt; "auf der sicheren Seite" is reassurance
        ("Das schaffen wir bis Mittwoch, für Samstag sind Sie also auf der sicheren Seite.", False),
        ("Sind Sie da wirklich sicher?", True),
    ],
)
def test_an_adjective_before_a_noun_is_another_word(reply: str, avoided: bool, resources) -> None:  # noqa: ANN001
    found = penalised(
        "de",
        reply,
        resources,
        mood="calm",
        say="Den Zusatzschutz will ich nicht.",
        expect={"avoid": ["sind Sie sicher"], "accept_no": True},
    )
    assert has(found, "avoid_phrase") is avoided, found


#: A way of paying or sending the customer ruled out, per language.
NO_CHEQUE = {
    "de": "Wann kommt mein Geld? Und bitte keinen Scheck, ich bin nie zu Hause.",
    "en": "When do I get my money? And don't send a cheque, nobody's ever home.",
}
NO_EMAIL = {"de": "Meine Mutter hat keine E-Mail.", "en": "My mother doesn't do email."}


@pytest.mark.parametrize(
    ("say", "language", "reply", "offered"),
    [
        (NO_CHEQUE, "de", "Wir schicken Ihnen bis Freitag einen Scheck.", True),
        (NO_CHEQUE, "de", "Wir überweisen das Geld bis Freitag, einen Scheck schicken wir nicht.", False),
        (NO_CHEQUE, "en", "We'll send you a cheque by post this week.", True),
        (NO_CHEQUE, "en", "Instead of a cheque, we'll transfer it to your account by Friday.", False),
        (NO_EMAIL, "de", "Ich schicke ihr die Bestätigung per E-Mail.", True),
        (NO_EMAIL, "de", "Ich schicke ihr die Bestätigung per Brief.", False),
        (NO_EMAIL, "en", "I'll send her the confirmation by email today.", True),
        (NO_EMAIL, "en", "I'll post her a letter today.", False),
        # an email that never came is a complaint, not a way ruled out
        ({"en": "I never got an email from you."}, "en", "I'll send you an email right now.", False),
        ({"de": "Es kam nie eine E-Mail von Ihnen."}, "de", "Ich schicke Ihnen gleich eine E-Mail.", False),
    ],
)
def test_a_way_ruled_out_and_offered(say: dict, language: str, reply: str, offered: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, mood="calm", say=say[language])
    assert ("not_listening/refused_means" in found) is offered, found


@pytest.mark.parametrize(
    ("language", "reply", "contradicts_them"),
    [
        # the rule cited for what we may do, against their complaint
        ("de", "Das tut mir leid, aber laut Vertrag dürfen wir ein anderes Modell liefern.", True),
        ("en", "I'm sorry, but our terms allow us to send a different horse.", True),
        # a rule that lets us give them something is in their favour
        ("de", "Laut AGB dürfen wir Ihnen den vollen Betrag erstatten.", False),
        ("en", "Our policy lets us refund you in full.", False),
        # what nobody could help, said of our failure
        ("de", "Das tut mir leid, aber das war ein Fall von höherer Gewalt.", True),
        ("en", "I'm sorry, but the delay was beyond our control.", True),
        ("de", "Das war keine höhere Gewalt, das war unser Fehler. Es tut mir leid.", False),
        # a cost on top is theirs to pay
        ("de", "Morgen geht, aber die Anlieferung kostet extra.", True),
        ("en", "Tomorrow works, but the delivery is an additional charge, I'm afraid.", True),
        ("de", "Morgen geht, und die Anlieferung ist kostenlos.", False),
    ],
)
def test_rules_for_us_and_what_nobody_could_help(language: str, reply: str, contradicts_them: bool, resources) -> None:  # noqa: ANN001
    say = {
        "de": "Bestellt war das Modell Bergen in Eiche, gekommen ist eins in Buche, und zu spät!",
        "en": "I booked two white horses and got one brown one, forty minutes late!",
    }[language]
    found = penalised(language, reply, resources, say=say, expect={"key_points": {"x": ["leid", "sorry"]}})
    assert contradicts(found) is contradicts_them, found


@pytest.mark.parametrize(
    ("reply", "missed"),
    [
        # a word with a colleague and "see what can be done" promise nothing about the matter
        ("I'll have a word with Gary and see what can be done.", True),
        ("I'm sorry. We'll come back on Monday and re-grout it free of charge.", False),
    ],
)
def test_a_word_with_a_colleague_fixes_nothing(reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    found = penalised(
        "en",
        reply,
        resources,
        say="Your fitter left the grout cracked. Gary says it'll settle. Will you fix it?",
        expect={"key_points": {"return": ["come back", "return"], "free": ["free of charge", "no charge"]}},
    )
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # the one date allowed rules out every other date, at any hour
        (
            "The only slot the council gives me is Tuesday the 9th, 6 till 10 in the morning.",
            "I can do Thursday the 11th at 7.",
            True,
        ),
        (
            "The only slot the council gives me is Tuesday the 9th, 6 till 10 in the morning.",
            "The 9th at 7 is booked for you.",
            False,
        ),
    ],
)
def test_the_one_date_allowed(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # sympathy in other shapes is still sympathy only: the refund is not said
        ("en", "I'm so sorry. That sounds like an awful day for all of you.", True),
        ("de", "Oh nein, das tut mir leid. So eine Feier ist etwas ganz Besonderes.", True),
        # the refund said after it
        ("en", "I'm so sorry. That sounds like an awful day. You'll have the £90 back today.", False),
        ("de", "Das tut mir leid, so eine Feier ist etwas Besonderes. Die 90 Euro überweisen wir heute zurück.", False),
    ],
)
def test_sympathy_in_other_shapes_says_no_fix(language: str, reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    say = {
        "de": "Die Torte zur Taufe kam nicht. Ich will meine 90 Euro zurück.",
        "en": "The christening cake never came. I want my £90 back.",
    }[language]
    points = {"refund": ["zurück", "erstatten"] if language == "de" else ["back", "refund"]}
    found = penalised(language, reply, resources, say=say, expect={"key_points": points})
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "contradicts_them"),
    [
        # their slip, with us as the object
        ("en", "I'm sorry. Our records say the 14th, so you must have given us the wrong date.", True),
        ("de", "Das tut mir leid. Sie müssen uns das falsche Datum gegeben haben.", True),
        # what they must have gone through is sympathy
        ("en", "You must have waited ages, I'm so sorry.", False),
        ("de", "Sie müssen lange gewartet haben, das tut mir leid.", False),
        # our own slip
        ("en", "We must have sent it to the wrong address, I'm sorry.", False),
        ("de", "Da haben wir Sie falsch informiert, das tut mir leid.", False),
    ],
)
def test_you_must_have_slipped_or_suffered(language: str, reply: str, contradicts_them: bool, resources) -> None:  # noqa: ANN001
    say = {
        "de": "Der Dudelsackspieler kam nicht zur Beerdigung. In Ihrer Mail steht der 7.",
        "en": "The piper never came to the funeral. Your email says the 7th.",
    }[language]
    found = penalised(language, reply, resources, say=say, expect={"key_points": {"x": ["leid", "sorry"]}})
    assert contradicts(found) is contradicts_them, found


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # the no taken back for them, with a price: the offer again
        ("de", "Verstehe. Und wenn Sie doch eine Verlängerung möchten, mache ich sie Ihnen für 40 Euro.", True),
        ("en", "Understood. If you do want it later, it's only £15 a month.", True),
        # further questions welcomed sell nothing
        ("de", "Verstehe. Wenn Sie doch noch Fragen haben, rufen Sie einfach an.", False),
        ("en", "Understood. If you do want to talk it through, just call us.", False),
    ],
)
def test_the_no_taken_back_for_them(language: str, reply: str, pushed: bool, resources) -> None:  # noqa: ANN001
    say = {"de": "Die Garantieverlängerung will ich nicht.", "en": "I don't want the extended warranty."}[language]
    offer = {"de": ["Garantieverlängerung"], "en": ["extended warranty"]}[language]
    found = penalised(
        language, reply, resources, mood="calm", say=say, expect={"accept_no": True, "offer_words": offer}
    )
    assert has(found, "pushed_after_no") is pushed, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # needed on a day: there by that day
        ("Heute ist Dienstag. Ich brauche das Kleid am Freitag für die Hochzeit.", "Es kommt am Samstag.", True),
        ("Heute ist Dienstag. Ich brauche das Kleid am Freitag für die Hochzeit.", "Es kommt am Donnerstag.", False),
        ("It's Monday. I need the van on Friday for the move.", "It'll be with you on Saturday.", True),
        ("It's Monday. I need the van on Friday for the move.", "It'll be with you on Thursday.", False),
        ("It's Monday. I don't need it on Friday, any day is fine.", "It'll be with you on Saturday.", False),
    ],
)
def test_needed_on_a_day(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("say", "reply"),
    [
        ("There's no post on Sundays out here, so Monday at the earliest.", "We'll send it by post on Monday."),
        ("No email from you yet, and nobody called.", "I'll send you an email right now."),
        ("No problem with the post, just be quick.", "We'll send it by post today."),
        ("I don't get post at the old address any more.", "We'll send it by post to your new address."),
    ],
)
def test_no_way_ruled_out_by_what_there_is(say: str, reply: str, resources) -> None:  # noqa: ANN001
    found = penalised("en", reply, resources, mood="calm", say=say)
    assert "not_listening/refused_means" not in found, found


@pytest.mark.parametrize(
    ("reply", "contradicts_them"),
    [
        # siding with their doubt, a negation of a relative clause, a benefit denied nothing
        ("After the last visit I'd doubt it too. Our supervisor is booked for Thursday at nine.", False),
        ("You paid for a service that didn't happen, so you'll have the £90 back this week.", False),
        ("And no, you're not paying a penny for this week.", False),
        # still contradicting
        ("I doubt the fitter left it like that.", True),
        ("You didn't pay the deposit, so the booking lapsed.", True),
    ],
)
def test_on_their_side_in_other_words(reply: str, contradicts_them: bool, resources) -> None:  # noqa: ANN001
    say = "The fitter never came and I'm paying for this week anyway? I doubt you'll even turn up on Thursday."
    found = penalised("en", reply, resources, say=say, expect={"key_points": {"x": ["sorry", "back", "thursday"]}})
    assert contradicts(found) is contradicts_them, found


def test_understanding_their_matter_presses_nothing(resources) -> None:  # noqa: ANN001
    found = penalised(
        "de",
        "Natürlich, ich verstehe, dass jetzt nur noch Ihr Einspruch zählt. Die Bestätigung schicke ich heute.",
        resources,
        mood="calm",
        say="Die Express-Option will ich nicht. Ich brauche nur die Bestätigung für meinen Einspruch.",
        expect={"accept_no": True, "offer_words": ["Express-Option"]},
    )
    assert not has(found, "pushed_after_no"), found
    pushed = penalised(
        "de",
        "Natürlich. Nehmen Sie die Express-Option doch nur noch dieses eine Mal?",
        resources,
        mood="calm",
        say="Die Express-Option will ich nicht. Ich brauche nur die Bestätigung für meinen Einspruch.",
        expect={"accept_no": True, "offer_words": ["Express-Option"]},
    )
    assert has(pushed, "pushed_after_no"), pushed


@pytest.mark.parametrize(
    ("say", "reply"),
    [
        ("Kein Problem mit der Post, aber bitte schnell.", "Wir schicken es heute per Post."),
        ("Ich bekomme keine Post mehr an die alte Adresse.", "Wir schicken es per Post an die neue Adresse."),
        ("Keine Ahnung, ob die Post das schafft.", "Wir schicken es heute per Post."),
    ],
)
def test_no_way_ruled_out_in_passing(say: str, reply: str, resources) -> None:  # noqa: ANN001
    found = penalised("de", reply, resources, mood="calm", say=say)
    assert "not_listening/refused_means" not in found, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # asking for a day, not needing it, a day off named, a day gone by: nothing ruled out
        ("Heute ist Freitag. Geht es nicht auch am Montag?", "Montag um zehn.", False),
        ("Heute ist Freitag. Das muss nicht am Montag sein, Dienstag geht auch.", "Montag um zehn.", False),
        (
            "Heute ist Montag. Ich bin die ganze Woche bis 17 Uhr im Büro, nur am Freitag habe ich frei.",
            "Dienstag um 18 Uhr.",
            False,
        ),
        ("Heute ist Freitag. Ich habe nicht am Montag angerufen, sondern am Dienstag.", "Montag um zehn.", False),
        ("It's Friday. It doesn't have to be on Monday, Tuesday works too.", "Monday at ten.", False),
        # still ruled out
        ("Heute ist Freitag. Montag geht bei mir nicht.", "Montag um zehn.", True),
        ("Heute ist Freitag. Bitte nicht am Montag, da ist viel los.", "Montag um zehn.", True),
        # a business trip is away: the wife's window opens those days only
        (
            "Heute ist Freitag. Ich bin ab Mittwoch auf Dienstreise, meine Frau ist nur vormittags da.",
            "Dienstag um 15 Uhr.",
            False,
        ),
        (
            "Heute ist Freitag. Ich bin ab Mittwoch auf Dienstreise, meine Frau ist nur vormittags da.",
            "Donnerstag um 15 Uhr.",
            True,
        ),
    ],
)
def test_days_asked_for_or_not_needed(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("language", "reply", "contradicts_them"),
    [
        # the customer as the one something is done to: the rule still refuses them
        ("de", "Laut AGB darf ich Ihnen das leider nicht erstatten.", True),
        ("en", "Under our terms we can't refund you, I'm afraid.", True),
        # the customer as the subject of what they need not do: in their favour
        ("de", "Laut AGB müssen Sie nichts zahlen.", False),
        ("en", "Under the terms you don't pay anything extra.", False),
    ],
)
def test_a_rule_refusing_them_as_its_object(language: str, reply: str, contradicts_them: bool, resources) -> None:  # noqa: ANN001
    say = {"de": "Ich will mein Geld zurück, das Pferd war braun!", "en": "I want my money back, the horse was brown!"}[
        language
    ]
    found = penalised(language, reply, resources, say=say, expect={"key_points": {"x": ["leid", "sorry"]}})
    assert contradicts(found) is contradicts_them, found
