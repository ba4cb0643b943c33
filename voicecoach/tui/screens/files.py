"""File mode: judge a customer recording and a trainee recording (no microphone needed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Input, Select, Static

from voicecoach.core.errors import UserError, one_line
from voicecoach.i18n import t
from voicecoach.live.events import TurnJudged
from voicecoach.tui.base import Guarded, failure_line, translate_bindings
from voicecoach.tui.messages import FilesJudged
from voicecoach.tui.screens.feedback import FeedbackScreen
from voicecoach.tui.threads import background
from voicecoach.tui.widgets.keyfooter import KeyFooter
from voicecoach.tui.widgets.titlebar import TitleBar


def file_problem(field: str, text: str, example: str) -> str | None:
    """What is wrong with the path typed into ``field`` (one line in the UI language), None
    when it names a file: nothing typed, a folder, a folder that does not exist, no such file."""
    if not text:
        return t("files.empty", field=field, example=example)
    path = Path(text).expanduser()
    if path.is_dir():
        return t("files.folder", field=field, path=text)
    if not path.parent.is_dir():
        return t("files.no_folder", field=field, folder=str(path.parent))
    if not path.is_file():
        return t("files.missing", field=field, path=text)
    return None


class FilesScreen(Guarded, Screen[None]):
    BINDINGS = [
        Binding("escape", "back", "key.back"),
        Binding("ctrl+r", "analyze", "key.analyze"),
    ]

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self)
        self.items: list[Any] = []
        self.working = False

    def compose(self) -> ComposeResult:
        yield TitleBar("files.title")
        with Vertical(id="files"):
            yield Static(Text(t("files.title"), style="bold"), id="files-title")
            yield Static(t("files.customer"), classes="field-label")
            yield Input(placeholder=t("files.example.customer"), id="customer")
            yield Static(t("files.trainee"), classes="field-label")
            yield Input(placeholder=t("files.example.trainee"), id="trainee")
            yield Static(t("files.scenario"), classes="field-label")
            with Horizontal(id="files-scenario"):
                yield Select([], prompt=t("files.no_scenario"), id="files-scenario-select")
                yield Input(placeholder="1", id="turn", type="integer")
            yield Static(Text(t("files.run"), style="bold #87afd7"), id="files-run")
            yield Static(id="files-status")
        yield KeyFooter()

    def on_mount(self) -> None:
        try:
            self.items, _problems = self.app.adapters.library()
        except Exception as error:  # noqa: BLE001 - the scenario is optional here
            self.items = []
            self.notify(t("files.no_library", reason=one_line(error)), severity="warning")
        self.query_one("#files-scenario-select", Select).set_options(
            [(f"{i.scenario.title} ({i.scenario.id})", i.scenario.id) for i in self.items]
        )
        self.query_one("#customer", Input).focus()
        if self.app.adapters.analyze_files is None:
            self._status(t("files.unavailable", reason="-"), error=True)

    def _status(self, text: str, *, error: bool = False) -> None:
        self.query_one("#files-status", Static).update(
            Text.assemble(("⚠ ", "bold #ff5f5f") if error else "", (text, "bold" if error else "italic #87afd7"))
        )

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "customer":
            self.query_one("#trainee", Input).focus()
        else:
            self.action_analyze()

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_analyze(self) -> None:
        if self.working:
            return
        analyze = self.app.adapters.analyze_files
        if analyze is None:
            self._status(t("files.unavailable", reason="-"), error=True)
            return
        texts = {name: self.query_one(f"#{name}", Input).value.strip() for name in ("customer", "trainee")}
        for name, text in texts.items():
            problem = file_problem(t(f"files.{name}"), text, t(f"files.example.{name}"))
            if problem is not None:
                self._status(problem, error=True)
                self.query_one(f"#{name}", Input).focus()
                return
        customer, trainee = (Path(texts[name]).expanduser() for name in ("customer", "trainee"))
        select = self.query_one("#files-scenario-select", Select)
        item = None if select.is_blank() else next((i for i in self.items if i.scenario.id == select.value), None)
        turn_text = self.query_one("#turn", Input).value.strip()
        turn = int(turn_text) if turn_text.isdigit() else (1 if item is not None else None)
        self.working = True
        self._status(t("files.working"))
        self._analyze(customer, trainee, item, turn)

    @background("analyze")
    def _analyze(self, customer: Path, trainee: Path, item: Any, turn: int | None) -> None:
        try:
            result = self.app.adapters.analyze_files(customer, trainee, item, turn)
        except UserError as error:
            self.post_message(FilesJudged(error=str(error)))
            return
        except Exception as error:  # noqa: BLE001 - shown as one line
            self.post_message(FilesJudged(error=failure_line(error)))
            return
        self.post_message(FilesJudged(result, customer, trainee, item, turn))

    @on(FilesJudged)
    def _done(self, message: FilesJudged) -> None:
        self.working = False
        if message.error:
            self._status(message.error, error=True)
            return
        result, customer, trainee, item, turn = (
            message.result,
            message.customer,
            message.trainee,
            message.scenario,
            message.turn,
        )
        self._status("")
        judged = TurnJudged(result, customer_audio=customer, trainee_audio=trainee, number=turn or 1)
        self.app.push_screen(FeedbackScreen(item, judged, last=True, file_mode=True))
