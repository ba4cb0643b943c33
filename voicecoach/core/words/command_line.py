"""The command line's own words in German: help texts, argparse's messages, and our lines.

The help texts are written in English next to their options in ``voicecoach/commands/*.py``;
:data:`HELP` gives each its German text, keyed by the English one (as gettext does), so the
commands stay readable and ``voicecoach --lang de --help`` is German. :data:`ARGPARSE` does the
same for argparse's own messages ("usage:", "the following arguments are required: %s").
:data:`LINES` are the lines ``voicecoach`` itself prints, ``key -> {"de", "en"}``.
A test lists every help text of every parser that has no German here.
"""

from __future__ import annotations

from collections.abc import Mapping

from voicecoach.core.words.batch import BATCH_HELP
from voicecoach.core.words.lookup import Words

#: argparse's messages (Python 3.11 msgids) in German.
ARGPARSE: Mapping[str, str] = {
    "usage: ": "Aufruf: ",
    "positional arguments": "Argumente",
    "options": "Optionen",
    "show this help message and exit": "diese Hilfe zeigen und beenden",
    "show program's version number and exit": "die Versionsnummer zeigen und beenden",
    "argument %(argument_name)s: %(message)s": "Argument %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "unbekannte Argumente: %s",
    "the following arguments are required: %s": "diese Argumente fehlen: %s",
    "one of the arguments %s is required": "eines dieser Argumente ist nötig: %s",
    "not allowed with argument %s": "nicht zusammen mit dem Argument %s erlaubt",
    "expected one argument": "erwartet einen Wert",
    "expected at most one argument": "erwartet höchstens einen Wert",
    "expected at least one argument": "erwartet mindestens einen Wert",
    "expected %s argument": "erwartet %s Wert",
    "expected %s arguments": "erwartet %s Werte",
    "ambiguous option: %(option)s could match %(matches)s": "mehrdeutige Option: %(option)s passt zu %(matches)s",
    "invalid %(type)s value: %(value)r": "ungültiger Wert: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "„%(value)s“ gibt es hier nicht; möglich: %(choices)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: Fehler: %(message)s\n",
    "ignored explicit argument %r": "überzähliger Wert %r",
    "can't open '%(filename)s': %(error)s": "„%(filename)s“ lässt sich nicht öffnen: %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "unbekannter Befehl %(parser_name)r (möglich: %(choices)s)",
}

#: The placeholders of the help and the usage lines (argparse's metavars: an option's given
#: ``metavar``, else its name in capitals; a positional's name) in German. Literal values the
#: user types (``left|right``, ``de|en``, ``{html,md,json}``) stay as they are.
METAVARS: Mapping[str, str] = {
    "COMMAND": "BEFEHL",
    "ACTION": "AKTION",
    "FILE": "DATEI",
    "OUTPUT": "DATEI",
    "RESULTS": "ERGEBNISORDNER",
    "SECONDS": "SEKUNDEN",
    "S": "SEKUNDEN",
    "N": "N",
    "X": "FAKTOR",
    "FOLDER": "ORDNER",
    "D": "GERÄT",
    "TEXT": "TEXT",
    "NAME": "NAME",
    "MODEL": "MODELL",
    "COMPUTE_TYPE": "RECHENTYP",
    "CHANNEL": "KANAL",
    "PATTERN": "MUSTER",
    "ADDRESS": "ADRESSE",
    "WORKERS": "N",
    "ID|PATH": "ID|PFAD",
    "DIR_OR_GLOB": "ORDNER_ODER_MUSTER",
    "SCENARIO": "SZENARIO",
    "scenario": "SZENARIO",
    "session": "SITZUNG",
    "paths": "PFADE",
    "id": "SZENARIO",
    "file": "DATEI",
    "dir": "ORDNER",
    "zip": "ZIP_DATEI",
    "ID": "ID",
    "TITLE": "TITEL",
    "PERSONA": "PERSON",
    "THEME": "THEMA",
    "SITUATION": "SITUATION",
    "GOAL": "ZIEL",
    "TURN": "N",
    "FROM_FILE": "DATEI",
    "MAX_SECONDS": "SEKUNDEN",
    "SILENCE": "SEKUNDEN",
    "INTO": "ORDNER",
    "PHRASE": "FORMULIERUNG",
    "INPUT_DEVICE": "GERÄT",
    "name": "NAME",
}

#: Every help text and description of the command line: English -> German.
HELP: Mapping[str, str] = {
    "audio (two files, or one stereo call)": "Audio (zwei Dateien oder eine Stereoaufnahme)",
    (
        "examples:\n"
        "  voicecoach analyze --customer line.wav --trainee reply.wav --scenario late-delivery-en --turn 1\n"
        "  voicecoach analyze --call call.wav --customer-channel left --json\n"
        "  voicecoach analyze --call call.wav --customer-channel right --html call.html"
    ): (
        "Beispiele:\n"
        "  voicecoach analyze --customer kunde.wav --trainee antwort.wav --scenario late-delivery-de --turn 1\n"
        "  voicecoach analyze --call gespraech.wav --customer-channel links --json\n"
        "  voicecoach analyze --call gespraech.wav --customer-channel rechts --html gespraech.html"
    ),
    (
        "examples:\n"
        "  voicecoach batch calls/ -o results/ --customer-channel left --agent-pattern '{agent}/*.wav'\n"
        "  voicecoach batch 'calls/2026-11-*/*.flac' -o results/ --customer-channel right --workers 8 "
        "--ray-address 10.0.0.5:6379"
    ): (
        "Beispiele:\n"
        "  voicecoach batch gespraeche/ -o ergebnisse/ --customer-channel links --agent-pattern '{agent}/*.wav'\n"
        "  voicecoach batch 'gespraeche/2026-11-*/*.flac' -o ergebnisse/ --customer-channel rechts --workers 8 "
        "--ray-address 10.0.0.5:6379"
    ),
    'example:\n  voicecoach judge late-delivery-en --turn 1 --text "I am so sorry, let me check that for you."': (
        'Beispiel:\n  voicecoach judge late-delivery-de --turn 1 --text "Das tut mir leid, ich sehe sofort nach."'
    ),
    # voicecoach
    "Practise phone conversations with a simulated customer, and get coached.": (
        "Telefongespräche mit simulierten Kundinnen und Kunden üben und Rückmeldung bekommen."
    ),
    "language of the texts (default: settings, else the system's)": (
        "Sprache der Texte (Standard: Einstellungen, sonst die des Systems)"
    ),
    "open the practice app (also: plain 'voicecoach')": "die Übungs-App öffnen (auch: einfach 'voicecoach')",
    "list, show and validate scenarios": "Szenarien auflisten, zeigen und prüfen",
    "installed Whisper models and Piper voices, and what the scenarios need": (
        "installierte Whisper-Modelle und Piper-Stimmen, und was die Szenarien brauchen"
    ),
    "guided headset check: a test tone, one sentence, then what to fix": (
        "geführter Headset-Test: ein Testton, ein Satz, dann was zu tun ist"
    ),
    "Play a test tone, ask for one sentence with a live level, measure the echo, and say in one line what to "
    "fix. Exit 0 when all is good, 1 when something needs fixing, 2 when there is no microphone or speaker.": (
        "Spielt einen Testton, bittet um einen Satz mit laufender Pegelanzeige, misst das Echo und sagt in einer"
        " Zeile, was zu tun ist. Rückgabewert 0, wenn alles gut ist, 1, wenn etwas zu beheben ist"
        " (2, wenn kein Mikrofon oder Lautsprecher da ist)."
    ),
    "print what was measured as one JSON line": "das Gemessene als eine JSON-Zeile ausgeben",
    "longest time to wait for the sentence (default 8)": "längste Wartezeit auf den Satz in Sekunden (Standard 8)",
    "render one customer line of a scenario to an audio file": (
        "einen Satz der Kundenrolle eines Szenarios als Audiodatei ausgeben"
    ),
    "transcribe an audio file with Whisper (words with timestamps)": (
        "eine Audiodatei mit Whisper verschriften (Wörter mit Zeitmarken)"
    ),
    "judge a recorded turn: two files, or a stereo call recording": (
        "einen aufgenommenen Gesprächsschritt bewerten: zwei Dateien oder eine Stereo-Aufnahme"
    ),
    "judge a typed reply to a scenario turn (no audio)": "eine getippte Antwort auf einen Gesprächsschritt bewerten (ohne Ton)",
    "a live call on the audio devices without the screens (one line per turn)": (
        "ein Live-Anruf über die Audiogeräte, ohne Oberfläche (eine Zeile je Gesprächsschritt)"
    ),
    "the sessions practised on this computer, newest first": "die auf diesem Rechner geübten Sitzungen, neueste zuerst",
    "a session as an HTML, Markdown or JSON report": "eine Sitzung als Bericht in HTML, Markdown oder JSON",
    "delete a session (or all) with its recordings": "eine Sitzung (oder alle) samt Aufnahmen löschen",
    # app
    "start a demo call right away (no microphone needed)": "sofort einen Demo-Anruf starten (ohne Mikrofon)",
    "language of the app (default: settings or system)": "Sprache der App (Standard: Einstellungen oder System)",
    # scenarios
    "table of all scenarios": "Tabelle aller Szenarien",
    "one scenario in full": "ein Szenario vollständig anzeigen",
    "check scenario files; exit 1 when any is invalid": "Szenario-Dateien prüfen; Rückgabewert 1, wenn eine fehlerhaft ist",
    "create a scenario from a commented template": "ein Szenario aus einer kommentierten Vorlage anlegen",
    "record a turn's customer line in your own voice": "den Satz der Kundenrolle eines Schritts mit eigener Stimme aufnehmen",
    "zip a folder of scenarios to share with a team": "einen Ordner mit Szenarien als ZIP für das Team packen",
    "install scenarios from a zip made with 'pack'": "Szenarien aus einem mit 'pack' erstellten ZIP installieren",
    "turn findings trainees marked as wrong into new phrasings of a scenario": (
        "als falsch markierte Hinweise in neue Formulierungen des Szenarios übernehmen"
    ),
    "print a JSON array instead": "stattdessen ein JSON-Array ausgeben",
    "only this language": "nur diese Sprache",
    "scenario id or path": "Szenario-ID oder Pfad",
    "print the scenario as JSON": "das Szenario als JSON ausgeben",
    "files or folders (default: every folder 'list' reads)": "Dateien oder Ordner (Standard: alle Ordner, die 'list' liest)",
    "lowercase with dashes, ending in -de or -en, e.g. late-delivery-de": (
        "Kleinbuchstaben mit Bindestrichen, endet auf -de oder -en, z. B. late-delivery-de"
    ),
    "language of the call": "Sprache des Gesprächs",
    "short name shown in lists": "kurzer Name für Listen",
    "the customer's name, e.g. 'Frau Keller'": "Name der Kundin/des Kunden, z. B. 'Frau Keller'",
    "the customer's mood": "Stimmung der Kundin/des Kunden",
    "how hard the call is": "wie schwer das Gespräch ist",
    "the customer's gender (German forms: Kundin/Kunde, sie/ihn)": (
        "Geschlecht der Kundin/des Kunden (für die deutschen Formen: Kundin/Kunde, sie/ihn)"
    ),
    "e.g. complaint, cancellation, sales": "z. B. Reklamation, Kündigung, Verkauf",
    "what the trainee knows before the call": "was vor dem Anruf schon bekannt ist",
    "what a good call achieves": "was ein gutes Gespräch erreicht",
    "scenario folder to create (default: your scenarios folder / ID)": (
        "anzulegender Szenario-Ordner (Standard: Ihr Szenario-Ordner / ID)"
    ),
    "replace an existing scenario.yaml there": "eine vorhandene scenario.yaml dort ersetzen",
    "scenario id or path (a folder NAME/scenario.yaml)": "Szenario-ID oder Pfad (ein Ordner NAME/scenario.yaml)",
    "turn number, 1 for the first": "Nummer des Gesprächsschritts, 1 für den ersten",
    "microphone: number or (part of the) name; list them with: voicecoach call --list-devices": (
        "Mikrofon: Nummer oder (Teil des) Namens; Liste: voicecoach call --list-devices"
    ),
    "take the line from an audio file instead of recording": "den Satz aus einer Audiodatei nehmen statt aufzunehmen",
    "longest take (default 30)": "längste Aufnahme in Sekunden (Standard 30)",
    "stop after this many seconds of quiet (default 1.5)": "nach so vielen Sekunden Stille stoppen (Standard 1,5)",
    "keep the take without asking": "die Aufnahme ohne Nachfrage behalten",
    "folder with scenarios (or one scenario folder)": "Ordner mit Szenarien (oder ein Szenario-Ordner)",
    "zip file to write, e.g. team.zip": "zu schreibende ZIP-Datei, z. B. team.zip",
    "replace an existing zip file": "eine vorhandene ZIP-Datei ersetzen",
    "the zip file": "die ZIP-Datei",
    "target folder (default: your scenarios folder)": "Zielordner (Standard: Ihr Szenario-Ordner)",
    "replace scenarios that already exist there": "dort schon vorhandene Szenarien ersetzen",
    "scenario id": "Szenario-ID",
    "only list the marked findings": "nur die markierten Hinweise auflisten",
    "add every suggested phrase where suggested, no questions": (
        "jede vorgeschlagene Formulierung am vorgeschlagenen Ort ergänzen, ohne Rückfrage"
    ),
    "with --list: a JSON array": "mit --list: ein JSON-Array",
    "write into this scenario (id or path), e.g. your copy of a shipped one": (
        "in dieses Szenario schreiben (ID oder Pfad), z. B. Ihre Kopie eines mitgelieferten"
    ),
    # models
    "List the installed speech models and voices, or download one with 'pull'.": (
        "Die installierten Sprachmodelle und Stimmen auflisten oder eines mit 'pull' herunterladen."
    ),
    "print JSON instead of a table": "JSON statt einer Tabelle ausgeben",
    "download a Piper voice (e.g. de_DE-thorsten-medium) or a Whisper model (e.g. small)": (
        "eine Piper-Stimme (z. B. de_DE-thorsten-medium) oder ein Whisper-Modell (z. B. small) herunterladen"
    ),
    "Piper voice name or Whisper model name": "Name der Piper-Stimme oder des Whisper-Modells",
    # say
    "Render a customer line with the scenario's voice (or its recording) to WAV/FLAC.": (
        "Einen Satz der Kundenrolle mit der Stimme des Szenarios (oder seiner Aufnahme) als WAV/FLAC ausgeben."
    ),
    "turn number, counting from 1 (default 1)": "Nummer des Gesprächsschritts, ab 1 gezählt (Standard 1)",
    "render the turn's interjection instead of its line": "den Einwurf des Schritts statt seines Satzes ausgeben",
    "file to write (.wav or .flac)": "zu schreibende Datei (.wav oder .flac)",
    # transcribe
    "Print what is said in an audio file, one line per segment, or words as JSON.": (
        "Ausgeben, was in einer Audiodatei gesagt wird: eine Zeile je Abschnitt oder die Wörter als JSON."
    ),
    "audio file (WAV, FLAC, OGG, MP3)": "Audiodatei (WAV, FLAC, OGG, MP3)",
    "Whisper model name or folder (default: tiny.en for en, base otherwise)": (
        "Name oder Ordner des Whisper-Modells (Standard: tiny.en für en, sonst base)"
    ),
    "spoken language (default: detect)": "gesprochene Sprache (Standard: erkennen)",
    "where Whisper runs (default auto)": "wo Whisper rechnet (Standard auto)",
    "precision, e.g. int8, float16 (default: by device)": "Genauigkeit, z. B. int8, float16 (Standard: je nach Gerät)",
    "use one channel of a stereo file: 0 left, 1 right": "einen Kanal einer Stereo-Datei nehmen: 0 links, 1 rechts",
    "print JSON with segments and words": "JSON mit Abschnitten und Wörtern ausgeben",
    # analyze
    "Judge one turn of a phone conversation: did you interrupt, talk over the customer, or not listen? Give the "
    "two sides as two files (--customer, --trainee) or as one stereo recording with one speaker per channel "
    "(--call, --customer-channel).": (
        "Einen Gesprächsschritt eines Telefonats bewerten: unterbrochen, gleichzeitig gesprochen, nicht zugehört? "
        "Die beiden Seiten als zwei Dateien (--customer, --trainee) oder als eine Stereo-Aufnahme mit einer "
        "Person je Kanal (--call, --customer-channel) angeben."
    ),
    "the customer's side (any format and rate)": "die Seite der Kundin/des Kunden (jedes Format, jede Abtastrate)",
    "your side": "Ihre Seite",
    "stereo recording, one speaker per channel": "Stereo-Aufnahme, eine Person je Kanal",
    "the customer's channel in --call": "der Kanal der Kundin/des Kunden in --call",
    "the scenario the turn belongs to": "das Szenario, zu dem der Schritt gehört",
    "which turn of the scenario was answered (1, 2, ... or its id)": (
        "welcher Schritt des Szenarios beantwortet wurde (1, 2, … oder seine ID)"
    ),
    "spoken language (default: the scenario's, else detected)": (
        "gesprochene Sprache (Standard: die des Szenarios, sonst erkannt)"
    ),
    "Whisper model name or folder (default: tiny.en for en, base for de)": (
        "Name oder Ordner des Whisper-Modells (Standard: tiny.en für en, base für de)"
    ),
    "Whisper precision, e.g. int8, float16 (default: by device)": (
        "Genauigkeit von Whisper, z. B. int8, float16 (Standard: je nach Gerät)"
    ),
    "print the result as JSON on stdout": "das Ergebnis als JSON auf stdout ausgeben",
    # judge
    "Judge what a reply says, typed instead of spoken: the content findings and the score. Try a scenario's "
    "phrasings in seconds.": (
        "Bewerten, was eine Antwort sagt, getippt statt gesprochen: die inhaltlichen Hinweise und die Punkte. "
        "So lassen sich die Formulierungen eines Szenarios in Sekunden ausprobieren."
    ),
    "scenario id or YAML path": "Szenario-ID oder YAML-Pfad",
    "the turn answered: 1, 2, ... or its id (default: 1)": "der beantwortete Schritt: 1, 2, … oder seine ID (Standard: 1)",
    "the reply, as the trainee would say it": "die Antwort, wie Sie sie sagen würden",
    # call
    "Run a practice call on the microphone and speaker/headset without the app; prints one line per judged turn.": (
        "Einen Übungsanruf über Mikrofon und Lautsprecher/Headset ohne die App führen; eine Zeile je bewertetem "
        "Schritt."
    ),
    "scenario id or path (see 'voicecoach scenarios list')": "Szenario-ID oder Pfad (siehe 'voicecoach scenarios list')",
    "stop after N judged turns": "nach N bewerteten Schritten aufhören",
    "microphone: number or (part of the) name": "Mikrofon: Nummer oder (Teil des) Namens",
    "speaker/headset: number or (part of the) name": "Lautsprecher/Headset: Nummer oder (Teil des) Namens",
    "print each judged turn as one line of JSON": "jeden bewerteten Schritt als eine Zeile JSON ausgeben",
    "no microphone: the replies are synthesized good answers": "ohne Mikrofon: die Antworten sind synthetische gute Antworten",
    "with --demo: the reply to turn N is the N-th file given (repeatable)": (
        "mit --demo: die Antwort auf Schritt N ist die N-te angegebene Datei (mehrfach möglich)"
    ),
    "with --demo: run the call X times faster than real time (default 1)": (
        "mit --demo: den Anruf FAKTOR-mal so schnell wie in Echtzeit laufen lassen (Standard 1)"
    ),
    "how long to wait for you to start answering (at least 8; default 15)": (
        "wie lange auf den Beginn Ihrer Antwort gewartet wird (mindestens 8; Standard 15)"
    ),
    "subtract no echo from the microphone, even when the app's headset check saved one for these devices": (
        "kein Echo vom Mikrofon abziehen, auch wenn der Headset-Test der App eines für diese Geräte gespeichert hat"
    ),
    "list the audio devices and exit": "die Audiogeräte auflisten und beenden",
    "no progress lines on stderr": "keine Fortschrittszeilen auf stderr",
    # history, report, forget
    "print a JSON array (newest first)": "ein JSON-Array ausgeben (neueste zuerst)",
    "trends per skill, recurring findings, what to practise next": (
        "Entwicklung je Fähigkeit, häufige Hinweise, was als Nächstes zu üben ist"
    ),
    "session id (see 'voicecoach history'), or 'last'": "Sitzungs-ID (siehe 'voicecoach history') oder 'letzte'",
    "html, md or json (default: from the -o suffix, else md)": "html, md oder json (Standard: nach der Endung von -o, sonst md)",
    "file to write (default: print it)": "zu schreibende Datei (Standard: auf dem Bildschirm ausgeben)",
    "an HTML report, into FILE when given": "auch einen HTML-Bericht schreiben (in DATEI, falls angegeben)",
    "session id (see 'voicecoach history')": "Sitzungs-ID (siehe 'voicecoach history')",
    "delete the whole history and every recording": "den ganzen Verlauf und alle Aufnahmen löschen",
    "do not ask for confirmation": "nicht nachfragen",
    "also write the report as a self-contained HTML page": "den Bericht zusätzlich als eigenständige HTML-Seite schreiben",
    **BATCH_HELP,  # voicecoach batch, history --agent (core/words/batch.py)
}

#: The values a user types for an option with fixed values: kind -> the value the program works
#: with (English) -> its German words. The first German word is what German help and messages show;
#: every German word and the English value are accepted in either language, in any case
#: (:func:`choice_value`). A kind without German words shows the same value in both languages.
CHOICES: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "channel": {"left": ("links",), "right": ("rechts",)},
    "gender": {"female": ("weiblich", "w"), "male": ("männlich", "maennlich", "m"), "diverse": ("divers", "d")},
    "difficulty": {"easy": ("leicht",), "medium": ("mittel",), "hard": ("schwer",)},
    "mood": {
        "calm": ("ruhig",),
        "friendly": ("freundlich",),
        "annoyed": ("genervt",),
        "angry": ("wütend", "wuetend"),
        "confused": ("verwirrt",),
        "sceptical": ("skeptisch", "skeptic", "skeptical"),
        "hurried": ("eilig", "in Eile"),
        "sad": ("traurig",),
    },
    "language": {"de": ("deutsch", "german"), "en": ("englisch", "english")},
    "device": {"auto": (), "cpu": (), "cuda": ()},
    "format": {"html": (), "md": ("markdown",), "json": ()},
}

#: What a user may type for "the newest session" (``voicecoach report last``).
LAST_SESSION: tuple[str, ...] = ("last", "latest", "letzte", "letzter", "letztes", "neueste", "neuester", "neuestes")

#: Kinds whose values are codes the same in both languages (de|en): German help shows the code.
_SHOWN_AS_CODE = ("language", "device", "format")


def choice_value(kind: str, text: str) -> str | None:
    """The value of option kind ``kind`` that ``text`` names, in English or German, any case
    (``choice_value("channel", "Links")`` -> ``"left"``); None when it names none."""
    wanted = " ".join(text.split()).casefold()
    for value, german in CHOICES[kind].items():
        if wanted == value.casefold() or wanted in (word.casefold() for word in german):
            return value
    return None


def shown_choices(kind: str, language: str) -> tuple[str, ...]:
    """The values of ``kind`` as help and messages show them in ``language``: ``("links",
    "rechts")`` / ``("left", "right")``."""
    values = CHOICES[kind]
    if language != "de" or kind in _SHOWN_AS_CODE:
        return tuple(values)
    return tuple(german[0] if german else value for value, german in values.items())


def shown_choice(kind: str, value: str, language: str) -> str:
    """One value of ``kind`` as ``language`` shows it: ``shown_choice("gender", "male", "de")`` -> "männlich"."""
    return dict(zip(CHOICES[kind], shown_choices(kind, language), strict=True)).get(value, value)


#: Lines ``voicecoach`` itself prints, and the headers of ``voicecoach history``.
LINES: dict[str, Words] = {
    "stopped": {"de": "abgebrochen", "en": "stopped"},
    "audio_hanging": {
        "de": "das Audiogerät hat nicht geantwortet; ohne darauf zu warten beendet",
        "en": "the audio device did not respond; closed without waiting for it",
    },
    "note": {"de": "Hinweis: {message}", "en": "note: {message}"},
    "bad_lang": {
        "de": "--lang {value}: unbekannte Sprache; de oder en angeben",
        "en": "--lang {value}: unknown language; give de or en",
    },
    "history.none": {
        "de": "(noch keine Sitzungen; mit 'voicecoach' üben, dann erscheinen sie hier)",
        "en": "(no sessions yet; practise with 'voicecoach', then see them here)",
    },
    "history.id": {"de": "ID", "en": "ID"},
    "history.started": {"de": "BEGINN", "en": "STARTED"},
    "history.scenario": {"de": "SZENARIO", "en": "SCENARIO"},
    "history.lang": {"de": "SPRACHE", "en": "LANG"},
    "history.turns": {"de": "SCHRITTE", "en": "TURNS"},
    "history.score": {"de": "PUNKTE", "en": "SCORE"},
    "history.status": {"de": "STATUS", "en": "STATUS"},
    "history.files": {"de": "(Dateien)", "en": "(files)"},
    "history.demo": {"de": "Demo-Anruf", "en": "demo"},
    # argparse: a value the option does not take (after "Argument --mood: ")
    "bad_choice": {
        "de": "„{value}“ gibt es hier nicht; möglich: {choices}",
        "en": "'{value}' is not one of: {choices}",
    },
    "not_whole": {
        "de": "„{value}“ ist keine ganze Zahl, z. B. 3",
        "en": "'{value}' is not a whole number, e.g. 3",
    },
    "not_number": {
        "de": "„{value}“ ist keine Zahl, z. B. 1,5",
        "en": "'{value}' is not a number, e.g. 1.5",
    },
    "not_channel": {
        "de": "„{value}“ ist kein Kanal; links, rechts oder eine Kanalnummer ab 0 angeben",
        "en": "'{value}' is not a channel; give left, right or a channel number from 0",
    },
    # after every usage error, so the line names the fix
    "see_help": {
        "de": "{message} (Hilfe: {prog} --help)",
        "en": "{message} (help: {prog} --help)",
    },
}

#: The progress lines of ``voicecoach call`` (stderr) and its line per judged turn (stdout).
CALL: dict[str, Words] = {
    "started": {
        "de": "Anruf gestartet: {title} ({persona}, {mood})",
        "en": "call started: {title} ({persona}, {mood})",
    },
    "session": {"de": ", Sitzung {id}", "en": ", session {id}"},
    "customer": {
        "de": "Schritt {step} ({turn}) · Antwort {n}: {the_customer} spricht ({seconds:.1f} s)",
        "en": "step {step} ({turn}) · reply {n}: customer speaking ({seconds:.1f} s)",
    },
    "note": {"de": "Hinweis: {message}", "en": "note: {message}"},
    "customer_done": {
        "de": "{The_customer} spricht bis {time:.2f} s{cut}; Sie sind dran",
        "en": "customer done at {time:.2f} s{cut}; your turn",
    },
    "cut": {"de": " (unterbrochen)", "en": " (cut off)"},
    "you_speak": {"de": "Sie sprechen ab {time:.2f} s", "en": "you speak at {time:.2f} s"},
    "stops": {"de": "{the_customer} hält inne und protestiert", "en": "the customer stops and protests"},
    "talks_on": {"de": "{the_customer} spricht weiter", "en": "the customer talks on"},
    "interrupted": {"de": "unterbrochen bei {time:.2f} s: {how}", "en": "interrupted at {time:.2f} s: {how}"},
    "cuts_in": {
        "de": "Einwurf {of_the_customer} bei {time:.2f} s: {text}",
        "en": "customer cuts in at {time:.2f} s: {text}",
    },
    "reply_over": {
        "de": "Antwort beendet bei {time:.2f} s ({reason}); wird bewertet",
        "en": "reply over at {time:.2f} s ({reason}); judging",
    },
    "no_answer": {"de": "keine Antwort innerhalb von {waited:g} s", "en": "no answer within {waited:g} s"},
    "ended": {"de": "Anruf beendet ({reason})", "en": "call ended ({reason})"},
    "mic_silent": {
        "de": "Hinweis: Das Mikrofon hört nichts ({peak:.0f} dBFS seit {seconds:.0f} s); prüfen, ob es eingesteckt "
        "und nicht stummgeschaltet ist, oder mit --input-device ein anderes wählen",
        "en": "note: the microphone hears nothing ({peak:.0f} dBFS for {seconds:.0f} s); check that it is plugged in "
        "and not muted, or pick another with --input-device",
    },
    "turn": {
        "de": "Schritt {step} ({turn}) · Antwort {n}: {score:# Punkt|# Punkte}  {found}  | Sie sagten: {said}",
        "en": "step {step} ({turn}) · reply {n}: score {score}  {found}  | you said: {said}",
    },
    "no_problems": {"de": "keine Probleme gefunden", "en": "no problems found"},
    "nothing": {"de": "(nichts)", "en": "(nothing)"},
}
