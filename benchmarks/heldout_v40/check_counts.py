"""Check heldout_v40's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v40/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v39 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds the set's own data and the checks new in v40, passed as `extra_checks`:

- `check_bare_notes_on_turn_one`: the bare file note ([not_listening, no_acknowledgement]) answers turn 1;
- `check_pure_limit_breaks`: a reply whose only fault is a time that breaks the customer's limit holds no
  avoid phrase and no offer word of its turn;
- `check_reask_notes_quote_the_line`: a re-ask note quotes in brackets what the customer said up to that turn.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import SetRun, main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv40-taubenabwehr-de": ["Lübke"],
    "hv40-spielplatzbau-de": ["Wendler"],
    "hv40-bettfedern-de": ["Scholz"],
    "hv40-schueleraustausch-de": ["Petersen"],
    "hv40-zollagentur-de": ["Wachowiak"],
    "hv40-sauerstoff-de": ["Kessler"],
    "hv40-perfumery-en": ["Oliver"],
    "hv40-memoir-en": ["Fiona"],
    "hv40-itsupport-en": ["Jason"],
    "hv40-dogbreeder-en": ["Trevor"],
    "hv40-sleepconsultant-en": ["Megan"],
    "hv40-mural-en": ["Declan"],
}


def _flat(text: object) -> str:
    return " ".join(str(text).split()).lower()


def _is_limit_break(reply: dict) -> bool:
    note = str(reply["note"])
    return reply["expect"] == ["not_listening"] and "breaks" in note and "limit" in note


def check_bare_notes_on_turn_one(run: SetRun) -> None:
    """v40: every bare file note ([not_listening, no_acknowledgement]) answers turn 1, the scenario's one
    angry, annoyed or sad turn, where the caller first brings the trouble."""
    checked = 0
    for r in run.replies:
        if "no_acknowledgement" not in r["expect"]:
            continue
        checked += 1
        if r["turn"] != 1:
            run.errors.append(f"{r['id']}: bare file note on turn {r['turn']}, expected turn 1")
    print(f"bare file notes on turn 1 checked: {checked}")


def check_pure_limit_breaks(run: SetRun) -> None:
    """v40: a reply whose only fault is a time that breaks the customer's limit holds no avoid phrase and no
    offer word of its turn, so that the time really is its only fault."""
    checked = 0
    for r in run.replies:
        if not _is_limit_break(r):
            continue
        checked += 1
        turn = run.scen[r["scenario"]]["turns"][r["turn"] - 1]
        ex = turn.get("expect") or {}
        text = _flat(r["text"])
        hits = [str(p) for p in (ex.get("avoid") or []) + (ex.get("offer_words") or []) if _flat(p) in text]
        if hits:
            run.errors.append(f"{r['id']}: limit break that also holds {hits}")
    print(f"limit breaks checked for avoid phrases and offer words: {checked}")


def check_reask_notes_quote_the_line(run: SetRun) -> None:
    """v40: a re-ask note ('asks again') quotes in brackets what the customer said: some comma-separated
    part of a bracket stands word for word in the customer's lines up to the reply's turn."""
    checked = 0
    for r in run.replies:
        note = str(r["note"])
        if "asks again" not in note.lower():
            continue
        checked += 1
        brackets = re.findall(r"\(([^)]+)\)", note)
        turns = run.scen[r["scenario"]]["turns"][: r["turn"]]
        said = " ".join(_flat(t.get("say") or "") for t in turns)
        parts = [_flat(p) for b in brackets for p in b.split(",") if p.strip()]
        if not any(p in said for p in parts):
            run.errors.append(f"{r['id']}: re-ask note does not quote the customer's words in brackets")
    print(f"re-ask notes checked for the customer's words: {checked}")


if __name__ == "__main__":
    main(
        __file__,
        40,
        COLLEAGUES,
        extra_checks=[check_bare_notes_on_turn_one, check_pure_limit_breaks, check_reask_notes_quote_the_line],
    )
