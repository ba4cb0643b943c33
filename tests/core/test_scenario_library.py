"""The shipped scenario library: every file is valid and follows the house rules for scenarios."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from voicecoach.adapters.library import SHIPPED_DIR, check_file, check_files, scenario_files
from voicecoach.core.scenario import Outcome, Scenario

SHIPPED = scenario_files([SHIPPED_DIR])

#: Real Piper voices (https://huggingface.co/rhasspy/piper-voices) the library may name.
PIPER_VOICES = {
    "de_DE-thorsten-medium",
    "de_DE-thorsten-high",
    "de_DE-kerstin-low",
    "de_DE-ramona-low",
    "de_DE-eva_k-x_low",
    "de_DE-karlsson-low",
    "en_US-joe-medium",
    "en_US-amy-medium",
    "en_US-kristin-medium",
    "en_US-ryan-medium",
    "en_US-lessac-medium",
    "en_GB-alba-medium",
    "en_GB-jenny_dioco-medium",
}


def load(path: Path) -> Scenario:
    scenario, problems = check_file(path)
    assert problems == [], "\n".join(map(str, problems))
    assert scenario is not None
    return scenario


@pytest.fixture(scope="module")
def library() -> dict[Path, Scenario]:
    return {path: load(path) for path in SHIPPED}


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_shipped_scenario_is_valid(path: Path) -> None:
    scenario = load(path)
    assert path.stem == scenario.id or (path.name == "scenario.yaml" and path.parent.name == scenario.id)


def test_ids_are_unique() -> None:
    assert all(problems == [] for _path, _scenario, problems in check_files(SHIPPED))


def test_library_has_enough_of_each_language(library: dict[Path, Scenario]) -> None:
    languages = Counter(s.language for s in library.values())
    assert languages["de"] >= 7 and languages["en"] >= 5, languages
    assert {s.difficulty for s in library.values()} == {"easy", "medium", "hard"}
    assert sum(1 for s in library.values() if any(isinstance(t.next, dict) for t in s.turns)) >= 5


@pytest.mark.parametrize(
    ("what", "check"),
    [
        (
            "an angry late-delivery complaint in each language",
            lambda ss: {s.language for s in ss if s.id.startswith("late-delivery")} == {"de", "en"},
        ),
        (
            "a cancellation where the win-back offer is not pushed",
            lambda ss: any(s.theme == "cancellation" and s.turns[0].expect.accept_no for s in ss),
        ),
        (
            "a wish for something not needed: find out the need",
            lambda ss: any(t.expect.ask_need for s in ss for t in s.turns),
        ),
        (
            "a price objection where contradicting is to be avoided",
            lambda ss: any({"das stimmt nicht", "aber"} <= set(t.expect.avoid) for s in ss for t in s.turns),
        ),
        (
            "a no to an upsell or a survey, with words that mean pushing again",
            lambda ss: any(t.expect.accept_no and t.expect.offer_words for s in ss for t in s.turns),
        ),
        (
            "the re-ask trap: a reasked branch",
            lambda ss: any(isinstance(t.next, dict) and Outcome.reasked in t.next for s in ss for t in s.turns),
        ),
        (
            "a caller who cuts in, with little patience",
            lambda ss: any(s.persona.patience == "low" and any(t.interjection for t in s.turns) for s in ss),
        ),
        (
            "a confused caller who is spoken to slowly",
            lambda ss: any(s.persona.mood == "confused" and s.persona.rate < 1 for s in ss),
        ),
        ("a sad customer", lambda ss: any(s.persona.mood == "sad" for s in ss)),
        ("a sceptical caller", lambda ss: any(s.persona.mood == "sceptical" for s in ss)),
    ],
)
def test_library_covers_the_seed_situations(library: dict[Path, Scenario], what: str, check) -> None:  # noqa: ANN001
    assert check(list(library.values())), what


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_house_rules(path: Path) -> None:
    scenario = load(path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# "), "start the file with a comment that says the training goal"
    assert scenario.id.endswith(f"-{scenario.language}")
    assert 2 <= len(scenario.turns) <= 4
    assert scenario.persona.voice in PIPER_VOICES
    assert scenario.persona.voice.startswith(f"{scenario.language}_")
    for field in (scenario.brief.situation, scenario.brief.goal):
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", field) if s]
        assert 1 <= len(sentences) <= 3 and len(field) <= 320, field
    for turn_id, step in zip(scenario.turn_ids, scenario.turns):
        assert step.emotion is not None, f"{turn_id}: give each turn an emotion"
        assert step.expect.key_points, f"{turn_id}: say what a good reply addresses"
        for point, phrasings in step.expect.key_points.items():
            assert 3 <= len(phrasings) <= 6, f"{turn_id}.{point}: give 3-6 real phrasings"
            assert len({p.lower() for p in phrasings}) == len(phrasings), f"{turn_id}.{point}: repeated phrasing"
        for key, fact in step.facts.items():
            assert fact.value in step.say, f"{turn_id}.{key}: the customer must say '{fact.value}'"
        if step.expect.accept_no:
            assert step.expect.offer_words, f"{turn_id}: list the words that mean pushing again"
    assert any(step.expect.avoid for step in scenario.turns), "give at least one avoid list"


def test_numbers_are_spoken_as_digits() -> None:
    """Order and customer numbers are written as digits, so the voice reads them as numbers."""
    for path in SHIPPED:
        for step in load(path).turns:
            for key, fact in step.facts.items():
                if key.endswith("number"):
                    assert re.fullmatch(r"[0-9 ]+", fact.value), f"{path.name} {key}: {fact.value}"
