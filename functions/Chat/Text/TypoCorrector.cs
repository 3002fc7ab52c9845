using System.Text.RegularExpressions;

namespace TodoFunctions.Chat.Text;

/// <summary>
/// Fixes common abbreviations and small typos of command and date words before parsing.
/// Only a closed vocabulary is corrected so that words inside titles are left alone.
/// </summary>
public static partial class TypoCorrector
{
    /// <summary>
    /// "puttin up the bunting", "payin Ron", "rakin the garden", "splittin the birch": an -ing with its g dropped, known by a
    /// doubled consonant before it or by a verb of the task lexicon ("pay", "rake"); "cabin", "begin", "Martin", "muffin" stay.
    /// </summary>
    private static string? DroppedG(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.Length < 5 || !lower.EndsWith("in", StringComparison.Ordinal))
        {
            return null;
        }

        var stem = lower[..^2];
        // Only consonants English doubles before -ing ("puttin", "shoppin", "runnin"): "muffin", "coffin", "boffin" stay.
        var doubled = stem.Length >= 3 && stem[^1] == stem[^2] && "bdgmnprtz".Contains(stem[^1]);
        return doubled || Intents.AddParser.IsImperativeVerb(stem) || Intents.AddParser.IsImperativeVerb(stem + "e") ? word[..^2] + "ing" : null;
    }

    // Shorthand and foreign function words that are also names when capitalised inside a sentence (Thai "Wat" = temple; "buy a gift for
    // Meron", "call Yan", "text Una", "ask Fer", "something about Pau"): a capitalised word there is a name, as it is for the
    // spelling corrections below.
    private static readonly HashSet<string> NameShorthand = new(StringComparer.OrdinalIgnoreCase) { "wat", "wot", "meron", "yan", "ano", "una", "fer", "ye", "yung", "pau" };

    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["erledigt"] = "done", ["erledigte"] = "done", ["taks"] = "task", ["tmrw"] = "tomorrow", ["tmr"] = "tomorrow", ["tmrow"] = "tomorrow", ["tomo"] = "tomorrow", ["2moro"] = "tomorrow",
        ["2morrow"] = "tomorrow", ["tmorrow"] = "tomorrow", ["tmorow"] = "tomorrow", ["tomrrow"] = "tomorrow", ["tmoro"] = "tomorrow", ["tomm"] = "tomorrow", ["tdy"] = "today", ["2day"] = "today", ["tonite"] = "tonight",
        // Tagalog function words in Taglish ("done na yung AHT report", "done na yan", "tomorrow, ano meron?"); its fillers are in ForeignFillerRegex.
        ["yung"] = "the", ["'yung"] = "the", ["yan"] = "that", ["ano"] = "what's", ["meron"] = "on",
        // German words in English sentences ("Bitte add …", "Sheet 7 is graded, endlich.").
        ["bitte"] = "please", ["endlich"] = "finally",
        ["abeg"] = "please", ["biko"] = "please", ["pliz"] = "please", ["plis"] = "please",
        // Appalachian "fer" (for) and "ye" (you): "look fer the fellowship hall", "reckon ye could …"; a new title keeps them.
        ["fer"] = "for", ["ye"] = "you", ["whatcha"] = "what you",
        // Nepali in English: "ekdam urgent" (very), "aaja" (today).
        ["ekdam"] = "very", ["aaja"] = "today",
        // Mauritian Kreol day words: "zordi" (today), "demin" (tomorrow), "aswar" (tonight): "call Maman demin", "…, pharmacy closed zordi".
        ["zordi"] = "today", ["demin"] = "tomorrow", ["aswar"] = "tonight",
        // Nigerian Pidgin words ("wetin dey my list", "comot the garri"); its grammar words are in DialectGrammar.
        ["what've"] = "what have", ["wetin"] = "what", ["comot"] = "remove", ["wey"] = "that", ["una"] = "you",
        // "please" in the writer's other language: French "svp"/"stp", Swahili "tafadhali".
        ["svp"] = "please", ["stp"] = "please", ["tafadhali"] = "please",
        // Singlish "liao" (already, a completion marker): "licence renewed liao", "done liao".
        ["liao"] = "already",
        ["pls"] = "please", ["plz"] = "please", ["thx"] = "thanks", ["ty"] = "thanks",
        // Indian English "prepone" (move earlier): a move like any other.
        ["prepone"] = "move", ["preponed"] = "moved", ["tmrw's"] = "tomorrow's", ["tmr's"] = "tomorrow's", ["tdy's"] = "today's",
        ["wk"] = "week", ["wks"] = "weeks",
        ["wendsday"] = "wednesday", ["wensday"] = "wednesday", ["wednsday"] = "wednesday", ["wedensday"] = "wednesday", ["thrusday"] = "thursday", ["thursay"] = "thursday", ["tuesay"] = "tuesday", ["teusday"] = "tuesday", ["firday"] = "friday", ["fridy"] = "friday", ["saturady"] = "saturday", ["satruday"] = "saturday", ["sundy"] = "sunday", ["mondy"] = "monday",
        ["wat"] = "what", ["wha's"] = "what's", ["wot"] = "what", ["wots"] = "what's", ["wot's"] = "what's", ["wat's"] = "what's", ["wats"] = "what's", ["whats"] = "what's", ["waht"] = "what", ["waht's"] = "what's", ["wahts"] = "what's", ["hwat"] = "what", ["hwat's"] = "what's",
        ["evry"] = "every", ["evrey"] = "every", ["eveyr"] = "every", ["wich"] = "which", ["whcih"] = "which", ["reapeting"] = "repeating", ["repeting"] = "repeating", ["reccuring"] = "recurring", ["recuring"] = "recurring", ["reocurring"] = "recurring",
        ["prio"] = "priority", ["pri"] = "priority", ["desc"] = "description",
        ["whats"] = "what's", ["wats"] = "what's", ["hows"] = "how's", ["im"] = "i'm", ["ive"] = "i've",
        // Dyslexic and phonetic spellings of request words (batch 119): "remmber me to …", "shedual a site visit", "theyve got someone".
        ["remmber"] = "remember", ["rember"] = "remember", ["remeber"] = "remember", ["shedual"] = "schedule", ["shedule"] = "schedule", ["schedual"] = "schedule",
        ["theyve"] = "they've", ["weve"] = "we've", ["ive"] = "I've",
        ["dont"] = "don't", ["didnt"] = "didn't", ["isnt"] = "isn't", ["arent"] = "aren't", ["doesnt"] = "doesn't", ["wasnt"] = "wasn't", ["thats"] = "that's",
        ["weds"] = "wednesday", ["thurs"] = "thursday", ["tues"] = "tuesday",
        ["nxt"] = "next", ["chnage"] = "change", ["chagne"] = "change", ["fianlly"] = "finally", ["finaly"] = "finally", ["apointment"] = "appointment", ["appointmnet"] = "appointment", ["wat"] = "what", ["gimme"] = "give me", ["u"] = "you", ["ya"] = "you", ["ur"] = "your", ["del"] = "delete", ["rm"] = "remove",
        // Dropped letters in short command words and g-dropping ("lst my tasks", "anythin due today?").
        // SMS shorthand ("knit a toque b4 saturday", "water the tomatoes this arvo", "halfway thru").
        // Doric (north-east Scots): "whit's on saturday", "dinna let me forget", "it didna go through".
        ["whit"] = "what", ["whit's"] = "what's", ["dinna"] = "don't", ["didna"] = "didn't", ["canna"] = "can't", ["wisna"] = "wasn't",
        // Jamaican Patois and Brummie function words ("put it back pon di list", "wah mi have fi do?", "tek di CCTV ting off"),
        // Hong Kong English shorthand ("work tasks that r urgent", "bring fwd X", "gd night").
        ["di"] = "the", ["pon"] = "on", ["wah"] = "what", ["weh"] = "what", ["x'hemm"] = "what's", ["x’hemm"] = "what's", ["wha"] = "what", ["tek"] = "take", ["wid"] = "with", ["ting"] = "thing", ["tings"] = "things",
        ["anyting"] = "anything", ["nuttin"] = "nothing", ["sumn"] = "something", ["sumting"] = "something", ["yuh"] = "you", ["lemme"] = "let me", ["dat"] = "that", ["dat's"] = "that's", ["dats"] = "that's", ["dem"] = "them", ["fi"] = "to", ["mek"] = "make",
        ["r"] = "are", ["fri"] = "friday", ["fwd"] = "forward", ["gd"] = "good", ["nite"] = "night",
        // Belizean Kriol: "shif it to sunday", "numba 2 done, tenk God", "yu know if ih …", "ah haffi pay …" (have to).
        ["shif"] = "shift", ["numba"] = "number", ["tenk"] = "thank", ["yu"] = "you", ["ih"] = "it", ["haffi"] = "have to",
        ["isna"] = "isn't", ["disna"] = "doesn't", ["winna"] = "won't",
        // Glaswegian: "she didnae answer", "wisnae right", "gie us the low prio stuff", "on the way hame", "anything wi concert in it".
        ["didnae"] = "didn't", ["dinnae"] = "don't", ["wisnae"] = "wasn't", ["isnae"] = "isn't", ["cannae"] = "can't", ["doesnae"] = "doesn't",
        ["gie"] = "give", ["hame"] = "home", ["wi"] = "with",
        // More Glaswegian function words ("move the MOT tae friday", "take the date aff X", "get shot o' the library books",
        // "just the urgent yins", "whit's still tae dae", "done an' no done"); a new title keeps them (DialectTitleWords).
        ["tae"] = "to", ["intae"] = "into", ["ontae"] = "onto", ["aff"] = "off", ["o'"] = "of", ["an'"] = "and",
        ["yin"] = "one", ["yins"] = "ones", ["dae"] = "do", ["noo"] = "now", ["ony"] = "any", ["gies"] = "give me",
        ["b4"] = "before", ["2day's"] = "today's", ["2moro's"] = "tomorrow's", ["sth"] = "something", ["smth"] = "something", ["bout"] = "about", ["abt"] = "about", ["arvo"] = "afternoon", ["thru"] = "through", ["ther"] = "there", ["tmw"] = "tomorrow",
        // Speech-to-text of a New Jersey voice ("tomorrow whatta i got", "chekc off X", "number 3 aint done").
        ["whatta"] = "what do", ["whadda"] = "what do", ["whaddaya"] = "what do you", ["whaddya"] = "what do you", ["chekc"] = "check", ["chek"] = "check",
        ["aint"] = "isn't", ["ain't"] = "isn't",
        // Yorkshire: "owt due today" (anything), "nowt else" (nothing), "summat" (something), "find owt wi' mart in it",
        // "can tha add …" (you), "give 'em a due date" (them); a new title keeps them (DialectTitleWords).
        ["owt"] = "anything", ["nowt"] = "nothing", ["summat"] = "something", ["wi'"] = "with", ["tha"] = "you", ["'em"] = "them",
        // Hawaii Pidgin function words ("wat stay left fo do", "everyting wit da shaper", "da high priority kine", "pau" = done,
        // "dea" = there, "bumbye" = later); a new title keeps them (DialectTitleWords). Its grammar words are in DialectGrammar.
        ["da"] = "the", ["dis"] = "this", ["wit"] = "with", ["fo"] = "for", ["everyting"] = "everything", ["sometin"] = "something",
        ["afta"] = "after", ["neva"] = "never", ["dea"] = "there", ["pau"] = "done", ["kine"] = "ones", ["bumbye"] = "later",
        // Bajan (Barbados) function words: "wuh i got fuh tmrw", "i cyah miss de test", "i gine need to …", "wunna put dis down",
        // "reopen de light bill cuh de cheque bounce" (because); a new title keeps them (DialectTitleWords).
        ["wuh"] = "what", ["fuh"] = "for", ["cyah"] = "can't", ["gine"] = "going to", ["wunna"] = "you", ["duz"] = "does", ["doan"] = "don't", ["cuh"] = "because",
        // Guyanese Creolese beside the Bajan and Jamaican words: "show me someting", "how dis ting wuk?", "gud mornin".
        ["someting"] = "something", ["wuk"] = "work", ["mornin"] = "morning", ["gud"] = "good",
        // Bulgarian in Bulgarian-shaped English: "number 2 gotovo" (done), "kakvo finished already?" (what), "utre" (tomorrow), "dnes" (today).
        ["gotovo"] = "done", ["kakvo"] = "what", ["utre"] = "tomorrow", ["dnes"] = "today",
        // Latvian "gatavs" (done, ready), "rīt" (tomorrow), "šodien" (today); Tigrinya "hade" (one); "sataday" (a dropped "ur").
        ["gatavs"] = "done", ["gatava"] = "done", ["rīt"] = "tomorrow", ["šodien"] = "today", ["hade"] = "one", ["sataday"] = "saturday",
        ["lst"] = "list", ["oot"] = "out", ["aboot"] = "about", ["shw"] = "show", ["anythin"] = "anything", ["nothin"] = "nothing", ["somethin"] = "something", ["evrythin"] = "everything", ["everythin"] = "everything",
    };

    // Words worth correcting when a token is one edit away; all are long enough that a one-edit collision with a real title word is unlikely.
    private static readonly string[] Vocabulary =
    [
        "tomorrow", "today", "tonight", "delete", "remove", "complete", "completed", "finished", "reschedule",
        "postpone", "priority", "rename", "reopen", "uncheck", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "january", "february", "march", "april", "august", "september",
        "october", "november", "december", "morning", "afternoon", "evening", "description", "overdue",
        "pending", "remind", "show", "list", "tasks", "done", "mark", "week", "urgent", "important",
    ];

    private static readonly string[] TranspositionOnly = ["move", "first", "second", "third", "fourth", "fifth", "remember", "schedule"];

    private static readonly HashSet<string> Protected = new(StringComparer.OrdinalIgnoreCase)
    {
        "shows", "lists", "task", "marks", "weeks", "dine", "done", "none", "gone", "bone", "cone", "tone", "lone",
        "mask", "park", "mare", "mart", "dark", "bark", "lark", "mars", "list", "lost", "last", "lust", "mist",
        "fist", "slow", "snow", "stow", "shoe", "shop", "shot", "weak", "peek", "seek", "reek", "wee", "weed",
        "remote", "remover", "removed", "deleted", "remained", "reminder", "reminds", "march", "marsh", "pending",
        "spending", "sending", "tending", "lending", "mending", "bending", "vending", "fending", "friday", "fridays", "mondays", "tuesdays", "wednesdays", "thursdays", "saturdays", "sundays", "weekdays", "weekends",
        "taste", "tusks", "masks", "asks", "tanks", "talks", "marks", "mask", "dome", "dune", "dote", "node",
        "code", "mode", "rode", "dose", "tasks", "today", "shown", "showy", "renamed", "reopened", "match", "marco", "marcy",
        // "renew the drone licence": one letter from "done", but a word of its own.
        "drone", "drones", "prone",
    };

    [GeneratedRegex(@"\b(?:sun|sat)(?=\s+(?:morning|afternoon|evening|night|noon|midday|lunchtime|at\s+\d|\d{1,2}(?::\d{2})?\s*(?:am|pm)))", RegexOptions.IgnoreCase)]
    private static partial Regex DayBeforeTimeRegex();

    [GeneratedRegex(@"(?<![\w'’])(?!(?:they|she|you|who|that|there|what|it|he|we|i|how|where|why|when)['’])(?<w>[a-z]{3,})['’]d\b", RegexOptions.IgnoreCase)]
    private static partial Regex ApostropheDRegex();

    [GeneratedRegex(@"\b(?<need>need|needs)\s+(?=(?:make|call|change|send|buy|pay|pick|fix|clean|wash|go|get|take|bring|drive|fill|write|finish|renew|return|deliver|check|update|cancel|repair|replace|visit|meet|print|sign|submit|phone|email|book)\b)(?![a-z]+\s+(?:for|of)\s+(?:me|him|her|us|them)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NeedBareVerbRegex();

    [GeneratedRegex(@"\bfour(?=\s+(?:the|my|a(?![.\s]*m\b)|an|this|that|those|these|next|his|her|our|their|me|him|us|them)\b|(?<level>\s+(?:high|medium|low|no)(?:\s+prio(?:rity)?)?\s*[.!?]*\s*$))", RegexOptions.IgnoreCase)]
    private static partial Regex FourForRegex();

    [GeneratedRegex(@"(?<=\p{L}\s+)(?<!\b(?i:number|no|num|task|item|position|nr|nummer)\s+)4(?=\s+(?:(?i:today|tomorrow|tonight|2day|2moro|tmrw|me|you|u|him|her|us|them|the|my|next|this)\b|\p{Lu}))")]
    private static partial Regex TextingForRegex();

    [GeneratedRegex(@"\b(?:real|gert|proper)\s+(?=(?i:urgent|important|early|late|high|low)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex RealIntensifierRegex();

    [GeneratedRegex(@"\bread\s+(?:(?:to\s+)?(?:me|us)\s+|out\s+|aloud\s+)?(?=(?:what(?:['’]s|\s+is|\s+are|\s+i\s+have)?\b|(?:my|the)\s+(?:\w+\s+){0,2}(?:list|tasks|todos|to-dos|items)\b|everything\b))", RegexOptions.IgnoreCase)]
    private static partial Regex ReadOutListRegex();

    [GeneratedRegex(@"\brevert\s+(?:back\s+)?(?:to\s+me\s+)?with\s+(?=(?:the\s+|a\s+|my\s+)?(?:full\s+|complete\s+|whole\s+|entire\s+|updated\s+|current\s+)?(?:list|tasks|task\s+list|status)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex RevertWithListRegex();

    [GeneratedRegex(@"(?<=\b(?:the|my|your|a|our)\s+)complete(?=\s+(?:task\s+|to-?do\s+)?list\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CompleteListRegex();

    [GeneratedRegex(@"(?<=\b(?:that|this|the\s+\w+|last|first|second|third)\s+)ones(?=\s+(?:done|finished|sorted|complete|completed|paid|booked|not\s+done)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OnesDoneRegex();

    [GeneratedRegex(@"(?<=[\p{L}\d'’])\s+comma\s+(?=\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex DictatedCommaRegex();

    [GeneratedRegex(@"\b(?<v>delete|remove|drop|cancel|scratch|move|push|change|reopen|complete|finish|tag|rename)\s+there\s+(?!(?:is|are|was|were|too|as|and|now|then|today|tomorrow|instead)\b)(?=\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex ThereTheirRegex();

    [GeneratedRegex(@"(?<=[\p{L}\d'’])\s+question\s+mark(?=\s*$|\s+\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex DictatedQuestionRegex();

    [GeneratedRegex(@"(?<=^\s*|[,.;!?:]\s*)giz\b(?=\s+\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex GizRegex();

    [GeneratedRegex(@"\b(?:give|send)\s+(?:me|us)\s+a\s+(?:quick\s+)?(?:reminder|nudge|shout)\s+(?=(?:to|about)\s+\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex GiveReminderRegex();

    [GeneratedRegex(@"\b(?<w>what|which(?:\s+(?:ones?|tasks?|things?|jobs?))?)\s+(?:haven['’]?t|have\s+not)\s+(?<s>i|we)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhatHaventRegex();

    [GeneratedRegex(@"\bwhat\s+there\s+is\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhatThereIsRegex();

    [GeneratedRegex(@"\bwhat\s+(?=still\s+(?:pending|open|left|undone|not\s+done|to\s+do)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WhatStillRegex();

    public static string Correct(string text) => Correct(text, null);

    /// <summary>As <see cref="Correct(string)"/>, but a capitalised word that <paramref name="isName"/> says is a name of the
    /// person's own tasks is never taken for a slip: "Marek interview move to thursday" with "Interview new baker Marek" (not "mark").</summary>
    public static string Correct(string text, Func<string, bool>? isName)
    {
        // "first one reopen ㅠㅠ prof found typo", "postpone a week pls ㅠㅠ antibody still not arrived": Korean tears or laughter
        // between two stretches of words end a sentence, as a face emoji does (below); at either end the tone words drop them. First,
        // before the other language's words are read (MixedLanguageWords drops them anywhere).
        text = MidEmoticonRegex().Replace(text, ". ");
        // "mamá's cardiology 👉 move to monday", "fertilizer one → p4": an arrow sets the task apart from its edit, like a dash.
        text = ArrowRegex().Replace(text, " - ");
        // "ándale add …", "order more limes mañana porfa", "ya quedó payroll": words of the writer's other language.
        text = MixedLanguageWords.Normalise(text);
        // Hiberno-English "I'm after doing X" = I've just done X.
        text = DialectGrammar.HibernoPerfect(text);
        // "please to move X", "to add: X", "the priority at X", "put also the tag Y on X": learners' function-word calques.
        text = LearnerGrammar.Normalise(text);
        // Irish "put down" / "stick down" = write down, before a task that starts with a verb ("stick down email the parents …");
        // "put down the deposit" keeps its verb.
        text = PutDownRegex().Replace(text, m => Intents.AddParser.StartsWithImperative(m.Groups["rest"].Value) ? m.Groups["lead"].Value + "add " : m.Value);
        // "put buy medicine for grandma tomorrow, tag family": "put" straight before a task that starts with a verb adds it.
        text = PutTaskRegex().Replace(text, m => Intents.AddParser.StartsWithImperative(m.Groups["rest"].Value) ? m.Groups["lead"].Value + "add " + m.Groups["rest"].Value : m.Value);
        // Trinidadian "de" = the ("trash de barber task", "de first one, make it urgent", "noon de day after tomorrow"); never
        // inside a name ("Rio de Janeiro", "Robert de Niro": after a capitalised word) or a Romance phrase ("lo de", "la fiesta
        // de", "pastéis de nata", "cartão de cidadão": a word with an accent beside it). A new title keeps the user's "de"
        // (DialectTitleWords).
        // "tanques de acero", "agente de aduana": between two words that are no English, "de" joins a phrase of the other language.
        text = TrinidadTheRegex().Replace(text, m => WordBefore(text, m.Index) is { } before && !UnknownWords.IsEnglish(before) && !Known.ContainsKey(before)
            && WordAfter(text, m.Index + m.Length) is { } after && !UnknownWords.IsEnglish(after) ? m.Value : m.Value[0] == 'D' ? "The" : "the");
        // Trinidadian "doh" = don't before a verb ("doh let me forget to …", "doh show me nothing else"); "Play-Doh" stays.
        text = TrinidadDontRegex().Replace(text, m => m.Value[0] == 'D' ? "Don't" : "don't");
        // Yorkshire "t'" = the ("move t'quad service to friday", "t'second one", "t'day after tomorrow") and "int'"/"ont'" = in/on
        // the ("what's finished int' list"); read once here, and a new title keeps the user's "t'" (DialectTitleWords).
        text = YorkshireInTheRegex().Replace(text, "${p} the ");
        text = YorkshireTheRegex().Replace(text, m => m.Value[0] == 'T' ? "The " : "the ");
        // "remind us to …" (northern "us" = me) and "remind to …" (a learner's dropped "me") are "remind me to …".
        text = RemindUsRegex().Replace(text, "${r} me");
        // Yorkshire "any road" = anyway: "…, daft beggar, any road I need to ring the surgery", "Any road, add …".
        text = AnyRoadRegex().Replace(text, m => char.IsUpper(m.Value[0]) ? "Anyway" : "anyway");
        // Yorkshire "while" = until before a day ("move the iodine while tomorrow", "can't get to it while friday").
        text = WhileUntilRegex().Replace(text, "till");
        // "had me blood test", "paid me phone bill", "clear me whole list", "before me shift": northern and London "me" = my after a verb
        // that reports a thing done or clears, or after "before"/"after".
        text = DoneVerbMyRegex().Replace(text, "my");
        // "sorted on the dog" (dog and bone: the phone), "paid over the phone", "paid by esewa": how it got done, not a task.
        text = DoneByMediumRegex().Replace(text, "");
        // "paid gas bill through Click", "sent the deposit via Payme": a named service at the end of a report is how, not what.
        text = ReportByServiceRegex().Replace(text, "");
        // "add 📚 buy a notebook": an emoji between the command and the task says nothing of it.
        text = CommandEmojiRegex().Replace(text, "${c} ");
        // "I paid gas bill alreаdy": a Cyrillic letter that looks Latin inside a Latin word (a Russian keyboard's slip) is that letter.
        text = MixedScriptRegex().Replace(text, m => new string(m.Value.Select(c => CyrillicLookalikes.GetValueOrDefault(c, c)).ToArray()));
        // Newfoundland "tick er off", "move er to friday": "er" (her) for the task after a verb that acts on it.
        text = VerbErRegex().Replace(text, "${v} it");
        // "tick em off", "make em urgent", "slug pellets - got em": "em" (them) after a verb that acts on tasks, or closing "got em"
        // ("first one done got em at the lumber yard" keeps it: the run-on remark is read with "em").
        text = VerbEmRegex().Replace(text, "${v} them");
        // "ewe nuts ordered off the feed merchant", "bought them off Dave": "off" = from after a verb of getting.
        text = OffFromRegex().Replace(text, "from");
        // "shed's mucked out reet", "done proper": an adverb after a report that only says it was done well.
        text = WellDoneAdverbRegex().Replace(text, "");
        // "bump the cleats down to low prio", "push the essay up to p1": the verb's particle after its object adds nothing to the
        // level it goes to.
        text = ParticleBeforeLevelRegex().Replace(text, "");
        // "de GPL bill, mek it urgent now": a closing "now" after the level adds nothing to it.
        text = NowAfterLevelRegex().Replace(text, "");
        // "the one that's due today" is "the one due today"; "finished that one up": the closing particle adds nothing.
        text = OneThatIsDueRegex().Replace(text, "the one due");
        // "the Estructures exam is in fact on june 9": "in fact" after a copula is "actually".
        text = IsInFactRegex().Replace(text, "actually ");
        // "the last one of the list", "the 2nd task on my list": a position on the list is the position.
        text = PositionOfListRegex().Replace(text, "${p}");
        // South Asian English: "what all is pending" (what), "due today only", "tomorrow itself", "yesterday only": emphasis, not a filter.
        text = WhatAllRegex().Replace(text, "what");
        // "2nd one also done", "diyo bought, tick pls", "I finish buying tika yesterday": "also" before a report, a bare "tick" after
        // one and a present tense with a past time all add nothing to the report.
        text = AlsoBeforeDoneRegex().Replace(text, "");
        text = TickAfterReportRegex().Replace(text, "");
        text = PresentFinishPastRegex().Replace(text, "${s} finished");
        // "paid the rent today morning itself" (Indian English: this morning), "postpone X to day after tomorrow" (the day after tomorrow;
        // "to day" is no "today" there).
        text = TodayMorningRegex().Replace(text, m => m.Groups["to"].Success ? "to the day after tomorrow" : "this ");
        text = EmphaticOnlyRegex().Replace(text, "");
        // "finish up number 3", "tick up #2": a verb of finishing with "up" before a position completes it (no title is "Finish number 3").
        // "add these three: A, B, C", "add the following 2 tasks: …": the count before the colon announces the list.
        text = AddTheseRegex().Replace(text, "${a} ");
        // "put on list — change taxi sign lamp", "add to my list - X": the list named, then a dash before the new task (as a colon).
        text = PutOnListDashRegex().Replace(text, "${pre}add ");
        // "today — what left to do?", "high priority suppliers — what have?": the copula and the subject a learner leaves out.
        text = WhatLeftRegex().Replace(text, m => m.Groups["left"].Success ? "what's " : "what do I have");
        // "number 3 finished yesterday evening": when in the day it got done adds nothing to the report.
        text = YesterdayPartRegex().Replace(text, "yesterday");
        // "new scale bought, delete the fix task": a new thing got (a statement), not "new" before a task to add.
        text = NewThingGotRegex().Replace(text, "${pre}the new ");
        text = FinishUpPositionRegex().Replace(text, "complete ");
        text = FinishedUpRegex().Replace(text, "${v} ${o}");
        // "1 and 3 done wi'" (done with): a closing "with" after "done" adds nothing.
        text = DoneWithRegex().Replace(text, "done");
        // "add by new wellies" (dictation's homophone): at the start of a new task, "by" before a word no date starts is "buy".
        text = AddByBuyRegex().Replace(text, "buy");
        // Greek in Greek-Australian English: "ela add …" (come on), "endaxi, that's all" (okay), "nai, that's done" (yes),
        // "opa! …", "ela re, …" and "what's on my plate re" (re: a familiar "mate"): words that only set the tone.
        text = GreekFillerRegex().Replace(text, "");
        // "asap add fix the dishwasher", "urgent: put down call the bank": a priority said before the command belongs to
        // the new task, so it moves behind it ("add fix the dishwasher asap") and never reaches the title.
        text = LeadingPriorityAddRegex().Replace(text, m => m.Groups["rest"].Value.TrimEnd(' ', '.', '!') + " " + m.Groups["p"].Value);
        // "medium priority, order gold thread from the supplier": a level said first, then a task that starts with a verb.
        text = LeadingLevelTaskRegex().Replace(text, m => Intents.AddParser.StartsWithImperative(m.Groups["rest"].Value)
            ? "add " + m.Groups["rest"].Value.TrimEnd(' ', '.', '!') + ", " + m.Groups["p"].Value : m.Value);
        // "remove both 2 and 3", "tick off both #1 and #4": "both" before two positions only stresses them.
        text = BothPositionsRegex().Replace(text, "");
        // "1 and 2 - delete them, old stuff", "3, 4: tick them off", "first and third, remove both": positions said first, then a
        // verb on "them", are its objects ("them" alone would be every task of the last listing).
        text = PositionsThenThemRegex().Replace(text, "${v} ${p}");
        // "1 and 3 gatavs, done both": a second "done" on both only repeats the report.
        text = DoneBothAgainRegex().Replace(text, "");
        // "chef knives not done yet, shop sent the wrong ones", "X - not done yet, got the wrong ones": a reason told after a
        // report that a task is not done explains it; it is neither a task nor a reference.
        text = ReasonAfterNotDoneRegex().Replace(text, "");
        // "only the urgent ones pls, I have little time": how rushed the writer is, said last, asks for nothing.
        text = LittleTimeRegex().Replace(text, "");
        // Dictation: "medium priority stuff comma whats there", "anything overdue question mark": punctuation said as a word.
        text = DictatedCommaRegex().Replace(text, ", ");
        // "delete there estimate", "move there walkthrough" (dictation's homophone): after an action verb, "there" before a noun is "their".
        text = ThereTheirRegex().Replace(text, "${v} their ");
        text = DictatedQuestionRegex().Replace(text, "?");
        // "ad milk": a dropped letter of the command; elsewhere "ad" is a word of its own ("post the ad").
        text = LeadingAdRegex().Replace(text, "add ");
        // "yaar which ones are low prio?", "number 3 done hai", "achi uncheck the first one": the table of tone words.
        text = ToneWords.Strip(text);
        // Fijian "dua task: …", "add dua task" (one task): the number word of a new task, like "new".
        text = DuaTaskRegex().Replace(text, "new ");
        // Belizean Kriol and Guyanese Creolese: "put X pan mi list" (on), "church windows nuh done yet", "de ones wah nah done" (not),
        // "ah haffi pay …", "me need fuh mek …", "de ones ah done" (I; "fuh" = to before a verb), "help mi nuh" (a closing "nuh"/"nah":
        // go on), "yu know if ih wah rain" (will), "nuh rush" (no), "mek me see de #van tasks" (show me), "de high priority one dem"
        // (ones), and a report said with the bare verb after "ah" ("ah send off de quotation dis morning", "ah carry de van to de
        // mechanic": I did).
        text = KriolRegex().Replace(text, m => m.Groups["on"].Success ? "on " : m.Groups["not"].Success ? "not " : m.Groups["i"].Success ? "I "
            : m.Groups["will"].Success ? "will " : m.Groups["to"].Success ? "to " : m.Groups["show"].Success ? "show me "
            : m.Groups["ones"].Success ? "s" : m.Groups["did"].Success ? "I did " : m.Groups["no"].Success ? "no " : "");
        // "tractor tag show" (the topic first, Lithuanian-shaped): a listing of the tag, never a tag named "show".
        text = TagShowRegex().Replace(text, "show ${t} tag");
        // The task first, then a move by a span or to a time (Lithuanian-, Korean-shaped): "print subsidy papers move in 2 weeks" (a
        // date from today), "barn door postpone for 3 days" (from its due), "bank meeting make 13:30 instead of 11".
        text = TopicSpanMoveRegex().Replace(text, m => m.Groups["time"].Success ? $"move {m.Groups["t"].Value} to {m.Groups["time"].Value}"
            : m.Groups["in"].Success ? $"move {m.Groups["t"].Value} to in {m.Groups["span"].Value}"
            : $"{m.Groups["v"].Value} {m.Groups["t"].Value} by {m.Groups["span"].Value}");
        // "this week what must be done", "what needs to be done today": what is still to do, never the done ones.
        text = MustBeDoneRegex().Replace(text, "what is pending");
        // Telugu-English listings, the verb or question last: "bike tag tasks chupinchu" (show), "next week schedule cheppu" (tell),
        // "today em undi?", "this week lo enti undi", "saturday ki em plan undi" (what is there), "done aina tasks" (that are done).
        text = TeluguListingRegex().Replace(text, m => $"show {m.Groups["what"].Value}" + (m.Groups["ask"].Success ? " tasks" : ""));
        text = TeluguAinaRegex().Replace(text, "");
        // "oi I forgot, need renew …": owning up to forgetting, before the request, only sets the tone.
        text = IForgotLeadRegex().Replace(text, "");
        // "yo add …", "good evening o", "rent don pay o": a particle that only sets the tone (one with conditions of its own).
        text = ParticleRegex().Replace(text, "");
        // Scouse/northern "giz" = give me ("giz the medium priority stuff", "giz a reminder to …"), at the start of a request.
        text = GizRegex().Replace(text, m => char.IsUpper(m.Value[0]) ? "Give me" : "give me");
        // "give me a reminder to ring college", "giz a nudge about the van tax": asking to be reminded is "remind me".
        text = GiveReminderRegex().Replace(text, m => char.IsUpper(m.Value[0]) ? "Remind me " : "remind me ");
        // "what haven't I done yet", "which ones havent we finished": the inverted negative question is "what have I not done".
        text = WhatHaventRegex().Replace(text, "${w} have ${s} not");
        // "next week how ah, what's coming?" (Singlish "how" = what about): the time asked about, then the question itself.
        text = TimeHowRegex().Replace(text, "${when} ");
        // "next week schedule how?", "tomorrow how?" (Mandarin-shaped 怎麼樣): the time asked about is the listing.
        text = TimeHowQuestionRegex().Replace(text, "${when} schedule?");
        // Korean word order (the verb last, no "do"): "gym stuff show me", "low prio things, show me", "low priority things give
        // me", "everything show, also finished ones", "high priority ones I
        // have? please show", "medium prio #camp ones show" (a bare "show" only after a comma, a plural or a tag) ask for a listing of
        // the thing named first; "friday I have something?", "tomorrow, what I have"
        // ask what is due then; "naeil... I mean tomorrow" takes back a first word before "I mean".
        // "where i wrote Grochowska?", "where did I put the invoice number": asking where a word was written is a search for it.
        text = WhereIWroteRegex().Replace(text, "which task mentions ${x}?");
        // "remove that task which had deadline yesterday": a task named by its deadline is the one due then.
        text = WhichHadDeadlineRegex().Replace(text, "the one due ");
        // "invoices for investor - add note: sends by email", "the òptica one, add description: …" (the note already a placeholder): the
        // task first, then the note for it (before a comma, only a task pointed at: "buy milk, add note: …" adds the task).
        text = DashAddNoteRegex().Replace(text, "put ${y} on ${x}");
        // "remind me for evening send photos": a day part after "for" with no day is today's.
        text = ForDayPartRegex().Replace(text, m => m.Groups["p"].Value.Equals("tonight", StringComparison.OrdinalIgnoreCase) ? "tonight" : "this " + m.Groups["p"].Value);
        text = SlipThenIMeanRegex().Replace(text, "");
        text = TopicShowRegex().Replace(text, m => "show me " + m.Groups["x"].Value.Trim().TrimEnd('?', ',', ' ') + m.Groups["tail"].Value);
        text = WhenIHaveRegex().Replace(text, "what do I have ${when}?");
        // Khmer-, Chinese-shaped questions with "what" last: "today i have what to do?", "tomorrow got what", "saturday plan what?",
        // "tour tag, what still left?".
        text = WhatLastRegex().Replace(text, "what do I have ${when}?");
        // A learner's bare "finish" for "finished" before "already": "number 2 finish already" (before "ones": FinishOnesRegex).
        text = FinishAsDoneRegex().Replace(text, "finished");
        text = TagWhatLeftRegex().Replace(text, "show me pending tasks tagged ${tag}");
        // "tmrw list", "friday tasks?": a day, then the word for the listing.
        text = DayListRegex().Replace(text, "what do I have ${when}?");
        // "monastery related task got?", "bank related ones": the tasks with that word.
        text = RelatedTasksRegex().Replace(text, "show tasks mentioning ${x}");
        // "#customers ones not finish yet", "garden ones not done": the pending ones of a tag or a word, never a reopen.
        text = OnesNotDoneRegex().Replace(text, "show pending ${x} ones");
        // Maltese "ħa nara …" (let me see …) asks to be shown.
        text = LetMeSeeRegex().Replace(text, "show me ");
        // "this friday 3pm Ma Su coming for fitting, remind me": the thing said first, then the request to be reminded of it.
        text = TrailingRemindMeRegex().Replace(text, "remind me ${x}");
        // "show rice one": a word and "one" with no article asks for the tasks with that word ("show the garden ones" is a tag's).
        text = ShowWordOneRegex().Replace(text, "show tasks mentioning ${x}");
        // "tomorrow for #family what we have", "#home this week what i have", "this week what I must do?": the filters said first,
        // then the question.
        text = TopicWhatIHaveRegex().Replace(text, m => "what do " + m.Groups["s"].Value + " have " + m.Groups["topic"].Value.Trim().TrimEnd(',', '-', ' ') + "?");
        text = WhatIHaveRegex().Replace(text, "what do ${s} have");
        // Singlish "can" asks for the action: "can help me add X tomorrow or not", "can delete that", "can add one more - X";
        // with the task first, "number 3 can remove already". The closing "or not" only makes it a polite question; without it
    // a question ("can add one task ah? …") asks whether it may, and the request follows.
        text = CanRequestRegex().Replace(text, m => m.Groups["verb"].Value + m.Groups["rest"].Value);
        text = TopicCanRequestRegex().Replace(text, m => m.Groups["verb"].Value + " " + m.Groups["obj"].Value);
        // "that one settled already", "the ones I settled already" (Singlish "settle" = get it done): a completion word.
        text = SettledDoneRegex().Replace(text, "done");
        // "1 and 3 both done already", "the two forms both submitted": "both" only repeats the plural before it.
        text = BothBeforeDoneRegex().Replace(text, "");
        // "2 and 4 delete them", "1, 3 tick both": positions first, then the verb on a pronoun for them; the verb alone acts on all.
        text = PositionsThenVerbOnThemRegex().Replace(text, "");
        // "quick-quick add", "tomorrow morning early-early": Singlish doubles a word for emphasis; once says the same, and a
        // doubled "early"/"late" after a time only insists on it.
        // A doubled word that is no English is a name of its own ("tuk-tuk", "mahi-mahi") and stays.
        text = ReduplicationRegex().Replace(text, m => !UnknownWords.IsEnglish(m.Groups["w"].Value) ? m.Value
            : EmphaticTimeWords.Contains(m.Groups["w"].Value) ? "" : m.Groups["sp"].Value + m.Groups["w"].Value);
        // "exhaust hood not done actually, SP bill paid already": a closing "actually" only insists on the clause before the comma.
        text = ClauseFinalActuallyRegex().Replace(text, "");
        // "ngl i need to start the problem set", "finished the assignment no cap", "rent paid fr fr": gen-z stance words.
        text = StanceSlangRegex().Replace(text, "");
        // "uncheck number 2 wid ye", "tick off 2 and 4 please hen", "Reopen onegai.": a closing word that only asks nicely.
        text = PoliteClosingRegex().Replace(text, "");
        // "Delete number 2 please cariad", "what's on my list, love?", "Cariad, add …": a word of address to the listener.
        text = AddressWordRegex().Replace(text, "");
        // Southern US: "could y'all add …", "y'all can forget about X" ("y'all" = you, before a modal) and the double modal
        // "you might could add …" ("might" before could/should/can only hedges it).
        text = YallModalRegex().Replace(text, m => char.IsUpper(m.Value[0]) ? "You " : "you ");
        text = DoubleModalRegex().Replace(text, "");
        // "not so pressing" / "isn't so urgent": "so" only softens the word after it.
        // Hiberno-English: "I'm after calling the vet" (the "after" perfect: just done), "bin the last one so" (a closing
        // "so" = then), "the vet one is fierce important now" ("fierce"/"wicked" only strengthen the word after).
        text = AfterPerfectRegex().Replace(text, "${s} finished ");
        text = ClosingSoRegex().Replace(text, "");
        // "every blessed thing", "every last one", "every dang task": the word between "every" and the noun only insists.
        text = IntensifierRegex().Replace(text, "");
        // Spanish tags: "what's left for today, vale?" (okay?), "…, ¿verdad?", "now yes it's done" ("ahora sí": now it is).
        text = SpanishTagRegex().Replace(text, "");
        // "I marked it as done but no, it's not done yet" (Spanish "pero no"): the "no" only announces the denial after it.
        text = ButNoRegex().Replace(text, "but ");
        // Scots date words: "phone the GP the morra at 9", "the day after the morra", "gie Bruno his tablet the night",
        // "the night" is tonight only at the end of a phrase or before a time word ("the night at 9"); "for the night",
        // "all night", "the night shift", "pack the night bag" stay.
        text = ScotsTomorrowRegex().Replace(text, "tomorrow");
        text = ScotsTonightRegex().Replace(text, "tonight");
        // Scots "no" = not before a state: "flu jab's no done yet", "swap wi Fiona's no urgent noo", "done an' no done",
        // and before a level said as a contrast: "should be medium priority, no high".
        text = ScotsNotRegex().Replace(text, "not");
        // "that's it done", "that's the washing done" (Scots and northern English): the thing is done now.
        text = ThatsItDoneRegex().Replace(text, "${x} is ${s}");
        // "push the boiler to tomorrow, make it low priority too": "too" after an edit's value adds nothing.
        text = TrailingTooRegex().Replace(text, "");
        // "take the parkhead game aff ma list", "got the dug food": "ma" = my and "dug" = dog only where nothing else fits.
        text = ScotsMyListRegex().Replace(text, "my");
        text = ScotsDogRegex().Replace(text, "dog");
        // "incident report's wrote up": "wrote" as the participle.
        text = WroteUpRegex().Replace(text, "written");
        // "that's that one done", "that's this one sorted" (British): the same as "that one's done".
        text = ThatsPronounDoneRegex().Replace(text, "");
        // "Delete last one", "reopen first one": a position said without its article.
        text = PositionArticleRegex().Replace(text, "the ");
        // "p1 one is done, yalla", "urgent one finished": a task picked by its level or state, said without its article.
        text = DetailOneArticleRegex().Replace(text, "the ");
        // "arnona not paid actually, mark as not done": the state said without its task after a report names the task just
        // reported, the same as "…, reopen". "put back the movers quotes, Dana wants more options, not done": after a reopen
        // verb, a closing "not done" only repeats it.
        text = ObjectlessNotDoneRegex().Replace(text, ", reopen");
        text = ReopenThenNotDoneRegex().Replace(text, "");
        // "number 2 - trash, not relevant anymore", "scratch the gala one, we don't need it": a closing reason after a delete only
        // explains it; it is no clause of its own.
        text = ReasonAfterDeleteRegex().Replace(text, "");
        // "Do I have overdue tasks? Please tell me honestly.": asking again to be told adds nothing to the question.
        text = TellMeAfterQuestionRegex().Replace(text, "?");
        // "only the high priority ones, don't show me nothing else", "just today's, nothing else": after a listing's filters, a
        // closing "nothing else" only insists on them. "From that list, trash 1 and 2": positions always mean the last list.
        text = NothingElseRegex().Replace(text, "");
        text = FromThatListRegex().Replace(text, "");
        text = PatoisMyRegex().Replace(text, "my");
        // "remind mi fi call Sista Joy", "show mi weh due": after a verb or a preposition "mi" is "me"; "tek it weh" (away).
        text = PatoisMeRegex().Replace(text, "me");
        text = PatoisAwayRegex().Replace(text, "away");
        text = PatoisForGoodRegex().Replace(text, "for ");
        text = PatoisIRegex().Replace(text, "I");
        // "mi behind pon anyting?" (no "am"): asking whether one is behind.
        text = PatoisBehindRegex().Replace(text, "am I behind");
        text = EmojiJoinerRegex().Replace(text, "");
        text = TrailingEmojiRegex().Replace(text, "");
        // "finally done with the attrition report 😮‍💨 going home": a face between two stretches of words ends a sentence.
        text = MidEmojiRegex().Replace(text, ". ");
        // "the library books are still in the hall 🙈 not done", "the tape is still in my car. not done": a bare "not done"
        // closing a statement that the thing is still where it was says the task that statement names is not done; it is no
        // sentence of its own (alone, it has no task). Other statements before it ("X got handed back. not done") already work.
        text = NotDoneSentenceRegex().Replace(text, ", so ");
        text = TagalogRemindRegex().Replace(text, "remind me");
        // "at half past four in the afternoon", "quarter to nine in the morning": a clock time said the way it is spoken.
        text = SpokenClock.Normalise(text);
        // "dog park tonight at 7 instead": after tonight or evening, 1 to 11 o'clock is in the evening, wherever the time is read.
        text = EveningHourRegex().Replace(text, m => int.Parse(m.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 11 ? m.Value + "pm" : m.Value);
        // "Search my tasks four the water heater", "change priority of X four medium": speech-to-text writes "for" as "four"
        // before a word no count goes with.
        // "change priority of X four medium": there the word heard was "to".
        text = FourForRegex().Replace(text, m => m.Groups["level"].Success && text[..m.Index].Contains("priorit", StringComparison.OrdinalIgnoreCase) ? "to"
            : char.IsUpper(m.Value[0]) ? "For" : "for");
        // Caribbean "real", Cornish "gert", West Country "proper" = very before a word of weight or time: "it real urgent", "gert
        // important", "proper early".
        text = RealIntensifierRegex().Replace(text, m => char.IsUpper(m.Value[0]) ? "Very " : "very ");
        // "dentist 4 Bảo booked", "anything 4 today?", "add sth 4 me": texting's "4" for "for" before a day, a pronoun or a name (never a position: "number 4 I did").
        text = TextingForRegex().Replace(text, "for");
        // "read to me what is on my list", "please read the finished tasks": reading the list out is showing it.
        text = ReadOutListRegex().Replace(text, "show me ");
        // Indian and Pakistani office English: "kindly revert back with full list" (reply with it) asks to be shown it.
        text = RevertWithListRegex().Replace(text, "show me ");
        // "show me the complete list", "revert with my complete task list": the whole list, not the completed tasks.
        text = CompleteListRegex().Replace(text, "full");
        // "that ones done", "this ones finished": "one's" typed without its apostrophe.
        text = OnesDoneRegex().Replace(text, "one's");
        text = TagalogPleasePrefixRegex().Replace(text, "please ");
        // "the coaching deck, tapos na!" (Tagalog: finished already); "high prio lang pls" (lang = only).
        text = TagalogDoneRegex().Replace(text, "done");
        text = TagalogOnlyRegex().Replace(text, " only");
        text = ForeignFillerRegex().Replace(text, "");
        // "move it to thursday same hour", "shift it to sunday, same time": a new date keeps the task's time anyway, so
        // "the same time" after it adds nothing (and "same hour" was read as words of the task).
        text = SameTimeRegex().Replace(text, "");
        // "everything with the fabric supplier", "everything about the launch" (no question mark): a whole clause that only names
        // what the tasks are about asks for them too.
        // "something high priority for today?", "something tagged hockey?": a question made of filters asks for a listing;
        // "is it something about fire safety?", "everything with the roofer?": a question about a word asks for a search.
        text = SomethingFilterQuestionRegex().Replace(text, "anything ");
        // "Even put it on the list", "Even the list please" (Dutch "even" = just, for a moment): a softener at the start of a
        // request, before a verb or "the list", never a word of the task.
        text = EvenSoftenerRegex().Replace(text, "");
        // "anything for sat?": after a preposition "sat" is the day, not the verb.
        text = SaturdayRegex().Replace(text, "saturday");
        // "call umma sun morning": before a time of day, "sun" is the day.
        text = DayBeforeTimeRegex().Replace(text, m => m.Value.StartsWith('s') || m.Value.StartsWith('S') ? (m.Value.Length == 3 && (m.Value[2] is 'n' or 'N') ? "sunday" : "saturday") : m.Value);
        // "i venmo'd jisoo", "uber'd home": a noun used as a verb takes "'d" for its past.
        text = ApostropheDRegex().Replace(text, "${w}ed");
        // "need make a call to dentist", "I need send photos to broker": "to" dropped before the verb (Slavic, adult-learner English).
        text = NeedBareVerbRegex().Replace(text, "${need} to ");
        text = PidginRequestRegex().Replace(text, "please ");
        // "I need that you move X to tomorrow", "I want that you add: …" (Hebrew "ani tsarich she-ata …", Russian "мне нужно, чтобы
        // ты …") and English "I need you to …": asking the listener to do it is the request itself, never a task of "you".
        text = NeedThatYouRegex().Replace(text, "please ");
        // "low priority, what there is?", "what still pending?": the question's verb left out or put last.
        text = WhatThereIsRegex().Replace(text, "what is there");
        text = WhatStillRegex().Replace(text, "what is ");
        // "tag the landlord mail also with admin" (German "auch"): "also" inside a tag request adds the tag, it starts no new clause.
        text = TagAlsoRegex().Replace(text, "${head} ");
        // "including finish ones", "also the finish ones": the base verb for the finished ones (Amharic-, Somali-shaped English).
        text = FinishOnesRegex().Replace(text, "finished");
        // "show all lab tasks, also the completed ones", "show me everything, even the done ones": "also"/"even" before the
        // done ones widens the listing ("including").
        text = AlsoDoneOnesRegex().Replace(text, ", including ");
        // "do it tomorrow itself", "low priority only", "today only" (Indian English emphasis) closing a request: the word only insists.
        // ("high priority only", "today only" alone ask for a listing: "only" goes only after a request that sets the value.)
        text = EmphasisAfterValueRegex().Replace(text, m => m.Value.TrimStart().StartsWith("itself", StringComparison.OrdinalIgnoreCase)
            || SetsValueRegex().IsMatch(text[..m.Index]) ? "" : m.Value);
        // "handouts, put back to todo": back to the to-do list ("todo" alone would read as a listing's status).
        text = BackToTodoRegex().Replace(text, "back on the list");
        // "clear out every single task i've got": "single" only insists.
        text = EverySingleRegex().Replace(text, "every");
        // "reopen #1 pls, not finish": after a request to reopen, "not finished" only says why.
        text = NotFinishedAfterReopenRegex().Replace(text, "");
        // "change X description to: use Dahabshiil": a colon after "to" only introduces the new text.
        text = FieldToColonRegex().Replace(text, "${to} ");
        // Spoken and phonetic forms (Yorkshire, dyslexic spelling; batch 119): "to morrow" is one word; "i av to …", "wot jobs av i
        // got" (have); "the last un", "the big un" (one); "it's dun", "all dun" (done); "both of em" (them); "off me list" (my).
        text = SpokenFormsRegex().Replace(text, m => m.Groups["tomorrow"].Success ? "tomorrow" : m.Groups["have"].Success ? "have" : m.Groups["one"].Success ? "one"
            : m.Groups["done"].Success ? "done" : m.Groups["them"].Success ? "them" : "my");
        // "Finally the overdue task is done.": a sentence-first "finally" only sets the tone.
        text = LeadingFinallyRegex().Replace(text, "");
        // "#3 gotovo = done": a word of the other language glossed in English reads "done = done" once both are English.
        return FrontedWordOrder.Normalise(DialectGrammar.Normalise(SelfGlossRegex().Replace(WordRegex().Replace(text, match =>
        {
            var word = match.Value;
            // "the songthaew for Wat Umong": a capitalised word inside the sentence is a name, never texting shorthand.
            if (Known.TryGetValue(word, out var replacement) && !(char.IsUpper(word[0]) && match.Index > 0 && NameShorthand.Contains(word)))
            {
                return replacement;
            }

            if (word.Length < 4 || Protected.Contains(word) || word.Any(char.IsDigit))
            {
                return word;
            }

            if (DroppedG(word) is { } full)
            {
                return full;
            }

            if (word.StartsWith("tom", StringComparison.OrdinalIgnoreCase) && word.Length >= 6 && EditDistance.Damerau(word.ToLowerInvariant(), "tomorrow") <= 2)
            {
                return "tomorrow";
            }

            // "put back the timesheets, Marek didn't sign": a capitalised word inside a sentence is a name, not "mark"; so is one first
            // in a sentence that names someone of the person's own tasks.
            if (char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower) && (!AtSentenceStart(text, match.Index) || isName?.Invoke(word) == true))
            {
                return word;
            }

            foreach (var candidate in Vocabulary)
            {
                if (candidate.Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    return word;
                }
            }

            // "mvoe the seocnd one", "frist one done": two letters swapped in a short word that says what to do or which one; only
            // a swap (never an added or dropped letter: "moved", "firsts" and "seconds" are words of their own).
            foreach (var candidate in TranspositionOnly)
            {
                if (word.Length == candidate.Length && !word.Equals(candidate, StringComparison.OrdinalIgnoreCase) && IsTransposition(word.ToLowerInvariant(), candidate))
                {
                    return candidate;
                }
            }

            foreach (var candidate in Vocabulary)
            {
                if (Math.Abs(candidate.Length - word.Length) <= 1 && candidate[0] == char.ToLowerInvariant(word[0])
                    && EditDistance.Damerau(word.ToLowerInvariant(), candidate) == 1
                    && (word.Length >= 5 || IsTransposition(word.ToLowerInvariant(), candidate)))
                {
                    return candidate;
                }
            }

            return word;
        }), "${w}")));
    }

    private static bool AtSentenceStart(string text, int index)
    {
        var before = text[..index].TrimEnd();
        return before.Length == 0 || before[^1] is '.' or '!' or '?' or ':' or ';' or '\n' or '-' or '\u2014' or '\u2013' or '"';
    }

    private static bool IsTransposition(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var diffs = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
        return diffs.Count == 2 && diffs[1] == diffs[0] + 1 && a[diffs[0]] == b[diffs[1]] && a[diffs[1]] == b[diffs[0]];
    }

    // "vale, add …" (Spanish "okay"), "scratch the durian lah", "…, Sat, can or not?" (Singlish "is that possible?"):
    // discourse particles and question tags that only set the tone of a request.
    // Egyptian Arabic "yalla" (come on / next) opens or closes a request; "ya basha", "ya habibi" call the listener.
    // Ukrainian/Polish "tak" (yes, so) after a comma closes a request ("the last one done, tak").
    // Vietnamese "dạ" (polite yes), "ôi"/"ơi" (oh; a call to someone: "em ơi") open a message; "nha"/"nhé"/"nhe" (okay?) and
    // "rồi" (already) close a request or a report and only set its tone.
    // Glaswegian "gonnae …" (would you …) and "aye go on then, …" open a request.
    // "ạ"/"dạ" after a request or report ("rent paid ạ", "uncheck the payslip one dạ") only make it polite.
    // Brazilian Portuguese "tá" (okay), "gente" (folks), "oiii" (hi) open a request.
    // Singlish exclamations after a request or report ("renewed liao, shiok", "renew the licence by friday, jialat if I
    // forget") only say how the writer feels.
    // Japanese "sumimasen" (excuse me), "gomen(nasai)" (sorry) open a request; Singlish "eh" ("Eh show the completed ones leh") too.
    // Hebrew "nu," (so? / come on) opens a request, only before a comma or "!"; "toda (raba)" (thanks) and "tov" (good) after a
    // comma close one ("the dentist one, toda", "number 3 done, tov").
    // Mandarin "aiyo"/"aiya" opens one like "eh"; "ma" (嗎) closes a question ("friday got anything ma?"), only right before the question mark.
    // Trinidadian openers "boss,", "boy,", "steups" (a kiss of the teeth), "allyuh" (you all; "allyuh bot,"), "eh eh"; a closing
    // "boss" calls the listener like "mate" ("task 2 done boss"; "email the boss" keeps it), a closing "eh" only asks for
    // agreement, and "leh we see" / "let's see" after a listing only says the writer is waiting for it.
    // Newfoundland "b'y" (boy: "yes b'y, …", "wha's on me list b'y") and "luh," (look) only set the tone.
    // Southern endearments open ("Baby, search for insurance") or close a request ("put it on the list for me sugar") — closing
    // only after a word that ends a request, so "buy sugar" keeps its sugar.
    // Thai polite particles "ka"/"kha" and "krub"/"khrap" close a sentence ("number 3 change to tomorrow ka", "trash it krub").
    // South African openers "eish", "ag man", "nee" (no), "ja" (yes), "howzit boet" and "lekker,"/"sharp,"/"shot," (great/OK/thanks)
    // before a comma; texting "nvm" and "wait" before a request ("wait, reopen …", "wait add …").
    // London "bruv", "blud", "oi bruv" open a request ("bruv add …"); so do Shona "mhoro"/"ndeipi" (hi), "ndapota" (please),
    // "shamwari" (friend, also closing), a closing "neh", "please assist," and Appalachian "shoot,"; Danish "nå,", "øh,", "hov,",
    // "ja ja,"; Nepali "ji"/"hajur" (polite, opening or closing) and "dai"/"bhai"/"didi" (brother, sister) before a request.
    // Scouse "ey"/"ey la" opens a request ("ey la add …"; Yorkshire "ey up" is a greeting and stays); a closing "lad" calls the listener, like "mate" ("which ones say X lad"), but "a card for the new lad" keeps it.
    [GeneratedRegex(@"^\s*(?:(?:sugar|hon|honey|baby|babe|darlin['’g]?|darling)(?=\s*,)|(?:yes\s+|no\s+)?b['’]y(?=\s*[,!])|luh(?=\s*[,!])|yo|eish|ag\s+man|ag(?=\s*[,!])|nee(?:\s+wait)?|ja(?:\s+nee)?|nvm|nevermind|wait(?=\s*[,!]|\s+(?:add|remove|delete|reopen|undo|uncheck|untick|move|mark|change|put|make|scratch|cancel|actually|what|show|list)\b)|(?:lekker|sharp|shot)(?=\s*[,!])|eh(?:\s+eh)?|aiyo+h?|aiya+h?|howzit(?:\s+(?:boet|bru|bra|my\s+bru))?|shoots|boss(?=\s*[,!])|boy(?=\s*[,!])|steups+|allyuh(?:\s+bot)?|ho(?=\s*[,!])|brah|bruv|blud|oi\s+(?:bruv|mate)|(?:alright|all\s+right|ey\s+up|now\s+then)\s+(?:pal|mate|our\s+kid|ar\s+kid)|mhoro|ndeipi|ndapota|shamwari|nå|na(?=\s*,)|øh|hov|ja\s+ja(?=\s*[,!])|okay\s+okay(?=\s*[,!])|ji|hajur|(?:dai|bhai|didi)(?=\s*[,!]|\s+(?:please|pls|kindly|just|show|list|add|put|delete|remove|trash|move|mark|tick|check|make|change|what|which|any)\b)|shoot(?=\s*[,!])|(?:(?:please|kindly)\s+)?assist(?=\s*[,!])|ey(?!\s+up\b)(?:\s+la)?|k|kk|now\s+then|right\s+then|ych\s+a\s+fi|sumimasen|suimasen|gomen(?:nasai)?|gonnae|(?:aye\s+)?go\s+on\s+then|(?:ah\s+)?go\s+on(?=\s*[,!])|sure\s+look(?=\s*[,!])|god\s+help\s+(?:us|me)(?=\s*[,!])|grand(?=\s*[,!])|oi+e?|tá|gente|vale|venga|noch\s+schnell|schnell|dạ|ôi|ơi|(?:em|chị|anh|cô)\s+ơi|yalla|oya|righto|rightio|strewth|crikey|bugger|mate|sige|ay\s+nak[ou]|hay\s+nak[ou]|nak[ou]|(?:kuya|ate|manong)\s+bot|bot)\b[\s,!:]+(?=\w)|(?<=\S)\s+(?:ha|sige)(?=\s*(?:[,.!?]|$))|[\s,]+yalla(?:\s+next)?(?=[\s.!]*$)|[\s,]+god\s+help\s+(?:us|me)(?=[\s.!]*$)|\s+ya\s+(?:basha|habibi|habibti|akhi|ukhti|rayes|m[ao]allem)\b|(?<=\S)\s+(?:nha|nhé|nhe|rồi|ơi|ạ|dạ)(?![\w'’-])|\s+o+(?=\s*[,.!?]|\s*$)|[\s,]+next(?=[\s.!]*$)(?<=,\s*next)|\s+sharp\s+sharp\b|\s+(?:lah|leh|lor)\b|\s+ma(?=\s*\?+\s*$)|(?<=\b(?:me|us|you|please|pls|thanks|today|tonight|tomorrow|list|it|that|them)),?\s+(?:sugar|hon|honey|baby|babe|darlin['’g]?|darling)(?=\s*[.!?]*\s*$)|,?\s+b['’]y(?=\s*[.!?]*\s*$)|\s+(?:la|ah|ar|wor|bab|bredrin|eh|ka|kha|khrap|khrup|krap|krub|khrub|neh|shamwari|ji|hajur)(?=\s*(?:[,.!?]|$|\p{So}|\p{Cs}))|[\s,]+(?:leh\s+we|let\s+(?:me|us)|let['’]s)\s+see(?=[\s.!]*$)|(?<!\b(?:my|a|an|the|his|her|our|your|their|this|that|with|to|for|and|me|us|call|email|mail|text|ask|tell|ring|phone|meet|see|pay|remind|message|thank|visit|new|big|old)\s+)\s+boss(?=\s*(?:[,.!?]|$)|\s*\p{So}|\s*\p{Cs})|(?<!\b(?:my|a|the|his|her|our|your|their|with|to|for|and|me|us|pen|old|best|new)\s+)\s+(?:mate|pal|cobber|bro|bruv|brah|bruddah|braddah|boi)(?=\s*(?:[,.!?]|$)|\s*\p{So}|\s*\p{Cs})|(?<!\b(?:my|a|an|the|his|her|our|your|their|this|that|me|us)(?:\s+[\p{L}'’-]+)?)\s+lad(?=\s*(?:[,.!?]|$))|\s*,\s*can\s+(?:or\s+not|anot)\s*\?*(?=\s*$)|\s*,\s*tak(?=[\s.!]*$)|[\s,]+(?:shiok|sian|jialat|alamak)(?:\s+if\s+[^,.;!?]{1,40})?(?=[\s.!]*$)|^\s*nu+\s*[,!]+\s*(?=\w)|\s*,\s*(?:toda(?:\s+raba)?|tov)(?=[\s.!]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex ParticleRegex();

    [GeneratedRegex(@"(?<=^\s*(?:(?:please|pls|plz|just|ok|so)\s+)*(?:bump|move|push|drop)\s+\S.*?)\s+(?:up|down)(?=\s+to\s+(?:a\s+)?(?:no|low|medium|high|urgent|normal|top|p[1-4])\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ParticleBeforeLevelRegex();

    [GeneratedRegex(@"\bthe\s+one\s+(?:that['’]?s|that\s+is|which\s+is|what['’]?s)\s+due\b", RegexOptions.IgnoreCase)]
    private static partial Regex OneThatIsDueRegex();

    [GeneratedRegex(@"\bwhat\s+all\b(?=\s+(?:is|are|i|we|do|have|has|tasks?|pending|due|left|open)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WhatAllRegex();

    [GeneratedRegex(@"(?<=\b(?:one|it|that|this|\d+(?:st|nd|rd|th)?))\s+also(?=\s+(?:done|finished|completed|complete|sorted|paid)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AlsoBeforeDoneRegex();

    [GeneratedRegex(@"(?<=\b(?:done|bought|paid|sent|finished|collected|booked|fixed|sorted|completed|cleaned|called|posted|returned|written|signed|printed|delivered))\s*,\s*(?:tick|check|mark)(?:\s+(?:it|that))?(?:\s+(?:off|done))?(?:\s+(?:pls|please|plz))?(?=[\s.!✓✔✅]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex TickAfterReportRegex();

    [GeneratedRegex(@"^(?<s>i|we)\s+finish(?=\s+\S.*\b(?:yesterday|already|just\s+now|last\s+night|this\s+morning)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PresentFinishPastRegex();

    // "low priority only", "urgent only" after an add: emphasis on the level, like "today only".
    [GeneratedRegex(@"(?<=\b\p{L}+\s+(?:today|tomorrow|tonight|yesterday|now|this\s+week|next\s+week|(?:this|today)\s+(?:morning|afternoon|evening)|\d{4}-\d{2}-\d{2}))\s+(?:only|itself)\b|(?<=,\s*(?:(?:low|medium|high|top)\s+(?:priority|prio)|urgent|p[1-4]))\s+only\b", RegexOptions.IgnoreCase)]
    private static partial Regex EmphaticOnlyRegex();

    // "finish the third one", "finish number 2": no new task is called that; "finish" before a position in a listing completes it.
    [GeneratedRegex(@"\b(?<v>finish|wrap|tick|check|cross)\s+up\s+(?=(?:number|no\.?|#)\s*\d|\d{1,2}\b)|^\s*(?:please\s+)?finish\s+(?=(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|last|\d{1,2}(?:st|nd|rd|th))\s+(?:one|task|item)\s*[.!]*\s*$|(?:number|no\.?|#)\s*\d{1,2}\s*[.!]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex FinishUpPositionRegex();

    // "add this - get the cycle puncture fixed", "add this: …": "this" before a colon or dash announces the one task after it.
    // The count may also stand alone or with its noun ("add three: A, B, C", "add 2 tasks: …"; Hungarian "adj hozzá hármat"),
    // never a clock time ("add 3:30 dentist").
    [GeneratedRegex(@"^\s*(?<a>(?:please\s+)?add)\s+(?:(?:these|the\s+following|following)(?:\s+(?:\d{1,2}|two|three|four|five|six|seven|eight))?(?:\s+(?:tasks?|things|items|todos?|to-dos?))?\s*:|(?:\d{1,2}|two|three|four|five|six|seven|eight)(?:\s+(?:(?:new|more)\s+)?(?:tasks?|things|items|todos?|to-dos?))?\s*:(?!\d)|this(?:\s+(?:one|task|item))?\s*(?::|\s[-\u2013\u2014]))\s*(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex AddTheseRegex();

    [GeneratedRegex(@"\b(?<v>finish(?:ed)?|wrap(?:ped)?|tidy|tidied)\s+(?<o>it|that|this|them|that\s+one|this\s+one)\s+up\b", RegexOptions.IgnoreCase)]
    private static partial Regex FinishedUpRegex();

    [GeneratedRegex(@"(?<=^\s*)(?<when>(?:next|this)\s+(?:week|month|weekend)|today|tomorrow|tonight|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\s+how\s*[,?]\s*(?=what|which|anything)", RegexOptions.IgnoreCase)]
    private static partial Regex TimeHowRegex();

    [GeneratedRegex(@"(?<=^\s*)(?<when>(?:next|this)\s+(?:week|month|weekend)|today|tomorrow|tonight|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\s+(?:(?:schedule|plan|agenda)\s+)?how\s*\?", RegexOptions.IgnoreCase)]
    private static partial Regex TimeHowQuestionRegex();

    [GeneratedRegex(@"^\s*[\p{L}]+\s*(?:\.{2,}|…)\s*(?:i\s+mean|i\s+meant)\b[\s,:]*(?=\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex SlipThenIMeanRegex();

    [GeneratedRegex(@"^\s*(?!(?:add|put|remind|delete|remove|drop|cancel|move|push|mark|tick|check|reopen|set|change|make|rename|tag|complete|finish|what|which|can|could|do|does|please|pls)\b)(?<x>[^.!;]{2,60}?)(?:\s*[,?]\s*|\s+)(?:(?:please|pls|plz)\s+show(?:\s+(?:me|us))?|show\s+(?:me|us)(?:\s+(?:please|pls|plz))?|(?<=\b(?:ones|tasks|things|stuff|items|everything|all)\s+|#[\w-]+\s+)(?:give\s+(?:me|us)|gimme)(?:\s+(?:please|pls|plz))?|show\s+(?:please|pls|plz)|(?<=(?:,\s*|\b(?:ones|tasks|things|stuff|everything|all|items|also|incl\.?|including)\s+|#[\w-]+\s+))show)(?<tail>\s*,\s*(?:also|incl\.?|including|with|plus|and|even)\s+[^.!;,]{2,40}?)?[\s.!?~^]*$", RegexOptions.IgnoreCase)]
    private static partial Regex TopicShowRegex();

    [GeneratedRegex(@"^\s*(?<when>(?:next|this)\s+(?:week|month|weekend)|today|tomorrow|tonight|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))[\s,]+i\s+have\s+(?:something|anything)\s*\?+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex WhenIHaveRegex();

    // The day a question asks about: "today i have what", "saturday plan what?", "friday tasks?".
    private const string AskedDay = @"(?:next|this)\s+(?:week|month|weekend)|today|tomorrow|tonight|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day";

    [GeneratedRegex(@"^\s*(?<when>" + AskedDay + @")[\s,]+(?:(?:i|we)\s+)?(?:(?:have|got|plan|planned|schedule|agenda|tasks?|jobs?)\s+)?what(?:\s+(?:to\s+do|tasks?|things?|jobs?))?\s*\?*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex WhatLastRegex();

    [GeneratedRegex(@"(?<=\S\s+)finish(?=\s+already\b)", RegexOptions.IgnoreCase)]
    private static partial Regex FinishAsDoneRegex();

    [GeneratedRegex(@"^\s*#?(?<tag>[\p{L}\d_-]{2,30})\s+tag(?:ged)?[\s,]+what\s+(?:is\s+|are\s+)?(?:still\s+)?(?:left|pending|open|remains?|remaining|to\s+do|not\s+done)\s*\?*\s*$|^\s*#?(?<tag>[\p{L}\d_-]{2,30})\s+tag(?:ged)?\s+(?:tasks?|ones|stuff|things|jobs)?\s*what(?:\s+(?:is|are|got|have|there))?\s*\?*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TagWhatLeftRegex();

    [GeneratedRegex(@"^\s*(?<when>" + AskedDay + @"|tmrw|tmr|tmw)(?:['’]s)?\s+(?:list|tasks|todos?|to-dos?|schedule|agenda|plan|jobs)\s*\??\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DayListRegex();

    [GeneratedRegex(@"^\s*(?:show\s+(?:me\s+)?|any\s+)?(?<x>[\p{L}\d-]{3,30})\s+related\s+(?:tasks?|ones?|stuff|things?|jobs?)(?:\s+(?:got|have|there|pls|please))?\s*\??\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedTasksRegex();

    [GeneratedRegex(@"^\s*(?:show\s+(?:me\s+)?)?(?:the\s+)?(?<x>#?[\p{L}\d-]{2,30})\s+ones\s+(?:that\s+are\s+|which\s+are\s+)?(?:still\s+)?not\s+(?:yet\s+)?(?:done|finish|finished|complete|completed)(?:\s+yet)?\s*\??\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OnesNotDoneRegex();

    [GeneratedRegex(@"^\s*(?:ħa|ha)\s+nara\b[\s,:]*", RegexOptions.IgnoreCase)]
    private static partial Regex LetMeSeeRegex();

    [GeneratedRegex(@"^\s*(?<x>(?!(?:remind|add|put|delete|remove|move|mark|tick|show|list)\b)[^,;]{3,120}?)\s*[,;:-]+\s*(?:(?:pls|please|so|and|ok)\s+)?remind\s+me(?:\s+(?:about|of)\s+(?:it|that|this))?\s*[.!]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingRemindMeRegex();

    [GeneratedRegex(@"^\s*(?:show|list|give)\s+(?:me\s+)?(?<x>(?!(?:the|my|that|this|done|finished|completed|complete|pending|open|overdue|urgent|important|high|medium|low|top|all|every|today|tomorrow|tonight|new|old|last|first|second|third|fourth|fifth|next|other|recurring|repeating|due|undone|unfinished|closed|late|early|big|small|main|latest|remaining|p[1-4])\b)[\p{L}\d][\p{L}\d'’-]{1,30})\s+one\s*[?.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ShowWordOneRegex();

    // "what i have", "what we have open", "what i have still pending": the question's auxiliary left out.
    [GeneratedRegex(@"\bwhat\s+(?<s>i|we)\s+have(?=(?:\s+(?:still\s+)?(?:open|pending|left|outstanding|unfinished|undone|to\s+do))?\s*[?.!]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex WhatIHaveRegex();

    [GeneratedRegex(@"^\s*(?<topic>(?=(?:today|tonight|tomorrow|tmrw|this|next|for|on|#|(?:mon|tues|wednes|thurs|fri|satur|sun)day|high|medium|low|urgent|important|p[1-4]|overdue)\b|#)[^?.!;]{2,60}?)[\s,\-–—]+what\s+(?<s>i|we)\s+(?:have|must\s+do|need\s+to\s+do|should\s+do|have\s+to\s+do|got)\s*[?.!]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TopicWhatIHaveRegex();

    private const string CanVerbs = @"(?:add|put|delete|remove|drop|cancel|scratch|tick|mark|move|shift|push|postpone|change|rename|reopen|untick|show|list|tell)";

    [GeneratedRegex(@"(?<=^\s*|[.;!?]\s+)can\s+(?:(?:you\s+)?help\s+(?:me\s+)?)?(?<verb>" + CanVerbs + @")\b(?<rest>[^.;!?]*?)(?:\s+(?:or\s+not|anot)(?=\s*[.;!?]|\s*$)|(?=\s*[.;!]|\s*$))", RegexOptions.IgnoreCase)]
    private static partial Regex CanRequestRegex();

    [GeneratedRegex(@"(?<=^\s*|[.;!?]\s+)(?<obj>(?!can\b)[^,;.!?]{1,60}?)\s+can\s+(?<verb>remove|delete|drop|cancel|scratch|tick\s+off|reopen|untick)(?:\s+(?:already|liao|now))?(?=\s*[.;!?]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex TopicCanRequestRegex();

    [GeneratedRegex(@"(?<!\b(?:get|gets|getting|to|be)\s+)\bsettled(?=\s+(?:already|liao)\b|\s*[.!?]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex SettledDoneRegex();

    [GeneratedRegex(@"\s+both(?=\s+(?:(?:are|were)\s+)?(?:done|finished|completed|sorted|paid|submitted|sent|settled)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex BothBeforeDoneRegex();

    [GeneratedRegex(@"(?<sp>\s*)\b(?<w>[a-z]{3,})-\k<w>\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReduplicationRegex();

    private static readonly HashSet<string> EmphaticTimeWords = new(StringComparer.OrdinalIgnoreCase) { "early", "late" };

    [GeneratedRegex(@"(?<=\p{L})\s+actually(?=\s*[,;])", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseFinalActuallyRegex();

    // Said before or after a request or report only to vouch for it: "ngl" (not gonna lie), "fr" (for real), "istg" (I swear
    // to god), "deadass", "no cap" (no lie), "ong" (on god), "periodt". "fr" and "ong" only at the end, where no title word ends.
    [GeneratedRegex(@"^\s*(?:ngl|istg|deadass|fr\s+fr|frfr|lowkey|highkey|bruh)\b[\s,!.:]+(?=\w)|(?<=\S)[\s,]+(?:no\s+cap|fr(?:\s+fr)?|frfr|ong|on\s+god|istg|ngl|deadass|periodt?|fr\s+tho)(?=[\s!.]*$|\s*\p{So}|\s*\p{Cs})", RegexOptions.IgnoreCase)]
    private static partial Regex StanceSlangRegex();

    // Glaswegian "wid ye"/"will ye" (would you), "hen" (to a woman), "aye" (yes); Japanese "onegai(shimasu)" (please),
    // "yoroshiku (onegaishimasu)" (I leave it to you). "hen" after a determiner is the bird ("buy a hen").
    [GeneratedRegex(@"(?<=\S)[\s,]+(?:just\s+do\s+it|wid\s+ye|will\s+ye|(?<!\b(?:a|the|my|our|your|that|this)\s+)hen|aye|onegai(?:\s*shimasu)?|yoroshiku(?:\s+onegai(?:\s*shimasu)?)?)(?=\s*[.!?]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex PoliteClosingRegex();

    // Welsh "cariad" (love), "love", "pet", "petal", "darling", "babe" said to the listener at the end of a sentence or before its
    // request; after a determiner, a pronoun or a preposition the word is part of the task ("a card for my love", "things I love").
    // Southern US "hon", "shug", "darlin'" likewise; "sugar" and "honey" are also things to buy ("buy sugar"), so they call the
    // listener only after "please"/"thanks", before "?" after a comma, or as the opener ("Sugar, …", "Honey you could …").
    [GeneratedRegex(@"[\s,]+(?<!\b(?:a|an|the|my|our|your|his|her|their|that|this|of|in|i|we|you|they|to|for|with|and|would|really|so|puppy|true|first)[\s,]+)(?:cariad|love|lovey|pet|petal|hinny|hinnie|darling|darlin['’]?|babe|hun|hon|shug|sugar\s+pie|sweetheart|my\s+love|my\s+dear)(?=\s*[.!?]*\s*$|\s*[.!?]+\s)|(?<=\b(?:please|pls|thanks|thank\s+you))[\s,]+(?:sugar|honey)(?=\s*[.!?]*\s*$)|\s*,\s*(?:sugar|honey)(?=\s*\?+\s*$)|^\s*(?:cariad|love|lovey|petal|darling|darlin['’]?|babe|hun|hon|honey|sugar|shug|sweetheart|sweetie|dear|pet)\s*,\s*(?=\w)|^\s*(?:hon|honey|sugar|shug|darlin['’]?)\s+(?=(?:you|y['’]?all)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AddressWordRegex();

    [GeneratedRegex(@"\b(?:y['’]?all|ya['’]ll|you\s+all|allyuh)\s+(?=(?:can|could|may|might|would|will|please|just)\b)|(?<=\b(?:can|could|would|will|won['’]?t)\s+)(?:y['’]all|yall|ya['’]ll)\s+(?=\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex YallModalRegex();

    [GeneratedRegex(@"\bmight\s+(?=(?:could|should|can|oughta|ought\s+to)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DoubleModalRegex();

    [GeneratedRegex(@"\b(?:tonight|(?:this|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+evening)\s+(?:at\s+|@\s*)?(?<h>\d{1,2})(?::[0-5]\d)?\b(?!\s*(?:am|pm|a\.m|p\.m|o['’]?clock\s+in\s+the\s+morning)\b)(?![:.]?\d)(?!\s*(?:days?|weeks?|hours?|mins?|minutes?|people|of)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex EveningHourRegex();

    [GeneratedRegex(@"\b(?<s>i|we)\s*(?:['’]?m|['’]?re|\s+am|\s+are)\s+(?:just\s+|only\s+)?after\s+(?=[a-z]{2,}ing\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AfterPerfectRegex();

    [GeneratedRegex(@"(?<=\w)(?<!\b(?:do|did|does|done|think|thought|hope|said|say|says|so|more|even|why|and|or|not|is|if|just|only|told|guess|believe|reckon|suppose|expect)\s*)\s*,?\s+so(?=\s*[.!]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingSoRegex();

    [GeneratedRegex(@"\s*,\s*¿?(?:vale|venga|verdad|sí\s+o\s+no)\s*(?=\?*[\s.!]*$)|\s*,\s*¿?(?:no|s[ií])\s*(?=\?+\s*$)|^\s*(?:now|ahora)\s+(?:yes|sí|si)\b[\s,!]*(?=\w)", RegexOptions.IgnoreCase)]
    private static partial Regex SpanishTagRegex();

    [GeneratedRegex(@"\bbut\s+no\s*[,—–-]\s*(?=(?:it|that)(?:['’]s|\s+is|\s+was)\s+not\b|(?:it|that)\s+(?:isn['’]t|wasn['’]t)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ButNoRegex();

    [GeneratedRegex(@"\b(?:fierce|wicked|pure|dead|awful|proper)\s+(?=(?:important|urgent|pressing|busy|low|handy|grand)\b)|(?<=\b(?:not|n['’]t)\s+)so\s+(?=(?:important|urgent|pressing)\b)|(?<=\bevery\s+)(?:blessed|blest|last|dang|darn|durn|dadgum|gosh\s*darn|single|cotton[\s-]pickin['’g]?)\s+(?=(?:thing|task|item|todo|to-do|one|job|chore)s?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex IntensifierRegex();

    [GeneratedRegex(@"^\s*that['’]?s\s+(?=(?:that|this)\s+one\s+(?:done|sorted|dealt\s+with|finished|sorted\s+out|taken\s+care\s+of)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ThatsPronounDoneRegex();

    [GeneratedRegex(@"(?<=\b(?:delete|remove|trash|scratch|bin|drop|cancel|toss|ditch|scrap)\b[^,;.!?]*)\s*,\s*(?:(?:it['’]?s|it\s+is|that['’]?s|is)\s+)?(?:(?:not|no\s+longer)\s+(?:relevant|needed|necessary|required|happening)|(?:we|i)\s+(?:don['’]?t|do\s+not)\s+need\s+(?:it|that|this|them))(?:\s+(?:anymore|any\s+more))?(?=[\s.!]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonAfterDeleteRegex();

    [GeneratedRegex(@"(?<=\p{L})\s*,\s*(?:(?:please|pls|so|then)\s+)?(?:mark|set|put)\s+(?:as\s+|to\s+)?(?:not\s+done|undone|unfinished|incomplete|not\s+finished|not\s+complete(?:d)?)(?:\s+(?:yet|again|please|pls))*(?=[\s.!]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectlessNotDoneRegex();

    [GeneratedRegex(@"(?<=^\s*(?:(?:please|pls|ok|okay)\s+)?(?:put\s+back|bring\s+back|reopen|re-open|uncheck|untick|restore)\s+[^,;.!?]+(?:,[^,;.!?]+)?)\s*,\s*(?:(?:it['’]?s|it\s+is|is)\s+)?(?:still\s+)?not\s+done(?:\s+yet)?(?=[\s.!]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex ReopenThenNotDoneRegex();

    [GeneratedRegex(@"^\s*(?=(?:p[1-4]|(?:high|medium|low|top)[\s-]+(?:priority|prio)|urgent|important|overdue)\s+(?:one|task|item)(?:['’]s|\s+(?:is|was))?\s+(?:now\s+|already\s+|finally\s+)?(?:done|finished|completed|complete|sorted)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DetailOneArticleRegex();

    [GeneratedRegex(@"(?<=^\s*(?:delete|remove|reopen|uncheck|complete|finish|tick\s+off|mark|move|rename|cancel|drop)\s+)(?=(?:last|first|second|third|fourth|fifth)\s+(?:one|task|item)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PositionArticleRegex();

    [GeneratedRegex(@"(?<=\p{L})\s*[,;–—-]\s*(?:and\s+)?(?:(?:don['’]t|do\s+not|doh)\s+(?:show|give|list)\s+(?:me\s+|us\s+)?(?:nothing|anything)|nothing)\s+else(?:\s+(?:please|pls))?(?=[\s.!]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex NothingElseRegex();

    [GeneratedRegex(@"^\s*(?:from|off|on)\s+(?:that|the|this|your|dat)\s+(?:last\s+|same\s+)?list\s*,\s*(?=(?:delete|remove|drop|trash|scratch|bin|cancel|tick|check|mark|complete|finish|reopen|uncheck|untick|move|push|shift|make|rename|tag)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex FromThatListRegex();

    [GeneratedRegex(@"\?\s*(?:please\s+|pls\s+|just\s+)?(?:tell|let)\s+me(?:\s+know)?(?:\s+(?:honestly|frankly|straight|please|pls|thanks))*\s*[.!]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TellMeAfterQuestionRegex();


    // Fillers from the writer's other language that only soften or stress a request: Tagalog "po" (respect; lower
    // case only, "PO" is a purchase order), "naman", "pala" (it turns out), "nga", "lang", "talaga", a trailing "na"
    // (already / now), Indonesian and Malay "dong", "deh", "sih", "kok", laughter ("wkwk", "awokwok"), and kisses
    // ("#3 done x") at the end; Brazilian Portuguese "pfv"/"porfa" (please) and laughter ("kkkkk", "rsrs"); Turkish address
    // words "abi" (big brother), "kanka" (mate) and "lan" (lower case only; "Abi" is also the German school exam); Fijian "sa" (an
    // aspect marker: "number 2 sa done", "sa paid the fees") before a word of state.
    [GeneratedRegex(@"(?<=\S)\s+(?-i:sa)(?=\s+(?:done|paid|finish\w*|complete\w*|ready|fixed|sorted|over|gone|booked|sent|bought|at|cancell?ed)\b)|^\s*(?-i:sa)\s+(?=(?:done|paid|finish\w*|complete\w*|ready|fixed|sorted|booked|sent|bought)\b)|(?<=\S)\s+(?:(?-i:po)|naman|pala|nga|talaga|dong|deh|sih|kok|wk(?:wk)+\w*|awokwok\w*|pfv|pfvr|porfa|k{4,}|(?:rs){2,})\b(?!['’-])|(?<=\S)\s+(?:na|lang)(?=\s*(?:[,.!?;:—–]|\s-\s|$|\p{So}|\p{Cs}))|(?<=\S)\s+(?-i:na|ba)\b(?!['’-])|(?<=\S)(?<!\b(?:to|for|with|from|and|call|ask|tell|meet|visit|pay|text|measure|remind|fetch|collect))\s+(?-i:daw)\b(?!['’-])|(?<=\S)(?<!\b(?:my|his|her|your|our|their|the|to|for|with|and|call|visit|text|ask|tell)\s+)\s+(?-i:pa)\b(?!['’-])|(?<=\b[a-z]+)\s+(?-i:mo)(?=\s+(?-i:na)\b|\s*(?:[,.!?]|$))|(?<=\S)\s+(?-i:ko)(?=\s*(?:[,.!?]|$))|(?<=\S)\s+(?-i:x{1,3})(?=[\s.!]*$)|(?<=\S)\s+(?-i:abi|kanka|lan)\b(?!['’-])|^(?-i:abi|kanka)\b[\s,]+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignFillerRegex();

    // An opener ("ela", "endaxi"/"entaxi", "opa", "nai," and "re," with a comma: "re the invoice" is English "regarding";
    // "Ela's birthday" is a name), or "re", "ela", "endaxi" closing a clause ("anything for tomorrow re").
    [GeneratedRegex(@"^\s*(?:(?:ela|endaxi|entaxi|entaksi|opa|nai(?=\s*[,!])|re(?=\s*[,!])|(?<=\b(?:ela|endaxi|entaxi|opa)[\s,!]+)re)(?![\p{L}'’])[\s,!.:]*)+(?=\p{L})|(?<=\S)[\s,]+(?:re|ela|endaxi|entaxi)(?=\s*(?:[,.!?;]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex GreekFillerRegex();

    [GeneratedRegex(@"^\s*(?<p>asap|a\.s\.a\.p\.?|urgent|urgently|p1)[\s,:!\-–—]+(?<rest>(?:add|new\s+task|remind\s+me|put\s+down|put\s+in|note\s+down|jot\s+down)\s+.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingPriorityAddRegex();

    [GeneratedRegex(@"^\s*(?<p>(?:high|medium|low)\s+(?:priority|prio)|p[1-3])\s*[,:\-–—]+\s*(?<rest>\p{L}.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingLevelTaskRegex();

    [GeneratedRegex(@"(?<=\b(?:delete|remove|drop|cancel|bin|scratch|complete|finish|tick\s+off|check\s+off|mark|reopen|uncheck|move|push)\s+)both\s+(?:of\s+)?(?=(?:#|no\.?\s*|number\s+)?\d+\s*(?:and|&)\s*(?:#|no\.?\s*|number\s+)?\d+\b)", RegexOptions.IgnoreCase)]
    private static partial Regex BothPositionsRegex();

    [GeneratedRegex(@"(?<=^\s*(?:(?:#|no\.?\s*|number\s+)?\d{1,2}\s*(?:,|and|&|n)\s*)+(?:#|no\.?\s*|number\s+)?\d{1,2}\s+(?:delete|remove|drop|cancel|bin|scratch|trash|complete|finish|tick|check|reopen|uncheck|untick)(?:\s+off)?)\s+(?:them|both|those|these)(?:\s+both)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex PositionsThenVerbOnThemRegex();

    [GeneratedRegex(@"(?<=\b(?:not|isn['’]?t|wasn['’]?t|aren['’]?t)\s+(?:done|finished|sorted)(?:\s+yet)?)\s*[,;–—-]\s*(?:(?:the\s+)?[\p{L}'’]+\s+){0,2}(?:got|sent|gave|brought|delivered|came|forgot)\s+(?:me\s+|us\s+)?(?:the|a|an)\s+(?:wrong|bad|broken|faulty|old)\b[^,.;!?]*[.!]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonAfterNotDoneRegex();

    [GeneratedRegex(@"(?<=\b(?:today|tomorrow|tmrw|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|week|\d{1,2}(?:st|nd|rd|th)?)),?\s+(?:at\s+)?(?:the\s+)?same\s+(?:time|hour)(?:\s+as\s+(?:before|usual))?(?=\s*(?:[,.!;]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex SameTimeRegex();

    [GeneratedRegex(@"^\s*(?:(?:is|are)\s+(?:it|there)\s+)?(?:something|everything)\s+(?=(?:high|medium|low|urgent|important|p[1-4]|overdue|due|tagged|about|regarding|concerning|with|for\s+(?:today|tomorrow|tonight|this|next))\b[^.!;]*\?\s*$)|^\s*everything\s+(?=(?:about|regarding|concerning|involving|with|wid|wit|wi)\s+[^.!;?,]+[.!]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex SomethingFilterQuestionRegex();

    [GeneratedRegex(@"(?:^\s*|(?<=[.!?;]\s+))even\s+(?=(?:put|add|pop|write|note|show|list|check|mark|tick|delete|remove|move|change|set|make|give|do|reopen|rename|the\s+list|my\s+list|a\s+(?:reminder|task|new\s+task))\b)", RegexOptions.IgnoreCase)]
    private static partial Regex EvenSoftenerRegex();

    // Tagalog "paki-delete" / "pa-add" (please do …) before an English verb.
    [GeneratedRegex(@"\b(?:paki|pa)-?(?=(?:add|delete|remove|move|check|tick|mark|reopen|uncheck|untick|change|set|update|list|show|cancel|put|erase)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex TagalogPleasePrefixRegex();

    // "pa-remind po to take my vitamins": Tagalog "please remind (me)".
    [GeneratedRegex(@"\b(?:paki|pa)-?remind\b(?!\s+me\b)", RegexOptions.IgnoreCase)]
    private static partial Regex TagalogRemindRegex();

    [GeneratedRegex(@"\btapos\s+na\b", RegexOptions.IgnoreCase)]
    private static partial Regex TagalogDoneRegex();

    [GeneratedRegex(@"\s+lang(?=\s+(?:pls|plz|please|po)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex TagalogOnlyRegex();

    [GeneratedRegex(@"\s*,?\s+(?:also|even)\s+(?=(?:the\s+)?(?:done|finished|completed|closed|ticked)\s+ones?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AlsoDoneOnesRegex();

    [GeneratedRegex(@"(?<=\b(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|(?:high|medium|low|top)\s+(?:priority|prio)|p[1-3]|urgent))\s+(?:itself|only)(?=\s*(?:[,.;!?]|\.\.\.|$))", RegexOptions.IgnoreCase)]
    private static partial Regex EmphasisAfterValueRegex();

    [GeneratedRegex(@"\b(?:add|put|make|set|move|change|remind|push|shift|bump|schedule|mark|list)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SetsValueRegex();

    [GeneratedRegex(@"(?<=\b(?:put|bring|move|set|goes|go)(?:\s+(?:it|that|this|them))?\s+)back\s+(?:to|on|onto|in|into)\s+(?:the\s+|my\s+)?(?:todo|to-do|to\s+do)(?!\s+list)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BackToTodoRegex();

    [GeneratedRegex(@"\bevery\s+single\b", RegexOptions.IgnoreCase)]
    private static partial Regex EverySingleRegex();

    [GeneratedRegex(@"(?<=\b(?:the|including|include|with|also|plus|and)\s+)finish(?=\s+(?:ones|one|tasks|items|stuff|things)\b)|(?<=(?:^|,)\s*)finish(?=\s+ones?\s+(?:also|too|as\s+well|included)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex FinishOnesRegex();

    [GeneratedRegex(@"(?<=^\s*(?:(?:please|pls|plz|can\s+you|could\s+you)\s+)?(?:reopen|re-open|uncheck|untick|unmark|put\s+back|bring\s+back)\b[^,;.!?]*?)\s*,\s*(?:(?:it|that)(?:['’]s|\s+is)\s+|is\s+)?(?:still\s+)?not\s+(?:finish|finished|done|complete|completed)(?:\s+yet)?(?=[\s.!]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex NotFinishedAfterReopenRegex();

    [GeneratedRegex(@"(?<to>\b(?:description|desc|note|notes|title|name)\s+to)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex FieldToColonRegex();

    [GeneratedRegex(@"^\s*finally,?\s+(?=(?:the|my|number|task|#)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingFinallyRegex();

    // "put tag admin also on the bezeq one", "add the label errands too to the car service": the tag first, then "also" and the task.
    [GeneratedRegex(@"(?<head>\b(?:tag|label)\s+[^,;.!?]{1,60}?)\s+(?:also|too|as\s+well|additionally)\s+(?=(?:with|as)\s)|(?<head>\b(?:add|put|attach|stick|give|set)\s+(?:the\s+|a\s+)?(?:(?:tags?|labels?)\s+#?[\w-]+|#?[\w-]+\s+(?:tag|label)|#[\w-]+))\s+(?:also|too|as\s+well|additionally)\s+(?=(?:on|to|onto|for)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex TagAlsoRegex();

    [GeneratedRegex(@"(?<=^\s*|[.;!?]\s+)(?:(?:so|ok|okay|and|also|now)[\s,]+)?(?:i|we)\s+(?:really\s+|just\s+|also\s+)?(?:need|want|would\s+like|['’]d\s+like)\s+(?:that\s+you\s+(?:will\s+|would\s+|should\s+|shall\s+)?|you\s+to\s+)(?:please\s+)?(?=\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex NeedThatYouRegex();

    // Nigerian Pidgin "make you add …" (= could you add …) opens a request.
    [GeneratedRegex(@"^\s*(?:please\s+)?make\s+you\s+(?=[a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex PidginRequestRegex();

    // Joiners and variation selectors inside emoji ("😮‍💨", "✔️") would otherwise split them into two "words".
    // Jamaican Patois "mi" is "my" before a noun of the list ("pon mi list", "clear mi whole list") and "I" elsewhere
    // ("mi paid the TV licence", "mi never finish di gutters").
    [GeneratedRegex(@"\bmi\b(?=\s+(?:whole\s+|own\s+|to-?do\s+)?(?:list|lists|tasks?|todos?|to-?dos?|stuff|things?|ting)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PatoisMyRegex();

    [GeneratedRegex(@"(?<![\w'’-])mi(?![\w'’-])(?!\s*(?:\d|[,.!?;]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex PatoisIRegex();

    [GeneratedRegex(@"(?<=\b(?:remind|tell|show|give|gimme|help|let|ask|call|text|send|mek|make|fi|for|to|wid|with|from|bout|about)\s+)mi\b(?![\w'’-])", RegexOptions.IgnoreCase)]
    private static partial Regex PatoisMeRegex();

    [GeneratedRegex(@"(?<=\b(?:tek|take|trow|throw|fling|dash|run|go|gone|put|clear)\s+(?:it|dem|them|that|dat|this|dis)?\s*)weh\b", RegexOptions.IgnoreCase)]
    private static partial Regex PatoisAwayRegex();

    [GeneratedRegex(@"^\s*(?<s>I|we)\s+behind\b(?=\s+(?:on|with|in)\s+(?:anything|something|any|my|our)\b|\s*\?)", RegexOptions.IgnoreCase)]
    private static partial Regex PatoisBehindRegex();

    [GeneratedRegex(@"\b(?<p>(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d{1,2}(?:st|nd|rd|th))\s+(?:one|task|item|todo))\s+(?:of|on|in|from)\s+(?:the|my)\s+(?:(?:to-?do\s+)?list|tasks)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PositionOfListRegex();

    [GeneratedRegex(@"\s*,\s*(?:i|we)\s+(?:have|got)\s+(?:(?:very|so)\s+)?(?:little|no)\s+time(?:\s+(?:today|now))?(?=[\s.!]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex LittleTimeRegex();

    [GeneratedRegex(@"\bwhat\s+(?:(?<left>(?=left\b))|have(?=\s*\?))", RegexOptions.IgnoreCase)]
    private static partial Regex WhatLeftRegex();

    [GeneratedRegex(@"(?<=\b(?:done|finished|completed|paid|sent|bought|fixed|did|written)\s+)yesterday\s+(?:morning|afternoon|evening|night)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YesterdayPartRegex();

    [GeneratedRegex(@"(?<pre>^\s*|[.;!?]\s*)new\s+(?=[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:bought|arrived|delivered|installed|fitted|came|ordered|here|is\s+here)\s*[,.;!]\s*\S)", RegexOptions.IgnoreCase)]
    private static partial Regex NewThingGotRegex();

    [GeneratedRegex(@"\btoday\s+(?=(?:morning|afternoon|evening)\b)|(?<to>\bto\s+day\s+after\s+tomorrow\b)", RegexOptions.IgnoreCase)]
    private static partial Regex TodayMorningRegex();

    [GeneratedRegex(@"\b(?<w>\p{L}{2,})\s*=\s*\k<w>\b", RegexOptions.IgnoreCase)]
    private static partial Regex SelfGlossRegex();

    [GeneratedRegex(@"(?<=\b(?:make|mek)\s+(?:it|that|this|them)\s+(?:urgent|important|(?:high|medium|low|top)\s+prio(?:rity)?|p[1-4]))\s+now(?=\s*(?:[,.!?]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex NowAfterLevelRegex();

    [GeneratedRegex(@"(?<pre>^\s*)(?:(?:please|pls)\s+)?(?:put|add|write|pop|stick)\s+(?:(?:this|it)\s+)?(?:on|onto|to|in|into)\s+(?:my\s+|the\s+)?(?:to-?do\s+)?list\s*[-–—]+\s*(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex PutOnListDashRegex();

    private const string PositionWord = @"(?:#?\d{1,2}|(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|last)(?:\s+one)?)";

    [GeneratedRegex(@"^\s*(?<p>" + PositionWord + @"(?:\s*(?:,|and|&)\s*" + PositionWord + @")+)\s*[-–—:,]\s*(?<v>delete|remove|drop|trash|scrap|cancel|complete|finish|reopen|uncheck|untick|tick|check|mark|make|move|shift|postpone|push)\s+(?:them|both(?:\s+of\s+them)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PositionsThenThemRegex();

    [GeneratedRegex(@"(?<=\b(?:done|finished|completed|gatavs))\s*,\s*(?:done|finished|completed)\s+(?:both|all|them|both\s+of\s+them)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoneBothAgainRegex();

    [GeneratedRegex(@"(?<=\b(?:is|are|was|were)\s+)in\s+fact\s+", RegexOptions.IgnoreCase)]
    private static partial Regex IsInFactRegex();

    [GeneratedRegex(@"\bfi\s+(?=good\b|real\b|true\b|sure\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PatoisForGoodRegex();

    [GeneratedRegex(@"^\s*(?:where|in\s+which\s+(?:task|one))\s+(?:did\s+|have\s+)?(?:i|we)\s+(?:write|wrote|written|put|mention(?:ed)?|note(?:d)?|jot(?:ted)?(?:\s+down)?)\s+(?:about\s+|down\s+)?(?<x>[^?,.!]{2,60}?)\s*\??\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex WhereIWroteRegex();

    [GeneratedRegex(@"\b(?:the|that|this)\s+(?:task|one|item|todo)\s+(?:which|that|with|where)\s+(?:(?:had|has|have|was|is)\s+)?(?:a\s+|the\s+|its\s+)?(?:deadline|due\s+date|due)\s+(?:(?:is|was|on|for)\s+)?(?=(?:yesterday|today|tomorrow|tonight|mon|tue|wed|thu|fri|sat|sun|next|this|last|\d)\w*)", RegexOptions.IgnoreCase)]
    private static partial Regex WhichHadDeadlineRegex();

    [GeneratedRegex(@"^\s*(?:(?<x>[^\-–—:,]{3,80}?)\s+[-–—]|(?<x>(?:the|that|this|my)\s+[^\-–—:,]{2,76}?|#?\d{1,2})\s*,)\s+(?:please\s+|pls\s+)?(?:add|put|write|attach)\s+(?<y>DTOKEN\d+)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DashAddNoteRegex();

    [GeneratedRegex(@"(?<=^\s*(?:please\s+)?(?:remind\s+(?:me|us)|add)\b[^,.;!?]{0,40}?)\bfor\s+(?:the\s+)?(?<p>evening|afternoon|tonight)\b(?!\s+(?:of|shift|class|session|walk|run|news|service|prayers?|mass|meeting|show)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ForDayPartRegex();

    private static string? WordAfter(string text, int index)
    {
        var start = index;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return start < end ? text[start..end] : null;
    }

    private static string? WordBefore(string text, int index)
    {
        var end = index;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start < end ? text[start..end] : null;
    }

    [GeneratedRegex(@"[‍️]")]
    private static partial Regex EmojiJoinerRegex();

    // "fiets fixed finally 🚲", "still leaking 😤": a face or picture at the very end sets the mood (a 👍, ✅ or ✔ may mean "done").
    [GeneratedRegex(@"(?<=\S)\s*(?:(?!\uD83D\uDC4D)[\uD83C-\uD83E][\uDC00-\uDFFF])+\s*$")]
    private static partial Regex TrailingEmojiRegex();

    [GeneratedRegex(@"(?<=[\p{L}\p{N}])\s*(?:(?!\uD83D\uDC4D)[\uD83C-\uD83E][\uDC00-\uDFFF])+\s+(?=\p{L})")]
    private static partial Regex MidEmojiRegex();

    [GeneratedRegex(@"(?<=[\p{L}\p{N}])\s+(?:ㅠ+|ㅜ+|ㅋ+|T_T|;_;)(?:\s*(?:ㅠ+|ㅜ+|ㅋ+))*\s+(?=\p{L})")]
    private static partial Regex MidEmoticonRegex();

    [GeneratedRegex(@"(?<=^[^.!?]*\bstill\b[^.!?]*[\p{L}\p{N}])\s*[.!]+\s+(?=not\s+(?:done|finished|completed?|sorted)(?:\s+yet)?\s*[.!]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex NotDoneSentenceRegex();

    [GeneratedRegex(@"(?<=\b(?:for|on|by|till|until|this|next|before)\s+)sat\b", RegexOptions.IgnoreCase)]
    private static partial Regex SaturdayRegex();

    [GeneratedRegex(@"(?<![\p{L}\d'’-])(?<!(?<!^\s*|[.!?;:,]\s*)\b\p{Lu}[\p{L}'’.-]*\s+)(?<!\b(?:lo|la|el|los|las|al|del|una|un|uno|le|les|fin|antes|después|depois|esquecer|lembrar|parte|casa|fiesta|pain|crème|mise|coup|tour|pas|hors|chef|art|pièce|pastel|dulce|pico|queso|arroz|pan|tarta|contrat|carte|salle)\s+)(?<![\p{L}]*[À-ɏ][\p{L}]*\s+)(?:de|(?<=^\s*|[.!?;:]\s+)De)(?=\s+(?:[\p{L}\d#'’""]))(?!\s+(?:la|las|los|lo|le|les|el|mi|tu|su|nuestro|mayo|junio|enero|veras|nata|leche|\d+\s+(?:de|d['’]))\b)(?!\s+[\p{L}]*[À-ɏ])")]
    private static partial Regex TrinidadTheRegex();

    [GeneratedRegex(@"(?<![\p{L}\d'’-])(?:doh|(?<=^\s*|[.!?;:,]\s*)Doh)(?=\s+[a-z])")]
    private static partial Regex TrinidadDontRegex();

    [GeneratedRegex(@"(?<![\p{L}\d'’])[Tt]['’](?=\p{L})")]
    private static partial Regex YorkshireTheRegex();

    [GeneratedRegex(@"(?<![\p{L}\d'’])(?<p>[Ii]n|[Oo]n)t['’](?=\s+\p{L})")]
    private static partial Regex YorkshireInTheRegex();

    private const string DayWords = @"(?:today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|next|this|end|eod|eow|noon|midday|midnight|lunch|lunchtime|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|\d{1,4}(?:st|nd|rd|th)?)";

    [GeneratedRegex(@"\bany\s+road\b(?=\s*[,;:]|\s+(?:i|we|you|can|could|would|please|add|put|remind|delete|move|show)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AnyRoadRegex();

    [GeneratedRegex(@"\bwhile(?=\s+(?:" + DayWords + @"|the\s+(?:weekend|end|morning|afternoon|evening)|after\s+(?:today|tomorrow|the\s+weekend))\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WhileUntilRegex();

    [GeneratedRegex(@"(?<=\b(?:had|done|did|paid|finished|fixed|booked|sorted|posted|sent|renewed|cleaned|mended|collected|clear|wipe|empty|before|after)\s+)me(?=\s+(?!(?:a|an|the|some|any|one|two|up|down|in|out|off|on|back|round|over|through|to|into|all|ages|and|or|it|them|him|her|this|that|home|here|there|now|today|yesterday|tomorrow|again|too|as|for|with|by|at|about|first|last|right|wrong|a\s+favour|proud|happy|sick|nothing|everything|something)\b)\p{L}{3,})", RegexOptions.IgnoreCase)]
    private static partial Regex DoneVerbMyRegex();

    [GeneratedRegex(@"\b(?<v>tick|cross|check|knock|strike|scratch|mark|move|push|bump|take|put)\s+er\b(?=\s+(?:off|done|out|up|down|back|to|as|away)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex VerbErRegex();

    [GeneratedRegex(@"\b(?<v>tick|cross|check|mark|make|move|push|bump|put|set|take|delete|remove|drop|bin|scrap|reopen|uncheck|untick|knock|strike|finish|give|change|shift|kick|slide|tag|rename|sort)\s+em\b(?![\p{L}'’])|\b(?<v>got)\s+em(?=[\s.!]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex VerbEmRegex();

    [GeneratedRegex(@"(?<=\b(?:done|sorted|paid|booked|renewed|cancell?ed|handled|fixed|ordered|sent|arranged)\b)\s+(?:on|over|by|via|through|thru|with|in|using)\s+(?:the\s+|my\s+)?(?:dog(?:\s+and\s+bone)?|blower|phone|telephone|email|e-mail|web|internet|app|website|esewa|khalti|paypal|venmo|card|credit\s+card|debit\s+card|cash|bank\s+transfer|online\s+banking|mobile\s+banking|internet\s+banking|net\s+banking|online|upi|gpay|google\s+pay|apple\s+pay|m-?pesa)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoneByMediumRegex();

    [GeneratedRegex(@"(?<=\b(?:paid|payed|sent|transferred|booked|ordered|renewed|topped\s+up|recharged)\b[^,.;!?]{1,60}?)\s+(?:via|through|thru|using)\s+(?:the\s+|my\s+)?(?-i:\p{Lu})[\p{L}\d-]*(?:\s+(?:app|pay|wallet|banking))?(?=\s*(?:[,.;!?]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex ReportByServiceRegex();

    [GeneratedRegex(@"^(?<c>\s*(?:add|put|new\s+task:?|note|jot\s+down))\s+(?:[\p{So}\p{Cs}\uFE0F\u200D]+\s*)+(?=\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex CommandEmojiRegex();

    // A word with a Latin letter and a Cyrillic one.
    [GeneratedRegex(@"\b(?=[\p{L}]*\p{IsCyrillic})(?=[\p{L}]*[a-zA-Z])\p{L}+")]
    private static partial Regex MixedScriptRegex();

    private static readonly Dictionary<char, char> CyrillicLookalikes = new()
    {
        ['а'] = 'a', ['е'] = 'e', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['у'] = 'y', ['х'] = 'x', ['і'] = 'i', ['ј'] = 'j', ['ѕ'] = 's',
        ['А'] = 'A', ['В'] = 'B', ['Е'] = 'E', ['К'] = 'K', ['М'] = 'M', ['Н'] = 'H', ['О'] = 'O', ['Р'] = 'P', ['С'] = 'C', ['Т'] = 'T', ['Х'] = 'X', ['І'] = 'I',
    };

    [GeneratedRegex(@"(?<=\b(?:ordered|bought|borrowed|hired|rented|collected|fetched)(?:\s+(?:it|them|one|some))?\s+)off(?=\s+(?:the|a|an|my|our|his|her|their|(?-i:\p{Lu}))\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OffFromRegex();

    [GeneratedRegex(@"(?<=\p{L}(?:ed|en|\s+out|\s+up|\s+off|\s+done|\s+sorted))\s+(?:reet|proper|properly)(?=\s*(?:[,.!;]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex WellDoneAdverbRegex();

    [GeneratedRegex(@"\bdone\s+(?:with|wi['’]?)(?=\s*(?:[,.!;]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex DoneWithRegex();

    [GeneratedRegex(@"(?<=^\s*(?:please\s+)?(?:add|new\s+task:?|remind\s+me\s+to|(?:i|we)\s+(?:need|have|got)\s+to|i\s+must)\s+)by(?=\s+(?!(?:" + DayWords + @"|the|then|close|end)\b)\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex AddByBuyRegex();

    [GeneratedRegex(@"\b(?<r>remind)(?:\s+us\b(?=\s+(?:to|about|of|at|on|in|tomorrow|tonight|today)\b)|(?=\s+to\s+\p{L}))", RegexOptions.IgnoreCase)]
    private static partial Regex RemindUsRegex();

    [GeneratedRegex(@"\b(?:the\s+)?morra\b", RegexOptions.IgnoreCase)]
    private static partial Regex ScotsTomorrowRegex();

    [GeneratedRegex(@"(?<!\b(?:for|all|through|during|of|in|at|on|by|that|last|every|one|whole|a|per|about|aboot)\s+)\bthe\s+night\b(?=\s*(?:$|[,.;:!?)]|(?:at|around|about|aboot|if|when|once|and|an|or|but|so|then|too|as|please|pls|after|hen|noo|now|instead|sharp)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex ScotsTonightRegex();

    [GeneratedRegex(@"(?<!\b(?:there|here|that|what)['’]s\s+)(?<=(?:['’]s|\b(?:is|are|was|were|still|and|an['’]))\s+)no(?=\s+(?:done|finished|sorted|ready|urgent|important|needed|bought|paid|sent|in|\p{L}{3,}ed)\b)|(?<=\p{L}\s*,\s*)no(?=\s+(?:high|low|medium)\s*[.!]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex ScotsNotRegex();

    [GeneratedRegex(@"(?<=^|[,.;!?]\s*)that['’]s\s+(?<x>it|(?:the|my|ma|your|his|her|our)\s+(?!(?:only|last|first|one|lot|end|way|best|worst)\b)[\p{L}'’ -]{1,40}?)\s+(?<s>done|finished|sorted|paid|booked|sent|posted|away)(?=\s*(?:now|noo|at\s+last)?\s*[.!,;]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex ThatsItDoneRegex();

    [GeneratedRegex(@"(?<=\b(?:priority|prio|urgent|important|high|low|medium|p[1-4])\s*)\s+(?:too|as\s+well)(?=\s*[.!?]*\s*(?:[,;]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingTooRegex();

    [GeneratedRegex(@"\b(?:ma|meh)(?=\s+(?:list|lists|tasks?|stuff|jobs?|things|tings|todos?|to-dos?)\b)|(?<=\b(?:on|off|to|onto|from|in|of)\s+)me(?=\s+(?:list|lists|tasks|jobs|todos?|to-dos?)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ScotsMyListRegex();

    [GeneratedRegex(@"(?<=\b(?:the|my|ma|a|wee|his|her|our)\s+)dug(?=\s+(?:food|biscuits|bed|lead|bowl|walk|walker|groomer|toys?|treats?|bags?)\b|\s*[,.!?]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ScotsDogRegex();

    [GeneratedRegex(@"(?<=\p{L}['’]s\s+|\b(?:is|are|was|were|been)\s+)wrote(?=\s+up\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WroteUpRegex();

    [GeneratedRegex(@"^\s*ad\s+(?!(?:on|for|in|is|was|to)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingAdRegex();

    [GeneratedRegex(@"(?<=^\s*(?:(?:add|put|make|create|pls|please)\s+)*)dua\s+(?=(?:task|thing|item|job|reminder)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DuaTaskRegex();

    [GeneratedRegex(@"\b(?-i:pan)\s+(?=(?:mi|di|dat|dis)\b|(?:my|the)\s+(?:list|to-?do)\b)(?<on>)|\b(?-i:nuh|nah)\s+(?=(?:done|finish\w*|ready|pay|paid|fix|fixed)\b)(?<not>)|^(?-i:ah|me|mi)\s+(?=(?:have\s+to|haffi|want|need|gotta|must)\b)(?<i>)|(?<=\b(?:ones|things|tasks|jobs)\s+)(?-i:ah)\s+(?=(?:done|did|finish\w*)\b)(?<i>)|\b(?-i:nuh|nah)\s+(?=rush\b)(?<no>)|\bwah\s+(?=(?:rain|snow|storm|happen|be)\b)(?<will>)|(?<=\bhelp\s+(?:me|mi))\s+(?:nuh|nah)\b|(?<=\b(?:need|needs|want|have|got|gotta|going|gine|try|remember)\s+)(?-i:fuh)\s+(?=\p{L})(?<to>)|\b(?:mek|make)\s+me\s+see\s+(?<show>)|(?<=\bone)\s+(?-i:dem)\b(?<ones>)|(?<=^\s*|[,.;!?]\s*)(?-i:ah)\s+(?=(?:send|carry|take|deliver|pay|text|call|buy|fix|collect|pick|drop|clean|wash|book|order|unload|load|paint|bring|return|email|post|ship|visit|ring|renew|file|print|sign|submit|cash|deposit|sell|repair|change|meet|fetch)\b)(?<did>)", RegexOptions.IgnoreCase)]
    private static partial Regex KriolRegex();

    [GeneratedRegex(@"^\s*(?:(?:oh|oi|ah|argh|damn|oops)[\s,!]+)?i\s+(?:almost\s+|nearly\s+|totally\s+)?forgot\s*[,!:.—–-]+\s*(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex IForgotLeadRegex();

    [GeneratedRegex(@"^\s*#?(?<t>[\p{L}][\p{L}\d_-]*)\s+(?:tag|tagged|label)\s+(?:show|list)(?:\s+(?:me|pls|please))?\s*[?.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex TagShowRegex();

    [GeneratedRegex(@"^\s*(?<what>\S.*?)\s+(?:(?:chupinchu|chupinchandi|chupi|cheppu|cheppandi|show\s+(?:cheyyi|cheyyandi))|(?<ask>(?:lo|ki)?\s*(?:em|emi|enti|emiti)\s+(?:plan\s+|tasks?\s+|work\s+)?(?:undi|unnayi|unnai|unnadi)))(?:\s+andi)?[\s?.!\p{So}\p{Cs}\p{Mn}]*$", RegexOptions.IgnoreCase)]
    private static partial Regex TeluguListingRegex();

    [GeneratedRegex(@"(?<=\b(?:done|completed|finished|pending|urgent|important)\s+)aina\s+(?=(?:tasks?|ones?|items?|things?|work)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex TeluguAinaRegex();


    [GeneratedRegex(@"(?<=[\p{L}\d'’])\s*(?:→|->|=>|👉|➡️|➡)\s*(?=[\p{L}\d#])")]
    private static partial Regex ArrowRegex();

    [GeneratedRegex(@"\bwhat\s+(?:must|needs?\s+to|has\s+to|have\s+to|should|is\s+to|are\s+to)\s+be\s+done\b", RegexOptions.IgnoreCase)]
    private static partial Regex MustBeDoneRegex();

    [GeneratedRegex(@"^\s*(?<t>(?!(?:i|we|you|he|she|they|it|add|please|pls|can|could|remind|need|must|move|push|postpone|delay|make|set|change)\b)[\p{L}\d'’#-]+(?:\s+[\p{L}\d'’#-]+){0,4}?)\s+(?:(?<v>move|push|postpone|delay)\s+(?:(?<in>in)|by|for)\s+(?<span>(?:a|an|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?|months?))|(?:make|set|change)(?:\s+it)?(?:\s+to)?\s+(?<time>\d{1,2}[:.]\d{2}|\d{1,2}\s?(?:am|pm))(?:\s+instead(?:\s+of\s+\S+)?)?)\s*[.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex TopicSpanMoveRegex();

    [GeneratedRegex(@"\b(?:(?<tomorrow>to\s+morrow)|(?<=\b(?:i|we|you|they)\s+)(?<have>av)(?=\s+(?:to|got|done|finished|paid|sent)\b)|(?<have>av)(?=\s+(?:i|we|you)\s+got\b)|(?<=\b(?:the|last|first|second|third|next|other|big|little|new|old|that|this|top|bottom)\s+)(?<one>un)(?![\p{L}'’-])|(?<=\b(?:is|are|its|it's|all|been|got|get|be|was|were|that's|thats)\s+)(?<done>dun)(?![\p{L}'’-])|(?<=\b(?:of|both|all)\s+)(?<them>em)(?![\p{L}'’-])|(?<=\b(?:off|on|from|to|onto)\s+)(?<my>me)(?=\s+(?:list|todo|to-do|tasks)\b))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpokenFormsRegex();

    // Only whole ASCII words: inside "Réka" or "Szabó" the ASCII letters are no word of their own ("R" read as "are" made
    // "Call areéka"); a word with another letter in it is left as it is.
    [GeneratedRegex(@"(?<![\p{L}\p{M}])[A-Za-z0-9']+(?![\p{L}\p{M}])")]
    private static partial Regex WordRegex();

    [GeneratedRegex(@"(?<lead>^\s*|[,.;!?]\s+|\banyway\s+|\bso\s+)(?:put|stick|pop)\s+down\s+(?=(?<rest>\p{L}+\s))", RegexOptions.IgnoreCase)]
    private static partial Regex PutDownRegex();

    [GeneratedRegex(@"^(?<lead>\s*(?:please\s+|pls\s+)?)put\s+(?<rest>(?!(?:back|away|off|on|in|out|up|down|it|that|this|them)\b)\p{L}.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PutTaskRegex();
}
