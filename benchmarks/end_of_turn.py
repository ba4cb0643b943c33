"""The end of the reply: Smart Turn v3.2 against the plain silence rule (issue 12).

Replies, German (espeak-ng ``de``, the German stand-in voice) and English (Piper
``en_US-joe-medium``), plus real English speech (shared/realspeech/en_jfk.wav):

- **finished**: one or two whole sentences, then silence;
- **paused**: a sentence with a comma, whose pause at the comma (continuation intonation, as
  the voice speaks it) is stretched to ``0.5`` s (the silence rule keeps that reply) and to
  ``1.2`` s (the silence rule cuts it: the trainee who pauses to think); JFK's own 1.09 s
  pauses after "ask not".

**Decision pass** (every reply, virtual clock, deterministic): the real call engine on a
``SimulatedBackend``, the real streaming Silero VAD, once with the silence rule alone (0.8 s)
and once with the model (asked once per 0.3 s pause; finished ends the turn, unfinished waits
up to 2.0 s). Per reply: cut short or not (the turn ended before the reply's last speech), and
end of speech -> end of turn = the turn clock from the reply's last speech to ``TraineeDone``,
plus, with the model, the model's own computing time (measured; the engine computes it while
the audio waits).

**Real-time pass** (the English finished replies, ``--realtime-runs`` each): the same engine on
a ``SimulatedBackend`` in real time (32 ms blocks) with Whisper tiny.en and the judge; end of
speech -> feedback (``TurnJudged``) in wall-clock time, with and without the model. Target of
issue 12: <= 0.6 s at p95.

Writes the "End of turn" section of ``docs/benchmarks.md`` unless ``--no-write``.

Usage: ``.venv/bin/python benchmarks/end_of_turn.py [--realtime-runs 2] [--no-write]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

SR = 16_000
SECTION = "## End of turn"
PAUSES = (0.5, 1.2)
AT = 4.2  # the reply starts here on the turn clock (the customer's line ends ~3.4 s)

FINISHED = {
    "en": [
        "I'm sorry the parcel is late. I'll send a new one today.",
        "Your order number is four five seven two.",
        "I can offer you a refund of twenty euros.",
        "Let me check that for you right now.",
        "The technician will come on Friday morning.",
        "Thank you for waiting. Your contract ends in March.",
    ],
    "de": [
        "Das tut mir leid. Ich schicke Ihnen heute ein neues Paket.",
        "Ihre Bestellnummer ist vier fünf sieben zwei.",
        "Ich kann Ihnen zwanzig Euro erstatten.",
        "Ich sehe mir das sofort für Sie an.",
        "Der Techniker kommt am Freitagvormittag.",
        "Danke fürs Warten. Ihr Vertrag endet im März.",
    ],
}
PAUSED = {
    "en": [
        "So the new delivery date, as far as I can see, is next Friday.",
        "I have checked your account, and the payment arrived on Monday.",
        "If you send me the photo, I can open a claim for you.",
    ],
    "de": [
        "Also der neue Liefertermin, soweit ich das sehe, ist nächster Freitag.",
        "Ich habe Ihr Konto geprüft, und die Zahlung kam am Montag an.",
        "Wenn Sie mir das Foto schicken, kann ich eine Reklamation eröffnen.",
    ],
}


@dataclass
class Reply:
    name: str
    language: str
    kind: str  # finished | paused
    pause: float | None  # seconds of the mid-reply pause (paused replies)
    audio: np.ndarray
    speech_end: float  # last speech in the reply (VAD), seconds from its start


def realspeech_dir() -> Path:
    for candidate in (os.environ.get("VOICECOACH_REALSPEECH", ""), str(REPO.parent / "shared" / "realspeech")):
        if candidate and (Path(candidate) / "en_jfk.wav").is_file():
            return Path(candidate)
    raise SystemExit("shared/realspeech not found: set VOICECOACH_REALSPEECH")


def speak(text: str, language: str, speaker: Any) -> np.ndarray:
    from voicecoach.adapters import espeak_tts
    from voicecoach.core.audio_ops import resample

    if language == "de":
        samples, rate = espeak_tts.synthesize(text, espeak_tts.espeak_voice("de"))
    else:
        clip = speaker.render_text(text, language="en", voice="en_US-joe-medium")
        samples, rate = clip.samples, clip.sample_rate
    samples = np.asarray(samples, np.float32).reshape(-1)
    return resample(samples, rate, SR) if rate != SR else samples


def comma_pause(audio: np.ndarray) -> tuple[int, int]:
    """The longest quiet stretch in the middle 15-85 % of ``audio`` (10 ms frames 40 dB below the
    loudest): the pause the voice makes at the comma. (first, last) sample."""
    frame = SR // 100
    count = len(audio) // frame
    rms = np.sqrt(np.mean(audio[: count * frame].reshape(count, frame) ** 2, axis=1) + 1e-12)
    quiet = 20 * np.log10(rms / rms.max()) < -40
    best, start = (0, 0), None
    for i in range(int(0.15 * count), int(0.85 * count)):
        if quiet[i] and start is None:
            start = i
        if (not quiet[i] or i == int(0.85 * count) - 1) and start is not None:
            if i - start > best[1] - best[0]:
                best = (start, i)
            start = None
    if best[1] - best[0] < 3:
        raise SystemExit("no pause at the comma found")
    return best[0] * frame, best[1] * frame


def last_speech(audio: np.ndarray) -> float:
    from voicecoach.adapters.vad import detect_speech

    return detect_speech(audio)[-1].end


def build_replies(speaker: Any) -> list[Reply]:
    tail = np.zeros(int(3.0 * SR), np.float32)
    replies: list[Reply] = []
    for language in ("en", "de"):
        for i, text in enumerate(FINISHED[language]):
            audio = np.concatenate([speak(text, language, speaker), tail])
            replies.append(Reply(f"{language}-finished-{i + 1}", language, "finished", None, audio, last_speech(audio)))
        for i, text in enumerate(PAUSED[language]):
            spoken = speak(text, language, speaker)
            first, last = comma_pause(spoken)
            middle = (first + last) // 2
            for pause in PAUSES:
                gap = np.zeros(int(pause * SR), np.float32)
                audio = np.concatenate(
                    [spoken[: middle - (last - first) // 2], gap, spoken[middle + (last - first) // 2 :], tail]
                )
                replies.append(
                    Reply(f"{language}-paused-{i + 1}", language, "paused", pause, audio, last_speech(audio))
                )
    from voicecoach.adapters.audio_files import load_16k

    jfk = load_16k(realspeech_dir() / "en_jfk.wav")
    real = [
        ("en-real-jfk-finished", "finished", None, jfk[int(7.9 * SR) : int(11.0 * SR)]),
        ("en-real-jfk-paused", "paused", 1.09, jfk[int(3.1 * SR) : int(11.0 * SR)]),
    ]
    for name, kind, pause, audio in real:
        audio = np.concatenate([audio, tail])
        replies.append(Reply(name, "en", kind, pause, audio, last_speech(audio)))
    return replies


class Timed:
    """The real model, timing each call (wall and CPU seconds) and keeping its probabilities."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.calls: list[tuple[float, float, float]] = []  # (probability, wall s, cpu s)

    def probability(self, audio16k: np.ndarray) -> float:
        wall, cpu = time.perf_counter(), time.thread_time()
        p = self.inner.probability(audio16k)
        self.calls.append((p, time.perf_counter() - wall, time.thread_time() - cpu))
        return p


def scenario(language: str, folder: Path) -> Any:
    import yaml

    from voicecoach.adapters.library import LoadedScenario
    from voicecoach.core.scenario import Scenario

    data = {
        "id": f"end-of-turn-{language}",
        "title": "End of turn",
        "language": language,
        "brief": {"situation": "A benchmark call.", "goal": "Answer."},
        "persona": {"name": "Pat", "mood": "calm", "patience": "high"},
        "turns": [{"id": "first", "say": "My parcel did not arrive and I need it by Friday."}],
    }
    path = folder / f"{data['id']}.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return LoadedScenario(Scenario.model_validate(data), path)


def customer_speech() -> dict[str, np.ndarray]:
    from voicecoach.adapters.audio_files import load_16k

    lic = load_16k(realspeech_dir() / "en_license_read.wav")
    silence = np.zeros(int(0.3 * SR), np.float32)
    return {
        "line": np.concatenate([lic[int(1.6 * SR) : int(5.0 * SR)], silence]),
        "protest": lic[int(23.0 * SR) : int(24.5 * SR)],
    }


def decide(reply: Reply, model: Timed | None, folder: Path, speech: dict[str, np.ndarray]) -> dict[str, Any]:
    """One reply on the virtual clock: the engine's decision."""
    from tests.helpers.speech_fakes import FakeSpeaker, FakeTranscriber
    from voicecoach.live import events as ev
    from voicecoach.live.engine import CallEngine, EngineOptions
    from voicecoach.live.simulated import SimulatedBackend, SimulatedReply

    events: list[Any] = []
    calls_before = len(model.calls) if model else 0
    engine = CallEngine(
        scenario(reply.language, folder), SimulatedBackend(replies=[SimulatedReply(reply.audio, at=AT, turn=1)]),
        FakeSpeaker(speech), FakeTranscriber(), on_event=events.append,
        options=EngineOptions(recordings_dir=folder, max_turns=1), end_of_turn=model,
    )  # fmt: skip
    engine.run()
    done = next(e for e in events if isinstance(e, ev.TraineeDone))
    judged = next(e for e in events if isinstance(e, ev.TurnJudged))
    spans = judged.result.turn.trainee.speech
    true_end = AT + reply.speech_end
    kept_end = spans[-1].end if spans else 0.0
    calls = model.calls[calls_before:] if model else []
    compute = calls[-1][1] if calls and done.reason == "end_of_turn" else 0.0
    return {
        "cut": kept_end < true_end - 0.2,
        "reason": done.reason,
        "latency": done.time - kept_end + compute,
        "p": [round(c[0], 2) for c in calls],
    }


class Stamped:
    """A real-time SimulatedBackend that notes the wall time each block reached the engine."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.delivered: list[tuple[float, float]] = []
        self._lock = threading.Lock()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def start(self, on_input: Any, on_error: Any = None) -> None:
        def stamped(block: Any, t: float) -> None:
            with self._lock:
                self.delivered.append((t + len(block) / self.inner.sample_rate, time.monotonic()))
            on_input(block, t)

        self.inner.start(stamped, on_error)

    def wall_of(self, stream_time: float) -> float:
        with self._lock:
            return next(wall for end, wall in self.delivered if end >= stream_time)


def realtime(reply: Reply, model: Any, transcriber: Any, folder: Path, speech: dict[str, np.ndarray]) -> float:
    """One English reply in real time with Whisper: end of speech -> feedback, wall seconds."""
    from tests.helpers.speech_fakes import FakeSpeaker
    from voicecoach.live import events as ev
    from voicecoach.live.engine import CallEngine, EngineOptions
    from voicecoach.live.simulated import SimulatedBackend, SimulatedReply

    backend = Stamped(SimulatedBackend(realtime=True, block_seconds=0.032))
    judged: dict[str, Any] = {}

    def on_event(event: Any) -> None:
        if isinstance(event, ev.TurnJudged):
            judged["wall"], judged["result"] = time.monotonic(), event.result

    def script(turn_id: str, number: int, line_start: float, line: Any) -> list[Any]:
        judged["line_start"] = line_start
        return [SimulatedReply(reply.audio, at=line_start + AT)]

    engine = CallEngine(
        scenario(reply.language, folder), backend, FakeSpeaker(speech), transcriber, on_event=on_event,
        trainee_script=script, options=EngineOptions(recordings_dir=folder, max_turns=1), end_of_turn=model,
    )  # fmt: skip
    engine.run()
    return judged["wall"] - backend.wall_of(judged["line_start"] + AT + reply.speech_end)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--realtime-runs", type=int, default=2, help="real-time runs per English finished reply")
    parser.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    args = parser.parse_args()

    from voicecoach.adapters.end_of_turn import SmartTurn
    from voicecoach.adapters.piper_tts import Speaker
    from voicecoach.adapters.whisper_stt import get_transcriber

    load_start = os.getloadavg()
    model = Timed(SmartTurn())
    speech = customer_speech()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        replies = build_replies(Speaker(cache_dir=folder / "tts"))
        rows = []
        for reply in replies:
            plain = decide(reply, None, folder, speech)
            smart = decide(reply, model, folder, speech)
            rows.append((reply, plain, smart))
            print(
                f"{reply.name:24} {reply.kind:8} pause {reply.pause or 0:.1f}  silence: "
                f"{'CUT' if plain['cut'] else 'kept'} {plain['latency']:.2f}s  model: {'CUT' if smart['cut'] else 'kept'} "
                f"{smart['latency']:.2f}s {smart['reason']} p={smart['p']}",
                flush=True,
            )
        transcriber = get_transcriber("tiny.en", "cpu")
        transcriber.transcribe(replies[0].audio[:SR], language="en")  # load before timing
        english = [r for r in replies if r.language == "en" and r.kind == "finished"]
        live: dict[str, list[float]] = {"silence": [], "model": []}
        for _ in range(args.realtime_runs):
            for reply in english:
                for mode, end_of_turn in (("silence", None), ("model", model)):
                    live[mode].append(realtime(reply, end_of_turn, transcriber, folder, speech))
                    print(
                        f"real time {mode:7} {reply.name:24} {live[mode][-1]:.2f}s load {os.getloadavg()[0]:.1f}",
                        flush=True,
                    )
    load_end = os.getloadavg()
    text = section(rows, live, model, load_start, load_end, args)
    print(text)
    if not args.no_write:
        path = REPO / "docs" / "benchmarks.md"
        path.write_text(replace_section(path.read_text(encoding="utf-8"), text), encoding="utf-8")
        print(f"wrote the '{SECTION[3:]}' section of {path}")
    return 0


def section(
    rows: list, live: dict[str, list[float]], model: Timed, load_start: tuple, load_end: tuple, args: Any
) -> str:
    def summary(selected: list, key: str) -> str:
        values = [r[key]["latency"] for r in selected if not r[key]["cut"]]
        return f"{statistics.median(values):.2f} / {p95(values):.2f}" if values else "–"

    table = []
    for reply, plain, smart in rows:
        pause = f"{reply.pause:.2f}" if reply.pause else "–"
        table.append(
            f"| {reply.name} | {reply.kind} | {pause} | {'**cut**' if plain['cut'] else 'kept'} | {plain['latency']:.2f} "
            f"| {'**cut**' if smart['cut'] else 'kept'} | {smart['latency']:.2f} | {', '.join(f'{p:.2f}' for p in smart['p'])} |"
        )
    groups = []
    for language in ("en", "de"):
        for kind in ("finished", "paused"):
            chosen = [
                {"plain": plain, "smart": smart}
                for reply, plain, smart in rows
                if reply.language == language and reply.kind == kind
            ]
            cut_plain = sum(r["plain"]["cut"] for r in chosen)
            cut_smart = sum(r["smart"]["cut"] for r in chosen)
            groups.append(
                f"| {language} | {kind} | {len(chosen)} | {cut_plain} | {cut_smart} "
                f"| {summary(chosen, 'plain')} | {summary(chosen, 'smart')} |"
            )
    worse = [
        reply.name + (f" ({reply.pause:g} s)" if reply.pause else "")
        for reply, plain, smart in rows
        if smart["cut"] and not plain["cut"]
    ]
    walls = [c[1] for c in model.calls]
    cpus = [c[2] for c in model.calls]
    lines = {mode: f"{statistics.median(v):.2f} / {p95(v):.2f} (n={len(v)})" if v else "–" for mode, v in live.items()}
    return f"""{SECTION}

When the trainee's reply is over: the plain silence rule (0.8 s of silence) against Smart Turn
v3.2 (pipecat's end-of-turn model, asked once per 0.3 s pause; finished ends the turn, otherwise
the turn waits up to 2.0 s of silence). Measured with `.venv/bin/python benchmarks/end_of_turn.py
--realtime-runs {args.realtime_runs}` on {dt.date.today().isoformat()} ({platform.machine()}, {os.cpu_count()} CPU cores,
Python {platform.python_version()}; load average {load_start[0]:.1f} at the start, {load_end[0]:.1f} at the end:
other sessions' work shares the 2 cores, so the wall times are several times those of an idle machine).

Replies: English by Piper `en_US-joe-medium`, German by espeak-ng `de`; finished = whole sentences;
paused = a sentence with a comma whose pause (the voice's own, with continuation intonation) is
stretched to {" s and ".join(f"{p:g}" for p in PAUSES)} s; `en-real-jfk-*` is a real speaker (shared/realspeech/en_jfk.wav:
"ask what you can do for your country"; "ask not [1.09 s] what your country can do for you [0.61 s] ask what ...").
**cut** = the turn ended before the reply's last speech. Latency = end of speech -> end of turn
(the turn clock from the last speech to `TraineeDone`, plus the model's computing time), virtual
clock, so it does not depend on the load except for the model's own time.

| reply | kind | pause (s) | silence rule | latency (s) | with the model | latency (s) | model p per pause |
| --- | --- | --- | --- | --- | --- | --- | --- |
{chr(10).join(table)}

| language | kind | replies | cut: silence rule | cut: model | latency p50 / p95, silence rule (s) | latency p50 / p95, model (s) |
| --- | --- | --- | --- | --- | --- | --- |
{chr(10).join(groups)}

Replies the model cut that the silence rule kept: **{", ".join(worse) if worse else "none"}**.
Model computing time per call (one onnxruntime thread, features included): wall median
{statistics.median(walls) * 1000:.0f} ms, p95 {p95(walls) * 1000:.0f} ms; CPU median {statistics.median(cpus) * 1000:.0f} ms
(pipecat quotes about 10 ms on an idle desktop CPU).

**Real time, English finished replies** (`SimulatedBackend` in real time, 32 ms blocks, Whisper
tiny.en, speculative transcription, the judge): end of speech -> feedback (`TurnJudged`),
wall-clock, p50 / p95: silence rule {lines["silence"]} s; with the model **{lines["model"]} s**
(target of issue 12: <= 0.6 s at p95).
"""


def replace_section(document: str, section_text: str) -> str:
    """``document`` with its "End of turn" section replaced by ``section_text`` (appended if absent)."""
    lines = document.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.rstrip() == SECTION), None)
    if start is None:
        return document.rstrip("\n") + "\n\n" + section_text
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    tail = "".join(lines[end:])
    return "".join(lines[:start]) + section_text + ("\n" + tail if tail else "")


if __name__ == "__main__":
    raise SystemExit(main())
