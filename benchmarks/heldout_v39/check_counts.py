"""Check heldout_v39's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v39/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v38 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds the set's own data and v39's own checks, which run after the kept ones:

- `check_turn_shape`: two three-turn scenarios per language, and exactly one angry, annoyed or sad turn
  per scenario, its turn 1 (so the one bare file note of each scenario answers it);
- `check_polite_slot_questions`: in each language at least two good replies ask a question that names a
  clock time or a day (a polite question with a firm slot);
- `check_contradiction_notes`: every contradiction note says what the label rests on (repeating,
  defending, blaming, doubting, minimising, refusing, lecturing, or going back to the excuse);
- `check_limit_break_turn`: every reply whose only fault breaks the customer's limit answers the very
  turn that names today's weekday.
"""

import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import FEELINGS, LANGUAGES, TIME_OR_DAY, SetRun, _breaks_limit, _collapse, main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv39-inkasso-de": ["Seidel"],
    "hv39-kuerschner-de": ["Falkenberg"],
    "hv39-sandstrahl-de": ["Olbrich"],
    "hv39-wachdienst-de": ["Kaminski"],
    "hv39-baustoffhandel-de": ["Reuter"],
    "hv39-estrich-de": ["Jansen"],
    "hv39-answering-en": ["Becky"],
    "hv39-recruitment-en": ["Darren"],
    "hv39-travelclinic-en": ["Priya"],
    "hv39-mortgagebroker-en": ["Karen"],
    "hv39-seasonticket-en": ["Nathan"],
    "hv39-nutritionist-en": ["Mark"],
}
#: v39: three-turn scenarios per language (turn 1 of each has 12 replies, so 156 per language).
THREE_TURN_PER_LANGUAGE = 2
#: v39: good replies per language that ask a question with a firm slot.
SLOT_QUESTIONS_AT_LEAST = 2
#: v39: what a contradiction note names as the ground of the label.
CONTRADICTION_GROUNDS = re.compile(
    r"(repeat|defend|blam|doubt|minimis|refus|lectur|goes back|waves)",
    re.IGNORECASE,
)


def check_turn_shape(run: SetRun) -> None:
    """v39: two three-turn scenarios per language; one feeling turn per scenario, and it is turn 1."""
    three = collections.Counter(s["language"] for s in run.scen.values() if len(s["turns"]) == 3)
    for lang in LANGUAGES:
        if three[lang] != THREE_TURN_PER_LANGUAGE:
            run.errors.append(f"{lang}: {three[lang]} three-turn scenarios, expected {THREE_TURN_PER_LANGUAGE}")
    for sid, s in sorted(run.scen.items()):
        feeling = [n for n, t in enumerate(s["turns"], 1) if t.get("emotion") in FEELINGS]
        if feeling != [1]:
            run.errors.append(f"{sid}: angry, annoyed or sad turns {feeling}, expected only turn 1")
    print("three-turn scenarios per language: " + ", ".join(f"{lang} {three[lang]}" for lang in LANGUAGES))


def check_polite_slot_questions(run: SetRun) -> None:
    """v39: in each language at least `SLOT_QUESTIONS_AT_LEAST` good replies ask with a time or a day."""
    found: collections.Counter[str] = collections.Counter()
    for r in run.replies:
        if r["expect"]:
            continue
        questions = [q for q in re.findall(r"[^.?!]*\?", _collapse(r["text"])) if TIME_OR_DAY.search(q)]
        if questions:
            found[r["language"]] += 1
    for lang in LANGUAGES:
        if found[lang] < SLOT_QUESTIONS_AT_LEAST:
            run.errors.append(
                f"{lang}: {found[lang]} good questions with a firm slot, at least {SLOT_QUESTIONS_AT_LEAST}"
            )
    print("good questions with a firm slot: " + ", ".join(f"{lang} {found[lang]}" for lang in LANGUAGES))


def check_contradiction_notes(run: SetRun) -> None:
    """v39: every contradiction note names what the label rests on."""
    checked = 0
    for r in run.replies:
        if "contradiction" not in r["expect"]:
            continue
        checked += 1
        if not CONTRADICTION_GROUNDS.search(str(r["note"])):
            run.errors.append(f"{r['id']}: contradiction note does not say what it rests on")
    print(f"contradiction notes checked: {checked}")


def check_limit_break_turn(run: SetRun) -> None:
    """v39: a limit break answers the turn that names today's weekday, not a later one."""
    weekday = run._weekday()
    checked = 0
    for r in run.replies:
        if not _breaks_limit(r):
            continue
        checked += 1
        turns = run.scen[r["scenario"]]["turns"]
        named = [n for n, t in enumerate(turns, 1) if weekday.search(_collapse(t.get("say") or ""))]
        if named != [r["turn"]]:
            run.errors.append(f"{r['id']}: limit break on turn {r['turn']}, the weekday is named on {named}")
    print(f"limit breaks on the weekday turn checked: {checked}")


if __name__ == "__main__":
    main(
        __file__,
        39,
        COLLEAGUES,
        extra_checks=[check_turn_shape, check_polite_slot_questions, check_contradiction_notes, check_limit_break_turn],
    )
