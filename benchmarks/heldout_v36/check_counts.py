"""Check heldout_v36's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v36/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v35 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds the set's own data and the checks new in v36, passed as `extra_checks`
(they run after the kept checks, before OK or the problems): no three-word opening shared by more than six
replies; no example names its colleague or gives the persona a title of the other gender (or any title to a
diverse persona); every brief's goal names the colleague too; the notes of avoid_phrase, pushed_after_no and
re-ask replies say what the label rests on.
"""

import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import OTHER_TITLES, SetRun, _collapse, _names, _words, main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv36-boettcherei-de": ["Lenz"],
    "hv36-muehle-de": ["Voss"],
    "hv36-drehorgel-de": ["Ritter"],
    "hv36-seifenmanufaktur-de": ["Hoffmann"],
    "hv36-vergolderei-de": ["Brandt"],
    "hv36-rikscha-de": ["Jansen"],
    "hv36-falconry-en": ["Becky"],
    "hv36-sashwindow-en": ["Nathan"],
    "hv36-punting-en": ["Harriet"],
    "hv36-gramophone-en": ["Priya"],
    "hv36-murdermystery-en": ["Shaun"],
    "hv36-beerline-en": ["Owen"],
}

#: v36: the most replies that may open with the same three words (each reply is written fresh).
MAX_THREE_WORD_OPENING = 6
#: v36: a re-ask note says where the customer gave the fact: in a line or in an earlier turn.
REASK_WHERE = re.compile(r"\b(line|turn \d)\b")


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


if __name__ == "__main__":
    main(__file__, 36, COLLEAGUES, extra_checks=[check_three_word_openings, check_examples_and_goals, check_kind_notes])
