"""Devices (headset check through the real echo measurement on a SimulatedBackend), progress (a real
Store), file mode and the trainer's recording screen."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from textual.widgets import DataTable, Input, OptionList, Static

from tests.helpers.headset_fakes import check_from_devices, simulated_check
from tests.helpers.tui_fakes import app_with, fake_adapters, judged_turn, shown, wait_for, wait_for_notice
from voicecoach.adapters.library import SHIPPED_DIR, load_library
from voicecoach.adapters.store import Store
from voicecoach.core.backend import DeviceInfo
from voicecoach.core.errors import UserError
from voicecoach.tui.screens.devices import DevicesScreen
from voicecoach.tui.screens.feedback import FeedbackScreen
from voicecoach.tui.screens.files import FilesScreen
from voicecoach.tui.screens.library import LibraryScreen
from voicecoach.tui.screens.progress import ProgressScreen
from voicecoach.tui.screens.recording import RecordingScreen

DEVICES = [
    DeviceInfo(0, "Built-in Audio", 2, 2, 48000.0, "ALSA", is_default_input=True, is_default_output=True),
    DeviceInfo(1, "USB Headset", 1, 2, 48000.0, "ALSA"),
    DeviceInfo(2, "HDMI", 0, 8, 48000.0, "ALSA"),
]


def checker(echo_gain: float) -> Any:
    """The real guided headset check on a fake backend whose "speaker" leaks into the microphone
    (a real sentence spoken when the check asks for it)."""
    return simulated_check(echo_gain=echo_gain)


async def test_devices_lists_inputs_and_outputs_and_saves_the_choice() -> None:
    saved = []
    app = app_with(fake_adapters(list_devices=lambda: DEVICES, headset_check=checker(0.0), save_settings=saved.append))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DevicesScreen)
        inputs = screen.query_one("#inputs", OptionList)
        outputs = screen.query_one("#outputs", OptionList)
        assert inputs.option_count == 3  # default + 2 with input channels (HDMI has none)
        assert outputs.option_count == 4
        await pilot.press("down", "down", "enter")  # the USB headset
        await pilot.pause()
        assert saved[-1].input_device == "USB Headset"
        assert app.settings.input_device == "USB Headset"


async def test_headset_check_warns_about_echo_and_passes_a_headset() -> None:
    for gain, expected in ((0.3, "please use a headset"), (0.0, "All good")):
        app = app_with(fake_adapters(list_devices=lambda: DEVICES, headset_check=checker(gain)))
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.press("g")
            await pilot.pause()
            await check_from_devices(pilot, app)
            result = shown(app.screen.query_one("#check-result", Static))
            assert expected in result
            if gain:
                assert "(40 ms)" in result  # the measured echo delay
                measured_echo = app.measured_echo  # handed to the next calls' engine
                delay, measured = measured_echo.delay_s, measured_echo.gain
                assert delay == pytest.approx(0.04, abs=0.002) and measured == pytest.approx(gain, rel=0.1)


async def test_devices_without_portaudio_say_the_fix() -> None:
    from voicecoach.core.errors import UserError

    def no_portaudio() -> list[Any]:
        raise UserError("PortAudio is missing; install it with: sudo apt install libportaudio2")

    app = app_with(fake_adapters(list_devices=no_portaudio, headset_check=checker(0.0)))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        assert "sudo apt install libportaudio2" in shown(app.screen.query_one("#devices-problem", Static))
        await pilot.press("c")  # no check without devices, and no crash
        await pilot.pause()
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


def fill_history(path: Path) -> None:
    start = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)
    with Store.open(path, retention_days=None) as store:
        for day, total in enumerate((48, 61, 70, 83)):
            session = store.start_session(
                "late-delivery-de", "Die verspätete Lieferung", "de", started=start + timedelta(days=day)
            )
            store.add_turn(session, judged_turn(total=total), started=start + timedelta(days=day))
            store.end_session(session)
        other = store.start_session(
            "boiler-service-en", "Booking the boiler service", "en", started=start + timedelta(days=5)
        )
        store.add_turn(other, judged_turn(total=95, turn_id="book"), started=start + timedelta(days=5))
        store.end_session(other)


async def test_progress_shows_trends_recurring_findings_and_history(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    fill_history(db)
    app = app_with(fake_adapters(store=lambda: Store.open(db, retention_days=None)))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("p")
        await wait_for(
            pilot,
            lambda: (
                isinstance(app.screen, ProgressScreen) and app.screen.query_one("#history", DataTable).row_count > 0
            ),
        )
        screen = app.screen
        trends = shown(screen.query_one("#trends", Static))
        assert "Total" in trends and "Listening" in trends
        assert "▲" in trends.splitlines()[0]  # the total rose from 83 to 95
        side = shown(screen.query_one("#recurring", Static))
        assert "Interruption" in side and "Not listening" in side
        assert "Booking the boiler service" in side  # best
        assert "Die verspätete Lieferung" in side  # weakest
        assert screen.query_one("#history", DataTable).row_count == 5
        # Enter on a session reviews its turns in the feedback screen; Escape comes back
        screen.query_one("#history", DataTable).focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        # the newest session first: the boiler call, one turn scored 95
        assert (app.screen.result.turn_id, app.screen.result.score.total, app.screen.judged.number) == ("book", 95, 1)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, ProgressScreen))


async def test_progress_with_no_history_says_how_to_start() -> None:
    app = app_with(fake_adapters(store=lambda: Store.open(retention_days=None)), language="de")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("p")
        await wait_for(pilot, lambda: "Noch keine Sitzungen" in shown(app.screen.query_one("#trends", Static)))


async def test_file_mode_judges_two_files_and_shows_the_feedback(wav_pair) -> None:
    calls = []

    def analyze(customer: Path, trainee: Path, item: Any, turn: int | None) -> Any:
        calls.append((customer, trainee, item, turn))
        return judged_turn()

    played = []
    app = app_with(fake_adapters(analyze_files=analyze, play_audio=lambda s, r: played.append(r)))
    customer, trainee = wav_pair
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, FilesScreen)
        await pilot.press("enter", "enter")  # nothing typed: a one-line problem, no crash
        await pilot.pause()
        assert "no file given yet" in shown(app.screen.query_one("#files-status", Static))
        app.screen.query_one("#customer", Input).value = str(customer)
        app.screen.query_one("#trainee", Input).value = str(trainee)
        app.screen.query_one("#trainee", Input).focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        assert calls == [(customer, trainee, None, None)]
        await pilot.press("t")  # no retry in file mode
        await pilot.pause()
        assert isinstance(app.screen, FeedbackScreen)
        await pilot.press("l")
        await wait_for(pilot, lambda: played == [16_000])
        await pilot.press("enter")
        assert isinstance(app.screen, FilesScreen)


class FakeRecorder:
    """Hands back half a second of quiet, one second of 'speech' (a tone), half a second of quiet."""

    def __init__(self) -> None:
        self.levels = []

    def start(self, on_level) -> None:
        on_level(0.1)

    def stop(self) -> tuple[np.ndarray, int]:
        rate = 16_000
        tone = 0.3 * np.sin(2 * np.pi * 200 * np.arange(rate) / rate)
        quiet = np.zeros(rate // 2)
        return np.concatenate([quiet, tone, quiet]).astype(np.float32), rate


async def test_trainer_records_listens_redoes_and_keeps(tmp_path: Path, monkeypatch) -> None:
    from voicecoach.adapters.library_files import save_line

    folder = tmp_path / "mine" / "late-delivery-copy"
    folder.mkdir(parents=True)
    text = (
        (SHIPPED_DIR / "late-delivery-de.yaml")
        .read_text(encoding="utf-8")
        .replace("id: late-delivery-de", "id: late-delivery-copy")
    )
    (folder / "scenario.yaml").write_text(text, encoding="utf-8")
    monkeypatch.setenv("VOICECOACH_SCENARIOS", str(tmp_path / "mine"))
    played = []
    app = app_with(
        fake_adapters(
            recorder=FakeRecorder,
            save_line=lambda item, index, samples, rate: save_line(item, index + 1, samples, rate),
            play_audio=lambda samples, rate: played.append(len(samples) / rate),
        )
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"copy", "enter")
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RecordingScreen)
        await pilot.press("enter")  # record
        await wait_for(pilot, lambda: screen.recorder is not None)
        await pilot.press("enter")  # stop
        await wait_for(pilot, lambda: 0 in screen.takes)
        take, rate = screen.takes[0]
        assert 1.0 <= len(take) / rate < 1.5  # 2 s in: trimmed to the tone and a little margin
        await pilot.press("p")
        await wait_for(pilot, lambda: bool(played))
        await pilot.press("r")  # redo: the take is dropped and a new recording starts
        await wait_for(pilot, lambda: screen.recorder is not None)
        assert 0 not in screen.takes
        await pilot.press("enter")
        await wait_for(pilot, lambda: 0 in screen.takes)
        await pilot.press("k")
        await wait_for(pilot, lambda: 0 in screen.saved)
        assert (folder / screen.saved[0]).is_file()
        assert "audio: lines/turn-1.flac" in (folder / "scenario.yaml").read_text(encoding="utf-8")
        await pilot.press("escape")
        await pilot.pause()
        library = app.screen
        assert isinstance(library, LibraryScreen)
        reloaded = next(i for i in library.items if i.scenario.id == "late-delivery-copy")
        assert reloaded.scenario.turns[0].audio == "lines/turn-1.flac"


async def test_recording_a_single_file_scenario_makes_it_a_folder_and_keeps_the_take(
    tmp_path: Path, monkeypatch
) -> None:
    # issue 12: the screen told the trainer to mkdir/mv by hand and the take could not be kept
    from voicecoach.adapters.library_files import save_line

    mine = tmp_path / "mine"
    mine.mkdir()
    shutil.copy(SHIPPED_DIR / "late-delivery-de.yaml", mine / "single.yaml")
    (mine / "single.yaml").write_text(
        (mine / "single.yaml").read_text(encoding="utf-8").replace("id: late-delivery-de", "id: single-file"),
        encoding="utf-8",
    )
    monkeypatch.setenv("VOICECOACH_SCENARIOS", str(mine))
    app = app_with(
        fake_adapters(
            recorder=FakeRecorder,
            save_line=lambda item, index, samples, rate: save_line(item, index + 1, samples, rate),
        )
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"single", "enter")
        await pilot.pause()
        assert [i.scenario.id for i in app.screen.shown] == ["single-file"]
        await pilot.press("a")
        await pilot.pause()
        screen = app.screen
        assert str(mine / "single") in shown(screen.query_one("#record-place", Static))  # said before recording
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.recorder is not None)
        await pilot.press("enter")
        await wait_for(pilot, lambda: 0 in screen.takes)
        await pilot.press("k")
        await wait_for(pilot, lambda: 0 in screen.saved)
        assert not (mine / "single.yaml").exists()
        assert (mine / "single" / "lines" / "turn-1.flac").is_file()
        assert "audio: lines/turn-1.flac" in (mine / "single" / "scenario.yaml").read_text(encoding="utf-8")
        loaded, problems = load_library()
        assert problems == [] and [i.path for i in loaded if i.scenario.id == "single-file"] == [
            mine / "single" / "scenario.yaml"
        ]


async def test_recording_a_shipped_scenario_goes_into_a_copy_in_the_users_library(monkeypatch) -> None:
    # issue 12: the screen told the trainer to edit the installed library and the take was lost
    from voicecoach.adapters.library_files import save_line
    from voicecoach.adapters.settings import user_scenarios_dir

    shipped = SHIPPED_DIR / "warranty-no-en.yaml"
    before = shipped.read_bytes()
    app = app_with(
        fake_adapters(
            recorder=FakeRecorder,
            save_line=lambda item, index, samples, rate: save_line(item, index + 1, samples, rate),
        )
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"warranty", "enter")
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RecordingScreen)
        place = shown(screen.query_one("#record-place", Static))
        assert "Shipped scenario" in place and "warranty-no-en-mine" in place
        for index in (0, 1):  # two takes, the second into the copy the first one made
            if index:
                await pilot.press("down")
            await pilot.press("enter")
            await wait_for(pilot, lambda: screen.recorder is not None)
            await pilot.press("enter")
            await wait_for(pilot, lambda index=index: index in screen.takes)
            await pilot.press("k")
            await wait_for(pilot, lambda index=index: index in screen.saved)
        copy = user_scenarios_dir() / "warranty-no-en-mine"
        assert screen.item.path == copy / "scenario.yaml" and screen.item.scenario.id == "warranty-no-en-mine"
        assert sorted(p.name for p in (copy / "lines").iterdir()) == ["turn-1.flac", "turn-2.flac"]
        await wait_for_notice(pilot, "Made your copy 'warranty-no-en-mine'")
        assert shipped.read_bytes() == before  # the installed library is untouched
        await pilot.press("escape")
        await pilot.pause()
        library = app.screen
        assert isinstance(library, LibraryScreen)
        ids = [i.scenario.id for i in library.items]
        assert "warranty-no-en" in ids and "warranty-no-en-mine" in ids
        copied = next(i for i in library.items if i.scenario.id == "warranty-no-en-mine")
        assert [step.audio for step in copied.scenario.turns[:2]] == ["lines/turn-1.flac", "lines/turn-2.flac"]


async def test_leaving_the_recording_screen_with_a_take_not_kept_asks_first() -> None:
    app = app_with(fake_adapters(recorder=FakeRecorder))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"keller", "enter")
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        screen = app.screen
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.recorder is not None)
        await pilot.press("enter")
        await wait_for(pilot, lambda: 0 in screen.takes)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        await wait_for_notice(pilot, "1 take not kept")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


def library_that_breaks_after(calls: int) -> Any:
    """The scenario library, unreadable from call ``calls + 1`` on (the folder went away mid-session)."""
    made = []

    def library() -> Any:
        made.append(1)
        if len(made) > calls:
            raise UserError("/home/agent/scenarios: permission denied; fix the folder's permissions")
        return load_library()

    return library


@pytest.mark.parametrize("key", ["p", "f"])
async def test_unreadable_scenarios_on_progress_and_file_mode_are_a_notice(key: str) -> None:
    # regression: both screens swallowed the error and silently went on without the scenarios
    app = app_with(fake_adapters(library=library_that_breaks_after(1), store=lambda: Store.open(retention_days=None)))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(key)
        await wait_for(pilot, lambda: any("permission denied" in n.message for n in app._notifications))
        notice = next(n for n in app._notifications if "permission denied" in n.message)
        assert notice.severity == "warning" and "Scenarios could not be read" in notice.message
        assert isinstance(app.screen, ProgressScreen if key == "p" else FilesScreen)  # the screen still works
