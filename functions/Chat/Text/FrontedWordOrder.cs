using System.Text.RegularExpressions;

namespace TodoFunctions.Chat.Text;

/// <summary>
/// Verb-second word order carried over from German, Dutch and the Nordic languages (and topic-first English): the object or an adverbial is
/// said first and the subject and modal follow ("The grading I must delay by two days", "The midterm corrections I have
/// finished", "Next week I must fix the bike light", "For the choir I have to buy …"). Rewritten to the English order the
/// rules read: a fronted object with a modal becomes an imperative ("delay the grading by two days"), with "have" and a
/// participle a report ("I have finished the midterm corrections"), and a fronted adverbial moves behind the verb phrase.
/// Only at the start of a sentence and only with a determiner (object) or a time or "for" phrase (adverbial).
/// </summary>
public static partial class FrontedWordOrder
{
    public static string Normalise(string text)
    {
        if (text.Length > Safety.SafetyGuard.MaxLength)
        {
            return text;
        }

        // "on friday shall I change the gearbox oil", "tonight at 8 shall I send the list to Åse", "tomorrow must I fix the gate"
        // (Norwegian and Icelandic verb-second): a time said first, then the modal, the subject and the verb phrase. Rewritten "I
        // will change the gearbox oil on friday" ("shall" as "will"); only when all the words before the modal are a date or time,
        // and not before a determiner (German verb-last, "tomorrow must I the Ölwechsel do", is the next pattern's).
        text = TimeFirstModalRegex().Replace(text, m => Time.DateExpressionParser.IsWholeDateOrTime(m.Groups["adv"].Value)
            ? m.Groups["subj"].Value + " " + Modal(m.Groups["modal"].Value) + " " + m.Groups["rest"].Value.TrimEnd() + " " + m.Groups["adv"].Value.Trim()
            : m.Value);
        // "must I pay Þórður for the hay in 5 days, it is important": the same inversion with nothing before it; a question ("must I
        // pay it?") keeps its order.
        text = ModalFirstRegex().Replace(text, m => m.Groups["subj"].Value + " " + Modal(m.Groups["modal"].Value) + " ");
        // "I shall order a new impeller …": "shall" is "will" (the add rules read "I will …" as an intention).
        text = IShallRegex().Replace(text, "${subj} will ");
        // "this afternoon I need to drop off the frame": a time said first is no object ("drop this afternoon off …"); the
        // interpreter moves it behind the request.
        text = FrontedObjectModalRegex().Replace(text, m => Time.DateExpressionParser.IsWholeDateOrTime(m.Groups["obj"].Value) ? m.Value
            : m.Groups["verb"].Value + " " + Lower(m.Groups["obj"].Value) + m.Groups["rest"].Value);
        text = FrontedBareObjectModalRegex().Replace(text, m => (!m.Groups["comma"].Success && m.Groups["obj"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3)
            || Intents.AddParser.StartsWithImperative(m.Groups["obj"].Value) || Time.DateExpressionParser.IsWholeDateOrTime(m.Groups["obj"].Value) ? m.Value
            : m.Groups["verb"].Value + " " + Lower(m.Groups["obj"].Value) + m.Groups["rest"].Value);
        text = FrontedObjectPerfectRegex().Replace(text, m => m.Groups["subj"].Value + " have " + m.Groups["adv"].Value + m.Groups["part"].Value + " " + Lower(m.Groups["obj"].Value));
        text = InvertedModalRegex().Replace(text, m => m.Groups["subj"].Value + " " + m.Groups["modal"].Value + " " + m.Groups["verb"].Value + " " + Lower(m.Groups["obj"].Value) + (m.Groups["adv"].Success ? " " + Lower(m.Groups["adv"].Value.Trim()) : ""));
        text = FrontedObjectDoneItRegex().Replace(text, m => "I finished " + Lower(m.Groups["obj"].Value));
        text = FrontedObjectImperativeRegex().Replace(text, m => m.Groups["verb"].Value + " " + Lower(m.Groups["obj"].Value) + m.Groups["rest"].Value);
        text = FrontedObjectItIsDoneRegex().Replace(text, m => m.Groups["obj"].Value + " is done");
        text = FrontedObjectPastRegex().Replace(text, m => m.Groups["subj"].Value + " " + m.Groups["verb"].Value + " " + Lower(m.Groups["obj"].Value) + m.Groups["rest"].Value);
        text = FrontedObjectRegularPastRegex().Replace(text, m => m.Groups["subj"].Value + " " + m.Groups["verb"].Value + " " + Lower(m.Groups["obj"].Value) + m.Groups["rest"].Value);
        text = FrontedAdverbialRegex().Replace(text, m => m.Groups["subj"].Value + " " + m.Groups["modal"].Value + " " + m.Groups["body"].Value.TrimEnd() + " " + Lower(m.Groups["adv"].Value));
        text = SubjectlessFrontedRegex().Replace(text, m => (m.Groups["modal"].Value.Equals("got", StringComparison.OrdinalIgnoreCase) ? "" : "I " + m.Groups["modal"].Value + " ")
            + m.Groups["body"].Value.TrimEnd() + " " + Lower(m.Groups["adv"].Value));
        return text;
    }

    private static string Modal(string modal) => modal.Equals("shall", StringComparison.OrdinalIgnoreCase) ? "will" : modal;

    [GeneratedRegex(SentenceStart + @"(?<adv>[^,;.!?]{2,40}?)\s*,?\s+(?<modal>shall|must|should|need\s+to|have\s+to|will|have\s+got\s+to|got\s+to)\s+(?<subj>I|we)\s+(?<rest>(?!(?:not|never|be|the|a|an|my|our|this|that|it|them|still|also)\b)\p{L}[^,;.!?]*?)(?=\s*(?:[,;.!?]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex TimeFirstModalRegex();

    [GeneratedRegex(@"(?<=^\s*|[.;!?]\s*)(?<modal>must|shall|need\s+to|have\s+to)\s+(?<subj>I|we)\s+(?=(?!(?:not|never|be|the|a|an|my|our|this|that|it|them|still|also)\b)\p{L}[^?]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex ModalFirstRegex();

    [GeneratedRegex(@"(?<=^\s*|[,.;!?]\s*)(?<subj>I|we)\s+shall\s+(?=(?!(?:not|never|be|see|have)\b)\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex IShallRegex();

    private static string Lower(string phrase) =>
        phrase.Length > 0 && char.IsUpper(phrase[0]) && (phrase.Length == 1 || !char.IsUpper(phrase[1])) ? char.ToLowerInvariant(phrase[0]) + phrase[1..] : phrase;

    // Words that end a task's name said first: a subject, a copula or modal, a negation, a state ("that wasn't finished after all,
    // reopen it" and "that one you can delete it" are not names).
    private const string NotInName = @"(?:(?:i|we|you|he|she|they|it|them|is|are|was|were|has|have|had|can|could|will|would|must|should|not|never|kindly|please|pls|\p{L}+n['’]t|done|finished|completed|complete|already|yet)\b|[-\u2013\u2014](?=\s))";

    // "Dr. Feldman I called": the full stop of a title is no sentence's end.
    private const string SentenceStart = @"(?<=^\s*|(?<!\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Rev|Fr|Sr|Jr|Capt|Sgt|Lt|Col|Gen|Hon|No|vs))[.;!?]\s+)";

    private const string Object = @"(?<obj>(?:the|my|our|this|that|these|those)\s+(?:(?!(?:i|we|is|are|was|were|has|have|can|will|must|should)\b)[^\s,;:.!?]+\s+){0,5}?(?!(?:i|we)\b)[^\s,;:.!?]+)";

    // "The grading I must delay by two days", "The Vignette we still need to buy": object, subject, modal, verb.
    [GeneratedRegex(SentenceStart + Object + @"\s+(?:I|we)\s+(?:must|have\s+to|need\s+to|want\s+to|should|shall|will|can|would\s+like\s+to|(?:['’]ll|['’]d\s+like\s+to))\s+(?:(?:finally|still|also|really|now|then|definitely|urgently|just)\s+)*(?<verb>(?!(?:be|not|never|have)\b)[a-z]+)\b(?<rest>(?!\s+(?:is|are|was)\b)[^,;.!?]*)", RegexOptions.IgnoreCase)]
    private static partial Regex FrontedObjectModalRegex();

    // "the lab report, I must submit by friday", "shuttle timetable for the Kenyan group I must print" (Korean, Amharic topic first):
    // the object said without a determiner or before a comma. Only before "must"/"have to"/"need to"/"will"; without a comma only an
    // object of three words or more ("bills I must still pay" asks for a listing); never a request of its own ("clear my list, I
    // want to start afresh") or a time ("later I must call mom").
    [GeneratedRegex(SentenceStart + @"(?<obj>(?!(?:so|and|but|then|now|when|if|because|after|before|as|since|today|yesterday|tonight|tomorrow|tmr|next|this|that|it|there|here|yes|no|ok|okay|sorry|well|oh|what|which|who|maybe|also|just|later|soon|first|finally|still|really|honestly|anyway|please|pls|btw|hey|hi|hello|can|could|would|will|should|i|we|you|he|she|they|on|in|at|by|for|every|each|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)[\p{L}][\p{L}\p{N}'’-]*(?:\s+(?!(?:i|we|you|it|that|and|or|but|so|then|is|are|was|were|am|been|can|could|would|will|should|must|have|need|want|when|if|because|after|before|today|tonight|tomorrow|next|every|each|please|pls)\b)[\p{L}\p{N}'’-]+){0,7}?)(?<comma>\s*,)?\s+(?:I|we)\s+(?:must|have\s+to|need\s+to|will|(?:['’]ll))\s+(?:(?:finally|also|really|definitely|urgently)\s+)*(?<verb>(?!(?:be|not|never|have|go|come|do|say|tell|think|know|see|try|wait|remember|forget|start)\b)[a-z]+)\b(?<rest>(?!\s+(?:is|are|was|it|them|that|this|you|him|her|to|the|a|an|my|another|other)\b)[^,;.!?]*)(?=\s*(?:[,;.!?]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex FrontedBareObjectModalRegex();

    // "The midterm corrections I have finished", "The tickets we've already booked": object, subject, perfect; also with the
    // object said again as "it" ("the last one from the list I have finished it yesterday": Romanian "l-am terminat").
    [GeneratedRegex(SentenceStart + Object + @"\s+(?<subj>I|we)\s*(?:\s+have|['’]ve)\s+(?<adv>(?:(?:finally|already|just|now|also|today)\s+)*)(?<part>[a-z]+(?:ed|en|ne|wn|ught|id|t))\b(?:\s+(?:it|them))?(?=\s*(?:[,;.!?]|$|\s+(?:and|too|also|now|already|today|yesterday)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex FrontedObjectPerfectRegex();

    // German verb-second with the verb last: "tomorrow must I the Ölwechsel do", "Still must I the Kindergeld paper sign",
    // "Today must we the rent pay": an adverb (or none), the modal, the subject, the object with a determiner, the bare verb
    // last in the clause. Rewritten "I must do the Ölwechsel tomorrow" ("still"/"also" are dropped).
    [GeneratedRegex(SentenceStart + @"(?:(?<adv>(?:next|this)\s+(?:week|month|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|tonight|today|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\s+|(?:still|also|then|now|so)\s+)?(?<modal>must|should|need\s+to|have\s+to|will)\s+(?<subj>I|we)\s+(?<obj>(?:the|my|our|a|an|this|that)\s+[^\s,;:.!?]+(?:\s+[^\s,;:.!?]+){0,6}?)\s+(?<verb>(?!(?:is|are|was|were|be|not|too|also|today|tomorrow|tonight)\b)[a-z]+)(?=\s*(?:[,;.!?]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex InvertedModalRegex();

    // The object first, then "I" and a past verb of an errand: "Kita fee for Elif I paid yesterday", "Werkstatt I called
    // about the brakes", "Dr. Feldman I called". Rewritten "I paid Kita fee for Elif yesterday". The fronted words are a noun phrase (no pronoun,
    // no conjunction or time word first, no conjunction or copula inside: "dishes are done and i paid mei" is two reports).
    [GeneratedRegex(SentenceStart + @"(?<obj>(?!(?:so|and|but|then|now|when|if|because|after|before|as|since|today|yesterday|tonight|this|that|it|there|here|yes|no|ok|okay|sorry|well|oh|what|which|who|maybe|also|just|i|we|you|he|she|they)\b)(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.\s+)?[\p{L}][\p{L}\p{N}'’-]*(?:\s+(?!(?:i|we|and|or|but|so|then|is|are|was|were|am|been|done|finished|ready)\b)[\p{L}\p{N}'’-]+){0,5}?)\s+(?<subj>I)\s+(?<verb>paid|called|rang|phoned|sent|posted|mailed|signed|bought|booked|fixed|returned|renewed|fetched|collected|submitted|cancelled|canceled)\b(?<rest>[^,;.!?]*)(?=\s*(?:[,;.!?]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex FrontedObjectPastRegex();

    // "the dry cleaning I schlepped home already", "my library books I returned yesterday": with a determiner first, any regular
    // past of "I" is a report when a time word closes it (not a verb of wanting or thinking: "the blue one I wanted already").
    [GeneratedRegex(SentenceStart + Object + @"\s+(?<subj>I|we)\s+(?<verb>(?!(?:need|want|us|decid|hop|plann|tri|wish|lik|lov|hat|forgott|remember|mean|guess|ask|expect|promis|finish|complet)ed\b)\p{L}{3,}ed)(?<rest>(?:\s+(?:home|back|in|out|off|over|up|away))?(?:\s+(?:already|today|yesterday|earlier|finally|(?:this|last)\s+(?:morning|night|week)))+)(?=\s*(?:[,;.!?]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex FrontedObjectRegularPastRegex();

    // "the helmet one, finished cleaning it", "that Lego task - done building it": the task named first, then a report without
    // a subject that takes it up again with "it" (what was done to it, a gerund, adds nothing). Read "I finished the helmet one".
    [GeneratedRegex(SentenceStart + Object + @"\s*(?:,|\s[-\u2013\u2014])\s*(?:(?:i|we)\s+(?:have\s+|['’]ve\s+)?)?(?:(?:just|already|finally)\s+)*(?:finished|done|completed)\s+(?:\p{L}+ing\s+)?(?:it|that|them)(?=[\s.!✅👍]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex FrontedObjectDoneItRegex();

    // "the low priority one, get rid of it", "number 3 get rid of it", "the second and third ones, delete them", "the Knicks hat and
    // the dry cleaning — delete them both" (Yiddish- and topic-first English): the task named first, then the request on "it"/"them".
    // Read "get rid of the low priority one"; without this, "delete them" after a listing took every task listed.
    [GeneratedRegex(SentenceStart + @"(?<obj>(?:the|my|this|that|these|those)\s+(?:(?!" + NotInName + @")[^\s,;:.!?]+\s+){0,5}?(?!" + NotInName + @")[^\s,;:.!?]+|(?:number|no\.|task|item)\s*\d{1,2}|#\d{1,2})\s*(?:,|\s[-\u2013\u2014])?\s*(?<verb>delete|remove|trash|scrap|bin|drop|ditch|cancel|get\s+rid\s+of|cross\s+off|tick\s+off|check\s+off|reopen|untick|uncheck|complete|finish|mark|move|push|postpone)\s+(?:it|them)(?:\s+(?:both|all))?(?<rest>[^,;.!?]*)", RegexOptions.IgnoreCase)]
    private static partial Regex FrontedObjectImperativeRegex();
    // "that last one, it's finished", "the pirogue one - it's done now": the task named first, then "it's done" taking it up
    // again. Read "that last one is done", so a position names its task even when the last listing held several ("it" alone
    // would ask which).
    [GeneratedRegex(SentenceStart + Object + @"\s*(?:,|\s[-\u2013\u2014])\s*(?:it|that)(?:['’]s|\s+is)\s+(?:(?:all|now|already|finally)\s+)*(?:done|finished|complete|completed)(?:\s+(?:now|already))?(?=[\s.!✅👍]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex FrontedObjectItIsDoneRegex();

    // "Next week I must finally fix the bike light", "For the choir I have to buy the sheet music": a time or purpose first.
    [GeneratedRegex(SentenceStart + @"(?<adv>(?:next|this)\s+(?:week|month|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|tonight|today|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|for\s+(?:the|my|our)\s+[^\s,;:.!?]+(?:\s+(?!(?:i|we)\b)[^\s,;:.!?]+){0,2}?)\s*,?\s+(?<subj>I|we)\s+(?<modal>must|have\s+to|need\s+to|should|will\s+have\s+to|have\s+got\s+to)\s+(?<body>[^,;.!?]+)", RegexOptions.IgnoreCase)]
    private static partial Regex FrontedAdverbialRegex();

    // Singlish drops the subject after a fronted time: "tmr need to top up the EZ-Link card" (= I need to … tomorrow, the subject said again) and
    // "next week got NEA inspection" (existential "got": there is an inspection next week). A question after it ("today
    // need to do what", "friday got what") asks for a listing and stays as it is.
    [GeneratedRegex(SentenceStart + @"(?<adv>(?:next|this)\s+(?:week|month|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|tonight|today|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\s*,?\s+(?<modal>must|have\s+to|need\s+to|got)\s+(?<body>(?![^,;.!?]*\b(?:what|which|anything|any|something|nothing|or\s+not)\b)[^,;.!?]+?)(?=\s*(?:[,;.!]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectlessFrontedRegex();
}
