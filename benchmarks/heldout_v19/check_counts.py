"""Check heldout_v19's replies.yaml against its scenarios/; print the counts, then OK or the problems.

Run from the repository root: `.venv/bin/python benchmarks/heldout_v19/check_counts.py` (exit code 0 or 1). It
runs the checks of the sets v10 to v19 as benchmarks/heldout_checks.py keeps them (its docstring says what
each set added); this file holds only the set's own data. Added for v19: ids and voices in the scenario's
language, text values, no colleague of another scenario (substring match).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout_checks import main  # noqa: E402

# The colleague whose excuse each scenario's trainee must not repeat (v19 matched them as substrings).
COLLEAGUES = {
    "hv19-imkerei-de": ["Lütjens"],
    "hv19-brandschutz-de": ["Wendler"],
    "hv19-kunstschmiede-de": ["Drost"],
    "hv19-arbeitsbuehne-de": ["Fahrer"],
    "hv19-kachelofen-de": ["Brinkmann"],
    "hv19-lohnunternehmen-de": ["Wübbena"],
    "hv19-escaperoom-en": ["Tyler"],
    "hv19-loftinsulation-en": ["Becky"],
    "hv19-evcharger-en": ["Liam"],
    "hv19-stainedglass-en": ["Martin"],
    "hv19-ovencleaning-en": ["Shane"],
    "hv19-patienttransport-en": ["Gavin"],
}

if __name__ == "__main__":
    main(__file__, 19, COLLEAGUES)
