using System.Reflection;
using System.Text.RegularExpressions;

namespace TodoFunctions.Chat.Text;

/// <summary>
/// Tone words of a language the engine has never met: "gamarjoba genatsvale, new task …", "#2 done causa", "number 2 done,
/// rakhmet". A word that is no word of English (<see cref="IsEnglish"/>), none of the person's own tasks and none the engine reads
/// itself can only set the tone where a request leaves no room for anything else: first in the message before a request or set
/// apart by a comma, "!", ":" or a dash ("kurczę, concrete … is still not done"), last after a word that ends one ("done", "it", "pls", a
/// day, a time, a comma, a verb-last "reopen"), or glossed in English right after it ("#3 gotovo = done"). <see cref="ToneWords"/> names the words it knows;
/// this drops the ones it does not, so a new voice is understood before anyone adds a line for it.
/// </summary>
/// <remarks>
/// Never a word inside the request ("buy sulguni", "call dauren"), never a capitalised word at the end (a name: "call tomorrow
/// Nurlan"), never after a comma in an add ("add eggs, sulguni" is two tasks), never a word the typo corrector would change
/// ("finsihed", "tmrw", "wuh") — those have a reading of their own.
/// </remarks>
public static partial class UnknownWords
{
    private static readonly Lazy<HashSet<string>> English = new(LoadEnglish);

    /// <summary>Whether a word (any case) is in the English word list: SCOWL size 50, every spelling variant (Words/README.md).</summary>
    public static bool IsEnglish(string word) => English.Value.Contains(word.ToLowerInvariant());

    /// <summary>Drops the tone words of <paramref name="text"/>, which <see cref="TypoCorrector.Correct"/> has read already: the words
    /// it rewrites in their context ("tapos na", Malayalam "cheythu") are gone by then, and what is left unknown is nobody's.</summary>
    public static string StripTone(string text, Func<string, bool> isOwnWord)
    {
        if (text.Length > Safety.SafetyGuard.MaxLength || !CandidateRegex().IsMatch(text))
        {
            return text;
        }

        // Each word is judged once per message: the typo corrector runs its whole pipeline on it, and a long message repeats words.
        var judged = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        bool Unknown(string word)
        {
            if (!judged.TryGetValue(word, out var unknown))
            {
                unknown = !IsEnglish(word) && !isOwnWord(word) && !EngineWordRegex().IsMatch(word) && !Intents.ActionLexicon.Words.Contains(word.ToLowerInvariant())
                    && !Intents.AddParser.IsImperativeVerb(word) && TypoCorrector.Correct(word) == word;
                judged[word] = unknown;
            }

            return unknown;
        }

        var opening = OpeningRegex().Match(text);
        if (opening.Success && opening.Groups["w"].Captures.All(c => Unknown(c.Value)))
        {
            text = text[(opening.Groups["rest"].Index)..];
        }
        else if (OpeningBeforeCommaRegex().Match(text) is { Success: true } aside && aside.Groups["w"].Captures.All(c => Unknown(c.Value))
            && !LoneVerbRegex().IsMatch(aside.Groups["rest"].Value))
        {
            // "kurczę, concrete for foundations is still not done": words set apart by a comma first in the message stand alone
            // whatever follows, unless all that follows is a verb on them ("sulguni, delete it" names the task first).
            text = text[(aside.Groups["rest"].Index)..];
        }

        // "#3 gotovo = done", "the one due sutra - tomorrow - is done", "sutra (tomorrow)": a word of the other language glossed in
        // English right after it; the gloss is what the request says.
        text = GlossRegex().Replace(text, m => Unknown(m.Groups["w"].Value) && m.Groups["g"].Captures.All(c => IsEnglish(c.Value) || EngineWordRegex().IsMatch(c.Value))
            ? string.Join(' ', m.Groups["g"].Captures.Select(c => c.Value))
            : m.Value);

        // Match by match from each refused start + 1: "#2 done zorbakh" first matches "done zorbakh" after "#2", which stays.
        var isAdd = AddLeadRegex().IsMatch(text);
        for (var m = ClosingRegex().Match(text); m.Success; m = ClosingRegex().Match(text, Math.Min(text.Length, m.Index + 1)))
        {
            if (m.Groups["w"].Captures.All(c => Unknown(c.Value) && !char.IsUpper(c.Value[0])) && (!isAdd || !m.Groups["comma"].Success))
            {
                text = text[..m.Index] + m.Groups["end"].Value + text[(m.Index + m.Length)..];
            }
        }

        return text;
    }

    private static HashSet<string> LoadEnglish()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("TodoFunctions.Chat.Text.Words.english-words.txt")
            ?? throw new InvalidOperationException("The English word list is not embedded in TodoFunctions.Chat.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(70_000, StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line);
            }
        }

        return words;
    }

    // A lower-case word of two or more letters somewhere: without one there is nothing to look up (most messages load no list).
    [GeneratedRegex(@"\p{L}{2}")]
    private static partial Regex CandidateRegex();

    // Days, months and their short forms, shorthand the date parser reads ("tmrw", "nite", "wks"), priorities ("p1"), "asap", "eod".
    [GeneratedRegex(@"^(?i:(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|" + Time.DateExpressionParser.Months + @"|tmrw|tmr|tmw|tonite|nite|wk|wks|hr|hrs|min|mins|yr|yrs|asap|eod|eow|eom|rn|pls|plz|thx|prio|todo|todos|tbd|fyi|btw|idk|lol|omg|ok|okay|hmm+|mm+|uh+|um+|ya|yah|yeah|yep|yup|nah|nope)$")]
    private static partial Regex EngineWordRegex();

    // One to three words first in the message, then a comma, "!" or ":" and a request's first word, or that word straight after:
    // "gamarjoba genatsvale, new task", "salem! remind me", "davai remind me", "wunna put dis down". Never a verb with nothing of
    // its own after it: "physio move to saturday", "sulguni, delete it" name the task first and the verb last.
    [GeneratedRegex(@"^\s*(?:(?<w>\p{L}{2,})\s+){0,2}(?<w>\p{L}{2,})(?:\s*[,!:]+\s*|\s+)(?<rest>(?i:add|put|show|list|delete|remove|erase|clear|wipe|empty|mark|move|push|shift|postpone|tick|check|reopen|uncheck|untick|set|change|make|rename|tag|remind|what|whats|what's|which|any|anything|can|could|please|pls|kindly|scratch|drop|cancel|trash|give|new|note|jot|create|complete|finish|undo|search|find|help)\b)(?!\s*(?:[,.!?]|$|(?i:to|it|them|this|that|for|on|off|from|please|pls|done|too|also|both)\b))")]
    private static partial Regex OpeningRegex();

    // One to three words first in the message, set apart by a comma, "!", ":" or a dash, then at least two words of something else.
    [GeneratedRegex(@"^\s*(?:(?<w>\p{L}{2,})\s+){0,2}(?<w>\p{L}{2,})(?:\s*[,!:]+|\s+[-–—]+)\s*(?<rest>\S+\s+\S.*)$")]
    private static partial Regex OpeningBeforeCommaRegex();

    // A verb alone, or on a pronoun: what came before it is its object.
    [GeneratedRegex(@"^\s*\p{L}+(?:\s+\p{L}+)?(?:\s+(?i:it|them|this|that|too|also|both|please|pls|now|off|out|away|again))?\s*[.!?]*\s*$")]
    private static partial Regex LoneVerbRegex();

    // One or two words last in a clause (before punctuation, an emoji or the end), after a comma or a word that ends a request.
    // Not after a verb that names a value ("tag it tsagaansar", "call it kargi": the word is the tag, the title).
    [GeneratedRegex(@"(?:(?<comma>\s*,\s*)|(?<!(?i:\b(?:tag|tags|label|labels|call|name|rename|retitle|title|file|as|with|under)\s+(?:it|them|this|that|one|ones)))(?<=(?i:\b(?:please|pls|plz|thanks|it|them|this|that|one|ones|done|finished|completed|today|tomorrow|tonight|tmrw|(?:mon|tues|wednes|thurs|fri|satur|sun)day|urgent|important|priority|prio|high|low|medium|asap|now|already|again|too|also|list|pending|overdue|week|morning|evening|afternoon|(?:number|no|#|task|item)\s*\d{1,2}|(?<=\S\s+)(?:reopen|uncheck|untick))|#\d{1,2}|\b\d{1,2}[:.]\d{2}|\b\d{1,2}\s?(?i:am|pm)))\s+)(?<w>\p{L}{2,})(?:\s+(?<w>\p{L}{2,}))?(?<end>\s*(?:[,.!?;]|\p{So}|\p{Cs}|\p{Sk}|$))")]
    private static partial Regex ClosingRegex();

    // A word in lower case (a capitalised one is a name: "call Zorbakh (plumber)"), then its gloss: "= done", " - tomorrow -"
    // (the closing dash may be gone before "is": the typo corrector drops a dash before a report), "(tomorrow)".
    [GeneratedRegex(@"(?<![\p{L}\p{N}'’-])(?<w>\p{Ll}\p{L}+)(?:\s*=\s*(?=\p{L})|\s+[-–—]\s+(?:(?<g>\p{L}+)\s+){0,1}(?<g>\p{L}+)(?:\s+[-–—](?=\s)|(?=\s+(?:is|are|was|were)\b))|\s*\((?:(?<g>\p{L}+)\s+){0,1}(?<g>\p{L}+)\)(?=[\s,.!?]|$))")]
    private static partial Regex GlossRegex();

    // An add names new things, and after a comma a word that is no English may be one more of them ("add eggs, sulguni").
    [GeneratedRegex(@"^\s*(?i:add|put|new|note|jot|create|remind|buy|need|i\s+need|pencil|stick|throw)\b")]
    private static partial Regex AddLeadRegex();
}
