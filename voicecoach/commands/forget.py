"""``voicecoach forget SESSION_ID | --all [--yes]``: delete sessions and their recordings."""

from __future__ import annotations

import argparse
import sys

from voicecoach import i18n
from voicecoach.adapters.store import Store
from voicecoach.commands.history import print_notes
from voicecoach.commands.report import session_id as chosen_session
from voicecoach.core.errors import Said, UserError
from voicecoach.report import ScenarioNames, local_time


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("forget", help="delete a session (or all) with its recordings")
    parser.add_argument("session", nargs="?", help="session id (see 'voicecoach history'), or 'last'")
    parser.add_argument("--all", action="store_true", help="delete the whole history and every recording")
    parser.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    parser.set_defaults(handler=run)


def confirm(question: str | Said) -> bool:
    """Ask on a terminal; without one (and without --yes) refuse rather than guess."""
    if not sys.stdin.isatty():
        raise UserError("not deleting without confirmation; add --yes to delete without asking")
    print(Said("{question} [y/N] ", question=question), end="", file=sys.stderr, flush=True)  # stdout stays for output
    answer = sys.stdin.readline()
    return answer.strip().lower() in ("y", "yes", "j", "ja")


def run(args: argparse.Namespace) -> int:
    if args.all == (args.session is not None):
        raise UserError("name one session id or --all, e.g. 'voicecoach forget 3' or 'voicecoach forget --all --yes'")
    with Store.open() as store:
        if args.all:
            count = len(store.sessions())
            if not args.yes and not confirm(
                Said(
                    "Delete {count:every session (there are none)|the only session|all # sessions} and every recording?",
                    count=count,
                )
            ):
                print(Said("nothing deleted"), file=sys.stderr)
                return 1
            store.forget_all()
            print(Said("deleted {count:# session|# sessions} and all recordings", count=count), file=sys.stderr)
            return 0
        session_id = chosen_session(args.session, store)  # a number, or "last"/"letzte"
        summary = store.session(session_id).summary  # unknown id: a UserError before asking
        what = Said(
            "session {id} ({scenario}, {started})",
            id=session_id,
            # the scenario by its title, never its internal id
            scenario=summary.title
            or (summary.scenario_id and ScenarioNames.by_id(summary.scenario_id).title)
            or Said("files"),
            started=local_time(summary.started, i18n.current_language()),
        )
        if not args.yes and not confirm(Said("Delete {what} and its recordings?", what=what)):
            print(Said("nothing deleted"), file=sys.stderr)
            return 1
        store.forget(session_id)
        print_notes(store)
    print(Said("deleted {what}", what=what), file=sys.stderr)
    return 0
