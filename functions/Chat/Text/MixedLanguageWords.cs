using System.Text.RegularExpressions;

namespace TodoFunctions.Chat.Text;

/// <summary>
/// Words of the writer's other language mixed into an English request (Spanglish, Hinglish and Indian office English),
/// rewritten to the English the rules read before the ASCII-only word pass of <see cref="TypoCorrector"/> (which would
/// cut "mañana" into "ma" and "ana"). Only a closed vocabulary of command, date, list and "done" words is translated;
/// openers and remarks that only set the tone ("ándale", "órale", "oye", "gracias a dios") are dropped.
/// A remark in the other language after (or before) the request ("…, se me pasó completely", "ahorita se me olvida so …")
/// is dropped when it carries a clitic pronoun pair ("se me", "se le", "me lo"), which English never has.
/// </summary>
public static partial class MixedLanguageWords
{
    public static string Normalise(string text)
    {
        // Russian and Estonian thanks closing a request after a comma, "!" or emoji: "#3 — this one I already finished, spasibo",
        // "move it to friday, aitäh". Checked before the gate: "spasibo" is all ASCII.
        text = ClosingThanksRegex().Replace(text, "");
        if (text.Length > Safety.SafetyGuard.MaxLength || !MaybeForeignRegex().IsMatch(text))
        {
            return text;
        }

        text = InvocationRegex().Replace(text, m => m.Index == 0 ? "" : m.Value.Contains(',') ? ", " : " ");
        text = ClitictRemarkRegex().Replace(text, "");
        text = OpenerRegex().Replace(text, "");
        text = QuebecOpenerRegex().Replace(text, "");
        text = HinglishOpenerRegex().Replace(text, "");
        text = SwedishOpenerRegex().Replace(text, "");
        text = SwedishThanksRegex().Replace(text, "");
        text = KoreanFillerRegex().Replace(text, "");
        text = SoftTildeRegex().Replace(text, m => m.Index + m.Length >= text.TrimEnd(' ', '.', '!').Length ? "" : ".");
        text = QuebecParticleRegex().Replace(text, "");
        text = QuebecSoRegex().Replace(text, "so");
        text = HindiDoneAfterCommaRegex().Replace(text, "");
        text = HindiDoneRegex().Replace(text, " is done");
        text = SpanishDoneRegex().Replace(text, m => m.Index + m.Length >= text.TrimEnd(' ', '.', '!').Length ? "done" : "done with");
        text = ThingOfRegex().Replace(text, "the ");
        text = EverythingAfterVerbRegex().Replace(text, "${v} everything");
        text = VerbRegex().Replace(text, m => Verbs[m.Value.ToLowerInvariant()]);
        text = ListRegex().Replace(text, "my list");
        text = PleaseRegex().Replace(text, "please");
        text = DayAfterTomorrowRegex().Replace(text, "the day after tomorrow");
        text = TomorrowRegex().Replace(text, "tomorrow");
        text = TodayRegex().Replace(text, "today");
        text = ItselfRegex().Replace(text, "${d}");
        text = EmphaticOnlyRegex().Replace(text, "${d}");
        text = SamePronounRegex().Replace(text, "it");
        text = EodAfterDayRegex().Replace(text, "${d}");
        text = PleaseFindBelowRegex().Replace(text, "");
        text = TasksToAddRegex().Replace(text, "add ");
        text = OneOnlyRegex().Replace(text, "");
        return text.Trim();
    }

    private static readonly Dictionary<string, string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["necesito"] = "I need to", ["tengo que"] = "I have to",
        // Hindi/Punjabi "kaam" (work, jobs): "today's kaam list".
        ["kaam"] = "tasks",
        ["enséñame"] = "show me", ["ensename"] = "show me", ["muéstrame"] = "show me", ["muestrame"] = "show me",
        ["busca"] = "search", ["buscar"] = "search", ["búscame"] = "search", ["buscame"] = "search",
        ["quita"] = "remove", ["quítale"] = "remove", ["quitale"] = "remove", ["saca"] = "remove",
        ["borra"] = "delete", ["bórralo"] = "delete it", ["borralo"] = "delete it",
        ["agrega"] = "add", ["añade"] = "add", ["apunta"] = "add", ["anota"] = "add",
        // Catalan "apunta'm" / "anota'm" (note down for me).
        ["apunta'm"] = "add", ["apunta’m"] = "add", ["anota'm"] = "add", ["anota’m"] = "add",
    };

    // A cheap gate: a non-ASCII letter, or one of the ASCII words below, must be present.
    [GeneratedRegex(@"[^\x00-\x7F]|\^[_\-.]?\^|(?<=\p{L})~|\b(?:andale|orale|oye|ay|ya|porfa|por\s+favor|lista|hoy|necesito|tengo|ensename|muestrame|busca|buscar|buscame|quita|quitale|saca|borra|borralo|agrega|apunta|anota|lo|gracias|ho|hogaya|itself|eod|pfb|to\s+add|one\s+only|se|pues|mira|hijole|a\s+ver|ben|faque|ayoye|genre|coudonc|heille|haan|acha|accha|achha|achcha|yaar|jaldi|arre|arey|only|same|ne|hej|hejsan|tjena|mm+|nej|jaha|okej|precis|tack|niin|noniin|joo|moi|kiitos|kiitti)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MaybeForeignRegex();

    // "ay dios mío what a morning", "done with payroll gracias a dios": a call on God only sets the tone.
    [GeneratedRegex(@"(?:^|(?<=[\s,]))(?:ay\s+)?(?:dios\s+m[ií]o|gracias\s+a\s+dios)\b[\s,!.]*", RegexOptions.IgnoreCase)]
    private static partial Regex InvocationRegex();

    // "…, se me pasó completely", "ahorita se me olvida so put it …": a remark in Spanish, found by its clitic pair.
    [GeneratedRegex(@"(?:^\s*(?:[\p{L}]+\s+){0,2}(?:se|me|te|nos)\s+(?:me|te|le|lo|la|nos|les)\s+[\p{L}]+[\p{L}\s]{0,30}?\s+(?:so|and\s+so|pero|but|,)\s+(?=\p{L})|[,;]\s*(?:[\p{L}]+\s+){0,2}(?:se|me|te|nos)\s+(?:me|te|le|lo|la|nos|les)\s+[\p{L}]+[^,;.!?]{0,40}(?=[.!?]*\s*$))", RegexOptions.IgnoreCase)]
    private static partial Regex ClitictRemarkRegex();

    // "ándale add …", "órale put down …", "oye what's due", "a ver what's on …", "ay the walk-in …", "ya, finished it".
    [GeneratedRegex(@"^\s*(?:(?:ándale|andale|órale|orale|oye|a\s+ver|ay|híjole|hijole|mira|pues|bueno|ya(?=\s*,))\b[\s,!.:]*)+(?=\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex OpenerRegex();

    // Quebec French in franglais: "ben là add …", "faque I need to …", "ayoye remind me …", "coudonc what's left": an opener
    // that only sets the tone ("ben" only before a command, question or pronoun word, never a name: "Ben needs a lift").
    [GeneratedRegex(@"^\s*(?:(?:ben(?=[\s,!.:]+(?:là|la|add|put|new|remind|delete|remove|drop|cancel|what|whats|what['’]s|show|list|move|push|shift|mark|check|tick|change|set|make|reopen|uncheck|i|it|that|this|ok|oui|non|yes|no|faque|genre|coudonc)(?![\p{L}'’]))|faque|fa\s+que|ayoye|coudonc|heille|là|genre)(?![\p{L}'’])[\s,!.:]*)+(?=\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex QuebecOpenerRegex();

    // "saturday là, what do I have", "delete that one là" (là: a particle with no meaning of its own); "…, the black tape
    // genre", "still dirty, genre not done yet" (genre: "like", a hedge): dropped at the end of a clause or after a comma.
    [GeneratedRegex(@"(?<=\S)\s+là(?![\p{L}'’])|(?<=\S)[\s,]+genre(?=\s*(?:[,.!?;]|$))|(?<=,)\s*genre(?=\s+\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex QuebecParticleRegex();

    // Hinglish openers in Indian office English: "haan, add pick up dry cleaning", "yaar, add renew the Zoho licence",
    // "acha, show me what all is pending", "jaldi add escalate the bug": yes / friend / okay / quickly only set the tone
    // (dropped only before a comma or a command word, so "Yaar" is never read as a task of its own).
    [GeneratedRegex(@"^\s*(?:(?:haan|haa|acha|accha|achha|achcha|yaar|arre|arey|ok\s+yaar|jaldi(?:\s+se)?)(?:\s*[,!.:]+\s*|\s+(?=(?:haan|acha|accha|achha|yaar|add|put|new|remind|delete|remove|drop|cancel|what|whats|what['’]s|show|list|move|push|shift|prepone|postpone|mark|reopen|set|change|make|kindly|please|pls)(?![\p{L}'’]))))+(?=\p{L}|#)", RegexOptions.IgnoreCase)]
    private static partial Regex HinglishOpenerRegex();

    // Swedish in Swedish-shaped English: "hej, what is left?", "mm, which ones did I tick off?", "nej, what is overdue now?",
    // "jaha, add …", "precis, move it" (hello / hm / no / I see / okay / exactly) open a request and only set its tone; dropped
    // only before a comma, "!" or "." ("Precis" or "Nej" is never read as a task). "tack" (thanks), "tack så mycket", "tusen
    // tack" close a request after a comma, a "!" or an emoji ("the important ones, tack"); "tack" in a title (the sail
    // manoeuvre, the nail) has neither before it. Finnish in Finnish-shaped English works the same way: "no niin, …" / "noniin,"
    // (right then), "joo," (yeah), "moi," (hi) open a request, "kiitos" / "kiitti" (thanks) close one after a comma.
    [GeneratedRegex(@"^\s*(?:(?:hej|hejsan|hallå|tjena|tjenare|mm+|nej|nä|jaha|jo|okej|precis|alltså|no\s+niin|noniin|joo|moi)\s*[,!.:]+\s*)+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex SwedishOpenerRegex();

    [GeneratedRegex(@"(?:\s*[,!]+|(?<=[\p{So}\p{Cs}\uFE0F]))\s*(?:(?:bol'?sho[ey]\s+)?spasib[oa]|спасибо|aitäh|aitah|tänan)(?=[\s.!]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingThanksRegex();

    [GeneratedRegex(@"(?:\s*[,!]+|(?<=[\p{So}\p{Cs}\uFE0F])|(?<=\S)\s+(?=tack\s+s[åa]\s+mycket|tusen\s+tack))\s*(?:tack(?:\s+s[åa]\s+mycket)?|tusen\s+tack|kiitos(?:\s+paljon)?|kiitti)(?=[\s.!]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex SwedishThanksRegex();

    // Korean in Korean-English chat: laughter and tears typed as bare jamo ("gym stuff show me ㅋㅋ", "certificate submitted
    // finally ㅠㅠ", "ㅎㅎ add …"; a lone consonant or vowel is never a word, full syllables are left alone), the smiley "^^"
    // ("^_^", "^-^") and the opener "ne," (yes: "ne, that one done") only set the tone.
    [GeneratedRegex(@"^\s*(?:(?:[\u3131-\u318E]+|\^[_\-.]?\^|ne(?=\s*[,!]))[\s,!.~^]*)+(?=\S)|\s*(?:[\u3131-\u318E]+|\^[_\-.]?\^)[~^]*", RegexOptions.IgnoreCase)]
    private static partial Regex KoreanFillerRegex();

    // A tilde after a word ends a sentence in a softer voice ("samples ready~ remind me to …", "done~"): it is a full stop.
    [GeneratedRegex(@"(?<=\p{L})~+(?=\s+\p{L})|(?<=\p{L})~+(?=[\s.!]*$)")]
    private static partial Regex SoftTildeRegex();

    // "shift #2 to tomorrow only", "kindly delete #1 only" (Indian English emphatic "only" = that one / that day, no other):
    // the word adds no meaning after a day or a task number that a request's verb or preposition leads to. Said first, it is a
    // listing's filter ("Today only, please." lists today's tasks alone).
    [GeneratedRegex(@"(?<=\b(?:to|till|until|for|by|on|delete|remove|drop|cancel|reopen|complete|tick|close)\s+)(?<d>(?:today|tomorrow|tonight|now)|#\d+)\s+only\b(?=\s*[,.!?]*\s*$|\s*,)", RegexOptions.IgnoreCase)]
    private static partial Regex EmphaticOnlyRegex();

    // "payment failed, reopen same", "kindly close same" (Indian office English "same" = it, the thing just named).
    [GeneratedRegex(@"(?<=\b(?:reopen|undo|delete|remove|drop|cancel|complete|close|finish|update|move|shift|prepone|postpone|mark|tick)\s+)(?:the\s+)?same(?=\s*[.!?]*\s*$|\s+(?:as\s+(?:done|complete|completed|pending|not\s+done|undone)|to|for)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SamePronounRegex();

    // "the jerseys are dirty faque reopen it": Quebec "so".
    [GeneratedRegex(@"(?<![\p{L}'’])(?:faque|fa\s+que)(?![\p{L}'’])", RegexOptions.IgnoreCase)]
    private static partial Regex QuebecSoRegex();

    // "cab for Mummy Papa is booked, ho gaya": Hindi "(it) got done" after a report repeats it.
    [GeneratedRegex(@"\s*,\s*(?:sab\s+)?ho\s+(?:gaya|gya|gayi|gaye)\b(?:\s+hai)?(?=\s*[.!]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex HindiDoneAfterCommaRegex();

    // "coupon flow automation complete ho gaya", "dance practice ho gaya": Hindi "got done".
    [GeneratedRegex(@"\s+(?:(?:complete|completed|done|finished|khatam)\s+)?(?:ho\s+(?:gaya|gya|gayi|gaye)|hogaya|hogya)\b(?:\s+hai)?", RegexOptions.IgnoreCase)]
    private static partial Regex HindiDoneRegex();

    // "ya quedó payroll", "the last one ya quedó", "ya está lo de los Garza": Spanish "it's done".
    [GeneratedRegex(@"(?<=^|\s)(?:ya\s+qued[óo]|ya\s+est[áa]|ya\s+termin[ée])\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpanishDoneRegex();

    // "lo de los Garza": "the thing of" = the task about.
    [GeneratedRegex(@"\blo\s+de(?:l|\s+(?:los|las|la|el))?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ThingOfRegex();

    // "borra todo", "enséñame todo": "todo" after a Spanish verb is "everything", not a to-do.
    [GeneratedRegex(@"\b(?<v>enséñame|ensename|muéstrame|muestrame|borra)\s+todo\b", RegexOptions.IgnoreCase)]
    private static partial Regex EverythingAfterVerbRegex();

    [GeneratedRegex(@"(?<![\p{L}'’])(?:necesito|tengo\s+que|enséñame|ensename|muéstrame|muestrame|busca|buscar|búscame|buscame|quita|quítale|quitale|saca|borra|bórralo|borralo|agrega|añade|apunta['’]m|anota['’]m|apunta|anota)(?![\p{L}'’])", RegexOptions.IgnoreCase)]
    private static partial Regex VerbRegex();

    // "put it on la lista", "take X off mi lista".
    [GeneratedRegex(@"\b(?:la|mi)\s+lista\b", RegexOptions.IgnoreCase)]
    private static partial Regex ListRegex();

    [GeneratedRegex(@"\b(?:porfa(?:vor)?|por\s+favor)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PleaseRegex();

    [GeneratedRegex(@"(?<![\p{L}])pasado\s+mañana(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex DayAfterTomorrowRegex();

    // "order more limes mañana", "remind me mañana".
    [GeneratedRegex(@"(?<![\p{L}])mañana(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex TomorrowRegex();

    [GeneratedRegex(@"(?<![\p{L}])hoy(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex TodayRegex();

    // "share the report with Ankit today itself" (Indian English: today, no later).
    [GeneratedRegex(@"\b(?<d>today|tomorrow|tonight|now|right\s+now)\s+itself\b", RegexOptions.IgnoreCase)]
    private static partial Regex ItselfRegex();

    // "by friday eod": the end of that day; the day carries the date.
    [GeneratedRegex(@"\b(?<d>(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|tomorrow|tmrw|tmr)\s+eod\b", RegexOptions.IgnoreCase)]
    private static partial Regex EodAfterDayRegex();

    // "PFB tasks to add: …" (office English: please find below).
    [GeneratedRegex(@"^\s*(?:pfb|please\s+find\s+below)\b[\s,:]*", RegexOptions.IgnoreCase)]
    private static partial Regex PleaseFindBelowRegex();

    // "tasks to add: a, b, c", "things to add - a and b": a heading that introduces new tasks.
    [GeneratedRegex(@"^\s*(?:the\s+)?(?:following\s+)?(?:tasks?|things|items|todos?)\s+to\s+add\s*[:\-–—]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex TasksToAddRegex();

    // "reopen that one only" (Indian English emphasis: that one and no other).
    [GeneratedRegex(@"(?<=\bone)\s+only\b(?=\s*[.!]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex OneOnlyRegex();
}
