"""From audio to a judged turn: speech spans and timed words per side, then the judge.

The same path serves ``voicecoach analyze`` on two files, on a stereo call recording, and the
benchmarks. Both tracks are brought to 16 kHz mono and padded to the same length, so every time
is seconds from the start of the files. Only the speech the VAD found is transcribed: the
speech regions of both sides (each padded a little) are laid end to end with short silences
between them and decoded in one Whisper pass, and every word is mapped back to its side and its
place on the turn's clock. One pass instead of one per region matters on CPU: Whisper's encoder
costs the same for 1 s as for 30 s of audio.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from voicecoach.adapters import language_resources
from voicecoach.adapters.audio_files import load_16k, read_audio, resample
from voicecoach.adapters.library import LoadedScenario, find_scenario
from voicecoach.adapters.models import DETECTING_WHISPER
from voicecoach.adapters.settings import Settings, load_settings
from voicecoach.adapters.vad import VadOptions, detect_speech
from voicecoach.adapters.whisper_stt import DecodeOptions, TranscriberLike, get_transcriber
from voicecoach.core.analyzers.options import JudgeOptions
from voicecoach.core.audio_ops import SAMPLE_RATE
from voicecoach.core.errors import UserError
from voicecoach.core.judge import judge
from voicecoach.core.languages import LANGUAGES
from voicecoach.core.timeline import Span, Track, Turn, Word

if TYPE_CHECKING:
    from voicecoach.core.result import TurnResult

#: Seconds of audio kept on each side of a speech span when it is cut out for Whisper.
REGION_PAD = 0.2
#: Silence laid between two regions in the joined audio Whisper decodes.
REGION_GAP = 0.5
#: A region with less speech than this ("mhm", "ja"), ``ISOLATION`` seconds or more from the
#: others, is decoded on its own: joined to the reply, Whisper tends to read it as the start of
#: the next sentence ("mm-hmm" became "in a month").
SHORT_ALONE = 1.0
ISOLATION = 1.0
#: A region with this much speech and no words is transcribed again on its own.
RETRY_SPEECH = 0.4
#: Beams Whisper searches when judging a turn. Greedy (1) took a third less time than beam 5 on
#: two CPU cores and gave the same not_listening results on the benchmark's English replies.
ANALYSIS_BEAM = 1
#: How Whisper decodes when judging a turn (``analyze`` and the live call alike).
ANALYSIS_DECODE = DecodeOptions(beam_size=ANALYSIS_BEAM)


# -- audio in ----------------------------------------------------------------------------------


def pad_tracks(first: np.ndarray, second: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Both tracks as float32, the shorter one padded with silence at the end."""
    first = np.asarray(first, dtype=np.float32).reshape(-1)
    second = np.asarray(second, dtype=np.float32).reshape(-1)
    length = max(len(first), len(second))
    return (
        np.pad(first, (0, length - len(first))),
        np.pad(second, (0, length - len(second))),
    )


def load_pair(
    customer_path: str | os.PathLike[str], trainee_path: str | os.PathLike[str]
) -> tuple[np.ndarray, np.ndarray]:
    """Two files (any format and rate) as 16 kHz mono tracks of equal length."""
    return pad_tracks(load_16k(customer_path), load_16k(trainee_path))


def load_call(
    call_path: str | os.PathLike[str], customer_channel: Literal["left", "right"]
) -> tuple[np.ndarray, np.ndarray]:
    """A stereo call recording split into (customer, trainee) 16 kHz tracks."""
    if customer_channel not in ("left", "right"):
        raise UserError(f"--customer-channel must be left or right, not '{customer_channel}'")
    audio = read_audio(call_path)
    if audio.channels == 1:
        raise UserError(
            f"{call_path} is mono; --call needs a stereo recording with one speaker per channel; "
            "use --customer/--trainee for two files"
        )
    if audio.channels != 2:
        raise UserError(
            f"{call_path} has {audio.channels} channels; --call needs a stereo recording with one speaker "
            "per channel; use --customer/--trainee for two files"
        )
    customer_index = 0 if customer_channel == "left" else 1
    customer = resample(audio.samples[:, customer_index], audio.sample_rate, SAMPLE_RATE)
    trainee = resample(audio.samples[:, 1 - customer_index], audio.sample_rate, SAMPLE_RATE)
    return pad_tracks(customer, trainee)


# -- the timeline ------------------------------------------------------------------------------


def speech_regions(spans: Sequence[Span], length: int, pad: float = REGION_PAD) -> list[tuple[int, int]]:
    """Sample ranges to transcribe: each span padded by ``pad`` seconds, overlapping ones merged."""
    regions: list[tuple[int, int]] = []
    for span in spans:
        start = max(0, int((span.start - pad) * SAMPLE_RATE))
        end = min(length, int(np.ceil((span.end + pad) * SAMPLE_RATE)))
        if end <= start:
            continue
        if regions and start <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(regions[-1][1], end))
        else:
            regions.append((start, end))
    return regions


#: One speech region to decode: (side, first sample, end sample) of that side's track.
Piece = tuple[int, int, int]


def transcribe_sides(
    tracks: Sequence[np.ndarray],
    spans: Sequence[Sequence[Span]],
    *,
    transcriber: TranscriberLike,
    language: str | None,
) -> tuple[list[tuple[Word, ...]], str | None]:
    """Words per track, on the turn's clock, transcribing only the speech regions.
    The speech regions of all tracks are laid end to end, the last track's (the trainee's) first,
    and decoded in one Whisper pass: one encoder run instead of one per side. Short
    isolated regions (a backchannel) are decoded on their own. Whisper sometimes stops early and
    leaves the last regions of a window without words; regions that got no words although they
    hold at least ``RETRY_SPEECH`` seconds of speech are decoded once more, each on its own.
    With ``language`` None, the last track's (the trainee's) speech is decoded first and alone,
    so that the language is detected on it and then used for the rest. Returns the words of each
    track and the detected language (None when ``language`` was given).
    """
    found: list[list[Word]] = [[] for _ in tracks]
    regions = [speech_regions(spans[side], len(tracks[side])) for side in range(len(tracks))]
    short: list[Piece] = []
    long_: list[Piece] = []
    for side, side_regions in enumerate(regions):
        for index, (start, end) in enumerate(side_regions):
            (short if _isolated_short(side_regions, index) else long_).append((side, start, end))
    groups: list[list[Piece]] = []
    if language is None and len(tracks) > 1 and any(piece[0] == len(tracks) - 1 for piece in long_):
        groups.append([piece for piece in long_ if piece[0] == len(tracks) - 1])
        long_ = [piece for piece in long_ if piece[0] != len(tracks) - 1]
    if long_:
        # the trainee's speech first: decoded after the customer's, a German reply took on the
        # language of an English fallback voice reading the German line
        groups.append(sorted(long_, key=lambda piece: (-piece[0], piece[1])))
    groups += [[piece] for piece in short]
    detected: str | None = None
    joined_pieces: set[Piece] = set()
    for group in groups:
        got, language_here = _transcribe_pieces(tracks, group, transcriber, language)
        for side, word in got:
            found[side].append(word)
        if language is None and language_here:
            detected = language = language_here
        if len(group) > 1:  # a lone piece decoded again alone would give the same
            joined_pieces.update(group)
    for side, start, end in sorted(joined_pieces, key=lambda piece: (piece[1], piece[0])):
        lo, hi = start / SAMPLE_RATE, end / SAMPLE_RATE
        heard = any(lo <= (w.start + w.end) / 2 <= hi for w in found[side])
        speech = sum(Span(lo, hi).overlap(span) for span in spans[side])
        if not heard and speech >= RETRY_SPEECH:
            again, _ = _transcribe_pieces(tracks, [(side, start, end)], transcriber, language)
            found[side].extend(word for _, word in again)
    words = [tuple(sorted(side_words, key=lambda w: w.start)) for side_words in found]
    return words, detected


def _isolated_short(regions: Sequence[tuple[int, int]], index: int) -> bool:
    """A region with little speech, far from the others: a backchannel, decoded on its own."""
    start, end = regions[index]
    if len(regions) < 2 or (end - start) - 2 * REGION_PAD * SAMPLE_RATE >= SHORT_ALONE * SAMPLE_RATE:
        return False
    before = start - regions[index - 1][1] if index > 0 else None
    after = regions[index + 1][0] - end if index + 1 < len(regions) else None
    return all(gap is None or gap >= ISOLATION * SAMPLE_RATE for gap in (before, after))


def _transcribe_pieces(
    tracks: Sequence[np.ndarray], pieces: Sequence[Piece], transcriber: TranscriberLike, language: str | None
) -> tuple[list[tuple[int, Word]], str | None]:
    """Lay ``pieces`` end to end (``REGION_GAP`` apart), decode once, map each word back to its
    side and its place on the turn's clock."""
    if not pieces:
        return [], None
    gap = int(REGION_GAP * SAMPLE_RATE)
    joined_at: list[int] = []
    cursor = 0
    for _side, start, end in pieces:
        joined_at.append(cursor)
        cursor += end - start + gap
    joined = np.zeros(cursor - gap, np.float32)
    for (side, start, end), at in zip(pieces, joined_at):
        joined[at : at + end - start] = tracks[side][start:end]
    detected: str | None = None
    if language is None and hasattr(transcriber, "transcribe_full"):
        transcript = transcriber.transcribe_full(joined, language=None, offset=0.0)
        heard, detected = transcript.words, transcript.language
    else:
        heard = transcriber.transcribe(joined, language=language, offset=0.0)
    starts = np.array(joined_at, dtype=np.float64) / SAMPLE_RATE
    ends = starts + np.array([end - start for _side, start, end in pieces], dtype=np.float64) / SAMPLE_RATE
    mapped: list[tuple[int, Word]] = []
    for word in heard:
        middle = (word.start + word.end) / 2
        inside = np.nonzero((starts <= middle) & (middle <= ends))[0]
        if len(inside):
            index = int(inside[0])
        else:  # in the silence between two pieces: the nearer one
            index = int(np.argmin(np.minimum(np.abs(starts - middle), np.abs(ends - middle))))
        side, first, last = pieces[index]
        lo, hi = first / SAMPLE_RATE, last / SAMPLE_RATE
        shift = lo - starts[index]
        start = float(np.clip(word.start + shift, lo, hi))
        end = float(np.clip(word.end + shift, start, hi))
        mapped.append((side, Word(word.text, round(start, 3), round(end, 3), word.probability)))
    return mapped, detected


def build_turn(
    customer16k: np.ndarray,
    trainee16k: np.ndarray,
    *,
    transcriber: TranscriberLike,
    vad_options: VadOptions | None = None,
    language: str | None,
    line_end: float | None = None,
    notes: Sequence[str] = (),
    transcribe_customer: bool = True,
) -> Turn:
    """The timeline of one turn from two 16 kHz tracks on one clock.
    ``language`` None lets Whisper detect it (the result goes into ``Turn.notes`` as
    ``language detected: xx``). ``line_end`` is where the customer's scripted line ended when the caller
    knows it (live practice); None leaves it to the judge to tell from the spans.
    ``transcribe_customer`` False leaves the customer's words out (when the line's text is
    known, as in live practice), which halves the Whisper work.
    """
    turn, _detected = build_turn_detecting(
        customer16k, trainee16k, transcriber=transcriber, vad_options=vad_options,
        language=language, line_end=line_end, notes=notes, transcribe_customer=transcribe_customer,
    )  # fmt: skip
    return turn


def build_turn_detecting(
    customer16k: np.ndarray,
    trainee16k: np.ndarray,
    *,
    transcriber: TranscriberLike,
    vad_options: VadOptions | None = None,
    language: str | None,
    line_end: float | None = None,
    notes: Sequence[str] = (),
    transcribe_customer: bool = True,
) -> tuple[Turn, str | None]:
    """:func:`build_turn`, also returning the language Whisper detected (when ``language`` is None)."""
    options = vad_options or VadOptions()
    customer, trainee = pad_tracks(customer16k, trainee16k)
    customer_spans = detect_speech(customer, options)
    trainee_spans = detect_speech(trainee, options)
    (customer_words, trainee_words), detected = transcribe_sides(
        (customer, trainee),
        (customer_spans if transcribe_customer else (), trainee_spans),
        transcriber=transcriber,
        language=language,
    )
    all_notes = list(notes)
    if detected is not None:
        all_notes.append(f"language detected: {detected}")
    turn = Turn(
        customer=Track(customer_spans, customer_words),
        trainee=Track(trainee_spans, trainee_words),
        duration=len(customer) / SAMPLE_RATE,
        line_end=line_end,
        notes=tuple(all_notes),
    )
    return turn, detected


# -- judged turns ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TurnChoice:
    """The scenario turn a recording answers."""

    loaded: LoadedScenario
    step_id: str
    number: int


def choose_turn(scenario: str | None, turn: str | int | None) -> TurnChoice | None:
    """Resolve ``--scenario`` and ``--turn`` (1-based number or turn id)."""
    if scenario is None:
        if turn is not None:
            raise UserError("--turn needs --scenario (the scenario the turn belongs to)")
        return None

    loaded = find_scenario(scenario)
    ids = loaded.scenario.turn_ids
    count = len(ids)
    if turn is None:
        if count == 1:
            return TurnChoice(loaded, ids[0], 1)
        raise UserError(
            f"scenario {loaded.scenario.id} has {count} turns; add --turn N (1-{count}) to say which one was answered"
        )
    text = str(turn).strip()
    if text.isdigit():
        number = int(text)
        if not 1 <= number <= count:
            raise UserError(f"--turn {number} is out of range; scenario {loaded.scenario.id} has turns 1-{count}")
        return TurnChoice(loaded, ids[number - 1], number)
    if text in ids:
        return TurnChoice(loaded, text, ids.index(text) + 1)
    raise UserError(
        f"--turn '{text}' is not a turn of {loaded.scenario.id}; use a number 1-{count} or one of: {', '.join(ids)}"
    )


def analyze_tracks(
    customer16k: np.ndarray,
    trainee16k: np.ndarray,
    *,
    scenario: str | None = None,
    turn: str | int | None = None,
    language: str | None = None,
    model: str | None = None,
    device: str | None = None,
    compute_type: str | None = None,
    vad_options: VadOptions | None = None,
    judge_options: Any = None,
    settings: Settings | None = None,
    transcriber: TranscriberLike | None = None,
    source: dict[str, Any] | None = None,
    line_end: float | None = None,
    transcribe_customer: bool = True,
) -> TurnResult:
    """Judge one turn given as two 16 kHz tracks.
    Language: the scenario's, else ``language``, else detected by Whisper (a multilingual
    model), else English. The Whisper model is the one the models adapter picks for the
    language unless ``model`` (or a ``transcriber``) is given. ``line_end`` and
    ``transcribe_customer`` are passed to :func:`build_turn`.
    """

    settings = settings if settings is not None else load_settings()
    choice = choose_turn(scenario, turn)
    if choice is not None:
        language = choice.loaded.scenario.language
    if language is not None and language not in LANGUAGES:
        raise UserError(f"language '{language}' is not supported; use de or en")
    notes: list[str] = []
    if transcriber is None:
        transcriber = _transcriber_for(language, model, device, compute_type, settings)
    if language is None and getattr(transcriber, "english_only", False):
        language = "en"
    options = vad_options or VadOptions()
    built, detected = build_turn_detecting(
        customer16k, trainee16k, transcriber=transcriber, vad_options=options, language=language,
        line_end=line_end, notes=notes, transcribe_customer=transcribe_customer,
    )  # fmt: skip
    if language is None:
        if detected in LANGUAGES:
            language = detected
        else:
            language = "en"
            built = _with_note(built, f"language {detected or 'unknown'} detected; judged as English")
    models = {
        "whisper": transcriber.info.as_options() if hasattr(transcriber.info, "as_options") else dict(transcriber.info),
        "vad": {"model": "silero_vad_v6", **options.to_json()},
    }
    if source:
        models["source"] = dict(source)
    result = judge(
        built,
        language=language,
        scenario=choice.loaded.scenario if choice else None,
        step_id=choice.step_id if choice else None,
        options=judge_options if judge_options is not None else JudgeOptions(),
        models=models,
        resources=language_resources.shared(),
    )
    return result


def analyze_files(
    customer_path: str | os.PathLike[str], trainee_path: str | os.PathLike[str], **kwargs: Any
) -> TurnResult:
    """Judge a turn from two files, one per side (see :func:`analyze_tracks` for the options)."""
    customer, trainee = load_pair(customer_path, trainee_path)
    source = {"customer": str(customer_path), "trainee": str(trainee_path)}
    return analyze_tracks(customer, trainee, source=source, **kwargs)


def analyze_call(
    call_path: str | os.PathLike[str], customer_channel: Literal["left", "right"], **kwargs: Any
) -> TurnResult:
    """Judge a turn from a stereo call recording, the customer on ``customer_channel``."""
    customer, trainee = load_call(call_path, customer_channel)
    source = {"call": str(call_path), "customer_channel": customer_channel}
    return analyze_tracks(customer, trainee, source=source, **kwargs)


def _transcriber_for(
    language: str | None, model: str | None, device: str | None, compute_type: str | None, settings: Settings
) -> TranscriberLike:
    if language is None and model is None and not settings.whisper_model:
        model = DETECTING_WHISPER  # multilingual: tells the language as it transcribes
    return get_transcriber(model, device, compute_type, language=language, settings=settings, decode=ANALYSIS_DECODE)


def _with_note(turn: Turn, note: str) -> Turn:
    return replace(turn, notes=(*turn.notes, note))


__all__ = [
    "analyze_call",
    "analyze_files",
    "analyze_tracks",
    "build_turn",
    "build_turn_detecting",
    "choose_turn",
    "ANALYSIS_DECODE",
    "load_call",
    "load_pair",
    "pad_tracks",
    "speech_regions",
    "transcribe_sides",
]
