"""The judge: one turn's timeline in, findings, metrics, score and outcomes out.

``judge()`` runs every analyzer of :mod:`voicecoach.core.analyzers` over a :class:`Turn`, scores
the findings and returns a :class:`TurnResult` that carries the thresholds (and the model names
the caller passes in) it was judged with. ``summarize()`` turns a call's results into the
end-of-call summary. Pure: no audio, no models.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any

from voicecoach.core import messages, scoring
from voicecoach.core.analyzers import TEXT, TIMING, Context, metrics
from voicecoach.core.language import PLAIN, LanguageResources
from voicecoach.core.result import SEVERITY_RANK, CallSummary, Finding, Moment, TurnResult
from voicecoach.core.scenario import SKILLS, Outcome, Scenario, Step
from voicecoach.core.timeline import Turn
from voicecoach.core.errors import UserError

LANGUAGES = ("de", "en")


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
    unsure_word: float = 0.5
    """A word Whisper heard with a probability below this is unsure: it cannot alone take points
    off (a content finding resting on it says "I may have misheard: ..." instead)."""
    # --- scoring
    penalty_major: float = 25.0
    """Points a major finding takes off its skill."""
    penalty_minor: float = 10.0
    """Points a minor finding takes off its skill."""
    silent_penalty: float = 100.0
    """Points a silent reply takes off every skill."""
    poor_below: int = 60
    """A total below this is the outcome "poor"."""
    good_from: int = 75
    """A total of at least this, with no major finding, is the outcome "good"."""

    def to_json(self) -> dict[str, Any]:
        return {key: list(value) if isinstance(value, tuple) else value for key, value in asdict(self).items()}


def _step(scenario: Scenario, step_id: str | None) -> tuple[Step, str]:
    if step_id is None:
        return scenario.turns[0], scenario.turn_ids[0]
    if step_id not in scenario.turn_ids:
        raise UserError(
            f"scenario '{scenario.id}' has no turn '{step_id}'; use one of {', '.join(scenario.turn_ids)}"
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
        raise UserError(f"language '{language}' is not supported; use one of {', '.join(LANGUAGES)}")
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
        resources=resources,
    )
    return context, turn_id


def outcomes_of(findings: Sequence[Finding], total: int, options: JudgeOptions) -> tuple[str, ...]:
    """Outcomes for branching, in :class:`Outcome` order."""
    reasons = {f.evidence.get("reason") for f in findings if f.kind == "not_listening" and f.penalty > 0}
    found = {
        Outcome.interrupted: any(f.kind == "interruption" for f in findings),
        Outcome.reasked: "reasked" in reasons,
        Outcome.missed: "missed_point" in reasons,
        Outcome.poor: total < options.poor_below,
        Outcome.good: total >= options.good_from and not any(f.severity == "major" for f in findings),
    }
    return tuple(outcome.value for outcome in Outcome if found.get(outcome))


#: Content findings a misheard word can cause: the word said (or one the recogniser got wrong).
_SAID = ("contradiction", "avoid_phrase", "pushed_after_no")
#: ... and findings about something missing, which an unsure word anywhere in the reply may have been.
_MISSING = ("no_acknowledgement",)
_MISHEARD = {"en": 'I may have misheard: "{words}". ', "de": "Vielleicht habe ich mich verhört: „{words}“. "}


def _doubted(finding: Finding, turn: Turn, context: Context) -> Finding:
    """``finding`` without its penalty when it rests on words Whisper was unsure of."""
    if finding.penalty <= 0:
        return finding
    reason = finding.evidence.get("reason")
    limit = context.options.unsure_word
    if finding.kind in _SAID or (finding.kind == "not_listening" and reason == "reasked"):
        slack = 0.05
        unsure = [w for w in turn.trainee.words
                  if w.probability < limit and finding.start - slack <= (w.start + w.end) / 2 <= finding.end + slack]
    elif finding.kind in _MISSING or (finding.kind == "not_listening" and reason in ("missed_point", "ignored_emotion")):
        unsure = [w for w in turn.trainee.words if w.probability < limit]
    else:
        return finding
    if not unsure:
        return finding
    said = " ".join(w.text.strip() for w in unsure[:6])
    prefix = _MISHEARD.get(context.language, _MISHEARD["en"]).format(words=said)
    evidence = {**finding.evidence, "misheard": [w.text.strip() for w in unsure], "penalty_waived": finding.penalty}
    return replace(finding, severity="info", penalty=0.0, message=prefix + finding.message, evidence=evidence)


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
    findings = [_doubted(f, turn, context) for f in findings]
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


def summarize(results: Sequence[TurnResult], *, language: str | None = None, worst: int = 3) -> CallSummary:
    """The end-of-call summary: mean total and skills, the worst moments, what to practise next.

    What to practise: the skill with the lowest mean score (ties in skill order), and the kind of
    finding that took points off it most often, with the tip of its latest finding.
    """
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
    skill_tip = messages.practice_tip(skill, language) if skill and skill in SKILLS else ""
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
