"""Live practice: how soon the feedback (``TurnJudged``) comes after a 10 s reply ends.

Runs the real :class:`voicecoach.live.engine.CallEngine` pipeline (Piper customer line, streaming
Silero VAD, per-segment Whisper tiny.en, the judge) on a :class:`SimulatedBackend` that runs in REAL
TIME (one 32 ms block every 32 ms, like a sound card), with a 10 s human reply placed 0.8 s
after the customer's line: shared/realspeech/en_license_read.wav from 1.6 s to 11.85 s (a
person reading, speech from 0.16 s to ~10.1 s, cut in a pause between two words). Reported per
run, in wall-clock time:

- **speech end -> feedback**: from the moment the reply's last speech sample was delivered to
  the engine to ``TurnJudged``. This includes the end-of-turn silence (``end_of_turn_silence``,
  0.8 s by default), which the engine must wait for before it can know the reply is over.
- **turn end -> feedback**: from ``TraineeDone`` (the end of the reply decided) to ``TurnJudged``:
  the work left at the end (the last segment's transcription, if not done yet, and the judge).

The **real-device flows** (issue 12) run the engine as the TUI does (``pause_after_turn``, a
thread, ``next()`` after the feedback) on the real ``SoundDeviceBackend`` of a private PulseAudio
server (null sinks, tests/helpers/pulse_server.py), with the same reply played into the virtual
microphone by ``paplay``: two turns, the second after ``0`` s ("Enter at once") and ``60`` s on
the feedback screen (``--feedback-waits``). Reported per turn: the lag from the end of the
customer's line (its last sample at the DAC) to "Listening" (target <= 0.2 s), end of speech ->
feedback (target <= 1.0 s at p95), the CPU of the whole process while listening (line end to
end of reply) and while idle on the feedback (target <= 15 % of one core).

The simulated runs alternate the engine **with and without streaming**, and streaming with
Whisper's whole 30 s encoder window (the call before ``DecodeOptions.encoder_margin``) (``EngineOptions.streaming``:
the open segment decoded in passes while the trainee speaks, LocalAgreement-2,
``voicecoach/live/streaming.py``), so both see the same load; each run is broken down into the
end-of-turn silence, the decoding still left when the turn ended, and the judge (+ saving).
``--no-streaming`` runs everything without it (the real-device flows too), ``--no-speculative``
without any decoding of the open segment. **Streamed vs whole**: each VAD segment of the real
English recordings (shared/realspeech) and of Piper replies decoded as the engine streams it
(``streaming.stream_offline``, a pass per second) and in one decode; the word error rate between
the two, against the noise of one decode (the same segment cut with 0.3 s of padding instead of
0.2 s); ``--no-wer`` skips it. Writes/updates the "Live latency" section of
``docs/benchmarks.md`` (other sections are kept) unless ``--no-write``.

Usage: ``.venv/bin/python benchmarks/live_latency.py [--runs 5] [--feedback-waits 0,60] [--no-streaming]
[--no-speculative] [--no-wer] [--no-write]``
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
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import doc_sections  # noqa: E402

SCENARIO = "warranty-no-en"
REPLY = "en_license_read.wav"
REPLY_CUT = (1.6, 11.85)  # seconds of REPLY used: ~10 s of continuous reading
REPLY_GAP = 0.8  # seconds between the end of the customer's line and the reply
SECTION = "## Live latency"
#: The simulated runs' modes: the call as it runs (streaming, encoder on the reply plus 10 s, the
#: reply judged in the pause), the same judged only after the end of the turn (the call before
#: ``EngineOptions.judge_ahead``), and without streaming. Whisper's whole 30 s window against the
#: reply plus 10 s: docs/benchmarks.md "Encoder window".
STREAMING = "streaming"
JUDGED_AFTER = "streaming, judged after the turn"
NO_STREAMING = "no streaming"
#: English replies for the streamed-vs-whole comparison, spoken by Piper (a trainee's answers).
PIPER_REPLIES = (
    "I'm sorry the parcel is late. I'll send a new one today, and you will have it by Friday.",
    "Your order number is four five seven two. I can see that the payment arrived on Monday.",
    "I understand that this is frustrating for you. Let me check what went wrong with the delivery.",
    "The technician will come on Friday morning between eight and twelve. He will call you first.",
    "Unfortunately the warranty does not cover water damage, but I can offer you a repair at a reduced price.",
    "Thank you for waiting. I have checked your contract, and it ends in March, so you can cancel it now.",
)


def realspeech_dir() -> Path:
    for candidate in (os.environ.get("VOICECOACH_REALSPEECH", ""), str(REPO.parent / "shared" / "realspeech")):
        if candidate and (Path(candidate) / REPLY).is_file():
            return Path(candidate)
    raise SystemExit("shared/realspeech not found: set VOICECOACH_REALSPEECH")


class TimedBackend:
    """Wraps a real-time SimulatedBackend: notes the wall time at which each block reached the engine."""

    def __init__(self, inner: Any):
        self.inner = inner
        self.delivered: list[tuple[float, float]] = []  # (stream time of the block's end, wall time)
        self._lock = threading.Lock()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def start(self, on_input: Any, on_error: Any = None) -> None:
        rate = self.inner.sample_rate

        def timed(block: Any, t: float) -> None:
            with self._lock:
                self.delivered.append((t + len(block) / rate, time.monotonic()))
            on_input(block, t)

        self.inner.start(timed, on_error)

    def wall_time_of(self, stream_time: float) -> float:
        with self._lock:
            for end, wall in self.delivered:
                if end >= stream_time:
                    return wall
        raise ValueError(f"stream time {stream_time} was never delivered")


class TimedTranscriber:
    """Wraps the transcriber: notes each decode's wall-clock end and the seconds of audio it got."""

    def __init__(self, inner: Any):
        self.inner = inner
        self.info = inner.info
        self.calls: list[tuple[float, float, float]] = []  # (wall start, wall end, audio seconds)

    def transcribe_full(self, samples: Any, **kwargs: Any) -> Any:
        began = time.monotonic()
        try:
            return self.inner.transcribe_full(samples, **kwargs)
        finally:
            self.calls.append((began, time.monotonic(), len(samples) / 16000))

    def transcribe(self, samples: Any, **kwargs: Any) -> Any:
        return self.transcribe_full(samples, **kwargs).words


def one_run(
    speculative: bool,
    transcriber: Any,
    speaker: Any,
    loaded: Any,
    reply: Any,
    speech_end: float,
    streaming: bool = True,
    mode: str = "",
    judge_ahead: bool = True,
) -> dict[str, Any]:
    from voicecoach.live import events as ev
    from voicecoach.live.engine import CallEngine, EngineOptions
    from voicecoach.live.simulated import SimulatedBackend, SimulatedReply

    backend = TimedBackend(SimulatedBackend(realtime=True, block_seconds=0.032))
    marks: dict[str, float] = {}
    line_end: dict[str, float] = {}

    def on_event(event: Any) -> None:
        now = time.monotonic()
        if isinstance(event, ev.TraineeDone):
            marks["done"] = now
        elif isinstance(event, ev.TurnJudged):
            marks["judged"] = now
            marks["segments"] = len(event.result.turn.trainee.speech)
            marks["words"] = len(event.result.turn.trainee.words)
            marks["text"] = event.result.turn.trainee.text

    def script(turn_id: str, number: int, line_start: float, line: Any) -> list[Any]:
        start = line_start + line.speech_end + REPLY_GAP
        line_end["reply_start"] = start
        return [SimulatedReply(reply, at=start)]

    timed = TimedTranscriber(transcriber)
    with tempfile.TemporaryDirectory() as folder:
        engine = CallEngine(
            loaded, backend, speaker, timed, on_event=on_event, trainee_script=script,
            options=EngineOptions(
                max_turns=1, speculative=speculative, streaming=streaming, recordings_dir=Path(folder),
                judge_ahead=judge_ahead,
            ),
        )  # fmt: skip
        engine.run()
    reply_end_wall = backend.wall_time_of(line_end["reply_start"] + speech_end)
    last_end = max((end for _start, end, _seconds in timed.calls), default=marks["done"])
    last_seconds = max(timed.calls, key=lambda call: call[1])[2] if timed.calls else 0.0
    return {
        "mode": mode,
        "streaming": streaming and speculative,
        "speech_end_to_feedback": marks["judged"] - reply_end_wall,
        "turn_end_to_feedback": marks["judged"] - marks["done"],
        "silence": marks["done"] - reply_end_wall,
        "decode_left": max(0.0, last_end - marks["done"]),
        "judge": marks["judged"] - max(last_end, marks["done"]),
        "decodes": len(timed.calls),
        "decode_busy": sum(end - start for start, end, _seconds in timed.calls),
        "last_decode_seconds": last_seconds,
        "segments": marks["segments"],
        "words": marks["words"],
        "text": marks["text"],
    }


class LineClock:
    """Wraps the real backend: notes the stream time each customer line starts, and maps stream
    time to wall time through the backend's own clock."""

    def __init__(self, inner: Any):
        self.inner = inner
        self.line_starts: list[float] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def play(self, samples: Any, *, at: float | None = None, label: str = "") -> float:
        start = self.inner.play(samples, at=at, label=label)
        if label == "line":
            self.line_starts.append(start)
        return start

    def wall_of(self, stream_time: float) -> float:
        return time.monotonic() - (self.inner.time() - stream_time)


def pulse_flow(
    feedback_wait: float,
    transcriber: Any,
    speaker: Any,
    loaded: Any,
    reply_file: Path,
    server: Any,
    streaming: bool = True,
) -> dict:
    """Two turns on the real device (PulseAudio null sinks), ``feedback_wait`` s on the feedback between."""
    from voicecoach.adapters.duplex import SoundDeviceBackend
    from voicecoach.live import events as ev
    from voicecoach.live.engine import CallEngine, EngineOptions

    backend = LineClock(SoundDeviceBackend())
    turns: list[dict[str, float]] = []
    current: dict[str, float] = {}
    idle: list[float] = []
    finished = threading.Event()
    players: list[Any] = []
    engine: Any = None

    def wait_then_next() -> None:
        cpu0, wall0 = time.process_time(), time.monotonic()
        time.sleep(feedback_wait)
        if feedback_wait >= 5:
            idle.append((time.process_time() - cpu0) / (time.monotonic() - wall0))
        engine.next()

    def on_event(event: Any) -> None:
        now = time.monotonic()
        if isinstance(event, ev.CustomerSpeaking):
            current.clear()
            current["duration"] = event.duration
        elif isinstance(event, ev.StateChanged) and event.state == "listening":
            line_end = backend.line_starts[-1] + current["duration"]
            current["listening_lag"] = now - backend.wall_of(line_end)
            current["cpu0"], current["wall0"] = time.process_time(), now
            timer = threading.Timer(REPLY_GAP, lambda: players.append(server.paplay(reply_file, device="mic")))
            timer.start()
        elif isinstance(event, ev.TraineeDone):
            current["listening_cpu"] = (time.process_time() - current["cpu0"]) / (now - current["wall0"])
            current["done"] = now
        elif isinstance(event, ev.TurnJudged):
            speech = event.result.turn.trainee.speech
            end = backend.line_starts[-1] + (speech[-1].end if speech else 0.0)
            current["speech_end_to_feedback"] = now - backend.wall_of(end) if speech else float("nan")
            current["turn_end_to_feedback"] = now - current.get("done", now)
            current["words"] = len(event.result.turn.trainee.words)
            turns.append(dict(current))
            if len(turns) < 2:
                threading.Thread(target=wait_then_next, daemon=True).start()
        elif isinstance(event, ev.CallEnded):
            finished.set()

    with tempfile.TemporaryDirectory() as folder:
        engine = CallEngine(
            loaded, backend, speaker, transcriber, on_event=on_event,
            options=EngineOptions(
                pause_after_turn=True, max_turns=2, recordings_dir=Path(folder), streaming=streaming
            ),
        )  # fmt: skip
        worker = threading.Thread(target=engine.run, name="call-engine")  # as the TUI runs it
        worker.start()
        worker.join(timeout=feedback_wait + 120)
        for player in players:
            player.wait(timeout=30)
    if worker.is_alive() or not finished.is_set():
        raise SystemExit(f"the call did not end (feedback wait {feedback_wait:g} s)")
    return {"wait": feedback_wait, "turns": turns, "idle_cpu": idle[0] if idle else float("nan")}


def p95(values: list[float]) -> float:
    ordered = sorted(v for v in values if v == v)
    return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)] if ordered else float("nan")


def streamed_vs_whole(transcriber: Any, speaker: Any, prompt: str | None) -> dict[str, Any]:
    """Each VAD segment of the English recordings and of the Piper replies decoded as the engine
    streams it and whole (see the module): word error rates and the last pass's length."""
    import jiwer
    import numpy as np

    from voicecoach.adapters.audio_files import load_16k
    from voicecoach.adapters.vad import detect_speech
    from voicecoach.core.audio_ops import SAMPLE_RATE, resample
    from voicecoach.core.text import normalize
    from voicecoach.live.streaming import decode_words, stream_offline

    pad = 0.2
    sources: list[tuple[str, Any]] = []
    for name in ("en_jfk.wav", "en_license_read.wav", "en_two_speakers_mono.wav"):
        sources.append((name, load_16k(realspeech_dir() / name)))
    for number, text in enumerate(PIPER_REPLIES, start=1):
        clip = speaker.render_text(text, language="en")
        samples = resample(np.asarray(clip.samples, np.float32).reshape(-1), int(clip.sample_rate), SAMPLE_RATE)
        sources.append((f"piper-{number}", np.concatenate([np.zeros(8000, np.float32), samples])))

    def whole(audio: Any, span: Any, padding: float) -> Any:
        lo, hi = max(0.0, span.start - padding), span.end + padding
        first = int(lo * SAMPLE_RATE)
        return decode_words(
            transcriber, audio[first : int(math.ceil(hi * SAMPLE_RATE))], language="en", offset=first / SAMPLE_RATE,
            prompt=prompt, speech=span, keep=(span.start - padding, hi),
        )  # fmt: skip

    def text(words: Any) -> str:
        return " ".join(normalize(" ".join(w.text for w in words)))

    rows: dict[str, list[list[str]]] = {}
    tails: list[tuple[float, float]] = []
    for name, audio in sources:
        group = "real" if name.endswith(".wav") else "piper"
        for span in detect_speech(audio):
            streamed, _passes, tail = stream_offline(
                transcriber, audio, span, language="en", prompt=prompt, interval=1.0, pad=pad
            )
            rows.setdefault(group, []).append(
                [text(whole(audio, span, pad)), text(streamed), text(whole(audio, span, 0.3))]
            )
            tails.append((span.duration + 2 * pad, tail))
    out: dict[str, Any] = {}
    for group, items in rows.items():
        refs = [r[0] for r in items]
        out[group] = {
            "segments": len(items),
            "words": sum(len(r.split()) for r in refs),
            "streamed": float(jiwer.wer(refs, [r[1] for r in items])),
            "noise": float(jiwer.wer(refs, [r[2] for r in items])),
        }
    long = [(whole_s, tail) for whole_s, tail in tails if whole_s >= 5.0]
    out["long_segments"] = len(long)
    out["tail_median"] = statistics.median(t for _w, t in long) if long else float("nan")
    out["whole_median"] = statistics.median(w for w, _t in long) if long else float("nan")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="simulated runs with streaming (and as many without)")
    parser.add_argument("--no-streaming", action="store_true")
    parser.add_argument("--no-speculative", action="store_true")
    parser.add_argument("--no-wer", action="store_true")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument(
        "--feedback-waits",
        default="0,60",
        help="seconds on the feedback before turn 2, per real-device flow ('' skips)",
    )
    args = parser.parse_args()
    waits = [float(w) for w in args.feedback_waits.split(",") if w.strip()]
    server = None
    if waits:  # the private PulseAudio server must be known before PortAudio starts (sounddevice import)
        from tests.helpers.pulse_server import PulseServer

        if PulseServer.missing():
            raise SystemExit(f"the real-device flows need PulseAudio: {PulseServer.missing()}")
        # started right before its flows: an idle server exits after 2 minutes
        server = PulseServer(Path(tempfile.mkdtemp(prefix="voicecoach-bench-pulse-")) / "xdg")
        os.environ["XDG_RUNTIME_DIR"] = server.env["XDG_RUNTIME_DIR"]
        os.environ["PULSE_RUNTIME_PATH"] = server.env["PULSE_RUNTIME_PATH"]

    os.environ.setdefault("VOICECOACH_HOME", tempfile.mkdtemp(prefix="voicecoach-bench-"))
    from voicecoach.adapters.audio_files import load_16k
    from voicecoach.adapters.library import find_scenario
    from voicecoach.adapters.piper_tts import Speaker
    from voicecoach.adapters.vad import detect_speech
    from voicecoach.adapters.whisper_stt import get_transcriber
    from voicecoach.core.vocabulary import reply_prompt
    from voicecoach.live.factory import LIVE_DECODE

    reply = load_16k(realspeech_dir() / REPLY)[int(REPLY_CUT[0] * 16000) : int(REPLY_CUT[1] * 16000)]
    speech_end = detect_speech(reply)[-1].end
    loaded = find_scenario(SCENARIO)
    transcriber = get_transcriber("tiny.en", language="en", decode=LIVE_DECODE)  # as the call decodes
    speaker = Speaker()
    speaker.render_step(loaded, loaded.scenario.turns[0])  # render (and cache) the line first
    transcriber.transcribe(reply[:16000], language="en")  # load the model before timing

    speculative = not args.no_speculative
    modes = [(NO_STREAMING, False, True)]
    if speculative and not args.no_streaming:
        modes = [(STREAMING, True, True), (JUDGED_AFTER, True, False), *modes]
    results = []
    for number in range(1, args.runs + 1):
        for mode, streaming, ahead in modes:  # alternated, so that all see the same load
            load_before = os.getloadavg()[0]
            result = one_run(speculative, transcriber, speaker, loaded, reply, speech_end, streaming, mode, ahead)
            result["load"] = load_before
            result["number"] = number
            results.append(result)
            print(
                f"run {number} ({mode}): speech end -> feedback "
                f"{result['speech_end_to_feedback']:.2f} s = silence {result['silence']:.2f} + decoding left "
                f"{result['decode_left']:.2f} + judge {result['judge']:.2f}; {result['decodes']} decodes "
                f"({result['decode_busy']:.1f} s busy, last {result['last_decode_seconds']:.1f} s of audio), "
                f"{result['words']:.0f} words, load {load_before:.1f}",
                flush=True,
            )
    wer = None
    if not args.no_wer and speculative:
        load_before = os.getloadavg()[0]
        wer = streamed_vs_whole(transcriber, speaker, reply_prompt(loaded.scenario, loaded.scenario.turns[0].id))
        wer["load"] = load_before
        print(f"streamed vs whole: {wer}", flush=True)
    flows = []
    if server is not None:
        from voicecoach.adapters.audio_files import write_audio

        reply_file = write_audio(Path(tempfile.mkdtemp(prefix="voicecoach-bench-")) / "reply.wav", reply, 16000)
        server.start()
        try:
            for wait in waits:
                load_before = os.getloadavg()[0]
                flow = pulse_flow(
                    wait, transcriber, speaker, loaded, reply_file, server, streaming=not args.no_streaming
                )
                flow["load"] = load_before
                flows.append(flow)
                for number, turn in enumerate(flow["turns"], start=1):
                    print(
                        f"real device, {wait:g} s on the feedback, turn {number}: line end -> Listening "
                        f"{turn['listening_lag']:.2f} s, speech end -> feedback {turn['speech_end_to_feedback']:.2f} s "
                        f"(turn end -> feedback {turn['turn_end_to_feedback']:.2f} s), "
                        f"CPU listening {100 * turn['listening_cpu']:.0f} %",
                        flush=True,
                    )
                print(f"  idle on the feedback: CPU {100 * flow['idle_cpu']:.1f} % of one core", flush=True)
        finally:
            server.stop()
    summary = summarize(results)
    for mode, values in summary.items():
        print(
            f"{mode}: speech end -> feedback median {values['speech_median']:.2f} s, p95 {values['speech_p95']:.2f} s; "
            f"turn end -> feedback median {values['turn_median']:.2f} s"
        )
    if not args.no_write:
        write_section(args, results, summary, transcriber, speech_end, flows, wer)
    return 0


def summarize(results: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Per mode (``STREAMING``, ``JUDGED_AFTER``, ``NO_STREAMING``): medians and p95 of the
    simulated runs, and the word error rate of each run's transcript against the first run
    without streaming."""
    import jiwer

    from voicecoach.core.text import normalize

    out: dict[str, dict[str, float]] = {}
    plain = [r for r in results if not r["streaming"]]
    reference = " ".join(normalize(plain[0]["text"])) if plain else None
    for mode in (STREAMING, JUDGED_AFTER, NO_STREAMING):
        rows = [r for r in results if r["mode"] == mode]
        if not rows:
            continue
        a = [r["speech_end_to_feedback"] for r in rows]
        out[mode] = {
            "speech_median": statistics.median(a),
            "speech_p95": p95(a),
            "speech_max": max(a),
            "turn_median": statistics.median(r["turn_end_to_feedback"] for r in rows),
            "silence": statistics.median(r["silence"] for r in rows),
            "decode_left": statistics.median(r["decode_left"] for r in rows),
            "judge": statistics.median(r["judge"] for r in rows),
            "load": statistics.mean(r["load"] for r in rows),
            "wer": float(jiwer.wer([reference] * len(rows), [" ".join(normalize(r["text"])) for r in rows]))
            if reference
            else float("nan"),
        }
    return out


def write_section(
    args: argparse.Namespace,
    results: list[dict[str, Any]],
    summary: dict[str, dict[str, float]],
    transcriber: Any,
    speech_end: float,
    flows: list[dict[str, Any]],
    wer: dict[str, Any] | None,
) -> None:
    from voicecoach.core.local_agreement import LOOKBACK
    from voicecoach.live.engine import EngineOptions

    options = EngineOptions()
    info = transcriber.info
    command = (
        ".venv/bin/python benchmarks/live_latency.py"
        + (f" --runs {args.runs}" if args.runs != 5 else "")
        + (" --no-streaming" if args.no_streaming else "")
        + (" --no-speculative" if args.no_speculative else "")
    )
    rows = "\n".join(
        f"| {r['number']} | {r['mode']} | {r['speech_end_to_feedback']:.2f} "
        f"| {r['silence']:.2f} | {r['decode_left']:.2f} | {r['judge']:.2f} | {r['turn_end_to_feedback']:.2f} "
        f"| {r['decodes']} | {r['decode_busy']:.1f} | {r['last_decode_seconds']:.1f} | {r['load']:.1f} |"
        for r in results
    )
    lines = []
    for mode, values in summary.items():
        lines.append(
            f"- **{mode}**: speech end -> feedback median **{values['speech_median']:.2f} s**, p95 "
            f"**{values['speech_p95']:.2f} s** (worst {values['speech_max']:.2f} s); medians of the parts: silence "
            f"{values['silence']:.2f} s, decoding left {values['decode_left']:.2f} s, judge {values['judge']:.2f} s; "
            f"transcript vs the first run without streaming: WER {100 * values['wer']:.1f} %; mean load {values['load']:.1f}."
        )
    text = f"""{SECTION}

Time from the end of a 10 s reply to the feedback (`TurnJudged`) in live practice, measured
with `{command}` on {dt.date.today().isoformat()} ({platform.machine()}, {os.cpu_count()} CPU cores,
Python {platform.python_version()}; other work on the machine: load average in the tables).

Set-up: the real call engine on a `SimulatedBackend` running in real time (32 ms blocks), the
customer's first line of `{SCENARIO}` (Piper), then a human reply, {REPLY_GAP} s after the line: `{REPLY}` from {REPLY_CUT[0]} s
to {REPLY_CUT[1]} s (a person reading; {speech_end:.2f} s from its start to the end of its speech, no pause
the VAD closes). Whisper {info.model} ({info.device}, {info.compute_type}, beam {info.decode.beam_size}), Silero VAD,
end of turn after {options.end_of_turn_silence} s of silence. **Streaming** (`EngineOptions.streaming`,
`voicecoach/live/streaming.py`): while the trainee speaks, the open segment is decoded in passes
(every {options.stream_interval:g} s of new speech when the one worker is free, at most {100 * options.stream_duty:.0f} % of the wall
time), the words two passes agree on are committed (LocalAgreement-2, Macháček et al. 2023), and
when the pause begins only the audio after the committed words (with {LOOKBACK:g} s look-back) is decoded.
Without streaming the open segment is decoded whole once a pause begins. The call's decoding
shows Whisper's encoder only the audio plus {transcriber.info.decode.encoder_margin:g} s of its padding
(`DecodeOptions.encoder_margin`, `adapters/whisper_window.py`; against the whole 30 s window: "Encoder
window" below). The call judges the reply in the pause (`EngineOptions.judge_ahead`): as soon as
the segment is transcribed, the turn is built as the silence rule will end it and judged in a thread
of its own, and the finished turn takes that judgement when it is built equal; "{JUDGED_AFTER}"
is the same call judging only after the end of the turn. The runs alternate the modes, so all
see the same load.

- **speech end -> feedback**: from the reply's last speech sample reaching the engine to the
  feedback. Its parts: **silence**, the {options.end_of_turn_silence} s the engine waits before it knows the reply is
  over (to `TraineeDone`; a block or two more); **decoding left**, Whisper still at work after
  that; **judge**, what follows the last decode and the end of the turn: saving the turn, and the
  judge when it had not judged the reply in the pause.
- **turn end -> feedback**: from `TraineeDone` to the feedback (decoding left + judge).
- **decodes**: Whisper runs in the turn, the seconds the worker was busy, and the audio the
  last one decoded.

| run | mode | speech end -> feedback (s) | silence (s) | decoding left (s) | judge (s) | turn end -> feedback (s) | decodes | busy (s) | last decode (s of audio) | load |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
{rows}

{chr(10).join(lines)}
"""
    if wer is not None:
        text += f"""
**Streamed vs whole** (`streaming.stream_offline`: the engine's passes, one per second, each
finished before the next; the scenario's prompt): every VAD segment of `en_jfk.wav`,
`en_license_read.wav` and `en_two_speakers_mono.wav` (real speech, {wer["real"]["segments"]} segments, {wer["real"]["words"]} words)
and of {len(PIPER_REPLIES)} Piper replies ({wer["piper"]["segments"]} segments, {wer["piper"]["words"]} words), Whisper tiny.en. Word error rate of the
streamed words against one decode of the segment: real speech **{100 * wer["real"]["streamed"]:.1f} %**, Piper
**{100 * wer["piper"]["streamed"]:.1f} %**; the noise of one decode (the same segment cut with 0.3 s of padding
instead of 0.2 s, against 0.2 s): {100 * wer["real"]["noise"]:.1f} % and {100 * wer["piper"]["noise"]:.1f} %. The last pass decoded
{wer["tail_median"]:.1f} s of audio (median of the {wer["long_segments"]} segments of 5 s or more, which whole are {wer["whole_median"]:.1f} s). Load {wer["load"]:.1f}.
"""
    if flows:
        # the call as it runs: the simulated runs of its mode, not the comparisons
        text += real_device_text(
            flows, [r for r in results if r["mode"] == (NO_STREAMING if args.no_streaming else STREAMING)]
        )
    doc_sections.write_section(SECTION, text)
    print(f"wrote the '{SECTION[3:]}' section of {doc_sections.DOC}")


def real_device_text(flows: list[dict[str, Any]], results: list[dict[str, float]]) -> str:
    """The real-device flows as a table, with the targets of issue 12."""
    rows = []
    lags, feedback, listening = [], [r["speech_end_to_feedback"] for r in results], []
    for flow in flows:
        for number, turn in enumerate(flow["turns"], start=1):
            lags.append(turn["listening_lag"])
            feedback.append(turn["speech_end_to_feedback"])
            listening.append(turn["listening_cpu"])
            idle = f"{100 * flow['idle_cpu']:.1f}" if number == 2 and flow["idle_cpu"] == flow["idle_cpu"] else "–"
            rows.append(
                f"| {flow['wait']:g} s | {number} | {turn['listening_lag']:.2f} | {turn['speech_end_to_feedback']:.2f} "
                f"| {100 * turn['listening_cpu']:.0f} | {idle} | {flow['load']:.1f} |"
            )
    idles = [f["idle_cpu"] for f in flows if f["idle_cpu"] == f["idle_cpu"]]
    return f"""
### Real device: the feedback screen, then the next turn

The engine as the TUI drives it (a thread, `pause_after_turn`, `next()` after the feedback) on
the real `SoundDeviceBackend` of a private PulseAudio server (null sinks, DEVELOPERS.md), the
same reply played into the virtual microphone with `paplay` {REPLY_GAP} s after "Listening"; turn 2
follows after the time on the feedback in the first column. **line end -> Listening**: from the
customer's last sample at the DAC (the backend's stream clock) to `StateChanged("listening")`
(target <= 0.2 s). **speech end -> feedback**: from the reply's last speech (as the VAD placed
it on the stream clock) to `TurnJudged` (target <= 1.0 s at p95). **CPU**: the whole process
(`time.process_time`, all threads), in % of one core, while listening (line end to end of reply,
with the VAD and Whisper at work) and while idle on the feedback (target <= 15 %).

| feedback | turn | line end -> Listening (s) | speech end -> feedback (s) | CPU listening (%) | CPU idle on feedback (%) | load |
| --- | --- | --- | --- | --- | --- | --- |
{chr(10).join(rows)}

Worst line end -> Listening **{max(lags):.2f} s**; speech end -> feedback at p95 (the call's
runs above, simulated and real device) **{p95(feedback):.2f} s**; CPU idle on the feedback
**{max(idles) * 100 if idles else float("nan"):.1f} %** of one core (while listening at most {100 * max(listening):.0f} %).
Before issue 12 the one duplex PortAudio stream ran at 0.57-0.76 of real time through PulseAudio
with its thread at 33-70 % of a core, so "Listening" came 15-26 s late after 30-60 s on the feedback.
When the load average (last column) is far above the 2 cores, speech end -> feedback measures the
queue for the CPU (Whisper and the judge get a fraction of a core; on an idle machine the same set-up
measured 0.89 s median on 2026-11-24); compare it only between runs at a similar load. The lag to
"Listening" and the idle CPU do not depend on the load.
"""


if __name__ == "__main__":
    raise SystemExit(main())
