"""Check heldout_v51's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v51/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v50 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds the set's own data.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv51-miethuehner-de": ["Pfeiffer"],
    "hv51-heuhotel-de": ["Obermaier"],
    "hv51-kinderschminken-de": ["Adamek"],
    "hv51-drachenboot-de": ["Thiele"],
    "hv51-schaumparty-de": ["Rademacher"],
    "hv51-spargelhof-de": ["Kolbe"],
    "hv51-foraging-en": ["Rhys"],
    "hv51-crockeryhire-en": ["Lorraine"],
    "hv51-treasurehunt-en": ["Kieran"],
    "hv51-caricaturist-en": ["Toby"],
    "hv51-outdoorcinema-en": ["Declan"],
    "hv51-quiznight-en": ["Gemma"],
}


if __name__ == "__main__":
    main(__file__, 51, COLLEAGUES)
