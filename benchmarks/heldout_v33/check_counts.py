"""Check heldout_v33's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v33/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v33 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds only the set's own data. Added for v33: a brief's situation and goal, at most
three not_listening-only replies per turn, no five words of v32's first 60 lines.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv33-wollversand-de": ["Brückner"],
    "hv33-bewaesserung-de": ["Dietz"],
    "hv33-lohnbrennerei-de": ["Hager"],
    "hv33-trauredner-de": ["Falk"],
    "hv33-wasserlabor-de": ["Wagner"],
    "hv33-schulranzen-de": ["Beck"],
    "hv33-podcast-en": ["Callum"],
    "hv33-skihire-en": ["Lars"],
    "hv33-willwriting-en": ["Nadia"],
    "hv33-hydrotherapy-en": ["Becky"],
    "hv33-fishingcharter-en": ["Shane"],
    "hv33-lenshire-en": ["Tom"],
}

if __name__ == "__main__":
    main(__file__, 33, COLLEAGUES)
