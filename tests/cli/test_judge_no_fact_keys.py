"""Issue 11: a fact's YAML key is never shown to a trainee, and a quote cut out of a reply says so.

Was: "Sie haben nach der Angabe „postcode“ gefragt" (new-address-de, turn 3), "… nach der Angabe
„move date“ gefragt" (cancellation-de, turn 1) and "Gesagt: Wie war die Postleitzahl noch".
"""

from __future__ import annotations

import pytest

from voicecoach.cli import main
from voicecoach.commands.judge import cut_quote


@pytest.mark.parametrize(
    ("scenario", "turn", "reply", "says", "key"),
    [
        (
            "new-address-de",
            "3",
            "Wie war die Postleitzahl noch mal?",
            "Sie haben nach der Postleitzahl gefragt („Wie war die Postleitzahl noch“) – das hatte Herr Wagner "
            "schon gesagt: 50667.",
            "postcode",
        ),
        (
            "cancellation-de",
            "1",
            "Verstehe. Zu wann möchten Sie denn kündigen?",
            "Sie haben nach einer Angabe gefragt („wann“) – das hatte Herr Becker schon gesagt: Ende März.",
            "move date",
        ),
    ],
)
def test_a_reasked_fact_is_named_by_words_not_its_key(
    capsys: pytest.CaptureFixture[str], scenario: str, turn: str, reply: str, says: str, key: str
) -> None:
    assert main(["--lang", "de", "judge", scenario, "--turn", turn, "--text", reply]) == 0
    out = capsys.readouterr().out
    assert says in out
    assert key not in out and key.replace(" ", "_") not in out


def test_the_evidence_line_marks_a_cut_quote(capsys: pytest.CaptureFixture[str]) -> None:
    reply = "Wie war die Postleitzahl noch mal?"
    assert main(["--lang", "de", "judge", "new-address-de", "--turn", "3", "--text", reply]) == 0
    assert "Gesagt: Wie war die Postleitzahl noch …\n" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("quote", "reply", "shown"),
    [
        (
            "Nennen Sie mir bitte kurz die Auftragsnummer,",
            "Nennen Sie mir bitte kurz die Auftragsnummer, dann schaue ich nach.",
            "Nennen Sie mir bitte kurz die Auftragsnummer …",
        ),
        ("wann", "Verstehe. Zu wann möchten Sie denn kündigen?", "… wann …"),
        ("Could you give me the postcode", "Could you give me the postcode?", "Could you give me the postcode"),
        ("I am sorry.", "I am sorry. Let me check.", "I am sorry."),
        ("not in it", "something else", "not in it"),
    ],
)
def test_cut_quote(quote: str, reply: str, shown: str) -> None:
    assert cut_quote(quote, reply) == shown
