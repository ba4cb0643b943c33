"""Text matching that survives transcription.

What a speech recogniser writes differs from what a scenario author typed: case, punctuation,
umlauts (``ä`` or ``ae``), numbers as digits or words (``4711``, ``vier sieben eins eins``,
``siebenundvierzig elf``, ``forty-seven eleven``), inflections (``Entschuldigung`` /
``entschuldigen``), compounds split in two (``Bestell-Nummer``) and small spelling slips
(``Entschuldigun``). Everything here is pure and works the same for German and English.

The main entry point is :func:`phrase_found`: does a phrasing (one or more words) occur in what
somebody said, and which words with which times matched?
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from voicecoach.core.timeline import Word

# --------------------------------------------------------------------------- folding

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "’": "'", "‘": "'", "`": "'"})
_SPLIT = re.compile(r"[^0-9a-z]+")
#: Punctuation after a word that ends a sentence (a phrase never matches across it).
_SENTENCE_END = re.compile(r"[.!?…]+[\"'»«“”]*$")
#: Titles and abbreviations whose full stop ends no sentence ("Mr. Diaz").
_ABBREVIATIONS = frozenset({"mr.", "mrs.", "ms.", "dr.", "st.", "prof.", "nr.", "bzw.", "z.b.", "hr."})
_COMMA = re.compile(r"[,;:–—]+[\"'»«“”]*$|\s[-–—]$")


def ends_sentence(word: str) -> bool:
    """Whether a transcribed word (Whisper's text, punctuation attached) ends a sentence:
    ". ! ? …", closing quotes allowed, but not the full stop of a title or an abbreviation
    ("Mr.", "Nr.")."""
    raw = word.strip()
    return bool(_SENTENCE_END.search(raw)) and raw.lower().lstrip("\"'„“»«(") not in _ABBREVIATIONS


def plain(words: Iterable[Word]) -> str:
    """Words joined for display, without punctuation around the whole (``"Bestellnummer?"`` -> ``"Bestellnummer"``)."""
    return plain_texts(word.text for word in words)


def plain_texts(texts: Iterable[str]) -> str:
    """:func:`plain` for word texts that have no timing (a scripted line's words never spoken)."""
    return " ".join(text.strip() for text in texts).strip(" .,;:!?…\"'„“”«»-–—")


@lru_cache(maxsize=1 << 16)  # the judge folds the same few hundred words tens of thousands of times a turn
def fold(text: str) -> str:
    """Lowercase, umlauts and ß spelled out (``Ärger`` -> ``aerger``), other accents dropped."""
    text = text.lower().translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _raw_tokens(text: str) -> list[str]:
    """Folded alphanumeric pieces; apostrophes vanish (``what's`` -> ``whats``)."""
    return [piece for piece in _SPLIT.split(fold(text).replace("'", "")) if piece]


# --------------------------------------------------------------------------- numbers

_UNITS = {
    "null": 0, "eins": 1, "ein": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fuenf": 5,
    "sechs": 6, "sech": 6, "sieben": 7, "sieb": 7, "acht": 8, "neun": 9,
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}  # fmt: skip
_TEENS = {
    "zehn": 10, "elf": 11, "zwoelf": 12, "dreizehn": 13, "vierzehn": 14, "fuenfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "zwanzig": 20, "dreissig": 30, "vierzig": 40, "fuenfzig": 50, "sechzig": 60, "siebzig": 70,
    "achtzig": 80, "neunzig": 90,
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_MULTIPLIERS = {"hundert": 100, "tausend": 1000, "hundred": 100, "thousand": 1000}
#: Words that are numbers only inside a compound (``einundzwanzig``), articles on their own.
_ONLY_IN_COMPOUNDS = {"ein", "sech", "sieb"}
_JOINERS = {"und", "and"}
_MORPHEMES = sorted([*_UNITS, *_TEENS, *_TENS, *_MULTIPLIERS, "und"], key=len, reverse=True)


@dataclass(frozen=True)
class _Num:
    """A number word or a piece of a compound: its value and what kind of piece it is."""

    value: int
    kind: str  # "unit", "teen", "tens", "mult", "digits"
    text: str = ""


def _number_piece(token: str) -> _Num | None:
    if token.isdigit():
        return _Num(int(token), "digits", token)
    if token in _ONLY_IN_COMPOUNDS:
        return None
    if token in _UNITS:
        return _Num(_UNITS[token], "unit")
    if token in _TEENS:
        return _Num(_TEENS[token], "teen")
    if token in _TENS:
        return _Num(_TENS[token], "tens")
    if token in _MULTIPLIERS:
        return _Num(_MULTIPLIERS[token], "mult")
    return _german_compound(token) or _ordinal(token)


#: Ordinal stems whose form is not "number + t/st" (after umlaut folding).
_ORDINAL_STEMS = {
    "erst": 1,
    "zweit": 2,
    "dritt": 3,
    "viert": 4,
    "fuenft": 5,
    "sechst": 6,
    "siebt": 7,
    "acht": 8,
    "neunt": 9,
    "zehnt": 10,
    "elft": 11,
    "zwoelft": 12,
    "first": 1,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
}  # English "second" is left out: "just a second" is no date
_DIGIT_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th|te|ten|ter|tes|tem)")
_GERMAN_ORDINAL_ENDINGS = ("en", "er", "es", "em", "e", "")


def is_number_word(token: str) -> bool:
    """``token`` (lower case, folded) is a number: digits, "fuenf", "twenty", "dreiundzwanzig", an
    ordinal ("sechste")."""
    return _number_piece(token) is not None


@lru_cache(maxsize=4096)
def _ordinal(token: str) -> _Num | None:
    """Ordinals as the number they count: ``einunddreissigsten`` and ``21st`` -> 31 and 21,
    so "am 31. März" (as Whisper writes it) and "am einunddreißigsten März" match."""
    digits = _DIGIT_ORDINAL.fullmatch(token)
    if digits:
        return _Num(int(digits.group(1)), "digits", digits.group(1))
    if token in _ORDINAL_STEMS:  # English ordinals have no ending
        return _Num(
            _ORDINAL_STEMS[token], "unit" if _ORDINAL_STEMS[token] < 10 else "digits", str(_ORDINAL_STEMS[token])
        )
    for ending in _GERMAN_ORDINAL_ENDINGS:
        if not ending or not token.endswith(ending):
            continue
        base = token[: -len(ending)]
        if base in _ORDINAL_STEMS:
            value = _ORDINAL_STEMS[base]
        elif base.endswith("st"):  # zwanzigste, einunddreissigsten, hundertste
            value = _cardinal_word(base[:-2])
        elif base.endswith("t"):  # dreizehnte ... neunzehnte
            value = _cardinal_word(base[:-1])
            value = value if value is not None and 13 <= value <= 19 else None
        else:
            continue
        if value is not None:
            return _Num(value, "digits", str(value))
    return None


def _cardinal_word(word: str) -> int | None:
    """The value of one cardinal number word (``zwanzig``, ``einunddreissig``), or None."""
    for table in (_UNITS, _TEENS, _TENS, _MULTIPLIERS):
        if word in table:
            return table[word]
    compound = _german_compound(word) if word not in _ONLY_IN_COMPOUNDS else None
    return compound.value if compound is not None else None


@lru_cache(maxsize=4096)
def _german_compound(token: str) -> _Num | None:
    """``siebenundvierzig`` -> 47, ``viertausendsiebenhundertelf`` -> 4711; None if not a number."""
    if len(token) < 6 or not token.isalpha():
        return None
    pieces: list[str] = []
    rest = token
    while rest:
        for morpheme in _MORPHEMES:
            if rest.startswith(morpheme):
                pieces.append(morpheme)
                rest = rest[len(morpheme) :]
                break
        else:
            return None
    if len(pieces) < 2:
        return None
    value = _cardinal_value(pieces)
    return None if value is None else _Num(value, "digits", str(value))


def _cardinal_value(pieces: list[str]) -> int | None:
    """Value of German number morphemes, or None for a sequence no one would say."""
    total = 0
    current = 0
    previous = ""  # kind of the previous piece
    pending_und = False
    for piece in pieces:
        if piece == "und":
            if previous != "unit":
                return None
            pending_und = True
            continue
        if piece in _MULTIPLIERS:
            if previous == "mult" or (piece == "hundert" and current >= 100 and previous):
                return None
            if piece == "hundert":
                current = (current or 1) * 100
            else:
                total += (current or 1) * 1000
                current = 0
            previous = "mult"
            continue
        kind = "unit" if piece in _UNITS else "teen" if piece in _TEENS else "tens"
        value = _UNITS.get(piece, _TEENS.get(piece, _TENS.get(piece, 0)))
        if pending_und:
            if kind != "tens":
                return None
            pending_und = False
        elif previous in ("unit", "teen", "tens"):
            return None  # two numbers side by side inside one word: not a number
        current += value
        previous = kind
    if pending_und:
        return None
    return total + current


def _group_numbers(pieces: list[_Num]) -> list[str]:
    """Split a run of number words into spoken groups and write each as digits.

    ``forty seven eleven`` -> ["47", "11"]; ``four seven one one`` -> ["4", "7", "1", "1"];
    ``four thousand seven hundred eleven`` -> ["4711"]; digits stay as they are.
    """
    groups: list[str] = []
    total = current = 0
    last = ""  # kind of the last piece in the open group
    open_group = False

    def close() -> None:
        nonlocal total, current, last, open_group
        if open_group:
            groups.append(str(total + current))
        total = current = 0
        last = ""
        open_group = False

    for piece in pieces:
        if piece.kind == "digits":
            close()
            groups.append(piece.text)
            continue
        if piece.kind == "mult":
            if open_group and last in ("unit", "teen", "tens") and (piece.value == 1000 or current < 100):
                if piece.value == 100:
                    current *= 100
                else:
                    total += current * 1000
                    current = 0
                last = "mult"
                continue
            close()
            current = piece.value if piece.value == 100 else 0
            total = 0 if piece.value == 100 else 1000
            last, open_group = "mult", True
            continue
        extends = open_group and (
            (last == "tens" and piece.kind == "unit" and current % 10 == 0 and piece.value > 0)
            or (last == "mult" and current % 100 == 0)
        )
        if not extends:
            close()
        current += piece.value
        last, open_group = piece.kind, True
    close()
    return groups


# --------------------------------------------------------------------------- tokens


@dataclass(frozen=True)
class Token:
    """One normalised word: folded text (numbers as digits) with the source word and its time."""

    text: str
    start: float
    end: float
    #: The transcribed word(s) this token came from (several for "vier sieben eins eins").
    words: tuple[Word, ...]
    #: A sentence ends right after this token (``.``, ``?``, ``!`` in the transcript).
    sentence_end: bool = False
    #: A comma, colon or dash follows this token.
    comma: bool = False
    #: The transcript had a question mark right after this token.
    question: bool = False


#: "achten"/"achte" as the verb "to heed", by the word after it ("achten Sie auf Ihr Gewicht",
#: "wir achten darauf") or before it ("wir achten"), not the ordinal ("am achten Mai").
_HEED_FORMS = frozenset({"achten", "achte", "achtet"})
_HEED_NEXT = frozenset({"sie", "auf", "darauf", "wir", "ich", "bitte", "doch", "mal", "ja", "dabei", "besonders"})
_HEED_BEFORE = frozenset({"wir", "ich", "sie", "bitte", "und", "aber", "zu", "sollten", "muessen", "doch"})


def _heeding(tokens: Sequence[Token], index: int) -> bool:
    """Token ``index`` is a form of "achten" (to heed), not the ordinal "eighth" (see :data:`_HEED_FORMS`)."""
    if tokens[index].text not in _HEED_FORMS:
        return False
    after = tokens[index + 1].text if index + 1 < len(tokens) else ""
    before = tokens[index - 1].text if index else ""
    return after in _HEED_NEXT or before in _HEED_BEFORE or index == 0


def _merge_numbers(tokens: list[Token]) -> list[Token]:
    """Replace each run of number words by one token of digits (groups concatenated)."""
    out: list[Token] = []
    index = 0
    while index < len(tokens):
        piece = None if _heeding(tokens, index) else _number_piece(tokens[index].text)
        if piece is None:
            out.append(tokens[index])
            index += 1
            continue
        run = [tokens[index]]
        pieces = [piece]
        index += 1
        while index < len(tokens) and not run[-1].sentence_end:
            if run[-1].comma and _DIGIT_ORDINAL.fullmatch(run[-1].words[-1].text.strip(" ,;:.!?").lower()):
                break  # "Saturday the 21st, first thing": a day of the month ends its number
            token = tokens[index]
            if token.text in _JOINERS and index + 1 < len(tokens):
                following = _number_piece(tokens[index + 1].text)
                joined = (
                    token.text == "und"
                    and pieces[-1].kind == "unit"
                    and following is not None
                    and following.kind == "tens"
                ) or (
                    token.text == "and"
                    and pieces[-1].kind == "mult"
                    and following is not None
                    and following.kind != "mult"
                )
                if joined and following is not None:
                    if token.text == "und":  # German: the unit comes first, "sieben und vierzig"
                        pieces[-1] = _Num(pieces[-1].value + following.value, "tens")
                    else:
                        pieces.append(following)
                    run.extend((token, tokens[index + 1]))
                    index += 2
                    continue
                break
            piece = _number_piece(token.text)
            if piece is None:
                break
            pieces.append(piece)
            run.append(token)
            index += 1
        digits = "".join(_group_numbers(pieces))
        last = run[-1]
        out.append(
            Token(
                digits,
                run[0].start,
                last.end,
                tuple(dict.fromkeys(word for token in run for word in token.words)),
                last.sentence_end,
                last.comma,
                last.question,
            )
        )
    return out


def tokens_of(words: Iterable[Word]) -> tuple[Token, ...]:
    """Normalised tokens of transcribed words, with times, numbers merged into digits."""
    tokens: list[Token] = []
    words = tuple(words)
    for number, word in enumerate(words):
        raw = word.text.strip()
        pieces = _raw_tokens(raw)
        following = words[number + 1].text if number + 1 < len(words) else ""
        for position, piece in enumerate(pieces):
            last = position == len(pieces) - 1
            tokens.append(
                Token(
                    piece,
                    word.start,
                    word.end,
                    (word,),
                    sentence_end=last
                    and bool(_SENTENCE_END.search(raw))
                    and fold(raw) not in _ABBREVIATIONS
                    and not _ordinal_dot(raw, following),
                    comma=last and bool(_COMMA.search(raw)),
                    question=last and raw.rstrip("\"'»«“” ").endswith("?"),
                )
            )
    return tuple(_merge_numbers(tokens))


#: Month names after which "31." is a German date, not the end of a sentence.
_MONTHS = frozenset(
    [
        "januar",
        "februar",
        "maerz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ]
)


def _ordinal_dot(raw: str, following: str) -> bool:
    """``31.`` before ``März``: the dot of a German ordinal date, not a full stop."""
    return bool(re.fullmatch(r"\d{1,2}\.", raw)) and fold(following).strip(".,!?") in _MONTHS


def dot_ends_nothing(raw: str, following: str) -> bool:
    """A full stop that ends no sentence: a title or abbreviation ("Mr.", "Nr.") or a German
    ordinal date ("am 14. Mai"); ``raw`` is Whisper's word with its punctuation, ``following``
    the next word."""
    raw = raw.strip()
    return raw.endswith(".") and (not ends_sentence(raw) or _ordinal_dot(raw, following))


def words_of_text(text: str) -> tuple[Word, ...]:
    """A typed text as untimed words (time 0), to run it through the same matching."""
    return tuple(Word(piece, 0.0, 0.0) for piece in text.split())


@lru_cache(maxsize=4096)
def normalize(text: str) -> tuple[str, ...]:
    """Normalised tokens of a typed phrase: ``"Bestell-Nr. vier sieben eins eins"`` ->
    ``("bestell", "nr", "4711")``."""
    return tuple(token.text for token in tokens_of(words_of_text(text)))


def has_run(tokens: Sequence[str], run: Sequence[str]) -> bool:
    """Whether ``run`` stands in ``tokens`` word for word, in a row (both normalised tokens):
    ``has_run(("auf", "unsere", "kosten"), ("unsere", "kosten"))`` is True."""
    width = len(run)
    return any(tuple(tokens[i : i + width]) == tuple(run) for i in range(len(tokens) - width + 1))


# --------------------------------------------------------------------------- word matching

_SUFFIXES = ("ungen", "ung", "ing", "en", "em", "er", "es", "ed", "ly", "e", "n", "s", "t")
_MIN_STEM = 4
#: Words this short keep their ending (the longer form may still be stemmed to them).
_MAX_UNSTEMMED = 5
_MIN_PREFIX = 5
_MAX_PREFIX_REST = 3
#: What may follow a shared stem: endings of inflection and derivation (German and English).
#: Any other rest is another word ("unser" is no form of "unseriös").
_WORD_ENDINGS = frozenset(
    [
        "e",
        "n",
        "en",
        "er",
        "es",
        "em",
        "ern",
        "s",
        "st",
        "t",
        "te",
        "et",
        "ten",
        "bar",
        "ung",
        "ig",
        "lich",
        "d",
        "ed",
        "ing",
        "ly",
        "r",
    ]
)
#: Least spelling similarity for two words of the same sound key to match (an accent's
#: spelling: "kuendigen"/"kindigen" 0.78; "unschoen"/"ansieht" share the key at 0.25).
_SOUND_FLOOR = 0.7
_MIN_FUZZY = 7
#: Hesitations skipped when matching a phrase (they don't break "tut mir, äh, leid").
#: Only sounds that are never words ("um" and "er" are German words, so they stay).
HESITATIONS = frozenset({"aeh", "aehm", "aehh", "oeh", "oehm", "uh", "uhm", "uhh", "erm", "hm", "hmm"})


@lru_cache(maxsize=16384)
def stem(token: str) -> str:
    """Strip one common German or English ending: ``entschuldigung`` -> ``entschuldig``."""
    if token.isdigit() or len(token) <= _MAX_UNSTEMMED:
        return token  # "nacht" is not "nach" + t, "youre" not "your" + e
    for suffix in _SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= _MIN_STEM:
            return token[: -len(suffix)]
    return token


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions)."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]


def similarity(a: str, b: str) -> float:
    """1.0 for equal strings, 0.0 for nothing in common (edit distance over the longer length)."""
    if not a and not b:
        return 1.0
    return 1.0 - edit_distance(a, b) / max(len(a), len(b))


#: Pairs the stemmer makes one word that are two: "nicht" (not) and "nichts" (nothing): "das ist
#: wirklich nichts" (agreeing) is not "wirklich nicht" (doubting the customer's no); "sich" is not
#: "sicher" ("Sind Sie sich da ganz sicher?" quoted as "Sind Sie sich").
_OTHER_WORDS = frozenset(
    {frozenset(("nicht", "nichts")), frozenset(("sich", "sicher")), frozenset(("sich", "sichern"))}
)


@lru_cache(maxsize=65536)
def token_match(expected: str, heard: str, fuzzy_ratio: float = 0.8, strict: bool = False) -> bool:
    """Do two normalised tokens mean the same word, allowing inflection and small slips?

    Numbers, codes with digits and short words (up to 3 letters) match only exactly. Otherwise:
    same stem, or one stem a prefix of the other with at most 3 letters left
    (``nachvollzieh``/``nachvollziehbar``), or a German participle ``ge...`` of the same stem,
    or, for words of 7+ letters, an edit-distance similarity of at least ``fuzzy_ratio``.
    ``strict``: the same stem only (for words joined or split by the matcher itself).
    """
    if expected == heard:
        return True
    if len(expected) <= 3 or len(heard) <= 3 or not (expected.isalpha() and heard.isalpha()):
        return False  # numbers, codes ("wm7") and short words only match exactly
    if frozenset((expected, heard)) in _OTHER_WORDS:
        return False
    a, b = stem(expected), stem(heard)
    if a == b or stem(a) == stem(b):  # "kindern" -> "kinder" -> "kind"
        return True
    if strict:
        return False
    for one, other in ((a, b), (expected, heard)):  # stems, and the words as heard ("woche"/"wochen")
        short, long_ = sorted((one, other), key=len)
        rest = long_[len(short) :]
        if (
            len(short) >= _MIN_PREFIX
            and long_.startswith(short)
            and len(rest) <= _MAX_PREFIX_REST
            and rest in _WORD_ENDINGS
        ):
            return True
    for one, other in ((expected, b), (heard, a)):
        if one.startswith("ge") and len(one) >= 7 and stem(one[2:]) == other:
            return True
    if min(len(expected), len(heard)) >= _MIN_FUZZY and fuzzy_ratio < 1.0:
        short, long_ = sorted((expected, heard), key=len)
        if long_.endswith(short):
            return False  # a prefix makes another word: "reconsider"/"consider", "verkaufen"/"kaufen"
        if similarity(expected, heard) >= fuzzy_ratio:
            return True
        # the same sounds, spelled as an accent makes them heard ("kuendigen" / "kindigen"), and
        # still alike in spelling: the coarse key alone made "ansieht" an "unschön"
        return (
            not (_negation(expected) or _negation(heard))
            and sound_key(a) == sound_key(b)
            and similarity(expected, heard) >= _SOUND_FLOOR
        )
    return False


# --------------------------------------------------------------------------- sounds

#: Spellings of one sound, replaced before the letters are mapped (order matters).
_SOUND_SPELLINGS = (("sch", "s"), ("ph", "f"), ("ck", "k"), ("th", "t"), ("qu", "kv"), ("x", "ks"))
#: Letters a recogniser confuses: voiced/voiceless pairs and spellings of one sound.
_SOUND_LETTERS = str.maketrans({"b": "p", "d": "t", "g": "k", "c": "k", "q": "k", "z": "s", "v": "f", "w": "f"})
_VOWELS = re.compile(r"[aeiouy]+")
#: Words that turn a phrase into its opposite: a slip may never add or drop one.
_NEGATIONS = frozenset(
    {"no", "not", "never", "none", "nothing", "cant", "cannot", "dont", "wont", "isnt", "doesnt", "didnt",
     "nicht", "nichts", "kein", "keine", "keinen", "keiner", "keinem", "nie", "niemals", "nein"}
)  # fmt: skip
#: Words of four or more letters that carry no content of their own (they anchor nothing).
_FUNCTION_WORDS = frozenset(
    {"your", "youre", "youll", "that", "this", "with", "from", "have", "been", "were", "will", "what",
     "when", "them", "they", "then", "than", "there", "here", "just", "some", "would", "could", "should",
     "ihre", "ihren", "ihrem", "ihnen", "sich", "eine", "einen", "einem", "einer", "dass", "sind", "habe",
     "haben", "wird", "mich", "dich", "noch", "auch", "aber", "oder", "wenn", "dann", "denn", "kann", "sein"}
)  # fmt: skip
#: Pronouns: a slip never turns one into another kind of word ("sehe" is not "Sie").
_PRONOUNS = frozenset(
    {"i", "me", "my", "you", "he", "him", "she", "her", "it", "we", "us", "they", "ich", "mir", "mich",
     "du", "dir", "dich", "er", "es", "sie", "wir", "uns", "ihr", "ihn", "ihm"}
)  # fmt: skip
#: Longest phrase word (letters) that may be replaced by a similar-sounding word.
_MAX_SHORT = 4


def _negation(token: str) -> bool:
    return token in _NEGATIONS or (
        token.endswith("nt") and token[:-2] in {"can", "don", "won", "isn", "doesn", "didn", "wasn", "aren"}
    )


@lru_cache(maxsize=16384)
def sound_key(token: str) -> str:
    """A rough sound skeleton: ``diaz`` and ``dias``, ``code`` and ``good``, ``leid`` and ``leite``
    give the same key (voicing, spelling variants, vowel quality, a final ``e`` and a lengthening
    ``h`` after a vowel are ignored). Only for letters; numbers keep their digits."""
    if not token.isalpha():
        return token
    text = token
    for spelling, sound in _SOUND_SPELLINGS:
        text = text.replace(spelling, sound)
    if len(text) > 2 and text.endswith("e"):
        text = text[:-1]
    text = re.sub(r"(?<=[aeiouy])h", "", text)
    text = _VOWELS.sub("a", text.translate(_SOUND_LETTERS))
    return re.sub(r"(.)\1+", r"\1", text)


def sounds_alike(expected: str, heard: str) -> int | None:
    """How far apart two short words sound: 0 (the same sound skeleton), 1 (one sound apart:
    ``half``/``have``, ``back``/``bat``, ``in``/``and``), None (not alike, or not words that may
    be confused this way: numbers, long words, a negation on one side only)."""
    if not (expected.isalpha() and heard.isalpha()) or _negation(expected) != _negation(heard):
        return None
    if _negation(expected) and expected != heard:
        return None
    if (expected in _PRONOUNS) != (heard in _PRONOUNS):
        return None
    one, other = sound_key(expected), sound_key(heard)
    if one == other:
        return 0
    if len(expected) <= _MAX_SHORT and len(heard) <= _MAX_SHORT + 1 and edit_distance(one, other) <= 1:
        return 1
    return None


def anchors(token: str) -> bool:
    """A word that pins a phrase down: a number, or a content word of four or more letters."""
    return any(ch.isdigit() for ch in token) or (len(token) >= 4 and token not in _FUNCTION_WORDS)


# --------------------------------------------------------------------------- phrases


@dataclass(frozen=True)
class Match:
    """Where a phrasing was found: the phrasing, the spoken words that matched, their times."""

    phrasing: str
    #: The spoken words that matched the phrasing's words.
    words: tuple[Word, ...]
    start: float
    end: float
    #: Everything said from the first to the last matched word (with the words in between).
    stretch: tuple[Word, ...] = ()

    @property
    def text(self) -> str:
        """What was said from the first to the last matched word, without outer punctuation."""
        return plain(self.stretch or self.words)

    def to_json(self) -> list[dict[str, float | str]]:
        return [{"word": w.text.strip(), "start": round(w.start, 3), "end": round(w.end, 3)} for w in self.words]


class Spoken:
    """What one side said, normalised once for many phrase look-ups."""

    def __init__(self, words: Sequence[Word]):
        self.words = tuple(words)
        all_tokens = tokens_of(self.words)
        self.tokens = tuple(token for token in all_tokens if token.text not in HESITATIONS)

    def __len__(self) -> int:
        return len(self.tokens)


def _as_spoken(words: Sequence[Word] | Spoken) -> Spoken:
    return words if isinstance(words, Spoken) else Spoken(words)


def _unit_at(
    tokens: Sequence[Token], index: int, expected: str, fuzzy_ratio: float, stop_at_comma: bool, strict: bool
) -> int:
    """How many spoken tokens at ``index`` stand for ``expected``: 1, 2 (a split compound), or 0."""
    token = tokens[index]
    if token_match(expected, token.text, fuzzy_ratio, strict):
        return 1
    if index + 1 < len(tokens) and not token.sentence_end and not (stop_at_comma and token.comma):
        joined = token.text + tokens[index + 1].text
        # a split compound must match without spelling slack: "no"+"warranty" is not "warranty"
        if len(joined) >= 6 and token_match(expected, joined, strict=True):
            return 2
    return 0


def _match_from(
    tokens: Sequence[Token],
    start: int,
    expected: tuple[str, ...],
    max_gap: int,
    fuzzy_ratio: float,
    stop_at_comma: bool,
    strict: bool = False,
) -> list[int] | None:
    """Indices of tokens matching ``expected`` in order from ``start``, or None."""
    used: list[int] = []
    index = start
    gaps_left = max_gap
    for position, want in enumerate(expected):
        # A phrase token that is itself two joined spoken words ("order number" said "ordernumber")
        # is handled by comparing the phrase's joined pair against the spoken token as well.
        found = False
        while index < len(tokens):
            size = _unit_at(tokens, index, want, fuzzy_ratio, stop_at_comma, strict)
            if size:
                used.extend(range(index, index + size))
                index += size
                found = True
                break
            if position == 0:
                return None
            if gaps_left == 0 or tokens[index].sentence_end or (stop_at_comma and tokens[index].comma):
                return None
            gaps_left -= 1
            index += 1
        if not found:
            return None
        if position + 1 < len(expected):
            last = tokens[used[-1]]
            if last.sentence_end or (stop_at_comma and last.comma):
                return None
    return used


def _split_alike(tokens: Sequence[Token], index: int, expected: str, stop_at_comma: bool) -> bool:
    """A compound said as two words whose second half sounds like the rest of it
    (``postcode`` heard ``post good``): the first word is the compound's start exactly."""
    if index + 1 >= len(tokens) or not expected.isalpha() or len(expected) < 7:
        return False
    first, second = tokens[index], tokens[index + 1]
    if first.sentence_end or (stop_at_comma and first.comma):
        return False
    spelled_alike = expected.startswith(first.text[:2])  # "a count", not "bitte Ihre" for "bedauere"
    if second.text.isalpha() and spelled_alike and sound_key(first.text + second.text) == sound_key(expected):
        return True  # "account" heard "a count"
    rest = expected[len(first.text) :]
    return (
        len(first.text) >= 3
        and len(rest) >= 3
        and expected.startswith(first.text)
        and second.text.isalpha()
        and sound_key(rest) == sound_key(second.text)
    )


def _match_with_slip(
    tokens: Sequence[Token],
    start: int,
    expected: tuple[str, ...],
    max_gap: int,
    fuzzy_ratio: float,
    stop_at_comma: bool,
) -> list[int] | None:
    """Like :func:`_match_from`, forgiving one slip of the recogniser in a phrase of two or more
    words: one short word replaced by a similar-sounding one (``half past three`` heard ``have
    past three``), one short inner word missing (not a negation), or a compound's second half
    misheard (``postcode`` / ``post good``), with at most one other word in between. A slip of more than the same sound skeleton counts
    only when the words that matched as they are include an anchor (a number or a content word).
    """

    def blocked(index: int) -> bool:
        return tokens[index].sentence_end or (stop_at_comma and tokens[index].comma)

    def search(position: int, index: int, gaps: int, slip: str, anchored: bool) -> list[int] | None:
        if position == len(expected):
            return [] if (slip == "" or slip == "same" or anchored) else None
        want = expected[position]
        # the next phrase word is missing (a short inner word, not a negation)
        if (
            not slip
            and 0 < position < len(expected) - 1
            and len(expected) >= 3
            and want.isalpha()
            and len(want) <= 3
            and not _negation(want)
        ):
            found = search(position + 1, index, gaps, "loose", anchored)
            if found is not None:
                return found
        while index < len(tokens):
            if position > 0 and blocked(index - 1):
                return None
            size = _unit_at(tokens, index, want, fuzzy_ratio, stop_at_comma, False)
            if size:
                found = search(position + 1, index + size, gaps, slip, anchored or anchors(want))
                if found is not None:
                    return list(range(index, index + size)) + found
            if not slip:
                alike = sounds_alike(want, tokens[index].text)
                if alike is not None:
                    same = alike == 0 and min(len(want), len(tokens[index].text)) >= 4
                    found = search(position + 1, index + 1, gaps, "same" if same else "loose", anchored)
                    if found is not None:
                        return [index, *found]
                if _split_alike(tokens, index, want, stop_at_comma):
                    found = search(position + 1, index + 2, gaps, "same", anchored)
                    if found is not None:
                        return [index, index + 1, *found]
            if position == 0 or gaps == 0 or blocked(index) or _negation(tokens[index].text):
                return None  # never skip a "not" when forgiving a slip
            gaps -= 1
            index += 1
        return None

    if len(expected) < 2:
        # one word: only a compound heard in two (its first half exact, the rest alike)
        return [start, start + 1] if _split_alike(tokens, start, expected[0], stop_at_comma) else None
    # a phrase said with a slip must be said nearly in one go: at most one other word in between
    return search(0, start, min(max_gap, 1), "", False)


def _expected_variants(expected: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The phrase as typed, and with each adjacent pair joined (``order number`` ~ ``ordernumber``)."""
    variants = [expected]
    for index in range(len(expected) - 1):
        if expected[index].isdigit() and expected[index + 1].isdigit():
            continue  # "47 11" is already one number
        variants.append(expected[:index] + (expected[index] + expected[index + 1],) + expected[index + 2 :])
    return variants


def find_phrase(
    phrasing: str,
    words: Sequence[Word] | Spoken,
    *,
    max_gap: int = 2,
    fuzzy_ratio: float = 0.8,
    stop_at_comma: bool = False,
    slips: bool = True,
) -> list[Match]:
    """Every non-overlapping place where ``phrasing`` was said, earliest first.

    The phrasing's words must come in order, with at most ``max_gap`` other words in between
    (hesitations like "äh" don't count), never across the end of a sentence and, with
    ``stop_at_comma``, never across a comma. ``slips=False`` forgives no recogniser slip: for
    phrases that cost the trainee points, where the benefit of the doubt goes to the trainee.
    """
    spoken = _as_spoken(words)
    expected = normalize(phrasing)
    if not expected:
        return []
    tokens = spoken.tokens
    # a phrase with a comma of its own crosses one ("first come, first served", hv41-180)
    stop_at_comma = stop_at_comma and "," not in phrasing
    # one recogniser slip is forgiven only where the phrase is said nowhere as it is
    matches = _find(phrasing, expected, tokens, max_gap, fuzzy_ratio, stop_at_comma, slips=False)
    if matches or not slips:
        return matches
    return _find(phrasing, expected, tokens, max_gap, fuzzy_ratio, stop_at_comma, slips=True)


def _find(
    phrasing: str,
    expected: tuple[str, ...],
    tokens: Sequence[Token],
    max_gap: int,
    fuzzy_ratio: float,
    stop_at_comma: bool,
    *,
    slips: bool,
) -> list[Match]:
    matches: list[Match] = []
    variants = _expected_variants(expected)  # the same at every start: built once
    index = 0
    while index < len(tokens):
        best: list[int] | None = None
        for number, variant in enumerate(variants):
            # joined variants ("order number" said as "ordernumber") get no spelling slack either
            used = _match_from(tokens, index, variant, max_gap, fuzzy_ratio, stop_at_comma, strict=number > 0)
            if used is not None and (best is None or used[-1] < best[-1]):
                best = used
        if best is None and slips:
            best = _match_with_slip(tokens, index, expected, max_gap, fuzzy_ratio, stop_at_comma)
        if best is None:
            index += 1
            continue
        matched_words = tuple(dict.fromkeys(word for position in best for word in tokens[position].words))
        stretch = tuple(dict.fromkeys(word for token in tokens[best[0] : best[-1] + 1] for word in token.words))
        matches.append(Match(phrasing, matched_words, tokens[best[0]].start, tokens[best[-1]].end, stretch))
        index = best[-1] + 1
    return matches


def phrase_found(
    phrasing: str,
    words: Sequence[Word] | Spoken,
    *,
    max_gap: int = 2,
    fuzzy_ratio: float = 0.8,
    stop_at_comma: bool = False,
    slips: bool = True,
) -> Match | None:
    """The first place where ``phrasing`` was said, or None. See :func:`find_phrase`."""
    found = find_phrase(
        phrasing, words, max_gap=max_gap, fuzzy_ratio=fuzzy_ratio, stop_at_comma=stop_at_comma, slips=slips
    )
    return found[0] if found else None


def any_phrase_found(
    phrasings: Iterable[str],
    words: Sequence[Word] | Spoken,
    *,
    max_gap: int = 2,
    fuzzy_ratio: float = 0.8,
    stop_at_comma: bool = False,
    slips: bool = True,
) -> Match | None:
    """The earliest match of any of ``phrasings``, or None."""
    spoken = _as_spoken(words)
    best: Match | None = None
    for phrasing in phrasings:
        match = phrase_found(
            phrasing, spoken, max_gap=max_gap, fuzzy_ratio=fuzzy_ratio, stop_at_comma=stop_at_comma, slips=slips
        )
        if match is not None and (best is None or match.start < best.start):
            best = match
    return best


def cover(tokens: Sequence[str], phrases: Iterable[tuple[str, ...]]) -> bool:
    """True if ``tokens`` consist only of the given phrases, one after another (exact tokens).

    Used for backchannels: ``("ja", "genau")`` is covered by ``{("ja",), ("genau",)}``.
    """
    options = sorted(set(phrases), key=len, reverse=True)
    index = 0
    while index < len(tokens):
        for phrase in options:
            if tuple(tokens[index : index + len(phrase)]) == phrase:
                index += len(phrase)
                break
        else:
            return False
    return True


def slip_phrase_at(tokens: Sequence[Token], phrase: tuple[str, ...]) -> int | None:
    """Index of the earliest token where the normalised ``phrase`` starts, word for word, allowing
    the one recogniser slip of :func:`find_phrase` (``sagen Sie mir`` heard ``sagen Sie mich``)."""
    for index in range(len(tokens)):
        if tuple(token.text for token in tokens[index : index + len(phrase)]) == phrase:
            return index
        if _match_with_slip(tokens, index, phrase, 0, 1.0, False) is not None:
            return index
    return None
