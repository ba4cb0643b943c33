"""Check heldout_v54's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v54/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v53 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds the set's own data.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv54-ritteressen-de": ["Brückner"],
    "hv54-lebkuchen-de": ["Zimmek"],
    "hv54-wappen-de": ["Aschenbrenner"],
    "hv54-auftragslied-de": ["Lüdtke"],
    "hv54-sonnenuhr-de": ["Pohlmann"],
    "hv54-bauchredner-de": ["Dombrowski"],
    "hv54-confetti-en": ["Fergus"],
    "hv54-viking-en": ["Gareth"],
    "hv54-globe-en": ["Lucinda"],
    "hv54-birdbox-en": ["Dominic"],
    "hv54-jigsaw-en": ["Shona"],
    "hv54-ringfinder-en": ["Nadia"],
}


if __name__ == "__main__":
    main(__file__, 54, COLLEAGUES)
