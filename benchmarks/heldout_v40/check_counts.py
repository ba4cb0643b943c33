"""Check heldout_v40's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v40/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v40 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added, v40's own checks among them); this file holds the set's own data.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv40-taubenabwehr-de": ["Lübke"],
    "hv40-spielplatzbau-de": ["Wendler"],
    "hv40-bettfedern-de": ["Scholz"],
    "hv40-schueleraustausch-de": ["Petersen"],
    "hv40-zollagentur-de": ["Wachowiak"],
    "hv40-sauerstoff-de": ["Kessler"],
    "hv40-perfumery-en": ["Oliver"],
    "hv40-memoir-en": ["Fiona"],
    "hv40-itsupport-en": ["Jason"],
    "hv40-dogbreeder-en": ["Trevor"],
    "hv40-sleepconsultant-en": ["Megan"],
    "hv40-mural-en": ["Declan"],
}


if __name__ == "__main__":
    main(__file__, 40, COLLEAGUES)
