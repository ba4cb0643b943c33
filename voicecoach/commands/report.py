"""``voicecoach report SESSION_ID --format html|md|json -o FILE``: a session as a report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from voicecoach.adapters.store import Store
from voicecoach.commands.history import open_store, print_notes
from voicecoach.commands.options import choice
from voicecoach.core.errors import Said, UserError
from voicecoach.core.words.command_line import LAST_SESSION
from voicecoach.report import render

SUFFIXES = {".html": "html", ".htm": "html", ".md": "md", ".markdown": "md", ".json": "json"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("report", help="a session as an HTML, Markdown or JSON report")
    parser.add_argument("session", help="session id (see 'voicecoach history'), or 'last'")
    parser.add_argument(
        "--format", "-f", **choice("format"), help="html, md or json (default: from the -o suffix, else md)"
    )
    parser.add_argument("-o", "--output", type=Path, help="file to write (default: print it)")
    parser.add_argument("--html", nargs="?", const="", metavar="FILE", help="an HTML report, into FILE when given")
    parser.set_defaults(handler=run)


def session_id(text: str, store: Store) -> int:
    if text.strip().casefold() in LAST_SESSION:  # "last", "letzte", ...
        # the newest of either kind: a practice call just made, or the real calls a batch just stored
        sessions = store.sessions(kind=None)
        if not sessions:
            raise UserError("the history is empty; practise a call first, then ask for its report")
        return sessions[0].id
    try:
        return int(text)
    except ValueError:
        raise UserError("'{text}' is not a session id; run 'voicecoach history' to see the ids", text=text) from None


def run(args: argparse.Namespace) -> int:
    if args.html is not None:  # "report last --html [FILE]", as analyze takes it
        if args.format not in (None, "html"):
            raise UserError("--html and --format {fmt} ask for two formats; give one", fmt=args.format)
        args.format = "html"
        if args.html:
            if args.output is not None and args.output != Path(args.html):
                raise UserError(
                    "--html {html} and -o {output} name two files; give one", html=args.html, output=args.output
                )
            args.output = Path(args.html)
    fmt = args.format
    if fmt is None:
        fmt = SUFFIXES.get(args.output.suffix.lower(), "md") if args.output else "md"
    if args.output is not None and not args.output.parent.is_dir():
        raise UserError(
            "{output}: the folder {parent} does not exist; create it or pick another -o",
            output=args.output,
            parent=args.output.parent,
        )
    with open_store() as store:
        record = store.session(session_id(args.session, store))
        print_notes(store)
    content = render(record, fmt)
    if args.output is None:
        sys.stdout.write(content)
        return 0
    try:
        args.output.write_text(content, encoding="utf-8")
    except OSError as error:
        raise UserError(
            "{output}: cannot write the report ({strerror}); pick another -o",
            output=args.output,
            strerror=error.strerror,
        ) from None
    print(Said("wrote {output} ({fmt})", output=args.output, fmt=fmt), file=sys.stderr)
    return 0
