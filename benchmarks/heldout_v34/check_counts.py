"""Check heldout_v34's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v34/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v34 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds only the set's own data. Added for v34: the overlap check against v33, turn-1
numbers in the brief, no five words of the turn's example, kinds spread.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv34-glockengiesserei-de": ["Brandt"],
    "hv34-nachsendeauftrag-de": ["Sommer"],
    "hv34-porzellan-de": ["Vogt"],
    "hv34-schreibmaschine-de": ["Krüger"],
    "hv34-spendenquittung-de": ["Ott"],
    "hv34-leuchtreklame-de": ["Jung"],
    "hv34-fountainpen-en": ["Graham"],
    "hv34-snookertable-en": ["Kyle"],
    "hv34-memorialbench-en": ["Darren"],
    "hv34-treehouse-en": ["Nathan"],
    "hv34-homecinema-en": ["Priya"],
    "hv34-santagrotto-en": ["Shannon"],
}

if __name__ == "__main__":
    main(__file__, 34, COLLEAGUES)
