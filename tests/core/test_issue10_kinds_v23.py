"""Issue 10, kinds found in the errors of the set v23 (fitted since the twenty-fourth session).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, has, penalised

HOME_DAYS_DE = "Heute ist Montag. Ich bin nur Mittwoch und Donnerstag ab 16 Uhr zu Hause."
HOME_DAYS_EN = "It's Monday. I'm only in on Wednesday, Thursday or Friday after 4 pm."
NAN_EN = "It's Tuesday. The dogs are at my sister's till Saturday, and I'm home afternoons only."


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # a window after a list of days holds for each day of the list
        (HOME_DAYS_DE, "Wir kommen am Mittwoch um 17 Uhr.", False),
        (HOME_DAYS_DE, "Wir kommen am Donnerstag um halb fünf.", False),
        (HOME_DAYS_DE, "Wir kommen am Mittwoch um zehn Uhr.", True),
        (HOME_DAYS_DE, "Wir kommen am Dienstag um 17 Uhr.", True),
        (HOME_DAYS_EN, "We'll be there Thursday at five.", False),
        (HOME_DAYS_EN, "We'll be there Wednesday at 4:30 pm.", False),
        (HOME_DAYS_EN, "We'll be there Friday at ten in the morning.", True),
        (HOME_DAYS_EN, "We'll be there Tuesday at five.", True),
        # the day a span ends is not the day of the window said after it
        (NAN_EN, "Thursday at two in the afternoon.", False),
        (NAN_EN, "Thursday at nine in the morning.", True),
        # with today known, "tomorrow" (Tuesday) comes before a Saturday deadline
        ("Heute ist Montag. Schaffen Sie das bis Samstag?", "Wir arbeiten heute und morgen daran.", False),
        ("Heute ist Montag. Schaffen Sie das bis Samstag?", "Es wird Dienstag nächster Woche.", True),
        ("It's Thursday today. I need it by Tuesday.", "We'll deliver on Monday.", False),
        ("It's Thursday today. I need it by Tuesday.", "We'll deliver on Wednesday.", True),
        # a count of years or months is no clock time ("after three years" is not "after 3")
        ("Greg says you only issue the certificate after three years.", "I'll issue it this afternoon.", False),
        (
            "Herr Brandl sagt, Sie stellen den Nachweis erst nach sechs Monaten aus.",
            "Ich stelle ihn heute Vormittag aus.",
            False,
        ),
        ("I'm only home after three.", "We'll come at ten in the morning.", True),
        # a third party's opening hours and the customer's time off are no window for our visit
        (
            "Heute ist Dienstag. Das Bürgeramt hat nur vormittags auf, und ich habe nur Freitag frei.",
            "Der Kurier bringt Ihnen die Urkunde morgen Abend.",
            False,
        ),
        ("It's Tuesday. The council office is only open till noon.", "We'll bring it round tomorrow at six.", False),
        ("Wir haben nur vormittags geöffnet.", "Wir kommen um 15 Uhr.", True),
        ("I'm only free on Thursday mornings.", "We'll come Thursday at three in the afternoon.", True),
        # a part of the day that overlaps the window fits; a clock time outside it does not
        ("Ich kann nur am Freitag nach 15 Uhr.", "Wir legen es Ihnen für Freitagnachmittag zurück.", False),
        ("Ich kann nur am Freitag nach 15 Uhr.", "Wir legen es Ihnen für Freitag um 13 Uhr zurück.", True),
        ("I'm only home after 3 pm.", "We'll come on Tuesday afternoon.", False),
        ("I'm only home after 3 pm.", "We'll come on Tuesday morning.", True),
        # a list of days with a semicolon is two clauses, not one list
        ("It's Monday. I work from home on Tuesday; Wednesday I'm in the office till six.", "Tuesday at ten.", False),
        ("It's Monday. I work from home on Tuesday; Wednesday I'm in the office till six.", "Wednesday at ten.", True),
    ],
)
def test_windows_of_listed_days_and_today_known(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


#: The colleague's excuse the customer reports, denying what they had ordered.
EXCUSE = {
    "en": "Darren says blackout lining is an extra I never ordered. My confirmation says blackout lined!",
    "de": "Herr Jung sagt, das Futter sei ein Extra, das ich nie bestellt habe. In meiner Bestätigung steht es!",
}


@pytest.mark.parametrize(
    ("language", "reply", "contradicts_them"),
    [
        # what the excuse denied, said without a negation, is on their side
        ("en", "We'll make the curtains blackout, as ordered, at no cost to you.", False),
        ("en", "The lining was part of your order, and we'll fit it at our expense.", False),
        ("de", "Das Futter war Teil Ihrer Bestellung, wir nähen es kostenlos ein.", False),
        # the colleague's information called wrong, or an apology joined to "not right"
        ("en", "I'm sorry, you were given the wrong information. We'll line them free of charge.", False),
        ("en", "The rule you were told is wrong; we'll line the curtains at no cost.", False),
        ("de", "Da hat man Ihnen leider etwas Falsches gesagt. Wir nähen das Futter kostenlos ein.", False),
        ("en", "That's not right, and I'm so sorry. We'll line the curtains at no cost.", False),
        # the excuse said again, or the customer called wrong, still contradicts
        ("en", "I'm afraid blackout lining is an extra.", True),
        ("en", "Blackout lining is an extra you didn't order, I'm afraid.", True),
        ("en", "That's not right, sorry, lining was never in your order.", True),
        ("de", "Das Futter ist leider ein Extra, das Sie nicht bestellt haben.", True),
    ],
)
def test_what_the_excuse_denied_affirmed(language: str, reply: str, contradicts_them: bool, resources) -> None:  # noqa: ANN001
    found = penalised(
        language, reply, resources, say=EXCUSE[language], expect={"key_points": {"x": ["cost", "kostenlos"]}}
    )
    assert contradicts(found) is contradicts_them, found


@pytest.mark.parametrize(
    ("language", "reply", "contradicts_them"),
    [
        # agreeing with them about a risk; their doubt as a noun
        ("en", "You're absolutely right about the risk, and we'll clear it today.", False),
        ("en", "I understand the doubt. Our fitter is booked for Thursday at nine.", False),
        ("en", "I understand your doubts, and I'll ring you when he leaves.", False),
        # still blaming or doubting them
        ("en", "That's your risk, I'm afraid.", True),
        ("en", "I doubt you cleared it yourself.", True),
    ],
)
def test_agreeing_about_a_risk_and_their_doubt(language: str, reply: str, contradicts_them: bool, resources) -> None:  # noqa: ANN001
    say = "You left bits of asbestos on my patio and my kids play there! How do I know you'll even come back?"
    found = penalised(language, reply, resources, say=say, expect={"key_points": {"x": ["clear", "thursday"]}})
    assert contradicts(found) is contradicts_them, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # away at a place of work till an hour, no day said: every day from that hour
        ("Ich bin bis 17 Uhr auf der Baustelle.", "Der Bote bringt es Donnerstag um 15 Uhr.", True),
        ("Ich bin bis 17 Uhr auf der Baustelle.", "Der Bote bringt es Donnerstag um 18 Uhr.", False),
        ("I'm at the office till six.", "Our driver comes on Friday at two.", True),
        ("I'm at the office till six.", "Our driver comes on Friday at seven in the evening.", False),
        # "erst ab" opens a window as "nur ab" does
        ("Ich bin werktags erst ab 18 Uhr zu Hause.", "Wir holen es Donnerstag um 11 Uhr ab.", True),
        ("Ich bin werktags erst ab 18 Uhr zu Hause.", "Wir holen es Donnerstag um 19 Uhr ab.", False),
        # "erst ab" on a named day rules out that day's earlier hours only; with a week named, no limit
        ("Heute ist Montag. Morgen bin ich erst ab 13 Uhr zu Hause.", "Wir kommen morgen um zehn.", True),
        ("Heute ist Montag. Morgen bin ich erst ab 13 Uhr zu Hause.", "Wir kommen Donnerstag um zehn.", False),
        ("Nächste Woche habe ich Frühschicht, dann bin ich erst ab drei da.", "Wir kommen Samstag um zehn.", False),
        # "ab drei" after a day said before holds for that day; an hour of something else is no absence
        (
            "Heute ist Mittwoch. Morgen bin ich bis 14 Uhr beim Arzt. Ab drei bin ich zu Hause.",
            "Freitag um acht.",
            False,
        ),
        ("Heute ist Mittwoch. Morgen bin ich bis 14 Uhr beim Arzt. Ab drei bin ich zu Hause.", "Morgen um zehn.", True),
        ("Ab 18 Uhr ist der Laden voll, montags ist Ruhetag, da bin ich nicht da.", "Montag um zehn.", True),
        ("Ab 18 Uhr ist der Laden voll, montags ist Ruhetag, da bin ich nicht da.", "Dienstag um zehn.", False),
        # at work till an hour and not there for it: the visit may go on without them
        ("I'm at work till five and can't be there for it.", "The van comes at 2:45 on Friday.", False),
        # the customer as the subject of receiving or collecting: still our time
        ("Ich kann nur am Freitag nach 15 Uhr.", "Sie können es am Donnerstag um 11 Uhr abholen.", True),
        ("It's Wednesday. I need the file by tomorrow noon.", "You'll have the file tomorrow at four.", True),
        ("It's Wednesday. I need the file by tomorrow noon.", "You'll have the file tomorrow at ten.", False),
        # a deadline at noon: the afternoon of that day is after it, today's afternoon is not
        ("It's Tuesday. I need it by Friday at noon.", "I'll email it on Friday afternoon.", True),
        ("It's Tuesday. I need it by Friday at noon.", "I'll email it by three this afternoon.", False),
        ("It's Tuesday. I need it by Friday at noon.", "I'll email it Friday morning.", False),
    ],
)
def test_away_till_an_hour_and_our_time_they_receive(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # an extra given with selling talk, a deal for "your next", "at least" a smaller piece of it
        ("de", "Natürlich. Ich lege Ihnen unverbindlich ein paar Stoffproben bei.", True),
        ("de", "Gern. Ich lege Ihnen einen Prospekt bei, nur zum Anschauen.", True),
        ("en", "Of course. I'll have our stylist look it over for a small fee, just in case.", True),
        ("de", "Verstanden. Für Ihre nächste Feier bekommen Sie die Gläser zum Sonderpreis.", True),
        ("en", "Understood. Should I also book a check of the chimney while they're there?", True),
        ("en", "Of course. Could we at least send you a sample?", True),
        ("de", "Verstanden. Dürfen wir Ihnen wenigstens eine Probe schicken?", True),
        # selling talk with nothing given, a next visit with no deal, "at least" said of us
        ("de", "Natürlich, der Termin bleibt unverbindlich, Sie zahlen nichts extra.", False),
        ("en", "Of course, there's no obligation, and you pay nothing more.", False),
        ("en", "Understood. For your next visit, just ring this number.", False),
        ("en", "Understood. At least the repair itself is covered, and it's booked for Friday.", False),
    ],
)
def test_an_extra_sold_in_other_words(language: str, reply: str, pushed: bool, resources) -> None:  # noqa: ANN001
    say = {
        "de": "Das Pflegeset für 39 Euro will ich nicht, danke.",
        "en": "No, I don't want the care kit for £39, thanks.",
    }[language]
    offer = {"de": ["Pflegeset", "39 Euro"], "en": ["care kit", "£39"]}[language]
    found = penalised(
        language, reply, resources, mood="calm", say=say, expect={"accept_no": True, "offer_words": offer}
    )
    assert has(found, "pushed_after_no") is pushed, found


#: Times as callers say them, written as controls for the time rules of this session (German and
#: English, each with an offer that fits and one that does not).
@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        (
            "Heute ist Dienstag. Ich bin nur vormittags da, nachmittags arbeite ich.",
            "Wir kommen Donnerstag um neun.",
            False,
        ),
        (
            "Heute ist Dienstag. Ich bin nur vormittags da, nachmittags arbeite ich.",
            "Wir kommen Donnerstag um 15 Uhr.",
            True,
        ),
        (
            "Heute ist Montag. Am Mittwoch bin ich beim Arzt, sonst bin ich immer da.",
            "Wir kommen Dienstag um zehn.",
            False,
        ),
        (
            "Heute ist Montag. Am Mittwoch bin ich beim Arzt, sonst bin ich immer da.",
            "Wir kommen Mittwoch um zehn.",
            True,
        ),
        (
            "Heute ist Donnerstag. Die Feier ist am Samstag, bis dahin muss alles fertig sein.",
            "Wir liefern Freitag um zehn.",
            False,
        ),
        (
            "Heute ist Donnerstag. Die Feier ist am Samstag, bis dahin muss alles fertig sein.",
            "Wir liefern Montag um zehn.",
            True,
        ),
        ("Ich bin ab 17 Uhr zu Hause.", "Der Techniker kommt morgen um 18 Uhr.", False),
        ("Ich bin ab 17 Uhr zu Hause.", "Der Techniker kommt morgen früh um acht.", True),
        (
            "Heute ist Mittwoch. Bis Freitagmittag brauche ich das Gerät zurück.",
            "Sie bekommen es Freitag um zehn.",
            False,
        ),
        (
            "Heute ist Mittwoch. Bis Freitagmittag brauche ich das Gerät zurück.",
            "Sie bekommen es Freitag um 16 Uhr.",
            True,
        ),
        (
            "Heute ist Mittwoch. Bis Freitagmittag brauche ich das Gerät zurück.",
            "Wir schicken es heute noch los, morgen ist es bei Ihnen.",
            False,
        ),
        (
            "Heute ist Freitag. Ich fahre Montag in Urlaub, bis dahin muss es erledigt sein.",
            "Wir kommen morgen um neun.",
            False,
        ),
        (
            "Heute ist Freitag. Ich fahre Montag in Urlaub, bis dahin muss es erledigt sein.",
            "Wir kommen Dienstag um neun.",
            True,
        ),
        ("Ich kann nur zwischen 12 und 14 Uhr telefonieren.", "Ich rufe Sie morgen um 13 Uhr an.", False),
        (
            "Montags und mittwochs bin ich im Büro, die anderen Tage im Homeoffice.",
            "Wir kommen Dienstag um zehn.",
            False,
        ),
        (
            "Heute ist Dienstag. Morgen geht gar nicht, da bin ich auf Dienstreise.",
            "Wir kommen Donnerstag um zehn.",
            False,
        ),
        ("Heute ist Dienstag. Morgen geht gar nicht, da bin ich auf Dienstreise.", "Wir kommen morgen um zehn.", True),
        ("Vor neun Uhr bitte nicht, da schläft das Baby.", "Wir kommen um halb zehn.", False),
        ("Vor neun Uhr bitte nicht, da schläft das Baby.", "Wir kommen um acht.", True),
        ("Heute ist Montag. Ich brauche das Kleid spätestens Donnerstag.", "Es ist Mittwoch fertig.", False),
        ("Heute ist Montag. Ich brauche das Kleid spätestens Donnerstag.", "Es ist Freitag fertig.", True),
        (
            "Heute ist Montag. Ich brauche das Kleid spätestens Donnerstag.",
            "Wir nähen es heute und morgen, übermorgen holen Sie es ab.",
            False,
        ),
        (
            "Heute ist Montag. Ich bin die ganze Woche bis 18 Uhr in der Arbeit.",
            "Wir kommen Mittwoch um 19 Uhr.",
            False,
        ),
        ("Heute ist Montag. Ich bin die ganze Woche bis 18 Uhr in der Arbeit.", "Wir kommen Mittwoch um zehn.", True),
        ("Am Wochenende bin ich nicht da.", "Wir kommen Samstag um zehn.", True),
        ("Am Wochenende bin ich nicht da.", "Wir kommen Freitag um zehn.", False),
        (
            "Heute ist Dienstag. Die Prüfung ist Freitag um acht, ich brauche die Unterlagen also bis Donnerstagabend.",
            "Der Kurier bringt sie Donnerstag um 17 Uhr.",
            False,
        ),
        (
            "Heute ist Dienstag. Die Prüfung ist Freitag um acht, ich brauche die Unterlagen also bis Donnerstagabend.",
            "Der Kurier bringt sie Freitag um zehn.",
            True,
        ),
        ("Ich arbeite Schicht: diese Woche Spätdienst ab 14 Uhr.", "Wir kommen Mittwoch um neun.", False),
        ("Ich arbeite Schicht: diese Woche Spätdienst ab 14 Uhr.", "Wir kommen Mittwoch um 16 Uhr.", True),
        ("Heute ist Mittwoch. Meine Frau ist morgen den ganzen Tag zu Hause.", "Wir kommen morgen um zehn.", False),
        ("Zwischen 9 und 11 geht es bei mir nicht, da habe ich Termine.", "Wir kommen um 14 Uhr.", False),
        ("It's Tuesday. I'm only in on mornings, I work afternoons.", "We'll come Thursday at nine.", False),
        ("It's Tuesday. I'm only in on mornings, I work afternoons.", "We'll come Thursday at three.", True),
        ("It's Monday. I'm at the dentist's on Wednesday, otherwise I'm around.", "Tuesday at ten?", False),
        ("It's Monday. I'm at the dentist's on Wednesday, otherwise I'm around.", "Wednesday at ten?", True),
        (
            "It's Thursday. The party's on Saturday, so it all has to be done by then.",
            "We'll deliver Friday at ten.",
            False,
        ),
        (
            "It's Thursday. The party's on Saturday, so it all has to be done by then.",
            "We'll deliver Monday at ten.",
            True,
        ),
        ("I'm home from five.", "The engineer will come tomorrow at six in the evening.", False),
        ("I'm home from five.", "The engineer will come tomorrow at eight in the morning.", True),
        ("It's Wednesday. I need the machine back by Friday lunchtime.", "You'll have it Friday at ten.", False),
        ("It's Wednesday. I need the machine back by Friday lunchtime.", "You'll have it Friday at four.", True),
        (
            "It's Friday. I go on holiday on Monday, so it needs doing before then.",
            "We'll come tomorrow at nine.",
            False,
        ),
        ("It's Friday. I go on holiday on Monday, so it needs doing before then.", "We'll come Tuesday at nine.", True),
        ("I can only take calls between twelve and two.", "I'll ring you tomorrow at one.", False),
        ("It's Tuesday. Wednesday's no good, I'm away on business.", "We'll come Thursday at ten.", False),
        ("Not before nine, please, the baby's asleep.", "We'll come at half nine.", False),
        ("Not before nine, please, the baby's asleep.", "We'll come at eight.", True),
        ("It's Monday. I need the dress by Thursday at the latest.", "It'll be ready on Wednesday.", False),
        ("It's Monday. I need the dress by Thursday at the latest.", "It'll be ready on Friday.", True),
        ("It's Monday. I'm at work till six all week.", "We'll come Wednesday at seven in the evening.", False),
        ("It's Monday. I'm at work till six all week.", "We'll come Wednesday at ten.", True),
        ("I'm away at the weekend.", "We'll come Saturday at ten.", True),
        ("I'm away at the weekend.", "We'll come Friday at ten.", False),
        ("I'm on lates this week, from two.", "We'll come Wednesday at nine.", False),
        ("I'm on lates this week, from two.", "We'll come Wednesday at four.", True),
        ("It's Wednesday. My wife is in all day tomorrow.", "We'll come tomorrow at ten.", False),
        ("I'm only home after 6 on weekdays.", "We'll come Saturday at ten.", False),
        (
            "It's Tuesday. The exam is on Friday at eight, so I need the papers by Thursday evening.",
            "The courier brings them Thursday at five.",
            False,
        ),
        (
            "It's Tuesday. The exam is on Friday at eight, so I need the papers by Thursday evening.",
            "The courier brings them Friday at ten.",
            True,
        ),
        ("It's Monday. I'm out Tuesday and Wednesday, Thursday works.", "Thursday at ten then.", False),
        ("It's Monday. I'm out Tuesday and Wednesday, Thursday works.", "Wednesday at ten then.", True),
    ],
)
def test_times_as_callers_say_them(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("language", "reply", "contradicts_them"),
    [
        # a quote or a rule of someone's set against the request
        ("en", "Sorry for the worry, but the clean-up wasn't included in your quote.", True),
        ("de", "Das Wegräumen war im Kostenvoranschlag leider nicht enthalten.", True),
        ("en", "We always send certificates by post, it's the insurer's rule.", True),
        # the same words for them, or a rule that is not the last word
        ("en", "Clearing up is included in your quote, so we'll be back tomorrow.", False),
        ("en", "Of course, the insurer's rule says email is fine, so I'll email it today.", False),
        ("en", "I'll send you a new quote today, and nothing is charged until you agree.", False),
        # a rule set aside for them
        ("en", "The no-refund rule doesn't apply when we cancel, so the deposit is yours.", False),
        ("de", "Die Regel im Vertrag gilt hier nicht, das Wegräumen übernehmen wir.", False),
    ],
)
def test_a_quote_or_a_rule_set_against_them(language: str, reply: str, contradicts_them: bool, resources) -> None:  # noqa: ANN001
    say = {
        "de": "Sie haben den Schutt auf meiner Terrasse liegen lassen! Schicken Sie mir das bitte per Mail.",
        "en": "You left debris all over my patio! And email me the certificate, please, don't post it.",
    }[language]
    found = penalised(language, reply, resources, say=say, expect={"key_points": {"x": ["clear", "räumen"]}})
    assert contradicts(found) is contradicts_them, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # sympathy with its circumstance, the German verb last, the fault owned whole: no fix said
        ("en", "Oh, that must be so hard with a baby. I really feel for you.", True),
        ("de", "Ohne Ihren Mann zur Taufe, das muss sehr schwer für Sie sein.", True),
        ("en", "It's our mistake, not yours, and I'm sorry.", True),
        ("de", "Das war unser Fehler, nicht Ihrer, und es tut mir leid.", True),
        # the refund said after it
        ("en", "That must be so hard with a baby. You'll have the £90 back today.", False),
        ("de", "Das war unser Fehler, nicht Ihrer. Die 90 Euro überweisen wir heute zurück.", False),
    ],
)
def test_sympathy_and_ownership_alone_say_no_fix(language: str, reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    say = {
        "de": "Die Torte zur Taufe kam nicht, und mein Mann liegt im Krankenhaus. Ich will meine 90 Euro zurück.",
        "en": "The christening cake never came, and I've just had a baby. I want my £90 back.",
    }[language]
    points = {"refund": ["zurück", "erstatten"] if language == "de" else ["back", "refund"]}
    found = penalised(language, reply, resources, say=say, expect={"key_points": points})
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "avoid", "reply", "avoided"),
    [
        # the same brush-off with another person as its subject, or our possessive for the article
        ("en", "while we're there", "The fitter can check the loft while he's there.", True),
        ("en", "while we're there", "Our crew could look at the shed while they're there.", True),
        ("de", "steht in den AGB", "So steht es auch in unseren AGB.", True),
        ("de", "wir können nichts machen", "Da können die leider nichts machen.", False),
        ("de", "wir können da nichts machen", "Sie können da nichts machen, das erledigen wir für Sie.", False),
        # a short phrase is not widened; the listed phrase itself still counts
        ("en", "we can't", "They can't come on Friday, so we'll send Joe.", False),
        ("en", "while we're there", "We'll sort the gate while we're there, at no cost.", True),
    ],
)
def test_the_avoid_phrase_in_another_person(language: str, avoid: str, reply: str, avoided: bool, resources) -> None:  # noqa: ANN001
    say = {"de": "Die Flasche war nicht dabei.", "en": "Your crew left the gate open."}[language]
    found = penalised(
        language, reply, resources, mood="calm", say=say, expect={"avoid": [avoid], "key_points": {"x": ["x"]}}
    )
    assert has(found, "avoid_phrase") is avoided, found


@pytest.mark.parametrize(
    ("language", "reply", "no_time"),
    [
        # a time in words that name no clock or day: not "no time at all"
        ("de", "Im Laufe des Tages melde ich mich mit dem neuen Termin.", False),
        ("de", "Nach Pfingsten baut unser Team das Gerüst auf.", False),
        ("en", "The new part comes over the weekend.", False),
        # vague is still no time
        ("de", "Wir kümmern uns schnellstmöglich darum.", True),
        ("en", "We'll get on it as soon as we can.", True),
    ],
)
def test_times_without_clock_or_day(language: str, reply: str, no_time: bool, resources) -> None:  # noqa: ANN001
    say = {"de": "Wann kommt denn endlich jemand?", "en": "When is someone finally coming?"}[language]
    points = {"when": ["morgen", "Montag"] if language == "de" else ["tomorrow", "Monday"]}
    found = penalised(language, reply, resources, mood="annoyed", say=say, expect={"key_points": points})
    assert has(found, "not_listening/missed_point") is no_time, found


#: The customer reports what one of ours told them, and disputes it.
TOLD = {
    "pond_de": "Der Teich ist seit Ihrer Reparatur wieder undicht. Ihr Monteur sagte, das sei normal bei Folienteichen.",
    "fee_de": "Ich habe den Kochkurs storniert und trotzdem voll bezahlt. Frau Lenz sagt, das stehe so in den AGB.",
    "pond_en": "The pond's leaking again since your repair. Your engineer said that's normal with liner ponds.",
    "fee_en": "I cancelled the cookery course and still paid the full fee. Lisa says that's in the terms.",
}


@pytest.mark.parametrize(
    ("say", "language", "reply", "contradicts_them"),
    [
        # against our colleague's word, with the customer
        ("pond_de", "de", "Da muss ich meinem Kollegen widersprechen: Das ist nicht normal. Wir kommen morgen.", False),
        ("fee_de", "de", "Laut unseren AGB steht Ihnen die Erstattung zu. Das Geld kommt in drei Tagen.", False),
        ("fee_de", "de", "Das ist ärgerlich, und es stimmt so nicht. Sie bekommen Ihr Geld diese Woche zurück.", False),
        ("pond_en", "en", "That's not normal, a pond shouldn't leak after a repair. We'll come tomorrow.", False),
        ("fee_en", "en", "You were given the wrong information, I'm sorry. I'm refunding the fee today.", False),
        ("fee_en", "en", "That's frustrating, and it's not right. You'll have your money back this week.", False),
        # the colleague's word said again, or the customer's own view denied
        ("fee_de", "de", "Das steht so in den AGB, eine Erstattung gibt es nicht.", True),
        ("fee_de", "de", "Sie können die Gebühr leider nicht zurückbekommen, das steht so in den AGB.", True),
        ("pond_en", "en", "It's not a defect, that's normal with liner ponds.", True),
        ("pond_de", "de", "Da muss ich widersprechen, das ist bei Folienteichen normal.", True),
    ],
)
def test_against_our_colleagues_word(say: str, language: str, reply: str, contradicts_them: bool, resources) -> None:  # noqa: ANN001
    found = penalised(
        language,
        reply,
        resources,
        say=TOLD[say],
        expect={"key_points": {"x": ["morgen", "zurück", "tomorrow", "back"]}},
    )
    assert contradicts(found) is contradicts_them, found


@pytest.mark.parametrize(
    ("language", "reply", "faulted"),
    [
        # indignation with them, agreement and our conduct judged bad by us: no contradiction, feeling taken up
        (
            "de",
            "Das kann nicht sein, dass Sie drei Wochen warten. Entschuldigung, die Stempel gehen heute raus.",
            False,
        ),
        ("de", "Das ist keine Art, mit Kunden umzugehen, da gebe ich Ihnen recht. Morgen sind die Stempel da.", False),
        ("de", "Da gibt es nichts zu beschönigen, das war schlecht von uns. Die Stempel gehen heute raus.", False),
        ("en", "That was poor of us, there's no excuse. The stamps go out by express today.", False),
        ("en", "That's not good enough from us. The stamps go out by express today.", False),
        # disbelief of their account, and a plain statement with no feeling taken up
        ("de", "Das kann nicht sein, dass Sie drei Wochen warten. Die Stempel gingen letzte Woche raus.", True),
        ("en", "The stamps go out by express today.", True),
    ],
)
def test_indignation_agreement_and_our_conduct(language: str, reply: str, faulted: bool, resources) -> None:  # noqa: ANN001
    say = {
        "de": "Seit drei Wochen warte ich auf meine Stempel! Jedes Mal hieß es, morgen kommt die Ware. Eine Frechheit!",
        "en": "I've waited three weeks for my stamps! Each time I was told they'd come tomorrow. It's outrageous!",
    }[language]
    points = {"send": ["heute", "morgen", "Express", "today", "tomorrow", "express"]}
    found = penalised(language, reply, resources, mood="angry", say=say, expect={"key_points": points})
    assert (contradicts(found) or has(found, "not_listening/ignored_emotion")) is faulted, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # reachable only in a window: a call outside it breaks it, inside it fits
        ("Ich bin nur zwischen 10 und 12 Uhr erreichbar.", "Ich rufe Sie morgen um 15 Uhr an.", True),
        ("Ich bin nur zwischen 10 und 12 Uhr erreichbar.", "Ich rufe Sie morgen um 11 Uhr an.", False),
        # a part of a day ruled out: that part only
        ("Heute ist Mittwoch. Freitagnachmittag geht nicht, da bin ich beim Arzt.", "Freitag um 15 Uhr.", True),
        ("Heute ist Mittwoch. Freitagnachmittag geht nicht, da bin ich beim Arzt.", "Freitag um neun.", False),
        ("It's Wednesday. Friday afternoon is no good, I'm at the dentist.", "Friday at three.", True),
        ("It's Wednesday. Friday afternoon is no good, I'm at the dentist.", "Friday at nine.", False),
        ("It's Tuesday. Wednesday's no good, I'm away on business.", "We'll come tomorrow at ten.", True),
        ("It's Tuesday. Wednesday's no good, I'm away on business.", "We'll come Thursday at ten.", False),
        # asked for, not ruled out
        ("Geht es nicht auch Freitagnachmittag?", "Freitag um 15 Uhr.", False),
        ("Thursday no good? Then we'll say Friday.", "Thursday at ten.", False),
    ],
)
def test_reachable_windows_and_parts_ruled_out(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits
