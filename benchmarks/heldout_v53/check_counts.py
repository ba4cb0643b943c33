"""Check heldout_v53's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v53/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v52 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds the set's own data.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv53-jodelkurs-de": ["Pichler"],
    "hv53-hypnoseshow-de": ["Hellmich"],
    "hv53-sandmalerei-de": ["Brenninger"],
    "hv53-zuckerwatte-de": ["Kuczera"],
    "hv53-schattentheater-de": ["Oltmanns"],
    "hv53-seifenkiste-de": ["Sieverding"],
    "hv53-tarot-en": ["Tamsin"],
    "hv53-origami-en": ["Rhys"],
    "hv53-panto-en": ["Declan"],
    "hv53-kintsugi-en": ["Imogen"],
    "hv53-bubblefootball-en": ["Marcus"],
    "hv53-terrarium-en": ["Priyanka"],
}


if __name__ == "__main__":
    main(__file__, 53, COLLEAGUES)
