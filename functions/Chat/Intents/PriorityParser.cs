using System.Text.RegularExpressions;

namespace TodoFunctions.Chat.Intents;

/// <summary>Priority words: urgent/important/asap/p1 = high, medium/p2, low/p3, none/p4.</summary>
public static partial class PriorityParser
{
    public sealed record Result(TaskPriority Priority, string Remainder);

    public static Result? Extract(string text)
    {
        foreach (var (regex, priority) in Rules)
        {
            var match = regex.Match(text);
            if (match.Success)
            {
                var remainder = text.Remove(match.Index, match.Length).Insert(match.Index, " ");
                // "sharpen the knives, no rush, low priority", "call the bank, urgent, high priority": a second phrase of the
                // same level after its own comma says it again and leaves the title too; a phrase inside the title stays.
                if (AfterComma(match) && regex.Match(remainder) is { Success: true } again && AfterComma(again))
                {
                    remainder = remainder.Remove(again.Index, again.Length).Insert(again.Index, " ");
                }

                return new Result(priority, remainder);
            }
        }

        return null;
    }

    private static bool AfterComma(Match match) => match.Value.TrimStart().Length > 0 && match.Value.TrimStart()[0] is ',' or ';';

    public static TaskPriority? FromLevelWord(string word) => word.ToLowerInvariant() switch
    {
        "high" or "urgent" or "p1" or "top" or "highest" or "important" => TaskPriority.High,
        "medium" or "med" or "normal" or "mid" or "p2" => TaskPriority.Medium,
        "low" or "lowest" or "p3" => TaskPriority.Low,
        "none" or "no" or "p4" => TaskPriority.None,
        _ => null,
    };

    private static readonly (Regex Regex, TaskPriority Priority)[] Rules =
    [
        (NoneRegex(), TaskPriority.None),
        (LowRegex(), TaskPriority.Low),
        (MediumRegex(), TaskPriority.Medium),
        (HighRegex(), TaskPriority.High),
    ];

    private const string Lead = @"(?:[,;]\s*)?(?:\b(?:and\s+)?(?:it'?s|it\s+is|this\s+is|that'?s|is|as|with|at|to|make\s+it|mark\s+it|flag\s+it|set\s+it\s+(?:to|as|at)|give\s+it|a)\s+)*(?:\b(?:very|super|really|quite|a)\s+)?";

    [GeneratedRegex(Lead + @"\b(?:no\s+priority|without\s+(?:a\s+)?priority|p4|priority\s*(?:4|none))\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoneRegex();

    [GeneratedRegex(Lead + @"\b(?:not\s+(?:urgent|important)|no\s+(?:rush|hurry)|low(?:est)?(?:\s*-\s*|\s+)?(?:priority|prio)|p3|priority\s*(?:3|low))\b", RegexOptions.IgnoreCase)]
    private static partial Regex LowRegex();

    [GeneratedRegex(Lead + @"\b(?:medium(?:\s*-\s*|\s+)?(?:priority|prio)|med\s+(?:priority|prio)|normal\s+priority|mid(?:\s*-\s*|\s+)priority|p2|priority\s*(?:2|medium))\b", RegexOptions.IgnoreCase)]
    private static partial Regex MediumRegex();

    [GeneratedRegex(Lead + @"\b(?:urgent(?:ly)?|important|asap|a\.s\.a\.p\.?|critical|top\s+priority|high(?:est)?(?:\s*-\s*|\s+)?(?:priority|prio)|p1|priority\s*(?:1|high)|prioritized|prioritised|soon\s+as\s+(?:possible|you\s+(?:can|are\s+able))|matter\s+of\s+(?:some\s+|great\s+|real\s+|the\s+utmost\s+)?urgency|(?:with\s+)?(?:some|great)\s+urgency)(?![\w-])", RegexOptions.IgnoreCase)]
    private static partial Regex HighRegex();
}
