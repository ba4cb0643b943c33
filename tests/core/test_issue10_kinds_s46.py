"""Issue 10, kinds found in the errors of the set v55 (sealed through the forty-fifth session,
opened at the start of the forty-sixth and fitted).

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.content_judge import breaks_a_limit, contradicts, has, ignored, penalised
from tests.helpers.timelines import scenario
from voicecoach.core.analyzers import grammar, time_fit
from voicecoach.core.text import words_of_text
from voicecoach.core.typed import judge_text

_TORN_SAIL = {
    "de": ("Das Segel, das Sie mir letzte Woche geliefert haben, ist schon eingerissen. 700 Euro hat es gekostet!",
           {"key_points": {"apology": ["Entschuldigung", "tut mir leid"], "remedy": ["ersetzen", "neues Segel"]}}),
    "en": ("The sail you delivered last week has already torn. It cost me £700!",
           {"key_points": {"apology": ["sorry", "apologise"], "remedy": ["replace", "new sail"]}}),
}  # fmt: skip
_EXAMPLE = {
    "de": "Das tut mir leid. Wir ersetzen das Segel durch ein neues, kostenlos.",
    "en": "I'm so sorry. We'll replace the sail with a new one, free of charge.",
}


def _judged(language: str, reply: str, resources: Any, example: str | None = None) -> list[str]:
    say, expect = _TORN_SAIL[language]
    return penalised(language, reply, resources, mood="annoyed", emotion="annoyed", say=say, expect=expect,
                     example=example or _EXAMPLE[language])  # fmt: skip


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # the remedy itself withheld by us, whatever else is given
        ("de", "Das tut mir leid. Die Lieferung erstatten wir, aber das Segel können wir leider nicht ersetzen.",
         True),
        ("de", "Entschuldigung. Benutzte Segel nehmen wir nicht zurück, aber wir schicken Ihnen Flickzeug.", True),
        ("en", "I'm sorry. We'll refund the delivery, but we can't replace a sail that's been used.", True),
        ("en", "Sorry about that. We won't take it back once it's been hoisted.", True),
        # ... not given free ("at no charge"), more ("not only"), something else instead, or
        # another verb negated beside it
        ("de", "Das tut mir leid. Wir ersetzen das Segel und berechnen die Lieferung nicht.", False),
        ("de", "Das tut mir leid. Wir ersetzen nicht nur das Segel, sondern auch die Lieferung.", False),
        ("de", "Das tut mir leid. Wir flicken es nicht, sondern ersetzen das ganze Segel.", False),
        ("en", "I'm so sorry. We'll replace the sail at no charge.", False),
        ("en", "I'm sorry. We won't just replace it, we'll refund the delivery as well.", False),
        # ... nor one remedy refused for another given after it
        ("de", "Das tut mir leid. Reparieren können wir das nicht, wir ersetzen das Segel komplett.", False),
        ("en", "I'm so sorry. We can't repair that tear, so we'll replace the whole sail.", False),
        # ... nor the customer's own doing ("Sie müssen nichts zurückschicken")
        ("de", "Das tut mir leid. Sie müssen nichts zurückschicken, wir ersetzen das Segel.", False),
    ],
)  # fmt: skip
def test_the_remedy_withheld(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    assert contradicts(_judged(language, reply, resources)) is contradiction


def test_a_remedy_refused_by_the_model_answer_is_the_scenario_s_own(resources: Any) -> None:
    # where the trainer's model answer itself says no, saying no is no contradiction
    example = "I'm sorry. We can't replace a used sail, but our sailmaker repairs it free of charge."
    found = _judged("en", "I'm sorry. We can't replace a used sail, but we'll repair it for free.", resources, example)
    assert not contradicts(found), found


def test_a_refusal_and_its_missed_point_count_once(resources: Any) -> None:
    say, expect = _TORN_SAIL["en"]
    found = penalised("en", "I'm sorry, we can't replace the sail.", resources, mood="annoyed", emotion="annoyed",
                      say=say, expect=expect, example=_EXAMPLE["en"])  # fmt: skip
    assert contradicts(found) and has(found, "not_listening"), found


@pytest.mark.parametrize(
    ("customer", "reply", "conflict"),
    [
        # a deadline day said with "spätestens am": no day of the window after it ("nur vormittags"
        # holds every day up to Friday)
        ("Heute ist Montag. Der Gärtner muss diese Woche kommen, spätestens am Freitag, und nur vormittags, "
         "ab 13 Uhr bin ich weg.", "Der Gärtner kommt am Mittwoch um zehn.", False),
        ("Heute ist Montag. Der Gärtner muss diese Woche kommen, spätestens am Freitag, und nur vormittags, "
         "ab 13 Uhr bin ich weg.", "Der Gärtner kommt am Mittwoch um 15 Uhr.", True),
        ("Heute ist Montag. Der Gärtner muss diese Woche kommen, spätestens am Freitag, und nur vormittags, "
         "ab 13 Uhr bin ich weg.", "Der Gärtner kommt am Samstag um zehn.", True),
        ("It's Monday. The gardener has to come this week, by Friday at the latest, and only in the morning.",
         "He'll come on Wednesday at ten.", False),
        # "Viertel nach fünf" may be the early morning a farmer asked for
        ("Kommen Sie vor Sonnenaufgang, also nur vor 7 Uhr, danach bin ich im Stall.",
         "Passt Ihnen Donnerstag um Viertel nach fünf?", False),
        ("Kommen Sie vor Sonnenaufgang, also nur vor 7 Uhr, danach bin ich im Stall.",
         "Passt Ihnen Donnerstag um acht?", True),
        ("Only after six, please, I'm at work till then.", "Could we come Thursday at five?", True),
        # ... but five stays the afternoon for an office open until four
        ("Heute ist Mittwoch. Unser Büro ist nur bis 16 Uhr besetzt, danach ist das Tor zu.",
         "Der Fahrer kommt heute gegen halb fünf.", True),
        ("Heute ist Mittwoch. Unser Büro ist nur bis 16 Uhr besetzt, danach ist das Tor zu.",
         "Der Fahrer kommt heute um fünf.", True),
        # the booked stretch as the subject ("die drei Wochen zählen ab diesem Tag") is no time offered
        ("Heute ist Montag. Die Schafe müssen spätestens am Freitag kommen.",
         "Mittwoch, 9 Uhr, und die drei Wochen zählen ab diesem Tag.", False),
        ("Heute ist Montag. Die Schafe müssen spätestens am Freitag kommen.",
         "Das geht erst in drei Wochen.", True),
    ],
)  # fmt: skip
def test_times_of_v55(customer: str, reply: str, conflict: bool) -> None:
    broken, read = breaks_a_limit(customer, reply)
    assert broken is conflict, read


@pytest.mark.parametrize(
    ("customer", "reply", "refused"),
    [
        # the working week called not free, the weekend offered: their days turned down
        ("Heute ist Donnerstag. Bitte nur an einem Dienstag oder Mittwoch, ab 17 Uhr.",
         "Unter der Woche ist der Kutscher nicht frei, wir können nur Samstag um 17 Uhr anbieten.", True),
        ("It's Thursday. Only on a Tuesday or a Wednesday, after five, please.",
         "During the week nobody is available, but Saturday at five works.", True),
        # ... "nothing free before Wednesday" names the earliest day, their Tuesday with it
        ("Heute ist Montag. Der Besuch muss bis Dienstag sein, nur zwischen 15 und 17 Uhr.",
         "Vor Mittwoch haben wir keinen Clown frei, tut mir leid.", True),
        # ... their day given after all
        ("Heute ist Donnerstag. Bitte nur an einem Dienstag oder Mittwoch, ab 17 Uhr.",
         "Unter der Woche ist der Kutscher nur am Mittwoch frei, dann um 17 Uhr.", False),
    ],
)  # fmt: skip
def test_the_working_week_refused(customer: str, reply: str, refused: bool) -> None:
    found = time_fit.refused_time(words_of_text(reply), words_of_text(customer))
    assert (found is not None) is refused, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # what the customer got wrongly is no record of ours denying their word
        ("de", "Entschuldigung. Laut unserem Auftrag hätten Sie nie so ein Segel bekommen dürfen. Wir ersetzen es.",
         False),
        ("en", "I'm sorry, but we never received a torn sail from you.", True),
        # "thrown into doubt", "no doubt": the noun, no doubt of them
        ("en", "I'm sorry your whole trip has been thrown into doubt. We'll replace the sail tomorrow.", False),
        ("en", "No doubt that was a shock. We'll replace the sail tomorrow, I'm so sorry.", False),
        ("en", "I'm sorry, but I doubt the sail tore by itself.", True),
    ],
)  # fmt: skip
def test_records_and_doubts_said_of_them(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    assert contradicts(_judged(language, reply, resources)) is contradiction


@pytest.mark.parametrize(
    ("reply", "avoided"),
    [
        # "no more promises": empty words refused, no hedge
        ("No more promises, then: the refund confirmation goes to your inbox today.", False),
        ("No empty promises: the confirmation is in your inbox within the hour.", False),
        ("No promises, I'm afraid, but we'll try for Friday.", True),
    ],
)
def test_no_more_promises_is_no_hedge(reply: str, avoided: bool, resources: Any) -> None:
    found = penalised("en", reply, resources, mood="sceptical", emotion="sceptical",
                      say="How do I know this isn't another promise? I want it in writing.",
                      expect={"key_points": {"writing": ["by email", "in writing"]}, "avoid": ["can't promise"]})  # fmt: skip
    assert has(found, "avoid_phrase") is avoided, found


@pytest.mark.parametrize(
    ("language", "reply", "missed"),
    [
        # putting it in writing, in any of its usual forms
        ("en", "The refund confirmation goes to your inbox today.", False),
        ("en", "You'll have a letter from us by Friday.", False),
        ("de", "Die Bestätigung bekommen Sie heute noch per Mail.", False),
        ("de", "Das schicke ich Ihnen heute noch schriftlich.", False),
        ("en", "The refund will be with you by Tuesday.", True),
        ("de", "Das Geld ist bis Dienstag bei Ihnen.", True),
    ],
)
def test_a_writing_point_in_other_words(language: str, reply: str, missed: bool, resources: Any) -> None:
    say = {"de": "Woher weiß ich, dass das nicht wieder nur ein Versprechen ist? Ich will es schriftlich.",
           "en": "How do I know this isn't another promise? I want it in writing."}[language]  # fmt: skip
    phrasings = {"de": ["per Mail", "schriftlich"], "en": ["by email", "in writing"]}[language]
    sc = scenario(language, theme="service", mood="sceptical", emotion="sceptical", say=say,
                  expect={"key_points": {"writing": phrasings}})  # fmt: skip
    result = judge_text(sc, "t1", reply, resources=resources)
    points = [f.evidence.get("point") for f in result.findings if f.evidence.get("reason") == "missed_point"]
    assert ("writing" in points) is missed, points


@pytest.mark.parametrize(
    ("language", "reply", "taken_up"),
    [
        # a fright named takes up the customer's upset
        ("de", "Oh, das ist ja ein Schreck. Wir ersetzen das Segel sofort.", True),
        ("en", "What a fright that must have been. We'll replace the sail straight away.", True),
        ("en", "We'll replace the sail straight away.", False),
        # ... and a word only near it in letters takes nothing up ("Klasse 2b" in a file read back)
        ("de", "Auftrag SG 4 12, Segel für die Klasse 2b, Segelschule am Mühlbach.", False),
    ],
)
def test_a_fright_named_takes_the_feeling_up(language: str, reply: str, taken_up: bool, resources: Any) -> None:
    say, expect = _TORN_SAIL[language]
    found = penalised(language, reply, resources, mood="angry", emotion="angry", say=say,
                      expect={"key_points": {"remedy": expect["key_points"]["remedy"]}})  # fmt: skip
    assert ignored(found) is not taken_up, found


@pytest.mark.parametrize(
    ("language", "reply", "pushed"),
    [
        # one more thing offered on top after the no: "could also", "könnten ... auch gleich"
        ("en", "Friday it is. We could also give you a printed copy of the poem to frame.", True),
        ("en", "Of course. I could also send our gardener to trim the hedge while he's there.", True),
        ("de", "Freitag passt. Wir könnten dabei auch gleich die Hecke schneiden.", True),
        ("de", "Gern. Der Gärtner könnte dann auch gleich den Rasen düngen.", True),
        # ... not the step's own matter, a past guess, or a helping hand with their own matter
        ("en", "Friday it is. We could also confirm the time by email today.", False),
        ("en", "Understood. It could also have been the frost, of course, but Friday it is.", False),
        ("de", "Gern, Freitag um neun. Der Gärtner kann dann auch gleich schauen, wo es bei Ihnen hakt.", False),
    ],
)
def test_one_more_thing_on_top_after_a_no(language: str, reply: str, pushed: bool, resources: Any) -> None:
    say = {
        "de": "Eine Heckenpflege will ich nicht, nein. Kommen Sie einfach am Freitag und pflanzen die Rosen.",
        "en": "No, I don't want the hedge care plan. Just come on Friday and plant the roses.",
    }[language]
    expect = {"accept_no": True, "offer_words": {"de": ["Heckenpflege"], "en": ["hedge care"]}[language],
              "key_points": {"time": {"de": ["Freitag"], "en": ["Friday"]}[language],
                             "writing": {"de": ["per Mail"], "en": ["by email", "confirm"]}[language]}}  # fmt: skip
    found = penalised(language, reply, resources, mood="calm", emotion="calm", say=say, expect=expect)
    assert has(found, "pushed_after_no") is pushed, found


@pytest.mark.parametrize(
    ("language", "reply", "contradiction"),
    [
        # their account asked for once more, to be set against ours: doubted
        ("de", "Sagen Sie mir noch mal, wann genau das Segel gerissen ist, dann gleiche ich das mit dem Protokoll ab.",
         True),
        ("en", "Send me the photos again, please, and I'll see what they actually show.", True),
        # ... not a plain look-up
        ("de", "Das tut mir leid. Sagen Sie mir noch mal die Auftragsnummer, dann prüfe ich das im System.", False),
        ("en", "I'm sorry. Give me the order number again and I'll look it up.", False),
        # ... nor "again" of the trouble coming back, with no request to them
        ("en", "I'm sorry. A new sail would stop this happening again, I'd really consider it.", False),
    ],
)  # fmt: skip
def test_their_account_set_against_ours(language: str, reply: str, contradiction: bool, resources: Any) -> None:
    assert contradicts(_judged(language, reply, resources)) is contradiction


@pytest.mark.parametrize(
    ("reply", "part_kept"),
    [
        # the stretch they had is no span of the remedy given: half back is part of it
        ("Entschuldigung. Vier Tage waren es ja, deshalb erstatten wir Ihnen die Hälfte, also 300 Euro.", True),
        # ... the whole stretch given beside the money is
        ("Entschuldigung. Der Kran kommt für die vollen zwei Wochen, und die Hälfte erstatten wir Ihnen auch.",
         False),
    ],
)  # fmt: skip
def test_a_stretch_had_is_no_remedy_given(reply: str, part_kept: bool, resources: Any) -> None:
    found = penalised("de", reply, resources, mood="annoyed", emotion="annoyed",
                      say="Zwei Wochen Kran waren gebucht, 600 Euro, nach vier Tagen war er weg!",
                      expect={"key_points": {"remedy": ["zwei Wochen", "Geld zurück", "erstatten"]}})  # fmt: skip
    assert contradicts(found) is part_kept, found


def test_an_excuse_said_again_is_quoted_whole(resources: Any) -> None:
    # the quote runs from the first to the last word of the excuse, not its matched words alone
    sc = scenario("en", theme="service", mood="annoyed", emotion="annoyed",
                  say="Your rigger came at eleven, not nine. Ryan says I put eleven on your form!",
                  expect={"key_points": {"remedy": ["refund", "come back"]}, "avoid": ["on your form"]})  # fmt: skip
    result = judge_text(sc, "t1", "I understand, but the time on the form you signed was eleven.", resources=resources)
    said = [f.evidence.get("said") for f in result.findings if f.kind == "contradiction"]
    assert said and all("the time on the form" in str(s) for s in said), said


@pytest.mark.parametrize(
    ("language", "reply", "steps"),
    [
        # "ich weiß", a number in a condition: no own step that could be the remedy in other words
        ("de", "Ärgerlich, ich weiß, aber Segel reißen eben, wenn man bei Sturm raus fährt.", 0),
        ("en", "I feel for you, but if the gauge said 40 knots, that's simply too much wind for any sail.", 0),
        ("en", "I know, and we'll replace the sail this week.", 1),
        ("de", "Wenn es bis 12 Uhr da ist, schicke ich es heute noch los.", 1),
        # hope alone is no step; "let's" is "let us"
        ("en", "Sails do tear now and then, so let's hope for the best.", 0),
        ("de", "Segel reißen nun mal, hoffen wir das Beste.", 0),
        ("en", "Let's get that sorted today.", 1),
    ],
)
def test_no_step_left_when_the_reply_argues(language: str, reply: str, steps: int, resources: Any) -> None:
    found = grammar.own_steps(words_of_text(reply), resources, language)
    assert len(found) == steps, [[w.text for w in step] for step in found]


@pytest.mark.parametrize(
    ("reply", "contradiction"),
    [
        # a time the customer quoted from our colleague as the excuse, said again: the excuse repeated
        ("Sorry to hear it, but Tessa has you booked until four, so the crew left when the booking ended.", True),
        # ... not the booking read back with the remedy
        ("I'm so sorry. Your contract says noon to six, so we'll refund the £600 in full today.", False),
    ],
)
def test_a_quoted_booking_excuse_said_again(reply: str, contradiction: bool, resources: Any) -> None:
    found = penalised("en", reply, resources, mood="angry", emotion="angry",
                      say="Your crew packed up at four. Tessa says we only booked until four. The contract says "
                          "noon to six!",
                      expect={"key_points": {"refund": ["refund", "money back"]}, "avoid": ["booked until four"]})  # fmt: skip
    assert contradicts(found) is contradiction, found


@pytest.mark.parametrize(
    ("reply", "missed"),
    [
        # "not our job", "you'd need a specialist": the ask turned down, its point with it
        ("Rigging isn't really our job, you'd need a specialist for that, but Thursday at six is fine.", True),
        ("Thursday at six, and we'll check the rigging then.", False),
    ],
)
def test_not_our_job_turns_the_point_down(reply: str, missed: bool, resources: Any) -> None:
    found = penalised("en", reply, resources, mood="sceptical", emotion="sceptical",
                      say="Will someone look at the rigging too? That's what really worries me.",
                      expect={"key_points": {"rigging": ["rigging", "mast"]}})  # fmt: skip
    assert has(found, "not_listening") is missed, found


@pytest.mark.parametrize(
    ("reply", "pushed"),
    [
        # the refused free thing given back for an occasion to come, or whenever they like
        ("Of course. And when your next birthday comes round, the boat's yours for an evening at no cost.", True),
        ("Friday at five it is. And the boat's still yours for an evening whenever you fancy, on the house.", True),
        ("Friday at five it is, and the repair is free of charge.", False),
    ],
)
def test_a_gift_for_a_later_occasion_after_a_no(reply: str, pushed: bool, resources: Any) -> None:
    found = penalised("en", reply, resources, mood="calm", emotion="calm",
                      say="No, I don't want a free evening on the boat. Just fix the sail by Friday.",
                      expect={"accept_no": True, "offer_words": ["free evening", "boat trip"],
                              "key_points": {"time": ["Friday"], "repair": ["repair", "fix"]}})  # fmt: skip
    assert has(found, "pushed_after_no") is pushed, found


@pytest.mark.parametrize(
    ("language", "phrasings", "reply", "missed"),
    [
        # a point about one channel is not met by another ("per Post" for "per Mail, per Fax")
        ("de", ["per Mail", "per Fax"], "Das Schreiben geht auf dem normalen Postweg raus.", True),
        ("de", ["per Mail", "schriftlich"], "Das Schreiben geht heute noch per Brief raus.", False),
        # ... nor by a handover that happens to share a word's letters
        ("en", ["email", "send", "post"], "What a pain. I'll let the instructor know you're waiting.", True),
    ],
)
def test_writing_forms_only_for_writing(language: str, phrasings: list[str], reply: str, missed: bool,
                                        resources: Any) -> None:  # fmt: skip
    say = {"de": "Schicken Sie mir die Bestätigung bitte nicht mit der Post.",
           "en": "Can you send me the confirmation? The post takes ages here."}[language]  # fmt: skip
    sc = scenario(language, theme="service", mood="annoyed", emotion="annoyed", say=say,
                  expect={"key_points": {"how": phrasings}})  # fmt: skip
    result = judge_text(sc, "t1", reply, resources=resources)
    points = [f.evidence.get("point") for f in result.findings if f.evidence.get("reason") == "missed_point"]
    assert ("how" in points) is missed, points
