"""not_listening: the reply shows the trainee did not take in what the customer said.

``evidence.reason`` says which:

- ``missed_point``: a key point of the step is in none of its phrasings in the reply, nor in
  other words (:mod:`voicecoach.core.meaning`), nor, for a point of a class (acknowledging,
  empathy, confirming: :data:`lexicon.POINT_CLASSES`), in any usual phrase of the class. When a
  statement in the reply says a content word of the point (in any form) the miss is not certain:
  it is shown as info with the closest words (``unsure``, no points off). A miss costs points
  only with ``missed_point_penalty``, or when the reply is so short (``short_reply_words``) and
  meets no key point at all that it cannot have said them in other words, or when it only takes
  up the customer's feeling (:func:`grammar.feeling_only`): sympathy alone meets no point about
  the matter itself.
- ``reasked``: the reply asks for a fact the customer already gave (an ask word of the fact in a
  question or request), without saying the value back (saying it back is confirming, fine).
- ``ignored_emotion``: the customer is upset (the step's emotion: annoyed, angry, sad; ``acknowledge_emotion``, or,
  when the step names no emotion, the customer's words) and the reply has no empathy phrase; found only late in
  the reply it is minor.
- ``time_conflict``: the reply offers a time that breaks a limit the customer set ("I need them by
  Thursday" -> "Friday afternoon"; "außer Mittwochvormittag" -> "Mittwoch um 9 Uhr"): the
  customer's own terms not heard (:mod:`time_fit`).
- ``time_refused``: the reply turns down the time the customer asked for and names another
  ("Freitag sind wir leider voll, am Wochenende ginge ein Samstag" for "Es muss ein Freitag
  sein") where no limit read from their line is broken (:func:`time_fit.refused_time`).
- ``refused_person``: the reply sends someone the customer ruled out ("bitte nicht wieder Herr
  Stoll" -> "Herr Stoll kommt morgen um 7 Uhr").
- ``refused_means``: the reply offers a way of sending or paying the customer ruled out ("don't
  send a cheque" -> "We'll send you a cheque by post"; "Sie hat keine E-Mail" -> "per E-Mail").
- ``generic``: nothing in the reply refers to what the customer said (no content word, fact or
  key point in common). Only when the step has no key points (missed points say it better).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from voicecoach.core.analyzers import grammar, lexicon, pushed_after_no, time_fit
from voicecoach.core.analyzers._common import (
    customer_words,
    make_finding,
    penalty_matches,
    reply_words,
    sentence_span,
    token_span,
    words_json,
)
from voicecoach.core.analyzers.options import Context
from voicecoach.core.meaning import clauses, closest, compound_related, meaning_found
from voicecoach.core.result import Finding
from voicecoach.core.text import (
    Match,
    Spoken,
    Token,
    any_phrase_found,
    find_phrase,
    fold,
    has_run,
    is_number_word,
    normalize,
    plain,
    slip_phrase_at,
    token_match,
    tokens_of,
    words_of_text,
)
from voicecoach.core.timeline import Turn, Word
from voicecoach.core.words import alternatives, emotion_word, fact_forms, feeling_tip

#: Most words a reply of sympathy alone has for its missed points to be certain: a longer one
#: that a coach would still call sympathy alone is rare, and length brings paraphrase. Two
#: sentences of sympathy and a handover with the names in them run to 26 words.
FEELING_ONLY_WORDS = 32
#: Most words of a reply that answers one key point and shows no word near another for that
#: other to count as surely missed: "Yes, it'll be ready by Wednesday evening" to "Fixed by
#: Thursday, and who pays?" (ten words leave no room for a paraphrase that shares no word).
ONE_ANSWER_WORDS = 10

#: Moods whose feeling the reply must take up. A confused customer needs clarity, not
#: empathy: only a step that says ``acknowledge_emotion: true`` asks for it (reassurance counts).
UPSET_MOODS = ("annoyed", "angry", "sad")


# --------------------------------------------------------------------------- emotion


@dataclass(frozen=True)
class Emotion:
    """The feeling the reply should take up, and what showed it."""

    mood: str
    #: "scenario" or the customer's words that showed it.
    source: str


def emotion_to_acknowledge(turn: Turn, context: Context) -> Emotion | None:
    step = context.step
    if step is not None:
        wanted = step.expect.acknowledge_emotion
        if wanted is False:
            return None
        if wanted is True or step.emotion in UPSET_MOODS:
            mood = step.emotion if step.emotion in (*UPSET_MOODS, "confused") else "upset"
            return Emotion(mood, "scenario")
        if step.emotion is not None:
            return None  # the author says how the customer feels: calm, friendly, sceptical, ...
    words = customer_words(turn, context)
    found = any_phrase_found(context.words("anger_words"), words, **context.strict_match_kwargs())
    if found is not None:
        return Emotion("upset", found.text)
    exclamations = sum(w.text.count("!") for w in words)
    if exclamations >= 2:
        return Emotion("upset", "!" * exclamations)
    return None


def listed_found(
    phrases: list[str] | tuple[str, ...], spoken: Spoken, context: Context
) -> tuple[Match | None, Match | None]:
    """The first phrase of ``phrases`` said in the reply as listed, and the first met in other
    words (:mod:`voicecoach.core.meaning`); a match that is another word ("Schaden" for
    "schade": :func:`grammar.another_word`) is passed over for the next phrase."""
    out: list[Match | None] = []
    for finder in ("listed", "meant"):
        remaining = list(phrases)
        found: Match | None = None
        for _ in range(len(remaining)):
            if finder == "listed":
                found = any_phrase_found(remaining, spoken, **context.match_kwargs())
            else:
                meant = meaning_found(remaining, spoken.words, **context.meaning_kwargs())
                found = meant.match if meant is not None else None
            if found is None or not grammar.another_word(found, context.resources, context.language):
                break
            remaining = [p for p in remaining if p != found.phrasing]
            found = None
        out.append(found)
    return out[0], out[1]


def step_empathy(spoken: Spoken, context: Context) -> Match | None:
    """A phrasing of the step's own key point of the empathy class said as listed: the trainer
    wrote "understand: [verstehe, nachvollziehen, klar]", so "Klar, ohne Auto geht da nichts"
    takes the feeling up in this step, in the trainer's words (:func:`point_class`)."""
    if context.step is None:
        return None
    empathy = {normalize(p) for p in lexicon.words_for(lexicon.EMPATHY, context.language)}
    for phrasings in context.step.expect.key_points.values():
        if phrasings and 2 * sum(1 for p in phrasings if normalize(p) in empathy) >= len(phrasings):
            found = any_phrase_found(phrasings, spoken, **context.strict_match_kwargs())
            if found is not None:
                return found
    return None


#: The customer addressed: a phrase of feeling that names them must be said to them.
_ADDRESSEE = frozenset({"sie", "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer", "du", "dir", "dich", "you", "your"})


def _addressee_missing(match: Match) -> bool:
    """A phrase of feeling that addresses the customer ("Das nehme ich Ihnen ab": I believe you)
    met with no word for them: "Der Meister ... nimmt das Eisen ab" shares only the verb."""
    wanted = _ADDRESSEE.intersection(normalize(match.phrasing))
    said = {token for word in (match.stretch or match.words) for token in normalize(word.text)}
    return bool(wanted) and not wanted & said


def empathy_match(spoken: Spoken, context: Context, mood: str = "upset") -> Match | None:
    """The earliest place the reply takes up the customer's feeling: a phrase of the lists (or
    the step's own ``expect.empathy``), in other forms (:mod:`voicecoach.core.meaning`), or in
    any words of a kind a coach accepts (:func:`grammar.acknowledgement`: naming the feeling,
    understanding, apology, agreeing, owning the mistake), the upset called justified word for
    word (:data:`lexicon.JUSTIFIED`), or, to a sad customer, care (:data:`lexicon.CARE`)."""
    phrases = context.words("empathy")
    if mood == "confused":
        phrases += context.words("reassurance")
    candidates = list(listed_found(phrases, spoken, context))
    candidates[0] = candidates[0] or step_empathy(spoken, context)
    kind = grammar.acknowledgement(spoken.words, context.resources, context.language)
    candidates.append(kind.match if kind is not None else None)
    # their upset called justified, word for word (lexicon.JUSTIFIED)
    candidates.append(any_phrase_found(context.words("justified"), spoken, max_gap=0, fuzzy_ratio=1.0, slips=False))
    if mood == "sad":  # care said word for word (lexicon.CARE); "no rush" is not played down by its "no"
        candidates.append(any_phrase_found(context.words("care"), spoken, max_gap=0, fuzzy_ratio=1.0, slips=False))
    found = [
        c
        for c in candidates[:2]  # the lists' phrases: not when negated where said
        if c is not None and not grammar.played_down(spoken.words, c, context.resources, context.language)
    ]
    found += [c for c in candidates[2:] if c is not None]  # the grammar weighs negation itself
    found = [c for c in found if not _addressee_missing(c)]
    # "Unfortunately the first slot is Thursday": the adverb softens a no, it is no "unfortunate"
    found = [c for c in found if normalize(plain(c.words)) not in (("unfortunately",), ("unguenstigerweise",))]
    hollow = grammar.hollow_apology(spoken.words, context.resources, context.language)
    found = [c for c in found if not any(id(w) in hollow for w in c.words)]  # "sorry you feel that way"
    return min(found, key=lambda m: m.start) if found else None


def accepted_no(turn: Turn, spoken: Spoken, context: Context, reasked: bool | None = None) -> Match | None:
    """Where a reply to a customer's no (``expect.accept_no``) opens by granting it without reserve
    (:data:`lexicon.GRANTING`: "Klar, kein Beratungstermin", "Natürlich, ...", "Absolutely,
    that's reasonable", "Sie haben recht"; a bare "Okay" or "No problem" only takes note, unless
    its sentence says the no back: :data:`lexicon.GRANTING_WITH_THE_NO`), or None. The customer's
    annoyance is about the offer; granting the no at once is taking it up, the way the seeds'
    complaint handling puts it ("dem Kunden recht geben", not arguing). Not when the reply pushes
    the offer again (:mod:`pushed_after_no`): then the no was heard but not respected; nor when it
    asks again for what the customer gave ("Of course. What was the reference again?"; ``reasked``
    when the caller has looked already, else looked up here)."""
    step = context.step
    if step is None or not step.expect.accept_no or not spoken.tokens:
        return None
    found = granted_opening(spoken, context)
    if found is None or pushed_after_no.analyze(turn, context):
        return None
    if reasked if reasked is not None else _reasks(context, spoken, turn):
        return None  # "Of course. Which branch was it again?": the no taken, the customer not heard
    return found


def granted_opening(spoken: Spoken, context: Context) -> Match | None:
    """The reply's first clause grants the customer's no (:data:`lexicon.GRANTING`, or
    :data:`lexicon.GRANTING_WITH_THE_NO` when its first sentence says the no back), whatever
    follows: "Natürlich." before a push still took the no in words."""
    opening = _first_clause(spoken)
    found = any_phrase_found(context.words("granting"), opening, **context.strict_match_kwargs())
    if found is None and pushed_after_no.declines_in_first_sentence(spoken, context):
        found = any_phrase_found(context.words("granting_with_the_no"), opening, **context.strict_match_kwargs())
    return found


#: Openings that only take note ("In Ordnung", "Okay"), in either language.
_NOTED = frozenset(normalize(p) for language in ("de", "en") for p in lexicon.words_for(lexicon.ACCEPTANCE, language))


def _first_clause(spoken: Spoken) -> Spoken:
    """The reply's words up to its first comma or sentence end; after an opening that only takes
    note ("In Ordnung, da gibt es nichts zu diskutieren", "Okay, fair point"), up to the next."""
    words: list[Word] = []
    for word in spoken.words:
        words.append(word)
        end = word.text.rstrip()
        if end.endswith((".", "!", "?", ";", ":")):
            break
        if end.endswith(",") and normalize(" ".join(w.text for w in words)) not in _NOTED:
            break
    return Spoken(words)


def _content_words_before(words: tuple[Word, ...], start: float, language: str) -> int:
    """Words said before ``start``, leaving out whole sentences of the call's opening (a greeting,
    the agent's or the customer's name, thanks for calling: :data:`lexicon.OPENING_WORDS`)."""
    opening = {normalize(w)[0] for w in lexicon.words_for(lexicon.OPENING_WORDS, language)}
    count = 0
    sentence: list[Word] = []
    for word in words:
        if word.start >= start - 1e-6:
            break
        sentence.append(word)
        if word.text.rstrip().endswith((".", "!", "?")):
            if not {tok.text for tok in tokens_of(sentence)} & opening:
                count += len(sentence)
            sentence = []
    if sentence and not {tok.text for tok in tokens_of(sentence)} & opening:
        count += len(sentence)
    return count


#: Openers that tell a worried customer not to worry, as normalised tokens.
_NOT_TO_WORRY = {
    "de": (("keine", "sorge"), ("keine", "sorgen"), ("keine", "angst")),
    "en": (("dont", "worry"), ("do", "not", "worry"), ("no", "worries"), ("not", "to", "worry")),
}
#: How a customer is not to be left: "leave you stuck/alone/hanging", "im Stich/allein/hängen lassen".
_NOT_LEFT = frozenset({"stuck", "alone", "hanging", "stranded", "stich", "allein", "haengen", "sitzen"})
#: Words that may come before such an opener ("Nein, keine Sorge", "Please don't worry").
_BEFORE_OPENER = frozenset({"nein", "ja", "also", "bitte", "nur", "no", "yes", "please", "oh", "and", "und"})


#: "... ist sicher", "... is safe": what the customer fears for is made safe.
_SAFE = frozenset({"sicher", "gesichert", "safe", "secure", "secured"})
_STAYS = frozenset({"ist", "sind", "bleibt", "bleiben", "is", "are", "stays", "stay", "remains", "remain"})


def _made_safe(sentence: Sequence[Word], texts: Sequence[tuple[str, ...]]) -> int | None:
    """Index of the word "sicher"/"safe" that ends a clause after a copula ("Die Klassenfahrt
    Ihrer Tochter ist sicher, versprochen"), not "sicher" as "surely" ("ist sicher ärgerlich")."""
    for at in range(1, len(sentence)):
        ended = sentence[at].text.rstrip().endswith((",", ".", "!", ";")) or at == len(sentence) - 1
        if (
            texts[at]
            and texts[at][-1] in _SAFE
            and ended
            and any(t in _STAYS for ts in texts[max(0, at - 2) : at] for t in ts)
        ):
            return at
    return None


def fear_taken_away(turn: Turn, spoken: Spoken, context: Context) -> Match | None:
    """To a sad customer: "Keine Sorge" / "Don't worry", then, in the rest of that sentence (or
    the next one when the opener stands alone), a negated clause in the customer's own words that
    says what they fear will not happen ("Keine Sorge, am Freitag wird nichts abgebucht" after
    "die Lastschrift geht am Freitag raus"), or that they will not be left alone with it ("Don't
    worry, we won't leave you stuck"); or, without the opener, what they fear for named in their
    words and made safe ("Die Klassenfahrt Ihrer Tochter ist sicher, versprochen"). The
    labelled sets agree (hv5-082, hv7-225, hv15-226, hv26-126 good); without the customer's words
    it plays the feeling down ("Don't worry, it's only a fuse", tu-036, hv9-296): no match."""
    lang = context.language if context.language in _NOT_TO_WORRY else "en"
    stop = lexicon.STOPWORDS.get(lang, frozenset()) | lexicon.STOPWORDS["en"]
    negations = grammar.NEGATIONS | {t for p in lexicon.words_for(lexicon.NEGATIONS, lang) for t in normalize(p)}

    def lemmas(words: Sequence[Word]) -> set[str]:
        return {
            context.resources.lemma(t, lang) for w in words for t in normalize(w.text) if len(t) >= 4 and t not in stop
        }

    theirs = lemmas(customer_words(turn, context))
    sentences: list[list[Word]] = [[]]
    for word in spoken.words:
        sentences[-1].append(word)
        if word.text.rstrip().endswith((".", "!", "?", ";")):
            sentences.append([])
    for at, sentence in enumerate(sentences):
        texts = [normalize(w.text) for w in sentence]
        flat = [t for ts in texts for t in ts]
        skip = 0
        while skip < len(flat) and flat[skip] in _BEFORE_OPENER:
            skip += 1
        opener = next((o for o in _NOT_TO_WORRY[lang] if tuple(flat[skip : skip + len(o)]) == o), None)
        if opener is None:
            safe = _made_safe(sentence, texts)
            if safe is not None and not set(flat) & negations and lemmas(sentence[:safe]) & theirs:
                return Match("fear_taken_away", tuple(sentence[: safe + 1]), sentence[0].start, sentence[safe].end)
            continue
        count, used = skip + len(opener), 0
        rest = sentence
        for index, word_tokens in enumerate(texts):
            used += len(word_tokens)
            if used >= count:
                rest = sentence[index + 1 :]
                break
        if len(rest) < 2 and at + 1 < len(sentences):
            rest = sentences[at + 1]
        said = {t for w in rest for t in normalize(w.text)}
        # or the promise not to leave them alone with it ("we won't leave you stuck", "wir lassen Sie nicht hängen")
        stays = bool(said & {"leave", "lassen", "lasse"} and said & {"you", "sie"} and said & _NOT_LEFT)
        if said & negations and (lemmas(rest) & theirs or stays):
            return Match("fear_taken_away", tuple(sentence[:1]) + tuple(rest), sentence[0].start, rest[-1].end)
    return None


def _emotion(turn: Turn, context: Context, spoken: Spoken, reasked: bool) -> list[Finding]:
    words = spoken.words
    emotion = emotion_to_acknowledge(turn, context)
    if emotion is None:
        return []
    found = empathy_match(spoken, context, emotion.mood) or accepted_no(turn, spoken, context, reasked)
    if found is None and emotion.mood == "sad":
        found = fear_taken_away(turn, spoken, context)
    feeling = emotion_word(emotion.mood, context.language)
    first, last = words[0], words[-1]
    evidence = {"reason": "ignored_emotion", "emotion": emotion.mood, "shown_by": emotion.source}
    accept_no = context.step is not None and context.step.expect.accept_no
    if found is None and accept_no and granted_opening(spoken, context) is not None:
        evidence["granted_then_pushed"] = True  # the no granted, then pushed: judge.py counts the push alone
    if found is None:
        vague = grammar.vague_feeling(words, context.resources, context.language)
        if vague is not None:  # in words near a feeling no list names: a doubt, no points off
            said = " ".join(w.text.strip() for w in vague.match.words).rstrip(".,!?;:")
            return [
                make_finding(
                    context,
                    "not_listening",
                    severity="info",
                    skill="empathy",
                    start=vague.match.start,
                    end=vague.match.end,
                    evidence={**evidence, "unsure": True, "closest": said},
                    variant="ignored_emotion_unsure",
                    values={"emotion": feeling, "closest": said, **feeling_tip(emotion.mood, context.language)},
                    penalty=0.0,
                )
            ]
        return [
            make_finding(
                context,
                "not_listening",
                severity="major",
                skill="empathy",
                start=first.start,
                end=last.end,
                evidence=evidence,
                values={"emotion": feeling, **feeling_tip(emotion.mood, context.language)},
            )
        ]
    before = sum(1 for w in words if w.start < found.start - 1e-6)
    if _content_words_before(words, found.start, context.language) <= context.options.opening_words:
        return []  # in the opening: greeting, name and thanks do not make it late
    evidence.update(late=True, words_before=before, found=words_json(found.words))
    return [
        make_finding(
            context,
            "not_listening",
            severity="minor",
            skill="empathy",
            start=found.start,
            end=found.end,
            evidence=evidence,
            variant="ignored_emotion_late",
            values={"emotion": feeling, **feeling_tip(emotion.mood, context.language)},
            # taken up, only not first: a tip, no points (the seeds' order "feeling first" is
            # coaching advice; a coach would not mark the reply down for it)
            penalty=0.0,
        )
    ]


# --------------------------------------------------------------------------- key points


def point_class(phrasings: tuple[str, ...] | list[str], language: str) -> tuple[str, tuple[str, ...]] | None:
    """The class of a key point (see :data:`lexicon.POINT_CLASSES`) and its phrases, when at least
    half of the point's phrasings are phrases of that class ("accept: [in Ordnung, verstehe]" is
    an acknowledgement: "Klar, machen wir so" says it too); None for a point about content."""
    said = [normalize(p) for p in phrasings]
    stop = lexicon.STOPWORDS.get(language, frozenset()) | lexicon.STOPWORDS["en"]
    for name, tables in lexicon.POINT_CLASSES.items():
        known = {normalize(p) for p in lexicon.words_for(tables[0], language)}
        if said and 2 * sum(1 for p in said if _of_class(p, known, stop)) >= len(said):
            return name, tuple(p for table in tables for p in lexicon.words_for(table, language))
    return None


def _of_class(phrasing: tuple[str, ...], known: set[tuple[str, ...]], stop: frozenset[str]) -> bool:
    """A phrasing is a phrase of the class, or one with only stopwords around it ("I'm sorry",
    "sorry about that", "that's frustrating" for "sorry", "frustrating"); "help you understand
    the fee" has more in it and is about content."""
    if phrasing in known:
        return True
    for phrase in known:
        for at in range(len(phrasing) - len(phrase) + 1):
            if phrasing[at : at + len(phrase)] == phrase:
                rest = phrasing[:at] + phrasing[at + len(phrase) :]
                if all(token in stop for token in rest):
                    return True
    return False


def _timely(token: str, words: frozenset[str], language: str) -> bool:
    """``token`` (folded) is one of ``words``, or a German compound led or headed by one of five
    letters or more ("Freitagnachmittag", "Umzugstag" by "tag")."""
    if token in words:
        return True
    if language != "de":
        return False
    return any(
        (token.startswith(word) and len(word) >= 5) or (token.endswith(word) and len(word) >= 3) for word in words
    )


def when_point(phrasings: Sequence[str], language: str) -> bool:
    """Whether a key point is about *when*: at least half of its phrasings hold a calendar or
    clock word (:data:`lexicon.WHEN_WORDS`: "date: [Donnerstag, bis Freitag, morgen]")."""
    words = frozenset(lexicon.words_for(lexicon.WHEN_WORDS, language))
    said = [normalize(str(p)) for p in phrasings]
    timed = sum(1 for tokens in said if any(_timely(t, words, language) for t in tokens))
    return bool(said) and 2 * timed >= len(said)


def says_when(spoken: Spoken, language: str) -> bool:
    """The reply names a day, a clock time or a span (:data:`lexicon.WHEN_WORDS`, German compounds
    too: "Donnerstag um 9 Uhr", "in zwei Stunden", "within the hour"); a vague span ("in den
    nächsten Tagen", :data:`lexicon.VAGUE_SPANS`) names none; a clock time said with its fraction
    ("Viertel nach sechs", :func:`time_fit.clock_at`) is one."""
    words = frozenset(lexicon.words_for(lexicon.WHEN_WORDS, language))
    texts = [tok.text for tok in spoken.tokens]
    vague = {tuple(p.split()) for p in lexicon.words_for(lexicon.VAGUE_SPANS, language)}
    # "in den nächsten Tagen" names no day: its calendar word does not count (VAGUE_SPANS)
    blurred = {i + 1 for i in range(len(texts) - 1) if (texts[i], texts[i + 1]) in vague}
    if any(time_fit.clock_at(texts, i) for i in range(len(texts))):
        return True  # "Um Viertel nach sechs steht der Techniker vor Ihrer Tür": a time with no "Uhr"
    return any(_timely(text, words, language) for i, text in enumerate(texts) if i not in blurred)


#: Units after a number that make it a time or a span ("um 4 Uhr", "in 2 Tagen", "4 pm").
_TIME_UNITS = frozenset(
    {"uhr", "minute", "minuten", "stunde", "stunden", "tag", "tage", "tagen", "woche", "wochen", "minutes", "hour", "hours", "day", "days", "week", "weeks", "am", "pm", "oclock", "h", "th", "st", "nd", "rd"}
)  # fmt: skip


def _number_as_time(spoken: Spoken, language: str) -> bool:
    """A number that may give a time: any number, unless a word of something else follows it
    ("with two little ones", "89 Euro", "3 Pakete": a count, no time); "um 4", "am 14. März",
    "in 2 Tagen", "by 4 today" and a number at the end of a sentence may."""
    when = frozenset(lexicon.words_for(lexicon.WHEN_WORDS, language))
    stop = lexicon.STOPWORDS.get(language, frozenset()) | lexicon.STOPWORDS["en"]
    tokens = list(spoken.tokens)
    for at, tok in enumerate(tokens):
        if not any(ch.isdigit() for ch in tok.text):
            continue
        raw = tok.words[-1].text.strip().lower().rstrip(",;!?")
        if raw.endswith((".", "th", "st", "nd", "rd", "am", "pm", "h")) or ":" in raw:
            return True  # "the 14th", "am 14.", "9:30", "4pm": a date or a clock time
        after = tokens[at + 1].text if at + 1 < len(tokens) and not tok.sentence_end and not tok.comma else ""
        before = tokens[at - 1].text if at else ""
        # "um halb drei steht der Fahrer da", "Um 3 kommt er": a clock time before a verb (German
        # nouns are capitalised: "um 3 Euro teurer" counts)
        clock = before in ("halb", "viertel", "half", "quarter") or (
            before in ("um", "gegen") and after and tokens[at + 1].words[0].text.strip()[:1].islower()
        )
        counted = (
            not clock
            and after.isalpha()
            and after not in stop
            and after not in _TIME_UNITS
            and not _timely(after, when, language)
        )
        # "one of our in-house lawyers", "einer von uns": a share of something, no time (hv33-238)
        if after in ("of", "von") and not clock:
            continue
        if not counted:
            return True
    return False


#: Key points the trainer named a call, and the words that say one (folded): a reply with none of
#: them arranges no call.
_CALL_POINTS = frozenset({"call", "anruf", "rueckruf", "callback", "call_back", "ring", "phone", "telefonat"})
_CALL_SAID = lexicon.RINGING_VERBS | frozenset(
    {"melde", "melden", "meldet", "telefon", "sprechen", "spreche", "spricht", "bescheid", "calling", "called",
     "ringing", "phoning", "speak", "speaks", "talk", "talks", "chat", "text", "touch", "hoeren", "hear"}
)  # fmt: skip


#: Openers of a clause that waits on something: "sobald wir einen Termin haben", "once we have a slot".
_PENDING = frozenset({"sobald", "sowie", "once", "until", "bis"})


def _pending(spoken: Spoken) -> set[int]:
    """Token indices inside a clause that waits on something ("sobald wir einen freien Termin haben",
    "as soon as we have a slot"): a slot named there is not given."""
    found: set[int] = set()
    waiting = False
    texts = [tok.text for tok in spoken.tokens]
    for at, tok in enumerate(spoken.tokens):
        if tok.text in _PENDING or texts[at : at + 3] == ["as", "soon", "as"]:
            waiting = True
        if waiting:
            found.add(at)
        if tok.comma or tok.sentence_end:
            waiting = False
    return found


def says_no_time(spoken: Spoken, language: str) -> bool:
    """The reply holds nothing that may give a time: no calendar or clock word, no number that may
    be one (:func:`_number_as_time`), none of :data:`lexicon.SOME_TIME` ("sofort", "rechtzeitig",
    "the first slot"). Then a point about when
    was surely missed; a coach reads the whole reply and finds no time in it ("so bald wie
    möglich" and "Ich weiß nicht, wann" give none)."""
    if says_when(spoken, language) or _number_as_time(spoken, language):
        return False
    single = {p for p in lexicon.words_for(lexicon.SOME_TIME, language) if " " not in p}
    pending = _pending(spoken)
    if any(tok.text in single and at not in pending for at, tok in enumerate(spoken.tokens)):
        return False
    several = [p for p in lexicon.words_for(lexicon.SOME_TIME, language) if " " in p]
    return any_phrase_found(several, spoken, max_gap=0, fuzzy_ratio=1.0, slips=False) is None


#: Words of the company's own people and things ("unser Monteur", "our fitter").
_OUR = lexicon.OUR_POSSESSIVES


def _missed_points(context: Context, spoken: Spoken, turn: Turn, reasked: bool = False) -> tuple[list[Finding], bool]:
    """Findings for missed key points, and whether any key point was met (``reasked``: the reply
    re-asks for a given fact, which is that question's finding, so only asking makes no miss
    certain as well)."""
    if context.step is None:
        return [], False
    findings = []
    met = False
    said = [word for word in spoken.words if any(ch.isalnum() for ch in word.text)]
    short = 0 < len(said) <= context.options.short_reply_words
    if short and any(_point_met(phrasings, context, spoken) for phrasings in context.step.expect.key_points.values()):
        short = False
    # the customer's name and own words: a clause of sympathy may hold them ("so kurz vor der Feier")
    # ... and the step's facts read back under a record's label ("Auftrag DR 7 19, 14 Stäbe. Ich gebe
    # das an die Werkstatt weiter" is a file note passed on; not their earlier lines, whose words may
    # say the fix: "Ab sofort geht Ihre Karte wieder" after "meine Karte geht nicht", hv5-061)
    facts = [w for fact in (context.step.facts or {}).values() for w in words_of_text(str(fact.value))]
    allowed = addressed_as(context) | lexicon.RECORD_LABELS | {
        lemma for piece in clauses([*customer_words(turn, context), *facts], context.resources, context.language)
        for p in piece for lemma in {p.text, *p.lemmas}
    }  # fmt: skip
    # a short answer to one question that has no word near another: that question went unanswered
    answered_one = len(said) <= ONE_ANSWER_WORDS and _two_questions(context.step.say)
    answered_one = answered_one and _only_one_answered(context, spoken, allowed)
    refused = grammar.refusals(spoken.words, context.resources, context.language)
    ours_said = bool({tok.text for tok in spoken.tokens} & _US)  # the reply speaks of us: it may own the fault
    # a record read back from the file says nothing about the matter ("Auftrag DR 7 19, 14
    # Geländerstäbe Eiche. Ich gebe das an die Werkstatt weiter"), so what else is said decides
    # (a key point's own word in it makes it an answer in note form: "Job CH 6 23, drops replaced")
    # (a phrasing that opens with its negation needs it: "no tours" is not met by "Lantern tour", hv49-201)
    point_words = {
        lemma
        for phrasings in context.step.expect.key_points.values()
        for phrase in phrasings
        if normalize(phrase)[:1] and normalize(phrase)[0] not in grammar.NEGATIONS
        for token in _point_tokens(phrase, context.language)
        for lemma in (token, context.resources.lemma(token, context.language))
        if token not in lexicon.STOPWORDS.get(context.language, frozenset())
    }
    # the file as the trainer told the case ("a half-term session with 30 children"): its words
    # read back are the file's, but for a key point said as one word ("refund")
    whole_points = {
        token for phrasings in context.step.expect.key_points.values() for phrase in phrasings
        if len(tokens := normalize(phrase)) == 1 for token in tokens
    }  # fmt: skip
    in_file = {
        lemma
        for token in normalize(context.situation)
        if token not in whole_points
        for lemma in (token, context.resources.lemma(token, context.language))
    }
    filed_ok = allowed | in_file
    filed = {id(w) for w in grammar.read_back(spoken.words, context.language, filed_ok, frozenset(point_words))}
    rest = [w for w in spoken.words if id(w) not in filed]
    # all of it in note form ("Order CM 3 75 has been marked as incomplete and referred to
    # dispatch", hv43-255): the note is the reply, and what it says decides
    record_only = bool(filed) and not rest
    if record_only and {t for w in spoken.words for t in normalize(w.text)} & grammar.OUTCOME_NOTES:
        record_only = False  # "Booking reinstated": an outcome in note form, which may be the point
    if bool(filed) and not rest:
        filed, rest = set(), list(spoken.words)
    only_feeling = len(said) <= FEELING_ONLY_WORDS and grammar.feeling_only(
        rest, context.resources, context.language, allowed
    )
    # ... and the file read back alone, with no handover ("Booking PC 8 12, four courts, nine till
    # one, charity tournament", "Miete TB 8 40, ..., ich sehe den Vorgang", v48) takes up nothing:
    # the points it meets count, every other point about the matter is surely missed
    record_only = record_only and not only_feeling
    if record_only:
        only_feeling = "handover"
    if not only_feeling:
        filed = set()  # beside an answer, the record read back may be part of it
    # a point's words inside a refusal do not meet it ("I can't give you any credit" for "credit")
    # ... even when the agent then takes on something else ("zahlen wir nicht. Das Nachspülen
    # machen wir kostenlos")
    refused_words = grammar.refusals(spoken.words, context.resources, context.language, taken_on=True)
    # ... nor in a clause that says we cannot do it ("Wir können vor nächster Woche niemanden
    # vorbeischicken" for "vorbeischicken", hv44-163)
    # (a question left open is a deferral: "I can't say yet who pays")
    deferring = {id(w) for found in refused_words if found.kind == "deferral" for w in found.match.stretch}
    denials = [
        ws
        for ws in grammar.denied_clauses(spoken.words, context.resources, context.language)
        if not any(id(w) in deferring for w in ws)
    ]
    refused_words = [
        *refused_words,
        *(grammar.Found("refusal", Match("denied", tuple(ws), ws[0].start, ws[-1].end, tuple(ws))) for ws in denials),
    ]
    refusing = {id(w) for found in refused_words for w in found.match.stretch}
    # the words of the trouble played down meet no point ("so ein Lift ist eben Technik" is no
    # "Techniker", hv50-057)
    # (it stays the closest thing said: "these things do happen" for "own it" is said instead)
    shrugged = grammar.normalising(spoken.words, context.resources, context.language)
    unheard = refusing | filed | ({id(w) for w in shrugged.match.stretch} if shrugged is not None else set())
    heard = Spoken([w for w in spoken.words if id(w) not in unheard]) if unheard else spoken
    # a bare handover's words meet no point about the matter ("Ich leite Ihren Fall an die
    # Kollegen weiter" is no "überweisen", though the thesaurus relates them)
    beyond = heard
    passing: set[int] = set()
    noted: set[int] = set()
    in_note: set[int] = set()  # the words of bare notes, and the matter they name before their receiver
    note_matter: set[str] = set()
    if only_feeling == "handover":
        noted = {id(w) for w in grammar.noted_clauses(spoken.words, context.resources, context.language)}
        note, matter = grammar.filed_matter(spoken.words, context.resources, context.language)
        in_note = {id(w) for w in note}
        note_matter = {t for w in matter for t in normalize(w.text)}
        passing = {id(w) for w in grammar.handover_clauses(spoken.words, context.resources, context.language)}
        beyond = Spoken([w for w in heard.words if id(w) not in passing])
        # "sent it to our operations team": the team passed to is ours, no fault owned
        ours_said = any(set(normalize(w.text)) & _US for w in spoken.words if id(w) not in passing)
    # the agent's own steps that meet no key point: one of them may say a missed point in other
    # words; with none left, a miss is certain once the reply argues instead (judge.py)
    points = list(context.step.expect.key_points.values())
    addressed = addressed_as(context)
    steps_left: list[list[list[Word]]] = []  # worked out once, and only for a point missed for sure

    def open_steps() -> list[list[Word]]:
        if not steps_left:
            steps_left.append(
                [
                    step
                    for step in grammar.own_steps(spoken.words, context.resources, context.language)
                    # (a step that names a day only hedged is still about that point: "Donnerstag
                    # versuchen wir" is no other step that may say "confirm", hv44-064)
                    if not any(
                        _point_met(phrasings, context, Spoken(step), committed_only=False) for phrasings in points
                    )
                ]
            )
        return steps_left[0]

    def all_steps() -> list[list[Word]]:
        # besides the own steps, a clause about our people or things with a time in it
        ours = [
            words
            for piece in clauses(spoken.words, context.resources, context.language)
            if {p.text for p in piece} & _OUR
            and not says_no_time(Spoken(words := list({id(p.word): p.word for p in piece}.values())), context.language)
        ]
        return grammar.own_steps(spoken.words, context.resources, context.language) + ours

    met_any = any(point_class(p, context.language) is None and _point_met(p, context, spoken) for p in points)
    kept: list[set[int]] = []

    def committed_ids() -> set[int]:
        if not kept:
            kept.append({id(w) for w in _committed(spoken, context).words})
        return kept[0]

    # a look promised ("Let me take a look"): for a point of looking into it, maybe that point
    look = only_feeling == "handover" and grammar.look_promised(spoken.words, context.resources, context.language)
    asking = not reasked and _asks_about_their_line(spoken, turn, context)
    after_no = context.step.expect.accept_no  # (a price cut after a no is the push's)
    priced: list[list[Word] | None] = []  # the charge in the reply, found once when first asked

    def charged_for(free_owed: bool) -> list[Word] | None:
        if not priced:
            # (a charge threatened on a condition keeps nothing back: "Falls sich zeigt, dass es doch
            # runtergefallen ist, müssen Sie den Riss allerdings zahlen", t3-158; "if it turns out it is
            # the battery after all, we'll have to charge", hv14-233)
            insisted = [
                found
                for found in grammar.charge_insisted(spoken.words, context.resources, context.language)
                if not _conditional(_sentence_of(found.match.stretch, spoken.words))
            ]
            priced.append(list(insisted[0].match.stretch) if insisted else None)
            cut = _priced(spoken.words)
            priced.append(cut if cut is not None and not _conditional(cut) else None)
        # (a price said for it counts against a remedy the trainer listed as free only)
        return priced[0] or (priced[1] if free_owed else None)

    for point, phrasings in context.step.expect.key_points.items():
        hearing = heard if grammar.handover_point(phrasings, context.language) else beyond
        share = None
        # the file read back alone meets a point about the matter only in the point's own words:
        # its states are no remedy, whatever the thesaurus relates ("bezahlt" is no "erstatten",
        # "paid in full" no "refund", v50's bare notes)
        # (a point of a class, owning the fault or sympathy, may still be met: "Auftrag R 2 91. Ja,
        # das war ein Fehler beim Zuschnitt" owns it, hv16-143)
        literal = (
            not record_only
            or point_class(phrasings, context.language) is not None
            or any_phrase_found(phrasings, hearing, **context.match_kwargs()) is not None
        )
        if hearing.words and _point_met(phrasings, context, hearing) and literal:
            share = _share_of_refund(phrasings, hearing, turn, context)
            # the remedy given at a price ("die Anfahrt müssten Sie aber selbst zahlen", "a
            # replacement can only be at half price", v45-v49): part of what is owed kept back
            if share is None and not after_no and _remedy_point(phrasings, context):
                share = charged_for(free_point_said(phrasings))
            if share is None:
                met = True
                continue
        elif hearing.words and not after_no:
            # a credit of less than they paid, in words the list lacks ("deshalb kann ich Ihnen nur
            # 100 Euro gutschreiben" for "erstatten", hv50-095): a share too
            share = _share_of_refund(phrasings, hearing, turn, context, credited=True)
            # ... and a remedy owed free offered at a price in other words ("Einen zweiten Stamm
            # können wir Ihnen zum halben Preis anbieten" for "neuen Stamm, kostenlos", hv47-012)
            if share is None and not after_no and _remedy_point(phrasings, context) and free_point_said(phrasings):
                share = charged_for(True)
        kind = point_class(phrasings, context.language)
        near = closest(phrasings, heard.words if filed else spoken.words, **context.meaning_kwargs())
        evidence: dict[str, object] = {"reason": "missed_point", "point": point, "phrasings": list(phrasings)}
        if kind is not None:
            evidence["point_class"] = kind[0]
        # the closest thing said is the point denied by us in its own clause ("we can't send anyone
        # out before next week" for "send someone", hv44-163): turned down, not said otherwise
        denied = next(
            (
                ws
                for ws in denials
                if near is not None
                and kind is None
                and {id(w) for w in near[2]} <= {id(w) for w in ws}
                and on_the_point(near[1], near[2], spoken, context)
            ),
            None,
        )
        if near is not None and any(id(w) in refusing for w in near[2]):
            near = None  # "Da kann ich leider nichts machen" is no "closest thing" to "tut mir leid"
        if near is not None and all(fold(hit.lower()) in addressed for hit in near[1]):
            near = None  # "I'm sorry, Mr Lindsay" is no "closest thing" to "Lindsay tartan"
        if near is not None and kind is not None and passing and all(id(w) in passing for w in near[2]):
            near = None  # "Ich habe Ihre Beschwerde ... weitergegeben" is no "closest thing" to "tut mir leid"
        # a reply of sympathy alone says nothing about the matter, whatever word of it is near
        unsure = near is not None and only_feeling != "feeling" and on_the_point(near[1], near[2], spoken, context)
        if near is not None:
            evidence.update(closest=near[0].rstrip(".,;:!?"), closest_words=near[1])  # quoted: no "Tagen.“."
        # (or another step cuts the price and nothing said is free: "I can take £200 off, so the
        # replacement would be £250")
        cut_instead = unsure and not _says_free([t.text for t in spoken.tokens])
        cut_instead = cut_instead and any(_partial_for_free(phrasings, step, context.language) for step in open_steps())
        if unsure and (_partial_for_free(phrasings, near[2] if near else (), context.language) or cut_instead):
            # "We can redo them at half price" for "free of charge": a part of the remedy, not it
            unsure = False
            evidence["partial"] = True
        # the day named only as a hedge, a look or a vague span ("I'll look at Saturday", hv48-282):
        # said, and not promised
        uncommitted = (
            unsure
            and near is not None
            and any(_time_phrasing(p, context.language) for p in phrasings)
            and not any(id(w) in committed_ids() for w in near[2])
        )
        if uncommitted:
            unsure = False
            evidence["uncommitted"] = True
        if share is not None:
            # "Erstatten kann ich Ihnen aber höchstens die Hälfte" for the refund owed: part of it
            unsure = False
            evidence.update(partial=True, closest=plain(share).rstrip(".,;:!?"))
        if unsure:
            evidence["unsure"] = True
        # every own step left offers a price cut for a point of no cost ("Neue Drucke bekommen Sie
        # mit 20 % Rabatt")
        steps = open_steps() if near is None and kind is None else []
        if steps and all(_partial_for_free(phrasings, step, context.language) for step in steps):
            evidence["partial"] = True
        # money owed back, and something for next time instead ("I can offer you a free half hour
        # next time", "beim nächsten Mal gibt es zehn Prozent", hv48-160, -070): a substitute
        said = _sentences(spoken.words)
        substitute = next((st for st in said if _for_next_time(st)), None) if kind is None else None
        # (not beside money said elsewhere, which may be the refund in other words)
        if substitute is not None and any(_speaks_of_money(st) for st in said if st is not substitute):
            substitute = None
        if context.step is not None and context.step.expect.accept_no:
            substitute = None  # after a no, a voucher pressed again is pushed_after_no's
        if substitute is not None and _refund_point(phrasings) and not evidence.get("partial"):
            unsure = False
            for key in ("unsure", "closest_words"):
                evidence.pop(key, None)
            evidence.update(partial=True, closest=plain(substitute).rstrip(".,;:!?"))
        # Precision first: without the option a miss is a question to the trainee, not a penalty,
        # unless the point is about when and the reply gives no time at all.
        no_time = when_point(phrasings, context.language) and says_no_time(spoken, context.language)
        if no_time:
            evidence["no_time"] = True
        # every time said only as a look, a doubt or a vague span ("Ich schaue mir die nächste
        # Woche an und melde mich" to "Ich will ein festes Datum"): none promised
        hedged = [w for w in spoken.words if id(w) not in committed_ids()]
        if (
            not no_time
            and not uncommitted
            and kind is None
            and hedged
            and when_point(phrasings, context.language)
            and says_no_time(Spoken([w for w in spoken.words if id(w) in committed_ids()]), context.language)
        ):
            uncommitted = True
            unsure = False
            for key in ("unsure", "closest_words"):
                evidence.pop(key, None)
            evidence.update(uncommitted=True, closest=plain(hedged).rstrip(".,;:!?"))
        # a point the trainer named a call ("call: [six, half six, evening]") with no call in the reply
        # at all: missed for sure, whatever else it times ("By Friday the plan is with you", hv41-227)
        # (a clock time may be the call in other words: "Ms Carter has put tomorrow at 6.15 pm in her diary")
        no_call = point.lower().replace("-", "_") in _CALL_POINTS and not {t.text for t in spoken.tokens} & _CALL_SAID
        no_call = no_call and not any(w.hours and w.hours[1] - w.hours[0] <= 1.0 for w in time_fit.offers(spoken.words))
        if no_call:
            evidence["no_call"] = True
        # A reply of sympathy alone says nothing about the matter, in any words (evidence:
        # feeling_only); a point that is itself sympathy ("condolence: [mein Beileid]") it may meet.
        # a point of looking into it ("check: [prüfe, kläre]") may be what a promised look says
        # ("Ich gehe der Sache nach und rede mit Ihrer Sachbearbeiterin", "Let me take a look")
        looking = only_feeling == "handover" and grammar.checking_point(phrasings, context.language) and look
        # (a point about owning the fault is matter too: sympathy or passing it on owns nothing,
        # unless the reply speaks of us at all: "Das geht klar auf unsere Kappe" may own it)
        owning = ownership_point(phrasings, context.language) and not ours_said
        matter = kind is None or owning
        if only_feeling and matter and not _about_feeling(phrasings, context, ours_said) and not looking:
            evidence["feeling_only"] = True
            if only_feeling == "handover":
                evidence["handover"] = True
            if record_only:
                evidence["record"] = True  # the file read back, nothing passed on
        # turned down or sent elsewhere: whatever its words, the point about the matter was not
        # taken up (a point of sympathy is the feeling's finding, not a second one)
        # the point named in a refusal the agent then moved past ("das Leitungswasser zahlen wir
        # nicht. Das Nachspülen machen wir kostenlos"): that point, at least, was turned down
        # (or the trainer's own name of the point: "I can't guarantee it" refuses the point "guarantee")
        point_name = [point.replace("_", " ").replace("-", " ")] if len(point) >= 4 else []
        named = [
            f
            for f in refused_words
            if f.kind != "deferral"
            and (
                _point_met(phrasings, context, Spoken(f.match.stretch))
                or (point_name and _point_met(point_name, context, Spoken(f.match.words)))
            )
        ]
        refusal = refused or named
        refusing_it = bool(refusal) and kind is None
        if denied is not None and not refusing_it:
            refusing_it = True
            evidence["refused"] = plain(denied).rstrip(".,;:!?")
            for key in ("unsure", "closest", "closest_words"):
                evidence.pop(key, None)
            unsure = False
        elif refusing_it:
            evidence["refused"] = plain(refusal[0].match.stretch).rstrip(".,;:!?")
            if refusal[0].kind == "deferral":
                evidence["deferred"] = True
            for key in ("unsure", "closest", "closest_words"):
                evidence.pop(key, None)  # the refusal is no "closest thing said"
            unsure = False
        # ... nor is the customer's matter noted ("Ich notiere, dass ein Teil der Herzen beschädigt
        # ist"); a receiver's name may be the point ("passed it on to billing" for a billing fix), so
        # it stays a doubt
        handed_on = near is not None and bool(noted) and all(id(w) in noted for w in near[2])
        # ... nor the matter named in a bare note, when what came close stands before its receiver
        # ("I've noted a print fault on LS 3 07 and sent it to production" for "reprint", hv40-193)
        if near is not None and not handed_on and in_note:
            hits = {t for hit in near[1] for t in normalize(hit)}
            handed_on = all(id(w) in in_note for w in near[2]) and bool(hits) and hits <= note_matter
        if (
            unsure
            and evidence.get("handover")
            and (handed_on or record_only or grammar.handover_words(near[1] if near else (), context.language))
        ):
            unsure = False  # "I'll pass that on" near "check" by the thesaurus: the handover, not the point
            for key in ("unsure", "closest", "closest_words"):
                evidence.pop(key, None)
        one_of_two = answered_one and near is None and kind is None
        if one_of_two:
            evidence["answered_another"] = True
        # only asking: a question and no step of the agent's own, no point about the matter met
        asked_only = kind is None and near is None and not met_any and asking and not open_steps()
        if asked_only:
            evidence["asked_only"] = True
        # sympathy said and no apology where the trainer asks for one ("How annoying. We can swap
        # them"): said plainly in the note, with no points off. The writers disagree: v42 to v56
        # count it as the apology missed, v29 to v35 call such replies good ("That's really annoying
        # after paying £120 for a service. We'll replace the mirror ..."); made sure, it brought 6-8
        # false alarms on good replies to each of v31-v35, so a coach's doubt it stays
        unapologetic = (
            apology_point(phrasings, context.language)
            and grammar.acknowledgement(spoken.words, context.resources, context.language) is not None
        )
        if unapologetic:
            unsure = False
            evidence["no_apology"] = True
        certain = (
            context.options.missed_point_penalty
            or short
            or uncommitted
            or no_time
            or no_call
            or one_of_two
            or asked_only
            or evidence.get("partial", False)
            or evidence.get("feeling_only", False)
        ) and not unsure
        certain = certain or refusing_it
        if not certain and not unsure and kind is None:
            others = open_steps()
            if not others:
                evidence["no_other_step"] = True  # nothing said could be the point in other words
            else:
                # judge.py: when every step holds the argument or an avoid phrase, none says the
                # point in other words; a step that met another point, or a clause with a time in
                # it ("Unser Monteur steht morgen um acht bei Ihnen"), may still say this one
                candidates = all_steps()
                open_time = False
                if when_point(phrasings, context.language) and not all(
                    says_no_time(Spoken(s), context.language) for s in others
                ):
                    # a step naming a time of its own may be the "when" ("der voraussichtliche Termin
                    # ist der 14.", hv4-111), unless the only time in it is the phrase to avoid ("wir
                    # melden uns so schnell wie möglich mit einem Termin", hv46-027)
                    candidates = [s for s in candidates if not says_no_time(Spoken(s), context.language)]
                    open_time = any(
                        says_when(rest := Spoken(_outside_avoid(s, context)), context.language)
                        or _number_as_time(rest, context.language)
                        for s in candidates
                    )
                if cost_point(phrasings):
                    # a point of no cost is said by a step about money ("We can look at a new date"
                    # says nothing of who pays, hv46-270)
                    candidates = [s for s in candidates if _speaks_of_money(s)]
                # (with a time of its own said, it stays a question to the trainee)
                if candidates and not open_time:
                    evidence["other_steps"] = [[min(w.start for w in s), max(w.end for w in s)] for s in candidates]
                elif not open_time:
                    evidence["no_other_step"] = True  # no step left could say it
        variant = None if certain else ("missed_point_unsure" if unsure else "missed_point_doubt")
        if not certain and evidence.get("no_apology"):
            variant = "missed_point_no_apology"  # sympathy said, the apology not: a note
        if refusing_it:
            deferred = bool(refusal) and denied is None and refusal[0].kind == "deferral"
            variant = "missed_point_deferred" if deferred else "missed_point_refused"
        elif certain and no_time:
            variant = "missed_point_no_time"
        elif certain and uncommitted:
            variant = "missed_point_uncommitted"
        elif certain and no_call:
            variant = "missed_point_no_call"
        elif certain and evidence.get("partial") and evidence.get("closest"):
            variant = "missed_point_partial"  # a share, or the remedy at a price
        elif certain and evidence.get("handover"):
            variant = "missed_point_record" if record_only else "missed_point_handover"
        elif certain and evidence.get("feeling_only"):
            variant = "missed_point_feeling_only"
        findings.append(
            make_finding(
                context,
                "not_listening",
                severity="major" if certain else "info",
                skill="listening",
                start=spoken.words[0].start,
                end=spoken.words[-1].end,
                evidence=evidence,
                variant=variant,
                values={
                    "point": point.replace("_", " "),
                    "example": phrasings[0],
                    "examples": alternatives(phrasings[:2], context.language),
                    "closest": evidence.get("closest", ""),
                    "refused": evidence.get("refused", ""),
                },
                penalty=None if certain else 0.0,
            )
        )
    return findings, met


#: Questions that offer rather than ask: "Wie wäre es mit ...?", "How about ...?".
_OFFER_QUESTIONS = (("wie", "waere", "es"), ("wie", "waers"), ("how", "about"), ("what", "about"))


def _asks_about_their_line(spoken: Spoken, turn: Turn, context: Context) -> bool:
    """The reply asks a question word question ("Which size did you order?", "Wie viele Spulen
    waren es?") that shares a content word (four letters or more, as a lemma) with the customer's
    line: asking about what they just told, not for something new ("Können Sie mir ein Foto
    schicken?" is a yes/no request, "Wie wäre es mit Donnerstag?" an offer)."""
    lang = context.language
    stop = lexicon.STOPWORDS.get(lang, frozenset()) | lexicon.STOPWORDS["en"]

    def lemmas(words: Sequence[Word]) -> set[str]:
        return {
            context.resources.lemma(t, lang) for w in words for t in normalize(w.text) if len(t) >= 4 and t not in stop
        }

    theirs = lemmas(customer_words(turn, context))
    # asked "again" ("Which room was it again that you'd booked?"): what they said earlier in the call too
    earlier = set().union(*(lemmas(words_of_text(say)) for say in context.said_before))
    wh = set(WH_WORDS.get(lang, ()))
    # "Ich will einen dichten Teich" then "Was genau soll gemacht werden?": what they want, asked again
    said_want = _states_a_want(customer_words(turn, context))
    needs = [tuple(p.split()) for p in lexicon.words_for(lexicon.NEED_QUESTIONS, lang)]
    sentence: list[Word] = []
    for word in spoken.words:
        sentence.append(word)
        if not word.text.rstrip().endswith((".", "!", "?")):
            continue
        texts = [t for w in sentence for t in normalize(w.text)]
        question = word.text.rstrip().endswith("?") and bool(wh & set(texts[:3]))
        offer = any(tuple(texts[i : i + len(o)]) == o for o in _OFFER_QUESTIONS for i in range(len(texts)))
        need = said_want and any(tuple(texts[i : i + len(n)]) == n for n in needs for i in range(len(texts)))
        again = bool(set(texts) & {"again", "nochmal"}) or ("noch" in texts and bool(set(texts) & {"mal", "einmal"}))
        if question and not offer and (lemmas(sentence) & (theirs | (earlier if again else set())) or need):
            return True
        # "Dann erklären Sie mir bitte noch mal, was am Samstag genau passiert ist": told again, as a
        # request with the question inside it (hv41-098)
        if again and set(texts) & _TELL_AGAIN and wh & set(texts) and not offer:
            return True
        sentence = []
    return False


#: Verbs of telling that, with "noch mal" / "again", ask the customer to say it once more.
_TELL_AGAIN = frozenset(
    {"erklaeren", "erzaehlen", "schildern", "beschreiben", "sagen", "wiederholen", "tell", "explain", "describe",
     "repeat", "walk"}
)  # fmt: skip


#: The customer says what they want: "Ich will einen dichten Teich", "I want the surface we paid for".
_WANTS = (("ich", "will"), ("ich", "moechte"), ("ich", "haette", "gern"), ("ich", "brauche"), ("i", "want"),
          ("i", "just", "want"), ("id", "like"), ("i", "would", "like"), ("i", "need"), ("i", "just", "need"))  # fmt: skip


def _states_a_want(words: Sequence[Word]) -> bool:
    """The customer's line says what they want (:data:`_WANTS`), not negated right after it ("ich
    will keinen UV-Klärer" is a no, "Ich will einen dichten Teich" a want)."""
    texts = [t for w in words for t in normalize(w.text)]
    for i in range(len(texts)):
        for want in _WANTS:
            end = i + len(want)
            if tuple(texts[i:end]) == want and end < len(texts) and texts[end] not in grammar.NEGATIONS:
                return True
    return False


def _only_one_answered(context: Context, spoken: Spoken, allowed: frozenset[str]) -> bool:
    """A point about the matter is met (an apology alone answers no question), and every sentence
    that meets none holds no word of the customer's (``allowed``: their lemmas): "Donnerstag früh
    um acht. Die Standmiete fällt komplett weg." may answer the second question in words nobody
    listed, as it names the thing asked about."""
    if context.step is None:
        return False
    matter = [p for p in context.step.expect.key_points.values() if point_class(p, context.language) is None]
    if not any(_point_met(phrasings, context, spoken) for phrasings in matter):
        return False
    stop = lexicon.STOPWORDS.get(context.language, frozenset())
    sentence: list[Word] = []
    for word in spoken.words:
        sentence.append(word)
        if not word.text.rstrip().endswith((".", "!", "?")) and word is not spoken.words[-1]:
            continue
        part = Spoken(sentence)
        if not any(_point_met(phrasings, context, part) for phrasings in matter):
            pieces = [p for clause in clauses(sentence, context.resources, context.language) for p in clause]
            if any(p.text not in stop and ({p.text} | p.lemmas) & allowed for p in pieces if len(p.text) >= 4):
                return False
        sentence = []
    return True


#: Question words: a customer line with two of them (or two questions) asks two things.
_WH = frozenset(
    {"wann", "wer", "wie", "was", "wo", "warum", "wieso", "ob", "welche", "welcher", "welches", "when", "who", "how",
     "what", "where", "why", "whether", "which", "whos", "whats", "wheres", "hows", "whens"}
)  # fmt: skip


#: Verbs that open a yes/no question.
_ASKING_VERBS = frozenset(
    {"can", "could", "will", "would", "is", "are", "do", "does", "did", "kann", "koennen", "koennten", "wird",
     "werden", "ist", "sind", "haben", "hat", "muss", "gibt"}
)  # fmt: skip


def _two_questions(say: str) -> bool:
    """The customer asks two things ("Wann steht alles, und wer ist heute Nacht mein
    Ansprechpartner?", "Fixed by Thursday? And who pays?"): two question marks, or two question
    words in the questions."""
    questions = [part for part in re.split(r"(?<=[.!?])\s+", say) if part.rstrip().endswith("?")]
    words = [token for q in questions for token in normalize(q)]
    # a yes/no question opened by its verb counts as one: "Can you fix it by then, and who's paying?"
    opened = sum(1 for q in questions if normalize(q)[:1] and normalize(q)[0] in _ASKING_VERBS)
    return len(questions) >= 2 or sum(token in _WH for token in words) + opened >= 2


def _about_feeling(phrasings: Sequence[str], context: Context, ours_said: bool) -> bool:
    """A key point that is itself sympathy: at least half of its phrasings take up a feeling (a
    phrase of the empathy list, or any of :func:`grammar.acknowledgement`'s forms: "mein Beileid",
    "sorry for the wait"), as :func:`point_class` weighs a class. One such phrasing among the
    matter's ("cost: [übernehmen wir, kostenlos, ..., geht auf uns]": "geht auf uns" owns the
    mistake) does not make a point about money one of sympathy; a phrasing that owns the mistake
    ("our fault") counts as no feeling either, unless the reply speaks of us at all (``ours_said``,
    :data:`_US`: "Das geht klar auf unsere Kappe" may own it in words nobody listed)."""
    feeling = 0
    for phrasing in phrasings:
        words = words_of_text(phrasing)
        taken = grammar.acknowledgement(words, context.resources, context.language)
        if taken is not None and taken.kind == "ownership" and not ours_said:
            continue  # "our fault", "unser Fehler": owning the mistake is more than a feeling taken up
        if taken is not None or (
            any_phrase_found(context.words("empathy"), Spoken(words), **context.strict_match_kwargs()) is not None
        ):
            feeling += 1
    return bool(phrasings) and 2 * feeling >= len(phrasings)


def _point_tokens(phrase: str, language: str) -> tuple[str, ...]:
    """The words of a key point's phrasing that make a note an answer: all of them, but in a German
    phrasing of several words not its nouns (capitalised), which name the thing the file names too
    ("eine Fichte mit 28 Metern" reads the order back; "neue Fichte" is the point by "neue", hv47-010)."""
    words = phrase.split()
    if language != "de" or len(words) < 2:
        return normalize(phrase)
    return tuple(t for word in words if not word[:1].isupper() for t in normalize(word))


#: The customer's line of a step as words, read once per line (:func:`_time_offered` asks often).
_LINES: dict[str, tuple[Word, ...]] = {}


def _line_words(context: Context) -> tuple[Word, ...]:
    """The words of this step's customer line, read once per line."""
    if context.step is None:
        return ()
    if context.step.say not in _LINES:
        _LINES[context.step.say] = tuple(words_of_text(context.step.say))
    return _LINES[context.step.say]


#: The customer's words of a step, folded and lemmatised, per (line, language, resources).
_GIVEN: dict[tuple[str, str, int], frozenset[str]] = {}


def _given(context: Context) -> frozenset[str]:
    """The customer's own words in this step's line (folded forms and their lemmas), worked out once
    per line: what they speak of, for :func:`meaning.meaning_found`'s ``given``."""
    if context.step is None:
        return frozenset()
    key = (context.step.say, context.language, id(context.resources))
    if key not in _GIVEN:
        tokens = normalize(context.step.say)
        _GIVEN[key] = frozenset(tokens) | {context.resources.lemma(t, context.language) for t in tokens}
    return _GIVEN[key]


#: Words that hedge a time or put it off: "we'll try to have it there before the weekend",
#: "vielleicht klappt es diese Woche", "I'll confirm the day later".
_HEDGES = frozenset(
    {"try", "trying", "hopefully", "maybe", "perhaps", "probably", "later", "versuchen", "versuche", "vielleicht",
     "hoffentlich", "wahrscheinlich", "eventuell", "spaeter", "ob", "whether", "if", "wenn", "falls"}
)  # fmt: skip


#: Words that promise a day as the latest: "bis Donnerstag", "by Friday", "spätestens morgen".
_BY_DAY = frozenset({"bis", "by", "spaetestens", "until", "till"})
#: Units of a counted time in hours: "within the hour", "innerhalb von zwei Stunden".
_HOUR_UNITS = frozenset({"hour", "hours", "minutes", "stunde", "stunden", "minuten"})


def _time_offered(spoken: Spoken, context: Context) -> bool:
    """The reply offers a time as the agent's own (:func:`time_fit.offers`), or gives a number of
    hours or days in a plain clause ("Er ist innerhalb von zwei Stunden da": not negated, no
    question, no hedge or putting off, :data:`_HEDGES`). A day said only inside a hedge or a denial
    ("Ob es bis Freitag klappt, versprechen kann ich das nicht", "We'll get it to you as soon as
    possible and confirm the day later", hv47-151, -245) or a vague span ("Ungefähr Ende der Woche
    sollten die Becher bei Ihnen sein", hv38-033) meets no point about when."""
    if time_fit.offers(spoken.words, _line_words(context)):
        return True
    negations = frozenset(lexicon.words_for(lexicon.NEGATIONS, context.language))
    hedged = False  # the clause before, in the same sentence, hedges this one ("Wir versuchen, | ...")
    for piece in clauses(spoken.words, context.resources, context.language):
        words = list({id(p.word): p.word for p in piece}.values())
        texts = {p.text for p in piece}
        timed = says_when(Spoken(words), context.language) and not words[-1].text.rstrip().endswith("?")
        order = [p.text for p in piece]
        counted = any(
            (a.isdigit() or is_number_word(a)) and b in _TIME_UNITS for a, b in zip(order, order[1:], strict=False)
        ) or bool({"within", "innerhalb"} & texts and texts & _HOUR_UNITS)
        # ("Die ganze Galerie ist bis Donnerstag online": a day promised as the latest, hv10-081)
        counted = counted or any(
            a in _BY_DAY and time_fit.is_day_word(b) for a, b in zip(order, order[1:], strict=False)
        )
        if timed and counted and not hedged and not texts & (negations | _HEDGES):
            return True
        ends = words[-1].text.rstrip().endswith((".", "!", "?"))
        hedged = not ends and bool(texts & _HEDGES) and not timed
    return False


#: Words of doubt about a time said: "probably Thursday or Friday", "vielleicht am Samstag".
_DOUBTFUL = frozenset({"maybe", "perhaps", "probably", "hopefully", "possibly", "vielleicht", "wahrscheinlich",
                       "eventuell", "hoffentlich", "moeglicherweise"})  # fmt: skip
#: Words that leave the day open: "sometime on Sunday", "irgendwann am Samstag".
_SOMETIME = frozenset({"sometime", "somewhen", "irgendwann"})
#: The same in more words: "some time over the weekend", "weather permitting", "je nach Wetter".
_SOME_TIME_RUNS = (("some", "time"), ("some", "point"), ("weather", "permitting"), ("if", "the", "weather"),
                   ("je", "nach", "wetter"), ("wenn", "das", "wetter"), ("wetter", "mitspielt"))  # fmt: skip
#: Looking at a day, not promising it: "I'll look at Saturday", "ich schaue mir den Samstag an"
#: (the day within two words after them).
_LOOK_AT = (("look", "at"), ("looking", "at"), ("see", "about"), ("schaue", "mir"), ("sehe", "mir"))
_LOOK_VERBS_DE = frozenset({"schaue", "schau", "sehe", "seh", "gucke", "guck", "schauen", "sehen"})
_LOOK_FIRST = frozenset(run[0] for run in _LOOK_AT)
#: Seeing what can be done, not promising it: "We'll see what we can do for Saturday", "mal schauen".
_SEE_WHAT = (("see", "what"), ("see", "who"), ("see", "whos"), ("see", "if"), ("see", "whether"), ("see", "how"),
             ("mal", "schauen"), ("mal", "sehen"), ("schauen", "was"), ("schauen", "ob"), ("sehen", "was"),
             ("sehen", "ob"), ("schauen", "wer"), ("sehen", "wer"))  # fmt: skip
#: A call to the customer: "ich rufe Sie an", "ruft Sie ... an", "I'll call you", "get back to you".
_CALLING_YOU = (("rufe", "sie"), ("ruft", "sie"), ("rufen", "sie"), ("melde", "mich"), ("melden", "uns"),
                ("call", "you"), ("ring", "you"), ("phone", "you"), ("get", "back", "to", "you"))  # fmt: skip
#: Words of a span that names no day: "Anfang der Woche", "early next week", "in a few days".
_VAGUE_SPAN = frozenset({"woche", "week", "anfang", "ende", "early", "late", "bald", "soon", "demnaechst", "later",
                         "spaeter", "naechste", "next"})  # fmt: skip
#: A condition on our side being free: "if they're free", "wenn Platz ist", "falls jemand frei ist".
_IF_FREE = frozenset({"free", "available", "space", "room", "platz", "frei", "verfuegbar", "kapazitaet"})
_IF_WORDS = frozenset({"if", "wenn", "falls", "sofern"})
#: Trying, not promising: "Samstag versuchen wir", "wir versuchen es am Samstag", "we'll try for
#: Saturday" (the agent as the one trying; "Let's try Saturday the 13th" proposes it, "try it
#: together" tests something).
_TRYING = (("versuchen", "wir"), ("wir", "versuchen"), ("versuche", "ich"), ("ich", "versuche"), ("we", "ll", "try"),
           ("well", "try"), ("i", "ll", "try"), ("ill", "try"), ("we", "will", "try"), ("we", "re", "trying"),
           ("were", "trying"))  # fmt: skip
#: Words of the customer's own side after "depending on": "your bank", "Ihrer Bank".
_THEIR_WORDS = frozenset({"your", "ihre", "ihrer", "ihrem", "ihren", "ihr"})
#: A time made to hang on something else: "je nach Auftragslage", "depending on the tide".
_DEPENDING = (("je", "nach"), ("depending", "on"), ("abhaengig", "von"), ("depends", "on"))


#: What a phrasing of a time may hold besides day words and numbers: "ab 18 Uhr", "half nine".
_TIME_GLUE = frozenset({"ab", "um", "uhr", "from", "at", "half", "halb", "on", "am", "oclock", "past", "quarter"})


def _time_phrasing(phrasing: str, language: str) -> bool:
    """A key point's phrasing that is only a time: "Samstag", "ab 18 Uhr", "half nine" (day words,
    :data:`lexicon.WHEN_WORDS`, numbers and :data:`_TIME_GLUE`), at most four words."""
    tokens = normalize(phrasing)
    words = frozenset(lexicon.words_for(lexicon.WHEN_WORDS, language))
    return (
        0 < len(tokens) <= 4
        and all(t in words or t in _TIME_GLUE or t.isdigit() or is_number_word(t) for t in tokens)
        and not all(t in _TIME_GLUE for t in tokens)
    )


def _committed(spoken: Spoken, context: Context) -> Spoken:
    """The reply without its clauses that name a time only in doubt, as a look or as a vague span
    (:data:`_DOUBTFUL`, :data:`_SOMETIME`, :data:`_LOOK_AT`): "I'll look at Saturday and get back to
    you", "We'll fit you in sometime on Sunday", "probably Thursday or Friday" (hv48-282, -190,
    -303) list the customer's day but commit to none, so they meet no point about when."""
    # (cut into clauses only when a word of doubt, vagueness or looking is there at all: this runs
    # for every point about when on every step that may say it)
    said = {t for w in spoken.words for t in normalize(w.text)}
    # a call promised where the customer asked for no call is no slot: "ich rufe Sie Anfang der
    # Woche an" to "nächste Woche, nur vormittags" (hv50-151)
    asked = {t for t in normalize(context.step.say or "")} if context.step is not None else set()
    calling = bool(said & _CALL_SAID) and not asked & (_CALL_SAID | {"anrufen", "zurueckrufen"})
    hedges = _DOUBTFUL | _SOMETIME | _LOOK_VERBS_DE | _LOOK_FIRST | _IF_WORDS | {"some", "weather", "wetter"}
    hedges |= {"see", "mal", "je", "depending", "versuchen", "versuche", "try", "trying"}
    if not calling and not said & hedges:
        return spoken
    dropped: set[int] = set()
    days = frozenset(lexicon.words_for(lexicon.WHEN_WORDS, context.language))
    sentence_of = {id(w): n for n, sentence in enumerate(_sentences(spoken.words)) for w in sentence}
    conditioned: set[int] = set()  # sentences under a condition on our side being free
    for piece in clauses(spoken.words, context.resources, context.language):
        order = [p.text for p in piece]
        texts = set(order)
        looking = any(
            tuple(order[i : i + len(run)]) == run and set(order[i + len(run) : i + len(run) + 2]) & days
            for run in _LOOK_AT
            for i in range(len(order))
        )
        # German "ich schaue mir die nächste Woche an": the look's particle at the clause's end
        # (also as the recogniser writes it, "Ich schau mich die nächste Woche an")
        # ("ich sehe selbst nach und rufe Sie morgen um 10 Uhr an": the "an" of the call, hv44-154)
        looking = looking or (
            texts & _LOOK_VERBS_DE
            and order[-1:] == ["an"]
            and bool(texts & {"mir", "mich", "uns"})
            and not texts & {"rufe", "ruf", "rufen", "ruft", "biete", "bieten"}
            and bool(texts & days)
        )
        # "We'll see what we can do for Saturday", "mal schauen, ob Samstag geht" (hv50-214)
        seeing = any(tuple(order[i : i + 2]) in _SEE_WHAT for i in range(len(order)))
        # "Saturday, if they're free", "nur, wenn Platz ist": on condition that we are free (not
        # theirs: "Saturday at ten, if you're free then")
        if_free = bool(texts & _IF_WORDS and texts & _IF_FREE and not texts & {"you", "youre", "sie", "ihnen"})
        # "Sonntag wird knapp, je nach Auftragslage schicke ich jemanden vorbei" (hv49-129)
        # (not on something of theirs: "three to five working days, depending on your bank", hv4-158)
        depending = next((i for i in range(len(order)) if any(has_run(order[i:], run) for run in _DEPENDING)), None)
        theirs_after = depending is not None and bool(set(order[depending : depending + 4]) & _THEIR_WORDS)
        if_free = if_free or (depending is not None and not theirs_after)
        # "Samstag versuchen wir, im Laufe des Vormittags ..." (hv49-153): tried, not promised (that
        # clause only: "Dienstag um 10 Uhr, und wir versuchen, schon um 9 Uhr da zu sein")
        trying = any(has_run(order, run) for run in _TRYING)
        # (the call's own vague time only: "I'll call you Monday to confirm Tuesday at ten", "ruft Sie
        # morgen um zwölf an und steht um eins auf dem Schlag" hold a slot, hv46-085; "our fitter
        # rings your bell" is the visit, hv41-170)
        call_only = (
            calling
            and any(has_run(order, run) for run in _CALLING_YOU)
            and not texts & (days - _VAGUE_SPAN)
            and not any(t[:1].isdigit() or is_number_word(t) for t in order)
        )
        if if_free:
            conditioned |= {sentence_of[id(p.word)] for p in piece if id(p.word) in sentence_of}
        # ("We'll fit you in some time over the weekend, weather permitting", hv51-180)
        some_time = any(has_run(order, run) for run in _SOME_TIME_RUNS)
        if texts & (_DOUBTFUL | _SOMETIME) or some_time or looking or seeing or if_free or call_only or trying:
            dropped |= {id(p.word) for p in piece}
    # ("Dienstag geht, wenn Platz ist": the condition hangs over its whole sentence)
    dropped |= {id(w) for w in spoken.words if sentence_of.get(id(w)) in conditioned}
    if not dropped:
        return spoken
    return Spoken([w for w in spoken.words if id(w) not in dropped])


def _written_forms(phrasings: Sequence[str], language: str) -> list[str]:
    """The usual forms of putting it in writing (:data:`lexicon.WRITTEN`), when the point asks for
    it in writing as such (:data:`_IN_WRITING`: "writing: [by email, in writing]" is met by "the
    receipt goes to your inbox"); [] for a point about one channel ("per Mail, per Fax": the post
    is another channel, hv34-061)."""
    listed = {normalize(p) for p in phrasings}
    if not listed & {normalize(w) for w in _IN_WRITING}:
        return []
    return [f for f in lexicon.words_for(lexicon.WRITTEN, language) if normalize(f) not in listed]


#: Phrasings that ask for a thing in writing, whatever the channel.
_IN_WRITING = ("in writing", "written", "in black and white", "schriftlich", "schriftliche bestaetigung", "in textform")


def _point_met(phrasings: Sequence[str], context: Context, spoken: Spoken, committed_only: bool = True) -> bool:
    """Whether the reply meets a key point given by its ``phrasings``: one of them said, or said
    in other words (forms, separable verb, word order, compound, synonym), or, for a point of a
    class (acknowledging, confirming), another of the class's usual forms; for a point about when,
    any day, clock time or span (:func:`says_when`). ``committed_only``: a day or hour listed counts
    only where the reply commits to it (False: a step that names it at all is about it)."""
    # a day or hour listed is met only where the reply commits to it ("I'll look at Saturday",
    # "sometime on Sunday" name the day and promise none)
    timed = [p for p in phrasings if _time_phrasing(p, context.language)]
    untimed = [p for p in phrasings if p not in timed]
    committed = _committed(spoken, context) if timed and committed_only else spoken
    for listed, heard in ((untimed, spoken), (timed, committed)):
        if not listed or not heard.words:
            continue
        if any_phrase_found(listed, heard, **context.match_kwargs()) is not None:
            return True
        if meaning_found(listed, heard.words, wide=True, given=_given(context), **context.meaning_kwargs()) is not None:
            return True
    # "the full £840 comes back to you" for "money back": a sum that comes back is the refund
    if _refund_point(untimed) and _money_back(spoken.words):
        return True
    # "the receipt goes to your inbox" for "in writing": any usual form of it, word for word
    written = _written_forms(untimed, context.language)
    if written and spoken.words and any_phrase_found(written, spoken, **context.match_kwargs()) is not None:
        return True
    # "mit mir vor Ort" for "selbst vor Ort": the agent as the person behind it, in any words
    if untimed and _self_said(untimed, spoken, context):
        return True
    spoken = committed
    if (
        when_point(phrasings, context.language)
        and says_when(spoken, context.language)
        and _time_offered(spoken, context)
    ):
        return True  # a point about when, met by a day or a time nobody listed ("Donnerstag um 9 Uhr")
    if apology_point(phrasings, context.language):
        # "How annoying" or "I understand" is sympathy, not the apology the point asks for; an
        # apology in other words is one ("Das ist mir unangenehm", "that should never have happened")
        return grammar.apologises(spoken.words, context.resources, context.language)
    kind = point_class(phrasings, context.language)
    if kind is None:
        return False
    forms = kind[1]
    if ownership_point(phrasings, context.language):
        # "fault: [unser Fehler, unsere Schuld]" beside "apology": owning it, not any sympathy
        if grammar.owns_fault(spoken.words, context.resources, context.language):
            return True
        fault = {fold(w) for w in lexicon.words_for(lexicon.FAULT_WORDS, context.language)}
        forms = tuple(f for f in forms if set(normalize(f)) & fault)
    return any_phrase_found(forms, spoken, **context.strict_match_kwargs()) is not None


#: Words of no cost at all, and runs of them ("kostenlos", "free", "no charge", "ohne Kosten").
_FREE = frozenset({"kostenlos", "gratis", "umsonst", "kostenfrei", "free"})
_FREE_RUNS = (("no", "charge"), ("no", "cost"), ("ohne", "kosten"), ("zahlen", "nichts"), ("nothing", "to", "pay"),
              ("not", "pay"), ("nicht", "zahlen"), ("keine", "kosten"))  # fmt: skip
#: Words of a price cut: part of a remedy ("zum halben Preis", "10 % Rabatt", "half price").
_PART_PRICE = frozenset({"halb", "halbe", "halben", "half", "rabatt", "discount", "prozent", "percent", "reduziert",
                         "reduced", "ermaessigt", "nachlass", "teilweise", "partial", "anteilig"})  # fmt: skip


#: Words of money going back: a key point with one is a refund.
_REFUND_WORDS = ("erstatt", "rueckerstatt", "refund", "reimburs", "zurueckzahl", "geld zurueck", "money back")
#: Words that cut a refund to a share of it: "höchstens die Hälfte", "one heater ... but not all three".
_SHARE = frozenset({"haelfte", "half", "teil", "teilweise", "part", "partly", "partial", "hoechstens", "einen",
                    "one", "drittel", "fuenftel", "third", "thirds", "fifth", "fifths"})  # fmt: skip
_WHOLE = frozenset({"voll", "volle", "vollen", "komplett", "ganz", "ganze", "ganzen", "gesamt", "gesamten", "full",
                    "fully", "whole", "entire", "all", "alles", "alle", "every"})  # fmt: skip


#: The rest of it given too: "den Rest morgen", "the remainder on Friday", "die andere Hälfte".
_THE_REST = frozenset({"rest", "restbetrag", "restlichen", "restliche", "remainder", "remaining", "uebrigen"})
_OTHER_HALF = (("andere", "haelfte"), ("other", "half"), ("zweite", "haelfte"), ("second", "half"))
#: Something for a later visit instead of money back: "next time", "beim nächsten Mal", "a voucher".
_NEXT_TIME_RUNS = (("next", "time"), ("beim", "naechsten", "mal"), ("naechstes", "mal"), ("voucher",),
                   ("gutschein",), ("next", "visit"), ("naechsten", "besuch"))  # fmt: skip


#: Words of something given: "free", "zehn Prozent", "a voucher", "I can offer".
_GIFT = frozenset({"free", "kostenlos", "gratis", "umsonst", "prozent", "percent", "discount", "rabatt", "voucher",
                   "gutschein", "credit", "gutschrift", "offer", "anbieten", "biete", "bieten"})  # fmt: skip


def _for_next_time(sentence: Sequence[Word]) -> bool:
    """The sentence gives something for next time (:data:`_NEXT_TIME_RUNS` and :data:`_GIFT`),
    not money now ("Beim nächsten Mal gibt es zehn Prozent"; not "Next time we'll check twice")."""
    texts = [t for w in sentence for t in normalize(w.text)]
    given = bool(set(texts) & _GIFT) or any("%" in w.text for w in sentence)
    return given and any(has_run(texts, run) for run in _NEXT_TIME_RUNS)


def _sentences(words: Sequence[Word]) -> list[list[Word]]:
    """``words`` cut into sentences (at ".", "!", "?", ";")."""
    found: list[list[Word]] = [[]]
    for word in words:
        found[-1].append(word)
        if word.text.rstrip().endswith((".", "!", "?", ";")):
            found.append([])
    return [s for s in found if s]


#: Words of money coming back: "comes back to you", "geht an Sie zurück".
_BACK = frozenset({"back", "zurueck"})
#: Words of the agent in person in a key point's phrasing: "selbst vor Ort", "there myself".
_SELF_WORDS = frozenset({"selbst", "persoenlich", "myself", "personally"})
#: The agent as a person in a clause: "mit mir", "I'll be there".
_FIRST_PERSON = frozenset({"ich", "mir", "mich", "i", "me", "ill", "im"})


def _money_back(words: Sequence[Word]) -> bool:
    """A sentence names a sum (a currency sign, or a number with "Euro"/"pounds") and "back" or
    "zurück", with no negation: "the full £840 comes back to you", "die 280 Euro gehen heute an Sie
    zurück" say "money back" in other words."""
    for sentence in _sentences(words):
        tokens = [t for w in sentence for t in normalize(w.text)]
        sum_named = any(ch in w.text for w in sentence for ch in "£€$") or (
            any(t.isdigit() for t in tokens) and bool(set(tokens) & {"euro", "pounds", "pound", "dollars"})
        )
        if sum_named and set(tokens) & _BACK and not set(tokens) & grammar.NEGATIONS:
            return True
    return False


def _self_said(phrasings: Sequence[str], spoken: Spoken, context: Context) -> bool:
    """A phrasing of the agent in person ("selbst vor Ort", "there myself": a word of
    :data:`_SELF_WORDS` and at least one word more) met by its other words beside the agent named
    as a person in the same clause ("mit mir vor Ort", "I'll be there", hv50-082)."""
    for phrase in phrasings:
        tokens = normalize(phrase)
        rest = [t for t in tokens if t not in _SELF_WORDS]
        # ("ich selbst" holds nothing but the person: any "ich" would meet it, hv48-104)
        small = lexicon.STOPWORDS.get(context.language, frozenset()) | _FIRST_PERSON
        if len(rest) == len(tokens) or not set(rest) - small:
            continue
        for clause in clauses(spoken.words, context.resources, context.language):
            said = {p.text for p in clause}
            if said & _FIRST_PERSON and has_run([p.text for p in clause], rest):
                return True
    return False


#: A price put on the remedy: "zum halben Preis", "at half price", "at cost", "at the usual hire".
_PRICE_RUNS = (("halben", "preis"), ("halben", "mietpreis"), ("half", "price"), ("at", "cost"),
               ("selbstkostenpreis",), ("usual", "hire"), ("usual", "price"), ("normal", "price"),
               ("normalen", "preis"), ("regulaeren", "preis"), ("full", "price"), ("have", "to", "charge"),
               ("sell", "you"))  # fmt: skip


#: Words that open a condition: "if", "wenn", "falls".
_CONDITION_WORDS = frozenset({"if", "unless", "wenn", "falls", "sofern", "should"})


def _conditional(sentence: Sequence[Word]) -> bool:
    """The sentence holds a condition (:data:`_CONDITION_WORDS`)."""
    return bool({t for w in sentence for t in normalize(w.text)} & _CONDITION_WORDS)


def _sentence_of(stretch: Sequence[Word], words: Sequence[Word]) -> list[Word]:
    """The sentence of ``words`` that holds the first word of ``stretch`` (``stretch`` itself when none)."""
    first = id(stretch[0]) if stretch else None
    return next((s for s in _sentences(words) if any(id(w) == first for w in s)), list(stretch))


def _priced(words: Sequence[Word]) -> list[Word] | None:
    """The first sentence that puts a price on what is offered (:data:`_PRICE_RUNS`), not denied
    ("no charge", "nicht zum halben Preis"), or None."""
    for sentence in _sentences(words):
        tokens = [t for w in sentence for t in normalize(w.text)]
        for run in _PRICE_RUNS:
            at = next((i for i in range(len(tokens)) if tuple(tokens[i : i + len(run)]) == run), None)
            # (the price itself denied: "nicht zum halben Preis", "not at cost but free")
            if at is not None and not set(tokens[max(0, at - 3) : at]) & grammar.NEGATIONS:
                return sentence
    return None


def _remedy_point(phrasings: Sequence[str], context: Context) -> bool:
    """A key point about the remedy itself: no class (sympathy, acceptance) and no time."""
    return point_class(phrasings, context.language) is None and not when_point(phrasings, context.language)


def free_point_said(phrasings: Sequence[str]) -> bool:
    """One phrasing at least says the remedy costs them nothing ("kostenlos", "free of charge",
    "auf unsere Kosten", "at our cost")."""
    said = [normalize(p) for p in phrasings]
    return any(_says_free(tokens) or any(has_run(tokens, run) for run in _OUR_COST_RUNS) for tokens in said)


def _refund_point(phrasings: Sequence[str]) -> bool:
    """A key point of money going back (:data:`_REFUND_WORDS` in its phrasings)."""
    joined = " ".join(" ".join(normalize(p)) for p in phrasings)
    return any(word in joined for word in _REFUND_WORDS)


def _share_of_refund(
    phrasings: Sequence[str], spoken: Spoken, turn: Turn, context: Context, credited: bool = False
) -> list[Word] | None:
    """The sentence that meets a refund point (:data:`_REFUND_WORDS`) only for a share of it
    ("Erstatten kann ich Ihnen aber höchstens die Hälfte der Tagesmiete", "We can refund one heater
    as a goodwill gesture, but not all three", hv48): a word of a share (:data:`_SHARE`; "one" or
    "einen" only with "but not"/"aber nicht" after it) the customer did not say, and no word of
    the whole, or the whole only denied; or a count of a whole ("one of the two walkers") or a sum
    less than any the customer or the model answer names. ``credited``: the point is not met, and
    a sentence that credits money back (:data:`_CREDITED`) with such a share is looked for.
    Returns that sentence's words, or None: the point met (or, ``credited``, no share said)."""
    refund = _refund_point(phrasings)
    # (a remedy listed as free is owed whole too: "Die Hälfte ersetzen wir Ihnen" for "ersetzen,
    # kostenlos", "nur zur Hälfte übernehmen" for "übernehmen wir", hv47-078, hv45-006)
    if not refund and not free_point_said(phrasings):
        return None
    # the point met in another of its phrasings too ("Wir erstatten die Hälfte und holen die
    # Kellerführung kostenlos nach" for "nachholen, erstatten", hv49-078): the share is beside it
    # (not by the refund's own words: "I can refund one of the two walkers" is no "pay back" in
    # full, whatever the thesaurus relates, hv50-255)
    others = [p for p in phrasings if not _refund_point([p])] if refund else []
    # a remedy said free in a clause of its own is owed whole, whatever share is given on top ("The
    # clean-up is free, and we'll credit back half of this month's fee", hv12-174)
    if not refund and any(
        _says_free(texts) and not set(texts) & _SHARE
        for texts in ([p.text for p in piece] for piece in clauses(spoken.words, context.resources, context.language))
    ):
        return None
    beside = [
        w
        for w in spoken.words
        if not _refund_point([w.text]) and not set(normalize(w.text)) & (_CREDITED | _REFUND_STEMS)
    ]
    # (a span of time in the point is met only in its own words: "Fünf Tage wurde ja beweidet" is
    # the stretch had, no "drei Wochen" given, hv55-002)
    timed = [p for p in others if _time_phrasing(p, context.language)]
    untimed = [p for p in others if p not in timed]
    if beside and (
        (untimed and _point_met(untimed, context, Spoken(beside)))
        or (timed and any_phrase_found(timed, Spoken(beside), **context.match_kwargs()) is not None)
    ):
        return None
    # a share is what the trainer wants ("partial refund", or the model answer's "half the fee", v41)
    wanted_said = (
        [t for p in [*phrasings, context.step.example or ""] for t in normalize(str(p))] if context.step else []
    )
    # ("got one clown for half an hour" in the model answer is a time, no share, hv50-255)
    wanted = {
        t for i, t in enumerate(wanted_said) if not (t == "half" and wanted_said[i + 1 : i + 2] in (["an"], ["a"]))
    }
    if wanted & _SHARE - {"einen", "one"}:
        return None
    theirs = {t for w in customer_words(turn, context) for t in normalize(w.text)}
    their_counts: dict[str, set[int]] = {}
    for key, number in _count_pairs(customer_words(turn, context)):
        their_counts.setdefault(key, set()).add(number)
    counted = {key: max(numbers) for key, numbers in their_counts.items()}
    every = [t for w in spoken.words for t in normalize(w.text)]
    if set(every) & _THE_REST or any(has_run(every, run) for run in _OTHER_HALF):
        return None  # "die Hälfte heute, den Rest morgen": all of it, in parts
    meeting = [
        s
        for s in _sentences(spoken.words)
        if (credited and _credits(s, refund)) or (not credited and _point_met(phrasings, context, Spoken(s)))
    ]
    for sentence in meeting:
        texts = [t for w in sentence for t in normalize(w.text)]
        denied_whole = any(a in ("not", "nicht") and b in _WHOLE for a, b in zip(texts, texts[1:])) or any(
            a in ("not", "nicht") and c in _WHOLE for a, c in zip(texts, texts[2:])
        )
        # ("half two", "half past six": a clock time, no share)
        clock = {
            i
            for i, t in enumerate(texts)
            if t == "half"
            and texts[i + 1 : i + 2]
            and (texts[i + 1].isdigit() or is_number_word(texts[i + 1]) or texts[i + 1] == "past")
        }
        # (money on top is no share: "we'll return £200 of the fee as well", hv15-207)
        if set(texts) & _ON_TOP or has_run(texts, ("as", "well")):
            continue
        # (a share denied is none: "not at half price but free of charge")
        denied_share = {i for i, t in enumerate(texts) if set(texts[max(0, i - 3) : i]) & grammar.NEGATIONS}
        # a share word the customer said is theirs ("half of them flat"), unless the money is given
        # as that share right before it ("we can refund half" after "half the cups", hv51-293)
        given = {i for i, t in enumerate(texts) if set(texts[max(0, i - 3) : i]) & (_CREDITED | _REFUND_STEMS)}
        shares = {
            t
            for i, t in enumerate(texts)
            if t in _SHARE and (t not in theirs or i in given) and i not in clock | denied_share
        }
        if not refund and not _credits(sentence, False):
            shares -= {"teil", "part"}  # "Das Futter war Teil Ihrer Bestellung": no share of the cost
        # "one of the two walkers", "two of the three hours", "zwei der drei Stunden" (hv50-255, -291)
        if _fraction(texts):
            shares.add("part")
        # fewer of the things they counted: "Eine Nacht erstatten wir" for "zwei Nächte" (hv51-036);
        # not a count of theirs of the same things ("die 40 Kilo" of the 100 bought, 40 of them
        # dead: all that is owed), nor the difference of two ("sechs Platten" for "48 bestellt, 42
        # gekommen", hv48-072)
        if any(
            key in counted
            and number < counted[key]
            and number not in {a - b for a in their_counts[key] for b in their_counts[key] | {0} if a > b}
            for key, number in _counts(sentence).items()
        ):
            shares.add("part")
        # a sum less than the one they paid, and none of theirs ("nur 100 Euro" of 1.600 Euro)
        # (the sums of their line and of the trainer's model answer: "die 380 Euro erstatten wir")
        paid = _sums([*customer_words(turn, context), *words_of_text(context.step.example or "")])
        named = _sums(sentence)
        if paid and named and max(named) < max(paid) and not set(named) & set(paid):
            shares.add("part")
        # ... or a sum said as "only" that much ("nur 100 Euro gutschreiben", "only £50 back")
        # (not beside their whole sum: "die 280 Euro zurück, und für nur 20 Euro ...")
        only = any(a in _ONLY_SUM and b[:1].isdigit() for a, b in zip(texts, texts[1:]))
        if named and only and not set(named) & set(paid):
            shares.add("part")
        shares |= {"one"} if "1" in texts and "1" not in theirs else set()  # (number words fold to digits)
        if shares <= {"einen", "one"} and not denied_whole:
            continue  # "one" alone is a count, no share ("Sie bekommen einen Gutschein")
        whole = set(texts) & _WHOLE
        if shares and (not whole or denied_whole):
            return sentence
    return None


#: Refund words in their inflected forms: "erstatte", "refunded", "reimbursed".
_REFUND_STEMS = frozenset({"erstatte", "erstattet", "erstatten", "refund", "refunded", "refunds", "reimburse",
                           "reimbursed", "pay"})  # fmt: skip
#: Words of crediting money back that a refund point's list may lack: "gutschreiben", "credit", "zurück".
_CREDITED = frozenset({"gutschreiben", "gutschreibe", "gutschrift", "credit", "zurueck", "back"})
#: Words of money given on top of the remedy: "as well", "zusätzlich", "obendrein".
_ON_TOP = frozenset({"zusaetzlich", "obendrein", "additionally", "too"})
#: Words that make a sum a share: "nur 100 Euro", "only £50".
_ONLY_SUM = frozenset({"nur", "lediglich", "only", "just"})
#: Words between the two numbers of a fraction: "one of the two", "zwei der drei", "eine von zwei".
_FRACTION_JOINS = frozenset({"of", "der", "von"})
#: Words of a currency beside a number: "100 Euro", "195 pounds".
_CURRENCY_WORDS = frozenset({"euro", "eur", "pounds", "pound", "dollars", "dollar"})


#: What a share of the cost is taken of: "einen Teil der Kosten", "half the cost".
_COST_NOUNS = frozenset({"kosten", "cost", "costs", "betrag", "betrags", "preis", "price", "rechnung", "bill"})


def _credits(sentence: Sequence[Word], refund: bool) -> bool:
    """The sentence credits money back in words a refund point's list may lack ("gutschreiben",
    "credit", "zurück"), or says "only" before a sum (the credit word may be lost by the
    recogniser: "nur 20 Euro Gutsch schaden"); for a point listed as free, it takes a share of
    the cost ("nur einen Teil der Kosten übernehmen", "half the cost"), not any word of a part
    ("part of your order", a product's price)."""
    tokens = [t for w in sentence for t in normalize(w.text)]
    if refund:
        only_sum = any(a in _ONLY_SUM and b[:1].isdigit() for a, b in zip(tokens, tokens[1:]))
        return bool(set(tokens) & _CREDITED) or (only_sum and bool(_sums(sentence)))
    return any(t in _COST_NOUNS and set(tokens[max(0, i - 4) : i]) & _SHARE for i, t in enumerate(tokens))


def _fraction(texts: Sequence[str]) -> bool:
    """The folded tokens name a part of a whole by count: "one of the two", "two of the three
    hours", "zwei der drei Stunden", "eine von zwei Nächten" (the first number less than the
    second; number words as the recogniser or the writer give them)."""
    # (number words are folded to digits; "eine von zwei" counts one)
    texts = list(texts)
    for i, t in enumerate(texts[1:-1], start=1):
        if t not in _FRACTION_JOINS:
            continue
        after = i + 2 if texts[i + 1 : i + 2] in (["the"], ["den"], ["die"]) else i + 1
        first = "1" if texts[i - 1] in ("eine", "einen", "ein") else texts[i - 1]
        second = texts[after] if after < len(texts) else ""
        if first.isdigit() and second.isdigit() and 0 < int(first) < int(second):
            return True
    return False


def _count_pairs(words: Sequence[Word]) -> list[tuple[str, int]]:
    """The things counted in ``words``: (stem, count) for each number before a noun, the stem its
    first four letters with umlauts as vowels ("zwei Nächte" ("nach", 2), "five boxes" ("boxe",
    5)). Number words come folded to digits; "eine"/"one" count one."""
    # (token, ends its clause): no pair across a comma or a sentence's end ("NP 5 14. Week three")
    marked: list[tuple[str, bool]] = []
    whole: list[int] = []  # the word each token comes from
    for n, w in enumerate(words):
        pieces = normalize(w.text)
        ends = w.text.rstrip().endswith((",", ".", ";", ":", "!", "?"))
        marked += [(t, ends and i == len(pieces) - 1) for i, t in enumerate(pieces)]
        whole += [n] * len(pieces)
    found: list[tuple[str, int]] = []
    for at, ((number, ends), (noun, _)) in enumerate(zip(marked, marked[1:])):
        if whole[at] == whole[at + 1]:
            continue  # inside one word: "im Zwei-Wochen-Rhythmus" is how often, no count (hv24-080)
        before = marked[at - 1][0] if at and not marked[at - 1][1] else ""  # (none across a clause's end)
        # (not a clock time, "at nine tomorrow", nor the last digits of a code, "plan NP 5 14")
        if ends or before in _COUNT_NOT_AFTER | _COUNT_OF_THE_FAULT or before.isdigit() or noun in _COUNT_NOT_NOUNS:
            continue
        if noun in _COUNT_OF_THE_FAULT:
            continue  # "two missing boxes": the fault's own count
        count = int(number) if number.isdigit() else (1 if number in ("eine", "einen", "ein") else None)
        key = noun.replace("ae", "a").replace("oe", "o").replace("ue", "u")[:4]
        if count is not None and len(key) == 4 and key.isalpha():
            found.append((key, count))
    return found


#: Words before a number that make it a clock time or a date, no count: "at nine", "bis 17 Uhr".
_COUNT_NOT_AFTER = frozenset({"at", "by", "um", "bis", "ab", "from", "till", "until", "gegen", "before", "after",
                              "vor", "nach", "seit", "since", "am", "on", "the", "den", "dem"})  # fmt: skip
#: Words that make a count the part that went wrong, which is owed whole: before the number ("die
#: fehlenden 15 Kilo") or right after it ("two missing boxes").
_COUNT_OF_THE_FAULT = frozenset({"fehlenden", "fehlende", "kaputten", "kaputte", "beschaedigten", "verlorenen",
                                 "missing", "broken", "damaged", "lost", "cracked"})  # fmt: skip
#: Words after a number that name no thing counted: "nine tomorrow", "10 Uhr".
_COUNT_NOT_NOUNS = frozenset({"uhr", "oclock", "tomorrow", "today", "tonight", "morgen", "heute", "percent",
                              "prozent"})  # fmt: skip


def _counts(words: Sequence[Word]) -> dict[str, int]:
    """The largest count of each thing counted in ``words`` (:func:`_count_pairs`): "eine Nacht"
    {"nach": 1}."""
    found: dict[str, int] = {}
    for key, count in _count_pairs(words):
        found[key] = max(found.get(key, 0), count)
    return found


def _sums(words: Sequence[Word]) -> list[float]:
    """The sums of money named in ``words``: a number with a currency sign in it ("£195", "€40")
    or a currency word after it ("380 Euro", "1.600 Euro"). German thousands dots are read as such."""
    found: list[float] = []
    for at, word in enumerate(words):
        raw = word.text.strip(" ,;:!?()\"'")
        digits = raw.strip("£€$.")
        if not digits[:1].isdigit():
            continue
        following = normalize(words[at + 1].text) if at + 1 < len(words) else []
        if not (any(ch in raw for ch in "£€$") or set(following) & _CURRENCY_WORDS):
            continue
        # "1.600" and "1,600" are thousands; "12,50" and "12.50" decimals
        if re.fullmatch(r"\d{1,3}([.,]\d{3})+", digits):
            plain = digits.replace(".", "").replace(",", "")
        else:
            plain = digits.replace(",", ".")
        try:
            found.append(float(plain))
        except ValueError:
            continue
    return found


def _says_free(tokens: Sequence[str]) -> bool:
    """The folded tokens say no cost at all (:data:`_FREE`, :data:`_FREE_RUNS`)."""
    return bool(set(tokens) & _FREE) or any(has_run(tokens, run) for run in _FREE_RUNS)


#: Our side bearing the cost: "übernehmen wir", "auf unsere Kosten", "that's on us", "we'll cover it".
_OUR_COST_RUNS = (("uebernehmen", "wir"), ("zahlen", "wir"), ("tragen", "wir"), ("auf", "unsere", "kosten"),
                  ("wir", "uebernehmen"), ("wir", "zahlen"), ("on", "us"), ("we", "ll", "cover"), ("we", "cover"),
                  ("we", "ll", "pay"), ("we", "pay"), ("our", "cost"), ("our", "expense"))  # fmt: skip


def _outside_avoid(step: Sequence[Word], context: Context) -> list[Word]:
    """The words of ``step`` outside the step's phrases to avoid (as the penalty matcher finds them)."""
    avoid = context.step.expect.avoid if context.step is not None else []
    inside: set[int] = set()
    words = list(step)
    for phrase in avoid:
        found = any_phrase_found([phrase], Spoken(words), **context.penalty_match_kwargs())
        if found is None:
            continue
        inside |= {id(w) for w in found.words}
        # the amount said with it is the phrase's own ("three to five working days")
        at = next((i for i, w in enumerate(words) if w is found.words[0]), 0) - 1
        while at >= 0 and all(t.isdigit() or is_number_word(t) or t in _SPAN_JOINS for t in normalize(words[at].text)):
            inside.add(id(words[at]))
            at -= 1
    return [w for w in words if id(w) not in inside]


#: Words that join two numbers into a span: "three to five", "drei bis fünf".
_SPAN_JOINS = frozenset({"to", "or", "bis", "oder"})


#: Words of money or cost in a step: whoever pays is said in one of them.
_MONEY_SAID = frozenset(
    {"cost", "costs", "charge", "charged", "free", "pay", "paid", "pays", "money", "price", "fee", "fees", "bill",
     "refund", "refunded", "cover", "covered", "expense", "pound", "pounds", "euro", "euros", "kosten", "kostet",
     "kostenlos", "gratis", "umsonst", "zahlen", "bezahlen", "zahlt", "uebernehmen", "uebernimmt", "rechnung",
     "preis", "gebuehr", "erstatten", "erstattung", "geld", "tragen"}
)  # fmt: skip


def _speaks_of_money(step: Sequence[Word]) -> bool:
    """The step names money or who pays (:data:`_MONEY_SAID`, an amount, a currency sign)."""
    tokens = {t for w in step for t in normalize(w.text)}
    return bool(tokens & _MONEY_SAID) or any(ch in w.text for w in step for ch in "£€$")


def cost_point(phrasings: Sequence[str]) -> bool:
    """A key point of the customer paying nothing for it: at least half of its phrasings say no
    cost (:func:`free_point`) or our side paying (:data:`_OUR_COST_RUNS`: "übernehmen wir", "on us").
    Only part of the money given (``part_kept``) turns such a point down wherever it is met."""
    said = [normalize(p) for p in phrasings]
    ours = sum(1 for tokens in said if _says_free(tokens) or any(has_run(tokens, run) for run in _OUR_COST_RUNS))
    return bool(said) and 2 * ours >= len(said)


def free_point(phrasings: Sequence[str]) -> bool:
    """A key point of no cost: at least half of its phrasings say it ("kostenlos", "free of
    charge", "ohne Kosten"; :func:`_says_free`)."""
    said = [normalize(p) for p in phrasings]
    return bool(said) and 2 * sum(1 for tokens in said if _says_free(tokens)) >= len(said)


def _partial_for_free(phrasings: Sequence[str], step: Sequence[Word], language: str) -> bool:
    """The closest step to a point of no cost (:func:`free_point`) offers a price cut instead
    ("zum halben Preis", "10 % off") and says no word of no cost: the point is surely missed,
    whatever words they share."""
    if not free_point(phrasings):
        return False
    tokens = [t for w in step for t in normalize(w.text)]
    cut = bool(set(tokens) & _PART_PRICE) or any("%" in w.text for w in step)
    # "I can take £200 off": an amount off the price (not "drop it off")
    cut = cut or any(
        tuple(normalize(w.text)) == ("off",) and any(ch.isdigit() for ch in before.text)
        for before, w in zip(step, step[1:])
    )
    return cut and not _says_free(tokens)


#: Words of the agent's side as a body: a reply with one may own the fault in words nobody listed.
_US = _OUR | frozenset({"uns", "wir", "ours", "us", "we"})


def apology_point(phrasings: Sequence[str], language: str) -> bool:
    """A key point that is the apology itself: every phrasing holds an apology word
    (:data:`lexicon.APOLOGY_WORDS`: "apology: [sorry, apologise, apologies]", "[Entschuldigung,
    tut mir leid]"). Sympathy does not meet it (:func:`grammar.apologises`)."""
    apology = {fold(w) for w in lexicon.words_for(lexicon.APOLOGY_WORDS, language)}
    said = [set(normalize(p)) for p in phrasings]
    return bool(said) and all(tokens & apology for tokens in said)


def ownership_point(phrasings: Sequence[str], language: str) -> bool:
    """A key point about owning the fault: at least half of its phrasings name one
    (:data:`lexicon.FAULT_WORDS`: "unser Fehler", "unsere Schuld", "our mistake")."""
    fault = {fold(w) for w in lexicon.words_for(lexicon.FAULT_WORDS, language)}
    said = [set(normalize(p)) for p in phrasings]
    return bool(said) and 2 * sum(1 for tokens in said if tokens & fault) >= len(said)


#: Requests that open an indirect question ("Sagen Sie mir kurz, an welchem Tag ...", "Tell me which day ...").
_ASKING_OPENINGS = {
    "de": ("sagen sie mir", "verraten sie mir", "nennen sie mir"),
    "en": ("tell me", "let me know", "can you tell me", "could you tell me"),
}


def _inverted_condition(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The sentence ``start``-``end`` opens with an inverted condition, its main clause after a
    comma, and asks nothing ("Should it need parts, we'll bring a stand-in scooter")."""
    return (
        tokens[start].text in ("should", "had", "were")
        and not tokens[end].question
        and any(t.comma for t in tokens[start:end])
    )


def in_question(clause: tuple[Word, ...], spoken: Spoken, language: str, *, indirect: bool = False) -> bool:
    """The clause belongs to a question: its sentence ends in "?" or opens with a question word;
    with ``indirect`` (an ask said again), also when it opens with a request and has a question
    word (:data:`_ASKING_OPENINGS`: "Sagen Sie mir kurz, an welchem Tag ..."). A statement inside
    "Let me know what works, we cover the cost" still says the point: not ``indirect`` there."""
    if not clause:
        return False
    tokens = list(spoken.tokens)
    index = next((i for i, tok in enumerate(tokens) if clause[0] in tok.words), None)
    if index is None:
        return False
    start = index
    while start > 0 and not tokens[start - 1].sentence_end:
        start -= 1
    end = index
    while end < len(tokens) - 1 and not tokens[end].sentence_end:
        end += 1
    openings = QUESTION_OPENINGS.get(language, ())
    wh = WH_WORDS.get(language, ())
    second = tokens[start + 1].text if start + 1 <= end else ""
    opened = tokens[start].text in openings and not _inverted_condition(tokens, start, end)
    if tokens[end].question or opened or second in wh:  # "In welcher Station ..."
        return True
    if not indirect:
        return False
    # "Sagen Sie mir kurz, an welchem Tag Ihr Ruhetag ist": a request that opens an indirect question
    texts = [t.text for t in tokens[start : end + 1]]
    asked = any(tuple(texts[: len(cue.split())]) == tuple(cue.split()) for cue in _ASKING_OPENINGS.get(language, ()))
    return asked and any(t in wh for t in texts)


def addressed_as(context: Context) -> frozenset[str]:
    """The parts of the customer's name, folded ("Frau Keller" -> ``{"frau", "keller"}``): words
    that address them and say nothing about the matter."""
    return frozenset(fold(part.lower()) for part in (context.customer_name or "").split())


def on_the_point(hits: list[str], clause: tuple[Word, ...], spoken: Spoken, context: Context) -> bool:
    """A clause that says part of a key point (a content word of it, in some form) as a statement:
    the trainee may have said the point in words nobody listed, so a miss is not certain.

    Precision first: such a miss is shown without points off ("I did not hear ... as such").
    A question that names the point's word ("Which station is it?") does not say the point."""
    stop = lexicon.STOPWORDS.get(context.language, frozenset()) | lexicon.STOPWORDS["en"]
    # the customer's name ("I'm sorry, Mr Lindsay" near "Lindsay tartan") addresses them
    name = addressed_as(context)
    anchors = [
        hit
        for hit in hits
        if hit.isdigit() or (len(hit) >= 4 and hit.lower() not in stop and fold(hit.lower()) not in name)
    ]
    return bool(anchors) and not in_question(clause, spoken, context.language)


# --------------------------------------------------------------------------- re-asking


def _phrase_at(tokens: list[Token], phrases: tuple[str, ...]) -> int | None:
    """Index of the earliest token where one of ``phrases`` starts (word for word, one recogniser
    slip forgiven: see :func:`slip_phrase_at`), or None."""
    best: int | None = None
    for phrase in phrases:
        found = slip_phrase_at(tokens, normalize(phrase))
        if found is not None:
            best = found if best is None else min(best, found)
    return best


STRONG_CUES = {
    "de": ("nennen sie", "sagen sie mir", "geben sie mir", "brauche", "braeuchte", "benoetige",
           "koennen sie mir", "koennten sie mir", "verraten sie", "wiederholen", "noch einmal", "nochmal",
           "noch mal", "zur sicherheit", "sicherheitshalber"),
    "en": ("tell me", "give me", "i need", "ill need", "i will need", "can i have", "could i have",
           "may i have", "could you tell", "can you tell", "could you give", "can you give", "repeat",
           "confirm your", "again", "one more time", "once more", "just to be sure", "to double check"),
}  # fmt: skip
#: The cues of :data:`STRONG_CUES` that only say "again": a request when the customer is asked,
#: the agent's own step in a first-person statement.
_AGAIN_CUES = frozenset({"noch einmal", "nochmal", "noch mal", "again", "one more time", "once more"})
#: Words that may stand with an ask word in a clause of its own ("Und Ihre Kundennummer?",
#: "Just to be sure, your name."); the second-person ones make it a request on their own.
ELLIPSIS_WORDS = {
    "de": ("und", "ihr", "ihre", "ihren", "ihrer", "die", "der", "das", "den", "bitte", "noch", "mal", "kurz"),
    "en": ("and", "your", "the", "please", "again"),
}  # fmt: skip
YOUR = {"de": ("ihr", "ihre", "ihren", "ihrer"), "en": ("your",)}
#: Words that open a question as its first word (a "?" Whisper left out does not matter then).
QUESTION_OPENINGS = {
    "de": (
        "wann",
        "wo",
        "was",
        "welche",
        "welcher",
        "welches",
        "welchen",
        "wie",
        "wer",
        "wen",
        "wem",
        "koennen",
        "koennten",
        "wuerden",
        "haben",
        "hatten",
        "darf",
        "duerfte",
        "sind",
        "waren",
    ),
    "en": (
        "what",
        "whats",
        "when",
        "where",
        "which",
        "who",
        "whos",
        "how",
        "could",
        "can",
        "would",
        "do",
        "did",
        "does",
        "may",
        "have",
        "had",
        "is",
        "was",
        "were",
    ),
}


#: Question words that may stand second, after a preposition ("In welcher ...", "At what time ...").
WH_WORDS = {
    "de": ("welche", "welcher", "welches", "welchen", "welchem", "wann", "wo", "wie", "was", "wem", "wen"),
    "en": ("what", "which", "when", "where", "who", "whom", "how"),
}


def _clause_bounds(tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    """The clause around tokens ``first``..``last``: up to the nearest comma, colon or sentence end."""
    start, end = first, last
    while start > 0 and not (tokens[start - 1].sentence_end or tokens[start - 1].comma):
        start -= 1
    while end < len(tokens) - 1 and not (tokens[end].sentence_end or tokens[end].comma):
        end += 1
    return start, end


def _elliptical_request(tokens: list[Token], first: int, last: int, language: str) -> bool:
    """The ask words stand in a clause of their own that ends the sentence ("Just to be sure,
    your name." / "Could you tell me again? Order number."): a request when the clause says
    "your"/"Ihr" or the sentence before asked or held a request cue. Whisper often drops the "?"."""
    start, end = _clause_bounds(tokens, first, last)
    if not tokens[end].sentence_end and end != len(tokens) - 1:
        return False
    extra = [t.text for t in tokens[start:first] + tokens[last + 1 : end + 1]]
    if any(word not in ELLIPSIS_WORDS[language] for word in extra):
        return False
    if any(word in YOUR[language] for word in extra):
        return True
    before = start
    while before > 0 and not tokens[before - 1].sentence_end:
        before -= 1  # the start of this sentence
    if before == 0:
        return False
    previous_start = before - 1
    while previous_start > 0 and not tokens[previous_start - 1].sentence_end:
        previous_start -= 1
    previous = tokens[previous_start:before]
    return previous[-1].question or _phrase_at(previous, STRONG_CUES[language]) is not None


def question_around(spoken: Spoken, match: Match, context: Context, punctuated: bool) -> tuple[Word, ...] | None:
    """The words of the question or request the ask word at ``match`` is part of, or None.

    A request has a request cue before the ask word ("Können Sie mir ... sagen", "could you
    give me") or a cue right after it ("... bitte", "... please"); a question ends in "?" in the
    transcript; without any punctuation in the transcript, a question word before it will do
    ("wie ist Ihre Bestellnummer"). "Mein Name ..." is never a question about the customer.
    """
    tokens = list(spoken.tokens)
    first, last = token_span(spoken, match)
    not_q = {normalize(w)[0] for w in lexicon.words_for(lexicon.NOT_A_QUESTION_BEFORE, context.language)}
    if first > 0 and tokens[first - 1].text in not_q and not tokens[first - 1].sentence_end:
        return None
    other = {normalize(w)[0] for w in lexicon.words_for(lexicon.ANOTHER_ONE, context.language)}
    if any(tok.text in other for tok in tokens[max(0, first - 2) : first]):
        return None  # "under another email", "eine andere Adresse": not the one the customer gave
    if _record_of(tokens, first, context.language):
        return None  # "Schicken Sie mir ein Foto vom Riss?": the fact is known, a record of it is asked
    start = first
    while start > 0 and first - start < context.options.question_window and not tokens[start - 1].sentence_end:
        if _ends_in_colon(tokens[start - 1]):
            break  # "Give me two minutes: the episode goes private": the request ended at the colon
        start -= 1
    before = tokens[start:first]
    end = last
    while end < len(tokens) - 1 and not tokens[end].sentence_end and end - last < 2:
        end += 1
    after = tokens[last + 1 : end + 1]
    language = context.language if context.language in STRONG_CUES else "en"
    before = tokens[start : last + 1]  # the ask phrase may carry its own cue ("wo haben Sie das gesehen")
    after_cue = _phrase_at(after, lexicon.words_for(lexicon.QUESTION_CUES_AFTER, language))
    sentence_end = last
    while sentence_end < len(tokens) - 1 and not tokens[sentence_end].sentence_end:
        sentence_end += 1
    # "Ich zahle Ihnen beide Monatsbeiträge zurück; auf welches Konto soll das gehen?": the "?"
    # after a semicolon asks the clause after it, not the statement before
    asked = tokens[sentence_end].question and not _semicolon_in(tokens[last:sentence_end])
    cues = STRONG_CUES[language]
    opening = first
    while opening > 0 and not tokens[opening - 1].sentence_end:
        opening -= 1
    if not asked and any(t.text in _AGENT_SAYS for t in tokens[opening:first]):
        # "Das schick ich Ihnen noch mal als Mail mit ihrem Namen": the agent does it again, asks nothing
        cues = tuple(c for c in cues if c not in _AGAIN_CUES)
    cue = _phrase_at(before, cues)
    sentence_start = first
    while sentence_start > 0 and not tokens[sentence_start - 1].sentence_end:
        sentence_start -= 1
    inverted = _inverted_condition(tokens, sentence_start, sentence_end)
    if not asked and tokens[sentence_start].text in QUESTION_OPENINGS.get(language, ()) and not inverted:
        asked = True  # "when exactly did the assessor come": a question, the transcript lost its "?"
    if cue is None and (asked or not punctuated):
        cue = _phrase_at(before, lexicon.words_for(lexicon.QUESTION_CUES_BEFORE, language))
    if cue is None and after_cue is None and not asked:
        if not _elliptical_request(tokens, first, last, language):
            return None
        clause_start, _ = _clause_bounds(tokens, first, last)
        return tuple(dict.fromkeys(word for token in tokens[clause_start : last + 1] for word in token.words))
    begin = start + cue if cue is not None else (start if asked else first)
    finish = last + 1 + after_cue if after_cue is not None else last
    return tuple(dict.fromkeys(word for token in tokens[begin : finish + 1] for word in token.words))


def _ends_in_colon(token: Token) -> bool:
    """The transcript puts a colon after ``token``: what came before is said and done ("Give me
    two minutes: ...")."""
    return token.words[-1].text.rstrip().endswith(":")


def _semicolon_in(tokens: Sequence[Token]) -> bool:
    """A semicolon follows one of ``tokens`` in the transcript (it parts two main clauses)."""
    return any(token.words[-1].text.rstrip("\"'»«“” ").endswith(";") for token in tokens)


def sentence_of(spoken: Spoken, match: Match) -> tuple[Word, ...]:
    """The words of the sentence ``match`` is in (the whole reply when nothing is punctuated)."""
    first, last = sentence_span(spoken, match)
    return tuple(dict.fromkeys(word for token in spoken.tokens[first : last + 1] for word in token.words))


_WH_EN = frozenset({"when", "what", "which", "where", "how", "who", "why"})


def _indirect(ask: str, language: str) -> str | None:
    """An English ask phrasing as an indirect question, without its do-support: "by when do you
    need it" as "by when you need it" ("Could you confirm by when you need it in writing?",
    hv40-236); None when there is none."""
    if language != "en":
        return None
    words = ask.split()
    for at in range(1, len(words)):
        # ("when did it stop", "what time did it stop": the wh-word right before, or one word more)
        if words[at].lower() in ("do", "does", "did") and _WH_EN & {w.lower() for w in words[max(0, at - 2) : at]}:
            return " ".join(words[:at] + words[at + 1 :])
    return None


def said_back(value: str, sentence: tuple[Word, ...], context: Context, asks: Sequence[str]) -> bool:
    """The question says the fact's value back (confirming it): all of it in a question opening
    with a question word ("What time is the meeting tomorrow?" names "tomorrow" of "tomorrow at
    9" and asks for the rest), else :func:`value_said`."""
    spoken = Spoken(sentence)
    tokens = list(spoken.tokens)
    if any_phrase_found(lexicon.words_for(lexicon.ONCE_MORE, context.language), spoken, max_gap=0, fuzzy_ratio=1.0):
        return False  # "Could you try restarting the router once more?": asked again, not confirmed
    if any(token.text in WH_WORDS.get(context.language, ()) for token in tokens[:2]):  # "Um wie viel Uhr ..."
        return any_phrase_found([value], spoken, **context.match_kwargs()) is not None
    return value_said(value, spoken, context, asks)


def value_said(value: str, spoken: Spoken, context: Context, asks: Sequence[str] = ()) -> bool:
    """The reply says the fact's value back (all of it, or for a value of several words one
    telling word of it: "Frau Shah" for "Priya Shah", "Elm Road" for "14 Elm Road"). A word of the
    value that the fact's ``asks`` use too is its unit, not the value: "Wie viel Grad haben Sie?"
    does not say "15 Grad" back."""
    if any_phrase_found([value], spoken, **context.match_kwargs()) is not None:
        return True
    parts = normalize(value)
    if len(parts) < 2:
        return False
    stop = lexicon.STOPWORDS.get(context.language, frozenset()) | lexicon.STOPWORDS["en"]
    asked = {word for ask in asks for word in normalize(ask)}
    telling = [part for part in parts if part not in stop and part not in asked and (part.isdigit() or len(part) >= 4)]
    # a value that names a time is told by its time ("in writing by Thursday": "Thursday"; "Could you
    # confirm by when you need it in writing?" asks for it again, hv40-236)
    when = {fold(w) for w in lexicon.words_for(lexicon.WHEN_WORDS, context.language)}
    timed = [part for part in telling if part.isdigit() or part in when or time_fit.is_day_word(part)]
    telling = timed or telling
    return any(any_phrase_found([part], spoken, **context.match_kwargs()) is not None for part in telling)


#: Cues that make a bare noun a request (not "noch mal" alone: "Ich prüfe noch mal den Betrag").
REQUEST_CUES = {
    "de": ("nennen sie", "sagen sie mir", "geben sie mir", "brauche", "braeuchte", "benoetige", "benoetigen",
           "koennen sie mir", "koennten sie mir", "verraten sie", "wiederholen sie", "lesen sie mir",
           "buchstabieren sie", "gehen sie mit mir"),
    "en": ("tell me", "give me", "i need", "ill need", "i will need", "id need", "can i have", "could i have",
           "may i have", "could you tell", "can you tell", "could you give", "can you give", "repeat", "read me",
           "spell", "run me through", "walk me through", "take me through", "remind me"),
}  # fmt: skip


def head_nouns(phrasings: tuple[str, ...] | list[str], language: str) -> tuple[str, ...]:
    """The nouns that question-shaped ask phrasings ask for: "welcher Betrag" / "wie hoch ist die
    Nachzahlung" -> "Betrag", "Nachzahlung" (German nouns are capitalised); "what date" -> "date"
    (an English phrasing of a question word and one word). A request for the bare noun ("Nennen
    Sie mir noch mal den Betrag") asks for the same fact."""
    wh = set(WH_WORDS.get(language, ())) | set(QUESTION_OPENINGS.get(language, ()))
    pronouns = {"sie", "ihnen", "ihr", "ihre", "ihren", "ihrer", "ihrem"}
    out: list[str] = []
    for phrasing in phrasings:
        words = phrasing.split()
        first = normalize(words[0]) if words else ()
        if len(words) < 2 or not first or first[0] not in wh:
            continue
        if language == "de":
            out += [w for w in words[1:] if w[:1].isupper() and w.lower() not in pronouns and len(w) >= 4]
        elif len(words) == 2 and len(words[1]) >= 4:
            out.append(words[1])
    return tuple(dict.fromkeys(out))


def just_given(value: str, turn: Turn, context: Context) -> bool:
    """The customer said the fact's value in this very turn's line."""
    said = customer_words(turn, context)
    return bool(said) and any_phrase_found([value], said, **context.match_kwargs()) is not None


def requested_nouns(
    asks: Sequence[str], spoken: Spoken, language: str, lemma: Callable[[str, str], str] | None = None
) -> tuple[str, ...]:
    """The nouns a request for the fact may name: :func:`head_nouns`, and a noun of the reply that
    is the head of a one-word (German) or two-word (English) ask ("die Nummer" for
    "Telefonnummer", "the number" for "phone number"). Such a head is shared by many facts
    ("Hausnummer", "Kundennummer"): the caller uses it only for the fact the customer has just
    given. A second English word that ``lemma`` (``context.resources.lemma``) turns into another
    word, not just its singular, is a verb form, not a head: "amount charged" asks for the amount,
    and "the card that was charged" asks for no amount."""
    out = list(head_nouns(list(asks), language))
    heads: set[str] = set()
    for ask in asks:
        words = normalize(ask)
        if language == "de" and len(words) == 1:
            heads.add(words[0])
        elif language == "en" and len(words) == 2 and words[0] not in WH_WORDS["en"]:
            base = lemma(words[1], language) if lemma is not None else words[1]
            if base == words[1] or words[1] in (base + "s", base + "es"):
                out.append(words[1])
    for word in spoken.words:
        text = word.text.strip(".,;:!?\"'")
        key = normalize(text)[0] if normalize(text) else ""
        noun = language == "de" and text[:1].isupper() and len(key) >= 4
        if noun and any(compound_related(key, head) and head.endswith(key) and head != key for head in heads):
            out.append(text)  # the reply's noun is the head of the ask word
    return tuple(dict.fromkeys(out))


#: A clause opening with the agent as its subject says what the agent does, it asks for nothing.
_AGENT_SAYS = frozenset({"ich", "wir", "i", "we", "ill", "ive", "im", "id"})


#: Words other than stopwords that may stand between a word for a record and the fact it records
#: ("photos of the ash and the mileage": "ash").
_RECORD_OTHERS = 2


def _record_of(tokens: Sequence[Token], first: int, language: str) -> bool:
    """A word for a record of something (:data:`lexicon.EVIDENCE`: "Foto", "copy") before
    ``first`` in the same clause: at most three words before it, or further with only stopwords
    and at most ``_RECORD_OTHERS`` other words between ("Did you take photos of the ash and the
    mileage?" asks for photos, not for the mileage)."""
    evidence = {normalize(w)[0] for w in lexicon.words_for(lexicon.EVIDENCE, language)}
    stop = lexicon.STOPWORDS.get(language, frozenset())
    others = 0
    for index in range(first - 1, max(-1, first - 8), -1):
        if tokens[index].comma or tokens[index].sentence_end:
            return False
        if tokens[index].text in evidence:
            # "send me a photo and tell me the mileage": a request of its own comes after the record
            return _phrase_at(list(tokens[index + 1 : first]), STRONG_CUES.get(language, ())) is None
        if first - index >= 3 and tokens[index].text not in stop:
            others += 1
            if others > _RECORD_OTHERS:
                return False
    return False


def _requested_noun(spoken: Spoken, match: Match, language: str) -> tuple[Word, ...] | None:
    """The sentence around a bare ask noun when it holds a request cue before the noun and no
    negation ("Nennen Sie mir bitte noch mal den Betrag", "I'll need the date again"), or None."""
    tokens = list(spoken.tokens)
    first, last = token_span(spoken, match)
    start = first
    while start > 0 and not tokens[start - 1].sentence_end and not _ends_in_colon(tokens[start - 1]):
        start -= 1
    end = last
    while end < len(tokens) - 1 and not tokens[end].sentence_end:
        end += 1
    not_q = {normalize(w)[0] for w in lexicon.words_for(lexicon.NOT_A_QUESTION_BEFORE, language)}
    other = {normalize(w)[0] for w in lexicon.words_for(lexicon.ANOTHER_ONE, language)}
    if first > 0 and (
        tokens[first - 1].text in not_q or any(t.text in other for t in tokens[max(0, first - 2) : first])
    ):
        return None
    if _record_of(tokens, first, language) or _inverted_condition(tokens, start, end):
        return None  # ("Should it need parts, we'll bring a loan mower": its "need" asks for nothing)
    negations = {normalize(w)[0] for w in lexicon.words_for(lexicon.NEGATIONS, language)} | {"not", "nicht", "kein"}
    if any(tok.text in negations for tok in tokens[start : end + 1]):
        return None
    clause = first
    while clause > start and not tokens[clause - 1].comma:
        clause -= 1
    if clause > start and tokens[clause].text in _AGENT_SAYS:
        return None  # "Geben Sie mir einen Moment, ich klär das mit dem Hotel": time asked, then the agent's step
    if _phrase_at(tokens[start:first], REQUEST_CUES.get(language, ())) is None:
        return None
    return tuple(dict.fromkeys(word for token in tokens[start : end + 1] for word in token.words))


def _someone_elses(match: Match, spoken: Spoken, key: str, asks: Sequence[str]) -> bool:
    """The asked noun belongs to someone else than the fact ``key`` names: a possessive before it
    whose owner is not in the fact's ask phrasings ("a maker's name" is not the customer's name;
    "your dog's name" is the fact "dog" when its phrasings say "dog"), or a word of several ("ein
    paar Namen", "a few names"). A genitive after it is no sign: "die Nummer des Auftrags" is theirs."""
    words = list(spoken.words)
    noun = next((i for i, w in enumerate(words) if w is match.words[-1]), None)  # the asked noun ends the ask
    if not noun:
        return False
    before = words[noun - 1].text.strip().rstrip(",.;:").lower()
    if before in _SEVERAL:
        return True  # "nennen Sie mir ein paar Namen", "a few names": other people's
    if not before.endswith(("'s", "’s", "s'")) or before in ("it's", "that's", "what's", "there's", "here's"):
        return False
    owner = normalize(before[:-2] if before.endswith(("'s", "’s")) else before[:-1])
    known = {token for ask in asks for token in normalize(ask)} | set(normalize(key.replace("_", " ")))
    return bool(owner) and not {owner[0], owner[0] + "s", owner[0].rstrip("s")} & known


def _way_to_reach(sentence: Sequence[Word], key: str, asks: Sequence[str], language: str) -> bool:
    """The sentence of the ask asks how someone can be reached ("Unter welcher Nummer erreicht er Ihre Mutter
    am besten?", "What's the best number to call you on?"): a phone number, not the fact ``key``
    unless the fact is itself a way to reach them (its key or ask phrasings name a phone or
    contact: :data:`lexicon.CONTACT_WORDS`)."""
    reach = lexicon.words_for(lexicon.REACH_VERBS, language)
    if not any(part in token for ask in asks for token in normalize(ask) for part in ("nummer", "number")):
        return False  # only a number can be two things ("Which company are you calling from?")
    texts = [normalize(w.text) for w in sentence]
    if not any(token.startswith(reach) for tokens in texts for token in tokens):
        return False
    contact = lexicon.words_for(lexicon.CONTACT_WORDS, language)
    named = [token for phrase in (key.replace("_", " "), *asks) for token in normalize(phrase)]
    return not any(contact_word in token for token in named for contact_word in contact)


def _thing_to_send(sentence: Sequence[Word], noun: str, value: str, language: str) -> bool:
    """The request (asking with ``noun``, a noun or an ask phrasing) asks the customer to send over a thing whose value names it ("Fotos von der
    Übergabe" for "Schicken Sie mir Ihre Fotos per Mail"): they said they have it, and sending it
    is the next step, not a second ask; so is a record of it (:data:`lexicon.EVIDENCE`: "Schicken
    Sie mir die Rechnung" after "85 Euro"). A value that is information ("Lerchenweg 12" for
    "Adresse") does not name the noun, so sending it again is still asked twice."""
    named = normalize(value)
    records = {normalize(w)[0] for w in lexicon.words_for(lexicon.EVIDENCE, language)}
    if not named or not (named[0] in normalize(noun) or set(normalize(noun)) & records):
        return False  # the value is the thing itself ("Fotos von ...") or one sent as a record of it
        # ("die Rechnung" for "85 Euro"), not a deed ("vet already wrote")
    send = lexicon.words_for(lexicon.SEND_VERBS, language)
    if any(token.startswith(send) or token in _ALREADY for token in named):
        return False  # "photos already sent": sending them again is asked twice
    return any(token.startswith(send) for w in sentence for token in normalize(w.text))


_ALREADY = frozenset({"already", "schon", "bereits", "sent", "wrote", "written", "geschickt", "geschrieben"})

#: Papers that carry what the customer told: "die Bestätigung mit der Uhrzeit".
_PAPERS = frozenset({"bestaetigung", "buchungsbestaetigung", "auftragsbestaetigung", "confirmation", "email", "mail",
                     "e-mail", "brief", "letter", "vertrag", "contract", "ticket"})  # fmt: skip


def _document_with(sentence: Sequence[Word], match: Match, language: str) -> bool:
    """The ask words stand after "mit"/"with" a paper or a record to be sent over ("Können Sie mir
    die Bestätigung mit der Uhrzeit weiterleiten?", hv48-007): the paper that shows the fact is
    asked for (a doubt, when set against their word: contradiction's), not the fact said again."""
    texts = [t for w in sentence if w.start < match.start for t in normalize(w.text)]
    send = lexicon.words_for(lexicon.SEND_VERBS, language)
    if not any(t.startswith(send) for w in sentence for t in normalize(w.text)):
        return False
    records = {normalize(w)[0] for w in lexicon.words_for(lexicon.EVIDENCE, language)} | _PAPERS
    tail = texts[-4:]
    joined = next((i for i in range(len(tail) - 1, -1, -1) if tail[i] in ("mit", "with")), None)
    return joined is not None and any(t in records for t in texts[: len(texts) - len(tail) + joined][-3:])


#: Words before a noun that make it several, or others': not the one thing the customer gave.
_SEVERAL = frozenset({"paar", "einige", "mehrere", "weitere", "andere", "few", "several", "other", "their"})


#: Words that say the agent asks for something a second time: "Tell me again when ...", "what
#: was the booking date again?", "Wie heißt die Stute noch mal?", "How many did you say died?".
_AGAIN = {"de": (("noch", "mal"), ("nochmal",), ("noch", "einmal"), ("nochmals",), ("erneut",), ("sagten", "sie"),
                 ("hatten", "sie", "gesagt"), ("erinnern", "sie", "mich")),
          "en": (("again",), ("once", "more"), ("one", "more", "time"), ("did", "you", "say"), ("remind", "me"))}  # fmt: skip


def _ask_lemmas(asks: Sequence[str], context: Context) -> set[str]:
    """The content words of ask phrasings (four letters or more, no stopwords), as lemmas."""
    stop = lexicon.STOPWORDS.get(context.language, frozenset()) | lexicon.STOPWORDS["en"]
    return {
        context.resources.lemma(token, context.language)
        for ask in asks
        for token in normalize(ask)
        if len(token) >= 4 and token not in stop and not token.isdigit()
    }


def _shared_ask_words(facts: Mapping[str, Any], context: Context) -> set[str]:
    """Ask words of more than one fact ("heißen" for the customer's and the horse's name): they
    cannot tell which fact a question asks for again."""
    seen: dict[str, int] = {}
    for key, fact in facts.items():
        for lemma in _ask_lemmas(lexicon.ask_words(key, context.language) + tuple(fact.ask), context):
            seen[lemma] = seen.get(lemma, 0) + 1
    return {lemma for lemma, count in seen.items() if count > 1}


def _asked_again(
    spoken: Spoken, value: str, asks: Sequence[str], shared: set[str], context: Context
) -> tuple[Match, tuple[Word, ...]] | None:
    """A question or request that says it asks again ("again", "noch mal": :data:`_AGAIN`) and
    shares a content word with one fact's ask phrasings only ("Just tell me again when your
    grandchildren are arriving" for "when do the grandkids arrive"), without saying the value back
    ("Wie war noch mal Ihre Nummer, 4711?" confirms): the agent knows it was said and asks anyway."""
    wanted = _ask_lemmas(asks, context) - shared
    if not wanted:
        return None
    cues = REQUEST_CUES.get(context.language, ())
    sentence: list[Token] = []
    for token in spoken.tokens:
        sentence.append(token)
        if not token.sentence_end and token is not spoken.tokens[-1]:
            continue
        texts = [t.text for t in sentence]
        again = any(
            tuple(texts[i : i + len(cue)]) == cue for cue in _AGAIN.get(context.language, ()) for i in range(len(texts))
        )
        asking = sentence[-1].question or _phrase_at(sentence, cues) is not None
        hits = [t for t in sentence if context.resources.lemma(t.text, context.language) in wanted or t.text in wanted]
        words = tuple(dict.fromkeys(w for t in sentence for w in t.words))
        if again and asking and hits and not value_said(value, Spoken(words), context, asks):
            said = tuple(dict.fromkeys(w for t in hits for w in t.words))
            return Match(" ".join(t.text for t in hits), said, said[0].start, said[-1].end, words), words
        sentence = []
    return None


#: "when" asked as which day: "Which day are you at home?" for "when are you home". Not "what
#: time": after a day is given, the hour is a new question ("Saturday, then; what time suits?").
_WHEN_AS = {
    "en": ("which day", "what day", "what time", "at what time"),
    "de": ("an welchem Tag", "welcher Tag", "um wie viel Uhr", "zu welcher Uhrzeit"),
}


def _when_asked_otherwise(asks: Sequence[str], language: str) -> tuple[str, ...]:
    """The trainer's ask phrasings that begin with "when" / "wann", begun with "which day", "what
    time" / "an welchem Tag", "um wie viel Uhr" instead (:data:`_WHEN_AS`): the same question about
    the same fact."""
    found: list[str] = []
    for phrasing in asks:
        first, _, rest = phrasing.partition(" ")
        if first.lower() in ("when", "wann") and rest:
            found += [f"{other} {rest}" for other in _WHEN_AS.get(language, ())]
        # "ab wann sind Sie": "ab wie viel Uhr sind Sie" (hv40-151), "from what time are you"
        second, _, tail = rest.partition(" ")
        if first.lower() in _WHEN_FROM and second.lower() in ("when", "wann") and language in _CLOCK_AS:
            # (also "ab wann" alone: "Ab wie viel Uhr hätten Sie denn am Samstag Zeit?", hv49-034)
            found.append(f"{first} {_CLOCK_AS[language]} {tail}".strip())
    return tuple(found)


#: Prepositions before "wann"/"when" that keep their sense before a clock question.
_WHEN_FROM = frozenset({"ab", "bis", "seit", "from", "until", "till", "since"})
_CLOCK_AS = {"de": "wie viel Uhr", "en": "what time"}


#: Particles that make a question about what the customer said doubt it ("denn", "wirklich", "really").
_DOUBTING = frozenset({"denn", "wirklich", "tatsaechlich", "really", "actually"})


def _reasks(context: Context, spoken: Spoken, turn: Turn) -> list[Finding]:
    facts = dict(context.facts)
    if context.step is not None and context.step.expect.no_reask is not None:
        facts = {key: fact for key, fact in facts.items() if key in context.step.expect.no_reask}
    punctuated = any(ch in w.text for w in spoken.words for ch in ".,?!")
    findings = []
    shared: set[str] | None = None
    for key, fact in facts.items():
        asks = lexicon.ask_words(key, context.language) + tuple(fact.ask)
        if not asks:
            continue
        asks += _when_asked_otherwise(asks, context.language)
        asks += tuple(indirect for ask in asks if (indirect := _indirect(ask, context.language)))
        hit: tuple[Match, tuple[Word, ...]] | None = None
        for phrasing in asks:
            matches = penalty_matches(find_phrase(phrasing, spoken, **context.penalty_match_kwargs()), context)
            if not matches and len(phrasing.split()) >= 2:
                # asked in other forms: "Wann hätten Sie denn Zeit?" for "wann haben Sie Zeit",
                # "What day would suit you?" for "what day suits", "the meeting" for "your meeting",
                # "the reference on your booking" for "booking reference"
                topic = frozenset(fold(lemma.lower()) for lemma in _ask_lemmas(asks, context)) - set(
                    normalize(phrasing)
                )
                meant = meaning_found(
                    [phrasing], spoken.words, strict=True, mood=False, topic=topic, **context.meaning_kwargs()
                )
                # (or as a request: "Give me the hire number please", hv46-200)
                asked = meant is not None and (
                    in_question(meant.match.words, spoken, context.language, indirect=True)
                    or question_around(spoken, meant.match, context, punctuated) is not None
                )
                matches = [meant.match] if asked and meant is not None else []
            for match in matches:
                if _someone_elses(match, spoken, key, asks):
                    continue  # "a maker's name on the case" asks for another name than theirs
                question = question_around(spoken, match, context, punctuated)
                said = sentence_of(spoken, match)
                doubted = question is not None and bool(_DOUBTING & {t for w in said for t in normalize(w.text)})
                if question is None or (
                    said_back(fact.value, sentence_of(spoken, match), context, asks) and not doubted
                ):
                    # not a question, or one that says the value back: confirming, not asking (unless it
                    # doubts it: "Haben Sie den Schaden denn vor der Fahrt gemeldet?")
                    continue
                if _way_to_reach(sentence_of(spoken, match), key, asks, context.language):
                    continue  # "Unter welcher Nummer erreicht er Ihre Mutter?": the phone, not the customer number
                if _thing_to_send(sentence_of(spoken, match), phrasing, fact.value, context.language):
                    continue
                if _document_with(sentence_of(spoken, match), match, context.language):
                    continue
                if hit is None or question[0].start < hit[1][0].start:
                    hit = (match, question)
        nouns = head_nouns(asks, context.language)
        if just_given(fact.value, turn, context):  # "die Nummer" right after the customer said it
            nouns = requested_nouns(asks, spoken, context.language, context.resources.lemma)
        for noun in nouns if hit is None else ():
            for match in penalty_matches(find_phrase(noun, spoken, **context.penalty_match_kwargs()), context):
                if _someone_elses(match, spoken, key, asks):
                    continue
                question = _requested_noun(spoken, match, context.language)
                if question is None or value_said(fact.value, Spoken(sentence_of(spoken, match)), context, asks):
                    continue
                if _way_to_reach(sentence_of(spoken, match), key, asks, context.language):
                    continue
                if _thing_to_send(sentence_of(spoken, match), noun, fact.value, context.language):
                    continue  # "Schicken Sie mir Ihre Fotos": the photos they have, not what they told
                if _document_with(sentence_of(spoken, match), match, context.language):
                    continue
                if hit is None or question[0].start < hit[1][0].start:
                    hit = (match, question)
        if hit is None:
            if shared is None:  # once per reply, and only when a fact is not re-asked in its own words
                shared = _shared_ask_words(facts, context)
            hit = _asked_again(spoken, fact.value, asks, shared, context)
        if hit is None:
            continue
        match, question = hit
        named = _named_as_known(key, fact.ask, turn, context)
        findings.append(
            make_finding(
                context,
                "not_listening",
                severity="major",
                skill="listening",
                start=question[0].start,
                end=question[-1].end,
                evidence={
                    "reason": "reasked",
                    "fact": key,
                    "value": fact.value,
                    "words": words_json(question),
                    "ask": match.phrasing,
                    "ask_words": match.to_json(),
                    "fact_named": named,
                },
                values={
                    "said": plain(question),
                    **fact_forms(key if named else "", context.language, lexicon.ASK_ALIASES.get(key)),
                },
            )
        )
    if not findings:
        findings += _asked_again_of_the_line(spoken, turn, context)
    if not findings:
        findings += _asked_when_or_where_they_said(spoken, turn, context)
    return findings


#: Question words that ask when, and where: the customer's sentence may already answer them.
_ASKS_WHEN = {
    "de": (("wann",), ("wie", "viel", "uhr"), ("welche", "uhrzeit"), ("welcher", "tag"), ("welchem", "tag"),
           ("welches", "datum")),
    "en": (("when",), ("what", "time"), ("what", "day"), ("which", "day"), ("what", "date")),
}  # fmt: skip
_ASKS_WHERE = {"de": (("wo",), ("woher",), ("wohin",)), "en": (("where",),)}


def _has_cue(tokens: Sequence[str], cues: Sequence[tuple[str, ...]]) -> bool:
    """One of ``cues`` (folded words in order) stands in ``tokens``."""
    return any(tuple(tokens[i : i + len(c)]) == c for c in cues for i in range(len(tokens)))


#: How far into the asking clause its question word may stand ("Can you tell me where ...").
_WH_OPENING = 5
#: Words that ask the customer to choose: a new question, whatever they said before.
_CHOICE = {
    "de": (("passt",), ("passen",), ("lieber",), ("moechten",), ("wuenschen",), ("waere", "ihnen"), ("am", "besten")),
    "en": (("suit",), ("suits",), ("prefer",), ("would", "you", "like"), ("best", "for", "you"), ("works", "for")),
}  # fmt: skip
#: Content words a question must share with one sentence of the customer's to ask about it.
_SHARED_FOR_REASK = 2


def _line_sentences(line: Sequence[Word], language: str) -> list[list[Word]]:
    """The customer's line cut into sentences at ".", "!" and "?": "case GR 81 06. I paid" ends
    one after the number, "Am 18. Mai" (a number before a calendar word) does not."""
    calendar = frozenset(lexicon.words_for(lexicon.WHEN_WORDS, language))
    sentences: list[list[Word]] = [[]]
    for w, after in zip(line, [*line[1:], None]):
        sentences[-1].append(w)
        ends = w.text.rstrip().endswith((".", "!", "?"))
        date = after is not None and w.text.rstrip(".")[-1:].isdigit() and set(normalize(after.text)) & calendar
        if ends and not date:
            sentences.append([])
    return [sentence for sentence in sentences if sentence]


def _asked_when_or_where_they_said(spoken: Spoken, turn: Turn, context: Context) -> list[Finding]:
    """A question when or where something is ("What day and time is your hospital appointment?",
    "Wo und wann wurde er geboren?") that shares :data:`_SHARED_FOR_REASK` content words with one
    sentence of the customer's line which gives that very thing ("I need it on Thursday for my
    hospital appointment at half past ten": a day or time, :func:`says_when`; "born in Kraków": a
    capitalised place after "in"), and does not say it back. The scenario lists no fact for it;
    the message names "a detail" and quotes their sentence."""
    line = customer_words(turn, context)
    if not line:
        return []
    lang = context.language
    stop = lexicon.STOPWORDS.get(lang, frozenset()) | lexicon.STOPWORDS["en"]

    def content(words: Sequence[Word]) -> set[str]:
        # one word each ("great-grandfather" is one thing), as lemmas
        joined = ("".join(t for t in normalize(w.text) if t not in stop) for w in words)
        return {context.resources.lemma(t, lang) for t in joined if len(t) >= 4}

    sentences = _line_sentences(line, lang)
    question: list[Word] = []
    for word in spoken.words:
        question.append(word)
        if not word.text.rstrip().endswith((".", "!", "?")) and word is not spoken.words[-1]:
            continue
        asked, question = question, []
        if not asked[-1].text.rstrip().endswith("?"):
            continue
        # the question word opens the asking clause ("Sometimes when people force the door – did
        # anyone try?" asks no "when"); a choice of theirs is new ("What time suits you best?")
        tokens = [t for w in _asking_clause(asked) for t in normalize(w.text)]
        if _has_cue(tokens, _CHOICE.get(lang, ())):
            continue
        opening = tokens[:_WH_OPENING]
        when, where = _has_cue(opening, _ASKS_WHEN.get(lang, ())), _has_cue(opening, _ASKS_WHERE.get(lang, ()))
        if not (when or where) or any(ch.isdigit() for w in asked for ch in w.text):
            continue
        # "When on Thursday is it?" names the day itself: confirming part, precision first (the
        # question's own "what day", "welche Uhrzeit" name none)
        cue_words = {t for table in (_ASKS_WHEN, _ASKS_WHERE) for cue in table.get(lang, ()) for t in cue}
        if when and says_when(Spoken([w for w in asked if not set(normalize(w.text)) <= cue_words]), lang):
            continue
        mine = content(asked)
        for sentence in sentences:
            shared = mine & content(sentence)
            if len(shared) < _SHARED_FOR_REASK:
                continue
            said = Spoken(sentence)
            gives_when = when and says_when(said, lang)
            gives_where = where and any(
                normalize(a.text)[:1] in (["in"], ["aus"], ["from"]) and b.text[:1].isupper()
                for a, b in zip(sentence, sentence[1:])
            )
            if not (gives_when or gives_where):
                continue
            value = plain(sentence).rstrip(".!?")
            return [_detail_reasked(context, asked, value, " ".join(sorted(shared)))]
    return []


def _asked_again_of_the_line(spoken: Spoken, turn: Turn, context: Context) -> list[Finding]:
    """A question that says it asks again ("noch mal", "again": :data:`_AGAIN`) about a content
    word of the customer's own line, where the scenario lists no fact for it ("Wann genau ist die
    Regatta noch mal?" after "Am 18. Mai ist die Regatta"); saying a number back confirms. The
    message names "a detail" (the quote shows which)."""
    line = customer_words(turn, context)
    if not line:
        return []
    said = plain(line)
    hit = _asked_again(spoken, "", (said,), set(), context)
    if hit is None or any(ch.isdigit() for w in hit[1] for ch in w.text):
        return []
    match, question = hit
    # the last clause asks, with a question word, the word and "again" in it ("..., oder der Shop
    # schickt es noch mal raus – was wäre Ihnen lieber?" sends again and asks something else)
    clause = _asking_clause(question)
    asking = [t for w in clause for t in normalize(w.text)]
    # (the words asked about stand in the asking clause, or in what it is for after it: "..., so
    # the manager can ring?")
    purpose = [t for w in question if w.start > clause[-1].start for t in normalize(w.text)] if clause else []
    again = _has_cue(asking, _AGAIN.get(context.language, ()))
    asked_about = set(normalize(match.phrasing))
    if not (again and set(asking) & _WH and asked_about <= set(asking) | set(purpose) and asked_about & set(asking)):
        return []
    # what the customer had said: their sentence with the word asked about ("Am 18. Mai ist die Regatta")
    asked = set(normalize(match.phrasing))
    sentences = [plain(sentence) for sentence in _line_sentences(line, context.language)]
    value = next((x for x in sentences if asked & set(normalize(x))), said).rstrip(".!?")
    return [_detail_reasked(context, question, value, match.phrasing, match.to_json())]


def _asking_clause(question: Sequence[Word]) -> Sequence[Word]:
    """The last clause of a question (after its last comma, colon or dash): the part that asks; a
    last clause that only says what for ("..., so the manager can ring?", "..., damit er anrufen
    kann?") leaves the clause before it as the one that asks."""
    cuts = [i + 1 for i, w in enumerate(question[:-1]) if w.text.rstrip().endswith((",", ";", ":", "–", "—"))]
    cut = max(cuts, default=0)
    if cut and normalize(question[cut].text)[:1] in (("so",), ("damit",), ("sodass",)):
        before = [c for c in cuts if c < cut]
        return question[max(before, default=0) : cut]
    return question[cut:]


def _detail_reasked(
    context: Context, question: Sequence[Word], value: str, ask: str, ask_words: object = None
) -> Finding:
    """A re-ask of a detail the scenario lists no fact for: ``question`` asked what the
    customer's sentence ``value`` had said; ``ask`` names the shared words."""
    evidence: dict[str, object] = {
        "reason": "reasked",
        "fact": "",
        "value": value,
        "words": words_json(question),
        "ask": ask,
        "fact_named": False,
    }
    if ask_words is not None:
        evidence["ask_words"] = ask_words
    return make_finding(
        context,
        "not_listening",
        severity="major",
        skill="listening",
        start=question[0].start,
        end=question[-1].end,
        evidence=evidence,
        values={"said": plain(question), **fact_forms("", context.language, None)},
    )


def _named_as_known(key: str, asks: Sequence[str], turn: Turn, context: Context) -> bool:
    """Whether the re-ask message may name the fact by its known name (:func:`fact_forms`: "der
    Bestellnummer"): the scenario calls it so too, in the fact's ask phrasings or the customer's
    line, or gives no ask phrasings of its own. A scenario that says "Auftragsnummer" for the key
    ``order_number`` gets the neutral "einer Angabe" / "a detail" (the quote shows which)."""
    forms = fact_forms(key, context.language, lexicon.ASK_ALIASES.get(key))
    if forms == fact_forms("", context.language) or not asks:
        return True
    noun = " ".join(normalize(forms["fact_nom"])[1:])  # "Ihre Bestellnummer" -> "bestellnummer"
    scenario = " ".join((*asks, plain(customer_words(turn, context))))
    return bool(noun) and noun in " ".join(normalize(scenario))


# --------------------------------------------------------------------------- generic


def content_tokens(words: tuple[Word, ...] | list[Word], language: str) -> list[str]:
    """Tokens that carry content (no stop words), plus adjacent pairs joined ("Bestell-Nummer")."""
    stop = lexicon.STOPWORDS.get(language, frozenset()) | lexicon.STOPWORDS["en"]
    texts = [tok.text for tok in tokens_of(words)]
    content = [t for t in texts if t not in stop and (t.isdigit() or len(t) >= 3)]
    joined = [
        a + b for a, b in zip(texts, texts[1:]) if a.isalpha() and b.isalpha() and a not in stop and b not in stop
    ]
    return content + joined


def _generic(context: Context, turn: Turn, words: tuple[Word, ...]) -> list[Finding]:
    options = context.options
    heard = content_tokens(customer_words(turn, context), context.language)
    reference = list(heard)
    for fact in context.facts.values():
        reference.extend(normalize(fact.value))
    if len(set(heard)) < options.generic_min_customer_words:
        return []
    said = content_tokens(words, context.language)
    if any(
        token_match(ref, tok, options.fuzzy_ratio) or compound_related(ref, tok) for tok in said for ref in reference
    ):
        return []  # the same word, a slip of it, or a compound of it ("Code" for "Abholcode")
    return [
        make_finding(
            context,
            "not_listening",
            severity="minor",
            skill="listening",
            start=words[0].start,
            end=words[-1].end,
            evidence={"reason": "generic", "customer_content": sorted(set(heard))[:12], "reply_content": said[:12]},
        )
    ]


def analyze(turn: Turn, context: Context) -> list[Finding]:
    words = reply_words(turn, context)
    if not words:
        return []
    spoken = Spoken(words)
    reasked = _reasks(context, spoken, turn)
    # a re-ask is already the question's finding: it does not make a miss certain too
    missed, met = _missed_points(context, spoken, turn, reasked=bool(reasked))
    findings = missed + reasked + _emotion(turn, context, spoken, bool(reasked)) + _time_conflict(turn, context, words)
    findings += _refused_person(turn, context, words) + _refused_means(turn, context, words)
    has_points = context.step is not None and bool(context.step.expect.key_points)
    if not has_points and not met and not reasked:
        findings += _generic(context, turn, words)
    return findings


def steps_hold(steps: object, starts: Collection[float]) -> bool:
    """Every own step left (``steps``: a missed point's ``other_steps``, [start, end] spans in
    seconds) holds a word starting at one of ``starts`` (the costing finding's words): each step
    is the argument or avoid phrase itself, none the point in other words. False without steps."""
    spans = steps if isinstance(steps, list) else []
    return bool(spans) and all(any(a <= s <= b for s in starts) for a, b in spans)


def met_only_in_argument(
    turn: Turn,
    context: Context,
    avoided: Sequence[Collection[tuple[float, float]]],
    taken_back: Sequence[Collection[tuple[float, float]]] = (),
) -> list[Finding]:
    """Missed-point findings (major, variant ``missed_point_instead``) for the key points about
    the matter that the reply meets only inside the clause of a costing avoid phrase that takes
    the point back (``avoided``: per costing avoid-phrase finding, the (start, end) in seconds of
    its words; judge.py passes them).

    An avoid phrase takes a point back when it holds a negation ("Eine Leihmaschine kann ich
    Ihnen nicht zusagen", "I can't guarantee a day this week") or is itself the point's words
    ("It should be ready some time next week" for the point "before Sunday"): the words are
    there, but said as the very thing the trainer listed to avoid, so the customer does not get
    the point. The seed articles ask for the solution in place of the defence, not inside it. An
    avoid phrase that only frames the point ("aus Kulanz schreiben wir Ihnen das gut") leaves it
    given. ``taken_back``: the words of findings that take back whatever they name (only part of
    the money: "I can only do a partial refund"). A point of a class (an apology, an
    acknowledgement) is left alone: its words mean the same in any clause. Precision first: the
    miss is judged on the reply without those clauses, and only a miss that is certain there (or
    has no other step of the agent's left that could say it) is reported; the message quotes the
    clause that was said instead."""
    if context.step is None or not (avoided or taken_back):
        return []
    words = reply_words(turn, context)
    negations = frozenset(lexicon.words_for(lexicon.NEGATIONS, context.language))
    pieces = clauses(words, context.resources, context.language)
    met_in: dict[str, list[Word]] = {}
    rest_of: dict[str, Spoken] = {}
    for point, phrasings in context.step.expect.key_points.items():
        if point_class(phrasings, context.language) is not None:
            continue
        inside: list[list[Word]] = []
        for number, spans in enumerate([*taken_back, *avoided]):
            phrase = [w for w in words if (w.start, w.end) in spans]
            back = number < len(taken_back) or any(
                p.text in negations for piece in pieces for p in piece if (p.word.start, p.word.end) in spans
            )
            # (the phrase itself names the time: "working days" for a point about when, offered or not)
            names_it = _point_met(phrasings, context, Spoken(phrase)) or (
                when_point(phrasings, context.language) and says_when(Spoken(phrase), context.language)
            )
            if not phrase or not (back or names_it):
                continue
            inside += [
                list({id(p.word): p.word for p in piece}.values())  # a word split in pieces ("can't") once
                for piece in pieces
                if any((p.word.start, p.word.end) in spans for p in piece)
            ]
        if taken_back and inside and cost_point(phrasings) and _point_met(phrasings, context, Spoken(words)):
            # only part of the money given: a point of paying nothing is turned down by it, wherever
            # its words stand ("Die Wohnung reinigen wir, für das Sofa müssten Sie aber selbst ...")
            met_in[point], rest_of[point] = inside[0], Spoken([])
            continue
        taken = {id(w) for clause in inside for w in clause}
        rest = Spoken([w for w in words if id(w) not in taken])
        if rest.words and _point_met(phrasings, context, rest):
            continue
        said = next((c for c in inside if _point_met(phrasings, context, Spoken(c))), None)
        if said is not None:
            met_in[point], rest_of[point] = said, rest
    starts = {start for spans in [*taken_back, *avoided] for start, _ in spans}
    findings = []
    for point, clause in met_in.items():
        rest = rest_of[point]
        # with nothing else said, no other words could be the point; else judge the rest as a reply
        if rest.words and not any(
            f.evidence.get("point") == point
            and (f.penalty > 0 or f.evidence.get("no_other_step") or steps_hold(f.evidence.get("other_steps"), starts))
            for f in _missed_points(context, rest, turn)[0]
        ):
            continue
        phrasings = context.step.expect.key_points[point]
        quote = plain(clause).strip(" .,;:!?")
        findings.append(
            make_finding(
                context, "not_listening", severity="major", skill="listening", start=words[0].start,
                end=words[-1].end, variant="missed_point_instead",
                evidence={"reason": "missed_point", "point": point, "phrasings": list(phrasings),
                          "met_in_argument": True, "instead": quote},
                values={"point": point.replace("_", " "), "example": phrasings[0], "instead": quote,
                        "examples": alternatives(phrasings[:2], context.language)},
            )
        )  # fmt: skip
    return findings


def _refused_person(turn: Turn, context: Context, words: Sequence[Word]) -> list[Finding]:
    """One ``refused_person`` finding when the reply sends someone the customer ruled out in this
    line ("Und bitte nicht wieder Herr Stoll" -> "Herr Stoll kommt morgen um 7 Uhr"), or none
    (:func:`grammar.sends_refused`)."""
    refused = grammar.refused_people(customer_words(turn, context), context.language, context.customer_name)
    return _ruled_out_said(
        "refused_person", grammar.sends_refused(words, context.resources, context.language, refused), context
    )


def _refused_means(turn: Turn, context: Context, words: Sequence[Word]) -> list[Finding]:
    """One ``refused_means`` finding when the reply offers a way of sending or paying the customer
    ruled out in this line ("And don't send a cheque" -> "We'll send you a cheque by post"), or
    none (:func:`grammar.offers_refused_means`)."""
    refused = grammar.refused_means(customer_words(turn, context), context.resources, context.language)
    sent = grammar.offers_refused_means(words, context.resources, context.language, refused)
    return _ruled_out_said("refused_means", sent, context)


def _ruled_out_said(reason: str, said: tuple[grammar.Found, str] | None, context: Context) -> list[Finding]:
    """The finding for what the reply said that the customer ruled out (``said``: the words found
    and the customer's sentence), or none."""
    if said is None:
        return []
    found, sentence = said
    evidence = {"reason": reason, "said": found.match.text, "limit": sentence, "words": found.match.to_json()}
    return [_against_their_words(context, found.match.start, found.match.end, evidence)]


#: The reasons that quote what the reply said against the customer's own words (their time, the
#: person or the way they ruled out): a certain miss, and one fault with an avoid phrase in it.
AGAINST_THEIR_WORDS = ("time_conflict", "time_refused", "refused_person", "refused_means")


def _against_their_words(context: Context, start: float, end: float, evidence: dict[str, Any]) -> Finding:
    """A major ``not_listening`` finding for what the reply says against the customer's own
    words (``evidence``: its reason, "said" and the customer's sentence as "limit"), ``start`` to
    ``end`` in seconds."""
    return make_finding(
        context, "not_listening", severity="major", skill="listening", start=start, end=end, evidence=evidence
    )


def _sentences_of(words: Sequence[Word], spans: set[tuple[float, float]]) -> set[tuple[float, float]]:
    """The (start, end) of every word in a sentence of ``words`` (:func:`_sentences`) that holds a
    word whose span is in ``spans``."""
    return {
        (w.start, w.end)
        for sentence in _sentences(words)
        if any((w.start, w.end) in spans for w in sentence)
        for w in sentence
    }


def _time_conflict(turn: Turn, context: Context, words: Sequence[Word]) -> list[Finding]:
    """One ``time_conflict`` finding for the first offered time that breaks a limit the customer
    set in this line (:mod:`time_fit`), or a deadline the trainer declared as a fact asked "bis
    wann brauchen Sie" (:func:`time_fit.declared_deadlines`), or none. A limit of being away at a
    place does not hold for an offer to bring it there (:func:`time_fit.away_places`)."""
    customer = customer_words(turn, context)
    # a fact the trainer asks for as a deadline ("bis wann brauchen Sie": "Donnerstag um 10 Uhr")
    declared = [
        limit
        for fact in context.facts.values()
        if time_fit.asks_for_deadline(fact.ask)
        for limit in time_fit.declared_deadlines(fact.value, customer)
    ]
    # "Mittwoch gegen vier liefert unser Fahrer das Original auf der Baustelle ab" for "Ich bin bis
    # 17 Uhr auf der Baustelle": brought to where they are
    said = {t.text for t in tokens_of(words)}
    told = time_fit.limits(customer)
    limits = [limit for limit in told + declared if not time_fit.away_places(limit) & said]
    # their time turned down and another named ("Freitags sind wir leider voll, am Wochenende ...")
    refusal = time_fit.refused_time(words, customer, told)
    if not limits:
        return _time_refused(context, refusal)
    offered = time_fit.offers(words, customer, told)
    broken = time_fit.breaking(limits, offered)
    if broken is not None and context.step is not None and context.step.expect.accept_no:
        # the time of the refused extra pressed again ("Die Reinigung am Sonntagabend würde ich
        # Ihnen trotzdem mit reinnehmen", hv48-146) is pushed_after_no's finding, no slot offered
        # (asked only once a time breaks a limit: the push analyzer runs on its own as well)
        pushed = [w for f in pushed_after_no.analyze(turn, context) for w in f.evidence.get("words", ())]
        sentences = _sentences_of(words, {(w["start"], w["end"]) for w in pushed if isinstance(w, dict)})
        offered = [o for o in offered if not all((w.start, w.end) in sentences for t in o.tokens for w in t.words)]
        broken = time_fit.breaking(limits, offered)
    if broken is not None:
        limit, offer = broken
        said = tuple(dict.fromkeys(w for tok in offer.tokens for w in tok.words))
        evidence = {
            "reason": "time_conflict",
            "said": offer.said(),
            "limit": limit.sentence.rstrip(".! "),
            "words": words_json(said),
        }
        if refusal is not None:
            evidence["refusal"] = refusal.said()  # the contradiction it also is (judge's refusal step)
        # a day outside theirs breaks it at any hour ("am Mittwoch um 9 Uhr" for "am Dienstag oder
        # Donnerstag"): only the day's words decide, and only they may make it a mishearing
        if offer.hours is not None and time_fit.breaking([limit], [replace(offer, hours=None)]) is not None:
            deciding = [w for w in said if not _clock_word(w)]
            if deciding:
                evidence["deciding"] = words_json(deciding)
        return [_against_their_words(context, said[0].start, said[-1].end, evidence)]
    return _time_refused(context, refusal)


#: Words of a clock time: the hour, its fraction and its glue ("um 9 Uhr", "at half nine").
_CLOCK_WORDS = frozenset({"um", "uhr", "at", "oclock", "halb", "half", "viertel", "quarter", "past", "to", "nach",
                          "vor", "am", "pm", "gegen", "around", "about"})  # fmt: skip


def _clock_word(word: Word) -> bool:
    """``word`` only says the clock time: a number or a word of :data:`_CLOCK_WORDS`."""
    texts = normalize(word.text)
    return bool(texts) and all(t[:1].isdigit() or t in _CLOCK_WORDS for t in texts)


def _time_refused(context: Context, refusal: time_fit.Refusal | None) -> list[Finding]:
    """One ``time_refused`` finding where the reply turns down the time the customer asked for and
    names another (:func:`time_fit.refused_time`) but no offer was found to break a limit of theirs
    (none read, or the limit said in words the limits do not read: "Es muss ein Freitagnachmittag
    sein"); else none."""
    if refusal is None:
        return []
    said = tuple(dict.fromkeys(w for tok in refusal.tokens for w in tok.words))
    evidence = {
        "reason": "time_refused",
        "said": refusal.said(),
        "limit": refusal.told.rstrip(".! "),
        "refusal": refusal.said(),
        "words": words_json(said),
    }
    return [_against_their_words(context, said[0].start, said[-1].end, evidence)]
