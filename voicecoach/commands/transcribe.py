"""``voicecoach transcribe FILE``: words with timestamps, as text lines or JSON.

Like ``analyze``, it runs the speech detector first and gives Whisper only the speech it found:
on silence or noise Whisper invents text ("Das ist ein Problem." for -90 dB dither, a 90-word
loop for mains hum). The file is read block by block, so its length costs disk, not memory.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from voicecoach.adapters.settings import load_settings
from voicecoach.adapters.whisper_stt import get_transcriber
from voicecoach.analysis import open_track, transcribe_speech
from voicecoach.commands.options import channel_number, choice
from voicecoach.core.audio_ops import SAMPLE_RATE
from voicecoach.core.errors import Said


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "transcribe",
        help="transcribe an audio file with Whisper (words with timestamps)",
        description="Print what is said in an audio file, one line per segment, or words as JSON.",
    )
    parser.add_argument("file", type=Path, help="audio file (WAV, FLAC, OGG, MP3)")
    parser.add_argument("--model", help="Whisper model name or folder (default: tiny.en for en, base otherwise)")
    parser.add_argument("--language", **choice("language"), help="spoken language (default: detect)")
    parser.add_argument("--device", **choice("device"), help="where Whisper runs (default auto)")
    parser.add_argument("--compute-type", help="precision, e.g. int8, float16 (default: by device)")
    parser.add_argument("--channel", type=channel_number, help="use one channel of a stereo file: 0 left, 1 right")
    parser.add_argument("--json", action="store_true", help="print JSON with segments and words")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with open_track(args.file, channel=args.channel) as track:  # a bad file fails before a model loads
        transcriber = get_transcriber(
            args.model, args.device, args.compute_type, language=args.language, settings=load_settings()
        )
        segments, language = transcribe_speech(track, transcriber=transcriber, language=args.language)
        duration = len(track) / SAMPLE_RATE
    if args.json:
        data = {
            "file": str(args.file),
            "language": language,
            "duration": round(duration, 3),
            "options": transcriber.info.as_options(),
            "text": " ".join(s.text for s in segments).strip(),
            "segments": [{"start": s.start, "end": s.end, "text": s.text} for s in segments],
            "words": [
                {"text": w.text, "start": w.start, "end": w.end, "probability": w.probability}
                for s in segments
                for w in s.words
            ],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    for segment in segments:
        print(f"[{segment.start:6.2f} - {segment.end:6.2f}] {segment.text}")
    if not segments:
        print(Said("(no speech found)"))
    return 0
