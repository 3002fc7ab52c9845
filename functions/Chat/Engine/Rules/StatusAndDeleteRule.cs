using TodoFunctions.Chat.Intents;
using TodoFunctions.Chat.References;

namespace TodoFunctions.Chat.Engine.Rules;

/// <summary>Reopen, delete and complete phrasings (<see cref="IntentPatterns"/>), in that order.</summary>
internal sealed class StatusAndDeleteRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        if (IntentPatterns.MatchReopen(clause.Text) is { } reopen)
        {
            turn.ChangeStatus(reopen, ReferenceScope.Completed);
            return true;
        }

        if (IntentPatterns.MatchDelete(clause.Text) is { } delete)
        {
            turn.Delete(delete);
            return true;
        }

        if (IntentPatterns.MatchComplete(clause.Text) is { } complete)
        {
            turn.ChangeStatus(complete, ReferenceScope.Pending);
            return true;
        }

        return false;
    }
}
