using System.Text.RegularExpressions;
using TodoFunctions.Chat.References;
using TodoFunctions.Chat.Text;

namespace TodoFunctions.Chat.Engine.Rules;

/// <summary>
/// "Mabli's worming tablets need buying - urgent!", "the car wants washing": a thing that needs an action is a new task
/// ("buy Mabli's worming tablets"). Said of a task that exists, with a day, it moves that task ("the bins want doing
/// tonight, not tomorrow").
/// </summary>
internal sealed partial class NeedsDoingRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        var m = NeedsRegex().Match(clause.Text);
        if (!m.Success || WordMatcher.ContentStems(m.Groups["x"].Value).Count == 0 || TaskReferenceResolver.IsPronoun(m.Groups["x"].Value))
        {
            return false;
        }

        var x = m.Groups["x"].Value.Trim();
        var rest = ContrastRegex().Replace(m.Groups["rest"].Value, "").Trim(' ', ',', '-', '\u2013', '\u2014', '!', '.');
        var found = turn.Resolve(x, ReferenceScope.All);
        if (found.Status == ReferenceStatus.Found)
        {
            var when = Time.DateExpressionParser.Parse(rest, turn.Now);
            if (rest.Length == 0 || when.IsEmpty || WordMatcher.ContentStems(when.Remainder).Count > 0)
            {
                return false;
            }

            turn.HandleClause($"move {x} to {rest}");
            return true;
        }

        if (found.Status != ReferenceStatus.NotFound)
        {
            return false;
        }

        turn.Add($"{Verb(m.Groups["g"].Value)} {x} {rest}".Trim());
        return true;
    }

    // "buying" → "buy", "cutting" → "cut", "doing" → (nothing: "the hedge needs doing" is the hedge).
    private static string Verb(string gerund)
    {
        var stem = gerund[..^3].ToLowerInvariant();
        if (stem == "do")
        {
            return "";
        }

        return stem.Length >= 3 && stem[^1] == stem[^2] && !"lsfz".Contains(stem[^1], StringComparison.Ordinal) ? stem[..^1]
            : stem.EndsWith('v') || stem.EndsWith('c') ? stem + "e"
            : stem;
    }

    [GeneratedRegex(@"^(?:the\s+|my\s+|our\s+)?(?<x>(?!(?:i|we|you|he|she|they|it|that|this)\b).+?)\s+(?:need|needs|want|wants)\s+(?<g>[a-z]{2,}ing)\b(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NeedsRegex();

    [GeneratedRegex(@"[,\s]+(?:not|rather\s+than|instead\s+of)\s+.+$", RegexOptions.IgnoreCase)]
    private static partial Regex ContrastRegex();
}
