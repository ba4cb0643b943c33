"""Pure analyzers: each a small function ``(turn, context) -> list[Finding]``.

One module per finding kind. :mod:`.registry` lists them in the order the judge runs them;
:mod:`.options` holds the judge's thresholds and the analyzers' :class:`Context`; :mod:`._common`
what they share. This package imports nothing, so an analyzer importing a sibling makes no circle.
"""
