"""``voicecoach scenarios pack`` and ``unpack``: round trip, and every attack refused with one
clear line, exit 2, and nothing written."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import numpy as np
import pytest

from tests.helpers.bad_yaml import alias_bomb, deep_flow
from tests.helpers.ordinary_user import as_ordinary_user
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
    # issue 13: each passed before, or ended in a traceback or a hang
    (
        "470 entries of 1 MiB of zeros",
        [GOOD, *((f"good-one-de/lines/z{i}.flac", bytes(2**20)) for i in range(470))],
        "471 entries unpack to 470 MB from",
    ),
    ("alias bomb", [GOOD, ("bomb-en.yaml", alias_bomb().encode())], "more than 20,000 values once its aliases"),
    ("nested 500 deep", [GOOD, ("deep-en.yaml", deep_flow(500).encode())], "nested more than 40 levels deep"),
    ("entry below a file", [GOOD, ("good-one-de/scenario.yaml/x.flac", b"x")], "lies inside a file of the zip"),
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


def damage(archive: Path, name: str) -> Path:
    """Flip one byte in the middle of entry ``name``'s compressed data (the zip stays readable)."""
    with zipfile.ZipFile(archive) as zf:
        info = zf.getinfo(name)
    data = bytearray(archive.read_bytes())
    name_length = int.from_bytes(data[info.header_offset + 26 : info.header_offset + 28], "little")
    extra_length = int.from_bytes(data[info.header_offset + 28 : info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_length + extra_length
    data[start + info.compress_size // 2] ^= 0x55
    archive.write_bytes(bytes(data))
    return archive


DAMAGED = [
    ("stored, bad CRC-32", zipfile.ZIP_STORED, "Bad CRC-32 for file 'good-one-de/scenario.yaml'"),
    ("deflated, broken stream", zipfile.ZIP_DEFLATED, "good-one-de/scenario.yaml"),
]


@pytest.mark.parametrize(("name", "method", "message"), DAMAGED, ids=[row[0] for row in DAMAGED])
def test_a_damaged_entry_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, method: int, message: str
) -> None:
    archive = tmp_path / "team.zip"
    with zipfile.ZipFile(archive, "w", compression=method) as zf:
        zf.writestr(*GOOD)
    damage(archive, GOOD[0])
    target = tmp_path / "target"
    code, out, err = run_cli(capsys, "scenarios", "unpack", str(archive), "--into", str(target))
    assert (code, out) == (2, ""), name
    assert len(err.splitlines()) == 1 and "is damaged (" in err and message in err and "get a new copy" in err
    assert not target.exists()


def test_a_zip_of_one_scenario_folders_contents_gets_its_own_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A top-level scenario.yaml would have turned the whole library folder into one scenario."""
    target = tmp_path / "target"
    (target / "other-de").mkdir(parents=True)
    (target / "other-de" / "scenario.yaml").write_text(valid_yaml("other-de"), encoding="utf-8")
    archive = write_zip(
        tmp_path / "solo.zip", [("scenario.yaml", valid_yaml("solo-de").encode()), ("notes/readme.txt", b"hi")]
    )
    code, out, err = run_cli(capsys, "scenarios", "unpack", str(archive), "--into", str(target))
    assert code == 0, err
    assert out.splitlines() == [str(target / "solo-de")]
    assert sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file()) == [
        "other-de/scenario.yaml",
        "solo-de/notes/readme.txt",
        "solo-de/scenario.yaml",
    ]
    code, out, err = run_cli(capsys, "scenarios", "validate", str(target))
    assert code == 0 and "2 scenario files: 2 valid" in err
    code, _out, err = run_cli(capsys, "scenarios", "unpack", str(archive), "--into", str(target))
    assert code == 2 and f"{target / 'solo-de'} already exists; add --force" in err


def test_unpack_into_what_cannot_be_a_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    archive = write_zip(tmp_path / "team.zip", [GOOD])
    a_file = tmp_path / "a-file"
    a_file.write_text("keep", encoding="utf-8")
    rows = [
        (a_file, f"{a_file} is a file, not a folder; give a folder with --into"),
        (a_file / "below", f"cannot make the folder {a_file / 'below'} (Not a directory)"),
    ]
    for into, message in rows:
        code, out, err = run_cli(capsys, "scenarios", "unpack", str(archive), "--into", str(into))
        assert (code, out) == (2, "") and len(err.splitlines()) == 1, err
        assert message in err
    assert a_file.read_text(encoding="utf-8") == "keep"


def test_unpack_into_a_read_only_folder(tmp_path: Path) -> None:
    """A real refusal: the folder is mode 555 and the command runs without root's override."""
    archive = write_zip(tmp_path / "team.zip", [GOOD])
    into = tmp_path / "read-only"
    into.mkdir()
    command = Path(__file__).resolve().parents[2] / ".venv" / "bin" / "voicecoach"
    env = {**os.environ, "VOICECOACH_HOME": str(tmp_path / "home")}
    into.chmod(0o555)
    try:
        done = subprocess.run(
            as_ordinary_user([str(command), "scenarios", "unpack", str(archive), "--into", str(into)]),
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
    finally:
        into.chmod(0o755)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        f"voicecoach: cannot write into {into} (Permission denied); give a folder you can write to with --into "
        "(nothing was unpacked)\n"
    )
    assert list(into.iterdir()) == []


def test_a_staging_folder_left_by_a_killed_unpack_is_removed_by_the_next(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "target"
    target.mkdir()
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    leftover = target / f".unpack-{gone.pid}-k1ll3d"
    (leftover / "good-one-de").mkdir(parents=True)
    (leftover / "good-one-de" / "scenario.yaml").write_text(valid_yaml("good-one-de"), encoding="utf-8")
    running = target / f".unpack-{os.getppid()}-busy"  # a process that still runs: left alone
    running.mkdir()
    code, _out, err = run_cli(
        capsys, "scenarios", "unpack", str(write_zip(tmp_path / "t.zip", [GOOD])), "--into", str(target)
    )
    assert code == 0, err
    assert sorted(p.name for p in target.iterdir()) == [running.name, "good-one-de"]


def test_unpack_killed_mid_way_leaves_nothing_after_the_next_run(tmp_path: Path) -> None:
    """kill -9 while a big entry is being written; the next unpack sweeps the staging folder."""
    target = tmp_path / "target"
    big = [GOOD, *((f"good-one-de/lines/n{i}.flac", np.random.default_rng(i).bytes(8 * 2**20)) for i in range(12))]
    archive = write_zip(tmp_path / "big.zip", big)
    command = Path(__file__).resolve().parents[2] / ".venv" / "bin" / "voicecoach"
    env = {**os.environ, "VOICECOACH_HOME": str(tmp_path / "home")}
    process = subprocess.Popen(
        [str(command), "scenarios", "unpack", str(archive), "--into", str(target)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not any(target.glob(".unpack-*/good-one-de/lines/*")) and time.monotonic() < deadline:
        time.sleep(0.005)
    process.kill()
    process.wait()
    assert any(target.glob(".unpack-*")), "killed before the staging folder was made; the zip is too small"
    small = write_zip(tmp_path / "small.zip", [("other-de.yaml", valid_yaml("other-de").encode())])
    done = subprocess.run(
        [str(command), "scenarios", "unpack", str(small), "--into", str(target)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in target.iterdir()) == ["other-de.yaml"]


def test_pack_refuses_hostile_yaml_in_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for name, text, message in [
        ("bomb", alias_bomb(), "aliases (*name) are expanded"),
        ("deep", deep_flow(500), "nested more than 40 levels deep"),
    ]:
        folder = tmp_path / name
        folder.mkdir()
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
        code, out, err = run_cli(capsys, "scenarios", "pack", str(folder), "-o", str(tmp_path / f"{name}.zip"))
        assert (code, out) == (2, "") and len(err.splitlines()) == 1 and message in err
        assert not (tmp_path / f"{name}.zip").exists()
