"""Where recordings of a scenario go (issue 12: a shipped scenario is copied into the user's library
as ID-mine, never edited; a trainer's single file becomes a folder), on real files."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import numpy as np
import pytest

from voicecoach.adapters.audio_files import write_audio
from voicecoach.adapters.library import SHIPPED_DIR, load_file, load_library
from voicecoach.adapters.library_files import save_line, set_turn_audio
from voicecoach.adapters.own_copy import prepare, recording_place
from voicecoach.adapters.settings import user_scenarios_dir
from voicecoach.core.errors import UserError


def shipped(name: str = "warranty-no-en"):
    return load_file(SHIPPED_DIR / f"{name}.yaml")


def test_a_shipped_scenario_is_copied_as_id_mine_with_its_comments_and_the_shipped_file_unchanged() -> None:
    item = shipped()
    before = item.path.read_bytes()
    place = recording_place(item)
    assert (place.how, place.scenario_id) == ("copy", "warranty-no-en-mine")
    assert not place.path.exists()  # recording_place touches nothing
    copy, _place = prepare(item)
    assert copy.path == user_scenarios_dir() / "warranty-no-en-mine" / "scenario.yaml"
    assert copy.scenario.id == "warranty-no-en-mine" and copy.scenario.turns == item.scenario.turns
    text = copy.path.read_text(encoding="utf-8")
    assert text == before.decode("utf-8").replace("id: warranty-no-en\n", "id: warranty-no-en-mine\n", 1)
    assert item.path.read_bytes() == before
    loaded, problems = load_library()
    assert problems == [] and sum(i.scenario.id.startswith("warranty-no-en") for i in loaded) == 2


def test_the_copy_is_made_once_and_reused(tmp_path: Path) -> None:
    first, _ = prepare(shipped())
    save_line(first, 1, np.full(16_000, 0.1, np.float32), 16_000)
    again = recording_place(shipped())
    assert (again.how, again.path) == ("copy", first.path)
    second, _ = prepare(shipped())
    assert second.path == first.path and second.scenario.turns[0].audio == "lines/turn-1.flac"


def test_a_folder_of_that_name_holding_something_else_is_left_alone() -> None:
    taken = user_scenarios_dir() / "warranty-no-en-mine"
    taken.mkdir(parents=True)
    (taken / "scenario.yaml").write_text("id: [broken\n", encoding="utf-8")
    copy, place = prepare(shipped())
    assert place.scenario_id == "warranty-no-en-mine-2" and copy.scenario.id == "warranty-no-en-mine-2"
    assert (taken / "scenario.yaml").read_text(encoding="utf-8") == "id: [broken\n"


@pytest.mark.parametrize("how", ["shipped", "read-only"])
def test_a_folder_scenario_not_ours_to_edit_is_copied_with_its_recordings(
    how: str, tmp_path: Path, monkeypatch
) -> None:
    team = tmp_path / "team" / "late"
    (team / "lines").mkdir(parents=True)
    text = (SHIPPED_DIR / "late-delivery-de.yaml").read_text(encoding="utf-8")
    (team / "scenario.yaml").write_text(text.replace("id: late-delivery-de", "id: team-late"), encoding="utf-8")
    save_line(load_file(team / "scenario.yaml"), 1, np.full(8_000, 0.1, np.float32), 16_000)
    (team / "notes.txt").write_text("how to play this one", encoding="utf-8")
    if how == "shipped":
        monkeypatch.setattr("voicecoach.adapters.own_copy.SHIPPED_DIR", tmp_path / "team")
    else:  # tests run as root, where chmod does not stop a write: the check itself says read-only
        monkeypatch.setattr(os, "access", lambda path, mode: not str(path).startswith(str(team)))
    copy, place = prepare(load_file(team / "scenario.yaml"))
    assert place.how == "copy" and copy.scenario.id == "team-late-mine"
    assert copy.scenario.turns[0].audio == "lines/turn-1.flac"
    assert (copy.folder / "lines" / "turn-1.flac").read_bytes() == (team / "lines" / "turn-1.flac").read_bytes()
    assert (copy.folder / "notes.txt").is_file()


def test_a_single_file_scenario_with_recordings_is_copied_with_them(tmp_path: Path, monkeypatch) -> None:
    # a shipped single file whose turn names a recording next to it: the copy brings the recording along
    fake_shipped = tmp_path / "shipped"
    (fake_shipped / "audio").mkdir(parents=True)
    write_audio(fake_shipped / "audio" / "one.flac", np.full(8_000, 0.1, np.float32), 16_000)
    text = (SHIPPED_DIR / "warranty-no-en.yaml").read_text(encoding="utf-8")
    (fake_shipped / "w.yaml").write_text(set_turn_audio(text, 0, "audio/one.flac"), encoding="utf-8")
    monkeypatch.setattr("voicecoach.adapters.own_copy.SHIPPED_DIR", fake_shipped)
    copy, place = prepare(load_file(fake_shipped / "w.yaml"))
    assert place.how == "copy" and copy.scenario.turns[0].audio == "audio/one.flac"
    assert (copy.folder / "audio" / "one.flac").is_file()


def test_a_writable_single_file_becomes_a_folder_in_place(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    shutil.copy(SHIPPED_DIR / "late-delivery-de.yaml", mine / "late.yaml")
    place = recording_place(load_file(mine / "late.yaml"))
    assert (place.how, place.path) == ("folder", mine / "late" / "scenario.yaml")
    moved, _ = prepare(load_file(mine / "late.yaml"))
    assert moved.path == mine / "late" / "scenario.yaml" and not (mine / "late.yaml").exists()
    assert moved.scenario.id == "late-delivery-de"


def test_a_single_file_whose_folder_name_is_taken_is_one_line_and_nothing_moves(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    (mine / "late").mkdir(parents=True)
    shutil.copy(SHIPPED_DIR / "late-delivery-de.yaml", mine / "late.yaml")
    with pytest.raises(UserError, match="exists already"):
        prepare(load_file(mine / "late.yaml"))
    assert (mine / "late.yaml").is_file()


def test_a_folder_scenario_of_the_trainer_is_recorded_in_place(tmp_path: Path) -> None:
    folder = tmp_path / "x"
    folder.mkdir()
    shutil.copy(SHIPPED_DIR / "late-delivery-de.yaml", folder / "scenario.yaml")
    item = load_file(folder / "scenario.yaml")
    same, place = prepare(item)
    assert place.how == "here" and same is item


def test_the_copy_gets_the_umask_mode(monkeypatch) -> None:
    old = os.umask(0o022)
    try:
        copy, _ = prepare(shipped())
    finally:
        os.umask(old)
    assert stat.S_IMODE(copy.path.stat().st_mode) == 0o644
