"""Issue 10, kinds found in the errors of the set v32 (measured sealed at the start of the
thirtieth session and again after the v31 kinds, then fitted).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, has, ignored, penalised


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # "nur am Wochenende": Sunday as well as Saturday
        ("Heute ist Dienstag. Lena kann nur am Wochenende, unter der Woche hat sie Schule.",
         "Wäre Ihnen Sonntag um 11 Uhr recht?", False),
        ("Heute ist Dienstag. Lena kann nur am Wochenende, unter der Woche hat sie Schule.",
         "Wäre Ihnen Mittwoch um 11 Uhr recht?", True),
        ("It's Tuesday. She can only come at the weekend.", "How about Sunday at eleven?", False),
        # at work somewhere "until" an hour, every day, no calls there: the hours up to it only
        ("It's Monday. I work in a bakery until two every day and can't take calls there.",
         "I'll call you tomorrow at half past two.", False),
        ("It's Monday. I work in a bakery until two every day and can't take calls there.",
         "I'll call you tomorrow at eleven.", True),
        # "don't call before five" goes with the day named last before it, not the first of the sentence
        ("It's Wednesday. The party is Friday at seven, and I'm in meetings all day tomorrow, so don't call "
         "before five.", "I'll ring you tomorrow at eleven.", True),
        ("It's Wednesday. The party is Friday at seven, and I'm in meetings all day tomorrow, so don't call "
         "before five.", "I'll ring you on Friday at eleven.", False),
        # at home only from an hour this week; a later clause's day is not that day
        ("Heute ist Montag. Ich arbeite diese Woche Frühschicht und bin erst ab 14 Uhr zu Hause, am Freitag "
         "kommt der Schornsteinfeger.", "Wir kommen morgen um 9 Uhr.", True),
        ("Heute ist Montag. Ich arbeite diese Woche Frühschicht und bin erst ab 14 Uhr zu Hause, am Freitag "
         "kommt der Schornsteinfeger.", "Wir kommen morgen um 15 Uhr.", False),
        # a phone that works only in a window binds calls, not a delivery
        ("It's Thursday. I'm abroad, and my phone only works on the Wi-Fi after seven in the evening.",
         "I'll ring you tomorrow at noon.", True),
        ("It's Thursday. I'm abroad, and my phone only works on the Wi-Fi after seven in the evening.",
         "I'll ring you tomorrow at eight in the evening.", False),
        # at one's job till an hour; the customer collecting at our place
        ("It's Tuesday. I'm at my day job till five every day.",
         "You can pick it up from our office on Thursday at ten.", True),
        ("It's Tuesday. I'm at my day job till five every day.",
         "You can pick it up from our office on Thursday at six.", False),
        # a part of the day before an hour: the window between them, on that day
        ("It's Friday. I can only come in on Saturday mornings before ten.", "Come in on Saturday at half ten.", True),
        ("It's Friday. I can only come in on Saturday mornings before ten.", "Come in on Saturday at nine.", False),
        # "don't call before five" binds calls only: a delivery at eleven is no call
        ("It's Wednesday. I'm in meetings all day tomorrow, so don't call before five.",
         "The courier brings them tomorrow at eleven.", False),
        ("It's Wednesday. I'm in meetings all day tomorrow, so don't call before five.",
         "I'll ring you tomorrow at eleven.", True),
        # sent to another place: nobody needs to be at home
        ("It's Monday. I work in Leeds till seven every day.", "Our courier delivers it to Amy's school on Tuesday "
         "morning.", False),
        ("It's Monday. I work in Leeds till seven every day.", "Our courier delivers it on Tuesday morning.", True),
        # at a club every evening
        ("It's Tuesday. I'm at the chess club every evening from seven.",
         "It'll be with you on Thursday between seven and nine in the evening.", True),
        ("It's Tuesday. I'm at the chess club every evening from seven.", "It'll be with you on Thursday at two.", False),
        # ... but there for our visit, the club is where we come
        ("It's Monday. I'm at the club from four each afternoon to let your crew in.", "Tomorrow at four, then.", False),
    ],
)  # fmt: skip
def test_windows_and_absences(customer: str, reply: str, conflict: bool) -> None:
    broke, read = breaks_a_limit(customer, reply)
    assert broke is conflict, read


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # the remedy charged for
        ("de", "Das tut mir leid. Einen neuen Termin gebe ich Ihnen allerdings nur gegen eine Bearbeitungsgebühr "
               "von 20 Euro.", True),
        ("en", "I'm sorry. We can replace the strings, but we'd have to charge £25 for the new set.", True),
        ("de", "Das tut mir leid. Einen neuen Termin gebe ich Ihnen, eine Gebühr fällt dafür nicht an.", False),
        ("en", "I'm sorry. We'll replace the strings, and we won't have to charge you anything.", False),
        # told to do it earlier next time
        ("de", "Samstag um 10 Uhr ist gebucht. Beim nächsten Mal lesen Sie aber bitte vorher Ihre Mails.", True),
        ("de", "Samstag um 10 Uhr ist gebucht. Geben Sie die Maße diesmal bitte rechtzeitig an.", True),
        ("de", "Samstag um 10 Uhr ist gebucht. Wenn Sie möchten, rufen Sie beim nächsten Mal bitte vorher an, "
               "dann lege ich Ihnen alles zurück.", False),
        ("en", "Saturday at ten is booked. Next time, please read your emails first.", True),
        # signed by a day is no rule they agreed to
        ("en", "It's printed and signed by Tuesday and with you on Thursday.", False),
        ("en", "It's in the terms you signed, I'm afraid.", True),
    ],
)  # fmt: skip
def test_a_charge_for_the_remedy_or_a_lecture(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    step = {"say": {"de": "Sie haben meinen Termin abgesagt, ohne mir Bescheid zu geben! Ich will einen neuen.",
                    "en": "You strung my guitar wrong and now the neck is bent! Fix it."}[language],
            "expect": {"key_points": {"fix": ["neuen Termin", "gebucht", "replace", "booked", "with you"]}}}  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("language", "reply", "acknowledged"),
    [
        # the situation taken up as not what they wanted
        ("en", "Oh, that's not what you sent it in for. It goes straight back on the bench today.", True),
        ("de", "Das ist nicht das, wofür Sie bezahlt haben. Wir reparieren es heute noch.", True),
        # ... not a correction of what they said
        ("en", "That's not what you told us. It goes back on the bench today.", False),
    ],
)  # fmt: skip
def test_not_what_they_wanted(language: str, reply: str, acknowledged: bool, resources: Any) -> None:
    step = {"say": {"de": "Ich habe das Gerät zur Reparatur geschickt und jetzt ist es zerkratzt!",
                    "en": "I sent it in for a repair and it came back scratched!"}[language],
            "emotion": "annoyed",
            "expect": {"key_points": {"fix": ["reparieren", "bench"]}}}  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert ignored(found) is not acknowledged, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # sympathy alone, in words of a pity or of bad luck with its circumstances
        ("de", "Das ist wirklich ein Jammer, gerade vor der Feier. Es tut mir sehr leid.", True),
        ("en", "Oh, that's really rotten luck at the start of the week, I'm so sorry.", True),
        # a bare handover with no outcome
        ("de", "Tut mir leid. Das geht an unsere Reklamationsabteilung, die nimmt dann Kontakt mit Ihnen auf.", True),
        ("en", "Sorry. It goes to our claims team, they'll contact you.", True),
        # a step of ours
        ("en", "That's a pity, we'll send a new one today.", False),
        ("de", "Das ist ein Jammer. Wir schicken Ihnen heute noch einen neuen.", False),
    ],
)  # fmt: skip
def test_sympathy_or_a_handover_alone(language: str, reply: str, missed: bool, resources: Any) -> None:
    step = {"say": {"de": "Die Torte ist zerdrückt angekommen, und morgen ist die Feier!",
                    "en": "The cake arrived squashed, and the party is tomorrow!"}[language],
            "expect": {"key_points": {"neu": ["schicken einen neuen", "neue Torte", "send a new", "new cake"]}}}  # fmt: skip
    found = penalised(language, reply, resources, **step)
    assert has(found, "not_listening") is missed, found


@pytest.mark.parametrize(
    ("reply", "pushed"),
    [
        # their own coach named beside the no is no push of ours
        ("Of course, your club coach has it covered. Come in tomorrow at nine.", False),
        ("Of course, your own coach will know best. Come in tomorrow at nine.", False),
        ("Of course. Your coach is booked for Saturday, at half price.", True),
        ("Of course. I'd still add a coaching session to your plan.", True),
    ],
)  # fmt: skip
def test_their_own_thing_is_no_push(reply: str, pushed: bool, resources: Any) -> None:
    step = {"say": "No, I don't want your coaching package, I have a coach at the club. When can I come in?",
            "mood": "sceptical",
            "expect": {"accept_no": True, "offer_words": ["coaching", "coach"],
                       "key_points": {"slot": ["come in", "tomorrow"]}}}  # fmt: skip
    found = penalised("en", reply, resources, **step)
    assert has(found, "pushed_after_no") is pushed, found
