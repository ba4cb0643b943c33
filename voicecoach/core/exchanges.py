"""A whole call cut into exchanges: the customer speaks, the agent answers, until the customer
takes the floor again.

Input: the two sides of a call as :class:`~voicecoach.core.timeline.Track` (speech spans and
timed words, seconds from the start of the recording). Output: :class:`Exchange` windows, each
with a :class:`~voicecoach.core.timeline.Turn` the existing judge can take as it is. The turn
stays on the call's clock (its ``duration`` is the exchange's end), so every finding and every
"at 754,3 s" in a message is a time in the call.

Who holds the floor is decided on the judge's own utterances
(:func:`voicecoach.core.analyzers._common.utterances`: pauses under ``merge_gap`` closed, each
stretch classified as backchannel or not), so splitting and judging agree on what a "mhm" is:

- a customer backchannel ("mhm", "ja", "I see", a short wordless sound) never starts an exchange;
- a customer stretch starts an exchange only once the agent has answered in the current one
  (a pause inside the customer's own line does not);
- a customer stretch that starts while the agent is talking (a barge-in; the agent's talk taken
  as stretches with pauses under the judge's ``monologue_gap``, 1 s, closed: a customer cutting
  in at the agent's breath between two sentences still cuts in) stays in the current exchange as
  an interjection, so talking over, yielding when cut in and interruption are judged
  there; only when the customer then keeps the floor for ``floor_min`` seconds after the agent
  stopped does a new exchange begin, at the moment the agent stopped;
- agent talk before the customer's first line (the greeting) is an opening exchange without a
  customer line; a customer line at the end of the call that nobody answers (a goodbye) joins
  the exchange before it instead of being judged as an unanswered line.

Speech spans that cross a boundary are cut there; a word belongs to the exchange its middle lies in.
Pure: no audio, no models.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from voicecoach.core.analyzers._common import merge_spans, utterances
from voicecoach.core.analyzers.options import JudgeOptions
from voicecoach.core.timeline import Span, Track, Turn

#: Seconds the customer must go on speaking after the agent stopped for a barge-in to take the
#: floor (a new exchange). Shorter interjections ("aber ...", "sorry, one thing") stay in the
#: exchange they cut into. Two seconds is about one short clause; the judge's ``yield_within``
#: (1 s) is what it gives the agent to stop.
FLOOR_MIN = 2.0


@dataclass(frozen=True)
class Exchange:
    """One exchange of a call: ``start``/``end`` in seconds of the call, the ``turn`` to judge
    (call clock, spans cut to the window), and whether it is the ``opening`` (agent talk before
    the customer's first line: no customer line to answer)."""

    start: float
    end: float
    turn: Turn
    opening: bool = False

    @property
    def customer_line(self) -> str:
        """What the customer said in this exchange, as text."""
        return self.turn.customer.text


def _window(track: Track, start: float, end: float) -> Track:
    """``track`` cut to [start, end): spans clipped, words by their middle."""
    spans = tuple(
        Span(max(span.start, start), min(span.end, end))
        for span in track.speech
        if span.end > start and span.start < end
    )
    words = tuple(word for word in track.words if start <= (word.start + word.end) / 2 < end)
    return Track(spans, words)


def _talk_at(stretches: Sequence[Span], moment: float) -> Span | None:
    return next((a for a in stretches if a.start < moment < a.end), None)


def boundaries(
    customer: Track,
    agent: Track,
    *,
    language: str,
    options: JudgeOptions = JudgeOptions(),
    floor_min: float = FLOOR_MIN,
) -> tuple[list[float], bool]:
    """Where exchanges start (seconds; the first is 0.0), and whether the first is an opening.
    See the module's rules."""
    floor = [u for u in utterances(customer, language, options) if not u.backchannel]
    talk = [u for u in utterances(agent, language, options) if not u.backchannel]
    stretches = merge_spans([u.span for u in talk], options.monologue_gap)
    starts = [0.0]
    opening = False
    if not floor:
        return starts, bool(talk)
    line_start = floor[0].start
    if any(a.start < line_start - options.onset_tolerance for a in talk):
        opening = True
        cut = _talk_at(stretches, line_start)
        starts.append(cut.end if cut is not None else line_start)
        line_start = starts[-1]
    for c in floor:
        if c.start < starts[-1]:
            continue
        replied = any(line_start <= a.start < c.start for a in talk)
        if not replied:
            continue
        cut = _talk_at(stretches, c.start)
        if cut is None:
            starts.append(c.start)
        elif c.end - cut.end >= floor_min:
            starts.append(cut.end)
        else:
            continue
        line_start = starts[-1]
    # a last customer line that nobody answers (a goodbye) is not an exchange of its own
    if len(starts) > (2 if opening else 1):
        last = starts[-1]
        if not any(a.start >= last for a in talk):
            starts.pop()
    return starts, opening


def split_call(
    customer: Track,
    agent: Track,
    duration: float,
    *,
    language: str,
    options: JudgeOptions = JudgeOptions(),
    floor_min: float = FLOOR_MIN,
) -> tuple[Exchange, ...]:
    """The call's exchanges in time order, covering [0, ``duration``] without gaps.

    ``customer`` and ``agent`` are the two sides on the call's clock (seconds); ``language``
    picks the backchannel words ("mhm", "ja", ...); ``options`` the judge's thresholds the
    utterances are built with. A call without any speech is one exchange with empty tracks.
    """
    starts, opening = boundaries(customer, agent, language=language, options=options, floor_min=floor_min)
    ends = [*starts[1:], max(duration, starts[-1])]
    result: list[Exchange] = []
    for index, (start, end) in enumerate(zip(starts, ends)):
        turn = Turn(
            customer=_window(customer, start, end),
            trainee=_window(agent, start, end),
            duration=end,
        )
        result.append(Exchange(start, end, turn, opening=opening and index == 0))
    return tuple(result)


__all__ = ["FLOOR_MIN", "Exchange", "boundaries", "split_call"]
