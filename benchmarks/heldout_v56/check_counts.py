"""Check heldout_v56's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v56/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v55 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds the set's own data.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv56-minigolf-de": ["Kessler"],
    "hv56-iglu-de": ["Gruber"],
    "hv56-lederhose-de": ["Zettl"],
    "hv56-wasserbett-de": ["Pohlmann"],
    "hv56-schuetzenscheibe-de": ["Wimmer"],
    "hv56-obstveredelung-de": ["Eggert"],
    "hv56-singingtelegram-en": ["Jasper"],
    "hv56-chesssimul-en": ["Felicity"],
    "hv56-skatingdress-en": ["Marcia"],
    "hv56-ukulele-en": ["Dougie"],
    "hv56-tinyhouse-en": ["Rhys"],
    "hv56-rockinghorse-en": ["Gideon"],
}


if __name__ == "__main__":
    main(__file__, 56, COLLEAGUES)
