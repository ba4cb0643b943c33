"""A whole call on literal timelines (issue 14): cut into exchanges, each judged, call metrics.

Each call is written out as rows ``(start, end, text)`` per side, with the exchanges and the
findings a trainer would mark by hand; times in seconds of the call.
"""

from __future__ import annotations

import json

import pytest

from tests.helpers.timelines import kinds, said, track
from voicecoach.core.call import CallResult, call_metrics, call_of_turn, judge_call, match_scenario
from voicecoach.core.exchanges import FLOOR_MIN, split_call
from voicecoach.core.judge import judge
from voicecoach.core.scenario import Scenario
from voicecoach.core.timeline import Turn


def sides(customer: list[tuple[float, float, str]], agent: list[tuple[float, float, str]]):  # noqa: ANN201
    return track(*(said(*row) for row in customer)), track(*(said(*row) for row in agent))


#: A 60-second English call with every case of the splitting rules, labelled.
CUSTOMER = [
    (3.0, 7.0, "Hello my name is Brown and my parcel has not arrived"),  # exchange 2 starts (after the greeting)
    (12.0, 12.4, "mhm"),  # backchannel inside the agent's reply: no new exchange
    (16.0, 21.0, "It was due on Monday and I need it for a birthday on Friday"),  # exchange 3 (free floor)
    (27.0, 27.8, "wait"),  # a short barge-in; the agent goes on: stays in exchange 3
    (35.0, 35.6, "and also"),  # a barge-in the customer keeps: the agent stops at 35.6 ...
    (35.6, 41.0, "the last parcel you sent me came broken so please pack it well"),  # ... exchange 4 from 35.6
    (50.0, 51.5, "thanks bye"),  # an unanswered goodbye: joins exchange 4
]
AGENT = [
    (0.0, 2.5, "Thank you for calling how can I help"),  # the opening
    (7.6, 15.0, "I am sorry your parcel has not arrived Mr Brown let me check the order"),
    (21.6, 30.0, "I understand you need it for the birthday on Friday so I send a new parcel today"),
    (30.5, 35.6, "I will also add a note for the driver to ring twice"),
    (41.7, 49.0, "Of course we will pack it with extra care and I am sorry about the last one"),
]


@pytest.fixture(scope="module")
def call() -> CallResult:
    customer, agent = sides(CUSTOMER, AGENT)
    return judge_call(customer, agent, 60.0, language="en")


def test_exchanges_follow_who_takes_the_floor(call: CallResult) -> None:
    windows = [(e.start, e.end, e.opening) for e in call.exchanges]
    assert windows == [(0.0, 3.0, True), (3.0, 16.0, False), (16.0, 35.6, False), (35.6, 60.0, False)]
    texts = [e.result.turn.customer.text for e in call.exchanges]
    assert texts[1] == "Hello my name is Brown and my parcel has not arrived mhm"
    assert "wait" in texts[2] and "and also" in texts[2]  # the barge-ins stay where they cut in
    assert texts[3].endswith("thanks bye")  # the goodbye joins the last exchange


def test_each_exchange_is_judged_on_the_call_clock(call: CallResult) -> None:
    opening, first, second, third = call.exchanges
    assert opening.findings == ()  # a greeting has no line to answer: nothing about listening or timing
    assert first.findings == ()  # the customer's "mhm" is listening, the answer picks up parcel and name
    # the short "wait" at 27 s is talked through (no yield), the barge-in at 35 s is given way to
    assert [(f.kind, f.evidence.get("reason"), f.start) for f in second.findings] == [
        ("talk_over", "no_yield", 27.0),
        ("yielded", None, 35.0),
    ]
    assert kinds(list(third.findings)) == []  # waited 0.7 s after the line; the goodbye needs no answer
    for exchange in call.exchanges:
        for finding in exchange.findings:
            assert exchange.start <= finding.start <= exchange.end, (exchange.number, finding)


def test_a_message_names_the_time_in_the_call(call: CallResult) -> None:
    over = next(f for f in call.findings if f.kind == "talk_over")
    assert "27.0 s" in over.message  # not the time inside its exchange (11.0 s)


def test_an_interruption_mid_line_is_found_where_it_happened() -> None:
    customer, agent = sides(
        [(1.0, 6.0, "My order number is 4711 and it still has not come although you promised Monday")],
        [(3.0, 9.0, "Yes yes I know let me check that for you right away please hold on")],
    )
    call = judge_call(customer, agent, 10.0, language="en")
    assert len(call.exchanges) == 1
    interruption = next(f for f in call.findings if f.kind == "interruption")
    assert (interruption.start, interruption.severity) == (3.0, "major")
    assert call.metrics.interruptions == 1 and call.metrics.interruptions_per_minute == 6.0


def test_a_pause_inside_the_customer_line_is_not_a_new_exchange() -> None:
    customer, agent = sides(
        [(0.5, 3.0, "I ordered a pram two weeks ago"), (4.5, 7.0, "and it still has not arrived")],
        [(7.6, 11.0, "I am sorry let me look at your order right now")],
    )
    parts = split_call(customer, agent, 12.0, language="en")
    assert [(p.start, p.end) for p in parts] == [(0.0, 12.0)]


def test_german_backchannels_do_not_take_the_floor() -> None:
    customer, agent = sides(
        [(0.5, 4.0, "Meine Lieferung ist nicht gekommen"), (9.0, 9.4, "ja"), (13.0, 13.5, "mhm")],
        [
            (4.6, 12.0, "Das tut mir leid ich sehe sofort nach und melde mich gleich"),
            (12.5, 16.0, "Sie bekommen heute noch eine Nachricht"),
        ],
    )
    parts = split_call(customer, agent, 17.0, language="de")
    assert len(parts) == 1


def test_a_barge_in_takes_the_floor_only_when_the_customer_keeps_it() -> None:
    base_customer = [(0.5, 3.0, "Where is my parcel please")]
    agent = [(3.6, 12.0, "Let me explain how our delivery works it takes some days usually")]
    for keeps, expected in ((FLOOR_MIN - 0.5, 1), (FLOOR_MIN + 0.5, 2)):
        answer = (12.0 + keeps + 0.6, 19.0, "I see then I will send it by courier today")
        customer, agent_track = sides(base_customer + [(8.0, 12.0 + keeps, "no no I need it today")], agent + [answer])
        parts = split_call(customer, agent_track, 20.0, language="en")
        assert len(parts) == expected, keeps


def test_a_long_agent_stretch_is_a_monologue_in_its_exchange() -> None:
    customer, agent = sides(
        [(0.5, 3.0, "How does the warranty work")],
        [(3.5, 45.0, " ".join(["so the warranty covers"] * 40))],
    )
    call = judge_call(customer, agent, 46.0, language="en")
    assert "monologue" in [f.kind for f in call.findings]
    assert call.metrics.longest_monologue == 41.5


def test_metrics_by_hand() -> None:
    """Customer 0-4 and 10-14 s, agent 4.5-9.5 (answering after 0.5 s) and 13-20 s (cutting in
    1 s before the customer's end, overlap 1 s), call 30 s long."""
    customer, agent = sides(
        [(0.0, 4.0, "I want to cancel my contract today"), (10.0, 14.0, "Because the price went up again")],
        [
            (4.5, 9.5, "I am sorry to hear that may I ask why"),
            (13.0, 20.0, "I understand I can offer you a lower price"),
        ],
    )
    call = judge_call(customer, agent, 30.0, language="en")
    m = call.metrics
    assert (m.customer_seconds, m.agent_seconds, m.overlap_seconds) == (8.0, 12.0, 1.0)
    assert m.talk_ratio == 0.6  # 12 / (8 + 12)
    assert m.overlap_share == round(1.0 / 19.0, 3)  # 1 s of the 19 s anyone spoke
    assert m.exchanges == 2 and m.minutes == 0.5
    assert m.interruptions == 1 and m.interruptions_per_minute == 2.0  # 1 in half a minute
    assert m.patience == 0.5  # only the answer that waited for the end counts
    assert m.longest_monologue == 7.0
    # as the pace finding measures: 10 + 9 words, first word's start to last word's end (4.98 + 6.98 s)
    assert m.words_per_minute == round(60 * 19 / (4.98 + 6.98), 1)


def test_json_round_trip(call: CallResult) -> None:
    data = json.loads(json.dumps(call.to_json()))
    assert CallResult.from_json(data) == call
    assert data["kind"] == "call" and [e["start"] for e in data["exchanges"]] == [0.0, 3.0, 16.0, 35.6]


def test_one_turn_as_a_call() -> None:
    customer, agent = sides([(0.5, 3.0, "Where is my parcel")], [(3.6, 6.0, "Let me check that for you")])
    result = judge(Turn(customer, agent, 7.0), language="en")
    call = call_of_turn(result)
    assert call.exchanges[0].result is result and call.findings == result.findings
    assert call.metrics.patience == pytest.approx(0.6)


def _scenario() -> Scenario:
    return Scenario.model_validate(
        {
            "id": "two-steps-en",
            "title": "Test",
            "language": "en",
            "theme": "complaint",
            "brief": {"situation": "A test.", "goal": "Pass."},
            "persona": {"name": "Mrs Keller", "mood": "angry"},
            "turns": [
                {"id": "late", "say": "My parcel with order number 4711 is two weeks late and nobody tells me why."},
                {"id": "refund", "say": "Then I want my money back for the delivery fee."},
            ],
        }
    )


def test_a_scenario_is_matched_to_the_exchanges_it_fits() -> None:
    customer, agent = sides(
        [
            (0.5, 3.0, "Hi I have a question"),
            (6.0, 11.0, "My parcel with the order number 4711 is two weeks late nobody tells me why"),
            (16.0, 19.0, "Then I want my money back for the fee"),
        ],
        [(3.5, 5.5, "Sure what is it"), (11.6, 15.0, "I am sorry let me check why"), (19.6, 22.0, "Of course")],
    )
    scenario = _scenario()
    call = judge_call(customer, agent, 23.0, language="en", scenario=scenario)
    assert [e.step_id for e in call.exchanges] == [None, "late", "refund"]
    assert [e.result.scenario_id for e in call.exchanges] == [None, "two-steps-en", "two-steps-en"]
    parts = split_call(customer, agent, 23.0, language="en")
    # backwards in time the turns cannot both fit: the order of the scenario is kept
    backwards = match_scenario(list(reversed(parts)), scenario)
    assert backwards in ([None, "late", None], ["refund", None, None])


def test_no_speech_is_one_empty_exchange() -> None:
    customer, agent = sides([], [])
    parts = split_call(customer, agent, 5.0, language="en")
    assert [(p.start, p.end, p.opening) for p in parts] == [(0.0, 5.0, False)]
    metrics = call_metrics(customer, agent, 5.0, (), language="en")
    assert metrics.talk_ratio is None and metrics.words_per_minute is None and metrics.overlap_share == 0.0


def test_cutting_in_at_the_agents_breath_is_still_a_barge_in() -> None:
    """The agent pauses 0.5 s between two sentences; the customer starts in that pause and stops
    while the agent goes on: one exchange, judged as talking over."""
    customer, agent = sides(
        [(0.5, 3.0, "Will it arrive before Friday"), (7.3, 9.3, "wait what about the fee")],
        [(3.6, 7.0, "Yes it will arrive on Thursday"), (7.5, 14.0, "I am booking express delivery for you right now")],
    )
    call = judge_call(customer, agent, 15.0, language="en")
    assert len(call.exchanges) == 1
    assert [f.kind for f in call.findings if f.kind == "talk_over"] == ["talk_over"]
