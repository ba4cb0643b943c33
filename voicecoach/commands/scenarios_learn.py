"""``voicecoach scenarios learn ID [--list] [--yes]``: turn findings trainees marked as wrong into
new phrasings of the scenario.

Lists the findings of scenario ID that trainees marked as wrong (w on the feedback screen) and
not yet learned: kind, turn, what the trainee said. For each one it asks which phrase to add
(default: the words of the reply that made the point, :func:`voicecoach.core.disputes.suggested_phrase`)
and where (the key point's phrasings, the turn's empathy words, another key point), writes it
into the YAML without touching the rest of the file (comments stay), refuses to write when the
file would no longer validate, and records the dispute as learned. ``--list`` only lists,
``--yes`` takes every default without asking (for scripts).

Scenarios shipped with voicecoach are read-only: copy one into your own library first.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from voicecoach import i18n
from voicecoach.adapters.library import SHIPPED_DIR, LoadedScenario, find_scenario, load_library
from voicecoach.adapters.library_files import learn_phrasing
from voicecoach.adapters.settings import user_scenarios_dir
from voicecoach.adapters.store import DisputeRecord, Store
from voicecoach.core.disputes import LearnTarget, learn_target, suggested_phrase
from voicecoach.core.errors import UserError
from voicecoach.core.words import finding_name, line_quote, quote, say
from voicecoach.core.words.cli import LEARN
from voicecoach.core.words.scenario_view import copy_suffix


def register(subparsers: argparse._SubParsersAction) -> None:
    learn = subparsers.add_parser(
        "learn", help="turn findings trainees marked as wrong into new phrasings of a scenario"
    )
    learn.add_argument("id", help="scenario id")
    learn.add_argument("--list", action="store_true", help="only list the marked findings")
    learn.add_argument("--yes", action="store_true", help="add every suggested phrase where suggested, no questions")
    learn.add_argument("--json", action="store_true", help="with --list: a JSON array")
    learn.add_argument(
        "--into", metavar="SCENARIO", help="write into this scenario (id or path), e.g. your copy of a shipped one"
    )
    learn.set_defaults(handler=run)


def _language() -> str:
    """The command line's language (``--lang``, settings, or the system locale; see ``voicecoach.cli``)."""
    return i18n.current_language()


def run(args: argparse.Namespace, ask: Callable[[str], str] | None = None) -> int:
    """List or learn the disputes of scenario ``args.id``; ``ask`` reads one answer (a test gives
    its own)."""
    language = _language()
    ask = ask or input

    def t(key: str, **values: object) -> str:
        return say(LEARN, key, language, **values)

    item = find_scenario(args.into) if args.into else _scenario(args.id)
    with Store.open() as store:
        disputes = store.disputes(args.id, learned=False)
        if args.list and args.json:
            print(json.dumps([_as_json(d, item) for d in disputes], ensure_ascii=False, indent=2))
            return 0
        if not disputes:
            print(t("none", id=args.id))
            return 0
        for number, dispute in enumerate(disputes, start=1):
            print(_describe(number, dispute, item, language, t))
        if args.list:
            return 0
        if item.path.resolve().is_relative_to(SHIPPED_DIR.resolve()):
            new = args.id + copy_suffix(language)  # the own copy's id, as recording names it ("-eigen" in German)
            target = user_scenarios_dir() / f"{new}{item.path.suffix}"
            raise UserError(t("shipped", id=args.id, path=item.path, target=target, new=new))
        learned = 0
        for number, dispute in enumerate(disputes, start=1):
            learned += _learn_one(store, number, dispute, item, args.yes, ask, language, t)
    print(t("done", n=learned, path=item.path))
    return 0


def _scenario(scenario_id: str) -> LoadedScenario:
    """The scenario with this id, a user's copy before the shipped one."""
    loaded, _problems = load_library()
    same = [item for item in loaded if item.scenario.id == scenario_id]
    own = [item for item in same if not item.path.resolve().is_relative_to(SHIPPED_DIR.resolve())]
    if own or same:
        return (own or same)[0]
    return find_scenario(scenario_id)  # unknown: its one-line error names close ids


def _turn_index(dispute: DisputeRecord, item: LoadedScenario) -> int | None:
    ids = item.scenario.turn_ids
    return ids.index(dispute.turn_id) if dispute.turn_id in ids else None


def _targets(dispute: DisputeRecord, item: LoadedScenario) -> list[LearnTarget]:
    """Where the phrase may go: the suggested place first, then the turn's other key points and
    its empathy words."""
    first = learn_target(dispute.finding)
    index = _turn_index(dispute, item)
    if first is None or index is None:
        return []
    step = item.scenario.turns[index]
    others = [LearnTarget("key_points", point) for point in step.expect.key_points] + [LearnTarget("empathy")]
    return [first, *(target for target in others if target != first)]


def _describe(number: int, dispute: DisputeRecord, item: LoadedScenario, language: str, t: Callable[..., str]) -> str:
    finding = dispute.finding
    index = _turn_index(dispute, item)
    # a step by its line and a key point by its phrasings; their ids (for the YAML) in brackets after them
    step = item.scenario.turns[index] if index is not None else None
    named = f"{line_quote(step.say, language)} [{dispute.turn_id}]" if step is not None else dispute.turn_id
    turn = t("turn", n=index + 1, id=named) if index is not None else t("turn_gone", id=dispute.turn_id)
    point = finding.get("evidence", {}).get("point")
    phrasings = step.expect.key_points.get(point, []) if step is not None and point else []
    shown = " | ".join(phrasings[:3]) + (" …" if len(phrasings) > 3 else "")
    what = finding_name(finding["kind"], finding.get("evidence"), language) + (
        f" ({shown} [{point}])" if phrasings else f" ([{point}])" if point else ""
    )
    lines = [
        f"{number}. {turn} · {what} · " + t("session", id=dispute.session_id),
        "   " + t("said", words=quote(dispute.reply or "…", language)),
    ]
    targets = _targets(dispute, item)
    if targets:
        phrase = suggested_phrase(finding, dispute.reply, language=item.scenario.language)
        lines.append("   " + t("suggest", phrase=quote(phrase, language), where=targets[0].label()))
    else:
        lines.append("   " + t("no_target"))
    return "\n".join(lines)


def _learn_one(
    store: Store,
    number: int,
    dispute: DisputeRecord,
    item: LoadedScenario,
    yes: bool,
    ask: Callable[[str], str],
    language: str,
    t: Callable[..., str],
) -> int:
    targets = _targets(dispute, item)
    index = _turn_index(dispute, item)
    if not targets or index is None:
        return 0
    phrase = suggested_phrase(dispute.finding, dispute.reply, language=item.scenario.language)
    target = targets[0]
    if not yes:
        try:
            answer = ask(t("ask_phrase", n=number, phrase=phrase)).strip()
            if answer == "-":
                return 0
            phrase = answer or phrase
            choices = "  ".join(f"[{i}] {option.label()}" for i, option in enumerate(targets, start=1))
            answer = ask(t("ask_where", choices=choices)).strip()
        except EOFError:
            return 0
        if answer:
            if not answer.isdigit() or not 1 <= int(answer) <= len(targets):
                print(t("bad_choice", answer=answer), file=sys.stderr)
                return 0
            target = targets[int(answer) - 1]
    if not phrase:
        return 0
    written = learn_phrasing(item.path, index, target.field, target.point, phrase)
    store.mark_learned(
        dispute.finding_row, {"phrase": phrase, "where": f"turns[{index}].expect.{target.label()}", "file": item.path}
    )
    print("   " + t("written" if written else "already", phrase=quote(phrase, language), where=target.label()))
    return 1


def _as_json(dispute: DisputeRecord, item: LoadedScenario) -> dict[str, object]:
    targets = _targets(dispute, item)
    return {
        "finding": dispute.finding,
        "session": dispute.session_id,
        "turn": dispute.turn_id,
        "reply": dispute.reply,
        "marked": dispute.created,
        "suggested_phrase": suggested_phrase(dispute.finding, dispute.reply, language=item.scenario.language)
        if targets
        else None,
        "targets": [target.label() for target in targets],
    }
