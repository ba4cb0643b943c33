"""The bar on top of every screen: the app's name and where you are."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from voicecoach.i18n import t


class TitleBar(Static):
    """``☎ voicecoach · <screen>`` (a plain Static: it has no timers and no children to race with)."""

    DEFAULT_CSS = """
    TitleBar { dock: top; height: 1; width: 1fr; background: $panel; color: $text; padding: 0 1; }
    """

    def __init__(self, where: str = "") -> None:
        super().__init__(id="titlebar")
        self.where = where

    def on_mount(self) -> None:
        self.relabel()

    def relabel(self, where: str | None = None) -> None:
        if where is not None:
            self.where = where
        text = Text.assemble(("☎ ", "bold #5fafff"), ("voicecoach", "bold"))
        text.append("  ·  " + (t(self.where) if self.where else t("app.subtitle")), "#a8a8a8")
        self.update(text)
