"""``voicecoach say SCENARIO --turn N -o out.wav``: one customer line as an audio file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from voicecoach.adapters.audio_files import write_audio
from voicecoach.adapters.library import find_scenario
from voicecoach.adapters.piper_tts import Speaker
from voicecoach.commands.models import fallback_problem
from voicecoach.commands.options import whole_number
from voicecoach.core.errors import Said, UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "say",
        help="render one customer line of a scenario to an audio file",
        description="Render a customer line with the scenario's voice (or its recording) to WAV/FLAC.",
    )
    parser.add_argument("scenario", help="scenario id or path")
    parser.add_argument(
        "--turn", type=whole_number, default=1, metavar="N", help="turn number, counting from 1 (default 1)"
    )
    parser.add_argument(
        "--interjection", action="store_true", help="render the turn's interjection instead of its line"
    )
    parser.add_argument("-o", "--output", type=Path, required=True, help="file to write (.wav or .flac)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.output.suffix.lower() not in (".wav", ".flac"):
        raise UserError("{output}: name the output file .wav or .flac", output=args.output)
    loaded = find_scenario(args.scenario)
    turns = loaded.scenario.turns
    if not 1 <= args.turn <= len(turns):
        raise UserError(
            "{id} has turns 1 to {n_turns}, not {turn}; pick one with --turn",
            id=loaded.scenario.id,
            n_turns=len(turns),
            turn=args.turn,
        )
    step = turns[args.turn - 1]
    speaker = Speaker()
    problem = fallback_problem(speaker.settings)
    if problem:
        print(Said("warning: {problem}", problem=problem), file=sys.stderr)
    if args.interjection:
        clip = speaker.render_interjection(loaded, step)
        if clip is None:
            raise UserError(
                "turn {turn} of {id} has no interjection; leave out --interjection",
                turn=args.turn,
                id=loaded.scenario.id,
            )
    else:
        clip = speaker.render_step(loaded, step)
    if clip.note:
        print(Said("note: {note}", note=clip.note), file=sys.stderr)
    write_audio(args.output, clip.samples, clip.sample_rate)
    print(
        Said("{output}: {duration:.2f} s, voice {voice}", output=args.output, duration=clip.duration, voice=clip.voice)
    )
    return 0
