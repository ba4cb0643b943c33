"""The timeline and the marked transcript as pure functions (literal spans and words in)."""

from __future__ import annotations

import pytest

from voicecoach.core.timeline import Word
from voicecoach.tui.widgets.marked import FILLER, KEY, REASK, find_phrase, mark_text
from voicecoach.tui.widgets.timeline import LABEL_WIDTH, Marker, TimelineData, render_timeline


def test_overlap_is_marked_and_measured() -> None:
    data = TimelineData(customer=((0.0, 4.0),), trainee=((3.2, 7.0),), min_window=10.0)
    lines = render_timeline(data, 9 + 100).plain.splitlines()
    assert data.overlap_seconds() == pytest.approx(0.8)
    marks = lines[2][LABEL_WIDTH:]
    assert marks.index("▔") == 32  # 3.2 s at 0.1 s per column
    assert "0.8 s overlap" in marks


def test_open_spans_grow_with_now() -> None:
    data = TimelineData(customer=((0.0, None),), now=2.5)
    customer = render_timeline(data, 9 + 100).plain.splitlines()[0][LABEL_WIDTH:]
    assert customer[:25] == "█" * 25 and customer[26] != "█"


def test_finding_numbers_at_the_same_time_do_not_merge() -> None:
    data = TimelineData(
        customer=((0.0, 4.0),), trainee=((3.0, 6.0),), markers=(Marker(3.0, 4.0, "2"), Marker(3.0, 5.0, "4"))
    )
    marks = render_timeline(data, 9 + 100).plain.splitlines()[2][LABEL_WIDTH:]
    assert "24" not in marks and marks.index("2") < marks.index("4")


@pytest.mark.parametrize("at", [x / 10 for x in range(70, 90)])
@pytest.mark.parametrize("width", [9 + 71, 9 + 100])
def test_a_finding_number_never_lands_in_the_overlap_label(at: float, width: int) -> None:
    # issue 12: "0.8 s2overlap" (and "0.82s overlap"): a finding number written into the label
    data = TimelineData(
        customer=((0.0, 4.0),), trainee=((3.2, 7.0),), min_window=10.0, markers=(Marker(at, at + 1, "2"),)
    )
    marks = render_timeline(data, width).plain.splitlines()[2][LABEL_WIDTH:]
    assert marks.count("2") == 1
    number = marks.index("2")
    if "0.8 s overlap" in marks:
        start = marks.index("0.8 s overlap")
        assert not start - 2 <= number <= start + len("0.8 s overlap") + 1, marks
    else:  # no room for it on either side of the overlap: left out rather than garbled
        assert "overlap" not in marks and "0.8" not in marks, marks


def test_the_overlap_label_goes_right_after_the_overlap_when_nothing_is_there() -> None:
    data = TimelineData(customer=((0.0, 4.0),), trainee=((3.2, 7.0),), min_window=10.0)
    marks = render_timeline(data, 9 + 100).plain.splitlines()[2][LABEL_WIDTH:]
    assert marks.index("0.8 s overlap") == marks.rindex("▔") + 2


def test_the_overlap_label_goes_before_the_overlap_when_a_number_takes_the_room_after() -> None:
    data = TimelineData(
        customer=((5.0, 9.0),), trainee=((8.2, 9.9),), min_window=10.0, markers=(Marker(9.2, 9.9, "3"),)
    )
    marks = render_timeline(data, 9 + 100).plain.splitlines()[2][LABEL_WIDTH:]
    assert marks.index("0.8 s overlap") + len("0.8 s overlap") < marks.index("▔") < marks.index("3")


@pytest.mark.parametrize(
    ("text", "phrase", "found"),
    [
        ("Ich entschuldige mich", "entschuldigen", "entschuldige"),  # inflection
        ("Das tut mir leid", "tut mir leid", "tut mir leid"),
        ("Wie ist Ihre Bestellnummer?", "Bestellnummer", "Bestellnummer"),
        ("I am sorry", "apologise", None),
    ],
)
def test_phrases_are_found_loosely(text: str, phrase: str, found: str | None) -> None:
    ranges = find_phrase(text, phrase)
    assert ([text[a:b] for a, b in ranges] or [None])[0] == found


def test_re_asking_wins_over_a_key_point_on_the_same_words() -> None:
    text = "äh wie ist Ihre Bestellnummer"
    marks = mark_text(text, {KEY: {"Bestellnummer"}, REASK: {"Bestellnummer"}, FILLER: {"äh"}})
    assert [(text[m.start : m.end], m.category) for m in marks] == [("äh", FILLER), ("Bestellnummer", REASK)]


def test_words_spoken_over_the_customer_are_underlined() -> None:
    from voicecoach.tui.widgets.marked import OVERLAP_STYLE, render_marked

    words = (Word("Hallo", 3.0, 3.4), Word("Frau", 3.5, 3.8), Word("Keller", 4.2, 4.6))
    rich = render_marked(words, {}, overlaps=[(0.0, 4.0)])
    underlined = [rich.plain[s.start : s.end] for s in rich.spans if s.style == OVERLAP_STYLE]
    assert underlined == ["Hallo", "Frau"]
