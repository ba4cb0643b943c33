"""The ``voicecoach`` command. Each sub-command lives in ``voicecoach/commands/`` and registers
itself through ``register(subparsers)``; ``run(args)`` returns the exit code."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from voicecoach import __version__
from voicecoach.commands import analyze, app, call, forget, history, judge, models, report, say, scenarios, transcribe
from voicecoach.commands.app import audio_left_hanging
from voicecoach.core.errors import UserError

#: Sub-command modules, in the order ``--help`` lists them; each has ``register(subparsers)``.
COMMANDS: tuple[ModuleType, ...] = (
    app,
    scenarios,
    models,
    say,
    transcribe,
    analyze,
    judge,
    call,
    history,
    report,
    forget,
)


def build_parser() -> argparse.ArgumentParser:
    """The ``voicecoach`` parser with every sub-command registered."""
    parser = argparse.ArgumentParser(
        prog="voicecoach",
        description="Practise phone conversations with a simulated customer, and get coached.",
    )
    parser.add_argument("--version", action="version", version=f"voicecoach {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(subparsers)
    return parser


#: Options of ``voicecoach app`` that plain ``voicecoach`` takes too (``voicecoach --demo``).
APP_OPTIONS = ("--demo", "--lang")


def main(argv: Sequence[str] | None = None) -> int:
    """Run one ``voicecoach`` command line (``sys.argv[1:]`` when None); returns the exit code.
    A ``UserError`` is printed as one line on stderr and exits with its code."""
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0].split("=")[0] in APP_OPTIONS:
        argv = ["app", *argv]
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        # No sub-command: open the app, as a user double-clicking it would expect.
        args = subparser(parser, "app").parse_args([])
        handler = args.handler
    try:
        return int(handler(args) or 0)
    except UserError as error:
        print(f"voicecoach: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("voicecoach: stopped", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def subparser(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser:
    """The parser of sub-command ``name`` (a ``KeyError`` when there is none)."""
    for action in parser._actions:  # argparse keeps sub-parsers here; there is no public accessor
        if isinstance(action, argparse._SubParsersAction):
            return action.choices[name]
    raise KeyError(name)


def entry() -> None:
    """The console script. Unlike ``main`` (which tests call in-process) it owns the process,
    so it may leave without waiting for an audio thread that a dead device holds forever."""
    code = main()
    if audio_left_hanging():
        # Every judged turn is saved already; PortAudio's own exit handler would block too.
        print("voicecoach: the audio device did not respond; closed without waiting for it", file=sys.stderr)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    raise SystemExit(code)


if __name__ == "__main__":
    entry()
