"""Which German voice that can be had here does a listener understand best? Word error rate per option.

No German Piper voice can be installed on this machine, so a German customer needs a stand-in.
This script renders every German line of the shipped scenarios (each customer line, interjection
and protest, made speakable first as the app does) with each candidate, transcribes it with
Whisper base fixed to German (greedy, as when judging; Whisper stands in for a listener) and
prints the word error rate per candidate. Reference and transcript are both passed through
``speakable_text`` before comparing, so "4711" and "siebenundvierzig elf" count as the same words.

Candidates: SVOX Pico's German voice (PyPI ``ttspico``, ``adapters/pico_tts.py``) at its own pitch,
at the lower pitch the app gives a male persona and slower; espeak-ng's German voice (Debian ``espeak-ng``) at three rates and with a female and
a male variant (the adapter the app uses, ``adapters/espeak_tts.py``); the bundled Piper voice
en_US-joe-medium phonemizing German (espeak-ng German phonemes through an English voice, at two
rates); and the same voice with its own English phonemes (what the app did before issue 11).

Usage: ``.venv/bin/python benchmarks/german_voice.py [--only SUBSTRING]`` (about 5 minutes on 2 cores;
``--only Pico,150`` measures the candidates whose name holds one of the substrings).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from voicecoach.adapters import espeak_tts, pico_tts  # noqa: E402
from voicecoach.adapters.audio_files import resample  # noqa: E402
from voicecoach.adapters.library import SHIPPED_DIR, load_file, scenario_files  # noqa: E402
from voicecoach.adapters.models import choose_voice  # noqa: E402
from voicecoach.adapters.number_words import speakable_text  # noqa: E402
from voicecoach.adapters.piper_tts import piper_samples  # noqa: E402
from voicecoach.adapters.settings import Settings  # noqa: E402
from voicecoach.adapters.whisper_stt import get_transcriber  # noqa: E402
from voicecoach.analysis import ANALYSIS_DECODE  # noqa: E402

SR = 16_000


def words(text: str) -> list[str]:
    """Lower-case words of the speakable form (numbers as words), punctuation dropped."""
    return re.sub(r"[^\wäöüß ]", " ", speakable_text(text, "de").lower().replace("-", " ")).split()


def edit_distance(reference: list[str], heard: list[str]) -> int:
    row = list(range(len(heard) + 1))
    for i, expected in enumerate(reference, 1):
        diagonal, row[0] = row[0], i
        for j, got in enumerate(heard, 1):
            diagonal, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, diagonal + (expected != got))
    return row[len(heard)]


def german_lines() -> list[str]:
    """Every German line a shipped scenario's customer says, as the app makes it speakable."""
    lines = []
    for path in scenario_files([SHIPPED_DIR]):
        scenario = load_file(path).scenario
        if scenario.language != "de":
            continue
        for step in scenario.turns:
            lines.append(step.say)
            if step.interjection is not None:
                lines.append(step.interjection.say)
        if scenario.persona.protest:
            lines.append(scenario.persona.protest)
    return [speakable_text(line, "de") for line in lines]


def espeak(variant: str | None, rate: float) -> Callable[[str], tuple[np.ndarray, int]]:
    voice = espeak_tts.EspeakVoice("de", variant)
    return lambda text: espeak_tts.synthesize(text, voice, rate=rate)


def pico(gender: str | None, rate: float) -> Callable[[str], tuple[np.ndarray, int]]:
    voice = pico_tts.PicoVoice("de", gender)
    return lambda text: pico_tts.synthesize(text, voice, rate=rate)


def piper(pronounce: str | None, rate: float) -> Callable[[str], tuple[np.ndarray, int]]:
    choice = choose_voice("en_US-joe-medium", language="en", settings=Settings())
    return lambda text: piper_samples(choice, text, None, rate, pronounce)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated substrings of the candidates to measure (default: all)")
    args = parser.parse_args()
    wpm = espeak_tts.ESPEAK_WPM
    espeak_tts.ESPEAK_MIN_WPM = 80  # measure the slow rate too (the app keeps to ESPEAK_MIN_WPM and above)
    candidates = {
        "SVOX Pico de-DE": pico(None, 1.0),
        f"SVOX Pico de-DE, pitch {pico_tts.MALE_PITCH} % (male persona)": pico("male", 1.0),
        f"SVOX Pico de-DE, speed {pico_tts.MIN_SPEED} %": pico(None, 0.8),
        f"espeak-ng de, {round(wpm * 0.8)} wpm": espeak(None, 0.8),
        f"espeak-ng de, {wpm} wpm": espeak(None, 1.0),
        f"espeak-ng de, {round(wpm * 1.17)} wpm": espeak(None, 1.17),
        f"espeak-ng de+f3 (female), {wpm} wpm": espeak("f3", 1.0),
        f"espeak-ng de+m3 (male), {wpm} wpm": espeak("m3", 1.0),
        "Piper en_US-joe-medium, German phonemes": piper("de", 1.0),
        "Piper en_US-joe-medium, German phonemes, rate 0.85": piper("de", 0.85),
        "Piper en_US-joe-medium, English phonemes (before issue 11)": piper(None, 1.0),
    }
    if args.only:
        wanted = args.only.split(",")
        candidates = {name: speak for name, speak in candidates.items() if any(part in name for part in wanted)}
    texts = german_lines()
    transcriber = get_transcriber(language="de", decode=ANALYSIS_DECODE)
    total_words = sum(len(words(text)) for text in texts)
    print(
        f"{len(texts)} German customer lines ({total_words} words) of the shipped scenarios; "
        f"Whisper {transcriber.info.model} (beam {transcriber.info.decode.beam_size}, language de); "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    print("| voice | word error rate | render time / audio time |\n| --- | --- | --- |")
    for name, speak in candidates.items():
        errors = 0
        render_s = audio_s = 0.0
        for text in texts:
            started = time.perf_counter()
            samples, rate = speak(text)
            render_s += time.perf_counter() - started
            audio_s += len(samples) / rate
            audio = np.pad(resample(samples, rate, SR), SR // 2)
            heard = " ".join(w.text for w in transcriber.transcribe(audio, language="de"))
            errors += edit_distance(words(text), words(heard))
        print(f"| {name} | {errors / total_words:.2f} | {render_s / audio_s:.3f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
