"""The words of the command line and of the session reports.

``voicecoach analyze`` (:data:`ANALYZE`), ``voicecoach history --progress`` (:data:`PROGRESS`) and
the HTML/Markdown reports (:data:`REPORT`). Finding kinds, skills and metrics are named in
:mod:`voicecoach.core.words.names`, the same as on screen.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from voicecoach.core.words.lookup import language_of, number

Words = Mapping[str, str]


def percent(share: float, language: str | None, digits: int = 0) -> str:
    """A share of 0–1 in per cent: ``0.45`` -> "45 %" in German (a no-break space before the
    sign, as DIN 5008 writes it, so a line never breaks between them), "45%" in English."""
    value = number(100 * share, language, digits)
    return f"{value}\u00a0%" if language_of(language) == "de" else f"{value}%"


def date_time(moment: datetime | date, language: str | None, *, time: bool = True) -> str:
    """A date (and time) as the language writes it: "01.12.2026 14:05" in German,
    "2026-12-01 14:05" in English (ISO, unambiguous); ``time=False``: the date alone.
    ``moment`` is shown as given (convert it to local time first)."""
    german = language_of(language) == "de"
    day = moment.strftime("%d.%m.%Y" if german else "%Y-%m-%d")
    if not time or not isinstance(moment, datetime):
        return day
    return f"{day} {moment.strftime('%H:%M')}"


#: The readable report of ``voicecoach analyze``.
ANALYZE: dict[str, Words] = {
    "title": {"de": "Auswertung des Gesprächsschritts", "en": "Turn analysis"},
    # the scenario by its title (quoted), the step by its number and the customer's line; never ids
    "scenario": {"de": "Szenario {title}, Schritt {turn}", "en": "scenario {title}, turn {turn}"},
    "no_scenario": {"de": "ohne Szenario", "en": "no scenario"},
    "language": {"de": "Sprache {lang}", "en": "language {lang}"},
    "timeline": {"de": "Zeitachse (ein Zeichen = {step} s)", "en": "Timeline (one character = {step} s)"},
    "customer": {"de": "Kundin/Kunde", "en": "customer"},
    "you": {"de": "Sie", "en": "you"},
    "both": {"de": "beide", "en": "both"},
    "marks": {"de": "Hinweise", "en": "findings"},
    "transcript": {"de": "Mitschrift", "en": "Transcript"},
    "nothing": {"de": "(nichts verstanden)", "en": "(no words recognised)"},
    "findings": {"de": "Hinweise", "en": "Findings"},
    "none": {"de": "Keine – so darf es bleiben.", "en": "None – keep it that way."},
    "tip": {"de": "Tipp", "en": "Tip"},
    "score": {"de": "Bewertung", "en": "Score"},
    "total": {"de": "gesamt", "en": "total"},
    "notes": {"de": "Hinweise", "en": "Notes"},
    "input_nonfinite": {
        "de": "{count:# Abtastwert|# Abtastwerte} ({side}) {count:war keine Zahl|waren keine Zahlen} (NaN/Inf) und "
        "{count:wurde|wurden} als Stille gewertet",
        "en": "{count:# sample|# samples} ({side}) {count:was not a number|were not numbers} (NaN/Inf) and "
        "{count:was|were} taken as silence",
    },
    "input_echo": {
        "de": "Echo der Kundenstimme in Ihrer Spur entfernt ({delay} ms verzögert, {level} dB)",
        "en": "echo of the customer's voice removed from your track ({delay} ms late, {level} dB)",
    },
}

#: ``voicecoach history --progress``.
PROGRESS: dict[str, Words] = {
    "none": {
        "de": "Noch keine bewerteten Sitzungen; üben Sie mit 'voicecoach'.",
        "en": "No judged sessions yet; practise with 'voicecoach'.",
    },
    "demo_only": {
        "de": "Noch keine bewerteten Übungssitzungen: {n:# Demo-Anruf zählt|# Demo-Anrufe zählen} nicht, weil "
        "die App dort die Antworten spricht. Zum Üben 'voicecoach' starten und selbst anrufen (mit Headset) "
        "oder 'voicecoach call SZENARIO'.",
        "en": "No judged practice sessions yet: {n:# demo call does|# demo calls do} not count, since the app "
        "speaks the replies there. To practise, start 'voicecoach' and make the call yourself (with a headset) "
        "or run 'voicecoach call SCENARIO'.",
    },
    "trend": {
        "de": "Entwicklung je Fähigkeit (älteste zuerst, letzte fünf Sitzungen)",
        "en": "Per-skill trend (oldest first, last five sessions)",
    },
    "total": {"de": "Gesamt", "en": "Total"},
    "recurring": {"de": "Häufigste Hinweise", "en": "Most frequent findings"},
    "times": {"de": "{n}× in {m:# Sitzung|# Sitzungen}", "en": "{n}× in {m:# session|# sessions}"},
    "best": {"de": "Bestes Szenario", "en": "Best scenario"},
    "worst": {"de": "Schwächstes Szenario", "en": "Weakest scenario"},
    "next": {"de": "Als Nächstes üben", "en": "Practise next"},
    "suggest_skill": {"de": "Fähigkeit {skill} (zuletzt am schwächsten)", "en": "the skill {skill} (weakest lately)"},
    "suggest_kind": {"de": "achten Sie auf: {kind}", "en": "watch out for: {kind}"},
    "suggest_scenario": {
        "de": "Szenario {title} noch einmal üben (voicecoach call {scenario})",
        "en": "the scenario {title} again (voicecoach call {scenario})",
    },
    "average": {
        "de": "Schnitt {avg}, zuletzt {last}, {n:# Sitzung|# Sitzungen}",
        "en": "average {avg}, last {last}, {n:# session|# sessions}",
    },
}

#: The session report (HTML and Markdown); ``footer`` takes ``version``.
REPORT: dict[str, Words] = {
    "report": {"de": "Trainingsbericht", "en": "Practice report"},
    "scenario": {"de": "Szenario", "en": "Scenario"},
    "started": {"de": "Beginn", "en": "Started"},
    "ended": {"de": "Ende", "en": "Ended"},
    "status": {"de": "Status", "en": "Status"},
    "mode": {"de": "Art", "en": "Kind"},
    "demo": {
        "de": "Demo-Anruf: die App hat die Antworten gesprochen; zählt nicht zum Fortschritt",
        "en": "demo: the app spoke the replies; not counted in progress",
    },
    "status.completed": {"de": "abgeschlossen", "en": "completed"},
    "status.aborted": {"de": "abgebrochen", "en": "hung up early"},
    "status.in_progress": {"de": "nicht beendet", "en": "not finished"},
    "status.device_lost": {"de": "Audiogerät verloren", "en": "audio device lost"},
    "total": {"de": "Gesamt", "en": "Total"},
    "skills": {"de": "Fähigkeiten", "en": "Skills"},
    "skill": {"de": "Fähigkeit", "en": "Skill"},
    "turn": {"de": "Gesprächsschritt", "en": "Turn"},
    #: A practice turn's heading: the step by its number in the scenario file (as ``scenarios show``
    #: numbers it) and the reply's place in the call (branches and retries make the two differ).
    "step_reply": {"de": "Schritt {step} ({line}) · Antwort {n}", "en": "Step {step} ({line}) · reply {n}"},
    "reply": {"de": "Antwort {n}", "en": "Reply {n}"},
    "score": {"de": "Punkte", "en": "Score"},
    "customer": {"de": "Kundin/Kunde", "en": "Customer"},
    "trainee": {"de": "Sie", "en": "You"},
    "timeline": {"de": "Zeitleiste", "en": "Timeline"},
    "overlap": {"de": "gleichzeitig gesprochen", "en": "both speaking"},
    "line_end": {"de": "Satzende {of_the_customer}", "en": "end of {of_the_customer} line"},
    "transcript": {"de": "Mitschrift", "en": "Transcript"},
    "findings": {"de": "Hinweise", "en": "Findings"},
    "no_findings": {"de": "Nichts zu beanstanden – gut gemacht.", "en": "Nothing to fault – well done."},
    "tip": {"de": "Tipp", "en": "Tip"},
    "metrics": {"de": "Messwerte", "en": "Metrics"},
    "points_off_n": {"de": "{n:# Punkt|# Punkte} Abzug", "en": "{n:# point|# points} off"},
    "disputed": {
        "de": "von Ihnen als falsch markiert, zählt nicht zur Punktzahl",
        "en": "marked wrong by you, not counted in the score",
    },
    "disputed_words": {"de": "gesagt", "en": "said"},
    # voicecoach judge: what a finding rests on
    "evidence.said": {"de": "Gesagt", "en": "Said"},
    "evidence.closest": {"de": "Am nächsten kam", "en": "Closest thing said"},
    "evidence.shown_by": {"de": "Erkannt an", "en": "Shown by"},
    "evidence.scenario": {"de": "der Stimmung, die das Szenario vorgibt", "en": "the mood the scenario sets"},
    "note": {"de": "Hinweis", "en": "note"},
    "no_turns": {
        "de": "In dieser Sitzung wurde kein Gesprächsschritt bewertet.",
        "en": "No turn of this session was judged.",
    },
    "recording_deleted": {
        "de": "Aufnahme nach Ablauf der Aufbewahrungsfrist gelöscht",
        "en": "recording deleted after the retention period",
    },
    "recording": {"de": "Aufnahme", "en": "Recording"},
    "nothing_said": {"de": "(nichts gesagt)", "en": "(nothing said)"},
    "footer": {
        "de": "Erstellt von voicecoach {version} auf diesem Rechner. Enthält persönliche Übungsdaten.",
        "en": "Made by voicecoach {version} on this computer. Contains personal practice data.",
    },
    "seconds": {"de": "s", "en": "s"},
    "severity.major": {"de": "wichtig", "en": "major"},
    "severity.minor": {"de": "klein", "en": "minor"},
    # how an "info" finding is shown (core.result.shown_severity): praise is "good", every other one a note
    "severity.good": {"de": "gut", "en": "good"},
    "severity.note": {"de": "Anmerkung", "en": "note"},
    "legend": {"de": "Legende", "en": "Legend"},
    "app_version": {"de": "Version", "en": "Version"},
    "replaced": {"de": "ersetzt durch Antwort {by}, zählt nicht", "en": "replaced by reply {by}, not counted"},
    "retry_of": {"de": "neuer Versuch von Antwort {of}", "en": "retry of reply {of}"},
    # a real call's report (voicecoach batch): the agent is not "you", an exchange is not a practice turn
    "agent": {"de": "Mitarbeitende", "en": "Agent"},
    "length": {"de": "Dauer", "en": "Length"},
    "call.report": {"de": "Gesprächsbericht", "en": "Call report"},
    "call.turn": {"de": "Abschnitt", "en": "Exchange"},
    "call.trainee": {"de": "Mitarbeitende", "en": "Agent"},
    "call.footer": {
        "de": "Erstellt von voicecoach {version} auf diesem Rechner. Enthält personenbezogene Gesprächsdaten.",
        "en": "Made by voicecoach {version} on this computer. Contains personal data from a recorded call.",
    },
}

#: ``voicecoach scenarios learn``: findings trainees marked as wrong, turned into phrasings.
LEARN: dict[str, Words] = {
    "none": {
        "de": "Keine offenen Markierungen für {id}: Auf der Rückmeldungsseite markiert w einen Hinweis als falsch.",
        "en": "No open marks for {id}: on the feedback screen, w marks a finding as wrong.",
    },
    "turn": {"de": "Schritt {n} ({id})", "en": "turn {n} ({id})"},
    "turn_gone": {"de": "Schritt {id} (nicht mehr im Szenario)", "en": "turn {id} (no longer in the scenario)"},
    "session": {"de": "Sitzung {id}", "en": "session {id}"},
    "said": {"de": "gesagt: {words}", "en": "said: {words}"},
    "suggest": {"de": "Vorschlag: {phrase} → {where}", "en": "suggested: {phrase} → {where}"},
    "no_target": {
        "de": "keine Formulierung behebt diese Art Hinweis; bitte von Hand prüfen",
        "en": "no phrasing fixes this kind of finding; review it by hand",
    },
    "ask_phrase": {
        "de": "{n}. Welche Formulierung ergänzen? [{phrase}] (- überspringt): ",
        "en": "{n}. Phrase to add? [{phrase}] (- skips): ",
    },
    "ask_where": {"de": "Wohin? {choices} [1]: ", "en": "Where? {choices} [1]: "},
    "bad_choice": {
        "de": "„{answer}“ ist keine der Nummern; übersprungen",
        "en": "'{answer}' is not one of the numbers; skipped",
    },
    "written": {"de": "{phrase} ergänzt bei {where}", "en": "added {phrase} to {where}"},
    "already": {"de": "{phrase} steht schon bei {where}", "en": "{phrase} is already in {where}"},
    "done": {
        "de": "{n:# Markierung|# Markierungen} übernommen; Datei: {path}",
        "en": "{n:# mark|# marks} learned; file: {path}",
    },
    "shipped": {
        "de": "{id} wird mit voicecoach ausgeliefert und ist schreibgeschützt; kopieren Sie es in Ihre "
        "Bibliothek (mkdir -p {target.parent} && cp {path} {target}), ändern Sie dort 'id:' in {new} und rufen "
        "Sie 'voicecoach scenarios learn {id} --into {new}' auf",
        "en": "{id} ships with voicecoach and is read-only; copy it into your library "
        "(mkdir -p {target.parent} && cp {path} {target}), change its 'id:' to {new} there, then run "
        "'voicecoach scenarios learn {id} --into {new}'",
    },
}
