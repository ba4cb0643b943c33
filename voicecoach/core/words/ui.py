"""The app's words: every label, hint and notice of the TUI (``i18n.t`` looks them up), the
customer's protest when cut off, and the headset check's verdict.

Keys are dotted by screen ("library.title", "call.state.muted"); values take ``str.format``
fields ("{n} turns").
"""

from __future__ import annotations

from collections.abc import Mapping

Words = Mapping[str, str]

#: Every text of the TUI, by key.
UI: dict[str, Words] = {
    "app.title": {"de": "voicecoach", "en": "voicecoach"},
    "app.subtitle": {
        "de": "Telefontraining mit simulierten Kundinnen und Kunden",
        "en": "Phone practice with simulated customers",
    },
    "key.quit": {"de": "Beenden", "en": "Quit"},
    "key.help": {"de": "Hilfe", "en": "Help"},
    "key.back": {"de": "Zurück", "en": "Back"},
    "key.start": {"de": "Starten", "en": "Start"},
    "key.search": {"de": "Suchen", "en": "Search"},
    "key.devices": {"de": "Geräte", "en": "Devices"},
    "key.progress": {"de": "Fortschritt", "en": "Progress"},
    "key.real_calls": {"de": "Echte Gespräche", "en": "Real calls"},
    "key.demo": {"de": "Demo", "en": "Demo call"},  # short: the German footer shows every English key at 100x30
    "key.files": {"de": "Dateien", "en": "Analyze files"},
    "key.record": {"de": "Aufnehmen", "en": "Record"},
    "key.repeat": {"de": "Wiederholen", "en": "Repeat"},
    "key.mute": {"de": "Stumm", "en": "Mute"},
    "key.hangup": {"de": "Auflegen", "en": "Hang up"},
    "key.retry": {"de": "Erneut", "en": "Retry"},
    "key.listen": {"de": "Hören", "en": "Listen back"},
    "key.next": {"de": "Weiter", "en": "Go on"},
    "key.check": {"de": "Headset-Test", "en": "Headset check"},
    "key.save": {"de": "Speichern", "en": "Save"},
    "key.redo": {"de": "Neu aufnehmen", "en": "Redo"},
    "key.keep": {"de": "Behalten", "en": "Keep"},
    "key.play": {"de": "Abspielen", "en": "Play"},
    "key.language": {"de": "Sprache", "en": "Language"},
    "key.analyze": {"de": "Auswerten", "en": "Analyze"},
    "key.close": {"de": "Schließen", "en": "Close"},
    "key.filter": {"de": "Filter", "en": "Filter"},
    "yes": {"de": "ja", "en": "yes"},
    "no": {"de": "nein", "en": "no"},
    "all": {"de": "alle", "en": "all"},
    "none": {"de": "keine", "en": "none"},
    "seconds": {"de": "{n:.1f} s", "en": "{n:.1f} s"},
    "lang.de": {"de": "Deutsch", "en": "German"},
    "lang.en": {"de": "Englisch", "en": "English"},
    "difficulty.easy": {"de": "leicht", "en": "easy"},
    "difficulty.medium": {"de": "mittel", "en": "medium"},
    "difficulty.hard": {"de": "schwer", "en": "hard"},
    "mood.calm": {"de": "ruhig", "en": "calm"},
    "mood.friendly": {"de": "freundlich", "en": "friendly"},
    "mood.annoyed": {"de": "genervt", "en": "annoyed"},
    "mood.angry": {"de": "wütend", "en": "angry"},
    "mood.confused": {"de": "verwirrt", "en": "confused"},
    "mood.sceptical": {"de": "skeptisch", "en": "sceptical"},
    "mood.hurried": {"de": "in Eile", "en": "in a hurry"},
    "mood.sad": {"de": "traurig", "en": "sad"},
    "patience.low": {"de": "wenig Geduld", "en": "little patience"},
    "patience.high": {"de": "geduldig", "en": "patient"},
    "skill.all": {"de": "alle Fähigkeiten", "en": "every skill"},
    "theme.complaint": {"de": "Reklamation", "en": "complaint"},
    "theme.cancellation": {"de": "Kündigung", "en": "cancellation"},
    "theme.sales": {"de": "Verkauf", "en": "sales"},
    "theme.service": {"de": "Service", "en": "service"},
    "theme.billing": {"de": "Rechnung", "en": "billing"},
    "theme.support": {"de": "Support", "en": "support"},
    "theme.security": {"de": "Sicherheit", "en": "security"},
    "library.title": {"de": "Szenarien", "en": "Scenarios"},
    "library.search": {"de": "Suchen (/) – Titel, Thema, Person …", "en": "Search (/) – title, theme, persona …"},
    "library.language": {"de": "Sprache", "en": "Language"},
    "library.difficulty": {"de": "Niveau", "en": "Level"},
    "library.theme": {"de": "Thema", "en": "Theme"},
    "library.empty": {
        "de": "Keine Szenarien gefunden. Filter zurücksetzen oder Szenarien in {folder} ablegen.",
        "en": "No scenarios found. Clear the filters or put scenarios into {folder}.",
    },
    "library.count": {
        "de": "{shown} von {total:# Szenario|# Szenarien}",
        "en": "{shown} of {total:# scenario|# scenarios}",
    },
    "library.situation": {"de": "Situation", "en": "Situation"},
    "library.goal": {"de": "Ziel", "en": "Goal"},
    "library.persona": {"de": "Kundin/Kunde", "en": "Customer"},
    "library.turns": {"de": "{n:# Gesprächsschritt|# Gesprächsschritte}", "en": "{n:# turn|# turns}"},
    "library.recorded": {
        "de": "{n:# Satz|# Sätze} von einer Trainerin oder einem Trainer eingesprochen",
        "en": "{n:# line|# lines} recorded by a trainer",
    },
    "library.start_hint": {"de": "Enter: Anruf starten", "en": "Enter: start the call"},
    "library.problems": {
        "de": "{n:# Szenario-Datei ist fehlerhaft und wurde|# Szenario-Dateien sind fehlerhaft und wurden} "
        "übersprungen: {first}",
        "en": "{n:# scenario file is broken and was|# scenario files are broken and were} skipped: {first}",
    },
    "library.problems_more": {
        "de": "Alle Probleme: voicecoach scenarios validate",
        "en": "All problems: voicecoach scenarios validate",
    },
    "audio.ok": {"de": "Audio: {input} → {output}", "en": "Audio: {input} → {output}"},
    "audio.missing": {"de": "Live-Übung nicht möglich: {reason}", "en": "Live practice unavailable: {reason}"},
    "audio.no_input": {
        "de": "kein Mikrofon gefunden – Headset anschließen (oder PulseAudio starten) und voicecoach neu öffnen",
        "en": "no microphone found – plug in a headset (or start PulseAudio) and open voicecoach again",
    },
    "audio.no_output": {
        "de": "kein Kopfhörer/Lautsprecher gefunden – Headset anschließen und voicecoach neu öffnen",
        "en": "no headphones or speaker found – plug in a headset and open voicecoach again",
    },
    "audio.offer": {
        "de": "Ohne Mikrofon: d = Demo-Anruf, f = zwei Dateien auswerten.",
        "en": "Without a microphone: d = demo call, f = analyze two files.",
    },
    "audio.failed_mid_call": {
        "de": "Audiogerät ausgefallen: {reason}. Bisherige Aufnahme ist gespeichert.",
        "en": "Audio device failed: {reason}. What was recorded so far is kept.",
    },
    "audio.no_sound": {
        "de": "vom Mikrofon kommt nichts mehr an (Headset abgezogen, Soundserver beendet?)",
        "en": "no sound arrives from the microphone any more (headset unplugged, sound server gone?)",
    },
    "audio.hang_up_hint": {
        "de": "h legt auf; alles Bewertete bleibt gespeichert.",
        "en": "h hangs up; everything judged so far is kept.",
    },
    "audio.not_responding": {
        "de": "das Audiogerät antwortet nicht mehr; Headset prüfen und voicecoach neu starten",
        "en": "the audio device stopped responding; check the headset and restart voicecoach",
    },
    "notice.demo_sound": {"de": "Demo mit Ton über „{detail}“", "en": "Demo sound through '{detail}'"},
    "notice.demo_silent": {"de": "Demo ohne Ton: {detail}", "en": "Demo without sound: {detail}"},
    "notice.demo_lost": {
        "de": "Der Ton der Demo ist ausgefallen ({detail}); der Anruf läuft ohne Ton weiter",
        "en": "The demo's sound failed ({detail}); the call goes on without sound",
    },
    "notice.demo_fast": {
        "de": "Demo ohne Ton bei Tempo {detail:g} (Ton nur bei normalem Tempo)",
        "en": "Demo without sound at speed {detail:g} (sound at normal speed only)",
    },
    "notice.demo_gaps": {
        "de": "Der Ton der Demo hatte Lücken ({detail:.1f} s kamen zu spät: der Computer war ausgelastet); "
        "bewertet wurde der vollständige Ton",
        "en": "The demo's sound had gaps ({detail:.1f} s came too late to be played: the computer was busy); "
        "the turns were judged on the full sound",
    },
    # what the history worked around (adapters/store.py StoreNote keys); nothing judged is lost
    "notice.recording_not_saved": {
        "de": "Die Aufnahme dieses Gesprächsschritts ließ sich nicht speichern ({detail}); der Schritt ist ohne sie "
        "gespeichert",
        "en": "This turn's recording could not be saved ({detail}); the turn is saved without it",
    },
    "notice.turn_kept": {
        "de": "Der Verlauf ist gerade nicht beschreibbar ({detail}); der Gesprächsschritt wird aufbewahrt und "
        "gespeichert, sobald es wieder geht",
        "en": "The history cannot be written now ({detail}); the turn is kept and saved as soon as it can be",
    },
    "notice.turns_waiting": {
        "de": "Warte darauf, {detail:# aufbewahrten Gesprächsschritt|# aufbewahrte Gesprächsschritte} im Verlauf zu "
        "speichern",
        "en": "Waiting to save {detail:# kept turn|# kept turns} into the history",
    },
    "notice.turns_saved": {
        "de": "{detail:# aufbewahrter Gesprächsschritt|# aufbewahrte Gesprächsschritte} im Verlauf gespeichert",
        "en": "Saved {detail:# kept turn|# kept turns} into the history",
    },
    "notice.turns_saved_late": {
        "de": "{detail:# Gesprächsschritt|# Gesprächsschritte} aus einem früheren Anruf nachträglich im Verlauf "
        "gespeichert",
        "en": "Saved {detail:# turn|# turns} kept from an earlier call into the history",
    },
    "notice.turns_left": {
        "de": "{detail:# Gesprächsschritt ist|# Gesprächsschritte sind} noch nicht gespeichert und "
        "{detail:kommt|kommen} beim nächsten Start in den Verlauf",
        "en": "{detail:# turn is|# turns are} not saved yet and {detail:goes|go} into the history the next time "
        "voicecoach starts",
    },
    "notice.session_not_ended": {
        "de": "Die Sitzung ließ sich nicht als beendet markieren ({detail}); alle Gesprächsschritte sind gespeichert",
        "en": "The session could not be marked as ended ({detail}); every turn is saved",
    },
    "notice.rows_skipped": {
        "de": "Ein beschädigter Eintrag des Verlaufs wurde ausgelassen ({detail}); der Rest wird gezeigt",
        "en": "A damaged entry of the history was left out ({detail}); the rest is shown",
    },
    "audio.demo_mode": {
        "de": "DEMO · synthetische Antworten",
        "en": "DEMO · synthesized replies",
    },
    "call.title": {"de": "Anruf", "en": "Call"},
    "call.turn": {"de": "Schritt {n}", "en": "Turn {n}"},
    #: A step of a live call: its number in the scenario file (as ``scenarios show`` numbers it) and
    #: which reply of the call it is (branches skip or repeat steps, so the two differ).
    "call.step": {"de": "Schritt {step} · Antwort {n}", "en": "Step {step} · reply {n}"},
    "call.step_attempt": {
        "de": "Schritt {step} · Antwort {n} · Versuch {attempt}",
        "en": "Step {step} · reply {n} · attempt {attempt}",
    },
    "call.state.connecting": {"de": "Verbinde …", "en": "Connecting …"},
    "call.state.customer": {"de": "{The_customer} spricht …", "en": "{The_customer} is speaking …"},
    "call.state.your_turn": {"de": "Sie sind dran", "en": "Your turn"},
    "call.state.speaking": {"de": "Sie sprechen …", "en": "You are speaking …"},
    "call.state.interrupted": {"de": "Unterbrechung!", "en": "Interruption!"},
    "call.state.interjection": {
        "de": "{The_customer} fällt Ihnen ins Wort – lassen Sie {him} ausreden",
        "en": "{The_customer} cuts in – let {him} finish",
    },
    "call.state.listening": {"de": "Höre zu …", "en": "Listening …"},
    "call.state.judging": {"de": "Wird ausgewertet …", "en": "Judging …"},
    "call.state.unanswered": {"de": "Keine Antwort gehört", "en": "No reply heard"},
    "call.state.muted": {
        "de": "Stummgeschaltet – {the_customer} hört Sie nicht",
        "en": "Muted – {the_customer} cannot hear you",
    },
    "call.state.ended": {"de": "Aufgelegt", "en": "Call ended"},
    "call.state.problem": {"de": "Audioproblem", "en": "Audio problem"},
    "call.interrupted_at": {"de": "unterbrochen bei {time:.1f} s", "en": "interrupted at {time:.1f} s"},
    "call.lane.customer": {"de": "Kunde/in", "en": "Customer"},  # 8 columns: the timeline's label room (LABEL_WIDTH)
    "call.lane.you": {"de": "Sie", "en": "You"},
    "call.overlap": {"de": "Überlappung", "en": "overlap"},
    "call.transcript": {"de": "Mitschrift", "en": "Transcript"},
    "call.level": {"de": "Mikrofon", "en": "Microphone"},
    "call.hint": {
        "de": "Einfach sprechen – keine Taste nötig.   r wiederholen · m stumm · h auflegen",
        "en": "Just speak – no key needed.   r repeat · m mute · h hang up",
    },
    "call.hint_demo": {
        "de": "Demo: die App antwortet für Sie – einfach zuhören.   r wiederholen · m stumm · h auflegen",
        "en": "Demo: the app answers for you – just listen.   r repeat · m mute · h hang up",
    },
    "call.state.demo_your_turn": {"de": "Die Demo antwortet gleich …", "en": "The demo answers in a moment …"},
    "call.state.demo_speaking": {"de": "Die Demo antwortet …", "en": "The demo is answering …"},
    "call.unmuted": {"de": "Mikrofon wieder an", "en": "Microphone on again"},
    "call.muted": {"de": "Mikrofon stumm", "en": "Microphone muted"},
    "feedback.title": {"de": "Rückmeldung", "en": "Feedback"},
    "feedback.score": {"de": "Punkte {score}/100", "en": "Score {score}/100"},
    "feedback.findings": {"de": "Was auffiel", "en": "What stood out"},
    "feedback.no_findings": {"de": "Nichts zu beanstanden – gut gemacht.", "en": "Nothing to fault – well done."},
    "feedback.unsure_only": {
        "de": "Keine Punkte abgezogen – bei einigen Wörtern war ich mir unsicher, siehe die Anmerkungen.",
        "en": "No points off – I was unsure of some words; see the notes.",
    },
    "feedback.tips": {"de": "Tipps", "en": "Tips"},
    "feedback.severity.good": {"de": "gut", "en": "good"},
    "feedback.severity.note": {"de": "Anmerkung, kein Abzug", "en": "note, no points off"},
    "feedback.example": {"de": "So könnte es klingen", "en": "It could sound like this"},
    "feedback.skills": {"de": "Fähigkeiten", "en": "Skills"},
    "feedback.legend": {"de": "Markiert:", "en": "Marked:"},
    "feedback.legend.key": {"de": "Kernpunkte", "en": "key points"},
    "feedback.legend.reask": {"de": "Nachfrage nach Bekanntem", "en": "re-asking known facts"},
    "feedback.legend.filler": {"de": "Füllwörter", "en": "filler"},
    "feedback.legend.avoid": {"de": "zu vermeiden", "en": "avoid"},
    "feedback.legend.overlap": {"de": "gleichzeitig gesprochen", "en": "spoken over the customer"},
    "feedback.keys": {"de": "t noch einmal · l anhören · Enter weiter", "en": "t retry · l listen back · Enter go on"},
    "feedback.keys_review": {
        "de": "l anhören · Enter nächster Schritt · Esc zurück",
        "en": "l listen back · Enter next turn · Esc back",
    },
    "feedback.keys_file": {"de": "l anhören · Enter zurück", "en": "l listen back · Enter back"},
    "feedback.keys_last": {
        "de": "t noch einmal · l anhören · Enter zur Zusammenfassung",
        "en": "t retry · l listen back · Enter to the summary",
    },
    "feedback.listening": {
        "de": "Ihre Antwort wird zusammen mit dem Satz der Kundin/des Kunden abgespielt …",
        "en": "Playing your reply with the customer …",
    },
    "feedback.no_audio": {"de": "Keine Aufnahme zum Anhören", "en": "No recording to play back"},
    "feedback.unanswered": {"de": "Keine Antwort in diesem Schritt.", "en": "No reply in this turn."},
    "feedback.silent_reply": {"de": "(nichts gesagt)", "en": "(nothing said)"},
    "feedback.not_scored": {"de": "nicht gewertet", "en": "not scored"},
    "key.dispute": {"de": "Einspruch", "en": "That's wrong"},
    "feedback.disputed": {"de": "von Ihnen als falsch markiert", "en": "marked wrong by you"},
    "feedback.dispute_hint": {
        "de": "1–9 wählt einen Punkt, w markiert ihn als falsch (noch einmal w: zurück)",
        "en": "1–9 selects a finding, w marks it as wrong (w again: undo)",
    },
    "feedback.no_such_finding": {
        "de": "Es gibt keinen Hinweis {number}; die Hinweise sind von 1 bis {last} nummeriert",
        "en": "There is no finding {number}; the findings are numbered 1 to {last}",
    },
    "feedback.choose_first": {
        "de": "Zuerst mit 1 bis {last} einen Hinweis wählen, dann w",
        "en": "First choose a finding with 1 to {last}, then w",
    },
    "feedback.nothing_to_dispute": {
        "de": "Hier gibt es nichts als falsch zu markieren",
        "en": "There is nothing here to mark as wrong",
    },
    "feedback.dispute_failed": {
        "de": "Markierung nicht gespeichert: {error}",
        "en": "Mark not saved: {error}",
    },
    "feedback.disputed_now": {
        "de": "Als falsch markiert: zählt nicht mehr zur Punktzahl.",
        "en": "Marked as wrong: it no longer counts towards the score.",
    },
    "feedback.undisputed_now": {"de": "Markierung aufgehoben.", "en": "Mark removed."},
    "feedback.dispute_not_saved": {
        "de": "(Dieser Durchgang ist nicht im Verlauf gespeichert.)",
        "en": "(This turn is not saved in the history.)",
    },
    "summary.title": {"de": "Zusammenfassung", "en": "Summary"},
    "summary.total": {"de": "Gesamt", "en": "Total"},
    "summary.worst": {"de": "Die schwächsten Momente", "en": "The worst moments"},
    "summary.next": {"de": "Als Nächstes üben", "en": "Practise next"},
    "summary.next_nothing": {
        "de": "Nichts Bestimmtes zu üben – weiter so! Als Nächstes ruhig ein schwereres Szenario.",
        "en": "Nothing in particular to practise – keep it up! Next, try a harder scenario.",
    },
    "summary.unsure_only": {
        "de": "Keine Punkte abgezogen – bei einigen Wörtern war ich mir unsicher; die Anmerkungen stehen bei den "
        "Antworten.",
        "en": "No points off – I was unsure of some words; the notes are with the replies.",
    },
    "summary.next_unsure": {
        "de": "Hören Sie Ihre Antworten noch einmal an (l in der Rückmeldung): Wo ich unsicher war, prüfen Sie selbst, "
        "was Sie gesagt haben.",
        "en": "Listen to your replies again (l on the feedback screen): where I was unsure, check what you said.",
    },
    "summary.next_demo": {
        "de": "So klingt ein sauber geführtes Gespräch. Jetzt selbst anrufen: Szenario wählen, Enter (mit Headset).",
        "en": "This is how a well-run call sounds. Now make it yourself: pick the scenario, Enter (with a headset).",
    },
    "summary.turns": {"de": "{n:# Schritt|# Schritte}, Dauer {duration}", "en": "{n:# turn|# turns}, {duration} long"},
    "summary.turns_one": {"de": "1 Schritt, Dauer {duration}", "en": "1 turn, {duration} long"},
    "summary.saved": {"de": "Gespeichert als Sitzung {id}", "en": "Saved as session {id}"},
    "summary.not_saved": {"de": "Nicht gespeichert: {reason}", "en": "Not saved: {reason}"},
    "summary.keys": {
        "de": "Enter zur Bibliothek · a noch einmal anrufen · p Fortschritt",
        "en": "Enter library · a call again · p progress",
    },
    "summary.again": {"de": "Noch einmal anrufen", "en": "Call again"},
    "summary.none": {"de": "Keine bewerteten Schritte.", "en": "No judged turns."},
    "summary.no_turns": {
        "de": "Aufgelegt, bevor ein Schritt bewertet war – nichts gespeichert",
        "en": "Hung up before a turn was judged – nothing saved",
    },
    "summary.at": {"de": "Schritt {turn}, bei {time:.1f} s", "en": "step {turn}, at {time:.1f} s"},
    "devices.title": {"de": "Audiogeräte", "en": "Audio devices"},
    "devices.input": {"de": "Eingabe (Mikrofon)", "en": "Input (microphone)"},
    "devices.output": {"de": "Ausgabe (Kopfhörer)", "en": "Output (headphones)"},
    "devices.default": {"de": "Systemstandard", "en": "System default"},
    "devices.none": {"de": "Audiogeräte: {reason}", "en": "Audio devices: {reason}"},
    "devices.check": {"de": "Headset-Test starten (c)", "en": "Run headset check (c)"},
    "devices.saved": {"de": "Geräte gespeichert.", "en": "Devices saved."},
    "call.mic_silent": {
        "de": "Das Mikrofon hört nichts ({peak} dBFS seit {seconds} s): eingesteckt? Am Headset stumm? "
        "Anderes Gerät: auflegen (h), dann g.",
        "en": "The microphone hears nothing ({peak} dBFS for {seconds} s): plugged in? Muted on the headset? "
        "Another device: hang up (h), then g.",
    },
    "devices.echo_saved": {
        "de": "Gespeicherter Headset-Test vom {date} ist aktiv: Echo {echo}.",
        "en": "Saved headset check from {date} in use: echo {echo}.",
    },
    "devices.echo_saved_other": {
        "de": "Der gespeicherte Headset-Test vom {date} gehört zu anderen Geräten und wird nicht genutzt.",
        "en": "The saved headset check from {date} belongs to other devices and is not used.",
    },
    "devices.echo_none": {"de": "keines", "en": "none"},
    "devices.unavailable": {
        "de": "Headset-Test nicht verfügbar: {reason}",
        "en": "Headset check not available: {reason}",
    },
    "progress.title": {"de": "Fortschritt", "en": "Progress"},
    "progress.trends": {"de": "Verlauf je Fähigkeit", "en": "Trend per skill"},
    "progress.recurring": {"de": "Häufige Hinweise", "en": "Recurring findings"},
    "progress.no_practice_yet": {
        "de": "Noch keine eigene Übung gewertet – Hinweise erscheinen nach Ihrem ersten Anruf.",
        "en": "No practice of your own judged yet – findings appear after your first call.",
    },
    "progress.best": {"de": "Beste Szenarien", "en": "Best scenarios"},
    "progress.worst": {"de": "Schwächste Szenarien", "en": "Weakest scenarios"},
    "progress.next": {"de": "Als Nächstes üben", "en": "Practise next"},
    "progress.next_skill": {"de": "Fähigkeit: {skill}", "en": "Skill: {skill}"},
    "progress.next_kind": {"de": "Am häufigsten: {kind}", "en": "Most frequent: {kind}"},
    "progress.next_scenario": {"de": "Noch einmal anrufen: {title}", "en": "Call again: {title}"},
    "progress.history": {"de": "Verlauf", "en": "History"},
    "progress.empty": {
        "de": "Noch keine Sitzungen. Starten Sie einen Anruf in der Bibliothek (oder d für einen Demo-Anruf).",
        "en": "No sessions yet. Start a call from the library (or d for a demo call).",
    },
    "progress.demo_only": {
        "de": "Noch keine Übungssitzungen: {n:# Demo-Anruf zählt|# Demo-Anrufe zählen} nicht, denn dort spricht "
        "die App die Antworten. Zum Üben ein Szenario in der Bibliothek wählen und mit Enter selbst anrufen "
        "(mit Headset).",
        "en": "No practice sessions yet: {n:# demo call does|# demo calls do} not count, since the app speaks the "
        "replies there. To practise, pick a scenario in the library and press Enter to make the call yourself "
        "(with a headset).",
    },
    "progress.unavailable": {"de": "Verlauf nicht verfügbar: {reason}", "en": "History not available: {reason}"},
    "progress.agent_title": {
        "de": "Echte Gespräche von {agent} ({n:# Gespräch|# Gespräche})",
        "en": "Real calls of {agent} ({n:# call|# calls})",
    },
    "progress.agent_empty": {
        "de": "Von dieser Person sind keine bewerteten Gespräche im Verlauf.",
        "en": "No judged calls of this agent in the history.",
    },
    "progress.no_real_calls": {
        "de": "Noch keine echten Gespräche im Verlauf; Aufnahmen werten Sie mit 'voicecoach batch' aus.",
        "en": "No real calls in the history yet; judge recordings with 'voicecoach batch'.",
    },
    "progress.col.date": {"de": "Datum", "en": "Date"},
    "progress.col.scenario": {"de": "Szenario", "en": "Scenario"},
    "progress.col.score": {"de": "Punkte", "en": "Score"},
    "progress.col.turns": {"de": "Schritte", "en": "Turns"},
    "progress.demo": {"de": "Demo-Anruf", "en": "demo"},
    "progress.hint": {
        "de": "Enter: Sitzung Schritt für Schritt ansehen · a: echte Gespräche nach Mitarbeitenden",
        "en": "Enter: review a session turn by turn · a: real calls of each agent",
    },
    "progress.times": {"de": "{n}×", "en": "{n}×"},
    "progress.no_library": {
        "de": "Szenarien nicht lesbar ({reason}); im Rückblick fehlen die Markierungen im Text.",
        "en": "Scenarios could not be read ({reason}); reviews show no word marks.",
    },
    "record.title": {"de": "Sätze der Kundenrolle aufnehmen", "en": "Record the customer's lines"},
    "record.keys": {
        "de": "Enter/Leertaste aufnehmen/stoppen · p anhören · r neu · k behalten · ↑↓ Schritt",
        "en": "Enter/space record/stop · p listen · r redo · k keep · ↑↓ turn",
    },
    "record.status.none": {"de": "keine Aufnahme (Sprachsynthese)", "en": "no recording (speech synthesis)"},
    "record.status.kept": {"de": "aufgenommen: {file}", "en": "recorded: {file}"},
    "record.status.take": {
        "de": "neue Aufnahme {seconds:.1f} s – k behalten, r neu",
        "en": "new take {seconds:.1f} s – k keep, r redo",
    },
    "record.recording": {
        "de": "● Aufnahme läuft – sprechen Sie den Satz, Enter beendet die Aufnahme",
        "en": "● Recording – speak the line, Enter stops",
    },
    "record.saved": {"de": "Gespeichert: {file}", "en": "Saved: {file}"},
    "record.empty": {"de": "Die Aufnahme ist still – noch einmal versuchen", "en": "The take is silent – try again"},
    "record.pick": {"de": "Szenario zum Aufnehmen wählen", "en": "Choose a scenario to record"},
    "record.unavailable": {"de": "Aufnehmen nicht möglich: {reason}", "en": "Cannot record: {reason}"},
    #: No input device for a trainer's recording: what fits recording (a demo call does not).
    "record.no_mic": {
        "de": "kein Mikrofon gefunden – ein Headset anschließen und in der Bibliothek mit g (Geräte) prüfen",
        "en": "no microphone found – plug in a headset and check it in the library with g (Devices)",
    },
    "record.place.copy": {
        "de": "Mitgeliefertes Szenario: behaltene Aufnahmen gehen in Ihre Kopie „{id}“ in Ihrer Bibliothek.",
        "en": "Shipped scenario: kept takes go into your copy '{id}' in your library.",
    },
    "record.place.folder": {
        "de": "Beim ersten Behalten wird die Datei zum Ordner {folder} (Aufnahmen brauchen einen).",
        "en": "The first kept take makes the file a folder, {folder} (recordings need one).",
    },
    "record.copied": {
        "de": "Kopie „{id}“ angelegt: {path}",
        "en": "Made your copy '{id}': {path}",
    },
    "record.unkept": {
        "de": "Noch nicht behalten: {n:# Aufnahme|# Aufnahmen} – k behält, ein zweites Esc verwirft sie",
        "en": "{n:# take|# takes} not kept – k keeps, Esc again drops {n:it|them}",
    },
    "files.title": {"de": "Zwei Dateien auswerten", "en": "Analyze two files"},
    "files.customer": {
        "de": "Aufnahme der Kundin/des Kunden (WAV, FLAC, MP3 …)",
        "en": "Customer track (WAV, FLAC, MP3 …)",
    },
    "files.trainee": {"de": "Ihre Aufnahme", "en": "Your track"},
    "files.scenario": {"de": "Szenario (optional) und Schritt", "en": "Scenario (optional) and turn"},
    "files.missing": {
        "de": "{field}: keine Datei unter „{path}“ – den Pfad einer Aufnahme eingeben",
        "en": "{field}: no file at '{path}' – type the path of a recording",
    },
    "files.example.customer": {"de": "~/Aufnahmen/kunde.wav", "en": "~/recordings/customer.wav"},
    "files.example.trainee": {"de": "~/Aufnahmen/antwort.wav", "en": "~/recordings/reply.wav"},
    "files.empty": {
        "de": "{field}: noch keine Datei angegeben – den Pfad einer Aufnahme eingeben, z. B. {example}",
        "en": "{field}: no file given yet – type the path of a recording, e.g. {example}",
    },
    "files.folder": {
        "de": "{field}: „{path}“ ist ein Ordner – den Pfad einer Aufnahme darin eingeben",
        "en": "{field}: '{path}' is a folder – type the path of a recording in it",
    },
    "files.no_folder": {
        "de": "{field}: den Ordner „{folder}“ gibt es nicht – den Pfad prüfen",
        "en": "{field}: there is no folder '{folder}' – check the path",
    },
    "files.no_scenario": {
        "de": "— ohne Szenario (nur Timing und allgemeine Prüfungen) —",
        "en": "— no scenario (timing and general checks only) —",
    },
    "files.run": {"de": "Auswerten (Enter)", "en": "Analyze (Enter)"},
    "files.working": {
        "de": "Wird ausgewertet … (Sprache erkennen, Transkription)",
        "en": "Analyzing … (speech detection, transcription)",
    },
    "files.unavailable": {"de": "Dateimodus nicht verfügbar: {reason}", "en": "File mode not available: {reason}"},
    "files.no_library": {
        "de": "Szenarien nicht lesbar ({reason}); Auswertung nur ohne Szenario möglich.",
        "en": "Scenarios could not be read ({reason}); files can be analysed without a scenario only.",
    },
    "help.title": {"de": "Hilfe und Tasten", "en": "Help and keys"},
    "help.body": {
        "de": """\
## So funktioniert ein Anruf

Wählen Sie ein Szenario und drücken Sie **Enter**. Die Kundin oder der Kunde spricht über das
Headset; Sie antworten einfach – **keine Taste** nötig. Nach einer kurzen Pause gilt Ihre Antwort
als beendet und wird bewertet. Sie dürfen jederzeit sprechen, auch während Ihr Gegenüber noch
redet – das zählt dann als Unterbrechung.

## Tasten

| Wo | Taste | Was |
|---|---|---|
| überall | **F1** / **?** | diese Hilfe |
| überall | **Strg+P** | Befehlspalette (alle Bildschirme) |
| überall | **Strg+Q** | beenden |
| Bibliothek | **/** | suchen |
| Bibliothek | **Enter** | Anruf starten |
| Bibliothek | **d** | Demo-Anruf ohne Mikrofon |
| Bibliothek | **f** | zwei Dateien auswerten |
| Bibliothek | **g** / **p** | Geräte / Fortschritt |
| Bibliothek, Geräte | **c** | Headset-Test: Testton, ein Satz, was zu tun ist |
| Bibliothek | **a** | Sätze der Kundenrolle aufnehmen (Trainer) |
| Bibliothek | **u** | Oberfläche Deutsch/Englisch |
| Anruf | **r** | letzten Satz der Kundin/des Kunden wiederholen |
| Anruf | **m** | stumm / wieder an |
| Anruf | **h** / **Esc** | auflegen |
| Rückmeldung | **t** | Schritt noch einmal versuchen |
| Rückmeldung | **l** | Ihre Antwort zusammen mit dem Satz der Kundin/des Kunden anhören |
| Rückmeldung | **Enter** / **n** | weiter |
| Rückmeldung | **1**–**9**, dann **w** | einen Hinweis als falsch markieren (Einspruch; **w** noch einmal: zurücknehmen) |
| Geräte | **c** | Headset-Test (misst das Echo; die App rechnet es heraus) |
| Fortschritt | **Enter** | eine Sitzung Schritt für Schritt ansehen |
| Fortschritt | **a** | echte Gespräche nach Mitarbeitenden (aus `voicecoach batch`) |
| Trainer | **Enter** / **p** / **r** / **k** | aufnehmen / anhören / neu / behalten |

## Ohne Mikrofon

Die App läuft auch ohne Mikrofon: **d** startet einen Demo-Anruf, in dem eine synthetische
Stimme gut antwortet; mit Lautsprecher oder Kopfhörer hören Sie beide Seiten (ohne Ausgabegerät
läuft die Demo stumm). **f** wertet zwei Aufnahmen aus. Für PortAudio unter Debian/Ubuntu:
`sudo apt install libportaudio2`.
""",
        "en": """\
## How a call works

Pick a scenario and press **Enter**. The customer speaks through your headset; you simply
answer – **no key** to press. After a short pause your reply counts as finished and is judged.
You may speak at any time, even while the customer is still talking – that then counts as an
interruption.

## Keys

| Where | Key | What |
|---|---|---|
| everywhere | **F1** / **?** | this help |
| everywhere | **Ctrl+P** | command palette (all screens) |
| everywhere | **Ctrl+Q** | quit |
| Library | **/** | search |
| Library | **Enter** | start the call |
| Library | **d** | demo call without a microphone |
| Library | **f** | analyze two files |
| Library | **g** / **p** | devices / progress |
| Library, Devices | **c** | headset check: a test tone, one sentence, what to fix |
| Library | **a** | record lines as a trainer |
| Library | **u** | interface German/English |
| Call | **r** | repeat the customer's line |
| Call | **m** | mute / unmute |
| Call | **h** / **Esc** | hang up |
| Feedback | **t** | retry the turn |
| Feedback | **l** | listen back to your reply with the customer |
| Feedback | **Enter** / **n** | go on |
| Feedback | **1**–**9**, then **w** | mark a finding as wrong (**w** again: undo) |
| Devices | **c** | headset check (measures echo; the app takes it out) |
| Progress | **Enter** | review a session turn by turn |
| Progress | **a** | real calls of each agent (from `voicecoach batch`) |
| Trainer | **Enter** / **p** / **r** / **k** | record / listen / redo / keep |

## Without a microphone

The app runs without a microphone too: **d** starts a demo call in which a synthesized voice
gives good replies; with speakers or headphones you hear both sides (without an output device
the demo runs silently). **f** analyzes two recordings. For PortAudio on Debian/Ubuntu:
`sudo apt install libportaudio2`.
""",
    },
    "cmd.library": {"de": "Bibliothek öffnen", "en": "Open the library"},
    "cmd.library.help": {"de": "Szenarien wählen und Anruf starten", "en": "Choose a scenario and start a call"},
    "cmd.devices": {"de": "Audiogeräte und Headset-Test", "en": "Audio devices and headset check"},
    "cmd.check": {"de": "Headset-Test", "en": "Headset check"},
    "cmd.check.help": {
        "de": "Testton, ein Satz, dann kurz und klar, was zu tun ist (Taste c)",
        "en": "A test tone, one sentence, then one line on what to fix (key c)",
    },
    "cmd.devices.help": {
        "de": "Mikrofon und Kopfhörer wählen, Echo messen",
        "en": "Choose microphone and headphones, measure echo",
    },
    "cmd.progress": {"de": "Fortschritt und Verlauf", "en": "Progress and history"},
    "cmd.progress.help": {
        "de": "Entwicklung je Fähigkeit, häufige Hinweise",
        "en": "Trends per skill, recurring findings",
    },
    "cmd.demo": {"de": "Demo-Anruf starten", "en": "Start a demo call"},
    "cmd.demo.help": {
        "de": "Ein Anruf ohne Mikrofon: Kundin/Kunde und eine synthetische Antwort zum Zuhören",
        "en": "A call without a microphone: listen to the customer and a synthesized reply",
    },
    "cmd.files": {"de": "Zwei Dateien auswerten", "en": "Analyze two files"},
    "cmd.files.help": {
        "de": "Kunden- und Ihre Aufnahme bewerten lassen",
        "en": "Judge a customer and a trainee recording",
    },
    "cmd.record": {"de": "Sätze der Kundenrolle aufnehmen (Trainer)", "en": "Record customer lines (trainer)"},
    "cmd.record.help": {"de": "Eigene Stimme statt Sprachsynthese", "en": "Your own voice instead of speech synthesis"},
    "cmd.help": {"de": "Hilfe und Tasten", "en": "Help and keys"},
    "cmd.help.help": {"de": "Alle Tasten auf einen Blick", "en": "All keys at a glance"},
    "cmd.theme": {"de": "Farbschema", "en": "Theme"},
    "cmd.theme.help": {"de": "Die Farben der Oberfläche wechseln", "en": "Change the colours of the app"},
    "cmd.quit": {"de": "Beenden", "en": "Quit"},
    "cmd.quit.help": {
        "de": "voicecoach schließen – alles Bewertete ist gespeichert",
        "en": "Close voicecoach – everything judged is saved",
    },
    "cmd.maximize": {"de": "Vergrößern", "en": "Maximize"},
    "cmd.maximize.help": {
        "de": "Das gewählte Feld bildschirmfüllend zeigen",
        "en": "Show the focused field full screen",
    },
    "cmd.minimize": {"de": "Verkleinern", "en": "Minimize"},
    "cmd.minimize.help": {"de": "Das Feld wieder in normaler Größe zeigen", "en": "Show the field at its normal size"},
    "cmd.screenshot": {"de": "Bildschirmfoto", "en": "Screenshot"},
    "cmd.screenshot.help": {
        "de": "Den Bildschirm als SVG-Datei im Download-Ordner (sonst im persönlichen Ordner) speichern",
        "en": "Save the screen as an SVG file in the downloads folder (else the home folder)",
    },
    "key.palette": {"de": "Befehle", "en": "Commands"},
    "screenshot.saved": {"de": "Bildschirmfoto gespeichert: {path}", "en": "Screenshot saved: {path}"},
    "screenshot.failed": {
        "de": "Bildschirmfoto nicht gespeichert ({error}) – Schreibrechte im Ordner {folder} prüfen.",
        "en": "Screenshot not saved ({error}) – check that {folder} can be written to.",
    },
    "quit.how.title": {"de": "voicecoach beenden?", "en": "Quit voicecoach?"},
    "quit.how": {"de": "Zum Beenden {key} drücken.", "en": "Press {key} to quit."},
    "textual.dismiss_menu": {"de": "Liste schließen", "en": "Close list"},
    "textual.open_link": {"de": "Link öffnen", "en": "Open link"},
    "textual.open_palette": {"de": "Befehle suchen und ausführen", "en": "Search and run commands"},
    "textual.quit_app": {"de": "voicecoach schließen", "en": "Close voicecoach"},
    "palette.search": {"de": "Befehl suchen …", "en": "Search for commands …"},
    "palette.themes": {"de": "Farbschema suchen …", "en": "Search for themes …"},
    "palette.none": {"de": "Nichts gefunden", "en": "No matches found"},
    "palette.close": {"de": "Schließen", "en": "Close"},
    "palette.next": {"de": "Nächster Befehl", "en": "Next command"},
    "palette.previous": {"de": "Vorheriger Befehl", "en": "Previous command"},
    "palette.next_page": {"de": "Nächste Seite", "en": "Next page"},
    "palette.previous_page": {"de": "Vorherige Seite", "en": "Previous page"},
    "palette.first": {"de": "Zum Anfang", "en": "Go to top"},
    "palette.last": {"de": "Zum Ende", "en": "Go to bottom"},
    "colours.textual-dark": {"de": "Dunkel", "en": "Dark"},
    "colours.textual-light": {"de": "Hell", "en": "Light"},
    "colours.shade-dark": {"de": "dunkel", "en": "dark"},
    "colours.shade-light": {"de": "hell", "en": "light"},
    "cmd.language": {"de": "Sprache: Englisch (English)", "en": "Language: German (Deutsch)"},
    "cmd.language.help": {"de": "Oberfläche auf Englisch umstellen", "en": "Switch the interface to German"},
    "error.unexpected": {
        "de": "Unerwarteter Fehler ({error}) – die Sitzung läuft weiter.",
        "en": "Unexpected error ({error}) – the session goes on.",
    },
    "error.see_log": {"de": "Einzelheiten: {path}", "en": "Details: {path}"},
    # an error nobody foresaw, said as what went wrong and what to do; the library's words after it
    "failure.memory": {
        "de": "Nicht genug Arbeitsspeicher – ein kleineres Whisper-Modell wählen (z. B. base) oder andere Programme schließen ({detail})",
        "en": "Not enough memory – choose a smaller Whisper model (e.g. base) or close other programs ({detail})",
    },
    "failure.compute_type": {
        "de": "Diese Rechengenauigkeit kann das Gerät nicht – in den Einstellungen int8 wählen ({detail})",
        "en": "The device cannot compute at this precision – choose int8 in the settings ({detail})",
    },
    "failure.history": {
        "de": "Der Verlauf ließ sich nicht lesen oder schreiben – Platz und Rechte des Ordners prüfen ({detail})",
        "en": "The history could not be read or written – check the folder's free space and permissions ({detail})",
    },
    "failure.cause": {
        "de": "Fehlgeschlagen: {cause} – die Ursache beheben und noch einmal versuchen ({detail})",
        "en": "Failed: {cause} – fix that and try again ({detail})",
    },
    "failure.other": {
        "de": "Unerwarteter Fehler – bitte noch einmal versuchen; hilft das nicht, mit dem Protokoll melden ({detail})",
        "en": "Unexpected error – please try again; if it persists, report it with the log ({detail})",
    },
    "playback.cannot_open": {
        "de": (
            "Anhören nicht möglich: die Tonausgabe lässt sich nicht öffnen – Kopfhörer prüfen oder unter"
            " Geräte (g) eine andere Ausgabe wählen."
        ),
        "en": (
            "Cannot play back: the sound output does not open – check the headphones or choose another"
            " output under Devices (g)."
        ),
    },
    "playback.stopped": {
        "de": "Anhören abgebrochen: die Tonausgabe ist ausgefallen – Kopfhörer prüfen und noch einmal versuchen.",
        "en": "Playback stopped: the sound output failed – check the headphones and try again.",
    },
    "library.reloaded": {
        "de": "Bibliothek neu geladen: {n:# Szenario|# Szenarien} ({added} neu)",
        "en": "Library reloaded: {n:# scenario|# scenarios} ({added} new)",
    },
    "call.state.next": {"de": "Nächster Schritt …", "en": "Next turn …"},
    "call.muted_hint": {
        "de": "Mikrofon aus – m schaltet es an, sonst zählt nichts als Antwort",
        "en": "microphone off – m turns it on, or nothing counts as a reply",
    },
    "call.hint_muted": {
        "de": "STUMM: niemand hört Sie.   m Mikrofon an · r wiederholen · h auflegen",
        "en": "MUTED: nobody hears you.   m microphone on · r repeat · h hang up",
    },
    "call.unmuted_retry": {
        "de": "Neuer Versuch: Mikrofon wieder an",
        "en": "New try: microphone on again",
    },
    "call.ended_meanwhile": {
        "de": "Der Anruf ist beendet – Enter zeigt die Zusammenfassung.",
        "en": "The call has ended – Enter shows the summary.",
    },
    "error.generic": {"de": "Fehler: {error}", "en": "Error: {error}"},
    "error.no_engine": {
        "de": "Live-Anruf noch nicht verfügbar: {reason}",
        "en": "Live call not available yet: {reason}",
    },
    # the guided headset check (screen and `voicecoach check`): its steps, the sentence, the offer
    "check.title": {"de": "Headset-Test", "en": "Headset check"},
    "check.intro": {
        "de": "Drei Schritte, etwa 15 Sekunden: ein Testton, dann sprechen Sie einen Satz, dann sagt die App,"
        " was zu tun ist. Headset aufsetzen und Enter drücken.",
        "en": "Three steps, about 15 seconds: a test tone, then you say one sentence, then the app says what to"
        " fix. Put the headset on and press Enter.",
    },
    "check.intro_cli": {
        "de": "Headset-Test: ein Testton, dann sprechen Sie einen Satz, dann steht hier, was zu tun ist (etwa 15 s).",
        "en": "Headset check: a test tone, then you say one sentence, then this says what to fix (about 15 s).",
    },
    "check.not_saved": {
        "de": "Hinweis: das Ergebnis ließ sich nicht in den Einstellungen speichern ({error}).",
        "en": "note: the result could not be saved in the settings ({error}).",
    },
    "check.settle": {"de": "1/3  Bitte kurz still sein …", "en": "1/3  Please stay quiet for a moment …"},
    "check.tone": {"de": "1/3  Testton – bitte still sein …", "en": "1/3  Test tone – please stay quiet …"},
    "check.speak": {"de": "2/3  Jetzt sprechen Sie bitte:", "en": "2/3  Now please say:"},
    "check.sentence": {
        "de": "„Guten Tag, hier spricht der Kundenservice. Wie kann ich Ihnen helfen?“",
        "en": "“Good morning, this is customer service. How can I help you?”",
    },
    "check.seconds_left": {"de": "noch {seconds:.0f} s", "en": "{seconds:.0f} s left"},
    "check.done": {"de": "3/3  Ergebnis", "en": "3/3  Result"},
    "check.measured": {
        "de": "Stimme {speech}, Rauschen {noise:.0f} dBFS, Echo {echo}",
        "en": "Voice {speech}, noise {noise:.0f} dBFS, echo {echo}",
    },
    "check.again": {"de": "Enter: noch einmal prüfen · Esc: zurück", "en": "Enter: check again · Esc: back"},
    "check.passed_saved": {"de": "Headset-Test bestanden und gespeichert.", "en": "Headset check passed and saved."},
    "check.offer": {
        "de": "Erster Start: 15 s Headset-Test für Mikrofon und Echo – Taste c.",
        "en": "First start: a 15 s headset check of microphone and echo – press c.",
    },
    "check.failed": {"de": "Headset-Test nicht möglich: {reason}", "en": "Headset check not possible: {reason}"},
    "check.none": {"de": "keines", "en": "none"},
    "check.not_heard": {"de": "nicht gehört", "en": "not heard"},
    "check.unclear": {"de": "nicht messbar", "en": "not measurable"},
}

#: What the customer says when cut off and the scenario's persona has no line of its own.
PROTEST: Words = {"de": "Darf ich bitte ausreden?", "en": "Could you let me finish, please?"}

#: The headset check's verdict in one sentence; ``echo`` takes ``echo_db`` (dB, no decimals).
HEADSET_CHECK: dict[str, Words] = {
    "silent": {
        "de": "Das Mikrofon liefert Stille: Stummschaltung prüfen oder ein anderes Gerät wählen.",
        "en": "The microphone records silence: check that it is not muted, or choose another device.",
    },
    "echo": {
        "de": "Die Stimme des Kunden kommt im Mikrofon an ({echo_db:.0f} dB): bitte ein Headset benutzen.",
        "en": "The customer's voice reaches the microphone ({echo_db:.0f} dB): please use a headset.",
    },
    # the tone alone tells nothing about the voice: never "fine" (the guided check's "good" needs speech)
    "fine": {"de": "Kein Echo gemessen.", "en": "No echo measured."},
    # the guided check's verdicts (core/headset.py VERDICTS): one line, what to fix
    "no_signal": {
        "de": "Kein Mikrofonsignal: Headset einstecken, Stummschaltung am Kabel prüfen oder unter Geräte (g)"
        " das richtige Mikrofon wählen.",
        "en": "No microphone signal: plug in the headset, check its mute switch, or choose the right microphone"
        " under Devices (g).",
    },
    "too_quiet": {
        "de": "Zu leise ({level_db:.0f} dBFS): Mikrofon näher an den Mund oder den Eingangspegel im System erhöhen.",
        "en": "Too quiet ({level_db:.0f} dBFS): move the microphone closer to your mouth or raise the input level"
        " in the system settings.",
    },
    "echo_unclear": {
        "de": "Das Echo ließ sich nicht messen, weil es beim Testton laut war: beim Ton still sein und noch einmal prüfen.",
        "en": "The echo could not be measured because it was loud during the test tone: stay quiet during the tone"
        " and check again.",
    },
    "good": {
        "de": "Alles gut: Ihre Stimme kommt klar an ({level_db:.0f} dBFS), kein Echo.",
        "en": "All good: your voice comes through clearly ({level_db:.0f} dBFS), no echo.",
    },
}


#: Textual's own English texts that can reach the screen (key labels and tooltips of its widgets'
#: bindings: the open list of a ``Select`` shows "esc Dismiss menu" in the footer), by the key of
#: our text for them. ``voicecoach.i18n.textual_text`` looks them up; a test lists every binding
#: Textual's widgets show and fails on one missing here.
TEXTUAL: dict[str, str] = {
    "Dismiss menu": "textual.dismiss_menu",
    "Open link": "textual.open_link",
    "Exit the command palette": "palette.close",
    "palette": "key.palette",
    "Open the command palette": "textual.open_palette",
    "Quit": "key.quit",
    "Quit the app and return to the command prompt.": "textual.quit_app",
}
