"""The ``voicecoach`` command. Each sub-command lives in ``voicecoach/commands/`` and registers
itself through ``register(subparsers)``; ``run(args)`` returns the exit code.

The command line speaks the UI language: ``--lang de|en`` before the sub-command, else the
settings' ``ui_language``, else the system locale (``VOICECOACH_LANG``, ``LC_ALL``, ``LANG``).
Help texts, argparse's own messages and our lines are German then
(:mod:`voicecoach.core.words.command_line`)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from voicecoach import __version__, i18n
from voicecoach.adapters.settings import load_settings
from voicecoach.commands import (
    analyze,
    app,
    batch,
    call,
    check,
    forget,
    history,
    judge,
    models,
    report,
    say,
    scenarios,
    transcribe,
)
from voicecoach.commands.app import audio_left_hanging
from voicecoach.commands.options import Parser, choice
from voicecoach.core.errors import UserError, printable
from voicecoach.core.languages import LANGUAGES
from voicecoach.core.words import say as words_say
from voicecoach.core.words.command_line import ARGPARSE, HELP, LINES, METAVARS, choice_value

#: Sub-command modules, in the order ``--help`` lists them; each has ``register(subparsers)``.
COMMANDS: tuple[ModuleType, ...] = (
    app,
    scenarios,
    models,
    say,
    transcribe,
    analyze,
    batch,
    judge,
    call,
    check,
    history,
    report,
    forget,
)


def build_parser() -> argparse.ArgumentParser:
    """The ``voicecoach`` parser with every sub-command registered."""
    speak_argparse()
    parser = Parser(  # usage errors in one line; its sub-parsers are Parsers too
        prog="voicecoach",
        description="Practise phone conversations with a simulated customer, and get coached.",
    )
    parser.add_argument("--version", action="version", version=f"voicecoach {__version__}")
    parser.add_argument(
        "--lang", **choice("language"), help="language of the texts (default: settings, else the system's)"
    )
    german = i18n.current_language() == "de"
    subparsers = parser.add_subparsers(dest="command", metavar="BEFEHL" if german else "COMMAND")
    for module in COMMANDS:
        module.register(subparsers)
    if german:
        translate_help(parser)
    return parser


def speak_argparse() -> None:
    """argparse's own messages ("usage:", "the following arguments are required") in the UI
    language. argparse looks its texts up through ``gettext`` at call time, and Python ships no
    German catalogue for it, so its module's ``_``/``ngettext`` are pointed at ours."""

    def gettext(message: str) -> str:
        return ARGPARSE.get(message, message) if i18n.current_language() == "de" else message

    def ngettext(singular: str, plural: str, n: int) -> str:
        return gettext(singular if n == 1 else plural)

    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]


def translate_help(parser: argparse.ArgumentParser) -> None:
    """Every description and help text of ``parser`` and its sub-parsers in German (:data:`HELP`;
    a text without a German entry stays as written)."""
    if parser.description:
        parser.description = HELP.get(parser.description, parser.description)
    if parser.epilog:  # the examples under the options
        parser.epilog = HELP.get(parser.epilog, parser.epilog)
    for group in parser._action_groups:  # argparse has no public accessor for its groups either
        if group.title:
            group.title = HELP.get(group.title, ARGPARSE.get(group.title, group.title))
    for action in parser._actions:  # argparse has no public accessor for a parser's actions
        if action.help and action.help != argparse.SUPPRESS:
            action.help = HELP.get(action.help, ARGPARSE.get(action.help, action.help))
        placeholder = shown_metavar(action)
        if placeholder is not None and placeholder in METAVARS:
            # the usage line, the help and the errors ("diese Argumente fehlen: SZENARIO") use it
            action.metavar = METAVARS[placeholder]
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                choice.help = HELP.get(choice.help or "", choice.help)
            for sub in action.choices.values():
                translate_help(sub)


def shown_metavar(action: argparse.Action) -> str | None:
    """The placeholder argparse shows for ``action`` (its ``metavar``, else an option's name in
    capitals or a positional's name); None where it shows none or the choices (``{de,en}``)."""
    if isinstance(action.metavar, str):
        return action.metavar
    if action.metavar is not None or action.nargs == 0 or action.choices is not None:
        return None
    if action.option_strings:
        return action.dest.upper()
    return action.dest if action.dest != argparse.SUPPRESS else None


def all_metavars(parser: argparse.ArgumentParser) -> list[str]:
    """Every placeholder of ``parser`` and its sub-parsers (for the test that finds English ones)."""
    found = []
    for action in parser._actions:
        placeholder = shown_metavar(action)
        if placeholder is not None and action.help != argparse.SUPPRESS:
            found.append(placeholder)
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found += all_metavars(sub)
    return found


def all_help_texts(parser: argparse.ArgumentParser) -> list[str]:
    """Every description and help text of ``parser`` and its sub-parsers (for the test that finds
    untranslated ones)."""
    texts = [parser.description] if parser.description else []
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            texts.append(action.help)
        if isinstance(action, argparse._SubParsersAction):
            texts += [choice.help for choice in action._choices_actions if choice.help]
            for sub in action.choices.values():
                texts += all_help_texts(sub)
    return texts


def take_language(argv: list[str]) -> tuple[str | None, list[str]]:
    """``--lang X`` / ``--lang=X`` taken off ``argv``, before the command or after it (a user
    writes ``voicecoach judge ... --lang de`` as often as ``voicecoach --lang de judge ...``; not
    after ``--``): (X or None, the rest); X as the code when it names a language in either
    language ("deutsch" -> "de")."""
    end = argv.index("--") if "--" in argv else len(argv)
    for at, arg in enumerate(argv[:end]):
        if arg == "--lang" and at + 1 < end:
            given, rest = argv[at + 1], argv[:at] + argv[at + 2 :]
            break
        if arg.startswith("--lang="):
            given, rest = arg.split("=", 1)[1], argv[:at] + argv[at + 1 :]
            break
    else:
        return None, argv
    return choice_value("language", given) or given, rest


def cli_language(given: str | None) -> str:
    """The language of the command line: ``--lang``, else the settings' ``ui_language``, else
    the system locale. A broken settings file is the command's to report: the locale then."""
    if given in LANGUAGES:
        return given  # type: ignore[return-value]
    try:
        setting = load_settings().ui_language
    except Exception:  # noqa: BLE001 - the command itself says what is wrong with the file
        setting = None
    return i18n.choose_language(setting)


#: Options of ``voicecoach app`` that plain ``voicecoach`` takes too (``voicecoach --demo``).
APP_OPTIONS = ("--demo",)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one ``voicecoach`` command line (``sys.argv[1:]`` when None); returns the exit code.
    A ``UserError`` is printed as one line on stderr and exits with its code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    language, argv = take_language(argv)
    i18n.set_language(cli_language(language))
    parser = build_parser()
    if language is not None and language not in LANGUAGES:
        print(f"voicecoach: {words_say(LINES, 'bad_lang', i18n.current_language(), value=language)}", file=sys.stderr)
        return 2
    if argv and argv[0].split("=")[0] in APP_OPTIONS:
        argv = ["app", *argv]
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        # No sub-command: open the app, as a user double-clicking it would expect.
        args = subparser(parser, "app").parse_args([])
        handler = args.handler
    if language is not None and getattr(args, "lang", None) is None:
        args.lang = language  # "voicecoach --lang de app": the app speaks it too
    try:
        return int(handler(args) or 0)
    except UserError as error:
        # the library's own words (English) go to the log only; the line says the cause in the UI language
        logging.getLogger("voicecoach").debug("%s %r", error.template, error.values)
        print(f"voicecoach: {printable(str(error))}", file=sys.stderr)  # a quoted file name may hold a line break
        return error.exit_code
    except KeyboardInterrupt:
        print(f"voicecoach: {words_say(LINES, 'stopped', i18n.current_language())}", file=sys.stderr)
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
        print(f"voicecoach: {words_say(LINES, 'audio_hanging', i18n.current_language())}", file=sys.stderr)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    raise SystemExit(code)


if __name__ == "__main__":
    entry()
