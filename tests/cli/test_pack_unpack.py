"""``voicecoach scenarios pack`` and ``unpack``: round trip, and every attack refused with one
clear line, exit 2, and nothing written."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import numpy as np
import pytest

from voicecoach.adapters.audio_files import write_audio
from voicecoach.adapters.settings import user_scenarios_dir
from voicecoach.cli import main


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture()
def library(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A folder with a scenario folder holding a recorded line, and a single-file scenario."""
    root = tmp_path / "team"
    assert (
        run_cli(capsys, "scenarios", "new", "--id", "washer-de", "--language", "de", "-o", str(root / "washer-de"))[0]
        == 0
    )
    take = tmp_path / "take.wav"
    t = np.arange(16000) / 16000
    write_audio(take, np.concatenate([np.zeros(8000), 0.1 * np.sin(2 * np.pi * 200 * t), np.zeros(8000)]), 16000)
    code, _out, err = run_cli(
        capsys, "scenarios", "record", str(root / "washer-de"), "--turn", "1", "--from-file", str(take)
    )
    assert code == 0, err
    assert (
        run_cli(capsys, "scenarios", "new", "--id", "washer-en", "--language", "en", "-o", str(tmp_path / "tmp-en"))[0]
        == 0
    )
    (tmp_path / "tmp-en" / "scenario.yaml").rename(root / "washer-en.yaml")
    return root


def test_round_trip(capsys: pytest.CaptureFixture[str], library: Path, tmp_path: Path) -> None:
    archive = tmp_path / "team.zip"
    code, out, err = run_cli(capsys, "scenarios", "pack", str(library), "-o", str(archive))
    assert code == 0 and out.strip() == str(archive) and "packed 2 scenarios (3 files)" in err
    with zipfile.ZipFile(archive) as zf:
        assert sorted(zf.namelist()) == ["washer-de/lines/turn-1.flac", "washer-de/scenario.yaml", "washer-en.yaml"]

    target = tmp_path / "installed"
    code, out, err = run_cli(capsys, "scenarios", "unpack", str(archive), "--into", str(target))
    assert code == 0, err
    assert out.split() == [str(target / "washer-de"), str(target / "washer-en.yaml")]
    assert snapshot(target) == snapshot(library)
    assert [p.name for p in target.iterdir() if p.name.startswith(".")] == []  # no staging left behind
    assert run_cli(capsys, "scenarios", "validate", str(target))[0] == 0


def test_unpack_goes_to_the_user_scenarios_folder_and_force_replaces(
    capsys: pytest.CaptureFixture[str], library: Path, tmp_path: Path
) -> None:
    archive = tmp_path / "team.zip"
    run_cli(capsys, "scenarios", "pack", str(library), "-o", str(archive))
    assert run_cli(capsys, "scenarios", "unpack", str(archive))[0] == 0
    installed = user_scenarios_dir()
    assert (installed / "washer-de" / "lines" / "turn-1.flac").is_file()
    code, out, _err = run_cli(capsys, "scenarios", "list")
    assert "washer-de" in out and "washer-en" in out

    (installed / "washer-de" / "stale.txt").write_text("old", encoding="utf-8")
    code, _out, err = run_cli(capsys, "scenarios", "unpack", str(archive))
    assert code == 2
    assert (
        err.strip()
        == f"voicecoach: {installed / 'washer-de'} already exists; add --force to replace it (nothing was unpacked)"
    )
    assert (installed / "washer-de" / "stale.txt").is_file()
    assert run_cli(capsys, "scenarios", "unpack", str(archive), "--force")[0] == 0
    assert not (installed / "washer-de" / "stale.txt").exists()
    assert snapshot(installed) == snapshot(library)


def test_pack_refuses_an_invalid_scenario_and_an_existing_zip(
    capsys: pytest.CaptureFixture[str], library: Path, tmp_path: Path
) -> None:
    archive = tmp_path / "team.zip"
    archive.write_bytes(b"keep")
    code, _out, err = run_cli(capsys, "scenarios", "pack", str(library), "-o", str(archive))
    assert code == 2 and "already exists; pick another -o or add --force" in err
    (library / "broken-en.yaml").write_text("id: broken-en\ntitle: x\n", encoding="utf-8")
    code, _out, err = run_cli(capsys, "scenarios", "pack", str(library), "-o", str(archive), "--force")
    assert code == 2 and "not packed:" in err and "broken-en.yaml" in err
    assert archive.read_bytes() == b"keep"


VALID = (Path(__file__).resolve().parents[2] / "scenarios" / "late-delivery-de.yaml").read_text(encoding="utf-8")


def valid_yaml(scenario_id: str) -> str:
    return VALID.replace("id: late-delivery-de", f"id: {scenario_id}")


def write_zip(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for info, data in entries:
            zf.writestr(info, data)
    return path


def symlink_entry(name: str, target: str) -> tuple[zipfile.ZipInfo, bytes]:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info, target.encode()


GOOD = ("good-one-de/scenario.yaml", valid_yaml("good-one-de").encode())

ATTACKS = [
    ("traversal", [GOOD, ("../evil.yaml", b"x")], "entry '../evil.yaml' points outside the target folder"),
    ("nested traversal", [GOOD, ("good-one-de/../../evil.yaml", b"x")], "points outside the target folder"),
    ("absolute", [GOOD, ("/tmp/evil.yaml", b"x")], "entry '/tmp/evil.yaml' has an absolute path"),
    ("drive letter", [GOOD, ("C:/evil.yaml", b"x")], "has an absolute path"),
    ("symlink", [GOOD, symlink_entry("good-one-de/lines/turn-1.flac", "/etc/passwd")], "is a symbolic link"),
    (
        "oversized",
        [GOOD, ("good-one-de/lines/huge.flac", bytes(51 * 2**20))],
        "is 51 MB, over the 50 MB limit per file",
    ),
    ("zip bomb", [GOOD, ("good-one-de/lines/bomb.flac", bytes(20 * 2**20))], "like a zip bomb"),
    ("invalid scenario", [GOOD, ("bad-en.yaml", b"id: bad-en\ntitle: x\n")], "bad-en.yaml"),
    ("not a scenario", [GOOD, ("README.md", b"hello")], "'README.md' is not a scenario"),
    ("duplicate ids", [GOOD, ("copy.yaml", valid_yaml("good-one-de").encode())], "id 'good-one-de' is used twice"),
    ("shipped id", [("mine.yaml", VALID.encode())], "id 'late-delivery-de' is already used by"),
    ("empty", [], "the zip is empty"),
]


@pytest.mark.parametrize(("name", "entries", "message"), ATTACKS, ids=[a[0] for a in ATTACKS])
def test_unpack_refuses(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, entries: list[tuple[object, bytes]], message: str
) -> None:
    archive = write_zip(tmp_path / "attack.zip", entries)  # type: ignore[arg-type]
    target = tmp_path / "target"
    code, out, err = run_cli(capsys, "scenarios", "unpack", str(archive), "--into", str(target))
    assert code == 2, name
    assert out == ""
    assert message in err
    assert len(err.strip().splitlines()) == 1 and err.startswith("voicecoach: ")
    assert not target.exists(), "nothing may be written"
    assert not (tmp_path / "evil.yaml").exists()


def test_unpack_into_an_existing_folder_leaves_it_as_it_was(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "target"
    (target / "good-one-de").mkdir(parents=True)
    (target / "good-one-de" / "scenario.yaml").write_text("mine", encoding="utf-8")
    before = snapshot(target)
    archive = write_zip(tmp_path / "a.zip", [GOOD, ("../evil.yaml", b"x")])
    assert run_cli(capsys, "scenarios", "unpack", str(archive), "--into", str(target))[0] == 2
    archive = write_zip(tmp_path / "b.zip", [GOOD])
    code, _out, err = run_cli(capsys, "scenarios", "unpack", str(archive), "--into", str(target))
    assert code == 2 and "already exists; add --force" in err
    assert snapshot(target) == before
    assert sorted(p.name for p in target.iterdir()) == ["good-one-de"]


def test_unpack_refuses_what_is_not_a_zip(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    fake = tmp_path / "team.zip"
    fake.write_text("not a zip", encoding="utf-8")
    code, _out, err = run_cli(capsys, "scenarios", "unpack", str(fake), "--into", str(tmp_path / "t"))
    assert code == 2 and "not a zip file" in err and not (tmp_path / "t").exists()
    code, _out, err = run_cli(
        capsys, "scenarios", "unpack", str(tmp_path / "missing.zip"), "--into", str(tmp_path / "t")
    )
    assert code == 2 and "no such file" in err
