"""``voicecoach judge SCENARIO --turn N --text "..."``: judge a typed reply, no audio.

Prints the content findings and the score (``--json``: the whole result). A bad scenario or
turn is one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys

from voicecoach.adapters.language_resources import shared
from voicecoach.analysis import choose_turn
from voicecoach.core.errors import UserError
from voicecoach.core.typed import judge_text

CONTENT_KINDS = ("not_listening", "contradiction", "pushed_after_no", "avoid_phrase", "no_acknowledgement")


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
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        return 0
    de = result.language == "de"
    print(f"{scenario.id}, {'Schritt' if de else 'turn'} {choice.number} ({choice.step_id}): {args.text}")
    shown = [f for f in result.findings if f.kind in CONTENT_KINDS or f.penalty > 0]
    if not shown:
        print("  " + ("Keine Hinweise." if de else "No findings."))
    for finding in shown:
        cost = f"  {finding.skill} −{finding.penalty:g}" if finding.penalty else ""
        print(f"  {finding.severity:5} {finding.kind}{cost}")
        print(f"        {finding.message}")
        evidence = _evidence(finding.evidence)
        if evidence:
            print(f"        {'Beleg' if de else 'evidence'}: {evidence}")
    parts = " · ".join(f"{name} {value}" for name, value in result.score.skills.items())
    print(f"{'Bewertung' if de else 'Score'}: {result.score.total}/100 — {parts}")
    for note in result.options.get("language_resources", []):
        print(f"{'Hinweis' if de else 'note'}: {note}", file=sys.stderr)
    return 0


def _evidence(evidence: dict) -> str:
    for key in ("said", "closest", "shown_by"):
        if evidence.get(key):
            return f"{key}: {evidence[key]}"
    if evidence.get("words"):
        return "said: " + " ".join(w["word"] for w in evidence["words"])
    return ""
