"""Session reports in HTML, Markdown and JSON: pure functions of what the history stored.

``report_data(record)`` turns a stored session into one JSON-able dict (that *is* the JSON
report); ``render_html`` and ``render_markdown`` render that dict. The HTML is one
self-contained file (inline CSS and SVG, no scripts, fonts or images from elsewhere) that a
trainer can mail or print. Texts follow the session's language (German or English).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from html import escape
from typing import TYPE_CHECKING, Any, Literal

from voicecoach.adapters.library import find_scenario
from voicecoach.core import words
from voicecoach.core.errors import UserError
from voicecoach.core.result import Finding, Score, shown_severity
from voicecoach.core.scoring import cap_applied
from voicecoach.core.words import (
    finding_name,
    language_of,
    line_quote,
    metric_name,
    ordered_skills,
    quote,
    say,
    skill_name,
)
from voicecoach.core.words.call_report import CALL, CALL_METRICS
from voicecoach.core.words.cli import REPORT, date_time, percent
from voicecoach.core.words.voices import gender_of, persona_form
from voicecoach.i18n import finding_text_in

if TYPE_CHECKING:
    from voicecoach.adapters.store import SessionRecord
    from voicecoach.core.call import CallResult
    from voicecoach.core.progress import SessionSummary
    from voicecoach.core.scenario import Scenario

Format = Literal["html", "md", "json"]
FORMATS: tuple[Format, ...] = ("html", "md", "json")
REPORT_VERSION = 1


def text(key: str, language: str, call: bool = False, persona: Persona | None = None) -> str:
    """A word of the report (``voicecoach.core.words.cli.REPORT``) in ``language``; ``call``: the
    word for a real call's report where it differs (``call.KEY``: "Call report", "Agent", "Exchange").
    ``persona``: the practice customer's name and gender (:func:`persona_of`), so ``customer`` is
    "Kundin" or "Kunde" as the persona is; "Kundin/Kunde" only when it is not known."""
    if key == "customer" and not call and persona is not None:
        gender = gender_of(persona.get("gender"), persona.get("name"))
        if gender != "diverse":
            form = persona_form("customer", language, gender)
            return form[:1].upper() + form[1:]
    if key == "line_end":  # "Satzende der Kundin" / "des Kunden" / "Ihres Gegenübers" when it is not known
        known = gender_of(persona.get("gender"), persona.get("name")) if persona is not None else "diverse"
        return say(REPORT, key, language, of_the_customer=persona_form("of_the_customer", language, known))
    if call and f"call.{key}" in REPORT:
        return say(REPORT, f"call.{key}", language)
    return say(REPORT, key, language)


def is_call(data: dict[str, Any]) -> bool:
    """Whether the report is of a real call (``voicecoach batch``) rather than a practice session."""
    return data.get("kind") == "call"


# --------------------------------------------------------------------------- data


#: The practice customer as the report needs it: {"name": ..., "gender": "female"/"male"/"diverse"/None}.
Persona = Mapping[str, Any]


def persona_of(record: SessionRecord) -> dict[str, Any] | None:
    """The persona of a practice session: as kept in the session's options at call start
    (``persona``), else from the scenario by its id (sessions saved before that was kept); None
    for a real call or a scenario no longer there (the report then says "Kundin/Kunde")."""
    options = record.summary.options
    kept = options.get("persona")
    if isinstance(kept, Mapping) and isinstance(kept.get("name"), str):
        return {"name": kept["name"], "gender": kept.get("gender")}
    scenario_id = record.summary.scenario_id
    if options.get("mode") == "call" or not scenario_id:
        return None
    try:
        persona = find_scenario(scenario_id).scenario.persona
    except (UserError, OSError, ValueError):  # deleted, renamed or broken since: neutral forms
        return None
    return {"name": persona.name, "gender": persona.form_gender}


@dataclass(frozen=True)
class ScenarioNames:
    """A scenario as the trainee knows it: its title and each step's customer line, by the
    internal ids the history and the judge keep (``"complaint"`` -> ``"Keller hier, ..."``).
    Internal step and scenario ids are for trainers; a trainee is never shown one."""

    title: str | None = None
    #: step id -> (1-based number, the customer's line as the trainer wrote it)
    steps: Mapping[str, tuple[int, str]] = field(default_factory=dict)
    #: The persona's name ("Frau Keller"), for the gendered forms of findings said again.
    customer: str | None = None

    @classmethod
    def of(cls, scenario: Scenario | None) -> ScenarioNames:
        """The names of a loaded scenario (empty for None)."""
        if scenario is None:
            return cls()
        lines = {tid: (scenario.turn_number(tid), step.say) for tid, step in zip(scenario.turn_ids, scenario.turns)}
        return cls(scenario.title, lines, scenario.persona.name)

    @classmethod
    def by_id(cls, scenario_id: str | None) -> ScenarioNames:
        """The names of the scenario with this id; empty where there is none or it was deleted,
        renamed or broken since (then steps are named by what the customer was heard to say)."""
        if not scenario_id:
            return cls()
        try:
            return cls.of(find_scenario(scenario_id).scenario)
        except (UserError, OSError, ValueError):
            return cls()

    def step(self, step_id: str | None, language: str, heard: str = "", numbered: bool = True) -> str:
        """A step by its words: ``1 („Keller hier, meine Bestellnummer ist 4711 …“)`` (without
        the number when ``numbered`` is False); a step no longer in the scenario by what the
        customer was heard to say (``heard``, quoted); "" when neither is known, never its id."""
        if step_id in self.steps:
            number, line = self.steps[step_id]
            return f"{number} ({line_quote(line, language)})" if numbered else line_quote(line, language)
        return line_quote(heard, language) if heard.strip() else ""

    def scenario(self, language: str, fallback: str | None = None) -> str:
        """The scenario's title, quoted; else ``fallback`` (a stored title) quoted; else "–"."""
        title = self.title or fallback
        return quote(title, language) if title else "–"


def is_demo(summary: SessionSummary) -> bool:
    """True for a demo call (the app spoke the replies): marked wherever sessions are listed,
    and left out of progress (``Store.progress``)."""
    return summary.options.get("mode") == "demo"


def report_data(record: SessionRecord) -> dict[str, Any]:
    """The stored session as one dict: the JSON report, and the input of the other formats."""
    turns = []
    # each step also by its number in the scenario file (as ``scenarios show`` numbers it); "index"
    # stays the reply's place in the call; "step" is None for a step no longer in the scenario
    names = ScenarioNames.by_id(record.summary.scenario_id) if record.summary.options.get("mode") != "call" else None
    for turn in record.turns:
        entry = dict(turn.data)
        if turn.disputed:  # marked wrong by the trainee: listed, but no points (the score leaves them out)
            entry["findings"] = [
                {**finding, "disputed": True} if position in turn.disputed else finding
                for position, finding in enumerate(turn.findings)
            ]
            entry["judged_score"] = turn.data.get("score")
        retry_of = next((other.index for other in record.turns if other.replaced_by == turn.index), None)
        entry.update(
            {
                "replaced_by": turn.replaced_by,  # retried ('t'): both kept, only the retry counts
                "retry_of": retry_of,
                "index": turn.index,
                "turn": turn.turn_id,
                "step": names.steps[turn.turn_id][0] if names and turn.turn_id in names.steps else None,
                "started": turn.started,
                "score": {"total": turn.score, "skills": dict(turn.skills), "weights": dict(turn.weights)},
                "cap": _cap(turn),
                "line_end": turn.timeline.get("line_end"),
                "recordings": {
                    side: {
                        "path": str(rec.path),
                        "available": rec.available,
                        "deleted": rec.deleted,
                    }
                    for side, rec in sorted(turn.recordings.items())
                },
            }
        )
        turns.append(entry)
    options = record.summary.options
    data: dict[str, Any] = {
        "report": "voicecoach-session",
        "version": REPORT_VERSION,
        "kind": "call" if options.get("mode") == "call" else "practice",
        "session": {**record.summary.to_json(), "demo": is_demo(record.summary)},
        "turns": turns,
    }
    if is_call(data):  # whose call, from which recording: what a trainer looks for first
        data["call"] = {key: options.get(key) for key in ("agent", "source", "duration_s")}
    else:
        persona = persona_of(record)
        if persona is not None:
            data["persona"] = persona
    return data


def _cap(turn: Any) -> dict[str, int] | None:
    """The cap that set a stored turn's total (its findings marked as wrong left out), as
    ``{"cap", "majors", "mean"}``; None when the total is the skills' mean."""
    counted = [Finding.from_json(f) for position, f in enumerate(turn.findings) if position not in turn.disputed]
    score = Score(int(turn.score or 0), dict(turn.skills), dict(turn.weights))
    cap = cap_applied(counted, score)
    return None if cap is None else {"cap": cap.cap, "majors": cap.majors, "mean": cap.mean}


def _cap_text(turn: dict[str, Any], language: str) -> str:
    """The reader's sentence for :func:`_cap`, after "Gesamt"/"Total"; "" without a cap."""
    cap = turn.get("cap")
    if not cap:
        return ""
    return f"{text('total', language)} {words.score_cap(cap['cap'], cap['majors'], cap['mean'], language)}"


def render(record: SessionRecord, fmt: Format) -> str:
    data = report_data(record)
    if fmt == "json":
        return render_json(data)
    if fmt == "md":
        return render_markdown(data)
    if fmt == "html":
        return render_html(data)
    raise ValueError(f"unknown report format {fmt!r}")


def render_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# --------------------------------------------------------------------------- helpers


def local_time(iso: str | None, language: str | None) -> str:
    """A stored time (ISO text) in the computer's time zone as ``language`` writes it:
    "03.03.2025 10:00" in German, "2025-03-03 10:00" in English (:func:`date_time`); the text
    as stored where it is no time, "–" where there is none."""
    if not iso:
        return "–"
    try:
        return date_time(datetime.fromisoformat(iso).astimezone(), language)
    except ValueError:
        return iso


#: Turn metrics that are a share of 0–1 (``core/analyzers/metrics.py``), and those already in per cent.
SHARES = ("talk_ratio", "overlap_share")
PER_CENT = ("filler_rate",)


def _metric_value(value: Any, language: str, name: str = "") -> str:
    """A turn metric as the report shows it: shares in per cent ("45 %" / "45%"), other numbers
    with the language's decimal mark."""
    if value is None:
        return "–"
    if name in SHARES and isinstance(value, int | float) and not isinstance(value, bool):
        return percent(float(value), language)
    if name in PER_CENT and isinstance(value, int | float) and not isinstance(value, bool):
        return percent(float(value) / 100, language, 1)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return words.number(value, language, 2)
    return str(value)


def _score(value: Any) -> str:
    return "–" if value is None else f"{round(float(value))}"


def _numbered_findings(turn: dict[str, Any]) -> list[tuple[int, dict[str, Any]]]:
    """Findings in time order, numbered 1..n, so the timeline marks and the list agree."""
    ordered = sorted(turn.get("findings", []), key=lambda f: (f["severity"] == "info", f["start"], f["end"]))
    return list(enumerate(ordered, start=1))


def _overlaps(a: list[list[float]], b: list[list[float]]) -> list[tuple[float, float]]:
    spans = []
    for start_a, end_a in a:
        for start_b, end_b in b:
            start, end = max(start_a, start_b), min(end_a, end_b)
            if end > start:
                spans.append((start, end))
    return sorted(spans)


def _turn_duration(turn: dict[str, Any]) -> float:
    ends = [float(turn.get("duration") or 0.0)]
    ends += [end for _start, end in turn.get("customer_speech", []) + turn.get("trainee_speech", [])]
    ends += [float(f["end"]) for f in turn.get("findings", [])]
    return max(max(ends), 0.5)


#: Round spacings of a time axis, in seconds: from half a second (a turn) to hours (a whole call).
TICK_STEPS = (0.5, 1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 60.0, 120.0, 300.0, 600.0, 900.0, 1800.0, 3600.0, 7200.0)


def tick_step(span: float, room: float, label: float) -> float:
    """The smallest round spacing (``TICK_STEPS``) at which time labels ``label`` wide never touch
    on an axis ``room`` wide that shows ``span`` seconds (``room`` and ``label`` in one unit:
    characters of a terminal, pixels of an SVG). Readable from 1 second to hours."""
    per_second = room / max(span, 1e-9)
    for step in TICK_STEPS:
        if step * per_second >= label:
            return step
    return TICK_STEPS[-1] * math.ceil(label / (TICK_STEPS[-1] * per_second))


def clock(seconds: float, span: float, language: str | None = None) -> str:
    """A time label for an axis showing ``span`` seconds: ``12 s`` / ``2,5 s`` (German decimal
    comma) under two minutes, ``m:ss`` under an hour (``45:00``), ``h:mm:ss`` beyond (``1:30:00``)."""
    if span < 120:
        return f"{words.number(seconds, language, 0 if float(seconds).is_integer() else 1)} s"
    whole = int(round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if span < 3600:
        return f"{minutes + 60 * hours}:{secs:02d}"
    return f"{hours}:{minutes:02d}:{secs:02d}"


def label_room(span: float) -> int:
    """Characters the widest time label of an axis over ``span`` seconds needs, with one space after."""
    return max(len(clock(span, span)), len(clock(TICK_STEPS[0], span))) + 1


def _title(data: dict[str, Any], names: ScenarioNames) -> str:
    """The report's subject: the scenario's title (as stored, else as the scenario says now),
    the call's recording, else the session number; never a scenario's internal id."""
    session = data["session"]
    call = data.get("call") or {}
    return session.get("title") or names.title or call.get("source") or f"#{session['id']}"


def _turn_heading(turn: dict[str, Any], language: str, call: bool, names: ScenarioNames) -> str:
    """ "Schritt 3 („Und wann kommt er …“) · Antwort 2": the step by its number in the scenario file
    (as ``scenarios show`` numbers it) and its customer line, never its internal id, then the
    reply's place in the call; "Antwort 2 · „…“" for a step no longer in the scenario; a real
    call's "Abschnitt 2 · „…“"; and what a retry did to it: "(neuer Versuch von Antwort 2)" /
    "(ersetzt durch Antwort 3, zählt nicht)"."""
    if not call and turn.get("turn") in names.steps:
        number, line = names.steps[turn["turn"]]
        heading = text("step_reply", language).format(step=number, line=line_quote(line, language), n=turn.get("index"))
        return heading + _retry_note(turn, language)
    heading = f"{text('turn', language, call)} {turn.get('index')}"
    if not call:
        heading = text("reply", language).format(n=turn.get("index"))
    heard = str(((turn.get("transcript") or {}).get("customer") or {}).get("text") or "")
    step = names.step(turn.get("turn"), language, heard, numbered=False)
    if step:
        heading += f" · {step}"
    return heading + _retry_note(turn, language)


def _retry_note(turn: dict[str, Any], language: str) -> str:
    """ " (neuer Versuch von Antwort 2)" / " (ersetzt durch Antwort 3, zählt nicht)", or ""."""
    if turn.get("replaced_by") is not None:
        return f" ({text('replaced', language).format(by=turn['replaced_by'])})"
    if turn.get("retry_of") is not None:
        return f" ({text('retry_of', language).format(of=turn['retry_of'])})"
    return ""


def _meta(data: dict[str, Any], language: str, names: ScenarioNames) -> list[tuple[str, str]]:
    """The report's head as (word key, value) pairs: a real call names its agent, recording and
    length, a practice session its scenario (by its title, never its internal id)."""
    session = data["session"]
    status = session.get("status", "")
    rows: list[tuple[str, str]] = []
    if is_call(data):
        call = data.get("call") or {}
        rows += [("agent", call.get("agent") or "–"), ("recording", call.get("source") or "–")]
        if call.get("duration_s") is not None:
            rows.append(("length", call_time(float(call["duration_s"]), float(call["duration_s"]), language)))
        if session.get("scenario"):
            rows.append(("scenario", names.title or session.get("title") or "–"))
    else:
        rows.append(("scenario", session.get("title") or names.title or "–"))
    if session.get("demo"):
        rows.append(("mode", text("demo", language)))
    rows += [
        ("started", local_time(session.get("started"), language)),
        ("status", text(f"status.{status}", language) if status else "–"),
        ("app_version", f"voicecoach {session.get('app_version', '')}"),
    ]
    return rows


# --------------------------------------------------------------------------- SVG


#: By :func:`~voicecoach.core.result.shown_severity`: an info finding is "good" (praise) or a "note".
SEVERITY_COLOURS = {"major": "#c0392b", "minor": "#d68910", "good": "#1e8449", "note": "#5d6d7e"}
CUSTOMER_COLOUR = "#2e86c1"
TRAINEE_COLOUR = "#7d3c98"


def timeline_svg(turn: dict[str, Any], language: str, call: bool = False, persona: Persona | None = None) -> str:
    """Both speakers on one clock, overlaps hatched, findings numbered underneath (``call``: the
    lower lane is the agent of a real call, not "you")."""
    duration = _turn_duration(turn)
    width, left, right = 960, 92, 16
    labels = (text("customer", language, persona=persona), text("trainee", language, call))
    left = max(left, 18 + 8 * max(len(label) for label in labels))  # "Kundin/Kunde" (13 px bold) fits left of the lanes
    scale = (width - left - right) / duration
    customer_y, trainee_y, lane_h = 14, 46, 22

    def x(seconds: float) -> float:
        return round(left + max(0.0, seconds) * scale, 1)

    numbered = _numbered_findings(turn)
    # Stack finding bars in rows so that neither bars nor their numbers collide.
    rows: list[float] = []
    placed: list[tuple[int, int, dict[str, Any]]] = []
    for number, finding in numbered:
        start_x = x(finding["start"])
        end_x = max(x(finding["end"]), start_x + 4)
        for row, free_from in enumerate(rows):
            if start_x >= free_from + 6:
                rows[row] = max(end_x, start_x + 22)
                break
        else:
            rows.append(max(end_x, start_x + 22))
            row = len(rows) - 1
        placed.append((number, row, finding))
    findings_y = trainee_y + lane_h + 14
    axis_y = findings_y + max(1, len(rows)) * 18 + 6
    height = axis_y + 22
    uid = f"t{turn.get('index', 0)}"

    parts = [
        f'<svg class="timeline" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'xmlns="http://www.w3.org/2000/svg" aria-label="{escape(text("timeline", language))}">',
        "<defs>"
        f'<pattern id="hatch-{uid}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        '<rect width="6" height="6" fill="#f5b7b1"/><line x1="0" y1="0" x2="0" y2="6" stroke="#c0392b" stroke-width="3"/>'
        "</pattern></defs>",
    ]
    for label, y in (
        (text("customer", language, persona=persona), customer_y),
        (text("trainee", language, call), trainee_y),
    ):
        parts.append(
            f'<text x="{left - 10}" y="{y + lane_h / 2 + 4}" text-anchor="end" class="lane">{escape(label)}</text>'
        )
        parts.append(f'<rect x="{left}" y="{y}" width="{width - left - right}" height="{lane_h}" fill="#f4f6f7"/>')
    for key, y, colour in (
        ("customer_speech", customer_y, CUSTOMER_COLOUR),
        ("trainee_speech", trainee_y, TRAINEE_COLOUR),
    ):
        for start, end in turn.get(key, []):
            parts.append(
                f'<rect class="{key.split("_")[0]}" x="{x(start)}" y="{y}" width="{max(1.0, round(x(end) - x(start), 1))}" '
                f'height="{lane_h}" rx="3" fill="{colour}"><title>{words.duration(start, language)} – '
                f"{words.duration(end, language)}</title></rect>"
            )
    for start, end in _overlaps(turn.get("customer_speech", []), turn.get("trainee_speech", [])):
        parts.append(
            f'<rect class="overlap" x="{x(start)}" y="{customer_y + lane_h}" width="{max(1.0, round(x(end) - x(start), 1))}" '
            f'height="{trainee_y - customer_y - lane_h}" fill="url(#hatch-{uid})" stroke="#c0392b">'
            f"<title>{escape(text('overlap', language))}: {words.duration(end - start, language)}</title></rect>"
        )
    line_end = turn.get("line_end")
    if line_end is not None:
        parts.append(
            f'<line x1="{x(line_end)}" y1="{customer_y - 6}" x2="{x(line_end)}" y2="{trainee_y + lane_h + 4}" '
            f'stroke="#17202a" stroke-dasharray="3 3"><title>{escape(text("line_end", language, persona=persona))}</title></line>'
        )
    for number, row, finding in placed:
        colour = SEVERITY_COLOURS.get(shown_severity(finding["kind"], finding["severity"]), "#566573")
        y = findings_y + row * 18
        start_x = x(finding["start"])
        bar = max(4.0, round(x(finding["end"]) - start_x, 1))
        tooltip = f"{number}. {finding_name(finding['kind'], finding.get('evidence'), language)}: {finding['message']}"
        parts.append(
            f'<g class="finding {escape(finding["kind"])}"><title>{escape(tooltip)}</title>'
            f'<rect x="{start_x}" y="{y + 4}" width="{bar}" height="6" rx="2" fill="{colour}" opacity="0.85"/>'
            f'<circle cx="{start_x}" cy="{y + 7}" r="7.5" fill="{colour}"/>'
            f'<text x="{start_x}" y="{y + 10.5}" text-anchor="middle" class="num">{number}</text></g>'
        )
        # Mark the finding's span on the lanes too, faintly, so it lines up with the speech.
        parts.append(
            f'<rect x="{start_x}" y="{customer_y - 4}" width="{bar}" height="{y - customer_y + 4}" '
            f'fill="{colour}" opacity="0.07"/>'
        )
    # labels 11 px high: about 7 px a character, and a gap of 12 px between two labels
    step = tick_step(duration, width - left - right, 7 * (label_room(duration) + 2) + 12)
    parts.append(f'<line x1="{left}" y1="{axis_y}" x2="{width - right}" y2="{axis_y}" stroke="#99a3a4"/>')
    for index in range(int(duration / step + 1e-9) + 1):
        tick = index * step
        label = f"{words.number(tick, language, 1 if step < 1 else 0)} s" if duration < 120 else clock(tick, duration)
        parts.append(
            f'<line x1="{x(tick)}" y1="{axis_y}" x2="{x(tick)}" y2="{axis_y + 4}" stroke="#99a3a4"/>'
            f'<text x="{x(tick)}" y="{axis_y + 16}" text-anchor="middle" class="tick">{label}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


# --------------------------------------------------------------------------- HTML

CSS = """
:root { --ink: #17202a; --muted: #5d6d7e; --line: #d5d8dc; --customer: #2e86c1; --trainee: #7d3c98; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; color: var(--ink);
       margin: 0 auto; max-width: 1040px; padding: 28px 36px; line-height: 1.45; font-size: 15px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 0; }
h3 { font-size: 15px; margin: 18px 0 6px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.meta { color: var(--muted); margin: 0 0 18px; }
.meta span { margin-right: 18px; white-space: nowrap; }
.summary { display: flex; gap: 28px; align-items: center; border: 1px solid var(--line); border-radius: 10px;
           padding: 16px 20px; margin-bottom: 26px; }
.total { text-align: center; min-width: 110px; }
.total .value { font-size: 44px; font-weight: bold; line-height: 1; }
.total .label { color: var(--muted); }
.skills { flex: 1; display: grid; grid-template-columns: 110px 1fr 42px; gap: 6px 12px; align-items: center; }
.bar { background: #eaeded; border-radius: 4px; height: 12px; overflow: hidden; }
.bar span { display: block; height: 100%; border-radius: 4px; }
.good { background: #27ae60; } .fair { background: #f0b429; } .weak { background: #e74c3c; }
.num-cell { text-align: right; font-variant-numeric: tabular-nums; }
section.turn { border-top: 2px solid var(--line); padding-top: 16px; margin-top: 22px; }
.turn-head { display: flex; justify-content: space-between; align-items: baseline; }
.turn-score { font-size: 20px; font-weight: bold; }
svg.timeline { display: block; margin: 10px 0 4px; font-family: inherit; }
svg .lane { font-size: 13px; font-weight: bold; fill: var(--ink); }
svg .tick { font-size: 11px; fill: var(--muted); }
svg .num { font-size: 10px; font-weight: bold; fill: #fff; }
.legend { font-size: 12px; color: var(--muted); margin-bottom: 8px; }
.legend i { display: inline-block; width: 12px; height: 12px; border-radius: 2px; vertical-align: -2px;
            margin: 0 4px 0 12px; }
.legend i.first { margin-left: 0; }
.transcript p { margin: 4px 0; display: grid; grid-template-columns: 96px 1fr; }
.who { font-weight: bold; }
.who.customer { color: var(--customer); } .who.trainee { color: var(--trainee); }
mark { background: #fadbd8; color: inherit; border-bottom: 2px solid #c0392b; padding: 0 1px; }
ol.findings { padding-left: 0; list-style: none; margin: 0; }
ol.findings li { display: grid; grid-template-columns: 30px 1fr; gap: 4px 10px; padding: 8px 0;
                 border-bottom: 1px solid #f2f3f4; }
.badge { width: 22px; height: 22px; border-radius: 50%; color: #fff; font-size: 12px; font-weight: bold;
         display: inline-flex; align-items: center; justify-content: center; }
.badge.major { background: #c0392b; } .badge.minor { background: #d68910; } .badge.good { background: #1e8449; }
.badge.note { background: #5d6d7e; }
.kind { font-weight: bold; }
.when, .cost { color: var(--muted); font-size: 13px; margin-left: 8px; }
.tip { color: #1d6f42; }
.tip b { font-weight: bold; }
.disputed { color: #9a7d0a; font-style: italic; }
li.disputed-finding .kind, li.disputed-finding .cost { text-decoration: line-through; }
table.metrics { border-collapse: collapse; font-size: 13px; }
table.metrics td { padding: 2px 14px 2px 0; }
.turn-grid { display: grid; grid-template-columns: 1fr 260px; gap: 24px; }
.turn-skills { display: grid; grid-template-columns: 86px 1fr 30px; gap: 4px 8px; align-items: center; font-size: 13px; }
.note { color: var(--muted); font-size: 13px; }
footer { margin-top: 32px; padding-top: 10px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .summary, section.turn { break-inside: avoid; page-break-inside: avoid; }
  section.turn { break-before: auto; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  svg title { display: none; }
}
@page { size: A4; margin: 14mm; }
"""


def _bar_class(value: float) -> str:
    return "good" if value >= 75 else "fair" if value >= 50 else "weak"


def _skill_rows(skills: dict[str, Any], language: str) -> str:
    rows = []
    for skill, value in ordered_skills(skills):
        value_f = float(value)
        rows.append(
            f"<span>{escape(skill_name(skill, language))}</span>"
            f'<div class="bar"><span class="{_bar_class(value_f)}" style="width:{max(0.0, min(100.0, value_f)):.0f}%"></span></div>'
            f'<span class="num-cell">{round(value_f)}</span>'
        )
    return "".join(rows)


def _transcript_html(turn: dict[str, Any], language: str, call: bool = False, persona: Persona | None = None) -> str:
    transcript = turn.get("transcript", {})
    customer_speech = turn.get("customer_speech", [])
    trainee_speech = turn.get("trainee_speech", [])
    lines = []
    for side, other in (("customer", trainee_speech), ("trainee", customer_speech)):
        words = transcript.get(side, {}).get("words", [])
        if words:
            pieces = []
            for word in words:
                middle = (word["start"] + word["end"]) / 2
                token = escape(word["word"].strip())
                if any(start <= middle <= end for start, end in other):
                    token = f'<mark title="{escape(text("overlap", language))}">{token}</mark>'
                pieces.append(token)
            body = " ".join(pieces)
        else:
            body = escape(transcript.get(side, {}).get("text") or text("nothing_said", language))
        who = escape(text(side, language, call, persona))
        lines.append(f'<p><span class="who {side}">{who}</span><span>{body}</span></p>')
    return "".join(lines)


def _disputed_note(turn: dict[str, Any], language: str) -> str:
    """'marked wrong by the trainee; what they said: "..."' (the words the mark is about)."""
    said = turn.get("transcript", {}).get("trainee", {}).get("text") or text("nothing_said", language)
    return f"{text('disputed', language)}; {text('disputed_words', language)}: {words.quote(said, language)}"


def _disputed_html(turn: dict[str, Any], finding: dict[str, Any], language: str) -> str:
    if not finding.get("disputed"):
        return ""
    return f'<div class="disputed">✗ {escape(_disputed_note(turn, language))}</div>'


def _findings_html(turn: dict[str, Any], language: str) -> str:
    numbered = _numbered_findings(turn)
    if not numbered:
        return f'<p class="note">{escape(text("no_findings", language))}</p>'
    items = []
    for number, finding in numbered:
        severity = shown_severity(finding["kind"], finding["severity"])
        cost = ""
        if finding.get("penalty"):
            cost = (
                f'<span class="cost">{escape(_points_off(finding["penalty"], language))} · '
                f"{escape(skill_name(finding.get('skill', ''), language))}</span>"
            )
        tip = (
            f'<div class="tip"><b>{escape(text("tip", language))}:</b> {escape(finding["tip"])}</div>'
            if finding.get("tip")
            else ""
        )
        items.append(
            f'<li class="{escape(severity)}{" disputed-finding" if finding.get("disputed") else ""}"><span class="badge {escape(severity)}" '
            f'title="{escape(text("severity." + severity, language))}">{number}</span><div>'
            f'<span class="kind">{escape(finding_name(finding["kind"], finding.get("evidence"), language))}</span>'
            f'<span class="when">{words.duration(finding["start"], language)} – {words.duration(finding["end"], language)}</span>'
            f"{cost}<div>{escape(finding['message'])}</div>{tip}{_disputed_html(turn, finding, language)}</div></li>"
        )
    return f'<ol class="findings">{"".join(items)}</ol>'


def _metric_label(metric: str, language: str, persona: Persona | None) -> str:
    """A metric's name, the customer in it as the persona is ("Redezeit Kundin (s)")."""
    name = metric_name(metric, language)
    neutral = persona_form("customer", language, "diverse")
    customer = text("customer", language, persona=persona)
    return name.replace(neutral, customer) if neutral != customer else name


def _metrics_html(turn: dict[str, Any], language: str, persona: Persona | None = None) -> str:
    metrics = turn.get("metrics") or {}
    if not metrics:
        return ""
    rows = "".join(
        f"<tr><td>{escape(_metric_label(k, language, persona))}</td><td class='num-cell'>{escape(_metric_value(v, language, k))}</td></tr>"
        for k, v in metrics.items()
    )
    return f'<h3>{escape(text("metrics", language))}</h3><table class="metrics">{rows}</table>'


def _recordings_html(turn: dict[str, Any], language: str, call: bool = False, persona: Persona | None = None) -> str:
    notes = []
    for side, rec in turn.get("recordings", {}).items():
        if rec.get("deleted"):
            notes.append(
                f"{escape(text(side, language, call, persona))}: {escape(text('recording_deleted', language))} ({local_time(rec['deleted'], language)})"
            )
    return f'<p class="note">{"<br>".join(notes)}</p>' if notes else ""


def render_html(data: dict[str, Any]) -> str:
    session = data["session"]
    names = ScenarioNames.by_id(session.get("scenario"))  # steps and scenario by their words, not ids
    language = language_of(session.get("language"))
    title = _title(data, names)
    call = is_call(data)
    persona = data.get("persona")
    meta = [(text(key, language), value) for key, value in _meta(data, language, names)]
    legend = (
        f'<div class="legend"><i class="first" style="background:{CUSTOMER_COLOUR}"></i>{escape(text("customer", language, persona=persona))}'
        f'<i style="background:{TRAINEE_COLOUR}"></i>{escape(text("trainee", language, call))}'
        f'<i style="background:#f5b7b1;border:1px solid #c0392b"></i>{escape(text("overlap", language))}'
        f'<i style="background:{SEVERITY_COLOURS["major"]};border-radius:50%"></i>{escape(text("severity.major", language))}'
        f'<i style="background:{SEVERITY_COLOURS["minor"]};border-radius:50%"></i>{escape(text("severity.minor", language))}'
        f'<i style="background:{SEVERITY_COLOURS["good"]};border-radius:50%"></i>{escape(text("severity.good", language))}'
        f'<i style="background:{SEVERITY_COLOURS["note"]};border-radius:50%"></i>{escape(text("severity.note", language))}'
        f"<span style='margin-left:12px'>┆ {escape(text('line_end', language, persona=persona))}</span></div>"
    )
    body = [
        f"<header><h1>{escape(text('report', language, call))}: {escape(title)}</h1>",
        '<p class="meta">'
        + "".join(f"<span><b>{escape(k)}:</b> {escape(v)}</span>" for k, v in meta)
        + "</p></header>",
        '<div class="summary">'
        f'<div class="total"><div class="value">{_score(session.get("score"))}</div>'
        f'<div class="label">{escape(text("total", language))}</div></div>'
        f'<div class="skills">{_skill_rows(session.get("skills", {}), language)}</div></div>',
    ]
    if not data["turns"]:
        body.append(f'<p class="note">{escape(text("no_turns", language))}</p>')
    for turn in data["turns"]:
        score = turn.get("score", {})
        heading = _turn_heading(turn, language, call, names)
        body.append(
            f'<section class="turn" id="turn-{turn.get("index")}"><div class="turn-head">'
            f"<h2>{escape(heading)}</h2>"
            f'<span class="turn-score">{_score(score.get("total"))} / 100</span></div>'
            + (f'<p class="note">{escape(_cap_text(turn, language))}</p>' if turn.get("cap") else "")
            + f"{timeline_svg(turn, language, call, persona)}{legend}"
            '<div class="turn-grid"><div>'
            f'<h3>{escape(text("transcript", language))}</h3><div class="transcript">{_transcript_html(turn, language, call, persona)}</div>'
            f"<h3>{escape(text('findings', language))}</h3>{_findings_html(turn, language)}</div>"
            f"<div><h3>{escape(text('skills', language))}</h3>"
            f'<div class="turn-skills">{_skill_rows(score.get("skills", {}), language)}</div>'
            f"{_metrics_html(turn, language, persona)}{_recordings_html(turn, language, call, persona)}</div></div></section>"
        )
    footer = text("footer", language, call).format(version=session.get("app_version", ""))
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{language}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(text('report', language, call))}: {escape(title)}</title>"
        f"<style>{CSS}</style></head><body>" + "".join(body) + f"<footer>{escape(footer)}</footer></body></html>\n"
    )


# --------------------------------------------------------------------------- Markdown


def _ascii_lanes(
    turn: dict[str, Any], language: str, columns: int = 60, call: bool = False, persona: Persona | None = None
) -> list[str]:
    duration = _turn_duration(turn)

    def lane(spans: list[list[float]]) -> str:
        cells = []
        for column in range(columns):
            middle = (column + 0.5) * duration / columns
            cells.append("█" if any(start <= middle < end for start, end in spans) else "·")
        return "".join(cells)

    customer = lane(turn.get("customer_speech", []))
    trainee = lane(turn.get("trainee_speech", []))
    both = "".join("^" if a == b == "█" else " " for a, b in zip(customer, trainee, strict=True))
    marks = [" "] * columns
    for number, finding in _numbered_findings(turn):
        column = min(columns - 1, int(finding["start"] / duration * columns))
        label = str(number)
        for offset, char in enumerate(label):
            if column + offset < columns and marks[column + offset] == " ":
                marks[column + offset] = char
    names = [text("customer", language, persona=persona), text("trainee", language, call), "", ""]
    width = max(len(name) for name in names)
    return [
        f"{names[0].ljust(width)}  {customer}",
        f"{names[1].ljust(width)}  {trainee}",
        f"{''.ljust(width)}  {both.rstrip()}" if both.strip() else "",
        f"{''.ljust(width)}  {''.join(marks).rstrip()}" if "".join(marks).strip() else "",
        f"{''.ljust(width)}  0 s{(words.duration(duration, language)).rjust(columns - 3)}",
    ]


def render_markdown(data: dict[str, Any]) -> str:
    session = data["session"]
    names = ScenarioNames.by_id(session.get("scenario"))  # steps and scenario by their words, not ids
    language = language_of(session.get("language"))
    call = is_call(data)
    persona = data.get("persona")
    lines = [f"# {text('report', language, call)}: {_title(data, names)}", ""]
    lines += [
        f"- **{text(key, language)}:** {value}" for key, value in _meta(data, language, names) if key != "app_version"
    ]
    lines += [f"- **{text('total', language)}:** {_score(session.get('score'))} / 100", ""]
    if session.get("skills"):
        lines += [f"| {text('skill', language)} | {text('score', language)} |", "|---|---:|"]
        lines += [f"| {skill_name(k, language)} | {round(float(v))} |" for k, v in ordered_skills(session["skills"])]
        lines.append("")
    if not data["turns"]:
        lines += [text("no_turns", language), ""]
    for turn in data["turns"]:
        score = turn.get("score", {})
        heading = _turn_heading(turn, language, call, names)
        lines += [f"## {heading}: {_score(score.get('total'))} / 100", ""]
        if turn.get("cap"):
            lines += [f"*{_cap_text(turn, language)}*", ""]
        lines += [
            "```text",
            *[line for line in _ascii_lanes(turn, language, call=call, persona=persona) if line],
            "```",
            "",
        ]
        lines += [f"### {text('transcript', language)}", ""]
        for side in ("customer", "trainee"):
            said = turn.get("transcript", {}).get(side, {}).get("text") or text("nothing_said", language)
            lines.append(f"- **{text(side, language, call, persona)}:** {said}")
        lines += ["", f"### {text('findings', language)}", ""]
        numbered = _numbered_findings(turn)
        if not numbered:
            lines.append(text("no_findings", language))
        for number, finding in numbered:
            cost = ""
            if finding.get("penalty"):
                cost = (
                    f" ({_points_off(finding['penalty'], language)}, {skill_name(finding.get('skill', ''), language)})"
                )
            lines.append(
                f"{number}. **{finding_name(finding['kind'], finding.get('evidence'), language)}** "
                f"{words.duration(finding['start'], language)} – {words.duration(finding['end'], language)}{cost}: "
                f"{finding['message']}"
            )
            if finding.get("disputed"):
                lines[-1] = lines[-1].replace(cost, f" ~~{cost.strip()}~~") if cost else lines[-1]
                lines.append(f"   ✗ *{_disputed_note(turn, language)}*")
            if finding.get("tip"):
                lines.append(f"   *{text('tip', language)}:* {finding['tip']}")
        if score.get("skills"):
            lines += ["", f"### {text('skills', language)}", ""]
            lines += [f"- {skill_name(k, language)}: {round(float(v))}" for k, v in ordered_skills(score["skills"])]
        for side, rec in turn.get("recordings", {}).items():
            if rec.get("deleted"):
                lines.append(f"- {text(side, language, call, persona)}: {text('recording_deleted', language)}")
        lines.append("")
    lines.append("---")
    lines.append(text("footer", language, call).format(version=session.get("app_version", "")))
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- a whole call (HTML)

#: Seconds one row of a call's timeline shows: the smallest that keeps the call within
#: ``CALL_MAX_ROWS`` rows (a 1-minute call is one row, a 10-minute call five rows of 2 minutes,
#: a 2-hour call 24 rows of 5 minutes), so one second stays at least about 3 px wide.
CALL_ROW_SPANS = (60.0, 120.0, 300.0, 600.0, 900.0, 1800.0, 3600.0)
CALL_MAX_ROWS = 24
#: The width of one timeline row in the SVG's own units (pixels at 100 %), and its lane labels' room.
CALL_ROW_WIDTH, CALL_ROW_LEFT, CALL_ROW_RIGHT = 960, 70, 14


def call_row_span(duration: float) -> float:
    """Seconds per row of a call's timeline (see ``CALL_ROW_SPANS``); a call shorter than a
    minute is one row as long as the call."""
    if duration <= CALL_ROW_SPANS[0]:
        return max(duration, 1.0)
    for span in CALL_ROW_SPANS:
        if math.ceil(duration / span) <= CALL_MAX_ROWS:
            return span
    return CALL_ROW_SPANS[-1] * math.ceil(duration / (CALL_ROW_SPANS[-1] * CALL_MAX_ROWS))


def call_time(seconds: float, length: float, language: str) -> str:
    """A time in a call of ``length`` seconds: "12,5 s" / "12.5 s" under two minutes, "m:ss"
    under an hour, "h:mm:ss" beyond (the same on every line of one report)."""
    if length < 120:
        return words.duration(seconds, language)
    return clock(seconds, length, language)


def _points_off(penalty: object, language: str) -> str:
    """A finding's penalty with its noun ("3 Punkte Abzug", "1 point off"), rounded to whole points."""
    return say(REPORT, "points_off_n", language, n=words.number(float(penalty), language, 0))


def _say_call(key: str, language: str, **values: Any) -> str:
    return say(CALL, key, language, **values)


def call_finding_numbers(result: CallResult) -> list[tuple[int, int, Finding]]:
    """(number, exchange number, finding) for every finding of the call, numbered 1, 2, ... in time order."""
    rows = [(e.number, f) for e in result.exchanges for f in e.findings]
    rows.sort(key=lambda row: (row[1].start, row[1].end, row[0]))
    return [(index, number, finding) for index, (number, finding) in enumerate(rows, start=1)]


def _spans(result: CallResult, side: str) -> list[tuple[float, float]]:
    return [
        (s.start, s.end)
        for e in result.exchanges
        for s in (e.result.turn.customer if side == "customer" else e.result.turn.trainee).speech
    ]


def call_timeline_svg(result: CallResult, language: str) -> str:
    """The whole call on one timeline, cut into rows of :func:`call_row_span` seconds: the
    customer's lane above, the agent's below, overlaps hatched, exchange starts as thin lines
    (numbered, each a link to its section), each finding a numbered mark that links to its
    explanation (``#f{n}``) and is the target of the way back (``#m{n}``). Ticks adapt to the
    row's span (:func:`tick_step`). One ``<svg>`` per row, no script, no outside resource."""
    duration = max(result.duration_s, 0.1)
    span = call_row_span(duration)
    rows = max(1, math.ceil(duration / span - 1e-9))
    inner = CALL_ROW_WIDTH - CALL_ROW_LEFT - CALL_ROW_RIGHT
    scale = inner / span
    customer_y, agent_y, lane_h = 16, 40, 18
    customer = _spans(result, "customer")
    agent = _spans(result, "agent")
    both = _overlaps([list(s) for s in customer], [list(s) for s in agent])
    numbered = call_finding_numbers(result)
    tick = tick_step(span, inner, 7 * (label_room(duration) + 2) + 12)
    out: list[str] = []
    for row in range(rows):
        lo, hi = row * span, min(duration, (row + 1) * span)

        def x(seconds: float, lo: float = lo) -> float:
            return round(CALL_ROW_LEFT + (min(max(seconds, lo), lo + span) - lo) * scale, 1)

        def inside(start: float, end: float, lo: float = lo, hi: float = hi) -> bool:
            return end >= lo and start <= hi

        marks: list[tuple[int, int, Finding]] = []
        lanes: list[float] = []
        for number, _exchange, finding in numbered:
            if not lo <= finding.start < hi + (1e-9 if row == rows - 1 else 0.0):
                continue
            at = x(finding.start)
            for lane, free in enumerate(lanes):
                if at >= free:
                    lanes[lane] = at + 17
                    break
            else:
                lanes.append(at + 17)
                lane = len(lanes) - 1
            marks.append((number, lane, finding))
        marks_y = agent_y + lane_h + 12
        axis_y = marks_y + max(1, len(lanes)) * 17 + 4
        height = axis_y + 18
        parts = [
            f'<svg class="call-row" viewBox="0 0 {CALL_ROW_WIDTH} {height}" width="100%" role="img" '
            f'xmlns="http://www.w3.org/2000/svg" aria-label="{escape(call_time(lo, duration, language))} – '
            f'{escape(call_time(hi, duration, language))}">',
        ]
        for label, y in ((_say_call("customer", language), customer_y), (_say_call("agent", language), agent_y)):
            parts.append(
                f'<text x="{CALL_ROW_LEFT - 8}" y="{y + 13}" text-anchor="end" class="lane">{escape(label)}</text>'
            )
            parts.append(
                f'<rect x="{CALL_ROW_LEFT}" y="{y}" width="{round((hi - lo) * scale, 1)}" height="{lane_h}" fill="#f4f6f7"/>'
            )
        for spans, y, colour, name in (
            (customer, customer_y, CUSTOMER_COLOUR, "customer"),
            (agent, agent_y, TRAINEE_COLOUR, "agent"),
        ):
            for start, end in spans:
                if inside(start, end) and end > lo:
                    parts.append(
                        f'<rect class="{name}" x="{x(start)}" y="{y}" width="{max(1.0, round(x(end) - x(start), 1))}" '
                        f'height="{lane_h}" fill="{colour}"><title>{escape(call_time(start, duration, language))} – '
                        f"{escape(call_time(end, duration, language))}</title></rect>"
                    )
        for start, end in both:
            if inside(start, end) and end > lo:
                parts.append(
                    f'<rect class="overlap" x="{x(start)}" y="{customer_y + lane_h}" '
                    f'width="{max(1.0, round(x(end) - x(start), 1))}" height="{agent_y - customer_y - lane_h}" '
                    f'fill="#c0392b"><title>{escape(_say_call("overlap", language))}: '
                    f"{escape(words.duration(end - start, language))}</title></rect>"
                )
        for exchange in result.exchanges:
            if lo <= exchange.start < hi and exchange.number > 1:
                ex = x(exchange.start)
                parts.append(
                    f'<a href="#e{exchange.number}"><line x1="{ex}" y1="4" x2="{ex}" y2="{agent_y + lane_h + 2}" '
                    f'stroke="#566573" stroke-width="1" stroke-dasharray="2 2"/>'
                    f'<text x="{ex + 2}" y="11" class="ex">{exchange.number}</text>'
                    f"<title>{escape(_say_call('exchange', language, n=exchange.number))}</title></a>"
                )
        for number, lane, finding in marks:
            colour = SEVERITY_COLOURS.get(shown_severity(finding.kind, finding.severity), "#566573")
            at = x(finding.start)
            y = marks_y + lane * 17
            tooltip = f"{number}. {finding_name(finding.kind, finding.evidence, language)} · {call_time(finding.start, duration, language)}"
            wide = number >= 100  # three digits: a smaller number in a slightly larger circle
            parts.append(
                f'<a href="#f{number}" id="m{number}" class="mark {escape(finding.kind)}"><title>{escape(tooltip)}</title>'
                f'<line x1="{at}" y1="{customer_y}" x2="{at}" y2="{y}" stroke="{colour}" stroke-width="1" opacity="0.5"/>'
                f'<circle cx="{at}" cy="{y + 7}" r="{8.5 if wide else 7.5}" fill="{colour}"/>'
                f'<text x="{at}" y="{y + 10 if wide else y + 10.5}" text-anchor="middle" '
                f'class="{"num small" if wide else "num"}">{number}</text></a>'
            )
        parts.append(f'<line x1="{CALL_ROW_LEFT}" y1="{axis_y}" x2="{x(hi)}" y2="{axis_y}" stroke="#99a3a4"/>')
        index = math.ceil(lo / tick - 1e-9)
        while index * tick <= hi + 1e-9:
            at = x(index * tick)
            # the first and last labels of a row stay inside it
            anchor = "start" if index * tick <= lo + 1e-9 else "end" if index * tick >= lo + span - 1e-9 else "middle"
            parts.append(
                f'<line x1="{at}" y1="{axis_y}" x2="{at}" y2="{axis_y + 4}" stroke="#99a3a4"/>'
                f'<text x="{at}" y="{axis_y + 15}" text-anchor="{anchor}" class="tick">'
                f"{escape(call_time(index * tick, duration, language))}</text>"
            )
            index += 1
        parts.append("</svg>")
        out.append("".join(parts))
    return "\n".join(out)


CALL_CSS = """
:root { --ink: #17202a; --muted: #5d6d7e; --line: #d5d8dc; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; color: var(--ink);
       margin: 0 auto; max-width: 1040px; padding: 28px 36px; line-height: 1.45; font-size: 15px; }
h1 { font-size: 26px; margin: 0 0 4px; } h2 { font-size: 19px; margin: 22px 0 8px; }
h3 { font-size: 16px; margin: 0; }
.meta, .note { color: var(--muted); }
table.metrics { border-collapse: collapse; } table.metrics td { padding: 2px 16px 2px 0; }
table.metrics td.v { text-align: right; font-variant-numeric: tabular-nums; font-weight: bold; }
svg.call-row { display: block; margin: 0 0 2px; font-family: inherit; }
svg .lane { font-size: 12px; font-weight: bold; fill: var(--ink); }
svg .tick { font-size: 11px; fill: var(--muted); } svg .ex { font-size: 9px; fill: #566573; }
svg .num { font-size: 10px; font-weight: bold; fill: #fff; } svg .num.small { font-size: 7.5px; }
svg a:hover circle, svg a:focus circle { stroke: #17202a; stroke-width: 2; }
section.exchange { border-top: 1px solid var(--line); padding-top: 10px; margin-top: 14px; }
.head { display: flex; justify-content: space-between; align-items: baseline; }
.said { margin: 4px 0; } .said b.c { color: #2e86c1; } .said b.a { color: #7d3c98; }
ol.findings { list-style: none; padding-left: 0; margin: 6px 0; }
ol.findings li { display: grid; grid-template-columns: 30px 1fr; gap: 2px 10px; padding: 6px 0; }
ol.findings li:target { background: #fef9e7; outline: 2px solid #f0b429; }
.badge { width: 22px; height: 22px; border-radius: 50%; color: #fff; font-size: 12px; font-weight: bold;
         display: inline-flex; align-items: center; justify-content: center; }
.badge.major { background: #c0392b; } .badge.minor { background: #d68910; } .badge.good { background: #1e8449; }
.badge.note { background: #5d6d7e; }
.kind { font-weight: bold; } .when { color: var(--muted); font-size: 13px; margin-left: 8px; }
.tip { color: #1d6f42; } a.back { font-size: 13px; }
footer { margin-top: 32px; padding-top: 10px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }
@media print { body { max-width: none; padding: 0; font-size: 11pt; } section.exchange { break-inside: avoid; } }
"""


def call_metric_value(name: str, value: Any, language: str) -> str:
    """A call metric as the report shows it: shares in %, seconds with the unit, rates with one decimal."""
    if value is None:
        return "–"
    if name in SHARES:
        return percent(float(value), language)
    if name in ("longest_monologue", "patience", "agent_seconds", "customer_seconds"):
        return words.duration(float(value), language)
    if name in ("interruptions_per_minute",):
        return words.number(float(value), language, 2)
    if name == "words_per_minute":
        return words.number(float(value), language, 0)
    return str(value)


def render_call_html(result: CallResult, language: str, names: ScenarioNames | None = None) -> str:
    """A whole call as one self-contained HTML page in ``language`` (inline CSS and SVG; no
    script, font or image from elsewhere): the call metrics, the timeline of the whole call
    (:func:`call_timeline_svg`), then every exchange with its lines and findings; each finding
    (``id="f{n}"``) links back to its mark on the timeline (``id="m{n}"``). The findings'
    messages are said again in ``language`` (:func:`voicecoach.i18n.finding_text_in`)."""
    language = language_of(language)
    duration = result.duration_s
    numbered = call_finding_numbers(result)
    by_exchange: dict[int, list[tuple[int, Finding]]] = {}
    for number, exchange, finding in numbered:
        by_exchange.setdefault(exchange, []).append((number, finding))
    # the scenario by its title and each step by the customer's line, never their internal ids
    names = names if names is not None else ScenarioNames.by_id(result.scenario_id)
    where = (
        _say_call("scenario", language, title=names.scenario(language))
        if result.scenario_id
        else _say_call("no_scenario", language)
    )
    summary = _say_call(
        "summary", language, n=len(result.exchanges), length=call_time(duration, max(duration, 120), language),
        lang=result.language,
    )  # fmt: skip
    body = [
        f"<header><h1>{escape(_say_call('title', language))}</h1>",
        f'<p class="meta">{escape(summary)} · {escape(where)}</p></header>',
    ]
    if result.score is not None:
        skills = " · ".join(f"{escape(skill_name(s, language))} {v}" for s, v in ordered_skills(result.score.skills))
        body.append(f"<p><b>{escape(_say_call('score', language))}: {result.score.total}/100</b> — {skills}</p>")
    rows = "".join(
        f"<tr><td>{escape(pick_call_metric(name, language))}</td>"
        f'<td class="v">{escape(call_metric_value(name, getattr(result.metrics, name), language))}</td></tr>'
        for name in CALL_METRICS
    )
    body.append(f'<h2>{escape(_say_call("metrics", language))}</h2><table class="metrics">{rows}</table>')
    row = call_row_span(max(duration, 0.1))
    body.append(
        f'<h2 id="timeline">{escape(_say_call("timeline_html", language))}</h2>'
        f'<p class="note">{escape(_say_call("how_to_read", language))} '
        f"({escape(_say_call('row', language, span=call_time(row, max(row, 120), language) if row >= 120 else words.duration(row, language)))})</p>"
        f"{call_timeline_svg(result, language)}"
    )
    if result.language != language:
        body.append(f'<p class="note">{escape(_say_call("messages_language", language, lang=result.language))}</p>')
    body.append(f"<h2>{escape(_say_call('exchanges', language))}</h2>")
    for exchange in result.exchanges:
        turn = exchange.result.turn
        head = _say_call("exchange", language, n=exchange.number)
        if exchange.opening:
            head += f" · {_say_call('opening', language)}"
        step = names.step(exchange.step_id, language, turn.customer.text) if exchange.step_id else ""
        if step:
            head += f" · {_say_call('step', language, turn=step)}"
        when = f"{call_time(exchange.start, duration, language)} – {call_time(exchange.end, duration, language)}"
        said = ""
        for css, key, track in (("c", "customer", turn.customer), ("a", "agent", turn.trainee)):
            if track.words:
                said += (
                    f'<p class="said"><b class="{css}">{escape(_say_call(key, language))}:</b> {escape(track.text)}</p>'
                )
        items = []
        for number, finding in by_exchange.get(exchange.number, []):
            message, shown_tip = finding_text_in(finding, result.language, language, names.customer)
            tip = (
                f'<div class="tip"><b>{escape(_say_call("tip", language))}:</b> {escape(shown_tip)}</div>'
                if shown_tip
                else ""
            )
            items.append(
                f'<li id="f{number}"><span class="badge {escape(shown_severity(finding.kind, finding.severity))}">'
                f"{number}</span><div>"
                f'<span class="kind">{escape(finding_name(finding.kind, finding.evidence, language))}</span>'
                f'<span class="when">{escape(call_time(finding.start, duration, language))}</span> '
                f'<a class="back" href="#m{number}">↑ {escape(_say_call("to_timeline", language))}</a>'
                f"<div>{escape(message)}</div>{tip}</div></li>"
            )
        listing = (
            f'<ol class="findings">{"".join(items)}</ol>'
            if items
            else f'<p class="note">{escape(_say_call("no_findings", language))}</p>'
        )
        score = f"{exchange.result.score.total}/100" if not exchange.opening or exchange.findings else ""
        body.append(
            f'<section class="exchange" id="e{exchange.number}"><div class="head"><h3>{escape(head)}</h3>'
            f'<span class="when">{escape(when)} · {escape(score)}</span></div>{said}{listing}</section>'
        )
    if result.notes:
        body.append(f"<h2>{escape(_say_call('notes', language))}</h2>")
        body.append("".join(f'<p class="note">{escape(note)}</p>' for note in result.notes))
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{language}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(_say_call('title', language))}</title><style>{CALL_CSS}</style></head><body>"
        + "".join(body)
        + f"<footer>{escape(_say_call('footer', language))}</footer></body></html>\n"
    )


def pick_call_metric(name: str, language: str) -> str:
    """The name of a call metric (``voicecoach.core.words.call_report.CALL_METRICS``)."""
    return say(CALL_METRICS, name, language)
