"""The end of the reply: the end-of-turn gate (Smart Turn v3.2 + transcript) against the silence rule (issue 12).

Replies (each followed by 3 s of silence), German and English:

- synthesized: English by Piper ``en_US-joe-medium``; German by SVOX Pico ``de-DE`` (the app's
  German stand-in voice) and, as a second set, by espeak-ng ``de``;
- real speech (shared/realspeech): ``en_jfk.wav``, ``en_license_read.wav``, ``de_license_read.wav``.

Kinds:

- **finished**: one or two whole sentences, then silence;
- **comma**: a sentence with a comma, whose pause at the comma (the voice's own continuation
  intonation; in real speech the speaker's) is set to each of :data:`PAUSES`;
- **hesitation**: a sentence broken after a conjunction, article or preposition ("I have checked
  your account and [pause] the payment arrived on Monday."), each part spoken on its own (so the
  first part ends with a falling voice: the hard case for a model that only listens);
- **natural**: real speech with the speaker's own pauses (JFK's 1.09 s "ask not ...").

Pauses shorter than the silence rule's 0.8 s: a reply the silence rule keeps; 1.2 s: a trainee who
pauses to think, which the silence rule cuts.

**Halves.** Every source sentence (and every insertion point in real speech) goes, with all its
pause lengths and voices, to the tuning or to the held-out half, alternately within its language
and kind. The gate is chosen on the tuning half only; the held-out half is reported separately.

**Tuning** (offline, tuning half): per reply, the VAD's segments (the engine's streaming Silero
VAD), the model's probability at each pause after ``min_pause`` s, and the transcript of the reply
up to each pause (Whisper as the live call: ``tiny.en`` / ``base``, each segment on its own, as
the engine transcribes them), then every gate of the grid simulated: no reply cut that the
silence rule keeps, then the lowest p95 end of speech -> end of turn for finished replies.

**Decision pass** (the held-out half, virtual clock, deterministic): the real call engine on a
``SimulatedBackend`` with the real VAD, once with the silence rule alone (0.8 s), once with
the chosen gate (the transcript of each segment ready when it is asked: the worst case for cuts).
**cut** = the turn ended before the reply's last speech. Latency = the turn clock from the last
speech to ``TraineeDone``; the model's computing time is reported apart. pipecat's plain use of
the model (asked after 0.3 s, finished above 0.5, no transcript) is simulated from the features.

**Real-time pass** (the English finished replies, ``--realtime-runs`` each): the same engine on a
``SimulatedBackend`` in real time (32 ms blocks) with Whisper tiny.en, speculative transcription
and the judge; end of speech -> feedback (``TurnJudged``) in wall-clock time, silence rule against
the gate. Target of issue 12: <= 0.6 s at p95.

Writes the "End of turn" section of ``docs/benchmarks.md`` unless ``--no-write``.

Usage: ``.venv/bin/python benchmarks/end_of_turn.py [--realtime-runs 2] [--no-write]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import itertools
import json
import math
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import doc_sections  # noqa: E402

from voicecoach.core.end_of_turn import EndOfTurnRule  # noqa: E402

SR = 16_000
SECTION = "## End of turn"
PAUSES = (0.4, 0.6, 1.2)
SILENCE = 0.8  # the silence rule (EngineOptions.end_of_turn_silence)
AT = 4.2  # the reply starts here on the turn clock (the customer's line ends ~3.4 s)
PIPECAT = EndOfTurnRule(min_pause=0.3, finish_above=0.5, wait_below=0.5, transcript_gate=False)
GRID_PAUSE = (0.3, 0.4, 0.5, 0.6)
GRID_FINISH = (0.5, 0.7, 0.8, 0.9, 0.95, 0.98)
GRID_WAIT = (0.1, 0.3, 0.5)

FINISHED = {
    "en": [
        "I'm sorry the parcel is late. I'll send a new one today.",
        "Your order number is four five seven two.",
        "I can offer you a refund of twenty euros.",
        "Let me check that for you right now.",
        "The technician will come on Friday morning.",
        "Thank you for waiting. Your contract ends in March.",
        "I understand that this is frustrating for you.",
        "The new card will arrive within five working days.",
        "You will get a confirmation by email.",
        "I have cancelled the second payment.",
        "Could you tell me your customer number, please?",
        "I have booked the appointment for Tuesday at ten.",
    ],
    "de": [
        "Das tut mir leid. Ich schicke Ihnen heute ein neues Paket.",
        "Ihre Bestellnummer ist vier fünf sieben zwei.",
        "Ich kann Ihnen zwanzig Euro erstatten.",
        "Ich sehe mir das sofort für Sie an.",
        "Der Techniker kommt am Freitagvormittag.",
        "Danke fürs Warten. Ihr Vertrag endet im März.",
        "Ich verstehe, dass das ärgerlich für Sie ist.",
        "Die neue Karte kommt in fünf Werktagen bei Ihnen an.",
        "Sie bekommen eine Bestätigung per E-Mail.",
        "Ich habe die zweite Abbuchung storniert.",
        "Können Sie mir bitte Ihre Kundennummer nennen?",
        "Ich habe den Termin für Dienstag um zehn gebucht.",
    ],
}
COMMA = {
    "en": [
        "So the new delivery date, as far as I can see, is next Friday.",
        "I have checked your account, and the payment arrived on Monday.",
        "If you send me the photo, I can open a claim for you.",
        "When the technician arrives, he will call you first.",
        "As soon as the refund is approved, you will get an email.",
        "Unfortunately, the parcel was sent to your old address.",
    ],
    "de": [
        "Also der neue Liefertermin, soweit ich das sehe, ist nächster Freitag.",
        "Ich habe Ihr Konto geprüft, und die Zahlung kam am Montag an.",
        "Wenn Sie mir das Foto schicken, kann ich eine Reklamation eröffnen.",
        "Wenn der Techniker kommt, ruft er Sie vorher an.",
        "Sobald die Erstattung genehmigt ist, bekommen Sie eine E-Mail.",
        "Leider wurde das Paket an Ihre alte Adresse geschickt.",
    ],
}
HESITATION = {
    "en": [
        ("I have checked your account and", "the payment arrived on Monday."),
        ("The parcel is now with the", "courier in your town."),
        ("You can return it because", "it arrived damaged."),
        ("I will send you a copy of", "the invoice by email."),
        ("We can offer you a refund or", "a new device."),
        ("The technician comes on Friday, but", "he will call you before."),
    ],
    "de": [
        ("Ich habe Ihr Konto geprüft und", "die Zahlung kam am Montag an."),
        ("Das Paket ist jetzt beim", "Zusteller in Ihrer Stadt."),
        ("Sie können es zurückschicken, weil", "es beschädigt ankam."),
        ("Ich schicke Ihnen eine Kopie der", "Rechnung per E-Mail."),
        ("Wir können Ihnen das Geld erstatten oder", "ein neues Gerät schicken."),
        ("Der Techniker kommt am Freitag, aber", "er ruft Sie vorher an."),
    ],
}
#: Real speech: (file, language, clip start, clip end, [(insertion point s, kind), ...]) - the
#: clip ends after a sentence; the points are word ends from a Whisper pass (a comma or a
#: conjunction), where the clip gets each pause of PAUSES.
REAL = [
    ("en_license_read", "en", 21.0, 29.2, [(22.76, "comma"), (24.60, "hesitation"), (27.58, "hesitation")]),
    ("en_license_read", "en", 0.0, 11.0, [(2.54, "comma"), (5.36, "hesitation"), (8.82, "comma")]),
    ("de_license_read", "de", 0.6, 11.6, [(1.38, "comma"), (3.02, "hesitation"), (5.76, "comma"), (8.76, "comma")]),
    ("de_license_read", "de", 12.0, 29.9, [(14.22, "comma"), (23.72, "hesitation"), (26.16, "hesitation")]),
]
#: Real speech as it was spoken: (name, file, language, kind, start, end).
REAL_AS_SPOKEN = [
    ("en-real-jfk-finished", "en_jfk", "en", "finished", 7.9, 11.0),
    ("en-real-jfk-natural", "en_jfk", "en", "natural", 3.1, 11.0),
    ("en-real-lic-notice", "en_license_read", "en", "finished", 23.0, 25.7),
    ("en-real-lic-software", "en_license_read", "en", "finished", 25.7, 29.2),
    ("en-real-lic-conditions", "en_license_read", "en", "natural", 21.0, 25.7),
    ("en-real-lic-notice-shall", "en_license_read", "en", "natural", 23.0, 29.2),
    ("de-real-lic-first", "de_license_read", "de", "finished", 0.6, 11.6),
    ("de-real-lic-second", "de_license_read", "de", "finished", 12.0, 29.9),
    ("de-real-lic-both", "de_license_read", "de", "natural", 0.6, 29.9),
]


@dataclass
class Reply:
    name: str
    language: str
    voice: str  # piper | pico | espeak | real
    kind: str  # finished | comma | hesitation | natural
    pause: float | None  # seconds of the set pause (comma, hesitation)
    half: str  # tuning | held-out
    audio: np.ndarray
    speech_end: float = 0.0  # last speech in the reply (VAD), seconds from its start
    spans: tuple = ()
    features: list = field(default_factory=list)  # per pause: dict(pause, end, text, p={min_pause: p})


def realspeech_dir() -> Path:
    for candidate in (os.environ.get("VOICECOACH_REALSPEECH", ""), str(REPO.parent / "shared" / "realspeech")):
        if candidate and (Path(candidate) / "en_jfk.wav").is_file():
            return Path(candidate)
    raise SystemExit("shared/realspeech not found: set VOICECOACH_REALSPEECH")


def speak(text: str, language: str, voice: str, speaker: Any) -> np.ndarray:
    """``text`` in ``voice`` (piper/pico/espeak), float32 16 kHz, quiet edges trimmed to 30 ms."""
    from voicecoach.adapters import espeak_tts, pico_tts
    from voicecoach.core.audio_ops import resample

    if voice == "pico":
        samples, rate = pico_tts.synthesize(text, pico_tts.PicoVoice(language))
    elif voice == "espeak":
        samples, rate = espeak_tts.synthesize(text, espeak_tts.espeak_voice(language))
    else:
        clip = speaker.render_text(text, language=language, voice="en_US-joe-medium")
        samples, rate = clip.samples, clip.sample_rate
    samples = np.asarray(samples, np.float32).reshape(-1)
    samples = resample(samples, rate, SR) if rate != SR else samples
    loud = np.flatnonzero(np.abs(samples) > 0.01 * np.abs(samples).max())
    margin = int(0.03 * SR)
    return samples[max(0, loud[0] - margin) : loud[-1] + margin]


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


def quietest(audio: np.ndarray, at: float, reach: float = 0.15) -> int:
    """The sample in the quietest 10 ms frame within ``reach`` s of ``at`` s (a word boundary)."""
    frame = SR // 100
    lo, hi = int((at - reach) * SR), int((at + reach) * SR)
    best = min(range(lo, hi - frame, frame // 2), key=lambda i: float(np.mean(audio[i : i + frame] ** 2)))
    return best + frame // 2


def build_replies(speaker: Any) -> list[Reply]:
    from voicecoach.adapters.audio_files import load_16k

    replies: list[Reply] = []
    counter: dict[tuple[str, str], int] = {}

    def half(language: str, kind: str) -> str:
        n = counter.get((language, kind), 0)
        counter[(language, kind)] = n + 1
        return "tuning" if n % 2 == 0 else "held-out"

    def gap(seconds: float) -> np.ndarray:
        return np.zeros(int(round(seconds * SR)), np.float32)

    for language, voices in (("en", ("piper",)), ("de", ("pico", "espeak"))):
        for i, text in enumerate(FINISHED[language]):
            side = half(language, "finished")
            for voice in voices:
                audio = speak(text, language, voice, speaker)
                replies.append(
                    Reply(f"{language}-{voice}-finished-{i + 1}", language, voice, "finished", None, side, audio)
                )
        for i, text in enumerate(COMMA[language]):
            side = half(language, "comma")
            for voice in voices:
                spoken = speak(text, language, voice, speaker)
                first, last = comma_pause(spoken)
                for pause in PAUSES:
                    audio = np.concatenate([spoken[:first], gap(pause), spoken[last:]])
                    replies.append(
                        Reply(f"{language}-{voice}-comma-{i + 1}", language, voice, "comma", pause, side, audio)
                    )
        for i, (before, after) in enumerate(HESITATION[language]):
            side = half(language, "hesitation")
            for voice in voices:
                one, two = speak(before, language, voice, speaker), speak(after, language, voice, speaker)
                for pause in PAUSES:
                    replies.append(
                        Reply(
                            f"{language}-{voice}-hesitation-{i + 1}", language, voice, "hesitation", pause, side,
                            np.concatenate([one, gap(pause), two]),
                        )
                    )  # fmt: skip
    folder = realspeech_dir()
    for k, (file, language, start, end, points) in enumerate(REAL):
        audio = load_16k(folder / f"{file}.wav")
        for at, kind in points:
            side = half(language, "real-" + kind)
            cut = quietest(audio, at)
            for pause in PAUSES:
                clip = np.concatenate([audio[int(start * SR) : cut], gap(pause), audio[cut : int(end * SR)]])
                name = f"{language}-real-{kind}-{k + 1}@{at:.1f}"
                replies.append(Reply(name, language, "real", kind, pause, side, clip))
    for name, file, language, kind, start, end in REAL_AS_SPOKEN:
        audio = load_16k(folder / f"{file}.wav")[int(start * SR) : int(end * SR)]
        replies.append(Reply(name, language, "real", kind, None, half(language, "real-" + kind), audio))
    tail = gap(3.0)
    for reply in replies:
        reply.audio = np.concatenate([reply.audio, tail])
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


class Remembering:
    """Whisper (the app's model per language), each distinct piece of audio transcribed once."""

    def __init__(self) -> None:
        from voicecoach.adapters.whisper_stt import get_transcriber

        self._get = get_transcriber
        self._cache: dict[tuple, tuple] = {}
        self.info = None
        self.seconds: list[float] = []

    def transcribe(self, samples: np.ndarray, *, language: str | None, offset: float = 0.0, prompt: str | None = None):
        from voicecoach.core.timeline import Word

        samples = np.asarray(samples, np.float32)
        key = (language, prompt, len(samples), hashlib.sha1(samples.tobytes()).hexdigest())
        if key not in self._cache:
            started = time.perf_counter()
            words = self._get(language=language).transcribe(samples, language=language, prompt=prompt)
            self.seconds.append(time.perf_counter() - started)
            self._cache[key] = tuple((w.text, w.start, w.end) for w in words)
        return tuple(Word(text, start + offset, end + offset) for text, start, end in self._cache[key])


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


def features(reply: Reply, model: Timed, whisper: Remembering, folder: Path) -> None:
    """The VAD's segments, and per pause the model's probability after each ``GRID_PAUSE`` and the
    transcript so far (each segment transcribed as the engine does: its own audio, 0.2 s pad, the
    scenario's prompt)."""
    from voicecoach.adapters.vad import detect_speech
    from voicecoach.core.vocabulary import reply_prompt

    lead = np.zeros(int(AT * SR), np.float32)
    audio = np.concatenate([lead, reply.audio])  # as the engine's microphone hears it
    spans = [s for s in detect_speech(audio) if s.end > AT]
    reply.spans = tuple(spans)
    reply.speech_end = spans[-1].end - AT
    loaded = scenario(reply.language, folder)
    prompt = reply_prompt(loaded.scenario, "first")
    words: list[str] = []
    for i, span in enumerate(spans):
        lo, hi = max(0, int((span.start - 0.2) * SR)), int(math.ceil((span.end + 0.2) * SR))
        piece = whisper.transcribe(audio[lo:hi], language=reply.language, offset=lo / SR, prompt=prompt)
        words += [w.text for w in piece if span.start - 0.2 <= (w.start + w.end) / 2 <= span.end + 0.2]
        pause = spans[i + 1].start - span.end if i + 1 < len(spans) else math.inf
        first = spans[0].start
        probabilities = {}
        for wait in GRID_PAUSE:
            if pause < wait:
                continue
            now = span.end + wait
            start = max(0, int(max(first - 0.5, now - 8.0) * SR))
            probabilities[wait] = model.probability(audio[start : int(now * SR)])
        reply.features.append({"pause": pause, "text": " ".join(words).strip(), "p": probabilities})


def simulate(reply: Reply, rule: EndOfTurnRule) -> tuple[bool, float]:
    """(cut, end of speech -> end of turn) of ``reply`` under ``rule``, from its features: the
    engine's logic with the transcript ready when the model is asked."""
    for f in reply.features:
        pause = f["pause"]
        if pause >= rule.min_pause and rule.min_pause in f["p"]:
            verdict = rule.verdict(f["p"][rule.min_pause], f["text"], reply.language)
            bound = {"finished": rule.min_pause, "unsure": SILENCE, "unfinished": rule.upper_bound(SILENCE)}[verdict]
        else:
            bound = SILENCE
        if pause >= bound:
            return math.isfinite(pause), bound
    raise AssertionError("unreachable: the last pause is endless")


def silence_cut(reply: Reply) -> bool:
    return any(math.isfinite(f["pause"]) and f["pause"] >= SILENCE for f in reply.features)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]


def tune(replies: list[Reply]) -> tuple[dict[str, EndOfTurnRule], list[str]]:
    """Per language, the gate of the grid with no reply cut that the silence rule keeps and the
    lowest (p95, p50) latency on finished replies; ties go to the stricter gate."""
    chosen: dict[str, EndOfTurnRule] = {}
    log: list[str] = []
    for language in ("en", "de"):
        mine = [r for r in replies if r.language == language]
        best: tuple | None = None
        for wait_pause, finish, wait, gate in itertools.product(GRID_PAUSE, GRID_FINISH, GRID_WAIT, (True, False)):
            if wait > finish:
                continue
            rule = EndOfTurnRule(min_pause=wait_pause, finish_above=finish, wait_below=wait, transcript_gate=gate)
            outcomes = [(r, *simulate(r, rule)) for r in mine]
            worse = sum(cut and not silence_cut(r) for r, cut, _ in outcomes)
            kept = sum(not cut and silence_cut(r) for r, cut, _ in outcomes)
            latency = [lat for r, cut, lat in outcomes if r.kind == "finished" and not cut]
            score = (
                worse,
                round(p95(latency), 3),
                round(statistics.median(latency), 3),
                -kept,
                -finish,
                -wait_pause,
                -gate,
            )
            if best is None or score < best[0]:
                best = (score, rule)
        assert best is not None
        chosen[language] = best[1]
        score = best[0]
        log.append(
            f"{language}: min_pause {best[1].min_pause:g} s, finish_above {best[1].finish_above:g}, wait_below "
            f"{best[1].wait_below:g}, transcript {'yes' if best[1].transcript_gate else 'no'}: {score[0]} cut more than "
            f"the silence rule, {-score[3]} kept that it cuts, finished p95 {score[1]:.2f} s, p50 {score[2]:.2f} s"
        )
    return chosen, log


class SyncEngine:
    """Builds a CallEngine whose transcriptions finish before the next block (no speculation):
    the transcript of every closed segment is ready when the model is asked."""

    @staticmethod
    def make(*args: Any, **kwargs: Any) -> Any:
        from voicecoach.live.engine import CallEngine

        class _Sync(CallEngine):
            def _transcribe_later(self, turn: Any, start: float, end: float) -> Any:
                future = super()._transcribe_later(turn, start, end)
                future.exception()  # waits
                return future

        return _Sync(*args, **kwargs)


def decide(
    reply: Reply, model: Any, rule: EndOfTurnRule, transcriber: Any, folder: Path, speech: dict[str, np.ndarray]
) -> dict[str, Any]:
    """One reply on the virtual clock: the engine's decision."""
    from tests.helpers.speech_fakes import FakeSpeaker
    from voicecoach.live import events as ev
    from voicecoach.live.engine import EngineOptions
    from voicecoach.live.simulated import SimulatedBackend, SimulatedReply

    events: list[Any] = []
    engine = SyncEngine.make(
        scenario(reply.language, folder), SimulatedBackend(replies=[SimulatedReply(reply.audio, at=AT, turn=1)]),
        FakeSpeaker(speech), transcriber, on_event=events.append,
        options=EngineOptions(recordings_dir=folder, max_turns=1, speculative=False, end_of_turn_rule=rule),
        end_of_turn=model,
    )  # fmt: skip
    engine.run()
    done = next(e for e in events if isinstance(e, ev.TraineeDone))
    judged = next(e for e in events if isinstance(e, ev.TurnJudged))
    spans = judged.result.turn.trainee.speech
    true_end = AT + reply.speech_end
    kept_end = spans[-1].end if spans else 0.0
    return {"cut": kept_end < true_end - 0.2, "reason": done.reason, "latency": done.time - kept_end}


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


def realtime(
    reply: Reply, model: Any, rule: EndOfTurnRule, transcriber: Any, folder: Path, speech: dict[str, np.ndarray]
) -> float:
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
        trainee_script=script, options=EngineOptions(recordings_dir=folder, max_turns=1, end_of_turn_rule=rule),
        end_of_turn=model,
    )  # fmt: skip
    engine.run()
    return judged["wall"] - backend.wall_of(judged["line_start"] + AT + reply.speech_end)


def customer_speech() -> dict[str, np.ndarray]:
    from voicecoach.adapters.audio_files import load_16k

    lic = load_16k(realspeech_dir() / "en_license_read.wav")
    silence = np.zeros(int(0.3 * SR), np.float32)
    return {
        "line": np.concatenate([lic[int(1.6 * SR) : int(5.0 * SR)], silence]),
        "protest": lic[int(23.0 * SR) : int(24.5 * SR)],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--realtime-runs", type=int, default=2, help="real-time runs per English finished reply")
    parser.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    parser.add_argument("--limit", type=int, default=0, help="only every n-th reply (a quick try)")
    parser.add_argument("--features", type=Path, help="also write each reply's tuning features here (JSON)")
    parser.add_argument(
        "--realtime-only", action="store_true", help="only the real-time pass, with the default EndOfTurnRule()"
    )
    args = parser.parse_args()
    if args.realtime_only:
        return realtime_only(args.realtime_runs or 2)

    from voicecoach.adapters.end_of_turn import SmartTurn
    from voicecoach.adapters.piper_tts import Speaker
    from voicecoach.adapters.whisper_stt import get_transcriber
    from voicecoach.live.factory import LIVE_DECODE

    load_start = os.getloadavg()
    started = time.monotonic()
    model = Timed(SmartTurn())
    whisper = Remembering()
    speech = customer_speech()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        replies = build_replies(Speaker(cache_dir=folder / "tts"))
        if args.limit:
            replies = replies[:: args.limit]
        print(f"{len(replies)} replies", flush=True)
        for n, reply in enumerate(replies):
            features(reply, model, whisper, folder)
            print(
                f"{time.strftime('%H:%M:%S')} [{n + 1}/{len(replies)}] {reply.name} {reply.pause} {reply.features}",
                flush=True,
            )
        if args.features:
            args.features.write_text(
                json.dumps(
                    [
                        {k: getattr(r, k) for k in ("name", "language", "voice", "kind", "pause", "half")}
                        | {"features": [f | {"p": {str(k): v for k, v in f["p"].items()}} for f in r.features]}
                        for r in replies
                    ],
                    default=str,
                ),
                encoding="utf-8",
            )
        tuning = [r for r in replies if r.half == "tuning"]
        chosen, tuning_log = tune(tuning)
        print("\n".join(tuning_log), flush=True)
        rows = []
        for reply in replies:
            rule = chosen[reply.language]
            cut, latency = simulate(reply, PIPECAT)
            outcome: dict[str, dict[str, Any]] = {"pipecat": {"cut": cut, "latency": latency, "reason": "simulated"}}
            if reply.half == "tuning":  # the tuning half: simulated from its features (as tuned)
                cut, latency = simulate(reply, rule)
                outcome["gate"] = {"cut": cut, "latency": latency, "reason": "simulated"}
                plain = silence_cut(reply)
                outcome["silence"] = {"cut": plain, "latency": SILENCE, "reason": "simulated"}
            else:  # the held-out half: the real engine
                outcome["silence"] = decide(reply, None, rule, whisper, folder, speech)
                outcome["gate"] = decide(reply, model, rule, whisper, folder, speech)
            rows.append((reply, outcome))
            print(
                f"{time.strftime('%H:%M:%S')} {reply.name:34} {reply.half:8} {reply.kind:10} {reply.pause or 0:.1f} "
                + " ".join(
                    f"{k}: {'CUT' if o['cut'] else 'kept'} {o['latency']:.2f}s {o['reason']}"
                    for k, o in outcome.items()
                ),
                flush=True,
            )
        live: dict[str, list[float]] = {"silence": [], "gate": []}
        load_live = os.getloadavg()
        if args.realtime_runs:
            transcriber = get_transcriber(language="en", decode=LIVE_DECODE)  # as the call decodes
            transcriber.transcribe(replies[0].audio[:SR], language="en")  # load before timing
            english = [r for r in replies if r.language == "en" and r.kind == "finished"]
            for _ in range(args.realtime_runs):
                for reply in english:
                    for mode, end_of_turn in (("silence", None), ("gate", model)):
                        live[mode].append(realtime(reply, end_of_turn, chosen["en"], transcriber, folder, speech))
                        print(
                            f"real time {mode:7} {reply.name:24} {live[mode][-1]:.2f}s load {os.getloadavg()[0]:.1f}",
                            flush=True,
                        )
    load_end = os.getloadavg()
    text = section(rows, chosen, tuning_log, live, model, whisper, (load_start, load_live, load_end), args, started)
    print(text)
    if not args.no_write:
        path = REPO / "docs" / "benchmarks.md"
        doc_sections.write_section(SECTION, text, path)
        print(f"wrote the '{SECTION[3:]}' section of {path}")
    return 0


def realtime_only(runs: int) -> int:
    """The real-time pass alone (English finished replies, silence rule against ``EndOfTurnRule()``)."""
    from voicecoach.adapters.end_of_turn import SmartTurn
    from voicecoach.adapters.piper_tts import Speaker
    from voicecoach.adapters.vad import detect_speech
    from voicecoach.adapters.whisper_stt import get_transcriber
    from voicecoach.live.factory import LIVE_DECODE

    model, speech, rule = SmartTurn(), customer_speech(), EndOfTurnRule()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        speaker = Speaker(cache_dir=folder / "tts")
        replies = []
        for i, text in enumerate(FINISHED["en"]):
            audio = np.concatenate([speak(text, "en", "piper", speaker), np.zeros(3 * SR, np.float32)])
            replies.append(Reply(f"en-piper-finished-{i + 1}", "en", "piper", "finished", None, "", audio))
        for reply in replies:
            reply.speech_end = detect_speech(reply.audio)[-1].end
        transcriber = get_transcriber(language="en", decode=LIVE_DECODE)  # as the call decodes
        transcriber.transcribe(replies[0].audio[:SR], language="en")  # load before timing
        live: dict[str, list[float]] = {"silence": [], "gate": []}
        load_start = os.getloadavg()
        for _ in range(runs):
            for reply in replies:
                for mode, end_of_turn in (("silence", None), ("gate", model)):
                    live[mode].append(realtime(reply, end_of_turn, rule, transcriber, folder, speech))
                    print(f"real time {mode:7} {reply.name:24} {live[mode][-1]:.2f}s load {os.getloadavg()[0]:.1f}")
    for mode, values in live.items():
        print(f"{mode}: p50 {statistics.median(values):.2f} s, p95 {p95(values):.2f} s (n={len(values)})")
    print(f"load average {load_start[0]:.1f} at the start, {os.getloadavg()[0]:.1f} at the end; rule {rule}")
    return 0


def summary_table(rows: list, half: str) -> str:
    lines = [
        "| language | voice | kind | replies | cut: silence | cut: pipecat 0.5 | cut: gate | cut by gate, kept by silence "
        "| latency p50 / p95 (s): silence | pipecat 0.5 | gate |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]

    def lat(chosen: list, key: str) -> str:
        values = [o[key]["latency"] for _, o in chosen if not o[key]["cut"]]
        return f"{statistics.median(values):.2f} / {p95(values):.2f}" if values else "–"

    groups: list[tuple[str, str, str, Callable[[Reply], bool]]] = []
    for language in ("en", "de"):
        voices = ("piper", "real") if language == "en" else ("pico", "espeak", "real")
        for kind in ("finished", "comma", "hesitation", "natural"):
            for voice in voices + ("all",):
                groups.append((language, voice, kind, lambda r, v=voice: v == "all" or r.voice == v))
    for language, voice, kind, pick in groups:
        chosen = [(r, o) for r, o in rows if r.half == half and r.language == language and r.kind == kind and pick(r)]
        if not chosen or (voice == "all" and len({r.voice for r, _ in chosen}) < 2):
            continue
        worse = [
            r.name + (f" ({r.pause:g} s)" if r.pause else "")
            for r, o in chosen
            if o["gate"]["cut"] and not o["silence"]["cut"]
        ]
        lines.append(
            f"| {language} | {voice} | {kind} | {len(chosen)} | {sum(o['silence']['cut'] for _, o in chosen)} "
            f"| {sum(o['pipecat']['cut'] for _, o in chosen)} | {sum(o['gate']['cut'] for _, o in chosen)} "
            f"| {', '.join(worse) if worse else 'none'} | {lat(chosen, 'silence')} | {lat(chosen, 'pipecat')} "
            f"| **{lat(chosen, 'gate')}** |"
        )
    return "\n".join(lines)


def section(
    rows: list,
    chosen: dict,
    tuning_log: list,
    live: dict,
    model: Timed,
    whisper: Remembering,
    loads: tuple,
    args: Any,
    started: float,
) -> str:
    walls = [c[1] for c in model.calls]
    cpus = [c[2] for c in model.calls]
    whisper_s = whisper.seconds or [0.0]
    lines = {mode: f"{statistics.median(v):.2f} / {p95(v):.2f} (n={len(v)})" if v else "–" for mode, v in live.items()}
    counts = {h: sum(r.half == h for r, _ in rows) for h in ("tuning", "held-out")}
    worse_all = {
        h: [
            r.name + (f" ({r.pause:g} s)" if r.pause else "")
            for r, o in rows
            if r.half == h and o["gate"]["cut"] and not o["silence"]["cut"]
        ]
        for h in ("tuning", "held-out")
    }
    gates = "\n".join(f"- {line}" for line in tuning_log)
    return f"""{SECTION}

When the trainee's reply is over: the plain silence rule (0.8 s of silence), pipecat's plain use of
Smart Turn v3.2 (asked after a 0.3 s pause, finished above 0.5, else up to 2.0 s of silence), and
the gate (`EndOfTurnRule.verdict`: the model asked after `min_pause`, finished above `finish_above`
only when the transcript so far does not end in mid-sentence, unfinished below `wait_below` or on
such a transcript (up to 2.0 s), the silence rule in between). Measured with `.venv/bin/python
benchmarks/end_of_turn.py --realtime-runs {args.realtime_runs}` on {dt.date.today().isoformat()} ({platform.machine()},
{os.cpu_count()} CPU cores, Python {platform.python_version()}; load average {loads[0][0]:.1f} at the start,
{loads[1][0]:.1f} before the real-time pass, {loads[2][0]:.1f} at the end; {(time.monotonic() - started) / 60:.0f} min).

Replies: English by Piper `en_US-joe-medium`, German by SVOX Pico `de-DE` and espeak-ng `de`,
real English and German speech (shared/realspeech: JFK, the MIT licence read in both languages,
pauses set at commas and after conjunctions found by a Whisper pass); kinds: **finished** (whole
sentences), **comma** (the comma's pause set to {", ".join(f"{p:g}" for p in PAUSES)} s), **hesitation** (broken after a
conjunction, article or preposition, the parts spoken apart: a falling voice before the pause),
**natural** (real speech as spoken). Every source sentence goes with all its pauses and voices to
one half: {counts["tuning"]} replies to tune on, {counts["held-out"]} held out. **cut** = the turn ended before the reply's
last speech. Latency = end of speech -> end of turn on the turn clock (virtual, deterministic;
the transcript of each closed segment ready when the model is asked, the worst case for cuts).
Held-out half: silence rule and gate by the real engine; tuning half and "pipecat 0.5": simulated
from the features (the engine's logic, the same VAD segments).

**The gate chosen on the tuning half** (grid: min_pause {GRID_PAUSE}, finish_above {GRID_FINISH},
wait_below {GRID_WAIT}, transcript or not; no reply cut that the silence rule keeps, then the lowest
p95 / p50 latency on finished replies, ties to the stricter gate):

{gates}

### Tuning half

{summary_table(rows, "tuning")}

Replies the gate cut that the silence rule kept: **{", ".join(worse_all["tuning"]) or "none"}**.

### Held-out half

{summary_table(rows, "held-out")}

Replies the gate cut that the silence rule kept: **{", ".join(worse_all["held-out"]) or "none"}**.

Model computing time per call (one onnxruntime thread, features included): wall median
{statistics.median(walls) * 1000:.0f} ms, p95 {p95(walls) * 1000:.0f} ms; CPU median {statistics.median(cpus) * 1000:.0f} ms
(pipecat quotes about 10 ms on an idle desktop CPU); it comes on top of the virtual latencies
above. Whisper per segment (tiny.en / base, CPU int8): median {statistics.median(whisper_s):.2f} s, p95 {p95(whisper_s):.2f} s.

**Real time, English finished replies** (`SimulatedBackend` in real time, 32 ms blocks, Whisper
tiny.en, speculative transcription, the judge; the gate chosen for English): end of speech ->
feedback (`TurnJudged`), wall-clock, p50 / p95: silence rule {lines["silence"]} s; with the gate
**{lines["gate"]} s** (target of issue 12: <= 0.6 s at p95; load average {loads[1][0]:.1f} -> {loads[2][0]:.1f}).
"""


if __name__ == "__main__":
    raise SystemExit(main())
