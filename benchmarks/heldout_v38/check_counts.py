"""Check heldout_v38's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v38/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v38 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added, v38's own checks among them); this file holds the set's own data.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv38-zinngiesserei-de": ["Pritzl"],
    "hv38-sommerrodelbahn-de": ["Vogelsang"],
    "hv38-bootsbau-de": ["Tjarks"],
    "hv38-bergfuehrer-de": ["Leitner"],
    "hv38-kupferschmiede-de": ["Brockmann"],
    "hv38-eiswagen-de": ["Pagel"],
    "hv38-oysterfarm-en": ["Tamsin"],
    "hv38-forgeday-en": ["Gareth"],
    "hv38-mosaicsign-en": ["Paula"],
    "hv38-beachhut-en": ["Jordan"],
    "hv38-ginschool-en": ["Marcus"],
    "hv38-sheepdog-en": ["Owen"],
}

if __name__ == "__main__":
    main(__file__, 38, COLLEAGUES)
