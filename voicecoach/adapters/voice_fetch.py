"""Set-up's voice fetch: the German Piper voices the shipped scenarios name, downloaded once when online.

``scripts/setup.sh`` (so ``./scripts/app``) runs ``python -m voicecoach.adapters.voice_fetch``.
Voices already installed are skipped; the rest are pulled with a short timeout
(:data:`TIMEOUT_S`). Offline, it prints one line naming the command for later and exits 0, and it
does not try again for :data:`RETRY_AFTER_S` (a stamp in the voices folder), so an offline start
costs at most one short wait a day. The download address is ``VOICECOACH_VOICE_URL`` or Piper's
own (see :func:`voicecoach.adapters.models.voice_url`).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from voicecoach.adapters.library import SHIPPED_DIR, load_file, scenario_files
from voicecoach.adapters.models import find_voice, is_voice_name, pull_voice, voices_dir
from voicecoach.adapters.settings import system_language
from voicecoach.core.errors import Said, UserError, speak

#: Seconds to wait for the download server to answer (connect and each read).
TIMEOUT_S = 5.0
#: After a failed fetch, seconds before set-up tries again.
RETRY_AFTER_S = 24 * 3600.0
#: Languages whose voices set-up fetches.
LANGUAGES = ("de",)


def wanted_voices(folder: Path = SHIPPED_DIR, languages: tuple[str, ...] = LANGUAGES) -> list[str]:
    """Piper voice names the scenarios in ``folder`` of ``languages`` name, in file order, once each."""
    names: dict[str, None] = {}
    for path in scenario_files([folder]):
        try:
            scenario = load_file(path).scenario
        except UserError:
            continue  # a broken file is validate's business, not set-up's
        voice = scenario.persona.voice
        if scenario.language in languages and voice and is_voice_name(voice):
            names[voice] = None
    return list(names)


def _stamp() -> Path:
    return voices_dir() / ".setup-fetch-failed"


def fetch_missing(
    *,
    timeout: float = TIMEOUT_S,
    say: Callable[[str], None] = print,
    now: Callable[[], float] = time.time,
) -> tuple[list[str], list[str]]:
    """Pull every wanted voice that is not installed: ``(fetched, still missing)``.

    Stops at the first failure (offline: the others would fail the same way) and says one line.
    Never raises for a network problem.
    """
    missing = [name for name in wanted_voices() if find_voice(name) is None]
    if not missing:
        return [], []
    stamp = _stamp()
    try:
        if stamp.is_file() and now() - stamp.stat().st_mtime < RETRY_AFTER_S:
            return [], missing
    except OSError:
        pass
    fetched: list[str] = []
    for name in missing:
        try:
            pull_voice(name, timeout=timeout)
        except UserError as error:
            left = [voice for voice in missing if voice not in fetched]
            # (said in the system's language: :func:`main`)
            said = Said(
                "voicecoach setup: no German voice fetched ({error}); the stand-in voice speaks German until you"
                " run: voicecoach models pull {voice}",
                error=error,
                voice=left[0],
            )
            say(str(said))
            try:
                stamp.parent.mkdir(parents=True, exist_ok=True)
                stamp.touch()
            except OSError:
                pass
            return fetched, left
        fetched.append(name)
        say(str(Said("voicecoach setup: installed the German voice {name}", name=name)))
    stamp.unlink(missing_ok=True)
    return fetched, []


def main() -> int:
    """Set-up's entry point: always exit 0 (a missing voice never stops the app from starting).
    Its lines are said in the system's language (a German user meets no English line)."""
    speak(system_language())
    fetch_missing(say=lambda line: print(line, file=sys.stderr))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
