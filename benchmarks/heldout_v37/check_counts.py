"""Check heldout_v37's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v37/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v35 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds the set's own data, v36's checks (copied from v36's wrapper, not yet kept in
that module) and the checks new in v37, all passed as `extra_checks` (they run after the kept checks, before
OK or the problems). v36: no three-word opening shared by more than six replies; no example names its
colleague or gives the persona a title of the other gender (or any title to a diverse persona); every
brief's goal names the colleague too; the notes of avoid_phrase, pushed_after_no and re-ask replies say
what the label rests on. v37: each language on its own has 50-60 % good replies; every angry, annoyed or
sad turn lists an apology or sympathy key point; every scenario's limit-break reply answers the turn that
names today's weekday or a later one; no two replies of one turn open with the same two words.
"""

import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import FEELINGS, LANGUAGES, OTHER_TITLES, SetRun, _breaks_limit, _collapse, _names, _words, main  # noqa: E402

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

#: v36: the most replies that may open with the same three words (each reply is written fresh).
MAX_THREE_WORD_OPENING = 6
#: v36: a re-ask note says where the customer gave the fact: in a line or in an earlier turn.
REASK_WHERE = re.compile(r"\b(line|turn \d)\b")
#: v37: the key point names that stand for taking up the feeling on an angry, annoyed or sad turn.
FEELING_KEY_POINTS = ("apology", "sympathy")
#: v37: the good share each language must have on its own.
GOOD_SHARE = (0.50, 0.60)


def check_three_word_openings(run: SetRun) -> None:
    """v36: no three-word opening is shared by more than `MAX_THREE_WORD_OPENING` replies."""
    openings = collections.Counter(" ".join(_words(r["text"])[:3]) for r in run.replies)
    for opening, n in sorted(openings.items()):
        if n > MAX_THREE_WORD_OPENING:
            run.errors.append(f"three-word opening occurs {n} times: {opening}")
    print("most frequent three-word openings: " + ", ".join(f"{o!r} {n}" for o, n in openings.most_common(4)))


def check_examples_and_goals(run: SetRun) -> None:
    """v36: no example names its colleague or mistitles the persona; every goal names the colleague."""
    titled = 0
    for sid, s in sorted(run.scen.items()):
        names = run.colleagues.get(sid, [])
        gender = s["persona"].get("gender")
        surname = str(s["persona"]["name"]).split()[-1]
        wrong = OTHER_TITLES.get(gender, ("Frau", "Herr", "Herrn", "Ms", "Mrs", "Mr") if gender == "diverse" else ())
        for n, t in enumerate(s["turns"], 1):
            example = _collapse(t.get("example") or "")
            for name in names:
                if _names(name, example):
                    run.errors.append(f"{sid} turn {n}: the example names the colleague {name}")
            for title in wrong:
                if re.search(rf"\b{title}\.? {re.escape(surname)}\b", example):
                    run.errors.append(f"{sid} turn {n}: the example says '{title} {surname}'")
                    titled += 1
        goal = _collapse((s.get("brief") or {}).get("goal") or "")
        if not names or not _names(names[0], goal):
            run.errors.append(f"{sid}: the brief's goal does not name the colleague")
    print(f"examples with a wrong title: {titled}")


def check_kind_notes(run: SetRun) -> None:
    """v36: an avoid_phrase note quotes the phrase ('...'), a pushed_after_no note says 'refused', and a
    re-ask note says where the fact was given ('line' or 'turn N')."""
    counts = collections.Counter()
    for r in run.replies:
        note = str(r["note"])
        if "avoid_phrase" in r["expect"]:
            counts["avoid_phrase"] += 1
            if not re.search(r"'[^']+'", note):
                run.errors.append(f"{r['id']}: avoid_phrase note quotes no phrase")
        if "pushed_after_no" in r["expect"]:
            counts["pushed_after_no"] += 1
            if "refused" not in note:
                run.errors.append(f"{r['id']}: pushed_after_no note does not say 'refused'")
        if "asks again" in note.lower():
            counts["re-ask"] += 1
            if not REASK_WHERE.search(note):
                run.errors.append(f"{r['id']}: re-ask note does not say where the fact was given")
    print("notes checked: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


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
            check_three_word_openings,
            check_examples_and_goals,
            check_kind_notes,
            check_good_share_per_language,
            check_feeling_key_points,
            check_limit_break_turns,
            check_two_word_openings_per_turn,
        ],
    )
