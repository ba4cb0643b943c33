"""Check heldout_v25's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v25/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v25 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds only the set's own data. Added for v25: at least 170 good replies, no refused
offer in a later example, more ways to name today's weekday.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv25-aufzugsdienst-de": ["Stiller"],
    "hv25-massschneiderei-de": ["Lindner"],
    "hv25-reitschule-de": ["Vogt"],
    "hv25-gewaechshaus-de": ["Baumann"],
    "hv25-waermepumpe-de": ["Kühn"],
    "hv25-modellbahn-de": ["Sander"],
    "hv25-photobooth-en": ["Kyle"],
    "hv25-surfschool-en": ["Liam"],
    "hv25-recordingstudio-en": ["Callum"],
    "hv25-pizzaoven-en": ["Gavin"],
    "hv25-catsitter-en": ["Megan"],
    "hv25-ironing-en": ["Abbie"],
}

if __name__ == "__main__":
    main(__file__, 25, COLLEAGUES)
