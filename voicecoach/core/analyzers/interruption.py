"""interruption: the trainee starts to speak while the customer is still speaking.

An onset counts when it lies inside a customer utterance (more than ``onset_tolerance`` after
its start, which would be both starting together, and before its end), or, when the turn knows
where the scripted line ends, in a short pause of that line (under ``pause_max``). Without a
scripted line (a whole call), an onset in a pause counts only when the customer had not
finished: their last word before it does not end a sentence (no ". ? ! …" in Whisper's
punctuation: "last Monday," and then "and I need it ..."), and they go on, the whole pause
shorter than ``pause_max``. Without words to tell, the floor counts as free. A
backchannel ("mhm", "ja", "I see": short, few words, all of them listening signals) is not an
interruption; it is reported as kind ``backchannel`` (info, no penalty). Customer backchannels
and stray noises do not hold the floor, so starting over them is not an interruption either.

One interruption is one finding: when the trainee stops for a moment (under ``pause_max``) and
goes on while the same customer speech is still running, the second onset continues the first
interruption; the finding then ends where the trainee's last piece of it ends.

Cutting off an upset customer (see :func:`~voicecoach.core.analyzers.not_listening.emotion_to_acknowledge`)
costs ``upset_interruption_penalty`` instead of a major finding's penalty, and says why; cutting
into the last words (minor) does not.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from voicecoach.core.analyzers._common import (
    Timing,
    Utterance,
    make_finding,
    round3,
    timing,
    words_json,
)
from voicecoach.core.analyzers.not_listening import emotion_to_acknowledge
from voicecoach.core.analyzers.options import Context
from voicecoach.core.result import Finding
from voicecoach.core.text import ends_sentence, plain_texts
from voicecoach.core.timeline import Turn
from voicecoach.core.words import quote
from voicecoach.core.words.findings import cut_quotes, qualified, qualifier


@dataclass(frozen=True)
class Cut:
    """Where a trainee onset cut into the customer."""

    onset: float
    #: Seconds from the start of the customer's line (or interjection) to the onset.
    into: float
    #: Seconds of the customer's speech still to come at the onset.
    left: float
    #: "line" (inside the customer's line), "pause" (in a pause of it), "interjection".
    during: str
    #: End of the customer's speech that was cut into.
    customer_end: float


def cut_at(onset: float, t: Timing, tolerance: float, pause_max: float = 1.0) -> Cut | None:
    """How an onset at ``onset`` (s, turn time) cuts into the customer, or None when the floor was free."""
    if not t.customer_floor:
        return None
    line_start = t.customer_floor[0].start
    reply_start = t.reply.start if t.reply is not None else float("inf")
    for c in t.customer_floor:
        # starting within the tolerance of the customer's own start is starting together
        if c.start + tolerance <= onset < c.end - tolerance:
            in_line = c.start < t.line_end if (t.line_end_known and t.line_end is not None) else c.start <= reply_start
            if in_line:
                end = max(c.end, t.line_end) if t.line_end_known and t.line_end is not None else c.end
                return Cut(onset, onset - line_start, end - onset, "line", end)
            return Cut(onset, onset - c.start, c.end - onset, "interjection", c.end)
    if t.line_end_known and t.line_end is not None and line_start + tolerance <= onset < t.line_end - tolerance:
        paused_since = max((c.end for c in t.customer_floor if c.end <= onset), default=onset)
        if onset - paused_since < pause_max:
            return Cut(onset, onset - line_start, t.line_end - onset, "pause", t.line_end)
    if not t.line_end_known:
        return _cut_in_unscripted_pause(onset, t, pause_max, reply_start)
    return None


def _cut_in_unscripted_pause(onset: float, t: Timing, pause_max: float, reply_start: float) -> Cut | None:
    """An onset in a short pause of a whole call's customer, mid-sentence, who then went on."""
    before = [c for c in t.customer_floor if c.end <= onset and c.start <= reply_start]
    after = [c for c in t.customer_floor if c.start >= onset]
    if not before or not after or after[0].start - before[-1].end >= pause_max:
        return None
    last_word = before[-1].words[-1].text.strip() if before[-1].words else ""
    if not last_word or ends_sentence(last_word):
        return None  # a finished sentence (or no words to tell): a fair place to come in
    resumed = after[0]
    line_start = t.customer_floor[0].start
    return Cut(onset, onset - line_start, resumed.end - onset, "pause", resumed.end)


def customer_is_speaking(onset: float, t: Timing) -> bool:
    """The customer holds the floor at ``onset`` (speaking, or inside the scripted line)."""
    if any(c.start <= onset < c.end for c in t.customer_floor):
        return True
    return bool(
        t.line_end_known
        and t.customer_floor
        and t.line_end is not None
        and t.customer_floor[0].start <= onset < t.line_end
    )


def _backchannel(u: Utterance, context: Context) -> Finding:
    said = quote(u.text, context.language) if u.words else ("Signal" if context.language == "de" else "signal")
    return make_finding(
        context,
        "backchannel",
        severity="info",
        skill="listening",
        start=u.start,
        end=u.end,
        evidence={"words": words_json(u.words), "duration": round3(u.span.duration)},
        values={"said": said},
        penalty=0.0,
    )


def analyze(turn: Turn, context: Context) -> list[Finding]:
    options = context.options
    t = timing(turn, context)
    findings: list[Finding] = []
    #: The last interruption: (its finding's index, the customer speech it cut, where the trainee stopped).
    last: tuple[int, float, float] | None = None
    for u in t.trainee:
        if u.backchannel:
            if customer_is_speaking(u.start, t):
                findings.append(_backchannel(u, context))
            continue
        cut = cut_at(u.start, t, options.onset_tolerance, options.pause_max)
        if cut is None:
            last = None
            continue
        if last is not None and last[1] == cut.customer_end and u.start - last[2] < options.pause_max:
            index = last[0]  # a short pause inside one interruption: the same finding, now longer
            previous = findings[index]
            end = round3(max(previous.end, min(u.end, cut.customer_end)))
            evidence = {
                **previous.evidence,
                "overlap": round3(previous.evidence["overlap"] + sum(c.span.overlap(u.span) for c in t.customer_floor)),
                "pieces": previous.evidence.get("pieces", 1) + 1,
            }
            findings[index] = replace(previous, end=end, evidence=evidence)
            last = (index, cut.customer_end, u.end)
            continue
        overlap = sum(c.span.overlap(u.span) for c in t.customer_floor)
        # the rest of the customer's line, not what they said after it (a protest at being cut off)
        line_rest_end = t.line_end if t.line_end_known and t.line_end is not None else cut.customer_end
        if turn.line_cut is not None:
            line_rest_end = min(line_rest_end, turn.line_cut)  # the persona stopped there: then came the protest
        still_to_come = [
            w
            for w in turn.customer.words
            if w.end > cut.onset + 0.05 and w.start < min(cut.customer_end, line_rest_end)
        ]
        cut_words = still_to_come[: options.cut_words_max]
        minor = cut.left < options.interruption_minor_left
        variant = "end" if minor else ("pause" if cut.during == "pause" else None)
        # the persona stopped: what was still to come is also the scripted line it never said
        unsaid = _unsaid(turn, context) if turn.line_cut is not None else []
        quoted = [w.text for w in still_to_come] + unsaid
        cut_text = plain_texts(quoted[: options.cut_words_max]) + (" …" if len(quoted) > options.cut_words_max else "")
        cut_part, cut_short = cut_quotes(cut_text, context.language)
        last = (len(findings), cut.customer_end, u.end)
        upset = emotion_to_acknowledge(turn, context) if not minor else None
        finding = make_finding(
            context,
            "interruption",
            severity="minor" if minor else "major",
            skill="timing",
            start=cut.onset,
            end=min(u.end, cut.customer_end),
            variant=variant,
            evidence={
                "reason": cut.during,
                "into": round3(cut.into),
                "left": round3(cut.left),
                "overlap": round3(overlap),
                "cut_words": words_json(cut_words),
                "cut_text": cut_text,
                "trainee_words": words_json(u.words[: options.cut_words_max]),
            },
            values={"cut": cut_part, "cut_short": cut_short},
        )
        if upset is not None:
            finding = replace(
                finding,
                penalty=options.upset_interruption_penalty,
                message=finding.message + qualifier("upset", context.language, customer=context.customer_name),
                evidence=qualified({**finding.evidence, "customer_upset": upset.mood}, "after", "upset"),
            )
        findings.append(finding)
    return findings


def _unsaid(turn: Turn, context: Context) -> list[str]:
    """The words of the step's scripted line the persona never said because it stopped at
    ``turn.line_cut`` (the live engine keeps only the words played before the cut): the line's
    words after as many as were heard before the cut; none when the step is unknown."""
    if context.step is None or turn.line_cut is None:
        return []
    heard = sum(1 for w in turn.customer.words if (w.start + w.end) / 2 < turn.line_cut)
    return context.step.say.split()[heard:]
