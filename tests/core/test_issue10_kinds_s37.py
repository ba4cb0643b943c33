"""Issue 10, kinds found in the errors of the set v41 (measured sealed last session, opened at the
start of the thirty-seventh session and fitted).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, has, ignored, penalised


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # the lead word stands before a clock time's fraction: "before half eight" is up to 8:30
        ("It's Tuesday. Please only call before half eight in the morning, I'm on the ward all day.",
         "I'll ring you tomorrow at eight.", False),
        ("It's Tuesday. Please only call before half eight in the morning, I'm on the ward all day.",
         "I'll ring you tomorrow at quarter to nine.", True),
        ("It's Tuesday. I'm only reachable before half past seven.", "I'll call you tomorrow at seven.", False),
        ("Heute ist Dienstag. Ich bin nur vor halb acht erreichbar.", "Ich rufe Sie morgen um sieben an.", False),
        ("Heute ist Dienstag. Ich bin nur vor halb acht erreichbar.", "Ich rufe Sie morgen um acht an.", True),
        ("Heute ist Dienstag. Rufen Sie bitte nur nach Viertel nach fünf an.",
         "Ich rufe Sie morgen um sechs an.", False),
        # their own hour said back with its noun is no time we offer
        ("Heute ist Montag. Der Kühlraum muss bis Mittwoch 14 Uhr laufen, da kommt die Lieferung. Kommen Sie "
         "bitte nur vor 11 Uhr.", "Der Monteur ist morgen um acht da, und Ihre Lieferung um zwei kann kommen.",
         False),
        ("Heute ist Montag. Der Kühlraum muss bis Mittwoch 14 Uhr laufen, da kommt die Lieferung. Kommen Sie "
         "bitte nur vor 11 Uhr.", "Der Monteur ist morgen um zwei da.", True),
        # an hour limit said beside a deadline holds every day up to it, not the deadline's day alone
        ("It's Thursday. I want someone here by next Wednesday, and I work nights, so not before two in the "
         "afternoon.", "We can come on Monday at ten.", True),
        ("It's Thursday. I want someone here by next Wednesday, and I work nights, so not before two in the "
         "afternoon.", "We can come on Monday at three.", False),
        ("It's Monday. The fete is Friday, so we'd come before then, but only after three.",
         "Come on Wednesday at eleven.", True),
        ("It's Monday. The fete is Friday, so we'd come before then, but only after three.",
         "Come on Wednesday at four.", False),
        # one of ours, capitalised in German, is none of the customer's people
        ("Heute ist Mittwoch. Der Monteur soll bis morgen da sein, aber nur zwischen 10 und 16 Uhr.",
         "Der Monteur ist morgen um 8 Uhr bei Ihnen.", True),
        ("Heute ist Mittwoch. Der Monteur soll bis morgen da sein, aber nur zwischen 10 und 16 Uhr.",
         "Der Monteur ist morgen um 11 Uhr bei Ihnen.", False),
        # the job held back to an hour after "aber erst", its "wenn" saying when that is
        ("Heute ist Freitag. Die Kasse muss heute noch getauscht werden, aber erst nach 19 Uhr, wenn ich zu habe.",
         "Der Techniker kommt heute um 17 Uhr.", True),
        ("Heute ist Freitag. Die Kasse muss heute noch getauscht werden, aber erst nach 19 Uhr, wenn ich zu habe.",
         "Der Techniker kommt heute um 19:30 Uhr.", False),
        ("Heute ist Freitag. Wenn es regnet, kommen Sie bitte erst nach 19 Uhr.",
         "Der Techniker kommt heute um 17 Uhr.", False),
    ],
)  # fmt: skip
def test_times_of_v41(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # a clock time said with its fraction answers "when" with no "Uhr" or day
        ("de", "Um Viertel nach sechs steht der Techniker bei Ihnen, fest zugesagt.", False),
        ("en", "At quarter past six the engineer is at your door, that's a promise.", False),
        # ... and a reply with no time at all still misses it
        ("de", "Der Techniker kommt so bald wie möglich, fest zugesagt.", True),
    ],
)  # fmt: skip
def test_a_clock_time_with_its_fraction_says_when(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="calm",
                      say={"de": "Der Router muss heute noch getauscht werden, aber erst nach 18 Uhr.",
                           "en": "The router has to be swapped today, but only after six in the evening."}[language],
                      expect={"key_points": {"time": {"de": ["18 Uhr", "heute Abend", "19 Uhr"],
                                                      "en": ["6 pm", "this evening", "7 pm"]}[language],
                                             "confirm": ["fest", "promise", "zugesagt"]}})  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


SIDE = {
    language: {
        "say": {"de": "Woher weiß ich, dass Sie auf meiner Seite sind, wenn der Bauträger Ihr Honorar zahlt?",
                "en": "How do I know you're on my side, when the builder pays your fee?"}[language],
        "expect": {"key_points": {"side": {"de": ["auf Ihrer Seite", "unabhängig", "Ihre Interessen", "Pflicht"],
                                           "en": ["your side", "independent", "your interests", "duty"]}[language]}},
    }
    for language in ("de", "en")
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # standing for the customer in words no list had
        ("en", "Monday at three, and we act for you alone.", False),
        ("en", "We work for you, not for the builder.", False),
        ("de", "Wir vertreten Sie, nicht den Bauträger.", False),
        ("de", "Ich bin allein Ihnen verpflichtet.", False),
        # ... a short reply that says nothing of it still misses it
        ("en", "Monday at three.", True),
    ],
)  # fmt: skip
def test_standing_for_the_customer(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="sceptical", **SIDE[language])
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "customer", "reply", "contradiction"),
    [
        # the opposite of the excuse's judging word turns it round
        ("de", "Herr Kranz meint, mein Vater drückt den falschen Knopf.",
         "Den Knopf hat Ihr Vater richtig gedrückt; der Öffner ist nicht angeschlossen, das beheben wir heute.",
         False),
        ("en", "Kranz says my dad presses the wrong button.",
         "Your dad pressed the right button; the opener isn't wired up, and we fix that today.", False),
        ("de", "Herr Kranz meint, mein Vater drückt den falschen Knopf.",
         "Ihr Vater drückt wohl den falschen Knopf, das passiert bei der neuen Anlage oft.", True),
        # a word the excuse says twice is one shared word, not two
        ("en", "Gavin said first come, first served, we should have come earlier.",
         "I'm so sorry, that's on us. Your money comes back today.", False),
    ],
)  # fmt: skip
def test_an_excuse_turned_round_or_barely_touched(
    language: str, customer: str, reply: str, contradiction: bool, resources: Any
) -> None:
    found = penalised(language, reply, resources, mood="annoyed", say=customer,
                      expect={"key_points": {"fix": ["beheben", "fix", "zurück", "back"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # a partial refund is the remedy the trainer asks for, no part kept
        ("en", "Sorry, that was our failure. You'll get a partial refund.", False),
        ("de", "Entschuldigung, das war unser Fehler. Sie bekommen einen Teil der Gebühr zurück.", False),
    ],
)  # fmt: skip
def test_a_part_the_trainer_asks_for(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed",
                      say={"de": "Die Bar kam zwei Stunden zu spät, und ich habe 1.100 Euro bezahlt.",
                           "en": "The bar came two hours late, and I paid £1,100."}[language],
                      example={"de": "Das tut mir leid. Wir erstatten Ihnen einen Teil der Gebühr.",
                               "en": "I'm sorry. We'll refund part of the fee."}[language],
                      expect={"key_points": {"refund": ["partial", "part of the fee", "Teil der Gebühr",
                                                        "zurück"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


def test_a_partial_refund_is_still_part_kept_where_the_model_gives_it_whole(resources: Any) -> None:
    """The control: the trainer's model answer refunds in full, so a part of it is part kept."""
    found = penalised("en", "Sorry, that was our failure. You'll get a partial refund.", resources, mood="annoyed",
                      say="The bar came two hours late, and I paid £1,100. I want my money back.",
                      example="I'm sorry. We'll refund the full £1,100.",
                      expect={"key_points": {"refund": ["refund", "money back"]}})  # fmt: skip
    assert contradicts(found), found


@pytest.mark.parametrize(
    ("language", "reply", "taken_up"),
    [
        ("de", "Dass Ihr Vater die Treppe hinunter musste, bedrückt mich. Wir schließen den Öffner heute an.", True),
        ("en", "A fortieth happens once, and we spoiled the best part of it. Part of the fee comes back to you.",
         True),
        ("de", "Wir haben Ihnen den Abend verdorben, das ist uns klar. Einen Teil zahlen wir zurück.", True),
        # the control: someone else spoiled it, nothing of ours is owned
        ("en", "The weather spoiled the evening. Part of the fee comes back to you.", False),
    ],
)  # fmt: skip
def test_dismay_and_a_spoiled_day_take_the_feeling_up(
    language: str, reply: str, taken_up: bool, resources: Any
) -> None:
    found = penalised(language, reply, resources, mood="sad", emotion="sad",
                      say={"de": "Mein Vater ist 86 und musste mit dem Rollator die Treppe runter. Und der "
                                 "Geburtstag war auch verdorben.",
                           "en": "My dad is 86 and had to take the stairs. And the birthday was ruined."}[language],
                      expect={"key_points": {"fix": ["anschließen", "fix", "zurück", "back"]}})  # fmt: skip
    assert ignored(found) is not taken_up, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # what they are to do right "this time", in a condition, an order or a duty of theirs
        ("de", "Morgen um acht ist der Techniker da. Aber lassen Sie die Tür diesmal wirklich zu.", True),
        ("de", "Die Zelle hält, wenn die Tür diesmal zu bleibt, darauf müssen Ihre Leute achten.", True),
        ("en", "The plan will be ready sooner if your approvals come back on time this time.", True),
        ("en", "Your fee goes out as long as your timesheet is signed this time.", True),
        # ... "this time" of our promise, of trouble to come, or of their wish blames nobody
        ("de", "Ihre Lieferung kommt diesmal pünktlich, versprochen.", False),
        ("de", "Wenn Sie diesmal wieder Probleme haben, ist der Techniker sofort da.", False),
        ("de", "Wenn Sie möchten, kommt der Techniker diesmal schon um sieben.", False),
        ("en", "This time I'll call you myself the moment it's fixed.", False),
        ("en", "This time your parcel goes by courier and arrives on Friday.", False),
    ],
)  # fmt: skip
def test_this_time_put_on_them(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed",
                      say={"de": "Die Kühlzelle ist wieder ausgefallen, und Ihr Techniker sagt, wir lassen die Tür "
                                 "offen!",
                           "en": "The cold room failed again, and your engineer says we leave the door open!"}[language],
                      expect={"key_points": {"fix": ["Techniker", "engineer", "kommt", "fixed"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # the cause put on their side after "but", with a feeling taken up before it
        ("en", "I understand you're upset, but that usually means something else was plugged into the socket.", True),
        ("en", "I'm sorry the night fell short, but the ice ran out because your guests drank more than planned.",
         True),
        ("de", "Ich verstehe Ihre Sorge, aber so eine Anlage ist eigentlich kinderleicht.", True),
        ("en", "I know it's frustrating, but the app is really easy to use.", True),
        # ... our own cause after "but", or the ease told as help, is no excuse
        ("en", "Sorry about that, but something else went wrong on our side, and we fix it today.", False),
        ("en", "The app is easy to use, and I'll send you a short guide today.", False),
    ],
)  # fmt: skip
def test_the_cause_put_on_them_after_but(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed",
                      say={"de": "Die Anlage geht schon wieder nicht, und Ihr Kollege sagt, das liegt an uns!",
                           "en": "It's broken again, and your colleague says it's our doing!"}[language],
                      expect={"key_points": {"fix": ["Techniker", "fix", "kommt", "engineer"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "avoid", "reply", "said"),
    [
        # a phrase with a comma of its own is said across the reply's comma
        ("en", "first come, first served", "As Gavin said, it's first come, first served on Saturdays.", True),
        # a modal's phrase said with the separable verb alone, its prefix split off
        ("de", "kann vorkommen", "Solche Ausfälle kommen im Winter leider manchmal vor.", True),
        ("de", "kann vorkommen", "So etwas kommt bei uns nicht vor, das war unser Fehler.", False),
        ("de", "kann vorkommen", "Kommt das bei Ihnen öfter vor?", False),
        # an adjective and its noun said as the noun with the adjective after a copula
        ("en", "high demand", "Demand was very high on Saturday, so it was a rush.", True),
        ("en", "high demand", "Demand wasn't high at all, so that one is on us.", False),
        ("de", "hohe Nachfrage", "Die Nachfrage war am Samstag sehr hoch, da wurde es eng.", True),
        ("de", "hohe Nachfrage", "Die Nachfrage ist nicht hoch, das war unser Fehler.", False),
    ],
)  # fmt: skip
def test_avoid_phrases_in_other_shapes(language: str, avoid: str, reply: str, said: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed",
                      say={"de": "Die Anlage ist am Samstag ausgefallen, und ich bekam keinen Termin!",
                           "en": "The system failed on Saturday, and I got no slot!"}[language],
                      expect={"avoid": [avoid], "key_points": {"fix": ["Techniker", "engineer"]}})  # fmt: skip
    assert has(found, "avoid_phrase") is said, found


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # something else brought along by us at a price, or given along and priced extra
        ("de", "Verstanden, keine große Anlage. Ich lasse aber eine kleine Lichtklingel für 49 Euro mitbringen.", True),
        ("en", "Understood. I'll pop a winter pass in with the order, just a fiver extra.", True),
        # ... the price of what they asked for sells nothing
        ("de", "Verstanden, keine große Anlage. Der Monteur bringt den neuen Taster mit, das kostet Sie nichts.",
         False),
    ],
)  # fmt: skip
def test_something_else_brought_at_a_price(language: str, reply: str, pushed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="calm",
                      say={"de": "Eine Videoanlage für 390 Euro will ich nicht, nein. Nur der Taster soll gehen.",
                           "en": "No, I don't want the video system for £390. Just fix the button."}[language],
                      expect={"accept_no": True, "offer_words": ["Video", "video system", "390"],
                              "key_points": {"fix": ["Taster", "button"]}})  # fmt: skip
    assert has(found, "pushed_after_no") is pushed, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # a complaint opened and passed on, and nothing else: a bare note
        ("en", "I've opened a complaint on job MB 6 58 and sent it to the events manager.", True),
        ("en", "I've opened a complaint on job MB 6 58, and part of the fee comes back to you today.", False),
    ],
)  # fmt: skip
def test_a_complaint_opened_is_a_note(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed",
                      say="Booking MB 6 58. The bar ran out of ice at ten. I'm really annoyed.",
                      expect={"key_points": {"refund": ["refund", "part of the fee", "money back"]}})  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # asked to tell again what they told, as a request with the question inside it
        ("de", "Dann erklären Sie mir bitte noch mal, was am Samstag genau passiert ist.", True),
        ("en", "Could you explain again what exactly happened on Saturday.", True),
        # ... we explain again what we do: no question to them
        ("en", "I'll explain again what the engineer tests, and you get the log today.", False),
    ],
)  # fmt: skip
def test_asked_to_tell_it_again(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="sceptical",
                      say={"de": "Am Samstag ist die Kasse von 9 bis 13 Uhr immer wieder eingefroren. Woher weiß ich, "
                                 "dass ein neuer Router das löst?",
                           "en": "On Saturday the till froze again and again from nine to one. How do I know a new "
                                 "router fixes it?"}[language],
                      expect={"key_points": {"proof": ["testen", "Protokoll", "test", "log"]}})  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("reply", "missed"),
    [
        # a point the trainer named a call, and no call at all in the reply
        ("By Friday the plan is with you.", True),
        ("In by Thursday, yes, and the plan is with you on Friday.", True),
        # ... a call in other words, or a clock time that may be it, is no sure miss
        ("By Friday the plan is with you, and you'll hear from Ms Carter tonight.", False),
        ("Ms Carter has put tomorrow at 6.15 pm in her diary, and the plan is with you by Friday.", False),
        ("Ms Carter rings you tomorrow evening, and the plan is with you by Friday.", False),
    ],
)  # fmt: skip
def test_a_call_point_with_no_call(reply: str, missed: bool, resources: Any) -> None:
    found = penalised("en", reply, resources, mood="calm",
                      say="It's Tuesday. I want the plan in writing by Friday, and a call with your partner, but not "
                          "before six.",
                      expect={"key_points": {"written": ["Friday", "in writing", "by email"],
                                             "call": ["six", "half six", "seven", "evening"]}})  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # the money asked for, refused with "pay": its own word does not meet the point
        ("en", "Sorry about the delay. We can't pay it.", True),
        ("de", "Das tut mir leid. Die Stunden können wir nicht bezahlen.", True),
        # ... paid after all, or paid later with a day
        ("en", "Sorry, we can't pay it today, but it's transferred tomorrow morning.", False),
        ("de", "Das tut mir leid. Die Stunden bezahlen wir Ihnen diese Woche.", False),
    ],
)  # fmt: skip
def test_pay_refused(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed",
                      say={"de": "Ich habe drei Stunden gewartet, und das Geld dafür kam nie!",
                           "en": "I worked the whole day, and my £186 never came!"}[language],
                      expect={"key_points": {"pay": ["bezahlen", "zahlen", "pay", "transfer"]}})  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "customer", "reply", "contradiction"),
    [
        # what could have happened to them is the danger taken seriously
        ("de", "Der Hund hat mich auf die Straße geführt, und Frau Scholz sagt, ich gebe die falschen Befehle!",
         "Das ist furchtbar, da hätte wirklich etwas passieren können. Es tut mir leid, wir üben kostenlos nach.",
         False),
        ("en", "The dog led me into the road, and Sarah says I give the wrong commands!",
         "That's awful, something could have happened to you. I'm sorry, we'll retrain him for free.", False),
        ("de", "Der Hund hat mich auf die Straße geführt, und Frau Scholz sagt, ich gebe die falschen Befehle!",
         "So etwas kann bei jungen Hunden schon mal passieren.", True),
        # our records against the excuse, with the fault owned after them
        ("de", "Herr Wiegand sagt, bei mir fehlten die Ventile. Im Protokoll steht: Ventile vorhanden!",
         "Laut Protokoll waren die Ventile da, also haben wir die Proben verschlampt. Wir ziehen neue, gratis.",
         False),
        # the excuse denied in the customer's favour is no blame on them
        ("de", "Herr Mahnke behauptet, ich hätte die Reifen im Frühjahr abgeholt! Auf dem Schein steht eingelagert.",
         "Ich entschuldige mich. Sie haben die Reifen nicht abgeholt, das zeigt der Schein. Wir ersetzen sie.",
         False),
        ("de", "Herr Mahnke behauptet, ich hätte die Reifen im Frühjahr abgeholt! Auf dem Schein steht eingelagert.",
         "Sie haben die Reifen doch im Frühjahr abgeholt.", True),
        # the whole against an excuse of "only"
        ("en", "Declan says I only sent one document, but your email says two documents received!",
         "I apologise, you sent us both and we only returned one. We're tracing the second one today.", False),
        ("en", "Declan says I only sent one document, but your email says two documents received!",
         "Our records show you only sent one document, I'm afraid.", True),
    ],
)  # fmt: skip
def test_precision_of_v42(language: str, customer: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="angry", say=customer,
                      expect={"key_points": {"fix": ["kostenlos", "free", "ersetzen", "tracing", "neue"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # two deadlines in one sentence, one of an hour: each offer held to its own thing's deadline
        ("It's Monday today. The gala is this Saturday, your lifeguards must be on the poolside by half eight, and "
         "I want their names by Wednesday.", "On Saturday they're poolside at eight, and you'll have the names on "
         "Tuesday.", False),
        ("It's Monday today. The gala is this Saturday, your lifeguards must be on the poolside by half eight, and "
         "I want their names by Wednesday.", "You'll have their names on Thursday.", True),
        # a day said with their doubt is gone by, no day offered
        ("It's Tuesday today. Someone must ring me before Friday.",
         "I'd doubt us too after Sunday. I'll ring you tomorrow at three.", False),
        # "only ... before eight" after a need is a window of its own clause, not the need's deadline
        ("It's Thursday today. They need the papers by next Wednesday, and I can only take a courier before "
         "eight in the morning.", "The courier brings them on Monday at eleven.", True),
        ("It's Thursday today. They need the papers by next Wednesday, and I can only take a courier before "
         "eight in the morning.", "The courier brings them on Monday at half seven.", False),
        # ... while "before nine or after six" stays two windows
        ("It's Thursday. I need it in writing by Monday noon, and I can only take calls before nine or after six.",
         "I'll call at seven tonight.", False),
        # "not before" an hour after a list of days holds on each of them
        ("Heute ist Montag. Mein Sohn kann nur am Samstag oder Sonntag, und nicht vor 11 Uhr.",
         "Am Samstag um 10 Uhr geht es hinaus.", True),
        ("Heute ist Montag. Mein Sohn kann nur am Samstag oder Sonntag, und nicht vor 11 Uhr.",
         "Am Samstag um 12 Uhr geht es hinaus.", False),
        # being home only till an hour beside a deadline holds each day up to it
        ("Heute ist Freitag. Der Baum muss bis morgen stehen, und ich bin nur bis 14 Uhr zu Hause.",
         "Die Tanne kommt morgen um 15 Uhr.", True),
        ("Heute ist Freitag. Der Baum muss bis morgen stehen, und ich bin nur bis 14 Uhr zu Hause.",
         "Die Tanne kommt morgen um 10 Uhr.", False),
    ],
)  # fmt: skip
def test_times_of_v42(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaking_pair(customer, reply)
    assert broken is conflict, limits


def breaking_pair(customer: str, reply: str) -> tuple[bool, list[tuple]]:
    """:func:`breaks_a_limit`, under a name that reads as this table's."""
    return breaks_a_limit(customer, reply)


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # a report written to a colleague, a search logged in the store, and someone to get in touch
        ("de", "Ich habe zu Auftrag RH 6 44 eine Meldung an die Lagerleitung geschrieben, die meldet sich bei Ihnen.",
         True),
        ("de", "Ich habe für RH 6 44 einen Suchauftrag im Lager angelegt, das Lager meldet sich.", True),
        ("en", "Booking RH 6 44 is logged with our returns desk, and they'll contact the garage.", True),
        # ... what we do is more than a note
        ("de", "Ich habe zu RH 6 44 eine Meldung geschrieben, und wir ersetzen Ihre Reifen morgen.", False),
    ],
)  # fmt: skip
def test_notes_of_v42(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="angry",
                      say={"de": "Schein RH 6 44. Meine Winterreifen sind weg! Ich bin wirklich wütend.",
                           "en": "Ticket RH 6 44. My winter tyres are gone! I'm really angry."}[language],
                      expect={"key_points": {"replace": ["ersetzen", "replace", "neue Reifen", "new tyres"]}})  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # an English order to do it right "this time", beside a promise of ours in another part
        ("en", "I'll write to you with both names, and this time please do tell us if the time moves.", True),
        ("en", "Monday at quarter to eight, and maybe pin a note on the lid this time.", True),
        # ... "Order" as the record, ours this time, or a promise, blames nobody
        ("en", "Order OY 5 47 gets a full replacement, packed properly cold this time.", False),
        ("en", "The plan is with you Friday, and this time I'll ring you myself.", False),
        ("en", "Let us make it right this time: the plan is with you Friday.", False),
        # the colleague cited and held up after "aber", our own "nicht" before it
        ("de", "Wir kommen erneut und berechnen es nicht, aber Herr Wiegand sagt nun mal, dass die Ventile fehlten.",
         True),
        # ... his word called untrue is on the customer's side
        ("de", "Herr Wiegand sagt zwar, die Ventile fehlten, aber das stimmt nicht. Wir kommen erneut.", False),
        # a tautology said frankly waves it away; a commitment said so sides with them
        ("de", "Ehrlich gesagt, Reifen ist Reifen, Hauptsache Winterprofil.", True),
        ("de", "Da haben Sie recht, bestellt ist bestellt. Wir tauschen den Baum heute.", False),
        ("de", "Entschuldigung, zugesagt ist zugesagt. Wir kommen heute.", False),
        # the trouble waved off as none
        ("de", "Tut mir leid. Zum Glück ist ja nichts passiert.", True),
        ("en", "Sorry about that, but no harm done in the end.", True),
        ("de", "Gott sei Dank ist Ihrem Vater nichts passiert, das tut mir so leid.", False),
    ],
)  # fmt: skip
def test_contradictions_of_v42(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed", emotion="annoyed",
                      say={"de": "Herr Wiegand sagt, bei mir fehlten die Ventile! Und niemand kam.",
                           "en": "Wiegand says the lid was left open by the children! And nobody came."}[language],
                      expect={"key_points": {"fix": ["erneut", "again", "ersetzen", "replacement"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # something in the no's place, pressed with "at least" or asked with "how about", priced or free
        ("de", "Schade. Dann geben wir Ihnen wenigstens den Tracker einen Monat gratis mit.", True),
        ("en", "Would you at least let us do a sworn copy at a reduced rate?", True),
        ("en", "Shame. How about a priority slot for a tenner a session instead?", True),
        # ... the thing asked for, at least, sells nothing
        ("de", "Verstanden, kein Tracker. Der Trainer kommt wenigstens schon morgen um neun.", False),
    ],
)  # fmt: skip
def test_pressed_after_a_no(language: str, reply: str, pushed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="calm",
                      say={"de": "Den GPS-Tracker für 12 Euro im Monat will ich nicht, nein. Nur die Nachschulung.",
                           "en": "No, I don't want the cover plan. Just send the lifeguards."}[language],
                      expect={"accept_no": True, "offer_words": ["GPS", "cover plan", "12 Euro"],
                              "key_points": {"retrain": ["Trainer", "Nachschulung", "lifeguards"]}})  # fmt: skip
    assert has(found, "pushed_after_no") is pushed, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # the blame refused in so many words
        ("en", "I get that you're upset, but that's not something we can be blamed for.", True),
        ("en", "We can't be blamed for that, I'm afraid.", True),
        ("de", "Dafür können wir nichts, das lag am Verein.", True),
        ("en", "You can't be blamed for that at all, it's on us.", False),
        ("de", "Da können Sie nichts dafür, das war unser Fehler.", False),
        # the trouble made the way things are done
        ("en", "I understand, but that's simply how it's done in practice.", True),
        ("de", "Tut mir leid, aber so läuft das halt bei uns.", True),
        ("en", "That's how it works with us: the refund arrives in three days.", False),
        ("de", "So wird das gemacht: der Techniker kommt morgen um neun.", False),
    ],
)  # fmt: skip
def test_blame_refused_and_the_way_things_are(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="angry", emotion="angry",
                      say={"de": "Ihre Leute sind nicht gekommen! Die ganze Gala ist geplatzt!",
                           "en": "Your lifeguards never came! The whole gala was ruined!"}[language],
                      expect={"key_points": {"refund": ["Erstattung", "refund", "Techniker", "zurück"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # a day or an hour as alternatives: the day whole, the hour on any day
        ("Heute ist Mittwoch. Ihr Ableser kann nur am Samstag kommen oder nach 18 Uhr, vorher bin ich weg.",
         "Unser Ableser kommt am Samstag um zehn.", False),
        ("Heute ist Mittwoch. Ihr Ableser kann nur am Samstag kommen oder nach 18 Uhr, vorher bin ich weg.",
         "Unser Ableser kommt morgen um 19 Uhr.", False),
        ("Heute ist Mittwoch. Ihr Ableser kann nur am Samstag kommen oder nach 18 Uhr, vorher bin ich weg.",
         "Unser Ableser kommt morgen um 10 Uhr.", True),
        # a call window and its "or after" window, both kept
        ("It's Tuesday today. Call me only before half eight in the morning or after five.",
         "May I call you on Wednesday at quarter past five?", False),
        ("It's Tuesday today. Call me only before half eight in the morning or after five.",
         "May I call you on Wednesday at noon?", True),
        ("It's Tuesday today. I want to hear by Thursday, and call me only before eight or after five.",
         "I'll call you tomorrow at six.", False),
        # a "wenn" after a firm "only" window tells why, no condition
        ("Heute ist Donnerstag. Anrufen bitte nur zwischen 10 und 12 Uhr, nachmittags schlafe ich, wenn Ida "
         "schläft.", "Ich rufe Sie morgen um 15 Uhr an.", True),
        ("Heute ist Donnerstag. Anrufen bitte nur zwischen 10 und 12 Uhr, nachmittags schlafe ich, wenn Ida "
         "schläft.", "Ich rufe Sie morgen um 11 Uhr an.", False),
        # a thing and a day in clauses apart name no event of theirs
        ("Heute ist Freitag. Die alten Tabletten sind aufgebraucht, und ich bin morgen nur bis 12 Uhr zu Hause.",
         "Der Kurier bringt die Tabletten morgen um 14 Uhr zu Ihnen.", True),
        ("Heute ist Freitag. Die alten Tabletten sind aufgebraucht, und ich bin morgen nur bis 12 Uhr zu Hause.",
         "Der Kurier bringt die Tabletten morgen um 10 Uhr zu Ihnen.", False),
    ],
)  # fmt: skip
def test_times_of_v43(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("language", "customer", "reply", "contradiction"),
    [
        # ours doing it ourselves next time is no lesson to them
        ("de", "Drei Kühe lahmen, und Herr Tjarks schiebt es auf den nassen Boden!",
         "Das tut mir leid. Beim nächsten Mal arbeitet unser Meister selbst und schreibt Ihnen jede Klaue auf.",
         False),
        ("de", "Drei Kühe lahmen, und Herr Tjarks schiebt es auf den nassen Boden!",
         "Beim nächsten Mal kontrollieren Sie den Boden bitte selbst vorher.", True),
        # the claim ends at "dabei": what the customer says after it is theirs, no excuse said again
        ("de", "Herr Brandl sagt, der Koffer sei nicht beschriftet gewesen, dabei hat Ihr Fahrer das Etikett "
               "morgens gescannt!",
         "Das tut mir leid, zumal unser Fahrer das Etikett morgens gescannt hat. Die Taxifahrt zahlen wir.", False),
        # the fault owned in plain words after their account
        ("en", "Jordan tells me they were at the wrong car park!",
         "So sorry. The car park was on our own card, so we got it wrong, not your group.", False),
    ],
)  # fmt: skip
def test_precision_of_v43(language: str, customer: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed", emotion="annoyed", say=customer,
                      expect={"key_points": {"fix": ["Meister", "zahlen", "refund", "sorry", "leid"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


def test_a_currency_is_no_offer_word(resources: Any) -> None:
    """ "Zahlen Sie die 1.140 Euro trotzdem": their bill, not the refused offer of "3,50 Euro" pressed."""
    found = penalised("de", "Verstanden. Zahlen Sie die 1.140 Euro trotzdem erst mal.", resources, mood="calm",
                      say="Nein, auf Ihre Funkzähler für 3,50 Euro lasse ich mich nicht ein.",
                      expect={"accept_no": True, "offer_words": ["Funkzähler", "3,50 Euro"],
                              "key_points": {"accept": ["verstanden"]}})  # fmt: skip
    assert not has(found, "pushed_after_no"), found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # a check opened with a department and a letter to come, a team to review it, a call about a day
        ("de", "Zum Vertrag NB 2 93 habe ich eine Prüfung beim Qualitätsmanagement eröffnet, Sie erhalten Post.", True),
        ("en", "Job PW 7 19 is logged; our quality team will review the before-and-after photos.", True),
        ("en", "I'll pass your concerns to our operations team and they'll be in touch about Saturday.", True),
        # ... a remedy beside it is more than a note
        ("en", "Job PW 7 19 is logged, and we refund the full clean today.", False),
    ],
)  # fmt: skip
def test_notes_of_v43(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed",
                      say={"de": "Vertrag NB 2 93. Die Probe wurde vernichtet, ich bin wirklich verärgert.",
                           "en": "Job PW 7 19. Thirty tiles are broken, and I'm really annoyed."}[language],
                      expect={"key_points": {"refund": ["erstatten", "refund", "zurück", "money back"]}})  # fmt: skip
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # a thing sold by the trouble it would have kept away
        ("en", "No bother, the restorer comes Tuesday. A clear protective coat would stop this ever happening "
               "again, I'd really consider it.", True),
        ("de", "Gut, die Rücknahme kommt schriftlich. Übrigens, mit Geräten, die sich selbst melden, wäre so ein "
               "Ausfall gar nicht erst passiert.", True),
        # ... our own promise that it will not happen again sells nothing
        ("en", "Understood. We would make sure this never happens again.", False),
        ("de", "Verstanden. So etwas darf nie wieder passieren, das verspreche ich Ihnen.", False),
    ],
)  # fmt: skip
def test_sold_by_the_trouble_it_prevents(language: str, reply: str, pushed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="calm",
                      say={"de": "Nein, auf Ihre Funkzähler lasse ich mich nicht ein.",
                           "en": "No, I don't want your sealant for £120."}[language],
                      expect={"accept_no": True, "offer_words": ["Funkzähler", "sealant"],
                              "key_points": {"accept": ["verstanden", "understood", "no bother"]}})  # fmt: skip
    assert has(found, "pushed_after_no") is pushed, found


def test_an_urgent_order_is_no_bare_note(resources: Any) -> None:
    """ "ich lege Sie als Eilauftrag an": the label is the remedy, not a note passed on (hv10's writer)."""
    found = penalised("de", "In Ordnung. Das ist ja kein Zustand, ich lege Sie als Eilauftrag an.", resources,
                      mood="calm", say="Nein, keinen Wartungsvertrag. Meine Mutter friert, der Ofen muss abgenommen "
                                      "werden.",
                      expect={"accept_no": True, "offer_words": ["Wartungsvertrag"],
                              "key_points": {"urgent": ["dringend", "Eiltermin", "vorziehen"]}})  # fmt: skip
    assert not has(found, "not_listening/missed_point"), found


def test_trust_asked_this_time_is_no_blame(resources: Any) -> None:
    """ "Vertrauen Sie uns, diesmal stimmt alles": a plea to trust us (an avoid phrase), no lesson to them."""
    found = penalised("de", "Vertrauen Sie uns, diesmal stimmt alles. Geliefert wird in dieser Woche.", resources,
                      mood="sceptical", emotion="sceptical",
                      say="Woher weiß ich, dass diesmal alles stimmt?",
                      expect={"key_points": {"check": ["Foto", "Musterdruck"]}})  # fmt: skip
    assert not contradicts(found), found


def test_hearing_from_us_at_a_time_is_the_call(resources: Any) -> None:
    """ "You'll hear from me at four o'clock sharp": the call, with its time (the all-sets run's hv37-181)."""
    found = penalised("en", "You'll hear from me at four o'clock sharp with the sum.", resources, mood="calm",
                      say="It's Wednesday now. Ring me before five today, or on Saturday, with the amount.",
                      expect={"key_points": {"call": ["ring you", "call you", "phone you"]}})  # fmt: skip
    assert not has(found, "not_listening/missed_point"), found


@pytest.mark.parametrize(
    ("language", "customer", "avoid", "reply"),
    [
        # an excuse listed to avoid keeps its words, though a handover's words are among them
        ("de", "Herr Sander sagt, die Spulen sind bei der Post verloren gegangen!", "bei der Post",
         "Vielleicht sind die Spulen bei der Post verloren gegangen."),
        ("en", "Dean says the seats fit from birth, but it didn't fit!", "fit from birth",
         "Our seats normally fit from birth, though."),
    ],
)  # fmt: skip
def test_an_excuse_with_a_handovers_word(language: str, customer: str, avoid: str, reply: str, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed", emotion="annoyed", say=customer,
                      expect={"avoid": [avoid], "key_points": {"fix": ["ersetzen", "replace"]}})  # fmt: skip
    assert contradicts(found), found


def test_sending_it_for_review_meets_a_point_of_review(resources: Any) -> None:
    """ "I'll send it for review" meets "review: [review, escalate]" (the all-sets run's hv5-223)."""
    found = penalised("en", "I'll send it for review.", resources, mood="annoyed",
                      say="You refused my claim as a pre-existing condition, and that's wrong!",
                      expect={"key_points": {"review": ["review", "reassess", "escalate"]}})  # fmt: skip
    assert not has(found, "not_listening/missed_point"), found
