"""Check heldout_v47's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v47/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v46 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds the set's own data.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv47-maibaum-de": ["Wimmer"],
    "hv47-pilzzucht-de": ["Seidel"],
    "hv47-besatzforellen-de": ["Lutz"],
    "hv47-planetarium-de": ["Reuter"],
    "hv47-krippe-de": ["Kranz"],
    "hv47-schlagzeug-de": ["Voss"],
    "hv47-molecatcher-en": ["Dean"],
    "hv47-polytunnel-en": ["Gary"],
    "hv47-chocolatefountain-en": ["Marcus"],
    "hv47-topsoil-en": ["Kelly"],
    "hv47-butterflyrelease-en": ["Jodie"],
    "hv47-snowmachine-en": ["Nathan"],
}


if __name__ == "__main__":
    main(__file__, 47, COLLEAGUES)
