"""``voicecoach scenarios validate FOLDER`` says which subfolders it did not check (a trainer saw
"2 valid" while a subfolder held 12 broken files)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from voicecoach.cli import main

SHIPPED = Path(__file__).resolve().parents[2] / "scenarios" / "late-delivery-en.yaml"


@pytest.mark.parametrize(
    ("language", "said"),
    [("en", "2 YAML files in this subfolder were not checked"), ("de", "2 YAML-Dateien in diesem Unterordner")],
)
def test_a_subfolder_of_yaml_files_is_named(
    language: str, said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(SHIPPED, tmp_path / "late-delivery-en.yaml")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.yaml").write_text("title: [\n", encoding="utf-8")
    (tmp_path / "drafts" / "b.yaml").write_text("title: x\n", encoding="utf-8")
    (tmp_path / "notes").mkdir()  # no YAML in it: nothing to say
    assert main(["--lang", language, "scenarios", "validate", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert said in err and "validate " + str(tmp_path / "drafts") in err, err
    assert "notes" not in err
    # checked when given: the broken file is found
    assert main(["--lang", language, "scenarios", "validate", str(tmp_path / "drafts")]) == 1
