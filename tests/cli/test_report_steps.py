"""The report numbers a step as ``scenarios show`` does (issue 11): by its place in the scenario file,
with the reply's place in the call apart. Was: "Gesprächsschritt 2 · „Und wann kommt er …“" for what
``scenarios show`` calls step 3 (a good first reply skips step 2)."""

from __future__ import annotations

import html
import json

import pytest

from tests.helpers.history_data import clean_turn, interrupted_turn
from voicecoach.adapters.store import Store
from voicecoach.cli import main


@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        ("de", "## Schritt 1 („Keller hier", "## Schritt 3 („Und wann kommt er jetzt? Ich …“) · Antwort 2"),
        ("en", "## Step 1 (", '## Step 3 ("Und wann kommt er jetzt? Ich …") · reply 2'),
    ],
)
def test_steps_keep_their_file_numbers(
    capsys: pytest.CaptureFixture[str], language: str, first: str, second: str
) -> None:
    with Store.open() as store:
        session = store.start_session("late-delivery-de", "Die verspätete Lieferung", language)
        store.add_turn(session, interrupted_turn(language))  # step 1, "complaint"
        store.add_turn(session, clean_turn(language))  # step 3, "promise": step 2 was skipped
        store.end_session(session)
    assert main(["--lang", language, "report", str(session), "--format", "md"]) == 0
    headings = [line for line in capsys.readouterr().out.splitlines() if line.startswith("## ")]
    assert headings[0].startswith(first) and headings[1].startswith(second), headings
    assert main(["--lang", language, "report", str(session), "--format", "html"]) == 0
    page = capsys.readouterr().out
    assert any(html.escape(second.removeprefix("## "), quote=q) in page for q in (True, False))
    assert main(["report", str(session), "--format", "json"]) == 0
    turns = json.loads(capsys.readouterr().out)["turns"]
    # "index" (the reply's place) and "turn" (the id) stay as stored; "step" is the file number
    assert [(t["index"], t["turn"], t["step"]) for t in turns] == [(1, "complaint", 1), (2, "promise", 3)]
