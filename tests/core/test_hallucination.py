"""Words Whisper invented for silence are dropped, real words kept (core/hallucination).

The table rows are what Whisper base / tiny.en wrote in the demo calls (``voicecoach call ...
--demo``): each decode's segments with Whisper's word times and probabilities, the VAD's speech
span of that decode (the clip minus the engine's 0.2 s padding)."""

from __future__ import annotations

import pytest

from voicecoach.core.hallucination import MARGIN, anomalous, heard_words, word_anomaly
from voicecoach.core.timeline import Span, Word

W = tuple[str, float, float, float]


def _segments(*segments: list[W]) -> list[list[Word]]:
    return [[Word(text, start, end, p) for text, start, end, p in segment] for segment in segments]


def _text(words: tuple[Word, ...]) -> str:
    return " ".join(word.text for word in words)


CASES = [
    pytest.param(  # new-address-de, turn "intro": an invented sentence in the pause after "Anruf."
        _segments(
            [
                ("Danke", 19.32, 19.76, 0.8015),
                ("für", 19.76, 20.04, 0.963),
                ("Ihren", 20.04, 20.42, 0.893),
                ("Anruf.", 20.42, 21.02, 0.9525),
            ],
            [
                ("Ich", 21.02, 21.2, 0.0426),
                ("bin", 21.2, 21.2, 0.1004),
                ("hier", 21.2, 21.2, 0.0392),
                ("im", 21.2, 21.2, 0.0642),
                ("Grundein.", 21.2, 21.2, 0.2056),
            ],
        ),
        Span(19.52, 21.024),
        "Danke für Ihren Anruf.",
        id="de-pause-after-a-sentence",
    ),  # fmt: skip
    pytest.param(  # new-address-de, turn "address"
        _segments(
            [
                ("Die", 12.952, 13.252, 0.9301),
                ("Änderung", 13.252, 13.672, 0.8867),
                ("gilt", 13.672, 13.872, 0.9959),
                ("ab", 13.872, 14.032, 0.9339),
                ("sofort.", 14.032, 14.272, 0.9948),
            ],
            [
                ("und", 14.272, 14.392, 0.0366),
                ("das", 14.392, 14.392, 0.0448),
                ("ist", 14.392, 14.392, 0.1056),
                ("ein", 14.392, 14.392, 0.0772),
                ("sehr", 14.392, 14.392, 0.0292),
                ("schlusses", 14.392, 14.572, 0.2547),
                ("Kind.", 14.572, 14.572, 0.0278),
            ],
        ),
        Span(13.152, 14.528),
        "Die Änderung gilt ab sofort.",
        id="de-ein-sehr-schoenes-kind",
    ),  # fmt: skip
    pytest.param(  # new-address-de, turn "sms"
        _segments(
            [("Herr", 11.0, 11.36, 0.0576), ("Wagner.", 11.36, 11.74, 0.8187)],
            [
                ("Und", 11.74, 11.82, 0.028),
                ("dann", 11.82, 11.84, 0.0996),
                ("ist", 11.84, 12.04, 0.0527),
                ("es", 12.04, 12.04, 0.1982),
                ("nicht", 12.04, 12.04, 0.0587),
                ("so,", 12.04, 12.04, 0.2023),
                ("dass", 12.04, 12.04, 0.6047),
                ("wir", 12.04, 12.04, 0.144),
                ("das", 12.04, 12.04, 0.0693),
                ("nicht", 12.04, 12.04, 0.0855),
                ("so", 12.04, 12.04, 0.019),
                ("machen.", 12.04, 12.04, 0.0316),
            ],
        ),
        Span(11.2, 11.872),
        "Herr Wagner.",
        id="de-dass-wir-das-nicht-so-machen",
    ),  # fmt: skip
    pytest.param(  # elderly-router-de, turn "greeting": "Bye!" inside the VAD's speech, unsure, after the reply
        _segments(
            [
                ("Ich", 24.824, 25.164, 0.9426),
                ("helfe", 25.164, 25.544, 0.5138),
                ("Ihnen", 25.544, 25.784, 0.8168),
                ("gerne", 25.784, 26.084, 0.4254),
                ("dabei.", 26.084, 26.504, 0.9975),
            ],
            [("Bye!", 26.504, 26.604, 0.0531)],
        ),
        Span(25.024, 26.688),
        "Ich helfe Ihnen gerne dabei.",
        id="de-bye",
    ),  # fmt: skip
    pytest.param(  # price-objection-de: a lone unsure "dann" after the question
        _segments(
            [
                ("Zum", 5.3, 5.6, 0.9),
                ("Beispiel", 5.6, 6.1, 0.9),
                ("kommt", 6.1, 6.3, 0.9),
                ("unser", 6.3, 6.628, 0.9),
                ("Techniker", 6.628, 7.308, 0.8077),
                ("zu", 7.308, 7.628, 0.9956),
                ("Ihnen?", 7.628, 7.868, 0.536),
            ],
            [("dann", 7.868, 7.968, 0.0328)],
        ),
        Span(5.5, 7.9),
        "Zum Beispiel kommt unser Techniker zu Ihnen?",
        id="de-trailing-dann",
    ),  # fmt: skip
    pytest.param(  # gym-cancel-en, turn "paperwork"
        _segments(
            [
                ("And", 5.0, 5.3, 0.9),
                ("June", 5.3, 5.6, 0.9),
                ("is", 5.6, 5.8, 0.9),
                ("your", 5.8, 6.0, 0.9),
                ("last", 6.0, 6.3, 0.9),
                ("payment.", 6.3, 6.752, 0.95),
            ],
            [("Thank", 6.752, 6.992, 0.0086), ("you.", 6.992, 6.992, 0.9854)],
        ),
        Span(5.152, 6.816),
        "And June is your last payment.",
        id="en-thank-you",
    ),  # fmt: skip
    pytest.param(  # gym-cancel-en, turn "not-interested"
        _segments([("Sorry.", 0.792, 1.332, 0.6)], [("Great.", 1.332, 1.372, 0.0492)]),
        Span(0.992, 1.504),
        "Sorry.",
        id="en-great",
    ),
    # -- real words that must stay --------------------------------------------------------------
    pytest.param(  # the reply's last word ends after the VAD's end, within the margin
        _segments(
            [
                ("Vielen", 8.536, 8.996, 0.98),
                ("Dank", 8.996, 9.316, 0.99),
                ("und", 9.316, 9.676, 0.97),
                ("einen", 9.676, 9.956, 0.8),
                ("schönen", 9.956, 10.456, 0.99),
                ("Tag.", 10.456, 11.05, 0.99),
            ]
        ),
        Span(8.736, 10.88),
        "Vielen Dank und einen schönen Tag.",
        id="de-last-word-past-the-vad-end",
    ),  # fmt: skip
    pytest.param(  # the first word pulled to the clip's start, 0.2 s before the VAD's onset; Whisper unsure
        _segments([("gern", 4.472, 4.872, 0.0019)]),
        Span(4.672, 4.992),
        "gern",
        id="de-lone-unsure-word",
    ),
    pytest.param(  # "Yes." after the line, short and unsure: a reply, not silence
        _segments([("Yes.", 2.0, 2.14, 0.12)]),
        Span(2.05, 2.3),
        "Yes.",
        id="en-lone-short-yes",
    ),
    pytest.param(  # Whisper's "..." (read by the end-of-turn gate) and an unsure but spoken name
        _segments(
            [("Guten", 17.464, 17.704, 0.0132), ("Morgen.", 17.704, 17.984, 0.776)], [("...", 17.984, 18.084, 0.0389)]
        ),
        Span(17.664, 18.144),
        "Guten Morgen. ...",
        id="de-trailing-dots-kept",
    ),  # fmt: skip
    pytest.param(  # two real sentences; the second short and quick, Whisper sure of it
        _segments([("I", 1.0, 1.1, 0.9), ("see.", 1.1, 1.4, 0.9)], [("Yes,", 1.5, 1.6, 0.8), ("yes.", 1.6, 1.7, 0.7)]),
        Span(1.0, 1.7),
        "I see. Yes, yes.",
        id="en-quick-second-sentence",
    ),
    pytest.param(  # boiler-booking call in tmux: "Thank you." after the reply, each word suspect by itself
        _segments(
            [("the", 24.7, 24.8, 0.99), ("morning.", 24.8, 25.08, 0.9987)],
            [("Thank", 25.08, 25.36, 0.1132), ("you.", 25.36, 25.36, 0.9746)],
        ),
        Span(20.1, 25.4),
        "the morning.",
        id="en-thank-you-tail",
    ),  # fmt: skip
    pytest.param(  # ... a "Thank you." said at the end, at a normal pace: kept
        _segments(
            [("the", 24.7, 24.8, 0.99), ("morning.", 24.8, 25.08, 0.9987)],
            [("Thank", 25.2, 25.45, 0.93), ("you.", 25.45, 25.7, 0.97)],
        ),
        Span(20.1, 25.8),
        "the morning. Thank you.",
        id="en-thank-you-said",
    ),  # fmt: skip
]


@pytest.mark.parametrize(("segments", "speech", "kept"), CASES)
def test_invented_words_go_and_real_words_stay(segments: list[list[Word]], speech: Span, kept: str) -> None:
    assert _text(heard_words(segments, [speech])) == kept


def test_a_word_wholly_outside_the_speech_goes_one_within_the_margin_stays() -> None:
    speech = [Span(1.0, 2.0)]
    near = Word("Tschüss.", 2.0 + MARGIN - 0.05, 2.0 + MARGIN + 0.3, 0.9)  # starts inside the margin
    far = Word("Tschüss.", 2.0 + MARGIN + 0.05, 2.0 + MARGIN + 0.4, 0.9)  # all of it in silence
    said = [Word("Danke", 1.0, 1.4, 0.9), Word("schön.", 1.4, 1.9, 0.9)]
    assert _text(heard_words([[*said, near]], speech)) == "Danke schön. Tschüss."
    assert _text(heard_words([[*said, far]], speech)) == "Danke schön."
    early = Word("Also", 1.0 - MARGIN - 0.4, 1.0 - MARGIN - 0.05, 0.9)
    assert _text(heard_words([[early, *said]], speech)) == "Danke schön."


def test_zero_length_unsure_words_at_the_end_go_and_sentences_are_judged_apart() -> None:
    words = [Word("Die", 1.0, 1.3, 0.9), Word("Änderung", 1.3, 1.7, 0.9), Word("gilt", 1.7, 1.9, 0.9),
             Word("ab", 1.9, 2.0, 0.9), Word("sofort.", 2.0, 2.3, 0.9), Word("Kind.", 2.3, 2.3, 0.03)]  # fmt: skip
    assert _text(heard_words([words], [Span(1.0, 2.4)])) == "Die Änderung gilt ab sofort."
    # within a sentence, a zero-length word Whisper is sure of stays (its sentence is ordinary)
    sure = [*words[:-2], Word("sofort,", 2.0, 2.3, 0.9), Word("ja.", 2.3, 2.3, 0.8)]
    assert _text(heard_words([sure], [Span(1.0, 2.4)])) == "Die Änderung gilt ab sofort, ja."
    # one segment holding the reply and the invented sentence (faster-whisper's batched decoding)
    glued = [*words[:-1], Word("und", 2.3, 2.4, 0.04), Word("das", 2.4, 2.4, 0.04), Word("ist", 2.4, 2.4, 0.1),
             Word("ein", 2.4, 2.4, 0.08), Word("schlusses", 2.4, 2.55, 0.25), Word("Kind.", 2.55, 2.55, 0.03)]  # fmt: skip
    assert _text(heard_words([glued], [Span(1.0, 2.4)])) == "Die Änderung gilt ab sofort."


def test_faster_whispers_anomaly_scores() -> None:
    assert word_anomaly(Word("gut", 0.0, 0.3, 0.9)) == 0.0
    assert word_anomaly(Word("Kind.", 1.0, 1.0, 0.03)) == pytest.approx(1.0 + 0.133 * 15)
    assert word_anomaly(Word("ja", 0.0, 2.5, 0.9)) == pytest.approx(0.5)
    assert anomalous([Word("Bye!", 0.0, 0.1, 0.05)])
    assert not anomalous([Word("Herr", 0.0, 0.36, 0.06), Word("Wagner.", 0.36, 0.74, 0.82)])
    assert not anomalous([Word("...", 0.0, 0.0, 0.01)])  # no spoken word


def test_without_speech_spans_only_the_tail_rules_apply() -> None:
    segments = _segments([("Danke.", 0.0, 0.4, 0.9)], [("Bye!", 0.4, 0.5, 0.05)])
    assert _text(heard_words(segments, [])) == "Danke."
    assert heard_words([], [Span(0.0, 1.0)]) == ()
