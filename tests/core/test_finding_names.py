"""One finding is named by what it found where the kind's name says more than the finding knows
(second German tester: a key point the judge did not hear, shown as "Nicht zugehört" above "if you
said it in other words, fine (no points off)")."""

from __future__ import annotations

import pytest

from voicecoach.core.words import finding_name, kind_name


@pytest.mark.parametrize(
    ("evidence", "de", "en"),
    [
        ({"reason": "missed_point", "point": "apology"}, "Punkt nicht gehört", "Key point not heard"),
        ({"reason": "missed_point", "unsure": True}, "Punkt nicht gehört", "Key point not heard"),
        ({"reason": "reasked", "fact": "order_number"}, "Schon Gesagtes erfragt", "Asked for what was given"),
        ({"reason": "ignored_emotion", "emotion": "angry"}, "Gefühl übergangen", "Feeling passed over"),
        ({"reason": "ignored_emotion", "late": True}, "Gefühl spät aufgegriffen", "Feeling taken up late"),
        # nothing of the reply refers to what the customer said: that is not listening
        ({"reason": "generic"}, "Nicht zugehört", "Not listening"),
        ({}, "Nicht zugehört", "Not listening"),
        (None, "Nicht zugehört", "Not listening"),
    ],
)
def test_a_not_listening_finding_is_named_by_what_it_found(evidence: dict | None, de: str, en: str) -> None:
    assert finding_name("not_listening", evidence, "de") == de
    assert finding_name("not_listening", evidence, "en") == en


def test_other_kinds_keep_their_name() -> None:
    for kind in ("interruption", "contradiction", "avoid_phrase"):
        for language in ("de", "en"):
            assert finding_name(kind, {"reason": "missed_point"}, language) == kind_name(kind, language)
