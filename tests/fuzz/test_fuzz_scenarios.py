"""Scenario YAML: random structures, aliases, deep nesting, odd scalars, broken text. Every file
gives a scenario or located one-line problems, fast; the CLI answers without a traceback."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz.checks import cli
from tests.fuzz.strategies import VALID_TEXT, yaml_texts
from voicecoach.adapters.library import check_file, scenario_files


@given(text=yaml_texts)
def test_any_scenario_text_gives_a_scenario_or_located_one_line_problems(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.yaml"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        scenario, problems = check_file(path)
    assert (scenario is None) == bool(problems)
    for problem in problems:
        assert problem.path == path and "\n" not in str(problem) and problem.message
        assert problem.line is None or 1 <= problem.line <= text.count("\n") + 2


@given(raw=st.binary(max_size=400))
def test_any_bytes_give_problems_not_a_traceback(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.yaml"
        path.write_bytes(raw)
        scenario, problems = check_file(path)
    assert scenario is None and problems
    assert all("\n" not in str(problem) for problem in problems)


@given(texts=st.lists(yaml_texts, min_size=1, max_size=3))
def test_validate_and_list_answer_for_any_library(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        library = Path(folder)
        (library / "good-en.yaml").write_text(VALID_TEXT.replace("late-delivery-en", "good-en"), encoding="utf-8")
        for number, text in enumerate(texts):
            (library / f"f{number}.yaml").write_text(text, encoding="utf-8", errors="surrogatepass")
        files = scenario_files([library])
        code, out, err = cli("scenarios", "validate", str(library))
        assert code in (0, 1)
        assert err.endswith(" invalid\n") and err.count("\n") == 1
        assert all(line.startswith(str(library)) for line in out.splitlines())
        assert len(files) == len(texts) + 1
        code, out, err = cli("scenarios", "list", "--json")
        assert code in (0, 2) and out.startswith("[")
        assert err.count("\n") == (0 if code == 0 else 1)
