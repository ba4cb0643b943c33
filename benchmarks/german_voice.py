"""Which synthetic German voice does Whisper hear best? Word error rate per candidate.

The benchmark's German trainee replies need a synthetic voice (no German Piper voice is
installed here). This script speaks the good replies to every German scenario turn (the same
sentences ``make_turns.py`` builds) with each candidate, transcribes them with the German
Whisper model the app uses (greedy, as when judging) and prints the word error rate, so that
the voice ``make_turns.py`` uses is a measured choice.

Usage: ``.venv/bin/python benchmarks/german_voice.py``
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import make_turns  # noqa: E402

from voicecoach.adapters.audio_files import resample  # noqa: E402
from voicecoach.adapters.library import load_library  # noqa: E402
from voicecoach.adapters.piper_tts import Speaker  # noqa: E402
from voicecoach.adapters.settings import Settings  # noqa: E402
from voicecoach.adapters.whisper_stt import get_transcriber  # noqa: E402
from voicecoach.analysis import ANALYSIS_DECODE  # noqa: E402


def words(text: str) -> list[str]:
    return re.sub(r"[^\wäöüß ]", " ", text.lower()).split()


def edit_distance(reference: list[str], heard: list[str]) -> int:
    row = list(range(len(heard) + 1))
    for i, expected in enumerate(reference, 1):
        diagonal, row[0] = row[0], i
        for j, got in enumerate(heard, 1):
            diagonal, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, diagonal + (expected != got))
    return row[len(heard)]


def german_replies() -> list[str]:
    texts = []
    library, _problems = load_library()
    for loaded in library:
        if loaded.scenario.language != "de":
            continue
        for step in loaded.scenario.turns:
            texts.append(make_turns.plan_reply(loaded.scenario, step, len(texts)).text())
    return texts


def main() -> int:
    speaker = Speaker(settings=Settings(), cache_dir=REPO / "benchmarks" / "out" / "tts-cache")

    def espeak(rate: int) -> Callable[[str], np.ndarray]:
        def speak(text: str) -> np.ndarray:
            make_turns.ESPEAK_RATE = rate
            return make_turns.espoken(text, "de").samples

        return speak

    def piper(text: str) -> np.ndarray:
        clip = speaker.render_text(text, language="de")
        return resample(clip.samples, clip.sample_rate, make_turns.SR)

    candidates = {f"espeak-ng de, {rate} wpm": espeak(rate) for rate in (110, 120, 135, 150)}
    candidates["piper en_US-joe-medium reading German phonemes"] = piper
    make_turns.espeak_available()
    texts = german_replies()
    transcriber = get_transcriber(language="de", decode=ANALYSIS_DECODE)
    print(f"{len(texts)} replies, Whisper {transcriber.info.model} (beam {transcriber.info.decode.beam_size})")
    print("| voice | word error rate |\n| --- | --- |")
    for name, speak in candidates.items():
        errors = total = 0
        for text in texts:
            samples = np.pad(speak(text), make_turns.SR // 2)
            heard = " ".join(w.text for w in transcriber.transcribe(samples, language="de"))
            errors += edit_distance(words(text), words(heard))
            total += len(words(text))
        print(f"| {name} | {errors / total:.2f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
