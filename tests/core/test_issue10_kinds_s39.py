"""Issue 10, kinds found in the errors of the set v46 (measured sealed last session and at the start
of the thirty-ninth, then opened and fitted).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, has, penalised
from voicecoach.core.meaning import meaning_found
from voicecoach.core.text import normalize, words_of_text


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # an hour window after "and please" holds every day, not the day of a third party's doing
        ("It's Tuesday. The plants have to be here by Friday so the gardeners can plant on Saturday, and please "
         "deliver after ten only, the gate is locked till then.", "They arrive on Thursday at eleven.", False),
        ("It's Tuesday. The plants have to be here by Friday so the gardeners can plant on Saturday, and please "
         "deliver after ten only, the gate is locked till then.", "They arrive on Thursday at eight.", True),
        ("Heute ist Dienstag. Die Pflanzen müssen bis Freitag da sein, damit die Gärtner am Samstag pflanzen "
         "können, und bitte liefern Sie nur nach zehn, vorher ist das Tor zu.",
         "Sie kommen am Donnerstag um elf.", False),
        # what a written promise is about is no time it is sent
        ("Heute ist Montag, das Fest ist am Samstag. Ich brauche die Zusage bis Mittwoch schriftlich.",
         "Ich schicke Ihnen heute Abend die schriftliche Zusage für Samstag.", False),
        ("Heute ist Montag, das Fest ist am Samstag. Ich brauche die Zusage bis Mittwoch schriftlich.",
         "Die schriftliche Zusage schicke ich Ihnen am Freitag.", True),
        ("It's Monday, the fair is on Saturday. I need the confirmation in writing by Wednesday.",
         "I'll email you the confirmation for Saturday tonight.", False),
        # the job itself can only be done from an hour: "geht erst ab"
        ("Heute ist Donnerstag. Der Weizen muss bis Freitagabend runter, und dreschen geht erst ab 13 Uhr, "
         "vorher ist der Tau drauf.", "Der Drescher fängt morgen um 9 Uhr bei Ihnen an.", True),
        ("Heute ist Donnerstag. Der Weizen muss bis Freitagabend runter, und dreschen geht erst ab 13 Uhr, "
         "vorher ist der Tau drauf.", "Der Drescher fängt morgen um 14 Uhr bei Ihnen an.", False),
        ("Heute ist Donnerstag. Mähen klappt erst ab 11 Uhr.", "Wir mähen morgen um acht.", True),
    ],
)  # fmt: skip
def test_times_of_v46(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # money going back to someone is the refund, not a handover
        ("de", "Das tut mir leid. Das Geld für die Anlage geht komplett an den Verein zurück.", False),
        ("en", "I'm sorry. The money for the hire goes back to the club in full.", False),
        # ... passing the matter on is still a handover
        ("de", "Das tut mir leid. Ihre Beschwerde geht an die Buchhaltung.", True),
        # the record read back with a code after any label, then filed: a bare note
        ("en", "Event AB 1 23, town hall, thirty runners. I'll flag it for the operations manager.", True),
        ("de", "Veranstaltung AB 1 23, Rathaus, dreißig Läufer. Ich gebe das an die Leitung weiter.", True),
        # a word of a point's phrasing in the note may be part of an answer ("made fresh" for "fresh
        # batch"): no certain miss, precision first
        ("en", "Hire RH 1 23, twenty handsets, returned Monday. I've opened a fault report.", False),
        ("en", "Hire RH 1 23, twenty handsets. I've opened a fault report.", True),
        ("en", "Hire RH 1 23. Your money is returned today.", False),
    ],
)  # fmt: skip
def test_money_back_and_notes(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed",
                      say={"de": "Ihre Anlage hat am Fest nicht gekühlt, ich will mein Geld zurück!",
                           "en": "Half your radios were dead on race day, I want my money back!"}[language],
                      expect={"key_points": {"refund": ["erstatten", "zurück", "refund", "money returned"]}})  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # the customer's own thing cleared is no excuse for one of ours
        ("de", "Das tut mir leid. Ihr Kessel kann nichts dafür, die Ware war zu feucht; wir tauschen sie aus.",
         False),
        ("de", "Das tut mir leid, aber Herr Kordes kann nichts dafür, das Holz war eben feucht.", True),
        # what they should have received from us is our debt, not their fault
        ("de", "Ich entschuldige mich. Für 180 Euro hätten Sie ihn heil zurückbekommen müssen; wir übernehmen das.",
         False),
        ("de", "Sie hätten den Teppich vorher prüfen lassen müssen.", True),
        # one of ours cited, with the verb before the name or as a possessive, against the customer
        ("de", "Tut mir leid, nur meint Herr Brandl, dass Sie seit dem Abdruck zugenommen haben.", True),
        ("en", "I'm sorry about the panel, but Craig's note says it was packed by the artist.", True),
        ("en", "I'm sorry about the panel; Craig's note says it was packed by the artist, which was wrong.", False),
    ],
)  # fmt: skip
def test_excuses_and_their_things(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="angry",
                      say={"de": "Herr Kordes und Herr Brandl sagen, es liegt an mir. Dabei war Ihre Ware "
                                 "klatschnass!",
                           "en": "Craig says the artist packed it badly. Your own crew packed that panel!"}[language],
                      expect={"key_points": {"fix": ["tauschen", "übernehmen", "repair", "replace"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # the only time said is the phrase to avoid: the "when" was missed
        ("de", "Ich gebe das weiter, wir melden uns so schnell wie möglich mit einem Termin.", True),
        ("de", "Wir kommen am Donnerstag um neun, so schnell wie möglich eben.", False),
        # ... a time of its own beside the phrase to avoid may be the "when": no certain miss
        ("de", "Wir melden uns so schnell wie möglich, der Termin ist dann voraussichtlich der 14.", False),
        # a promise of effort alone says no point in other words
        ("en", "I can't guarantee anything, to be honest; we'll do our best.", True),
        ("en", "I can't guarantee anything, but we'll do our best to have it tested by Thursday.", False),
        ("de", "Versprechen kann ich nichts, wir tun, was wir können.", True),
    ],
)  # fmt: skip
def test_steps_that_say_nothing(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="sceptical",
                      say={"de": "Wann kommt endlich jemand? Und woher weiß ich, dass es diesmal klappt?",
                           "en": "When does someone come? And how do I know it works this time?"}[language],
                      expect={"avoid": ["so schnell wie möglich", "kann ich nichts versprechen", "can't guarantee"],
                              "key_points": {"when": ["Donnerstag", "morgen früh", "Thursday", "tomorrow morning"]}})  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("reply", "met"),
    [
        # a compound's head alone drops the part that is the point ("Probe" in "Probeschaft", "Anprobe")
        ("So ein Schaft ist immer Handarbeit.", False),
        ("Wir machen vorher einen Probeschaft.", True),
        ("Vorher gibt es eine Anprobe.", True),
    ],
)  # fmt: skip
def test_a_compounds_head_alone(reply: str, met: bool, resources: Any) -> None:
    # the customer asked "Woher weiß ich, dass der nächste Schaft passt?"
    found = meaning_found(["Anprobe", "Probeschaft"], words_of_text(reply), resources=resources, language="de",
                          wide=True, given=frozenset({"schaft"}))  # fmt: skip
    assert (found is not None) is met, found


def test_a_compounds_head_alone_the_customer_never_said(resources: Any) -> None:
    # "das Protokoll" for "Messprotokoll" beside "nachmessen", where the customer never said "Protokoll"
    found = meaning_found(["Messprotokoll", "nachmessen"], words_of_text("Das Protokoll bekommen Sie trotzdem."),
                          resources=resources, language="de", wide=True, given=frozenset({"glocke", "ton"}))  # fmt: skip
    assert found is not None


def test_a_compounds_head_alone_when_no_other_phrasing_names_the_rest(resources: Any) -> None:
    found = meaning_found(["Ersatzpackung"], words_of_text("Wir schicken Ihnen eine neue Packung."),
                          resources=resources, language="de", wide=True)  # fmt: skip
    assert found is not None


def test_achten_is_heeding_not_the_eighth() -> None:
    assert normalize("Und achten Sie bitte auf Ihr Gewicht.")[:3] == ("und", "achten", "sie")
    assert normalize("Wir achten darauf.") == ("wir", "achten", "darauf")
    assert normalize("am achten Mai") == ("am", "8", "mai")


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # an order to them, with the trouble coming back otherwise: the last failure put on them
        ("de", "Donnerstag um neun. Und achten Sie bis dahin bitte auf Ihr Gewicht, sonst passt auch dieser nicht.",
         True),
        ("en", "Thursday at nine. And keep them switched off overnight, otherwise they'll go flat again.", True),
        ("de", "Donnerstag um neun. Und achten Sie bitte darauf, den Termin einzutragen.", False),
        # "this time", as an order to ask someone, or a negative order
        ("en", "Tuesday at six, tested. This time do ask your marshals to switch them off.", True),
        ("en", "Thursday at eleven it is. Just don't let the volunteers sow it before the ground is warm this time.",
         True),
        ("en", "Thursday at eleven it is. Don't worry, this time I'll bring it myself.", False),
        # their complaint called a charge pinned on us
        ("en", "Thursday at three, at our cost. We don't want any more damage pinned on us.", True),
        ("de", "Donnerstag um drei. Das lassen wir uns nicht anhängen.", True),
    ],
)  # fmt: skip
def test_put_on_them(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed",
                      say={"de": "Der Schaft passt schon wieder nicht, und der Akku war auch leer!",
                           "en": "Half the radios were flat, and the panel came damaged!"}[language],
                      expect={"key_points": {"slot": ["Donnerstag", "Thursday", "Tuesday"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # "did it really happen" asked of their account, whoever its subject
        ("en", "Sorry, and the engine comes for free. Were the panels really down before the lorry arrived, though?",
         True),
        ("de", "Entschuldigung. War der Zaun wirklich schon vor der Lieferung kaputt?", True),
        ("en", "Sorry. Did we really leave you waiting that long? That's on us.", False),
        # evidence asked for so that we see whether it "really" was so
        ("de", "Bringen Sie mir aber bitte den Schein im Original, damit ich sehe, wer da wirklich unterschrieben hat.",
         True),
        ("en", "Could you email over that bank statement, though, just so accounts can see it really went through?",
         True),
        ("en", "Could you email over the bank statement, so accounts can book the refund today?", False),
        # a cause put on their thing, with words between the verb and "an Ihrem"
        ("de", "Wir tauschen kostenlos, bloß liegt so eine Störung bei älteren Anlagen oft auch an Ihrem Kessel.",
         True),
        ("de", "Wir tauschen kostenlos, die Störung liegt an unserer Ware und nicht an Ihrem Kessel.", False),
    ],
)  # fmt: skip
def test_their_account_doubted(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed",
                      say={"de": "Der Zaun war heil, ich habe den Schein selbst unterschrieben, und seit Ihrer "
                                 "Lieferung streikt mein Kessel!",
                           "en": "The panels were down when your lorry came, and I paid the deposit, here's the "
                                 "statement!"}[language],
                      expect={"key_points": {"fix": ["kostenlos", "free", "refund", "tauschen"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # none available before the day: the point turned down
        ("de", "Das bedauere ich, und vor Dienstag ist kein Drescher frei.", True),
        ("de", "Das bedauere ich, der Drescher ist morgen früh bei Ihnen.", False),
        ("en", "I'm sorry, and no combine is available before Tuesday.", True),
        # ... "frei Haus" is delivered free: nothing denied
        ("de", "Das bedauere ich. Der Drescher kommt morgen, die Anfahrt ist frei Haus, keine Kosten.", False),
    ],
)  # fmt: skip
def test_none_available(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed",
                      say={"de": "Ihr Drescher kam nicht, und am Samstag kommt Regen!",
                           "en": "Your combine never came, and rain comes on Saturday!"}[language],
                      expect={"key_points": {"apology": ["bedauere", "sorry"],
                                             "combine": ["Drescher", "dreschen", "combine"]}})  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "said"),
    [
        # the agent's side as "ich" or "wir" alike in a phrase to avoid
        ("de", "Gegen das Wetter kann ich nichts machen.", True),
        ("en", "There's nothing I can do about the weather.", True),
        ("de", "Gegen das Wetter kann Ihr Nachbar nichts machen.", False),
    ],
)  # fmt: skip
def test_i_and_we_in_a_phrase_to_avoid(language: str, reply: str, said: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed",
                      say={"de": "Ihr Drescher kam nicht!", "en": "Your combine never came!"}[language],
                      expect={"avoid": {"de": ["Wetter können wir nichts"],
                                        "en": ["nothing we can do about the weather"]}[language],
                              "key_points": {"combine": ["Drescher", "combine"]}})  # fmt: skip
    assert (has(found, "avoid_phrase") or contradicts(found)) is said, found


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # another paid extra after the no: a small fee, a special price, "könnten wir"
        ("de", "Dann schicke ich wenigstens unseren Techniker zum Durchsehen vorbei, kostet nur eine kleine "
               "Anfahrtspauschale.", True),
        ("en", "We do have a white-glove handling option for a small surcharge.", True),
        ("en", "I could send a charging case along at a reduced hire.", True),
        ("en", "We could send a little steam roller along for the children, at a special show price.", True),
        ("de", "Für die Wartezeit könnten wir noch eine Kinderschminkerin zum Freundschaftspreis schicken.", True),
        # ... the repair asked for, free or at no extra, sells nothing
        ("en", "Understood. The engineer comes on Thursday at no extra charge.", False),
        ("de", "In Ordnung. Der Techniker kommt am Donnerstag, die Anfahrt kostet Sie nichts.", False),
    ],
)  # fmt: skip
def test_another_extra_sold(language: str, reply: str, pushed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="calm",
                      say={"de": "Einen Wartungsvertrag für 25 Euro will ich nicht, nein.",
                           "en": "No, I don't want your premium cover for £60."}[language],
                      expect={"accept_no": True, "offer_words": ["Wartungsvertrag", "25 Euro", "premium cover", "£60"],
                              "key_points": {"slot": ["Donnerstag", "Thursday"]}})  # fmt: skip
    assert has(found, "pushed_after_no") is pushed, found


@pytest.mark.parametrize(
    ("language", "reply", "reasked"),
    [
        # a fact asked for again as a request, in other words than the ask list
        ("en", "Sorry about that. Give me the hire number please and I'll pull up the records.", True),
        ("de", "Das tut mir leid. Nennen Sie mir bitte die Mietnummer, dann schaue ich nach.", True),
        ("en", "Sorry about that. Hire RH 1 23, I'll pull up the records.", False),
    ],
)  # fmt: skip
def test_asked_again_as_a_request(language: str, reply: str, reasked: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed",
                      say={"de": "Mietnummer RH 1 23. Die Hälfte der Funkgeräte war tot!",
                           "en": "Hire RH 1 23. Half your radios were dead!"}[language],
                      facts={"hire_number": {"value": "RH 1 23",
                                             "ask": {"de": ["Ihre Mietnummer"], "en": ["your hire number"]}[language]}},
                      expect={"key_points": {"apology": ["tut mir leid", "sorry"]}})  # fmt: skip
    assert has(found, "not_listening/reasked") is reasked, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # the day promised for later is no step that could say the point
        ("en", "We'll get them out to you as soon as possible, I'll let you know the day.", True),
        ("de", "Wir kommen so schnell wie möglich, ich sage Ihnen Bescheid, wann.", True),
        ("en", "We'll get them out to you as soon as possible, tested and charged.", False),
    ],
)  # fmt: skip
def test_the_time_told_later(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="calm",
                      say={"de": "Woher weiß ich, dass die Geräte diesmal geladen und geprüft sind?",
                           "en": "How do I know the radios will be charged and tested this time?"}[language],
                      expect={"avoid": ["so schnell wie möglich", "as soon as possible"],
                              "key_points": {"ready": ["geladen", "geprüft", "charged", "tested"]}})  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # what is owed said to be nothing we do: turned down
        ("en", "I apologise. We can credit half the hire, but a full refund isn't something we do.", True),
        ("de", "Entschuldigung. Eine volle Erstattung machen wir grundsätzlich nicht.", True),
        ("en", "I apologise. A full refund goes to your card today.", False),
    ],
)  # fmt: skip
def test_not_something_we_do(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed",
                      say={"de": "Die Geräte waren tot, ich will mein Geld zurück!",
                           "en": "The radios were dead, I want my money back!"}[language],
                      expect={"key_points": {"refund": ["Erstattung", "zurück", "refund", "money back"]}})  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # beside the colleague's excuse, a step that says nothing of money cannot be "at our cost"
        ("en", "Sorry, but Nicola's notes say the deposit wasn't paid. We can look at a new date.", True),
        ("de", "Tut mir leid, aber laut Frau Lenz wurde die Anzahlung nicht bezahlt. Wir können einen neuen Termin "
               "suchen.", True),
        ("en", "Sorry, but Nicola's notes say the deposit wasn't paid. The new date is at our cost.", False),
    ],
)  # fmt: skip
def test_a_cost_point_needs_money_said(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="sad",
                      say={"de": "Frau Lenz sagt, wir hätten die Anzahlung nie bezahlt. Hier ist der Beleg!",
                           "en": "Nicola says we never paid the deposit. I've got the statement right here!"}[language],
                      expect={"avoid": {"de": ["Anzahlung nicht bezahlt"], "en": ["deposit wasn't paid"]}[language],
                              "key_points": {"redo": ["auf unsere Kosten", "kostenlos", "at our cost",
                                                      "free of charge"]}})  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # the people who helped them on the day should have done it: blame
        ("en", "Nothing to buy, agreed. Your marshals should have checked them on Saturday night.", True),
        ("en", "Nothing to buy, agreed. Your volunteers should have had the charged set from us.", False),
        ("de", "Verstanden. Ihre Helfer hätten die Geräte am Abend prüfen müssen.", True),
        # a kind of trouble that happens, insisted on by a tag
        ("en", "Right, no cover. Accidents happen with large crates, mind, but photos will reach you first.", True),
        ("de", "Verstanden, kein Schutz. Schäden passieren bei großen Kisten halt, aber Sie bekommen Fotos.", True),
        ("en", "Right, no cover. Accidents shouldn't happen with our crates, and photos will reach you first.",
         False),
    ],
)  # fmt: skip
def test_played_down_or_put_on_their_people(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="sceptical",
                      say={"de": "Nein, keinen Schutz für 60 Euro. Woher weiß ich, dass die Geräte diesmal laufen?",
                           "en": "No, no cover for £60. How do I know they'll work this time?"}[language],
                      expect={"accept_no": True, "offer_words": ["Schutz", "60 Euro", "cover", "£60"],
                              "key_points": {"assurance": ["Fotos", "prüfe", "photos", "test"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


# --- the kinds of v47 (measured sealed at the start and through four batches, then opened) ---


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # the morning said beside a clock time keeps it in the morning; said again, the same half
        ("It's Tuesday. Come only before nine in the morning.", "He comes tomorrow morning at 6:30.", False),
        ("It's Tuesday. Come only before nine in the morning.",
         "He comes tomorrow morning at 6:30 and again on Thursday at 6:30.", False),
        ("It's Tuesday. Come only before nine in the morning.", "He comes tomorrow at 6:30 pm.", True),
        # a bare hour just after an evening window's start is the evening
        ("It's Wednesday. Delivery only after six.", "Friday, seven o'clock, machine at the hall.", False),
        ("It's Wednesday. Delivery only after six.", "Friday at ten o'clock.", True),
    ],
)  # fmt: skip
def test_times_of_v47(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # a question against their account, set with "though"; evidence asked "trotzdem"
        ("en", "I apologise, and we'll re-skin it at our cost. Were the doors shut that night, though?", True),
        ("en", "So sorry, you'll be refunded. Did anyone at the hall touch the dial, though?", True),
        ("en", "So sorry, you'll be refunded. Did the new one arrive in time?", False),
        ("de", "Wir tauschen kostenlos. Schicken Sie mir trotzdem bitte die Bilder, damit ich das nachprüfen kann.",
         True),
        ("de", "Wir tauschen kostenlos. Schicken Sie mir bitte die Adresse, damit ich die Lieferung prüfen kann.",
         False),
        # the trouble called the way of the thing
        ("de", "Verstehe ich, aber Schimmel kann passieren.", True),
        ("de", "Garantieren kann ich das nicht, altes Holz ist eben empfindlich.", True),
        ("de", "Der Termin ist halt am Montag, tut mir leid.", False),
        ("en", "Naturally. Moles are unpredictable, mind you, so don't expect miracles.", True),
        # an order with a purpose that keeps the trouble from coming back
        ("de", "Freitag um 17 Uhr. Messen Sie aber bitte vorher die Temperatur, damit uns nicht wieder Fische "
               "eingehen.", True),
        ("de", "Freitag um 17 Uhr. Rufen Sie bitte vorher an, damit wir nicht umsonst fahren.", False),
        # the cause placed with us owns it: no echo of the colleague's excuse
        ("en", "Sealed bags with glass half a metre down can only have come from us, and I apologise.", False),
        ("en", "The glass came from the school grounds, I'm afraid.", True),
    ],
)  # fmt: skip
def test_their_account_doubted_v47(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed", emotion="annoyed",
                      say={"de": "Herr Lutz sagt, es liegt an uns. Dabei haben wir beim Abladen fotografiert!",
                           "en": "Kelly says the glass came from the school grounds. The bags were sealed!"}[language],
                      expect={"key_points": {"fix": ["kostenlos", "tauschen", "refund", "at our cost"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # putting themselves in the customer's place is sympathy only: the matter is left
        ("de", "Ich kann Ihre Skepsis gut nachvollziehen, nach so einem Vormittag wäre ich auch misstrauisch.", True),
        ("en", "I can hear how fed up you are, and I'd feel exactly the same in your shoes.", True),
        ("en", "I'd feel the same in your shoes, so I'll check every trap myself.", False),
        # ... as the recogniser may write it ("I feel" for "I'd feel")
        ("en", "I can hear how fed up you are, and I feel exactly the same in your shoes.", True),
        # the record read back with what was done today, then passed on: a bare note
        ("de", "Auftrag MB 1 23, eine Fichte mit 28 Metern, heute früh ausgeliefert. Ich gebe das an den "
               "Forstbetrieb weiter.", True),
        ("en", "Order PT 1 23, polytunnel with cover, put up ten days ago. I've opened a warranty claim.", True),
        ("en", "Order PT 1 23. I've opened a warranty claim, and I'll check every trap myself tomorrow.", False),
    ],
)  # fmt: skip
def test_sympathy_or_a_note_only(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="sceptical",
                      say={"de": "Ihr Stamm hatte einen Riss. Woher weiß ich, dass der nächste hält?",
                           "en": "The moles are back. How do I know it works this time?"}[language],
                      expect={"key_points": {"assurance": {"de": ["prüfe selbst", "persönlich"],
                                                           "en": ["check", "myself"]}[language]}})  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # a day said only in a hedge or promised for later meets no point about when
        ("en", "We'll get it to you as soon as possible and confirm the day later.", True),
        ("en", "I can't promise Thursday, but we'll try to have it there before the weekend.", True),
        ("en", "It comes on Thursday at half past four.", False),
        # ... a day promised as the latest is a time given
        ("en", "Understood. The whole set is with you by Friday, the link comes straight after.", False),
    ],
)  # fmt: skip
def test_a_day_not_offered(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="hurried",
                      say="It's Wednesday today. It must be here by Saturday, and deliver only after three.",
                      expect={"avoid": ["as soon as possible", "can't promise"],
                              "key_points": {"when": ["tomorrow", "Thursday", "Friday", "half past four"]}})  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # a price for a group or a favour, an offer asked with "could I", a carefree package
        ("de", "Darf ich Ihnen stattdessen ein Spanngurt-Set zum Vereinspreis mitschicken?", True),
        ("de", "Ich könnte Ihnen Kühlakkus zum Selbstkostenpreis beilegen.", True),
        ("de", "Wie wäre es mit unserem Rundum-sorglos-Service für Bands?", True),
        ("en", "Could I send the crew with a couple of extra ground anchors? They're only a small add-on.", True),
        ("de", "In Ordnung. Der Ersatz kommt zum normalen Mietpreis nicht in Frage, er ist kostenlos.", False),
        # ... the price of a thing named as a compound is no favour ("den ganzen Reisepreis")
        ("de", "In Ordnung. Wir erstatten Ihnen den ganzen Reisepreis, und der Ersatz kommt Donnerstag.", False),
        ("en", "Could I send the crew on Thursday at four, at no charge?", False),
    ],
)  # fmt: skip
def test_another_extra_sold_v47(language: str, reply: str, pushed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="calm",
                      say={"de": "Nein, die Versicherung für 25 Euro im Monat will ich nicht.",
                           "en": "No, I don't want the bracing kit for £60."}[language],
                      expect={"accept_no": True, "offer_words": ["Versicherung", "25 Euro", "bracing kit", "£60"],
                              "key_points": {"slot": ["Donnerstag", "Thursday"]}})  # fmt: skip
    assert has(found, "pushed_after_no") is pushed, found


def test_the_excuse_said_again_in_a_question_is_no_reask(resources: Any) -> None:
    # the colleague's "Wasser" said again: the contradiction, not a re-ask of the temperature
    found = penalised("de", "Wir ersetzen die 40 Kilo. Haben Sie das Wasser danach noch einmal selbst gemessen?",
                      resources, mood="annoyed",
                      say="Von den Forellen trieben 40 Kilo tot im Teich. Herr Lutz meint, unser Wasser sei zu "
                          "warm gewesen. Er hat selbst 11 Grad gemessen!",
                      facts={"temperature": {"value": "11 Grad", "ask": ["wie warm war das Wasser",
                                                                          "welche Temperatur"]}},
                      expect={"avoid": ["Ihr Wasser"], "key_points": {"replace": ["ersetzen", "neue Forellen"]}})  # fmt: skip
    assert contradicts(found) and not has(found, "not_listening/reasked"), found
