"""When the customer said when it must be, or when they cannot: does the time the reply offers fit?

A customer who says "I need them by Thursday", "Ich bin morgen ab 13 Uhr außer Haus, also bitte
vormittags" or "I'm in all day, except Wednesday morning" and hears "Friday afternoon", "Morgen
um 14 Uhr" or "Wednesday at 9 am" knows the agent did not listen (the seeds: listening means
taking up what the customer said, the customer's own terms included). This module reads such
limits from the customer's line (:func:`limits`) and the times a reply offers (:func:`offers`),
and says which offer breaks which limit (:func:`conflicts`).

Only plain cases count, so that a penalty rests on evidence a coach would accept:

- a limit is a deadline ("bis/vor/spätestens Freitag", "by/before/until Thursday", "bis dahin" /
  "by then" after a sentence naming the day), a slot ruled out ("außer Mittwochvormittag",
  "except Wednesday morning", "ab 13 Uhr außer Haus", "Dienstag geht nicht", "I can't do
  Monday") or the only slots allowed ("bitte vormittags", "nur ab 14 Uhr", "only on Tuesdays or
  Thursdays"); never in a sentence about the past or under a condition ("Und wenn es bis morgen
  nicht auftaucht"); someone else of the household in ("my wife's home in the morning", "meine Frau
  ist nur vormittags da") opens a window on the days the customer is away, it rules nothing out;
- an offer is a day or a clock time the reply names as the agent's own: not negated, not under
  a condition, not the customer's own words said back ("Sie sind ja ab 13 Uhr weg"), not a
  target ("in time for Friday", "rechtzeitig vor Donnerstag", "Friday's presentation");
- weekdays are compared only when the offer lies one to three days after a deadline (a later
  weekday may be next week's); "heute"/"morgen" only with each other; dates of a month only
  with each other. Anything else is no conflict (no points off when in doubt).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from voicecoach.core.analyzers import lexicon
from voicecoach.core.text import Token, Word, has_run, normalize, tokens_of, words_of_text

#: Weekday words, Monday = 0 (folded: "sonnabend" is Saturday).
_WEEKDAYS = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonnabend": 5,
    "sonntag": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
#: Days named from today: "heute" 0, "morgen" 1, "übermorgen" 2.
_RELATIVE = {"heute": 0, "today": 0, "tonight": 0, "morgen": 1, "tomorrow": 1, "uebermorgen": 2}
#: Words that name a day, a weekday or one relative to today.
_DAY_NAMES = frozenset(_WEEKDAYS) | frozenset(_RELATIVE)
#: Parts of the day as hours (from, to).
_PARTS = {
    "vormittag": (6.0, 12.0), "vormittags": (6.0, 12.0), "morgens": (6.0, 12.0), "frueh": (6.0, 11.0),
    "morning": (6.0, 12.0), "mornings": (6.0, 12.0), "mittag": (11.5, 14.0), "mittags": (11.5, 14.0),
    "midday": (11.5, 14.0), "noon": (12.0, 13.0), "lunchtime": (11.5, 14.0), "nachmittag": (12.0, 18.0),
    "nachmittags": (12.0, 18.0), "afternoon": (12.0, 18.0), "afternoons": (12.0, 18.0), "abend": (17.0, 23.0),
    "abends": (17.0, 23.0), "evening": (17.0, 23.0), "evenings": (17.0, 23.0), "tonight": (17.0, 23.0),
    "night": (18.0, 24.0), "nacht": (18.0, 24.0),
}  # fmt: skip
_MONTHS = frozenset(
    {"januar", "februar", "maerz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
     "dezember", "january", "february", "march", "may", "june", "july", "october", "december"}
)  # fmt: skip
#: Words that make the next day a deadline.
_BY = frozenset({"bis", "vor", "spaetestens", "by", "before", "until", "till"})
#: Words that may stand between a deadline word and its day ("bis spätestens zum", "by next").
_BETWEEN = frozenset(
    {"spaetestens", "zum", "am", "den", "the", "next", "this", "on", "latest", "kommenden", "naechsten"}
)
#: Words of a clock time said with a fraction ("halb fünf", "half past four", "Viertel vor acht").
_FRACTION_WORDS = frozenset({"halb", "half", "past", "quarter", "viertel"})
#: "nächsten Dienstag", "next Tuesday": a weekday of next week.
_NEXT_WEEK = frozenset({"naechsten", "naechste", "kommenden", "next"})
#: "bis dahin", "by then": the deadline is the day named before.
_THEN = frozenset({"dahin", "then"})
#: A sentence told in the past ("Dean said he'd be back on Monday"), or under a condition.
_PAST = frozenset(
    {"war", "waren", "hatte", "hatten", "wurde", "wurden", "kam", "kamen", "ging", "gestern", "letzte", "letzten",
     "letzter", "vorige", "was", "were", "had", "did", "said", "told", "went", "came", "ran", "yesterday",
     "last", "ago"}
)  # fmt: skip


_NEED = frozenset({"need", "needs", "want", "wants", "must", "have", "has"})


#: "last"/"letzte" tell of the past only before a time ("last week", "letzten Montag"); "my last
#: chemo is on the 19th" is the final one, still to come.
_LAST = frozenset({"last", "letzte", "letzten", "letzter", "vorige"})
_LAST_OF = frozenset(
    {"week", "month", "year", "night", "time", "weekend", "woche", "monat", "jahr", "nacht", "mal", "wochenende"}
)


def _past(texts: Sequence[str]) -> bool:
    """The sentence tells of the past: a past word (:data:`_PAST`; "last" only before a time,
    :data:`_LAST`), an English "-ed" verb ("the permit expired on Monday"), or "habe/hat" with a
    participle ("hat ... gesagt")."""
    if set(texts) & (_PAST - _LAST):
        return True
    if any(t in _LAST and texts[i + 1 : i + 2] and (texts[i + 1] in _LAST_OF or texts[i + 1] in _WEEKDAYS)
           for i, t in enumerate(texts)):  # fmt: skip
        return True
    # "-ed" after a need is a wish, not the past: "I need the boiler fixed by Friday"; a state
    # ("closed", "booked") is the present
    if any(t.endswith("ed") and len(t) > 4 and t not in _STATE_ED for t in texts) and not set(texts) & _NEED:
        return True
    # "hat ... gesagt", "habe nicht am Montag angerufen" (a separable particle before "ge")
    return bool({"habe", "hat", "haben"} & set(texts)) and any(
        (t.startswith("ge") and t.endswith("t") and len(t) > 5 and t not in _STATE_ED)
        or (t.startswith(_PARTICLE_GE) and t.endswith(("t", "en")) and len(t) > 7)
        for t in texts
    )


#: Separable particles with "ge" after them: how such a German past participle starts.
_PARTICLE_GE = ("ange", "abge", "aufge", "ausge", "einge", "zuge", "vorge", "nachge", "mitge", "durchge", "zurueckge")


#: Participles that say a present state, not what happened: "we're closed on Mondays", "wir haben nur vormittags geöffnet".
_STATE_ED = frozenset(
    {"closed", "booked", "engaged", "occupied", "geoeffnet", "allowed", "permitted", "banned",
     # a need in the passive: "The report is needed by Friday noon"
     "needed", "required", "expected"}
)  # fmt: skip
_CONDITION = lexicon.CONDITION_WORDS
#: Verbs of asking or knowing: "ob"/"whether" after them opens an indirect question.
_ASKING = frozenset({"wissen", "weiss", "fragen", "frage", "sagen", "know", "ask", "asking", "tell", "wondering"})
_NEGATION = frozenset(
    {"nicht", "nichts", "kein", "keine", "keinen", "nie", "not", "no", "never", "nothing", "cant", "cannot", "dont",
     "wont", "doesnt", "didnt", "isnt", "arent", "wouldnt", "shouldnt",
     # nobody there: "nobody's home before four on Saturday" (hv40-206)
     "nobody", "nobodys", "niemand", "keiner"}
)  # fmt: skip
#: "außer"/"except" before the slot, or being away after it ("ab 13 Uhr außer Haus").
_EXCEPT = frozenset({"ausser", "except", "besides"})
#: "ab 14 Uhr", "from two": the time a span starts.
_FROM = frozenset({"ab", "from", "after"})
#: Setting off on a trip, as an absence (:data:`_SETTING_OFF`).
_SETTING_OFF_AWAY = (("set", "off"), ("setting", "off"), ("leave", "for"), ("leaving", "for"), ("fly", "out"),
                     ("flying", "out"), ("reisen", "ab"), ("fahren", "los"), ("fliegen", "los"))  # fmt: skip
_AWAY = (
    ("ausser", "haus"), ("nicht", "da"), ("nicht", "zu", "hause"), ("nicht", "zuhause"), ("weg",), ("unterwegs",),
    ("bei", "der", "arbeit"), ("out",), ("away",), ("at", "work"), ("not", "in"), ("not", "home"), ("not", "around"),
    ("dienstreise",), ("geschaeftsreise",), ("business", "trip"),
    ("verreist",), ("im", "urlaub"), ("in", "urlaub"), ("on", "holiday"), ("on", "leave"), ("auf", "montage"),
    # at the doctor's, in hospital, at a relative's ("morgen bis 14 Uhr beim Arzt", "bei meiner Schwester")
    ("beim", "arzt"), ("beim", "zahnarzt"), ("beim", "doktor"), ("im", "krankenhaus"), ("zur", "reha"),
    ("bei", "meiner"), ("bei", "meinem"), ("bei", "meinen"), ("at", "the", "doctors"), ("at", "the", "doctor"),
    ("at", "the", "dentist"), ("at", "the", "dentists"), ("at", "the", "hospital"), ("in", "hospital"),
    # at work ("ich arbeite bis Donnerstag jeden Tag bis 18 Uhr", "I'm working till six")
    ("arbeite",), ("im", "dienst"), ("auf", "der", "baustelle"), ("im", "buero"), ("in", "der", "firma"),
    ("in", "the", "office"), ("at", "the", "office"), ("on", "site"), ("in", "der", "arbeit"), ("auf", "der", "arbeit"), ("working",), ("on", "shift"), ("on", "earlies"),
    ("on", "lates"), ("fruehdienst",), ("spaetdienst",), ("fruehschicht",), ("spaetschicht",),
    ("early", "shift"), ("late", "shift"), ("night", "shift"), ("day", "shift"), ("on", "nights"),
    ("i", "work", "till"), ("i", "work", "until"),  # "I work till six every day"
    ("nachtschicht",), ("nachtdienst",), ("tagschicht",),
    # at court, at the wholesale market ("Morgen früh bin ich bis 11 Uhr bei Gericht", "bis 15 Uhr
    # im Großmarkt": v29, read as no limit)
    ("bei", "gericht"), ("vor", "gericht"), ("im", "gericht"), ("im", "grossmarkt"), ("auf", "dem", "grossmarkt"),
    ("at", "court"), ("in", "court"), ("at", "the", "market"), ("at", "the", "wholesalers"),
    # at one's practice till an hour ("bis 18 Uhr in der Praxis und nur am Samstag zu Hause"); not
    # "nur von 9 bis 13 Uhr in der Praxis", where a delivery finds them (:func:`_away`)
    ("in", "der", "praxis"),
    # teaching or on a hospital ward ("bis 16 Uhr im Unterricht", "on the ward till seven"; not "im
    # Laden": a shop or restaurant of their own is where a visit finds them)
    ("im", "unterricht"), ("unterrichte",), ("teaching",), ("in", "class"), ("on", "the", "ward"), ("in", "theatre"),
    # asleep after a night shift ("I sleep till two", "da schlafe ich bis zwei")
    ("schlafe",), ("sleep",), ("asleep",), ("sleeping",),
    # off on a journey ("Ich fahre morgen für zwei Wochen nach Kiel", "I'm flying to Spain on Friday")
    ("fahre",), ("fliege",), ("reise",), ("flying", "to"), ("fly", "to"),
    ("driving", "to"), ("travelling", "to"), ("traveling", "to"), *_SETTING_OFF_AWAY,
    # at an appointment of their own ("Tomorrow I'm at my dress fitting until one"; not "at my studio")
    ("at", "my"),
)  # fmt: skip
#: After "at my", an appointment of the customer's own: away ("at my dress fitting", "at my
#: physio", "at my mum's"); "at my studio" or "at my desk" is where they are to be found.
_MY_APPOINTMENTS = frozenset(
    {"appointment", "fitting", "physio", "physiotherapist", "therapy", "therapist", "doctor", "doctors", "gp",
     "dentist", "dentists", "hairdresser", "hairdressers", "class", "lesson", "lessons", "course", "exam",
     "checkup", "scan", "mums", "mothers", "dads", "fathers", "parents", "sisters", "brothers", "daughters", "sons",
     "grans", "nans", "dress", "wedding", "hospital", "clinic",
     # at work ("I'm at my current job till four every day", "at my day job")
     "job", "work", "workplace", "current", "day", "other", "old"}
)  # fmt: skip
#: Working where they live: "I'm working from home on Friday", "ich arbeite im Homeoffice".
_AT_HOME_WORK = (("from", "home"), ("at", "home"), ("von", "zu", "hause"), ("von", "zuhause"), ("homeoffice",),
                 ("zu", "hause"), ("home", "office"))  # fmt: skip


#: Someone else in the household: their being in says when a visit can be, not when the customer can.
_HOUSEHOLD = frozenset(
    {"frau", "mann", "partner", "partnerin", "freundin", "freund", "tochter", "sohn", "mutter", "vater", "oma",
     "opa", "nachbar", "nachbarin", "wife", "husband", "girlfriend", "boyfriend", "daughter", "son",
     "mum", "mom", "mother", "dad", "father", "neighbour", "neighbor", "flatmate", "lodger"}
)  # fmt: skip


def _someone_else(words: Sequence[str]) -> bool:
    """The clause speaks of another person of the household ("meine Frau ist ... da", "my wife's
    home"), not of the customer themselves (:data:`_ME`); "Frau Jahn" with no "my" is not one."""
    if set(words) & _ME:
        return False
    mine = {"meine", "mein", "meiner", "unsere", "unser", "my", "our"}
    return any(
        (w in _HOUSEHOLD and i and words[i - 1] in mine) or (w.endswith("s") and w[:-1] in _HOUSEHOLD)
        for i, w in enumerate(words)
    )


#: Letting us in ("Der Küster kann den Turm nur Freitag aufschließen", "the caretaker can only
#: unlock it on Friday"); said by another person than the customer, such a day is theirs to open.
_LETS_IN = frozenset(
    {"aufschliessen", "aufsperren", "aufmachen", "reinlassen", "hereinlassen", "oeffnen", "unlock", "unlocks"}
)

#: Said of a place's opening hours: "hat nur vormittags auf", "is only open till twelve".
_OPEN = frozenset({"auf", "offen", "geoeffnet", "open", "opens", "closes", "schliesst"})


def _not_before(words: Sequence[str]) -> bool:
    """ "Ich bin erst ab 18 Uhr zu Hause", "erst nach fünf da", "Ich bin ab 17 Uhr zu Hause": the
    hour the customer is in from says "only from then", as "nur ab" does (the caller checks that
    the clause is of being in: :func:`_present`)."""
    # the tokenizer folds "erst" to "1" (number words become digits)
    return any(
        (t in ("erst", "1") and words[i + 1 : i + 2] in (["ab"], ["nach"]) and words[i + 2 : i + 3] != [])
        or (
            t in ("ab", "from")
            and words[i + 1 : i + 2] != []
            and words[i + 1][:1].isdigit()
            and bool({"ich", "im", "i"} & set(words))
        )
        for i, t in enumerate(words)
    )


#: Verbs that say the job can be done: "dreschen geht erst ab 13 Uhr", "Mähen klappt erst nach zehn".
_GOES = frozenset({"geht", "gehts", "klappt", "funktioniert", "moeglich", "machbar"})


def _possible_not_before(words: Sequence[str]) -> bool:
    """ "dreschen geht erst ab 13 Uhr, vorher ist der Tau drauf" (hv46-087): the job itself can only
    be done from that hour, as "nur ab" says; a verb of it going (:data:`_GOES`) right before
    "erst ab"/"erst nach" (or with one word between)."""
    return _arrives_not_before(words) or any(
        t in ("erst", "1")
        and words[i + 1 : i + 2] in (["ab"], ["nach"])
        and bool(set(words[max(0, i - 2) : i]) & _GOES)
        for i, t in enumerate(words)
    )


def _arrives_not_before(words: Sequence[str]) -> bool:
    """ "ankommen können wir erst ab 17 Uhr", "wir können erst ab 5 kommen" (hv51-063), "wir
    kommen erst ab 19 Uhr" (hv54-028): the customer can only get there from that hour, whichever
    day it is."""
    arriving = set(words) & (_ARRIVING_DE | {"komme"}) and set(words) & {"ich", "wir"}
    return bool(arriving) and any(
        t in ("erst", "1") and words[i + 1 : i + 2] in (["ab"], ["nach"]) for i, t in enumerate(words)
    )


#: German verbs of getting there: "ankommen können wir erst ab 17 Uhr", "wir können erst ab 5 kommen".
_ARRIVING_DE = frozenset({"kommen", "ankommen", "anreisen", "eintreffen", "dasein"})


#: Verbs of needing a thing: "die Bahnen brauchen wir ab 18 Uhr", "we need the hall from six".
_WANTED = frozenset({"brauchen", "brauche", "benoetigen", "benoetige", "need", "needs", "needed"})


def _needed_from(words: Sequence[str]) -> bool:
    """ "die Bahnen brauchen wir ab 18 Uhr, vorher kommt keiner aus dem Büro" (hv48-029), "und erst
    ab 10 Uhr, vorher frühstücken die Kinder" (hv48-124): the thing is wanted only from that hour,
    as "nur ab" says: a verb of needing (:data:`_WANTED`) with "ab"/"from" and an hour, no "bis"/"by"
    (a deadline), or a bare "erst ab" window after what is needed (:func:`_bare_window`)."""
    if set(words) & {"bis", "by", "until", "till", "before", "vor"} or set(words) & _NEGATION:
        return False
    # (a clock hour that says its half of the day: "ab 18 Uhr", "from 6 pm"; "from seven" may be either)
    starts = any(
        t in ("ab", "from")
        and words[i + 1 : i + 2] != []
        and words[i + 1][:1].isdigit()
        and words[i + 2 : i + 3] in (["uhr"], ["am"], ["pm"], ["oclock"])
        for i, t in enumerate(words)
    )
    if starts and set(words) & _WANTED:
        return True
    held_back = any(
        t in ("erst", "1") and words[i + 1 : i + 2] in (["ab"], ["nach"]) and "uhr" in words[i + 2 : i + 5]
        for i, t in enumerate(words)
    )
    return held_back and _bare_window(words)


def _but_not_before(words: Sequence[str]) -> bool:
    """ "Der Router muss heute noch getauscht werden, aber erst nach 18 Uhr": the job itself held
    back to an hour, said as a "but" after what is needed (hv41-111)."""
    return any(t == "aber" and words[i + 1 : i + 2] in (["erst"], ["1"]) for i, t in enumerate(words))


#: "it has to be a morning", "es muss vormittags sein": the time named is the only one.
_MUST_BE = (("has", "to", "be"), ("have", "to", "be"), ("must", "be"), ("needs", "to", "be"),
            # "the call tonight has to come between seven and half past seven" (hv40-280)
            ("has", "to", "come"), ("must", "come"), ("muss", "kommen"))  # fmt: skip


#: Words that may open a clause before the customer's bidding: "so come Friday after five".
_BIDDING_LEADS = frozenset({"so", "then", "and", "but", "just", "also", "dann", "und", "aber", "bitte", "please"})


#: A window said as what suits the customer: "Any weekday after 3 pm works for me", "Nachmittags
#: passt es mir", "after four suits me best".
_SUITS_ME = (("works", "for", "me"), ("work", "for", "me"), ("suits", "me"), ("suit", "me"), ("best", "for", "me"),
             ("passt", "mir"), ("passt", "es", "mir"), ("geht", "bei", "mir"), ("passt", "bei", "mir"))  # fmt: skip


def _suits_me(words: Sequence[str]) -> bool:
    """The clause names a window as what suits the customer (:data:`_SUITS_ME`), not as one more
    ("works for me too", "passt mir auch") and not negated ("doesn't work for me": :data:`_NO_GOOD`)."""
    if set(words) & (_NEGATION | {"too", "also", "auch", "ebenfalls"}) or "well" in words:
        return False
    return any(has_run(words, run) for run in _SUITS_ME)


def _come_when(words: Sequence[str]) -> bool:
    """The customer bids us come at a time ("so come Friday after five", "kommen Sie also erst
    nach 17 Uhr", "set up after seven"): the clause opens with the order, which names the window as
    "nur"/"only" would."""
    rest = [w for w in words if w not in _BIDDING_LEADS]
    # ("..., set up after seven, because the juniors have the hall till seven", hv50-303)
    setting_up = rest[:2] == ["set", "up"] and bool(set(rest) & {"after", "from"})
    return rest[:1] == ["come"] or rest[:2] == ["kommen", "sie"] or setting_up


#: What a clause that is only a window may hold besides times: "nur nach 17 Uhr", "only after five".
_WINDOW_WORDS = frozenset(
    {"nur", "only", "erst", "nach", "after", "ab", "from", "vor", "before", "bis", "till", "until", "zwischen",
     "between", "und", "and", "uhr", "oclock", "am", "pm", "dann", "then", "also", "so", "aber", "but"}
)  # fmt: skip


def _bare_window(words: Sequence[str]) -> bool:
    """The clause names a window and nothing else ("nur nach 17 Uhr", "only after five"): what it
    is a window for was said in the clause before."""
    return bool(words) and all(w in _WINDOW_WORDS or w[:1].isdigit() for w in words)


def _ring_when(words: Sequence[str]) -> bool:
    """The customer bids us call at a time ("so ring me in the mornings", "rufen Sie mich bitte
    abends an"): a window for calls only."""
    rest = [w for w in words if w not in _BIDDING_LEADS]
    return rest[:2] in (["ring", "me"], ["call", "me"], ["phone", "me"]) or rest[:3] == ["rufen", "sie", "mich"]


def _must_be(words: Sequence[str]) -> bool:
    """The clause says when it must be ("so it has to be a morning", "es muss vormittags sein"):
    "be" before a time, not a state by a deadline ("the car has to be charged by seven", "I have
    to be back for pickup at 2:45", "muss bis 7 Uhr geladen sein")."""
    if set(words) & _BY:
        return False
    for run in _MUST_BE:
        for at in range(len(words) - len(run)):
            if tuple(words[at : at + len(run)]) == run and words[at + len(run)] in _WHEN_AFTER_BE:
                return True
    if "muss" not in words or "sein" not in words:
        return False
    if set(words) & set(_PARTS):
        return True
    # "Es muss ein Freitagnachmittag sein", "Es muss Freitag sein": the day itself is what it must be
    # (hv51-102); not a thing that must be somewhere by a day ("am Freitag muss ein Schriftsatz beim
    # Landgericht sein", hv29-048)
    compound = any(t.startswith(day) and t[len(day) :] in _PARTS for t in words for day in _WEEKDAYS)
    said_of_it = any(a in ("es", "das") and b == "muss" or a == "muss" and b == "es" for a, b in zip(words, words[1:]))
    return said_of_it and (bool(set(words) & set(_WEEKDAYS)) or compound)


#: What follows "has to be" when it names a time: "a morning", "in the afternoon", "on a Friday".
_WHEN_AFTER_BE = frozenset({"a", "an", "in", "on", "the", "before", "after", "this", *_PARTS, *_WEEKDAYS})


def _elsewhere_open(words: Sequence[str]) -> bool:
    """The clause gives a third party's opening hours ("Die Zulassungsstelle hat nur vormittags
    auf", "the council office is only open till noon"), not the customer's own ("wir haben nur
    vormittags auf", "our shop is only open mornings"): a place the customer must go to, no
    limit on our visit."""
    own = _ME | {"wir", "unser", "unsere", "unseren", "unserem", "our", "ours", "us", "mein", "meine", "my"}
    return bool(set(words) & _OPEN) and not set(words) & own and not set(words) & _VENUES


#: Places of the customer's own group where things are fetched or brought ("Das Vereinsheim ist
#: nur Dienstag ab 18 Uhr offen" before "holen Sie die Anlage ab"): their opening hours are when
#: we can come, not an office the customer must go to.
_VENUES = frozenset(
    {"vereinsheim", "vereinshaus", "clubhaus", "clubheim", "gemeindehaus", "gemeindesaal", "pfarrheim",
     "sporthalle", "turnhalle", "clubhouse", "pavilion", "scout", "scouts", "hut"}
)  # fmt: skip


#: Places of work that a business calling in is at: with "wir"/"we" they say when it is open.
_WORKPLACE = frozenset(
    {("im", "buero"), ("in", "der", "firma"), ("in", "the", "office"), ("at", "the", "office"), ("im", "dienst")}
)


#: Shift work said as a habit ("Ich arbeite Spätschicht", "I'm on lates").
_SHIFTS = (("on", "shift"), ("on", "earlies"), ("on", "lates"), ("fruehdienst",), ("spaetdienst",), ("fruehschicht",),
           ("spaetschicht",), ("early", "shift"), ("late", "shift"), ("day", "shift"), ("tagschicht",))  # fmt: skip
#: Night work: away at night only ("I'm on nights all week", "diese Woche Nachtschicht").
_NIGHT_WORK = frozenset({("night", "shift"), ("on", "nights"), ("nachtschicht",), ("nachtdienst",)})
#: Late shifts: away from the afternoon on (:data:`_LATE_SHIFT_START`), in the morning at home.
_LATE_WORK = frozenset({("spaetschicht",), ("spaetdienst",), ("late", "shift"), ("on", "lates")})
_LATE_SHIFT_START = 14.0


#: A club or practice of one's own: "at the astronomy club", "beim Chor", "at choir practice".
_CLUBS = frozenset({"club", "verein", "choir", "chor", "practice", "training", "gym", "probe", "rehearsal"})


#: Words before "working" that make it an adjective ("a working lens", "in working order").
_WORKING_ADJECTIVE = frozenset({"a", "an", "the", "in", "fully", "my", "your", "its", "their", "our", "properly"})


def _away(words: Sequence[str]) -> bool:
    """The clause says the customer is away (:data:`_AWAY`), not working at home."""
    runs = [run for run in _AWAY if has_run(words, run)]
    # "a working lens", "in working order": the adjective, nobody at work
    if ("working",) in runs and all(
        i and words[i - 1] in _WORKING_ADJECTIVE for i, word in enumerate(words) if word == "working"
    ):
        runs.remove(("working",))
    elif ("working",) in runs and {"it", "its", "itll"} & set(words) and not set(words) & _I_AGAIN:
        runs.remove(("working",))  # "so it has to be working by Friday": the thing runs (hv44-185)
    # at a doctor's of any kind: "beim Kinderarzt", "beim Hautarzt", "bei der Frauenärztin"
    doctor = any(a == "beim" and b.endswith("arzt") for a, b in zip(words, words[1:])) or any(
        a == "bei" and b == "der" and c.endswith("aerztin") for a, b, c in zip(words, words[1:], words[2:])
    )
    if doctor:
        runs.append(("beim", "arzt"))
    if has_run(words, ("i", "work")) and {"till", "until"} & set(words):
        runs.append(("i", "work", "until"))  # "I work in a café until three every day"
    # "I'm at the astronomy club every evening from six", "im Verein" (not "at the club from four
    # to let your crew in": there for our visit)
    at_club = any(w in ("at", "im", "beim", "zum") and set(words[i + 1 : i + 4]) & _CLUBS for i, w in enumerate(words))
    if at_club and not set(words) & _SECOND:
        runs.append(("at", "club"))
    if not runs:
        return False
    if runs == [("in", "der", "praxis")] and {"nur", "only"} & set(words) and not {"hause", "daheim"} & set(words):
        return False  # "Ich bin morgen nur von 9 bis 13 Uhr in der Praxis": when they are there
    if runs == [("at", "my")] and not any(
        a == "at" and b == "my" and c in _MY_APPOINTMENTS for a, b, c in zip(words, words[1:], words[2:])
    ):
        return False
    if all(run in _WORKPLACE for run in runs) and {"wir", "we", "were"} & set(words):
        return False  # "Wir sind heute bis 17 Uhr im Büro": a business says when it is open, not away
    working = bool({"arbeite", "working", "work"} & set(words))
    return not (working and any(has_run(words, run) for run in _AT_HOME_WORK))


#: Being at home or reachable: "nur bis zehn zu Hause", "only in till ten".
_PRESENT = frozenset(
    {"hause", "zuhause", "da", "hier", "erreichbar", "home", "here", "around", "available", "offen", "open"}
)


def _present(words: Sequence[str]) -> bool:
    """The clause says the customer is at home or reachable (:data:`_PRESENT`); English "in" only
    as "in till ten" or at the clause's end, not the preposition ("nur bis zehn in der Firma" says
    where they are away)."""
    if set(words) & _PRESENT:
        return True
    # "ich bin erst ab 16 Uhr bei ihm": at the place of the one we come to (hv40-150)
    if any(w == "bei" and words[i + 1 : i + 2] in (["ihm"], ["ihr"], ["uns"]) for i, w in enumerate(words)):
        return True
    return any(w == "in" and (i == len(words) - 1 or words[i + 1] in ("till", "until")) for i, w in enumerate(words))


#: Nobody at all: "Freitag ist keiner zu Hause", "nobody's home on Friday".
_NOBODY = frozenset({"niemand", "keiner", "nobody", "nobodys"})
#: Being away counts only when the customer says it of themselves ("Ich bin ... außer Haus").
_ME = frozenset({"ich", "bin", "i", "im", "ill", "we", "were", "wir"})
#: A day ruled out in so many words ("Dienstag geht nicht", "I can't do Monday").
_NO_GOOD = (
    ("geht", "nicht"), ("geht", "es", "nicht"), ("kann", "ich", "nicht"), ("cant", "do"), ("cannot", "do"),
    ("doesnt", "work"), ("is", "no", "good"), ("passt", "nicht"), ("passt", "mir", "nicht"),
    ("no", "good"),  # "Wednesday's no good" ('s folded into the day)
)  # fmt: skip
#: Words that make the following times the only ones allowed.
_ONLY = frozenset({"nur", "only", "bitte", "please", "either", "entweder"})
#: Before a time that is a target, not an offer ("in time for Friday", "rechtzeitig zur Probe am Donnerstag").
#: Not "spätestens": "dann haben Sie es spätestens am Freitag" is our latest day, an offer.
_TARGET = frozenset({"before", "by", "until", "till", "ahead", "vor", "bis", "zur", "zum", "rechtzeitig"})
#: "for"/"für" makes a target only after these ("in time for Friday", "fertig für Freitag"); "Ich
#: trage Sie für Dienstag ein" is an offer.
_READY_FOR = frozenset({"time", "ready", "fertig", "bereit", "rechtzeitig", "puenktlich"})
#: The customer as the subject: the reply speaks of their plans ("Dann können Sie um eins los",
#: "you're out from one"), not of an offer.
_YOU_SUBJECT = (
    frozenset({"youre", "youve", "youll", "youd"}),
    frozenset({"you"}),
    frozenset({"can", "are", "have", "need", "must", "will", "want", "leave", "go", "get", "be"}),
    frozenset({"sie"}),
    frozenset({"koennen", "sind", "haben", "muessen", "wollen", "brauchen", "moechten", "duerfen", "waeren",
               "haetten", "los"}),
)  # fmt: skip
#: The customer addressed ("your", "Ihnen"): with their own time, a read-back of what they said.
_SECOND = frozenset({"you", "your", "youre", "sie", "ihnen", "ihr", "ihre", "ihren", "ihrem"})
#: A verb of bringing or coming: with it, a day the customer also named is offered ("Unser Kurier
#: bringt die Pokale am Freitag", "it'll be with you Friday"), not read back.
_DELIVERING = frozenset(
    {"bringt", "bringen", "bringe", "liefern", "liefert", "kommt", "kommen", "komme", "schicken", "schicke",
     "schickt", "zustellen", "brings", "bring", "deliver", "delivers", "comes", "come", "send", "arrive",
     "arrives", "ready", "fertig", "da"}
)  # fmt: skip
#: Reaching the customer without a visit: a call, mail or letter ("Ich rufe Sie Donnerstag nach
#: 19 Uhr an", "I'll ring you tomorrow evening") needs no one at home, so limits of being away or at
#: home do not bind it; a deadline still does.
_CALLING = frozenset(
    {"rufe", "rufen", "ruft", "anrufen", "anrufe", "zurueckrufen", "melde", "melden", "meldet", "anruf", "rueckruf",
     "telefonisch", "maile", "mailen", "schreibe", "call", "calls", "ring", "rings", "phone", "phones", "text",
     "email", "e-mail", "mail", "telefonieren", "telefoniere", "message", "messages", "line",
     # a word in writing needs nobody at home either ("Sie haben es morgen schwarz auf weiß")
     "schriftlich", "schwarz", "bestaetigung", "brief", "writing", "confirmation", "letter", "post", "postal",
     "posted"}
)  # fmt: skip
#: Before a weekday, these make it a day gone by ("das Protokoll vom Montag", "since Tuesday",
#: "last Friday"), not an offer.
#: A word in writing, by mail or letter; and a phone that rings.
_WRITTEN = frozenset(
    {"schriftlich", "bestaetigung", "brief", "postfach", "maile", "mailen", "email", "e-mail", "mail", "writing",
     "confirmation", "letter", "post", "postal", "posted", "inbox", "emailed", "message", "sms", "nachricht",
     # pictures and notes sent ("I'll send you a picture every Friday", "Fotos schicke ich Ihnen")
     "picture", "pictures", "photo", "photos", "foto", "fotos", "bild", "bilder", "update", "updates", "note",
     "notes", "notiz"}
)  # fmt: skip
#: A promise given as a thing, like a note: "die Zusage für Samstag".
_PROMISE = frozenset({"zusage", "zusicherung", "promise"})
#: Money moving: a refund or transfer at a time needs nobody at home nor on the phone ("Your
#: refund goes through today", "Die Gutschrift geht heute raus").
_MONEY_MOVES = frozenset(
    {"refund", "refunded", "reimbursed", "erstattung", "erstatten", "erstattet", "rueckerstattung", "gutschrift",
     "ueberweisung", "ueberweisen", "ueberwiesen", "ueberweise", "repaid", "credited"}
)  # fmt: skip
#: Money said to go back ("Your money will be back with you tomorrow", "Der Betrag geht morgen
#: zurück aufs Konto"): a money word with a word of its way back; "Holen Sie das Geld ab" is collected.
_MONEY = frozenset({"money", "geld", "betrag"})
_ON_ITS_WAY_BACK = frozenset({"back", "zurueck", "konto", "account"})
_RINGING = lexicon.RINGING_VERBS
#: A job done or ready: "fertig", "erledigt", "finished".
_DONE = frozenset({"fertig", "erledigt", "abgeschlossen", "done", "finished", "complete", "completed", "ready"})
#: Words that take up the feeling: a day in their clause is what happened, not an offer.
_UNDERSTOOD = frozenset(
    {"verstehe", "verstehen", "verstaendlich", "nachvollziehbar", "understand", "understandable", "sorry",
     "leid", "entschuldigung", "apologise", "apologize",
     # their doubt granted: "I'd doubt us too after Sunday" (hv42-311), "ich würde auch zweifeln"
     "doubt", "zweifeln", "zweifle"}
)  # fmt: skip
_GONE_BY = frozenset({"vom", "seit", "since", "last", "letzten", "letzte", "vergangenen", "previous"})
#: Words that join days into a span or list ("Tuesday to today", "Dienstag, Mittwoch oder heute").
_JOINING = frozenset({"to", "bis", "and", "und", "or", "oder", "through", "till", "until"})
#: Words of leaving: "um zwölf ist er wieder weg" says when a visit ends, not when it is.
_LEAVING = frozenset({"weg", "los", "leave", "leaves", "gone", "wegfaellt", "entfaellt", "ausfaellt", "wegfallen",
                      "entfallen"})  # fmt: skip


#: Verbs of receiving: with the customer as their subject, a time is still ours to keep ("You'll
#: have the file tomorrow at four", "Sie können die Fahne am Donnerstag abholen").
_RECEIVING = frozenset({"have", "get", "receive", "collect", "pick", "bekommen", "erhalten", "abholen", "kriegen"})


#: Money given back or paid for a time: with "for"/"für" before the days, they are what the money
#: is for ("I'm crediting you for Monday and Tuesday", "Wir erstatten Ihnen den Montag").
_PAYING = _MONEY_MOVES | _MONEY | frozenset(
    {"credit", "crediting", "refunding", "refund", "erstatte", "erstatten", "gutschreiben", "schreibe", "charge",
     "charging", "pay", "paying", "zahlen", "bezahlen", "berechnen", "berechne"}
)  # fmt: skip
_PAID_LEADS = frozenset({"for", "fuer"})
#: Words that may stand between "for" and a day it names: "for the Monday", "for Monday and Tuesday".
_DAY_LIST = _JOINING | frozenset({"the", "den", "die", "das", "both", "beide"})


_YOUR = ("your", "ihr", "ihre", "ihrem", "ihren", "ihrer")


def _their_times(
    customer: Sequence[Word], today: int | None, said: Sequence[Limit] | None = None
) -> set[tuple[str, float]]:
    """The day-and-hour times the customer asked for in their line, as (weekday, hour on a
    12-hour clock): "I need a chef this Saturday from seven" gives ("w5", 7.0). Only clock times,
    in sentences that negate nothing, and none that sets a limit ("Am Samstag um 7 bin ich beim
    Arzt" is no time they want; "by Friday at noon" is a deadline, kept to as such)."""
    told = said if said is not None else _limits(customer)  # (the caller's limits, when it has them)
    barred = {id(word) for limit in told for tok in limit.when.tokens for word in tok.words}
    found: set[tuple[str, float]] = set()
    for sentence in _sentences(tokens_of(customer)):
        if {t.text for t in sentence} & _NEGATION:
            continue
        bare: tuple[int, str] | None = None  # the last day said without an hour, and where it ended
        for first, last, when in _whens(sentence):
            if when.day and not when.hours:
                bare = (last, when.day)
                continue
            day = when.day or (bare[1] if bare and first - bare[0] <= 3 else None)  # "Saturday from seven"
            if not (day and when.hours) or when.hours[1] - when.hours[0] > 1.0:
                continue
            if any(id(w) in barred for tok in when.tokens for w in tok.words):
                continue
            found.add((_on_weekday(replace(when, day=day), today).day or "", when.hours[0] % 12))
    return found


_EVENT_ARTICLES = frozenset({"die", "der", "den", "dem", "the", "your", "ihre", "ihrer", "ihren", "ihrem", "ihr"})


def _event_day(texts: Sequence[str], first: int, when: When, customer: Sequence[Word]) -> bool:
    """The day at token ``first`` names the customer's own event, said back with its noun: "Für die
    Gedenkfeier am Sonntag ist er rechtzeitig da" after "Die Gedenkfeier ... ist am Sonntag"
    (hv39-067). The word before the day ("am", "on", "the" skipped) has five letters or more and
    stands in a sentence of theirs that names the same day and negates nothing; no offer. A bare
    hour said back with its noun is theirs the same way: "Ihre Lieferung um zwölf kann kommen" after
    "bis Freitag 12 Uhr ..., da kommt die Lieferung" (hv41-032), when their sentence names that hour."""
    at = first - 1
    while at >= 0 and texts[at] in ("am", "on", "the", "this", "diesen", "diesem", "um", "at", "gegen", "around"):
        at -= 1
    # the word is a noun of theirs: an article or "your" before it ("die Gedenkfeier", "the
    # wedding"), not a verb ("Unser Gärtner kommt am Donnerstag")
    if at < 1 or len(texts[at]) < 5 or not (when.day or when.hours) or texts[at - 1] not in _EVENT_ARTICLES:
        return False
    if at >= 2 and texts[at - 2] in _WHERE_WE_ARE:
        return False  # "Our artist can be at the hotel on Saturday at eleven": where we come, then (hv51-260)

    def hours(words: Iterable[str]) -> set[str]:  # on the 12-hour clock: "um zwei" for "14 Uhr"
        return {f"h{int(t) % 12}" for t in words if t.isdigit() and int(t) <= 24}

    named = {t.text for t in when.tokens}
    day_words = named & (set(_WEEKDAYS) | set(_RELATIVE)) if when.day else hours(named)
    for sentence in _sentences(tokens_of(customer)):
        told = [t.text for t in sentence]
        said = set(told) | hours(told)
        if not (texts[at] in said and day_words & said) or said & _NEGATION:
            continue
        # the noun and its day in one clause ("Die Gedenkfeier ... ist am Sonntag") or the clause
        # after pointing back to the time ("bis Freitag 12 Uhr laufen, da kommt die Lieferung"); not a
        # thing and a day in clauses apart ("Die alten Tabletten sind aufgebraucht, und ich bin
        # morgen nur bis 12 Uhr zu Hause" names no event of tomorrow, hv43-151)
        nouns = [i for i, t in enumerate(told) if t == texts[at]]
        days = [i for i, t in enumerate(told) if t in day_words or hours([t]) & day_words]
        for i in nouns:
            for j in days:
                first, last = min(i, j), max(i, j)
                breaks = [k for k in range(first, last) if sentence[k].comma]
                if not breaks or (j < i and all(told[k + 1] in _POINTING_BACK for k in breaks)):
                    return True
    return False


#: Prepositions of the place we come to: "at the hotel on Saturday", "im Hotel am Samstag".
_WHERE_WE_ARE = frozenset({"at", "in", "im", "bei", "zum", "zur", "to"})

#: Words that open a clause pointing back to the time said before it: "..., da kommt die Lieferung".
_POINTING_BACK = frozenset({"da", "dann", "then", "there", "when"})


def _paid_for(texts: Sequence[str], first: int, clause: set[str]) -> bool:
    """The day at token ``first`` is what money is paid or given back for, not a time offered: "for"
    or "für" leads it, or the list of days it ends ("crediting you for Monday and Tuesday"), in a
    clause of money (:data:`_PAYING`)."""
    if not clause & _PAYING:
        return False
    at = first - 1
    while at >= 0 and (texts[at] in _DAY_LIST or texts[at] in _WEEKDAYS or texts[at] in _RELATIVE):
        at -= 1
    return at >= 0 and texts[at] in _PAID_LEADS


#: Sending a thing off, a step before it reaches the customer: "it goes out tomorrow night", "a
#: courier collects it Wednesday", "das Paket geht Dienstag raus".
_SENDING = frozenset(
    {"dispatch", "dispatched", "dispatches", "ship", "ships", "shipped", "posted", "verschickt", "verschicken",
     "versendet", "versenden", "abgeschickt", "collects", "abholt"}
)  # fmt: skip
_SENDING_RUNS = (("goes", "out"), ("go", "out"), ("going", "out"), ("sent", "off"))
#: Its arrival: "so it lands Thursday", "brings it to you Thursday morning", "ist Donnerstag bei Ihnen".
_ARRIVING = frozenset(
    {"lands", "land", "arrives", "arrive", "arriving", "delivered", "delivers", "deliver", "brings", "bring",
     "ankommt", "ankommen", "landet", "zugestellt", "geliefert", "liefert", "bringt", "bringen"}
)  # fmt: skip


def _sent_before_arrival(texts: Sequence[str], clause: Sequence[str], last: int, later: bool) -> bool:
    """The time ending at token ``last``, in ``clause``, is when the thing is sent off (:data:`_SENDING`),
    and the sentence goes on to when it arrives (an arriving word after it, ``later``: another time
    after it): a step on our side that needs nobody at home ("The parcel goes out tomorrow night, so
    it lands Thursday"; hv38-280); only the arrival meets the customer's days."""
    sending = bool(set(clause) & _SENDING) or any(has_run(clause, run) for run in _SENDING_RUNS)
    # "geht ... raus": German sends with a separable verb
    sending = sending or bool(set(clause) & {"geht", "gehen"} and set(clause) & {"raus", "heraus"})
    return sending and later and bool(set(texts[last + 1 :]) & _ARRIVING)


def _you_subject(texts: Sequence[str]) -> bool:
    """The clause has the customer as the subject of a verb next to "you"/"Sie" (a time they said
    or must keep), not of a verb of receiving what we deliver (:data:`_RECEIVING`; "have to" and
    "get to" are no receiving), nor of being booked ("You're booked for Monday": our booking)."""
    whole, you, verbs, sie, verben = _YOU_SUBJECT
    receiving = any(t in _RECEIVING and texts[i + 1 : i + 2] != ["to"] for i, t in enumerate(texts))
    # "dann haben Sie es am Freitag", "Sie haben das morgen": what we deliver, had (not "Sie haben
    # am Freitag frei")
    had = any(t == "haben" and set(texts[i + 1 : i + 3]) & {"es", "das", "ihn", "den"} for i, t in enumerate(texts))
    # "You're booked for Monday at half three", "Sie sind für Montag eingetragen": our booking, told
    booked = bool(set(texts) & {"booked", "gebucht", "eingetragen", "eingeplant", "pencilled"})
    if receiving or had or booked or ("holen" in texts and "ab" in texts):
        return False
    if set(texts) & whole:
        return True
    pairs = list(zip(texts, texts[1:], strict=False))
    # "Dann bleibt Ihnen noch der Freitag zum Einbauen": the day left to them is theirs (hv53-151)
    left = any(a in ("bleibt", "bleiben") and b == "ihnen" for a, b in pairs)
    return left or any(
        (a in you and b in verbs) or (a in sie and b in verben) or (a in verben and b in sie) for a, b in pairs
    )


@dataclass(frozen=True)
class When:
    """A time named in a line: ``day`` ("w3" Thursday, "n1" next Tuesday, "A5" the Saturday a week after one
    named, "r1" tomorrow, "d14" the 14th, or None)
    and ``hours`` (from, to) in hours of the day, or None; ``tokens``: the words that named it."""

    day: str | None
    hours: tuple[float, float] | None
    tokens: tuple[Token, ...]
    call: bool = False  # a call, mail or letter at that time, no visit: being at home does not matter
    #: Mail or a letter, no call: even "da gehe ich nicht ans Telefon" does not bind it.
    written: bool = False
    guessed: bool = False  # "um sieben" read as 19:00 (:func:`_hour`); it may as well be 7:00
    #: A weekday said with a date ("Samstag, den 14. Juni"): the date, not this week, says which
    #: one, so it is compared by its weekday only ("only Sundays"), never with a deadline.
    dated: bool = False
    #: Collecting ("Sonntagabend holen Sie ihn ab", "pick it up on Sunday"): a window only for
    #: handing it in ("Abgeben kann ich es nur am Freitag") does not bind it.
    collect: bool = False
    #: When our work is done ("ready Friday afternoon", "Freitag ab 14 Uhr fertig"): it needs nobody
    #: at home, but it must be done before a window the customer has to collect it in.
    ready: bool = False
    #: Named as the latest ("spätestens bis 9 Uhr", "by Friday afternoon at the latest"): when it
    #: is done or there at the latest, compared with deadlines only.
    latest: bool = False
    #: The folded words of the offer's clause: what the time is for ("the bottles arrive on
    #: Tuesday"), to tell which of several deadlines binds it (:func:`_deadline_things`).
    about: frozenset[str] = frozenset()

    def said(self) -> str:
        """The words as spoken ("Friday afternoon", "morgen um 14 Uhr")."""
        words = dict.fromkeys(w for tok in self.tokens for w in tok.words)
        return " ".join(w.text.strip() for w in words).strip(" ,.;:!?")


@dataclass(frozen=True)
class Limit:
    """A limit the customer set: ``kind`` "by" (deadline), "earliest" (no day before it: "nicht vor
    dem 15. Juni"), "not" (slot ruled out), "from" (away from that day on: the day and the days
    after it, :func:`_after`), "only" (the slots
    allowed: ``allowed``) or "open" (someone else is in then, ``allowed``: it rules nothing out, but
    an offer inside it breaks no "not" or "from" limit), and the customer's sentence that set it
    (``sentence``)."""

    kind: str
    when: When
    sentence: str
    allowed: tuple[When, ...] = ()
    calls: bool = False  # calls too ("da gehe ich nicht ans Telefon"); otherwise a call needs nobody at home
    #: Calls only ("my phone only works after eight"): a visit or delivery is not bound by it.
    only_calls: bool = False
    today: int | None = None  # the weekday the customer said it is (Monday = 0), for the order of weekdays
    #: A deadline hour that holds every day ("Ich frühstücke um 7 Uhr" for the paper): broken by a
    #: later hour of any day, not only of the day it was said.
    daily: bool = False
    #: An "only" day on which someone else lets us in ("Der Küster kann den Turm nur Freitag
    #: aufschließen"): a visit that day needs not the customer, whatever their own hours say.
    opens: bool = False


def _sentences(tokens: Sequence[Token]) -> list[list[Token]]:
    """``tokens`` split at sentence ends; not at the point of a date ("Samstag, 21. Juni")."""
    found: list[list[Token]] = [[]]
    for at, tok in enumerate(tokens):
        found[-1].append(tok)
        dated = tok.text.isdigit() and at + 1 < len(tokens) and tokens[at + 1].text in _MONTHS
        if tok.sentence_end and not dated:
            found.append([])
    return [s for s in found if s]


def _raw(tok: Token) -> str:
    return " ".join(w.text.strip() for w in tok.words)


def _ante_meridiem(texts: Sequence[str], at: int) -> bool:
    """ "am" at ``at``, after a clock number, is a.m. ("at 9 am"), not the German preposition before
    a day or date ("um vier am Freitag", "um 9 am 14. Mai")."""
    following = texts[at + 1] if at + 1 < len(texts) else ""
    german = following in _WEEKDAYS or following in _RELATIVE or following.isdigit() or following in _MONTHS
    german = german or any(following.startswith(day) for day in _WEEKDAYS)  # "am Freitagnachmittag"
    # ... or any noun after a German lead: "ab halb sechs am Hoftor" (hv51-062)
    german = german or bool(set(texts[max(0, at - 3) : at - 1]) & _GERMAN_HOUR_LEADS)
    return not german


#: German words before a clock number: after them "am" is the preposition, never a.m.
_GERMAN_HOUR_LEADS = frozenset({"um", "ab", "bis", "gegen", "halb", "von", "zwischen", "etwa", "ca", "viertel"})


#: Words after "by nine" / "bis 9" that make the number a clock time.
_AFTER_DEADLINE_HOUR = frozenset(
    {"at", "latest", "spaetestens", "today", "tomorrow", "tonight", "heute", "morgen", "morgens", "abends", *_WEEKDAYS}
)


#: Words that put a clock time in the morning when said beside it.
_MORNING_SAID = frozenset({"morning", "mornings", "morgens", "vormittags", "frueh"})


def _hour(tokens: Sequence[Token], at: int) -> float | None:
    """The clock time at token ``at`` (a number with "Uhr", "am"/"pm", a colon, or after "um",
    "at", "ab", "from", "gegen"), in hours; "halb acht" is 7.5."""
    tok = tokens[at]
    raw = _raw(tok)
    texts = [t.text for t in tokens]
    if raw.lower().strip(".,;:!?") in _ORDINAL_WORDS:
        return None  # "from first thing tomorrow" (hv38-263): "first" folds to 1, no hour
    if "%" in raw or texts[at + 1 : at + 2] in (["percent"], ["prozent"], ["per"]):
        return None  # "at 20% off", "um 10 Prozent": a share, no clock time
    if _duration(texts, at):
        return None  # "nach zwei, drei Stunden", "after two or three hours": how long, not when
    if _minutes_of(texts, at + 2) is not None or _german_minutes(texts, at + 2) is not None:
        return None  # "at ten to five", "um zwanzig vor vier": the minutes, not an hour
    clock = re.fullmatch(r"(\d{1,2})[:.](\d{2})(?:\s*uhr)?[.,!?]?", raw.lower())
    match = re.fullmatch(r"(\d{1,2})(am|pm)?", tok.text)
    # ("tomorrow morning at 6:30", "at 6:30 in the morning": the morning said beside it, hv47-185)
    morning = bool(set(texts[max(0, at - 3) : at + 4]) & _MORNING_SAID)
    if clock and morning and texts[at + 1 : at + 2] != ["pm"]:
        hour = int(clock.group(1)) + int(clock.group(2)) / 60
    elif clock:
        hour = int(clock.group(1)) + int(clock.group(2)) / 60
        if texts[at + 1 : at + 2] == ["pm"] and hour < 12:
            hour += 12  # "6.30 pm"
        elif (
            texts[at + 1 : at + 2] not in (["am"], ["uhr"])
            and "uhr" not in raw.lower()
            and 1 <= int(clock.group(1)) <= 6
        ):
            # "Thursday at 5:30": an afternoon or evening time, as "at five" is ("6:30 Uhr" is the
            # 24-hour clock: the morning, hv39-125)
            hour += 12
    elif match:
        hour = float(match.group(1))
        after = texts[at + 1] if at + 1 < len(texts) else ""
        if hour == 0 and not match.group(2) and after not in ("uhr", "am", "pm"):
            return None  # "the invoice stays at zero" (hv48-215): midnight is said "0 Uhr" or "midnight"
        if after == "am" and not _ante_meridiem(texts, at + 1):
            after = ""  # "ab halb vier am Freitag": German "am", no a.m.
        before = texts[at - 1] if at else ""
        if match.group(2) == "pm" or after == "pm":
            hour += 12 if hour < 12 else 0
        elif not (
            match.group(2)
            or after in ("uhr", "am", "oclock")
            or before in ("um", "at", "ab", "from", "gegen", "after", "nach", "vor", "before", "zwischen", "between")
            or (
                after in ("till", "until", "to", "bis")
                and at + 2 < len(texts)
                and texts[at + 2].isdigit()
                and (
                    _hour_word_after(texts, at + 2)
                    # "von neun bis eins, danach ...": the window ends its clause (hv48-288)
                    or before == "von"
                    and (tokens[at + 2].comma or tokens[at + 2].sentence_end)
                    and texts[at + 3 : at + 4] not in [[unit] for unit in _DURATION]
                )
            )
            or (before == "halb" and at >= 2 and texts[at - 2] in ("um", "ab", "gegen", "nach", "bis", "vor"))
            or _english_fraction(texts, at) is not None
            # "by nine at the latest", "bis 9, spätestens", "by nine tomorrow": a deadline hour (not
            # "by 10 euros": a word of something else after the number)
            or (before in ("by", "bis") and (tok.sentence_end or tok.comma or after in _AFTER_DEADLINE_HOUR))
            # "in by seven and not a minute later", "bis sieben und keine Minute später" (hv52-280)
            or (before in ("by", "bis") and texts[at + 1 : at + 3] in (["and", "not"], ["und", "keine"]))
        ):
            return None  # "um halb acht" is a time; "halb acht" alone may be anything
        if not (match.group(2) or after in ("uhr", "am", "oclock")) and hour < 8:
            hour += 12  # "at two", "um 7": an afternoon or evening hour
        elif after == "oclock" and hour < 7:
            hour += 12  # "two o'clock": nobody books a slot at two in the night
        elif after == "uhr" and hour in (6.0, 7.0) and _spelled(tok):
            hour += 12  # "gegen sieben Uhr", said: the evening, with the morning as the other reading
        elif after == "uhr" and 1.0 <= hour <= 5.0:
            hour += 12  # "um zwei Uhr", "um 3 Uhr": spoken German for 14:00, 15:00 (hv51-089); a guess
        if before == "halb":
            hour -= 0.5
        if before in ("half", "past", "to"):
            fraction = _english_fraction(texts, at)
            if fraction is None:
                return None  # "half" with no "at"/"from"/... before it: not read
            hour += fraction
        elif (minutes := _german_minutes(texts, at)) is not None:
            hour += minutes
    else:
        return None
    return hour if 0 <= hour <= 24 else None


#: Words that fold to a number but name no hour: "first thing", "erst ab".
_ORDINAL_WORDS = frozenset({"first", "second", "third", "erste", "ersten", "erster", "zweite", "dritte"})


#: Units of a length of time: a number before one says how long, not when.
_DURATION = frozenset(
    {"stunde", "stunden", "minute", "minuten", "tag", "tage", "tagen", "woche", "wochen", "hour", "hours",
     "minutes", "day", "days", "week", "weeks", "halbe", "monat", "monate", "monaten", "month", "months",
     "jahr", "jahre", "jahren", "year", "years"}
)  # fmt: skip


def _duration(texts: Sequence[str], at: int) -> bool:
    """The number at ``at`` counts a length of time: a unit follows it, or follows the next number
    of a list or span ("zwei, drei Stunden", "two or three hours", "2 bis 3 Tage")."""
    after = texts[at + 1 : at + 4]
    if after[:1] and after[0] in _DURATION:
        return True
    joined = len(after) >= 2 and (after[0] in ("oder", "or", "bis", "to") or after[0].isdigit())
    number_then_unit = after[1:2] and after[1] in _DURATION and after[0].isdigit()
    return bool(number_then_unit) or (joined and after[1].isdigit() and after[2:3] and after[2] in _DURATION)


def _guessed(tokens: Sequence[Token], at: int, hour: float | None) -> bool:
    """The hour at ``at`` was put in the afternoon or evening by guess ("um 7" read as 19:00), not
    said so ("7 pm", "19 Uhr")."""
    text = tokens[at].text
    after = tokens[at + 1].text if at + 1 < len(tokens) else ""
    clock = re.fullmatch(r"(\d{1,2})[:.]\d{2}", _raw(tokens[at]).lower().rstrip(".,!?"))
    number = int(text) if text.isdigit() else (int(clock.group(1)) if clock else None)
    # one to five in the night is no time for a visit: only six and seven may mean the morning
    # (five only for an early-morning window: :func:`_five_in_the_morning`)
    # ("sieben Uhr" said in words may be either; "7 Uhr" in digits is the morning, "19 Uhr" the evening)
    said_uhr = after == "uhr" and _spelled(tokens[at])
    if hour is not None and number in (1, 2, 3, 4, 5) and after == "uhr" and hour >= 12:
        return True  # "um zwei Uhr" read as 14:00 (:func:`_hour`), so that "früh um 5 Uhr" can undo it
    return hour is not None and number in (6, 7) and hour >= 12 and (after not in ("pm", "uhr") or said_uhr)


def _spelled(token: Token) -> bool:
    """The number was said in words ("sieben"), not written in digits ("7")."""
    return _raw(token).strip(".,;:!?").isalpha()


def _habit_elsewhere(whens: Sequence[tuple[int, int, When]], c_first: int, c_last: int) -> bool:
    """Every day the sentence names stands outside the clause ``c_first..c_last`` as a habit
    ("on Sundays", "montags"), so it is not the day of a time the clause names without one."""
    days = [w for first, _, w in whens if w.day and not c_first <= first <= c_last]
    return bool(days) and all(
        w.tokens and w.tokens[-1].text.endswith("s") and w.tokens[-1].text[:-1] in _WEEKDAYS for w in days
    )


def _next_week_after(texts: Sequence[str], index: int) -> int | None:
    """The index of "Woche"/"week" when the weekday at ``index`` is followed by next week
    ("Samstag nächste Woche", "Samstag in der kommenden Woche", "Saturday of next week");
    ``None`` otherwise."""
    at = index + 1
    while at < len(texts) and texts[at] in ("der", "in", "of", "the"):
        at += 1
    if at + 1 < len(texts) and texts[at] in _NEXT and texts[at + 1] in ("woche", "week"):
        return at + 1
    return None


def _whens(tokens: Sequence[Token]) -> list[tuple[int, int, When]]:
    """Every time named in ``tokens``: (first index, last index, :class:`When`)."""
    found: list[tuple[int, int, When]] = []
    texts = [t.text for t in tokens]
    index = 0
    while index < len(tokens):
        text = texts[index]
        day: str | None = None
        hours: tuple[float, float] | None = None
        last = index
        begin = index
        compound = next((w for w in _WEEKDAYS if text.startswith(w) and text[len(w) :] in _PARTS), None)
        plural = text[:-1] in _WEEKDAYS and text.endswith("s")
        if text in ("wochenende", "weekend"):
            day = "w5"  # the weekend from its Saturday: "am Wochenende bin ich nicht da"
            if index and texts[index - 1] in _NEXT_WEEK:
                day, begin = "n5", index - 1  # "next weekend", "nächstes Wochenende"
        elif text in _WEEKDAYS or plural:
            day = f"w{_WEEKDAYS[text if text in _WEEKDAYS else text[:-1]]}"
            if index and texts[index - 1] in _NEXT_WEEK:
                day, begin = "n" + day[1:], index - 1  # "nächsten Dienstag": next week's
            elif index >= 2 and texts[index - 2] in _NEXT and texts[index - 1] in ("woche", "week"):
                day, begin = "n" + day[1:], index - 2  # "nächste Woche Montag", "next week Monday"
            elif (after := _next_week_after(texts, index)) is not None:
                day, last = "n" + day[1:], after  # "Samstag nächste Woche", "Saturday of next week"
            elif index >= 3 and texts[index - 3 : index] == ["a", "week", "on"]:
                day, begin = "n" + day[1:], index - 3  # "a week on Saturday": that day next week (hv40-183)
            elif texts[index + 1 : index + 2] == ["week"] and not plural:
                day, last = "n" + day[1:], index + 1  # "Saturday week"
            elif _after_next_weekend(tokens, index):
                day = "n" + day[1:]  # "next weekend I could do Saturday": that weekend's Saturday
            elif (
                index
                and texts[index - 1] in ("the", "den", "am")
                and texts[index + 1 : index + 2] in (["after"], ["danach"], ["darauf"])
            ):
                # "the Saturday after", "am Samstag darauf": a week after the one just named (hv52-183)
                day, last = "A" + day[1:], index + 1
            if plural and _raw(tokens[index]).lower().endswith(("'s", "’s")):
                found.append((index, index, When(day, None, (tokens[index],))))  # "Friday's": whose, not when
                index += 1
                continue
        elif compound is not None:
            day, hours = f"w{_WEEKDAYS[compound]}", _PARTS[text[len(compound) :]]
        elif text in _RELATIVE and not (text == "morgen" and index and texts[index - 1] in ("guten", "am")):
            day = f"r{_RELATIVE[text]}"
            if text == "tomorrow" and texts[max(0, index - 2) : index] == ["day", "after"]:
                day = "r2"  # "the day after tomorrow"
            hours = _PARTS.get(text)
        elif text.isdigit() and 1 <= int(text) <= 31:
            raw = _raw(tokens[index]).lower()
            after = texts[index + 1] if index + 1 < len(texts) else ""
            before = texts[index - 1] if index else ""
            raw = raw.rstrip(",;:!?")
            # "21st", "am 9."; "first thing in the morning" names no day of the month
            ordinal = (raw[:1].isdigit() and raw.rstrip(".").endswith(("st", "nd", "rd", "th"))) or (
                raw.endswith(".") and raw[:1].isdigit() and before in ("am", "zum", "bis", "den", "vom", "der", "dem")
            )
            # ("Samstag, 14. Juni": a day of the month before a month after a weekday, or with its point)
            dated = before in ("am", "zum", "bis", "den", "the", "on", "by") or before in _WEEKDAYS or raw.endswith(".")
            if ordinal or (after in _MONTHS and dated):
                day = f"d{int(text)}"
        hour_at = None
        guessed = False
        if day is None:
            hour = _hour(tokens, index)
            if hour is None and text in _PARTS:
                hours = _PARTS[text]
                first_thing = texts[max(0, index - 4) : index] in (
                    ["first", "thing", "in", "the"],
                    ["1", "thing", "in", "the"],
                )
                if text == "morning" and first_thing and not set(texts[max(0, index - 8) : index + 4]) & _DAY_NAMES:
                    day = "r1"  # "first thing in the morning": tomorrow's, said in the day
            elif hour is not None:
                hours, hour_at = (hour, hour + 1.0), index
                guessed = _guessed(tokens, index, hour)
                span = _range_end(tokens, index, hour)
                if span is not None:  # "zwischen 18 und 20 Uhr", "between eight and ten"
                    # ("zwischen sieben und neun": read as the evening by guess, as "um sieben" is)
                    hours, hour_at = span[:2], span[2]
            if hours is None:
                index += 1
                continue
        # what follows in the same clause may say the part of the day or the clock time
        at = (hour_at if hour_at is not None else last) + 1
        part = hours if hour_at is None else None  # "Dienstagabend", "tomorrow evening": no clock yet
        while (
            at < len(tokens)
            and at <= last + 4
            and not tokens[at - 1].sentence_end
            # a comma ends the time, except "Freitag, neun Uhr" / "tomorrow evening, seven o'clock":
            # the clock time of the day (or part of it) just named
            and (
                not tokens[at - 1].comma
                or (at == last + 1 and day and hours == part and (_hour(tokens, at) or _fraction_then_hour(tokens, at)))
            )
        ):
            if texts[at] in _FROM or texts[at] in _BY or texts[at] in ("oder", "or"):
                # "morgen ab 13 Uhr": the span's start is a time of its own; so is each time of a
                # choice ("nur vor acht oder nach 17 Uhr")
                break
            if (texts[at] in _WEEKDAYS or texts[at] in _RELATIVE) and texts[at - 1] in _DAY_JOIN:
                break  # "Wednesday and Thursday mornings": the next day is a time of its own
            if day and day[0] == "w" and _ordinal(tokens[at]):
                break  # "Monday the 23rd at 7": the date is a time of its own, with the clock time
            if day is None and texts[at] in _WEEKDAYS and texts[at - 1] in ("on", "am"):
                day, last = f"w{_WEEKDAYS[texts[at]]}", at  # "at nine on Wednesday": that day's nine
                if texts[at + 1 : at + 2] == ["week"]:
                    day, last = "n" + day[1:], at + 1  # "at seven on Saturday week": next week's
                at += 1
                continue
            clock_end = texts[at - 1] in ("uhr", "oclock", "am", "pm") and at == last + 2
            if day is None and hours is not None and texts[at] in _RELATIVE and (at == last + 1 or clock_end):
                # "at six tonight", "at eight tomorrow", "um acht Uhr morgen": that day's clock time
                day, last = f"r{_RELATIVE[texts[at]]}", at
                if texts[at] in _PARTS and hour_at is not None:
                    hour, guessed = _in_part(hours[0], guessed, _PARTS[texts[at]])
                    hours = (hour, hour + hours[1] - hours[0])
                at += 1
                continue
            if texts[at] in _PARTS and (hours is None or (hour_at is None and hours == part)):
                hours = part = _PARTS[texts[at]]
                last = at
            elif texts[at] in _PARTS and hours is not None:
                # "at seven in the morning", "Friday between eight and ten in the evening": the part
                # says which seven
                hour, guessed = _in_part(hours[0], guessed, _PARTS[texts[at]])
                hours, last = (hour, hour + hours[1] - hours[0]), at
            else:
                hour = _hour(tokens, at)
                if hour is not None:
                    guessed = _guessed(tokens, at, hour)
                    hour, guessed = _in_part(hour, guessed, part)
                    hours, last = (hour, hour + 1.0), at
                    span = _range_end(tokens, at, hour)
                    if span is not None:  # "morgen zwischen 19 und 21 Uhr"
                        hours, last = span[:2], span[2]
                        at = last
                    if last + 1 < len(texts) and texts[last + 1] in ("uhr", "am", "pm", "oclock"):
                        last += 1
            at += 1
        last = (
            max(last, hour_at + (1 if hour_at + 1 < len(texts) and texts[hour_at + 1] in ("uhr", "am", "pm") else 0))
            if hour_at is not None
            else last
        )
        if day and day[0] == "d" and last + 1 < len(texts) and texts[last + 1] in _MONTHS:
            last += 1  # "am 9. Mai"
        elif (
            day and day[0] == "d" and texts[last + 1 : last + 2] == ["of"] and set(texts[last + 2 : last + 3]) & _MONTHS
        ):
            last += 2  # "the 6th of July"
        shown = begin  # the words quoted: "half ten", not "ten"
        while shown and hours and texts[shown - 1] in _FRACTION_WORDS:
            shown -= 1
        found.append((begin, last, When(day, hours, tuple(tokens[shown : last + 1]), guessed=guessed)))
        index = last + 1
    return _read_on(_shared_hours(found, texts), tokens)


def _fraction_then_hour(tokens: Sequence[Token], at: int) -> bool:
    """A clock time opens at ``at`` with its fraction: "half eleven", "halb zwölf", "quarter past
    ten" said right after a day and a comma ("Next Tuesday, half eleven", heard in the TUI)."""
    texts = [t.text for t in tokens]
    if texts[at] not in _FRACTION_WORDS:
        return False
    number = at + 1 if texts[at + 1 : at + 2] != ["past"] and texts[at + 1 : at + 2] != ["nach"] else at + 2
    return number < len(tokens) and texts[number].isdigit() and _hour(tokens, number) is not None


def _ordinal(token: Token) -> bool:
    """The token is a day of the month said as an ordinal: "23rd", "1st"."""
    raw = _raw(token).lower().rstrip(",;:!?.")
    return raw[:1].isdigit() and raw.endswith(("st", "nd", "rd", "th")) and raw[:-2].isdigit()


def _span_second(texts: Sequence[str], at: int) -> tuple[int, float] | None:
    """Where the second number of a span from the number at ``at`` stands, and the fraction of an
    hour its clock words add: "between ten and eleven" (at + 2, 0), "between ten and half eleven"
    (British 11:30: at + 3, +0.5), "zwischen zehn und halb zwölf" (11:30: at + 3, -0.5), "from nine
    to quarter past ten" (at + 4, +0.25). None when no number follows the joining word."""
    if at + 2 >= len(texts):
        return None
    if texts[at + 2].isdigit():
        return at + 2, 0.0
    words = tuple(texts[at + 2 : at + 4])
    if words[0] in ("half", "halb") and at + 3 < len(texts) and texts[at + 3].isdigit():
        return at + 3, 0.5 if words[0] == "half" else -0.5
    fractions = {("half", "past"): 0.5, ("quarter", "past"): 0.25, ("quarter", "to"): -0.25}
    fractions |= {("viertel", "nach"): 0.25, ("viertel", "vor"): -0.25}
    if words in fractions and at + 4 < len(texts) and texts[at + 4].isdigit():
        return at + 4, fractions[words]
    return None


def _span_number(token: Token) -> float:
    """A number of a span of hours as said: "11:30" (folded to "1130") is 11.5 hours, "8" is 8."""
    clock = re.fullmatch(r"(\d{1,2})[:.](\d{2})(?:\s*uhr)?[.,!?]?", _raw(token).lower())
    return int(clock.group(1)) + int(clock.group(2)) / 60 if clock else float(token.text)


def _range_end(tokens: Sequence[Token], at: int, hour: float) -> tuple[float, float, int] | None:
    """A span of hours from the number at ``at`` ("zwischen 18 und 20 Uhr", "between eight and
    ten", "between ten and half eleven", "1 till 5 pm", "7 till 8 am"): (start, end) in hours, with
    "am"/"pm" after the second number said of both, and the index of the second number;
    ``hour``: the first number as :func:`_hour` read it. Else None."""
    texts = [t.text for t in tokens]
    second_at = _span_second(texts, at) if texts[at].isdigit() else None
    if second_at is None:
        return None
    end, fraction = second_at
    between = at and texts[at - 1] in ("zwischen", "between") and texts[at + 1] in ("und", "and", "bis", "to")
    # "1 till 2 pm", "9 to 10", "von 8 bis 12": a window of hours, not "two to three days"
    window = texts[at + 1] in ("till", "until", "to", "bis") and _hour_word_after(texts, end)
    # ... or "from nine till one, the players work in the afternoon" (hv48-288): "from" and a
    # second number that ends its clause, no length of time after it
    ended = tokens[end].comma or tokens[end].sentence_end
    # (its fraction first: "from half twelve to half one, and she'll arrive early", hv53-312)
    lead = texts[at - 2] if at > 1 and texts[at - 1] in ("half", "halb") else (texts[at - 1] if at else "")
    window = window or (
        texts[at + 1] in ("till", "until", "to", "bis")
        and at > 0
        and lead in ("from", "von")
        and (ended or texts[end + 1 : end + 2] == [])
        and texts[end + 1 : end + 2] not in [[unit] for unit in _DURATION]
    )
    if not (between or window):
        return None
    first, second = _span_number(tokens[at]), _span_number(tokens[end])
    marker = texts[end + 1] if end + 1 < len(texts) else ""
    # "7 till 11 in the morning", "7 bis 11 Uhr morgens": the part of the day after the words between
    later = next((t for t in texts[end + 1 : end + 4] if t in _PARTS), None)
    if marker in ("in", "uhr") and later is not None:
        marker = later
    if marker in _PARTS and _PARTS[marker][1] <= 12.0:
        second += fraction
        return (first, second, end) if first < second else None  # the morning: as said
    if marker == "pm":
        first, second = first + (12 if first < 12 else 0), second + (12 if second < 12 else 0)
    elif marker != "am" and _PARTS.get(marker, (0.0, 0.0))[1] > 12.0:
        first, second = hour, second + (12 if second < 12 else 0)  # "in the evening" is read after
    elif marker == "uhr" and not _spelled(tokens[at]) and not _spelled(tokens[end]) and first < second:
        pass  # "von 7 bis 12 Uhr" written in digits: the 24-hour clock, as in :func:`_guessed`
    elif marker != "am" and second == 12.0 and first < 12.0:
        pass  # "from 7 to 12", "von sieben bis zwölf": a morning up to noon, not 19:00 to midnight
    elif marker != "am":
        first = hour  # no marker: the first number as read, the second on the same half of the day
        if second < first and second + 12 <= 24:
            second += 12
    second += fraction
    return (first, second, end) if first < second <= 24 else None


#: Words an English clock time with a fraction follows: "at half twelve", "from quarter past two".
_CLOCK_LEAD = frozenset({"at", "from", "till", "until", "by", "around", "about", "after", "before", "between", "and"})


#: Minutes said before "past"/"to" in an English clock time ("ten past four", "twenty to six").
_MINUTES = frozenset({"5", "10", "20", "25"})
#: Leads before "ten to five" that make it a clock time, not a span ("from ten to five" is one).
_TO_LEADS = frozenset({"at", "around", "about", "by", "before", "after", "till", "until"})


def _minutes_of(texts: Sequence[str], at: int) -> float | None:
    """The hours the minutes before the hour at ``at`` add: "at ten past four" +10/60, "at twenty
    to six" -20/60 (a lead of :data:`_CLOCK_LEAD` before the minutes; "to" not after "from" or
    "between", where "from ten to five" is a span); None when there are none."""
    if at < 3 or at >= len(texts) or not texts[at].isdigit():
        return None
    before, minutes, lead = texts[at - 1], texts[at - 2], texts[at - 3]
    if minutes not in _MINUTES or before not in ("past", "to"):
        return None
    if before == "past" and lead in _CLOCK_LEAD:
        return int(minutes) / 60
    if before == "to" and lead in _TO_LEADS:
        return -int(minutes) / 60
    return None


#: Words a German clock time with minutes follows: "um zwanzig vor vier", "gegen zehn nach drei".
_GERMAN_CLOCK_LEAD = frozenset({"um", "gegen", "ab", "bis", "etwa", "ca", *_WEEKDAYS, "heute", "morgen"})


def _german_minutes(texts: Sequence[str], at: int) -> float | None:
    """The hours the minutes before the hour at ``at`` add in German: "um zehn nach drei" +10/60,
    "um zwanzig vor vier" -20/60, "um Viertel nach drei" +1/4 (a lead of
    :data:`_GERMAN_CLOCK_LEAD` before the minutes); None when there are none."""
    if at < 3 or at >= len(texts) or not texts[at].isdigit():
        return None
    before, minutes, lead = texts[at - 1], texts[at - 2], texts[at - 3]
    if before not in ("vor", "nach") or lead not in _GERMAN_CLOCK_LEAD:
        return None
    if minutes == "viertel":
        part = 0.25
    elif minutes in _MINUTES:
        part = int(minutes) / 60
    else:
        return None
    return part if before == "nach" else -part


def _english_fraction(texts: Sequence[str], at: int) -> float | None:
    """The fraction of an hour an English clock time at ``at`` adds, after a lead word
    (:data:`_CLOCK_LEAD`): "at half twelve" (British, 12:30) and "at half past two" +0.5, "at
    quarter past two" +0.25, "at quarter to three" -0.25, "at ten to five" -1/6 (:func:`_minutes_of`);
    None when there is none."""
    before = texts[at - 1] if at else ""
    if before == "half" and at >= 2 and texts[at - 2] in _CLOCK_LEAD:
        return 0.5
    # "Half eleven on Sunday works for us" (hv48-187), "Sunday, half eleven": the sentence opens with
    # it, or a day names it
    if before == "half" and (at == 1 or texts[at - 2] in _WEEKDAYS or texts[at - 2] in _RELATIVE):
        return 0.5
    if (minutes := _minutes_of(texts, at)) is not None:
        return minutes
    if before in ("past", "to") and at >= 3 and texts[at - 2] in ("half", "quarter"):
        lead = texts[at - 3] if texts[at - 3] != "a" else (texts[at - 4] if at >= 4 else "")
        # ("get to you for quarter past seven": "quarter past" is a clock time after "for" too, hv51-312)
        if lead in _CLOCK_LEAD | {"for"}:
            part = 0.5 if texts[at - 2] == "half" else 0.25
            return part if before == "past" else -part
    return None


def _hour_word_after(texts: Sequence[str], at: int) -> bool:
    """The number at ``at`` ends a window of hours: a clock word, a part of the day or the end of
    the clause follows ("9 till 10 in the morning", "1 till 5 pm", "Wednesday, 8 till 12?")."""
    after = texts[at + 1] if at + 1 < len(texts) else ""
    # (or where someone is then: "nur von sieben bis zwölf da", "from 7 till 12 at home")
    ends = ("", "uhr", "am", "pm", "oclock", "in", "then", "does", "dann", "da", "zu", "im", "at", "zuhause", "daheim")
    return after in ends or after in _PARTS


def _after_next_weekend(tokens: Sequence[Token], at: int) -> bool:
    """The weekday at ``at`` follows "next weekend" / "nächstes Wochenende" in its sentence, at most
    six words before it: a day of that weekend ("next weekend I could do Saturday at eleven")."""
    start = at
    while start > max(0, at - 6) and not tokens[start - 1].sentence_end:
        start -= 1
    texts = [t.text for t in tokens[start:at]]
    return any(a in _NEXT_WEEK | {"naechstes"} and b in ("weekend", "wochenende") for a, b in zip(texts, texts[1:]))


def _in_part(hour: float, guessed: bool, part: tuple[float, float] | None) -> tuple[float, bool]:
    """A clock hour said with a part of the day before it: "früh um sieben" is 7:00 (not the
    evening :func:`_hour` guesses), "tomorrow evening, seven o'clock" 19:00; (hour, still a guess)."""
    if part is None:
        return hour, guessed
    if part[1] <= 12.0 and hour >= 12.0 and guessed:
        return hour - 12.0, False
    if part[0] >= 12.0 and hour < 12.0:
        return hour + 12.0, False
    if (part[0] >= 12.0 and hour >= 12.0) or (part[1] <= 12.0 and hour < 12.0):
        return hour, False  # "at six tonight": the part confirms the reading
    return hour, guessed


#: Days joined so that a part of the day said after the last one holds for all of them.
_DAY_JOIN = frozenset({"und", "and", "oder", "or"})


def _shared_hours(found: list[tuple[int, int, When]], texts: Sequence[str]) -> list[tuple[int, int, When]]:
    """ "Wednesday and Thursday mornings", "Montag oder Dienstag vormittags": the part of the day
    said after the last day holds for the days joined to it before."""
    shared = list(found)
    for at in range(len(shared) - 2, -1, -1):
        first, last, when = shared[at]
        after_first, _, after = shared[at + 1]
        # ("Montag bis Mittwoch vormittags": each day of the span, :func:`_span_days`)
        joined = after_first == last + 2 and texts[last + 1] in _DAY_JOIN | _SPAN_TO
        if joined and when.day and when.hours is None and after.day and after.hours and not after.guessed:
            shared[at] = (first, last, replace(when, hours=after.hours))
    return shared


def _read_on(found: list[tuple[int, int, When]], tokens: Sequence[Token]) -> list[tuple[int, int, When]]:
    """ "um 19 Uhr ..., und um acht ist sie fertig", "at seven, done by nine": a bare hour after an
    afternoon or evening hour of the same sentence is read on from it (20:00, not 8:00)."""
    texts = [t.text for t in tokens]
    shared = list(found)
    for at in range(1, len(shared)):
        first, last, when = shared[at]
        _, before_last, before = shared[at - 1]
        # a bare number, no "Uhr"/"am"/"pm", no day and no part of the day ("vormittags")
        bare = texts[last + 1 : last + 2] not in (["uhr"], ["am"], ["pm"]) and when.day is None
        bare = bare and texts[last].isdigit() and first == last
        same = not any(tokens[i].sentence_end for i in range(before_last, first))
        if (
            bare
            and same
            and when.hours
            and before.hours
            and not before.guessed  # "um sieben ..., gegen halb zehn": the first a guess, nothing to read on from
            and before.hours[0] >= 12
            and when.hours[0] < 12
            and 0 < when.hours[0] + 12 - before.hours[0] <= 4
        ):
            shared[at] = (first, last, replace(when, hours=(when.hours[0] + 12, when.hours[1] + 12)))
    return shared


#: The article that counts one ("in einer Woche", "a week"); other number words come folded into
#: digits by the tokenizer (:func:`voicecoach.core.text.tokens_of`: "drei" is "3").
_ONE = frozenset({"ein", "eine", "einer", "einen", "a", "an"})
_WEEK_WORDS = frozenset({"woche", "wochen", "week", "weeks"})
_DAY_WORDS = frozenset({"tage", "tagen", "werktage", "werktagen", "arbeitstage", "arbeitstagen", "days"})
#: "nächste Woche", "Anfang nächster Woche", "early next week", "in der kommenden Woche".
_NEXT = frozenset({"naechste", "naechster", "naechsten", "kommende", "kommenden", "next"})


def _count(text: str) -> int | None:
    return int(text) if text.isdigit() else (1 if text in _ONE else None)


def _later(tokens: Sequence[Token]) -> list[tuple[int, int, When]]:
    """Times a week or more away, or a count of days: "nächste Woche" / "next week" (day "N"), "in
    drei bis vier Wochen" / "ten working days" (day "L": a week or more), "up to two days" (day
    "R2": that many days from today). They are compared with deadlines only (:func:`conflicts`)."""
    found: list[tuple[int, int, When]] = []
    texts = [t.text for t in tokens]
    for at, text in enumerate(texts):
        before = texts[at - 1] if at else ""
        if text in ("woche", "week") and before in _NEXT:
            found.append((at - 1, at, When("N", None, tuple(tokens[at - 1 : at + 1]))))
        elif text in _WEEK_WORDS | _DAY_WORDS and at:
            # the largest count just before: "drei bis vier Wochen", "two to three working days"
            # (only the count and its range words: not "14 Uhr, eingeplant, zwei Tage")
            start = at
            while start > max(0, at - 4) and (
                _count(texts[start - 1]) is not None
                or texts[start - 1] in ("bis", "to", "oder", "or", "working", "business")
            ):
                start -= 1
            window = texts[start:at]
            counts = [n for n in map(_count, window) if n is not None]
            if not counts or (text in _DAY_WORDS and before in _ONE | {"1"}):
                continue
            if texts[at + 1 : at + 2] in (["like"], ["wie"]):
                continue  # "in a week like this": what kind of week, no time (hv45-253)
            # "zwei Tage vor Ihrem Kunden", "vor zwei Tagen", "three days ago": not counted from today
            relative = texts[at + 1 : at + 2] in (["vor"], ["before"], ["nach"], ["after"], ["ago"], ["frueher"])
            # ("Fundsachen werden nach sieben Tagen an die Zentrale gegeben": after some event, a
            # rule's stretch, not counted from today; hv44-149)
            if relative or (start and texts[start - 1] in ("vor", "seit", "since", "nach", "after")):
                continue
            # "für die acht Tage", "for the eight days", "for those three weeks": a stretch already
            # known (the outage), not a time from today, with "für"/"for" or without
            # ("die drei Wochen zählen ab diesem Tag": the booked stretch as the subject, hv55-030)
            if start >= 1 and texts[start - 1] in _KNOWN_STRETCH:
                continue
            days = max(counts) * (7 if text in _WEEK_WORDS else 1)
            working = before in ("working", "business") or text.startswith(("werk", "arbeit"))
            days = days * 7 // 5 if working else days
            first = at - len(window) + next(i for i, w in enumerate(window) if _count(w) is not None)
            found.append((first, at, When("L" if days >= 7 else f"R{days}", None, tuple(tokens[first : at + 1]))))
    return found


#: Articles before a count of days that points back to a stretch already named.
_KNOWN_STRETCH = frozenset({"die", "diese", "the", "those", "these"})


#: "und"/"and" before the customer as a new subject opens a clause of its own: "I've got twenty
#: people here on Saturday and I'm out all day Friday" rules out Friday, not Saturday.
_AND = frozenset({"und", "and", "aber", "but"})
_I_AGAIN = frozenset({"ich", "i", "im", "ive", "ill", "id", "wir", "we", "were"})
_PLEASE = frozenset({"please", "bitte"})
#: A German first-person verb that opens a clause after "und" with the "ich" left out ("Ich habe
#: Spätschicht bis 23 Uhr und gehe nur vormittags ans Telefon"): when that clause is of the phone,
#: it is a clause of its own (of being in, "und bin erst ab 16:30 Uhr zu Hause" goes on the first).
_MY_VERB = frozenset({"bin", "habe", "hab", "gehe", "arbeite", "komme", "fahre", "bleibe", "kann", "muss"})


def _weekday(text: str) -> bool:
    """Whether a folded token names a weekday, one or every ("Montag", "mondays")."""
    return text in _WEEKDAYS or text.removesuffix("s") in _WEEKDAYS


def _again(sentence: Sequence[Token], at: int) -> bool:
    """After "und"/"and", the clause from ``at`` has the customer speak of themselves again
    (:data:`_I_AGAIN`), or of their phone with the "ich" left out (:data:`_MY_VERB`)."""
    if sentence[at].text in _I_AGAIN:
        return True
    rest = set()
    for tok in sentence[at + 1 :]:
        rest.add(tok.text)
        if tok.comma:
            break
    return sentence[at].text in _MY_VERB and bool(rest & (_PHONE | _REACHABLE))


#: Words a clause of times alone may hold beside days and numbers: "am Dienstag oder Donnerstag
#: nächste Woche", "between twelve and one".
_TIME_GLUE = frozenset({"am", "on", "oder", "or", "und", "and", "naechste", "naechsten", "kommende", "kommenden",
                        "woche", "next", "week", "zwischen", "between", "uhr", "bis", "to", "till", "von", "from",
                        "halb", "half", "the", "den", "dem", "in", "der", "this", "diese", "diesen"})  # fmt: skip


def _times_only(sentence: Sequence[Token], at: int) -> bool:
    """The words from ``at`` to the next comma or the sentence's end name times alone (days,
    numbers, :data:`_TIME_GLUE`), no verb of their own."""
    for tok in sentence[at:]:
        if not (tok.text[:1].isdigit() or _weekday(tok.text) or tok.text in _TIME_GLUE or tok.text in _PARTS):
            return False
        if tok.comma or tok.sentence_end:
            break
    return True


def _clauses(sentence: Sequence[Token]) -> list[tuple[int, int]]:
    """(first, last) token index of each clause of a sentence (split at commas but not in a list of
    days, and before "und"
    / "and" when the customer speaks of themselves again: :data:`_AND`)."""
    found: list[tuple[int, int]] = []
    start = 0
    narrowing = False  # the clause took in a window said after its comma
    for i, tok in enumerate(sentence):
        if i > start and tok.text in _AND and i + 1 < len(sentence) and _again(sentence, i + 1):
            found.append((start, i - 1))
            start = i
            narrowing = False
        # a list of days is one clause: "nur Montag, Dienstag oder Freitag ab 14 Uhr"
        listed = i + 1 < len(sentence) and _weekday(tok.text) and _weekday(sentence[i + 1].text)
        listed = listed and _raw(tok).rstrip().endswith(",")  # not "on Wednesday; Thursday I'm ..."
        # the list goes on to a join or another day ("Montag, Dienstag und Mittwoch"); "I'm out
        # Tuesday and Wednesday, Thursday works" starts a clause of its own
        after = sentence[i + 2].text if i + 2 < len(sentence) else ""
        listed = listed and (after in _DAY_JOIN or _weekday(after))
        # the window or days said after a comma are the "only" of the clause before it: "and only
        # in the lunch hour, between twelve and one" (hv53-312), "Es geht nur in der Schulzeit, am
        # Dienstag oder Donnerstag nächste Woche, zwischen 8 und 11:30 Uhr" (hv53-131)
        # (only an "only" of no time of its own: "nur am Freitag ab 16 Uhr, am Montag um 7 Uhr
        # brauche ich es" says two things)
        # (what follows is times alone, up to its comma: ", am Montag ist wieder Schule" says more)
        ahead = [t.text for t in sentence[i + 1 : i + 3]]
        so_far = [t.text for t in sentence[start : i + 1]]
        narrowed = (
            tok.comma
            and bool(ahead)
            and (ahead[0] in ("between", "zwischen") or ahead[0] in ("am", "on") and _weekday(ahead[-1]))
            and bool({"nur", "only"} & set(so_far))
            and (narrowing or not any(t[:1].isdigit() or _weekday(t) for t in so_far))
            and _times_only(sentence, i + 1)
        )
        narrowing = narrowing or narrowed
        if (tok.comma and not listed and not narrowed) or i == len(sentence) - 1:
            found.append((start, i))
            start = i + 1
            narrowing = False
    return found


def _on_weekday(when: When, today: int | None) -> When:
    """``when`` with "heute"/"morgen"/"übermorgen" as the weekday it is, when the customer said
    which day today is ("Heute ist Dienstag": "morgen" is Wednesday), so that it meets limits and
    offers named by weekday; otherwise as it is."""
    if today is None or when.day is None or when.day[0] != "r":
        return when
    return replace(when, day=f"w{(today + int(when.day[1:])) % 7}")


#: Words of a condition that only frames reaching the customer: "If you need me, ...", "Wenn Sie
#: mich erreichen wollen, ...".
_REACH_FRAME = frozenset(
    {"if", "wenn", "falls", "you", "sie", "need", "needs", "me", "mich", "mir", "brauchen", "want", "wollen",
     "moechten", "reach", "erreichen", "call", "anrufen", "ring", "contact", "kontaktieren", "to", "get", "hold",
     "of", "in", "touch", "speak", "talk", "sprechen", "mit", "must", "muessen", "have", "should", "sollten"}
)  # fmt: skip
#: Words that open the conclusion after a reason: "..., also nur nachmittags", "so only after two".
_THEREFORE = frozenset({"also", "deshalb", "darum", "daher", "so", "therefore"})


def _condition_clauses(
    sentence: Sequence[Token], whens: Sequence[tuple[int, int, When]]
) -> list[tuple[str, int, int, bool]]:
    """Each condition word of the sentence ("wenn", "if", ...; not "ob"/"whether") with the first
    and last token of its clause and whether a time stands in that clause."""
    texts = [t.text for t in sentence]
    spans = _clauses(sentence)
    times = {i for first, last, _ in whens for i in range(first, last + 1)}
    found = []
    for at, word in enumerate(texts):
        if word in _CONDITION - {"ob", "whether"}:
            first, last = next(((a, b) for a, b in spans if a <= at <= b), (0, len(texts) - 1))
            found.append((word, first, last, bool(set(range(first, last + 1)) & times)))
    return found


def _visit_is_condition(sentence: Sequence[Token], whens: Sequence[tuple[int, int, When]]) -> bool:
    """Every condition of the sentence is our visit or delivery itself, with no time in it ("wenn
    geliefert wird", "when you deliver"): it names what the customer's times are for."""
    texts = [t.text for t in sentence]
    visit = _DELIVERING | _DELIVERED | {"geliefert", "liefern"}
    return all(
        not timed and bool(set(texts[first : last + 1]) & visit)
        for _, first, last, timed in _condition_clauses(sentence, whens)
    )


def _condition_aside(sentence: Sequence[Token], whens: Sequence[tuple[int, int, When]]) -> bool:
    """Every condition of the sentence leaves its times standing: it only frames reaching the
    customer ("If you need me, only between twelve and one", :data:`_REACH_FRAME`), or it is a
    clause of habit with no time before a conclusion that holds one ("Vormittags schlafe ich, wenn
    das Baby schläft, also nur nachmittags ab 14 Uhr": "wenn" as "whenever")."""
    texts = [t.text for t in sentence]
    spans = _clauses(sentence)
    times = {i for first, last, _ in whens for i in range(first, last + 1)}
    for word, first, last, timed in _condition_clauses(sentence, whens):
        if timed:
            return False  # "wenn Sie am Freitag kommen": the time itself is in the condition
        if set(texts[first : last + 1]) <= _REACH_FRAME:
            continue
        # "die Show nur nach 21 Uhr, wenn es dunkel ist, und vor 22 Uhr" (hv52-149), "only after
        # nine, when it's dark": the state of the world at the time just named, a reason for it
        previous = max(((a, b) for a, b in spans if b < first), default=None)
        if (
            word in ("wenn", "when")
            and texts[first : first + 2] in ([word, "es"], [word, "it"], [word, "its"])
            and previous is not None
            and set(range(previous[0], previous[1] + 1)) & times
        ):
            continue
        concluded = any(a > last and texts[a] in _THEREFORE and set(range(a, b + 1)) & times for a, b in spans)
        if not (word == "wenn" and first > 0 and concluded):
            return False
    return True


def limits(customer: Sequence[Word]) -> list[Limit]:
    """The limits of time the customer's line sets (module doc), in the order said; "morgen" as a
    weekday where the line says which day today is (:func:`_on_weekday`), and a deadline hour with
    no day of its own on the one weekday to come that the line names (the event's day)."""
    today = _today(customer)
    found = [
        replace(
            _rung(limit),
            when=_on_weekday(limit.when, today),
            allowed=tuple(_on_weekday(w, today) for w in limit.allowed),
            today=today,
        )
        for limit in _limits(customer)
    ]
    # a deadline hour with no day, in a line that names one day to come and which day today is, is
    # on that day ("It's Tuesday. We're re-running the disco on Friday at six. The headsets have to
    # be at the school by four o'clock", hv50-185)
    named = [_on_weekday(w, today) for sentence in _sentences(tokens_of(customer)) for *_, w in _whens(sentence)]
    days = {w.day for w in named if w.day and w.day[0] == "w" and w.day != f"w{today}"}
    if today is not None and len(days) == 1:
        (day,) = days
        found = [
            replace(limit, when=replace(limit.when, day=day))
            if limit.kind == "by" and limit.when.day is None and limit.when.hours is not None and not limit.daily
            else limit
            for limit in found
        ]
    return found


def _rung(limit: Limit) -> Limit:
    """A window or slot said of calls ("anrufen also nur abends", "vorher bitte nicht anrufen",
    "only call after six") binds calls; only calls when the sentence says nothing of being away
    or at home ("Bitte nur abends anrufen")."""
    words = normalize(limit.sentence)
    # ("If you need me, only between twelve and one", "wenn Sie mich erreichen wollen": reaching them)
    reaching = any(has_run(words, run) for run in _REACHING)
    if limit.calls or limit.kind not in ("only", "not", "from") or not (set(words) & _RINGING or reaching):
        return limit
    return replace(limit, calls=True, only_calls=not (_away(words) or _present(words)))


#: Reaching the customer in so many words: "if you need me", "to reach me", "mich erreichen".
_REACHING = (("need", "me"), ("reach", "me"), ("get", "hold", "of", "me"), ("mich", "erreichen"),
             ("erreichen", "sie", "mich"), ("brauchen", "sie", "mich"), ("mich", "brauchen"))  # fmt: skip


#: A day off: "am Freitag habe ich frei", "I'm off on Friday", "Friday is my day off".
_FREE = frozenset({"frei", "free", "off"})


#: One working day asked for: "it has to be a weekday after four", "es muss ein Werktag sein".
_A_WEEKDAY = frozenset({"weekday", "werktag", "wochentag"})


def _on_weekdays(words: Sequence[str]) -> bool:
    """The clause holds on working days only: "on weekdays", "werktags", "unter der Woche", "a
    weekday after four"."""
    return bool(set(words) & ({"weekdays", "werktags", "wochentags"} | _A_WEEKDAY)) or has_run(
        words, ("unter", "der", "woche")
    )


def _working_days(hours: tuple[float, float], tokens: tuple[Token, ...], words: Sequence[str] = ()) -> tuple[When, ...]:
    """The slots of a window held on working days: ``hours`` Monday to Friday, the weekend whole;
    when ``words`` ask for one working day ("it has to be a weekday after four"), no weekend."""
    weekend = () if set(words) & _A_WEEKDAY else tuple(When(f"w{d}", None, tokens) for d in (5, 6))
    return tuple(When(f"w{d}", hours, tokens) for d in range(5)) + weekend


def _time_off(words: Sequence[str]) -> bool:
    """The clause names time off work ("ich habe nur Donnerstagvormittag frei", "I only have
    Thursday morning off"), not the times open for a visit ("I'm only free Thursday mornings")."""
    have = {"habe", "hab", "haben", "hat", "have", "has", "get"}
    return bool(set(words) & have) and bool(set(words) & {"frei", "off"})


def _free_days(sentences: Sequence[Sequence[Token]], today: int | None) -> set[str]:
    """The weekdays the customer names as free ("am Freitag habe ich frei", "Friday is my day off")
    or at home all day ("Monday's a bank holiday, I'm home all day"): their work or rounds of the
    week ("every day", "all week") do not rule those days out."""
    free: set[str] = set()
    for sentence in sentences:
        texts = [t.text for t in sentence]
        clauses = _clauses(sentence)
        whens = _whens(sentence)
        home = [
            (a, b)
            for a, b in clauses
            if has_run(texts[a : b + 1], ("all", "day")) and _present(texts[a : b + 1]) and not _away(texts[a : b + 1])
        ]
        if home and not set(texts) & _NEGATION:
            # "Monday's the bank holiday, though, I'm home all day": the sentence's days, but for one
            # said of being away ("people here on Saturday and I'm out all day Friday")
            away_at = [(a, b) for a, b in clauses if _away(texts[a : b + 1])]
            free.update(
                _on_weekday(w, today).day or ""
                for at, _, w in whens
                if w.day and not any(a <= at <= b for a, b in away_at)
            )
        for first, last in clauses:
            if set(texts[first : last + 1]) & _FREE:
                for at, _, when in whens:
                    if first <= at <= last and when.day:
                        free.add(_on_weekday(when, today).day or "")
    return free


def _limits(customer: Sequence[Word]) -> list[Limit]:
    found: list[Limit] = []
    today = _today(customer)
    sentences = _sentences(tokens_of(customer))
    free = _free_days(sentences, today)
    last_day: When | None = None
    others_only: list[int] = []  # someone else's "only" windows (indices into ``found``)
    for sentence in sentences:
        said_from = len(found)
        texts = [t.text for t in sentence]
        told = " ".join(_raw(t) for t in sentence)
        negated = bool(set(texts) & _NEGATION)
        whens = _whens(sentence)
        sentence_day = next((w.day for *_, w in whens if w.day), None)
        # "we're" is folded to "were": the present, not the past ("Mondays we're closed")
        present = [t.text if _raw(t).lower().replace("’", "'") != "we're" else "we" for t in sentence]
        # a past clause after the last time is a sentence of its own ("..., heute noch per Mail, ich
        # habe schon genug Versprechen gehört"); one before it may report it ("Dean said ...")
        timed_end = _clause_end(sentence, max((last for _, last, _ in whens), default=len(sentence) - 1))
        # (and the whole sentence must read as past too: "-ed" after a need later in it is a wish)
        # "Ich will nur wissen, ob das Segel bis Samstag fertig ist": an indirect question, no condition
        conditional = set(texts) & _CONDITION - ({"ob", "whether"} if set(texts) & _ASKING else set())
        # a condition after every time said that asks for them to be there ("..., und wenn der
        # Bagger kommt, will ich dabei sein") does not hang over the times before it; one that lets
        # the visit go on without them ("so if you need to spray, the side gate's open") does
        last_time = max((last for _, last, _ in whens), default=-1)
        # "aber erst nach 18 Uhr, wenn ich zugemacht habe": a "wenn" right after the time, of their
        # own doing, says when that time is, no condition (hv41-111)
        temporal = "wenn" in conditional and last_time >= 0 and texts[last_time + 1 : last_time + 2] == ["wenn"]
        if temporal and sentence[last_time].comma and {"ich", "wir"} & set(texts[last_time + 2 :]):
            conditional = conditional - {"wenn"}
        after = all(i > last_time for i, t in enumerate(texts) if t in conditional)
        there = {"dabei", "anwesend", "there", "present"} & set(texts[last_time + 1 :])
        if conditional and after and there and {"will", "moechte", "want", "wants"} & set(texts[last_time + 1 :]):
            conditional = set()
        if conditional and _condition_aside(sentence, whens):
            conditional = set()
        # "Anrufen bitte nur zwischen 10 und 12 Uhr, nachmittags schlafe ich, wenn Ida schläft": a
        # "wenn" after every time, with a firm "only" window before it, tells why (hv43-104)
        if conditional <= {"wenn"} and after and set(texts[: last_time + 1]) & {"nur", "only"}:
            conditional = set()
        # "Ich muss dabei sein, wenn geliefert wird, und ich bin erst ab 16 Uhr bei ihm": the
        # condition is our visit itself, which they want to be at (hv40-150)
        if (
            conditional
            and {"dabei", "anwesend", "there", "present"} & set(texts)
            and _visit_is_condition(sentence, whens)
        ):
            conditional = set()
        if (_past(present[: timed_end + 1]) and _past(present)) or conditional:
            last_day = next((w for *_, w in reversed(whens) if w.day), last_day)
            continue
        # "In drei Wochen feiern wir, bis dahin muss das Schild hängen": a stretch from today said
        # last before "dahin" is what it points at, not the day named before it (v36: "Heute ist
        # Montag" made every later Monday too late)
        stretches = [first for first, _, _ in _later(sentence)]
        # the days said as deadlines ("bis Freitag", "by next Wednesday", "Friday ... before then"):
        # no day of a window
        by_days = {f for f, _, w in whens if w.day and (_lead(whens, f, texts) in _BY or _by_before(texts, f))}
        for i, word in enumerate(texts):
            # "Samstag früh kommt die Familie, bis dahin muss das laufen": the day named last before
            # "dahin", in this sentence or an earlier one
            then_at = max((first for first, _, w in whens if w.day and first < i), default=-1)
            then_day = next((w for first, _, w in reversed(whens) if w.day and first < i), last_day)
            if any(then_at < at < i for at in stretches):
                continue
            if word in _THEN and i and texts[i - 1] in ("bis", "by", "before", "vor") and then_day is not None:
                found.append(Limit("by", then_day, told))
                by_days.add(then_at)
        deadlines = set()
        days_at = {last for _, last, w in whens if w.day}
        clauses = _clauses(sentence)
        for first, when_last, when in whens:
            c_first, c_last = next(((a, b) for a, b in clauses if a <= first <= b), (0, len(texts) - 1))
            # ("vor halb fünf", "before half past four": the clock's fraction words stand between)
            before = [t for t in texts[max(0, first - 4) : first] if t not in _BETWEEN | _FRACTION_WORDS][-3:]
            # "Vor 18 Uhr sind wir nicht da": not there before an hour is a limit, read below
            # (not of a week's shifts with a day off beside them: "nächste Woche Frühdienst, vor vier
            # bin ich nicht zu Hause. Samstag habe ich frei")
            not_there_before = bool(when.hours and not when.day and before and before[-1] in ("vor", "before"))
            # ("nächste Woche Frühdienst, ... vor vier bin ich nicht zu Hause": next week's working days)
            next_week = bool(set(texts) & _WEEK_WORDS and set(texts) & _NEXT)
            not_there_before = not_there_before and (next_week or not (free or set(texts) & _WEEK_WORDS))
            if (
                _away(texts[c_first : c_last + 1])
                and not set(texts[c_first : c_last + 1]) & _EVENTS
                and not not_there_before
            ):
                continue  # "my daughter's away till Monday": when an absence ends, no deadline ("the debit goes out" is none)
            if "spaetestens" in texts[_between_start(texts, first) : first] and (not before or before[-1] not in _BY):
                before.append("spaetestens")  # "spätestens Donnerstag" with no "bis": a deadline too
            # "nicht vor dem 15. Juni", "not before the 15th": the article between
            not_before = [t for t in before if t not in ("dem", "the")][-1:] in [[w] for w in _NOT_BEFORE]
            # "Dienstag bis Donnerstag arbeite ich in Hannover", "Monday to Friday": a span of
            # days, not a deadline
            span = first >= 2 and texts[first - 1] in _BY | {"to"} and first - 2 in days_at
            # "Heute ist Dienstag; bis Freitag muss das Geld da sein": a semicolon ends the first day
            # ("Die Kommunion ist am Sonntag, bis Samstag muss sie da sein": a comma too)
            span = span and not _raw(sentence[first - 2]).endswith((";", ":", ","))
            clause_words = set(texts[c_first : c_last + 1])
            # the need may stand in the clause before: "Das will ich schriftlich, heute noch per Mail"
            today_still = when.day == "r0" and _today_still(texts, first) and bool(set(texts[:first]) & _NEEDING)
            # "I need it in writing today": English "today" with the one need of the sentence in its
            # clause ("I want my money back, and my number changed today" wants two things)
            needs = sum(1 for t in texts if t in _NEEDING)
            one_need = needs == 1 and bool(clause_words & _NEEDING) and texts[first] == "today"
            today_still = today_still or (when.day == "r0" and one_need)
            # "don't call before ten on Friday": the hour said first, the day after it (not "before Friday")
            hour_first = bool(when.day and when.hours) and not _weekday(texts[first]) and texts[first] not in _RELATIVE
            if today_still and not clause_words & _NEGATION:
                # "Das will ich heute noch per Mail", "I need it today": a deadline of today
                found.append(Limit("by", when, told))
                deadlines.add(first)
            elif (
                when.hours
                and (not when.day or hour_first)
                and before
                and before[-1] in ("vor", "before")
                and clause_words & _NEGATION
            ):
                # "bitte nicht vor zehn", "not before 9:15": the morning up to that hour is out
                # the day named last before the hour ("Friday at seven, and I'm in meetings all day
                # tomorrow, so don't call before five": tomorrow), else the sentence's day
                # (not a deadline's day: "by next Wednesday, and I work nights, so not before one in
                # the afternoon" holds every day up to it, hv41-250)
                # (nor a day named before the deadline: "The steel has to be ordered on Friday, so I
                # need the calculations by Thursday at five, and don't ring me before four", hv44-303)
                near_day = when.day or next(
                    (
                        w.day
                        for f, _, w in reversed(whens)
                        if w.day and f < first and f not in by_days and (not by_days or f > max(by_days))
                    ),
                    None if by_days else sentence_day,
                )
                days = [f"n{d}" for d in range(5)] if not_there_before and next_week else [near_day]
                if near_day is not None and not when.day:
                    # "er kann nur am Samstag oder Sonntag, und nicht vor 11 Uhr": each day of the list
                    # (hv42-076)
                    listed = _window_days(whens, first, texts, today, frozenset(by_days))
                    if near_day in listed:
                        days = [d for d in listed if d is not None] or days
                if sentence_day is not None and _habit_elsewhere(whens, c_first, c_last):
                    # "I visit Mum on Sundays, and I'm on nights all week, so don't ring me before
                    # two": the Sundays are a habit beside it, the hour holds every day (hv29-213)
                    days = [f"w{d}" for d in range(7)]
                # "don't ring me before two", "bitte nicht vor 14 Uhr anrufen": calls, and only calls
                # (a delivery at eleven is no call before five)
                calls = bool(clause_words & (_PHONE | _RINGING))
                found.extend(
                    Limit("not", When(d, (0.0, when.hours[0]), when.tokens), told, calls=calls, only_calls=calls)
                    for d in days
                )
                deadlines.add(first)
            elif when.day and not_before and clause_words & _NEGATION and not span:
                # "vor Montag kann ich nicht", "not before Monday": the earliest day, no deadline
                deadlines.add(first)
                found.extend(Limit("not", When(d, None, when.tokens), told) for d in _days_before(when, today))
                if when.day[0] == "d":
                    found.append(Limit("earliest", when, told))  # "nicht vor dem 15. Juni"
            elif when.day and before and before[-1] in _BY and when.day != "r0" and not span:
                found.append(Limit("by", when, told))
                deadlines.add(first)
            elif (
                when.day
                and when.day != "r0"
                and first
                and texts[first - 1] in ("am", "on")
                and clause_words & _NEEDED_ON
                and not clause_words & _NEGATION
                and not span
            ):
                # "ich brauche den Wagen am Freitag für die Beerdigung", "I need it on Friday": there
                # by that day
                found.append(Limit("by", when, told))
                deadlines.add(first)
            elif (
                when.day
                and when.hours
                and when.day != "r0"
                and first
                and texts[first - 1] in ("at", "um")
                and clause_words & _NEEDED_ON
                and not clause_words & _NEGATION
                and not span
            ):
                # "I need to get in at nine on Thursday to set up", "Ich brauche den Raum am Donnerstag
                # um neun": there by that hour of that day
                found.append(Limit("by", when, told))
                deadlines.add(first)
            elif when.day and before and before[-1] in _EXCEPT:
                found.append(Limit("not", when, told))
            elif (
                when.day
                and when.day != "r0"
                and when.day != (f"w{today}" if today is not None else None)  # "It's Tuesday and the deadline ..."
                and clause_words & _DEADLINE_WORDS
                and not clause_words & _NEGATION
            ):
                # "die Frist beim Bauamt endet am Freitag um 12 Uhr", "the deadline is Friday noon"
                found.append(Limit("by", when, told))
                deadlines.add(first)
            elif (
                when.day
                and when.day != "r0"
                and clause_words & _EVENTS
                and not clause_words & _NEGATION
                and not (first and texts[first - 1] in _FROM)
                # "Saturday the 21st": the date names the day; a weekday beside it would be read this week
                and not any(w.day and w.day[0] == "d" and when_last < f <= when_last + 2 for f, _, w in whens)
            ):
                # "die Hochzeit ist am Samstag um 14 Uhr", "our gig is Saturday night": what is
                # asked for is needed before it
                found.append(Limit("by", when, told))
                deadlines.add(first)
            elif when.hours and not when.day and _ready_by(texts[:first], texts[when_last + 1 : c_last + 1]):
                # "Aber die Kanone muss bis 13 Uhr aufgebaut sein": ready by that hour, on the day
                # of the sentence or the one named last before it (hv51-133)
                day = sentence_day or (last_day.day if last_day is not None else None)
                found.append(Limit("by", replace(when, day=day), told))
                deadlines.add(first)
            elif (
                when.hours
                and not when.day
                and (
                    _hour_deadline(texts[:first], texts[max(0, first - 3) : first])
                    # "so the choir in by seven and not a minute later" (hv52-280): no need said,
                    # the hour held to the minute
                    or (
                        first > 0
                        and texts[first - 1] in _HOUR_BY
                        and any(has_run(texts[when_last + 1 :], run) for run in _NOT_LATER)
                    )
                )
                # ("..., and I can only take a courier before eight in the morning": a window of its
                # own clause, not the need's deadline said before it, hv42-211; "before nine or after
                # six" is read as two windows below)
                and (not clause_words & {"nur", "only"} or _or_after(whens, texts, when_last) is not None)
            ):
                # "spätestens um 12 Uhr", "by twelve at the latest": that hour of the day named
                later = _or_after(whens, texts, when_last)
                if later is not None:
                    # "before 8:45 or after half four": two windows, either will do, on the day of
                    # its clause or a bare day before it ("by Monday noon, and I can only take calls
                    # before nine or after six": every day, hv39-261)
                    own = (
                        w.day
                        for f, _, w in whens
                        if w.day and (c_first <= f <= c_last or (f < first and not w.hours)) and f not in by_days
                    )
                    window_day = next(own, None)
                    early = When(window_day, (0.0, when.hours[0]), when.tokens)
                    late = When(window_day, (later.hours[0], 24.0), later.tokens)
                    found.append(Limit("only", early, told, (early, late)))
                    deadlines.update(f for f, _, w in whens if w is later)
                else:
                    # on the day of the deadline said last before it, when there is one: "The
                    # wedding's on Saturday, so the petals have to be here by Friday, and before one
                    # o'clock" is Friday's hour (hv54-175), not the sentence's first day
                    before = [w.day for f, _, w in whens if w.day and f < first and f in deadlines]
                    day = before[-1] if before else sentence_day
                    found.append(Limit("by", replace(when, day=day), told))
                deadlines.add(first)
        asked = sentence[-1].question or _raw(sentence[-1]).endswith("?")
        clause_day: str | None = None  # the day the clause before named ("montags ist Ruhetag, da ...")
        before_clause = len(found)  # where the limits of the clause before begin
        for c_first, c_last in _clauses(sentence):
            clause_from, before_clause = before_clause, len(found)
            words = texts[c_first : c_last + 1]
            inside = [(first, w) for first, _, w in whens if c_first <= first <= c_last and first not in deadlines]
            since = [(f, w) for f, w in inside if w.hours and f and texts[f - 1] in _FROM]
            # "I can only come after five, or on Saturday morning before nine": the clause after "or"
            # is one more window of the "only" just said (hv39-236)
            or_more = words[:1] in (["or"], ["oder"]) and any(lim.kind == "only" for lim in found[said_from:])
            away = _away(words) and bool(set(words) & _ME) and not _home_until(words) and not _only_there_from(words)
            # "Freitag ist keiner zu Hause, und das Tor ist zu" (hv49-149), "nobody's home on Friday"
            nobody = bool(set(words) & _NOBODY) and _present(words) and not _until_hour(words)
            away = away or (nobody and not set(words) & {"ausser", "except", "but"})
            # "Dienstag geht bei mir nicht", "nicht am Wochenende" (not in a question: "Geht es nicht
            # auch am Montag?" asks for Monday)
            no_good = not asked and (
                any(has_run(words, run) for run in _NO_GOOD)
                or (bool({"geht", "passt", "klappt"} & set(words)) and "nicht" in words)
                or _day_ruled_out(words)
            )
            if set(words) & _PHONE and set(words) & _NEGATION and not inside and clause_from < before_clause:
                # "I'm on the ward till seven, no phones allowed": the absence just said binds calls too
                found[clause_from:before_clause] = [
                    replace(lim, calls=True) for lim in found[clause_from:before_clause]
                ]
            elif set(words) & _PHONE and set(words) & {"off", "aus"} and _until_hour(words) is not None:
                # "phone off till seven", "das Handy ist bis 19 Uhr aus": no call before that hour
                day = next((w.day for _, w in inside if w.day), None) or sentence_day or "r0"
                hours = (0.0, _until_hour(words) or 24.0)
                found.append(Limit("not", When(day, hours, tuple(sentence[c_first : c_last + 1])), told, calls=True))
            elif set(words) & _PHONE and set(words) & _NEGATION:
                # "da gehe ich nicht ans Telefon", "I can't take calls on Thursday": calls too;
                # "I'm on the ward till five every day and can't take calls there": till that hour
                until = _until_hour(words) if away else None
                hours = (0.0, until) if until is not None else None
                for each in _away_days(inside, texts, words, today, clause_day):
                    found.append(
                        Limit("not", When(each, hours, tuple(sentence[c_first : c_last + 1])), told, calls=True)
                    )
            elif away or no_good:
                # "Ich bin morgen ab 13 Uhr außer Haus": from that hour on; "Dienstag geht nicht"
                days = _away_days(inside, texts, words, today, clause_day) if away else []
                if not any(w.day for _, w in inside):
                    # "every day", "all week": but a day the customer names free or at home all day
                    days = [d for d in days if d not in free]
                day = next((w.day for _, w in inside if w.day), None) or (days[0] if days else None)
                until = _until_hour(words)
                if away and until is not None and day is not None and not since:
                    # "I'm at work all day tomorrow till six": that day up to that hour
                    for each in days:
                        found.append(
                            Limit("not", When(each, (0.0, until), tuple(sentence[c_first : c_last + 1])), told)
                        )
                elif (
                    away
                    and until is not None
                    and not since
                    # ("I'm at work until seven on weekdays, but I'm in all weekend": the weekend said
                    # beside the weekdays is no day of the absence)
                    and not any(w.day for *_, w in whens if not (_on_weekdays(words) and w.day in ("w5", "w6")))
                    # (a negation in another clause says more of the same: "..., ich komme nicht früher weg")
                    and not set(words) & _NEGATION
                ):
                    # "Ich bin bis 17 Uhr auf der Baustelle": with no day said in the sentence, every
                    # day from that hour on ("I'm at work till five and can't be with him" asks for
                    # a visit without them)
                    window = When(None, (until, 24.0), tuple(sentence[c_first : c_last + 1]))
                    # ("I work until five on weekdays": the weekend stays open)
                    allowed = _working_days(window.hours, window.tokens) if _on_weekdays(words) else (window,)
                    found.append(Limit("only", allowed[0], told, allowed))
                elif since and not (away and _for_a_while(words) and since[0][1].day):
                    # ("Ab Samstag früh bin ich zwei Wochen in Graz": a stay from that day on, below)
                    start = since[0][1].hours[0]
                    if until is not None and start > until and start - 12 < until:
                        start -= 12  # "from seven till four": seven in the morning
                    end = until if until is not None and until > start else 24.0
                    for each in days or [day or sentence_day]:
                        found.append(Limit("not", When(each, (start, end), since[0][1].tokens), told))
                elif away and not negated and (spans := _between(inside, texts)):
                    # "I'm out between twelve and one", "zwischen 12 und 13 Uhr bin ich weg": those
                    # hours, on the day the clause names (else any day)
                    for w in spans:
                        found.append(Limit("not", replace(w, day=w.day or day), told))
                elif away and days and not inside:
                    # "Ich bin jeden Tag unterwegs": each of those days ("I'm on earlies all week, six
                    # till two": up to the hour the sentence names)
                    # (not from a clause of being at home: "Spätschicht, da bin ich bis zwölf zu Hause")
                    away_until = [_until_hour(texts[a : b + 1]) for a, b in clauses if not _present(texts[a : b + 1])]
                    until = next((u for u in away_until if u is not None), None)
                    hours = (0.0, until) if until is not None else None
                    # "Ich arbeite Schicht: diese Woche Spätdienst ab 14 Uhr": from that hour on
                    # (from a clause of being away, not of being at home, "ab 18 Uhr bin ich zu Hause",
                    # nor of something else, "Ab 17 Uhr ist das Restaurant voll")
                    # ("I'm on lates this week, from two": the time alone in a clause goes with it)
                    gone = [
                        (a, b)
                        for a, b in clauses
                        if (_away(texts[a : b + 1]) or (texts[a] in _FROM and b - a <= 3))
                        and not _present(texts[a : b + 1])
                    ]
                    away_from = [
                        w.hours[0]
                        for f, _, w in whens
                        if w.hours and f and texts[f - 1] in _FROM and any(a <= f <= b for a, b in gone)
                    ]
                    if hours is None and away_from:
                        hours = (away_from[0], 24.0)
                    home_then = any(
                        _present(texts[a : b + 1]) and not set(texts[a : b + 1]) & _NEGATION for a, b in clauses
                    )
                    if hours is None and home_then:
                        days = []  # "Diese Woche habe ich Spätschicht, da bin ich bis zwölf zu Hause": not all day
                    for each in days:
                        found.append(Limit("not", When(each, hours, tuple(sentence[c_first : c_last + 1])), told))
                elif no_good and not away and any(w.day and w.hours for _, w in inside):
                    # "Freitagnachmittag geht nicht": that part of that day
                    for _, w in inside:
                        if w.day and w.hours:
                            found.append(Limit("not", w, told))
                elif (
                    away
                    and not negated
                    and not _for_a_while(words)
                    and not since
                    and any(w.day and w.hours and not w.guessed for _, w in inside)
                ):
                    # "Morgen früh um 9 Uhr sind wir beim Kinderarzt": away at that time of that day
                    for _, w in inside:
                        if w.day and w.hours:
                            found.append(Limit("not", w, told))
                elif (
                    day is not None
                    and (not any(w.hours for _, w in inside) or (away and _for_a_while(words)))
                    and not set(words) & _EXCEPT
                ):
                    # "Ab Mittwoch bin ich eine Woche verreist": that day and the days after it; so
                    # is "Ich fahre morgen früh für zwei Wochen nach Kiel"
                    starts = away and any(w.day == day and f and texts[f - 1] in _FROM for f, w in inside)
                    starts = starts or (away and _for_a_while(words))
                    # "away from Saturday the 3rd till Sunday the 11th": it ends; its days may span
                    # more than a week, so only a span of weekdays rules days out (below)
                    ends = any(f and texts[f - 1] in ("bis", "till", "until", "to") for f, w in inside if w.day)
                    if starts and ends and any(w.day[0] == "d" for _, w in inside if w.day):
                        clause_day = next((w.day for _, w in inside if w.day), None) or clause_day
                        continue
                    kind = "from" if starts and not ends else "not"
                    hour = next((w.hours for _, w in inside if w.day == day and w.hours), None)
                    if kind == "from" and hour is not None and day and day[0] in "wr":
                        # "We set off at noon on Friday": that day from noon, then every day after it
                        tokens = tuple(sentence[c_first : c_last + 1])
                        found.append(Limit("not", When(day, (hour[0], 24.0), tokens), told, calls=_unreachable(texts)))
                        later = f"{day[0]}{(int(day[1:]) + 1) % 7 if day[0] == 'w' else int(day[1:]) + 1}"
                        found.append(Limit("from", When(later, None, tokens), told, calls=_unreachable(texts)))
                        clause_day = day
                        continue
                    for each in (days or _days_through(inside, texts)) if kind == "not" else (day,):
                        # ("dort habe ich kaum Netz": no call reaches them there either)
                        said = When(each, None, tuple(sentence[c_first : c_last + 1]))
                        found.append(Limit(kind, said, told, calls=_unreachable(texts)))
            elif (
                (hour := _until_hour(words)) is not None
                and _present(words)
                and not set(words) & _NEGATION
                and not _hours_span(words)  # "nur von 6 bis 10 Uhr abends da": a window (below)
                # "nur morgens bis 8 Uhr und ab 17 Uhr zu Hause": two windows (below)
                and not any(w.hours and f and texts[f - 1] in _FROM for f, w in inside)
            ):
                # "Ich bin nur bis zehn zu Hause", "I'm only in till ten", "Heute bis 18 Uhr sind wir
                # hier": not after that hour
                day = next((w.day for _, w in inside if w.day), None) or _window_day(whens, c_first, texts)
                day = day or (last_day and last_day.day)
                # "I'm home till five, then we're out": with no day named, the day of the call
                day = day or "r0"
                # "Ich habe diese Woche Spätschicht und bin nur bis 12 Uhr zu Hause": each working day
                # of the week said, from today on
                week = not any(w.day for _, w in inside) and any(has_run(texts, run) for run in _EVERY_DAY)
                # "Ich arbeite Spätschicht und bin nur vormittags bis 12 Uhr zu Hause": a shift worked
                # as a habit holds each working day too (v29: read as today only)
                week = week or (not any(w.day for *_, w in whens) and any(has_run(texts, run) for run in _SHIFTS))
                first = today if today is not None and today < 5 else 0
                # "Ich bin Donnerstag und Freitag nur bis 12 Uhr zu Hause": each day said
                named = _days_through(inside, texts) if any(w.day for _, w in inside) else [day]
                # "der Baum muss bis morgen stehen, und ich bin nur bis 14 Uhr zu Hause": each day up
                # to the deadline of the sentence, that day too (hv42-133)
                due = next((_on_weekday(w, today) for f, _, w in whens if f in by_days), None)
                if not any(w.day for _, w in inside) and not week and due is not None and due.day:
                    named = [*_days_before(due, today), due.day] if _days_before(due, today) else named
                for each in [f"w{d}" for d in range(first, 5)] if week else named:
                    found.append(Limit("not", When(each, (hour, 24.0), tuple(sentence[c_first : c_last + 1])), told))
            elif _someone_else(words) and _present(words) and not set(words) & _NEGATION:
                # "my wife's home in the morning", "meine Frau ist nur vormittags da": when someone
                # else is in, on the clause's own day (not "ab Montag" of the customer's absence)
                timed = [(f, w) for f, w in inside if w.hours and _lead(whens, f, texts) not in _BY]
                if timed:
                    allowed = tuple(
                        When(day, w.hours, w.tokens)
                        for f, w in timed
                        for day in (_span_days(whens, f, texts) or [w.day])
                    )
                    allowed = tuple({(w.day, w.hours): w for w in allowed}.values())  # a span's first day is said too
                    kind = "only" if set(words) & {"nur", "only"} else "open"
                    found.append(Limit(kind, allowed[0], told, allowed))
                    if kind == "only":
                        others_only.append(len(found) - 1)
            elif (
                _not_before(words)
                and (_present(words) or _bring_in(words) or _but_not_before(words))
                and not negated
                and not set(words) & {"nur", "only"}
            ):
                # "Ich bin werktags erst ab 18 Uhr zu Hause": every day from then; "Morgen bin ich
                # erst ab 13 Uhr im Studio": that day not before then (other days stay open); with
                # a week named ("Nächste Woche Frühschicht, dann erst ab drei"), which days: no limit
                timed = [(f, w) for f, w in inside if w.hours and f and texts[f - 1] in _FROM | {"nach"}]
                # the day of this clause or one before it ("..., und am Donnerstag soll es regnen"
                # names no day of being at home)
                # (not the day of "Heute ist Montag, ab morgen arbeite ich ...": that says which day it is)
                stated = _today_stated(sentence)
                day_at = next(
                    ((f, w) for f, _, w in whens if w.day and f <= c_last and f not in stated and f not in by_days),
                    None,
                )
                day = day_at[1].day if day_at else None
                # "ab morgen ... erst ab 16:30 Uhr zu Hause": that day and the working days after it
                days_on = _days_from(day_at[1], today) if day_at and day_at[0] and texts[day_at[0] - 1] in _FROM else []
                if day is None and last_day is not None and not any(t in ("erst", "1") for t in words):
                    # "morgen bis 14 Uhr beim Arzt. Ab drei bin ich zu Hause": the day said before
                    day = last_day.day
                # a week named: which days is open ("Nächste Woche Frühschicht, dann erst ab drei"),
                # but "diese Woche" / "this week" is every day from now on
                this_week = any(a in ("diese", "this") and b in ("woche", "week") for a, b in zip(texts, texts[1:]))
                week = bool(set(texts) & (_WEEK_WORDS | _NEXT)) and not this_week
                if timed and day is None and not week:
                    hours = _window(timed[0][1], _lead_word(texts, timed[0][0]))  # "from 9 till 12" as said
                    said = tuple(sentence[c_first : c_last + 1])
                    allowed = _working_days(hours, said) if _on_weekdays(words) else (When(None, hours, said),)
                    # "erreichbar erst ab 15 Uhr": not even a call before then
                    reachable = bool(set(words) & _REACHABLE)
                    found.append(Limit("only", allowed[0], told, allowed, calls=reachable))
                elif timed and day is not None and day[0] in "wr":
                    start = timed[0][1].hours[0]
                    for each in days_on or [day]:
                        said = tuple(sentence[c_first : c_last + 1])
                        found.append(
                            Limit("not", When(each, (0.0, start), said), told, calls=bool(set(words) & _REACHABLE))
                        )
            elif (
                (
                    set(words) & _ONLY
                    or or_more
                    or _must_be(words)
                    or _possible_not_before(words)
                    or _needed_from(words)
                    or ((_come_when(words) or _ring_when(words) or _suits_me(words)) and not asked)
                )
                and _says_today(words) is None
                and not _elsewhere_open(words)
            ):
                # "only before 8 or after 5": the hours up to that one are a window too ("by" is a deadline)
                timed = [(f, w) for f, w in inside if w.hours and _lead(whens, f, texts) not in _BY - _UP_TO]
                # "morgens bis 8 Uhr": the part of the day said with its end is that one window
                parts = set(_PARTS.values())
                # ("Saturday mornings before eleven": the day goes with the hour, from the part's start)
                kept: list[tuple[int, When]] = []
                for i, (f, w) in enumerate(timed):
                    end = f + len(w.tokens) - 1
                    if (
                        w.hours in parts
                        and i + 1 < len(timed)
                        and timed[i + 1][0] - end <= 2
                        and _lead(whens, timed[i + 1][0], texts) in _UP_TO
                    ):
                        f_next, w_next = timed[i + 1]
                        if w.day and not w_next.day and w_next.hours and w.hours:
                            # (the lead "before" among its tokens: the window is the span as said)
                            joined = (*w.tokens, sentence[f_next - 1], *w_next.tokens)
                            span = (w.hours[0], w_next.hours[0])
                            timed[i + 1] = (f_next, replace(w_next, day=w.day, hours=span, tokens=joined))
                        continue
                    kept.append((f, w))
                timed = kept
                # ("nur am Wochenende": Saturday and Sunday; "am Dienstag oder Donnerstag nächste Woche":
                # next week's day too)
                days = [
                    replace(w, day=each)
                    for f, w in inside
                    if w.day and w.day[0] in "wn" and not w.hours
                    for each in (_span_days(whens, f, texts) or (["w5", "w6"] if _weekend(w) else [w.day]))
                ]
                days = list({w.day: w for w in days}.values())  # the span's first day is said too
                if timed and not _time_off(words) and _on_weekdays(words):
                    # "I'm only home after 6 on weekdays": the window on Monday to Friday, the
                    # weekend open
                    window = _window(timed[0][1], _lead_word(texts, timed[0][0]))
                    allowed = _working_days(window, timed[0][1].tokens, words)
                    found.append(Limit("only", allowed[0], told, allowed))
                elif (
                    timed
                    and not _time_off(words)
                    and (
                        set(words) & (_REACHABLE | _PHONE)
                        or _ring_when(words)
                        # "kann tagsüber nicht ans Telefon, nur nach 17 Uhr": the phone of the clause before
                        or (_bare_window(words) and bool(set(texts[:c_first]) & _PHONE))
                    )
                ):
                    # "Ich bin nur zwischen 10 und 12 Uhr erreichbar": when a call may come too;
                    # "my phone only works after eight": when a call may come, and only that
                    # ("call me only before eight in the morning or after five": each window, hv43-285)
                    windows = tuple(When(None, _window(w, _lead_word(texts, f)), w.tokens) for f, w in timed)
                    phone_only = not set(words) & _REACHABLE
                    found.append(Limit("only", windows[0], told, windows, calls=True, only_calls=phone_only))
                elif timed and not _time_off(words):
                    # ("ich habe nur am Donnerstagvormittag frei" names the time off work, which the
                    # customer may need for an errand of their own: in doubt, no limit on our visit)
                    # (the day of an event or a deadline said before, "am Samstag ist die Taufe, und
                    # kommen Sie bitte nur vormittags", is no day of the window: every morning, hv40-012)
                    allowed = _disjoint(
                        [
                            (When(day, _window(w, _lead(whens, f, texts)), w.tokens), w.guessed)
                            for f, w in timed
                            for day in (
                                (_span_days(whens, f, texts) or [w.day])
                                if w.day
                                # (their arrival's hour holds whichever day they come)
                                else [None]
                                if _arrives_not_before(words)
                                else _window_days(whens, f, texts, today, frozenset(deadlines | by_days))
                            )
                        ]
                    )
                    allowed = tuple({(w.day, w.hours): w for w in allowed}.values())  # a span's first day is said too
                    # "nur am Samstag ... oder nach 18 Uhr": Saturday, whole, is a window too
                    alternative = _or_day(whens, timed[0][0], texts)
                    if alternative is not None:
                        allowed = (*allowed, _on_weekday(replace(alternative, hours=None), today))
                    other_day = any(w.day for f, _, w in whens if not c_first <= f <= c_last)
                    if _only_the_hours(words) and other_day and all(w.day and w.hours for w in allowed):
                        # "heute bis 17 Uhr, morgen nur bis 13 Uhr": that day's hours are limited
                        # beside another day's, not the only day ("Heute geht nur ab 15 Uhr" is)
                        for w in allowed:
                            hours = w.hours or (0.0, 24.0)
                            for gap in ((0.0, hours[0]), (hours[1], 24.0)):
                                if gap[1] > gap[0]:
                                    found.append(Limit("not", replace(w, hours=gap), told))
                        continue
                    last_only = max((i for i in range(said_from, len(found)) if found[i].kind == "only"), default=None)
                    if or_more and last_only is not None:
                        widened = found[last_only].allowed + allowed
                        found[last_only] = replace(found[last_only], allowed=widened)
                        continue
                    found.append(Limit("only", allowed[0], told, allowed))
                elif days and (set(words) & {"nur", "only"} or _must_be(words)) and not set(words) & _FREE:
                    # ("so it has to be this Saturday or Sunday", "Es muss Freitag sein": those days only)
                    # ("nur am Freitag habe ich frei" names the day off, not the only day)
                    opens = bool(set(words) & _LETS_IN) and not set(words) & _ME
                    found.append(Limit("only", days[0], told, tuple(days), opens=opens))
            clause_day = next((w.day for _, w in inside if w.day), None) or clause_day
            if _until_hour(words) is not None or any(w.hours for f, _, w in whens if c_first <= f <= c_last):
                # "today till six, then we're out", "nicht vor zehn, da schlafe ich": that time, not all day
                clause_day = None
        if len(found) == said_from:
            found += _part_at_home(sentence, whens, told, sentence_day)
        if set(texts) & _RINGING and set(texts) & {"after", "danach", "afterwards"} and set(texts) & {"me", "mich"}:
            # "I'm at work till five every day next week, so ring me after that": calls wait too
            found[said_from:] = [replace(lim, calls=True) if lim.kind == "not" else lim for lim in found[said_from:]]
        last_day = next((w for *_, w in reversed(whens) if w.day), last_day)
        found[said_from:] = _only_over_not(found[said_from:])
        found[said_from:] = _other_days(found[said_from:], texts)
    # night work rules out the night, not the day: what it rules out by day the customer says
    # ("so I sleep till two", "don't ring me before two"; hv29-218, read as the whole week away)
    found = [_at_night(limit) for limit in found]
    if any(limit.kind in ("not", "from") for limit in found):
        # "Ab Montag bin ich auf Montage, und meine Frau ist nur vormittags zu Hause": her window
        # opens the days the customer is away; it rules nothing out while the customer is home
        found = [replace(limit, kind="open") if i in others_only else limit for i, limit in enumerate(found)]
    return found


def _at_night(limit: Limit) -> Limit:
    """A whole day ruled out by night work alone ("I'm on nights all week", "diese Woche
    Nachtschicht") holds from eight in the evening: the day stays open. Late shifts alone
    ("Spätschicht bis 23 Uhr", "on lates") hold from two in the afternoon, the usual start of a
    German late shift (early 6-14, late 14-22): the morning stays open."""
    texts = [t.text for t in limit.when.tokens]
    runs = [run for run in _AWAY if has_run(texts, run)]
    if limit.kind != "not" or not runs:
        return limit
    hours = limit.when.hours
    # (where the nights are worked is no day away: "I'm on nights at the hospital this week", hv45-216)
    if hours is None and any(r in _NIGHT_WORK for r in runs):
        return replace(limit, when=replace(limit.when, hours=(20.0, 24.0)))
    if not all(r in _LATE_WORK for r in runs) or (hours is not None and hours[0] != 0.0):
        return limit
    # a late shift "till eleven" ends at night: 23:00, not 11:00
    end = 24.0 if hours is None else hours[1] + 12.0 if hours[1] <= 12.0 else hours[1]
    return replace(limit, when=replace(limit.when, hours=(_LATE_SHIFT_START, end))) if end >= 18.0 else limit


def _part_at_home(
    sentence: Sequence[Token], whens: Sequence[tuple[int, int, When]], told: str, day: str | None
) -> list[Limit]:
    """ "Vormittags bin ich zu Hause, nachmittags helfe ich meiner Tochter", "Mornings I'm at home,
    afternoons I'm at my daughter's": a part of the day at home set against another part spent
    otherwise is the only window (on the sentence's day, else any day). Each part stands alone
    as its clause's time (no day, no clock); the other clause does not say them at home."""
    texts = [t.text for t in sentence]
    parts = []
    for c_first, c_last in _clauses(sentence):
        words = texts[c_first : c_last + 1]
        inside = [w for f, _, w in whens if c_first <= f <= c_last]
        if len(inside) != 1 or inside[0].day or inside[0].hours not in _PARTS.values():
            return []
        if set(words) & {"auch", "ebenfalls", "too", "also"}:
            return []  # "nachmittags auch": at home then as well
        home = _present(words) and bool(set(words) & _ME) and not set(words) & _NEGATION
        parts.append((inside[0], home))
    at_home = [w for w, home in parts if home]
    elsewhere = [w for w, home in parts if not home and w.hours not in [h.hours for h in at_home]]
    if len(parts) != 2 or len(at_home) != 1 or not elsewhere:
        return []
    window = When(day, at_home[0].hours, at_home[0].tokens)
    return [Limit("only", window, told, (window,))]


#: Before an hour in a window of the customer's own ("nur vor acht", "only before 8"): up to it.
_UP_TO = frozenset({"vor", "before", "bis", "till", "until"})


def _other_days(said: list[Limit], texts: Sequence[str]) -> list[Limit]:
    """The limits of one sentence, less the days ruled out "on the other days" that are its own
    "only" days: those days are the open ones."""
    if not any(has_run(texts, run) for run in _THE_REST_OF_THE_DAYS):
        return said
    only = {w.day for limit in said if limit.kind == "only" for w in limit.allowed if w.day}
    return [limit for limit in said if not (limit.kind == "not" and limit.when.day in only)]


def _only_over_not(said: list[Limit]) -> list[Limit]:
    """The limits of one sentence, less the hours ruled out that its own "only" window allows: in
    "We're open seven till four, so your team can only come before seven or after four" the
    window says when to come; the opening hours do not rule the evening out."""
    # (a window for the phone alone says nothing of visits: "Spätschicht bis 23 Uhr und gehe nur
    # vormittags ans Telefon")
    windows = [
        w.hours for limit in said if limit.kind == "only" and not limit.only_calls for w in limit.allowed if w.hours
    ]
    return [
        limit
        for limit in said
        if not (
            limit.kind == "not"
            and limit.when.hours is not None
            and any(h[0] < limit.when.hours[1] and limit.when.hours[0] < h[1] for h in windows)
        )
    ]


def _window(when: When, before: str) -> tuple[float, float]:
    """The hours a window allows from the time said (``when.hours``, not None) and the word before
    it: "after 5" and "ab mittags" run to midnight, "before 8" and "before noon" from midnight,
    a span said whole ("from 2 till 3 pm", "von 8 bis 12") as said."""
    hours = when.hours or (0.0, 24.0)
    if any(t.text in _UP_TO | {"to", "und", "and"} for t in when.tokens[1:]):
        return hours
    inner = [t.text for t in when.tokens]
    if len(inner) > 2 and inner[1] == "nach" and inner[2][:1].isdigit():
        before = "nach"  # "Freitag nach 15 Uhr" came as one time with its day
    if before in _FROM or before == "nach":  # "nach 17 Uhr" (a place after "nach" names no hour)
        return (hours[0], 24.0)
    if before in _UP_TO:
        return (0.0, hours[0])
    return hours


def _disjoint(windows: Sequence[tuple[When, bool]]) -> tuple[When, ...]:
    """Windows said with "or" do not overlap: in "only before seven or after four" the seven read
    as the evening by guess (:func:`_guessed`) is the morning's; ``windows``: (window, guessed)."""
    found = []
    for at, (window, guessed) in enumerate(windows):
        hours = window.hours
        others = [w.hours for i, (w, _) in enumerate(windows) if i != at and w.hours]
        if guessed and hours and hours[0] == 0.0 and hours[1] >= 12 and any(o[0] < hours[1] for o in others):
            window = replace(window, hours=(0.0, hours[1] - 12))
        found.append(window)
    return tuple(found)


#: Words that join the first and last day of a span: "Montag bis Freitag", "Monday to Friday".
_SPAN_TO = frozenset({"bis", "to", "till", "until", "through", "thru"})


def _span_days(whens: Sequence[tuple[int, int, When]], at: int, texts: Sequence[str]) -> list[str] | None:
    """The weekdays of a span whose last day is the time at token ``at``: "Montag bis Freitag von 7
    bis 12 Uhr", "Monday to Friday, 9 till 5" is each day from Monday through Friday (a span over
    the weekend, "Freitag bis Montag", wraps); None when that time ends no span of weekdays."""
    end = next((w for first, _, w in whens if first == at), None)
    if end is None or not end.day or end.day[0] != "w" or at < 2 or texts[at - 1] not in _SPAN_TO:
        return None
    start = next(
        (w for _, last, w in whens if last == at - 2 and w.day and w.day[0] == "w" and w.hours in (None, end.hours)),
        None,
    )
    if start is None or start.day == end.day:
        return None
    first, last = int(start.day[1:]), int(end.day[1:])
    return [f"w{(first + step) % 7}" for step in range((last - first) % 7 + 1)]


def _clock_start(texts: Sequence[str], at: int) -> int:
    """The index of the first word of the clock time whose hour is at ``at``: the minutes or the
    fraction said before the hour belong to it ("bis zwanzig vor vier", "before half eight", "till
    a quarter past six", "vor halb acht", "ab Viertel nach drei"), so the word before them is the
    time's lead, not "vor" or "half"."""
    if _german_minutes(texts, at) is not None or _minutes_of(texts, at) is not None:
        return at - 2
    if at >= 2 and texts[at - 1] in ("past", "to", "nach", "vor") and texts[at - 2] in _FRACTION_WORDS:
        return at - 3 if at >= 3 and texts[at - 3] == "a" else at - 2
    if at and texts[at - 1] in ("half", "halb"):
        return at - 1  # "half eight" (British, 8:30), "halb acht" (7:30)
    return at


def _lead_word(texts: Sequence[str], at: int) -> str:
    """The word before the clock time whose hour is at ``at`` (:func:`_clock_start`), "" at the start."""
    start = _clock_start(texts, at)
    return texts[start - 1] if start else ""


def _lead(whens: Sequence[tuple[int, int, When]], at: int, texts: Sequence[str]) -> str:
    """The word before the time at token ``at`` ("bis", "ab", ...; before its minutes or fraction,
    :func:`_clock_start`), or "" at the start or where that word joins a span of days ("Montag bis
    Freitag vormittags": no "until Friday")."""
    start = _clock_start(texts, at)
    if start < at:
        return texts[start - 1] if start else ""  # "bis zwanzig vor vier": "bis", the "vor" is the clock's
    if at and texts[at - 1] in ("at", "um") and set(texts[max(0, at - 5) : at - 1]) & {"after", "nachdem"}:
        return "after"  # "only after we close at three": from three on (hv40-308)
    return "" if not at or _span_days(whens, at, texts) else texts[at - 1]


def _between_start(texts: Sequence[str], at: int) -> int:
    """The first of the words that may stand between a deadline word and the time at token ``at``
    (``_BETWEEN``, at most three: "spätestens am", "bis spätestens zum"), ``at`` where none."""
    i = at
    while i > 0 and at - i < 3 and texts[i - 1] in _BETWEEN:
        i -= 1
    return i


def _by_before(texts: Sequence[str], at: int) -> bool:
    """A deadline word before the day at token ``at`` past the words that may stand between
    ("spätestens am Freitag", "bis zum Montag", "by the Friday"): that day is a deadline."""
    start = _between_start(texts, at)
    return start < at and (texts[start] in _BY or (start > 0 and texts[start - 1] in _BY))


def _window_day(
    whens: Sequence[tuple[int, int, When]], at: int, texts: Sequence[str], due: frozenset[int] = frozenset()
) -> str | None:
    """The day a window at token ``at`` with no day of its own holds for: the day named before it in
    the sentence ("Samstag geht, aber nur vormittags", "only on Thursdays from two"), not one said
    after it ("..., and Thursday's out") nor a day with its own hour, which names an event ("Am
    Samstag um 11 Uhr kommen Kaufinteressenten, und ich bin nur vormittags zu Hause": every
    morning), nor the end of a span ("The kids are at their nan's till Sunday, and I'm home mornings
    only": every morning); None is every day."""
    earlier = [(first, w) for first, _, w in whens if first < at and w.day]
    if not earlier or earlier[-1][1].hours is not None:
        return None
    first, when = earlier[-1]
    if _or_day(whens, at, texts) is not None:
        return None  # "nur am Samstag kommen oder nach 18 Uhr": the day is another window, the hour any day's
    if _span_days(whens, first, texts):
        return when.day  # "Montag bis Freitag, von 7 bis 12 Uhr": the span's days (:func:`_window_days`)
    # "Am Donnerstag kommen meine Enkel, und ich bin nur vormittags am Strand": the day of other
    # people's doings, and then the customer of themselves again: every morning
    # ("so the volunteers can sow on Saturday, and please deliver after ten only": an order to us
    # after "and" turns away from them the same way)
    again = next((i for i in range(first + 1, at - 1) if texts[i] in _AND and texts[i + 1] in _I_AGAIN | _PLEASE), None)
    if again is not None and not set(texts[first:again]) & _ME:
        return None
    # a day said as a deadline or an event ("bis Freitag", "am Samstag ist die Taufe": ``due``, their
    # first tokens) is no day of the window
    return None if (first and texts[first - 1] in _BY) or first in due else when.day


def _or_day(whens: Sequence[tuple[int, int, When]], at: int, texts: Sequence[str]) -> When | None:
    """The bare day said before the window at token ``at`` as its alternative: "Ihr Ableser kann nur
    am Samstag kommen oder nach 18 Uhr" (hv43-058): an "oder"/"or" between the day and the window,
    and no other time between. That day is a window of its own, whole."""
    earlier = [(first, last, w) for first, last, w in whens if first < at and w.day and not w.hours]
    if not earlier:
        return None
    first, last, when = earlier[-1]
    between = texts[last + 1 : at]
    if not set(between) & {"oder", "or"} or any(f for f, _, w in whens if last < f < at):
        return None
    return when


def _window_days(
    whens: Sequence[tuple[int, int, When]],
    at: int,
    texts: Sequence[str],
    today: int | None = None,
    due: frozenset[int] = frozenset(),
) -> list[str | None]:
    """The days a window at token ``at`` with no day of its own holds for, as :func:`_window_day`,
    with the days joined to that day before it: "nur Donnerstag und Freitag ab 14 Uhr", "only
    Monday, Tuesday or Friday after 2" (each of them from two); a day said with "ab"/"from" ("Ab
    Montag können Sie es holen, aber nur vormittags") is that day and every day after it, up to
    the day before ``today`` (the weekday the customer said it is) or to Sunday; a day of ``due``
    (first tokens of deadlines and events) holds no window; ``[None]`` is every day."""
    day = _window_day(whens, at, texts, due)
    if day is None:
        return [None]
    earlier = [(first, last, w) for first, last, w in whens if first < at and w.day]
    span = _span_days(whens, earlier[-1][0], texts)
    if span:
        return list(span)
    first = earlier[-1][0]
    if first and texts[first - 1] in _FROM and day[0] == "w":
        start = int(day[1:])
        # the days after it in the order of the coming days: from today's weekday on, wrapping
        stop = (today - start) % 7 or 7 if today is not None else 7 - start
        return [f"w{(start + step) % 7}" for step in range(stop)]
    days = [day]
    for (_, last, w), (after_first, _, _) in zip(reversed(earlier[:-1]), reversed(earlier[1:])):
        # a comma falls out of the tokens, so days in a list stand side by side or around a join word
        comma = after_first == last + 1 and _raw(w.tokens[-1]).rstrip().endswith(",")
        joined = comma or (after_first == last + 2 and texts[last + 1] in _DAY_JOIN)
        if not joined or w.hours is not None:
            break
        days.append(w.day)
    return days[::-1]


def _clause_end(sentence: Sequence[Token], at: int) -> int:
    """The index of the last token of the clause (up to a comma or the sentence's end) holding ``at``."""
    end = at
    while end < len(sentence) - 1 and not sentence[end].comma:
        end += 1
    return end


#: "or after", "oder ab": a second window beside a deadline hour.
_OR_AFTER = (("or", "after"), ("or", "from"), ("oder", "nach"), ("oder", "ab"))


def _or_after(whens: Sequence[tuple[int, int, When]], texts: Sequence[str], last: int) -> When | None:
    """The hour of a second window right after a deadline hour ending at ``last`` ("before 8:45
    *or after half four*", "vor 9 Uhr *oder ab 17 Uhr*"), or None."""
    for first, _, when in whens:
        if first <= last:
            continue
        between = texts[last + 1 : first]  # "or after", then maybe "half"
        joined = tuple(between[:2]) in _OR_AFTER and all(t in _FRACTION_WORDS for t in between[2:])
        return when if joined and when.hours and not when.day else None
    return None


def _today_still(texts: Sequence[str], at: int) -> bool:
    """ "heute noch", "noch heute" at ``at``, said with a need: the day the customer wants it, at the
    latest. (English "today" counts only with the one need of its sentence, :func:`_limits`: "I want
    my money back, and my new number on the system today" names two things, and the refund may take
    days.)"""
    return (at + 1 < len(texts) and texts[at + 1] == "noch") or (at > 0 and texts[at - 1] == "noch")


#: Needing the thing on a day: it must be there by then ("ich brauche den Wagen am Freitag").
_NEEDED_ON = frozenset({"brauche", "brauchen", "benoetige", "need", "needs"})

#: "vor Montag kann ich nicht", "not before Monday", "I can't until Monday": with a negation in the
#: clause these name the earliest day, not a deadline.
_NOT_BEFORE = frozenset({"vor", "before", "until", "till"})


def _days_before(when: When, today: int | None) -> list[str]:
    """The weekdays from today up to the day before ``when`` (a weekday), when today is known;
    else none (no day can be ruled out for sure)."""
    if today is None or when.day is None or when.day[0] != "w":
        return []
    end = int(when.day[1:])
    return [f"w{d % 7}" for d in range(today, today + (end - today) % 7)]


#: Words that make a clock time a deadline: "spätestens um 12", "vor 12 Uhr", "by twelve", "before
#: noon", "at the latest" ("bis 18 Uhr" alone may say how long someone is somewhere).
_HOUR_BY = frozenset({"spaetestens", "vor", "by", "before", "latest"})


#: A need in the clause makes "by"/"vor" a deadline ("I need it by 5"); "I'm back by six" is not.
_NEEDING = _NEED | frozenset(
    {"needed", "brauche", "brauchen", "muss", "muessen", "soll", "sollte", "will", "moechte"}
)  # fmt: skip


#: Nouns that name a deadline: a day said with one is the day to be done by.
#: Events the customer names with their day: what they ask for is needed before it.
_EVENTS = frozenset(
    {"hochzeit", "trauung", "beerdigung", "trauerfeier", "taufe", "kommunion", "konfirmation", "konzert", "auftritt",
     "premiere", "abiball", "wedding", "funeral", "christening", "concert", "gig", "recital", "prom",
     # a payment going out: what is done about it must come before ("die Lastschrift geht am Freitag raus")
     "lastschrift", "abbuchung", "debit", "abbuchen", "abgebucht", "abbucht"}
)  # fmt: skip
_DEADLINE_WORDS = frozenset(
    {"frist", "fristende", "abgabefrist", "einsendeschluss", "anmeldeschluss", "stichtag", "deadline", "cutoff"}
)


#: German states of being ready after "bis ... " and before "sein": "fertig", "da", "aufgebaut".
_READY_STATES = frozenset({"fertig", "da", "bereit", "erledigt", "vor", "ort", "drin", "oben"})


def _ready_by(before: Sequence[str], after: Sequence[str]) -> bool:
    """A German deadline hour said with "bis" and a state to be in by then: "muss bis 13 Uhr
    aufgebaut sein", "soll bis 9 Uhr fertig sein" (a must or a want before it, "sein" closing the
    clause after a participle or a word of being ready, or the state right before "bis":
    "aufgebaut bis 10 Uhr"); not "ich muss bis 17 Uhr arbeiten" (where they are till then)."""
    near = [t for t in before[-3:] if t not in ("um", "gegen")]
    wanted = {"muss", "muessen", "soll", "sollte", "sollen", "will", "brauche", "brauchen"}
    if not near or near[-1] != "bis" or not set(before) & wanted:
        return False

    def ready(state: str) -> bool:
        participle = "ge" in state[:5] and state.endswith(("t", "en"))  # "aufgebaut", "geliefert", "eingerichtet"
        return state in _READY_STATES or participle

    # the state said first: "da will ich eine Maschine, die funktioniert, aufgebaut bis 10 Uhr" (hv53-110)
    # ("muss morgen bis 12 Uhr frei sein": a day word there is no state)
    if len(near) >= 2 and not is_day_word(near[-2]) and near[-2] not in _RELATIVE and ready(near[-2]):
        return True
    return len(after) >= 2 and after[-1] == "sein" and ready(after[-2])


#: A deadline hour held to the minute: "and not a minute later", "und keine Minute später".
_NOT_LATER = (("not", "a", "minute", "later"), ("keine", "minute", "spaeter"), ("no", "later"), ("nicht", "spaeter"))


def _hour_deadline(clause: Sequence[str], before: Sequence[str]) -> bool:
    """A clock time said as a deadline: "spätestens (um) 12 Uhr", "at the latest", or after "by" /
    "before" / "vor" in a sentence that says a need before it (:data:`_NEEDING`: "I need it by 5";
    "I'm back by six" says when they are home, not a deadline). ``clause``: the sentence up to the
    time; ``before``: the three words before it."""
    near = [t for t in before if t not in ("um", "at", "gegen", "the", "on")]
    latest = "spaetestens" in clause or "latest" in clause
    if near and near[-1] == "spaetestens":
        return True
    if near and near[-1] in _HOUR_BY:
        return latest or bool(set(clause) & _NEEDING)
    return latest and bool(near) and near[-1] in ("bis", "until", "till", "by")


#: The phone, in a clause that rules it out ("nicht ans Telefon", "can't take calls").
_PHONE = frozenset({"telefon", "handy", "anrufe", "phone", "phones", "calls", "mobile", "mobiles", "telefone"})
#: Being reachable by phone: a window said with it holds for calls as well as visits.
_REACHABLE = frozenset({"erreichbar", "reachable", "telefonieren", "telefonisch"})
#: Every day: "jeden Tag", "täglich", "every day", "all week" / "die ganze Woche" (the working week).
_EVERY_DAY = (
    ("jeden", "tag"), ("taeglich",), ("every", "day"), ("each", "day"), ("all", "week"), ("this", "week"),
    ("every", "night"), ("every", "evening"), ("each", "night"), ("jeden", "abend"), ("abends", "immer"),
    ("die", "ganze", "woche"), ("diese", "woche"),
)  # fmt: skip
#: "next week", "nächste Woche": days of the coming week, not this one's.
_NEXT_WEEK_RUNS = (("next", "week"), ("naechste", "woche"), ("naechsten", "woche"), ("kommende", "woche"),
                   ("kommenden", "woche"))  # fmt: skip
#: Words that point back to the day of the clause before: "montags ist Ruhetag, da bin ich nicht da"
#: (after a clause that ends at an hour, "then" is "afterwards": "here till six, then we're out").
_THEN_BACK = frozenset({"da", "dann", "then"})


#: The days besides one named free: "every other day", "alle anderen Tage", "an den anderen Tagen".
_OTHER_DAYS = (("every", "other", "day"), ("all", "other", "days"), ("the", "other", "days"), ("other", "days"),
               ("alle", "anderen", "tage"), ("allen", "anderen", "tagen"), ("den", "anderen", "tagen"),
               ("die", "anderen", "tage"))  # fmt: skip
#: "the other days" besides one named as the only one ("I only work from home on Thursdays; other
#: days I'm out seven till seven"): :data:`_OTHER_DAYS` and a few more ways to say it.
_THE_REST_OF_THE_DAYS = (*_OTHER_DAYS, ("andere", "tage"), ("anderen", "tagen"), ("sonst",), ("otherwise",),
                         ("rest", "of", "the", "week"), ("restlichen", "tage"), ("uebrigen", "tage"))  # fmt: skip


def _away_days(
    inside: Sequence[tuple[int, When]],
    texts: Sequence[str],
    words: Sequence[str],
    today: int | None,
    before: str | None,
) -> list[str]:
    """The days of an absence clause: its days (:func:`_days_through`); "bis Donnerstag jeden Tag"
    with today known, today to Thursday; "every day" alone, Monday to Friday (said of work or rounds,
    it leaves the weekend open); no day but "da" / "then" first, the day of the clause before
    (``before``); else none."""
    named = [(f, w) for f, w in inside if w.day]
    # "I'm on nights all this week, so I sleep till two": the week said earlier in the sentence
    every = any(has_run(words if named else texts, run) for run in _EVERY_DAY)
    # "I'm home all day Friday; every other day I'm out from eight to six": the days not named
    other = not named and any(has_run(words, run) for run in _OTHER_DAYS)
    if other:
        return [f"w{d}" for d in range(5)]  # the caller leaves out the days named free
    if named:
        f, first = named[0]
        if every and today is not None and f and texts[f - 1] in _BY and first.day and first.day[0] == "w":
            end = int(first.day[1:])
            return [f"w{d % 7}" for d in range(today, today + (end - today) % 7 + 1)]
        return _days_through(inside, texts)
    if every:
        days = [f"w{d}" for d in range(5)]  # "every day" at work or out: the working week, not the weekend
        if today is not None and any(has_run(texts, run) for run in _NEXT_WEEK_RUNS):
            # "Next week I'm at work till five every day", said on a Friday: next week's days; a
            # weekday still to come this week (or today) is not one of them
            days = [d for d in days if int(d[1:]) < today]
        return days
    if words and words[0] in _THEN_BACK and before is not None:
        return [before]
    return []


#: Before "nicht"/"not", these say a day is not needed rather than ruled out ("muss nicht am
#: Montag sein", "doesn't have to be on Monday").
_NEEDLESS = frozenset({"muss", "muessen", "braucht", "brauchen", "have", "has", "need", "needs"})
#: Words that may stand between "nicht"/"not" and the day it rules out ("not at the weekend").
_DAY_PREPOSITION = frozenset({"am", "an", "at", "on", "the"})
#: Said after a day, they rule it out: "Thursday's out", "Donnerstag fällt aus", "Friday is bad".
_OUT_AFTER = (("out",), ("is", "out"), ("faellt", "aus"), ("faellt", "flach"), ("ist", "schlecht"), ("is", "bad"))


def _day_ruled_out(words: Sequence[str]) -> bool:
    """The clause rules a day out in so many words: "nicht am Wochenende", "not on Friday",
    "Thursday's out, the farrier has the yard", "Donnerstag fällt aus"."""
    days = {*_WEEKDAYS, *(f"{d}s" for d in _WEEKDAYS), "wochenende", "weekend", "weekends"}
    for at, word in enumerate(words):
        if word not in days:
            continue
        back = at - 1
        while back >= 0 and words[back] in _DAY_PREPOSITION:
            back -= 1
        # "Das muss nicht am Montag sein": Monday is not needed, not ruled out
        needless = set(words[max(0, back - 3) : back]) & _NEEDLESS
        if back >= 0 and words[back] in ("nicht", "not") and not needless:
            return True
        if any(tuple(words[at + 1 : at + 1 + len(run)]) == run for run in _OUT_AFTER):
            return True
    return False


def _days_through(inside: Sequence[tuple[int, When]], texts: Sequence[str]) -> list[str]:
    """The weekdays of an absence: "Dienstag bis Donnerstag arbeite ich in Hannover" is Tuesday,
    Wednesday and Thursday, "on nights Wednesday and Thursday" both days, "Monday, Tuesday and
    Friday" all three; any other clause only its first day ("Ich bin Mittwoch weg und komme
    Donnerstag wieder" is no absence on Thursday)."""
    days = [(f, w.day, w.tokens[-1]) for f, w in inside if w.day]
    (at, first, last), found = days[0], [days[0][1]]
    for f, day, end in days[1:]:
        joined = texts[f - 1] if f == at + 2 else None
        if joined in ("bis", "to", "till", "until", "through") and first[0] == day[0] == "w" and day[1:] > first[1:]:
            found = [f"w{n}" for n in range(int(first[1:]), int(day[1:]) + 1)]
        elif joined in _DAY_JOIN or (f == at + 1 and _raw(last).rstrip().endswith(",")):
            # "Montag, Dienstag und Mittwoch": the comma fell out of the tokens
            found.append(day)
        else:
            break
        at, first, last = f, day, end
    weekend = any(w.tokens and w.tokens[-1].text in ("wochenende", "weekend") for _, w in inside)
    return found + ["w6"] if weekend and "w5" in found and "w6" not in found else found


#: Little or no phone signal: "kaum Netz", "kein Empfang", "no signal", "poor reception".
_POOR = frozenset({"kaum", "kein", "keinen", "schlechtes", "schlechten", "no", "hardly", "barely", "poor", "bad"})
_SIGNAL = frozenset({"netz", "empfang", "handyempfang", "signal", "reception"})


def _unreachable(words: Sequence[str]) -> bool:
    """The sentence says there is no phone signal where the customer goes ("dort habe ich kaum
    Netz", "there's no signal up there"): a call cannot reach them either."""
    return any(w in _SIGNAL and at and words[at - 1] in _POOR for at, w in enumerate(words))


#: Setting off on a trip: the absence starts then and runs on ("We set off at noon on Friday").
_SETTING_OFF = _SETTING_OFF_AWAY


def _only_the_hours(words: Sequence[str]) -> bool:
    """ "nur"/"only" falls on the hours, not the day: right before "bis", "ab", "till", "from" ...
    ("morgen nur bis 13 Uhr", "tomorrow only till one"; not "nur am Mittwoch ab 16 Uhr")."""
    leads = _UP_TO | _FROM | {"nach", "after", "until", "till"}
    return any(w in ("nur", "only") and words[i + 1 : i + 2] and words[i + 1] in leads for i, w in enumerate(words))


def _for_a_while(words: Sequence[str]) -> bool:
    """The clause says how long an absence lasts, in days or weeks ("für zwei Wochen", "for a
    week", "eine Woche", "for ten days"), or that a trip starts ("we set off on Friday",
    :data:`_SETTING_OFF`): it runs on past its first day."""
    if any(has_run(words, run) for run in _SETTING_OFF):
        return True
    return any(
        w in _WEEK_WORDS | _DAY_WORDS | {"day"} and at and (words[at - 1].isdigit() or words[at - 1] in _ONE | {"paar"})
        for at, w in enumerate(words)
    )


def _bring_in(words: Sequence[str]) -> bool:
    """The customer says when they can bring it in themselves ("Ich kann die Teile erst ab 16 Uhr
    bringen", "I can only drop it off after four"): a window for the hand-in, as being at home is
    one for a visit (hv39-083)."""
    return bool(set(words) & {"ich", "i"}) and bool(set(words) & _HANDING_IN)


#: Words of being at work: there, the customer is away from where we come.
_AT_WORK = frozenset({"dienst", "arbeit", "arbeite", "schicht", "work", "working", "shift", "job"})


def _only_there_from(words: Sequence[str]) -> bool:
    """ "Ich bin nur ab 15 Uhr auf der Baustelle": the customer is at the place only from that hour,
    a window of being there (hv39-147), not of being away; not a place of work ("nur ab 15 Uhr im
    Dienst" is away)."""
    led = any(a in ("nur", "only") and b in _FROM for a, b in zip(words, words[1:]))
    return led and not set(words) & _AT_WORK


def _home_until(words: Sequence[str]) -> bool:
    """The clause's "bis"/"till" hour says how long the customer is at home, in its part of an
    "und"/"and" ("Ich habe Spätschicht und bin nur bis 12 Uhr zu Hause"; not "bis 17 Uhr auf der
    Arbeit und erst danach zu Hause")."""
    parts: list[list[str]] = [[]]
    for word in words:
        if word in ("und", "and"):
            parts.append([])
        else:
            parts[-1].append(word)
    return any(_until_hour(part) is not None and _present(part) and not _away(part) for part in parts)


def _hours_span(words: Sequence[str]) -> bool:
    """The clause says a span of hours whole ("von 6 bis 10 Uhr", "from 9 till 5"): a number stands
    right before its "bis"/"till"/"until"."""
    return any(w in ("bis", "till", "until") and at and words[at - 1].isdigit() for at, w in enumerate(words))


def _until_hour(words: Sequence[str]) -> float | None:
    """The hour after "bis"/"till"/"until" (or "to" after "from") in a clause of being away ("at
    work till six", "bis 19 Uhr unterwegs", "out from eight to six"), or None; one to seven is
    read as the afternoon or evening (a working day)."""
    for at, text in enumerate(words[:-1]):
        following = words[at + 1]
        if text == "to" and "from" in words[max(0, at - 3) : at]:
            text = "till"  # "out from eight to six"
        if text in ("bis", "till", "until") and following in _WEEKDAYS and at + 2 < len(words):
            # "bis Samstag 12 Uhr auf Dienstreise": the hour of the last day (hv31-149)
            at, following = at + 1, words[at + 2]
            text = "bis"
        # "bis halb sechs" is 5.30; "till half five" (British) is 5.30 too
        half = {"halb": -0.5, "half": 0.5}.get(following, 0.0) if at + 2 < len(words) else 0.0
        if half:
            following = words[at + 2]
        minutes = _german_minutes(words, at + 3) if not half else None
        if minutes is not None:
            following = words[at + 3]  # "bis zwanzig vor vier": the hour is four
        if text in ("bis", "till", "until") and following.isdigit() and 1 <= int(following) <= 24:
            hour = float(following) + half + (minutes or 0.0)
            return hour + 12 if hour < 8 else hour
    return None


def _today_stated(sentence: Sequence[Token]) -> set[int]:
    """Token indices of the clauses of ``sentence`` that say which day today is ("Heute ist
    Montag", "It's Monday"): their days are no day of a limit."""
    texts = [t.text for t in sentence]
    found: set[int] = set()
    for first, last in _clauses(sentence):
        words = texts[first : last + 1]
        named = sum(1 for w in words if w in _WEEKDAYS) == 1
        if (named and set(words) & {"heute", "today"} and set(words) & {"ist", "is", "its"}) or _says_today(
            words
        ) is not None:
            found.update(range(first, last + 1))
    return found


def _days_from(when: When, today: int | None) -> list[str]:
    """The day of ``when`` said with "ab"/"from" ("ab morgen", "from Tuesday") and the working
    days after it this week, as weekdays; only when today is known and the day is a weekday."""
    day = _on_weekday(when, today).day
    if today is None or day is None or day[0] != "w" or int(day[1:]) > 4:
        return []
    return [f"w{d}" for d in range(int(day[1:]), 5)]


def _today(customer: Sequence[Word]) -> int | None:
    """The weekday (Monday = 0) the customer says today is ("Heute ist Donnerstag", "It's Thursday
    today", "today is Friday"), or None."""
    for sentence in _sentences(tokens_of(customer)):
        texts = [t.text for t in sentence]
        if not set(texts) & {"heute", "today", "its"}:
            continue
        for clause_first, clause_last in _clauses(sentence):
            words = texts[clause_first : clause_last + 1]
            days = [_WEEKDAYS[w] for w in words if w in _WEEKDAYS]
            if len(days) == 1 and set(words) & {"heute", "today"} and set(words) & {"ist", "is", "its"}:
                return days[0]
        for clause_first, clause_last in _clauses(sentence):
            at = _says_today(texts[clause_first : clause_last + 1])
            if at is not None:
                return _WEEKDAYS[texts[clause_first + at]]
    return None


#: Words that may stand between "it's" and the weekday when a customer says which day it is.
_ONLY_TODAY = frozenset({"only", "already", "just", "still"})


def _says_today(words: Sequence[str]) -> int | None:
    """Where the weekday stands when the clause opens by saying which day it is: "It's Monday",
    "It's only Tuesday and this week is a mess" (that "only" is no limit of the slots allowed);
    else None."""
    if not words or words[0] != "its":
        return None
    at = 1
    while at < len(words) and words[at] in _ONLY_TODAY:
        at += 1
    if at >= len(words) or words[at] not in _WEEKDAYS:
        return None
    return at if at == len(words) - 1 or words[at + 1] in _AND | {"today"} else None


def _runs_to_today(texts: Sequence[str], last: int, today: int | None) -> bool:
    """The day named up to ``last`` starts a span or list that ends today ("Tuesday to today",
    "Dienstag, Mittwoch oder heute", "Tuesday to Thursday" on a Thursday): days gone by."""
    at = last + 1
    while at < len(texts):
        text = texts[at]
        if text in ("heute", "today") or (today is not None and _WEEKDAYS.get(text) == today):
            return True
        if text not in _JOINING and text not in _WEEKDAYS:
            return False
        at += 1
    return False


def _weekend(when: When) -> bool:
    """``when`` is "das Wochenende" / "the weekend" (read as its Saturday, "w5")."""
    return when.day == "w5" and bool(when.tokens) and when.tokens[-1].text in ("wochenende", "weekend")


#: Collecting a thing from us, and handing it in: an "only" window for one does not bind the other.
_COLLECTING = frozenset({"abholen", "abholung", "collect", "collection", "abzuholen"})
_HANDING_IN = frozenset({"abgeben", "vorbeibringen", "bringen", "abliefern", "abzugeben", "drop", "bring", "hand"})


#: A day named by an event ("am Tag vor dem Geburtstag", "the day after the wedding"): no
#: weekday to compare, so an hour said with it is not today's.
_DAY_OF_EVENT = (("tag", "vor"), ("tag", "nach"), ("tag", "des"), ("tag", "der"), ("vortag",), ("day", "before"),
                 ("day", "after"), ("day", "of"), ("eve", "of"))  # fmt: skip


def _unplaced_day(clause: Sequence[str]) -> bool:
    """The clause names a day by an event (:data:`_DAY_OF_EVENT`)."""
    return any(has_run(clause, run) for run in _DAY_OF_EVENT)


#: Participles of a delivery: with "wird"/"be", a delivery in the passive.
_DELIVERED = frozenset({"geliefert", "zugestellt", "gebracht", "delivered", "brought"})
#: Places a delivery may go other than the customer's home: "to Kofi's school", "at your reception".
_ELSEWHERE = frozenset(
    {"school", "schule", "office", "buero", "reception", "empfang", "workplace", "arbeitsplatz", "firma",
     "neighbour", "neighbours", "neighbor", "nachbar", "nachbarn", "packstation", "paketshop", "locker"}
)  # fmt: skip
_TOWARDS = frozenset({"to", "at", "an", "in", "ins", "zur", "zum", "into", "bei", "beim"})
_OUR_PLACE = lexicon.OUR_POSSESSIVES | {"us"}
_NOT_GENITIVE = frozenset({"das", "des", "this", "is", "us", "was", "es", "dies", "als"})
_THEIR_PLACE = frozenset(
    {"your", "his", "her", "their", "ihre", "ihren", "ihrem", "ihrer", "seine", "seiner", "seinem"}
)


def _sent_elsewhere(clause: Sequence[str]) -> bool:
    """The clause sends it to a place other than the customer's home ("to Kofi's school on
    Wednesday morning", "at your reception on Thursday at eleven", "an Ihren Nachbarn"): like a
    letter, it needs nobody at home and rings no phone; a deadline still binds it. Not our own
    place ("at our office": they come to us)."""
    for at, text in enumerate(clause):
        if text not in _ELSEWHERE:
            continue
        before = clause[max(0, at - 3) : at]
        # someone's place ("Kofi's school", "your reception", "Ihren Nachbarn"); a bare "in die
        # Schule" may be where the customer is
        named = at > 0 and clause[at - 1].endswith("s") and clause[at - 1] not in _TOWARDS | _NOT_GENITIVE
        owned = bool(set(before) & _THEIR_PLACE) or named
        if set(before) & _TOWARDS and owned and not set(before) & _OUR_PLACE:
            return True
    return False


#: Auxiliaries of a passive: "übers Wochenende wird lackiert", "it'll be reprinted on Monday", and
#: of a state reached ("Morgen bis 16 Uhr ist die Sendung freigegeben", hv40-128).
_PASSIVE_AUX = frozenset({"wird", "werden", "be", "being", "gets", "get", "ist", "sind"})


#: What comes to the customer at its time, booked in the passive or not: a delivery, a visit
#: (German compounds end in them: "Containerlieferung").
_COMING_NOUNS = ("lieferung", "zustellung", "delivery", "besuch", "visit", "termin", "appointment")


def _our_work(clause: Sequence[str]) -> bool:
    """A job done at our place in the passive, with no one coming ("übers Wochenende wird
    lackiert", "Samstag wird neu gedruckt", "it'll be reprinted on Monday"): like a job done
    (:data:`_DONE`), it needs nobody at home; a delivery in the passive ("wird geliefert",
    "will be delivered") still does."""
    if not set(clause) & _PASSIVE_AUX or set(clause) & (_DELIVERING | _DELIVERED):
        return False
    if any(word.endswith(_COMING_NOUNS) for word in clause):
        return False  # "Die Lieferung ist für Dienstagvormittag gebucht": the delivery comes then (hv44-128)
    last = clause[-1]
    # ("freigegeben", "abgeholt": a separable prefix before the "ge")
    german = bool(re.fullmatch(r"(?:[a-z]{2,6})?ge[a-z]{2,}(?:t|en)", last)) and len(last) > 5 or last.endswith("iert")
    return german or last.endswith("ed") and "be" in clause


def clock_at(texts: Sequence[str], at: int) -> bool:
    """Whether the folded token ``texts[at]`` is the hour of a clock time said with its minutes or
    a fraction ("um Viertel nach sechs", "halb sieben", "at quarter past six", "ten to eight"):
    a time of day even with no "Uhr" or "o'clock" after it."""
    return texts[at].isdigit() and int(texts[at]) <= 24 and _clock_start(texts, at) < at


def is_day_word(token: str) -> bool:
    """A folded token names a day: a weekday or "heute"/"morgen"/"today"/"tomorrow"."""
    return token in _DAY_NAMES


def offers(reply: Sequence[Word], customer: Sequence[Word] = (), said: Sequence[Limit] | None = None) -> list[When]:
    """The times the reply offers as the agent's own (module doc); ``customer``: their line, so
    that their own time said back to them ("Da Sie ab 13 Uhr weg sind") is no offer; ``said``: the
    line's :func:`limits` when the caller has them (else they are read again)."""
    found: list[When] = []
    heard = " ".join(t.text for t in tokens_of(customer))
    # the bare numbers the customer said as clock times ("closes at one", "bis 13 Uhr"), not counts
    their_texts = [t.text for t in tokens_of(customer)]
    their_clock = {
        t for i, t in enumerate(their_texts) if i and t.isdigit() and their_texts[i - 1] in _CLOCK_LEAD | _CLOCK_LEAD_DE
    }
    today = _today(customer)
    theirs = _their_times(customer, today, said) if customer else set()
    for sentence in _sentences(tokens_of(reply)):
        texts = [t.text for t in sentence]
        clauses = _clauses(sentence)
        whens = _whens(sentence) + _later(sentence)
        echoed_day: str | None = None  # their day said back: "Friday from nine, your day off" is nine that day
        for at, (first, last, when) in enumerate(whens):
            if when.day is None and when.hours is None:
                continue
            weekday = when.day is not None and when.day[0] == "w"
            if weekday and ((first and texts[first - 1] in _GONE_BY) or _runs_to_today(texts, last, today)):
                continue  # "das Protokoll vom Montag", "credit for Tuesday to today": days gone by
            dated = weekday and any(w.day and w.day[0] == "d" for _, _, w in whens)
            c_start, c_end = next(((s, e) for s, e in clauses if s <= first <= e), (0, len(texts) - 1))
            clause = set(texts[c_start : c_end + 1])
            if when.day and _paid_for(texts, first, clause):
                continue  # "I'm crediting you for Monday and Tuesday": the days the money is for
            if _event_day(texts, first, when, customer):
                continue  # "Für die Gedenkfeier am Sonntag ...": their event's day or hour, said back
            if _time_had(texts, first, texts[c_start : c_end + 1]):
                continue  # "dann hat Lotta noch das ganze Wochenende": a time someone else has
            if _end_of_stretch(texts, first):
                continue  # "Beginn sieben Uhr, Schluss um elf": where it ends, no time offered (hv54-026)
            if first >= 2 and texts[first - 1] in ("fuer", "for") and texts[first - 2] in _WRITTEN | _PROMISE:
                continue  # "die schriftliche Zusage für Samstag" (hv46-105): what the note is about
            clock = bool(when.hours) and when.hours[1] - when.hours[0] <= 1.0
            if when.day and clock and ((_on_weekday(when, today).day or ""), when.hours[0] % 12) in theirs:
                continue  # "at seven on Saturday" for "this Saturday from seven": the time they asked for
            # ("well before your Saturday shop": their day, named by its possessive, is the target)
            before = [t for t in texts[max(c_start, first - 3) : first] if t not in ("the", "on", "am", "den", *_YOUR)]
            if _german_minutes(texts, first) is not None:
                before = before[:-2]  # "um zwanzig vor vier": the "vor" is the clock's, no target
            raw = _raw(sentence[first]).lower()
            # ("come by tomorrow at eleven": "by" of the verb, a visit, no deadline)
            dropping_by = before[-1:] == ["by"] and first >= 2 and texts[first - 2] in _DROP_BY
            target = (
                before
                and not dropping_by
                and (
                    before[-1] in _TARGET
                    or (before[-1] in ("for", "fuer") and len(before) > 1 and before[-2] in _READY_FOR)
                )
            )
            # "spätestens bis 9 Uhr", "by nine at the latest": the agent's own latest time, no target
            # ("Ihr Motorrad ist spätestens Donnerstagabend zollfrei": the latest, with no "bis", hv40-133)
            latest = (bool(target) or before[-1:] == ["spaetestens"]) and bool(
                (set(before) | set(texts[last + 1 : last + 4])) & _AT_THE_LATEST
            )
            target = target and not latest
            asked = sentence[-1].question or _raw(sentence[-1]).endswith("?")
            if _not_before_ours(texts, first, clause, weekday or when.day == "N", asked):
                # "vor Freitag wird das schwierig", "not before Friday": that day is the earliest we offer
                day = _week_on(when, texts, today)
                found.append(_on_weekday(When(day, None, when.tokens, call=bool(clause & _CALLING)), today))
                continue
            if raw.endswith(("'s", "’s")) or target:
                continue
            # (a call has nothing to leave: "I'll call you at one to confirm it's gone", hv40-262)
            leaving = clause & _LEAVING and not clause & _CALLING
            if clause & (_NEGATION | _CONDITION | _EXCEPT) or leaving or _you_subject(texts[c_start : c_end + 1]):
                if when.day and not when.hours and f" {' '.join(t.text for t in when.tokens)} " in f" {heard} ":
                    echoed_day = when.day  # "Since you're home all day Friday, ... at nine that morning"
                continue
            if clause & _UNDERSTOOD and not clause & (_DELIVERING | _CALLING):
                continue  # "Das verstehe ich nach diesem Wochenende": the feeling taken up, no time offered
            echoed = f" {' '.join(t.text for t in when.tokens)} " in f" {heard} "
            # "am Samstag, dem 13., um 10 Uhr": a day they said, made a date of our own, is ours
            joined = [w for f, _, w in whens[at + 1 : at + 2] if f <= last + 2 and w.day and w.day[0] == "d"]
            echoed = echoed and not any(f" {' '.join(t.text for t in w.tokens)} " not in f" {heard} " for w in joined)
            # (an hour is theirs only as a time of theirs: "two proper stilt walkers" makes no "from two"
            # said back, hv50-259)
            if echoed and when.hours is not None and not when.day and all(t.text.isdigit() for t in when.tokens):
                echoed = all(t.text in their_clock for t in when.tokens)
            # ("Frau Albrecht kann morgen früh um 9 Uhr zu Ihnen kommen": their time, made our visit)
            # (a delivery to come in the passive: "Das Paket wird am Samstag geliefert")
            delivering = bool(clause & _DELIVERING) or bool(clause & {"wird", "werden", "be"} and clause & _DELIVERED)
            ours = delivering and not _you_subject(texts[c_start : c_end + 1])
            if echoed and (clause & _SECOND and not ours or not delivering):
                # (not the day of our note or call: "Ich schreibe Ihnen noch heute, dass ... ab fünf
                # Uhr" is no visit today, hv51-068)
                noted = clause & _CALLING and clause & _I_AGAIN
                echoed_day = when.day if when.day and not when.hours and not noted else None
                continue  # their own time said back ("due Monday the 4th", "Ihr Termin am Freitag"), not an offer
            if set(texts) & _CONDITION and texts[0] in _CONDITION:
                continue
            day = when.day
            hours = when.hours
            if day is None and _unplaced_day(texts[c_start : c_end + 1]):
                continue  # "am Tag vor dem Geburtstag um 10 Uhr": a day we cannot place, not today
            same_sentence = bool(found) and found[-1].tokens[0] in sentence
            this_part = any(texts[i] == "this" and texts[i + 1] in _PARTS for i in range(max(0, first - 1), last))
            if day is None and this_part:
                day = "r0"  # "at half eight tomorrow ..., and I'll ring you at ten past six this evening" (hv44-214)
            elif day is None and same_sentence and found[-1].day:
                day = found[-1].day  # "on Friday morning from nine": nine on that Friday
            elif day is None and echoed_day and first and texts[first - 1] in _FROM | {"um", "at"}:
                day = echoed_day
            # the same clock time said again in the sentence keeps the half of the day it had ("tomorrow
            # morning at 6:30 and again on Thursday at 6:30", hv47-185)
            earlier = found[-1].hours if same_sentence else None
            said_half = {"pm", "uhr", "abends", "evening", "night", "afternoon", "nachmittags"} & {
                tok.text for tok in when.tokens
            }
            if hours and earlier and not said_half and hours[0] >= 12.0 and abs(hours[0] - 12.0 - earlier[0]) < 1e-6:
                hours = (hours[0] - 12.0, hours[1] - 12.0)
            parts = set(_PARTS.values())
            own_part = any(t.text in _PARTS for t in when.tokens)  # "at three that afternoon" (hv45-222)
            if (
                when.day is None
                and hours
                and hours not in parts
                and same_sentence
                and found[-1].hours in parts
                and not own_part
            ):
                # "heute Abend auf seiner Tour, so gegen halb acht": half past seven in that evening
                hour, _ = _in_part(hours[0], True, found[-1].hours)
                hours = (hour, hour + hours[1] - hours[0])
            # "kommt heute gegen 17 Uhr vorbei und ruft Sie vorher an": the call is the other part's
            call = bool(_and_part(texts, c_start, c_end, first) & _CALLING)
            # "Ihr Vorgarten ist spätestens Freitagmittag fertig": when a job is done needs nobody
            # at home either (only a deadline binds it); "kommt ... und ist fertig" is still a visit
            part_words = _and_part(texts, c_start, c_end, first)
            if c_end - c_start <= 2 and c_start:  # ", spätestens Freitagmittag": the time said after its clause
                p_start = next((s for s, e in clauses if e == c_start - 1), c_start)
                part_words = part_words | set(texts[p_start:c_start])
            ready = bool(part_words & _DONE and not part_words & (_DELIVERING - _DONE))
            call = call or ready
            call = call or _our_work(texts[c_start : c_end + 1])
            if _their_event(when, part_words, customer):
                continue  # "Lina kann morgen früh entspannt ihre Arbeit schreiben": their own plan that day
            # "Sie finden die Bestätigung morgen früh in Ihrem Postfach": written, no phone rings
            money_back = bool(part_words & _MONEY and part_words & _ON_ITS_WAY_BACK)
            written = bool(part_words & (_WRITTEN | _MONEY_MOVES) or money_back) and not part_words & _RINGING
            # sent to another place (school, reception): like a letter, it needs nobody at home or on the phone
            written = written or _sent_elsewhere(texts[c_start : c_end + 1])
            clause_texts = texts[c_start : c_end + 1]
            later = any(f > last for f, _, w in whens if w.day or w.hours)
            written = written or _sent_before_arrival(texts, clause_texts, last, later)
            collect = bool(part_words & _COLLECTING) or ("holen" in clause_texts and "ab" in clause_texts)
            collect = collect or any(a in ("pick", "picks") and b == "up" for a, b in zip(texts, texts[1:]))
            # the customer collects ("holen Sie ihn ab"); "Wir holen ihn bei Ihnen ab" is them handing it over
            collect = collect and bool(set(clause_texts) & {"sie", "you"}) and not set(clause_texts) & _I_AGAIN
            offer = When(
                day,
                hours,
                when.tokens,
                call=call,
                guessed=when.guessed,
                dated=dated,
                written=written,
                collect=collect,
                latest=latest,
                ready=ready,
            )
            offer = replace(offer, day=_week_on(offer, texts, today))
            found.append(_on_weekday(replace(offer, about=frozenset(clause_texts)), today))
    return found


def _week_on(when: When, texts: Sequence[str], today: int | None) -> str | None:
    """The day of an offer: today's weekday named by its name, with no "today" in the sentence
    ("heute", "tonight"), is that day next week ("Heute ist Montag" and "so Monday at five is the
    first slot", "Vor Montag wird das nichts", hv52-224, -063); any other day as it is, and a
    weekday said as a habit ("Freitags sind wir voll", hv51-102)."""
    day = when.day
    last = when.tokens[-1].text if when.tokens else ""
    if last.endswith("s") and last[:-1] in _WEEKDAYS:
        return day
    if not any(t.text in _WEEKDAYS for t in when.tokens):
        return day  # the day carried from "this afternoon" to "at half past three" (hv42-289)
    if today is not None and day == f"w{today}" and not any(_RELATIVE.get(t) == 0 for t in texts):
        return f"n{today}"
    return day


#: "have" in a clause: "Lotta hat noch das ganze Wochenende", "you'll still have the whole evening".
_HAVING = frozenset({"hat", "haben", "habt", "hast", "has", "have", "had", "hatte", "hatten", "haette"})
#: What may stand between "have" and the time had: "noch das ganze", "the whole", "den freien".
_HAD_LEADS = frozenset({"das", "den", "die", "the", "ganze", "ganzen", "whole", "entire", "noch", "still", "freien",
                        "free", "rest", "of", "restliche", "restlichen"})  # fmt: skip


def _time_had(texts: Sequence[str], first: int, clause: Sequence[str]) -> bool:
    """The time at ``first`` is one someone else has, not one we come or act at: "dann hat Lotta
    noch das ganze Wochenende" (hv51-025), "so you'll still have the whole evening". "have" with
    an article and only "whole"/"noch" before the time, the verb at most one word (the one who
    has it) before them, and no "I"/"we" in the clause."""
    at = first - 1
    while at >= 0 and texts[at] in _HAD_LEADS:
        at -= 1
    leads = set(texts[at + 1 : first])
    having = any(texts[i] in _HAVING for i in range(max(0, at - 1), at + 1))
    return having and bool(leads & {"das", "den", "die", "the"}) and not set(clause) & _I_AGAIN


#: Saying a day cannot be done before: "vor Freitag wird das schwierig", "before Friday is tricky".
_HARD_TO_DO = frozenset({"schwierig", "schwer", "knapp", "eng", "kaum", "difficult", "tricky", "tight", "hard"})


def _not_before_ours(texts: Sequence[str], first: int, clause: set[str], weekday: bool, asked: bool) -> bool:
    """The agent says nothing can be done before a weekday or next week ("vor Freitag wird das
    schwierig", "vor Freitag geht es leider nicht", "not before Friday, I'm afraid", "nothing before
    early next week"): that day is then the earliest offered. Not in a question or a condition,
    and not of the customer ("Sie können nicht vor Freitag")."""
    if first >= 2 and texts[first - 1] in ("early", "anfang"):
        first -= 1  # "I can't promise anything before early next week" (hv44-216)
    if not weekday or not first or texts[first - 1] not in ("vor", "before"):
        return False
    if clause & (_SECOND | _CONDITION | _EXCEPT) or asked:
        return False
    return bool(clause & (_NEGATION | _HARD_TO_DO))


#: Words too common to tie a reply's time to the customer's own plan.
_PLAIN = frozenset(
    {"morgen", "heute", "tomorrow", "today", "abends", "morgens", "frueh", "kommen", "koennen", "kann", "wird",
     "sein", "haben", "dann", "your", "ihre", "ihren", "ihrem", "with", "will", "have", "that", "this", "then",
     "from", "into", "there", "here", "morning", "evening", "afternoon", "night", "noch", "auch", "schon", "down",
     "back", "time", "over", "just", "booked", "put"}
)  # fmt: skip


def _their_event(when: When, part: set[str], customer: Sequence[Word]) -> bool:
    """The time belongs to the customer's own plan, said back: a sentence of their line names the
    same day word and shares a longer word (its first six letters) with the reply's words around
    the time ("Morgen schreibt sie eine Mathearbeit" and "Lina kann morgen früh ihre Arbeit
    schreiben"); not when we act in it (first person, or a verb of coming or bringing)."""
    # (folded: "I'll" is "ill", "we'll" "well", "we're" "were")
    agent = {"ich", "wir", "i", "we", "ll", "ill", "ive", "id", "im", "well", "were", "weve", "wed", "us", "uns"}
    if not customer or when.day is None or part & (_DELIVERING | agent):
        return False
    if {"bei", "ihnen"} <= part or {"with", "you"} <= part:
        return False  # "Der neue Wagen kann am Samstag um 10 Uhr bei Ihnen sein" (hv48-155): brought to them
    if "bei" in part and part & {"ihren", "ihrer", "ihrem"} or {"at", "your"} <= part:
        return False  # "Die Künstlerin kann am Sonntag um 14 Uhr bei Ihren Eltern sein" (hv53-082): ours, to them
    named = {t.text for t in when.tokens}

    def keys(words: Iterable[str]) -> set[str]:
        return {w[:6] for w in words if len(w) >= 4 and w not in _PLAIN and w not in named}

    # one of theirs acts in it ("Ihr Sohn", "Lina"): a name capitalised inside their sentences (not
    # one of ours, which German capitalises too: "Der Techniker ist morgen um 7 Uhr bei Ihnen", hv41-049)
    # (nor a word of time: "Uhr" is no one)
    staff = {w for words in (*lexicon.STAFF.values(), *lexicon.WHEN_WORDS.values()) for w in words}
    people = set(_HOUSEHOLD) | {
        t.text
        for sentence in _sentences(tokens_of(customer))
        for t in sentence[1:]
        if _raw(t)[:1].isupper() and t.text not in _WEEKDAYS and t.text not in _MONTHS and t.text not in staff
    }
    if not part & people:
        return False
    ours = keys(part)
    for sentence in _sentences(tokens_of(customer)):
        said = [t.text for t in sentence]
        # (what they need of us on that day is no plan of theirs: "Am Sonntag ... da muss der Bogen
        # komplett stehen" and "der Bogen steht am Sonntag schon um 13 Uhr komplett", hv49-134)
        needed = bool(set(said) & _MUST_WORDS) or any(has_run(said, run) for run in _WANT_OF_US)
        if named & set(said) & (set(_RELATIVE) | set(_WEEKDAYS)) and ours & keys(said) and not needed:
            return True
    return False


#: The customer wanting something done: "I want the owner to ring Chloe herself ... tomorrow" asks
#: it of us, it tells no plan of theirs (hv53-172).
_WANT_OF_US = (("i", "want"), ("we", "want"), ("i", "would", "like"), ("ich", "will"), ("ich", "moechte"),
               ("wir", "wollen"), ("wir", "moechten"))  # fmt: skip
#: Words of what must be done: a sentence with one asks something of us.
_MUST_WORDS = frozenset({"muss", "muessen", "must", "brauche", "brauchen", "need", "needs", "soll", "sollen", "should"})


def _between(inside: Sequence[tuple[int, When]], texts: Sequence[str]) -> list[When]:
    """The spans of hours said with "zwischen"/"between" among a clause's times (``inside``)."""
    said = ("zwischen", "between")
    return [w for f, w in inside if w.hours and ((f and texts[f - 1] in said) or any(t.text in said for t in w.tokens))]


def _and_part(texts: Sequence[str], start: int, end: int, at: int) -> set[str]:
    """The words of the part of the clause ``texts[start : end + 1]`` that holds ``at``, between
    the "und"/"and" that join its parts ("er kommt um 17 Uhr vorbei | und ruft Sie vorher an")."""
    first, last = start, end
    for index in range(at - 1, start - 1, -1):
        if texts[index] in ("und", "and"):
            first = index + 1
            break
    for index in range(at + 1, end + 1):
        if texts[index] in ("und", "and"):
            last = index - 1
            break
    return set(texts[first : last + 1])


def _after(offer: str, deadline: str, today: int | None = None) -> bool:
    """``offer`` lies after the ``deadline`` day, for sure (module doc); with ``today`` known
    (Monday = 0), weekdays count from it: "morgen" (Tuesday) on a Monday is before "bis Samstag"."""
    if offer[0] in "nNLA" and deadline[0] in "wr":
        return True  # "nächsten Dienstag", "next week", "in drei Wochen" after "vor Freitag" or "bis morgen"
    if offer[0] == "A" and deadline[0] == "n":
        # "the Saturday after" (a week after a Saturday named) against "by Saturday week": after it
        return int(deadline[1:]) <= int(offer[1:])
    if offer[0] == "R" and deadline[0] == "r":
        return int(offer[1:]) > int(deadline[1:])  # "up to two days" after "tomorrow"
    if offer[0] in "NLR":
        return False
    if offer[0] != deadline[0]:
        return False
    a, b = int(offer[1:]), int(deadline[1:])
    if offer[0] == "w" and today is not None:
        # a deadline named on that very weekday is next week's ("bis Montag", said on a Monday); an
        # offer on it may be today ("heute" comes as today's weekday): in doubt, before
        return (a - today) % 7 > ((b - today) % 7 or 7)
    if offer[0] == "w":
        # the week runs Monday to Sunday (DIN 1355 / ISO 8601): a plain weekday against a Sunday
        # deadline is this week's, before it ("Wednesday" for "by Sunday"); after it is "next Monday"
        return b != 6 and 1 <= (a - b) % 7 <= 3
    return 0 < a - b <= (2 if offer[0] == "r" else 10)


def _inside(hours: tuple[float, float], span: tuple[float, float]) -> bool:
    """The offer starts within ``span``, its end included ("um zwölf" fits "vormittags")."""
    return span[0] <= hours[0] <= span[1]


#: Words that make a window the only time: "nur", "only", "ausschließlich".
_ONLY_SAID = frozenset({"nur", "only", "ausschliesslich", "exclusively", "lediglich", "must", "muss"})


#: Words a bare clock hour may be said with: "only after eight", "not before half nine".
_BARE_CLOCK_WORDS = frozenset({"after", "before", "from", "till", "until", "at", "half", "past", "quarter", "to", "by"})


def _breaks_on_its_half(limit: Limit, offer: When) -> bool:
    """A bare hour ruled out before ("only after eight", no "am", "pm" or part of the day) against
    a bare hour offered ("Thursday at seven"), both read on the same half of the day: seven is
    before eight in the morning and in the evening alike (hv49-237), whichever half the line meant
    ("we're at a wedding till then"); so is a deadline hour read by guess ("by seven") against an
    offer read by guess ("quarter past seven")."""
    if limit.kind == "by" and limit.when.guessed and limit.when.hours is not None:
        # "must be there by seven" and "for quarter past seven": both read on the evening by guess,
        # the one after the other on either half (hv51-312)
        return conflicts(limit, [replace(offer, guessed=False)]) is not None
    span = limit.when.hours
    if limit.kind != "not" or span is None or span[0] != 0.0 or not 0.0 < span[1] <= 12.0:
        return False
    texts = [t.text for t in limit.when.tokens]
    if not texts or not all(t.isdigit() or t in _BARE_CLOCK_WORDS for t in texts):
        return False
    evening = replace(limit, when=replace(limit.when, hours=(0.0, span[1] + 12.0)))
    return _breaks(evening, offer)


#: Words that put a clock hour in the afternoon or evening.
_LATER_HALF = frozenset({"pm", "abends", "nachmittags", "evening", "afternoon", "tonight", "abend", "nachmittag"})


def _five_in_the_morning(limit: Limit, offer: When) -> bool:
    """A bare five o'clock ("um fünf", "Viertel nach fünf"), read as 17:00, offered for a window
    that ends by eight in the morning ("Kommen Sie vor Sonnenaufgang, also nur vor 7 Uhr",
    hv55-048): the early morning the customer asked for, no break. Elsewhere five stays the
    afternoon ("heute gegen halb fünf" for an office open until four breaks it)."""
    window = limit.when.hours
    if limit.kind != "only" or window is None or window[1] > 8.0 or offer.hours is None:
        return False
    if not 17.0 <= offer.hours[0] < 18.0:
        return False
    texts = [t.text for t in offer.tokens]
    return "5" in texts and not set(texts) & _LATER_HALF and not any(_raw(t).startswith("17") for t in offer.tokens)


def _breaks(limit: Limit, offer: When) -> bool:
    """Whether ``offer`` breaks ``limit``; an hour read as the evening by guess breaks it only if
    the morning reading (twelve hours earlier) does too: "um sieben" for someone home until ten,
    "ab sechs" for "vor acht muss jemand da sein"."""
    evening = replace(offer, guessed=False)
    if offer.hours is not None and limit.kind in ("not", "only", "by"):
        morning = replace(evening, hours=(offer.hours[0] - 12, offer.hours[1] - 12))
        return conflicts(limit, [evening]) is not None and conflicts(limit, [morning]) is not None
    return conflicts(limit, [evening]) is not None


#: Verbs of a visit said with "by": "come by", "drop by", "pop by" (no deadline "by").
_DROP_BY = frozenset({"come", "comes", "drop", "drops", "pop", "pops", "stop", "stops", "swing", "swings", "call"})
#: "spätestens", "at the latest": a time named with them is the agent's own promise.
_AT_THE_LATEST = frozenset({"spaetestens", "latest"})


#: Month names (folded) by number, German and English.
_MONTH_NUMBER = {
    name: number
    for number, names in enumerate(
        (("januar", "january"), ("februar", "february"), ("maerz", "march"), ("april",), ("mai", "may"),
         ("juni", "june"), ("juli", "july"), ("august",), ("september",), ("oktober", "october"), ("november",),
         ("dezember", "december")),
        start=1,
    )
    for name in names
}  # fmt: skip


def _month(when: When) -> int | None:
    """The month a day of the month is said with ("am 6. Juli": 7), or None."""
    return next((_MONTH_NUMBER[t.text] for t in when.tokens if t.text in _MONTH_NUMBER), None)


def _later_when(a: When, b: When, today: int | None) -> bool:
    """``a`` lies after ``b`` for sure: days of the month said with different months compare by
    month ("6. Juli" is after "15. Juni"); otherwise as :func:`_after`."""
    if a.day and b.day and a.day[0] == "d" and b.day[0] == "d":
        month_a, month_b = _month(a), _month(b)
        if month_a is not None and month_b is not None and month_a != month_b:
            return month_a > month_b
    return _after(a.day or "", b.day or "", today)


def _ready_too_late(limit: Limit, offer: When) -> bool:
    """``offer`` says our work is done only after the one window the customer can collect it in
    ("I can pick it up, but only Friday before ten" -> "ready Friday afternoon")."""
    if not offer.ready or offer.hours is None or offer.day is None or limit.kind != "only":
        return False
    if not set(normalize(limit.sentence)) & (_COLLECTING | {"pick"}):
        return False
    windows = [w.hours for w in limit.allowed if w.day == offer.day and w.hours]
    return bool(windows) and all(offer.hours[0] >= hours[1] for hours in windows)


def _either_half(offer: When) -> bool:
    """``offer`` is a morning hour from seven to eleven said with no half of the day: "Friday from
    nine", "seven o'clock" (hv47-308), "um neun" (in words) may as well be the evening for an
    observatory or a dinner; "9 am", "9 Uhr" in digits, "morgens um neun" are not."""
    if offer.guessed or offer.hours is None or not (7.0 <= offer.hours[0] < 12.0 and offer.hours[1] <= 13.0):
        return False
    texts = [t.text for t in offer.tokens]
    if {"am", "pm"} & set(texts) or any(t in _PARTS for t in texts):
        return False
    numbers = [t for t in offer.tokens if t.text.isdigit()]
    if not numbers or any(":" in _raw(t) or "." in _raw(t).rstrip(".,;:!?") for t in numbers):
        return False  # "09:00", "9.30": the 24-hour clock
    # a German hour written in digits with "Uhr" is the 24-hour clock; said in words it may be either
    return "uhr" not in texts or all(_spelled(t) for t in numbers)


def _window_starts(limit: Limit) -> list[float]:
    """The hours the customer's windows start at, for a limit that allows only them: each allowed
    window of an "only" limit, or the end of a stretch ruled out from midnight ("only after six",
    read as nothing before 18:00); empty when a window has no hours or the limit is of another kind."""
    if limit.kind == "only" and limit.allowed and all(w.hours is not None for w in limit.allowed):
        return [w.hours[0] for w in limit.allowed if w.hours is not None]
    hours = limit.when.hours
    if limit.kind == "not" and hours is not None and hours[0] == 0.0 and hours[1] < 24.0:
        return [hours[1]]
    return []


def conflicts(limit: Limit, offered: Sequence[When], halves: bool = True) -> When | None:
    """The first offer that breaks ``limit``, or None. A call (``When.call``) breaks only a
    deadline; a part of the day ("tomorrow evening") breaks a slot ruled out only when it lies
    wholly inside it (in doubt, no points off). A morning hour said with no half of the day
    (:func:`_either_half`; ``halves``) breaks a limit that allows only the evening only if its
    evening reading does too."""
    # (only where the customer's one window is the evening or night, named as such: "Friday
    # night"; "I'll ring you Thursday at ten" to someone "only reachable after five" is the morning)
    starts = _window_starts(limit)
    evening_window = bool(starts) and all(start >= 17.0 for start in starts)
    named = any(t.text.endswith(part) for t in limit.when.tokens for part, hours in _PARTS.items() if hours[0] >= 17.0)
    for offer in offered:
        # ... or the evening reading falls within two hours of the window's start ("delivery only
        # after six": "Friday, seven o'clock" is seven in the evening, hv47-308; "only after six,
        # we're at the mosque before that": "Friday, eight o'clock", hv52-268)
        near_start = (
            bool(starts)
            and offer.hours is not None
            and all(0.0 <= offer.hours[0] + 12.0 - start <= 2.0 for start in starts)
        )
        evening_only = evening_window and (named or near_start)
        if halves and evening_only and _either_half(offer):
            evening = replace(offer, hours=(offer.hours[0] + 12.0, min(24.0, offer.hours[1] + 12.0)))
            if conflicts(limit, [offer], False) is not None and conflicts(limit, [evening], False) is not None:
                return offer
            continue
        if limit.only_calls and not offer.call:
            continue  # "my phone only works after eight" does not bind a delivery
        if _five_in_the_morning(limit, offer):
            continue
        if offer.guessed:
            if _breaks(limit, offer) or _breaks_on_its_half(limit, offer):
                return offer
            continue
        if _ready_too_late(limit, offer):
            return offer
        if (
            (offer.call and not limit.calls) or offer.written or offer.latest or (offer.day or " ")[0] in "NLRA"
        ) and limit.kind != "by":
            continue  # a call needs nobody at home; "next week", "at the latest" are compared with deadlines only
        if limit.kind == "only" and offer.collect and set(normalize(limit.sentence)) & _HANDING_IN:
            continue  # "nur am Freitag abgeben": a window for handing in, not for collecting
        if offer.dated and limit.kind in ("by", "from", "earliest"):
            continue  # "Samstag, den 14. Juni" may be weeks after "bis Freitag"
        if limit.kind == "by":
            if offer.day and limit.when.day and _later_when(offer, limit.when, limit.today):
                return offer
            # a clock time ("spätestens um 12 Uhr"), not a part of the day ("bis Freitagabend")
            by_hour = limit.when.hours is not None and limit.when.hours[1] - limit.when.hours[0] <= 1.0
            by_hour = by_hour and offer.hours is not None
            # "13 Uhr" for "spätestens um 12 Uhr", the same day or no day said; a part of the day
            # starting at the hour is all after it ("Friday afternoon" for "by Friday at noon")
            part = by_hour and offer.hours[1] - offer.hours[0] > 1.0
            late = by_hour and (
                offer.hours[0] > limit.when.hours[0] or (part and offer.hours[0] >= limit.when.hours[0])
            )
            # an hour with no day is today's: it meets a deadline hour of today or of no day said,
            # not "by Friday at noon" ("by three this afternoon" is well ahead of it)
            today = ("r0", f"w{limit.today}") if limit.today is not None else ("r0",)
            same_day = offer.day == limit.when.day or (offer.day is None and limit.when.day in (None, *today))
            # a deadline hour of every day (the paper by 7 for breakfast) is broken on any day
            same_day = same_day or limit.daily
            # ... and an hour said with no day for a visit, against the hour of their one day, both
            # bare hours said in words ("in by seven" on Saturday week, "they'll arrive at quarter past
            # seven", hv52-280; "Um 15 Uhr schaue ich es mir an" is today's)
            same_day = same_day or (
                offer.day is None
                and bool(limit.when.day)
                and not (offer.call or offer.written)
                and by_hour
                and limit.when.guessed
                and all(_spelled(t) for t in offer.tokens if t.text.isdigit())
            )
            if late and same_day:
                return offer
            # a part of the day as the deadline ("bis Freitagmittag"): an hour after its end
            part_by = limit.when.hours is not None and not by_hour and offer.hours is not None
            if part_by and offer.day == limit.when.day and offer.hours[0] >= limit.when.hours[1]:
                return offer
        elif limit.kind == "earliest":
            if offer.day and limit.when.day and _later_when(limit.when, offer, limit.today):
                return offer  # "am 8. Juni" for "nicht vor dem 15. Juni"
        elif limit.kind == "from":
            day = limit.when.day
            if offer.day and day and (offer.day == day or _after(offer.day, day, limit.today)):
                return offer
        elif limit.kind == "not":
            # an hour with no day named is today's ("at half nine" for "Thursday I'm in the office")
            today = ("r0", f"w{limit.today}") if limit.today is not None else ("r0",)
            same_day = offer.day == limit.when.day or (offer.day is None and limit.when.day in today)
            # hours ruled out on no day named hold every day ("Vor neun Uhr bitte nicht")
            same_day = same_day or (limit.when.day is None and limit.when.hours is not None)
            if not same_day or offer.day is None and limit.when.hours is None:
                continue
            span = limit.when.hours
            if span is None:
                return offer
            if offer.hours is not None and span[0] <= offer.hours[0] < span[1]:
                clock = offer.hours[1] - offer.hours[0] <= 1.0
                if clock or offer.hours[1] <= span[1]:
                    return offer
            # a stretch said from hour to hour runs into the hours ruled out ("from twelve till
            # two" for "only from eleven till one", hv50-264)
            if offer.hours is not None and _overrun(offer, span):
                return offer
        elif limit.kind == "only":
            days = {w.day for w in limit.allowed if w.day}
            if days and all(w.hours is None for w in limit.allowed):
                if offer.day and offer.day[0] == "w" and all(d[0] == "w" for d in days) and offer.day not in days:
                    return offer
                # (this week's and next week's days said together: the days to come, alike)
                if {d[0] for d in days} == {"w", "n"} and offer.day and offer.day[0] in "wn":
                    coming = {_coming(d, limit.today) or d for d in days}
                    if (_coming(offer.day, limit.today) or offer.day) not in coming:
                        return offer
                # "it has to be this Saturday or Sunday": next week's Saturday is none of them
                if offer.day and offer.day[0] == "n" and all(d[0] == "w" for d in days) and _this_week(limit):
                    return offer
                # "only on a Tuesday or a Wednesday": next week's Thursday is no such day either
                # (hv54-202); next week's Tuesday may be
                other_weekday = offer.day and offer.day[1:] not in {d[1:] for d in days}
                if other_weekday and offer.day[0] == "n" and all(d[0] == "w" for d in days):
                    return offer
                continue
            # (the day is the window's only when "only" is said: "either before nine or after six"
            # of a day in the studio leaves the evening before it open, hv33-182)
            said = normalize(limit.sentence)
            said_only = bool(set(said) & _ONLY_SAID) or any(has_run(said, run) for run in _MUST_BE)
            # (this week's days and next week's said together name the days to come alike: "am
            # Dienstag oder Donnerstag nächste Woche" on a Friday, :func:`_coming`, hv53-131)
            said_days = {w.day for w in limit.allowed if w.day}
            today = limit.today if {d[0] for d in said_days} == {"w", "n"} else None
            offer_day = _coming(offer.day, today) or offer.day
            alike = [_coming(w.day, today) or w.day for w in limit.allowed]
            for kind in "wdn":
                named = {day for day in alike if day and day[0] == kind}
                whole = bool(named) and len(named) == len(set(alike))
                whole = whole and all(w.day for w in limit.allowed) and said_only
                if whole and offer_day and offer_day[0] == kind and offer_day not in named:
                    # "nur am Mittwoch ab 16 Uhr": Tuesday is out, at any hour; "the only slot is
                    # Saturday the 21st, 7 till 11": the 23rd too
                    return offer
            if offer.day and any(w.day == offer.day and w.hours is None for w in limit.allowed):
                continue  # "nur am Samstag oder nach 18 Uhr": any hour of Saturday
            # the windows of the offer's day ("Wednesday and Thursday mornings": Thursday's for Thursday)
            # (a weekday's window holds on that weekday next week too: "Es muss ein Freitagnachmittag
            # sein" for "am Freitag in einer Woche um 10 Uhr", hv51-106)
            windows = [
                w.hours
                for w in limit.allowed
                if w.hours and (not offer.day or not w.day or w.day == offer.day or _next_of(offer.day, w.day))
            ]
            if offer.hours is None or not windows or (offer.day is None and all(w.day for w in limit.allowed)):
                continue  # a time with no day ("morgens") against windows of named days: which day?
            # a part of the day ("Freitagnachmittag" for "nur nach 15 Uhr") breaks the windows only
            # when it misses them all; a clock time must start inside one
            if _from_to(offer) and not any(
                _inside(offer.hours, hours) and offer.hours[1] <= hours[1] + _overrun_allowed(hours)
                for hours in windows
            ):
                return offer  # "from twelve till two" past a window that ends at one
            part = offer.hours[1] - offer.hours[0] > 1.0
            if part and any(offer.hours[0] < hours[1] and hours[0] < offer.hours[1] for hours in windows):
                continue
            if not any(_starts_within(offer.hours, hours) for hours in windows):
                # (an hour at a window's end, with a time of the reply starting inside it, is where
                # that time ends: "von 15 Uhr an, bis um vier die Kaffeetafel beginnt", hv52-131)
                ends = [w for w in windows if offer.hours[0] == w[1]]
                if any(o.hours and o is not offer and _starts_within(o.hours, w) for o in offered for w in ends):
                    continue
                return offer
    return None


def _next_of(day: str, weekday: str) -> bool:
    """``day`` is next week's ``weekday`` ("n4" of "w4")."""
    return day[0] == "n" and weekday[0] == "w" and day[1:] == weekday[1:]


def _starts_within(hours: tuple[float, float], window: tuple[float, float]) -> bool:
    """The offer starts inside a window the customer allows: a part of the day with its end
    ("um zwölf" fits "vormittags", :func:`_inside`), a window of clock times before its end ("at
    half eleven" starts as "only between ten and half eleven" closes, hv52-240)."""
    if window in _PARTS.values():
        return _inside(hours, window)
    return window[0] <= hours[0] < window[1]


def _this_week(limit: Limit) -> bool:
    """The limit's sentence names its days as this week's: "this Saturday", "diesen Samstag",
    "this weekend", "diese Woche"."""
    said = normalize(limit.sentence)
    these = {"this", "diesen", "diesem", "dieses", "diese", "kommenden", "coming"}
    return any(a in these and (b in _WEEKDAYS or b in _STRETCHES) for a, b in zip(said, said[1:]))


#: How far a stretch said from hour to hour may run past a window before it breaks it (hours): half
#: an hour, so that "from half eleven till one" or packing away a little late is no break (precision
#: first; v50's writer counts arriving to set up inside a window as inside it).
_OVERRUN = 0.5
#: German words before a clock time: "um 13 Uhr", "ab 9", "bis 12".
_CLOCK_LEAD_DE = frozenset({"um", "ab", "bis", "gegen", "vor", "nach", "zwischen", "und"})
#: Words between the two hours of a stretch: "from twelve till two", "von 12 bis 14 Uhr".
_STRETCH_TO = frozenset({"till", "until", "to", "bis"})


def _overrun_allowed(window: tuple[float, float]) -> float:
    """How far a stretch may run past ``window`` (hours): :data:`_OVERRUN`, but no more than a
    quarter of the window, so that "from half twelve to half one" breaks "only in the lunch hour,
    between twelve and one" (half of it spent past the end, hv53-312)."""
    return min(_OVERRUN, (window[1] - window[0]) / 4)


def _from_to(offer: When) -> bool:
    """The offer is a stretch said from one clock hour to another ("twelve till two", "von 12 bis
    14 Uhr"), not a part of the day ("afternoon") whose hours are only a reading."""
    texts = [t.text for t in offer.tokens]
    # (the second hour may follow its fraction: "from half twelve to half one")
    return offer.hours is not None and any(
        t in _STRETCH_TO
        and texts[i - 1][:1].isdigit()
        and (texts[i + 1 : i + 2] and texts[i + 1][:1].isdigit() or texts[i + 1 : i + 2] == ["half"]
             and texts[i + 2 : i + 3] and texts[i + 2][:1].isdigit())
        for i, t in enumerate(texts)
        if i
    )  # fmt: skip


def _overrun(offer: When, span: tuple[float, float]) -> bool:
    """A stretch said from hour to hour (:func:`_from_to`) lies in ``span`` (hours ruled out) for
    more than :data:`_OVERRUN` hours."""
    if offer.hours is None or not _from_to(offer):
        return False
    return min(offer.hours[1], span[1]) - max(offer.hours[0], span[0]) > _OVERRUN


def _allowed(limits: Sequence[Limit], offer: When) -> bool:
    """``offer`` lies in a window the customer named as open ("my wife is home on Wednesday
    mornings"): on its day (or with no day said) and starting inside its hours."""
    for limit in limits:
        if limit.kind not in ("only", "open"):
            continue
        for window in limit.allowed:
            # a time with no day ("at eight, while your wife is in") may be on the open day; someone
            # else's window with no day ("my wife's home in the morning") is open every day
            same_day = window.day is not None and offer.day in (window.day, None)
            same_day = same_day or (limit.kind == "open" and window.day is None)
            if window.hours and offer.hours and same_day and _inside(offer.hours, window.hours):
                return True
    return False


def _opened(limits: Sequence[Limit], offer: When) -> bool:
    """``offer`` is on a day someone else lets us in (:attr:`Limit.opens`)."""
    return offer.day is not None and any(
        limit.opens and offer.day in {w.day for w in limit.allowed} for limit in limits
    )


#: Words that part the things of several deadlines in one sentence ("the vial by Monday and the
#: bottles by Wednesday"), and words too general to name a thing.
_THING_BREAKS = frozenset({"and", "und", "so", "also", "but", "aber", "by", "bis", "spaetestens", "then", "dann"})
_NOT_THINGS = frozenset(
    {"i", "ich", "need", "needs", "brauche", "brauchen", "muss", "muessen", "must", "have", "has", "want", "will",
     "the", "a", "an", "die", "der", "das", "den", "it", "es", "be", "sein", "da", "here", "hier", "there"}
)  # fmt: skip


#: Words that set a deadline in the customer's sentence, each for a thing of its own.
_BY_WORDS = frozenset({"by", "bis", "spaetestens"})


def _thing_before(texts: Sequence[str], at: int) -> frozenset[str]:
    """The thing a deadline whose "by" is at ``at`` is for: the words before it back to "and", "so"
    or the deadline before, cut to five letters so that "bottle" meets "bottles"."""
    start = at - 1
    while start >= 0 and texts[start] in _BY_WORDS:
        start -= 1
    words: list[str] = []
    while start >= 0 and texts[start] not in _THING_BREAKS:
        words.append(texts[start])
        start -= 1
    return frozenset(w[:5] for w in words if w not in _NOT_THINGS and w.isalpha() and len(w) > 2)


#: Words before a window that name no thing it is for: "nur", "only", "bitte", "after".
_WINDOW_LEADS = frozenset(
    {"nur", "only", "bitte", "please", "nach", "after", "vor", "before", "ab", "from", "zwischen", "between",
     "erst", "not", "nicht", "um", "at", "just", "and", "und", "but", "aber", "so", "also", "we", "wir", "i", "ich"}
)  # fmt: skip


def _window_thing(limit: Limit) -> frozenset[str]:
    """What a window or a slot ruled out is for, when its clause names it before the time: "die
    Show nur nach 21 Uhr" is for {"show"} (cut to five letters, as :func:`_thing_before` does);
    empty when the clause names nothing but the time."""
    return _thing_of_window(limit.sentence, tuple(t.text for t in limit.when.tokens))


@functools.lru_cache(maxsize=256)
def _thing_of_window(sentence: str, said: tuple[str, ...]) -> frozenset[str]:
    """:func:`_window_thing` of the limit's ``sentence`` and its time's folded words ``said``
    (cached: :func:`breaking` asks for each limit again for every alternative of a refusal)."""
    tokens = tokens_of(words_of_text(sentence))
    texts = [t.text for t in tokens]
    at = next((i for i in range(len(texts)) if said and tuple(texts[i : i + len(said)]) == said), None)
    if at is None:
        return frozenset()
    start = next((a for a, b in _clauses(tokens) if a <= at <= b), at)
    words = [t for t in texts[start:at] if t.isalpha() and len(t) > 2]
    return frozenset(w[:5] for w in words if w not in _NOT_THINGS | _WINDOW_LEADS | _DAY_NAMES and w not in _PARTS)


def _deadline_things(limits: Sequence[Limit]) -> dict[int, tuple[frozenset[str], frozenset[str]]]:
    """For a day's deadline in a sentence with another deadline ("I need the test vial by Monday and
    the bottles by Wednesday"; "your lifeguards must be on the poolside by half eight, and I want
    their names by Wednesday", hv42-240), what it is for and what the others are for (:func:`_thing_before`),
    keyed by ``id`` of the limit: ({"test", "vial"}, {"bottl"}) and the other way round."""
    found: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
    for limit in limits:
        if limit.kind != "by" or not limit.when.day:
            continue
        texts = [t.text for t in tokens_of(words_of_text(limit.sentence))]
        marks = [i for i, t in enumerate(texts) if t in _BY_WORDS and (i == 0 or texts[i - 1] not in _BY_WORDS)]
        if len(marks) < 2:
            continue
        said = [t.text for t in limit.when.tokens]
        at = next((i for i in range(len(texts)) if texts[i : i + len(said)] == said), None)
        own = max((m for m in marks if at is not None and m < at), default=None)
        if own is None:
            continue
        mine = _thing_before(texts, own)
        others = frozenset().union(*(_thing_before(texts, m) for m in marks if m != own)) - mine
        if mine and others:
            found[id(limit)] = (mine, others)
    return found


#: Words that make a deadline one for word in writing: "confirmed in writing by Monday".
_IN_WRITING = frozenset({w[:5] for w in _WRITTEN | _PROMISE} | {"confi", "besta", "zusag"})
#: ... for a confirmation of another thing: "confirmed", "Bestätigung", "Zusage".
_CONFIRMING = frozenset({"confi", "besta", "zusag", "zusic"})


def _written_deadline(limit: Limit) -> bool:
    """A deadline for a confirmation ("I want the new lesson confirmed in writing by Monday", "die
    Zusage bis Mittwoch schriftlich", hv48-258): the words before its "by" back to "and"/"so"
    (:func:`_thing_before`) or the two after its day name the confirming (:data:`_CONFIRMING`). It
    binds what is sent, not the visit or lesson the confirmation is about."""
    if limit.kind != "by" or not limit.when.day:
        return False
    texts = [t.text for t in tokens_of(words_of_text(limit.sentence))]
    said = [t.text for t in limit.when.tokens]
    at = next((i for i in range(len(texts)) if texts[i : i + len(said)] == said), None)
    if at is None:
        return False
    mark = max((i for i in range(at) if texts[i] in _BY_WORDS), default=None)
    before = _thing_before(texts, mark) if mark is not None and at - mark <= 2 else frozenset()
    after = {t[:5] for t in texts[at + len(said) : at + len(said) + 2]}
    # (a confirmation of something else; "the opposition plan in writing by Friday" is the thing itself, hv41-228)
    return bool((before | after) & _CONFIRMING)


#: Opening up for the customer's people: "to let your players in", "um aufzuschließen".
_OPENING_UP = (("let", "in"), ("open", "up"), ("aufschliessen",), ("aufzuschliessen",), ("aufsperren",),
               ("aufzusperren",), ("schliesse", "auf"), ("sperre", "auf"), ("unlock",))  # fmt: skip


def _opening_up(offer: When, limit: Limit) -> bool:
    """We open up for them within the hour before the window they named ("I'll be at reception at
    half eight to let your players in" for "the courts only from nine till one", hv48-285): getting
    ready for the slot, not a slot of its own."""
    if limit.kind != "only" or offer.hours is None or not limit.allowed:
        return False
    about = offer.about
    opens = any(all(word in about for word in run) for run in _OPENING_UP)
    starts = [w.hours[0] for w in limit.allowed if w.hours is not None]
    return opens and bool(starts) and all(0.0 < start - offer.hours[0] <= 1.0 for start in starts)


def breaking(limits: Sequence[Limit], offered: Sequence[When]) -> tuple[Limit, When] | None:
    """The first (limit, offer) where an offer breaks a limit of the same line, or None. A slot
    ruled out ("I'm at work till half five every day") does not count against an offer inside a
    window the customer named as open ("my wife is home on Wednesday mornings"): the line says
    who is there then."""
    things = _deadline_things(limits)
    for limit in limits:
        candidates = [o for o in offered if not (limit.kind in ("not", "from") and _allowed(limits, o))]
        if id(limit) in things:
            # "the bottles arrive on Tuesday" is held to the bottles' deadline, not to the vial's
            mine, others = things[id(limit)]
            candidates = [
                o for o in candidates if not ({w[:5] for w in o.about} & others and not {w[:5] for w in o.about} & mine)
            ]
        candidates = [o for o in candidates if not _opening_up(o, limit)]
        if limit.kind in ("not", "only") and (thing := _window_thing(limit)):
            # "die Show nur nach 21 Uhr": with the show offered inside it ("um 21:30 Uhr beginnt
            # die Show"), a rehearsal at eight is held to nothing of it (hv52-155)
            named = [o for o in candidates if {w[:5] for w in o.about} & thing]
            if named and all(conflicts(limit, [o]) is None for o in named):
                candidates = named
        if _written_deadline(limit):
            # "confirmed in writing by Monday" binds the letter, not the lesson on Tuesday (hv48-258)
            candidates = [o for o in candidates if o.written or {w[:5] for w in o.about} & _IN_WRITING]
        if not limit.opens and not limit.only_calls and limit.kind in ("not", "from", "only"):
            # on the day someone else lets us in, the customer's own hours bind no visit (the bell
            # hung on Friday morning, when the sexton opens the tower, while the customer teaches)
            candidates = [o for o in candidates if o.call or not _opened(limits, o)]
        if limit.kind == "only" and limit.when.day is not None:
            # the one window met by a time offered ("Abgeben nur am Freitag ab 16 Uhr": "Freitag um
            # 16 Uhr"): the other days offered are what follows (ready on Sunday), not the same thing
            met = {o.day for o in candidates if o.day and conflicts(limit, [o]) is None}
            if met & {w.day for w in limit.allowed}:
                candidates = [o for o in candidates if o.day in met]
        offer = conflicts(limit, candidates)
        if offer is not None:
            return limit, offer
    return None


#: How a trainer asks for a deadline in a fact's ``ask`` list ("bis wann brauchen Sie", "when do
#: you need it", "what's the deadline", "Fristende"); "bis wann sind Sie da" asks how long, not by when.
_DEADLINE_ASKS = (
    ("wann", "brauchen"), ("wann", "braucht"), ("wann", "benoetigen"), ("when", "need"), ("deadline",), ("frist",),
    ("fristende",),
)  # fmt: skip


def asks_for_deadline(asks: Sequence[str]) -> bool:
    """A fact's ``ask`` phrases ask by when something is needed (:data:`_DEADLINE_ASKS`)."""
    for ask in asks:
        said = {t.text for t in tokens_of(words_of_text(ask))}
        if any(all(word in said for word in run) for run in _DEADLINE_ASKS):
            return True
    return False


def declared_deadlines(value: str, customer: Sequence[Word]) -> list[Limit]:
    """The deadline a fact the trainer asks for as one sets (:func:`asks_for_deadline`; value
    "Donnerstag um 10 Uhr" for "am Donnerstag um 10 Uhr kommt unser größter Kunde"): "by" each
    time of the value, when the customer's line names that day there (or, for a value of a clock
    time and no day, that hour, every day: "um 7 Uhr" for "Ich frühstücke um 7 Uhr", asked "wann
    brauchen Sie die Zeitung"), quoting its sentence. A value the line does not name sets nothing: the finding
    quotes what the customer said."""
    today = _today(customer)
    sentences = _sentences(tokens_of(customer))
    found: list[Limit] = []
    for *_, when in _whens(tokens_of(words_of_text(value))):
        if when.day is None and when.hours is None:
            continue
        # a day, or a clock time of no day ("um 7 Uhr" for "Ich frühstücke um 7 Uhr"), the line names
        key = "day" if when.day is not None else "hours"
        for sentence in sentences:
            if any(getattr(w, key) == getattr(when, key) for *_, w in _whens(sentence)):
                told = " ".join(_raw(t) for t in sentence)
                found.append(Limit("by", _on_weekday(when, today), told, today=today, daily=when.day is None))
                break
    return found


#: Places the customer is away at: an offer to bring it there needs them nowhere else.
#: (Not "work"/"Arbeit": "Would Thursday at 10 work?", "die Arbeit ist erledigt" name no place.)
_PLACES = frozenset(
    {"baustelle", "buero", "firma", "werkstatt", "praxis", "atelier", "laden", "geschaeft", "office", "site",
     "workshop", "studio", "shop"}
)  # fmt: skip


def away_places(limit: Limit) -> frozenset[str]:
    """The places a "not"/"only" limit says the customer is away at ("Ich bin bis 17 Uhr auf der
    Baustelle": {"baustelle"}); a reply that brings it there ("kommt zu Ihnen auf die Baustelle")
    is not held to the limit (:mod:`not_listening`)."""
    if limit.kind not in ("not", "only"):
        return frozenset()
    texts = [t.text for t in tokens_of(words_of_text(limit.sentence))]
    # the place of an absence ("auf der Baustelle", "in the office"), not one they are at besides
    # ("I'm at my studio from eight, but I'm out between twelve and one")
    # ("Ich bin morgen nur von 9 bis 13 Uhr in der Praxis" says when they are there: no absence)
    if not _away(texts):
        return frozenset()
    return frozenset(w for run in _AWAY if has_run(texts, run) for w in run) & _PLACES


#: Our diary full on a day: "Freitags sind wir leider voll", "Friday's fully booked".
_FULL = frozenset({"voll", "ausgebucht", "verplant", "belegt", "besetzt", "booked", "full", "blocked"})
#: Doing words that a negation turns into a refusal: "Samstag bekomme ich nicht hin", "früher geht
#: es nicht", "we can't do Friday". Not "promise"/"guarantee": "I can't promise Friday" is a hedge,
#: which the sets' writers label not_listening and no contradiction.
_DOING = frozenset({"geht", "gehts", "klappt", "bekomme", "bekommen", "kriege", "kriegen", "schaffe", "schaffen",
                    "hin", "moeglich", "machbar", "manage", "do", "make"})  # fmt: skip
#: Their time named without a day: "so schnell", "bis dahin", "that quickly", "by then" (hv52-087).
_THEIR_TIME = (
    ("so", "schnell"), ("so", "kurzfristig"), ("bis", "dahin"), ("that", "quickly"), ("that", "fast"),
    ("that", "soon"), ("so", "quickly"), ("so", "soon"), ("by", "then"), ("in", "time"), ("rechtzeitig",),
)  # fmt: skip
#: A day of theirs taken by something of ours: "Saturday week clashes with a festival" (hv52-281).
_CLASHING = frozenset({"clashes", "clash", "kollidiert", "ueberschneidet"})
#: Words that set a time before something: "before Christmas", "vor Ostern", "bis Freitag".
_BEFORE_WORDS = frozenset({"before", "vor", "bis", "until", "till", "by"})
#: Stretches named without a weekday: "diese Woche", "diese Ferien", "this weekend".
_STRETCHES = frozenset({"woche", "week", "wochenende", "weekend", "ferien", "holidays", "monat", "month"})
#: Before an alternative: it is the first time we have ("erst um 11 Uhr", "the earliest is Saturday").
_EARLIEST = frozenset({"erst", "fruehestens", "earliest", "soonest"})


#: After "booked"/"full" as our diary: "we're booked on Friday", "full all weekend"; not "booked
#: for Friday" (a reservation made) nor "the full refund".
_FULL_AFTER = frozenset({"", "on", "up", "all", "then", "that", "this", "at", "until", "till", "so", "but", "im"})
_HAVE_BOOKED = frozenset({"ive", "have", "has", "weve", "hab", "habe", "haben", "hat", "had"})
_COPULA_FULL = frozenset({"ist", "sind", "war", "waren", "bin", "is", "are", "s", "re", "were", "was", "fully"})


def _diary_full(clause: Sequence[str]) -> bool:
    """The clause says our diary is full: "Freitags sind wir leider voll", "Diese Woche ist alles
    verplant", "Friday's fully booked", "She's booked all weekend"; not a booking made for them
    ("I've booked him for eight", "the courier is booked for Friday") nor "the full refund"."""
    for at, text in enumerate(clause):
        if text not in _FULL:
            continue
        after = clause[at + 1] if at + 1 < len(clause) else ""
        before = set(clause[max(0, at - 3) : at])
        if text in ("booked", "full", "blocked"):
            if after not in _FULL_AFTER or before & _HAVE_BOOKED:
                continue
            return True
        if text == "voll" and (after == "und" or not before & _COPULA_FULL and "alles" not in before):
            continue  # "voll und ganz"; "voll" of our diary after "sind"/"ist alles"
        return True
    return False


#: Free to be booked: "das Pferd ist nicht frei", "no one's available before Monday".
_AVAILABLE = frozenset({"frei", "free", "available", "verfuegbar"})


#: Words that leave a time open: "sometime next week", "irgendwann", "vielleicht Freitag".
_VAGUE_WHEN = frozenset({"sometime", "irgendwann", "maybe", "vielleicht", "possibly", "eventuell",
                         "hopefully", "hoffentlich", "perhaps"})  # fmt: skip


#: Naming the first time we have: "the first slot", "der nächste freie Termin".
_FIRST_FREE = (
    ("1", "slot"), ("1", "free"), ("1", "available"), ("1", "freie"), ("1", "freien"),
    ("naechste", "freie"), ("naechsten", "freien"), ("fruehester", "termin"),
)  # fmt: skip
#: Hedging words: "I can't promise it before Monday", "kann ich nicht sagen" doubt, they turn nothing
#: down (v43's writers).
_HEDGES = lexicon.ASSURANCE_WORDS | {"sagen", "say"}
#: Before a day in a negated clause, nothing before it: "vor Montag wird das nichts", "not till Monday".
_UNTIL = frozenset({"vor", "before", "till", "until"})


def _coming(day: str | None, today: int | None) -> str | None:
    """A weekday earlier in the week than today, as the coming one ("Tuesday" said on a Wednesday
    is next week's, "n1"); None for any other day."""
    if today is None or not day or day[0] != "w" or int(day[1:]) >= today:
        return None
    return f"n{day[1:]}"


def _earliest_too_late(
    earliest: Sequence[tuple[When, tuple[Token, ...]]], limits_told: Sequence[Limit], today: int | None
) -> Refusal | None:
    """A time said as the first we have ("so Monday at five is the first slot", "the Saturday after
    at twelve is the earliest", "Vor Montag wird das nichts") that misses the customer's deadline
    ("by Friday"): their time turned down in so many words, the clause quoted. None otherwise."""
    deadlines = [limit for limit in limits_told if limit.kind == "by"]
    for when, clause in earliest:
        limit = next((lim for lim in deadlines if conflicts(lim, [_on_weekday(when, today)]) is not None), None)
        if limit is not None:
            return Refusal(clause, limit.sentence)
    return None


@dataclass(frozen=True)
class Refusal:
    """The agent turns down the time the customer asked for and names another (:func:`refused_time`):
    ``tokens`` the refusing clause ("Freitags sind wir leider voll"), ``told`` the customer's
    sentence that named the time."""

    tokens: tuple[Token, ...]
    told: str

    def said(self) -> str:
        """The refusing clause as it was said."""
        return " ".join(_raw(t) for t in self.tokens).rstrip(".,;:!? ")


def _hours_meet(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Two stretches of hours (start, end) share more than a moment."""
    return min(a[1], b[1]) - max(a[0], b[0]) > 0


#: Words that name where a stretch ends: "Schluss um elf", "Ende 23 Uhr", "we finish at eleven".
_END_WORDS = frozenset({"schluss", "ende", "feierabend", "finish", "finishes", "ends", "end", "finished"})


def _end_of_stretch(texts: Sequence[str], first: int) -> bool:
    """The time at ``first`` follows an end word (:data:`_END_WORDS`), with "um"/"at" between or not."""
    if first and texts[first - 1] in _END_WORDS:
        return True
    return first >= 2 and texts[first - 1] in ("um", "at", "gegen", "around") and texts[first - 2] in _END_WORDS


def refused_time(
    reply: Sequence[Word], customer: Sequence[Word], said: Sequence[Limit] | None = None
) -> Refusal | None:
    """The reply refuses the time the customer asked for and offers another instead: a clause of
    ours that says the customer's day, week or holidays are full or cannot be done ("Diese Woche
    ist leider alles verplant", "Samstag bekomme ich nicht hin", "Friday's fully booked"), and
    elsewhere in the reply a time they did not ask for: next week's,
    one said as the earliest ("erst um 11 Uhr", "the earliest is Saturday morning"), a day outside
    the days they need, or one that breaks their limit (:func:`breaking`). The held-out sets'
    writers label such a firm refusal contradiction and not_listening (v43's convention, kept by
    every writer since); a vague time instead ("irgendwann nächste Woche") is not one. None if the
    reply does not do this, or gives the asked day after all. ``said``: :func:`limits` of the line."""
    limits_told = list(said) if said is not None else limits(customer)
    today = _today(customer)
    their_tokens = tokens_of(customer)
    their_words = {t.text for t in their_tokens}
    customer_texts = [t.text for t in their_tokens]
    their_sentences = _sentences(their_tokens)
    named: dict[str, str] = {}  # day -> the customer's sentence that named it
    for sentence in their_sentences:
        stated = _today_stated(sentence)
        for first, _, when in _whens(sentence):
            if when.day and first not in stated:
                named.setdefault(_on_weekday(when, today).day or "", " ".join(_raw(t) for t in sentence))
    need = {d for limit in limits_told for w in (limit.when, *limit.allowed) if (d := _on_weekday(w, today).day)}
    need = need or set(named)
    hours_told = [h for limit in limits_told for w in (limit.when, *limit.allowed) if (h := w.hours)]
    refusal: Refusal | None = None
    refused_days: set[str] = set()
    alternatives: list[tuple[When, bool]] = []  # (time, said as the earliest)
    earliest_clauses: list[tuple[When, tuple[Token, ...]]] = []  # times said as the earliest, with their clause
    for sentence in _sentences(tokens_of(reply)):
        texts = [t.text for t in sentence]
        asked = sentence[-1].question or _raw(sentence[-1]).endswith("?")
        whens = _whens(sentence) + _later(sentence)
        # "Tuesday morning is full, so it would have to be the afternoon" (hv52-236): a part of the
        # day with no day of its own is on the day named before it in the sentence
        dayed: list[tuple[int, When, bool]] = []  # (first token, time, its day its own)
        for f, _, w in sorted(whens, key=lambda found: found[0]):
            day = _week_on(w, texts, today)
            if day is None and w.hours and dayed and dayed[-1][1].day:
                day = dayed[-1][1].day
            dayed.append((f, replace(w, day=day), w.day is not None))
        for c_start, c_end in _clauses(sentence):
            clause = texts[c_start : c_end + 1]
            inside = [w for f, w, _ in dayed if c_start <= f <= c_end and (w.day or w.hours)]
            # a day said in the clause itself, not carried from an earlier one
            own_days = [w for f, w, own in dayed if c_start <= f <= c_end and own]
            stretch = [t for t in clause if t.removesuffix("s") in _STRETCHES]
            negated = bool(set(clause) & _NEGATION)
            refusing = _diary_full(clause) or (negated and bool(set(clause) & _DOING))
            # "Unter der Woche ist das Pferd nicht frei"; not "Vor Mittwoch haben wir keinen frei",
            # which names the earliest day (below)
            refusing = refusing or (negated and bool(set(clause) & _AVAILABLE) and not set(clause) & _UNTIL)
            refusing = refusing or bool(set(clause) & _CLASHING)  # "Saturday week clashes with a festival"
            # "Sonntag ist schwierig", "Bis Donnerstag wird das knapp": their day called hard, which
            # refuses it only with a later time given instead (below; hv53-090, hv53-153); a day or
            # stretch named in it ("Privatstunden so kurz vor der Hochzeit sind immer knapp" names
            # none: a remark, hv12-056)
            # (said of it, not the thing's attribute: "especially in a tight month", hv6-155)
            hard_at = next((k for k, t in enumerate(clause) if t in _HARD_TO_DO), None)
            hard = hard_at is not None and not (hard_at and clause[hard_at - 1] in ("a", "an", "ein", "eine"))
            refusing = refusing or (hard and not negated and bool(inside or stretch))
            plain = not asked and not set(clause) & (_CONDITION | _SECOND)
            # "So schnell geht das nicht", "we can't do it by then": their time, named as such
            their_time = any(has_run(clause, run) for run in _THEIR_TIME)
            # ... or in their own words: "Before Christmas is fully booked" for "It would have to be
            # before Christmas" (hv53-238)
            their_time = their_time or any(
                a in _BEFORE_WORDS and has_run(customer_texts, (a, b)) for a, b in zip(clause, clause[1:])
            )
            if refusal is None and refusing and plain and (inside or stretch or their_time):
                days = {_on_weekday(w, today).day or "" for w in inside} - {""}
                # their hours refused with no day ("Nachmittags sind unsere Monteure ausgebucht" for
                # "nur nachmittags", "We don't do installations before twelve" for "between ten and
                # twelve", hv54-127, -249): their time too
                their_hours = any(
                    w.hours and not w.day and any(_hours_meet(w.hours, h) for h in hours_told) for w in inside
                )
                days |= need if their_time or their_hours else set()
                days |= {"w5"} if any(t.removesuffix("s") in ("weekend", "wochenende") for t in stretch) else set()
                # "diese Woche", "all week": each of its days
                this_week = any(
                    a in ("diese", "this", "all", "ganze") and b in ("woche", "week")
                    for a, b in zip(clause, clause[1:])
                )
                days |= {f"w{d}" for d in range(7)} if this_week else set()
                # "unter der Woche", "werktags", "during the week": Monday to Friday (hv55-084)
                weekdays = _on_weekdays(clause) or has_run(clause, ("during", "the", "week"))
                days |= {f"w{d}" for d in range(5)} if weekdays else set()
                # "Tuesday" said on a Wednesday is the coming one, their "next Tuesday" (hv52-236)
                days |= {coming for d in days if (coming := _coming(d, today))}
                theirs = days & (need | set(named) | ({"w6"} if "w5" in days else set()))
                # "diese Ferien" for "die Herbstferien", "this week" for "this week": their stretch
                echoed = any(t.removesuffix("s") in w for t in stretch for w in their_words if len(t) >= 4)
                # (their time in their own words needs no day: "before Christmas")
                if theirs or echoed or (their_time and not days):
                    told = next((named[d] for d in theirs if d in named), None)
                    told = told or next(
                        (
                            " ".join(_raw(t) for t in s)
                            for s in their_sentences
                            if any(tok.text in stretch for tok in s)
                        ),
                        " ".join(_raw(t) for t in their_sentences[-1]) if their_sentences else "",
                    )
                    refusal = Refusal(tuple(sentence[c_start : c_end + 1]), told)
                    refused_days = days
                    continue
            # ("erst" comes folded to the number 1: its raw word tells)
            earliest = bool(set(clause) & _EARLIEST) or any(
                _raw(t).lower().strip(".,;:!?") == "erst" for t in sentence[c_start : c_end + 1]
            )
            # "the first slot", "der nächste freie Termin"; "Vor Montag wird das nichts", "doesn't go
            # your way till Monday": nothing before the day named
            earliest = earliest or any(has_run(clause, run) for run in _FIRST_FREE)
            # (not a hedge: "I can't promise anything before Friday" is labelled no refusal)
            until = negated and bool(set(clause) & _UNTIL) and not set(clause) & _HEDGES
            earliest = earliest or until
            if negated and not earliest or asked or set(clause) & _CONDITION:
                continue
            if set(clause) & _VAGUE_WHEN or has_run(clause, ("some", "time")):
                continue  # "so it'll be sometime next week": non-committal, no firm time instead (v43)
            # "in den nächsten Ferien hätte ich wieder Platz", "next weekend I could do Saturday": a
            # stretch to come, and the days named in it are of that stretch
            if any(a in _NEXT and b.removesuffix("s") in _STRETCHES for a, b in zip(clause, clause[1:])):
                inside = [replace(w, day="n" + w.day[1:]) if w.day and w.day[0] == "w" else w for w in inside]
                inside.append(When("N", None, tuple(sentence[c_start : c_end + 1])))
            alternatives += [(w, earliest) for w in inside]
            if earliest and not set(clause) & _HEDGES:
                earliest_clauses += [(w, tuple(sentence[c_start : c_end + 1])) for w in own_days]
    if refusal is None:
        return _earliest_too_late(earliest_clauses, limits_told, today)
    instead = False
    for when, earliest in alternatives:
        day = _on_weekday(when, today).day
        breaks = bool(limits_told) and breaking(limits_told, [_on_weekday(when, today)]) is not None
        if not breaks and (coming := _coming(day, today)):
            # "Tuesday ..., the afternoon" said on a Wednesday is their "next Tuesday": held to the
            # limits of that day as they named it (hv52-236)
            theirs_then = [lim for lim in limits_told if coming in {w.day for w in (lim.when, *lim.allowed)}]
            breaks = bool(theirs_then) and breaking(theirs_then, [replace(when, day=coming)]) is not None
        if day in refused_days and not (earliest or breaks):
            return None  # "Friday morning's booked, but Friday at two works": the asked day given after all
        later = day is not None and day[0] in "nNLA"
        instead = instead or later or earliest or breaks or (day is not None and day not in need)
    return refusal if instead else None
