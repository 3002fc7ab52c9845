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
