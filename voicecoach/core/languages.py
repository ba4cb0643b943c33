"""The languages voicecoach speaks and judges: one list for scenarios, the judge, the app and the CLI."""

from __future__ import annotations

from typing import Literal

#: A supported language code (ISO 639-1).
Language = Literal["de", "en"]

#: Every supported language, in the order menus and ``--language`` choices show them.
LANGUAGES: tuple[Language, ...] = ("de", "en")
