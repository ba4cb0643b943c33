"""Lists with a hanging indent (the marker in its own column), for findings, tips and moments."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text


def hanging(rows: Iterable[tuple[Text | str, Text | str]], heading: Text | None = None) -> RenderableType:
    """``marker  text`` rows whose wrapped lines stay under the text, not under the marker."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, justify="right")
    grid.add_column(ratio=1)
    for marker, text in rows:
        grid.add_row(marker, text)
    return Group(heading, grid) if heading is not None else grid


def plain(renderable: RenderableType, width: int = 100) -> str:
    """What a renderable shows, as plain text (for tests and logs)."""
    from rich.console import Console

    console = Console(width=width, record=True, file=open("/dev/null", "w"), color_system=None)  # noqa: SIM115
    console.print(renderable)
    return console.export_text()
