"""Check heldout_v37's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v37/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v36 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added, v36's own checks among them); this file holds the set's own data and the checks new in
v37, passed as `extra_checks` (they run after the kept checks, before OK or the problems). v37: each language on its own has 50-60 % good replies; every angry, annoyed or
sad turn lists an apology or sympathy key point; every scenario's limit-break reply answers the turn that
names today's weekday or a later one; no two replies of one turn open with the same two words.
"""

import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import FEELINGS, LANGUAGES, SetRun, _breaks_limit, _collapse, _words, main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv37-korbflechterei-de": ["Pohl"],
    "hv37-schlittenhunde-de": ["Seidel"],
    "hv37-glasblaeserei-de": ["Ziegler"],
    "hv37-blitzschutz-de": ["Brüggemann"],
    "hv37-segway-de": ["Falkner"],
    "hv37-puppentheater-de": ["Kuhnert"],
    "hv37-lighthouse-en": ["Callum"],
    "hv37-scuba-en": ["Gemma"],
    "hv37-doverelease-en": ["Dean"],
    "hv37-stargazing-en": ["Ffion"],
    "hv37-wheelwright-en": ["Rhys"],
    "hv37-fossilshop-en": ["Martin"],
}

#: v37: the key point names that stand for taking up the feeling on an angry, annoyed or sad turn.
FEELING_KEY_POINTS = ("apology", "sympathy")
#: v37: the good share each language must have on its own.
GOOD_SHARE = (0.50, 0.60)


def check_good_share_per_language(run: SetRun) -> None:
    """v37: each language on its own has a good share within `GOOD_SHARE` (not only the whole set)."""
    low, high = GOOD_SHARE
    shares = {}
    for lang in LANGUAGES:
        rs = [r for r in run.replies if r["language"] == lang]
        shares[lang] = sum(1 for r in rs if not r["expect"]) / len(rs) if rs else 0.0
        if not low <= shares[lang] <= high:
            run.errors.append(f"{lang}: good share {shares[lang]:.1%}, expected {low:.0%} to {high:.0%}")
    print("good share per language: " + ", ".join(f"{lang} {share:.1%}" for lang, share in shares.items()))


def check_feeling_key_points(run: SetRun) -> None:
    """v37: every angry, annoyed or sad turn lists an apology or sympathy key point, so that a bare file
    note on it misses a key point as well as the feeling (the labelling convention for bare notes)."""
    feeling_turns = 0
    for sid, s in sorted(run.scen.items()):
        for n, t in enumerate(s["turns"], 1):
            if t.get("emotion") not in FEELINGS:
                continue
            feeling_turns += 1
            points = (t.get("expect") or {}).get("key_points") or {}
            if not any(k in points for k in FEELING_KEY_POINTS):
                run.errors.append(f"{sid} turn {n}: {t.get('emotion')} turn without an apology or sympathy key point")
    print(f"feeling turns with an apology or sympathy key point checked: {feeling_turns}")


def check_limit_break_turns(run: SetRun) -> None:
    """v37: a reply whose only fault is a time that breaks the customer's limit answers the turn that
    names today's weekday or a later one (the limit is given there), and every scenario has one."""
    weekday = run._weekday()
    per_scenario = collections.Counter()
    for sid, s in sorted(run.scen.items()):
        named = [n for n, t in enumerate(s["turns"], 1) if weekday.search(_collapse(t.get("say") or ""))]
        for r in run.replies:
            if r["scenario"] != sid or not _breaks_limit(r):
                continue
            per_scenario[sid] += 1
            if not named or r["turn"] < named[0]:
                run.errors.append(f"{r['id']}: limit break before the turn that names today's weekday")
        if not per_scenario[sid]:
            run.errors.append(f"{sid}: no reply whose only fault is a time that breaks the customer's limit")
    print("limit breaks per scenario: " + ", ".join(f"{k} {v}" for k, v in sorted(per_scenario.items())))


def check_two_word_openings_per_turn(run: SetRun) -> None:
    """v37: no two replies of one turn open with the same two words (each reply is written fresh)."""
    seen: dict[tuple[str, int, str], str] = {}
    shared = 0
    for r in run.replies:
        key = (r["scenario"], r["turn"], " ".join(_words(r["text"])[:2]))
        if key in seen:
            run.errors.append(f"{r['id']}: opens with '{key[2]}' like {seen[key]} on the same turn")
            shared += 1
        else:
            seen[key] = r["id"]
    print(f"replies sharing a two-word opening with another reply of their turn: {shared}")


if __name__ == "__main__":
    main(
        __file__,
        37,
        COLLEAGUES,
        extra_checks=[
            check_good_share_per_language,
            check_feeling_key_points,
            check_limit_break_turns,
            check_two_word_openings_per_turn,
        ],
    )
