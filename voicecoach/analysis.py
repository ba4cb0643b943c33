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

import contextlib
import math
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal, Protocol

import numpy as np

from voicecoach.adapters import language_resources
from voicecoach.adapters.audio_files import BLOCK_SECONDS, BlockStats, SampleStore, blocks_16k
from voicecoach.adapters.library import LoadedScenario, find_scenario
from voicecoach.adapters.models import DETECTING_WHISPER
from voicecoach.adapters.settings import Settings, load_settings
from voicecoach.adapters.vad import VadOptions, detect_speech_blocks
from voicecoach.adapters.whisper_stt import CLIP_BATCH, CLIP_SECONDS, DecodeOptions, TranscriberLike, get_transcriber
from voicecoach.core.analyzers.options import JudgeOptions
from voicecoach.core.audio_ops import SAMPLE_RATE
from voicecoach.core.call import CallResult, judge_call
from voicecoach.core.errors import Said, UserError
from voicecoach.core.hallucination import heard_words
from voicecoach.core.judge import judge
from voicecoach.core.languages import LANGUAGES
from voicecoach.core.timeline import Span, Track, Turn, Word, align_text
from voicecoach.core.vocabulary import reply_prompt
from voicecoach.core.words import number, say
from voicecoach.core.words.cli import ANALYZE

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
#: Silence (seconds) faster-whisper skips around a stretch it suspects of being invented: with the
#: scenario's prompt Whisper ran on past the end of 2 of 29 German replies ("ich bin hier in der
#: Nähe"); with 0.5 none, word error rate 0.209 -> 0.196 German, 0.035 English unchanged
#: (benchmarks/german_wer.py, docs/benchmarks.md "Recognition").
ANALYSIS_SILENCE = 0.5
#: How Whisper decodes when judging a turn (``analyze`` and the live call alike).
ANALYSIS_DECODE = DecodeOptions(beam_size=ANALYSIS_BEAM, hallucination_silence_threshold=ANALYSIS_SILENCE)


# -- audio in ---------------------------------------------------------------------------------
#
# A recording is decoded block by block into two 16 kHz tracks kept on disk (SampleStore), so
# memory does not grow with the length of the call; every later step (the input checks, the echo,
# the VAD, Whisper) reads the tracks in blocks or reads only the stretches it needs.

#: A side whose loudest sample stays below this (dBFS) holds no sound: a muted channel, -90 dB dither.
SILENT_PEAK_DB = -60.0
#: More NaN/Inf samples than this share of a side: the file is damaged and is not judged.
MAX_NONFINITE_SHARE = 0.01
#: Delays searched for the customer's voice in the trainee's track (seconds). A headset or a
#: phone line leaks the far end back within a few hundred milliseconds.
ECHO_MAX_DELAY = 0.5
#: Seconds per block of the echo search; blocks with the customer quieter than -60 dBFS RMS are left out.
ECHO_BLOCK = 1.0
#: The echo search reads at most this many blocks, spread over the call (10 minutes of evidence).
ECHO_MAX_BLOCKS = 600
#: Echo counts when the mean normalised cross-correlation at the best delay reaches this and
#: stands this many times above the median over the other delays. Measured on the real
#: recordings (license reading against JFK): a -50 to -6 dB echo gave 0.33-0.72 and 82-187,
#: unrelated speech 0.02-0.05 and 5-20, mains hum on both tracks 0.4-0.75 but 1.5.
ECHO_MIN_CORRELATION = 0.2
ECHO_MIN_PROMINENCE = 40.0
#: Echo subtraction is decided per block of this many samples (32 ms, the live call's VAD frame).
ECHO_FRAME = 512
#: The two sides are the same audio (a mono recording copied to both channels, one file given
#: twice) when they correlate this well at no delay and are within 10 dB of each other.
DUPLICATE_CORRELATION = 0.9


class TrackLike(Protocol):
    """16 kHz mono samples that can be measured and sliced: a numpy array or a :class:`SampleStore`."""

    def __len__(self) -> int: ...

    def __getitem__(self, item: slice) -> np.ndarray: ...


@dataclass(frozen=True)
class Echo:
    """The customer's voice found in the trainee's track: ``delay_s`` late, scaled by ``gain``."""

    delay_s: float
    gain: float
    correlation: float
    prominence: float

    @property
    def level_db(self) -> float:
        """The echo's level relative to the customer's track, in dB."""
        return 20 * math.log10(abs(self.gain)) if self.gain else float("-inf")

    def to_json(self) -> dict[str, float]:
        return {"delay_s": round(self.delay_s, 4), "level_db": round(self.level_db, 1)}


@dataclass
class SideInput:
    """One side as read: its label in messages, and what the decoder saw."""

    label: str | Said
    samples: int = 0
    nonfinite: int = 0
    file_samples: int = 0
    peak: float = 0.0


@dataclass
class InputReport:
    """What the input checks found: filled in while the audio is read and prepared."""

    customer: SideInput = field(default_factory=lambda: SideInput(Said("the customer's side")))
    trainee: SideInput = field(default_factory=lambda: SideInput(Said("your side")))
    echo: Echo | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.echo is not None:
            data["echo_removed"] = self.echo.to_json()
        bad = {side: info.nonfinite for side, info in (("customer", self.customer), ("trainee", self.trainee))}
        if any(bad.values()):
            data["nonfinite_samples"] = bad
        return data

    def notes(self, language: str) -> list[str]:
        """What the user should know about the input, in ``language``."""
        notes: list[str] = []
        for key, info in (("customer", self.customer), ("you", self.trainee)):
            if info.nonfinite:
                notes.append(
                    say(ANALYZE, "input_nonfinite", language, count=info.nonfinite, side=say(ANALYZE, key, language))
                )
        if self.echo is not None:
            notes.append(
                say(
                    ANALYZE, "input_echo", language,
                    delay=round(self.echo.delay_s * 1000), level=number(self.echo.level_db, language, 0),
                )
            )  # fmt: skip
        return notes


def pad_tracks(first: np.ndarray, second: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Both tracks as float32, the shorter one padded with silence at the end."""
    first = np.asarray(first, dtype=np.float32).reshape(-1)
    second = np.asarray(second, dtype=np.float32).reshape(-1)
    length = max(len(first), len(second))
    return (
        np.pad(first, (0, length - len(first))),
        np.pad(second, (0, length - len(second))),
    )


@contextlib.contextmanager
def open_pair(
    customer_path: str | os.PathLike[str], trainee_path: str | os.PathLike[str]
) -> Iterator[tuple[SampleStore, SampleStore, InputReport]]:
    """Two files (any format and rate; several channels are averaged) as 16 kHz tracks of
    equal length on disk, checked (see :func:`check_sides`). The tracks go away on exit."""
    report = InputReport(SideInput(str(customer_path)), SideInput(str(trainee_path)))
    with SampleStore() as customer, SampleStore() as trainee:
        for path, store, side in ((customer_path, customer, report.customer), (trainee_path, trainee, report.trainee)):
            stats = BlockStats()
            for block in blocks_16k(path, stats):
                store.append(block.mean(axis=1) if block.shape[1] > 1 else block[:, 0])
            _measure(store, side, stats)
        length = max(len(customer), len(trainee))
        customer.pad_to(length)
        trainee.pad_to(length)
        check_sides(report, two_files=True)
        yield customer, trainee, report


def _channel_label(channel: str, path: object, *, customer: bool) -> Said:
    """A side of a stereo call in messages: "the left channel of call.wav (the customer's)"."""
    if channel == "left":
        if customer:
            return Said("the left channel of {path} (the customer's)", path=path)
        return Said("the left channel of {path} (yours)", path=path)
    if customer:
        return Said("the right channel of {path} (the customer's)", path=path)
    return Said("the right channel of {path} (yours)", path=path)


@contextlib.contextmanager
def open_call(
    call_path: str | os.PathLike[str], customer_channel: Literal["left", "right"]
) -> Iterator[tuple[SampleStore, SampleStore, InputReport]]:
    """A stereo call recording as (customer, trainee) 16 kHz tracks on disk, checked."""
    if customer_channel not in ("left", "right"):
        raise UserError(
            "--customer-channel must be left or right, not '{customer_channel}'", customer_channel=customer_channel
        )
    trainee_channel = "right" if customer_channel == "left" else "left"
    report = InputReport(
        SideInput(_channel_label(customer_channel, call_path, customer=True)),
        SideInput(_channel_label(trainee_channel, call_path, customer=False)),
    )
    customer_index = 0 if customer_channel == "left" else 1
    stats = BlockStats()
    with SampleStore() as customer, SampleStore() as trainee:
        for block in blocks_16k(call_path, stats):
            _check_channels(call_path, block.shape[1])
            customer.append(block[:, customer_index])
            trainee.append(block[:, 1 - customer_index])
        if stats.channels:
            _check_channels(call_path, stats.channels)
        for index, (store, side) in enumerate(((customer, report.customer), (trainee, report.trainee))):
            channel = customer_index if index == 0 else 1 - customer_index
            bad = stats.nonfinite_per_channel[channel] if stats.nonfinite_per_channel else 0
            _measure(store, side, BlockStats(1, stats.sample_rate, stats.frames, bad))
        if stats.frames == 0:
            raise UserError(
                "{call_path} holds no audio (0 samples); record the call again or choose another file",
                call_path=call_path,
            )
        check_sides(report, two_files=False)
        yield customer, trainee, report


def load_pair(
    customer_path: str | os.PathLike[str], trainee_path: str | os.PathLike[str]
) -> tuple[np.ndarray, np.ndarray]:
    """Two files as 16 kHz mono arrays of equal length (short files; :func:`open_pair` for long ones)."""
    with open_pair(customer_path, trainee_path) as (customer, trainee, _report):
        return customer[0 : len(customer)], trainee[0 : len(trainee)]


def load_call(
    call_path: str | os.PathLike[str], customer_channel: Literal["left", "right"]
) -> tuple[np.ndarray, np.ndarray]:
    """A stereo call as (customer, trainee) 16 kHz arrays (short files; :func:`open_call` for long ones)."""
    with open_call(call_path, customer_channel) as (customer, trainee, _report):
        return customer[0 : len(customer)], trainee[0 : len(trainee)]


def _check_channels(path: str | os.PathLike[str], channels: int) -> None:
    if channels == 1:
        raise UserError(
            "{path} is mono; --call needs a stereo recording with one speaker per channel; use --customer/--trainee for two files",
            path=path,
        )
    if channels != 2:
        raise UserError(
            "{path} has {channels} channels; --call needs a stereo recording with one speaker per channel; use --customer/--trainee for two files",
            path=path,
            channels=channels,
        )


def _measure(store: SampleStore, side: SideInput, stats: BlockStats) -> None:
    """Fill ``side`` from the decoder's ``stats`` and one pass over ``store`` (its peak)."""
    side.samples = len(store)
    side.file_samples = stats.frames
    side.nonfinite = stats.nonfinite
    side.peak = max((float(np.abs(block).max()) for _start, block in store.blocks() if len(block)), default=0.0)


def check_sides(report: InputReport, *, two_files: bool) -> None:
    """Refuse input that cannot be judged, with one line naming the fix: an empty side, a side
    mostly NaN/Inf (damaged), a silent customer side (nothing to answer: a muted channel or the
    wrong ``--customer-channel``). A silent trainee side is judged (no answer is a finding)."""
    for side in (report.customer, report.trainee):
        if side.file_samples == 0:
            raise UserError(
                "{label} holds no audio (0 samples); record it again or choose another file", label=side.label
            )
        if side.nonfinite > MAX_NONFINITE_SHARE * side.file_samples:
            share = 100 * side.nonfinite / side.file_samples
            raise UserError(
                "{label} is damaged: {share:.0f}% of its samples are not numbers (NaN/Inf); export the recording again",
                label=side.label,
                share=share,
            )
    if 20 * math.log10(max(report.customer.peak, 1e-12)) < SILENT_PEAK_DB:
        fix = Said("give the customer's recording as --customer") if two_files else Said("check --customer-channel")
        raise UserError("{label} is silent, so there is no line to answer; {fix}", label=report.customer.label, fix=fix)


def _read(track: TrackLike, start: int, end: int) -> np.ndarray:
    """``track[start:end]`` with zeros where that reaches outside the track."""
    lo, hi = max(0, start), min(len(track), end)
    out = np.zeros(max(0, end - start), np.float32)
    if hi > lo:
        out[lo - start : hi - start] = track[lo:hi]
    return out


def _blocks(track: TrackLike, size: int = int(BLOCK_SECONDS * SAMPLE_RATE)) -> Iterator[np.ndarray]:
    for start in range(0, len(track), size):
        yield _read(track, start, min(len(track), start + size))


def find_echo(customer: TrackLike, trainee: TrackLike, *, max_delay: float = ECHO_MAX_DELAY) -> Echo | None:
    """The customer's voice in the trainee's track as a delayed, scaled copy, or None.

    Cross-correlation of the two tracks over delays 0 to ``max_delay`` s, block by block
    (``ECHO_BLOCK`` s; at most ``ECHO_MAX_BLOCKS`` blocks spread over the call), each block's
    correlation normalised by both energies and averaged, so the trainee's own speech does not
    drown a faint echo. The delay is where the average peaks; the gain is the least-squares gain
    over the blocks where the echo dominates (normalised correlation >= 0.5), else over all.
    Echo counts when the peak passes ``ECHO_MIN_CORRELATION`` and ``ECHO_MIN_PROMINENCE``."""
    lags = int(max_delay * SAMPLE_RATE)
    size = int(ECHO_BLOCK * SAMPLE_RATE)
    count = -(-len(customer) // size)
    stride = max(1, -(-count // ECHO_MAX_BLOCKS))
    nfft = 1 << int(math.ceil(math.log2(2 * size + lags)))
    total = np.zeros(lags + 1)
    kept: list[tuple[np.ndarray, float, float]] = []
    for index in range(0, count, stride):
        start = index * size
        c = _read(customer, start, start + size)
        energy_c = float(np.dot(c, c))
        if energy_c < 1e-6 * size:  # the customer quieter than -60 dBFS RMS: nothing to leak
            continue
        t = _read(trainee, start, start + size + lags)
        energy_t = float(np.dot(t[:size], t[:size]))
        if energy_t <= 0.0:
            continue
        spectrum = np.conj(np.fft.rfft(c, nfft)) * np.fft.rfft(t, nfft)
        correlation = np.fft.irfft(spectrum, nfft)[: lags + 1]
        total += correlation / math.sqrt(energy_c * energy_t)
        kept.append((correlation, energy_c, energy_t))
    if not kept:
        return None
    total /= len(kept)
    lag = int(np.argmax(np.abs(total)))
    others = np.abs(total[np.abs(np.arange(lags + 1) - lag) > ECHO_FRAME // 8])
    background = float(np.median(others)) if len(others) else 0.0
    prominence = abs(float(total[lag])) / background if background > 0 else float("inf")
    dominant = [(r[lag], ec) for r, ec, et in kept if abs(r[lag]) >= 0.5 * math.sqrt(ec * et)]
    pairs = dominant or [(r[lag], ec) for r, ec, _et in kept]
    gain = float(sum(p for p, _ in pairs) / sum(e for _, e in pairs))
    return Echo(lag / SAMPLE_RATE, gain, float(total[lag]), prominence)


def is_echo(echo: Echo | None) -> bool:
    """Whether ``echo`` is strong and clear enough to take out (see the ``ECHO_`` thresholds)."""
    return echo is not None and abs(echo.correlation) >= ECHO_MIN_CORRELATION and echo.prominence >= ECHO_MIN_PROMINENCE


def check_not_duplicate(echo: Echo | None, report: InputReport) -> None:
    """Refuse two sides that are one recording (lag 0, correlation >= ``DUPLICATE_CORRELATION``,
    within 10 dB): every word would be judged as talking over."""
    if echo is not None and echo.delay_s == 0 and echo.correlation >= DUPLICATE_CORRELATION and echo.level_db >= -10:
        raise UserError(
            "{label} and {label2} hold the same audio (a mono recording copied to both sides?); analyze needs the customer and the trainee recorded apart, one per channel or file",
            label=report.customer.label,
            label2=report.trainee.label,
        )


def without_echo(customer: TrackLike, trainee: TrackLike, echo: Echo) -> TrackLike:
    """``trainee`` less ``echo.gain`` times the customer's track ``echo.delay_s`` later, only in the
    ``ECHO_FRAME`` blocks where that makes the track quieter (as the live call's ``without_echo``
    does): where the estimate does not fit, the trainee's own voice is left as it was.
    Returns the same kind of track it was given (an array, or a new :class:`SampleStore`)."""
    delay = int(round(echo.delay_s * SAMPLE_RATE))
    size = int(BLOCK_SECONDS * SAMPLE_RATE) // ECHO_FRAME * ECHO_FRAME
    pieces: list[np.ndarray] = []
    store = None if isinstance(trainee, np.ndarray) else SampleStore()
    for start in range(0, len(trainee), size):
        end = min(len(trainee), start + size)
        block = _read(trainee, start, end)
        frames = -(-len(block) // ECHO_FRAME)
        padded = np.zeros(frames * ECHO_FRAME, np.float32)
        padded[: len(block)] = block
        leak = np.float32(echo.gain) * _read(customer, start - delay, start - delay + len(padded))
        cleaned = padded - leak
        louder = (cleaned.reshape(frames, -1) ** 2).sum(axis=1) >= (padded.reshape(frames, -1) ** 2).sum(axis=1)
        cleaned.reshape(frames, -1)[louder] = padded.reshape(frames, -1)[louder]
        if store is None:
            pieces.append(cleaned[: len(block)])
        else:
            store.append(cleaned[: len(block)])
    if store is not None:
        return store
    return np.concatenate(pieces) if pieces else np.zeros(0, np.float32)


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
    tracks: Sequence[TrackLike],
    spans: Sequence[Sequence[Span]],
    *,
    transcriber: TranscriberLike,
    language: str | None,
    prompt: str | None = None,
) -> tuple[list[tuple[Word, ...]], str | None]:
    """Words per track, on the turn's clock, transcribing only the speech regions.
    The speech regions of all tracks are laid end to end, the last track's (the trainee's) first,
    and decoded in one Whisper pass: one encoder run instead of one per side. Short
    isolated regions (a backchannel) are decoded on their own. Whisper sometimes stops early and
    leaves the last regions of a window without words; regions that got no words although they
    hold at least ``RETRY_SPEECH`` seconds of speech are decoded once more, each on its own.
    With ``language`` None, the language is told from the longest speech of all tracks together
    (:func:`language_of`; never from a short first word: a German customer and a trainee's "Ja."
    were judged as English) and then used for every decode. ``prompt`` is passed to the
    transcriber (the scenario's vocabulary, ``core/vocabulary.reply_prompt``). Returns the words
    of each track and the detected language (None when ``language`` was given).
    """
    found: list[list[Word]] = [[] for _ in tracks]
    regions = [speech_regions(spans[side], len(tracks[side])) for side in range(len(tracks))]
    short: list[Piece] = []
    long_: list[Piece] = []
    for side, side_regions in enumerate(regions):
        for index, (start, end) in enumerate(side_regions):
            (short if _isolated_short(side_regions, index) else long_).append((side, start, end))
    groups: list[list[Piece]] = []
    detected: str | None = None
    if language is None and (short or long_):
        detected = language = language_of(tracks, [*long_, *short], transcriber)
    # the trainee's speech first: decoded after the customer's, a German reply took on the
    # language of an English fallback voice reading the German line
    ordered = sorted(long_, key=lambda piece: (-piece[0], piece[1]))
    batched = callable(getattr(transcriber, "transcribe_clips", None))
    if batched:
        # faster-whisper's BatchedInferencePipeline: each clip (<= 30 s, one Whisper window) is
        # decoded on its own, side by side; a piece longer than a window goes the sequential way
        groups = _packed([p for p in ordered if p[2] - p[1] <= CLIP_SAMPLES])
        groups += [[piece] for piece in short]
        whole = [[p] for p in ordered if p[2] - p[1] > CLIP_SAMPLES]
    else:  # a transcriber without clips (a fake): the joined pieces in one pass, as the live call
        groups = [chunk for group in ([ordered] if ordered else []) for chunk in _chunked(group)]
        groups += [[piece] for piece in short]
        whole = []
    joined_pieces: set[Piece] = set()
    got = _transcribe_clips(tracks, groups, transcriber, language, prompt, spans) if batched else []
    for group in whole + ([] if batched else groups):
        got += _transcribe_pieces(tracks, group, transcriber, language, prompt, spans)[0]
    for side, word in got:
        found[side].append(word)
    joined_pieces.update(piece for group in groups + whole if len(group) > 1 for piece in group)
    retry: list[list[Piece]] = []
    for side, start, end in sorted(joined_pieces, key=lambda piece: (piece[1], piece[0])):
        lo, hi = start / SAMPLE_RATE, end / SAMPLE_RATE
        heard = any(lo <= (w.start + w.end) / 2 <= hi for w in found[side])
        speech = sum(Span(lo, hi).overlap(span) for span in spans[side])
        if not heard and speech >= RETRY_SPEECH:  # a lone piece decoded again alone would give the same
            retry.append([(side, start, end)])
    if batched:
        again = _transcribe_clips(tracks, retry, transcriber, language, prompt, spans)
    else:
        again = [
            pair
            for group in retry
            for pair in _transcribe_pieces(tracks, group, transcriber, language, prompt, spans)[0]
        ]
    for side, word in again:
        found[side].append(word)
    words = [tuple(sorted(side_words, key=lambda w: w.start)) for side_words in found]
    return words, detected


#: Seconds of speech Whisper's language detection looks at (one window).
DETECT_SECONDS = 30.0


def language_of(tracks: Sequence[TrackLike], pieces: Sequence[Piece], transcriber: TranscriberLike) -> str | None:
    """The language of the speech in ``pieces``, told from the longest of them first, all sides
    together: they are laid end to end, longest first, up to ``DETECT_SECONDS``, and Whisper's
    language detection (``Transcriber.detect_language``, limited to the supported languages)
    looks at that. A transcriber without ``detect_language`` (a fake) decodes it with
    ``transcribe_full`` and its language is taken. None when nothing was heard."""
    ordered = sorted(pieces, key=lambda piece: -(piece[2] - piece[1]))
    chosen: list[Piece] = []
    total = 0
    for side, start, end in ordered:
        if total >= DETECT_SECONDS * SAMPLE_RATE:
            break
        take = min(end - start, int(DETECT_SECONDS * SAMPLE_RATE) - total)
        chosen.append((side, start, start + take))
        total += take + int(REGION_GAP * SAMPLE_RATE)
    gap = np.zeros(int(REGION_GAP * SAMPLE_RATE), np.float32)
    parts: list[np.ndarray] = []
    for side, start, end in chosen:
        parts += [np.asarray(tracks[side][start:end], np.float32), gap]
    audio = np.concatenate(parts[:-1]) if parts else np.zeros(0, np.float32)
    detect = getattr(transcriber, "detect_language", None)
    if detect is not None:
        return str(detect(audio, among=tuple(LANGUAGES))[0])
    if hasattr(transcriber, "transcribe_full"):
        return transcriber.transcribe_full(audio, language=None, offset=0.0).language  # type: ignore[no-any-return]
    return None


#: At most this much audio (seconds) is laid end to end for one Whisper call: faster-whisper
#: computes the features of all it is given at once (a two-hour call took gigabytes).
MAX_JOINED = 240.0


def _chunked(group: list[Piece]) -> list[list[Piece]]:
    """``group`` cut into runs of pieces of at most ``MAX_JOINED`` seconds of joined audio each."""
    limit = MAX_JOINED * SAMPLE_RATE
    chunks: list[list[Piece]] = []
    used = 0.0
    for piece in group:
        length = piece[2] - piece[1] + REGION_GAP * SAMPLE_RATE
        if not chunks or used + length > limit:
            chunks.append([])
            used = 0.0
        chunks[-1].append(piece)
        used += length
    return chunks


#: Samples of one Whisper window: the most audio one clip of ``Transcriber.transcribe_clips`` holds.
CLIP_SAMPLES = int(CLIP_SECONDS * SAMPLE_RATE)


def _packed(pieces: list[Piece]) -> list[list[Piece]]:
    """``pieces`` (each at most a window long), in their order, packed into clips: as many of one
    side as fit one Whisper window laid end to end ``REGION_GAP`` apart. Whisper's encoder costs
    the same for 1 s as for 30 s, so the fewer clips the less work; but a clip never holds both
    sides: decoded in one window, Whisper stopped after the agent's reading and left the
    customer's three lines after it without words (the batch benchmark's calls)."""
    gap = int(REGION_GAP * SAMPLE_RATE)
    clips: list[list[Piece]] = []
    used = 0
    for piece in pieces:
        length = piece[2] - piece[1]
        if not clips or used + gap + length > CLIP_SAMPLES or clips[-1][-1][0] != piece[0]:
            clips.append([])
            used = -gap
        clips[-1].append(piece)
        used += gap + length
    return clips


def _transcribe_clips(
    tracks: Sequence[TrackLike],
    clips: Sequence[Sequence[Piece]],
    transcriber: Any,
    language: str | None,
    prompt: str | None,
    speech: Sequence[Sequence[Span]] = (),
) -> list[tuple[int, Word]]:
    """Each clip (pieces laid end to end ``REGION_GAP`` apart, at most one window) decoded on its
    own with ``transcriber.transcribe_clips``, ``CLIP_BATCH`` clips (``MAX_JOINED`` seconds at
    most) at a time; every word mapped back to its side and its place on the turn's clock, less
    the words Whisper wrote for silence (``core/hallucination.heard_words`` against ``speech``, the
    speech spans of each side)."""
    mapped: list[tuple[int, Word]] = []
    for first in range(0, len(clips), CLIP_BATCH):
        chunk = clips[first : first + CLIP_BATCH]
        pieces = [piece for clip in chunk for piece in clip]
        joined, starts, ends = _joined(tracks, pieces)
        bounds: list[tuple[float, float]] = []
        index = 0
        for clip in chunk:
            bounds.append((float(starts[index]), float(ends[index + len(clip) - 1])))
            index += len(clip)
        transcripts = transcriber.transcribe_clips(joined, bounds, language=language, prompt=prompt)
        for transcript in transcripts:  # one pass each
            mapped += _heard_back([s.words for s in transcript.segments], pieces, starts, ends, speech)
    return mapped


def _isolated_short(regions: Sequence[tuple[int, int]], index: int) -> bool:
    """A region with little speech, far from the others: a backchannel, decoded on its own."""
    start, end = regions[index]
    if len(regions) < 2 or (end - start) - 2 * REGION_PAD * SAMPLE_RATE >= SHORT_ALONE * SAMPLE_RATE:
        return False
    before = start - regions[index - 1][1] if index > 0 else None
    after = regions[index + 1][0] - end if index + 1 < len(regions) else None
    return all(gap is None or gap >= ISOLATION * SAMPLE_RATE for gap in (before, after))


def _transcribe_pieces(
    tracks: Sequence[TrackLike],
    pieces: Sequence[Piece],
    transcriber: TranscriberLike,
    language: str | None,
    prompt: str | None = None,
    speech: Sequence[Sequence[Span]] = (),
) -> tuple[list[tuple[int, Word]], str | None]:
    """Lay ``pieces`` end to end (``REGION_GAP`` apart), decode once, map each word back to its
    side and its place on the turn's clock, less the words Whisper wrote for silence
    (``core/hallucination.heard_words`` against ``speech``, the speech spans of each side)."""
    if not pieces:
        return [], None
    joined, starts, ends = _joined(tracks, pieces)
    detected: str | None = None
    full = getattr(transcriber, "transcribe_full", None)
    if full is not None and (language is None or hasattr(transcriber, "transcribe_clips")):
        # the real transcriber (or a fake detecting the language): the same one decode, with its segments
        transcript = full(joined, language=language, offset=0.0, **({"prompt": prompt} if prompt else {}))
        segments = getattr(transcript, "segments", None)
        heard = [s.words for s in segments] if segments is not None else [transcript.words]
        detected = transcript.language if language is None else None
    elif prompt:
        heard = [transcriber.transcribe(joined, language=language, offset=0.0, prompt=prompt)]
    else:  # no prompt keyword: fakes in tests take only language and offset
        heard = [transcriber.transcribe(joined, language=language, offset=0.0)]
    return _heard_back(heard, pieces, starts, ends, speech), detected


def _joined(tracks: Sequence[TrackLike], pieces: Sequence[Piece]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``pieces`` laid end to end, ``REGION_GAP`` apart: the samples, and where each piece starts
    and ends in them (seconds)."""
    gap = int(REGION_GAP * SAMPLE_RATE)
    joined_at: list[int] = []
    cursor = 0
    for _side, start, end in pieces:
        joined_at.append(cursor)
        cursor += end - start + gap
    joined = np.zeros(max(0, cursor - gap), np.float32)
    for (side, start, end), at in zip(pieces, joined_at):
        joined[at : at + end - start] = tracks[side][start:end]
    starts = np.array(joined_at, dtype=np.float64) / SAMPLE_RATE
    ends = starts + np.array([end - start for _side, start, end in pieces], dtype=np.float64) / SAMPLE_RATE
    return joined, starts, ends


def _heard_back(
    segments: Sequence[Sequence[Word]],
    pieces: Sequence[Piece],
    starts: np.ndarray,
    ends: np.ndarray,
    speech: Sequence[Sequence[Span]],
) -> list[tuple[int, Word]]:
    """The words of one Whisper pass (its ``segments``, timed on the joined audio) as (side, word
    on the turn's clock) (:func:`_mapped_back`), each side's kept by ``heard_words`` against that
    side's speech spans (``speech[side]``; a side without an entry there: all kept)."""
    per_side: dict[int, list[list[Word]]] = {}
    for segment in segments:
        fresh: dict[int, list[Word]] = {}
        for side, word in _mapped_back(segment, pieces, starts, ends):
            fresh.setdefault(side, []).append(word)
        for side, words in fresh.items():
            per_side.setdefault(side, []).append(words)
    out: list[tuple[int, Word]] = []
    for side, groups in per_side.items():
        words = heard_words(groups, speech[side]) if side < len(speech) else tuple(w for g in groups for w in g)
        out += [(side, word) for word in words]
    return out


def _mapped_back(
    heard: Sequence[Word], pieces: Sequence[Piece], starts: np.ndarray, ends: np.ndarray
) -> list[tuple[int, Word]]:
    """Words timed on the joined audio (:func:`_joined`) as (side, word on the turn's clock): each
    goes to the piece its middle falls in (in a gap: the nearer piece), clipped to that piece."""
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
    return mapped


def build_turn(
    customer16k: TrackLike,
    trainee16k: TrackLike,
    *,
    transcriber: TranscriberLike,
    vad_options: VadOptions | None = None,
    language: str | None,
    line_end: float | None = None,
    notes: Sequence[str] = (),
    transcribe_customer: bool = True,
) -> Turn:
    """The timeline of one turn from two 16 kHz tracks on one clock (arrays or :class:`SampleStore`).
    ``language`` None lets Whisper detect it (the result goes into ``Turn.notes`` as
    ``language detected: xx``). ``line_end`` is where the customer's scripted line ended when the caller
    knows it (live practice); None leaves it to the judge to tell from the spans.
    ``transcribe_customer`` False leaves the customer's words out (when the line's text is
    known, as in live practice), which halves the Whisper work. Echo of the customer in the
    trainee's track is found and taken out first (:func:`find_echo`, :func:`without_echo`).
    """
    turn, _detected = build_turn_detecting(
        customer16k, trainee16k, transcriber=transcriber, vad_options=vad_options,
        language=language, line_end=line_end, notes=notes, transcribe_customer=transcribe_customer,
    )  # fmt: skip
    return turn


def build_turn_detecting(
    customer16k: TrackLike,
    trainee16k: TrackLike,
    *,
    transcriber: TranscriberLike,
    vad_options: VadOptions | None = None,
    language: str | None,
    line_end: float | None = None,
    notes: Sequence[str] = (),
    transcribe_customer: bool = True,
) -> tuple[Turn, str | None]:
    """:func:`build_turn`, also returning the language Whisper detected (when ``language`` is None)."""
    report = InputReport()
    turn, detected = _build(
        customer16k, trainee16k, report, transcriber=transcriber, vad_options=vad_options,
        language=language, line_end=line_end, transcribe_customer=transcribe_customer,
    )  # fmt: skip
    extra = report.notes(language or detected or "en")
    return replace(turn, notes=(*notes, *turn.notes, *extra)), detected


def _build(
    customer16k: TrackLike,
    trainee16k: TrackLike,
    report: InputReport,
    *,
    transcriber: TranscriberLike,
    vad_options: VadOptions | None,
    language: str | None,
    line_end: float | None,
    transcribe_customer: bool,
    prompt: str | None = None,
) -> tuple[Turn, str | None]:
    """The turn, with what the input checks found recorded in ``report`` (notes left to the caller);
    ``prompt`` goes to the transcriber (:func:`transcribe_sides`)."""
    options = vad_options or VadOptions()
    with contextlib.ExitStack() as stack:
        if isinstance(customer16k, np.ndarray) or isinstance(trainee16k, np.ndarray):
            customer, trainee = _finite_pair(customer16k, trainee16k, report)
        else:
            customer, trainee = customer16k, trainee16k
        echo = find_echo(customer, trainee)
        check_not_duplicate(echo, report)
        if is_echo(echo):
            assert echo is not None
            report.echo = echo
            trainee = without_echo(customer, trainee, echo)
            if isinstance(trainee, SampleStore):
                stack.enter_context(trainee)
        customer_spans = detect_speech_blocks(_blocks(customer), options)
        trainee_spans = detect_speech_blocks(_blocks(trainee), options)
        (customer_words, trainee_words), detected = transcribe_sides(
            (customer, trainee),
            (customer_spans if transcribe_customer else (), trainee_spans),
            transcriber=transcriber,
            language=language,
            prompt=prompt,
        )
        duration = len(customer) / SAMPLE_RATE
    turn_notes = [str(Said("language detected: {detected}", detected=detected))] if detected is not None else []
    turn = Turn(
        customer=Track(customer_spans, customer_words),
        trainee=Track(trainee_spans, trainee_words),
        duration=duration,
        line_end=line_end,
        notes=tuple(turn_notes),
    )
    return turn, detected


def _finite_pair(customer: TrackLike, trainee: TrackLike, report: InputReport) -> tuple[np.ndarray, np.ndarray]:
    """Arrays given directly: padded to one length, NaN/Inf set to 0 and counted in ``report``."""
    first, second = pad_tracks(customer[0 : len(customer)], trainee[0 : len(trainee)])
    for track, side in ((first, report.customer), (second, report.trainee)):
        bad = ~np.isfinite(track)
        if bad.any():
            side.nonfinite = int(bad.sum())
            track[bad] = 0.0
        np.clip(track, -1.0, 1.0, out=track)
    return first, second


# -- a plain transcript ------------------------------------------------------------------------


#: Speech regions at most this far apart (seconds) are transcribed as one stretch, the pause included.
TRANSCRIBE_PAUSE = 2.0


@contextlib.contextmanager
def open_track(path: str | os.PathLike[str], channel: int | None = None) -> Iterator[SampleStore]:
    """One file as a 16 kHz track on disk: ``channel`` (0 left, 1 right, ...) or the mean of all.
    NaN/Inf samples are silence. The track goes away on exit."""
    stats = BlockStats()
    with SampleStore() as store:
        for block in blocks_16k(path, stats):
            if channel is not None and not 0 <= channel < block.shape[1]:
                if block.shape[1] == 1:
                    raise UserError(
                        "channel {channel} asked for, but the audio is mono; leave out the channel option",
                        channel=channel,
                    )
                raise UserError(
                    "channel {channel} asked for, but the audio has {shape} channels; use 0 (left) to {value}",
                    channel=channel,
                    shape=block.shape[1],
                    value=block.shape[1] - 1,
                )
            store.append(block[:, channel] if channel is not None else block.mean(axis=1))
        yield store


def transcribe_speech(
    track: TrackLike,
    *,
    transcriber: Any,
    language: str | None,
    vad_options: VadOptions | None = None,
) -> tuple[list[Any], str | None]:
    """Segments of what is said in ``track``, decoding only where the speech detector found speech
    (as ``analyze`` does): silence, dither and hum give no invented text. Each speech region
    (padded by ``REGION_PAD``; regions at most ``TRANSCRIBE_PAUSE`` apart decoded together, up to
    one 30 s Whisper window) is decoded on its own, at most ``MAX_JOINED`` seconds at a time,
    with times on the track's clock. With ``language`` None the language is told from the longest
    speech first (:func:`language_of`), never from a short first word. Words Whisper wrote for
    silence are left out (``core/hallucination.heard_words``). Returns the segments (``whisper_stt.Segment``) and the language (None
    when there was no speech and none was given)."""
    spans = detect_speech_blocks(_blocks(track), vad_options or VadOptions())
    segments: list[Any] = []
    limit = int(MAX_JOINED * SAMPLE_RATE)
    stretches: list[tuple[int, int]] = []
    for start, end in speech_regions(spans, len(track)):
        # pauses within speech stay in: Whisper reads a sentence better whole (one window, 30 s)
        if (
            stretches
            and start - stretches[-1][1] <= TRANSCRIBE_PAUSE * SAMPLE_RATE
            and end - stretches[-1][0] <= 30 * SAMPLE_RATE
        ):
            stretches[-1] = (stretches[-1][0], end)
        else:
            stretches.append((start, end))
    if language is None and stretches:
        language = language_of([track], [(0, start, end) for start, end in stretches], transcriber)
    for start, end in stretches:
        for piece in range(start, end, limit):
            samples = _read(track, piece, min(end, piece + limit))
            transcript = transcriber.transcribe_full(samples, language=language, offset=piece / SAMPLE_RATE)
            # text Whisper wrote for silence is left out (core/hallucination)
            heard = set(heard_words([segment.words for segment in transcript.segments], spans))
            for segment in transcript.segments:
                words = tuple(word for word in segment.words if word in heard)
                if words == segment.words:
                    segments.append(segment)
                elif words:
                    segments.append(replace(segment, text=" ".join(w.text for w in words), words=words))
    return segments, language


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
            "scenario {id} has {count} turns; add --turn N (1-{count}) to say which one was answered",
            id=loaded.scenario.id,
            count=count,
        )
    text = str(turn).strip()
    if text.isdigit():
        number = int(text)
        if not 1 <= number <= count:
            raise UserError(
                "--turn {number} is out of range; scenario {id} has turns 1-{count}",
                number=number,
                id=loaded.scenario.id,
                count=count,
            )
        return TurnChoice(loaded, ids[number - 1], number)
    if text in ids:
        return TurnChoice(loaded, text, ids.index(text) + 1)
    raise UserError(
        "--turn '{text}' is not a turn of {id}; use a number 1-{count} or one of: {ids}",
        text=text,
        id=loaded.scenario.id,
        count=count,
        ids=", ".join(ids),
    )


def analyze_tracks(
    customer16k: TrackLike,
    trainee16k: TrackLike,
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
    report: InputReport | None = None,
) -> TurnResult:
    """Judge one turn given as two 16 kHz tracks (arrays, or :class:`SampleStore` for long ones).
    ``report`` is what reading the files found (:func:`open_pair`, :func:`open_call`); the
    input's faults and the echo taken out are told in the turn's notes and in
    ``options["models"]["input"]``. A customer side without speech is a ``UserError``.
    Language: the scenario's, else ``language``, else detected by Whisper (a multilingual
    model), else English. The Whisper model is the one the models adapter picks for the
    language unless ``model`` (or a ``transcriber``) is given. ``line_end`` and
    ``transcribe_customer`` are passed to :func:`build_turn`; with a scenario's turn the
    customer's words are the line's text placed on their speech (:func:`align_text`, as in a
    live call), not heard again.
    """

    settings = settings if settings is not None else load_settings()
    choice = choose_turn(scenario, turn)
    if choice is not None:
        language = choice.loaded.scenario.language
    if language is not None and language not in LANGUAGES:
        raise UserError("language '{language}' is not supported; use de or en", language=language)
    language_resources.warm_in_background(language)  # the lemma tables load while Whisper works
    report = report if report is not None else InputReport()
    if transcriber is None:
        transcriber = _transcriber_for(language, model, device, compute_type, settings)
    if language is None and getattr(transcriber, "english_only", False):
        language = "en"
    options = vad_options or VadOptions()
    # The scenario's line is what the customer said: its words are placed on the customer's speech
    # as in a live call, not heard again. (Whisper lost the first 7 s of an 11 s line in the audio
    # benchmark, and with them the customer's "I only work from home on Thursdays"; the judge then
    # read their "out seven till seven" for every day and flagged a good Thursday slot.)
    scripted = choice.loaded.scenario.step(choice.step_id).say if choice else None
    built, detected = _build(
        customer16k, trainee16k, report, transcriber=transcriber, vad_options=options, language=language,
        line_end=line_end, transcribe_customer=transcribe_customer and not scripted,
        prompt=reply_prompt(choice.loaded.scenario, choice.step_id) if choice else None,
    )  # fmt: skip
    if scripted and transcribe_customer:
        placed = Track(built.customer.speech, align_text(scripted, built.customer.speech))
        built = replace(built, customer=placed)
    if language is None:
        if detected in LANGUAGES:
            language = detected
        else:
            language = "en"
            built = _with_note(built, _judged_as_english(detected))
    if not built.customer.speech:
        raise UserError(
            "no speech found on {label}, so there is no line to answer; check which side is the customer's",
            label=report.customer.label,
        )
    for note in report.notes(language):
        built = _with_note(built, note)
    models = {
        "whisper": transcriber.info.as_options() if hasattr(transcriber.info, "as_options") else dict(transcriber.info),
        "vad": {"model": "silero_vad_v6", **options.to_json()},
    }
    if report.to_json():
        models["input"] = report.to_json()
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
    """Judge a turn from two files, one per side (see :func:`analyze_tracks` for the options).
    The files are read block by block into temporary tracks: memory does not grow with their length."""
    source = {"customer": str(customer_path), "trainee": str(trainee_path)}
    with open_pair(customer_path, trainee_path) as (customer, trainee, report):
        return analyze_tracks(customer, trainee, source=source, report=report, **kwargs)


def analyze_call(
    call_path: str | os.PathLike[str], customer_channel: Literal["left", "right"], **kwargs: Any
) -> TurnResult:
    """Judge a turn from a stereo call recording, the customer on ``customer_channel``
    (read block by block, as :func:`analyze_files`)."""
    source = {"call": str(call_path), "customer_channel": customer_channel}
    with open_call(call_path, customer_channel) as (customer, trainee, report):
        return analyze_tracks(customer, trainee, source=source, report=report, **kwargs)


def analyze_whole_call(
    call_path: str | os.PathLike[str],
    customer_channel: Literal["left", "right"],
    *,
    scenario: str | None = None,
    language: str | None = None,
    model: str | None = None,
    device: str | None = None,
    compute_type: str | None = None,
    transcriber: TranscriberLike | None = None,
    judge_options: JudgeOptions | None = None,
    settings: Settings | None = None,
    vad_options: VadOptions | None = None,
) -> CallResult:
    """Judge a whole stereo call recording, exchange by exchange (:func:`voicecoach.core.call.judge_call`).

    ``call_path``: any format and rate the decoder reads, two channels, one speaker each;
    ``customer_channel`` "left" or "right" (the other is the agent's). The file is decoded block
    by block into two 16 kHz tracks on disk (:func:`open_call`); echo of the customer is taken out
    of the agent's track; the speech detector runs block by block and only the speech regions are
    transcribed, at most ``MAX_JOINED`` seconds of audio per Whisper call, so memory does not grow
    with the length of the call (a two-hour call: docs/benchmarks.md "Analysis memory").
    ``scenario`` (id or path): its language is used, and the exchanges that fit its turns are
    judged with them. Language otherwise: ``language``, else detected, else English. The Whisper
    model is picked as for :func:`analyze_tracks` unless ``model`` or a ``transcriber`` is given.
    Raises ``UserError`` (one line) for unreadable, mono, silent or damaged input, an unknown
    scenario or language, and a customer side without speech.
    """
    settings = settings if settings is not None else load_settings()
    loaded = find_scenario(scenario) if scenario is not None else None
    if loaded is not None:
        language = loaded.scenario.language
    if language is not None and language not in LANGUAGES:
        raise UserError("language '{language}' is not supported; use de or en", language=language)
    language_resources.warm_in_background(language)
    options = vad_options or VadOptions()
    with open_call(call_path, customer_channel) as (customer, trainee, report):
        if transcriber is None:
            transcriber = _transcriber_for(language, model, device, compute_type, settings)
        if language is None and getattr(transcriber, "english_only", False):
            language = "en"
        built, detected = _build(
            customer, trainee, report, transcriber=transcriber, vad_options=options, language=language,
            line_end=None, transcribe_customer=True,
        )  # fmt: skip
    notes = list(built.notes)
    if language is None:
        if detected in LANGUAGES:
            language = detected
        else:
            language = "en"
            notes.append(_judged_as_english(detected))
    if not built.customer.speech:
        raise UserError(
            "no speech found on {label}, so there is no line to answer; check which side is the customer's",
            label=report.customer.label,
        )
    notes += report.notes(language)
    models: dict[str, Any] = {
        "whisper": transcriber.info.as_options() if hasattr(transcriber.info, "as_options") else dict(transcriber.info),
        "vad": {"model": "silero_vad_v6", **options.to_json()},
        "source": {"call": str(call_path), "customer_channel": customer_channel},
    }
    if report.to_json():
        models["input"] = report.to_json()
    return judge_call(
        built.customer,
        built.trainee,
        built.duration,
        language=language,
        scenario=loaded.scenario if loaded is not None else None,
        options=judge_options if judge_options is not None else JudgeOptions(),
        models=models,
        resources=language_resources.shared(),
        notes=notes,
    )


def _transcriber_for(
    language: str | None, model: str | None, device: str | None, compute_type: str | None, settings: Settings
) -> TranscriberLike:
    if language is None and model is None and not settings.whisper_model:
        model = DETECTING_WHISPER  # multilingual: tells the language as it transcribes
    return get_transcriber(model, device, compute_type, language=language, settings=settings, decode=ANALYSIS_DECODE)


def _judged_as_english(detected: str | None) -> str:
    """The note for a call whose language Whisper found neither German nor English, in the UI language."""
    if detected is None:
        return str(Said("no language detected; judged as English"))
    return str(Said("language {detected} detected; judged as English", detected=detected))


def _with_note(turn: Turn, note: str) -> Turn:
    return replace(turn, notes=(*turn.notes, note))


__all__ = [
    "Echo",
    "InputReport",
    "find_echo",
    "open_call",
    "open_pair",
    "open_track",
    "transcribe_speech",
    "without_echo",
    "analyze_call",
    "analyze_whole_call",
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
