namespace TodoFunctions.Chat.Text;

/// <summary>Reads small counts written as digits or words ("3", "three", "a", "a couple of").</summary>
public static class NumberWords
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11,
        ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["couple"] = 2, ["a couple of"] = 2, ["a couple"] = 2, ["couple of"] = 2, ["a few"] = 3, ["few"] = 3,
    };

    /// <summary>Regex alternation that matches any count this class can read.</summary>
    public const string Pattern = @"\d{1,3}|a\s+couple(?:\s+of)?|couple(?:\s+of)?|a\s+few|few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty";

    public static int? Parse(string text)
    {
        var trimmed = System.Text.RegularExpressions.Regex.Replace(text.Trim(), @"\s+", " ");
        if (int.TryParse(trimmed, out var n))
        {
            return n;
        }

        return Words.TryGetValue(trimmed, out var value) ? value : null;
    }
}
