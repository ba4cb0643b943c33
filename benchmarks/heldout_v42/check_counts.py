"""Check heldout_v42's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v42/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v41 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds the set's own data.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv42-fuehrhundschule-de": ["Schönhoff"],
    "hv42-trinkwasserlabor-de": ["Wiegand"],
    "hv42-seebestattung-de": ["Jessen"],
    "hv42-reifenhotel-de": ["Mahnke"],
    "hv42-weihnachtsbaum-de": ["Gerdes"],
    "hv42-alltagsbegleitung-de": ["Kessler"],
    "hv42-batsurvey-en": ["Imogen"],
    "hv42-apostille-en": ["Declan"],
    "hv42-lifeguard-en": ["Callum"],
    "hv42-fleecemill-en": ["Hayley"],
    "hv42-hatchingkit-en": ["Priya"],
    "hv42-nativitydonkey-en": ["Gideon"],
}


if __name__ == "__main__":
    main(__file__, 42, COLLEAGUES)
