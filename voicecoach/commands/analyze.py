"""``voicecoach analyze``: judge a recorded turn from two files, or a whole stereo call recording.

Two files (``--customer``, ``--trainee``) are one turn: without ``--json`` a report (a two-lane
timeline, the transcript, every finding with its message and tip, the score); with ``--json``
the object of ``TurnResult.to_json()`` on stdout and nothing else.

A call (``--call FILE --customer-channel left|right``) is judged exchange by exchange
(:func:`voicecoach.analysis.analyze_whole_call`): without ``--json`` the whole call's timeline,
the call metrics and one block per exchange with call times; with ``--json`` the object of
``CallResult.to_json()``. ``--html FILE`` writes the call (or the one turn) as a self-contained
HTML page (``voicecoach.report.render_call_html``). The frame of the reports speaks the command
line's language (``--lang``); the findings' messages the language of the recording.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from voicecoach import i18n
from voicecoach.adapters.library import find_scenario
from voicecoach.analysis import analyze_files, analyze_whole_call, choose_turn
from voicecoach.commands.options import choice
from voicecoach.core.call import CallResult, call_of_turn
from voicecoach.core.errors import UserError
from voicecoach.core.languages import LANGUAGES
from voicecoach.core.timeline import Span
from voicecoach.core.words import finding_name, say, seconds, skill_name
from voicecoach.core.words.call_report import CALL, CALL_METRICS
from voicecoach.core.words.cli import ANALYZE
from voicecoach.core.words.ui import UI
from voicecoach.core.words.voices import gender_of, persona_form
from voicecoach.report import (
    ScenarioNames,
    call_finding_numbers,
    call_metric_value,
    call_time,
    clock,
    label_room,
    render_call_html,
    tick_step,
)

CHANNELS = ("left", "right")
#: Width of the timeline, in characters.
LANE_WIDTH = 64


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "analyze",
        help="judge a recorded turn: two files, or a stereo call recording",
        description=(
            "Judge one turn of a phone conversation: did you interrupt, talk over the customer, or "
            "not listen? Give the two sides as two files (--customer, --trainee) or as one stereo "
            "recording with one speaker per channel (--call, --customer-channel)."
        ),
        epilog=(
            "examples:\n"
            "  voicecoach analyze --customer line.wav --trainee reply.wav --scenario late-delivery-en --turn 1\n"
            "  voicecoach analyze --call call.wav --customer-channel left --json\n"
            "  voicecoach analyze --call call.wav --customer-channel right --html call.html"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sources = parser.add_argument_group("audio (two files, or one stereo call)")
    sources.add_argument("--customer", type=Path, metavar="FILE", help="the customer's side (any format and rate)")
    sources.add_argument("--trainee", type=Path, metavar="FILE", help="your side")
    sources.add_argument("--call", type=Path, metavar="FILE", help="stereo recording, one speaker per channel")
    sources.add_argument("--customer-channel", **choice("channel"), help="the customer's channel in --call")
    # a file given without its option ("analyze reply.wav"): said in check_args with the options to use
    parser.add_argument("stray", nargs="*", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--scenario", metavar="ID|PATH", help="the scenario the turn belongs to")
    parser.add_argument("--turn", metavar="N", help="which turn of the scenario was answered (1, 2, ... or its id)")
    parser.add_argument(
        "--language", **choice("language"), help="spoken language (default: the scenario's, else detected)"
    )
    parser.add_argument("--model", help="Whisper model name or folder (default: tiny.en for en, base for de)")
    parser.add_argument("--device", **choice("device"), help="where Whisper runs (default auto)")
    parser.add_argument("--compute-type", help="Whisper precision, e.g. int8, float16 (default: by device)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON on stdout")
    parser.add_argument("--html", type=Path, metavar="FILE", help="also write the report as a self-contained HTML page")
    parser.set_defaults(handler=run)


def check_args(args: argparse.Namespace) -> None:
    """Every usage mistake as one ``UserError`` line, before any audio or model is loaded."""
    if getattr(args, "stray", None):
        raise UserError(
            "{files}: say which side it is: --trainee FILE with --customer FILE, or --call FILE "
            "--customer-channel left|right for one stereo recording",
            files=" ".join(str(path) for path in args.stray),
        )
    two_files = args.customer is not None or args.trainee is not None
    if args.call is not None and two_files:
        raise UserError("give either --call or --customer with --trainee, not both")
    if args.call is None and not two_files:
        raise UserError(
            "nothing to analyze; give --customer FILE --trainee FILE, or --call FILE --customer-channel left|right"
        )
    if two_files and (args.customer is None or args.trainee is None):
        missing = "--trainee" if args.trainee is None else "--customer"
        raise UserError(
            "{missing} is missing; two-file analysis needs --customer FILE and --trainee FILE", missing=missing
        )
    if args.call is not None:
        if args.customer_channel is None:
            raise UserError("--call needs --customer-channel left or right (the channel the customer is on)")
        if args.customer_channel not in CHANNELS:
            raise UserError(
                "--customer-channel must be left or right, not '{customer_channel}'",
                customer_channel=args.customer_channel,
            )
    elif args.customer_channel is not None:
        raise UserError("--customer-channel goes with --call; for two files use --customer and --trainee")
    if args.language is not None and args.language not in LANGUAGES:
        raise UserError("--language must be de or en, not '{language}'", language=args.language)
    if args.turn is not None and args.call is not None:
        raise UserError(
            "--turn goes with --customer and --trainee; with --call the scenario's turns are matched to the exchanges"
        )
    if args.html is not None and (args.html.is_dir() or not args.html.parent.is_dir()):
        raise UserError(
            "--html {path}: not a file in an existing folder; give a path such as report.html", path=args.html
        )
    if args.turn is not None and args.scenario is None:
        raise UserError("--turn needs --scenario (the scenario the turn belongs to)")
    if args.device is not None and args.device not in ("auto", "cpu", "cuda"):
        raise UserError("--device must be auto, cpu or cuda, not '{device}'", device=args.device)


def run(args: argparse.Namespace) -> int:
    check_args(args)
    choice = choose_turn(args.scenario, args.turn)  # a bad --scenario/--turn fails before audio and models load
    persona = choice.loaded.scenario.persona if choice is not None else None
    # the scenario by its title, steps by the customer's lines (a scenario given as a path too)
    names = None if args.scenario is None else ScenarioNames.of(find_scenario(args.scenario).scenario)
    options: dict[str, Any] = {
        "scenario": args.scenario,
        "turn": args.turn,
        "language": args.language,
        "model": args.model,
        "device": args.device,
        "compute_type": args.compute_type,
    }
    # Libraries may print to stdout; with --json nothing but the JSON object may go there.
    language = i18n.current_language()
    if args.call is not None:
        del options["turn"]
        with contextlib.redirect_stdout(sys.stderr):
            call = analyze_whole_call(args.call, args.customer_channel, **options)
        _write_html(args.html, call, language, names)
        if args.json:
            print(json.dumps(_finite(call.to_json()), ensure_ascii=False, indent=2))
        else:
            print(render_call_report(call, language, names))
        return 0
    with contextlib.redirect_stdout(sys.stderr):
        result = analyze_files(args.customer, args.trainee, **options)
    _write_html(args.html, call_of_turn(result), language, names)
    if args.json:
        data = result.to_json()
        data["notes"] = list(result.turn.notes)  # what the input checks found (echo removed, NaN samples)
        print(json.dumps(_finite(data), ensure_ascii=False, indent=2))
    else:
        print(render_report(result, persona, names, language))
    return 0


def _write_html(path: Path | None, call: CallResult, language: str, names: ScenarioNames | None = None) -> None:
    if path is None:
        return
    try:
        path.write_text(render_call_html(call, language, names), encoding="utf-8")
    except OSError as error:
        raise UserError(
            "cannot write {path} ({error}); choose another --html file", path=path, error=error.strerror or str(error)
        ) from error


def _finite(value: Any) -> Any:
    """JSON has no NaN or infinity: such numbers become null."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(item) for item in value]
    return value


# -- the readable report -----------------------------------------------------------------------

_SEVERITY = {"major": "!! ", "minor": "!  ", "info": "   "}
_MARKS = "123456789abcdefghijklmnopqrstuvwxyz"


def _t(key: str, language: str, **values: Any) -> str:
    return say(ANALYZE, key, language, **values)


def _step_said(step: float, language: str) -> str:
    """A timeline's seconds per character as exact as it is ("0,25", not "0,2")."""
    text = f"{step:g}"
    return text.replace(".", ",") if language == "de" else text


def _skill(skill: str, language: str) -> str:
    """A skill's name mid-line: lower case in English ("listening"), a German noun keeps its capital."""
    name = skill_name(skill, language)
    return name if language == "de" else name.lower()


def _customer(language: str, persona: Any = None) -> str:
    """The customer's label: "Kundin"/"Kunde" as the scenario's persona is, else "Kundin/Kunde"."""
    if persona is not None and gender_of(persona.form_gender, persona.name) != "diverse":
        return persona_form("customer", language, persona.form_gender, persona.name)
    return _t("customer", language)


def render_report(
    result: Any, persona: Any = None, names: ScenarioNames | None = None, language: str | None = None
) -> str:
    """The report ``voicecoach analyze`` prints without ``--json``; ``persona``: the scenario's
    (the customer is then "Kundin" or "Kunde" as the persona is); ``names``: the scenario's title
    and lines (default: looked up by the result's scenario id); the scenario is named by its title
    and the step by its number and the customer's line, never by their internal ids; ``language``:
    the interface's (default: the recording's), findings said again in it."""
    language = language or result.language
    turn = result.turn
    lines: list[str] = []
    head = _t("title", language)
    names = names if names is not None else ScenarioNames.by_id(result.scenario_id)
    where = (
        _t(
            "scenario",
            language,
            title=names.scenario(language),
            turn=names.step(result.turn_id, language, turn.customer.text) or "–",
        )
        if result.scenario_id
        else _t("no_scenario", language)
    )
    whisper = result.options.get("models", {}).get("whisper", {})
    model = (
        f", Whisper {whisper.get('model')} ({whisper.get('device')}/{whisper.get('compute_type')})" if whisper else ""
    )
    # the language spoken in the turn, named in the reader's language ("Sprache Englisch")
    spoken = say(UI, f"lang.{result.language}", language) if result.language in LANGUAGES else result.language
    lines += [f"{head}: {where}, {_t('language', language, lang=spoken)}{model}", ""]
    lines += timeline_lanes(result, customer_label=_customer(language, persona), language=language)
    lines += ["", _t("transcript", language)]
    lines += transcript_lines(result, customer_label=_customer(language, persona), language=language)
    lines += ["", _t("findings", language)]
    numbered = _numbered(result.findings)
    if not numbered:
        lines.append("  " + _t("none", language))
    for mark, finding in numbered:
        span = f"{seconds(finding.start, language)}–{seconds(finding.end, language)} s"
        cost = f"  {skill_name(finding.skill, language)} −{finding.penalty:g}" if finding.penalty else ""
        # the words the app and the reports use, not the key
        kind = finding_name(finding.kind, finding.evidence, language)
        lines.append(f"  {mark} {_SEVERITY.get(finding.severity, '   ')}{kind}  {span}{cost}")
        message, tip = i18n.finding_text_in(finding, result.language, language, persona.name if persona else None)
        lines.append(f"       {message}")
        if tip:
            lines.append(f"       {_t('tip', language)}: {tip}")
    parts = " · ".join(f"{_skill(name, language)} {value}" for name, value in result.score.skills.items())
    lines += ["", f"{_t('score', language)}: {_t('total', language)} {result.score.total}/100 — {parts}"]
    capped = i18n.cap_text(result.findings, result.score, language)
    if capped:
        lines.append(f"  {_t('total', language)} {capped}")
    if turn.notes:
        lines += ["", _t("notes", language)] + [f"  {note}" for note in turn.notes]
    return "\n".join(lines)


def _numbered(findings: Sequence[Any]) -> list[tuple[str, Any]]:
    return [(_MARKS[index] if index < len(_MARKS) else "*", finding) for index, finding in enumerate(findings)]


def _step(duration: float, width: int) -> float:
    """Seconds per character: a round step that fits ``duration`` into ``width`` characters."""
    for step in (0.05, 0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 60.0, 120.0, 300.0):
        if duration / step <= width:
            return step
    return math.ceil(duration / width)


def _overlaps(first: Sequence[Any], second: Sequence[Any]) -> list[tuple[float, float]]:
    """Where both sides speak at once (each side's spans sorted and apart, as the VAD gives them)."""
    result: list[tuple[float, float]] = []
    i = j = 0
    while i < len(first) and j < len(second):
        start, end = max(first[i].start, second[j].start), min(first[i].end, second[j].end)
        if end > start:
            result.append((start, end))
        if first[i].end < second[j].end:
            i += 1
        else:
            j += 1
    return result


def _lane(spans: Sequence[Any], step: float, columns: int) -> list[bool]:
    """One lane of ``columns`` characters of ``step`` seconds: True where a span covers some of it."""
    cells = [False] * columns
    for span in spans:
        first = int(span.start / step)
        last = max(first, math.ceil(span.end / step) - 1)
        for index in range(max(0, first), min(columns, last + 1)):
            cells[index] = True
    return cells


def _axis(columns: int, step: float, duration: float, language: str) -> list[str]:
    """The time axis above the lanes: clock labels at round ticks, never overlapping."""
    axis = [" "] * columns
    every = tick_step(columns * step, columns, label_room(duration))
    free_from = 0
    for index in range(int(duration / every) + 1):
        column = int(round(index * every / step))
        text = clock(index * every, duration, language)
        if column >= free_from and column + len(text) <= columns:
            axis[column : column + len(text)] = list(text)
            free_from = column + len(text) + 1
    return axis


def timeline_lanes(
    result: Any, width: int = LANE_WIDTH, customer_label: str | None = None, language: str | None = None
) -> list[str]:
    """Customer and trainee speech as two lanes of characters, overlaps and findings below.
    A character is "both" only where the two sides really overlap in time, not where each side
    merely speaks somewhere in the same character's stretch (a long call: a minute a character).
    ``language``: the reader's (default: the recording's)."""
    language = language or result.language
    turn = result.turn
    duration = max(turn.duration, 0.1)
    step = _step(duration, width)
    columns = max(1, math.ceil(duration / step))

    def lane(spans: Sequence[Any]) -> list[bool]:
        return _lane(spans, step, columns)

    customer = lane(turn.customer.speech)
    trainee = lane(turn.trainee.speech)
    both = lane([Span(start, end) for start, end in _overlaps(turn.customer.speech, turn.trainee.speech)])
    marks = [" "] * columns
    for mark, finding in _numbered(result.findings):
        index = min(columns - 1, max(0, int(finding.start / step)))
        if marks[index] == " ":
            marks[index] = mark
    labels = [
        customer_label or _t("customer", language),
        _t("you", language),
        _t("both", language),
        _t("marks", language),
    ]
    pad = max(len(label) for label in labels)
    axis = _axis(columns, step, duration, language)
    rows = [
        _t("timeline", language, step=_step_said(step, language)),
        f"{'':<{pad}} │{''.join(axis)}",
        f"{labels[0]:<{pad}} │{''.join('█' if c else '·' for c in customer)}",
        f"{labels[1]:<{pad}} │{''.join('█' if c else '·' for c in trainee)}",
    ]
    if any(both):
        rows.append(f"{labels[2]:<{pad}} │{''.join('▲' if b else ' ' for b in both)}")
    if result.findings:
        rows.append(f"{labels[3]:<{pad}} │{''.join(marks)}")
    return rows


def transcript_lines(
    result: Any, pause: float = 0.8, customer_label: str | None = None, language: str | None = None
) -> list[str]:
    """Both sides' words in time order, one line per stretch of speech, labelled in ``language``
    (the reader's; default: the recording's)."""
    language = language or result.language
    pieces: list[tuple[float, float, str, str]] = []
    customer = customer_label or _t("customer", language)
    for who, track in ((customer, result.turn.customer), (_t("you", language), result.turn.trainee)):
        group: list[Any] = []
        for word in track.words:
            if group and word.start - group[-1].end > pause:
                pieces.append((group[0].start, group[-1].end, who, " ".join(w.text for w in group)))
                group = []
            group.append(word)
        if group:
            pieces.append((group[0].start, group[-1].end, who, " ".join(w.text for w in group)))
    if not pieces:
        return ["  " + _t("nothing", language)]
    width = max(len(who) for _s, _e, who, _t2 in pieces)
    return [
        f"  {seconds(start, language):>5}–{seconds(end, language):<5} {who:<{width}}  {text}"
        for start, end, who, text in sorted(pieces)
    ]


# -- a whole call ----------------------------------------------------------------------------------

_CALL_MARK = {"major": "!", "minor": "+", "info": "."}


def _c(key: str, language: str, **values: Any) -> str:
    return say(CALL, key, language, **values)


def call_lanes(call: CallResult, language: str, width: int = LANE_WIDTH) -> list[str]:
    """The whole call as two lanes of characters (customer, agent), where both spoke, and the
    findings' marks (``!`` major, ``+`` minor, ``.`` info: the most severe in the character's
    stretch). A character is a round number of seconds that fits the call into ``width``."""
    duration = max(call.duration_s, 0.1)
    step = _step(duration, width)
    columns = max(1, math.ceil(duration / step))

    def lane(spans: Sequence[Span]) -> list[bool]:
        return _lane(spans, step, columns)

    customer_spans = [s for e in call.exchanges for s in e.result.turn.customer.speech]
    agent_spans = [s for e in call.exchanges for s in e.result.turn.trainee.speech]
    customer = lane(customer_spans)
    agent = lane(agent_spans)
    both = lane([Span(a, b) for a, b in _overlaps(customer_spans, agent_spans)])
    rank = {"info": 1, "minor": 2, "major": 3}
    marks = [" "] * columns
    for finding in call.findings:
        index = min(columns - 1, max(0, int(finding.start / step)))
        current = next((k for k, v in _CALL_MARK.items() if v == marks[index]), None)
        if current is None or rank.get(finding.severity, 0) > rank.get(current, 0):
            marks[index] = _CALL_MARK.get(finding.severity, ".")
    labels = [_c("customer", language), _c("agent", language), _c("both", language), _c("marks", language)]
    pad = max(len(label) for label in labels)
    axis = _axis(columns, step, duration, language)
    step_text = call_time(step, max(step, 120), language) if step >= 120 else _step_said(step, language) + " s"
    rows = [
        _c("timeline", language, step=step_text),
        f"{'':<{pad}} │{''.join(axis)}",
        f"{labels[0]:<{pad}} │{''.join('█' if c else '·' for c in customer)}",
        f"{labels[1]:<{pad}} │{''.join('█' if c else '·' for c in agent)}",
    ]
    if any(both):
        rows.append(f"{labels[2]:<{pad}} │{''.join('▲' if b else ' ' for b in both)}")
    if call.findings:
        rows.append(f"{labels[3]:<{pad}} │{''.join(marks)}")
    return rows


def render_call_report(call: CallResult, language: str, names: ScenarioNames | None = None) -> str:
    """The report ``voicecoach analyze --call`` prints without ``--json``, in ``language``: the
    timeline of the whole call, the call metrics, the score, then one block per exchange (its call
    times, what each side said, its findings numbered as on the HTML timeline, with tips). The
    scenario is named by its title, a step by the customer's line (``names``, default: looked up
    by the call's scenario id), never by their internal ids."""
    duration = call.duration_s
    names = names if names is not None else ScenarioNames.by_id(call.scenario_id)
    where = (
        _c("scenario", language, title=names.scenario(language)) if call.scenario_id else _c("no_scenario", language)
    )
    whisper = call.options.get("models", {}).get("whisper", {})
    model = (
        f", Whisper {whisper.get('model')} ({whisper.get('device')}/{whisper.get('compute_type')})" if whisper else ""
    )
    summary = _c(
        "summary", language, n=len(call.exchanges), length=call_time(duration, max(duration, 120), language),
        lang=call.language,
    )  # fmt: skip
    lines = [f"{_c('title', language)}: {where}, {summary}{model}", ""]
    lines += call_lanes(call, language)
    lines += ["", _c("metrics", language)]
    metric_names = list(CALL_METRICS)
    pad = max(len(say(CALL_METRICS, name, language)) for name in metric_names)
    for name in metric_names:
        value = call_metric_value(name, getattr(call.metrics, name), language)
        lines.append(f"  {say(CALL_METRICS, name, language):<{pad}}  {value}")
    if call.score is not None:
        parts = " · ".join(f"{_skill(name, language)} {value}" for name, value in call.score.skills.items())
        lines += ["", f"{_c('score', language)}: {_c('total', language)} {call.score.total}/100 — {parts}"]
    lines += ["", _c("exchanges", language)]
    numbers = {id(finding): number for number, _exchange, finding in call_finding_numbers(call)}
    for exchange in call.exchanges:
        head = f"  #{exchange.number}  {call_time(exchange.start, duration, language)}–"
        head += call_time(exchange.end, duration, language)
        if exchange.opening:
            head += f"  {_c('opening', language)}"
        else:
            head += f"  {exchange.result.score.total}/100"
        turn = exchange.result.turn
        step = names.step(exchange.step_id, language, turn.customer.text) if exchange.step_id else ""
        if step:
            head += f"  {_c('step', language, turn=step)}"
        lines.append(head)
        for key, track in (("customer", turn.customer), ("agent", turn.trainee)):
            if track.words:
                lines.append(f"      {_c(key, language)}: {_shorten(track.text)}")
        if not exchange.findings:
            lines.append(f"      ({_c('no_findings', language)})")
        for finding in exchange.findings:
            cost = f"  {_skill(finding.skill, language)} −{finding.penalty:g}" if finding.penalty else ""
            lines.append(
                f"      [{numbers.get(id(finding), '?')}] {_SEVERITY.get(finding.severity, '   ')}"
                f"{finding_name(finding.kind, finding.evidence, language)}  {call_time(finding.start, duration, language)}{cost}"
            )
            message, tip = i18n.finding_text_in(finding, call.language, language, names.customer)
            lines.append(f"           {message}")
            if tip:
                lines.append(f"           {_c('tip', language)}: {tip}")
    if call.notes:
        lines += ["", _c("notes", language)] + [f"  {note}" for note in call.notes]
    return "\n".join(lines)


def _shorten(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"
