"""Check heldout_v10's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v10/check_counts.py` (exit code 0 or 1). It
runs the checks of v10 (the first set with this script) as benchmarks/heldout_checks.py keeps them (its
docstring says what each set added); this file holds only the set's own data. Added for v10: the first checks:
ids, scenarios, turns, languages, kinds, 11-12 replies per turn, a good share of 50-60 %.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

if __name__ == "__main__":
    main(__file__, 10)
