"""Check heldout_v41's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v41/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v41 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added, v41's own checks among them); this file holds the set's own data.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

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


if __name__ == "__main__":
    main(__file__, 41, COLLEAGUES)
