"""Check heldout_v28's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v28/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v28 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds only the set's own data. Added for v28: fact values in the customer's line,
the diverse brief, notes of 30 characters, four first words per turn.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv28-glasfaserbau-de": ["Vogt"],
    "hv28-anhaengerverleih-de": ["Schuster"],
    "hv28-kieferorthopaedie-de": ["Hartwig"],
    "hv28-stadtfuehrung-de": ["Wendt"],
    "hv28-jugendherberge-de": ["Roth"],
    "hv28-stadtbuecherei-de": ["Krause"],
    "hv28-vegbox-en": ["Jordan"],
    "hv28-afterschool-en": ["Becky"],
    "hv28-weddingband-en": ["Marcus"],
    "hv28-watercooler-en": ["Kayleigh"],
    "hv28-flatpack-en": ["Lee"],
    "hv28-caravan-en": ["Dean"],
}

if __name__ == "__main__":
    main(__file__, 28, COLLEAGUES)
