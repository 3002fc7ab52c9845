namespace TodoFunctions.Chat.Text;

public static class Ordinals
{
    public const string Pattern = @"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|4th|5th|6th|7th|8th|9th|10th|last|bottom|final|top";

    private static readonly Dictionary<string, int> Values = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6,
        ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10,
        ["1st"] = 1, ["2nd"] = 2, ["3rd"] = 3, ["4th"] = 4, ["5th"] = 5, ["6th"] = 6, ["7th"] = 7,
        ["8th"] = 8, ["9th"] = 9, ["10th"] = 10,
    };

    /// <summary>Returns the 1-based position, or -1 for "last".</summary>
    public static int? Parse(string word)
    {
        if (word.Equals("top", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        if (word is "last" or "bottom" or "final" || word.Equals("last", StringComparison.OrdinalIgnoreCase) || word.Equals("bottom", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        return Values.TryGetValue(word, out var value) ? value : null;
    }
}
