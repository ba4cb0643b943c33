"""Check heldout_v13's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v13/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v13 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds only the set's own data. Added for v13: no avoid phrase in a good reply, 2-3
turns and no `next`, exactly 300 replies, the hard offer cases listed.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

if __name__ == "__main__":
    main(__file__, 13)
