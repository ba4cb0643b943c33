"""Kinds of sentence a coach recognises in any words: taking up a feeling, and disagreeing.

The phrase lists of :mod:`lexicon` hold examples; a trainee says the same thing in words nobody
listed ("Das ist natürlich ärgerlich für Sie", "I can imagine how stressful that is"; "Abzocke ist
das nicht", "you must have misread the letter"). Here each kind is a small grammar over one clause
of the reply (:func:`voicecoach.core.meaning.clauses`: lemmas from the context's language
resources, German separable verbs joined), with word classes from :mod:`lexicon`:

Taking up a feeling (:func:`acknowledgement`), any of:

- ``feeling``: a word that names an unpleasant feeling or experience (``FEELING_WORDS``:
  ärgerlich, Sorge, frustrating, hassle, ...), not negated ("Das ist nicht schlimm" and "keine
  Sorge" play it down);
- ``understanding``: a verb of understanding with the agent as subject ("das kann ich mir
  vorstellen", "I can appreciate that"), not negated;
- ``apology``: an apology in any form (entschuldigen, bedauern, "tut ... leid", apologise, sorry);
- ``agreement``: the customer is right ("Sie haben recht", "zu Recht", "you're right", "fair");
  the situation is not as it should be ("Das ist nicht in Ordnung", "that shouldn't happen",
  "you shouldn't have to ..."): a norm word, negated, at the end of its clause;
- ``ownership``: our mistake ("unser Fehler", "bei uns ist etwas schiefgelaufen", "we messed up")
  or not the customer's ("Das ist nicht Ihre Schuld");
- ``perspective``: taking the customer's place, with "auch"/"too" ("Das würde ich an Ihrer Stelle
  auch nicht wollen", "I'd be cross too in your position"; "An Ihrer Stelle würde ich neu
  starten" is advice, not taking anything up);
  the agent in the customer's place, first person, conditional and "auch"/"too" ("Da wäre ich
  auch außer mir", "I'd have lost my patience too");
- ``concern``: a question after the customer's well-being ("Wie geht es Ihrem Sohn jetzt?",
  "Are you okay?");
- ``thanks`` (only for a complaint, ``thanks=True``): danke, thank you, grateful.

Disagreeing with the customer (:func:`disagreement`), any of:

- ``negated_truth``: "das stimmt (so) nicht (ganz)", "that's not quite right/accurate", "das ist
  so nicht korrekt": a truth word, negated, at the end of its clause, in a statement that is not
  a condition ("wenn das nicht stimmt" / "if that's not right" are not);
- ``your_error``: the customer erred: a reflexive error verb with "Sie" (sich irren, vertun,
  verhören, verlesen, verwechseln), "Sie haben ... falsch verstanden/gelesen", "you're
  mistaken/confused", "you misread/misheard/misunderstood/mixed up", "you must have <done>"
  (not "been": "you must have been worried" is empathy), "Sie müssen ... übersehen haben";
- ``blame``: the fault is the customer's ("Ihre Schuld", "your fault/responsibility/problem",
  not negated), the customer failed a duty ("Sie haben die AGB nicht gelesen", "you didn't tell
  us"), or the customer agreed to the rule ("it's in the terms you signed", "Sie haben dem
  zugestimmt");
- ``dissent``: the agent sees it otherwise ("Das sehe ich anders", "I disagree", "Das glaube ich
  nicht", "I don't think so");
- ``denied_claim``: the reply denies the customer's own word ("Abzocke ist das nicht", "That's no
  scam"): a content word of the customer's line (not negated there) after a copula and a negation.

Precision first: a question, a condition ("wenn", "if") or a clause about the agent's own side
never disagrees; a negated acknowledgement never counts as one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from voicecoach.core.analyzers import lexicon
from voicecoach.core.language import LanguageResources
from voicecoach.core.meaning import Piece, clauses
from voicecoach.core.text import Match, fold
from voicecoach.core.timeline import Word

#: Negations as folded pieces (English contractions are split: "don't" -> "do" + "not").
NEGATIONS = frozenset(
    {"no", "not", "never", "none", "nothing", "nobody", "cannot", "nicht", "nichts", "kein", "keine", "keinen"}
    | {"keiner", "keinem", "keines", "nie", "niemals", "nirgends"}
)
_FIRST = {"de": frozenset({"ich", "wir", "mir", "uns", "mich"}), "en": frozenset({"i", "we", "me", "us"})}
_SECOND = {
    "de": frozenset({"sie", "ihnen", "ihr", "ihre", "ihren", "ihrer", "ihrem"}),
    "en": frozenset({"you", "your"}),
}
_OURS = {"de": frozenset({"unser", "unsere", "unserer", "unseren", "unserem", "uns", "wir", "mein", "meine", "meiner"})}
_OURS["en"] = frozenset({"our", "we", "my", "us", "ours"})
_SUBJECT = {"de": "sie", "en": "you"}
_CONDITION = {"de": frozenset({"wenn", "falls", "ob", "sofern"}), "en": frozenset({"if", "whether", "unless"})}
_QUESTION_END = "?"


@dataclass(frozen=True)
class Found:
    """One clause of a kind: which kind, and the words that showed it."""

    kind: str
    match: Match


def _key(word: str) -> str:
    return fold(word.lower())


def _table(table: lexicon.Lexicon, language: str) -> frozenset[str]:
    return frozenset(_key(w) for w in lexicon.words_for(table, language))


def _is(piece: Piece, words: frozenset[str]) -> bool:
    """The piece is one of ``words`` in some form: itself, its lemma, or an inflection (a stem of
    five or more letters with an ending of up to three: ``ärgerliche`` for ``ärgerlich``)."""
    if piece.text in words or piece.lemmas & words:
        return True
    text = piece.text
    return any(text.startswith(w) and len(w) >= 5 and len(text) - len(w) <= 3 for w in words)


def _match(kind: str, clause: Sequence[Piece], first: int, last: int) -> Found:
    said = tuple(dict.fromkeys(p.word for p in clause[first : last + 1]))
    stretch = tuple(dict.fromkeys(p.word for p in clause))
    return Found(kind, Match(kind, said, said[0].start, said[-1].end, stretch))


def _negated_near(clause: Sequence[Piece], index: int, language: str) -> bool:
    """A negation up to three words before piece ``index`` (in German also up to two after it:
    "Ich verstehe das nicht")."""
    before = any(p.text in NEGATIONS for p in clause[max(0, index - 3) : index])
    after = language == "de" and any(p.text in NEGATIONS for p in clause[index + 1 : index + 3])
    return before or after


def _concern(clause: Sequence[Piece], lang: str) -> bool:
    """A question after the customer's (or their family's) well-being: "Wie geht es Ihrem Sohn
    jetzt?", "Ist bei Ihnen alles in Ordnung?", "How is your boy doing?", "Are you okay?"."""
    texts = [p.text for p in clause]
    if {"das", "dies", "that", "this", "it"} & set(texts):
        return False  # "Ist das für Sie in Ordnung?", "Is that okay for you?": a proposal, not concern
    if lang == "de":
        how = "wie" in texts and "geht" in texts and "es" in texts
        fine = "ordnung" in texts and "alles" in texts
        return (how or fine) and _has_any(clause, _SECOND["de"] | {"alle", "allen"})
    doing = bool({"doing", "feeling", "holding"} & set(texts)) and "how" in texts
    okay = bool({"okay", "ok", "alright", "safe", "hurt"} & set(texts))
    return (doing or okay) and _has_any(clause, _SECOND["en"] | {"everyone", "he", "she", "they"})


def _litotes(clause: Sequence[Piece]) -> bool:
    """A negation in other words before a norm word: "alles andere als schön", "anything but
    ideal", "far from ideal"."""
    texts = " ".join(p.text for p in clause)
    return any(f" {words} " in f" {texts} " for words in ("andere als", "anything but", "far from", "weit entfernt"))


def _question(clause: Sequence[Piece]) -> bool:
    return clause[-1].word.text.rstrip().endswith(_QUESTION_END)


def _at_end(clause: Sequence[Piece], index: int, language: str, norm: bool = False) -> bool:
    """Nothing after piece ``index`` but particles and degree words ("das stimmt so nicht ganz");
    after a ``norm`` word also whom it concerns ("not fair to you")."""
    free = _table(lexicon.CLAUSE_TAIL, language)
    if norm:
        free |= _table(lexicon.NORM_TAIL, language)
    return all(p.text in free or p.text in NEGATIONS for p in clause[index + 1 :])


def _customer_right(clause: Sequence[Piece], index: int, lang: str) -> bool:
    """ "Sie haben (völlig) recht", "zu Recht", "you're (absolutely) right", "rightly", "that's fair":
    not "recht teuer" (quite) or "right away"."""
    text = clause[index].text
    before = [p.text for p in clause[max(0, index - 5) : index]]
    if text == "rightly":
        return True
    if text.startswith(("recht", "right")) and text not in ("recht", "right"):
        return False  # "diese Rechte" (rights), "rechtzeitig", "righteous": not "Sie haben recht"
    if text in ("recht", "right"):
        if lang == "de":
            return bool({"haben", "zu", "mit"} & set(before)) and ("sie" in before or "zu" in before or "mit" in before)
        return "you" in before and ("are" in before or "re" in before)
    return True


def _has_any(clause: Sequence[Piece], words: frozenset[str]) -> bool:
    return any(p.text in words for p in clause)


# --------------------------------------------------------------------------- acknowledgement


def _acknowledges(clause: Sequence[Piece], language: str, thanks: bool) -> Found | None:
    lang = language if language in _FIRST else "en"
    feeling = _table(lexicon.FEELING_WORDS, lang)
    understand = _table(lexicon.UNDERSTANDING_VERBS, lang)
    apology = _table(lexicon.APOLOGY_WORDS, lang)
    right = _table(lexicon.CUSTOMER_RIGHT, lang)
    norm = _table(lexicon.NORM_WORDS, lang)
    fault = _table(lexicon.FAULT_WORDS, lang)
    thank = _table(lexicon.THANKS_WORDS, lang)
    negated_clause = _has_any(clause, NEGATIONS) or _litotes(clause)
    for index, piece in enumerate(clause):
        tut = _has_any(clause, frozenset({"tut", "tun", "tue", "taete"}))
        if _is(piece, apology) and not (lang == "de" and piece.text == "leid" and not tut):
            return _match("apology", clause, index, index)
        if _is(piece, feeling) and not _negated_near(clause, index, lang):
            return _match("feeling", clause, index, index)
        if _is(piece, understand) and _has_any(clause, _FIRST[lang]) and not _negated_near(clause, index, lang):
            return _match("understanding", clause, index, index)
        if _is(piece, right) and _customer_right(clause, index, lang) and not negated_clause:
            return _match("agreement", clause, index, index)
        if piece.lemmas & {"zumuten"} and negated_clause and _has_any(clause, _FIRST[lang]):
            return _match("agreement", clause, index, index)  # "das mute ich Ihnen nicht zu": their side
        if thanks and _is(piece, thank):
            return _match("thanks", clause, index, index)
        if _is(piece, fault) and not _question(clause):
            mine = _has_any(clause, _OURS[lang])
            yours = _has_any(clause, _SECOND[lang])
            if (mine and not negated_clause) or (yours and negated_clause and not mine):
                return _match("ownership", clause, index, index)
    if not _question(clause) and _has_any(clause, _SECOND[lang]):
        places = _table(lexicon.PERSPECTIVE, lang)
        same = _table(lexicon.PERSPECTIVE_SAME, lang)
        for index, piece in enumerate(clause):
            if (
                piece.text in places
                and index > 0
                and clause[index - 1].text in _SECOND[lang]
                and _has_any(clause, same)
            ):
                return _match("perspective", clause, index - 1, index)
    same = _table(lexicon.PERSPECTIVE_SAME, lang)
    if not _question(clause) and _has_any(clause, _FIRST[lang]) and _has_any(clause, same):
        conditional = _table(lexicon.CONDITIONAL, lang)
        if any(piece.text in conditional for piece in clause):  # "da wäre ich auch außer mir", "I'd be fuming too"
            return _match("perspective", clause, 0, len(clause) - 1)
    if _question(clause) and _concern(clause, lang):
        return _match("concern", clause, 0, len(clause) - 1)
    if negated_clause and not _question(clause) and not _has_any(clause, _CONDITION[lang]):
        for index, piece in enumerate(clause):
            if _is(piece, norm) and _at_end(clause, index, lang, norm=True):
                return _match("agreement", clause, 0, index)
        # "you shouldn't have to pay for that", "Sie sollten das nicht zahlen müssen" (not "you needn't worry")
        modal = _table(lexicon.OUGHT_MODALS, lang)
        if (
            _has_any(clause, _SECOND[lang])
            and any(_is(p, modal) for p in clause)
            and not any(_is(p, feeling) for p in clause)
            and not _has_any(clause, _table(lexicon.CALMING_WORDS, lang))
        ):
            return _match("agreement", clause, 0, len(clause) - 1)
    return None


def acknowledgement(
    words: Sequence[Word], resources: LanguageResources, language: str, *, thanks: bool = False
) -> Found | None:
    """The earliest clause of ``words`` that takes up the customer's feeling or complaint in any of
    the forms of the module doc (``thanks``: thanking counts too, for a complaint), or None."""
    for clause in clauses(words, resources, language):
        found = _acknowledges(clause, language, thanks)
        if found is not None:
            return found
    return None


def played_down(words: Sequence[Word], match: Match, resources: LanguageResources, language: str) -> bool:
    """A phrase found for a feeling is negated where it was said ("don't worry", "Ich verstehe das
    nicht", "kein Ärger"), and its phrasing has no negation of its own ("not good enough")."""
    if any(piece in NEGATIONS for piece in fold(match.phrasing.lower()).split()):
        return False
    lang = language if language in _FIRST else "en"
    for clause in clauses(words, resources, language):
        for index, piece in enumerate(clause):
            if piece.word is match.words[0] or piece.word == match.words[0]:
                return _negated_near(clause, index, lang)
    return False


def _clause_of(words: Sequence[Word], match: Match, resources: LanguageResources, language: str) -> list[Piece]:
    for clause in clauses(words, resources, language):
        if any(piece.word is match.words[0] or piece.word == match.words[0] for piece in clause):
            return clause
    return []


def hedged(words: Sequence[Word], match: Match, resources: LanguageResources, language: str) -> bool:
    """A phrase found for a contradiction stands in a question or a condition ("Wenn das nicht
    stimmt, ...", "If that's not right, ..."): it does not contradict."""
    lang = language if language in _FIRST else "en"
    clause = _clause_of(words, match, resources, language)
    return bool(clause) and (_question(clause) or _has_any(clause, _CONDITION[lang]))


# --------------------------------------------------------------------------- disagreement


def _truth(clause: Sequence[Piece], lang: str) -> Found | None:
    truth = _table(lexicon.TRUTH_WORDS, lang)
    for index, piece in enumerate(clause):
        if not _is(piece, truth) or not _at_end(clause, index, lang):
            continue
        if piece.text == "wahr" and index + 1 < len(clause) and clause[index + 1].text == "sein":
            continue  # "Das darf doch nicht wahr sein!": outrage on the customer's side
        if not any(p.text in NEGATIONS for p in clause[:index] + clause[index + 1 :]):
            continue
        if _has_any(clause[:index], _OURS[lang]):
            continue  # "das war nicht richtig von uns" is ours
        if not _has_any(clause[:index], _table(lexicon.DEMONSTRATIVES, lang)):
            continue  # "Die Adresse im System stimmt nicht" agrees: something else is wrong, not what was said
        return _match("negated_truth", clause, 0, index)
    return None


def _your_error(clause: Sequence[Piece], lang: str) -> Found | None:
    texts = [p.text for p in clause]
    subject = "sie" if lang == "de" else "you"
    if subject not in texts or _has_any(clause, _FIRST[lang] - {"mir", "me"}):
        return None
    error = _table(lexicon.ERROR_WORDS, lang)
    negated = _has_any(clause, NEGATIONS)
    for index, piece in enumerate(clause):
        if _is(piece, error) and not negated:
            return _match("your_error", clause, 0, index)
        # "Sie haben das falsch verstanden", "Sie liegen falsch", "you got that wrong" (not "die falsche Packung")
        if piece.text in ("falsch", "wrong") and not negated:
            after = texts[index + 1] if index + 1 < len(texts) else ""
            participle = after.startswith("ge") or after.endswith(("iert", "standen"))
            if _at_end(clause, index, lang) or participle or after in ("about", "there"):
                return _match("your_error", clause, 0, index)
    if lang == "en":
        for i in range(len(texts) - 3):  # "you must have misread", not "you must have been worried"
            if texts[i] == "you" and texts[i + 1] in ("must", "might") and texts[i + 2] == "have":
                verb = texts[i + 3]
                if verb not in lexicon.NOT_BLAME_AFTER_SHOULD_HAVE and not negated:
                    return _match("your_error", clause, i, i + 3)
    elif "muessen" in texts and texts[-1] == "haben" and not negated and len(texts) >= 4:
        verb = texts[-2]  # "Sie müssen da etwas übersehen haben"
        if verb.startswith(("ge", "ueber", "ver", "miss")) and verb.endswith(("t", "en")) and verb not in ("gehabt",):
            return _match("your_error", clause, 0, len(texts) - 1)
    return None


def _my_dissent(clause: Sequence[Piece], lang: str) -> Found | None:
    """The agent says they see it otherwise: "Das sehe ich anders", "Da muss ich widersprechen",
    "I disagree"; or a negated verb of opinion closing on what was said: "Das glaube ich nicht",
    "Das sehe ich nicht so", "I don't think so", "I wouldn't say that" (not "Ich glaube nicht,"
    before a clause of its own, nor "I don't think it takes long")."""
    if not _has_any(clause, _FIRST[lang]):
        return None
    texts = [p.text for p in clause]
    if any(_is(p, _table(lexicon.DISSENT_VERBS, lang)) for p in clause):
        return _match("dissent", clause, 0, len(clause) - 1)
    if ("anders" in texts or "differently" in texts) and any(p.lemmas & {"sehen", "see"} for p in clause):
        return _match("dissent", clause, 0, len(clause) - 1)
    if not _has_any(clause, NEGATIONS) or not any(_is(p, _table(lexicon.OPINION_VERBS, lang)) for p in clause):
        return None
    objects = {"de": {"das", "so", "dem", "zu"}, "en": {"so", "that", "this", "way"}}[lang]
    tail = [t for t in texts if t not in _table(lexicon.CLAUSE_TAIL, lang) - objects]
    closes = bool(tail) and (tail[-1] in objects or (tail[-1] in NEGATIONS and texts[0] in objects))
    if closes and (set(texts) & objects):
        return _match("dissent", clause, 0, len(clause) - 1)
    return None


def _blame(clause: Sequence[Piece], lang: str) -> Found | None:
    texts = [p.text for p in clause]
    negated = _has_any(clause, NEGATIONS)
    second = _has_any(clause, _SECOND[lang])
    if not second or _has_any(clause, _FIRST[lang] - {"mir", "me", "uns", "us"}):
        return None
    fault = _table(lexicon.YOUR_FAULT_WORDS, lang)
    for index, piece in enumerate(clause):
        if _is(piece, fault) and not negated and not _has_any(clause, _OURS[lang]):
            return _match("blame", clause, 0, index)
    duty = _table(lexicon.DUTY_VERBS, lang)
    receives = any(_is(p, _table(lexicon.RECEIVE_VERBS, lang)) for p in clause)
    # a negated need is sympathy: "you shouldn't have had to call", "Sie hätten nicht anrufen müssen"
    needed = any(
        t in ("have", "had", "has", "need", "needed") and texts[i + 1 : i + 2] == ["to"] for i, t in enumerate(texts)
    )
    needed = needed or "muessen" in texts or "brauchen" in texts
    if negated and not receives and not needed:  # "Sie haben keinen Bescheid bekommen": our failure
        past = {"de": ("haben", "hatten"), "en": ("did", "have", "had", "never")}[lang]
        if any(t in past and (t == "never" or texts[i + 1 : i + 2] != ["to"]) for i, t in enumerate(texts)):
            for index, piece in enumerate(clause):
                if _is(piece, duty):
                    return _match("blame", clause, 0, index)
    agreed = _table(lexicon.AGREED_VERBS, lang)
    rules = _table(lexicon.RULE_WORDS, lang)
    if not negated and any(_is(p, rules) for p in clause) and any(_is(p, agreed) for p in clause):
        return _match("blame", clause, 0, len(clause) - 1)
    return None


def _doubt(clause: Sequence[Piece], lang: str) -> Found | None:
    """Overstating or at fault: "da übertreiben Sie", "It's probably user error" (not negated:
    "kein Bedienfehler" clears them)."""
    if _has_any(clause, NEGATIONS):
        return None
    texts = [p.text for p in clause]
    for index, piece in enumerate(clause):
        if _is(piece, _table(lexicon.OVERSTATING, lang)) and _has_any(clause, _SECOND[lang]):
            return _match("overstating", clause, 0, index)
    joined = " ".join(texts)
    for noun in lexicon.words_for(lexicon.USER_ERROR, lang):
        if _key(noun) in joined:
            return _match("user_error", clause, 0, len(clause) - 1)
    return None


#: Words of what is still to come: doubting it reassures ("I doubt you'll wait long", "Ich
#: bezweifle, dass Sie lange warten müssen"), it does not doubt the customer's account.
_TO_COME = frozenset({"will", "ll", "wird", "werden", "wirst", "muessen", "going", "need", "have"})


def _doubting_statement(sentence: Sequence[Piece], lang: str) -> Found | None:
    """The agent doubts what the customer said: "Ich bezweifle, dass Sie das geschickt haben",
    "I doubt it took a whole month" (not negated, not about what is still to come)."""
    if not _has_any(sentence, _FIRST[lang]) or _has_any(sentence, NEGATIONS | _TO_COME):
        return None
    doubt = _table(lexicon.DOUBT_VERBS, lang)
    for index, piece in enumerate(sentence):
        if _is(piece, doubt):
            return _match("doubt", sentence, 0, index)
    return None


def _doubting_question(sentence: Sequence[Piece], lang: str) -> Found | None:
    """A question that doubts the customer's account: a slip they are said to have made ("Kann es
    sein, dass Sie sich verlesen haben?", "Could you have misread it?"), or "Sind Sie sicher, dass
    Sie 44 angeklickt haben?" / "Are you sure you sent it?" about what they did (not "Are you sure
    you don't want the upgrade?", which pushes an offer)."""
    texts = [p.text for p in sentence]
    second = _SECOND[lang]
    if not set(texts) & second:
        return None
    negated = _has_any(sentence, NEGATIONS)
    slips = _table(lexicon.SLIP_VERBS, lang)
    for index, piece in enumerate(sentence):
        if _is(piece, slips) and not negated and (lang != "de" or "sich" in texts):
            return _match("doubt", sentence, 0, index)
    sure = "sicher" if lang == "de" else "sure"
    if sure not in texts:
        return None
    after = texts[texts.index(sure) + 1 :]
    if after[:1] in (["dass"], ["that"]):
        after = after[1:]
    if after[:1] != [_SUBJECT[lang]]:
        return None  # "Are you sure the base is plugged in?", "Just to be sure, did you ...": no doubt of them
    if lang == "de":
        done = after[-1] in ("haben", "hat", "hatten", "sind", "waren", "wurde")
    else:
        wants = {"want", "like", "need", "prefer", "interested", "rather"}
        done = not set(after) & wants and any(
            t == "did" or t in lexicon.BLAME_PARTICIPLES or (t.endswith("ed") and len(t) > 4) for t in after
        )
    return _match("doubt", sentence, 0, len(sentence) - 1) if done else None


def _denied_claim(clause: Sequence[Piece], lang: str, claimed: frozenset[str]) -> Found | None:
    if not claimed or not _has_any(clause, NEGATIONS):
        return None
    texts = [p.text for p in clause]
    copula = _table(lexicon.COPULA, lang)
    subjects = _table(lexicon.DEMONSTRATIVES, lang)
    if not any(_is(p, copula) for p in clause) or not _has_any(clause, subjects):
        return None
    if "nur" in texts or "only" in texts or _has_any(clause, _OURS[lang]):
        return None  # "nicht nur", "not only"; "das ist nicht unsere Absicht"
    articles = {"a", "an", "the", "ein", "eine", "einen"}
    for index, piece in enumerate(clause):
        if piece.text not in claimed and not piece.lemmas & claimed:
            continue
        before = [p.text for p in clause[max(0, index - 2) : index]]
        negated_right_before = bool(before) and (
            before[-1] in NEGATIONS or (len(before) == 2 and before[0] in NEGATIONS and before[1] in articles)
        )
        lead = {"also", "na", "naja", "nun", "ja", "aber", "doch", "well", "so", "but", "now"}
        fronted = all(t in lead for t in texts[:index]) and texts[-1] in NEGATIONS  # "Also Abzocke ist das nicht"
        if negated_right_before or fronted:
            return _match("denied_claim", clause, 0, len(clause) - 1)
    return None


def claimed_words(customer: Sequence[Word], resources: LanguageResources, language: str) -> frozenset[str]:
    """The customer's content words (lemmas of four or more letters) that the customer did not
    negate: what the customer claims ("Das ist Abzocke!" -> ``abzocke``)."""
    lang = language if language in _FIRST else "en"
    stop = lexicon.STOPWORDS.get(lang, frozenset()) | lexicon.STOPWORDS["en"]
    common = _table(lexicon.NORM_WORDS, lang) | _table(lexicon.TRUTH_WORDS, lang)
    out: set[str] = set()
    for clause in clauses(customer, resources, language):
        if _has_any(clause, NEGATIONS):
            continue
        for piece in clause:
            if len(piece.text) >= 4 and piece.text.isalpha() and piece.text not in stop and piece.text not in common:
                out.add(piece.text)
                out.update(lemma for lemma in piece.lemmas if len(lemma) >= 4 and lemma not in stop)
    return frozenset(out)


def _ends_sentence(clause: Sequence[Piece]) -> bool:
    """The clause closes a sentence (".", "!", "?"): a following "Die ..." starts a new one and is
    an article, not a relative pronoun ("... keine Hochzeit. Die Lieferung geht heute raus")."""
    return clause[-1].word.text.rstrip().endswith((".", "!", "?", "…"))


def disagreement(
    words: Sequence[Word], resources: LanguageResources, language: str, claimed: frozenset[str] = frozenset()
) -> list[Found]:
    """Every clause of ``words`` that disagrees with or blames the customer (module doc); a
    question or a condition never does. ``claimed``: :func:`claimed_words` of the customer."""
    lang = language if language in _FIRST else "en"
    found = []
    previous: list[Piece] = []
    sentence: list[Piece] = []
    relatives = _table(lexicon.RELATIVES, lang)
    # a denied claim in a sentence that also takes the customer's side echoes them ("three weeks
    # and no email, that's not on"): sentence number of each such hit, and the siding sentences
    denied: list[tuple[Found, int]] = []
    siding: set[int] = set()
    number = 0
    for clause in clauses(words, resources, language):
        sentence = [*sentence, *clause]
        if _acknowledges(clause, language, thanks=False) is not None:
            siding.add(number)
        if _ends_sentence(clause):
            number += 1
            if _question(clause) and not _has_any(sentence, _CONDITION[lang] - {"ob"}):
                hit = _doubting_question(sentence, lang)  # the one kind of question that disagrees
            else:
                hit = _doubting_statement(sentence, lang)
            if hit is not None:
                found.append(hit)
            sentence = []
        if clause[0].text in relatives and previous and not _ends_sentence(previous):
            clause = previous + clause  # "im Vertrag, den Sie unterschrieben haben": one statement
        previous = clause
        if _question(clause) or _has_any(clause, _CONDITION[lang]):
            continue
        hit = _doubting_question(clause, lang) if _has_any(clause, _table(lexicon.SLIP_VERBS, lang)) else None
        if hit is not None:  # "Sie haben sich bestimmt verlesen": the slip said as a fact
            found.append(hit)
            continue
        for check in (_truth, _your_error, _blame, _my_dissent, _doubt):
            hit = check(clause, lang)
            if hit is not None:
                found.append(hit)
                break
        else:
            hit = _denied_claim(clause, lang, claimed)
            if hit is not None:
                denied.append((hit, number - 1 if _ends_sentence(clause) else number))
    if sentence:  # a transcript that ends without punctuation
        hit = _doubting_statement(sentence, lang)
        if hit is not None:
            found.append(hit)
    found += [hit for hit, at in denied if at not in siding]
    return sorted(found, key=lambda hit: hit.match.start)
