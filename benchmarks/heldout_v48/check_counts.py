"""Check heldout_v48's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v48/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v47 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds the set's own data.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv48-eisstockbahn-de": ["Gruber"],
    "hv48-schwimmkurs-de": ["Dietz"],
    "hv48-tanzboden-de": ["Kowalski"],
    "hv48-nikolaus-de": ["Hartl"],
    "hv48-zirkusschule-de": ["Lechner"],
    "hv48-toilettenwagen-de": ["Ahrens"],
    "hv48-pedalo-en": ["Shane"],
    "hv48-dancefloor-en": ["Ryan"],
    "hv48-sandsculpture-en": ["Lewis"],
    "hv48-ridinglesson-en": ["Becky"],
    "hv48-padel-en": ["Jade"],
    "hv48-patioheater-en": ["Dale"],
}


if __name__ == "__main__":
    main(__file__, 48, COLLEAGUES)
