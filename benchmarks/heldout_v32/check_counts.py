"""Check heldout_v32's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v32/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v32 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds only the set's own data. Added for v32: a read-back per scenario, a bad reply
with two kinds, the diverse persona addressed by name.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv32-lektorat-de": ["Lindner"],
    "hv32-erstehilfe-de": ["Petersen"],
    "hv32-kaeseversand-de": ["Arslan"],
    "hv32-dachrinne-de": ["Kühn"],
    "hv32-zeitungsabo-de": ["Scholz"],
    "hv32-eishalle-de": ["Jansen"],
    "hv32-chocolatier-en": ["Megan"],
    "hv32-travelmoney-en": ["Priya"],
    "hv32-testcentre-en": ["Nathan"],
    "hv32-forklift-en": ["Dean"],
    "hv32-archery-en": ["Jake"],
    "hv32-telescope-en": ["Owen"],
}

if __name__ == "__main__":
    main(__file__, 32, COLLEAGUES)
