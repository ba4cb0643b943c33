"""The report of a whole call (issue 14): text and HTML, 1 minute to 2 hours, German and English.

Calls are judged from literal timelines (no models); the HTML is read as a trainer's browser would
get it: one file, nothing from the network, each finding a mark on the timeline that links to its
explanation and back.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from tests.helpers.timelines import said, track
from tests.helpers.untranslated import english_words_in
from voicecoach.commands.analyze import call_lanes, render_call_report
from voicecoach.core.call import CallResult, judge_call
from voicecoach.core.words.call_report import CALL, CALL_METRICS
from voicecoach.report import CALL_MAX_ROWS, call_row_span, render_call_html


def long_call(minutes: float, language: str = "en") -> CallResult:
    """A call of ``minutes``: every 30 s the customer speaks 6 s, and the agent answers, every
    third time cutting in 2 s before the customer's end (an interruption)."""
    customer, agent = [], []
    line, reply = (
        (
            "Meine Lieferung ist immer noch nicht da und ich brauche sie dringend",
            "Das tut mir leid ich sehe sofort nach",
        )
        if language == "de"
        else ("My delivery has still not arrived and I need it urgently", "I am sorry let me check that right now")
    )
    for index in range(int(minutes * 2)):
        start = index * 30.0 + 1.0
        customer.append(said(start, start + 6.0, line))
        begin = start + (4.0 if index % 3 == 2 else 6.7)
        agent.append(said(begin, begin + 8.0, reply))
    return judge_call(track(*customer), track(*agent), minutes * 60.0, language=language)


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.sources: list[str] = []
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if values.get("href"):
            self.hrefs.append(values["href"] or "")
        self.sources += [value or "" for key, value in attrs if key in ("src", "xlink:href")]
        if tag in ("style", "title"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "title"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)


@pytest.mark.parametrize("minutes", [1, 10, 120])
def test_the_timeline_stays_readable_from_a_minute_to_two_hours(minutes: int) -> None:
    call = long_call(minutes)
    html = render_call_html(call, "en")
    rows = html.count('<svg class="call-row"')
    assert rows == max(1, -(-minutes * 60 // int(call_row_span(minutes * 60.0)))) <= CALL_MAX_ROWS
    assert call_row_span(minutes * 60.0) <= 300  # a second stays about 3 px wide or more
    parser = _Links()
    parser.feed(html)
    numbers = range(1, len(call.findings) + 1)
    assert call.metrics.interruptions == minutes * 2 // 3
    for number in numbers:  # every finding: a mark that links to it, and a way back to the mark
        assert f"f{number}" in parser.ids and f"m{number}" in parser.ids
        assert f"#f{number}" in parser.hrefs and f"#m{number}" in parser.hrefs
    assert all(href.startswith("#") for href in parser.hrefs)  # nothing outside the page
    assert all(href[1:] in parser.ids for href in parser.hrefs)
    assert not parser.sources and "http" not in html.replace("http://www.w3.org/2000/svg", "")
    assert "@import" not in html and "<script" not in html and "<link" not in html
    ticks = re.findall(r'class="tick">([^<]+)<', html)
    assert ticks[0] == ("0.0 s" if minutes < 2 else "0:00:00" if minutes >= 60 else "0:00")
    assert len(ticks) <= rows * 13  # ticks adapt to the row: at most a dozen spaces per row


def test_a_german_report_has_no_english() -> None:
    call = long_call(3, "de")
    parser = _Links()
    parser.feed(render_call_html(call, "de"))
    html_text = " ".join(parser.text)
    assert english_words_in(html_text) == [], english_words_in(html_text)
    text = render_call_report(call, "de")
    assert english_words_in(text.replace("Whisper", "")) == [], english_words_in(text)
    assert "Redeanteil der/des Mitarbeitenden" in text and "Unterbrechungen pro Minute" in text
    assert "#2  0:31–1:01" in text  # call times as m:ss


def test_the_text_report_lists_every_exchange_with_call_times() -> None:
    call = long_call(2)
    text = render_call_report(call, "en")
    for exchange in call.exchanges:
        assert f"#{exchange.number}  " in text
    assert "Talk ratio (agent)" in text and "Interruptions per minute" in text
    assert text.count("Interruption  ") == call.metrics.interruptions
    lanes = call_lanes(call, "en")
    assert len(lanes[2]) == len(lanes[3])  # customer and agent lanes line up


def test_call_words_have_both_languages_and_the_same_fields() -> None:
    import string

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for table in (CALL, CALL_METRICS):
        for key, entry in table.items():
            assert set(entry) == {"de", "en"}, key
            assert fields(entry["de"]) == fields(entry["en"]), key
            if key not in ("minutes", "hours", "seconds"):
                assert entry["de"] != entry["en"], key
            assert english_words_in(entry["de"]) == [], (key, english_words_in(entry["de"]))


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    from voicecoach.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--call", "{call}", "--customer-channel", "left", "--turn", "1"], "--turn goes with --customer and --trainee"),
        (["--call", "{call}", "--customer-channel", "left", "--html", "{missing}/r.html"], "not a file in an existing folder"),
        (["--call", "{call}", "--customer-channel", "left", "--html", "{folder}"], "not a file in an existing folder"),
        (["--call", "{mono}", "--customer-channel", "left", "--html", "{folder}/r.html"], "is mono"),
    ],
)  # fmt: skip
def test_bad_call_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: pytest.TempPathFactory, argv: list[str], expected: str
) -> None:
    import numpy as np

    from voicecoach.adapters.audio_files import write_audio

    tone = (0.1 * np.sin(2 * np.pi * 220 * np.arange(16_000) / 16_000)).astype(np.float32)
    paths = {
        "call": write_audio(tmp_path / "call.wav", np.stack([tone, tone], axis=1), 16_000),
        "mono": write_audio(tmp_path / "mono.wav", tone, 16_000),
        "missing": tmp_path / "nope",
        "folder": tmp_path,
    }
    filled = [part.format(**{name: str(path) for name, path in paths.items()}) for part in argv]
    code, out, err = _run(capsys, "analyze", *filled)
    assert (code, out) == (2, "")
    assert len(err.strip().splitlines()) == 1 and expected in err and "Traceback" not in err
    assert not (tmp_path / "r.html").exists()


@pytest.mark.real_models
def test_analyze_call_writes_json_and_html(capsys: pytest.CaptureFixture[str], tmp_path, realspeech) -> None:  # noqa: ANN001
    import json

    page = tmp_path / "call.html"
    code, out, err = _run(
        capsys, "--lang", "de", "analyze", "--call", str(realspeech / "en_stereo_two_channels.wav"),
        "--customer-channel", "left", "--model", "tiny.en", "--json", "--html", str(page),
    )  # fmt: skip
    assert code == 0, err
    data = json.loads(out)  # stdout: the JSON object only
    assert CallResult.from_json(data).exchanges[0].start == 0.0
    html = page.read_text(encoding="utf-8")
    assert "Gesprächsauswertung" in html and 'id="f1"' in html and 'href="#m1"' in html
    assert "Die Hinweise selbst stehen in der Sprache des Gesprächs (en)." in html
