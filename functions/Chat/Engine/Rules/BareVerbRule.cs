using System.Text.RegularExpressions;

namespace TodoFunctions.Chat.Engine.Rules;

internal sealed partial class BareVerbRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        // "pensioners meeting is now at 5pm, change kar": a bare edit verb after a clause that acted on a task only asks for that
        // edit again.
        if (turn.LastTargets is { Count: > 0 } && BareEditVerbRegex().Match(clause.Text) is { Success: true } edit)
        {
            turn.HandleClause(edit.Groups["v"].Value + " it");
            return true;
        }

        if (BareVerbRegex().Match(clause.Text) is not { Success: true } bare)
        {
            return false;
        }

        // "the receipts aren't uploaded yet, reopen": a bare verb acts on the task the clause before it named.
        if (turn.LastTargets is { Count: > 0 } && !clause.Text.Contains(' ', StringComparison.Ordinal))
        {
            turn.HandleClause(bare.Groups["v"].Value + " it");
            return true;
        }

        // "it's not done, reopen" after a listing of one task: the verb's left-out object is "it", the only task listed.
        if (!clause.Text.Contains(' ', StringComparison.Ordinal) && turn.HasListingOfOne
            && turn.Resolve("it", References.ReferenceScope.All) is { Status: References.ReferenceStatus.Found, Tasks.Count: 1 })
        {
            turn.HandleClause(bare.Groups["v"].Value + " it");
            return true;
        }

        turn.Ask($"Which task do you want me to {bare.Groups["v"].Value.ToLowerInvariant()}?");
        return true;
    }

    [GeneratedRegex(@"^(?<v>delete|remove|complete|finish|reopen|uncheck|reschedule|rename|postpone|tick\s+off|check\s+off|cancel|drop|scratch|trash|erase)(?:\s+(?:a\s+task|one|something|the\s+task|a\s+todo))?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareVerbRegex();

    [GeneratedRegex(@"^(?<v>change|update|correct|edit|modify)$", RegexOptions.IgnoreCase)]
    private static partial Regex BareEditVerbRegex();
}
