"""Loading scenario files: every problem with its file, line and field; YAML traps; audio paths."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.helpers.bad_yaml import RECURSIVE, alias_bomb, deep_block, deep_flow
from voicecoach.adapters import library
from voicecoach.adapters.library import (
    LoadedScenario,
    Problem,
    ScenarioInvalid,
    check_file,
    check_files,
    field_place,
    find_scenario,
    load_file,
    load_library,
    parse_yaml,
    scenario_files,
)
from voicecoach.core.errors import UserError

VALID = """\
# Training goal: a test.
id: test-en
title: Test
language: en
brief:
  situation: Someone calls.
  goal: Listen well.
persona:
  name: Pat
  mood: annoyed
turns:
  - id: open
    say: Hello, order 4711.
    facts:
      order: 4711
    expect:
      key_points:
        apology:
          - sorry
          - apologise
    next: {good: close, poor: close}
  - id: close
    say: Bye.
"""


def write(folder: Path, text: str | bytes, name: str = "s.yaml") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def edit(old: str, new: str) -> str:
    assert old in VALID, old
    return VALID.replace(old, new, 1)


def test_the_valid_base_loads(tmp_path: Path) -> None:
    scenario, problems = check_file(write(tmp_path, VALID))
    assert problems == []
    assert scenario is not None and scenario.turns[0].facts["order"].value == "4711"


@pytest.mark.parametrize(
    ("text", "line", "field", "words"),
    [
        # top-level and nested values
        (edit("  mood: annoyed", "  mood: angri"), 10, "persona.mood", "'angri' is not allowed here; use one of: calm"),
        (edit("language: en", "language: fr"), 4, "language", "use one of: de, en"),
        (edit("title: Test\n", ""), 2, "title", "required key is missing"),  # where the mapping starts
        (edit("  goal: Listen well.\n", ""), 5, "brief.goal", "required key is missing"),
        (edit("    say: Bye.", "    say: [Bye]"), 23, "turns[1].say", "expected text, got a list"),
        (
            edit("brief:\n  situation: Someone calls.\n  goal: Listen well.", "brief: Someone calls."),
            5,
            "brief",
            "expected a mapping",
        ),
        # unknown keys, with a suggestion from the right place
        (edit("  mood: annoyed", "  mod: annoyed"), 10, "persona.mod", "did you mean 'mood'?"),
        (edit("    expect:", "    expcet:"), 16, "turns[0].expcet", "did you mean 'expect'?"),
        (
            edit("        apology:", "        apology: [x]\n      acknowlege_emotion: true\n      unused:"),
            19,
            "turns[0].expect.acknowlege_emotion",
            "did you mean 'acknowledge_emotion'?",
        ),
        (
            edit("      order: 4711", "      order: {value: 4711, aks: Bestellnummer}"),
            15,
            "turns[0].facts.order.aks",
            "did you mean 'ask'?",
        ),
        (edit("title: Test", "title: Test\ncolour: blue"), 4, "colour", "known keys here: id, title"),
        # lists: the line of the item itself
        (
            edit("          - apologise", "          - ''"),
            20,
            "turns[0].expect.key_points.apology[1]",
            "must not be empty",
        ),
        (edit("  - id: close\n    say: Bye.", "  - id: close\n    say: ''"), 23, "turns[1].say", "must not be empty"),
        (edit("  - id: close", "  - id: Close Call"), 22, "turns[1].id", "lowercase"),
        # branching, reported at the outcome's own line
        (
            edit("    next: {good: close, poor: close}", "    next:\n      good: close\n      bad: close"),
            23,
            "turns[0].next.bad",
            "unknown outcome 'bad'",
        ),
        (
            edit("    next: {good: close, poor: close}", "    next:\n      good: close\n      poor: nowhere"),
            23,
            "turns[0].next.poor",
            "unknown turn 'nowhere' (known: open, close, or 'end')",
        ),
        (edit("  - id: close", "  - id: open"), 22, "turns[1].id", "turn id 'open' is already used"),
        (edit("    say: Bye.", "    say: Bye.\n    next: open"), 24, "turns[1].next", "can never end"),
        (edit("    next: {good: close, poor: close}", "    next: end"), 22, "turns[1]", "never reached"),
        (
            edit("    say: Bye.", "    say: Bye.\n    expect: {no_reask: [name]}"),
            24,
            "turns[1].expect.no_reask[0]",
            "'name' is not a fact given",
        ),
        # whole-scenario rules
        (edit("id: test-en", "id: test-de"), 2, "id", "ends in '-de' but language is 'en'"),
        (
            edit("  mood: annoyed", "  mood: annoyed\n  voice: de_DE-thorsten-medium"),
            11,
            "persona.voice",
            "speaks 'de'",
        ),
        (edit("  mood: annoyed", "  mood: annoyed\n  voice: thorsten"), 11, "persona.voice", "not a Piper voice name"),
        # duplicate keys: PyYAML would keep the last silently
        (edit("title: Test", "title: Test\ntitle: Other"), 4, "title", "key 'title' is given twice (first on line 3)"),
        (edit("    say: Bye.", "    say: Bye.\n    say: Ciao."), 24, "turns[1].say", "given twice (first on line 23)"),
        (
            edit("          - apologise", "          - apologise\n        apology: [sorry]"),
            21,
            "turns[0].expect.key_points.apology",
            "given twice (first on line 18)",
        ),
        # audio paths checked by the schema
        (
            edit("    say: Bye.", "    say: Bye.\n    audio: ../bye.wav"),
            24,
            "turns[1].audio",
            "leaves the scenario folder",
        ),
        (edit("    say: Bye.", "    say: Bye.\n    audio: /tmp/bye.wav"), 24, "turns[1].audio", "absolute path"),
        (
            edit("    say: Bye.", "    say: Bye.\n    interjection: {say: Hey, audio: ../hey.wav}"),
            24,
            "turns[1].interjection.audio",
            "leaves the scenario folder",
        ),
        (
            edit("    say: Bye.", "    say: Bye.\n    audio: bye.wav"),
            24,
            "turns[1].audio",
            "audio file 'bye.wav' is missing",
        ),
    ],
)
def test_problem_has_file_line_and_field(tmp_path: Path, text: str, line: int, field: str, words: str) -> None:
    path = write(tmp_path, text)
    scenario, problems = check_file(path)
    assert scenario is None
    matching = [p for p in problems if p.field == field and words in p.message]
    assert matching, [str(p) for p in problems]
    assert matching[0].line == line, [str(p) for p in problems]
    assert str(matching[0]).startswith(f"{path}:{line} {field_place(field)}: ")  # "step 2 (turns[1].say)"


@pytest.mark.parametrize(
    ("content", "line", "words"),
    [
        ("", None, "the file is empty"),
        ("# only a comment\n\n", None, "the file is empty"),
        ("- id: a\n- id: b\n", 1, "the file holds a list, but a scenario is a mapping"),
        ("just words\n", 1, "the file holds a single value"),
        ("id: x\n\ttitle: y\n", 2, "tab in the indentation"),
        ("id: x\nturns:\n  - say: a\n\t  id: b\n", 4, "tab in the indentation"),
        (b"id: x\ntitle: caf\xe9\n", 2, "not UTF-8 text (byte 0xe9)"),
        ("id: a\n---\nid: b\n", 2, "a second YAML document"),
        ("id: [a\ntitle: b\n", 2, "malformed YAML"),
        ("id: a\n  title: b\n", 2, "malformed YAML"),
        # an unclosed quote runs on to the next quote; it is named where it was opened
        (
            '# a comment\nid: x\ntitle: "Wann kommt der Techniker?\nlanguage: de\nturns:\n  - say: "Hallo"\n',
            3,
            "a quote opened on this line is not closed",
        ),
        ("id: x\nturns:\n  - say: 'Hallo\n    id: t1\n  - say: 'Tschüss'\n", 3, "a quote opened on this line"),
    ],
)
def test_file_level_problems(tmp_path: Path, content: str | bytes, line: int | None, words: str) -> None:
    path = write(tmp_path, content)
    scenario, problems = check_file(path)
    assert scenario is None
    assert problems and problems[0].line == line and words in problems[0].message, [str(p) for p in problems]


def test_a_byte_order_mark_is_fine(tmp_path: Path) -> None:
    scenario, problems = check_file(write(tmp_path, b"\xef\xbb\xbf" + VALID.encode()))
    assert problems == [] and scenario is not None


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, VALID)
    if sys.platform == "win32" or os.geteuid() == 0:  # root reads every file: simulate the refusal

        def refuse(path: Path, limit: int) -> bytes:
            raise PermissionError(13, "Permission denied", str(path))

        monkeypatch.setattr(library, "read_limited", refuse)
    else:
        path.chmod(0)
    try:
        scenario, problems = check_file(path)
    finally:
        path.chmod(0o644)
    assert scenario is None
    assert [(p.path, p.line, p.message) for p in problems] == [
        (path, None, "cannot read the file (permission denied); check its permissions")
    ]


def test_a_folder_named_like_a_file(tmp_path: Path) -> None:
    (tmp_path / "x.yaml").mkdir()
    scenario, problems = check_file(tmp_path / "x.yaml")
    assert scenario is None and "is a folder" in problems[0].message


def test_every_problem_in_a_file_is_reported_in_line_order(tmp_path: Path) -> None:
    text = edit("  mood: annoyed", "  mood: angri").replace("    say: Bye.", "    say: Bye.\n    sya: x")
    text = text.replace("title: Test", "title: Test\ntitle: Again")
    _scenario, problems = check_file(write(tmp_path, text))
    assert [(p.line, p.field) for p in problems] == [(4, "title"), (11, "persona.mood"), (25, "turns[1].sya")]


@pytest.mark.parametrize(
    ("scalar", "expected"),
    [
        ("No", "No"),
        ("yes", "yes"),
        ("off", "off"),
        ("12:30", "12:30"),
        ("2024-05-01", "2024-05-01"),
        ("0815", "0815"),
        ("4711", 4711),
        ("1.5", 1.5),
        ("true", True),
        ("null", None),
    ],
)
def test_yaml_scalars_suit_hand_written_text(scalar: str, expected: object) -> None:
    _node, data = parse_yaml(f"value: {scalar}\n")
    assert data == {"value": expected}


def test_a_customer_may_say_no(tmp_path: Path) -> None:
    scenario, problems = check_file(write(tmp_path, edit("    say: Bye.", "    say: No")))
    assert problems == [] and scenario is not None and scenario.turns[1].say == "No"


# --- recorded audio in the folder form ------------------------------------------------------------


def folder_scenario(tmp_path: Path, audio: str) -> Path:
    text = edit("    say: Bye.", f"    say: Bye.\n    audio: {audio}")
    return write(tmp_path / "rec", text, name="scenario.yaml")


def test_audio_inside_the_folder_loads_and_resolves(tmp_path: Path) -> None:
    path = folder_scenario(tmp_path, "audio/bye.wav")
    write(tmp_path / "rec" / "audio", b"RIFF", name="bye.wav")
    loaded = load_file(path)
    assert loaded.audio_path("audio/bye.wav") == (tmp_path / "rec" / "audio" / "bye.wav").resolve()
    with pytest.raises(UserError, match="leaves the scenario folder"):
        loaded.audio_path("../s.yaml")


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need rights on Windows")
def test_audio_link_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    outside = write(tmp_path, b"RIFF", name="outside.wav")
    path = folder_scenario(tmp_path, "audio/bye.wav")
    (tmp_path / "rec" / "audio").mkdir()
    (tmp_path / "rec" / "audio" / "bye.wav").symlink_to(outside)
    _scenario, problems = check_file(path)
    assert [(p.line, p.field) for p in problems] == [(24, "turns[1].audio")]
    assert "leaves the scenario folder" in problems[0].message


def test_load_file_raises_one_line_with_the_first_problem(tmp_path: Path) -> None:
    path = write(tmp_path, edit("  mood: annoyed", "  mood: angri").replace("language: en", "language: fr"))
    with pytest.raises(ScenarioInvalid) as caught:
        load_file(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path}:4 language:") and "(and 1 more problem)" in message
    assert f"voicecoach scenarios validate {path}" in message


def test_a_key_with_line_breaks_is_one_line_with_escapes(tmp_path: Path) -> None:
    """Found by the fuzz test: an unknown key holding "\\r" (and other control characters) split
    the problem over two lines of `scenarios validate`."""
    path = write(tmp_path, edit("  mood: annoyed", '  mood: annoyed\n  "\\r\\x17a\\u2028b": 1'))
    _scenario, problems = check_file(path)
    [problem] = problems
    text = str(problem)
    assert text.splitlines() == [text]
    assert "unknown key '\\r\\x17a\\u2028b'" in text and text.startswith(f"{path}:11 persona.\\r\\x17a")


# --- finding files and the library ------------------------------------------------------------------


def test_scenario_files_finds_files_and_folders_once(tmp_path: Path) -> None:
    a = write(tmp_path, VALID, name="a.yaml")
    b = write(tmp_path / "b", VALID, name="scenario.yaml")
    write(tmp_path, "notes", name="README.md")
    write(tmp_path / "c", "x", name="other.yaml")  # a folder without scenario.yaml is not a scenario
    assert scenario_files([tmp_path, a, tmp_path / "b"]) == [a, b]
    with pytest.raises(UserError, match="no such file or folder"):
        scenario_files([tmp_path / "missing"])


def test_an_id_used_twice_is_a_problem_of_the_second_file(tmp_path: Path) -> None:
    first = write(tmp_path, VALID, name="a.yaml")
    second = write(tmp_path, VALID, name="b.yaml")
    results = check_files([first, second])
    assert results[0][2] == [] and results[1][1] is None
    (problem,) = results[1][2]
    assert (problem.line, problem.field) == (2, "id") and str(first) in problem.message


def test_library_reports_bad_files_and_missing_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, VALID, name="good.yaml")
    bad = write(tmp_path, "- a list\n", name="bad.yaml")
    monkeypatch.setenv("VOICECOACH_SCENARIOS", os.pathsep.join([str(tmp_path), str(tmp_path / "nope")]))
    loaded, problems = load_library()
    assert "test-en" in [item.scenario.id for item in loaded]
    assert {(p.path, p.line) for p in problems} == {(tmp_path / "nope", None), (bad, 1)}


@pytest.mark.parametrize(
    ("ref", "words"),
    [
        ("late-delivery-dee", "did you mean late-delivery-de"),
        ("nothing-like-it", "run 'voicecoach scenarios list'"),
        ("missing/file.yaml", "no such scenario file"),
    ],
)
def test_find_scenario_problems(ref: str, words: str) -> None:
    with pytest.raises(UserError, match=words):
        find_scenario(ref)


def test_find_scenario_by_id_and_by_path(tmp_path: Path) -> None:
    by_id = find_scenario("late-delivery-de")
    assert isinstance(by_id, LoadedScenario) and by_id.path.name == "late-delivery-de.yaml"
    path = write(tmp_path / "mine", VALID, name="scenario.yaml")
    assert find_scenario(str(path.parent)).scenario.id == "test-en"
    assert find_scenario(str(path)).path == path


# --- issue 13: YAML that would cost without bound is refused before anything walks it -----------

MERGED = VALID.replace("persona:\n  name: Pat\n  mood: annoyed\n", "persona: &p {name: Pat, mood: annoyed}\n")

LIMITED = [
    ("alias bomb", alias_bomb(), 7, "more than 20,000 values once its aliases (*name) are expanded"),
    ("nesting 500 deep in brackets", deep_flow(500), 2, "nested more than 40 levels deep"),
    ("nesting 500 deep by indentation", deep_block(500), 40, "nested more than 40 levels deep"),
    ("alias inside its own anchor", RECURSIVE, 2, "the alias '*t' is used inside its own anchor '&t'"),
    (
        "a file over 256 KB",
        VALID + "# " + "x" * (256 * 1024) + "\n",
        None,
        "the file is 256 KB, over the limit of 256 KB for a scenario; split it into several scenarios",
    ),
]


@pytest.mark.parametrize(("name", "text", "line", "message"), LIMITED, ids=[row[0] for row in LIMITED])
def test_yaml_over_a_limit_is_one_located_problem(
    tmp_path: Path, name: str, text: str, line: int | None, message: str
) -> None:
    path = write(tmp_path, text)
    scenario, problems = check_file(path)
    assert scenario is None
    assert len(problems) == 1, name
    assert (problems[0].path, problems[0].line) == (path, line)
    assert message in problems[0].message


def test_aliases_within_the_limits_still_work(tmp_path: Path) -> None:
    scenario, problems = check_file(write(tmp_path, MERGED))
    assert problems == [] and scenario is not None
    assert (scenario.persona.name, scenario.persona.mood) == ("Pat", "annoyed")
    node, data = parse_yaml("a: &a [1, 2]\nb: *a\nc: *a\n")
    assert data == {"a": [1, 2], "b": [1, 2], "c": [1, 2]}


def test_an_unreadable_folder_is_skipped_with_one_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = write(tmp_path, VALID, "good.yaml")
    locked = write(tmp_path, VALID.replace("id: test-en", "id: locked-en"), "locked/scenario.yaml").parent
    real_is_file = Path.is_file

    def is_file(self: Path) -> bool:  # root reads every folder; the CLI test checks the real refusal
        if self.parent == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_is_file(self)

    monkeypatch.setattr(Path, "is_file", is_file)
    skipped: list[Problem] = []
    assert scenario_files([tmp_path], skipped=skipped) == [good]
    assert [str(problem) for problem in skipped] == [
        f"{locked}: cannot be read (permission denied); skipped, check its permissions"
    ]
    with pytest.raises(UserError, match="cannot be read"):
        scenario_files([tmp_path])
