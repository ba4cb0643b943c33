"""A contradiction is named by its form in every list: "Ausrede" / "Excuse", "Schuld zugewiesen" /
"Blame", not "Widerspruch" for all (a trainer-helper: an excuse headed "Widerspruch" reads wrong)."""

from __future__ import annotations

import pytest

from voicecoach.cli import main
from voicecoach.core.words import finding_name


@pytest.mark.parametrize(
    ("grammar", "de", "en"),
    [
        ("excuse", "Ausrede", "Excuse"),
        ("blame", "Schuld zugewiesen", "Blame"),
        ("deflection", "Schuld abgewiesen", "Blame pushed away"),
        ("doubt", "Schilderung angezweifelt", "Account doubted"),
        ("rules", "Auf Regeln berufen", "Rules cited"),
        ("charge", "Auf Zahlung bestanden", "Charge insisted on"),
        ("negated_truth", "Widerspruch", "Contradiction"),  # a flat "das stimmt nicht" keeps the kind's name
    ],
)
def test_a_contradiction_is_named_by_its_form(grammar: str, de: str, en: str) -> None:
    evidence = {"reason": "phrase", "grammar": grammar}
    assert (finding_name("contradiction", evidence, "de"), finding_name("contradiction", evidence, "en")) == (de, en)


def test_the_judge_heads_an_excuse_as_one(capsys: pytest.CaptureFixture[str]) -> None:
    reply = "Das tut mir leid, Frau Keller, unser Fahrer war leider krank. Ich schaue nach, wo Ihr Paket ist."
    assert main(["--lang", "de", "judge", "late-delivery-de", "--text", reply]) == 0
    out = capsys.readouterr().out
    assert "Ausrede" in out and "Widerspruch" not in out, out
