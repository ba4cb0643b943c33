"""Texts of the app in German and English.

The language comes from ``settings.ui_language``, else from the system locale
(:func:`voicecoach.adapters.settings.system_language`). ``t("key", name=...)`` returns the text in the
current language; a key that is missing in one language falls back to English, and an unknown
key is returned as is (so a typo shows on screen instead of crashing the call).
"""

from __future__ import annotations

from typing import Literal

UiLanguage = Literal["de", "en"]
LANGUAGES: tuple[UiLanguage, ...] = ("de", "en")

_current: UiLanguage = "en"

#: key -> (German, English)
STRINGS: dict[str, tuple[str, str]] = {
    # app, general
    "app.title": ("voicecoach", "voicecoach"),
    "app.subtitle": ("Telefontraining mit simulierten Kunden", "Phone practice with simulated customers"),
    "key.quit": ("Beenden", "Quit"),
    "key.help": ("Hilfe", "Help"),
    "key.back": ("Zurück", "Back"),
    "key.start": ("Starten", "Start"),
    "key.search": ("Suchen", "Search"),
    "key.devices": ("Geräte", "Devices"),
    "key.progress": ("Fortschritt", "Progress"),
    "key.demo": ("Demo-Anruf", "Demo call"),
    "key.files": ("Dateien prüfen", "Analyze files"),
    "key.record": ("Aufnehmen", "Record"),
    "key.repeat": ("Wiederholen", "Repeat"),
    "key.mute": ("Stumm", "Mute"),
    "key.hangup": ("Auflegen", "Hang up"),
    "key.retry": ("Nochmal", "Retry"),
    "key.listen": ("Anhören", "Listen back"),
    "key.next": ("Weiter", "Go on"),
    "key.check": ("Headset-Test", "Headset check"),
    "key.save": ("Speichern", "Save"),
    "key.redo": ("Neu aufnehmen", "Redo"),
    "key.keep": ("Behalten", "Keep"),
    "key.play": ("Abspielen", "Play"),
    "key.language": ("Sprache", "Language"),
    "key.analyze": ("Auswerten", "Analyze"),
    "key.close": ("Schließen", "Close"),
    "key.filter": ("Filter", "Filter"),
    "yes": ("ja", "yes"),
    "no": ("nein", "no"),
    "all": ("alle", "all"),
    "none": ("keine", "none"),
    "seconds": ("{n:.1f} s", "{n:.1f} s"),
    # languages, difficulty, moods, skills
    "lang.de": ("Deutsch", "German"),
    "lang.en": ("Englisch", "English"),
    "difficulty.easy": ("leicht", "easy"),
    "difficulty.medium": ("mittel", "medium"),
    "difficulty.hard": ("schwer", "hard"),
    "mood.calm": ("ruhig", "calm"),
    "mood.friendly": ("freundlich", "friendly"),
    "mood.annoyed": ("genervt", "annoyed"),
    "mood.angry": ("wütend", "angry"),
    "mood.confused": ("verwirrt", "confused"),
    "mood.sceptical": ("skeptisch", "sceptical"),
    "mood.hurried": ("in Eile", "in a hurry"),
    "mood.sad": ("traurig", "sad"),
    "patience.low": ("wenig Geduld", "little patience"),
    "patience.high": ("geduldig", "patient"),
    "skill.all": ("alle Fähigkeiten", "every skill"),
    "theme.complaint": ("Reklamation", "complaint"),
    "theme.cancellation": ("Kündigung", "cancellation"),
    "theme.sales": ("Verkauf", "sales"),
    "theme.service": ("Service", "service"),
    "theme.billing": ("Rechnung", "billing"),
    "theme.support": ("Support", "support"),
    # library
    "library.title": ("Szenarien", "Scenarios"),
    "library.search": ("Suchen (/) – Titel, Thema, Person …", "Search (/) – title, theme, persona …"),
    "library.language": ("Sprache", "Language"),
    "library.difficulty": ("Schwierigkeit", "Difficulty"),
    "library.theme": ("Thema", "Theme"),
    "library.empty": (
        "Keine Szenarien gefunden. Filter zurücksetzen oder Szenarien in {folder} ablegen.",
        "No scenarios found. Clear the filters or put scenarios into {folder}.",
    ),
    "library.count": ("{shown} von {total} Szenarien", "{shown} of {total} scenarios"),
    "library.situation": ("Situation", "Situation"),
    "library.goal": ("Ziel", "Goal"),
    "library.persona": ("Kunde", "Customer"),
    "library.turns": ("{n} Gesprächsschritte", "{n} turns"),
    "library.recorded": ("{n} Zeilen vom Trainer aufgenommen", "{n} lines recorded by a trainer"),
    "library.start_hint": ("Enter: Anruf starten", "Enter: start the call"),
    "library.problems": (
        "{n} Szenario-Datei(en) fehlerhaft und übersprungen: {first}",
        "{n} scenario file(s) broken and skipped: {first}",
    ),
    "library.problems_more": (
        "Alle Probleme: voicecoach scenarios validate",
        "All problems: voicecoach scenarios validate",
    ),
    # audio status / no microphone
    "audio.ok": ("Audio: {input} → {output}", "Audio: {input} → {output}"),
    "audio.missing": ("Live-Übung nicht möglich: {reason}", "Live practice unavailable: {reason}"),
    "audio.no_input": (
        "kein Mikrofon gefunden – Headset anschließen (oder PulseAudio starten) und voicecoach neu öffnen",
        "no microphone found – plug in a headset (or start PulseAudio) and open voicecoach again",
    ),
    "audio.no_output": (
        "kein Kopfhörer/Lautsprecher gefunden – Headset anschließen und voicecoach neu öffnen",
        "no headphones or speaker found – plug in a headset and open voicecoach again",
    ),
    "audio.offer": (
        "Ohne Mikrofon: d = Demo-Anruf, f = zwei Dateien auswerten.",
        "Without a microphone: d = demo call, f = analyze two files.",
    ),
    "audio.failed_mid_call": (
        "Audiogerät ausgefallen: {reason}. Bisherige Aufnahme ist gespeichert.",
        "Audio device failed: {reason}. What was recorded so far is kept.",
    ),
    "audio.no_sound": (
        "vom Mikrofon kommt nichts mehr an (Headset abgezogen, Soundserver beendet?)",
        "no sound arrives from the microphone any more (headset unplugged, sound server gone?)",
    ),
    "audio.hang_up_hint": (
        "h legt auf; alles Bewertete bleibt gespeichert.",
        "h hangs up; everything judged so far is kept.",
    ),
    "audio.not_responding": (
        "das Audiogerät antwortet nicht mehr; Headset prüfen und voicecoach neu starten",
        "the audio device stopped responding; check the headset and restart voicecoach",
    ),
    "notice.demo_sound": ("Demo mit Ton über „{detail}“", "Demo sound through '{detail}'"),
    "notice.demo_silent": ("Demo ohne Ton: {detail}", "Demo without sound: {detail}"),
    "notice.demo_lost": (
        "Der Ton der Demo ist ausgefallen ({detail}); der Anruf läuft ohne Ton weiter",
        "The demo's sound failed ({detail}); the call goes on without sound",
    ),
    "notice.demo_fast": (
        "Demo ohne Ton bei Tempo {detail} (Ton nur bei normalem Tempo)",
        "Demo without sound at speed {detail} (sound at normal speed only)",
    ),
    "audio.demo_mode": ("DEMO – ohne Mikrofon, die Antworten sind synthetisch", "DEMO – no microphone, the replies are synthesized"),
    # call
    "call.title": ("Anruf", "Call"),
    "call.turn": ("Schritt {n}", "Turn {n}"),
    "call.state.connecting": ("Verbinde …", "Connecting …"),
    "call.state.customer": ("Kunde spricht …", "Customer speaking …"),
    "call.state.your_turn": ("Sie sind dran", "Your turn"),
    "call.state.speaking": ("Sie sprechen …", "You are speaking …"),
    "call.state.interrupted": ("Unterbrechung!", "Interruption!"),
    "call.state.interjection": ("Kunde fällt Ihnen ins Wort – lassen Sie ihn ausreden", "Customer cuts in – let them finish"),
    "call.state.listening": ("Höre zu …", "Listening …"),
    "call.state.judging": ("Werte aus …", "Judging …"),
    "call.state.unanswered": ("Keine Antwort gehört", "No reply heard"),
    "call.state.muted": ("Stummgeschaltet – der Kunde hört Sie nicht", "Muted – the customer cannot hear you"),
    "call.state.ended": ("Aufgelegt", "Call ended"),
    "call.state.problem": ("Audioproblem", "Audio problem"),
    "call.interrupted_at": ("unterbrochen bei {time} s", "interrupted at {time} s"),
    "call.lane.customer": ("Kunde", "Customer"),
    "call.lane.you": ("Sie", "You"),
    "call.overlap": ("Überlappung", "overlap"),
    "call.transcript": ("Mitschrift", "Transcript"),
    "call.level": ("Mikrofon", "Microphone"),
    "call.hint": (
        "Einfach sprechen – keine Taste nötig.   r wiederholen · m stumm · h auflegen",
        "Just speak – no key needed.   r repeat · m mute · h hang up",
    ),
    "call.unmuted": ("Mikrofon wieder an", "Microphone on again"),
    "call.muted": ("Mikrofon stumm", "Microphone muted"),
    # feedback
    "feedback.title": ("Rückmeldung", "Feedback"),
    "feedback.score": ("Punkte {score}/100", "Score {score}/100"),
    "feedback.findings": ("Was auffiel", "What stood out"),
    "feedback.no_findings": ("Nichts zu beanstanden – gut gemacht.", "Nothing to fault – well done."),
    "feedback.tips": ("Tipps", "Tips"),
    "feedback.example": ("So könnte es klingen", "It could sound like this"),
    "feedback.skills": ("Fähigkeiten", "Skills"),
    "feedback.legend": ("Markiert:", "Marked:"),
    "feedback.legend.key": ("Kernpunkte", "key points"),
    "feedback.legend.reask": ("Nachfrage nach Bekanntem", "re-asking known facts"),
    "feedback.legend.filler": ("Füllwörter", "filler"),
    "feedback.legend.avoid": ("zu vermeiden", "avoid"),
    "feedback.legend.overlap": ("über den Kunden gesprochen", "spoken over the customer"),
    "feedback.keys": ("t nochmal · l anhören · Enter weiter", "t retry · l listen back · Enter go on"),
    "feedback.keys_review": ("l anhören · Enter nächster Schritt · Esc zurück", "l listen back · Enter next turn · Esc back"),
    "feedback.keys_file": ("l anhören · Enter zurück", "l listen back · Enter back"),
    "feedback.last": ("Enter: zur Zusammenfassung", "Enter: to the summary"),
    "feedback.listening": ("Spiele Ihre Antwort mit dem Kunden ab …", "Playing your reply with the customer …"),
    "feedback.no_audio": ("Keine Aufnahme zum Anhören", "No recording to play back"),
    "feedback.unanswered": ("Keine Antwort in diesem Schritt.", "No reply in this turn."),
    "feedback.silent_reply": ("(nichts gesagt)", "(nothing said)"),
    # summary
    "summary.title": ("Zusammenfassung", "Summary"),
    "summary.total": ("Gesamt", "Total"),
    "summary.worst": ("Die schwächsten Momente", "The worst moments"),
    "summary.next": ("Als Nächstes üben", "Practise next"),
    "summary.turns": ("{n} Schritte, Dauer {duration}", "{n} turns, {duration} long"),
    "summary.turns_one": ("1 Schritt, Dauer {duration}", "1 turn, {duration} long"),
    "summary.saved": ("Gespeichert als Sitzung {id}", "Saved as session {id}"),
    "summary.not_saved": ("Nicht gespeichert: {reason}", "Not saved: {reason}"),
    "summary.keys": ("Enter zur Bibliothek · a nochmal anrufen · p Fortschritt", "Enter library · a call again · p progress"),
    "summary.again": ("Nochmal anrufen", "Call again"),
    "summary.none": ("Keine bewerteten Schritte.", "No judged turns."),
    "summary.at": ("Schritt {turn}, bei {time}", "turn {turn}, at {time}"),
    # devices
    "devices.title": ("Audiogeräte", "Audio devices"),
    "devices.input": ("Eingabe (Mikrofon)", "Input (microphone)"),
    "devices.output": ("Ausgabe (Kopfhörer)", "Output (headphones)"),
    "devices.default": ("Systemstandard", "System default"),
    "devices.none": ("Audiogeräte: {reason}", "Audio devices: {reason}"),
    "devices.check": ("Headset-Test starten (c)", "Run headset check (c)"),
    "devices.checking": ("Spiele Testton und nehme auf …", "Playing a test tone and recording …"),
    "devices.result": (
        "Pegel: Mikrofon {mic}, Echo {echo}.",
        "Levels: microphone {mic}, echo {echo}.",
    ),
    "devices.echo_high": (
        "Starkes Echo: der Lautsprecher kommt ins Mikrofon. Bitte ein Headset benutzen, sonst erkennt die App falsche Unterbrechungen.",
        "Strong echo: the speaker reaches the microphone. Please use a headset, or the app will see false interruptions.",
    ),
    "devices.echo_ok": ("Kaum Echo – gut so.", "Hardly any echo – good."),
    "devices.mic_silent": (
        "Das Mikrofon hat nichts aufgenommen: richtiges Gerät gewählt? Nicht stummgeschaltet?",
        "The microphone recorded nothing: right device chosen? Not muted?",
    ),
    "devices.saved": ("Geräte gespeichert.", "Devices saved."),
    "devices.check_saved": ("Headset-Test gespeichert.", "Headset check saved."),
    "devices.echo_saved": (
        "Gespeicherter Headset-Test vom {date} ist aktiv: Echo {echo}.",
        "Saved headset check from {date} in use: echo {echo}.",
    ),
    "devices.echo_saved_other": (
        "Der gespeicherte Headset-Test vom {date} gehört zu anderen Geräten und wird nicht genutzt.",
        "The saved headset check from {date} belongs to other devices and is not used.",
    ),
    "devices.echo_none": ("keins", "none"),
    "devices.unavailable": ("Headset-Test nicht verfügbar: {reason}", "Headset check not available: {reason}"),
    # progress
    "progress.title": ("Fortschritt", "Progress"),
    "progress.trends": ("Verlauf je Fähigkeit", "Trend per skill"),
    "progress.recurring": ("Häufige Befunde", "Recurring findings"),
    "progress.best": ("Beste Szenarien", "Best scenarios"),
    "progress.worst": ("Schwächste Szenarien", "Weakest scenarios"),
    "progress.next": ("Als Nächstes üben", "Practise next"),
    "progress.next_skill": ("Fähigkeit: {skill}", "Skill: {skill}"),
    "progress.next_kind": ("Am häufigsten: {kind}", "Most frequent: {kind}"),
    "progress.next_scenario": ("Nochmal anrufen: {title}", "Call again: {title}"),
    "progress.history": ("Verlauf", "History"),
    "progress.empty": (
        "Noch keine Sitzungen. Starten Sie einen Anruf in der Bibliothek (oder d für einen Demo-Anruf).",
        "No sessions yet. Start a call from the library (or d for a demo call).",
    ),
    "progress.unavailable": ("Verlauf nicht verfügbar: {reason}", "History not available: {reason}"),
    "progress.col.date": ("Datum", "Date"),
    "progress.col.scenario": ("Szenario", "Scenario"),
    "progress.col.score": ("Punkte", "Score"),
    "progress.col.turns": ("Schritte", "Turns"),
    "progress.hint": ("Enter: Sitzung Schritt für Schritt ansehen", "Enter: review a session turn by turn"),
    "progress.times": ("{n}×", "{n}×"),
    "progress.no_library": (
        "Szenarien nicht lesbar ({reason}); im Rückblick fehlen die Wortmarkierungen.",
        "Scenarios could not be read ({reason}); reviews show no word marks.",
    ),
    # recording (trainer)
    "record.title": ("Kundenzeilen aufnehmen", "Record the customer's lines"),
    "record.keys": (
        "Enter/Leertaste aufnehmen/stoppen · p anhören · r neu · k behalten · ↑↓ Schritt",
        "Enter/space record/stop · p listen · r redo · k keep · ↑↓ turn",
    ),
    "record.status.none": ("keine Aufnahme (Sprachsynthese)", "no recording (speech synthesis)"),
    "record.status.kept": ("aufgenommen: {file}", "recorded: {file}"),
    "record.status.take": ("neue Aufnahme {seconds} – k behalten, r neu", "new take {seconds} – k keep, r redo"),
    "record.recording": ("● Aufnahme läuft – sprechen Sie die Zeile, Enter stoppt", "● Recording – speak the line, Enter stops"),
    "record.saved": ("Gespeichert: {file}", "Saved: {file}"),
    "record.empty": ("Die Aufnahme ist still – nochmal versuchen", "The take is silent – try again"),
    "record.pick": ("Szenario zum Aufnehmen wählen", "Choose a scenario to record"),
    "record.unavailable": ("Aufnehmen nicht möglich: {reason}", "Cannot record: {reason}"),
    # files
    "files.title": ("Zwei Dateien auswerten", "Analyze two files"),
    "files.customer": ("Kundenspur (WAV, FLAC, MP3 …)", "Customer track (WAV, FLAC, MP3 …)"),
    "files.trainee": ("Ihre Spur", "Your track"),
    "files.scenario": ("Szenario (optional) und Schritt", "Scenario (optional) and turn"),
    "files.missing": (
        "{field}: keine Datei unter „{path}“ – den Pfad einer Aufnahme eingeben",
        "{field}: no file at '{path}' – type the path of a recording",
    ),
    "files.no_scenario": ("— ohne Szenario (nur Timing und allgemeine Prüfungen) —", "— no scenario (timing and general checks only) —"),
    "files.run": ("Auswerten (Enter)", "Analyze (Enter)"),
    "files.working": ("Werte aus … (Sprache erkennen, Transkription)", "Analyzing … (speech detection, transcription)"),
    "files.unavailable": ("Dateimodus nicht verfügbar: {reason}", "File mode not available: {reason}"),
    "files.no_library": (
        "Szenarien nicht lesbar ({reason}); Auswertung nur ohne Szenario möglich.",
        "Scenarios could not be read ({reason}); files can be analysed without a scenario only.",
    ),
    # help
    "help.title": ("Hilfe und Tasten", "Help and keys"),
    "help.body": (
        """\
## So funktioniert ein Anruf

Wählen Sie ein Szenario und drücken Sie **Enter**. Der Kunde spricht über das Headset; Sie
antworten einfach – **keine Taste** nötig. Nach einer kurzen Pause gilt Ihre Antwort als
beendet und wird bewertet. Sie dürfen jederzeit sprechen, auch während der Kunde noch redet –
das zählt dann als Unterbrechung.

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
| Bibliothek | **a** | Zeilen als Trainer aufnehmen |
| Bibliothek | **u** | Oberfläche Deutsch/Englisch |
| Anruf | **r** | Kundenzeile wiederholen |
| Anruf | **m** | stumm / wieder an |
| Anruf | **h** / **Esc** | auflegen |
| Rückmeldung | **t** | Schritt nochmal versuchen |
| Rückmeldung | **l** | Ihre Antwort mit dem Kunden anhören |
| Rückmeldung | **Enter** / **n** | weiter |
| Geräte | **c** | Headset-Test (misst das Echo; die App rechnet es heraus) |
| Fortschritt | **Enter** | eine Sitzung Schritt für Schritt ansehen |
| Trainer | **Enter** / **p** / **r** / **k** | aufnehmen / anhören / neu / behalten |

## Ohne Mikrofon

Die App läuft auch ohne Mikrofon: **d** startet einen Demo-Anruf, in dem eine synthetische
Stimme gut antwortet; mit Lautsprecher oder Kopfhörer hören Sie beide Seiten (ohne Ausgabegerät
läuft die Demo stumm). **f** wertet zwei Aufnahmen aus. Für PortAudio unter Debian/Ubuntu:
`sudo apt install libportaudio2`.
""",
        """\
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
| Library | **a** | record lines as a trainer |
| Library | **u** | interface German/English |
| Call | **r** | repeat the customer's line |
| Call | **m** | mute / unmute |
| Call | **h** / **Esc** | hang up |
| Feedback | **t** | retry the turn |
| Feedback | **l** | listen back to your reply with the customer |
| Feedback | **Enter** / **n** | go on |
| Devices | **c** | headset check (measures echo; the app takes it out) |
| Progress | **Enter** | review a session turn by turn |
| Trainer | **Enter** / **p** / **r** / **k** | record / listen / redo / keep |

## Without a microphone

The app runs without a microphone too: **d** starts a demo call in which a synthesized voice
gives good replies; with speakers or headphones you hear both sides (without an output device
the demo runs silently). **f** analyzes two recordings. For PortAudio on Debian/Ubuntu:
`sudo apt install libportaudio2`.
""",
    ),
    # command palette
    "cmd.library": ("Bibliothek öffnen", "Open the library"),
    "cmd.library.help": ("Szenarien wählen und Anruf starten", "Choose a scenario and start a call"),
    "cmd.devices": ("Audiogeräte und Headset-Test", "Audio devices and headset check"),
    "cmd.devices.help": ("Mikrofon und Kopfhörer wählen, Echo messen", "Choose microphone and headphones, measure echo"),
    "cmd.progress": ("Fortschritt und Verlauf", "Progress and history"),
    "cmd.progress.help": ("Trends je Fähigkeit, häufige Befunde", "Trends per skill, recurring findings"),
    "cmd.demo": ("Demo-Anruf starten", "Start a demo call"),
    "cmd.demo.help": (
        "Ein Anruf ohne Mikrofon: Kunde und synthetische Antwort zum Zuhören",
        "A call without a microphone: listen to the customer and a synthesized reply",
    ),
    "cmd.files": ("Zwei Dateien auswerten", "Analyze two files"),
    "cmd.files.help": ("Kunden- und Ihre Aufnahme bewerten lassen", "Judge a customer and a trainee recording"),
    "cmd.record": ("Kundenzeilen aufnehmen (Trainer)", "Record customer lines (trainer)"),
    "cmd.record.help": ("Eigene Stimme statt Sprachsynthese", "Your own voice instead of speech synthesis"),
    "cmd.help": ("Hilfe und Tasten", "Help and keys"),
    "cmd.help.help": ("Alle Tasten auf einen Blick", "All keys at a glance"),
    "cmd.language": ("Sprache: English", "Language: Deutsch"),
    "cmd.language.help": ("Oberfläche auf Englisch umstellen", "Switch the interface to German"),
    # errors
    "error.generic": ("Fehler: {error}", "Error: {error}"),
    "error.no_engine": (
        "Live-Anruf noch nicht verfügbar: {reason}",
        "Live call not available yet: {reason}",
    ),
}


def set_language(language: str | None) -> UiLanguage:
    """Choose the UI language ('de' or 'en'); anything else means English."""
    global _current
    _current = "de" if language == "de" else "en"
    return _current


def current_language() -> UiLanguage:
    return _current


def choose_language(setting: str | None) -> UiLanguage:
    """The setting when given, else the system locale."""
    if setting in LANGUAGES:
        return setting  # type: ignore[return-value]
    from voicecoach.adapters.settings import system_language

    return "de" if system_language() == "de" else "en"


def t(key: str, /, **values: object) -> str:
    """The text for ``key`` in the current language, with ``values`` filled in."""
    pair = STRINGS.get(key)
    if pair is None:
        return key
    text = pair[0] if _current == "de" else pair[1]
    if not text:
        text = pair[1]
    return text.format(**values) if values else text


def label(prefix: str, value: str) -> str:
    """``label("mood", "angry")`` -> "wütend"; the raw value when there is no translation.

    Finding kinds and skills use the judge's own names (``voicecoach.core.messages``), so the
    screen and the reports say the same.
    """
    if prefix == "skill" and value == "all":
        return t("skill.all")
    if prefix in ("kind", "skill"):
        from voicecoach.core.messages import kind_label, skill_label

        return (kind_label if prefix == "kind" else skill_label)(value, _current)
    key = f"{prefix}.{value}"
    return t(key) if key in STRINGS else value
