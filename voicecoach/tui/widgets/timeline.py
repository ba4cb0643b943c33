"""A two-lane timeline of a turn: who spoke when (customer above, you below), overlaps marked.

Used live on the call screen (spans grow while someone speaks, ``now`` moves) and after the
turn on the feedback screen (findings as numbered markers under the lanes). The drawing is a
pure function of :class:`TimelineData`, so it is tested without a terminal.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from voicecoach.i18n import current_language, customer_label, duration, t
from voicecoach.report import clock, label_room, tick_step

LABEL_WIDTH = 9
CUSTOMER_STYLE = "bold #5fafff"
TRAINEE_STYLE = "bold #87d75f"
OVERLAP_STYLE = "bold #ff5f5f"
AXIS_STYLE = "#808080"
NOW_STYLE = "bold #ffd75f"
SEVERITY_STYLE = {"major": "bold #ff5f5f", "minor": "bold #ffaf00", "info": "#87afd7"}


@dataclass(frozen=True)
class Marker:
    """A finding on the timeline: a label (its number in the list) at a time."""

    start: float
    end: float
    label: str
    severity: str = "minor"


@dataclass(frozen=True)
class TimelineData:
    """What the timeline shows. Spans are (start, end) seconds; ``end`` None means still going."""

    customer: tuple[tuple[float, float | None], ...] = ()
    trainee: tuple[tuple[float, float | None], ...] = ()
    now: float | None = None
    #: Shortest stretch of time shown (the axis grows when the turn gets longer).
    min_window: float = 10.0
    markers: tuple[Marker, ...] = field(default_factory=tuple)
    #: Where the customer's scripted line ends (a tick on the axis), when known.
    line_end: float | None = None

    def closed(self, spans: tuple[tuple[float, float | None], ...]) -> list[tuple[float, float]]:
        now = self.now if self.now is not None else self.extent()
        return [(start, end if end is not None else max(start, now)) for start, end in spans]

    def extent(self) -> float:
        ends = [end for _s, end in (*self.customer, *self.trainee) if end is not None]
        ends += [start for start, _e in (*self.customer, *self.trainee)]
        ends += [m.end for m in self.markers]
        if self.now is not None:
            ends.append(self.now)
        if self.line_end is not None:
            ends.append(self.line_end)
        return max(ends, default=0.0)

    def overlaps(self) -> list[tuple[float, float]]:
        """Stretches where both sides speak at once."""
        # one merge pass over both sorted sides (a two-hour call has thousands of spans a side)
        first, second = sorted(self.closed(self.customer)), sorted(self.closed(self.trainee))
        result = []
        i = j = 0
        while i < len(first) and j < len(second):
            start, end = max(first[i][0], second[j][0]), min(first[i][1], second[j][1])
            if end > start:
                result.append((start, end))
            if first[i][1] < second[j][1]:
                i += 1
            else:
                j += 1
        return result

    def overlap_seconds(self) -> float:
        return sum(end - start for start, end in self.overlaps())


def _covered(spans: list[tuple[float, float]], start: float, end: float) -> float:
    """Share of [start, end) covered by spans."""
    width = end - start
    if width <= 0:
        return 0.0
    total = 0.0
    for s, e in spans:
        total += max(0.0, min(e, end) - max(s, start))
    return min(1.0, total / width)


def render_timeline(data: TimelineData, width: int, customer: str | None = None) -> Text:
    """The timeline as rich text lines: customer lane, your lane, overlap/marker row, time axis.
    ``customer``: the customer lane's label ("Kundin" for Frau Keller), default the neutral one."""
    columns = max(10, width - LABEL_WIDTH)
    window = max(data.min_window, data.extent() * 1.1 if data.extent() > data.min_window else data.min_window)
    per_col = window / columns
    customer_label = customer
    customer_spans = data.closed(data.customer)
    trainee = data.closed(data.trainee)
    overlaps = data.overlaps()
    now_col = int(data.now / per_col) if data.now is not None else None

    def lane(label: str, spans: list[tuple[float, float]], style: str) -> Text:
        text = Text(label[: LABEL_WIDTH - 1].ljust(LABEL_WIDTH), style=style)
        for col in range(columns):
            start, end = col * per_col, (col + 1) * per_col
            share = _covered(spans, start, end)
            both = _covered(overlaps, start, end) >= 0.5
            if share >= 0.5:
                text.append("█", OVERLAP_STYLE if both else style)
            elif share > 0.0:
                text.append(
                    "▌" if _covered(spans, start, start + per_col / 2) > 0 else "▐", OVERLAP_STYLE if both else style
                )
            elif now_col is not None and col == now_col:
                text.append("│", NOW_STYLE)
            else:
                text.append("·", AXIS_STYLE)
        return text

    lines = [
        lane(customer_label or t("call.lane.customer"), customer_spans, CUSTOMER_STYLE),
        lane(t("call.lane.you"), trainee, TRAINEE_STYLE),
    ]

    # overlap and finding markers
    marks = Text(" " * LABEL_WIDTH)
    cells: list[tuple[str, str]] = [(" ", "")] * columns
    for start, end in overlaps:
        for col in range(int(start / per_col), min(columns, int(end / per_col) + 1)):
            cells[col] = ("▔", OVERLAP_STYLE)
    taken = [False] * (columns + 1)  # finding numbers never run into each other ("2" "4", not "24")
    for marker in sorted(data.markers, key=lambda m: m.start):
        col = min(columns - len(marker.label), int(marker.start / per_col))
        while col + len(marker.label) <= columns and any(taken[col : col + len(marker.label) + 1]):
            col += 1
        if col + len(marker.label) > columns:
            continue
        for offset, char in enumerate(marker.label):
            cells[col + offset] = (char, SEVERITY_STYLE.get(marker.severity, "bold"))
            taken[col + offset] = True
        taken[col + len(marker.label)] = True
    if overlaps:  # how long both spoke at once: after the last overlap, else before the first,
        # never over a finding number or next to it ("0.8 s2overlap" was one)
        note = f"{duration(data.overlap_seconds())} {t('call.overlap')}"
        after = min(columns, int(overlaps[-1][1] / per_col) + 2)
        before = int(overlaps[0][0] / per_col) - 2 - len(note)
        for first in (after, before):  # two free cells each side: "overlap  1" reads as two things
            room = range(max(0, first - 2), min(columns, first + len(note) + 2))
            fits = first >= 0 and first + len(note) <= columns
            free = fits and all(cells[col][0] == " " for col in range(first, first + len(note)))
            if free and not any(taken[col] for col in room):
                for offset, char in enumerate(note):
                    cells[first + offset] = (char, OVERLAP_STYLE)
                break
    for char, style in cells:
        marks.append(char, style)
    lines.append(marks)

    # the time axis: a round step whose labels never touch (12s, 5:00, 1:30:00 as the span grows)
    axis = Text(" " * LABEL_WIDTH, style=AXIS_STYLE)
    step = tick_step(window, columns, label_room(window))
    chars = [" "] * columns
    free_from = 0
    for index in range(int(window / step) + 1):
        tick = index * step
        col = int(round(tick / per_col))
        label = clock(tick, window, current_language())
        if col >= free_from and col + len(label) <= columns:
            chars[col : col + len(label)] = label
            free_from = col + len(label) + 1
    axis.append("".join(chars), AXIS_STYLE)
    lines.append(axis)
    return Text("\n").join(lines)


class Timeline(Widget):
    """The live/after-the-fact two-lane timeline."""

    DEFAULT_CSS = """
    Timeline { height: 4; width: 1fr; }
    """

    data: reactive[TimelineData] = reactive(TimelineData, layout=False)

    def __init__(
        self,
        data: TimelineData | None = None,
        *,
        persona: tuple[str | None, str | None] | None = None,
        id: str | None = None,
        classes: str | None = None,
    ):
        """``persona``: (gender, name) of the customer, for the lane's label ("Kundin"/"Kunde"),
        said in the current language each time the timeline is drawn (a switch redraws it)."""
        super().__init__(id=id, classes=classes)
        self.persona = persona
        if data is not None:
            self.set_reactive(Timeline.data, data)

    def render(self) -> Text:
        label = customer_label(*self.persona) if self.persona is not None else None
        return render_timeline(self.data, self.size.width or 80, label)

    # small helpers for the live screen -------------------------------------------------
    def reset(self) -> None:
        self.data = TimelineData()

    def open_span(self, side: str, at: float) -> None:
        spans = getattr(self.data, side)
        if spans and spans[-1][1] is None:
            return
        self.data = replace(self.data, **{side: (*spans, (at, None))})

    def close_span(self, side: str, at: float) -> None:
        spans = getattr(self.data, side)
        if spans and spans[-1][1] is None:
            start = spans[-1][0]
            self.data = replace(self.data, **{side: (*spans[:-1], (start, max(start, at)))})

    def set_now(self, now: float) -> None:
        self.data = replace(self.data, now=now)
