"""LocalAgreement-2 (core/local_agreement): what two passes agree on is kept, the rest waits."""

from __future__ import annotations

from voicecoach.core.local_agreement import LOOKBACK, PROMPT_CHARS, Agreement, word_key
from voicecoach.core.timeline import Word


def words(*items: tuple[str, float, float]) -> tuple[Word, ...]:
    return tuple(Word(text, start, end) for text, start, end in items)


TRUTH = words(
    ("Publish,", 13.27, 13.91),
    ("distribute,", 14.25, 14.57),
    ("sublicence", 14.79, 15.75),
    ("and", 15.75, 16.29),
    ("or", 16.30, 16.50),
    ("sell", 16.50, 16.72),
    ("copies", 16.72, 17.00),
    ("of", 17.00, 17.20),
    ("the", 17.20, 17.36),
    ("software,", 17.37, 17.74),
    ("and", 18.18, 18.20),
    ("to", 18.20, 18.36),
    ("permit", 18.36, 18.54),
)


def heard(until: float, cut: float = 0.0, last: str | None = None) -> tuple[Word, ...]:
    """The words of TRUTH a pass over [cut, until] hears; a word cut off by ``until`` comes out
    as ``last`` (a half-heard word), or not at all."""
    out = [w for w in TRUTH if w.start >= cut - 0.05 and w.end <= until]
    cut_off = [w for w in TRUTH if w.start < until < w.end]
    if cut_off and last:
        out.append(Word(last, cut_off[0].start, until))
    return tuple(out)


def test_a_first_pass_commits_nothing() -> None:
    agreement = Agreement(13.0).advance(heard(15.0))
    assert agreement.committed == ()
    assert [w.text for w in agreement.waiting] == ["Publish,", "distribute,"]


def test_two_passes_commit_the_prefix_they_agree_on() -> None:
    first = Agreement(13.0).advance(heard(15.0, last="sub"))
    second = first.advance(heard(16.0))
    # "sub" (half heard) and "sublicence" differ: the agreement stops before them
    assert [w.text for w in second.committed] == ["Publish,", "distribute,"]
    assert [w.text for w in second.waiting] == ["sublicence"]


def test_words_are_compared_without_case_and_punctuation() -> None:
    assert word_key("Publish,") == word_key("publish") == "publish"
    first = Agreement(13.0).advance(words(("publish", 13.3, 13.9)))
    second = first.advance(words(("Publish,", 13.27, 13.91), ("distribute", 14.25, 14.57)))
    assert second.committed == words(("Publish,", 13.27, 13.91))  # the later pass's text and times


def test_a_pass_that_disagrees_from_the_start_commits_nothing() -> None:
    first = Agreement(13.0).advance(words(("Polish", 13.3, 13.9)))
    assert Agreement(13.0).advance(heard(15.0)).committed == ()
    assert first.advance(heard(15.0)).committed == ()
    assert [w.text for w in first.advance(heard(15.0)).waiting] == ["Publish,", "distribute,"]


def test_the_cut_stays_behind_the_committed_words() -> None:
    empty = Agreement(13.07)
    assert empty.cut() == 13.07 and empty.context() == () and empty.prompt("Base.") == "Base."
    agreement = Agreement(13.07, TRUTH[:9])  # committed up to "the" (17.36)
    cut = agreement.cut()
    assert cut <= 17.36 - LOOKBACK
    assert cut == (16.29 + 16.30) / 2  # in the gap after "and", the latest word ending that early
    assert [w.text for w in agreement.context()] == ["Publish,", "distribute,", "sublicence", "and"]
    # the words after the cut are in the pass's audio, so they are not in the prompt
    assert agreement.prompt("Warranty, receipt.") == "Warranty, receipt. Publish, distribute, sublicence and"
    # short committed speech: the pass starts at the segment
    assert Agreement(13.07, TRUTH[:2]).cut() == 13.07


def test_the_prompt_keeps_the_end_of_long_committed_text() -> None:
    many = tuple(Word(f"word{i}", i * 0.5, i * 0.5 + 0.4) for i in range(200))
    prompt = Agreement(0.0, many).prompt("Base.")
    assert prompt is not None and prompt.startswith("Base. word")
    text = prompt[len("Base. ") :]
    assert len(text) <= PROMPT_CHARS and "word197" in text and "word198" not in text  # 198, 199 lie after the cut


def test_words_decoded_again_are_found_by_their_text_not_their_times() -> None:
    """Whisper placed the end of "the" inside "software" (17.52 s); the next pass from the cut
    hears the committed words with other times and a different spelling: the new words are
    exactly those after "the"."""
    committed = (*TRUTH[:8], Word("the", 17.20, 17.52))
    agreement = Agreement(13.07, committed)
    cut = agreement.cut()
    again = words(
        ("or", cut, 16.48), ("sell", 16.48, 16.70), ("copies", 16.70, 17.02), ("of", 17.02, 17.22),
        ("the", 17.22, 17.36), ("software,", 17.36, 17.74), ("and", 18.10, 18.20), ("to", 18.20, 18.38),
    )  # fmt: skip
    assert [w.text for w in agreement.fresh(again)] == ["software,", "and", "to"]
    assert [w.text for w in agreement.finish(again)][-4:] == ["the", "software,", "and", "to"]


def test_when_the_last_committed_word_is_not_found_time_and_repeats_decide() -> None:
    agreement = Agreement(0.0, words(("hello", 0.0, 0.4), ("there", 0.5, 0.9)))
    # decoded again as "their" (not found): by time, "their" lies before the end, "friend" after
    again = words(("hello", 0.0, 0.4), ("their", 0.5, 0.9), ("friend", 1.0, 1.3))
    assert [w.text for w in agreement.fresh(again)] == ["friend"]
    # a repeated committed word that Whisper timed after the end is dropped as a repeat
    repeated = words(("there", 0.95, 1.0), ("friend", 1.0, 1.3))
    assert [w.text for w in Agreement(0.0, words(("hello", 0.0, 0.4), ("there", 0.5, 0.9))).fresh(repeated)] == [
        "friend"
    ]


def test_passes_over_a_growing_reply_give_the_whole_reply() -> None:
    """Passes every second, each from the agreement's cut, each ending in a half-heard word:
    the committed words and the last pass together are the reply, each word once, in order."""
    agreement = Agreement(13.07)
    for until in (14.3, 15.3, 16.3, 17.3, 18.3):
        agreement = agreement.advance(heard(until, agreement.cut(), last="x"))
        assert all(a.end <= b.start for a, b in zip(agreement.committed, agreement.committed[1:]))
    assert len(agreement.committed) >= 6
    final = agreement.finish(heard(18.7, agreement.cut()))
    assert final == TRUTH


def test_a_word_found_again_must_be_where_it_was() -> None:
    """The pass decodes "sell copies of the" as "Kill copies of a": the only "the" left is the
    one of "to whom the" 2 s later, which is another word; the words after "copies of" count."""
    agreement = Agreement(13.07, (*TRUTH[:9],))  # ... "sell copies of the" (17.20-17.36)
    again = words(
        ("Kill", 16.49, 16.69), ("copies", 16.69, 16.99), ("of", 16.99, 17.21), ("a", 17.21, 17.36),
        ("software,", 17.37, 17.74), ("and", 18.18, 18.20), ("to", 18.20, 18.36), ("permit", 18.36, 18.54),
        ("persons", 18.54, 18.91), ("to", 18.91, 19.15), ("whom", 19.15, 19.29), ("the", 19.29, 19.45),
        ("software", 19.45, 19.80),
    )  # fmt: skip
    fresh = [w.text for w in agreement.fresh(again)]
    assert fresh[:3] == ["software,", "and", "to"] and fresh[-1] == "software"
