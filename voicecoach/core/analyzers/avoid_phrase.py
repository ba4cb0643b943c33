"""avoid_phrase: the reply contains a phrase the step lists under ``expect.avoid``."""

from __future__ import annotations

from collections.abc import Sequence

from voicecoach.core.analyzers import grammar, lexicon
from voicecoach.core.analyzers._common import make_finding, reply_words, same_words
from voicecoach.core.analyzers.options import Context
from voicecoach.core.meaning import OTHER_VERBS, clauses, meaning_found
from voicecoach.core.result import Finding
from voicecoach.core.text import Match, Spoken, normalize, phrase_found
from voicecoach.core.timeline import Turn, Word

_NEGATIONS = frozenset(
    [
        "no",
        "not",
        "never",
        "nothing",
        "cannot",
        "cant",
        "dont",
        "wont",
        "isnt",
        "arent",
        "wasnt",
        "werent",
        "doesnt",
        "didnt",
        "havent",
        "hasnt",
        "couldnt",
        "wouldnt",
        "shouldnt",
        "nicht",
        "nichts",
        "kein",
        "keine",
        "keinen",
        "keiner",
        "nie",
        "niemals",
        "niemand",
        "nobody",
    ]
)


#: Modal verbs that say the same brush-off: "can take up to" / "could take up to", "can't promise"
#: / "cannot promise" (normalised forms, so "can't" is "cant").
_MODALS = {
    "en": {"can": ("could",), "could": ("can",), "cant": ("cannot", "couldnt"), "cannot": ("cant", "couldnt")},
    "de": {"kann": ("koennte",), "koennen": ("koennten",), "koennte": ("kann",), "koennten": ("koennen",)},
}
#: German separable prefixes: "kommt vor" is "vorkommen" when the verb is said whole ("kann ...
#: vorkommen"), as the key points already read it.
_PREFIXES = frozenset(
    {"vor", "an", "auf", "aus", "mit", "nach", "zu", "ab", "ein", "weg", "zurueck", "vorbei", "durch"}
)


#: Another subject of the same brush-off ("while we're there" / "while they're there", "we can't
#: promise" / "they can't promise"), normalised ("we're" is "were"): the staff named in other
#: persons, in English. Only in phrases of three or more words, so that no short phrase is widened.
_PERSONS = {
    "en": {"were": ("theyre", "hes", "shes"), "theyre": ("were", "hes", "shes"), "we": ("they", "he", "she"),
           "they": ("we", "he", "she")},
    # (none in German: "sie" and "ihr" are also the customer, "Sie können da nichts machen")
}  # fmt: skip
#: A German article as the possessive that says the same rule or place: "steht in den AGB" / "in
#: unseren AGB".
_ARTICLES = {
    "den": ("unseren",), "die": ("unsere",), "dem": ("unserem",), "der": ("unserer",), "das": ("unser",),
}  # fmt: skip


def variants(phrase: str, language: str) -> list[str]:
    """Other forms of an avoid ``phrase`` that say the same: another modal (:data:`_MODALS`); in a
    phrase of three or more words another person as the subject (:data:`_PERSONS`) or, in German,
    our possessive for the article (:data:`_ARTICLES`). The listed phrase itself is not among them.
    (A German separable verb said whole is :func:`_separable_whole`'s.)"""
    words = normalize(phrase)
    found: list[str] = []
    swaps = dict(_MODALS.get(language, {}))
    if len(words) >= 3:
        for table in (_PERSONS.get(language, {}), _ARTICLES if language == "de" else {}):
            for word, others in table.items():
                swaps[word] = (*swaps.get(word, ()), *others)
        if language == "en" and words[-1] == "you":
            # "told us you" said on: "you told us you'd found your own chef" (a contraction is one token)
            swaps["you"] = (*swaps.get("you", ()), "youd", "youve", "youre", "youll")
    if language == "en" and len(words) >= 3:
        for word, others in _BE_TENSES_EN.items():
            swaps[word] = (*swaps.get(word, ()), *others)
    if language == "de":
        # "mal" is "einmal" said short ("kann schon einmal passieren", hv52-002); a modal particle
        # is another of its kind ("ist ja auch schön" for "ist doch auch schön", hv52-076)
        for word, others in _SAME_WORD_DE.items():
            swaps[word] = (*swaps.get(word, ()), *others)
    for at, word in enumerate(words):
        for other in swaps.get(word, ()):
            found.append(" ".join((*words[:at], other, *words[at + 1 :])))
    said_of = [w for w in words[1:] if w not in _LIGHT_WORDS]
    if language == "en" and len(words) >= 2 and words[0] in ("its", "thats") and said_of:
        # "it's harmless" with its subject named: "the paste is harmless" (hv52-249); not "it's
        # only", which says nothing of its own ("the Flexi fare is only £12 more", hv10-179)
        found.append(" ".join(("is", *words[1:])))
    # the same frame said with another word class: "je nach Personallage" as "das hängt an der
    # Personallage", "kann ich nicht garantieren" as "Garantien gebe ich keine" (hv50-081)
    for frame, others in _FRAMES.get(language, {}).items():
        for at in range(len(words) - len(frame) + 1):
            if tuple(words[at : at + len(frame)]) == frame:
                found.extend(" ".join((*words[:at], *other, *words[at + len(frame) :])) for other in others)
    return found


#: Words that say nothing of their own after "it's": "it's only", "it's just", "it's all".
_LIGHT_WORDS = frozenset(
    {"only", "just", "all", "so", "very", "really", "quite", "a", "an", "the", "not", "that", "this", "too"}
)
#: German words said for one another in an avoid phrase: "mal" and "einmal", the modal particles.
_SAME_WORD_DE = {
    "mal": ("einmal",), "einmal": ("mal",), "doch": ("ja", "halt", "eben"), "ja": ("doch", "halt", "eben"),
    "halt": ("eben", "ja", "doch"), "eben": ("halt", "ja", "doch"),
    # "ebenfalls schön" for "auch schön" (hv53-074)
    "auch": ("ebenfalls",), "ebenfalls": ("auch",),
}  # fmt: skip
#: English forms of "be" said in another tense: "Were you sure" for "are you sure" (hv53-199).
_BE_TENSES_EN = {"are": ("were",), "were": ("are",), "is": ("was",), "was": ("is",)}


#: Frames of an avoid phrase and their paraphrases in other word classes (folded words).
_FRAMES: dict[str, dict[tuple[str, ...], tuple[tuple[str, ...], ...]]] = {
    "de": {
        ("je", "nach"): (("haengt", "an"), ("haengt", "von"), ("abhaengig", "von")),
        ("nicht", "garantieren"): (("keine", "garantie"), ("keine", "garantien")),
        ("nicht", "versprechen"): (("kein", "versprechen"),),
    },
    "en": {
        ("depending", "on"): (("depends", "on"),),
        ("cant", "guarantee"): (("no", "guarantee"), ("no", "guarantees")),
        ("cant", "promise"): (("no", "promises"),),
    },
}


def _another_clause_inside(match: Match, words: Sequence[Word]) -> bool:
    """A word between the matched words of a phrase is a finite verb of its own (:data:`meaning.OTHER_VERBS`):
    the phrase's words belong to two clauses ("The proof you approved | had it right")."""
    at = [i for i, w in enumerate(words) if any(w is m for m in match.words)]
    if len(at) < 2:
        return False
    for i in range(at[0] + 1, at[-1]):
        # a finite verb not of the phrase, after a verb of it ("approved ... had"; "Maintenance does
        # happen" keeps its do-support)
        finite = i not in at and bool(set(normalize(words[i].text)) & OTHER_VERBS)
        if finite and any(t.endswith("ed") for w in words[at[0] : i] for t in normalize(w.text)):
            return True
    return False


def _separable_whole(phrase: str, words: Sequence[Word], context: Context) -> Match | None:
    """A German avoid phrase of a verb and its separable prefix ("kommt vor") said as the whole
    verb in any form ("so etwas kann schon mal vorkommen", "ist vorgekommen"): the word whose
    lemma is prefix + the verb's lemma, quoted with the clause up to it; not in a negated clause
    ("so ein Fehler darf nicht vorkommen")."""
    parts = normalize(phrase)
    if context.language != "de" or len(parts) != 2 or parts[1] not in _PREFIXES:
        return None
    whole = parts[1] + normalize(context.resources.lemma(parts[0], "de") or parts[0])[0]
    for clause in clauses(words, context.resources, "de"):
        if negated(tuple(p.text for p in clause)):
            continue  # "so ein Fehler darf nicht vorkommen" owns the failure
        for at, piece in enumerate(clause):
            if whole in piece.lemmas or piece.text == whole:
                said = tuple(dict.fromkeys(p.word for p in clause[: at + 1]))
                return Match(phrase, (piece.word,), said[0].start, piece.word.end, said)
    return None


#: Modals that soften a German avoid phrase's verb: "kann vorkommen" says what "kommt vor" says.
_SOFTENING_MODALS = frozenset({"kann", "koennte", "kanns", "darf", "muss"})


def _separable_split(phrase: str, words: Sequence[Word], context: Context) -> Match | None:
    """A German avoid phrase of a modal and a separable verb ("kann vorkommen") said with the verb
    alone, its prefix split off ("Solche Aussetzer kommen bei Mobilfunk leider manchmal vor",
    hv41-089): the clause's verb has the whole verb as a lemma and its prefix stands after it in
    the clause. Quoted as the clause up to the prefix; not in a negated clause or a question."""
    parts = normalize(phrase)
    if context.language != "de" or len(parts) != 2 or parts[0] not in _SOFTENING_MODALS:
        return None
    whole = parts[1]
    prefix = next((p for p in sorted(_PREFIXES, key=len, reverse=True) if whole.startswith(p)), None)
    if prefix is None or len(whole) - len(prefix) < 3:
        return None
    for clause in clauses(words, context.resources, "de"):
        texts = tuple(p.text for p in clause)
        if negated(texts) or clause[-1].word.text.rstrip().endswith("?"):
            continue
        for at, piece in enumerate(clause):
            if whole in piece.lemmas and piece.text != whole and prefix in texts[at + 1 :]:
                end = at + 1 + texts[at + 1 :].index(prefix)
                said = tuple(dict.fromkeys(p.word for p in clause[: end + 1]))
                return Match(phrase, (piece.word, clause[end].word), said[0].start, clause[end].word.end, said)
    return None


#: Copulas and intensifiers between a noun and its adjective said after it ("Demand was very high").
_COPULAS = frozenset({"is", "was", "are", "were", "been", "be", "s", "ist", "war", "sind", "waren"})
_INTENSIFIERS = frozenset({"very", "so", "really", "extremely", "quite", "pretty", "just", "sehr", "echt",
                           "wirklich", "ziemlich", "extrem", "einfach", "eben"})  # fmt: skip


def _said_of_the_noun(phrase: str, words: Sequence[Word], context: Context) -> Match | None:
    """An avoid phrase of an adjective and its noun ("high demand", "hohe Nachfrage") said as the
    noun with the adjective after a copula ("Demand was very high on Saturday", "die Nachfrage war
    hoch", hv41-189): the same claim. Noun, copula, then the adjective (in English after intensifiers
    only, in German in any form and anywhere later in the clause); not negated, not a question."""
    parts = normalize(phrase)
    if len(parts) != 2:
        return None
    lang = context.language

    def base(word: str) -> str:
        return normalize(context.resources.lemma(word, lang) or word)[0] if lang == "de" else word

    adjective, noun = base(parts[0]), parts[1]
    for clause in clauses(words, context.resources, lang):
        texts = [p.text for p in clause]
        if negated(tuple(texts)) or clause[-1].word.text.rstrip().endswith("?"):
            continue
        for at, piece in enumerate(clause):
            if piece.text != noun and noun not in piece.lemmas:
                continue
            if texts[at + 1 : at + 2] != [] and texts[at + 1] not in _COPULAS:
                continue
            # (English: the adjective next, after one intensifier at most; German: at the clause's
            # end, adverbials between, "Die Nachfrage war am Samstag sehr hoch")
            reach = len(texts) if lang == "de" else at + 4
            for end in range(at + 2, min(reach, len(texts))):
                between = texts[at + 2 : end]
                if lang != "de" and any(t not in _INTENSIFIERS for t in between):
                    break
                if texts[end] == adjective or base(texts[end]) == adjective:
                    said = tuple(dict.fromkeys(p.word for p in clause[at : end + 1]))
                    return Match(phrase, (piece.word, clause[end].word), said[0].start, said[-1].end, said)
    return None


#: Prepositions that put a German compound's first part after its head: "Schaden beim Transport"
#: for "Transportschaden", "Risiko vom Material" for "Materialrisiko".
_OF_PART = frozenset({"bei", "beim", "vom", "von", "durch", "aus", "im", "am", "der", "des", "fuer", "auf"})
#: Shortest part of a compound split apart (:func:`_compound_apart`).
_MIN_PART = 4


def _compound_apart(phrase: str, words: Sequence[Word], context: Context) -> Match | None:
    """A German one-word avoid phrase, a compound, said with its parts apart: the head, then within
    three words a preposition (:data:`_OF_PART`) and the first part ("das war wohl ein Schaden beim
    Transport" for "Transportschaden"), in one clause that is not negated. Each part has at least
    :data:`_MIN_PART` letters; a linking "s" may end the first ("Versandsschaden")."""
    parts = normalize(phrase)
    if context.language != "de" or len(parts) != 1 or len(parts[0]) < 2 * _MIN_PART:
        return None
    word = parts[0]
    for clause in clauses(words, context.resources, "de"):
        if negated(tuple(p.text for p in clause)):
            continue
        for at, piece in enumerate(clause):
            heads = [h for h in {piece.text, *piece.lemmas} if len(h) >= _MIN_PART and word.endswith(h)]
            if not heads or heads[0] == word:
                continue
            first = word[: len(word) - len(heads[0])]
            stems = {first, first[:-1]} if first.endswith("s") else {first}
            if min(len(x) for x in stems) < _MIN_PART:
                continue
            for later in range(at + 2, min(at + 4, len(clause))):
                if clause[later - 1].text in _OF_PART and stems & {clause[later].text, *clause[later].lemmas}:
                    said = tuple(dict.fromkeys(p.word for p in clause[at : later + 1]))
                    return Match(phrase, said, said[0].start, said[-1].end, said)
    return None


def _particle_later(phrase: str, match: Match, words: Sequence[Word], context: Context) -> bool:
    """A one-word German phrase met by a verb whose separable prefix closes its clause ("wir setzen
    eine neue Scheibe ein" for "Setzungen"): the word said is the whole verb ("einsetzen"), another
    word than the phrase unless the phrase starts with that prefix."""
    said = normalize(phrase)
    if context.language != "de" or len(said) != 1 or len(match.words) != 1:
        return False
    if not match.words[0].text.strip()[:1].islower():
        return False  # a noun ("fällt eine Pauschale an" for "Pauschale"): the verb is another word
    for clause in clauses(words, context.resources, "de"):
        at = next((i for i, p in enumerate(clause) if p.word is match.words[0]), None)
        if at is not None and at < len(clause) - 1 and clause[-1].text in _PREFIXES:
            return not said[0].startswith(clause[-1].text)
    return False


#: German copulas: an adjective after one in an avoid phrase is said of someone ("sind Sie sicher").
_COPULA = frozenset({"bin", "bist", "ist", "sind", "seid", "war", "waren", "sein", "wird", "werden"})
#: German adjective endings: "sicher" said before a noun is "sicheren".
_ADJECTIVE_ENDINGS = ("e", "en", "em", "er", "es")


def _attributive(phrase: str, match: Match, words: Sequence[Word], language: str) -> bool:
    """A German adjective the phrase says of someone after a copula ("sind Sie sicher") met only as
    an inflected adjective before a noun ("sind Sie auf der sicheren Seite"): another thing said,
    no match."""
    parts = normalize(phrase)
    if language != "de" or not set(parts) & _COPULA:
        return False  # "ziehen Sie sich warm an" is met by "einen warmen Pulli anziehen"
    listed = set(parts[max(i for i, w in enumerate(parts) if w in _COPULA) + 1 :])
    for word in match.words:
        text = normalize(word.text)
        at = next((i for i, w in enumerate(words) if w is word), None)
        if not text or at is None or at + 1 >= len(words) or not words[at + 1].text.strip()[:1].isupper():
            continue
        if any(text[0] == stem + end for stem in listed for end in _ADJECTIVE_ENDINGS):
            return True
    return False


def _clause_up_to(words: Sequence[Word], match: Match) -> list[Word]:
    """The words of the match's clause from its start up to the match's end ("No one should have to
    check": the subject before the words found belongs to it)."""
    at = next((i for i, w in enumerate(words) if w.start >= match.start), 0)
    start = at
    while start > 0 and not words[start - 1].text.rstrip().endswith((",", ".", ";", ":", "!", "?", "–", "—", " -")):
        start -= 1
    return [w for w in words[start:] if w.start <= match.end]


def _perfect_for_obligation(phrase: str, match: Match) -> bool:
    """An English phrase with "have" and a participle ("should have checked") met by "have to" and
    a verb ("should have to check"): an obligation, not what someone failed to do."""
    listed = normalize(phrase)
    said = normalize(" ".join(w.text for w in match.stretch or match.words))
    perfect = any(a == "have" and b != "to" for a, b in zip(listed, listed[1:], strict=False))
    return perfect and any(a == "have" and b == "to" for a, b in zip(said, said[1:], strict=False))


def negated(tokens: tuple[str, ...]) -> bool:
    """Any of the folded ``tokens`` negates, contracted forms included ("cant", "nicht", "kein")."""
    return any(token in _NEGATIONS for token in tokens)


def _said_in_sympathy(phrase: str, match: Match, words: Sequence[Word], context: Context) -> bool:
    """A one-word avoid phrase inside the agent's own sympathy is not what the trainer meant to
    avoid ("Geduld" listed for "haben Sie Geduld"; "da hätte ich auch die Geduld verloren" takes
    the customer's side; "aber" listed for the conjunction, "Das ist aber wirklich ärgerlich" uses
    it for emphasis): the word's clause takes up the feeling (:func:`grammar.in_sympathy`)."""
    if len(normalize(phrase)) != 1:
        return False
    return grammar.in_sympathy(words, match, context.resources, context.language)


#: The customer's side as owner ("Ihr Fehler", "your mistake") and ours ("bei uns", "our").
_THEIRS = frozenset({"ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "your", "yours"})
_OURS = lexicon.OUR_POSSESSIVES | {"uns", "wir", "we", "us", "mein", "meine", "meiner", "my", "mine"}


def _owner_turned(phrase: str, match: Match, words: Sequence[Word]) -> bool:
    """A phrase that puts something on the customer ("Ihr Fehler", "your fault"), met in words that
    put it on us ("also liegt der Fehler bei uns", "the mistake was ours"): the opposite said."""
    if not set(normalize(phrase)) & _THEIRS:
        return False
    clause = [w for w in words if match.start <= w.start <= match.end] or list(match.words)
    # the clause the match stands in, up to the next comma or sentence end
    after = [w for w in words if w.start > match.end]
    for word in after:
        clause.append(word)
        if word.text.rstrip().endswith((",", ".", "!", "?", ";", ":")):
            break
    said = {t for w in clause for t in normalize(w.text)}
    return not said & _THEIRS and bool(said & _OURS)


#: "Nothing more" after a negation word: "nichts dazu", "nothing extra", "anything else".
_NOTHING = frozenset({"nichts", "nothing", "anything"})
#: (not "mehr"/"more": "da können wir nichts mehr machen" is "anymore", hv45-100)
_MORE = frozenset({"dazu", "extra", "extras", "zusaetzlich", "zusaetzliches", "weiteres", "else", "additional"})


def _nothing_more(phrase: str, match: Match, words: Sequence[Word]) -> bool:
    """A negated phrase ("nicht gebucht", "not booked") met in a clause that says no more will be
    added ("Sonst buchen wir nichts dazu", "we won't book anything extra"): the negation falls on
    what is added, keeping the customer's no, not on what was done (hv48's circus school)."""
    if not negated(normalize(phrase)):
        return False
    texts = [t for w in _clause_up_to(words, match) for t in normalize(w.text)]
    after = [w for w in words if w.start > match.end]
    for word in after[:3]:
        texts.extend(normalize(word.text))
        if word.text.rstrip().endswith((",", ".", "!", "?", ";", ":")):
            break
    return any(a in _NOTHING and b in _MORE for a, b in zip(texts, texts[1:]))


#: The customer, besides their possessives: a phrase "your hall" is about them.
_THEM = _THEIRS | {"ihnen", "sie", "you"}


#: "no more", "no empty", "keine leeren": what follows is refused as hollow, not withheld.
_HOLLOW = frozenset({"more", "empty", "further", "hollow", "leeren", "weiteren", "leere", "weitere"})


def _no_more_of(match: Match) -> bool:
    """A "no" said with "more" or "empty" before the thing ("No more promises, then, just proof",
    "keine leeren Versprechen"): the agent stops making hollow promises, which is no "can't
    promise" (hv55-230)."""
    texts = normalize(match.text)
    return any(a in ("no", "keine", "kein") and b in _HOLLOW for a, b in zip(texts, texts[1:]))


def _owner_left_out(phrase: str, match: Match, words: Sequence[Word]) -> bool:
    """A phrase that pins something on the customer ("your hall", "Ihr Fehler") met in words that
    name no owner of theirs ("I'll stand in the hall while the crew lays it", hv48-208): the
    possessive is what the trainer listed, the thing alone is no excuse."""
    if not set(normalize(phrase)) & _THEIRS:
        return False
    said = {t for w in _clause_up_to(words, match) for t in normalize(w.text)}
    said |= {t for w in match.words for t in normalize(w.text)}
    if said & _THEM:
        return False
    # only as the place where something happens ("in the hall"); "it turns out to be the home
    # wiring" still puts it on them (hv34-275)
    at = next((i for i, w in enumerate(words) if w.start >= match.start), None)
    before = [t for w in words[max(0, (at or 0) - 2) : at or 0] for t in normalize(w.text)]
    return bool(set(before) & _PLACE_PREPOSITIONS)


#: Prepositions of place before a thing: "in the hall", "im Saal", "at the depot".
_PLACE_PREPOSITIONS = frozenset({"in", "at", "into", "inside", "im", "am", "beim", "zum", "zur", "ins", "vor"})


#: Others' things in a phrase to avoid: "other bookings", "andere Buchungen".
_OTHERS = frozenset({"other", "others", "andere", "anderen", "anderer", "anderes"})


def _theirs_not_others(phrase: str, match: Match, words: Sequence[Word]) -> bool:
    """A phrase about others' things ("other bookings", the excuse of a full diary) met in words
    about the customer's own ("on your new booking", hv49-171): the possessive right before the
    match says whose it is."""
    if not set(normalize(phrase)) & _OTHERS:
        return False
    at = next((i for i, w in enumerate(words) if w.start >= match.start), None)
    before = [t for w in words[max(0, (at or 0) - 2) : at or 0] for t in normalize(w.text)]
    said = {t for w in match.words for t in normalize(w.text)}
    return bool((set(before) | said) & _THEIRS) and not said & _OTHERS


def analyze(turn: Turn, context: Context) -> list[Finding]:
    step = context.step
    words = reply_words(turn, context)
    if step is None or not step.expect.avoid or not words:
        return []
    spoken = Spoken(words)
    findings = []
    for phrase in step.expect.avoid:
        match = phrase_found(phrase, spoken, **context.penalty_match_kwargs(), stop_at_comma=True)
        for form in variants(phrase, context.language) if match is None else ():
            # "while they're there" for "while we're there", word for word
            match = phrase_found(form, spoken, **context.penalty_match_kwargs(), stop_at_comma=True)
            if match is not None:
                break
        if match is not None and not same_words(match, context):
            match = None  # only alike in spelling: another word
        if match is not None and context.language == "en" and _another_clause_inside(match, words):
            match = None  # "The proof you approved had it right" is no "you approved it" (hv40-194)
        if match is not None and _particle_later(phrase, match, words, context):
            match = None  # "setzen eine neue Scheibe ein" is "einsetzen", no "Setzungen"
        if match is not None and negated(normalize(phrase)) != negated(normalize(match.text)):
            match = None  # "you won't lose your discount" is the opposite of "you lose your discount"
        if match is None:  # every word of it in one clause, in any form ("you'll lose your discount"); in
            # German in any order, in English in the phrase's: "Chloe should have called you" is no "you should have"
            ordered = context.language == "en"
            forms = [phrase, *variants(phrase, context.language)]
            meant = meaning_found(forms, words, strict=True, ordered=ordered, **context.meaning_kwargs())
            match = meant.match if meant is not None else _separable_whole(phrase, words, context)
            match = match or _compound_apart(phrase, words, context) or _separable_split(phrase, words, context)
            match = match or _said_of_the_noun(phrase, words, context)
            if meant is not None and match is not None and not negated(normalize(phrase)):
                inside = tuple(t for w in _clause_up_to(words, match) for t in normalize(w.text))
                if negated(inside):
                    match = None  # "da muss niemand drei Wochen warten" denies "in drei Wochen"
            if match is not None and _attributive(phrase, match, words, context.language):
                match = None
        if match is not None and _no_more_of(match):
            match = None  # "No more promises, then, just proof": empty words refused, no hedge
        if match is not None and _nothing_more(phrase, match, words):
            match = None  # "Sonst buchen wir nichts dazu" for "nicht gebucht": no extra, not the excuse
        if match is not None and _perfect_for_obligation(phrase, match):
            match = None  # "No one should have to check" is no "should have checked"
        if match is not None and _theirs_not_others(phrase, match, words):
            match = None  # "on your new booking" for "other bookings"
        if match is not None and _owner_left_out(phrase, match, words):
            match = None  # "crew in the hall" for "your hall": nothing put on them
        if match is not None and _owner_turned(phrase, match, words):
            continue  # "der Fehler liegt bei uns" for "Ihr Fehler": the fault owned, not put on them
        if match is not None and _said_in_sympathy(phrase, match, words, context):
            continue
        if match is not None and grammar.on_their_side(words, match, context.resources, context.language):
            continue  # "Da haben Sie recht, das kann nicht sein, dass Sie dafür zahlen": with them
        if match is not None and grammar.asked_about(words, match, context.resources, context.language):
            continue  # "how much of the wall came down?" asks what happened; no "walls come down"
        if match is not None:
            findings.append(
                make_finding(
                    context,
                    "avoid_phrase",
                    severity="major",
                    skill="empathy",
                    start=match.start,
                    end=match.end,
                    evidence={"phrase": phrase, "said": match.text, "words": match.to_json()},
                )
            )
    return findings
