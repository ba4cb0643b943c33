"""Check heldout_v45's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v45/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v44 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds the set's own data.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv45-festwagenbau-de": ["Stommel"],
    "hv45-milchabholung-de": ["Gerdes"],
    "hv45-sportbootschule-de": ["Petersen"],
    "hv45-flipper-de": ["Wiechmann"],
    "hv45-kunstrasen-de": ["Lammers"],
    "hv45-stadtfuehrung-de": ["Dörfler"],
    "hv45-drystonewall-en": ["Gareth"],
    "hv45-radon-en": ["Nathan"],
    "hv45-jukebox-en": ["Leon"],
    "hv45-villagehall-en": ["Sandra"],
    "hv45-cherrypicker-en": ["Wayne"],
    "hv45-hgv-en": ["Dean"],
}


if __name__ == "__main__":
    main(__file__, 45, COLLEAGUES)
