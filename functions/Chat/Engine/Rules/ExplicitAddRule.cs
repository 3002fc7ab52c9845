using System.Text.RegularExpressions;
using TodoFunctions.Chat.Intents;

namespace TodoFunctions.Chat.Engine.Rules;

/// <summary>An explicit add wins over words inside the new title ("add get the car done", "remind me to cancel netflix").</summary>
internal sealed partial class ExplicitAddRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        if (!ExplicitAddRegex().IsMatch(clause.Text) || !AddParser.TryStripCommand(clause.Text, out var body))
        {
            return false;
        }

        turn.Add(body, remindAtDue: clause.Text.TrimStart().StartsWith("remind me", StringComparison.OrdinalIgnoreCase));
        return true;
    }

    [GeneratedRegex(@"^(?:add|create|new\s+(?:task|todo|to-do|reminder)|(?:todo|to-do|task)\s*:|remind\s+me)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExplicitAddRegex();
}
