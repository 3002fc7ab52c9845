using System.Text.RegularExpressions;

namespace TodoFunctions.Chat.Text;

/// <summary>
/// Words that only set a message's tone — interjections, vocatives, courtesy and discourse particles, many from the
/// writer's other language — in one table that says where each may stand. A new voice adds lines here, not another
/// regex: <see cref="Strip"/> drops them all in one pass of each kind before any rule reads the message.
/// </summary>
/// <remarks>
/// A closing line may name the words it must not follow ("like" after "would", "da" after "uff"). Particles that need more
/// than that (Greek "re" only after another opener, Tagalog "po" only in lower case, a courtesy word only after a report) are
/// still in <c>TypoCorrector.ParticleRegex</c>, <c>TypoCorrector.ForeignFillerRegex</c> and <c>TurnInterpreter.TrailingCourtesyRegex</c>;
/// plain words there ("boss", "bruv", "ji") could move here.
/// </remarks>
public static partial class ToneWords
{
    /// <summary>Malayalam "cheyyu" and Telugu "cheyyi" (do) and their forms after an English verb ("delete cheyyu", "add cheyyane",
    /// "remove cheyyi"); LearnerGrammar's Malayalam patterns read a verb with or without it.</summary>
    public const string DravidianLightVerb = "cheyyu|cheyyane|cheyy|cheyyo|cheyyamo|cheyyoo|cheytheekku|cheythekku|cheyyuka|cheyyanam|cheyyi|cheyyandi|cheyandi";

    // A word of address closes a clause only where it cannot be a person of the task: never after a determiner, a pronoun or a
    // preposition ("tickets for Cher", "a treat for my boo"); the same condition as TypoCorrector's older AddressWordRegex.
    private const string AddressNotAfter = "a|an|the|my|our|your|his|her|their|that|this|of|in|on|i|we|you|they|to|for|with|and|from|at|like|love|by";

    /// <summary>Where a tone word may stand.</summary>
    public enum Place
    {
        /// <summary>First in the message, before the request: "yo add milk", "nu what is open", "yaar which ones are low prio?".</summary>
        Opening,

        /// <summary>First, but only when a comma or "!" follows it, because the word is also English or a name: "hai, add …" (Hai, sharp, grand).</summary>
        OpeningBeforeComma,

        /// <summary>First in the message or in any clause after a comma or a sentence's end, for an interjection that is no word of
        /// English: "ayo which of my tasks are urgent", "finished the audit report, ayo what a night".</summary>
        OpeningAnyClause,

        /// <summary>Last in a clause, before its punctuation or the end: "number 3 done hai", "what is due la?".</summary>
        ClosingClause,

        /// <summary>Last in the message only: "2 done achi", "sababa".</summary>
        ClosingMessage,
    }

    // Each line: the word as a regex fragment (case-insensitive), where it may stand, what it is, and (optionally) the words it
    // must not follow, where it is a word of the sentence ("what the bairns like" keeps its verb).
    private static readonly (string Word, Place Place, string Meaning, string? NotAfter)[] Table =
    [
        // Hebrew in Israeli English.
        ("achi|akhi|ahi", Place.Opening, "Hebrew: bro", null),
        ("achi|akhi|ahi", Place.ClosingMessage, "Hebrew: bro", null),
        ("nu+", Place.Opening, "Hebrew: so? / come on", null),
        ("sababa", Place.Opening, "Hebrew: cool", null),
        ("sababa", Place.ClosingMessage, "Hebrew: cool", null),
        ("b['’]seder|beseder", Place.Opening, "Hebrew: okay", null),
        ("b['’]seder|beseder", Place.ClosingMessage, "Hebrew: okay", null),

        // South African English ("yoh, …", "nee man, scratch …", "ja-nee, …"); "ag" (oh well) is also a word of English ("ag show"),
        // so it opens only before a word that cannot follow it there. Plain "eish", "ag man", "nee", "ja" are older, in TypoCorrector.
        ("yoh|yho|haibo|ja-nee|(?:nee|ja|ag)\\s+man|ag(?=\\s+(?:just|no|nee|ja|shame|sorry|please|pls|ok|okay|drop|delete|remove|scratch|trash|bin|mark|tick|move|change|add|put)\\b)", Place.Opening,
            "South African: wow / no man / oh well", null),

        // isiZulu in South African English: a greeting, "please", "yes"/"no", "sorry" before the request ("sawubona! ngicela show me
        // my list", "yebo, fetched Gogo", "cha, remove the taxi task"); thanks, "sorry" and "sisi"/"bhuti" (sister/brother, said to
        // the listener) after it ("delete task 2 ngiyabonga", "trash number 4 askies", "check off the urgent one sisi").
        ("sawubona|sanibonani|ngiyabonga(?:\\s+(?:kakhulu|sisi|bhuti))?|siyabonga|yebo(?:\\s+yebo)?|ngicela|sicela|(?:hhayi|hayi)(?:\\s+man)?|cha|askies", Place.Opening, "isiZulu: hello / please / yes / no; SA: sorry", null),
        ("ngiyabonga|siyabonga|ngiyabonga\\s+kakhulu|ngiyabonga\\s+sisi|askies|ngicela|sharp\\s+sharp", Place.ClosingClause, "isiZulu: thank you / please; SA: sorry", null),
        ("sisi|bhuti|sisi\\s+wami|mngane\\s+wami", Place.ClosingClause, "isiZulu: sister / brother / my friend (to the listener)", AddressNotAfter + "|call|email|text|ask|tell|ring|phone|meet|see|pay|visit|fetch|collect|thank"),

        // Sheng and Swahili in Kenyan English: greetings and "ok"/"cool" open ("sasa buda, show me my list", "niaje, list …", "poa,
        // done with it"); "nataka" (I want) before an English request; "buda" (boss), "maze" (man), "msee" (guy) said to the listener
        // open or close a clause ("delete the low priority one maze", "tick off 1 and 3 buda").
        ("sasa|niaje|niaje\\s+niaje|mambo|vipi|poa|sawa|sawa\\s+sawa|nataka|tafadhali|buda|maze|msee|sasa\\s+buda|sasa\\s+maze", Place.Opening, "Sheng: hi / cool / ok / I want / please / boss / man", null),
        ("buda|msee|tafadhali|asante(?:\\s+sana)?|sawa", Place.ClosingClause, "Sheng: boss / guy / please / thanks / ok (to the listener)", AddressNotAfter + "|call|email|text|ask|tell|ring|phone|meet|see|pay|visit|fetch|collect|thank"),
        ("maze", Place.ClosingClause, "Sheng: man (to the listener; never a maze of the task)", AddressNotAfter + "|call|email|text|ask|tell|ring|phone|meet|see|pay|visit|corn|hedge|garden|mirror|ice|book|plan|solve"),

        // Punjabi in Punjabi-English: "ok ji", "haanji" (yes), "chalo" (ok then), "theek aa" (fine), "sat sri akal" (hello), "paaji" /
        // "veere" (brother), "bhenji" (sister), "do the needful" open a request; the forms of address close a clause too.
        ("ok\\s+ji|okay\\s+ji|haan\\s*ji|haanji|chalo(?:\\s+ji)?(?:\\s+theek\\s+(?:aa|hai))?|theek\\s+aa(?:\\s+ji)?|sat\\s+sri\\s+akal(?:\\s+ji)?|paaji|paji|veere|veerji|bhenji|(?:please\\s+|kindly\\s+)?do\\s+the\\s+needful(?:\\s+and)?", Place.Opening, "Punjabi: ok / yes / fine / hello / brother / sister; Indian English: please", null),
        ("paaji|paji|veere|veerji|bhenji", Place.ClosingClause, "Punjabi: brother / sister (to the listener)", AddressNotAfter + "|call|email|text|ask|tell|ring|phone|meet|see|pay|visit|fetch|collect|thank"),

        // Boston: "kid" said to the listener closes a clause ("reopen number 2 kid", "thanks kid"); "the kid", "my kid" stay.
        ("kid", Place.ClosingClause, "Boston: said to the listener", AddressNotAfter + "|new|old|little|baby|youngest|oldest|middle|pick|drop|feed|bathe|call|text"),

        // Amharic in Ethiopian English: "selam" (hello), "ishi" (ok), "egziabher yimesgen" (thank God), "amesegnalehu" (thank you)
        // open a request; "betam" (very) before a word of weight is dropped where it stands ("make betam urgent").
        ("selam|ishi|egziabher\\s+yimesgen|amesegnalehu|betam\\s+amesegnalehu", Place.OpeningBeforeComma, "Amharic: hello / ok / thank God / thank you", null),
        ("ishi", Place.Opening, "Amharic: ok", null),
        ("(?<=,\\s*)(?:egziabher\\s+yimesgen|amesegnalehu|selam)|egziabher\\s+yimesgen", Place.ClosingClause, "Amharic: thank God / thank you / hello", null),

        // Serbian and Croatian in Serbian- and Croatian-shaped English: "ajde"/"hajde"/"daj" (come on, ok), "ajme"/"joj" (oh no), "e pa"
        // (well then), "evo" (here), "bok" (hi, bye), "laku noć" (good night), "bre" (emphasis), "hvala" (thanks), "molim te" (please)
        // around a request; "ma" (well) is also English ("call ma"), so it opens only before a request.
        ("ajde|hajde|daj|ajme|joj|e\\s+pa|evo|bok|laku\\s+no[ćc]", Place.OpeningAnyClause, "Serbian, Croatian: come on / oh no / well then / here / hi / good night", null),
        ("hvala(?:\\s+(?:puno|lijepa))?", Place.OpeningBeforeComma, "Serbian, Croatian: thanks", null),
        ("bre|hvala(?:\\s+(?:puno|lijepa))?|molim\\s+te|bok", Place.ClosingClause, "Serbian, Croatian: emphasis / thanks / please / bye", AddressNotAfter),
        ("ma(?=\\s+(?:add|put|new|remind|note|delete|remove|move|push|mark|tick|make|set|change|show|list|what|what's|whats|which|clear|cancel|rename|uncheck|reopen)\\b)",
            Place.Opening, "Croatian: well (before a request)", null),

        // Cuban Spanish in Miami English: "mija"/"mijo" (dear), "asere" (buddy) call the listener; "oye" (hey) opens.
        ("(?:ay\\s+)?(?:mija|mijo|asere|oye)", Place.OpeningAnyClause, "Cuban Spanish: dear / buddy / hey", null),
        ("mija|mijo|asere", Place.ClosingClause, "Cuban Spanish: dear / buddy", AddressNotAfter),

        // Mongolian in Mongolian-shaped English: "sain uu" / "sain baina uu" (hello), "za" (ok, well), "tiim" (yes), "bayarlalaa" (thank
        // you) around a request.
        ("sain\\s+(?:baina\\s+)?uu|za|tiim", Place.OpeningAnyClause, "Mongolian: hello / ok / yes", null),
        ("bayarlalaa|ikh\\s+bayarlalaa", Place.OpeningBeforeComma, "Mongolian: thank you", null),
        ("bayarlalaa|ikh\\s+bayarlalaa|za", Place.ClosingClause, "Mongolian: thank you / ok", AddressNotAfter),

        // Georgian in Georgian-shaped English: "gamarjoba" (hello), "kargi" (ok), "diakh"/"ki" (yes), "madloba" / "didi madloba" (thank
        // you), "genatsvale" (dear), "batono"/"kalbatono" (sir/madam) around a request.
        ("gamarjoba(?:\\s+genatsvale)?|kargi|diakh|genatsvale|batono|kalbatono", Place.OpeningAnyClause, "Georgian: hello / ok / yes / dear / sir, madam", null),
        ("(?:didi\\s+)?madloba", Place.OpeningBeforeComma, "Georgian: thank you", null),
        ("(?:didi\\s+)?madloba|genatsvale|batono|kalbatono|kargi", Place.ClosingClause, "Georgian: thank you / dear / sir, madam / ok", AddressNotAfter),

        // Peruvian Spanish in Peruvian English: "causa"/"pata" (buddy), "oe" (hey), "pe" (a closing "then", lower case only: "PE kit"
        // stays), "al toque" (right away), "ya" (ok) after the request.
        ("oe|causa|ya\\s+pe|ya\\s+causa", Place.OpeningAnyClause, "Peruvian Spanish: hey / buddy / ok then", null),
        ("causa|(?-i:pe)|al\\s+toque|ya", Place.ClosingClause, "Peruvian Spanish: buddy / then / right away / ok", AddressNotAfter + "|see|love|thank|miss|call|text|tell|ask|meet|pay|got|get|did|do|are|have|can|will|bet|would|could|should|wouldn't|won't|don't|didn't"),

        // "overdue what I have, be honest 😅": a plea after the request and a comma asks for nothing more.
        ("(?<=,\\s*)(?:(?:and\\s+)?be\\s+honest|(?:and\\s+)?no\\s+lies|don['’]?t\\s+judge(?:\\s+me)?)", Place.ClosingMessage, "a plea: be honest", null),

        // Khmer in Cambodian English: "bong" (elder sibling: said to the listener; also English, so it opens only before a request and
        // closes only where no noun goes before it), "ot te" (no), "baat"/"jaa" (yes), "ahkun" (thanks).
        ("bong(?=\\s*[,!]|\\s+(?:please|pls|kindly|just|show|list|add|put|delete|remove|drop|move|mark|tick|check|make|change|what|which|any|can|could|do|reopen|uncheck|push|set|tag|new|give|help))|ot\\s+te|baat|jaa|ahkun(?:\\s+(?:charan|bong))?|aw\\s+kun", Place.OpeningAnyClause, "Khmer: elder sibling / no / yes / thanks", null),
        ("bong|ahkun(?:\\s+(?:charan|bong))?|aw\\s+kun", Place.ClosingClause, "Khmer: elder sibling / thanks", AddressNotAfter + "|buy|sell|smoke|glass|water|new|old|clean|big|small"),

        // isiXhosa in South African English: "molo"/"molweni" (hello), "enkosi" (thank you; "enkosi Lord" thank God), "ewe" (yes), "ke"
        // (so; lower case only) before a request; "nje" (just), "enkosi" and "eish" after one ("finished the bakkie thing eish").
        ("molo|molweni|enkosi(?:\\s+(?:kakhulu|lord|god|tata|sisi|bhuti))?|ewe|(?-i:ke)", Place.OpeningAnyClause, "isiXhosa: hello / thank you / yes / so", null),
        ("nje|enkosi(?:\\s+kakhulu)?|eish", Place.ClosingClause, "isiXhosa: just / thank you; SA: oh no", AddressNotAfter),

        // Slovak in Slovak-shaped English: "ahoj"/"čau" (hi), "tak" (so), "no tak" (well), "áno" (yes), "dobre" (ok), "prosím" (please),
        // "ďakujem" (thanks) around a request ("jaj" is in the Hungarian line).
        ("ahoj|čau|tak(?:\\s+prosím)?|no\\s+tak|áno|dobre|prosím|prosim|ďakujem|dakujem", Place.OpeningAnyClause, "Slovak: hi / so / well / yes / ok / please / thanks", null),
        ("prosím|prosim|ďakujem|dakujem|ahoj|čau", Place.ClosingClause, "Slovak: please / thanks / bye", AddressNotAfter),

        // Lithuanian in Lithuanian-shaped English: "labas" (hi), "ačiū" (thanks), "taip" (yes), "gerai" / "nu gerai" (ok), "prašau"
        // (please) around a request ("nu" alone is in the Hebrew line).
        ("labas(?:\\s+rytas)?|a[čc]i[ūu]|taip|(?:nu\\s+)?gerai|pra[šs]au", Place.OpeningAnyClause, "Lithuanian: hi / thanks / yes / ok / please", null),
        ("pra[šs]au|a[čc]i[ūu]|labas", Place.ClosingClause, "Lithuanian: please / thanks / hi", AddressNotAfter),

        // Colombian Spanish in Colombian English: "parce" (mate), "pues" (well, so), "qué pena" (sorry), "ay no", "hágame el favor"
        // (please), "de una" (right away), "bacano" (cool) around a request; "listo" (done, ok) after one ("last one ✅ listo").
        ("parce|pues|qu[eé]\\s+pena|ay\\s+no|h[aá]game\\s+el\\s+favor|de\\s+una|bacano", Place.OpeningAnyClause, "Colombian Spanish: mate / well / sorry / oh no / please / right away / cool", null),
        ("parce|pues|porfa|de\\s+una|listo|bacano", Place.ClosingClause, "Colombian Spanish: mate / well / please / right away / done / cool", AddressNotAfter),

        // Bulgarian in Bulgarian-shaped English: "brat" / "bratle" / "bate" (bro), "dobre" (ok), "haide" (come on), "molya" (please),
        // "mersi" (thanks) around a request ("dobre brat, new task - …", "that low priority one, delete it brat").
        ("brat|bratle|bate|dobre|ha[iy]de|molya|mersi", Place.OpeningAnyClause, "Bulgarian: bro / ok / come on / please / thanks", null),
        ("brat|bratle|bate|molya|mersi", Place.ClosingClause, "Bulgarian: bro / please / thanks", AddressNotAfter),

        // Guyanese Creolese: "bai" (boy, mate) beside a request ("mornin bai, …").
        ("(?-i:bai)", Place.ClosingClause, "Guyanese Creolese: mate (lower case only: Bai is a name)", AddressNotAfter + "|to|bro"),

        // Latvian in Latvian-shaped English: "labdien" / "labrīt" / "labvakar" / "sveiki" / "čau" (hello), "paldies" (thanks), "lūdzu"
        // (please), "jā" (yes), "nē" (no), "labi" (ok) around a request ("put on list for friday, lūdzu", "…, paldies!").
        ("labdien|labr[īi]t|labvakar|sveiki|[čc]au|paldies|l[ūu]dzu|j[āa]|n[ēe]|labi", Place.OpeningAnyClause, "Latvian: hello / thanks / please / yes / no / ok", null),
        ("paldies|l[ūu]dzu|j[āa]|n[ēe]|labi", Place.ClosingClause, "Latvian: thanks / please / yes / no / ok", AddressNotAfter),

        // Tigrinya (and Eritrean Italian) in Eritrean English: "selam" (hello), "awe" (yes), "ishi" (ok), "bejaka" (please),
        // "yekenyeley" (thank you; "yekenyeley God" = thank God), "aykonen" (no, it isn't), "va bene", "basta" (enough) around a request.
        ("selam|awe|ishi|bejaka|yekenyel[ae]y(?:\\s+god)?|aykonen|va\\s+bene", Place.OpeningAnyClause, "Tigrinya: hello / yes / ok / please / thank you / no; Italian: fine", null),
        ("bejaka|yekenyel[ae]y|ishi|basta", Place.ClosingClause, "Tigrinya: please / thank you / ok; Italian: enough", AddressNotAfter),

        // Basque in Basque-flavoured English: "kaixo" (hi), "aupa" (hey), "eskerrik asko" / "mila esker" (thanks), "tira" (come on),
        // "agur" (bye), "ondo?" (ok?), "ba" (then) and "ez dut behar" (I don't need it) around a request.
        ("kaixo|aupa|eskerrik\\s+asko|mila\\s+esker|tira|agur", Place.OpeningAnyClause, "Basque: hi / hey / thanks / come on / bye", null),
        ("eskerrik\\s+asko|mila\\s+esker|tira|agur|ondo|(?-i:ba)|ez\\s+dut\\s+behar", Place.ClosingClause, "Basque: thanks / come on / bye / ok? / then / I don't need it", AddressNotAfter),

        // Quechua and Andean Spanish in Cusco English: "allinllachu" (how are you), "sulpayki" (thanks), "arí" (yes), and "nomás"
        // (just) closing a request ("ya show the #casa ones nomás").
        ("allinllachu|sulpayki|ar[íi]", Place.OpeningAnyClause, "Quechua: how are you / thanks / yes", null),
        // "ya show me …", "ya paid the puesto rent" (Spanish: now, already) only before a verb of a request or a report ("ya" is also
        // "you" in speech-like spelling).
        ("ya(?=\\s+(?:show|list|delete|remove|add|paid|done|finished|bought|sold|sent|cancel|move|mark|tick|reopen|put))", Place.OpeningAnyClause, "Spanish: now / already", null),
        ("nom[áa]s|sulpayki", Place.ClosingClause, "Andean Spanish: just; Quechua: thanks", AddressNotAfter),

        // Marathi in Indian English: "ho" (yes; lower case only) closing a request ("delete number 3 ho").
        ("(?-i:ho)", Place.ClosingClause, "Marathi: yes", AddressNotAfter),

        // Catalan in Catalan-shaped English: "si us plau" (please), "doncs" (so, well), "d'acord" (ok), "vinga" (come on), "ostres"
        // (gosh), "bon dia" (good morning), "gràcies" / "merci" (thanks) around a request.
        ("si\\s+us\\s+plau|sisplau|doncs|d['’]acord|vinga|ostres|bon\\s+dia|gr[àa]cies|merci", Place.OpeningAnyClause, "Catalan: please / so / ok / come on / gosh / good morning / thanks", null),
        ("si\\s+us\\s+plau|sisplau|doncs|vinga|gr[àa]cies|merci", Place.ClosingClause, "Catalan: please / so / come on / thanks", AddressNotAfter),

        // Telugu in Indian English: "andi" (polite), "ra" (to a friend; lower case only) after a request ("rent paid andi", "puncture
        // fixed ra"), "avunu" (yes) and "ledu" (no) before a comma, "hi andi" as a greeting.
        ("andi|(?-i:ra)", Place.ClosingClause, "Telugu: polite / to a friend", AddressNotAfter),
        ("avunu|ledu", Place.OpeningBeforeComma, "Telugu: yes / no", null),
        ("(?:hi|hello|namaste|namaskaram)\\s+andi", Place.OpeningAnyClause, "Telugu: hello (polite)", null),

        // Chilean Spanish in Chilean English: "weno" (well), "ya po" (ok then), "cachai" (get it?), "al tiro" (right away), "bacán"
        // (cool), "chao" (bye) around a request; "po" only in lower case ("PO number" stays).
        ("weno|bueno|ya\\s+po|cachai|bac[aá]n|chao|chau", Place.OpeningAnyClause, "Chilean Spanish: well / ok then / get it? / cool / bye", null),
        ("(?-i:po)|cachai|al\\s+tiro|bac[aá]n|chao|chau|weno", Place.ClosingClause, "Chilean Spanish: then / get it? / right away / cool / bye", AddressNotAfter),

        // The bot itself addressed: "hey bot, add …", "ok assistant, show …".
        ("(?:hey|hi|hello|ok|okay|yo|oi)\\s+(?:bot|robot|chatbot|assistant)", Place.OpeningAnyClause, "addressing the bot", null),

        // Maltese in Maltese English: "mela" (so, of course), "ejja" (come on), "iva" (yes), "insomma" (well), "grazzi" (thanks),
        // "miskin (me)" (poor me) around a request.
        ("mela|ejja|iva|insomma|grazzi(?:\\s+ħafna)?", Place.OpeningAnyClause, "Maltese: so / come on / yes / well / thanks", null),
        ("mela|ejja|grazzi(?:\\s+ħafna)?|miskin(?:\\s+(?:me|jien))?", Place.ClosingClause, "Maltese: so / come on / thanks / poor me", AddressNotAfter),

        // Burmese in Myanmar English: "mingalaba" (hello), "ya ba de" (it's fine), "houq ke" (ok), "kyay zu tin ba de" (thank you)
        // before a request; "naw" (a softener) and "ya" after one.
        ("mingalaba|ya\\s+ba\\s+de|houq\\s+ke|kyay\\s+zu(?:\\s+tin\\s+ba\\s+de)?", Place.OpeningAnyClause, "Burmese: hello / it's fine / ok / thank you", null),
        ("naw|kyay\\s+zu(?:\\s+tin\\s+ba\\s+de)?|(?-i:ya)", Place.ClosingClause, "Burmese: softener / thank you / sentence-final ya", AddressNotAfter + "|see|thank|love|miss|bye|got|get|told|would|could|will|can|should|do|did|are|have|wanna|gotta"),

        // Fijian in Fiji English: "bula" (hello), "vinaka (vakalevu)" (thank you; "vinaka God" thank God), "isa" (oh dear; lower
        // case only, "Isa" is a name), "io" (yes) and "sega" (no) before a comma around a request. The aspect marker "sa" ("number 2
        // sa done") is in TypoCorrector.ForeignFillerRegex.
        ("bula(?:\\s+(?:vinaka|bro|boss|vakalevu))?|vinaka(?:\\s+(?:vakalevu|god|bro|boss))?|(?-i:isa)(?:\\s+lei)?", Place.OpeningAnyClause, "Fijian: hello / thank you / oh dear", null),
        ("io|sega", Place.OpeningBeforeComma, "Fijian: yes / no", null),
        ("vinaka(?:\\s+vakalevu)?", Place.ClosingClause, "Fijian: thank you", AddressNotAfter),

        // Jamaican Patois: "mi dear" (my dear) said to the listener ("yes mi dear, add …", "shift it to sat, mi dear"), "yuh know" and
        // "eeh" after a remark, "Lord have mercy" / "Lawd" before one.
        ("(?:(?:yes|yeah|ok|okay|alright)\\s+)?(?:mi|my)\\s+dear|lord\\s+have\\s+mercy|lawd(?:\\s+have\\s+mercy)?", Place.OpeningAnyClause, "Jamaican: my dear / Lord have mercy", null),
        ("(?:mi|my)\\s+dear|yuh\\s+know|eeh", Place.ClosingClause, "Jamaican: my dear / you know / eh", AddressNotAfter),

        // Polish in Polish-shaped English: "szefie" (boss), "proszę" (please), "kurczę" (darn), "dobra" / "no dobra" (ok), "dzięki"
        // (thanks) around a request.
        ("szefie|prosz[ęe]|kurcz[ęe]|(?:no\\s+)?dobra(?:\\s+dobra)?|dzi[ęe]ki|dzi[ęe]kuj[ęe]|cze[śs][ćc]", Place.OpeningAnyClause, "Polish: boss / please / darn / ok / thanks / hi", null),
        ("szefie|prosz[ęe]|kurcz[ęe]|dzi[ęe]ki|dzi[ęe]kuj[ęe]", Place.ClosingClause, "Polish: boss / please / darn / thanks", AddressNotAfter),

        // Bajan in Barbadian English: "cuh," (look) opens; "nah man" (no, friend) opens a request ("nah man delete dat one").
        ("cuh|nah\\s+man|boss\\s+man", Place.OpeningBeforeComma, "Bajan: look / no, man", null),
        ("nah\\s+man(?=\\s+(?:delete|remove|drop|cancel|scratch|move|put|add|mark|tick|reopen|show|list|make|change))", Place.Opening, "Bajan: no, man (before a request)", null),

        // Armenian in Armenian-shaped English: "jan" (dear) after a name or said to the listener ("uncheck the last one jan", "pls jan,
        // add …"; never "on 5 jan", "by jan"), "lav"/"vorpes" (ok, well), "ha" (yes) before a comma, "aper" (bro), "shnorhakalutyun"
        // (thank you).
        ("(?:pls|please|ok|okay|lav)\\s+jan|lav|vorpes|aper|ha(?=\\s*,)|shnorhakalutyun|merci\\s+jan", Place.OpeningAnyClause, "Armenian: please dear / ok / yes / bro / thanks", null),
        ("jan|aper|shnorhakalutyun|(?:pls|please)\\s+jan", Place.ClosingClause, "Armenian: dear / bro / thank you", AddressNotAfter + "|\\d+|\\d+(?:st|nd|rd|th)|until|till|before|after|since|mid|early|late|end|next|last|this|every|due|around|thru|through|starting|beginning"),

        // Cornish (West Country) English: "me bird", "me lover", "my 'ansum" said to the listener; "would ee" (would you) after a
        // request ("get rid of number 4 me bird", "put it back would ee").
        ("(?:me|my)\\s+(?:bird|lover|luvver|handsome|['’]?ansum)|['’]?ansum|(?:would|will|can|could)\\s+ee", Place.ClosingClause, "Cornish: my dear / would you", AddressNotAfter + "|call|email|text|ring|phone|meet|see|visit|buy|get|gift|card|kiss|feed|pick|take|fetch"),

        // Kannada in Bengaluru English: "guru", "maga", "macha" (buddy) said to the listener, "swalpa" (a little: please), "bega"
        // (quickly), "houdu" (yes), "sari" (ok; also the garment, so only before a comma). "guru" is also English ("call the yoga guru"),
        // so it opens only before a request and closes only where no noun can go before it.
        ("(?:guru|maga|macha|machi)(?=\\s*[,!]|\\s+(?:please|pls|kindly|just|show|list|add|put|delete|remove|trash|move|mark|tick|check|make|change|what|which|any|can|could|do|swalpa|reopen|uncheck|push|set|tag))|swalpa|houdu", Place.OpeningAnyClause, "Kannada: buddy / please / yes", null),
        ("sari", Place.OpeningBeforeComma, "Kannada: ok", null),
        ("guru|maga|macha|machi|swalpa|bega", Place.ClosingClause, "Kannada: buddy / please / quickly", AddressNotAfter + "|call|email|text|ask|tell|meet|see|pay|visit|thank|yoga|meditation|tech|finance|marketing|seo|fitness|spiritual|cricket|music|new|old"),

        // Uzbek in Tashkent English: "iltimos" (please), "rahmat" / "katta rahmat" (thanks), "xo'p" (ok), "opa" (sister, to the listener).
        ("iltimos", Place.OpeningAnyClause, "Uzbek: please", null),
        ("xo['’]p|(?:katta\\s+)?rahmat", Place.OpeningBeforeComma, "Uzbek: ok / thanks", null),
        ("iltimos|(?:katta\\s+)?rahmat|opa", Place.ClosingClause, "Uzbek: please / thanks / sister", AddressNotAfter + "|call|email|text|ask|tell|meet|see|pay|visit|thank"),

        // European Portuguese in Lisbon English: "pá" (mate), "então" (so), "epá" (oh man), "olha" (look), "vá" (come on), "pronto" (there,
        // ok), "pois" (right), "não" (no), "obrigado/a" / "obrigadão" (thanks), "até amanhã" (see you tomorrow) around a request.
        ("então|entao|epá|epa|olha|vá|pá|pois|não|nao|pronto|(?:muito\\s+)?obrigad[oa]|obrigadão|fixe", Place.OpeningBeforeComma, "Portuguese: so / oh man / look / come on / mate / ok / thanks", null),
        ("então|entao|epá|olha|vá", Place.Opening, "Portuguese: so / oh man / look / come on", null),
        ("pá|(?:muito\\s+)?obrigad[oa]|obrigadão|até\\s+amanhã|ate\\s+amanha|fixe", Place.ClosingClause, "Portuguese: mate / thanks / see you tomorrow / cool", AddressNotAfter),

        // Gujarati in British Indian English: "beta" (dear child) calls the listener, "haa" (yes), "saru" (good, ok), "kem cho" (how are
        // you), "jai shri krishna" (a greeting), "do one thing" (here is what to do). "beta" is also English ("the beta version"), so it
        // opens only before a comma or a word that starts a request, and closes only where no noun can go before it.
        ("beta(?=\\s*[,!]|\\s+(?:please|pls|kindly|just|show|list|add|put|delete|remove|move|mark|tick|check|make|change|what|which|any|can|could|do|one|haa|saru))|haa|haan|saru(?:\\s+saru)?|kem\\s+cho|jai\\s+shri\\s+krishna|(?:beta\\s*,?\\s*)?do\\s+one\\s+thing(?:\\s+beta)?", Place.OpeningAnyClause, "Gujarati: dear / yes / good / how are you / hello / here is what to do", null),
        ("beta|saru|haa", Place.ClosingClause, "Gujarati: dear / good / yes", AddressNotAfter + "|app|version|test|testing|release|site|build|program|programme|phase|software|new|open|public|closed"),

        // Samoan in New Zealand English: "talofa" (hello), "malo" (well done, thanks), "fa'afetai (lava)" (thank you), "uso" (brother),
        // "sole" (mate), "aue" (oh no) around a request.
        ("talofa(?:\\s+(?:lava|sole|uso))?|aue|malo(?:\\s+(?:lava|uso|sole))?|fa['’]?afetai(?:\\s+lava)?", Place.OpeningAnyClause, "Samoan: hello / oh no / well done / thank you", null),
        ("uso|sole|malo|fa['’]?afetai(?:\\s+lava)?|talofa", Place.ClosingClause, "Samoan: brother / mate / thanks / hello", AddressNotAfter),

        // Somali in Somali-American English: "walaal" (brother, sister), "haye" (ok), "mahadsanid" / "waan ku mahadsanahay" (thank
        // you), "wallahi" (I swear) around a request; "salaam walaal" opens.
        ("haye|walaal|salaam\\s+walaal|salam\\s+walaal|wallahi|walahi", Place.OpeningAnyClause, "Somali: ok / brother, sister / I swear", null),
        ("walaal|walaalo|mahadsanid|waan\\s+ku\\s+mahadsanahay|wallahi|walahi|haye", Place.ClosingClause, "Somali: brother, sister / thank you / I swear / ok", null),

        // Rioplatense Spanish in Argentine English: "che" (hey), "dale" (ok), "listo" (there, done), "boludo" (mate), "jaja"
        // (laughter); "dale" is also a name and "listo" alone may mean "done", so they open only before a comma.
        ("che", Place.OpeningAnyClause, "Rioplatense: hey", null),
        ("dale(?:\\s+che)?|listo|bueno|buenísimo|genial", Place.OpeningBeforeComma, "Rioplatense: ok / ready / well / great", null),
        ("che|boludo|boluda|jaja(?:ja)*|jeje(?:je)*", Place.ClosingClause, "Rioplatense: hey / mate / laughter", AddressNotAfter),

        // Haitian Kreyòl in Haitian English: "oke" (ok), "chè" (dear), "mèsi (anpil)" (thanks), "Bondye bon" (God is good),
        // "pa gen pwoblèm" (no problem), "pa bezwen li ankò" (don't need it any more: the request after it says what goes).
        ("oke|chè|bondye\\s+bon|pa\\s+gen\\s+pwobl[eè]m", Place.Opening, "Kreyòl: ok / dear / God is good / no problem", null),
        ("m[eè]si(?:\\s+anpil)?|pa\\s+bezwen\\s+li\\s+ank[oò]", Place.OpeningBeforeComma, "Kreyòl: thanks / don't need it any more", null),
        ("chè|m[eè]si(?:\\s+anpil)?|bondye\\s+bon", Place.ClosingClause, "Kreyòl: dear / thanks / God is good", AddressNotAfter + "|buy|make|get|order|cook|bring"),

        // Korean in Korean-shaped English: crying "ㅠㅠ", laughing "kk"/"ㅋㅋ", "aigoo" (oh dear) around a request.
        ("aigoo|aigo|ㅠㅠ+|ㅜㅜ+|ㅋㅋ+|kkk*", Place.Opening, "Korean: oh dear / tears / laughter", null),
        ("ㅠㅠ+|ㅜㅜ+|ㅋㅋ+|kk+|aigoo", Place.ClosingClause, "Korean: tears / laughter / oh dear", null),

        // Australian "heya" (hi) before a request ("heya could you put …").
        ("heya", Place.Opening, "Australian: hi", null),

        // Persian in Persian-shaped English: greetings open ("salam, please add …"); "azizam"/"joonam" (my dear) close a clause;
        // "if possible" (agar momkene) opens or closes a request as a courtesy.
        ("salam|salaam|dorood|salam\\s+azizam", Place.OpeningBeforeComma, "Persian: hello", null),
        ("if\\s+possible|if\\s+it\\s+is\\s+possible", Place.Opening, "a courtesy: if possible", null),
        ("azizam|joonam|jaan", Place.ClosingClause, "Persian: my dear (to the listener)", AddressNotAfter),

        // West Texas: "yonder" (over there) after the thing pointed at ("finished that last one yonder"); "walk to the barn over yonder"
        // keeps it.
        ("(?<=\\b(?:one|ones|it|that|them|this|those)\\s+)(?:over\\s+)?yonder", Place.ClosingClause, "Texan: over there (after the thing pointed at)", null),

        // Yiddish in (New York) English: "oy vey, I need to …", "oy, number 3 get rid of it", "…, delete them, gevalt".
        ("oy(?:\\s+vey)?(?:\\s+iz\\s+mir)?|oi\\s+vey", Place.Opening, "Yiddish: oh dear", null),
        ("gevalt|oy\\s+vey", Place.ClosingClause, "Yiddish: good grief", null),
        // A blessing or a shrug said after the request and a comma: "…, may she rest in peace", "list all of them, the whole megillah".
        ("(?<=,\\s*)(?:may\\s+(?:she|he|they)\\s+rest\\s+in\\s+peace|(?:may\\s+)?(?:her|his|their)\\s+memory\\s+be\\s+a\\s+blessing|the\\s+whole\\s+(?:megillah|shebang|kit\\s+and\\s+caboodle|enchilada))", Place.ClosingMessage, "a blessing; Yiddish: the whole story", null),

        // Te reo Māori in New Zealand English: a greeting or "good" before the request ("kia ora, trash the blood test", "ka pai, I've
        // paid the subs"); only before a comma, as a whole message they are small talk.
        ("kia\\s+ora(?:\\s+(?:koutou|kōrua|korua|e\\s+hoa))?|ka\\s+pai|m[oō]rena|t[eē]n[aā]\\s+koe|chur", Place.OpeningBeforeComma,
            "Māori: hello / good / morning; NZ \"chur\" (thanks)", null),

        // Urdu and Hindi in Pakistani and Indian English.
        ("yaar|yar", Place.Opening, "Urdu/Hindi: friend", null),
        ("yaar", Place.ClosingClause, "Urdu/Hindi: friend", null),
        ("acha|achha|accha|acchha", Place.Opening, "Urdu/Hindi: okay / I see", null),
        ("theek\\s+hai|thik\\s+hai|theek\\s+he", Place.Opening, "Urdu/Hindi: all right", null),
        ("uff+|uffo+|uff+\\s+yaar|uff+\\s+da", Place.OpeningBeforeComma, "Urdu/Hindi: ugh; Minnesotan \"uff da\"", null),
        ("hai(?:\\s+na)?|he\\s+na", Place.ClosingClause, "Urdu/Hindi: is (\"urgent hai\", \"done hai\")", null),
        ("insha['’]?allah|inshallah|in\\s+sha\\s+allah", Place.ClosingClause, "Arabic/Urdu: God willing", null),
        ("insha['’]?allah|inshallah", Place.OpeningBeforeComma, "Arabic/Urdu: God willing", null),

        // Romanian.
        ("hai", Place.OpeningBeforeComma, "Romanian: come on", null),
        ("deci|bine", Place.OpeningBeforeComma, "Romanian: so / fine", null),
        ("mersi", Place.ClosingMessage, "Romanian: thanks", null),

        // "good evening, it's been a long day", "good morning! pay the gas bill": a greeting's part of the day is no due time (it had
        // added "Good", due 20:00); alone, the greeting is small talk.
        ("good\\s+(?:morning|afternoon|evening|night|day)", Place.Opening, "a greeting", null),

        // "mornin anythin due today", "morning, what's on": a greeting before a question (never "morning run" or "morning shift").
        ("(?:good\\s+)?mornin[g'’]?(?=,?\\s+(?:anything|anythin|owt|what|wot|whats|what's|any|show|list|is|are|do|did|have|has|can|could|please|pls)\\b)", Place.Opening, "a greeting before a question", null),

        // Icelandic in Icelandic-shaped English: "hæ" (hi), "jæja" (well), "já" (yes) open a request ("jæja I need to phone the co-op").
        ("hæ|jæja|já", Place.Opening, "Icelandic: hi / well / yes", null),

        // Sri Lankan English with Sinhala: "aney"/"ane" (oh, please), "ado" (hey), "aiyo" open; "hari" (okay) and "what to do" (a
        // shrug) before a comma; "men" and "machan" close a clause ("the last one done men"; "call the men" keeps its object);
        // Sinhala greetings after a comma close the message ("good night, subha rathriyak").
        ("aney|anee|ane|ado|adoo|aiyo|aiyoo|ayyo", Place.Opening, "Sinhala: oh, please / hey", null),
        ("hari(?:\\s+hari)?|what\\s+to\\s+do", Place.OpeningBeforeComma, "Sinhala: okay; Sri Lankan English: a shrug", null),
        ("men", Place.ClosingClause, "Sri Lankan English: a filler", AddressNotAfter + "|the|two|three|four|five|six|young|old|wise|delivery|repair|work|call|pay|tell|ask|thank|meet|feed|many|some|few|other"),
        ("(?<=,\\s*)(?:subha\\s+(?:rathriyak|udasanak|dawasak|aluth\\s+awuruddak)|suba\\s+(?:rathriyak|udasanak|dawasak)|ayubowan)", Place.ClosingMessage, "Sinhala: good night / good morning / good day / long life", null),
        // "…, tell me quickly", "what do I have next week? tell me already": asking for the answer again after the question adds
        // nothing ("family stuff I have? show me please" keeps its "show me", which is the request).
        ("(?<=[,?]\\s*)(?:(?:so|come\\s+on|nu|well|just|pls|please)\\s*,?\\s+)?tell\\s+me(?:\\s+(?:quickly|quick|fast|now|already|please|pls|then))*", Place.ClosingMessage, "asking for the answer again", null),

        // Tamil in Tamil-English ("Tanglish"); "pannu" (do) after an English verb only carries it: "number 3 remove pannu".
        ("da", Place.ClosingClause, "Tamil: mate (Minnesotan \"uff da\" is an opener)", "uff"),
        ("machi|machan", Place.ClosingClause, "Tamil: mate", null),
        ("machi|machan", Place.Opening, "Tamil: mate", null),
        ("seri|sari", Place.Opening, "Tamil: okay", null),
        ("pannu|pannunga|pannidu|pannungo|pannidunga", Place.ClosingClause, "Tamil: do (after the verb it carries)", null),

        // Malayalam in Malayalam-English ("Manglish"), verb-final like Tamil: a light verb after an English verb only carries it
        // ("3rd one delete cheyyu" = delete the 3rd one, "X add cheyyane", "onnu add cheyyu: X"); "onnu" (just) only softens a
        // request said first ("onnu add cheyyu"; inside one it is read by LearnerGrammar); vocatives "eda", "edi", "machane",
        // "mone"/"mole" and the tag "ketto" (okay?). "chetta"/"chechi" (brother/sister) are vocatives only before a comma: after a
        // name they are part of it ("call Jessy chechi", "Sheela chechi's tiffin box").
        (DravidianLightVerb, Place.ClosingClause, "Malayalam: do (after the verb it carries)", null),
        ("onnu|eda|edi|edo|machane|machaa|mone|mole|pinne", Place.Opening, "Malayalam: just / mate / then", null),
        ("eda|edi|edo|machane|machaa|mone|mole|ketto", Place.ClosingClause, "Malayalam: mate / okay?", null),
        ("chetta|chettaa|chechi|chechee|ketto|sheri|shari", Place.OpeningBeforeComma, "Malayalam: brother / sister / okay", null),

        // Cajun English (south Louisiana), French words in English sentences: "mais" (well, but; "mais yeah" = yes indeed) and
        // "hoo" open a message ("mais add …", "hoo mais it's hot today"); a closing "mais" after a comma only shrugs ("2 and 4 done, mais"; "buy mais" is maize),
        // while inside a sentence it is "but" ("bought it, mais she gonna love it") and stays. "cher" (dear) and "boo" call the
        // listener first or last ("task 1 done cher", "make task 2 low priority boo"); "baby" does too, but it is also a
        // person of the task ("feed the baby", "call baby"), so it closes only after a word that is not a determiner, pronoun,
        // preposition or verb that takes a person, and opens only before a comma. A closing "yeah" is a tag asking for
        // agreement ("its important yeah", "what's tagged family yeah"); "yeah you right," and "who dat," open a remark.
        ("mais(?:\\s+(?:yeah|yea|non|oui|la))?|hoo+(?:-?wee)?|cher|boo", Place.Opening, "Cajun French: well / but; dear", null),
        ("yeah\\s+you\\s+right|who\\s+dat|baby|b[eé]b[eé]", Place.OpeningBeforeComma, "Cajun: you're right / the Saints cheer / dear", null),
        ("(?<=,\\s*)mais|ça\\s+c['’]est\\s+bon|ca\\s+c['’]est\\s+bon", Place.ClosingMessage, "Cajun French: well / that's good", null),
        ("cher|boo", Place.ClosingClause, "Cajun: dear", AddressNotAfter),
        ("baby|b[eé]b[eé]", Place.ClosingClause, "Southern US: dear (\"uncheck #2 for me baby\")",
            AddressNotAfter + "|feed|bathe|dress|change|watch|visit|see|call|text|phone|hold|rock|carry|burp|new|sick|our|baby"),
        ("yeah", Place.ClosingClause, "Cajun, and spoken English: a tag asking for agreement", "oh|mais|say|said"),

        // Mauritian Kreol and French in Mauritian English: "alor" (so), "bé" (well), "ayo"/"ayoo" (oh dear), "bon", "voilà", "ouf" open
        // a request ("alor what's on this week", "bé uncheck the shuttle call", "bon mark the high prio one done"). "bon" stays where
        // it starts a name ("Bon Appetit restaurant", "bon voyage card"); plain "be" is English ("be at the airport by 6"), so only
        // the accented "bé" opens, and it closes a clause ("#1 done bé", "drop task 2 bé, …") only where it cannot be a person of the
        // task, like "baby" ("call Bé", "a gift for Bé"). "mersi" (thanks) opens before a comma ("mersi, add …"); alone, or with
        // "that's all", it is thanks (SmallTalk).
        ("ayo+|ayoyo+|ouf+", Place.OpeningAnyClause, "Mauritian Kreol/French: oh dear / phew", null),
        ("alors?|voil[aà]|bé|bon(?!\\s+(?:app[eé]tit|voyage|anniversaire|march[eé]|jovi|courage|bon)\\b)",
            Place.Opening, "Mauritian Kreol/French: so / well / there", null),
        ("mersi(?:\\s+boku)?", Place.OpeningBeforeComma, "Mauritian Kreol: thanks", null),
        ("bé", Place.ClosingClause, "Mauritian Kreol: well / eh",
            AddressNotAfter + "|feed|call|text|phone|ring|email|visit|see|meet|pick|up|collect|tell|ask|remind|help|pay|thank"),

        // Hungarian in Hungarian-shaped English: "szia" (hi) and "jaj" (oh dear) open a request ("szia, put on list: …", "jaj,
        // delete the train tickets …"), as do "hát" (well) and "persze" (of course); "rendben" (all right) opens before a comma and
        // closes a message; "köszi"/"köszönöm" (thanks) close one. "hát" is read only with its accent: "hat" is English ("buy a hat").
        // "na" (well, so) is also a Slavic/Tagalog particle after a word ("done na", read in TypoCorrector) and a title word, so
        // it opens only before a comma or a command verb ("na, what is due", "na delete the 2nd one").
        ("szia|sziasztok|szervusz|szevasz|jaj(?:\\s+istenem)?|hát|persze|szóval", Place.Opening,
            "Hungarian: hi / oh dear / well / of course / so", null),
        ("na(?=\\s+(?:add|put|delete|remove|move|mark|tick|make|set|change|show|list|what|which|clear|cancel|rename|uncheck|reopen)\\b)",
            Place.Opening, "Hungarian: well / so (before a verb)", null),
        ("na|rendben|oké|ok[eé]\\s+rendben", Place.OpeningBeforeComma, "Hungarian: well / all right", null),
        ("k[oö]szi|k[oö]sz|k[oö]sz[oö]n[oö]m|rendben|persze|szia|puszi", Place.ClosingMessage, "Hungarian: thanks / all right / of course / bye", null),

        // Geordie.
        ("howay(?:\\s+man)?|haway(?:\\s+man)?|whey\\s+aye(?:\\s+man)?", Place.Opening, "Geordie: come on / yes of course", null),
        ("like", Place.ClosingClause, "Geordie, northern English: a closing tag (\"it's urgent like\")",
            "would|'d|’d|i|you|we|they|to|really|just|not|don't|do|does|did|feel|feels|look|looks|sound|sounds|kids|bairns|he|she|it|who|what|anything|something|whatever|much|more|most|lot|lots|never|always"),
    ];

    private static readonly Regex OpeningRegex = BuildOpening();
    // An interjection after a comma or a sentence's end opens its clause ("…, ayo what a night" → "…, what a night"). There it is
    // taken only in lower case and never before "and"/"or": a capitalised word in a list is a name ("text Femi, Ayo and Tunde").
    private static readonly Regex ClauseOpeningRegex = new(
        @"(?<=[,.!?;]\s*)(?:" + Alternation(Place.OpeningAnyClause) + @")(?![\p{L}\p{N}'’-])(?![\s,]+(?:and|or|&|n)\b)[\s,!.:]*(?=[\p{L}#\d])",
        RegexOptions.CultureInvariant);
    // A closer after its own comma takes the comma with it ("ice got loaded in the hold, cher" → "… in the hold"), so the
    // clause ends where it did before the word was said.
    private static readonly Regex ClosingClauseRegex = new(
        @"(?<=\S),?(?:" + Guarded(Place.ClosingClause) + @")(?![\p{L}\p{N}'’-])(?=\s*(?:[,.!?;]|:\s|$|\p{So}|\p{Cs}))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex ClosingMessageRegex = new(
        @"(?<=\S)[\s,]+(?:" + Alternation(Place.ClosingMessage) + @")(?![\p{L}\p{N}'’-])(?=[\s.!?]*$|\s*\p{So}|\s*\p{Cs})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The text without its tone words; a message made only of them is left as it is (small talk reads it).</summary>
    public static string Strip(string text)
    {
        var stripped = OpeningRegex.Replace(text, m => m.Groups["greet"].Value);
        stripped = ClauseOpeningRegex.Replace(stripped, "");
        // Closers come in a row ("remove pannu da"): each pass takes the last of them.
        for (var pass = 0; pass < 3; pass++)
        {
            var shorter = ClosingClauseRegex.Replace(stripped, "");
            if (shorter.Length == stripped.Length)
            {
                break;
            }

            stripped = shorter;
        }

        stripped = ClosingMessageRegex.Replace(stripped, "");
        return stripped.Trim().Length == 0 ? text : stripped;
    }

    // An opener may follow "ok"/"so" and repeat ("ok achi nu, what's open"); what follows must be a word, a number or a "#".
    // A word of address may also follow a greeting, which stays for small talk to read ("hey cher how you doin" → "hey how
    // you doin").
    private static Regex BuildOpening() => new(
        @"^\s*(?:(?:ok|okay|so)[\s,]+|(?<greet>(?:hey|hi|hello|morning|evening)[\s,]+))?(?:(?:" + Alternation(Place.Opening) + "|" + Alternation(Place.OpeningAnyClause) + @"|(?:" + Alternation(Place.OpeningBeforeComma) + @")(?=\s*[,!]))"
        + @"(?![\p{L}\p{N}'’-])[\s,!.:]*)+(?=[\p{L}#\d])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static string Alternation(Place place) =>
        string.Join('|', Table.Where(line => line.Place == place && line.NotAfter is null).Select(line => line.Word));

    // The closing words, each line's own "not after" words as a lookbehind before its space.
    private static string Guarded(Place place) =>
        string.Join('|', Table.Where(line => line.Place == place).Select(line =>
            (line.NotAfter is null ? "" : @"(?<!\b(?:" + line.NotAfter + "))") + @"\s+(?:" + line.Word + ")"));
}
