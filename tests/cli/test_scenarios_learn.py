"""``voicecoach scenarios learn ID``: a finding a trainee marked as wrong becomes a phrasing in the
scenario's YAML (comments kept, the file validated), and judging the same reply again no longer
flags it. Real scenario files in a temporary library, a real SQLite history."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest

from voicecoach.adapters.library import SHIPPED_DIR, check_file, load_file
from voicecoach.adapters.library_files import add_phrasing
from voicecoach.adapters.settings import user_scenarios_dir
from voicecoach.adapters.store import Store
from voicecoach.cli import main
from voicecoach.commands import scenarios_learn
from voicecoach.core.errors import UserError
from voicecoach.core.typed import judge_text

#: Good replies the seed's lists miss (issue 10): the judge calls them "did not listen". ("Oh no,
#: that is the last thing you need" no longer is one: the apology point is a point of sympathy, met
#: by any usual phrase of it.)
LOOKUP_REPLY = "I am so sorry about this. I will ring the courier depot right now."
ACTION_REPLY = (
    "I understand. A fresh laptop goes out today and reaches you on Friday, and I will email you the "
    "tracking number tonight."
)


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scenarios_learn, "_language", lambda: "en")


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def own_copy(name: str = "late-delivery-en.yaml") -> Path:
    """The shipped scenario copied into the user's library under the id the refusal suggests
    (``late-delivery-en-mine``), with an extra comment on a phrasing line."""
    target = user_scenarios_dir() / name.replace(".yaml", "-mine.yaml")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SHIPPED_DIR / name, target)
    text = target.read_text(encoding="utf-8").replace("id: late-delivery-en\n", "id: late-delivery-en-mine\n")
    text = text.replace(
        "        apology: [I'm sorry,", "        # the trainer's note on apologies\n        apology: [I'm sorry,"
    )
    target.write_text(text, encoding="utf-8")
    return target


def dispute(scenario_path: Path, turn_id: str, reply: str) -> dict:
    """Judge ``reply`` as typed, save it in the history, mark its first finding as wrong."""
    scenario = load_file(scenario_path).scenario
    result = judge_text(scenario, turn_id, reply)
    assert [f.kind for f in result.findings] == ["not_listening"]
    with Store.open(retention_days=None) as store:
        session = store.start_session(scenario.id, scenario.title, scenario.language)
        index = store.add_turn(session, result)
        store.set_disputed(session, index, 0)
    return result.findings[0].evidence


def test_yes_writes_the_reply_words_into_the_key_point_and_the_judge_accepts_them(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = own_copy()
    before = path.read_text(encoding="utf-8")
    assert dispute(path, "complaint", LOOKUP_REPLY)["point"] == "look_up"

    code, out, err = run_cli(capsys, "scenarios", "learn", "late-delivery-en-mine", "--list")
    assert (code, err) == (0, "")
    assert 'turn 1 ("This is Daniel Reed, order number …" [complaint])' in out and LOOKUP_REPLY in out
    assert "Key point not heard (look into | check | trace … [look_up])" in out  # the point by its words
    # the sentence with the agent's own step, not the apology before it
    assert '"I will ring the courier depot right now" → key_points.look_up' in out
    assert path.read_text(encoding="utf-8") == before  # --list writes nothing

    code, out, err = run_cli(capsys, "scenarios", "learn", "late-delivery-en-mine", "--yes")
    assert (code, err) == (0, "")
    after = path.read_text(encoding="utf-8")
    changed = [
        (line[0], line[2:]) for line in difflib.ndiff(before.splitlines(), after.splitlines()) if line[0] in "+-"
    ]
    assert changed == [
        ("-", "        look_up: [look into, check, trace, find out, track it down]"),
        (
            "+",
            "        look_up: [look into, check, trace, find out, track it down, I will ring the courier depot right now]",
        ),
    ]
    assert "# the trainer's note on apologies" in after and after.startswith("# Training goal")
    scenario, problems = check_file(path)
    assert problems == [] and scenario is not None
    assert "I will ring the courier depot right now" in scenario.step("complaint").expect.key_points["look_up"]
    # the same reply judged again: nothing to fault
    assert judge_text(scenario, "complaint", LOOKUP_REPLY).findings == ()
    with Store.open(retention_days=None) as store:
        assert store.disputes("late-delivery-en-mine") == []
        (learned,) = store.disputes("late-delivery-en-mine", learned=True)
        assert learned.learned_what["where"] == "turns[0].expect.key_points.look_up"
    code, out, _err = run_cli(capsys, "scenarios", "learn", "late-delivery-en-mine")
    assert code == 0 and "No open marks for late-delivery-en-mine" in out


def test_asked_per_item_a_phrase_of_its_own_into_a_chosen_place(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = own_copy()
    assert dispute(path, "plan", ACTION_REPLY)["point"] == "action"
    answers = iter(["fresh laptop goes out", "1"])
    monkeypatch.setattr("builtins.input", lambda prompt: next(answers))
    code, out, err = run_cli(capsys, "scenarios", "learn", "late-delivery-en-mine")
    assert (code, err) == (0, "")
    assert 'added "fresh laptop goes out" to key_points.action' in out
    scenario = load_file(path).scenario
    assert scenario.step("plan").expect.key_points["action"][-1] == "fresh laptop goes out"
    assert judge_text(scenario, "plan", ACTION_REPLY).findings == ()


def test_a_shipped_scenario_is_refused_with_how_to_copy_it(capsys: pytest.CaptureFixture[str]) -> None:
    shipped = SHIPPED_DIR / "late-delivery-en.yaml"
    before = shipped.read_text(encoding="utf-8")
    dispute(shipped, "complaint", LOOKUP_REPLY)
    code, out, err = run_cli(capsys, "scenarios", "learn", "late-delivery-en", "--yes")
    assert code == 2
    assert err.count("\n") == 1 and "ships with voicecoach and is read-only" in err
    assert f"cp {shipped} {user_scenarios_dir() / 'late-delivery-en-mine.yaml'}" in err
    assert shipped.read_text(encoding="utf-8") == before
    # done as it says: the copy learns the shipped scenario's marks
    copy = own_copy()
    code, out, err = run_cli(
        capsys, "scenarios", "learn", "late-delivery-en", "--into", "late-delivery-en-mine", "--yes"
    )
    assert (code, err) == (0, "")
    assert judge_text(load_file(copy).scenario, "complaint", LOOKUP_REPLY).findings == ()
    assert shipped.read_text(encoding="utf-8") == before


def test_an_unknown_id_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "scenarios", "learn", "late-delivery-xx")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "unknown scenario 'late-delivery-xx'" in err


EMPATHY_CASES = [
    (  # no expect at all: one is added after the last key of the turn
        "turns:\n  - say: Hallo  # the line\n    next: end\n",
        "turns:\n  - say: Hallo  # the line\n    next: end\n    expect:\n      empathy: [oh nein]\n",
    ),
    (  # an expect without empathy: the list is added at its end, before the next turn
        "turns:\n  - say: Hallo\n    expect:\n      key_points:\n        a:\n          - eins  # one\n"
        "  - say: Tschüss\n",
        "turns:\n  - say: Hallo\n    expect:\n      key_points:\n        a:\n          - eins  # one\n"
        "      empathy: [oh nein]\n  - say: Tschüss\n",
    ),
    (  # a block list grows by a line
        "turns:\n  - say: Hallo\n    expect:\n      empathy:\n        - schade\n# end\n",
        "turns:\n  - say: Hallo\n    expect:\n      empathy:\n        - schade\n        - oh nein\n# end\n",
    ),
    (  # a single phrasing becomes a list
        "turns:\n  - say: Hallo\n    expect:\n      empathy: schade # mine\n",
        "turns:\n  - say: Hallo\n    expect:\n      empathy: [schade, oh nein] # mine\n",
    ),
]


@pytest.mark.parametrize(("text", "expected"), EMPATHY_CASES)
def test_add_phrasing_inserts_only_the_phrase(text: str, expected: str) -> None:
    assert add_phrasing(text, 0, "empathy", None, "oh nein") == expected
    assert add_phrasing(expected, 0, "empathy", None, "Oh nein") == expected  # already there


def test_add_phrasing_quotes_what_would_break_a_flow_list_and_refuses_a_missing_point() -> None:
    text = "turns:\n  - say: Hi\n    expect:\n      key_points:\n        sorry: [sorry]\n"
    assert add_phrasing(text, 0, "key_points", "sorry", "oh no, really") == text.replace(
        "[sorry]", '[sorry, "oh no, really"]'
    )
    with pytest.raises(UserError, match="no key point 'thanks'"):
        add_phrasing(text, 0, "key_points", "thanks", "thank you")
