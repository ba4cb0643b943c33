"""Text as a speaker would say it: numbers, dates, times, amounts, abbreviations and emoji.

A synthetic voice reads what it is given: "Nr. 4711 vom 3.5.2024 über 27,50 €" becomes "en er
... drei Punkt fünf Punkt ..." and an emoji becomes "pouting face". :func:`speakable` rewrites a
line, in German or English, into the words a person would say ("Nummer siebenundvierzig elf vom
dritten Mai zweitausendvierundzwanzig über siebenundzwanzig Euro fünfzig"), before synthesis.

The number words themselves come from a :class:`NumberSpeller` the caller passes in (the
adapter ``voicecoach.adapters.number_words`` wraps the num2words library), so this module stays
pure. :func:`speech_problem` says why a text cannot be spoken at all (no letters left, symbols
no voice can say) for ``scenarios validate``.

Conventions (from how German and English call-centre staff read such things aloud):

- order, customer and phone numbers (after "Nr."/"Nummer"/"number", or digit runs of five or
  more, or with a leading zero) are read in groups: German in pairs ("47 11" -> "siebenundvierzig
  elf", a pair with a leading zero as "null fünf"), English digit by digit ("four seven one one");
- a four-digit number from 1000 to 2099 on its own is a year ("neunzehnhundertachtundneunzig",
  "nineteen ninety-eight"); other whole numbers are cardinals;
- German dates ``3.5.2024`` / ``3. Mai`` and ISO dates ``2024-05-03`` become "dritten Mai
  zweitausendvierundzwanzig" (dative after am/vom/zum/..., nominative after "der") / "May third,
  twenty twenty-four";
- amounts: ``27,50 €`` -> "siebenundzwanzig Euro fünfzig", ``$27.50`` -> "twenty-seven dollars fifty";
- emoji and other pictographs are dropped, never read out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Literal

from voicecoach.core.errors import Said

NumberForm = Literal["cardinal", "ordinal", "year"]
#: ``(number, language, form) -> words``: 4711, "de", "cardinal" -> "viertausendsiebenhundertelf".
NumberSpeller = Callable[[int, str, NumberForm], str]

_MONTHS = {
    "de": (
        "Januar", "Februar", "März", "April", "Mai", "Juni",
        "Juli", "August", "September", "Oktober", "November", "Dezember",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip

#: Abbreviations and what is said for them; matched as whole words, case as written.
_ABBREVIATIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        (r"z\.\s?B\.", "zum Beispiel"),
        (r"d\.\s?h\.", "das heißt"),
        (r"u\.\s?a\.", "unter anderem"),
        (r"o\.\s?Ä\.", "oder Ähnliches"),
        (r"u\.\s?U\.", "unter Umständen"),
        (r"Nr\.", "Nummer"),
        (r"ca\.", "circa"),
        (r"MwSt\.?", "Mehrwertsteuer"),
        (r"usw\.", "und so weiter"),
        (r"bzw\.", "beziehungsweise"),
        (r"Dr\.", "Doktor"),
        (r"Prof\.", "Professor"),
        (r"inkl\.", "inklusive"),
        (r"zzgl\.", "zuzüglich"),
        (r"evtl\.", "eventuell"),
        (r"ggf\.", "gegebenenfalls"),
        (r"Tel\.", "Telefon"),
        (r"Str\.", "Straße"),
        (r"Hr\.", "Herr"),
        (r"Fr\.", "Frau"),
        (r"bzgl\.", "bezüglich"),
        (r"vgl\.", "vergleiche"),
        (r"Std\.", "Stunden"),
        (r"Min\.", "Minuten"),
        (r"km", "Kilometer"),
        (r"kg", "Kilo"),
    ),
    "en": (
        (r"e\.\s?g\.", "for example"),
        (r"i\.\s?e\.", "that is"),
        (r"No\.(?=\s*\d)", "number"),
        (r"approx\.", "approximately"),
        (r"etc\.", "et cetera"),
        (r"Dr\.", "Doctor"),
        (r"Mr\.", "Mister"),
        (r"Mrs\.", "Missus"),
        (r"Ms\.", "Miz"),
        (r"vs\.", "versus"),
        (r"incl\.", "including"),
        (r"Rd\.", "Road"),
        (r"Ave\.", "Avenue"),
        (r"St\.(?=\s+[A-Z])", "Saint"),
        (r"min\.", "minutes"),
        (r"km", "kilometres"),
        (r"kg", "kilos"),
    ),
}

#: Words after which a number is a code read in groups (order, customer, phone numbers).
_CODE_WORDS = {
    "de": r"(?:\w*[Nn]ummer|Telefon|Handy|Postleitzahl|PLZ|Konto|IBAN|Code|Kennwort|PIN)",
    "en": r"(?:number|phone|mobile|account|code|PIN|reference|ref|order|postcode|zip)",
}
#: Currency symbols and words: (symbol/code pattern, German (singular, plural, cent word), English (...)).
_CURRENCIES = (
    ("€|EUR|Euro|euros?", ("Euro", "Euro", "Cent"), ("euro", "euros", "cents")),
    (r"\$|USD|Dollar|dollars?", ("Dollar", "Dollar", "Cent"), ("dollar", "dollars", "cents")),
    ("£|GBP|Pfund|pounds?", ("Pfund", "Pfund", "Pence"), ("pound", "pounds", "pence")),
    ("CHF|Franken", ("Franken", "Franken", "Rappen"), ("franc", "francs", "centimes")),
)
_SYMBOLS = {
    "de": {"%": "Prozent", "&": "und", "+": "plus", "§": "Paragraf", "°": "Grad", "@": "at", "=": "gleich"},
    "en": {"%": "percent", "&": "and", "+": "plus", "§": "section", "°": "degrees", "@": "at", "=": "equals"},
}
#: Punctuation a voice pauses on or ignores; anything else that is not a letter, digit or known symbol is reported.
_PUNCTUATION = set(".,;:!?'\"„“”‚‘’«»‹›()[]-–—…/·*")
_DATIVE_BEFORE = re.compile(r"\b(?:am|vom|zum|dem|im|seit|ab|bis|Am|Vom|Zum|Dem|Seit|Ab|Bis)\s*$")


def speakable(text: str, language: str, spell: NumberSpeller) -> str:
    """``text`` as a ``language`` speaker ("de", else English) would say it; whitespace collapsed.

    Raises nothing: what it does not understand it leaves as it is (see :func:`speech_problem`).
    """
    lang = "de" if language == "de" else "en"
    text = _drop_emoji(text)
    for pattern, words in _ABBREVIATIONS[lang]:
        text = re.sub(rf"(?<![\w.]){pattern}(?!\w)", words, text)
    text = _amounts(text, lang, spell)
    text = _percent(text, lang, spell)
    text = _times(text, lang, spell)
    text = _dates(text, lang, spell)
    text = _codes(text, lang, spell)
    text = _numbers(text, lang, spell)
    for symbol, word in _SYMBOLS[lang].items():
        text = text.replace(symbol, f" {word} ")
    text = re.sub(r"\s+([,.;:!?…])", r"\1", text)
    return " ".join(text.split())


def speech_problem(text: str, language: str) -> Said | None:
    """Why ``text`` cannot be spoken as it is, or None: no letters at all, or symbols no voice says.

    Checked on the text after :func:`speakable` (with a stand-in speller: every number has words).
    """
    spoken = speakable(text, language, lambda number, _lang, _form: "n")
    if not any(char.isalpha() for char in spoken):
        return Said("'{text}' has no words to speak; write what the customer says", text=text.strip()[:40])
    odd = sorted({char for char in spoken if not (char.isalnum() or char.isspace() or char in _PUNCTUATION)})
    if odd:
        shown = " ".join(odd)
        return Said("'{shown}' cannot be spoken; write it out in words or remove it", shown=shown)
    return None


# -- the parts ---------------------------------------------------------------------------------


def _drop_emoji(text: str) -> str:
    """Pictographs (Unicode "So" outside the symbols we read), variation selectors, joiners, skin tones."""
    kept = []
    for char in text:
        code = ord(char)
        if char in "°©®™§":
            kept.append(char if char in "°§" else "")
        elif unicodedata.category(char) == "So" or 0x1F000 <= code <= 0x1FAFF or 0xFE00 <= code <= 0xFE0F:
            kept.append(" ")
        elif code in (0x200D, 0x20E3) or 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F:
            continue
        else:
            kept.append(char)
    return "".join(kept)


def _amount_pattern(lang: str) -> str:
    if lang == "de":
        return r"(?P<whole>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?P<cents>\d{2}|-{1,2}))?"
    return r"(?P<whole>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<cents>\d{2}))?"


def _amounts(text: str, lang: str, spell: NumberSpeller) -> str:
    amount = _amount_pattern(lang)
    for symbols, german, english in _CURRENCIES:
        singular, plural, cent_word = german if lang == "de" else english

        def say(
            match: re.Match[str], singular: str = singular, plural: str = plural, cent_word: str = cent_word
        ) -> str:
            whole = int(re.sub(r"\D", "", match["whole"]))
            cents = int(match["cents"]) if match["cents"] and match["cents"].isdigit() else 0
            if whole == 0 and cents:
                return f"{_cardinal(cents, lang, spell)} {cent_word}"
            unit = singular if whole == 1 else plural
            said = f"{_cardinal(whole, lang, spell, before_noun=True)} {unit}"
            return f"{said} {_cardinal(cents, lang, spell)}" if cents else said

        text = re.sub(rf"(?<![\w.,]){amount}\s?(?:{symbols})(?![\w])", say, text)
        text = re.sub(rf"(?<!\w)(?:{symbols})\s?{amount}(?![\d])", say, text)
    return text


def _decimal(whole: str, fraction: str, lang: str, spell: NumberSpeller) -> str:
    point = "Komma" if lang == "de" else "point"
    digits = " ".join(spell(int(digit), lang, "cardinal") for digit in fraction)
    return f"{_cardinal(int(whole), lang, spell)} {point} {digits}"


def _percent(text: str, lang: str, spell: NumberSpeller) -> str:
    separator = "," if lang == "de" else r"\."

    def say(match: re.Match[str]) -> str:
        number = (
            _decimal(match["whole"], match["fraction"], lang, spell)
            if match["fraction"]
            else _cardinal(int(match["whole"]), lang, spell)
        )
        return f"{number} {_SYMBOLS[lang]['%']}"

    return re.sub(rf"(?<![\w.,])(?P<whole>\d+)(?:{separator}(?P<fraction>\d+))?\s?(?:%|Prozent|percent)", say, text)


def _times(text: str, lang: str, spell: NumberSpeller) -> str:
    if lang == "de":

        def say_de(match: re.Match[str]) -> str:
            hours, minutes = int(match["h"]), int(match["m"] or 0)
            said = f"{_cardinal(hours, lang, spell, before_noun=True)} Uhr"
            return f"{said} {_cardinal(minutes, lang, spell)}" if minutes else said

        text = re.sub(r"(?<![\w.,:])(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)\s?Uhr\b", say_de, text)
        text = re.sub(r"(?<![\w.,:])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:])", say_de, text)
        return re.sub(r"(?<![\w.,:])(?P<h>[01]?\d|2[0-3])(?P<m>)\s?Uhr\b", say_de, text)

    def say_en(match: re.Match[str]) -> str:
        hours, minutes = int(match["h"]), int(match["m"])
        if minutes == 0:
            said = f"{_cardinal(hours, lang, spell)} o'clock" if not match["ampm"] else _cardinal(hours, lang, spell)
        elif minutes < 10:
            said = f"{_cardinal(hours, lang, spell)} oh {_cardinal(minutes, lang, spell)}"
        else:
            said = f"{_cardinal(hours, lang, spell)} {_cardinal(minutes, lang, spell)}"
        ampm = match["ampm"]
        return f"{said} {' '.join(ampm.replace('.', '').lower())}" if ampm else said

    return re.sub(
        r"(?<![\w.,:])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?:\s?(?P<ampm>[ap]\.?m\.?))?(?![\w:])", say_en, text
    )


def _date_words(day: int, month: int, year: str | None, lang: str, spell: NumberSpeller, before: str) -> str:
    month_name = _MONTHS[lang][month - 1]
    year_words = _year(int(year), lang, spell) if year else ""
    if lang == "de":
        ordinal = spell(day, lang, "ordinal")
        if _DATIVE_BEFORE.search(before) or not re.search(r"\b(?:der|Der)\s*$", before):
            ordinal += "n"  # am/vom/zum dritten Mai; "der dritte Mai"
        return " ".join(part for part in (ordinal, month_name, year_words) if part)
    said = f"{month_name} {spell(day, lang, 'ordinal')}"
    return f"{said}, {year_words}" if year_words else said


def _year(year: int, lang: str, spell: NumberSpeller) -> str:
    if year < 100:  # "3.5.24": this century
        year += 2000
    return spell(year, lang, "year")


def _dates(text: str, lang: str, spell: NumberSpeller) -> str:
    def iso(match: re.Match[str]) -> str:
        return _date_words(int(match["d"]), int(match["m"]), match["y"], lang, spell, text[: match.start()])

    text = re.sub(r"(?<![\w.])(?P<y>\d{4})-(?P<m>0?[1-9]|1[0-2])-(?P<d>0?[1-9]|[12]\d|3[01])(?!\d)", iso, text)
    if lang == "de":
        out, last = [], 0
        numeric = r"(?<![\w.,])(?P<d>0?[1-9]|[12]\d|3[01])\.\s?(?P<m>0?[1-9]|1[0-2])\.(?:\s?(?P<y>\d{4}|\d{2})(?!\d))?"
        for match in re.finditer(numeric, text):
            out += [text[last : match.start()], iso_de(match, text, spell)]
            last = match.end()
        text = "".join([*out, text[last:]])
        names = "|".join(_MONTHS["de"])
        out, last = [], 0
        for match in re.finditer(rf"(?<![\w.,])(?P<d>0?[1-9]|[12]\d|3[01])\.\s?(?P<name>{names})\b", text):
            month = _MONTHS["de"].index(match["name"]) + 1
            words = _date_words(int(match["d"]), month, None, lang, spell, text[: match.start()])
            out += [text[last : match.start()], words]
            last = match.end()
        return "".join([*out, text[last:]])
    text = re.sub(r"(?<![\w.])(?P<n>\d+)(?:st|nd|rd|th)\b", lambda match: spell(int(match["n"]), lang, "ordinal"), text)
    return text


def iso_de(match: re.Match[str], text: str, spell: NumberSpeller) -> str:
    """A German numeric date match (``3.5.2024``) in words, its case from the words before it."""
    return _date_words(int(match["d"]), int(match["m"]), match["y"], "de", spell, text[: match.start()])


def _code_digits(digits: str, lang: str, spell: NumberSpeller) -> str:
    """A digit group of a code: German in pairs (odd length: the first digit alone), English digit by digit."""
    if lang == "en" or len(digits) == 1:
        return " ".join("oh" if lang == "en" and d == "0" else spell(int(d), lang, "cardinal") for d in digits)
    if len(digits) == 2 and not digits.startswith("0"):
        return _cardinal(int(digits), lang, spell)
    pairs = [digits[0]] if len(digits) % 2 else []
    pairs += [digits[index : index + 2] for index in range(len(digits) % 2, len(digits), 2)]
    words = []
    for pair in pairs:
        if pair.startswith("0"):
            words += [spell(int(digit), lang, "cardinal") for digit in pair]
        else:
            words.append(_cardinal(int(pair), lang, spell))
    return " ".join(words)


def _codes(text: str, lang: str, spell: NumberSpeller) -> str:
    def say(match: re.Match[str]) -> str:
        groups = re.findall(r"\d+", match["digits"])
        return match["lead"] + " ".join(_code_digits(group, lang, spell) for group in groups)

    flags = re.IGNORECASE if lang == "en" else 0
    text = re.sub(
        rf"(?P<lead>\b{_CODE_WORDS[lang]}\b\W{{0,3}}(?:(?:ist|lautet|is)\s+)?)(?P<digits>\+?\d+(?:[ /-]\d+)*)(?![\d,.]\d)",
        say,
        text,
        flags=flags,
    )

    def long_run(match: re.Match[str]) -> str:
        return " ".join(_code_digits(group, lang, spell) for group in re.findall(r"\d+", match[0]))

    # a phone number with a leading + or 0, or any digit run of five or more, is a code wherever it is
    return re.sub(r"(?<![\w.,])(?:\+\d+|0\d+|\d{5,})(?:[ /-]\d+)*(?![\d,.]\d)", long_run, text)


def _numbers(text: str, lang: str, spell: NumberSpeller) -> str:
    thousands, decimal = (r"\.", ",") if lang == "de" else (",", r"\.")

    def say(match: re.Match[str]) -> str:
        whole = re.sub(r"\D", "", match["whole"])
        if match["fraction"]:
            return _decimal(whole, match["fraction"], lang, spell)
        value = int(whole)
        if match["whole"].isdigit() and len(whole) == 4 and 1000 <= value <= 2099:
            return _year(value, lang, spell)
        following = re.match(r"\s(\w+)", text[match.end() : match.end() + 40])
        return _cardinal(value, lang, spell, before_noun=following[1] if following else None)

    return re.sub(
        rf"(?<![\w])(?P<whole>\d{{1,3}}(?:{thousands}\d{{3}})+|\d+)(?:{decimal}(?P<fraction>\d+))?(?!\w)", say, text
    )


_FEMININE = re.compile(r"(?:ung|heit|keit|ion|tät|schaft|e|nummer|Minute)$")


def _cardinal(value: int, lang: str, spell: NumberSpeller, *, before_noun: bool | str | None = None) -> str:
    """A cardinal; German "eins" before a noun is "ein"/"eine" ("ein Euro", "eine Woche").

    ``before_noun`` is True or the word that follows (its ending guesses the gender).
    """
    if lang == "de" and before_noun and value == 1:
        if isinstance(before_noun, str) and not before_noun[:1].isupper():
            return spell(value, lang, "cardinal")  # "1 und 2": a number, not an article
        return "eine" if isinstance(before_noun, str) and _FEMININE.search(before_noun) else "ein"
    return spell(value, lang, "cardinal")
