"""Check heldout_v41's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v41/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v40 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds the set's own data and v41's own checks, passed as `extra_checks`.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import SetRun, main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv41-kaeltetechnik-de": ["Brandt"],
    "hv41-melkroboter-de": ["Tiedemann"],
    "hv41-gegensprechanlage-de": ["Kranz"],
    "hv41-kassensystem-de": ["Pohl"],
    "hv41-kartengrading-de": ["Wendt"],
    "hv41-hoerbuch-de": ["Albrecht"],
    "hv41-christmaslights-en": ["Kieran"],
    "hv41-pumpkinpatch-en": ["Gavin"],
    "hv41-trademark-en": ["Hugo"],
    "hv41-partywall-en": ["Rupert"],
    "hv41-extrasagency-en": ["Bethany"],
    "hv41-mobilebar-en": ["Connor"],
}

#: v41: a day or a clock time, as whole words (a firm slot on the turn that names today's weekday).
SLOT = re.compile(
    r"(\d|\b(uhr|heute|morgen|übermorgen|abend|früh|montag|dienstag|mittwoch|donnerstag|freitag|samstag"
    r"|today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|one|two|three|four|five|six"
    r"|sunday|seven|eight|nine|ten|eleven|twelve|half|quarter|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf"
    r"|zwölf|halb|viertel)\b|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|abend)",
    re.IGNORECASE,
)
WEEKDAY = re.compile(
    r"(heute ist (montag|dienstag|mittwoch|donnerstag|freitag)"
    r"|(it's|today's|today is) (monday|tuesday|wednesday|thursday|friday)"
    r"|(monday|tuesday|wednesday|thursday|friday) today)",
    re.IGNORECASE,
)


def _weekday_turn(run: SetRun, sid: str) -> int | None:
    """The number of the turn whose customer line names today's weekday, or None."""
    for n, t in enumerate(run.scen[sid]["turns"], 1):
        if WEEKDAY.search(" ".join(str(t.get("say") or "").split())):
            return n
    return None


def check_slots_on_weekday_turn(run: SetRun) -> None:
    """v41: every good reply to the turn that names today's weekday names a day or a clock time (a good
    reply there commits to a firm slot within the limit), and so does that turn's example."""
    checked = 0
    for sid in sorted(run.scen):
        n = _weekday_turn(run, sid)
        if n is None:
            continue
        example = str(run.scen[sid]["turns"][n - 1].get("example") or "")
        if not SLOT.search(example):
            run.errors.append(f"{sid} turn {n}: the example on the weekday turn names no day or time")
        for r in run.replies:
            if r["scenario"] != sid or r["turn"] != n or r["expect"]:
                continue
            checked += 1
            if not SLOT.search(str(r["text"])):
                run.errors.append(f"{r['id']}: good reply on the weekday turn names no day or time")
    print(f"good replies on the weekday turn checked for a day or time: {checked}")


def check_limit_notes_quote_the_limit(run: SetRun) -> None:
    """v41: a limit-break note quotes in brackets the customer's limit as said on that turn (some
    comma-separated part of a bracket stands word for word in the customer's line), so a reader sees
    which limit the time breaks."""
    checked = 0
    for r in run.replies:
        note = str(r["note"])
        if not (r["expect"] == ["not_listening"] and "breaks" in note and "limit" in note):
            continue
        checked += 1
        say = " ".join(str(run.scen[r["scenario"]]["turns"][r["turn"] - 1].get("say") or "").lower().split())
        parts = [" ".join(p.lower().split()) for b in re.findall(r"\(([^)]+)\)", note) for p in b.split(",")]
        if not any(p and p in say for p in parts):
            run.errors.append(f"{r['id']}: limit-break note does not quote the customer's limit in brackets")
    print(f"limit-break notes checked for the quoted limit: {checked}")


if __name__ == "__main__":
    main(__file__, 41, COLLEAGUES, extra_checks=[check_slots_on_weekday_turn, check_limit_notes_quote_the_limit])
