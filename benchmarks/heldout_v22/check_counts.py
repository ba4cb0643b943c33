"""Check heldout_v22's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v22/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v22 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds only the set's own data. Added for v22: unique notes, end punctuation, short
examples, a number in turn 1, three limit breaks, hard offers as errors.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv22-segelmacherei-de": ["Harms"],
    "hv22-alpakawanderung-de": ["Lorenz"],
    "hv22-hochzeitskutsche-de": ["Wendt"],
    "hv22-stuckateur-de": ["Vogt"],
    "hv22-kerzenmanufaktur-de": ["Köhler"],
    "hv22-abschleppdienst-de": ["Kaya"],
    "hv22-icesculpture-en": ["Connor"],
    "hv22-equinedentist-en": ["Sophie"],
    "hv22-calligraphy-en": ["Megan"],
    "hv22-bagpiper-en": ["Fraser"],
    "hv22-cranehire-en": ["Kyle"],
    "hv22-graffitiremoval-en": ["Tyler"],
}

if __name__ == "__main__":
    main(__file__, 22, COLLEAGUES)
