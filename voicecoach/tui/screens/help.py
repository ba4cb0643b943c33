"""Help: how a call works and every key, in the UI language."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown, Static

from voicecoach.i18n import t
from voicecoach.tui.base import Guarded, translate_bindings
from voicecoach.tui.widgets.keyfooter import KeyFooter


class HelpScreen(Guarded, ModalScreen[None]):
    BINDINGS = [
        Binding("escape", "dismiss", "key.close"),
        Binding("ctrl+q", "app.quit", "key.quit"),  # a modal screen hides the app's keys
        Binding("q", "dismiss", show=False),
        Binding("f1", "dismiss", show=False),
        Binding("question_mark", "dismiss", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(t("help.title"), id="help-title")
            yield Markdown(t("help.body"), id="help-body")
        yield KeyFooter()

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss()
