"""Issue 10, kinds found in the errors of the sets v38 (opened last session) and v39 (measured
sealed at the start of the thirty-sixth session, then fitted).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.core.test_issue10_kinds_s35 import BELL
from tests.helpers.content_judge import breaks_a_limit, contradicts, has, penalised


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # a window from a day on ("ab Montag ..., aber nur vormittags") holds that day and the days after it
        ("Heute ist Freitag, ich bin übers Wochenende weg. Ab Montag können Sie den Schrank holen, aber nur "
         "vormittags bis 11 Uhr.", "Wir kommen am Mittwoch zwischen neun und zehn.", False),
        ("Heute ist Freitag, ich bin übers Wochenende weg. Ab Montag können Sie den Schrank holen, aber nur "
         "vormittags bis 11 Uhr.", "Wir kommen am Mittwoch um 15 Uhr.", True),
        ("It's Thursday. From Monday you can collect the boat, but only in the mornings before eleven.",
         "Our driver comes on Tuesday at ten.", False),
        # days the money is for are no time offered
        ("It's Wednesday. Get us into the flat by noon tomorrow, and refund the two nights we lost.",
         "You'll have the keys by eleven tomorrow, and I'm crediting you for Monday and Tuesday.", False),
        ("Heute ist Mittwoch. Die Wohnung muss morgen bis 12 Uhr frei sein, und erstatten Sie die zwei Nächte.",
         "Die Schlüssel haben Sie morgen um 11 Uhr, und wir erstatten Ihnen den Montag und den Dienstag.", False),
        ("It's Wednesday. Get us into the flat by noon tomorrow.", "You'll have the keys on Friday.", True),
        # sent off on one day, there on the day they are in
        ("It's Monday. I'm only at home on Thursday, and it has to be signed for.",
         "It goes out tomorrow evening by courier, so it arrives Thursday and needs your signature.", False),
        ("It's Monday. I'm only at home on Thursday, and it has to be signed for.",
         "A courier collects it on Wednesday and brings it to you Thursday morning.", False),
        ("It's Monday. I'm only at home on Thursday, and it has to be signed for.",
         "Our courier brings it to you on Wednesday.", True),
        # one more window after "or"
        ("It's Tuesday. I can only come after five, or on Saturday morning before nine.",
         "Would Saturday at half eight suit you?", False),
        ("It's Tuesday. I can only come after five, or on Saturday morning before nine.",
         "Would Saturday at eleven suit you?", True),
        # a clock time with "Uhr" is the 24-hour clock
        ("Heute ist Donnerstag. Die Fliesen müssen morgen vor 7 Uhr auf der Baustelle sein.",
         "Morgen um 6:30 Uhr ist der Wagen bei Ihnen.", False),
        ("Heute ist Donnerstag. Die Fliesen müssen morgen vor 7 Uhr auf der Baustelle sein.",
         "Morgen um 7:30 Uhr ist der Wagen bei Ihnen.", True),
        # their own event's day, said back with its noun, and their day named with "your"
        ("Heute ist Mittwoch. Die Taufe ist am Sonntag, ich brauche das Kleid bis Samstag 10 Uhr.",
         "Für die Taufe am Sonntag ist es rechtzeitig fertig, ich bringe es Ihnen am Freitag um 17 Uhr.", False),
        ("It's Tuesday. I need the menu by Thursday evening, I cook on Saturday.",
         "I'll send you the menu on Wednesday, well before your Saturday cooking.", False),
        # the time they asked for, said back in another order
        ("It's Monday. I need a driver this Friday from six, and his name by Wednesday noon.",
         "He'll be at your door at six on Friday, and you'll have his name tomorrow.", False),
        # calls only before or after hours hold every day, not the day of a deadline said before
        ("It's Thursday. I need it in writing by Monday noon, and I can only take calls before nine or after six.",
         "I'll ring you tonight at seven.", False),
        ("It's Thursday. I need it in writing by Monday noon, and I can only take calls before nine or after six.",
         "I'll ring you tomorrow at eleven.", True),
    ],
)  # fmt: skip
def test_times_of_v38_and_v39(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


PAINT = {
    language: {
        "say": {"de": "Einen neuen Anstrich für 300 Euro will ich nicht, nein. Nur die Abdichtung, bitte.",
                "en": "No, I don't want a new paint job for £300. Just the seal, please."}[language],
        "expect": {"accept_no": True,
                   "offer_words": {"de": ["Anstrich", "Freikarte"], "en": ["paint job", "free lesson"]}[language],
                   "key_points": {"seal": ["Abdichtung", "seal"]}},
    }
    for language in ("de", "en")
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # a price for something added or presented after the no
        ("de", "Gern, nur die Abdichtung. Eine Schicht Wachs machen wir dann gleich mit, kostet nur 90 Euro.", True),
        ("de", "Die Abdichtung machen wir. Ein Schutzgitter setze ich Ihnen für 150 Euro gleich mit ins Angebot.",
         True),
        ("en", "Just the seal, of course. I could add a new tiller for £40 while we're at it.", True),
        ("en", "We'll do the seal. Until then, there's a loan boat we can put in for you for £20 a day.", True),
        # the refused free thing in two words, with a gift phrase
        ("de", "Die Abdichtung machen wir. Für Ihre Tochter lege ich zwei Karten zurück, ganz ohne Kosten.", True),
        ("en", "We'll do the seal, and I'll book your son a lesson at no cost.", True),
        # ... a price of what they asked for, or of the past, sells nothing
        ("de", "Natürlich, nur die Abdichtung, für 120 Euro wie besprochen.", False),
        ("en", "Just the seal, of course, and the £60 for it we'll cover ourselves.", False),
        ("en", "Just the seal. We're at the yard on Monday, and it was £60 last time.", False),
    ],
)  # fmt: skip
def test_priced_and_free_pitches_after_a_no(language: str, reply: str, pushed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="calm", **PAINT[language])
    assert has(found, "pushed_after_no") is pushed, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # a why-question after "but" that blames them for not acting
        ("de", "Das tut mir leid, das war unser Fehler. Aber warum haben Sie nicht bei uns angerufen?", True),
        ("en", "Sorry, that's on us. But why didn't you ring the office?", True),
        ("de", "Das tut mir leid. Aber warum ist das passiert? Ich schaue sofort nach.", False),
        # a next-time obligation on one of theirs, named
        ("de", "Wir zahlen die Rechnung. Paul sollte beim nächsten Mal aber besser aufpassen.", True),
        ("en", "We'll pay the bill. Next time, Paul should hold on tighter.", True),
        ("de", "Wir zahlen die Rechnung. Ich sollte beim nächsten Mal früher anrufen.", False),
    ],
)  # fmt: skip
def test_blame_of_v38(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="angry",
                      say={"de": "Mein Sohn Paul ist gestürzt, und Sie sagen, er sei selbst schuld!",
                           "en": "My son Paul fell, and you say it was his own fault!"}[language],
                      expect={"key_points": {"pay": ["zahlen", "pay"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("reply", "said"),
    [
        # a phrase to avoid said frankly, in German order
        ("Zusagen kann ich Ihnen das ehrlich gesagt nicht, Holz ist eben ein Naturstoff.", True),
        ("Zusagen kann ich Ihnen das nicht.", True),
        ("Das kann ich Ihnen ehrlich gesagt fest zusagen.", False),
    ],
)
def test_an_avoid_phrase_said_frankly(reply: str, said: bool, resources: Any) -> None:
    step = {
        "say": "Woher weiß ich, dass das neue Brett nicht wieder reißt?",
        "expect": {"avoid": ["kann ich nicht zusagen"], "key_points": {"check": ["prüfen"]}},
    }
    found = penalised("de", reply, resources, mood="sceptical", **step)
    assert has(found, "avoid_phrase") is said, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # a bare file note with a colleague to look at it, a record named alone, a "that" of the matter
        ("de", "Ich habe zu Auftrag KG 3 88 eine Beschwerde angelegt, der Meister prüft das.", True),
        ("de", "Für Auftrag KG 3 88 habe ich die Reklamation aufgenommen, die Werkstatt sieht sich die Glocke an.",
         True),
        ("en", "Job KG 3 88: I've raised an internal review and the quality team will write to you.", True),
        ("en", "Job KG 3 88 is flagged for review by our site manager.", True),
        ("en", "I've noted a bell query on job KG 3 88 for the workshop.", True),
        ("en", "I've noted on job KG 3 88 that the bell hangs crooked.", True),
        # ... what we do, noted or not, is more than a note
        ("en", "I've noted that the fitter comes tomorrow at nine to rehang the bell.", False),
        ("en", "Job KG 3 88: the fitter comes tomorrow at nine and rehangs it.", False),
        ("de", "Zu Auftrag KG 3 88: Der Monteur kommt morgen um neun und hängt sie neu auf.", False),
    ],
)  # fmt: skip
def test_file_notes_of_v39(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed", **BELL[language])
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("reply", "contradiction"),
    [
        # "that's a mistake" after siding with them is the thing that erred, not them
        ("You're right to be annoyed, that's a serious mistake. The fitter rehangs it tomorrow.", False),
        ("You made a mistake with the order form, that's all.", True),
        # the excuse's thing said back in the customer's own compound is no echo of the excuse
        ("I'm sorry. Season ticket ST 2 31 now shows your seat next to your brother again.", False),
        ("I know, but seats do get reallocated every season.", True),
        # "could have" with us as the object blames them for not reaching us
        ("Sorry about that. You could have rung us before the match, though.", True),
        ("Sorry about that. You could have been stuck up there for hours, I know.", False),
    ],
)  # fmt: skip
def test_contradictions_of_v39(reply: str, contradiction: bool, resources: Any) -> None:
    step = {
        "say": "Season ticket ST 2 31. For thirty years I sat next to my brother, and now I'm up forty steps. "
               "Nathan says seats get reallocated every season. I want my old seat back!",
        "expect": {"key_points": {"seat": ["your old seat", "original seat"]}},
    }  # fmt: skip
    found = penalised("en", reply, resources, mood="annoyed", **step)
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "taken_up"),
    [
        # their treatment called wrong takes their side
        ("en", "That's no way to treat someone who's been with us for years. I'll rehang it tomorrow.", True),
        ("de", "So behandelt man keinen langjährigen Kunden. Ich lasse sie morgen neu aufhängen.", True),
        ("en", "I'll rehang it tomorrow.", False),
    ],
)
def test_their_treatment_called_wrong(language: str, reply: str, taken_up: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed", **BELL[language])
    assert (not any(k.endswith("ignored_emotion") or k == "no_acknowledgement" for k in found)) is taken_up, found


@pytest.mark.parametrize(
    ("reply", "kept"),
    [
        # "höchstens" limits what is given; halving a fee keeps the other half
        ("Das ist ärgerlich. Die Gebühren kann ich Ihnen höchstens halbieren.", True),
        ("Entschuldigung. Erstatten kann ich Ihnen höchstens die Hälfte.", True),
        ("Entschuldigung. Die 62 Euro Gebühren streichen wir komplett.", False),
    ],
)
def test_at_most_half(reply: str, kept: bool, resources: Any) -> None:
    step = {
        "say": "Ich habe die 148 Euro längst bezahlt, und jetzt wollen Sie noch 62 Euro Gebühren! Frechheit!",
        "example": "Das tut mir leid. Die 62 Euro Gebühren streichen wir komplett.",
        "expect": {"key_points": {"fees": ["Gebühren streichen", "keine Gebühren"]}},
    }
    found = penalised("de", reply, resources, mood="angry", **step)
    assert contradicts(found) is kept, found


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # something else put in the refused thing's place: priced, offered, asked with a quote or a rate
        ("de", "Wie wäre es stattdessen mit unserer Schutzlasur für 90 Euro?", True),
        ("de", "Statt des Anstrichs könnten wir Ihnen eine Lasur für 150 Euro auftragen.", True),
        ("de", "Ich kann Ihnen statt des Anstrichs auch eine Lasur anbieten.", True),
        ("en", "Shall I send you a quote for a varnish along with it?", True),
        ("en", "How about a year of boat cover at a reduced rate?", True),
        ("en", "What about a gluten-free snack for the crew instead? It's only £15.", True),
        ("de", "Wie wäre es, wenn wir Ihnen zwei Kissen ohne Berechnung dazulegen?", True),
        # ... money given back instead of the refused thing is no push
        ("de", "Natürlich, statt des Anstrichs überweisen wir Ihnen die 300 Euro zurück.", False),
    ],
)  # fmt: skip
def test_something_in_the_refused_things_place(language: str, reply: str, pushed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="calm", **PAINT[language])
    assert has(found, "pushed_after_no") is pushed, found


@pytest.mark.parametrize(
    ("language", "reply", "blamed"),
    [
        # a lesson for next time, "do it yourself"
        ("de", "Wir stellen einen Trockner auf. Beim nächsten Neubau lüften Sie aber bitte selbst regelmäßig.", True),
        ("en", "We'll bring a dryer. Next time, please air the rooms yourself.", True),
        ("de", "Wir stellen einen Trockner auf. Beim nächsten Neubau kommen wir selbst vorbei.", False),
    ],
)  # fmt: skip
def test_a_lesson_to_do_it_themselves(language: str, reply: str, blamed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed",
                      say={"de": "Der Estrich ist nach vier Wochen immer noch nass!",
                           "en": "The screed is still wet after four weeks!"}[language],
                      expect={"key_points": {"dryer": ["Trockner", "dryer"]}})  # fmt: skip
    assert contradicts(found) is blamed, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # when they can bring it in themselves is a window for the hand-in
        ("Heute ist Montag. Ich kann das Rad erst ab 16 Uhr bringen, vorher bin ich im Dienst.",
         "Bringen Sie das Rad morgen um 10 Uhr vorbei.", True),
        ("Heute ist Montag. Ich kann das Rad erst ab 16 Uhr bringen, vorher bin ich im Dienst.",
         "Bringen Sie das Rad morgen um 17 Uhr vorbei.", False),
        ("It's Monday. I can only drop the bike off after four, I'm at work before that.",
         "Drop it off tomorrow at ten.", True),
        # "only from three at the site" is a window of being there, not of being away
        ("Heute ist Montag. Der Trockner muss bis Mittwoch stehen, und ich bin nur ab 15 Uhr auf der Baustelle.",
         "Unser Monteur bringt den Trockner morgen um 8 Uhr.", True),
        ("Heute ist Montag. Der Trockner muss bis Mittwoch stehen, und ich bin nur ab 15 Uhr auf der Baustelle.",
         "Unser Monteur bringt den Trockner morgen um 16 Uhr.", False),
        # ... a place of work keeps them away
        ("Heute ist Montag. Ich bin ab 15 Uhr im Dienst.", "Wir kommen morgen um 16 Uhr.", True),
    ],
)  # fmt: skip
def test_windows_of_v39(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("reply", "contradiction"),
    [
        # what they asked for, turned down as a principle of ours
        ("Die 380 Euro überweise ich heute. Eine schriftliche Entschuldigung gibt es bei uns aber grundsätzlich "
         "nicht.", True),
        # ... a principle in their favour turns nothing down
        ("Die 380 Euro überweise ich heute, und die Anfahrt berechnen wir grundsätzlich nicht.", False),
        ("Die 380 Euro überweise ich heute, und die schriftliche Entschuldigung geht morgen an Ihren Vorstand.",
         False),
    ],
)  # fmt: skip
def test_a_request_turned_down_on_principle(reply: str, contradiction: bool, resources: Any) -> None:
    step = {
        "say": "Die 380 Euro müssen bis Freitag da sein. Und ich will eine schriftliche Entschuldigung an den Vorstand.",
        "expect": {"key_points": {"money": ["380 Euro", "überweise"]}},
    }
    found = penalised("de", reply, resources, mood="sceptical", **step)
    assert contradicts(found) is contradiction, found


def test_an_invoices_amount_sells_nothing(resources: Any) -> None:
    """ "We'll return the extra £180 in full and send you a corrected invoice for £85": a bill."""
    found = penalised("en", "Of course. We'll return the extra £180 in full and send you a corrected invoice for "
                      "£85.", resources, mood="calm", **PAINT["en"])  # fmt: skip
    assert not has(found, "pushed_after_no"), found


@pytest.mark.parametrize(
    ("reply", "contradiction"),
    [
        # the trouble put down to luck, to their own doing, to a whole trade, or partly to others
        ("It was a one-off, and the weekend was just unlucky for you.", True),
        ("Oh, what bad luck, I'm so sorry. We'll add a weekend backup line.", False),
        ("To be honest, the weekend problem was mostly the volume of your calls.", True),
        ("The problem was our switchboard, not your phone; we'll add a backup line.", False),
        ("Receptionists are unreliable as a group, I'm afraid.", True),
        ("Our receptionists are checked twice a year, and we'll add a backup line.", False),
        ("We'll add a backup line, but the phone company's outage played a part too.", True),
        ("We'll add a backup line; our own outage played a part, I'm sorry.", False),
        ("Frustrating, I know, but a fault at the phone company isn't something we control.", True),
    ],
)  # fmt: skip
def test_the_trouble_put_elsewhere(reply: str, contradiction: bool, resources: Any) -> None:
    step = {
        "say": "Eight messages from the weekend never reached me, and I lost a job! Becky says the calls went to "
               "my voicemail. Your own log says answered!",
        "expect": {"key_points": {"backup": ["backup line", "second line"]}},
    }  # fmt: skip
    found = penalised("en", reply, resources, mood="angry", **step)
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("reply", "said"),
    [
        # a listed phrase ending in "you" said with a contraction
        ("As I understand it, you told us you'd found your own chef.", True),
        ("You told us nothing about the cancellation, and that's on us to check.", False),
    ],
)
def test_a_phrase_to_avoid_with_a_contraction(reply: str, said: bool, resources: Any) -> None:
    step = {
        "say": "Your chef never turned up for the wedding lunch! Darren says the chef heard I'd cancelled.",
        "expect": {"avoid": ["told us you"], "key_points": {"refund": ["refund", "money back"]}},
    }
    found = penalised("en", reply, resources, mood="annoyed", **step)
    # (said on a turn where the colleague's excuse is reported, it counts as that excuse defended)
    flagged = has(found, "avoid_phrase") or has(found, "contradiction/echo") or contradicts(found)
    assert flagged is said, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # the label a matter is noted with is part of a bare note
        ("en", "I've noted job KG 3 88 as faulty and passed it to our workshop.", True),
        ("en", "Job KG 3 88 is now flagged as a no-show and with our site manager.", True),
        ("de", "Den Auftrag KG 3 88 habe ich mit dem Vermerk Mangel an die Werkstatt gegeben.", True),
        # ... noted as settled is more than a note
        ("en", "I've noted job KG 3 88 as resolved: the fitter rehangs it tomorrow at nine.", False),
    ],
)
def test_a_note_with_its_label(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed", **BELL[language])
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("reply", "kept"),
    [
        # the money staying is money kept; a price of what stays shiny is none
        ("Die 59 Euro bleiben aber bei uns, das ist die Pauschale.", True),
        ("Mit unserem Pflegeset für 39 Euro bleiben die Becher aber dauerhaft blank.", False),
    ],
)
def test_money_that_stays(reply: str, kept: bool, resources: Any) -> None:
    step = {
        "say": "Ich will die 59 Euro zurück, die Becher sind fleckig!",
        "expect": {"key_points": {"money": ["59 Euro zurück", "erstatten"]}},
    }
    found = penalised("de", reply, resources, mood="annoyed", **step)
    assert contradicts(found) is kept, found


@pytest.mark.parametrize(
    ("reply", "contradiction", "pushed"),
    [
        # the money claimed replaced by something else withholds it; no push of the refused offer
        ("I'm sorry about the night. Instead of your money I'll note a credit for your next visit.", True, False),
        # ... asked as an offer, the writers of v9 and v19 label it no contradiction
        ("How about a free night next summer instead of the refund?", False, False),
        ("Of course, the refund instead of the hot tub: it goes out today.", False, False),
    ],
)  # fmt: skip
def test_something_instead_of_the_money(reply: str, contradiction: bool, pushed: bool, resources: Any) -> None:
    step = {
        "say": "No, I don't want the hot tub for thirty quid. I want the £155 back for a night we spent in the car.",
        "expect": {"accept_no": True, "offer_words": ["hot tub"], "key_points": {"refund": ["refund", "money back"]}},
    }
    found = penalised("en", reply, resources, mood="annoyed", **step)
    assert (contradicts(found), has(found, "pushed_after_no")) == (contradiction, pushed), found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # an event's day said before a window is no day of the window
        ("Heute ist Mittwoch. Bis Freitag muss das erledigt sein, am Samstag ist die Hochzeit, und kommen Sie "
         "bitte nur vormittags.", "Wir kommen Donnerstag um 9 Uhr.", False),
        ("Heute ist Mittwoch. Bis Freitag muss das erledigt sein, am Samstag ist die Hochzeit, und kommen Sie "
         "bitte nur vormittags.", "Wir kommen Donnerstag um 14 Uhr.", True),
        # "a week on Saturday" is next week's
        ("It's Thursday today. The party is a week on Saturday, so I need the cake by then.",
         "The cake comes on Tuesday.", False),
        # two deadlines in one sentence, each for its own thing
        ("It's Thursday. I need the sample by Monday and the full order by Wednesday.",
         "The full order arrives on Tuesday.", False),
        ("It's Thursday. I need the sample by Monday and the full order by Wednesday.",
         "The sample arrives on Tuesday.", True),
        # nobody there before an hour
        ("It's Wednesday. I need the books by Saturday, and nobody's home before four on Saturday.",
         "We'll bring them Saturday at half four.", False),
        ("It's Wednesday. I need the books by Saturday, and nobody's home before four on Saturday.",
         "We'll bring them Saturday at ten.", True),
        # "only after we close at three" is from three on
        ("It's Tuesday. It has to be done by Friday, and painting only after we close at three.",
         "Two painters start tomorrow at half three.", False),
        ("It's Tuesday. It has to be done by Friday, and painting only after we close at three.",
         "Two painters start tomorrow at ten.", True),
        # a state of our work reached needs nobody there
        ("Heute ist Mittwoch. Ich kann nur am Freitag kommen, erst ab 12 Uhr.",
         "Morgen bis 16 Uhr ist die Sendung freigegeben, und am Freitag ab 12 Uhr holen Sie sie ab.", False),
    ],
)  # fmt: skip
def test_times_of_v40(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("language", "customer", "avoid", "reply", "penalised_kind"),
    [
        # our records said with the fault owned after them
        ("de", "Das Netz hat eine Lücke, und Herr Lübke sagt, die Tauben waren schon vorher da!", [],
         "Laut Protokoll war der Balkon frei von Nestern, also ist das unser Versäumnis.", None),
        # a relative clause between a phrase's words, a derived word for a listed one
        ("en", "Fiona says I signed off the proof, but the proof I approved is right!", ["you approved it"],
         "My apologies. The proof you approved had it right, so this slipped in at our end.", None),
        ("en", "Fiona says it was the printer, but your own proof was wrong!", ["printer's fault"],
         "I've noted a print fault on order LS 3 07 and we reprint it today.", None),
        ("en", "Fiona says it was the printer, but your own proof was wrong!", ["printer's fault"],
         "It looks like the printer's fault rather than ours, I'm afraid.", "avoid_phrase"),
    ],
)  # fmt: skip
def test_precision_of_v40(
    language: str, customer: str, avoid: list[str], reply: str, penalised_kind: str | None, resources: Any
) -> None:
    found = penalised(language, reply, resources, mood="annoyed", say=customer,
                      expect={"avoid": avoid, "key_points": {"fix": ["reprint", "Nest", "beseitigen"]}})  # fmt: skip
    shown = [k for k in found if k.startswith(("contradiction", "avoid_phrase"))]
    assert (penalised_kind is None) == (not shown), found
    if penalised_kind is not None:
        assert any(k.startswith((penalised_kind, "contradiction")) for k in shown), found


def test_being_moved_takes_the_feeling_up(resources: Any) -> None:
    """ "das geht einem nahe": sympathy in words no list had."""
    found = penalised("de", "Oh, die Initialen Ihrer Großmutter, das geht einem nahe. Wir suchen den Bezug heute.",
                      resources, mood="sad", say="Der Bezug mit den Initialen meiner Großmutter ist weg!",
                      expect={"key_points": {"search": ["suchen", "Bezug"]}})  # fmt: skip
    assert not any(k.endswith("ignored_emotion") or k == "no_acknowledgement" for k in found), found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # more bare notes of v40: handed over for checking, a case opened, a ticket open, picked up later
        ("de", "Den Auftrag KG 3 88 habe ich an die Bauleitung zur Prüfung übergeben.", True),
        ("de", "Zum Auftrag KG 3 88 habe ich einen Klärungsfall bei der Werkstatt eröffnet.", True),
        ("de", "Zum Auftrag KG 3 88 ist ein Reparaturticket offen, die Werkstatt bearbeitet es.", True),
        ("en", "I've noted a bell fault on job KG 3 88 and sent it to the workshop for review.", True),
        ("en", "I've raised a priority ticket for KG 3 88; the workshop will pick it up.", True),
        # ... a fix noted is more
        ("de", "Die Reparatur ist offen, der Monteur kommt morgen um 9 Uhr und hängt sie neu auf.", False),
        ("en", "I've noted the fault, and the fitter rehangs the bell tomorrow at nine.", False),
    ],
)  # fmt: skip
def test_file_notes_of_v40(language: str, reply: str, missed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="annoyed", **BELL[language])
    assert has(found, "not_listening/missed_point") is missed, found


@pytest.mark.parametrize(
    ("language", "say", "facts", "reply", "reasked"),
    [
        # an indirect question without its do-support, and "ab wann" as "ab wie viel Uhr"
        ("en", "It's Tuesday. I want that in writing by Thursday.",
         {"deadline": {"value": "in writing by Thursday", "ask": ["by when do you need it"]}},
         "Right. Could you please confirm by when you need it in writing?", True),
        ("en", "It's Tuesday. I want that in writing by Thursday.",
         {"deadline": {"value": "in writing by Thursday", "ask": ["by when do you need it"]}},
         "Right, in writing by Thursday, and I'll post it today.", False),
        ("en", "Since eight this morning nobody can open the software. The alert says patch deployed at 02:10.",
         {"alert": {"value": "patch deployed at 02:10", "ask": ["when did it stop working"]}},
         "Would you tell me what time it stopped working?", True),
        ("de", "Ich bin erst ab 16 Uhr bei meinem Vater, vorher habe ich Schicht.",
         {"from_four": {"value": "ab 16 Uhr", "ask": ["ab wann sind Sie da"]}},
         "Natürlich. Ab wie viel Uhr sind Sie denn da?", True),
    ],
)  # fmt: skip
def test_reasks_of_v40(
    language: str, say: str, facts: dict[str, Any], reply: str, reasked: bool, resources: Any
) -> None:
    found = penalised(language, reply, resources, mood="calm", say=say, facts=facts,
                      expect={"key_points": {"confirm": ["confirm", "bestätige"]}})  # fmt: skip
    assert has(found, "not_listening/reasked") is reasked, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # a call has nothing to leave
        ("It's Friday. Please only ring after three, I'm at the school till then.",
         "The refund goes today, and I'll call you at one to confirm it's gone.", True),
        # "bei ihm": at the place we come to; the delivery itself as the condition
        ("Heute ist Mittwoch. Ich muss dabei sein, wenn geliefert wird, und ich bin erst ab 16 Uhr bei ihm.",
         "Der Fahrer ist heute um 13 Uhr bei Ihrem Vater.", True),
        ("Heute ist Mittwoch. Ich muss dabei sein, wenn geliefert wird, und ich bin erst ab 16 Uhr bei ihm.",
         "Der Fahrer ist heute um 17 Uhr bei Ihrem Vater.", False),
    ],
)  # fmt: skip
def test_more_times_of_v40(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # something of ours offered at a price after the no, on nothing the step asks for
        ("de", "Verstehe. Für 150 Euro kann unser Bootsmann das Boot diese Woche täglich prüfen.", True),
        ("de", "Wir könnten Ihnen das Boot aber für 60 Euro direkt auf den Anhänger laden.", True),
        ("de", "Alternativ bringen wir Ihnen das Boot gegen eine kleine Gebühr vor die Tür.", True),
        ("en", "What if we put a cover on it for the next three months at a reduced rate?", True),
        ("en", "We'll seal it. We can also send a bilge alarm out this week for £49.", True),
        # ... the price of what they asked for sells nothing
        ("de", "Natürlich, nur die Abdichtung: die können wir für 120 Euro diese Woche machen.", False),
    ],
)  # fmt: skip
def test_our_priced_offers_after_a_no(language: str, reply: str, pushed: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="calm", **PAINT[language])
    assert has(found, "pushed_after_no") is pushed, found


@pytest.mark.parametrize(
    ("reply", "said"),
    [
        # do-support inside a phrase to avoid keeps it one clause
        ("Sorry about that. Maintenance does happen now and then, but I'll refund you.", True),
        ("Sorry, the maintenance we planned has happened now, and I'll refund you.", False),
    ],
)
def test_do_support_inside_a_phrase(reply: str, said: bool, resources: Any) -> None:
    step = {
        "say": "The lift was off for three days and nobody told us!",
        "expect": {"avoid": ["maintenance happens"], "key_points": {"refund": ["refund"]}},
    }
    found = penalised("en", reply, resources, mood="angry", **step)
    assert (has(found, "avoid_phrase") or contradicts(found)) is said, found


def test_keeping_in_touch_takes_no_feeling_up(resources: Any) -> None:
    """ "we'll be in touch" is no "touches me": no word of the feeling."""
    found = penalised("en", "These things take time, I'm afraid, but we'll be in touch.", resources, mood="angry",
                      say="My order is three weeks late and I'm furious!",
                      expect={"key_points": {"refund": ["refund"]}})  # fmt: skip
    assert any(k.endswith("ignored_emotion") or k == "no_acknowledgement" for k in found), found


def test_our_side_before_a_colon_owns_it(resources: Any) -> None:
    """ "What changes on our side is the process: ... in your office": the colon ends the clause
    whose "our" turns "on your side" round; the "your" after it is another clause's."""
    step = {
        "say": "Jason says one of us must have clicked something. The alert says your patch did it!",
        "expect": {"avoid": ["on your side"], "key_points": {"test": ["pilot", "test machine"]}},
    }
    reply = "Understood. What changes on our side is the process: every update goes to a pilot PC in your office first."
    found = penalised("en", reply, resources, mood="angry", **step)
    assert not has(found, "avoid_phrase") and not contradicts(found), found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # the trouble put on what they did not do, in a condition
        ("en", "Sorry. If you had restarted the PCs overnight as we ask, it would have cleared.", True),
        ("de", "Entschuldigung. Wenn Sie das Gerät neu gestartet hätten, wäre das nicht passiert.", True),
        ("en", "Sorry. If we had tested the patch first, this would not have happened.", False),
        ("en", "If you have any trouble after the fix, just call us.", False),
    ],
)  # fmt: skip
def test_had_they_done_it(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised(language, reply, resources, mood="angry",
                      say={"de": "Seit dem Update geht bei uns nichts mehr!",
                           "en": "Since your update nothing works here!"}[language],
                      expect={"key_points": {"fix": ["zurückspielen", "roll back"]}})  # fmt: skip
    assert contradicts(found) is contradiction, found


def test_the_matter_of_a_bare_note_meets_no_point(resources: Any) -> None:
    """ "I've noted a bell fault ... and sent it to the workshop": "fault" is the note's matter, no
    step of ours; the points are missed for sure."""
    found = penalised("en", "I've noted a bell fault on job KG 3 88 and sent it to the workshop for review.",
                      resources, mood="annoyed", say=BELL["en"]["say"],
                      expect={"key_points": {"apology": ["sorry"], "own": ["our fault", "our mistake"],
                                             "fix": ["rehang", "put it right"]}})  # fmt: skip
    assert has(found, "not_listening/missed_point"), found
