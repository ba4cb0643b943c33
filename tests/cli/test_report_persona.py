"""A practice report names the customer as the persona is: "Kundin" for Frau Keller, "Kunde" for
Herr Becker - not "Kundin/Kunde" (issue 11). The engine keeps the persona in the session's options
at call start; sessions saved before are matched to their scenario by id; a scenario no longer
there leaves the neutral form."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.helpers.history_data import interrupted_turn
from tests.helpers.speech_fakes import FakeSpeaker, FakeTranscriber
from tests.live.test_engine import speech  # noqa: F401 - a fixture, registered by being here
from voicecoach import report
from voicecoach.adapters.library import LoadedScenario
from voicecoach.adapters.store import Store
from voicecoach.core.scenario import Scenario
from voicecoach.live.engine import CallEngine, EngineOptions
from voicecoach.live.simulated import SimulatedBackend, SimulatedReply


def session(store: Store, scenario_id: str, options: dict[str, Any]) -> int:
    sid = store.start_session(scenario_id, "Titel", "de", options)
    store.add_turn(sid, replace(interrupted_turn("de"), findings=()))  # the findings' own words aside
    store.end_session(sid)
    return sid


def customer_labels(text: str) -> set[str]:
    """Every word the report uses for the customer (Kundin, Kunde or Kundin/Kunde)."""
    return set(re.findall(r"Kund(?:in/Kunde|in|e)\b", text))


@pytest.mark.parametrize(
    ("options", "scenario_id", "label"),
    [
        ({"mode": "live", "persona": {"name": "Frau Keller", "gender": "female"}}, "late-delivery-de", "Kundin"),
        ({"mode": "live", "persona": {"name": "Herr Becker", "gender": "male"}}, "cancellation-de", "Kunde"),
        ({"mode": "live", "persona": {"name": "Alex Berger", "gender": "male"}}, "gone-de", "Kunde"),
        ({"mode": "live"}, "late-delivery-de", "Kundin"),  # saved before the persona was kept: from the scenario
        ({"mode": "live"}, "cancellation-de", "Kunde"),
        ({"mode": "live"}, "no-longer-there-de", "Kundin/Kunde"),  # unknown: the neutral form
    ],
)
@pytest.mark.parametrize("fmt", ["html", "md"])
def test_the_report_names_the_customer_as_the_persona_is(
    tmp_path: Path, options: dict[str, Any], scenario_id: str, label: str, fmt: str
) -> None:
    with Store.open(tmp_path / "h.sqlite3", retention_days=None) as store:
        text = report.render(store.session(session(store, scenario_id, options)), fmt)  # type: ignore[arg-type]
    assert customer_labels(text) == {label}


def test_the_engine_keeps_the_persona_at_call_start(tmp_path: Path, speech: dict[str, Any]) -> None:  # noqa: F811
    data = {
        "id": "persona-test-de",
        "title": "Persona",
        "language": "de",
        "brief": {"situation": "Ein Test.", "goal": "Antworten."},
        "persona": {"name": "Alex Berger", "gender": "female", "mood": "calm", "patience": "high"},
        "turns": [{"id": "first", "say": "Mein Paket ist nicht angekommen."}],
    }
    (tmp_path / "persona-test-de.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    loaded = LoadedScenario(Scenario.model_validate(data), tmp_path / "persona-test-de.yaml")
    store = Store.open(tmp_path / "h.sqlite3", retention_days=None)
    engine = CallEngine(
        loaded,
        SimulatedBackend(replies=[SimulatedReply(speech["reply"], at=4.2, turn=1)]),
        FakeSpeaker(speech),
        FakeTranscriber(),
        on_event=lambda event: None,
        store=store,
        options=EngineOptions(recordings_dir=tmp_path / "rec"),
    )
    engine.run()
    record = store.session(engine.session_id)
    assert record.summary.options["persona"] == {"name": "Alex Berger", "gender": "female"}
    # the scenario is not in the library, yet the report knows the customer is a woman
    html = report.render(record, "html")
    assert customer_labels(html) == {"Kundin"}


@pytest.mark.parametrize(
    ("scenario_id", "label"), [("cancellation-de", "Kunde"), ("late-delivery-de", "Kundin"), (None, "Kundin/Kunde")]
)
def test_analyze_with_a_scenario_names_the_customer_as_the_persona_is(scenario_id: str | None, label: str) -> None:
    from voicecoach.adapters.library import find_scenario
    from voicecoach.commands.analyze import render_report

    persona = find_scenario(scenario_id).scenario.persona if scenario_id else None
    text = render_report(replace(interrupted_turn("de"), findings=()), persona)
    assert customer_labels(text) == {label}
