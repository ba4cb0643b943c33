"""Small bar widgets: the microphone level meter and per-skill score bars."""

from __future__ import annotations

import math

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from voicecoach.i18n import label, t

FLOOR_DB = -60.0


def level_to_db(level: float) -> float:
    """RMS in (0, 1] or dBFS (< 0) to dBFS, clamped to the meter's range; 0 is silence."""
    if level == 0.0:
        return FLOOR_DB
    if 0.0 < level <= 1.0:
        return max(FLOOR_DB, 20.0 * math.log10(level))
    return max(FLOOR_DB, min(0.0, level))


def render_level(db: float, width: int, muted: bool = False, speaking: bool = False) -> Text:
    bar_width = max(4, width - 10)
    if muted:
        return Text(t("call.muted").ljust(width)[:width], style="bold #ff5f5f")
    filled = int(round((db - FLOOR_DB) / -FLOOR_DB * bar_width))
    text = Text()
    for col in range(bar_width):
        position = col / bar_width
        if col < filled:
            style = "#87d75f" if position < 0.7 else ("#ffd75f" if position < 0.9 else "#ff5f5f")
            text.append("▮", style)
        else:
            text.append("▯", "#444444")
    text.append(f" {db:5.0f} dB", "bold" if speaking else "#808080")
    return text


class LevelMeter(Widget):
    """Microphone level, updated from ``Level`` events (about 20 a second)."""

    DEFAULT_CSS = """
    LevelMeter { height: 1; width: 1fr; }
    """

    db: reactive[float] = reactive(FLOOR_DB)
    muted: reactive[bool] = reactive(False)
    speaking: reactive[bool] = reactive(False)

    def set_level(self, level: float, speaking: bool | None = None) -> None:
        self.db = level_to_db(level)
        if speaking is not None:
            self.speaking = speaking

    def render(self) -> Text:
        return render_level(self.db, self.size.width or 40, self.muted, self.speaking)


def score_style(value: float) -> str:
    if value >= 80:
        return "#87d75f"
    if value >= 60:
        return "#ffd75f"
    return "#ff5f5f"


def render_bars(scores: dict[str, float], width: int, total: float | None = None) -> Text:
    """One line per skill: name, bar, value; the total first when given."""
    name_width = max([len(label("skill", skill)) for skill in scores] + [len(t("summary.total"))]) + 1
    bar_width = max(5, width - name_width - 5)
    lines = []
    rows = ([(t("summary.total"), total, True)] if total is not None else []) + [
        (label("skill", skill), value, False) for skill, value in scores.items()
    ]
    for name, value, bold in rows:
        value = max(0.0, min(100.0, float(value)))
        filled = int(round(value / 100 * bar_width))
        line = Text(name.ljust(name_width), style="bold" if bold else "")
        line.append("█" * filled, score_style(value))
        line.append("░" * (bar_width - filled), "#3a3a3a")
        line.append(f" {value:3.0f}", "bold " + score_style(value))
        lines.append(line)
    return Text("\n").join(lines)


class ScoreBars(Widget):
    """Score per skill as bars (and the total on top)."""

    DEFAULT_CSS = """
    ScoreBars { height: auto; width: 1fr; }
    """

    def __init__(self, scores: dict[str, float], total: float | None = None, *, id: str | None = None):
        super().__init__(id=id)
        self.scores = dict(scores)
        self.total = total

    def get_content_height(self, container, viewport, width: int) -> int:  # type: ignore[override]
        return len(self.scores) + (1 if self.total is not None else 0)

    def render(self) -> Text:
        return render_bars(self.scores, self.size.width or 40, self.total)
