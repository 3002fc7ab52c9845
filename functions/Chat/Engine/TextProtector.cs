using System.Text.RegularExpressions;

namespace TodoFunctions.Chat.Engine;

/// <summary>
/// Replaces quoted titles and "note: …" descriptions with placeholder tokens before parsing,
/// so that words, dates and "and" inside them are never interpreted.
/// </summary>
public sealed partial class TextProtector
{
    private readonly List<string> _quotes = [];
    private readonly List<string> _descriptions = [];

    public string Protect(string message)
    {
        var text = QuoteRegex().Replace(message, m =>
        {
            _quotes.Add(m.Groups["q"].Value.Trim());
            return $" QTOKEN{_quotes.Count - 1} ";
        });
        text = DescriptionRegex().Replace(text, m =>
        {
            _descriptions.Add(Restore(m.Groups["d"].Value).Trim().Trim('"'));
            return $" DTOKEN{_descriptions.Count - 1} ";
        });
        // "put a note on the peas task: use the netting in the shed", "Note for the pothole letter - mention …": the
        // text after the task's name is the note, never parsed.
        text = NoteForTaskRegex().Replace(text, m =>
        {
            _descriptions.Add(Restore(m.Groups["d"].Value).Trim().Trim('"'));
            return $" DTOKEN{_descriptions.Count - 1}";
        });
        return text;
    }

    public string Restore(string text)
    {
        return TokenRegex().Replace(text, m =>
        {
            var index = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            return index < _quotes.Count ? _quotes[index] : m.Value;
        });
    }

    public string? Description(string token)
    {
        var m = DescriptionTokenRegex().Match(token);
        if (!m.Success)
        {
            return null;
        }

        var index = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return index < _descriptions.Count ? _descriptions[index] : null;
    }

    // "add 'pick up Mum's cardigan, the blue one' tomorrow": an apostrophe before a letter is inside the quote.
    [GeneratedRegex(@"""(?<q>[^""]+)""|“(?<q>[^”]+)”|(?<=^|\s)'(?<q>[^']{2,}?(?:'(?=\p{L})[^']*?)*)'(?=\s|$|[,.;:!?])")]
    private static partial Regex QuoteRegex();

    [GeneratedRegex(@"(?:\s*[,;.]\s*|\s+)(?:(?:and|with)\s+)?(?:(?:a|the)\s+)?(?:note|notes|description|desc|details|comment)\s*(?::|-|—|saying|that\s+says|reading|that\s+reads|that(?=\s))\s*(?<d>[^;]+)", RegexOptions.IgnoreCase)]
    private static partial Regex DescriptionRegex();

    // "add a note to the dentist: …"; also "a note at the Sinaia cabin: …", "write in description of Khorgos task: …", "put a note in
    // #2: …" (learners' "at", "of", "in" for to), whose text would
    // otherwise be read for dates ("until friday") and split into a second task.
    // "headlight task nu description add cheyyu: …" (Malayalam-English: for X a description add): "add" and a light verb of the
    // writer's language after the field word, then the colon. "the one with note about Mladost office - done" names a task by
    // its note; no note follows.
    [GeneratedRegex(@"(?<=(?<!\b(?:with|has|having|had)\s+(?:a\s+|the\s+)?)\b(?:note|notes|comment|description|details)\s+(?:(?:to|on|for|about|at|of|in)\s+[^:;""\-\u2013\u2014]{1,60}?|add(?:\s+\p{L}+)?)\s*(?:(?<!\d):|:(?!\d)|\s[-\u2013\u2014]))\s*(?<d>(?!\s*DTOKEN)[^;]+)", RegexOptions.IgnoreCase)]
    private static partial Regex NoteForTaskRegex();

    [GeneratedRegex(@"QTOKEN(?<n>\d+)")]
    private static partial Regex TokenRegex();

    [GeneratedRegex(@"DTOKEN(?<n>\d+)")]
    private static partial Regex DescriptionTokenRegex();
}
