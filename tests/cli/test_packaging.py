"""The shipped scenario library travels in a wheel or sdist (as ``voicecoach/_shipped``) and a
checkout keeps finding it in ``scenarios/``. No wheel is built here: the tests read the packaging
rules from pyproject.toml, apply them the way setuptools does, and run a copy laid out like an
installed wheel."""

from __future__ import annotations

import glob
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from voicecoach.adapters.library import SHIPPED_DIR, scenario_files

tomllib = pytest.importorskip("tomllib")

REPO = Path(__file__).resolve().parents[2]
PACKAGED = "voicecoach._shipped"


def setuptools_config() -> dict:
    with (REPO / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)["tool"]["setuptools"]


def packaged_files(folder: Path) -> set[str]:
    """The files under ``folder`` that the package-data globs of voicecoach._shipped take
    (setuptools: recursive glob relative to the package's folder, files only)."""
    patterns = setuptools_config()["package-data"][PACKAGED]
    taken: set[str] = set()
    for pattern in patterns:
        for name in glob.glob(pattern, root_dir=folder, recursive=True):
            if (folder / name).is_file():
                taken.add(Path(name).as_posix())
    return taken


def every_file(folder: Path) -> set[str]:
    return {
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file()
        and not any(part.startswith(".") or part == "__pycache__" for part in path.relative_to(folder).parts)
    }


def test_the_checkout_uses_the_scenarios_folder() -> None:
    assert SHIPPED_DIR.resolve() == (REPO / "scenarios").resolve()
    assert setuptools_config()["package-dir"][PACKAGED] == "scenarios"


def test_every_subpackage_is_listed_for_the_wheel() -> None:
    found = {".".join(init.parent.relative_to(REPO).parts) for init in (REPO / "voicecoach").rglob("__init__.py")}
    assert set(setuptools_config()["packages"]) == found | {PACKAGED}


def test_package_data_takes_every_file_of_the_shipped_library() -> None:
    shipped = every_file(REPO / "scenarios")
    assert "README.md" in shipped and len(shipped) > 1
    assert packaged_files(REPO / "scenarios") == shipped


def test_package_data_takes_folder_scenarios_with_their_recordings(tmp_path: Path) -> None:
    for name in ("one-de.yaml", "README.md", "two-en/scenario.yaml", "two-en/lines/turn-1.flac", "two-en/intro.wav"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    assert packaged_files(tmp_path) == every_file(tmp_path)


def test_an_installed_copy_finds_its_packaged_library(tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(REPO / "voicecoach", site / "voicecoach", ignore=shutil.ignore_patterns("__pycache__"))
    for name in packaged_files(REPO / "scenarios"):
        target = site / "voicecoach" / "_shipped" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(REPO / "scenarios" / name, target)
    script = (
        "import json, voicecoach.adapters.library as lib\n"
        "files = lib.scenario_files([lib.SHIPPED_DIR])\n"
        "print(json.dumps({'module': lib.__file__, 'dir': str(lib.SHIPPED_DIR),\n"
        "    'files': [str(f.relative_to(lib.SHIPPED_DIR)) for f in files],\n"
        "    'invalid': [str(p) for _f, _s, problems in lib.check_files(files) for p in problems]}))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert Path(result["module"]) == site / "voicecoach" / "adapters" / "library.py"
    assert Path(result["dir"]) == site / "voicecoach" / "_shipped"
    checkout = [str(f.relative_to(SHIPPED_DIR)) for f in scenario_files([SHIPPED_DIR])]
    assert result["files"] == checkout and len(checkout) > 0
    assert result["invalid"] == []
