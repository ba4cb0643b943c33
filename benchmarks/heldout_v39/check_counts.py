"""Check heldout_v39's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v39/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v39 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added, v39's own checks among them); this file holds the set's own data.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv39-inkasso-de": ["Seidel"],
    "hv39-kuerschner-de": ["Falkenberg"],
    "hv39-sandstrahl-de": ["Olbrich"],
    "hv39-wachdienst-de": ["Kaminski"],
    "hv39-baustoffhandel-de": ["Reuter"],
    "hv39-estrich-de": ["Jansen"],
    "hv39-answering-en": ["Becky"],
    "hv39-recruitment-en": ["Darren"],
    "hv39-travelclinic-en": ["Priya"],
    "hv39-mortgagebroker-en": ["Karen"],
    "hv39-seasonticket-en": ["Nathan"],
    "hv39-nutritionist-en": ["Mark"],
}

if __name__ == "__main__":
    main(__file__, 39, COLLEAGUES)
