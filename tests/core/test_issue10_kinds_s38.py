"""Issue 10, kinds found in the errors of the set v44 (measured sealed last session, opened at the
start of the thirty-eighth session and fitted).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, has, penalised
from tests.helpers.timelines import scenario
from voicecoach.core.typed import judge_text


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # "this evening" after "tomorrow" in the same sentence is today's evening
        ("It's Thursday. The deadline is tomorrow at noon, and ring me only after six this evening.",
         "I'll drop the form off at half eight tomorrow morning and ring you at ten past six this evening.", False),
        ("It's Thursday. The deadline is tomorrow at noon, and ring me only after six this evening.",
         "I'll ring you at ten past six tomorrow evening.", True),
        ("Heute ist Donnerstag. Die Frist ist morgen um zwölf, und rufen Sie mich nur nach 18 Uhr an.",
         "Ich bringe das Formular morgen früh vorbei und rufe Sie heute Abend um Viertel nach sechs an.", False),
        # a delivery booked for a time comes then; it is no call
        ("Heute ist Freitag. Der Container muss bis Mittwoch da sein. Anrufen bitte nur ab 15 Uhr.",
         "Die Lieferung ist für Dienstagvormittag gebucht, und Montag um 17 Uhr rufe ich Sie an.", False),
        ("Heute ist Freitag. Der Container muss bis Mittwoch da sein. Anrufen bitte nur ab 15 Uhr.",
         "Ich rufe Sie am Dienstagvormittag an.", True),
        ("It's Friday. The container must be here by Wednesday. Please only call after three.",
         "The delivery is booked for Tuesday morning, and I'll ring you on Monday at five.", False),
        # a stretch "after seven days" is a rule's, not counted from today
        ("Heute ist Donnerstag. Bis Montag möchte ich wissen, ob der Beutel da ist.",
         "Ich melde mich am Montag. Fundsachen werden nach sieben Tagen an die Zentrale gegeben.", False),
        ("Heute ist Donnerstag. Bis Montag möchte ich wissen, ob der Beutel da ist.",
         "Sie hören in zehn Tagen von uns.", True),
        ("It's Thursday. I want to know by Monday whether the bag is there.",
         "I'll ring you on Monday. Found items go to head office after seven days.", False),
        # an hour ban beside a deadline holds up to it, not on a day of theirs named before the deadline
        ("It's Wednesday. The steel is ordered on Friday, so I need the calculations by Thursday at five, and "
         "don't ring me before four.", "I'll phone you tomorrow at nine.", True),
        ("It's Wednesday. The steel is ordered on Friday, so I need the calculations by Thursday at five, and "
         "don't ring me before four.", "I'll phone you tomorrow at half four.", False),
        ("Heute ist Mittwoch. Der Stahl wird am Freitag bestellt, also brauche ich die Berechnung bis Donnerstag "
         "um fünf, und rufen Sie mich nicht vor 16 Uhr an.", "Ich rufe Sie morgen um neun an.", True),
        # a thing that has to be working by a day: a deadline (not the customer at work)
        ("It's Wednesday. My grandchildren come on Saturday, so it has to be working by Friday.",
         "The engineer comes on Monday afternoon.", True),
        ("It's Wednesday. My grandchildren come on Saturday, so it has to be working by Friday.",
         "The engineer comes tomorrow at nine.", False),
        ("It's Wednesday. I'm working by Friday, so ring me on Monday.", "I'll ring you on Monday at ten.", False),
        # nothing promised before early next week: next week is the earliest offered
        ("It's Thursday. I need the signed form by tomorrow.", "I can't promise anything before early next week.",
         True),
        ("Heute ist Donnerstag. Ich brauche das Formular bis morgen.",
         "Vor Anfang nächster Woche kann ich leider nichts versprechen.", True),
        ("It's Thursday. I need the signed form by tomorrow.", "You'll have it tomorrow morning.", False),
        # nights worked at a place rule out the night there, not the day
        ("It's Wednesday. I'm on nights at the hospital this week, so please don't ring me before two in the "
         "afternoon.", "I'll ring you tomorrow at half past two.", False),
        ("It's Wednesday. I'm on nights at the hospital this week, so please don't ring me before two in the "
         "afternoon.", "I'll ring you tomorrow at eleven.", True),
        ("Heute ist Mittwoch. Ich habe diese Woche Nachtdienst im Krankenhaus, rufen Sie bitte nicht vor 14 Uhr an.",
         "Ich rufe Sie morgen um halb drei an.", False),
    ],
)  # fmt: skip
def test_times_of_v44(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # the record read back, then the case filed or passed on, and nothing else: a bare note
        ("de", "Vertrag KS 3 11, Sondierung war für Montag 8 Uhr geplant. Ich leite den Vorgang an die Disposition "
               "weiter.", True),
        ("de", "Kundennummer BX 4 20, die Rücksendung ist im System. Ich gebe den Tausch an die Logistik.", True),
        ("de", "Buchung AB 1 23, Verladung am Freitag. Ich nehme den Schaden an der Dachbox als Vorgang auf.", True),
        ("de", "Auftrag ZZ 2 22, Container in Halifax. Ich frage bei der Zollabteilung nach.", True),
        ("en", "Job SE 1 11, beam calculations, rejection noted. The engineering team will get it from me.", True),
        ("en", "Contract KS 3 11. I'll pass it to dispatch.", True),
        # ... beside the remedy, the note is part of an answer
        ("de", "Ich leite den Vorgang an die Disposition weiter, und die Kosten übernehmen wir.", False),
        ("en", "The engineering team will get it from me, and we'll cover the costs.", False),
    ],
)  # fmt: skip
def test_notes_of_v44(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed",
                      say={"de": "Ihr Trupp kam am Montag nicht, und der Stillstand kostet mich 780 Euro!",
                           "en": "Your calculations were wrong, and the standstill costs me £600 a week!"}[language],
                      expect={"key_points": {"costs": ["übernehmen", "erstatten", "cover", "reimburse"]}})  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # the colleague's excuse set aside with the fault owned in other nouns
        ("en", "I apologise. You forwarded the request and we confirmed it, so this is our slip; the report goes to "
               "the school today.", False),
        ("en", "Sorry, that's a mistake of ours: you forwarded the request, and the report goes out today.", False),
        ("de", "Entschuldigung. Sie haben die Anfrage weitergeleitet und wir haben sie bestätigt, das war unser "
               "Versehen; der Bericht geht heute an die Schule.", False),
        # ... the excuse said again, not owned
        ("en", "I'm sorry, but the school never sent the request to us.", True),
    ],
)  # fmt: skip
def test_owned_in_other_words(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed",
                      say={"de": "Ihre Kollegin sagt, die Schule hat die Anfrage nie geschickt. Ich habe sie selbst "
                                 "am 20. Februar weitergeleitet!",
                           "en": "Your colleague says the school never sent you the request. I forwarded it myself "
                                 "on 20 February!"}[language],
                      expect={"avoid": {"de": ["Schule hat nie geschickt"], "en": ["school never sent"]}[language],
                              "key_points": {"send": ["Schule", "school", "today", "heute"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # standing idle, and our bill: no charge held against them
        ("en", "Sorry. We redo the calculations now, and every day your builder stands idle goes on our bill.", False),
        ("de", "Entschuldigung. Wir rechnen neu, und jeder Tag Stillstand geht auf unsere Rechnung.", False),
        # ... a charge that stands
        ("en", "We redo the calculations, but the call-out fee stands, I'm afraid.", True),
        ("de", "Wir rechnen neu, die Anfahrt müssen Sie aber leider zahlen.", True),
    ],
)  # fmt: skip
def test_a_charge_that_stands(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed",
                      say={"de": "Ihre Berechnung war falsch, und ich soll auch noch die Anfahrt zahlen?",
                           "en": "Your calculations were wrong, and now I'm to pay the call-out fee?"}[language],
                      expect={"key_points": {"redo": ["neu", "redo", "recalculate"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "avoid", "reply"),
    [
        # patience asked for: an avoid phrase, no excuse of the colleague said again
        ("de", "etwas Geduld", "Haben Sie bitte noch etwas Geduld, das Lager arbeitet das ab."),
        ("en", "be patient", "Please be patient a little longer, the warehouse works through it."),
    ],
)  # fmt: skip
def test_patience_is_no_excuse(language: str, avoid: str, reply: str, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="sad",
                      say={"de": "Frau Kästner sagt, das Ersatzgerät kommt erst, wenn das alte da ist. Es ist seit "
                                 "dem 4. März bei Ihnen!",
                           "en": "Your colleague says the new device only comes once the old one is in. It's been "
                                 "with you since 4 March!"}[language],
                      expect={"avoid": [avoid], "key_points": {"device": ["Ersatzgerät", "new device"]}})  # fmt: skip
    assert has(found, "avoid_phrase") and not contradicts(found), found


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # something else at a small price said in words, offered by us or made to hang on their wish
        ("de", "Für einen Euro pro Strecke hätten wir noch eine Rundum-Absicherung.", True),
        ("de", "Für eine kleine Gebühr könnte unser Agent den Container vorziehen.", True),
        ("de", "Verstanden. Für einen kleinen Betrag könnten wir Sie außerdem ganz oben auf die Liste setzen.", True),
        ("de", "Natürlich. Und wenn Sie Kosten sparen möchten, geht das mit einer App-Regelung für ein paar Euro "
               "im Monat.", True),
        ("en", "For a few pounds a month we could add a remote monitor as well.", True),
        ("en", "Of course. And if you'd like to save, a smart controller could be yours for a few pounds a month.",
         True),
        # ... the price of what they asked for, or money going back, sells nothing
        ("en", "It'd be £60 more per visit if you want us after six, I'm afraid.", False),
        ("de", "Verstanden, kein Paket. Sie bekommen die 29 Euro zurück.", False),
        ("de", "Verstanden, kein Paket. Die Reparatur kostet Sie nichts.", False),
    ],
)  # fmt: skip
def test_sold_again_at_a_small_price(language: str, reply: str, pushed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="calm",
                      say={"de": "Ein Schutzpaket für 29 Euro will ich nicht, nein. Nur die Reparatur.",
                           "en": "No, I don't want the cover plan for £14 a month. Just the repair."}[language],
                      expect={"accept_no": True, "offer_words": ["Schutzpaket", "29 Euro", "cover plan", "£14"],
                              "key_points": {"fix": ["Reparatur", "repair"]}})  # fmt: skip
    assert has(found, "pushed_after_no") is pushed, found


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # a reply that never takes the no sells from its first sentence, in the trainer's selling words
        ("en", "Honestly, most customers with older cookers find a monthly plan worth having.", True),
        ("de", "Die meisten Kunden nehmen das Paket gleich mit, das lohnt sich.", True),
        # ... taking the no first, the same words about the repair sell nothing
        ("en", "Understood, no plan. The engineer comes tomorrow at nine.", False),
        ("de", "Verstanden, kein Paket. Der Techniker kommt morgen um neun.", False),
    ],
)  # fmt: skip
def test_selling_words_from_the_first_sentence(language: str, reply: str, pushed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="calm",
                      say={"de": "Ein Wartungspaket will ich nicht, nein. Nur die Reparatur.",
                           "en": "No, I don't want a service plan. Just the repair."}[language],
                      expect={"accept_no": True, "offer_words": ["Wartungspaket", "service plan"],
                              "avoid": {"de": ["die meisten Kunden", "lohnt sich"],
                                        "en": ["most customers", "worth having"]}[language],
                              "key_points": {"fix": ["Reparatur", "repair", "Techniker", "engineer"]}})  # fmt: skip
    assert has(found, "pushed_after_no") is pushed, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # the point's own words denied by us: turned down, not said otherwise
        ("en", "Sorry about that. We can't send anyone out before next week.", True),
        ("de", "Das tut mir leid. Wir können vor nächster Woche niemanden vorbeischicken.", True),
        # ... and said
        ("en", "Sorry about that. We'll send someone out tomorrow at nine.", False),
        ("de", "Das tut mir leid. Wir schicken morgen um neun jemanden vorbei.", False),
    ],
)  # fmt: skip
def test_the_point_denied_by_us(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed",
                      say={"de": "Seit Ihrer Wartung riecht es nach Öl!", "en": "Since your service it smells of oil!"
                           }[language],
                      expect={"key_points": {"apology": ["tut mir leid", "sorry"],
                                             "engineer": ["send someone", "come back out", "vorbeischicken",
                                                          "jemanden schicken"]}})  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # the trouble called what happens: there can be such, to be expected, now and then with every one
        ("de", "Ausfälle kann es bei der Auftragslage immer mal geben.", True),
        ("de", "Das tut mir leid. Damit müssen Sie leider rechnen.", True),
        ("en", "Streams drop now and then with every live broadcast.", True),
        ("en", "I'm sorry. That's to be expected, I'm afraid.", True),
        # ... denied, or ours
        ("de", "Damit müssen Sie nicht rechnen, das war unser Fehler.", False),
        ("en", "Every stream is checked by our team, and yours comes back today.", False),
        # the cause put with the customer's own side
        ("de", "Da muss irgendwo ein Fehler bei Ihrer Bank liegen.", True),
        ("de", "Das liegt an Ihrer Bank.", True),
        ("en", "The fault lies with your bank, I'm afraid.", True),
        ("de", "Der Fehler liegt nicht bei Ihrer Bank, das war unser System.", False),
        ("de", "Das Problem an Ihrem Gerät ist die Pumpe, die tauschen wir heute.", False),
        ("en", "The fault lies with our system, not with your bank.", False),
    ],
)  # fmt: skip
def test_played_down_or_put_on_them(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed",
                      say={"de": "Ihr Trupp ist wieder nicht gekommen, und jetzt ist auch noch mein Strom gesperrt!",
                           "en": "Your stream dropped again, and now my account is blocked as well!"}[language],
                      emotion="annoyed", expect={"key_points": {"fix": ["heute", "today", "freischalten", "unblock"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # their account doubted: the right address questioned, or put to a test "whether it really was"
        ("de", "Haben Sie das Gerät denn auch an die richtige Adresse geschickt?", True),
        ("en", "Did you send it to the right address?", True),
        ("de", "Schicken Sie mir das Foto, damit ich prüfen kann, ob das Tor wirklich offen war.", True),
        ("en", "Send me the photo so I can check whether the gate was really open.", True),
        # ... our own doing, or the question put aside
        ("de", "Wir haben es an die richtige Adresse geschickt, und die Kosten übernehmen wir.", False),
        ("en", "Shall I send the new one to the right address now?", False),
        ("de", "Ob das Tor offen war, spielt keine Rolle, die Kosten übernehmen wir.", False),
        # "this time" put on them in a main clause after ours
        ("de", "Ich bestätige den Termin, sorgen Sie bitte nur dafür, dass diesmal jemand am Tor steht.", True),
        ("en", "I'll confirm the slot, please just make sure someone is at the gate this time.", True),
        ("de", "Ich bestätige den Termin, und ich sorge dafür, dass diesmal alles klappt.", False),
    ],
)  # fmt: skip
def test_their_word_doubted(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed",
                      say={"de": "Ich stand ab halb sieben am offenen Tor und habe das Gerät an Ihre Adresse "
                                 "geschickt!",
                           "en": "I stood at the open gate from half six, and I sent the device to your address!"
                           }[language],
                      expect={"key_points": {"costs": ["übernehmen", "cover", "Kosten", "costs"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        # a charge said negated gives the thing free: no point denied
        ("en", "I'm sorry, the blame is ours, and we won't charge you a penny."),
        ("en", "I'm sorry, that was us, so we can't charge you for it."),
        ("de", "Das tut mir leid, das war unser Fehler, und wir können Ihnen das nicht berechnen."),
    ],
)  # fmt: skip
def test_a_charge_denied_is_no_refusal(language: str, reply: str, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed",
                      say={"de": "Ihre Leute kamen zwei Stunden zu spät, und jetzt wollen Sie Geld dafür?",
                           "en": "Your people came two hours late, and now you want money for it?"}[language],
                      expect={"key_points": {"apology": ["tut mir leid", "sorry"],
                                             "free": ["charge", "berechnen", "kostenlos", "free"]}})  # fmt: skip
    assert not has(found, "not_listening/missed_point"), found


# --- the kinds of v45 (seen after its sealed figures were taken; fitted in the same session) ---


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # more record labels, a longer note, the case filed or held: a bare note
        ("de", "Lieferant MK 4 11, keine Abholung am Montag. Ich trage den Ausfall als Vorgang ein.", True),
        ("de", "Kurs SB 2 22, Prüfung am Samstag ausgefallen. Ich vermerke das im System.", True),
        ("de", "Buchung SF 1 10, Führung für 20 Personen, Beginn verspätet. Ich halte Ihre Beschwerde fest.", True),
        ("en", "Hire CP 2 20, platform delivered Saturday, twelve-metre reach. I've raised it with the depot.", True),
        ("en", "Job DS 1 11, thirty metres of dry stone wall, six metres collapsed into the lane. I've logged it "
               "for the foreman.", True),
        # ... all of it in note form is still the note
        ("en", "Order CM 3 75 has been marked as incomplete and referred to dispatch.", True),
        # ... the remedy beside it answers
        ("en", "Hire CP 2 20. I've raised it with the depot, and we refund the hire today.", False),
    ],
)  # fmt: skip
def test_notes_of_v45(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed",
                      say={"de": "Ihr Fahrer kam nicht, und jetzt ist alles ausgefallen!",
                           "en": "Your platform was the wrong one, and nothing got done!"}[language],
                      expect={"key_points": {"refund": ["erstatten", "zurück", "refund", "money back"]}})  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # an article opens the sentence, no record's code: the answer is heard
        ("en", "My fault entirely, sorry. A 17-metre platform comes next time, no charge.", False),
        ("en", "My fault entirely, sorry.", True),
    ],
)  # fmt: skip
def test_an_article_is_no_record_code(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed",
                      say="Your cherry picker came with a twelve-metre arm, and we need seventeen!",
                      expect={"key_points": {"right": ["17-metre", "seventeen metres", "right machine"]}})  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # the hour's own part ("that afternoon") wins over the part of the time before it
        ("It's Wednesday. The report is needed by Friday noon, and please don't ring me before two in the "
         "afternoon.", "I'll send it on Thursday morning, then phone you at three that afternoon.", False),
        ("It's Wednesday. The report is needed by Friday noon, and please don't ring me before two in the "
         "afternoon.", "I'll send it on Thursday morning, then phone you at eleven.", True),
        # "a week like this" is what kind of week, no time
        ("It's Monday. I need the hall by Friday.", "It's a terrible thing to hear in a week like this. The hall "
         "is yours on Friday.", False),
        ("It's Monday. I need the hall by Friday.", "We'll send the keys in a week.", True),
        # a need in the passive is a deadline
        ("It's Wednesday. The report is needed by Friday noon.", "We'll send it on Monday.", True),
        ("It's Wednesday. The report is needed by Friday noon.", "We'll send it tomorrow.", False),
        ("Heute ist Montag. Ich brauche den Saal bis Freitag.",
         "In einer Woche wie dieser tut mir das sehr leid; der Saal gehört am Freitag Ihnen.", False),
    ],
)  # fmt: skip
def test_times_of_v45(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # what is owed said not to be there: turned down
        ("de", "Das tut mir leid, eine Erstattung ist da leider nicht vorgesehen.", True),
        ("en", "Sorry, a refund isn't possible, I'm afraid.", True),
        ("en", "Apologies, but the refund can't come back to you.", True),
        # ... and given
        ("en", "Sorry, your refund is on its way today.", False),
        ("de", "Das tut mir leid, die Erstattung ist heute schon unterwegs.", False),
    ],
)  # fmt: skip
def test_what_is_owed_said_not_to_be_there(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed",
                      say={"de": "Die Führung begann eine Stunde zu spät, ich will mein Geld zurück!",
                           "en": "The tour started an hour late, I want my money back!"}[language],
                      expect={"key_points": {"refund": ["Erstattung", "zurück", "refund", "money back"]}})  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # their deed questioned after a lead, with the other place named as a contrast
        ("de", "Nur zur Sicherheit: Standen Sie wirklich am vereinbarten Treffpunkt und nicht ein paar Straßen "
               "weiter?", True),
        ("en", "Just to be sure, you did put the detectors in the living room, not the kitchen?", True),
        ("en", "Just to be sure, would you like the new detectors in the living room or the kitchen?", False),
        # their word put to a test, or wondered about
        ("de", "Ich kümmere mich persönlich, aber bei der nächsten Probe schauen wir, ob wirklich alles sauber ist.",
         True),
        ("en", "You'll have the hall on Friday, though I do wonder whether that email was only meant as a holding "
               "reply.", True),
        ("en", "We'll try, but whether the board agrees is really up to them.", False),
        # a check of their own side set against our promise
        ("de", "Sie hören morgen von mir. Schauen Sie bis dahin aber bitte mal, ob unsere SMS bei Ihnen im Spam "
               "landen.", True),
        ("de", "Sie hören morgen von mir. Rufen Sie aber gern noch mal an, wenn etwas fehlt.", False),
        ("en", "Expect my call on Monday, though do check your loft once more.", True),
        ("en", "Expect my call on Monday, and do call us again anytime.", False),
    ],
)  # fmt: skip
def test_their_word_doubted_v45(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed", emotion="annoyed",
                      say={"de": "Ich stand am vereinbarten Treffpunkt, meine Milch ist sauber, und Ihre SMS kam "
                                 "nie an!",
                           "en": "I put the detectors where the leaflet said, and your own email confirmed the "
                                 "booking!"}[language],
                      expect={"key_points": {"fix": ["morgen", "Monday", "Friday", "kümmere"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


def test_an_excuse_said_again_is_quoted_without_the_step_after_but(resources: Any) -> None:
    sc = scenario("en", theme="service", mood="annoyed",
                  say="Leon says you sent back exactly what you were given. Fifty of his singles are gone!",
                  expect={"key_points": {"find": ["find", "track down"]}})  # fmt: skip
    result = judge_text(sc, "t1", "I'm so sorry. Leon is sure we returned exactly what we were given, but I'll "
                        "search the workshop for them today.", resources=resources)  # fmt: skip
    said = [f.evidence["said"] for f in result.findings if f.kind == "contradiction"]
    assert said and "search" not in said[0] and "exactly" in said[0], said


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # a sale said as what we could do, at a special or cost price
        ("en", "What I could do is send you a second pair of detectors at cost price.", True),
        ("en", "We have lovely original singles in the shop; I could put some aside for you at a special price.",
         True),
        ("de", "Ich könnte Ihnen noch ein zweites Paar Messgeräte zum Sonderpreis zurücklegen.", True),
        # ... cover sold at a price, and a small monthly sum beside the slot asked for
        ("en", "For a few pounds a day we could cover any knocks to the platform.", True),
        ("de", "Donnerstag um 14:30 Uhr beginnen wir, und für einen kleinen Monatsbetrag könnten wir danach "
               "regelmäßig nachsehen.", True),
        # ... what we could do about the matter itself sells nothing
        ("en", "What I could do is send the corrected report today, at no cost.", False),
        ("en", "Understood. We'll cover the damage ourselves, and the platform comes on Thursday.", False),
    ],
)  # fmt: skip
def test_sold_as_what_we_could_do(language: str, reply: str, pushed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="calm",
                      say={"de": "Einen Pflegevertrag für 180 Euro will ich nicht, nein. Nur die Reparatur.",
                           "en": "No, I don't want the insurance for £20 a day. Just the right platform."}[language],
                      expect={"accept_no": True, "offer_words": ["Pflegevertrag", "180 Euro", "insurance", "£20"],
                              "key_points": {"slot": ["Donnerstag", "Thursday", "report", "Bericht"]}})  # fmt: skip
    assert has(found, "pushed_after_no") is pushed, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # a day's windows bind that day; other days are open unless "only" was said
        ("It's Wednesday. I'm in the studio all day tomorrow with my phone off, so either before nine or after "
         "six.", "I'll have it done this evening and text you around seven.", False),
        ("It's Wednesday. I'm in the studio all day tomorrow with my phone off, so either before nine or after "
         "six.", "I'll ring you tomorrow at noon.", True),
        ("Heute ist Montag. Anrufen bitte nur am Mittwoch ab 16 Uhr.", "Ich rufe Sie am Dienstag um 17 Uhr an.",
         True),
    ],
)  # fmt: skip
def test_a_days_windows(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # precision kept: a purpose with a negation, a question to another desk that does more
        ("en", "Someone's with you Monday at 8. Meanwhile you can put it on standby so it won't go off.", False),
        ("de", "Kein Wartungsvertrag – ich frage beim Meister nach und halte den Mehrbetrag so lange an.", False),
        ("de", "Ich frage bei der Zollabteilung nach.", True),
    ],
)  # fmt: skip
def test_precision_of_the_new_rules(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed",
                      say={"de": "Die Rechnung ist 300 Euro zu hoch, und den Vertrag will ich nicht!",
                           "en": "The alarm keeps going off at night, and nobody comes!"}[language],
                      expect={"key_points": {"fix": ["anhalten", "Mehrbetrag", "Monday", "standby"]}})  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # thinking it over is pressed, not a check of their side
        ("de", "Verstehe. Überlegen Sie es sich aber noch mal, 15 Prozent sind ja fast 300 Euro.", False),
        # the excuse said in the clause after "aber" is still the excuse
        ("de", "Das tut mir leid, aber Altwachs verarbeiten wir nicht, das hat Herr Köhler schon richtig gesagt.",
         True),
    ],
)  # fmt: skip
def test_precision_of_the_new_contradictions(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed",
                      say="Herr Köhler sagt, Altwachs verarbeiten Sie nicht. Dabei steht es auf Ihrer Website!",
                      expect={"avoid": ["verarbeiten wir nicht"], "key_points": {"remake": ["neu gießen", "Kerzen"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found
