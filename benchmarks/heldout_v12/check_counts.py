"""Check heldout_v12's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v12/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v12 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds only the set's own data. Added for v12: German replies first, exactly 5 bad
replies per turn, no du-forms, the accept_no turns listed.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

if __name__ == "__main__":
    main(__file__, 12)
