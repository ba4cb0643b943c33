"""Check heldout_v36's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v36/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v36 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added, v36's own checks among them); this file holds the set's own data.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv36-boettcherei-de": ["Lenz"],
    "hv36-muehle-de": ["Voss"],
    "hv36-drehorgel-de": ["Ritter"],
    "hv36-seifenmanufaktur-de": ["Hoffmann"],
    "hv36-vergolderei-de": ["Brandt"],
    "hv36-rikscha-de": ["Jansen"],
    "hv36-falconry-en": ["Becky"],
    "hv36-sashwindow-en": ["Nathan"],
    "hv36-punting-en": ["Harriet"],
    "hv36-gramophone-en": ["Priya"],
    "hv36-murdermystery-en": ["Shaun"],
    "hv36-beerline-en": ["Owen"],
}

if __name__ == "__main__":
    main(__file__, 36, COLLEAGUES)
