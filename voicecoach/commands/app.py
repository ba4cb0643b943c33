"""``voicecoach app`` (and plain ``voicecoach``): open the practice app in the terminal."""

from __future__ import annotations

import argparse
import time

from voicecoach.adapters.settings import load_settings, user_cache_dir
from voicecoach.commands.options import choice
from voicecoach.tui.app import make_app
from voicecoach.tui.terminal import native_stderr_to, python_log_to
from voicecoach.tui.threads import stuck_threads


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("app", help="open the practice app (also: plain 'voicecoach')")
    parser.add_argument("--demo", action="store_true", help="start a demo call right away (no microphone needed)")
    parser.add_argument("--lang", **choice("language"), help="language of the app (default: settings or system)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    settings = load_settings()
    # ALSA/PortAudio warnings go to this log instead of across the screen
    with native_stderr_to(user_cache_dir() / "audio-messages.log"), python_log_to(user_cache_dir() / "app.log") as log:
        app = make_app(settings, demo=args.demo, language=args.lang)
        app.error_log = log
        app.run()
    return int(app.return_code or 0)


def audio_left_hanging(wait: float = 3.0) -> bool:
    """True when a call or audio thread is still stuck after ``wait`` seconds."""
    deadline = time.monotonic() + wait
    for thread in stuck_threads():
        thread.join(max(0.0, deadline - time.monotonic()))
    return bool(stuck_threads())
