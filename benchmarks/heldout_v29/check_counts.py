"""Check heldout_v29's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v29/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v29 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds only the set's own data. Added for v29: checks kept only in v29 (v30 was
copied from v28's script): earlier avoid phrases in examples, notes, a polite and a long good reply.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv29-kaffeeroesterei-de": ["Brandt"],
    "hv29-kopiererservice-de": ["Kaya"],
    "hv29-matratze-de": ["Jansen"],
    "hv29-babysitter-de": ["Sommer"],
    "hv29-brautstyling-de": ["Marquardt"],
    "hv29-textildruck-de": ["Lange"],
    "hv29-karate-en": ["Darren"],
    "hv29-rawfood-en": ["Shannon"],
    "hv29-carehome-en": ["Bernadette"],
    "hv29-webhosting-en": ["Ryan"],
    "hv29-minibus-en": ["Tasha"],
    "hv29-zookeeper-en": ["Hollie"],
}

if __name__ == "__main__":
    main(__file__, 29, COLLEAGUES)
