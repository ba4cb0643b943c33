"""Issue 10, kinds found in the errors of the set v20 (fitted since the twenty-first session).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, has, ignored, penalised


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # a part of the day said with the clock time says which seven it is
        ("I need the van by 9 am at the latest.", "It'll be ready at seven in the morning.", False),
        ("I need the van by 9 am at the latest.", "It'll be ready at ten in the morning.", True),
        ("Ich brauche den Wagen spätestens um 9 Uhr.", "Morgen früh um sieben ist er fertig.", False),
        ("Ich brauche den Wagen spätestens um 9 Uhr.", "Morgen um zehn ist er fertig.", False),  # another day
        ("Ich brauche den Wagen spätestens um 9 Uhr.", "Um zehn ist er fertig.", True),
        # ... also after a comma: "tomorrow evening, seven o'clock" is 19:00
        ("I'm at work until six tomorrow.", "Tomorrow evening, seven o'clock.", False),
        ("I'm at work until six tomorrow.", "Tomorrow afternoon, three o'clock.", True),
        ("Ich bin morgen bis 18 Uhr bei der Arbeit.", "Morgen Abend, sieben Uhr.", False),
        ("Ich bin morgen bis 18 Uhr bei der Arbeit.", "Morgen Nachmittag, drei Uhr.", True),
        # a window someone is home, for every day joined to it, outweighs the customer's work
        (
            "It's Monday. I'm at work till half five every day, but my husband is in on Tuesday and Friday "
            "mornings only.",
            "Friday at ten, then.",
            False,
        ),
        (
            "It's Monday. I'm at work till half five every day, but my husband is in on Tuesday and Friday "
            "mornings only.",
            "Tuesday morning at nine.",
            False,
        ),
        (
            "It's Monday. I'm at work till half five every day, but my husband is in on Tuesday and Friday "
            "mornings only.",
            "Wednesday at ten, then.",
            True,
        ),
        (
            "It's Monday. I'm at work till half five every day, but my husband is in on Tuesday and Friday "
            "mornings only.",
            "I can have someone there at ten on Friday.",
            False,
        ),
        (
            "It's Monday. I'm at work till half five every day, but my husband is in on Tuesday and Friday "
            "mornings only.",
            "I can have someone there at ten on Thursday.",
            True,
        ),
        (
            "It's Monday. I'm at work till half five every day, but my husband is in on Tuesday and Friday "
            "mornings only.",
            "Someone will be there at ten, while your husband is in.",
            False,
        ),
        (
            "Heute ist Montag. Ich arbeite jeden Tag bis halb sechs, mein Mann ist nur Dienstag und Freitag "
            "vormittags zu Hause.",
            "Freitag um zehn kommt der Monteur.",
            False,
        ),
        (
            "Heute ist Montag. Ich arbeite jeden Tag bis halb sechs, mein Mann ist nur Dienstag und Freitag "
            "vormittags zu Hause.",
            "Mittwoch um zehn kommt der Monteur.",
            True,
        ),
        # "bis halb sechs" at work: the evening after it is free
        ("Heute ist Montag. Ich arbeite jeden Tag bis halb sechs.", "Dienstag um 18 Uhr kommt der Monteur.", False),
        ("It's Monday. I'm at work till half five every day.", "Tuesday at 4 pm.", True),
        # "It's only Tuesday" says which day it is; its "only" allows no single day
        ("It's only Tuesday and the week is a mess already. I'm off on Friday.", "Thursday at 9:30.", False),
        ("It's only Tuesday and the week is a mess already. I'm away on Thursday.", "Thursday at 9:30.", True),
        # "nicht vor zehn, da schlafe ich": the morning up to ten, not the whole day
        ("Samstag habe ich frei, aber bitte nicht vor zehn, da schlafe ich aus.", "Samstag um zwölf.", False),
        ("Samstag habe ich frei, aber bitte nicht vor zehn, da schlafe ich aus.", "Samstag um neun Uhr.", True),
        ("On Saturday I'm free, but not before ten, I sleep in then.", "Saturday at noon.", False),
        # an absence with its end named, over more than a week of dates, rules out no weekday
        ("We're away from Saturday the 3rd till Sunday the 11th.", "We'll come Tuesday and Thursday.", False),
        # "ich arbeite bis fünf" with no day names no day (the visit may not need the customer:
        # "I work till five and can't be with him"): no limit
        ("Heute ist Dienstag, ich arbeite bis fünf.", "Morgen um 14 Uhr hätten wir Zeit.", False),
        (
            "It's Monday. I work till seven and can't pick anything up.",
            "Our courier brings it Wednesday morning.",
            False,
        ),
        # a span of hours is read whole: "zwischen 19 und 21 Uhr", "between eight and ten in the evening"
        ("Ich bin morgen bis 18 Uhr bei der Arbeit.", "Morgen zwischen 19 und 21 Uhr.", False),
        ("Ich bin morgen bis 18 Uhr bei der Arbeit.", "Morgen zwischen 9 und 11 Uhr.", True),
        ("I'm at work until six tomorrow.", "Tomorrow between eight and ten in the evening.", False),
        ("I'm at work until six tomorrow.", "Tomorrow at nine in the morning.", True),
        # shifts all week up to an hour, and a day named home all day
        (
            "I'm on earlies all week, six till two. Monday's a bank holiday though, I'm home all day.",
            "Tuesday, 9 till 10 in the morning.",
            True,
        ),
        (
            "I'm on earlies all week, six till two. Monday's a bank holiday though, I'm home all day.",
            "Monday, 9 till 10 in the morning.",
            False,
        ),
        (
            "I'm on earlies all week, six till two. Monday's a bank holiday though, I'm home all day.",
            "Wednesday, 3 till 4 pm.",
            False,
        ),
        ("I'm on nights all this week, so I sleep till two.", "Wednesday morning at nine.", True),
        ("Ich habe die ganze Woche Frühdienst, bis zwei.", "Mittwoch von 15 bis 16 Uhr.", False),
        ("Ich habe die ganze Woche Frühdienst, bis zwei.", "Mittwoch von 9 bis 10 Uhr.", True),
        # "7 till 8 am": the morning for both numbers
        ("My flatmate is home on Tuesday mornings till eleven.", "Tuesday 7 till 8 am.", False),
        ("My flatmate is home on Tuesday mornings till eleven.", "Tuesday 1 till 2 pm.", True),
        # a shift with no hours, beside a time at home, rules out no whole day
        ("Diese Woche habe ich Spätschicht, da bin ich bis zwölf zu Hause.", "Freitag um halb neun.", False),
        ("This week I'm on lates, so I'm home till twelve.", "Friday at 8.30.", False),
        # "at 5:30" is the afternoon, as "at five" is
        ("I can come on Thursday after 5. I work till half four.", "Thursday at 5:30, then.", False),
        ("I'm at work till six on Thursday.", "Thursday at 5:30, then.", True),
        # a window of hours on a named day, against a time with no day said
        ("Die AG trifft sich nur donnerstags von 14 bis 15 Uhr.", "Ich bringe ihn am Donnerstag um 14 Uhr.", False),
        ("Die AG trifft sich nur donnerstags von 14 bis 15 Uhr.", "Ich bringe ihn am Donnerstag um 10 Uhr.", True),
        ("The club only meets on Thursdays from 2 till 3 pm.", "I'll close the box in the morning.", False),
        # "two to three days" is no window of hours
        ("I'm in till one on Saturdays.", "It takes two to three days.", False),
        # "ab sechs" may be the morning: a deadline of eight is not broken by guess
        ("Morgens muss jemand vor acht da sein.", "Unsere Tour ist ab sechs unterwegs.", False),
        # "vor Montag kann ich nicht" names the earliest day, no deadline
        ("Heute ist Donnerstag. Vor Montag kann ich nicht in die Werkstatt kommen.", "Montag um neun.", False),
        ("Heute ist Donnerstag. Vor Montag kann ich nicht in die Werkstatt kommen.", "Nächste Woche Dienstag.", False),
        ("Heute ist Donnerstag. Vor Montag kann ich nicht in die Werkstatt kommen.", "Samstag um zehn.", True),
        ("It's Thursday. I can't come in before Monday.", "Monday at nine.", False),
        ("It's Thursday. I can't come in before Monday.", "Saturday at ten.", True),
        ("I can't come in before Monday.", "Tuesday at nine.", False),
        ("I need it before Monday.", "Tuesday at nine.", True),  # a deadline stays one
        # "heute noch" with a need is a deadline of today, a past sentence after it or not
        ("Das will ich schriftlich, heute noch per Mail.", "Die Bestätigung kommt morgen früh per Mail.", True),
        ("Das will ich schriftlich, heute noch per Mail.", "Die Bestätigung schicke ich Ihnen heute per Mail.", False),
        (
            "Das brauche ich noch heute, ich habe lange genug gewartet.",
            "Die Bestätigung kommt morgen früh per Mail.",
            True,
        ),
        ("I need it in writing today.", "I'll email it tomorrow morning.", True),
        ("I need it in writing today.", "I'll email it this afternoon.", False),
        (
            "I want my money back, and I want my new number on the system today.",
            "The refund reaches your card within three working days.",
            False,
        ),  # two things wanted: the day may be the number's, not the refund's
        # a past clause after the time is a sentence of its own; "-ed" before a need is a wish
        (
            "Heute ist Dienstag. Bis Donnerstag brauche ich den Zaun, ich habe lange genug gewartet.",
            "Die Monteure kommen am Freitag.",
            True,
        ),
        ("It's Tuesday. I've got them fenced in till Thursday at the latest, they need grass.", "Saturday then.", True),
        # present until an hour: not after it, "nur" or not; "um halb acht" is a time
        ("Heute bis 18 Uhr sind wir hier, danach sind wir bei Freunden.", "Er kommt heute Abend um halb acht.", True),
        ("Heute bis 18 Uhr sind wir hier, danach sind wir bei Freunden.", "Er kommt heute um halb fünf.", False),
        ("We're here till six today, then we're out with friends.", "He can come this evening at 7.30.", True),
        ("We're here till six today, then we're out with friends.", "He can come today at four.", False),
    ],
)
def test_times_as_said_with_their_windows(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


AVOID_LEAK = {
    "de": {"say": "Seit dem Sturm tropft es bei uns ins Kinderzimmer.", "avoid": ["Dächer werden undicht"]},
    "en": {"say": "Since the storm it's been dripping into the nursery.", "avoid": ["roofs leak"]},
}


@pytest.mark.parametrize(
    ("language", "reply", "avoided"),
    [
        # asking the customer what happened is not the excuse
        ("en", "I'm so sorry. Which room is it, and where did the roof leak?", False),
        ("en", "I'm so sorry. How badly did the roof leak?", False),
        ("de", "Das tut mir leid. Wo genau ist das Dach undicht geworden?", False),
        # the excuse said, or a reproach as a question, still is
        ("en", "I'm sorry, but roofs leak in storms like that.", True),
        ("de", "Das tut mir leid, aber bei so einem Sturm werden Dächer eben undicht.", True),
    ],
)
def test_asking_what_happened_is_no_avoid_phrase(language: str, reply: str, avoided: bool, resources) -> None:  # noqa: ANN001
    step = AVOID_LEAK[language]
    found = penalised(language, reply, resources, say=step["say"], expect={"avoid": step["avoid"]})
    assert has(found, "avoid_phrase") is avoided, found


@pytest.mark.parametrize(
    ("language", "reply", "contradicts_them"),
    [
        # a relative "that" describes the faulty things; it is no verdict on the customer
        ("en", "I'm sorry. We'll replace everything that's wrong, today.", False),
        ("en", "I'm sorry. The part that's wrong goes back today.", False),
        ("en", "I'm sorry. Anything that is not right, we replace.", False),
        ("en", "Honestly, I think that's wrong.", True),
        ("en", "No, that's wrong, the part was fine.", True),
        ("de", "Es tut mir leid. Wir ersetzen alles, was nicht stimmt, noch heute.", False),
        ("de", "Nein, das stimmt nicht, das Teil war in Ordnung.", True),
    ],
)
def test_a_relative_that_is_no_contradiction(language: str, reply: str, contradicts_them: bool, resources) -> None:  # noqa: ANN001
    say = {"de": "Das Teil ist kaputt angekommen.", "en": "The part arrived broken."}[language]
    found = penalised(language, reply, resources, say=say, expect={"key_points": {"x": ["leid", "sorry"]}})
    assert contradicts(found) is contradicts_them, found


#: The rug is called what the customer (Mrs Keller) is called, as a tartan bears a clan's name.
NAMED_EXCUSE = "Mark on your hotline says the Keller was sold out, so you sent a similar model instead."


@pytest.mark.parametrize(
    ("reply", "echoed"),
    [
        # a name the fix and the excuse share is what both are about, not the excuse
        ("I'm sorry. We'll send you the Keller today.", False),
        ("I'm sorry. The Keller goes out today, we'll send it by courier.", False),
        # the excuse said again still is
        ("I'm sorry. The Keller was sold out, so we sent a similar model instead.", True),
    ],
)
def test_a_name_shared_with_the_excuse(reply: str, echoed: bool, resources) -> None:  # noqa: ANN001
    found = penalised("en", reply, resources, say=NAMED_EXCUSE, expect={"key_points": {"x": ["sorry"]}})
    assert contradicts(found) is echoed, found


@pytest.mark.parametrize(
    ("language", "reply", "taken_up"),
    [
        # their anger not held against them, their demand called fair
        ("de", "Das kann ich Ihnen nicht verübeln. Wir zahlen die Rechnung.", True),
        ("de", "Das kann Ihnen keiner verübeln. Wir zahlen die Rechnung.", True),
        ("en", "I don't blame you. We'll pay the bill.", True),
        ("en", "That's only fair. We'll pay the bill.", True),
        ("en", "That's only right. We'll pay the bill.", True),
        # a promise refused is not taking it up
        ("de", "Das kann ich Ihnen nicht versprechen. Wir prüfen die Rechnung.", False),
        ("en", "I can't promise that. We'll look at the bill.", False),
    ],
)
def test_their_anger_not_held_against_them(language: str, reply: str, taken_up: bool, resources) -> None:  # noqa: ANN001
    say = {"de": "Wer zahlt mir jetzt die Rechnung?", "en": "Who's paying the bill now?"}[language]
    found = penalised(language, reply, resources, mood="calm", emotion="annoyed", say=say)
    assert (not ignored(found)) is taken_up, found


COLLAR = {
    "de": {"say": "Unser Hund hat sich an Ihrem neuen Halsband wundgescheuert!", "points": ["ersetzen", "neues Halsband"]},
    "en": {"say": "My dog's neck is raw from your new collar!", "points": ["replace", "new collar"]},
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # sympathy that goes on about the customer's plight still says nothing about the matter
        ("de", "Oh nein, das tut mir leid. Das ist schlimm, wenn der eigene Hund so leidet.", True),
        ("en", "Oh no, I'm so sorry. That's awful, especially with a dog his age.", True),
        ("en", "Oh no, I'm so sorry, that's an awful thing to happen to a puppy.", True),
        ("en", "Oh no, I'm so sorry. It's awful, watching him scratch like that.", True),
        # a plain statement may be the fix in unlisted words: no points off in doubt
        ("de", "Oh nein, das tut mir leid. Ein anderes Modell geht an Sie raus.", False),
        ("en", "Oh no, I'm so sorry. A different model is on its way to you.", False),
        ("en", "Oh no, I'm so sorry, we'll sort him out with something softer.", False),
    ],
)
def test_sympathy_that_goes_on_is_still_only_sympathy(language: str, reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    step = COLLAR[language]
    found = penalised(language, reply, resources, say=step["say"], expect={"key_points": {"fix": step["points"]}})
    assert has(found, "not_listening/missed_point") is missed, found


PRESSING = {
    "de": "Das Gewicht ist nicht das Problem, Ihre Pressung ist es.",
    "en": "The weight isn't the problem, your pressing is.",
}


@pytest.mark.parametrize(
    ("language", "reply", "denies"),
    [
        # the customer's claim denied with a hedge between ("isn't always the pressing") still is
        ("en", "I'm sorry. Just so you know, it isn't always the pressing.", True),
        ("en", "I'm sorry. It isn't necessarily the pressing, though.", True),
        ("de", "Das tut mir leid. Es ist aber nicht immer die Pressung.", True),
        ("de", "Das tut mir leid. Es ist nicht unbedingt die Pressung.", True),
        # "not only" adds to the claim; it denies nothing
        ("en", "I'm sorry. It isn't only the pressing, the sleeves were late too.", False),
        ("de", "Das tut mir leid. Es ist nicht nur die Pressung, auch die Hüllen kamen zu spät.", False),
    ],
)
def test_a_hedged_denial_of_their_claim(language: str, reply: str, denies: bool, resources) -> None:  # noqa: ANN001
    found = penalised(
        language, reply, resources, say=PRESSING[language], expect={"key_points": {"x": ["leid", "sorry"]}}
    )
    assert contradicts(found) is denies, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # the plight said after the feeling in the same clause, and the customer's name near a
        # point's word, say nothing about the matter
        ("en", "I'm so sorry, that must be hard after all the walks you've had with him.", True),
        ("de", "Das tut mir leid, das ist ärgerlich, wenn man sich so auf den Spaziergang gefreut hat.", True),
        ("en", "I'm so sorry, Mrs Keller. I'll pass this on to the workshop.", True),
        # a step said in unlisted words is no such reply: no points off in doubt
        ("en", "I'm so sorry, Mrs Keller. A softer model goes out to you.", False),
    ],
)
def test_the_plight_and_the_name_say_nothing_about_the_matter(
    language: str, reply: str, missed: bool, resources
) -> None:  # noqa: ANN001
    step = {"de": ["Halsband Keller", "ersetzen"], "en": ["Keller collar", "replace"]}[language]
    found = penalised(language, reply, resources, say=COLLAR[language]["say"], expect={"key_points": {"fix": step}})
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # an extra with its price, after the no, is another offer in unlisted words
        ("en", "Of course. And I could add the matching bow tie for just £15 more.", True),
        ("en", "Of course. I could throw in a spare set at half price, if you like.", True),
        ("de", "Verstanden. Ich hätte noch eine passende Fliege, die gebe ich Ihnen zum halben Preis mit.", True),
        ("de", "Verstanden. Ich könnte Ihnen die passende Fliege für 15 Euro mehr dazulegen.", True),
        # a selling phrase with "no" in it negates nothing
        ("en", "Of course. While he's there, he could check your shirts too, no obligation.", True),
        # a price of what was asked for is no push
        ("en", "Of course. The suit comes tomorrow, and we'll refund the £15 delivery.", False),
        ("de", "Verstanden. Der Anzug kommt morgen, die 15 Euro Versand erstatten wir.", False),
    ],
)
def test_an_extra_with_its_price(language: str, reply: str, pushed: bool, resources) -> None:  # noqa: ANN001
    say = {
        "de": "Und nein, die Premium-Reinigung will ich nicht. Wann kommt der Anzug?",
        "en": "And no, I don't want the premium cleaning. When does the suit come?",
    }[language]
    found = penalised(
        language, reply, resources, mood="calm", emotion="annoyed", say=say,
        expect={"accept_no": True, "offer_words": ["Premium", "Reinigung", "premium", "cleaning"]},
    )  # fmt: skip
    assert has(found, "pushed_after_no") is pushed, found


@pytest.mark.parametrize(
    ("language", "reply", "taken_up"),
    [
        # the hard time named, or the worry taken off them, takes the feeling up
        ("de", "Das klingt nach einer schweren Zeit für Sie. Wie wäre Freitag um zehn?", True),
        ("de", "Das kriegen wir hin, Sie sollen beruhigt in den Urlaub fahren. Freitag um zehn?", True),
        ("en", "That sounds like a really tough time for you. How about Friday at ten?", True),
        ("en", "We'll sort it, so you can go away with peace of mind. Friday at ten?", True),
        # a time offered alone does not
        ("de", "Wie wäre Freitag um zehn?", False),
        ("en", "How about Friday at ten?", False),
    ],
)
def test_a_hard_time_named(language: str, reply: str, taken_up: bool, resources) -> None:  # noqa: ANN001
    say = {
        "de": "Mein Vater ist gestern aus dem Krankenhaus gekommen, und ich bin ab Montag weg.",
        "en": "My father came out of hospital yesterday, and I'm away from Monday.",
    }[language]
    found = penalised(language, reply, resources, mood="calm", emotion="sad", say=say)
    assert (not ignored(found)) is taken_up, found


@pytest.mark.parametrize(
    ("language", "reply", "played_down"),
    [
        # the trouble called normal plays the complaint down
        ("en", "I'm sorry. Gates do stick now and then, that's the nature of them, but we'll fix it.", True),
        # (a bare "these things happen" before the fix is left alone: test_issue10_kinds_v5)
        ("de", "Tut mir leid, so etwas kann schon mal passieren. Wir reparieren das Tor morgen.", True),
        ("de", "Tut mir leid, das kommt schon mal vor. Wir reparieren das Tor morgen.", True),
        # owning it is not
        ("de", "Tut mir leid, so etwas darf nicht passieren. Wir reparieren das Tor morgen.", False),
        ("en", "I'm sorry, that should never happen. We'll fix the gate tomorrow.", False),
    ],
)
def test_the_trouble_called_normal(language: str, reply: str, played_down: bool, resources) -> None:  # noqa: ANN001
    say = {"de": "Ihr neues Tor klemmt schon wieder!", "en": "Your new gate is sticking again!"}[language]
    found = penalised(language, reply, resources, say=say, expect={"key_points": {"x": ["leid", "sorry"]}})
    assert contradicts(found) is played_down, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # the customer's own feeling said back, then their plight: sympathy only
        ("de", "Oh nein, Frau Keller. Das ist wirklich ärgerlich, wenn der Hund sich so quält.", True),
        ("en", "Oh no, Mrs Keller. It really is annoying, when the dog suffers like that.", True),
        # ... a step after it is not
        ("de", "Oh nein, Frau Keller. Das ist wirklich ärgerlich, ein weicheres Modell geht an Sie raus.", False),
    ],
)
def test_their_feeling_said_back_then_the_plight(language: str, reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    say = {
        "de": "Das ist wirklich ärgerlich! Unser Hund hat sich am neuen Halsband wundgescheuert.",
        "en": "It really is annoying! My dog's neck is raw from your new collar.",
    }[language]
    found = penalised(language, reply, resources, say=say, expect={"key_points": {"fix": COLLAR[language]["points"]}})
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "avoid", "avoided"),
    [
        # a listed phrase that is itself a question counts inside a question (the CI run caught it)
        ("de", "Ähm, wie war die Adresse noch mal?", "wie war die Adresse noch", True),
        ("en", "Sorry, what was the address again?", "what was the address", True),
        # a listed statement asked about does not
        ("en", "Sorry, where did the roof leak?", "roofs leak", False),
    ],
)
def test_a_listed_question_counts_in_a_question(
    language: str, reply: str, avoid: str, avoided: bool, resources
) -> None:  # noqa: ANN001
    say = {"de": "Die neue Adresse ist Lindenstraße 12.", "en": "The new address is 12 Linden Street."}[language]
    found = penalised(language, reply, resources, say=say, expect={"avoid": [avoid]})
    assert has(found, "avoid_phrase") is avoided, found
