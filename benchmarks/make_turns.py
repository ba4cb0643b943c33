"""Generate a labelled set of turns for the accuracy benchmark.

Every case is a pair of tracks, mixed at known offsets: ``<id>.customer.wav`` (the customer's
line, rendered with Piper from the shipped scenario library through the ``Speaker``, at the
voice's own rate) and ``<id>.trainee.wav`` (a reply at 16 kHz: rendered with Piper, or cut
from the real recordings in ``shared/realspeech``). ``manifest.json`` holds the labels.

Labels come from how a case is built, never from what the pipeline says about it:

- every clip is trimmed by energy (10 ms windows, 25 dB below its loudest window and 10 dB
  above its noise floor), so the time a clip is placed at is the time its speech starts: the
  interruption onset label;
- ``interruption``: the reply (not a backchannel) starts while the customer's line is still
  going; ``talk_over``: the clip extents overlap by 2 s or more (True) or by 0.7 s or less
  (False); in between the label is left out (None) and not scored; an interjection that the
  trainee talks through for more than 1.5 s is talk_over, one the trainee yields to within
  0.4 s is not;
- ``not_listening``: only for replies to scenario turns: the good reply holds a phrasing of
  every key point, acknowledges the emotion and asks for nothing the customer gave; the others
  leave one key point out, or ask again for a fact (labelled True). Replies are built from the
  scenario (the longest phrasing of each key point, in a short sentence), not written by hand.

Cases:

- ``interrupt``: replies starting 0.5 s, 1 s, 2 s and half-way into the line; the customer
  talks on; ``interrupt-stop``: the customer stops 0.35 s after being interrupted;
- ``backchannel``: "mm-hmm", "ja", "okay", "right" (rendered) during the line, then a reply;
- ``clean``: replies after gaps of 0.2, 0.5, 1, 1.5 and 2 s;
- ``interjection-yield`` / ``interjection-talk-on``: the customer cuts into a long reply;
- ``reply-good`` / ``reply-missing-<point>`` (the first and the last key point) /
  ``reply-reask-<fact>`` (one fact per turn) for every shipped turn.

Voices: customer lines (and the customer's interjections) are rendered with Piper, as the app
does; German scenarios use the fallback English voice where no German Piper voice is installed.
German trainee replies (replies to German scenario turns, German backchannels) are rendered with
espeak-ng's German voice (``espeak-ng -v de -s 120``, Debian's ``espeak-ng``), resampled to
16 kHz, so that Whisper hears German spoken as German; English replies use Piper. Each case
records the voice of its trainee track (``trainee_voice``) and every clip its ``source``.

Usage: ``.venv/bin/python benchmarks/make_turns.py --out benchmarks/out/turns``
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from voicecoach.adapters.audio_files import load_16k, read_audio, resample, to_mono, write_audio  # noqa: E402
from voicecoach.adapters.library import LoadedScenario, load_library  # noqa: E402
from voicecoach.adapters.piper_tts import Clip, Speaker  # noqa: E402
from voicecoach.adapters.settings import Settings  # noqa: E402
from voicecoach.core.scenario import Scenario, Step  # noqa: E402

SR = 16_000
TRIM_DB = -25.0
NOISE_MARGIN = 10.0
TALK_OVER_YES = 2.0
TALK_OVER_NO = 0.7
LEAD_IN = 0.5  # silence before the customer's line
TAIL = 1.0  # silence after the last speech


# -- clips ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Piece:
    """Trimmed speech: samples at ``rate``, where it came from, and its text when known."""

    samples: np.ndarray
    rate: int
    source: str
    language: str
    text: str = ""

    @property
    def duration(self) -> float:
        return len(self.samples) / self.rate


def trim(samples: np.ndarray, rate: int, rel_db: float = TRIM_DB) -> np.ndarray:
    """Cut leading and trailing quiet, by energy in 10 ms windows.

    Speech is what lies ``rel_db`` below the loudest window or louder, and at least
    ``NOISE_MARGIN`` dB above the recording's noise floor (its 10th percentile window), so that
    a noisy recording is not cut at its hiss.
    """
    window = max(1, rate // 100)
    count = len(samples) // window
    if count == 0:
        return samples
    energy = np.sqrt((samples[: count * window].reshape(count, window) ** 2).mean(axis=1) + 1e-12)
    level = 20 * np.log10(energy / energy.max())
    threshold = max(rel_db, float(np.percentile(level, 10)) + NOISE_MARGIN)
    loud = np.nonzero(level > threshold)[0]
    return np.ascontiguousarray(samples[loud[0] * window : (loud[-1] + 1) * window], dtype=np.float32)


def quiet_runs(
    samples: np.ndarray, rate: int, rel_db: float = -35.0, min_len: float = 0.12
) -> list[tuple[float, float]]:
    """Pauses (start, end) in seconds: windows 35 dB below the loudest, at least ``min_len`` long."""
    window = rate // 100
    count = len(samples) // window
    energy = np.sqrt((samples[: count * window].reshape(count, window) ** 2).mean(axis=1) + 1e-12)
    quiet = 20 * np.log10(energy / energy.max()) < rel_db
    runs, begin = [], None
    for index, flag in enumerate([*quiet, False]):
        if flag and begin is None:
            begin = index
        elif not flag and begin is not None:
            if (index - begin) / 100 >= min_len:
                runs.append((begin / 100, index / 100))
            begin = None
    return runs


def cut_between_pauses(samples: np.ndarray, start: float, min_len: float, max_len: float) -> np.ndarray:
    """A piece that starts after a pause at or after ``start`` and ends at a pause, ``min_len``-``max_len`` long."""
    pauses = quiet_runs(samples, SR)
    begins = [end for _s, end in pauses if end >= start] or [start]
    for begin in begins:
        ends = [s for s, _e in pauses if min_len <= s - begin <= max_len]
        if ends:
            return trim(samples[int(begin * SR) : int(ends[-1] * SR)], SR)
    return trim(samples[int(start * SR) : int((start + max_len) * SR)], SR)


def realspeech_pieces(folder: Path) -> list[Piece]:
    """Real replies: a few seconds each, cut at pauses, from every recording in the folder."""
    pieces: list[Piece] = []
    jfk = load_16k(folder / "en_jfk.wav")
    pieces.append(Piece(cut_between_pauses(jfk, 0.0, 3.0, 5.0), SR, "realspeech en_jfk.wav", "en"))
    pieces.append(Piece(trim(jfk[: int(10.8 * SR)], SR), SR, "realspeech en_jfk.wav (whole)", "en"))
    for name, language in (("en_license_read.wav", "en"), ("de_license_read.wav", "de")):
        audio = load_16k(folder / name)
        pieces.append(Piece(cut_between_pauses(audio, 0.0, 3.0, 6.0), SR, f"realspeech {name}", language))
        pieces.append(Piece(cut_between_pauses(audio, 8.0, 6.0, 9.0), SR, f"realspeech {name} (long)", language))
    stereo = read_audio(folder / "en_stereo_two_channels.wav")
    left = resample(to_mono(stereo, 0).samples, stereo.sample_rate, SR)
    pieces.append(Piece(trim(left, SR), SR, "realspeech en_stereo_two_channels.wav left", "en"))
    phone = load_16k(folder / "en_two_speakers_mono.wav")
    # speaker91 talks alone from 21.78 s until speaker90 starts at 27.85 s (see the .rttm)
    pieces.append(
        Piece(
            trim(phone[int(21.8 * SR) : int(27.8 * SR)], SR),
            SR,
            "realspeech en_two_speakers_mono.wav 21.8-27.8 s",
            "en",
        )
    )
    return pieces


def rendered(speaker: Speaker, text: str, language: str) -> Piece:
    clip = speaker.render_text(text, language=language)
    return Piece(trim(clip.samples, clip.sample_rate), clip.sample_rate, f"piper {clip.voice}", language, text)


ESPEAK_VOICE = {"de": "de"}
#: Words per minute: the rate Whisper heard best among those tried (``benchmarks/german_voice.py``:
#: word error rate 0.27 at 120, 0.35 at 150), and inside a calm telephone pace.
ESPEAK_RATE = 120


def espeak_available() -> None:
    if shutil.which("espeak-ng") is None:
        raise SystemExit("espeak-ng is missing (German trainee replies need it): apt-get install espeak-ng")


def espoken(text: str, language: str) -> Piece:
    """Speech from espeak-ng's voice for ``language``, resampled to 16 kHz and trimmed."""
    voice = ESPEAK_VOICE[language]
    with tempfile.TemporaryDirectory() as folder:
        wav = Path(folder) / "out.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(ESPEAK_RATE), "-w", str(wav), text], check=True,
                       capture_output=True)  # fmt: skip
        audio = read_audio(wav)
    samples = resample(to_mono(audio).samples, audio.sample_rate, SR)
    return Piece(trim(samples, SR), SR, f"espeak-ng {voice}", language, text)


def trainee_speech(speaker: Speaker, text: str, language: str) -> Piece:
    """A trainee's words: espeak-ng for German (no German Piper voice here), Piper otherwise."""
    return espoken(text, language) if language in ESPEAK_VOICE else rendered(speaker, text, language)


def line_piece(clip: Clip, language: str) -> Piece:
    return Piece(trim(clip.samples, clip.sample_rate), clip.sample_rate, f"piper {clip.voice}", language, clip.text)


def to_rate(piece: Piece, rate: int) -> np.ndarray:
    return piece.samples if piece.rate == rate else resample(piece.samples, piece.rate, rate)


# -- replies to scenario turns -------------------------------------------------------------------

#: Ways to acknowledge the customer's feeling. The replies take turns among those that share no
#: phrasing with a key point, so that the set does not hang on how one sentence is recognised.
ACK = {
    "en": [
        "I can hear how frustrating this is for you.",
        "That must be really annoying for you.",
        "Oh no, what a frustrating situation for you.",
    ],
    "de": [
        "Das ist wirklich ärgerlich für Sie.",
        "Ich kann mir vorstellen, wie unangenehm das für Sie ist.",
        "Ich verstehe, dass Sie sich darüber ärgern.",
    ],
}
#: The sentence a key point's phrasing is said in.
CARRIER = {"en": "Okay, {p}.", "de": "Gut, {p}."}
OPENING = {"en": "Thank you for telling me.", "de": "Danke, dass Sie mir das sagen."}
#: Ways to ask again for a fact, taken in turn like ``ACK``.
REASK = {
    "en": ["Could you tell me again, {ask}?", "Sorry, one more time: {ask}?", "Just to be sure, {ask}?"],
    "de": ["Sagen Sie mir bitte noch einmal, {ask}?", "Entschuldigung, {ask}?", "Noch einmal kurz: {ask}?"],
}
DEFAULT_ASK = {
    "en": {"name": "what is your name", "order_number": "what is your order number"},
    "de": {"name": "wie ist Ihr Name", "order_number": "wie ist Ihre Bestellnummer"},
}


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return re.sub(r"[^a-z0-9 ]+", " ", "".join(ch for ch in text if not unicodedata.combining(ch)))


def contains(text: str, phrase: str) -> bool:
    return f" {' '.join(fold(phrase).split())} " in f" {' '.join(fold(text).split())} "


def ask_phrases(scenario: Scenario, step: Step) -> dict[str, str]:
    """Facts the reply must not ask for again, each with a phrase that asks for it."""
    facts = scenario.facts_until(step)
    keys = step.expect.no_reask if step.expect.no_reask is not None else list(facts)
    asks: dict[str, str] = {}
    for key in keys:
        fact = facts[key]
        phrase = fact.ask[0] if fact.ask else DEFAULT_ASK[scenario.language].get(key)
        if phrase:
            asks[key] = phrase
    return asks


def needs_ack(step: Step) -> bool:
    if step.expect.acknowledge_emotion is not None:
        return step.expect.acknowledge_emotion
    return step.emotion in ("annoyed", "angry", "sad")


@dataclass
class ReplyPlan:
    """Sentences of a reply, each tagged with the key point it carries (or ``ack``/``open``)."""

    sentences: list[tuple[str, str]] = field(default_factory=list)

    def text(self, leave_out: str | None = None, extra: str | None = None) -> str:
        parts = [sentence for tag, sentence in self.sentences if tag != leave_out]
        if extra:
            parts.append(extra)
        return " ".join(parts)


def plan_reply(scenario: Scenario, step: Step, turn_index: int = 0) -> ReplyPlan:
    """A good reply built from the turn's key points: the longest phrasing of each, in a sentence.
    ``turn_index`` (the turn's place in the whole library) picks the acknowledgement."""
    language = scenario.language
    plan = ReplyPlan()
    phrasings = [p for ps in step.expect.key_points.values() for p in ps]
    if needs_ack(step):
        fitting = [a for a in ACK[language] if not any(contains(a, p) for p in phrasings)]
        choices = fitting or ACK[language]
        plan.sentences.append(("ack", choices[turn_index % len(choices)]))
    else:
        plan.sentences.append(("open", OPENING[language]))
    for point, options in step.expect.key_points.items():
        # the longest phrasing: a reply says more than one bare word ("Booked."), and several
        # words carry through TTS and ASR as they would in a real reply
        phrase = max(options, key=lambda p: (len(p.split()), len(p)))
        plan.sentences.append((point, CARRIER[language].format(p=phrase)))
    return plan


def check_plan(scenario: Scenario, step: Step, plan: ReplyPlan) -> list[str]:
    """Check the good reply (every key point, nothing avoided, no re-asking); the points that can be left out.

    A point cannot be left out when another sentence of the reply still holds one of its phrasings.
    """
    text = plan.text()
    for point, phrasings in step.expect.key_points.items():
        assert any(contains(text, p) for p in phrasings), f"{scenario.id}/{step.id}: good reply lacks {point}"
    for phrase in step.expect.avoid:
        assert not contains(text, phrase), f"{scenario.id}/{step.id}: good reply says '{phrase}'"
    for phrase in ask_phrases(scenario, step).values():
        assert not contains(text, phrase), f"{scenario.id}/{step.id}: good reply re-asks '{phrase}'"
    droppable = []
    for point, phrasings in step.expect.key_points.items():
        if not any(contains(plan.text(leave_out=point), p) for p in phrasings):
            droppable.append(point)
        else:
            print(f"note: {scenario.id}/{step.id}: '{point}' is said elsewhere in the reply; no missing-{point} case")
    return droppable


# -- mixing --------------------------------------------------------------------------------------


class Mixer:
    """Places clips on a customer track (at the voice's rate) and a trainee track (16 kHz)."""

    def __init__(self, customer_rate: int, seed: int):
        self.customer_rate = customer_rate
        self.customer: list[tuple[float, np.ndarray]] = []
        self.trainee: list[tuple[float, np.ndarray]] = []
        self.rng = np.random.default_rng(seed)

    def add_customer(self, at: float, samples: np.ndarray) -> float:
        self.customer.append((at, samples))
        return at + len(samples) / self.customer_rate

    def add_trainee(self, at: float, samples: np.ndarray) -> float:
        self.trainee.append((at, samples))
        return at + len(samples) / SR

    def render(self) -> tuple[np.ndarray, np.ndarray, float]:
        end = max(
            [at + len(s) / self.customer_rate for at, s in self.customer] + [at + len(s) / SR for at, s in self.trainee]
        )
        duration = end + TAIL
        customer = self.rng.normal(0, 10 ** (-70 / 20), int(duration * self.customer_rate)).astype(np.float32)
        trainee = self.rng.normal(0, 10 ** (-55 / 20), int(duration * SR)).astype(np.float32)
        for at, samples in self.customer:
            start = int(round(at * self.customer_rate))
            customer[start : start + len(samples)] += samples
        for at, samples in self.trainee:
            start = int(round(at * SR))
            trainee[start : start + len(samples)] += samples
        return np.clip(customer, -1, 1), np.clip(trainee, -1, 1), duration


def fade_out(samples: np.ndarray, rate: int, seconds: float = 0.03) -> np.ndarray:
    samples = samples.copy()
    count = min(len(samples), int(seconds * rate))
    if count:
        samples[-count:] *= np.linspace(1, 0, count, dtype=np.float32)
    return samples


def fade_in(samples: np.ndarray, rate: int, seconds: float = 0.03) -> np.ndarray:
    samples = samples.copy()
    count = min(len(samples), int(seconds * rate))
    if count:
        samples[:count] *= np.linspace(0, 1, count, dtype=np.float32)
    return samples


def voiced_from(samples: np.ndarray, earliest: float, length: float, max_pause: float = 0.15) -> float | None:
    """The first time >= ``earliest`` from which ``samples`` hold speech for ``length`` s with no
    pause longer than ``max_pause`` (a pause: energy 35 dB below the loudest window, or less than
    ``NOISE_MARGIN`` dB above the noise floor, as in :func:`trim`)."""
    window = SR // 100
    count = len(samples) // window
    energy = np.sqrt((samples[: count * window].reshape(count, window) ** 2).mean(axis=1) + 1e-12)
    level = 20 * np.log10(energy / energy.max())
    quiet = level < max(-35.0, float(np.percentile(level, 10)) + NOISE_MARGIN)
    need, longest = int(length * 100), int(max_pause * 100)
    for first in range(int(earliest * 100), count - need):
        run = worst = 0
        for flag in quiet[first - 20 : first + need]:  # also voiced just before the cut-in
            run = run + 1 if flag else 0
            worst = max(worst, run)
        if worst <= longest and not quiet[first]:
            return first / 100
    return None


def talk_over_label(overlap: float) -> bool | None:
    if overlap >= TALK_OVER_YES:
        return True
    if overlap <= TALK_OVER_NO:
        return False
    return None


# -- the set -------------------------------------------------------------------------------------


class Builder:
    def __init__(self, out: Path, speaker: Speaker):
        self.out = out
        self.speaker = speaker
        self.cases: list[dict[str, Any]] = []

    def write(self, case_id: str, mixer: Mixer, case: dict[str, Any]) -> None:
        customer, trainee, duration = mixer.render()
        write_audio(self.out / f"{case_id}.customer.wav", customer, mixer.customer_rate)
        write_audio(self.out / f"{case_id}.trainee.wav", trainee, SR)
        case = {
            "id": case_id,
            "customer": f"{case_id}.customer.wav",
            "trainee": f"{case_id}.trainee.wav",
            "duration": round(duration, 3),
            **case,
        }
        sources = [case[k]["source"] for k in ("backchannel", "reply") if k in case]
        case["trainee_voice"] = " + ".join(dict.fromkeys(sources))
        self.cases.append(case)


def timing_cases(builder: Builder, lines: dict[str, list[Piece]], replies: list[Piece], speaker: Speaker) -> None:
    interjections = {
        "en": rendered(speaker, "Hold on, that is not what I asked you at all!", "en"),
        "de": rendered(speaker, "Moment, das habe ich Sie überhaupt nicht gefragt!", "de"),
    }
    short = [r for r in replies if r.duration <= 6.5]
    long_ = [r for r in replies if r.duration >= 6.0]
    for number, reply in enumerate(short):
        pool = lines[reply.language]
        line = pool[number % len(pool)]
        rate = line.rate
        line_end = LEAD_IN + line.duration
        for depth_name in ("0.5s", "1s", "2s", "half"):
            depth = {"0.5s": 0.5, "1s": 1.0, "2s": 2.0, "half": line.duration / 2}[depth_name]
            onset = LEAD_IN + depth
            mixer = Mixer(rate, seed=len(builder.cases))
            mixer.add_customer(LEAD_IN, line.samples)
            reply_end = mixer.add_trainee(onset, to_rate(reply, SR))
            overlap = min(line_end, reply_end) - onset
            builder.write(
                f"interrupt-{depth_name}-{number:02d}",
                mixer,
                {
                    "category": "interrupt",
                    "language": reply.language,
                    "line": _clip_info(line, LEAD_IN),
                    "reply": _clip_info(reply, onset),
                    "depth": round(depth, 3),
                    "expect": {"interruption": True, "talk_over": talk_over_label(overlap), "backchannel": False},
                    "interruption_onset": round(onset, 3),
                    "overlap": round(overlap, 3),
                },
            )
        for depth_name in ("1s", "half"):  # the customer stops 0.35 s after being interrupted
            depth = 1.0 if depth_name == "1s" else line.duration / 2
            onset = LEAD_IN + depth
            stop = depth + 0.35
            mixer = Mixer(rate, seed=len(builder.cases))
            mixer.add_customer(LEAD_IN, fade_out(line.samples[: int(stop * rate)], rate))
            mixer.add_trainee(onset, to_rate(reply, SR))
            builder.write(
                f"interrupt-stop-{depth_name}-{number:02d}",
                mixer,
                {
                    "category": "interrupt-stop",
                    "language": reply.language,
                    "line": {**_clip_info(line, LEAD_IN), "end": round(LEAD_IN + stop, 3), "stopped": True},
                    "reply": _clip_info(reply, onset),
                    "depth": round(depth, 3),
                    "expect": {"interruption": True, "talk_over": False, "backchannel": False},
                    "interruption_onset": round(onset, 3),
                    "overlap": 0.35,
                },
            )
        for gap in (0.2, 0.5, 1.0, 1.5, 2.0):
            onset = line_end + gap
            mixer = Mixer(rate, seed=len(builder.cases))
            mixer.add_customer(LEAD_IN, line.samples)
            mixer.add_trainee(onset, to_rate(reply, SR))
            builder.write(
                f"clean-{gap:.1f}s-{number:02d}",
                mixer,
                {
                    "category": "clean",
                    "language": reply.language,
                    "line": _clip_info(line, LEAD_IN),
                    "reply": _clip_info(reply, onset),
                    "gap": gap,
                    "expect": {"interruption": False, "talk_over": False, "backchannel": False},
                    "interruption_onset": None,
                },
            )
    for number, reply in enumerate(long_):
        language = reply.language
        line = lines[language][(number + 1) % len(lines[language])]
        interjection = interjections[language]
        rate = line.rate
        line_end = LEAD_IN + line.duration
        onset = line_end + 0.5
        reply16 = to_rate(reply, SR)
        into = voiced_from(reply16, 1.0, 1.7)  # the reply goes on without a pause where the customer cuts in
        if into is None or into + interjection.duration + 0.5 > reply.duration:
            print(f"note: {reply.source}: no stretch to talk through an interjection; skipped")
            continue
        cut_in = onset + into
        cut_end = cut_in + interjection.duration
        for mode in ("yield", "talk-on"):
            mixer = Mixer(rate, seed=len(builder.cases))
            mixer.add_customer(LEAD_IN, line.samples)
            mixer.add_customer(cut_in, to_rate(interjection, rate))
            if mode == "talk-on":
                mixer.add_trainee(onset, reply16)
                talk_over, overlap = True, min(cut_end, onset + reply.duration) - cut_in
            else:
                split = int((cut_in + 0.4 - onset) * SR)
                mixer.add_trainee(onset, fade_out(reply16[:split], SR))
                mixer.add_trainee(cut_end + 0.4, fade_in(reply16[split:], SR))
                talk_over, overlap = False, 0.4
            builder.write(
                f"interjection-{mode}-{number:02d}",
                mixer,
                {
                    "category": f"interjection-{mode}",
                    "language": language,
                    "line": _clip_info(line, LEAD_IN),
                    "reply": _clip_info(reply, onset),
                    "interjection": _clip_info(interjection, cut_in),
                    "expect": {"interruption": False, "talk_over": talk_over, "backchannel": False},
                    "interruption_onset": None,
                    "overlap": round(overlap, 3),
                },
            )


def backchannel_cases(builder: Builder, lines: dict[str, list[Piece]], replies: list[Piece], speaker: Speaker) -> None:
    words = [("Mm-hmm.", "en", "mhm"), ("Ja.", "de", "ja"), ("Okay.", "en", "okay"), ("Right.", "en", "right"),
             ("Genau.", "de", "genau"), ("Okay.", "de", "okay")]  # fmt: skip
    for number, (text, language, label) in enumerate(words):
        sound = trainee_speech(speaker, text, language)
        pool = lines[language]
        same_language = [r for r in replies if r.language == language and r.duration <= 6.5]
        for position in (0.35, 0.7):
            line = pool[(number + int(position * 10)) % len(pool)]
            reply = same_language[(number + int(position * 10)) % len(same_language)]
            at = LEAD_IN + position * line.duration
            line_end = LEAD_IN + line.duration
            mixer = Mixer(line.rate, seed=len(builder.cases))
            mixer.add_customer(LEAD_IN, line.samples)
            mixer.add_trainee(at, to_rate(sound, SR))
            mixer.add_trainee(line_end + 0.6, to_rate(reply, SR))
            builder.write(
                f"backchannel-{label}-{language}-{int(position * 100)}",
                mixer,
                {
                    "category": "backchannel",
                    "language": language,
                    "line": _clip_info(line, LEAD_IN),
                    "backchannel": _clip_info(sound, at),
                    "reply": _clip_info(reply, line_end + 0.6),
                    "expect": {"interruption": False, "talk_over": False, "backchannel": True},
                    "interruption_onset": None,
                },
            )


def scenario_cases(builder: Builder, library: list[LoadedScenario], speaker: Speaker) -> None:
    turn_index = 0
    for loaded in library:
        scenario = loaded.scenario
        for number, (turn_id, step) in enumerate(zip(scenario.turn_ids, scenario.turns), start=1):
            line = line_piece(speaker.render_step(loaded, step), scenario.language)
            plan = plan_reply(scenario, step, turn_index)
            turn_index += 1
            droppable = check_plan(scenario, step, plan)
            variants: list[tuple[str, str, bool, dict[str, Any]]] = [("good", plan.text(), False, {})]
            for point in droppable[:1] + droppable[1:][-1:]:  # the first and the last point
                variants.append((f"missing-{point}", plan.text(leave_out=point), True, {"missing": point}))
            asks = list(ask_phrases(scenario, step).items())
            if asks:  # one fact per turn, a different one from turn to turn
                key, phrase = asks[number % len(asks)]
                forms = REASK[scenario.language]
                reask = forms[turn_index % len(forms)].format(ask=phrase)
                variants.append((f"reask-{key}", plan.text(extra=reask), True, {"reasks": key, "words": phrase}))
            for name, text, missed, detail in variants:
                reply = trainee_speech(speaker, text, scenario.language)
                line_end = LEAD_IN + line.duration
                mixer = Mixer(line.rate, seed=len(builder.cases))
                mixer.add_customer(LEAD_IN, line.samples)
                mixer.add_trainee(line_end + 0.7, to_rate(reply, SR))
                builder.write(
                    f"reply-{scenario.id}-{turn_id}-{name}",
                    mixer,
                    {
                        "category": "reply-" + name.split("-")[0],
                        "language": scenario.language,
                        "scenario": scenario.id,
                        "scenario_path": str(loaded.path),
                        "turn": number,
                        "line": _clip_info(line, LEAD_IN),
                        "reply": _clip_info(reply, line_end + 0.7),
                        "expect": {
                            "interruption": False,
                            "talk_over": False,
                            "backchannel": False,
                            "not_listening": missed,
                        },
                        "not_listening_detail": detail,
                        "interruption_onset": None,
                    },
                )


def _clip_info(piece: Piece, at: float) -> dict[str, Any]:
    info: dict[str, Any] = {"start": round(at, 3), "end": round(at + piece.duration, 3), "source": piece.source}
    if piece.text:
        info["text"] = piece.text
    return info


PIPER_REPLIES = {
    "en": [
        "I am really sorry about that. Let me check your order right now and I will call you back this afternoon.",
        "Thank you for waiting. I can see the problem here, and I will send a replacement by express courier today.",
        "Of course. I understand why you are calling, and I will make sure that this gets sorted out for you this "
        "week, with a written confirmation and a tracking number that you can follow online.",
    ],
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "out" / "turns")
    parser.add_argument("--realspeech", type=Path, default=REPO.parent / "shared" / "realspeech")
    args = parser.parse_args(argv)
    out: Path = args.out
    espeak_available()
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.wav"):
        old.unlink()
    speaker = Speaker(settings=Settings(), cache_dir=out.parent / "tts-cache")
    library, problems = load_library()
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    library = [item for item in library if item.path.is_relative_to(REPO / "scenarios")]
    if not library:
        print("no shipped scenarios found", file=sys.stderr)
        return 1

    lines: dict[str, list[Piece]] = {"en": [], "de": []}
    voices: dict[str, set[str]] = {"en": set(), "de": set()}
    notes: set[str] = set()
    for loaded in library:
        for step in loaded.scenario.turns:
            clip = speaker.render_step(loaded, step)
            if clip.note:
                notes.add(clip.note)
            voices[loaded.scenario.language].add(clip.voice)
            piece = line_piece(clip, loaded.scenario.language)
            if piece.duration >= 3.5:  # long enough for an interruption 2 s in
                lines[loaded.scenario.language].append(piece)
    for language in ("en", "de"):
        if not lines[language]:
            raise SystemExit(f"no shipped {language} scenario line of 3.5 s or more to interrupt")

    replies = realspeech_pieces(args.realspeech)
    replies += [rendered(speaker, text, "en") for text in PIPER_REPLIES["en"]]
    builder = Builder(out, speaker)
    timing_cases(builder, lines, replies, speaker)
    backchannel_cases(builder, lines, replies, speaker)
    scenario_cases(builder, library, speaker)

    manifest = {
        "generator": "benchmarks/make_turns.py",
        "command": "python benchmarks/make_turns.py " + " ".join(argv if argv is not None else sys.argv[1:]),
        "voices": {language: sorted(names) for language, names in voices.items()},
        "voice_notes": sorted(notes),
        "espeak": f"espeak-ng -v {ESPEAK_VOICE['de']} -s {ESPEAK_RATE}",
        "trainee_voices": {
            language: sorted({c["trainee_voice"] for c in builder.cases if c["language"] == language})
            for language in ("en", "de")
        },
        "reply_voices": {
            language: sorted(
                {
                    c["reply"]["source"]
                    for c in builder.cases
                    if c["language"] == language and c["category"].startswith("reply-")
                }
            )
            for language in ("en", "de")
        },  # fmt: skip
        "labels": {
            "trim_db": TRIM_DB,
            "talk_over_yes_overlap": TALK_OVER_YES,
            "talk_over_no_overlap": TALK_OVER_NO,
        },
        "cases": builder.cases,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    counts: dict[str, int] = {}
    for case in builder.cases:
        counts[case["category"]] = counts.get(case["category"], 0) + 1
    print(f"{len(builder.cases)} cases in {out}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    for note in sorted(notes):
        print(f"note: {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
