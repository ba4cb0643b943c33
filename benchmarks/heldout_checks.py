"""The checks of the held-out sets benchmarks/heldout_v10 to heldout_v57, kept once.

Each set folder `benchmarks/heldout_vNN/` holds `replies.yaml` (the replies a judge is measured on)
and `scenarios/` (the calls they answer). Its `check_counts.py` checks the one against the other,
prints a counts table and `OK`, or `PROBLEMS:` and one line a problem, and exits 0 or 1. Every set's
writer copied the previous set's script and added checks; this module holds each check once, and
each set's `check_counts.py` is a thin wrapper that calls `check_set(folder, version, ...)` with its
own version number and its own data (the colleague names from v19 on).

`check_set` runs exactly the checks the set's own script ran, in the same order, and prints the same
lines: each block of checks is a method of `SetRun`, and `BLOCKS` lists them in the scripts' order with
the first set (and, for v29's, the last set) that ran them; where a later set changed a check, the
change is a named rule of its version (`REPLY_COUNT_RULES`, `REASK_NOTE_WORDS`, `BANNED_OPENERS`,
`OPENER_PROBLEMS`, `LIMIT_BREAKS_AT_LEAST`, `WEEKDAY_BY_VERSION`, `V19_COLLEAGUES_NOT_MATCHED`). When
the old copied scripts were replaced by the wrappers, every wrapper's output (stdout and stderr) and
exit code were compared byte for byte with the old script's on the sets as they are, and its stdout,
exit code and any error on well over a thousand randomly broken copies of the sets (so the problem lines
and their order are the same too), broken so that every problem line fires. One thing varies from run to
run, in the old scripts as here: where one reply shares several five-word sequences with the previous
set (v33, v34), they are listed in the order of a Python set, which depends on PYTHONHASHSEED; the
comparison ran both with the same seed.

To add the checks of a new set vNN: copy the newest `check_counts.py` into the new folder and change its
version number and its colleague list; the set keeps every check here. Write only the new set's own
checks in that file, as functions that take the `SetRun` (read `run.replies`, `run.scen`,
`run.colleagues`; append problem lines to `run.errors`; print their counts), and pass them as
`main(__file__, NN, COLLEAGUES, extra_checks=[...])`: they run after the checks kept here and before
`OK` or the problems. When a later set keeps them too, move them here as a method of `SetRun` (its
docstring saying "vNN"), listed in `BLOCKS` as `(NN, None, SetRun.check_...)`, so that they are kept
once; a check that works differently from some set on gets a rule keyed by version (as above), so that
the older sets keep their own behaviour. Add the set's line to the history below, and rerun every
`check_counts.py` to see that the older sets still print what they printed.

History (what each set's script checks; every set keeps the checks of the ones before it unless said):
v10: ids consecutive from hvNN-001; every reply's scenario, turn, language, kinds and keys are known;
11-12 replies per turn; good share 50-60 %; prints the counts per turn and the table per language.
v11: a kind fits its turn (pushed_after_no only on accept_no turns, no_acknowledgement only on angry,
annoyed or sad turns, avoid_phrase only where the turn has an avoid list), kinds unique and in order,
German scenarios set `address: sie`, every persona has a gender, 6-7 good replies per turn, 12
scenarios (6 German), scenario ids start with the set's prefix.
v12: German replies first; exactly 5 bad replies per turn; no du-forms in German replies; prints the
accept_no turns (first no, and later turns that keep it). From v12 on the scenarios are walked in
sorted order (v10 and v11 walked them in file-system order).
v13: text and note not empty; no good reply contains a phrase of its own turn's avoid list; 2-3 turns
and no `next`; exactly 300 replies; lists the good replies on accept_no turns that name a refused
offer word (hard cases).
v14: at least 300 replies (not exactly 300), exactly half of them German; every turn's `example`
holds one phrasing of each key point and no avoid phrase or offer word; no reply text occurs twice;
every kind occurs in both languages.
v15: one or two `diverse` personas; an accept_no turn in exactly 5 of the 6 scenarios per language;
prints the re-asks (not_listening replies whose note says "again") per language and the diverse
personas.
v16: re-asks are notes that say "asks again"; each language has a re-ask without a question mark and
one phrased with "noch mal" (German) or "again" (English); every turn has an `avoid` list and an
`emotion` from angry, annoyed, sad, sceptical, hurried, calm; every key point has 2-4 phrasings.
v17: a note is one line; a persona's gender matches Frau/Herr (Ms/Mrs/Mr) in its name; no German
example uses a du-form; every turn has at least two good replies that leave out every listed phrasing
of a key point; in each language at least two avoid_phrase replies hold the phrase only inflected or
reordered, and at least one pushed_after_no reply names none of the turn's offer words; prints these.
v18: every kept accept_no turn has a pushed_after_no reply; at least three later turns keep
accept_no; every scenario's turn 1 has an avoid list and every scenario a contradiction reply; in each
language at least two replies whose only kind is not_listening and whose note says it "breaks" the
customer's "limit"; at least two re-asks with "noch mal" (German) and "again" (English); prints these.
v19: scenario ids end in their language, persona voices are in it; every turn has an `id` and a `say`;
no example holds an avoid phrase or offer word with whitespace collapsed; key phrasings, avoid
phrases, offer words and fact values are text after loading; no reply names the colleague of another
scenario (v19: case-insensitive substring, leaving out "Fahrer", which is also a German word); every
accept_no turn has a pushed_after_no reply; a scenario with an angry, annoyed or sad turn has a
no_acknowledgement reply; prints the replies per kind and language.
v20: at least 312 replies; colleague names matched as whole words, several per scenario allowed; every
angry, annoyed or sad turn has a no_acknowledgement reply; every turn a not_listening reply; every
fact a non-empty `ask` list; no key phrasing holds an avoid phrase or offer word, none listed twice;
turn ids unique; every scenario file opens with a comment; no example and no good reply holds an ask
phrase of a fact given up to its turn; no reply opens with a bare opener v18/v19 used; in each language
at least ten good replies of at most fifteen words; prints the short good replies.
v21: the openers v20 used join the banned ones; every scenario names its colleague in the brief and in
the customer's first line; each language covers all six moods; no reply repeats its turn's example;
prints the emotions per language.
v22: "Right you are" is banned as an opener; at least three (not two) limit breaks per language; no
two replies share a note; every reply ends in '.', '?' or '!'; examples have at most three sentences;
the hard offer cases are errors now; turn 1 gives a fact with a number; at least two later turns keep
accept_no per language; prints the limit breaks and kept noes per language.
v23: the colloquial openers v22 used are banned; no four-word opening is shared by more than two
replies; a scenario whose customer names today's weekday has a limit-break reply; prints the most
frequent four-word openings.
v24: no good reply names an offer word refused on its turn or an earlier one; a kept accept_no keeps
the first no's offer words; no reply gives a `diverse` persona a title; every scenario has a re-ask;
prints the replies per kind and scenario.
v25: at least 170 good replies; no example names an offer word refused earlier; "today is" and
"today's" also name the weekday; prints the replies per label and language.
v26: exactly one `diverse` persona per language; every turn has a good reply of at most fifteen words;
no good reply holds an avoid phrase of an earlier turn; at least four scenarios per language name
today's weekday; prints the good replies per turn beyond the listed phrasings.
v27: the first accept_no turn's `say` holds a no; no reply has fewer than four words; turn 1 of every
scenario has a bad reply whose note names the colleague; no turn's bad replies are all only
not_listening; prints good and bad replies per language and the shortest and longest reply.
v28: every fact value stands in its turn's `say`; a `diverse` persona's brief says that the caller
wants no Frau/Herr (Mr/Ms); every note has at least 30 characters; every turn's good replies open with
at least four different words; prints the replies per label and language as a table.
v29 (only v29: v30 was copied from v28's script, not v29's): no example holds an avoid phrase of an
earlier turn; good notes start with "Good" and bad ones do not; a note that says "asks again" is on a
not_listening reply; a polite re-ask ("bitte" / "please") per language; every turn has a good reply of
at least twenty words; prints the shortest and longest good reply per language.
v30: good notes begin with "Good" and bad ones do not; a polite re-ask per language ("bitte",
"könnten", "würden"; "please", "could", "would"); every voice is one of the README's Piper voices;
every turn has one to three key points; every scenario names today's weekday; prints the polite
re-asks.
v31: no good reply names its own scenario's colleague; at least two re-asks without a question mark
per language; every turn has a good reply of at least twenty words; every scenario has an avoid_phrase
reply; prints the long good replies per language.
v32: every scenario has a good reply that reads back a fact value given up to its turn, and a bad reply
with two or more kinds; a `diverse` persona is addressed by name in some reply; prints the read-backs.
v33: every brief has a `situation` and a `goal`; a `diverse` persona is addressed by name in a good
reply; at most three replies per turn whose only kind is not_listening; no reply shares a five-word
sequence with the first 60 lines of the previous set's replies.yaml; prints both numbers.
v34: the overlap check reads v33's first 60 lines (each set the set before it); every turn-1 fact with
a digit stands in the brief's situation; no reply shares five words with its turn's example; every
kind occurs in at least three scenarios per language; every limit-break note names a clock time or a
day; prints the scenarios per kind and language.
v35: no reply gives a persona the other gender's title before the surname; no two replies share six
words in a row; no reply is longer than sixty words; the README's counts rows (de, en, all) agree with
replies.yaml; prints the bad replies with two or more kinds per scenario.
v36: no three-word opening is shared by more than six replies; no example names its colleague or gives
the persona a title of the other gender (or any title to a diverse persona); every brief's goal names
the colleague; the notes of avoid_phrase, pushed_after_no and re-ask replies say what the label rests
on; prints the most frequent openings, the examples with a wrong title and the notes checked.
v37: each language on its own has 50-60 % good replies; every angry, annoyed or sad turn lists an
apology or sympathy key point; every scenario has a reply whose only fault is a time that breaks the
customer's limit, answering the turn that names today's weekday or a later one; no two replies of one
turn open with the same two words.
v38: exactly 156 replies per language, 12 with 7 good on turn 1 of a three-turn scenario and 11 with 6
good on every other turn; no_acknowledgement only as [not_listening, no_acknowledgement] (a bare file
note), exactly one per scenario; the line naming today's weekday gives a limit; the README has the
sections the brief asks for.
v39: two three-turn scenarios per language, one angry, annoyed or sad turn per scenario and it is turn
1; in each language at least two good replies ask a question with a clock time or a day; every
contradiction note says what the label rests on; a reply whose only fault breaks the customer's limit
answers the turn that names today's weekday.
v40: every bare file note answers turn 1; a reply whose only fault is a limit break holds no avoid phrase
and no offer word of its turn; a re-ask note quotes the customer's words in brackets.
v41: every good reply on the turn that names today's weekday (and its example) names a day or a clock
time; a limit-break note quotes the customer's limit in brackets.
v42 to v57: no checks of their own.
"""

import collections
import glob
import itertools
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

Reply = dict[str, Any]
Scenario = dict[str, Any]

KINDS = ["not_listening", "contradiction", "pushed_after_no", "avoid_phrase", "no_acknowledgement"]
#: v35: the titles of the other gender ("Herrn" is the German object form).
OTHER_TITLES = {"female": ("Herr", "Herrn", "Mr"), "male": ("Frau", "Ms", "Mrs")}
#: v35: the most words a reply may have.
MAX_WORDS = 60
#: v36: the most replies that may open with the same three words (each reply is written fresh).
MAX_THREE_WORD_OPENING = 6
#: v36: a re-ask note says where the customer gave the fact: in a line or in an earlier turn.
REASK_WHERE = re.compile(r"\b(line|turn \d)\b")
REPLY_KEYS = {"id", "scenario", "turn", "language", "text", "expect", "note"}
LANGUAGES = ("de", "en")
# The sets are in the polite Sie form; these are the du-forms a German reply or example must not use.
DU = re.compile(r"\b(du|dich|dir|dein(e|en|em|er|es)?|euch|euer|eure(n|m|r|s)?)\b", re.IGNORECASE)
EMOTIONS = {"angry", "annoyed", "sad", "sceptical", "hurried", "calm"}
# The moods whose turn expects the feeling taken up (no_acknowledgement fits only there).
FEELINGS = ("angry", "annoyed", "sad")
#: v37: the key point names that stand for taking up the feeling on an angry, annoyed or sad turn.
FEELING_KEY_POINTS = ("apology", "sympathy")
#: v37: the good share each language must have on its own.
GOOD_SHARE_PER_LANGUAGE = (0.50, 0.60)
#: v38: the replies per language.
REPLIES_PER_LANGUAGE = 156
#: v38: a word that limits a time in the customer's line.
LIMIT_WORD = re.compile(r"\b(bis|ab|nur|vor|nach|by|before|after|only|till|until|from)\b", re.IGNORECASE)
#: v38: a clock time or a day in the customer's line.
TIME_OR_DAY = re.compile(
    r"(\d|\buhr\b|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|vormittag|abend|mittag"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|noon|\bfour\b|\bten\b|\bthree\b"
    r"|\bseven\b|tomorrow|morgen)",
    re.IGNORECASE,
)
#: v38: the README sections the brief asks for.
README_SECTIONS = (
    "## What the session read and ran",
    "## Contents",
    "## Counts",
    "## What is in it",
    "## Labelling conventions",
    "## Slips",
)
#: v39: three-turn scenarios per language (turn 1 of each has 12 replies, so 156 per language).
THREE_TURN_PER_LANGUAGE = 2
#: v39: good replies per language that ask a question with a firm slot.
SLOT_QUESTIONS_AT_LEAST = 2
#: v39: what a contradiction note names as the ground of the label.
CONTRADICTION_GROUNDS = re.compile(
    r"(repeat|defend|blam|doubt|minimis|refus|lectur|goes back|waves)",
    re.IGNORECASE,
)
TITLES = {"frau": "female", "herr": "male", "ms": "female", "mrs": "female", "mr": "male"}

# How many replies a set must have, from the version named on: (exactly, at least), None where unasked.
# v13 asked for exactly 300, v14 for at least 300, v20 for at least 312; v10-v12 did not count them.
REPLY_COUNT_RULES: dict[int, tuple[int | None, int | None]] = {13: (300, None), 14: (None, 300), 20: (None, 312)}
# What a not_listening reply's note says when it asks again for something given (a re-ask).
REASK_NOTE_WORDS = {15: "again", 16: "asks again"}
# The language's word a re-ask must hold at least once (v16) and at least twice (v18).
REASK_WORDS = (("de", "noch mal"), ("en", "again"))
# Replies per language whose only fault is a time that breaks the customer's limit.
LIMIT_BREAKS_AT_LEAST = {18: 2, 22: 3}
# Bare or colloquial openers the earlier sets used, banned from the set named on: each set adds its own.
BANNED_OPENERS = {
    20: ("jawohl", "notiert", "mach ich", "noted", "done", "okay", "fine", "oje", "verzeihung"),
    21: ("puh", "mensch", "herrje", "got it", "i hear you"),
    22: ("right you are",),
    23: ("also", "oh je", "klar", "fair enough", "oh dear", "sure"),
}
# The problem line for a banned opener names the sets whose openers are banned.
OPENER_PROBLEMS = {
    20: "opens with a bare opener used in v18/v19",
    21: "opens with a bare opener used in v18-v20",
    22: "opens with a bare opener used in v18-v21",
    23: "opens with a bare or colloquial opener used in v18-v22",
}
# A customer line that names today's weekday; v25 added "today is" and "today's" (and Friday today).
WEEKDAY_BY_VERSION = {
    23: re.compile(
        r"(heute ist (montag|dienstag|mittwoch|donnerstag|freitag)"
        r"|it's (monday|tuesday|wednesday|thursday|friday)|(monday|tuesday|wednesday|thursday) today)",
        re.IGNORECASE,
    ),
    25: re.compile(
        r"(heute ist (montag|dienstag|mittwoch|donnerstag|freitag)"
        r"|(it's|today's|today is) (monday|tuesday|wednesday|thursday|friday)"
        r"|(monday|tuesday|wednesday|thursday|friday) today)",
        re.IGNORECASE,
    ),
}
# v19 matched colleague names as case-insensitive substrings; "Fahrer" (a colleague's surname in v19)
# is also the German word for driver, so v19 left it out. From v20 on names are matched as whole words.
V19_COLLEAGUES_NOT_MATCHED = {"Fahrer"}
NO_WORD = re.compile(r"\b(nein|kein\w*|nicht|no|don't|not)\b", re.IGNORECASE)
POLITE = re.compile(r"\b(bitte|könnten|würden|please|could|would)\b", re.IGNORECASE)
# The real Piper voices scenarios/README.md names (v30).
VOICES = {
    "de_DE-thorsten-medium",
    "de_DE-kerstin-low",
    "de_DE-ramona-low",
    "en_US-joe-medium",
    "en_US-ryan-medium",
    "en_US-amy-medium",
    "en_US-kristin-medium",
}
# A clock time or a day a limit-break note must name (v34).
TIME_WORD = re.compile(
    r"(\d|uhr|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|vormittag|nachmittag|abend|morgen"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|half|quarter|one|two"
    r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve)",
    re.IGNORECASE,
)
# A day or a clock time as whole words, or a weekday anywhere: what a good reply on the turn that names
# today's weekday must name (v41: a good reply there commits to a firm slot within the limit).
SLOT = re.compile(
    r"(\d|\b(uhr|heute|morgen|übermorgen|abend|früh|montag|dienstag|mittwoch|donnerstag|freitag|samstag"
    r"|today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|one|two|three|four|five|six"
    r"|sunday|seven|eight|nine|ten|eleven|twelve|half|quarter|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf"
    r"|zwölf|halb|viertel)\b|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|abend)",
    re.IGNORECASE,
)
# How much of the previous set's replies.yaml a set writer may read (v33): the overlap check reads as much.
OVERLAP_LINES = 60


def print_label_table(replies: Sequence[Reply], share_rows: Sequence[str] = ("all",)) -> None:
    """Print the markdown table of replies per language ("de", "en", "all"): how many, how many
    good (with their share in percent on the rows in ``share_rows``), and how many carry each label
    of :data:`KINDS`. Also used by benchmarks/tuning_times/check_counts.py."""
    print("| | replies | good (expect: []) | " + " | ".join(KINDS) + " |")
    print("| --- " * (3 + len(KINDS)) + "|")
    for lang in ("de", "en", "all"):
        rs = [r for r in replies if lang == "all" or r["language"] == lang]
        g = sum(1 for r in rs if not r["expect"])
        gtxt = f"{g} ({round(100 * g / len(rs))} %)" if lang in share_rows else str(g)
        cells = [str(sum(1 for r in rs if k in r["expect"])) for k in KINDS]
        print(f"| {lang} | {len(rs)} | {gtxt} | " + " | ".join(cells) + " |")


def rule_for(rules: Mapping[int, Any], version: int) -> Any:
    """The rule of the newest version in `rules` that is not newer than `version`."""
    return rules[max(v for v in rules if v <= version)]


def banned_openers(version: int) -> tuple[str, ...]:
    """The openers banned in `version`: those of every set up to it."""
    return tuple(o for v, openers in BANNED_OPENERS.items() if v <= version for o in openers)


def grams(text: Any, n: int = 5) -> set[str]:
    """The n-word sequences of a text, lower case, punctuation dropped."""
    w = re.sub(r"[^\w ]", " ", str(text).lower()).split()
    return {" ".join(w[i : i + n]) for i in range(len(w) - n + 1)}


def _collapse(text: Any) -> str:
    """The text with every run of whitespace made one space (YAML line breaks hide phrases)."""
    return " ".join(str(text).split())


def _flat(text: Any) -> str:
    """Whitespace collapsed and lower case: the form phrases are looked for in."""
    return _collapse(text).lower()


def _as_list(value: Any) -> list[Any]:
    """A key point's phrasings or a fact's ask: a list, or one value that stands for a list of one."""
    return value if isinstance(value, list) else [value]


def _fact_value(fact: Any) -> Any:
    """A fact is a mapping with a `value`, or the bare value."""
    return fact.get("value") if isinstance(fact, dict) else fact


def _words(text: Any) -> list[str]:
    """The words of a text, lower case, punctuation dropped (for openers and first words)."""
    return re.sub(r"[^\w ]", " ", str(text).lower()).split()


def _breaks_limit(reply: Reply) -> bool:
    """A reply whose only fault is a time that breaks the customer's limit (its note says so)."""
    note = str(reply["note"])
    return reply["expect"] == ["not_listening"] and "breaks" in note and "limit" in note


def _names(name: str, text: Any) -> bool:
    """Whether a text names a person: the name as a whole word (v20 on)."""
    return bool(re.search(rf"\b{re.escape(name)}\b", str(text)))


class SetRun:
    """One run of the checks on one set: the loaded files, the problems found, the counts to print.

    For a set's own checks: `version`, `scen` (scenario id to the loaded scenario), `replies` (the
    loaded replies, in file order), `colleagues` (as the wrapper gave them) and `errors` (the problem
    lines, printed at the end in their order). The methods are the check blocks of the old scripts, in
    their order; `check_set` calls the ones the set's version ran. Counts that a later block or the
    printout needs are kept as attributes.
    """

    def __init__(self, folder: Path, version: int, colleagues: Mapping[str, Sequence[str]]) -> None:
        self.folder = folder
        self.version = version
        self.prefix = f"hv{version}-"
        self.colleagues = colleagues
        self.scen: dict[str, Scenario] = {}
        for f in self._scenario_files():
            with open(f, encoding="utf-8") as handle:
                d = yaml.safe_load(handle)
            self.scen[d["id"]] = d
        with open(folder / "replies.yaml", encoding="utf-8") as handle:
            self.replies: list[Reply] = yaml.safe_load(handle)["replies"]
        self.errors: list[str] = []
        self.hard_offer: list[str] = []
        self.per_turn: collections.Counter[tuple[str, int]] = collections.Counter()
        self.good_turn: collections.Counter[tuple[str, int]] = collections.Counter()
        self.no_turns: list[str] = []
        self.diverse: list[str] = []
        self.reasks: dict[str, list[Reply]] = {}
        self.unlisted: collections.Counter[tuple[str, int]] = collections.Counter()
        self.inflected_avoid: collections.Counter[str] = collections.Counter()
        self.disguised_push: collections.Counter[str] = collections.Counter()
        self.kept_turns: list[tuple[str, int]] = []
        self.limit_breaks: collections.Counter[str] = collections.Counter()
        self.short_good: collections.Counter[str] = collections.Counter()
        self.moods: dict[str, collections.Counter[Any]] = {}
        self.kept_lang: collections.Counter[str] = collections.Counter()
        self.openings: collections.Counter[str] = collections.Counter()
        self.good = 0

    # -- helpers -------------------------------------------------------------------------------

    def _scenario_files(self) -> list[str]:
        # glob's own order, as the old scripts had it (v10 and v11 checked the scenarios in it).
        return glob.glob(os.path.join(self.folder, "scenarios", "*.yaml"))

    def _sorted_scen(self) -> list[tuple[str, Scenario]]:
        return sorted(self.scen.items())

    def _turn_replies(self, sid: str, n: int) -> list[Reply]:
        return [r for r in self.replies if r["scenario"] == sid and r["turn"] == n]

    def _good_turn_replies(self, sid: str, n: int) -> list[Reply]:
        return [r for r in self._turn_replies(sid, n) if not r["expect"]]

    def _reply_turn(self, r: Reply) -> dict[str, Any] | None:
        """The turn a reply answers, or None where its scenario or turn is unknown."""
        s = self.scen.get(r["scenario"])
        if s is None or not 1 <= r["turn"] <= len(s["turns"]):
            return None
        return s["turns"][r["turn"] - 1]

    def _weekday(self) -> re.Pattern[str]:
        return rule_for(WEEKDAY_BY_VERSION, self.version)

    def _names_weekday(self, s: Scenario) -> bool:
        return any(self._weekday().search(_collapse(t.get("say") or "")) for t in s["turns"])

    def _turns_without_long_good(self) -> None:
        """Every turn has a good reply of at least twenty words (v29, and again from v31)."""
        long_good = collections.Counter(
            (r["scenario"], r["turn"]) for r in self.replies if not r["expect"] and len(str(r["text"]).split()) >= 20
        )
        for k in self.per_turn:
            if not long_good[k]:
                self.errors.append(f"{k[0]} turn {k[1]}: no good reply of at least twenty words")

    # -- v10 to v16: the checks every set has, grown set by set ------------------------------------

    def check_ids(self) -> None:
        """v10: ids consecutive from the set's prefix; v12: German replies first."""
        ids = [r["id"] for r in self.replies]
        if ids != [f"{self.prefix}{i:03d}" for i in range(1, len(self.replies) + 1)]:
            self.errors.append(f"ids not unique and consecutive from {self.prefix}001")
        if self.version >= 12:
            langs = [r["language"] for r in self.replies]
            if langs != sorted(langs, key=lambda x: x != "de"):
                self.errors.append("German replies do not all come first")

    def check_replies(self) -> None:
        """Each reply on its own (v10), that its kinds fit its turn (v11), du-forms (v12), avoid phrases (v13)."""
        v = self.version
        for r in self.replies:
            s = self.scen.get(r["scenario"])
            if s is None:
                self.errors.append(f"{r['id']}: unknown scenario {r['scenario']}")
                continue
            if not 1 <= r["turn"] <= len(s["turns"]):
                self.errors.append(f"{r['id']}: turn {r['turn']} not in {r['scenario']}")
            if r["language"] != s["language"]:
                self.errors.append(f"{r['id']}: language mismatch")
            for k in r["expect"]:
                if k not in KINDS:
                    self.errors.append(f"{r['id']}: unknown kind {k}")
            if set(r) != REPLY_KEYS:
                self.errors.append(f"{r['id']}: keys {sorted(r)}")
            if v >= 13 and (not str(r["note"]).strip() or not str(r["text"]).strip()):
                self.errors.append(f"{r['id']}: empty text or note")
            if v >= 12 and r["language"] == "de" and DU.search(r["text"]):
                self.errors.append(f"{r['id']}: du-form in a Sie scenario: {DU.search(r['text']).group(0)}")
            if v >= 11 and 1 <= r["turn"] <= len(s["turns"]):
                self._check_reply_fits_turn(r, s["turns"][r["turn"] - 1])
            if v >= 11 and r["expect"] != [k for k in KINDS if k in r["expect"]]:
                self.errors.append(f"{r['id']}: kinds not unique or not in the order {KINDS}")
            self.per_turn[(r["scenario"], r["turn"])] += 1
            self.good_turn[(r["scenario"], r["turn"])] += not r["expect"]

    def _check_reply_fits_turn(self, r: Reply, t: dict[str, Any]) -> None:
        """v11: a kind only where its turn allows it; v13: a good reply holds no avoid phrase."""
        ex = t.get("expect") or {}
        if "pushed_after_no" in r["expect"] and not ex.get("accept_no"):
            self.errors.append(f"{r['id']}: pushed_after_no on a turn without accept_no")
        feel = ex.get("acknowledge_emotion", t.get("emotion") in FEELINGS)
        if "no_acknowledgement" in r["expect"] and not feel:
            self.errors.append(f"{r['id']}: no_acknowledgement on a turn that expects none")
        if "avoid_phrase" in r["expect"] and not ex.get("avoid"):
            self.errors.append(f"{r['id']}: avoid_phrase on a turn without an avoid list")
        if self.version < 13:
            return
        low = r["text"].lower()
        if not r["expect"]:
            for a in ex.get("avoid") or []:
                if str(a).lower() in low:
                    self.errors.append(f"{r['id']}: good reply contains the avoid phrase '{a}'")
            if ex.get("accept_no"):
                named = [str(o) for o in ex.get("offer_words") or [] if str(o).lower() in low]
                if named:
                    self.hard_offer.append(f"{r['id']} ({', '.join(named)})")

    def check_turns_and_scenarios(self) -> None:
        """Replies per turn (v10), good ones (v11), bad ones (v12); the scenario's form (v11, v13)."""
        v = self.version
        # v10 and v11 walked the scenarios in the files' order, v12 on sorted (the problem order differs).
        scenarios = self._sorted_scen() if v >= 12 else list(self.scen.items())
        for sid, s in scenarios:
            seen_no = False
            for t in range(1, len(s["turns"]) + 1):
                n = self.per_turn[(sid, t)]
                if not 11 <= n <= 12:
                    self.errors.append(f"{sid} turn {t}: {n} replies")
                if v >= 11 and not 6 <= self.good_turn[(sid, t)] <= 7:
                    self.errors.append(f"{sid} turn {t}: {self.good_turn[(sid, t)]} good replies")
                if v >= 12:
                    if n - self.good_turn[(sid, t)] != 5:
                        self.errors.append(f"{sid} turn {t}: {n - self.good_turn[(sid, t)]} bad replies")
                    if (s["turns"][t - 1].get("expect") or {}).get("accept_no"):
                        self.no_turns.append(f"{sid} turn {t}" + (" (kept)" if seen_no else " (no)"))
                        seen_no = True
            if v < 11:
                continue
            if not sid.startswith(self.prefix):
                self.errors.append(f"{sid}: id does not start with {self.prefix}")
            if v >= 13:
                if not 2 <= len(s["turns"]) <= 3:
                    self.errors.append(f"{sid}: {len(s['turns'])} turns")
                if any("next" in t for t in s["turns"]):
                    self.errors.append(f"{sid}: branching (next) is not wanted in this set")
            if not s["persona"].get("gender"):
                self.errors.append(f"{sid}: persona without gender")
            if s["language"] == "de" and str(s.get("address", "")).lower() != "sie":
                self.errors.append(f"{sid}: German scenario without address: sie")

    def check_set_size(self) -> None:
        """v11: 12 scenarios, 6 German; v13 on: the number of replies; v14: half of them German."""
        if len(self.scen) != 12 or sum(s["language"] == "de" for s in self.scen.values()) != 6:
            self.errors.append("expected 12 scenarios, 6 of them German")
        if self.version < 13:
            return
        exact, at_least = rule_for(REPLY_COUNT_RULES, self.version)
        if exact is not None and len(self.replies) != exact:
            self.errors.append(f"expected {exact} replies, found {len(self.replies)}")
        if at_least is not None and len(self.replies) < at_least:
            self.errors.append(f"expected at least {at_least} replies, found {len(self.replies)}")

    def check_texts_kinds_examples(self) -> None:
        """v14: half German, no text twice, every kind in both languages, each turn's example."""
        if 2 * sum(r["language"] == "de" for r in self.replies) != len(self.replies):
            self.errors.append("German replies are not exactly half")
        texts = collections.Counter(_flat(r["text"]) for r in self.replies)
        for t, n in texts.items():
            if n > 1:
                self.errors.append(f"reply text occurs {n} times: {t[:60]}")
        for lang in LANGUAGES:
            for k in KINDS:
                if not any(k in r["expect"] for r in self.replies if r["language"] == lang):
                    self.errors.append(f"kind {k} missing in {lang}")
        for sid, s in self._sorted_scen():
            for n, t in enumerate(s["turns"], 1):
                ex = t.get("expect") or {}
                example = str(t.get("example") or "").lower()
                if not example:
                    self.errors.append(f"{sid} turn {n}: no example")
                    continue
                for key, phr in (ex.get("key_points") or {}).items():
                    if not any(str(p).lower() in example for p in _as_list(phr)):
                        self.errors.append(f"{sid} turn {n}: example lacks a phrasing of key point {key}")
                for a in (ex.get("avoid") or []) + (ex.get("offer_words") or []):
                    if str(a).lower() in example:
                        self.errors.append(f"{sid} turn {n}: example contains '{a}'")

    def check_personas_and_noes(self) -> None:
        """v15: one or two diverse personas, accept_no in 5 scenarios per language; counts the re-asks."""
        self.diverse = [sid for sid, s in self.scen.items() if s["persona"].get("gender") == "diverse"]
        if not 1 <= len(self.diverse) <= 2:
            self.errors.append(f"expected one or two diverse personas, found {self.diverse}")
        for lang in LANGUAGES:
            with_no = sum(
                1
                for s in self.scen.values()
                if s["language"] == lang and any((t.get("expect") or {}).get("accept_no") for t in s["turns"])
            )
            if with_no != 5:
                self.errors.append(f"{lang}: {with_no} scenarios with an accept_no turn, expected 5")
        word = rule_for(REASK_NOTE_WORDS, self.version)
        self.reasks = {
            lang: [
                r
                for r in self.replies
                if r["language"] == lang and "not_listening" in r["expect"] and word in str(r["note"]).lower()
            ]
            for lang in LANGUAGES
        }

    def check_reasks_and_turn_form(self) -> None:
        """v16: the re-asks' forms; every turn's emotion and avoid list; 2-4 phrasings a key point."""
        for lang, word in REASK_WORDS:
            if not any("?" not in str(r["text"]) for r in self.reasks[lang]):
                self.errors.append(f"{lang}: no re-ask without a question mark")
            if not any(word in str(r["text"]).lower() for r in self.reasks[lang]):
                self.errors.append(f"{lang}: no re-ask phrased with '{word}'")
        for sid, s in self._sorted_scen():
            for n, t in enumerate(s["turns"], 1):
                ex = t.get("expect") or {}
                if t.get("emotion") not in EMOTIONS:
                    self.errors.append(f"{sid} turn {n}: emotion {t.get('emotion')!r} not one of {sorted(EMOTIONS)}")
                if not ex.get("avoid"):
                    self.errors.append(f"{sid} turn {n}: no avoid list")
                for key, phr in (ex.get("key_points") or {}).items():
                    phr = _as_list(phr)
                    if not 2 <= len(phr) <= 4:
                        self.errors.append(f"{sid} turn {n}: key point {key} has {len(phr)} phrasings, expected 2-4")

    # -- v17 to v23: checks whose counts the printout shows ----------------------------------------

    def check_free_wording(self) -> None:
        """v17: one-line notes, replies beyond the listed phrasings, disguised faults, name and gender."""
        for r in self.replies:
            if "\n" in str(r["note"]).strip():
                self.errors.append(f"{r['id']}: note is more than one line")
            t = self._reply_turn(r)
            if t is None:
                continue
            ex = t.get("expect") or {}
            low = str(r["text"]).lower()
            if not r["expect"]:
                for phr in (ex.get("key_points") or {}).values():
                    if not any(str(p).lower() in low for p in _as_list(phr)):
                        self.unlisted[(r["scenario"], r["turn"])] += 1
                        break
            if "avoid_phrase" in r["expect"] and not any(str(a).lower() in low for a in ex.get("avoid") or []):
                self.inflected_avoid[r["language"]] += 1
            if "pushed_after_no" in r["expect"] and not any(str(o).lower() in low for o in ex.get("offer_words") or []):
                self.disguised_push[r["language"]] += 1
        for k in self.per_turn:
            if self.unlisted[k] < 2:
                self.errors.append(
                    f"{k[0]} turn {k[1]}: only {self.unlisted[k]} good replies beyond the listed phrasings"
                )
        for lang in LANGUAGES:
            if self.inflected_avoid[lang] < 2:
                self.errors.append(
                    f"{lang}: {self.inflected_avoid[lang]} avoid_phrase replies with the phrase only inflected"
                )
            if self.disguised_push[lang] < 1:
                self.errors.append(f"{lang}: no pushed_after_no reply without an offer word")
        for sid, s in self._sorted_scen():
            first = str(s["persona"]["name"]).split()[0].lower().rstrip(".")
            if first in TITLES and s["persona"].get("gender") != TITLES[first]:
                self.errors.append(f"{sid}: gender {s['persona'].get('gender')} does not match '{first}' in the name")
            if s["language"] == "de":
                for n, t in enumerate(s["turns"], 1):
                    if DU.search(str(t.get("example") or "")):
                        self.errors.append(f"{sid} turn {n}: du-form in the example")

    def check_kept_noes_and_limits(self) -> None:
        """v18: kept noes pushed again, the colleague's excuse, limit breaks, re-ask words twice."""
        for sid, s in self._sorted_scen():
            no_seen = False
            for n, t in enumerate(s["turns"], 1):
                if (t.get("expect") or {}).get("accept_no"):
                    if no_seen:
                        self.kept_turns.append((sid, n))
                    no_seen = True
        for sid, n in self.kept_turns:
            if not [r for r in self._turn_replies(sid, n) if "pushed_after_no" in r["expect"]]:
                self.errors.append(f"{sid} turn {n}: accept_no kept but no reply brings the refused offer back")
        if len(self.kept_turns) < 3:
            self.errors.append(f"only {len(self.kept_turns)} later turns keep accept_no, expected at least 3")
        for sid, s in self._sorted_scen():
            if not (s["turns"][0].get("expect") or {}).get("avoid"):
                self.errors.append(f"{sid}: turn 1 has no avoid list for the colleague's excuse")
            if not any("contradiction" in r["expect"] for r in self.replies if r["scenario"] == sid):
                self.errors.append(f"{sid}: no contradiction reply (repeating or defending the excuse, blaming)")
        self.limit_breaks = collections.Counter(r["language"] for r in self.replies if _breaks_limit(r))
        at_least = rule_for(LIMIT_BREAKS_AT_LEAST, self.version)
        for lang in LANGUAGES:
            if self.limit_breaks[lang] < at_least:
                self.errors.append(f"{lang}: no reply whose only fault is a time that breaks the customer's limit")
        for lang, word in REASK_WORDS:
            n_word = sum(1 for r in self.reasks[lang] if word in str(r["text"]).lower())
            if n_word < 2:
                self.errors.append(f"{lang}: only {n_word} re-asks phrased with '{word}'")

    def _names_other_colleague(self, name: str, text: Any) -> bool:
        if self.version >= 20:
            return _names(name, text)
        return name not in V19_COLLEAGUES_NOT_MATCHED and name.lower() in str(text).lower()

    def check_languages_and_colleagues(self) -> None:
        """v19: ids and voices in the language, ids and says, text values, other scenarios' colleagues."""
        if set(self.colleagues) != set(self.scen):
            self.errors.append("the colleague list does not match the scenario ids")
        for sid, s in self._sorted_scen():
            if not sid.endswith("-" + s["language"]):
                self.errors.append(f"{sid}: id does not end in -{s['language']}")
            voice = str(s["persona"].get("voice", ""))
            if voice and not voice.startswith({"de": "de_", "en": "en_"}[s["language"]]):
                self.errors.append(f"{sid}: voice {voice} not in the scenario's language")
            feel_turns = 0
            for n, t in enumerate(s["turns"], 1):
                if not t.get("id") or not str(t.get("say") or "").strip():
                    self.errors.append(f"{sid} turn {n}: no id or no say")
                ex = t.get("expect") or {}
                flat = _flat(t.get("example") or "")
                for a in (ex.get("avoid") or []) + (ex.get("offer_words") or []):
                    if _flat(a) in flat:
                        self.errors.append(f"{sid} turn {n}: example contains '{a}' (whitespace collapsed)")
                if ex.get("accept_no") and not any(
                    "pushed_after_no" in r["expect"] for r in self._turn_replies(sid, n)
                ):
                    self.errors.append(f"{sid} turn {n}: accept_no turn without a pushed_after_no reply")
                feel_turns += t.get("emotion") in FEELINGS
            if feel_turns and not any(
                "no_acknowledgement" in r["expect"] for r in self.replies if r["scenario"] == sid
            ):
                self.errors.append(f"{sid}: no no_acknowledgement reply although a turn expects the feeling taken up")
        for sid, s in self._sorted_scen():
            for n, t in enumerate(s["turns"], 1):
                ex = t.get("expect") or {}
                words = [p for phr in (ex.get("key_points") or {}).values() for p in _as_list(phr)]
                words += list(ex.get("avoid") or []) + list(ex.get("offer_words") or [])
                for f in (t.get("facts") or {}).values():
                    words.append(_fact_value(f))
                for w in words:
                    if not isinstance(w, str):
                        self.errors.append(f'{sid} turn {n}: {w!r} is not text after loading (quote it, e.g. "2:45")')
        for r in self.replies:
            for sid, names in self.colleagues.items():
                for name in names:
                    if sid != r["scenario"] and self._names_other_colleague(name, r["text"]):
                        self.errors.append(f"{r['id']}: names {name}, the colleague of {sid}")

    def check_facts_feelings_openers(self) -> None:
        """v20: turn ids, key phrasings, ask lists, feeling and not_listening turns, comments, openers."""
        for sid, s in self._sorted_scen():
            turn_ids = [t.get("id") for t in s["turns"]]
            if len(set(turn_ids)) != len(turn_ids):
                self.errors.append(f"{sid}: turn ids not unique")
            given: list[str] = []
            for n, t in enumerate(s["turns"], 1):
                ex = t.get("expect") or {}
                banned = [str(a).lower() for a in (ex.get("avoid") or []) + (ex.get("offer_words") or [])]
                for key, phr in (ex.get("key_points") or {}).items():
                    phr = _as_list(phr)
                    if len({str(p).lower() for p in phr}) != len(phr):
                        self.errors.append(f"{sid} turn {n}: key point {key} lists a phrasing twice")
                    for p in phr:
                        hit = [b for b in banned if b in str(p).lower()]
                        if hit:
                            self.errors.append(f"{sid} turn {n}: key phrasing '{p}' holds avoid/offer phrase {hit}")
                for fkey, f in (t.get("facts") or {}).items():
                    ask = f.get("ask") if isinstance(f, dict) else None
                    if not ask:
                        self.errors.append(f"{sid} turn {n}: fact {fkey} has no ask list")
                    else:
                        given += [str(a).lower() for a in _as_list(ask)]
                example = _flat(t.get("example") or "")
                for a in given:
                    if a in example:
                        self.errors.append(f"{sid} turn {n}: example holds the ask phrase '{a}'")
                here = self._turn_replies(sid, n)
                if t.get("emotion") in FEELINGS and not any("no_acknowledgement" in r["expect"] for r in here):
                    self.errors.append(f"{sid} turn {n}: feeling turn without a no_acknowledgement reply")
                if not any("not_listening" in r["expect"] for r in here):
                    self.errors.append(f"{sid} turn {n}: no not_listening reply")
                for r in here:
                    if not r["expect"]:
                        low = _flat(r["text"])
                        for a in given:
                            if a in low:
                                self.errors.append(f"{r['id']}: good reply holds the ask phrase '{a}'")
        for f in self._scenario_files():
            with open(f, encoding="utf-8") as handle:
                if not handle.readline().startswith("#"):
                    self.errors.append(f"{os.path.basename(f)}: does not open with a comment (the training goal)")
        openers = banned_openers(self.version)
        problem = rule_for(OPENER_PROBLEMS, self.version)
        for r in self.replies:
            first = _words(r["text"])
            opener = " ".join(first[:2])
            if first and (first[0] in openers or opener in openers):
                self.errors.append(f"{r['id']}: {problem}")
        self.short_good = collections.Counter(
            r["language"] for r in self.replies if not r["expect"] and len(str(r["text"]).split()) <= 15
        )
        for lang in LANGUAGES:
            if self.short_good[lang] < 10:
                self.errors.append(f"{lang}: only {self.short_good[lang]} good replies of at most fifteen words")

    def check_colleague_named_and_moods(self) -> None:
        """v21: the colleague named in brief and first line, all six moods, no reply is the example."""
        for sid, s in self._sorted_scen():
            names = self.colleagues.get(sid, [])
            brief = str((s.get("brief") or {}).get("situation") or "")
            first = str(s["turns"][0].get("say") or "")
            if not names or not _names(names[0], brief):
                self.errors.append(f"{sid}: the colleague is not named in the brief")
            if not names or not _names(names[0], first):
                self.errors.append(f"{sid}: the customer's first line does not name the colleague")
        self.moods = {lang: collections.Counter() for lang in LANGUAGES}
        for s in self.scen.values():
            for t in s["turns"]:
                self.moods[s["language"]][t.get("emotion")] += 1
        for lang in LANGUAGES:
            for m in ("angry", "annoyed", "sad", "hurried", "sceptical", "calm"):
                if not self.moods[lang][m]:
                    self.errors.append(f"{lang}: no turn with the emotion {m}")
        for r in self.replies:
            t = self._reply_turn(r)
            if t is not None and _flat(r["text"]) == _flat(t.get("example") or ""):
                self.errors.append(f"{r['id']}: repeats its turn's example word for word")

    def check_notes_endings_numbers(self) -> None:
        """v22 (first part): no note twice, a reply ends in . ? !, short examples, a number in turn 1."""
        notes = collections.Counter(_flat(r["note"]) for r in self.replies)
        for n, k in notes.items():
            if k > 1:
                self.errors.append(f"note occurs {k} times: {n[:60]}")
        for r in self.replies:
            if not str(r["text"]).rstrip().endswith((".", "?", "!")):
                self.errors.append(f"{r['id']}: text does not end in '.', '?' or '!'")
        for sid, s in self._sorted_scen():
            for n, t in enumerate(s["turns"], 1):
                sentences = [x for x in re.split(r"(?<=[.?!])\s+", _collapse(t.get("example") or "")) if x]
                if len(sentences) > 3:
                    self.errors.append(f"{sid} turn {n}: example has {len(sentences)} sentences, at most 3")
            values = [str(_fact_value(f)) for f in (s["turns"][0].get("facts") or {}).values()]
            if not any(re.search(r"\d", v) for v in values):
                self.errors.append(f"{sid}: turn 1 gives no fact with a number")

    def check_openings_and_weekday(self) -> None:
        """v23: no four-word opening more than twice; a named weekday comes with a limit break."""
        self.openings = collections.Counter(" ".join(_words(r["text"])[:4]) for r in self.replies)
        for o, k in self.openings.items():
            if k > 2:
                self.errors.append(f"four-word opening occurs {k} times: {o}")
        for sid, s in self._sorted_scen():
            breaks = any(_breaks_limit(r) for r in self.replies if r["scenario"] == sid)
            if self._names_weekday(s) and not breaks:
                self.errors.append(f"{sid}: names today's weekday but no reply breaks the customer's time limit")

    def check_hard_offers_and_kept_noes(self) -> None:
        """v22 (second part, after v23's checks in the scripts): hard offers are errors, kept noes per language."""
        for h in self.hard_offer:
            self.errors.append(f"good reply names a refused offer word: {h}")
        self.kept_lang = collections.Counter(self.scen[sid]["language"] for sid, _ in self.kept_turns)
        for lang in LANGUAGES:
            if self.kept_lang[lang] < 2:
                self.errors.append(f"{lang}: only {self.kept_lang[lang]} later turns keep accept_no")

    def check_good_share(self) -> None:
        """v10: 50-60 % of the replies are good."""
        self.good = sum(1 for r in self.replies if not r["expect"])
        share = self.good / len(self.replies)
        if not 0.50 <= share <= 0.60:
            self.errors.append(f"good share {share:.1%}")

    def print_counts(self) -> None:
        """The counts table, with the lines each set up to v23 added to it."""
        v = self.version
        replies = self.replies
        share = self.good / len(replies)
        print(
            f"scenarios {len(self.scen)}, turns {len(self.per_turn)}, replies {len(replies)}, good {self.good} ({share:.1%})"
        )
        for k in sorted(self.per_turn):
            print(f"  {k[0]} turn {k[1]}: {self.per_turn[k]} replies, {self.good_turn[k]} good")
        if v >= 12:
            print("accept_no turns: " + ", ".join(self.no_turns))
        if v >= 13:
            print("good replies naming a refused offer to confirm the no: " + ", ".join(self.hard_offer))
        print()
        print_label_table(replies)
        multi = sum(1 for r in replies if len(r["expect"]) > 1)
        print(f"\nbad replies with more than one kind: {multi}")
        if v >= 15:
            reask = {lang: len(rs) for lang, rs in self.reasks.items()}
            print(f"not_listening replies that ask again for something given: de {reask['de']}, en {reask['en']}")
            print(f"diverse personas: {', '.join(sorted(self.diverse))}")
        if v >= 17:
            print(
                "avoid_phrase replies with the phrase only inflected/reordered: "
                f"de {self.inflected_avoid['de']}, en {self.inflected_avoid['en']}"
            )
            print(
                f"pushed_after_no replies naming no offer word: de {self.disguised_push['de']}, en {self.disguised_push['en']}"
            )
            print(f"good replies leaving out every listed phrasing of a key point: {sum(self.unlisted.values())}")
        if v >= 20:
            print(f"good replies of at most fifteen words: de {self.short_good['de']}, en {self.short_good['en']}")
        if v >= 21:
            for lang in LANGUAGES:
                print(f"{lang} turn emotions: " + ", ".join(f"{m} {n}" for m, n in sorted(self.moods[lang].items())))
        if v >= 18:
            print("later turns keeping accept_no: " + ", ".join(f"{sid} turn {n}" for sid, n in self.kept_turns))
            print(
                "not_listening-only replies with a time that breaks the customer's limit: "
                f"de {self.limit_breaks['de']}, en {self.limit_breaks['en']}"
            )
        if v >= 19:
            for lang in LANGUAGES:
                rs = [r for r in replies if r["language"] == lang]
                print(f"{lang}: " + ", ".join(f"{k} {sum(1 for r in rs if k in r['expect'])}" for k in KINDS))
        if v >= 22:
            print(f"limit breaks per language: de {self.limit_breaks['de']}, en {self.limit_breaks['en']}")
            print(f"later turns keeping accept_no per language: de {self.kept_lang['de']}, en {self.kept_lang['en']}")
        if v >= 23:
            print(
                "most frequent four-word openings: " + ", ".join(f"{o!r} {k}" for o, k in self.openings.most_common(5))
            )

    # -- v24 on: each block checks and prints its own counts ---------------------------------------

    def check_refused_offers_and_titles(self) -> None:
        """v24: refused offers stay refused, kept noes keep the offer, no title for diverse, a re-ask each."""
        for sid, s in self._sorted_scen():
            refused: list[str] = []
            first_no = None
            for n, t in enumerate(s["turns"], 1):
                ex = t.get("expect") or {}
                if ex.get("accept_no"):
                    words = [str(o).lower() for o in ex.get("offer_words") or []]
                    if first_no is None:
                        first_no = words
                    elif sorted(words) != sorted(first_no):
                        self.errors.append(f"{sid} turn {n}: kept accept_no with other offer words than the first no")
                    refused += words
                for r in self._good_turn_replies(sid, n):
                    low = str(r["text"]).lower()
                    named = [w for w in refused if w in low]
                    if named:
                        self.errors.append(f"{r['id']}: good reply names a refused offer word {named}")
            if s["persona"].get("gender") == "diverse":
                surname = str(s["persona"]["name"]).split()[-1]
                for r in self.replies:
                    if r["scenario"] == sid and re.search(
                        rf"\b(Frau|Herr|Herrn|Ms|Mrs|Mr)\.? {re.escape(surname)}\b", str(r["text"])
                    ):
                        self.errors.append(f"{r['id']}: gendered title for the diverse persona")
            if not any(
                r["scenario"] == sid and "not_listening" in r["expect"] and "asks again" in str(r["note"]).lower()
                for r in self.replies
            ):
                self.errors.append(f"{sid}: no re-ask reply")
        print("replies per kind and scenario:")
        for sid in sorted(self.scen):
            rs = [r for r in self.replies if r["scenario"] == sid]
            print(
                f"  {sid}: {len(rs)} replies, good {sum(1 for r in rs if not r['expect'])}, "
                + ", ".join(f"{k} {sum(1 for r in rs if k in r['expect'])}" for k in KINDS)
            )

    def check_good_total_and_examples(self) -> None:
        """v25: at least 170 good replies; no example names an offer refused on an earlier turn."""
        if self.good < 170:
            self.errors.append(f"only {self.good} good replies, expected at least 170")
        for sid, s in self._sorted_scen():
            refused: list[str] = []
            for n, t in enumerate(s["turns"], 1):
                ex = t.get("expect") or {}
                example = _flat(t.get("example") or "")
                named = [w for w in refused if w in example]
                if named:
                    self.errors.append(f"{sid} turn {n}: example names a refused offer word {named}")
                if ex.get("accept_no"):
                    refused += [str(o).lower() for o in ex.get("offer_words") or []]
        print("replies per label and language:")
        for lang in LANGUAGES:
            rs = [r for r in self.replies if r["language"] == lang]
            labels = collections.Counter(tuple(r["expect"]) for r in rs)
            print(f"  {lang}: " + ", ".join(f"{'+'.join(k) or 'good'} {v}" for k, v in sorted(labels.items())))

    def check_short_replies_and_earlier_avoid(self) -> None:
        """v26: one diverse persona per language, a short good reply per turn, earlier avoid phrases, weekdays."""
        for lang in LANGUAGES:
            div = [sid for sid in self.diverse if self.scen[sid]["language"] == lang]
            if len(div) != 1:
                self.errors.append(f"{lang}: {len(div)} diverse personas, expected exactly one")
        short_turn = collections.Counter(
            (r["scenario"], r["turn"]) for r in self.replies if not r["expect"] and len(str(r["text"]).split()) <= 15
        )
        for k in self.per_turn:
            if not short_turn[k]:
                self.errors.append(f"{k[0]} turn {k[1]}: no good reply of at most fifteen words")
        for sid, s in self._sorted_scen():
            earlier: list[str] = []
            for n, t in enumerate(s["turns"], 1):
                for r in self._good_turn_replies(sid, n):
                    low = _flat(r["text"])
                    hit = [a for a in earlier if a in low]
                    if hit:
                        self.errors.append(f"{r['id']}: good reply holds an avoid phrase of an earlier turn {hit}")
                earlier += [str(a).lower() for a in (t.get("expect") or {}).get("avoid") or []]
        for lang in LANGUAGES:
            naming = [sid for sid, s in self.scen.items() if s["language"] == lang and self._names_weekday(s)]
            if len(naming) < 4:
                self.errors.append(f"{lang}: only {len(naming)} scenarios name today's weekday, expected at least 4")
        print(
            "good replies per turn beyond the listed phrasings: "
            + ", ".join(f"{k[0]} {k[1]}: {self.unlisted[k]}" for k in sorted(self.per_turn))
        )

    def check_first_no_and_mixed_faults(self) -> None:
        """v27: the first no holds a no, mixed faults per turn, the colleague in a turn-1 note, four words."""
        for sid, s in self._sorted_scen():
            first_no = True
            for n, t in enumerate(s["turns"], 1):
                if (t.get("expect") or {}).get("accept_no"):
                    if first_no and not NO_WORD.search(str(t.get("say") or "")):
                        self.errors.append(f"{sid} turn {n}: first accept_no turn whose line holds no 'no'")
                    first_no = False
                bad = [r for r in self._turn_replies(sid, n) if r["expect"]]
                if bad and all(r["expect"] == ["not_listening"] for r in bad):
                    self.errors.append(f"{sid} turn {n}: every bad reply is only not_listening")
            names = self.colleagues.get(sid, [])
            if not any(
                r["scenario"] == sid
                and r["turn"] == 1
                and r["expect"]
                and any(_names(name, r["note"]) for name in names)
                for r in self.replies
            ):
                self.errors.append(f"{sid}: no bad turn-1 reply whose note names the colleague")
        lengths = [len(str(r["text"]).split()) for r in self.replies]
        for r, k in zip(self.replies, lengths):
            if k < 4:
                self.errors.append(f"{r['id']}: fewer than four words")
        for lang in LANGUAGES:
            rs = [r for r in self.replies if r["language"] == lang]
            g = sum(1 for r in rs if not r["expect"])
            print(f"{lang}: {len(rs)} replies, {g} good, {len(rs) - g} bad")
        print(f"reply length in words: shortest {min(lengths)}, longest {max(lengths)}")

    def check_facts_said_and_first_words(self) -> None:
        """v28: fact values in the customer's line, four first words, the diverse brief, 30-character notes."""
        for sid, s in self._sorted_scen():
            for n, t in enumerate(s["turns"], 1):
                say = _flat(t.get("say") or "")
                for fkey, f in (t.get("facts") or {}).items():
                    value = _fact_value(f)
                    if _flat(value) not in say:
                        self.errors.append(f"{sid} turn {n}: fact {fkey} value {value!r} is not in the customer's line")
                firsts = {(_words(r["text"]) or [""])[0] for r in self._good_turn_replies(sid, n)}
                if len(firsts) < 4:
                    self.errors.append(f"{sid} turn {n}: good replies open with only {len(firsts)} different words")
            if s["persona"].get("gender") == "diverse":
                situation = _collapse((s.get("brief") or {}).get("situation") or "")
                needed = "Frau oder Herr" if s["language"] == "de" else "Mr or Ms"
                if needed not in situation:
                    self.errors.append(f"{sid}: the brief does not say that the caller wants no {needed}")
        for r in self.replies:
            if len(_collapse(r["note"])) < 30:
                self.errors.append(f"{r['id']}: note shorter than 30 characters")
        print("| label | de | en |")
        print("| --- | --- | --- |")
        label_rows = collections.Counter((tuple(r["expect"]), r["language"]) for r in self.replies)
        for lab in sorted({k for k, _ in label_rows}, key=lambda x: (len(x), [KINDS.index(k) for k in x])):
            name = "`[]` (good)" if not lab else "`[" + ", ".join(lab) + "]`"
            print(f"| {name} | {label_rows[(lab, 'de')]} | {label_rows[(lab, 'en')]} |")

    def check_v29_only(self) -> None:
        """v29 only (v30 was copied from v28): earlier avoid phrases in examples, notes, polite and long replies."""
        for sid, s in self._sorted_scen():
            earlier: list[str] = []
            for n, t in enumerate(s["turns"], 1):
                example = _flat(t.get("example") or "")
                hit = [a for a in earlier if a in example]
                if hit:
                    self.errors.append(f"{sid} turn {n}: example holds an avoid phrase of an earlier turn {hit}")
                earlier += [str(a).lower() for a in (t.get("expect") or {}).get("avoid") or []]
        for r in self.replies:
            note = str(r["note"]).strip()
            if not r["expect"] and not note.startswith("Good"):
                self.errors.append(f"{r['id']}: note of a good reply does not start with 'Good'")
            if r["expect"] and note.startswith("Good"):
                self.errors.append(f"{r['id']}: note of a bad reply starts with 'Good'")
            if "asks again" in note.lower() and "not_listening" not in r["expect"]:
                self.errors.append(f"{r['id']}: note says 'asks again' but the reply is not not_listening")
        for lang, word in (("de", "bitte"), ("en", "please")):
            if not any(word in str(r["text"]).lower() for r in self.reasks[lang]):
                self.errors.append(f"{lang}: no polite re-ask with '{word}'")
        self._turns_without_long_good()
        for lang in LANGUAGES:
            gl = [len(str(r["text"]).split()) for r in self.replies if r["language"] == lang and not r["expect"]]
            print(f"{lang}: good replies from {min(gl)} to {max(gl)} words")

    def check_notes_polite_voices(self) -> None:
        """v30: notes agree with labels, a polite re-ask, real voices, a weekday in every scenario, 1-3 key points."""
        for r in self.replies:
            starts_good = str(r["note"]).lstrip().startswith("Good")
            if not r["expect"] and not starts_good:
                self.errors.append(f"{r['id']}: good reply whose note does not begin with 'Good'")
            if r["expect"] and starts_good:
                self.errors.append(f"{r['id']}: bad reply whose note begins with 'Good'")
        polite = {lang: sum(1 for r in self.reasks[lang] if POLITE.search(str(r["text"]))) for lang in LANGUAGES}
        for lang in LANGUAGES:
            if not polite[lang]:
                self.errors.append(f"{lang}: no polite re-ask")
        for sid, s in self._sorted_scen():
            if str(s["persona"].get("voice", "")) not in VOICES:
                self.errors.append(f"{sid}: voice {s['persona'].get('voice')!r} is not one of the README's voices")
            if not self._names_weekday(s):
                self.errors.append(f"{sid}: no customer line names today's weekday")
            for n, t in enumerate(s["turns"], 1):
                kp = (t.get("expect") or {}).get("key_points") or {}
                if not 1 <= len(kp) <= 3:
                    self.errors.append(f"{sid} turn {n}: {len(kp)} key points, expected 1-3")
        print(f"polite re-asks: de {polite['de']}, en {polite['en']}")

    def check_colleague_unnamed_and_long_replies(self) -> None:
        """v31: good replies leave the colleague out, bare re-asks, long good replies, avoid_phrase per scenario."""
        for r in self.replies:
            if not r["expect"]:
                for name in self.colleagues.get(r["scenario"], []):
                    if _names(name, r["text"]):
                        self.errors.append(f"{r['id']}: good reply names the colleague {name}")
        for lang in LANGUAGES:
            bare = sum(1 for r in self.reasks[lang] if "?" not in str(r["text"]))
            if bare < 2:
                self.errors.append(f"{lang}: only {bare} re-asks without a question mark")
        self._turns_without_long_good()
        for sid in sorted(self.scen):
            if not any("avoid_phrase" in r["expect"] for r in self.replies if r["scenario"] == sid):
                self.errors.append(f"{sid}: no avoid_phrase reply")
        long_lang = collections.Counter(
            r["language"] for r in self.replies if not r["expect"] and len(str(r["text"]).split()) >= 20
        )
        print(f"good replies of at least twenty words: de {long_lang['de']}, en {long_lang['en']}")

    def _addressed_by_name(self, s: Scenario, r: Reply) -> bool:
        """Whether a reply uses the persona's full name or its first name as a whole word."""
        name = str(s["persona"]["name"])
        return name in str(r["text"]) or bool(re.search(rf"\b{re.escape(name.split()[0])}\b", str(r["text"])))

    def check_readbacks_and_names(self) -> None:
        """v32: a read-back of a given fact, a bad reply with two kinds, the diverse persona addressed by name."""
        readbacks = {}
        for sid, s in self._sorted_scen():
            values = []
            hits = 0
            for n, t in enumerate(s["turns"], 1):
                for f in (t.get("facts") or {}).values():
                    values.append(_flat(_fact_value(f)))
                for r in self._good_turn_replies(sid, n):
                    low = _flat(r["text"])
                    hits += any(v in low for v in values)
            readbacks[sid] = hits
            if not hits:
                self.errors.append(f"{sid}: no good reply reads back a fact value")
            if not any(len(r["expect"]) >= 2 for r in self.replies if r["scenario"] == sid):
                self.errors.append(f"{sid}: no bad reply with two or more kinds")
            if s["persona"].get("gender") == "diverse" and not any(
                r["scenario"] == sid and self._addressed_by_name(s, r) for r in self.replies
            ):
                self.errors.append(f"{sid}: no reply addresses the diverse persona by name")
        print("good replies reading back a fact value: " + ", ".join(f"{k} {v}" for k, v in readbacks.items()))

    def check_briefs_and_fresh_wording(self) -> None:
        """v33: brief situation and goal, a good reply by name, few not_listening-only, no words of the set before."""
        for sid, s in self._sorted_scen():
            brief = s.get("brief") or {}
            if not str(brief.get("situation") or "").strip() or not str(brief.get("goal") or "").strip():
                self.errors.append(f"{sid}: brief without situation or goal")
            if s["persona"].get("gender") == "diverse" and not any(
                r["scenario"] == sid and not r["expect"] and self._addressed_by_name(s, r) for r in self.replies
            ):
                self.errors.append(f"{sid}: no good reply addresses the diverse persona by name")
        only_nl = collections.Counter(
            (r["scenario"], r["turn"]) for r in self.replies if r["expect"] == ["not_listening"]
        )
        for k, n in sorted(only_nl.items()):
            if n > 3:
                self.errors.append(f"{k[0]} turn {k[1]}: {n} replies whose only kind is not_listening, at most 3")
        print(f"most replies per turn whose only kind is not_listening: {max(only_nl.values()) if only_nl else 0}")
        # Each set is compared with the set before it (v33 with v32, v34 with v33): its writer read that much.
        before = f"v{self.version - 1}"
        path = os.path.join(self.folder, "..", f"heldout_{before}", "replies.yaml")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as handle:
                old = grams(" ".join(itertools.islice(handle, OVERLAP_LINES)))
            overlaps = [(r["id"], g) for r in self.replies for g in grams(r["text"]) if g in old]
            for rid, g in overlaps:
                self.errors.append(f"{rid}: shares the five words '{g}' with {before}'s first 60 lines")
            print(f"five-word overlaps with {before}'s first 60 lines: {len(overlaps)}")
        else:
            print(f"{before}'s replies.yaml not found; overlap check skipped")

    def check_numbers_example_words_spread(self) -> None:
        """v34: turn-1 numbers in the brief, no five words of the own example, limit notes, kinds spread."""
        for sid, s in self._sorted_scen():
            situation = _flat((s.get("brief") or {}).get("situation") or "")
            for fkey, f in (s["turns"][0].get("facts") or {}).items():
                value = _flat(_fact_value(f))
                if re.search(r"\d", value) and value not in situation:
                    self.errors.append(f"{sid}: turn-1 fact {fkey} ({value}) is not in the brief's situation")
        for r in self.replies:
            t = self._reply_turn(r)
            if t is None:
                continue
            own = grams(t.get("example") or "")
            shared = sorted(g for g in grams(r["text"]) if g in own)
            if shared:
                self.errors.append(f"{r['id']}: shares the five words '{shared[0]}' with its turn's example")
            if _breaks_limit(r) and not TIME_WORD.search(str(r["note"])):
                self.errors.append(f"{r['id']}: limit-break note names no clock time or day")
        spread = {lang: collections.Counter() for lang in LANGUAGES}
        for lang in LANGUAGES:
            for k in KINDS:
                spread[lang][k] = len(
                    {r["scenario"] for r in self.replies if r["language"] == lang and k in r["expect"]}
                )
                if spread[lang][k] < 3:
                    self.errors.append(
                        f"{lang}: kind {k} occurs in only {spread[lang][k]} scenarios, expected at least 3"
                    )
        for lang in LANGUAGES:
            print(f"scenarios per kind, {lang}: " + ", ".join(f"{k} {spread[lang][k]}" for k in KINDS))

    def report(self) -> int:
        """Print OK or the problems; the exit code."""
        print("OK" if not self.errors else "PROBLEMS:\n" + "\n".join(self.errors))
        return 1 if self.errors else 0

    def check_titles_wording_length_table(self) -> None:
        """v35: no reply gives a female or male persona the other gender's title before the surname;
        no two replies share a six-word sequence (each reply is written fresh); no reply has more than
        `MAX_WORDS` words (replies are said on the phone); the rows de, en and all of the README's
        counts table hold the counts of replies.yaml; prints the bad replies with two or more kinds
        per scenario."""
        wrong = 0
        for r in self.replies:
            s = self.scen.get(r["scenario"])
            if s is None:
                continue
            gender = s["persona"].get("gender")
            surname = str(s["persona"]["name"]).split()[-1]
            for title in OTHER_TITLES.get(gender, ()):
                if re.search(rf"\b{title}\.? {re.escape(surname)}\b", str(r["text"])):
                    self.errors.append(f"{r['id']}: '{title} {surname}' for a {gender} persona")
                    wrong += 1
        print(f"replies giving a persona the other gender's title: {wrong}")

        seen: dict[str, str] = {}
        shared = 0
        for r in self.replies:
            for g in sorted(grams(r["text"], 6)):
                if g in seen and seen[g] != r["id"]:
                    self.errors.append(f"{r['id']}: shares the six words '{g}' with {seen[g]}")
                    shared += 1
                seen.setdefault(g, r["id"])
        print(f"six-word sequences shared between replies: {shared}")

        longest = 0
        for r in self.replies:
            n = len(_words(r["text"]))
            longest = max(longest, n)
            if n > MAX_WORDS:
                self.errors.append(f"{r['id']}: {n} words, at most {MAX_WORDS}")
        print(f"longest reply: {longest} words (punctuation split off)")

        self._check_readme_table()
        multi = collections.Counter(r["scenario"] for r in self.replies if len(r["expect"]) >= 2)
        print(
            "bad replies with two or more kinds per scenario: "
            + ", ".join(f"{k} {multi[k]}" for k in sorted(self.scen))
        )

    def check_openings_examples_notes(self) -> None:
        """v36: no three-word opening is shared by more than `MAX_THREE_WORD_OPENING` replies; no
        example names its colleague or mistitles the persona; every goal names the colleague; an
        avoid_phrase note quotes the phrase ('...'), a pushed_after_no note says 'refused', and a
        re-ask note says where the fact was given ('line' or 'turn N')."""
        openings = collections.Counter(" ".join(_words(r["text"])[:3]) for r in self.replies)
        for opening, n in sorted(openings.items()):
            if n > MAX_THREE_WORD_OPENING:
                self.errors.append(f"three-word opening occurs {n} times: {opening}")
        print("most frequent three-word openings: " + ", ".join(f"{o!r} {n}" for o, n in openings.most_common(4)))

        titled = 0
        for sid, s in sorted(self.scen.items()):
            names = self.colleagues.get(sid, [])
            gender = s["persona"].get("gender")
            surname = str(s["persona"]["name"]).split()[-1]
            wrong = OTHER_TITLES.get(
                gender, ("Frau", "Herr", "Herrn", "Ms", "Mrs", "Mr") if gender == "diverse" else ()
            )
            for n, t in enumerate(s["turns"], 1):
                example = _collapse(t.get("example") or "")
                for name in names:
                    if _names(name, example):
                        self.errors.append(f"{sid} turn {n}: the example names the colleague {name}")
                for title in wrong:
                    if re.search(rf"\b{title}\.? {re.escape(surname)}\b", example):
                        self.errors.append(f"{sid} turn {n}: the example says '{title} {surname}'")
                        titled += 1
            goal = _collapse((s.get("brief") or {}).get("goal") or "")
            if not names or not _names(names[0], goal):
                self.errors.append(f"{sid}: the brief's goal does not name the colleague")
        print(f"examples with a wrong title: {titled}")

        counts: collections.Counter[str] = collections.Counter()
        for r in self.replies:
            note = str(r["note"])
            if "avoid_phrase" in r["expect"]:
                counts["avoid_phrase"] += 1
                if not re.search(r"'[^']+'", note):
                    self.errors.append(f"{r['id']}: avoid_phrase note quotes no phrase")
            if "pushed_after_no" in r["expect"]:
                counts["pushed_after_no"] += 1
                if "refused" not in note:
                    self.errors.append(f"{r['id']}: pushed_after_no note does not say 'refused'")
            if "asks again" in note.lower():
                counts["re-ask"] += 1
                if not REASK_WHERE.search(note):
                    self.errors.append(f"{r['id']}: re-ask note does not say where the fact was given")
        print("notes checked: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))

    def check_language_share_feelings_limits_openings(self) -> None:
        """v37: each language on its own has a good share within `GOOD_SHARE_PER_LANGUAGE`; every angry,
        annoyed or sad turn lists an apology or sympathy key point (so a bare file note on it misses a
        key point as well as the feeling); every scenario has a reply whose only fault is a time that
        breaks the customer's limit, answering the turn that names today's weekday or a later one; no two
        replies of one turn open with the same two words."""
        low, high = GOOD_SHARE_PER_LANGUAGE
        shares = {}
        for lang in LANGUAGES:
            rs = [r for r in self.replies if r["language"] == lang]
            shares[lang] = sum(1 for r in rs if not r["expect"]) / len(rs) if rs else 0.0
            if not low <= shares[lang] <= high:
                self.errors.append(f"{lang}: good share {shares[lang]:.1%}, expected {low:.0%} to {high:.0%}")
        print("good share per language: " + ", ".join(f"{lang} {share:.1%}" for lang, share in shares.items()))

        feeling_turns = 0
        for sid, s in sorted(self.scen.items()):
            for n, t in enumerate(s["turns"], 1):
                if t.get("emotion") not in FEELINGS:
                    continue
                feeling_turns += 1
                points = (t.get("expect") or {}).get("key_points") or {}
                if not any(k in points for k in FEELING_KEY_POINTS):
                    self.errors.append(
                        f"{sid} turn {n}: {t.get('emotion')} turn without an apology or sympathy key point"
                    )
        print(f"feeling turns with an apology or sympathy key point checked: {feeling_turns}")

        weekday = self._weekday()
        per_scenario: collections.Counter[str] = collections.Counter()
        for sid, s in sorted(self.scen.items()):
            named = [n for n, t in enumerate(s["turns"], 1) if weekday.search(_collapse(t.get("say") or ""))]
            for r in self.replies:
                if r["scenario"] != sid or not _breaks_limit(r):
                    continue
                per_scenario[sid] += 1
                if not named or r["turn"] < named[0]:
                    self.errors.append(f"{r['id']}: limit break before the turn that names today's weekday")
            if not per_scenario[sid]:
                self.errors.append(f"{sid}: no reply whose only fault is a time that breaks the customer's limit")
        print("limit breaks per scenario: " + ", ".join(f"{k} {v}" for k, v in sorted(per_scenario.items())))

        seen: dict[tuple[str, int, str], str] = {}
        shared = 0
        for r in self.replies:
            key = (r["scenario"], r["turn"], " ".join(_words(r["text"])[:2]))
            if key in seen:
                self.errors.append(f"{r['id']}: opens with '{key[2]}' like {seen[key]} on the same turn")
                shared += 1
            else:
                seen[key] = r["id"]
        print(f"replies sharing a two-word opening with another reply of their turn: {shared}")

    def check_counts_notes_limits_readme(self) -> None:
        """v38: exactly `REPLIES_PER_LANGUAGE` replies per language, 12 with 7 good on turn 1 of a
        three-turn scenario and 11 with 6 good on every other turn; no_acknowledgement only as
        [not_listening, no_acknowledgement], exactly one per scenario; the line naming today's weekday
        gives a limit (a limiting word and a time or another day); the README holds
        `README_SECTIONS` (skipped when there is no README)."""
        for lang in LANGUAGES:
            n = sum(1 for r in self.replies if r["language"] == lang)
            if n != REPLIES_PER_LANGUAGE:
                self.errors.append(f"{lang}: {n} replies, expected {REPLIES_PER_LANGUAGE}")
        wrong = 0
        for sid, s in sorted(self.scen.items()):
            for n in range(1, len(s["turns"]) + 1):
                want = (12, 7) if n == 1 and len(s["turns"]) == 3 else (11, 6)
                got = (self.per_turn[(sid, n)], self.good_turn[(sid, n)])
                if got != want:
                    self.errors.append(
                        f"{sid} turn {n}: {got[0]} replies with {got[1]} good, expected {want[0]} with {want[1]}"
                    )
                    wrong += 1
        print(f"turns with other than 12/7 (turn 1 of three) or 11/6 replies and good: {wrong}")

        per_scenario: collections.Counter[str] = collections.Counter()
        for r in self.replies:
            if "no_acknowledgement" not in r["expect"]:
                continue
            per_scenario[r["scenario"]] += 1
            if r["expect"] != ["not_listening", "no_acknowledgement"]:
                self.errors.append(f"{r['id']}: no_acknowledgement without not_listening alone ({r['expect']})")
        for sid in sorted(self.scen):
            if per_scenario[sid] != 1:
                self.errors.append(f"{sid}: {per_scenario[sid]} no_acknowledgement replies, expected exactly 1")
        print(
            "no_acknowledgement replies per scenario: " + ", ".join(f"{k} {v}" for k, v in sorted(per_scenario.items()))
        )

        weekday = rule_for(WEEKDAY_BY_VERSION, self.version)
        checked = 0
        for sid, s in sorted(self.scen.items()):
            for n, t in enumerate(s["turns"], 1):
                say = " ".join(str(t.get("say") or "").split())
                if not weekday.search(say):
                    continue
                checked += 1
                rest = weekday.sub(" ", say)
                if not (LIMIT_WORD.search(rest) and TIME_OR_DAY.search(rest)):
                    self.errors.append(f"{sid} turn {n}: the line naming today's weekday gives no time limit")
        print(f"lines naming today's weekday checked for a limit: {checked}")

        readme = self.folder / "README.md"
        if not readme.exists():
            print("README.md not found; section check skipped")
            return
        lines = readme.read_text(encoding="utf-8").splitlines()
        missing = [h for h in README_SECTIONS if h not in lines]
        for h in missing:
            self.errors.append(f"README.md: no section '{h}'")
        print(f"README sections: {len(README_SECTIONS) - len(missing)} of {len(README_SECTIONS)}")

    def _check_readme_table(self) -> None:
        """v35: the README's counts rows agree with replies.yaml (skipped when there is no README)."""
        readme = self.folder / "README.md"
        if not readme.exists():
            print("README.md not found; table check skipped")
            return
        rows = {}
        for line in readme.read_text(encoding="utf-8").splitlines():
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) == 3 + len(KINDS) and cells[0] in (*LANGUAGES, "all"):
                rows[cells[0]] = cells[1:]
        for lang in (*LANGUAGES, "all"):
            rs = [r for r in self.replies if lang == "all" or r["language"] == lang]
            good = sum(1 for r in rs if not r["expect"])
            want = [str(len(rs)), str(good)] + [str(sum(1 for r in rs if k in r["expect"])) for k in KINDS]
            got = rows.get(lang)
            if got is None:
                self.errors.append(f"README.md: no counts row for {lang}")
                continue
            got = [got[0], got[1].split()[0]] + got[2:]
            if got != want:
                self.errors.append(f"README.md: counts row {lang} is {got}, replies.yaml gives {want}")
        print("README counts table: " + ("checked" if rows else "no rows found"))

    def check_shape_slots_grounds_weekday(self) -> None:
        """v39: two three-turn scenarios per language, and exactly one angry, annoyed or sad turn per
        scenario, its turn 1; in each language at least `SLOT_QUESTIONS_AT_LEAST` good replies ask a
        question that names a clock time or a day; every contradiction note says what the label rests
        on (`CONTRADICTION_GROUNDS`); every reply whose only fault breaks the customer's limit answers
        the very turn that names today's weekday."""
        three = collections.Counter(s["language"] for s in self.scen.values() if len(s["turns"]) == 3)
        for lang in LANGUAGES:
            if three[lang] != THREE_TURN_PER_LANGUAGE:
                self.errors.append(f"{lang}: {three[lang]} three-turn scenarios, expected {THREE_TURN_PER_LANGUAGE}")
        for sid, s in sorted(self.scen.items()):
            feeling = [n for n, t in enumerate(s["turns"], 1) if t.get("emotion") in FEELINGS]
            if feeling != [1]:
                self.errors.append(f"{sid}: angry, annoyed or sad turns {feeling}, expected only turn 1")
        print("three-turn scenarios per language: " + ", ".join(f"{lang} {three[lang]}" for lang in LANGUAGES))
        found: collections.Counter[str] = collections.Counter()
        for r in self.replies:
            if r["expect"]:
                continue
            questions = [q for q in re.findall(r"[^.?!]*\?", _collapse(r["text"])) if TIME_OR_DAY.search(q)]
            if questions:
                found[r["language"]] += 1
        for lang in LANGUAGES:
            if found[lang] < SLOT_QUESTIONS_AT_LEAST:
                self.errors.append(
                    f"{lang}: {found[lang]} good questions with a firm slot, at least {SLOT_QUESTIONS_AT_LEAST}"
                )
        print("good questions with a firm slot: " + ", ".join(f"{lang} {found[lang]}" for lang in LANGUAGES))
        checked = 0
        for r in self.replies:
            if "contradiction" not in r["expect"]:
                continue
            checked += 1
            if not CONTRADICTION_GROUNDS.search(str(r["note"])):
                self.errors.append(f"{r['id']}: contradiction note does not say what it rests on")
        print(f"contradiction notes checked: {checked}")
        weekday = self._weekday()
        checked = 0
        for r in self.replies:
            if not _breaks_limit(r):
                continue
            checked += 1
            turns = self.scen[r["scenario"]]["turns"]
            named = [n for n, t in enumerate(turns, 1) if weekday.search(_collapse(t.get("say") or ""))]
            if named != [r["turn"]]:
                self.errors.append(f"{r['id']}: limit break on turn {r['turn']}, the weekday is named on {named}")
        print(f"limit breaks on the weekday turn checked: {checked}")

    def check_notes_breaks_reasks(self) -> None:
        """v40: every bare file note ([not_listening, no_acknowledgement]) answers turn 1; a reply whose
        only fault is a time that breaks the customer's limit holds no avoid phrase and no offer word of
        its turn; a re-ask note ('asks again') quotes in brackets what the customer said up to its turn
        (some comma-separated part of a bracket stands word for word in those lines)."""
        checked = 0
        for r in self.replies:
            if "no_acknowledgement" not in r["expect"]:
                continue
            checked += 1
            if r["turn"] != 1:
                self.errors.append(f"{r['id']}: bare file note on turn {r['turn']}, expected turn 1")
        print(f"bare file notes on turn 1 checked: {checked}")
        checked = 0
        for r in self.replies:
            note = str(r["note"])
            if not (r["expect"] == ["not_listening"] and "breaks" in note and "limit" in note):
                continue
            checked += 1
            turn = self.scen[r["scenario"]]["turns"][r["turn"] - 1]
            ex = turn.get("expect") or {}
            text = _flat(r["text"])
            hits = [str(p) for p in (ex.get("avoid") or []) + (ex.get("offer_words") or []) if _flat(p) in text]
            if hits:
                self.errors.append(f"{r['id']}: limit break that also holds {hits}")
        print(f"limit breaks checked for avoid phrases and offer words: {checked}")
        checked = 0
        for r in self.replies:
            note = str(r["note"])
            if "asks again" not in note.lower():
                continue
            checked += 1
            brackets = re.findall(r"\(([^)]+)\)", note)
            turns = self.scen[r["scenario"]]["turns"][: r["turn"]]
            said = " ".join(_flat(t.get("say") or "") for t in turns)
            parts = [_flat(p) for b in brackets for p in b.split(",") if p.strip()]
            if not any(p in said for p in parts):
                self.errors.append(f"{r['id']}: re-ask note does not quote the customer's words in brackets")
        print(f"re-ask notes checked for the customer's words: {checked}")

    def check_slots_and_limit_quotes(self) -> None:
        """v41: every good reply to the first turn that names today's weekday names a day or a clock time
        (`SLOT`), and so does that turn's example; a limit-break note quotes in brackets the customer's
        limit as said on its turn (some comma-separated part of a bracket stands word for word in the
        customer's line), so a reader sees which limit the time breaks."""
        weekday = self._weekday()
        checked = 0
        for sid in sorted(self.scen):
            turns = self.scen[sid]["turns"]
            n = next((n for n, t in enumerate(turns, 1) if weekday.search(_collapse(t.get("say") or ""))), None)
            if n is None:
                continue
            if not SLOT.search(str(turns[n - 1].get("example") or "")):
                self.errors.append(f"{sid} turn {n}: the example on the weekday turn names no day or time")
            for r in self.replies:
                if r["scenario"] != sid or r["turn"] != n or r["expect"]:
                    continue
                checked += 1
                if not SLOT.search(str(r["text"])):
                    self.errors.append(f"{r['id']}: good reply on the weekday turn names no day or time")
        print(f"good replies on the weekday turn checked for a day or time: {checked}")
        checked = 0
        for r in self.replies:
            if not _breaks_limit(r):
                continue
            checked += 1
            say = _flat(self.scen[r["scenario"]]["turns"][r["turn"] - 1].get("say") or "")
            parts = [_flat(p) for b in re.findall(r"\(([^)]+)\)", str(r["note"])) for p in b.split(",")]
            if not any(p and p in say for p in parts):
                self.errors.append(f"{r['id']}: limit-break note does not quote the customer's limit in brackets")
        print(f"limit-break notes checked for the quoted limit: {checked}")


# The check blocks in the order the old scripts ran them (so the problem lines keep their order): the
# first set that ran a block, the last one (None: every later set too) and the block.
BLOCKS: tuple[tuple[int, int | None, Callable[[SetRun], None]], ...] = (
    (10, None, SetRun.check_ids),
    (10, None, SetRun.check_replies),
    (10, None, SetRun.check_turns_and_scenarios),
    (11, None, SetRun.check_set_size),
    (14, None, SetRun.check_texts_kinds_examples),
    (15, None, SetRun.check_personas_and_noes),
    (16, None, SetRun.check_reasks_and_turn_form),
    (17, None, SetRun.check_free_wording),
    (18, None, SetRun.check_kept_noes_and_limits),
    (19, None, SetRun.check_languages_and_colleagues),
    (20, None, SetRun.check_facts_feelings_openers),
    (21, None, SetRun.check_colleague_named_and_moods),
    (22, None, SetRun.check_notes_endings_numbers),
    (23, None, SetRun.check_openings_and_weekday),
    # v22's second part: v23's writer put its checks in front of it.
    (22, None, SetRun.check_hard_offers_and_kept_noes),
    (10, None, SetRun.check_good_share),
    (10, None, SetRun.print_counts),
    (24, None, SetRun.check_refused_offers_and_titles),
    (25, None, SetRun.check_good_total_and_examples),
    (26, None, SetRun.check_short_replies_and_earlier_avoid),
    (27, None, SetRun.check_first_no_and_mixed_faults),
    (28, None, SetRun.check_facts_said_and_first_words),
    # Only v29: v30 was copied from v28's script, so v29's own checks stop there.
    (29, 29, SetRun.check_v29_only),
    (30, None, SetRun.check_notes_polite_voices),
    (31, None, SetRun.check_colleague_unnamed_and_long_replies),
    (32, None, SetRun.check_readbacks_and_names),
    (33, None, SetRun.check_briefs_and_fresh_wording),
    (34, None, SetRun.check_numbers_example_words_spread),
    (35, None, SetRun.check_titles_wording_length_table),
    (36, None, SetRun.check_openings_examples_notes),
    (37, None, SetRun.check_language_share_feelings_limits_openings),
    (38, None, SetRun.check_counts_notes_limits_readme),
    (39, None, SetRun.check_shape_slots_grounds_weekday),
    (40, None, SetRun.check_notes_breaks_reasks),
    (41, None, SetRun.check_slots_and_limit_quotes),
)


def check_set(
    folder: Path,
    version: int,
    colleagues: Mapping[str, Sequence[str]] | None = None,
    extra_checks: Sequence[Callable[[SetRun], None]] = (),
) -> int:
    """Check held-out set `version` in `folder` as that set's own script did; print; return the exit code.

    `folder` is the set's folder (replies.yaml and scenarios/ in it). `colleagues` maps each scenario id
    to the names of the colleague whose excuse the trainee must not repeat (the set's own data, needed
    from v19 on; the first name is the one the brief and the customer's first line name). The blocks
    run in the order the scripts ran them, so the problems come out in the same order. `extra_checks`
    are a new set's own checks, not kept here yet: they run last, before OK or the problems.
    """
    if version < 10:
        raise ValueError(f"the checks start with v10, not v{version}")
    if version >= 19 and colleagues is None:
        raise ValueError(f"v{version} checks the colleagues' names: pass colleagues")
    run = SetRun(folder, version, colleagues or {})
    for since, until, block in BLOCKS:
        if since <= version and (until is None or version <= until):
            block(run)
    for check in extra_checks:
        check(run)
    return run.report()


def main(
    script: str,
    version: int,
    colleagues: Mapping[str, Sequence[str]] | None = None,
    extra_checks: Sequence[Callable[[SetRun], None]] = (),
) -> None:
    """What a set's check_counts.py runs: check the folder the script lies in and exit with the result."""
    sys.exit(check_set(Path(os.path.abspath(script)).parent, version, colleagues, extra_checks))
