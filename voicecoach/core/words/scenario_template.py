"""The comments ``voicecoach scenarios new`` writes into a new scenario's YAML, in the scenario's
language (German or English): what each key is for, for the trainer who fills it in.

Shape: ``language -> {key: template}``; a template is filled with ``str.format``: ``{goal}``,
``{path}``, ``{guide}``, ``{id}`` and the persona forms of :mod:`voicecoach.core.words.voices`
(``{The_customer}``: "Die Kundin" / "Der Kunde" / "Ihr Gegenüber", ``{the_customer}``), so a male
persona's comments say "der Kunde" (every template is filled, so a literal brace is doubled).
"""

from __future__ import annotations

from collections.abc import Mapping

SCENARIO_COMMENTS: Mapping[str, Mapping[str, str]] = {
    "de": {
        "head": "Übungsziel: {goal}",
        "made": "Erstellt mit 'voicecoach scenarios new'. Prüfen: voicecoach scenarios validate {path}",
        "keys": "Alle Schlüssel und Kurzformen: {guide}. Texte in der Sprache des Szenarios.",
        "difficulty": "easy | medium | hard",
        "theme": "z. B. complaint, cancellation, sales, billing",
        "address": "sie | du: die Anrede im Gespräch; eine Antwort in der anderen Form kostet Punkte",
        "brief": "Was vor dem Anruf zu lesen ist, und was ein gutes Gespräch erreicht.",
        "mood": "calm friendly annoyed angry confused sceptical hurried sad",
        "gender": "female | male | diverse: wählt Kundin/Kunde, sie/ihn, von Frau/von Herrn",
        "voice": "voice: de_DE-thorsten-medium   # Piper-Stimme; ohne Angabe die Standardstimme",
        "rate": "Sprechtempo: 1.0 normal, 0.9 langsamer",
        "patience": "low: hört auf und beschwert sich, wenn man ins Wort fällt; high: redet weiter",
        "weights": "weights: {{empathy: 1.5}}   # Gewicht der Fähigkeiten im Gesamtwert (Standard 1)",
        "turns": "{The_customer}, Satz für Satz. Eigene Aufnahme: voicecoach scenarios record {id} --turn N",
        "facts": "was {the_customer} nennt; erneutes Nachfragen zählt als 'nicht zugehört'",
        "key_points": "was die Antwort ansprechen muss, je 3-6 echte Formulierungen",
        "avoid": "Formulierungen, die die Antwort vermeiden soll",
        "interjection": "{the_customer} fällt ins Wort; wer antwortet, soll innehalten",
        "next": "Verzweigung nach dem Ergebnis der Antwort (Standard: der nächste Schritt)",
        "no_reask": "nicht erneut erfragen",
    },
    "en": {
        "head": "Training goal: {goal}",
        "made": "Made with 'voicecoach scenarios new'. Check it: voicecoach scenarios validate {path}",
        "keys": "Every key and shorthand: {guide}. Write the texts in the scenario's language.",
        "difficulty": "easy | medium | hard",
        "theme": "e.g. complaint, cancellation, sales, billing",
        "address": "German scenarios only",
        "brief": "What the trainee reads before the call, and what a good call achieves.",
        "mood": "calm friendly annoyed angry confused sceptical hurried sad",
        "gender": "female | male | diverse: picks the German forms (Kundin/Kunde, sie/ihn, von Frau/von Herrn)",
        "voice": "voice: en_US-amy-medium   # Piper voice; left out: the default voice",
        "rate": "speaking rate: 1.0 normal, 0.9 slower",
        "patience": "low: stops and protests when interrupted; high: talks on",
        "weights": "weights: {{empathy: 1.5}}   # weight of each skill in the total (default 1)",
        "turns": "The customer, line by line. Record your own voice: voicecoach scenarios record {id} --turn N",
        "facts": "what the customer tells; asking for it again counts as not listening",
        "key_points": "what the reply must address, each with 3-6 real phrasings",
        "avoid": "phrases the reply should not contain",
        "interjection": "the customer cuts in; the trainee should stop and listen",
        "next": "where the call goes by how the reply went (default: the next turn)",
        "no_reask": "must not be asked for again",
    },
}

__all__ = ["SCENARIO_COMMENTS"]
