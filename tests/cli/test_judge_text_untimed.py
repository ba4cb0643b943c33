"""``voicecoach judge --text``: no audio, so no times and no internal ids in what it says (issue 11).

Was: "Schritt 1 (complaint)" and "Bei 9,8 s haben Sie nach der Bestellnummer gefragt": an internal
step id, and a time made up by the calm timeline the typed reply is judged on.
"""

from __future__ import annotations

import json
import re

import pytest

from voicecoach.cli import main
from voicecoach.core.words.findings import untimed

CASES = {
    "de": ("late-delivery-de", "Wie ist Ihre Bestellnummer?", "Sie haben nach der Bestellnummer gefragt", "Schritt 1"),
    "en": ("late-delivery-en", "What is your order number?", "You asked for the order number", "Turn 1"),
}
#: A time as a finding says it: "bei 9,8 s", "at 16.2 s".
TIME = re.compile(r"\b\d+[.,]\d\s?s\b")


@pytest.mark.parametrize("language", ["de", "en"])
def test_typed_findings_name_no_time_and_the_step_by_its_words(
    language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    scenario, reply, reasked, turn = CASES[language]
    assert main(["--lang", language, "judge", scenario, "--text", reply]) == 0
    out = capsys.readouterr().out
    assert reasked in out, out
    assert not TIME.search(out), out
    head = out.splitlines()[0]
    assert f"{turn} (" in head and "(complaint)" not in head and "complaint" not in head, head
    assert ("„Keller hier" if language == "de" else '"This is Daniel Reed') in head, head


@pytest.mark.parametrize("language", ["de", "en"])
def test_typed_json_messages_name_no_time(language: str, capsys: pytest.CaptureFixture[str]) -> None:
    scenario, reply, reasked, _turn = CASES[language]
    assert main(["--lang", language, "judge", scenario, "--text", reply, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    messages = [f["message"] for f in data["findings"]]
    assert any(m.startswith(reasked) for m in messages), messages
    assert not [m for m in messages if TIME.search(m)], messages


@pytest.mark.parametrize(
    ("kind", "language", "timed", "plain"),
    [
        (
            "not_listening",
            "de",
            "Erst nach 12 Wörtern (bei 4,8 s) gehen Sie darauf ein, dass Frau Keller wütend ist.",
            "Erst nach 12 Wörtern gehen Sie darauf ein, dass Frau Keller wütend ist.",
        ),
        (
            "contradiction",
            "en",
            'At 3.2 s you flatly contradicted the customer ("that is wrong").',
            'You flatly contradicted the customer ("that is wrong").',
        ),
        (
            "avoid_phrase",
            "de",
            "Bei 1,2 s fiel „beruhigen Sie sich“ – diese Formulierung sollte in diesem Gespräch nicht vorkommen.",
            "„beruhigen Sie sich“ sollte in diesem Gespräch nicht vorkommen.",
        ),
        ("not_listening", "de", "Frau Keller war hörbar wütend.", "Frau Keller war hörbar wütend."),
    ],
)
def test_untimed_drops_the_time_and_keeps_the_rest(kind: str, language: str, timed: str, plain: str) -> None:
    assert untimed(kind, timed, language) == plain


@pytest.mark.parametrize(
    ("ui", "scenario", "reply", "wanted", "foreign"),
    [
        # a German trainer trying an English scenario reads German findings, quotes as said
        (
            "de",
            "warranty-no-en",
            "Are you sure? The warranty is a good deal.",
            "hatte abgelehnt, und Sie haben trotzdem nachgelegt („Are you sure“)",
            ("pushed again", "a phrase to avoid", "Its points count once"),
        ),
        (
            "en",
            "late-delivery-de",
            "Beruhigen Sie sich. Wie ist Ihre Bestellnummer?",
            'You asked for the order number ("Wie ist Ihre Bestellnummer")',
            ("gefragt", "sollte in diesem Gespräch", "hörbar"),
        ),
    ],
)
def test_findings_speak_the_interface_language_not_the_scenario_language(
    ui: str, scenario: str, reply: str, wanted: str, foreign: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    turn = "2" if scenario == "warranty-no-en" else "1"
    assert main(["--lang", ui, "judge", scenario, "--turn", turn, "--text", reply]) == 0
    out = capsys.readouterr().out
    assert wanted in out, out
    assert not [w for w in foreign if w in out], out
    assert main(["--lang", ui, "judge", scenario, "--turn", turn, "--text", reply, "--json"]) == 0
    messages = " ".join(f["message"] + f["tip"] for f in json.loads(capsys.readouterr().out)["findings"])
    assert wanted in messages and not [w for w in foreign if w in messages], messages
