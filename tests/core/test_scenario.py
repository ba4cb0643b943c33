"""The scenario schema: shorthands, defaults, branching and whole-scenario rules (pure, no files)."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from voicecoach.core.scenario import END, Expect, Fact, Outcome, Persona, Scenario, SchemaProblems, Step


def scenario(turns: list[dict[str, Any]], **top: Any) -> Scenario:
    data: dict[str, Any] = {
        "id": "test-de",
        "title": "Test",
        "language": "de",
        "brief": {"situation": "Jemand ruft an.", "goal": "Gut zuhören."},
        "persona": {"name": "Frau Test"},
        "turns": turns,
    }
    data.update(top)
    return Scenario.model_validate(data)


def problems_of(turns: list[dict[str, Any]], **top: Any) -> list[tuple[tuple[Any, ...], str]]:
    """The (location, message) pairs a whole-scenario check reports."""
    with pytest.raises(ValidationError) as caught:
        scenario(turns, **top)
    found = []
    for item in caught.value.errors():
        error = (item.get("ctx") or {}).get("error")
        if isinstance(error, SchemaProblems):
            found += [((*item["loc"], *loc), message) for loc, message in error.problems]
        else:
            found.append((tuple(item["loc"]), item["msg"]))
    return found


# --- shorthands and defaults ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value", "ask"),
    [
        ("Keller", "Keller", []),
        (4711, "4711", []),
        (3.5, "3.5", []),
        ({"value": "4711", "ask": "Bestellnummer"}, "4711", ["Bestellnummer"]),
        ({"value": 4711, "ask": ["Bestellnummer", "Auftrag"]}, "4711", ["Bestellnummer", "Auftrag"]),
    ],
)
def test_fact_shorthands(raw: Any, value: str, ask: list[str]) -> None:
    step = Step.model_validate({"say": "Hallo", "facts": {"order": raw}})
    assert step.facts["order"] == Fact(value=value, ask=ask)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ({"apology": ["tut mir leid", "Entschuldigung"]}, {"apology": ["tut mir leid", "Entschuldigung"]}),
        ({"apology": "entschuldigen"}, {"apology": ["entschuldigen"]}),
        (["Montag", "Dienstag"], {"Montag": ["Montag"], "Dienstag": ["Dienstag"]}),
        ({"time": 10}, {"time": ["10"]}),
    ],
)
def test_key_point_shorthands(raw: Any, expected: dict[str, list[str]]) -> None:
    assert Expect.model_validate({"key_points": raw}).key_points == expected


@pytest.mark.parametrize("field", ["avoid", "offer_words"])
def test_single_phrase_becomes_a_list(field: str) -> None:
    assert getattr(Expect.model_validate({field: "aber"}), field) == ["aber"]


def test_defaults() -> None:
    s = scenario([{"say": "Hallo"}, {"say": "Tschüss"}])
    assert (s.difficulty, s.theme, s.weights) == ("medium", "service", {})
    persona = s.persona
    assert (persona.mood, persona.voice, persona.rate, persona.patience, persona.protest) == (
        "calm",
        None,
        1.0,
        "high",
        None,
    )
    step = s.turns[0]
    assert (step.id, step.audio, step.emotion, step.facts, step.interjection, step.next) == (
        None,
        None,
        None,
        {},
        None,
        None,
    )
    assert step.expect == Expect(
        key_points={},
        no_reask=None,
        acknowledge_emotion=None,
        avoid=[],
        ask_need=False,
        accept_no=False,
        offer_words=[],
    )
    assert s.turn_ids == ["t1", "t2"]
    assert Step.model_validate({"say": "x", "interjection": {"say": "Moment!"}}).interjection.at == 2.0


def test_text_is_stripped_and_numbers_become_text() -> None:
    step = Step.model_validate({"say": "  4711  ", "facts": {"n": " 12 "}})
    assert (step.say, step.facts["n"].value) == ("4711", "12")
    assert Step.model_validate({"say": 42}).say == "42"


# --- field checks ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "loc", "words"),
    [
        ({"say": ""}, ("say",), "at least 1 character"),
        ({"say": "x", "id": "Turn 1"}, ("id",), "lowercase"),
        ({"say": "x", "audio": "../x.wav"}, ("audio",), "leaves the scenario folder"),
        ({"say": "x", "audio": "audio/../../x.wav"}, ("audio",), "leaves the scenario folder"),
        ({"say": "x", "audio": "/tmp/x.wav"}, ("audio",), "absolute path"),
        ({"say": "x", "audio": "C:\\rec\\x.wav"}, ("audio",), "absolute path"),
        ({"say": "x", "audio": "audio/t1.txt"}, ("audio",), "not a sound file"),
        ({"say": "x", "interjection": {"say": "he", "audio": "../y.wav"}}, ("interjection", "audio"), "leaves"),
        ({"say": "x", "interjection": {"say": "he", "at": -1}}, ("interjection", "at"), "greater than or equal"),
        ({"say": "x", "expect": {"key_points": {"a": []}}}, ("expect", "key_points", "a"), "at least one phrasing"),
        ({"say": "x", "expect": {"key_points": {"a": ["ok", ""]}}}, ("expect", "key_points", "a", 1), "at least 1"),
        ({"say": "x", "expect": {"avoid": ["aber", ""]}}, ("expect", "avoid", 1), "at least 1"),
        ({"say": "x", "expect": {"acknowlege_emotion": True}}, ("expect", "acknowlege_emotion"), "Extra inputs"),
        ({"say": "x", "emotion": "furious"}, ("emotion",), "Input should be"),
        ({"say": "x", "next": {"god": "t2"}}, ("next", "god"), "unknown outcome 'god'"),
        ({"say": "x", "next": {"good": ""}}, ("next", "good"), "turn id or 'end'"),
        ({"say": "x", "next": {}}, ("next",), "at least one outcome"),
        ({"say": "x", "next": ["t2"]}, ("next",), "give a turn id"),
    ],
)
def test_step_field_problems(data: dict[str, Any], loc: tuple[Any, ...], words: str) -> None:
    found = problems_of([data])
    assert any(where == ("turns", 0, *loc) and words in message for where, message in found), found


@pytest.mark.parametrize(
    ("voice", "ok"),
    [
        ("de_DE-thorsten-medium", True),
        ("de_DE-eva_k-x_low", True),
        ("en_GB-jenny_dioco-medium", True),
        ("voices/my-voice.onnx", True),
        ("./voices/trainer", True),
        ("thorsten", False),
        ("de_DE-thorsten", False),
        ("de-DE-thorsten-medium", False),
    ],
)
def test_voice_shape(voice: str, ok: bool) -> None:
    if ok:
        assert Persona(name="P", voice=voice).voice == voice
    else:
        with pytest.raises(ValidationError, match="not a Piper voice name"):
            Persona(name="P", voice=voice)


# --- whole-scenario rules ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("turns", "top", "loc", "words"),
    [
        (
            [{"id": "a", "say": "x"}, {"id": "a", "say": "y"}],
            {},
            ("turns", 1, "id"),
            "already used by turns[0]",
        ),
        ([{"say": "x", "next": "t9"}], {}, ("turns", 0, "next"), "unknown turn 't9' (known: t1, or 'end')"),
        (
            [{"say": "x", "next": {"good": "end", "poor": "nowhere"}}],
            {},
            ("turns", 0, "next", "poor"),
            "unknown turn 'nowhere'",
        ),
        (
            [{"say": "x", "expect": {"no_reask": ["name"]}}],
            {},
            ("turns", 0, "expect", "no_reask", 0),
            "'name' is not a fact given up to this turn",
        ),
        (
            [{"say": "x", "next": "end"}, {"say": "y"}],
            {},
            ("turns", 1),
            "turn 't2' is never reached",
        ),
        (
            [{"say": "x"}, {"say": "y", "next": "t1"}],
            {},
            ("turns", 0, "next"),
            "can never end",
        ),
        ([{"say": "x"}], {"id": "test-en"}, ("id",), "ends in '-en' but language is 'de'"),
        (
            [{"say": "x"}],
            {"persona": {"name": "P", "voice": "en_US-joe-medium"}},
            ("persona", "voice"),
            "speaks 'en'",
        ),
        ([], {}, ("turns",), "at least 1 item"),
        ([{"say": "x"}] * 13, {}, ("turns",), "at most 12 items"),
        ([{"say": "x"}], {"weights": {"empathy": -1}}, ("weights",), "must not be negative"),
        ([{"say": "x"}], {"weights": {"charm": 1}}, ("weights", "charm", "[key]"), "Input should be"),
    ],
)
def test_scenario_problems(turns: list[dict[str, Any]], top: dict[str, Any], loc: tuple[Any, ...], words: str) -> None:
    found = problems_of(turns, **top)
    assert any(where == loc and words in message for where, message in found), found


def test_all_whole_scenario_problems_come_together() -> None:
    found = problems_of(
        [{"id": "a", "say": "x", "next": "zz"}, {"id": "a", "say": "y"}],
        id="test-en",
    )
    assert {where for where, _ in found} == {("turns", 0, "next"), ("turns", 1, "id"), ("id",)}


def test_a_voice_path_is_not_checked_against_the_language() -> None:
    s = scenario([{"say": "x"}], persona={"name": "P", "voice": "voices/custom.onnx"})
    assert s.persona.voice_language is None


# --- branching -----------------------------------------------------------------------------------

BRANCHY = [
    {
        "id": "open",
        "say": "Hallo",
        "next": {
            "interrupted": "over",
            "reasked": "again",
            "missed": "missed",
            "poor": "poor",
            "good": "good",
            "default": "default",
        },
    },
    {"id": "over", "say": "a", "next": "end"},
    {"id": "again", "say": "b", "next": "end"},
    {"id": "missed", "say": "c", "next": "end"},
    {"id": "poor", "say": "d", "next": "end"},
    {"id": "good", "say": "e", "next": "end"},
    {"id": "default", "say": "f"},
]


@pytest.mark.parametrize(
    ("outcomes", "expected"),
    [
        ({Outcome.interrupted}, "over"),
        ({Outcome.reasked}, "again"),
        ({Outcome.missed}, "missed"),
        ({Outcome.poor}, "poor"),
        ({Outcome.good}, "good"),
        (set(), "default"),
        # the first in Outcome order wins
        ({Outcome.good, Outcome.interrupted}, "over"),
        ({Outcome.poor, Outcome.reasked}, "again"),
        ({Outcome.poor, Outcome.missed}, "missed"),
        ({Outcome.good, Outcome.poor}, "poor"),
    ],
)
def test_next_turn_for_each_outcome(outcomes: set[Outcome], expected: str) -> None:
    assert scenario(BRANCHY).next_turn("open", outcomes) == expected


@pytest.mark.parametrize(
    ("turns", "at", "outcomes", "expected"),
    [
        ([{"say": "a"}, {"say": "b"}], "t1", set(), "t2"),  # no next: the following turn
        ([{"say": "a"}, {"say": "b"}], "t2", set(), None),  # the last turn ends the call
        ([{"say": "a", "next": "t3"}, {"say": "b", "next": END}, {"say": "c", "next": "t2"}], "t1", set(), "t3"),
        ([{"say": "a", "next": "t3"}, {"say": "b", "next": END}, {"say": "c", "next": "t2"}], "t3", set(), "t2"),
        ([{"say": "a", "next": {"good": END, "poor": "t2"}}, {"say": "b"}], "t1", {Outcome.good}, None),
        # listed outcomes do not apply and there is no default: the following turn
        ([{"say": "a", "next": {"poor": "t3"}}, {"say": "b"}, {"say": "c"}], "t1", {Outcome.good}, "t2"),
        ([{"say": "a", "next": {"poor": "t3"}}, {"say": "b"}, {"say": "c"}], "t1", {Outcome.poor}, "t3"),
        ([{"say": "a"}, {"say": "b", "next": {"good": "end"}}], "t2", {Outcome.good}, None),
        ([{"say": "a"}, {"say": "b", "next": {"good": "end"}}], "t2", {Outcome.poor}, None),
        # a turn may send the call back to an earlier one (repeat until good)
        ([{"say": "a", "next": {"poor": "t1", "good": "t2"}}, {"say": "b"}], "t1", {Outcome.poor}, "t1"),
    ],
)
def test_next_turn_defaults(turns: list[dict[str, Any]], at: str, outcomes: set[Outcome], expected: str | None) -> None:
    assert scenario(turns).next_turn(at, outcomes) == expected


def test_turn_number_and_step_lookup() -> None:
    s = scenario(BRANCHY)
    assert s.turn_number("poor") == 5
    assert s.step("good").say == "e"
    # a judged reply's step: its number in the file; the reply's place where the step is gone
    assert s.step_number("poor", fallback=2) == 5
    assert s.step_number("deleted-since", fallback=2) == 2
    assert s.step_number(None, fallback=3) == 3


# --- facts given so far --------------------------------------------------------------------------


def test_facts_until_counts_only_facts_heard_on_every_way() -> None:
    s = scenario(
        [
            {"id": "open", "say": "a", "facts": {"name": "Keller"}, "next": {"good": "fix", "poor": "side"}},
            {"id": "side", "say": "b", "facts": {"date": "Montag"}},
            {"id": "fix", "say": "c", "facts": {"city": "Köln"}},
        ]
    )
    assert list(s.facts_until(s.step("open"))) == ["name"]
    assert list(s.facts_until(s.step("side"))) == ["name", "date"]
    assert list(s.facts_until(s.step("fix"))) == ["name", "city"]  # 'side' may have been skipped
    assert list(s.facts_until(s.step("fix"), path=["open", "side"])) == ["name", "date", "city"]
    assert list(s.facts_until(s.step("fix"), path=["open"])) == ["name", "city"]


def test_facts_until_without_branches_is_file_order() -> None:
    s = scenario([{"say": "a", "facts": {"a": "1"}}, {"say": "b", "facts": {"b": "2"}}, {"say": "c"}])
    assert [list(s.facts_until(step)) for step in s.turns] == [["a"], ["a", "b"], ["a", "b"]]


def test_no_reask_may_name_a_fact_from_a_branch_that_leads_here() -> None:
    s = scenario(
        [
            {"id": "open", "say": "a", "next": {"good": "fix", "poor": "side"}},
            {"id": "side", "say": "b", "facts": {"date": "Montag"}},
            {"id": "fix", "say": "c", "expect": {"no_reask": ["date"]}},
        ]
    )
    assert s.step("fix").expect.no_reask == ["date"]
