"""Files voicecoach writes through a temporary file get the mode open() would give (the umask's),
not mkstemp's 0600: a scenario, a recorded line, a pack."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from voicecoach.adapters.audio_files import write_audio
from voicecoach.adapters.file_modes import current_umask
from voicecoach.adapters.library import load_library
from voicecoach.adapters.library_files import pack, write_validated


@pytest.fixture(params=[0o022, 0o002, 0o077])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_umask_is_read_as_set(umask: int) -> None:
    assert current_umask() == umask


def test_scenario_recording_and_pack_follow_the_umask(umask: int, tmp_path: Path) -> None:
    shipped = next(item for item in load_library()[0] if item.path.suffix == ".yaml")
    scenario = tmp_path / "library" / "mine" / "scenario.yaml"
    write_validated(scenario, shipped.path.read_text(encoding="utf-8"))
    line = write_audio(tmp_path / "library" / "mine" / "recordings" / "turn-1.wav", np.zeros(1600, np.float32), 16000)
    packed = tmp_path / "mine.zip"
    pack(scenario.parent, packed)
    expected = 0o666 & ~umask
    assert (mode(scenario), mode(line), mode(packed)) == (expected, expected, expected)
