"""How well does Whisper hear a trainee's reply? Word error rate per language and decode setting.

The replies: every shipped scenario's model answer (``example``) and a reply made of its key-point
phrasings (the demo call's sentence, ``live/demo.demo_reply_text`` without the example), per
language. German replies are rendered by espeak-ng's German voice as the issue tried it
(``espeak-ng -v de -s 120``) and by the app's German stand-in voice (``adapters/espeak_tts``, the
plain voice at its normal rate); English ones by the bundled Piper voice en_US-joe-medium. The
real German speech ``../shared/realspeech/de_license_read.wav`` is scored too (30 s read aloud,
no scenario: only the settings without a prompt apply to it).

Each reply is decoded as the live call decodes a reply segment (language fixed from the
scenario, 0.3 s of silence around it) with Whisper base under each decode setting
(``SETTINGS``); the word error rate comes from ``jiwer`` over the whole set of a language, after
both texts are made speakable (``adapters/number_words.speakable_text``: "4711" and
"siebenundvierzig elf" are the same words), lower-cased and stripped of punctuation.

"invented" counts words of the prompt that Whisper wrote although the reply did not say them,
when each reply is decoded with the prompt of the *next* turn in the list (a reply that does not
answer what it is judged against): the risk that the prompt puts words into the trainee's mouth.

The judge's view: every German model answer is judged (``core/judge.judge``, the scenario's turn)
on the words Whisper heard under the setting, and the answers that still get a content finding
(not listening, avoid phrase, ...) are counted; "text" is the judge on the answer's own words.

Usage: ``.venv/bin/python benchmarks/german_wer.py`` (about 15 minutes on 2 cores; rendered
audio is kept in ``benchmarks/out/german_wer/``). ``--settings a,b`` runs only those settings,
``--voices`` likewise (names or their beginnings); ``--model`` another Whisper model; ``--no-judge`` skips the judge.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import jiwer  # noqa: E402

from voicecoach.adapters import espeak_tts, language_resources, pico_tts  # noqa: E402
from voicecoach.adapters.audio_files import load_16k, resample  # noqa: E402
from voicecoach.adapters.library import SHIPPED_DIR, load_file, scenario_files  # noqa: E402
from voicecoach.adapters.models import choose_voice  # noqa: E402
from voicecoach.adapters.number_words import speakable_text  # noqa: E402
from voicecoach.adapters.piper_tts import piper_samples  # noqa: E402
from voicecoach.adapters.settings import Settings  # noqa: E402
from voicecoach.adapters.whisper_stt import DecodeOptions, get_transcriber  # noqa: E402
from voicecoach.analysis import ANALYSIS_DECODE  # noqa: E402
from voicecoach.core.judge import judge  # noqa: E402
from voicecoach.core.scenario import Scenario, Step  # noqa: E402
from voicecoach.core.timeline import Span, Track, Turn, Word  # noqa: E402
from voicecoach.core.vocabulary import reply_prompt  # noqa: E402
from voicecoach.live.demo import demo_reply_text  # noqa: E402

SR = 16_000
OUT = REPO / "benchmarks" / "out" / "german_wer"
REAL_DE = REPO.parent / "shared" / "realspeech" / "de_license_read.wav"
#: Reference for de_license_read.wav: faster-whisper's own test transcript of this recording
#: (tests/test_transcribe.py, Whisper tiny) with its misheard words corrected to the German
#: translation of the MIT licence that is read; ours, not an official transcript.
REAL_DE_TEXT = (
    "Jedem, der diese Software und die dazugehörigen Dokumentationsdateien erhält, wird hiermit "
    "unentgeltlich die Genehmigung erteilt, mit der Software uneingeschränkt zu verfahren. Dies umfasst "
    "insbesondere das Recht, die Software zu verwenden, zu vervielfältigen, zu modifizieren, "
    "zusammenzufügen, zu veröffentlichen, zu verteilen, unterzulizenzieren und oder Kopien der Software "
    "zu verkaufen und diese Rechte unter den folgenden Bedingungen anderen zu übertragen."
)
#: Finding kinds about what was said (not when): the judge's content verdicts.
CONTENT_KINDS = {
    "not_listening", "avoid_phrase", "contradiction", "no_acknowledgement", "no_need_question", "pushed_after_no",
}  # fmt: skip


@dataclass(frozen=True)
class Reply:
    language: str
    scenario: Scenario
    step: Step
    kind: str  # "answer" (the example) or "key points"
    text: str

    @property
    def step_id(self) -> str:
        return self.scenario.turn_ids[self.scenario.turns.index(self.step)]


@dataclass(frozen=True)
class Setting:
    """One way of decoding: Whisper's options and whether the scenario's vocabulary is offered."""

    decode: DecodeOptions
    prompt: bool = False


SETTINGS = {
    "today (beam 1)": Setting(ANALYSIS_DECODE),
    "beam 5": Setting(replace(ANALYSIS_DECODE, beam_size=5)),
    "beam 1 + prompt": Setting(ANALYSIS_DECODE, prompt=True),
    "beam 5 + prompt": Setting(replace(ANALYSIS_DECODE, beam_size=5), prompt=True),
    "beam 1 + Whisper VAD": Setting(replace(ANALYSIS_DECODE, vad_filter=True)),
    "beam 1 + prompt + silence 0.5": Setting(
        replace(ANALYSIS_DECODE, hallucination_silence_threshold=0.5), prompt=True
    ),
}


def words(text: str, language: str) -> str:
    """Lower-case words of the speakable form (numbers as words), punctuation dropped."""
    spoken = speakable_text(text, language).lower().replace("-", " ")
    return " ".join(re.sub(r"[^\wäöüß' ]", " ", spoken).split())


def replies() -> list[Reply]:
    """The model answer and the key-point reply of every turn of every shipped scenario."""
    found: list[Reply] = []
    for path in scenario_files([SHIPPED_DIR]):
        scenario = load_file(path).scenario
        for step in scenario.turns:
            if step.example:
                found.append(Reply(scenario.language, scenario, step, "answer", step.example))
            points = demo_reply_text(step.model_copy(update={"example": None}), scenario.language)
            found.append(Reply(scenario.language, scenario, step, "key points", points))
    return found


def espeak_cli(text: str, language: str) -> tuple[np.ndarray, int]:
    """``espeak-ng -v de -s 120`` as the issue used it (22 050 Hz WAV on stdout)."""
    voice = espeak_tts.ESPEAK_VOICES[language]
    wav = subprocess.run(["espeak-ng", "-v", voice, "-s", "120", "--stdout", text], capture_output=True, check=True)
    return espeak_tts._wav_samples(wav.stdout)


def app_espeak(text: str, language: str) -> tuple[np.ndarray, int]:
    return espeak_tts.synthesize(text, espeak_tts.espeak_voice(language), rate=1.0)


def pico_de(text: str, language: str) -> tuple[np.ndarray, int]:
    """SVOX Pico's German voice (``adapters/pico_tts``), the app's German stand-in since it measured best."""
    return pico_tts.synthesize(text, pico_tts.PicoVoice(language), rate=1.0)


def piper_joe(text: str, language: str) -> tuple[np.ndarray, int]:
    choice = choose_voice("en_US-joe-medium", language="en", settings=Settings())
    return piper_samples(choice, text, None, 1.0, None)


VOICES: dict[str, tuple[str, Callable[[str, str], tuple[np.ndarray, int]]]] = {
    "espeak-ng -v de -s 120": ("de", espeak_cli),
    f"espeak-ng de, {espeak_tts.ESPEAK_WPM} wpm": ("de", app_espeak),
    "SVOX Pico de-DE (the app's German voice)": ("de", pico_de),
    "Piper en_US-joe-medium": ("en", piper_joe),
}


def rendered(voice: str, text: str, language: str) -> np.ndarray:
    """16 kHz samples of ``text`` spoken by ``voice``, 0.3 s of silence on each side; cached on disk."""
    key = hashlib.sha256(f"{voice}\n{text}".encode()).hexdigest()[:20]
    path = OUT / f"{key}.npy"
    if path.exists():
        return np.load(path)
    samples, rate = VOICES[voice][1](speakable_text(text, language), language)
    audio = np.pad(resample(samples.astype(np.float32), rate, SR), int(0.3 * SR)).astype(np.float32)
    OUT.mkdir(parents=True, exist_ok=True)
    np.save(path, audio)
    return audio


def judged_content(reply: Reply, heard: tuple[Word, ...], offset: float) -> set[str]:
    """Content finding kinds the judge gives ``reply`` when it hears ``heard`` (the customer's line
    known, as in the live call)."""
    line = reply.step.say.split()
    line_end = max(1.0, len(line) * 0.4)
    customer = tuple(Word(w, i * line_end / len(line), (i + 1) * line_end / len(line)) for i, w in enumerate(line))
    spans = (Span(heard[0].start, heard[-1].end),) if heard else ()
    turn = Turn(
        customer=Track((Span(0.0, line_end),), customer),
        trainee=Track(spans, heard),
        duration=offset + (heard[-1].end if heard else 0.0) + 1.0,
        line_end=line_end,
    )
    result = judge(
        turn, language=reply.language, scenario=reply.scenario, step_id=reply.step_id,
        resources=language_resources.shared(),
    )  # fmt: skip
    return {finding.kind for finding in result.findings if finding.kind in CONTENT_KINDS}


def text_words(text: str, start: float) -> tuple[Word, ...]:
    """The reply's own words, 0.4 s each from ``start``: the judge without the recogniser's errors."""
    return tuple(Word(w, start + i * 0.4, start + i * 0.4 + 0.35) for i, w in enumerate(text.split()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--settings", help="comma-separated setting names (default: all)")
    parser.add_argument("--voices", help="comma-separated voice names (default: all)")
    parser.add_argument("--model", default="base")
    parser.add_argument("--no-judge", action="store_true")
    parser.add_argument("--no-invented", action="store_true", help="skip the wrong-prompt decodes")
    parser.add_argument("--only-invented", action="store_true", help="only the wrong-prompt decodes")
    parser.add_argument("--kinds", default="answer,key points", help="which replies: answer, key points")
    args = parser.parse_args()
    settings = {n: s for n, s in SETTINGS.items() if not args.settings or n in args.settings.split(",")}
    voices = {
        n: v for n, v in VOICES.items() if not args.voices or any(n.startswith(w) for w in args.voices.split(","))
    }
    all_replies = [r for r in replies() if r.kind in args.kinds.split(",")]
    language_resources.shared()
    print(
        f"{len(all_replies)} replies ({sum(r.language == 'de' for r in all_replies)} German); "
        f"Whisper {args.model}; {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f} at the start"
    )
    print(
        "| voice | setting | word error rate | invented prompt words | s per reply | answers with a content finding |"
    )
    print("| --- | --- | --- | --- | --- | --- |")
    text_judged: dict[str, int] = {}
    for voice, (language, _render) in voices.items():
        these = [r for r in all_replies if r.language == language]
        audio = [rendered(voice, r.text, r.language) for r in these]
        answers = [i for i, r in enumerate(these) if r.kind == "answer"]
        if not args.no_judge and language not in text_judged:
            text_judged[language] = sum(
                bool(judged_content(these[i], text_words(these[i].text, 3.0), 3.0)) for i in answers
            )
        for name, setting in settings.items():
            transcriber = get_transcriber(args.model, language=language, decode=setting.decode)
            refs, hyps, invented, flagged = [], [], 0, 0
            started = time.perf_counter()
            for i, (reply, samples) in enumerate(zip(these, audio)):
                if args.only_invented:
                    break
                prompt = reply_prompt(reply.scenario, reply.step_id) if setting.prompt else None
                heard = transcriber.transcribe(samples, language=language, offset=3.0, prompt=prompt)
                refs.append(words(reply.text, language))
                hyps.append(words(" ".join(w.text for w in heard), language) or "<nothing>")
                if i in answers and not args.no_judge and judged_content(reply, heard, 3.0):
                    flagged += 1
                if (i + 1) % 10 == 0:
                    print(f"    {voice} / {name}: {i + 1}/{len(these)}", file=sys.stderr, flush=True)
            seconds = (time.perf_counter() - started) / len(these)
            if args.only_invented:
                refs, hyps = ["-"], ["-"]
            if setting.prompt and not args.no_invented:
                for i, (reply, samples) in enumerate(zip(these, audio)):
                    other = these[(i + 2) % len(these)]  # the next turn's prompt (i+1 is the same turn)
                    prompt = reply_prompt(other.scenario, other.step_id)
                    said = set(words(reply.text, language).split())
                    offered = set(words(prompt, language).split())
                    heard = transcriber.transcribe(samples, language=language, prompt=prompt)
                    got = words(" ".join(w.text for w in heard), language).split()
                    invented += sum(1 for w in got if w in offered and w not in said)
            wer = jiwer.wer(refs, hyps)
            safe = re.sub(r"[^\w]+", "_", f"{voice}-{name}")
            (OUT / f"heard-{safe}.txt").write_text("".join(f"{r}\t{h}\n" for r, h in zip(refs, hyps)))
            judged = "" if args.no_judge else f"{flagged}/{len(answers)} (text: {text_judged[language]})"
            shown = invented if setting.prompt and not args.no_invented else "-"
            print(f"| {voice} | {name} | {wer:.3f} | {shown} | {seconds:.2f} | {judged} |", flush=True)
            for ref, hyp in zip(refs, hyps):
                if os.environ.get("WER_VERBOSE") and ref != hyp:
                    print(f"    ref: {ref}\n    hyp: {hyp}")
    if REAL_DE.exists() and any(lang == "de" for lang, _ in voices.values()):
        samples = load_16k(REAL_DE)
        for name, setting in settings.items():
            if setting.prompt:
                continue
            transcriber = get_transcriber(args.model, language="de", decode=setting.decode)
            heard = transcriber.transcribe(samples, language="de")
            wer = jiwer.wer(words(REAL_DE_TEXT, "de"), words(" ".join(w.text for w in heard), "de"))
            print(f"| real speech: de_license_read.wav (30 s) | {name} | {wer:.3f} | - | - | - |", flush=True)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
