"""What the analyzers share: the context of a turn, speech stretches, backchannels, findings."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from voicecoach.core.analyzers import lexicon
from voicecoach.core.analyzers.options import Context, JudgeOptions
from voicecoach.core.result import Finding, Severity
from voicecoach.core.text import (
    Match,
    Spoken,
    cover,
    fold,
    normalize,
    plain,
    stem,
    token_match,
    tokens_of,
    words_of_text,
)
from voicecoach.core.timeline import Span, Track, Turn, Word
from voicecoach.core.words import findings

# --------------------------------------------------------------------------- penalties


_EDGES = " ,.;:!?…\"'()-–"


_POSSESSIVE = re.compile(r"['’]s$")


def same_words(match: Match, context: Context) -> bool:
    """Every word of ``match`` is the phrasing's word in some form: the same stem (inflections,
    endings) or, by the lemmatizer of ``context.resources``, the same lemma ("Tagesmütter" for
    "Tagesmutter"). A word that is only alike in spelling ("Schieben" for the offer "Scheiben",
    a misheard "kindigen" for "kündigen") is another word: a finding that costs points needs the
    word itself (issue 10: fuzzy matching never turns a common word into a penalty). Matches whose
    words the matcher joined or split (compounds, numbers) are left as found."""
    # (a possessive is the word itself: "printer's" is "printer", and not "print", hv40-193)
    phrase = [_POSSESSIVE.sub("", word.strip(_EDGES)) for word in match.phrasing.split()]
    heard = [_POSSESSIVE.sub("", word.text.strip(_EDGES)) for word in match.words]
    if len(phrase) != len(heard):
        return True
    lemma = context.resources.lemma
    for expected, said in zip(phrase, heard, strict=True):
        a, b = normalize(expected), normalize(said)
        if len(a) != 1 or len(b) != 1:
            continue
        same_lemma = normalize(lemma(said, context.language)) == normalize(lemma(expected, context.language))
        if not same_lemma and _other_noun(expected, said, context):
            return False
        if token_match(a[0], b[0], fuzzy_ratio=1.0):
            continue
        if not same_lemma:
            return False
    return True


#: English suffixes that make another word of a stem: "print" / "printer", "pay" / "payment".
_DERIVED = frozenset({"er", "ers", "or", "ors", "ion", "ions", "ment", "ments", "ness", "ity"})


def _other_noun(expected: str, said: str, context: Context) -> bool:
    """``said`` is another word than ``expected`` though alike in spelling. In English: one lemma is
    the other with a suffix of derivation (:data:`_DERIVED`: "printer's" is no "print"). In German:
    two words the word list knows, with different lemmas (checked by the caller), that are another
    word: two nouns (capitalised), even where the stemmer cuts both to one stem ("Schule" is no
    "Schulung", "Zahl" no "Zahlung"), or lemmas of different stems ("ist schuld" is no
    "Schulung"). A noun and a verb of one stem ("Beratung", "ich berate") stay alike."""
    known = getattr(context.resources, "known", None)
    if context.language == "en":
        # an English word made another by a suffix of derivation: "printer's" is no "print" (hv40-193)
        a, b = (fold(context.resources.lemma(w, "en")) for w in (expected, said))
        short, long = sorted((a, b), key=len)
        return long != short and long.startswith(short) and long[len(short) :] in _DERIVED
    if context.language != "de" or known is None or not (known(expected, "de") and known(said, "de")):
        return False
    if expected[:1].isupper() and said[:1].isupper():
        return True
    lemma = context.resources.lemma
    return stem(fold(lemma(said, "de"))) != stem(fold(lemma(expected, "de")))


def penalty_matches(matches: Sequence[Match], context: Context) -> list[Match]:
    """``matches`` of a phrase that costs points, without those only alike in spelling
    (:func:`same_words`)."""
    return [match for match in matches if same_words(match, context)]


# --------------------------------------------------------------------------- speech stretches


def merge_spans(spans: Sequence[Span], gap: float) -> tuple[Span, ...]:
    """Sorted spans with pauses shorter than ``gap`` closed."""
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if merged and span.start - merged[-1].end < gap:
            if span.end > merged[-1].end:
                merged[-1] = Span(merged[-1].start, span.end)
        else:
            merged.append(span)
    return tuple(merged)


def speech_of(track: Track) -> tuple[Span, ...]:
    """The track's speech spans; spans from its words when only words are known."""
    if track.speech:
        return tuple(sorted(track.speech, key=lambda s: (s.start, s.end)))
    return merge_spans([Span(word.start, word.end) for word in track.words], 0.3)


def words_in(track: Track, span: Span, slack: float) -> tuple[Word, ...]:
    """Words whose middle lies in ``span`` widened by ``slack`` on both sides."""
    return track.words_between(span.start - slack, span.end + slack)


@dataclass(frozen=True)
class Utterance:
    """One stretch of speech by one side (pauses shorter than ``merge_gap`` closed)."""

    span: Span
    words: tuple[Word, ...]
    #: Short listening signal ("mhm", "ja", "I see") that does not take the floor.
    backchannel: bool

    @property
    def start(self) -> float:
        return self.span.start

    @property
    def end(self) -> float:
        return self.span.end

    @property
    def text(self) -> str:
        return plain(self.words)


_HUM = re.compile(r"(?=[mh]*m)[mh]{2,}")


def is_backchannel(
    span: Span, words: Sequence[Word], language: str, options: JudgeOptions, transcribed: bool = False
) -> bool:
    """Short, few words, every word a listening signal; or short with one word the recogniser only
    guessed (probability under ``backchannel_doubt``; several guessed words only when very short);
    or no words and very short.

    In a ``transcribed`` track (words elsewhere) a short stretch without words is taken for a
    listening sound the transcriber left out ("mhm"); without any transcript only a very short one.
    """
    if span.duration >= options.backchannel_max_seconds:
        return False
    guessed = bool(words) and sum(word.probability for word in words) / len(words) < options.backchannel_doubt
    if guessed and (len(words) == 1 or span.duration <= options.backchannel_silent_max_seconds):
        return True  # the recogniser guessed: a short sound, not words (several words need a very short one)
    if not words:
        return transcribed or span.duration <= options.backchannel_silent_max_seconds
    if len(words) > options.backchannel_max_words:
        return False
    # any hum of m's and h's ("MMM", "Mm-hmm", "hmmmm") is the same listening sound
    tokens = ["mhm" if _HUM.fullmatch(token.text) else token.text for token in tokens_of(words)]
    phrases = {normalize(p) for p in (*lexicon.words_for(lexicon.BACKCHANNELS, language), *lexicon.BACKCHANNELS["en"])}
    return bool(tokens) and cover(tokens, phrases)


def utterances(track: Track, language: str, options: JudgeOptions) -> tuple[Utterance, ...]:
    """The track's speech as utterances, each classified as backchannel or not.

    In a transcribed track, a stretch without any word shorter than ``noise_max_seconds`` (and
    too long for a backchannel) is left out: a noise the detector took for speech, not talk.
    """
    transcribed = bool(track.words)
    result = []
    for span in merge_spans(speech_of(track), options.merge_gap):
        words = words_in(track, span, options.word_slack)
        # wordless only if no word is near either (word times drift by a few tenths of a second)
        wordless = transcribed and not words_in(track, span, options.wordless_slack)
        if wordless and options.backchannel_max_seconds <= span.duration < options.noise_max_seconds:
            continue
        result.append(Utterance(span, words, is_backchannel(span, words, language, options, wordless)))
    return tuple(result)


@dataclass(frozen=True)
class Timing:
    """The turn seen as utterances of both sides, and where the customer's line ends."""

    customer: tuple[Utterance, ...]
    #: The trainee's utterances, without measured echo of the customer.
    trainee: tuple[Utterance, ...]
    #: Customer utterances that hold the floor (backchannels and stray noises left out).
    customer_floor: tuple[Utterance, ...]
    #: The trainee's first utterance that is not a backchannel: the start of the reply.
    reply: Utterance | None
    #: End of the customer's line the reply answers.
    line_end: float | None
    #: ``Turn.line_end`` was given (live practice knows the scripted line).
    line_end_known: bool
    #: Trainee "speech" that was the customer's voice leaking into the microphone.
    echoes: tuple[Utterance, ...] = ()


def is_echo(u: Utterance, turn: Turn, customer: Sequence[Utterance], options: JudgeOptions) -> bool:
    """With a measured echo delay: speech that starts with a customer utterance shifted by the
    delay, ends with it, and has no words of its own (or only the customer's words), is echo."""
    delay = turn.echo_delay
    if delay is None:
        return False
    window = options.echo_window
    for c in customer:
        if abs(u.start - (c.start + delay)) > window or u.end > c.end + delay + window:
            continue
        if not u.words:
            return True
        mine = [tok.text for tok in tokens_of(u.words)]
        theirs = {tok.text for tok in tokens_of(turn.customer.words_between(c.start - window, c.end + window))}
        if mine and sum(1 for tok in mine if tok in theirs) >= 0.5 * len(mine):
            return True
    return False


def said_after_line(u: Utterance, floor: Sequence[Utterance], line_end: float | None, options: JudgeOptions) -> bool:
    """A short word said, and heard with confidence, once the customer has finished ("Yes.",
    "Ja.", "Understood." before a pause) is a reply, not a listening sound: nobody is speaking
    to listen to. Without a known line end: the customer is not speaking and does not go on
    within ``pause_max``."""
    if not u.words or sum(w.probability for w in u.words) / len(u.words) < options.backchannel_doubt:
        return False  # a sound, or words the recogniser only guessed
    if line_end is not None:
        return u.start >= line_end - options.onset_tolerance
    if not any(c.end <= u.start + options.onset_tolerance for c in floor):
        return False
    if any(c.start <= u.start < c.end for c in floor):
        return False
    return not any(u.start <= c.start < u.end + options.pause_max for c in floor)


def timing(turn: Turn, context: Context) -> Timing:
    options = context.options
    customer = utterances(turn.customer, context.language, options)
    if turn.line_end is not None:  # the scripted line cannot outlast its end (VAD pads its spans)
        customer = tuple(
            Utterance(Span(u.start, min(u.end, turn.line_end)), u.words, u.backchannel)
            if u.start < turn.line_end < u.end
            else u
            for u in customer
        )
    heard = utterances(turn.trainee, context.language, options)
    trainee = tuple(u for u in heard if not is_echo(u, turn, customer, options))
    echoes = tuple(u for u in heard if u not in trainee)
    floor = tuple(u for u in customer if not u.backchannel)
    trainee = tuple(
        Utterance(u.span, u.words, False) if u.backchannel and said_after_line(u, floor, turn.line_end, options) else u
        for u in trainee
    )
    reply = next((u for u in trainee if not u.backchannel), None)
    if turn.line_end is not None:
        line_end: float | None = turn.line_end
    else:
        cutoff = reply.start if reply is not None else float("inf")
        before = [u.end for u in floor if u.start < cutoff]
        line_end = max(before) if before else (max(u.end for u in floor) if floor else None)
    return Timing(customer, trainee, floor, reply, line_end, turn.line_end is not None, echoes)


def overlap_pieces(turn: Turn, context: Context) -> tuple[Span, ...]:
    """Where both sides speak at once, from the tracks' own speech spans (echo left out).

    The one source of every overlap duration the trainee sees: the timeline draws these spans,
    the metrics sum them, and a talk-over finding states their seconds (not the merged
    stretches the judge reasons with, whose closed pauses would add time nobody spoke).
    """
    echoes = timing(turn, context).echoes
    trainee = [s for s in speech_of(turn.trainee) if not any(e.span.overlap(s) >= s.duration - 1e-6 for e in echoes)]
    return tuple(
        sorted(
            (
                Span(max(c.start, t.start), min(c.end, t.end))
                for c in speech_of(turn.customer)
                for t in trainee
                if c.overlap(t) > 0
            ),
            key=lambda s: (s.start, s.end),
        )
    )


def overlap_seconds(turn: Turn, context: Context, start: float = float("-inf"), end: float = float("inf")) -> float:
    """Seconds both sides spoke at once between ``start`` and ``end`` (see :func:`overlap_pieces`)."""
    window = Span(start, end)
    return sum(piece.overlap(window) for piece in overlap_pieces(turn, context))


# --------------------------------------------------------------------------- text helpers


def reply_words(turn: Turn, context: Context) -> tuple[Word, ...]:
    """The trainee's words without backchannels and echo: what the reply said. A bare full stop
    or ellipsis is no word: a recogniser may close a reply with a run of them, which made a calm
    reply "573 words per minute" in a live call (a bare dash stays: it ends a clause)."""
    slack = context.options.word_slack
    t = timing(turn, context)
    signals = [u.span for u in t.trainee if u.backchannel] + [u.span for u in t.echoes]
    return tuple(
        w
        for w in turn.trainee.words
        if w.text.strip(" .…") and not any(s.start - slack <= (w.start + w.end) / 2 <= s.end + slack for s in signals)
    )


def token_span(spoken: Spoken, match: Match) -> tuple[int, int]:
    """Indices of the first and last token of ``spoken`` that ``match`` covers."""
    inside = [
        index
        for index, token in enumerate(spoken.tokens)
        if any(word in match.words for word in token.words)
        and match.start - 1e-6 <= token.start
        and token.end <= match.end + 1e-6
    ]
    return (inside[0], inside[-1]) if inside else (0, 0)


def sentence_span(spoken: Spoken, match: Match) -> tuple[int, int]:
    """Indices of the first and last token of the sentence ``match`` is in (all tokens when
    nothing is punctuated: Whisper may leave a reply without a full stop)."""
    tokens = spoken.tokens
    first, last = token_span(spoken, match)
    while first > 0 and not tokens[first - 1].sentence_end:
        first -= 1
    while last < len(tokens) - 1 and not tokens[last].sentence_end:
        last += 1
    return first, last


def customer_words(turn: Turn, context: Context) -> tuple[Word, ...]:
    """What the customer said: the transcript, or the scripted line when there is none."""
    if turn.customer.words:
        return turn.customer.words
    if context.step is not None:
        return words_of_text(context.step.say)
    return ()


def words_json(words: Sequence[Word]) -> list[dict[str, Any]]:
    return [{"word": w.text.strip(), "start": round(w.start, 3), "end": round(w.end, 3)} for w in words]


def round3(value: float) -> float:
    return round(float(value), 3)


# --------------------------------------------------------------------------- findings


def penalty_for(severity: Severity, options: JudgeOptions) -> float:
    return {"major": options.penalty_major, "minor": options.penalty_minor}.get(severity, 0.0)


def make_finding(
    context: Context,
    kind: str,
    *,
    severity: Severity,
    skill: str,
    start: float,
    end: float,
    evidence: Mapping[str, Any] | None = None,
    variant: str | None = None,
    values: Mapping[str, Any] | None = None,
    penalty: float | None = None,
) -> Finding:
    """A finding with its message and tip rendered in the context's language.

    ``variant`` picks the message (default: ``evidence["reason"]``); ``values`` fill it (default:
    the evidence). The penalty follows the severity unless given. ``evidence["render"]`` keeps
    the variant and values (:func:`findings.recipe`), so the interface can say the message in
    its own language (``voicecoach.i18n.finding_text``).
    """
    evidence = dict(evidence or {})
    chosen = variant if variant is not None else evidence.get("reason")
    fill = dict(evidence)
    fill.setdefault("at", float(start))
    fill.update(values or {})
    message, tip = findings.render(kind, chosen, context.language, fill, customer=context.customer_name)
    # how the message was made, so it can be said again in the other language exactly
    evidence["render"] = findings.recipe(chosen, values or {})
    return Finding(
        kind=kind,
        start=round3(start),
        end=round3(max(start, end)),
        severity=severity,
        message=message,
        tip=tip,
        skill=skill,
        penalty=penalty_for(severity, context.options) if penalty is None else penalty,
        evidence=evidence,
    )
