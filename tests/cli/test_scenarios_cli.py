"""``voicecoach scenarios list|show|validate``: output, exit codes, one-line problems."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.bad_yaml import RECURSIVE, alias_bomb, deep_block, deep_flow
from tests.helpers.ordinary_user import as_ordinary_user
from voicecoach.adapters.library import SHIPPED_DIR, scenario_files
from voicecoach.cli import main

REPO = Path(__file__).resolve().parents[2]
SHIPPED_COUNT = len(scenario_files([SHIPPED_DIR]))

GOOD = """\
# Training goal: a test.
id: mine-en
title: My own
language: en
brief: {situation: Someone calls., goal: Listen.}
persona: {name: Pat}
turns:
  - say: Hello.
  - say: Bye.
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["scenarios", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_list_is_a_table_grouped_by_language(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "list")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "LANG", "LEVEL", "THEME", "TURNS", "CUSTOMER", "TITLE"]
    rows = [line.split()[:3] for line in lines[1:] if line and not line[0].isupper() and "  " in line]
    assert len(rows) == SHIPPED_COUNT
    languages = [language for _id, language, _level in rows]
    assert languages == sorted(languages)  # German first, then English
    assert "late-delivery-de" in out and "Die verspätete Lieferung" in out
    assert f"{SHIPPED_COUNT} scenarios (" in out and "German" in out and "English" in out


def test_list_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "list", "--json")
    assert (code, err) == (0, "")
    rows = json.loads(out)
    assert len(rows) == SHIPPED_COUNT
    for row in rows:
        assert {"id", "title", "language", "difficulty", "path"} <= set(row)
        assert Path(row["path"]).is_file()
    assert {row["language"] for row in rows} == {"de", "en"}


@pytest.mark.parametrize("language", ["de", "en"])
def test_list_one_language(capsys: pytest.CaptureFixture[str], language: str) -> None:
    code, out, _err = run(capsys, "list", "--json", "--language", language)
    assert code == 0 and {row["language"] for row in json.loads(out)} == {language}


def test_list_includes_the_users_folder_and_reports_a_broken_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "mine.yaml").write_text(GOOD, encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text(GOOD.replace("language: en", "language: fr").replace("mine-en", "broken-en"), encoding="utf-8")
    monkeypatch.setenv("VOICECOACH_SCENARIOS", str(tmp_path))
    code, out, err = run(capsys, "list")
    assert code == 2
    assert "mine-en" in out and "broken-en" not in out
    assert err.count("\n") == 1 and err.startswith("voicecoach: a scenario file did not load: ")
    assert f"{broken}:4 language:" in err and "voicecoach scenarios validate" in err


def test_show(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "show", "late-delivery-de")
    assert (code, err) == (0, "")
    for expected in (
        "Die verspätete Lieferung  [late-delivery-de]",
        "Situation: Frau Keller",
        "Customer:  Frau Keller (angry, patience low, voice de_DE-kerstin-low",
        'Step 1 (angry): "Keller hier',
        '  gives: "Keller" [name], "4711" [order_number]',
        '  must not ask again for "Keller" [name], "4711" [order_number]',
        "  → after a poor reply: goes to step 2; otherwise: goes to step 3",
        'cuts in 3 s into the reply: "Aber bitte nicht wieder nur eine Vertröstung!"',
        '  a good reply could be: "Das tut mir leid, Frau Keller',
    ):
        assert expected in out, expected


def test_show_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "show", "warranty-no-en", "--json")
    data = json.loads(out)
    assert code == 0 and data["id"] == "warranty-no-en" and data["turns"][1]["expect"]["accept_no"] is True


def test_show_by_path(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(GOOD, encoding="utf-8")
    code, out, _err = run(capsys, "show", str(path))
    assert code == 0 and "My own  [mine-en]" in out


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("late-delivery-fr", "voicecoach: unknown scenario 'late-delivery-fr' (did you mean late-delivery-"),
        ("zzz", "voicecoach: unknown scenario 'zzz'; run 'voicecoach scenarios list' to see the ids"),
        ("no/such.yaml", "voicecoach: no/such.yaml: no such scenario file; check the path"),
    ],
)
def test_show_unknown_is_one_line_exit_2(capsys: pytest.CaptureFixture[str], ref: str, message: str) -> None:
    code, out, err = run(capsys, "show", ref)
    assert (code, out) == (2, "")
    assert err.startswith(message) and err.count("\n") == 1


def test_show_invalid_file_is_one_line_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(GOOD.replace("persona: {name: Pat}", "persona: {name: Pat, mood: grumpy}"), encoding="utf-8")
    code, out, err = run(capsys, "show", str(path))
    assert (code, out) == (2, "")
    assert err.startswith(f"voicecoach: {path}:6 persona.mood: 'grumpy' is not allowed here")
    assert err.count("\n") == 1


def test_validate_the_library(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "validate")
    assert (code, out) == (0, "")
    assert err == f"{SHIPPED_COUNT} scenario files: {SHIPPED_COUNT} valid, 0 invalid\n"


@pytest.mark.parametrize(
    ("files", "code", "lines", "summary"),
    [
        ({"a.yaml": GOOD}, 0, [], "1 scenario file: 1 valid, 0 invalid"),
        (
            {"a.yaml": GOOD, "b.yaml": GOOD.replace("  - say: Bye.", "  - sya: Bye.")},
            1,
            [
                "b.yaml:9 step 2 (turns[1].say): required key",
                "b.yaml:9 step 2 (turns[1].sya): unknown key 'sya'; did you mean 'say'?",
            ],
            "2 scenario files: 1 valid, 1 invalid",
        ),
        (
            {"a.yaml": GOOD, "b.yaml": GOOD},
            1,
            ["b.yaml:2 id: 'mine-en' is already used by"],
            "2 scenario files: 1 valid, 1 invalid",
        ),
        ({"a.yaml": ""}, 1, ["a.yaml: the file is empty"], "1 scenario file: 0 valid, 1 invalid"),
        ({"a.yaml": "- x\n"}, 1, ["a.yaml:1: the file holds a list"], "1 scenario file: 0 valid, 1 invalid"),
        (
            {"a.yaml": GOOD.replace("title: My own", "title: My own\ntitle: Twice")},
            1,
            ["a.yaml:4 title: key 'title' is given twice (first on line 3)"],
            "1 scenario file: 0 valid, 1 invalid",
        ),
    ],
)
def test_validate_files(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    files: dict[str, str],
    code: int,
    lines: list[str],
    summary: str,
) -> None:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result, out, err = run(capsys, "validate", str(tmp_path))
    assert result == code
    printed = out.splitlines()
    assert len(printed) == len(lines)
    for line, expected in zip(printed, lines):
        assert line.startswith(f"{tmp_path}/{expected}"), line
    assert err == summary + "\n"


def test_validate_a_missing_path_is_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "validate", str(tmp_path / "nope.yaml"))
    assert (code, out) == (2, "")
    missing = tmp_path / "nope.yaml"
    assert err == f"voicecoach: {missing}: no such file or folder; give a scenario .yaml or a folder of them\n"


def test_validate_a_folder_without_scenarios_is_exit_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _out, err = run(capsys, "validate", str(tmp_path))
    assert code == 1 and "no scenario files" in err


def test_the_installed_command_prints_no_traceback(tmp_path: Path) -> None:
    """The real entry point, as a user runs it: one line on stderr, exit 2."""
    command = REPO / ".venv" / "bin" / "voicecoach"
    if not command.exists():
        command = Path(sys.executable).with_name("voicecoach")
    env = {**os.environ, "VOICECOACH_HOME": str(tmp_path)}
    env.pop("VOICECOACH_SCENARIOS", None)
    shown = subprocess.run(
        [str(command), "scenarios", "show", "no-such-scenario"], capture_output=True, text=True, env=env, timeout=60
    )
    assert shown.returncode == 2 and shown.stdout == ""
    assert shown.stderr.count("\n") == 1 and "Traceback" not in shown.stderr
    checked = subprocess.run(
        [str(command), "scenarios", "validate"], capture_output=True, text=True, env=env, timeout=60
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


# --- issue 13: hostile YAML and unreadable folders: one line each, never a traceback ------------

HOSTILE = [
    ("alias bomb", alias_bomb(), 7, "more than 20,000 values once its aliases (*name) are expanded"),
    ("nested 500 deep", deep_flow(500), 2, "nested more than 40 levels deep"),
    ("nested 500 deep by indentation", deep_block(500), 40, "nested more than 40 levels deep"),
    ("recursive alias", RECURSIVE, 2, "is used inside its own anchor"),
]


@pytest.mark.parametrize(("name", "text", "line", "message"), HOSTILE, ids=[row[0] for row in HOSTILE])
def test_hostile_yaml_in_validate_list_and_show(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    text: str,
    line: int,
    message: str,
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "validate", str(bad))
    assert code == 1, name
    assert out.splitlines() == [f"{bad}:{line}: " + out.split(": ", 1)[1].rstrip("\n")]
    assert message in out and "Traceback" not in out + err
    monkeypatch.setenv("VOICECOACH_SCENARIOS", str(tmp_path))
    code, out, err = run(capsys, "list")
    assert code == 2 and "late-delivery-de" in out
    assert len(err.splitlines()) == 1 and f"{bad}:{line}: " in err and message in err
    code, out, err = run(capsys, "show", str(bad))
    assert (code, out) == (2, "") and len(err.splitlines()) == 1 and message in err


def test_an_unreadable_folder_is_skipped_with_one_note_by_list_and_validate(tmp_path: Path) -> None:
    """A real refusal: the folder is mode 000 and the command runs without root's override."""
    library = tmp_path / "library"
    (library / "good.yaml").parent.mkdir(parents=True)
    (library / "good.yaml").write_text(GOOD, encoding="utf-8")
    locked = library / "locked"
    locked.mkdir()
    (locked / "scenario.yaml").write_text(GOOD.replace("mine-en", "locked-en"), encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    command = REPO / ".venv" / "bin" / "voicecoach"
    if not command.exists():
        command = Path(sys.executable).with_name("voicecoach")
    env = {**os.environ, "VOICECOACH_HOME": str(home), "VOICECOACH_SCENARIOS": str(library)}
    note = f"{locked}: cannot be read (permission denied); skipped, check its permissions"
    locked.chmod(0)
    try:
        listed = subprocess.run(
            as_ordinary_user([str(command), "scenarios", "list"]), capture_output=True, text=True, env=env, timeout=60
        )
        checked = subprocess.run(
            as_ordinary_user([str(command), "scenarios", "validate", str(library)]),
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        shown = subprocess.run(
            as_ordinary_user([str(command), "scenarios", "show", "mine-en"]),
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
    finally:
        locked.chmod(0o755)
    assert listed.returncode == 2 and "mine-en" in listed.stdout and "late-delivery-de" in listed.stdout
    assert listed.stderr.count("\n") == 1 and note in listed.stderr
    assert checked.returncode == 1 and checked.stdout == note + "\n"
    assert checked.stderr == "1 scenario file: 1 valid, 0 invalid, 1 unreadable\n"
    assert shown.returncode == 0 and "My own" in shown.stdout and "Traceback" not in shown.stderr
