"""contradiction: the trainee contradicts the customer head-on.

``phrase``: "das stimmt nicht", "da irren Sie sich", "that's not true", "you're wrong", ...
(never across a comma, so "Das stimmt, nicht wahr?" is agreement). ``but_opening`` (minor): the
reply opens with "aber"/"ja, aber"/"but" after an objection or a complaint ("Aber gern" is not one),
or with a short acknowledgement taken back by "but" ("I hear you, but our staff checked the car";
"but I'll ..." is the agent's next step, not a rebuttal); never after a no to an offer, where
the "but" pushes the offer (``pushed_after_no``). Blaming the customer ("You should have checked
...", "Sie hätten vorher anrufen können") is a ``phrase`` (major).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from voicecoach.core.analyzers import avoid_phrase, grammar, lexicon
from voicecoach.core.analyzers._common import customer_words, make_finding, reply_words, timing, words_json
from voicecoach.core.analyzers.options import Context
from voicecoach.core.meaning import meaning_found
from voicecoach.core.result import Finding
from voicecoach.core.text import (
    Match,
    Spoken,
    Token,
    any_phrase_found,
    find_phrase,
    fold,
    has_run,
    normalize,
    plain,
    tokens_of,
    words_of_text,
)
from voicecoach.core.timeline import Turn, Word


def _same_sentence(words: Sequence[Word], first: float, second: float) -> bool:
    """No sentence ends between the words starting at ``first`` and ``second`` (seconds)."""
    low, high = min(first, second), max(first, second)
    return not any(low <= w.start < high and w.text.rstrip().endswith((".", "!", "?")) for w in words)


def _objection(turn: Turn, context: Context) -> bool:
    step = context.step
    if step is not None and (step.expect.accept_no or step.emotion in ("annoyed", "angry", "sceptical", "sad")):
        return True
    said = customer_words(turn, context)
    if any_phrase_found(context.words("objection_words"), said, max_gap=0) is not None:
        return True
    return any_phrase_found(context.words("complaint_words"), said, **context.match_kwargs()) is not None


def _complaint(turn: Turn, context: Context) -> bool:
    """The customer complains (upset, or the scenario's complaint words in their line), not a
    sales "no": what :func:`grammar.remedy_billed` needs, since a price with a "but" in a sales
    turn is an offer."""
    step = context.step
    if step is not None and step.expect.accept_no:
        return False
    if step is not None and step.emotion in _UPSET:
        return True
    said = customer_words(turn, context)
    return any_phrase_found(context.words("complaint_words"), said, **context.match_kwargs()) is not None


#: The moods of a customer who is upset: the remedy refused is a no to them, not a house rule met.
_UPSET = ("annoyed", "angry", "sad")


def _yes_but(tokens: list, context: Context) -> int | None:
    """Index of the "but" of a "yes, but" rebuttal in the first sentence, or None.

    A short acknowledgement ("I hear you", "Das verstehe ich", "Yes, sir") then "but"/"aber",
    and after it not the agent's own next step ("but I'll ...", "aber ich ..."): the "but" takes
    the acknowledgement back and turns to the customer's fault or the rules.
    """
    but = {"de": "aber", "en": "but"}.get(context.language, "but")
    texts = [tok.text for tok in tokens]
    if but not in texts[:6]:
        return None
    at = texts.index(but)
    if at == 0 or any(tok.sentence_end for tok in tokens[:at]) or not tokens[at - 1].comma:
        return None
    before = tuple(texts[:at])
    names = {normalize(n)[-1] for n in (context.customer_name or "").split()} | {"sir", "maam", "madam"}
    while before and before[-1] in names:
        before = before[:-1]  # "Yes, sir, but", "Ja, Herr Kowalski, aber"
    while before and before[-1] in ("herr", "frau", "mr", "mrs", "ms"):
        before = before[:-1]
    openers = {normalize(p) for p in lexicon.words_for(lexicon.ACK_BEFORE_BUT, context.language)}
    if before not in openers:
        return None
    after = at + 1
    while after < len(texts) - 1 and texts[after] in ("technically", "honestly", "actually", "ehrlich", "eigentlich"):
        after += 1  # "but technically I can ...": the agent's own step still
    following = texts[after] if after < len(texts) else ""
    own = set(lexicon.words_for(lexicon.BUT_OWN_STEP, context.language))
    agreeing = {normalize(w)[0] for w in context.words("but_agreeing")}
    if not following or following in own or following in agreeing:
        return None
    return at


#: German articles and possessives before a noun subject: "die Künstlerin", "unser Fahrer".
_ARTICLES_DE = frozenset({"der", "die", "das", "unser", "unsere", "ihr", "ihre", "mein", "meine"})


def _raw_upper(token: Token) -> bool:
    """The token was said with a capital (a German noun)."""
    return bool(token.words) and token.words[0].text[:1].isupper()


def _blame(tokens: list, context: Context, customer: Sequence[Word] = ()) -> tuple[int, int] | None:
    """First and last token of blaming the customer: "you should have checked/read/...", "Sie
    hätten (aber auch vorher) anrufen können/müssen/sollen" in one clause (negated only with
    "sollen": "nicht ... müssen/können" says they need not have); None if there is none.
    ``customer``: their line, for what they were refused (:func:`_refused_them`)."""
    texts = [tok.text for tok in tokens]
    if context.language == "en":
        adverbs = ("really", "just", "probably", "maybe", "perhaps", "also", "definitely", "actually", "honestly")
        adverbs += ("clearly", "obviously", "ideally")
        ideally = "ideally" in texts  # "ideally you'd have checked those first"
        modals = ("should", "shouldve", "would", "wouldve", "d") if ideally else ("should", "shouldve")
        # "You could have chased us before the 15th": what they might have done to reach us (hv39-257)
        modals = (*modals, "could", "couldve")
        theirs = set(lexicon.words_for(lexicon.THEIR_SIDE, "en"))
        for i in range(len(texts) - 2):
            if texts[i] == "youd" and ideally:  # "you'd" as one token
                modal = i
            elif texts[i] == "your" and texts[i + 1] in theirs and texts[i + 2] in modals:
                modal = i + 2  # "your husband should have mentioned it": their side
            elif texts[i] == "you":
                modal = i + 1
                while modal < len(texts) - 1 and texts[modal] in adverbs:
                    modal += 1  # "you really should have checked it"
                if texts[modal] not in modals:
                    continue
            else:
                continue
            at = modal + 1
            while at < len(texts) and texts[at] in adverbs:
                at += 1  # "you should really have checked it"
            if texts[modal] in ("should", "would", "d", "youd", "could"):
                if at >= len(texts) or texts[at] != "have":
                    continue
                at += 1
            verb = texts[at] if at < len(texts) else ""
            if texts[modal] in ("could", "couldve") and not {"us", "me"} & set(texts[at + 1 : at + 3]):
                continue  # "you could have been hurt", "you could have lost it": what might have been
            if verb == "had" and _had_a_thing(texts[at + 1 : at + 4]):
                return i, at  # "you really should have had a backup": what they lacked
            if verb in lexicon.NOT_BLAME_AFTER_SHOULD_HAVE:
                continue
            if (verb.endswith("ed") and len(verb) > 4) or verb in lexicon.BLAME_PARTICIPLES:
                return i, at
        return None
    if context.language != "de":
        return None
    theirs_de = set(lexicon.words_for(lexicon.THEIR_SIDE, "de"))  # people on the customer's side
    for i, text in enumerate(texts):
        if text not in ("haetten", "haette"):
            continue
        start = i
        end = i
        while end < len(texts) - 1 and not (tokens[end].sentence_end or tokens[end].comma):
            end += 1
        while start > 0 and not (tokens[start - 1].sentence_end or tokens[start - 1].comma):
            start -= 1
        clause = texts[start : end + 1]
        # "Ihr Verein hätte das beanstanden müssen": someone on their side (not "ihr" of a third person)
        side = any(
            texts[j] in ("ihr", "ihre") and texts[j + 1] in theirs_de and tokens[j].words[0].text.startswith("Ihr")
            for j in range(start, end)
        )
        # (formal "Sie" takes "hätten": "die Künstlerin hätte sie malen müssen" is ours owning it, hv53-071)
        # ("Eigentlich hätte sie aber auch bei uns anrufen können": "sie" next to "hätte" is the one
        # who should have, hv26-045)
        # (a noun said as the subject before it: "die Künstlerin hätte sie malen müssen", hv53-071)
        noun_first = i >= 2 and texts[i - 2] in _ARTICLES_DE and _raw_upper(tokens[i - 1])
        you = "sie" in clause and (text == "haetten" or ("sie" in texts[max(0, i - 1) : i + 2] and not noun_first))
        if not (you or side) or clause[-1] not in ("koennen", "muessen", "sollen") or len(clause) < 4:
            continue
        if {"wir", "ich", "man"} & set(clause):
            continue  # "da hätten wir / hätte man Sie längst anrufen müssen": the agent owns the failure
        verb = clause[-2]
        # (receiving in a compound: "Sie hätten ihn heil zurückbekommen müssen" is our debt, hv46-120)
        receiving = verb.endswith(("bekommen", "erhalten", "kriegen"))
        if verb in lexicon.NOT_BLAME_BEFORE_MODAL or receiving or not verb.endswith(("en", "ern", "eln")):
            continue
        if clause[-1] in ("koennen", "muessen") and any(t in grammar.NEGATIONS for t in clause):
            continue  # "Sie hätten nicht dreimal anrufen müssen / das nicht wissen können": sympathy
        # a state they were owed, right after our regret: "Das bedauere ich sehr, Ihre Leute hätten
        # im Trockenen sitzen sollen" (hv50-091); not with a word that sets their act against it
        # ("..., Sie hätten lieber vorne sitzen sollen")
        regret = {"bedauere", "bedauern", "leid", "entschuldigung", "entschuldigen", "sorry"} & set(texts[:start])
        if verb in _STATES_OWED and regret and not set(clause) & _THEIR_CHOICE:
            continue
        if regret and not set(clause) & _THEIR_CHOICE and _refused_them(verb, customer):
            continue  # "Es tut mir leid ..., Sie hätten fahren müssen" for "fahre das Boot nicht" (hv51-100)
        return start, end
    return None


def _refused_them(verb: str, customer: Sequence[Word]) -> bool:
    """The customer's line says they were refused what ``verb`` (a folded German infinitive) names:
    a clause of theirs with a word of its stem and a negation ("unter 24 Leuten fahre das Boot
    nicht" for "fahren"). Then "Sie hätten fahren müssen" says what they were owed."""
    stem = verb[:-2] if verb.endswith("en") else verb[:-1]
    if len(stem) < 3:
        return False
    clause: list[str] = []
    for word in customer:
        clause.extend(normalize(word.text))
        if word.text.rstrip().endswith((".", ",", ";", "!", "?")):
            if any(t.startswith(stem) for t in clause) and set(clause) & grammar.NEGATIONS:
                return True
            clause = []
    return any(t.startswith(stem) for t in clause) and bool(set(clause) & grammar.NEGATIONS)


#: Things one receives from us: "you should have had an email" is our expectation, not blame.
#: States someone may have been owed, not acts of theirs: "hätten im Trockenen sitzen sollen".
_STATES_OWED = frozenset({"sitzen", "stehen", "liegen", "sein", "bleiben", "haben"})
#: Words that make such a state their own choice: "hätten lieber vorne sitzen sollen".
_THEIR_CHOICE = frozenset({"lieber", "besser", "frueher", "vorher", "selbst", "einfach", "eben", "halt", "doch"})

_RECEIVED_THINGS = frozenset(
    {"email", "mail", "letter", "text", "message", "call", "confirmation", "notice", "notification", "reply",
     "update", "refund", "invoice", "receipt", "visit", "answer", "response", "delivery", "parcel", "link", "code",
     "explanation", "apology", "warning", "reminder"}
)  # fmt: skip


def _had_a_thing(after: Sequence[str]) -> bool:
    """ "had" + an article and a noun that is not something we send (:data:`_RECEIVED_THINGS`):
    "should have had a backup" names what the customer lacked; "should have had a phone call"
    or "an honest explanation" what we owed them (the thing within the next two words, hv29-300)."""
    return len(after) >= 2 and after[0] in ("a", "an") and not set(after[1:3]) & _RECEIVED_THINGS


def _spread(kind_reason: str, tokens: list, first: int, last: int, context: Context, severity: str) -> Finding:
    said_words = tuple(dict.fromkeys(w for tok in tokens[first : last + 1] for w in tok.words))
    return make_finding(
        context,
        "contradiction",
        severity=severity,  # type: ignore[arg-type]
        skill="empathy",
        start=said_words[0].start,
        end=said_words[-1].end,
        evidence={"reason": kind_reason, "said": plain(said_words), "words": words_json(said_words)},
    )


def _but_opening(turn: Turn, context: Context) -> Finding | None:
    reply = timing(turn, context).reply
    if reply is None or not reply.words:
        return None
    if context.step is not None and context.step.expect.accept_no:
        return None  # a "but" after a no pushes the offer again: pushed_after_no says so
    tokens = [tok for tok in tokens_of(reply.words)]
    texts = [tok.text for tok in tokens]
    agreeing = {normalize(w)[0] for w in context.words("but_agreeing")}
    yes_but = _yes_but(tokens, context)
    if yes_but is not None:  # takes its own acknowledgement back, whatever the customer said
        return _spread("but_opening", tokens, 0, yes_but, context, "minor")
    if not _objection(turn, context):
        return None
    for opening in sorted((normalize(p) for p in context.words("but_openings")), key=len, reverse=True):
        if tuple(texts[: len(opening)]) == opening:
            following = texts[len(opening)] if len(texts) > len(opening) else ""
            if following in agreeing:
                return None
            said_words = tuple(dict.fromkeys(w for tok in tokens[: len(opening)] for w in tok.words))
            said = plain(said_words)
            return make_finding(
                context,
                "contradiction",
                severity="minor",
                skill="empathy",
                start=said_words[0].start,
                end=said_words[-1].end,
                evidence={"reason": "but_opening", "said": said},
            )
    return None


#: Kinds of disagreement (:mod:`grammar`) told in their own words, not as a flat contradiction.
_OWN_MESSAGE = ("doubt", "deflection", "blame", "excuse", "rules", "charge", "part_kept", "echo", "refused")


def _after_a_no(context: Context) -> bool:
    """The step is one where the customer turned an offer down (``accept_no``)."""
    return context.step is not None and bool(context.step.expect.accept_no)


def _of_the_complaint(match: Match, context: Context) -> bool:
    """The words found name a thing of the customer's earlier lines ("die meisten Gruppen sind von
    der Burg begeistert" after a complaint about the castle stairs): about the complaint, not the
    refused offer."""
    earlier = {fold(w.text.lower().strip(".,;:!?")) for say in context.said_before for w in words_of_text(say)}
    said = [fold(w.text.lower().strip(".,;:!?")) for w in match.words]
    return any(len(t) >= 4 and t in earlier and t not in _MAJORITY for t in said)


#: Words of "most others" themselves: no thing of the complaint.
_MAJORITY = frozenset({"meisten", "viele", "most", "many", "lots", "people", "leute", "kunden", "customers"})


def _offer_in_sentence(match: Match, words: Sequence[Word], context: Context) -> bool:
    """The sentence of ``match`` names an offer word of the step: what is said of it praises the
    offer (pushed_after_no's), it does not measure the customer's trouble against others."""
    offers = context.step.expect.offer_words if context.step is not None else ()
    if not offers:
        return False
    at = next((i for i, w in enumerate(words) if w.start >= match.start), 0)
    return any_phrase_found(offers, _sentence_around(words, at), max_gap=0) is not None


#: Words of a risk that stays: "ein Restrisiko bleibt", "these things happen".
_RISK = frozenset({"restrisiko", "risiko", "risk", "risks", "happen", "happens", "passieren", "passiert", "vorkommen"})


def _risk_hedged(match: Match, words: Sequence[Word]) -> bool:
    """``match`` names a risk (:data:`_RISK`) in a sentence that withholds an assurance: a word of
    promising (:data:`lexicon.ASSURANCE_WORDS`) with a negation ("Garantieren kann ich das nicht,
    ein Restrisiko gibt es bei Feuer immer", "I can't promise the lab won't slip, these things
    happen"): the risk is the hedge's reason."""
    if not _RISK & set(normalize(plain(match.words))):
        return False
    at = next((i for i, w in enumerate(words) if w.start >= match.start), 0)
    said = {t for w in _sentence_around(words, at) for t in normalize(w.text)}
    return bool(said & lexicon.ASSURANCE_WORDS) and avoid_phrase.negated(tuple(said))


#: Words of avoid phrases that hedge, soothe or send the customer to help themselves, not an
#: excuse argued: "hopefully", "should be", "can take up to", "kein Grund zur Aufregung", "ein hartes
#: Wort", "schauen Sie in die App" (v14-v20's writers label such phrases avoid_phrase only).
_NO_EXCUSE = frozenset(
    {"moeglich", "possible", "asap", "hopefully", "hoffentlich", "should", "sollte", "sollten", "eventuell",
     "maybe", "vielleicht", "probably", "wahrscheinlich", "bis", "bald", "soon", "demnaechst", "aufregung",
     "aufregen", "wort", "ton", "tone", "language", "shout", "schreien", "app", "website", "online", "faq",
     "homepage", "portal", "know", "wissen", "info",
     # asking for patience soothes, it argues nothing ("Haben Sie bitte noch etwas Geduld", hv44-096)
     "geduld", "patience", "patient"}
)  # fmt: skip


#: Runs of words that hedge a time or an amount: "can take up to", "bis zu".
_HEDGE_RUNS = (("up", "to"), ("bis", "zu"))


def _excuse_said_again(
    turn: Turn, context: Context, words: Sequence[Word], customer: Sequence[Word]
) -> list[grammar.Found]:
    """Phrases to avoid, on a turn where the customer reports one of ours' excuse ("Herr Sander
    sagt, es war nicht mehr zu retten", "Dean says they get stressed in the basket"), that the reply
    says (as :mod:`avoid_phrase` finds them): the trainer lists them there as the excuse and its
    defences ("basket too long", "nothing we could do"), so saying one repeats or defends the
    colleague, which the seeds count as contradicting the customer (v15-v37's writers label 493 of
    543 such replies so). A promise they heard before ("wir melden uns") said again is not
    listening, no claim argued; an offer word in it is pushed_after_no's. The avoid finding stays;
    the judge counts the words once."""
    step = context.step
    if step is None or not step.expect.avoid:
        return []
    # (not a phrase of tone, "calm down", nor one that withholds an assurance or a time, "can't
    # promise", "as soon as possible": those are no excuse, v5-v13's writers label them so)
    when = {normalize(p)[0] for table in (lexicon.WHEN_WORDS, lexicon.SOME_TIME)
            for p in lexicon.words_for(table, context.language) if len(normalize(p)) == 1}  # fmt: skip
    aside = lexicon.CALMING | lexicon.UNPROMISED | when | _NO_EXCUSE
    # after a no, a phrase that presses ("Sind Sie sicher?", "überlegen Sie es sich") is pushed_after_no's
    presses = [normalize(p) for p in context.words("push")] if step.expect.accept_no else []

    def excuse(phrase: str) -> bool:
        tokens = normalize(phrase)
        if grammar.handover_point([phrase], context.language):
            return False
        if any(has_run(tokens, run) for run in [*presses, *_HEDGE_RUNS]):
            return False
        if set(tokens) & (lexicon.ASSURANCE_WORDS | lexicon.CALMING):
            return False  # "kann nicht garantieren", "calm down": none, even quoted from the colleague
        # (a time withheld, "fully booked", "you'll have to wait", is an excuse only where the
        # customer quoted it from our colleague: "Imogen says we only booked until three", hv55-219)
        lemmas = {context.resources.lemma(t, context.language) for t in tokens} | set(tokens)
        if not step.expect.accept_no and not lemmas & aside:
            return True
        # (after a no, the list is of presses and praise of the offer, "valid for two years", "would
        # recommend"; there, and for a hedge, only what the customer quoted from our colleague is
        # the excuse, whatever its words: "Ben says they stay frozen for 72 hours")
        return (
            any_phrase_found([phrase], customer, **context.strict_match_kwargs()) is not None
            or meaning_found([phrase], customer, strict=True, **context.meaning_kwargs()) is not None
        )

    excuses = {phrase for phrase in step.expect.avoid if excuse(phrase)}
    offers = step.expect.offer_words
    found = []
    for finding in avoid_phrase.analyze(turn, context):
        if finding.evidence.get("phrase") not in excuses:
            continue
        spans = {(w["start"], w["end"]) for w in finding.evidence.get("words", ()) if isinstance(w, dict)}
        said = tuple(w for w in words if (w.start, w.end) in spans)
        if said and offers and any_phrase_found(offers, list(said), max_gap=0) is not None:
            continue
        if said:
            # quoted whole, from its first to its last word ("the time on the form", not "the on form")
            whole = tuple(w for w in words if said[0].start <= w.start and w.end <= said[-1].end)
            found.append(grammar.Found("echo", Match("excuse said again", said, said[0].start, said[-1].end, whole)))
    return found


def _sentence_around(words: Sequence[Word], at: int) -> list[Word]:
    """The words of the sentence the word at index ``at`` stands in (sentences end at ".", "!" or "?")."""
    start = at
    while start > 0 and not words[start - 1].text.rstrip().endswith((".", "!", "?")):
        start -= 1
    end = at
    while end < len(words) - 1 and not words[end].text.rstrip().endswith((".", "!", "?")):
        end += 1
    return list(words[start : end + 1])


def _earlier_excuse_again(turn: Turn, context: Context, words: Sequence[Word]) -> list[grammar.Found]:
    """Phrases an earlier turn listed to avoid, where the customer reported one of ours' excuse
    ("Callum says guests never go up, it's the insurance"), said again in this turn ("For the
    record, though, guests aren't allowed up there, it's the insurance"): the excuse defended
    later in the call, which this turn's own list need not name (:func:`_excuse_said_again`)."""
    step = context.step
    if step is None:
        return []
    found = []
    # this turn's own phrase to avoid around an earlier one ("traffic permitting" for turn 1's
    # "traffic"): the hedge the trainer lists now, avoid_phrase's, no excuse said again (hv53-290)
    # (only a phrase that makes it a condition: "ist trotzdem normal" says the excuse again, hv25-126)
    own = [
        (f.start, f.end, len(normalize(str(f.evidence.get("phrase", "")))))
        for f in (avoid_phrase.analyze(turn, context) if context.avoided_before else ())
        if set(normalize(str(f.evidence.get("phrase", "")))) & _CONDITIONING
    ]
    for say, phrases in context.avoided_before:
        line = words_of_text(say)
        accused = grammar.accused_names(line, context.language, context.customer_name)
        if not (
            grammar.reported_excuses(line, context.resources, context.language, accused)
            or grammar.colleague_reported(line, context.resources, context.language, accused)
        ):
            continue
        # (the earlier turn's excuse, not a press of this turn's offer: whatever this turn's no)
        expect = step.expect.model_copy(update={"avoid": list(phrases), "accept_no": False})
        earlier = step.model_copy(update={"expect": expect})
        again = _excuse_said_again(turn, replace(context, step=earlier), words, line)
        # (a risk from that list that the line did not quote, said as the reason for a hedge about
        # next time: "Garantieren kann ich das nicht, ein Restrisiko gibt es bei Feuer immer",
        # hv52-147; the writers label the hedge, no contradiction; "No one can guarantee the sea,
        # ..., but your daughter will be perfectly safe" defends, hv50-285)
        found += [
            hit
            for hit in again
            if not (
                _risk_hedged(hit.match, words)
                and any_phrase_found([plain(hit.match.words)], line, **context.strict_match_kwargs()) is None
            )
            and not any(
                start <= hit.match.start and hit.match.end <= end and size > len(hit.match.words)
                for start, end, size in own
            )
        ]
    return found


#: Words that make a phrase a condition on what follows: "traffic permitting", "je nach Verkehr".
_CONDITIONING = frozenset({"permitting", "depending", "provided", "if", "unless", "je", "wenn", "falls", "sofern",
                           "vorausgesetzt"})  # fmt: skip
#: What one of ours said, cited by the agent: "Gemma did say ...", "Herr Pohl meinte ...".
_CITING = lexicon.CITING_VERBS | {"mentioned", "erwaehnt", "eindruck", "impression"}
#: Words that hold what was cited against the customer: "Although Gemma did say ...", "..., though".
_HOLDING_UP = frozenset(
    {"although", "though", "still", "fairness", "fair", "allerdings", "aber", "jedoch", "immerhin", "zwar", "but"}
)
#: Words that set the citation aside: "... which was wrong", "..., das war falsch".
_SET_ASIDE = frozenset({"wrong", "mistake", "falsch", "fehler", "irrtum", "unsinn", "nonsense"})
#: ... or a negation of its truth: "das stimmt nicht", "that isn't true" (a "nicht" inside what
#: was cited is the colleague's claim: "da konnte sie nicht früher anfangen", hv49-116).
_NOT_TRUE = (("stimmt", "nicht"), ("nicht", "stimmt"), ("not", "true"), ("isnt", "true"), ("not", "right"),
             ("nicht", "richtig"), ("nicht", "so"), ("not", "so"), ("not", "what", "happened"))  # fmt: skip
#: One of ours named by role after "unser"/"our": "Unser Wattführer sagt allerdings, ..." (hv49-036).
_OUR_ROLE = frozenset({"unser", "unsere", "unserer", "our"})


_STAFF = frozenset(w for lang in ("de", "en") for w in lexicon.words_for(lexicon.STAFF, lang))
#: Heads of German compounds that name one of ours by role: "Wattführer", "Kursleiterin".
_ROLE_ENDINGS = ("fuehrer", "fuehrerin", "leiter", "leiterin", "trainer", "trainerin", "meister", "meisterin")


def _colleague_cited(words: Sequence[Word], named: frozenset[str]) -> list[grammar.Found]:
    """Sentences that cite what one of ours the customer named said, held up against the
    customer ("Although Gemma did say it hadn't come through at first", "Herr Pohl meinte aber,
    ..."): the colleague's version argued again in other words than the customer reported
    (:func:`grammar.echoed_excuse` needs the same words). A citation set aside ("..., which was
    wrong", "nicht") is on the customer's side; a question asks."""
    found = []
    sentence: list[Word] = []
    for word in words:
        sentence.append(word)
        if not word.text.rstrip().endswith((".", "!", "?")) and word is not words[-1]:
            continue
        texts = [t for w in sentence for t in normalize(w.text)]
        # (a possessive too: "Craig's note says it was packed by the artist", hv46-163)
        name_at = [i for i, t in enumerate(texts) if t in named or (t.endswith("s") and t[:-1] in named)]
        name_at += [
            i + 1
            for i, t in enumerate(texts[:-1])
            if t in _OUR_ROLE and (texts[i + 1] in _STAFF or texts[i + 1].endswith(_ROLE_ENDINGS))
        ]
        # ("Frau Lindner hatte aber den Eindruck, dass ...": the noun of citing a little later, hv49-079)
        verbs = [j for i in name_at for j in range(i + 1, min(i + 5, len(texts))) if texts[j] in _CITING]
        # (the verb before the name in German: "nur meint Herr Brandl, dass ...", hv46-003)
        verbs = verbs or [j for i in name_at for j in range(max(0, i - 2), i) if texts[j] in _CITING]
        # the citation held up: the word before it or right after its verb ("Although Gemma did say",
        # "Herr Pohl meinte aber"), or "though" anywhere; "Herr Focken sagt das, aber Ihre Fotos zeigen
        # es anders" turns against the colleague; "nur"/"bloß" as "but" right before the verb
        held = any(
            t == "though"
            or (t in _HOLDING_UP and verbs and i <= verbs[0] + 1)
            or (t in ("nur", "bloss") and verbs and i == verbs[0] - 1)
            # "Brandon did say some of the kids were quite rough" (hv49-279): insisted on
            or (t == "did" and verbs and i == verbs[0] - 1)
            for i, t in enumerate(texts)
        )
        # (set aside after the citation: "Wir berechnen es nicht, aber Herr Wiegand sagt nun mal, ..."
        # negates our charge, not what he said, hv42-036)
        after = texts[verbs[0] :] if verbs else []
        aside = bool(set(after) & _SET_ASIDE) or any(has_run(after, run) for run in _NOT_TRUE)
        if verbs and held and not aside and not sentence[-1].text.rstrip().endswith("?"):
            said = tuple(sentence)
            found.append(grammar.Found("excuse", Match("colleague cited", said, said[0].start, said[-1].end, said)))
        sentence = []
    return found


def _listed_to_say(match: Match, context: Context) -> bool:
    """The words found say one of the step's key points as the trainer listed it ("agree: [not
    the answer, not right]" met by "That isn't right"): what the trainer asks for is never a
    contradiction of the customer."""
    if context.step is None:
        return False
    said = match.stretch or match.words
    stop = lexicon.STOPWORDS.get(context.language, frozenset()) | lexicon.STOPWORDS["en"]
    content = {id(w) for w in said if any(t not in stop for t in normalize(w.text))}
    # two words at least: a lone "shouldn't" listed to agree is also in "you shouldn't have left it"
    for phrasings in context.step.expect.key_points.values():
        listed = [p for p in phrasings if len(normalize(p)) >= 2]
        meant = meaning_found(listed, said, strict=True, ordered=True, **context.meaning_kwargs()) if listed else None
        # and the phrasing is all that was found ("the mains water is your own risk" holds the
        # listed "mains water", but says more against the customer)
        if meant is not None and content <= {id(w) for w in meant.match.words}:
            return True
    return False


#: Calendar words and "next", cut as :func:`grammar._stems` cuts a reported claim's words.
_WHEN_STEMS = frozenset(
    t[:6]
    for language in ("de", "en")
    for p in (*lexicon.words_for(lexicon.WHEN_WORDS, language), "naechste", "naechsten", "next", "woche", "week")
    for t in normalize(p)
)
#: Words of a promise or a plan: a sentence with them says what will be done, not why it failed.
#: ("we'll", "I'll", "he'll", "she'll" fold to "well", "ill", "hell", "shell": :func:`_promises` reads those from
#: the spoken word, so that "well" and "ill" as words promise nothing.)
_PROMISING = frozenset({"will", "ll", "youll", "theyll", "wird", "werden", "werde"})
_APOSTROPHES = ("'", "’")


def _promises(words: Sequence[Word]) -> bool:
    """A word of a promise (:data:`_PROMISING`) or a shortened "will" ("we'll", "he’ll") among ``words``."""
    return any(
        set(normalize(w.text)) & _PROMISING
        or any(w.text.lower().rstrip(".,;:!?").endswith(a + "ll") for a in _APOSTROPHES)
        for w in words
    )


def analyze(turn: Turn, context: Context) -> list[Finding]:
    words = reply_words(turn, context)
    if not words:
        return []
    spoken = Spoken(words)
    matches = []
    for phrase in context.words("contradiction"):
        matches.extend(
            find_phrase(
                phrase, spoken, max_gap=1, fuzzy_ratio=context.options.fuzzy_ratio, stop_at_comma=True, slips=False
            )
        )
    # Other forms and orders ("Sie irren sich da", "you are wrong there") are the grammar's: the
    # phrase list's words in any order within a clause also met "Wir haben Ihnen die falsche
    # Rechnung geschickt" ("das haben Sie falsch") and "You were sent the wrong bill".
    customer = customer_words(turn, context)
    accused = grammar.accused_names(customer, context.language, context.customer_name)
    matches = [
        m
        for m in matches
        if not grammar.hedged(words, m, context.resources, context.language)
        and not grammar.on_their_side(words, m, context.resources, context.language)
        and not (context.language == "en" and grammar.relative_that(words, m))
        and not grammar.described_wrong(words, m)
        # "Herr Wiegand sagt zwar, die Ventile fehlten, aber das stimmt nicht": his word called untrue
        and not grammar.cited_before(words, m, accused)
    ]
    claimed = grammar.claimed_words(customer, context.resources, context.language)
    # the fault put on us earlier in the call still stands ("kein Versäumnis von uns" in turn 3)
    earlier = [words_of_text(say) for say in context.said_before]
    # the model answer gives the money in full: half of it is part kept
    example = context.step.example if context.step is not None else None
    whole_owed = bool(example) and grammar.gives_whole(example or "", context.resources, context.language, customer)
    # the model answer or a key point gives part of it ("We'll refund part of the fee"): a part given is no part kept
    points = context.step.expect.key_points.values() if context.step is not None else ()
    phrasings = [str(p) for ps in points for p in ps]
    part_wanted = grammar.gives_part(example or "", phrasings, context.resources, context.language)
    blamed = any(grammar.blames_us(line, context.resources, context.language) for line in (customer, *earlier))
    # the excuses of ours the customer reports, in this line and in the earlier ones (read once:
    # the blame, the echo and the order over it below all ask for them)
    heard = grammar.reported_excuses(customer, context.resources, context.language, accused)
    heard_before = [
        grammar.reported_excuses(
            line,
            context.resources,
            context.language,
            grammar.accused_names(line, context.language, context.customer_name),
        )
        for line in earlier
    ]
    # ... one of ours quoted making an excuse: they hold us to it ("Bethany tells me I ordered it
    # unfilled": "it's not really our fault" pushes it away, hv52-191)
    blamed = blamed or bool(heard) or any(heard_before)
    kinds = {}
    # one of ours named earlier in the call ("Frau Stiller sagt mir ..." in turn 1) is still the one
    # an excuse is made for in turn 3
    named_before = accused.union(
        *(grammar.accused_names(line, context.language, context.customer_name) for line in earlier)
    )
    found_kinds = grammar.disagreement(words, context.resources, context.language, claimed, blamed, named_before)
    # the excuse the customer complains of, said again as ours ("Wayne tells me it's overfill"): heard
    # the excuse itself denied is taking their side, no blame: "Sie haben die Reifen nicht abgeholt,
    # das zeigt der Schein" for "Herr Mahnke behauptet, ich hätte sie abgeholt" (hv42-086)
    found_kinds = [
        f
        for f in found_kinds
        if not (f.kind == "blame" and grammar.denies_excuse(f.match.words, heard, context.resources, context.language))
    ]
    ours_reported = bool(heard) or grammar.colleague_reported(customer, context.resources, context.language, accused)
    echo = grammar.echoed_excuse(words, heard, context.resources, context.language, customer)
    when = {t for p in lexicon.words_for(lexicon.WHEN_WORDS, context.language) for t in normalize(p)}
    for line, before in zip(earlier, heard_before) if echo is None else ():
        # the excuse reported in an earlier turn, said again now ("Bernadette says things go
        # missing in every home" in turn 1; "Clothes do go missing in a home this size" in turn 2)
        # (a reported promise, "Herr Jansen hat gesagt, nächste Woche kommt der Link", is no excuse)
        before = [e for e in before if not any(stems & _WHEN_STEMS for stems in e.words)]
        echo = grammar.echoed_excuse(words, before, context.resources, context.language, line) if before else None
        # (the earlier line's words come back in what we now promise: "Our driver will take the
        # wrong one away", "You'll keep all three years of it" are no excuse said again)
        # ... nor a time: "Link kommt am Mittwoch" after "Herr Jansen hat gesagt, nächste Woche kommt der
        # Link" names when, it excuses nothing (hv10-083)
        said = {t for w in echo.match.words for t in normalize(w.text)} if echo is not None else set()
        if (
            echo is not None
            and _promises(echo.match.words)
            or said & when
            or any(ch.isdigit() for t in said for ch in t)
        ):
            echo = None
        # ... nor what this step asks for: "Der Link kommt, sobald ..." meets the point "link"
        points = context.step.expect.key_points.values() if context.step is not None else ()
        if echo is not None and any(any_phrase_found(list(p), list(echo.match.words), max_gap=0) for p in points):
            echo = None
        if echo is not None:
            break
    # the excuse handed back as their task: "Achten Sie nur bitte darauf, dass die Kinder sich nicht
    # die Augen reiben" after "die Kinder hätten sich das selbst in die Augen gerieben" (hv51-127)
    order = grammar.ordered_on_excuse(words, heard, context.resources, context.language, customer)
    for line, before in zip(earlier, heard_before) if order is None and echo is None else ():
        order = grammar.ordered_on_excuse(words, before, context.resources, context.language, line)
        if order is not None:
            break
    echo = echo if echo is not None else order
    offers = context.step.expect.offer_words if context.step is not None else ()
    if echo is not None and any_phrase_found(offers, list(echo.match.words), max_gap=0) is not None:
        echo = None  # "your colleague says I should go for wraps": an offer passed on, pushed_after_no's
    if echo is not None and not any(f.match.start <= echo.match.start <= f.match.end for f in found_kinds):
        found_kinds.append(echo)
    for said in [
        *(_excuse_said_again(turn, context, words, customer) if ours_reported else ()),
        *_earlier_excuse_again(turn, context, words),
    ]:
        if not any(f.match.start <= said.match.start <= f.match.end for f in found_kinds):
            found_kinds.append(said)
    found_kinds += [
        hit
        for hit in _colleague_cited(words, named_before)
        if not any(f.match.start <= hit.match.start <= f.match.end for f in found_kinds)
    ]
    blaming = grammar.reproach(words, context.resources, context.language)
    found_kinds += [blaming] if blaming is not None else []
    # calling the trouble an everyday thing dismisses a customer who objects or is upset
    everyday = grammar.normalising(words, context.resources, context.language) if _objection(turn, context) else None
    if everyday is not None and (
        _offer_in_sentence(everyday.match, words, context)
        or (_after_a_no(context) and grammar.liked(everyday.match) and not _of_the_complaint(everyday.match, context))
    ):
        # "Probieren Sie eine Videostunde, viele Kinder finden das spannend", "Lots of people love
        # having both" after a no: the refused offer praised, pushed_after_no's
        everyday = None
    if everyday is not None and _risk_hedged(everyday.match, words):
        # "Garantieren kann ich das nicht, ein Restrisiko gibt es bei Feuer immer": a risk named as
        # the reason for a hedge about next time, which the writers label a hedge (not_listening
        # and the trainer's avoid phrase), no contradiction (hv44-014, hv45-212, hv52-147); not the
        # thing's nature held against them ("Garantieren kann ich das nicht, Zinn ist eben ein
        # weiches Metall", hv38-019: a contradiction)
        everyday = None
    found_kinds += [everyday] if everyday is not None else []
    found_kinds += [
        hit
        for hit in grammar.colleague_blamed(
            words,
            context.resources,
            context.language,
            named_before,
        )
        if not any(f.match.start <= hit.match.start <= f.match.end for f in found_kinds)
    ]
    found_kinds += [
        hit
        for hit in grammar.part_kept(words, context.resources, context.language, customer, earlier, whole_owed)
        if not part_wanted and not any(f.match.start <= hit.match.start <= f.match.end for f in found_kinds)
    ]
    # a charge left on them for the remedy, only where they complain and the model answer charges nothing
    if _complaint(turn, context) and not grammar.remedy_billed(
        words_of_text(example or ""), context.resources, context.language
    ):
        found_kinds += [
            hit
            for hit in grammar.remedy_billed(words, context.resources, context.language)
            if not any(f.match.start <= hit.match.start <= f.match.end for f in found_kinds)
        ]
    # ... and the remedy itself withheld ("getragene Schuhe können wir nicht zurücknehmen"), likewise,
    # but only to an upset customer: a calm "I'd like my money back" may meet the house rule
    # (an upset customer's turn is a complaint unless it follows a sales no: :func:`_complaint`)
    upset = context.step is not None and context.step.emotion in _UPSET and not _after_a_no(context)
    if upset and not grammar.remedy_refused(words_of_text(example or ""), context.resources, context.language):
        found_kinds += [
            hit
            for hit in grammar.remedy_refused(words, context.resources, context.language)
            if not any(f.match.start <= hit.match.start <= f.match.end for f in found_kinds)
        ]
    for found in found_kinds:
        if grammar.described_wrong(words, found.match):
            continue  # "das ist falsch beschrieben": what we did wrong, no verdict on them
        first = next((i for i, w in enumerate(words) if w is found.match.words[0]), 0)
        after = [w for w in _sentence_around(words, first) if w.start > found.match.end]
        if (
            found.kind == "records_otherwise"
            and after
            and grammar.owns_fault(after, context.resources, context.language)
        ):
            continue  # "Laut Protokoll war der Balkon frei von Nestern, also ist das unser Versäumnis" (hv40-003)
        matches.append(found.match)  # disagreeing in any words: negated truth, "you must have", blame
        kinds[id(found.match)] = found.kind
    findings: list[Finding] = []
    taken: list[tuple[float, float]] = []
    played_down: list[float] = []  # where a sentence played the trouble down
    for match in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
        if ours_reported and grammar.told_wrong(match):
            continue  # "you were given the wrong information" about our colleague's word: on their side
        # (not a colleague's account held up: "Sorry it went that way. Brandon did say ...", hv49-279)
        cited = kinds.get(id(match)) in ("excuse", "echo") and bool(
            {t for w in match.words for t in normalize(w.text)} & _CITING
        )
        if ours_reported and not cited and grammar.sorry_joined(words, match, context.resources, context.language):
            continue  # "That's not right, and I'm so sorry" about our colleague's excuse
        if kinds.get(id(match)) == "denied_claim" and grammar.about_excuse(
            match, heard, context.resources, context.language
        ):
            continue  # "That's not normal" after "your engineer said that's normal": against ours
        if any(start <= match.start <= end or match.start <= start <= match.end for start, end in taken):
            continue  # "nein, das ist falsch" and "das ist falsch": one finding
        if kinds.get(id(match)) == "minimising" and any(
            _same_sentence(words, start, match.start) for start in played_down
        ):
            continue  # "It's only a bit of paint, though, just cosmetic really": played down once
        if _listed_to_say(match, context):
            continue  # "That isn't right" where the trainer listed "not right" as the point to make
        taken.append((match.start, match.end))
        if kinds.get(id(match)) == "minimising":
            played_down.append(match.start)
        evidence = {"reason": "phrase", "said": match.text, "words": match.to_json()}
        if id(match) in kinds:
            evidence["grammar"] = kinds[id(match)]
        findings.append(
            make_finding(
                context,
                "contradiction",
                severity="major",
                skill="empathy",
                start=match.start,
                end=match.end,
                evidence=evidence,
                # "Haben Sie das wirklich ...?", "nicht unser Fehler", "you should have called": in their own words
                variant=evidence.get("grammar") if evidence.get("grammar") in _OWN_MESSAGE else None,
            )
        )
    if not findings:
        tokens = list(spoken.tokens)
        blame = _blame(tokens, context, customer_words(turn, context))
        if blame is not None:
            findings.append(_spread("phrase", tokens, blame[0], blame[1], context, "major"))
    if not findings:
        opening = _but_opening(turn, context)
        if opening is not None:
            findings.append(opening)
    return findings
