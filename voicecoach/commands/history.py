"""``voicecoach history [--json] [--progress]``: the sessions practised on this computer."""

from __future__ import annotations

import argparse
import json
import sys

from voicecoach import i18n
from voicecoach.adapters.store import Store, StoreNote
from voicecoach.core.progress import Progress, SessionSummary
from voicecoach.core.words import kind_name, ordered_skills, quote, say, skill_name
from voicecoach.core.words.batch import BATCH
from voicecoach.core.words.cli import PROGRESS, REPORT
from voicecoach.core.words.command_line import LINES
from voicecoach.core.words.ui import UI
from voicecoach.report import ScenarioNames, is_demo, local_time

SPARK = "▁▂▃▄▅▆▇█"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("history", help="the sessions practised on this computer, newest first")
    parser.add_argument("--json", action="store_true", help="print a JSON array (newest first)")
    parser.add_argument(
        "--progress", action="store_true", help="trends per skill, recurring findings, what to practise next"
    )
    parser.add_argument("--agent", metavar="NAME", help="the real calls of this agent (from 'voicecoach batch')")
    parser.add_argument(
        "--calls", action="store_true", help="every real call judged by 'voicecoach batch', not practice"
    )
    parser.set_defaults(handler=run)


def open_store() -> Store:
    """The user's history for reading, with the retention setting applied (old recordings
    deleted) where it can be written; a read-only history is read as it is."""
    store = Store.open(write=False)
    if store.retention_days and not store.read_only:
        store.apply_retention(store.retention_days)
    return store


def print_notes(store: Store) -> None:
    """The store's notes (rows left out, turns saved late), one line each on stderr."""
    for note in store.take_notes():
        print(f"voicecoach: {say(LINES, 'note', i18n.current_language(), message=note_text(note))}", file=sys.stderr)


def note_text(note: StoreNote) -> str:
    """A store note in the command line's language: in German the screens' text for its key
    (``notice.<key>``, filled with its detail), else the store's English line."""
    key = f"notice.{note.key}"
    return say(UI, key, "de", detail=note.detail) if i18n.current_language() == "de" and key in UI else note.message


def run(args: argparse.Namespace) -> int:
    agent = getattr(args, "agent", None)
    # practice by default; real calls (voicecoach batch) only when asked, never mixed into practice trends
    kind = "call" if agent is not None or getattr(args, "calls", False) else "practice"
    with open_store() as store:
        if args.progress:
            progress = store.progress(kind, agent)
            print_notes(store)
            if args.json:
                print(json.dumps(progress.to_json(), ensure_ascii=False, indent=2))
            else:
                print(progress_text(progress, _ui_language()))
            return 0
        sessions = store.sessions(kind, agent)
        print_notes(store)
    if args.json:
        print(json.dumps([{**s.to_json(), "demo": is_demo(s)} for s in sessions], ensure_ascii=False, indent=2))
    elif kind == "call":
        print(call_table(sessions, agent))
    else:
        print(table(sessions))
    return 0


def call_table(sessions: list[SessionSummary], agent: str | None, language: str | None = None) -> str:
    """Real calls (``voicecoach batch``) as a table: id, when judged, agent, recording, language,
    exchanges, score."""
    language = language or i18n.current_language()
    if not sessions:
        key = "history.no_calls" if agent is not None else "history.no_agent_calls"
        return say(BATCH, key, language, agent=agent or "")
    headers = (
        say(LINES, "history.id", language),
        say(LINES, "history.started", language),
        say(BATCH, "history.agent", language),
        say(BATCH, "history.call", language),
        say(LINES, "history.lang", language),
        say(LINES, "history.turns", language),
        say(LINES, "history.score", language),
    )
    rows = [
        (
            str(s.id),
            local_time(s.started, language),
            str(s.options.get("agent") or "–"),
            s.title or str(s.options.get("source") or ""),
            s.language,
            str(s.turns),
            "–" if s.score is None else f"{s.score:.0f}",
        )
        for s in sessions
    ]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    right = {0, 5, 6}
    lines = []
    for row in (headers, *rows):
        cells = [c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def table(sessions: list[SessionSummary], language: str | None = None) -> str:
    """The sessions as a table with headers in ``language`` (default: the command line's)."""
    language = language or i18n.current_language()
    if not sessions:
        return say(LINES, "history.none", language)
    headers = tuple(
        say(LINES, f"history.{column}", language)
        for column in ("id", "started", "scenario", "lang", "turns", "score", "status")
    )
    rows = [
        (
            str(s.id),
            local_time(s.started, language),
            # a demo call (the app spoke the replies) is marked: it does not count as practice
            (_scenario_title(s.scenario_id, s.title) or say(LINES, "history.files", language))
            + (f" ({say(LINES, 'history.demo', language)})" if is_demo(s) else ""),
            s.language,
            str(s.turns),
            "–" if s.score is None else f"{s.score:.0f}",
            say(REPORT, f"status.{s.status}", language)
            if language == "de" and f"status.{s.status}" in REPORT
            else s.status.replace("_", " "),
        )
        for s in sessions
    ]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    right = {0, 4, 5}
    lines = []
    for row in (headers, *rows):
        cells = [c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def sparkline(values: list[float]) -> str:
    return "".join(SPARK[min(len(SPARK) - 1, max(0, int(v / 100 * len(SPARK))))] for v in values)


def progress_text(progress: Progress, language: str) -> str:
    """What ``history --progress`` prints: trends per skill, recurring findings, what next."""

    def t(key: str, **values: object) -> str:
        return say(PROGRESS, key, language, **values)

    if not progress.totals:
        return t("demo_only", n=progress.demo_sessions) if progress.demo_sessions else t("none")
    lines = [t("trend") + ":"]
    names = {skill: skill_name(skill, language) for skill in progress.trends}
    width = max([len(t("total")), *(len(n) for n in names.values())])
    totals = [v for *_, v in progress.totals]
    lines.append(f"  {t('total').ljust(width)}  {sparkline(totals):<12} " + " ".join(f"{v:.0f}" for v in totals[-5:]))
    for skill, points in ordered_skills(progress.trends):
        values = [v for *_, v in points]
        lines.append(
            f"  {names[skill].ljust(width)}  {sparkline(values):<12} " + " ".join(f"{v:.0f}" for v in values[-5:])
        )
    if progress.recurring:
        lines += ["", t("recurring") + ":"]
        for kind, times, sessions in progress.recurring[:5]:
            lines.append(f"  {kind_name(kind, language)}: {t('times', n=times, m=sessions)}")
    for label, standing in ((t("best"), progress.best), (t("worst"), progress.worst)):
        if standing is not None:
            detail = t("average", avg=f"{standing.average:.0f}", last=f"{standing.last:.0f}", n=standing.sessions)
            lines.append(f"{label}: {_scenario_title(standing.scenario_id, standing.title) or '–'} ({detail})")
    suggestion = progress.suggestion
    if suggestion is not None:
        parts = []
        if suggestion.skill:
            parts.append(t("suggest_skill", skill=skill_name(suggestion.skill, language)))
        if suggestion.finding_kind:
            parts.append(t("suggest_kind", kind=kind_name(suggestion.finding_kind, language)))
        if suggestion.scenario_id:
            # the scenario by its title; its id only inside the command that starts it
            title = _scenario_title(suggestion.scenario_id, suggestion.scenario_title)
            parts.append(
                t("suggest_scenario", title=quote(title, language) if title else "–", scenario=suggestion.scenario_id)
            )
        lines += ["", f"{t('next')}: " + "; ".join(parts)]
    return "\n".join(lines)


def _scenario_title(scenario_id: str | None, stored: str | None) -> str:
    """A practised scenario as the trainee knows it: the title stored with the session, else the
    scenario's title now; "" when neither is known (never its internal id)."""
    return stored or (ScenarioNames.by_id(scenario_id).title if scenario_id else None) or ""


def _ui_language() -> str:
    """The command line's language (``--lang``, settings, or the system locale; see ``voicecoach.cli``)."""
    return i18n.current_language()
