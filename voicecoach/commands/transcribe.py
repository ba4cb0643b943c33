"""``voicecoach transcribe FILE``: words with timestamps, as text lines or JSON."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from voicecoach.adapters.audio_files import load_16k
from voicecoach.adapters.settings import load_settings
from voicecoach.adapters.whisper_stt import get_transcriber
from voicecoach.core.languages import LANGUAGES


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "transcribe",
        help="transcribe an audio file with Whisper (words with timestamps)",
        description="Print what is said in an audio file, one line per segment, or words as JSON.",
    )
    parser.add_argument("file", type=Path, help="audio file (WAV, FLAC, OGG, MP3)")
    parser.add_argument("--model", help="Whisper model name or folder (default: tiny.en for en, base otherwise)")
    parser.add_argument("--language", choices=LANGUAGES, help="spoken language (default: detect)")
    parser.add_argument("--device", choices=["auto", "cpu", "cuda"], help="where Whisper runs (default auto)")
    parser.add_argument("--compute-type", help="precision, e.g. int8, float16 (default: by device)")
    parser.add_argument("--channel", type=int, help="use one channel of a stereo file: 0 left, 1 right")
    parser.add_argument("--json", action="store_true", help="print JSON with segments and words")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    samples = load_16k(args.file, channel=args.channel)  # a bad file fails before a model loads
    transcriber = get_transcriber(
        args.model, args.device, args.compute_type, language=args.language, settings=load_settings()
    )
    transcript = transcriber.transcribe_full(samples, language=args.language)
    if args.json:
        data = {
            "file": str(args.file),
            "language": transcript.language,
            "duration": round(transcript.duration, 3),
            "options": transcriber.info.as_options(),
            "text": transcript.text,
            "segments": [{"start": s.start, "end": s.end, "text": s.text} for s in transcript.segments],
            "words": [
                {"text": w.text, "start": w.start, "end": w.end, "probability": w.probability} for w in transcript.words
            ],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    for segment in transcript.segments:
        print(f"[{segment.start:6.2f} - {segment.end:6.2f}] {segment.text}")
    if not transcript.segments:
        print("(no speech found)")
    return 0
