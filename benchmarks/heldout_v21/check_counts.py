"""Check heldout_v21's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v21/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v21 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds only the set's own data. Added for v21: more banned openers, the colleague in
the brief and the first line, all six moods, no reply repeats the example.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleagues whose excuse each scenario's trainee must not repeat; the first is named in the brief.
COLLEAGUES = {
    "hv21-rohrreinigung-de": ["Falk"],
    "hv21-endreinigung-de": ["Jahn"],
    "hv21-essenaufraedern-de": ["Brüning"],
    "hv21-auktionshaus-de": ["Tiedje"],
    "hv21-carportbau-de": ["Rieck"],
    "hv21-hundeschule-de": ["Koopmann", "Lüdke"],
    "hv21-racetiming-en": ["Jordan"],
    "hv21-thatcher-en": ["Dave"],
    "hv21-butcher-en": ["Kieran"],
    "hv21-drivewaycleaning-en": ["Ryan"],
    "hv21-teddyrepair-en": ["Tessa"],
    "hv21-owlhire-en": ["Becca"],
}

if __name__ == "__main__":
    main(__file__, 21, COLLEAGUES)
