"""Audio-mode evaluation of the judge's content findings: the labelled replies spoken and heard.

    python benchmarks/judge_audio_eval.py benchmarks/heldout/replies.yaml --scenarios benchmarks/heldout/scenarios

Each reply of a labelled set (the format of ``judge_text_eval.py``) becomes a two-track turn: the
customer's line of the scenario step rendered by the app's own ``Speaker`` (what a trainee hears),
and 0.6 s after it ends the reply spoken by a synthetic trainee (Piper's bundled voice for
English, or espeak-ng with ``--en-voice espeak``; espeak-ng's German voice for German, as in
``make_turns.py``). The turn goes through ``analysis.analyze_tracks`` (VAD, Whisper, the judge)
exactly as ``voicecoach analyze`` does, and the findings are mapped to the labels with
``judge_text_eval.label_of``. So the figures are the judge's errors plus the recogniser's; the
text mode of the same set tells them apart. Prints the same tables as the text mode and, per
error, what Whisper heard.

Speech synthesis and Whisper take most of a run (about 30 minutes for 300 replies on two cores).
``--save-turns FILE`` keeps every heard turn (the timeline with Whisper's words and their
probabilities) as JSON lines; ``--from-turns FILE`` judges those turns again with the judge as it
is now, in seconds, so two judges are compared on exactly the same hearing (as ASR benchmarks
keep the recogniser's output fixed when they score a downstream component).
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import judge_text_eval as text_eval  # noqa: E402
import make_turns as turns  # noqa: E402

from voicecoach.adapters import language_resources  # noqa: E402
from voicecoach.adapters.library import load_file, scenario_files  # noqa: E402
from voicecoach.adapters.pico_tts import pico_voice, synthesize  # noqa: E402
from voicecoach.adapters.piper_tts import Speaker  # noqa: E402
from voicecoach.adapters.settings import Settings  # noqa: E402
from voicecoach.analysis import analyze_tracks  # noqa: E402
from voicecoach.core.analyzers.options import JudgeOptions  # noqa: E402
from voicecoach.core.judge import judge  # noqa: E402
from voicecoach.core.result import TurnResult  # noqa: E402
from voicecoach.core.timeline import Turn  # noqa: E402

SR = turns.SR
LEAD_IN = 0.5  # silence before the customer's line
GAP = 0.6  # the trainee answers this long after the line ends: a calm, timely reply
TAIL = 1.0


def reply_speech(speaker: Speaker, text: str, language: str, en_voice: str, de_voice: str = "espeak") -> turns.Piece:
    """The trainee's reply: espeak-ng (the issue's test voice) or SVOX Pico (the app's clearer
    German voice) for German, Piper or espeak-ng for English."""
    if language == "de" and de_voice == "pico":
        voice = pico_voice("de", "female")
        if voice is None:
            raise SystemExit("--de-voice pico needs SVOX Pico: ./scripts/setup.sh installs it")
        samples, rate = synthesize(text, voice)
        return turns.Piece(turns.trim(samples, rate), rate, voice.label, language, text)
    if language == "de" or en_voice == "espeak":
        turns.ESPEAK_VOICE.setdefault("en", "en-us")
        return turns.espoken(text, language)
    return turns.rendered(speaker, text, language)


def two_tracks(line: np.ndarray, reply: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Customer and trainee tracks of equal length at 16 kHz: line, a gap, the reply."""
    start = int((LEAD_IN + len(line) / SR + GAP) * SR)
    total = start + len(reply) + int(TAIL * SR)
    customer = np.zeros(total, np.float32)
    trainee = np.zeros(total, np.float32)
    offset = int(LEAD_IN * SR)
    customer[offset : offset + len(line)] = line
    trainee[start : start + len(reply)] = reply
    return customer, trainee


def row_of(reply: dict[str, Any], result: TurnResult) -> dict[str, Any]:
    """One evaluated reply: its labels, what the judge flagged and what Whisper heard."""
    flagged = {label for f in result.findings if text_eval.counts(f) and (label := text_eval.label_of(f)) is not None}
    heard = " ".join(w.text.strip() for w in result.turn.trainee.words)
    return {
        **reply,
        "expect": set(reply.get("expect") or ()),
        "flagged": flagged,
        "evidence": [f"heard: {heard}"]
        + [
            f"{text_eval.label_of(f)} ({f.kind}{'' if f.penalty > 0 else ', no points'}): {text_eval.evidence_of(f)}"
            for f in result.findings
            if text_eval.label_of(f) is not None
        ],
        "total": result.score.total,
    }


def run(
    replies: list[dict[str, Any]], folder: Path, en_voice: str, de_voice: str = "espeak", save: Path | None = None
) -> list[dict[str, Any]]:
    """Speak, hear and judge every reply; with ``save``, each heard turn is appended there."""
    speaker = Speaker(settings=Settings(), cache_dir=Path(__file__).resolve().parent / "out" / "tts-cache")
    loaded = {item.scenario.id: item for item in map(load_file, scenario_files([folder]))}
    lines: dict[tuple[str, int], np.ndarray] = {}
    rows = []
    saved = save.open("w", encoding="utf-8") if save else None
    for number, reply in enumerate(replies, 1):
        item = loaded[reply["scenario"]]
        index = int(reply["turn"])
        key = (reply["scenario"], index)
        if key not in lines:
            clip = speaker.render_step(item, item.scenario.turns[index - 1])
            lines[key] = turns.to_rate(turns.line_piece(clip, item.scenario.language), SR)
        spoken = turns.to_rate(reply_speech(speaker, reply["text"], reply["language"], en_voice, de_voice), SR)
        customer, trainee = two_tracks(lines[key], spoken)
        result = analyze_tracks(customer, trainee, scenario=str(item.path), turn=index)
        rows.append(row_of(reply, result))
        if saved:
            saved.write(json.dumps({"id": reply["id"], "language": result.language, "turn": result.turn.to_json()}))
            saved.write("\n")
            saved.flush()
        if number % 20 == 0:
            print(f"{number}/{len(replies)} replies judged", file=sys.stderr)
    if saved:
        saved.close()
    return rows


def rejudge(replies: list[dict[str, Any]], folder: Path, heard: Path) -> list[dict[str, Any]]:
    """Judge the turns kept by ``--save-turns`` again, with the judge as it is now (no audio)."""
    loaded = {item.scenario.id: item for item in map(load_file, scenario_files([folder]))}
    kept = {}
    for line in heard.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        kept[record["id"]] = record
    rows = []
    for reply in replies:
        if reply["id"] not in kept:
            raise SystemExit(f"{heard} has no turn for reply {reply['id']}; run with --save-turns again")
        record = kept[reply["id"]]
        scenario = loaded[reply["scenario"]].scenario
        result = judge(
            Turn.from_json(record["turn"]),
            language=record["language"],
            scenario=scenario,
            step_id=scenario.turn_ids[int(reply["turn"]) - 1],
            options=JudgeOptions(),
            resources=language_resources.shared(),
        )
        rows.append(row_of(reply, result))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("replies", type=Path)
    parser.add_argument("--scenarios", type=Path, required=True)
    parser.add_argument("--en-voice", choices=("piper", "espeak"), default="piper")
    parser.add_argument("--de-voice", choices=("espeak", "pico"), default="espeak")
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--save-turns", type=Path, help="keep every heard turn here (JSON lines)")
    parser.add_argument("--from-turns", type=Path, help="judge the turns kept by --save-turns again, no audio")
    parser.add_argument(
        "--steady-voice",
        action="store_true",
        help="Piper without its random noise: the same audio on every run, to compare two judges",
    )
    args = parser.parse_args(argv)
    if args.steady_voice:  # Piper samples its noise anew on each render; a comparison wants one rendering
        piper = importlib.import_module("piper")
        steady = functools.partial(piper.SynthesisConfig, noise_scale=0.0, noise_w_scale=0.0)
        piper.SynthesisConfig = steady
    data = yaml.safe_load(args.replies.read_text(encoding="utf-8"))
    began = time.monotonic()
    if args.from_turns:
        rows = rejudge(data["replies"], args.scenarios, args.from_turns)
    else:
        turns.espeak_available()
        rows = run(data["replies"], args.scenarios, args.en_voice, args.de_voice, args.save_turns)
    german = "SVOX Pico" if args.de_voice == "pico" else "espeak-ng"
    title = (
        f"{args.replies.parent.name}/{args.replies.stem}, through audio (English: {args.en_voice}, German: {german})"
    )
    how = f"{len(rows)} replies spoken and heard (Whisper), judged as `voicecoach analyze` does" + (
        f"; the heard turns of {args.from_turns.name} judged again." if args.from_turns else "."
    )
    print(text_eval.report(rows, args.markdown, title, how))
    print(f"\n{len(rows)} replies in {time.monotonic() - began:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
