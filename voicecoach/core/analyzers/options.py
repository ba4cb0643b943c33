"""The judge's thresholds and the context every analyzer gets: the bottom of the analyzers.

:class:`JudgeOptions` (what the judge and the live call tune) and :class:`Context` (what an
analyzer may know besides the timeline) live here, below the analyzers and the judge, so that
neither has to import the other.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from voicecoach.core.analyzers import lexicon
from voicecoach.core.language import PLAIN, LanguageResources
from voicecoach.core.scenario import Fact, Step


@dataclass(frozen=True)
class JudgeOptions:
    """Thresholds of the judge. Seconds unless said otherwise; plain defaults."""

    # --- turn-taking
    onset_tolerance: float = 0.15
    """A trainee onset this close to the end of the customer's speech is not an interruption."""
    interruption_minor_left: float = 0.5
    """An interruption with less than this left of the customer's line is minor (cut the last word)."""
    pause_max: float = 1.0
    """Starting in a pause of the customer's scripted line shorter than this is an interruption."""
    echo_window: float = 0.15
    """With a measured echo delay, trainee speech this close to a shifted customer utterance is echo."""
    merge_gap: float = 0.3
    """Pauses shorter than this inside one side's speech do not split it (a stretch, for yielding)."""
    word_slack: float = 0.15
    """Words count for a speech span when their middle lies within this of it."""
    backchannel_max_seconds: float = 1.0
    """A backchannel ("mhm", "ja", "I see") is shorter than this."""
    backchannel_max_words: int = 3
    """... and has at most this many words, all of them listening signals."""
    backchannel_silent_max_seconds: float = 0.5
    """Without any transcript, speech this short counts as a backchannel (with a transcript:
    any wordless stretch shorter than ``backchannel_max_seconds``, a "mhm" left out)."""
    backchannel_doubt: float = 0.5
    """Words whose mean recognition probability is below this are a guess, not speech, in a
    stretch of one word shorter than ``backchannel_max_seconds`` or of any number of words up to
    ``backchannel_silent_max_seconds``: the stretch counts as a listening sound (Whisper reads a
    rendered "mm-hmm" as "in a month" at p 0.06-0.76, a "Genau" as "...in L" or, 0.55 s long, as
    "Gau!" at p 0.15)."""
    noise_max_seconds: float = 1.5
    """In a transcribed track, a wordless stretch shorter than this is noise, not speech."""
    wordless_slack: float = 0.5
    """A stretch counts as wordless only when no word lies within this of it."""
    cut_words_max: int = 8
    """At most this many of the customer's cut-off words are kept as evidence."""
    talk_over_min: float = 1.0
    """Simultaneous speech longer than this is talking over."""
    yield_within: float = 1.0
    """When the customer cuts in, the trainee should stop within this."""
    min_gap: float = 0.2
    """A reply starting sooner than this after the customer's line jumps in without a pause."""
    dead_air: float = 3.0
    """A reply starting later than this after the customer's line leaves dead air."""
    monologue_max: float = 30.0
    """The trainee talking longer than this without a break is a monologue."""
    monologue_gap: float = 1.0
    """A pause this long (or the customer speaking) ends a stretch of the trainee's talk."""
    # --- wording
    fuzzy_ratio: float = 0.8
    """Words of 7+ letters match with this edit-distance similarity (transcription slips)."""
    phrase_max_gap: int = 2
    """A phrase may have this many other words inside it ("tut mir wirklich sehr leid")."""
    question_window: int = 6
    """Words before an ask word searched for a question cue ("Können Sie mir ... sagen")."""
    opening_words: int = 15
    """An empathy phrase after more words than this is late (the first sentence is where it counts)."""
    generic_min_customer_words: int = 3
    """A reply is judged generic only when the customer said at least this many content words."""
    filler_rate_max: float = 5.0
    """Fillers per 100 words above this are too many ..."""
    filler_min_count: int = 3
    """... when there are at least this many ..."""
    filler_min_words: int = 10
    """... in a reply of at least this many words."""
    pace_de: tuple[float, float] = (110.0, 160.0)
    """Calm telephone pace in German, words per minute."""
    pace_en: tuple[float, float] = (120.0, 170.0)
    """Calm telephone pace in English, words per minute."""
    pace_margin: float = 0.1
    """Pace is reported only this share (10 %) outside the calm range."""
    pace_min_seconds: float = 4.0
    """Replies with less speaking time than this are not judged for pace."""
    pace_min_words: int = 8
    """Replies with fewer words than this are not judged for pace."""
    pace_pause: float = 1.0
    """Pauses longer than this are left out of the speaking time for pace."""
    short_reply_words: int = 3
    """A reply of at most this many words that meets none of the step's key points misses them
    for certain, whatever ``missed_point_penalty`` says: too few words to have said any of them in
    other words ("hallo" to an angry complaint scored 92/100 when every miss was only a question)."""
    typed: bool = False
    """The reply was typed, not heard (``voicecoach judge --text``): no recogniser slip is forgiven
    in matching ("The card details are wrong." sounded like "totally fair" and took the feeling
    up), only small spelling slips of words (``fuzzy_ratio``)."""
    missed_point_penalty: bool = False
    """Whether a key point not found in the reply costs points. Off: matching by words, lemmas,
    compounds and a thesaurus cannot see every paraphrase ("jemanden vom Kundendienst
    rausschicken" for "Techniker schicken"), and a false "you did not listen" costs the trainee's
    trust. Measured on the tuning set (benchmarks/tuning, 207 replies, text mode): with points off,
    20 of 95 good replies were flagged; without, 1 of 95. The miss is still shown, as a question
    with no points off. Re-asks and an ignored feeling cost points either way."""
    unsure_word: float = 0.5
    """A word Whisper heard with a probability below this is unsure: it cannot alone take points
    off (a content finding resting on it says "I may have misheard: ..." instead)."""
    # --- scoring
    penalty_major: float = 25.0
    """Points a major finding takes off its skill."""
    penalty_minor: float = 10.0
    """Points a minor finding takes off its skill."""
    upset_interruption_penalty: float = 50.0
    """Points an interruption of an upset customer (angry, annoyed, sad, confused: the step's
    emotion or the customer's words) takes off timing, twice a major one: being cut off is what
    escalates an upset caller (the seed articles on complaints: let them finish first)."""
    silent_penalty: float = 100.0
    """Points a silent reply takes off every skill."""
    poor_below: int = 60
    """A total below this is the outcome "poor"."""
    good_from: int = 75
    """A total of at least this, with no major finding, is the outcome "good"."""

    def to_json(self) -> dict[str, Any]:
        """The thresholds as a JSON object (tuples as lists), as stored with each result."""
        return {key: list(value) if isinstance(value, tuple) else value for key, value in asdict(self).items()}


@dataclass(frozen=True)
class Context:
    """Everything an analyzer may know besides the timeline."""

    language: str
    #: The scenario step the reply answers, or None (``analyze`` without a scenario).
    step: Step | None
    #: Facts the customer has given up to this turn (the ones the reply must not ask for again).
    facts: Mapping[str, Fact]
    options: JudgeOptions
    #: The persona's name ("Frau Keller"), for the messages.
    customer_name: str | None = None
    #: The scenario's theme ("complaint", "sales", ...), if any.
    theme: str | None = None
    #: The step is the scenario's first turn (where a complaint theme is voiced).
    first_turn: bool = False
    #: Offer words the customer said no to in an earlier turn (:meth:`Scenario.refused_before`).
    refused_before: tuple[str, ...] = ()
    #: The customer's earlier lines in this call (:meth:`Scenario.said_before`).
    said_before: tuple[str, ...] = ()
    #: The earlier turns' lines with their phrases to avoid (:meth:`Scenario.avoided_before`).
    avoided_before: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: Lemmas and synonyms (``voicecoach.adapters.language_resources``); none by default.
    resources: LanguageResources = PLAIN
    #: How the trainee must address the customer in a German call, "sie" or "du"
    #: (``Scenario.form_of_address``); None: not judged (no scenario, or English).
    address: str | None = None
    #: The trainer's account of the case (``brief.situation``: "booked a storyteller for a
    #: half-term session with 30 children"): what the customer's file holds, read back as a note.
    situation: str = ""

    def words(self, name: str) -> tuple[str, ...]:
        """A phrase list of :mod:`lexicon` by name ("empathy" -> ``EMPATHY``), in this language;
        the empathy and acknowledgement lists also hold the step's own ``expect.empathy``."""
        table: lexicon.Lexicon = getattr(lexicon, name.upper())
        found = lexicon.words_for(table, self.language)
        if name in ("empathy", "acknowledgement") and self.step is not None and self.step.expect.empathy:
            found = (*found, *self.step.expect.empathy)  # the trainer's own words for this turn
        return found

    def match_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for :mod:`voicecoach.core.text` phrase matching with these options."""
        found: dict[str, Any] = {"max_gap": self.options.phrase_max_gap, "fuzzy_ratio": self.options.fuzzy_ratio}
        if self.options.typed:
            found["slips"] = False  # nothing was heard, so nothing was misheard
        return found

    def meaning_kwargs(self) -> dict[str, Any]:
        """For :func:`voicecoach.core.meaning.meaning_found`: this context's resources and language."""
        return {"resources": self.resources, "language": self.language, "fuzzy_ratio": self.options.fuzzy_ratio}

    def strict_match_kwargs(self) -> dict[str, Any]:
        """Matching for phrases that decide whether the customer is upset or complaining: exact
        words (inflections only), no recogniser slip ("I need" is not "annoyed")."""
        return {"max_gap": self.options.phrase_max_gap, "fuzzy_ratio": 1.0, "slips": False}

    def penalty_match_kwargs(self) -> dict[str, Any]:
        """Matching for phrases that cost points: no recogniser slip is forgiven against the trainee."""
        return {**self.match_kwargs(), "slips": False}
