"""Text matching that survives transcription: folding, numbers, inflection, slips, phrases."""

from __future__ import annotations

import pytest

from voicecoach.core.text import cover, fold, has_run, normalize, phrase_found, plain, token_match
from voicecoach.core.timeline import Word


def spoken(text: str, start: float = 0.0, step: float = 0.3) -> tuple[Word, ...]:
    """Words of ``text`` one after another, ``step`` seconds each."""
    return tuple(
        Word(w, round(start + i * step, 3), round(start + i * step + step - 0.05, 3))
        for i, w in enumerate(text.split())
    )


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Ärgerlich!", "aergerlich!"),
        ("Straße", "strasse"),
        ("Grüße, Öl", "gruesse, oel"),
        ("Café", "cafe"),
    ],
)
def test_fold_spells_out_umlauts_on_both_sides(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("said", "tokens"),
    [
        ("4711", ("4711",)),
        ("vier sieben eins eins", ("4711",)),
        ("siebenundvierzig elf", ("4711",)),
        ("sieben und vierzig elf", ("4711",)),
        ("viertausendsiebenhundertelf", ("4711",)),
        ("four seven one one", ("4711",)),
        ("forty-seven eleven", ("4711",)),
        ("forty seven eleven", ("4711",)),
        ("four thousand seven hundred and eleven", ("4711",)),
        ("47 11", ("4711",)),
        ("4.711", ("4711",)),
        ("zwei Wochen", ("2", "wochen")),
        ("two weeks", ("2", "weeks")),
        ("einundzwanzig", ("21",)),
        ("one hundred twenty three", ("123",)),
        ("eine Woche", ("eine", "woche")),  # the article stays a word
        ("Bestell-Nr. 4711.", ("bestell", "nr", "4711")),
    ],
)
def test_numbers_become_digits_whether_spoken_or_written(said: str, tokens: tuple[str, ...]) -> None:
    assert normalize(said) == tokens


@pytest.mark.parametrize(
    ("expected", "heard", "same"),
    [
        ("entschuldigen", "entschuldigung", True),
        ("entschuldigen", "entschuldige", True),
        ("entschuldigen", "entschuldigt", True),
        ("nachvollziehen", "nachvollziehbar", True),
        ("liefern", "geliefert", True),
        ("woche", "wochen", True),
        ("kinder", "kindern", True),
        ("understand", "understanding", True),
        ("apologize", "apologise", True),  # transcription spelling
        ("entschuldigung", "entschuldigun", True),  # ASR slip
        ("bestellnummer", "bestelnummer", True),  # ASR slip
        ("bestellnummer", "bestellung", False),
        ("morgen", "sorgen", False),  # short words need more than one letter in common
        ("nach", "nacht", False),
        ("youre", "your", False),
        ("frage", "fragen", True),
        ("4711", "4712", False),  # numbers only match exactly
        ("ja", "je", False),
    ],
)
def test_token_match_allows_inflection_and_small_slips(expected: str, heard: str, same: bool) -> None:
    assert token_match(expected, heard) is same


@pytest.mark.parametrize(
    ("phrasing", "said", "matched"),
    [
        ("tut mir leid", "Das tut mir wirklich leid.", "tut mir leid"),
        ("tut mir leid", "Das tut mir, äh, sehr leid.", "tut mir, leid"),
        ("Bestellnummer 4711", "Die Bestell-Nummer vier sieben eins eins?", "Bestell-Nummer vier sieben eins eins"),
        ("order number", "your ordernumber please", "ordernumber"),
        ("WM 7", "the WM7 in white", "WM7"),
        ("sehe nach", "ich sehe gleich nach", "sehe nach"),
    ],
)
def test_phrase_found_returns_the_words_that_matched(phrasing: str, said: str, matched: str) -> None:
    match = phrase_found(phrasing, spoken(said))
    assert match is not None
    assert plain(match.words) == matched
    assert match.start == match.words[0].start and match.end == match.words[-1].end


@pytest.mark.parametrize(
    ("phrasing", "said"),
    [
        ("tut mir leid", "Das tut mir gut. Leid tut es mir nicht."),  # never across a sentence end
        ("tut mir leid", "tut mir das alles ganz schrecklich leid"),  # too many words in between
        ("sehe nach", "ich sehe gleich für Sie nach"),
        ("Bestellnummer 4711", "Bestellnummer 4712"),
        ("nachsehen", "Nacht"),
    ],
)
def test_phrase_not_found(phrasing: str, said: str) -> None:
    assert phrase_found(phrasing, spoken(said)) is None


def test_match_text_is_the_whole_stretch_said() -> None:
    match = phrase_found("tut mir leid", spoken("Das tut mir wirklich leid."))
    assert match is not None and match.text == "tut mir wirklich leid"


def test_split_words_and_joined_variants_get_no_spelling_slack() -> None:
    # "no" + "warranty" must not pass for "warranty", nor "actually" for "actually no"
    match = phrase_found("warranty", spoken("Sure, no warranty then."))
    assert match is not None and match.text == "warranty"
    assert phrase_found("actually no", spoken("You are right, actually.")) is None


def test_phrase_times_come_from_the_words() -> None:
    words = (Word("Ich", 1.0, 1.2), Word("verstehe", 1.25, 1.8), Word("Sie.", 1.85, 2.1))
    match = phrase_found("verstehen", words)
    assert match is not None and (match.start, match.end) == (1.25, 1.8)


def test_stop_at_comma_keeps_agreement_from_looking_like_contradiction() -> None:
    assert phrase_found("das stimmt nicht", spoken("Das stimmt, nicht wahr?"), stop_at_comma=True) is None
    assert phrase_found("das stimmt nicht", spoken("Das stimmt so nicht."), stop_at_comma=True) is not None


def test_cover_needs_every_token_in_the_phrases() -> None:
    phrases = {("ja",), ("genau",), ("i", "see")}
    assert cover(["ja", "genau"], phrases)
    assert cover(["i", "see"], phrases)
    assert not cover(["i", "think"], phrases)


@pytest.mark.parametrize(
    ("tokens", "run", "found"),
    [
        (("auf", "unsere", "kosten"), ("unsere", "kosten"), True),
        (("auf", "unsere", "kosten"), ("auf", "kosten"), False),  # a gap breaks the run
        (("on", "us"), ("on", "us", "today"), False),  # longer than the tokens
        (("we", "pay"), (), True),  # the empty run stands anywhere
    ],
)
def test_has_run_finds_a_run_word_for_word(tokens: tuple[str, ...], run: tuple[str, ...], found: bool) -> None:
    assert has_run(tokens, run) is found
