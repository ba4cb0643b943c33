"""The German of the problems a scenario file can have (``voicecoach scenarios validate`` and every
place a scenario is loaded): the loader's and the schema's own checks, the YAML limits, text a
voice cannot say, and pydantic's error types turned into our words (one template per type, the
same for the settings file: ``adapters/pydantic_problems.py``).

Keyed by the English template, merged into :data:`voicecoach.core.words.messages.MESSAGES`. A
value written ``{value}`` is the user's own value in single quotes ('abc') or a :class:`Said`
("eine Liste"); ``{guide}`` is the path of the format guide.
"""

from __future__ import annotations

from collections.abc import Mapping

#: English template -> German template.
SCENARIO_MESSAGES: Mapping[str, str] = {
    # -- reading the file (adapters/library.py) ---------------------------------------------------
    "cannot be read (permission denied); skipped, check its permissions": "nicht lesbar (keine Berechtigung); übersprungen, die Zugriffsrechte prüfen",
    "cannot be read ({reason}); skipped, check the disk and the path": "nicht lesbar ({reason}); übersprungen, den Datenträger und den Pfad prüfen",
    "'{id}' is already used by {other}; rename one": "„{id}“ wird schon von {other} verwendet; eines der beiden umbenennen",
    "the file is {size}, over the limit of {limit} for a scenario; split it into several scenarios": "die Datei hat {size}, mehr als die für ein Szenario erlaubten {limit}; auf mehrere Szenarien aufteilen",
    "is a folder; give its {file} or the folder itself": "ist ein Ordner; die Datei {file} darin oder den Ordner selbst angeben",
    "cannot read the file (permission denied); check its permissions": "die Datei ist nicht lesbar (keine Berechtigung); die Zugriffsrechte prüfen",
    "cannot read the file ({reason}); check the path": "die Datei ist nicht lesbar ({reason}); den Pfad prüfen",
    "not UTF-8 text (byte 0x{byte}); save the file as UTF-8 in your editor": "kein UTF-8-Text (Byte 0x{byte}); die Datei im Editor als UTF-8 speichern",
    "tab in the indentation; YAML needs spaces, replace the tab with spaces": "Tabulator in der Einrückung; YAML braucht Leerzeichen, den Tabulator durch Leerzeichen ersetzen",
    "a second YAML document ('---'); keep one scenario per file": "ein zweites YAML-Dokument ('---'); nur ein Szenario je Datei",
    "key '{key}' is given twice (first on line {first}); YAML would keep only this one, so delete or rename one of them": "der Schlüssel „{key}“ kommt zweimal vor (zuerst in Zeile {first}); YAML würde nur diesen behalten, also einen davon löschen oder umbenennen",
    "the file is empty; start from a copy of scenarios/late-delivery-de.yaml": "die Datei ist leer; mit einer Kopie von scenarios/late-delivery-de.yaml beginnen",
    "the file holds {kind}, but a scenario is a mapping (id:, title:, language:, turns: ...); one scenario per file": "die Datei enthält {kind}, ein Szenario besteht aber aus Schlüsseln mit Werten (id:, title:, language:, turns: …); ein Szenario je Datei",
    "is not a folder (named by VOICECOACH_SCENARIOS or given); check the path": "ist kein Ordner (in VOICECOACH_SCENARIOS genannt oder angegeben); den Pfad prüfen",
    "audio file '{relative}': {reason}": "Audiodatei „{relative}“: {reason}",
    "audio file '{relative}' is missing in {folder}; record it or remove the key": "die Audiodatei „{relative}“ fehlt in {folder}; sie aufnehmen oder den Schlüssel entfernen",
    # -- malformed YAML: PyYAML's problems in our words ---------------------------------------------
    "malformed YAML: {words}": "fehlerhaftes YAML: {words}",
    "malformed YAML: {detail}; check the indentation and quoting": "fehlerhaftes YAML; Einrückung und Anführungszeichen prüfen",
    "a ':' where no key can start; check this line's indentation, or put quotes around a text that holds ': '": "ein ':' an einer Stelle, an der kein Schlüssel beginnen kann; die Einrückung der Zeile prüfen oder einen Text mit ': ' in Anführungszeichen setzen",
    "a key without ':' (or an unclosed quote); check the line above too": "ein Schlüssel ohne ':' (oder ein nicht geschlossenes Anführungszeichen); auch die Zeile darüber prüfen",
    "a line does not fit the indentation of the keys around it": "eine Zeile passt nicht zur Einrückung der umgebenden Schlüssel",
    "a list item does not fit the indentation of the items around it": "ein Listeneintrag passt nicht zur Einrückung der umgebenden Einträge",
    "a line does not fit the indentation of the lines around it": "eine Zeile passt nicht zur Einrückung der umgebenden Zeilen",
    "a quote or bracket is not closed": "ein Anführungszeichen oder eine Klammer ist nicht geschlossen",
    "a quote opened on this line is not closed; add the closing quote at the end of the text": (
        "ein Anführungszeichen in dieser Zeile wird nicht geschlossen; setzen Sie das schließende ans Ende des Textes"
    ),
    "a list in [...] is not closed with ']'": "eine Liste in [...] ist nicht mit ']' geschlossen",
    "a mapping in curly brackets is not closed": "eine Zuordnung in geschweiften Klammern ist nicht geschlossen",
    "an alias (*name) without its anchor (&name)": "ein Alias (*name) ohne seinen Anker (&name)",
    "an unknown escape with '\\' in a double-quoted text": "eine unbekannte Escape-Sequenz mit '\\' in einem Text in doppelten Anführungszeichen",
    # -- YAML over a limit (adapters/yaml_limits.py) ------------------------------------------------
    "{size:# byte|# bytes}": "{size:# Byte|# Bytes}",
    "the alias '*{anchor}' is used inside its own anchor '&{anchor}', which never ends; write the value out instead": "der Alias '*{anchor}' steht in seinem eigenen Anker '&{anchor}', was eine endlose Schleife ergibt; den Wert stattdessen ausschreiben",
    "nested more than {depth} levels deep; check the brackets and the indentation": "mehr als {depth} Ebenen tief verschachtelt; Klammern und Einrückung prüfen",
    "more than {nodes:,} values once its aliases (*name) are expanded; write the values out or use fewer aliases": "mehr als {nodes:,} Werte, wenn die Aliase (*name) aufgelöst sind; die Werte ausschreiben oder weniger Aliase verwenden",
    # -- pydantic's error types, one template each --------------------------------------------------
    "expected text, got {value}": "Text erwartet, nicht {value}",
    "expected a number, got {value}": "eine Zahl erwartet, nicht {value}",
    "expected a whole number, got {value}": "eine ganze Zahl erwartet, nicht {value}",
    "expected true or false, got {value}": "true oder false erwartet, nicht {value}",
    "expected a mapping (key: value lines), got {value}": "Schlüssel mit Werten erwartet (Zeilen der Form 'key: value'), nicht {value}",
    "expected a list (lines starting with '- ', or [a, b]), got {value}": "eine Liste erwartet (Zeilen, die mit '- ' beginnen, oder [a, b]), nicht {value}",
    "expected a date and time (2026-05-04T09:30:00), got {value}": "Datum und Uhrzeit erwartet (2026-05-04T09:30:00), nicht {value}",
    "{value} is too small; give a number above {limit:g}": "{value} ist zu klein; eine Zahl über {limit:g} angeben",
    "{value} is too small; give {limit:g} or more": "{value} ist zu klein; {limit:g} oder mehr angeben",
    "{value} is too large; give a number below {limit:g}": "{value} ist zu groß; eine Zahl unter {limit:g} angeben",
    "{value} is too large; give {limit:g} or less": "{value} ist zu groß; {limit:g} oder weniger angeben",
    "a mapping": "Schlüssel mit Werten",
    "nothing": "nichts",
    "did you mean '{close}'?": "meinten Sie „{close}“?",
    "known keys here: {known}": "bekannte Schlüssel hier: {known}",
    "check the spelling": "die Schreibweise prüfen",
    "unknown key '{key}'; {hint} (see {guide})": "unbekannter Schlüssel „{key}“; {hint} (siehe {guide})",
    "unknown key '{key}'; {hint}": "unbekannter Schlüssel „{key}“; {hint}",
    "required key is missing; add it": "dieser Pflichtschlüssel fehlt; ihn ergänzen",
    # German lists the German names a file may give too ("medium/mittel"); English only the English
    "{value} is not allowed here; use one of: {allowed}": "{value} ist hier nicht erlaubt; einen dieser Werte angeben: {allowed}",
    "must not be empty": "darf nicht leer sein",
    "too long: at most {limit:# character|# characters}": "zu lang: höchstens {limit:# Zeichen|# Zeichen}",
    "a scenario needs at least one turn": "ein Szenario braucht mindestens einen Schritt",
    "too many turns (at most 12); split it into two scenarios": "zu viele Schritte (höchstens 12); auf zwei Szenarien aufteilen",
    "too few entries: at least {limit} needed": "zu wenige Einträge: mindestens {limit} nötig",
    "too many entries: at most {limit} allowed": "zu viele Einträge: höchstens {limit} erlaubt",
    "{value} is not valid here ({detail}); see {guide}": "{value} ist hier ungültig; siehe {guide}",
    "{value} is not valid here ({detail})": "{value} ist hier ungültig",
    # -- the schema's own checks (core/scenario.py) -------------------------------------------------
    "'{value}' is an absolute path; give it relative to the scenario folder, e.g. audio/t1.wav": "„{value}“ ist ein absoluter Pfad; ihn relativ zum Szenario-Ordner angeben, z. B. audio/t1.wav",
    "'{value}' leaves the scenario folder; keep recordings inside it, e.g. audio/t1.wav": "„{value}“ führt aus dem Szenario-Ordner hinaus; Aufnahmen darin ablegen, z. B. audio/t1.wav",
    "'{value}' is not a sound file; use one of {suffixes}": "„{value}“ ist keine Audiodatei; eine dieser Endungen verwenden: {suffixes}",
    "'{value}' is not a Piper voice name like de_DE-thorsten-medium or en_US-joe-medium (language_REGION-name-quality), nor a path to a voice (.onnx file or folder)": "„{value}“ ist weder der Name einer Piper-Stimme wie de_DE-thorsten-medium oder en_US-joe-medium (Sprache_REGION-Name-Qualität) noch der Pfad zu einer Stimme (.onnx-Datei oder Ordner)",
    "'{value}' is not a gender here; use female, male or diverse (it picks Kundin/Kunde, sie/ihn and von Frau/von Herrn in German texts)": "„{value}“ ist hier kein Geschlecht; female, male oder diverse angeben (danach richten sich in deutschen Texten Kundin/Kunde, sie/ihn und von Frau/von Herrn)",
    "'{gender}' does not match '{address}' in the name; use gender: {implied}": "„{gender}“ passt nicht zu „{address}“ im Namen; gender: {implied} angeben",
    "a key point needs a name, e.g. apology: [tut mir leid]": "ein Kernpunkt braucht einen Namen, z. B. apology: [tut mir leid]",
    "key point '{key}' needs at least one phrasing": "der Kernpunkt „{key}“ braucht mindestens eine Formulierung",
    "'{value}' is not a form of address; use sie or du": "„{value}“ ist keine Anrede; 'sie' oder 'du' angeben",
    "'address: {address}' is for German scenarios (sie or du); '{language}' has no such choice, so remove it": "„address: {address}“ gilt nur für deutsche Szenarien ('sie' oder 'du'); „{language}“ kennt diese Wahl nicht, also die Zeile entfernen",
    "use lowercase letters, digits, '-' and '_'": "nur Kleinbuchstaben, Ziffern, '-' und '_' verwenden",
    "give at least one outcome, e.g. {good: t3, poor: t2}": "mindestens ein Ergebnis angeben, z. B. {good: t3, poor: t2}",
    "unknown outcome '{key}'; use one of {outcomes}": "unbekanntes Ergebnis „{key}“; eines dieser Ergebnisse angeben: {outcomes}",
    "give a turn id or 'end'": "eine Schritt-ID oder 'end' angeben",
    "give a turn id, 'end', or outcomes like {{good: t3, poor: t2}} ({outcomes})": "eine Schritt-ID, 'end' oder Ergebnisse wie {{good: t3, poor: t2}} angeben ({outcomes})",
    "use lowercase letters, digits, '-' and '_', e.g. late-delivery-de": "nur Kleinbuchstaben, Ziffern, '-' und '_' verwenden, z. B. late-delivery-de",
    "weight of {skill} must not be negative": "das Gewicht von {skill} darf nicht negativ sein",
    "turn id '{turn_id}' is already used by turns[{first}]": "die Schritt-ID „{turn_id}“ wird schon von turns[{first}] verwendet",
    "unknown turn '{target}' (known: {known}, or 'end')": "unbekannter Schritt „{target}“ (bekannt: {known} oder 'end')",
    "none yet": "noch keine",
    "'{key}' is not a fact given up to this turn (given: {known})": "„{key}“ ist keine Angabe, die bis zu diesem Schritt genannt wurde (genannt: {known})",
    "the id ends in '-{suffix}' but language is '{language}'": "die ID endet auf '-{suffix}', die Sprache ist aber '{language}'",
    "'{voice}' speaks '{voice_language}', but the scenario's language is '{language}'; pick a {language} voice": "„{voice}“ spricht '{voice_language}', das Szenario ist aber in '{language}'; eine Stimme für '{language}' wählen",
    "turn '{turn_id}' is never reached; point a 'next' at it or remove it": "Schritt „{turn_id}“ wird nie erreicht; ein 'next' darauf zeigen lassen oder ihn entfernen",
    "from turn '{turn_id}' the call can never end; let one way lead to 'end' or a later turn": "ab Schritt „{turn_id}“ kann das Gespräch nie enden; einen Weg zu 'end' oder einem späteren Schritt führen lassen",
    # -- text a voice cannot say (core/speakable.py) ------------------------------------------------
    "'{text}' has no words to speak; write what the customer says": "„{text}“ enthält keine Wörter zum Sprechen; aufschreiben, was die Person am Telefon sagt",
    "'{shown}' cannot be spoken; write it out in words or remove it": "„{shown}“ lässt sich nicht sprechen; in Worten ausschreiben oder entfernen",
    # -- analyze: the sides of a call and the language notes (analysis.py) --------------------------
    "the customer's side": "die Seite der Kundin/des Kunden",
    "your side": "Ihre Seite",
    "the left channel of {path} (the customer's)": "der linke Kanal von {path} (Seite der Kundin/des Kunden)",
    "the left channel of {path} (yours)": "der linke Kanal von {path} (Ihre Seite)",
    "the right channel of {path} (the customer's)": "der rechte Kanal von {path} (Seite der Kundin/des Kunden)",
    "the right channel of {path} (yours)": "der rechte Kanal von {path} (Ihre Seite)",
    "language detected: {detected}": "erkannte Sprache: {detected}",
    "no language detected; judged as English": "keine Sprache erkannt; als Englisch ausgewertet",
    "language {detected} detected; judged as English": "Sprache {detected} erkannt; als Englisch ausgewertet",
}
