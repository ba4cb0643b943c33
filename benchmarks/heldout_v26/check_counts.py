"""Check heldout_v26's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v26/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v26 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds only the set's own data. Added for v26: one diverse persona per language, a
short good reply per turn, no earlier avoid phrase, weekdays named.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv26-geigenbau-de": ["Falk"],
    "hv26-fusspflege-de": ["Ritter"],
    "hv26-kosmetikstudio-de": ["Engel"],
    "hv26-kfzgutachter-de": ["Wolff"],
    "hv26-hausverwaltung-de": ["Lehmann"],
    "hv26-brauerei-de": ["Pfeiffer"],
    "hv26-coworking-en": ["Jordan"],
    "hv26-osteopath-en": ["Tanya"],
    "hv26-gokart-en": ["Lee"],
    "hv26-nailsalon-en": ["Kerry"],
    "hv26-babyscan-en": ["Shannon"],
    "hv26-artificialgrass-en": ["Dale"],
}

if __name__ == "__main__":
    main(__file__, 26, COLLEAGUES)
