"""The words of a whole-call report: ``voicecoach analyze --call`` as text and as HTML.

One table, :data:`CALL`, shape ``key -> {"de": ..., "en": ...}`` like every table here; the
call-level metrics' names (with their units) are in :data:`CALL_METRICS`. Pure.
"""

from __future__ import annotations

from collections.abc import Mapping

Words = Mapping[str, str]

#: The report of a whole call (text and HTML).
CALL: dict[str, Words] = {
    "title": {"de": "Gesprächsauswertung", "en": "Call analysis"},
    "summary": {
        "de": "{n:# Abschnitt|# Abschnitte}, Dauer {length}, Sprache {lang}",
        "en": "{n:# exchange|# exchanges}, length {length}, language {lang}",
    },
    "scenario": {"de": "Szenario {title}", "en": "scenario {title}"},  # the title, quoted; never its id
    "no_scenario": {"de": "ohne Szenario", "en": "no scenario"},
    "score": {"de": "Bewertung (Durchschnitt der Abschnitte)", "en": "Score (mean of the exchanges)"},
    "total": {"de": "gesamt", "en": "total"},
    "metrics": {"de": "Kennzahlen des Gesprächs", "en": "Call metrics"},
    "exchanges": {"de": "Abschnitte", "en": "Exchanges"},
    "exchange": {"de": "Abschnitt {n}", "en": "Exchange {n}"},
    "opening": {"de": "Begrüßung", "en": "opening"},
    "step": {"de": "Szenario-Schritt {turn}", "en": "scenario turn {turn}"},
    "customer": {"de": "Kundin/Kunde", "en": "customer"},
    "agent": {"de": "Mitarbeitende", "en": "agent"},
    "both": {"de": "beide", "en": "both"},
    "marks": {"de": "Hinweise", "en": "findings"},
    "no_findings": {"de": "keine Hinweise", "en": "no findings"},
    "findings": {"de": "Hinweise", "en": "Findings"},
    "tip": {"de": "Tipp", "en": "Tip"},
    "notes": {"de": "Anmerkungen", "en": "Notes"},
    "nothing": {"de": "(nichts verstanden)", "en": "(no words recognised)"},
    "points": {"de": "{n:# Punkt|# Punkte}", "en": "{n:# point|# points}"},
    "timeline": {"de": "Zeitachse (ein Zeichen = {step})", "en": "Timeline (one character = {step})"},
    "timeline_html": {"de": "Zeitachse des Gesprächs", "en": "Timeline of the call"},
    "row": {"de": "eine Zeile = {span}", "en": "one row = {span}"},
    "to_finding": {"de": "zum Hinweis", "en": "to the finding"},
    "to_timeline": {"de": "zur Zeitachse", "en": "back to the timeline"},
    "to_exchange": {"de": "zum Abschnitt", "en": "to the exchange"},
    "overlap": {"de": "gleichzeitig gesprochen", "en": "both speaking"},
    "how_to_read": {
        "de": "Oben spricht die Kundin oder der Kunde, darunter die oder der Mitarbeitende; rot "
        "schraffiert: beide gleichzeitig. Jede Nummer "
        "ist ein Hinweis – ein Klick springt zur Erklärung, von dort führt „zur Zeitachse“ zurück.",
        "en": "The customer speaks on the upper lane, the agent below; hatched red: both at once. Each number "
        "is a finding – click it to jump to the explanation, and “back to the timeline” from there.",
    },
    "messages_language": {
        "de": "Die Hinweise selbst stehen in der Sprache des Gesprächs ({lang}).",
        "en": "The findings themselves are in the language of the call ({lang}).",
    },
    "footer": {"de": "Lokal erstellt mit voicecoach.", "en": "Made with voicecoach, locally."},
    "minutes": {"de": "{n} min", "en": "{n} min"},
    "hours": {"de": "{n} h", "en": "{n} h"},
    "seconds": {"de": "{n} s", "en": "{n} s"},
}

#: The call-level metrics (``voicecoach.core.call.CallMetrics``), with their units.
CALL_METRICS: dict[str, Words] = {
    "talk_ratio": {"de": "Redeanteil der/des Mitarbeitenden", "en": "Talk ratio (agent)"},
    "longest_monologue": {"de": "Längster Monolog", "en": "Longest monologue"},
    "patience": {"de": "Geduld (Pause vor der Antwort)", "en": "Patience (pause before answering)"},
    "interruptions_per_minute": {"de": "Unterbrechungen pro Minute", "en": "Interruptions per minute"},
    "overlap_share": {"de": "Anteil gleichzeitigen Sprechens", "en": "Overlap share"},
    "words_per_minute": {"de": "Wörter pro Minute der/des Mitarbeitenden", "en": "Words per minute (agent)"},
    "interruptions": {"de": "Unterbrechungen", "en": "Interruptions"},
    "agent_seconds": {"de": "Redezeit der/des Mitarbeitenden", "en": "Agent speaking"},
    "customer_seconds": {"de": "Redezeit (Kundin/Kunde)", "en": "Customer speaking"},
}

__all__ = ["CALL", "CALL_METRICS"]
