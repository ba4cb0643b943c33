"""Timelines of whole calls (issue 13/14): readable from 1 minute to 2 hours in the TUI widget, the
report's SVG and ``analyze``'s text lanes; no overlap marked where nobody overlapped."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from voicecoach.commands.analyze import timeline_lanes
from voicecoach.core.timeline import Span, Track, Turn
from voicecoach.report import clock, tick_step, timeline_svg
from voicecoach.tui.widgets.timeline import TimelineData, render_timeline

SPANS = [60.0, 300.0, 1200.0, 3600.0, 7200.0]


def _call(duration: float) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """Taking turns without overlap: the customer speaks 20 s, a pause, the agent 20 s, and so on
    (10 s each for a minute): in a long call both speak, apart, within the stretch one column covers."""
    customer, agent = [], []
    at, unit = 0.0, (60.0 if duration > 120 else 30.0)
    while at < duration:
        customer.append((at, min(duration, at + unit / 3)))
        if at + unit / 2 < duration:
            agent.append((at + unit / 2, min(duration, at + unit * 5 / 6)))
        at += unit
    return customer, agent


def _seconds(label: str) -> float:
    if label.endswith(" s"):
        return float(label[:-2].replace(",", "."))
    parts = [int(part) for part in label.split(":")]
    return float(sum(value * 60**power for power, value in enumerate(reversed(parts))))


def _labels_readable(axis: str) -> list[float]:
    """The axis row's labels: each a whole time, apart from the next, in rising round steps."""
    label = r"\d+(?:[.,]\d)? s|\d+:\d\d(?::\d\d)?"  # "12 s", "2,5 s", "5:00", "1:30:00"
    tokens = re.findall(label, axis)
    assert tokens and not re.sub(label, "", axis).strip(), axis  # nothing else on the axis
    times = [_seconds(token) for token in tokens]
    steps = {round(b - a, 3) for a, b in zip(times, times[1:])}
    assert len(steps) <= 2, axis  # one step (a label that did not fit at the end may be left out)
    assert times == sorted(times) and times[0] == 0.0
    return times


@pytest.mark.parametrize("duration", SPANS)
def test_widget_axis_is_readable_and_marks_no_false_overlap(duration: float) -> None:
    customer, agent = _call(duration)
    data = TimelineData(customer=tuple(customer), trainee=tuple(agent))
    for width in (60, 80, 120):
        lines = render_timeline(data, width).plain.splitlines()
        times = _labels_readable(lines[-1][9:])
        assert len(times) >= 4
        assert "▔" not in lines[2]  # the overlap row: nobody overlapped
    assert data.overlaps() == []


def test_widget_still_marks_a_real_overlap_in_a_long_call() -> None:
    customer, agent = _call(3600.0)
    agent.append((1810.0, 1835.0))  # the agent talks into the customer's 1800-1820 s
    data = TimelineData(customer=tuple(customer), trainee=tuple(sorted(agent)))
    assert data.overlaps() == [(1810.0, 1820.0)]
    marks = render_timeline(data, 80).plain.splitlines()[2]
    assert marks.count("▔") == 1 and marks.index("▔") - 9 == int(1810.0 / (3600 * 1.1 / 71))


@pytest.mark.parametrize("duration", SPANS)
def test_analyze_lanes_axis_is_readable_and_marks_no_false_overlap(duration: float) -> None:
    customer, agent = _call(duration)
    turn = Turn(
        customer=Track(tuple(Span(*span) for span in customer), ()),
        trainee=Track(tuple(Span(*span) for span in agent), ()),
        duration=duration,
    )
    rows = timeline_lanes(SimpleNamespace(language="en", turn=turn, findings=()))
    _labels_readable(rows[1].split("│", 1)[1])
    assert not any(row.startswith("both") for row in rows)  # no "▲" where nobody overlapped
    assert "█" in rows[2] and "█" in rows[3]


@pytest.mark.parametrize("duration", SPANS)
def test_svg_tick_labels_never_touch(duration: float) -> None:
    customer, agent = _call(duration)
    turn = {
        "duration": duration,
        "customer_speech": [list(span) for span in customer],
        "trainee_speech": [list(span) for span in agent],
        "findings": [],
    }
    svg = timeline_svg(turn, "de")
    ticks = re.findall(r'<text x="([\d.]+)" y="[\d.]+" text-anchor="middle" class="tick">([^<]+)</text>', svg)
    assert len(ticks) >= 4
    positions = [float(x) for x, _label in ticks]
    widest = max(len(label) for _x, label in ticks) * 7  # 11 px text: at most 7 px a character
    assert min(b - a for a, b in zip(positions, positions[1:])) > widest
    assert 'class="overlap"' not in svg


def test_tick_step_and_clock_from_a_minute_to_hours() -> None:
    assert tick_step(60.0, 70, 4) == 5.0
    assert tick_step(3600.0, 70, 6) == 600.0
    assert tick_step(7200.0, 70, 8) == 900.0
    assert [clock(30, 60), clock(300, 1200), clock(5400, 7200)] == ["30 s", "5:00", "1:30:00"]
    # the unit apart and the German decimal comma (was "0s", "2.5s" on the German feedback screen)
    assert [clock(2.5, 60, "de"), clock(2.5, 60, "en"), clock(0, 60, "de")] == ["2,5 s", "2.5 s", "0 s"]
