"""The live call's shorter encoder window: word error rate, word times and decode time against
Whisper's whole 30 s window.

faster-whisper pads every piece of audio to 30 s before the encoder; the live call cuts that
padding to ``DecodeOptions.encoder_margin`` seconds (``voicecoach/adapters/whisper_window.py``).
This decodes every shipped scenario's model answer and key-point reply (as
``benchmarks/german_wer.py`` renders them: English by Piper en_US-joe-medium with tiny.en, German by
the app's SVOX Pico voice with base; 0.3 s of silence around each) with the whole window and
with each margin, alternating per reply so that both see the same load, and reports per voice
and margin: the word error rate against the reply's text (``jiwer``, speakable forms), the
replies whose words differ from the whole window's, replies that lost their last word (the risk
of a short window: Whisper stopping early), the largest shift of a word's start or end between
the two, and the median decode time.

Usage: ``.venv/bin/python benchmarks/encoder_window.py [--margins 3,5,10] [--no-write]``
(about 10 minutes on 2 cores). Writes the "Encoder window" section of ``docs/benchmarks.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import german_wer  # noqa: E402
import jiwer  # noqa: E402
from doc_sections import DOC, write_section  # noqa: E402

from voicecoach.adapters.whisper_stt import get_transcriber  # noqa: E402
from voicecoach.analysis import ANALYSIS_DECODE  # noqa: E402
from voicecoach.live.factory import LIVE_DECODE  # noqa: E402

SECTION = "## Encoder window"
VOICES = {"Piper en_US-joe-medium": "tiny.en", "SVOX Pico de-DE (the app's German voice)": "base"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--margins", default=f"{LIVE_DECODE.encoder_margin:g}", help="seconds, comma-separated")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    margins = [float(m) for m in args.margins.split(",")]
    load_start = os.getloadavg()[0]
    replies = german_wer.replies()
    rows = []
    for voice, model in VOICES.items():
        language = german_wer.VOICES[voice][0]
        these = [r for r in replies if r.language == language]
        audio = [german_wer.rendered(voice, r.text, language) for r in these]
        whole = get_transcriber(model, language=language, decode=ANALYSIS_DECODE)
        short = {
            m: get_transcriber(model, language=language, decode=replace(ANALYSIS_DECODE, encoder_margin=m))
            for m in margins
        }
        whole.transcribe(audio[0], language=language)  # load before timing
        refs = [german_wer.words(r.text, language) for r in these]
        heard: dict[object, list[str]] = {None: [], **{m: [] for m in margins}}
        times: dict[object, list[float]] = {None: [], **{m: [] for m in margins}}
        shift: dict[float, float] = {m: 0.0 for m in margins}
        lost: dict[float, int] = {m: 0 for m in margins}
        for index, samples in enumerate(audio):
            order = [None, *margins] if index % 2 == 0 else [*margins, None]
            got = {}
            for key in order:
                transcriber = whole if key is None else short[key]
                began = time.perf_counter()
                got[key] = transcriber.transcribe(samples, language=language)
                times[key].append(time.perf_counter() - began)
                heard[key].append(german_wer.words(" ".join(w.text for w in got[key]), language) or "<nothing>")
            for m in margins:
                a, b = got[None], got[m]
                if [w.text for w in a] == [w.text for w in b]:
                    shift[m] = max([shift[m], *(max(abs(x.start - y.start), abs(x.end - y.end)) for x, y in zip(a, b))])
                last = refs[index].split()[-1:]
                if last and heard[None][-1].split()[-1:] == last and heard[m][-1].split()[-1:] != last:
                    lost[m] += 1
        for key in [None, *margins]:
            differ = sum(x != y for x, y in zip(heard[None], heard[key])) if key is not None else 0
            rows.append(
                {
                    "voice": voice, "model": model, "window": "30 s (whole)" if key is None else f"audio + {key:g} s",
                    "replies": len(these), "wer": jiwer.wer(refs, heard[key]), "differ": differ,
                    "lost": "-" if key is None else lost[key], "shift": "-" if key is None else f"{shift[key]:.2f}",
                    "median": statistics.median(times[key]), "p95": sorted(times[key])[int(0.95 * (len(times[key]) - 1))],
                }
            )  # fmt: skip
            print(rows[-1], flush=True)
    load_end = os.getloadavg()[0]
    if not args.no_write:
        table = "\n".join(
            f"| {r['voice']} | {r['model']} | {r['window']} | {r['replies']} | {100 * r['wer']:.1f} % | {r['differ']} "
            f"| {r['lost']} | {r['shift']} | {r['median']:.2f} / {r['p95']:.2f} |"
            for r in rows
        )
        text = f"""{SECTION}

The live call shows Whisper's encoder the reply plus {LIVE_DECODE.encoder_margin:g} s of its padding instead of a whole 30 s
window (`DecodeOptions.encoder_margin`, `voicecoach/adapters/whisper_window.py`; whisper.cpp's
`audio_ctx` idea: CTranslate2's encoder takes any even number of frames). Measured with
`.venv/bin/python benchmarks/encoder_window.py{"" if args.margins == f"{LIVE_DECODE.encoder_margin:g}" else " --margins " + args.margins}` on {dt.date.today().isoformat()} ({platform.machine()},
{os.cpu_count()} CPU cores; load average {load_start:.1f} at the start, {load_end:.1f} at the end), the two
windows alternated per reply. Replies: every shipped scenario's model answer and key-point reply,
rendered as `benchmarks/german_wer.py` renders them (0.3 s of silence around), greedy decoding
as the call does. **differ**: replies whose words are not those of the whole window; **lost
end**: replies whose last word the whole window heard and the short one did not; **shift**: the
largest move of a word's start or end where the words are the same; **decode**: seconds per
reply, median / p95.

| voice | Whisper | window | replies | word error rate | differ | lost end | shift (s) | decode (s) |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
{table}

`analyze` and `batch` keep the whole window (their clips are packed to about 30 s anyway). The
effect on the wait for feedback is in "Live latency".
"""
        write_section(SECTION, text)
        print(f"wrote the '{SECTION[3:]}' section of {DOC}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
