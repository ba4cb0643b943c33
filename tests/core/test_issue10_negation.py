"""Issue 10, negated acknowledgement: an apology, understanding or naming of the feeling that is
negated in its own clause ("Es tut mir überhaupt nicht leid", "I'm not sorry", "Ich verstehe Sie
gar nicht") or that questions the feeling ("Ich verstehe nicht, warum Sie sich aufregen", "I don't
see why you're upset") does not take the customer's feeling up. A negation in another clause
("tut mir leid, dass das nicht geklappt hat"), "nicht nur", and a sympathy idiom ("kein Wunder",
"I can't imagine how ...") leave the acknowledgement standing.

Every row was written for these tests; none is copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from tests.helpers.content_judge import ignored, penalised

DE = {"say": "Seit drei Wochen warte ich auf mein Paket, das ist eine Unverschämtheit!", "emotion": "angry"}
EN = {"say": "I've been waiting three weeks for my parcel, this is a disgrace!", "emotion": "angry"}


@pytest.mark.parametrize(
    ("language", "reply", "taken_up"),
    [
        # apology negated in its clause
        ("de", "Es tut mir gar nicht leid, das Paket ist unterwegs.", False),
        ("de", "Leid tut mir das keineswegs. Ich sehe nach.", False),
        ("de", "Ich entschuldige mich nicht dafür, die Post bringt es schon.", False),
        ("en", "I'm not sorry at all, it's on its way.", False),
        ("en", "I won't apologise for the post office. I'll look it up.", False),
        # ... a negation in what is regretted, or "nicht nur", is still an apology
        ("de", "Es tut mir leid, dass das Paket nicht angekommen ist. Ich sehe nach.", True),
        ("de", "Das tut mir nicht nur leid, das ist auch mir peinlich. Ich sehe nach.", True),
        ("en", "I'm sorry the parcel didn't turn up. I'll look it up.", True),
        ("en", "I'm so sorry you never got a tracking number. Let me look.", True),
    ],
)
def test_negated_apology(language: str, reply: str, taken_up: bool, resources) -> None:  # noqa: ANN001
    step = DE if language == "de" else EN
    assert ignored(penalised(language, reply, resources, **step)) is not taken_up


@pytest.mark.parametrize(
    ("language", "reply", "taken_up"),
    [
        # understanding negated, the verb second and the negation after it
        ("de", "Ehrlich gesagt verstehe ich Sie überhaupt nicht. Das Paket kommt.", False),
        ("de", "Ihren Ärger kann ich keineswegs nachvollziehen. Ich sehe nach.", False),
        ("en", "I really don't understand you. The parcel will come.", False),
        ("en", "I never said I see why. The parcel will come.", False),
        # the feeling named only to question it
        ("de", "Ich begreife nicht, wieso Sie sich so aufregen. Das Paket kommt.", False),
        ("de", "Warum ärgern Sie sich denn so? Das Paket kommt.", False),
        ("en", "I don't see why you're so angry. The parcel will come.", False),
        ("en", "Honestly, I can't see why you'd be upset about it. It will come.", False),
        # ... a negation in the other clause, or an idiom of sympathy, takes it up
        ("de", "Ich verstehe, dass Sie nicht länger warten möchten. Ich sehe nach.", True),
        ("de", "Kein Wunder, dass Sie verärgert sind. Ich sehe nach.", True),
        ("de", "Ich verstehe, warum Sie sich ärgern. Ich sehe nach.", True),
        ("en", "No wonder you're annoyed. Let me look into it.", True),
        ("en", "I can't imagine how frustrating three weeks must be. Let me look.", True),
        ("en", "I understand you don't want to wait any longer. Let me look.", True),
    ],
)
def test_negated_understanding(language: str, reply: str, taken_up: bool, resources) -> None:  # noqa: ANN001
    step = DE if language == "de" else EN
    assert ignored(penalised(language, reply, resources, **step)) is not taken_up
