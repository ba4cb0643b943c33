"""Check heldout_v52's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v52/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v51 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds the set's own data.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv52-nachtwaechter-de": ["Brückner"],
    "hv52-tischkicker-de": ["Kessler"],
    "hv52-kettensaege-de": ["Riedel"],
    "hv52-kamelreiten-de": ["Vogt"],
    "hv52-seifenblasen-de": ["Jansen"],
    "hv52-feuerspucker-de": ["Lorenz"],
    "hv52-bellringers-en": ["Owen"],
    "hv52-pinata-en": ["Bethany"],
    "hv52-storyteller-en": ["Callum"],
    "hv52-henna-en": ["Sophie"],
    "hv52-shantychoir-en": ["Martin"],
    "hv52-poet-en": ["Nadia"],
}


if __name__ == "__main__":
    main(__file__, 52, COLLEAGUES)
