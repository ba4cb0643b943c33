"""Check heldout_v43's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v43/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v42 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds the set's own data.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv43-klauenpflege-de": ["Tjarks"],
    "hv43-heizkostenablesung-de": ["Kröger"],
    "hv43-haushaltsaufloesung-de": ["Drews"],
    "hv43-nabelschnurblut-de": ["Lehnert"],
    "hv43-gepaecktransport-de": ["Brandl"],
    "hv43-versandapotheke-de": ["Petzold"],
    "hv43-expedition-en": ["Jordan"],
    "hv43-wetroom-en": ["Kieran"],
    "hv43-dogrescue-en": ["Bethany"],
    "hv43-medalmounting-en": ["Nathan"],
    "hv43-ballet-en": ["Harriet"],
    "hv43-pressurewash-en": ["Wayne"],
}


if __name__ == "__main__":
    main(__file__, 43, COLLEAGUES)
