"""Check heldout_v11 replies.yaml against its scenarios/ and print the counts table.

Run with the project's venv python. Adapted from heldout_v10/check_counts.py; adds checks that a
kind fits its turn (pushed_after_no only on accept_no turns, no_acknowledgement only on angry,
annoyed or sad turns, avoid_phrase only where the turn has an avoid list), that German scenarios
set address: sie, that every persona has a gender, and that each turn has 6-7 good replies.
"""

import collections
import glob
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ["not_listening", "contradiction", "pushed_after_no", "avoid_phrase", "no_acknowledgement"]
scen = {}
for f in glob.glob(os.path.join(HERE, "scenarios", "*.yaml")):
    with open(f, encoding="utf-8") as handle:
        d = yaml.safe_load(handle)
    scen[d["id"]] = d
with open(os.path.join(HERE, "replies.yaml"), encoding="utf-8") as handle:
    replies = yaml.safe_load(handle)["replies"]
errors = []
ids = [r["id"] for r in replies]
if ids != [f"hv11-{i:03d}" for i in range(1, len(replies) + 1)]:
    errors.append("ids not unique and consecutive from hv11-001")
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
    if r["expect"] != [k for k in KINDS if k in r["expect"]]:
        errors.append(f"{r['id']}: kinds not unique or not in the order {KINDS}")
    per_turn[(r["scenario"], r["turn"])] += 1
    good_turn[(r["scenario"], r["turn"])] += not r["expect"]
for sid, s in scen.items():
    for t in range(1, len(s["turns"]) + 1):
        n = per_turn[(sid, t)]
        if not 11 <= n <= 12:
            errors.append(f"{sid} turn {t}: {n} replies")
        if not 6 <= good_turn[(sid, t)] <= 7:
            errors.append(f"{sid} turn {t}: {good_turn[(sid, t)]} good replies")
    if not sid.startswith("hv11-"):
        errors.append(f"{sid}: id does not start with hv11-")
    if not s["persona"].get("gender"):
        errors.append(f"{sid}: persona without gender")
    if s["language"] == "de" and str(s.get("address", "")).lower() != "sie":
        errors.append(f"{sid}: German scenario without address: sie")
if len(scen) != 12 or sum(s["language"] == "de" for s in scen.values()) != 6:
    errors.append("expected 12 scenarios, 6 of them German")
good = sum(1 for r in replies if not r["expect"])
share = good / len(replies)
if not 0.50 <= share <= 0.60:
    errors.append(f"good share {share:.1%}")
print(f"scenarios {len(scen)}, turns {len(per_turn)}, replies {len(replies)}, good {good} ({share:.1%})")
for k in sorted(per_turn):
    print(f"  {k[0]} turn {k[1]}: {per_turn[k]} replies, {good_turn[k]} good")
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
print("OK" if not errors else "PROBLEMS:\n" + "\n".join(errors))
sys.exit(1 if errors else 0)
