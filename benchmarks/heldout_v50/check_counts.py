"""Check heldout_v50's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v50/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v49 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds the set's own data.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv50-salzgrotte-de": ["Kessler"],
    "hv50-wasserski-de": ["Brink"],
    "hv50-sanitaetsdienst-de": ["Mertens"],
    "hv50-flossfahrt-de": ["Gschwendtner"],
    "hv50-kaffeemobil-de": ["Pawlik"],
    "hv50-fussballgolf-de": ["Schobert"],
    "hv50-silentdisco-en": ["Dale"],
    "hv50-lido-en": ["Marcus"],
    "hv50-chipvan-en": ["Shaun"],
    "hv50-stiltwalkers-en": ["Jade"],
    "hv50-coasteering-en": ["Finn"],
    "hv50-mechanicalbull-en": ["Lewis"],
}


if __name__ == "__main__":
    main(__file__, 50, COLLEAGUES)
