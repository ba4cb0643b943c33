"""``voicecoach forget SESSION_ID | --all [--yes]``: delete sessions and their recordings."""

from __future__ import annotations

import argparse
import sys

from voicecoach.adapters.store import Store
from voicecoach.commands.history import print_notes
from voicecoach.core.errors import UserError
from voicecoach.report import local_time


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("forget", help="delete a session (or all) with its recordings")
    parser.add_argument("session", nargs="?", help="session id (see 'voicecoach history')")
    parser.add_argument("--all", action="store_true", help="delete the whole history and every recording")
    parser.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    parser.set_defaults(handler=run)


def confirm(question: str) -> bool:
    """Ask on a terminal; without one (and without --yes) refuse rather than guess."""
    if not sys.stdin.isatty():
        raise UserError("not deleting without confirmation; add --yes to delete without asking")
    print(f"{question} [y/N] ", end="", file=sys.stderr, flush=True)  # stdout stays for output
    answer = sys.stdin.readline()
    return answer.strip().lower() in ("y", "yes", "j", "ja")


def run(args: argparse.Namespace) -> int:
    if args.all == (args.session is not None):
        raise UserError("name one session id or --all, e.g. 'voicecoach forget 3' or 'voicecoach forget --all --yes'")
    with Store.open() as store:
        if args.all:
            count = len(store.sessions())
            if not args.yes and not confirm(f"Delete all {count} sessions and every recording?"):
                print("nothing deleted", file=sys.stderr)
                return 1
            store.forget_all()
            print(f"deleted {count} sessions and all recordings", file=sys.stderr)
            return 0
        try:
            session_id = int(args.session)
        except ValueError:
            raise UserError(f"'{args.session}' is not a session id; run 'voicecoach history' to see the ids") from None
        summary = store.session(session_id).summary  # unknown id: a UserError before asking
        what = f"session {session_id} ({summary.scenario_id or 'files'}, {local_time(summary.started)})"
        if not args.yes and not confirm(f"Delete {what} and its recordings?"):
            print("nothing deleted", file=sys.stderr)
            return 1
        store.forget(session_id)
        print_notes(store)
    print(f"deleted {what}", file=sys.stderr)
    return 0
