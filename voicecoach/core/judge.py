"""The judge: one turn's timeline in, findings, metrics, score and outcomes out.

``judge()`` runs every analyzer of :mod:`voicecoach.core.analyzers` over a :class:`Turn`, scores
the findings and returns a :class:`TurnResult` that carries the thresholds (and the model names
the caller passes in) it was judged with. ``summarize()`` turns a call's results into the
end-of-call summary (without the findings the trainee marked as wrong). Pure: no audio, no models.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from typing import Any

from voicecoach.core import scoring
from voicecoach.core.analyzers import lexicon, metrics, not_listening
from voicecoach.core.analyzers._common import customer_words, make_finding, reply_words
from voicecoach.core.analyzers.options import Context, JudgeOptions
from voicecoach.core.analyzers.registry import TEXT, TIMING
from voicecoach.core.disputes import rescore
from voicecoach.core.errors import UserError
from voicecoach.core.language import PLAIN, LanguageResources
from voicecoach.core.languages import LANGUAGES
from voicecoach.core.result import SEVERITY_RANK, CallSummary, Finding, Moment, TurnResult
from voicecoach.core.scenario import SKILLS, Outcome, Scenario, Step
from voicecoach.core.text import normalize, similarity
from voicecoach.core.timeline import Turn, Word
from voicecoach.core.words import alternatives, practice_tip
from voicecoach.core.words.findings import qualified, qualifier


def _step(scenario: Scenario, step_id: str | None) -> tuple[Step, str]:
    if step_id is None:
        return scenario.turns[0], scenario.turn_ids[0]
    if step_id not in scenario.turn_ids:
        raise UserError(
            "scenario '{id}' has no turn '{step_id}'; use one of {turn_ids}",
            id=scenario.id,
            step_id=step_id,
            turn_ids=", ".join(scenario.turn_ids),
        )
    return scenario.step(step_id), step_id


def make_context(
    language: str,
    scenario: Scenario | None = None,
    step_id: str | None = None,
    options: JudgeOptions = JudgeOptions(),
    played: Sequence[str] | None = None,
    resources: LanguageResources = PLAIN,
) -> tuple[Context, str | None]:
    """The analyzers' context for a turn, and the id of the scenario turn it answers.

    ``played`` are the ids of the turns heard before this one in a live call; with them, only
    facts the customer really gave count for re-asking (branches may skip a turn).
    """
    if language not in LANGUAGES:
        raise UserError(
            "language '{language}' is not supported; use one of {LANGUAGES}",
            language=language,
            LANGUAGES=", ".join(LANGUAGES),
        )
    if scenario is None:
        return Context(language=language, step=None, facts={}, options=options, resources=resources), step_id
    step, turn_id = _step(scenario, step_id)
    context = Context(
        language=language,
        step=step,
        facts=scenario.facts_until(step, played),
        options=options,
        customer_name=scenario.persona.name,
        theme=scenario.theme,
        first_turn=step is scenario.turns[0],
        refused_before=scenario.refused_before(step, played),
        said_before=scenario.said_before(step, played),
        avoided_before=scenario.avoided_before(step, played),
        resources=resources,
        address=scenario.form_of_address,
        situation=scenario.brief.situation,
    )
    return context, turn_id


def outcomes_of(findings: Sequence[Finding], total: int, options: JudgeOptions) -> tuple[str, ...]:
    """Outcomes for branching, in :class:`Outcome` order."""
    reasons = {f.evidence.get("reason") for f in findings if f.kind == "not_listening" and f.penalty > 0}
    found = {
        Outcome.interrupted: any(f.kind == "interruption" for f in findings),
        Outcome.reasked: "reasked" in reasons,
        # one fault a customer reacts to, whatever the total: pushing after a no costs one skill's
        # points, so "poor" alone never sent the pushing reply to the customer's "I said no"
        Outcome.pushed: any(f.kind == "pushed_after_no" and f.penalty > 0 for f in findings),
        Outcome.contradicted: any(f.kind == "contradiction" and f.penalty > 0 for f in findings),
        # (the customer's feeling passed over is missed too: "Thank you, dear, you've been very
        # kind" must not follow a reply that skipped her sadness)
        Outcome.missed: bool(reasons & {"missed_point", "ignored_emotion", *not_listening.AGAINST_THEIR_WORDS}),
        Outcome.poor: total < options.poor_below,
        Outcome.good: total >= options.good_from and not any(f.severity == "major" for f in findings),
    }
    return tuple(outcome.value for outcome in Outcome if found.get(outcome))


#: Content findings a misheard word can cause: the word said (or one the recogniser got wrong).
_SAID = ("contradiction", "avoid_phrase", "pushed_after_no", "form_of_address")
#: ... and findings about something missing, which an unsure word anywhere in the reply may have been.
_MISSING = ("no_acknowledgement",)


#: How close in spelling (edit-distance similarity) an unsure word must be to a word of
#: acknowledgement to have been it: "story" for "sorry" (0.6), "Zeit" for "leid" (0.5, a short
#: word), not "Keller" for "helfen" (0.5, a longer one).
FEELING_WORD_LIKENESS = 0.6
SHORT_FEELING_WORD_LIKENESS = 0.5


def _feeling_vocabulary(context: Context) -> frozenset[str]:
    """The words of the lists that take a customer's feeling up (empathy, acknowledgement,
    apology, their upset called justified), three letters or more."""
    phrases = (*context.words("empathy"), *context.words("acknowledgement"), *context.words("justified"))
    phrases += lexicon.words_for(lexicon.APOLOGY_WORDS, context.language)
    # "that must be hard": "that" and "must" carry no feeling; "hut" is not a misheard "that"
    stop = lexicon.STOPWORDS.get(context.language, frozenset()) | lexicon.STOPWORDS["en"]
    return frozenset(
        token for phrase in phrases for token in normalize(phrase) if len(token) >= 3 and token not in stop
    )


def _garbled(word: Word, context: Context) -> bool:
    """An unsure word that is no word of the language ("Foscht", "Apagot": espeak-ng's "Verstehe"
    as Whisper heard it) may have been any word: the resources' word list says (``known``, where
    the resources have one; :class:`~voicecoach.core.language.PLAIN` has none, so nothing is
    garbled there). Four letters or more, and not the customer's name."""
    known = getattr(context.resources, "known", None)
    bare = word.text.strip(" ,.;:!?\"'()…")
    if known is None or len(bare) < 4 or not bare.isalpha():
        return False
    if bare.lower() in {part.lower() for part in (context.customer_name or "").split()}:
        return False
    return not known(bare, context.language)


def _like_feeling_word(word: Word, vocabulary: frozenset[str], common: frozenset[str]) -> bool | None:
    """Whether a word may have been a word of acknowledgement: alike in spelling to one of them
    (:data:`FEELING_WORD_LIKENESS`; :data:`SHORT_FEELING_WORD_LIKENESS` when both are short),
    or too short to tell. A number ("27", "sixth", "£155") or a code in capitals ("ML") was heard
    as one: it cannot have been "sorry" (found through audio on v18, where such words waived 9 of
    13 English findings). ``None`` for a word of ``common`` ("as", "is", "im", "Frau"): too
    common to have stood alone for a whole acknowledgement (on the sealed set v30 through audio
    such words waived 8 of 21 ignored feelings: "not", "as", "it"), it may still be part of a
    misheard stretch (:func:`_unsure_feeling_words`)."""
    heard = normalize(word.text)
    bare = word.text.strip(" ,.;:!?\"'()")
    if heard and (all(token.isdigit() for token in heard) or (len(bare) >= 2 and bare.isupper())):
        return False
    content = [token for token in heard if token not in common]
    if not content:
        return None if heard else True
    if any(len(token) < 3 for token in content):
        return True
    return any(
        similarity(token, known)
        >= (SHORT_FEELING_WORD_LIKENESS if len(known) <= 4 and len(token) <= 4 else FEELING_WORD_LIKENESS)
        for token in content
        for known in vocabulary
    )


def _unsure_feeling_words(turn: Turn, context: Context) -> list[Word]:
    """The trainee's words that may have been an acknowledgement Whisper misheard, so that a
    missing one is not certain (``sorry`` heard as ``story``):

    - an unsure word (below ``unsure_word``) alike to a word of feeling, or no word of the
      language (:func:`_garbled`), unless it is one of the customer's own words read back
      ("cake", "Ashby" from their line: heard as said);
    - a non-word heard with confidence that is alike to a word of feeling ("ergernt" at 0.61
      for "ärgert"; typed words, at 1.0, were not heard);
    - an unsure common word ("im", "the") only beside one of those ("im Stichgrassen" for "im
      Stich gelassen").

    Shapes: the turn's trainee words in order; returns a sub-list of them."""
    limit = context.options.unsure_word
    vocabulary = _feeling_vocabulary(context)
    common = lexicon.STOPWORDS.get(context.language, frozenset()) | lexicon.STOPWORDS["en"]
    theirs = {token for w in customer_words(turn, context) for token in normalize(w.text)}
    if context.step is not None:
        theirs |= set(normalize(context.step.say))
    words = turn.trainee.words
    verdicts: list[bool | None] = []
    for word in words:
        garbled = _garbled(word, context)
        if word.probability >= limit:
            # a typed word (probability 1.0) was not heard, so it cannot have been misheard
            verdicts.append(word.probability < 1.0 and garbled and bool(_like_feeling_word(word, vocabulary, common)))
            continue
        content = set(normalize(word.text)) - common
        if content and content <= theirs and not content & vocabulary:
            verdicts.append(False)  # the customer's word, read back
            continue
        verdicts.append(True if garbled else _like_feeling_word(word, vocabulary, common))
    unsure = []
    for at, (word, verdict) in enumerate(zip(words, verdicts)):
        if verdict is None:
            beside = [n for n in (at - 1, at + 1) if 0 <= n < len(words)]
            verdict = any(verdicts[n] is True or _garbled(words[n], context) for n in beside)
        if verdict:
            unsure.append(word)
    return unsure


#: How close in spelling an unsure word must be to a word of a missed key point to have been it:
#: "achmehren" (Whisper's hearing of espeak-ng's "nachsehen") is 0.67 from it; "Kauegen" (for
#: "Kollegen") is near no word of a point about costs. The same value as
#: :data:`FEELING_WORD_LIKENESS`; measured through audio in docs/benchmarks.md.
POINT_WORD_LIKENESS = 0.6


def _point_vocabulary(evidence: Mapping[str, Any], context: Context) -> frozenset[str]:
    """The words that may have made a missed key point: its phrasings' content words (no
    stopwords, three letters or more) with their lemmas and synonyms; for a point missed because
    the reply names no time, only passes the matter on or refuses it, also the calendar and clock
    words (:data:`lexicon.WHEN_WORDS`); for a refusal, its own words."""
    stop = lexicon.STOPWORDS.get(context.language, frozenset()) | lexicon.STOPWORDS["en"]
    tokens = {
        token
        for phrase in evidence.get("phrasings", ())
        for token in normalize(str(phrase))
        if len(token) >= 3 and token not in stop
    }
    lemmas = {context.resources.lemma(token, context.language) for token in tokens}
    related = {synonym for lemma in lemmas for synonym in context.resources.synonyms(lemma, context.language)}
    if evidence.get("no_time") or evidence.get("handover") or evidence.get("refused"):
        # certain because no time was named, or because the matter was only passed on or refused:
        # a time misheard ("Morgan" for "morgen") would have made it more than that
        related |= set(lexicon.words_for(lexicon.WHEN_WORDS, context.language))
        # "May", the month left out of the calendar words as the verb, is a time when unsure ("call
        # you back today" heard as "back to May." at 0.08, found in the TUI)
        related |= {"may"} if context.language == "en" else set()
    if evidence.get("refused"):
        related |= set(normalize(str(evidence["refused"])))  # the refusal's own words, misheard
    return frozenset(word for word in tokens | lemmas | related if " " not in word)


def _like_point_word(word: Word, vocabulary: frozenset[str], stop: frozenset[str]) -> bool:
    """An unsure word that may have been a word of the missed point (:func:`_point_vocabulary`):
    alike in spelling (:data:`POINT_WORD_LIKENESS`) or holding a digit. A word of one or two
    letters, or a stopword ("der", "the") that is not itself a word of the point, cannot have
    carried it."""
    if any(ch.isdigit() for ch in word.text):
        return True
    heard = [token for token in normalize(word.text) if len(token) >= 3 and (token not in stop or token in vocabulary)]
    return any(similarity(token, known) >= POINT_WORD_LIKENESS for token in heard for known in vocabulary)


def _doubted(finding: Finding, turn: Turn, context: Context) -> Finding:
    """``finding`` without its penalty when it rests on words Whisper was unsure of."""
    if finding.penalty <= 0:
        return finding
    reason = finding.evidence.get("reason")
    limit = context.options.unsure_word
    if finding.kind in _SAID or (
        finding.kind == "not_listening" and reason in ("reasked", *not_listening.AGAINST_THEIR_WORDS)
    ):
        slack = 0.05
        neutral = frozenset(lexicon.words_for(lexicon.NEUTRAL_WORDS, context.language))
        unsure = [
            w
            for w in turn.trainee.words
            if w.probability < limit
            and finding.start - slack <= (w.start + w.end) / 2 <= finding.end + slack
            and not set(normalize(w.text)) <= neutral  # "Das tut mir leid, aber" stays a "but" with "Das" unsure
        ]
        # (a time that breaks their limit by its day alone: an unsure hour cannot undo it)
        # (the evidence keeps times rounded to the hundredth)
        deciding = {round(w["start"], 2) for w in finding.evidence.get("deciding", ()) if isinstance(w, dict)}
        if deciding:
            unsure = [w for w in unsure if round(w.start, 2) in deciding]
    elif finding.kind in _MISSING or (finding.kind == "not_listening" and reason == "ignored_emotion"):
        # a missing acknowledgement: only a word that sounds like one of its words may have been
        # it ("sorry" heard as "story"); a doubtful name, number or "as" elsewhere was not
        unsure = _unsure_feeling_words(turn, context)
    elif finding.kind == "not_listening" and reason == "missed_point":
        # a point missed for certain: only an unsure word that sounds like one of the point's
        # words (or, for a point about when, a calendar word) may have been it; a doubtful
        # "Das" or a customer's name cannot have been the missing step
        vocabulary = _point_vocabulary(finding.evidence, context)
        stop = lexicon.STOPWORDS.get(context.language, frozenset()) | lexicon.STOPWORDS["en"]
        # (the customer's own number or word read back was heard as said: "Bestellung 4711" with
        # "4711" unsure is no misheard time, as for a missing acknowledgement)
        theirs = {token for w in customer_words(turn, context) for token in normalize(w.text)}
        unsure = [
            w
            for w in turn.trainee.words
            if w.probability < limit
            and _like_point_word(w, vocabulary, stop)
            and not (set(normalize(w.text)) and set(normalize(w.text)) <= theirs - vocabulary)
        ]
    else:
        return finding
    if not unsure:
        return finding
    said = " ".join(w.text.strip() for w in unsure[:6])
    prefix = qualifier("misheard", context.language, customer=context.customer_name, words=said)
    evidence = {**finding.evidence, "misheard": [w.text.strip() for w in unsure], "penalty_waived": finding.penalty}
    evidence = qualified(evidence, "before", "misheard", words=said)
    return replace(finding, severity="info", penalty=0.0, message=prefix + finding.message, evidence=evidence)


def _spoken_at(finding: Finding) -> set[tuple[float, float]]:
    """The (start, end) of each word a finding quotes (its evidence's ``words``)."""
    return {(w["start"], w["end"]) for w in finding.evidence.get("words", ()) if isinstance(w, dict)}


def _said_once(findings: list[Finding], context: Context) -> list[Finding]:
    """An avoid phrase that is itself the contradiction ("Das kann nicht sein" listed to avoid and
    said against the customer), or the time or way the customer ruled out, costs once: the
    contradiction (or not-listening finding) takes the points, the avoid finding is still shown,
    with a note (a trainer saw -50 for three words)."""
    contradicted = set().union(*(_spoken_at(f) for f in findings if f.kind == "contradiction" and f.penalty > 0))
    # the way or time the customer ruled out, said in an avoid phrase ("by email" after "She
    # doesn't do email"): one fault
    against = set().union(
        *(
            _spoken_at(f)
            for f in findings
            if f.kind == "not_listening"
            and f.penalty > 0
            and f.evidence.get("reason") in not_listening.AGAINST_THEIR_WORDS
        )
    )
    kept = []
    for f in findings:
        if f.kind == "avoid_phrase" and f.penalty > 0 and _spoken_at(f) & contradicted:
            f = _counted_under(f, "contradiction", "counted_once_contradiction", context)
        elif f.kind == "avoid_phrase" and f.penalty > 0 and _spoken_at(f) & against:
            f = _counted_under(f, "not_listening", "counted_once_not_listening", context)
        kept.append(f)
    return kept


#: Words of a refusal that turns down what is owed: money back, a cost covered.
_OWED_REFUSED = frozenset(
    {"erstatten", "zahlen", "bezahlen", "bezahlt", "uebernehmen", "zurueckgeben", "zurueckzahlen", "gutschreiben",
     "abgedeckt", "refund", "refunded", "pay", "paid", "cover", "covered", "reimburse",
     # the noun ("Eine Erstattung ist nicht drin", hv48-070)
     "erstattung", "rueckerstattung", "gutschrift", "entschaedigung", "reimbursement", "compensation"}
)  # fmt: skip


def _refusal_contradicts(findings: list[Finding], turn: Turn, context: Context) -> list[Finding]:
    """What is owed turned down outright ("Die 14 Euro kann ich Ihnen nicht erstatten", "We don't
    refund call-out fees") is also a contradiction: it sets the agent against what the customer
    asks, as keeping part of the money does (``part_kept``). Shown once, its points counted under
    the missed point it refused (one fault, one penalty); not for a deferral ("das entscheidet die
    Buchhaltung"), an assurance or a time withheld (:data:`lexicon.UNPROMISED`), a refusal of anything
    but what is owed (:data:`_OWED_REFUSED`), nor where a contradiction is already found. The
    held-out sets' writers label such refusals contradiction since v21. Where the contradiction
    found is itself the part kept back, a charge insisted on or the remedy refused
    (:func:`grammar.remedy_refused`), the missed point that quotes its words is counted under it
    instead (:func:`_same_words_kept`): one fault, one penalty. The time
    the customer asked for turned down with another named instead (``time_refused``, or a time
    conflict said with such a refusal: :func:`time_fit.refused_time`) is the same: a contradiction
    counted under the not-listening finding."""
    # the remedy charged for or kept back in part ("die Anfahrt müssten Sie aber selbst zahlen",
    # "Ich kann Ihnen aber nur 20 Euro gutschreiben"): the contradiction and the point it keeps back
    # are one fault, shown twice and counted once, under the contradiction
    kept_back = next(
        (
            f
            for f in findings
            if f.kind == "contradiction"
            and f.penalty > 0
            and f.evidence.get("grammar") in ("charge", "part_kept", "refused")
        ),
        None,
    )
    if kept_back is not None:
        said = set(normalize(str(kept_back.evidence.get("said", ""))))
        return [
            _counted_under(f, "contradiction", "counted_once_contradiction", context)
            if f.kind == "not_listening" and f.penalty > 0 and _same_words_kept(f, said)
            else f
            for f in findings
        ]
    if any(f.kind == "contradiction" and (f.penalty > 0 or f.evidence.get("counted_in")) for f in findings):
        return findings
    # the time they asked for turned down, another named ("Freitags sind wir leider voll, am
    # Wochenende ..."): :func:`time_fit.refused_time`; the writers label it so since v43
    time_refused = next(
        (f for f in findings if f.kind == "not_listening" and f.penalty > 0 and f.evidence.get("refusal")), None
    )
    if time_refused is not None:
        said = str(time_refused.evidence["refusal"])
        return [*findings, _refusal_counted_once(said, "refused_time", time_refused, turn, context)]
    refused = next(
        (
            f
            for f in findings
            if f.kind == "not_listening"
            and f.penalty > 0
            and f.evidence.get("reason") == "missed_point"
            and f.evidence.get("refused")
            and not f.evidence.get("deferred")
            # (what is owed turned down, "nicht erstatten", "we don't cover"; not an assurance or a
            # time withheld, "I can't promise Friday", nor "nothing I can do" or a referral
            # elsewhere, which the sets' writers label no contradiction)
            and set(normalize(str(f.evidence["refused"]))) & _OWED_REFUSED
            and not set(normalize(str(f.evidence["refused"]))) & lexicon.UNPROMISED
        ),
        None,
    )
    # ... and only a part of it given for the whole ("höchstens die Hälfte der Tagesmiete", "a
    # half-price lesson" for a free one): part kept, as :func:`grammar.part_kept` finds it where
    # the customer spoke of money (v48's writer labels both so)
    after_no = context.step is not None and context.step.expect.accept_no  # (a price cut then is a push)
    partial = next(
        (
            f
            for f in findings
            if not after_no
            and f.kind == "not_listening"
            and f.penalty > 0
            and f.evidence.get("reason") == "missed_point"
            and f.evidence.get("partial")
            and isinstance(f.evidence.get("closest"), str)
        ),
        None,
    )
    if refused is None and partial is None:
        return findings
    source, kind = (refused, "refused") if refused is not None else (partial, "part_kept")
    said = str(source.evidence["refused" if kind == "refused" else "closest"])
    return [*findings, _refusal_counted_once(said, kind, source, turn, context)]


def _refusal_counted_once(said: str, kind: str, source: Finding, turn: Turn, context: Context) -> Finding:
    """The contradiction of kind ``kind`` ("refused", "part_kept", "refused_time") that a
    not-listening finding ``source`` also is, quoting ``said`` from where it starts in the reply
    (else at ``source``'s span); shown, its points counted once under ``source``."""
    at = _first_of(said, reply_words(turn, context))
    start, end = (at.start, at.end) if at is not None else (source.start, source.end)
    found = make_finding(
        context,
        "contradiction",
        severity="major",
        skill="empathy",
        start=start,
        end=end,
        evidence={"reason": "phrase", "said": said, "grammar": kind},
        variant=kind,
    )
    return _counted_under(found, "not_listening", "counted_once_not_listening", context)


def _same_words_kept(finding: Finding, said: set[str]) -> bool:
    """A missed point that quotes the words of a contradiction that keeps part back (``said``:
    its folded words) as what came closest or what was said instead: the same fault."""
    if finding.evidence.get("reason") != "missed_point":
        return False
    evidence = finding.evidence
    quoted = set(normalize(str(evidence.get("closest") or evidence.get("instead") or evidence.get("refused") or "")))
    return (bool(said) and said <= quoted | {"aber", "but"}) or len(said & quoted) >= 3


def _first_of(said: str, words: Sequence[Word]) -> Word | None:
    """The reply's word where the quoted stretch ``said`` begins, or None."""
    wanted = normalize(said)
    for at in range(len(words)):
        heard = [t for w in words[at : at + len(wanted) + 2] for t in normalize(w.text)]
        if wanted and heard[: len(wanted)] == list(wanted):
            return words[at]
    return None


def _counted_under(finding: Finding, other: str, note: str, context: Context) -> Finding:
    """``finding`` still shown as a fault (the trainer listed it), its points counted once under
    the finding of kind ``other`` on the same words, with the qualifier ``note`` saying so."""
    evidence = {**finding.evidence, "counted_in": other, "penalty_waived": finding.penalty}
    evidence = qualified(evidence, "after", note)
    message = finding.message + qualifier(note, context.language)
    return replace(finding, penalty=0.0, message=message, evidence=evidence)


def _met_in_argument(findings: list[Finding], turn: Turn, context: Context) -> list[Finding]:
    """Missed-point findings for the points met only inside the clause of a costing avoid phrase
    that takes them back, or of only part of the money given (``part_kept``:
    :func:`grammar.part_kept`; :func:`not_listening.met_only_in_argument`)."""
    avoided = [spans for f in findings if f.kind == "avoid_phrase" and f.penalty > 0 and (spans := _spoken_at(f))]
    partial = [
        spans
        for f in findings
        if f.kind == "contradiction" and f.penalty > 0 and f.evidence.get("grammar") == "part_kept"
        and (spans := _spoken_at(f))
    ]  # fmt: skip
    missed = not_listening.met_only_in_argument(turn, context, avoided, partial)
    return [_doubted(f, turn, context) for f in missed]


def _missed_instead(findings: list[Finding], turn: Turn, context: Context) -> list[Finding]:
    """A key point missed while the reply argues, plays it down, says a phrase to avoid or pushes
    a sale after a no: the miss costs points when nothing else the agent said could be the point
    in other words (``no_other_step``: no own step of the agent's left over, :func:`grammar.own_steps`), or when
    every own step (``other_steps``, spans in seconds) holds words of the costing finding itself:
    "Wir melden uns in den nächsten Tagen, sobald ein Techniker frei ist" is the phrase to avoid,
    not a visit in other words. "Das
    ist ganz normal. Geben Sie dem noch zwei Wochen." offers no visit in any words; the seed
    articles ask for the solution after the understanding, not a defence instead of it. The
    message quotes what was said instead (the first such finding in time). An unsure word that
    sounds like the point's words may have been it: then it stays a note (:func:`_doubted`)."""
    instead = sorted(
        # (a sale pushed after a no is said instead of the point as an argument is)
        (f for f in findings if f.kind in ("contradiction", "avoid_phrase", "pushed_after_no") and f.penalty > 0),
        key=lambda f: f.start,
    )
    if not instead or not isinstance(instead[0].evidence.get("said"), str):
        return findings
    if all(f.kind == "pushed_after_no" for f in instead) and _content_point_met(findings, context):
        # a push beside a point about the matter that was met ("We'll pay for the silk. And if you
        # change your mind, the discount's still there"): the reply answered, the push is its fault
        return findings
    quote = str(instead[0].evidence["said"]).strip(" .,;:!?")
    # an own step that holds the costing words is the argument itself ("Wir melden uns in den
    # nächsten Tagen"), not the point in other words
    argued = {start for f in instead for start, _ in _spoken_at(f)}

    # the closest thing said to the point is the argument itself ("dafür müssen Sie leider zahlen"
    # for "kostenlos"): no sign of the point in other words
    costing = [(set(normalize(str(f.evidence.get("said", "")))), str(f.evidence.get("said", ""))) for f in instead]
    # money charged or held back ("die Arbeitszeit müssten Sie aber selbst tragen", "nur 50 Euro"):
    # a point of no cost is turned down by it, whatever other step the reply offers
    charged = [said for f in instead if f.evidence.get("grammar") in ("charge", "part_kept")
               and isinstance(said := f.evidence.get("said"), str)]  # fmt: skip
    kept = []
    for f in findings:
        near = {t for w in f.evidence.get("closest_words") or () for t in normalize(str(w))}
        holder = next((said for tokens, said in costing if near and near <= tokens), None)
        argued_closest = holder is not None and bool(f.evidence.get("unsure"))
        if (
            f.kind == "not_listening"
            and f.penalty == 0
            and f.evidence.get("reason") == "missed_point"
            and "point_class" not in f.evidence
            and not _no_kept(f, findings, context)
            and (
                f.evidence.get("no_other_step")
                or not_listening.steps_hold(f.evidence.get("other_steps"), argued)
                or argued_closest
                or (charged and not_listening.cost_point(f.evidence.get("phrasings") or ()))
            )
        ):
            evidence = {k: v for k, v in f.evidence.items() if k != "render"}
            said_instead = holder.strip(" .,;:!?") if argued_closest and holder else quote
            if charged and not argued_closest and not_listening.cost_point(evidence.get("phrasings") or ()):
                said_instead = charged[0].strip(" .,;:!?")
            values = {**(f.evidence.get("render") or {}).get("values", {}), "instead": said_instead}
            f = make_finding(
                context, f.kind, severity="major", skill=f.skill, start=f.start, end=f.end,
                evidence={**evidence, "instead": said_instead}, variant="missed_point_instead", values={
                    **values, "examples": alternatives(evidence["phrasings"][:2], context.language),
                    "example": evidence["phrasings"][0],
                },
            )  # fmt: skip
            f = _doubted(f, turn, context)
        kept.append(f)
    return kept


def _no_kept(missed: Finding, findings: list[Finding], context: Context) -> bool:
    """On a turn where the customer said no to an offer (``accept_no``), a missed point that is
    the no taken up (a phrasing of acceptance: "gern", "wie besprochen", :data:`lexicon.ACCEPTANCE`)
    with nothing pushed: not pushing kept the no, whatever else the reply argues ("Mittwoch, halb
    fünf, passt. Sagen Sie Jonas aber bitte, ...", hv48-060; the argument is its own finding)."""
    step = context.step
    if step is None or not step.expect.accept_no:
        return False
    if any(f.kind == "pushed_after_no" and f.penalty > 0 for f in findings):
        return False
    forms = {" ".join(normalize(w)) for w in lexicon.words_for(lexicon.ACCEPTANCE, context.language)}
    return any(" ".join(normalize(str(p))) in forms for p in missed.evidence.get("phrasings") or ())


def _content_point_met(findings: list[Finding], context: Context) -> bool:
    """A key point about the matter (no class: :func:`not_listening.point_class`) has no
    missed-point finding: the reply met it."""
    step = context.step
    if step is None:
        return False
    content = {
        p
        for p, phrasings in step.expect.key_points.items()
        if not_listening.point_class(phrasings, context.language) is None
    }
    missed = {
        f.evidence.get("point")
        for f in findings
        if f.kind == "not_listening" and f.evidence.get("reason") == "missed_point"
    }
    return bool(content - missed)


def _about_the_no(finding: Finding) -> bool:
    """A missed key point the push itself stands for: one of a class (taking the no, sorry), not
    one about content (:func:`voicecoach.core.analyzers.not_listening.point_class`)."""
    return "point_class" in finding.evidence


def _asked_not_pushed(findings: list[Finding], turn: Turn, context: Context) -> list[Finding]:
    """A refused offer's word inside a question that asks again for what the customer told about
    it ("Wie alt sind die Saiten denn genau?" after "Die Saiten sind drei Monate alt" and a no to
    new strings) offers nothing: the re-ask is the fault, found on its own, not a push. A
    question that presses in words of pressing (:data:`lexicon.PUSH`: "überlegen Sie es sich noch
    mal?") is the push instead, and its "noch mal" no re-ask."""
    asked = [f for f in findings if f.kind == "not_listening" and f.evidence.get("reason") == "reasked"]
    if not asked:
        return findings
    words = reply_words(turn, context)
    sentences: list[tuple[float, float]] = []
    start: float | None = None
    for word in words:
        start = word.start if start is None else start
        if word.text.rstrip().endswith((".", "!", "?")):
            sentences.append((start, word.end))
            start = None
    if start is not None and words:
        sentences.append((start, words[-1].end))
    questions = [
        (a, b)
        for f in asked
        for a, b in sentences
        if any(a <= w["start"] <= b for w in f.evidence.get("ask_words", ()) if isinstance(w, dict))
    ]

    def inside(f: Finding) -> bool:
        said = _spoken_at(f)
        return bool(said) and all(any(a <= s <= b for a, b in questions) for s, _ in said)

    # ... unless the question presses in words of pressing ("..., überlegen Sie es sich noch mal?"):
    # its "noch mal" asks them to decide again, not to tell again (hv36-130)
    pressing = set(context.words("push"))
    pressed = [
        f
        for f in findings
        if f.kind == "pushed_after_no" and inside(f) and set(f.evidence.get("phrases", ())) <= pressing
    ]
    if pressed:
        spans = [(a, b) for a, b in questions if any(a <= s <= b for f in pressed for s, _ in _spoken_at(f))]
        return [
            f
            for f in findings
            if not (
                f in asked
                and any(
                    a <= w["start"] <= b
                    for a, b in spans
                    for w in f.evidence.get("ask_words", ())
                    if isinstance(w, dict)
                )
            )
        ]
    return [f for f in findings if not (f.kind == "pushed_after_no" and inside(f))]


def _asked_as_doubt(findings: list[Finding]) -> list[Finding]:
    """An order or a question that blames the customer or says the colleague's excuse again ("Do
    double-check the address on the form this time", "Haben Sie das Wasser danach noch einmal selbst
    gemessen?" after "unser Wasser sei zu warm gewesen"; a costing contradiction of grammar ``blame``
    or ``echo``) asks nothing again: a re-ask finding on the same words is dropped, the
    contradiction says what was wrong with it (hv47-070, -281). A question that doubts their word
    ("Did you really report it before the trip?") still asks it again (v27)."""
    doubting = set().union(
        *(
            _spoken_at(f)
            for f in findings
            if f.kind == "contradiction" and f.penalty > 0 and f.evidence.get("grammar") in ("blame", "echo")
        )
    )
    if not doubting:
        return findings
    return [
        f
        for f in findings
        if not (f.kind == "not_listening" and f.evidence.get("reason") == "reasked" and _spoken_at(f) & doubting)
    ]


def _one_fault_one_finding(findings: list[Finding], context: Context) -> list[Finding]:
    """After a no to an offer, pushing the offer again is the fault: the key points the push
    left out (taking the no, confirming what stays) are not a second finding of it, nor is an
    avoid phrase said in the push's own words ("Are you sure?" listed under both costs once: a
    trainer saw -50 for it)."""
    step = context.step
    if step is None or not step.expect.accept_no:
        return findings
    pushes = [f for f in findings if f.kind == "pushed_after_no" and f.penalty > 0]
    if not pushes:
        return findings
    pushed_words = set().union(*(_spoken_at(f) for f in pushes))
    kept = []
    for f in findings:
        # a point about the no ("in Ordnung") is the push's; a need beside it ("Gibt es einen Kurs
        # am Sonntag?") left unanswered is not listening of its own
        if f.kind == "not_listening" and f.evidence.get("reason") == "missed_point" and _about_the_no(f):
            continue
        if f.kind == "not_listening" and f.evidence.get("granted_then_pushed"):
            continue  # "Natürlich. Ein UV-Klärer lohnt sich trotzdem": the no taken in words, then pushed
        if f.kind == "avoid_phrase" and _spoken_at(f) and _spoken_at(f) <= pushed_words:
            f = _counted_under(f, "pushed_after_no", "counted_once", context)
        kept.append(f)
    return kept


def judge(
    turn: Turn,
    *,
    language: str,
    scenario: Scenario | None = None,
    step_id: str | None = None,
    options: JudgeOptions = JudgeOptions(),
    models: Mapping[str, Any] | None = None,
    played: Sequence[str] | None = None,
    resources: LanguageResources = PLAIN,
) -> TurnResult:
    """Judge one turn. ``step_id`` picks the scenario turn (default: the first).

    ``models`` names what produced the timeline (e.g. ``{"stt": "tiny.en", "vad": "silero_v6"}``);
    it is stored with the thresholds in ``TurnResult.options``. ``resources`` give lemmas and
    synonyms (``voicecoach.adapters.language_resources.shared()``); without them the judge
    matches by its own inflection rules only.
    """
    context, turn_id = make_context(language, scenario, step_id, options, played, resources)
    findings: list[Finding] = []
    for analyzer in TIMING:
        findings.extend(analyzer(turn, context))
    silent = any(f.kind == "silent_reply" for f in findings)
    if not silent:
        for analyzer in TEXT:
            findings.extend(analyzer(turn, context))
    # doubt first: a finding waived for a misheard word must not take over another's points
    # ("counted once" under a contradiction that then costs nothing left the avoid phrase free)
    findings = [_doubted(f, turn, context) for f in findings]
    if not silent:
        # (a point already missed for certain, refused say, keeps that one finding)
        missed = {f.evidence.get("point") for f in findings if f.kind == "not_listening" and f.penalty > 0}
        findings += [f for f in _met_in_argument(findings, turn, context) if f.evidence.get("point") not in missed]
    findings = _asked_not_pushed(findings, turn, context)
    findings = _refusal_contradicts(findings, turn, context)
    findings = _said_once(_one_fault_one_finding(_missed_instead(findings, turn, context), context), context)
    findings = _asked_as_doubt(findings)
    findings.sort(key=lambda f: (f.start, -SEVERITY_RANK[f.severity], f.kind))

    score = scoring.score(findings, scenario.weights if scenario is not None else None)
    judged_with: dict[str, Any] = options.to_json()
    judged_with["models"] = dict(models or {})
    if resources is PLAIN:
        judged_with["language_resources"] = ["none: word forms by the judge's own rules only"]
    elif resources.notes:
        judged_with["language_resources"] = list(resources.notes)
    return TurnResult(
        turn=turn,
        findings=tuple(findings),
        metrics=metrics.compute(turn, context, findings),
        score=score,
        options=judged_with,
        language=language,
        scenario_id=scenario.id if scenario is not None else None,
        turn_id=turn_id,
        outcomes=outcomes_of(findings, score.total, options),
    )


def _worst(results: Sequence[TurnResult], count: int) -> tuple[Moment, ...]:
    moments = [
        Moment(result.turn_id, number, finding)
        for number, result in enumerate(results, start=1)
        for finding in result.findings
        if finding.penalty > 0
    ]
    moments.sort(key=lambda m: (-SEVERITY_RANK[m.finding.severity], -m.finding.penalty, m.number, m.finding.start))
    return tuple(moments[:count])


def without_disputed(result: TurnResult, disputed: Collection[int]) -> TurnResult:
    """``result`` without the findings at positions ``disputed`` (0-based, in ``result.findings``
    order) that the trainee marked as wrong, and its score without them (:func:`disputes.rescore`).
    ``result`` itself when nothing is marked."""
    if not disputed:
        return result
    left_out = set(disputed)
    kept = tuple(f for position, f in enumerate(result.findings) if position not in left_out)
    return replace(result, findings=kept, score=rescore(result.findings, left_out, result.score.weights or None))


def summarize(
    results: Sequence[TurnResult],
    *,
    language: str | None = None,
    worst: int = 3,
    disputed: Mapping[int, Collection[int]] | None = None,
) -> CallSummary:
    """The end-of-call summary: mean total and skills, the worst moments, what to practise next.

    ``disputed`` maps a result's position in ``results`` (0-based) to the positions of its
    findings the trainee marked as wrong: those count nowhere (scores, worst moments, counts,
    what to practise), as in the history's scores and trends.

    What to practise: the skill with the lowest mean score (ties in skill order), and the kind of
    finding that took points off it most often, with the tip of its latest finding.
    """
    if disputed:
        results = [without_disputed(result, disputed.get(position, ())) for position, result in enumerate(results)]
    language = language or (results[0].language if results else "en")
    if not results:
        return CallSummary(0, {}, 0, (), None, None, "", "", language)
    mean = scoring.mean_score(result.score for result in results)
    assert mean is not None
    penalised = [f for result in results for f in result.findings if f.penalty > 0]
    counts = Counter(f.kind for f in penalised)
    skill: str | None = None
    kind: str | None = None
    tip = ""
    if penalised:
        skill = min(SKILLS, key=lambda s: (mean.skills[s], SKILLS.index(s)))
        hits = [f for f in penalised if f.skill in (skill, scoring.ALL_SKILLS)]
        if not hits:
            hits = penalised
        per_kind = Counter(f.kind for f in hits)
        kind = max(per_kind, key=lambda k: (per_kind[k], sum(f.penalty for f in hits if f.kind == k)))
        tip = [f for f in hits if f.kind == kind][-1].tip
    skill_tip = practice_tip(skill, language) if skill and skill in SKILLS else ""
    return CallSummary(
        total=mean.total,
        skills=mean.skills,
        turns=len(results),
        worst=_worst(results, worst),
        practise_skill=skill,
        practise_kind=kind,
        practise_tip=tip or skill_tip,
        practise_skill_tip=skill_tip,
        language=language,
        counts=dict(counts),
    )
