"""Check heldout_v49's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v49/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v48 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds the set's own data.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv49-schaubergwerk-de": ["Pohl"],
    "hv49-wattwanderung-de": ["Okken"],
    "hv49-weinprobe-de": ["Lindner"],
    "hv49-draisine-de": ["Ludwig"],
    "hv49-ballondeko-de": ["Stenzel"],
    "hv49-minibagger-de": ["Wessel"],
    "hv49-afternoontea-en": ["Chloe"],
    "hv49-showcave-en": ["Owen"],
    "hv49-ghostwalk-en": ["Ellie"],
    "hv49-bushcraft-en": ["Craig"],
    "hv49-lasertag-en": ["Brandon"],
    "hv49-banner-en": ["Kieran"],
}


if __name__ == "__main__":
    main(__file__, 49, COLLEAGUES)
