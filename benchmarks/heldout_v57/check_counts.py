"""Check heldout_v57's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v57/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v56 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds the set's own data.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv57-kunstauge-de": ["Reisinger"],
    "hv57-spieluhr-de": ["Kaltenbach"],
    "hv57-fahnenmast-de": ["Pfister"],
    "hv57-mooswand-de": ["Steinhoff"],
    "hv57-orchideen-de": ["Nowak"],
    "hv57-webkurs-de": ["Leitner"],
    "hv57-umbrella-en": ["Tobias"],
    "hv57-armour-en": ["Kieran"],
    "hv57-corset-en": ["Bryony"],
    "hv57-walkingstick-en": ["Wesley"],
    "hv57-hurdles-en": ["Imogen"],
    "hv57-lactation-en": ["Harriet"],
}


if __name__ == "__main__":
    main(__file__, 57, COLLEAGUES)
