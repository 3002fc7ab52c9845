using System.Text.RegularExpressions;

namespace TodoFunctions.Chat.Text;

/// <summary>
/// Grammar words of English-based creoles and contact varieties that mark tense, negation or an object with a word of
/// their own instead of an ending, rewritten to the English the rules read (single words are in
/// <c>TypoCorrector.Known</c>). Nigerian Pidgin: perfect "don" ("the robe don iron" = ironed, "i don pay the light bill"
/// = I have paid), "never" before a base verb (= hasn't: "the form never sign"), the object "am" (= it: "delete am"),
/// future "go" ("salary go land by then"), "no get" (= has no), "no dey" (= not), and "again" after a negation
/// (= anymore).
/// </summary>
public static partial class DialectGrammar
{
    public static string Normalise(string text)
    {
        if (text.Length > Safety.SafetyGuard.MaxLength)
        {
            return text;
        }

        // Cajun English doubles the subject, the stressed pronoun first ("me I need to sharpen the knives", "me, I saved the
        // dishes", "him he gonna call"): only the second, the sentence's own subject, is read, at the start of a clause and
        // only when the two are the same person ("tell me I should …" is no clause start; "me we …" is no pair).
        text = DoubledSubjectRegex().Replace(text, "${subj}");
        text = NoGetRegex().Replace(text, m => m.Groups["subj"].Success ? m.Groups["subj"].Value + " don't have" : " has no");
        text = NoDeyRegex().Replace(text, m => m.Groups[1].Value + (m.Groups[1].Value.ToLowerInvariant() is "he" or "she" or "e" ? " doesn't" : " don't"));
        text = PerfectRegex().Replace(text, Perfect);
        // Trinidadian "ent" (lower case; "ENT" is the clinic): before a state it is "isn't" ("de tap ent fixed yet", "it ent
        // done"), before a base verb "didn't" ("Jomo ent go yet", "de bills I ent pay yet").
        text = TrinidadEntRegex().Replace(text, m =>
        {
            var next = m.Groups["next"].Value;
            var state = next is "done" or "finished" or "ready" or "yet" or "here" or "there" or "true" or "right" or "so" or "sure"
                || next.EndsWith("ed", StringComparison.Ordinal) || WordMatcher.BaseOfIrregularPast(next) is not null;
            return (state ? "isn't " : "didn't ") + next;
        });
        text = NeverRegex().Replace(text, m => "didn't " + (WordMatcher.BaseOfIrregularPast(m.Groups["verb"].Value) ?? m.Groups["verb"].Value));
        // Singlish: "the top up still haven't go through" (a base verb of arriving after "haven't" = didn't; "which tasks i have
        // not finish yet" keeps its sense of still to do), and "haven't actually
        // replied Ma" with no subject (= I haven't).
        text = HaventBaseVerbRegex().Replace(text, "didn't ${verb}");
        text = SubjectlessNegationRegex().Replace(text, m => "I " + m.Value.ToLowerInvariant());
        // "stall running out of chilli padi already": the copula left out before "running out/low" (Singlish).
        text = RunningOutRegex().Replace(text, "${subj} is running");
        text = ObjectAmRegex().Replace(text, m => NotObjectBefore.Contains(m.Groups["prev"].Value) ? m.Value : m.Groups["prev"].Value + " it");
        // Hawaii Pidgin: past "wen" before a verb ("I wen call the landlord", "wen pay the rent" = called, paid; "wen done" =
        // finished), the copula "stay" before a state ("the ding stay fixed", "what stay left", "jet ski check stay done" = is),
        // and the object "um" after a command verb ("move um to monday", "put um back" = it).
        text = PidginPastRegex().Replace(text, m => m.Groups["lead"].Value + (m.Groups["verb"].Value.Equals("done", StringComparison.OrdinalIgnoreCase) ? "finished" : SimplePast(m.Groups["verb"].Value)));
        text = PidginStayRegex().Replace(text, "is ");
        // "need fo buy one new leash" (= need to buy), "get anything about X?" and "what get?" (existential "get" = is there),
        // "make one task: X" ("one" = a).
        text = PidginNeedForRegex().Replace(text, "${n} to ");
        text = PidginGetRegex().Replace(text, m => m.Groups["w"].Success ? "what is there" : "is there ");
        // Mandarin-shaped "got overdue thing?", "got urgent one or not?" (有沒有): a leading "got" in a question asks whether any exist.
        text = GotAnyRegex().Replace(text, "any ");
        text = PidginOneTaskRegex().Replace(text, "${v} a ");
        text = PidginObjectUmRegex().Replace(text, "${v} it");
        text = PersianObjectMarkerRegex().Replace(text, "");
        text = HindiLightVerbRegex().Replace(text, "${v}");
        text = WickedRegex().Replace(text, "");
        // Kreyòl "li" (he, she, it) as a subject: "move #2 to monday, li can wait", "li done already".
        text = KreyolLiRegex().Replace(text, "it");
        text = WhateverOneRegex().Replace(text, "the ");
        text = WalaRegex().Replace(text, "");
        text = PerfectNowRegex().Replace(text, "");
        text = FutureGoRegex().Replace(text, m => m.Groups["subj"].Value + (StateWords.Contains(m.Groups["next"].Value) ? " will be " : " will ") + m.Groups["next"].Value);
        text = AgainAfterNegationRegex().Replace(text, "${neg}anymore");
        text = SubjectAlreadyRegex().Replace(text, m => m.Groups["lead"].Value.Contains("already", StringComparison.OrdinalIgnoreCase) || m.Groups["tail"].Success
            ? m.Groups["lead"].Value + SimplePast(m.Groups["verb"].Value) + m.Groups["tail"].Value
            : m.Value);
        text = VerbAlreadyRegex().Replace(text, m => m.Index == 0 ? m.Value
            : m.Value.StartsWith("already", StringComparison.OrdinalIgnoreCase) ? "already " + WordMatcher.Participle(m.Groups["verb"].Value)
            : WordMatcher.Participle(m.Groups["verb"].Value) + " already");
        return text;
    }

    // "I do already" → "I did already": the simple past (irregular forms not ending in -n, "did" not "done").
    private static string SimplePast(string verb)
    {
        var participle = WordMatcher.Participle(verb);
        return verb.ToLowerInvariant() switch
        {
            "do" => "did",
            "go" => "went",
            "take" => "took",
            "write" => "wrote",
            "give" => "gave",
            "see" => "saw",
            _ => participle,
        };
    }

    // Chinese-English (and Singlish) perfective "already": a base verb with "already" is done. A closed list of the verbs
    // of errands, so "already" after any other word keeps its English sense.
    private const string ErrandVerbs = @"(?:do|buy|pay|send|mail|post|call|ring|phone|finish|take|get|pick\s+up|book|renew|fix|clean|give|go|see|make|return|wash|cook|write|order|visit|collect|sign|submit|fill|drop\s+off|refill|update|transfer|replace|print|deliver)";

    // "I already pay the PG&E", "I do already", "we send it already": a subject, then the base verb with "already" around it.
    [GeneratedRegex(@"(?<lead>\b(?:i|we|he|she|they)\s+(?:already\s+)?)(?<verb>" + ErrandVerbs + @")\b(?<tail>(?:\s+(?:it|that|them))?\s+already\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectAlreadyRegex();

    // "lo bak go ingredients buy already", "red envelope already send long time": no subject, the thing done is the topic.
    [GeneratedRegex(@"\b(?:(?<verb>" + ErrandVerbs + @")\s+already|already\s+(?<verb>" + ErrandVerbs + @"))\b", RegexOptions.IgnoreCase)]
    private static partial Regex VerbAlreadyRegex();

    private static string Perfect(Match m)
    {
        var verb = m.Groups["verb"].Value;
        var participle = WordMatcher.Participle(verb);
        var subject = m.Groups["subj"].Value.Trim().ToLowerInvariant();
        return subject switch
        {
            "" or "e" => m.Groups["lead"].Value + participle,
            "what" => m.Groups["lead"].Value + "what has " + participle,
            "he" or "she" => m.Groups["lead"].Value + subject + " has " + participle,
            _ => m.Groups["lead"].Value + m.Groups["subj"].Value.Trim() + " have " + participle,
        };
    }

    [GeneratedRegex(@"(?<=^\s*|[,;.!?]\s*|\b(?:and|but|so)\s+)(?:me,?\s+(?<subj>I)|him,?\s+(?<subj>he)|her,?\s+(?<subj>she)|us,?\s+(?<subj>we)|them,?\s+(?<subj>they))(?=\s|['’])", RegexOptions.IgnoreCase)]
    private static partial Regex DoubledSubjectRegex();

    // "am" after these is the English verb ("i am", "so am i", "where am i"), not the object "it".
    private static readonly HashSet<string> NotObjectBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "so", "and", "but", "or", "really", "still", "just", "also", "where", "who", "what", "how", "that", "now", "yes",
        "if", "when", "as", "because", "though", "than", "here", "there", "well", "not", "never", "always",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "tomorrow", "today",
    };

    // "Ada go happy": future "go" before a state, not an action.
    private static readonly HashSet<string> StateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "happy", "glad", "vex", "angry", "sad", "tired", "ready", "late", "fine", "ok", "okay", "better", "worse", "free", "busy", "there", "home",
    };

    // "choir robe don iron", "i don pay the light bill", "number 1 e don do", "wetin don pass due date": lowercase "don"
    // ("Don" is a name) before a word that is not "'t".
    [GeneratedRegex(@"(?<lead>^|(?<=[\s,;:.!?(]))(?:(?<subj>i|we|you|they|he|she|e|what)\s+)?(?-i:don)\s+(?<verb>[a-z]+)\b(?!['’])", RegexOptions.IgnoreCase)]
    private static partial Regex PerfectRegex();

    // Trinidadian "ent" after a word, never after an article or a verb that takes the clinic ("book the ENT", "see ent").
    [GeneratedRegex(@"(?<=[\p{L}\d'’]\s+)(?<!\b(?:a|an|the|my|your|his|her|our|their|this|that|for|to|at|with|and|see|book|call)\s+)(?-i:ent)\s+(?<next>[a-z]+)\b(?![-'’])", RegexOptions.IgnoreCase)]
    private static partial Regex TrinidadEntRegex();

    // "tobi's form never sign", "the money never go through" (Pidgin) and "they never got the quote" (English): "never"
    // before a verb that is not a regular past is "didn't" and the verb's base.
    [GeneratedRegex(@"\bnever\s+(?<verb>(?!(?:mind|ever|again|been|be|had|has|have|was|were|is|are|did|do|does|can|could|would|will|should|might|the|a|an|my|too|really|once|yet|seen)\b)[a-z]+(?<!ed))\b(?!['’])", RegexOptions.IgnoreCase)]
    private static partial Regex NeverRegex();

    [GeneratedRegex(@"(?<lead>(?<=^\s*|[,;]\s*)|\b(?:i|we|you|he|she|they|it)\s+)wen\s+(?<verb>" + ErrandVerbs + @"|done|email|text|reply|replace|upload|submit|file|approve|crash|wax|review)\b(?=\s+[\p{L}\d#])", RegexOptions.IgnoreCase)]
    private static partial Regex PidginPastRegex();

    [GeneratedRegex(@"\b(?<n>need|needs|gotta|have|has|want|wants)\s+for\s+(?=" + ErrandVerbs + @"\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PidginNeedForRegex();

    [GeneratedRegex(@"^\s*get\s+(?=any(?:thing|one)?\b[^.!;]*\?\s*$)|(?<w>\bwhat\s+get)(?=\s*\?)", RegexOptions.IgnoreCase)]
    private static partial Regex PidginGetRegex();

    [GeneratedRegex(@"^\s*got\s+(?!(?:any|anything|anyone|it|that|this|them|the|my|to|i|we|you)\b)(?=[^.!;?]*\?\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex GotAnyRegex();

    [GeneratedRegex(@"\b(?<v>make|add|create)\s+one\s+(?=(?:new\s+)?(?:task|todo|to-do|reminder)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PidginOneTaskRegex();

    // After a comma the subject is the task just named ("add X by tuesday, stay urgent" = it is urgent): only a state follows.
    [GeneratedRegex(@"(?<=\p{L}\s+)stay\s+(?=(?:done|finished|ready|paid|here|left|overdue|urgent|looking|still|[a-z]+ed)\b)|(?<=,\s*)stay\s+(?=(?:urgent|important|overdue|done|finished|ready|paid)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PidginStayRegex();

    [GeneratedRegex(@"\b(?<v>move|make|drop|bump|tag|delete|remove|put|push|take|mark|set|change|trash|scratch|do|watch|finish|pay|send|call|check|tick|reopen|rename|shift)\s+um\b(?!['’-])", RegexOptions.IgnoreCase)]
    private static partial Regex PidginObjectUmRegex();

    // "delete am", "make am low priority", "i don do am": "am" after a word (a verb) and not before "i".
    [GeneratedRegex(@"(?<prev>\b[\p{L}']+)\s+am\b(?!\s+i\b)(?!['’-])", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectAmRegex();

    // "bls renewal no get date again" = has no date anymore; "i no get time" = I don't have time.
    [GeneratedRegex(@"(?:(?<subj>\b(?:i|we|you|they)\b)|(?<!\b(?:i|we|you|they)))\s+no\s+get\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoGetRegex();

    // "i no dey renew costco membership again" = I am not renewing it anymore.
    [GeneratedRegex(@"\b(i|we|you|they|he|she|e)\s+no\s+dey\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoDeyRegex();

    // "salary go land by then", "Ada go happy": a noun or name, then "go", then a word that is not where to go; a plural
    // after it ("lo bak go ingredients") is a noun phrase, not a verb.
    [GeneratedRegex(@"(?<subj>\b(?!(?:let|to|will|can|could|must|should|would|and|or|then|i|we|you|they|please|just|also|lets|let's|gotta|gonna|wanna|not|never|might|may|shall|did|do|does|need|needs|want|wants|add|me|us|him|her|them|remind|also|gotta|today|tomorrow|tonight|tmrw?|tomoro|morning|afternoon|evening|weekend|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)[\p{L}']{2,}(?<!['’]ll)(?<!n['’]t))\s+go\s+(?<next>(?!(?:to|for|on|back|out|home|through|thru|in|up|down|off|over|away|ahead|and|with|get|see|buy|pick|fetch|grab|do|check|shopping|there|now|please|by|before|after|at|into|onto|past|round|around|first|a|the|my|it)\b)[a-z]+(?<!ing)(?<![^s]s))\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureGoRegex();

    // "i not renew costco again" = anymore: "again" after a negation in the same stretch of words.
    [GeneratedRegex(@"(?<neg>\b(?:no|not|never|don't|didn't|doesn't|has\s+no|have\s+no)\b[^,.;!?]{0,60}?)\bagain\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgainAfterNegationRegex();

    [GeneratedRegex(@"\b(?:haven['’]?t|hasn['’]?t)\s+(?<verb>go|come|reach|arrive|clear)\b(?!['’])", RegexOptions.IgnoreCase)]
    private static partial Regex HaventBaseVerbRegex();

    [GeneratedRegex(@"(?<=^\s*|[.;!?]\s+)(?:haven['’]?t|didn['’]?t)(?=\s+(?:(?:actually|really|yet|even|still)\s+)?[a-z]+ed\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectlessNegationRegex();

    [GeneratedRegex(@"(?<=^\s*|[.;!?]\s+)(?<subj>(?!(?:i|we|you|they|he|she|it|is|are|was|were|am|be|been|still|now|just|already|add|put|buy|get|remind|please|new)\b)[\p{L}'’]+(?:\s+(?!(?:is|are|was|were|am|be|been|still|now|just|already)\b)[\p{L}'’]+){0,3})\s+running(?=\s+(?:out|low)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex RunningOutRegex();

    /// <summary>
    /// Hiberno-English "after" perfect: "I'm after finishing the rota", "we're after doing both calls" = I already finished,
    /// we already did (a recent past, never a plan; "the school stuff I already finished" lists, never ticks one off). Read first, before "I'm" is taken for a remark.
    /// </summary>
    public static string HibernoPerfect(string text) => text.Length > Safety.SafetyGuard.MaxLength ? text
        : HibernoAfterRegex().Replace(text, m => m.Groups["subj"].Value + " already " + SimplePast(IngBase(m.Groups["verb"].Value)));

    [GeneratedRegex(@"\b(?<subj>i|we)(?:['’]m|['’]re|\s+am|\s+are)\s+(?:only\s+|just\s+)?after\s+(?<verb>[a-z]{2,})in(?:g\b|['’]|\b)", RegexOptions.IgnoreCase)]
    private static partial Regex HibernoAfterRegex();

    // "finish" from "finishing", "get" from "getting", "make" from "making" (the -e back only where the past is irregular;
    // a regular stem takes "-ed" the same with or without it: "updat" + "ed").
    private static string IngBase(string stem)
    {
        var w = stem.ToLowerInvariant();
        if (w.Length > 2 && w[^1] == w[^2] && !"lsz".Contains(w[^1]) && !"aeiou".Contains(w[^1]))
        {
            return w[..^1];
        }

        return w switch
        {
            "mak" or "tak" or "writ" or "giv" or "hav" or "driv" or "leav" or "com" or "los" or "choos" or "rid" or "hid" or "shak" => w + "e",
            _ => w,
        };
    }

    // Persian "ro" (را) marks the object after the verb: "delete ro the goldfish", "move ro the piano lesson to thursday".
    [GeneratedRegex(@"(?<=\b(?:delete|remove|move|mark|tick|reopen|uncheck|change|rename|show|put|make|cancel|push|shift|set|tag|add)\s+)ro\s+(?=(?:the|my|this|that|number|no\.?|#|\d|first|last|second|third)\b|#|\d)", RegexOptions.IgnoreCase)]
    private static partial Regex PersianObjectMarkerRegex();

    // Formal British "I have now posted the forms", "we have duly paid": the adverb between "have" and the participle says
    // nothing the report does not ("I have posted").
    [GeneratedRegex(@"(?<=\b(?:i|we)(?:['’]ve|\s+have)\s+)(?:now|duly|at\s+last)\s+(?=\p{L}{3,}\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PerfectNowRegex();

    // Punjabi and Hindi "kar do" / "karo" and Marathi "kar" / "kara" (do) after an English verb only carry it: "delete kar do number
    // 3", "task 1 complete kar do", "add karo: …", "IFTA wala task delete karo", "scooter servicing over, tick kar". Kept only with a
    // verb of the engine before it.
    [GeneratedRegex(@"\b(?<v>add|delete|remove|complete|mark|tick|move|reopen|update|change|cancel|done|finish|shift|postpone|prepone|uncheck|untick|trash|send|book|check)\s+(?:kar\s+(?:do|dena|dein|de|dijiye|dijie)|kardo|kardena|karo|karna|kar\s+lo|kar|kara|karun\s+taak|karun\s+tak)(?:\s+(?:ji|na|re|ho))?\b", RegexOptions.IgnoreCase)]
    private static partial Regex HindiLightVerbRegex();

    // "IFTA wala task", "the payroll wala one": "-wala" (the one of) after the word that names the task.
    [GeneratedRegex(@"(?<=\p{L})\s+wal(?:a|e|i)\b(?=\s+(?:task|one|thing|kaam|job|item|reminder)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WalaRegex();

    // Boston "wicked", Amharic "betam" and Telugu "chala" (very) before a level or a quality: "make that one wicked high priority", "make betam urgent";
    // Rioplatense "re" (very) only before "urgent"/"important" closing a clause ("…, re urgent!!"; "re: urgent repairs" is a subject line).
    [GeneratedRegex(@"\b(?:wicked|betam|chala)\s+(?=(?:high|low|urgent|important|early|late|busy|quick|fast|big|small|good|bad)\b)|\bre\s+(?=(?:urgent|important)\s*(?:[,.;!?]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex WickedRegex();

    // Lower case only: "Li" is a name ("Li can come friday").
    [GeneratedRegex(@"(?<![\p{L}'’-])li(?=\s+(?:can|could|is|was|will|not|no|done|finished|finish|ok|okay)\b)")]
    private static partial Regex KreyolLiRegex();

    // "remove whatever one is due tomorrow", "whichever task is tagged hockey": the one picked by what follows.
    [GeneratedRegex(@"\b(?:whatever|whichever)\s+(?=(?:one|task|item)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WhateverOneRegex();
}
