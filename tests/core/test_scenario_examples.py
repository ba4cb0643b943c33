"""Every turn of every shipped scenario has an ``example`` reply, and the judge takes it as good.

The example is what the demo call speaks and what the trainee sees after the turn, so it must
do what the turn expects: no missed key point, no re-asking, no ignored feeling, nothing to
avoid, no contradiction, no pushing after a no and a need question where one is wanted. Each
example is judged on every way through the call that reaches its turn (a branch may give facts
that must not be asked for again).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.helpers.timelines import turn
from voicecoach.core.judge import judge
from voicecoach.core.scenario import Outcome, Scenario

SHIPPED = sorted((Path(__file__).resolve().parents[2] / "scenarios").glob("*.yaml"))
WORDS_PER_SECOND = 2.5
GAP = 0.6
BAD_KINDS = {"not_listening", "avoid_phrase", "contradiction", "pushed_after_no", "no_need_question"}


def load(path: Path) -> Scenario:
    return Scenario.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def ways_to(sc: Scenario) -> dict[str, list[list[str]]]:
    """Per turn id, every loop-free list of the turns played before it, from the first turn."""
    ways: dict[str, list[list[str]]] = {turn_id: [] for turn_id in sc.turn_ids}

    def walk(turn_id: str, before: list[str]) -> None:
        ways[turn_id].append(before)
        following = {sc.next_turn(turn_id, {outcome}) for outcome in Outcome} | {sc.next_turn(turn_id, set())}
        for target in sorted(t for t in following if t is not None):
            if target not in before and target != turn_id:
                walk(target, [*before, turn_id])

    walk(sc.turn_ids[0], [])
    return ways


def spoken(start: float, text: str) -> tuple[float, float, str]:
    return (start, round(start + len(text.split()) / WORDS_PER_SECOND, 2), text)


CASES = [(path, turn_id) for path in SHIPPED for turn_id in load(path).turn_ids]


@pytest.mark.parametrize(("path", "turn_id"), CASES, ids=[f"{p.stem}:{t}" for p, t in CASES])
def test_example_reply_is_judged_good(path: Path, turn_id: str) -> None:
    sc = load(path)
    step = sc.step(turn_id)
    assert step.example, f"{path.name} turn '{turn_id}' has no example"
    assert 8 <= len(step.example.split()) <= 32, step.example
    customer = spoken(0.0, step.say)
    trainee = spoken(customer[1] + GAP, step.example)
    timeline = turn([customer], [trainee], line_end=customer[1])
    ways = ways_to(sc)[turn_id]
    assert ways, f"turn '{turn_id}' is never reached"
    for played in ways:
        result = judge(timeline, language=sc.language, scenario=sc, step_id=turn_id, played=played)
        bad = [
            (f.kind, f.evidence.get("reason"), f.evidence.get("said") or f.evidence.get("point"))
            for f in result.findings
            if f.kind in BAD_KINDS
        ]
        assert not bad, (played, step.example, bad)
