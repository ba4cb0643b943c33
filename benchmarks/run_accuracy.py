"""Accuracy and speed of the whole analysis (Silero VAD + Whisper + judge) on the labelled turns.

Runs ``voicecoach.analysis.analyze_files`` on every case of ``benchmarks/make_turns.py``'s set
and reports, against the labels in its manifest:

- precision, recall and F1 per finding kind (interruption, talk_over, not_listening), a case
  counting as positive when the judge reports at least one finding of that kind;
- backchannels reported as interruptions (must be 0), and backchannels recognised;
- median, 95th percentile and worst error of the first interruption's onset, in ms;
- the real-time factor of the analysis per Whisper model (tiny.en, base), and the time to
  analyse a turn with a 10 s reply; peak memory (``ru_maxrss``; ``tracemalloc`` for Python's
  own allocations) of each run, each model in its own process.

It writes the "Accuracy" section of ``docs/benchmarks.md`` (other sections are kept).

It also judges every labelled reply once more on its own text instead of Whisper's transcript:
the judge alone, without the recogniser's errors.

Usage: ``.venv/bin/python benchmarks/run_accuracy.py`` (``--make`` regenerates the turns first;
``--limit N`` runs every Nth case only, for a quick look; ``--no-write`` prints only;
``--from-results`` writes the section again from the last run's results without running Whisper).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

KINDS = ("interruption", "talk_over", "not_listening")
TIMED_MODELS = ("tiny.en", "base")
TARGETS = {
    "interruption": 0.95,
    "talk_over": 0.95,
    "not_listening": 0.9,
}
DOC = REPO / "docs" / "benchmarks.md"
SECTION = "## Accuracy"


# -- worker: runs in its own process, one model configuration -----------------------------------


def worker(turns: Path, config: str, ids: list[str] | None, out: Path) -> None:
    """Analyse the cases with one model configuration; JSON lines to ``out``."""
    from voicecoach.adapters.whisper_stt import get_transcriber
    from voicecoach.analysis import ANALYSIS_DECODE, analyze_files

    manifest = json.loads((turns / "manifest.json").read_text(encoding="utf-8"))
    cases = [c for c in manifest["cases"] if ids is None or c["id"] in ids]
    transcribers: dict[str, Any] = {}

    def transcriber_for(language: str) -> Any:
        model = config if config != "default" else None
        key = f"{model}:{language}"
        if key not in transcribers:
            transcribers[key] = get_transcriber(model, "cpu", language=language, decode=ANALYSIS_DECODE)
        return transcribers[key]

    with out.open("w", encoding="utf-8") as sink:
        for case in cases:
            language = case["language"]
            if config == "tiny.en" and language != "en":
                continue
            transcriber = transcriber_for(language)
            started = time.perf_counter()
            result = analyze_files(
                turns / case["customer"],
                turns / case["trainee"],
                language=language,
                scenario=case.get("scenario_path"),
                turn=case.get("turn"),
                transcriber=transcriber,
            )
            seconds = time.perf_counter() - started
            row = {
                "id": case["id"],
                "model": transcriber.info.model,
                "seconds": seconds,
                "duration": case["duration"],
                "findings": [
                    {
                        "kind": f.kind,
                        "start": f.start,
                        "end": f.end,
                        "severity": f.severity,
                        "reason": f.evidence.get("reason"),
                    }
                    for f in result.findings
                ],  # fmt: skip
                "trainee_text": result.turn.trainee.text,
                "customer_speech": [[s.start, s.end] for s in result.turn.customer.speech],
                "trainee_speech": [[s.start, s.end] for s in result.turn.trainee.speech],
            }
            sink.write(json.dumps(row, ensure_ascii=False) + "\n")
            sink.flush()
        sink.write(json.dumps({"peak_rss_mb": _peak_rss_mb()}) + "\n")


def reply_timing(config: str, realspeech: Path, out: Path) -> None:
    """Seconds to analyse a turn with a 10 s reply: whole turn, and the reply side only."""
    import numpy as np

    from voicecoach.adapters.audio_files import load_16k, resample
    from voicecoach.adapters.piper_tts import Speaker
    from voicecoach.adapters.settings import Settings
    from voicecoach.adapters.whisper_stt import get_transcriber
    from voicecoach.analysis import ANALYSIS_DECODE, analyze_tracks

    speaker = Speaker(settings=Settings(), cache_dir=REPO / "benchmarks" / "out" / "tts-cache")
    clip = speaker.render_text(
        "I ordered a laptop two weeks ago and it still has not arrived. I need it before Monday.", language="en"
    )
    line = resample(clip.samples, clip.sample_rate, 16_000)
    reply = load_16k(realspeech / "en_license_read.wav")[16_000 : 11 * 16_000]  # 10 s of reading
    gap = np.zeros(int(0.6 * 16_000), np.float32)
    customer = np.concatenate([line, gap, np.zeros_like(reply)])
    trainee = np.concatenate([np.zeros_like(line), gap, reply])
    transcriber = get_transcriber(config, "cpu", language="en", decode=ANALYSIS_DECODE)
    results: dict[str, Any] = {"model": transcriber.info.model, "reply_seconds": len(reply) / 16_000}
    for name, whole in (("turn", True), ("reply_only", False)):
        analyze_tracks(customer, trainee, language="en", transcriber=transcriber, transcribe_customer=whole)  # warm
        times, cpu = [], []
        for _ in range(5):
            before, started = os.times(), time.perf_counter()
            analyze_tracks(customer, trainee, language="en", transcriber=transcriber, transcribe_customer=whole)
            times.append(time.perf_counter() - started)
            after = os.times()
            cpu.append((after.user - before.user) + (after.system - before.system))
        results[name] = {
            "median": statistics.median(times), "min": min(times), "max": max(times), "cpu": statistics.median(cpu),
        }  # fmt: skip
    results["load"] = os.getloadavg()[0]
    tracemalloc.start()
    analyze_tracks(customer, trainee, language="en", transcriber=transcriber)
    results["tracemalloc_peak_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    results["peak_rss_mb"] = _peak_rss_mb()
    out.write_text(json.dumps(results), encoding="utf-8")


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


# -- scoring -------------------------------------------------------------------------------------


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, int(round(share * (len(ordered) - 1)))))
    return ordered[index]


def score(cases: list[dict[str, Any]], rows: dict[str, dict[str, Any]]) -> dict[str, Any]:
    counts = {kind: {"tp": 0, "fp": 0, "fn": 0, "tn": 0} for kind in KINDS}
    by_language = {lang: {"tp": 0, "fp": 0, "fn": 0, "tn": 0} for lang in ("en", "de")}
    wrong: dict[str, list[str]] = defaultdict(list)
    details: list[dict[str, str]] = []
    onset_errors: list[float] = []
    backchannel_as_interruption = 0
    backchannel_cases = backchannel_seen = 0
    categories: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for case in cases:
        row = rows.get(case["id"])
        if row is None:
            continue
        kinds = {f["kind"] for f in row["findings"]}
        category = categories[case["category"]]
        category["n"] += 1
        for kind in (*KINDS, "backchannel"):
            category[kind] += kind in kinds
        for kind in KINDS:
            expected = case["expect"].get(kind)
            if expected is None:
                continue
            got = kind in kinds
            cell = "tp" if expected and got else "fp" if got else "fn" if expected else "tn"
            counts[kind][cell] += 1
            if kind == "not_listening":
                by_language[case["language"]][cell] += 1
            if cell in ("fp", "fn"):
                wrong[kind].append(f"{case['id']} ({cell})")
                if kind == "not_listening" and case["category"].startswith("reply-"):
                    reasons = [str(f["reason"]) for f in row["findings"] if f["kind"] == kind and f.get("reason")]
                    details.append({"id": case["id"], "cell": cell, "reason": "; ".join(reasons),
                                    "text": row.get("trainee_text", "")})  # fmt: skip
        if case["category"] == "backchannel":
            backchannel_cases += 1
            backchannel_seen += "backchannel" in kinds
            at, end = case["backchannel"]["start"], case["backchannel"]["end"]
            backchannel_as_interruption += sum(
                1
                for f in row["findings"]
                if f["kind"] == "interruption" and f["start"] < end + 0.3 and f["end"] > at - 0.3
            )
        onset = case.get("interruption_onset")
        first = min((f["start"] for f in row["findings"] if f["kind"] == "interruption"), default=None)
        if onset is not None and first is not None:
            onset_errors.append(abs(first - onset) * 1000)
    return {
        "counts": counts,
        "by_language": by_language,
        "wrong": wrong,
        "not_listening_details": details,
        "onset_errors_ms": onset_errors,
        "backchannel_as_interruption": backchannel_as_interruption,
        "backchannel_cases": backchannel_cases,
        "backchannel_seen": backchannel_seen,
        "categories": {k: dict(v) for k, v in sorted(categories.items())},
    }


def judge_on_texts(cases: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """not_listening on each reply to a scenario turn, judged on the reply's own text (its words
    spread evenly over the reply's place on the clock): what the judge does with a perfect transcript."""
    from voicecoach.analysis import choose_turn
    from voicecoach.core.analyzers.options import JudgeOptions
    from voicecoach.core.judge import judge
    from voicecoach.core.timeline import Span, Track, Turn, Word

    def spread(text: str, start: float, end: float) -> tuple[Word, ...]:
        pieces = text.split()
        step = (end - start) / max(1, len(pieces))
        return tuple(Word(w, start + i * step, start + (i + 1) * step - 0.01) for i, w in enumerate(pieces))

    counts = {lang: {"tp": 0, "fp": 0, "fn": 0, "tn": 0} for lang in ("all", "en", "de")}
    for case in cases:
        if not case["category"].startswith("reply-"):
            continue
        line, reply = case["line"], case["reply"]
        turn = Turn(
            customer=Track((Span(line["start"], line["end"]),), spread(line["text"], line["start"], line["end"])),
            trainee=Track((Span(reply["start"], reply["end"]),), spread(reply["text"], reply["start"], reply["end"])),
            duration=case["duration"],
        )
        choice = choose_turn(case["scenario_path"], case["turn"])
        assert choice is not None
        result = judge(turn, language=case["language"], scenario=choice.loaded.scenario, step_id=choice.step_id,
                       options=JudgeOptions(), models={})  # fmt: skip
        got = any(f.kind == "not_listening" for f in result.findings)
        expected = case["expect"]["not_listening"]
        cell = "tp" if expected and got else "fp" if got else "fn" if expected else "tn"
        for lang in ("all", case["language"]):
            counts[lang][cell] += 1
    return counts


# -- report --------------------------------------------------------------------------------------


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return f"{cpu}, {os.cpu_count()} CPU cores, Python {platform.python_version()}, {platform.system()} (load average {load:.1f} at the end)"


def render(
    manifest: dict[str, Any],
    scored: dict[str, Any],
    rtf: dict[str, dict[str, float]],
    replies: dict[str, dict[str, Any]],
    memory: dict[str, float],
    command: str,
    cases_run: int,
    on_texts: dict[str, dict[str, int]],
    run: dict[str, str],
) -> str:
    lines = [SECTION, ""]
    lines += [
        f"Measured {run['when']} on {run['machine']}, CPU only (no GPU), at commit {run['commit']}, by:",
        "",
        "```sh",
        command,
        "```",
        "",
        'Whisper decodes greedily (beam 1, temperature 0) when judging; "reply side only" is the '
        "analysis when the customer's line is known and not transcribed (live practice: `build_turn(..., "
        'transcribe_customer=False)`); "whole turn" transcribes both sides (`voicecoach analyze`), their speech '
        "laid end to end and decoded in one Whisper pass.",
        "",
        f"{cases_run} labelled turns from `benchmarks/make_turns.py` (customer lines of the shipped scenarios "
        "rendered with Piper; English replies rendered with Piper, German replies with espeak-ng, and replies "
        "cut from the real recordings in `shared/realspeech`). Each case went through the real pipeline: `analyze_files` = Silero VAD v6 + "
        "faster-whisper (the model per language: tiny.en for English, base for German) + the judge. "
        "A case is positive for a kind when the judge reports at least one finding of that kind.",
        "",
    ]
    voices = manifest.get("voices", {})
    if voices:
        lines += [
            "Voices of the customer lines (Piper, as in the app): "
            + "; ".join(f"{lang}: {', '.join(names)}" for lang, names in voices.items() if names)
            + ". "
            "No German Piper voice is installed here, so the German customer lines are spoken by the English "
            "fallback voice (de_DE-thorsten-medium would be the right one).",
            "",
        ]
    reply_voices = manifest.get("reply_voices", {})
    if reply_voices:
        lines += [
            "Voices of the replies to scenario turns (the not_listening cases): "
            + "; ".join(f"{lang}: {', '.join(names)}" for lang, names in reply_voices.items() if names)
            + ". "
            f"German replies and German backchannels are spoken by espeak-ng's German voice (`{manifest.get('espeak', 'espeak-ng -v de')}`, "
            "resampled to 16 kHz): a real German TTS, robotic but German, so Whisper (base) hears German as German; "
            "its rate is the one Whisper heard best (`benchmarks/german_voice.py`). "
            "English replies by Piper. Each case in the manifest names the voice of its trainee track (`trainee_voice`). "
            "The replies take turns among three acknowledgements and three ways of asking again per language.",
            "",
        ]
    lines += ["| measure | value | target | met |", "| --- | --- | --- | --- |"]
    for kind in KINDS:
        c = scored["counts"][kind]
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        n = c["tp"] + c["fp"] + c["fn"] + c["tn"]
        target = TARGETS[kind]
        note = " (replies to scenario turns, en + de)" if kind == "not_listening" else ""
        lines.append(
            f"| {kind}{note}: precision / recall / **F1** (n={n}, positives {c['tp'] + c['fn']}) "
            f"| {p:.2f} / {r:.2f} / **{f:.3f}** | F1 ≥ {target} | {'yes' if f >= target else 'no'} |"
        )
    for lang in ("en", "de"):
        c = scored["by_language"][lang]
        if sum(c.values()):
            p, r, f = prf(c["tp"], c["fp"], c["fn"])
            lines.append(
                f"| not_listening, {lang} replies only (n={sum(c.values())}) | {p:.2f} / {r:.2f} / **{f:.3f}** | | |"
            )
    for lang in ("all", "en", "de"):
        c = on_texts[lang]
        if sum(c.values()):
            p, r, f = prf(c["tp"], c["fp"], c["fn"])
            which = "en + de" if lang == "all" else lang
            lines.append(
                f"| not_listening judged on the replies' own texts, no speech ({which}, n={sum(c.values())}): "
                f"the judge alone | {p:.2f} / {r:.2f} / **{f:.3f}** | | |"
            )
    bai = scored["backchannel_as_interruption"]
    lines.append(
        f"| backchannels reported as interruption ({scored['backchannel_cases']} backchannel cases) | {bai} | 0 | {'yes' if bai == 0 else 'no'} |"
    )
    lines.append(
        f"| backchannels recognised as `backchannel` | {scored['backchannel_seen']} of {scored['backchannel_cases']} | | |"
    )
    errors = scored["onset_errors_ms"]
    if errors:
        median = statistics.median(errors)
        lines.append(
            f"| interruption onset error, median (n={len(errors)}) | {median:.0f} ms | ≤ 50 ms | {'yes' if median <= 50 else 'no'} |"
        )
        lines.append(
            f"| interruption onset error, 95th percentile / worst | {percentile(errors, 0.95):.0f} ms / {max(errors):.0f} ms | | |"
        )
    for model, numbers in rtf.items():
        lines.append(
            f"| real-time factor, {model} ({numbers['cases']} English timing cases, {numbers['audio']:.0f} s of audio) "
            f"| {numbers['rtf']:.3f} | | |"
        )
    for model, numbers in replies.items():
        met = numbers["turn"]["median"] < 1.0
        lines.append(
            f"| turn with a 10 s reply, {model}: whole turn / reply side only, wall clock, median of 5 "
            f"(CPU time of both cores; load average {numbers['load']:.1f}) "
            f"| {numbers['turn']['median']:.2f} s / {numbers['reply_only']['median']:.2f} s "
            f"({numbers['turn']['cpu']:.2f} s / {numbers['reply_only']['cpu']:.2f} s) "
            f"| < 1 s (tiny.en) | {('yes' if met else 'no') if model == 'tiny.en' else ''} |"
        )
    for name, value in memory.items():
        lines.append(f"| peak memory, {name} | {value:.0f} MB | | |")
    lines += ["", "Per category (cases where the judge reported the kind):", ""]
    lines += [
        "| category | cases | interruption | talk_over | not_listening | backchannel |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for category, row in scored["categories"].items():
        lines.append(
            f"| {category} | {row['n']} | {row.get('interruption', 0)} | {row.get('talk_over', 0)} "
            f"| {row.get('not_listening', 0)} | {row.get('backchannel', 0)} |"
        )
    wrong = scored["wrong"]
    if any(wrong.values()):
        lines += ["", "Cases the judge got wrong (fp: reported but not labelled; fn: labelled but not reported):", ""]
        for kind in KINDS:
            if wrong.get(kind):
                shown = wrong[kind][:25]
                more = f" and {len(wrong[kind]) - len(shown)} more" if len(wrong[kind]) > len(shown) else ""
                lines.append(f"- {kind}: " + ", ".join(shown) + more)
    details = scored.get("not_listening_details", [])
    if details:
        lines += [
            "",
            "not_listening errors on replies to scenario turns: what Whisper heard and what the judge said:",
            "",
        ]
        lines += ["| case | error | judge's reason | transcript |", "| --- | --- | --- | --- |"]
        for item in details:
            text = item["text"] if len(item["text"]) <= 160 else item["text"][:157] + "..."
            lines.append(f"| {item['id']} | {item['cell']} | {item['reason'] or ''} | {text.replace('|', '/')} |")
    lines += [
        "",
        "Labels come from how each case was built (see `benchmarks/make_turns.py`), never from results: "
        "clips are trimmed by energy so the placement time is the speech onset; talk_over is labelled only "
        "where clip extents overlap by ≥ 2 s (yes) or ≤ 0.7 s (no), and for interjections the trainee talks "
        "through (yes) or yields to within 0.4 s (no).",
        "",
    ]
    return "\n".join(lines)


def write_section(text: str, path: Path = DOC) -> None:
    """Replace the Accuracy section of ``path`` (or add it), keeping every other section."""
    existing = path.read_text(encoding="utf-8") if path.is_file() else "# Benchmarks\n\n"
    lines = existing.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip() == SECTION), None)
    if start is None:
        new = existing.rstrip("\n") + "\n\n" + text.rstrip("\n") + "\n"
    else:
        end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
        new = (
            "\n".join(lines[:start] + text.rstrip("\n").splitlines() + ([""] + lines[end:] if end < len(lines) else []))
            + "\n"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(new, encoding="utf-8")


# -- main ----------------------------------------------------------------------------------------


def _spawn(args: list[str]) -> None:
    subprocess.run([sys.executable, __file__, *args], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--turns", type=Path, default=REPO / "benchmarks" / "out" / "turns")
    parser.add_argument("--realspeech", type=Path, default=REPO.parent / "shared" / "realspeech")
    parser.add_argument("--make", action="store_true", help="generate the turns first")
    parser.add_argument("--limit", type=int, default=1, help="run every Nth case only")
    parser.add_argument("--rtf-cases", type=int, default=20, help="English timing cases timed per model")
    parser.add_argument("--no-write", action="store_true", help="do not touch docs/benchmarks.md")
    parser.add_argument("--from-results", action="store_true", help="write the section from the last run's results")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--reply-timing", help=argparse.SUPPRESS)
    parser.add_argument("--ids", help=argparse.SUPPRESS)
    parser.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:
        ids = json.loads(Path(args.ids).read_text()) if args.ids else None
        worker(args.turns, args.worker, ids, args.result)
        return 0
    if args.reply_timing:
        reply_timing(args.reply_timing, args.realspeech, args.result)
        return 0

    if args.from_results:
        return report_results(args.turns, args.no_write)
    command = "python benchmarks/run_accuracy.py " + " ".join(argv if argv is not None else sys.argv[1:])
    if args.make or not (args.turns / "manifest.json").is_file():
        subprocess.run(
            [sys.executable, str(REPO / "benchmarks" / "make_turns.py"), "--out", str(args.turns)], check=True
        )
    manifest = json.loads((args.turns / "manifest.json").read_text(encoding="utf-8"))
    cases = manifest["cases"][:: args.limit]
    scratch = args.turns.parent / "results"
    scratch.mkdir(parents=True, exist_ok=True)
    ids_file = scratch / "ids.json"
    ids_file.write_text(json.dumps([c["id"] for c in cases]))

    run = {"when": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"), "machine": machine(),
           "commit": _commit(), "command": command, "limit": args.limit}  # fmt: skip
    print(f"accuracy: {len(cases)} cases (default models per language)", file=sys.stderr)
    _spawn(
        [
            "--turns",
            str(args.turns),
            "--worker",
            "default",
            "--ids",
            str(ids_file),
            "--result",
            str(scratch / "default.jsonl"),
        ]
    )
    timing_ids = [
        c["id"] for c in manifest["cases"] if c["language"] == "en" and c["category"] in ("interrupt", "clean")
    ]
    step = max(1, len(timing_ids) // args.rtf_cases)
    timing_ids = timing_ids[::step][: args.rtf_cases]
    (scratch / "timing-ids.json").write_text(json.dumps(timing_ids))
    for model in TIMED_MODELS:
        print(f"real-time factor: {model} on {len(timing_ids)} cases", file=sys.stderr)
        result = scratch / f"rtf-{model}.jsonl"
        _spawn(
            [
                "--turns",
                str(args.turns),
                "--worker",
                model,
                "--ids",
                str(scratch / "timing-ids.json"),
                "--result",
                str(result),
            ]
        )
        print(f"10 s reply: {model}", file=sys.stderr)
        _spawn(
            [
                "--realspeech",
                str(args.realspeech),
                "--reply-timing",
                model,
                "--result",
                str(scratch / f"reply-{model}.json"),
            ]
        )
    (scratch / "run.json").write_text(json.dumps(run))
    return report_results(args.turns, args.no_write)


def report_results(turns: Path, no_write: bool) -> int:
    """The section from the results of the last run (its Whisper transcripts and timings, in
    ``benchmarks/out/results``); the judge-alone numbers are computed anew from the manifest."""
    scratch = turns.parent / "results"
    run = json.loads((scratch / "run.json").read_text(encoding="utf-8"))
    manifest = json.loads((turns / "manifest.json").read_text(encoding="utf-8"))
    cases = manifest["cases"][:: int(run["limit"])]
    rows, peak = _read_rows(scratch / "default.jsonl")
    mem = {"accuracy run (tiny.en + base loaded)": peak}
    rtf: dict[str, dict[str, float]] = {}
    replies: dict[str, dict[str, Any]] = {}
    for model in TIMED_MODELS:
        timed, peak = _read_rows(scratch / f"rtf-{model}.jsonl")
        audio = sum(r["duration"] for r in timed.values())
        rtf[model] = {"rtf": sum(r["seconds"] for r in timed.values()) / audio, "cases": len(timed), "audio": audio}
        mem[f"{len(timed)} cases with {model} only"] = peak
        replies[model] = json.loads((scratch / f"reply-{model}.json").read_text())
        mem[f"10 s reply with {model} (Python allocations, tracemalloc)"] = replies[model]["tracemalloc_peak_mb"]
    scored = score(cases, rows)
    text = render(manifest, scored, rtf, replies, mem, run["command"], len(rows), judge_on_texts(cases), run)
    print(text)
    if not no_write:
        write_section(text)
        print(f"wrote the Accuracy section of {DOC}", file=sys.stderr)
    return 0


def _commit() -> str:
    try:
        found = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    except OSError:
        return "unknown"
    dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.strip()  # fmt: skip
    return (found.stdout.strip() or "unknown") + (" + uncommitted changes" if dirty else "")


def _read_rows(path: Path) -> tuple[dict[str, dict[str, Any]], float]:
    rows: dict[str, dict[str, Any]] = {}
    peak = float("nan")
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if "peak_rss_mb" in item and "id" not in item:
            peak = item["peak_rss_mb"]
        else:
            rows[item["id"]] = item
    return rows, peak


if __name__ == "__main__":
    raise SystemExit(main())
