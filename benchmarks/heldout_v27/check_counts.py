"""Check heldout_v27's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v27/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v27 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds only the set's own data. Added for v27: a no in the first accept_no line, at
least four words, the colleague in a turn-1 note, mixed faults per turn.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv27-rauchmelder-de": ["Brandt"],
    "hv27-hebamme-de": ["Seidel"],
    "hv27-logopaedie-de": ["Kröger"],
    "hv27-insektenschutz-de": ["Böhm"],
    "hv27-sprachschule-de": ["Lindner"],
    "hv27-carsharing-de": ["Kaya"],
    "hv27-thermostat-en": ["Rhys"],
    "hv27-climbingwall-en": ["Callum"],
    "hv27-passportphoto-en": ["Stacey"],
    "hv27-yogaretreat-en": ["Tamsin"],
    "hv27-motorcycle-en": ["Darren"],
    "hv27-golflessons-en": ["Gemma"],
}

if __name__ == "__main__":
    main(__file__, 27, COLLEAGUES)
