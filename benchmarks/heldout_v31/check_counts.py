"""Check heldout_v31's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v31/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v31 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds only the set's own data. Added for v31: no colleague in a good reply, bare
re-asks, a long good reply per turn, an avoid_phrase reply per scenario.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv31-lackiererei-de": ["Stolz"],
    "hv31-trockenbau-de": ["Nowak"],
    "hv31-antiquariat-de": ["Haas"],
    "hv31-ergotherapie-de": ["Kaya"],
    "hv31-kleingarten-de": ["Brückner"],
    "hv31-fotobuch-de": ["Yildiz"],
    "hv31-weddingplanner-en": ["Bethany"],
    "hv31-festival-en": ["Kayla"],
    "hv31-aupair-en": ["Fiona"],
    "hv31-personaltrainer-en": ["Marcus", "Jordan"],
    "hv31-reptile-en": ["Liam"],
    "hv31-dating-en": ["Chloe"],
}

if __name__ == "__main__":
    main(__file__, 31, COLLEAGUES)
