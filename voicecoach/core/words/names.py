"""Names: finding kinds, skills, metrics, emotions, facts, and what to practise per skill.

One name per thing, used by the app, the CLI and the reports alike. Chosen for a careful reader
of each language, not translated word by word.
"""

from __future__ import annotations

from collections.abc import Mapping

Words = Mapping[str, str]

#: Why a turn's total is below its skills' mean (:func:`voicecoach.core.scoring.cap_applied`):
#: shown under the total wherever it stands beside the skills.
SCORE_CAP: Words = {
    "de": "höchstens {cap} mit {majors:einem schweren Fehler|# schweren Fehlern} (ohne Deckelung: {mean})",
    "en": "at most {cap} with {majors:a major fault|# major faults} (uncapped: {mean})",
}

#: Short names of the finding kinds, for lists, the summary screen, the CLI and the reports.
KINDS: dict[str, Words] = {
    "interruption": {"de": "Unterbrechung", "en": "Interruption"},
    "talk_over": {"de": "Gleichzeitig gesprochen", "en": "Talking over"},
    "not_listening": {"de": "Nicht zugehört", "en": "Not listening"},
    "contradiction": {"de": "Widerspruch", "en": "Contradiction"},
    "pushed_after_no": {"de": "Nach dem Nein nachgehakt", "en": "Pushed after a no"},
    "no_acknowledgement": {"de": "Beschwerde nicht gewürdigt", "en": "Complaint not acknowledged"},
    "no_need_question": {"de": "Bedarf nicht erfragt", "en": "No question about needs"},
    "filler_words": {"de": "Füllwörter", "en": "Filler words"},
    "pace": {"de": "Sprechtempo", "en": "Pace"},
    "monologue": {"de": "Monolog", "en": "Monologue"},
    "response_gap": {"de": "Antwortpause", "en": "Response gap"},
    "avoid_phrase": {"de": "Ungünstige Formulierung", "en": "Phrase to avoid"},
    "form_of_address": {"de": "Falsche Anrede (Duzen/Siezen)", "en": "Wrong form of address (du/Sie)"},
    "silent_reply": {"de": "Keine Antwort", "en": "No reply"},
    "backchannel": {"de": "Zuhörsignal", "en": "Listening signal"},
    "yielded": {"de": "Rechtzeitig innegehalten", "en": "Stopped to listen"},
    "muted": {"de": "Mikrofon stumm", "en": "Microphone muted"},
}

#: Names of one finding by what it found, where the kind's name would say more than the finding
#: knows: a key point the judge did not hear is not "did not listen" (it may have been said in other
#: words, and often costs nothing), a feeling taken up late was taken up. (kind, evidence reason,
#: late) -> name; the kind's name stays for lists and trends that count kinds.
FINDING_NAMES: dict[tuple[str, str, bool], Words] = {
    # contradictions by their form (evidence "grammar"; a trainer: an excuse headed "Widerspruch")
    ("contradiction", "excuse", False): {"de": "Ausrede", "en": "Excuse"},
    ("contradiction", "blame", False): {"de": "Schuld zugewiesen", "en": "Blame"},
    ("contradiction", "deflection", False): {"de": "Schuld abgewiesen", "en": "Blame pushed away"},
    ("contradiction", "doubt", False): {"de": "Schilderung angezweifelt", "en": "Account doubted"},
    ("contradiction", "rules", False): {"de": "Auf Regeln berufen", "en": "Rules cited"},
    ("contradiction", "charge", False): {"de": "Auf Zahlung bestanden", "en": "Charge insisted on"},
    ("contradiction", "part_kept", False): {"de": "Nur einen Teil zugesagt", "en": "Only part given"},
    ("not_listening", "missed_point", False): {"de": "Punkt nicht gehört", "en": "Key point not heard"},
    ("not_listening", "reasked", False): {"de": "Schon Gesagtes erfragt", "en": "Asked for what was given"},
    ("not_listening", "ignored_emotion", False): {"de": "Gefühl übergangen", "en": "Feeling passed over"},
    ("contradiction", "refused_time", False): {"de": "Glattes Nein zur Zeit", "en": "Flat no to their time"},
    ("not_listening", "time_refused", False): {"de": "Gewünschte Zeit abgelehnt", "en": "Their time turned down"},
    ("not_listening", "refused_person", False): {"de": "Abgelehnte Person geschickt", "en": "Refused person sent"},
    ("not_listening", "refused_means", False): {"de": "Abgelehnten Weg angeboten", "en": "Refused way offered"},
    ("not_listening", "ignored_emotion", True): {"de": "Gefühl spät aufgegriffen", "en": "Feeling taken up late"},
}

#: The four skills a turn is scored on, in the product's order.
SKILLS: dict[str, Words] = {
    "listening": {"de": "Zuhören", "en": "Listening"},
    "timing": {"de": "Timing", "en": "Timing"},
    "empathy": {"de": "Empathie", "en": "Empathy"},
    "clarity": {"de": "Klarheit", "en": "Clarity"},
}

#: The "skill" of a finding that takes points off every skill (no reply at all).
EVERY_SKILL: Words = {"de": "Alle Bereiche", "en": "Every skill"}

#: Metrics of a turn (the report's table), with their unit.
METRICS: dict[str, Words] = {
    "talk_ratio": {"de": "Redeanteil", "en": "Talk ratio"},
    "overlap_seconds": {"de": "Gleichzeitig gesprochen (s)", "en": "Overlap (s)"},
    "overlap_share": {"de": "Anteil gleichzeitigen Sprechens", "en": "Overlap share"},
    "interruptions": {"de": "Unterbrechungen", "en": "Interruptions"},
    "backchannels": {"de": "Zuhörsignale", "en": "Backchannels"},
    "response_gap": {"de": "Antwortpause (s)", "en": "Response gap (s)"},
    "longest_monologue": {"de": "Längster Monolog (s)", "en": "Longest monologue (s)"},
    "words_per_minute": {"de": "Wörter pro Minute", "en": "Words per minute"},
    "filler_rate": {"de": "Füllwörter-Anteil", "en": "Filler rate"},
    "customer_seconds": {"de": "Redezeit Kundin/Kunde (s)", "en": "Customer speaking (s)"},
    "trainee_seconds": {"de": "Ihre Redezeit (s)", "en": "You speaking (s)"},
    "interjections": {"de": "Einwürfe des Gegenübers", "en": "Customer cut-ins"},
    "customer_words": {"de": "Wörter Kundin/Kunde", "en": "Customer words"},
    "trainee_words": {"de": "Ihre Wörter", "en": "Your words"},
}

#: What to practise next, per skill (the summary screen).
PRACTICE: dict[str, Words] = {
    "listening": {
        "de": (
            "Hören Sie bis zum Ende zu und greifen Sie in Ihrer Antwort auf, was genannt wurde: Namen, Nummern, "
            "das Anliegen. Fragen Sie nichts, was Sie schon wissen."
        ),
        "en": (
            "Listen to the end and pick up in your reply what was said: names, numbers, the problem. Don't ask "
            "for anything you already know."
        ),
    },
    "timing": {
        "de": (
            "Üben Sie den Sprecherwechsel: Satzende abwarten, kurz atmen, dann antworten – und bei einem Einwurf "
            "sofort innehalten."
        ),
        "en": (
            "Practise turn-taking: wait for the end of the sentence, take a breath, then answer – and stop at "
            "once when the other person cuts in."
        ),
    },
    "empathy": {
        "de": (
            "Beginnen Sie jede Antwort an verärgerte Kundinnen und Kunden mit Verständnis, bevor Sie zur Sache kommen."
            " Widersprechen Sie nicht, sondern bieten Sie eine Idee an."
        ),
        "en": (
            "Start every reply to an upset customer with understanding before the facts. Don't contradict; offer an"
            " idea instead."
        ),
    },
    "clarity": {
        "de": (
            "Sprechen Sie ruhig und in kurzen Sätzen, ohne Füllwörter, und lassen Sie nach zwei, drei Sätzen Raum"
            " für Ihr Gegenüber."
        ),
        "en": (
            "Speak calmly in short sentences without fillers, and leave room for the other person after two or "
            "three sentences."
        ),
    },
}

#: How a customer felt, as an adjective in a sentence.
EMOTIONS: dict[str, Words] = {
    "annoyed": {"de": "verärgert", "en": "annoyed"},
    "angry": {"de": "wütend", "en": "angry"},
    "sad": {"de": "traurig", "en": "sad"},
    "confused": {"de": "verunsichert", "en": "confused"},
    "upset": {"de": "aufgebracht", "en": "upset"},
}

#: How to take a feeling up, by mood: (an example sentence, the rule after it), for the tips of a
#: feeling passed over. A sad customer is met with sympathy, not with words about anger.
FEELING_TIPS: dict[str, Mapping[str, tuple[str, str]]] = {
    "angry": {
        "de": ("Das kann ich gut verstehen, das ist ärgerlich.", "Den Ärger auffangen, nicht zurückgeben."),
        "en": ("I understand, that's really annoying.", "Absorb the anger, don't return it."),
    },
    "sad": {
        "de": ("Das tut mir sehr leid, das ist wirklich traurig.", "Erst Anteil nehmen, dann die Sache."),
        "en": ("I'm so sorry, that's really sad.", "Show you care first, then the matter."),
    },
    "confused": {
        "de": ("Keine Sorge, das gehen wir Schritt für Schritt durch.", "Erst Sicherheit geben, dann erklären."),
        "en": ("Don't worry, we'll go through it step by step.", "Give reassurance first, then explain."),
    },
}
FEELING_TIPS["annoyed"] = FEELING_TIPS["upset"] = FEELING_TIPS["angry"]

#: How a fact is named: (German dative after "nach", German nominative) and (English, English
#: capitalised).
FACTS: dict[str, Mapping[str, tuple[str, str]]] = {
    "name": {"de": ("dem Namen", "Ihr Name"), "en": ("the name", "Your name")},
    "order_number": {
        "de": ("der Bestellnummer", "Ihre Bestellnummer"),
        "en": ("the order number", "Your order number"),
    },
    "customer_number": {
        "de": ("der Kundennummer", "Ihre Kundennummer"),
        "en": ("the customer number", "Your customer number"),
    },
    "account_number": {
        "de": ("der Kundenkontonummer", "Ihre Kundenkontonummer"),
        "en": ("the account number", "Your account number"),
    },
    "policy_number": {
        "de": ("der Versicherungsnummer", "Ihre Versicherungsnummer"),
        "en": ("the policy number", "Your policy number"),
    },
    "mobile": {"de": ("der Handynummer", "Ihre Handynummer"), "en": ("the mobile number", "Your mobile number")},
    "contract_number": {
        "de": ("der Vertragsnummer", "Ihre Vertragsnummer"),
        "en": ("the contract number", "Your contract number"),
    },
    "address": {"de": ("der Adresse", "Ihre Adresse"), "en": ("the address", "Your address")},
    "email": {"de": ("der E-Mail-Adresse", "Ihre E-Mail-Adresse"), "en": ("the e-mail address", "Your e-mail address")},
    "phone": {"de": ("der Telefonnummer", "Ihre Telefonnummer"), "en": ("the phone number", "Your phone number")},
    "birthday": {"de": ("dem Geburtsdatum", "Ihr Geburtsdatum"), "en": ("the date of birth", "Your date of birth")},
    "postcode": {"de": ("der Postleitzahl", "Ihre Postleitzahl"), "en": ("the postcode", "Your postcode")},
}
