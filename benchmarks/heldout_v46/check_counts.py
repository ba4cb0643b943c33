"""Check heldout_v46's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v46/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v45 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds the set's own data.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv46-beinprothese-de": ["Brandl"],
    "hv46-hackschnitzel-de": ["Kordes"],
    "hv46-lohndrusch-de": ["Hinrichs"],
    "hv46-kinderkarussell-de": ["Pawlak"],
    "hv46-teppichwaesche-de": ["Jankowski"],
    "hv46-zapfanlage-de": ["Dreier"],
    "hv46-fineart-en": ["Craig"],
    "hv46-radiohire-en": ["Shona"],
    "hv46-caving-en": ["Callum"],
    "hv46-wildflower-en": ["Priya"],
    "hv46-abseil-en": ["Nicola"],
    "hv46-tractionengine-en": ["Trevor"],
}


if __name__ == "__main__":
    main(__file__, 46, COLLEAGUES)
