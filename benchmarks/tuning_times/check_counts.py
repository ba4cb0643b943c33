"""Check tuning_times replies.yaml against its scenarios/ and print the counts table.

Run with the project's venv python: `.venv/bin/python benchmarks/tuning_times/check_counts.py`.
Adapted from heldout_v20/check_counts.py: its generic checks are kept (ids, German replies first,
scenarios, turns, languages, kinds and their order, the keys of a reply, a kind fits its turn, no
du-forms in a Sie scenario, 2-3 turns and no `next`, no good reply holds an avoid phrase or an ask
phrase of a fact already given, every turn's `example` holds one phrasing of each key point and no
avoid phrase, offer word or ask phrase, no reply text twice, every kind in both languages, facts have
`ask` lists, key phrasings are text after loading, turn ids unique, every file opens with a comment,
notes are one line, gender matches Frau/Herr/Ms/Mrs/Mr, re-asks counted per language with one
without a question mark and two with "noch mal" / "again", every feeling turn has a
no_acknowledgement reply, every accept_no turn a pushed_after_no reply); the numbers are this set's
(10 scenarios, 5 German; at least 200 replies, exactly half German; 8-10 replies, 5-6 good per turn;
good share 55-65 %).
New for this set (times and dates): a German scenario may use `address: du`, and then no German reply
in it may use a Sie-form (capitalised Sie/Ihnen/Ihr... not at a sentence's start); every good reply's
note says how its time "fits"; every not_listening reply's note says that it "breaks" the customer's
"limit" or that it "asks again"; every turn has at least one reply whose time breaks a limit; at least
70 % of the bad replies carry not_listening; in each language at least eight re-asks and at least
twenty limit breaks; prints the counts of limit breaks and re-asks per language.
"""

import collections
import glob
import os
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import KINDS, print_label_table  # noqa: E402

PREFIX = "tt-"
HERE = os.path.dirname(os.path.abspath(__file__))
DU = re.compile(r"\b(du|dich|dir|dein(e|en|em|er|es)?|euch|euer|eure(n|m|r|s)?)\b", re.IGNORECASE)
SIE = re.compile(r"(?<![.!?:]\s)(?<!^)\b(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b")
scen = {}
for f in glob.glob(os.path.join(HERE, "scenarios", "*.yaml")):
    with open(f, encoding="utf-8") as handle:
        if not handle.readline().startswith("#"):
            print(f"{os.path.basename(f)}: does not open with a comment (the training goal)")
            sys.exit(1)
        handle.seek(0)
        d = yaml.safe_load(handle)
    scen[d["id"]] = d
with open(os.path.join(HERE, "replies.yaml"), encoding="utf-8") as handle:
    replies = yaml.safe_load(handle)["replies"]
errors = []


def as_list(x):
    return x if isinstance(x, list) else [x]


def given_asks(s, n):
    """Ask phrases of every fact given in turns 1..n of scenario s."""
    out = []
    for t in s["turns"][:n]:
        for f in (t.get("facts") or {}).values():
            if isinstance(f, dict):
                out += [str(a).lower() for a in as_list(f.get("ask") or [])]
    return out


ids = [r["id"] for r in replies]
if ids != [f"{PREFIX}{i:03d}" for i in range(1, len(replies) + 1)]:
    errors.append(f"ids not unique and consecutive from {PREFIX}001")
langs = [r["language"] for r in replies]
if langs != sorted(langs, key=lambda x: x != "de"):
    errors.append("German replies do not all come first")
per_turn = collections.Counter()
good_turn = collections.Counter()
break_turn = collections.Counter()
for r in replies:
    s = scen.get(r["scenario"])
    if set(r) != {"id", "scenario", "turn", "language", "text", "expect", "note"}:
        errors.append(f"{r['id']}: keys {sorted(r)}")
    if s is None:
        errors.append(f"{r['id']}: unknown scenario {r['scenario']}")
        continue
    if not 1 <= r["turn"] <= len(s["turns"]):
        errors.append(f"{r['id']}: turn {r['turn']} not in {r['scenario']}")
        continue
    if r["language"] != s["language"]:
        errors.append(f"{r['id']}: language mismatch")
    for k in r["expect"]:
        if k not in KINDS:
            errors.append(f"{r['id']}: unknown kind {k}")
    if r["expect"] != [k for k in KINDS if k in r["expect"]]:
        errors.append(f"{r['id']}: kinds not unique or not in the order {KINDS}")
    text, note = str(r["text"]), str(r["note"])
    if not note.strip() or not text.strip():
        errors.append(f"{r['id']}: empty text or note")
    if "\n" in note.strip():
        errors.append(f"{r['id']}: note is more than one line")
    if r["language"] == "de":
        form = str(s.get("address", "sie")).lower()
        if form == "sie" and DU.search(text):
            errors.append(f"{r['id']}: du-form in a Sie scenario: {DU.search(text).group(0)}")
        if form == "du":
            for sentence in re.split(r"(?<=[.!?:])\s+", text):
                m = SIE.search(sentence, 1)
                if m:
                    errors.append(f"{r['id']}: Sie-form in a du scenario: {m.group(0)}")
    t = s["turns"][r["turn"] - 1]
    ex = t.get("expect") or {}
    low = " ".join(text.split()).lower()
    if "pushed_after_no" in r["expect"] and not ex.get("accept_no"):
        errors.append(f"{r['id']}: pushed_after_no on a turn without accept_no")
    feel = ex.get("acknowledge_emotion", t.get("emotion") in ("annoyed", "angry", "sad"))
    if "no_acknowledgement" in r["expect"] and not feel:
        errors.append(f"{r['id']}: no_acknowledgement on a turn that expects none")
    if "avoid_phrase" in r["expect"] and not any(str(a).lower() in low for a in ex.get("avoid") or []):
        errors.append(f"{r['id']}: avoid_phrase but no phrase of the turn's avoid list in the text")
    if not r["expect"]:
        if not re.search(r"\bfits?\b", note, re.IGNORECASE):
            errors.append(f"{r['id']}: good reply whose note does not say how its time fits")
        for a in ex.get("avoid") or []:
            if str(a).lower() in low:
                errors.append(f"{r['id']}: good reply contains the avoid phrase '{a}'")
        for a in given_asks(s, r["turn"]):
            if a in low:
                errors.append(f"{r['id']}: good reply holds the ask phrase '{a}'")
    if "not_listening" in r["expect"]:
        is_break = "breaks" in note and "limit" in note
        if not is_break and "asks again" not in note.lower():
            errors.append(f"{r['id']}: not_listening note says neither 'breaks ... limit' nor 'asks again'")
        break_turn[(r["scenario"], r["turn"])] += is_break
    per_turn[(r["scenario"], r["turn"])] += 1
    good_turn[(r["scenario"], r["turn"])] += not r["expect"]

no_turns = []
for sid, s in sorted(scen.items()):
    if not sid.startswith(PREFIX) or not sid.endswith("-" + s["language"]):
        errors.append(f"{sid}: id does not start with {PREFIX} or not end in -{s['language']}")
    if not 2 <= len(s["turns"]) <= 3:
        errors.append(f"{sid}: {len(s['turns'])} turns")
    if any("next" in t for t in s["turns"]):
        errors.append(f"{sid}: branching (next) is not wanted in this set")
    if s["language"] == "de" and str(s.get("address", "")).lower() not in ("sie", "du"):
        errors.append(f"{sid}: German scenario without address: sie or du")
    gender = s["persona"].get("gender")
    first = str(s["persona"]["name"]).split()[0].lower().rstrip(".")
    titles = {"frau": "female", "herr": "male", "ms": "female", "mrs": "female", "mr": "male"}
    if not gender or (first in titles and gender != titles[first]):
        errors.append(f"{sid}: gender {gender} missing or not matching '{first}'")
    voice = str(s["persona"].get("voice", ""))
    if voice and not voice.startswith({"de": "de_", "en": "en_"}[s["language"]]):
        errors.append(f"{sid}: voice {voice} not in the scenario's language")
    turn_ids = [t.get("id") for t in s["turns"]]
    if None in turn_ids or len(set(turn_ids)) != len(turn_ids):
        errors.append(f"{sid}: turn ids missing or not unique")
    for n, t in enumerate(s["turns"], 1):
        key = (sid, n)
        if not 8 <= per_turn[key] <= 10:
            errors.append(f"{sid} turn {n}: {per_turn[key]} replies, expected 8-10")
        if not 5 <= good_turn[key] <= 6:
            errors.append(f"{sid} turn {n}: {good_turn[key]} good replies, expected 5-6")
        if break_turn[key] < 1:
            errors.append(f"{sid} turn {n}: no reply whose time breaks a limit")
        ex = t.get("expect") or {}
        if ex.get("accept_no"):
            no_turns.append(f"{sid} turn {n}")
            if not any("pushed_after_no" in r["expect"] for r in replies if (r["scenario"], r["turn"]) == key):
                errors.append(f"{sid} turn {n}: accept_no turn without a pushed_after_no reply")
        if t.get("emotion") in ("angry", "annoyed", "sad") and not any(
            "no_acknowledgement" in r["expect"] for r in replies if (r["scenario"], r["turn"]) == key
        ):
            errors.append(f"{sid} turn {n}: feeling turn without a no_acknowledgement reply")
        example = " ".join(str(t.get("example") or "").split()).lower()
        if not example:
            errors.append(f"{sid} turn {n}: no example")
        if s["language"] == "de" and str(s.get("address", "sie")).lower() == "sie" and DU.search(example):
            errors.append(f"{sid} turn {n}: du-form in the example")
        for k, phr in (ex.get("key_points") or {}).items():
            phr = as_list(phr)
            if not 2 <= len(phr) <= 6:
                errors.append(f"{sid} turn {n}: key point {k} has {len(phr)} phrasings, expected 2-6")
            if len({str(p).lower() for p in phr}) != len(phr):
                errors.append(f"{sid} turn {n}: key point {k} lists a phrasing twice")
            if not any(str(p).lower() in example for p in phr):
                errors.append(f"{sid} turn {n}: example lacks a phrasing of key point {k}")
        for a in (ex.get("avoid") or []) + (ex.get("offer_words") or []):
            if " ".join(str(a).split()).lower() in example:
                errors.append(f"{sid} turn {n}: example contains '{a}'")
        for a in given_asks(s, n):
            if a in example:
                errors.append(f"{sid} turn {n}: example holds the ask phrase '{a}'")
        words = [p for phr in (ex.get("key_points") or {}).values() for p in as_list(phr)]
        words += list(ex.get("avoid") or []) + list(ex.get("offer_words") or [])
        for fk, f in (t.get("facts") or {}).items():
            if not isinstance(f, dict) or not f.get("ask"):
                errors.append(f"{sid} turn {n}: fact {fk} has no ask list")
            else:
                words.append(f.get("value"))
        for w in words:
            if not isinstance(w, str):
                errors.append(f'{sid} turn {n}: {w!r} is not text after loading (quote it, e.g. "2:45")')

if len(scen) != 10 or sum(s["language"] == "de" for s in scen.values()) != 5:
    errors.append("expected 10 scenarios, 5 of them German")
if len(replies) < 200:
    errors.append(f"expected at least 200 replies, found {len(replies)}")
if 2 * sum(r["language"] == "de" for r in replies) != len(replies):
    errors.append("German replies are not exactly half")
texts = collections.Counter(" ".join(str(r["text"]).split()).lower() for r in replies)
for txt, n in texts.items():
    if n > 1:
        errors.append(f"reply text occurs {n} times: {txt[:60]}")
for lang in ("de", "en"):
    for k in KINDS:
        if not any(k in r["expect"] for r in replies if r["language"] == lang):
            errors.append(f"kind {k} missing in {lang}")
bad = [r for r in replies if r["expect"]]
nl_share = sum("not_listening" in r["expect"] for r in bad) / max(1, len(bad))
if nl_share < 0.70:
    errors.append(f"only {nl_share:.0%} of the bad replies carry not_listening")
reasks = {
    lang: [
        r
        for r in replies
        if r["language"] == lang and "not_listening" in r["expect"] and "asks again" in r["note"].lower()
    ]
    for lang in ("de", "en")
}
breaks = {
    lang: [
        r
        for r in replies
        if r["language"] == lang and "not_listening" in r["expect"] and "breaks" in r["note"] and "limit" in r["note"]
    ]
    for lang in ("de", "en")
}
for lang, word in (("de", "noch mal"), ("en", "again")):
    if not any("?" not in str(r["text"]) for r in reasks[lang]):
        errors.append(f"{lang}: no re-ask without a question mark")
    if sum(word in str(r["text"]).lower() for r in reasks[lang]) < 2:
        errors.append(f"{lang}: fewer than two re-asks phrased with '{word}'")
    if len(reasks[lang]) < 8:
        errors.append(f"{lang}: only {len(reasks[lang])} re-asks")
    if len(breaks[lang]) < 20:
        errors.append(f"{lang}: only {len(breaks[lang])} limit breaks")

good = sum(1 for r in replies if not r["expect"])
share = good / len(replies)
if not 0.55 <= share <= 0.65:
    errors.append(f"good share {share:.1%}")
print(f"scenarios {len(scen)}, turns {len(per_turn)}, replies {len(replies)}, good {good} ({share:.1%})")
for k in sorted(per_turn):
    print(f"  {k[0]} turn {k[1]}: {per_turn[k]} replies, {good_turn[k]} good, {break_turn[k]} limit breaks")
print("accept_no turns: " + ", ".join(no_turns))
print()
print_label_table(replies, share_rows=("de", "en", "all"))
multi = {lang: sum(1 for r in bad if r["language"] == lang and len(r["expect"]) > 1) for lang in ("de", "en")}
only_break = {lang: sum(1 for r in breaks[lang] if r["expect"] == ["not_listening"]) for lang in ("de", "en")}
print(
    f"\nbad replies: {len(bad)}, {nl_share:.0%} of them not_listening; more than one kind: de {multi['de']}, en {multi['en']}"
)
print(f"not_listening replies whose time breaks a limit: de {len(breaks['de'])}, en {len(breaks['en'])}")
print(f"  of them with not_listening as the only kind: de {only_break['de']}, en {only_break['en']}")
print(f"not_listening replies that ask again for something given: de {len(reasks['de'])}, en {len(reasks['en'])}")
print(
    "  without a question mark: "
    + ", ".join(f"{lang} {sum('?' not in str(r['text']) for r in reasks[lang])}" for lang in ("de", "en"))
)
short_good = collections.Counter(
    r["language"] for r in replies if not r["expect"] and len(str(r["text"]).split()) <= 15
)
print(f"good replies of at most fifteen words: de {short_good['de']}, en {short_good['en']}")
print("OK" if not errors else "PROBLEMS:\n" + "\n".join(errors))
sys.exit(1 if errors else 0)
