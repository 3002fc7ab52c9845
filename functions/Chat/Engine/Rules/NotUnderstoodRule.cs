using System.Text.RegularExpressions;
using TodoFunctions.Chat.References;
using TodoFunctions.Chat.Replies;

namespace TodoFunctions.Chat.Engine.Rules;

/// <summary>The last rule: say the clause wasn't understood (dropped if another clause acted).</summary>
internal sealed partial class NotUnderstoodRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        // A statement we can't act on may still name the task a following "…, tick it off" means.
        // "Achieng's defence has moved": the subject before the verb ("Achieng's defence") before the one before "'s".
        foreach (var regex in new[] { VerbSubjectRegex(), StatementSubjectRegex() })
        {
            if (regex.Match(clause.Text) is { Success: true } subject
                && turn.Resolve(subject.Groups["s"].Value, ReferenceScope.All) is { Status: ReferenceStatus.Found } named)
            {
                turn.LastTargets = named.Tasks.Select(t => t.Id).ToList();
                break;
            }
        }

        turn.Say(ReplyWriter.NotUnderstood);
        return true;
    }

    [GeneratedRegex(@"^(?<s>.+?)(?:'s|’s|\s+(?:is|are|was|were|isn't|aren't|wasn't|weren't|got|has|have|looks?|seems?)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex StatementSubjectRegex();

    [GeneratedRegex(@"^(?<s>.+?)\s+(?:is|are|was|were|isn't|aren't|wasn't|weren't|got|has|have|looks?|seems?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VerbSubjectRegex();
}
