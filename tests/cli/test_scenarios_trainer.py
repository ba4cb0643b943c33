"""``voicecoach scenarios new`` and ``record``, and the one-line YAML edit behind ``record``."""

from __future__ import annotations

import difflib
import os
import pty
import re
import select
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from voicecoach.adapters.audio_files import read_audio, write_audio
from voicecoach.adapters.library import check_file, parse_yaml
from voicecoach.adapters.library_files import set_turn_audio
from voicecoach.adapters.settings import user_scenarios_dir
from voicecoach.cli import main
from voicecoach.core.audio_ops import rms_db
from voicecoach.core.errors import UserError


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


HEAD = """# A comment that must survive.
id: x-en
turns:
"""

EDIT_CASES = [
    (
        "plain say",
        "  - say: Hello there.  # inline comment\n    emotion: calm\n",
        "  - say: Hello there.  # inline comment\n    audio: lines/turn-1.flac\n    emotion: calm\n",
    ),
    (
        "folded block",
        "  - id: t1\n    say: >-\n      Hello\n      there.\n    emotion: calm\n",
        "  - id: t1\n    say: >-\n      Hello\n      there.\n    audio: lines/turn-1.flac\n    emotion: calm\n",
    ),
    (
        "quoted over two lines",
        '  - say: "Hello\n      there."\n    next: end\n',
        '  - say: "Hello\n      there."\n    audio: lines/turn-1.flac\n    next: end\n',
    ),
    (
        "existing audio replaced",
        "  - say: Hi\n    audio: old/take.wav   # keep this comment\n",
        "  - say: Hi\n    audio: lines/turn-1.flac   # keep this comment\n",
    ),
    ("last line without newline", "  - say: Hi", "  - say: Hi\n    audio: lines/turn-1.flac"),
]


@pytest.mark.parametrize(("name", "turns", "expected"), EDIT_CASES, ids=[c[0] for c in EDIT_CASES])
def test_set_turn_audio_edits_one_line(name: str, turns: str, expected: str) -> None:
    edited = set_turn_audio(HEAD + turns, 0, "lines/turn-1.flac")
    assert edited == HEAD + expected
    _node, data = parse_yaml(edited)
    assert data["turns"][0]["audio"] == "lines/turn-1.flac"


def test_set_turn_audio_picks_the_right_turn_and_refuses_bad_ones() -> None:
    text = HEAD + "  - say: One\n  - say: Two\n    next: end\n  - {say: Three}\n"
    edited = set_turn_audio(text, 1, "lines/turn-2.flac")
    assert parse_yaml(edited)[1]["turns"] == [
        {"say": "One"},
        {"say": "Two", "audio": "lines/turn-2.flac", "next": "end"},
        {"say": "Three"},
    ]
    with pytest.raises(UserError, match="no turn 5"):
        set_turn_audio(text, 4, "x.flac")
    with pytest.raises(UserError, match="flow style"):
        set_turn_audio(text, 2, "x.flac")


def test_new_writes_a_valid_commented_scenario_folder(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(
        capsys,
        "scenarios",
        "new",
        "--id",
        "refund-en",
        "--language",
        "en",
        "--title",
        "Refund: please!",
        "--persona",
        "Ms O'Neill",
        "--mood",
        "sad",
    )
    assert code == 0, err
    path = user_scenarios_dir() / "refund-en" / "scenario.yaml"
    assert out.strip() == str(path)
    scenario, problems = check_file(path)
    assert problems == [] and scenario is not None
    assert (scenario.title, scenario.language, scenario.persona.name, scenario.persona.mood) == (
        "Refund: please!",
        "en",
        "Ms O'Neill",
        "sad",
    )
    assert len(scenario.turns) == 3 and scenario.turns[0].interjection is not None
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Training goal: ")
    assert "# voice: en_US-amy-medium" in text and "voicecoach scenarios record refund-en --turn N" in text
    code, out, _err = run_cli(capsys, "scenarios", "list")
    assert "refund-en" in out


def test_new_in_german_with_output_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _out, err = run_cli(
        capsys, "scenarios", "new", "--id", "waesche-de", "--language", "de", "-o", str(tmp_path / "w")
    )
    assert code == 0, err
    text = (tmp_path / "w" / "scenario.yaml").read_text(encoding="utf-8")
    assert text.startswith("# Übungsziel: ") and "title: Neues Szenario" in text
    assert check_file(tmp_path / "w" / "scenario.yaml")[1] == []


@pytest.mark.parametrize(
    ("language", "persona", "named"),
    [("de", "Herr Öztürk", "Öztürk hier, Bestellnummer"), ("en", "Mr Singh", "It's Mr Singh, order number")],
)
def test_new_examples_speak_of_the_persona_given(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str, persona: str, named: str
) -> None:
    """The template's example lines name its own customer (Frau Berger, Ms Baker): with --persona
    they name that customer instead, in the situation and in what the customer says."""
    target = tmp_path / "p" / "scenario.yaml"
    argv = ["scenarios", "new", "--id", f"p-{language}", "--language", language, "--persona", persona]
    code, _out, err = run_cli(capsys, *argv, "-o", str(target.parent))
    assert code == 0, err
    text = target.read_text(encoding="utf-8")
    assert "Berger" not in text and "Baker" not in text
    assert f'situation: "{persona} ' in text or f"situation: {persona} " in text
    assert named in text
    assert check_file(target)[1] == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--language", "en"], "give an id with --id, e.g. --id "),
        (["--id", "Bad Id", "--language", "en"], "id 'Bad Id': use lowercase letters"),
        (["--id", "late-delivery-de", "--language", "de"], "id 'late-delivery-de' is already used by"),
        (["--id", "mixed-de", "--language", "en"], "the id ends in '-de' but language is 'en'"),
        (["--id", "x-en", "--language", "en", "-o", "elsewhere/x.yaml"], "name the file scenario.yaml"),
    ],
)
def test_new_refuses_with_one_line(capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    code, out, err = run_cli(capsys, "scenarios", "new", *argv)
    assert code == 2 and out == "" and message in err and len(err.strip().splitlines()) == 1
    assert not user_scenarios_dir().exists() or not any(user_scenarios_dir().iterdir()), "nothing may be written"


def test_new_does_not_overwrite_without_force(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(capsys, "scenarios", "new", "--id", "twice-en", "--language", "en")[0] == 0
    path = user_scenarios_dir() / "twice-en" / "scenario.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "# my edits\n", encoding="utf-8")
    code, _out, err = run_cli(capsys, "scenarios", "new", "--id", "twice-en", "--language", "en")
    assert code == 2 and "already exists" in err and "--force" in err
    assert path.read_text(encoding="utf-8").endswith("# my edits\n")
    assert run_cli(capsys, "scenarios", "new", "--id", "twice-en", "--language", "en", "--force")[0] == 0
    assert not path.read_text(encoding="utf-8").endswith("# my edits\n")


def test_new_asks_on_a_terminal() -> None:
    """All prompts answered on a real pseudo-terminal: language, title, id, then defaults."""
    primary, secondary = pty.openpty()
    answers = [b"en", b"Broken kettle", b"", b"Mr Brown", b"", b"", b"", b""]  # gender: from "Mr"
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "voicecoach", "scenarios", "new"],
            stdin=secondary,
            stdout=secondary,
            stderr=secondary,
            env=os.environ.copy(),
        )
        os.close(secondary)
        seen, deadline = b"", time.monotonic() + 60
        while answers:
            assert time.monotonic() < deadline and process.poll() is None, seen
            if select.select([primary], [], [], 0.5)[0]:
                seen += os.read(primary, 4096)
            if seen.rstrip().endswith(b"]:"):
                os.write(primary, answers.pop(0) + b"\n")
                seen += b"\n"
        assert process.wait(timeout=60) == 0
    finally:
        os.close(primary)
    path = user_scenarios_dir() / "broken-kettle-en" / "scenario.yaml"
    scenario, problems = check_file(path)
    assert problems == [] and scenario is not None
    assert (scenario.title, scenario.persona.name, scenario.persona.mood) == ("Broken kettle", "Mr Brown", "annoyed")
    assert scenario.persona.gender == "male"


def test_new_writes_the_persona_gender(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    argv = ["scenarios", "new", "--id", "g-de", "--language", "de", "--persona", "Alex Berger", "--gender", "diverse"]
    assert run_cli(capsys, *argv, "-o", str(tmp_path / "g"))[0] == 0
    scenario, problems = check_file(tmp_path / "g" / "scenario.yaml")
    assert problems == [] and scenario is not None and scenario.persona.gender == "diverse"
    assert "gender: diverse    # female | male | diverse" in (tmp_path / "g" / "scenario.yaml").read_text("utf-8")
    assert run_cli(capsys, "scenarios", "new", "--id", "h-de", "--language", "de", "-o", str(tmp_path / "h"))[0] == 0
    assert check_file(tmp_path / "h" / "scenario.yaml")[0].persona.gender == "female"  # the template's Frau Berger
    wrong = ["scenarios", "new", "--id", "x-de", "--language", "de", "--persona", "Herr Roth", "--gender", "female"]
    code, _out, err = run_cli(capsys, *wrong, "-o", str(tmp_path / "x"))
    assert code == 2 and "use gender: male" in err


def take(path: Path, lead: float = 1.0, speech: float = 1.0, tail: float = 2.0, amplitude: float = 0.05) -> Path:
    rate = 22050
    t = np.arange(int(speech * rate)) / rate
    voice = amplitude * np.sin(2 * np.pi * 180 * t) * (1 + 0.3 * np.sin(2 * np.pi * 3 * t))
    write_audio(path, np.concatenate([np.zeros(int(lead * rate)), voice, np.zeros(int(tail * rate))]), rate)
    return path


@pytest.fixture()
def scenario_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    folder = tmp_path / "kettle-en"
    assert run_cli(capsys, "scenarios", "new", "--id", "kettle-en", "--language", "en", "-o", str(folder))[0] == 0
    return folder


def test_record_from_file_trims_normalises_and_sets_audio(
    capsys: pytest.CaptureFixture[str], scenario_folder: Path, tmp_path: Path
) -> None:
    yaml_path = scenario_folder / "scenario.yaml"
    before = yaml_path.read_text(encoding="utf-8")
    code, out, err = run_cli(
        capsys, "scenarios", "record", str(scenario_folder), "--turn", "2", "--from-file", str(take(tmp_path / "t.wav"))
    )
    assert code == 0, err
    saved = scenario_folder / "lines" / "turn-2.flac"
    assert out.strip() == str(saved)
    audio = read_audio(saved)
    assert audio.duration == pytest.approx(1.0 + 2 * 0.12, abs=0.05)  # silence trimmed, short pads kept
    assert rms_db(audio.samples) == pytest.approx(-20.0, abs=0.5)
    after = yaml_path.read_text(encoding="utf-8")
    diff = [line for line in difflib.ndiff(before.splitlines(), after.splitlines()) if line[:1] in "+-"]
    assert diff == ["+     audio: lines/turn-2.flac"]  # one line added; every comment kept
    scenario, problems = check_file(yaml_path)
    assert problems == [] and scenario is not None and scenario.turns[1].audio == "lines/turn-2.flac"

    # A second take replaces the file and leaves the YAML as it was.
    code, _out, err = run_cli(
        capsys,
        "scenarios",
        "record",
        str(scenario_folder),
        "--turn",
        "2",
        "--from-file",
        str(take(tmp_path / "t2.wav", speech=2.0)),
    )
    assert code == 0, err
    assert yaml_path.read_text(encoding="utf-8") == after
    assert read_audio(saved).duration == pytest.approx(2.24, abs=0.05)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--turn", "9"], "has turns 1 to 3; pick one with --turn"),
        (["--turn", "1", "--input-device", "no-such-microphone-xyz"], "no microphone found|no input device matches"),
        (["--turn", "1", "--from-file", "SILENT"], "nothing above the silence threshold was recorded"),
        (["--turn", "1", "--from-file", "MISSING"], "cannot read audio"),
    ],
)
def test_record_refuses_with_one_line(
    capsys: pytest.CaptureFixture[str], scenario_folder: Path, tmp_path: Path, extra: list[str], message: str
) -> None:
    silent = tmp_path / "silent.wav"
    write_audio(silent, np.zeros(16000), 16000)
    extra = [str(silent) if a == "SILENT" else str(tmp_path / "missing.wav") if a == "MISSING" else a for a in extra]
    before = (scenario_folder / "scenario.yaml").read_text(encoding="utf-8")
    code, out, err = run_cli(capsys, "scenarios", "record", str(scenario_folder), *extra)
    assert code == 2 and out == "" and re.search(message, err), err
    assert (scenario_folder / "scenario.yaml").read_text(encoding="utf-8") == before
    assert not (scenario_folder / "lines").exists()


def test_record_makes_a_single_file_a_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """As the TUI's recording screen does: a single-file scenario becomes a folder on the first
    kept take (recordings need one), instead of telling the trainer to mkdir and mv by hand."""
    flat = tmp_path / "flat-en.yaml"
    run_cli(capsys, "scenarios", "new", "--id", "flat-en", "--language", "en", "-o", str(tmp_path / "f"))
    (tmp_path / "f" / "scenario.yaml").rename(flat)
    code, out, err = run_cli(
        capsys, "scenarios", "record", str(flat), "--turn", "1", "--from-file", str(take(tmp_path / "t.wav"))
    )
    assert code == 0, err
    assert "makes the file a folder" in err and "mkdir" not in err
    folder = tmp_path / "flat-en"
    assert not flat.exists() and (folder / "scenario.yaml").is_file()
    assert Path(out.strip()).is_file() and Path(out.strip()).parent.parent == folder


def test_record_of_a_shipped_scenario_goes_into_an_own_copy(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A German first-time user was told to mkdir and mv inside the installed library; the take
    now goes into the user's copy (ID-eigen in German, ID-mine in English), the shipped scenario
    stays as it was (de and en)."""
    from voicecoach.adapters.library import SHIPPED_DIR
    from voicecoach.adapters.settings import user_scenarios_dir

    shipped = SHIPPED_DIR / "late-delivery-de.yaml"
    before = shipped.read_bytes() if shipped.exists() else None
    code, out, err = run_cli(
        capsys, "--lang", "de", "scenarios", "record", "late-delivery-de", "--turn", "1",
        "--from-file", str(take(tmp_path / "t.wav")),
    )  # fmt: skip
    assert code == 0, err
    assert "mitgeliefertes Szenario: die Aufnahme kommt in Ihre eigene Kopie „late-delivery-de-eigen“" in err
    copy = user_scenarios_dir() / "late-delivery-de-eigen" / "scenario.yaml"
    assert copy.is_file() and Path(out.strip()).is_relative_to(copy.parent)
    if before is not None:
        assert shipped.read_bytes() == before


def _on_a_terminal(argv: list[str], answers: list[bytes]) -> tuple[int, str]:
    """Run the CLI on a pseudo-terminal, answering each prompt that ends in ']: '."""
    primary, secondary = pty.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "voicecoach", *argv],
            stdin=secondary, stdout=secondary, stderr=secondary, env=os.environ.copy(),
        )  # fmt: skip
        os.close(secondary)
        seen, deadline = b"", time.monotonic() + 60
        while process.poll() is None:
            assert time.monotonic() < deadline, seen
            if select.select([primary], [], [], 0.2)[0]:
                try:
                    seen += os.read(primary, 4096)
                except OSError:
                    break
            if answers and seen.rstrip().endswith(b"]:"):
                os.write(primary, answers.pop(0) + b"\n")
                seen += b"\n"
        return process.wait(timeout=30), seen.decode(errors="replace")
    finally:
        os.close(primary)


def test_record_asks_keep_or_quit_on_a_terminal(scenario_folder: Path, tmp_path: Path) -> None:
    argv = ["scenarios", "record", str(scenario_folder), "--turn", "1", "--from-file", str(take(tmp_path / "t.wav"))]
    code, text = _on_a_terminal(argv, [b"q"])
    assert code == 1 and "[k]eep, [l]isten, [r]edo, [q]uit" in text and "nothing saved" in text
    assert not (scenario_folder / "lines").exists()
    code, text = _on_a_terminal(argv, [b"k"])
    assert code == 0, text
    assert (scenario_folder / "lines" / "turn-1.flac").is_file()


@pytest.mark.parametrize(("ui", "scenario_id", "language"), [("en", "mein-test-de", "de"), ("de", "my-test-en", "en")])
def test_new_takes_the_language_from_the_ids_suffix(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, ui: str, scenario_id: str, language: str
) -> None:
    """A German first-time user's 'scenarios new --id mein-test-de' failed with "the id ends in
    '-de' but the language is 'en'" (the locale was C): the id says the language."""
    code, _out, err = run_cli(capsys, "--lang", ui, "scenarios", "new", "--id", scenario_id, "-o", str(tmp_path / "n"))
    assert code == 0, err
    assert f"language: {language}" in (tmp_path / "n" / "scenario.yaml").read_text(encoding="utf-8")
