"""``voicecoach check``: the guided headset check on the command line (the app's ``c``).

A test tone, then the trainee says one sentence while the level shows, then one line on what to
fix (stdout). Exit 0 when the check passed, 1 when it found something to fix, 2 when the devices
cannot be opened. What it measured is saved as the app saves it: the echo with the devices it
was measured with (``voicecoach call`` subtracts it), and the day it passed.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timezone
from typing import Any, TextIO

from voicecoach import i18n
from voicecoach.adapters import duplex
from voicecoach.adapters.headset_check import CheckProgress, GuidedCheck, guided_check
from voicecoach.adapters.settings import load_settings, save_settings
from voicecoach.commands.options import decimal_number
from voicecoach.core.words.lookup import say
from voicecoach.core.words.ui import UI
from voicecoach.live.saved_echo import device_name, from_check


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check",
        help="guided headset check: a test tone, one sentence, then what to fix",
        description="Play a test tone, ask for one sentence with a live level, measure the echo, and say in "
        "one line what to fix. Exit 0 when all is good, 1 when something needs fixing, 2 when there is no "
        "microphone or speaker.",
    )
    parser.add_argument("--input-device", metavar="D", help="microphone: number or (part of the) name")
    parser.add_argument("--output-device", metavar="D", help="speaker/headset: number or (part of the) name")
    parser.add_argument("--json", action="store_true", help="print what was measured as one JSON line")
    parser.add_argument(
        "--seconds",
        type=decimal_number,
        default=8.0,
        metavar="S",
        help="longest time to wait for the sentence (default 8)",
    )
    parser.set_defaults(handler=run)


class _Steps:
    """The check's steps on stderr: each phase once, the level as one line redrawn on a terminal."""

    def __init__(self, out: TextIO, language: str) -> None:
        self.out = out
        self.language = language
        self.phase = ""
        self.live = out.isatty()

    def __call__(self, progress: CheckProgress) -> None:
        if progress.phase != self.phase:
            self.phase = progress.phase
            if self.live:
                self.out.write("\r\033[K")
            if progress.phase == "done":
                self.out.flush()
                return
            self.out.write(say(UI, f"check.{progress.phase}", self.language) + "\n")
            if progress.phase == "speak":
                self.out.write("   " + say(UI, "check.sentence", self.language) + "\n")
        if self.live and progress.phase == "speak":
            filled = int(max(0.0, min(1.0, (progress.level_db + 60.0) / 60.0)) * 30)
            self.out.write(f"\r\033[K   {'#' * filled:<30} {progress.level_db:5.0f} dBFS")
        self.out.flush()


def run(args: argparse.Namespace) -> int:
    language = i18n.current_language()
    settings = load_settings()
    input_device = args.input_device if args.input_device is not None else settings.input_device
    output_device = args.output_device if args.output_device is not None else settings.output_device
    backend = duplex.open_backend(input_device, output_device)
    print(say(UI, "check.intro_cli", language), file=sys.stderr)
    report = guided_check(backend, on_progress=_Steps(sys.stderr, language), speak_seconds=max(2.0, args.seconds))
    _save(report, input_device, output_device)
    if args.json:
        print(json.dumps({**report.to_json(), "message": report.message(language)}, ensure_ascii=False))
    else:
        print(("✓ " if report.passed else "⚠ ") + report.message(language))
    return 0 if report.passed else 1


def _save(report: GuidedCheck, input_device: Any, output_device: Any) -> None:
    """The app's settings with this check: the echo when it could be told, the day it passed."""
    settings = load_settings()
    update: dict[str, Any] = {}
    if report.passed:
        update["headset_check_passed"] = datetime.now(timezone.utc)
    if report.tells_echo:
        try:
            devices = duplex.list_devices()
        except Exception:  # noqa: BLE001 - the devices are named as given
            devices = []
        saved = from_check(
            report.tone, device_name(input_device, devices, "input"), device_name(output_device, devices, "output")
        )
        if saved is not None:
            update["headset_echo"] = saved
    if not update:
        return
    try:
        save_settings(settings.model_copy(update=update))
    except OSError as error:  # a read-only config: the verdict stands, nothing is kept
        print(say(UI, "check.not_saved", i18n.current_language(), error=error.strerror or error), file=sys.stderr)
