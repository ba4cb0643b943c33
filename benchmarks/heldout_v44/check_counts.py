"""Check heldout_v44's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v44/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v43 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds the set's own data.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv44-autoreisezug-de": ["Albrecht"],
    "hv44-kampfmittel-de": ["Gröning"],
    "hv44-fernwaerme-de": ["Mertens"],
    "hv44-schlafapnoe-de": ["Kästner"],
    "hv44-ueberseeumzug-de": ["Brückner"],
    "hv44-fundbuero-de": ["Sander"],
    "hv44-rangecooker-en": ["Darren"],
    "hv44-dyslexia-en": ["Rebecca"],
    "hv44-piercing-en": ["Tyler"],
    "hv44-livestream-en": ["Marcus"],
    "hv44-epc-en": ["Graham"],
    "hv44-structuralengineer-en": ["Imogen"],
}


if __name__ == "__main__":
    main(__file__, 44, COLLEAGUES)
