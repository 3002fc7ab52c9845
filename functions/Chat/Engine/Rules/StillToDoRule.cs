using System.Text.RegularExpressions;
using TodoFunctions.Chat.References;

namespace TodoFunctions.Chat.Engine.Rules;

/// <summary>
/// "I still need to ring Bolton Veg", "we still have to send the form, they rejected it": said of a task that is
/// ticked off, it is not done after all, so it is reopened. Said of anything else it passes on (an add, as before).
/// </summary>
internal sealed partial class StillToDoRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        if (StillRegex().Match(clause.Text) is not { Success: true } m)
        {
            return false;
        }

        var task = m.Groups["x"].Value.Trim();
        if (turn.Resolve(task, ReferenceScope.Completed).Status != ReferenceStatus.Found
            || turn.Resolve(task, ReferenceScope.Pending).Status is ReferenceStatus.Found or ReferenceStatus.Ambiguous)
        {
            return false;
        }

        turn.ChangeStatus(task, ReferenceScope.Completed);
        return true;
    }

    [GeneratedRegex(@"^(?:(?:oh|oops|actually|wait|so)[\s,]+)*(?:i|we)\s+still\s+(?:need|have|got|gotta|must)(?:\s+to)?\s+(?<x>[^,;]+?)(?:\s*(?:,|\s[-\u2013\u2014]).*)?[\s.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex StillRegex();
}
