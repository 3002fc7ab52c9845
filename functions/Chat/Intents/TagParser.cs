using System.Text.RegularExpressions;

namespace TodoFunctions.Chat.Intents;

/// <summary>Tag phrases when adding: "#work", "tag it home", "tagged x", "with the tag x". Tags are stored lowercase without '#'.</summary>
public static partial class TagParser
{
    public sealed record Result(IReadOnlyList<string> Tags, string Remainder);

    public static Result Extract(string text)
    {
        var tags = new List<string>();
        var remainder = PhraseRegex().Replace(text, m =>
        {
            tags.AddRange(SplitTags(m.Groups["t"].Value));
            return " ";
        });
        remainder = HashRegex().Replace(remainder, m =>
        {
            tags.Add(Normalize(m.Groups["t"].Value));
            return " ";
        });
        return new Result(tags.Where(t => t.Length > 0).Distinct().ToList(), remainder);
    }

    /// <summary>Tag phrases of a new task's text, whose first word may be the verb "tag" or "label" with its own object: "add label
    /// the lost property bags tagged frontdesk" is the task "Label the lost property bags" (#frontdesk), not "Property bags" (#lost,
    /// #frontdesk). An edit's "tag the boiler one landlord" still tags (<see cref="Extract"/>).</summary>
    public static Result ExtractFromNewTask(string text)
    {
        var verb = LeadingVerbRegex().Match(text);
        if (!verb.Success)
        {
            return Extract(text);
        }

        var rest = Extract(text[verb.Length..]);
        return rest with { Remainder = text[..verb.Length] + rest.Remainder };
    }

    // The verb and a determiner that starts its object ("label the …", "tag all the …", "label my …"); "tag it X" and "label them
    // X" name the tag.
    [GeneratedRegex(@"^\s*(?:tag|label)\s+(?=(?:the|my|our|your|all|those|these|each|every|a|an|some|any)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingVerbRegex();

    public static IReadOnlyList<string> SplitTags(string text)
    {
        return ListSplitRegex().Split(text)
            .Select(Normalize)
            .Where(t => t.Length > 0 && t is not "tag" and not "tags" and not "the" and not "a")
            .Distinct()
            .ToList();
    }

    public static string Normalize(string tag) => tag.Trim().TrimStart('#').Trim('.', ',', '!', '?', '"', '\'').ToLowerInvariant();

    [GeneratedRegex(@"(?:[,;]\s*)?(?:\band\s+)?\b(?:tag(?:ged)?|label(?:led|ed)?)\s+(?:it\s+|this\s+|them\s+)?(?:(?:with|as|under)\s+)?(?:the\s+)?(?:tags?\s+|labels?\s+)?(?<t>#?[\w-]+(?:\s*(?:,|and|&)\s*#[\w-]+)*)|(?:[,;]\s*)?\b(?:with|under)\s+(?:the\s+)?(?:tag|label)\s+(?<t>#?[\w-]+)|(?:[,;]\s*)?\b(?:with|under)\s+(?:the\s+)?(?<t>#?[\w-]+)\s+(?:tag|label)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PhraseRegex();

    // A tag may start with any letter: "#Ágnes", "#élelmiszer" (a first letter outside A-Z left the whole tag in the title).
    [GeneratedRegex(@"(?<![\w&])#(?<t>\p{L}[\w-]*)")]
    private static partial Regex HashRegex();

    [GeneratedRegex(@"\s*(?:,|\band\b|&|\s)\s*")]
    private static partial Regex ListSplitRegex();
}
