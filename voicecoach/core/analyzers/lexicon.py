"""Word lists the analyzers match against, in German and English.

Phrases are written as a person would type them; matching goes through
:mod:`voicecoach.core.text` (folding, numbers, inflection, small slips), so ``verstehe`` also
finds ``verstehen`` and ``Verständnis`` needs its own entry. Each list is per language; a
scenario adds its own phrasings on top (key points, ``ask`` words, ``offer_words``, ``avoid``).
"""

from __future__ import annotations

Lexicon = dict[str, tuple[str, ...]]

#: The company's own as owner, folded ("unser Monteur", "our fitter", "ours"): one set for every
#: analyzer that asks whether a thing or person is ours.
OUR_POSSESSIVES = frozenset({"unser", "unsere", "unseren", "unserem", "unserer", "unseres", "our", "ours"})
#: Words that open a condition or an indirect question: "wenn", "falls", "if", "unless", "ob".
CONDITION_WORDS = frozenset({"wenn", "falls", "sofern", "if", "unless", "whether", "ob"})
#: The customer's possessives: "Ihre Bank", "your router".
YOUR_POSSESSIVES = frozenset({"your", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres"})
#: Parts of a refused offer's words that make it a standing arrangement ("yearly contract",
#: "Wartungsvertrag", "Abo"): a recurring service offered after such a no is the same offer.
STANDING_ARRANGEMENTS: Lexicon = {
    "de": ("vertrag", "abo", "abonnement", "jaehrlich", "monatlich", "regelmaessig", "wartung", "dauerauftrag",
           "flatrate", "mitgliedschaft", "jahres"),
    "en": ("contract", "plan", "subscription", "yearly", "annual", "monthly", "membership", "maintenance", "regular",
           "standing"),
}  # fmt: skip
#: A service said to recur, as folded runs ("every spring and autumn", "zweimal im Jahr",
#: "regelmäßig"); a run ending in "*" takes any of :data:`RECURRING_UNITS` after it.
RECURRENCES: Lexicon = {
    "de": ("jedes *", "jeden *", "jede *", "alle *", "einmal im *", "zweimal im *", "zweimal pro *",
           "einmal pro *", "regelmaessig", "turnusmaessig"),
    "en": ("every *", "each *", "once a *", "twice a *", "once every *", "regularly", "on a regular basis",
           "a year", "per year"),
}  # fmt: skip
#: The time units of :data:`RECURRENCES` (up to two words may stand between: "alle drei Monate",
#: "every few weeks").
RECURRING_UNITS = frozenset(
    {"jahr", "jahres", "monat", "monate", "woche", "wochen", "fruehjahr", "fruehling", "herbst", "sommer", "winter",
     "saison", "quartal", "jahre", "year", "years", "month", "months", "week", "weeks", "spring", "autumn", "summer",
     "season", "quarter", "fall"}
)  # fmt: skip
#: Words that label a record read back from the file ("Auftrag DR 7 19", "Booking CP 4 17", "Job
#: CH 6 23"), folded: the label says nothing about the matter.
RECORD_LABELS = frozenset(
    {"auftrag", "auftragsnummer", "bestellung", "bestellnummer", "buchung", "buchungsnummer", "kundennummer",
     "vorgang", "vorgangsnummer", "nr", "order", "booking", "job", "ref", "reference", "ticket", "account", "no",
     # "Vertrag KS 2 47, Sondierung war für Montag 7 Uhr geplant" (hv44-037)
     "vertrag", "vertragsnummer", "kundenkonto", "contract", "policy",
     # "Lieferant MK 3 92", "Kurs SB 5 30", "Hire CP 7 19", "Course HG 5 83" (v45)
     "lieferant", "lieferantennummer", "kurs", "kursnummer", "mitgliedsnummer", "hire", "course", "supplier",
     "membership"}
)  # fmt: skip

#: Short signals of listening that do not take the floor ("mhm", "ja", "I see").
BACKCHANNELS: Lexicon = {
    "de": (
        "mhm", "mhmm", "mmh", "mm", "mmm", "mmmm", "hm", "hmm", "hmmm", "ja", "jaja", "ja ja", "jap", "jo", "genau",
        "okay", "ok", "o k", "richtig", "aha", "ah", "ach", "ach so", "achso", "oh", "oje",
        "verstehe", "ich verstehe", "stimmt", "klar", "na klar", "alles klar", "gut", "sicher",
        "natuerlich", "jawohl", "ne", "echt", "ah ja", "ach ja", "in ordnung",
    ),
    "en": (
        "mhm", "mhmm", "mmh", "mm", "mmm", "mmmm", "mm hmm", "hm", "hmm", "hmmm", "uh huh", "uhhuh", "yes", "yeah",
        "yep", "yup", "right", "ok", "okay", "o k", "i see", "see", "sure", "aha", "ah", "oh",
        "got it", "gotcha", "true", "exactly", "alright", "all right", "of course", "really",
        "uh", "um", "i understand", "understood",
    ),
}  # fmt: skip

#: Phrases that take the customer's feeling seriously (anger, sadness).
EMPATHY: Lexicon = {
    "de": (
        "verstehe", "verstaendlich", "verstaendnis", "nachvollziehen", "nachvollziehbar",
        "tut mir leid", "tut mir sehr leid", "leid tun", "entschuldigen", "entschuldigung",
        "bedauere", "bedauerlich", "aergerlich", "aergert", "aerger", "frustrierend", "frust",
        "unangenehm", "kann ich mir vorstellen", "glaube ich ihnen", "schade", "oh nein",
        "verstaendlicherweise", "wie aergerlich",  # "Sie haben recht", "zu Recht": grammar (not "das Recht")
        "das ist nicht schoen", "sorry", "ernst nehmen", "nehme das ernst",
        "oh je", "ach je", "mist", "so ein mist", "blöd", "bloed", "das letzte was sie brauchen",
        "das darf nicht passieren", "verstanden",
        # taking the customer's side, owning the mistake, relief and worry (a coach accepts these)
        "kein zustand", "beunruhigend", "unser versehen", "unser fehler", "mein fehler", "unsere schuld",
        "muessen sie nicht", "sollen sie nicht", "zum glueck", "bin froh", "bin erleichtert", "unschoen",
        "keine ausrede", "keine ausreden", "das mindeste",
        "nehme ich ihnen ab", "glaube ich ihnen sofort", "ausser mir", "ausser sich",
        # interjections of dismay at the customer's news, and "no wonder" (their upset is justified)
        "oje", "ojemine", "herrje", "ach herrje", "oh weh", "o weh", "du liebe zeit", "meine guete",
        # a fright named ("Oh, das ist ja ein Schreck", hv55-096): whole words, no stem to match loosely
        "ein schreck", "einen schreck", "der schreck", "so ein schreck",
        "kein wunder",
        # enough of it, the fault taken on (agreeing, "das geht auf uns": grammar)
        "die nase voll", "auf unsere kappe", "auf meine kappe",
        "oh mann", "ach mann", "mann o mann",
        # pity for the customer, addressed to them ("Sie Arme", "Sie Ärmster")
        "sie arme", "sie armer", "sie armen", "sie aermste", "sie aermster", "sie aermsten",
        # pity for those the customer cares for ("Die armen Kinder!")
        "die armen", "der arme", "das arme", "die arme",
        # condolence to the bereaved
        "beileid", "anteilnahme", "mein mitgefuehl", "unser mitgefuehl",
        # heartbreak ("da zerreißt es einem das Herz"), being moved ("das geht einem nahe")
        "zerreisst einem das herz", "bricht einem das herz", "bricht mir das herz", "zerreisst mir das herz",
        "geht einem nahe", "geht mir nahe", "geht mir sehr nahe", "geht einem ans herz", "geht mir ans herz",
        "beruehrt mich",
        # being weighed down by their news ("Dass Ihre Mutter so die Treppe hinunter musste, bedrückt mich")
        "bedrueckt mich", "bedrueckt uns", "macht mich betroffen", "macht mich traurig", "tut mir weh",
    ),
    "en": (
        "understand", "understandable", "sorry", "apologise", "apologize", "apologies",
        # asking pardon ("Please excuse the noise", hv49-232; "forgive us")
        "please excuse", "excuse the", "excuse us", "forgive us", "forgive me",
        "frustrating", "frustrated", "annoying", "i hear you", "i can imagine", "that must be",
        "unfortunate", "makes sense", "i see why",  # "you're right": grammar (not "these rights")
        "not good enough", "i get that", "i get it", "must be hard", "upsetting",
        "oh no", "oh dear", "what a pain", "the last thing you need", "i can see why", "that is bad",
        "what a fright", "a real fright", "such a fright", "quite a fright",
        "breaks my heart", "breaks your heart", "heartbreaking",
        "thats bad", "that is not on", "must be annoying", "must be stressful", "understood",
        # taking the customer's side, owning the mistake, relief and worry (a coach accepts these)
        "completely fair", "totally fair", "fair enough", "our mistake", "my mistake",
        "glad to hear", "im glad", "im relieved", "thank goodness",
        "awkward", "worrying", "frightening", "scary", "stressful", "nasty surprise",
        "no excuse", "no excuses", "the least we can do", "the least i can do",
        "i believe you", "poor you", "you poor thing", "you poor soul",
        # pity for those the customer cares for ("Poor kids!")
        "poor kids", "poor things", "poor thing", "poor little", "poor children", "poor dog", "poor cat",
        # interjections of dismay at the customer's news, and "no wonder" (their upset is justified)
        "oh man", "oh gosh", "oh my goodness", "goodness me", "ouch", "yikes", "no wonder",
        "small wonder", "little wonder",
        # agreeing, the burden named (the same way, "that's on us", "had enough": grammar)
        "i agree", "couldnt agree more", "a lot on your plate",
        # beside oneself, fed up, hard to bear: as the German list has "außer sich", "die Nase voll", "hart"
        "beside yourself", "fed up", "thats so hard", "thats really hard", "so hard for you", "must have been hard",
        # condolence to the bereaved
        "condolences", "my sympathies", "deepest sympathy", "sorry for your loss", "sorry to hear of",
    ),
}  # fmt: skip

#: Care for a sad customer (grief, loss): time given, their wellbeing, the hard time named and the
#: worry taken off them ("Take all the time you need", "Lassen Sie sich Zeit", "please look after
#: yourself", "eine schwere Zeit", "Sie sollen beruhigt ..."). Said word for word only (no gap,
#: no other forms): loosely matched, "Take care of the form yourself" and "Lassen Sie uns die Zeit
#: nutzen" were found in them; and only to a sad customer, where a coach hears them as care.
CARE: Lexicon = {
    "de": (
        "keine eile", "lassen sie sich zeit", "lassen sie sich ruhig zeit", "alle zeit der welt",
        "passen sie auf sich auf",
        # the time they are going through named as hard ("Das klingt nach einer schweren Zeit"), their
        # worry taken off them ("Sie sollen beruhigt in die Kur fahren"); not "beruhigen Sie sich"
        "schwere zeit", "schweren zeit", "schwierige zeit", "schwierigen zeit", "harte zeit", "harten zeit",
        "schwierige situation", "schwierigen situation", "sollen beruhigt", "koennen beruhigt",
    ),
    "en": (
        "no rush", "theres no rush", "no hurry", "take all the time you need", "all the time you need",
        "take your time", "look after yourself", "take care of yourself",
        "hard time", "tough time", "difficult time", "rough time", "difficult situation", "tough situation",
        "peace of mind", "rest assured",
    ),
}  # fmt: skip

#: The customer's upset called justified, the matter unacceptable, their disappointment not
#: wanted ("da bin ich ganz bei Ihnen", "you've every right to be cross", "I'd hate for your mum
#: to be let down"). Said word for word only: widened by the thesaurus, "you have every right"
#: was found in "We have to investigate every claim".
JUSTIFIED: Lexicon = {
    "de": (
        "keine frage",  # "Das ist viel Geld auf einmal, keine Frage": their burden granted
        "ganz bei ihnen", "voll bei ihnen", "voll und ganz bei ihnen", "sie haben jedes recht",
        "ihr gutes recht", "das geht gar nicht",
        # their anger not held against them ("Das kann ich Ihnen nicht verübeln")
        "kann ich ihnen nicht veruebeln", "kann ich ihnen nicht verdenken", "nehme ich ihnen nicht uebel",
        "kann ihnen niemand veruebeln", "kann ihnen keiner veruebeln",
        # our work called bad in plain words ("Nach drei Wochen kahl, das ist ein Ding!")
        "das ist ein ding", "pfusch", "schlamperei", "schlampig", "blamabel", "peinlich fuer uns",
        "da hat bei uns was nicht gestimmt", "da hat bei uns etwas nicht gestimmt",
        # their treatment called wrong ("So geht man mit einem Stammkunden nicht um")
        "so geht man nicht", "so behandelt man",
    ),
    "en": (
        "you have every right", "youve every right", "you had every right", "id hate for",
        "i would hate for", "id hate to think", "i would hate to think",
        # their anger not held against them, their demand called fair ("That's only right.")
        "i dont blame you", "i do not blame you", "cant blame you", "who could blame you",
        "thats only right", "thats only fair", "that is only right", "that is only fair",
        # our work called bad in plain words ("That's a botch, plain and simple", "a poor show")
        "poor show", "a botch", "botched", "shoddy", "a shambles", "a disgrace", "sloppy work", "bad form",
        # their treatment called wrong ("That's no way to treat someone who's been coming for years")
        "no way to treat", "not how we treat", "not how you treat",
    ),
}  # fmt: skip

#: Taking in what the customer said or decided: agreement, acceptance, "noted".
ACCEPTANCE: Lexicon = {
    "de": (
        "in ordnung", "alles klar", "klar", "gerne", "gern", "selbstverstaendlich", "natuerlich",
        "verstanden", "verstehe", "kein problem", "okay", "einverstanden", "machen wir so", "wie sie moechten",
        "wie es ihnen lieber ist", "prima", "geht klar", "nachvollziehbar", "absolut", "ihre entscheidung",
        "sie entscheiden", "ganz wie sie",
    ),
    "en": (
        "of course", "sure", "no problem", "fair enough", "got it", "understood", "okay", "alright",
        "all right", "certainly", "absolutely", "makes sense", "totally fair", "thats fine", "no worries",
        "i understand", "will do", "noted", "i see", "your call", "your decision", "thats up to you",
        "entirely up to you",
    ),
}  # fmt: skip

#: Granting a customer's no at once and without reserve ("Natürlich", "Absolutely"): in reply to
#: a no, this takes up the annoyance about the offer. A bare "okay", "sure" or "in Ordnung" only
#: takes note (how the held-out sets' coaches label it), so those are not in it.
GRANTING: Lexicon = {
    "de": (
        "natuerlich", "selbstverstaendlich", "klar", "absolut", "auf jeden fall", "einverstanden",
        "wie sie moechten", "wie sie wollen", "machen wir so", "verstaendlich", "nachvollziehbar",
        "voellig in ordnung", "vollkommen in ordnung", "absolut in ordnung", "sie haben recht",
        "da haben sie recht", "nichts zu diskutieren", "keine frage", "gar keine frage", "ihre entscheidung",
        "sie entscheiden", "ganz wie sie",
    ),
    "en": (
        "of course", "absolutely", "certainly", "totally fair", "completely fair", "fair enough",
        "makes sense", "understandable", "whatever you prefer", "as you wish", "thats fine",
        "thats absolutely fine", "thats perfectly fine", "thats completely fine", "youre right",
        "you are right", "youre absolutely right", "nothing to discuss", "no question", "no argument",
        "fair point", "your call", "your decision", "thats up to you", "entirely up to you",
    ),
}  # fmt: skip

#: Granting a no only together with the no said back in the same sentence ("Kein Problem, kein
#: Fotobuch", "No problem, the wash club is off the table"): alone, "No problem. I'll refund it."
#: takes note of an annoyed customer's no without taking it up (so the labels of v5 to v9). Not
#: "okay": "Okay, no express service then." takes note even with the no said back.
GRANTING_WITH_THE_NO: Lexicon = {
    "de": ("kein problem", "in ordnung"),
    "en": ("no problem", "no worries", "got it"),  # "Got it, forget the voucher": as "Understood, ..."
}

#: Confirming that something is booked or settled.
CONFIRMATION: Lexicon = {
    "de": (
        "eingetragen", "notiert", "gebucht", "reserviert", "bestaetigt", "vorgemerkt", "fest fuer sie",
        "steht fest", "ist ihrer", "ist fuer sie", "habe ich ihnen", "trage ich ein", "ist gebucht",
    ),
    "en": (
        "booked", "confirmed", "all set", "put you down", "put you in", "reserved", "scheduled",
        "pencilled", "penciled", "its yours", "youre in", "see you then", "locked in", "sorted",
    ),
}  # fmt: skip

#: Standing for the customer, not for the other side (a sceptical "how do I know you're on my
#: side?"): "We act for you alone", "Wir vertreten allein Ihre Interessen".
SIDING: Lexicon = {
    "de": (
        "auf ihrer seite", "in ihrem interesse", "ihre interessen", "in ihrem sinne", "unabhaengig",
        "hinter ihnen", "fuer sie ein", "fuer sie allein", "nur fuer sie", "ihnen allein verpflichtet",
        "nur ihnen verpflichtet", "vertrete sie", "vertreten sie", "ihr anwalt", "ihre anwaeltin",
    ),
    "en": (
        "your side", "your interests", "your interest", "independent", "for you alone", "only for you",
        "act for you", "acting for you", "work for you", "working for you", "represent you", "in your corner",
        "stand by you", "answer to you", "your advocate",
    ),
}  # fmt: skip

#: Putting it in writing: a key point's phrasing of these is met by any other of them ("writing:
#: [by email, in writing, confirm]" by "the receipt goes to your inbox", hv55-230; "Sie bekommen
#: das per Mail"): :func:`not_listening._point_met`. Not a point class: the point stays about the
#: matter (a handover or sympathy alone does not meet it).
WRITTEN: Lexicon = {
    "de": (
        "schriftlich", "per mail", "per email", "per e mail", "e mail", "email", "mail", "brief", "sms",
        "postfach", "mailen", "maile", "schriftliche bestaetigung", "in textform",
    ),
    "en": (
        "in writing", "by email", "email", "e mail", "emailed", "inbox", "letter", "written", "text message",
        "by text", "by post", "in black and white",
    ),
}  # fmt: skip

#: Kinds of key point whose phrasings are examples of a class a coach accepts in any of its
#: forms: a point at least half of whose phrasings are in the first list of a class is met by
#: any phrase of its lists (checked in this order: "accept: [in Ordnung, verstehe]" takes a
#: no, "apology: [tut mir leid, entschuldigen]" needs empathy, "okay" is not an apology).
POINT_CLASSES: dict[str, tuple[Lexicon, ...]] = {
    "acceptance": (ACCEPTANCE, EMPATHY),
    "empathy": (EMPATHY,),
    "confirmation": (CONFIRMATION,),
    "siding": (SIDING,),
}

#: Calendar and clock words: a key point at least half of whose phrasings hold one of these is a
#: point about *when* ("date: [Donnerstag, bis Freitag, morgen]"). Folded, whole words; German
#: compounds count by their head or first part ("Freitagnachmittag", "Umzugstag").
WHEN_WORDS: Lexicon = {
    "de": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
           "januar", "februar", "maerz", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "dezember", "heute", "morgen", "uebermorgen", "uhr", "tag", "tage", "tagen", "werktag",
           "werktage", "werktagen", "woche", "wochen", "wochenende", "stunde", "stunden", "minute", "minuten",
           "monat", "monate", "monaten", "vormittag", "vormittags", "nachmittag", "nachmittags", "abend",
           "abends", "mittag", "mittags", "morgens", "frueh"),
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
           "february", "march", "april", "june", "july", "august", "september", "october", "november",
           "december", "today", "tomorrow", "tonight", "morning", "afternoon", "evening", "midday", "noon",
           "oclock", "hour", "hours", "minute", "minutes", "day", "days", "week", "weeks",
           "weekend", "month", "months", "fortnight"),
}  # fmt: skip
#: Spans too vague to say when ("in den nächsten Tagen", "within the next few days"): two words
#: in a row, a vague amount then a calendar word. They neither meet a point about when nor
#: miss it for sure (a question to the trainee, no points off; they are in :data:`SOME_TIME`).
VAGUE_SPANS: Lexicon = {
    "de": ("naechsten tagen", "kommenden tagen", "paar tagen", "einigen tagen", "naechsten wochen",
           "kommenden wochen", "paar wochen", "einigen wochen", "naechsten tage", "kommenden tage"),
    "en": ("few days", "coming days", "few weeks", "coming weeks", "next days"),
}  # fmt: skip
#: Words that give a time or a deadline less exactly than :data:`WHEN_WORDS` ("sofort",
#: "rechtzeitig vor der Entlassung", "the first slot", "he is on his way"). A reply to a point about
#: when that holds none of these, no calendar word and no number gives no time at all: a miss a
#: coach is sure of. Vague promises are no time ("so bald wie möglich", "zeitnah", "as soon as
#: possible", "soon", "Ich weiß nicht, wann"): a customer who asked when still does not know.
SOME_TIME: Lexicon = {
    "de": ("gleich", "sofort", "umgehend", "jetzt", "bis", "innerhalb", "spaetestens", "rechtzeitig",
           "puenktlich", "bevor", "vorziehen", "vorgezogen", "vorholen", "termin", "termine", "zeitfenster",
           "datum", "unterwegs", "ostern", "weihnachten", "feiertag", "als erstes", "als erster",
           "pfingsten", "silvester", "neujahr", "ueber nacht", "im laufe des tages", "im laufe des vormittags",
           "im laufe des nachmittags", "im laufe der woche",
           "noch heute", "auf dem weg", "direkt nach", "im anschluss", "nach dem gespraech", "nach unserem gespraech",
           *VAGUE_SPANS["de"]),
    "en": ("now", "immediately", "by", "within", "before", "until", "till", "date", "dates", "slot", "slots",
           "appointment", "latest", "overnight", "christmas", "easter", "holiday", "lunch", "lunchtime",
           "whitsun", "new year", "in the course of the day", "during the day", "over the weekend",
           "right away", "straight away", "first thing", "on his way", "on her way", "on its way",
           "on their way", "on the way", "as we speak", "straight after", "right after", "after this call",
           "after the call", "after we hang up", *VAGUE_SPANS["en"]),
}  # fmt: skip

#: For a confused customer: reassurance counts as taking the feeling up.
REASSURANCE: Lexicon = {
    "de": (
        "kein problem", "keine sorge", "gute frage", "ich erklaere", "erklaere ich", "gern erklaere",
        "ganz in ruhe", "schritt fuer schritt", "ich helfe", "helfe ihnen",
    ),
    "en": (
        "no problem", "no worries", "dont worry", "good question", "let me explain", "ill explain",
        "step by step", "happy to explain", "ill help", "help you with",
    ),
}  # fmt: skip

#: Acknowledging a complaint: thanks, apology or understanding.
ACKNOWLEDGEMENT: Lexicon = {
    "de": EMPATHY["de"] + (
        "danke", "vielen dank", "dankeschoen", "gut dass sie anrufen", "gut dass sie sich melden",
        "hinweis", "kuemmere mich",
    ),
    "en": EMPATHY["en"] + (
        "thank you", "thanks", "glad you called", "good that you called", "thanks for letting",
        "take this seriously", "ill take care", "ill sort",
    ),
}  # fmt: skip

#: Customer words that show anger or upset (used when the scenario says nothing about emotion).
ANGER_WORDS: Lexicon = {
    "de": (
        "aergerlich", "aergert", "verärgert", "unverschaemt", "frechheit", "sauer", "wuetend",
        "enttaeuscht", "skandal", "unmoeglich", "zumutung", "es reicht", "reicht mir",
        "inakzeptabel", "katastrophe", "schon wieder", "immer noch nicht", "traurig", "verzweifelt",
    ),
    "en": (
        "angry", "annoyed", "frustrated", "frustrating", "furious", "ridiculous", "unacceptable",
        "outrageous", "fed up", "disappointed", "upset", "disgrace", "joke", "again and again",
        "still not", "sad", "desperate",
    ),
}  # fmt: skip

#: Customer words that make the line a complaint.
COMPLAINT_WORDS: Lexicon = {
    "de": (
        "beschwerde", "beschweren", "reklamation", "reklamieren", "kaputt", "defekt",
        "falsch geliefert", "falsche", "nicht angekommen", "nicht gekommen", "nie angekommen",
        "warte seit", "warten seit", "niemand meldet", "meldet sich niemand", "zu spaet",
        "verspaetet", "immer noch nicht", "aergerlich", "unverschaemt", "frechheit", "erstattung",
        "geld zurueck",
    ),
    "en": (
        "complaint", "complain", "broken", "faulty", "wrong item", "not arrived", "never arrived",
        "hasnt arrived", "still waiting", "been waiting", "nobody called", "too late", "arrived late",
        "still not", "refund", "damaged", "unacceptable", "ridiculous", "money back",
    ),
}  # fmt: skip

#: Direct contradiction of the customer.
#: Defending oneself against the customer's view counts too: "ich habe nur gefragt", "I wasn't
#: trying to sell you anything" (after a no: the customer felt pushed, the agent says they were not).
CONTRADICTION: Lexicon = {
    "de": (
        "das stimmt nicht", "das stimmt so nicht", "stimmt doch nicht", "da irren sie sich",
        "sie irren sich", "das ist falsch", "das ist so falsch", "das ist nicht richtig",
        "da liegen sie falsch", "sie liegen falsch", "das kann nicht sein", "das kann gar nicht sein",
        "so ist das nicht", "sie haben unrecht", "das sehen sie falsch", "das haben sie falsch",
        "nein das ist falsch", "da stimmt etwas nicht", "da stimmt was nicht", "das stimmt so aber nicht",
        "man hat ihnen etwas falsches gesagt", "man hat ihnen was falsches gesagt", "da hat man ihnen was falsches gesagt",
        "das hat man ihnen falsch gesagt", "sie wurden falsch informiert", "das war eine falsche auskunft",
        "da haben sie sich verhoert", "da haben sie etwas falsch verstanden", "das haben sie falsch verstanden",
        "da sehen sie etwas falsch", "sehen sie das falsch", "da haben sie sich vertan", "sie haben sich vertan",
        "haben sie sich wohl vertan", "ich habe nur gefragt", "ich hab nur gefragt", "ich habe ja nur gefragt",
        "ich wollte ihnen nichts verkaufen", "ich wollte ihnen ja nichts verkaufen",
        "ich will ihnen nichts verkaufen",
        # the customer's own past choice held against them ("Die Verlegung war Ihre Entscheidung")
        "war ihre entscheidung", "war ja ihre entscheidung", "war ihre wahl",
        # their complaint called a false charge against us ("das lassen wir uns nicht anhängen")
        "uns in die schuhe geschoben", "uns in die schuhe schieben", "uns nicht anhaengen", "uns angehaengt",
    ),
    "en": (
        "thats not true", "that is not true", "thats not right", "that is not right",
        "thats wrong", "that is wrong", "youre wrong", "you are wrong", "youre mistaken",
        "you are mistaken", "thats incorrect", "that is incorrect", "that cant be",
        "thats not the case", "thats not what happened", "that is not what happened", "thats not correct",
        "that is not correct", "you were told wrong", "you were given the wrong information",
        "whoever told you that was wrong", "you must have misheard", "you misunderstood", "you got that wrong",
        "that isnt true", "that isnt right", "that isnt correct", "something is not right there",
        "i was only asking", "i was just asking", "im only asking", "im just asking",
        "i wasnt trying to sell you anything", "im not trying to sell you anything",
        # the customer's own past choice held against them ("moving the match was your decision")
        "was your decision", "was your choice",
        # their complaint called a false charge against us ("we don't want any more damage pinned on us")
        "pinned on us", "blamed on us", "laid at our door", "put down to us",
    ),
}  # fmt: skip

#: A reply opening that turns against what the customer just said ("Ja, aber ...").
BUT_OPENINGS: Lexicon = {
    "de": ("aber", "ja aber", "naja aber", "schon aber", "ja schon aber", "okay aber", "gut aber"),
    "en": ("but", "yes but", "yeah but", "well but", "okay but", "sure but"),
}
#: A short acknowledgement that, followed by "but"/"aber" and the customer or the facts, takes
#: itself back: the "yes, but" rebuttal ("I hear you, but our staff checked the car").
ACK_BEFORE_BUT: Lexicon = {
    "de": (
        "ja", "ja schon", "verstehe", "ich verstehe", "das verstehe ich", "verstanden", "tut mir leid",
        "das tut mir leid", "es tut mir leid", "natuerlich", "klar", "stimmt", "sicher", "schon",
        "ja herr", "ja frau",
    ),
    "en": (
        "yes", "yeah", "yes sir", "yes maam", "i hear you", "i understand", "understood", "i see", "sorry",
        "im sorry", "i know", "of course", "sure", "right", "i get that", "i get it", "fair enough",
    ),
}  # fmt: skip
#: After such a "but", the agent's own next step is not a rebuttal ("I'm sorry, but I'll fix it").
BUT_OWN_STEP: Lexicon = {
    "de": ("ich", "wir", "lassen", "gern", "gerne"),
    "en": ("i", "ill", "im", "ive", "we", "well", "were", "weve", "let", "lets", "happy"),
}
#: Blaming the customer for what happened ("You should have checked ...", "Sie hätten ... anrufen
#: können"): past participles (English) after "you should have" that are not blame.
NOT_BLAME_AFTER_SHOULD_HAVE = ("received", "been", "had", "got", "gotten")
#: German infinitives before "hätten ... können/müssen/sollen" that are not blame ("bekommen müssen").
NOT_BLAME_BEFORE_MODAL = ("haben", "bekommen", "erhalten", "kriegen", "sein", "werden")
#: English irregular past participles that can follow "you should have" as blame.
BLAME_PARTICIPLES = ("read", "known", "told", "done", "taken", "written", "sent", "paid", "given", "kept", "seen",
                     "caught", "brought", "bought", "left", "put", "made", "gone", "chosen", "driven", "spoken",
                     "thought", "rung", "shown", "understood", "taught", "found")  # fmt: skip
#: Words after such an opening that make it agreement after all ("Aber gern!", "But of course").
BUT_AGREEING: Lexicon = {
    "de": ("natuerlich", "gern", "gerne", "sicher", "klar", "selbstverstaendlich", "ja"),
    "en": ("of", "sure", "certainly", "yes", "absolutely"),
}
#: Customer words that make the line an objection (a "but" reply then contradicts).
OBJECTION_WORDS: Lexicon = {
    "de": (
        "nein",
        "kein interesse",
        "brauche ich nicht",
        "will ich nicht",
        "moechte ich nicht",
        "zu teuer",
        "nicht",
        "kein",
        "keine",
        "aber",
        "falsch",
    ),
    "en": ("no", "not interested", "dont need", "dont want", "too expensive", "not", "never", "but", "wrong"),
}

#: Pushing an offer again after a no.
PUSH: Lexicon = {
    "de": (
        "trotzdem", "nur noch", "wirklich nicht", "sind sie sicher", "ueberlegen sie", "nochmal ueberlegen",
        "doch noch", "letzte chance", "nur heute", "es lohnt sich", "wuerde ich ihnen trotzdem",
        "sind sie sich sicher", "sind sie sich da sicher", "sind sie sich ganz sicher", "gut ueberlegt",
        "wirklich ueberlegt", "wollen sie wirklich", "moechten sie wirklich", "wirklich verzichten",
        # the refused thing left to try, or a change of mind hoped for
        "anders ueberlegen", "zum ausprobieren", "zum testen", "zum probieren",
        # "Und wenn Sie doch eine jährliche Kontrolle möchten, ...": the no taken back for them
        "wenn sie doch", "falls sie doch", "sollten sie doch",
        # a smaller piece of it asked for after the no: "Dürfen wir ihr wenigstens Blumen schicken?"
        "duerfen wir wenigstens", "koennen wir wenigstens", "darf ich wenigstens", "darf ich ihnen wenigstens",
        # the decision spoken of as still to come: "Bevor Sie sich entscheiden, ..."
        "bevor sie sich entscheiden", "bevor sie entscheiden",
    ),
    "en": (
        "are you sure", "reconsider", "think about it", "just one more", "last chance", "only today",
        "why not", "still recommend", "really worth", "just try", "are you certain", "absolutely certain",
        "quite certain", "do you really want", "really want to say no", "anyway",
        "change your mind", "fall in love with", "try them out", "try it out", "so you can try",
        "if you do want", "if you still want", "if you ever want",
        "could we at least", "can we at least", "may we at least", "could i at least", "can i at least",
        # the decision spoken of as still to come: "Before you decide, have a look at ..."
        "before you decide", "before you make up your mind",
    ),
}  # fmt: skip

#: A substitute deal offered after a no, in words the trainer did not list (:func:`pushed_after_no`):
#: a deal word ... ("20 Prozent Rabatt", "a voucher", "something off your next booking") ...
DEALS: Lexicon = {
    "de": ("rabatt", "nachlass", "preisnachlass", "prozent", "gutschein", "gutscheincode", "sonderpreis",
           "vorzugspreis", "ermaessigung", "guenstiger", "sonderangebot", "aktion", "mitgliederpreis",
           "mitgliedspreis", "vorzugskonditionen", "sonderkonditionen",
           # a carefree package sold in the refused cover's place ("Rundum-sorglos-Service", hv47-154)
           "sorglos", "sorglospaket", "komplettpaket"),
    "en": ("discount", "percent", "voucher", "coupon", "code", "cheaper", "deal", "off", "rate"),
}  # fmt: skip
#: ... in a clause that offers it: a modal of offering, "instead", or a next time.
OFFERING: Lexicon = {
    "de": ("koennten", "koennte", "anbieten", "biete", "haette ich", "ich haette noch", "stattdessen", "alternativ", "naechste mal",
           "naechsten mal", "wenn sie wieder", "falls sie mal", "falls sie doch", "fuer ihre naechste",
           "fuer ihren naechsten", "soll ich auch", "soll ich gleich", "haetten wir", "wenn sie moechten",
           "falls sie moechten", "waere das was", "als ergaenzung",
           # put by for them unasked: "für die Weihnachtsfeier lege ich Ihnen ein Fass zurück"
           "lege ich ihnen", "reserviere ich ihnen", "halte ich ihnen",
           # something in the no's place, asked or pressed ("Dann ... wenigstens ...", "Wie wäre es mit ...")
           "wenigstens", "zumindest", "wie waere es mit"),
    "en": ("could", "instead", "alternatively", "offer", "next time", "if you ever", "next booking",
           "next rental", "next order", "would you like", "for your next", "should i also", "shall i also",
           "shall i", "if you like", "if youd like", "just say the word", "ill put one aside", "ill set aside",
           "ill reserve you", "i can still", "we can still",
           # something in the no's place, asked or pressed ("would you at least let us", "How about ...")
           "at least", "how about", "what about"),
}  # fmt: skip
#: Selling something extra on the visit ("Er könnte bei der Gelegenheit ...", "while he's there
#: anyway", "no obligation", "for a small extra"): with a cue of offering, another offer after a no.
UPSELL: Lexicon = {
    "de": ("bei der gelegenheit", "wenn er schon mal da ist", "wenn er schon da ist", "wo er schon mal da ist",
           "wenn wir schon mal da sind", "unverbindlich", "kleinen aufpreis", "gegen aufpreis", "plaetze frei",
           # a price named for the extra, or "just to look"
           "zum halben preis", "fuer den halben preis", "nur zum anschauen",
           # something more on top of the fix: "als Ergänzung", "zusätzlich", a monthly fee, a free trial
           "als ergaenzung", "zusaetzlich", "im monat", "pro monat", "monate kostenlos", "noch dazu", "auch einbauen",
           "noch einbauen", "gleich mit einbauen", "wenn sie schon mal da sind", "wo sie schon mal da sind",
           "wenn sie schon mal hier sind", "wo sie schon mal hier sind"),
    "en": ("while hes there", "while he is there", "while shes there", "while theyre there", "while were there",
           "while our man", "while our engineer", "while the engineer", "no obligation", "small extra",
           "little extra", "small fee", "going over", "half price", "for just", "for only", "just to look",
           "small charge", "while theyre here", "while they are here", "while its here", "a month", "per month",
           "free trial", "in addition", "also fit", "also install", "also add", "also set up",
           "while youre with us", "while youre here", "while youre in", "while you are here"),
}  # fmt: skip
#: The part of :data:`UPSELL` that is selling talk on its own ("unverbindlich", "nur zum
#: Anschauen", "no obligation", "for a small fee"): after a no, the extra it goes with is offered
#: even with no modal of offering ("Ich lege Ihnen unverbindlich ein Muster bei").
SALES_TALK: Lexicon = {
    "de": ("unverbindlich", "nur zum anschauen", "kleinen aufpreis", "gegen aufpreis", "zum halben preis",
           "fuer den halben preis"),
    "en": ("no obligation", "small fee", "small extra", "little extra", "half price", "just to look", "small charge"),
}  # fmt: skip
#: Asking the customer to do again what they said they did ("Could you restart the router once
#: more?"): saying their words back then asks, it does not confirm.
ONCE_MORE: Lexicon = {  # not "nochmal" / "again": "Wie war noch mal Ihre Nummer, 4711?" confirms
    "de": ("noch einmal", "nochmals", "erneut"),
    "en": ("once more", "one more time"),
}
#: Words that, in the offer word's clause, drop the offer: accepting the no ("die Warteliste
#: lassen wir weg", "I'll leave the waiver out").
DROPPING: Lexicon = {
    "de": ("weg", "weglassen", "streichen", "gestrichen", "verzichten", "raus", "heraus", "rausnehmen",
           "herausnehmen", "entfernen", "vom tisch", "vergessen", "vergessen wir", "hinfaellig", "stornieren",
           "storniert", "storniere", "annulliert", "geloescht"),
    "en": ("leave", "drop", "dropped", "skip", "skipped", "forget", "remove", "removed", "cancel", "cancelled",
           "canceled", "scrap", "scrapped", "withdraw", "withdrawn", "off the table", "deleted", "taken off"),
}  # fmt: skip
#: Keeping what the customer has, in the offer word's clause, accepts the no ("Sie bleiben in
#: Ihrem jetzigen Tarif", "you'll stay on your current plan"): a verb of keeping (prefixes) ...
KEEPING: Lexicon = {
    "de": ("bleib", "behalt", "behaelt", "beibehalt"),
    "en": ("stay", "keep", "kept", "remain"),
}
#: ... with the customer's own or present thing (whole words): "Ihrem jetzigen", "your current".
KEPT_AS_IS: Lexicon = {
    "de": ("jetzig", "jetzige", "jetzigen", "jetzigem", "jetziger", "bisherig", "bisherige", "bisherigen",
           "bisherigem", "aktuell", "aktuelle", "aktuellen", "aktuellem", "bestehend", "bestehenden",
           "gewohnten", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres"),
    "en": ("current", "existing", "present", "old", "usual", "your"),
}  # fmt: skip
#: What an excuse for a failure says about the one who failed (the seeds: an explanation that
#: excuses is heard as not taking the complaint seriously). Adjectives after a copula ("war
#: leider krank", "is just very busy", "is quite new"): :data:`EXCUSE_STATES`; phrases in order,
#: a word or two between them allowed: :data:`EXCUSE_PHRASES` (written as the judge splits
#: words: "can't" is "can not").
EXCUSE_STATES: Lexicon = {
    "de": ("krank", "neu", "beschaeftigt", "ausgelastet", "ueberlastet", "unterbesetzt", "verhindert", "erkaeltet",
           "eingespannt", "langsam", "ueberfordert"),
    "en": ("ill", "sick", "new", "busy", "swamped", "overloaded", "understaffed", "unwell", "overworked", "slow",
           "stretched"),
}  # fmt: skip
EXCUSE_PHRASES: Lexicon = {
    "de": ("viel zu tun", "viel los", "im stau", "rutscht durch", "kann nicht immer", "kann nicht ueberall", "kann man ihm nicht",
           "kann man ihr nicht", "personalmangel", "krankheitsfall", "krankheitsbedingt", "im urlaub", "meint gut",
           "gut gemeint",
           # helpless, or vouched for ("die hat sicher nichts übersehen", "sie hat sich was gedacht")
           "kann nichts dafuer", "konnte nichts dafuer", "nichts uebersehen", "etwas gedacht", "was gedacht",
           # helpless said the other way round, or meaning only well ("wollte Ihnen nur helfen")
           "dafuer kann nichts", "dafuer konnte nichts", "nur helfen",
           # vouched for as right, or as keeping the rules ("hat Ihnen nichts Falsches gesagt")
           "nichts falsches gesagt", "an die regeln gehalten", "an die vorgaben gehalten", "nur seinen job gemacht",
           "nur ihren job gemacht", "wollte helfen", "wollte ihnen helfen", "meint es gut", "gewusst haben",
           "seine gruende gehabt", "ihre gruende gehabt", "nur ein vorschlag"),
    "en": ("stuck in traffic", "in traffic", "heavy traffic", "can not always", "can not be everywhere",
           "short staffed", "off sick", "on holiday", "a lot on", "run off his feet", "run off her feet",
           "still learning", "means well", "meant well",
           "could not help it", "can not help it", "had two emergencies", "had an emergency",
           "only trying to help", "just trying to help", "only wanted to help", "not his fault", "not her fault",
           "nothing he could do", "nothing she could do",
           # vouched for as keeping the rules, or asked to be spared ("don't hold it against him")
           "only following the rules", "just following the rules", "was following the rules", "only doing his job", "only doing her job",
           "just doing his job", "just doing her job", "hold it against him", "hold it against her",
           "told you nothing wrong", "had his reasons", "had her reasons", "knew what he was doing",
           "knew what she was doing", "only a suggestion", "just a suggestion"),
}  # fmt: skip
#: Praise of the one the customer blames, after a copula or "arbeitet"/"works": defending them.
PRAISE_OF_OURS: Lexicon = {
    "de": ("erfahren", "zuverlaessig", "sorgfaeltig", "gruendlich", "gewissenhaft", "kompetent", "puenktlich",
           "vorsichtig"),
    "en": ("experienced", "reliable", "careful", "thorough", "conscientious", "competent", "punctual", "trustworthy"),
}  # fmt: skip
#: People of ours the customer may blame: an excuse is made for one of them (or a name the
#: customer gave, or "er"/"he").
STAFF: Lexicon = {
    "de": ("fahrer", "fahrerin", "techniker", "technikerin", "monteur", "monteurin", "kollege", "kollegin",
           "kollegen", "mitarbeiter", "mitarbeiterin", "handwerker", "bote", "zusteller", "meister", "leute",
           "team", "jungs", "disposition", "versicherung", "werkstatt", "lager"),
    "en": ("driver", "technician", "engineer", "fitter", "crew", "lads", "staff", "team", "colleague", "colleagues",
           "courier", "workshop", "installer", "guys", "office", "insurer", "warehouse"),
}  # fmt: skip
#: Running down one of ours in front of the customer ("Herr Maaß ist ziemlich schlampig", "der hält
#: sich nie an Absprachen", "Kyle is hopeless with the system", "that driver never checks his load
#: sheet"): words of a habit or a flaw, matched in order with at most one word between. Not bare
#: "ständig", "immer wieder", "all the time" ("Unser Team prüft das ständig" praises); "mal wieder"
#: only after "hat"/"ist" ("hat mal wieder falsch geplant"). Not "I'll have a word with Tyler": a
#: follow-up promised, not a colleague run down.
DISPARAGING: Lexicon = {
    "de": ("schlampig", "nachlaessig", "unzuverlaessig", "unfaehig", "inkompetent", "chaotisch", "schusselig",
           "faul", "nicht das erste mal", "nicht zum ersten mal", "haelt sich nie", "nie an", "mist gebaut",
           "unberechenbar",
           "hat mal wieder", "hatte mal wieder", "war mal wieder", "ist mal wieder",
           "verbockt", "versiebt", "geschlampt", "ein ernstes wort", "zur rede",
           # out of their depth, a habit of ours ("die ist völlig überfordert", "das hatten wir schon öfter")
           "ueberfordert", "ueberlastet", "ueberblick verloren", "voellig verplant", "nimmt es nicht so genau",
           "nicht so genau", "bevor er nachdenkt", "bevor sie nachdenkt", "hat wieder einmal", "war wieder einmal",
           "ist wieder einmal", "schon oefter", "noch in der ausbildung", "noch in der einarbeitung", "ist noch neu",
           "keine ahnung", "ahnungslos", "kennt sich nicht aus"),
    "en": ("careless", "sloppy", "hopeless", "useless", "lazy", "incompetent", "unreliable", "clueless",
           "unpredictable",
           "never checks", "never does", "never bothers", "never listens", "didnt bother", "always doing this",
           "not the first time", "messed up", "screwed up", "dropped the ball",
           # out of their depth, a habit of ours ("still in training", "tends to blame the car")
           "still in training", "still new", "on his own yet", "on her own yet", "tends to blame", "cut corners",
           "cuts corners", "cutting corners", "been rushing", "rushes his", "rushes her", "overwhelmed",
           "out of his depth", "out of her depth", "no idea", "hasnt checked", "lost track", "talks before",
           "yet again"),
}  # fmt: skip
#: A promise of effort alone ("we'll do our best", "wir tun, was wir können"): no step of its own,
#: unless a time comes with it ("we'll do our best to have it there by Friday").
EFFORT_ONLY: Lexicon = {
    "de": ("unser bestes", "mein bestes", "was wir koennen", "was ich kann", "moeglichste", "geben uns muehe",
           "gebe mir muehe", "versuchen es", "versuche es",
           # hope alone ("hoffen wir das Beste", hv55-174)
           "hoffen wir", "wir hoffen", "ich hoffe", "hoffe ich", "hoffentlich"),
    "en": ("our best", "my best", "what we can", "what i can", "everything we can", "everything i can",
           "our utmost", "my utmost",
           # hope alone ("so let's hope for the best", hv55-174)
           "lets hope", "let us hope", "we hope", "i hope", "hopefully", "fingers crossed"),
}  # fmt: skip
#: Taking what was said on board, no step named ("das nehme ich so mit", hv52-048; not "ich nehme
#: die Packung mit", which is one): nothing about the matter.
ON_BOARD: Lexicon = {
    "de": ("nehme ich so mit", "nehmen wir so mit", "nehme das so mit", "nehmen das so mit", "nehme ich mal so mit",
           "nehme ich gerne so mit", "nehme ich gern so mit"),
    "en": ("take that on board", "take it on board", "taken that on board", "taken it on board",
           "take that onboard", "take it onboard"),
}  # fmt: skip
#: The time promised for later, not given ("I'll let you know the day", "ich sage Ihnen Bescheid,
#: wann"): no step of its own, unless a time comes with it.
TIME_LATER: Lexicon = {
    "de": ("sage ihnen bescheid wann", "sage ihnen wann", "melde mich wann", "gebe ihnen bescheid wann",
           "sage ihnen den tag", "sage ihnen den termin", "nenne ihnen den termin"),
    "en": ("let you know the day", "let you know the date", "let you know the time", "let you know when",
           "tell you the day", "tell you the date", "tell you when", "confirm the day", "confirm the date"),
}  # fmt: skip
#: Owning the failure next to its reason ("Herr Moretti war krank, das entschuldigt aber nichts"):
#: then the reason is an explanation, not an excuse.
NO_EXCUSE: Lexicon = {
    "de": ("keine entschuldigung", "entschuldigt nicht", "entschuldigt nichts", "keine ausrede", "trotzdem haetten",
           "haetten wir", "haette er", "haette sie", "haetten sie uns", "unser fehler", "mein fehler",
           "darf nicht passieren", "haette nicht passieren", "falsch von uns", "falsch von mir", "lag an uns",
           "liegt an uns", "lag bei uns", "liegt bei uns", "unser problem", "unsere verantwortung",
           "unsere sache", "bei uns schiefgelaufen", "bei uns etwas schiefgelaufen", "uns ist ein fehler",
           "wir haben uns geirrt", "wir haben uns vertan", "wir lagen falsch", "ich lag falsch",
           # the fault in other nouns: "das war unser Versehen", "ein Fehler unsererseits"
           "unser versehen", "mein versehen", "unser irrtum", "mein irrtum", "unser patzer", "fehler unsererseits",
           "versehen unsererseits", "fehler von uns",
           # the cause placed with us: "das Glas kann nur von uns stammen" (hv47-255)
           "von uns stammen", "stammt von uns", "kam von uns", "kommt von uns", "von uns kommen",
           # the loss placed with us: "das Teil ist bei uns verloren gegangen" (hv53-254)
           "bei uns verloren", "bei uns abhanden", "bei uns verschwunden", "bei uns weggekommen"),
    "en": ("no excuse", "not an excuse", "does not excuse", "should have", "should not have", "our fault",
           "my fault", "on us", "still should", "wrong of us", "wrong of me", "our mistake", "my mistake",
           "down to us", "our problem", "our responsibility", "ours to fix", "ours to solve", "ours to sort",
           "went wrong on our", "went wrong at our", "our end", "our side",
           # "so we got it wrong, not your group" (hv43-167)
           "we got it wrong", "we got that wrong", "i got it wrong", "we were wrong", "i was wrong",
           # the fault in other nouns: "so this is our slip" (hv44-199), "a costly mistake of ours"
           "our slip", "my slip", "our error", "my error", "our oversight", "my oversight", "our blunder",
           "mistake of ours", "fault of ours", "error of ours", "slip of ours", "mistake on our part",
           # the cause placed with us: "can only have come from us" (hv47-255)
           "come from us", "came from us", "comes from us",
           # the loss placed with us: "the piece went missing with us" (hv53-254)
           "missing with us", "lost with us", "missing on our", "lost on our"),
}  # fmt: skip

#: Articles and the plain conjunctions: closed word classes that never turn what a phrase says
#: (a contradiction, a phrase to avoid, a push, a re-ask) into something else, so Whisper being
#: unsure of one ("Das tut mir leid, aber ..." with "Das" unsure) casts no doubt on the finding.
#: Pronouns are not among them: "Sie müssen" and "wir müssen" blame different people.
NEUTRAL_WORDS: Lexicon = {
    "de": ("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und",
           "oder"),
    "en": ("the", "a", "an", "and", "or"),
}  # fmt: skip
#: Words that cancel an offer word nearby ("kein Upgrade", "without the upgrade").
NEGATIONS: Lexicon = {
    "de": ("kein", "keine", "keinen", "keiner", "keinem", "nicht", "ohne", "nichts", "nie", "niemals", "niemand"),
    "en": ("no", "not", "without", "dont", "wont", "nothing", "doesnt", "didnt", "cant", "cannot", "isnt",
           "wasnt", "arent", "havent", "hasnt", "wouldnt", "couldnt", "never", "nobody", "neither"),
}  # fmt: skip

#: Questions that find out what the customer needs.
NEED_QUESTIONS: Lexicon = {
    "de": (
        "wofuer", "wozu", "was genau", "wie nutzen sie", "wie oft", "was ist ihnen wichtig",
        "worauf kommt es", "was brauchen sie", "was benoetigen sie", "was haben sie vor",
        "erzaehlen sie", "was suchen sie", "wofuer brauchen", "was moechten sie damit",
        "wie wollen sie", "woran denken sie", "was waere ihnen", "was stellen sie sich vor",
        "in welcher situation", "wie viele", "wie viel",
    ),
    "en": (
        "what do you need", "what for", "what will you use", "how do you use", "how will you use",
        "how often", "what matters", "whats important", "what is important", "tell me more",
        "what exactly", "what are you looking for", "what do you have in mind", "how many",
        "how much", "what would you", "what kind of",
    ),
}  # fmt: skip

#: Filler words (single tokens, folded) and filler phrases.
FILLERS: Lexicon = {
    "de": ("aeh", "aehm", "oeh", "oehm", "halt", "sozusagen", "eigentlich", "quasi", "irgendwie", "gewissermassen"),
    "en": ("um", "uh", "uhm", "erm", "basically", "like", "you know", "i mean", "literally"),
}

#: Words that come before an ask word in a question ("Wie ist Ihre ...", "Could you tell me ...").
QUESTION_CUES_BEFORE: Lexicon = {
    "de": (
        "wie", "was", "welche", "welcher", "welches", "wann", "wo", "wer", "koennen sie", "koennten sie",
        "wuerden sie", "nennen sie", "sagen sie", "geben sie", "verraten sie", "haben sie", "haetten sie",
        "darf ich", "duerfte ich", "braeuchte", "brauche", "benoetige", "nochmal", "noch einmal",
        "wiederholen", "sagen mir", "nennen mir",
    ),
    "en": (
        "what", "whats", "which", "could you", "can you", "would you", "tell me", "give me", "may i",
        "can i have", "could i have", "do you have", "i need", "ill need", "i will need", "need your",
        "again", "repeat", "confirm your",
    ),
}  # fmt: skip
#: Words right after an ask word that make it a request ("Ihre Bestellnummer bitte").
QUESTION_CUES_AFTER: Lexicon = {"de": ("bitte", "nochmal"), "en": ("please", "again")}
#: Words just before an ask word that ask for a different one than the customer gave ("a second
#: profile under another email", "eine andere Lieferadresse"): no re-ask ("new" is not one of
#: them: "What's your new address?" re-asks the new address the customer gave).
ANOTHER_ONE: Lexicon = {
    "de": ("andere", "anderen", "anderer", "anderes", "andern", "zweite", "zweiten", "weitere", "weiteren"),
    "en": ("another", "other", "different", "second", "alternative"),
}  # fmt: skip
#: Asking for a record of a fact is not asking for the fact again: "ein Foto vom Riss", "a photo
#: of the damage", "eine Kopie der Rechnung" (one of these at most three words before the ask word);
#: asked to send one ("Schicken Sie mir die Rechnung") after giving the amount, the same.
EVIDENCE: Lexicon = {
    "de": (
        "foto", "fotos", "bild", "bilder", "kopie", "kopien", "beleg", "belege", "nachweis", "screenshot",
        "scan", "aufnahme", "aufnahmen", "rechnung", "rechnungen", "quittung", "quittungen",
    ),
    "en": ("photo", "photos", "picture", "pictures", "copy", "copies", "receipt", "receipts", "proof",
           "screenshot", "scan", "image", "images", "evidence", "invoice", "invoices", "bill", "bills"),
}  # fmt: skip
#: Words right before an ask word that make it a statement, not a question ("mein Name ...").
NOT_A_QUESTION_BEFORE: Lexicon = {"de": ("mein", "meine", "unser", "unsere"), "en": ("my", "our")}

#: Built-in words that ask for common facts; a scenario's ``Fact.ask`` adds to them.
ASK_WORDS: dict[str, Lexicon] = {
    "name": {
        "de": (
            "name",
            "namen",
            "wie heissen sie",
            "mit wem spreche ich",
            "wer ist am apparat",
            "wer spricht",
            "nachname",
            "nachnamen",
            "vorname",
            "vornamen",
            "familienname",
            "familiennamen",
        ),
        "en": (
            "name",
            "who am i speaking",
            "who am i talking",
            "whos calling",
            "who is calling",
            "surname",
            "last name",
            "first name",
            "full name",
            "family name",
        ),
    },
    "order_number": {
        "de": ("bestellnummer", "auftragsnummer", "bestellnr", "nummer der bestellung", "nummer ihrer bestellung"),
        "en": ("order number", "order id", "order no", "order reference"),
    },
    "customer_number": {
        "de": ("kundennummer", "kundennr", "kunden nummer"),
        "en": ("customer number", "customer id", "account number", "customer reference"),
    },
    "contract_number": {
        "de": ("vertragsnummer", "vertragsnr", "policennummer"),
        "en": ("contract number", "policy number", "agreement number"),
    },
    "address": {
        "de": ("adresse", "anschrift", "wo wohnen sie", "postleitzahl", "lieferadresse"),
        "en": ("address", "postcode", "zip code", "where do you live"),
    },
    "email": {
        "de": ("email", "e mail", "mailadresse", "emailadresse"),
        "en": ("email", "e mail", "email address"),
    },
    "phone": {
        "de": ("telefonnummer", "rufnummer", "handynummer", "mobilnummer"),
        "en": ("phone number", "telephone number", "mobile number", "contact number"),
    },
    "birthday": {
        "de": ("geburtsdatum", "geburtstag", "wann sind sie geboren"),
        "en": ("date of birth", "birthday", "birth date", "when were you born"),
    },
}
#: Keys that mean the same fact (``order`` and ``order_id`` use the ``order_number`` words).
ASK_ALIASES = {
    "order": "order_number", "order_id": "order_number", "bestellnummer": "order_number",
    "customer_id": "customer_number", "kundennummer": "customer_number", "account_number": "customer_number",
    "contract": "contract_number", "contract_id": "contract_number", "policy_number": "contract_number",
    "mail": "email", "e_mail": "email", "telephone": "phone", "phone_number": "phone", "mobile": "phone",
    "date_of_birth": "birthday", "birth_date": "birthday", "dob": "birthday", "last_name": "name",
    "surname": "name", "full_name": "name", "first_name": "name",
}  # fmt: skip

#: Words that carry no content of their own (for "did the reply refer to anything said?").
STOPWORDS: dict[str, frozenset[str]] = {
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "den",
            "dem",
            "des",
            "ein",
            "eine",
            "einen",
            "einem",
            "einer",
            "eines",
            "und",
            "oder",
            "aber",
            "doch",
            "denn",
            "dass",
            "daß",
            "ich",
            "du",
            "er",
            "sie",
            "es",
            "wir",
            "ihr",
            "mich",
            "mir",
            "dich",
            "dir",
            "uns",
            "euch",
            "ihnen",
            "ihn",
            "ihm",
            "ihre",
            "ihren",
            "ihrem",
            "ihrer",
            "ihres",
            "mein",
            "meine",
            "meinen",
            "meinem",
            "meiner",
            "sein",
            "seine",
            "seinen",
            "unser",
            "unsere",
            "euer",
            "sich",
            "man",
            "ist",
            "bin",
            "sind",
            "war",
            "waren",
            "sein",
            "wird",
            "werden",
            "wurde",
            "hat",
            "habe",
            "haben",
            "hatte",
            "hatten",
            "kann",
            "koennen",
            "koennte",
            "koennten",
            "muss",
            "muessen",
            "soll",
            "sollen",
            "will",
            "wollen",
            "moechte",
            "moechten",
            "darf",
            "duerfen",
            "wuerde",
            "wuerden",
            "mag",
            "mache",
            "machen",
            "macht",
            "gemacht",
            "tun",
            "tue",
            "geht",
            "gehen",
            "gibt",
            "geben",
            "nicht",
            "kein",
            "keine",
            "keinen",
            "noch",
            "schon",
            "auch",
            "nur",
            "sehr",
            "so",
            "wie",
            "was",
            "wer",
            "wo",
            "wann",
            "warum",
            "wieso",
            "welche",
            "welcher",
            "welches",
            "hier",
            "da",
            "dort",
            "jetzt",
            "dann",
            "mal",
            "einmal",
            "gleich",
            "gerade",
            "immer",
            "wieder",
            "mit",
            "von",
            "zu",
            "zum",
            "zur",
            "bei",
            "nach",
            "vor",
            "aus",
            "auf",
            "an",
            "am",
            "im",
            "in",
            "um",
            "fuer",
            "ueber",
            "unter",
            "durch",
            "ohne",
            "gegen",
            "bis",
            "seit",
            "als",
            "ob",
            "wenn",
            "weil",
            "damit",
            "also",
            "ja",
            "nein",
            "bitte",
            "danke",
            "gern",
            "gerne",
            "hallo",
            "guten",
            "tag",
            "abend",
            "frau",
            "herr",
            "herrn",
            "okay",
            "ok",
            "genau",
            "richtig",
            "gut",
            "alles",
            "klar",
            "natuerlich",
            "sicher",
            "einfach",
            "etwas",
            "nichts",
            "viel",
            "viele",
            "mehr",
            "ganz",
            "wirklich",
            "leider",
            "eben",
            "halt",
            "eigentlich",
            "sozusagen",
            "aeh",
            "aehm",
            "mhm",
            "hm",
            "dies",
            "diese",
            "dieser",
            "dieses",
            "denen",
            "dessen",
            "deren",
            "wer",
            "wen",
            "wem",
            "es",
            "sagen",
            "sage",
            "sagt",
        ]
    ),
    "en": frozenset(
        [
            "the",
            "a",
            "an",
            "and",
            "or",
            "but",
            "so",
            "because",
            "that",
            "this",
            "these",
            "those",
            "there",
            "here",
            "it",
            "its",
            "i",
            "me",
            "my",
            "mine",
            "you",
            "your",
            "yours",
            "he",
            "him",
            "his",
            "she",
            "her",
            "we",
            "us",
            "our",
            "they",
            "them",
            "their",
            "is",
            "am",
            "are",
            "was",
            "were",
            "be",
            "been",
            "being",
            "do",
            "does",
            "did",
            "done",
            "have",
            "has",
            "had",
            "having",
            "can",
            "could",
            "will",
            "would",
            "shall",
            "should",
            "may",
            "might",
            "must",
            "not",
            "no",
            "yes",
            "yeah",
            "ok",
            "okay",
            "right",
            "well",
            "just",
            "very",
            "really",
            "also",
            "too",
            "only",
            "still",
            "again",
            "then",
            "now",
            "what",
            "which",
            "who",
            "whom",
            "whose",
            "when",
            "where",
            "why",
            "how",
            "of",
            "to",
            "in",
            "on",
            "at",
            "by",
            "for",
            "with",
            "from",
            "about",
            "as",
            "into",
            "over",
            "under",
            "up",
            "down",
            "out",
            "off",
            "if",
            "than",
            "please",
            "thank",
            "thanks",
            "hello",
            "hi",
            "good",
            "morning",
            "afternoon",
            "evening",
            "mr",
            "mrs",
            "ms",
            "sir",
            "madam",
            "sure",
            "of",
            "course",
            "all",
            "any",
            "some",
            "something",
            "nothing",
            "let",
            "lets",
            "get",
            "got",
            "go",
            "going",
            "im",
            "ive",
            "ill",
            "youre",
            "youve",
            "dont",
            "cant",
            "wont",
            "isnt",
            "arent",
            "wasnt",
            "um",
            "uh",
            "like",
            "know",
            "mean",
            "basically",
            "actually",
            "say",
            "said",
            "tell",
        ]
    ),
}


def words_for(lexicon: Lexicon, language: str) -> tuple[str, ...]:
    """The list for ``language``, falling back to English for a language we have no list for."""
    return lexicon.get(language, lexicon["en"])


def ask_words(key: str, language: str) -> tuple[str, ...]:
    """Built-in words that ask for the fact ``key`` in ``language`` (empty for unknown keys)."""
    entry = ASK_WORDS.get(ASK_ALIASES.get(key, key))
    return words_for(entry, language) if entry else ()


# --------------------------------------------------------------------------- word classes for the grammar
# (voicecoach.core.analyzers.grammar): lemmas and stems of words of a kind, not phrases. A stem of
# five or more letters also stands for its inflections ("frustrat" -> "frustrated", "frustrating").

#: The customer's doubt named in a clause that takes it up ("I understand the doubt", hv52-285): a
#: word sympathy may hold, but no feeling by itself ("I doubt it took a month", "Sie müssen
#: bedenken" take nothing up).
DOUBTS: Lexicon = {
    "de": ("zweifel", "skepsis", "misstrauen", "bedenken"),
    "en": ("doubt", "doubts", "scepticism", "skepticism", "mistrust", "distrust"),
}
#: Words that name an unpleasant feeling or experience: saying one (not negated) takes it up.
FEELING_WORDS: Lexicon = {
    "de": (
        "ärger", "ärgerlich", "ärgern", "verärgert", "ärgernis", "frust", "frustrier", "frustration",
        "enttäusch", "unangenehm", "unschön", "misslich", "leidig", "lästig", "nervig", "nervenaufreibend",
        "stress", "stressig", "belastend", "belastung", "anstrengend", "schlimm", "furchtbar", "schrecklich",
        "blöd", "doof", "mist", "pech", "besorgt", "besorgnis", "beunruhig", "angst", "sauer",
        "wütend", "wut", "empört", "traurig", "kummer", "verzweifelt", "verzweifeln", "verzweiflung", "zumutung", "unzumutbar", "ätzend",
        "unglücklich", "aufregen", "aufgeregt", "verständlich", "verständnis", "nachvollziehbar",
        "mitgefühl", "fühlen", "unverschämt", "frechheit", "bitter", "unerfreulich", "dumm", "weh",
        "unmut", "ungemach", "mies", "nerven", "nervt", "katastrophe", "katastrophal", "albtraum", "alptraum",
        "hart",
        # strong words for a bad experience, from OpenThesaurus's synonyms of the words above
        "entsetzlich", "fürchterlich", "grässlich", "scheußlich", "grauenhaft", "grauenvoll", "miserabel",
        "skandalös", "unerhört", "haarsträubend", "empörend", "himmelschreiend", "misere", "schererei",
        "unglück", "schock", "schockier", "horror", "beängstigend", "erschreckend", "besorgniserregend",
        "bedrückend", "niederschmetternd", "peinlich", "demütigend", "blamabel",
        # feeling words a compound makes stronger ("stinksauer" is no form of "sauer" to a prefix)
        "genervt", "stinksauer", "stocksauer", "todtraurig", "fuchsteufelswild",
        # wearing the customer down ("das klingt anstrengend", "zermürbend")
        "erschöpf", "zermürbend", "kräftezehrend", "auslaugend",
        # shame and unease before others ("dass Sie sich so unwohl gefühlt haben")
        "unwohl", "unbehaglich", "schäm", "beschämt", "bloßgestellt", "gedemütigt", "hilflos",
        # the trouble called bad for them ("Das ist natürlich ungünstig"), a pity ("ein Jammer")
        "ungünstig", "jammer",
    ),
    "en": (
        "annoy", "irritat", "frustrat", "disappoint", "upset", "upsetting", "stress", "stressful",
        "worry", "worried", "worrying", "anxious", "scary", "frightening", "awful", "terrible", "horrible",
        "dreadful", "nightmare", "hassle", "inconvenien", "unpleasant", "infuriat", "maddening", "aggravat",
        "angry", "furious", "sad", "painful", "shame", "pity", "tough", "unfair", "gutted", "rubbish",
        "awkward", "unacceptable", "understandable", "feel", "feeling", "distress", "mess", "ugh",
        "nuisance", "pain", "unlucky", "ordeal", "lousy", "rotten", "rough",
        # strong words for a bad experience, from WordNet's synonyms of the words above
        "shock", "appalling", "horrific", "horrendous", "atrocious", "dire", "distressing", "distressed",
        "alarming", "heartbreaking", "devastating", "devastated", "gutting", "miserable", "harrowing",
        "stressed", "dismay", "dismaying", "mortifying", "mortified", "embarrassing", "humiliating",
        # wearing the customer down ("That sounds exhausting")
        "exhausting", "exhausted", "draining", "tiring",
        # shame and unease before others ("that you felt so uncomfortable")
        "uncomfortable", "embarrass", "ashamed", "humiliat", "helpless",
        # the trouble called bad for them ("That's really unfortunate", "a real let-down", "Regrettable,
        # that knock")
        "unfortunate", "letdown", "regrettable", "disheartening",
        # "I can hear how fed up you are" (hv47-173)
        "fed",
    ),
}  # fmt: skip
#: Words of promising: negated, they withhold an assurance ("kann ich nicht versprechen", "I can't
#: guarantee"), a hedge rather than a refusal.
ASSURANCE_WORDS = frozenset({"garantieren", "versprechen", "zusagen", "guarantee", "promise"})
#: Words of a refusal that only withholds an assurance or a time ("das kann ich nicht versprechen",
#: "we're fully booked"): not a contradiction (labelled so in v33 and v34).
UNPROMISED = ASSURANCE_WORDS | frozenset(
    {"ausgebucht", "booked", "voll", "full", "warten", "wait", "date", "datum", "termin", "time"}
)
#: Words that tell an upset customer to calm down ("Beruhigen Sie sich", "calm down"): a phrase to
#: avoid of tone, no excuse defended.
CALMING = frozenset({"beruhigen", "ruhig", "entspannen", "calm", "relax"})
#: Verbs of understanding: with the agent as subject ("das kann ich mir vorstellen").
UNDERSTANDING_VERBS: Lexicon = {
    "de": ("verstehen", "verstehe", "nachvollziehen", "nachempfinden", "vorstellen", "einfühlen", "nachfühlen",
           "mitfühlen", "begreifen"),
    "en": ("understand", "imagine", "appreciate", "relate", "sympathise", "sympathize", "empathise", "empathize"),
}  # fmt: skip
#: An apology in any form ("leid" only with "tun": "leider" is no apology).
APOLOGY_WORDS: Lexicon = {
    "de": ("entschuldigen", "entschuldigung", "entschuldige", "bedauern", "bedaure", "bedauere", "bedauerlich",
           "leid", "verzeihung", "verzeihen", "sorry"),
    "en": ("sorry", "apologise", "apologize", "apology", "apologies", "forgive"),
}  # fmt: skip
#: Taking the customer's place: "an Ihrer Stelle" / "in your shoes" with "auch" / "too" ("Das würde
#: ich an Ihrer Stelle auch nicht wollen", "I'd be cross too in your position"); without "auch" it
#: is often advice ("An Ihrer Stelle würde ich neu starten"), which takes nothing up.
PERSPECTIVE: Lexicon = {
    "de": ("stelle", "lage", "haut", "situation"),
    "en": ("shoes", "position", "place", "situation"),
}
#: "I'd be the same": the agent in the customer's place, first person with a conditional and
#: "auch"/"too" ("Da wäre ich auch außer mir", "I'd have lost my patience too").
CONDITIONAL: Lexicon = {
    "de": ("waere", "wäre", "haette", "hätte", "wuerde", "würde"),
    "en": ("would", "d"),
}
PERSPECTIVE_SAME: Lexicon = {
    "de": ("auch", "genauso", "ebenso", "ebenfalls"),
    "en": ("too", "same", "either", "also", "likewise"),
}
#: The customer is right ("Sie haben recht", "zu Recht", "you're right", "that's fair").
CUSTOMER_RIGHT: Lexicon = {
    "de": ("recht", "berechtigt", "fair", "logisch"),
    "en": ("right", "rightly", "fair", "valid", "justified", "reasonable"),
}
#: Norm words that, negated at the end of a clause, say the situation is not as it should be.
NORM_WORDS: Lexicon = {
    "de": ("ordnung", "okay", "ok", "akzeptabel", "hinnehmbar", "fair", "gut", "schön", "ideal", "optimal",
           "toll", "normal", "passieren", "vorkommen", "laufen", "gelaufen", "zustand"),
    "en": ("okay", "ok", "acceptable", "fair", "good", "great", "ideal", "fun", "nice", "happen", "happened",
           "enough", "standard", "par", "on"),
}  # fmt: skip
#: Fault words: with "our"/"we" (not negated), or "your" negated ("nicht Ihre Schuld"), taking the customer's side.
FAULT_WORDS: Lexicon = {
    "de": ("fehler", "versehen", "panne", "schuld", "irrtum", "missgeschick", "schief", "schiefgelaufen", "versäumnis",
           "schiefgegangen", "falsch", "versagt", "versagen"),
    "en": ("mistake", "fault", "error", "oversight", "mixup", "messed", "blame", "wrong", "failure", "failing"),
}  # fmt: skip
#: Thanks (taking up a complaint).
THANKS_WORDS: Lexicon = {
    "de": ("danke", "dank", "danken", "dankbar", "dankeschön"),
    "en": ("thank", "thanks", "grateful", "appreciate"),
}
#: Modals of what ought to be: "you shouldn't have to pay", "Sie sollten das nicht zahlen müssen".
OUGHT_MODALS: Lexicon = {
    "de": ("sollten", "sollen", "sollte", "müssen", "müssten", "dürfen"),
    "en": ("should", "ought", "need", "needed"),
}
#: Words that play a feeling down when told not to have it ("machen Sie sich keine Sorgen", "don't worry").
CALMING_WORDS: Lexicon = {
    "de": ("sorge", "sorgen", "aufregen", "beruhigen", "aufregung", "panik", "gedanken"),
    "en": ("worry", "worried", "upset", "panic", "calm", "stress", "fuss"),
}
#: Words that may follow the last word of a clause ("das stimmt so nicht ganz", "not quite right, sir").
CLAUSE_TAIL: Lexicon = {
    "de": ("so", "ganz", "ja", "aber", "leider", "doch", "wirklich", "eigentlich", "da", "hier", "mehr",
           "natürlich", "wohl", "auch", "genau", "allerdings", "einfach", "herr", "frau",
           "wieder", "mal", "gerade", "sein", "dürfen", "sollen", "können", "müssen"),
    "en": ("quite", "entirely", "exactly", "really", "actually", "though", "either", "at", "all", "so",
           "again", "sir", "maam", "madam", "there", "here", "im", "i", "am", "afraid"),
}  # fmt: skip
#: After a norm word (not after a truth word: "not right for you" is no contradiction): "not fair to you".
NORM_TAIL: Lexicon = {"de": ("für", "sie", "ihnen", "herr", "frau"), "en": ("for", "you", "to", "on", "us")}
#: Truth words: negated at the end of a clause they contradict ("das stimmt so nicht", "that's not accurate").
TRUTH_WORDS: Lexicon = {
    "de": ("stimmen", "stimmt", "richtig", "korrekt", "wahr", "zutreffend"),
    "en": ("true", "right", "correct", "accurate", "case"),
}
#: Verb stems of reaching someone by phone: a number asked "to reach" them is a phone number
#: ("Unter welcher Nummer erreicht er Ihre Mutter?", "the best number to call you on").
REACH_VERBS: Lexicon = {
    "de": ("erreich", "anruf", "anrufen", "zurueckruf", "ruft", "rufen", "kontaktier", "simsen", "whatsapp"),
    "en": ("reach", "call", "ring", "phone", "text", "contact"),
}
#: Verb stems of sending a thing over: "Schicken Sie mir Ihre Fotos" asks for the photos the
#: customer said they have, not again for what they told.
SEND_VERBS: Lexicon = {
    "de": ("schick", "send", "mail", "maile", "hochlad", "uebermittel", "faxen", "weiterleit", "zukommen"),
    "en": ("send", "email", "e-mail", "mail", "upload", "forward", "attach"),
}
#: Parts of a fact's key or ask phrasings that make the fact itself a way to reach someone.
CONTACT_WORDS: Lexicon = {
    "de": ("telefon", "handy", "mobil", "rufnummer", "erreich", "kontakt", "rueckruf"),
    "en": ("phone", "mobile", "cell", "contact", "call", "landline", "reach"),
}
#: The customer erred: with "Sie"/"you" as subject, not negated.
ERROR_WORDS: Lexicon = {
    "de": ("irren", "geirrt", "vertun", "vertan", "verhören", "verhört", "verlesen", "verwechseln",
           "verwechselt", "verrechnen", "verrechnet", "täuschen", "getäuscht", "missverstehen", "missverstanden",
           "übersehen", "versäumt", "verpasst", "vergessen"),
    "en": ("mistaken", "mistake", "misheard", "misread", "misunderstood", "misunderstand", "misremember",
           "mixed", "mixing", "overlooked", "missed", "forgot", "forgotten", "failed", "neglected"),
}  # fmt: skip
#: The fault is the customer's ("Ihre Schuld", "your fault"): with "Sie"/"your", not negated.
YOUR_FAULT_WORDS: Lexicon = {
    "de": ("schuld", "verschulden", "verantwortung", "selbstverschuldet", "risiko"),
    "en": ("fault", "blame", "responsibility", "risk"),
}
#: The fault is the customer's own, said without "Sie"/"you": "das ist Eigenverschulden",
#: "that's self-inflicted" (not negated).
OWN_FAULT_WORDS: Lexicon = {
    "de": (
        "eigenverschulden",
        "selbstverschuldet",
        "eigene schuld",
        "eigenes risiko",
        "eigenes verschulden",
        "eigenverantwortung",
        "eigene verantwortung",
    ),
    "en": ("own fault", "own risk", "self inflicted", "own doing", "own responsibility"),
}
#: What a customer is expected to do: not done, said to the customer, it is blame ("Sie haben ... nicht gelesen").
DUTY_VERBS: Lexicon = {
    "de": ("lesen", "gelesen", "prüfen", "geprüft", "kontrollieren", "kontrolliert", "melden", "gemeldet",
           "mitteilen", "mitgeteilt", "informieren", "informiert", "anrufen", "angerufen", "beachten", "beachtet",
           "aufpassen", "aufgepasst", "angeben", "angegeben", "bescheid", "kündigen", "gekündigt", "bezahlen",
           "bezahlt", "abholen", "abgeholt", "lesen", "bemerkt", "bemerken", "mitbekommen"),
    "en": ("notice", "noticed", "read", "check", "checked", "tell", "told", "inform", "informed", "notify", "notified", "call",
           "called", "follow", "followed", "pay", "paid", "cancel", "cancelled", "update", "updated", "register",
           "registered", "collect", "collected", "let"),
}  # fmt: skip
#: Verbs whose subject receives: with one of them the customer is the one who did not get
#: something ("dass Sie keinen Bescheid bekommen haben", "you didn't get an update"), our failure,
#: not a duty the customer missed.
RECEIVE_VERBS: Lexicon = {
    "de": ("bekommen", "erhalten", "kriegen", "gekriegt", "empfangen", "zugestellt", "zurückgerufen"),
    "en": ("get", "got", "gotten", "receive", "received", "hear", "heard", "given", "sent"),
}  # fmt: skip
#: The customer agreed to the rule: with a rule word, blame ("it's in the terms you signed").
AGREED_VERBS: Lexicon = {
    "de": ("unterschreiben", "unterschrieben", "zustimmen", "zugestimmt", "akzeptieren", "akzeptiert",
           "einverstanden", "bestätigt", "hingewiesen", "gewarnt", "freigegeben", "abgesegnet"),
    "en": ("sign", "signed", "agree", "agreed", "accept", "accepted", "ticked", "confirmed", "warned", "approve",
           "approved"),
}  # fmt: skip
RULE_WORDS: Lexicon = {
    "de": ("agb", "vertrag", "vertragsbedingungen", "bedingungen", "geschäftsbedingungen", "kleingedruckte",
           "regeln", "richtlinie", "richtlinien", "klausel", "darauf"),
    "en": ("terms", "conditions", "contract", "policy", "agreement", "print", "rules", "clause"),
}  # fmt: skip
#: Verbs that cite what someone said ("Herr Wiegand sagt", "Declan says"), folded: the words both
#: readings of a citation share (:mod:`contradiction` adds "mentioned", :mod:`grammar` "claims").
CITING_VERBS = frozenset({"said", "says", "say", "sagt", "sagte", "meint", "meinte", "gesagt"})
#: Verbs of a phone call in any form (folded): "rufe Sie an", "ring you", "telefonisch".
RINGING_VERBS = frozenset(
    {"rufe", "rufen", "ruft", "anrufen", "anrufe", "zurueckrufen", "anruf", "rueckruf", "telefonisch", "call",
     "calls", "ring", "rings", "phone", "phones", "telefonieren", "telefoniere"}
)  # fmt: skip
COPULA: Lexicon = {"de": ("sein", "ist", "war", "sind", "wäre", "handelt"), "en": ("be", "is", "was", "are", "were")}
DEMONSTRATIVES: Lexicon = {"de": ("das", "es", "dies", "dieses", "da"), "en": ("that", "this", "it", "there")}
#: Words of a call's opening sentence (greeting, names, thanks for calling): an empathy phrase
#: after such sentences is still in the opening, not late.
OPENING_WORDS: Lexicon = {
    "de": ("hallo", "guten", "willkommen", "danke", "dank", "vielen", "name", "spricht", "hier", "servus", "moin"),
    "en": ("hello", "hi", "good", "morning", "afternoon", "evening", "welcome", "thank", "thanks", "name", "speaking"),
}
#: Words that open a relative clause: it belongs to the clause before ("im Vertrag, den Sie unterschrieben haben").
RELATIVES: Lexicon = {
    "de": ("der", "die", "das", "den", "dem", "denen", "dessen", "deren"),
    "en": ("which", "that", "who", "whom"),
}
#: People and bodies on the customer's side, after "Ihr"/"your": what they should have done is
#: blame on the customer's side ("Ihr Verein hätte das beanstanden müssen", "your husband should
#: have mentioned it"); things ("your parcel should have arrived") are our failure, not theirs.
THEIR_SIDE: Lexicon = {
    "de": ("verein", "mann", "frau", "partner", "partnerin", "sohn", "tochter", "vater", "mutter", "familie",
           "team", "vorstand", "firma", "buero", "kollege", "kollegin", "kollegen", "mitarbeiter", "elektriker",
           "installateur", "handwerker", "architekt", "architektin", "steuerberater", "gemeinde", "mitglieder",
           # the people who help them on the day ("Ihre Helfer hätten ... prüfen müssen", v46)
           "helfer", "leute", "ordner", "gaeste", "kinder", "nachbarn", "fahrer", "mieter", "spieler", "schueler"),
    "en": ("club", "husband", "wife", "partner", "son", "daughter", "father", "mother", "dad", "mum", "family",
           "team", "committee", "company", "office", "colleague", "colleagues", "staff", "electrician", "builder",
           "plumber", "architect", "accountant", "members", "council", "board",
           # ("your marshals should have checked them on Saturday night", hv46-213)
           "marshals", "volunteers", "crew", "people", "guests", "children", "kids", "neighbours", "driver",
           "drivers", "tenants", "players", "pupils", "helpers", "stewards"),
}  # fmt: skip
#: Verbs of dissent: the agent contradicts in so many words ("Da muss ich widersprechen", "I disagree").
DISSENT_VERBS: Lexicon = {"de": ("widersprechen", "widerspreche"), "en": ("disagree",)}
#: Doubting what the customer said, with the agent as subject, not negated ("Ich bezweifle, dass
#: ...", "I doubt it took a month"; "I don't doubt it" agrees).
DOUBT_VERBS: Lexicon = {"de": ("bezweifeln", "bezweifle", "bezweifele", "zweifle", "zweifele"), "en": ("doubt",)}
#: Reflexive slips the customer is said to have made ("Kann es sein, dass Sie sich verlesen
#: haben?", "Sie haben sich bestimmt verklickt"): doubting their account, in a question too.
SLIP_VERBS: Lexicon = {
    "de": ("verlesen", "vertan", "verhoert", "geirrt", "irren", "verzaehlt", "verklickt", "vertippt",
           "verwaehlt", "verguckt", "verschaut", "verrechnet", "versehen"),
    "en": ("misread", "misheard", "misremembered", "misunderstood", "miscounted", "misclicked", "mistyped"),
}  # fmt: skip
#: Telling the customer they overstate ("da übertreiben Sie", "you're exaggerating").
OVERSTATING: Lexicon = {
    "de": ("übertreiben", "übertrieben", "übertreib", "dramatisier", "überreagier", "aufbauschen"),
    "en": ("exaggerat", "overreact", "overstat", "overdramati"),
}
#: The trouble again, after "sonst"/"otherwise": "sonst passiert das wieder", "otherwise it'll
#: happen again" (a lesson to the customer, not an offer pressed).
RECURS = frozenset({"wieder", "erneut", "nochmal", "again"})
#: The fault put on the customer as a noun ("It's probably user error", "ein Bedienfehler").
USER_ERROR: Lexicon = {
    "de": ("bedienfehler", "bedienungsfehler", "anwenderfehler", "benutzerfehler", "pflegefehler", "fehlbedienung",
           "handhabungsfehler", "bedienungsfehlern", "pflegefehlern"),
    "en": ("user error", "operator error", "misuse", "care error", "poor aftercare", "handling error"),
}  # fmt: skip
#: Verbs of opinion: negated and closing on what was said, they contradict ("Das glaube ich nicht", "I don't think so").
OPINION_VERBS: Lexicon = {
    "de": ("glauben", "glaube", "denken", "denke", "sehen", "sehe", "sagen", "meinen", "finden", "zustimmen"),
    "en": ("think", "believe", "see", "say", "agree"),
}
#: Where our records are kept, and verbs of what they say: "Bei mir steht was anderes", "Im System
#: sieht das anders aus", "Our records show otherwise" (:func:`grammar._records_otherwise`).
RECORDS: Lexicon = {
    "de": ("system", "unterlagen", "akte", "daten", "computer", "laut", "protokoll", "vermerk", "aufzeichnungen"),
    "en": ("records", "record", "system", "notes", "file", "data", "screen", "log", "logs", "computer"),
}
RECORDS_SAY: Lexicon = {
    "de": ("stehen", "steht", "zeigen", "zeigt", "sagen", "sagt", "aussehen", "sieht", "vermerkt", "hinterlegt"),
    "en": ("show", "shows", "say", "says", "suggest", "suggests", "indicate", "indicates", "tell", "tells"),
}
#: Pushing the fault away from us in so many words (with a negation in the clause).
NOT_ON_US: Lexicon = {
    "de": (
        "liegt nicht an uns",
        "nicht an uns",
        "nicht bei uns",
        "nichts mit uns zu tun",
        "nicht unser problem",
        # (not "darauf haben wir keinen Einfluss": the writers of v36 and v40 label it no contradiction)
        # blame refused: "dafür können wir nichts", "trifft uns keine Schuld"
        "koennen wir nichts dafuer",
        "dafuer koennen wir nichts",
        "da koennen wir nichts fuer",
        "trifft uns keine schuld",
        "uns trifft keine schuld",
    ),
    "en": (
        "not on us",
        "not down to us",
        "nothing to do with us",
        "not our problem",
        "not our responsibility",
        # not in our power ("a problem at the lender's end isn't something we control")
        "something we control",
        "something we can control",
        "in our control",
        "within our control",
        # blame refused: "that's not something we can be blamed for" (hv42-217)
        "we can be blamed for",
        "we can not be blamed",
        "we cannot be blamed",
        "we are not to blame",
        "were not to blame",
    ),
}
#: The failure put down to what nobody could help, said without a negation ("ein Fall von höherer
#: Gewalt", "an act of God"): a deflection unless negated ("das war keine höhere Gewalt").
OUT_OF_OUR_HANDS: Lexicon = {
    "de": ("hoehere gewalt", "hoeherer gewalt", "ausserhalb unserer kontrolle"),
    "en": (
        "force majeure",
        "act of god",
        "beyond our control",
        "out of our hands",
        "outside our control",
        "out of our control",
    ),
}
#: A share of the fault put on someone else ("the lender's delays played a part too", "das Wetter
#: hat auch eine Rolle gespielt"): a deflection when nothing of ours is its subject.
SHARED_BLAME: Lexicon = {
    "de": ("eine rolle gespielt", "mitschuld", "mitschuldig", "mitverantwortlich", "teilweise schuld"),
    "en": ("played a part", "played a role", "partly to blame", "share of the blame", "partly down to"),
}
#: Playing the customer's trouble down (:func:`grammar._minimising`).
MINIMISING: Lexicon = {
    "de": ("halb so wild", "halb so schlimm", "nicht der rede wert", "kein beinbruch", "merkt keiner",
           "merkt doch keiner", "merkt niemand", "sieht keiner", "sieht doch keiner", "faellt keinem auf",
           "faellt niemandem auf", "faellt doch kaum auf", "sieht man kaum", "sieht man doch kaum", "das wichtigste ist doch",
           # the trouble called normal ("das kann schon mal passieren", "that's the nature of them")
           "kann schon mal passieren", "kann ja mal passieren", "kommt schon mal vor", "kommt halt mal vor",
           "liegt in der natur der sache",
           # soon over by itself ("Kinder gewöhnen sich schnell", "das ist morgen vergessen")
           "gewoehnen sich schnell", "gewoehnt sich schnell", "ist morgen vergessen", "ist bald vergessen",
           "sind bald vergessen",
           # the difference or the damage made small ("der Unterschied ist gering", "rein kosmetisch")
           "unterschied ist gering", "unterschied ist minimal", "kaum ein unterschied", "kaum einen unterschied",
           "haette auch gereicht", "haette aber auch gereicht", "nur kosmetisch", "rein kosmetisch", "rein optisch"),
    "en": ("nobody will notice", "no one will notice", "nobody will even notice", "no one will even notice",
           "nobody notices", "hardly noticeable", "barely noticeable", "barely visible", "hardly visible",
           "not the end of the world", "not that big a deal", "making a big deal", "most people will figure it out",
           "most people wont notice", "most people wont even notice",
           "that is the nature of", "it is the nature of",
           # soon over by itself ("kids get used to it quickly", "it'll be forgotten by tomorrow")
           "get used to it quickly", "gets used to it quickly", "forgotten by tomorrow",
           "soon forget", "will soon forget",
           # the difference or the damage made small ("just cosmetic", "usually works perfectly well")
           "just cosmetic", "purely cosmetic", "only cosmetic", "hardly any difference", "barely any difference",
           "usually works perfectly well", "usually works fine", "works just as well"),
}  # fmt: skip
#: The customer's evidence made nothing of, at the end of its clause ("the leftovers alone don't
#: mean anything", "die Restschrauben allein heißen gar nichts"; not "doesn't mean anything bad").
MEANS_NOTHING: Lexicon = {
    "de": ("heisst gar nichts", "heisst noch nichts", "hat nichts zu bedeuten", "bedeutet gar nichts",
           "bedeutet noch nichts", "heisst nichts", "bedeutet nichts", "heissen gar nichts", "heissen nichts",
           "bedeuten gar nichts", "bedeuten nichts", "haben nichts zu bedeuten"),
    "en": ("do not mean anything", "does not mean anything", "means nothing", "do not mean a thing",
           "does not mean a thing", "mean nothing"),
}  # fmt: skip
#: The trouble called "not that bad/hard" (:func:`grammar._minimising`, after a copula): "It's
#: really not that complicated", "so schwer ist das nicht" (also fronted: "So schlimm ist das ja nicht").
NOT_THAT_BAD: Lexicon = {
    "de": ("schlimm", "kompliziert", "schwer", "schwierig", "tragisch", "dramatisch", "wild", "aufwendig"),
    "en": ("bad", "complicated", "difficult", "hard", "serious", "tricky", "dramatic"),
}  # fmt: skip
#: A technicality set against the customer after "but"/"aber" (:func:`grammar._technicality`).
TECHNICALLY: Lexicon = {
    "de": ("technisch gesehen", "streng genommen", "formal gesehen", "rein formal", "rein rechtlich", "formell"),
    "en": ("technically", "strictly speaking", "formally", "on paper", "by the book"),
}
#: Words of small size: "it's only a small scratch", "nur ein kleiner Kratzer" (not numbers: "from now
#: on it's just one payment a month" says the fix).
SMALL_WORDS: Lexicon = {
    "de": ("klein", "kleiner", "kleine", "kleines", "kleinen", "winzig", "leicht", "bisschen", "gering"),
    "en": ("small", "little", "tiny", "minor", "slight", "bit"),
}
#: Verbs of having received or recorded something (:func:`grammar._no_record`: "bei uns ist kein Foto angekommen").
RECEIVED: Lexicon = {
    "de": ("eingegangen", "angekommen", "eingetroffen", "vermerkt", "registriert", "erhalten", "bekommen", "verbucht",
           "gespeichert", "hinterlegt"),
    "en": ("received", "receive", "arrived", "logged", "recorded", "record", "got"),
}  # fmt: skip

#: The money a customer claims, named as what something else replaces ("Instead of your money I'll
#: note a credit", "statt der Erstattung"), folded.
MONEY_CLAIMED = frozenset({"money", "refund", "geld", "erstattung", "rueckzahlung", "rueckerstattung"})

#: Common English simple pasts without "-ed" that an account is told in ("nobody came", "you told
#: us"): with the "-ed" forms, what marks a deed as done.
IRREGULAR_PAST = frozenset(
    {"came", "went", "left", "took", "gave", "sent", "paid", "got", "told", "said", "saw", "brought", "bought"}
)
