"""Judged turns built from literal numbers, for the history, report and progress tests."""

from __future__ import annotations

from voicecoach.core.result import Finding, Score, TurnResult
from voicecoach.core.timeline import Span, Track, Turn, Word


def words(*items: tuple[str, float, float]) -> tuple[Word, ...]:
    return tuple(Word(text, start, end) for text, start, end in items)


def interrupted_turn(language: str = "de", total: int = 62) -> TurnResult:
    """The trainee cuts into the customer's complaint at 2.1 s; the customer's line ends at 3.4 s."""
    customer = Track(
        speech=(Span(0.2, 3.4),),
        words=words(
            ("Meine", 0.2, 0.5),
            ("Bestellung", 0.5, 1.1),
            ("4711", 1.1, 1.8),
            ("ist", 1.8, 2.0),
            ("nicht", 2.0, 2.4),
            ("gekommen!", 2.4, 3.4),
        ),
    )
    trainee = Track(
        speech=(Span(2.1, 3.9), Span(4.6, 6.8)),
        words=words(
            ("Wie", 2.1, 2.3),
            ("ist", 2.3, 2.5),
            ("Ihre", 2.5, 2.8),
            ("Bestellnummer?", 2.8, 3.9),
            ("Ich", 4.6, 4.8),
            ("schaue", 4.8, 5.3),
            ("gleich", 5.3, 5.7),
            ("nach.", 5.7, 6.8),
        ),
    )
    findings = (
        Finding(
            kind="interruption",
            start=2.1,
            end=3.4,
            severity="major",
            message="Sie haben die Kundin nach 1,9 s unterbrochen." if language == "de" else "You cut in.",
            tip="Lassen Sie sie ausreden." if language == "de" else "Let the customer finish.",
            skill="timing",
            penalty=20.0,
            evidence={"overlap": 1.3},
        ),
        Finding(
            kind="not_listening",
            start=2.8,
            end=3.9,
            severity="major",
            message="Nach der Bestellnummer gefragt, obwohl sie sie genannt hat."
            if language == "de"
            else "Asked again for the order number.",
            tip="Wiederholen Sie die Nummer zur Bestätigung." if language == "de" else "Repeat it back instead.",
            skill="listening",
            penalty=25.0,
            evidence={"reasked": "order_number", "words": ["Bestellnummer"]},
        ),
        Finding(
            kind="backchannel",
            start=1.0,
            end=1.2,
            severity="info",
            message="mhm",
            tip="",
            skill="listening",
            penalty=0.0,
        ),
    )
    return TurnResult(
        turn=Turn(customer=customer, trainee=trainee, duration=7.25, line_end=3.4, notes=("literal",)),
        findings=findings,
        metrics={"talk_ratio": 0.58, "overlap_seconds": 1.3, "interruptions": 1, "response_gap": None},
        score=Score(
            total=total, skills={"listening": 55, "timing": 60, "empathy": 70, "clarity": 80}, weights={"empathy": 1.5}
        ),
        options={"interruption_min_overlap": 0.3, "whisper_model": "base"},
        language=language,
        scenario_id="late-delivery-de",
        turn_id="complaint",
        outcomes=("interrupted", "reasked"),
    )


def clean_turn(language: str = "de", total: int = 88) -> TurnResult:
    """A reply after a 0.6 s pause that acknowledges and promises a date."""
    customer = Track(speech=(Span(0.0, 2.5),), words=words(("Wann", 0.0, 0.4), ("kommt", 0.4, 0.9), ("er?", 0.9, 2.5)))
    trainee = Track(
        speech=(Span(3.1, 5.0),),
        words=words(("Spätestens", 3.1, 3.8), ("Montag,", 3.8, 4.3), ("versprochen.", 4.3, 5.0)),
    )
    return TurnResult(
        turn=Turn(customer=customer, trainee=trainee, duration=5.5),
        findings=(
            Finding(
                kind="filler_words",
                start=3.1,
                end=5.0,
                severity="minor",
                message="Zwei Füllwörter." if language == "de" else "Two filler words.",
                tip="Kurze Pause statt äh." if language == "de" else "Pause instead of saying um.",
                skill="clarity",
                penalty=5.0,
            ),
        ),
        metrics={"talk_ratio": 0.43, "overlap_seconds": 0.0, "interruptions": 0, "response_gap": 0.6},
        score=Score(total=total, skills={"listening": 90, "timing": 95, "empathy": 80, "clarity": 85}, weights={}),
        options={"interruption_min_overlap": 0.3},
        language=language,
        scenario_id="late-delivery-de",
        turn_id="promise",
        outcomes=("good",),
    )
