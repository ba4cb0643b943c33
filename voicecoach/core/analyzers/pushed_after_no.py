"""pushed_after_no: the customer said no (``expect.accept_no``) and the reply pushes the offer again.

Pushing is an offer word of the step or a push phrase ("trotzdem", "nur noch", "are you sure").
An offer word with a negation right before it in the same clause ("kein Upgrade", "without the
upgrade"), or in a clause that drops it ("die Warteliste lassen wir weg", "I'll leave the
waiver out") or keeps what the customer has ("Sie bleiben in Ihrem jetzigen Tarif"), or in a
statement whose clause has a negation anywhere ("Den Heizlüfter brauchen Sie also nicht"), is
accepting the no, not pushing; so is a question about what the customer has that offers nothing
("Haben Sie denn einen Heizlüfter zu Hause?").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from voicecoach.core.analyzers import avoid_phrase, lexicon
from voicecoach.core.analyzers._common import (
    customer_words,
    make_finding,
    penalty_matches,
    reply_words,
    sentence_span,
    token_span,
)
from voicecoach.core.analyzers.options import Context
from voicecoach.core.result import Finding
from voicecoach.core.text import Match, Spoken, Token, any_phrase_found, find_phrase, has_run, normalize
from voicecoach.core.timeline import Turn


def _clause_span(spoken: Spoken, match: Match) -> tuple[int, int]:
    """The first and last token index of the clause ``match`` stands in (between commas and
    sentence ends)."""
    tokens = spoken.tokens
    first, last = token_span(spoken, match)
    while first > 0 and not (tokens[first - 1].comma or tokens[first - 1].sentence_end):
        first -= 1
    while last < len(tokens) - 1 and not (tokens[last].comma or tokens[last].sentence_end):
        last += 1
    return first, last


def _dropped(spoken: Spoken, match: Match, context: Context) -> bool:
    """The offer word's clause drops the offer ("die Warteliste lassen wir weg", "den Sessel
    streiche ich", "das Paket ist vom Tisch"; a dropping word or its lemma), or keeps what
    the customer has ("Sie bleiben in Ihrem jetzigen Tarif", "you'll keep your current plan")."""
    tokens = spoken.tokens
    first, last = _clause_span(spoken, match)
    clause = [tok.text for tok in tokens[first : last + 1]]
    lemmas = {normalize(context.resources.lemma(text, context.language) or text)[:1] for text in clause}
    for phrase in map(normalize, context.words("dropping")):
        if phrase == ("leave",) and _left_for_them(clause):
            continue
        if len(phrase) == 1 and (phrase[0] in clause or phrase in lemmas):
            return True  # "streiche" is "streichen" (the lemma); "nehme ... raus"
        if len(phrase) > 1 and any(tuple(clause[at : at + len(phrase)]) == phrase for at in range(len(clause))):
            return True  # "der Jahresvertrag ist vom Tisch", "the package is off the table"
    refused = {token for phrase in context.refused_before for token in normalize(phrase)}
    if _let_be(clause, _offer_tokens(context) | refused):
        return True
    keeping = context.words("keeping")
    as_is = set(context.words("kept_as_is"))
    return any(text.startswith(keeping) for text in clause) and bool(as_is.intersection(clause))


#: After "leave", words that make it giving ("leave a DVD copy for the lounge", "leave you one").
_LEFT_WITH = frozenset({"a", "an", "some", "you", "them", "him", "her", "behind", "for", "with"})
#: ... and words that keep it dropping ("leave the DVD out", "leave that aside").
_LEFT_OUT = frozenset({"out", "aside", "off", "be", "it", "that", "alone"})


def _left_for_them(clause: Sequence[str]) -> bool:
    """English "leave" in ``clause`` (normalised words) gives, not drops: "We'll leave a DVD copy for
    the residents' lounge" (hv53-246) leaves the refused thing with them; "leave the DVD out",
    "let's leave it" drop it."""
    at = clause.index("leave") if "leave" in clause else None
    if at is None:
        return False
    after = set(clause[at + 1 :])
    return bool(after & _LEFT_WITH) and not after & _LEFT_OUT


#: "Die Treppe lassen wir (also)", "Dann lassen wir die Treppe": after "lassen wir" / "lasse ich"
#: only these (or the offer's own words) may follow for the clause to leave the offer be; "Die
#: Treppe lassen wir Ihnen günstiger machen" goes on and offers it again.
_LET_BE_TAIL = frozenset(
    {"also", "dann", "natuerlich", "selbstverstaendlich", "einfach", "gern", "gerne", "so", "das", "die", "der",
     "den", "dem", "ganz", "klar", "jetzt", "erstmal", "sein", "bleiben"}
)  # fmt: skip


def _let_be(clause: Sequence[str], offer: set[str]) -> bool:
    """The clause (normalised words) leaves the offer be with German "lassen": the verb with
    "wir"/"ich" right after it and nothing after them but particles, articles or the offer's own
    words ("Die Treppe lassen wir, klar", "Dann lassen wir die Treppe", "lassen wir das sein").
    "Lassen Sie sich ..." (an imperative) never does."""
    for at, text in enumerate(clause[:-1]):
        if text in ("lassen", "lasse") and clause[at + 1] in ("wir", "ich"):
            return all(rest in _LET_BE_TAIL or rest in offer for rest in clause[at + 2 :])
    return False


#: A question that opens with one of these asks about the customer's own situation ("Haben Sie
#: denn einen Heizlüfter zu Hause?", "Do you have a heater at home?") ...
_ASKS_ABOUT = {"de": ("haben", "hast", "habt", "besitzen"), "en": ("have", "do", "did", "does")}
#: ... unless it offers: these words make a question an offer again ("Möchten Sie nicht doch ...",
#: "Would you like ...", "Shall I ...", "interested").
_OFFERING = {
    "de": ("moechten", "moechte", "wollen", "willst", "soll", "sollen", "darf", "interesse", "anbieten", "doch"),
    "en": ("like", "want", "shall", "interested", "offer", "consider", "considered", "still", "sure"),
}


#: A clause opened by these and negated restates the customer's no as the reason for what the
#: agent does ("Since November doesn't work for you, ...", "As you don't want the upgrade, ...").
_RESTATING = frozenset({"since", "as", "because", "seeing"})


def _not_offering(spoken: Spoken, match: Match, context: Context) -> bool:
    """The offer word is said without offering it: in a statement whose clause has a negation
    anywhere ("Den Heizlüfter brauchen Sie also nicht", "you don't need the add-on"), or in a question
    about what the customer has ("Haben Sie denn überhaupt einen Heizlüfter?") that offers nothing.
    The negation must be about the offer: before it in English, closing the clause in German
    ("In der Filiale hätten Sie keinen Stress" still pushes the branch)."""
    tokens = spoken.tokens
    first, last = sentence_span(spoken, match)
    question = tokens[last].question
    lang = context.language if context.language in _ASKS_ABOUT else "en"
    words = [tok.text for tok in tokens[first : last + 1]]
    negations = {normalize(w)[0] for w in context.words("negations")} | {"nicht", "not", "no", "kein", "keine"}
    if not question:
        start, end = _clause_span(spoken, match)
        offer_at, _ = token_span(spoken, match)
        if _judged_no_good(tokens, start, end, negations) and _agreeing_before(spoken, start, context):
            return True
        if lang == "en":  # "you don't need the add-on": the negation before the offer word
            if tokens[start].text in _RESTATING and any(tok.text in negations for tok in tokens[start : end + 1]):
                return True  # "Since November doesn't work for you, I've refunded it": the no, restated
            if any(tok.text in negations for tok in tokens[start:offer_at]):
                return True
            _, offer_end = token_span(spoken, match)
            negated = _negated_subject(tokens[offer_end + 1 : end + 1], negations)
            return negated and _agreeing_before(spoken, start, context)
        clause = [tok.text for tok in tokens[start : end + 1]]
        if "niemand" in clause:
            return True  # "niemand wird Ihnen das Abo noch mal anbieten"
        lead = [t for t in clause[: offer_at - start] if t not in _ARTICLES_DE]
        if lead[-1:] == ["mit"] and not set(clause) & _AGENT:
            # "Mit dem Jahresabo hätten Sie solche Wartezeiten nicht mehr": it sells the offer (not
            # "mit dem Jahresabo belästige ich Sie nicht mehr": our own act left off)
            return False
        while clause and (clause[-1] in _GERMAN_TAIL or clause[-1] in _MENTIONING):
            clause.pop()
        return bool(clause) and clause[-1] in negations  # "den Heizlüfter brauchen Sie also nicht (mehr)"
    return bool(words) and words[0] in _ASKS_ABOUT[lang] and not set(words) & set(_OFFERING[lang])


#: German articles and possessives between a preposition and the offer word ("mit *dem* Jahresabo").
_ARTICLES_DE = frozenset({"dem", "der", "den", "einem", "einer", "unserem", "unserer", "ihrem", "ihrer"})
#: What may follow a German clause's negation at its end: adverbs ("nicht mehr", "also nicht"),
#: the particle of a separable verb ("biete ich nicht mehr an") ...
_GERMAN_TAIL = frozenset(
    {"mehr", "so", "ja", "also", "wirklich", "unbedingt", "doch", "extra", "an", "vor", "mit", "auf", "ein", "zu"}
)
#: ... or a verb of offering or mentioning in the infinitive ("werden wir nicht mehr anbieten").
_MENTIONING = frozenset(
    {"anbieten", "vorschlagen", "ansprechen", "erwaehnen", "empfehlen", "verkaufen", "aufdraengen", "andrehen"}
)


#: Auxiliaries and adverbs that may stand between the offer as a subject and its negation ("a
#: voucher just doesn't cut it", "the video course does not replace ...").
_SUBJECT_TO_NEGATION = frozenset(
    {"just", "really", "simply", "alone", "does", "do", "did", "is", "was", "will", "would", "can", "could"}
)
#: Pronouns that open a clause referring back to the one before ("..., das ist wirklich nichts",
#: "..., that's no substitute").
_RESUMING = frozenset({"das", "dies", "that", "thats", "which", "it", "its", "this"})


#: Agreeing with the customer, besides the acceptance and empathy lists ("you're right" is the
#: grammar's elsewhere; here the words themselves are enough).
_AGREEING = ("youre right", "you are right", "sie haben recht", "da haben sie recht", "stimmt")


def _agreeing_before(spoken: Spoken, clause_start: int, context: Context) -> bool:
    """The clause before the one at ``clause_start`` agrees with the customer or takes their
    feeling up ("I hear you, a voucher doesn't cut it", "Verstehe, Videounterricht, das ist
    nichts"): the clause before it in the sentence, or the whole sentence before when it opens
    one ("Understood. A gift card, that's no substitute"). "Just so you know, the voucher never
    expires" agrees with nothing: selling the offer's merits."""
    tokens = spoken.tokens
    if clause_start == 0:
        return False
    first = clause_start - 1
    while first > 0 and not (tokens[first - 1].comma or tokens[first - 1].sentence_end):
        first -= 1
    words = tuple(dict.fromkeys(word for token in tokens[first:clause_start] for word in token.words))
    phrases = (*context.words("acceptance"), *context.words("empathy"), *context.words("justified"), *_AGREEING)
    return any_phrase_found(phrases, Spoken(words), **context.strict_match_kwargs()) is not None


def _negated_subject(after: Sequence[Token], negations: set[str]) -> bool:
    """The offer word is the subject of a negated verb: a negation follows it, with only
    auxiliaries and adverbs between ("a voucher doesn't bring the dress back", "a voucher
    doesn't cut it"); with agreement before it (:func:`_agreeing_before`; "the voucher never
    expires" sells it), the agent agrees the offer is no answer."""
    for token in after[:4]:
        if token.text in negations:
            return True
        if token.text not in _SUBJECT_TO_NEGATION:
            return False
    return False


def _judged_no_good(tokens: Sequence[Token], start: int, end: int, negations: set[str]) -> bool:
    """The clause after the offer's clause refers back to it with a pronoun and negates it, in a
    statement: "mit neun vor dem Bildschirm Klavier lernen, das ist wirklich nichts", "online
    lessons, that's no substitute": with agreement before it (:func:`_agreeing_before`; "A
    voucher, that's no hassle at all" sells it), the agent agrees with the customer's no."""
    if end + 1 >= len(tokens) or tokens[end].sentence_end or tokens[start].text in _RESUMING:
        return False
    after = end + 1
    if tokens[after].text not in _RESUMING:
        return False
    last = after
    while last < len(tokens) - 1 and not (tokens[last].comma or tokens[last].sentence_end):
        last += 1
    if tokens[last].question:
        return False
    return any(token.text in negations for token in tokens[after : last + 1])


#: Words that set the offer aside as the thing not wanted: "cash rather than credit", "instead of
#: the lessons", "statt eines Gutscheins", "anstelle der Pause" (the offer word at most two words
#: after).
_INSTEAD_OF = {
    "de": (("statt",), ("anstatt",), ("anstelle",)),
    "en": (("rather", "than"), ("instead", "of"), ("in", "place", "of")),
}


def _set_aside(spoken: Spoken, match: Match, context: Context) -> bool:
    """The offer word follows "rather than" / "instead of" / "statt" in its clause: it names the
    declined offer, against what the customer wants ("You're right to want cash rather than
    credit")."""
    tokens = spoken.tokens
    start, _ = _clause_span(spoken, match)
    offer_at, _ = token_span(spoken, match)
    before = [tok.text for tok in tokens[max(start, offer_at - 4) : offer_at]]
    for cue in _INSTEAD_OF.get(context.language, _INSTEAD_OF["en"]):
        for at in range(len(before) - len(cue) + 1):
            if tuple(before[at : at + len(cue)]) == cue and len(before) - (at + len(cue)) <= 2:
                return True
    return False


#: "Despite that" words: a push when they press the customer ("Nehmen Sie es trotzdem"), not when
#: the agent does the customer's wish despite something ("Ich nehme den Einspruch trotzdem auf").
_CONCESSIVE = frozenset({"trotzdem", "dennoch", "anyway"})
#: Push words that press only in a question ("Would you like the details anyway?", "Wirklich
#: nicht?"; "das war wirklich nicht der Moment für Verkaufsgespräche" owns the push).
_ONLY_ASKED = frozenset({"anyway", "wirklich nicht"})
#: The no taken back for the customer ("Und wenn Sie doch eine jährliche Kontrolle möchten"): a
#: push only with a price in the sentence ("kann ich Ihnen die für 60 Euro machen"); "Wenn Sie doch
#: noch Fragen haben, rufen Sie an" sells nothing.
_TAKEN_BACK = frozenset({"wenn sie doch", "falls sie doch", "sollten sie doch", "if you do want", "if you still want",
                         "if you ever want"})  # fmt: skip
_AGENT = frozenset({"ich", "wir", "i", "we"})
#: Something left to try: a push only when the customer is to try it ("Sie bekommen ein Modul zum
#: Testen"); "kühl genug zum Testen der Tropfer" is our own test of the work.
_TRIAL = frozenset({"zum ausprobieren", "zum testen", "zum probieren"})
_RECOMMENDING = ("empfehl", "rat", "recommend", "suggest", "advise")


#: Verbs of needing before "nur noch": the agent names the one thing still missing.
_NEEDING = frozenset({"brauche", "brauchen", "benoetige", "benoetigen", "fehlt", "fehlen"})


def _only_needed(spoken: Spoken, match: Match) -> bool:
    """ "nur noch" after a verb of needing (:data:`_NEEDING`, at most six words before it): "dann
    brauche ich nur noch Ihr Aktenzeichen" asks for a detail, it presses no offer."""
    if normalize(match.phrasing) != ("nur", "noch"):
        return False
    tokens = list(spoken.tokens)
    first = next((i for i, tok in enumerate(tokens) if match.words[0] in tok.words), None)
    return first is not None and any(tok.text in _NEEDING for tok in tokens[max(0, first - 6) : first])


def _offer_tokens(context: Context) -> set[str]:
    """The words of the step's offer phrasings."""
    step = context.step
    return {token for phrase in (step.expect.offer_words if step else ()) for token in normalize(phrase)}


def _concession_clause(spoken: Spoken, match: Match, context: Context) -> list[str] | None:
    """The clause of a concessive push word ("trotzdem") when it names no offer word and has no
    recommending verb (so it may press nothing), else None."""
    if normalize(match.phrasing) not in {(word,) for word in _CONCESSIVE}:
        return None
    first, last = _clause_span(spoken, match)
    clause = [tok.text for tok in spoken.tokens[first : last + 1]]
    if any(text.startswith(_RECOMMENDING) for text in clause):
        return None
    # (a currency of a priced offer, "3,50 Euro", is no offer word: "Zahlen Sie die 1.140 Euro
    # trotzdem" names their bill, hv43-055)
    named = {t for t in _offer_tokens(context) if len(t) > 3 and t not in _MONEY_WORDS and not t.isdigit()}
    if named.intersection(clause):
        return None
    return clause


#: Sales material left with the customer: "Ich lege Ihnen trotzdem einen Prospekt hin" presses
#: the refused offer though the agent is the subject.
_PROMO = frozenset(
    {"prospekt", "prospekte", "infoblatt", "broschuere", "flyer", "katalog", "infomaterial", "unterlagen",
     "muster", "brochure", "brochures", "leaflet", "leaflets", "catalogue", "catalog", "sample", "samples"}
)  # fmt: skip


def _own_concession(spoken: Spoken, match: Match, context: Context) -> bool:
    """A concessive push word ("trotzdem") in a clause whose subject is the agent ("ich", "wir")
    with no offer word and no recommending verb in it: the agent goes ahead anyway, offering
    nothing ("Ich nehme den Einspruch trotzdem auf", "Die Stunde müssen wir trotzdem berechnen",
    which may be wrong for other reasons but pushes no offer); not in a question, which offers
    ("Soll ich Ihnen die Unterlagen trotzdem zuschicken?", "Shall I send the details anyway?")."""
    clause = _concession_clause(spoken, match, context)
    if clause is None or not _AGENT.intersection(clause):
        return False
    first, last = sentence_span(spoken, match)
    if _PROMO.intersection(tok.text for tok in spoken.tokens[first : last + 1]):
        return False  # "Ich lasse Ihnen trotzdem mal ein Infoblatt da": the offer left behind
    return not spoken.tokens[last].question  # "Soll ich Ihnen die Unterlagen trotzdem schicken?" offers


_IF = frozenset({"falls", "wenn", "sollte", "if", "should", "case"})
#: "sonst", "otherwise" before the trouble again (:data:`lexicon.RECURS`).
_OR_ELSE = frozenset({"sonst", "andernfalls", "otherwise"})


def _warned(spoken: Spoken, match: Match, context: Context) -> bool:
    """A concessive word ("trotzdem") in an order of the customer's own care that warns the trouble
    comes back otherwise ("Gießen Sie in trockenen Wochen aber trotzdem, sonst passiert das
    wieder"): a lesson (contradiction's), not the refused offer pressed."""
    if _concession_clause(spoken, match, context) is None:
        return False
    texts = _sentence_texts(spoken, match)
    at = next((i for i, t in enumerate(texts) if t in _OR_ELSE), None)
    return at is not None and bool(lexicon.RECURS.intersection(texts[at + 1 :]))


def _contingency(spoken: Spoken, match: Match, context: Context) -> bool:
    """A concessive push word ("trotzdem") in a condition that names no offer ("und falls trotzdem
    etwas hakt, lässt Sie die Schichtleitung hinein", "if it still goes wrong"): a fallback for the
    customer's own matter, not the refused offer pressed again."""
    clause = _concession_clause(spoken, match, context)
    return clause is not None and bool(_IF.intersection(clause[:3]))


def _other_matter(spoken: Spoken, match: Match, turn: Turn, context: Context) -> bool:
    """A concessive push word ("trotzdem") in a clause that names no offer but the customer's own
    matter, a number or a content word of their line ("Die 540 Euro müssen Sie trotzdem
    überweisen"): it insists on a position (a contradiction, judged there), not on the refused
    offer, or a key point of the step ("das Protokoll können Sie trotzdem haben" for "Messprotokoll");
    or in a negated statement ("Sie müssen trotzdem nichts zahlen"). "Nehmen Sie es
    trotzdem" names nothing of the kind and stays a push, and so does a negated question
    ("Wollen Sie es sich nicht trotzdem überlegen?")."""
    clause = _concession_clause(spoken, match, context)
    if clause is None:
        return False
    sentence_first, sentence_last = sentence_span(spoken, match)
    asked = any(tok.question for tok in spoken.tokens[sentence_first : sentence_last + 1])
    negations = {normalize(w)[0] for w in context.words("negations")}
    if negations.intersection(clause) and not asked:
        return True  # "Sie müssen trotzdem nichts zahlen": reassurance ("... nicht trotzdem ...?" presses)
    stop = lexicon.STOPWORDS.get(context.language, frozenset()) | lexicon.STOPWORDS["en"] | negations
    theirs = {
        token for word in customer_words(turn, context) for token in normalize(word.text)
        if len(token) > 4 and token not in stop
    }  # fmt: skip
    if any(text.isdigit() for text in clause) or bool(theirs.intersection(clause) - _offer_tokens(context)):
        return True
    # ... or a key point of the step ("das Protokoll können Sie trotzdem haben" for "Messprotokoll")
    points = {
        token for phrasings in (context.step.expect.key_points.values() if context.step else ())
        for phrasing in phrasings for token in normalize(phrasing) if len(token) > 4 and token not in stop
    }  # fmt: skip
    return any(
        len(text) > 4 and any(point == text or point.endswith(text) for point in points)
        for text in set(clause) - _offer_tokens(context)
    )


#: The push phrases that ask "are you sure": a push only when what follows is their choice.
_SURE = frozenset({"sind sie sicher", "sind sie sich sicher", "sind sie sich da sicher", "sind sie sich ganz sicher",
                   "are you sure", "are you certain", "absolutely certain", "quite certain"})  # fmt: skip
#: Words of wanting or deciding: "Are you sure you don't want it?" is about their no.
_CHOICE = frozenset({"want", "wanted", "like", "need", "prefer", "interested", "rather", "regret", "decide",
                     "decided", "miss", "worth", "wollen", "wollten", "moechten", "moechte", "brauchen", "verzichten",
                     "bereuen", "entscheiden", "entschieden", "lohnt", "ablehnen"})  # fmt: skip
#: Words after "are you sure" that add nothing to it: "Are you sure, though?".
_SURE_FILLERS = frozenset({"though", "then", "really", "about", "this", "that", "it", "denn", "wirklich", "doch",
                           "da", "damit", "dabei", "ganz"})  # fmt: skip
#: Past forms that make "Are you sure you ...?" a doubt of what they did ("..., dass Sie ... abgesagt haben").
_DONE = frozenset({"did", "was", "were", "had", "haben", "hat", "hatten", "hatte", "war", "waren", "wurde"})


def _doubts_a_fact(spoken: Spoken, match: Match, context: Context) -> bool:
    """An "are you sure" push phrase (:data:`_SURE`) that goes on to doubt a fact, not their no:
    "Sind Sie sicher, dass es unser Video ist?", "Are you sure the pitch number was right?", "Sind
    Sie sicher, dass Sie die Lehrerin nicht doch abgesagt haben?" doubt the customer's account
    (contradiction's doubt), pressing no offer. What follows names no offer word and no wanting or
    deciding (:data:`_CHOICE`), and speaks of something else than "you", or of what they did
    (:data:`_DONE`). "Are you sure?" alone and "Are you sure you don't want the upgrade?" press
    (v53's writer labels the doubts contradiction and the listed phrase, no push)."""
    if " ".join(normalize(match.phrasing)) not in _SURE:
        return False
    _, last = token_span(spoken, match)
    _, end = sentence_span(spoken, match)
    # ("Are you sure, though?", "Sind Sie wirklich sicher?": nothing doubted but their no, hv3-170)
    after = [tok.text for tok in spoken.tokens[last + 1 : end + 1] if tok.text not in _SURE_FILLERS]
    if after[:1] in (["dass"], ["that"]):
        after = after[1:]
    if not after or set(after) & (_CHOICE | _offer_tokens(context)):
        return False
    you = after[0] in ("sie", "you", "ihnen")
    done = set(after) & (_DONE | lexicon.IRREGULAR_PAST) or any(t.endswith("ed") for t in after)
    return not you or bool(done)


def _accepting(spoken: Spoken, match: Match, context: Context) -> bool:
    """The offer word at ``match`` is named to accept the no, not to offer it again: negated
    right before it ("kein Upgrade"), dropped (:func:`_dropped`), said without offering
    (:func:`_not_offering`) or set aside (:func:`_set_aside`)."""
    negations = {normalize(w)[0] for w in context.words("negations")}
    first, _ = token_span(spoken, match)
    before = []
    for tok in reversed(spoken.tokens[max(0, first - 2) : first]):
        if tok.comma or tok.sentence_end:
            break  # "Das stimmt nicht, das Upgrade ..." is no "kein Upgrade"
        before.append(tok.text)
    return bool(
        negations.intersection(before)
        or _dropped(spoken, match, context)
        or _not_offering(spoken, match, context)
        or _set_aside(spoken, match, context)
        or _left_as_is(spoken, match)
        or _given_back(spoken, match)
    )


def _given_back(spoken: Spoken, match: Match) -> bool:
    """The offer word is an amount that goes back to the customer in its clause ("Sie bekommen die
    29 Euro zurück", "the £14 is refunded today"): money returned, nothing sold."""
    if not any(ch.isdigit() for w in match.words for ch in w.text):
        return False
    clause = _clause_texts(spoken, match)
    return bool(clause & _BACK) and not clause & {"free", "kostenlos", "gratis"}


#: "bleibt, wie er ist", "stays as it is": the refused thing is left alone.
_STAYS = {"bleibt": ("wie", "so"), "bleiben": ("wie", "so"), "stays": ("as", "the"), "remains": ("as", "the")}


def _left_as_is(spoken: Spoken, match: Match) -> bool:
    """The offer word is the subject of "bleibt, wie er ist" / "bleibt so" / "stays as it is"
    (within the next three words): "Der Flur bleibt, wie er ist" accepts the no to repainting
    the hall."""
    tokens = list(spoken.tokens)
    _, last = token_span(spoken, match)
    after = [tok.text for tok in tokens[last + 1 : last + 5]]
    return any(
        word in _STAYS and after[index + 1 : index + 2] and after[index + 1] in _STAYS[word]
        for index, word in enumerate(after[:3])
    )


#: A currency sign or word in an offer phrasing makes it an amount of money ("£3", "19,90 Euro").
_CURRENCY = re.compile(
    r"[€£$]|\b(?:eur|euros?|gbp|pounds?|pfund|quid|pence|dollars?|usd|chf|franken|cents?)\b", re.IGNORECASE
)


#: A percent sign or word makes an offer phrasing a discount ("20%", "20 Prozent").
_PERCENT = re.compile(r"%|\b(?:prozent|percent|per\s+cent|pc)\b", re.IGNORECASE)


def _amount_elsewhere(spoken: Spoken, match: Match) -> bool:
    """An amount of the offer ("£3", "20%") matched by a number said of something else ("the
    fifteen pounds back in three to five days", "give it twenty minutes"): an amount or a
    discount counts only with its currency or percent word or sign right beside the number."""
    if not any(ch.isdigit() for ch in "".join(normalize(match.phrasing))):
        return False
    units = [unit for unit in (_CURRENCY, _PERCENT) if unit.search(match.phrasing)]
    if not units:
        return False
    # the words as said, signs kept ("50 %": a lone sign is no token): one before, two after
    # ("twenty per cent")
    at = [i for i, word in enumerate(spoken.words) if word in match.words]
    near = spoken.words[max(0, at[0] - 1) : at[-1] + 3] if at else ()
    raw = " ".join(word.text for word in near)
    return not any(unit.search(raw) for unit in units)


#: Nouns that make a one-word offer phrasing part of another thing: "your credit card" is no
#: "credit", "die Rabattkarte" is read as one word anyway.
_OTHER_THING = frozenset({"card", "cards", "karte", "account", "konto", "number", "nummer", "limit", "rating"})


#: Words before a one-word offer phrasing that make it a fixed expression: "Of course" is no
#: "course", "Wir sind auf Kurs" no "Kurs".
_IDIOM_BEFORE = {"course": frozenset({"of"}), "courses": frozenset({"of"}), "kurs": frozenset({"auf"})}


def _part_of_another(spoken: Spoken, match: Match) -> bool:
    """A one-word offer phrasing followed by a noun that makes it another thing ("refunded to your
    credit card" for the refused "credit"), or in a fixed expression ("Of course" for the refused
    "course": :data:`_IDIOM_BEFORE`)."""
    if len(match.phrasing.split()) != 1:
        return False
    first, last = token_span(spoken, match)
    following = spoken.tokens[last + 1 : last + 2]
    if following and following[0].text in _OTHER_THING:
        return True
    before = _IDIOM_BEFORE.get(spoken.tokens[first].text)
    return before is not None and first > 0 and spoken.tokens[first - 1].text in before


#: The customer's own: "your club coach", "Ihr eigener Trainer".
_YOUR_OWN = lexicon.YOUR_POSSESSIVES
#: The customer in a clause: the one to try what is offered.
_THEM = _YOUR_OWN | {"sie", "ihnen", "you"}
#: What their own thing does after its name: "your club coach has it covered".
_THEIRS_DOES = frozenset({"has", "have", "had", "does", "did", "hat", "haben", "macht", "kuemmert"})


def _theirs(spoken: Spoken, match: Match) -> bool:
    """The offer word names the customer's own thing, not ours: "your club coach has it
    covered", "Ihr eigener Trainer macht das" (a possessive of theirs up to two words before, with
    "own"/"eigen-" between or a verb of it doing or having right after). "We can add coaching to
    your plan" is no such thing."""
    first, last = token_span(spoken, match)
    before = [t.text for t in spoken.tokens[max(0, first - 2) : first]]
    if not set(before) & _YOUR_OWN:
        return False
    own = any(t in ("own", "eigene", "eigener", "eigenen", "eigenes", "eigenem") for t in before)
    after = spoken.tokens[last + 1 : last + 2]
    return own or bool(after and after[0].text in _THEIRS_DOES)


def _offer_mentions(spoken: Spoken, context: Context) -> list[Match]:
    step = context.step
    phrases = step.expect.offer_words if step else ()
    return [
        match
        for phrase in phrases
        for match in penalty_matches(find_phrase(phrase, spoken, **context.penalty_match_kwargs()), context)
        if not _amount_elsewhere(spoken, match) and not _part_of_another(spoken, match) and not _theirs(spoken, match)
    ] + _compounds_of(phrases, spoken, context)


#: The least letters of a German offer word that may head a compound, and of the word before it.
_MIN_HEAD = 4
_MIN_MODIFIER = 4


def _compounds_of(phrases: Sequence[str], spoken: Spoken, context: Context) -> list[Match]:
    """German compounds headed by a one-word offer phrasing: "Auffrischungskurs" is a "Kurs", the
    refused offer under another name. The word before the head must be a word of the language
    (the word list of ``context.resources``, a linking "s" or "n" allowed), so that "Diskurs" or
    "Konkurs" are no "Kurs"; without a word list none is found."""
    known = getattr(context.resources, "known", None)
    if context.language != "de" or known is None:
        return []
    found: list[Match] = []
    for phrase in phrases:
        head = phrase.strip()
        if " " in head or not head.isalpha() or len(head) < _MIN_HEAD:
            continue
        for word in spoken.words:
            said = word.text.strip(".,;:!?\"'„“”()")
            if len(said) >= len(head) + _MIN_HEAD and said.lower().startswith(head.lower()) and _offered(spoken, word):
                # the offer word before the head ("das Pollenschutzgewebe ..., soll ich es mitbestellen?")
                rest = said[len(head) :].lstrip("-")
                # (a linking "n" or "s": "Laternenkette", hv52-059's kind)
                linked = rest[1:] if rest[:1] in ("n", "s") else rest
                forms = {rest, rest.lower(), rest.capitalize(), linked.lower(), linked.capitalize()}
                if any(known(form, "de") for form in forms if len(form) >= _MIN_HEAD):
                    found.append(Match(phrase, (word,), word.start, word.end, (word,)))
                    continue
            if len(said) < len(head) + _MIN_MODIFIER or not said.lower().endswith(head.lower()):
                continue
            modifier = said[: -len(head)].rstrip("-")
            if any(known(form, "de") for form in (modifier, modifier[:-1]) if len(form) >= _MIN_MODIFIER):
                found.append(Match(phrase, (word,), word.start, word.end, (word,)))
        core = _compound_core(head, known)
        for word in spoken.words if core else ():
            said = word.text.strip(".,;:!?\"'„“”()").lower()
            if said.startswith(core) and not any(m.words == (word,) for m in found):
                # "Steine aus Naturstein" for the refused "Natursteinpflaster": the offer's own core
                found.append(Match(phrase, (word,), word.start, word.end, (word,)))
    return found


#: The least letters of the first part of a compound offer word said alone ("Naturstein" of
#: "Natursteinpflaster"): shorter parts ("Ersatz", "Zusatz") name too much else.
_MIN_CORE = 9


def _compound_core(phrase: str, known: Callable[[str, str], bool]) -> str | None:
    """The first part of a German compound offer word, folded to lower case, when both parts are
    words of the language's word list ("Natursteinpflaster": "naturstein" + "Pflaster") and the first
    has :data:`_MIN_CORE` letters or more; None otherwise (the longest such first part)."""
    for cut in range(len(phrase) - _MIN_HEAD, _MIN_CORE - 1, -1):
        first, rest = phrase[:cut], phrase[cut:]
        if known(first.capitalize(), "de") and any(known(form, "de") for form in (rest.capitalize(), rest.lower())):
            return first.lower()
    return None


def _offered(spoken: Spoken, word: object) -> bool:
    """The sentence of ``word`` offers something: it ends in a question or has a cue of offering
    ("wäre ... ideal, soll ich es mitbestellen?")."""
    tokens = spoken.tokens
    at = next((i for i, tok in enumerate(tokens) if word in tok.words), None)
    if at is None:
        return False
    start = at
    while start > 0 and not tokens[start - 1].sentence_end:
        start -= 1
    end = at
    while end < len(tokens) - 1 and not tokens[end].sentence_end:
        end += 1
    texts = " ".join(tok.text for tok in tokens[start : end + 1])
    # (or a cue of offering something in the no's place: "Für die Jungs hätte ich noch eine
    # Traktorfahrt frei", hv51-060)
    # (or given along anyway: "Ich packe Ihnen eine Dartscheibe gratis dazu", hv52-059)
    cues = ("soll ich", "wuerde ich", "waere", "empfehle", "dazu", "obendrauf", "gratis", "umsonst", "beilegen",
            *lexicon.words_for(lexicon.OFFERING, "de"))  # fmt: skip
    return tokens[end].question or any(f" {cue} " in f" {texts} " for cue in cues)


#: An amount and "more": the price of an extra ("£20 more", "20 Euro mehr", "ten pounds extra").
_MORE = frozenset({"more", "extra", "mehr"})
#: Amounts of money said in one word: "a fiver extra", "a tenner more".
_AMOUNT_WORDS = frozenset({"fiver", "tenner", "quid", "euro", "pounds", "pound"})
_MONEY_WORDS = frozenset({"euro", "eur", "pounds", "pound", "quid", "dollars", "franken"})
#: A low price said to sell an extra: "only forty pounds", "kostet nur 5 Euro".
_CHEAP = frozenset({"only", "just", "nur", "bloss", "lediglich"})
#: Low prices in so many words ("die kosten nur die Hälfte", "at a lower rate"); a fee called small
#: ("for a small fee", "für einen kleinen Betrag") is :func:`_small_fee`'s, a price made special
#: ("at a reduced rate") :func:`_special_price`'s.
_CHEAP_PHRASES = (
    ("nur", "die", "haelfte"), ("half", "price"), ("cost", "of", "the", "materials"), ("lower", "rate"),
    ("etwas", "guenstiger"), ("bisschen", "guenstiger"), ("materialkosten",),
)  # fmt: skip
#: Something added to what the customer asked for: "I'll also ...", "ich lege ... dazu", "while he's
#: up there", "wenn der Kollege eh da ist".
_ADDING = frozenset(
    {"also", "too", "auch", "dazu", "zusaetzlich", "extra", "while", "eh", "again", "obendrauf", "noch", "ausserdem",
     "zudem"}
)  # fmt: skip
#: Money going back to the customer, or a cost we carry: a refund's amount is no price, and a
#: cost named to say we cover it ("The postage is only £5, and we'll cover that") sells nothing.
_BACK = frozenset(
    {"back", "refund", "refunded", "return", "zurueck", "erstatten", "erstattet", "ueberweisen", "gutschrift", "cover",
     "covers", "covered", "waive", "waived", "free", "kostenlos", "gratis", "uebernehmen", "uebernimmt",
     "erlassen", "erlasse"}
)  # fmt: skip
#: A price of the past ("it was only £40"): what was paid, not an extra sold.
_WAS = frozenset({"was", "were", "war", "waren", "paid", "bezahlt"})


#: Further questions welcomed: a sentence with these offers help, not the refused thing.
_QUESTIONS_WELCOME = frozenset({"fragen", "frage", "rueckfragen", "questions", "question"})


#: Understanding said of what follows: "ich verstehe, dass ...", "I understand that ...".
_UNDERSTAND = frozenset({"verstehe", "verstehen", "understand", "see"})


def _understood_that(spoken: Spoken, match: Match) -> bool:
    """``match`` stands in a clause the agent says they understand ("ich verstehe, dass jetzt nur
    noch Ihr Einspruch zählt"): the customer's matter said back, nothing pressed."""
    first, _ = sentence_span(spoken, match)
    start = token_span(spoken, match)[0]
    before = [t.text for t in spoken.tokens[first:start]]
    return any(a in _UNDERSTAND and b in ("dass", "that") for a, b in zip(before, before[1:], strict=False))


def _clause_texts(spoken: Spoken, match: Match) -> set[str]:
    """The folded tokens of the clause ``match`` is in (:func:`_clause_span`)."""
    first, last = _clause_span(spoken, match)
    return {t.text for t in spoken.tokens[first : last + 1]}


def _sentence_texts(spoken: Spoken, match: Match) -> list[str]:
    """The folded tokens of the sentence ``match`` is in."""
    first, last = sentence_span(spoken, match)
    return [t.text for t in spoken.tokens[first : last + 1]]


def _priced(spoken: Spoken, match: Match) -> bool:
    """The sentence of ``match`` names an amount of money ("für 60 Euro", "£15 a month")."""
    first, last = sentence_span(spoken, match)
    clause = spoken.tokens[first : last + 1]
    texts = [t.text for t in clause]
    return any(
        text.isdigit()
        and (
            texts[i + 1 : i + 2]
            and texts[i + 1] in _MONEY_WORDS
            or any(ch in w.text for w in clause[i].words for ch in "£€$")
        )
        for i, text in enumerate(texts)
    )


def _cheap_price(clause: Sequence[Token]) -> bool:
    """The clause names a low price (:data:`_CHEAP` before an amount of money within three words,
    or :data:`_CHEAP_PHRASES`): "it's only forty pounds", "die kosten nur die Hälfte"."""
    texts = [t.text for t in clause]
    for i, text in enumerate(texts):
        if text not in _CHEAP:
            continue
        for j in range(i + 1, min(i + 4, len(texts))):
            money = texts[j + 1 : j + 2] and texts[j + 1] in _MONEY_WORDS
            symbol = any(ch in w.text for w in clause[j].words for ch in "£€$")
            if texts[j].isdigit() and (money or symbol):
                return True
    if any(tuple(texts[i : i + len(p)]) == p for p in _CHEAP_PHRASES for i in range(len(texts))):
        return True
    return _small_fee(texts) or _special_price(texts)


#: Words that make a fee small: "a small surcharge", "eine kleine Anfahrtspauschale".
_SMALL = frozenset({"small", "little", "tiny", "klein", "kleine", "kleinen", "kleiner", "geringe", "geringen"})
#: Fees, as English nouns or the ends of German compounds ("Anfahrtspauschale", "Servicegebühr").
_FEES_EN = frozenset({"fee", "charge", "surcharge", "supplement", "amount", "extra", "premium", "sum", "add", "addon"})
_FEE_ENDS_DE = ("gebuehr", "pauschale", "betrag", "beitrag", "aufpreis", "zuschlag", "aufschlag", "entgelt")
#: Words that make a price special: "a special show price", "at a reduced hire".
_SPECIAL = frozenset({"special", "reduced", "discounted", "friendly", "mates", "preferential"})
_RATES = frozenset({"price", "rate", "hire", "fee", "rental", "tariff"})
#: German special terms as compounds: "zu Sonderkonditionen".
_SPECIAL_PRICES_DE = ("sonderkondition", "sonderkonditionen")  # (the "-preis" ones: :func:`_favour_price`)


#: First parts of a German "-preis" compound that make the price a favour or a deal ("zum
#: Vereinspreis", "zum Selbstkostenpreis"); a price of a thing ("Reisepreis", "Vertragspreis",
#: "Milchpreis") is none.
_FAVOUR_PRICES_DE = (
    "sonder", "vorzugs", "aktions", "freundschafts", "einfuehrungs", "kollegen", "vereins", "schul",
    "selbstkosten", "vorteils", "mitglieder", "mitglieds", "stammkunden", "treue", "spezial", "jubilaeums",
    "kennenlern", "schnupper", "material", "einkaufs", "kulanz", "nachbarschafts",
)  # fmt: skip


def _favour_price(token: str) -> bool:
    """A German price named for a favour or a group: "zum Vereinspreis", "zum Schulpreis", "zum
    Selbstkostenpreis" (hv47-014, -055, -103): a compound ending in "preis" whose first part is
    one of :data:`_FAVOUR_PRICES_DE`."""
    return token.endswith("preis") and token[:-5] in _FAVOUR_PRICES_DE


def _small_fee(texts: Sequence[str]) -> bool:
    """A fee called small (:data:`_SMALL`) right before it or with one word between: "for a small
    surcharge" (hv46-173), "kostet nur eine kleine Anfahrtspauschale" (hv46-054)."""
    return any(
        word in _SMALL and any(t in _FEES_EN or t.endswith(_FEE_ENDS_DE) for t in texts[i + 1 : i + 3])
        for i, word in enumerate(texts)
    )


def _special_price(texts: Sequence[str]) -> bool:
    """A price made special (:data:`_SPECIAL` with a rate up to two words after it, or a German
    compound of :data:`_SPECIAL_PRICES_DE`): "at a special show price" (hv46-309), "at a reduced
    hire" (hv46-211), "zum Freundschaftspreis" (hv46-108)."""
    if any(t in _SPECIAL_PRICES_DE or _favour_price(t) for t in texts):
        return True
    return any(word in _SPECIAL and set(texts[i + 1 : i + 4]) & _RATES for i, word in enumerate(texts))


#: Verbs after "we"/"wir" that present something we sell: "we do a little tray", "wir haben auch".
_PITCHING = frozenset({"do", "have", "offer", "sell", "haben", "bieten", "verkaufen"})
#: Giving or doing something extra: "ich lege Ihnen ... bei", "we'll send", "take a look".
_GIVING = frozenset(
    {"bei", "beilegen", "lege", "legen", "schicke", "schicken", "mitschicken", "mitbringen", "schaut", "schauen",
     "send", "add", "include", "pop", "look", "throw", "bring",
     # "die bringen wir für 30 Euro mit": the separable verb apart (hv51-083)
     "bringen", "bringe",
     # "eine kleine Überraschung ... dazulegen, für nur 15 Euro mehr" (hv52-016)
     "dazulegen", "dazugeben", "dazupacken", "packe", "packen"}
)  # fmt: skip


#: Adding something in two words: "machen wir gleich mit", "setze ich gleich mit ins Angebot",
#: "while we're at it".
_ADDING_RUNS = (
    ("gleich", "mit"),
    ("mit", "ins", "angebot"),
    ("while", "were", "at", "it"),
    ("at", "the", "same", "time"),
)
#: Presenting a thing we have: "there's a beach tent we can put up", "es gibt auch".
_PRESENTING = (("theres", "a"), ("there", "is", "a"), ("theres", "also"), ("es", "gibt"), ("haetten", "da"))
#: Papers that state an amount: "an invoice for £85", "eine Rechnung über 85 Euro".
_BILLS = frozenset({"invoice", "bill", "receipt", "statement", "rechnung", "quittung", "beleg", "gutschrift"})
#: Words that lead a price: "for £35", "für 180 Euro", "kostet 120 Euro", "at £15 a day".
_PRICE_LEADS = frozenset({"for", "fuer", "kostet", "costs", "cost", "at"})


def _instead_of_money(texts: Sequence[str]) -> bool:
    """ "instead of your money", "statt der Erstattung": what is put in place is the money claimed."""
    return any(t in _INSTEAD and set(texts[i + 1 : i + 4]) & lexicon.MONEY_CLAIMED for i, t in enumerate(texts))


def _token_sentences(spoken: Spoken) -> list[tuple[Token, ...]]:
    """The reply's tokens cut into sentences (the last one may have no end mark)."""
    found: list[tuple[Token, ...]] = []
    first = 0
    for at, tok in enumerate(spoken.tokens):
        if tok.sentence_end or at == len(spoken.tokens) - 1:
            found.append(tuple(spoken.tokens[first : at + 1]))
            first = at + 1
    return found


def _step_points(context: Context) -> set[str]:
    """The step's key phrasings' content words, cut to five letters: what the customer asked for."""
    stop = lexicon.STOPWORDS.get(context.language, frozenset()) | lexicon.STOPWORDS["en"]
    return {
        token[:5]
        for phrasings in (context.step.expect.key_points.values() if context.step else ())
        for phrasing in phrasings
        for token in normalize(phrasing)
        if len(token) > 3 and token not in stop
    }


#: A small count said in words before a money word: "einen Euro", "ein paar Euro", "a few pounds".
_FEW = frozenset(
    {("einen",), ("ein",), ("ein", "paar"), ("a",), ("one",), ("1",), ("a", "few"), ("a", "couple", "of"), ("few",)}
)
#: A sale made to hang on what the customer wants: "wenn Sie Heizkosten sparen möchten", "if you'd
#: like to save": with a price in the clause, the extra is pitched (hv44-083).
_IF_YOU_WANT = {
    "de": (("wenn", "sie", "moechten"), ("wenn", "sie", "wollen"), ("falls", "sie", "moechten")),
    "en": (("if", "you", "like"), ("if", "you", "want"), ("if", "you", "fancy"), ("if", "youd", "like")),
}


def _price_for(clause: Sequence[Token]) -> bool:
    """The clause prices something: an amount of money (digits with a money word or sign) led by
    :data:`_PRICE_LEADS` ("for £35", "für 180 Euro", "kostet 120 Euro")."""
    texts = [t.text for t in clause]
    # ("for a tenner a session", "for a fiver": an amount in a word, hv42-226)
    if any(a in _PRICE_LEADS and b == "a" and c in ("tenner", "fiver") for a, b, c in zip(texts, texts[1:], texts[2:])):
        return True
    # ("Für einen Euro pro Strecke", "für ein paar Euro im Monat", "for a few pounds": hv44-017, -083)
    for i, text in enumerate(texts):
        if text in _MONEY_WORDS and i >= 2:
            lead = next((j for j in range(i - 1, max(-1, i - 4), -1) if texts[j] in _PRICE_LEADS), None)
            if lead is not None and tuple(texts[lead + 1 : i]) in _FEW:
                return True
    for i, text in enumerate(texts):
        if not (text.isdigit() and i and texts[i - 1] in _PRICE_LEADS):
            continue
        if i >= 2 and texts[i - 2] in _BILLS:
            continue  # "a corrected invoice for £85": what the bill says, nothing sold (hv9-173)
        if (
            texts[i + 1 : i + 2]
            and texts[i + 1] in _MONEY_WORDS
            or any(ch in w.text for w in clause[i].words for ch in "£€$")
        ):
            return True
    return False


#: Words before "off" that make it money off: "20 percent off", "something off", "a tenner off".
_OFF_AMOUNT = frozenset({"percent", "something", "bit", "money", "pounds", "quid", "euro", "tenner", "fiver", "half"})


def _amount_off(clause: Sequence[str]) -> bool:
    """An "off" in the clause follows an amount ("20 off", "20 percent off", "something off")."""
    return any(
        t == "off" and at and (clause[at - 1].isdigit() or clause[at - 1] in _OFF_AMOUNT) for at, t in enumerate(clause)
    )


#: Selling in so many words: a purchase, or a price made special ("zum Kauf", "at trade price",
#: "at half the usual price", "zum Vorzugspreis").
#: (A price made special, "at a reduced rate", "zum Vorzugspreis", is :func:`_special_price`'s.)
_SALE_TERMS = (
    ("zum", "kauf"), ("zu", "kaufen"), ("kaufen",), ("buy",), ("purchase",), ("trade", "price"),
    ("half", "the", "usual", "price"), ("half", "the", "price"), ("cost", "price"), ("half", "price"),
    # a quote: "shall I send a quote for ...?", "ein Angebot für"
    ("a", "quote"), ("ein", "angebot"),
    # "We could add a few treat pouches for the guests at cost" (hv52-204)
    ("at", "cost"), ("zum", "selbstkostenpreis"),
)  # fmt: skip
#: Words before a "cover" that carries a cost ("we'll cover it", "happy to cover that").
_COVER_LEADS = frozenset({"we", "ll", "will", "to", "can", "i", "would", "d", "and", "also", "gladly"})
#: Something put in the refused thing's place: "stattdessen", "instead", "statt der Grundarbeit".
_INSTEAD = frozenset({"statt", "stattdessen", "anstatt", "anstelle", "instead", "alternativ", "alternatively"})
#: How an offer question opens: "Shall I ...?", "Soll ich Ihnen ...?", "Would you like ...?".
_OFFER_OPENERS = (
    ("shall", "i"), ("shall", "he"), ("shall", "she"), ("shall", "we"), ("should", "i"), ("would", "you", "like"),
    ("soll", "ich"), ("sollen", "wir"), ("darf", "ich"), ("moechten", "sie"), ("wollen", "sie"),
    ("how", "about"), ("what", "about"), ("wie", "waere", "es"), ("could", "i"), ("can", "i"), ("koennte", "ich"),
    ("what", "if", "we"), ("what", "if", "i"), ("was", "halten", "sie", "von"),
)  # fmt: skip
#: Selling by what others buy or by the bargain: "It's very popular", "sehr beliebt", "a good deal".
_SALES_PRAISE = (
    ("very", "popular"), ("really", "popular"), ("so", "popular"), ("popular", "choice"), ("good", "deal"),
    ("great", "deal"), ("great", "value"), ("sehr", "beliebt"), ("beliebt",), ("gutes", "angebot"),
    ("guenstiges", "angebot"),
)  # fmt: skip
_OPENING_LEADS = frozenset({"and", "so", "then", "also", "und", "dann", "oh"})


def _standing_refused(context: Context) -> bool:
    """The refused offer is a standing arrangement (:data:`lexicon.STANDING_ARRANGEMENTS`: "a
    yearly contract", "Wartungsvertrag"), as a part of any of its words."""
    parts = lexicon.words_for(lexicon.STANDING_ARRANGEMENTS, context.language)
    return any(part in token for token in _offer_tokens(context) for part in parts)


def _recurs(texts: Sequence[str], language: str) -> bool:
    """The folded words ``texts`` say a service recurs (:data:`lexicon.RECURRENCES`): "every
    spring and autumn", "alle drei Monate", "regularly"."""
    for run in lexicon.words_for(lexicon.RECURRENCES, language):
        words = run.split()
        if words[-1] != "*":
            if has_run(texts, words):
                return True
            continue
        head = words[:-1]
        for i in range(len(texts) - len(head)):
            if tuple(texts[i : i + len(head)]) == tuple(head):
                after = texts[i + len(head) : i + len(head) + 3]
                if any(word in lexicon.RECURRING_UNITS for word in after):
                    return True
    return False


#: Saying what we could do, as an offer: "I could", "wir könnten".
_WE_COULD = (("i", "could"), ("we", "could"), ("ich", "koennte"), ("wir", "koennten"), ("koennten", "wir"),
             ("koennte", "ich"))  # fmt: skip


def _sales_questions(spoken: Spoken, context: Context) -> list[Match]:
    """Questions after the no that offer something for sale: opened as an offer (:data:`_OFFER_OPENERS`)
    and naming a purchase or a special price (:data:`_SALE_TERMS`), with no money going back
    (:data:`_BACK`): "Shall I put a bottle of our house ink in as well, at half the usual price?",
    "Soll ich Ihnen gleich eine moderne Maschine zum Kauf zurücklegen?". A new sale after a no
    presses as the refused offer would (the seeds: accept the no, do not sell on). After a no to a
    standing arrangement, a service offered to recur is that arrangement in other words ("No
    problem. Shall I pencil you in for a tidy-up every spring and autumn?" after "I'm not signing a
    yearly contract", hv35-287)."""
    tokens = spoken.tokens
    standing = _standing_refused(context)
    found: list[Match] = []
    first = 0
    for at, tok in enumerate(tokens):
        if not (tok.sentence_end or at == len(tokens) - 1):
            continue
        sentence = tokens[first : at + 1]
        texts = [t.text for t in sentence]
        # the offer may open a later clause ("While the fitter's there, shall he put ...?")
        starts = [0] + [i + 1 for i, t in enumerate(sentence[:-1]) if t.comma]
        openings = [[t for t in texts[i:] if t not in _OPENING_LEADS] for i in starts]
        offered = any(tuple(opening[: len(o)]) == o for o in _OFFER_OPENERS for opening in openings)
        sale = any(tuple(texts[i : i + len(p)]) == p for p in _SALE_TERMS for i in range(len(texts)))
        sale = sale or _special_price(texts)
        # ... or a low price or praise of the bargain, in it or right after it ("shall we make you a
        # tote bag from it, it's only £20?", "shall I add some tinted film? It's very popular.")
        following: list[Token] = []
        for tok_after in tokens[at + 1 :]:
            following.append(tok_after)
            if tok_after.sentence_end:
                break
        praised = any(has_run([*texts, *(t.text for t in following)], p) for p in _SALES_PRAISE)
        sale = sale or _cheap_price(sentence) or _cheap_price(following) or praised
        sale = sale or (standing and _recurs(texts, context.language))
        # a priced thing in the refused one's place: "Wie wäre es stattdessen mit unserer Grundierung
        # für 90 Euro?" (hv39-089)
        sale = sale or (_price_for(sentence) and bool(_INSTEAD & set(texts)))
        # ... or a priced thing offered that the step does not ask for: "How about a framed photo of
        # the tower team to remember the day, for £25?" after a no to a recording (hv52-174)
        asked = _step_points(context) & {t[:5] for t in texts if len(t) > 3}
        sale = sale or (offered and _price_for(sentence) and not asked)
        # ("gluten-free" is no "free": a word of the thing, not money waived)
        back = {t.text for t in sentence if not any("-" in w.text for w in t.words)} & _BACK
        # ("weekend cover", "illness cover": a thing sold; "we'll cover it" carries a cost)
        back -= {"cover"} - {texts[i + 1] for i, t in enumerate(texts[:-1]) if t in _COVER_LEADS}
        # ... or said as what we could do: "What I could do is send you a second pair at cost price",
        # "I could put them aside for you at a special price" (v45)
        could = any(has_run(texts, run) for run in _WE_COULD)
        if ((sentence[-1].question and offered) or could) and sale and not back:
            words = tuple(dict.fromkeys(w for t in sentence for w in t.words))
            found.append(Match("sale", words, words[0].start, words[-1].end, words))
        first = at + 1
    return found


def _substitutes(spoken: Spoken, context: Context) -> list[Match]:
    """Clauses that offer a substitute deal after the no, in any words: a deal word
    (:data:`lexicon.DEALS`: "Rabatt", "voucher", "something off your next booking") with a cue of
    offering (:data:`lexicon.OFFERING`: "könnten", "instead", "if you ever ... again"), not
    negated ("kein Gutschein, versprochen" confirms the no). "We could take something off your
    next booking instead" pushes as the refused offer would."""
    tokens = spoken.tokens
    deals = set(context.words("deals")) - _offer_tokens(context)  # the refused offer's own words: _accepting
    offering = [normalize(p) for p in context.words("offering")]
    upsell = [normalize(p) for p in context.words("upsell")]
    sales_talk = [normalize(p) for p in context.words("sales_talk")]
    negations = set(context.words("negations"))
    found = []
    first = opening = 0  # the clause's and the sentence's first token
    previous: tuple[int, list[str]] | None = None  # the clause before, in this sentence: (first token, texts)
    for at, tok in enumerate(tokens):
        if not (tok.comma or tok.sentence_end or at == len(tokens) - 1):
            continue
        clause = [t.text for t in tokens[first : at + 1]]
        sentence_end = next((i for i in range(at, len(tokens)) if tokens[i].sentence_end), len(tokens) - 1)
        sentence = [t.text for t in tokens[opening : sentence_end + 1]]
        cue = any(tuple(sentence[i : i + len(p)]) == p for p in offering for i in range(len(sentence)))
        # "He could give your appliances a going-over while he's there": an extra sold on the visit
        # (the clause that sells it is the one quoted; the cue may stand elsewhere in the sentence)
        extra = any(tuple(clause[i : i + len(p)]) == p for p in upsell for i in range(len(clause)))
        # "for just £20 more", "für 20 Euro mehr": a price for something extra, in this clause
        # ("just a fiver extra": an amount in a word, hv41-195)
        priced = any(
            (a.isdigit() or a in _AMOUNT_WORDS) and b in _MORE for a, b in zip(clause, clause[1:], strict=False)
        ) or any(
            a.isdigit() and b in _MONEY_WORDS and c in _MORE
            for a, b, c in zip(clause, clause[1:], clause[2:], strict=False)
        )
        extra = extra or priced
        # "I'll also pop him in a keepsake box, they're only twelve pounds": an extra sold by its low
        # price, something added in the sentence, and no money going back in the clause
        on_the_visit = {"when", "there"} <= set(sentence)  # "When the team's there, they can ..."
        # (or given, pitched as ours, or recommended: "ich lege Ihnen ... bei, die kosten nur 29 Euro",
        # "we do a little sparkling wine tray, just fifteen pounds", "Maybe a warm-up in our tank would
        # help, it's only twenty pounds")
        pitched = bool(_GIVING.intersection(sentence) or _RECOMMENDING_MOOD.intersection(sentence))
        pitched = pitched or any(a in ("we", "wir") and b in _PITCHING for a, b in zip(sentence, sentence[1:]))
        adding = bool(_ADDING.intersection(sentence)) or any(has_run(sentence, run) for run in _ADDING_RUNS)
        instead = bool(_INSTEAD & set(sentence))
        ours = bool(set(sentence) & {"wir", "unsere", "unser", "we", "our"})
        modal = ours and bool(set(sentence) & {"kann", "koennen", "koennten", "koennte", "can", "could"})
        # (what the step asks for, in the sentence; in a clause joined on with "und"/"and", in that
        # clause alone: "Donnerstag um 14:30 Uhr beginnen wir, und für einen kleinen Monatsbetrag
        # könnten wir danach regelmäßig nach den Nähten sehen" sells, hv45-129)
        joined_on = clause[:1] in (["und"], ["and"])
        asked = _step_points(context) & {t[:5] for t in (clause if joined_on else sentence) if len(t) > 3}
        # ("Für eine kleine Gebühr könnte unser Zollagent den Container vorziehen": offered by us, hv44-125)
        wanted = any(_ordered(sentence, run) for run in _IF_YOU_WANT.get(context.language, _IF_YOU_WANT["en"]))
        cheap = _cheap_price(tokens[first : at + 1]) and (
            adding or on_the_visit or pitched or instead or (modal and not asked)
        )
        # a price for something added or presented ("I could add a little tiled border for £35 while
        # we're at it", "setze ich Ihnen für 180 Euro gleich mit ins Angebot", "there's a beach tent we
        # can put up for you for £15 a day"): an extra sold as a low price sells it (hv38-134, -244)
        presented = any(has_run(sentence, run) for run in _PRESENTING)
        # ... or put in the refused thing's place ("Statt der Grundarbeit könnten wir Ihnen eine
        # Feuchtesperre für 180 Euro aufbringen", hv39-149)
        # ... or offered by us at a price, on nothing the step asks for ("Für 150 Euro kann unsere
        # Koordinatorin Lena täglich besuchen", "We can send one out this week for £49", hv40-092)
        # ... or brought along by us at a price ("Ich lasse aber eine kleine Türklingel für 49 Euro
        # mitbringen", hv41-075)
        priced_for = _price_for(tokens[first : at + 1])
        # ("Dann nehmen Sie doch wenigstens unser Picknickpaket für 9 Euro": pressed in the no's
        # place, hv51-110)
        pressed = bool({"wenigstens", "zumindest"} & set(sentence)) or has_run(sentence, ("at", "least"))
        cheap = cheap or (
            priced_for and (adding or presented or instead or pressed or ((modal or pitched or wanted) and not asked))
        )
        # ("we're" folds to "were": a present, no price of the past)
        past = {t.text for t in tokens[first : at + 1] if not any("'" in w.text or "’" in w.text for w in t.words)}
        # ("For a few pounds a day we could cover any knocks": cover sold at a price, hv45-286)
        back_said = _BACK.intersection(sentence)
        if priced_for:
            back_said -= {"cover", "covers", "covered"}
        cheap = cheap and not back_said and not _WAS.intersection(past)
        # ("I'll pop a family pass in with the pumpkins, just a fiver extra": given along, priced extra)
        cue = cue or cheap or (priced and pitched)
        extra = extra or cheap
        # "ich lege Ihnen unverbindlich ein Muster bei", "have someone look it over for a small fee":
        # selling talk with something given or done is its own cue ("der Termin bleibt unverbindlich"
        # sells nothing)
        talk = any(tuple(clause[i : i + len(p)]) == p for p in sales_talk for i in range(len(clause)))
        cue = cue or (talk and bool(_GIVING.intersection(sentence)))
        # "no obligation" is a selling phrase: its "no" negates nothing
        sold = {w for p in upsell for i in range(len(clause)) if tuple(clause[i : i + len(p)]) == p for w in p}
        # "off" is a deal after an amount ("20% off", "something off"), not in "sign off" or "day off"
        dealt = {d for d in deals.intersection(clause) if d != "off" or _amount_off(clause)}
        # something offered in the refused thing's place, in any words: "Ich kann Ihnen statt einer
        # Ratenvereinbarung auch eine Stundung anbieten" (hv39-017; not money given back instead)
        offered_instead = bool(_INSTEAD & set(clause)) and any(
            has_run(clause, p) for p in offering if p not in (("stattdessen",), ("instead",))
        )
        # ("Instead of your money I'll note a credit": in place of what they claim, not of the refused
        # offer: the remedy withheld, contradiction's part_kept)
        offered_instead = offered_instead and not _instead_of_money(clause)
        extra = extra or (offered_instead and not _BACK.intersection(sentence))
        if (dealt or extra) and cue and not negations.intersection(set(clause) - sold):
            # a price said as a clause of its own after the thing given ("... zur Führung dazulegen,
            # für nur 15 Euro mehr", hv52-016): the thing is part of the push
            start = first
            if previous is not None and not _GIVING.intersection(clause) and _GIVING.intersection(previous[1]):
                start = previous[0]
            words = tuple(dict.fromkeys(w for t in tokens[start : at + 1] for w in t.words))  # "going-over": one word
            found.append(Match("substitute", words, words[0].start, words[-1].end, words))
        previous = (first, clause) if not tok.sentence_end else None
        first = at + 1
        opening = at + 1 if tok.sentence_end else opening
    return found


#: A gift: something given free ("kostenlos", "on the house", "our treat").
_GIFTS = {
    "de": (("kostenlos",), ("gratis",), ("umsonst",), ("geschenkt",), ("aufs", "haus"), ("auf", "unsere", "kosten"),
           ("ohne", "aufpreis"), ("ohne", "zusatzkosten"), ("ohne", "extrakosten"), ("ohne", "kosten"),
           ("ohne", "berechnung"),
           ("kostenfrei",),
           # something given as a gesture: "als Geste", "als kleine Aufmerksamkeit" (hv53-056)
           ("als", "geste"), ("kleine", "aufmerksamkeit")),
    "en": (("on", "the", "house"), ("our", "treat"), ("free", "of", "charge"), ("for", "free"), ("complimentary",),
           ("on", "us"), ("at", "no", "extra", "cost"), ("at", "no", "charge"), ("no", "extra", "charge"),
           ("at", "no", "cost"), ("as", "a", "gesture"), ("goodwill", "gesture")),
}  # fmt: skip
#: The words of the gifts said as a gesture (:data:`_GIFTS`).
_GESTURE_WORDS = frozenset({"als", "geste", "kleine", "aufmerksamkeit", "as", "a", "gesture", "goodwill"})
#: A gift made hang on the customer's liking ("wenn Ihre Mutter mag", "if your daughter fancies"):
#: something extra offered, not the remedy owed.
_IF_LIKED = {
    "de": (("wenn", "mag"), ("wenn", "moegen"), ("wenn", "moechten"), ("falls", "lust"), ("wenn", "lust"),
           ("falls", "mag"), ("falls", "moegen"),
           # whenever they like, or an occasion to come ("wann immer Sie mögen", "wenn Ihr Jahrestag kommt")
           ("wann", "immer"), ("wenn", "jahrestag"), ("wenn", "geburtstag")),
    "en": (("if", "fancies"), ("if", "fancy"), ("if", "like"), ("if", "likes"), ("if", "would", "like"),
           ("when", "home"), ("when", "back"),
           # whenever they like, or an occasion to come ("whenever you fancy", "when your first
           # anniversary comes round", hv55-177, -180)
           ("whenever", "fancy"), ("whenever", "like"), ("whenever", "want"), ("when", "comes", "round"),
           ("when", "comes", "around")),
}  # fmt: skip


def _gifts(spoken: Spoken, context: Context) -> list[Match]:
    """Sentences after the no that offer something extra free (:data:`_GIFTS`), made to hang on
    the customer's liking (:data:`_IF_LIKED`) or said with a cue of offering
    (:data:`lexicon.OFFERING`), and naming no key point of the step: "Und wenn Ihre Mutter mag,
    spielt unser Spieler noch eine Stunde kostenlos bei ihr" after a no to a free show, "If your
    daughter fancies a sunset glide later on, that's on the house" after a no to a free tour. The
    refused offer comes back as a gift (v36; the remedy owed, "Wir vergolden kostenlos neu",
    names the point and is none)."""
    lang = context.language if context.language in _IF_LIKED else "en"
    offering = [normalize(p) for p in context.words("offering")]
    # (the words of taking the no, "that's fine", name no point a gift could be)
    stop = lexicon.STOPWORDS.get(context.language, frozenset()) | lexicon.STOPWORDS["en"]
    stop = stop | {token for phrase in context.words("acceptance") for token in normalize(phrase)}
    points = {
        token for phrasings in (context.step.expect.key_points.values() if context.step else ())
        for phrasing in phrasings for token in normalize(phrasing) if len(token) > 3 and token not in stop
    }  # fmt: skip
    negations = set(context.words("negations"))
    found: list[Match] = []
    for sentence in _token_sentences(spoken):
        texts = [t.text for t in sentence]
        added = _added_in(texts, lang)
        gift = added or any(has_run(texts, run) for run in _GIFTS[lang])
        liked = any(_ordered(texts, run, 8) for run in _IF_LIKED[lang])
        # (something added in unasked is offered by saying so: "packe ich noch ... mit ein")
        # (or asked: "Vielleicht darf unser Künstler ... ein paar Kunststücke zeigen, als Geste?", hv53-056)
        asked = sentence[-1].question
        cue = (
            liked
            or added
            or asked
            or any(has_run(texts, p) for p in offering)
            or any(has_run(texts, o) for o in _OFFER_OPENERS)
        )
        # the gift's own clause decides: "..., fährt die Familie noch mal ohne Aufpreis durch die
        # Altstadt, und das Geld erstatten wir auch" gives the refund owed beside it
        clause = _gift_clause(sentence, lang)
        # the refused free thing in two words: "zwei Fahrten ..., ganz ohne Kosten" for "Freifahrt"
        cue = cue or any(t.startswith(head) for head in _free_heads(context) for t in texts)
        gift_words = {w for run in _GIFTS[lang] if has_run(clause, run) for w in run}
        # a sum offered as a gesture is money for the matter, no extra ("I could offer £50 as a
        # goodwill gesture", hv36-307)
        if gift_words and gift_words <= _GESTURE_WORDS and any(t[:1].isdigit() for t in clause):
            gift = False
        named = any(len(t) > 3 and any(p == t or p.endswith(t) or t.endswith(p) for p in points) for t in clause)
        # money going back is owed, not a gift ("when you're back" is a time)
        back = _BACK - {"free", "kostenlos", "gratis", "back", "zurueck"}
        negated = negations.intersection(set(clause) - gift_words)
        # offered as the other choice to money going back ("Sie bekommen das Geld zurück, oder, wenn
        # Sie mögen, ..."): the remedy's choice, not the refused offer pressed
        returned = (_BACK - {"free", "kostenlos", "gratis"}).intersection(texts)
        choice = bool(returned) and bool({"oder", "or", "alternatively", "alternativ"} & set(texts))
        if gift and cue and not named and not negated and not choice and not back.intersection(clause):
            words = tuple(dict.fromkeys(w for t in sentence for w in t.words))
            found.append(Match("gift", words, words[0].start, words[-1].end, words))
    return found


#: How an offer word says it is free: "Freikarte", "Gratisfahrt", "free class".
_FREE_MODIFIERS = ("frei", "gratis", "free")


def _free_heads(context: Context) -> list[str]:
    """The things the refused offer gives free, folded: "fahrt" of "Freifahrt", "karte" of
    "Freikarte", "class" of "free class" (four letters or more), so that the thing said with a
    gift phrase (:data:`_GIFTS`) is that offer in other words (hv38-057)."""
    heads: list[str] = []
    for phrase in context.step.expect.offer_words if context.step else ():
        words = normalize(phrase)
        if len(words) == 2 and words[0] in _FREE_MODIFIERS:
            heads.append(words[1])
        elif len(words) == 1:
            lead = next((m for m in _FREE_MODIFIERS if words[0].startswith(m)), None)
            if lead and len(words[0]) - len(lead) >= 4:
                heads.append(words[0][len(lead) :])
    return [head for head in heads if len(head) >= 4]


def _gift_clause(sentence: Sequence[Token], lang: str) -> list[str]:
    """The folded words of the clause of ``sentence`` (cut at commas) that holds a gift
    (:data:`_GIFTS`), or of the whole sentence when none does alone."""
    clauses: list[list[str]] = [[]]
    for tok in sentence:
        clauses[-1].append(tok.text)
        if tok.comma:
            clauses.append([])
    clauses = [c for c in clauses if c]
    for at, clause in enumerate(clauses):
        if not any(has_run(clause, run) for run in _GIFTS[lang]) and _added_in(clause, lang):
            # the added thing's own part, after "und": "Er kommt am Mittwoch ... und zeigt als
            # kleines Extra noch Kunststücke" names the slot before it
            cut = max((i for i, text in enumerate(clause) if text in ("und", "and")), default=-1)
            return clause[cut + 1 :] if _added_in(clause[cut + 1 :], lang) else clause
        if any(has_run(clause, run) for run in _GIFTS[lang]):
            # a gift said after its thing ("..., Sie wechseln zu einer anderen Trainerin, ohne
            # Aufpreis") belongs to the clause before it
            return [*clauses[at - 1], *clause] if at and len(clause) <= 3 else clause
    return [t.text for t in sentence]


#: Something extra added in, unasked: "packe ich noch Knieschoner mit ein", "noch etwas Herzhaftes
#: dazu", "als kleines Extra", "I'll tuck in a little something", "throw in" (v53's writer: the
#: refused offer back in small, a push after the no).
_ADD_IN = {
    "de": (("noch", "dazu"), ("noch", "mit", "ein"), ("kleines", "extra"), ("als", "extra"), ("obendrauf",)),
    "en": (("throw", "in"), ("throwing", "in"), ("little", "something"), ("little", "extra"), ("as", "a", "bonus"),
           ("tuck", "in")),
}  # fmt: skip


#: The same in a German verb frame, whose parts may stand far apart: "packe ich Ihnen einen
#: kleinen Weihnachtsgruß zum Beschriften mit ein", "lege ich Ihnen ein paar bewegte Bilder von
#: der Aufnahme dazu"; and English "add"/"include" with a little something (v54's writer: a
#: related item after a no is a stand-in, a push).
_ADD_IN_FRAME = {
    "de": (("packe", "mit", "ein"), ("lege", "dazu"), ("lege", "bei"), ("packen", "mit", "ein"), ("legen", "dazu"),
           ("legen", "bei"), ("packe", "dazu"), ("packe", "bei")),
    "en": (("add", "little"), ("include", "little"), ("add", "some", "little"), ("pop", "in", "little")),
}  # fmt: skip


def _added_in(texts: Sequence[str], lang: str) -> bool:
    """``texts`` (folded words) add something extra in (:data:`_ADD_IN`, :data:`_ADD_IN_FRAME`
    within twelve words)."""
    if any(_ordered(texts, run) for run in _ADD_IN.get(lang, _ADD_IN["en"])):
        return True
    # (something small or free goes in, not "Ich lege Ihnen die Rechnung bei", nor a note for the
    # order: "I'll add a little note so nobody sends it")
    small = (lang != "de" or bool(set(texts) & _SMALL_DE)) and not set(texts) & _PAPERS
    return small and any(_ordered(texts, run, within=12) for run in _ADD_IN_FRAME.get(lang, _ADD_IN_FRAME["en"]))


#: Notes and papers put with an order: no extra ("a little note", "einen kleinen Hinweis").
_PAPERS = frozenset({"note", "notes", "reminder", "comment", "label", "message", "invoice", "receipt", "hinweis",
                     "notiz", "vermerk", "rechnung", "quittung", "lieferschein"})  # fmt: skip
#: What marks a thing put in as a little extra, in German: "einen kleinen Gruß", "ein paar Bilder".
_SMALL_DE = frozenset({"klein", "kleine", "kleinen", "kleines", "kleiner", "paar", "gratis", "kostenlos", "noch",
                       "extra", "geschenk", "umsonst"})  # fmt: skip


def _ordered(texts: Sequence[str], run: Sequence[str], within: int = 5) -> bool:
    """``run``'s words stand in ``texts`` in that order, each within ``within`` words of the one
    before (four words between, by default)."""
    at = -1
    for word in run:
        nxt = next(
            (i for i in range(at + 1, len(texts) if at < 0 else min(len(texts), at + within + 1)) if texts[i] == word),
            None,
        )
        if nxt is None:
            return False
        at = nxt
    return True


#: A recommendation's mood: "maybe mix in", "would've prevented"; "would"/"würde" only before a
#: judgement ("would be great value", "würde sich rechnen"), not before any verb ("the vet bill
#: would go through our insurance" refuses, hv25-280).
_RECOMMENDING_MOOD = frozenset({"maybe", "perhaps", "vielleicht", "wouldve"})
_WOULD = frozenset({"would", "wuerde", "wuerden", "koennte", "koennten"})
_JUDGED = frozenset({"be", "sein", "sich", "really", "definitely", "certainly", "wirklich"})


def _recommends(texts: Sequence[str]) -> bool:
    """The sentence (folded words) speaks in a recommending mood (:data:`_RECOMMENDING_MOOD`)."""
    return bool(set(texts) & _RECOMMENDING_MOOD) or any(
        a in _WOULD and b in _JUDGED for a, b in zip(texts, texts[1:], strict=False)
    )


#: Words of selling in a phrase the trainer lists to avoid: worth, paying off, what most take.
_SELLING_WORDS = frozenset(
    {"worth", "lohnt", "lohnen", "rechnet", "meisten", "most", "popular", "beliebt", "recommend", "empfehle",
     "empfehlen"}
)  # fmt: skip


def _persuading(turn: Turn, spoken: Spoken, context: Context, hits: Sequence[Match]) -> list[Match]:
    """Sentences after the first that sell in the trainer's words of persuasion: one of the step's
    ``avoid`` phrases as :mod:`avoid_phrase` finds it (in a step that expects the no accepted, the
    trainer lists there how the offer is pressed: "great value", "rechnet sich", "would have
    prevented") in a sentence with a recommending mood (:func:`_recommends`) that sells something
    of ours or names a price. "A few weeks of our Tuesday sessions would be great value for him"
    presses a refused class in other words (found on the sealed set v29, where six such pushes
    named no offer word). Not in the first sentence or a question, nor in a sentence a push
    already found stands in. Times as the typed or heard words carry them."""
    tokens = spoken.tokens
    if not tokens:
        return []
    opening = next((at for at, tok in enumerate(tokens) if tok.sentence_end), len(tokens) - 1)
    taken = {sentence_span(spoken, m) for m in hits}
    # a reply that never takes the no may sell from its first word ("Honestly, most customers with
    # older cookers find a monthly plan worth having", hv44-172), in the trainer's selling words
    accepted = any_phrase_found(list(context.words("acceptance")), spoken.words, max_gap=0) is not None
    found: list[Match] = []
    for finding in avoid_phrase.analyze(turn, context):
        said = tuple(w for w in spoken.words if finding.start - 1e-6 <= w.start and w.end <= finding.end + 1e-6)
        if not said:
            continue
        match = Match("persuasion", said, said[0].start, said[-1].end, said)
        first, last = sentence_span(spoken, match)
        selling = not accepted and bool({t for w in said for t in normalize(w.text)} & _SELLING_WORDS)
        if (first <= opening and not selling) or (first, last) in taken or tokens[last].question:
            continue
        texts = {t.text for t in tokens[first : last + 1]}
        # something of ours beside the persuasion, or a price, is sold: "you could make a claim on
        # your home insurance" advises (hv19-213), "the vet bill would go through our insurance"
        # refuses (hv25-280: "our insurance" is the avoid phrase itself); they sell nothing
        own = set(match.words)
        beside = {t.text for t in tokens[first : last + 1] if not set(t.words) & own}
        sold = (
            bool(beside & lexicon.OUR_POSSESSIVES)
            or bool(texts & {"more", "mehr", "extra", "aufpreis"})
            or _priced(spoken, match)
        )
        if (_recommends([t.text for t in tokens[first : last + 1]]) and sold) or selling:
            found.append(match)
            taken.add((first, last))
    return found


#: Saying a thing would have kept the trouble away: "a clear coat would stop this ever happening
#: again", "mit Geräten, die sich selbst melden, wäre so ein Ausfall gar nicht erst passiert".
_PREVENTS = (("stop", "this", "happening", "again"), ("stop", "this", "ever", "happening"),
             ("stop", "it", "happening", "again"), ("never", "happen", "again"), ("would", "not", "have", "happened"),
             ("gar", "nicht", "erst", "passiert"), ("gar", "nicht", "1", "passiert"), ("nie", "wieder"), ("verhindert",),
             ("prevent",), ("prevents",), ("vorbeugen",))  # fmt: skip
_MIGHT_HAVE = frozenset({"would", "wouldve", "wuerde", "wuerden", "waere", "haette", "koennte", "could"})


def _prevention_pitch(spoken: Spoken, context: Context) -> list[Match]:
    """Sentences after the first that sell a thing by the trouble it would have kept away, in a
    conditional ("Once the tiles are back, a clear protective coat would stop this ever happening
    again", "Übrigens, mit Geräten, die sich selbst melden, wäre so ein Ausfall gar nicht erst
    passiert", hv43-302, -052): after a no, the refused kind of offer pressed in other words. Not
    with ourselves as the subject ("we'd make sure it never happens again" promises), not a
    question."""
    tokens = spoken.tokens
    found: list[Match] = []
    start = next((at + 1 for at, tok in enumerate(tokens) if tok.sentence_end), len(tokens))
    while start < len(tokens):
        end = next((at for at in range(start, len(tokens)) if tokens[at].sentence_end), len(tokens) - 1)
        # the clause that says it (up to a comma): ours as its subject promises ("we'd make sure ...")
        clause: list[str] = []
        for tok in tokens[start : end + 1]:
            clause.append(tok.text)
            if tok.comma or tok is tokens[end]:
                if any(has_run(clause, run) for run in _PREVENTS):
                    break
                clause = []
        ours = set(clause) & {"we", "i", "wir", "ich", "well", "ill", "wed", "id", "uns", "unser", "our"}
        if set(clause) & _MIGHT_HAVE and clause and not ours and not tokens[end].question:
            words = tuple(dict.fromkeys(w for t in tokens[start : end + 1] for w in t.words))
            found.append(Match("prevention", words, words[0].start, words[-1].end, words))
        start = end + 1
    return found


def declines_in_first_sentence(spoken: Spoken, context: Context) -> bool:
    """The reply's first sentence names the refused offer to accept the no ("No problem, no wash
    club", "Kein Problem – die Rauchmelder sind damit vom Tisch"): the no said back, which is what
    makes a plain "no problem" more than taking note (used by ``not_listening.accepted_no``)."""
    tokens = spoken.tokens
    end = next((at for at, tok in enumerate(tokens) if tok.sentence_end), len(tokens) - 1)
    return any(
        token_span(spoken, match)[1] <= end and _accepting(spoken, match, context)
        for match in _offer_mentions(spoken, context)
    )


_NOT = frozenset({"not", "nicht"})


def analyze(turn: Turn, context: Context) -> list[Finding]:
    step = context.step
    words = reply_words(turn, context)
    if step is None or not words:
        return []
    spoken = Spoken(words)
    if not step.expect.accept_no:
        # a no holds for the rest of the call: the refused offer named again in a later turn
        hits = [
            match
            for phrase in context.refused_before
            for match in penalty_matches(find_phrase(phrase, spoken, **context.penalty_match_kwargs()), context)
            if not _accepting(spoken, match, context)
            and not _amount_elsewhere(spoken, match)
            and not _part_of_another(spoken, match)
        ]
        hits += [
            match
            for match in _compounds_of(context.refused_before, spoken, context)
            if not _accepting(spoken, match, context)
        ]
        return [_pushed(sorted(hits, key=lambda m: m.start), context)] if hits else []
    hits = [match for match in _offer_mentions(spoken, context) if not _accepting(spoken, match, context)]
    hits += _substitutes(spoken, context)  # another deal in its place: the no not taken either
    hits += _sales_questions(spoken, context)  # a new sale offered: the no not taken either
    hits += _gifts(spoken, context)  # the refused offer back as a gift
    hits += _prevention_pitch(spoken, context)  # a thing sold by the trouble it would have kept away
    hits += _also_offered(spoken, context)  # "We could also ...": something more put on top of the no
    hits += _persuading(turn, spoken, context, hits)
    for phrase in context.words("push"):
        # a negation binds to its neighbour: "why not" is not "why you're not sure"
        kwargs = {**context.penalty_match_kwargs(), **({"max_gap": 0} if _NOT & set(phrase.lower().split()) else {})}
        for match in penalty_matches(find_phrase(phrase, spoken, **kwargs), context):
            if phrase in _ONLY_ASKED and not spoken.tokens[sentence_span(spoken, match)[1]].question:
                continue  # "Anyway, your refund is on its way" presses nothing
            if phrase in _TAKEN_BACK and not _priced(spoken, match):
                continue
            if phrase in _TRIAL and not _THEM & _clause_texts(spoken, match) and not _priced(spoken, match):
                continue  # "kühl genug zum Testen der Tropfer": our test, nothing for them to try
            if _QUESTIONS_WELCOME & set(_sentence_texts(spoken, match)):
                continue  # "Wenn Sie doch noch Fragen haben, rufen Sie an": help offered, nothing sold
            if _doubts_a_fact(spoken, match, context):
                continue  # "Sind Sie sicher, dass es unser Video ist?": their account doubted (contradiction's)
            if _understood_that(spoken, match):
                continue  # "ich verstehe, dass jetzt nur noch Ihr Einspruch zählt": their matter, taken up
            if _only_needed(spoken, match):
                continue  # "dann brauche ich nur noch Ihr Aktenzeichen": what the agent needs, no pressing
            if _warned(spoken, match, context):
                continue  # "Gießen Sie aber trotzdem, sonst passiert das wieder": a lesson, no offer pressed
            if not (
                _own_concession(spoken, match, context)
                or _other_matter(spoken, match, turn, context)
                or _contingency(spoken, match, context)
            ):
                hits.append(match)
    if not hits:
        return []
    return [_pushed(sorted(hits, key=lambda m: m.start), context)]


#: Offering modals of the conditional: "könnten", "could" (not "kann"/"can": "Frau Albrecht kann
#: dann auch gleich schauen, was Sie beim Arzt ansprechen sollten" helps with their own matter).
_COULD = frozenset({"koennten", "koennte", "could"})
#: "also" in the sense of "on top of it": "could also", "könnten ... auch gleich", "dabei gleich".
_ON_TOP = (("also",), ("auch", "gleich"), ("dabei", "gleich"), ("dabei", "auch"), ("gleich", "mit"))


def _also_offered(spoken: Spoken, context: Context) -> list[Match]:
    """Sentences after the no that offer one more thing on top: a conditional modal of offering
    (:data:`_COULD`) with "also" / "auch gleich" / "dabei gleich" (:data:`_ON_TOP`), naming no key
    point of the step and not negated: "We could also give you a parchment copy to hang behind
    the counter", "Wir könnten Ihren Fuß dabei auch gleich für eine Stütze ausmessen" (hv55). Every
    held-out writer who wrote one after a no labels it a push (v2 to v55: 21 of 21 replies); the
    seeds: a no taken is a no, not a cue for the next sale. Not "could also have been" (a past
    guess)."""
    points = _step_points(context)
    negations = set(context.words("negations"))
    found: list[Match] = []
    for sentence in _token_sentences(spoken):
        texts = [t.text for t in sentence]
        could = next((i for i, t in enumerate(texts) if t in _COULD), None)
        if could is None or texts[could + 1 : could + 3] in (["have"], ["also", "have"]):
            continue
        if not any(has_run(texts, run) for run in _ON_TOP) or negations & set(texts):
            continue
        if any(len(t) > 3 and t[:5] in points for t in texts):
            continue  # "Dann könnten wir auch gleich den Termin festmachen": the step's own matter
        words = tuple(dict.fromkeys(w for t in sentence for w in t.words))
        found.append(Match("also offered", words, words[0].start, words[-1].end, words))
    return found


def _pushed(hits: list[Match], context: Context) -> Finding:
    """The finding for the pushes ``hits`` (in time order)."""
    first = hits[0]
    return make_finding(
        context,
        "pushed_after_no",
        severity="major",
        skill="empathy",
        start=first.start,
        end=hits[-1].end,
        evidence={
            "said": first.text,
            "words": [w for m in hits for w in m.to_json()],
            "phrases": sorted({m.phrasing for m in hits}),
        },
    )
