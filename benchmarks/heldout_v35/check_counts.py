"""Check heldout_v35's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v35/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v34 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds the set's own data and its own new checks. Added for v35 (the functions
below, passed as `extra_checks`): no persona with a Frau/Herr (Ms/Mrs/Mr) title is given the other title, no
two replies share six words in a row, no reply has more than sixty words, and the README's counts table
agrees with the replies.
"""

import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import KINDS, LANGUAGES, SetRun, _words, grams, main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv35-strandkorb-de": ["Petersen"],
    "hv35-drechslerei-de": ["Kuhn"],
    "hv35-stuhlflechterei-de": ["Schuster"],
    "hv35-museumsbahn-de": ["Brückner"],
    "hv35-windelservice-de": ["Dietz"],
    "hv35-dachbegruenung-de": ["Hartmann"],
    "hv35-chandelier-en": ["Declan"],
    "hv35-claypigeon-en": ["Kerry"],
    "hv35-bonsai-en": ["Aisha"],
    "hv35-conservatory-en": ["Gavin"],
    "hv35-topiary-en": ["Craig"],
    "hv35-memoryquilt-en": ["Debbie"],
}

# The titles that name a gender, and the ones of the other gender (German "Herrn" is the object form).
OTHER_TITLES = {"female": ("Herr", "Herrn", "Mr"), "male": ("Frau", "Ms", "Mrs")}
MAX_WORDS = 60


def check_titles(run: SetRun) -> None:
    """v35: no reply gives a female or male persona the other gender's title before the surname."""
    wrong = 0
    for r in run.replies:
        s = run.scen.get(r["scenario"])
        if s is None:
            continue
        gender = s["persona"].get("gender")
        surname = str(s["persona"]["name"]).split()[-1]
        for title in OTHER_TITLES.get(gender, ()):
            if re.search(rf"\b{title}\.? {re.escape(surname)}\b", str(r["text"])):
                run.errors.append(f"{r['id']}: '{title} {surname}' for a {gender} persona")
                wrong += 1
    print(f"replies giving a persona the other gender's title: {wrong}")


def check_six_words_shared(run: SetRun) -> None:
    """v35: no two replies of the set share a six-word sequence (each reply is written fresh)."""
    seen: dict[str, str] = {}
    shared = 0
    for r in run.replies:
        for g in sorted(grams(r["text"], 6)):
            if g in seen and seen[g] != r["id"]:
                run.errors.append(f"{r['id']}: shares the six words '{g}' with {seen[g]}")
                shared += 1
            seen.setdefault(g, r["id"])
    print(f"six-word sequences shared between replies: {shared}")


def check_length(run: SetRun) -> None:
    """v35: no reply has more than sixty words (replies are said on the phone)."""
    longest = 0
    for r in run.replies:
        n = len(_words(r["text"]))
        longest = max(longest, n)
        if n > MAX_WORDS:
            run.errors.append(f"{r['id']}: {n} words, at most {MAX_WORDS}")
    print(f"longest reply: {longest} words (punctuation split off)")


def check_readme_table(run: SetRun) -> None:
    """v35: the rows de, en and all of the README's counts table hold the counts of replies.yaml."""
    readme = run.folder / "README.md"
    if not readme.exists():
        print("README.md not found; table check skipped")
        return
    rows = {}
    for line in readme.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 + len(KINDS) and cells[0] in (*LANGUAGES, "all"):
            rows[cells[0]] = cells[1:]
    for lang in (*LANGUAGES, "all"):
        rs = [r for r in run.replies if lang == "all" or r["language"] == lang]
        good = sum(1 for r in rs if not r["expect"])
        want = [str(len(rs)), str(good)] + [str(sum(1 for r in rs if k in r["expect"])) for k in KINDS]
        got = rows.get(lang)
        if got is None:
            run.errors.append(f"README.md: no counts row for {lang}")
            continue
        got = [got[0], got[1].split()[0]] + got[2:]
        if got != want:
            run.errors.append(f"README.md: counts row {lang} is {got}, replies.yaml gives {want}")
    print("README counts table: " + ("checked" if rows else "no rows found"))


def print_labels_per_scenario(run: SetRun) -> None:
    """v35: print how many replies of each scenario carry two or more kinds."""
    multi = collections.Counter(r["scenario"] for r in run.replies if len(r["expect"]) >= 2)
    print("bad replies with two or more kinds per scenario: " + ", ".join(f"{k} {multi[k]}" for k in sorted(run.scen)))


if __name__ == "__main__":
    main(
        __file__,
        35,
        COLLEAGUES,
        extra_checks=[
            check_titles,
            check_six_words_shared,
            check_length,
            check_readme_table,
            print_labels_per_scenario,
        ],
    )
