"""Check replies.yaml against scenarios/ and print the counts table (run with the project's venv python)."""

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
if ids != [f"hv10-{i:03d}" for i in range(1, len(replies) + 1)]:
    errors.append("ids not unique and consecutive from hv10-001")
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
    per_turn[(r["scenario"], r["turn"])] += 1
    good_turn[(r["scenario"], r["turn"])] += not r["expect"]
for sid, s in scen.items():
    for t in range(1, len(s["turns"]) + 1):
        n = per_turn[(sid, t)]
        if not 11 <= n <= 12:
            errors.append(f"{sid} turn {t}: {n} replies")
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
