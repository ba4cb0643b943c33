"""Check heldout_v30's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v30/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v30 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds only the set's own data. Added for v30: notes that agree with the label, a
polite re-ask, real Piper voices, 1-3 key points, a weekday in every scenario.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv30-rollladenbau-de": ["Albers"],
    "hv30-musikalien-de": ["Lindner"],
    "hv30-seniorenheim-de": ["Schubert"],
    "hv30-freizeitpark-de": ["Kessler"],
    "hv30-kopierer-de": ["Petersen"],
    "hv30-theaterabo-de": ["Brandes"],
    "hv30-payroll-en": ["Callum"],
    "hv30-grocery-en": ["Tasha"],
    "hv30-webhosting-en": ["Ellie"],
    "hv30-estateagent-en": ["Jake"],
    "hv30-cctv-en": ["Connor"],
    "hv30-petfood-en": ["Declan"],
}

if __name__ == "__main__":
    main(__file__, 30, COLLEAGUES)
