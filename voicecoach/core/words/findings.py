"""What the coach says about a finding: a message and a tip for every kind, in German and English.

The catalogue is keyed by ``(kind, variant)``; a variant is the finding's reason or a finer
case of it (``interruption``/``end``: cut into the last words). Texts take their numbers from
the finding's evidence (``{into}``, ``{left}``, ``{said}`` ...) and the customer from the scenario
(``{who}``: "Frau Keller", or "Ihr Gegenüber" / "the customer" without a scenario). Seconds are
written with one decimal, in German with a decimal comma ("1,2 s").

Written in our own words after the seed articles in ``shared/seeds``: let people finish, take
up their feeling first, never contradict head-on, accept a no, ask what is needed.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from typing import Any

from voicecoach.core.words.lookup import Words, fill_map, pick, seconds
from voicecoach.core.words.voices import name_after_von, object_name

Texts = dict[str, tuple[str, str]]  # language -> (message, tip)

CATALOGUE: dict[tuple[str, str | None], Texts] = {
    ("interruption", None): {
        "de": (
            "Sie sind nach {into} s in den Satz {whose} gefallen, {left} s bevor er zu Ende war{cut}.",
            "Lassen Sie den Satz ganz zu Ende gehen, machen Sie eine kleine Pause und antworten Sie "
            "dann. Wer zwischendurch zeigen will, dass er folgt, sagt nur kurz „mhm“.",
        ),
        "en": (
            "You came in {into} s into {whose} line, {left} s before it was finished{cut}.",
            "Let the sentence run to its end, pause briefly, then answer. To show you are following "
            'while someone talks, a short "mhm" is enough.',
        ),
    },
    ("interruption", "end"): {
        "de": (
            "Sie haben {left} s vor dem Ende des Satzes {whose} eingesetzt – knapp, aber noch in "
            "die letzten Worte hinein{cut_short}.",
            "Warten Sie das letzte Wort und einen Atemzug ab. Am Telefon hört Ihr Gegenüber sonst "
            "nur, dass Sie schon auf Ihren Einsatz gewartet haben.",
        ),
        "en": (
            "You started {left} s before {whose} sentence had ended – close, but still over the last words{cut_short}.",
            "Wait for the last word and one breath. On the phone, anything earlier sounds as if you "
            "were only waiting for your turn.",
        ),
    },
    ("interruption", "pause"): {
        "de": (
            "Sie haben bei {at} s in einer Sprechpause {whose} eingesetzt, obwohl noch {left} s "
            "der Aussage folgten{cut}.",
            "Eine kurze Pause heißt nicht, dass Ihr Gegenüber fertig ist. Warten Sie, bis der "
            "Gedanke abgeschlossen ist – im Zweifel eine Sekunde länger.",
        ),
        "en": (
            "You started at {at} s in a pause in {whose} line, {left} s before its end{cut}.",
            "A short pause doesn't mean the other person has finished. Wait until the thought is "
            "complete – when in doubt, one second longer.",
        ),
    },
    ("backchannel", None): {
        "de": (
            "Gut: Ihr kurzes {said} bei {at} s zeigt Aufmerksamkeit, ohne {whom} das Wort zu nehmen.",
            "Solche kurzen Signale ersetzen am Telefon das Nicken – sparsam eingesetzt wirken sie aufmerksam.",
        ),
        "en": (
            "Good: your short {said} at {at} s showed you were listening without taking the floor from {whom}.",
            "Short signals like this replace nodding on the phone; used sparingly they sound attentive.",
        ),
    },
    ("talk_over", "overlap"): {
        "de": (
            "Ab {at} s haben Sie und {who} {seconds} s lang gleichzeitig gesprochen; dabei geht auf "
            "beiden Seiten verloren, was gesagt wird.",
            "Sobald Sie merken, dass Sie beide reden: aufhören und {whom} den Vortritt lassen. Ihren "
            "Gedanken bringen Sie danach zu Ende.",
        ),
        "en": (
            "From {at} s you and {who} spoke at the same time for {seconds} s; neither of you could really be heard.",
            "As soon as you notice you are both talking, stop and let {whom} go first. You can "
            "finish your thought afterwards.",
        ),
    },
    ("talk_over", "no_yield"): {
        "de": (
            "{Who} wollte bei {at} s etwas einwerfen, aber Sie haben noch {kept} s weitergesprochen, "
            "{seconds} s davon gleichzeitig.",
            "Spricht Ihr Gegenüber dazwischen, halten Sie innerhalb einer Sekunde inne und hören zu "
            "– ein Einwurf zeigt, was gerade wirklich wichtig ist.",
        ),
        "en": (
            "{Who} tried to cut in at {at} s, but you kept talking for another {kept} s, {seconds} s of it at the "
            "same time.",
            "When the other person cuts in, stop within a second and listen: an interjection tells "
            "you what matters right now.",
        ),
    },
    ("yielded", None): {
        "de": (
            "Gut: Als {who} bei {at} s dazwischensprach, haben Sie nach {yield_s} s innegehalten.",
            "Genau so. Greifen Sie den Einwurf danach ausdrücklich auf, bevor Sie weitermachen.",
        ),
        "en": (
            "Good: when {who} cut in at {at} s, you stopped within {yield_s} s.",
            "That's it. Pick up what was said before you carry on.",
        ),
    },
    ("not_listening", "missed_point"): {
        "de": (
            "In Ihrer Antwort fehlt ein wichtiger Punkt – etwa {examples}.",
            "Gehen Sie auf jeden Punkt ein, den das Gespräch gerade verlangt – oft reicht ein Satz, z. B. „{example}“.",
        ),
        "en": (
            "Your reply left out a key point – something like {examples}.",
            'Cover every point the moment calls for; one sentence is often enough, e.g. "{example}".',
        ),
    },
    ("not_listening", "missed_point_no_time"): {
        "de": (
            "Ihre Antwort nennt keinen Zeitpunkt, und hier war einer gefragt – etwa {examples}.",
            "Sagen Sie konkret, wann: einen Tag, eine Uhrzeit oder eine Frist, z. B. „{example}“.",
        ),
        "en": (
            "Your reply gave no time or date, and the moment called for one – something like {examples}.",
            'Say when: a day, a time or a deadline, e.g. "{example}".',
        ),
    },
    ("not_listening", "missed_point_no_call"): {
        "de": (
            "Ihre Antwort vereinbart keinen Anruf, und der war hier gefragt – etwa {examples}.",
            "Sagen Sie, wer wann anruft, im Zeitfenster des Kunden, z. B. „{example}“.",
        ),
        "en": (
            "Your reply set up no call, and the moment called for one – something like {examples}.",
            'Say who will call and when, inside the customer\'s window, e.g. "{example}".',
        ),
    },
    ("not_listening", "missed_point_refused"): {
        "de": (
            "Statt auf etwa {examples} einzugehen, haben Sie abgelehnt oder weitergeschickt („{refused}“) – das Anliegen bleibt liegen.",
            "Sagen Sie, was Sie tun können, auch wenn es nur ein Teil ist: „Das entscheide ich nicht "
            "allein, aber ich lege es heute der Leitung vor und rufe Sie bis 16 Uhr an.“",
        ),
        "en": (
            'Instead of taking up something like {examples}, you turned it down or sent it elsewhere ("{refused}") – the request is left lying.',
            "Say what you can do, even if it is only part of it: \"I can't decide that alone, but I'll "
            'put it to my manager today and call you back by four."',
        ),
    },
    ("not_listening", "missed_point_instead"): {
        "de": (
            "Statt auf etwa {examples} einzugehen, haben Sie „{instead}“ gesagt – die Sache selbst bleibt offen.",
            "Nehmen Sie das Anliegen an und sagen Sie, was Sie tun, z. B. „{example}“.",
        ),
        "en": (
            'Instead of taking up something like {examples}, you said "{instead}" – the matter itself is left open.',
            'Take the request on and say what you will do, e.g. "{example}".',
        ),
    },
    ("not_listening", "missed_point_deferred"): {
        "de": (
            "Statt auf etwa {examples} einzugehen, haben Sie die Frage offen gelassen („{refused}“) – {who} weiß so viel wie vorher.",
            "Sagen Sie, was Sie jetzt schon zusagen können und bis wann die offene Frage geklärt ist: "
            "„Das kläre ich noch heute und rufe Sie bis 16 Uhr mit einer Antwort an.“",
        ),
        "en": (
            'Instead of taking up something like {examples}, you left the question open ("{refused}") – {who} knows no more than before.',
            "Say what you can promise now and by when the open part is settled: \"I'll find that out "
            'today and call you back with an answer by four."',
        ),
    },
    ("not_listening", "missed_point_handover"): {
        "de": (
            "Sie geben das Anliegen nur weiter – es fehlt, was jetzt passiert, etwa {examples}.",
            "Sagen Sie, was dann geschieht und bis wann, z. B. „{example}“.",
        ),
        "en": (
            "You only pass the matter on – what happens now is missing, something like {examples}.",
            'Say what happens next and by when, e.g. "{example}".',
        ),
    },
    ("not_listening", "missed_point_uncommitted"): {
        "de": (
            "Sie nennen „{closest}“, sagen es aber nicht fest zu – {who} hat noch keinen festen Termin.",
            "Sagen Sie einen Termin fest zu, z. B. „{example}“.",
        ),
        "en": (
            'You named "{closest}" but did not commit to it – {who} still has no firm time.',
            'Commit to a time, e.g. "{example}".',
        ),
    },
    ("not_listening", "missed_point_partial"): {
        "de": (
            "Sie geben nur einen Teil („{closest}“) – {who} steht das Ganze zu, etwa {examples}.",
            "Geben Sie, was der Kunde zu bekommen hat, ganz und ohne Bedingung, z. B. „{example}“.",
        ),
        "en": (
            'You gave only part of it ("{closest}") – {who} is owed all of it, something like {examples}.',
            'Give what the customer is owed in full, with no strings, e.g. "{example}".',
        ),
    },
    ("not_listening", "missed_point_record"): {
        "de": (
            "Sie lesen nur die Daten aus der Akte vor – es fehlt, was jetzt passiert, etwa {examples}.",
            "Gehen Sie auf das Anliegen ein und sagen Sie, was Sie tun, z. B. „{example}“.",
        ),
        "en": (
            "You only read the details back from the file – what happens now is missing, something like {examples}.",
            'Take up the matter and say what you will do, e.g. "{example}".',
        ),
    },
    ("not_listening", "time_conflict"): {
        "de": (
            "Sie haben „{said}“ angeboten – {who} hatte aber gesagt: „{limit}“.",
            # (no clock time in the example: next to the customer's limit it read as one more offer
            # against it, "morgen um 10 Uhr" under "Any weekday after 3 pm works for me")
            "Richten Sie den Termin nach dem, was {who} gesagt hat, und sagen Sie es dazu, z. B. "
            "„Sie hatten ja gesagt, wann es Ihnen passt – genau dann schicken wir jemanden.“",
        ),
        "en": (
            'You offered "{said}", but {who} had said: "{limit}".',
            'Fit the time to what {who} told you, and say so, e.g. "You told me when suits you, so '
            "that's when we'll send someone.\"",
        ),
    },
    ("not_listening", "time_refused"): {
        "de": (
            "Sie haben die Zeit abgelehnt, um die {who} gebeten hat („{said}“) – {who} hatte gesagt: „{limit}“.",
            "Suchen Sie einen Weg zu dieser Zeit und sagen Sie, was Sie dafür tun, z. B. „Das wird knapp, "
            "aber ich plane heute noch um und rufe Sie bis 16 Uhr an.“",
        ),
        "en": (
            'You turned down the time {who} asked for ("{said}"), but {who} had said: "{limit}".',
            "Look for a way to make their time, and say what you will do, e.g. \"That's tight, but I'll "
            'rearrange things today and call you back by four."',
        ),
    },
    ("not_listening", "refused_person"): {
        "de": (
            "Sie haben „{said}“ zugesagt – {who} hatte aber gesagt: „{limit}“.",
            "Schicken Sie jemand anderen und sagen Sie es dazu, z. B. „Es kommt ein anderer Kollege, "
            "Herr Brand, Herr Stoll ist nicht dabei.“",
        ),
        "en": (
            'You said "{said}", but {who} had said: "{limit}".',
            'Send someone else, and say so, e.g. "A different colleague is coming, Mr Brand; Kyle won\'t be involved."',
        ),
    },
    ("not_listening", "refused_means"): {
        "de": (
            "Sie haben „{said}“ angeboten – {who} hatte aber gesagt: „{limit}“.",
            "Nehmen Sie einen anderen Weg und sagen Sie es dazu, z. B. „Dann überweisen wir Ihnen das Geld, "
            "einen Scheck schicken wir nicht.“",
        ),
        "en": (
            'You offered "{said}", but {who} had said: "{limit}".',
            'Choose another way, and say so, e.g. "Then we\'ll transfer the money to your account, no cheque."',
        ),
    },
    ("not_listening", "missed_point_feeling_only"): {
        "de": (
            "Sie sind auf das Gefühl eingegangen, aber nicht auf die Sache selbst – es fehlt etwa {examples}.",
            "Nach dem Verständnis kommt der nächste Schritt: Sagen Sie, was Sie tun, z. B. „{example}“.",
        ),
        "en": (
            "You took up the feeling but not the matter itself – something like {examples} is missing.",
            'After the understanding comes the next step: say what you will do, e.g. "{example}".',
        ),
    },
    ("not_listening", "missed_point_no_apology"): {
        "de": (
            "Sie haben Verständnis gezeigt, sich aber nicht entschuldigt – es fehlt etwa {examples}. "
            "Das sehen nicht alle Coaches gleich, daher keine Punkte abgezogen.",
            "Nach einem Fehler von uns gehört beides dazu: erst die Entschuldigung, z. B. „{example}“, "
            "dann das Verständnis.",
        ),
        "en": (
            "You showed sympathy but did not apologise – something like {examples} is missing. "
            "Coaches differ on this one, so no points off.",
            'After a mistake of ours, both belong: the apology first, e.g. "{example}", then the understanding.',
        ),
    },
    ("not_listening", "missed_point_unsure"): {
        "de": (
            "Ich habe nicht sicher gehört, dass Sie etwa {examples} gesagt haben – am nächsten kam „{closest}“. "
            "Wenn Sie das gemeint haben, ist es gut (keine Punkte abgezogen).",
            "Sagen Sie den Punkt ruhig ausdrücklich, z. B. „{example}“ – dann kommt er sicher an.",
        ),
        "en": (
            'I did not clearly hear you say something like {examples} – the closest was "{closest}". '
            "If that is what you meant, fine (no points off).",
            'Say the point plainly, e.g. "{example}", so it is sure to come across.',
        ),
    },
    ("not_listening", "missed_point_doubt"): {
        "de": (
            "Ich habe nicht gehört, dass Sie einen wichtigen Punkt angesprochen haben – etwa {examples}. "
            "Wenn Sie ihn mit anderen Worten gesagt haben, ist es gut (keine Punkte abgezogen).",
            "Sagen Sie den Punkt ruhig ausdrücklich, z. B. „{example}“ – dann kommt er sicher an.",
        ),
        "en": (
            "I did not hear you take up a key point such as {examples}. "
            "If you said it in other words, fine (no points off).",
            'Say the point plainly, e.g. "{example}", so it is sure to come across.',
        ),
    },
    ("not_listening", "reasked"): {
        "de": (
            "Bei {at} s haben Sie nach {fact} gefragt („{said}“) – das hatte {who} schon gesagt: {value}.",
            "Bestätigen Sie Bekanntes, statt neu zu fragen, etwa: „{fact_nom} ist {value}, richtig?“ "
            "So hört {who}, dass Sie zugehört haben.",
        ),
        "en": (
            'At {at} s you asked for {fact} ("{said}") although {who} had already given it: {value}.',
            'Confirm what you already know instead of asking again, e.g. "{fact_nom} is {value}, '
            'right?" That way {who} hears that you listened.',
        ),
    },
    ("not_listening", "ignored_emotion"): {
        "de": (
            "{Who} war hörbar {emotion}, doch Ihre Antwort geht darauf nicht ein.",
            "Nehmen Sie das Gefühl im ersten Satz auf, bevor Sie zur Sache kommen, z. B. "
            "„{feeling_example}“ {feeling_rule}",
        ),
        "en": (
            "{Who} was clearly {emotion}, but your reply does not take that up.",
            'Take the feeling up in your first sentence before you get to the facts, e.g. "{feeling_example}" '
            "{feeling_rule}",
        ),
    },
    ("not_listening", "ignored_emotion_unsure"): {
        "de": (
            "Ich bin nicht sicher, ob Sie aufgegriffen haben, dass {who} {emotion} war – am nächsten kam "
            "„{closest}“. Wenn Sie das so gemeint haben, ist es gut (keine Punkte abgezogen).",
            "Sagen Sie es ruhig ausdrücklich, z. B. „{feeling_example}“",
        ),
        "en": (
            'I am not sure you took up that {who} was {emotion} – the closest was "{closest}". '
            "If that is what you meant, fine (no points off).",
            'Say it plainly, e.g. "{feeling_example}"',
        ),
    },
    ("not_listening", "ignored_emotion_late"): {
        "de": (
            "Erst nach {words_before:# Wort|# Wörtern} (bei {at} s) gehen Sie darauf ein, dass {who} {emotion} ist.",
            "Das Verständnis gehört an den Anfang: Solange sich {who} nicht gehört fühlt, kommt "
            "keine Sachinformation an.",
        ),
        "en": (
            "Only after {words_before:# word|# words} (at {at} s) did you acknowledge that {who} was {emotion}.",
            "Put the acknowledgement first: until {who} feels heard, the facts won't land.",
        ),
    },
    ("not_listening", "generic"): {
        "de": (
            "Ihre Antwort greift nichts von dem auf, was {who} gesagt hat – sie würde zu jedem Anruf passen.",
            "Nehmen Sie ein konkretes Detail auf – den Namen, die Nummer, das Anliegen –, damit "
            "{who} merkt, dass Sie wirklich zugehört haben.",
        ),
        "en": (
            "Nothing in your reply picks up what {who} said; it would fit any call.",
            "Pick up one concrete detail – the name, the number, the problem – so that {who} "
            "notices you really listened.",
        ),
    },
    ("contradiction", "phrase"): {
        "de": (
            "Bei {at} s haben Sie {whom} direkt widersprochen („{said}“).",
            "Auch wenn Sie recht haben: Widerspruch lässt Ihr Gegenüber das Gesicht verlieren. "
            "Erkennen Sie die Sicht an und bringen Sie Ihre Information als Vorschlag ein: „Danke "
            "für den Hinweis – darf ich Ihnen zeigen, was ich hier sehe?“",
        ),
        "en": (
            'At {at} s you flatly contradicted {whom} ("{said}").',
            "Even when you're right, a flat no makes people lose face. Acknowledge their view and "
            'offer your information as an idea: "Thanks for pointing that out – may I show you '
            'what I see here?"',
        ),
    },
    ("contradiction", "doubt"): {
        "de": (
            "Bei {at} s haben Sie angezweifelt, was {who} geschildert hat („{said}“).",
            "Wer eine Schilderung anzweifelt, klingt wie ein Vorwurf. Nehmen Sie sie als gegeben "
            "und prüfen Sie selbst: „Das sehe ich mir gleich an.“",
        ),
        "en": (
            'At {at} s you doubted what {who} told you ("{said}").',
            "Doubting someone's account sounds like an accusation. Take it as given and check it "
            'yourself: "Let me look into that right away."',
        ),
    },
    ("contradiction", "blame"): {
        "de": (
            "Bei {at} s haben Sie {whom} die Schuld gegeben („{said}“).",
            "Vorwürfe lassen Ihr Gegenüber sich verteidigen statt zuhören. Sagen Sie, was jetzt "
            "hilft: „Damit es beim nächsten Mal klappt, gebe ich Ihnen gleich einen Tipp.“",
        ),
        "en": (
            'At {at} s you put the blame on {whom} ("{said}").',
            "Blame makes people defend themselves instead of listening. Say what helps now: "
            '"So it works next time, here is a quick tip."',
        ),
    },
    ("contradiction", "echo"): {
        "de": (
            "Bei {at} s haben Sie die Erklärung wiederholt, über die sich {who} gerade beschwert hat („{said}“).",
            "Wer die Erklärung des Kollegen wiederholt, stellt sich gegen {whom}. Nehmen Sie die Beschwerde an: "
            "„Das hätte so nicht passieren dürfen – ich sehe mir das selbst an.“",
        ),
        "en": (
            'At {at} s you repeated the explanation {who} is complaining about ("{said}").',
            "Repeating a colleague's excuse puts you against {whom}. Take the complaint on: \"That shouldn't "
            "have happened – I'll look into it myself.\"",
        ),
    },
    ("contradiction", "excuse"): {
        "de": (
            "Bei {at} s haben Sie das Versäumnis entschuldigt („{said}“).",
            "Krankheit, Stau oder viel Arbeit klingen für {whom} wie eine Ausrede. Übernehmen Sie es: "
            "„Das hätte nicht passieren dürfen – ich kümmere mich jetzt darum.“",
        ),
        "en": (
            'At {at} s you made an excuse for the failure ("{said}").',
            "Illness, traffic or a busy week sound like an excuse to {whom}. Own it: \"That shouldn't have "
            "happened – I'm sorting it out now.\"",
        ),
    },
    ("contradiction", "charge"): {
        "de": (
            "Bei {at} s haben Sie auf der Zahlung bestanden („{said}“).",
            "{Who} beschwert sich gerade über genau diese Kosten. Nehmen Sie den Einwand auf und sagen "
            "Sie, was Sie prüfen oder erlassen können: „Die Anfahrt lasse ich prüfen und melde mich bis 16 Uhr.“",
        ),
        "en": (
            'At {at} s you insisted on the charge ("{said}").',
            "{Who} is complaining about exactly this cost. Take the objection up and say what you can "
            'check or waive: "I\'ll have the call-out fee reviewed and call you by four."',
        ),
    },
    ("contradiction", "part_kept"): {
        "de": (
            "Bei {at} s haben Sie nur einen Teil zugesagt oder Geld einbehalten („{said}“).",
            "{Who} verlangt das Ganze, und der Fehler lag bei uns. Sagen Sie zu, was Ihnen zusteht, "
            "oder klären Sie den Rest verbindlich: „Die vollen 180 Euro überweise ich Ihnen bis Freitag.“",
        ),
        "en": (
            'At {at} s you gave only part of it or kept money back ("{said}").',
            "{Who} is asking for all of it, and the failure was ours. Give what is owed, or settle the "
            'rest with a firm promise: "You\'ll get the full £300 back by Friday."',
        ),
    },
    ("contradiction", "refused"): {
        "de": (
            "Bei {at} s haben Sie abgelehnt, was {who} verlangt („{said}“) – damit stellen Sie sich gegen das Anliegen.",
            "Ein glattes Nein klingt wie „Darauf haben Sie kein Recht“. Sagen Sie, was Sie tun können: „Das kann "
            "ich nicht selbst freigeben, aber ich lege es heute noch meiner Leitung vor und melde mich morgen.“",
        ),
        "en": (
            'At {at} s you turned down what {who} is asking for ("{said}"), which sets you against the complaint.',
            'A flat no sounds like "you have no right to it". Say what you can do: "I can\'t release that myself, '
            "but I'll put it to my manager today and call you back tomorrow.\"",
        ),
    },
    ("contradiction", "refused_time"): {
        "de": (
            "Bei {at} s haben Sie die Zeit abgelehnt, um die {who} gebeten hat („{said}“) – damit stellen "
            "Sie sich gegen das Anliegen.",
            "Ein glattes „geht nicht“ lässt {whom} mit dem Problem allein. Sagen Sie, was Sie versuchen: "
            "„Freitag ist eng, aber ich frage heute noch im Team, wer einspringen kann.“",
        ),
        "en": (
            'At {at} s you turned down the time {who} asked for ("{said}"), which sets you against the request.',
            'A flat "can\'t be done" leaves {whom} alone with the problem. Say what you will try: "Friday '
            "is tight, but I'll ask the team today who can step in.\"",
        ),
    },
    ("contradiction", "rules"): {
        "de": (
            "Bei {at} s haben Sie sich auf Regeln berufen („{said}“).",
            "Für {whom} klingt das wie eine Mauer. Sagen Sie, was Sie tun können: „Die Anzahlung kann "
            "ich nicht erstatten, aber ich lege Ihnen den Termin kostenlos auf einen anderen Tag.“",
        ),
        "en": (
            'At {at} s you cited the rules ("{said}").',
            "To {whom} that sounds like a wall. Say what you can do: \"I can't refund the deposit, but "
            'I can move the booking to another day free of charge."',
        ),
    },
    ("contradiction", "deflection"): {
        "de": (
            "Bei {at} s haben Sie die Schuld von sich gewiesen („{said}“).",
            "Wer schuld ist, hilft {whom} gerade nicht weiter. Übernehmen Sie die Sache: „Das klären "
            "wir – ich kümmere mich darum.“",
        ),
        "en": (
            'At {at} s you pushed the blame away ("{said}").',
            "Whose fault it was does not help {whom} right now. Take the matter on: \"Let's sort it out – I'm on it.\"",
        ),
    },
    ("contradiction", "but_opening"): {
        "de": (
            "Sie beginnen Ihre Antwort mit „{said}“ – nach einem Einwand klingt das wie Widerspruch.",
            "Ersetzen Sie das „aber“ durch eine Brücke: erst bestätigen, was {who} gesagt hat, dann "
            "mit „und“ Ihren Vorschlag anschließen.",
        ),
        "en": (
            'You opened with "{said}"; after an objection that sounds like pushing back.',
            'Replace the "but" with a bridge: first confirm what {who} said, then add your idea with "and".',
        ),
    },
    ("pushed_after_no", None): {
        "de": (
            "{Who} hatte abgelehnt, und Sie haben bei {at} s trotzdem nachgelegt („{said}“).",
            "Ein Nein ist eine Entscheidung, die Respekt verdient. Bestätigen Sie sie und lassen "
            "Sie die Tür offen: „In Ordnung – wenn sich etwas ändert, bin ich gern für Sie da.“",
        ),
        "en": (
            '{Who} had said no, yet at {at} s you pushed again ("{said}").',
            "A no is a decision that deserves respect. Confirm it and leave the door open: \"That's "
            "fine – if anything changes, I'm happy to help.\"",
        ),
    },
    ("no_acknowledgement", None): {
        "de": (
            "Auf die Beschwerde folgt in Ihrer Antwort weder ein Dank noch Verständnis noch eine Entschuldigung.",
            "Sehen Sie die Beschwerde als Chance: Bedanken Sie sich für den Hinweis oder zeigen Sie "
            "Verständnis, bevor Sie eine Lösung anbieten.",
        ),
        "en": (
            "Your reply met the complaint with neither thanks, understanding nor an apology.",
            "Treat a complaint as a chance: thank the person for telling you, or show understanding, "
            "before you offer a solution.",
        ),
    },
    ("no_need_question", None): {
        "de": (
            "Sie haben nicht nachgefragt, was {who} wirklich braucht.",
            "Fragen Sie nach dem Zweck, bevor Sie etwas empfehlen, z. B. „Wofür möchten Sie es vor "
            "allem nutzen?“ Was jemand will, ist nicht immer das, was er braucht.",
        ),
        "en": (
            "You didn't ask what {who} actually needs.",
            'Ask about the purpose before you recommend anything, e.g. "What will you mainly use '
            'it for?" What people ask for is not always what they need.',
        ),
    },
    ("filler_words", None): {
        "de": (
            "{count:# Füllwort|# Füllwörter} bei {words:# Wort|# Wörtern} ({rate} je 100 Wörter), "
            "am häufigsten „{top}“.",
            "Ersetzen Sie Füllwörter durch eine kurze Pause – Stille wirkt am Telefon ruhiger und "
            "sicherer als ein „äh“.",
        ),
        "en": (
            '{count:# filler word|# filler words} in {words:# word|# words} ({rate} per 100), most often "{top}".',
            'Replace fillers with a short pause: on the phone, silence sounds calmer and surer than "um".',
        ),
    },
    ("pace", "too_fast"): {
        "de": (
            "Mit rund {wpm} Wörtern pro Minute sprechen Sie schneller als in einem ruhigen "
            "Telefonat (etwa {low}–{high}).",
            "Bremsen Sie bewusst und machen Sie nach jedem Gedanken eine kleine Pause – am Telefon "
            "fehlt das Gesicht, das Ohr braucht Zeit.",
        ),
        "en": (
            "At about {wpm} words per minute you spoke faster than a calm phone call (about {low}–{high}).",
            "Slow down on purpose and pause after each thought: on the phone there is no face to "
            "help, so the ear needs time.",
        ),
    },
    ("pace", "too_slow"): {
        "de": (
            "Mit rund {wpm} Wörtern pro Minute sprechen Sie deutlich langsamer als in einem ruhigen "
            "Telefonat (etwa {low}–{high}).",
            "Sprechen Sie etwas zügiger und in ganzen Sätzen; lange Pausen mitten im Satz wirken unsicher.",
        ),
        "en": (
            "At about {wpm} words per minute you spoke much slower than a calm phone call (about {low}–{high}).",
            "Speak a little more briskly and in whole sentences; long pauses mid-sentence sound unsure.",
        ),
    },
    ("monologue", None): {
        "de": (
            "Sie haben {seconds} s am Stück gesprochen, ohne {whom} Raum für eine Antwort zu lassen.",
            "Stellen Sie nach zwei, drei Sätzen eine Frage oder halten Sie kurz inne – so bleibt es ein Gespräch.",
        ),
        "en": (
            "You talked for {seconds} s without a break, leaving {whom} no room to respond.",
            "After two or three sentences, ask a question or pause briefly, so it stays a conversation.",
        ),
    },
    ("response_gap", "too_fast"): {
        "de": (
            "Sie haben schon {gap} s nach dem Satzende geantwortet, ohne hörbare Pause.",
            "Eine halbe Sekunde Pause zeigt, dass Sie das Gesagte aufnehmen, und schützt davor, ein "
            "Satzende zu verpassen.",
        ),
        "en": (
            "You answered only {gap} s after the line ended, with no audible pause.",
            "Half a second of pause shows you are taking in what was said, and keeps you from "
            "running over the end of a sentence.",
        ),
    },
    ("response_gap", "dead_air"): {
        "de": (
            "Nach dem Satzende {whose} blieb es {gap} s still, bevor Sie antworteten.",
            "Überbrücken Sie Denkpausen hörbar, etwa mit „Einen Moment, ich sehe sofort nach.“ "
            "Stille wirkt am Telefon schnell wie Desinteresse.",
        ),
        "en": (
            "After {whose} line there were {gap} s of silence before you answered.",
            'Fill thinking time out loud, e.g. "One moment, I\'m checking that right now." On the '
            "phone, silence soon sounds like indifference.",
        ),
    },
    ("avoid_phrase", None): {
        "de": (
            "Bei {at} s fiel „{said}“ – diese Formulierung sollte in diesem Gespräch nicht vorkommen.",
            "Sagen Sie, was Sie tun können, statt was nicht geht oder wie {who} sich fühlen soll.",
        ),
        "en": (
            'At {at} s you said "{said}" – a phrase to avoid in this call.',
            "Say what you can do, rather than what isn't possible or how {who} ought to feel.",
        ),
    },
    ("form_of_address", "du"): {
        "de": (
            "Bei {at} s haben Sie geduzt („{said}“) – in diesem Gespräch gilt das „Sie“.",
            "Bleiben Sie durchgehend beim „Sie“, auch bei „Ihnen“ und „Ihr“. "
            "Ungefragtes Duzen wirkt am Telefon schnell respektlos.",
        ),
        "en": (
            'At {at} s you used the informal German "du" ("{said}") – this call asks for the formal "Sie".',
            'Keep to "Sie" throughout: "Sie", "Ihnen", "Ihr" instead of "du", "dir", "dein". '
            'On the phone an unasked-for "du" easily sounds disrespectful.',
        ),
    },
    ("form_of_address", "sie"): {
        "de": (
            "Bei {at} s haben Sie gesiezt („{said}“) – in diesem Gespräch wird geduzt.",
            "Bleiben Sie beim Duzen, wie es hier üblich ist, statt „Sie“, „Ihnen“ oder „Ihr“ zu sagen. "
            "Ein Wechsel zwischen beiden Formen wirkt unsicher.",
        ),
        "en": (
            'At {at} s you used the formal German "Sie" ("{said}") – this call asks for the informal "du".',
            'Keep to "du", as is usual here: "du", "dir", "dein" instead of "Sie", "Ihnen", "Ihr". '
            "Switching between the two sounds unsure.",
        ),
    },
    ("muted", None): {
        "de": (
            "Mikrofon war stummgeschaltet – Ihre Antwort wurde nicht gehört. Diese Runde zählt nicht.",
            "Mit m schalten Sie das Mikrofon wieder an; mit t antworten Sie noch einmal.",
        ),
        "en": (
            "The microphone was muted – your reply was not heard. This turn does not count.",
            "Press m to turn the microphone on again; t answers once more.",
        ),
    },
    ("silent_reply", None): {
        "de": (
            "Auf die Aussage {whose} kam keine Antwort.",
            "Auch wenn Sie noch nachdenken: Sagen Sie etwas, z. B. „Einen Moment bitte, ich schaue "
            "nach.“ Schweigen verunsichert am Telefon.",
        ),
        "en": (
            "There was no answer to {whose} line.",
            'Even while you are thinking, say something, e.g. "One moment please, let me check." '
            "Silence on the phone is unsettling.",
        ),
    },
    ("silent_reply", "only_sounds"): {
        "de": (
            "Auf die Aussage {whose} kam nur ein kurzes „{heard}“ – zu knapp oder zu undeutlich für eine Antwort.",
            "Antworten Sie in ganzen Sätzen und deutlich, z. B. „Einen Moment bitte, ich schaue nach.“",
        ),
        "en": (
            'To {whose} line there came only a short "{heard}" – too brief or unclear to be an answer.',
            'Answer in full sentences and clearly, e.g. "One moment please, let me check."',
        ),
    },
}


#: Sentences put before or after a finding's own message when the judge qualifies it:
#: ``misheard`` (the finding rests on words Whisper was unsure of, so it costs nothing),
#: ``counted_once`` (an avoid phrase said in a push's own words: the push takes the points),
#: ``counted_once_contradiction`` (the same for an avoid phrase that is the contradiction),
#: ``counted_once_not_listening`` (the same for one that is the time or way ruled out) and
#: ``upset`` (an interruption of an upset customer, which costs more).
QUALIFIERS: dict[str, dict[str, str]] = {
    "misheard": {
        "de": "Vielleicht habe ich mich verhört: „{words}“. ",
        "en": 'I may have misheard: "{words}". ',
    },
    "counted_once": {
        "de": " Die Punkte dafür zählen einmal, beim Nachhaken nach dem Nein.",
        "en": " Its points count once, under pushing after the no.",
    },
    "counted_once_contradiction": {
        "de": " Die Punkte dafür zählen einmal, beim Widerspruch.",
        "en": " Its points count once, under the contradiction.",
    },
    "counted_once_not_listening": {
        "de": " Die Punkte dafür zählen einmal, beim Überhörten.",
        "en": " Its points count once, under what was not heard.",
    },
    "upset": {
        "de": " {Who} war aufgebracht – wer dann unterbrochen wird, fühlt sich überhört; das kostet mehr.",
        "en": " {Who} was upset – cutting an upset customer off makes them feel unheard, so it costs more.",
    },
}


def cut_quotes(cut_text: str, language: str) -> tuple[str, str]:
    """The rest of the customer's line an interruption cut off, as the two endings of its
    messages: (" – offen war noch „…“", " („…“)"); empty when nothing was cut."""
    if not cut_text:
        return "", ""
    if language == "de":
        return f" – offen war noch „{cut_text}“", f" („{cut_text}“)"
    return f' – "{cut_text}" was still to come', f' ("{cut_text}")'


def recipe(variant: str | None, values: Mapping[str, Any]) -> dict[str, Any]:
    """How a finding's message was made: its ``variant`` and the plain ``values`` (text and
    numbers) that filled it besides the evidence; ``before``/``after`` list the qualifiers said
    around it (:func:`qualified`). Stored in ``evidence["render"]``."""
    plain = {k: v for k, v in values.items() if isinstance(v, (str, int, float, bool)) and k not in LANGUAGE_BOUND}
    return {"variant": variant, "values": plain, "before": [], "after": []}


#: Values that are words of the message's language: never kept in a recipe, made anew from the
#: evidence in the language the message is said in (``voicecoach.i18n``).
LANGUAGE_BOUND = frozenset(
    {"emotion", "example", "examples", "fact", "fact_nom", "cut", "cut_short", "feeling_example", "feeling_rule"}
)


def qualified(evidence: Mapping[str, Any], place: str, name: str, **values: object) -> dict[str, Any]:
    """``evidence`` with the qualifier ``name`` noted ``before`` or ``after`` (``place``) the
    message in its recipe, so a message said again in another language keeps it."""
    render = dict(evidence.get("render") or recipe(None, {}))
    render[place] = [*render.get(place, []), [name, {k: str(v) for k, v in values.items()}]]
    return {**evidence, "render": render}


def qualifier(name: str, language: str, *, customer: str | None = None, **values: object) -> str:
    """The qualifying sentence ``name`` of :data:`QUALIFIERS` in ``language``, filled in."""
    filled = _Missing(person_forms(customer, language))
    filled.update({key: str(value) for key, value in values.items()})
    return fill_map(pick(QUALIFIERS[name], language), language, filled)


def person_forms(customer: str | None, language: str) -> dict[str, str]:
    """Ways to name the customer in a sentence: who, Who (sentence start), whose, whom."""
    if language == "de":
        if customer:
            return {
                "who": customer,
                "Who": customer,
                "whose": name_after_von(customer, language),
                "whom": object_name(customer, language),
            }
        return {"who": "Ihr Gegenüber", "Who": "Ihr Gegenüber", "whose": "Ihres Gegenübers", "whom": "Ihrem Gegenüber"}
    if customer:
        return {"who": customer, "Who": customer, "whose": f"{customer}'s", "whom": customer}
    return {"who": "the customer", "Who": "The customer", "whose": "the customer's", "whom": "the customer"}


def placeholders(template: str) -> set[str]:
    """Names a template fills in."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


#: Stands in for a value a message needs but did not get (a gap on screen, never a crash).
MISSING = "[?]"


class _Missing(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return MISSING


def render(
    kind: str,
    variant: str | None,
    language: str,
    values: Mapping[str, Any] | None = None,
    *,
    customer: str | None = None,
    timed: bool = True,
) -> tuple[str, str]:
    """Message and tip for a finding, in ``language`` (German or English; others get English).

    ``values`` fill the placeholders: floats are written as seconds with one decimal (German
    decimal comma), everything else as ``str``. ``customer`` is the persona's name. ``timed``
    False: the message without the time it names (:data:`UNTIMED`; a typed reply has none).
    """
    texts = CATALOGUE.get((kind, variant)) or CATALOGUE.get((kind, None))
    if texts is None:
        raise KeyError(f"no message for finding kind {kind!r} (variant {variant!r})")
    message, tip = pick(texts, language)
    if not timed:
        key = (kind, variant) if (kind, variant) in CATALOGUE else (kind, None)
        message = pick(UNTIMED[key], language) if key in UNTIMED else message
    filled = _Missing(person_forms(customer, language))
    for key, value in (values or {}).items():
        if isinstance(value, float):
            filled[key] = seconds(value, language)
        elif value is not None:
            filled[key] = str(value)
    return fill_map(message, language, filled), fill_map(tip, language, filled)


#: The messages that name a time, said without it: for a typed reply (``voicecoach judge
#: --text``) there is no audio, so no time to show (the times there are made up by the calm
#: timeline of :mod:`voicecoach.core.typed`). Same fields as the timed message, ``{at}`` left out;
#: a field is filled with the text the timed message had there.
UNTIMED: dict[tuple[str, str | None], Words] = {
    ("not_listening", "reasked"): {
        "de": "Sie haben nach {fact} gefragt („{said}“) – das hatte {who} schon gesagt: {value}.",
        "en": 'You asked for {fact} ("{said}") although {who} had already given it: {value}.',
    },
    ("not_listening", "ignored_emotion_late"): {
        "de": "Erst nach {words_before:# Wort|# Wörtern} gehen Sie darauf ein, dass {who} {emotion} ist.",
        "en": "Only after {words_before:# word|# words} did you acknowledge that {who} was {emotion}.",
    },
    ("contradiction", "phrase"): {
        "de": "Sie haben {whom} direkt widersprochen („{said}“).",
        "en": 'You flatly contradicted {whom} ("{said}").',
    },
    ("contradiction", "doubt"): {
        "de": "Sie haben angezweifelt, was {who} geschildert hat („{said}“).",
        "en": 'You doubted what {who} told you ("{said}").',
    },
    ("contradiction", "blame"): {
        "de": "Sie haben {whom} die Schuld gegeben („{said}“).",
        "en": 'You put the blame on {whom} ("{said}").',
    },
    ("contradiction", "echo"): {
        "de": "Sie haben die Erklärung wiederholt, über die sich {who} gerade beschwert hat („{said}“).",
        "en": 'You repeated the explanation {who} is complaining about ("{said}").',
    },
    ("contradiction", "excuse"): {
        "de": "Sie haben das Versäumnis entschuldigt („{said}“).",
        "en": 'You made an excuse for the failure ("{said}").',
    },
    ("contradiction", "charge"): {
        "de": "Sie haben auf der Zahlung bestanden („{said}“).",
        "en": 'You insisted on the charge ("{said}").',
    },
    ("contradiction", "part_kept"): {
        "de": "Sie haben nur einen Teil zugesagt oder Geld einbehalten („{said}“).",
        "en": 'You gave only part of it or kept money back ("{said}").',
    },
    ("contradiction", "refused"): {
        "de": "Sie haben abgelehnt, was {who} verlangt („{said}“).",
        "en": 'You turned down what {who} is asking for ("{said}").',
    },
    ("contradiction", "refused_time"): {
        "de": "Sie haben die Zeit abgelehnt, um die {who} gebeten hat („{said}“).",
        "en": 'You turned down the time {who} asked for ("{said}").',
    },
    ("contradiction", "rules"): {
        "de": "Sie haben sich auf Regeln berufen („{said}“).",
        "en": 'You cited the rules ("{said}").',
    },
    ("contradiction", "deflection"): {
        "de": "Sie haben die Schuld von sich gewiesen („{said}“).",
        "en": 'You pushed the blame away ("{said}").',
    },
    ("pushed_after_no", None): {
        "de": "{Who} hatte abgelehnt, und Sie haben trotzdem nachgelegt („{said}“).",
        "en": '{Who} had said no, yet you pushed again ("{said}").',
    },
    ("avoid_phrase", None): {
        "de": "„{said}“ sollte in diesem Gespräch nicht vorkommen.",
        "en": 'You said "{said}" – a phrase to avoid in this call.',
    },
    ("form_of_address", "du"): {
        "de": "Sie haben geduzt („{said}“) – in diesem Gespräch gilt das „Sie“.",
        "en": 'You used the informal German "du" ("{said}") – this call asks for the formal "Sie".',
    },
    ("form_of_address", "sie"): {
        "de": "Sie haben gesiezt („{said}“) – in diesem Gespräch wird geduzt.",
        "en": 'You used the formal German "Sie" ("{said}") – this call asks for the informal "du".',
    },
    ("backchannel", None): {
        "de": "Gut: Ihr kurzes {said} zeigt Aufmerksamkeit, ohne {whom} das Wort zu nehmen.",
        "en": "Good: your short {said} showed you were listening without taking the floor from {whom}.",
    },
}

_FIELD = re.compile(r"\{(\w+)(?::[^}]*)?\}")


def untimed(kind: str, message: str, language: str) -> str:
    """``message`` (a finding of ``kind`` said in ``language``) without the time it names: the
    :data:`UNTIMED` text with the fields the timed message held; ``message`` unchanged when it
    names no time or is none of the catalogue's."""
    for (entry_kind, variant), texts in UNTIMED.items():
        if entry_kind != kind:
            continue
        timed = pick(CATALOGUE[(entry_kind, variant)], language)[0]
        pattern, names = "", []
        position = 0
        for field in _FIELD.finditer(timed):
            pattern += re.escape(timed[position : field.start()])
            name = field.group(1)
            pattern += f"(?P={name})" if name in names else f"(?P<{name}>.+?)"
            names.append(name)
            position = field.end()
        pattern += re.escape(timed[position:])
        found = re.fullmatch(pattern, message, flags=re.DOTALL)
        if found is None:
            continue
        values = found.groupdict()
        return _FIELD.sub(lambda field, held=values: held.get(field.group(1), field.group(0)), pick(texts, language))
    return message
