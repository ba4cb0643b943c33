"""Errors a user can fix. The CLI prints them as one line and exits with code 2."""

from __future__ import annotations


class UserError(Exception):
    """A mistake in the user's input or set-up, with the fix in the message.

    The message must fit on one line and say what to do, e.g.
    ``scenarios/x.yaml: unknown voice 'de_DE-foo'; run 'voicecoach models' to see installed voices``.
    """

    exit_code = 2


def one_line(error: BaseException, limit: int = 200) -> str:
    """An exception as one short line (for messages that must fit on one line)."""
    return (" ".join(str(error).split()) or type(error).__name__)[:limit]
