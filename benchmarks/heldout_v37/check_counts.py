"""Check heldout_v37's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v37/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v37 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added, v37's own checks among them); this file holds the set's own data.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv37-korbflechterei-de": ["Pohl"],
    "hv37-schlittenhunde-de": ["Seidel"],
    "hv37-glasblaeserei-de": ["Ziegler"],
    "hv37-blitzschutz-de": ["Brüggemann"],
    "hv37-segway-de": ["Falkner"],
    "hv37-puppentheater-de": ["Kuhnert"],
    "hv37-lighthouse-en": ["Callum"],
    "hv37-scuba-en": ["Gemma"],
    "hv37-doverelease-en": ["Dean"],
    "hv37-stargazing-en": ["Ffion"],
    "hv37-wheelwright-en": ["Rhys"],
    "hv37-fossilshop-en": ["Martin"],
}

if __name__ == "__main__":
    main(__file__, 37, COLLEAGUES)
