"""Trainer mode: record the customer's lines of a scenario in your own voice, turn by turn:
record, listen, redo, keep. A kept take is trimmed, normalised and saved as FLAC next to the
scenario by the trainer module's saving function (the same as ``voicecoach scenarios record``).

A shipped scenario is never edited: the first kept take copies it into the user's library as
``ID-eigen`` or ``ID-mine``, in the UI language (``adapters/own_copy.py``), and the takes go
there; the screen says so in one line before anything is recorded. A take that cannot be saved
stays on the screen, and leaving with takes not kept asks first."""

from __future__ import annotations

from typing import Any

import numpy as np
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from voicecoach.adapters import duplex
from voicecoach.adapters.audio_files import load_16k
from voicecoach.adapters.library import LoadedScenario
from voicecoach.core.audio_ops import prepare_line
from voicecoach.core.errors import UserError
from voicecoach.core.words import line_quote
from voicecoach.core.words.scenario_view import flow_text
from voicecoach.i18n import current_language, t
from voicecoach.tui.base import Guarded, failure_line, translate_bindings
from voicecoach.tui.messages import LevelUpdate, LineSaved, PlaybackDone, RecordingStarted, RecordingStopped
from voicecoach.tui.screens.library import LibraryScreen
from voicecoach.tui.threads import background
from voicecoach.tui.widgets.keyfooter import KeyFooter
from voicecoach.tui.widgets.lists import hanging
from voicecoach.tui.widgets.meters import LevelMeter
from voicecoach.tui.widgets.titlebar import TitleBar


class RecordingScreen(Guarded, Screen[None]):
    BINDINGS = [
        Binding("enter", "toggle", "key.record"),
        Binding("space", "toggle", show=False),
        Binding("p", "play", "key.play"),
        Binding("r", "redo", "key.redo"),
        Binding("k", "keep", "key.keep"),
        Binding("escape", "back", "key.back"),
    ]

    def __init__(self, item: LoadedScenario) -> None:
        super().__init__()
        translate_bindings(self)
        self.item = item
        #: turn index -> (samples, rate) of a take not yet kept
        self.takes: dict[int, tuple[np.ndarray, int]] = {}
        #: turn index -> relative path saved in this session
        self.saved: dict[int, str] = {}
        self.recorder: Any = None
        self.recording_index: int | None = None
        self.busy = False
        #: Where kept takes go (``own_copy.RecordingPlace``); None when it cannot be told.
        self.place: Any = None
        #: Escape was pressed once with takes not kept (a second press leaves without them).
        self.leaving = False

    def compose(self) -> ComposeResult:
        yield TitleBar("record.title")
        with Vertical(id="recording"):
            yield Static(
                Text.assemble((t("record.title") + " · ", "bold"), (self.item.scenario.title, "bold")),
                id="recording-title",
            )
            yield Static(id="record-place")
            with Horizontal(id="recording-main"):
                yield OptionList(id="lines")
                with Vertical(id="line-panel"):
                    yield Static(id="line-text")
                    yield LevelMeter(id="record-level")
                    yield Static(id="line-status")
            yield Static(Text(t("record.keys"), style="#808080"), id="recording-hint")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#lines").border_title = self._list_title()
        self._fill()
        self.query_one("#lines", OptionList).focus()
        self._show_place()
        if self.app.adapters.recorder is None:
            self._status(t("record.unavailable", reason="-"), error=True)

    def _show_place(self) -> None:
        """One line when the takes will not go next to the scenario as it is (a copy, a new folder)."""
        widget = self.query_one("#record-place", Static)
        try:
            self.place = self.app.adapters.recording_place(self.item)
        except UserError as error:
            self.place = None
            widget.update(Text.assemble(("⚠ ", "bold #ff5f5f"), (str(error), "bold")))
            return
        how = getattr(self.place, "how", "here")
        if how == "copy":
            text = t("record.place.copy", id=self.place.scenario_id)
        elif how == "folder":
            text = t("record.place.folder", folder=str(self.place.path.parent))
        else:
            widget.display = False
            return
        widget.display = True
        widget.update(Text.assemble(("ℹ ", "bold #87afd7"), (text, "#d7d7af")))

    # -- list -------------------------------------------------------------------------------

    def _state(self, index: int) -> Text:
        step = self.item.scenario.turns[index]
        if index in self.takes:
            seconds = len(self.takes[index][0]) / self.takes[index][1]
            return Text(t("record.status.take", seconds=seconds), style="bold #ffd75f")
        kept = self.saved.get(index) or step.audio
        if kept:
            return Text(t("record.status.kept", file=kept), style="#87d75f")
        return Text(t("record.status.none"), style="#808080")

    def _list_title(self) -> str:
        """The scenario by its title; its id (which a trainer writes and types) beside it."""
        return f"{self.item.scenario.title} ({self.item.scenario.id})"

    def _line_name(self, index: int, turn_id: str, line: str) -> Text:
        """A line by its number and first words; the trainer's step id after it, dimmed."""
        return Text.assemble(
            (f"{index + 1}. {line_quote(line, current_language())} ", "bold"), (f"({turn_id})", "#808080")
        )

    def _fill(self) -> None:
        option_list = self.query_one("#lines", OptionList)
        highlighted = option_list.highlighted
        option_list.clear_options()
        for index, (turn_id, step) in enumerate(zip(self.item.scenario.turn_ids, self.item.scenario.turns)):
            marker = "●" if (index in self.saved or step.audio) else ("◐" if index in self.takes else "○")
            prompt = hanging(  # wrapped lines stay under the text (80 columns)
                [
                    (
                        Text(marker, "#87d75f" if marker == "●" else "#ffd75f"),
                        self._line_name(index, turn_id, step.say),
                    ),
                    ("", self._state(index)),
                ]
            )
            option_list.add_option(Option(prompt, id=str(index)))
        option_list.highlighted = highlighted if highlighted is not None else 0
        self._show_line()

    def index(self) -> int:
        highlighted = self.query_one("#lines", OptionList).highlighted
        return highlighted or 0

    @on(OptionList.OptionHighlighted, "#lines")
    def _show_line(self) -> None:
        index = self.index()
        scenario = self.item.scenario
        step = scenario.turns[index]
        opening, closing = ("„", "“") if current_language() == "de" else ("“", "”")
        text = Text.assemble((opening, "#5fafff"), (step.say, "bold"), (closing, "#5fafff"))
        branches = scenario.numbered_branches(scenario.turn_ids[index])
        if branches:  # where the call goes after this line, by step number (as the list counts)
            text.append("\n→ " + flow_text(branches, current_language()), style="#808080")
        self.query_one("#line-text", Static).update(text)
        if self.recording_index is None:
            self.query_one("#line-status", Static).update(self._state(index))

    @on(OptionList.OptionSelected, "#lines")
    def _selected(self) -> None:
        self.action_toggle()

    def _status(self, text: str, *, error: bool = False) -> None:
        self.query_one("#line-status", Static).update(
            Text.assemble(("⚠ ", "bold #ff5f5f") if error else "", (text, "bold" if error else "bold #ff5f5f"))
        )

    # -- recording --------------------------------------------------------------------------

    def action_toggle(self) -> None:
        if self.busy:
            return
        if self.recording_index is None:
            self._start()
        else:
            self._stop()

    def _start(self) -> None:
        factory = self.app.adapters.recorder
        if factory is None:
            self._status(t("record.unavailable", reason="-"), error=True)
            return
        self.recording_index = self.index()
        self.busy = True
        self._status(t("record.recording"))
        self._open_recorder(factory)

    @background("record")
    def _open_recorder(self, factory: Any) -> None:
        try:
            recorder = factory()
            recorder.start(lambda db: self.post_message(LevelUpdate(db)))
        except Exception as error:  # noqa: BLE001 - UserError or a device failure: one line
            # the adapter's "no microphone" advice ends in a demo call, which a recording cannot use
            no_mic = str(error) == str(duplex.NO_INPUT)
            self.post_message(RecordingStarted(error=t("record.no_mic") if no_mic else str(error)))
            return
        self.post_message(RecordingStarted(recorder))

    def _stop(self) -> None:
        if self.recorder is None:
            return
        self.busy = True
        self._close_recorder(self.recorder)

    @background("record")
    def _close_recorder(self, recorder: Any) -> None:
        try:
            samples, rate = recorder.stop()
        except Exception as error:  # noqa: BLE001
            self.post_message(RecordingStopped(error=str(error)))
            return
        self.post_message(RecordingStopped(np.asarray(samples, np.float32), int(rate)))

    @on(LevelUpdate)
    def _level(self, message: LevelUpdate) -> None:
        self.query_one("#record-level", LevelMeter).set_level(message.db)

    @on(RecordingStarted)
    def _recording_started(self, message: RecordingStarted) -> None:
        self.busy = False
        if message.error:
            self.recording_index = None
            self._status(t("record.unavailable", reason=message.error), error=True)
        else:
            self.recorder = message.recorder

    @on(RecordingStopped)
    def _recording_stopped(self, message: RecordingStopped) -> None:
        self.busy = False
        index, self.recording_index, self.recorder = self.recording_index, None, None
        self.query_one("#record-level", LevelMeter).set_level(0.0)
        if message.error or message.samples is None:
            self._status(t("record.unavailable", reason=message.error), error=True)
            return
        raw, rate = message.samples, message.rate
        if index is None:
            return
        take = prepare_line(raw, rate) if len(raw) else raw  # trimmed, faded, loudness-normalised
        if len(take) == 0:
            self._status(t("record.empty"), error=True)
            return
        self.takes[index] = (take, rate)
        self._fill()

    @on(LineSaved)
    def _line_saved(self, message: LineSaved) -> None:
        self.busy = False
        if message.moved_to is not None:  # the takes now go into the copy (or the new folder)
            copied = getattr(self.place, "how", "") == "copy"
            self.item = message.moved_to
            self.query_one("#lines").border_title = self._list_title()
            self._show_place()
            if copied:
                self.notify(t("record.copied", id=self.item.scenario.id, path=str(self.item.path)), timeout=8)
        if message.error or message.path is None:
            self._status(message.error or "-", error=True)
            return
        index, path = message.index, message.path
        self.takes.pop(index, None)
        try:
            relative = str(path.relative_to(self.item.folder))
        except ValueError:
            relative = str(path)
        self.saved[index] = relative
        self._fill()
        self.notify(t("record.saved", file=relative), timeout=3)

    @on(PlaybackDone)
    def _played(self, message: PlaybackDone) -> None:
        self.busy = False  # as every finished job of this screen (playback is only posted on an error)
        if message.error:
            self.notify(message.error, severity="warning")

    def action_redo(self) -> None:
        if self.recording_index is not None or self.busy:
            return
        self.takes.pop(self.index(), None)
        self._fill()
        self._start()

    def action_keep(self) -> None:
        index = self.index()
        take = self.takes.get(index)
        save = self.app.adapters.save_line
        if take is None or self.busy:
            return
        if save is None:
            self._status(t("record.unavailable", reason="-"), error=True)
            return
        self.busy = True
        self.leaving = False
        self._save(save, index, take)

    @work(thread=True, exclusive=True, group="save", exit_on_error=False)
    def _save(self, save: Any, index: int, take: tuple[np.ndarray, int]) -> None:
        """Save the take; first make the place it goes (a copy of a shipped scenario) if needed.
        On any error the take stays on the screen, to be kept again or listened to."""
        item, moved_to = self.item, None
        try:
            if getattr(self.place, "how", "here") != "here":
                moved_to, _place = self.app.adapters.prepare_recording(item)
                item = moved_to
            path = save(item, index, take[0], take[1])
        except UserError as error:
            self.post_message(LineSaved(error=str(error), moved_to=moved_to))
            return
        except Exception as error:  # noqa: BLE001
            self.post_message(LineSaved(error=failure_line(error), moved_to=moved_to))
            return
        self.post_message(LineSaved(index, path, moved_to=moved_to))

    def action_play(self) -> None:
        index = self.index()
        play = self.app.adapters.play_audio
        if play is None:
            self.notify(t("feedback.no_audio"), severity="warning")
            return
        take = self.takes.get(index)
        if take is None:
            step = self.item.scenario.turns[index]
            relative = self.saved.get(index) or step.audio
            if not relative:
                self.notify(t("feedback.no_audio"), severity="warning")
                return
            self._play_file(str(self.item.audio_path(relative)))
        else:
            self._play_take(take)

    @background("play")
    def _play_take(self, take: tuple[np.ndarray, int]) -> None:
        try:
            self.app.adapters.play_audio(take[0], take[1])
        except Exception as error:  # noqa: BLE001
            self.post_message(PlaybackDone(error=str(error)))

    @background("play")
    def _play_file(self, path: str) -> None:
        try:
            self.app.adapters.play_audio(load_16k(path), 16_000)
        except Exception as error:  # noqa: BLE001
            self.post_message(PlaybackDone(error=str(error)))

    def action_back(self) -> None:
        if self.takes and not self.leaving:
            self.leaving = True
            self.notify(t("record.unkept", n=len(self.takes)), severity="warning", timeout=6)
            return
        if self.recorder is not None:
            self._close_recorder(self.recorder)
        self.app.adapters.stop_playback()
        self.app.pop_screen()
        if self.saved:  # the scenario file now names the recordings: show them in the library
            for screen in self.app.screen_stack:
                if isinstance(screen, LibraryScreen):
                    screen.load()
