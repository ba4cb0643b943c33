"""Check heldout_v24's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v24/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v24 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds only the set's own data. Added for v24: refused offers stay refused, kept
noes keep the offer, no title for the diverse persona, a re-ask per scenario.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv24-stempelshop-de": ["Ulrich"],
    "hv24-aktenvernichtung-de": ["Kranz"],
    "hv24-kochschule-de": ["Wendel"],
    "hv24-pflanzenservice-de": ["Adler"],
    "hv24-gartenteich-de": ["Pfeiffer"],
    "hv24-mietcello-de": ["Rieger"],
    "hv24-tenniscourt-en": ["Ellis"],
    "hv24-3dprint-en": ["Dominic"],
    "hv24-lawncare-en": ["Tasha"],
    "hv24-babyhire-en": ["Bethany"],
    "hv24-dronefilm-en": ["Shaun"],
    "hv24-visaagency-en": ["Tariq"],
}

if __name__ == "__main__":
    main(__file__, 24, COLLEAGUES)
