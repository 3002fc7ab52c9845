using TodoFunctions.Chat.Intents;

namespace TodoFunctions.Chat.Engine.Rules;

internal sealed class MassDeleteRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        if (!IntentPatterns.IsMassDelete(clause.Text, out _))
        {
            return false;
        }

        turn.AskMassDelete(clause.Text);
        return true;
    }
}
