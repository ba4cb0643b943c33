"""The words of ``voicecoach batch`` (an archive of real calls) and of ``history --agent``.

:data:`BATCH` are its lines, ``key -> {"de", "en"}``; :data:`BATCH_HELP` the German help texts of
its options, keyed by the English text as :data:`voicecoach.core.words.command_line.HELP` is
(which takes them in)."""

from __future__ import annotations

from collections.abc import Mapping

from voicecoach.core.words.lookup import Words

BATCH: dict[str, Words] = {
    "plan": {
        "de": "{n:# Aufnahme|# Aufnahmen} gefunden ({hours} h Audio), {skipped} schon ausgewertet, "
        "{todo} jetzt auszuwerten mit {workers:# Prozess|# Prozessen}",
        "en": "found {n:# recording|# recordings} ({hours} h of audio), {skipped} done already, "
        "{todo} to judge now with {workers:# worker|# workers}",
    },
    "progress": {
        "de": "[{done}/{total}] {audio}/{audio_total} h Audio, {rate} h Audio pro Stunde, noch etwa {left}",
        "en": "[{done}/{total}] {audio}/{audio_total} h of audio, {rate} h of audio per hour, about {left} left",
    },
    "bar": {"de": "Gespräche", "en": "calls"},
    "bar_audio": {
        "de": "{audio}/{audio_total} h Audio · {rate} h/h",
        "en": "{audio}/{audio_total} h audio · {rate} h/h",
    },
    "ok": {"de": "ausgewertet", "en": "judged"},
    "failed": {"de": "fehlgeschlagen: {error}", "en": "failed: {error}"},
    "summary": {
        "de": "fertig: {ok} ausgewertet, {failed} fehlgeschlagen, {skipped} übersprungen; Ergebnisse in {out}",
        "en": "done: {ok} judged, {failed} failed, {skipped} skipped; results in {out}",
    },
    "nothing_to_do": {
        "de": "{n:keine Aufnahme auszuwerten|die einzige Aufnahme ist schon ausgewertet|alle # Aufnahmen sind schon ausgewertet} "
        "(Ergebnisse in {out})",
        "en": "{n:no recording to judge|the only recording is judged already|all # recordings are judged already} "
        "(results in {out})",
    },
    "unknown_left": {"de": "?", "en": "?"},
    "history.agent": {"de": "MITARBEITER", "en": "AGENT"},
    "history.call": {"de": "AUFNAHME", "en": "RECORDING"},
    "history.no_calls": {
        "de": "Keine echten Gespräche von {agent} im Verlauf; Aufnahmen echter Gespräche werten Sie mit 'voicecoach batch' aus.",
        "en": "No real calls of {agent} in the history; judge them with 'voicecoach batch'.",
    },
    "history.no_agent_calls": {
        "de": "Keine echten Gespräche im Verlauf; Aufnahmen echter Gespräche werten Sie mit 'voicecoach batch' aus.",
        "en": "No real calls in the history; judge them with 'voicecoach batch'.",
    },
}

BATCH_HELP: Mapping[str, str] = {
    "judge a folder of recorded calls on Ray; results to Parquet and the history": (
        "einen Ordner aufgenommener Gespräche mit Ray auswerten; Ergebnisse als Parquet und im Verlauf"
    ),
    "Judge every recorded call in a folder tree (or a glob) as 'analyze --call' does, on Ray: a local "
    "Ray by itself, or an existing cluster with --ray-address. Results go to Parquet (one row per call, "
    "one per finding) and into the history, per agent. A second run skips the calls done (by content) "
    "and tries the failed ones again.": (
        "Jedes aufgenommene Gespräch in einem Ordnerbaum (oder einem Glob) so auswerten wie 'analyze --call', "
        "mit Ray: ein eigenes lokales Ray oder ein vorhandener Cluster über --ray-address. Die Ergebnisse landen "
        "als Parquet (eine Zeile je Gespräch, eine je Hinweis) und, nach Mitarbeitenden getrennt, im Verlauf. Ein zweiter "
        "Lauf überspringt die fertigen Gespräche (nach Inhalt) und versucht die fehlgeschlagenen erneut."
    ),
    "a folder of recordings, or a glob such as 'calls/**/*.wav'": (
        "ein Ordner mit Aufnahmen oder ein Glob wie 'calls/**/*.wav'"
    ),
    "folder for the results (calls.parquet, findings.parquet)": (
        "Ordner für die Ergebnisse (calls.parquet, findings.parquet)"
    ),
    "the customer's channel in every recording": "der Kanal der Kundin oder des Kunden in jeder Aufnahme",
    "where the agent's name is in each path below the folder: '{agent}/*.wav', or a regex with (?P<agent>...)": (
        "wo der Name der oder des Mitarbeitenden im Pfad unter dem Ordner steht: '{agent}/*.wav' oder ein regulärer "
        "Ausdruck mit (?P<agent>...)"
    ),
    "join this Ray cluster (e.g. 10.0.0.5:6379, or auto) instead of starting a local Ray": (
        "diesem Ray-Cluster beitreten (z. B. 10.0.0.5:6379 oder auto), statt ein lokales Ray zu starten"
    ),
    "Ray workers, each with one Whisper model (default: 1 per core here, at most 1 per GB of memory; 2 on a cluster)": (
        "Ray-Worker, jeder mit einem Whisper-Modell (Standard: hier einer je Kern, höchstens einer je GB Arbeitsspeicher; auf einem Cluster 2)"
    ),
    "start Ray's dashboard (off by default: it listens on a port)": (
        "das Ray-Dashboard starten (standardmäßig aus, da es an einem Port lauscht)"
    ),
    "do not store the judged calls in the history": "die ausgewerteten Gespräche nicht im Verlauf speichern",
    "the scenario the calls follow (its exchanges are matched to its turns)": (
        "das Szenario, dem die Gespräche folgen (passende Abschnitte werden seinen Schritten zugeordnet)"
    ),
    "the real calls of this agent (from 'voicecoach batch')": (
        "die echten Gespräche dieser oder dieses Mitarbeitenden (aus 'voicecoach batch')"
    ),
    "every real call judged by 'voicecoach batch', not practice": (
        "alle mit 'voicecoach batch' ausgewerteten echten Gespräche, keine Übungen"
    ),
}

#: German of the messages ``voicecoach batch`` raises or says (``UserError``/``Said`` templates),
#: keyed by the English template; :data:`voicecoach.core.words.messages.MESSAGES` takes them in.
BATCH_MESSAGES: Mapping[str, str] = {
    "no recordings in {source} (looked for {suffixes}); give a folder or a glob": (
        "keine Aufnahmen in {source} (gesucht: {suffixes}); einen Ordner oder einen Glob angeben"
    ),
    "no files match {source}; check the pattern (quote it so the shell leaves it alone)": (
        "keine Datei passt zu {source}; das Muster prüfen (in Anführungszeichen setzen, damit die Shell es nicht auflöst)"
    ),
    "{source} does not exist; give a folder of recordings or a glob such as 'calls/*.wav'": (
        "{source} gibt es nicht; einen Ordner mit Aufnahmen oder einen Glob wie 'calls/*.wav' angeben"
    ),
    "--agent-pattern is not a valid regular expression ({error}); fix it": (
        "--agent-pattern ist kein gültiger regulärer Ausdruck ({error}); den Ausdruck korrigieren"
    ),
    "-o {folder} is a file; give a folder for the results": (
        "-o {folder} ist eine Datei; einen Ordner für die Ergebnisse angeben"
    ),
    "cannot write the results to {folder} ({reason}); pick another -o or fix its permissions": (
        "die Ergebnisse lassen sich nicht in {folder} schreiben ({reason}); ein anderes -o wählen "
        "oder die Berechtigungen korrigieren"
    ),
    "--agent-pattern '{pattern}' fits {n:no recording|not the only recording|none of the # recordings} "
    "(e.g. '{example}'); it is matched against the path below the folder given": (
        "--agent-pattern '{pattern}' passt zu {n:keiner Aufnahme|der einzigen Aufnahme nicht|keiner der # Aufnahmen} "
        "(z. B. '{example}'); "
        "es wird mit dem Pfad unterhalb des angegebenen Ordners verglichen"
    ),
    "cannot read the file ({reason})": "die Datei lässt sich nicht lesen ({reason})",
    "not saved in the history: {error}": "nicht im Verlauf gespeichert: {error}",
    "--customer-channel must be left or right, not '{value}'": (
        "--customer-channel muss links oder rechts sein, nicht '{value}'"
    ),
    "--language must be de or en, not '{value}'": "--language muss de oder en sein, nicht '{value}'",
    "--device must be auto, cpu or cuda, not '{value}'": "--device muss auto, cpu oder cuda sein, nicht '{value}'",
    "--workers must be a whole number of 1 or more, not '{value}'": (
        "--workers muss eine ganze Zahl ab 1 sein, nicht '{value}'"
    ),
    "voicecoach batch needs Ray; install it with: {hint}": "voicecoach batch braucht Ray; installieren mit: {hint}",
    "Parquet results need pyarrow; install it with: {hint}": (
        "Ergebnisse als Parquet brauchen pyarrow; installieren mit: {hint}"
    ),
    "could not start a local Ray ({reason}); check free memory and {folder}": (
        "ein lokales Ray ließ sich nicht starten ({reason}); freien Arbeitsspeicher und {folder} prüfen"
    ),
    "could not join the Ray cluster at {address} ({reason}); start it with 'ray start --head' or check --ray-address": (
        "der Beitritt zum Ray-Cluster unter {address} ist fehlgeschlagen ({reason}); den Cluster mit 'ray start --head' "
        "starten oder --ray-address prüfen"
    ),
    "the batch workers could not start ({reason})": "die Worker ließen sich nicht starten ({reason})",
    "--ray-address {address} is not HOST:PORT (e.g. 10.0.0.5:6379) or auto": (
        "--ray-address {address} ist weder HOST:PORT (z. B. 10.0.0.5:6379) noch auto"
    ),
}
