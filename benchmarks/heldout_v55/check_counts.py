"""Check heldout_v55's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v55/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v54 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds the set's own data.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv55-ziegenweide-de": ["Wendling"],
    "hv55-thermografie-de": ["Brandl"],
    "hv55-martinsritt-de": ["Oberländer"],
    "hv55-adventskalender-de": ["Hellwig"],
    "hv55-hoerschleife-de": ["Tillmann"],
    "hv55-laufanalyse-de": ["Jansen"],
    "hv55-audioguestbook-en": ["Callum"],
    "hv55-towncrier-en": ["Rupert"],
    "hv55-toastmaster-en": ["Imogen"],
    "hv55-timecapsule-en": ["Bronwen"],
    "hv55-bikefit-en": ["Declan"],
    "hv55-snowglobe-en": ["Tessa"],
}


if __name__ == "__main__":
    main(__file__, 55, COLLEAGUES)
