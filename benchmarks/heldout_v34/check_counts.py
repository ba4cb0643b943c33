"""Check heldout_v34 replies.yaml against its scenarios/ and print the counts table.

Run with the project's venv python. Copied from heldout_v33/check_counts.py (itself copied from
v32's, v31's, v30's, v28's, v27's, v26's, v25's, v24's, v23's, v22's, v21's, v20's, v19's and v18's) and adapted, keeping all its checks; the same checks: ids, German replies first, scenarios, turns, languages, kinds and their order, 11-12
replies, 6-7 good and exactly 5 bad ones per turn, good share 50-60 %, a kind fits its turn,
address: sie, gender, no du-forms in German replies, 2-3 turns and no `next`, no good reply contains
a phrase of its own turn's avoid list, at least 312 replies and exactly half German, every turn's
`example` holds one phrasing of each key point and no avoid phrase or offer word, no reply text
occurs twice, every kind occurs in both languages, at least one `accept_no` turn in 5 of the 6
scenarios per language, one or two `diverse` personas, a reply's `note` is given; accept_no turns
and hard offer cases listed).
Added for v16: every key point has 2-4 phrasings; every turn has an `avoid` list and an `emotion`
from angry, annoyed, sad, sceptical, hurried, calm; the re-asks (not_listening replies whose note
says "asks again") are counted per language and must include, in each language, one without a
question mark and one phrased with "noch mal" (German) or "again" (English).
Added for v17: a note is one line; a persona's gender matches Frau/Herr (Ms/Mrs/Mr) in its name; no
German example uses a du-form; every turn has at least two good replies that leave out every listed
phrasing of at least one key point (the trainer's words are not the only right ones); in each
language at least two avoid_phrase replies hold the phrase only inflected, reordered or with inserted
words (no phrase of the list as a plain substring) and at least one pushed_after_no reply names none
of the turn's offer words (a disguised push); prints these counts too.
Added for v18: every accept_no turn after the first in its scenario (a kept no) has at least one
pushed_after_no reply; at least three scenarios keep accept_no on a later turn; every scenario has a
colleague's excuse (not checkable as such, so: every scenario's turn 1 has an avoid list and at least
one bad reply per scenario carries contradiction); in each language at least two replies whose only
kind is not_listening and whose note says it "breaks" the customer's "limit" (a time against what the
customer said); the German re-asks include at least two with "noch mal" and the English ones at least
two with "again"; prints the numbers.
Added for v19: every scenario id ends in its language (-de / -en) and every persona voice is in the
scenario's language; every turn has an `id` and a `say`; every turn's `example` holds no phrase of
its own `avoid` list or offer words also after collapsing whitespace; every key phrasing, avoid phrase,
offer word and fact value is text after loading (YAML reads an unquoted 2:45 as a number); no reply names a colleague
of another scenario (a copy-paste slip); every accept_no turn has at least one pushed_after_no reply;
every turn of an angry, annoyed or sad customer has at least one no_acknowledgement reply or at
least one good reply that acknowledges the feeling without any listed phrasing (the latter is not
checkable, so: at least one no_acknowledgement reply per scenario that has such a turn); prints
the number of replies per kind and language.
Added for v20: at least 312 replies; the colleague names are matched as whole words and a scenario
may list several (a name such as "Ken" is no longer found inside "taken"); every angry, annoyed or
sad turn (not only every such scenario) has at least one no_acknowledgement reply; every turn has
at least one not_listening reply; every fact has a non-empty `ask` list; no key phrasing holds a
phrase of its own turn's avoid list or offer words, and no key point lists a phrasing twice; turn
ids are unique within a scenario; every scenario file opens with a comment line (the training
goal); no turn's `example` and no good reply holds an ask phrase of a fact given up to that turn;
no reply opens with one of the bare openers v18/v19 used ("Jawohl", "Notiert", "Mach ich", "Noted",
"Done", "Okay", "Fine", "Oje", "Verzeihung"); in each language at least ten good replies have at
most fifteen words; prints these numbers too.
Added for v21: the bare or colloquial openers v20 used ("Puh", "Mensch", "Herrje", "Got it", "I
hear you") join the banned openers; every scenario names its colleague in the brief and in the
customer's first line (the excuse the trainee must not repeat is known); in each language the turns
cover the moods angry, annoyed, sad, hurried, sceptical and calm; no reply repeats its turn's
`example` word for word; prints the emotions per language.
Added for v22: "Right you are" (a colloquial opener v21 used) joins the banned openers; in each
language at least three (not two) replies whose only fault is a time that breaks the customer's
limit; no two replies share a note; every reply text ends in '.', '?' or '!'; every turn's
`example` has at most three sentences; no good reply names an offer word of its own accept_no turn
(the hard offer cases are now an error, not a listing); every scenario's turn 1 gives a fact with a
number in it (an order, job or booking number); in each language at least two later turns keep
accept_no; prints the limit-break and kept-no numbers per language.
Added for v23: the colloquial openers v22 used ("Also", "Oh je", "Klar", "Fair enough", "Oh
dear", "Sure") join the banned openers; no opening of four words is shared by more than two
replies (varied sentence shapes); every scenario whose customer names today's weekday has at least
one reply whose only fault is a time that breaks the customer's limit; prints the most frequent
four-word openings.
Added for v24: no good reply names an offer word of any accept_no turn of its scenario up to its
own turn (a refused offer stays refused); every later accept_no turn keeps the offer words of the
scenario's first no; no reply to a `diverse` persona uses Frau/Herr/Ms/Mr/Mrs with the surname;
every scenario has at least one re-ask (a not_listening reply whose note says "asks again");
prints the replies per kind and scenario.
Added for v25: at least 170 good replies; no turn's `example` names an offer word of an earlier
accept_no turn of its scenario; "today is" / "today's" also count as naming today's weekday;
prints the replies per label and language.
Added for v26: each language has exactly one `diverse` persona; every turn has at least one good
reply of at most fifteen words; no good reply holds an avoid phrase of an earlier turn of its
scenario (the colleague's excuse stays wrong later in the call); every scenario whose customer
names today's weekday is checked for a limit break as before, and at least four scenarios per
language name it; prints the good replies per turn that leave out every listed phrasing of a key
point.
Added for v27: every scenario's first accept_no turn has a `say` that holds a no (German
"nein", "kein", "nicht"; English "no", "don't", "not"); no reply has fewer than four words; every
scenario's turn 1 has a bad reply whose note names the colleague (the excuse repeated or defended);
every turn has at least one bad reply that is not only not_listening (the faults are mixed); prints
the good and bad replies per language and the number of words of the shortest and longest reply.
Added for v28: every fact's value stands in its own turn's `say` (whitespace collapsed, case
ignored), so a re-ask is a re-ask of something the customer really said; the brief of every
`diverse` persona says that the caller wants no Frau/Herr (German) or Mr/Ms (English); every note
has at least 30 characters; the good replies of every turn open with at least four different
first words (varied sentence shapes); prints the replies per label and language as a table.
Added for v30: the note of every good reply begins with "Good" and the note of no bad reply does
(the label and the note agree); in each language at least one re-ask is phrased politely ("bitte",
"könnten", "würden"; "please", "could", "would"), so politeness does not hide a re-ask; every persona
voice is one of the real Piper voices scenarios/README.md names; every turn has one to three key
points; every scenario names today's weekday (not only four per language); prints the polite
re-asks per language.
Added for v31: no good reply names its own scenario's colleague (the excuse is set aside without
blaming or quoting the colleague); each language has at least two re-asks without a question mark;
every turn has at least one good reply of at least twenty words (a warm, full voice next to the
terse ones); every scenario has at least one avoid_phrase reply; prints the long good replies per
language.
Added for v32: every scenario has at least one good reply that reads back a fact value the
customer gave up to that turn (whitespace collapsed, case ignored); every scenario has at least one
bad reply that carries two or more kinds; the replies to each `diverse` persona include at least
one that uses the persona's name without a title (addressed by name, as the brief asks); prints
the read-backs per scenario.
Added for v33: every scenario's `brief` has a `situation` and a `goal`; the replies to each
`diverse` persona include at least one good reply that uses the persona's name without a title;
no turn has more than three replies whose only kind is not_listening (the faults are mixed); no
five-word sequence of the first 60 lines of v32's replies.yaml (read with itertools.islice, the
part of it a set writer may read) occurs in any reply (fresh wording); prints the number of
replies whose only kind is not_listening per turn at most and the five-word overlaps.
Changed for v34: the five-word overlap check reads the first 60 lines of v33's replies.yaml (the
part the v34 brief allows) instead of v32's; it no longer opens v32's file.
Added for v34: every number fact of turn 1 (a value with a digit) also stands in the brief's
situation, so the trainee reads the same number the customer says; no reply holds a five-word
sequence of its own turn's `example` (replies are not the model reply cut up); every kind occurs in
at least three scenarios per language (the faults are spread); every limit-break note names a
clock time or a weekday; prints the scenarios per kind and language.
"""

import collections
import glob
import itertools
import os
import re
import sys

import yaml

PREFIX = "hv34-"
HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ["not_listening", "contradiction", "pushed_after_no", "avoid_phrase", "no_acknowledgement"]
DU = re.compile(r"\b(du|dich|dir|dein(e|en|em|er|es)?|euch|euer|eure(n|m|r|s)?)\b", re.IGNORECASE)
scen = {}
for f in glob.glob(os.path.join(HERE, "scenarios", "*.yaml")):
    with open(f, encoding="utf-8") as handle:
        d = yaml.safe_load(handle)
    scen[d["id"]] = d
with open(os.path.join(HERE, "replies.yaml"), encoding="utf-8") as handle:
    replies = yaml.safe_load(handle)["replies"]
errors = []
hard_offer = []
ids = [r["id"] for r in replies]
if ids != [f"{PREFIX}{i:03d}" for i in range(1, len(replies) + 1)]:
    errors.append(f"ids not unique and consecutive from {PREFIX}001")
langs = [r["language"] for r in replies]
if langs != sorted(langs, key=lambda x: x != "de"):
    errors.append("German replies do not all come first")
per_turn = collections.Counter()
good_turn = collections.Counter()
for r in replies:
    s = scen.get(r["scenario"])
    if s is None:
        errors.append(f"{r['id']}: unknown scenario {r['scenario']}")
        continue
    if not 1 <= r["turn"] <= len(s["turns"]):
        errors.append(f"{r['id']}: turn {r['turn']} not in {r['scenario']}")
    if r["language"] != s["language"]:
        errors.append(f"{r['id']}: language mismatch")
    for k in r["expect"]:
        if k not in KINDS:
            errors.append(f"{r['id']}: unknown kind {k}")
    if set(r) != {"id", "scenario", "turn", "language", "text", "expect", "note"}:
        errors.append(f"{r['id']}: keys {sorted(r)}")
    if not str(r["note"]).strip() or not str(r["text"]).strip():
        errors.append(f"{r['id']}: empty text or note")
    if r["language"] == "de" and DU.search(r["text"]):
        errors.append(f"{r['id']}: du-form in a Sie scenario: {DU.search(r['text']).group(0)}")
    if 1 <= r["turn"] <= len(s["turns"]):
        t = s["turns"][r["turn"] - 1]
        ex = t.get("expect") or {}
        if "pushed_after_no" in r["expect"] and not ex.get("accept_no"):
            errors.append(f"{r['id']}: pushed_after_no on a turn without accept_no")
        feel = ex.get("acknowledge_emotion", t.get("emotion") in ("annoyed", "angry", "sad"))
        if "no_acknowledgement" in r["expect"] and not feel:
            errors.append(f"{r['id']}: no_acknowledgement on a turn that expects none")
        if "avoid_phrase" in r["expect"] and not ex.get("avoid"):
            errors.append(f"{r['id']}: avoid_phrase on a turn without an avoid list")
        low = r["text"].lower()
        if not r["expect"]:
            for a in ex.get("avoid") or []:
                if str(a).lower() in low:
                    errors.append(f"{r['id']}: good reply contains the avoid phrase '{a}'")
            if ex.get("accept_no"):
                named = [str(o) for o in ex.get("offer_words") or [] if str(o).lower() in low]
                if named:
                    hard_offer.append(f"{r['id']} ({', '.join(named)})")
    if r["expect"] != [k for k in KINDS if k in r["expect"]]:
        errors.append(f"{r['id']}: kinds not unique or not in the order {KINDS}")
    per_turn[(r["scenario"], r["turn"])] += 1
    good_turn[(r["scenario"], r["turn"])] += not r["expect"]
no_turns = []
for sid, s in sorted(scen.items()):
    seen_no = False
    for t in range(1, len(s["turns"]) + 1):
        n = per_turn[(sid, t)]
        if not 11 <= n <= 12:
            errors.append(f"{sid} turn {t}: {n} replies")
        if not 6 <= good_turn[(sid, t)] <= 7:
            errors.append(f"{sid} turn {t}: {good_turn[(sid, t)]} good replies")
        if n - good_turn[(sid, t)] != 5:
            errors.append(f"{sid} turn {t}: {n - good_turn[(sid, t)]} bad replies")
        if (s["turns"][t - 1].get("expect") or {}).get("accept_no"):
            no_turns.append(f"{sid} turn {t}" + (" (kept)" if seen_no else " (no)"))
            seen_no = True
    if not sid.startswith(PREFIX):
        errors.append(f"{sid}: id does not start with {PREFIX}")
    if not 2 <= len(s["turns"]) <= 3:
        errors.append(f"{sid}: {len(s['turns'])} turns")
    if any("next" in t for t in s["turns"]):
        errors.append(f"{sid}: branching (next) is not wanted in this set")
    if not s["persona"].get("gender"):
        errors.append(f"{sid}: persona without gender")
    if s["language"] == "de" and str(s.get("address", "")).lower() != "sie":
        errors.append(f"{sid}: German scenario without address: sie")
if len(scen) != 12 or sum(s["language"] == "de" for s in scen.values()) != 6:
    errors.append("expected 12 scenarios, 6 of them German")
if len(replies) < 312:
    errors.append(f"expected at least 312 replies, found {len(replies)}")
if 2 * sum(r["language"] == "de" for r in replies) != len(replies):
    errors.append("German replies are not exactly half")
texts = collections.Counter(" ".join(str(r["text"]).split()).lower() for r in replies)
for t, n in texts.items():
    if n > 1:
        errors.append(f"reply text occurs {n} times: {t[:60]}")
for lang in ("de", "en"):
    for k in KINDS:
        if not any(k in r["expect"] for r in replies if r["language"] == lang):
            errors.append(f"kind {k} missing in {lang}")
for sid, s in sorted(scen.items()):
    for n, t in enumerate(s["turns"], 1):
        ex = t.get("expect") or {}
        example = str(t.get("example") or "").lower()
        if not example:
            errors.append(f"{sid} turn {n}: no example")
            continue
        for key, phr in (ex.get("key_points") or {}).items():
            phr = phr if isinstance(phr, list) else [phr]
            if not any(str(p).lower() in example for p in phr):
                errors.append(f"{sid} turn {n}: example lacks a phrasing of key point {key}")
        for a in (ex.get("avoid") or []) + (ex.get("offer_words") or []):
            if str(a).lower() in example:
                errors.append(f"{sid} turn {n}: example contains '{a}'")
diverse = [sid for sid, s in scen.items() if s["persona"].get("gender") == "diverse"]
if not 1 <= len(diverse) <= 2:
    errors.append(f"expected one or two diverse personas, found {diverse}")
for lang in ("de", "en"):
    with_no = sum(
        1
        for s in scen.values()
        if s["language"] == lang and any((t.get("expect") or {}).get("accept_no") for t in s["turns"])
    )
    if with_no != 5:
        errors.append(f"{lang}: {with_no} scenarios with an accept_no turn, expected 5")
reasks = {
    lang: [
        r
        for r in replies
        if r["language"] == lang and "not_listening" in r["expect"] and "asks again" in str(r["note"]).lower()
    ]
    for lang in ("de", "en")
}
reask = {lang: len(rs) for lang, rs in reasks.items()}
for lang, word in (("de", "noch mal"), ("en", "again")):
    if not any("?" not in str(r["text"]) for r in reasks[lang]):
        errors.append(f"{lang}: no re-ask without a question mark")
    if not any(word in str(r["text"]).lower() for r in reasks[lang]):
        errors.append(f"{lang}: no re-ask phrased with '{word}'")
EMOTIONS = {"angry", "annoyed", "sad", "sceptical", "hurried", "calm"}
for sid, s in sorted(scen.items()):
    for n, t in enumerate(s["turns"], 1):
        ex = t.get("expect") or {}
        if t.get("emotion") not in EMOTIONS:
            errors.append(f"{sid} turn {n}: emotion {t.get('emotion')!r} not one of {sorted(EMOTIONS)}")
        if not ex.get("avoid"):
            errors.append(f"{sid} turn {n}: no avoid list")
        for key, phr in (ex.get("key_points") or {}).items():
            phr = phr if isinstance(phr, list) else [phr]
            if not 2 <= len(phr) <= 4:
                errors.append(f"{sid} turn {n}: key point {key} has {len(phr)} phrasings, expected 2-4")
# new in v17
unlisted = collections.Counter()
inflected_avoid = collections.Counter()
disguised_push = collections.Counter()
for r in replies:
    if "\n" in str(r["note"]).strip():
        errors.append(f"{r['id']}: note is more than one line")
    s = scen.get(r["scenario"])
    if s is None or not 1 <= r["turn"] <= len(s["turns"]):
        continue
    ex = s["turns"][r["turn"] - 1].get("expect") or {}
    low = str(r["text"]).lower()
    if not r["expect"]:
        for phr in (ex.get("key_points") or {}).values():
            phr = phr if isinstance(phr, list) else [phr]
            if not any(str(p).lower() in low for p in phr):
                unlisted[(r["scenario"], r["turn"])] += 1
                break
    if "avoid_phrase" in r["expect"] and not any(str(a).lower() in low for a in ex.get("avoid") or []):
        inflected_avoid[r["language"]] += 1
    if "pushed_after_no" in r["expect"] and not any(str(o).lower() in low for o in ex.get("offer_words") or []):
        disguised_push[r["language"]] += 1
for k in per_turn:
    if unlisted[k] < 2:
        errors.append(f"{k[0]} turn {k[1]}: only {unlisted[k]} good replies beyond the listed phrasings")
for lang in ("de", "en"):
    if inflected_avoid[lang] < 2:
        errors.append(f"{lang}: {inflected_avoid[lang]} avoid_phrase replies with the phrase only inflected")
    if disguised_push[lang] < 1:
        errors.append(f"{lang}: no pushed_after_no reply without an offer word")
TITLES = {"frau": "female", "herr": "male", "ms": "female", "mrs": "female", "mr": "male"}
for sid, s in sorted(scen.items()):
    first = str(s["persona"]["name"]).split()[0].lower().rstrip(".")
    if first in TITLES and s["persona"].get("gender") != TITLES[first]:
        errors.append(f"{sid}: gender {s['persona'].get('gender')} does not match '{first}' in the name")
    if s["language"] == "de":
        for n, t in enumerate(s["turns"], 1):
            if DU.search(str(t.get("example") or "")):
                errors.append(f"{sid} turn {n}: du-form in the example")
# new in v18
kept_turns = []
for sid, s in sorted(scen.items()):
    no_seen = False
    for n, t in enumerate(s["turns"], 1):
        if (t.get("expect") or {}).get("accept_no"):
            if no_seen:
                kept_turns.append((sid, n))
            no_seen = True
for sid, n in kept_turns:
    pushes = [r for r in replies if r["scenario"] == sid and r["turn"] == n and "pushed_after_no" in r["expect"]]
    if not pushes:
        errors.append(f"{sid} turn {n}: accept_no kept but no reply brings the refused offer back")
if len(kept_turns) < 3:
    errors.append(f"only {len(kept_turns)} later turns keep accept_no, expected at least 3")
for sid, s in sorted(scen.items()):
    if not (s["turns"][0].get("expect") or {}).get("avoid"):
        errors.append(f"{sid}: turn 1 has no avoid list for the colleague's excuse")
    if not any("contradiction" in r["expect"] for r in replies if r["scenario"] == sid):
        errors.append(f"{sid}: no contradiction reply (repeating or defending the excuse, blaming)")
limit_breaks = collections.Counter(
    r["language"]
    for r in replies
    if r["expect"] == ["not_listening"] and "breaks" in str(r["note"]) and "limit" in str(r["note"])
)
for lang in ("de", "en"):
    if limit_breaks[lang] < 3:
        errors.append(f"{lang}: no reply whose only fault is a time that breaks the customer's limit")
for lang, word in (("de", "noch mal"), ("en", "again")):
    n_word = sum(1 for r in reasks[lang] if word in str(r["text"]).lower())
    if n_word < 2:
        errors.append(f"{lang}: only {n_word} re-asks phrased with '{word}'")
# new in v19
COLLEAGUES = {
    "hv34-glockengiesserei-de": ["Brandt"],
    "hv34-nachsendeauftrag-de": ["Sommer"],
    "hv34-porzellan-de": ["Vogt"],
    "hv34-schreibmaschine-de": ["Krüger"],
    "hv34-spendenquittung-de": ["Ott"],
    "hv34-leuchtreklame-de": ["Jung"],
    "hv34-fountainpen-en": ["Graham"],
    "hv34-snookertable-en": ["Kyle"],
    "hv34-memorialbench-en": ["Darren"],
    "hv34-treehouse-en": ["Nathan"],
    "hv34-homecinema-en": ["Priya"],
    "hv34-santagrotto-en": ["Shannon"],
}
if set(COLLEAGUES) != set(scen):
    errors.append("the colleague list does not match the scenario ids")
for sid, s in sorted(scen.items()):
    if not sid.endswith("-" + s["language"]):
        errors.append(f"{sid}: id does not end in -{s['language']}")
    voice = str(s["persona"].get("voice", ""))
    if voice and not voice.startswith({"de": "de_", "en": "en_"}[s["language"]]):
        errors.append(f"{sid}: voice {voice} not in the scenario's language")
    feel_turns = 0
    for n, t in enumerate(s["turns"], 1):
        if not t.get("id") or not str(t.get("say") or "").strip():
            errors.append(f"{sid} turn {n}: no id or no say")
        ex = t.get("expect") or {}
        flat = " ".join(str(t.get("example") or "").split()).lower()
        for a in (ex.get("avoid") or []) + (ex.get("offer_words") or []):
            if " ".join(str(a).split()).lower() in flat:
                errors.append(f"{sid} turn {n}: example contains '{a}' (whitespace collapsed)")
        if ex.get("accept_no") and not any(
            "pushed_after_no" in r["expect"] for r in replies if r["scenario"] == sid and r["turn"] == n
        ):
            errors.append(f"{sid} turn {n}: accept_no turn without a pushed_after_no reply")
        feel_turns += t.get("emotion") in ("angry", "annoyed", "sad")
    if feel_turns and not any("no_acknowledgement" in r["expect"] for r in replies if r["scenario"] == sid):
        errors.append(f"{sid}: no no_acknowledgement reply although a turn expects the feeling taken up")
for sid, s in sorted(scen.items()):
    for n, t in enumerate(s["turns"], 1):
        ex = t.get("expect") or {}
        words = [p for phr in (ex.get("key_points") or {}).values() for p in (phr if isinstance(phr, list) else [phr])]
        words += list(ex.get("avoid") or []) + list(ex.get("offer_words") or [])
        for f in (t.get("facts") or {}).values():
            words.append(f.get("value") if isinstance(f, dict) else f)
        for w in words:
            if not isinstance(w, str):
                errors.append(f'{sid} turn {n}: {w!r} is not text after loading (quote it, e.g. "2:45")')
for r in replies:
    for sid, names in COLLEAGUES.items():
        for name in names:
            if sid != r["scenario"] and re.search(rf"\b{re.escape(name)}\b", str(r["text"])):
                errors.append(f"{r['id']}: names {name}, the colleague of {sid}")
# new in v20
for sid, s in sorted(scen.items()):
    turn_ids = [t.get("id") for t in s["turns"]]
    if len(set(turn_ids)) != len(turn_ids):
        errors.append(f"{sid}: turn ids not unique")
    given = []
    for n, t in enumerate(s["turns"], 1):
        ex = t.get("expect") or {}
        banned = [str(a).lower() for a in (ex.get("avoid") or []) + (ex.get("offer_words") or [])]
        for key, phr in (ex.get("key_points") or {}).items():
            phr = phr if isinstance(phr, list) else [phr]
            if len({str(p).lower() for p in phr}) != len(phr):
                errors.append(f"{sid} turn {n}: key point {key} lists a phrasing twice")
            for p in phr:
                hit = [b for b in banned if b in str(p).lower()]
                if hit:
                    errors.append(f"{sid} turn {n}: key phrasing '{p}' holds avoid/offer phrase {hit}")
        for fkey, f in (t.get("facts") or {}).items():
            ask = f.get("ask") if isinstance(f, dict) else None
            if not ask:
                errors.append(f"{sid} turn {n}: fact {fkey} has no ask list")
            else:
                given += [str(a).lower() for a in (ask if isinstance(ask, list) else [ask])]
        example = " ".join(str(t.get("example") or "").split()).lower()
        for a in given:
            if a in example:
                errors.append(f"{sid} turn {n}: example holds the ask phrase '{a}'")
        if t.get("emotion") in ("angry", "annoyed", "sad") and not any(
            "no_acknowledgement" in r["expect"] for r in replies if r["scenario"] == sid and r["turn"] == n
        ):
            errors.append(f"{sid} turn {n}: feeling turn without a no_acknowledgement reply")
        if not any("not_listening" in r["expect"] for r in replies if r["scenario"] == sid and r["turn"] == n):
            errors.append(f"{sid} turn {n}: no not_listening reply")
        for r in replies:
            if r["scenario"] == sid and r["turn"] == n and not r["expect"]:
                low = " ".join(str(r["text"]).split()).lower()
                for a in given:
                    if a in low:
                        errors.append(f"{r['id']}: good reply holds the ask phrase '{a}'")
for f in glob.glob(os.path.join(HERE, "scenarios", "*.yaml")):
    with open(f, encoding="utf-8") as handle:
        if not handle.readline().startswith("#"):
            errors.append(f"{os.path.basename(f)}: does not open with a comment (the training goal)")
OLD_OPENERS = (
    "jawohl",
    "notiert",
    "mach ich",
    "noted",
    "done",
    "okay",
    "fine",
    "oje",
    "verzeihung",
    "puh",
    "mensch",
    "herrje",
    "got it",
    "i hear you",
    "right you are",
    "also",
    "oh je",
    "klar",
    "fair enough",
    "oh dear",
    "sure",
)
for r in replies:
    first = re.sub(r"[^\w ]", " ", str(r["text"]).lower()).split()
    opener = " ".join(first[:2])
    if first and (first[0] in OLD_OPENERS or opener in OLD_OPENERS):
        errors.append(f"{r['id']}: opens with a bare or colloquial opener used in v18-v22")
short_good = collections.Counter(
    r["language"] for r in replies if not r["expect"] and len(str(r["text"]).split()) <= 15
)
for lang in ("de", "en"):
    if short_good[lang] < 10:
        errors.append(f"{lang}: only {short_good[lang]} good replies of at most fifteen words")
# new in v21
for sid, s in sorted(scen.items()):
    names = COLLEAGUES.get(sid, [])
    brief = str((s.get("brief") or {}).get("situation") or "")
    first = str(s["turns"][0].get("say") or "")
    if not names or not re.search(rf"\b{re.escape(names[0])}\b", brief):
        errors.append(f"{sid}: the colleague is not named in the brief")
    if not names or not re.search(rf"\b{re.escape(names[0])}\b", first):
        errors.append(f"{sid}: the customer's first line does not name the colleague")
moods = {lang: collections.Counter() for lang in ("de", "en")}
for s in scen.values():
    for t in s["turns"]:
        moods[s["language"]][t.get("emotion")] += 1
for lang in ("de", "en"):
    for m in ("angry", "annoyed", "sad", "hurried", "sceptical", "calm"):
        if not moods[lang][m]:
            errors.append(f"{lang}: no turn with the emotion {m}")
for r in replies:
    s = scen.get(r["scenario"])
    if s is None or not 1 <= r["turn"] <= len(s["turns"]):
        continue
    example = " ".join(str(s["turns"][r["turn"] - 1].get("example") or "").split()).lower()
    if " ".join(str(r["text"]).split()).lower() == example:
        errors.append(f"{r['id']}: repeats its turn's example word for word")
# new in v22
notes = collections.Counter(" ".join(str(r["note"]).split()).lower() for r in replies)
for n, k in notes.items():
    if k > 1:
        errors.append(f"note occurs {k} times: {n[:60]}")
for r in replies:
    if not str(r["text"]).rstrip().endswith((".", "?", "!")):
        errors.append(f"{r['id']}: text does not end in '.', '?' or '!'")
for sid, s in sorted(scen.items()):
    for n, t in enumerate(s["turns"], 1):
        example = " ".join(str(t.get("example") or "").split())
        sentences = [x for x in re.split(r"(?<=[.?!])\s+", example) if x]
        if len(sentences) > 3:
            errors.append(f"{sid} turn {n}: example has {len(sentences)} sentences, at most 3")
    first_facts = s["turns"][0].get("facts") or {}
    values = [str(f.get("value") if isinstance(f, dict) else f) for f in first_facts.values()]
    if not any(re.search(r"\d", v) for v in values):
        errors.append(f"{sid}: turn 1 gives no fact with a number")
# new in v23
openings = collections.Counter(" ".join(re.sub(r"[^\w ]", " ", str(r["text"]).lower()).split()[:4]) for r in replies)
for o, k in openings.items():
    if k > 2:
        errors.append(f"four-word opening occurs {k} times: {o}")
WEEKDAY = re.compile(
    r"(heute ist (montag|dienstag|mittwoch|donnerstag|freitag)"
    r"|(it's|today's|today is) (monday|tuesday|wednesday|thursday|friday)"
    r"|(monday|tuesday|wednesday|thursday|friday) today)",
    re.IGNORECASE,
)
for sid, s in sorted(scen.items()):
    names_day = any(WEEKDAY.search(" ".join(str(t.get("say") or "").split())) for t in s["turns"])
    breaks = any(
        r["expect"] == ["not_listening"] and "breaks" in str(r["note"]) and "limit" in str(r["note"])
        for r in replies
        if r["scenario"] == sid
    )
    if names_day and not breaks:
        errors.append(f"{sid}: names today's weekday but no reply breaks the customer's time limit")
for h in hard_offer:
    errors.append(f"good reply names a refused offer word: {h}")
kept_lang = collections.Counter(scen[sid]["language"] for sid, _ in kept_turns)
for lang in ("de", "en"):
    if kept_lang[lang] < 2:
        errors.append(f"{lang}: only {kept_lang[lang]} later turns keep accept_no")
good = sum(1 for r in replies if not r["expect"])
share = good / len(replies)
if not 0.50 <= share <= 0.60:
    errors.append(f"good share {share:.1%}")
print(f"scenarios {len(scen)}, turns {len(per_turn)}, replies {len(replies)}, good {good} ({share:.1%})")
for k in sorted(per_turn):
    print(f"  {k[0]} turn {k[1]}: {per_turn[k]} replies, {good_turn[k]} good")
print("accept_no turns: " + ", ".join(no_turns))
print("good replies naming a refused offer to confirm the no: " + ", ".join(hard_offer))
print()
print("| | replies | good (expect: []) | " + " | ".join(KINDS) + " |")
print("| --- " * (3 + len(KINDS)) + "|")
for lang in ("de", "en", "all"):
    rs = [r for r in replies if lang == "all" or r["language"] == lang]
    g = sum(1 for r in rs if not r["expect"])
    gtxt = f"{g} ({round(100 * g / len(rs))} %)" if lang == "all" else str(g)
    cells = [str(sum(1 for r in rs if k in r["expect"])) for k in KINDS]
    print(f"| {lang} | {len(rs)} | {gtxt} | " + " | ".join(cells) + " |")
multi = sum(1 for r in replies if len(r["expect"]) > 1)
print(f"\nbad replies with more than one kind: {multi}")
print(f"not_listening replies that ask again for something given: de {reask['de']}, en {reask['en']}")
print(f"diverse personas: {', '.join(sorted(diverse))}")
print(
    f"avoid_phrase replies with the phrase only inflected/reordered: de {inflected_avoid['de']}, en {inflected_avoid['en']}"
)
print(f"pushed_after_no replies naming no offer word: de {disguised_push['de']}, en {disguised_push['en']}")
print(f"good replies leaving out every listed phrasing of a key point: {sum(unlisted.values())}")
print(f"good replies of at most fifteen words: de {short_good['de']}, en {short_good['en']}")
for lang in ("de", "en"):
    print(f"{lang} turn emotions: " + ", ".join(f"{m} {n}" for m, n in sorted(moods[lang].items())))
print("later turns keeping accept_no: " + ", ".join(f"{sid} turn {n}" for sid, n in kept_turns))
print(
    f"not_listening-only replies with a time that breaks the customer's limit: de {limit_breaks['de']}, en {limit_breaks['en']}"
)
for lang in ("de", "en"):
    rs = [r for r in replies if r["language"] == lang]
    print(f"{lang}: " + ", ".join(f"{k} {sum(1 for r in rs if k in r['expect'])}" for k in KINDS))
print(f"limit breaks per language: de {limit_breaks['de']}, en {limit_breaks['en']}")
print(f"later turns keeping accept_no per language: de {kept_lang['de']}, en {kept_lang['en']}")
print("most frequent four-word openings: " + ", ".join(f"{o!r} {k}" for o, k in openings.most_common(5)))
# new in v24
for sid, s in sorted(scen.items()):
    refused = []
    first_no = None
    for n, t in enumerate(s["turns"], 1):
        ex = t.get("expect") or {}
        if ex.get("accept_no"):
            words = [str(o).lower() for o in ex.get("offer_words") or []]
            if first_no is None:
                first_no = words
            elif sorted(words) != sorted(first_no):
                errors.append(f"{sid} turn {n}: kept accept_no with other offer words than the first no")
            refused += words
        for r in replies:
            if r["scenario"] == sid and r["turn"] == n and not r["expect"]:
                low = str(r["text"]).lower()
                named = [w for w in refused if w in low]
                if named:
                    errors.append(f"{r['id']}: good reply names a refused offer word {named}")
    if s["persona"].get("gender") == "diverse":
        surname = str(s["persona"]["name"]).split()[-1]
        for r in replies:
            if r["scenario"] == sid and re.search(
                rf"\b(Frau|Herr|Herrn|Ms|Mrs|Mr)\.? {re.escape(surname)}\b", str(r["text"])
            ):
                errors.append(f"{r['id']}: gendered title for the diverse persona")
    if not any(
        r["scenario"] == sid and "not_listening" in r["expect"] and "asks again" in str(r["note"]).lower()
        for r in replies
    ):
        errors.append(f"{sid}: no re-ask reply")
print("replies per kind and scenario:")
for sid in sorted(scen):
    rs = [r for r in replies if r["scenario"] == sid]
    print(
        f"  {sid}: {len(rs)} replies, good {sum(1 for r in rs if not r['expect'])}, "
        + ", ".join(f"{k} {sum(1 for r in rs if k in r['expect'])}" for k in KINDS)
    )
# new in v25
if good < 170:
    errors.append(f"only {good} good replies, expected at least 170")
for sid, s in sorted(scen.items()):
    refused = []
    for n, t in enumerate(s["turns"], 1):
        ex = t.get("expect") or {}
        example = " ".join(str(t.get("example") or "").split()).lower()
        named = [w for w in refused if w in example]
        if named:
            errors.append(f"{sid} turn {n}: example names a refused offer word {named}")
        if ex.get("accept_no"):
            refused += [str(o).lower() for o in ex.get("offer_words") or []]
print("replies per label and language:")
for lang in ("de", "en"):
    rs = [r for r in replies if r["language"] == lang]
    labels = collections.Counter(tuple(r["expect"]) for r in rs)
    print(f"  {lang}: " + ", ".join(f"{'+'.join(k) or 'good'} {v}" for k, v in sorted(labels.items())))
# new in v26
for lang in ("de", "en"):
    div = [sid for sid in diverse if scen[sid]["language"] == lang]
    if len(div) != 1:
        errors.append(f"{lang}: {len(div)} diverse personas, expected exactly one")
short_turn = collections.Counter(
    (r["scenario"], r["turn"]) for r in replies if not r["expect"] and len(str(r["text"]).split()) <= 15
)
for k in per_turn:
    if not short_turn[k]:
        errors.append(f"{k[0]} turn {k[1]}: no good reply of at most fifteen words")
for sid, s in sorted(scen.items()):
    earlier = []
    for n, t in enumerate(s["turns"], 1):
        for r in replies:
            if r["scenario"] == sid and r["turn"] == n and not r["expect"]:
                low = " ".join(str(r["text"]).split()).lower()
                hit = [a for a in earlier if a in low]
                if hit:
                    errors.append(f"{r['id']}: good reply holds an avoid phrase of an earlier turn {hit}")
        earlier += [str(a).lower() for a in (t.get("expect") or {}).get("avoid") or []]
for lang in ("de", "en"):
    naming = [
        sid
        for sid, s in scen.items()
        if s["language"] == lang and any(WEEKDAY.search(" ".join(str(t.get("say") or "").split())) for t in s["turns"])
    ]
    if len(naming) < 4:
        errors.append(f"{lang}: only {len(naming)} scenarios name today's weekday, expected at least 4")
print(
    "good replies per turn beyond the listed phrasings: "
    + ", ".join(f"{k[0]} {k[1]}: {unlisted[k]}" for k in sorted(per_turn))
)
# new in v27
NO_WORD = re.compile(r"\b(nein|kein\w*|nicht|no|don't|not)\b", re.IGNORECASE)
for sid, s in sorted(scen.items()):
    first_no = True
    for n, t in enumerate(s["turns"], 1):
        if (t.get("expect") or {}).get("accept_no"):
            if first_no and not NO_WORD.search(str(t.get("say") or "")):
                errors.append(f"{sid} turn {n}: first accept_no turn whose line holds no 'no'")
            first_no = False
        bad = [r for r in replies if r["scenario"] == sid and r["turn"] == n and r["expect"]]
        if bad and all(r["expect"] == ["not_listening"] for r in bad):
            errors.append(f"{sid} turn {n}: every bad reply is only not_listening")
    names = COLLEAGUES.get(sid, [])
    if not any(
        r["scenario"] == sid
        and r["turn"] == 1
        and r["expect"]
        and any(re.search(rf"\b{re.escape(name)}\b", str(r["note"])) for name in names)
        for r in replies
    ):
        errors.append(f"{sid}: no bad turn-1 reply whose note names the colleague")
lengths = [len(str(r["text"]).split()) for r in replies]
for r, k in zip(replies, lengths):
    if k < 4:
        errors.append(f"{r['id']}: fewer than four words")
for lang in ("de", "en"):
    rs = [r for r in replies if r["language"] == lang]
    g = sum(1 for r in rs if not r["expect"])
    print(f"{lang}: {len(rs)} replies, {g} good, {len(rs) - g} bad")
print(f"reply length in words: shortest {min(lengths)}, longest {max(lengths)}")
# new in v28
for sid, s in sorted(scen.items()):
    for n, t in enumerate(s["turns"], 1):
        say = " ".join(str(t.get("say") or "").split()).lower()
        for fkey, f in (t.get("facts") or {}).items():
            value = f.get("value") if isinstance(f, dict) else f
            if " ".join(str(value).split()).lower() not in say:
                errors.append(f"{sid} turn {n}: fact {fkey} value {value!r} is not in the customer's line")
        firsts = {
            (re.sub(r"[^\w ]", " ", str(r["text"]).lower()).split() or [""])[0]
            for r in replies
            if r["scenario"] == sid and r["turn"] == n and not r["expect"]
        }
        if len(firsts) < 4:
            errors.append(f"{sid} turn {n}: good replies open with only {len(firsts)} different words")
    if s["persona"].get("gender") == "diverse":
        situation = " ".join(str((s.get("brief") or {}).get("situation") or "").split())
        needed = "Frau oder Herr" if s["language"] == "de" else "Mr or Ms"
        if needed not in situation:
            errors.append(f"{sid}: the brief does not say that the caller wants no {needed}")
for r in replies:
    if len(" ".join(str(r["note"]).split())) < 30:
        errors.append(f"{r['id']}: note shorter than 30 characters")
print("| label | de | en |")
print("| --- | --- | --- |")
label_rows = collections.Counter((tuple(r["expect"]), r["language"]) for r in replies)
for lab in sorted({k for k, _ in label_rows}, key=lambda x: (len(x), [KINDS.index(k) for k in x])):
    name = "`[]` (good)" if not lab else "`[" + ", ".join(lab) + "]`"
    print(f"| {name} | {label_rows[(lab, 'de')]} | {label_rows[(lab, 'en')]} |")
# new in v30
for r in replies:
    starts_good = str(r["note"]).lstrip().startswith("Good")
    if not r["expect"] and not starts_good:
        errors.append(f"{r['id']}: good reply whose note does not begin with 'Good'")
    if r["expect"] and starts_good:
        errors.append(f"{r['id']}: bad reply whose note begins with 'Good'")
POLITE = re.compile(r"\b(bitte|könnten|würden|please|could|would)\b", re.IGNORECASE)
polite = {lang: sum(1 for r in reasks[lang] if POLITE.search(str(r["text"]))) for lang in ("de", "en")}
for lang in ("de", "en"):
    if not polite[lang]:
        errors.append(f"{lang}: no polite re-ask")
VOICES = {
    "de_DE-thorsten-medium",
    "de_DE-kerstin-low",
    "de_DE-ramona-low",
    "en_US-joe-medium",
    "en_US-ryan-medium",
    "en_US-amy-medium",
    "en_US-kristin-medium",
}
for sid, s in sorted(scen.items()):
    if str(s["persona"].get("voice", "")) not in VOICES:
        errors.append(f"{sid}: voice {s['persona'].get('voice')!r} is not one of the README's voices")
    if not any(WEEKDAY.search(" ".join(str(t.get("say") or "").split())) for t in s["turns"]):
        errors.append(f"{sid}: no customer line names today's weekday")
    for n, t in enumerate(s["turns"], 1):
        kp = (t.get("expect") or {}).get("key_points") or {}
        if not 1 <= len(kp) <= 3:
            errors.append(f"{sid} turn {n}: {len(kp)} key points, expected 1-3")
print(f"polite re-asks: de {polite['de']}, en {polite['en']}")
# new in v31
for r in replies:
    if not r["expect"]:
        for name in COLLEAGUES.get(r["scenario"], []):
            if re.search(rf"\b{re.escape(name)}\b", str(r["text"])):
                errors.append(f"{r['id']}: good reply names the colleague {name}")
for lang in ("de", "en"):
    bare = sum(1 for r in reasks[lang] if "?" not in str(r["text"]))
    if bare < 2:
        errors.append(f"{lang}: only {bare} re-asks without a question mark")
long_good = collections.Counter(
    (r["scenario"], r["turn"]) for r in replies if not r["expect"] and len(str(r["text"]).split()) >= 20
)
for k in per_turn:
    if not long_good[k]:
        errors.append(f"{k[0]} turn {k[1]}: no good reply of at least twenty words")
for sid in sorted(scen):
    if not any("avoid_phrase" in r["expect"] for r in replies if r["scenario"] == sid):
        errors.append(f"{sid}: no avoid_phrase reply")
long_lang = collections.Counter(r["language"] for r in replies if not r["expect"] and len(str(r["text"]).split()) >= 20)
print(f"good replies of at least twenty words: de {long_lang['de']}, en {long_lang['en']}")
# new in v32
readbacks = {}
for sid, s in sorted(scen.items()):
    values = []
    hits = 0
    for n, t in enumerate(s["turns"], 1):
        for f in (t.get("facts") or {}).values():
            values.append(" ".join(str(f.get("value") if isinstance(f, dict) else f).split()).lower())
        for r in replies:
            if r["scenario"] == sid and r["turn"] == n and not r["expect"]:
                low = " ".join(str(r["text"]).split()).lower()
                hits += any(v in low for v in values)
    readbacks[sid] = hits
    if not hits:
        errors.append(f"{sid}: no good reply reads back a fact value")
    if not any(len(r["expect"]) >= 2 for r in replies if r["scenario"] == sid):
        errors.append(f"{sid}: no bad reply with two or more kinds")
    if s["persona"].get("gender") == "diverse":
        name = str(s["persona"]["name"])
        first = name.split()[0]
        if not any(
            r["scenario"] == sid and (name in str(r["text"]) or re.search(rf"\b{re.escape(first)}\b", str(r["text"])))
            for r in replies
        ):
            errors.append(f"{sid}: no reply addresses the diverse persona by name")
print("good replies reading back a fact value: " + ", ".join(f"{k} {v}" for k, v in readbacks.items()))
# new in v33

for sid, s in sorted(scen.items()):
    brief = s.get("brief") or {}
    if not str(brief.get("situation") or "").strip() or not str(brief.get("goal") or "").strip():
        errors.append(f"{sid}: brief without situation or goal")
    if s["persona"].get("gender") == "diverse":
        name = str(s["persona"]["name"])
        first = name.split()[0]
        if not any(
            r["scenario"] == sid
            and not r["expect"]
            and (name in str(r["text"]) or re.search(rf"\b{re.escape(first)}\b", str(r["text"])))
            for r in replies
        ):
            errors.append(f"{sid}: no good reply addresses the diverse persona by name")
only_nl = collections.Counter((r["scenario"], r["turn"]) for r in replies if r["expect"] == ["not_listening"])
for k, n in sorted(only_nl.items()):
    if n > 3:
        errors.append(f"{k[0]} turn {k[1]}: {n} replies whose only kind is not_listening, at most 3")
print(f"most replies per turn whose only kind is not_listening: {max(only_nl.values()) if only_nl else 0}")


def grams(text, n=5):
    w = re.sub(r"[^\w ]", " ", str(text).lower()).split()
    return {" ".join(w[i : i + n]) for i in range(len(w) - n + 1)}


V33 = os.path.join(HERE, "..", "heldout_v33", "replies.yaml")
if os.path.exists(V33):
    with open(V33, encoding="utf-8") as handle:
        old = grams(" ".join(itertools.islice(handle, 60)))
    overlaps = [(r["id"], g) for r in replies for g in grams(r["text"]) if g in old]
    for rid, g in overlaps:
        errors.append(f"{rid}: shares the five words '{g}' with v33's first 60 lines")
    print(f"five-word overlaps with v33's first 60 lines: {len(overlaps)}")
else:
    print("v33's replies.yaml not found; overlap check skipped")
# new in v34
TIME_WORD = re.compile(
    r"(\d|uhr|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|vormittag|nachmittag|abend|morgen"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|half|quarter|one|two"
    r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve)",
    re.IGNORECASE,
)
for sid, s in sorted(scen.items()):
    situation = " ".join(str((s.get("brief") or {}).get("situation") or "").split()).lower()
    for fkey, f in (s["turns"][0].get("facts") or {}).items():
        value = " ".join(str(f.get("value") if isinstance(f, dict) else f).split()).lower()
        if re.search(r"\d", value) and value not in situation:
            errors.append(f"{sid}: turn-1 fact {fkey} ({value}) is not in the brief's situation")
for r in replies:
    s = scen.get(r["scenario"])
    if s is None or not 1 <= r["turn"] <= len(s["turns"]):
        continue
    own = grams(s["turns"][r["turn"] - 1].get("example") or "")
    shared = sorted(g for g in grams(r["text"]) if g in own)
    if shared:
        errors.append(f"{r['id']}: shares the five words '{shared[0]}' with its turn's example")
    note = str(r["note"])
    if r["expect"] == ["not_listening"] and "breaks" in note and "limit" in note and not TIME_WORD.search(note):
        errors.append(f"{r['id']}: limit-break note names no clock time or day")
spread = {lang: collections.Counter() for lang in ("de", "en")}
for lang in ("de", "en"):
    for k in KINDS:
        spread[lang][k] = len({r["scenario"] for r in replies if r["language"] == lang and k in r["expect"]})
        if spread[lang][k] < 3:
            errors.append(f"{lang}: kind {k} occurs in only {spread[lang][k]} scenarios, expected at least 3")
for lang in ("de", "en"):
    print(f"scenarios per kind, {lang}: " + ", ".join(f"{k} {spread[lang][k]}" for k in KINDS))
print("OK" if not errors else "PROBLEMS:\n" + "\n".join(errors))
sys.exit(1 if errors else 0)
