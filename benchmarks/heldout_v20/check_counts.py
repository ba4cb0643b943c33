"""Check heldout_v20's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v20/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v20 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds only the set's own data. Added for v20: at least 312 replies, whole-word
colleague names, ask lists, feeling turns, banned openers, short good replies.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv20-sattlerei-de": ["Kröger"],
    "hv20-energieberatung-de": ["Heller"],
    "hv20-baumschule-de": ["Tammen"],
    "hv20-kanuverleih-de": ["Böhm"],
    "hv20-wohnmobil-de": ["Kuhnert"],
    "hv20-klavierstimmer-de": ["Voigt", "Sander"],
    "hv20-vinylpressing-en": ["Ellie"],
    "hv20-schoolphotos-en": ["Kerry"],
    "hv20-watersoftener-en": ["Nathan"],
    "hv20-kilthire-en": ["Morag"],
    "hv20-drystonewall-en": ["Ken"],
    "hv20-braille-en": ["Hannah"],
}

if __name__ == "__main__":
    main(__file__, 20, COLLEAGUES)
