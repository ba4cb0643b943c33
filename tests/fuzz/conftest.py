"""Hypothesis profiles of the fuzz suite.

``ci`` (the default) keeps the whole suite within about two minutes of CPU time: few examples
per property. Time is bounded by ``checks.result_or_one_line`` in CPU seconds, not by
hypothesis' wall-clock deadline: on a shared, loaded machine wall time says little, while a
hang (an alias bomb walked again and again) burns CPU. ``deep`` is for a long local hunt:
``HYPOTHESIS_PROFILE=deep .venv/bin/pytest tests/fuzz``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
    print_blob=True,
)
settings.register_profile(
    "deep",
    max_examples=2000,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
