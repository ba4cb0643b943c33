"""Check heldout_v35's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v35/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v35 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds only the set's own data. Added for v35 (written by its writer as checks of
this file, kept in the module since): no persona given the other gender's title, no two replies sharing six
words in a row, no reply over sixty words, the README's counts table agreeing with the replies.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv35-strandkorb-de": ["Petersen"],
    "hv35-drechslerei-de": ["Kuhn"],
    "hv35-stuhlflechterei-de": ["Schuster"],
    "hv35-museumsbahn-de": ["Brückner"],
    "hv35-windelservice-de": ["Dietz"],
    "hv35-dachbegruenung-de": ["Hartmann"],
    "hv35-chandelier-en": ["Declan"],
    "hv35-claypigeon-en": ["Kerry"],
    "hv35-bonsai-en": ["Aisha"],
    "hv35-conservatory-en": ["Gavin"],
    "hv35-topiary-en": ["Craig"],
    "hv35-memoryquilt-en": ["Debbie"],
}

if __name__ == "__main__":
    main(__file__, 35, COLLEAGUES)
