"""Issue 10, kinds found in the errors of the set v19 (fitted since the twentieth session).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, ignored, penalised

REFUSED = {
    "de": {"say": "Nein, eine Schulung für meine Leute will ich nicht. Wann kommt jemand?", "offers": ["Schulung", "Kurs"]},
    "en": {"say": "No, I don't want the safety course or a booking for it. When is someone coming?", "offers": ["course", "booking"]},
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # another noun the stemmer cuts to the same stem is another word: "Schule" is no "Schulung"
        ("de", "Verstanden. Der Techniker kommt morgen um acht zu Ihnen in die Schule.", False),
        ("de", "Verstanden. Morgen um acht steht der Techniker vor der Schule.", False),
        ("de", "Verstanden. Eine kurze Schulung würde ich Ihnen trotzdem empfehlen.", True),
        ("de", "Verstanden. Die Schulungen gibt es übrigens diesen Monat günstiger.", True),
        # ... a verb of the offer's stem still offers it
        ("en", "Understood. I could still book you in for it next week, it only takes an hour.", True),
        # ... nor is a word of another stem ("ist schuld" for "Schulung")
        ("de", "Verstanden. Der Lieferant ist schuld, der Techniker kommt morgen um acht.", False),
        # a compound headed by the offer word is the offer under another name
        ("de", "Verstanden. Ein Auffrischungskurs würde sich trotzdem lohnen.", True),
        ("de", "Verstanden. Die Sicherheitsschulung machen wir dann einfach beim nächsten Termin mit.", True),
        ("de", "Verstanden. Der Diskurs darüber bringt nichts, der Techniker kommt morgen um acht.", False),
        ("en", "Understood. A refresher course would still be worth it, though.", True),
        # an extra sold on the visit, in no listed word, is another offer after the no
        ("de", "Verstanden. Der Techniker könnte bei der Gelegenheit Ihren Leuten zeigen, wie man löscht.", True),
        ("en", "Understood. While he's there, he could show your staff the extinguishers, no obligation.", True),
        ("en", "Understood. While he's there, he'll fix the door you mentioned, as promised.", False),
        ("de", "Verstanden. Bei der Gelegenheit bringt er Ihnen den Prüfbericht gleich mit.", False),
        # a fixed expression is no offer word: "of course", "auf Kurs"
        ("en", "Of course. The engineer will be with you tomorrow at eight.", False),
        ("en", "Of course, no course then. The engineer will be with you tomorrow at eight.", False),
        ("de", "Verstanden, wir sind auf Kurs: Der Techniker kommt morgen um acht.", False),
        ("en", "Of course. The course is free this month though, you should give it a go.", True),
    ],
)
def test_a_word_alike_in_stem_or_in_an_idiom_is_no_offer(language: str, reply: str, pushed: bool, resources) -> None:  # noqa: ANN001
    step = REFUSED[language]
    found = penalised(
        language,
        reply,
        resources,
        mood="calm",
        emotion="annoyed",
        say=step["say"],
        expect={"accept_no": True, "offer_words": step["offers"]},
    )
    assert ("pushed_after_no" in found) is pushed, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # at work is an absence: its end is no deadline, and a day after it is the one to offer
        (
            "Heute ist Montag; ich arbeite bis Mittwoch jeden Tag bis 17 Uhr, zu Hause bin ich nur am Donnerstag.",
            "Donnerstag früh kommt der Monteur.",
            False,
        ),
        (
            "It's Monday today; I'm working till Wednesday, every day till five, and I'm only home on Thursday.",
            "The fitter comes Thursday morning.",
            False,
        ),
        ("Heute ist Montag; ich arbeite bis Mittwoch, zu Hause bin ich nur am Donnerstag.", "Mittwoch um neun.", True),
        ("I'm working till Wednesday, only home on Thursday.", "Wednesday at nine then.", True),
        # a span or a list of days at work: every one of them
        ("Dienstag bis Donnerstag arbeite ich in Kassel.", "Wir kommen am Mittwoch um zehn.", True),
        ("Dienstag bis Donnerstag arbeite ich in Kassel.", "Wir kommen am Freitag um zehn.", False),
        ("I'm working Tuesday and Wednesday till two, free all Thursday.", "We can come Wednesday at ten.", True),
        ("I'm working Tuesday and Wednesday till two, free all Thursday.", "We can come Wednesday at three.", False),
        # leaving on one day and back on another is no absence on the second
        ("Ich bin Mittwoch weg und komme Donnerstag wieder.", "Wir kommen Donnerstag um zehn.", False),
        # "Freitag, neun Uhr": the day's clock time, across the comma
        ("Ich arbeite am Donnerstag bis 18 Uhr, zu Hause bin ich nur am Freitag.", "Gut. Freitag, neun Uhr.", False),
        ("I'm at work till six on Thursday, and I'm only home on Friday.", "Fine. Friday, 9 am.", False),
        ("Ich arbeite am Donnerstag bis 18 Uhr, zu Hause bin ich nur am Freitag.", "Gut. Donnerstag, 9 Uhr.", True),
        ("I'm at work till six on Thursday, and I'm only home on Friday.", "Fine. Thursday, 10 am.", True),
    ],
)
def test_at_work_is_an_absence(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


PAID = {
    "de": {"say": "Wer zahlt mir die Reinigung?", "expect": {"key_points": {"paid": ["wir zahlen", "kostenlos"]}}},
    "en": {"say": "Who's paying for the clean?", "expect": {"key_points": {"paid": ["we'll pay", "no charge"]}}},
}


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # a short point ("we'll pay") is met by the agent's side saying it in another tense
        ("en", "Certainly. We pay for the clean, and I'm sorry about the dust.", False),
        ("en", "I'm sorry. We're paying for the clean, of course.", False),
        # ... not by the customer's side paying
        ("en", "I'm sorry, but you'll have to pay for the clean yourself.", True),
        ("de", "Das tut mir leid. Die Reinigung zahlen wir.", False),
        ("de", "Das tut mir leid, aber die Reinigung müssen Sie selbst zahlen.", True),
    ],
)
def test_a_short_point_in_another_tense(language: str, reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, mood="calm", emotion="annoyed", **PAID[language])
    assert any(k.startswith("not_listening/missed_point") for k in found) is missed, found


DOUBTED = {
    "de": "Letztes Mal kam niemand, ich habe vier Stunden gewartet. Woher weiß ich, dass Sie diesmal kommen?",
    "en": "Last time nobody came, I waited four hours. How do I know you'll turn up this time?",
}


@pytest.mark.parametrize(
    ("language", "reply", "doubts"),
    [
        # the customer's doubt taken up is no doubt of their account
        ("en", "I understand why you'd doubt us. The crew is there at three.", False),
        ("en", "I can see you doubt us, and I'm sorry. The crew is there at three.", False),
        ("de", "Ich verstehe, dass Sie an uns zweifeln. Der Fahrer ist um drei da.", False),
        ("de", "Dass Sie an uns zweifeln, verstehe ich. Der Fahrer ist um drei da.", False),
        # the agent doubting what they said still is
        ("en", "I doubt you waited four hours. The crew is there at three.", True),
        ("de", "Ich bezweifle, dass Sie vier Stunden gewartet haben. Der Fahrer ist um drei da.", True),
    ],
)
def test_their_doubt_taken_up(language: str, reply: str, doubts: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, mood="calm", emotion="sceptical", say=DOUBTED[language])
    assert contradicts(found) is doubts, found


EXCUSE = {
    "de": "Das Schloss im zweiten Raum klemmte zwanzig Minuten, und Ihr Spielleiter Herr Kuhn sagt, die meisten "
    "Teams sind für den Raum einfach nicht schnell genug.",
    "en": "The lock in the second room jammed for twenty minutes, and your host Kyle told my daughter most teams "
    "just aren't clever enough for that room.",
}


@pytest.mark.parametrize(
    ("language", "reply", "echoed"),
    [
        # placing the fault is no excuse repeated, though it names the room and the team
        ("en", "I'm sorry. The fault was in the room, not in your team.", False),
        ("de", "Es tut mir leid. Die Schuld lag am Raum, nicht an Ihrem Team.", False),
        # the excuse said again still is, "not your fault" or not
        ("en", "I'm sorry. Most teams just aren't clever enough for that room, to be fair.", True),
        ("en", "I'm sorry, it's not your fault, most teams just aren't clever enough for that room.", True),
        ("de", "Es tut mir leid. Die meisten Teams sind für den Raum eben nicht schnell genug.", True),
        (
            "de",
            "Es tut mir leid, das ist nicht Ihre Schuld, die meisten Teams sind für den Raum nicht schnell genug.",
            True,
        ),
    ],
)
def test_the_fault_placed_is_no_excuse(language: str, reply: str, echoed: bool, resources) -> None:  # noqa: ANN001
    found = penalised(
        language, reply, resources, expect={"key_points": {"sorry": ["sorry", "leid"]}}, say=EXCUSE[language]
    )
    assert contradicts(found) is echoed, found


HURRIED = {
    "de": "Ich will heute noch die richtige Bühne, spätestens um 12 Uhr, sonst fahren meine Helfer nach Hause.",
    "en": "I want the right platform today, by twelve at the latest, or my helpers go home.",
}


@pytest.mark.parametrize(
    ("language", "reply", "taken_up"),
    [
        # knowing the customer's pressure takes it up
        ("de", "Ich weiß, Sie stehen unter Zeitdruck: Die Bühne ist um elf bei Ihnen.", True),
        ("de", "Ich weiß, dass es eilt. Die Bühne ist um elf bei Ihnen.", True),
        ("de", "Mir ist klar, dass Ihre Helfer warten. Die Bühne ist um elf bei Ihnen.", True),
        ("en", "I know you're pressed for time. The platform is with you at eleven.", True),
        ("en", "I know it's urgent. The platform is with you at eleven.", True),
        ("en", "I realise your helpers are waiting. The platform is with you at eleven.", True),
        # knowing something else, or not knowing, does not
        ("de", "Ich weiß, wann die Bühne kommt: um elf.", False),
        ("de", "Ich weiß nicht, ob es eilt. Die Bühne ist um elf bei Ihnen.", False),
        ("en", "I know the driver is waiting at the depot. The platform is with you at eleven.", False),
        ("en", "I know when it's coming: eleven.", False),
    ],
)
def test_their_pressure_known(language: str, reply: str, taken_up: bool, resources) -> None:  # noqa: ANN001
    found = penalised(
        language,
        reply,
        resources,
        mood="calm",
        emotion="annoyed",
        say=HURRIED[language],
        expect={"key_points": {"time": ["elf", "eleven"]}},
    )
    assert (not ignored(found)) is taken_up, found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # "morgen" is the weekday after the day the customer says it is
        ("Heute ist Mittwoch. Donnerstag und Freitag bin ich unterwegs.", "Morgen um zehn kommt der Techniker.", True),
        ("It's Wednesday today. I'm out Thursday and Friday.", "Our technician can come tomorrow at ten.", True),
        ("It's Wednesday today. I'm out Thursday and Friday.", "Our technician can come on Saturday at ten.", False),
        # only one day, from an hour: another day is out at any hour
        ("Heute ist Montag. Meine Tochter kann nur am Mittwoch ab 16 Uhr.", "Morgen um zehn kommt der Meister.", True),
        (
            "Heute ist Montag. Meine Tochter kann nur am Mittwoch ab 16 Uhr.",
            "Mittwoch um 17 Uhr kommt der Meister.",
            False,
        ),
        ("It's Monday. My son can only be there on Wednesday from four.", "The engineer comes tomorrow at ten.", True),
        # "da" / "then" points back to the day just named
        ("Montags ist Ruhetag, da bin ich nicht da.", "Der Techniker kommt am Montag um zehn.", True),
        ("Montags ist Ruhetag, da bin ich nicht da.", "Der Techniker kommt am Dienstag um zehn.", False),
        ("Mondays we're closed, then I'm not in.", "The technician comes on Monday at ten.", True),
        # every day, from one hour to another
        (
            "It's Monday. I'm out on my rounds from seven till four every day.",
            "Our engineer can come today at two.",
            True,
        ),
        (
            "It's Monday. I'm out on my rounds from seven till four every day.",
            "Our engineer can come today at five.",
            False,
        ),
        # ... said of work or rounds, "every day" leaves the weekend open
        ("I'm out on my rounds from seven till four every day.", "Our engineer can come on Saturday at ten.", False),
        ("Ich bin jeden Tag bis 18 Uhr unterwegs.", "Der Techniker kommt am Samstag um zehn.", False),
        ("Ich bin jeden Tag bis 18 Uhr unterwegs.", "Der Techniker kommt am Dienstag um zehn.", True),
        ("Heute ist Dienstag; ich arbeite bis Donnerstag jeden Tag bis 18 Uhr.", "Morgen um 15 Uhr kommen wir.", True),
        ("Heute ist Dienstag; ich arbeite bis Donnerstag jeden Tag bis 18 Uhr.", "Morgen um 19 Uhr kommen wir.", False),
        # asleep after a night shift
        ("I'm on nights Wednesday and Thursday and sleep till two.", "We can come Wednesday at ten.", True),
        ("I'm on nights Wednesday and Thursday and sleep till two.", "We can come Wednesday at three.", False),
        ("Mittwoch habe ich Nachtschicht, da schlafe ich bis zwei.", "Wir kommen Mittwoch um zehn.", True),
        # a clock time as a deadline, not "bis 18 Uhr" alone
        ("Ich brauche die Bühne heute, spätestens um 12 Uhr.", "Die Bühne ist um 13 Uhr bei Ihnen.", True),
        ("Ich brauche die Bühne heute, spätestens um 12 Uhr.", "Die Bühne ist um halb elf bei Ihnen.", False),
        ("I need the platform today, before 12 pm.", "It'll be with you at 1 pm.", True),
        ("I need the platform today, before 12 pm.", "It'll be with you at 11 am.", False),
        ("Ich bin bis 18 Uhr im Büro.", "Um 19 Uhr kommt der Techniker.", False),
        # "by six" after being back says when they are home, not a deadline
        ("I'm back by six today.", "The engineer comes today at seven.", False),
        ("I need it today, by 5 pm.", "The engineer comes today at 6 pm.", True),
        ("Ich bin heute vor 18 Uhr zurück.", "Der Techniker kommt heute um 19 Uhr.", False),
        # working from home is being at home
        ("I'm working from home on Friday.", "The engineer comes on Friday at ten.", False),
        ("I'm working in town on Friday.", "The engineer comes on Friday at ten.", True),
        ("Am Freitag arbeite ich von zu Hause.", "Der Techniker kommt am Freitag um zehn.", False),
        ("Am Freitag arbeite ich in der Stadt.", "Der Techniker kommt am Freitag um zehn.", True),
        # no calls: a call breaks it too
        (
            "Heute ist Mittwoch; morgen bin ich auf der Messe, da gehe ich nicht ans Telefon.",
            "Ich rufe Sie morgen Vormittag an.",
            True,
        ),
        (
            "Heute ist Mittwoch; morgen bin ich auf der Messe, da gehe ich nicht ans Telefon.",
            "Ich rufe Sie heute um vier an.",
            False,
        ),
        ("It's Wednesday today. Tomorrow I can't take calls.", "I'll ring you tomorrow morning.", True),
        ("It's Wednesday today. Tomorrow I'm at work.", "I'll ring you tomorrow morning.", False),
        # "6.30 pm" is the evening
        ("I'm at work all day tomorrow till six.", "Tomorrow at 6.30 pm.", False),
        ("I'm at work all day tomorrow till six.", "Tomorrow at 4.30 pm.", True),
    ],
)
def test_limits_of_time_as_said(customer: str, reply: str, conflict: bool) -> None:
    broken, limits = breaks_a_limit(customer, reply)
    assert broken is conflict, limits


RUN_DOWN = {
    "de": "Ihr Monteur, Herr Falk, kam zwei Stunden zu spät und sagt, das Navi war schuld!",
    "en": "Your fitter, Rory, came two hours late and says the satnav was to blame!",
}


@pytest.mark.parametrize(
    ("language", "reply", "blamed"),
    [
        # out of their depth, or a habit of theirs: run down in front of the customer
        ("de", "Tut mir leid. Herr Falk ist mit den Touren völlig überfordert. Morgen um acht ist jemand da.", True),
        ("de", "Tut mir leid. Herr Falk nimmt es mit der Planung nicht so genau. Morgen um acht ist jemand da.", True),
        ("de", "Tut mir leid. Herr Falk ist noch in der Einarbeitung. Morgen um acht ist jemand da.", True),
        (
            "de",
            "Tut mir leid. Da hat Herr Falk wieder einmal die Adresse verwechselt. Morgen um acht kommt jemand.",
            True,
        ),
        ("en", "I'm sorry. Rory's still in training, to be honest. Someone will be there at eight.", True),
        ("en", "I'm sorry. Rory tends to blame the satnav when he's late. Someone will be there at eight.", True),
        ("en", "I'm sorry. Rory's been cutting corners lately. Someone will be there at eight.", True),
        # owning the failure, or a colleague named to help, runs down nobody
        ("de", "Das war unser Fehler. Herr Falk kennt den Weg jetzt und kommt morgen um acht.", False),
        ("de", "Tut mir leid, wir waren an dem Tag überfordert, das lag an uns. Morgen um acht kommt jemand.", False),
        ("de", "Tut mir leid. Herr Falk kommt morgen wieder einmal zu Ihnen, diesmal um acht.", False),
        ("en", "That's on us, I'm sorry. Rory knows the way now and will be there at eight.", False),
        ("en", "I'm sorry, Rory shouldn't have said that. It was our fault, and someone comes at eight.", False),
    ],
)
def test_a_colleague_out_of_their_depth(language: str, reply: str, blamed: bool, resources) -> None:  # noqa: ANN001
    found = penalised(
        language, reply, resources, say=RUN_DOWN[language], expect={"key_points": {"time": ["acht", "eight"]}}
    )
    assert contradicts(found) is blamed, found


REPORTED = {
    "de": "Die Königin war nach einer Woche tot. Und Herr Lütjens sagt, die Kinder hätten die Königin beim "
    "Durchsehen zerdrückt.",
    "en": "It's Beverley here. Gavin in your control room says the crew rang the bell and nobody answered.",
    "en-car": "The charger cuts out every night. Priya in your office says it's my car's software.",
}


@pytest.mark.parametrize(
    ("line", "reply", "echoed"),
    [
        # the one who said it may stand apart from "says" ("Gavin in your control room says")
        ("en", "I'm sorry. Still, the crew did ring the bell and nobody answered.", True),
        ("en", "I'm sorry. He must have missed the crew, they did ring the bell.", True),
        ("en", "I'm sorry. The crew should have waited, ringing the bell once is not enough.", False),
        # a short word of the excuse counts ("car")
        ("en-car", "I'm sorry. Honestly, it sounds like your car's software to me.", True),
        ("en-car", "I'm sorry. It's not the car, and not its software either: it's our charger.", False),
        # a rule with the generic "man" may repeat it; a plain condition does not
        (
            "de",
            "Das tut mir leid. So eine Königin ist schnell zerdrückt, wenn man beim Durchsehen zu hastig ist.",
            True,
        ),
        ("de", "Das tut mir leid. Die Königin war schon schwach, das lag an uns, nicht an den Kindern.", False),
    ],
)
def test_the_excuse_said_again(line: str, reply: str, echoed: bool, resources) -> None:  # noqa: ANN001
    language = line[:2]
    found = penalised(language, reply, resources, say=REPORTED[line], expect={"key_points": {"x": ["leid", "sorry"]}})
    assert contradicts(found) is echoed, found


HOME_DAY = {
    "de": {
        "say": "Unter der Woche bin ich nie da, nur am Samstag. Montags ist sowieso Ruhetag.",
        "facts": {
            "home": {"value": "Samstag", "ask": ["wann sind Sie zu Hause"]},
            "rest_day": {"value": "montags", "ask": ["welcher Tag ist Ruhetag"]},
        },
    },
    "en": {
        "say": "I'm never in during the week, only on Saturday. Mondays we're closed anyway.",
        "facts": {
            "home": {"value": "Saturday", "ask": ["when are you home"]},
            "rest_day": {"value": "Mondays", "ask": ["which day are you closed"]},
        },
    },
}


@pytest.mark.parametrize(
    ("language", "reply", "reasked"),
    [
        # "when" asked as "which day" / "an welchem Tag": the same question
        ("en", "Of course. Which day are you at home?", True),
        ("en", "Of course. What day are you home, then?", True),
        ("de", "Natürlich. An welchem Tag sind Sie zu Hause?", True),
        # a request that opens an indirect question, no question mark
        ("de", "Sagen Sie mir kurz, an welchem Tag Ihr Ruhetag ist, damit wir den nicht erwischen.", True),
        ("en", "Tell me which day you're closed, so we don't turn up then.", True),
        # after the day, the hour is a new question
        ("en", "Of course. What time are you home on Saturday?", False),
        # the day said back, or a request for something else, asks nothing again
        ("en", "Of course. Saturday, then, as you're home. Which time suits you best?", False),
        ("de", "Sagen Sie mir kurz, welche Uhrzeit am Samstag passt, dann trage ich Sie ein.", False),
    ],
)
def test_asked_again_in_other_words(language: str, reply: str, reasked: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, mood="calm", emotion="calm", **HOME_DAY[language])
    assert ("not_listening/reasked" in found) is reasked, found


FEE = {
    "de": {"say": "Die Anfahrtspauschale zahle ich nicht, Sie sind zu spät gekommen!", "expect": {"key_points": {"fee": ["entfällt", "zahlen Sie nicht"]}}},
    "en": {"say": "I'm not paying the call-out fee, you came late!", "expect": {"key_points": {"fee": ["waived", "no call-out fee"]}}},
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # passing the question to someone else first leaves it open: the point is missed for sure
        ("de", "Verstehe. Wegen der Pauschale muss ich erst mit der Buchhaltung sprechen.", True),
        ("de", "Verstehe. Das muss ich erst mit meiner Chefin klären.", True),
        ("en", "I understand. I'll have to check with accounts about the fee first.", True),
        ("en", "I understand. I need to speak to my manager about that.", True),
        # the point said, with a check beside it, is met
        ("de", "Verstehe. Die Pauschale entfällt, das muss ich nur noch mit der Buchhaltung klären.", False),
        ("en", "I understand. The fee is waived; I'll just have to check with accounts to log it.", False),
        # a statement inside a "let me know" sentence still says the point
        ("en", "I understand. Let me know which day works, the fee is waived of course.", False),
        ("de", "Verstehe. Sagen Sie mir, wann es passt, die Pauschale entfällt natürlich.", False),
    ],
)
def test_a_question_passed_on_first(language: str, reply: str, missed: bool, resources) -> None:  # noqa: ANN001
    found = penalised(language, reply, resources, mood="calm", emotion="annoyed", **FEE[language])
    assert any(k.startswith("not_listening/missed_point") for k in found) is missed, found
