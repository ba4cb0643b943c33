"""Check heldout_v23's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v23/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v23 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds only the set's own data. Added for v23: more banned openers, no four-word
opening more than twice, a limit break where today's weekday is named.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv23-vermessungsbuero-de": ["Brenner"],
    "hv23-markisenbau-de": ["Kessler"],
    "hv23-getraenkeservice-de": ["Yilmaz"],
    "hv23-hutmacherei-de": ["Brandl"],
    "hv23-autoverwertung-de": ["Nowak"],
    "hv23-fahnenstickerei-de": ["Pichler"],
    "hv23-knotweed-en": ["Callum"],
    "hv23-curtains-en": ["Darren"],
    "hv23-asbestos-en": ["Ryan"],
    "hv23-towbar-en": ["Nathan"],
    "hv23-subtitling-en": ["Harriet"],
    "hv23-hamper-en": ["Jess"],
}

if __name__ == "__main__":
    main(__file__, 23, COLLEAGUES)
