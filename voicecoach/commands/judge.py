"""``voicecoach judge SCENARIO --turn N --text "..."``: judge a typed reply, no audio.

Prints the content findings and the score (``--json``: the whole result). A bad scenario or
turn is one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys

from voicecoach import i18n
from voicecoach.adapters.language_resources import shared
from voicecoach.analysis import choose_turn
from voicecoach.core.errors import UserError
from voicecoach.core.result import shown_severity
from voicecoach.core.typed import judge_text
from voicecoach.core.words import finding_name, line_quote, ordered_skills, say, skill_name
from voicecoach.core.words.cli import REPORT
from voicecoach.core.words.ui import UI

CONTENT_KINDS = (
    "not_listening",
    "contradiction",
    "pushed_after_no",
    "avoid_phrase",
    "no_acknowledgement",
    "form_of_address",
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "judge",
        help="judge a typed reply to a scenario turn (no audio)",
        description="Judge what a reply says, typed instead of spoken: the content findings and the score. "
        "Try a scenario's phrasings in seconds.",
        epilog='example:\n  voicecoach judge late-delivery-en --turn 1 --text "I am so sorry, let me check that for you."',
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("scenario", metavar="SCENARIO", help="scenario id or YAML path")
    parser.add_argument("--turn", metavar="N", help="the turn answered: 1, 2, ... or its id (default: 1)")
    parser.add_argument("--text", required=True, help="the reply, as the trainee would say it")
    parser.add_argument("--json", action="store_true", help="print the result as JSON on stdout")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if not args.text.strip():
        raise UserError("--text is empty; type the reply to judge")
    choice = choose_turn(args.scenario, args.turn if args.turn is not None else "1")
    assert choice is not None
    scenario = choice.loaded.scenario
    resources = shared()
    result = judge_text(scenario, choice.step_id, args.text, resources=resources)
    ui = i18n.current_language()  # the command line's language; findings are rendered again in it
    if args.json:
        shown_json = result.to_json()
        for finding, shown in zip(result.findings, shown_json.get("findings", [])):
            # typed: no audio, so no time; the calm timeline's made-up seconds are not said
            shown["message"], shown["tip"] = i18n.finding_text_in(
                finding, result.language, ui, scenario.persona.name, timed=False
            )
        print(json.dumps(shown_json, ensure_ascii=False, indent=2))
        return 0
    step = line_quote(scenario.step(choice.step_id).say, ui)  # the step by its words, not its id
    title = scenario.title if scenario.title.endswith(("?", "!", ".", "…")) else f"{scenario.title},"
    print(f"{title} {say(UI, 'call.turn', ui, n=choice.number)} ({step}): {args.text}")  # no "?," after a question
    shown = [f for f in result.findings if f.kind in CONTENT_KINDS or f.penalty > 0]
    shown.sort(key=lambda f: (f.penalty <= 0, -f.penalty))  # points off first, the questions after
    if not shown:
        print("  " + say(REPORT, "no_findings", ui))
    for finding in shown:
        cost = f"  {skill_name(finding.skill, ui)} −{finding.penalty:g}" if finding.penalty else ""
        severity = f"severity.{shown_severity(finding.kind, finding.severity)}"  # info: "good" only for praise
        print(f"  {say(REPORT, severity, ui):9} {finding_name(finding.kind, finding.evidence, ui)}{cost}")
        message = i18n.finding_text_in(finding, result.language, ui, scenario.persona.name, timed=False)[0]
        print(f"        {message}")  # no audio: no times to show
        evidence = _evidence(finding.evidence, ui)
        if evidence:  # "Gesagt: ...", "Erkannt an: der Stimmung, die das Szenario vorgibt"
            print(f"        {evidence[0]}: {cut_quote(evidence[1], args.text)}")
    parts = " · ".join(f"{skill_name(name, ui)} {value}" for name, value in ordered_skills(result.score.skills))
    print(f"{say(REPORT, 'score', ui)}: {result.score.total}/100 — {parts}")
    capped = i18n.cap_text(result.findings, result.score, ui)
    if capped:
        print(f"  {say(REPORT, 'total', ui)} {capped}")
    for note in result.options.get("language_resources", []):
        print(f"{say(REPORT, 'note', ui)}: {note}", file=sys.stderr)
    return 0


def cut_quote(quote: str, reply: str) -> str:
    """``quote`` (words out of ``reply``) marked where it was cut: a trailing comma or dash goes and
    "…" stands for the rest, e.g. ("Nennen Sie mir bitte kurz die Auftragsnummer,", "Nennen Sie mir
    bitte kurz die Auftragsnummer, und dann …") -> "Nennen Sie mir bitte kurz die Auftragsnummer …".
    A quote that is not found in the reply, or ends the reply or a sentence, is returned as it is."""
    quote = quote.strip()
    start = reply.find(quote) if quote else -1
    if start < 0:
        return quote
    rest = reply[start + len(quote) :].strip()
    before = reply[:start].rstrip()
    shown = quote
    if rest and rest not in {".", "!", "?", "…"} and shown[-1] not in ".!?…":
        shown = shown.rstrip(",;:-–— ") + " …"
    if before and before[-1] not in ".!?…":
        shown = "… " + shown
    return shown


def _evidence(evidence: dict, language: str) -> tuple[str, str] | None:
    """(what it is, the evidence) of a finding, e.g. ("Gesagt", "da können wir nichts machen")."""
    for key in ("said", "closest", "shown_by"):
        if evidence.get(key):
            value = say(REPORT, "evidence.scenario", language) if evidence[key] == "scenario" else evidence[key]
            return say(REPORT, f"evidence.{key}", language), str(value)
    words = evidence.get("words")
    if isinstance(words, list) and all(isinstance(w, dict) and "word" in w for w in words) and words:
        return say(REPORT, "evidence.said", language), " ".join(w["word"] for w in words)
    return None  # e.g. fillers: "words" is a count, the message already names them
