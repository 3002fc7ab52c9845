using TodoFunctions.Chat.Intents;
using TodoFunctions.Chat.References;
using TodoFunctions.Chat.Text;

namespace TodoFunctions.Chat.Engine.Rules;

/// <summary>"I haven't texted Julia yet", "the photos aren't backed up after all": reopen the completed task they name, if one does.</summary>
internal sealed class NotDoneReportRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        if (IntentPatterns.MatchNegatedPast(clause.Text) is { } negated
            && turn.Resolve(negated, ReferenceScope.Completed).Status == ReferenceStatus.Found)
        {
            turn.ChangeStatus(negated, ReferenceScope.Completed);
            return true;
        }

        if (IntentPatterns.MatchNegatedPassive(clause.Text) is not { } notDone)
        {
            return false;
        }

        foreach (var reference in new[] { notDone.Verb + " " + notDone.Object, notDone.Object })
        {
            if (WordMatcher.ContentStems(reference).Count > 0 && turn.Resolve(reference, ReferenceScope.Completed).Status == ReferenceStatus.Found)
            {
                turn.ChangeStatus(reference, ReferenceScope.Completed);
                return true;
            }
        }

        return false;
    }
}
