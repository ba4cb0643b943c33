"""Check heldout_v38's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v38/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v37 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds the set's own data and v38's own checks, passed as `extra_checks`:
- `check_exact_counts`: exactly 312 replies, 156 per language; turn 1 of a three-turn scenario has 12
  replies with 7 good, every other turn 11 with 6 good;
- `check_bare_file_notes`: `no_acknowledgement` only ever comes as `[not_listening, no_acknowledgement]`
  (a bare file note also misses the apology or sympathy key point), and every scenario has exactly one;
- `check_weekday_line_limits`: the customer line that names today's weekday also gives a limit: a
  limiting word (bis, ab, nur, vor, nach; by, before, after, only, till, from) and a clock time or a day
  other than today;
- `check_readme_sections`: the README has the sections the brief asks for.
"""

import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import LANGUAGES, WEEKDAY_BY_VERSION, SetRun, main, rule_for  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv38-zinngiesserei-de": ["Pritzl"],
    "hv38-sommerrodelbahn-de": ["Vogelsang"],
    "hv38-bootsbau-de": ["Tjarks"],
    "hv38-bergfuehrer-de": ["Leitner"],
    "hv38-kupferschmiede-de": ["Brockmann"],
    "hv38-eiswagen-de": ["Pagel"],
    "hv38-oysterfarm-en": ["Tamsin"],
    "hv38-forgeday-en": ["Gareth"],
    "hv38-mosaicsign-en": ["Paula"],
    "hv38-beachhut-en": ["Jordan"],
    "hv38-ginschool-en": ["Marcus"],
    "hv38-sheepdog-en": ["Owen"],
}

#: v38: the replies per language.
REPLIES_PER_LANGUAGE = 156
#: v38: a word that limits a time in the customer's line.
LIMIT_WORD = re.compile(r"\b(bis|ab|nur|vor|nach|by|before|after|only|till|until|from)\b", re.IGNORECASE)
#: v38: a clock time or a day in the customer's line.
TIME_OR_DAY = re.compile(
    r"(\d|\buhr\b|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|vormittag|abend|mittag"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|noon|\bfour\b|\bten\b|\bthree\b"
    r"|\bseven\b|tomorrow|morgen)",
    re.IGNORECASE,
)
#: v38: the README sections the brief asks for.
README_SECTIONS = (
    "## What the session read and ran",
    "## Contents",
    "## Counts",
    "## What is in it",
    "## Labelling conventions",
    "## Slips",
)


def check_exact_counts(run: SetRun) -> None:
    """v38: exactly 312 replies (156 per language); 12 with 7 good on turn 1 of a three-turn scenario,
    11 with 6 good on every other turn (the kept checks allow 11-12 and 6-7 anywhere)."""
    for lang in LANGUAGES:
        n = sum(1 for r in run.replies if r["language"] == lang)
        if n != REPLIES_PER_LANGUAGE:
            run.errors.append(f"{lang}: {n} replies, expected {REPLIES_PER_LANGUAGE}")
    wrong = 0
    for sid, s in sorted(run.scen.items()):
        for n in range(1, len(s["turns"]) + 1):
            want = (12, 7) if n == 1 and len(s["turns"]) == 3 else (11, 6)
            got = (run.per_turn[(sid, n)], run.good_turn[(sid, n)])
            if got != want:
                run.errors.append(
                    f"{sid} turn {n}: {got[0]} replies with {got[1]} good, expected {want[0]} with {want[1]}"
                )
                wrong += 1
    print(f"turns with other than 12/7 (turn 1 of three) or 11/6 replies and good: {wrong}")


def check_bare_file_notes(run: SetRun) -> None:
    """v38: no_acknowledgement only as [not_listening, no_acknowledgement], exactly one per scenario."""
    per_scenario: collections.Counter[str] = collections.Counter()
    for r in run.replies:
        if "no_acknowledgement" not in r["expect"]:
            continue
        per_scenario[r["scenario"]] += 1
        if r["expect"] != ["not_listening", "no_acknowledgement"]:
            run.errors.append(f"{r['id']}: no_acknowledgement without not_listening alone ({r['expect']})")
    for sid in sorted(run.scen):
        if per_scenario[sid] != 1:
            run.errors.append(f"{sid}: {per_scenario[sid]} no_acknowledgement replies, expected exactly 1")
    print("no_acknowledgement replies per scenario: " + ", ".join(f"{k} {v}" for k, v in sorted(per_scenario.items())))


def check_weekday_line_limits(run: SetRun) -> None:
    """v38: the line naming today's weekday gives a limit (a limiting word and a time or another day)."""
    weekday = rule_for(WEEKDAY_BY_VERSION, run.version)
    checked = 0
    for sid, s in sorted(run.scen.items()):
        for n, t in enumerate(s["turns"], 1):
            say = " ".join(str(t.get("say") or "").split())
            if not weekday.search(say):
                continue
            checked += 1
            rest = weekday.sub(" ", say)
            if not (LIMIT_WORD.search(rest) and TIME_OR_DAY.search(rest)):
                run.errors.append(f"{sid} turn {n}: the line naming today's weekday gives no time limit")
    print(f"lines naming today's weekday checked for a limit: {checked}")


def check_readme_sections(run: SetRun) -> None:
    """v38: the README holds the sections the brief asks for (skipped when there is no README)."""
    readme = run.folder / "README.md"
    if not readme.exists():
        print("README.md not found; section check skipped")
        return
    lines = readme.read_text(encoding="utf-8").splitlines()
    missing = [h for h in README_SECTIONS if h not in lines]
    for h in missing:
        run.errors.append(f"README.md: no section '{h}'")
    print(f"README sections: {len(README_SECTIONS) - len(missing)} of {len(README_SECTIONS)}")


if __name__ == "__main__":
    main(
        __file__,
        38,
        COLLEAGUES,
        extra_checks=[check_exact_counts, check_bare_file_notes, check_weekday_line_limits, check_readme_sections],
    )
