"""Meaning, not only listed words: a phrasing counts when its words are said in other forms.

The literal matcher (:mod:`voicecoach.core.text`) finds a phrasing word after word. Here a
phrasing is met when, in one clause of the reply, each of its *core words* (content words and
negations) is said in some form a coach would accept:

- the same word or an inflection of it (the literal matcher's rules, and the lemma from the
  context's :class:`~voicecoach.core.language.LanguageResources`: ``nimmt`` -> ``nehmen``);
- a German separable verb with its particle at the end of the clause (``nimmt ... mit`` =
  ``mitnehmen``, ``sehe mir das ... an`` = ``ansehen``);
- in any order inside the clause ("Sie würden Ihren Rabatt verlieren" for "Sie verlieren Ihren Rabatt");
- for key points (``wide``): a compound with the word as head or the word as a compound's head
  (``Ersatzpackung`` / ``Packung``), and a thesaurus synonym of a content word (only one of
  several core words may be met by a synonym: the point's words stay the anchor).

A clause with a negation where the phrasing has none (or the other way round) never meets it.
Penalty phrasings (``strict``) need every word of the phrasing, function words too, in lemma
form, within one clause: "Kein Problem" is not "Das ist nicht mein Problem".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from voicecoach.core.analyzers import lexicon
from voicecoach.core.language import PLAIN, LanguageResources
from voicecoach.core.text import Match, dot_ends_nothing, fold, token_match, words_of_text
from voicecoach.core.timeline import Word

_PIECES = re.compile(r"[^\W\d_]+|\d+")
_CLAUSE_END = re.compile(r"[.!?…,;:]+[\"'»«“”)]*$|\s[-–—]$|^[-–—]$")
#: English contractions, as pieces after the apostrophe ("you'll" -> "you" + "ll").
_CONTRACTIONS = {"ll": "will", "re": "are", "ve": "have", "d": "would", "m": "am", "s": "is", "t": "not"}
_NEVER = frozenset({"never", "nie", "niemals"})
#: The lemma a German understatement ("halb so schlimm") carries: a negation for a phrasing.
_UNDERSTATED = "nicht"
_NEGATIONS = frozenset(
    [
        "no",
        "not",
        "never",
        "none",
        "nothing",
        "nobody",
        "cannot",
        "nicht",
        "nichts",
        "kein",
        "keine",
        "keinen",
        "keiner",
        "keinem",
        "keines",
        "nie",
        "niemals",
        "nein",
        "ohne",
        "without",
    ]
)
_PARTICLES = frozenset(
    [
        "ab",
        "an",
        "auf",
        "aus",
        "bei",
        "ein",
        "mit",
        "nach",
        "vor",
        "weg",
        "zu",
        "zurueck",
        "zurück",
        "her",
        "hin",
        "los",
        "fest",
        "durch",
        "um",
        "heraus",
        "herein",
        "rein",
        "raus",
        "vorbei",
        "weiter",
    ]
)
#: Words after a separable particle that still leave it at the end of its clause.
_CLAUSE_JOINERS = frozenset(["und", "oder", "dann", "aber"])
_MIN_COMPOUND_PART = 4
#: Light verbs: so many senses that a thesaurus links them to almost anything ("get" ~ "come",
#: "do" ~ "come"); a synonym link from or to one of them is no sign of the same meaning.
LIGHT_VERBS = frozenset(
    [
        "be",
        "have",
        "do",
        "get",
        "go",
        "come",
        "make",
        "take",
        "give",
        "put",
        "set",
        "let",
        "see",
        "say",
        "keep",
        "seem",
        "sein",
        "haben",
        "werden",
        "tun",
        "machen",
        "kommen",
        "gehen",
        "geben",
        "nehmen",
        "lassen",
        "sehen",
        "sagen",
        "bringen",
        "stehen",
        "liegen",
        "halten",
        "stellen",
        "setzen",
        "legen",
    ]
)
_FOLDED_LIGHT_VERBS = frozenset(fold(verb) for verb in LIGHT_VERBS)
#: Modal particles and softeners: words that colour a phrase without changing it ("Sie hätten
#: *aber auch* anrufen können", "you *really* should have"); inside a penalty phrase they are free.
_PARTICLE_WORDS = frozenset(
    fold(w)
    for w in [
        "aber",
        "auch",
        "doch",
        "ja",
        "eben",
        "halt",
        "schon",
        "wohl",
        "mal",
        "einfach",
        "etwa",
        "wirklich",
        "eigentlich",
        "natürlich",
        "denn",
        "nur",
        "gar",
        "vorher",
        "ruhig",
        "bloß",
        "really",
        "actually",
        "just",
        "even",
        "also",
        "simply",
        "of",
        "course",
    ]
)
#: Other words a penalty phrasing may have among its own ("you('ll) lose your discount").
STRICT_SLACK = 2
#: English finite verbs that open another clause inside a stretch: a relative clause ends before
#: them ("The proof you approved | had it right").
OTHER_VERBS = frozenset({"had", "has", "was", "were", "is", "are"})
#: Words that sit inside a penalty phrase said in other words without changing it: regret and
#: time adverbs ("Da kann ich *von hier aus leider* nichts machen", "I *really* can't say *yet*").
_FREE_INSIDE = frozenset(
    fold(w)
    for w in [
        *("leider", "noch", "jetzt", "gerade", "genau", "hier", "unfortunately", "sadly", "yet", "now", "here"),
        *("sich", "da", "ganz"),  # "Sind Sie *sich da ganz* sicher?" is "sind Sie sicher"
        # said frankly: "Garantieren kann ich Ihnen das *ehrlich gesagt* nicht" (hv38-019)
        *("ehrlich", "ehrlicherweise", "gesagt", "honestly", "frankly"),
        # "Sie hätten am Morgen aber *kurz* anrufen müssen": briefly, the deed the same (hv39-100)
        "kurz",
    ]
)
#: Closed word classes whose members stand for each other in a penalty phrasing said in other
#: words: the demonstrative subject ("das kommt vor" / "so was kommt vor", "it's normal" /
#: "that's normal"), a determiner ("the vet must have" / "your vet must have"), a focus particle
#: ("it's just a dog" / "it's only a dog"), an object pronoun ("get used to it" / "to them"), a
#: small quantity ("a few weeks" / "a couple of weeks").
_STANDS_FOR = (
    frozenset({"das", "dies", "dieses", "es", "sowas"}),
    frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"})
    | frozenset({"ihr", "ihre", "ihren", "ihrem", "ihrer", "dieser", "diese", "diesen"}),
    frozenset({"nur", "bloss", "lediglich"}),
    frozenset({"it", "this", "that", "them", "these", "those"}),
    frozenset({"the", "a", "an", "your", "his", "her", "their"}),
    frozenset({"just", "only", "merely", "simply"}),
    frozenset({"few", "couple", "several"}),
    # the agent's side speaks as "I" or "we" alike ("Wetter können wir nichts" said as "gegen das
    # Wetter kann ich nichts machen", hv46-072)
    frozenset({"ich", "wir"}),
    frozenset({"i", "we"}),
)
#: Words that say "not the one before" stand for each other in any phrasing ("another technician"
#: said as "a different technician", "einen anderen Techniker" as "einen neuen Techniker").
_OTHERNESS = (
    frozenset({"another", "different", "other", "new"}),
    frozenset({"andere", "anderer", "anderen", "anderes", "anderem", "neue", "neuer", "neuen", "neues", "neuem"}),
)
#: Modal particles: a penalty phrasing need not be said with them ("so kalt ist das doch nicht"
#: said as "das ist ja noch nicht so kalt").
_OPTIONAL_IN_PHRASE = frozenset(
    fold(w)
    for w in ["doch", "ja", "halt", "eben", "mal", "schon", "wohl", "denn", "eigentlich", "wirklich", "really"]
    # a pronoun for the thing, which the reply may name ("wann ist er ausgefallen" for "Wann genau
    # ist der Bagger denn ausgefallen?", hv49-138)
    + ["er", "ihn", "he", "him"]
)
#: German subjunctive II (and English modal past) forms: the lemma ("hätten" -> "haben") loses
#: the mood that makes "Sie hätten" blame and "da haben Sie recht" agree, so in a penalty
#: phrasing such a form is met only by a form of the same mood.
_SUBJUNCTIVE = frozenset(
    fold(w)
    for w in [
        "hätte", "hättest", "hätten", "hättet", "wäre", "wärst", "wären", "wäret", "würde", "würdest",
        "würden", "würdet", "könnte", "könntest", "könnten", "müsste", "müssten", "sollte", "sollten",
        "dürfte", "dürften", "should", "would", "could", "might", "shouldve", "wouldve", "couldve",
    ]
)  # fmt: skip
#: Words of a restriction ("nur", "only"): a penalty phrasing with one is not met without one.
RESTRICTIVE = frozenset({"nur", "only", "lediglich", "ausschliesslich", "bloss", "solely", "exclusively"})
#: The agent's own side as a clause's person: a short phrasing like "we'll pay" needs it.
_FIRST_PERSON = frozenset({"i", "we", "ich", "wir"})
_VERB_PREFIXES = frozenset(
    {fold(p) for p in _PARTICLES} | {"ver", "ent", "zer", "ueber", "unter", "wieder", "hinter", "voll", "miss"}
)


@dataclass(frozen=True)
class Piece:
    """One word of a clause: its folded form, the lemmas it may stand for, the spoken word."""

    text: str
    lemmas: frozenset[str]
    word: Word
    surface: str = ""


def _raw_pieces(words: Sequence[Word]) -> list[tuple[str, Word, bool]]:
    """(surface piece, word, clause ends after it) for each piece of each word."""
    out: list[tuple[str, Word, bool]] = []
    for number, word in enumerate(words):
        raw = word.text.strip()
        parts = _PIECES.findall(raw.replace("’", "'"))
        following = words[number + 1].text if number + 1 < len(words) else ""
        # "Mr." and "am 14. Mai" end nothing: "I'm sorry, Mr. Reed, we don't refund ..." is one run
        ends = bool(_CLAUSE_END.search(raw)) and not dot_ends_nothing(raw, following)
        if not parts and ends and out:
            out[-1] = (*out[-1][:2], True)  # a dash of its own ("no extra fee – I hear you") ends the clause
        for index, part in enumerate(parts):
            if index > 0 and part.lower() in _CONTRACTIONS and "'" in raw.replace("’", "'"):
                # ("let's" is "let us", not "let is")
                let = part.lower() == "s" and bool(out) and out[-1][0].lower() == "let"
                part = "us" if let else _CONTRACTIONS[part.lower()]
                if part == "not" and out and out[-1][0].lower() in ("won", "ca", "can", "sha"):
                    out[-1] = (
                        {"won": "will", "ca": "can", "sha": "shall"}.get(out[-1][0].lower(), out[-1][0]),
                        out[-1][1],
                        out[-1][2],
                    )
                elif part == "not" and out and out[-1][0].lower().endswith("n"):
                    out[-1] = (out[-1][0][:-1], out[-1][1], out[-1][2])  # "don't" -> "do" + "not"
            out.append((part, word, ends and index == len(parts) - 1))
    return out


def clauses(words: Sequence[Word], resources: LanguageResources, language: str) -> list[list[Piece]]:
    """The words split into clauses (at sentence ends, commas, colons, dashes), as pieces."""
    result: list[list[Piece]] = []
    current: list[tuple[str, Word]] = []
    for surface, word, ends in _raw_pieces(words):
        current.append((surface, word))
        if ends:
            result.append(_pieces(current, resources, language))
            current = []
    if current:
        result.append(_pieces(current, resources, language))
    return [clause for clause in result if clause]


#: German finite verbs that open a main clause after a subject clause ("dass es abweicht, *ist*
#: normal") or hold an "es" that a following "dass" clause fills ("*es ist* normal, dass ...").
_SUBJECT_CLAUSE_VERBS = frozenset(
    {"ist", "war", "waere", "sind", "waren", "bleibt", "kommt", "kann", "muss", "darf", "wird", "liegt"}
)


def _subject_clauses(said: list[list[Piece]]) -> list[list[Piece]]:
    """German "dass" clauses joined with the main clause they are the subject of, which a comma
    parts: "dass Lacke abweichen, ist ganz normal" and "es ist ganz normal, dass Lacke abweichen"
    say "Abweichung ist normal" as one statement (Duden grammar: Subjektsatz, with its correlate
    "es"). Extra clauses to search beside ``said``, for penalty phrasings only."""
    joined: list[list[Piece]] = []
    for first, second in zip(said, said[1:]):
        if len(first) < 2 or len(second) < 2:
            continue
        if first[0].text == "dass" and second[0].text in _SUBJECT_CLAUSE_VERBS:
            joined.append(first + second)  # "dass ..., ist normal"
        elif second[0].text == "dass" and any(
            a.text == "es" and b.text in _SUBJECT_CLAUSE_VERBS or a.text in _SUBJECT_CLAUSE_VERBS and b.text == "es"
            for a, b in zip(first, first[1:])
        ):
            # "es ist normal, dass ...", "normal ist es, dass ...": the "dass" clause read first, as
            # it stands for the "es", so the phrase's words stay close ("abweichen ist normal")
            joined.append(second + first)
    return joined


def _lemma(surface: str, resources: LanguageResources, language: str) -> str:
    return fold(resources.lemma(surface, language)) if surface.isalpha() else surface


def _pieces(raw: list[tuple[str, Word]], resources: LanguageResources, language: str) -> list[Piece]:
    texts = [fold(surface) for surface, _ in raw]
    lemmas = [{texts[i], _lemma(surface, resources, language)} for i, (surface, _) in enumerate(raw)]
    if language == "de":
        for i in range(len(texts) - 1):
            if texts[i] == "so" and texts[i + 1] == "was":
                lemmas[i + 1].add("sowas")  # "so was kommt vor" = "sowas kommt vor"
            if texts[i] == "halb" and texts[i + 1] == "so":
                lemmas[i].add(_UNDERSTATED)  # "halb so schlimm" = "nicht so schlimm"
    if language == "de":
        # a separable particle at the end of the clause (or before "und"/"dann") joins each verb before it
        for index, text in enumerate(texts):
            if text not in {fold(p) for p in _PARTICLES} or index == 0:
                continue
            at_end = index == len(texts) - 1 or texts[index + 1] in _CLAUSE_JOINERS
            if not at_end:
                continue
            for before in range(index):
                for lemma in list(lemmas[before]):
                    if lemma.endswith(("en", "ern", "eln")) and len(lemma) >= 4:
                        lemmas[before].add(text + lemma)
    return [Piece(texts[i], frozenset(lemmas[i]), raw[i][1], raw[i][0]) for i in range(len(raw))]


#: Words of doing it again: a core word of a phrasing although a stopword ("print it again" is
#: no "printed and dispatched", hv49-299).
_AGAIN = frozenset({"again", "wieder", "erneut"})


@dataclass(frozen=True)
class Need:
    """A core word of a phrasing: the forms it may take."""

    text: str
    lemmas: frozenset[str]
    surface: str
    negation: bool = False


def _needs(phrasing: str, resources: LanguageResources, language: str, strict: bool) -> list[Need]:
    """The phrasing's core words (separable verbs joined: "sehe nach" needs ``nachsehen``)."""
    stop = lexicon.STOPWORDS.get(language, frozenset()) | lexicon.STOPWORDS["en"]
    found = clauses(words_of_text(phrasing), resources, language)
    pieces = [piece for clause in found for piece in clause]
    needs: list[Need] = []
    consumed: set[int] = set()
    if language == "de" and len(pieces) >= 2 and pieces[-1].text in {fold(p) for p in _PARTICLES}:
        particle = pieces[-1].text
        for index, piece in enumerate(pieces[:-1]):
            joined = {lemma for lemma in piece.lemmas if lemma.startswith(particle) and lemma != particle}
            if joined:  # "sehe ... nach": the phrasing means "nachsehen", not "sehen"
                needs.append(Need(min(joined), frozenset(joined), f"{piece.surface} … {pieces[-1].surface}"))
                consumed.update({index, len(pieces) - 1})
                break
    for index, piece in enumerate(pieces):
        if index in consumed:
            continue
        if piece.text in _NEGATIONS:
            needs.append(Need(piece.text, frozenset({piece.text}), piece.surface, negation=True))
        elif (
            strict and piece.text in _OPTIONAL_IN_PHRASE and sum(p.text not in _OPTIONAL_IN_PHRASE for p in pieces) >= 3
        ):
            continue  # a modal particle colours the phrase; it need not be said
        elif (
            strict
            or piece.text in _AGAIN
            or (piece.text not in stop and (len(piece.text) >= 3 or piece.text.isdigit()))
        ):
            needs.append(Need(piece.text, piece.lemmas, piece.surface))
    return needs


def _compound(one: str, other: str) -> bool:
    """``other`` is a compound with ``one`` as its head (``ersatzpackung`` / ``packung``)."""
    prefix = other[: len(other) - len(one)]
    return (
        len(one) >= _MIN_COMPOUND_PART + 1
        and len(prefix) >= _MIN_COMPOUND_PART - 1
        and other.endswith(one)
        and prefix not in _VERB_PREFIXES  # "nachsehen" is another verb, not a kind of "sehen"
    )


def _how(
    need: Need,
    piece: Piece,
    resources: LanguageResources,
    language: str,
    wide: bool,
    fuzzy_ratio: float,
    strict: bool = False,
    mood: bool = True,
) -> str | None:
    """How ``piece`` says ``need``: "word", "lemma", "compound", "synonym", or None. ``strict``
    (a penalty phrasing): a subjunctive is met only by a subjunctive, and a word of a closed
    class (:data:`_STANDS_FOR`) by any word of its class."""
    if need.negation:
        if strict and need.text == _UNDERSTATED and _UNDERSTATED in piece.lemmas:
            return "word"
        if strict and (need.text in _NEVER) != (piece.text in _NEVER):
            return None  # "that never happens" denies; "it shouldn't happen" agrees
        return (
            "word"
            if piece.text in _NEGATIONS and (piece.text == need.text or need.text not in ("ohne", "without"))
            else None
        )
    if piece.text == need.text:
        return "word"
    if strict and mood and (need.text in _SUBJUNCTIVE) != (piece.text in _SUBJUNCTIVE):
        return None  # "Sie hätten" is not "da haben Sie recht"
    if strict and any(need.text in group and piece.lemmas & group for group in _STANDS_FOR):
        return "lemma"
    if need.lemmas & piece.lemmas:
        return "lemma"
    if any(need.text in group and piece.text in group for group in _OTHERNESS):
        return "lemma"
    if (
        piece.text.isalpha()
        and need.text.isalpha()
        and token_match(need.text, piece.text, fuzzy_ratio, strict=not wide)
    ):
        return "lemma"
    if not wide:
        return None
    if any(
        _compound(a, b) or _compound(b, a) for a in need.lemmas for b in piece.lemmas if a.isalpha() and b.isalpha()
    ):
        return "compound"
    light = _FOLDED_LIGHT_VERBS
    if len(need.text) >= 4 and len(piece.text) >= 3:
        for lemma in need.lemmas - light:
            synonyms = {fold(s) for s in resources.synonyms(lemma_surface(need, lemma), language)} - light
            if synonyms & piece.lemmas:
                return "synonym"
    return None


def lemma_surface(need: Need, lemma: str) -> str:
    """The lemma as the thesaurus spells it (umlauts back where the word had them)."""
    if fold(need.surface.lower()) == lemma:
        return need.surface.lower()
    return (
        lemma.replace("ae", "ä").replace("oe", "ö").replace("ue", "ü")
        if any(ch in need.surface for ch in "äöüÄÖÜ")
        else lemma
    )


def compound_related(one: str, other: str, min_head: int = _MIN_COMPOUND_PART) -> bool:
    """One folded word is a compound with the other, of ``min_head`` letters or more, as its head
    (``abholcode`` / ``code``); a verb with a prefix is not a compound."""

    def head_of(word: str, compound: str) -> bool:
        prefix = compound[: len(compound) - len(word)]
        return (
            len(word) >= min_head
            and len(prefix) >= _MIN_COMPOUND_PART - 1
            and compound.endswith(word)
            and prefix not in _VERB_PREFIXES
        )

    return one.isalpha() and other.isalpha() and (head_of(one, other) or head_of(other, one))


@dataclass(frozen=True)
class Meant:
    """A phrasing met in other words: the match and how each core word counted."""

    match: Match
    #: "Packung ~ Ersatzpackung (compound)" per core word.
    ways: tuple[str, ...]
    clause: str


#: Left out of ``ordered``: an article may be met anywhere in the clause ("the engineer must have"
#: in "Your engineer must have forgotten the part").
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "your", "my", "our"})
#: Prepositions and articles that tie a topic word into a question ("für den Pannendienst", "for the tow").
_TOPIC_GLUE = frozenset(
    {"fuer", "fur", "mit", "bei", "von", "vom", "zum", "zur", "den", "dem", "der", "die", "das", "des", "ihren",
     "ihre", "ihr", "for", "with", "on", "of", "the", "a", "your"}
)  # fmt: skip


def meaning_found(
    phrasings: Iterable[str],
    words: Sequence[Word],
    *,
    resources: LanguageResources = PLAIN,
    language: str,
    wide: bool = False,
    strict: bool = False,
    fuzzy_ratio: float = 0.8,
    mood: bool = True,
    ordered: bool = False,
    topic: frozenset[str] = frozenset(),
    given: frozenset[str] = frozenset(),
) -> Meant | None:
    """The first phrasing met in one clause of ``words`` in other words, or None (see module doc).
    ``mood=False`` with ``strict``: every word needed, but a subjunctive may be met by any form
    (a question asked again: "Wann hätten Sie Zeit?" for "wann haben Sie Zeit"). ``ordered`` with
    ``strict``: the words in the phrasing's order, for English statements, where the order gives
    the roles (who should have done what). ``topic`` with ``strict``: lemmas that name what a
    question is about (the other ask phrasings of one fact); where one stands inside the phrasing's
    words, it and the prepositions and articles around it do not count as distance ("Wie viel haben
    Sie denn *für den Pannendienst* bezahlt?" for "wie viel haben Sie bezahlt"). ``given``: the
    customer's own words (folded forms and lemmas); with ``wide``, a compound of a phrasing met by
    its head alone where the head is one of them and another phrasing names the part left out is
    not met (:func:`_modifier_is_point`)."""
    said = clauses(words, resources, language)
    if strict and language == "de":
        said = said + _subject_clauses(said)
    phrasings = list(phrasings)
    folded = [fold(p.lower()) for p in phrasings]
    for phrasing in phrasings:
        needs = _needs(phrasing, resources, language, strict)
        content = [need for need in needs if not need.negation]
        if not content or (strict and len(needs) < 2):
            continue
        person: frozenset[str] | None = None
        if len(phrasing.split()) > len(needs) and len(content) == 1 and len(content[0].text) <= 4:
            # "ach je" is not met by "Ach" alone (a short word left of a phrase says nothing); a key
            # point "we'll pay" is met by "We pay for the clean" (the agent's side doing it), not by
            # "you'll have to pay" (a listening sound "I see" stays a phrase: not ``wide``)
            first = _FIRST_PERSON & {fold(w) for w in _PIECES.findall(phrasing.lower())}
            person = _FIRST_PERSON if wide and first else None
            if person is None:
                continue
        negated = any(need.negation for need in needs)
        # "Express gilt nur ..." is a restriction: "damit gilt Express" says the opposite
        restricted = strict and bool({fold(w) for w in _PIECES.findall(phrasing.lower())} & RESTRICTIVE)
        for clause in said:
            if restricted and not any(piece.text in RESTRICTIVE for piece in clause):
                continue
            if person is not None and not person & {piece.text for piece in clause}:
                continue
            said_negated = any(
                piece.text in _NEGATIONS or (strict and mood and _UNDERSTATED in piece.lemmas and piece.text == "halb")
                for piece in clause
            )
            if negated != said_negated:
                continue
            found = _assign(needs, clause, resources, language, wide, fuzzy_ratio, strict, mood)
            if found is None:
                continue
            if strict:  # a penalty phrasing said in one go: its words close together ("card ... number" is not)
                places = [next(i for i, p in enumerate(clause) if p is piece) for _, piece, _ in found]
                kept = [at for at, (need, _, _) in zip(places, found) if need.text not in _DETERMINERS]
                if ordered and kept != sorted(kept):
                    continue  # "Chloe should have called you" is no "you should have"
                matched_ids = {id(piece) for _, piece, _ in found}
                start = min(places)
                inserted = [
                    at
                    for at in range(start + 1, max(places))
                    if clause[at].text in OTHER_VERBS and id(clause[at]) not in matched_ids
                ]
                # (after a verb matched before it: "Maintenance does happen" keeps its do-support)
                if ordered and any(any(p.text.endswith("ed") for p in clause[start:at]) for at in inserted):
                    continue  # "The proof you approved had it right" is no "you approved it" (hv40-194)
                inside = clause[min(places) : max(places) + 1]
                # a German verb bracket: the finite verb first, its separable particle closing the
                # clause, anything between ("So etwas kommt bei Festen im Freien aber schon mal vor"
                # for "kommt schon mal vor", hv53-098): the rest of the phrasing said in one go
                bracket = _verb_bracket(phrasing, language, places)
                if bracket:
                    inside = clause[sorted(places)[1] : max(places) + 1]
                free = _PARTICLE_WORDS | _FREE_INSIDE
                if topic and any(p.lemmas & topic for p in inside):
                    free = free | topic | _TOPIC_GLUE
                fillers = sum(
                    1 for p in inside if (p.text in free or p.lemmas & topic) and p not in [f[1] for f in found]
                )
                if len(inside) - fillers > len(needs) - bracket + STRICT_SLACK:
                    continue  # modal particles ("Sie hätten aber auch vorher anrufen können") do not count
            ways = [how for _, _, how in found]
            if wide and any(
                _modifier_is_point(need, piece, how, phrasing, folded, given) for need, piece, how in found
            ):
                continue
            if wide and len(content) >= 2 and all(way == "synonym" for need, _, way in found if not need.negation):
                continue  # a point's words stay the anchor: not everything by synonyms
            if wide and len(content) >= 2 and sum(way == "synonym" for way in ways) > 1:
                continue
            matched = sorted({piece.word for _, piece, _ in found}, key=lambda w: (w.start, w.end))
            stretch = tuple(dict.fromkeys(piece.word for piece in clause))
            return Meant(
                Match(phrasing, tuple(matched), matched[0].start, matched[-1].end, stretch),
                tuple(f"{need.surface} ~ {piece.surface} ({how})" for need, piece, how in found),
                " ".join(w.text.strip() for w in stretch),
            )
    return None


#: German separable particles that close a clause after their verb: "kommt ... vor", "geht ... raus".
_SEPARABLE_CLOSE = frozenset({"vor", "raus", "heraus", "an", "ab", "auf", "aus", "ein", "mit", "nach", "weg",
                              "zurueck", "hin", "her", "fest", "los", "vorbei", "zu"})  # fmt: skip


def _verb_bracket(phrasing: str, language: str, places: Sequence[int]) -> bool:
    """A German phrasing of three or more words that opens with its verb and closes with the verb's
    separable particle ("kommt schon mal vor", "geht vollständig raus"), met with the verb first:
    the words between verb and particle in the reply are the clause's middle field, not a spread."""
    folded = [fold(w) for w in _PIECES.findall(phrasing.lower())]
    return (
        language == "de"
        and len(folded) >= 3
        and folded[-1] in _SEPARABLE_CLOSE
        and len(places) >= 3
        and places[0] == min(places)
    )


def _modifier_is_point(
    need: Need, piece: Piece, how: str, phrasing: str, folded: Sequence[str], given: frozenset[str]
) -> bool:
    """A compound of the phrasing met by its head alone, when the head is the customer's own word
    (``given``: the thing everyone speaks of) and the part left out (four letters or more) is said
    in another phrasing of the same point: "so ein Schaft" for "Probeschaft" beside "Anprobe", after
    "dass der nächste Schaft passt" (hv46-014), drops the trial, which is the point; "das Protokoll"
    for "Messprotokoll" beside "nachmessen" still says it where the customer never said
    "Protokoll" (hv34-017); "Packung" for "Ersatzpackung" keeps it when no other phrasing names the
    "Ersatz"."""
    if how != "compound" or not (piece.lemmas | {piece.text}) & given:
        return False
    for head in piece.lemmas:
        for whole in need.lemmas:
            if head.isalpha() and whole.isalpha() and _compound(head, whole):
                modifier = whole[: len(whole) - len(head)]
                own = fold(phrasing.lower())
                if len(modifier) >= 4 and any(modifier in other for other in folded if other != own):
                    return True
    return False


def _assign(
    needs: list[Need],
    clause: list[Piece],
    resources: LanguageResources,
    language: str,
    wide: bool,
    fuzzy_ratio: float,
    strict: bool = False,
    mood: bool = True,
) -> list[tuple[Need, Piece, str]] | None:
    """Each need to a different piece of the clause (best way first), or None."""
    used: set[int] = set()
    found: list[tuple[Need, Piece, str]] = []
    rank = {"word": 0, "lemma": 1, "compound": 2, "synonym": 3}
    for need in needs:
        best: tuple[int, int, str] | None = None
        for index, piece in enumerate(clause):
            if index in used:
                continue
            how = _how(need, piece, resources, language, wide, fuzzy_ratio, strict, mood)
            if how is not None and (best is None or rank[how] < rank[best[2]]):
                best = (rank[how], index, how)
                if how == "word":
                    break
        if best is None:
            return None
        used.add(best[1])
        found.append((need, clause[best[1]], best[2]))
    return found


def closest(
    phrasings: Iterable[str],
    words: Sequence[Word],
    *,
    resources: LanguageResources = PLAIN,
    language: str,
    fuzzy_ratio: float = 0.8,
) -> tuple[str, list[str], tuple[Word, ...]] | None:
    """The clause that says most of one phrasing's core words, those words, and the clause's
    spoken words (for a missed point)."""
    said = clauses(words, resources, language)
    best: tuple[int, str, list[str], tuple[Word, ...]] | None = None
    for phrasing in phrasings:
        needs = [n for n in _needs(phrasing, resources, language, False) if not n.negation]
        for clause in said:
            hits = []
            for need in needs:
                piece = next((p for p in clause if _how(need, p, resources, language, True, fuzzy_ratio)), None)
                if piece is not None:
                    hits.append(piece.surface)
            if hits and (best is None or len(hits) > best[0]):
                unique = _unique(clause)
                best = (len(hits), " ".join(p.word.text.strip() for p in unique), hits, tuple(p.word for p in unique))
    return (best[1], best[2], best[3]) if best else None


def _unique(clause: list[Piece]) -> list[Piece]:
    seen: set[int] = set()
    out = []
    for piece in clause:
        if id(piece.word) not in seen:
            seen.add(id(piece.word))
            out.append(piece)
    return out
